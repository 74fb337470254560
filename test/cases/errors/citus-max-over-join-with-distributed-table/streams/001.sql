CREATE MATERIALIZED VIEW latest AS
SELECT t.name, count(*) AS n, max(e.id) AS latest
  FROM tenants t
  JOIN events e ON e.tenant = t.id
 GROUP BY t.name;

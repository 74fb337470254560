CREATE MATERIALIZED VIEW kinds AS
SELECT t.name, e.kind, count(*) AS n
  FROM events e JOIN tenants t ON t.id = e.tenant
 GROUP BY ROLLUP (t.name, e.kind);

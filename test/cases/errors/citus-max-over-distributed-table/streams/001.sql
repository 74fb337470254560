CREATE MATERIALIZED VIEW kinds AS
SELECT e.kind, count(*) AS n, max(e.id) AS latest
  FROM events e
 GROUP BY e.kind;

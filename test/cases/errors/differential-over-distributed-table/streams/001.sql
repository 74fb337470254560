CREATE MATERIALIZED VIEW kinds AS
SELECT e.kind, count(*) AS n
  FROM events e
 GROUP BY e.kind;

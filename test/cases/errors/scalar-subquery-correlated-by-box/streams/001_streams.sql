-- Grouping the subquery by its correlation needs an equality GROUP BY can use: box has none.
CREATE MATERIALIZED VIEW plan_counts AS
SELECT id, (SELECT count(*) FROM plans p WHERE p.area = l.area) AS plans
  FROM lots l;

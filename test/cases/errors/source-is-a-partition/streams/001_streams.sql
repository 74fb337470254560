CREATE MATERIALIZED VIEW daily AS
SELECT taken, sum(value) AS total
  FROM measurements_2026
 GROUP BY taken;

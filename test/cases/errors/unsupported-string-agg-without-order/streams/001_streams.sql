CREATE MATERIALIZED VIEW names_per_region AS
SELECT region, string_agg(name, ', ') AS names
  FROM customers
 GROUP BY region;

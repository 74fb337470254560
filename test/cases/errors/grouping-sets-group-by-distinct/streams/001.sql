CREATE MATERIALIZED VIEW totals AS
SELECT region, product, sum(amount) AS total
  FROM sales
 GROUP BY DISTINCT ROLLUP (region, product), ROLLUP (region);

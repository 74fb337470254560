CREATE MATERIALIZED VIEW region_ranks AS
SELECT region, count(*) AS customers, rank() OVER (PARTITION BY grouping(region) ORDER BY count(*) DESC, region) AS place
  FROM customers
 GROUP BY ROLLUP (region);

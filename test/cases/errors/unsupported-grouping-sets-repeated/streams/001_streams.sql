CREATE MATERIALIZED VIEW region_totals AS
SELECT c.region, sum(o.amount) AS total
  FROM orders o JOIN customers c ON c.id = o.customer_id
 GROUP BY ROLLUP (c.region), ROLLUP (c.region);

CREATE MATERIALIZED VIEW region_totals AS
SELECT c.region, c.name, sum(o.amount) AS total
  FROM orders o
  JOIN customers c ON c.id = o.customer_id
 GROUP BY c.region;

CREATE MATERIALIZED VIEW totals AS
SELECT customer_id, sum(o.total) AS total
  FROM orders o
 GROUP BY customer_id;

CREATE MATERIALIZED VIEW totals AS
SELECT o.customer_id, sum(o.amount) AS total
  FROM orders o
  JOIN clients c ON c.id = o.customer_id
 GROUP BY o.customer_id;

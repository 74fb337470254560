CREATE MATERIALIZED VIEW biggest_orders AS
SELECT c.id, b.amount
  FROM customers c
  LEFT JOIN LATERAL (SELECT o.amount FROM orders o WHERE o.customer_id = c.id ORDER BY o.amount DESC LIMIT 3) AS b ON true;

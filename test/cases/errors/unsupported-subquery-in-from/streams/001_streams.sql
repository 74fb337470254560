CREATE MATERIALIZED VIEW big_orders AS
SELECT b.customer_id, b.amount
  FROM (SELECT DISTINCT customer_id, amount FROM orders) AS b
 WHERE b.amount > 100;

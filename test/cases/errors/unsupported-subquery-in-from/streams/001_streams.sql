CREATE MATERIALIZED VIEW big_orders AS
SELECT b.customer_id, b.amount
  FROM (SELECT customer_id, sum(amount) AS amount FROM orders GROUP BY customer_id) AS b
 WHERE b.amount > 100;

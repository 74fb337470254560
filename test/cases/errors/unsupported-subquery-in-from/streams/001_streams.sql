CREATE MATERIALIZED VIEW big_amounts AS
SELECT b.customer_id, b.amount
  FROM (SELECT customer_id, amount FROM orders ORDER BY amount LIMIT 5) AS b
 WHERE b.amount > 100;

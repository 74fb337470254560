CREATE MATERIALIZED VIEW big_amounts AS
SELECT b.customer_id, b.amount
  FROM (SELECT customer_id, amount FROM orders UNION SELECT id, 0 FROM customers) AS b
 WHERE b.amount > 100;

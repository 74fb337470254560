CREATE MATERIALIZED VIEW big_orders AS
SELECT b.id, b.amount
  FROM (SELECT id, amount FROM orders WHERE amount > 100) AS b;

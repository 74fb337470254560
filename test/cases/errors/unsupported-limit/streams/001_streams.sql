CREATE MATERIALIZED VIEW first_orders AS
SELECT id, amount
  FROM orders
 ORDER BY id
 LIMIT 10;

CREATE MATERIALIZED VIEW customer_orders AS
SELECT name, o.amount
  FROM orders o
  NATURAL FULL JOIN (customers c NATURAL FULL JOIN customers c2);

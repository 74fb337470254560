CREATE MATERIALIZED VIEW customer_orders AS
SELECT name, o.amount
  FROM customers c
  NATURAL FULL JOIN orders o
  NATURAL FULL JOIN customers c2;

CREATE MATERIALIZED VIEW customer_orders AS
SELECT c.name, o.amount
  FROM customers c
  NATURAL FULL JOIN orders o;

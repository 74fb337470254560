CREATE MATERIALIZED VIEW customer_orders AS
SELECT c.name, o.amount
  FROM customers c
  NATURAL LEFT JOIN orders o;

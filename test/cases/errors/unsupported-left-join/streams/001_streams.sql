CREATE MATERIALIZED VIEW customer_orders AS
SELECT c.name, o.amount
  FROM customers c
  LEFT JOIN orders o ON o.customer_id = c.id;

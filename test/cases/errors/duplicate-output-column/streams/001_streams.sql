CREATE MATERIALIZED VIEW customer_orders AS
SELECT c.id, c.name, o.id
  FROM customers c
  JOIN orders o ON o.customer_id = c.id;

CREATE MATERIALIZED VIEW active_customers AS
SELECT c.id, c.name
  FROM customers c
 WHERE c.region = 'north'
    OR EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id);

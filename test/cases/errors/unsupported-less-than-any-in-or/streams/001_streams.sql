CREATE MATERIALIZED VIEW active_customers AS
SELECT c.id, c.name
  FROM customers c
 WHERE c.region = 'north'
    OR c.id < ANY (SELECT o.customer_id FROM orders o WHERE o.amount > 100);

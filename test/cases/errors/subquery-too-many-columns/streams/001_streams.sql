CREATE MATERIALIZED VIEW ordering_customers AS
SELECT c.id, c.name
  FROM customers c
 WHERE c.id IN (SELECT o.customer_id, o.id FROM orders o);

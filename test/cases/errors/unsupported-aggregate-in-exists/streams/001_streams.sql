CREATE MATERIALIZED VIEW big_spenders AS
SELECT c.id, c.name
  FROM customers c
 WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id HAVING sum(o.amount) > 1000);

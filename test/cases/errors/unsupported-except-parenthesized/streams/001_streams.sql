CREATE MATERIALIZED VIEW north_names AS
(SELECT name FROM customers WHERE region = 'north')
  EXCEPT ALL (SELECT name FROM customers WHERE id IN (SELECT customer_id FROM orders LIMIT 3));

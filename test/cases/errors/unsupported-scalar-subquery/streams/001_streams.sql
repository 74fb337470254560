CREATE MATERIALIZED VIEW orders_with_names AS
SELECT o.id,
       (SELECT c.name FROM customers c WHERE c.id = o.customer_id) AS customer
  FROM orders o;

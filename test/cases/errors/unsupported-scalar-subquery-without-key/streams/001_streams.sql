CREATE MATERIALIZED VIEW customers_with_an_order AS
SELECT c.id,
       (SELECT o.id FROM orders o WHERE o.customer_id = c.id) AS order_id
  FROM customers c;

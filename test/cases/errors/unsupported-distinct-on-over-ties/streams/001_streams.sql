CREATE MATERIALIZED VIEW latest_orders AS
SELECT DISTINCT ON (customer_id) customer_id, id, created_at
  FROM orders
 ORDER BY customer_id, created_at DESC;

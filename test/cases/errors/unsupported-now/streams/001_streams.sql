CREATE MATERIALIZED VIEW recent_orders AS
SELECT id, amount
  FROM orders
 WHERE created_at > now() - interval '1 day';

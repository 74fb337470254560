CREATE MATERIALIZED VIEW named_orders AS
SELECT o.id, doubled(o.amount) AS twice, customer_name(o.customer_id) AS name
  FROM orders o;

CREATE MATERIALIZED VIEW flagged_orders AS
SELECT o.id, o.customer_id IN (SELECT v.customer_id FROM vip v) AS for_vip FROM orders o;

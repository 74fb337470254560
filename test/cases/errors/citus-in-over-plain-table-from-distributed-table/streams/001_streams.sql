-- Citus runs the query as written, but a refresh tests each order against vip in a correlated
-- subquery naming a table it does not manage, which it rejects: AUTO refreshes it in full.
CREATE MATERIALIZED VIEW vip_orders AS
SELECT o.id, o.amount FROM orders o WHERE o.customer_id IN (SELECT v.customer_id FROM vip v);

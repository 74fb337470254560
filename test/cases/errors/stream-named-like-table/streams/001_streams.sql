-- "orders" is a table in schema/.
CREATE MATERIALIZED VIEW public.orders AS
SELECT id, amount FROM orders;

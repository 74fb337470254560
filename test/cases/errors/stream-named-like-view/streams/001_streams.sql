-- "big_orders" is a view in schema/.
CREATE MATERIALIZED VIEW big_orders AS
SELECT id, amount FROM orders WHERE amount > 100;

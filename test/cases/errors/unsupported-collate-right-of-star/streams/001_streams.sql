CREATE MATERIALIZED VIEW only_buyers AS
SELECT * FROM customers
EXCEPT
SELECT o.customer_id, 'x' COLLATE "C", NULL FROM orders o;

CREATE MATERIALIZED VIEW nested_names AS
(SELECT DISTINCT * FROM customers)
UNION ALL
SELECT customer_id, 'x', NULL FROM orders;

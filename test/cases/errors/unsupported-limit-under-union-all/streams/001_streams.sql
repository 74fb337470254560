CREATE MATERIALIZED VIEW nested_names AS
(SELECT name, id, region FROM customers ORDER BY id LIMIT 3)
UNION ALL
SELECT 'x', customer_id, NULL FROM orders;

CREATE MATERIALIZED VIEW nested_names AS
(SELECT name FROM customers UNION SELECT region FROM customers)
UNION ALL
SELECT 'x' FROM orders;

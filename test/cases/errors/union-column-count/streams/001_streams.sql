-- The second branch has one column fewer.
CREATE MATERIALIZED VIEW union_people AS
SELECT id, name FROM customers
UNION ALL
SELECT customer_id FROM orders;

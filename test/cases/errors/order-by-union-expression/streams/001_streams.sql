-- The ORDER BY of a UNION may name only its result columns.
CREATE MATERIALIZED VIEW all_ids AS
SELECT id, customer_id AS owner FROM orders
UNION
SELECT id, id FROM customers
ORDER BY owner + 1;

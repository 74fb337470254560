CREATE MATERIALIZED VIEW chain AS
WITH RECURSIVE up(id, depth) AS (
    SELECT id, 0 FROM customers
    UNION ALL
    SELECT u.id, u.depth + 1 FROM up u WHERE u.depth < 3
)
SELECT id, depth FROM up;

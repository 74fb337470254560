-- A recursive WITH query that reads another WITH query is not maintained (one that reads only
-- tables is).
CREATE MATERIALIZED VIEW chain AS
WITH RECURSIVE seeds AS (SELECT id FROM customers WHERE region = 'north'),
up(id, depth) AS (
    SELECT id, 0 FROM seeds
    UNION ALL
    SELECT u.id, u.depth + 1 FROM up u WHERE u.depth < 3
)
SELECT id, depth FROM up;

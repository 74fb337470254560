CREATE MATERIALIZED VIEW reachable AS
WITH RECURSIVE walk(node) AS (
    SELECT 1
    UNION ALL
    SELECT e.dst FROM walk w JOIN edges e ON e.src = w.node
) CYCLE node SET looped USING trail
SELECT node, count(*) AS ways FROM walk GROUP BY node;

CREATE MATERIALIZED VIEW referrals AS
WITH RECURSIVE chain(id) AS (
    SELECT 1
    UNION ALL
    SELECT o.customer_id FROM chain c JOIN orders o ON o.id = c.id
) CYCLE id SET looped USING trail
SELECT id, count(*) AS ways FROM chain GROUP BY id;

CREATE MATERIALIZED VIEW union_totals AS
SELECT id, 0 AS orders FROM customers
UNION ALL
SELECT customer_id, count(*) FROM orders GROUP BY customer_id;

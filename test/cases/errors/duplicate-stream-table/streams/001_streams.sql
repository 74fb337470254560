CREATE MATERIALIZED VIEW totals AS
SELECT customer_id, sum(amount) AS total FROM orders GROUP BY customer_id;

SELECT pgtrickle.create_stream_table('public.totals', $$SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id$$);

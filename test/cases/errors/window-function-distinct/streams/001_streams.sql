CREATE MATERIALIZED VIEW customer_counts AS
SELECT id, customer_id,
       count(DISTINCT amount) OVER (PARTITION BY customer_id) AS amounts
  FROM orders;

CREATE MATERIALIZED VIEW totals AS
SELECT customer_id, count(*) AS n
  FROM totals
 GROUP BY customer_id;

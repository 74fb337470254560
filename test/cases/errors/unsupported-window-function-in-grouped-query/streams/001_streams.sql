CREATE MATERIALIZED VIEW ranked_customers AS
SELECT customer_id, sum(amount) AS total,
       rank() OVER (PARTITION BY customer_id ORDER BY sum(amount)) AS r
  FROM orders
 GROUP BY customer_id;

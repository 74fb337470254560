CREATE MATERIALIZED VIEW ranked_orders AS
SELECT id, customer_id,
       rank() OVER (PARTITION BY customer_id ORDER BY amount DESC) AS rank
  FROM orders;

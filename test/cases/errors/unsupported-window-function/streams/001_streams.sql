CREATE MATERIALIZED VIEW ranked_orders AS
SELECT id, customer_id,
       rank() OVER (ORDER BY amount DESC) AS rank
  FROM orders;

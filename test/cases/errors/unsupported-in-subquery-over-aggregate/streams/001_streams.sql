CREATE MATERIALIZED VIEW regions_of_round_size AS
SELECT c.region, count(*) AS customers
  FROM customers c
 GROUP BY c.region
HAVING count(*) IN (SELECT o.customer_id FROM orders o);

CREATE MATERIALIZED VIEW big_customers AS
SELECT o.customer_id, count(*) AS orders
  FROM orders o
 GROUP BY o.customer_id
HAVING count(*) > (SELECT c.id FROM customers c WHERE c.id = o.customer_id);

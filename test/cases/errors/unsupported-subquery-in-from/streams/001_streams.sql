CREATE MATERIALIZED VIEW big_amounts AS
SELECT b.customer_id, b.amount
  FROM (SELECT DISTINCT * FROM orders) AS b
 WHERE b.amount > 100;

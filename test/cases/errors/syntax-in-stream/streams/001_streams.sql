-- A trailing comma in the select list.
CREATE MATERIALIZED VIEW totals AS
SELECT customer_id, sum(amount) AS total,
  FROM orders
 GROUP BY customer_id;

CREATE MATERIALIZED VIEW orders_with_totals AS
SELECT o.id,
       (SELECT sum(o2.amount) FROM orders o2 WHERE o2.customer_id = o.customer_id) AS customer_total
  FROM orders o;

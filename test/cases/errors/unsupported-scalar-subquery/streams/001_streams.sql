CREATE MATERIALIZED VIEW orders_with_running_totals AS
SELECT o.id,
       (SELECT sum(o2.amount) FROM orders o2 WHERE o2.customer_id = o.customer_id AND o2.id <= o.id) AS running_total
  FROM orders o;

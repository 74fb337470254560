-- ORDER BY is ignored (a table has no order), but a name in it must still exist.
CREATE MATERIALIZED VIEW recent_orders AS
SELECT o.id, o.amount
  FROM orders o
 ORDER BY o.created, o.id;

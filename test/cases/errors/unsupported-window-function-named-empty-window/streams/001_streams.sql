-- A named window without PARTITION BY (this one sent the compiler into endless recursion).
CREATE MATERIALIZED VIEW order_counts AS
SELECT id, count(*) OVER w AS orders
  FROM orders
WINDOW w AS ();

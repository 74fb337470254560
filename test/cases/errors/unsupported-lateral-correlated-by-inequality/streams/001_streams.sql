CREATE MATERIALIZED VIEW orders_after_joining AS
SELECT c.id, r.n
  FROM customers c
 CROSS JOIN LATERAL (SELECT count(*) AS n FROM orders o
                      WHERE o.customer_id = c.id AND o.created_at > '2026-01-01'::timestamp + c.id * interval '1 day') AS r;

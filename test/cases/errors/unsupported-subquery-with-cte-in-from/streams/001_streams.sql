CREATE MATERIALIZED VIEW recent AS
SELECT r.id
  FROM customers c, LATERAL (WITH x AS (SELECT 1 AS one) SELECT o.id FROM orders o, x WHERE o.customer_id = c.id) AS r;

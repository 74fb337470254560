-- An SQL/JSON aggregate (PostgreSQL 16+): recomputed in full, not per group.
CREATE MATERIALIZED VIEW customer_order_ids AS
SELECT customer_id, json_arrayagg(id ORDER BY id) AS ids
  FROM orders
 GROUP BY customer_id;

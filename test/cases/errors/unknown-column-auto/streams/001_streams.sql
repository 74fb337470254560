-- AUTO falls back to FULL for the LEFT JOIN; an unknown column is still an error.
CREATE MATERIALIZED VIEW customer_orders AS
SELECT c.id, c.nmae, o.amount
  FROM customers c
  LEFT JOIN orders o ON o.customer_id = c.id;

-- AUTO falls back to FULL for the LIMIT; the duplicate column is still an error.
CREATE MATERIALIZED VIEW customer_orders AS
SELECT c.id, c.name, o.id
  FROM customers c
  LEFT JOIN orders o ON o.customer_id = c.id
 LIMIT 10;

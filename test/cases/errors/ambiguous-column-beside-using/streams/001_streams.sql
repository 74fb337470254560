-- USING merges c.id and o.id into one id; r.id is another table's, so id is ambiguous (as in PostgreSQL).
CREATE MATERIALIZED VIEW customer_orders AS
SELECT c.name, id
  FROM customers c
  JOIN orders o USING (id)
  JOIN customers r ON r.name = c.name;

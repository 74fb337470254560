-- The inner join inside the LEFT JOIN's right side cannot see c.
CREATE MATERIALIZED VIEW reachable AS
SELECT c.name, o.amount
  FROM customers c
  LEFT JOIN (orders o JOIN customers d ON d.id = c.id) ON o.customer_id = c.id;

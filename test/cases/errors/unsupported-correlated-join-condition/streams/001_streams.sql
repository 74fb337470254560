-- The JOIN inside the subquery is conditioned on the customer of the query around it.
CREATE MATERIALIZED VIEW customers_with_repeat_orders AS
SELECT c.id, c.name
  FROM customers c
 WHERE EXISTS (SELECT 1
                 FROM orders o1
                 JOIN orders o2 ON o2.id <> o1.id AND o2.customer_id = c.id
                WHERE o1.customer_id = c.id);

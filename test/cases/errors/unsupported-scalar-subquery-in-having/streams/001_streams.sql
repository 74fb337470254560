CREATE MATERIALIZED VIEW busy_enough AS
SELECT count(*) AS orders
  FROM orders o
HAVING count(*) > (SELECT count(*) FROM customers c);

CREATE MATERIALIZED VIEW orders_by_customer AS
SELECT j.customer_id, c.name, o.amount
  FROM orders o
  JOIN (SELECT id AS customer_id, name FROM customers) AS c USING (customer_id) AS j;

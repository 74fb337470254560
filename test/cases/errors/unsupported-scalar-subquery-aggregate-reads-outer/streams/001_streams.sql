-- The aggregate reads a column of the query around it: it would be computed per customer row,
-- not per group of the subquery.
CREATE MATERIALIZED VIEW customer_scaled_totals AS
SELECT c.id,
       (SELECT sum(o.amount * c.id) FROM orders o WHERE o.customer_id = c.id) AS scaled
  FROM customers c;

CREATE MATERIALIZED VIEW top_totals AS
SELECT t.region, t.total
  FROM (SELECT c.region, o.customer_id, sum(o.amount) AS total
          FROM orders o JOIN customers c ON c.id = o.customer_id
         GROUP BY CUBE (c.region, o.customer_id)) AS t
 WHERE t.total > 100;

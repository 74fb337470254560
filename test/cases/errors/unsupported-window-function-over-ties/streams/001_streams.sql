-- row_number() numbers orders of equal amounts in any order: a recomputed partition could number
-- them differently from the stored rows.
CREATE MATERIALIZED VIEW numbered_orders AS
SELECT id, customer_id,
       row_number() OVER (PARTITION BY customer_id ORDER BY amount DESC) AS n
  FROM orders;

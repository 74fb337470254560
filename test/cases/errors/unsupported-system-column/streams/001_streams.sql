-- System columns are not part of the changes trickle captures.
CREATE MATERIALIZED VIEW order_versions AS
SELECT id, xmin::text AS version
  FROM orders;

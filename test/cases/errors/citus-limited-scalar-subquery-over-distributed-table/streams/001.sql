-- Refreshed in full (ORDER BY ... LIMIT in a scalar subquery), the query runs as written, and
-- Citus rejects the correlated subquery over a distributed table from a reference table.
CREATE MATERIALIZED VIEW first_points AS
SELECT t.id, (SELECT e.points FROM events e WHERE e.tenant = t.id ORDER BY e.points LIMIT 1) AS points
  FROM tenants t;

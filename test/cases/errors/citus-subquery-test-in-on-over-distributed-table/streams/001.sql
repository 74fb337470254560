-- The same test in WHERE runs on Citus; in an inner join's ON its planner rejects it.
CREATE MATERIALIZED VIEW tenant_pairs AS
SELECT t.id, u.name
  FROM tenants t
  JOIN tenants u ON u.id = t.id AND t.id IN (SELECT e.tenant FROM events e WHERE e.kind = 'login');

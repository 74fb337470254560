-- Citus rejects this query itself, so not even a full refresh could run it.
CREATE MATERIALIZED VIEW active_tenants AS
SELECT t.id, t.name
  FROM tenants t
 WHERE EXISTS (SELECT 1 FROM events e WHERE e.tenant = t.id AND e.kind = 'login');

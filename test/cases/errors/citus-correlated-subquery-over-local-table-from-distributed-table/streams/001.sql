-- Citus rejects this query itself ("direct joins between distributed and local tables are not
-- supported"), so not even a full refresh could run it; a reference table would do.
CREATE MATERIALIZED VIEW allowed_events AS
SELECT e.id, e.kind
  FROM events e
 WHERE NOT EXISTS (SELECT 1 FROM blocked b WHERE b.tenant = e.tenant);

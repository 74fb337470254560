-- Correlated by char(4) = varchar(4) (two kinds of equality), so refreshed in full: the query
-- runs as written, and Citus joins no distributed table with a table it does not manage.
CREATE MATERIALIZED VIEW labelled_events AS
SELECT e.id, (SELECT max(c.label) FROM codes c WHERE c.code = e.code) AS label
  FROM events e;

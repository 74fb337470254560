-- ONLY reads the parent's own rows: a partitioned table has none.
CREATE MATERIALIZED VIEW only_ev AS SELECT id, v FROM ONLY ev;

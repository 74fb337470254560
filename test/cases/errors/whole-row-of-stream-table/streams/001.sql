-- A record of the stream table's hidden columns too, refreshed in full as written.
CREATE MATERIALIZED VIEW g AS SELECT grp FROM t;
CREATE MATERIALIZED VIEW as_json AS SELECT to_jsonb(x) AS j FROM g x;

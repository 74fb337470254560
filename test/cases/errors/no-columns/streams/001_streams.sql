-- PostgreSQL allows a SELECT without columns; a stream table needs one.
CREATE MATERIALIZED VIEW nothing AS SELECT FROM t;

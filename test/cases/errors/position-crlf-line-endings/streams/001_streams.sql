-- a file saved with CRLF line endings
CREATE MATERIALIZED VIEW s AS
SELECT id,
       nope
  FROM t;

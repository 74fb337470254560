-- JSON_TABLE, which trickle's SQL printer cannot write back.
CREATE MATERIALIZED VIEW doc_items AS
SELECT d.id, j.item FROM docs d, JSON_TABLE(d.body, '$.items[*]' COLUMNS (item text PATH '$')) AS j;

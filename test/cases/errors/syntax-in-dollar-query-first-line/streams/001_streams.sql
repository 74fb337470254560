-- The error is on the first line of the query: columns count from the start of the file's line.
SELECT pgtrickle.create_stream_table('totals', $q$SELECT customer_id, sum(amount) total total FROM orders GROUP BY 1$q$);

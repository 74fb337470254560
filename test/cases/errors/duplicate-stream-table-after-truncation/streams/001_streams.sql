-- PostgreSQL cuts a name to 63 bytes: these two are one table.
CREATE MATERIALIZED VIEW zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz_one AS SELECT id FROM customers;
SELECT pgtrickle.create_stream_table('zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz_two', $$SELECT id FROM orders$$);

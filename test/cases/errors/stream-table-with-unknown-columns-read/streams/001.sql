-- ux is refreshed in full (TABLESAMPLE cannot be bound), and its columns come partly from a function's *
SELECT pgtrickle.create_stream_table('ux', $$SELECT * FROM jsonb_each('{"a":1}') j, m TABLESAMPLE SYSTEM (100)$$, refresh_mode => 'FULL');
SELECT pgtrickle.create_stream_table('ra', $$SELECT * FROM ux$$, refresh_mode => 'FULL');

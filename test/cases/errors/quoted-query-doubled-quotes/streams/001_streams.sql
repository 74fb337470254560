SELECT pgtrickle.create_stream_table('t', 'SELECT id FROM orders WHERE created_at > ''2020-01-01'' AND bogus = 1');

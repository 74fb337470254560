SELECT pgtrickle.create_stream_table('t', E'SELECT id FROM orders\nWHERE bogus = 1');

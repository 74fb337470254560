SELECT pgtrickle.create_stream_table('public.""', $$SELECT id FROM customers$$);

SELECT pgtrickle.create_stream_table(
    named,
    $$SELECT id, name FROM customers$$);

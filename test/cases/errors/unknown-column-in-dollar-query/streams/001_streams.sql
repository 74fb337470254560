SELECT pgtrickle.create_stream_table('labels', $$SELECT id, 'café ☕' AS label
    FROM orders
   WHERE amout > 10$$);

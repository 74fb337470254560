SELECT pgtrickle.create_stream_table('totals',
  $$SELECT customer_id, sum(amount) AS total FROM orders GROUP BY customer_id$$);

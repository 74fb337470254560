SELECT pgtrickle.create_stream_table('named_events',
  $$SELECT e.id, t.name FROM tenants t JOIN events e ON e.tenant = t.id$$);

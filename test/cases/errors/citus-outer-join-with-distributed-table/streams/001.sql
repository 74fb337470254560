SELECT pgtrickle.create_stream_table('named_events',
  $$SELECT e.id, t.name FROM tenants t LEFT JOIN events e ON e.tenant = t.id$$);

SELECT pgtrickle.create_stream_table('active_tenants',
  $$SELECT t.id, t.name FROM tenants t WHERE EXISTS (SELECT FROM events e WHERE e.tenant = t.id)$$);

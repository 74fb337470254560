SELECT pgtrickle.create_stream_table('active_tenants',
  $$SELECT t.id, t.name FROM tenants t WHERE t.id IN (SELECT e.tenant FROM events e)$$);

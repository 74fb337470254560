SELECT pgtrickle.create_stream_table('tenant_event_counts',
  $$SELECT t.name, x.events FROM tenants t JOIN (SELECT tenant, count(*) AS events FROM events GROUP BY tenant) AS x ON x.tenant = t.id$$);

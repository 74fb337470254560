SELECT pgtrickle.create_stream_table('kinds_per_tenant',
  $$SELECT e.tenant, count(DISTINCT e.kind) AS kinds FROM events e GROUP BY e.tenant$$);

CREATE TABLE tenants (id int PRIMARY KEY, name text);
CREATE TABLE events (id bigint, tenant int NOT NULL, points numeric);
SELECT create_reference_table('tenants');
SELECT create_distributed_table('events', 'tenant');

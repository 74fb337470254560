CREATE TABLE blocked (tenant int PRIMARY KEY, since date);
CREATE TABLE events (id bigint, tenant int NOT NULL, kind text);
SELECT create_distributed_table('events', 'tenant');
SELECT citus_add_local_table_to_metadata('blocked');

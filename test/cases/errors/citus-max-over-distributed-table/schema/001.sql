CREATE TABLE events (id bigint, tenant int NOT NULL, kind text);
SELECT create_distributed_table('events', 'tenant');

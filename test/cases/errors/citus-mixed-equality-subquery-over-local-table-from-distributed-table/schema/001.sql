CREATE TABLE codes (code varchar(4) PRIMARY KEY, label text);
CREATE TABLE events (id bigint, tenant int NOT NULL, code char(4));
SELECT create_distributed_table('events', 'tenant');

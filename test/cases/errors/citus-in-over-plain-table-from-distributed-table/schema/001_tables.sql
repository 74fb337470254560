CREATE TABLE orders (id bigint, customer_id int NOT NULL, amount numeric);
CREATE TABLE vip (customer_id int, since date);
SELECT create_distributed_table('orders', 'customer_id');

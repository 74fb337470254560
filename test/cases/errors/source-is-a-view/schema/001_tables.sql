CREATE TABLE orders (id bigint PRIMARY KEY, amount numeric NOT NULL);
CREATE VIEW big_orders AS SELECT * FROM orders WHERE amount > 100;

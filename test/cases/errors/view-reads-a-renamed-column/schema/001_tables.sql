CREATE TABLE orders (id bigint PRIMARY KEY, amount numeric NOT NULL);
CREATE VIEW big_orders AS SELECT * FROM orders WHERE amount > 100;
-- PostgreSQL's view follows the column; the query trickle would inline still names amount.
ALTER TABLE orders RENAME COLUMN amount TO total;

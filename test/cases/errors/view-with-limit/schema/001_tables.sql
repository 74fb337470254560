CREATE TABLE orders (id bigint PRIMARY KEY, amount numeric NOT NULL);
CREATE VIEW big_orders AS
SELECT * FROM orders ORDER BY amount DESC LIMIT 10;

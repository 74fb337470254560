CREATE TABLE orders (id bigint PRIMARY KEY, amount numeric NOT NULL);
-- A column trickle does not know (added by a statement it does not read, say): the view cannot
-- be read through, and is an error only because the stream table is DIFFERENTIAL.
CREATE VIEW big_orders AS SELECT id, amount, discount FROM orders WHERE amount > 100;

CREATE TABLE customers (id integer PRIMARY KEY, name text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id integer NOT NULL, amount numeric(10,2));
-- It reads a table: its value changes when customers change, which orders' changes do not show.
CREATE FUNCTION customer_name(cid integer) RETURNS text LANGUAGE sql STABLE AS $$ SELECT name FROM customers WHERE id = cid $$;
CREATE FUNCTION doubled(x numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT x * 2 $$;

CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
CREATE FUNCTION initials(t text) RETURNS text IMMUTABLE LANGUAGE sql AS $$ SELECT left(t, 1) $$;

CREATE VIEW named AS
SELECT id, initials(name) AS first, normalise(name) AS tidy
  FROM customers;

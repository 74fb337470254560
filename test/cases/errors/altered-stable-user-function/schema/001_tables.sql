CREATE TABLE rates (cur text PRIMARY KEY, rate numeric NOT NULL);
CREATE TABLE payments (id int PRIMARY KEY, cur text NOT NULL, amount numeric NOT NULL);
-- Created IMMUTABLE by mistake, then corrected: it reads a table.
CREATE FUNCTION to_eur(c text, a numeric) RETURNS numeric LANGUAGE sql IMMUTABLE
  AS $$ SELECT a * (SELECT rate FROM rates WHERE cur = c) $$;
ALTER FUNCTION to_eur(text, numeric) STABLE;

CREATE MATERIALIZED VIEW firsts AS
SELECT id, first FROM customers JOIN named USING (id);

CREATE MATERIALIZED VIEW named (a, b, c) AS
SELECT id, name FROM customers;

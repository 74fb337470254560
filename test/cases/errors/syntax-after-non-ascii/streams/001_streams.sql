-- Café ☕ naïve: characters of more than one byte before the error.
CREATE MATERIALIZED VIEW totals AS SELECT customer_id, FROM orders;

CREATE MATERIALIZED VIEW name_lengths AS
SELECT id, lenght(name) AS letters
  FROM customers;

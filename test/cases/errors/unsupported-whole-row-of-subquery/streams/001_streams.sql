-- A whole row of a subquery is a record without a type of its own: only a table's whole row is
-- maintained (as a value of the table's row type).
CREATE MATERIALIZED VIEW big_order_documents AS
SELECT big.id, to_jsonb(big) AS doc
  FROM (SELECT id, amount FROM orders WHERE amount > 100) AS big;

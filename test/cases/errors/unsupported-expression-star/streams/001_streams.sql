-- (row value).* spreads fields the compiler cannot list.
CREATE MATERIALIZED VIEW order_fields AS
SELECT (jsonb_populate_record(NULL::orders, to_jsonb(o))).*
  FROM orders o;

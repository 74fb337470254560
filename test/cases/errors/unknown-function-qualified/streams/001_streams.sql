CREATE MATERIALIZED VIEW slugs AS
SELECT id, upper(name) AS shout,
       util.slug(name) AS slug
  FROM customers;

CREATE MATERIALIZED VIEW big_total AS
SELECT count(*) AS n FROM big_orders;

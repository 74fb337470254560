-- trickle creates the storage: a tablespace or storage parameters here would be dropped.
CREATE MATERIALIZED VIEW totals TABLESPACE pg_default AS
SELECT customer_id, sum(amount) AS total FROM orders GROUP BY customer_id;

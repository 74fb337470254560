CREATE MATERIALIZED VIEW per_k AS SELECT k, count(*) AS n FROM t GROUP BY k;
CREATE MATERIALIZED VIEW k_cats AS SELECT DISTINCT k, cat FROM t;
-- PostgreSQL would join on the hidden columns both stream tables have, too.
CREATE MATERIALIZED VIEW joined AS SELECT * FROM per_k NATURAL JOIN k_cats;

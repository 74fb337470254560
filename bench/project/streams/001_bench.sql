-- The five benchmarked stream tables (docs/BENCHMARKS.md). bench/run.ts creates a plain
-- materialized view of each query (mv_bench_*) as the full-recomputation baseline.

-- scan, filter, project; keyed by orders.id
CREATE MATERIALIZED VIEW bench_filter AS
SELECT id, customer_id, amount FROM orders WHERE status = 'open';

-- GROUP BY with COUNT/SUM/AVG: maintained from the deltas alone
CREATE MATERIALIZED VIEW bench_agg AS
SELECT customer_id, count(*), sum(amount), avg(amount) FROM orders GROUP BY customer_id;

-- the same plus MIN/MAX: a group whose extreme may have been deleted is rescanned
CREATE MATERIALIZED VIEW bench_agg_minmax AS
SELECT customer_id, count(*), sum(amount), avg(amount), min(amount), max(amount) FROM orders GROUP BY customer_id;

-- inner join, filter; keyed by orders.id and customers.id
CREATE MATERIALIZED VIEW bench_join AS
SELECT o.id, o.amount, c.region FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.status = 'paid';

-- join then aggregate into 8 groups
CREATE MATERIALIZED VIEW bench_join_agg AS
SELECT c.region, count(*), sum(o.amount) FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY c.region;

/**
 * Property tests of the oracle on fixtures/shop: after every refresh, every (refreshed) stream
 * table equals a fresh run of its query, duplicates included.
 *
 * Each fast-check run is one independent sequence: reset the four tables to the seed state, then
 * several steps of random DML (test/support/dml.ts), each followed by a refresh of all, some or
 * none of the stream tables and an oracle check of those refreshed; a final refresh of all and a
 * check of all ends every sequence. A step's statements run in autocommit, in one transaction
 * (committed, rolled back, or partly rolled back to a savepoint), around a refresh inside the
 * writing transaction, or on a second connection whose transaction stays open across a refresh.
 * Every sequence checks all 8 stream tables of fixtures/shop and the 64 of EXTRA_STREAMS (set
 * operations with and without ALL, ORDER BY ... LIMIT, window functions over groups, GROUPING SETS, LATERAL subqueries, scalar subqueries in grouped queries and HAVING, EXISTS and IN (subquery) as values, NATURAL JOIN, outer joins, subqueries in FROM, WITH and WHERE over its tables), so N sequences are N per
 * stream table.
 *
 * On failure fast-check prints the shrunk sequence as a psql-like script, with the seed and path.
 *
 * Environment:
 *   TRICKLE_PROPERTY_SEED       fast-check seed (default: a fixed one, so CI is deterministic)
 *   TRICKLE_PROPERTY_RUNS       sequences on the embedded PostgreSQL 18 (default 60)
 *   TRICKLE_PROPERTY_PG15_RUNS  sequences on the system PostgreSQL 15 (default 20)
 *   TRICKLE_PROPERTY_PATH       replay path printed by fast-check on failure (with the same seed)
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyzedProject } from '../compiler/compile.js';
import { checkOracle, formatMismatch } from '../compiler/verify/oracle.js';
import { oracleTargets, refreshAll } from '../compiler/verify/verify.js';
import { qualified } from '../compiler/sql/quote.js';
import { SourceText } from '../compiler/parser/source.js';
import { withTempDatabase, type PgServer } from '../compiler/db/servers.js';
import { sequenceArb, type Sequence, type Step } from './support/dml.js';
import { pgServers } from './support/servers.js';
import { compileFixture, connect, expectOracle, loadFixture, type CompiledFixture } from './support/trickle.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/shop', import.meta.url));

/**
 * More stream tables over the shop's tables, compiled with the fixture (which stays the bundled
 * example). Set operations: UNION ALL over a keyless table and NULL columns typed by another
 * branch, UNION over a join with a DISTINCT branch absorbed, a nested UNION ALL reading one table
 * twice. Outer joins: LEFT JOIN (and an aggregate with MIN/MAX over one, its condition reading
 * the preserved side too), a RIGHT JOIN whose nullable side is itself a LEFT JOIN, a FULL
 * JOIN over a keyless table, and FULL JOIN ... USING (keyed by the merged column, three tables
 * merged by one column, NATURAL over a keyless table, grouped by a merged column that may be NULL).
 * Set operations without ALL below the stream table's rows: UNION in a subquery in FROM (grouped
 * above), INTERSECT in a WITH query, EXCEPT as a branch of UNION ALL, UNION in an IN subquery;
 * DISTINCT over a grouped query; NOT EXISTS over a UNION ALL that reads the query around it. An aggregate with MIN/MAX over a UNION ALL subquery, and one over a
 * LEFT JOIN of two WITH queries. Subqueries in WHERE: EXISTS (correlated, with LIMIT), NOT EXISTS
 * over a join (under DISTINCT) and over the same table (the latest order of each customer), IN and
 * NOT IN with NULLs on one side, IN under an aggregate with MAX, an uncorrelated EXISTS, `<> ALL`
 * with NULLs and `NOT (x = ANY (...))` in the branches of a UNION ALL. INTERSECT over a join, and
 * EXCEPT twice, over columns that may be NULL. Aggregates recomputed per changed group:
 * count(DISTINCT), string_agg(DISTINCT ... ORDER BY), bool_or beside SUM and MAX over a join;
 * array_agg and jsonb_agg with ORDER BY and FILTER, percentile_disc, under HAVING with
 * count(DISTINCT); and without GROUP BY, every() and bit_or(). Scalar subqueries reading a table
 * by its key, in SELECT (one with an expression and a condition of its own) and in WHERE, over a
 * keyless and a keyed table. Aggregates in subqueries: joined, in a WITH query with HAVING under a
 * grouped query, in the branches of a UNION ALL (with and without GROUP BY), without GROUP BY in a
 * comma join, and grouped by a column that may be NULL under a LEFT JOIN. MIN/MAX keeping their
 * best values (integer and numeric columns, NULLs, many duplicates): grouped, grouped by a column
 * that may be NULL, without GROUP BY (one large group, so its kept values run out), under HAVING.
 */
const EXTRA_STREAMS = new SourceText(
  'streams/900_extra.sql',
  `CREATE MATERIALIZED VIEW order_activity AS
SELECT o.id AS order_id, 'order' AS kind, o.status AS detail, NULL AS quantity FROM orders o
UNION ALL
SELECT l.order_id, 'line', l.sku, l.quantity FROM order_lines l;

CREATE MATERIALIZED VIEW customers_to_call AS
SELECT c.id, c.name FROM customers c WHERE c.vip
UNION
SELECT c.id, c.name FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.status = 'open'
UNION
(SELECT DISTINCT o.customer_id, 'unknown' FROM orders o WHERE o.status <> 'open');

CREATE MATERIALIZED VIEW skus AS
(SELECT sku FROM order_lines WHERE quantity > 2 UNION ALL SELECT sku FROM products WHERE price < 10)
UNION ALL
SELECT l.sku FROM order_lines l JOIN products p ON p.sku = l.sku WHERE p.category IS NULL;

CREATE MATERIALIZED VIEW customer_orders AS
SELECT c.id, c.name, o.id AS order_id, o.status
  FROM customers c LEFT JOIN orders o ON o.customer_id = c.id;

CREATE MATERIALIZED VIEW customer_order_stats AS
SELECT c.id, c.region, count(o.id) AS orders, min(o.created_at) AS first_order, max(o.status) AS last_status
  FROM customers c
  LEFT JOIN orders o ON o.customer_id = c.id AND o.status <> 'void' AND c.region IS NOT NULL
 GROUP BY c.id, c.region;

CREATE MATERIALIZED VIEW order_line_products AS
SELECT o.id, o.status, l.sku, l.quantity, p.title
  FROM order_lines l
  LEFT JOIN products p ON p.sku = l.sku
 RIGHT JOIN orders o ON o.id = l.order_id
 WHERE o.status <> 'cancelled';

CREATE MATERIALIZED VIEW product_lines AS
SELECT p.sku, p.price, l.order_id, l.quantity
  FROM products p FULL JOIN order_lines l ON l.sku = p.sku AND l.quantity > 1;

CREATE MATERIALIZED VIEW activity_by_kind AS
SELECT x.kind, count(*) AS events, max(x.at) AS latest, min(x.quantity) AS smallest
  FROM (SELECT 'order' AS kind, o.created_at AS at, NULL AS quantity FROM orders o
        UNION ALL
        SELECT 'line', NULL, l.quantity FROM order_lines l) AS x
 GROUP BY x.kind;

CREATE MATERIALIZED VIEW open_orders_per_name AS
WITH open_orders AS (SELECT id, customer_id FROM orders WHERE status = 'open'),
     named AS (SELECT c.id, c.name FROM customers c WHERE c.name IS NOT NULL)
SELECT n.name, count(oo.id) AS open_orders
  FROM named n LEFT JOIN open_orders oo ON oo.customer_id = n.id
 GROUP BY n.name;

CREATE MATERIALIZED VIEW customers_with_open_orders AS
SELECT c.id, c.name FROM customers c
 WHERE c.region IS DISTINCT FROM 'west'
   AND EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.status = 'open' LIMIT 1);

CREATE MATERIALIZED VIEW customers_without_big_lines AS
SELECT DISTINCT c.region FROM customers c
 WHERE NOT EXISTS (SELECT FROM orders o JOIN order_lines l ON l.order_id = o.id
                    WHERE o.customer_id = c.id AND l.quantity > 2);

CREATE MATERIALIZED VIEW latest_orders AS
SELECT o.id, o.customer_id, o.created_at FROM orders o
 WHERE NOT EXISTS (SELECT 1 FROM orders o2 WHERE o2.customer_id = o.customer_id AND o2.created_at > o.created_at);

CREATE MATERIALIZED VIEW tooled_lines AS
SELECT l.order_id, l.sku, l.quantity FROM order_lines l
 WHERE l.sku IN (SELECT p.sku FROM products p WHERE p.category = 'tools')
   AND l.discount NOT IN (SELECT p.price / 100 FROM products p WHERE p.category IS NULL);

CREATE MATERIALIZED VIEW vip_order_stats AS
SELECT o.status, count(*) AS orders, max(o.created_at) AS latest
  FROM orders o
 WHERE o.customer_id IN (SELECT id FROM customers WHERE vip)
 GROUP BY o.status;

CREATE MATERIALIZED VIEW undiscounted_prices AS
SELECT p.sku, p.price FROM products p
 WHERE EXISTS (SELECT FROM customers WHERE vip)
   AND p.price / 100 <> ALL (SELECT l.discount FROM order_lines l WHERE l.quantity < 5)
UNION ALL
SELECT l.sku, l.discount FROM order_lines l WHERE NOT (l.order_id = ANY (SELECT id FROM orders WHERE status = 'paid'));

CREATE MATERIALIZED VIEW regions_in_both AS
SELECT c.region, c.vip FROM customers c WHERE c.id > 1
INTERSECT
SELECT c.region, c.vip FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.status <> 'paid';

CREATE MATERIALIZED VIEW skus_not_reordered AS
SELECT p.sku, p.category FROM products p
EXCEPT
SELECT l.sku, p.category FROM order_lines l JOIN products p ON p.sku = l.sku WHERE l.quantity > 1
EXCEPT
SELECT sku, NULL FROM products WHERE price > 100;

CREATE MATERIALIZED VIEW customer_skus AS
SELECT o.customer_id, count(DISTINCT l.sku) AS skus, string_agg(DISTINCT l.sku, ',' ORDER BY l.sku) AS sku_list,
       bool_or(l.discount IS NOT NULL) AS any_discount, sum(l.quantity) AS quantity, max(l.discount) AS best
  FROM orders o JOIN order_lines l ON l.order_id = o.id
 GROUP BY o.customer_id;

CREATE MATERIALIZED VIEW orders_by_status AS
SELECT status, array_agg(id ORDER BY id) AS ids, jsonb_agg(customer_id ORDER BY id) FILTER (WHERE customer_id > 2) AS customers,
       percentile_disc(0.5) WITHIN GROUP (ORDER BY created_at) AS median_created
  FROM orders
 GROUP BY status
HAVING count(DISTINCT customer_id) > 1;

CREATE MATERIALIZED VIEW customer_summary AS
SELECT count(DISTINCT region) AS regions, every(vip) AS all_vip, bit_or(id) AS ids FROM customers;

CREATE MATERIALIZED VIEW lines_with_titles AS
SELECT l.order_id, l.sku, l.quantity,
       (SELECT p.title FROM products p WHERE p.sku = l.sku) AS title,
       (SELECT coalesce(p.category, 'none') FROM products p WHERE p.sku = l.sku AND p.price > 10) AS pricey_category
  FROM order_lines l
 WHERE (SELECT o.status FROM orders o WHERE o.id = l.order_id) IS DISTINCT FROM 'shipped';

CREATE MATERIALIZED VIEW orders_with_customer AS
SELECT o.id, (SELECT c.name FROM customers c WHERE c.id = o.customer_id) AS customer, o.status
  FROM orders o;

CREATE MATERIALIZED VIEW customer_order_totals AS
SELECT c.id, c.name, t.orders, t.latest, t.statuses
  FROM customers c
  JOIN (SELECT customer_id, count(*) AS orders, max(created_at) AS latest, count(DISTINCT status) AS statuses
          FROM orders GROUP BY customer_id) AS t ON t.customer_id = c.id;

CREATE MATERIALIZED VIEW repeat_customers_per_region AS
WITH per_customer AS (SELECT customer_id, count(*) AS n FROM orders WHERE status <> 'paid' GROUP BY customer_id HAVING count(*) > 1)
SELECT c.region, count(*) AS busy, sum(p.n) AS orders, min(p.n) AS fewest
  FROM per_customer p JOIN customers c ON c.id = p.customer_id
 GROUP BY c.region;

CREATE MATERIALIZED VIEW table_counts AS
SELECT 'orders' AS what, count(*) AS n FROM orders
UNION ALL
SELECT 'lines', sum(quantity) FROM order_lines
UNION ALL
SELECT status, count(DISTINCT customer_id) FROM orders GROUP BY status;

CREATE MATERIALIZED VIEW line_shares AS
SELECT l.order_id, l.sku, l.quantity, x.total, x.skus
  FROM order_lines l, (SELECT sum(quantity) AS total, count(DISTINCT sku) AS skus FROM order_lines WHERE discount IS NULL) AS x;

CREATE MATERIALIZED VIEW region_sizes AS
SELECT c.id, r.n AS region_size
  FROM customers c
  LEFT JOIN (SELECT region, count(*) AS n FROM customers GROUP BY region) AS r ON r.region IS NOT DISTINCT FROM c.region;

CREATE MATERIALIZED VIEW line_extremes AS
SELECT l.sku, count(*) AS lines, min(l.quantity) AS least, max(l.quantity) AS most,
       min(l.discount) AS low_discount, max(l.discount) AS high_discount
  FROM order_lines l
 GROUP BY l.sku;

CREATE MATERIALIZED VIEW extremes_by_discount AS
SELECT l.discount, min(l.quantity) AS least, max(l.order_id) AS last_order
  FROM order_lines l
 GROUP BY l.discount;

CREATE MATERIALIZED VIEW all_line_extremes AS
SELECT min(quantity) AS least, max(quantity) AS most, max(discount) AS best, min(order_id) AS first_order FROM order_lines;

CREATE MATERIALIZED VIEW busy_customer_span AS
SELECT customer_id, min(id) AS first_order, max(id) AS last_order
  FROM orders
 GROUP BY customer_id
HAVING count(*) > 1;

CREATE MATERIALIZED VIEW order_ranks AS
SELECT id, customer_id, status,
       rank() OVER (PARTITION BY customer_id ORDER BY created_at) AS by_date,
       row_number() OVER (PARTITION BY customer_id ORDER BY status, id) AS n,
       count(*) OVER (PARTITION BY customer_id) AS orders
  FROM orders;

CREATE MATERIALIZED VIEW latest_order_per_customer AS
SELECT DISTINCT ON (customer_id) customer_id, id, status
  FROM orders
 ORDER BY customer_id, created_at DESC, id DESC;

CREATE MATERIALIZED VIEW customer_counts AS
SELECT c.id, c.region,
       (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) AS orders,
       (SELECT sum(l.quantity) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.customer_id = c.id AND l.discount IS NULL) AS full_price_items
  FROM customers c;

CREATE MATERIALIZED VIEW status_labels AS
SELECT s.label, count(o.id) AS orders
  FROM (VALUES ('open', 'Open'), ('paid', 'Paid'), ('shipped', 'Shipped'), ('lost', 'Lost')) AS s(status, label)
  LEFT JOIN orders o ON o.status = s.status
 GROUP BY s.label;

CREATE MATERIALIZED VIEW sku_letters AS
SELECT letter, count(*) AS lines, sum(l.quantity) AS quantity
  FROM order_lines l, regexp_split_to_table(l.sku, '') AS letter
 WHERE l.quantity > 0
 GROUP BY letter;

CREATE MATERIALIZED VIEW region_status_rollup AS
SELECT c.region, o.status, count(*) AS orders, count(DISTINCT o.customer_id) AS customers,
       max(o.created_at) AS latest, GROUPING(c.region, o.status) AS level
  FROM orders o JOIN customers c ON c.id = o.customer_id
 GROUP BY ROLLUP (c.region, o.status);

CREATE MATERIALIZED VIEW line_cube AS
SELECT p.category, l.sku, count(*) AS lines, sum(l.quantity) AS quantity, avg(l.discount) AS avg_discount
  FROM order_lines l LEFT JOIN products p ON p.sku = l.sku
 GROUP BY CUBE (p.category, l.sku)
HAVING sum(l.quantity) > 2;

CREATE MATERIALIZED VIEW customer_line_totals AS
SELECT c.id, c.name, s.orders, s.quantity, s.skus
  FROM customers c
 CROSS JOIN LATERAL (SELECT count(DISTINCT o.id) AS orders, coalesce(sum(l.quantity), 0) AS quantity, count(l.sku) AS skus
                       FROM orders o JOIN order_lines l ON l.order_id = o.id
                      WHERE o.customer_id = c.id AND l.quantity > 0) AS s;

CREATE MATERIALIZED VIEW latest_two_orders AS
SELECT c.id AS customer, c.region, r.id AS order_id, r.status
  FROM customers c
  LEFT JOIN LATERAL (SELECT o.id, o.status FROM orders o WHERE o.customer_id = c.id
                     ORDER BY o.created_at DESC, o.id DESC LIMIT 2) AS r ON true;

CREATE MATERIALIZED VIEW order_sku_counts AS
SELECT o.id, o.status, k.sku, k.lines
  FROM orders o
  JOIN LATERAL (SELECT l.sku, count(*) AS lines FROM order_lines l WHERE l.order_id = o.id GROUP BY l.sku) AS k ON k.lines > 1 OR o.status = 'open';

CREATE MATERIALIZED VIEW product_order_statuses AS
SELECT p.sku, p.category, st.*
  FROM products p,
       LATERAL (SELECT DISTINCT o.status FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE l.sku = p.sku) AS st;

CREATE MATERIALIZED VIEW region_order_share AS
SELECT c.region, count(*) AS customers,
       (SELECT count(*) FROM orders o JOIN customers c2 ON c2.id = o.customer_id WHERE c2.region = c.region) AS region_orders
  FROM customers c
 GROUP BY c.region;

CREATE MATERIALIZED VIEW customer_order_lines AS
SELECT o.customer_id, count(*) AS orders, (SELECT c.name FROM customers c WHERE c.id = o.customer_id) AS name,
       sum((SELECT count(*) FROM order_lines l WHERE l.order_id = o.id)) AS lines
  FROM orders o
 GROUP BY o.customer_id;

CREATE MATERIALIZED VIEW customer_flags AS
SELECT c.id, c.region,
       EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.status = 'open') AS has_open,
       NOT EXISTS (SELECT FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.customer_id = c.id) AS no_lines
  FROM customers c
 WHERE c.vip OR EXISTS (SELECT FROM orders o WHERE o.customer_id = c.id LIMIT 1);

CREATE MATERIALIZED VIEW region_buyers AS
SELECT c.region, count(*) AS customers,
       count(*) FILTER (WHERE EXISTS (SELECT FROM orders o WHERE o.customer_id = c.id)) AS buyers,
       EXISTS (SELECT FROM products p WHERE p.category = c.region) AS is_category
  FROM customers c
 GROUP BY c.region;

CREATE MATERIALIZED VIEW customer_in_flags AS
SELECT c.id, c.region IN (SELECT p.category FROM products p WHERE p.price > 10) AS priced_category,
       c.id NOT IN (SELECT o.customer_id FROM orders o WHERE o.status = 'open') AS no_open,
       c.region NOT IN (SELECT l.sku FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.customer_id = c.id) AS region_not_sku
  FROM customers c
 WHERE c.vip OR c.id IN (SELECT o.customer_id FROM orders o WHERE o.status <> 'void');

CREATE MATERIALIZED VIEW customer_categories AS
SELECT c.id, c.region NOT IN (SELECT p.category FROM products p) AS not_a_category
  FROM customers c;

CREATE MATERIALIZED VIEW discounts_seen_elsewhere AS
SELECT l.sku, count(*) AS lines,
       count(*) FILTER (WHERE l.discount = ANY (SELECT l2.discount FROM order_lines l2 WHERE l2.sku = l.sku AND l2.quantity > 1)) AS seen,
       count(*) FILTER (WHERE (l.discount = ANY (SELECT l2.discount FROM order_lines l2 WHERE l2.sku = l.sku AND l2.quantity > 1)) IS NULL) AS unknown,
       count(*) FILTER (WHERE l.discount <> ALL (SELECT p.price / 100 FROM products p WHERE p.category IS NOT NULL)) AS unpriced
  FROM order_lines l
 GROUP BY l.sku;

CREATE MATERIALIZED VIEW customer_status_shares AS
SELECT o.customer_id, o.status, count(*) AS orders,
       count(*) * 100 / sum(count(*)) OVER (PARTITION BY o.customer_id) AS pct,
       rank() OVER (PARTITION BY o.customer_id ORDER BY count(*) DESC, o.status) AS r
  FROM orders o
 GROUP BY o.customer_id, o.status;

CREATE MATERIALIZED VIEW category_sku_ranks AS
SELECT p.category, l.sku, sum(l.quantity) AS qty,
       dense_rank() OVER (PARTITION BY p.category ORDER BY sum(l.quantity) DESC) AS dr
  FROM order_lines l JOIN products p ON p.sku = l.sku
 GROUP BY p.category, l.sku;

CREATE MATERIALIZED VIEW natural_lines AS
SELECT * FROM order_lines NATURAL LEFT JOIN products;

CREATE MATERIALIZED VIEW regions_with_few_products AS
SELECT c.region, count(*) AS customers
  FROM customers c
 GROUP BY c.region
HAVING count(*) >= (SELECT count(*) FROM products p WHERE p.category = c.region)
   AND count(*) * 10 >= (SELECT count(*) FROM customers);

CREATE MATERIALIZED VIEW orders_of_others AS
SELECT c.id, x.id AS order_id, x.status
  FROM customers c
  LEFT JOIN LATERAL (SELECT o.id, o.status FROM orders o
                      WHERE o.customer_id <> c.id AND o.id % 5 = c.id % 5 AND (o.status = 'open' OR c.vip)) AS x ON true;

CREATE MATERIALIZED VIEW newest_orders AS
SELECT o.id, o.customer_id, o.status FROM orders o ORDER BY o.created_at DESC, o.id DESC LIMIT 3;

CREATE MATERIALIZED VIEW busiest_customers AS
SELECT c.name, count(o.id) AS orders
  FROM customers c LEFT JOIN orders o ON o.customer_id = c.id
 GROUP BY c.id, c.name
 ORDER BY 2 DESC, c.id
 LIMIT 2;

CREATE MATERIALIZED VIEW smallest_lines AS
SELECT l.order_id, l.sku, l.quantity FROM order_lines l ORDER BY l.quantity, l.order_id, l.sku LIMIT 4;

CREATE MATERIALIZED VIEW last_regions AS
SELECT c.id, c.region FROM customers c WHERE NOT c.vip ORDER BY c.region DESC NULLS LAST, c.id LIMIT 3;

CREATE MATERIALIZED VIEW biggest_line AS
SELECT o.id, p.price * l.quantity AS total
  FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN products p ON p.sku = l.sku
 ORDER BY total DESC, o.id, l.sku
 FETCH FIRST 1 ROW ONLY;

CREATE MATERIALIZED VIEW first_regions AS
SELECT DISTINCT c.region FROM customers c ORDER BY c.region LIMIT 2;

CREATE MATERIALIZED VIEW orders_with_lines AS
SELECT * FROM order_lines l RIGHT JOIN (SELECT o.id AS order_id, o.status FROM orders o) AS o USING (order_id);

CREATE MATERIALIZED VIEW customers_or_orders AS
SELECT c.id, c.region, o.id AS order_id, o.created_at
  FROM customers c FULL JOIN orders o ON o.customer_id = c.id AND (c.vip OR o.status = 'open');

CREATE MATERIALIZED VIEW lines_of_open_orders_twice AS
SELECT l.order_id, l.sku FROM order_lines l
INTERSECT ALL
SELECT o.id, l.sku FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.status = 'open' AND l.quantity > 1;

CREATE MATERIALIZED VIEW products_and_sales AS
SELECT * FROM products FULL JOIN (SELECT sku, sum(quantity) AS sold FROM order_lines GROUP BY sku) AS s USING (sku);

CREATE MATERIALIZED VIEW sku_activity AS
SELECT sku, p.price, s.sold, o.open_lines
  FROM products p
  FULL JOIN (SELECT sku, sum(quantity) AS sold FROM order_lines GROUP BY sku) AS s USING (sku)
  FULL JOIN (SELECT l.sku, count(*) AS open_lines
               FROM order_lines l JOIN orders o ON o.id = l.order_id
              WHERE o.status = 'open'
              GROUP BY l.sku) AS o USING (sku);

CREATE MATERIALIZED VIEW lines_of_orders_full AS
SELECT order_id, o.status, l.sku, l.quantity
  FROM (SELECT id AS order_id, status FROM orders WHERE status <> 'void') AS o NATURAL FULL JOIN order_lines l
 WHERE order_id % 3 <> 0 OR l.sku IS NULL;

CREATE MATERIALIZED VIEW regions_and_categories AS
SELECT region, count(c.id) AS customers, count(p.sku) AS products
  FROM customers c FULL JOIN (SELECT category AS region, sku FROM products) AS p USING (region)
 GROUP BY region;

CREATE MATERIALIZED VIEW names_per_region AS
SELECT x.region, count(*) AS names
  FROM (SELECT region, name FROM customers UNION SELECT p.category, p.title FROM products p) AS x
 GROUP BY x.region;

CREATE MATERIALIZED VIEW listed_skus_ordered AS
WITH ordered AS (SELECT sku FROM order_lines INTERSECT SELECT sku FROM products WHERE price > 5)
SELECT o.sku, p.title FROM ordered o JOIN products p ON p.sku = o.sku;

CREATE MATERIALIZED VIEW order_events AS
SELECT o.id, o.status FROM orders o WHERE o.status = 'open'
UNION ALL
(SELECT l.order_id, 'line' FROM order_lines l EXCEPT SELECT o.id, 'line' FROM orders o WHERE o.status = 'void');

CREATE MATERIALIZED VIEW customers_with_activity AS
SELECT c.id, c.name FROM customers c
 WHERE c.id IN (SELECT o.customer_id FROM orders o WHERE o.status = 'open'
                UNION
                SELECT o.customer_id FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE l.quantity > 3);

CREATE MATERIALIZED VIEW quiet_customers AS
SELECT c.id, c.name FROM customers c
 WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.status = 'open'
                   UNION ALL
                   SELECT 1 FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.customer_id = c.id AND l.quantity > 4);

CREATE MATERIALIZED VIEW line_counts AS
SELECT DISTINCT count(*) AS lines, max(quantity) AS most FROM order_lines GROUP BY order_id;

CREATE MATERIALIZED VIEW regions_beyond_categories AS
SELECT c.region FROM customers c
EXCEPT ALL
(SELECT p.category FROM products p EXCEPT ALL SELECT c.name FROM customers c WHERE c.vip);
`,
);

/** The shop's stream tables and the extra ones. */
const STREAM_TABLES = 82;

function envInt(name: string, fallback: number): number {
  const v = process.env[name];
  if (v === undefined || v.trim() === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new Error(`${name} must be an integer, got ${JSON.stringify(v)}`);
  return n;
}

const SEED = envInt('TRICKLE_PROPERTY_SEED', 20260101);
const PATH = process.env.TRICKLE_PROPERTY_PATH || undefined;
const RUNS: Record<string, number> = {
  'embedded-pg18': envInt('TRICKLE_PROPERTY_RUNS', 60),
  'system-pg15': envInt('TRICKLE_PROPERTY_PG15_RUNS', 20),
};
const MAX_STEPS = 10;
const MAX_STATEMENTS_PER_STEP = 5;

/** Coverage counters, printed once per server. */
class Stats {
  readonly statements = new Map<string, number>();
  readonly refreshKinds = new Map<string, number>();
  readonly tx = new Map<string, number>();
  sequences = 0;
  steps = 0;
  checks = 0;
  multiTableRefreshes = 0;
  lockSkips = 0;
  bump(m: Map<string, number>, k: string): void {
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  summary(): string {
    const fmt = (m: Map<string, number>) =>
      [...m.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k}=${n}`)
        .join(' ');
    return [
      `${this.sequences} sequences, ${this.steps} steps, ${this.checks} oracle checks of one stream table`,
      `refreshes of all seeing changes of 2+ tables: ${this.multiTableRefreshes}; statements skipped (waiting for T2): ${this.lockSkips}`,
      `transactions: ${fmt(this.tx)}`,
      `refresh kinds: ${fmt(this.refreshKinds)}`,
      `statement kinds (${this.statements.size}): ${fmt(this.statements)}`,
    ].join('\n  ');
  }
}

class Harness {
  /** Tables written since the last refresh of all stream tables (rolled-back work included). */
  private pending = new Set<string>();
  /** The last sequence run, when it passed: where a failing differential reset comes from. */
  private previousRun: Sequence | undefined;
  readonly resetFailures: string[] = [];
  readonly stats = new Stats();
  private readonly seedSql: string;
  private readonly names: string[];
  private readonly targets: ReturnType<typeof oracleTargets>;

  /** Lock waits longer than this on the main connection fail the run (rather than hang it). */
  static readonly LOCK_TIMEOUT = '10s';
  /** The main connection's lock_timeout while T2 is open: a statement waiting for T2 is skipped. */
  static readonly CONCURRENT_LOCK_TIMEOUT = '50ms';

  constructor(
    private readonly client: pg.Client,
    /** The second connection, T2 of a 'concurrent' step. */
    private readonly client2: pg.Client,
    private readonly fixture: CompiledFixture,
  ) {
    this.seedSql = fixture.sources.data.map((d) => d.text).join('\n');
    this.names = fixture.project.streams.map((st) => qualified(st.name.schema, st.name.name));
    this.targets = oracleTargets(fixture.project);
  }

  get project(): AnalyzedProject {
    return this.fixture.project;
  }

  private async refreshAll(at: string): Promise<void> {
    let kinds: string[];
    try {
      kinds = await refreshAll(this.client, this.project);
    } catch (e) {
      throw new Error(`${at}: refresh of all failed: ${(e as Error).message}`);
    }
    for (const k of kinds) this.stats.bump(this.stats.refreshKinds, k);
    if (this.pending.size >= 2) this.stats.multiTableRefreshes++;
    this.pending.clear();
  }

  private async check(label: string, only?: ReadonlySet<string>): Promise<void> {
    const problems: string[] = [];
    for (const [i, t] of this.targets.entries()) {
      if (only && !only.has(this.names[i]!)) continue;
      this.stats.checks++;
      const r = await checkOracle(this.client, t);
      if (r.extra.length || r.missing.length) problems.push(formatMismatch(t, r));
    }
    if (problems.length) throw new Error(`${label}:\n${problems.join('\n')}`);
  }

  private async exec(sql: string, what: string, client: pg.Client = this.client): Promise<void> {
    try {
      await client.query(sql);
    } catch (e) {
      throw new Error(`${what} failed (a bug in the DML generator or in the generated SQL): ${(e as Error).message}\n${sql}`);
    }
  }

  /**
   * Back to the seed state with exact stream tables, whatever the previous run left behind.
   *
   * The DELETE + reseed is itself a big change: when the previous sequence passed, a differential
   * refresh must get it right too (a failure is recorded, reported after the run). Then a full
   * refresh of every stream table makes the start state independent of earlier runs, so that
   * every sequence is reproducible on its own and shrinking works.
   */
  async reset(): Promise<void> {
    // A run that failed mid-transaction.
    await this.client2.query('ROLLBACK').catch(() => undefined);
    await this.client.query('ROLLBACK').catch(() => undefined);
    await this.client.query(`SET lock_timeout = '${Harness.LOCK_TIMEOUT}'`);
    await this.exec(`DELETE FROM order_lines; DELETE FROM orders; DELETE FROM products; DELETE FROM customers;\n${this.seedSql}`, 'reset');
    if (this.previousRun !== undefined) {
      try {
        await this.refreshAll('reset');
        await this.check('differential refresh after DELETE of every row and reseed');
      } catch (e) {
        this.resetFailures.push(
          `${(e as Error).message}\n  after this sequence (a reseed statement appended to it reproduces the failure):${this.previousRun.toString()}`,
        );
      }
    }
    for (const name of this.names) await this.client.query('CALL pg_trickle.refresh($1, full => true)', [name]);
    this.pending.clear();
    await this.check('full refresh of every stream table after reseed');
  }

  private async statements(step: Step, from: number, to: number, at: string, client: pg.Client = this.client): Promise<void> {
    for (const s of step.statements.slice(from, to)) {
      this.stats.bump(this.stats.statements, s.kind);
      for (const t of s.tables) this.pending.add(t);
      await this.exec(s.sql, `${at}: ${s.kind}`, client);
    }
  }

  /** The main connection's part of a 'concurrent' step: a statement that waits for T2's locks is skipped. */
  private async mainWhileT2Open(step: Step, at: string): Promise<void> {
    await this.client.query(`SET lock_timeout = '${Harness.CONCURRENT_LOCK_TIMEOUT}'`);
    try {
      for (const s of step.statements.slice(step.split)) {
        this.stats.bump(this.stats.statements, s.kind);
        try {
          await this.client.query(s.sql);
          for (const t of s.tables) this.pending.add(t);
        } catch (e) {
          if ((e as { code?: string }).code !== '55P03') {
            throw new Error(`${at}: ${s.kind} failed (a bug in the DML generator or in the generated SQL): ${(e as Error).message}\n${s.sql}`);
          }
          this.stats.lockSkips++;
        }
      }
    } finally {
      await this.client.query(`SET lock_timeout = '${Harness.LOCK_TIMEOUT}'`);
    }
  }

  async step(step: Step, at: string): Promise<void> {
    this.stats.steps++;
    this.stats.bump(this.stats.tx, step.tx);
    const n = step.statements.length;
    const k = step.split;
    switch (step.tx) {
      case 'autocommit':
        await this.statements(step, 0, n, at);
        break;
      case 'transaction':
      case 'rollback':
        await this.client.query('BEGIN');
        await this.statements(step, 0, n, at);
        await this.client.query(step.tx === 'transaction' ? 'COMMIT' : 'ROLLBACK');
        break;
      case 'savepoint':
        await this.client.query('BEGIN');
        await this.statements(step, 0, k, at);
        await this.client.query('SAVEPOINT s');
        await this.statements(step, k, n, at);
        await this.client.query('ROLLBACK TO SAVEPOINT s');
        await this.client.query('COMMIT');
        break;
      case 'refresh-inside':
        await this.client.query('BEGIN');
        await this.statements(step, 0, k, at);
        await this.refreshAll(`${at}, inside the transaction`);
        await this.check(`${at}, refresh of all inside the transaction`);
        await this.statements(step, k, n, at);
        await this.client.query('COMMIT');
        break;
      case 'concurrent':
        await this.client2.query('BEGIN');
        await this.statements(step, 0, k, `${at} (T2)`, this.client2);
        await this.mainWhileT2Open(step, at);
        await this.refreshAll(`${at}, while T2 is open`);
        await this.check(`${at}, refresh of all while T2 is open`);
        await this.client2.query('COMMIT');
        break;
    }
    if (step.refresh === 'all') {
      await this.refreshAll(at);
      await this.check(`${at}, refresh of all`);
    } else if (step.refresh !== 'none') {
      const refreshed = step.refreshed();
      for (const r of refreshed) {
        try {
          await this.client.query('CALL pg_trickle.refresh($1, full => $2)', [r.name, r.full]);
        } catch (e) {
          throw new Error(`${at}: refresh of ${r.name}${r.full ? ' (full)' : ''} failed: ${(e as Error).message}`);
        }
      }
      // A stream table refreshed (in dependency order) equals its query over the current tables
      // and the current contents of the stream tables it reads, refreshed or not.
      await this.check(`${at}, partial refresh`, new Set(refreshed.map((r) => r.name)));
    }
  }

  async run(seq: Sequence): Promise<void> {
    await this.reset();
    this.previousRun = undefined;
    this.stats.sequences++;
    for (const [i, step] of seq.steps.entries()) await this.step(step, `after step ${i + 1} of ${seq.steps.length}`);
    await this.refreshAll('the final refresh');
    await this.check('after the final refresh of all');
    this.previousRun = seq;
  }
}

for (const entry of pgServers()) {
  const runs = RUNS[entry.label] ?? 30;
  describe.skipIf(entry.skipReason !== undefined)(`property: fixtures/shop on ${entry.label}`, () => {
    let server: PgServer | undefined;
    let fixture: CompiledFixture;

    beforeAll(async () => {
      fixture = await compileFixture(FIXTURE, [EXTRA_STREAMS]);
      server = await entry.start();
      if (server === undefined) console.warn(`[trickle tests] ${entry.label} is not available; skipping the property tests on it`);
    });

    afterAll(async () => {
      await server?.stop();
    });

    it(
      `${runs} random DML sequences (each checks all ${STREAM_TABLES} stream tables): every stream table equals its query after every refresh`,
      async (ctx) => {
        if (!server) return ctx.skip(`${entry.label} not available`);
        expect(fixture.project.streams).toHaveLength(STREAM_TABLES);
        // The extra stream tables are maintained differentially, not recomputed.
        for (const st of fixture.project.streams) expect(st.mode, st.fullReason).toBe('DIFFERENTIAL');
        const t0 = Date.now();
        await withTempDatabase(server, async (url) => {
          const client = await connect(url);
          const client2 = await connect(url);
          await client2.query(`SET lock_timeout = '${Harness.LOCK_TIMEOUT}'`);
          try {
            await loadFixture(client, fixture);
            await expectOracle(client, fixture.project, 'initial population');
            const h = new Harness(client, client2, fixture);
            const arb = sequenceArb({
              streams: fixture.project.streams.map((st) => qualified(st.name.schema, st.name.name)),
              seedSql: fixture.sources.data.map((d) => d.text).join('\n'),
              seedFiles: fixture.sources.data.map((d) => d.file),
              maxSteps: MAX_STEPS,
              maxStatementsPerStep: MAX_STATEMENTS_PER_STEP,
            });
            try {
              await fc.assert(
                fc.asyncProperty(arb, (seq) => h.run(seq)),
                { numRuns: runs, seed: SEED, ...(PATH ? { path: PATH } : {}) },
              );
            } finally {
              console.log(
                `[trickle tests] property on ${server!.label} (seed ${SEED}): ${((Date.now() - t0) / 1000).toFixed(1)} s\n  ${h.stats.summary()}`,
              );
            }
            expect(h.resetFailures, h.resetFailures.join('\n\n')).toEqual([]);
          } finally {
            await client2.end();
            await client.end();
          }
        });
      },
      20 * 60_000,
    );
  });
}

/**
 * Random projects for the oracle: stream definitions drawn from a small grammar over three
 * tables (a keyed one, a dimension, a keyless log with duplicates), their data, and random DML.
 * The keyed table has a numeric and a float column that now and then hold NaN or an infinity;
 * the log has a json column (no equality operator), passed through, aggregated and unioned.
 * Each project is a pure function of its seed, so a failure names the seed that reproduces it.
 *
 * The grammar covers what the compiler maintains differentially (filters, expressions, CASE,
 * inner, outer and self joins, a subquery in FROM, GROUP BY keys and expressions with every kind
 * of aggregate, GROUPING SETS, ROLLUP and CUBE, LATERAL subqueries, scalar subqueries of grouped queries, EXISTS and IN (subquery) as values, window functions over a grouped query's groups, FILTER, HAVING, DISTINCT, set operations, EXISTS/IN tests, scalar subqueries (aggregating ones too), WITH,
 * window functions, DISTINCT ON, VALUES, set-returning functions, WITH RECURSIVE) and stream tables over stream tables, and a few it refreshes in full (INTERSECT
 * ALL, a window without PARTITION BY, ORDER BY ... LIMIT); definitions are compiled with refresh_mode AUTO. With `citus`, the keyed table is distributed, the
 * dimension a reference table and the log a Citus local table; without, the log is partitioned
 * in some projects (written through the table and its partitions, whose layout changes too),
 * and some queries read views of the keyed table.
 */
import type pg from 'pg';
import type { AnalyzedProject } from '../../compiler/compile.js';
import { SourceText } from '../../compiler/parser/source.js';
import type { ProjectSources } from '../../compiler/project/project.js';
import { checkOracle, formatMismatch } from '../../compiler/verify/oracle.js';
import { oracleTargets, refreshAll } from '../../compiler/verify/verify.js';

export const SCHEMA_NAME = 'rq';

/** A small seeded PRNG (mulberry32): the same seed draws the same project. */
class Draw {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0;
  }
  next(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
}

type Kind = 'int' | 'text' | 'num';
const COLUMNS: Readonly<Record<string, readonly (readonly [string, Kind])[]>> = {
  t1: [['id', 'int'], ['a', 'int'], ['b', 'text'], ['c', 'num'], ['d', 'int'], ['f', 'num']],
  t2: [['k', 'int'], ['name', 'text'], ['grp', 'int']],
  t3: [['x', 'int'], ['y', 'text'], ['z', 'int']],
};

const t = (name: string) => `${SCHEMA_NAME}.${name}`;

/**
 * The log partitioned by range of z (NULL in the default partition), its middle range again by
 * list of y: rows move between partitions when z or y changes.
 */
const PARTITIONS = [
  `CREATE TABLE ${t('t3_lo')} PARTITION OF ${t('t3')} FOR VALUES FROM (MINVALUE) TO (15);`,
  `CREATE TABLE ${t('t3_mid')} PARTITION OF ${t('t3')} FOR VALUES FROM (15) TO (30) PARTITION BY LIST (y);`,
  `CREATE TABLE ${t('t3_mid_x1')} PARTITION OF ${t('t3_mid')} FOR VALUES IN ('x1');`,
  `CREATE TABLE ${t('t3_mid_rest')} PARTITION OF ${t('t3_mid')} DEFAULT;`,
  `CREATE TABLE ${t('t3_rest')} PARTITION OF ${t('t3')} DEFAULT;`,
];

function schemaSql(citus: boolean, partitioned: boolean): string {
  return [
    `CREATE SCHEMA ${SCHEMA_NAME};`,
    `CREATE TABLE ${t('t1')} (id int PRIMARY KEY, a int, b text, c numeric, d int NOT NULL, f double precision);`,
    `CREATE TABLE ${t('t2')} (k int PRIMARY KEY, name text, grp int);`,
    `CREATE TABLE ${t('t3')} (x int, y text, z int, j json, at timestamptz)${partitioned ? ' PARTITION BY RANGE (z)' : ''};`,
    ...(partitioned ? PARTITIONS : []),
    // Views, whose queries a stream table reading them inlines (not on Citus).
    ...(citus ? [] : [`CREATE VIEW ${t('t1v')} AS SELECT * FROM ${t('t1')} WHERE d <> 7;`, `CREATE VIEW ${t('t1_by_d')} AS SELECT u.d, count(*) AS n FROM ${t('t1')} AS u GROUP BY u.d;`]),
    `CREATE INDEX ON ${t('t1')} (a);`,
    ...(citus
      ? [`SELECT create_distributed_table('${t('t1')}', 'id');`, `SELECT create_reference_table('${t('t2')}');`, `SELECT citus_add_local_table_to_metadata('${t('t3')}');`]
      : []),
  ].join('\n');
}

interface From {
  readonly sql: string;
  /** Alias and table of each relation in FROM. */
  readonly aliases: readonly (readonly [string, string])[];
}

class Grammar {
  constructor(
    private readonly d: Draw,
    private readonly citus: boolean,
    /** Draws GROUPING SETS apart, so that a seed draws the same queries otherwise. */
    private readonly sets?: Draw,
    /** Draws scalar subqueries of grouped queries apart, likewise. */
    private readonly subqueries?: Draw,
    /** Draws EXISTS as a value apart, likewise. */
    private readonly exists?: Draw,
    /** Draws IN (subquery) as a value apart, likewise. */
    private readonly ins?: Draw,
    /** Draws window functions over a grouped query's groups apart, likewise. */
    private readonly windows?: Draw,
    /** Draws ORDER BY ... LIMIT apart, likewise. */
    private readonly tops?: Draw,
  ) {}

  /** Now and then ORDER BY every output column (so that no two rows tie) ... LIMIT n. */
  topN(columns: number): string {
    const d = this.tops;
    if (!d || !d.chance(0.2)) return '';
    const order = Array.from({ length: columns }, (_, i) => `${i + 1}${d.pick(['', ' DESC', ' NULLS FIRST', ' DESC NULLS LAST'])}`);
    // The first column last now and then, so that the order is not the SELECT list's.
    if (columns > 1 && d.chance(0.5)) order.push(order.shift()!);
    return ` ORDER BY ${order.join(', ')} ${d.pick([`LIMIT ${d.int(1, 6)}`, `FETCH FIRST ${d.int(1, 6)} ROWS ONLY`])}`;
  }

  /** Now and then a window function over the groups, partitioned by the first key (ordered by the others and an aggregate). */
  groupedWindow(keys: readonly string[]): string | undefined {
    const d = this.windows;
    if (!d || keys.length === 0 || !d.chance(0.3)) return undefined;
    const [k0, ...rest] = keys;
    const order = [`count(*) DESC`, ...rest].join(', ');
    return d.pick([
      `rank() OVER (PARTITION BY ${k0} ORDER BY ${order}) AS wr`,
      `sum(count(*)) OVER (PARTITION BY ${k0}) AS wt`,
      `count(*) * 100 / sum(count(*)) OVER (PARTITION BY ${k0}) AS wp`,
      `dense_rank() OVER (PARTITION BY ${k0} ORDER BY max(${k0}) NULLS FIRST) AS wd`,
    ]);
  }

  /** Now and then IN / NOT IN (subquery) over an integer column of FROM, as a value, three-valued (not on Citus, as EXISTS). */
  inValue(f: From): string | undefined {
    const d = this.ins;
    if (!d || this.citus || !d.chance(0.2)) return undefined;
    const [alias, table] = d.pick(f.aliases);
    const col = `${alias}.${table === 't1' ? d.pick(['d', 'a']) : table === 't2' ? 'grp' : 'z'}`;
    return d.pick([
      `${col} IN (SELECT e.z FROM ${t('t3')} AS e WHERE e.y <> 'x1')`,
      `${col} NOT IN (SELECT e.grp FROM ${t('t2')} AS e WHERE e.k > 2)`,
      `${col} = ANY (SELECT DISTINCT u.a FROM ${t('t1')} AS u WHERE u.d = ${col} + 1)`,
      `NOT (${col} <> ALL (SELECT e.x FROM ${t('t3')} AS e))`,
      `${col} NOT IN (SELECT e.k FROM ${t('t2')} AS e)`,
    ]);
  }

  /** Now and then EXISTS over an integer column of FROM, as a value (not on Citus: it aggregates a correlated subquery). */
  existsValue(f: From): string | undefined {
    const d = this.exists;
    if (!d || this.citus || !d.chance(0.2)) return undefined;
    const [alias, table] = d.pick(f.aliases);
    const col = `${alias}.${table === 't1' ? 'd' : table === 't2' ? 'grp' : 'z'}`;
    return d.pick([
      `EXISTS (SELECT 1 FROM ${t('t3')} AS e WHERE e.x = ${col} AND e.y IS NOT NULL)`,
      `NOT EXISTS (SELECT FROM ${t('t2')} AS e WHERE e.k = ${col})`,
      `EXISTS (SELECT FROM ${t('t1')} AS e WHERE e.a = ${col} AND e.c > 10 LIMIT 1)`,
    ]);
  }

  /** Now and then a scalar subquery over an integer group key, in a grouped query's SELECT list (one value per group). */
  groupedSubquery(keys: readonly string[]): string | undefined {
    const d = this.subqueries;
    const key = keys.find((k) => /^\w+\.(a|d|k|grp|x|z)$/.test(k));
    if (!d || !key || !d.chance(0.3)) return undefined;
    return d.pick([
      `(SELECT v.name FROM ${t('t2')} AS v WHERE v.k = ${key}) AS sub_name`,
      `(SELECT count(*) FROM ${t('t3')} AS e WHERE e.x = ${key}) AS sub_n`,
      `(SELECT max(u.c) FROM ${t('t1')} AS u WHERE u.d = ${key} AND u.a IS NOT NULL) AS sub_max`,
    ]);
  }

  /** GROUP BY's keys as grouping sets, and now and then their GROUPING() as a column (not on Citus: it cannot run them over a distributed table). */
  groupingSets(keys: readonly string[]): { groupBy: string; column?: string } | undefined {
    const d = this.sets;
    if (!d || this.citus || keys.length === 0 || !d.chance(0.3)) return undefined;
    const [k0, k1] = keys;
    const forms = [`ROLLUP (${keys.join(', ')})`, `CUBE (${keys.join(', ')})`, k1 ? `GROUPING SETS ((${k0}, ${k1}), (${k1}), ())` : `GROUPING SETS ((${k0}), ())`, k1 ? `${k0}, ROLLUP (${k1})` : `ROLLUP (${k0}), ()`];
    return { groupBy: d.pick(forms), ...(d.chance(0.5) ? { column: `GROUPING(${[...keys].reverse().join(', ')}) AS gs` } : {}) };
  }

  predicate(alias: string, table: string): string {
    const d = this.d;
    const [c, kind] = d.pick(COLUMNS[table]!);
    const col = `${alias}.${c}`;
    const p =
      kind === 'int'
        ? d.pick([`${col} > ${d.int(0, 8)}`, `${col} IS NULL`, `${col} IS NOT NULL`, `${col} IN (${d.int(0, 5)}, ${d.int(3, 9)})`, `coalesce(${col}, 0) % 2 = 0`, `${col} BETWEEN 2 AND 6`])
        : kind === 'text'
          ? d.pick([`${col} = 'x${d.int(0, 3)}'`, `${col} IS NULL`, `${col} LIKE 'x%'`, `${col} <> 'x1'`])
          : d.pick([`${col} > ${d.int(0, 50)}`, `${col} IS NULL`, `${col} <= 30.5`]);
    return d.chance(0.2) ? `NOT (${p})` : p;
  }

  aggregate(alias: string, table: string): string {
    const d = this.d;
    const [c, kind] = d.pick(COLUMNS[table]!);
    const col = `${alias}.${c}`;
    const [n] = d.pick(COLUMNS[table]!.filter(([, k]) => k !== 'text'));
    const num = `${alias}.${n}`;
    return d.pick([
      'count(*)',
      `count(${col})`,
      `sum(${num})`,
      `avg(${num})`,
      `min(${col})`,
      `max(${col})`,
      `count(DISTINCT ${col})`,
      `bool_or(${num} > 3)`,
      `sum(${num}) FILTER (WHERE ${this.predicate(alias, table)})`,
      kind === 'text' ? `string_agg(${col}, ',' ORDER BY ${col})` : `max(${num} * 2)`,
    ]);
  }

  from(): From {
    const r = this.d.next();
    if (r < 0.35) {
      const table = this.d.pick(['t1', 't2', 't3']);
      return { sql: `${t(table)} AS q`, aliases: [['q', table]] };
    }
    if (r < 0.6) {
      // Now and then a subquery test among the join's conditions (a semi or anti join after it).
      const test = !this.citus && this.d.chance(0.2) ? ` AND ${this.d.pick(['', 'NOT '])}EXISTS (SELECT 1 FROM ${t('t3')} AS e WHERE e.x = r.k AND e.z > p.d)` : '';
      return { sql: `${t('t1')} AS p JOIN ${t('t2')} AS r ON r.k = p.a${test}`, aliases: [['p', 't1'], ['r', 't2']] };
    }
    if (r < 0.75) return { sql: `${t('t1')} AS p LEFT JOIN ${t('t2')} AS r ON r.k = p.a`, aliases: [['p', 't1'], ['r', 't2']] };
    if (r < 0.8) return { sql: `${t('t3')} AS s JOIN ${t('t1')} AS p ON p.d = s.z`, aliases: [['s', 't3'], ['p', 't1']] };
    if (r < 0.85) {
      // A self-join on a column that is not the distribution column is one Citus cannot plan.
      return this.citus
        ? { sql: `${t('t1')} AS p JOIN ${t('t2')} AS p2 ON p2.k = p.d`, aliases: [['p', 't1'], ['p2', 't2']] }
        : { sql: `${t('t1')} AS p JOIN ${t('t1')} AS p2 ON p2.id = p.d`, aliases: [['p', 't1'], ['p2', 't1']] };
    }
    if (r < 0.9) {
      return {
        sql: `${t('t1')} AS p JOIN ${t('t2')} AS r ON r.k = p.a LEFT JOIN ${t('t3')} AS s ON s.z = p.d AND s.y IS NOT NULL`,
        aliases: [['p', 't1'], ['r', 't2'], ['s', 't3']],
      };
    }
    if (r < 0.94) return { sql: `${t('t2')} AS r FULL JOIN ${t('t3')} AS s ON s.x = r.k`, aliases: [['r', 't2'], ['s', 't3']] };
    if (r < 0.97) return { sql: `${t('t2')} AS r RIGHT JOIN ${t('t1')} AS p ON p.a = r.k AND r.grp > 1`, aliases: [['r', 't2'], ['p', 't1']] };
    return { sql: `(SELECT u.id, u.a, u.b, u.c, u.d, u.f FROM ${t('t1')} AS u WHERE u.d > 10) AS p LEFT JOIN ${t('t2')} AS r ON r.k = p.a`, aliases: [['p', 't1'], ['r', 't2']] };
  }

  where(f: From): string {
    const d = this.d;
    const parts: string[] = [];
    if (d.chance(0.6)) {
      const p = this.predicate(...d.pick(f.aliases));
      const ex = this.existsValue(f);
      const iv = this.inValue(f);
      parts.push(ex || iv ? `(${[p, ex, iv].filter((x) => x).join(' OR ')})` : p);
    }
    if (d.chance(0.25)) {
      const [alias, table] = d.pick(f.aliases);
      const col = `${alias}.${table === 't1' ? 'd' : table === 't2' ? 'grp' : 'z'}`;
      parts.push(
        d.pick([
          `EXISTS (SELECT 1 FROM ${t('t3')} AS e WHERE e.x = ${col})`,
          `NOT EXISTS (SELECT 1 FROM ${t('t3')} AS e WHERE e.x = ${col} AND e.y IS NOT NULL)`,
          `EXISTS (SELECT 1 FROM ${t('t2')} AS e WHERE e.k = ${col} AND e.name IS NOT NULL)`,
          `${col} IN (SELECT e.z FROM ${t('t3')} AS e WHERE e.z IS NOT NULL)`,
          `${col} NOT IN (SELECT e.k FROM ${t('t2')} AS e WHERE e.grp > 2)`,
          // Nested: a test of the subquery's own rows, a semi or anti join inside its right side.
          `EXISTS (SELECT 1 FROM ${t('t3')} AS e WHERE e.x = ${col} AND ${d.pick(['', 'NOT '])}EXISTS (SELECT 1 FROM ${t('t2')} AS e2 WHERE e2.k = e.z))`,
          `${col} ${d.pick(['', 'NOT '])}IN (SELECT e.k FROM ${t('t2')} AS e WHERE e.grp IS NOT NULL AND e.k NOT IN (SELECT e2.z FROM ${t('t3')} AS e2 WHERE e2.z IS NOT NULL))`,
        ]),
      );
    }
    return parts.length ? ` WHERE ${parts.join(' AND ')}` : '';
  }

  columns(f: From, n: number): string[] {
    const out = new Set<string>();
    while (out.size < n) {
      const [alias, table] = this.d.pick(f.aliases);
      out.add(`${alias}.${this.d.pick(COLUMNS[table]!)[0]}`);
    }
    return [...out];
  }

  query(): string {
    const d = this.d;
    const shape = d.next();
    const f = this.from();
    if (shape < 0.3) {
      const cols = this.columns(f, d.int(1, 3)).map((c, i) => `${c} AS c${i}`);
      if (d.chance(0.3)) cols.push(`coalesce(${this.columns(f, 1)[0]}::text, '-') || 'z' AS e`);
      if (d.chance(0.2)) cols.push(`CASE WHEN ${this.predicate(...d.pick(f.aliases))} THEN 1 ELSE 0 END AS w`);
      const keyed = f.aliases.find(([, table]) => table === 't1');
      if (keyed && d.chance(0.15)) cols.push(`(SELECT v.name FROM ${t('t2')} AS v WHERE v.k = ${keyed[0]}.a) AS sub`);
      // (Citus cannot run an aggregating subquery correlated with a distributed table, in any mode.)
      if (keyed && !this.citus && d.chance(0.15)) {
        cols.push(
          d.pick([
            `(SELECT count(*) FROM ${t('t3')} AS e WHERE e.x = ${keyed[0]}.a) AS n_sub`,
            `(SELECT sum(e.z) FROM ${t('t3')} AS e WHERE e.z = ${keyed[0]}.d AND e.y IS NOT NULL) AS s_sub`,
            `(SELECT coalesce(max(u.c), -1) FROM ${t('t1')} AS u WHERE u.a = ${keyed[0]}.a) AS m_sub`,
          ]),
        );
      }
      const ex = this.existsValue(f);
      if (ex) cols.push(`${ex} AS ex`);
      const iv = this.inValue(f);
      if (iv) cols.push(`${iv} AS iv`);
      const distinct = d.chance(0.2);
      // json has no equality: passed through where rows need not be compared by SQL.
      const log = f.aliases.find(([, table]) => table === 't3');
      if (log && !distinct && d.chance(0.4)) cols.push(d.pick([`${log[0]}.j`, `${log[0]}.j -> 'a' AS ja`]));
      // (json has no order either.)
      const top = cols.some((c) => c.includes('.j')) ? '' : this.topN(cols.length);
      return `SELECT ${distinct ? 'DISTINCT ' : ''}${cols.join(', ')} FROM ${f.sql}${this.where(f)}${top}`;
    }
    if (shape < 0.75) {
      const keys = this.columns(f, d.int(0, 2));
      if (keys.length && d.chance(0.2)) keys[0] = `(${keys[0]}::text || '#')`;
      const aggs = Array.from({ length: d.int(1, 3) }, (_, i) => `${this.aggregate(...d.pick(f.aliases))} AS v${i}`);
      const having = keys.length && d.chance(0.3) ? ` HAVING ${d.pick(['count(*) > 1', 'sum(1) < 4', `max(${this.columns(f, 1)[0]}) IS NOT NULL`])}` : '';
      const sets = this.groupingSets(keys);
      const groupBy = sets ? sets.groupBy : keys.join(', ');
      // (Citus cannot run an aggregating subquery correlated with a distributed table, in any mode.)
      const sub = this.citus ? undefined : this.groupedSubquery(keys);
      const win = sets ? undefined : this.groupedWindow(keys);
      const outputs = [...keys.map((k, i) => `${k} AS g${i}`), ...aggs, ...(sets?.column ? [sets.column] : []), ...(sub ? [sub] : []), ...(win ? [win] : [])];
      return `SELECT ${outputs.join(', ')} FROM ${f.sql}${this.where(f)}${keys.length ? ` GROUP BY ${groupBy}` : ''}${having}${this.topN(outputs.length)}`;
    }
    if (shape < 0.9) {
      const op = d.pick(['UNION', 'UNION ALL', 'INTERSECT', 'EXCEPT', 'INTERSECT ALL', 'EXCEPT ALL']);
      return `SELECT u.d AS v FROM ${t('t1')} AS u WHERE ${this.predicate('u', 't1')} ${op} SELECT w.z FROM ${t('t3')} AS w${d.chance(0.5) ? ` WHERE ${this.predicate('w', 't3')}` : ''}`;
    }
    return d.pick([
      `WITH w AS (SELECT u.d, count(*) AS n FROM ${t('t1')} AS u GROUP BY u.d) SELECT w.d, w.n, l.y FROM w JOIN ${t('t3')} AS l ON l.z = w.d`,
      `SELECT r.grp, count(p.id) AS n, sum(p.c) AS s FROM ${t('t2')} AS r LEFT JOIN ${t('t1')} AS p ON p.a = r.k GROUP BY r.grp`,
      `SELECT DISTINCT l.y, l.x % 3 AS m FROM ${t('t3')} AS l WHERE l.x IS NOT NULL`,
      `SELECT p.id, p.c FROM ${t('t1')} AS p WHERE p.c > (SELECT r.grp FROM ${t('t2')} AS r WHERE r.k = p.a)`,
      `SELECT count(*) AS n, max(l.z) AS m FROM ${t('t3')} AS l WHERE l.y IS DISTINCT FROM 'x1'`,
      `SELECT u.a, u.d FROM ${t('t1')} AS u UNION ALL SELECT l.x, l.z FROM ${t('t3')} AS l UNION SELECT r.k, r.grp FROM ${t('t2')} AS r`,
      `SELECT s.g, s.n, r.name FROM (SELECT u.a AS g, count(*) AS n FROM ${t('t1')} AS u GROUP BY u.a) AS s JOIN ${t('t2')} AS r ON r.k = s.g`,
      `SELECT p.id, p.b FROM ${t('t1')} AS p LEFT JOIN ${t('t2')} AS r ON r.k = p.a WHERE r.k IS NULL`,
      `SELECT x.v, count(*) AS n, max(x.w) AS m FROM (SELECT u.a AS v, u.d AS w FROM ${t('t1')} AS u UNION ALL SELECT l.x, l.z FROM ${t('t3')} AS l) AS x GROUP BY x.v`,
      `SELECT coalesce(u.b, '?') AS b, count(*) FILTER (WHERE u.c > 20) AS n, sum(u.c) AS s FROM ${t('t1')} AS u GROUP BY coalesce(u.b, '?') HAVING count(*) > 0`,
      `SELECT d.y, d.z FROM (SELECT DISTINCT l.y, l.z FROM ${t('t3')} AS l) AS d WHERE d.z > 3`,
      `SELECT l.y, json_agg(l.j ORDER BY l.j::text, l.x) AS js, count(*) AS n FROM ${t('t3')} AS l GROUP BY l.y`,
      `SELECT l.j FROM ${t('t3')} AS l WHERE l.z > 3 UNION ALL SELECT json_build_object('k', p.id, 'c', p.c) FROM ${t('t1')} AS p WHERE p.a > 4`,
      `SELECT r.k, s.j, s.j ->> 'a' AS a FROM ${t('t2')} AS r LEFT JOIN ${t('t3')} AS s ON s.x = r.k`,
      // Window functions: the partitions changes touch are recomputed.
      `SELECT u.id, u.a, rank() OVER (PARTITION BY u.a ORDER BY u.c) AS r, count(*) OVER (PARTITION BY u.a) AS n, sum(u.c) OVER (PARTITION BY u.a ORDER BY u.d) AS run FROM ${t('t1')} AS u`,
      `SELECT w.id, w.a, w.c FROM (SELECT u.id, u.a, u.c, row_number() OVER (PARTITION BY u.a ORDER BY u.c DESC NULLS LAST, u.id) AS rn FROM ${t('t1')} AS u WHERE u.d > 3) AS w WHERE w.rn <= 2`,
      `SELECT u.id, lag(u.c) OVER w AS prev, lead(u.b) OVER w AS next, dense_rank() OVER w AS dr FROM ${t('t1')} AS u WINDOW w AS (PARTITION BY u.b ORDER BY u.d, u.id)`,
      `SELECT l.x, l.y, rank() OVER (PARTITION BY l.x ORDER BY l.z) AS r, max(l.z) OVER (PARTITION BY l.x) AS m FROM ${t('t3')} AS l`,
      `SELECT q.g, count(*) AS n, sum(q.r) AS s FROM (SELECT p.d % 4 AS g, rank() OVER (PARTITION BY p.d % 4 ORDER BY r.grp) AS r FROM ${t('t1')} AS p JOIN ${t('t2')} AS r ON r.k = p.a) AS q GROUP BY q.g`,
      `SELECT u.id, rank() OVER (ORDER BY u.id) AS r FROM ${t('t1')} AS u`,
      `SELECT DISTINCT ON (u.b) u.b, u.id, u.c FROM ${t('t1')} AS u WHERE u.a IS NOT NULL ORDER BY u.b, u.c DESC NULLS FIRST, u.id`,
      `SELECT DISTINCT ON (2) p.id, r.grp, p.d FROM ${t('t1')} AS p JOIN ${t('t2')} AS r ON r.k = p.a ORDER BY 2, p.d, p.id`,
      `SELECT m.label, count(p.id) AS n, sum(p.c) AS s FROM (VALUES (0, 'zero'), (1, 'one'), (2, 'two'), (NULL, 'none')) AS m(k, label) LEFT JOIN ${t('t1')} AS p ON p.a = m.k GROUP BY m.label`,
      `SELECT l.x, l.y FROM ${t('t3')} AS l WHERE (l.x, l.y) IN (VALUES (1, 'x1'), (2, 'x2'), (3, NULL)) UNION ALL VALUES (-1, 'const')`,
      // Recursive WITH queries, run again over the old state of their tables when those change.
      // (Citus runs a recursive WITH query over a distributed table only when it filters the distribution column.)
      this.citus
        ? `WITH RECURSIVE walk(k, hops) AS (SELECT r.k, 0 FROM ${t('t2')} AS r WHERE r.grp = 1 UNION ALL SELECT r.k, w.hops + 1 FROM walk AS w JOIN ${t('t2')} AS r ON r.grp = w.k % 6 WHERE w.hops < 3) SELECT w.k, min(w.hops) AS hops, count(*) AS paths FROM walk AS w GROUP BY w.k`
        : `WITH RECURSIVE walk(id, hops) AS (SELECT u.id, 0 FROM ${t('t1')} AS u WHERE u.a = 1 UNION ALL SELECT u.id, w.hops + 1 FROM walk AS w JOIN ${t('t1')} AS u ON u.a = w.id % 10 WHERE w.hops < 3) SELECT w.id, min(w.hops) AS hops, count(*) AS paths FROM walk AS w GROUP BY w.id`,
      `WITH RECURSIVE r(x) AS (SELECT l.x FROM ${t('t3')} AS l WHERE l.y = 'x1' UNION SELECT l.z % 13 FROM r JOIN ${t('t3')} AS l ON l.x = r.x) SELECT r.x FROM r`,
      // Set-returning functions, in FROM (per row) and in the SELECT list.
      `SELECT p.id, g FROM ${t('t1')} AS p, generate_series(1, p.d % 4) AS g WHERE p.a IS NOT NULL`,
      `SELECT v.x, count(*) AS n FROM ${t('t1')} AS p CROSS JOIN LATERAL unnest(ARRAY[p.a, p.d % 3, p.a]) WITH ORDINALITY AS v(x, i) GROUP BY v.x`,
      `SELECT p.id, unnest(ARRAY[p.b, p.b || '!']) AS s FROM ${t('t1')} AS p`,
      `SELECT r.k, g.v FROM ${t('t2')} AS r LEFT JOIN LATERAL generate_series(1, r.grp) AS g(v) ON g.v <> 2`,
      `SELECT w, count(*) AS n FROM ${t('t3')} AS l, regexp_split_to_table(coalesce(l.y, ''), 'x') AS w GROUP BY w`,
      `SELECT g, count(p.id) AS n, sum(p.c) AS s, max(r.name) AS m FROM generate_series(0, 4) AS g JOIN ${t('t1')} AS p ON p.a = g JOIN ${t('t2')} AS r ON r.k = p.d GROUP BY g`,
      // Outer joins of two keyed sides, one to many: keyed by both keys (a padded side's key is NULL).
      `SELECT r.k, r.name, p.id, p.c FROM ${t('t2')} AS r LEFT JOIN ${t('t1')} AS p ON p.a = r.k AND p.d > 3`,
      `SELECT r.k, r.grp, p.id, p.b FROM ${t('t2')} AS r FULL JOIN ${t('t1')} AS p ON p.d % 6 = r.grp AND p.c IS NOT NULL`,
      // A function that reads no column never changes, like VALUES: the preserved side of an outer join.
      `SELECT g.v, count(p.id) AS n, sum(p.c) AS s FROM generate_series(-1, 5) WITH ORDINALITY AS g(v, i) LEFT JOIN ${t('t1')} AS p ON p.a = g.v AND p.d > g.i GROUP BY g.v`,
      `SELECT g.w, l.x, l.z FROM ${t('t3')} AS l FULL JOIN unnest(ARRAY['x1', 'x9', NULL]) AS g(w) ON g.w = l.y`,
      `SELECT l.x, r.a, count(*) AS n FROM ${t('t3')} AS l, json_to_record(CASE WHEN json_typeof(l.j) = 'object' THEN l.j END) AS r(a int, "A" text) GROUP BY l.x, r.a`,
      // Time zone dependent expressions: the refresh functions keep the creating session's settings.
      `SELECT date_trunc('day', l.at) AS day, count(*) AS n, max(l.at) AS last, min(l.at::date) AS first_date FROM ${t('t3')} AS l GROUP BY date_trunc('day', l.at)`,
      `SELECT l.x, l.at::text AS at_text, extract(hour FROM l.at) AS h FROM ${t('t3')} AS l WHERE l.at > timestamptz '2026-01-02 00:00+00'`,
      // Whole rows of tables (NULL where an outer join made the row up), SELECT * over USING, and an
      // ON condition that reads only the tables of its join (k is r's: r2, joined later, has one too).
      `SELECT p.id, to_jsonb(r) AS doc, (r).grp AS g FROM ${t('t1')} AS p LEFT JOIN ${t('t2')} AS r ON r.k = p.a`,
      `SELECT r.grp, count(p.*) AS n, count(*) AS m, count(r.*) AS rn FROM ${t('t2')} AS r LEFT JOIN ${t('t1')} AS p ON p.a = r.k GROUP BY r.grp`,
      `SELECT * FROM (SELECT u.id, u.a AS k, u.c FROM ${t('t1')} AS u) AS p LEFT JOIN ${t('t2')} AS r USING (k)`,
      `SELECT p.id, r.name, r2.grp FROM ${t('t2')} AS r JOIN ${t('t1')} AS p ON p.a = k LEFT JOIN ${t('t2')} AS r2 ON r2.k = p.d`,
      // FULL JOIN ... USING: the merged column is COALESCE of both sides (a key when both sides' are).
      `SELECT * FROM (SELECT u.id AS k, u.a, u.c FROM ${t('t1')} AS u WHERE u.d > 5) AS p FULL JOIN ${t('t2')} AS r USING (k)`,
      `SELECT *, p.k AS pk FROM (SELECT u.id, u.a AS k, u.c FROM ${t('t1')} AS u) AS p FULL JOIN ${t('t2')} AS r USING (k)`,
      `SELECT k, count(p.id) AS n, max(r.name) AS m FROM (SELECT u.id, u.d % 5 AS k FROM ${t('t1')} AS u) AS p FULL JOIN ${t('t2')} AS r USING (k) GROUP BY k`,
      `SELECT k, p.n, r.name, l.m FROM (SELECT u.a AS k, count(*) AS n FROM ${t('t1')} AS u GROUP BY u.a) AS p FULL JOIN ${t('t2')} AS r USING (k) FULL JOIN (SELECT l.x AS k, max(l.z) AS m FROM ${t('t3')} AS l GROUP BY l.x) AS l USING (k)`,
      `SELECT k, r.name, s.n FROM ${t('t2')} AS r NATURAL FULL JOIN (SELECT l.x AS k, count(*) AS n FROM ${t('t3')} AS l GROUP BY l.x) AS s WHERE k IS DISTINCT FROM 3`,
      // UNION, INTERSECT and EXCEPT below the stream table's rows: grouped by all columns.
      `SELECT s.v, count(*) AS n FROM (SELECT u.a AS v FROM ${t('t1')} AS u UNION SELECT l.x FROM ${t('t3')} AS l) AS s GROUP BY s.v`,
      `SELECT r.k, r.name FROM ${t('t2')} AS r WHERE r.k IN (SELECT u.a FROM ${t('t1')} AS u WHERE u.d > 5 EXCEPT SELECT l.x FROM ${t('t3')} AS l)`,
      `SELECT u.id, u.a FROM ${t('t1')} AS u UNION ALL (SELECT l.x, l.z FROM ${t('t3')} AS l INTERSECT SELECT r.k, r.grp FROM ${t('t2')} AS r)`,
      `SELECT DISTINCT count(*) AS n, max(u.d) AS m FROM ${t('t1')} AS u GROUP BY u.a`,
      `SELECT r.k, r.grp FROM ${t('t2')} AS r WHERE NOT EXISTS (SELECT 1 FROM ${t('t1')} AS u WHERE u.a = r.k AND u.d > 20 UNION SELECT 1 FROM ${t('t3')} AS l WHERE l.x = r.k)`,
      `SELECT d.id, d.c FROM (SELECT DISTINCT * FROM ${t('t1')} AS u WHERE u.d > 3) AS d`,
      // Conditions joined by OR, and keys that are comparisons, where the generated SQL puts them
      // beside its own AND and = (printed without parentheses, they once bound otherwise).
      `SELECT p.id, p.b FROM ${t('t1')} AS p WHERE ${d.pick(['', 'NOT '])}EXISTS (SELECT 1 FROM ${t('t2')} AS r WHERE r.k = p.a OR r.grp = p.d)`,
      `SELECT p.id, r.k, r.name FROM ${t('t1')} AS p LEFT JOIN ${t('t2')} AS r ON r.k = p.a OR r.grp = p.d % 4`,
      `SELECT (u.d > 5 OR u.b IS NULL) AS big, count(*) AS n, max(u.c) AS m FROM ${t('t1')} AS u GROUP BY (u.d > 5 OR u.b IS NULL)`,
      `SELECT u.id, u.d, count(*) OVER (PARTITION BY u.a > 2 OR u.b IS NULL) AS n FROM ${t('t1')} AS u`,
      `SELECT r.k, (SELECT count(*) FROM ${t('t1')} AS u WHERE (u.d > 3) = (r.grp > 1)) AS n FROM ${t('t2')} AS r`,
      // INTERSECT ALL (copies counted per side), and the first rows of a keyless table ordered by
      // every column it selects.
      `SELECT u.d FROM ${t('t1')} AS u INTERSECT ALL SELECT l.z FROM ${t('t3')} AS l`,
      `SELECT l.x, l.z FROM ${t('t3')} AS l ORDER BY l.z NULLS LAST, l.x NULLS LAST LIMIT 5`,
      // Refreshed in full under AUTO: the full path is checked too.
      `SELECT u.id, u.c FROM ${t('t1')} AS u ORDER BY u.c NULLS FIRST, u.id LIMIT 3 OFFSET 1`,
    ]);
  }
}

/** Stream tables over stream tables, in every project. */
const LAYERS = [
  `CREATE MATERIALIZED VIEW ${t('layer_a')} AS SELECT p.a, p.d, p.c FROM ${t('t1')} AS p WHERE p.d > 5;`,
  `CREATE MATERIALIZED VIEW ${t('layer_b')} AS SELECT l.a, count(*) AS n, sum(l.c) AS s, min(l.d) AS lo FROM ${t('layer_a')} AS l GROUP BY l.a;`,
  `CREATE MATERIALIZED VIEW ${t('layer_c')} AS SELECT b.a, b.n, r.name FROM ${t('layer_b')} AS b LEFT JOIN ${t('t2')} AS r ON r.k = b.a WHERE b.n > 1;`,
];

export interface RandomProject {
  readonly seed: number;
  /** The stream definitions, one per line. */
  readonly definitions: readonly string[];
  readonly sources: (definitions: readonly string[]) => ProjectSources;
  /** Batches of DML statements, one batch per refresh. */
  readonly batches: readonly (readonly string[])[];
}

/** A query with a LATERAL subquery correlated by equalities: aggregating, grouped, ordered with LIMIT, or plain. */
function lateralQuery(d: Draw): string {
  const cut = d.int(0, 20);
  return d.pick([
    `SELECT r.k, r.name, s.n, s.total FROM ${t('t2')} AS r CROSS JOIN LATERAL (SELECT count(*) AS n, sum(p.c) AS total, max(p.b) AS top FROM ${t('t1')} AS p WHERE p.a = r.k AND p.d > ${cut}) AS s`,
    `SELECT r.k, lo.id, lo.d FROM ${t('t2')} AS r LEFT JOIN LATERAL (SELECT p.id, p.d FROM ${t('t1')} AS p WHERE p.a = r.k ORDER BY p.d DESC, p.id LIMIT ${d.int(1, 3)}) AS lo ON true`,
    `SELECT p.id, e.y, e.z FROM ${t('t1')} AS p, LATERAL (SELECT l.y, l.z FROM ${t('t3')} AS l WHERE l.x = p.a AND l.z > ${cut}) AS e`,
    `SELECT r.grp, g.y, g.n FROM ${t('t2')} AS r JOIN LATERAL (SELECT l.y, count(*) AS n FROM ${t('t3')} AS l WHERE l.x = r.k GROUP BY l.y) AS g ON g.n > ${d.int(0, 2)}`,
    `SELECT p.id, p.b, m.best, m.first FROM ${t('t1')} AS p CROSS JOIN LATERAL (SELECT max(l.z) AS best, min(l.at) AS first, count(l.y) AS ys FROM ${t('t3')} AS l WHERE l.x = p.d % 13) AS m`,
    `SELECT s.n, count(*) AS keys, sum(s.c) AS c FROM ${t('t2')} AS r CROSS JOIN LATERAL (SELECT count(*) AS n, sum(p.c) AS c FROM ${t('t1')} AS p WHERE p.a = r.k) AS s GROUP BY s.n`,
    `SELECT r.k, x.* FROM ${t('t2')} AS r LEFT JOIN LATERAL (SELECT DISTINCT p.b FROM ${t('t1')} AS p WHERE p.a = r.grp) AS x ON true`,
    `SELECT p.id, e.y, e.z FROM ${t('t1')} AS p LEFT JOIN LATERAL (SELECT l.y, l.z FROM ${t('t3')} AS l WHERE l.z > p.d AND (l.x = p.a OR l.y = p.b)) AS e ON true`,
  ]);
}

export function randomProject(seed: number, opts: { citus?: boolean; streams?: number; batches?: number } = {}): RandomProject {
  const d = new Draw(seed);
  const g = new Grammar(d, opts.citus ?? false, new Draw(seed ^ 0x5bd1e995), new Draw(seed ^ 0x27d4eb2f), new Draw(seed ^ 0x165667b1), new Draw(seed ^ 0x3c6ef372), new Draw(seed ^ 0x7f4a7c15), new Draw(seed ^ 0x2545f491));
  // Some queries read views instead of the keyed table or a WITH query over it, drawn apart so
  // that a seed draws the same queries otherwise.
  const viewDraw = new Draw(seed ^ 0x68e31da4);
  const throughViews = (q: string) =>
    !opts.citus && viewDraw.chance(0.3)
      ? q
          .replace(`${t('t1')} AS p`, `${t('t1v')} AS p`)
          .replace(`WITH w AS (SELECT u.d, count(*) AS n FROM ${t('t1')} AS u GROUP BY u.d) SELECT w.d, w.n, l.y FROM w JOIN`, `SELECT w.d, w.n, l.y FROM ${t('t1_by_d')} AS w JOIN`)
      : q;
  // Some are LATERAL subqueries instead, drawn apart too (not on Citus: the keyed table is distributed there).
  const lateralDraw = new Draw(seed ^ 0x1b873593);
  const lateral = (q: string) => (!opts.citus && lateralDraw.chance(0.15) ? lateralQuery(lateralDraw) : q);
  const definitions = [...Array.from({ length: opts.streams ?? 12 }, (_, i) => `CREATE MATERIALIZED VIEW ${t(`s${i}`)} AS ${lateral(throughViews(g.query()))};`), ...LAYERS];
  const nullable = (p: number, v: string) => (d.chance(p) ? 'NULL' : v);
  // Floats are halves, so that every order of addition gives the same sum; now and then a NaN or
  // an infinity, in the float and in the numeric column.
  const special = () => d.pick([`'NaN'`, `'Infinity'`, `'-Infinity'`]);
  // json values that are equal but for spacing are different values.
  const json = () => nullable(0.2, d.pick([`'{"a": ${d.int(0, 3)}}'`, `'{"a":${d.int(0, 3)}}'`, `'[${d.int(0, 2)}]'`]));
  // Hours across a few days, some near midnight in UTC (where other time zones change the date).
  const at = () => nullable(0.15, `timestamptz '2026-01-01 00:00+00' + interval '${d.int(0, 96)} hours ${d.int(0, 59)} minutes'`);
  const t1Row = (id: number) =>
    `(${id}, ${nullable(0.15, String(d.int(0, 9)))}, ${nullable(0.2, `'x${d.int(0, 3)}'`)}, ${d.chance(0.03) ? special() : nullable(0.15, (d.next() * 60).toFixed(2))}, ${d.int(1, 40)}, ${d.chance(0.04) ? special() : nullable(0.15, String(d.int(0, 40) / 2))})`;
  const data = [
    `INSERT INTO ${t('t1')} VALUES ${Array.from({ length: 40 }, (_, i) => t1Row(i + 1)).join(', ')};`,
    `INSERT INTO ${t('t2')} VALUES ${Array.from({ length: 10 }, (_, k) => `(${k}, ${nullable(0.2, `'n${d.int(0, 3)}'`)}, ${nullable(0.2, String(d.int(0, 5)))})`).join(', ')};`,
    `INSERT INTO ${t('t3')} VALUES ${Array.from({ length: 30 }, () => `(${nullable(0.1, String(d.int(0, 12)))}, ${nullable(0.2, `'x${d.int(0, 3)}'`)}, ${nullable(0.1, String(d.int(1, 40)))}, ${json()}, ${at()})`).join(', ')};`,
  ].join('\n');
  let nextId = 1000;
  const statement = (): string => {
    const r = d.next();
    if (r < 0.15) return `INSERT INTO ${t('t1')} VALUES ${t1Row(nextId++)}`;
    if (r < 0.3) return `UPDATE ${t('t1')} SET a = ${nullable(0.2, String(d.int(0, 9)))}, c = c + 1 WHERE id % ${d.int(2, 7)} = ${d.int(0, 1)}`;
    if (r < 0.4) return `DELETE FROM ${t('t1')} WHERE id % ${d.int(3, 9)} = ${d.int(0, 2)}`;
    // The key changes (Citus refuses to change a distribution column: the statement is skipped there).
    if (r < 0.45) return `UPDATE ${t('t1')} SET id = id + 5000 WHERE id % 11 = ${d.int(0, 10)}`;
    if (r < 0.55) return `UPDATE ${t('t2')} SET name = ${nullable(0.3, `'n${d.int(0, 3)}'`)}, grp = ${d.int(0, 5)} WHERE k = ${d.int(0, 12)}`;
    if (r < 0.6) return `DELETE FROM ${t('t2')} WHERE k = ${d.int(0, 12)}`;
    if (r < 0.65) return `INSERT INTO ${t('t2')} VALUES (${d.int(10, 60)}, 'n${d.int(0, 3)}', ${d.int(0, 5)}) ON CONFLICT DO NOTHING`;
    if (r < 0.78) return `INSERT INTO ${t('t3')} SELECT x, y, z, j, at FROM ${t('t3')} WHERE z % ${d.int(2, 5)} = 0 LIMIT ${d.int(1, 4)}`;
    if (r < 0.88) return `DELETE FROM ${t('t3')} WHERE ctid IN (SELECT ctid FROM ${t('t3')} WHERE x = ${d.int(0, 12)} LIMIT ${d.int(1, 3)})`;
    if (r < 0.95) return `UPDATE ${t('t3')} SET z = ${d.int(1, 40)}, y = ${nullable(0.3, `'x${d.int(0, 3)}'`)}, j = ${d.chance(0.5) ? 'j' : json()}, at = ${d.chance(0.5) ? 'at' : at()} WHERE x = ${d.int(0, 12)}`;
    if (r < 0.98) return `UPDATE ${t('t1')} SET d = ${d.int(1, 40)}, b = ${nullable(0.3, `'x${d.int(0, 3)}'`)} WHERE id % 5 = ${d.int(0, 4)}`;
    return `UPDATE ${t('t1')} SET f = ${d.chance(0.5) ? special() : String(d.int(0, 40) / 2)}, c = ${d.chance(0.3) ? special() : 'c'} WHERE id % 7 = ${d.int(0, 6)}`;
  };
  // Drawn apart, so that a seed draws the same project as before when the log is not partitioned.
  const layout = new Draw(seed ^ 0x2545f491);
  const partitioned = !opts.citus && layout.chance(0.4);
  // Writes that name a partition, and changes of partitions that fire no trigger.
  const partitionStatement = (): string[] => {
    const part = layout.pick(['t3_lo', 't3_mid_x1', 't3_mid_rest', 't3_rest']);
    const r = layout.next();
    if (r < 0.4) return [`UPDATE ${t(part)} SET j = ${json()}, at = ${at()}, x = ${nullable(0.1, String(layout.int(0, 12)))} WHERE x = ${layout.int(0, 12)}`];
    if (r < 0.75) return [`DELETE FROM ${t(part)} WHERE x % ${layout.int(2, 4)} = ${layout.int(0, 1)}`];
    if (r < 0.85) return [`TRUNCATE ${t(part)}`];
    if (r < 0.95) {
      // Detached, changed and attached again between two refreshes.
      return [
        `ALTER TABLE ${t('t3')} DETACH PARTITION ${t('t3_lo')}`,
        `INSERT INTO ${t('t3_lo')} VALUES (${layout.int(0, 12)}, 'x${layout.int(0, 3)}', ${layout.int(1, 14)}, NULL, NULL)`,
        `DELETE FROM ${t('t3_lo')} WHERE x = ${layout.int(0, 12)}`,
        `ALTER TABLE ${t('t3')} ATTACH PARTITION ${t('t3_lo')} FOR VALUES FROM (MINVALUE) TO (15)`,
      ];
    }
    return [`ALTER TABLE ${t('t3_mid')} DETACH PARTITION ${t('t3_mid_x1')}`, `ALTER TABLE ${t('t3_mid')} ATTACH PARTITION ${t('t3_mid_x1')} FOR VALUES IN ('x1')`];
  };
  const batches = Array.from({ length: opts.batches ?? 8 }, () => [
    ...Array.from({ length: d.int(1, 6) }, statement),
    ...(partitioned && layout.chance(0.5) ? partitionStatement() : []),
  ]);
  const schema = schemaSql(opts.citus ?? false, partitioned);
  return {
    seed,
    definitions,
    sources: (defs) => ({
      config: { name: 'random', defaults: { schedule: '1m', refreshMode: 'AUTO' as const } },
      schema: [new SourceText('schema/001.sql', schema)],
      streams: [new SourceText('streams/001.sql', defs.join('\n'))],
      data: [new SourceText('data/001.sql', data)],
      changes: [],
    }),
    batches,
  };
}

/** Applies the batches of a random project, refreshing and checking every stream table after each. */
export async function checkRandomProject(client: pg.ClientBase, seed: number, definitions: readonly string[], batches: readonly (readonly string[])[], project: AnalyzedProject): Promise<void> {
  for (const [b, batch] of batches.entries()) {
    for (const statement of batch) {
      try {
        await client.query(statement);
      } catch {
        // A drawn statement may violate a key (or, on Citus, change a distribution column): skipped.
      }
    }
    // Every other batch, refreshed from a session in a time zone 12:45 hours east and another
    // date style: the refresh must compute as the session that created the stream tables.
    if (b % 2 === 1) await client.query(`SET TimeZone = 'Pacific/Chatham'; SET DateStyle = 'SQL, DMY'`);
    await refreshAll(client, project);
    await client.query('RESET TimeZone; RESET DateStyle');
    for (const target of oracleTargets(project)) {
      const r = await checkOracle(client, target);
      if (r.extra.length || r.missing.length) {
        const definition = definitions.find((d) => d.includes(`.${target.name} AS `));
        throw new Error(`seed ${seed}, after batch ${b + 1} (${batch.join('; ')}):\n${definition}\n${formatMismatch(target, r)}`);
      }
    }
  }
}

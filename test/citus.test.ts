/**
 * End to end on a real Citus coordinator, when TRICKLE_CITUS_URL names one (a database with the
 * citus extension, the coordinator in the metadata, and no user tables). Skipped otherwise, with
 * a message: Citus cannot be installed where the tests usually run. Each test drops what it
 * created, so the database is left as it was found.
 */
import fc from 'fast-check';
import pg from 'pg';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../compiler/parser/adapter.js';
import { checkOracle, type OracleTarget } from '../compiler/verify/oracle.js';
import { hasCitus, loadIntoDatabase, oracleTargets, refreshAll, verifyDatabase } from '../compiler/verify/verify.js';
import { analyzeProject } from '../compiler/compile.js';
import { emitProject } from '../compiler/emit/output.js';
import { checkRandomProject, randomProject, SCHEMA_NAME } from './support/random-queries.js';
import { compileFixture } from './support/trickle.js';

const URL = process.env.TRICKLE_CITUS_URL;
if (!URL) console.warn('citus.test.ts: TRICKLE_CITUS_URL is not set; the tests against a real Citus coordinator are skipped');

/** Drops what the fixtures create: their schemas and trickle's. */
async function clean(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`SET client_min_messages = warning`);
    for (const s of ['sales', SCHEMA_NAME, 'pg_trickle_changes', 'pg_trickle']) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  } finally {
    await c.end();
  }
}

describe.skipIf(!URL)('on a real Citus coordinator (TRICKLE_CITUS_URL)', () => {
  beforeAll(async () => {
    await loadParser();
    const c = new pg.Client({ connectionString: URL });
    await c.connect();
    try {
      expect(await hasCitus(c), 'TRICKLE_CITUS_URL must name a database with the citus extension').toBe(true);
    } finally {
      await c.end();
    }
    await clean(URL!);
  });
  afterEach(async () => {
    await clean(URL!);
  });

  it('fixtures/citus: reference, Citus local, distributed and plain tables; every step equals the query', async () => {
    const f = await compileFixture('fixtures/citus');
    const log: string[] = [];
    const report = await verifyDatabase(URL!, { project: f.project, files: f.files, data: f.sources.data, changes: f.sources.changes }, (l) => log.push(l));
    expect(report.ok, log.join('\n')).toBe(true);
    // Each change of a reference table is captured once, not once per copy, and each change of the
    // distributed table once, on its worker (the oracle would fail otherwise). A step that changes
    // only the distributed table, deleting a row, leaves seven FULL refreshes: the MAX with and the
    // MIN/MAX without GROUP BY and the floating-point SUM over it, and the stream tables that AUTO refreshes in full (an IN, an
    // aggregate subquery, a window and ORDER BY ... LIMIT over it; joins, a scalar subquery and IN over reference
    // tables, a VALUES list joined with it, a function per row of it, its whole rows and a view
    // of it are differential).
    const ordersOnly = log.find((l) => l.includes('002_orders_only.sql'));
    expect(ordersOnly, log.join('\n')).toContain('(15 DIFFERENTIAL, 7 FULL, 14 NOOP)');
    // The distributed partitioned table is captured by row-level triggers on its partitions' shards.
    for (const name of ['visits_per_customer', 'busy_visit_regions']) expect(f.project.streams.find((s) => s.name.name === name)?.mode).toBe('DIFFERENTIAL');
  });

  it('writers of reference and distributed tables held open across refreshes are seen by the next refresh, once', async () => {
    const f = await compileFixture('fixtures/citus');
    const setup = new pg.Client({ connectionString: URL });
    const writer = new pg.Client({ connectionString: URL });
    await setup.connect();
    await writer.connect();
    try {
      setup.on('notice', () => undefined);
      await loadIntoDatabase(setup, { project: f.project, files: f.files, data: f.sources.data });
      const targets: OracleTarget[] = oracleTargets(f.project).filter((t) =>
        ['customers_per_region', 'noted_customers', 'orders_per_status', 'large_orders', 'order_statuses', 'paid_orders', 'orders_per_region'].includes(t.name),
      );
      const refresh = async () => {
        for (const t of targets) await setup.query(`CALL pg_trickle.refresh($1)`, [`sales.${t.name}`]);
      };
      await writer.query('BEGIN');
      await writer.query(`INSERT INTO sales.customers (id, name, region) VALUES (7, 'Gus', 'n')`);
      await writer.query(`UPDATE sales.customers SET region = 'e' WHERE id = 4`);
      // On the distributed table too: the writer's rows on both workers, under their own xids.
      await writer.query(`INSERT INTO sales.orders (id, customer_id, amount, status) SELECT g, g % 7, g, 'held' FROM generate_series(300, 340) AS g`);
      await writer.query(`UPDATE sales.orders SET amount = amount + 1 WHERE customer_id = 1`);
      await refresh();
      // Another writer commits while the first is still open.
      await setup.query(`INSERT INTO sales.orders (id, customer_id, amount, status) VALUES (400, 2, 1, 'quick'), (401, 5, 2, 'quick')`);
      await refresh();
      for (const t of targets.filter((x) => x.name !== 'customers_per_region' && x.name !== 'noted_customers')) {
        const r = await checkOracle(setup, t);
        expect({ target: t.name, extra: r.extra, missing: r.missing }).toEqual({ target: t.name, extra: [], missing: [] });
      }
      await writer.query('COMMIT');
      await refresh();
      for (const t of targets) {
        const r = await checkOracle(setup, t);
        expect({ target: t.name, extra: r.extra, missing: r.missing }).toEqual({ target: t.name, extra: [], missing: [] });
      }
      const { rows } = await setup.query(`SELECT customers FROM sales.customers_per_region WHERE code = 'n'`);
      expect(Number(rows[0].customers)).toBe(2);
    } finally {
      await writer.end();
      await setup.end();
    }
  });

  it('a full refresh inside a transaction that wrote a distributed source consumes those writes once, and not those it writes after', async () => {
    const f = await compileFixture('fixtures/citus');
    const c = new pg.Client({ connectionString: URL });
    await c.connect();
    try {
      c.on('notice', () => undefined);
      await loadIntoDatabase(c, { project: f.project, files: f.files, data: f.sources.data });
      // The full refresh reads the transaction's own rows through Citus; the nodes' snapshots,
      // taken by other sessions, hold its worker transactions in progress: their changes must
      // count as consumed, or the next refresh applies them again.
      await c.query('BEGIN');
      await c.query(`UPDATE sales.orders SET amount = amount + 1`);
      await c.query(`INSERT INTO sales.orders (id, customer_id, amount, status) SELECT g, g % 7, g, 'own' FROM generate_series(500, 530) AS g`);
      for (const st of f.project.streams) await c.query(`CALL pg_trickle.refresh($1, full => true)`, [`${st.name.schema}.${st.name.name}`]);
      // Regression: writes after the full refresh, on the same nodes, carry the transaction ids
      // its frontier held as consumed: they were never applied.
      await c.query(`DELETE FROM sales.orders WHERE id BETWEEN 500 AND 510`);
      await c.query(`INSERT INTO sales.orders (id, customer_id, amount, status) SELECT g, g % 7, g, 'later' FROM generate_series(540, 560) AS g`);
      await c.query(`UPDATE sales.orders SET amount = amount + 1 WHERE id % 3 = 0`);
      await c.query('COMMIT');
      await refreshAll(c, f.project);
      for (const t of oracleTargets(f.project)) {
        const r = await checkOracle(c, t);
        expect({ target: t.name, extra: r.extra, missing: r.missing }).toEqual({ target: t.name, extra: [], missing: [] });
      }
    } finally {
      await c.end();
    }
  });

  // Random DML on the distributed, reference, Citus local and plain tables of fixtures/citus, in
  // autocommit, in one transaction, or in a transaction held open on a second connection across a
  // refresh; after every step every stream table must equal its query.
  it('random changes, concurrent writers included: every stream table equals its query after every refresh', async () => {
    const f = await compileFixture('fixtures/citus');
    const main = new pg.Client({ connectionString: URL });
    const other = new pg.Client({ connectionString: URL });
    await main.connect();
    await other.connect();
    main.on('notice', () => undefined);
    other.on('notice', () => undefined);
    try {
      await loadIntoDatabase(main, { project: f.project, files: f.files, data: f.sources.data });
      const seed = f.sources.data.map((d) => d.text).join('\n');
      const targets = oracleTargets(f.project);
      const money = fc.option(fc.integer({ min: 0, max: 9999 }).map((c) => (c / 100).toFixed(2)), { nil: null });
      const sqlOf = (v: string | null) => (v === null ? 'NULL' : `'${v}'`);
      const statement = fc.oneof(
        fc.tuple(fc.integer({ min: 1000, max: 1040 }), fc.integer({ min: 1, max: 8 }), money, fc.constantFrom('open', 'paid', 'void')).map(
          ([id, c, a, st]) => `INSERT INTO sales.orders (id, customer_id, amount, status) VALUES (${id}, ${c}, ${sqlOf(a)}, '${st}') ON CONFLICT DO NOTHING`,
        ),
        fc.tuple(fc.integer({ min: 0, max: 6 }), money, fc.constantFrom('open', 'paid', 'void')).map(
          ([k, a, st]) => `UPDATE sales.orders SET amount = ${sqlOf(a)}, status = '${st}' WHERE id % 7 = ${k}`,
        ),
        fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 8 })).map(([k, c]) => `DELETE FROM sales.orders WHERE id % 5 = ${k} AND customer_id = ${c}`),
        fc.tuple(fc.integer({ min: 1, max: 8 }), fc.constantFrom('n', 's', 'e', null)).map(
          ([id, r]) => `INSERT INTO sales.customers (id, name, region) VALUES (${id}, 'c${id}', ${sqlOf(r)}) ON CONFLICT (id) DO UPDATE SET region = EXCLUDED.region`,
        ),
        fc.integer({ min: 1, max: 8 }).map((id) => `DELETE FROM sales.customers WHERE id = ${id}`),
        fc.tuple(fc.constantFrom('n', 's', 'e'), fc.constantFrom('North', 'South', 'X')).map(([c, n]) => `UPDATE sales.regions SET "Name" = '${n}' WHERE code = '${c}'`),
        fc.tuple(fc.integer({ min: 1, max: 8 }), fc.constantFrom('vip', null)).map(([c, n]) => `INSERT INTO sales.notes (customer_id, note) VALUES (${c}, ${sqlOf(n)})`),
        fc.integer({ min: 1, max: 8 }).map((c) => `DELETE FROM sales.notes WHERE customer_id = ${c}`),
        // The distributed partitioned table: rows in either half of 2026, moved across the halves.
        fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 364 }), fc.option(fc.integer({ min: 0, max: 5 }), { nil: null })).map(
          ([c, d, p]) => `INSERT INTO sales.visits (customer_id, day, pages) VALUES (${c}, date '2026-01-01' + ${d}, ${p === null ? 'NULL' : p})`,
        ),
        fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: -200, max: 200 })).map(
          ([c, by]) => `UPDATE sales.visits SET day = greatest(date '2026-01-01', least(date '2026-12-31', day + ${by})), pages = pages + 1 WHERE customer_id = ${c}`,
        ),
        fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 8 })).map(([p, c]) => `DELETE FROM sales.visits WHERE pages = ${p} OR customer_id = ${c}`),
        fc.tuple(fc.constantFrom('n', 's', 'e'), fc.option(fc.integer({ min: 1, max: 3 }), { nil: null })).map(
          ([r, g]) => `INSERT INTO sales.targets (region, goal) VALUES ('${r}', ${g === null ? 'NULL' : g * 50})`,
        ),
      );
      const step = fc.record({ statements: fc.array(statement, { minLength: 1, maxLength: 4 }), mode: fc.constantFrom('autocommit', 'transaction', 'held-open') });
      const reset = [
        'DELETE FROM sales.orders',
        'DELETE FROM sales.visits',
        'DELETE FROM sales.customers',
        'DELETE FROM sales.regions',
        'DELETE FROM sales.targets',
        'DELETE FROM sales.notes',
      ];
      const check = async (label: string) => {
        for (const t of targets) {
          const r = await checkOracle(main, t);
          expect({ at: label, target: t.name, extra: r.extra, missing: r.missing }).toEqual({ at: label, target: t.name, extra: [], missing: [] });
        }
      };
      const runs = Number(process.env.TRICKLE_CITUS_PROPERTY_RUNS ?? 15);
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 5 }), async (steps) => {
          for (const r of reset) await main.query(r);
          for (const stmt of seed.split(';').map((x) => x.trim()).filter(Boolean)) await main.query(stmt);
          await refreshAll(main, f.project);
          for (const [i, s] of steps.entries()) {
            if (s.mode === 'held-open') {
              await other.query('BEGIN');
              for (const q of s.statements) await other.query(q);
              await refreshAll(main, f.project);
              await check(`step ${i}, writer open`);
              await other.query('COMMIT');
            } else {
              if (s.mode === 'transaction') await main.query('BEGIN');
              for (const q of s.statements) await main.query(q);
              if (s.mode === 'transaction') await main.query('COMMIT');
            }
            await refreshAll(main, f.project);
            await check(`step ${i}`);
          }
        }),
        { numRuns: runs, seed: Number(process.env.TRICKLE_CITUS_PROPERTY_SEED ?? 4242) },
      );
    } finally {
      await other.end();
      await main.end();
    }
  }, 600_000);

  // Writes issued on a worker (Citus 11+ lets workers run distributed statements): a reference
  // table's change reaches the coordinator's copy in a transaction of the coordinator, and a
  // distributed table's change is captured on the worker that stores the row. Skipped when the
  // worker, as named in pg_dist_node, cannot be reached from here with the same credentials.
  it('writes issued on a worker are captured once', async () => {
    const f = await compileFixture('fixtures/citus');
    const main = new pg.Client({ connectionString: URL });
    await main.connect();
    main.on('notice', () => undefined);
    let worker: pg.Client | undefined;
    try {
      await loadIntoDatabase(main, { project: f.project, files: f.files, data: f.sources.data });
      const { rows } = await main.query(`SELECT nodename, nodeport FROM pg_dist_node WHERE groupid <> 0 AND noderole = 'primary' AND isactive ORDER BY nodeid LIMIT 1`);
      if (!rows.length) return;
      const url = new globalThis.URL(URL!);
      url.hostname = rows[0].nodename;
      url.port = String(rows[0].nodeport);
      try {
        worker = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 5000 });
        await worker.connect();
      } catch (e) {
        console.warn(`citus.test.ts: worker ${rows[0].nodename}:${rows[0].nodeport} unreachable (${(e as Error).message}); skipping the writes from a worker`);
        worker = undefined;
        return;
      }
      await worker.query(`INSERT INTO sales.customers (id, name, region) VALUES (42, 'From a worker', 'n')`);
      await worker.query(`INSERT INTO sales.orders (id, customer_id, amount, status) VALUES (4242, 42, 9, 'paid'), (4243, 3, 1, 'open')`);
      await worker.query(`UPDATE sales.orders SET amount = 2 WHERE id = 101`);
      // The distributed partitioned table too: a new row, and one moved to the other partition.
      await worker.query(`INSERT INTO sales.visits (customer_id, day, pages) VALUES (42, '2026-05-05', 6)`);
      await worker.query(`UPDATE sales.visits SET day = '2026-10-10', pages = 8 WHERE customer_id = 1`);
      await refreshAll(main, f.project);
      for (const t of oracleTargets(f.project)) {
        const r = await checkOracle(main, t);
        expect({ target: t.name, extra: r.extra, missing: r.missing }).toEqual({ target: t.name, extra: [], missing: [] });
      }
    } finally {
      await worker?.end();
      await main.end();
    }
  });

  // The random projects of random-queries.test.ts with the keyed table distributed, the dimension a
  // reference table and the log a Citus local table. A definition Citus could not run at all is a
  // compile error in every mode (checkCitusCanRun): it is left out.
  it('random queries over distributed, reference and Citus local tables: each equals its query after every batch', async () => {
    const runs = Number(process.env.TRICKLE_CITUS_QUERY_RUNS ?? 6);
    for (let i = 0; i < runs; i++) {
      const seed = Number(process.env.TRICKLE_QUERY_SEED ?? 20261206) + i;
      const r = randomProject(seed, { citus: true });
      const kept: string[] = [];
      for (const d of r.definitions) {
        try {
          analyzeProject(r.sources([...kept, d]));
          kept.push(d);
        } catch (e) {
          if (!/cannot run on Citus/.test((e as Error).message)) throw new Error(`seed ${seed}: ${(e as Error).message}\n${d}`);
        }
      }
      const sources = r.sources(kept);
      const project = analyzeProject(sources);
      await clean(URL!);
      const client = new pg.Client({ connectionString: URL });
      await client.connect();
      client.on('notice', () => undefined);
      try {
        await loadIntoDatabase(client, { project, files: emitProject(project), data: sources.data }, true);
        await checkRandomProject(client, seed, kept, r.batches, project);
      } finally {
        await client.end();
      }
    }
  }, 900_000);
});

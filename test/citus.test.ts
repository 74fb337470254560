/**
 * End to end on a real Citus coordinator, when TRICKLE_CITUS_URL names one (a database with the
 * citus extension, the coordinator in the metadata, and no user tables). Skipped otherwise, with
 * a message: Citus cannot be installed where the tests usually run. Each test drops what it
 * created, so the database is left as it was found.
 */
import pg from 'pg';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../compiler/parser/adapter.js';
import { checkOracle, type OracleTarget } from '../compiler/verify/oracle.js';
import { hasCitus, loadIntoDatabase, oracleTargets, verifyDatabase } from '../compiler/verify/verify.js';
import { compileFixture } from './support/trickle.js';

const URL = process.env.TRICKLE_CITUS_URL;
if (!URL) console.warn('citus.test.ts: TRICKLE_CITUS_URL is not set; the tests against a real Citus coordinator are skipped');

/** Drops what the fixtures create: their schemas and trickle's. */
async function clean(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`SET client_min_messages = warning`);
    for (const s of ['sales', 'pg_trickle_changes', 'pg_trickle']) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
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
    // Everything but a join with the distributed table and a MAX over it is maintained
    // differentially; each change of a reference table is captured once, not once per copy, and
    // each change of the distributed table once, on its worker (the counts would differ otherwise).
    expect(log.slice(1, 4).every((l) => l.includes('7 DIFFERENTIAL, 2 FULL')), log.join('\n')).toBe(true);
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
        ['customers_per_region', 'noted_customers', 'orders_per_status', 'large_orders', 'order_statuses'].includes(t.name),
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
});

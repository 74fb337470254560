/**
 * The Citus code paths of fixtures/citus on plain PostgreSQL, where its Citus calls are skipped:
 * a "distributed" table is then a local table, but its capture, the pulled changes, the frontier
 * by node (group 0) and the guard of a join with it run as they do on a cluster. These tests
 * force what a cluster makes rare.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTempDatabase, type PgServer } from '../compiler/db/servers.js';
import { refreshAll } from '../compiler/verify/verify.js';
import { pgServers } from './support/servers.js';
import { compileFixture, connect, expectOracle, loadFixture } from './support/trickle.js';

const entry = pgServers()[0]!;

describe.skipIf(entry.skipReason !== undefined)(`Citus code paths on ${entry.label}`, () => {
  let server: PgServer | undefined;
  beforeAll(async () => {
    server = await entry.start();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('a change of the table joined with a distributed one, committed while the delta statement waits, makes the refresh recompute', async () => {
    const f = await compileFixture('fixtures/citus');
    await withTempDatabase(server!, async (url) => {
      const [a, b, c] = [await connect(url), await connect(url), await connect(url)];
      try {
        await loadFixture(a, f);
        await a.query(`INSERT INTO sales.orders (id, customer_id, amount, status) VALUES (500, 2, 10, 'paid')`);
        // The delta statement plans against the storage: hold it there, past the test before it.
        await b.query('BEGIN');
        await b.query('LOCK TABLE sales.orders_per_region IN ACCESS EXCLUSIVE MODE');
        const refresh = a.query(`CALL pg_trickle.refresh('sales.orders_per_region')`);
        // Wait until the refresh is blocked on the lock.
        for (let i = 0; i < 200; i++) {
          const { rows } = await c.query(`SELECT count(*)::int AS n FROM pg_locks WHERE relation = 'sales.orders_per_region'::regclass AND NOT granted`);
          if (rows[0].n > 0) break;
          await new Promise((r) => setTimeout(r, 25));
        }
        await c.query(`UPDATE sales.customers SET region = 'e' WHERE id = 2`);
        await b.query('COMMIT');
        await refresh;
        const { rows } = await a.query(`SELECT last_refresh_kind, last_refresh_reason FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.orders_per_region'`);
        expect(rows[0]).toEqual({ last_refresh_kind: 'FULL', last_refresh_reason: 'a table joined with a distributed table changed during the refresh' });
        await refreshAll(a, f.project);
        await expectOracle(a, f.project, 'after the recomputation');
        // And differential again when only the distributed table changes.
        await a.query(`INSERT INTO sales.orders (id, customer_id, amount, status) VALUES (501, 2, 5, 'paid')`);
        await refreshAll(a, f.project);
        const again = await a.query(`SELECT last_refresh_kind FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.orders_per_region'`);
        expect(again.rows[0].last_refresh_kind).toBe('DIFFERENTIAL');
        await expectOracle(a, f.project, 'after the differential refresh');
      } finally {
        await Promise.all([a.end(), b.end(), c.end()]);
      }
    });
  });

  it('a writer of a distributed table held open across refreshes is consumed once, by the refresh after its commit', async () => {
    const f = await compileFixture('fixtures/citus');
    await withTempDatabase(server!, async (url) => {
      const [a, w] = [await connect(url), await connect(url)];
      try {
        await loadFixture(a, f);
        await w.query('BEGIN');
        await w.query(`INSERT INTO sales.orders (id, customer_id, amount, status) SELECT g, g % 5, g, 'held' FROM generate_series(600, 620) AS g`);
        await w.query(`UPDATE sales.orders SET amount = 1 WHERE id = 101`);
        await a.query(`INSERT INTO sales.orders (id, customer_id, amount, status) VALUES (700, 1, 7, 'paid')`);
        await refreshAll(a, f.project);
        await expectOracle(a, f.project, 'writer still open');
        await w.query('COMMIT');
        await refreshAll(a, f.project);
        await expectOracle(a, f.project, 'after its commit');
        await refreshAll(a, f.project);
        await expectOracle(a, f.project, 'once more, with nothing new');
        // Every reader consumed everything: the buffer of the distributed table is empty.
        const { rows } = await a.query(`SELECT buffer_schema, buffer_table FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.orders'`);
        const left = await a.query(`SELECT count(*)::int AS n FROM ${rows[0].buffer_schema}.${rows[0].buffer_table}`);
        expect(left.rows[0].n).toBe(0);
      } finally {
        await Promise.all([a.end(), w.end()]);
      }
    });
  });

  it('MAX over a distributed table: differential while rows are only inserted, recomputed when one is deleted', async () => {
    const f = await compileFixture('fixtures/citus');
    await withTempDatabase(server!, async (url) => {
      const a = await connect(url);
      const kind = async () =>
        (await a.query(`SELECT last_refresh_kind AS k, last_refresh_reason AS r FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.revenue_per_customer'`)).rows[0];
      try {
        await loadFixture(a, f);
        await a.query(`INSERT INTO sales.orders (id, customer_id, amount, status) VALUES (800, 1, 1000, 'paid'), (801, 9, 1, 'open')`);
        await refreshAll(a, f.project);
        expect(await kind()).toEqual({ k: 'DIFFERENTIAL', r: null });
        await expectOracle(a, f.project, 'after inserts');
        // Delete the new maximum of customer 1: its group must fall back to the previous one.
        await a.query(`DELETE FROM sales.orders WHERE id = 800`);
        await refreshAll(a, f.project);
        expect(await kind()).toEqual({ k: 'FULL', r: 'rows of a distributed table under MIN or MAX were deleted or updated' });
        await expectOracle(a, f.project, 'after the deletion');
      } finally {
        await a.end();
      }
    });
  });
});

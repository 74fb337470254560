/**
 * `trickle adopt`: an OID-named install, with changes still buffered, is
 * taken over by a migration that renames every object to its stable-hash
 * name, re-keys the frontiers and rebuilds the trigger functions; the next
 * refresh applies every buffered change differentially.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, withTempDatabase, type PgServer } from '../compiler/db/servers.js';
import { stableHash } from '../compiler/diff/context.js';
import { ident } from '../compiler/sql/quote.js';
import { refreshAll, runScript } from '../compiler/verify/verify.js';
import { runCli } from './support/cli.js';
import { LEGACYIZE_SQL } from './support/legacy.js';
import { compileFixture, connect, expectOracle, loadFixture } from './support/trickle.js';

let server: PgServer;
beforeAll(async () => {
  server = await startEmbeddedPostgres();
});
afterAll(async () => {
  await server?.stop();
});

describe('trickle adopt', () => {
  it('takes over an OID-named install without losing a buffered change', async () => {
    const f = await compileFixture('fixtures/shop');
    await withTempDatabase(server, async (url) => {
      const db = await connect(url);
      try {
        await loadFixture(db, f);
        await db.query(`UPDATE orders SET status = 'paid' WHERE id = 100`);
        await refreshAll(db, f.project);
        await expectOracle(db, f.project, 'before');

        await db.query(LEGACYIZE_SQL);
        const legacyNames = async () =>
          (
            await db.query(
              `SELECT relname::text AS name FROM pg_class WHERE relname ~ '^changes_[0-9]+$' OR relname ~ '^idx_changes_[0-9]+_[a-z]+$'
               UNION ALL SELECT tgname::text FROM pg_trigger WHERE tgname ~ '^pg_trickle_cdc(_truncate)?_[0-9]+$'
               UNION ALL SELECT proname::text FROM pg_proc WHERE proname ~ '^pg_trickle_cdc(_truncate)?_fn_[0-9]+$' ORDER BY 1`,
            )
          ).rows.map((r) => r.name as string);
        expect((await legacyNames()).length).toBeGreaterThan(10);

        // Changes captured by the OID-named triggers and not refreshed yet.
        await db.query(`INSERT INTO orders VALUES (200, 4, 'open', '2026-03-01'), (201, 1, 'paid', '2026-03-02')`);
        await db.query(`INSERT INTO order_lines VALUES (200, 'A1', 7, NULL), (201, 'B2', 1, 0.5), (201, 'B2', 1, 0.5)`);
        await db.query(`UPDATE customers SET region = 'east' WHERE id = 2`);
        await db.query(`DELETE FROM order_lines WHERE order_id = 102`);
        const buffered = async (pattern: string) =>
          Number(
            (
              await db.query(
                `SELECT coalesce(sum((xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM pg_trickle_changes.%I', c.relname), false, true, '')))[1]::text::int), 0) AS n
                   FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = 'pg_trickle_changes' AND c.relkind = 'r' AND c.relname ~ $1`,
                [pattern],
              )
            ).rows[0].n,
          );
        const before = await buffered('^changes_[0-9]+$');
        expect(before).toBeGreaterThanOrEqual(8);

        const out = mkdtempSync(join(tmpdir(), 'trickle-adopt-'));
        const adopted = await runCli(['adopt', 'fixtures/shop', '--database-url', url, '--out', out]);
        expect(adopted.code, adopted.stderr).toBe(0);
        expect(adopted.stdout).toMatch(/kept with their rows and buffered changes: .*public\.customer_revenue/);
        const migration = readFileSync(join(out, '0001_adopt.sql'), 'utf8');
        await runScript(db, migration, '0001_adopt.sql');

        // Every object now has its stable-hash name; the buffered changes are all there, in unlogged buffers.
        const logged = await db.query(`SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'pg_trickle_changes' AND c.relkind = 'r' AND c.relpersistence <> 'u'`);
        expect(logged.rows).toEqual([]);
        expect(await legacyNames()).toEqual([]);
        expect(await buffered('^changes_[0-9a-f]{16}$')).toBe(before);
        const orders = stableHash('public.orders');
        const names = (await db.query(`SELECT tgname::text AS n FROM pg_trigger WHERE tgrelid = 'public.orders'::regclass AND NOT tgisinternal ORDER BY 1`)).rows.map((r) => r.n);
        expect(names).toEqual(['del', 'ins', 'trunc', 'upd'].map((op) => `pg_trickle_cdc_${op}_${orders}`));
        const tracking = await db.query(`SELECT source_stable_name, buffer_table, source_placement FROM pg_trickle.pgt_change_tracking ORDER BY 1`);
        expect(tracking.rows.map((r) => r.source_stable_name)).toContain('public.orders');
        for (const r of tracking.rows) {
          expect(r.buffer_table).toBe(`changes_${stableHash(r.source_stable_name)}`);
          expect(r.source_placement).toBe('local');
        }
        const frontiers = await db.query(`SELECT stable_name, st_placement, frontier IS NOT NULL AS has, frontier_by_source FROM pg_trickle.pgt_stream_tables ORDER BY 1`);
        for (const r of frontiers.rows) {
          expect(r.has, r.stable_name).toBe(true);
          expect(r.st_placement).toBe('local');
          for (const key of Object.keys(r.frontier_by_source)) expect(key).toMatch(/^public\.[a-z_]+$/);
        }

        // The next refresh applies the buffered changes differentially.
        const kinds = await refreshAll(db, f.project);
        expect(kinds.filter((k) => k === 'FULL')).toEqual([]);
        await expectOracle(db, f.project, 'after adopting');
        expect(await buffered('^changes_[0-9a-f]{16}$')).toBe(0);

        await db.query(`UPDATE order_lines SET quantity = quantity + 1 WHERE order_id = 200`);
        await db.query(`DELETE FROM customers WHERE id = 3`);
        await refreshAll(db, f.project);
        await expectOracle(db, f.project, 'later');

        // The adopted folder is the start of an ordinary history.
        const check = await runCli(['compile', 'fixtures/shop', '--out', out, '--check']);
        expect(check.code, check.stdout + check.stderr).toBe(0);
      } finally {
        await db.end();
      }
    });
  });

  it('moves a buffered TRUNCATE marker out of the buffer: the readers of that source recompute', async () => {
    const f = await compileFixture('fixtures/shop');
    await withTempDatabase(server, async (url) => {
      const db = await connect(url);
      try {
        await loadFixture(db, f);
        await db.query(LEGACYIZE_SQL);
        // Captured by the OID-named truncate trigger as a 'T' row of the buffer, then more changes.
        await db.query(`TRUNCATE order_lines`);
        await db.query(`INSERT INTO order_lines VALUES (100, 'A1', 2, NULL)`);
        const out = mkdtempSync(join(tmpdir(), 'trickle-adopt-'));
        const adopted = await runCli(['adopt', 'fixtures/shop', '--database-url', url, '--out', out]);
        expect(adopted.code, adopted.stderr).toBe(0);
        await runScript(db, readFileSync(join(out, '0001_adopt.sql'), 'utf8'), '0001_adopt.sql');
        const markers = await db.query(`SELECT source_stable_name FROM pg_trickle.pgt_truncations`);
        expect(markers.rows.map((r) => r.source_stable_name)).toEqual(['public.order_lines']);
        const lines = `pg_trickle_changes.${ident(`changes_${stableHash('public.order_lines')}`)}`;
        expect(Number((await db.query(`SELECT count(*) AS n FROM ${lines} WHERE __pgt_action = 'T'`)).rows[0].n)).toBe(0);

        await refreshAll(db, f.project);
        const reasons = await db.query(
          `SELECT s.stable_name, s.last_refresh_kind, s.last_refresh_reason FROM pg_trickle.pgt_stream_tables s
             JOIN pg_trickle.pgt_dependencies d ON d.pgt_id = s.pgt_id
            WHERE d.source_stable_name = 'public.order_lines' AND d.consumes_changes`,
        );
        expect(reasons.rows.length).toBeGreaterThan(0);
        for (const r of reasons.rows) expect([r.stable_name, r.last_refresh_kind, r.last_refresh_reason]).toEqual([r.stable_name, 'FULL', 'a source was truncated']);
        await expectOracle(db, f.project, 'after the truncation');
        expect(Number((await db.query(`SELECT count(*) AS n FROM pg_trickle.pgt_truncations`)).rows[0].n)).toBe(0);
      } finally {
        await db.end();
      }
    });
  });

  it('refuses a database without an OID-named install, naming what is missing', async () => {
    await withTempDatabase(server, async (url) => {
      const out = mkdtempSync(join(tmpdir(), 'trickle-adopt-'));
      const r = await runCli(['adopt', 'fixtures/shop', '--database-url', url, '--out', out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/no OID-named install/);
    });
  });
});

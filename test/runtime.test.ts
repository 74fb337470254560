/**
 * Runtime behaviour of the SQL trickle emits, on real PostgreSQL servers, with the shop fixture:
 *
 *  1. long writers across refreshes (frontiers are snapshots, not WAL positions or sequence numbers)
 *  2. refreshes inside writing transactions (frontier_own_xid / frontier_mark)
 *  3. two refreshes of one stream table at once (the catalog row lock; wait => false)
 *  4. a failed refresh changes nothing
 *  5. TRUNCATE of a source
 *  6. change buffers are emptied once every reader has consumed them
 *  7. pg_trickle.stable_hash agrees with the compiler's stableHash
 *  8. pg_trickle.refresh_due: schedules, dependency order, failures
 *  9. the drop scripts
 * 10. the migrations, their down script and the drop scripts run with the real psql client
 * 11. a crash empties the (unlogged) change buffers: the readers notice and recompute
 *
 * Everything runs on an embedded PostgreSQL 18 started once; tests 1-3 also run on the system
 * PostgreSQL 15 when it is installed. Every test gets a fresh database.
 *
 * Some tests reproduce bugs found in the generated SQL (fixed since); the comment above each names the bug.
 * When a bug is fixed, its test starts "failing": turn it into a plain `it`.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { singleScript } from '../compiler/cli/compile-command.js';
import { analyzeProject, type AnalyzedProject } from '../compiler/compile.js';
import { compileHistory } from '../compiler/migrate/history.js';
import { startEmbeddedPostgres, startSystemPostgres15, systemPostgres15Installed, SYSTEM_PG15_BIN, withTempDatabase, type PgServer } from '../compiler/db/servers.js';
import { stableHash } from '../compiler/diff/context.js';
import { emitProject, migrationsToApply } from '../compiler/emit/output.js';
import { dropSql } from '../compiler/emit/project.js';
import { loadParser } from '../compiler/parser/adapter.js';
import { SourceText } from '../compiler/parser/source.js';
import { parseSchedule } from '../compiler/schedule/schedule.js';
import { ident } from '../compiler/sql/quote.js';
import { checkOracle, formatMismatch } from '../compiler/verify/oracle.js';
import { oracleTargets, refreshAll, runScript } from '../compiler/verify/verify.js';
import { migrationSections } from './support/cli.js';
import { compileFixture, expectOracle, loadFixture, type CompiledFixture } from './support/trickle.js';

const SHOP_DIR = fileURLToPath(new URL('../fixtures/shop', import.meta.url));
const PSQL = '/usr/bin/psql';

const CR = 'public.customer_revenue';
const BC = 'public.big_customers';
const BR = 'public.busy_regions';
const OO = 'public.open_orders';
const OLD = 'public.order_line_details';
const OS = 'public.order_stats';
const RS = 'public.region_statuses';
const RT = 'public.revenue_totals';

const LOCK_SKIP_NOTICE = (name: string) => `pg_trickle: refresh of ${name} skipped: another refresh of it is running`;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// The compiled fixture
// ---------------------------------------------------------------------------------------------

let compiled: CompiledFixture | undefined;
const shop = (): CompiledFixture => {
  if (!compiled) throw new Error('the shop fixture is not compiled yet');
  return compiled;
};
const qname = (st: { name: { schema: string; name: string } }) => `${st.name.schema}.${st.name.name}`;
const allStreams = (): string[] => shop().project.streams.map(qname);

const INITIAL = '0001_initial.sql';
const INITIAL_DOWN = '0001_initial.down.sql';
const fileText = (f: CompiledFixture, path: string): string => {
  const file = f.files.find((x) => x.path === path);
  if (!file) throw new Error(`no ${path} among ${f.files.map((x) => x.path).join(', ')}`);
  return file.content;
};
/** The part of the initial migration before `CALL pg_trickle.begin_migration`: the catalog and runtime. */
const catalogScript = (): string => {
  const initial = fileText(shop(), INITIAL);
  const at = initial.indexOf('CALL pg_trickle.begin_migration(');
  expect(at).toBeGreaterThan(0);
  return initial.slice(0, at);
};

beforeAll(async () => {
  compiled = await compileFixture(SHOP_DIR);
  // The names these tests rely on.
  expect(allStreams().sort()).toEqual([BC, BR, CR, OO, OLD, OS, RS, RT].sort());
});

// ---------------------------------------------------------------------------------------------
// Sessions and databases
// ---------------------------------------------------------------------------------------------

type Row = Record<string, unknown>;
interface Notice {
  readonly severity: string | undefined;
  readonly message: string | undefined;
}

interface Session {
  readonly name: string;
  readonly client: pg.Client;
  readonly pid: number;
  readonly notices: Notice[];
  q<R extends Row = Row>(sql: string, params?: unknown[]): Promise<R[]>;
  /** The first column of the first row. */
  one<T = unknown>(sql: string, params?: unknown[]): Promise<T>;
}

async function openSession(url: string, name: string): Promise<Session> {
  const client = new pg.Client({ connectionString: url, application_name: `trickle-runtime-${name}` });
  client.on('error', () => undefined); // the database may be dropped under an idle session
  const notices: Notice[] = [];
  client.on('notice', (n) => notices.push({ severity: n.severity, message: n.message }));
  await client.connect();
  const q = async <R extends Row = Row>(sql: string, params: unknown[] = []): Promise<R[]> => (await client.query(sql, params)).rows as R[];
  const one = async <T = unknown>(sql: string, params: unknown[] = []): Promise<T> => {
    const rows = await q(sql, params);
    if (rows.length === 0) throw new Error(`no row from: ${sql}`);
    return Object.values(rows[0]!)[0] as T;
  };
  const pid = Number(await one('SELECT pg_backend_pid()'));
  return { name, client, pid, notices, q, one };
}

class Db {
  private readonly sessions: Session[] = [];
  constructor(readonly url: string) {}
  async open(name: string): Promise<Session> {
    const s = await openSession(this.url, name);
    this.sessions.push(s);
    return s;
  }
  async close(): Promise<void> {
    await Promise.all(this.sessions.map((s) => Promise.race([s.client.end().catch(() => undefined), sleep(3000)])));
  }
}

/** A fresh database with the shop fixture loaded (schema, data, compiled scripts). */
async function withShop(server: PgServer, fn: (db: Db, main: Session) => Promise<void>, fixture: CompiledFixture = shop()): Promise<void> {
  await withTempDatabase(server, async (url) => {
    const db = new Db(url);
    try {
      const main = await db.open('main');
      await loadFixture(main.client, fixture);
      await fn(db, main);
    } finally {
      await db.close();
    }
  });
}

/** A fresh LATIN1 database (no fixture loaded). */
async function withLatin1Database(server: PgServer, fn: (s: Session) => Promise<void>): Promise<void> {
  const admin = await openSession(server.adminUrl(), 'admin');
  const name = `trickle_latin1_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  try {
    await admin.q(`CREATE DATABASE ${name} ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0`);
    const s = await openSession(server.adminUrl(name), 'latin1');
    try {
      await fn(s);
    } finally {
      await s.client.end();
    }
  } finally {
    await admin.q(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Observations
// ---------------------------------------------------------------------------------------------

/** Refreshes every stream table in dependency order; what each refresh did, by name. */
async function refreshEach(s: Session, project: AnalyzedProject = shop().project): Promise<Record<string, string>> {
  const kinds = await refreshAll(s.client, project);
  return Object.fromEntries(project.streams.map((st, i) => [qname(st), kinds[i]!]));
}

/** Mismatches between stream tables and their queries, as seen by `s`. */
async function oracleProblems(s: Session, names?: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const t of oracleTargets(shop().project)) {
    if (names && !names.includes(`${t.schema}.${t.name}`)) continue;
    const r = await checkOracle(s.client, t);
    if (r.extra.length || r.missing.length) out.push(formatMismatch(t, r));
  }
  return out;
}

async function expectOracleFor(s: Session, names: readonly string[], label: string): Promise<void> {
  const problems = await oracleProblems(s, names);
  if (problems.length) throw new Error(`${label}: ${problems.join('\n')}`);
}

interface CatalogRow {
  name: string;
  refresh_count: number;
  last_refresh_at: string | null;
  last_refresh_kind: string | null;
  last_refresh_reason: string | null;
  last_error: string | null;
  frontier: string | null;
  frontier_own_xid: string | null;
  frontier_mark: string | null;
}

async function catalog(s: Session): Promise<Record<string, CatalogRow>> {
  const rows = await s.q<CatalogRow & Row>(
    `SELECT stable_name AS name, refresh_count::int AS refresh_count, last_refresh_at::text AS last_refresh_at,
            last_refresh_kind, last_refresh_reason, last_error, frontier::text AS frontier,
            frontier_own_xid::text AS frontier_own_xid, frontier_mark::text AS frontier_mark
       FROM pg_trickle.pgt_stream_tables ORDER BY stable_name`,
  );
  return Object.fromEntries(rows.map((r) => [r.name, r]));
}

const bufferOf = (source: string) => `pg_trickle_changes.changes_${stableHash(source)}`;

/** Rows in every change buffer, by source. */
async function bufferCounts(s: Session): Promise<Record<string, number>> {
  const tracked = await s.q<{ source: string; schema: string; tbl: string }>(
    `SELECT source_stable_name AS source, buffer_schema AS schema, buffer_table AS tbl FROM pg_trickle.pgt_change_tracking ORDER BY 1`,
  );
  const out: Record<string, number> = {};
  for (const t of tracked) out[t.source] = Number(await s.one(`SELECT count(*) FROM ${ident(t.schema)}.${ident(t.tbl)}`));
  return out;
}

/** Everything a refresh may touch, as text: stream tables (with ctids), catalog rows, change buffers. */
async function captureState(s: Session): Promise<Record<string, string[]>> {
  const text = async (sql: string) => (await s.q<{ t: string }>(sql)).map((r) => r.t);
  const state: Record<string, string[]> = {};
  for (const n of allStreams()) state[n] = await text(`SELECT x.ctid::text || ' ' || x::text AS t FROM ${n} AS x ORDER BY x.ctid`);
  state['catalog'] = await text(`SELECT x::text AS t FROM pg_trickle.pgt_stream_tables AS x ORDER BY pgt_id`);
  state['dependencies'] = await text(`SELECT x::text AS t FROM pg_trickle.pgt_dependencies AS x ORDER BY 1`);
  state['change_tracking'] = await text(`SELECT x::text AS t FROM pg_trickle.pgt_change_tracking AS x ORDER BY 1`);
  const buffers = await s.q<{ source: string; schema: string; tbl: string }>(
    `SELECT source_stable_name AS source, buffer_schema AS schema, buffer_table AS tbl FROM pg_trickle.pgt_change_tracking ORDER BY 1`,
  );
  for (const b of buffers) {
    state[`buffer ${b.source}`] = await text(`SELECT x.ctid::text || ' ' || x::text AS t FROM ${ident(b.schema)}.${ident(b.tbl)} AS x ORDER BY x.ctid`);
  }
  return state;
}

const ids = async (s: Session, sql: string): Promise<number[]> => (await s.q<{ id: string | number }>(sql)).map((r) => Number(r.id));
const openOrderIds = (s: Session) => ids(s, 'SELECT id FROM public.open_orders ORDER BY id');

/** Polls pg_stat_activity until `pid` waits on a lock; returns what it saw. */
async function waitUntilLockWait(observer: Session, pid: number, timeoutMs = 10_000): Promise<{ wait_event_type: string | null; wait_event: string | null; blockers: number[] }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await observer.q<{ wait_event_type: string | null; wait_event: string | null; blockers: number[] } & Row>(
      `SELECT wait_event_type, wait_event, pg_blocking_pids(pid) AS blockers FROM pg_stat_activity WHERE pid = $1`,
      [pid],
    );
    if (row?.wait_event_type === 'Lock' || Date.now() > deadline) return row ?? { wait_event_type: null, wait_event: null, blockers: [] };
    await sleep(25);
  }
}

/** Resolves to 'pending' when `p` has not settled within `ms`. */
async function settlesWithin<T>(p: Promise<T>, ms: number): Promise<'settled' | 'pending'> {
  let timer: NodeJS.Timeout | undefined;
  const r = await Promise.race([p.then(() => 'settled' as const, () => 'settled' as const), new Promise<'pending'>((res) => (timer = setTimeout(() => res('pending'), ms)))]);
  clearTimeout(timer);
  return r;
}

function deadline<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise<never>((_, rej) => (timer = setTimeout(() => rej(new Error(`${what} did not finish within ${ms} ms`)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

async function errorOf(p: Promise<unknown>): Promise<Error & { where?: string; code?: string }> {
  try {
    await p;
  } catch (e) {
    return e as Error & { where?: string; code?: string };
  }
  throw new Error('expected an error');
}

// ---------------------------------------------------------------------------------------------
// A minimal project, for the change sequence's first value (see test 2, it.fails)
// ---------------------------------------------------------------------------------------------

async function tinyProject(): Promise<CompiledFixture> {
  await loadParser();
  const sources = {
    config: { name: 'tiny', defaults: { schedule: '1m', refreshMode: 'DIFFERENTIAL' as const } },
    schema: [new SourceText('schema/001_t.sql', 'CREATE TABLE t (id integer PRIMARY KEY, v integer NOT NULL);')],
    streams: [new SourceText('streams/001_s.sql', 'CREATE MATERIALIZED VIEW s AS SELECT id, v FROM t;')],
    data: [],
    changes: [],
  };
  const project = analyzeProject(sources);
  return { sources, project, files: emitProject(project) };
}

// ---------------------------------------------------------------------------------------------
// Tests 1-3: concurrency (run on every server)
// ---------------------------------------------------------------------------------------------

function concurrencyTests(getServer: () => PgServer | undefined): void {
  const serverOrSkip = (ctx: { skip: (note?: string) => never }): PgServer => getServer() ?? ctx.skip('server not available');

  describe('1. a long writer across a refresh', () => {
    it('changes of a transaction open during a refresh are consumed after it commits', async (ctx) => {
      await withShop(serverOrSkip(ctx), async (db, b) => {
        const a = await db.open('A');
        const c = await db.open('C');
        await a.q('BEGIN');
        await a.q(`INSERT INTO orders VALUES (200, 4, 'open', '2026-03-01 08:00'), (201, 2, 'pending', '2026-03-02 09:00');
                   INSERT INTO order_lines VALUES (200, 'A1', 4, NULL), (200, 'C3', 7, 0.25), (101, 'B2', 3, NULL);
                   UPDATE order_lines SET quantity = quantity + 10 WHERE order_id = 102;
                   DELETE FROM order_lines WHERE order_id = 103;
                   UPDATE orders SET status = 'paid' WHERE id = 100;`);
        const aXid = await a.one<string>('SELECT pg_current_xact_id()::text');
        const aMaxChange = Number(
          await a.one(`SELECT max(__pgt_change_id) FROM (SELECT __pgt_change_id FROM ${bufferOf('public.orders')} WHERE __pgt_xid = pg_current_xact_id()
                       UNION ALL SELECT __pgt_change_id FROM ${bufferOf('public.order_lines')} WHERE __pgt_xid = pg_current_xact_id()) AS x`),
        );
        // Another writer commits after A wrote, so B's refresh has work and a later sequence number.
        await c.q(`INSERT INTO orders VALUES (300, 3, 'open', '2026-03-05'); INSERT INTO order_lines VALUES (300, 'B2', 5, NULL);`);

        expect(await b.one('SELECT state FROM pg_stat_activity WHERE pid = $1', [a.pid])).toBe('idle in transaction');
        const kinds = await refreshEach(b);
        expect(kinds[CR]).toBe('DIFFERENTIAL');
        expect(kinds[OO]).toBe('DIFFERENTIAL');
        await expectOracle(b.client, shop().project, 'B, while A is open');
        expect(Number(await b.one('SELECT count(*) FROM orders WHERE id IN (200, 201)'))).toBe(0);
        expect(await openOrderIds(b)).toEqual([100, 102, 103, 300]);

        // A sequence- or WAL-position frontier would now count A's changes as consumed.
        const mark = Number((await catalog(b))[CR]!.frontier_mark);
        expect(aMaxChange).toBeLessThan(mark);
        expect(await b.one('SELECT pg_visible_in_snapshot($1::xid8, frontier) FROM pg_trickle.pgt_stream_tables WHERE stable_name = $2', [aXid, CR])).toBe(false);
        // A's change rows survived B's cleanup.
        expect(Number(await a.one(`SELECT count(*) FROM ${bufferOf('public.order_lines')} WHERE __pgt_xid = pg_current_xact_id()`))).toBe(6);

        await a.q('COMMIT');
        const kinds2 = await refreshEach(b);
        expect(kinds2[CR]).toBe('DIFFERENTIAL');
        expect(kinds2[OLD]).toBe('DIFFERENTIAL');
        await expectOracle(b.client, shop().project, 'after A committed');
        expect(await openOrderIds(b)).toEqual([102, 103, 200, 201, 300]);
        expect(await b.q(`SELECT customer_id, lines::int, items::int FROM customer_revenue WHERE customer_id = 4`)).toEqual([{ customer_id: 4, lines: 2, items: 11 }]);
        expect(Object.values(await bufferCounts(b)).every((n) => n === 0)).toBe(true);
      });
    });

    // A full refresh of an aggregate computes its result in one statement (CREATE TABLE AS) and
    // records the frontier in a later one, with the first statement's snapshot.
    it('changes of a transaction open during a full refresh are consumed after it commits', async (ctx) => {
      await withShop(serverOrSkip(ctx), async (db, b) => {
        const a = await db.open('A');
        const c = await db.open('C');
        await a.q('BEGIN');
        await a.q(`INSERT INTO orders VALUES (200, 4, 'open', '2026-03-01 08:00');
                   INSERT INTO order_lines VALUES (200, 'A1', 4, NULL), (101, 'B2', 3, NULL);
                   UPDATE order_lines SET quantity = quantity + 10 WHERE order_id = 102;
                   DELETE FROM order_lines WHERE order_id = 103;`);
        await c.q(`INSERT INTO orders VALUES (300, 3, 'open', '2026-03-05'); INSERT INTO order_lines VALUES (300, 'B2', 5, NULL);`);
        for (const n of allStreams()) await b.q('CALL pg_trickle.refresh($1, full => true)', [n]);
        expect((await catalog(b))[CR]!.last_refresh_kind).toBe('FULL');
        await expectOracle(b.client, shop().project, 'B, while A is open');
        await a.q('COMMIT');
        const kinds = await refreshEach(b);
        expect(kinds[CR]).toBe('DIFFERENTIAL');
        await expectOracle(b.client, shop().project, 'after A committed');
        expect(Object.values(await bufferCounts(b)).every((n) => n === 0)).toBe(true);
      });
    });

    it('a change committed between the two statements of a full refresh is consumed by the next refresh', async (ctx) => {
      await withShop(serverOrSkip(ctx), async (db, b) => {
        const [l, c, obs] = [await db.open('L'), await db.open('C'), await db.open('observer')];
        // The statement after CREATE TEMP TABLE ... AS deletes TRUNCATE markers: it waits for this
        // lock before it takes its snapshot, and C commits meanwhile.
        await l.q('BEGIN; LOCK TABLE pg_trickle.pgt_truncations IN SHARE MODE');
        const refreshing = b.q(`CALL pg_trickle.refresh('public.customer_revenue', full => true)`);
        refreshing.catch(() => undefined);
        const wait = await waitUntilLockWait(obs, b.pid);
        expect(wait.blockers).toContain(l.pid);
        await c.q(`INSERT INTO order_lines VALUES (101, 'C3', 2, NULL); UPDATE products SET price = price + 1 WHERE sku = 'A1';`);
        await l.q('COMMIT');
        await deadline(refreshing, 15_000, 'the held full refresh');
        expect((await catalog(b))[CR]!.last_refresh_kind).toBe('FULL');
        const kinds = await refreshEach(b);
        expect(kinds[CR]).toBe('DIFFERENTIAL');
        await expectOracle(b.client, shop().project, 'after the refresh that followed');
      });
    });

    it('a transaction that wrote before and after the previous refresh', async (ctx) => {
      await withShop(serverOrSkip(ctx), async (db, b) => {
        const a = await db.open('A');
        const c = await db.open('C');
        await a.q('BEGIN');
        await a.q(`INSERT INTO orders VALUES (210, 1, 'open', '2026-03-01'); INSERT INTO order_lines VALUES (210, 'A1', 2, NULL);`);
        await c.q(`UPDATE products SET price = price + 1 WHERE sku = 'B2'`);
        await refreshEach(b);
        await expectOracle(b.client, shop().project, 'refresh 1 (A open, wrote once)');

        await a.q(`INSERT INTO order_lines VALUES (210, 'B2', 9, 0.5);
                   UPDATE orders SET status = 'pending' WHERE id = 210;
                   DELETE FROM order_lines WHERE order_id = 101;`);
        await c.q(`INSERT INTO customers VALUES (6, 'Fay', 'east', false); INSERT INTO orders VALUES (310, 6, 'open', '2026-03-03');`);
        const kinds = await refreshEach(b);
        expect(kinds[OO]).toBe('DIFFERENTIAL');
        await expectOracle(b.client, shop().project, 'refresh 2 (A open, wrote twice)');
        expect(await openOrderIds(b)).toEqual([100, 102, 103, 310]);

        await a.q('COMMIT');
        await refreshEach(b);
        await expectOracle(b.client, shop().project, 'after A committed');
        expect(await b.q(`SELECT id::int, status FROM open_orders WHERE id = 210`)).toEqual([{ id: 210, status: 'PENDING' }]);
        expect(Number(await b.one(`SELECT count(*) FROM order_line_details WHERE order_id = 210`))).toBe(2);
        expect(Number(await b.one(`SELECT count(*) FROM order_line_details WHERE order_id = 101`))).toBe(0);
      });
    });

    it('a REPEATABLE READ writer', async (ctx) => {
      await withShop(serverOrSkip(ctx), async (db, b) => {
        const a = await db.open('A');
        const c = await db.open('C');
        await a.q('BEGIN ISOLATION LEVEL REPEATABLE READ');
        expect(Number(await a.one('SELECT count(*) FROM orders'))).toBe(4); // takes A's snapshot
        await c.q(`INSERT INTO orders VALUES (320, 1, 'open', '2026-03-04'); INSERT INTO order_lines VALUES (320, 'C3', 2, NULL);`);
        await a.q(`INSERT INTO orders VALUES (220, 3, 'open', '2026-03-06'); INSERT INTO order_lines VALUES (220, 'B2', 4, NULL);
                   UPDATE customers SET region = 'west' WHERE id = 3;`);
        expect(Number(await a.one('SELECT count(*) FROM orders WHERE id = 320'))).toBe(0);

        await refreshEach(b);
        await expectOracle(b.client, shop().project, 'B, while the REPEATABLE READ writer is open');
        expect(await openOrderIds(b)).toEqual([100, 102, 103, 320]);

        await a.q('COMMIT');
        await refreshEach(b);
        await expectOracle(b.client, shop().project, 'after the REPEATABLE READ writer committed');
        expect(await openOrderIds(b)).toEqual([100, 102, 103, 220, 320]);
        expect(Number(await b.one(`SELECT count(*) FROM region_statuses WHERE region = 'west'`))).toBe(2);
      });
    });

    it('a refresh in a REPEATABLE READ transaction whose snapshot predates a commit', async (ctx) => {
      await withShop(serverOrSkip(ctx), async (db, b) => {
        const c = await db.open('C');
        await b.q('BEGIN ISOLATION LEVEL REPEATABLE READ');
        await b.q('SELECT count(*) FROM orders');
        await c.q(`INSERT INTO orders VALUES (330, 2, 'open', '2026-03-07'); INSERT INTO order_lines VALUES (330, 'A1', 6, NULL);`);
        await refreshEach(b);
        await expectOracle(b.client, shop().project, 'inside the REPEATABLE READ refresh');
        expect(await openOrderIds(b)).toEqual([100, 102, 103]);
        await b.q('COMMIT');
        const kinds = await refreshEach(b);
        expect(kinds[OO]).toBe('DIFFERENTIAL');
        await expectOracle(b.client, shop().project, 'after');
        expect(await openOrderIds(b)).toEqual([100, 102, 103, 330]);
      });
    });

    it('several writers committing in the opposite order of their start', async (ctx) => {
      await withShop(serverOrSkip(ctx), async (db, b) => {
        const w = [await db.open('W1'), await db.open('W2'), await db.open('W3')];
        const [w1, w2, w3] = w as [Session, Session, Session];
        await w1.q(`BEGIN; INSERT INTO orders VALUES (231, 1, 'open', '2026-03-11'); INSERT INTO order_lines VALUES (231, 'A1', 1, NULL);`);
        await w2.q(`BEGIN; INSERT INTO orders VALUES (232, 2, 'pending', '2026-03-12'); INSERT INTO order_lines VALUES (232, 'B2', 2, NULL);
                    UPDATE order_lines SET quantity = 20 WHERE order_id = 101;`);
        await w3.q(`BEGIN; INSERT INTO orders VALUES (233, 4, 'open', '2026-03-13'); INSERT INTO order_lines VALUES (233, 'C3', 3, NULL);
                    DELETE FROM orders WHERE id = 103;`);
        const xids = await Promise.all(w.map(async (s) => BigInt(await s.one<string>('SELECT pg_current_xact_id()::text'))));
        expect(xids[0]! < xids[1]! && xids[1]! < xids[2]!).toBe(true);

        await refreshEach(b);
        await expectOracle(b.client, shop().project, 'no writer committed');
        await w3.q('COMMIT');
        await refreshEach(b);
        await expectOracle(b.client, shop().project, 'W3 committed');
        expect(await openOrderIds(b)).toEqual([100, 102, 233]);
        await w2.q('COMMIT');
        await refreshEach(b);
        await expectOracle(b.client, shop().project, 'W2 committed');
        expect(await openOrderIds(b)).toEqual([100, 102, 232, 233]);
        await w1.q('COMMIT');
        await refreshEach(b);
        await expectOracle(b.client, shop().project, 'W1 committed');
        expect(await openOrderIds(b)).toEqual([100, 102, 231, 232, 233]);
        expect(Number(await b.one(`SELECT items FROM customer_revenue WHERE customer_id = 1`))).toBe(1 + 2 + 2 + 20 + 1);
        expect(Object.values(await bufferCounts(b)).every((n) => n === 0)).toBe(true);
      });
    });

    it('a writer whose xid is assigned after the refresh took its frontier', async (ctx) => {
      await withShop(serverOrSkip(ctx), async (db, b) => {
        const a = await db.open('A');
        const c = await db.open('C');
        await a.q('BEGIN');
        await a.q('SELECT count(*) FROM orders');
        expect(await a.one('SELECT pg_current_xact_id_if_assigned()')).toBeNull();
        await c.q(`INSERT INTO order_lines VALUES (102, 'C3', 1, NULL); UPDATE orders SET status = 'pending' WHERE id = 102;`);

        await b.q('BEGIN');
        await refreshEach(b);
        const bXid = BigInt(await b.one<string>('SELECT pg_current_xact_id()::text'));
        expect((await catalog(b))[OO]!.frontier_own_xid).toBe(String(bXid));
        await a.q(`INSERT INTO orders VALUES (240, 2, 'open', '2026-03-14'); INSERT INTO order_lines VALUES (240, 'A1', 2, NULL);`);
        const aXid = await a.one<string>('SELECT pg_current_xact_id()::text');
        expect(BigInt(aXid) > bXid).toBe(true);
        await a.q('COMMIT'); // before the refreshing transaction commits
        await b.q('COMMIT');
        expect(await b.one('SELECT pg_visible_in_snapshot($1::xid8, frontier) FROM pg_trickle.pgt_stream_tables WHERE stable_name = $2', [aXid, OO])).toBe(false);

        const kinds = await refreshEach(b);
        expect(kinds[OO]).toBe('DIFFERENTIAL');
        await expectOracle(b.client, shop().project, 'after the late writer');
        expect(await openOrderIds(b)).toEqual([100, 102, 103, 240]);
      });
    });

    it('writers that start while a refresh statement is running (held on a lock)', async (ctx) => {
      await withShop(serverOrSkip(ctx), async (db, b) => {
        const [a, a2, l, obs] = [await db.open('A'), await db.open('A2'), await db.open('L'), await db.open('observer')];
        await obs.q(`INSERT INTO order_lines VALUES (101, 'A1', 1, NULL)`); // work for customer_revenue
        await l.q('BEGIN; LOCK TABLE products IN ACCESS EXCLUSIVE MODE');
        const refreshing = b.q(`CALL pg_trickle.refresh('public.customer_revenue')`);
        refreshing.catch(() => undefined);
        const wait = await waitUntilLockWait(obs, b.pid);
        expect(wait.wait_event_type).toBe('Lock');
        expect(wait.blockers).toContain(l.pid);

        await a.q(`BEGIN; INSERT INTO order_lines VALUES (100, 'C3', 5, NULL);`); // stays open
        await a2.q(`INSERT INTO order_lines VALUES (102, 'B2', 7, 0.5)`); // commits while the refresh waits
        await l.q('ROLLBACK');
        await deadline(refreshing, 15_000, 'the held refresh');
        expect((await catalog(b))[CR]!.last_refresh_kind).toBe('DIFFERENTIAL');
        await refreshEach(b);
        await expectOracle(b.client, shop().project, 'A still open');

        await a.q('COMMIT');
        const kinds = await refreshEach(b);
        expect(kinds[CR]).toBe('DIFFERENTIAL');
        await expectOracle(b.client, shop().project, 'A committed');
        expect(Number(await b.one(`SELECT count(*) FROM order_line_details WHERE order_id = 100 AND title = 'Chisel' AND quantity = 5`))).toBe(1);
      });
    });
  });

  describe('2. a refresh inside a writing transaction', () => {
    it('the oracle holds after every refresh, inside the transaction and after it', async (ctx) => {
      await withShop(serverOrSkip(ctx), async (db, w) => {
        const obs = await db.open('observer');
        await w.q('BEGIN');
        await w.q(`INSERT INTO orders VALUES (400, 1, 'open', '2026-04-01'); INSERT INTO order_lines VALUES (400, 'A1', 2, NULL);`);
        const xid = await w.one<string>('SELECT pg_current_xact_id()::text');
        let kinds = await refreshEach(w);
        expect(kinds[CR]).toBe('DIFFERENTIAL');
        await expectOracle(w.client, shop().project, 'inside, refresh 1');
        expect((await catalog(w))[CR]!.frontier_own_xid).toBe(xid);
        await expectOracle(obs.client, shop().project, 'observer, during the transaction');

        await w.q(`INSERT INTO order_lines VALUES (400, 'B2', 6, 0.10), (101, 'A1', 1, NULL);
                   UPDATE customers SET name = 'Ada L' WHERE id = 1;
                   DELETE FROM order_lines WHERE order_id = 103;`);
        kinds = await refreshEach(w);
        expect(kinds[CR]).toBe('DIFFERENTIAL');
        expect(kinds[BC]).toBe('DIFFERENTIAL');
        await expectOracle(w.client, shop().project, 'inside, refresh 2');

        // Nothing new: the transaction's own changes are not consumed twice.
        kinds = await refreshEach(w);
        expect(Object.values(kinds)).toEqual(allStreams().map(() => 'NOOP'));
        await expectOracle(w.client, shop().project, 'inside, refresh 3');

        await w.q(`UPDATE order_lines SET quantity = 9 WHERE order_id = 400 AND sku = 'A1';
                   UPDATE orders SET status = 'paid' WHERE id = 400;`);
        await w.q('COMMIT');
        kinds = await refreshEach(w);
        expect(kinds[CR]).toBe('DIFFERENTIAL');
        expect(kinds[OO]).toBe('DIFFERENTIAL');
        await expectOracle(w.client, shop().project, 'after the commit');
        expect(await openOrderIds(w)).toEqual([100, 102, 103]);
        expect(await w.q(`SELECT quantity FROM order_line_details WHERE order_id = 400 ORDER BY quantity`)).toEqual([{ quantity: 6 }, { quantity: 9 }]);
        expect(Object.values(await bufferCounts(w)).every((n) => n === 0)).toBe(true);
      });
    });

    for (const how of ['differential', 'full'] as const) {
      it(`BEGIN; refresh (${how}); INSERT; COMMIT; refresh: the insert is not lost`, async (ctx) => {
        await withShop(serverOrSkip(ctx), async (_db, w) => {
          await w.q(`INSERT INTO order_lines VALUES (102, 'B2', 1, NULL)`); // so the refresh below has work
          await w.q('BEGIN');
          if (how === 'full') for (const n of allStreams()) await w.q('CALL pg_trickle.refresh($1, full => true)', [n]);
          else expect((await refreshEach(w))[CR]).toBe('DIFFERENTIAL');
          await w.q(`INSERT INTO orders VALUES (410, 2, 'open', '2026-04-02'); INSERT INTO order_lines VALUES (410, 'C3', 3, NULL);`);
          await w.q('COMMIT');
          const kinds = await refreshEach(w);
          expect(kinds[OO]).toBe('DIFFERENTIAL');
          await expectOracle(w.client, shop().project, 'after');
          expect(await openOrderIds(w)).toContain(410);
        });
      });
    }

    it('a rolled-back refresh, and a refresh rolled back to a savepoint', async (ctx) => {
      await withShop(serverOrSkip(ctx), async (_db, w) => {
        await w.q(`INSERT INTO order_lines VALUES (100, 'C3', 2, NULL)`);
        const before = await captureState(w);
        await w.q(`BEGIN; INSERT INTO orders VALUES (420, 4, 'open', '2026-04-03');`);
        await refreshEach(w);
        await w.q('ROLLBACK');
        expect(await captureState(w)).toEqual(before);

        await w.q(`BEGIN; INSERT INTO orders VALUES (421, 4, 'open', '2026-04-04'); SAVEPOINT s;`);
        await refreshEach(w);
        await w.q('ROLLBACK TO SAVEPOINT s');
        await w.q(`INSERT INTO order_lines VALUES (421, 'A1', 3, NULL)`);
        await refreshEach(w);
        await expectOracle(w.client, shop().project, 'inside, after the savepoint');
        await w.q('SAVEPOINT t');
        await refreshEach(w);
        await w.q(`INSERT INTO order_lines VALUES (421, 'B2', 4, NULL); ROLLBACK TO SAVEPOINT t; INSERT INTO order_lines VALUES (421, 'B2', 5, NULL);`);
        await w.q('COMMIT');
        await refreshEach(w);
        await expectOracle(w.client, shop().project, 'after the commit');
        expect(await w.q(`SELECT quantity FROM order_line_details WHERE order_id = 421 ORDER BY quantity`)).toEqual([{ quantity: 3 }, { quantity: 5 }]);
      });
    });

    // Regression (a bug found by this test, fixed since: frontier_mark on a never-used change sequence): the frontier records
    // `SELECT last_value FROM pg_trickle.pgt_change_seq` as frontier_mark. Before the sequence has handed
    // out any value, last_value is 1 with is_called = false, so the first change row ever written (change
    // id 1) counts as consumed when the same transaction refreshed before writing it: the change is lost.
    // The shop fixture cannot show it (the initial population of customer_revenue feeds its own change
    // buffer), so a one-table project is used.
    it('the first change ever written, after a full refresh in the same transaction, is not lost', async (ctx) => {
      const tiny = await tinyProject();
      await withShop(
        serverOrSkip(ctx),
        async (_db, w) => {
          expect(await w.q('SELECT last_value::int, is_called FROM pg_trickle.pgt_change_seq')).toEqual([{ last_value: 1, is_called: false }]);
          await w.q('BEGIN');
          await w.q(`CALL pg_trickle.refresh('public.s', full => true)`);
          await w.q('INSERT INTO t VALUES (1, 10)');
          await w.q('COMMIT');
          await w.q(`CALL pg_trickle.refresh('public.s')`);
          expect(await w.q('SELECT id, v FROM s')).toEqual([{ id: 1, v: 10 }]);
        },
        tiny,
      );
    });
  });

  describe('3. two refreshes at once', () => {
    it('wait => false skips with a notice; a waiting refresh blocks until the first commits', async (ctx) => {
      await withShop(serverOrSkip(ctx), async (db, obs) => {
        const [a, b, c, d] = [await db.open('A'), await db.open('B'), await db.open('C'), await db.open('D')];
        const count0 = (await catalog(obs))[CR]!.refresh_count;

        // Without contention, wait => false refreshes.
        await d.q(`INSERT INTO order_lines VALUES (102, 'C3', 2, NULL)`);
        await b.q(`CALL pg_trickle.refresh('public.customer_revenue', wait => false)`);
        expect(b.notices.filter((n) => n.message?.includes('skipped'))).toEqual([]);
        expect((await catalog(obs))[CR]).toMatchObject({ refresh_count: count0 + 1, last_refresh_kind: 'DIFFERENTIAL' });

        await d.q(`INSERT INTO order_lines VALUES (102, 'A1', 1, NULL)`);
        await a.q('BEGIN');
        await a.q(`CALL pg_trickle.refresh('public.customer_revenue')`);
        expect((await catalog(a))[CR]!.last_refresh_kind).toBe('DIFFERENTIAL');
        await d.q(`INSERT INTO order_lines VALUES (100, 'A1', 3, 0.1)`); // after A's refresh, before its commit
        const before = await captureState(obs);

        const t0 = Date.now();
        await deadline(b.q(`CALL pg_trickle.refresh('public.customer_revenue', wait => false)`), 5_000, 'refresh with wait => false');
        expect(Date.now() - t0).toBeLessThan(2_000);
        expect(b.notices.map((n) => [n.severity, n.message])).toContainEqual(['NOTICE', LOCK_SKIP_NOTICE(CR)]);
        expect(await captureState(obs)).toEqual(before);
        expect(await captureState(b)).toEqual(before);

        const waiting = c.q(`CALL pg_trickle.refresh('public.customer_revenue')`);
        waiting.catch(() => undefined);
        expect(await settlesWithin(waiting, 500)).toBe('pending');
        const wait = await waitUntilLockWait(obs, c.pid);
        expect(wait.wait_event_type).toBe('Lock');
        expect(wait.blockers).toEqual([a.pid]);
        const locks = await obs.q<{ locktype: string } & Row>('SELECT locktype FROM pg_locks WHERE pid = $1 AND NOT granted', [c.pid]);
        expect(locks.length).toBe(1);
        expect(['transactionid', 'tuple']).toContain(locks[0]!.locktype);
        expect(await captureState(obs)).toEqual(before);

        await a.q('COMMIT');
        await deadline(waiting, 15_000, 'the waiting refresh');
        expect(c.notices.filter((n) => n.message?.includes('skipped'))).toEqual([]);
        const after = (await catalog(obs))[CR]!;
        expect(after.refresh_count).toBe(count0 + 3);
        expect(after.last_refresh_kind).toBe('DIFFERENTIAL'); // D's last insert, on top of A's frontier
        await expectOracleFor(obs, [CR], 'customer_revenue after both refreshes');
        await refreshEach(obs);
        await expectOracle(obs.client, shop().project, 'after');
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL 18 (embedded): every test
// ---------------------------------------------------------------------------------------------

describe('runtime on embedded PostgreSQL 18', () => {
  let server: PgServer | undefined;
  beforeAll(async () => {
    server = await startEmbeddedPostgres();
  });
  afterAll(async () => {
    await server?.stop();
  });
  const srv = (): PgServer => {
    if (!server) throw new Error('embedded PostgreSQL did not start');
    return server;
  };

  concurrencyTests(() => server);

  describe('4. a failed refresh changes nothing', () => {
    interface Cause {
      readonly name: string;
      readonly target: string;
      /** A committed change the target must apply. */
      readonly change: string;
      readonly setup: string;
      readonly teardown: string;
      readonly error: RegExp;
      /** Where the differential refresh fails (the error's context). */
      readonly where?: RegExp;
    }
    const boom = `CREATE FUNCTION public.test_boom() RETURNS trigger LANGUAGE plpgsql AS $$
                  BEGIN RAISE EXCEPTION 'test_boom: % on %', TG_OP, TG_TABLE_NAME; END $$;`;
    const causes: Cause[] = [
      {
        name: 'a CHECK constraint on the storage that the new rows violate',
        target: CR,
        change: `INSERT INTO order_lines VALUES (102, 'B2', 500, NULL)`,
        setup: `ALTER TABLE public.customer_revenue ADD CONSTRAINT test_items_small CHECK (items < 100) NOT VALID`,
        teardown: `ALTER TABLE public.customer_revenue DROP CONSTRAINT test_items_small`,
        error: /test_items_small/,
      },
      {
        name: 'a trigger on a change buffer that raises on DELETE (after the delta was applied and the frontier moved)',
        target: OO,
        change: `INSERT INTO orders VALUES (600, 2, 'open', '2026-05-01'); UPDATE orders SET status = 'paid' WHERE id = 100;`,
        setup: `${boom} CREATE TRIGGER test_boom BEFORE DELETE ON ${bufferOf('public.orders')} FOR EACH STATEMENT EXECUTE FUNCTION public.test_boom();`,
        teardown: `DROP TRIGGER test_boom ON ${bufferOf('public.orders')}`,
        error: /test_boom: DELETE on changes_/,
        where: /DELETE FROM pg_trickle_changes\./,
      },
      {
        // Fired by the delta's MERGE; a RAISE there makes the refresh fall back to a full one
        // (as for a function raising over a row corrected before the refresh), which fails alike.
        name: "a trigger on the stream table's own change buffer that raises on INSERT (its CDC, fired by the MERGE, then by the full refresh)",
        target: CR,
        change: `INSERT INTO order_lines VALUES (101, 'A1', 3, NULL)`,
        setup: `${boom} CREATE TRIGGER test_boom BEFORE INSERT ON ${bufferOf(CR)} FOR EACH STATEMENT EXECUTE FUNCTION public.test_boom();`,
        teardown: `DROP TRIGGER test_boom ON ${bufferOf(CR)}`,
        error: /test_boom: INSERT on changes_/,
        where: /INSERT INTO pg_trickle_changes\./,
      },
      {
        name: 'a renamed source column',
        target: OLD,
        change: `UPDATE order_lines SET quantity = quantity + 1 WHERE order_id = 100`,
        setup: `ALTER TABLE public.products RENAME COLUMN title TO title_renamed`,
        teardown: `ALTER TABLE public.products RENAME COLUMN title_renamed TO title`,
        error: /title/,
      },
    ];

    for (const cause of causes) {
      it(`${cause.target}: ${cause.name}`, async () => {
        await withShop(srv(), async (_db, s) => {
          await s.q(cause.change);
          await s.q(cause.setup);
          const before = await captureState(s);
          expect(before[`buffer public.orders`]!.length + before[`buffer public.order_lines`]!.length).toBeGreaterThan(0);

          const err = await errorOf(s.q('CALL pg_trickle.refresh($1)', [cause.target]));
          expect(err.message).toMatch(cause.error);
          if (cause.where) expect(err.where ?? '').toMatch(cause.where);
          expect(await captureState(s)).toEqual(before);

          const errFull = await errorOf(s.q('CALL pg_trickle.refresh($1, full => true)', [cause.target]));
          expect(errFull.message).toMatch(cause.error);
          expect(await captureState(s)).toEqual(before);

          // In a caller's transaction, a savepoint contains the failure.
          await s.q('BEGIN; SAVEPOINT before_refresh;');
          await errorOf(s.q('CALL pg_trickle.refresh($1)', [cause.target]));
          await s.q('ROLLBACK TO SAVEPOINT before_refresh');
          expect(await captureState(s)).toEqual(before);
          await s.q(cause.teardown);
          await s.q('CALL pg_trickle.refresh($1)', [cause.target]);
          expect((await catalog(s))[cause.target]!.last_refresh_kind).toBe('DIFFERENTIAL');
          await expectOracleFor(s, [cause.target], 'inside the transaction, after removing the cause');
          await s.q('COMMIT');

          await refreshEach(s);
          await expectOracle(s.client, shop().project, 'after removing the cause');
        });
      });
    }
  });

  describe('5. TRUNCATE of a source', () => {
    const readersOf = (source: string) => shop().project.streams.filter((st) => st.sources.some((x) => `${x.name.schema}.${x.name.name}` === source)).map(qname);

    it('recomputes the dependants of a truncated table', async () => {
      await withShop(srv(), async (_db, s) => {
        await s.q('TRUNCATE order_lines');
        const kinds = await refreshEach(s);
        const direct = readersOf('public.order_lines');
        expect(direct.sort()).toEqual([CR, OLD].sort());
        const cat = await catalog(s);
        for (const n of direct) {
          expect(cat[n]!.last_refresh_kind, n).toBe('FULL');
          expect(cat[n]!.last_refresh_reason, n).toMatch(/truncat/);
        }
        for (const n of [OO, OS, BR, RS]) expect(kinds[n], n).toBe('NOOP');
        for (const n of [BC, RT]) expect(kinds[n], n).toBe('DIFFERENTIAL'); // they read customer_revenue's changes
        await expectOracle(s.client, shop().project, 'after TRUNCATE order_lines');
        expect(Number(await s.one('SELECT count(*) FROM customer_revenue'))).toBe(0);
        expect(Object.values(await bufferCounts(s)).every((n) => n === 0)).toBe(true);
      });
    });

    it('TRUNCATE inside a transaction with other DML', async () => {
      await withShop(srv(), async (_db, s) => {
        await s.q(`BEGIN;
                   INSERT INTO order_lines VALUES (100, 'A1', 1, NULL);
                   UPDATE orders SET status = 'paid' WHERE id = 102;
                   TRUNCATE order_lines;
                   INSERT INTO order_lines VALUES (101, 'B2', 3, NULL), (102, 'C3', 8, NULL);
                   DELETE FROM orders WHERE id = 103;
                   UPDATE customers SET name = 'Chen 2' WHERE id = 3;
                   COMMIT;`);
        const kinds = await refreshEach(s);
        expect(kinds[CR]).toBe('FULL');
        expect(kinds[OLD]).toBe('FULL');
        expect(kinds[OO]).toBe('DIFFERENTIAL');
        await expectOracle(s.client, shop().project, 'after the transaction');

        // TRUNCATE, refresh, more DML and refresh in one transaction.
        await s.q('BEGIN; TRUNCATE orders;');
        let k = await refreshEach(s);
        for (const n of readersOf('public.orders')) expect(k[n], n).toBe('FULL');
        await expectOracle(s.client, shop().project, 'inside, after TRUNCATE orders');
        await s.q(`INSERT INTO orders VALUES (101, 1, 'open', '2026-06-01'), (102, 2, 'paid', '2026-06-02')`);
        k = await refreshEach(s);
        for (const n of readersOf('public.orders')) expect(k[n], n).toBe('DIFFERENTIAL');
        await expectOracle(s.client, shop().project, 'inside, after re-inserting');
        await s.q('COMMIT');
        k = await refreshEach(s);
        expect(Object.values(k)).toEqual(allStreams().map(() => 'NOOP'));
        await expectOracle(s.client, shop().project, 'after the commit');
      });
    });

    // Regression (a bug found by this test, fixed since: last_refresh_reason holds garbage): pg_trickle.refresh_stream_table stores
    //   last_refresh_reason = NULLIF(substr(kind, strpos(kind, ':') + 2), '')
    // When the refresh function returns a bare kind ('NOOP', 'DIFFERENTIAL', 'FULL'), strpos is 0, so the
    // reason becomes the kind without its first letter: 'OOP', 'IFFERENTIAL', 'ULL'.
    it('last_refresh_reason is NULL when a refresh gives no reason', async () => {
      await withShop(srv(), async (_db, s) => {
        await s.q(`UPDATE orders SET status = 'paid' WHERE id = 100`);
        const kinds = await refreshEach(s);
        expect(kinds[OO]).toBe('DIFFERENTIAL');
        await s.q(`CALL pg_trickle.refresh('public.order_stats', full => true)`);
        await s.q(`CALL pg_trickle.refresh('public.busy_regions')`); // NOOP
        expect((await catalog(s))[BR]!.last_refresh_kind).toBe('NOOP');
        const reasons = await s.q(`SELECT stable_name, last_refresh_kind, last_refresh_reason FROM pg_trickle.pgt_stream_tables WHERE last_refresh_reason IS NOT NULL`);
        expect(reasons).toEqual([]);
      });
    });
  });

  describe('5b. a large share of a source changed: the refresh recomputes by itself', () => {
    it('recomputes in full, with the reason in the catalog, when the changes exceed full_refresh_ratio; differential again afterwards', async () => {
      await withShop(srv(), async (_db, s) => {
        // 3,000 change rows into order_lines (a dozen rows), then 30 into orders (five rows): over 25 %
        // and at least 1,000 for order_lines only.
        await s.q(`INSERT INTO order_lines SELECT o.id, p.sku, g % 7 + 1, NULL FROM orders AS o, products AS p, generate_series(1, 200) AS g WHERE o.id IN (100, 101) LIMIT 2000;
                   DELETE FROM order_lines WHERE quantity = 3;`);
        const kinds = await refreshEach(s);
        expect(kinds[CR]).toBe('FULL');
        const cat = await catalog(s);
        expect(cat[CR]!.last_refresh_reason).toMatch(/^\d+ changes of public\.order_lines are more than 25\.0% of its rows$/);
        await expectOracle(s.client, shop().project, 'after the large change');
        // Another ratio, set in the catalog, moves the switch point.
        await s.q(`UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 100 WHERE stable_name = $1`, [CR]);
        await s.q(`DELETE FROM order_lines WHERE quantity > 4`);
        expect((await refreshEach(s))[CR]).toBe('DIFFERENTIAL');
        await expectOracle(s.client, shop().project, 'differentially, a large change under a ratio of 100');
        await s.q(`UPDATE order_lines SET quantity = quantity + 1 WHERE order_id = 100 AND sku = 'A1'`);
        expect((await refreshEach(s))[CR]).toBe('DIFFERENTIAL');
        await expectOracle(s.client, shop().project, 'after a small change');
      });
    });
  });

  describe('6. change buffers are emptied', () => {
    it('every buffer is empty after refreshing every stream table', async () => {
      await withShop(srv(), async (_db, s) => {
        for (const ch of shop().sources.changes) {
          await s.q(ch.text);
          const pending = await bufferCounts(s);
          expect(Object.values(pending).some((n) => n > 0), ch.file).toBe(true);
          await refreshEach(s);
          await expectOracle(s.client, shop().project, ch.file);
          expect(await bufferCounts(s), ch.file).toEqual(Object.fromEntries(Object.keys(pending).map((k) => [k, 0])));
        }
      });
    });

    it('a buffer keeps the rows a reader has not consumed yet', async () => {
      await withShop(srv(), async (_db, s) => {
        const readers = async (source: string) =>
          (await s.q<{ n: string }>(`SELECT t.stable_name AS n FROM pg_trickle.pgt_dependencies d JOIN pg_trickle.pgt_stream_tables t USING (pgt_id)
                                     WHERE d.source_stable_name = $1 AND d.consumes_changes ORDER BY 1`, [source])).map((r) => r.n);
        expect(await readers('public.products')).toEqual([CR, OLD]);
        expect(await readers(CR)).toEqual([BC, RT]);

        await s.q(`UPDATE products SET price = price * 2 WHERE sku = 'A1'`);
        expect((await bufferCounts(s))['public.products']).toBe(2);
        await s.q(`CALL pg_trickle.refresh('public.customer_revenue')`);
        expect((await bufferCounts(s))['public.products']).toBe(2); // order_line_details still needs them
        expect((await bufferCounts(s))[CR]).toBeGreaterThan(0);
        await expectOracleFor(s, [CR], 'customer_revenue');
        await s.q(`CALL pg_trickle.refresh('public.order_line_details')`);
        expect((await bufferCounts(s))['public.products']).toBe(0);
        await expectOracleFor(s, [OLD], 'order_line_details');

        const crChanges = (await bufferCounts(s))[CR]!;
        await s.q(`CALL pg_trickle.refresh('public.revenue_totals')`);
        expect((await bufferCounts(s))[CR]).toBe(crChanges);
        await s.q(`CALL pg_trickle.refresh('public.big_customers')`);
        expect((await bufferCounts(s))[CR]).toBe(0);

        // Six stream tables read orders: the rows stay until the last one has refreshed.
        await s.q(`INSERT INTO orders VALUES (700, 1, 'open', '2026-07-01')`);
        const orderReaders = await readers('public.orders');
        expect(orderReaders.length).toBe(6);
        for (const [i, n] of orderReaders.entries()) {
          await s.q('CALL pg_trickle.refresh($1)', [n]);
          expect((await bufferCounts(s))['public.orders'], `after refreshing ${n}`).toBe(i === orderReaders.length - 1 ? 0 : 1);
        }
        await refreshEach(s);
        await expectOracle(s.client, shop().project, 'at the end');
      });
    });

    // Regression (a bug found by this test, fixed since: minor; consumed change rows linger after concurrent refreshes): each refresh deletes the rows
    // that every reader has consumed according to the *committed* frontiers it sees, so when two readers
    // of one source refresh concurrently, neither sees the other's new frontier and both leave the rows.
    // Later refreshes that find nothing new return NOOP without running the cleanup, so the rows stay
    // until the source changes again. Repro: UPDATE products ...; session 1: BEGIN; CALL
    // pg_trickle.refresh('public.customer_revenue'); session 2: BEGIN; CALL
    // pg_trickle.refresh('public.order_line_details'); both COMMIT; refresh everything: the products
    // buffer still holds the 2 rows.
    it('concurrent refreshes of two readers of one source leave no consumed rows behind', async () => {
      await withShop(srv(), async (db, s) => {
        const [x1, x2] = [await db.open('X1'), await db.open('X2')];
        await s.q(`UPDATE products SET price = price * 2 WHERE sku = 'A1'`);
        await x1.q(`BEGIN; CALL pg_trickle.refresh('public.customer_revenue');`);
        await x2.q(`BEGIN; CALL pg_trickle.refresh('public.order_line_details');`);
        await x1.q('COMMIT');
        await x2.q('COMMIT');
        await refreshEach(s);
        await expectOracle(s.client, shop().project, 'after');
        expect(await bufferCounts(s)).toEqual(Object.fromEntries(Object.keys(await bufferCounts(s)).map((k) => [k, 0])));
      });
    });
  });

  describe('6b. large change buffers are emptied with TRUNCATE where it is safe', () => {
    const LINES = `pg_trickle_changes.${ident(`changes_${stableHash('public.order_lines')}`)}`;
    // order_lines is read by customer_revenue and order_line_details; 20,000 lines make its buffer
    // larger than 1 MB, pg_trickle.is_large_buffer's threshold with shared_buffers of 128 MB.
    const manyLines = `INSERT INTO order_lines SELECT o.id, 'A1', g % 5 + 1, NULL FROM orders o, generate_series(1, 20000 / (SELECT count(*) FROM orders)::int + 1) AS g`;
    const size = async (s: Session) => Number(await s.one(`SELECT pg_relation_size('${LINES}')`));
    const rows = async (s: Session) => Number(await s.one(`SELECT count(*) FROM ${LINES}`));

    it('the last reader truncates a large buffer; a reader that has not consumed it yet keeps it', async () => {
      await withShop(srv(), async (_db, s) => {
        await s.q(manyLines);
        expect(await s.one(`SELECT pg_trickle.is_large_buffer('${LINES}')`)).toBe(true);
        const written = await rows(s);
        await s.q(`CALL pg_trickle.refresh($1)`, [CR]);
        expect(await rows(s)).toBe(written); // order_line_details has not consumed them
        await s.q(`CALL pg_trickle.refresh('public.order_line_details')`);
        expect([await rows(s), await size(s)]).toEqual([0, 0]); // TRUNCATE leaves an empty file
        await refreshEach(s);
        await expectOracle(s.client, shop().project, 'after the truncation of the buffer');
      });
    });

    it('no TRUNCATE while a writer holds the buffer, nor inside a transaction block: the consumed rows are deleted', async () => {
      await withShop(srv(), async (db, s) => {
        await s.q(manyLines);
        await s.q(`CALL pg_trickle.refresh($1)`, [CR]);
        // A writer in the middle of a transaction holds a lock on the buffer.
        const w = await db.open('writer');
        await w.q(`BEGIN; INSERT INTO order_lines VALUES (100, 'B2', 3, NULL)`);
        await s.q(`CALL pg_trickle.refresh('public.order_line_details')`);
        expect(await rows(s)).toBe(0); // the consumed rows are gone; the writer's is not committed yet
        expect(await size(s)).toBeGreaterThan(0); // deleted, not truncated
        await w.q('COMMIT');
        expect(await rows(s)).toBe(1);
        await refreshEach(s);
        await expectOracle(s.client, shop().project, 'after the writer committed');

        await s.q(manyLines);
        await s.q(`CALL pg_trickle.refresh($1)`, [CR]);
        await s.q('BEGIN');
        await s.q(`CALL pg_trickle.refresh('public.order_line_details')`);
        expect(await rows(s)).toBe(0);
        await s.q('COMMIT');
        expect(await size(s)).toBeGreaterThan(0);
        await refreshEach(s);
        await expectOracle(s.client, shop().project, 'after a refresh in a transaction block');
      });
    });

    it('no TRUNCATE under REPEATABLE READ: a writer that committed during the refresh keeps its changes', async () => {
      await withShop(srv(), async (db, s) => {
        await s.q(manyLines);
        await s.q(`CALL pg_trickle.refresh($1)`, [CR]);
        const [rr, l, w] = [await db.open('repeatable read'), await db.open('L'), await db.open('writer')];
        await rr.q(`SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL REPEATABLE READ`);
        // The refresh takes its snapshot, then waits on the storage table while a writer commits:
        // the snapshot, which a REPEATABLE READ look after LOCK reuses, cannot see its change.
        await l.q('BEGIN; LOCK TABLE order_line_details IN SHARE MODE');
        const refreshing = rr.q(`CALL pg_trickle.refresh('public.order_line_details')`);
        refreshing.catch(() => undefined);
        expect((await waitUntilLockWait(s, rr.pid)).wait_event_type).toBe('Lock');
        await w.q(`INSERT INTO order_lines VALUES (100, 'B2', 3, NULL)`);
        await l.q('COMMIT');
        await refreshing;
        expect(await rows(s)).toBe(1); // the writer's change, not truncated away
        await refreshEach(s);
        await expectOracle(s.client, shop().project, 'after the REPEATABLE READ refresh');
      });
    });

    it('refresh_due releases a large buffer once, after all of its refreshes', async () => {
      await withShop(srv(), async (_db, s) => {
        await s.q(manyLines);
        await s.q(`UPDATE pg_trickle.pgt_stream_tables SET last_refresh_at = NULL`);
        await s.q(`CALL pg_trickle.refresh_due()`);
        expect([await rows(s), await size(s)]).toEqual([0, 0]);
        await expectOracle(s.client, shop().project, 'after refresh_due');
      });
    });
  });

  describe('7. stable_hash', () => {
    it('pg_trickle.stable_hash(text) equals the compiler’s stableHash', async () => {
      await withShop(srv(), async (_db, s) => {
        const fixed = ['', 'public.orders', 'a.b.c', '.', "it's", 'a"b', '"quoted"."name"', 'é', 'naïve.café', '日本語.テーブル', '🦀.🐘', 'a\\b', ' spaced out ', 'tab\there', 'x'.repeat(300)];
        const piece = fc.oneof(
          fc.string({ unit: 'binary', maxLength: 20 }),
          fc.string({ unit: 'grapheme', maxLength: 10 }),
          fc.constantFrom('.', "'", '"', '""', "''", '\\', ' ', 'public', 'é', '🦀', '\u0301'),
        );
        const name = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join('').replace(/\0/g, ''));
        const check = async (names: string[]) => {
          const rows = await s.q<{ h: string }>('SELECT pg_trickle.stable_hash(x) AS h FROM unnest($1::text[]) WITH ORDINALITY AS u(x, i) ORDER BY i', [names]);
          expect(rows.map((r) => r.h)).toEqual(names.map((n) => stableHash(n)));
        };
        await check(fixed);
        await fc.assert(fc.asyncProperty(fc.array(name, { minLength: 1, maxLength: 40 }), check), { numRuns: 40 });
        expect(await s.one('SELECT pg_trickle.stable_hash(NULL)')).toBeNull();
      });
    });

    it('buffer and catalog names derive from stable_hash', async () => {
      await withShop(srv(), async (_db, s) => {
        const tracking = await s.q<{ source_stable_name: string; source_schema: string; source_table: string; stable_hash: string; buffer_schema: string; buffer_table: string; ok: boolean }>(
          `SELECT source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table,
                  buffer_table = 'changes_' || pg_trickle.stable_hash(source_schema || '.' || source_table)
                  AND stable_hash = pg_trickle.stable_hash(source_stable_name)
                  AND to_regclass(format('%I.%I', buffer_schema, buffer_table)) IS NOT NULL AS ok
             FROM pg_trickle.pgt_change_tracking ORDER BY 1`,
        );
        expect(tracking.map((t) => t.source_stable_name)).toEqual([
          'public.customer_revenue',
          'public.customers',
          'public.order_lines',
          'public.orders',
          'public.products',
        ]);
        for (const t of tracking) {
          expect(t.ok, t.source_stable_name).toBe(true);
          expect(t.source_stable_name).toBe(`${t.source_schema}.${t.source_table}`);
          expect(t.buffer_schema).toBe('pg_trickle_changes');
          expect(t.buffer_table).toBe(`changes_${stableHash(t.source_stable_name)}`);
        }
        const bad = await s.q(`SELECT stable_name FROM pg_trickle.pgt_stream_tables
                                WHERE stable_hash <> pg_trickle.stable_hash(stable_name) OR refresh_function <> 'refresh_' || stable_hash`);
        expect(bad).toEqual([]);
      });
    });

    it('stable_hash hashes UTF-8 in a LATIN1 database too', async () => {
      await withLatin1Database(srv(), async (s) => {
        await runScript(s.client, catalogScript(), 'catalog');
        const latin1 = fc.string({ unit: fc.integer({ min: 1, max: 255 }).map((c) => String.fromCharCode(c)), maxLength: 30 });
        const names = ['é', 'naïve.café', 'Ñandú.años', ...fc.sample(latin1, { numRuns: 200, seed: 7 })];
        const rows = await s.q<{ h: string }>('SELECT pg_trickle.stable_hash(x) AS h FROM unnest($1::text[]) WITH ORDINALITY AS u(x, i) ORDER BY i', [names]);
        expect(rows.map((r) => r.h)).toEqual(names.map((n) => stableHash(n)));
      });
    });

    // Regression (a bug found by this test, fixed since: non-ASCII characters in generated SQL): the delta statements of join stream tables carry
    // comments with 'Δ' and '⋈' (compiler/diff/linear.ts), so the stream table script of customer_revenue
    // (and of busy_regions, order_line_details, region_statuses) could not be loaded into a database whose encoding lacks them, e.g. LATIN1:
    //   character with byte sequence 0xce 0x94 in encoding "UTF8" has no equivalent in encoding "LATIN1"
    // although the catalog (stable_hash over convert_to(name, 'UTF8')) is written to work there.
    it('the shop scripts load into a LATIN1 database', async () => {
      await withLatin1Database(srv(), async (s) => {
        await loadFixture(s.client, shop());
        await refreshEach(s);
        await expectOracle(s.client, shop().project, 'LATIN1');
      });
    });
  });

  describe('8. refresh_due', () => {
    const setLastRefresh = (s: Session, ago: Record<string, string>) =>
      s.q(`UPDATE pg_trickle.pgt_stream_tables AS t SET last_refresh_at = now() - v.ago::interval
             FROM jsonb_each_text($1::jsonb) AS v(name, ago) WHERE t.stable_name = v.name`, [JSON.stringify(ago)]);

    it('refreshes exactly the due stream tables, in dependency order', async () => {
      await withShop(srv(), async (_db, s) => {
        // Dora (customer 4) gets 6 items: she must appear in big_customers in the same call.
        await s.q(`INSERT INTO orders VALUES (500, 4, 'open', '2026-05-05'); INSERT INTO order_lines VALUES (500, 'B2', 6, NULL);`);
        await setLastRefresh(s, {
          [CR]: '31 seconds', // 30s: due
          [BC]: '2 minutes', // 1m: due
          [OO]: '61 seconds', // 1m: due
          [BR]: '2 minutes', // 5m: not due
          [OS]: '30 seconds', // 1m: not due
          [OLD]: '0 seconds',
          [RS]: '0 seconds',
          [RT]: '0 seconds',
        });
        const before = await catalog(s);
        await s.q('CALL pg_trickle.refresh_due()');
        const after = await catalog(s);
        const due = [CR, BC, OO];
        for (const n of allStreams()) {
          if (due.includes(n)) {
            expect(after[n]!.refresh_count, n).toBe(before[n]!.refresh_count + 1);
            expect(after[n]!.last_refresh_at, n).not.toBe(before[n]!.last_refresh_at);
            expect(after[n]!.last_refresh_kind, n).toBe('DIFFERENTIAL');
          } else {
            expect(after[n], n).toEqual(before[n]);
          }
        }
        await expectOracleFor(s, due, 'the due stream tables');
        expect(await ids(s, 'SELECT customer_id AS id FROM big_customers ORDER BY 1')).toContain(4);
        expect(await oracleProblems(s, [OS])).not.toEqual([]); // not due, so stale

        // Right after, nothing is due.
        await s.q('CALL pg_trickle.refresh_due()');
        expect(await catalog(s)).toEqual(after);
      });
    });

    it('cron schedules, due and not due', async () => {
      await withShop(srv(), async (_db, s) => {
        await s.q(`INSERT INTO orders VALUES (501, 1, 'open', '2026-05-06')`);
        const setCron = async (name: string, text: string, ago: string) => {
          const c = parseSchedule(text);
          if (c.kind !== 'cron') throw new Error(text);
          await s.q(
            `UPDATE pg_trickle.pgt_stream_tables SET schedule = $2, schedule_kind = 'cron', schedule_interval = NULL,
                    cron_minutes = $3, cron_hours = $4, cron_doms = $5, cron_months = $6, cron_dows = $7,
                    cron_dom_restricted = $8, cron_dow_restricted = $9, last_refresh_at = now() - $10::interval
              WHERE stable_name = $1`,
            [name, text, c.minutes, c.hours, c.daysOfMonth, c.months, c.daysOfWeek, c.domRestricted, c.dowRestricted, ago],
          );
        };
        // A minute of the hour half an hour away (UTC): it last fired 29-31 minutes ago.
        const minute = Number(await s.one(`SELECT ((extract(minute FROM now() AT TIME ZONE 'UTC')::int + 30) % 60)`));
        await setCron(OS, '* * * * *', '2 minutes'); // due
        await setCron(OO, `${minute} * * * *`, '5 minutes'); // not due: it fired before the last refresh
        await setCron(RS, `${minute} * * * *`, '2 hours'); // due
        await setLastRefresh(s, { [CR]: '0 seconds', [BC]: '0 seconds', [BR]: '0 seconds', [OLD]: '0 seconds', [RT]: '0 seconds' });
        const before = await catalog(s);
        await s.q('CALL pg_trickle.refresh_due()');
        const after = await catalog(s);
        for (const n of allStreams()) {
          expect(after[n]!.refresh_count - before[n]!.refresh_count, n).toBe([OS, RS].includes(n) ? 1 : 0);
        }
        await expectOracleFor(s, [OS, RS], 'cron-due stream tables');
        expect(await oracleProblems(s, [OO])).not.toEqual([]);
      });
    });

    it('a failing stream table gives a WARNING and the others still refresh', async () => {
      await withShop(srv(), async (_db, s) => {
        await s.q(`CREATE FUNCTION public.test_boom() RETURNS trigger LANGUAGE plpgsql AS $$
                   BEGIN RAISE EXCEPTION 'test_boom: % is read-only', TG_TABLE_NAME; END $$;
                   CREATE TRIGGER test_boom BEFORE INSERT OR UPDATE OR DELETE ON public.open_orders
                     FOR EACH STATEMENT EXECUTE FUNCTION public.test_boom();`);
        await s.q(`INSERT INTO orders VALUES (502, 2, 'open', '2026-05-07'); INSERT INTO order_lines VALUES (502, 'A1', 9, NULL);`);
        await setLastRefresh(s, Object.fromEntries(allStreams().map((n) => [n, '1 hour'])));
        const before = await catalog(s);
        const openBefore = await openOrderIds(s);
        s.notices.length = 0;
        await s.q('CALL pg_trickle.refresh_due()');
        const warnings = s.notices.filter((n) => n.severity === 'WARNING');
        expect(warnings.map((n) => n.message)).toEqual(['pg_trickle: refresh of public.open_orders failed: test_boom: open_orders is read-only']);
        const after = await catalog(s);
        expect(after[OO]).toEqual({ ...before[OO], last_error: 'test_boom: open_orders is read-only' });
        expect(await openOrderIds(s)).toEqual(openBefore);
        const others = allStreams().filter((n) => n !== OO);
        for (const n of others) expect(after[n]!.refresh_count, n).toBe(before[n]!.refresh_count + 1);
        await expectOracleFor(s, others, 'the stream tables that did not fail');

        await s.q('DROP TRIGGER test_boom ON public.open_orders');
        await s.q('CALL pg_trickle.refresh_due()'); // open_orders is still due
        const fixed = await catalog(s);
        expect(fixed[OO]).toMatchObject({ refresh_count: before[OO]!.refresh_count + 1, last_error: null, last_refresh_kind: 'DIFFERENTIAL' });
        for (const n of others) expect(fixed[n]!.refresh_count, n).toBe(after[n]!.refresh_count);
        await expectOracle(s.client, shop().project, 'after fixing open_orders');
      });
    });

    it('skips a stream table another session is refreshing', async () => {
      await withShop(srv(), async (db, s) => {
        const a = await db.open('A');
        await s.q(`INSERT INTO order_lines VALUES (101, 'A1', 2, NULL)`);
        await setLastRefresh(s, Object.fromEntries(allStreams().map((n) => [n, '1 hour'])));
        await a.q(`BEGIN; CALL pg_trickle.refresh('public.customer_revenue');`); // holds customer_revenue's catalog row
        const before = await catalog(s);
        s.notices.length = 0;
        await deadline(s.q('CALL pg_trickle.refresh_due()'), 10_000, 'refresh_due');
        expect(s.notices.map((n) => [n.severity, n.message])).toEqual([['NOTICE', LOCK_SKIP_NOTICE(CR)]]);
        const after = await catalog(s);
        expect(after[CR]).toEqual(before[CR]);
        for (const n of allStreams().filter((x) => x !== CR)) expect(after[n]!.refresh_count, n).toBe(before[n]!.refresh_count + 1);
        await a.q('COMMIT');
        await refreshEach(s);
        await expectOracle(s.client, shop().project, 'after');
      });
    });
  });

  describe('9. drop scripts', () => {
    it('refuses to drop a stream table that another reads; dropping all removes every trace', async () => {
      await withShop(srv(), async (_db, s) => {
        const drops = new Map(shop().files.filter((f) => f.path.startsWith('drop/')).map((f) => [f.path, f.content]));
        expect([...drops.keys()].sort()).toEqual(allStreams().map((n) => `drop/${n.replace('.', '_')}.sql`).sort());
        const drop = (n: string) => runScript(s.client, drops.get(`drop/${n.replace('.', '_')}.sql`)!, `drop ${n}`);
        let remaining = allStreams();
        const project = (): AnalyzedProject => ({ ...shop().project, streams: shop().project.streams.filter((st) => remaining.includes(qname(st))) });
        let nextOrder = 800;
        const exercise = async (label: string) => {
          await s.q(`INSERT INTO orders VALUES (${nextOrder}, 1, 'open', '2026-08-01'); INSERT INTO order_lines VALUES (${nextOrder++}, 'A1', 2, NULL);`);
          await s.q(`UPDATE order_lines SET quantity = quantity + 1 WHERE order_id = 100; UPDATE products SET price = price + 1 WHERE sku = 'C3';
                     UPDATE customers SET region = CASE WHEN region = 'north' THEN 'south' ELSE 'north' END WHERE id = 2;`);
          await refreshEach(s, project());
          await expectOracleFor(s, remaining, label);
        };

        const before = await captureState(s);
        const err = await errorOf(drop(CR));
        expect(err.message).toContain('pg_trickle: cannot drop public.customer_revenue: stream tables public.big_customers, public.revenue_totals read it');
        expect(await captureState(s)).toEqual(before);
        await expect(drop(BC)).resolves.toBeUndefined();
        remaining = remaining.filter((n) => n !== BC);
        await exercise('after dropping big_customers');
        expect(await s.one(`SELECT to_regclass('public.big_customers')`)).toBeNull();

        await drop(RT);
        remaining = remaining.filter((n) => n !== RT);
        // Nobody reads customer_revenue's changes any more: its capture is gone.
        expect(await s.q(`SELECT tgname FROM pg_trigger WHERE tgrelid = 'public.customer_revenue'::regclass AND tgname LIKE 'pg_trickle_cdc%'`)).toEqual([]);
        expect(await s.one(`SELECT to_regclass($1)`, [bufferOf(CR)])).toBeNull();
        await exercise('after dropping revenue_totals');

        await drop(CR);
        remaining = remaining.filter((n) => n !== CR);
        expect(Object.keys(await bufferCounts(s))).toContain('public.products'); // order_line_details still reads it
        await exercise('after dropping customer_revenue');

        await drop(OLD);
        remaining = remaining.filter((n) => n !== OLD);
        expect(Object.keys(await bufferCounts(s))).not.toContain('public.products');
        expect(await s.q(`SELECT tgname FROM pg_trigger WHERE tgrelid = 'public.products'::regclass AND tgname LIKE 'pg_trickle_cdc%'`)).toEqual([]);
        await exercise('after dropping order_line_details');

        for (const n of [OO, OS, BR, RS]) {
          await drop(n);
          remaining = remaining.filter((x) => x !== n);
          if (remaining.length) await exercise(`after dropping ${n}`);
        }

        expect(await s.q(`SELECT tgrelid::regclass::text AS rel, tgname FROM pg_trigger WHERE tgname LIKE '%pg_trickle_cdc%'`)).toEqual([]);
        expect(await s.q(`SELECT relname FROM pg_class WHERE relnamespace = 'pg_trickle_changes'::regnamespace`)).toEqual([]);
        expect(await s.q(`SELECT proname FROM pg_proc WHERE pronamespace = 'pg_trickle_changes'::regnamespace`)).toEqual([]);
        expect(await s.q(`SELECT proname FROM pg_proc WHERE pronamespace = 'pg_trickle'::regnamespace AND proname LIKE 'refresh\\_%' AND proname NOT IN ('refresh_due', 'refresh_stream_table')`)).toEqual([]);
        for (const t of ['pgt_stream_tables', 'pgt_dependencies', 'pgt_change_tracking']) expect(Number(await s.one(`SELECT count(*) FROM pg_trickle.${t}`)), t).toBe(0);
        for (const n of allStreams()) expect(await s.one('SELECT to_regclass($1)', [n])).toBeNull();

        // Source DML still works.
        await s.q(`INSERT INTO customers VALUES (9, 'Ivy', 'east', false);
                   INSERT INTO orders VALUES (900, 9, 'open', '2026-09-01');
                   INSERT INTO order_lines VALUES (900, 'A1', 1, NULL);
                   UPDATE products SET price = 1 WHERE sku = 'A1';
                   UPDATE orders SET status = 'paid' WHERE id = 900;
                   DELETE FROM order_lines WHERE order_id = 100;
                   DELETE FROM customers WHERE id = 9;
                   TRUNCATE order_lines;`);
        expect(await s.q(`SELECT id::int, status FROM orders WHERE id = 900`)).toEqual([{ id: 900, status: 'paid' }]);
        expect(Number(await s.one('SELECT count(*) FROM order_lines'))).toBe(0);
        // And the catalog can take a stream table again: the captures and stream tables of the initial migration, run again.
        const again = migrationSections(fileText(shop(), INITIAL)).filter((x) => /^(capture changes of|create stream table) |^refresh order /.test(x.title));
        expect(again.length).toBe(allStreams().length + 4 + 1);
        for (const x of again) await runScript(s.client, x.sql, x.title);
        await expectOracle(s.client, shop().project, 'after recreating everything');
      });
    });
  });

  describe('writers in other roles', () => {
    // Regression (a bug found by this test, fixed since: CDC breaks writes by non-owner roles): the CDC trigger functions run with the privileges of the
    // writing role (they are not SECURITY DEFINER) and no script grants anything on pg_trickle_changes or
    // pg_trickle.pgt_change_seq, so once a table is captured, a role that may write it no longer can:
    //   CREATE ROLE w; GRANT INSERT ON orders TO w; SET ROLE w;
    //   INSERT INTO orders VALUES (999, 1, 'open', '2026-01-01');
    //   -- ERROR: permission denied for schema pg_trickle_changes
    it('a role that may write the source tables can still write them once they are captured', async () => {
      await withShop(srv(), async (_db, s) => {
        const role = `trickle_writer_${Date.now().toString(36)}`;
        await s.q(`CREATE ROLE ${role};
                   GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON orders, order_lines, customers, products TO ${role};
                   CREATE TABLE public.control (id integer); GRANT INSERT ON public.control TO ${role};`);
        try {
          await s.q(`SET ROLE ${role}`);
          await s.q(`INSERT INTO public.control VALUES (1)`); // the grants suffice where nothing is captured
          await s.q(`INSERT INTO orders VALUES (999, 1, 'open', '2026-01-01');
                     UPDATE products SET price = price + 1 WHERE sku = 'A1';
                     DELETE FROM order_lines WHERE order_id = 103;`);
          await s.q('RESET ROLE');
          await refreshEach(s);
          await expectOracle(s.client, shop().project, 'after the other role wrote');
        } finally {
          await s.q('RESET ROLE');
          await s.q(`DROP OWNED BY ${role}; DROP ROLE ${role};`);
        }
      });
    });
  });

  describe('writes applied as logical replication applies them', () => {
    // The apply worker of a subscription (and pg_restore, some bulk loaders) writes under
    // session_replication_role = replica, under which ordinary triggers do not fire.
    it('changes written under session_replication_role = replica are captured', async () => {
      await withShop(srv(), async (_db, s) => {
        await s.q(`SET session_replication_role = replica`);
        await s.q(`INSERT INTO orders VALUES (999, 1, 'open', '2026-01-01');
                   INSERT INTO order_lines VALUES (999, 'A1', 2, NULL);
                   UPDATE products SET price = price + 1 WHERE sku = 'A1';
                   DELETE FROM order_lines WHERE order_id = 103;`);
        await s.q(`RESET session_replication_role`);
        await refreshEach(s);
        await expectOracle(s.client, shop().project, 'after writes under the replica role');
      });
    });
  });

  describe('a full refresh by a role without the TEMPORARY privilege', () => {
    // An aggregate's full refresh computes its result with CREATE TEMP TABLE ... AS (parallel
    // workers may help); where temporary tables are not allowed it runs the single INSERT instead.
    it('recomputes aggregates and DISTINCT with or without temporary tables', async () => {
      await withShop(srv(), async (_db, s) => {
        const role = `trickle_refresher_${Date.now().toString(36)}`;
        const dbName = ident(await s.one<string>('SELECT current_database()'));
        await s.q(`CREATE ROLE ${role};
                   GRANT USAGE ON SCHEMA pg_trickle, pg_trickle_changes TO ${role};
                   GRANT ALL ON ALL TABLES IN SCHEMA public, pg_trickle, pg_trickle_changes TO ${role};
                   GRANT ALL ON ALL SEQUENCES IN SCHEMA public, pg_trickle, pg_trickle_changes TO ${role};`);
        try {
          for (const temporary of [true, false]) {
            if (!temporary) await s.q(`REVOKE TEMPORARY ON DATABASE ${dbName} FROM PUBLIC`);
            await s.q(`INSERT INTO order_lines VALUES (${temporary ? 101 : 102}, 'C3', 2, NULL); UPDATE products SET price = price + 1 WHERE sku = 'A1';`);
            await s.q(`SET ROLE ${role}`);
            expect(await s.one(`SELECT has_database_privilege(current_database(), 'TEMPORARY')`)).toBe(temporary);
            for (const n of allStreams()) await s.q('CALL pg_trickle.refresh($1, full => true)', [n]);
            await s.q('RESET ROLE');
            expect((await catalog(s))[CR]!.last_refresh_kind).toBe('FULL');
            await expectOracle(s.client, shop().project, temporary ? 'with TEMPORARY' : 'without TEMPORARY');
            await s.q(`DELETE FROM order_lines WHERE order_id = ${temporary ? 100 : 101}`);
            expect((await refreshEach(s))[CR]).toBe('DIFFERENTIAL');
            await expectOracle(s.client, shop().project, temporary ? 'then differentially' : 'then differentially, without TEMPORARY');
          }
        } finally {
          await s.q('RESET ROLE');
          await s.q(`GRANT TEMPORARY ON DATABASE ${dbName} TO PUBLIC; DROP OWNED BY ${role}; DROP ROLE ${role};`);
        }
      });
    });
  });

  describe('9b. releasing consumed changes beside migrations, triggers and refresh_due', () => {
    const TABLES = 'CREATE TABLE a (id int PRIMARY KEY, g int, v int);\nCREATE TABLE b (id int PRIMARY KEY, a_id int, w int);\nCREATE TABLE c (id int PRIMARY KEY, v int);';
    const DATA = 'INSERT INTO a SELECT i, i % 3, i FROM generate_series(1, 10) i;\nINSERT INTO b SELECT i, i, i FROM generate_series(1, 10) i;\nINSERT INTO c SELECT i, i FROM generate_series(1, 10) i;';
    const sourcesOf = (streams: string) => ({
      config: { name: 'release', defaults: { schedule: '1m', refreshMode: 'DIFFERENTIAL' as const } },
      schema: [new SourceText('schema/001.sql', TABLES)],
      streams: [new SourceText('streams/001.sql', streams)],
      data: [new SourceText('data/001.sql', DATA)],
      changes: [],
    });
    const FIRST = [
      'CREATE MATERIALIZED VIEW s_a AS SELECT g, count(*) AS n, sum(v) AS s FROM a GROUP BY g;',
      'CREATE MATERIALIZED VIEW s_b AS SELECT id, a_id, w FROM b WHERE w > 0;',
      'CREATE MATERIALIZED VIEW s_c AS SELECT id, v FROM c WHERE v > 0;',
      'CREATE MATERIALIZED VIEW z_ab AS SELECT a.id, b.id AS bid, b.w FROM a JOIN b ON b.a_id = a.id;',
    ].join('\n');

    /** A fresh database with the tables, their rows and the first migration of FIRST. */
    async function withReleaseProject(fn: (db: Db, main: Session, first: ReturnType<typeof compileHistory>) => Promise<void>): Promise<void> {
      await loadParser();
      const first = compileHistory(analyzeProject(sourcesOf(FIRST)), new Map(), 'plain');
      await withTempDatabase(srv(), async (url) => {
        const db = new Db(url);
        try {
          const main = await db.open('main');
          await runScript(main.client, TABLES, 'tables');
          await runScript(main.client, DATA, 'data');
          await runScript(main.client, fileText({ files: first.files } as CompiledFixture, INITIAL), INITIAL);
          await fn(db, main, first);
        } finally {
          await db.close();
        }
      });
    }

    // Regression: a migration adding a reader of a captured source took its frontier when it read
    // the source, but committed it only at its end. A writer in progress at that read that committed
    // meanwhile, then a refresh of another reader, released the writer's changes (the new frontier
    // was not visible to it), which the new reader never consumed.
    it("a migration adding a reader keeps the changes of writers it has not consumed until it commits", async () => {
      await withReleaseProject(async (db, main, first) => {
        const streams = `${FIRST}\nCREATE MATERIALIZED VIEW y_a AS SELECT g, count(*) AS n, sum(v) AS s FROM a GROUP BY g;\nCREATE MATERIALIZED VIEW y_c AS SELECT count(*) AS n FROM c;`;
        const project = analyzeProject(sourcesOf(streams));
        const next = compileHistory(project, new Map(first.files.map((f) => [f.path, f.content])), 'plain');
        const added = next.files.find((f) => /^0002_.*(?<!\.down)\.sql$/.test(f.path))!;
        const [writer, holder, migration, refresher] = [await db.open('writer'), await db.open('holder'), await db.open('migration'), await db.open('refresher')];
        await writer.q('BEGIN');
        await writer.q('INSERT INTO a VALUES (1000, 1, 1000)');
        // Holds the migration after it populated y_a, before y_c.
        await holder.q('BEGIN');
        await holder.q('LOCK TABLE c IN ACCESS EXCLUSIVE MODE');
        const migrated = runScript(migration.client, added.content, added.path);
        expect((await waitUntilLockWait(main, migration.pid)).blockers).toContain(holder.pid);
        await writer.q('COMMIT');
        // The other readers of a, as their schedule would.
        await refresher.q("CALL pg_trickle.refresh('public.s_a')");
        await refresher.q("CALL pg_trickle.refresh('public.z_ab')");
        await holder.q('COMMIT');
        await deadline(migrated, 20_000, 'the migration');
        await refreshEach(main, project);
        await expectOracle(main.client, project, 'after the migration');
      });
    });

    // Regression: refresh_due keeps the row locks of every refresh until it commits; a refresh of
    // another reader deleting the same consumed changes in the other order deadlocked with it.
    it('refresh_due and a refresh of another reader of its sources do not deadlock over consumed changes', async () => {
      await withReleaseProject(async (db, main) => {
        const project = analyzeProject(sourcesOf(FIRST));
        const [x, s1, s2, s3] = [await db.open('x'), await db.open('s1'), await db.open('s2'), await db.open('s3')];
        await main.q('UPDATE a SET v = v + 1');
        await main.q('UPDATE b SET w = w + 1');
        // Two readers refreshing at once cannot see each other's new frontier: the changes both
        // consumed stay in the buffers.
        await x.q('BEGIN');
        await x.q("CALL pg_trickle.refresh('public.s_a')");
        await x.q("CALL pg_trickle.refresh('public.s_b')");
        await s2.q("CALL pg_trickle.refresh('public.z_ab')");
        await x.q('COMMIT');
        await main.q('UPDATE a SET v = v + 1 WHERE id = 1');
        await main.q('UPDATE b SET w = w + 1 WHERE id = 1');
        await main.q("UPDATE pg_trickle.pgt_stream_tables SET last_refresh_at = now() - interval '1 hour'");
        // refresh_due refreshes s_a (releasing buffer a), then waits on s_b...
        await s3.q('BEGIN');
        await s3.q('LOCK TABLE s_b IN SHARE MODE');
        const due = s1.q('CALL pg_trickle.refresh_due()');
        expect((await waitUntilLockWait(main, s1.pid)).blockers).toContain(s3.pid);
        // ...while z_ab, reading both sources, refreshes: it releases nothing of a, which
        // refresh_due holds, so it does not wait for it.
        await deadline(s2.q("CALL pg_trickle.refresh('public.z_ab')"), 20_000, 'the refresh of z_ab');
        await s3.q('COMMIT');
        await deadline(due, 20_000, 'refresh_due');
        expect(await main.q('SELECT stable_name, last_error FROM pg_trickle.pgt_stream_tables WHERE last_error IS NOT NULL')).toEqual([]);
        await expectOracle(main.client, project, 'after both');
        // What was left is released by the next refreshes.
        await refreshEach(main, project);
        await refreshEach(main, project);
        expect(Object.values(await bufferCounts(main)).every((n) => n === 0)).toBe(true);
      });
    });

    // Regression: drop scripts ran DROP TABLE IF EXISTS by name, so a table of the user's that had
    // taken a stream table's name (the stream table renamed away by hand) was dropped.
    it("a drop script refuses to drop a table that is not a stream table, though it has the stream table's name", async () => {
      await withReleaseProject(async (_db, main) => {
        await main.q('ALTER TABLE s_c RENAME TO s_c_moved');
        await main.q('CREATE TABLE s_c (keep int)');
        await main.q('INSERT INTO s_c VALUES (1)');
        const drop = dropSql(analyzeProject(sourcesOf(FIRST)).streams.find((st) => st.name.name === 's_c')!);
        const e = await errorOf(runScript(main.client, drop, 'drop/public_s_c.sql'));
        expect(e.message).toMatch(/cannot drop public\.s_c: it is not a stream table \(it has neither trickle's comment nor the column __pgt_row_id\)$/);
        expect(Number(await main.one('SELECT count(*) FROM s_c'))).toBe(1);
      });
    });

    // Regression: a refresh called by a trigger of a source read the statement's rows in the table
    // (rescanning a group after a MAX was deleted) and applied their changes again once the
    // statement-level capture wrote them.
    it('a refresh inside a trigger is refused, with the reason', async () => {
      await withReleaseProject(async (_db, main) => {
        await main.q(`CREATE FUNCTION refresh_now() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN CALL pg_trickle.refresh('public.s_a'); RETURN NULL; END $$`);
        await main.q('CREATE TRIGGER a_refresh AFTER DELETE ON a FOR EACH ROW EXECUTE FUNCTION refresh_now()');
        const e = await errorOf(main.q('DELETE FROM a WHERE id = 1'));
        expect(e.message).toBe('pg_trickle: cannot refresh public.s_a inside a trigger');
        expect(Number(await main.one('SELECT count(*) FROM a'))).toBe(10);
      });
    });
  });

  describe('10. the scripts with psql', () => {
    interface PsqlResult {
      code: number;
      stdout: string;
      stderr: string;
    }
    const psql = (args: string[]): Promise<PsqlResult> =>
      new Promise((resolve) => {
        execFile(PSQL, ['-X', '-q', ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, PGOPTIONS: '', PGCLIENTENCODING: 'UTF8' } }, (err, stdout, stderr) => {
          const status = (err as { code?: unknown } | null)?.code;
          resolve({ code: err ? (typeof status === 'number' ? status : -1) : 0, stdout, stderr });
        });
      });
    const runFile = (url: string, file: string) => psql(['-v', 'ON_ERROR_STOP=1', '-1', '-f', file, '-d', url]);
    const ok = (r: PsqlResult) => ({ code: r.code, stderr: r.code === 0 ? '' : r.stderr });
    const shopFile = (file: string) => join(SHOP_DIR, file.replace(/^.*fixtures\/shop\//, ''));
    /** Schema and data of the shop fixture, through psql. */
    const loadSources = async (url: string) => {
      for (const f of [...shop().sources.schema, ...shop().sources.data]) expect(await runFile(url, shopFile(f.file)), f.file).toMatchObject({ code: 0 });
    };
    const psqlMissing = () => !existsSync(PSQL);

    /** Every file trickle writes for the shop fixture, plus the single script (trickle compile --stdout), in a temporary folder. */
    let dir = '';
    const ups = (): string[] => migrationsToApply(shop().files).map((f) => f.path);
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'trickle-psql-'));
      for (const f of shop().files) {
        await mkdir(dirname(join(dir, f.path)), { recursive: true });
        await writeFile(join(dir, f.path), f.content);
      }
      await writeFile(join(dir, 'all.sql'), singleScript(shop().files));
    });
    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('the migrations run with psql -v ON_ERROR_STOP=1 -1 -f; the initial one refuses to run twice; drop scripts work', async (ctx) => {
      if (psqlMissing()) return ctx.skip(`${PSQL} is not installed`);
      expect(ups()).toEqual([INITIAL]);
      await withTempDatabase(srv(), async (url) => {
        const s = await openSession(url, 'psql-check');
        try {
          await loadSources(url);
          for (const path of ups()) {
            const r = await runFile(url, join(dir, path));
            expect({ path, ...ok(r) }).toEqual({ path, code: 0, stderr: '' });
            // The initial migration ends by scheduling refresh_due: without pg_cron, a notice saying so.
            if (path === INITIAL) expect(r.stderr).toContain('pg_cron is not installed');
            expect(r.stderr, path).not.toMatch(/ERROR|WARNING/);
          }
          await expectOracle(s.client, shop().project, 'after psql');
          const migrations = `SELECT project, version, name FROM pg_trickle.pgt_migrations ORDER BY project, version`;
          expect(await s.q(migrations)).toEqual([{ project: 'shop', version: 1, name: 'initial' }]);
          expect(Number(await s.one('SELECT count(*) FROM pg_trickle.pgt_stream_tables'))).toBe(8);

          // The initial migration is one transaction that records itself: run again, it fails and leaves everything as it was.
          const state = await captureState(s);
          const twice = await runFile(url, join(dir, INITIAL));
          expect(twice.code).toBe(3);
          expect(twice.stderr).toMatch(/ERROR:\s+pg_trickle: migration 0001_initial of project shop is already applied/);
          expect(await captureState(s)).toEqual(state);
          expect(await s.q(migrations)).toEqual([{ project: 'shop', version: 1, name: 'initial' }]);
          await expectOracle(s.client, shop().project, 'after running the initial migration twice');

          // Changes, then the cron line documented in the migration's schedule section.
          for (const ch of shop().sources.changes) expect(await runFile(url, shopFile(ch.file)), ch.file).toMatchObject({ code: 0 });
          await s.q(`UPDATE pg_trickle.pgt_stream_tables SET last_refresh_at = now() - interval '1 hour'`);
          const due = await psql(['-v', 'ON_ERROR_STOP=1', '-c', 'CALL pg_trickle.refresh_due()', url]);
          expect(due).toMatchObject({ code: 0 });
          await expectOracle(s.client, shop().project, 'after refresh_due through psql');

          // Drop scripts: a refused drop exits 3 with the message; the others succeed.
          const refused = await runFile(url, join(dir, 'drop/public_customer_revenue.sql'));
          expect(refused.code).toBe(3);
          expect(refused.stderr).toContain('cannot drop public.customer_revenue: stream tables public.big_customers, public.revenue_totals read it');
          for (const n of ['big_customers', 'revenue_totals', 'customer_revenue', 'busy_regions', 'open_orders', 'order_line_details', 'order_stats', 'region_statuses']) {
            expect(await runFile(url, join(dir, `drop/public_${n}.sql`)), n).toMatchObject({ code: 0 });
          }
          expect(Number(await s.one(`SELECT count(*) FROM pg_class WHERE relnamespace = 'pg_trickle_changes'::regnamespace`))).toBe(0);
          expect(await s.q(`SELECT tgname FROM pg_trigger WHERE tgname LIKE 'pg\\_trickle\\_cdc%'`)).toEqual([]);
        } finally {
          await s.client.end();
        }
      });
    });

    it('every migration as one script (singleScript) runs in one transaction', async (ctx) => {
      if (psqlMissing()) return ctx.skip(`${PSQL} is not installed`);
      await withTempDatabase(srv(), async (url) => {
        await loadSources(url);
        const r = await runFile(url, join(dir, 'all.sql'));
        expect(ok(r)).toEqual({ code: 0, stderr: '' });
        const s = await openSession(url, 'psql-single');
        try {
          await expectOracle(s.client, shop().project, 'after the single script');
        } finally {
          await s.client.end();
        }
      });
    });

    it('the down script removes everything trickle created, the catalog too when no other project uses it; the sources stay', async (ctx) => {
      if (psqlMissing()) return ctx.skip(`${PSQL} is not installed`);
      const tiny = await tinyProject();
      await writeFile(join(dir, 'tiny_0001_initial.sql'), fileText(tiny, INITIAL));
      await writeFile(join(dir, 'tiny_0001_initial.down.sql'), fileText(tiny, INITIAL_DOWN));
      await withTempDatabase(srv(), async (url) => {
        const s = await openSession(url, 'psql-down');
        try {
          const sources = ['customers', 'orders', 'order_lines', 'products'];
          /** The rows of the shop's tables, and everything named pg_trickle* in the database. */
          const sourceRows = async () => {
            const out: Record<string, string[]> = {};
            for (const t of sources) out[t] = (await s.q<{ t: string }>(`SELECT x::text AS t FROM public.${t} AS x ORDER BY 1`)).map((r) => r.t);
            return out;
          };
          const schemas = async () => (await s.q<{ n: string }>(`SELECT nspname AS n FROM pg_namespace WHERE nspname LIKE 'pg\\_trickle%' ORDER BY 1`)).map((r) => r.n);
          const cdcTriggers = async () =>
            (await s.q<{ t: string }>(`SELECT tgrelid::regclass::text || ' ' || tgname AS t FROM pg_trigger WHERE tgname LIKE '%pg\\_trickle\\_cdc%' ORDER BY 1`)).map((r) => r.t);
          const streamTables = async (names: readonly string[]) => (await s.q<{ n: string | null }>('SELECT to_regclass(n)::text AS n FROM unnest($1::text[]) AS u(n)', [names])).map((r) => r.n).filter((n) => n !== null);
          const down = async (file: string) => {
            const r = await runFile(url, join(dir, file));
            expect({ file, ...ok(r) }).toEqual({ file, code: 0, stderr: '' });
            expect(r.stderr, file).not.toMatch(/ERROR|WARNING/);
          };

          await loadSources(url);
          expect(ok(await runFile(url, join(dir, INITIAL)))).toEqual({ code: 0, stderr: '' });
          for (const ch of shop().sources.changes.slice(0, 2)) expect(await runFile(url, shopFile(ch.file)), ch.file).toMatchObject({ code: 0 });
          await refreshEach(s);
          await s.q(`INSERT INTO order_lines VALUES (101, 'A1', 1, NULL)`); // changes not consumed yet: buffers hold rows
          expect(Object.values(await bufferCounts(s)).some((n) => n > 0)).toBe(true);
          expect(await schemas()).toEqual(['pg_trickle', 'pg_trickle_changes']);
          expect((await cdcTriggers()).length).toBeGreaterThan(0);
          const rows = await sourceRows();

          // Alone in the database: the down script leaves no trace of trickle.
          await down(INITIAL_DOWN);
          expect(await schemas()).toEqual([]);
          expect(await cdcTriggers()).toEqual([]);
          expect(await streamTables(allStreams())).toEqual([]);
          expect(await s.q(`SELECT proname FROM pg_proc WHERE proname LIKE '%pgt\\_%' OR proname LIKE 'pg\\_trickle%'`)).toEqual([]);
          expect(await sourceRows()).toEqual(rows);
          // The sources are plain tables again.
          await s.q(`INSERT INTO orders VALUES (950, 1, 'open', '2026-09-01'); INSERT INTO order_lines VALUES (950, 'A1', 1, NULL);
                     UPDATE products SET price = price + 1 WHERE sku = 'A1'; DELETE FROM order_lines WHERE order_id = 950; TRUNCATE order_lines;`);
          expect(Number(await s.one('SELECT count(*) FROM order_lines'))).toBe(0);

          // The initial migration applies again.
          expect(ok(await runFile(url, join(dir, INITIAL)))).toEqual({ code: 0, stderr: '' });
          await expectOracle(s.client, shop().project, 'after the initial migration, reverted and applied again');

          // With another project in the database, the catalog stays for it.
          await s.q(tiny.sources.schema.map((f) => f.text).join('\n'));
          await s.q('INSERT INTO public.t VALUES (1, 10), (2, 20)');
          expect(ok(await runFile(url, join(dir, 'tiny_0001_initial.sql')))).toEqual({ code: 0, stderr: '' });
          await down(INITIAL_DOWN);
          expect(await schemas()).toEqual(['pg_trickle', 'pg_trickle_changes']);
          expect(await s.q('SELECT project, version, name FROM pg_trickle.pgt_migrations ORDER BY project, version')).toEqual([{ project: 'tiny', version: 1, name: 'initial' }]);
          expect((await s.q<{ n: string }>('SELECT stable_name AS n FROM pg_trickle.pgt_stream_tables ORDER BY 1')).map((r) => r.n)).toEqual(['public.s']);
          expect(await streamTables(allStreams())).toEqual([]);
          expect(await cdcTriggers()).toEqual((await cdcTriggers()).filter((t) => t.startsWith('t ')));
          expect((await cdcTriggers()).length).toBeGreaterThan(0);
          await s.q('INSERT INTO public.t VALUES (3, 30); UPDATE public.t SET v = v + 1 WHERE id = 1');
          await refreshEach(s, tiny.project);
          await expectOracle(s.client, tiny.project, 'the other project, after the shop was reverted');

          // Reverting the other project too removes the catalog.
          await down('tiny_0001_initial.down.sql');
          expect(await schemas()).toEqual([]);
          expect(await cdcTriggers()).toEqual([]);
          expect(await streamTables(['public.s'])).toEqual([]);
        } finally {
          await s.client.end();
        }
      });
    });
  });
});

// ---------------------------------------------------------------------------------------------
// 11. a crash (its own server: every session of a crashed server is terminated)
// ---------------------------------------------------------------------------------------------

describe('11. a crash empties the change buffers', () => {
  let server: PgServer | undefined;
  beforeAll(async () => {
    server = await startEmbeddedPostgres();
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** Connects once crash recovery has finished. */
  const reopen = async (url: string, name: string): Promise<Session> => {
    for (let i = 0; ; i++) {
      try {
        return await openSession(url, name);
      } catch (e) {
        if (i > 200) throw e;
        await sleep(50);
      }
    }
  };

  it('buffered changes lost in a crash: every reader of a source recomputes, then goes on differentially', async () => {
    await withTempDatabase(server!, async (url) => {
      const before = await openSession(url, 'before');
      // The test servers commit asynchronously; a crash must not take the fixture with it.
      await before.q(`SET synchronous_commit = on`);
      await loadFixture(before.client, shop());
      await before.q(`INSERT INTO orders VALUES (900, 1, 'open', '2026-09-01'); UPDATE products SET price = price + 1 WHERE sku = 'A1'`);
      const buffered = await before.q<{ n: string }>(`SELECT count(*) AS n FROM pg_trickle_changes.${ident(`changes_${stableHash('public.orders')}`)}`);
      expect(Number(buffered[0]!.n)).toBeGreaterThan(0);
      // The postmaster sees a backend die and restarts every process, resetting unlogged tables.
      const victim = await openSession(url, 'victim');
      process.kill(victim.pid, 'SIGKILL');
      await Promise.all([before.client.end().catch(() => undefined), victim.client.end().catch(() => undefined)]);
      const s = await reopen(url, 'after');
      try {
        const lost = await s.q<{ n: string }>(`SELECT count(*) AS n FROM pg_trickle_changes.${ident(`changes_${stableHash('public.orders')}`)}`);
        expect(Number(lost[0]!.n)).toBe(0);
        expect(await s.q(`SELECT * FROM pg_trickle.pgt_buffer_generations`)).toEqual([]);

        const kinds = await refreshEach(s);
        const cat = await catalog(s);
        for (const n of allStreams()) {
          expect([n, kinds[n]]).toEqual([n, 'FULL']);
          expect([n, cat[n]!.last_refresh_reason]).toEqual([n, 'a change buffer was emptied by a crash']);
        }
        await expectOracle(s.client, shop().project, 'after the crash');

        await s.q(`INSERT INTO orders VALUES (901, 2, 'paid', '2026-09-02'); DELETE FROM order_lines WHERE order_id = 100`);
        const again = await refreshEach(s);
        expect(Object.values(again).filter((k) => k === 'FULL')).toEqual([]);
        await expectOracle(s.client, shop().project, 'after the crash, then more changes');
      } finally {
        await s.client.end();
      }
    });
  });
});

// ---------------------------------------------------------------------------------------------
// PostgreSQL 15 (system): tests 1-3
// ---------------------------------------------------------------------------------------------

const pg15Missing = !systemPostgres15Installed();
if (pg15Missing) console.warn(`[trickle tests] PostgreSQL 15 is not installed (${SYSTEM_PG15_BIN}); skipping the runtime concurrency tests on it`);

describe.skipIf(pg15Missing)('runtime on system PostgreSQL 15 (tests 1-3)', () => {
  let server: PgServer | undefined;
  beforeAll(async () => {
    server = await startSystemPostgres15();
    if (!server) console.warn('[trickle tests] system PostgreSQL 15 is not available; skipping');
  });
  afterAll(async () => {
    await server?.stop();
  });
  concurrencyTests(() => server);
});

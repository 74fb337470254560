/**
 * Migration histories, end to end: a copy of fixtures/shop is walked through a sequence of edits,
 * `node bin/trickle.js compile` runs after each one, and every new migration is applied in order on
 * real PostgreSQL with data present and DML between steps. After each step every stream table
 * must equal its query (the oracle) for the project as it stands at that step, right after the
 * migration (the stream tables it created or rebuilt) and after refreshing following more DML
 * (all of them).
 *
 *   a  initial compile; schema, then data, then 0001
 *   b  add a stream table over a new source table (captured), change customer_revenue (its readers
 *      big_customers and revenue_totals are rebuilt too), reschedule busy_regions
 *   c  drop that stream table: storage, refresh function, catalog rows and its source's capture go
 *   d  customers gains a column (ALTER TABLE in the migration's transaction) that busy_regions uses
 *   e  order_lines loses a column (and its readers stop using it) and quantity becomes bigint
 *   f  no change: compile writes nothing
 *
 * Then every migration is reverted with its down script, newest first, checking the oracle of the
 * previous step's project each time, and applied forward again. Along the way: a migration applied
 * twice or out of order is refused and changes nothing, `trickle status` tells applied from pending,
 * and `trickle compile --check` fails on an edit not compiled yet and on an edited migration.
 *
 * The compile walk runs once; the database walk runs on the embedded PostgreSQL 18 and on the
 * system PostgreSQL 15 when it is installed (skipped with a warning otherwise).
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../compiler/cli/load.js';
import { analyzeProject, type AnalyzedProject } from '../compiler/compile.js';
import { startEmbeddedPostgres, type PgServer } from '../compiler/db/servers.js';
import { stableHash } from '../compiler/diff/context.js';
import { compileHistory } from '../compiler/migrate/history.js';
import { describeChange } from '../compiler/migrate/transition.js';
import { dropSql } from '../compiler/emit/project.js';
import { loadParser } from '../compiler/parser/adapter.js';
import { SourceText } from '../compiler/parser/source.js';
import { refreshAll, runScript } from '../compiler/verify/verify.js';
import { listTree, removeTempDir, runCli, tempDir } from './support/cli.js';
import { pgServers } from './support/servers.js';
import { connect, expectOracle } from './support/trickle.js';

const SHOP_DIR = fileURLToPath(new URL('../fixtures/shop', import.meta.url));
const PSQL = '/usr/bin/psql';
const PROJECT = `migshop_${process.pid}`;

// ---------------------------------------------------------------------------------------------
// The walk: edits, and the SQL a user runs around each migration
// ---------------------------------------------------------------------------------------------

interface StepDef {
  readonly key: string;
  readonly title: string;
  /** Edits the project folder. */
  readonly edit: (dir: string) => void;
  /** `describeChange` lines the compile must print, in any order (none: nothing to compile). */
  readonly changes: readonly string[];
  /** DML run before the migration and not refreshed: the migration must cope with pending changes. */
  readonly pending: string;
  /** The user's DDL, in the migration's transaction, before it. */
  readonly before: string;
  /** DML after the migration; followed by a refresh of everything. */
  readonly dml: string;
  /** Reverting: DDL before and after the down script, in its transaction. */
  readonly revertBefore: string;
  readonly revertAfter: string;
}

interface CompiledStep {
  readonly def: StepDef;
  readonly project: AnalyzedProject;
  /** The migration this step added (undefined for a step that changed nothing). */
  readonly migration: { readonly version: number; readonly tag: string; readonly up: string; readonly down: string } | undefined;
  /** Stream tables the migration creates or rebuilds. */
  readonly recreated: readonly string[];
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  writeFileSync(file, text.replace(from, () => to));
}

const fixtureChange = (name: string) => readFileSync(join(SHOP_DIR, 'changes', name), 'utf8');

const STEPS: readonly StepDef[] = [
  {
    key: 'a',
    title: 'initial compile',
    edit: () => undefined,
    changes: [
      ...['customer_revenue', 'big_customers', 'busy_regions', 'open_orders', 'order_line_details', 'order_stats', 'region_statuses', 'revenue_totals'].map(
        (s) => `create stream table public.${s}`,
      ),
      ...['customers', 'order_lines', 'orders', 'products'].map((s) => `capture changes of public.${s}`),
    ],
    pending: '',
    before: '',
    dml: fixtureChange('001_new_orders.sql'),
    revertBefore: '',
    revertAfter: '',
  },
  {
    key: 'b',
    title: 'add a stream table over a new table, change one that others read, reschedule one',
    edit: (dir) => {
      writeFileSync(
        join(dir, 'schema', '002_shipments.sql'),
        'CREATE TABLE shipments (\n    id        integer PRIMARY KEY,\n    order_id  bigint NOT NULL,\n    carrier   text NOT NULL\n);\n',
      );
      writeFileSync(join(dir, 'streams', '004_shipping.sql'), 'CREATE MATERIALIZED VIEW carrier_counts AS\nSELECT carrier, count(*) AS shipments\n  FROM shipments\n GROUP BY carrier;\n');
      edit(join(dir, 'streams', '002_aggregates.sql'), 'sum(l.quantity) AS items,', 'sum(l.quantity) AS items, sum(l.quantity * p.price) AS revenue,');
      edit(join(dir, 'streams', '002_aggregates.sql'), `$$, '5m', 'DIFFERENTIAL');`, `$$, '10m', 'DIFFERENTIAL');`);
    },
    changes: [
      'create stream table public.carrier_counts',
      'rebuild stream table public.customer_revenue: its definition changed',
      'rebuild stream table public.big_customers: what it reads or how it is maintained changed',
      'rebuild stream table public.revenue_totals: what it reads or how it is maintained changed',
      'capture changes of public.shipments',
      'reschedule public.busy_regions: 5m -> 10m',
    ],
    pending: fixtureChange('002_updates.sql'),
    before: `CREATE TABLE shipments (id integer PRIMARY KEY, order_id bigint NOT NULL, carrier text NOT NULL);
INSERT INTO shipments VALUES (1, 100, 'dhl'), (2, 101, 'ups'), (3, 102, 'dhl');`,
    dml: `INSERT INTO shipments VALUES (4, 104, 'ups');
UPDATE shipments SET carrier = 'fedex' WHERE id = 1;
DELETE FROM order_lines WHERE order_id = 100 AND sku = 'A1';
UPDATE customers SET name = 'Brian B' WHERE id = 2;
UPDATE products SET price = price * 2 WHERE sku = 'C3';`,
    revertBefore: '',
    revertAfter: 'DROP TABLE shipments;',
  },
  {
    key: 'c',
    title: 'drop a stream table; its source is no longer captured',
    edit: (dir) => rmSync(join(dir, 'streams', '004_shipping.sql')),
    changes: ['drop stream table public.carrier_counts', 'stop capturing public.shipments'],
    pending: `${fixtureChange('003_deletes.sql')}\nINSERT INTO shipments VALUES (5, 104, 'dhl');`,
    before: '',
    dml: `INSERT INTO shipments VALUES (6, 107, 'ups');
INSERT INTO orders VALUES (107, 4, 'pending', '2026-02-02');
INSERT INTO order_lines VALUES (107, 'B2', 7, NULL);`,
    revertBefore: '',
    revertAfter: '',
  },
  {
    key: 'd',
    title: 'a source table gains a column that a stream table starts using',
    edit: (dir) => {
      edit(join(dir, 'schema', '001_tables.sql'), 'vip     boolean NOT NULL DEFAULT false\n', "vip     boolean NOT NULL DEFAULT false,\n    tier    text NOT NULL DEFAULT 'standard'\n");
      edit(
        join(dir, 'streams', '002_aggregates.sql'),
        "sum(CASE WHEN o.status = 'paid' THEN 1 ELSE 0 END) AS paid",
        "sum(CASE WHEN o.status = 'paid' THEN 1 ELSE 0 END) AS paid,\n           count(*) FILTER (WHERE c.tier = 'gold') AS gold_orders",
      );
    },
    changes: [
      // Every reader of customers reads all its columns, so all of them are rebuilt, and so is its capture.
      'rebuild stream table public.customer_revenue: what it reads or how it is maintained changed',
      'rebuild stream table public.big_customers: it reads public.customer_revenue, which is rebuilt',
      'rebuild stream table public.busy_regions: its definition changed',
      'rebuild stream table public.order_line_details: what it reads or how it is maintained changed',
      'rebuild stream table public.region_statuses: what it reads or how it is maintained changed',
      'rebuild stream table public.revenue_totals: it reads public.customer_revenue, which is rebuilt',
      'capture changes of public.customers',
      'capture changes of public.order_lines',
      'capture changes of public.products',
    ],
    pending: fixtureChange('004_nulls_and_keys.sql'),
    before: `ALTER TABLE customers ADD COLUMN tier text NOT NULL DEFAULT 'standard';
UPDATE customers SET tier = 'gold' WHERE id = 1;`,
    dml: `UPDATE customers SET tier = 'gold' WHERE id IN (2, 5);
INSERT INTO customers (id, name, region, vip, tier) VALUES (6, 'Finn', 'south', false, 'gold');
INSERT INTO orders VALUES (108, 6, 'paid', '2026-02-03');
INSERT INTO order_lines VALUES (108, 'A1', 2, 0.25);`,
    revertBefore: '',
    revertAfter: 'ALTER TABLE customers DROP COLUMN tier;',
  },
  {
    key: 'e',
    title: 'a source table loses a column and another is retyped',
    edit: (dir) => {
      edit(join(dir, 'schema', '001_tables.sql'), '    quantity  integer NOT NULL,\n    discount  numeric(4,2)\n', '    quantity  bigint NOT NULL\n');
      edit(join(dir, 'streams', '002_aggregates.sql'), ' count(l.discount) AS discounted_lines,', '');
      edit(join(dir, 'streams', '001_orders.sql'), 'l.quantity * p.price * (1 - coalesce(l.discount, 0)) AS line_total', 'l.quantity * p.price AS line_total');
    },
    changes: [
      'rebuild stream table public.customer_revenue: its definition changed',
      'rebuild stream table public.big_customers: what it reads or how it is maintained changed',
      'rebuild stream table public.order_line_details: its definition changed',
      'rebuild stream table public.revenue_totals: what it reads or how it is maintained changed',
      'capture changes of public.order_lines',
      'capture changes of public.products',
    ],
    pending: fixtureChange('005_truncate.sql'),
    before: `ALTER TABLE order_lines DROP COLUMN discount;
ALTER TABLE order_lines ALTER COLUMN quantity TYPE bigint;`,
    dml: `INSERT INTO order_lines (order_id, sku, quantity) VALUES (106, 'A1', 5000000000), (104, 'C3', 3);
UPDATE order_lines SET quantity = quantity + 1 WHERE order_id = 104;`,
    revertBefore: `DELETE FROM order_lines WHERE quantity > 2147483647;
ALTER TABLE order_lines ALTER COLUMN quantity TYPE integer;
ALTER TABLE order_lines ADD COLUMN discount numeric(4,2);`,
    revertAfter: '',
  },
  {
    key: 'f',
    title: 'no change',
    edit: () => undefined,
    changes: [],
    pending: '',
    before: '',
    dml: '',
    revertBefore: '',
    revertAfter: '',
  },
];

// ---------------------------------------------------------------------------------------------
// Shared state of the walk
// ---------------------------------------------------------------------------------------------

let tmp: string | undefined;
const projectDir = () => join(tmp!, 'project');
const outDir = () => join(tmp!, 'out');
const compiled: CompiledStep[] = [];
/** Steps that added a migration, in order. */
const migrated = () => compiled.filter((s) => s.migration);

function snapshotTree(dir: string): Map<string, string> {
  return new Map(listTree(dir).map((p) => [p, `${statSync(join(dir, p)).mtimeMs} ${readFileSync(join(dir, p), 'utf8')}`]));
}

function changeLines(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('  '))
    .map((l) => l.trim())
    .sort();
}

const compile = (...extra: string[]) => runCli(['compile', projectDir(), '--out', outDir(), ...extra]);

beforeAll(async () => {
  await loadParser();
  tmp = tempDir('trickle-migrations-');
  cpSync(SHOP_DIR, projectDir(), { recursive: true });
  rmSync(join(projectDir(), 'changes'), { recursive: true });
  writeFileSync(join(projectDir(), 'trickle.json'), JSON.stringify({ name: PROJECT, defaults: { schedule: '1m', refresh_mode: 'DIFFERENTIAL' } }, null, 2) + '\n');
});

afterAll(() => removeTempDir(tmp));

// ---------------------------------------------------------------------------------------------
// Compiling: one migration per edit
// ---------------------------------------------------------------------------------------------

describe('trickle compile appends one migration per edit', () => {
  STEPS.forEach((def, i) => {
    it(`${def.key}: ${def.title}`, async () => {
      const before = existsSync(outDir()) ? snapshotTree(outDir()) : new Map<string, string>();
      def.edit(projectDir());
      // --check on a copy of the folder, while compile writes the real one.
      const checkDir = join(tmp!, `check-${def.key}`);
      if (existsSync(outDir())) cpSync(outDir(), checkDir, { recursive: true });
      const [check, r] = await Promise.all([runCli(['compile', projectDir(), '--out', checkDir, '--check']), compile()]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      const project = analyzeProject(loadProject(projectDir()));

      if (def.changes.length === 0) {
        expect(check.code, check.stdout).toBe(0);
        expect(check.stdout).toMatch(/: up to date \(\d+ migrations\)\n$/);
        expect(r.stdout).toMatch(/: up to date, no changes since \d{4}_\w+\n$/);
        // Nothing written: same files, same contents, same modification times.
        expect(snapshotTree(outDir())).toEqual(before);
        compiled.push({ def, project, migration: undefined, recreated: [] });
        return;
      }
      expect(check.code, check.stdout).toBe(1);
      expect(check.stdout).toContain('the project has changes not yet compiled into a migration:');
      expect(changeLines(check.stdout)).toEqual([...def.changes].sort());
      // --check writes nothing
      if (i === 0) expect(existsSync(checkDir)).toBe(false);
      else expect(listTree(checkDir)).toEqual([...before.keys()]);
      expect(changeLines(r.stdout)).toEqual([...def.changes].sort());

      const version = migrated().length + 1;
      const after = listTree(outDir());
      const added = after.filter((p) => !before.has(p) && !p.startsWith('drop/') && p.endsWith('.sql'));
      expect(added).toHaveLength(2);
      const up = added.find((p) => !p.endsWith('.down.sql'))!;
      const down = added.find((p) => p.endsWith('.down.sql'))!;
      const tag = up.replace(/\.sql$/, '');
      expect(tag).toMatch(new RegExp(`^${String(version).padStart(4, '0')}_[a-z0-9_]+$`));
      expect(down).toBe(`${tag}.down.sql`);
      expect(r.stdout).toContain(`wrote migration ${up}, ${down}\n`);
      // Earlier migrations are never touched.
      const now = snapshotTree(outDir());
      for (const [p, v] of before) if (!p.startsWith('drop/') && p.endsWith('.sql')) expect(now.get(p), p).toBe(v);
      // The migration records itself and guards its order.
      const upText = readFileSync(join(outDir(), up), 'utf8');
      const name = tag.slice(5);
      expect(upText).toContain(`CALL pg_trickle.begin_migration('${PROJECT}', ${version}, '${name}');`);
      expect(upText).toContain(`CALL pg_trickle.end_migration('${PROJECT}', ${version}, '${name}');`);
      for (const c of def.changes) expect(upText).toContain(`--   ${c}\n`);
      const downText = readFileSync(join(outDir(), down), 'utf8');
      expect(downText).toContain(`CALL pg_trickle.begin_revert('${PROJECT}', ${version}, '${name}');`);
      // One drop script per stream table of the project.
      expect(after.filter((p) => p.startsWith('drop/'))).toEqual(project.streams.map((s) => `drop/${s.name.schema}_${s.name.name}.sql`).sort());
      // Up to date now.
      const recheck = i === STEPS.length - 2 ? await compile('--check') : undefined;
      if (recheck) expect(recheck.code, recheck.stdout).toBe(0);

      const recreated = def.changes.filter((c) => /^(create|rebuild) stream table /.test(c)).map((c) => c.replace(/^(create|rebuild) stream table ([^:]+).*$/, '$2'));
      compiled.push({ def, project, migration: { version, tag, up, down }, recreated });
    });
  });

  it('--check and compile refuse a history whose migrations were edited, removed or added by hand', async () => {
    expect(migrated().length).toBe(5);
    const dir = join(tmp!, 'tampered');
    cpSync(outDir(), dir, { recursive: true });
    const second = migrated()[1]!.migration!;
    writeFileSync(join(dir, second.up), readFileSync(join(dir, second.up), 'utf8') + '-- a reviewer was here\n');
    rmSync(join(dir, migrated()[2]!.migration!.down));
    writeFileSync(join(dir, '0006_by_hand.sql'), 'SELECT 1;\n');
    const dir2 = join(tmp!, 'tampered2');
    cpSync(dir, dir2, { recursive: true });
    const tree = snapshotTree(dir);
    const tree2 = snapshotTree(dir2);
    // --check on one tampered copy, compile on the other.
    const [check, write] = await Promise.all([runCli(['compile', projectDir(), '--out', dir, '--check']), runCli(['compile', projectDir(), '--out', dir2])]);
    expect(check.code, check.stdout).toBe(1);
    expect(check.stdout).toContain(`${second.up}: edited after it was written: a migration must never change once written`);
    expect(check.stdout).toContain(`${migrated()[2]!.migration!.down}: removed: the history lists it (restore it)`);
    expect(check.stdout).toContain('0006_by_hand.sql: not part of the recorded history (added by hand?)');
    expect(check.stdout).not.toContain('not yet compiled');
    expect(snapshotTree(dir)).toEqual(tree);
    expect(write.code).toBe(1);
    expect(write.stderr).toContain('the migration history was changed by hand; nothing written');
    expect(snapshotTree(dir2)).toEqual(tree2);
    // The real folder is untouched and up to date.
    const ok = await compile('--check');
    expect(ok.code, ok.stdout).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Applying on PostgreSQL
// ---------------------------------------------------------------------------------------------

interface Psql {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs SQL pieces (files or inline text) in ONE transaction: psql -1 when installed, else one BEGIN/COMMIT. */
async function runInOneTransaction(url: string, client: pg.Client, pieces: readonly ({ file: string } | { sql: string })[], label: string): Promise<void> {
  const parts = pieces.filter((p) => !('sql' in p) || p.sql.trim() !== '');
  if (existsSync(PSQL)) {
    const args = parts.flatMap((p, i) => {
      if ('file' in p) return ['-f', p.file];
      const f = join(tmp!, 'sql', `${label.replace(/\W+/g, '_')}_${i}.sql`);
      mkdirSync(join(tmp!, 'sql'), { recursive: true });
      writeFileSync(f, p.sql);
      return ['-f', f];
    });
    const r = await psql(url, ['-1', ...args]);
    if (r.code !== 0) throw new Error(`${label}: psql exited ${r.code}: ${r.stderr}`);
    return;
  }
  await runScript(client, parts.map((p) => ('file' in p ? readFileSync(p.file, 'utf8') : p.sql)).join('\n'), label);
}

function psql(url: string, args: readonly string[]): Promise<Psql> {
  return new Promise((resolve) => {
    execFile(PSQL, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', ...args, '-d', url], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, PGOPTIONS: '', PGCLIENTENCODING: 'UTF8' } }, (err, stdout, stderr) => {
      const status = (err as { code?: unknown } | null)?.code;
      resolve({ code: err ? (typeof status === 'number' ? status : -1) : 0, stdout, stderr });
    });
  });
}

/** The project with only some of its stream tables (for the oracle). */
function only(project: AnalyzedProject, names: readonly string[]): AnalyzedProject {
  const streams = project.streams.filter((s) => names.includes(`${s.name.schema}.${s.name.name}`));
  expect(streams.length).toBe(names.length);
  return { ...project, streams };
}

/** Everything a refused migration must leave as it was. */
async function catalogSnapshot(client: pg.Client): Promise<string> {
  const q = async (sql: string) => (await client.query(sql)).rows;
  const streams = await q(
    `SELECT stable_name, defining_query, schedule, refresh_order, refresh_count, last_refresh_at::text, frontier::text FROM pg_trickle.pgt_stream_tables ORDER BY stable_name`,
  );
  const counts = [];
  for (const s of streams) counts.push([s.stable_name, (await q(`SELECT count(*)::int AS n FROM ${s.stable_name}`))[0]!.n]);
  return JSON.stringify({
    streams,
    counts,
    deps: await q(`SELECT d.source_stable_name, s.stable_name, d.columns_used FROM pg_trickle.pgt_dependencies d JOIN pg_trickle.pgt_stream_tables s USING (pgt_id) ORDER BY 1, 2`),
    tracking: await q(`SELECT * FROM pg_trickle.pgt_change_tracking ORDER BY 1`),
    migrations: await q(`SELECT project, version, name, applied_at::text FROM pg_trickle.pgt_migrations ORDER BY 1, 2`),
    triggers: await q(`SELECT tgrelid::regclass::text AS rel, tgname FROM pg_trigger WHERE tgname LIKE 'pg_trickle_cdc%' ORDER BY 1, 2`),
    tables: await q(`SELECT n.nspname || '.' || c.relname AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname IN ('public', 'pg_trickle', 'pg_trickle_changes') ORDER BY 1`),
  });
}

async function appliedVersions(client: pg.Client): Promise<number[]> {
  const exists = (await client.query(`SELECT to_regclass('pg_trickle.pgt_migrations') IS NOT NULL AS ok`)).rows[0].ok as boolean;
  if (!exists) return [];
  return (await client.query('SELECT version FROM pg_trickle.pgt_migrations WHERE project = $1 ORDER BY version', [PROJECT])).rows.map((r) => Number(r.version));
}

/** Output column types of each stream table equal those of its defining query. */
async function expectColumnTypes(client: pg.Client, project: AnalyzedProject, label: string): Promise<void> {
  for (const st of project.streams) {
    const cols = st.columns.map((c) => `"${c.name.replace(/"/g, '""')}"`).join(', ');
    const stored = await client.query(`SELECT ${cols} FROM "${st.name.schema}"."${st.name.name}" LIMIT 0`);
    const query = await client.query(`SELECT ${cols} FROM (${st.definingQuery}) AS q LIMIT 0`);
    expect(
      stored.fields.map((f) => `${f.name}:${f.dataTypeID}`),
      `${label}: column types of ${st.name.schema}.${st.name.name}`,
    ).toEqual(query.fields.map((f) => `${f.name}:${f.dataTypeID}`));
  }
}

/** `trickle status` against the final history: the first `applied` migrations applied, the others pending. */
async function expectStatus(url: string, applied: number): Promise<void> {
  const r = await runCli(['status', projectDir(), '--out', outDir(), '--database-url', url]);
  expect(r.code, r.stderr).toBe(0);
  const lines = r.stdout.trimEnd().split('\n');
  const all = migrated().map((s) => s.migration!);
  expect(lines[0]).toMatch(new RegExp(`^project ${PROJECT}: ${all.length} migrations in \\S+$`));
  expect(lines.length).toBe(all.length + 2);
  all.forEach((m, i) => {
    if (i < applied) expect(lines[i + 1]).toMatch(new RegExp(`^  applied  ${m.tag}  \\(\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\)$`));
    else expect(lines[i + 1]).toBe(`  pending  ${m.tag}`);
  });
  expect(lines.at(-1)).toBe(applied === all.length ? 'up to date' : `${all.length - applied} pending`);
}

const streamRow = async (client: pg.Client, name: string) =>
  (
    await client.query(
      `SELECT schedule, schedule_kind, schedule_interval::text AS schedule_interval, last_refresh_at::text AS last_refresh_at, last_refresh_kind,
              refresh_count::int AS refresh_count, refresh_order, refresh_function
         FROM pg_trickle.pgt_stream_tables WHERE stable_name = $1`,
      [name],
    )
  ).rows[0] as Record<string, unknown> | undefined;

const hasRelation = async (client: pg.Client, name: string) => (await client.query('SELECT to_regclass($1) IS NOT NULL AS ok', [name])).rows[0].ok as boolean;
const cdcTriggers = async (client: pg.Client, table: string) =>
  (await client.query(`SELECT tgname FROM pg_trigger WHERE tgrelid = $1::regclass AND tgname LIKE 'pg_trickle_cdc%' ORDER BY 1`, [table])).rows.map((r) => String(r.tgname));
const bufferOf = (table: string) => `pg_trickle_changes.changes_${stableHash(table)}`;
const columnsOf = async (client: pg.Client, table: string) =>
  (
    await client.query(
      `SELECT attname || ' ' || format_type(atttypid, atttypmod) AS c FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
      [table],
    )
  ).rows.map((r) => String(r.c));

for (const entry of pgServers()) {
  describe.skipIf(entry.skipReason !== undefined)(`migrations applied in order on ${entry.label}`, () => {
    let server: PgServer | undefined;
    let dbName = '';
    let url = '';
    let client: pg.Client | undefined;
    const db = () => client!;

    beforeAll(async () => {
      server = await entry.start();
      if (!server) return;
      dbName = `trickle_migrations_${process.pid}`;
      const admin = await connect(server.adminUrl());
      await admin.query(`CREATE DATABASE ${dbName}`);
      await admin.end();
      url = server.adminUrl(dbName);
      client = await connect(url);
    });

    afterAll(async () => {
      await client?.end();
      await server?.stop();
    });

    const file = (p: string) => ({ file: join(outDir(), p) });

    /** Pending DML, the migration with its DDL, then the oracle, DML, refresh, oracle. */
    async function applyStep(s: CompiledStep, round: string, dml: string): Promise<void> {
      const m = s.migration!;
      const label = `${round} ${m.tag}`;
      if (s.def.pending && round === 'first') await runScript(db(), s.def.pending, `${label}: pending DML`);
      await runInOneTransaction(url, db(), [{ sql: s.def.before }, file(m.up)], label);
      expect(await appliedVersions(db())).toEqual(migrated().slice(0, m.version).map((x) => x.migration!.version));
      // What the migration (re)created is fresh at once; the rest after a refresh.
      await expectOracle(db(), only(s.project, s.recreated), `${label}: right after the migration`);
      expect(await refreshAll(db(), s.project)).toHaveLength(s.project.streams.length);
      await expectOracle(db(), s.project, `${label}: refreshed`);
      await expectColumnTypes(db(), s.project, label);
      if (dml) {
        await runScript(db(), dml, `${label}: DML`);
        await refreshAll(db(), s.project);
        await expectOracle(db(), s.project, `${label}: after DML and a refresh`);
      }
    }

    it('a: schema, data, then 0001 on a database with data', async (ctx) => {
      if (!client) return ctx.skip(`${entry.label} is not available`);
      const [a] = migrated();
      await expectStatus(url, 0);
      const p = a!.project;
      await runScript(db(), p.catalog.statements.map((st) => st.sql + ';').join('\n'), 'schema/');
      for (const d of loadProject(projectDir()).data) await runScript(db(), d.text, d.file);
      await applyStep(a!, 'first', a!.def.dml);
      // Applying it again is refused and changes nothing (its catalog part is idempotent).
      const snap = await catalogSnapshot(db());
      const again = await psql(url, ['-1', '-f', join(outDir(), a!.migration!.up)]);
      expect(again.code).not.toBe(0);
      expect(again.stderr).toContain(`pg_trickle: migration ${a!.migration!.tag} of project ${PROJECT} is already applied`);
      expect(await catalogSnapshot(db())).toBe(snap);
    });

    it('b: add, change with readers, reschedule', async (ctx) => {
      if (!client) return ctx.skip(`${entry.label} is not available`);
      const b = migrated()[1]!;
      const untouched = await streamRow(db(), 'public.open_orders');
      await runScript(db(), b.def.pending, 'b: pending DML');
      const busy = await streamRow(db(), 'public.busy_regions');
      const revenue = await streamRow(db(), 'public.customer_revenue');
      expect(busy).toMatchObject({ schedule: '5m', schedule_kind: 'interval', schedule_interval: '00:05:00' });

      await runInOneTransaction(url, db(), [{ sql: b.def.before }, file(b.migration!.up)], 'b');
      // Rescheduled: new schedule, same refresh history.
      expect(await streamRow(db(), 'public.busy_regions')).toEqual({
        ...busy,
        schedule: '10m',
        schedule_interval: '00:10:00',
        refresh_order: b.project.streams.find((s) => s.name.name === 'busy_regions')!.order,
      });
      // Untouched: as it was (only its place in the refresh order may move).
      expect({ ...(await streamRow(db(), 'public.open_orders')), refresh_order: 0 }).toEqual({ ...untouched, refresh_order: 0 });
      // Rebuilt and created: populated from scratch by the migration.
      for (const name of b.recreated) {
        const row = await streamRow(db(), name);
        expect(row, name).toMatchObject({ refresh_count: 1, last_refresh_kind: 'FULL' });
        expect(String(row!.last_refresh_at) > String(revenue!.last_refresh_at), name).toBe(true);
      }
      expect(await streamRow(db(), 'public.customer_revenue')).toMatchObject({ schedule: '30s', schedule_kind: 'interval', schedule_interval: '00:00:30' });
      expect(await streamRow(db(), 'public.carrier_counts')).toMatchObject({ schedule: '1m', schedule_interval: '00:01:00' });
      // Refresh order follows the project.
      for (const st of b.project.streams) expect((await streamRow(db(), `${st.name.schema}.${st.name.name}`))!.refresh_order).toBe(st.order);
      // The new source is captured.
      expect(await cdcTriggers(db(), 'public.shipments')).toHaveLength(4);
      expect(await hasRelation(db(), bufferOf('public.shipments'))).toBe(true);

      await expectOracle(db(), only(b.project, b.recreated), 'b: right after the migration');
      await refreshAll(db(), b.project);
      await expectOracle(db(), b.project, 'b: refreshed');
      await runScript(db(), b.def.dml, 'b: DML');
      await refreshAll(db(), b.project);
      await expectOracle(db(), b.project, 'b: after DML and a refresh');

      // Applying it twice (even outside a single transaction) is refused and changes nothing.
      const snap = await catalogSnapshot(db());
      const again = await psql(url, ['-f', join(outDir(), b.migration!.up)]);
      expect(again.code).not.toBe(0);
      expect(again.stderr).toContain(`migration ${b.migration!.tag} of project ${PROJECT} is already applied`);
      expect(await catalogSnapshot(db())).toBe(snap);
    });

    it('c: drop a stream table; its only source stops being captured', async (ctx) => {
      if (!client) return ctx.skip(`${entry.label} is not available`);
      const c = migrated()[2]!;
      const gone = (await streamRow(db(), 'public.carrier_counts'))!;
      expect(gone).toBeDefined();
      const tracking = (await db().query(`SELECT * FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.shipments'`)).rows[0];
      expect(tracking).toBeDefined();
      await expectStatus(url, 2);

      await applyStep(c, 'first', '');
      expect(await hasRelation(db(), 'public.carrier_counts')).toBe(false);
      expect((await db().query(`SELECT count(*)::int AS n FROM pg_proc WHERE proname = $1 AND pronamespace = 'pg_trickle'::regnamespace`, [gone.refresh_function])).rows[0].n).toBe(0);
      expect(await streamRow(db(), 'public.carrier_counts')).toBeUndefined();
      expect((await db().query(`SELECT count(*)::int AS n FROM pg_trickle.pgt_dependencies WHERE source_stable_name = 'public.shipments'`)).rows[0].n).toBe(0);
      expect(await cdcTriggers(db(), 'public.shipments')).toEqual([]);
      expect(await hasRelation(db(), `pg_trickle_changes.${tracking.buffer_table}`)).toBe(false);
      expect((await db().query(`SELECT count(*)::int AS n FROM pg_proc WHERE proname = $1`, [tracking.trigger_function])).rows[0].n).toBe(0);
      expect((await db().query(`SELECT count(*)::int AS n FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.shipments'`)).rows[0].n).toBe(0);
      // Other sources keep their capture.
      for (const t of ['customers', 'orders', 'order_lines', 'products']) expect(await cdcTriggers(db(), `public.${t}`), t).toHaveLength(4);
      await runScript(db(), c.def.dml, 'c: DML');
      await refreshAll(db(), c.project);
      await expectOracle(db(), c.project, 'c: after DML and a refresh');
    });

    it('d: a source gains a column, applied with ALTER TABLE in the same transaction', async (ctx) => {
      if (!client) return ctx.skip(`${entry.label} is not available`);
      const d = migrated()[3]!;
      await applyStep(d, 'first', d.def.dml);
      expect(await columnsOf(db(), bufferOf('public.customers'))).toContain('tier text');
      const deps = (await db().query(`SELECT d.columns_used FROM pg_trickle.pgt_dependencies d JOIN pg_trickle.pgt_stream_tables s USING (pgt_id) WHERE s.stable_name = 'public.busy_regions' AND d.source_stable_name = 'public.customers'`)).rows[0];
      expect(deps.columns_used).toContain('tier');
    });

    it('e: a source loses a column and another is retyped', async (ctx) => {
      if (!client) return ctx.skip(`${entry.label} is not available`);
      const e = migrated()[4]!;
      await applyStep(e, 'first', e.def.dml);
      expect(await columnsOf(db(), bufferOf('public.order_lines'))).toEqual([
        '__pgt_change_id bigint',
        '__pgt_xid xid8',
        '__pgt_action "char"',
        'order_id bigint',
        'sku text',
        'quantity bigint',
      ]);
      expect(await columnsOf(db(), 'public.order_line_details')).toContain('quantity bigint');
      expect((await db().query(`SELECT max(quantity)::text AS q FROM public.order_line_details`)).rows[0].q).toBe('5000000000');
      await expectStatus(url, 5);
      // f compiled nothing: the history ends here.
      expect(compiled.at(-1)!.migration).toBeUndefined();
    });

    it('every migration reverts with its down script, newest first, to the previous step', async (ctx) => {
      if (!client) return ctx.skip(`${entry.label} is not available`);
      const steps = migrated();
      for (let i = steps.length - 1; i >= 0; i--) {
        const s = steps[i]!;
        const m = s.migration!;
        if (i === 1) {
          // At 0002: 0001's down script is refused.
          const snap = await catalogSnapshot(db());
          const early = await psql(url, ['-1', '-f', join(outDir(), steps[0]!.migration!.down)]);
          expect(early.stderr).toContain(`cannot revert migration ${steps[0]!.migration!.tag} of project ${PROJECT}: the latest applied is 0002`);
          expect(await catalogSnapshot(db())).toBe(snap);
        }
        await refreshAll(db(), s.project);
        await runInOneTransaction(url, db(), [{ sql: s.def.revertBefore }, file(m.down), { sql: s.def.revertAfter }], `revert ${m.tag}`);
        expect(await appliedVersions(db())).toEqual(steps.slice(0, i).map((x) => x.migration!.version));
        if (i === 0) break;
        const prev = steps[i - 1]!;
        await expectOracle(db(), prev.project, `after reverting ${m.tag}`);
        await expectColumnTypes(db(), prev.project, `after reverting ${m.tag}`);
        const names = (await db().query(`SELECT stable_name FROM pg_trickle.pgt_stream_tables ORDER BY 1`)).rows.map((r) => String(r.stable_name));
        expect(names).toEqual(prev.project.streams.map((st) => `${st.name.schema}.${st.name.name}`).sort());
        if (i === 1) {
          // Back at 0001: busy_regions has its old schedule; 0003 is out of order.
          expect(await streamRow(db(), 'public.busy_regions')).toMatchObject({ schedule: '5m', schedule_interval: '00:05:00' });
          await expectStatus(url, 1);
          const snap = await catalogSnapshot(db());
          const third = steps[2]!.migration!;
          const r = await psql(url, ['-1', '-f', join(outDir(), third.up)]);
          expect(r.code).not.toBe(0);
          expect(r.stderr).toContain(`pg_trickle: migration ${third.tag} of project ${PROJECT} is out of order: the database is at ${steps[0]!.migration!.tag}`);
          expect(await catalogSnapshot(db())).toBe(snap);
        }
        if (i === 2) {
          // 0003 reverted: carrier_counts is back and shipments captured again.
          expect(await cdcTriggers(db(), 'public.shipments')).toHaveLength(4);
        }
      }
      // 0001 reverted: no stream table, no catalog; the user's tables and rows stay.
      expect(await hasRelation(db(), 'pg_trickle.pgt_stream_tables')).toBe(false);
      expect((await db().query(`SELECT count(*)::int AS n FROM pg_namespace WHERE nspname IN ('pg_trickle', 'pg_trickle_changes')`)).rows[0].n).toBe(0);
      for (const st of steps[0]!.project.streams) expect(await hasRelation(db(), `${st.name.schema}.${st.name.name}`)).toBe(false);
      expect((await db().query(`SELECT count(*)::int AS n FROM pg_trigger WHERE tgname LIKE 'pg_trickle%'`)).rows[0].n).toBe(0);
      expect((await db().query(`SELECT count(*)::int AS n FROM public.orders`)).rows[0].n).toBeGreaterThan(0);
    });

    it('the history applies forward again on the same data', async (ctx) => {
      if (!client) return ctx.skip(`${entry.label} is not available`);
      await expectStatus(url, 0);
      for (const s of migrated()) {
        const r = s.migration!.version;
        const dml = [
          `INSERT INTO orders VALUES (${2000 + r}, ${1 + (r % 4)}, 'open', '2026-03-0${r}');`,
          `INSERT INTO order_lines (order_id, sku, quantity) VALUES (${2000 + r}, 'C3', ${r + 1}), (${2000 + r}, 'A1', 2);`,
          `UPDATE orders SET status = 'paid' WHERE id = ${2000 + r - 1};`,
          `DELETE FROM order_lines WHERE order_id = 101;`,
        ].join('\n');
        await applyStep(s, 'again', dml);
      }
      await expectStatus(url, 5);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// A copy of fixtures/shop edited once: its first history on a database, then the edit's migration
// ---------------------------------------------------------------------------------------------

type History = ReturnType<typeof compileHistory>;

/**
 * A new database `name` on `server` holding the shop's schema/ and data/ as `sources` has them
 * and the migrations of `first`; and the up scripts `next` adds to them, to run after the edit.
 */
async function shopAtFirstHistory(server: PgServer, name: string, sources: ReturnType<typeof loadProject>, first: History, next: History): Promise<{ client: pg.Client; added: readonly string[] }> {
  const admin = await connect(server.adminUrl());
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const client = await connect(server.adminUrl(name));
  const up = (files: History['files']) => files.filter((f) => f.role === 'up');
  try {
    await runScript(client, analyzeProject(sources).catalog.statements.map((s) => s.sql + ';').join('\n'), 'schema/');
    for (const d of sources.data) await runScript(client, d.text, d.file);
    for (const f of up(first.files)) await runScript(client, f.content, f.path);
  } catch (e) {
    await client.end();
    throw e;
  }
  return { client, added: up(next.files).filter((f) => !first.files.some((g) => g.path === f.path)).map((f) => f.content) };
}

// ---------------------------------------------------------------------------------------------
// A column retyped, nothing else: known bug
// ---------------------------------------------------------------------------------------------

describe('a source column retyped on its own', () => {
  // Regression (a bug found here, fixed since): the fingerprint of a stream table (compiler/migrate/transition.ts) covered only its sources'
  // column NAMES only, so retyping a source column (order_lines.quantity integer -> bigint) yields
  // no migration at all: compile says "up to date", trickle.state.json keeps the old type, the
  // readers keep storage of the old types (sum(quantity) stays bigint instead of numeric) and the
  // change buffer keeps `quantity integer`, so the CDC trigger fails with "integer out of range"
  // on the first write of a value the new type allows. Expected: the readers of order_lines are
  // rebuilt and its capture regenerated, as when a column is added or dropped.
  it('compiles into a migration that rebuilds the readers and regenerates the capture', async () => {
    await loadParser();
    const dir = tempDir('trickle-retype-');
    try {
      cpSync(SHOP_DIR, dir, { recursive: true });
      writeFileSync(join(dir, 'trickle.json'), JSON.stringify({ name: `${PROJECT}_retype` }));
      const first = compileHistory(analyzeProject(loadProject(dir)), new Map(), 'plain');
      edit(join(dir, 'schema', '001_tables.sql'), 'quantity  integer NOT NULL', 'quantity  bigint NOT NULL');
      const next = compileHistory(analyzeProject(loadProject(dir)), new Map(first.files.map((f) => [f.path, f.content])), 'plain');
      expect(next.added, 'no migration for a retyped column').toBeDefined();
      expect(next.added!.changes.map((c) => `${c.kind} ${'stream' in c ? c.stream : c.source}`)).toEqual(
        expect.arrayContaining(['rebuild public.customer_revenue', 'rebuild public.order_line_details', 'capture public.order_lines']),
      );
    } finally {
      removeTempDir(dir);
    }
  });

  // The same bug on PostgreSQL: after ALTER TABLE ... TYPE bigint and every migration compile
  // produces, a write of a bigint-only value into order_lines must be captured and refreshed.
  it('after the ALTER TABLE and the migrations compile writes, bigint values are captured and refreshed', async () => {
    await loadParser();
    const dir = tempDir('trickle-retype-db-');
    const server = await startEmbeddedPostgres();
    try {
      cpSync(SHOP_DIR, dir, { recursive: true });
      writeFileSync(join(dir, 'trickle.json'), JSON.stringify({ name: `${PROJECT}_retype` }));
      const sources = loadProject(dir);
      const first = compileHistory(analyzeProject(sources), new Map(), 'plain');
      edit(join(dir, 'schema', '001_tables.sql'), 'quantity  integer NOT NULL', 'quantity  bigint NOT NULL');
      const project = analyzeProject(loadProject(dir));
      const next = compileHistory(project, new Map(first.files.map((f) => [f.path, f.content])), 'plain');
      const { client: c, added } = await shopAtFirstHistory(server, 'retype', sources, first, next);
      try {
        await runScript(c, ['ALTER TABLE order_lines ALTER COLUMN quantity TYPE bigint;', ...added].join('\n'), 'retype');
        await runScript(c, `INSERT INTO order_lines VALUES (100, 'A1', 5000000000, NULL);`, 'a bigint quantity');
        await refreshAll(c, project);
        await expectOracle(c, project, 'after the retype');
        await expectColumnTypes(c, project, 'after the retype');
      } finally {
        await c.end();
      }
    } finally {
      await server.stop();
      removeTempDir(dir);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// A source table renamed
// ---------------------------------------------------------------------------------------------

describe('a source table renamed', () => {
  // Regression: after ALTER TABLE ... RENAME TO, the old name's capture could not be dropped (its
  // triggers moved with the table, where pg_trickle.drop_unused_change_tracking() did not look),
  // so the migration failed in the order docs/MIGRATIONS.md gives (the ALTER first).
  it('the ALTER and the migration compile writes apply together, and the readers follow the new name', async () => {
    await loadParser();
    const dir = tempDir('trickle-rename-');
    const server = await startEmbeddedPostgres();
    try {
      cpSync(SHOP_DIR, dir, { recursive: true });
      writeFileSync(join(dir, 'trickle.json'), JSON.stringify({ name: `${PROJECT}_rename` }));
      const sources = loadProject(dir);
      const first = compileHistory(analyzeProject(sources), new Map(), 'plain');
      writeFileSync(join(dir, 'schema', '002_rename.sql'), 'ALTER TABLE products RENAME TO catalog_items;\n');
      for (const f of readdirSync(join(dir, 'streams'))) {
        const path = join(dir, 'streams', f);
        writeFileSync(path, readFileSync(path, 'utf8').replace(/\bproducts\b/g, 'catalog_items'));
      }
      const project = analyzeProject(loadProject(dir));
      const next = compileHistory(project, new Map(first.files.map((f) => [f.path, f.content])), 'plain');
      expect(next.added?.changes.map(describeChange)).toEqual(expect.arrayContaining(['capture changes of public.catalog_items', 'stop capturing public.products']));
      const { client: c, added } = await shopAtFirstHistory(server, 'renamed', sources, first, next);
      try {
        await runScript(c, `UPDATE products SET price = price + 1 WHERE sku = 'A1';`, 'a change pending across the rename');
        await runScript(c, ['ALTER TABLE products RENAME TO catalog_items;', ...added].join('\n'), 'rename');
        await runScript(c, `UPDATE catalog_items SET price = price * 2 WHERE sku = 'B2'; DELETE FROM order_lines WHERE sku = 'C3';`, 'after the rename');
        await refreshAll(c, project);
        await expectOracle(c, project, 'after the rename');
        const left = await c.query(`SELECT count(*)::int AS n FROM pg_trigger WHERE tgname LIKE 'pg_trickle_cdc_%' AND tgrelid = 'catalog_items'::regclass`);
        expect(left.rows[0].n, 'the new capture only: four triggers').toBe(4);
      } finally {
        await c.end();
      }
    } finally {
      await server.stop();
      removeTempDir(dir);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// A name traded between a table and a stream table
// ---------------------------------------------------------------------------------------------

describe('a name traded between a table and a stream table', () => {
  // Regression: renaming a table and giving its name to a new stream table in one compile gave a
  // migration that could run only between the user's DDL and nothing else, and a down script that
  // could run in no order; so did the reverse. The two must be compiled (and applied) apart.
  const project = (schema: string, streams: string) => ({
    config: { name: 'traded', defaults: { schedule: '1m', refreshMode: 'AUTO' as const } },
    schema: [new SourceText('schema/001.sql', schema)],
    streams: [new SourceText('streams/001.sql', streams)],
    data: [],
    changes: [],
  });
  const TABLE = 'CREATE TABLE t (id int PRIMARY KEY, v int NOT NULL);';
  const compileAfter = (first: ReturnType<typeof compileHistory>, schema: string, streams: string) => () =>
    compileHistory(analyzeProject(project(schema, streams)), new Map(first.files.map((f) => [f.path, f.content])), 'plain');

  it('a stream table taking the name of a table renamed in the same compile is an error at its definition', async () => {
    await loadParser();
    const first = compileHistory(analyzeProject(project(TABLE, 'CREATE MATERIALIZED VIEW s AS SELECT v, count(*) AS n FROM t GROUP BY v;')), new Map(), 'plain');
    const renamed = `${TABLE}\nALTER TABLE t RENAME TO t_old;`;
    expect(compileAfter(first, renamed, 'CREATE MATERIALIZED VIEW s AS SELECT v, count(*) AS n FROM t_old GROUP BY v;\nCREATE MATERIALIZED VIEW t AS SELECT id FROM t_old;')).toThrow(
      'stream table public.t takes the name of table public.t, which schema/ declared at the last compile',
    );
    // Apart, each compiles.
    const second = compileAfter(first, renamed, 'CREATE MATERIALIZED VIEW s AS SELECT v, count(*) AS n FROM t_old GROUP BY v;')();
    expect(compileAfter(second, renamed, 'CREATE MATERIALIZED VIEW s AS SELECT v, count(*) AS n FROM t_old GROUP BY v;\nCREATE MATERIALIZED VIEW t AS SELECT id FROM t_old;')).not.toThrow();
  });

  it('a table taking the name of a stream table dropped in the same compile is an error at its CREATE TABLE', async () => {
    await loadParser();
    const first = compileHistory(analyzeProject(project(TABLE, 'CREATE MATERIALIZED VIEW u AS SELECT id FROM t;')), new Map(), 'plain');
    expect(compileAfter(first, `${TABLE}\nCREATE TABLE u (a int PRIMARY KEY);`, 'CREATE MATERIALIZED VIEW w AS SELECT a FROM u;')).toThrow(
      'table public.u takes the name of stream table public.u of the last compile',
    );
  });
});

describe('a history without its state', () => {
  // Regression: with trickle.state.json deleted, compile wrote 0001_initial.sql anew over the one
  // already applied (and rewrote trickle.sum to match), leaving the later migrations behind.
  it('is refused, nothing written, rather than started over', async () => {
    await loadParser();
    const sources = {
      config: { name: 'stateless', defaults: { schedule: '1m', refreshMode: 'AUTO' as const } },
      schema: [new SourceText('schema/001.sql', 'CREATE TABLE t (id int PRIMARY KEY);')],
      streams: [new SourceText('streams/001.sql', 'CREATE MATERIALIZED VIEW s AS SELECT id FROM t;')],
      data: [],
      changes: [],
    };
    const first = compileHistory(analyzeProject(sources), new Map(), 'plain');
    const withoutState = new Map(first.files.filter((f) => f.path !== 'trickle.state.json').map((f) => [f.path, f.content]));
    const again = compileHistory(analyzeProject(sources), withoutState, 'plain');
    expect(again.problems).toEqual([{ path: 'trickle.state.json', message: expect.stringMatching(/^missing, while the folder holds migrations/) }]);
  });
});

describe('ALTER TYPE of an enum or a composite that sources use', () => {
  // Regression: rows of a keyless table, and groups and DISTINCT values, are identified by a hash
  // of their values (of an enum's text). `ALTER TYPE ... RENAME VALUE` or `ADD ATTRIBUTE` changes
  // that hash for values already stored, and compile wrote no migration: the next refreshes could
  // not find the rows to delete (the stream tables kept 'sad' rows after they were deleted as 'blue').
  const SCHEMA = [
    "CREATE TYPE mood AS ENUM ('happy', 'sad');",
    'CREATE TYPE pair AS (m mood, n int);',
    'CREATE TABLE t (m mood, n int);',
    'CREATE TABLE u (p pair, k int);',
    'CREATE TABLE w (id int PRIMARY KEY, k int);',
  ].join('\n');
  const STREAMS = [
    'CREATE MATERIALIZED VIEW by_mood AS SELECT m, count(*) AS c, sum(n) AS s FROM t GROUP BY m;',
    'CREATE MATERIALIZED VIEW moods AS SELECT DISTINCT m FROM t;',
    'CREATE MATERIALIZED VIEW pairs AS SELECT p, k FROM u;',
    'CREATE MATERIALIZED VIEW ks AS SELECT k, count(*) AS c FROM w GROUP BY k;',
  ].join('\n');
  const project = (schema: string) => ({
    config: { name: `retexted_${process.pid}`, defaults: { schedule: '1m', refreshMode: 'DIFFERENTIAL' as const } },
    schema: [new SourceText('schema/001.sql', schema)],
    streams: [new SourceText('streams/001.sql', STREAMS)],
    data: [],
    changes: [],
  });
  const after = (history: History, schema: string) => compileHistory(analyzeProject(project(schema)), new Map(history.files.map((f) => [f.path, f.content])), 'plain');
  const changes = (h: History) => (h.added?.changes ?? []).map(describeChange).sort();

  it('rebuilds the readers of a column whose values print differently; an added label changes nothing', async () => {
    await loadParser();
    const first = compileHistory(analyzeProject(project(SCHEMA)), new Map(), 'plain');
    const added = `${SCHEMA}\nALTER TYPE mood ADD VALUE 'calm' BEFORE 'sad';`;
    const same = after(first, added);
    expect(same.added, 'ADD VALUE leaves every stored value as it was').toBeUndefined();
    // A label added after the last migration and renamed since is still noticed.
    const renamedNew = after(first, `${added}\nALTER TYPE mood RENAME VALUE 'calm' TO 'still';`);
    expect(changes(renamedNew)).toEqual(
      expect.arrayContaining([
        'rebuild stream table public.by_mood: ALTER TYPE changed the text of the values of public.t.m',
        'rebuild stream table public.moods: ALTER TYPE changed the text of the values of public.t.m',
        'rebuild stream table public.pairs: ALTER TYPE changed the text of the values of public.u.p',
      ]),
    );
    expect(changes(renamedNew).some((c) => c.includes('public.ks')), 'a stream table over no such column stays').toBe(false);
    // Once recorded, the same schema compiles to nothing more.
    expect(after(renamedNew, `${added}\nALTER TYPE mood RENAME VALUE 'calm' TO 'still';`).added).toBeUndefined();
    // An attribute added to a composite changes its values' text (and hash): its readers only.
    const attribute = changes(after(first, `${SCHEMA}\nALTER TYPE pair ADD ATTRIBUTE note text;`));
    expect(attribute.filter((c) => c.startsWith('rebuild'))).toEqual(['rebuild stream table public.pairs: ALTER TYPE changed the text of the values of public.u.p']);
  });

  it('the ALTER TYPE and the migration compile writes apply together; refreshes then equal the queries', async () => {
    await loadParser();
    const server = await startEmbeddedPostgres();
    const client0 = await connect(server.adminUrl());
    await client0.query('CREATE DATABASE retexted');
    await client0.end();
    const c = await connect(server.adminUrl('retexted'));
    try {
      const first = compileHistory(analyzeProject(project(SCHEMA)), new Map(), 'plain');
      const alter = "ALTER TYPE mood RENAME VALUE 'sad' TO 'blue';\nALTER TYPE pair ADD ATTRIBUTE note text;";
      const changed = analyzeProject(project(`${SCHEMA}\n${alter}`));
      const next = after(first, `${SCHEMA}\n${alter}`);
      await runScript(c, SCHEMA, 'schema/');
      for (const f of first.files.filter((f) => f.role === 'up')) await runScript(c, f.content, f.path);
      const added = next.files.filter((f) => f.role === 'up' && !first.files.some((g) => g.path === f.path));
      expect(added).toHaveLength(1);
      await runScript(c, "INSERT INTO t VALUES ('happy', 1), ('sad', 2), ('sad', 2), (NULL, 3); INSERT INTO u VALUES (ROW('sad', 1), 1), (ROW('happy', 2), 2), (ROW('sad', 1), 1); INSERT INTO w VALUES (1, 1);", 'data');
      await refreshAll(c, analyzeProject(project(SCHEMA)));
      await runScript(c, "INSERT INTO t VALUES ('sad', 5); UPDATE w SET k = 2;", 'pending across the migration');
      await runScript(c, [alter, ...added.map((f) => f.content)].join('\n'), 'ALTER TYPE and the migration');
      await runScript(c, "DELETE FROM t WHERE m = 'blue' AND n = 2; DELETE FROM u WHERE k = 1; UPDATE t SET m = 'blue' WHERE m = 'happy';", 'after the migration');
      await refreshAll(c, changed);
      await expectOracle(c, changed, 'after ALTER TYPE');
    } finally {
      await c.end();
      await server.stop();
    }
  });
});

describe('migrations on a live database: refresh modes, functions, collations, isolation and concurrency', () => {
  const project = (name: string, schema: string, streams: string, refreshMode: 'AUTO' | 'FULL' | 'DIFFERENTIAL' = 'AUTO') => ({
    config: { name, defaults: { schedule: '1m', refreshMode } },
    schema: [new SourceText('schema/001.sql', schema)],
    streams: [new SourceText('streams/001.sql', streams)],
    data: [],
    changes: [],
  });
  const newUps = (h: History, before?: History) => h.files.filter((f) => f.role === 'up' && !(before?.files ?? []).some((g) => g.path === f.path));
  const newDowns = (h: History, before: History) => h.files.filter((f) => f.role === 'down' && !before.files.some((g) => g.path === f.path));
  let server: PgServer | undefined;
  beforeAll(async () => {
    await loadParser();
    server = await startEmbeddedPostgres();
  });
  afterAll(async () => {
    await server?.stop();
  });
  const withDatabase = async (name: string, body: (c: pg.Client) => Promise<void>) => {
    const admin = await connect(server!.adminUrl());
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const c = await connect(server!.adminUrl(name));
    try {
      await body(c);
    } finally {
      await c.end();
    }
  };

  // Regression: the drop guard asked for __pgt_row_id, which only differentially maintained
  // stream tables have: a FULL one could be neither rebuilt, dropped nor reverted.
  it('a stream table refreshed in full is rebuilt, reverted and dropped', async () => {
    const schema = 'CREATE TABLE t (id int PRIMARY KEY, g int);';
    const v1 = project('full_modes', schema, 'CREATE MATERIALIZED VIEW f AS SELECT g, count(*) AS n FROM t GROUP BY g;\nCREATE MATERIALIZED VIEW lim AS SELECT id FROM t ORDER BY id LIMIT 2 OFFSET 1;', 'FULL');
    const v2 = project('full_modes', schema, 'CREATE MATERIALIZED VIEW f AS SELECT g, count(*) AS n FROM t WHERE g > 0 GROUP BY g;\nCREATE MATERIALIZED VIEW lim AS SELECT id FROM t ORDER BY id LIMIT 3 OFFSET 1;', 'FULL');
    const first = compileHistory(analyzeProject(v1), new Map(), 'plain');
    const next = compileHistory(analyzeProject(v2), new Map(first.files.map((f) => [f.path, f.content])), 'plain');
    await withDatabase('full_modes', async (c) => {
      await runScript(c, schema + ' INSERT INTO t SELECT i, i % 3 FROM generate_series(1, 20) i;', 'schema/');
      for (const f of newUps(first)) await runScript(c, f.content, f.path);
      const [up] = newUps(next, first);
      await runScript(c, up!.content, up!.path);
      await expectOracle(c, analyzeProject(v2), 'rebuilt');
      const [down] = newDowns(next, first);
      await runScript(c, down!.content, down!.path);
      await expectOracle(c, analyzeProject(v1), 'reverted');
      await runScript(c, dropSql(analyzeProject(v1).streams.find((st) => st.name.name === 'f')!), 'drop/public_f.sql');
      expect(await c.query("SELECT to_regclass('public.f') AS r").then((r) => r.rows[0].r)).toBeNull();
    });
  });

  // Regression: an edited function body (CREATE OR REPLACE FUNCTION in schema/) compiled to no
  // migration, and the stream tables kept the groups the old body computed.
  it('a function whose body changes rebuilds the stream tables calling it, also through another function', async () => {
    const schema = (divisor: number) =>
      `CREATE TABLE t (id int PRIMARY KEY, v int);\nCREATE FUNCTION bucket(x int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT x / ${divisor} $$;\nCREATE FUNCTION label(x int) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN 'b' || bucket(x); END $$;`;
    const streams = 'CREATE MATERIALIZED VIEW by_bucket AS SELECT bucket(v) AS b, count(*) AS n FROM t GROUP BY 1;\nCREATE MATERIALIZED VIEW by_label AS SELECT label(v) AS l, count(*) AS n FROM t GROUP BY 1;\nCREATE MATERIALIZED VIEW plain AS SELECT v, count(*) AS n FROM t GROUP BY v;';
    const first = compileHistory(analyzeProject(project('functions', schema(10), streams)), new Map(), 'plain');
    const p2 = analyzeProject(project('functions', schema(20), streams));
    const next = compileHistory(p2, new Map(first.files.map((f) => [f.path, f.content])), 'plain');
    expect((next.added?.changes ?? []).map(describeChange).filter((c) => c.startsWith('rebuild')).sort()).toEqual([
      'rebuild stream table public.by_bucket: the definition of bucket, which it uses, changed (or of one that it uses)',
      'rebuild stream table public.by_label: the definition of label, which it uses, changed (or of one that it uses)',
    ]);
    await withDatabase('functions', async (c) => {
      await runScript(c, `${schema(10)}\nINSERT INTO t SELECT i, i FROM generate_series(1, 40) i;`, 'schema/');
      for (const f of newUps(first)) await runScript(c, f.content, f.path);
      await c.query('INSERT INTO t VALUES (41, 41)');
      const replaced = schema(20).split('\n')[1]!.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION');
      await runScript(c, [replaced, ...newUps(next, first).map((f) => f.content)].join('\n'), 'the new body and the migration');
      await c.query('INSERT INTO t VALUES (100, 55)');
      await refreshAll(c, p2);
      await expectOracle(c, p2, 'after the new body');
    });
  });

  // Regression (adversarial follow-up): an operator's or a cast's function, and an enum a function
  // returns (its labels picked by position, never named), are used without their names in the query.
  it('an operator, a cast and an enum a function returns are followed to what defines them', async () => {
    const schema = [
      'CREATE TABLE t (id int PRIMARY KEY, x int);',
      'CREATE FUNCTION myplus(a int, b int) RETURNS int IMMUTABLE LANGUAGE sql RETURN a + b;',
      'CREATE OPERATOR #+# (LEFTARG = int, RIGHTARG = int, FUNCTION = myplus);',
      'CREATE TYPE box2 AS (amount int);',
      'CREATE FUNCTION to_box2(x int) RETURNS box2 IMMUTABLE LANGUAGE sql RETURN ROW(x)::box2;',
      'CREATE CAST (int AS box2) WITH FUNCTION to_box2(int);',
      "CREATE TYPE lvl AS ENUM ('low', 'high');",
      'CREATE FUNCTION lvl_of(x int) RETURNS lvl IMMUTABLE LANGUAGE plpgsql AS $$ BEGIN RETURN (enum_range(NULL::lvl))[CASE WHEN x > 5 THEN 2 ELSE 1 END]; END $$;',
    ].join('\n');
    const streams = [
      'CREATE MATERIALIZED VIEW s_op AS SELECT id, x #+# 1 AS y FROM t;',
      'CREATE MATERIALIZED VIEW s_cast AS SELECT id, (x::box2).amount AS m FROM t;',
      'CREATE MATERIALIZED VIEW by_lvl AS SELECT lvl_of(x) AS l, count(*) AS n FROM t GROUP BY 1;',
    ].join('\n');
    const first = compileHistory(analyzeProject(project('used', schema, streams)), new Map(), 'plain');
    const rebuilt = (extra: string) =>
      (compileHistory(analyzeProject(project('used', `${schema}\n${extra}`, streams)), new Map(first.files.map((f) => [f.path, f.content])), 'plain').added?.changes ?? [])
        .filter((c) => c.kind === 'rebuild')
        .map((c) => ('stream' in c ? c.stream : ''));
    expect(rebuilt('CREATE OR REPLACE FUNCTION myplus(a int, b int) RETURNS int IMMUTABLE LANGUAGE sql RETURN a + b + 1000;')).toEqual(['public.s_op']);
    expect(rebuilt('CREATE OR REPLACE FUNCTION to_box2(x int) RETURNS box2 IMMUTABLE LANGUAGE sql RETURN ROW(x * 100)::box2;')).toEqual(['public.s_cast']);
    expect(rebuilt("ALTER TYPE lvl RENAME VALUE 'high' TO 'big';")).toEqual(['public.by_lvl']);
    expect(rebuilt("ALTER TYPE lvl ADD VALUE 'mid';")).toEqual([]);
  });

  // Regression: ALTER COLUMN ... TYPE text COLLATE "C" compiled to no migration: the change
  // buffer and the stream tables kept comparing under the old collation.
  it('a column given another collation rebuilds its readers and their capture', async () => {
    const schema = (collate: string) => `CREATE TABLE w (id int PRIMARY KEY, name text${collate});`;
    const streams = "CREATE MATERIALIZED VIEW after_a AS SELECT id, name FROM w WHERE name > 'a';\nCREATE MATERIALIZED VIEW firsts AS SELECT min(name) AS first FROM w;";
    const first = compileHistory(analyzeProject(project('collations', schema(''), streams)), new Map(), 'plain');
    const p2 = analyzeProject(project('collations', schema(' COLLATE "C"'), streams));
    const next = compileHistory(p2, new Map(first.files.map((f) => [f.path, f.content])), 'plain');
    expect((next.added?.changes ?? []).map(describeChange)).toEqual(expect.arrayContaining(['rebuild stream table public.after_a: what it reads or how it is maintained changed']));
    await withDatabase('collations', async (c) => {
      await runScript(c, `${schema(' COLLATE "en-US-x-icu"')}\nINSERT INTO w VALUES (1, 'b'), (2, 'B'), (3, 'A'), (4, 'c');`, 'schema/');
      for (const f of newUps(first)) await runScript(c, f.content, f.path);
      await c.query("INSERT INTO w VALUES (5, 'Z')");
      await runScript(c, ['ALTER TABLE w ALTER COLUMN name TYPE text COLLATE "C";', ...newUps(next, first).map((f) => f.content)].join('\n'), 'collation and migration');
      await c.query("INSERT INTO w VALUES (6, 'D'), (7, 'a0')");
      await refreshAll(c, p2);
      await expectOracle(c, p2, 'after the collation');
    });
  });

  // Regression: under REPEATABLE READ a migration's snapshot is taken before it waits for locks,
  // so a writer committing meanwhile was lost for good; two migrations run at once failed with
  // raw catalog errors. Migrations now refuse any isolation but READ COMMITTED and run one at a time.
  it('a migration refuses REPEATABLE READ, and a second one run at the same time waits, then is refused as applied', async () => {
    const v1 = project('guarded', 'CREATE TABLE t (id int PRIMARY KEY, g int);', 'CREATE MATERIALIZED VIEW s AS SELECT g, count(*) AS n FROM t GROUP BY g;');
    const [up] = newUps(compileHistory(analyzeProject(v1), new Map(), 'plain'));
    await withDatabase('guarded', async (c) => {
      await c.query('CREATE TABLE t (id int PRIMARY KEY, g int)');
      await c.query("SET default_transaction_isolation = 'repeatable read'");
      await expect(runScript(c, up!.content, up!.path)).rejects.toThrow(/pg_trickle: migrations run under READ COMMITTED, not REPEATABLE READ/);
      await c.query('RESET default_transaction_isolation');
      const other = await connect(server!.adminUrl('guarded'));
      try {
        await c.query('BEGIN');
        await c.query(up!.content);
        const second = runScript(other, up!.content, 'the same migration at once');
        const waiting = async () => (await c.query("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")).rows[0].n as number;
        for (let i = 0; i < 100 && (await waiting()) === 0; i++) await new Promise((r) => setTimeout(r, 50));
        expect(await waiting()).toBe(1);
        await c.query('COMMIT');
        await expect(second).rejects.toThrow(/migration 0001_initial of project guarded is already applied/);
      } finally {
        await other.end();
      }
    });
  });
});

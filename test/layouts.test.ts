/**
 * Migration layouts: a small fixed project compiled through two steps (the initial migration, then
 * an edit) in every layout, compared byte for byte with test/cases/layouts/<layout>/, then applied
 * on PostgreSQL the way each tool would apply it, and reverted.
 *
 * Regenerate the goldens (and review the diff) with:
 *   UPDATE_LAYOUT_GOLDENS=1 npx vitest run test/layouts.test.ts
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../compiler/cli/main.js';
import { loadProject } from '../compiler/cli/load.js';
import { analyzeProject, type AnalyzedProject } from '../compiler/compile.js';
import { startEmbeddedPostgres, withTempDatabase, type PgServer } from '../compiler/db/servers.js';
import { LAYOUTS, type Layout } from '../compiler/migrate/layouts.js';
import { loadParser } from '../compiler/parser/adapter.js';
import { refreshAll, runScript } from '../compiler/verify/verify.js';
import { listTree, removeTempDir, runCli, tempDir } from './support/cli.js';
import { connect, expectOracle } from './support/trickle.js';

const GOLDENS = fileURLToPath(new URL('./cases/layouts', import.meta.url));
const UPDATE = process.env.UPDATE_LAYOUT_GOLDENS === '1';
const PSQL = '/usr/bin/psql';

// ---------------------------------------------------------------------------------------------
// The project and its edit
// ---------------------------------------------------------------------------------------------

const FILES: Record<string, string> = {
  'trickle.json': '{ "name": "library", "defaults": { "schedule": "1m", "refresh_mode": "DIFFERENTIAL" } }\n',
  'schema/001_tables.sql': `CREATE TABLE authors (
    id    integer PRIMARY KEY,
    name  text NOT NULL
);

CREATE TABLE books (
    id         integer PRIMARY KEY,
    author_id  integer NOT NULL,
    title      text NOT NULL,
    pages      integer
);
`,
  'streams/001_books.sql': `CREATE MATERIALIZED VIEW long_books AS
SELECT id, title, pages FROM books WHERE pages >= 300;

SELECT pgtrickle.create_stream_table('books_per_author', $$
    SELECT a.id, a.name, count(*) AS books, sum(b.pages) AS pages
      FROM authors a JOIN books b ON b.author_id = a.id
     GROUP BY a.id
$$, schedule => '5m');
`,
  'data/001_seed.sql': `INSERT INTO authors VALUES (1, 'Austen'), (2, 'Borges'), (3, 'Calvino');
INSERT INTO books VALUES (10, 1, 'Emma', 474), (11, 1, 'Persuasion', 249), (12, 2, 'Ficciones', 174), (13, 3, 'Invisible Cities', 165), (14, 3, 'If on a winter''s night', 260);
`,
};

/** The edit: a stream table over another one (which gains a capture), and a new schedule. */
function editProject(dir: string): void {
  const file = join(dir, 'streams', '001_books.sql');
  writeFileSync(file, readFileSync(file, 'utf8').replace(`schedule => '5m'`, `schedule => '10m'`));
  writeFileSync(join(dir, 'streams', '002_prolific.sql'), 'CREATE MATERIALIZED VIEW prolific_authors AS\nSELECT id, name, books FROM books_per_author WHERE books >= 2;\n');
}

const DML = `INSERT INTO books VALUES (15, 2, 'El Aleph', 146), (16, 3, 'Baron in the Trees', 310);
UPDATE books SET pages = 320 WHERE id = 11;
DELETE FROM books WHERE id = 13;
UPDATE authors SET name = 'J. Austen' WHERE id = 1;`;

function writeProject(dir: string): void {
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** Runs the real command line in this process; returns its exit code and what it printed. */
async function trickle(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const errSpy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    return { code: await main(args), out };
  } finally {
    spy.mockRestore();
    errSpy.mockRestore();
  }
}

// ---------------------------------------------------------------------------------------------
// Compiling every layout
// ---------------------------------------------------------------------------------------------

let tmp: string | undefined;
const projectDir = () => join(tmp!, 'project');
const outOf = (layout: Layout) => join(tmp!, 'out', layout);
let projects: AnalyzedProject[] = [];
/** Files of each layout after step 1, to check that step 2 leaves its migrations as they were. */
const afterStep1 = new Map<Layout, Map<string, string>>();

const readTree = (dir: string) => new Map(listTree(dir).map((p) => [p, readFileSync(join(dir, p), 'utf8')]));

beforeAll(async () => {
  await loadParser();
  tmp = tempDir('trickle-layouts-');
  writeProject(projectDir());
  projects = [analyzeProject(loadProject(projectDir()))];
  for (const layout of LAYOUTS) {
    const r = await trickle(['compile', projectDir(), '--out', outOf(layout), '--layout', layout]);
    if (r.code !== 0) throw new Error(`step 1, ${layout}: ${r.out}`);
    afterStep1.set(layout, readTree(outOf(layout)));
  }
  editProject(projectDir());
  projects.push(analyzeProject(loadProject(projectDir())));
  for (const layout of LAYOUTS) {
    // The layout is fixed by the history: no --layout needed any more.
    const r = await trickle(['compile', projectDir(), '--out', outOf(layout)]);
    if (r.code !== 0) throw new Error(`step 2, ${layout}: ${r.out}`);
  }
});

afterAll(() => removeTempDir(tmp));

const EXPECTED_MIGRATIONS: Record<Layout, string[]> = {
  plain: ['0001_initial.sql', '0001_initial.down.sql', '0002_add_prolific_authors_and_2_more.sql', '0002_add_prolific_authors_and_2_more.down.sql'],
  flyway: ['V1__initial.sql', 'U1__initial.sql', 'V2__add_prolific_authors_and_2_more.sql', 'U2__add_prolific_authors_and_2_more.sql'],
  dbmate: ['0001_initial.sql', '0002_add_prolific_authors_and_2_more.sql'],
  'golang-migrate': ['0001_initial.up.sql', '0001_initial.down.sql', '0002_add_prolific_authors_and_2_more.up.sql', '0002_add_prolific_authors_and_2_more.down.sql'],
  sqitch: [
    'deploy/0001_initial.sql',
    'revert/0001_initial.sql',
    'verify/0001_initial.sql',
    'deploy/0002_add_prolific_authors_and_2_more.sql',
    'revert/0002_add_prolific_authors_and_2_more.sql',
    'verify/0002_add_prolific_authors_and_2_more.sql',
    'sqitch.plan',
  ],
};

describe('layouts: two compiles, byte for byte', () => {
  for (const layout of LAYOUTS) {
    it(`${layout}: the whole folder equals test/cases/layouts/${layout}/`, () => {
      const out = outOf(layout);
      const golden = join(GOLDENS, layout);
      if (UPDATE) {
        rmSync(golden, { recursive: true, force: true });
        cpSync(out, golden, { recursive: true });
      }
      const files = listTree(out);
      expect(files).toEqual(
        [...EXPECTED_MIGRATIONS[layout], 'trickle.state.json', 'trickle.sum', 'drop/public_books_per_author.sql', 'drop/public_long_books.sql', 'drop/public_prolific_authors.sql'].sort(),
      );
      expect(existsSync(golden), `${golden} is missing; run UPDATE_LAYOUT_GOLDENS=1 npx vitest run test/layouts.test.ts`).toBe(true);
      expect(listTree(golden)).toEqual(files);
      for (const f of files) {
        expect(readFileSync(join(out, f)).equals(readFileSync(join(golden, f))), `${layout}/${f} differs from its golden`).toBe(true);
      }
      // Step 2 appended; the migrations of step 1 are untouched.
      for (const [p, text] of afterStep1.get(layout)!) {
        if (p.endsWith('.sql') && !p.startsWith('drop/')) expect(readFileSync(join(out, p), 'utf8'), p).toBe(text);
      }
      expect(JSON.parse(readFileSync(join(out, 'trickle.state.json'), 'utf8'))).toMatchObject({ layout, project: 'library', migrations: [{ version: 1, name: 'initial' }, { version: 2 }] });
    });
  }

  it('the SQL is the same in every layout; only names and wrappers differ', () => {
    const plain = readTree(outOf('plain'));
    const pairs: [string, string, string][] = [
      ['0001_initial.sql', '0001_initial.down.sql', 'initial'],
      ['0002_add_prolific_authors_and_2_more.sql', '0002_add_prolific_authors_and_2_more.down.sql', 'add_prolific_authors_and_2_more'],
    ];
    pairs.forEach(([upPath, downPath, name], i) => {
      const up = plain.get(upPath)!;
      const down = plain.get(downPath)!;
      const tag = `${String(i + 1).padStart(4, '0')}_${name}`;
      const flyway = readTree(outOf('flyway'));
      expect(flyway.get(`V${i + 1}__${name}.sql`)).toBe(up);
      expect(flyway.get(`U${i + 1}__${name}.sql`)).toBe(down);
      const golang = readTree(outOf('golang-migrate'));
      expect(golang.get(`${tag}.up.sql`)).toBe(up);
      expect(golang.get(`${tag}.down.sql`)).toBe(down);
      expect(readTree(outOf('dbmate')).get(`${tag}.sql`)).toBe(`-- migrate:up\n${up}\n-- migrate:down\n${down}`);
      const sqitch = readTree(outOf('sqitch'));
      expect(sqitch.get(`deploy/${tag}.sql`)).toBe(`BEGIN;\n\n${up}\nCOMMIT;\n`);
      expect(sqitch.get(`revert/${tag}.sql`)).toBe(`BEGIN;\n\n${down}\nCOMMIT;\n`);
      expect(sqitch.get(`verify/${tag}.sql`)).toBe(`SELECT 1/count(*) FROM pg_trickle.pgt_migrations WHERE project = 'library' AND version = ${i + 1};\n`);
    });
    expect(readTree(outOf('sqitch')).get('sqitch.plan')).toBe(
      [
        '%syntax-version=1.0.0',
        '%project=library',
        '',
        '0001_initial 2000-01-01T00:00:01Z trickle <trickle@localhost> # initial',
        '0002_add_prolific_authors_and_2_more [0001_initial] 2000-01-01T00:00:02Z trickle <trickle@localhost> # add prolific authors and 2 more',
        '',
      ].join('\n'),
    );
    // The migration headers do not depend on the layout either.
    expect(plain.get(pairs[1]![0])).toContain(
      '--   create stream table public.prolific_authors\n--   capture changes of public.books_per_author\n--   reschedule public.books_per_author: 5m -> 10m\n',
    );
  });

  // Regression (a bug found here, fixed since: compiler/migrate/history.ts, `recorded`): `compile --stdout` ("print every migration as one
  // script for psql") takes each recorded migration's text from the first file of its layout, as
  // written. For dbmate that file holds both sections, so the script runs each migration's down
  // section right after its up section (0001 is applied, reverted, then 0002 fails out of order).
  // For sqitch the deploy file's BEGIN/COMMIT come along, which ends `psql -1`'s transaction
  // early. A migration not yet written, on the other hand, is printed bare. Expected: the same
  // script in every layout (the up SQL of every migration).
  for (const layout of LAYOUTS) {
    it(`${layout}: compile --stdout prints the up SQL of every migration, as for plain`, async () => {
      const plain = await trickle(['compile', projectDir(), '--out', outOf('plain'), '--stdout']);
      const r = await trickle(['compile', projectDir(), '--out', outOf(layout), '--stdout']);
      expect(r.code).toBe(0);
      expect(r.out).not.toContain('-- migrate:down');
      expect(r.out).not.toMatch(/^(BEGIN|COMMIT);$/m);
      expect(r.out).toBe(plain.out);
    });
  }

  it('a history cannot switch layout', async () => {
    const before = readTree(outOf('plain'));
    const r = await runCli(['compile', projectDir(), '--out', outOf('plain'), '--layout', 'flyway']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the migrations in this folder use the plain layout; a history cannot change layout (asked for flyway)');
    expect(readTree(outOf('plain'))).toEqual(before);
    // Naming the layout it already has is fine; so is --check with it.
    const same = await trickle(['compile', projectDir(), '--out', outOf('sqitch'), '--layout', 'sqitch', '--check']);
    expect(same.code, same.out).toBe(0);
    const other = await trickle(['compile', projectDir(), '--out', outOf('dbmate'), '--layout', 'golang-migrate', '--check']);
    expect(other.code).toBe(2);
    expect(other.out).toContain('the migrations in this folder use the dbmate layout; a history cannot change layout (asked for golang-migrate)');
  });
});

// ---------------------------------------------------------------------------------------------
// Applying each layout the way its tool would
// ---------------------------------------------------------------------------------------------

interface Script {
  readonly label: string;
  readonly sql: string;
  /** The script carries its own BEGIN/COMMIT (sqitch): run it with psql as is, not with -1. */
  readonly ownTransaction?: boolean;
}

/** Up scripts in order and down scripts newest first, as each tool finds them. */
function scriptsOf(layout: Layout): { up: Script[]; down: Script[]; verify: Script[] } {
  const files = readTree(outOf(layout));
  const get = (p: string): Script => {
    const sql = files.get(p);
    if (sql === undefined) throw new Error(`${layout}: no ${p}`);
    return { label: `${layout}/${p}`, sql };
  };
  const tags = ['0001_initial', '0002_add_prolific_authors_and_2_more'];
  switch (layout) {
    case 'plain':
      return { up: tags.map((t) => get(`${t}.sql`)), down: tags.map((t) => get(`${t}.down.sql`)).reverse(), verify: [] };
    case 'golang-migrate':
      return { up: tags.map((t) => get(`${t}.up.sql`)), down: tags.map((t) => get(`${t}.down.sql`)).reverse(), verify: [] };
    case 'flyway':
      return {
        up: tags.map((t, i) => get(`V${i + 1}__${t.slice(5)}.sql`)),
        down: tags.map((t, i) => get(`U${i + 1}__${t.slice(5)}.sql`)).reverse(),
        verify: [],
      };
    case 'dbmate': {
      // dbmate runs the section it needs, in a transaction.
      const section = (t: string, which: 'up' | 'down'): Script => {
        const { label, sql } = get(`${t}.sql`);
        expect(sql.startsWith('-- migrate:up\n')).toBe(true);
        const [up, down] = sql.slice('-- migrate:up\n'.length).split('\n-- migrate:down\n');
        expect(down).toBeDefined();
        return { label: `${label} (${which})`, sql: which === 'up' ? up! : down! };
      };
      return { up: tags.map((t) => section(t, 'up')), down: tags.map((t) => section(t, 'down')).reverse(), verify: [] };
    }
    case 'sqitch': {
      // sqitch deploys in the order of sqitch.plan.
      const plan = files
        .get('sqitch.plan')!
        .split('\n')
        .filter((l) => l && !l.startsWith('%'))
        .map((l) => l.split(' ')[0]!);
      expect(plan).toEqual(tags);
      const own = (s: Script): Script => ({ ...s, ownTransaction: true });
      return {
        up: plan.map((t) => own(get(`deploy/${t}.sql`))),
        down: plan.map((t) => own(get(`revert/${t}.sql`))).reverse(),
        verify: plan.map((t) => get(`verify/${t}.sql`)),
      };
    }
  }
}

function psql(url: string, file: string, single: boolean): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      PSQL,
      ['-X', '-q', '-v', 'ON_ERROR_STOP=1', ...(single ? ['-1'] : []), '-f', file, '-d', url],
      { encoding: 'utf8', timeout: 60_000, env: { ...process.env, PGOPTIONS: '', PGCLIENTENCODING: 'UTF8' } },
      (err, _stdout, stderr) => {
        const status = (err as { code?: unknown } | null)?.code;
        resolve({ code: err ? (typeof status === 'number' ? status : -1) : 0, stderr });
      },
    );
  });
}

async function run(url: string, client: pg.Client, s: Script): Promise<void> {
  if (existsSync(PSQL)) {
    const file = join(tmp!, 'sql', s.label.replace(/[^\w.-]+/g, '_'));
    mkdirSync(join(tmp!, 'sql'), { recursive: true });
    writeFileSync(file, s.sql);
    const r = await psql(url, file, !s.ownTransaction);
    if (r.code !== 0) throw new Error(`${s.label}: psql exited ${r.code}: ${r.stderr}`);
    return;
  }
  // Without psql: one transaction, with the file's own BEGIN/COMMIT if it has them.
  if (s.ownTransaction) await client.query(s.sql);
  else await runScript(client, s.sql, s.label);
}

describe('layouts on PostgreSQL', () => {
  let server: PgServer | undefined;
  beforeAll(async () => {
    server = await startEmbeddedPostgres();
    if (!existsSync(PSQL)) console.warn(`[trickle tests] ${PSQL} is not installed; layouts are applied with node-postgres instead`);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('plain: compile --stdout is the whole history as one script', async () => {
    const script = await trickle(['compile', projectDir(), '--out', outOf('plain'), '--stdout']);
    expect(script.code).toBe(0);
    await withTempDatabase(server!, async (url) => {
      const client = await connect(url);
      try {
        const second = projects[1]!;
        await runScript(client, second.catalog.statements.map((s) => s.sql + ';').join('\n'), 'schema/');
        await runScript(client, FILES['data/001_seed.sql']!, 'data/');
        await run(url, client, { label: 'plain-stdout.sql', sql: script.out });
        expect((await client.query('SELECT version FROM pg_trickle.pgt_migrations ORDER BY version')).rows).toEqual([{ version: 1 }, { version: 2 }]);
        await expectOracle(client, second, 'after the whole history');
        await runScript(client, DML, 'DML');
        await refreshAll(client, second);
        await expectOracle(client, second, 'after DML and a refresh');
      } finally {
        await client.end();
      }
    });
  });

  // Regression (a bug found here, fixed since): a full refresh empties the storage of a stream
  // table nothing reads with TRUNCATE and of one that others read with DELETE. That used to be
  // decided at compile time, so when 0002 gave books_per_author its first reader, its refresh
  // function from 0001 kept the TRUNCATE and every full refresh forced the reader to recompute in
  // full. It is now decided at run time from pgt_change_tracking: the reader stays differential.
  it('a stream table that gains its first reader: its full refresh deletes (not truncates), so the reader stays differential', async () => {
    const { up } = scriptsOf('plain');
    await withTempDatabase(server!, async (url) => {
      const client = await connect(url);
      try {
        const second = projects[1]!;
        await runScript(client, second.catalog.statements.map((s) => s.sql + ';').join('\n'), 'schema/');
        await runScript(client, FILES['data/001_seed.sql']!, 'data/');
        for (const s of up) await run(url, client, s);
        await client.query(`CALL pg_trickle.refresh('public.books_per_author', full => true)`);
        await client.query(`CALL pg_trickle.refresh('public.prolific_authors')`);
        await expectOracle(client, second, 'after a full refresh of books_per_author');
        const fn = (await client.query(`SELECT pg_get_functiondef(('pg_trickle.' || refresh_function || '(boolean)')::regprocedure) AS def FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.books_per_author'`)).rows[0].def as string;
        // The choice is made when the refresh runs, from whether anything captures the storage.
        expect(fn).toContain(`IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.books_per_author') THEN`);
        expect(fn).toContain('DELETE FROM public.books_per_author;');
        const reader = (await client.query(`SELECT last_refresh_kind, last_refresh_reason FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.prolific_authors'`)).rows[0];
        expect(reader).toEqual({ last_refresh_kind: 'DIFFERENTIAL', last_refresh_reason: null });
      } finally {
        await client.end();
      }
    });
  });

  for (const layout of LAYOUTS) {
    it(`${layout}: every migration applies in order on data, then reverts`, async () => {
      const { up, down, verify } = scriptsOf(layout);
      await withTempDatabase(server!, async (url) => {
        const client = await connect(url);
        try {
          const [first, second] = projects as [AnalyzedProject, AnalyzedProject];
          await runScript(client, first.catalog.statements.map((s) => s.sql + ';').join('\n'), 'schema/');
          await runScript(client, FILES['data/001_seed.sql']!, 'data/');
          const migrations = async () => (await client.query('SELECT version, name FROM pg_trickle.pgt_migrations ORDER BY version')).rows;

          await run(url, client, up[0]!);
          await expectOracle(client, first, `${layout}: after 0001`);
          await runScript(client, DML, 'DML');
          await refreshAll(client, first);
          await expectOracle(client, first, `${layout}: 0001, DML, refresh`);

          await run(url, client, up[1]!);
          expect(await migrations()).toEqual([
            { version: 1, name: 'initial' },
            { version: 2, name: 'add_prolific_authors_and_2_more' },
          ]);
          await expectOracle(client, second, `${layout}: after 0002`);
          await runScript(client, `UPDATE books SET author_id = 3 WHERE id = 12; INSERT INTO books VALUES (17, 2, 'Labyrinths', 240);`, 'more DML');
          await refreshAll(client, second);
          await expectOracle(client, second, `${layout}: 0002, DML, refresh`);
          expect((await client.query(`SELECT schedule FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.books_per_author'`)).rows[0].schedule).toBe('10m');
          for (const v of verify) await run(url, client, v);

          // Applying a deploy script again is refused, whatever wraps it.
          await expect(run(url, client, up[1]!)).rejects.toThrow('is already applied');

          await run(url, client, down[0]!);
          expect(await migrations()).toEqual([{ version: 1, name: 'initial' }]);
          await expectOracle(client, first, `${layout}: reverted 0002`);
          expect((await client.query(`SELECT schedule FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.books_per_author'`)).rows[0].schedule).toBe('5m');
          if (verify.length) await expect(run(url, client, verify[1]!)).rejects.toThrow('division by zero');
          await run(url, client, down[1]!);
          expect((await client.query(`SELECT to_regnamespace('pg_trickle') IS NULL AS gone`)).rows[0].gone).toBe(true);
          expect((await client.query(`SELECT count(*)::int AS n FROM books`)).rows[0].n).toBeGreaterThan(0);
        } finally {
          await client.end();
        }
      });
    });
  }
});

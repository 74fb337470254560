/** The `trickle` command line, run as a child process through bin/trickle.js. */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as libpg from 'libpg-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFolder } from '../compiler/cli/history-io.js';
import { compileFiles } from '../compiler/cli/compile-command.js';
import { migrationsToApply, type OutputFile } from '../compiler/emit/output.js';
import { loadParser } from '../compiler/parser/adapter.js';
import { CLI, listTree, migrationSections, removeTempDir, REPO_ROOT, runCli, tempDir } from './support/cli.js';

const SHOP = join('fixtures', 'shop');
const INITIAL = '0001_initial.sql';
const INITIAL_DOWN = '0001_initial.down.sql';
const STATE = 'trickle.state.json';
const SUM = 'trickle.sum';

let tmp: string | undefined;
/** What a first compile of the shop fixture writes (a fresh history). */
let files: OutputFile[] = [];
let initial = '';
let initialDown = '';
/** The change lines of the initial migration's header, as `trickle compile` lists them. */
let initialChanges: string[] = [];

beforeAll(async () => {
  await loadParser();
  process.chdir(REPO_ROOT);
  files = compileFiles(SHOP).files;
  initial = files.find((f) => f.path === INITIAL)!.content;
  initialDown = files.find((f) => f.path === INITIAL_DOWN)!.content;
  const header = initial.slice(initial.indexOf('-- Changes:\n') + '-- Changes:\n'.length, initial.indexOf('\n--\n-- Apply with:'));
  initialChanges = header
    .split('\n')
    .map((l) => l.replace(/^-- {3}/, ''))
    .filter((l) => l !== 'create the pg_trickle catalog (if missing)');
  tmp = tempDir('trickle-cli-');
});

afterAll(() => removeTempDir(tmp));

/** How the CLI names a folder in its messages (relative to its working directory, the repository root). */
const shown = (dir: string): string => relative(REPO_ROOT, dir) || dir;

/** Every file of a folder with its modification time, to show that nothing was written. */
function snapshot(dir: string): Map<string, { content: string; mtime: number }> {
  return new Map([...readFolder(dir)].map(([p, content]) => [p, { content, mtime: statSync(join(dir, p)).mtimeMs }]));
}

const lines = (s: string) => s.trimEnd().split('\n');

describe('trickle compile', () => {
  let out = '';

  it('writes the initial migration, its down script, the state and checksum files and the drop scripts, and says so', async () => {
    out = join(tmp!, 'compile-out');
    const r = await runCli(['compile', SHOP, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(lines(r.stdout)).toEqual([`${shown(out)}: wrote migration ${INITIAL}, ${INITIAL_DOWN}`, ...initialChanges.map((c) => `  ${c}`)]);
    expect(initialChanges).toContain('create stream table public.customer_revenue');
    expect(initialChanges).toContain('capture changes of public.orders');
    expect(listTree(out)).toEqual(files.map((f) => f.path).sort());
    for (const f of files) expect(readFileSync(join(out, f.path), 'utf8'), f.path).toBe(f.content);
    expect(listTree(out)).toEqual(expect.arrayContaining([INITIAL, INITIAL_DOWN, STATE, SUM, 'drop/public_open_orders.sql']));
  });

  it('compiled again, says it is up to date and writes nothing', async () => {
    const before = snapshot(out);
    const r = await runCli(['compile', SHOP, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${shown(out)}: up to date, no changes since 0001_initial\n`);
    expect(snapshot(out)).toEqual(before);
  });

  it('refuses to append to a history with a migration edited by hand, writing nothing', async () => {
    const edited = join(tmp!, 'edited-out');
    cpSync(out, edited, { recursive: true });
    writeFileSync(join(edited, INITIAL), `${initial}-- a local edit\n`);
    const before = snapshot(edited);
    const r = await runCli(['compile', SHOP, '--out', edited]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual([
      `${shown(edited)}/${INITIAL}: edited after it was written: a migration must never change once written (restore it, e.g. with git checkout)`,
      `${shown(edited)}: the migration history was changed by hand; nothing written`,
    ]);
    expect(snapshot(edited)).toEqual(before);
  });

  it('exits 2 naming a project folder that does not exist', async () => {
    const r = await runCli(['compile', 'fixtures/no-such-project', '--out', join(tmp!, 'never')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('fixtures/no-such-project: no such project folder\n');
    expect(existsSync(join(tmp!, 'never'))).toBe(false);
  });

  it('exits 2 at the first byte of a file that is not UTF-8, and reads past a byte order mark', async () => {
    const project = join(tmp!, 'encodings');
    mkdirSync(join(project, 'schema'), { recursive: true });
    mkdirSync(join(project, 'streams'), { recursive: true });
    writeFileSync(join(project, 'schema', '001.sql'), Buffer.from('\uFEFFCREATE TABLE t (id int PRIMARY KEY, name text);\n', 'utf8'));
    // Latin-1 'café': é is the byte 0xe9, which starts no UTF-8 sequence here.
    writeFileSync(join(project, 'streams', '001.sql'), Buffer.concat([Buffer.from("CREATE MATERIALIZED VIEW s AS\nSELECT id FROM t WHERE name = 'caf"), Buffer.from([0xe9]), Buffer.from("';\n")]));
    const r = await runCli(['compile', project, '--out', join(tmp!, 'encodings-out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${shown(project)}/streams/001.sql:2:35: invalid UTF-8 (byte 0xe9): save the file as UTF-8\n`);
    expect(existsSync(join(tmp!, 'encodings-out'))).toBe(false);
    writeFileSync(join(project, 'streams', '001.sql'), "CREATE MATERIALIZED VIEW s AS\nSELECT id FROM t WHERE name = 'café';\n");
    expect((await runCli(['compile', project, '--out', join(tmp!, 'encodings-out')])).code).toBe(0);
  });

  it('compiled again, a project calling functions schema/ declares (STABLE, RETURNS SETOF, CREATE AGGREGATE) is up to date', async () => {
    // The state records what schema/ says of its functions: without it, the recorded stream tables
    // recompiled as if the functions were immutable scalars, and every compile rebuilt them.
    const project = join(tmp!, 'shop-with-functions');
    const out = join(tmp!, 'functions-out');
    cpSync(join(REPO_ROOT, SHOP), project, { recursive: true });
    writeFileSync(
      join(project, 'schema', '900_functions.sql'),
      [
        "CREATE FUNCTION next_status(s text) RETURNS text LANGUAGE sql STABLE AS $$SELECT s || '!'$$;",
        'CREATE FUNCTION upto(n int) RETURNS SETOF int LANGUAGE sql IMMUTABLE AS $$SELECT generate_series(1, n)$$;',
        'CREATE FUNCTION longest_step(s text, x text) RETURNS text LANGUAGE sql IMMUTABLE AS $$SELECT CASE WHEN length(x) > length(coalesce(s, \'\')) THEN x ELSE s END$$;',
        'CREATE AGGREGATE longest(text) (sfunc = longest_step, stype = text);',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(project, 'streams', '900_functions.sql'),
      [
        "SELECT pgtrickle.create_stream_table('customer_next_status', $$SELECT id, next_status(name) AS s FROM customers$$, refresh_mode => 'AUTO');",
        'CREATE MATERIALIZED VIEW customer_steps AS SELECT id, upto(id) AS step FROM customers;',
        "SELECT pgtrickle.create_stream_table('longest_names', $$SELECT region, longest(name) AS name FROM customers GROUP BY region$$, refresh_mode => 'AUTO');",
        '',
      ].join('\n'),
    );
    const first = await runCli(['compile', project, '--out', out]);
    expect(first.code, first.stderr).toBe(0);
    const again = await runCli(['compile', project, '--out', out, '--check']);
    expect(again.stderr).toBe('');
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toContain('up to date');
  });

  it('exits 2 naming an output folder it cannot write, without a stack trace', async () => {
    const file = join(tmp!, 'a-file');
    writeFileSync(file, 'not a folder\n');
    const r = await runCli(['compile', SHOP, '--out', join(file, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`trickle: ${join(file, 'out', 'drop')}: not a directory\n`);
  });

  it('exits 2 naming a folder inside streams/ (even one named like a SQL file) or a trickle.json that is a folder, without a stack trace', async () => {
    const project = join(tmp!, 'shop-with-folders');
    cpSync(join(REPO_ROOT, SHOP), project, { recursive: true });
    mkdirSync(join(project, 'streams', 'old.sql'));
    const r = await runCli(['compile', project, '--out', join(tmp!, 'folders-out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${shown(project)}/streams/old.sql: a folder inside streams/, whose files trickle does not read (put them in streams/ itself)\n`);
    rmSync(join(project, 'streams', 'old.sql'), { recursive: true });
    rmSync(join(project, 'trickle.json'));
    mkdirSync(join(project, 'trickle.json'));
    const again = await runCli(['compile', project, '--out', join(tmp!, 'folders-out')]);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`${shown(project)}/trickle.json: not a file\n`);
    expect(existsSync(join(tmp!, 'folders-out'))).toBe(false);
  });

  // Regression: a pipe named like a SQL file hung compile; a link to a folder gave a stack trace.
  it('exits 2 naming a pipe or a link to a folder among the SQL files', async () => {
    const project = join(tmp!, 'shop-with-odd-files');
    cpSync(join(REPO_ROOT, SHOP), project, { recursive: true });
    execFile('mkfifo', [join(project, 'streams', 'zz_pipe.sql')]);
    await new Promise((r) => setTimeout(r, 200));
    const r = await runCli(['compile', project, '--out', join(tmp!, 'odd-out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${shown(project)}/streams/zz_pipe.sql: not a file\n`);
    expect(existsSync(join(tmp!, 'odd-out'))).toBe(false);
  });

  // Regression: --out without a folder wrote into the working directory (and read all of it);
  // --out inside schema/ wrote migrations that the next compile read as schema.
  it('exits 2 for --out without a folder or inside the project\'s inputs; reads only its own files of an output folder', async () => {
    const empty = await runCli(['compile', SHOP, '--out', '']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('--out needs a folder\n');
    const inside = await runCli(['compile', SHOP, '--out', join(SHOP, 'schema', 'out')]);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toBe(`--out ${join(SHOP, 'schema', 'out')}: the output folder cannot be in the project's schema/ folder\n`);
    const out = join(tmp!, 'crowded-out');
    mkdirSync(join(out, 'notes'), { recursive: true });
    writeFileSync(join(out, 'README.md'), 'ours\n');
    writeFileSync(join(out, 'notes', 'old.sql'), 'SELECT 1;\n');
    expect([...readFolder(out).keys()]).toEqual([]);
  });

  // Regression: a stack trace (Maximum call stack size exceeded in the compiler's passes).
  it('exits 2 for a query nested too deeply to compile, without a stack trace', async () => {
    const project = join(tmp!, 'deep');
    mkdirSync(join(project, 'schema'), { recursive: true });
    mkdirSync(join(project, 'streams'));
    writeFileSync(join(project, 'schema', '001.sql'), 'CREATE TABLE t (id int PRIMARY KEY, v int);\n');
    const deep = 'CASE WHEN v > 0 THEN '.repeat(3000) + 'v' + ' ELSE 0 END'.repeat(3000);
    writeFileSync(join(project, 'streams', '001.sql'), `CREATE MATERIALIZED VIEW s AS SELECT id, ${deep} AS x FROM t;\n`);
    const r = await runCli(['compile', project, '--out', join(tmp!, 'deep-out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^(trickle: a query is nested too deeply to compile|.*streams\/001\.sql:\d+:\d+: )/);
    expect(r.stderr).not.toContain('internal error');
    expect(existsSync(join(tmp!, 'deep-out'))).toBe(false);
  });

  it('reads empty and comment-only .sql files as no statements', async () => {
    const project = join(tmp!, 'shop-with-empty-files');
    cpSync(join(REPO_ROOT, SHOP), project, { recursive: true });
    for (const f of ['schema/000_empty.sql', 'streams/000_empty.sql', 'data/000_empty.sql', 'changes/000_empty.sql']) writeFileSync(join(project, f), '');
    writeFileSync(join(project, 'schema', '999_later.sql'), '-- tables to come\n');
    const r = await runCli(['compile', project, '--stdout', '--out', join(tmp!, 'empty-files-out')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(migrationsToApply(files).map((f) => f.content).join('\n'));
  });
});

describe('a changed project: trickle compile appends a migration with the difference', () => {
  let project = '';
  let out = '';
  let streamFile = '';
  const compile = (...args: string[]) => runCli(['compile', project, '--out', out, ...args]);
  const MIGRATION = '0002_rebuild_open_orders';
  const CHANGE = 'rebuild stream table public.open_orders: its definition changed';

  beforeAll(async () => {
    // A copy of the shop fixture, compiled once, then one stream table's definition edited.
    project = join(tmp!, 'shop-copy');
    out = join(tmp!, 'history-out');
    cpSync(join(REPO_ROOT, SHOP), project, { recursive: true });
    const r = await compile();
    expect(r.code, r.stderr).toBe(0);
    streamFile = join(project, 'streams', '001_orders.sql');
    const text = readFileSync(streamFile, 'utf8');
    const from = "WHERE o.status IN ('open', 'pending');";
    expect(text).toContain(from);
    writeFileSync(streamFile, text.replace(from, "WHERE o.status IN ('open', 'pending', 'paid');"));
  });

  it('--check exits 1 listing the change not compiled yet, and writes nothing', async () => {
    const before = snapshot(out);
    const r = await compile('--check');
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe('');
    expect(lines(r.stdout)).toEqual([`${shown(out)}: the project has changes not yet compiled into a migration:`, `  ${CHANGE}`, 'run trickle compile to add them']);
    expect(snapshot(out)).toEqual(before);
  });

  it('compile appends 0002_* holding only the change, and leaves the first migration as it was', async () => {
    const before = readFolder(out);
    const r = await compile();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(lines(r.stdout)).toEqual([`${shown(out)}: wrote migration ${MIGRATION}.sql, ${MIGRATION}.down.sql`, `  ${CHANGE}`]);
    const after = readFolder(out);
    expect([...after.keys()].sort()).toEqual([...before.keys(), `${MIGRATION}.sql`, `${MIGRATION}.down.sql`].sort());
    // The first migration, its down script and the drop scripts of unchanged stream tables stay as they were.
    for (const [path, content] of before) if (path !== STATE && path !== SUM) expect(after.get(path), path).toBe(content);
    expect(after.get(INITIAL)).toBe(initial);

    const state = JSON.parse(after.get(STATE)!) as { migrations: unknown[]; streams: { name: string; query: string }[] };
    expect(state.migrations).toEqual([
      { version: 1, name: 'initial' },
      { version: 2, name: 'rebuild_open_orders' },
    ]);
    expect(state.streams.find((s) => s.name === 'open_orders')!.query).toContain("'paid'");
    const sum = lines(after.get(SUM)!);
    expect(sum.slice(1).map((l) => l.slice(0, l.lastIndexOf(' ')))).toEqual([INITIAL, INITIAL_DOWN, `${MIGRATION}.sql`, `${MIGRATION}.down.sql`]);
    expect(sum.slice(1, 3)).toEqual(lines(before.get(SUM)!).slice(1));

    // Only open_orders: dropped and created again with the new definition, then the refresh order.
    const up = after.get(`${MIGRATION}.sql`)!;
    expect(up).toMatch(/^-- trickle migration 0002_rebuild_open_orders of project shop\n/);
    expect(up).toContain("CALL pg_trickle.begin_migration('shop', 2, 'rebuild_open_orders');\n");
    expect(up.endsWith("CALL pg_trickle.end_migration('shop', 2, 'rebuild_open_orders');\n")).toBe(true);
    expect(up).not.toContain('CREATE SCHEMA IF NOT EXISTS pg_trickle');
    const sections = migrationSections(up);
    expect(sections.map((s) => s.title)).toEqual([
      'drop stream table public.open_orders (rebuilt: its definition changed)',
      'rebuild stream table public.open_orders (its definition changed)',
      'refresh order (dependencies first)',
    ]);
    expect(sections[1]!.sql).toMatch(/^-- trickle: stream table public\.open_orders\n/);
    expect(sections[1]!.sql).toContain("'paid'");
    for (const other of ['customer_revenue', 'order_stats', 'order_line_details']) expect(sections[1]!.sql).not.toContain(`public.${other}`);
    // Its down script puts the old definition back.
    const down = after.get(`${MIGRATION}.down.sql`)!;
    expect(down).toContain("CALL pg_trickle.begin_revert('shop', 2, 'rebuild_open_orders');\n");
    expect(down).not.toContain('drop_catalog_if_unused');
    const downSections = migrationSections(down);
    expect(downSections.map((s) => s.title)).toEqual(sections.map((s) => s.title));
    expect(downSections[1]!.sql).not.toContain("'paid'");
    expect(downSections[1]!.sql).toContain("WHERE o.status IN ('open', 'pending')");
    for (const sql of [up, down]) expect(() => libpg.parseSync(sql)).not.toThrow();
  });

  it('afterwards --check passes and compiling again changes nothing', async () => {
    const before = snapshot(out);
    const [check, again] = [await compile('--check'), await compile()];
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toBe(`${shown(out)}: up to date (2 migrations)\n`);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe(`${shown(out)}: up to date, no changes since ${MIGRATION}\n`);
    expect(snapshot(out)).toEqual(before);
  });

  it('a state file with merge conflict markers or broken JSON exits 2 saying how to recover, and writes nothing', async () => {
    const before = snapshot(out);
    const stateFile = join(out, STATE);
    const state = readFileSync(stateFile, 'utf8');
    try {
      writeFileSync(stateFile, state.replace('"migrations": [', '<<<<<<< HEAD\n"migrations": [').replace('"schemas":', '=======\n>>>>>>> feature\n"schemas":'));
      const conflict = await compile();
      expect(conflict.code).toBe(2);
      expect(conflict.stderr).toMatch(new RegExp(`^${shown(out)}: trickle.state.json: holds merge conflict markers: keep one side's migrations`));
      writeFileSync(stateFile, state.slice(0, 100));
      const broken = await compile('--check');
      expect(broken.code).toBe(2);
      expect(broken.stderr).toMatch(new RegExp(`^${shown(out)}: trickle.state.json: invalid JSON \\(.*\\): restore it \\(and trickle.sum\\) from version control`));
    } finally {
      writeFileSync(stateFile, state);
    }
    expect(snapshot(out)).toEqual(new Map([...before].map(([p, f]) => [p, p === STATE ? { ...f, mtime: snapshot(out).get(STATE)!.mtime } : f])));
  });

  it('--stdout prints every migration in order as one script, and writes nothing', async () => {
    const before = snapshot(out);
    const r = await compile('--stdout');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${initial}\n${readFileSync(join(out, `${MIGRATION}.sql`), 'utf8')}`);
    expect(() => libpg.parseSync(r.stdout)).not.toThrow();
    expect(snapshot(out)).toEqual(before);
  });
});

describe('trickle compile --check', () => {
  let out = '';
  const check = () => runCli(['compile', SHOP, '--out', out, '--check']);
  const EDITED = 'edited after it was written: a migration must never change once written (restore it, e.g. with git checkout)';
  const REMOVED = 'removed: the history lists it (restore it)';
  const ADDED = 'not part of the recorded history (added by hand?)';

  beforeAll(async () => {
    out = join(tmp!, 'check-out');
    expect((await runCli(['compile', SHOP, '--out', out])).code).toBe(0);
  });

  it('exits 0 when the history is up to date', async () => {
    const r = await check();
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toBe(`${shown(out)}: up to date (1 migration)\n`);
  });

  it('exits 1 naming a migration edited by hand, and writes nothing', async () => {
    writeFileSync(join(out, INITIAL), `${initial}-- a local edit\n`);
    const r = await check();
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toEqual([`${shown(out)}/${INITIAL}: ${EDITED}`]);
    expect(readFileSync(join(out, INITIAL), 'utf8')).toContain('-- a local edit');
    writeFileSync(join(out, INITIAL), initial);
  });

  it('exits 1 naming a removed migration, and writes nothing', async () => {
    rmSync(join(out, INITIAL_DOWN));
    const r = await check();
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toEqual([`${shown(out)}/${INITIAL_DOWN}: ${REMOVED}`]);
    expect(existsSync(join(out, INITIAL_DOWN))).toBe(false);
    writeFileSync(join(out, INITIAL_DOWN), initialDown);
  });

  it('exits 1 naming a migration added by hand, and writes nothing', async () => {
    writeFileSync(join(out, '0002_extra.sql'), 'SELECT 1;\n');
    const r = await check();
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toEqual([`${shown(out)}/0002_extra.sql: ${ADDED}`]);
    expect(readFileSync(join(out, '0002_extra.sql'), 'utf8')).toBe('SELECT 1;\n');
    rmSync(join(out, '0002_extra.sql'));
  });

  it('names every problem at once', async () => {
    writeFileSync(join(out, INITIAL), 'SELECT 1;\n');
    rmSync(join(out, INITIAL_DOWN));
    writeFileSync(join(out, '0002_extra.sql'), 'SELECT 1;\n');
    const r = await check();
    expect(r.code).toBe(1);
    expect(lines(r.stdout).sort()).toEqual(
      [`${shown(out)}/${INITIAL}: ${EDITED}`, `${shown(out)}/${INITIAL_DOWN}: ${REMOVED}`, `${shown(out)}/0002_extra.sql: ${ADDED}`].sort(),
    );
    writeFileSync(join(out, INITIAL), initial);
    writeFileSync(join(out, INITIAL_DOWN), initialDown);
    rmSync(join(out, '0002_extra.sql'));
    expect((await check()).code).toBe(0);
    expect(listTree(out)).toEqual(files.map((f) => f.path).sort());
  });

  it('exits 1 when the output folder does not exist, listing everything to compile, creating nothing', async () => {
    const none = join(tmp!, 'no-output-yet');
    const r = await runCli(['compile', SHOP, '--out', none, '--check']);
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toEqual([
      `${shown(none)}: the project has changes not yet compiled into a migration:`,
      ...initialChanges.map((c) => `  ${c}`),
      'run trickle compile to add them',
    ]);
    expect(existsSync(none)).toBe(false);
  });
});

describe('trickle compile --stdout', () => {
  /** Runs the CLI with its standard output piped into a shell reader that waits before reading on. */
  const throughSlowReader = (args: readonly string[], cwd: string): Promise<{ code: number | null; stdout: string }> =>
    new Promise((done) => {
      const reader = 'IFS= read -r first; sleep 3; printf "%s\\n" "$first"; cat';
      const line = `"${process.execPath}" "${CLI}" ${args.map((a) => `'${a}'`).join(' ')} | { ${reader}; }`;
      execFile('/bin/sh', ['-c', line], { cwd, maxBuffer: 64 * 1024 * 1024 }, (err, stdout) => done({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout }));
    });

  it('prints every migration in order as one script, and writes nothing', async () => {
    const cwd = tempDir('trickle-stdout-');
    try {
      const out = join(tmp!, 'stdout-out');
      const r = await runCli(['compile', join(REPO_ROOT, SHOP), '--stdout', '--out', out], cwd);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      // The migrations (here: the initial one), whole and in order; no down or drop scripts.
      const ups = migrationsToApply(files);
      expect(ups.map((f) => f.path)).toEqual([INITIAL]);
      expect(r.stdout).toBe(ups.map((f) => f.content).join('\n'));
      expect(r.stdout).not.toContain('CALL pg_trickle.begin_revert(');
      expect(r.stdout).not.toContain('-- trickle: drop stream table');
      // One script psql can run: it parses as a whole.
      expect(() => libpg.parseSync(r.stdout)).not.toThrow();
      // Nothing written: neither --out nor the default out/<project> under the working directory.
      expect(existsSync(out)).toBe(false);
      expect(listTree(cwd)).toEqual([]);
    } finally {
      removeTempDir(cwd);
    }
  });

  // KNOWN BUG (bin/trickle.js): it calls process.exit(code) as soon as main() returns, while the
  // standard output is still being written; into a pipe whose reader is not quick (`trickle compile
  // --stdout | psql ...`), the script is cut after the first 64 KiB (the pipe buffer).
  it('prints the whole script into a pipe read slowly', async () => {
    const cwd = tempDir('trickle-stdout-pipe-');
    try {
      const r = await throughSlowReader(['compile', join(REPO_ROOT, SHOP), '--stdout'], cwd);
      expect(r.code).toBe(0);
      expect(r.stdout.length).toBe(initial.length);
      expect(r.stdout).toBe(initial);
    } finally {
      removeTempDir(cwd);
    }
  });
});

describe('trickle compile --layout', () => {
  let out = '';
  const V1 = 'V1__initial.sql';
  const U1 = 'U1__initial.sql';

  beforeAll(() => {
    out = join(tmp!, 'flyway-out');
  });

  it('flyway: writes V1__initial.sql and U1__initial.sql, the same scripts under flyway names', async () => {
    const r = await runCli(['compile', SHOP, '--out', out, '--layout', 'flyway']);
    expect(r.code, r.stderr).toBe(0);
    expect(lines(r.stdout)[0]).toBe(`${shown(out)}: wrote migration ${V1}, ${U1}`);
    expect(listTree(out)).toEqual([...files.filter((f) => f.role === 'drop' || f.role === 'meta').map((f) => f.path), V1, U1].sort());
    expect(readFileSync(join(out, V1), 'utf8')).toBe(initial);
    expect(readFileSync(join(out, U1), 'utf8')).toBe(initialDown);
    for (const f of files.filter((x) => x.role === 'drop')) expect(readFileSync(join(out, f.path), 'utf8'), f.path).toBe(f.content);
    expect(JSON.parse(readFileSync(join(out, STATE), 'utf8'))).toMatchObject({ project: 'shop', layout: 'flyway', migrations: [{ version: 1, name: 'initial' }] });
    expect(lines(readFileSync(join(out, SUM), 'utf8')).slice(1).map((l) => l.slice(0, l.lastIndexOf(' ')))).toEqual([V1, U1]);
  });

  it('the history keeps its layout: compiling again, with or without --layout flyway, is up to date', async () => {
    const before = snapshot(out);
    const [plain, flyway] = await Promise.all([runCli(['compile', SHOP, '--out', out]), runCli(['compile', SHOP, '--out', out, '--layout', 'flyway', '--check'])]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toBe(`${shown(out)}: up to date, no changes since 0001_initial\n`);
    expect(flyway.code, flyway.stdout + flyway.stderr).toBe(0);
    expect(flyway.stdout).toBe(`${shown(out)}: up to date (1 migration)\n`);
    expect(snapshot(out)).toEqual(before);
  });

  it('refuses another layout for an existing history: exit 2 with a clear message, writing nothing', async () => {
    const before = snapshot(out);
    const [r, check] = await Promise.all([runCli(['compile', SHOP, '--out', out, '--layout', 'plain']), runCli(['compile', SHOP, '--out', out, '--layout', 'dbmate', '--check'])]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${shown(out)}: the migrations in this folder use the flyway layout; a history cannot change layout (asked for plain)\n`);
    expect(check.code).toBe(2);
    expect(check.stderr).toBe(`${shown(out)}: the migrations in this folder use the flyway layout; a history cannot change layout (asked for dbmate)\n`);
    expect(snapshot(out)).toEqual(before);
  });
});

describe.concurrent("trickle explain", () => {
  it('prints the operator tree and delta SQL of one stream table', async () => {
    const r = await runCli(['explain', SHOP, '--stream', 'customer_revenue']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.match(/^== /gm)).toEqual(['== ']);
    expect(r.stdout).toMatch(/^== public\.customer_revenue \(DIFFERENTIAL, aggregate\)\n/);
    const tree = r.stdout.indexOf('\noperator tree:\n');
    const delta = r.stdout.indexOf('\ndelta SQL:\n');
    expect(tree).toBeGreaterThan(0);
    expect(delta).toBeGreaterThan(tree);
    const treeText = r.stdout.slice(tree, delta);
    expect(treeText).toMatch(/^\s+project .* AS customer_id/m);
    expect(treeText).toMatch(/^\s+aggregate count\(\*\)/m);
    for (const t of ['customers', 'orders', 'order_lines', 'products']) expect(treeText).toMatch(new RegExp(`^\\s+scan public\\.${t} AS \\w+$`, 'm'));
    const deltaSql = r.stdout.slice(delta + '\ndelta SQL:\n'.length);
    expect(deltaSql).toMatch(/^WITH\b/);
    expect(deltaSql).toContain('pg_trickle_changes.changes_');
  });

  it('accepts a schema-qualified name', async () => {
    const r = await runCli(['explain', SHOP, '--stream', 'public.order_stats']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^== public\.order_stats \(DIFFERENTIAL, aggregate\)\n/);
  });

  it('accepts a name as SQL reads it, quoted or in capitals', async () => {
    const upper = await runCli(['explain', SHOP, '--stream', 'PUBLIC.Order_Stats']);
    expect(upper.code, upper.stderr).toBe(0);
    expect(upper.stdout).toMatch(/^== public\.order_stats \(DIFFERENTIAL, aggregate\)\n/);
    const quoted = await runCli(['explain', SHOP, '--stream', '"public"."order_stats"']);
    expect(quoted.code, quoted.stderr).toBe(0);
    expect(quoted.stdout).toMatch(/^== public\.order_stats /);
  });

  it('says why a stream table is refreshed in full, with the detail the error under DIFFERENTIAL gives', async () => {
    const r = await runCli(['explain', 'fixtures/edge', '--stream', 'qty_halves']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      'refreshed in full: JOIN ... USING of columns of different types ("qty") is not supported differentially (streams/007_equalities.sql:21:59): the merged column takes their common type',
    );
  });

  it('exits 2 for a stream table that does not exist', async () => {
    const r = await runCli(['explain', SHOP, '--stream', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('no stream table named nope\n');
    expect(r.stdout).toBe('');
  });
});

describe.concurrent("usage errors", () => {
  it('no command: exits 2 with a usage message', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('trickle: name a command: compile, status, adopt, explain or verify\nRun trickle --help for usage.\n');
  });

  it('an unknown option: exits 2 with a usage message', async () => {
    const r = await runCli(['compile', SHOP, '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('trickle: Unknown argument: frobnicate\nRun trickle --help for usage.\n');
  });

  it('an unknown command: exits 2 with a usage message', async () => {
    const r = await runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^trickle: Unknown argument: frobnicate\nRun trickle --help for usage\.\n$/);
  });

  it('an unknown layout: exits 2 naming the layouts, writing nothing', async () => {
    const out = join(tmp!, 'bad-layout-out');
    const r = await runCli(['compile', SHOP, '--out', out, '--layout', 'bogus']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'trickle: Invalid values:\n  Argument: layout, Given: "bogus", Choices: "plain", "flyway", "dbmate", "golang-migrate", "sqitch"\nRun trickle --help for usage.\n',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('status without --database-url: exits 2 with a usage message', async () => {
    const r = await runCli(['status', SHOP]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('trickle: Missing required argument: database-url\nRun trickle --help for usage.\n');
  });

  it('--help prints the commands and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['compile [dir]', 'status [dir]', 'explain [dir]', 'verify [dir]']) expect(r.stdout).toContain(`trickle ${c}`);
  });
});

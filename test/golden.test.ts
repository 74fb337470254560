/**
 * Golden tests: every fixture compiles to exactly what out/<project>/ holds
 * (a fresh migration history: the initial migration, its down script, the
 * state and checksum files, a drop script per stream table), compiles the
 * same way twice, the committed history is up to date (`trickle compile
 * --check` passes), and every generated SQL file parses with the PostgreSQL
 * 18 parser (PL/pgSQL bodies included).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as libpg from 'libpg-query';
import type { Node, ParseResult } from '@pgsql/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { qualifiedKey } from '../compiler/catalog/catalog.js';
import { readFolder } from '../compiler/cli/history-io.js';
import { loadProject } from '../compiler/cli/load.js';
import { compileFiles, defaultOutDir } from '../compiler/cli/compile-command.js';
import { analyzeProject, type AnalyzedProject } from '../compiler/compile.js';
import { fileStem } from '../compiler/emit/naming.js';
import type { OutputFile } from '../compiler/emit/output.js';
import { catalogSql, migrationGuardSql } from '../compiler/emit/project.js';
import { compileHistory } from '../compiler/migrate/history.js';
import { describeChange } from '../compiler/migrate/transition.js';
import { checkPlpgsql, checkSyntax, loadParser } from '../compiler/parser/adapter.js';
import { commentText, literal } from '../compiler/sql/quote.js';
import { fixtureDirs, REPO_ROOT } from '../scripts/update-goldens.js';
import { migrationSections } from './support/cli.js';

/** Every file under `dir`, `/`-separated and relative to it, sorted. */
function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, `${prefix}${entry}/`));
    else out.push(`${prefix}${entry}`);
  }
  return out;
}

/** Names the files that differ, byte for byte, between `files` and the folder `out` (every file in it, not only .sql). */
function goldenDiff(out: string, files: readonly OutputFile[]): string[] {
  const have = new Set(listFiles(out));
  const lines: string[] = [];
  for (const f of files) {
    if (!have.has(f.path)) lines.push(`missing from ${out}: ${f.path}`);
    else if (!Buffer.from(f.content, 'utf8').equals(readFileSync(join(out, f.path)))) lines.push(`differs: ${join(out, f.path)}`);
    have.delete(f.path);
  }
  for (const path of have) lines.push(`not written by the compiler any more: ${join(out, path)}`);
  return lines;
}

interface Statement {
  readonly node: Node;
  readonly text: string;
}

/** Parses a whole file with the PostgreSQL 18 parser; the error names the file, line and column. */
function parseStatements(label: string, sql: string): Statement[] {
  try {
    checkSyntax(sql);
  } catch (e) {
    const err = e as { message?: string; sqlDetails?: { cursorPosition?: number } };
    throw new Error(`${label}${at(sql, err.sqlDetails?.cursorPosition)}: ${err.message}`);
  }
  const bytes = Buffer.from(sql, 'utf8');
  const result = libpg.parseSync(sql) as ParseResult;
  return (result.stmts ?? []).map((raw) => {
    const start = raw.stmt_location ?? 0;
    const end = raw.stmt_len ? start + raw.stmt_len : bytes.length;
    return { node: raw.stmt as Node, text: bytes.subarray(start, end).toString('utf8') };
  });
}

function at(sql: string, cursor: number | undefined): string {
  if (cursor === undefined) return '';
  const before = Buffer.from(sql, 'utf8').subarray(0, cursor).toString('utf8');
  const lines = before.split('\n');
  return `:${lines.length}:${lines[lines.length - 1]!.length + 1}`;
}

function defOption(options: readonly Node[] | undefined, name: string): Node | undefined {
  for (const o of options ?? []) if ('DefElem' in o && o.DefElem.defname === name) return o.DefElem.arg as Node | undefined;
  return undefined;
}

function stringValue(n: Node | undefined): string | undefined {
  return n && 'String' in n ? n.String.sval : undefined;
}

/** Whether a statement is a PL/pgSQL function, procedure or DO block. */
function isPlpgsql(node: Node): boolean {
  if ('CreateFunctionStmt' in node) {
    const s = node.CreateFunctionStmt;
    return (stringValue(defOption(s.options, 'language')) ?? '').toLowerCase() === 'plpgsql' && s.sql_body === undefined;
  }
  if ('DoStmt' in node) return (stringValue(defOption(node.DoStmt.args, 'language')) ?? 'plpgsql').toLowerCase() === 'plpgsql';
  return false;
}

/**
 * Checks the PL/pgSQL bodies of a file; returns how many there were.
 * Each statement is handed over alone: the PL/pgSQL parser aborts on
 * SQL-standard function bodies (`RETURN expr` without AS).
 */
function checkPlpgsqlBodies(label: string, statements: readonly Statement[]): number {
  let n = 0;
  for (const s of statements) {
    if (!isPlpgsql(s.node)) continue;
    n++;
    try {
      checkPlpgsql(s.text);
    } catch (e) {
      const head = s.text.trim().split('\n')[0];
      throw new Error(`${label}: PL/pgSQL body of "${head}" does not parse: ${(e as Error).message}`);
    }
  }
  return n;
}

const fixtures = fixtureDirs();

describe('fixtures', () => {
  it('there is more than one fixture', () => {
    expect(fixtures).toContain(join('fixtures', 'shop'));
    expect(fixtures.length).toBeGreaterThan(1);
  });
});

/**
 * Fixtures whose committed history a recompile does not find up to date, because of a compiler bug.
 * When the bug is fixed, the it.fails test of that fixture starts failing: remove its entry.
 */
const KNOWN_BUGS_UP_TO_DATE: Record<string, string> = {};

const INITIAL = '0001_initial.sql';
const INITIAL_DOWN = '0001_initial.down.sql';
const STATE = 'trickle.state.json';
const SUM = 'trickle.sum';

for (const dir of fixtures) {
  describe(dir, () => {
    let name = '';
    let files: OutputFile[] = [];
    let project: AnalyzedProject;
    const content = (path: string): string => {
      const f = files.find((x) => x.path === path);
      if (!f) throw new Error(`${dir}: no ${path} among ${files.map((x) => x.path).join(', ')}`);
      return f.content;
    };
    const streamKeys = (): string[] => project.streams.map((st) => qualifiedKey(st.name));

    beforeAll(async () => {
      await loadParser();
      // The goldens hold source positions relative to the repository root, as `npm run goldens` writes them.
      process.chdir(REPO_ROOT);
      ({ name, files } = compileFiles(dir));
      project = analyzeProject(loadProject(dir));
    });

    it('compiles to exactly what out/<project>/ holds', () => {
      const out = defaultOutDir(name);
      const diff = goldenDiff(out, files);
      expect(diff, `${dir} compiles differently from its goldens:\n  ${diff.join('\n  ')}\nIf the change is intended, run \`npm run goldens\` and review the diff.`).toEqual([]);
    });

    it('compiles the same way twice', () => {
      const again = compileFiles(dir);
      expect(again.name).toBe(name);
      expect(again.files.map((f) => [f.path, f.role])).toEqual(files.map((f) => [f.path, f.role]));
      for (const [i, f] of again.files.entries()) expect(f.content, f.path).toBe(files[i]!.content);
    });

    const history = (requested: 'plain' | undefined) => compileHistory(project, readFolder(join(REPO_ROOT, defaultOutDir(name))), requested);

    it('the committed history has no migration edited, removed or added by hand', () => {
      expect(existsSync(join(REPO_ROOT, defaultOutDir(name), STATE)), `${defaultOutDir(name)}/${STATE}`).toBe(true);
      const existing = readFolder(join(REPO_ROOT, defaultOutDir(name)));
      for (const requested of [undefined, 'plain' as const]) {
        const h = history(requested);
        expect(h.problems, `problems with ${defaultOutDir(name)}`).toEqual([]);
        expect(h.migrations[0]).toMatchObject({ version: 1, name: 'initial', up: existing.get(INITIAL) });
      }
    });

    // With the previous test: `trickle compile --check` passes on the committed output folder.
    const upToDate = () => {
      const existing = readFolder(join(REPO_ROOT, defaultOutDir(name)));
      for (const requested of [undefined, 'plain' as const]) {
        const h = history(requested);
        expect(h.added?.changes.map(describeChange), 'changes not compiled into a migration').toBeUndefined();
        expect(h.migrations.map((m) => [m.version, m.name])).toEqual([[1, 'initial']]);
        // What it would keep is what is there.
        for (const f of h.files) expect(existing.get(f.path), f.path).toBe(f.content);
      }
    };
    const knownBug = KNOWN_BUGS_UP_TO_DATE[dir];
    if (knownBug === undefined) it('the committed history is up to date: compiling again adds no migration', upToDate);
    else it.fails(`KNOWN BUG (${knownBug}): the committed history is up to date: compiling again adds no migration`, upToDate);

    it('writes the initial migration and its down script, the state and checksum files, and a drop script per stream table', () => {
      const paths = (role: OutputFile['role']) => files.filter((f) => f.role === role).map((f) => f.path);
      expect(paths('up')).toEqual([INITIAL]);
      expect(paths('down')).toEqual([INITIAL_DOWN]);
      expect(paths('meta').sort()).toEqual([STATE, SUM]);
      expect(project.streams.length).toBeGreaterThan(0);
      expect(paths('drop').sort()).toEqual(project.streams.map((st) => `drop/${fileStem(st.name)}.sql`).sort());
      expect(files).toHaveLength(4 + project.streams.length);
      expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
      for (const st of project.streams) {
        const drop = content(`drop/${fileStem(st.name)}.sql`);
        expect(drop, `drop script of ${qualifiedKey(st.name)}`).toMatch(new RegExp(`^-- trickle: drop stream table ${escapeRegExp(commentText(qualifiedKey(st.name)))} and everything it created\\.\n`));
      }

      // The state records the project, the layout, the one migration and every stream table.
      const state = JSON.parse(content(STATE)) as { project: string; layout: string; migrations: unknown[]; streams: { schema: string; name: string }[] };
      expect(state).toMatchObject({ project: name, layout: 'plain', migrations: [{ version: 1, name: 'initial' }] });
      expect(state.streams.map((s) => `${s.schema}.${s.name}`).sort()).toEqual(streamKeys().sort());

      // The checksums cover the migration and its down script, in order, under a hash of the list.
      const sum = content(SUM).split('\n');
      expect(sum.pop()).toBe('');
      expect(sum[0]).toMatch(/^h1:\S+$/);
      expect(sum.slice(1).map((l) => l.slice(0, l.lastIndexOf(' ')))).toEqual([INITIAL, INITIAL_DOWN]);
      for (const l of sum.slice(1)) expect(l).toMatch(/ h1:\S+$/);
    });

    it('the initial migration: the guard, the catalog, then a section per captured source and per stream table, between begin_migration and end_migration', () => {
      const up = content(INITIAL);
      const args = `${literal(name)}, 1, 'initial'`;
      const begin = `CALL pg_trickle.begin_migration(${args});\n`;
      const end = `CALL pg_trickle.end_migration(${args});\n`;
      expect(up.split(begin), 'begin_migration once').toHaveLength(2);
      expect(up.split(end), 'end_migration once').toHaveLength(2);
      expect(up.endsWith(end), 'ends with end_migration').toBe(true);

      // Only comments and the guard before the catalog; begin_migration right after it.
      const catalog = catalogSql();
      const at = up.indexOf(catalog);
      expect(at, 'the catalog script, whole').toBeGreaterThan(0);
      const guard = up.indexOf(migrationGuardSql());
      expect(guard, 'the guard, whole, before the catalog').toBeGreaterThan(0);
      expect(up.slice(guard + migrationGuardSql().length, at).trim()).toBe('');
      expect(up.slice(0, guard).split('\n').filter((l) => l.trim() !== '' && !l.startsWith('--'))).toEqual([]);
      expect(up.slice(0, at)).toMatch(new RegExp(`^-- trickle migration 0001_initial of project ${escapeRegExp(name)}\n`));
      expect(up.slice(at + catalog.length).trimStart().startsWith(begin), 'begin_migration right after the catalog').toBe(true);
      const firstBanner = up.search(/^-- ={72}$/m);
      expect(firstBanner).toBeGreaterThan(up.indexOf(begin));

      // Sources whose changes a DIFFERENTIAL stream table reads: tables get their own section,
      // stream tables capture their own changes in their section.
      const captured = new Map<string, 'table' | 'stream'>();
      for (const st of project.streams) for (const s of st.sources) if (s.consumesChanges) captured.set(qualifiedKey(s.name), s.kind);
      const capturedTables = [...captured].filter(([, kind]) => kind === 'table').map(([k]) => k).sort();
      expect(capturedTables.length).toBeGreaterThan(0);

      const sections = migrationSections(up);
      expect(sections.map((s) => s.title)).toEqual([
        ...capturedTables.map((t) => `capture changes of ${commentText(t)}`),
        ...streamKeys().map((k) => `create stream table ${commentText(k)}`),
        'refresh order (dependencies first)',
        'refresh schedules: one job for the whole database',
      ]);
      for (const t of capturedTables) {
        const s = sections.find((x) => x.title === `capture changes of ${commentText(t)}`)!;
        expect(s.sql.startsWith(`-- trickle: change capture for ${commentText(t)} (table)\n`), s.title).toBe(true);
      }
      for (const st of project.streams) {
        const key = qualifiedKey(st.name);
        const s = sections.find((x) => x.title === `create stream table ${commentText(key)}`)!.sql;
        expect(s.startsWith(`-- trickle: stream table ${commentText(key)}\n`), key).toBe(true);
        expect(s, key).toMatch(/^-- refresh mode: (DIFFERENTIAL|FULL)( \(requested AUTO\))?$/m);
        expect(s, key).toMatch(/^-- maintenance: /m);
        expect(s, key).toContain(`INSERT INTO pg_trickle.pgt_stream_tables`);
        expect(s, key).toContain(`VALUES (${literal(st.name.schema)}, ${literal(st.name.name)}, ${literal(key)}, `);
        const ownCapture = `-- trickle: change capture for ${commentText(key)} (stream table)\n`;
        if (captured.get(key) === 'stream') expect(s, `${key} captures its own changes`).toContain(ownCapture);
        else expect(s, key).not.toContain(ownCapture);
      }
      const order = sections.find((x) => x.title === 'refresh order (dependencies first)')!.sql;
      for (const st of project.streams) expect(order).toContain(`WHEN ${literal(qualifiedKey(st.name))} THEN ${st.order}`);
      expect(sections.at(-1)!.sql).toContain("cron.schedule('trickle_refresh_due', '* * * * *', 'CALL pg_trickle.refresh_due()')");
    });

    it('the down script drops every stream table, readers first, as its drop script does, then the catalog if unused', () => {
      const down = content(INITIAL_DOWN);
      const args = `${literal(name)}, 1, 'initial'`;
      expect(down).toMatch(new RegExp(`^-- trickle: revert migration 0001_initial of project ${escapeRegExp(name)}\n`));
      expect(down.split(`CALL pg_trickle.begin_revert(${args});\n`)).toHaveLength(2);
      expect(down.endsWith(`CALL pg_trickle.end_revert(${args});\n\nCALL pg_trickle.drop_catalog_if_unused();\n`)).toBe(true);
      expect(down.indexOf('CALL pg_trickle.begin_revert(')).toBeLessThan(down.search(/^-- ={72}$/m));
      const sections = migrationSections(down);
      const reversed = [...project.streams].reverse();
      expect(sections.map((s) => s.title)).toEqual(reversed.map((st) => `drop stream table ${commentText(qualifiedKey(st.name))}`));
      for (const [i, st] of reversed.entries()) expect(sections[i]!.sql.trimEnd(), qualifiedKey(st.name)).toBe(content(`drop/${fileStem(st.name)}.sql`).trimEnd());
    });

    it('every generated SQL file parses with the PostgreSQL 18 parser, PL/pgSQL bodies included', () => {
      let functions = 0;
      const sql = files.filter((f) => f.path.endsWith('.sql'));
      expect(sql.map((f) => f.path)).toEqual(files.filter((f) => f.role !== 'meta').map((f) => f.path));
      for (const f of sql) {
        const statements = parseStatements(`${dir} -> ${f.path}`, f.content);
        expect(statements.length, `${f.path} holds no statement`).toBeGreaterThan(0);
        functions += checkPlpgsqlBodies(`${dir} -> ${f.path}`, statements);
      }
      expect(functions).toBeGreaterThan(0);
      // Every section of the migrations parses alone; every stream table has a PL/pgSQL refresh function.
      for (const path of [INITIAL, INITIAL_DOWN]) {
        for (const s of migrationSections(content(path))) {
          const label = `${dir} -> ${path} -> ${s.title}`;
          const n = checkPlpgsqlBodies(label, parseStatements(label, s.sql));
          if (s.title.startsWith('create stream table ')) expect(n, `${label}: PL/pgSQL functions`).toBeGreaterThan(0);
        }
      }
    });
  });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('the PL/pgSQL check itself', () => {
  beforeAll(() => loadParser());

  it('rejects a broken PL/pgSQL body that the SQL parser accepts', () => {
    const sql = `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN UPDATE t SET x = ; RETURN 1; END $$;`;
    const statements = parseStatements('inline', sql);
    expect(() => checkPlpgsqlBodies('inline', statements)).toThrow(/does not parse: syntax error/);
  });

  it('skips SQL-language functions, including SQL-standard bodies', () => {
    const sql = `CREATE FUNCTION f(int) RETURNS int LANGUAGE sql IMMUTABLE RETURN $1;\nDO $$ BEGIN PERFORM 1; END $$;`;
    expect(checkPlpgsqlBodies('inline', parseStatements('inline', sql))).toBe(1);
  });

  it('names the line and column of a syntax error', () => {
    expect(() => parseStatements('inline', 'SELECT 1;\nSELECT FROM WHERE;')).toThrow(/^inline:2:\d+: syntax error/);
  });
});

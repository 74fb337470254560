/**
 * Golden tests: every fixture compiles to exactly what out/<project>/ holds,
 * compiles the same way twice, and every generated file parses with the
 * PostgreSQL 18 parser (PL/pgSQL bodies included).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as libpg from 'libpg-query';
import type { Node, ParseResult } from '@pgsql/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileFiles, defaultOutDir } from '../compiler/cli/compile-command.js';
import type { OutputFile } from '../compiler/emit/project.js';
import { checkPlpgsql, checkSyntax, loadParser } from '../compiler/parser/adapter.js';
import { fixtureDirs, REPO_ROOT } from '../scripts/update-goldens.js';

/** Every file under `dir`, `/`-separated and relative to it, sorted. */
function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, `${prefix}${entry}/`));
    else if (entry.endsWith('.sql')) out.push(`${prefix}${entry}`);
  }
  return out;
}

/** Names the files that differ, byte for byte, between `files` and the folder `out`. */
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

for (const dir of fixtures) {
  describe(dir, () => {
    let name = '';
    let files: OutputFile[] = [];

    beforeAll(async () => {
      await loadParser();
      // The goldens hold source positions relative to the repository root, as `npm run goldens` writes them.
      process.chdir(REPO_ROOT);
      ({ name, files } = compileFiles(dir));
    });

    it('compiles to exactly what out/<project>/ holds', () => {
      const out = defaultOutDir(name);
      const diff = goldenDiff(out, files);
      expect(diff, `${dir} compiles differently from its goldens:\n  ${diff.join('\n  ')}\nIf the change is intended, run \`npm run goldens\` and review the diff.`).toEqual([]);
    });

    it('compiles the same way twice', () => {
      const again = compileFiles(dir);
      expect(again.name).toBe(name);
      expect(again.files.map((f) => f.path)).toEqual(files.map((f) => f.path));
      for (const [i, f] of again.files.entries()) expect(f.content, f.path).toBe(files[i]!.content);
    });

    it('writes numbered scripts, a refresh schedule and a drop script per stream table', () => {
      const numbered = files.filter((f) => !f.path.includes('/')).map((f) => f.path);
      expect(numbered.length).toBeGreaterThan(2);
      numbered.forEach((p, i) => expect(p.startsWith(`${String(i + 1).padStart(3, '0')}_`), p).toBe(true));
      expect(numbered[0]).toMatch(/_pg_trickle_catalog\.sql$/);
      expect(numbered[numbered.length - 1]).toMatch(/_refresh_schedule\.sql$/);
      const streams = numbered.filter((p) => /^\d+_stream_/.test(p));
      expect(files.filter((f) => f.path.startsWith('drop/')).length).toBe(streams.length);
    });

    it('every generated file parses with the PostgreSQL 18 parser, PL/pgSQL bodies included', () => {
      let functions = 0;
      for (const f of files) {
        const statements = parseStatements(`${dir} -> ${f.path}`, f.content);
        expect(statements.length, `${f.path} holds no statement`).toBeGreaterThan(0);
        const n = checkPlpgsqlBodies(`${dir} -> ${f.path}`, statements);
        // Every stream table has a PL/pgSQL refresh function.
        if (/^\d+_stream_/.test(f.path)) expect(n, `${f.path}: PL/pgSQL functions`).toBeGreaterThan(0);
        functions += n;
      }
      expect(functions).toBeGreaterThan(0);
    });
  });
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

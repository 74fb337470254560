/**
 * User errors: each folder under test/cases/errors/ is a tiny project that
 * `trickle compile` must reject with exit code 2 and exactly the line in its
 * expected.txt (`file:line:column: message`, the file relative to the
 * repository root), writing nothing.
 *
 * A case with a known-bug.txt documents a bug: expected.txt holds what the
 * compiler should print, and the exact-match test is expected to fail until
 * the bug is fixed. When known-bug.txt starts with "position:", only the
 * position is wrong, and everything else is still checked normally.
 *
 * The unsupported-* cases are also compiled with refresh_mode AUTO and FULL,
 * where the same queries must compile into FULL refresh stream tables.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTree, migrationSections, removeTempDir, REPO_ROOT, runCli, tempDir, type CliResult } from './support/cli.js';

const CASES_DIR = join('test', 'cases', 'errors');

interface ErrorCase {
  readonly name: string;
  /** Relative to the repository root, as passed to the CLI. */
  readonly dir: string;
  readonly expected: string;
  readonly knownBug: string | undefined;
}

const cases: ErrorCase[] = readdirSync(join(REPO_ROOT, CASES_DIR))
  .sort()
  .map((name) => {
    const dir = join(CASES_DIR, name);
    const bug = join(REPO_ROOT, dir, 'known-bug.txt');
    return {
      name,
      dir,
      expected: readFileSync(join(REPO_ROOT, dir, 'expected.txt'), 'utf8').replace(/\n$/, ''),
      knownBug: existsSync(bug) ? readFileSync(bug, 'utf8').trim() : undefined,
    };
  });

const SENTINEL = 'sentinel.sql';
const SENTINEL_TEXT = '-- left here by the test; trickle must not touch it\n';

let tmp: string | undefined;
const runs = new Map<string, Promise<CliResult>>();

function outDir(c: ErrorCase): string {
  return join(tmp!, 'out', c.name);
}

/** Compiles a case once (several tests look at the result). */
function compileCase(c: ErrorCase): Promise<CliResult> {
  let run = runs.get(c.name);
  if (!run) {
    // An output folder that already holds a file: a failed compile must neither write nor delete.
    mkdirSync(outDir(c), { recursive: true });
    writeFileSync(join(outDir(c), SENTINEL), SENTINEL_TEXT);
    run = runCli(['compile', c.dir, '--out', outDir(c)]);
    runs.set(c.name, run);
  }
  return run;
}

beforeAll(() => {
  tmp = tempDir('trickle-errors-');
});

afterAll(() => removeTempDir(tmp));

/** `file:line:column: ` off, for comparing messages when only the position is known to be wrong. */
function withoutPosition(line: string): string {
  return line.replace(/^[^:]+:\d+:\d+: /, '');
}

function fileOf(line: string): string {
  return /^([^:]+):\d+:\d+: /.exec(line)?.[1] ?? '';
}

describe('error cases', () => {
  it('cover what they must', () => {
    const names = cases.map((c) => c.name);
    for (const required of [
      'syntax-in-schema',
      'syntax-in-stream',
      'syntax-in-dollar-query',
      'unknown-table',
      'unknown-column',
      'ambiguous-column',
      'ungrouped-column',
      'unsupported-natural-full-join',
      'unsupported-window-function',
      'unsupported-subquery-in-from',
      'unsupported-limit-over-ties',
      'unsupported-limit-with-offset',
      'unsupported-distinct-on-over-ties',
      'unsupported-now',
      'cycle',
      'duplicate-stream-table',
      'stream-named-like-table',
      'bad-schedule',
      'bad-refresh-mode',
      'duplicate-output-column',
    ]) {
      expect(names).toContain(required);
    }
    for (const c of cases) {
      expect(c.expected, `${c.dir}/expected.txt`).toMatch(/^[^:\n]+:\d+:\d+: [^\n]+$/);
      // The file named in the expectation is one of the case's own files.
      expect(existsSync(join(REPO_ROOT, fileOf(c.expected))), `${c.dir}/expected.txt names ${fileOf(c.expected)}`).toBe(true);
      expect(fileOf(c.expected).startsWith(`${c.dir}/`)).toBe(true);
    }
  });
});

// Concurrent: each test waits for its own child process (runCli limits how many run at once).
describe.concurrent('each case', () => {
  for (const c of cases) {
    describe(c.name, () => {
      const positionOnly = c.knownBug?.startsWith('position:') ?? false;

      const checkCleanFailure = async () => {
        const r = await compileCase(c);
        expect(r.code, `exit code; stderr: ${r.stderr}`).toBe(2);
        expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
        expect(r.stderr.trimEnd().split('\n'), 'one error line').toHaveLength(1);
        expect(r.stdout).toBe('');
        expect(listTree(outDir(c)), 'the output folder').toEqual([SENTINEL]);
        expect(readFileSync(join(outDir(c), SENTINEL), 'utf8')).toBe(SENTINEL_TEXT);
      };

      const checkExact = async () => {
        const r = await compileCase(c);
        expect(r.stderr).toBe(`${c.expected}\n`);
        await checkCleanFailure();
      };

      if (c.knownBug === undefined) {
        it('exits 2 with exactly the expected error, writing nothing', checkExact);
      } else {
        if (positionOnly) {
          it('exits 2 with the expected message, writing nothing (position aside)', async () => {
            await checkCleanFailure();
            const r = await compileCase(c);
            expect(withoutPosition(r.stderr.trimEnd())).toBe(withoutPosition(c.expected));
            expect(fileOf(r.stderr)).toBe(fileOf(c.expected));
          });
        }
        it.fails(`KNOWN BUG (${c.knownBug}): exits 2 with exactly the expected error`, checkExact);
      }
    });
  }
});

// ---- AUTO and FULL: the unsupported queries compile into FULL refresh stream tables --------------

const unsupported = cases.filter((c) => c.name.startsWith('unsupported-'));

/** The construct named by `... X is not supported in a DIFFERENTIAL stream table[: detail]`. */
function constructOf(c: ErrorCase): string {
  const m = /^[^:]+:\d+:\d+: (.*) is not supported in a DIFFERENTIAL stream table/.exec(c.expected);
  if (!m) throw new Error(`${c.dir}/expected.txt does not name an unsupported construct`);
  return m[1]!;
}

for (const mode of ['AUTO', 'FULL'] as const) {
  describe(`the unsupported queries with refresh_mode ${mode}`, () => {
    let dir = '';
    let result: CliResult | undefined;
    let outFiles: string[] = [];
    /** The stream table sections of the initial migration, by stream table (`public.name`). */
    const streamSections = new Map<string, string>();

    beforeAll(async () => {
      // One project holding every unsupported-* case's stream file (they share one schema).
      dir = join(tmp!, `unsupported-${mode.toLowerCase()}`);
      cpSync(join(REPO_ROOT, unsupported[0]!.dir, 'schema'), join(dir, 'schema'), { recursive: true });
      mkdirSync(join(dir, 'streams'));
      for (const c of unsupported) {
        expect(readFileSync(join(REPO_ROOT, c.dir, 'schema', '001_tables.sql'), 'utf8')).toBe(readFileSync(join(dir, 'schema', '001_tables.sql'), 'utf8'));
        cpSync(join(REPO_ROOT, c.dir, 'streams', '001_streams.sql'), join(dir, 'streams', `${c.name}.sql`));
      }
      writeFileSync(join(dir, 'trickle.json'), JSON.stringify({ name: 'unsupported', defaults: { refresh_mode: mode } }));
      result = await runCli(['compile', dir, '--out', join(dir, 'out')]);
      if (result.code === 0) {
        outFiles = listTree(join(dir, 'out'));
        // The initial migration holds a section per stream table, headed by a banner naming it.
        for (const s of migrationSections(readFileSync(join(dir, 'out', '0001_initial.sql'), 'utf8'))) {
          const m = /^create stream table (.+)$/.exec(s.title);
          if (m) {
            expect(streamSections.has(m[1]!), `one section for ${m[1]}`).toBe(false);
            streamSections.set(m[1]!, s.sql);
          }
        }
      }
    });

    it('compiles (exit 0)', () => {
      expect(result?.code, result?.stderr).toBe(0);
      expect(result?.stderr).toBe('');
      expect(outFiles).toContain('0001_initial.sql');
      expect(streamSections.size).toBe(unsupported.length);
      expect(outFiles.filter((f) => f.startsWith('drop/'))).toHaveLength(unsupported.length);
    });

    for (const c of unsupported) {
      it(`${c.name}: a FULL refresh stream table${mode === 'AUTO' ? ', saying why' : ''}`, () => {
        expect(result?.code, result?.stderr).toBe(0);
        const name = streamNameOf(c);
        expect([...streamSections.keys()], `the section of public.${name}`).toContain(`public.${name}`);
        const sql = streamSections.get(`public.${name}`)!;
        expect(sql).toMatch(new RegExp(`^-- trickle: stream table public\\.${name}\n`));
        expect(sql).toContain('-- maintenance: full recomputation on every refresh');
        // A FULL stream table reads no change buffers.
        expect(sql).not.toMatch(/delta_/);
        if (mode === 'FULL') {
          expect(sql).toMatch(/^-- refresh mode: FULL$/m);
          expect(sql).not.toContain('maintained by full recomputation because');
          expect(sql).toContain(`'public', '${name}', 'public.${name}', `);
          expect(sql).toMatch(/'FULL', 'FULL', NULL, 'full',/);
          return;
        }
        const construct = constructOf(c);
        expect(sql).toMatch(/^-- refresh mode: FULL \(requested AUTO\)$/m);
        // The reason names the construct and points into the case's stream file.
        expect(sql).toMatch(
          new RegExp(`^-- maintained by full recomputation because ${escapeRegExp(construct)} is not supported differentially \\(streams/${c.name}\\.sql:\\d+:\\d+\\)$`, 'm'),
        );
        // The catalog row: requested AUTO, effective FULL, the reason, maintained in full.
        expect(sql).toMatch(new RegExp(`'AUTO', 'FULL', '${escapeRegExp(construct)} is not supported differentially \\([^)]*\\)', 'full',`));
      });
    }
  });
}

/** The name in the case's `CREATE MATERIALIZED VIEW name AS`. */
function streamNameOf(c: ErrorCase): string {
  const sql = readFileSync(join(REPO_ROOT, c.dir, 'streams', '001_streams.sql'), 'utf8');
  const m = /CREATE MATERIALIZED VIEW (\w+) AS/.exec(sql) ?? /create_stream_table\('(\p{L}[\p{L}\d_]*)'/u.exec(sql);
  if (!m) throw new Error(`${c.dir}: no CREATE MATERIALIZED VIEW name AS, nor create_stream_table('name', ...)`);
  return m[1]!;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

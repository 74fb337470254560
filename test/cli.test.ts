/** The `trickle` command line, run as a child process through bin/trickle.js. */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as libpg from 'libpg-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileFiles } from '../compiler/cli/compile-command.js';
import type { OutputFile } from '../compiler/emit/project.js';
import { loadParser } from '../compiler/parser/adapter.js';
import { listTree, removeTempDir, REPO_ROOT, runCli, tempDir } from './support/cli.js';

const SHOP = join('fixtures', 'shop');

let tmp: string | undefined;
let files: OutputFile[] = [];
let numbered: OutputFile[] = [];

beforeAll(async () => {
  await loadParser();
  process.chdir(REPO_ROOT);
  files = compileFiles(SHOP).files;
  numbered = files.filter((f) => !f.path.includes('/'));
  tmp = tempDir('trickle-cli-');
});

afterAll(() => removeTempDir(tmp));

describe('trickle compile', () => {
  it('writes every file, numbered scripts and drop scripts, and says so', async () => {
    const out = join(tmp!, 'compile-out');
    const r = await runCli(['compile', SHOP, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(new RegExp(`^wrote ${files.length} files to \\S*compile-out\\n$`));
    expect(listTree(out)).toEqual(files.map((f) => f.path).sort());
    for (const f of files) expect(readFileSync(join(out, f.path), 'utf8'), f.path).toBe(f.content);
    expect(files.some((f) => f.path.startsWith('drop/'))).toBe(true);
  });

  it('replaces stale .sql files and leaves other files alone', async () => {
    const out = join(tmp!, 'rewrite-out');
    expect((await runCli(['compile', SHOP, '--out', out])).code).toBe(0);
    writeFileSync(join(out, '999_stale.sql'), 'SELECT 1;\n');
    writeFileSync(join(out, 'drop', 'public_gone.sql'), 'SELECT 1;\n');
    writeFileSync(join(out, 'README.md'), 'notes\n');
    writeFileSync(join(out, numbered[1]!.path), '-- edited by hand\n');
    const r = await runCli(['compile', SHOP, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(listTree(out)).toEqual([...files.map((f) => f.path), 'README.md'].sort());
    expect(readFileSync(join(out, numbered[1]!.path), 'utf8')).toBe(numbered[1]!.content);
  });

  it('exits 2 naming a project folder that does not exist', async () => {
    const r = await runCli(['compile', 'fixtures/no-such-project', '--out', join(tmp!, 'never')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('fixtures/no-such-project: no such project folder\n');
    expect(existsSync(join(tmp!, 'never'))).toBe(false);
  });
});

describe('trickle compile --check', () => {
  let out = '';
  const check = () => runCli(['compile', SHOP, '--out', out, '--check']);

  beforeAll(async () => {
    out = join(tmp!, 'check-out');
    expect((await runCli(['compile', SHOP, '--out', out])).code).toBe(0);
  });

  it('exits 0 when the output is up to date', async () => {
    const r = await check();
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`check-out: up to date \\(${files.length} files\\)\\n$`));
  });

  it('exits 1 naming a changed file, and writes nothing', async () => {
    const changed = numbered[2]!.path;
    writeFileSync(join(out, changed), `${numbered[2]!.content}-- a local edit\n`);
    const r = await check();
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(0, -1)).toEqual([`changed: ${changed}`]);
    expect(lines[lines.length - 1]).toMatch(/check-out: differs from what trickle compile would write; run trickle compile$/);
    expect(readFileSync(join(out, changed), 'utf8')).toContain('-- a local edit');
    writeFileSync(join(out, changed), numbered[2]!.content);
  });

  it('exits 1 naming a missing file', async () => {
    const missing = files.find((f) => f.path.startsWith('drop/'))!;
    rmSync(join(out, missing.path));
    const r = await check();
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n').slice(0, -1)).toEqual([`missing: ${missing.path}`]);
    expect(existsSync(join(out, missing.path))).toBe(false);
    writeFileSync(join(out, missing.path), missing.content);
  });

  it('exits 1 naming an unexpected file', async () => {
    writeFileSync(join(out, '099_extra.sql'), 'SELECT 1;\n');
    const r = await check();
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n').slice(0, -1)).toEqual(['unexpected: 099_extra.sql']);
    rmSync(join(out, '099_extra.sql'));
  });

  it('names every difference at once, sorted', async () => {
    const [a, b] = [numbered[0]!, numbered[numbered.length - 1]!];
    writeFileSync(join(out, a.path), 'SELECT 1;\n');
    rmSync(join(out, b.path));
    writeFileSync(join(out, 'drop', 'public_extra.sql'), 'SELECT 1;\n');
    const r = await check();
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n').slice(0, -1)).toEqual(
      [`changed: ${a.path}`, `missing: ${b.path}`, 'unexpected: drop/public_extra.sql'].sort(),
    );
    writeFileSync(join(out, a.path), a.content);
    writeFileSync(join(out, b.path), b.content);
    rmSync(join(out, 'drop', 'public_extra.sql'));
    expect((await check()).code).toBe(0);
  });

  it('exits 1 when the output folder does not exist, creating nothing', async () => {
    const none = join(tmp!, 'no-output-yet');
    const r = await runCli(['compile', SHOP, '--out', none, '--check']);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n').slice(0, -1)).toEqual(files.map((f) => `missing: ${f.path}`).sort());
    expect(existsSync(none)).toBe(false);
  });
});

describe('trickle compile --stdout', () => {
  it('prints one script holding every numbered file in order, and writes nothing', async () => {
    const cwd = tempDir('trickle-stdout-');
    try {
      const out = join(tmp!, 'stdout-out');
      const r = await runCli(['compile', join(REPO_ROOT, SHOP), '--stdout', '--out', out], cwd);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      // Each numbered file, whole, after a header naming it, in file order; no drop scripts.
      let at = 0;
      for (const f of numbered) {
        const header = `-- ==== ${f.path} ====\n`;
        const i = r.stdout.indexOf(header + f.content, at);
        expect(i, `${f.path} at or after offset ${at}`).toBeGreaterThanOrEqual(at);
        at = i + header.length + f.content.length;
      }
      expect(r.stdout.slice(at).trim()).toBe('');
      expect(r.stdout).not.toContain('drop/');
      expect(r.stdout.match(/^-- ==== /gm)).toHaveLength(numbered.length);
      // One script psql can run: it parses as a whole.
      expect(() => libpg.parseSync(r.stdout)).not.toThrow();
      // Nothing written: neither --out nor the default out/<project> under the working directory.
      expect(existsSync(out)).toBe(false);
      expect(listTree(cwd)).toEqual([]);
    } finally {
      removeTempDir(cwd);
    }
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
    expect(r.stderr).toBe('trickle: name a command: compile, explain or verify\nRun trickle --help for usage.\n');
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

  it('--help prints the commands and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['compile [dir]', 'explain [dir]', 'verify [dir]']) expect(r.stdout).toContain(`trickle ${c}`);
  });
});

/** Test helpers: run the real `trickle` command (bin/trickle.js) as a child process. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CLI = join(REPO_ROOT, 'bin', 'trickle.js');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** How many CLI processes a test file runs at once (each one loads tsx and the WASM parser). */
const MAX_RUNNING = Math.max(2, availableParallelism());
let running = 0;
const waiting: (() => void)[] = [];

async function slot<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= MAX_RUNNING) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await fn();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Runs `node bin/trickle.js ...args` in `cwd` (the repository root by default). */
export function runCli(args: readonly string[], cwd = REPO_ROOT): Promise<CliResult> {
  return slot(() => spawnCli(args, cwd));
}

function spawnCli(args: readonly string[], cwd: string): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** A fresh temporary folder; remove it with `removeTempDir`. */
export function tempDir(prefix = 'trickle-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeTempDir(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** Every file under `dir`, `/`-separated and relative to it, sorted. */
export function listTree(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...listTree(full, `${prefix}${entry}/`));
    else out.push(`${prefix}${entry}`);
  }
  return out;
}

/** One banner-headed section of a generated migration: `-- ====\n-- title\n-- ====\n` then its SQL. */
export interface MigrationSection {
  readonly title: string;
  /** From after the banner to the next banner, or to the migration's closing `CALL pg_trickle.end_migration/end_revert`. */
  readonly sql: string;
}

const BANNER = /^-- ={72}\n-- (.+)\n-- ={72}\n/gm;
const CLOSING = /^CALL pg_trickle\.end_(?:migration|revert)\(/m;

/** Splits a migration (or down script) on its banner lines; the text before the first banner is left out. */
export function migrationSections(migration: string): MigrationSection[] {
  const banners = [...migration.matchAll(BANNER)];
  return banners.map((m, i) => {
    const start = m.index + m[0].length;
    const end = i + 1 < banners.length ? banners[i + 1]!.index : migration.length;
    const text = migration.slice(start, end);
    const close = CLOSING.exec(text);
    return { title: m[1]!, sql: close ? text.slice(0, close.index) : text };
  });
}

/** The one section titled `title`; throws naming the titles there are when there is not exactly one. */
export function migrationSection(migration: string, title: string): string {
  const found = migrationSections(migration).filter((s) => s.title === title);
  if (found.length !== 1) {
    throw new Error(`${found.length} sections titled "${title}"; the sections: ${migrationSections(migration).map((s) => s.title).join(' | ')}`);
  }
  return found[0]!.sql;
}

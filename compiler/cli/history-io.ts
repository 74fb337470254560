/** Reading and writing an output folder of migrations (the CLI's side of migrate/history.ts). */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// The folders of an output folder that trickle writes into (drop scripts; sqitch's layout).
const GENERATED_FOLDERS: ReadonlySet<string> = new Set(['drop', 'deploy', 'revert', 'verify']);
const GENERATED_FILES: ReadonlySet<string> = new Set(['trickle.state.json', 'trickle.sum', 'sqitch.plan']);

/**
 * The files of an output folder that trickle writes or must know of (a migration added by hand),
 * by `/`-separated relative path: SQL files, at the top and in its own folders, and its state
 * files. Nothing else in the folder is read (it may be any folder the user names).
 */
export function readFolder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (sub: string) => {
    const full = join(dir, sub);
    if (!existsSync(full)) return;
    for (const entry of readdirSync(full).sort()) {
      const rel = sub ? `${sub}/${entry}` : entry;
      const stat = statSync(join(dir, rel));
      if (stat.isDirectory()) {
        if (!sub && GENERATED_FOLDERS.has(entry)) walk(rel);
      } else if (stat.isFile() && (entry.endsWith('.sql') || (!sub && GENERATED_FILES.has(entry)))) {
        out.set(rel, readFileSync(join(dir, rel), 'utf8'));
      }
    }
  };
  walk('');
  return out;
}

/** Writes the files that are new or changed; removes nothing but stale generated files listed in `stale`. */
export function writeFolder(dir: string, files: readonly { path: string; content: string }[], existing: ReadonlyMap<string, string>): string[] {
  const written: string[] = [];
  for (const f of files) {
    if (existing.get(f.path) === f.content) continue;
    const path = join(dir, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.content);
    written.push(f.path);
  }
  return written;
}

export function removeFiles(dir: string, paths: readonly string[]): void {
  for (const p of paths) rmSync(join(dir, p), { force: true });
}

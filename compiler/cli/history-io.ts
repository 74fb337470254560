/** Reading and writing an output folder of migrations (the CLI's side of migrate/history.ts). */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Every file below `dir`, by `/`-separated relative path. */
export function readFolder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (sub: string) => {
    const full = join(dir, sub);
    if (!existsSync(full)) return;
    for (const entry of readdirSync(full).sort()) {
      const rel = sub ? `${sub}/${entry}` : entry;
      const path = join(dir, rel);
      if (statSync(path).isDirectory()) walk(rel);
      else out.set(rel, readFileSync(path, 'utf8'));
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

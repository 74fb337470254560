import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { analyzeProject } from '../compile.js';
import { emitProject, migrationsToApply, type OutputFile } from '../emit/output.js';
import { loadProject } from './load.js';
import { commentText } from '../sql/quote.js';

/** Compiles a project folder into the files a fresh output folder gets (goldens, tests). */
export function compileFiles(dir: string): { name: string; files: OutputFile[] } {
  const project = analyzeProject(loadProject(dir));
  return { name: project.name, files: emitProject(project) };
}

export function defaultOutDir(name: string): string {
  return join('out', name);
}

/** Every migration, in order, as one script for `psql -v ON_ERROR_STOP=1`. */
export function singleScript(files: readonly OutputFile[]): string {
  return migrationsToApply(files)
    .map((f) => `-- ==== ${commentText(f.path)} ====\n${f.content}`)
    .join('\n');
}

/** Replaces the output folder with exactly `files` (used to regenerate goldens from scratch). */
export function writeOutput(out: string, files: readonly OutputFile[]): void {
  rmSync(out, { recursive: true, force: true });
  for (const f of files) {
    const path = join(out, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.content);
  }
}

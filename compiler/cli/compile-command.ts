import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { analyzeProject } from '../compile.js';
import { emitProject, migrationsToApply, type OutputFile } from '../emit/output.js';
import { loadProject } from './load.js';

export interface CompileOptions {
  readonly dir: string;
  readonly out?: string | undefined;
  readonly check?: boolean;
  readonly stdout?: boolean;
}

/** Compiles a project folder; pure up to the writing. */
export function compileFiles(dir: string): { name: string; files: OutputFile[] } {
  const project = analyzeProject(loadProject(dir));
  return { name: project.name, files: emitProject(project) };
}

export function defaultOutDir(name: string): string {
  return join('out', name);
}

export async function compileCommand(opts: CompileOptions): Promise<number> {
  const { name, files } = compileFiles(opts.dir);
  if (opts.stdout) {
    process.stdout.write(singleScript(files));
    return 0;
  }
  const out = resolve(opts.out ?? defaultOutDir(name));
  if (opts.check) {
    const diff = diffOutput(out, files);
    if (diff.length === 0) {
      process.stdout.write(`${relative(process.cwd(), out) || out}: up to date (${files.length} files)\n`);
      return 0;
    }
    for (const d of diff) process.stdout.write(`${d}\n`);
    process.stdout.write(`${relative(process.cwd(), out) || out}: differs from what trickle compile would write; run trickle compile\n`);
    return 1;
  }
  writeOutput(out, files);
  process.stdout.write(`wrote ${files.length} files to ${relative(process.cwd(), out) || out}\n`);
  return 0;
}

/** Every migration, in order, as one script for `psql -v ON_ERROR_STOP=1`. */
export function singleScript(files: readonly OutputFile[]): string {
  return migrationsToApply(files)
    .map((f) => `-- ==== ${f.path} ====\n${f.content}`)
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

/** Names the files that differ between the folder and `files`. */
export function diffOutput(out: string, files: readonly OutputFile[]): string[] {
  const want = new Map(files.map((f) => [f.path, f.content]));
  const have = new Set(listSql(out));
  const lines: string[] = [];
  for (const [path, content] of want) {
    if (!have.has(path)) lines.push(`missing: ${path}`);
    else if (readFileSync(join(out, path), 'utf8') !== content) lines.push(`changed: ${path}`);
  }
  for (const path of have) if (!want.has(path)) lines.push(`unexpected: ${path}`);
  return lines.sort();
}

function listSql(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...listSql(full, `${prefix}${entry}/`));
    else if (entry.endsWith('.sql')) out.push(`${prefix}${entry}`);
  }
  return out;
}

/**
 * `trickle compile` over a migration history: append one migration holding
 * what changed since the last compile, check that nothing was edited, or
 * print the whole history as one script.
 */
import { relative, resolve, sep } from 'node:path';
import { analyzeProject, type AnalyzedProject } from '../compile.js';
import { TrickleError } from '../errors.js';
import { compileHistory, HistoryError, type CompiledHistory } from '../migrate/history.js';
import { LAYOUTS, type Layout } from '../migrate/layouts.js';
import { STATE_FILE } from '../migrate/state.js';
import { commentText } from '../sql/quote.js';
import { describeChange } from '../migrate/transition.js';
import { dropScripts } from '../emit/output.js';
import { readFolder, removeFiles, writeFolder } from './history-io.js';
import { loadProject } from './load.js';

export interface HistoryOptions {
  readonly dir: string;
  readonly out?: string | undefined;
  readonly layout?: string | undefined;
  readonly check?: boolean;
  readonly stdout?: boolean;
}

export function outDirOf(project: AnalyzedProject, out: string | undefined, dir = '.'): string {
  if (out !== undefined && out.trim() === '') throw new TrickleError('--out needs a folder');
  const outDir = resolve(out ?? `out/${project.name}`);
  // Migrations written among the project's inputs would be read back as its schema or streams.
  for (const input of ['schema', 'streams', 'data', 'changes']) {
    const folder = resolve(dir, input);
    if (outDir === folder || outDir.startsWith(folder + sep)) throw new TrickleError(`--out ${out}: the output folder cannot be in the project's ${input}/ folder`);
  }
  return outDir;
}

export function parseLayout(layout: string | undefined): Layout | undefined {
  if (layout === undefined) return undefined;
  if (!(LAYOUTS as readonly string[]).includes(layout)) throw new TrickleError(`--layout must be one of ${LAYOUTS.join(', ')}, not '${layout}'`);
  return layout as Layout;
}

/** Compiles the project against the history in `out`. Pure apart from reading. */
export function planHistory(dir: string, out: string | undefined, layout: string | undefined): { project: AnalyzedProject; outDir: string; existing: Map<string, string>; history: CompiledHistory } {
  const project = analyzeProject(loadProject(dir));
  const outDir = outDirOf(project, out, dir);
  const existing = readFolder(outDir);
  try {
    return { project, outDir, existing, history: compileHistory(project, existing, parseLayout(layout)) };
  } catch (e) {
    if (e instanceof HistoryError) throw new TrickleError(`${relative(process.cwd(), outDir) || outDir}: ${e.message}`);
    throw e;
  }
}

export async function historyCommand(opts: HistoryOptions): Promise<number> {
  const { project, outDir, existing, history } = planHistory(opts.dir, opts.out, opts.layout);
  const shown = relative(process.cwd(), outDir) || outDir;
  const say = (s: string) => process.stdout.write(s + '\n');
  const problems = history.problems.map((p) => `${shown}/${p.path}: ${p.message}`);

  if (opts.stdout) {
    process.stdout.write(history.migrations.map((m) => m.up).join('\n'));
    return 0;
  }
  if (opts.check) {
    for (const p of problems) say(p);
    // Without its state, what the history records is not known: every change would look new.
    if (history.added && !history.problems.some((p) => p.path === STATE_FILE)) {
      say(`${shown}: the project has changes not yet compiled into a migration:`);
      for (const c of history.added.changes) say(`  ${commentText(describeChange(c))}`);
      say('run trickle compile to add them');
    }
    if (!problems.length && !history.added) say(`${shown}: up to date (${history.migrations.length} migration${history.migrations.length === 1 ? '' : 's'})`);
    return problems.length || history.added ? 1 : 0;
  }
  if (problems.length) {
    for (const p of problems) process.stderr.write(p + '\n');
    process.stderr.write(`${shown}: the migration history was changed by hand; nothing written\n`);
    return 1;
  }
  const drops = dropScripts(project);
  writeFolder(outDir, drops, existing);
  const dropPaths = new Set(drops.map((d) => d.path));
  removeFiles(outDir, [...existing.keys()].filter((p) => p.startsWith('drop/') && !dropPaths.has(p)));
  if (!history.added) {
    say(`${shown}: up to date, no changes since ${history.migrations.at(-1) ? `${String(history.migrations.at(-1)!.version).padStart(4, '0')}_${history.migrations.at(-1)!.name}` : 'the start'}`);
    return 0;
  }
  writeFolder(outDir, history.files, existing);
  say(`${shown}: wrote migration ${history.added.paths.join(', ')}`);
  for (const c of history.added.changes) say(`  ${commentText(describeChange(c))}`);
  return 0;
}

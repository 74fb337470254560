/**
 * The files `trickle compile` writes for a project into an empty output
 * folder: its first migration (and down script), the state and checksum
 * files, and a drop script per stream table.
 */
import type { AnalyzedProject } from '../compile.js';
import { compileHistory } from '../migrate/history.js';
import type { FileRole, Layout } from '../migrate/layouts.js';
import { dropSql } from './project.js';
import { fileStem } from './naming.js';

export interface OutputFile {
  /** Relative to the project's output folder, `/`-separated. */
  readonly path: string;
  readonly content: string;
  /** `drop`: a convenience script removing one stream table, rewritten at every compile. */
  readonly role: FileRole | 'drop';
}

export function emitProject(p: AnalyzedProject, layout: Layout = 'plain'): OutputFile[] {
  return [...compileHistory(p, new Map(), layout).files, ...dropScripts(p)];
}

export function dropScripts(p: AnalyzedProject): OutputFile[] {
  return p.streams.map((st) => ({ path: `drop/${fileStem(st.name)}.sql`, content: dropSql(st), role: 'drop' as const }));
}

/** The scripts to run, in order, to bring an empty database to the project's state. */
export function migrationsToApply(files: readonly OutputFile[]): OutputFile[] {
  return files.filter((f) => f.role === 'up');
}

/**
 * The migration history in an output folder, and the next step of it.
 * Pure: takes the folder's current files, returns the files to write.
 *
 * A migration, once written, never changes: `trickle compile` appends one
 * new migration holding the difference between the recorded state and the
 * project, and `trickle.sum` makes any edit to an earlier file detectable.
 */
import type { AnalyzedProject } from '../compile.js';
import { TrickleError } from '../errors.js';
import { qualifiedKey } from '../catalog/catalog.js';
import { catalogSql, migrationGuardSql, scheduleJobSql } from '../emit/project.js';
import { banner } from '../sql/fragments.js';
import { commentText, literal } from '../sql/quote.js';
import { historyFiles, LAYOUTS, migrationFiles, unwrapUp, versionTag, type Layout, type LayoutFile, type Migration } from './layouts.js';
import { emptyState, parseState, projectOfState, serializeState, stateOf, STATE_FILE, type MigrationRecord, type ProjectState } from './state.js';
import { checkSum, renderSum, SUM_FILE } from './sum.js';
import { describeChange, migrationName, transition, type Change } from './transition.js';

export interface HistoryProblem {
  readonly path: string;
  readonly message: string;
}

export interface CompiledHistory {
  /** Every file the folder should hold afterwards (migrations, plan, state, sum). */
  readonly files: readonly LayoutFile[];
  /** The new migration, if the project changed since the last one. */
  readonly added: { readonly version: number; readonly name: string; readonly changes: readonly Change[]; readonly paths: readonly string[] } | undefined;
  /** Earlier migrations edited, removed or added by hand. */
  readonly problems: readonly HistoryProblem[];
  /** All migrations in order, for `--stdout` and tests. */
  readonly migrations: readonly Migration[];
}

export class HistoryError extends Error {}

/** A recorded migration with placeholder texts: enough to know its files' names and roles. */
function skeleton(m: MigrationRecord): Migration {
  return { version: m.version, name: m.name, up: '', down: m.down === false ? undefined : '-' };
}

/** Migration files of a recorded history, in order (names and roles, without their contents). */
function recordedFiles(state: ProjectState): LayoutFile[] {
  return state.migrations.flatMap((m) => migrationFiles(skeleton(m), state.layout as Layout, state.project));
}

function recordedPaths(state: ProjectState): string[] {
  return recordedFiles(state).map((f) => f.path);
}

/**
 * A table and a stream table cannot trade a name in one migration: the table's rename (or drop)
 * is the user's DDL, run before the migration (and after its down script), while the stream table
 * is created or dropped inside it, so neither order frees the name in time.
 */
function checkNamesSwapped(before: AnalyzedProject, project: AnalyzedProject): void {
  const wasStream = new Set(before.streams.map((s) => qualifiedKey(s.name)));
  const isStream = new Set(project.streams.map((s) => qualifiedKey(s.name)));
  for (const st of project.streams) {
    const key = qualifiedKey(st.name);
    if (!wasStream.has(key) && before.catalog.tables.has(key)) {
      throw new TrickleError(
        `stream table ${key} takes the name of table ${key}, which schema/ declared at the last compile: compile (and apply) the change that renames or drops the table first, then add the stream table`,
        st.def.position,
      );
    }
  }
  for (const [key, table] of project.catalog.tables) {
    if (wasStream.has(key) && !isStream.has(key)) {
      throw new TrickleError(
        `table ${key} takes the name of stream table ${key} of the last compile: compile (and apply) the change that drops or renames the stream table first, then add the table`,
        table.position,
      );
    }
  }
}

function readState(text: string): ProjectState {
  try {
    return parseState(text, STATE_FILE);
  } catch (e) {
    // Named after the output folder by the CLI, as the other problems of a history are.
    if (e instanceof TrickleError) throw new HistoryError(e.message);
    throw e;
  }
}

export function compileHistory(project: AnalyzedProject, existing: ReadonlyMap<string, string>, requestedLayout: Layout | undefined): CompiledHistory {
  const stateText = existing.get(STATE_FILE);
  const state = stateText === undefined ? undefined : readState(stateText);
  const layout = (state?.layout as Layout | undefined) ?? requestedLayout ?? 'plain';
  if (!LAYOUTS.includes(layout)) throw new HistoryError(`${STATE_FILE}: unknown layout '${layout}'`);
  if (state && requestedLayout && requestedLayout !== state.layout) {
    throw new HistoryError(`the migrations in this folder use the ${state.layout} layout; a history cannot change layout (asked for ${requestedLayout})`);
  }
  if (state && state.project !== project.name) {
    throw new HistoryError(`${STATE_FILE} records project '${state.project}', not '${project.name}'`);
  }

  // Earlier migrations must be exactly as written.
  const problems: HistoryProblem[] = [];
  // Without its state a history would start over, and its first migration be written anew.
  if (!state && [...existing.keys()].some((p) => p === SUM_FILE || isMigrationFile(p, layout))) {
    problems.push({ path: STATE_FILE, message: 'missing, while the folder holds migrations: restore it (a history cannot start over where one was written)' });
  }
  const paths = state ? recordedPaths(state) : [];
  if (state) {
    const sumText = existing.get(SUM_FILE);
    if (sumText === undefined) problems.push({ path: SUM_FILE, message: 'missing: the checksums of the migrations are gone' });
    else {
      const onDisk = [...existing.keys()].filter((p) => isMigrationFile(p, layout));
      const files = [...new Set([...paths, ...onDisk])].map((p) => ({ path: p, content: existing.get(p) }));
      for (const p of checkSum(sumText, files)) problems.push({ path: p.path, message: sumMessage(p.problem) });
    }
  }

  const recorded: Migration[] = state
    ? state.migrations.map((m) => {
        const files = migrationFiles(skeleton(m), layout, project.name);
        return { version: m.version, name: m.name, up: unwrapUp(existing.get(files[0]!.path) ?? '', layout), down: undefined };
      })
    : [];
  const before = state ? projectOfState(state, STATE_FILE) : undefined;
  if (before) checkNamesSwapped(before, project);
  const up = transition(before, project);
  if (state && up.sections.length === 0) {
    return { files: currentFiles(existing, state, layout), added: undefined, problems, migrations: recorded };
  }

  const version = (state?.migrations.at(-1)?.version ?? 0) + 1;
  const first = version === 1;
  const name = first ? 'initial' : migrationName(up.changes);
  const down = transition(project, before);
  const migration: Migration = {
    version,
    name,
    up: renderUp(project.name, version, name, up.changes, up.sections, first),
    down: renderDown(project.name, version, name, down.sections, first),
  };
  const migrations = [...recorded, migration];
  const newState = stateOf(project, layout, [...(state?.migrations ?? []), { version, name }]);
  const newFiles = migrationFiles(migration, layout, project.name);
  const roleOf = new Map(state ? recordedFiles(state).map((f) => [f.path, f.role] as const) : []);
  const migrationFilesAll: LayoutFile[] = [...paths.map((p) => ({ path: p, content: existing.get(p) ?? '', role: roleOf.get(p) ?? ('up' as const) })), ...newFiles];
  const files: LayoutFile[] = [
    ...migrationFilesAll,
    ...historyFiles(migrations, layout, project.name),
    { path: STATE_FILE, content: serializeState(newState), role: 'meta' },
    { path: SUM_FILE, content: renderSum(migrationFilesAll), role: 'meta' },
  ];
  return { files, added: { version, name, changes: up.changes, paths: newFiles.map((f) => f.path) }, problems, migrations };
}

function currentFiles(existing: ReadonlyMap<string, string>, state: ProjectState, layout: Layout): LayoutFile[] {
  const roles = new Map(recordedFiles(state).map((f) => [f.path, f.role] as const));
  const keep = [...recordedPaths(state), ...historyFiles(state.migrations.map(skeleton), layout, state.project).map((f) => f.path), STATE_FILE, SUM_FILE];
  return keep.filter((p) => existing.has(p)).map((p) => ({ path: p, content: existing.get(p)!, role: roles.get(p) ?? 'meta' }));
}

function isMigrationFile(path: string, layout: Layout): boolean {
  if (path === STATE_FILE || path === SUM_FILE || path === 'sqitch.plan') return false;
  if (path.startsWith('drop/')) return false;
  if (layout === 'sqitch') return /^(deploy|revert|verify)\/.+\.sql$/.test(path);
  return !path.includes('/') && path.endsWith('.sql');
}

function sumMessage(problem: string): string {
  switch (problem) {
    case 'edited':
      return 'edited after it was written: a migration must never change once written (restore it, e.g. with git checkout)';
    case 'missing':
      return 'removed: the history lists it (restore it)';
    case 'unexpected':
      return 'not part of the recorded history (added by hand?)';
    default:
      return 'the checksum file was edited';
  }
}

function header(lines: string[]): string {
  return lines.map((l) => `-- ${commentText(l)}`.trimEnd()).join('\n');
}

function renderUp(project: string, version: number, name: string, changes: readonly Change[], sections: readonly string[], first: boolean): string {
  const tag = `${versionTag(version)}_${name}`;
  const args = `${literal(project)}, ${version}, ${literal(name)}`;
  return [
    header([
      `trickle migration ${tag} of project ${project}`,
      '',
      'Changes:',
      ...(first ? ['  create the pg_trickle catalog (if missing)'] : []),
      ...changes.map((c) => `  ${describeChange(c)}`),
      '',
      'Apply with: psql -v ON_ERROR_STOP=1 -1 -f FILE. It records itself in pg_trickle.pgt_migrations',
      'and refuses to run twice or out of order.',
    ]),
    '',
    migrationGuardSql(),
    ...(first ? [catalogSql()] : []),
    `CALL pg_trickle.begin_migration(${args});`,
    '',
    ...sections,
    ...(first ? [`${banner('refresh schedules: one job for the whole database')}\n${scheduleJobSql()}`] : []),
    `CALL pg_trickle.end_migration(${args});`,
    '',
  ].join('\n');
}

function renderDown(project: string, version: number, name: string, sections: readonly string[], first: boolean): string {
  const tag = `${versionTag(version)}_${name}`;
  const args = `${literal(project)}, ${version}, ${literal(name)}`;
  return [
    header([`trickle: revert migration ${tag} of project ${project}`, '', 'Only the latest applied migration of a project can be reverted.']),
    '',
    migrationGuardSql(),
    `CALL pg_trickle.begin_revert(${args});`,
    '',
    ...sections,
    `CALL pg_trickle.end_revert(${args});`,
    ...(first ? ['', 'CALL pg_trickle.drop_catalog_if_unused();'] : []),
    '',
  ].join('\n');
}

export { emptyState };

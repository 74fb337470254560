/**
 * What has been compiled into migrations so far: the definitions, the
 * catalog and the placements, recorded in `trickle.state.json` next to the
 * migrations. The next `trickle compile` compares the project with it and
 * appends a migration holding only the difference.
 */
import { compareText } from '../order.js';
import { TrickleError } from '../errors.js';
import type { Node } from '@pgsql/types';
import { qualifiedKey, type Catalog, type Table, type View } from '../catalog/catalog.js';
import { LOCAL, type Placement } from '../catalog/placement.js';
import { equalityOfType, knownType, type KnownType } from '../catalog/types.js';
import { analyzeDefinitions, type AnalyzedProject } from '../compile.js';
import { deparse, parseSql } from '../parser/adapter.js';
import { SourceText } from '../parser/source.js';
import type { RefreshMode } from '../project/project.js';
import type { StreamDef } from '../project/streams.js';

export const STATE_FILE = 'trickle.state.json';
export const STATE_FORMAT = 1;

export interface TableState {
  readonly schema: string;
  readonly name: string;
  readonly columns: readonly {
    readonly name: string;
    readonly type: string;
    readonly notNull: boolean;
    /** How the generated SQL treats it, when that is not what `type` alone says (a type schema/ creates). */
    readonly treatedAs?: KnownType;
    /** The equality it compares with, when that is not what `type` alone says (a collation, a type schema/ creates). */
    readonly equality?: string;
    readonly virtual?: boolean;
    /** Its values' text form where DDL can change it (see catalog/text-forms.ts). */
    readonly textForm?: string;
    /** Its declared collation; absent without one. */
    readonly collation?: string;
  }[];
  readonly primaryKey: readonly string[];
  readonly uniqueKeys: readonly (readonly string[])[];
  readonly placement: Placement['kind'];
  /** The distribution column of a distributed table. */
  readonly distributionColumn?: string;
  /** PARTITION BY; absent for other tables. */
  readonly partitioned?: boolean;
}

export interface ViewState {
  readonly schema: string;
  readonly name: string;
  /** Its query, every relation qualified, as deparsed by trickle. */
  readonly query: string;
  /** CREATE VIEW v (a, b)'s column names; absent when none. */
  readonly columns?: readonly string[];
}

export interface StreamState {
  readonly schema: string;
  readonly name: string;
  /** The defining query, as deparsed by trickle. */
  readonly query: string;
  readonly refreshMode: RefreshMode;
  readonly schedule: string;
  readonly placement: 'local';
}

export interface MigrationRecord {
  readonly version: number;
  readonly name: string;
  /** False for a migration without a down script (adopt). */
  readonly down?: boolean;
}

export interface ProjectState {
  readonly format: number;
  readonly project: string;
  /** How migration files are named (see layouts.ts); fixed once the first migration is written. */
  readonly layout: string;
  readonly migrations: readonly MigrationRecord[];
  readonly schemas: readonly string[];
  readonly tables: readonly TableState[];
  /** Views stream tables may read through (their queries are inlined); absent when none. */
  readonly views?: readonly ViewState[];
  /** Declared relations that cannot be sources (partitions, materialized views...); absent when none. */
  readonly unsupported?: readonly UnsupportedState[];
  /** What schema/ declares of its functions, which decides how queries calling them compile; absent when nothing. */
  readonly functions?: FunctionsState;
  /** The types schema/ creates that the generated SQL treats in its own way, by `schema.name`; absent when none. */
  readonly types?: Readonly<Record<string, KnownType>>;
  readonly streams: readonly StreamState[];
}

export interface FunctionsState {
  /** RETURNS SETOF or TABLE. */
  readonly setReturning?: readonly string[];
  /** STABLE or VOLATILE. */
  readonly notImmutable?: readonly string[];
  /** CREATE AGGREGATE. */
  readonly aggregates?: readonly string[];
  /** What functions return, where it is a type trickle knows (see Catalog.functionTypes). */
  readonly returns?: Readonly<Record<string, KnownType>>;
  /** What decides each one's results (see Catalog.functionDefinitions). */
  readonly definitions?: Readonly<Record<string, string>>;
}

export interface UnsupportedState {
  readonly schema: string;
  readonly name: string;
  readonly reason: string;
}

export function emptyState(project: string, layout: string): ProjectState {
  return { format: STATE_FORMAT, project, layout, migrations: [], schemas: [], tables: [], streams: [] };
}

/** The state a project would leave once compiled (migrations list supplied by the caller). */
export function stateOf(p: AnalyzedProject, layout: string, migrations: readonly MigrationRecord[]): ProjectState {
  const tables = [...p.catalog.tables.values()].sort(byName).map(tableState);
  const streams = [...p.streams].sort((a, b) => compareText(qualifiedKey(a.name), qualifiedKey(b.name))).map((st) => ({
    schema: st.name.schema,
    name: st.name.name,
    query: st.definingQuery,
    refreshMode: st.def.refreshMode,
    schedule: st.def.schedule,
    placement: 'local' as const,
  }));
  const unsupported = [...(p.catalog.unsupported?.values() ?? [])]
    .map((u) => ({ schema: u.name.schema, name: u.name.name, reason: u.reason }))
    .sort((a, b) => compareText(`${a.schema}.${a.name}`, `${b.schema}.${b.name}`));
  const views = [...(p.catalog.views?.values() ?? [])]
    .map((v) => ({ schema: v.name.schema, name: v.name.name, query: deparse({ SelectStmt: v.query } as Node), ...(v.columnNames.length ? { columns: [...v.columnNames] } : {}) }))
    .sort((a, b) => compareText(`${a.schema}.${a.name}`, `${b.schema}.${b.name}`));
  const names = (set: ReadonlySet<string> | undefined) => [...(set ?? [])].sort(compareText);
  const lists = { setReturning: names(p.catalog.setReturningFunctions), notImmutable: names(p.catalog.notImmutableFunctions), aggregates: names(p.catalog.aggregates) };
  const returns = p.catalog.functionTypes?.size ? { returns: Object.fromEntries(p.catalog.functionTypes) } : {};
  const definitions = p.catalog.functionDefinitions?.size ? { definitions: Object.fromEntries([...p.catalog.functionDefinitions].sort(([a], [b]) => compareText(a, b))) } : {};
  const functions = { ...Object.fromEntries(Object.entries(lists).filter(([, v]) => v.length > 0)), ...returns, ...definitions } as FunctionsState;
  // Written only when there are some, so that the states of projects without any stay as they were.
  return {
    format: STATE_FORMAT,
    project: p.name,
    layout,
    migrations,
    schemas: [...p.catalog.schemas],
    tables,
    ...(views.length ? { views } : {}),
    ...(unsupported.length ? { unsupported } : {}),
    ...(Object.keys(functions).length ? { functions } : {}),
    ...(p.catalog.types?.size ? { types: Object.fromEntries(p.catalog.types) } : {}),
    streams,
  };
}

function tableState(t: Table): TableState {
  return {
    schema: t.name.schema,
    name: t.name.name,
    columns: t.columns.map((c) => ({
      name: c.name,
      type: c.typeSql,
      notNull: c.notNull,
      ...(c.type !== knownType(c.typeSql) && c.type ? { treatedAs: c.type } : {}),
      ...(c.equality !== undefined && c.equality !== equalityOfType(c.typeSql) ? { equality: c.equality } : {}),
      ...(c.virtual ? { virtual: true } : {}),
      ...(c.textForm !== undefined ? { textForm: c.textForm } : {}),
      ...(c.collation !== undefined ? { collation: c.collation } : {}),
    })),
    primaryKey: [...t.primaryKey],
    uniqueKeys: t.uniqueKeys.map((k) => [...k]),
    placement: t.placement.kind,
    ...(t.placement.kind === 'distributed' ? { distributionColumn: t.placement.column } : {}),
    ...(t.partitioned ? { partitioned: true } : {}),
  };
}

/** Stable JSON: keys in a fixed order, two-space indent, final newline. */
export function serializeState(s: ProjectState): string {
  return JSON.stringify(s, null, 2) + '\n';
}

/** The state file as written by `trickle compile`; anything else is an error naming the way back. */
export function parseState(text: string, file: string): ProjectState {
  const restore = 'restore it (and trickle.sum) from version control, e.g. git checkout, then compile again';
  if (/^(<{7}|>{7}) /m.test(text)) {
    throw new TrickleError(`${file}: holds merge conflict markers: keep one side's migrations with its ${STATE_FILE} and trickle.sum, delete the other side's new migrations, and compile again to add their changes as a new migration`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new TrickleError(`${file}: invalid JSON (${(e as Error).message}): ${restore}`);
  }
  const s = raw as ProjectState;
  if (typeof s !== 'object' || s === null || s.format !== STATE_FORMAT || !Array.isArray(s.migrations) || !Array.isArray(s.tables) || !Array.isArray(s.streams)) {
    throw new TrickleError(`${file}: not a trickle state file of format ${STATE_FORMAT}: ${restore}`);
  }
  return s;
}

/** The catalog recorded in a state (positions point at the state file). */
export function catalogOfState(s: ProjectState, file: string): Catalog {
  const position = { file, line: 1, column: 1 };
  const tables = new Map<string, Table>();
  for (const t of s.tables) {
    const table: Table = {
      kind: 'table',
      name: { schema: t.schema, name: t.name },
      columns: t.columns.map((c) => {
        const type = c.treatedAs ?? knownType(c.type);
        return { name: c.name, typeSql: c.type, notNull: c.notNull, ...(type ? { type } : {}), equality: c.equality ?? equalityOfType(c.type), ...(c.virtual ? { virtual: true } : {}), ...(c.textForm !== undefined ? { textForm: c.textForm } : {}), ...(c.collation !== undefined ? { collation: c.collation } : {}) };
      }),
      primaryKey: t.primaryKey,
      uniqueKeys: t.uniqueKeys,
      placement: placementOfState(t),
      ...(t.partitioned ? { partitioned: true } : {}),
      position,
    };
    tables.set(qualifiedKey(table.name), table);
  }
  const unsupported = new Map((s.unsupported ?? []).map((u) => [qualifiedKey(u), { name: { schema: u.schema, name: u.name }, reason: u.reason, position }]));
  const views = new Map<string, View>();
  for (const v of s.views ?? []) {
    const source = new SourceText(`${file} (view ${v.schema}.${v.name})`, v.query);
    const stmt = parseSql(source)[0]?.node;
    if (!stmt || !('SelectStmt' in stmt)) throw new TrickleError(`${file}: the query of view ${v.schema}.${v.name} is not a SELECT`);
    const name = { schema: v.schema, name: v.name };
    views.set(qualifiedKey(name), { kind: 'view', name, query: stmt.SelectStmt, columnNames: v.columns ?? [], source, position });
  }
  const f = s.functions ?? {};
  return {
    schemas: s.schemas,
    tables,
    views,
    unsupported,
    setReturningFunctions: new Set(f.setReturning ?? []),
    notImmutableFunctions: new Set(f.notImmutable ?? []),
    aggregates: new Set(f.aggregates ?? []),
    types: new Map(Object.entries(s.types ?? {})),
    functionTypes: new Map(Object.entries(f.returns ?? {})),
    functionDefinitions: new Map(Object.entries(f.definitions ?? {})),
    statements: [],
  };
}

function placementOfState(t: TableState): Placement {
  switch (t.placement) {
    case 'reference':
      return { kind: 'reference' };
    case 'citus_local':
      return { kind: 'citus_local' };
    case 'distributed':
      return { kind: 'distributed', column: t.distributionColumn ?? '' };
    default:
      return LOCAL;
  }
}

function byName(a: Table, b: Table): number {
  return compareText(qualifiedKey(a.name), qualifiedKey(b.name));
}


/** Recompiles the project a state describes, to diff against and to write down migrations. */
export function projectOfState(s: ProjectState, file: string): AnalyzedProject {
  try {
    return recompiled(s, file);
  } catch (e) {
    // A state that parses as JSON but not as trickle wrote it (a field of another type, edited by hand).
    if (e instanceof TypeError) throw new TrickleError(`${file}: not a trickle state file of format ${STATE_FORMAT} (${e.message}): restore it (and trickle.sum) from version control, e.g. git checkout, then compile again`);
    throw e;
  }
}

function recompiled(s: ProjectState, file: string): AnalyzedProject {
  const catalog = catalogOfState(s, file);
  const defs: StreamDef[] = s.streams.map((st) => {
    const source = new SourceText(`${file} (${st.schema}.${st.name})`, st.query);
    const stmts = parseSql(source);
    const position = { file, line: 1, column: 1 };
    return {
      name: { schema: st.schema, name: st.name },
      query: stmts[0]!.node,
      querySource: source,
      schedule: st.schedule,
      refreshMode: st.refreshMode,
      position,
    };
  });
  return analyzeDefinitions(s.project, catalog, defs);
}

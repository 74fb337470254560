/**
 * The pipeline, as named pure passes:
 *   buildCatalog -> readStreamDefs -> orderStreams -> (bindQuery -> planMaintenance)*
 * and then, in migrate/, transition -> compileHistory turns the result into migrations.
 */
import { compareText } from './order.js';
import { basename, dirname } from 'node:path';
import type { Node, RangeVar, SelectStmt } from '@pgsql/types';
import { checkCitusSubqueries } from './citus-subqueries.js';
import { withStreamStarsExpanded } from './bind/stream-stars.js';
import { buildCatalog, relationName } from './catalog/build.js';
import { findTable, qualifiedKey, type Catalog, type QualifiedName, type Table } from './catalog/catalog.js';
import { bindQuery, type StreamTableShape } from './bind/bind.js';
import { checkFunctionNames, declaredFunctionsCalled } from './bind/functions.js';
import { checkColumnsLoosely, checkReferences, outputColumnsOf, referencedRelations, type LocatedColumn } from './bind/references.js';
import { LOCAL, type Placement } from './catalog/placement.js';
import { aggregateShape, planMaintenance, PlanError, type MaintenancePlan } from './diff/plan.js';
import { TrickleError, UnsupportedError, type SourcePosition } from './errors.js';
import { columnsOf, walkAst } from './ir/expr.js';
import { distributedScan, inputsOf, scansOf, uniqueKey, type Op, type OutputColumn, type Scan } from './ir/ops.js';
import { deparse, reparsesTo } from './parser/adapter.js';
import { scanColumnsRead } from './ir/columns-read.js';
import type { ProjectSources } from './project/project.js';
import { readStreamDefs, type StreamDef } from './project/streams.js';
import { parseSchedule, ScheduleError, type Schedule } from './schedule/schedule.js';

export interface SourceDependency {
  readonly name: QualifiedName;
  readonly kind: 'table' | 'stream';
  /** Whether this stream table reads the source's changes (DIFFERENTIAL). */
  readonly consumesChanges: boolean;
  readonly columns: readonly string[];
  /** Where the source lives (a stream table's storage is local). */
  readonly placement: Placement;
  /** A partitioned table (PARTITION BY): captured by row-level triggers, its partitions watched. */
  readonly partitioned: boolean;
}

export interface CompiledStreamTable {
  readonly def: StreamDef;
  readonly name: QualifiedName;
  readonly mode: 'DIFFERENTIAL' | 'FULL';
  /** Why an AUTO stream table is refreshed in full (the unsupported construct). */
  readonly fullReason: string | undefined;
  /** More of why, for `explain` (not in the generated SQL, whose catalog records fullReason). */
  readonly fullDetail?: string;
  readonly op: Op | undefined;
  readonly plan: MaintenancePlan | undefined;
  readonly columns: readonly OutputColumn[];
  readonly key: readonly string[] | undefined;
  readonly sources: readonly SourceDependency[];
  readonly schedule: Schedule;
  /** Position in dependency order (0 first). */
  readonly order: number;
  /** The defining query as PostgreSQL's parser understood it. */
  readonly definingQuery: string;
  /** The functions and aggregates of schema/ it calls (through views too), by name: see Catalog.functionDefinitions. */
  readonly functions: readonly string[];
  /** Refreshed in full by a query that could not be bound: its columns carry no type (see StreamTableShape). */
  readonly untyped?: boolean;
}

export interface AnalyzedProject {
  readonly name: string;
  readonly catalog: Catalog;
  readonly streams: readonly CompiledStreamTable[];
}

export function analyzeProject(sources: ProjectSources): AnalyzedProject {
  const catalog = buildCatalog(sources.schema);
  // PostgreSQL refuses such a view when schema/ is loaded, whether or not a stream table reads it.
  for (const v of catalog.views?.values() ?? []) checkFunctionNames({ SelectStmt: v.query } as Node, catalog, v.source);
  const defs = readStreamDefs(sources.streams, sources.config);
  return analyzeDefinitions(sources.config.name, catalog, defs);
}

/** Compiles stream definitions against a catalog (also used to rebuild a recorded state). */
export function analyzeDefinitions(name: string, catalog: Catalog, defs: readonly StreamDef[]): AnalyzedProject {
  checkNames(defs, catalog);
  const ordered = orderStreams(defs);
  const shapes = new Map<string, StreamTableShape>();
  const compiled: CompiledStreamTable[] = [];
  ordered.forEach((def, order) => {
    const st = compileStream(def, order, { catalog, streams: shapes });
    shapes.set(qualifiedKey(st.name), { name: st.name, columns: st.columns, key: st.key, ...(st.untyped ? { untyped: true } : {}) });
    compiled.push(st);
  });
  return { name, catalog, streams: compiled };
}

function checkNames(defs: readonly StreamDef[], catalog: Catalog): void {
  const seen = new Map<string, StreamDef>();
  for (const d of defs) {
    const key = qualifiedKey(d.name);
    if (findTable(catalog, d.name)) throw new TrickleError(`stream table ${key} has the name of a table in schema/`, d.position);
    if (catalog.views?.has(key)) throw new TrickleError(`stream table ${key} has the name of a view in schema/`, d.position);
    if (catalog.unsupported?.has(key)) throw new TrickleError(`stream table ${key} has the name of a relation in schema/`, d.position);
    const prev = seen.get(key);
    if (prev) throw new TrickleError(`stream table ${key} is defined twice (first at ${prev.position.file}:${prev.position.line})`, d.position);
    if (!catalog.schemas.includes(d.name.schema)) throw new TrickleError(`schema "${d.name.schema}" of stream table ${key} is not created in schema/`, d.position);
    seen.set(key, d);
  }
}

/** Topological order (readers after what they read), ties broken by name; a cycle is an error. */
export function orderStreams(defs: readonly StreamDef[]): StreamDef[] {
  const byKey = new Map(defs.map((d) => [qualifiedKey(d.name), d]));
  const deps = new Map<string, string[]>();
  for (const d of defs) {
    const reads = referencedRelations(d.query)
      .map((r) => qualifiedKey(r.name))
      .filter((k) => byKey.has(k));
    deps.set(qualifiedKey(d.name), [...new Set(reads)].sort());
  }
  const out: StreamDef[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (key: string, path: string[]) => {
    if (state.get(key) === 'done') return;
    if (state.get(key) === 'visiting') {
      const cycle = [...path.slice(path.indexOf(key)), key];
      throw new TrickleError(`stream tables read each other in a cycle: ${cycle.join(' -> ')}`, byKey.get(key)!.position);
    }
    state.set(key, 'visiting');
    for (const d of deps.get(key) ?? []) visit(d, [...path, key]);
    state.set(key, 'done');
    out.push(byKey.get(key)!);
  };
  for (const key of [...byKey.keys()].sort()) visit(key, []);
  return out;
}

function compileStream(
  def: StreamDef,
  order: number,
  ctx: { catalog: Catalog; streams: ReadonlyMap<string, StreamTableShape> },
): CompiledStreamTable {
  const bindCtx = { ...ctx, source: def.querySource };
  // A stream table whose columns are not known (refreshed in full by a query with a * trickle
  // cannot expand) can be read by no other: neither its columns nor their types are known here.
  for (const r of referencedRelations(def.query)) {
    if (ctx.streams.get(qualifiedKey(r.name))?.columns.length === 0) {
      throw new TrickleError(`the columns of stream table ${qualifiedKey(r.name)} are not known to trickle (its query has a * over a relation or function whose columns it cannot tell): name them in its SELECT list to read it`, def.querySource.position(r.location));
    }
  }
  checkReferences(def.query, ctx, def.querySource);
  checkFunctionNames(def.query, ctx.catalog, def.querySource);
  let schedule: Schedule;
  try {
    schedule = parseSchedule(def.schedule);
  } catch (e) {
    if (e instanceof ScheduleError) throw new TrickleError(e.message, def.schedulePosition ?? def.position);
    throw e;
  }
  const definingQuery = printedQuery(def, (key) => ctx.streams.get(key)?.columns.map((c) => c.name), (key) => ctx.catalog.tables.get(key)?.columns.map((c) => c.name));
  const functions = declaredFunctionsCalled(def.query, ctx.catalog);
  // A source that is a table of schema/ (a stream table's storage is a local, plain table).
  const sourceTable = (name: QualifiedName) => (ctx.streams.has(qualifiedKey(name)) ? undefined : findTable(ctx.catalog, name));
  const placementOf = (name: QualifiedName): Placement => sourceTable(name)?.placement ?? LOCAL;
  const partitioned = (name: QualifiedName): boolean => sourceTable(name)?.partitioned === true;
  let op: Op | undefined;
  let plan: MaintenancePlan | undefined;
  let fullReason: string | undefined;
  let fullDetail: string | undefined;
  // The output columns, when the query binds (its columns are then known exactly, even when it
  // cannot be maintained differentially).
  let bound: readonly OutputColumn[] | undefined;
  try {
    op = bindQuery(def.query, bindCtx);
    bound = op.columns;
    // Nothing to capture changes from: a full refresh is all there is to do.
    if (scansOf(op).length === 0) throw new UnsupportedError('a query that reads no table', def.querySource.position(0));
    checkCapturedColumns(op, def, sourceTable);
    checkCitusCanRun(op, def, placementOf);
    checkDistributedReads(op, def);
    plan = planMaintenance(op, def.name);
  } catch (e) {
    if (e instanceof UnsupportedError || e instanceof PlanError) {
      if (def.refreshMode === 'DIFFERENTIAL') {
        if (e instanceof PlanError) throw new TrickleError(e.message, def.position);
        throw e;
      }
      fullReason = e instanceof UnsupportedError ? `${e.construct} is not supported differentially (${position(e)})` : e.message;
      fullDetail = e instanceof UnsupportedError ? e.detail : undefined;
      checkColumnsLoosely(def, ctx);
      // Refreshed in full, the query runs as written: Citus must be able to plan its subqueries.
      // (A view, or a WITH query of the name, has no placement: undefined.)
      const placementOfVar = (rv: RangeVar) => (ctx.streams.has(qualifiedKey(relationName(rv))) ? LOCAL : sourceTable(relationName(rv))?.placement);
      if (referencedRelations(def.query).some((r) => placementOf(r.name).kind === 'distributed')) checkCitusSubqueries(def.query, placementOfVar, def.querySource);
      op = undefined;
      plan = undefined;
    } else {
      throw e;
    }
  }
  const differential = def.refreshMode !== 'FULL' && plan !== undefined;
  if (def.refreshMode === 'FULL') fullReason = fullDetail = undefined;

  if (differential && op) {
    const scans = scansOf(op);
    const sources = dedupeSources(
      scans.map((s) => ({ name: s.source.name, kind: s.source.kind, consumesChanges: true, columns: s.columns.map((c) => c.name), placement: placementOf(s.source.name), partitioned: partitioned(s.source.name) })),
    );
    const key = uniqueKey(op);
    if (op.columns.length === 0) throw noColumns(def);
    return {
      def,
      name: def.name,
      mode: 'DIFFERENTIAL',
      fullReason: undefined,
      op,
      plan,
      columns: op.columns,
      key: key && key.length ? key.map((i) => op!.columns[i]!.name) : undefined,
      sources,
      schedule,
      order,
      definingQuery,
      functions,
    };
  }
  const loose = outputColumnsOf(def.query, ctx) ?? [];
  // The bound columns carry their types (a float, an equality) to the stream tables reading this one.
  const columns =
    bound && (loose.length === 0 || loose.length === bound.length)
      ? bound.map((column, i) => ({ column: loose[i] ? { ...column, name: loose[i].column.name } : column, location: loose[i]?.location }))
      : loose;
  if (bound?.length === 0) throw noColumns(def);
  // A * trickle cannot expand (over a function's record, say), in a query it could not bind: over
  // a stream table, it would take the hidden columns along, which only naming its columns avoids.
  if (columns.length === 0 && referencedRelations(def.query).some((r) => ctx.streams.has(qualifiedKey(r.name)))) {
    throw new TrickleError(`the columns of ${qualifiedKey(def.name)} are not known to trickle (a * over a relation or function whose columns it cannot tell, in a query it refreshes in full, reading a stream table): name them in the SELECT list`, def.position);
  }
  const sources = dedupeSources(
    referencedRelations(def.query).map((r) => {
      const isStream = ctx.streams.has(qualifiedKey(r.name));
      // A view or another relation that cannot be a source, read by a FULL refresh: its columns are not known here.
      const cols = isStream ? ctx.streams.get(qualifiedKey(r.name))!.columns.map((c) => c.name) : (findTable(ctx.catalog, r.name)?.columns.map((c) => c.name) ?? []);
      return { name: r.name, kind: isStream ? ('stream' as const) : ('table' as const), consumesChanges: false, columns: cols, placement: placementOf(r.name), partitioned: partitioned(r.name) };
    }),
  );
  return {
    def,
    name: def.name,
    mode: 'FULL',
    fullReason,
    ...(fullDetail ? { fullDetail } : {}),
    op: undefined,
    plan: undefined,
    columns: uniqueNames(columns, def),
    key: undefined,
    sources,
    schedule,
    order,
    definingQuery,
    functions,
    ...(bound ? {} : { untyped: true }),
  };
}

/** Where the query names the table `scan` reads (the definition's position if it cannot be found). */
function tablePosition(def: StreamDef, scan: Scan): SourcePosition {
  const ref = referencedRelations(def.query).find((r) => qualifiedKey(r.name) === qualifiedKey(scan.source.name));
  return ref ? def.querySource.position(ref.location) : def.position;
}

/**
 * Citus plans no correlated subquery between a distributed table and a table that is neither
 * distributed nor a reference table, in any refresh mode: such a query cannot run at all. Over a
 * distributed table, in a query whose FROM reads no distributed table: "correlated subqueries are
 * not supported when the FROM clause contains a reference table" ("direct joins between
 * distributed and local tables are not supported", for Citus local and plain tables). Over a
 * Citus local or plain table (or a stream table, a plain table too), in a query whose FROM reads a
 * distributed table: the latter. Without the correlation Citus runs the subquery on its own
 * first, so `IN (SELECT ...)` works; so do reference tables, which every node holds.
 */
function checkCitusCanRun(op: Op, def: StreamDef, placementOf: (name: QualifiedName) => Placement): void {
  const onlyOnCoordinator = (o: Op): Scan | undefined =>
    scansOf(o).find((s) => !s.source.distributed && placementOf(s.source.name).kind !== 'reference');
  const visit = (o: Op): void => {
    const setsOver = o.kind === 'aggregate' && o.groupingSets ? distributedScan(o.input) : undefined;
    if (setsOver) {
      throw new TrickleError(
        `GROUPING SETS, ROLLUP or CUBE over the Citus distributed table ${qualifiedKey(setsOver.source.name)} cannot run on Citus: its planner rejects them ("could not run distributed query with GROUPING SETS, CUBE, or ROLLUP"); group by each set in a stream table of its own`,
        tablePosition(def, setsOver),
      );
    }
    // The generated SQL tests a subquery's rows in a subquery correlated by the join's condition,
    // even where the query, as written, tests uncorrelated values (x IN (SELECT ...)).
    const readsLeft = (o.kind === 'semi_join' || o.kind === 'outer_join') && columnsOf(o.predicate).some((i) => i < o.left.columns.length);
    const correlated = (o.kind === 'semi_join' && (o.correlated || readsLeft)) || (o.kind === 'outer_join' && o.atMostOneMatch && readsLeft);
    const written = o.kind === 'semi_join' ? o.correlated : o.kind === 'outer_join' && o.correlated !== false;
    if (correlated && !written && distributedScan(o.left) && !distributedScan(o.right)) {
      // Citus runs the query as written (an uncorrelated subquery is planned on its own), and a
      // correlated one over a reference or Citus local table, or over a subquery (which it plans
      // on its own); not one naming a plain table (a semi join's right side that is a bare scan,
      // which its SQL names as it is, or a subquery of the SELECT list).
      const bare = o.kind === 'outer_join' || o.right.kind === 'scan';
      const plain = bare ? scansOf(o.right).find((s) => placementOf(s.source.name).kind === 'local' && !s.source.distributed) : undefined;
      if (plain) {
        throw new UnsupportedError(
          `a subquery reading ${qualifiedKey(plain.source.name)}, which Citus does not manage, tested for each row of a Citus distributed table`,
          tablePosition(def, plain),
          'the refresh would test it correlated, which Citus rejects ("direct joins between distributed and local tables are not supported"); make it a reference table (refresh_mode AUTO refreshes it in full)',
        );
      }
    }
    if (correlated && written && (o.kind === 'semi_join' || o.kind === 'outer_join')) {
      const what = o.kind === 'outer_join' ? 'a correlated scalar subquery' : o.anti ? 'a correlated NOT EXISTS or NOT IN' : 'a correlated EXISTS or IN';
      if (!distributedScan(o.left)) {
        const scan = distributedScan(o.right);
        if (scan) {
          throw new TrickleError(
            `${what} reading the Citus distributed table ${qualifiedKey(scan.source.name)} from tables that are not distributed cannot run on Citus: its planner rejects it; test uncorrelated values instead (x IN (SELECT ...))`,
            tablePosition(def, scan),
          );
        }
      } else if (!distributedScan(o.right)) {
        const scan = onlyOnCoordinator(o.right);
        if (scan) {
          throw new TrickleError(
            `${what} reading ${qualifiedKey(scan.source.name)}, which is neither distributed nor a reference table, from a Citus distributed table cannot run on Citus: its planner rejects it ("direct joins between distributed and local tables are not supported"); make it a reference table, or test uncorrelated values instead (x IN (SELECT ...))`,
            tablePosition(def, scan),
          );
        }
      }
    }
    inputsOf(o).forEach(visit);
  };
  visit(op);
}

/**
 * A distributed table's rows can be read by no statement that also writes local tables, so its
 * delta must come from its changes alone. An inner join of it with other tables is maintained
 * while those do not change, and MIN/MAX over it alone while none of its rows is deleted (a
 * refresh tests both, and recomputes otherwise; see docs/CITUS.md); so are a semi or anti join
 * (EXISTS, IN) of it with a subquery over other tables and a LEFT JOIN of it with other tables (a
 * scalar subquery over them). A join of two distributed tables, any other outer join with one, a
 * subquery in WHERE reading one, HAVING over one, and MIN/MAX over one mixed with other tables
 * would read its rows.
 */
function checkDistributedReads(op: Op, def: StreamDef): void {
  const fail = (construct: string, scan: Scan, relation = 'over'): never => {
    throw new UnsupportedError(
      `${construct} ${relation ? `${relation} ` : ''}the Citus distributed table ${qualifiedKey(scan.source.name)}`,
      tablePosition(def, scan),
      'its delta would read its rows, which only a statement of their own can (refresh_mode AUTO refreshes it in full)',
    );
  };
  // The aggregate at the root keeps state; one below it recomputes the groups changes touch from their rows.
  const top = aggregateShape(op)?.aggregate;
  const visit = (o: Op): void => {
    const d = o.kind === 'scan' ? undefined : distributedScan(o);
    if (d) {
      if (o.kind === 'aggregate' && o !== top) fail('an aggregate in a subquery', d);
      // A LEFT JOIN of it with other tables is maintained as its inner join is (the other side must
      // not change); any other outer join would read its rows for the unmatched ones.
      const leftJoinOfIt = o.kind === 'outer_join' && o.preserve === 'left' && distributedScan(o.left) && !distributedScan(o.right);
      if (o.kind === 'outer_join' && !leftJoinOfIt) {
        if (o.atMostOneMatch) fail('a scalar subquery reading', d, '');
        fail('an outer join', d, 'with');
      }
      // A subquery's rows are read by the delta of the rows it tests; those, like a join's, are not.
      if (o.kind === 'semi_join') {
        const inSubquery = distributedScan(o.right);
        if (inSubquery) fail(`${o.anti ? 'NOT EXISTS or NOT IN' : 'EXISTS or IN'} reading`, inSubquery, '');
      }
      if (o.kind === 'join' && o.inputs.filter(distributedScan).length > 1) fail('a join of two tables that include', d, '');
      // MIN/MAX rescan a group whose extreme was deleted: a refresh recomputes in full instead when
      // a distributed table's rows were deleted, which it can tell only when no other table feeds in.
      const minMax = o.kind === 'aggregate' && o.aggregates.some((a) => a.fn === 'min' || a.fn === 'max');
      if (minMax && scansOf(o.input).some((s) => !s.source.distributed)) fail('MIN or MAX over a join or union of', d, '');
      const recomputed = o.kind === 'aggregate' ? o.aggregates.find((a) => a.fn === 'recompute') : undefined;
      if (recomputed) fail(`${recomputed.text}, recomputed per changed group,`, d);
      if (o.kind === 'filter' && o.input.kind === 'aggregate') fail('HAVING', d);
      if (o.kind === 'window') fail('a window function', d);
      if (o.kind === 'recursive') fail('a recursive WITH query', d);
      // Deletions among the first n make a refresh compute them again from the rows.
      if (o.kind === 'top_n') fail('ORDER BY ... LIMIT', d);
    }
    inputsOf(o).forEach(visit);
  };
  visit(op);
}

/**
 * The columns a delta reads from the sources' change buffers, which hold them beside trickle's
 * own `__pgt_` columns: a source column of such a name would clash with one of them, and a virtual
 * generated column (PostgreSQL 18) is NULL in the rows statement triggers see, so its value is
 * not captured. Read only by a full refresh, both are fine.
 */
function checkCapturedColumns(op: Op, def: StreamDef, sourceTable: (name: QualifiedName) => Table | undefined): void {
  const read = scanColumnsRead(op);
  for (const scan of scansOf(op)) {
    const table = scan.source.kind === 'table' ? sourceTable(scan.source.name) : undefined;
    scan.columns.forEach((c, i) => {
      const what = `column "${c.name}" of ${qualifiedKey(scan.source.name)}`;
      if (c.name.startsWith('__pgt_')) throw new UnsupportedError(`reading ${what}`, tablePosition(def, scan), 'names starting with __pgt_ are those of trickle\'s own columns in change buffers');
      // Captured as NULL: harmless where the query does not read it.
      if (read.get(scan)?.has(i) && table?.columns.find((x) => x.name === c.name)?.virtual) {
        throw new UnsupportedError(`reading ${what}, a virtual generated column`, tablePosition(def, scan), 'its value is not in the rows change capture sees; make it STORED');
      }
    });
  }
}

/**
 * The defining query as trickle prints it, to be stored and run: it must be the query it was
 * given. A construct its printer (pgsql-deparser) cannot print, or prints so that it parses as
 * another query, is an error rather than a different query.
 */
function printedQuery(def: StreamDef, streamColumns: (key: string) => readonly string[] | undefined, tableColumns: (key: string) => readonly string[] | undefined): string {
  const query = withStreamStarsExpanded(def.query, streamColumns, def.querySource, tableColumns);
  walkAst(def.query, (n, type) => {
    if (type !== 'SelectStmt') return;
    const s = (n as { SelectStmt: SelectStmt }).SelectStmt;
    const set = s.groupDistinct ? s.groupClause?.find((g) => 'GroupingSet' in g) : undefined;
    if (set && 'GroupingSet' in set) {
      throw new TrickleError('GROUP BY DISTINCT with GROUPING SETS, ROLLUP or CUBE cannot be compiled (trickle would print it without DISTINCT); list the distinct grouping sets instead', def.querySource.position(set.GroupingSet.location));
    }
  });
  let sql: string;
  try {
    sql = deparse(query);
  } catch (e) {
    const type = /does not handle node type: (\w+)/.exec((e as Error).message)?.[1];
    if (!type) throw e;
    let at: number | undefined;
    walkAst(def.query, (n, t) => {
      if (t === type && at === undefined) at = (Object.values(n)[0] as { location?: number }).location;
    });
    const name = UNPRINTABLE[type] ?? type;
    throw new TrickleError(`${name} cannot be compiled: trickle's SQL printer does not handle it`, at === undefined || at < 0 ? def.position : def.querySource.position(at));
  }
  if (!reparsesTo(sql, query)) {
    throw new TrickleError(`this query cannot be compiled: trickle would print it as a query PostgreSQL reads differently (a bug in trickle's SQL printer; please report it):\n  ${sql}`, def.position);
  }
  return sql;
}

// What the user wrote, for the nodes pgsql-deparser cannot print.
const UNPRINTABLE: Readonly<Record<string, string>> = {
  JsonTable: 'JSON_TABLE',
  JsonFuncExpr: 'JSON_VALUE, JSON_QUERY or JSON_EXISTS',
  JsonParseExpr: 'JSON()',
  JsonScalarExpr: 'JSON_SCALAR',
  JsonSerializeExpr: 'JSON_SERIALIZE',
};

// PostgreSQL allows SELECT without columns; a stream table needs one to tell its rows apart by.
function noColumns(def: StreamDef): TrickleError {
  return new TrickleError(`${qualifiedKey(def.name)} selects no columns: a stream table needs at least one`, def.position);
}

function uniqueNames(cols: readonly LocatedColumn[], def: StreamDef): OutputColumn[] {
  const seen = new Set<string>();
  for (const { column: c, location } of cols) {
    if (seen.has(c.name)) {
      const at = location === undefined ? def.position : def.querySource.position(location);
      throw new TrickleError(`column "${c.name}" appears more than once in the output of ${qualifiedKey(def.name)}; give one of them an alias`, at);
    }
    seen.add(c.name);
  }
  return cols.map((c) => c.column);
}

/** `streams/<file>:line:column` (`schema/...` in a view's query), independent of the directory trickle runs in (it is part of the output). */
function position(e: TrickleError): string {
  const p = e.position;
  return p ? `${basename(dirname(p.file)) === 'schema' ? 'schema' : 'streams'}/${basename(p.file)}:${p.line}:${p.column}` : 'unknown position';
}

function dedupeSources(list: SourceDependency[]): SourceDependency[] {
  const byKey = new Map<string, SourceDependency>();
  for (const s of list) {
    const k = qualifiedKey(s.name);
    const prev = byKey.get(k);
    byKey.set(k, prev ? { ...prev, columns: [...new Set([...prev.columns, ...s.columns])] } : s);
  }
  return [...byKey.entries()].sort(([a], [b]) => compareText(a, b)).map(([, v]) => v);
}

export type { Node };

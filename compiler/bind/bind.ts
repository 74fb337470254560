/**
 * Binds a stream table's SELECT to the operator tree: resolves every name
 * against the catalog, checks that each construct is one trickle can
 * maintain differentially, and builds
 *
 *   [Distinct] Project ( [Filter(having)] ( Aggregate ( Join|Filter|Scan ) ) )
 *   [Distinct] Union ( Project ( Join|Filter|Scan ), ... )      (UNION [ALL])
 *
 * where a join's inputs are scans, outer joins and the trees of subqueries in FROM (and of WITH
 * queries, bound where FROM names them), and an outer join's two sides are joins.
 *
 * Constructs it cannot maintain raise `UnsupportedError`, naming the
 * construct and its position; the caller decides whether that is fatal
 * (DIFFERENTIAL) or a reason to fall back to full refreshes (AUTO, FULL).
 */
import type { CommonTableExpr, FuncCall, JoinExpr, Node, RangeFunction, RangeVar, ResTarget, SelectStmt, SubLink, WindowDef } from '@pgsql/types';
import { DEFAULT_SCHEMA, relationName } from '../catalog/build.js';
import { findTable, qualifiedKey, type Catalog, type QualifiedName, type Table } from '../catalog/catalog.js';
import { arrayOf, isFloat, isInteger, isOpaque, knownType, OPAQUE_TYPE_NAMES, withoutCollation, type KnownType } from '../catalog/types.js';
import { onCoordinator } from '../catalog/placement.js';
import { copyView } from '../diff/context.js';
import { TrickleError, UnsupportedError, type SourcePosition } from '../errors.js';
import type { SourceText } from '../parser/source.js';
import { columnsOf, columnsOfAst, makeExpr, mapAst, paramRef, plainColumn, walkAst, type Expr } from '../ir/expr.js';
import { distributedScan, inputsOf, isDeltaRenderable, scansOf, typed, uniqueKey, type AggregateCall, type AggregateFunction, type LateralFunction, type Op, type OutputColumn, type SortKey, type SourceRelation } from '../ir/ops.js';
import { equalityOfExpr } from './equality.js';
import { Scope, stringFields, SYSTEM_COLUMNS, UnresolvedNameError, type MergedColumn, type ScopeEntry } from './scope.js';
import { BUILTIN_FLOAT_RESULTS, BUILTIN_NOT_IMMUTABLE } from './builtin-functions.js';
import { figureColname } from './colname.js';
import { expandGroupingSets, setId } from './grouping-sets.js';
import { distinctSetOperationQuery, intersectExceptAllQuery } from './set-operations.js';
import { orderByItems } from './order-by.js';
import { exprNode, groupingValueSql } from '../sql/fragments.js';
import { deparse, scanTokens, type Token } from '../parser/adapter.js';

/** A construct of a view's query, said of that view (a view reading it passes it on as it is). */
class InViewError extends UnsupportedError {}

export interface StreamTableShape {
  readonly name: QualifiedName;
  readonly columns: readonly OutputColumn[];
  readonly key: readonly string[] | undefined;
  /** Refreshed in full without its query bound: its columns' types (a float, an equality) are not known. */
  readonly untyped?: boolean;
}

export interface BindContext {
  readonly catalog: Catalog;
  /** Stream tables compiled so far, by `schema.name`. */
  readonly streams: ReadonlyMap<string, StreamTableShape>;
  readonly source: SourceText;
}

const SUPPORTED_AGGREGATES: ReadonlySet<string> = new Set(['count', 'sum', 'avg', 'min', 'max']);
const OTHER_AGGREGATES: ReadonlySet<string> = new Set([
  'array_agg', 'string_agg', 'bool_and', 'bool_or', 'every', 'bit_and', 'bit_or', 'bit_xor', 'json_agg', 'jsonb_agg',
  'json_object_agg', 'jsonb_object_agg', 'stddev', 'stddev_pop', 'stddev_samp', 'variance', 'var_pop', 'var_samp',
  'corr', 'covar_pop', 'covar_samp', 'regr_avgx', 'regr_avgy', 'regr_count', 'regr_intercept', 'regr_r2', 'regr_slope',
  'regr_sxx', 'regr_sxy', 'regr_syy', 'percentile_cont', 'percentile_disc', 'mode', 'rank', 'dense_rank',
  'percent_rank', 'cume_dist', 'xmlagg', 'range_agg', 'range_intersect_agg', 'any_value',
]);
/** Aggregates whose value depends only on the rows of the group: a changed group is recomputed. */
const RECOMPUTED_AGGREGATES: ReadonlySet<string> = new Set([
  ...SUPPORTED_AGGREGATES, 'array_agg', 'string_agg', 'bool_and', 'bool_or', 'every', 'bit_and', 'bit_or', 'bit_xor',
  'json_agg', 'jsonb_agg', 'json_object_agg', 'jsonb_object_agg', 'stddev', 'stddev_pop', 'stddev_samp', 'variance',
  'var_pop', 'var_samp', 'corr', 'covar_pop', 'covar_samp', 'regr_avgx', 'regr_avgy', 'regr_count', 'regr_intercept',
  'regr_r2', 'regr_slope', 'regr_sxx', 'regr_sxy', 'regr_syy', 'percentile_cont', 'percentile_disc', 'mode', 'xmlagg',
  'range_agg', 'range_intersect_agg',
]);
/** Aggregates whose value lists the group's values in the order they are aggregated. */
const ORDERED_AGGREGATES: ReadonlySet<string> = new Set(['array_agg', 'string_agg', 'json_agg', 'jsonb_agg', 'json_object_agg', 'jsonb_object_agg', 'xmlagg']);
/**
 * PostgreSQL's own functions that are stable only through settings the refresh functions pin
 * (TimeZone, DateStyle, IntervalStyle, lc_*, default_text_search_config, xmloption, ...) or
 * through type input and output functions: the same arguments give the same value at every
 * refresh. Every other name of BUILTIN_NOT_IMMUTABLE reads the clock, the session, the catalog
 * or a table, or is random.
 */
export const STABLE_BY_PINNED_SETTINGS: ReadonlySet<string> = new Set([
  'anytextcat', 'array_to_json', 'array_to_string', 'concat', 'concat_ws', 'convert', 'convert_from', 'convert_to',
  'date', 'date_add', 'date_part', 'date_subtract', 'date_trunc', 'extract', 'format', 'generate_series', 'in_range',
  'interval_pl_timestamptz', 'json_build_array', 'json_build_object', 'json_populate_record', 'json_populate_recordset',
  'json_to_record', 'json_to_recordset', 'json_to_tsvector', 'jsonb_build_array', 'jsonb_build_object',
  'jsonb_path_exists_tz', 'jsonb_path_match_tz', 'jsonb_path_query_array_tz', 'jsonb_path_query_first_tz',
  'jsonb_path_query_tz', 'jsonb_populate_record', 'jsonb_populate_record_valid', 'jsonb_populate_recordset',
  'jsonb_to_record', 'jsonb_to_recordset', 'jsonb_to_tsvector', 'length', 'make_timestamptz', 'money', 'numeric',
  'overlaps', 'pg_typeof', 'phraseto_tsquery', 'plainto_tsquery', 'quote_literal', 'quote_nullable', 'row_to_json',
  'textanycat', 'time', 'timestamp', 'timestamptz', 'timestamptz_mi_interval', 'timestamptz_pl_interval', 'timetz',
  'timezone', 'to_char', 'to_date', 'to_json', 'to_jsonb', 'to_number', 'to_timestamp', 'to_tsquery', 'to_tsvector',
  'ts_headline', 'ts_match_tq', 'ts_match_tt', 'websearch_to_tsquery', 'xml', 'xml_is_well_formed',
]);
/** Comparisons of a date or timestamp with a timestamptz: stable through TimeZone. */
const TIMESTAMPTZ_COMPARISON = /^(date|timestamp|timestamptz)_(cmp|eq|ne|lt|le|gt|ge)_(date|timestamp|timestamptz)$/;
/** Functions of common extensions whose value changes between calls (pgcrypto, uuid-ossp, tablefunc). */
const EXTENSIONS_NOT_IMMUTABLE: ReadonlySet<string> = new Set([
  'gen_random_bytes', 'gen_salt', 'normal_rand', 'uuid_generate_v1', 'uuid_generate_v1mc', 'uuid_generate_v4',
]);

/** Whether a call of PostgreSQL's function `name` may change value while its arguments do not. */
function notImmutableBuiltin(name: string, argCount: number): boolean {
  // age(a, b) of two timestamps is immutable; age(a) is from now.
  if (name === 'age') return argCount !== 2;
  if (EXTENSIONS_NOT_IMMUTABLE.has(name)) return true;
  return BUILTIN_NOT_IMMUTABLE.has(name) && !STABLE_BY_PINNED_SETTINGS.has(name) && !TIMESTAMPTZ_COMPARISON.test(name);
}

// Strings that a date or time type reads as the time of the reading ('now'::timestamptz, or
// compared with a timestamp column): the time of each refresh, not of the rows.
const TIME_OF_READING: ReadonlySet<string> = new Set(['now', 'today', 'tomorrow', 'yesterday']);
const DATETIME_TYPE_NAMES: ReadonlySet<string> = new Set(['timestamptz', 'timestamp', 'date', 'time', 'timetz']);

function timeOfReadingError(text: string, at: SourcePosition): UnsupportedError {
  return new UnsupportedError(`the string ${text} read as a date or time`, at, "it is the time of each refresh, which changes while the rows do not (as text, write it so: 'now'::text)");
}

/** String constants that a comparison with a text column reads as text (see bindColumns). */
const readAsText = new WeakSet<object>();

/** The string constant, if the node is one that a date or time type reads as the time of the reading. */
function timeOfReading(n: Node | undefined): string | undefined {
  const text = n && 'A_Const' in n ? n.A_Const.sval?.sval : undefined;
  return text !== undefined && TIME_OF_READING.has(text.trim().toLowerCase()) ? text : undefined;
}

export function bindQuery(query: Node, ctx: BindContext): Op {
  if (!('SelectStmt' in query)) throw new TrickleError('a stream table must be defined by a SELECT', ctx.source.position(0));
  const s = collateBothSides(withoutNoOpLimits(query) as Node & { SelectStmt: SelectStmt }).SelectStmt;
  const root = s.limitCount && (!s.op || s.op === 'SETOP_NONE') ? new Binder(ctx).topN(s) : new Binder(ctx).select(s);
  checkGroupingSets(root);
  return root;
}

const COMPARISONS: ReadonlySet<string> = new Set(['=', '<>', '!=', '<', '<=', '>', '>=']);

/** The CollateClause a node is, if it is one. */
function collateOf(n: Node | undefined): Node | undefined {
  return n && 'CollateClause' in n ? n : undefined;
}

/** `x` under the collation of `clause` (a CollateClause node). */
function underCollation(x: Node, clause: Node): Node {
  const c = (clause as { CollateClause: { collname?: Node[]; location?: number } }).CollateClause;
  return { CollateClause: { arg: x, collname: c.collname, location: c.location } } as Node;
}

/**
 * A comparison with COLLATE around one side compares under that collation: the same COLLATE
 * around the other side changes nothing, and is written there too. The generated SQL splits
 * comparisons into groupings and joins on each side, where each side must carry it (and
 * PostgreSQL 18.4 unique-ifies the inner side of `EXISTS (... WHERE b.x = a.x COLLATE "C")` under
 * b.x's own collation: 'alice' and 'Alice' become one under a case-insensitive one).
 */
function collateBothSides(query: Node): { SelectStmt: SelectStmt } {
  let any = false;
  walkAst(query, (_, type) => {
    if (type === 'CollateClause') any = true;
    return !any;
  });
  if (!any) return query as { SelectStmt: SelectStmt };
  const visit = (n: Node, type: string): Node | undefined => {
    if (type !== 'A_Expr') return undefined;
    const e = (n as { A_Expr: { kind?: string; name?: Node[]; lexpr?: Node; rexpr?: Node } }).A_Expr;
    const comparison = (e.kind === 'AEXPR_OP' && COMPARISONS.has(stringFields(e.name ?? []).join('.'))) || e.kind === 'AEXPR_DISTINCT' || e.kind === 'AEXPR_NOT_DISTINCT';
    const [l, r] = [e.lexpr, e.rexpr];
    if (!comparison || !l || !r || !collateOf(l) === !collateOf(r)) return undefined;
    const [lm, rm] = [mapAst(l, visit) as Node, mapAst(r, visit) as Node];
    const other = collateOf(l) ? r : l;
    if ('A_Const' in other) return { A_Expr: { ...e, lexpr: lm, rexpr: rm } } as Node;
    return { A_Expr: { ...e, lexpr: collateOf(l) ? lm : underCollation(lm, r), rexpr: collateOf(r) ? rm : underCollation(rm, l) } } as Node;
  };
  return mapAst(query, visit) as { SelectStmt: SelectStmt };
}

/** Whether a SELECT list item is `*` or `t.*`, which stands for several columns. */
function isStar(t: Node): boolean {
  const v = (t as { ResTarget?: ResTarget }).ResTarget?.val as Node | undefined;
  return v !== undefined && 'ColumnRef' in v && stringFields(v.ColumnRef.fields).includes('*');
}

/** The COLLATE clause around the i-th output column of a set operation's branch, if any (of its branches, if nested). */
function explicitCollation(branch: SelectStmt, i: number, width: number): Node | undefined {
  if (branch.op && branch.op !== 'SETOP_NONE') return branch.larg ? explicitCollation(branch.larg, i, width) ?? (branch.rarg ? explicitCollation(branch.rarg, i, width) : undefined) : undefined;
  // Past a *, the i-th item is not the i-th column: the items after the last * are the last columns.
  const items = branch.targetList ?? [];
  const firstStar = items.findIndex(isStar);
  const after = [...items].reverse().findIndex(isStar);
  const item = firstStar < 0 || i < firstStar ? items[i] : i >= width - after ? items[items.length - (width - i)] : undefined;
  return collateOf((item as { ResTarget?: ResTarget } | undefined)?.ResTarget?.val as Node | undefined);
}

/** The COLLATE each of the `width` output columns of `left op right` is compared under, from either branch. */
function setOperationCollations(s: SelectStmt, width: number): (Node | undefined)[] {
  return Array.from({ length: width }, (_, i) => explicitCollation(s.larg!, i, width) ?? explicitCollation(s.rarg!, i, width));
}

/** A set operation's branch, each output column under the COLLATE `collations` gives it (if any and if the branch is a plain SELECT). */
function collatedBranch(branch: SelectStmt, collations: readonly (Node | undefined)[]): SelectStmt {
  const plain = !branch.op || branch.op === 'SETOP_NONE';
  if (!collations.some((c) => c) || !plain || (branch.targetList ?? []).some((t) => !('ResTarget' in t) || isStar(t))) return branch;
  const targetList = branch.targetList!.map((t, i) => {
    const r = (t as { ResTarget: ResTarget }).ResTarget;
    const c = collations[i];
    if (!c || !r.val || collateOf(r.val as Node)) return t;
    // The column keeps the name PostgreSQL gives it without the COLLATE.
    return { ResTarget: { ...r, name: r.name ?? figureColname(r.val as Node), val: underCollation(r.val as Node, c) } } as Node;
  });
  return { ...branch, targetList };
}

/**
 * Why a subquery grouped by its correlation is refused when a correlated value has no equality
 * GROUP BY can use (box compares areas with =, json has none).
 */
const UNGROUPABLE_CORRELATION = 'it is correlated by values of a type GROUP BY cannot group by (json, xml, the geometric types)';

/** Where each aggregate with GROUPING SETS was written. */
const groupingSetsAt = new WeakMap<Op, SourcePosition>();

/**
 * GROUPING SETS are maintained by the stream table's own aggregate, which keeps each set's groups;
 * below the root an aggregate is recomputed per touched group, which does not know sets.
 */
function checkGroupingSets(root: Op): void {
  const below = root.kind === 'project' ? (root.input.kind === 'filter' ? root.input.input : root.input) : undefined;
  const visit = (o: Op): void => {
    if (o !== below && o.kind === 'aggregate' && o.groupingSets) throw new UnsupportedError('GROUPING SETS in a subquery', groupingSetsAt.get(o)!, 'only in the stream table\'s own GROUP BY');
    inputsOf(o).forEach(visit);
  };
  visit(root);
}

class Binder {
  constructor(
    private readonly ctx: BindContext,
    /**
     * The output names of a UNION branch after the first: the first branch's, position by
     * position (PostgreSQL ignores a later branch's names, which may even repeat).
     */
    private readonly outputNames?: readonly string[],
    /** The WITH queries in scope, by name. */
    private readonly ctes: ReadonlyMap<string, WithQuery> = new Map(),
  ) {}

  private pos(location: number | undefined) {
    return this.ctx.source.position(location);
  }

  /**
   * Where the keyword that begins a construct stands. The parser records no location for UNION,
   * JOIN, LIMIT, DISTINCT ON or a subquery's parenthesis, only for what follows them, so the
   * tokens before `location` are searched for the nearest of `words` outside any parenthesised
   * group on the way (`(` itself may be a word), then back over the `lead` words just before it
   * (LEFT OUTER before JOIN). Without a match, `location` itself.
   */
  private keywordBefore(location: number | undefined, words: readonly string[], lead: readonly string[] = []): number | undefined {
    if (location === undefined) return undefined;
    const tokens = tokensOf(this.ctx.source);
    const upper = (i: number) => tokens[i]!.text.toUpperCase();
    let depth = 0;
    let i = tokens.length - 1;
    while (i >= 0 && tokens[i]!.start >= location) i--;
    for (; i >= 0; i--) {
      const t = upper(i);
      if (t === ')') depth++;
      else if (t === '(' && depth > 0) depth--;
      else if (depth === 0 && words.includes(t)) {
        while (i > 0 && lead.includes(upper(i - 1))) i--;
        return tokens[i]!.start;
      }
    }
    return location;
  }

  select(stmt: SelectStmt): Op {
    const s = this.unionTestsSplit(inValuesAsList(stmt));
    if (s.withClause) return this.withQueries(s);
    if (s.op && s.op !== 'SETOP_NONE') return this.setOperation(s);
    if (s.valuesLists) return this.values(s);
    this.checkClauses(s);
    const hasAggregates = (s.targetList ?? []).some((t) => this.containsAggregate(t)) || this.containsAggregate(s.havingClause);
    const grouped = (s.groupClause?.length ?? 0) > 0 || hasAggregates || s.havingClause !== undefined;
    if (grouped && windowCalls(s.targetList).length) {
      const split = windowsOverGroups(s);
      if (split) return this.select(split);
      const sets = (s.groupClause ?? []).find((g) => 'GroupingSet' in g) as { GroupingSet: { location?: number } } | undefined;
      if (sets) throw new UnsupportedError('window functions over GROUPING SETS, ROLLUP or CUBE', this.pos(sets.GroupingSet.location));
    }
    const { op: from, scope } = this.scalarSubqueries(s, this.from(s));
    // Subqueries among the top-level conditions of WHERE become semi and anti joins, after the others.
    const conditions = s.whereClause ? conjuncts(s.whereClause as Node) : [];
    const subqueries = conditions.map(subqueryCondition);
    const plain = conditions.filter((_, i) => !subqueries[i]);
    const where = subqueries.some((x) => x) ? plain.map((c) => this.scalar(c, scope, 'WHERE')) : s.whereClause ? [this.scalar(s.whereClause, scope, 'WHERE')] : [];
    let input = this.addPredicate(from, where);
    for (const sub of subqueries) if (sub) input = this.subqueryJoin(input, sub, scope);

    const distinctOn = s.distinctClause !== undefined && s.distinctClause.length > 0 && Object.keys(s.distinctClause[0] ?? {}).length > 0;
    if (distinctOn) {
      const location = this.keywordBefore(firstLocation(s.distinctClause), ['DISTINCT']);
      const at = this.pos(location);
      if (grouped) throw new UnsupportedError('DISTINCT ON over a grouped query', at);
      if (windowCalls(s.targetList).length) throw new UnsupportedError('DISTINCT ON with window functions', at);
      return this.plain(s, this.distinctOn(s, input, scope, location), scope);
    }
    const root = grouped ? this.grouped(s, input, scope) : this.plain(s, input, scope);
    this.checkOrderBy(s, scope, root);
    if (s.distinctClause !== undefined) {
      // The grouped rows, themselves grouped by all their columns: an aggregate below the root.
      const regrouped = grouped ? this.distinctOverSubquery(s, root.columns.map((c) => c.name)) : undefined;
      if (regrouped) return new Binder(this.ctx, this.outputNames, this.ctes).select(regrouped);
      return { kind: 'distinct', input: root, columns: root.columns };
    }
    return root;
  }

  /**
   * ORDER BY is ignored (a table has no order), but a name in it that PostgreSQL would not find is
   * still an error here, at its position, rather than in the migration.
   */
  private checkOrderBy(s: SelectStmt, scope: Scope, root: Op): void {
    const outputs = new Set(root.columns.map((c) => c.name));
    for (const node of this.orderByExpressions(s, root.columns.length)) {
      walkAst(node, (n, type) => {
        if (type === 'SubLink') return false;
        if (type !== 'ColumnRef') return true;
        const ref = (n as { ColumnRef: { fields?: Node[]; location?: number } }).ColumnRef;
        const f = stringFields(ref.fields);
        if (f.includes('*') || (f.length === 1 && (outputs.has(f[0] as string) || scope.wholeRowEntry(f[0] as string)))) return false;
        scope.resolve(f as string[], ref.location);
        return false;
      });
    }
  }

  /** The expressions of ORDER BY, once each position it gives is checked against the `width` output columns. */
  private orderByExpressions(s: SelectStmt, width: number): Node[] {
    const out: Node[] = [];
    for (const item of s.sortClause ?? []) {
      const node = 'SortBy' in item ? (item.SortBy.node as Node | undefined) : undefined;
      if (!node) continue;
      if (!('A_Const' in node && node.A_Const.ival !== undefined)) {
        out.push(node);
        continue;
      }
      const n = node.A_Const.ival.ival ?? 0;
      if (n < 1 || n > width) throw new TrickleError(`ORDER BY position ${n} is not in select list`, this.pos(node.A_Const.location));
    }
    return out;
  }

  /** `VALUES (...), ...`: constant rows, named column1, column2, ... (or as a UNION's first branch). */
  private values(s: SelectStmt): Op {
    this.checkStatementClauses(s);
    const empty = new Scope([], this.ctx.source);
    const rows = (s.valuesLists ?? []).map((row) => (('List' in row ? row.List.items : undefined) ?? []).map((n) => this.scalar(n, empty, 'VALUES')));
    const width = rows[0]?.length ?? 0;
    if (rows.some((r) => r.length !== width)) throw new TrickleError('VALUES lists must all be the same length', this.pos(firstLocation(s.valuesLists)));
    if (this.outputNames && this.outputNames.length !== width) throw new TrickleError('each UNION query must have the same number of columns', this.pos(firstLocation(s.valuesLists)));
    const columns = rows[0]!.map((_, i): OutputColumn => {
      const name = this.outputNames?.[i] ?? `column${i + 1}`;
      const notNull = rows.every((r) => 'A_Const' in r[i]!.ast && !(r[i]!.ast as { A_Const: { isnull?: boolean } }).A_Const.isnull);
      const type = strongest(rows.map((r) => computedType(r[i]!.ast, [], this.ctx.catalog)));
      return type ? { name, notNull, type } : { name, notNull };
    });
    return { kind: 'values', rows, columns };
  }

  /**
   * UNION ALL, and UNION as DISTINCT over it. Each branch is bound on its own (its names are its
   * own), then the branches line up by position; nested unions flatten, and under UNION a branch's
   * own DISTINCT (or UNION) is absorbed, since DISTINCT(A ∪ DISTINCT(B)) = DISTINCT(A ∪ B).
   * INTERSECT and EXCEPT are intersectExcept's, with ALL intersectExceptAll's.
   */
  private setOperation(s: SelectStmt): Op {
    const name = s.op!.replace('SETOP_', '') + (s.all ? ' ALL' : '');
    if ((s.op === 'SETOP_INTERSECT' || s.op === 'SETOP_EXCEPT') && s.larg && s.rarg) return s.all ? this.intersectExceptAll(s) : this.intersectExcept(s, name);
    if (s.op !== 'SETOP_UNION' || !s.larg || !s.rarg) {
      const right = firstLocation(s.rarg);
      throw new UnsupportedError(name, right === undefined ? this.pos(firstLocation(s.larg)) : this.pos(this.keywordBefore(right, ['UNION', 'INTERSECT', 'EXCEPT'])));
    }
    this.checkStatementClauses(s);
    const inputs: Op[] = [];
    // A later branch binds with the first branch's names, and project() checks its column count.
    for (const branch of [s.larg, s.rarg]) {
      // Under UNION ALL, a branch that removes duplicates of its own is a grouping (see setOperationAsGroupBy).
      const query = (s.all && this.asGrouping(branch)) || branch;
      const op = new Binder(this.ctx, this.outputNames ?? inputs[0]?.columns.map((c) => c.name), this.ctes).select(query);
      const absorbed = !s.all && op.kind === 'distinct' ? op.input : op;
      if (!isDeltaRenderable(absorbed)) {
        const what = absorbed.kind === 'distinct' && absorbed.input.kind === 'union' ? 'UNION' : 'DISTINCT';
        throw new UnsupportedError(`${what} in a branch of ${name}`, this.pos(this.keywordBefore(firstLocation(branch), ['SELECT'])));
      }
      inputs.push(...(absorbed.kind === 'union' ? absorbed.inputs : [absorbed]));
    }
    const columns = inputs[0]!.columns.map((c, i) => {
      const types = new Set(inputs.map((inp) => inp.columns[i]!.type));
      const equalities = new Set(inputs.map((inp) => inp.columns[i]!.equality));
      const column: OutputColumn = { name: c.name, notNull: inputs.every((inp) => inp.columns[i]!.notNull) };
      // The branches' common equality, if they have one (else the column's values compare as none of theirs may).
      const equality = equalities.size === 1 ? [...equalities][0] : undefined;
      return typed(column, { type: types.size === 1 ? [...types][0] : strongest([...types]), equality });
    });
    this.checkSetOrderBy(s, columns);
    const union: Op = { kind: 'union', inputs, columns };
    return s.all ? union : { kind: 'distinct', input: union, columns };
  }

  /** The ORDER BY of a set operation may name only its result columns (or their positions). */
  private checkSetOrderBy(s: SelectStmt, columns: readonly OutputColumn[]): void {
    for (const node of this.orderByExpressions(s, columns.length)) {
      const at = this.pos(firstLocation(node));
      const f = 'ColumnRef' in node ? stringFields(node.ColumnRef.fields) : [];
      if (f.length !== 1) throw new TrickleError(`invalid ${s.op!.replace('SETOP_', '')} ORDER BY clause: only result column names can be used, not expressions or functions`, at);
      if (!columns.some((c) => c.name === f[0])) throw new TrickleError(`column "${f[0]}" does not exist`, at);
    }
  }

  /**
   * INTERSECT and EXCEPT (without ALL) are the distinct rows of the left branch that are (are not)
   * rows of the right one: DISTINCT over a semi (anti) join whose condition compares every column
   * as set operations do, NULL equal to NULL. A branch's own DISTINCT is absorbed, as under UNION.
   * (With ALL the copies in both branches count, which a semi join does not keep: see intersectExceptAll.)
   */
  private intersectExcept(s: SelectStmt, name: string): Op {
    this.checkStatementClauses(s);
    const sides: Op[] = [];
    // A COLLATE around a branch's column decides how the set operation compares it, and the
    // collation of its result: each branch's column is put under it.
    const { width, left: boundLeft } = this.setOperationWidth(s);
    const collations = setOperationCollations(s, width);
    // The result column takes the collation, so the left branch's column must: one inside a * cannot.
    const leftStar = (!s.larg!.op || s.larg!.op === 'SETOP_NONE') && (s.larg!.targetList ?? []).find(isStar);
    if (leftStar && collations.some((c, i) => c && !explicitCollation(s.larg!, i, width))) {
      throw new UnsupportedError(`a COLLATE in the right branch of ${name} when the left one selects *`, this.pos(firstLocation(leftStar)), 'name the left branch\'s columns instead of *');
    }
    for (const branch of [s.larg!, s.rarg!].map((b) => collatedBranch(b, collations))) {
      // (The left branch, bound already to count its columns, is bound as it is.)
      const op = branch === s.larg && boundLeft ? boundLeft : new Binder(this.ctx, this.outputNames ?? sides[0]?.columns.map((c) => c.name), this.ctes).select(branch);
      const absorbed = op.kind === 'distinct' ? op.input : op;
      if (!isDeltaRenderable(absorbed)) {
        throw new UnsupportedError(`DISTINCT in a branch of ${name}`, this.pos(this.keywordBefore(firstLocation(branch), ['SELECT'])));
      }
      sides.push(absorbed);
    }
    const [left, right] = sides as [Op, Op];
    const n = left.columns.length;
    const same = left.columns.map((l, i) => {
      const r = right.columns[i]!;
      // With one side never NULL, = and IS NOT DISTINCT FROM agree (a NULL matches neither), and
      // only = can be hashed or probe an index: a nested loop over both tables otherwise.
      const kind = l.notNull || r.notNull ? 'AEXPR_OP' : 'AEXPR_NOT_DISTINCT';
      // Read from outside the branches, the columns' collations are implicit, and may conflict
      // (a nested branch keeps its own COLLATE): the comparison is written under it too.
      const collate = collations[i];
      const side = (x: Node) => (collate ? underCollation(x, collate) : x);
      return makeExpr({ A_Expr: { kind, name: [{ String: { sval: '=' } }], lexpr: side(paramRef(i)), rexpr: side(paramRef(n + i)) } } as Node);
    });
    const columns = left.columns.map((c, i) => {
      const column: OutputColumn = { name: c.name, notNull: c.notNull };
      return c.type === right.columns[i]!.type ? typed(column, { type: c.type, equality: c.equality === right.columns[i]!.equality ? c.equality : undefined }) : column;
    });
    this.checkSetOrderBy(s, columns);
    const semi: Op = { kind: 'semi_join', left, right, anti: s.op === 'SETOP_EXCEPT', predicate: and(same), correlated: false, columns };
    return { kind: 'distinct', input: semi, columns };
  }

  /** How many columns a set operation has: its first SELECT's items, or, past a *, those of its left branch, bound (and returned). */
  private setOperationWidth(s: SelectStmt): { width: number; left?: Op } {
    let first = s.larg!;
    while (first.op && first.op !== 'SETOP_NONE' && first.larg) first = first.larg;
    const items = first.targetList ?? [];
    if (!items.some(isStar)) return { width: items.length };
    const left = new Binder(this.ctx, this.outputNames, this.ctes).select(s.larg!);
    return { width: left.columns.length, left };
  }

  /** INTERSECT ALL and EXCEPT ALL: the query of set-operations.ts, its columns named after the left branch's. */
  private intersectExceptAll(s: SelectStmt): Op {
    this.checkStatementClauses(s);
    const names = this.leftBranchNames(s, this.outputNames);
    const op = new Binder(this.ctx, names, this.ctes).select(intersectExceptAllQuery(s.larg!, s.rarg!, s.op === 'SETOP_EXCEPT', names));
    this.checkSetOrderBy(s, op.columns);
    return op;
  }

  /**
   * `WITH x AS (SELECT ...) SELECT ... FROM x`: each reference to x is bound as a subquery in FROM
   * would be (see derivedTable). A WITH query sees the ones before it, as in PostgreSQL.
   */
  private withQueries(s: SelectStmt): Op {
    const w = s.withClause!;
    const ctes = new Map(this.ctes);
    for (const c of w.recursive ? this.dependencyOrder(w.ctes ?? []) : (w.ctes ?? [])) {
      const cte = (c as { CommonTableExpr: CommonTableExpr }).CommonTableExpr;
      const query = cte.ctequery as Node | undefined;
      if (!query || !('SelectStmt' in query)) throw new UnsupportedError('a data-modifying WITH query', this.pos(cte.location));
      const name = cte.ctename ?? '';
      if (w.recursive && readsRelation(query, name)) {
        ctes.set(name, { query: query.SelectStmt, colnames: [], visible: new Map(ctes), recursive: this.recursiveQuery(name, query.SelectStmt, cte, ctes) });
        continue;
      }
      ctes.set(name, { query: query.SelectStmt, colnames: cte.aliascolnames ?? [], visible: new Map(ctes) });
    }
    return new Binder(this.ctx, this.outputNames, ctes).select({ ...s, withClause: undefined });
  }

  /**
   * Under WITH RECURSIVE a WITH query may read one written after it: each is bound after those it
   * reads, otherwise in the order written. Queries that read each other are not maintained
   * (PostgreSQL itself runs none but a query reading itself).
   */
  private dependencyOrder(list: readonly Node[]): Node[] {
    const all = list.map((c) => (c as { CommonTableExpr: CommonTableExpr }).CommonTableExpr);
    const reads = (cte: CommonTableExpr, other: CommonTableExpr) => other !== cte && readsRelation(cte.ctequery as Node, other.ctename ?? '');
    const done = new Set<CommonTableExpr>();
    const out: Node[] = [];
    while (out.length < all.length) {
      const next = all.find((c) => !done.has(c) && all.every((o) => done.has(o) || !reads(c, o)));
      if (!next) {
        const stuck = all.find((c) => !done.has(c))!;
        throw new UnsupportedError('WITH RECURSIVE', this.pos(stuck.location), 'WITH queries that read each other');
      }
      done.add(next);
      out.push({ CommonTableExpr: next } as Node);
    }
    return out;
  }

  /**
   * A recursive WITH query: `base UNION [ALL] step`, the step reading the query itself. It is run
   * as written; its terms are bound for the tables they read (and checked), the step's reference
   * to the query standing for no rows.
   */
  private recursiveQuery(name: string, q: SelectStmt, cte: CommonTableExpr, ctes: ReadonlyMap<string, WithQuery>): Op {
    const at = this.pos(cte.location);
    const reject = (why: string): never => {
      throw new UnsupportedError('WITH RECURSIVE', at, why);
    };
    if (q.op !== 'SETOP_UNION' || !q.larg || !q.rarg || q.withClause || q.sortClause || q.limitCount || q.limitOffset) reject('only base UNION [ALL] step is maintained');
    // Their columns and their stop (CYCLE ends a walk around a cycle) are not run by the delta.
    if (cte.search_clause) throw new UnsupportedError('a SEARCH clause of WITH RECURSIVE', at);
    if (cte.cycle_clause) throw new UnsupportedError('a CYCLE clause of WITH RECURSIVE', at);
    if (readsRelation({ SelectStmt: q.larg! }, name)) reject('its first term reads the query itself');
    const others = [...ctes.keys()].filter((k) => k !== name && readsRelation({ SelectStmt: q } as Node, k));
    if (others.length) reject(`it reads the WITH query "${others[0]}"`);
    const renamed = stringFields(cte.aliascolnames ?? []);
    // The column list names the columns (the first term's own names may then repeat).
    // A first term without FROM (the root of a walk, `SELECT 1`) reads one row of no table.
    const oneRow = { RangeSubselect: { subquery: { SelectStmt: { valuesLists: [{ List: { items: [{ A_Const: { ival: { ival: 1 } } }] } }], limitOption: 'LIMIT_OPTION_DEFAULT', op: 'SETOP_NONE' } }, alias: { aliasname: '__pgt_one_row', colnames: [{ String: { sval: '__pgt_one_row' } }] } } } as Node;
    const first = q.larg!.fromClause?.length || q.larg!.valuesLists?.length ? q.larg! : { ...q.larg!, fromClause: [oneRow] };
    const base = new Binder(this.ctx, renamed.length ? renamed : undefined, new Map()).select(first);
    if (renamed.length > base.columns.length) throw new TrickleError(`WITH query "${name}" has ${base.columns.length} columns available but ${renamed.length} columns specified`, at);
    const columns: OutputColumn[] = base.columns.map((c, i) => typed({ name: renamed[i] ?? c.name, notNull: false }, c));
    const step = new Binder(this.ctx, columns.map((c) => c.name), new Map([[name, { query: q, colnames: [], visible: new Map(), self: columns }]])).select(q.rarg!);
    if (step.columns.length !== columns.length) throw new TrickleError('each UNION query must have the same number of columns', at);
    // Its delta runs the body as written, each table it names read as it is now or as it was (by
    // name, see recursiveSql): a name that is not one of the tables it scans (a view, whose tables
    // those are) would be read as it is now in both runs.
    const scanned = new Set([...scansOf(base), ...scansOf(step)].map((x) => qualifiedKey(x.source.name)));
    walkAst({ SelectStmt: q }, (n, type) => {
      if (type !== 'RangeVar') return;
      const rv = (n as { RangeVar: RangeVar }).RangeVar;
      if (rv.schemaname === undefined && rv.relname === name) return;
      if (!scanned.has(qualifiedKey(relationName(rv)))) reject(`it reads ${qualifiedKey(relationName(rv))}, which is not a table (a view's tables are not read by name)`);
    });
    return { kind: 'recursive', name, body: { SelectStmt: q }, base, step, columns };
  }

  /**
   * `SELECT ... ORDER BY ... LIMIT n` (the query's own, not a subquery's): the first n rows of the
   * query without them. Each ORDER BY item is a column of the SELECT list (by position, output
   * name, or the same expression) or one more column, which the stream table keeps hidden. The
   * order must tell every two rows apart (a unique key of the rows, or all their columns, among
   * its columns): PostgreSQL picks any of the rows that tie, and a refresh could pick others.
   */
  topN(s: SelectStmt): Op {
    const limitAt = this.pos(this.keywordBefore(firstLocation(s.limitCount), ['LIMIT', 'FETCH']));
    const reject = (why: string, construct = 'LIMIT', at = limitAt): never => {
      throw new UnsupportedError(construct, at, why);
    };
    const limit = limitConstant(s);
    if (limit === undefined || limit < 1) reject('only LIMIT n, n a positive integer');
    if (s.limitOffset) reject('a refresh would need the rows before the first it keeps', 'OFFSET', this.pos(this.keywordBefore(firstLocation(s.limitOffset), ['OFFSET'])));
    if (s.limitOption === 'LIMIT_OPTION_WITH_TIES') reject('the rows that tie with the last are not known to a refresh', 'FETCH FIRST ... WITH TIES');
    if (!s.sortClause?.length) reject('only after ORDER BY: without it PostgreSQL returns any n rows');
    if (s.distinctClause?.some((d) => Object.keys(d ?? {}).length > 0)) reject('only without DISTINCT ON');
    if (s.lockingClause?.length) throw new UnsupportedError('FOR UPDATE/SHARE', this.pos(firstLocation(s.lockingClause)));
    const { items, added } = orderByItems(s, reject, (n, location) => {
      throw new TrickleError(`ORDER BY position ${n} is not in select list`, this.pos(location));
    });
    const plain = { ...s, sortClause: undefined, limitCount: undefined, limitOption: undefined, targetList: [...(s.targetList ?? []), ...added.map((a) => resTarget(a.expr, a.name))] } as SelectStmt;
    const q = new Binder(this.ctx, this.outputNames, this.ctes).select(this.distinctAsGroupBy(plain) ?? plain);
    if (!isDeltaRenderable(q)) reject('only without DISTINCT * or DISTINCT with aggregates or subqueries');
    const visible = q.columns.length - added.length;
    // An added column computing what a visible one does orders by that one instead.
    const twinOf = added.map((_, j) => (q.kind === 'project' ? q.exprs.slice(0, visible).findIndex((x) => x.key === q.exprs[visible + j]!.key) : -1));
    const kept = added.map((_, j) => j).filter((j) => twinOf[j]! < 0);
    const hiddenAt = new Map(kept.map((j, k) => [j, visible + k]));
    // The visible columns, then the added ones kept, named as the stream table keeps them.
    const columns = [...q.columns.slice(0, visible), ...kept.map((j, k) => ({ ...q.columns[visible + j]!, name: `__pgt_sort_${k}` }))];
    const input: Op =
      q.kind === 'project'
        ? { ...q, exprs: [...q.exprs.slice(0, visible), ...kept.map((j) => q.exprs[visible + j]!)], columns }
        : { kind: 'project', input: q, exprs: [...q.columns.slice(0, visible).map((_, i) => makeExpr(paramRef(i))), ...kept.map((j) => makeExpr(paramRef(visible + j)))], columns };
    const orderBy: SortKey[] = items.map((it) => ({
      column: it.target ?? (twinOf[it.added!]! >= 0 ? twinOf[it.added!]! : hiddenAt.get(it.added!)!),
      descending: it.descending,
      nullsFirst: it.nullsFirst,
    }));
    const ordered = new Set(orderBy.map((k) => k.column));
    const key = uniqueKey(input);
    const told = (key !== undefined && key.every((k) => ordered.has(k))) || q.columns.slice(0, visible).every((_, i) => ordered.has(i));
    if (!told) reject('order them by a unique key of the rows as well (or by all of their columns): PostgreSQL picks any of the rows that tie', 'ORDER BY ... LIMIT over rows that may tie');
    return { kind: 'top_n', input, orderBy, limit: limit!, columns: q.columns.slice(0, visible) };
  }

  /** Clauses of a whole statement (of a set operation as well as of a single SELECT); WITH is bound before. */
  private checkStatementClauses(s: SelectStmt): void {
    const loc = (n: unknown) => this.pos(firstLocation(n));
    if (s.limitCount || s.limitOffset) {
      const at = this.keywordBefore(firstLocation(s.limitCount ?? s.limitOffset), s.limitCount ? ['LIMIT', 'FETCH'] : ['OFFSET']);
      throw new UnsupportedError(s.limitCount ? 'LIMIT' : 'OFFSET', this.pos(at));
    }
    if (s.lockingClause?.length) throw new UnsupportedError('FOR UPDATE/SHARE', loc(s.lockingClause));
    if (s.intoClause) throw new TrickleError('SELECT INTO is not allowed in a stream table definition', loc(s.intoClause));
  }

  private checkClauses(s: SelectStmt): void {
    const loc = (n: unknown) => this.pos(firstLocation(n));
    this.checkStatementClauses(s);
    if (!s.fromClause?.length) throw new UnsupportedError('a query without FROM', loc(s.targetList));
  }

  // ---- FROM ---------------------------------------------------------------

  private from(s: SelectStmt, outer?: Scope): { op: Op; scope: Scope } {
    this.outer = outer;
    const entries: ScopeEntry[] = [];
    const quals: Node[] = [];
    const trees = (s.fromClause ?? []).map((item) => this.fromItem(item, entries, quals));
    const width = entries.reduce((n, e) => n + e.names.length, 0);
    const merged = this.fullUsing;
    if (merged.length) {
      const lateral = entries.find((e) => e.lateral || e.lateralQuery);
      if (lateral) throw new UnsupportedError('FULL JOIN ... USING with a function or LATERAL subquery in FROM', merged[0]!.at);
      const columns = merged.map((m) => {
        // Its type is theirs when they have one; PostgreSQL resolves COALESCE's otherwise.
        const types = new Set([...m.aliases].map((a) => { const e = entries.find((x) => x.alias === a)!; return e.columns[e.names.indexOf(m.name)]?.type; }));
        const [type] = types;
        return { name: m.name, notNull: false, ...(types.size === 1 && type ? { type } : {}) };
      });
      entries.push({ alias: FULL_USING_ALIAS, relation: undefined, columns, names: merged.map((m) => m.name), offset: width });
    }
    const star = trees.flatMap((t) => this.starOf(t, entries)).map((i) => (i < 0 ? width - 1 - i : i));
    const scope = new Scope(entries, this.ctx.source, this.usingMerged, undefined, undefined, star);
    this.outerJoined = trees.some(hasOuterJoin);
    if (entries.some((e) => e.lateralQuery)) return { op: this.withLateralQueries(trees, entries, quals, scope), scope };
    if (entries.some((e) => e.lateral)) {
      const only = trees.length === 1 ? trees[0]! : undefined;
      // FROM ... LEFT JOIN LATERAL fn(...) ON ...: the function on the right of the one outer join.
      if (only?.kind === 'outer' && only.preserve === 'left' && only.right.tree.kind === 'table' && entries[only.right.tree.entry]!.lateral && entries.filter((e) => e.lateral).length === 1) {
        return { op: this.leftJoinLateral(only, entries[only.right.tree.entry]!, quals, scope), scope };
      }
      if (trees.some(hasOuterJoin)) throw new UnsupportedError('a function in FROM with an outer join', this.pos(entries.find((e) => e.lateral)!.lateral!.location), 'other than as the right side of the one LEFT JOIN LATERAL');
      return { op: this.withLateral(entries, quals, scope), scope };
    }
    if (trees.some(hasOuterJoin)) return { op: this.withFullUsing(this.groupOp({ tree: { kind: 'inner', items: trees }, quals }, scope), scope), scope };
    // Only inner joins: one n-way join of every table, with every condition.
    const scans: Op[] = entries.map(scanOf);
    const { plain, tests } = this.onSubqueryTests(quals);
    const predicates = plain.map((q) => this.onCondition(q, scope));
    if (scans.length === 1) return { op: this.addPredicate(scans[0]!, predicates), scope };
    let op: Op = { kind: 'join', inputs: scans, predicate: predicates.length ? and(predicates) : undefined, columns: scope.joinedColumns() };
    // An inner join's condition filters the joined row as WHERE would: a subquery test among them
    // is a semi or anti join after the join, reading only the tables that JOIN joins.
    for (const { test, on } of tests) op = this.subqueryJoin(op, test, this.onScope(on, scope));
    return { op, scope };
  }

  /**
   * The conditions of inner joins, with the subquery tests among their conjuncts apart (not in a
   * subquery of WHERE, whose join conditions may read the query around it: see onCondition).
   */
  private onSubqueryTests(quals: readonly Node[]): { plain: Node[]; tests: { test: SubqueryCondition; on: Node }[] } {
    const plain: Node[] = [];
    const tests: { test: SubqueryCondition; on: Node }[] = [];
    for (const q of quals) {
      const parts = conjuncts(q);
      if (this.outer || !parts.some(subqueryCondition)) {
        plain.push(q);
        continue;
      }
      const range = this.onRanges.get(q);
      for (const c of parts) {
        const test = subqueryCondition(c);
        if (test) tests.push({ test, on: q });
        else {
          if (range) this.onRanges.set(c, range);
          plain.push(c);
        }
      }
    }
    return { plain, tests };
  }

  /** FROM's joined row, then the columns FULL JOINs ... USING merge (see `fullUsing`), if any. */
  private withFullUsing(op: Op, scope: Scope): Op {
    if (!this.fullUsing.length) return op;
    const added = scope.joinedColumns().slice(op.columns.length);
    return {
      kind: 'project',
      input: op,
      exprs: [...op.columns.map((_, i) => makeExpr(paramRef(i))), ...this.fullUsing.map((m) => this.scalar(m.ast, scope, 'FROM'))],
      columns: [...op.columns, ...added],
    };
  }

  /**
   * The operator of a part of FROM that outer joins divide: its tables and outer joins inner-joined
   * under its own conditions (those of an outer join's side stay on that side). Expressions are
   * bound over the whole joined row, then renumbered from the part's first column.
   */
  private groupOp(group: FromGroup, scope: Scope): Op {
    const [start, end] = columnRange(group.tree, scope);
    const ops = innerItems(group.tree).map((t) => (t.kind === 'table' ? scanOf(scope.entries[t.entry]!) : this.outerJoinOp(t, scope)));
    const predicates = group.quals.map((q) => this.local(this.onCondition(q, scope), start, end, scope, [q]));
    if (ops.length === 1) return this.addPredicate(ops[0]!, predicates);
    const columns = scope.joinedColumns().slice(start, end);
    const inner = ops.flatMap((o) => o.columns);
    return {
      kind: 'join',
      inputs: ops,
      predicate: predicates.length ? and(predicates) : undefined,
      columns: columns.map((c, i) => ({ ...c, notNull: c.notNull && inner[i]!.notNull })),
    };
  }

  private outerJoinOp(t: Extract<FromTree, { kind: 'outer' }>, scope: Scope): Op {
    const [start, end] = columnRange(t, scope);
    const left = this.groupOp(t.left, scope);
    const right = this.groupOp(t.right, scope);
    const predicate = this.local(and(t.on.map((q) => this.onCondition(q, scope))), start, end, scope, t.on);
    const sides = [...left.columns.map((c) => ({ c, nullable: t.preserve !== 'left' })), ...right.columns.map((c) => ({ c, nullable: t.preserve !== 'right' }))];
    const columns = scope
      .joinedColumns()
      .slice(start, end)
      .map((c, i) => ({ ...c, notNull: !sides[i]!.nullable && sides[i]!.c.notNull }));
    return { kind: 'outer_join', left, right, preserve: t.preserve, predicate, columns };
  }

  /**
   * `expr` (bound from `nodes`) over the joined row, renumbered to read columns start..end-1 as
   * $1...; a reference to another column is an error at that reference, as in PostgreSQL.
   */
  private local(expr: Expr, start: number, end: number, scope: Scope, nodes: readonly Node[]): Expr {
    if (columnsOf(expr).some((i) => i < start || i >= end)) {
      walkAst(nodes, (n, type) => {
        if (type !== 'ColumnRef') return;
        const ref = (n as { ColumnRef: { fields?: Node[]; location?: number } }).ColumnRef;
        const i = scope.resolve(stringFields(ref.fields) as string[], ref.location);
        if (i < start || i >= end) throw new TrickleError(`invalid reference to FROM-clause entry for table "${scope.entryOf(i).alias}"`, this.pos(ref.location));
      });
    }
    if (start === 0) return expr;
    return makeExpr(mapAst(expr.ast, (n, type) => (type === 'ParamRef' ? paramRef(((n as { ParamRef: { number?: number } }).ParamRef.number ?? 1) - 1 - start) : undefined)) as Node);
  }

  private fromItem(item: Node, entries: ScopeEntry[], quals: Node[]): FromTree {
    if ('RangeVar' in item) {
      this.rangeVar(item.RangeVar, entries);
      return { kind: 'table', entry: entries.length - 1 };
    } else if ('JoinExpr' in item) {
      const j: JoinExpr = item.JoinExpr;
      const loc = this.pos(firstLocation(j.rarg) ?? firstLocation(j.larg));
      const join = () => this.pos(this.keywordBefore(firstLocation(j.rarg), ['JOIN'], ['LEFT', 'RIGHT', 'FULL', 'OUTER', 'INNER', 'CROSS', 'NATURAL']));
      const preserve = ({ JOIN_LEFT: 'left', JOIN_RIGHT: 'right', JOIN_FULL: 'full' } as const)[j.jointype as 'JOIN_LEFT' | 'JOIN_RIGHT' | 'JOIN_FULL'];
      const name = preserve ? `${preserve.toUpperCase()} JOIN` : 'JOIN';
      if (j.jointype !== 'JOIN_INNER' && !preserve) throw new UnsupportedError(String(j.jointype), join());
      if (j.alias) throw new UnsupportedError('an alias on a JOIN', join());
      if (j.join_using_alias) throw new UnsupportedError('an alias on JOIN ... USING', join());
      // The conditions inside either side of an outer join stay on that side.
      const [leftQuals, rightQuals] = preserve ? [[], []] : [quals, quals];
      const own: Node[] = preserve ? [] : quals;
      const leftStart = entries.length;
      const left = this.fromItem(j.larg as Node, entries, leftQuals);
      const leftEnd = entries.length;
      const right = this.fromItem(j.rarg as Node, entries, rightQuals);
      const ownBefore = own.length;
      // NATURAL JOIN is JOIN ... USING the column names both sides have.
      const using = j.isNatural ? this.naturalColumns(left, right, entries, loc) : (stringFields(j.usingClause ?? []) as string[]);
      const stars = [this.starOf(left, entries), this.starOf(right, entries)] as const;
      // The FULL JOIN ... USING merged column of that name a side's `*` holds (see `fullUsing`).
      const fullMerged = (star: readonly number[], col: string) => {
        const i = star.find((c) => c < 0 && this.fullUsing[-1 - c]!.name === col);
        return i === undefined ? undefined : -1 - i;
      };
      const first: number[] = [];
      // The merged column is the preserved side's: the left-hand table's in an inner join (equal to
      // the right's) and a LEFT JOIN, the right-hand one's in a RIGHT JOIN. A FULL JOIN's is
      // COALESCE of both, a column of its own that `from` adds after FROM's (see `fullUsing`).
      for (const col of using) {
        if (fullMerged(stars[1], col) !== undefined) throw new UnsupportedError(`${j.isNatural ? `NATURAL ${name}` : `${name} ... USING`} of a column a FULL JOIN on its right merged ("${col}")`, join());
        const r = entries.slice(leftEnd).filter((e) => e.names.includes(col));
        const fromFull = fullMerged(stars[0], col);
        // A column merged by an earlier USING stands for its left-hand table's column (or for a FULL JOIN's).
        const before = this.usingMerged.get(col);
        const leftAll = entries.slice(leftStart, leftEnd).filter((e) => e.names.includes(col));
        const merged = before && leftAll.length > 1 && leftAll.some((e) => e.alias === before.alias) ? before : undefined;
        const l = fromFull !== undefined ? [] : merged ? leftAll.filter((e) => e.alias === merged.alias) : leftAll;
        if ((fromFull === undefined && l.length !== 1) || r.length !== 1) {
          throw new TrickleError(`column "${col}" specified in USING clause does not exist in ${fromFull !== undefined || l.length ? 'right' : 'left'} table or is ambiguous`, loc);
        }
        const columnOf = (e: ScopeEntry) => e.columns[e.names.indexOf(col)];
        if (fromFull === undefined && !mergeableTypes(columnOf(l[0]!), columnOf(r[0]!))) {
          throw new UnsupportedError(`${j.isNatural ? `NATURAL ${name}` : `${name} ... USING`} of columns of different types ("${col}")`, join(), 'the merged column takes their common type, which trickle does not resolve: cast one side to the other\'s type in a subquery');
        }
        const leftSide = fromFull !== undefined ? this.fullUsing[fromFull]! : undefined;
        const [lAst, rAst] = [leftSide?.ast ?? qualifiedRef(l[0]!.alias, col), qualifiedRef(r[0]!.alias, col)];
        own.push(eqAst(lAst, rAst));
        const aliases = new Set([...(leftSide?.aliases ?? merged?.aliases ?? []), ...l.map((e) => e.alias), r[0]!.alias]);
        if (preserve === 'full') {
          // Merged again: the column stands for the COALESCE of all three (PostgreSQL's join hides the inner one).
          const full = { name: col, ast: coalesceAst(lAst, rAst), aliases, at: join() };
          if (fromFull !== undefined) this.fullUsing[fromFull] = full;
          else this.fullUsing.push(full);
          first.push(-1 - (fromFull ?? this.fullUsing.length - 1));
        }
        const alias = preserve === 'full' || (preserve !== 'right' && fromFull !== undefined) ? FULL_USING_ALIAS : (preserve === 'right' ? r : l)[0]!.alias;
        this.usingMerged.set(col, { alias, aliases: new Set([...aliases, ...(fromFull !== undefined ? [FULL_USING_ALIAS] : []), alias]) });
      }
      if (j.quals) own.push(j.quals as Node);
      for (const q of own.slice(ownBefore)) this.onRanges.set(q, [leftStart, entries.length]);
      const tree: FromTree = preserve
        ? { kind: 'outer', preserve, left: { tree: left, quals: leftQuals }, right: { tree: right, quals: rightQuals }, on: own }
        : { kind: 'inner', items: [left, right] };
      this.joinStars.set(tree, usingStar(stars[0], stars[1], using, (i) => this.starName(i, entries), preserve === 'right' ? 'right' : preserve === 'full' ? first : 'left'));
      return tree;
    } else if ('RangeSubselect' in item) {
      const sub = item.RangeSubselect;
      const at = () => this.pos(this.keywordBefore(firstLocation(item), ['(']));
      const query = sub.subquery as Node | undefined;
      if (!query || !('SelectStmt' in query)) throw new UnsupportedError('a subquery in FROM', at());
      // PostgreSQL 16 and later accept a subquery without an alias, and name it so.
      // No query can name a subquery without an alias, so several of them need not clash.
      const unnamed = (n: number): string => (n === 1 ? 'unnamed_subquery' : `unnamed_subquery_${n}`);
      let n = 1;
      while (!sub.alias && entries.some((e) => e.alias === unnamed(n))) n++;
      if (sub.lateral) {
        this.lateralSubquery(query.SelectStmt, sub.alias?.aliasname ?? unnamed(n), sub.alias?.colnames ?? [], this.keywordBefore(firstLocation(item), ['LATERAL']), entries);
        return { kind: 'table', entry: entries.length - 1 };
      }
      this.derivedTable(query.SelectStmt, sub.alias?.aliasname ?? unnamed(n), sub.alias?.colnames ?? [], at, entries, 'a subquery in FROM');
      return { kind: 'table', entry: entries.length - 1 };
    } else if ('RangeFunction' in item) {
      this.rangeFunction(item.RangeFunction, entries);
      return { kind: 'table', entry: entries.length - 1 };
    } else {
      throw new UnsupportedError(`${Object.keys(item)[0]} in FROM`, this.pos(firstLocation(item)));
    }
  }

  /**
   * A set-returning function in FROM (`unnest(p.tags) AS tag`, `jsonb_each(doc) WITH ORDINALITY
   * AS e(k, v, n)`): an entry whose rows its call yields for each row of the entries before it.
   * Only the functions whose output columns are known here; not ROWS FROM or a column list.
   */
  private rangeFunction(rf: RangeFunction, entries: ScopeEntry[]): void {
    const at = this.pos(firstLocation(rf.functions));
    const pair = rf.functions?.length === 1 && 'List' in rf.functions[0]! ? rf.functions[0].List.items ?? [] : [];
    const call = pair[0];
    if (rf.is_rowsfrom || !call || !('FuncCall' in call) || Object.keys(pair[1] ?? {}).length > 0) throw new UnsupportedError('a function in FROM', at);
    const fname = funcName(call.FuncCall);
    const shape = SET_RETURNING[fname];
    const args = call.FuncCall.args?.length ?? 0;
    if (!shape || args < shape.args[0] || args > shape.args[1]) throw new UnsupportedError(`function ${fname}() in FROM`, at, `the set-returning functions known are ${Object.keys(SET_RETURNING).sort().join(', ')}`);
    // json[b]_to_record[set] returns the columns its definition list declares: AS r(a int, b text).
    const definitions = (rf.coldeflist ?? []).flatMap((d) => ('ColumnDef' in d ? [d.ColumnDef] : []));
    if ((shape.definitionList === true) !== (definitions.length > 0) || definitions.length !== (rf.coldeflist ?? []).length || (definitions.length && rf.ordinality)) {
      throw new UnsupportedError('a function in FROM', at, shape.definitionList ? 'json[b]_to_record[set] with a column definition list, without WITH ORDINALITY' : 'a column definition list only for json[b]_to_record[set]');
    }
    const alias = rf.alias?.aliasname ?? fname;
    // A function returning one value per row names its column after the alias (or itself).
    const outputs = definitions.length
      ? definitions.map((d) => d.colname ?? '')
      : (shape.columns ?? Array.from({ length: fname === 'unnest' ? args : 1 }, (_, i) => (args > 1 && fname === 'unnest' ? 'unnest' : alias)));
    const types = definitions.map((d) => deparse({ TypeName: d.typeName ?? {} } as Node));
    const columns: OutputColumn[] = outputs.map((name, i) =>
      shape.opaque?.[i] ? { name, notNull: false, type: 'opaque' } : types.length ? typed({ name, notNull: false }, { type: knownType(types[i]!) }) : { name, notNull: false },
    );
    // One value per row (not a record of a definition list): PostgreSQL reads the bare alias as that value.
    const scalar = columns.length === 1 && !definitions.length && !rf.ordinality ? { scalar: true } : {};
    if (rf.ordinality) columns.push({ name: 'ordinality', notNull: true, type: 'int8' });
    const list = types.length ? { definitions: types.map((type, i) => ({ name: outputs[i]!, type })) } : {};
    if (!holds(call, ['ColumnRef', 'SubLink'])) {
      // A call that reads no column gives the same rows wherever it stands: a relation of its own
      // that never changes, like VALUES, so it joins (outer joins too) as a subquery in FROM
      // would. It is the function called for the one row of a one-column VALUES, which is dropped.
      const one: Op = { kind: 'values', rows: [[makeExpr({ A_Const: { ival: { ival: 1 } } } as Node)]], columns: [{ name: '__pgt_one', notNull: true }] };
      const bound = this.scalar(call, new Scope([], this.ctx.source, this.usingMerged), 'FROM');
      const fn: Op = { kind: 'lateral_function', input: one, call: bound, ordinality: rf.ordinality === true, ...list, columns: [...one.columns, ...columns] };
      const derived: Op = { kind: 'project', input: fn, exprs: columns.map((_, i) => makeExpr(paramRef(i + 1))), columns };
      addEntry(entries, alias, rf.alias?.colnames ?? [], { relation: undefined, columns, derived, ...scalar }, at);
      return;
    }
    addEntry(entries, alias, rf.alias?.colnames ?? [], { relation: undefined, columns, lateral: { call, ordinality: rf.ordinality === true, location: firstLocation(rf.functions), ...list }, ...scalar }, at);
  }

  /**
   * FROM with set-returning functions that read the tables before them: the tables joined under
   * the conditions that read only them, then each function called per row, then the other
   * conditions. (A function that reads no column is a relation of its own: see rangeFunction.)
   */
  private withLateral(entries: readonly ScopeEntry[], quals: readonly Node[], scope: Scope): Op {
    const first = entries.findIndex((e) => e.lateral);
    if (first <= 0 || entries.slice(first).some((e) => !e.lateral)) {
      throw new UnsupportedError('a function in FROM before a table', this.pos(entries[Math.max(first, 0)]!.lateral?.location), 'write set-returning functions after the tables they read');
    }
    const columns = scope.joinedColumns();
    const tables = entries.slice(0, first);
    const width = tables.reduce((n, e) => n + e.names.length, 0);
    const predicates = quals.map((q) => this.onCondition(q, scope));
    const own = predicates.filter((p) => columnsOf(p).every((i) => i < width));
    const later = predicates.filter((p) => !own.includes(p));
    let op: Op =
      tables.length === 1
        ? this.addPredicate(scanOf(tables[0]!), own)
        : { kind: 'join', inputs: tables.map(scanOf), predicate: own.length ? and(own) : undefined, columns: columns.slice(0, width) };
    for (const e of entries.slice(first)) {
      op = { kind: 'lateral_function', input: op, call: this.lateralCall(e, scope), ordinality: e.lateral!.ordinality, ...definitionTypes(e), columns: columns.slice(0, e.offset + e.names.length) };
    }
    return this.addPredicate(op, later);
  }

  /** `FROM <left> LEFT JOIN LATERAL fn(...) ON cond [WHERE ...]`: rows of the left side the function yields nothing for are kept, padded. */
  private leftJoinLateral(t: Extract<FromTree, { kind: 'outer' }>, fn: ScopeEntry, quals: readonly Node[], scope: Scope): Op {
    if (t.right.quals.length) throw new UnsupportedError('conditions on the function of a LEFT JOIN LATERAL', this.pos(fn.lateral!.location));
    const left = this.groupOp(t.left, scope);
    const joined = scope.joinedColumns();
    const on = and(t.on.map((q) => this.onCondition(q, scope)));
    // A column of the left side is NULL where an outer join there pads it, whatever its table says.
    const columns = joined.map((c, i) => (i >= fn.offset ? { ...c, notNull: false } : { ...c, notNull: c.notNull && left.columns[i]!.notNull }));
    const op: Op = { kind: 'lateral_function', input: left, call: this.lateralCall(fn, scope), ordinality: fn.lateral!.ordinality, ...definitionTypes(fn), leftJoin: { on }, columns };
    return this.addPredicate(op, quals.map((q) => this.scalar(q, scope, 'WHERE')));
  }

  /**
   * `LATERAL (SELECT ... FROM t WHERE t.k = x.k AND ...)`, which reads the entries before it only
   * in conditions `inner = outer` joined by AND: the same subquery without them, each inner side
   * one more column, joined to those entries where the columns equal the outer sides. Per row
   * before it the subquery then gives the rows whose inner sides equal its outer sides, as
   * PostgreSQL runs it: grouped (GROUP BY), it is grouped by the inner sides too; aggregating
   * without GROUP BY, it is grouped by them and LEFT JOINed, a row without a group getting the
   * values over no rows; with ORDER BY ... LIMIT n, its rows are numbered per inner sides and the
   * first n kept (so the order must not tie, as for window functions). A plain subquery (none of
   * those, nor DISTINCT) is a join: its other conditions on the entries before it join it too,
   * reading the columns of its own they need as more extra columns.
   */
  private lateralSubquery(sub: SelectStmt, alias: string, colnames: readonly Node[], location: number | undefined, entries: ScopeEntry[]): void {
    const at = this.pos(location);
    const reject = (why: string): never => {
      throw new UnsupportedError('a LATERAL subquery', at, why);
    };
    const { targets, aggregates, grouped, limit } = this.lateralShape(sub, reject);

    // Its conditions: its own, or `inner = outer` over the entries before it.
    const base = new Scope([...entries], this.ctx.source, this.usingMerged);
    const width = base.width;
    const inLateral = (e: UnsupportedError) => new UnsupportedError(`${e.construct} in a LATERAL subquery`, e.position ?? at, e.detail);
    let nested: Scope;
    try {
      nested = Scope.nested(base, new Binder(this.ctx, undefined, this.ctes).from(sub, base).scope);
    } catch (e) {
      if (e instanceof UnsupportedError) throw inLateral(e);
      // A subquery in its FROM that reads the tables before it binds on its own, without them.
      if (e instanceof UnresolvedNameError && resolves(base, e.fields)) reject('a subquery or join condition in its FROM reads the tables before it');
      throw e;
    }
    const innerOnly = (node: Node) => columnsOf(this.scalar(node, nested, 'WHERE')).every((i) => i >= width);
    // A subquery that neither aggregates, groups, numbers nor removes duplicates is a join: any condition may join it.
    const join = !aggregates && !grouped && limit === undefined && !sub.distinctClause;
    const others: Node[] = [];
    const { own, keys } = this.equalityCorrelation(sub.whereClause as Node | undefined, nested, width, (c, why) =>
      join ? others.push(c) : reject(why ?? 'it may read the tables before it only in conditions inner = outer, joined by AND'),
    );
    // Those other conditions read its columns through extra columns of its own, the last ones.
    const innerColumns: number[] = [];
    const innerRefs: Node[] = [];
    const bound = others.map((c) => {
      walkAst(c, (node, type) => {
        if (type === 'SubLink') return false;
        if (type !== 'ColumnRef') return true;
        const fields = stringFields((node as { ColumnRef: { fields?: Node[] } }).ColumnRef.fields);
        if (fields.includes('*')) reject('a whole row in its conditions on the tables before it');
        const at = nested.resolve(fields as string[], undefined);
        if (at >= width && !innerColumns.includes(at)) {
          innerColumns.push(at);
          innerRefs.push(node);
        }
        return false;
      });
      return this.scalar(c, nested, 'WHERE');
    });
    // Its columns read as the extra columns they become, numbered after the entries before it.
    const conditions = bound.map((c) => permuteColumns(c, Array.from({ length: nested.width }, (_, i) => (i < width ? i : width + innerColumns.indexOf(i)))));
    const outer = keys.map((k) => this.scalar(k.outer, base, 'WHERE'));
    if (outer.some((e) => columnsOf(e).some((i) => base.entryOf(i).lateralQuery))) reject('correlated with another LATERAL subquery');
    // Its SELECT list, GROUP BY, HAVING, ORDER BY and aggregates read only its own tables.
    const ownOnly = (v: Node, clause: string) => {
      const reads = this.outerReads(v, nested, width);
      if (reads) reject(reads === 'outside' ? `its ${clause} reads the tables before it` : 'an aggregate in it reads the tables before it');
    };
    for (const t of targets) {
      const v = t.val as Node;
      if ('ColumnRef' in v && stringFields(v.ColumnRef.fields).includes('*')) {
        const f = stringFields(v.ColumnRef.fields);
        if (f.length > 1 && !nested.entries.some((e) => e.alias === f[0] && e.offset >= width)) reject('its SELECT list reads the tables before it');
        continue;
      }
      ownOnly(v, 'SELECT list');
    }
    for (const g of (sub.groupClause ?? []) as Node[]) {
      if ('GroupingSet' in g) reject('GROUPING SETS in it');
      // GROUP BY 1 and an output name read the SELECT list.
      const name = 'ColumnRef' in g ? stringFields(g.ColumnRef.fields) : [];
      if ('A_Const' in g || (name.length === 1 && targets.some((t) => t.name === name[0]))) continue;
      ownOnly(g, 'GROUP BY');
    }
    if (sub.havingClause) ownOnly(sub.havingClause as Node, 'HAVING');

    const keyTargets = [...keys.map((k, i) => resTarget(k.inner, `pgt_lateral_k${i}`)), ...innerRefs.map((node, j) => resTarget(node, `pgt_lateral_c${j}`))];
    const plain = { ...sub, targetList: [...(sub.targetList ?? []), ...keyTargets], whereClause: andNode(own), sortClause: undefined } as SelectStmt;
    let query: SelectStmt;
    if (aggregates && !grouped) {
      query = { ...plain, targetList: [...plain.targetList!, resTarget(COUNT_ROWS, 'pgt_lateral_rows')], groupClause: keys.map((k) => k.inner) };
    } else if (grouped) {
      query = { ...plain, groupClause: [...sub.groupClause!, ...keys.map((k) => k.inner)] };
    } else if (limit !== undefined) {
      query = lateralTopN(sub, plain, targets, keys.map((k) => k.inner), limit, (expr) => {
        if ('ColumnRef' in expr && stringFields(expr.ColumnRef.fields).includes('*')) reject('ORDER BY a position of *');
        if (!innerOnly(expr)) reject('its ORDER BY reads the tables before it');
      });
    } else {
      query = plain;
    }
    let op: Op;
    try {
      op = new Binder(this.ctx, undefined, this.ctes).select(this.distinctAsGroupBy(query) ?? query);
    } catch (e) {
      if (!(e instanceof UnsupportedError)) throw e;
      // The numbering trickle wrote has no place in the query: said of the ORDER BY ... LIMIT.
      if (limit !== undefined && /^window function row_number\(\)/.test(e.construct)) {
        throw new UnsupportedError('ORDER BY ... LIMIT over rows that may tie in a LATERAL subquery', this.pos(this.keywordBefore(firstLocation(sub.limitCount), ['LIMIT'])), 'order them by a unique key of the rows as well: PostgreSQL picks any of the rows that tie');
      }
      throw inLateral(e);
    }
    if (!isDeltaRenderable(op)) reject('one that removes duplicates (DISTINCT * or over aggregates)');
    const extra = keys.length + innerRefs.length + (aggregates && !grouped ? 1 : 0) + (limit !== undefined ? 1 : 0);
    const keyColumns = op.columns.slice(op.columns.length - extra, op.columns.length - extra + keys.length);
    if ((aggregates || grouped || limit !== undefined) && keyColumns.some((c) => isOpaque(c.type))) reject(UNGROUPABLE_CORRELATION);
    const columns = op.columns.slice(0, op.columns.length - extra).map((c) => ({ ...c, notNull: false }));
    const none = new Scope([], this.ctx.source);
    const empty = aggregates && !grouped ? targets.map((t) => this.scalar(this.overNoRows(t.val as Node), none, 'SELECT')) : undefined;
    if (conditions.some((e) => columnsOf(e).some((i) => i < width && base.entryOf(i).lateralQuery))) reject('correlated with another LATERAL subquery');
    addEntry(entries, alias, colnames, { relation: undefined, columns, derived: op, lateralQuery: { keys: outer, ...(conditions.length ? { conditions } : {}), ...(empty ? { empty } : {}), location } }, at);
  }

  /** What a LATERAL subquery is made of, or why it is not maintained. */
  private lateralShape(sub: SelectStmt, reject: (why: string) => never): { targets: ResTarget[]; aggregates: boolean; grouped: boolean; limit: number | undefined } {
    // Its conditions would be bound without the query around the subquery it is in.
    if (this.outer) reject('in the FROM of a subquery in WHERE or SELECT');
    if (sub.withClause || (sub.op && sub.op !== 'SETOP_NONE') || sub.valuesLists || !sub.fromClause?.length) reject('only a SELECT ... FROM without WITH, UNION, INTERSECT or EXCEPT');
    if (sub.lockingClause?.length || sub.limitOffset) reject('OFFSET or FOR UPDATE/SHARE in it');
    if (sub.windowClause?.length || windowCalls(sub.targetList).length) reject('window functions in it');
    if (sub.distinctClause?.length && Object.keys(sub.distinctClause[0] ?? {}).length > 0) reject('DISTINCT ON in it');
    const targets = (sub.targetList ?? []).map((t) => (t as { ResTarget: ResTarget }).ResTarget);
    const aggregates = targets.some((t) => this.containsAggregate(t.val)) || sub.havingClause !== undefined;
    const grouped = (sub.groupClause?.length ?? 0) > 0;
    const limit = limitConstant(sub);
    if (sub.limitCount && (limit === undefined || limit < 1 || !sub.sortClause?.length || aggregates || grouped || sub.distinctClause)) {
      reject('LIMIT other than ORDER BY ... LIMIT n (n >= 1) of rows neither grouped nor DISTINCT');
    }
    if (aggregates && !grouped && sub.havingClause) reject('HAVING without GROUP BY in it');
    return { targets, aggregates, grouped, limit };
  }

  /**
   * FROM with LATERAL subqueries: the tables joined under the conditions that read only them, then
   * each subquery joined on its equalities (LEFT JOINed when it aggregates without GROUP BY, or in
   * `LEFT JOIN LATERAL`), then a projection back to FROM's order that drops the subqueries' extra
   * columns, then the other conditions.
   */
  private withLateralQueries(trees: readonly FromTree[], entries: readonly ScopeEntry[], quals: readonly Node[], scope: Scope): Op {
    const laterals = entries.filter((e) => e.lateralQuery);
    const at = this.pos(laterals[0]!.lateralQuery!.location);
    if (entries.some((e) => e.lateral)) throw new UnsupportedError('a LATERAL subquery', at, 'with a function in FROM');
    const only = trees.length === 1 ? trees[0]! : undefined;
    const leftJoin = only?.kind === 'outer' && only.preserve === 'left' && only.right.tree.kind === 'table' && entries[only.right.tree.entry]!.lateralQuery && laterals.length === 1 ? only : undefined;
    if (!leftJoin && trees.some(hasOuterJoin)) throw new UnsupportedError('a LATERAL subquery', at, 'with an outer join other than its own LEFT JOIN LATERAL ... ON');
    if (leftJoin?.right.quals.length) throw new UnsupportedError('a LATERAL subquery', at, 'with conditions of its own in a LEFT JOIN');
    const tables = entries.filter((e) => !e.lateralQuery);
    if (tables.length === 0) throw new UnsupportedError('a LATERAL subquery', at, 'without a table before it');
    // Tables first, then each subquery with its extra columns: perm[i] is where column i of FROM goes.
    const perm: number[] = [];
    let next = 0;
    for (const e of tables) e.names.forEach((_, k) => (perm[e.offset + k] = next++));
    const width = next;
    const starts = new Map<ScopeEntry, number>();
    for (const e of laterals) {
      starts.set(e, next);
      e.names.forEach((_, k) => (perm[e.offset + k] = next++));
      next += e.derived!.columns.length - e.names.length;
    }
    const joined = scope.joinedColumns();
    const tableColumns = tables.flatMap((e) => joined.slice(e.offset, e.offset + e.names.length));
    // (Under LEFT JOIN LATERAL the left side keeps its own conditions; the ones here read both.)
    const conditions = quals.map((q) => this.onCondition(q, scope));
    const own = leftJoin ? [] : conditions.filter((c) => columnsOf(c).every((i) => perm[i]! < width));
    const later = conditions.filter((c) => !own.includes(c));
    let op: Op = leftJoin
      ? this.groupOp(leftJoin.left, scope)
      : tables.length === 1
        ? this.addPredicate(scanOf(tables[0]!), own.map((c) => permuteColumns(c, perm)))
        : { kind: 'join', inputs: tables.map(scanOf), predicate: own.length ? and(own.map((c) => permuteColumns(c, perm))) : undefined, columns: tableColumns };
    for (const e of laterals) {
      const lq = e.lateralQuery!;
      const start = starts.get(e)!;
      const n = e.names.length;
      const derived = e.derived!;
      const equal = lq.keys.map((k, i) => equals(paramRef(start + n + i), permuteColumns(k, perm).ast));
      // Its other conditions: the columns before it where they are now, its own extra ones after its keys'.
      const others = (lq.conditions ?? []).map((c) => permuteColumns(c, [...perm.slice(0, e.offset), ...derived.columns.slice(n + lq.keys.length).map((_, j) => start + n + lq.keys.length + j)]));
      equal.push(...others);
      // Named as FROM names them, the extra columns after the entry's own.
      const names = [...joined.slice(e.offset, e.offset + n).map((c) => c.name), ...derived.columns.slice(n).map((_, i) => `__pgt_${e.alias}_${i}`)];
      const columns = [...op.columns, ...derived.columns.map((c, i) => ({ ...c, name: names[i]!, notNull: false }))];
      if (lq.empty || leftJoin) {
        const on = leftJoin ? leftJoin.on.map((q) => this.onCondition(q, scope)) : [];
        if (lq.empty && leftJoin && !leftJoin.on.every((q) => 'A_Const' in q && q.A_Const.boolval?.boolval === true)) {
          throw new UnsupportedError('a LATERAL subquery', at, 'that aggregates, in a LEFT JOIN with a condition other than ON true');
        }
        op = { kind: 'outer_join', left: op, right: derived, preserve: 'left', predicate: and([...equal, ...on.map((c) => permuteColumns(c, perm))]), columns, ...(lq.empty ? { atMostOneMatch: true } : {}) };
      } else {
        op = { kind: 'join', inputs: [op, derived], predicate: equal.length ? and(equal) : undefined, columns };
      }
    }
    // Back to FROM's order; a subquery that aggregates without GROUP BY has its values over no rows where it has no group.
    const exprs = joined.map((_, i) => {
      const e = scope.entryOf(i);
      const lq = e.lateralQuery;
      if (!lq?.empty) return makeExpr(paramRef(perm[i]!));
      const rows = starts.get(e)! + e.names.length + lq.keys.length;
      return makeExpr({
        CaseExpr: { args: [{ CaseWhen: { expr: { NullTest: { arg: paramRef(rows), nulltesttype: 'IS_NULL' } }, result: lq.empty[i - e.offset]!.ast } }], defresult: paramRef(perm[i]!) },
      } as Node);
    });
    // A column is NULL where an outer join before a LEFT JOIN LATERAL pads it, whatever its table says.
    const columns = joined.map((c, i) => ({ ...c, notNull: c.notNull && op.columns[perm[i]!]!.notNull }));
    const projected: Op = { kind: 'project', input: op, exprs, columns };
    return this.addPredicate(projected, later);
  }

  /** A FROM function's call, bound over the row of the entries before it (it may read no other). */
  private lateralCall(fn: ScopeEntry, scope: Scope): Expr {
    const call = this.scalar(fn.lateral!.call, scope, 'FROM');
    if (columnsOf(call).some((i) => i >= fn.offset)) throw new TrickleError('a function in FROM may read only the tables before it', this.pos(fn.lateral!.location));
    return call;
  }

  /** The column names both sides of a NATURAL JOIN have, in the left side's order; each once on either side. */
  private naturalColumns(left: FromTree, right: FromTree, entries: readonly ScopeEntry[], at: SourcePosition): string[] {
    const names = (t: FromTree) => this.starOf(t, entries).map((i) => this.starName(i, entries) ?? '');
    const [l, r] = [names(left), names(right)];
    const common = l.filter((n) => r.includes(n));
    for (const n of common) {
      if (l.indexOf(n) !== l.lastIndexOf(n)) throw new TrickleError(`common column name "${n}" appears more than once in left table`, at);
      if (r.indexOf(n) !== r.lastIndexOf(n)) throw new TrickleError(`common column name "${n}" appears more than once in right table`, at);
    }
    return common;
  }

  /** The columns `SELECT *` gives for each JOIN of FROM (those USING merges once, first). */
  private readonly joinStars = new WeakMap<FromTree, readonly number[]>();
  /** Whether this query's FROM has an outer join (which may make up rows of NULLs). */
  private outerJoined = false;

  /**
   * Columns a FULL JOIN ... USING merges: `COALESCE(left, right)` (indexes of FROM's row), which no
   * table of FROM has. `from` adds them after FROM's columns as an entry of their own that only
   * their unqualified names reach; until then a star names the j-th of them -1 - j.
   */
  private readonly fullUsing: {
    readonly name: string;
    /** `COALESCE(l.k, r.k)`, over the tables' columns (nested when a later FULL JOIN merges it again). */
    readonly ast: Node;
    /** The entries whose columns of that name it merges. */
    readonly aliases: ReadonlySet<string>;
    readonly at: SourcePosition;
  }[] = [];

  /** The name of column `i` of a star (see `fullUsing`). */
  private starName(i: number, entries: readonly ScopeEntry[]): string | undefined {
    return i < 0 ? this.fullUsing[-1 - i]!.name : columnName(entries, i);
  }

  private starOf(tree: FromTree, entries: readonly ScopeEntry[]): readonly number[] {
    if (tree.kind === 'table') {
      const e = entries[tree.entry]!;
      return e.names.map((_, i) => e.offset + i);
    }
    return this.joinStars.get(tree)!;
  }

  /** Each JOIN condition (ON, or USING's equalities) and the FROM entries it may read: its join's. */
  private readonly onRanges = new Map<Node, readonly [number, number]>();

  private isAggregateCall(fc: FuncCall): boolean {
    return isAggregateCall(fc, this.ctx.catalog.aggregates);
  }

  private containsAggregate(node: unknown): boolean {
    return containsAggregate(node, this.ctx.catalog.aggregates);
  }

  private onScope(q: Node, scope: Scope): Scope {
    const range = this.onRanges.get(q);
    return range ? scope.within(range[0], range[1]) : scope;
  }

  /**
   * A JOIN's condition over the joined row. In a subquery of WHERE or SELECT (`outer` set) it may
   * name the query around it, as in PostgreSQL; such a correlated join is not maintained.
   */
  private onCondition(q: Node, scope: Scope): Expr {
    const own = this.onScope(q, scope);
    if (!this.outer) return this.scalar(q, own, 'JOIN/ON');
    const width = this.outer.width;
    const e = this.scalar(q, Scope.nested(this.outer, own), 'JOIN/ON');
    if (columnsOf(e).some((i) => i < width)) throw new UnsupportedError('a JOIN condition in a subquery that reads the query around it', this.pos(firstLocation(q)));
    return shiftColumns(e, -width, width);
  }

  /** The scope of the query around this one, when this is a subquery of its WHERE or SELECT list. */
  private outer: Scope | undefined;

  /** Columns merged by JOIN ... USING; an unqualified reference reads the preserved side's (the left-hand one's in an inner join, where they are equal). */
  private readonly usingMerged = new Map<string, MergedColumn>();

  private rangeVar(rv: RangeVar, entries: ScopeEntry[]): void {
    const pos = this.pos(rv.location);
    const cte = rv.schemaname === undefined ? this.ctes.get(rv.relname ?? '') : undefined;
    if (cte?.recursive || cte?.self) {
      const alias = rv.alias?.aliasname ?? rv.relname ?? '';
      const op: Op = cte.recursive ?? { kind: 'values', rows: [], columns: cte.self! };
      addEntry(entries, alias, rv.alias?.colnames ?? [], { relation: undefined, columns: op.columns, derived: op }, pos);
      return;
    }
    if (cte) {
      const alias = rv.alias?.aliasname ?? rv.relname ?? '';
      const colnames = rv.alias?.colnames?.length ? rv.alias.colnames : cte.colnames;
      new Binder(this.ctx, undefined, cte.visible).derivedTable(cte.query, alias, colnames, () => pos, entries, `WITH query "${rv.relname}"`);
      return;
    }
    const name = relationName(rv);
    const relation = resolveRelation(name, this.ctx);
    if (relation?.kind === 'stream' && this.ctx.streams.get(qualifiedKey(name))?.untyped) {
      throw new UnsupportedError(`stream table ${qualifiedKey(name)}`, pos, 'it is refreshed in full by a query trickle could not bind, so the types of its columns (a float, an equality) are not known');
    }
    const view = relation ? undefined : this.ctx.catalog.views?.get(qualifiedKey(name));
    if (view) {
      // Its query, bound where it was written (errors point into schema/), as a subquery named
      // like the view; an alias's column names go over CREATE VIEW's.
      const renamed = stringFields(rv.alias?.colnames) as string[];
      const names = Array.from({ length: Math.max(renamed.length, view.columnNames.length) }, (_, i) => renamed[i] ?? view.columnNames[i]!);
      const colnames = names.map((sval) => ({ String: { sval } }) as Node);
      try {
        new Binder({ ...this.ctx, source: view.source }).derivedTable((withoutNoOpLimits({ SelectStmt: view.query }) as { SelectStmt: SelectStmt }).SelectStmt, rv.alias?.aliasname ?? rv.relname ?? '', colnames, () => pos, entries, `view ${qualifiedKey(name)}`);
      } catch (e) {
        // Said where the view's query has it, and which view it is (the innermost, for a view of views).
        if (e instanceof InViewError || !(e instanceof TrickleError) || e.position?.file !== view.source.file) throw e;
        if (e instanceof UnsupportedError) throw new InViewError(`${e.construct} in view ${qualifiedKey(name)}`, e.position, e.detail);
        // PostgreSQL took the view, so trickle's catalog must be missing something it reads:
        // not maintained (refreshed in full under AUTO), rather than no compile at all.
        throw new InViewError(`reading view ${qualifiedKey(name)}`, e.position, e.message);
      }
      return;
    }
    if (!relation) {
      const unsupported = this.ctx.catalog.unsupported?.get(qualifiedKey(name));
      if (unsupported) throw new UnsupportedError(`reading ${qualifiedKey(name)}`, pos, unsupported.reason);
      const shown = rv.schemaname ? `${rv.schemaname}.${rv.relname}` : rv.relname;
      throw new TrickleError(`relation "${shown}" does not exist`, pos);
    }
    if (relation.columns.length === 0) {
      throw new UnsupportedError(`reading ${qualifiedKey(name)}`, pos, 'its columns are not known here (its query takes * from a view or another relation trickle cannot see into); name its columns in its SELECT list');
    }
    // ONLY reads a table's own rows, without its partitions or inheritance children: a
    // partitioned table has none, and a plain one may gain children at run time.
    if (!rv.inh && relation.kind === 'table') {
      const partitioned = findTable(this.ctx.catalog, relation.name)?.partitioned;
      throw new UnsupportedError(
        `FROM ONLY ${qualifiedKey(relation.name)}`,
        pos,
        partitioned ? "a partitioned table holds no rows of its own, so ONLY reads none of its partitions' rows" : 'the refresh reads the table with the children it may gain at run time',
      );
    }
    addEntry(entries, rv.alias?.aliasname ?? rv.relname ?? '', rv.alias?.colnames ?? [], { relation, columns: relation.columns }, pos);
  }

  /**
   * A subquery in FROM, or a WITH query named there: bound on its own and joined as an input like
   * a table. Its changes are computed from its tables' (an aggregate in it recomputes the groups
   * they touch; a plain DISTINCT is grouped by its columns); other removal of duplicates is not
   * supported.
   */
  private derivedTable(query: SelectStmt, alias: string, colnames: readonly Node[], at: () => SourcePosition, entries: ScopeEntry[], what: string): void {
    const op = new Binder(this.ctx, undefined, this.ctes).select(this.asGrouping(query) ?? query);
    if (!isDeltaRenderable(op)) throw new UnsupportedError(`${what} that removes duplicates`, at());
    addEntry(entries, alias, colnames, { relation: undefined, columns: op.columns, derived: op }, at());
  }

  /**
   * A query that removes duplicates below the stream table's rows (a subquery in FROM, a WITH
   * query, a view, a branch of UNION ALL), as a grouping whose touched groups a refresh
   * recomputes: the stream table's own DISTINCT applies only to its rows. Undefined when none
   * applies.
   */
  private asGrouping(s: SelectStmt): SelectStmt | undefined {
    return this.distinctAsGroupBy(s) ?? this.distinctOverSubquery(s) ?? this.setOperationAsGroupBy(s);
  }

  /**
   * `SELECT DISTINCT` where distinctAsGroupBy does not apply (`*`, aggregates, a subquery in the
   * SELECT list): the query without DISTINCT as a subquery in FROM, grouped by all its columns
   * (named `names` when the caller has bound them already).
   */
  private distinctOverSubquery(s: SelectStmt, names?: readonly string[]): SelectStmt | undefined {
    if (!plainDistinct(s) || (s.op && s.op !== 'SETOP_NONE') || s.limitCount || s.limitOffset) return undefined;
    const inner = { ...s, distinctClause: undefined, sortClause: undefined };
    return selectAllOf(inner, names ?? new Binder(this.ctx, undefined, this.ctes).select(inner).columns.map((c) => c.name), true);
  }

  /**
   * UNION, INTERSECT or EXCEPT (without ALL) below the stream table's own rows, whose DISTINCT
   * does not apply there: one grouping of both branches (see set-operations.ts), whose touched
   * groups a refresh recomputes. Undefined when the rewrite does not apply (ORDER BY, LIMIT).
   */
  private setOperationAsGroupBy(s: SelectStmt): SelectStmt | undefined {
    if (!s.op || s.op === 'SETOP_NONE' || s.all || !s.larg || !s.rarg) return undefined;
    if (s.sortClause?.length || s.limitCount || s.limitOffset || s.lockingClause?.length) return undefined;
    return distinctSetOperationQuery(s, this.leftBranchNames(s));
  }

  /** The output names of a set operation: its left branch's (bound under the statement's WITH, which it may read), or `outputNames`. */
  private leftBranchNames(s: SelectStmt, outputNames?: readonly string[]): string[] {
    const left = s.withClause ? { ...s.larg!, withClause: s.withClause } : s.larg!;
    return new Binder(this.ctx, outputNames, this.ctes).select(left).columns.map((c) => c.name);
  }

  /**
   * `EXISTS`, `IN`, `op ANY` and `op ALL` over a `UNION [ALL]`, as the same test of each branch
   * joined by OR (AND for ALL): the same truth value, NULL included. In WHERE, only one that reads
   * the query around it: each branch may be correlated where the union, read as a subquery in FROM
   * (setOperationInFrom), may not; an uncorrelated one stays as it is, joined once. In the SELECT
   * list every one, since a test there is a value, which is maintained of a subquery without set
   * operations only.
   */
  private unionTestsSplit(s: SelectStmt): SelectStmt {
    const split = (node: unknown, onlyCorrelated: boolean): unknown =>
      mapAst(node, (n, type) => {
        if (type !== 'SubLink') return undefined;
        const link = (n as { SubLink: SubLink }).SubLink;
        if (link.subLinkType !== 'EXISTS_SUBLINK' && link.subLinkType !== 'ANY_SUBLINK' && link.subLinkType !== 'ALL_SUBLINK') return undefined;
        const sub = (link.subselect as { SelectStmt?: SelectStmt } | undefined)?.SelectStmt;
        const branches = sub?.op === 'SETOP_UNION' ? unionBranches(sub) : undefined;
        if (!sub || !branches) return undefined;
        if (onlyCorrelated) {
          try {
            new Binder(this.ctx, undefined, this.ctes).select(sub);
            return undefined;
          } catch (e) {
            if (!(e instanceof UnresolvedNameError)) return undefined;
          }
        }
        const tests = branches.map((b) => ({ SubLink: { ...link, subselect: { SelectStmt: b } } }) as Node);
        return { BoolExpr: { boolop: link.subLinkType === 'ALL_SUBLINK' ? 'AND_EXPR' : 'OR_EXPR', args: tests, location: link.location } } as Node;
      });
    return {
      ...s,
      ...(s.whereClause ? { whereClause: split(s.whereClause, true) as Node } : {}),
      ...(s.targetList ? { targetList: split(s.targetList, false) as Node[] } : {}),
    };
  }

  /**
   * `SELECT pgt_s.pgt_c1, ... FROM (<s>) AS pgt_s(pgt_c1, ...)` for a set operation `s`, which a
   * subquery of WHERE reads this way (a set operation there cannot read the query around it).
   */
  private setOperationInFrom(s: SelectStmt, reject: () => never): SelectStmt {
    if (s.sortClause?.length || s.limitCount || s.limitOffset) reject();
    const width = uncorrelated(() => this.leftBranchNames(s).length, reject);
    return selectAllOf(s, Array.from({ length: width }, (_, i) => `pgt_c${i + 1}`), false);
  }

  /**
   * `SELECT DISTINCT a, b ...` of a query without aggregates is `SELECT a, b ... GROUP BY 1, 2`: the
   * same rows (GROUP BY, like DISTINCT, takes NULLs for equal), and a grouped subquery is one whose
   * touched groups a refresh recomputes. Undefined when the rewrite does not apply.
   */
  private distinctAsGroupBy(s: SelectStmt): SelectStmt | undefined {
    const plain = plainDistinct(s);
    const targets = s.targetList ?? [];
    const star = targets.some(isStar);
    if (!plain || (s.op && s.op !== 'SETOP_NONE') || s.groupClause?.length || s.havingClause || star) return undefined;
    if (targets.some((t) => this.containsAggregate(t))) return undefined;
    // A grouped query's subquery may read only grouped columns, which a whole subquery is not.
    if (targets.some((t) => holds(t, ['SubLink']))) return undefined;
    return { ...s, distinctClause: undefined, groupClause: targets.map((_, i) => ({ A_Const: { ival: { ival: i + 1 } } }) as Node) };
  }

  /**
   * `[NOT] EXISTS (subquery)`, `x [NOT] IN (subquery)`, `x op ANY|ALL (subquery)` as a condition of
   * WHERE: a semi or anti join of the rows so far with the subquery's FROM. The subquery's WHERE
   * sees the query's columns too; its conditions that read only its own columns filter the right
   * side, the others (the correlation) and the comparison of an IN form the join's condition.
   */
  private subqueryJoin(input: Op, cond: SubqueryCondition, scope: Scope): Op {
    const link = cond.link;
    const kind = link.subLinkType as string;
    const name = (cond.negated ? 'NOT ' : '') + sublinkName(kind);
    const at = this.pos(link.location);
    const written = (link.subselect as { SelectStmt?: SelectStmt } | undefined)?.SelectStmt;
    if (!written) throw new UnsupportedError(name, at);
    const reject = (what: string): never => {
      throw new UnsupportedError(`${what} in ${name}`, at);
    };
    if (written.withClause) reject('WITH');
    const setOp = written.op && written.op !== 'SETOP_NONE' ? written.op.replace('SETOP_', '') : undefined;
    // A set operation is read as a subquery in FROM, uncorrelated: `x IN (SELECT s.c FROM (A UNION B) AS s(c))`.
    const sub = setOp ? this.setOperationInFrom(written, () => reject(setOp)) : written;
    if (sub.valuesLists) reject('VALUES');
    if (!sub.fromClause?.length) reject('a subquery without FROM');
    if ((sub.groupClause?.length ?? 0) > 0 || sub.havingClause || (sub.targetList ?? []).some((t) => this.containsAggregate(t))) reject('GROUP BY or an aggregate');
    if (sub.windowClause?.length) reject('WINDOW');
    if (sub.distinctClause?.length && Object.keys(sub.distinctClause[0] ?? {}).length > 0) reject('DISTINCT ON');
    if (sub.lockingClause?.length) reject('FOR UPDATE/SHARE');
    // LIMIT n (n >= 1) cannot change whether a row exists; it does change the rows an IN compares with.
    if (sub.limitOffset || (sub.limitCount && (kind !== 'EXISTS_SUBLINK' || (limitConstant(sub) ?? 0) < 1))) reject(sub.limitOffset ? 'OFFSET' : 'LIMIT');

    const inner = new Binder(this.ctx, undefined, this.ctes);
    const { op: from, scope: innerScope } = setOp ? uncorrelated(() => inner.from(sub, scope), () => reject(setOp)) : inner.from(sub, scope);
    const nested = Scope.nested(scope, innerScope);
    const width = scope.width;
    const own: Expr[] = [];
    const correlated: Expr[] = [];
    const tests: SubqueryCondition[] = [];
    for (const c of sub.whereClause ? conjuncts(sub.whereClause as Node) : []) {
      const test = subqueryCondition(c);
      if (test) {
        tests.push(test);
        continue;
      }
      const e = this.scalar(c, nested, 'WHERE');
      if (columnsOf(e).every((i) => i >= width)) own.push(shiftColumns(e, -width));
      else correlated.push(e);
    }
    // A subquery test of the subquery's own rows (`EXISTS (SELECT FROM b WHERE b.a = a.id AND
    // EXISTS (SELECT FROM c WHERE c.b = b.id))`) is a semi or anti join inside its right side.
    let right = this.addPredicate(from, own);
    for (const test of tests) {
      try {
        right = inner.subqueryJoin(right, test, innerScope);
      } catch (e) {
        if (e instanceof UnresolvedNameError && resolves(nested, e.fields)) throw new UnsupportedError(`a subquery test inside ${name} reading the query around ${name}`, e.position ?? at);
        throw e;
      }
    }

    // EXISTS: the correlation alone. Otherwise `x op s` for the subquery's output s, one per column.
    let anti = cond.negated;
    let predicate = correlated;
    let readsOuter = correlated.length > 0;
    if (kind !== 'EXISTS_SUBLINK') {
      const tested = link.testexpr as Node;
      const left = 'RowExpr' in tested ? (tested.RowExpr.args ?? []) : [tested];
      const targets = (sub.targetList ?? []).map((t) => (t as { ResTarget: ResTarget }).ResTarget.val as Node);
      if (targets.some((t) => 'ColumnRef' in t && stringFields(t.ColumnRef.fields).includes('*'))) reject('SELECT *');
      if (targets.length !== left.length) throw new TrickleError(`subquery has too ${targets.length > left.length ? 'many' : 'few'} columns`, at);
      const op = stringFields(link.operName ?? [{ String: { sval: '=' } }]);
      if (op.length !== 1 || (left.length > 1 && op[0] !== '=')) reject(`the operator ${op.join('.')}`);
      let comparable = true;
      const comparisons = left.map((l, i) => {
        const a = this.scalar(l, scope, name);
        const b = this.scalar(targets[i]!, nested, name);
        readsOuter ||= columnsOf(b).some((j) => j < width);
        comparable &&= isNotNullColumn(a, (j) => input.columns[j]) && isNotNullColumn(b, (j) => (j >= width ? from.columns[j - width] : input.columns[j]));
        // COLLATE around one side decides the comparison: around both (see collateBothSides).
        const [ca, cb] = [collateOf(l), collateOf(targets[i])];
        const [x, y] = [ca || !cb ? a.ast : underCollation(a.ast, cb), cb || !ca ? b.ast : underCollation(b.ast, ca)];
        return makeExpr({ A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: op[0] } }], lexpr: x, rexpr: y } } as Node);
      });
      const comparison = and(comparisons);
      // x op ALL (s) holds when no s makes `x op s` false or NULL; NOT (x op ANY (s)) likewise for
      // true or NULL; NOT (x op ALL (s)) when some s makes it false. NULLs matter only where a side may be NULL.
      const test = (t: string) => (comparable && t !== 'IS_FALSE' ? (t === 'IS_NOT_TRUE' ? not(comparison) : comparison) : booleanTest(comparison, t));
      if (kind === 'ANY_SUBLINK') predicate = [...correlated, cond.negated ? test('IS_NOT_FALSE') : comparison];
      else if (kind === 'ALL_SUBLINK') {
        anti = !cond.negated;
        predicate = [...correlated, cond.negated ? booleanTest(comparison, 'IS_FALSE') : test('IS_NOT_TRUE')];
      } else reject('the subquery');
    }
    const condition = and(predicate);
    return { kind: 'semi_join', left: input, right, anti, predicate: condition, correlated: readsOuter, columns: input.columns };
  }

  /** What a scalar subquery turned into a LEFT JOIN reads: its value over the joined row. */
  private readonly scalarValues = new WeakMap<object, Node>();
  /** The columns of the query around it (joined row positions) that a joined scalar subquery's value depends on. */
  private readonly scalarReads = new WeakMap<object, readonly number[]>();

  /**
   * Scalar subqueries in WHERE, the SELECT list and HAVING (and EXISTS there, other than as a
   * whole condition of WHERE) that read one table by a unique key (`(SELECT c.name FROM customers
   * c WHERE c.id = o.customer_id)`), or aggregate: such a subquery returns at most one row, so it
   * is a LEFT JOIN appended to the row before any grouping, and the subquery's value is its output
   * over the joined columns (NULL without a match, or its value over no rows).
   */
  private scalarSubqueries(s: SelectStmt, from: { op: Op; scope: Scope }): { op: Op; scope: Scope } {
    const links: SubLink[] = [];
    const exists: SubLink[] = [];
    const tests: SubLink[] = [];
    const collect = (node: unknown) =>
      walkAst(node, (n, type) => {
        if (type !== 'SubLink') return true;
        const link = (n as { SubLink: SubLink }).SubLink;
        // An aggregate in its WHERE is the query's own (`WHERE t.x = count(c.id)`), computed per group: not joined before grouping.
        if (this.containsAggregate((link.subselect as { SelectStmt?: SelectStmt } | undefined)?.SelectStmt?.whereClause)) return false;
        if (link.subLinkType === 'EXPR_SUBLINK') links.push(link);
        if (link.subLinkType === 'EXISTS_SUBLINK') exists.push(link);
        // Likewise an aggregate in the tested value (`HAVING count(*) IN (SELECT ...)`).
        if ((link.subLinkType === 'ANY_SUBLINK' || link.subLinkType === 'ALL_SUBLINK') && !this.containsAggregate(link.testexpr)) tests.push(link);
        return false;
      });
    // A whole condition of WHERE that is a subquery test becomes a semi or anti join (see select()).
    for (const c of s.whereClause ? conjuncts(s.whereClause as Node) : []) if (!subqueryCondition(c)) collect(c);
    // In a grouped query, one whose value the group keys determine is a group key (see grouped()).
    collect(s.targetList);
    collect(s.havingClause);
    let joined = from;
    links.forEach((link, k) => {
      joined = this.scalarSubquery(link, joined, from.scope, k + 1);
    });
    exists.forEach((link, k) => {
      joined = this.existsValue(link, joined, from.scope, links.length + k + 1);
    });
    let n = links.length + exists.length;
    for (const link of tests) ({ joined, n } = this.inValue(link, joined, from.scope, n));
    return joined;
  }

  /**
   * EXISTS (subquery) as a value (in the SELECT list, under OR, in CASE): the subquery's count of
   * rows, a scalar subquery that aggregates (a LEFT JOIN of it grouped by its correlated columns),
   * compared with 0. Its SELECT list, ORDER BY, DISTINCT and LIMIT n >= 1 do not change whether a
   * row exists.
   */
  private existsValue(link: SubLink, joined: { op: Op; scope: Scope }, base: Scope, n: number): { op: Op; scope: Scope } {
    const at = this.pos(link.location);
    const sub = (link.subselect as { SelectStmt?: SelectStmt } | undefined)?.SelectStmt;
    const name = 'EXISTS (subquery) as a value';
    if (!this.countable(sub) || (sub.limitCount && (limitConstant(sub) ?? 0) < 1)) throw new UnsupportedError(name, at, 'only of a subquery without GROUP BY, aggregates, set operations, WITH or OFFSET');
    const rows = this.aggregateOfRows(link, sub, COUNT_ROWS, [], joined, base, n, name);
    this.scalarValues.set(link, positive(rows.value));
    this.scalarReads.set(link, rows.reads);
    return rows.joined;
  }

  /** A subquery whose rows an aggregating subquery can count: a SELECT ... FROM without grouping, aggregates, set operations, WITH, windows, OFFSET or locking. */
  private countable(sub: SelectStmt | undefined): sub is SelectStmt {
    return (
      sub !== undefined && !sub.withClause && (!sub.op || sub.op === 'SETOP_NONE') && !sub.valuesLists && (sub.fromClause?.length ?? 0) > 0 && !sub.groupClause?.length && !sub.havingClause &&
      !sub.windowClause?.length && !sub.limitOffset && !sub.lockingClause?.length && !(sub.targetList ?? []).some((t) => this.containsAggregate(t))
    );
  }

  /**
   * `target`, an aggregate of the rows of `sub` (its FROM and WHERE, grouped by its correlations
   * and by `keys`), LEFT JOINed to the row as an aggregating scalar subquery numbered `n`: its value
   * (as over no rows where no group matches), its count of rows (0 without any), and the columns
   * of the query around it that it reads. An unsupported part is reported as `name`.
   */
  private aggregateOfRows(
    link: SubLink,
    sub: SelectStmt,
    target: Node,
    keys: readonly { inner: Node; outer: Node }[],
    joined: { op: Op; scope: Scope },
    base: Scope,
    n: number,
    name: string,
  ): { joined: { op: Op; scope: Scope }; value: Node; rows: Node; reads: readonly number[] } {
    const counted = { targetList: [resTarget(target, 'pgt_value')], fromClause: sub.fromClause, whereClause: sub.whereClause, op: 'SETOP_NONE' } as SelectStmt;
    const synthetic: SubLink = { subLinkType: 'EXPR_SUBLINK', subselect: { SelectStmt: counted } as Node, location: link.location };
    let out: { op: Op; scope: Scope };
    try {
      out = this.aggregateSubquery(synthetic, counted, joined, base, n, keys);
    } catch (e) {
      if (e instanceof UnsupportedError) throw new UnsupportedError(name, this.pos(link.location), e.detail);
      throw e;
    }
    // The subquery's count of rows is its last column, NULL where no group matched.
    const rows = { CoalesceExpr: { args: [paramRef(out.scope.width - 1), { A_Const: { ival: { ival: 0 } } }] } } as Node;
    return { joined: out, value: this.scalarValues.get(synthetic)!, rows, reads: this.scalarReads.get(synthetic)! };
  }

  /**
   * `x IN (subquery)` (`x = ANY`) and `x <> ALL (subquery)` as a value (in the SELECT list, under
   * OR or NOT, in CASE): three-valued, so counts of rows decide it. True when some row's value
   * equals x; otherwise NULL when x is NULL and there are rows, or when some row's value is NULL;
   * otherwise false (`<> ALL` is its negation). The counts come from aggregating subqueries, each
   * joined as a LEFT JOIN: the rows equal to x (correlated by `value = x` as well), and, only where
   * x or the value may be NULL, all rows with those whose value is NULL (one join for both).
   */
  private inValue(link: SubLink, joined: { op: Op; scope: Scope }, base: Scope, n: number): { joined: { op: Op; scope: Scope }; n: number } {
    const at = this.pos(link.location);
    const type = link.subLinkType as string;
    const op = stringFields(link.operName ?? []).join('.') || '=';
    const name = type === 'ANY_SUBLINK' ? (op === '=' ? 'IN (subquery) as a value' : `${op} ANY (subquery) as a value`) : `${op} ALL (subquery) as a value`;
    const reject = (why: string): never => {
      throw new UnsupportedError(name, at, why);
    };
    const negated = type === 'ALL_SUBLINK';
    if (op !== (negated ? '<>' : '=')) reject('only x IN (subquery), x = ANY (subquery) and x <> ALL (subquery) (NOT IN) are maintained outside a whole condition of WHERE');
    const tested = link.testexpr as Node;
    if ('RowExpr' in tested) reject('only of one column, outside a whole condition of WHERE');
    const sub = (link.subselect as { SelectStmt?: SelectStmt } | undefined)?.SelectStmt;
    // (LIMIT and DISTINCT ON change which rows x is compared with.)
    if (!this.countable(sub) || sub.limitCount || (sub.distinctClause?.length && Object.keys(sub.distinctClause[0] ?? {}).length > 0)) {
      reject('only of a subquery without GROUP BY, aggregates, set operations, WITH, DISTINCT ON, LIMIT or OFFSET');
    }
    const targets = sub!.targetList ?? [];
    const value = (targets[0] as { ResTarget?: ResTarget } | undefined)?.ResTarget?.val as Node | undefined;
    if (value && 'ColumnRef' in value && stringFields(value.ColumnRef.fields).includes('*')) reject('SELECT *');
    if (targets.length !== 1 || !value) throw new TrickleError(`subquery has too ${targets.length > 1 ? 'many' : 'few'} columns`, at);
    const { op: from, scope: inner } = new Binder(this.ctx, undefined, this.ctes).from(sub!, base);
    const width = base.width;
    const bound = this.scalar(value, Scope.nested(base, inner), 'SELECT');
    if (!columnsOf(bound).every((i) => i >= width)) reject('its SELECT expression reads the query around it');
    const x = this.scalar(tested, base, name);
    const reads: number[] = columnsOf(x);
    const aggregate = (target: Node, keys: { inner: Node; outer: Node }[]): { value: Node; rows: Node } => {
      const out = this.aggregateOfRows(link, sub!, target, keys, joined, base, ++n, name);
      joined = out.joined;
      reads.push(...out.reads);
      return out;
    };
    if (!this.comparesAsGrouped({ inner: value, outer: tested }, Scope.nested(base, inner), base)) reject(INEXACT_CORRELATION);
    const matches = positive(aggregate(COUNT_ROWS, [{ inner: value, outer: tested }]).rows);
    // One more join counts all rows and those whose value is NULL, where x or the value may be NULL.
    const unknown: Node[] = [];
    const xNullable = !isNotNullColumn(x, (j) => joined.op.columns[j]);
    const valueNullable = !isNotNullColumn(bound, (j) => from.columns[j - width]);
    if (xNullable || valueNullable) {
      const nullValues = { FuncCall: { funcname: [{ String: { sval: 'count' } }], agg_star: true, agg_filter: { NullTest: { arg: value, nulltesttype: 'IS_NULL' } } } } as Node;
      const totals = aggregate(valueNullable ? nullValues : COUNT_ROWS, []);
      if (xNullable) unknown.push({ BoolExpr: { boolop: 'AND_EXPR', args: [{ NullTest: { arg: x.ast, nulltesttype: 'IS_NULL' } }, positive(totals.rows)] } } as Node);
      if (valueNullable) unknown.push(positive(totals.value));
    }
    const bool = (b: boolean) => ({ A_Const: { boolval: { boolval: b } } }) as Node;
    const cases = [{ CaseWhen: { expr: matches, result: bool(!negated) } }, ...(unknown.length ? [{ CaseWhen: { expr: unknown.length > 1 ? { BoolExpr: { boolop: 'OR_EXPR', args: unknown } } : unknown[0], result: { A_Const: { isnull: true } } } }] : [])];
    this.scalarValues.set(link, { CaseExpr: { args: cases, defresult: bool(negated) } } as Node);
    this.scalarReads.set(link, [...new Set(reads)].sort((a, b) => a - b));
    return { joined, n };
  }

  private scalarSubquery(link: SubLink, joined: { op: Op; scope: Scope }, base: Scope, n: number): { op: Op; scope: Scope } {
    const at = this.pos(link.location);
    const reject = (why: string): never => {
      throw new UnsupportedError('a scalar subquery', at, why);
    };
    const sub = (link.subselect as { SelectStmt?: SelectStmt } | undefined)?.SelectStmt;
    const single = 'only one reading a single table by a unique key (at most one row) is maintained, as a LEFT JOIN';
    if (!sub || sub.withClause || (sub.op && sub.op !== 'SETOP_NONE') || sub.valuesLists || !sub.fromClause?.length) reject(single);
    const targets = sub!.targetList ?? [];
    if ((sub!.groupClause?.length ?? 0) > 0 || sub!.havingClause) reject('GROUP BY or HAVING in it');
    if (sub!.windowClause?.length || sub!.distinctClause || sub!.limitCount || sub!.limitOffset || sub!.lockingClause?.length) reject(single);
    if (targets.some((t) => this.containsAggregate(t))) return this.aggregateSubquery(link, sub!, joined, base, n);
    if (sub!.fromClause!.length !== 1) reject(single);
    if (targets.length !== 1) throw new TrickleError('subquery must return only one column', at);
    const { op: table, scope: inner } = new Binder(this.ctx, undefined, this.ctes).from(sub!, base);
    if (table.kind !== 'scan') reject(single);
    const source = (table as Extract<Op, { kind: 'scan' }>).source;
    const nested = Scope.nested(base, inner);
    const width = base.width;
    const own: Expr[] = [];
    const correlated: Expr[] = [];
    const conditions = sub!.whereClause ? conjuncts(sub!.whereClause as Node).map((c) => this.scalar(c, nested, 'WHERE')) : [];
    for (const e of conditions) (columnsOf(e).every((i) => i >= width) ? own : correlated).push(e);
    // Every column of a key equals (`=`) a value that does not depend on the subquery's row: one
    // row at most, also for a UNIQUE key whose columns may be NULL (no NULL is equal to anything).
    const keys: (readonly string[])[] = [...(source.key?.length ? [source.key] : []), ...(source.nullableKeys ?? [])];
    const keyAt =
      keys
        .map((k) => k.map((c: string) => width + table.columns.findIndex((x) => x.name === c)))
        .find((cols) => cols.every((ki: number) => conditions.some((e) => pinsColumn(e, ki, width, (i) => nested.columnAt(i))))) ?? reject(single);

    // The subquery's columns follow the row joined so far (its scalar subqueries included).
    const at0 = joined.scope.width;
    const remap = (e: Expr) => shiftColumns(e, at0 - width, width);
    const names = table.columns.map((c) => `__pgt_sub${n}_${c.name}`);
    const columns = [...joined.op.columns, ...table.columns.map((c, i) => ({ ...c, name: names[i]!, notNull: false }))];
    const predicate = and(correlated.map(remap));
    const op: Op = { kind: 'outer_join', left: joined.op, right: this.addPredicate(table, own.map((e) => shiftColumns(e, -width))), preserve: 'left', predicate, columns, atMostOneMatch: true, correlated: correlated.length > 0 };
    const unshifted = this.scalar((targets[0] as { ResTarget: ResTarget }).ResTarget.val as Node, nested, 'SELECT');
    this.scalarReads.set(link, [...correlated, unshifted].flatMap((e) => columnsOf(e).filter((i) => i < width)));
    const value = remap(unshifted);
    // Without a match the subquery is NULL, whatever its expression would make of NULL columns.
    const matched = paramRef(keyAt[0]! - width + at0);
    this.scalarValues.set(
      link,
      plainColumn(value) !== undefined
        ? value.ast
        : ({ CaseExpr: { args: [{ CaseWhen: { expr: { NullTest: { arg: matched, nulltesttype: 'IS_NOT_NULL' } }, result: value.ast } }] } } as Node),
    );
    const scope = joined.scope.withEntry({ alias: `__pgt_sub${n}`, relation: undefined, columns: columns.slice(at0), names });
    return { op, scope };
  }

  /**
   * A scalar subquery that aggregates, correlated by equalities (`(SELECT count(*) FROM orders o
   * WHERE o.customer_id = c.id)`): a LEFT JOIN of the subquery grouped by the correlated columns,
   * an aggregate below the root whose touched groups are recomputed. Without a group for a row the
   * subquery aggregates no rows: its expression with count() as 0 and the other aggregates NULL.
   */
  private aggregateSubquery(link: SubLink, sub: SelectStmt, joined: { op: Op; scope: Scope }, base: Scope, n: number, extraKeys: readonly { inner: Node; outer: Node }[] = []): { op: Op; scope: Scope } {
    const at = this.pos(link.location);
    const reject = (why: string): never => {
      throw new UnsupportedError('a scalar subquery with an aggregate', at, why);
    };
    if ((sub.targetList ?? []).length !== 1) throw new TrickleError('subquery must return only one column', at);
    const target = (sub.targetList![0] as { ResTarget: ResTarget }).ResTarget.val as Node;
    const { scope: inner } = new Binder(this.ctx, undefined, this.ctes).from(sub, base);
    const nested = Scope.nested(base, inner);
    const width = base.width;
    // The subquery's own conditions stay in it; each correlation is `inner = outer`.
    const correlation = this.equalityCorrelation(sub.whereClause as Node | undefined, nested, width, (_, why) => reject(why ?? 'it may read the query around it only in conditions inner = outer, joined by AND'));
    const { own } = correlation;
    const keys = [...correlation.keys, ...extraKeys.map((k) => collatedKey(k) ?? reject('COLLATE inside the compared value (only around it)'))];
    const reads = this.outerReads(target, nested, width);
    if (reads) reject(reads === 'outside' ? 'its SELECT expression reads the query around it' : 'an aggregate in it reads the query around it');
    const grouped: SelectStmt = {
      targetList: [...keys.map((k, i) => resTarget(k.inner, `pgt_k${i}`)), resTarget(target, 'pgt_value'), resTarget(COUNT_ROWS, 'pgt_rows')],
      fromClause: sub.fromClause,
      whereClause: andNode(own),
      groupClause: keys.map((k) => k.inner),
      op: 'SETOP_NONE',
    } as SelectStmt;
    const table = new Binder(this.ctx, undefined, this.ctes).select(grouped);
    if (table.columns.slice(0, keys.length).some((c) => isOpaque(c.type))) reject(UNGROUPABLE_CORRELATION);
    const at0 = joined.scope.width;
    const names = table.columns.map((c) => `__pgt_sub${n}_${c.name}`);
    const columns = [...joined.op.columns, ...table.columns.map((c, i) => ({ ...c, name: names[i]!, notNull: false }))];
    const outer = keys.map((k) => this.scalar(k.outer, base, 'WHERE'));
    this.scalarReads.set(link, outer.flatMap((e) => columnsOf(e)));
    const predicate = and(outer.map((e, i) => equals(paramRef(at0 + i), e.ast)));
    const op: Op = { kind: 'outer_join', left: joined.op, right: table, preserve: 'left', predicate, columns, atMostOneMatch: true, correlated: correlation.keys.length > 0 };
    const emptyValue = this.scalar(this.overNoRows(target), base, 'SELECT');
    const count = paramRef(at0 + keys.length + 1);
    this.scalarValues.set(link, {
      CaseExpr: { args: [{ CaseWhen: { expr: { NullTest: { arg: count, nulltesttype: 'IS_NULL' } }, result: emptyValue.ast } }], defresult: paramRef(at0 + keys.length) },
    } as Node);
    const scope = joined.scope.withEntry({ alias: `__pgt_sub${n}`, relation: undefined, columns: columns.slice(at0), names });
    return { op, scope };
  }

  /**
   * A correlated subquery's WHERE (bound in `nested`, the `width` columns around it first): its own
   * conditions, and its correlations, each `inner = outer` (any other calls `otherwise`).
   */
  private equalityCorrelation(where: Node | undefined, nested: Scope, width: number, otherwise: (condition: Node, why?: string) => void): { own: Node[]; keys: { inner: Node; outer: Node }[] } {
    const reads = (node: Node) => columnsOf(this.scalar(node, nested, 'WHERE'));
    const innerOnly = (node: Node) => reads(node).every((i) => i >= width);
    const outerOnly = (node: Node) => reads(node).every((i) => i < width);
    const own: Node[] = [];
    const keys: { inner: Node; outer: Node }[] = [];
    for (const c of where ? conjuncts(where) : []) {
      if (innerOnly(c)) {
        own.push(c);
        continue;
      }
      const eq = 'A_Expr' in c && c.A_Expr.kind === 'AEXPR_OP' && stringFields(c.A_Expr.name ?? []).join('.') === '=' ? c.A_Expr : undefined;
      const [l, r] = [eq?.lexpr as Node | undefined, eq?.rexpr as Node | undefined];
      const key = l && r && innerOnly(l) && outerOnly(r) ? { inner: l, outer: r } : l && r && innerOnly(r) && outerOnly(l) ? { inner: r, outer: l } : undefined;
      const collated = key && collatedKey(key);
      if (collated && !this.comparesAsGrouped(key!, nested)) otherwise(c, INEXACT_CORRELATION);
      else if (collated) keys.push(collated);
      else otherwise(c);
    }
    return { own, keys };
  }

  /**
   * Whether a correlation `inner = outer` compares as grouping by `inner` does (see
   * bind/equality.ts): both sides of the same known equality. A COLLATE on either side decides for
   * both (see collatedKey), so then the types alone must agree.
   */
  private comparesAsGrouped(key: { inner: Node; outer: Node }, nested: Scope, outer = nested): boolean {
    const explicit = collateOf(key.inner) !== undefined || collateOf(key.outer) !== undefined;
    const [a, b] = ([[key.inner, nested], [key.outer, outer]] as const).map(([n, scope]) => {
      const e = equalityOfExpr(this.scalar(withoutCollate(n), scope, 'WHERE').ast, (i) => scope.columnAt(i));
      return explicit && e !== undefined ? withoutCollation(e) : e;
    });
    return a !== undefined && a === b;
  }

  /**
   * Where an expression of a subquery (bound in `nested`, the `width` columns around it first)
   * reads the query around it: outside its aggregates, or inside one (`sum(o.amount * c.rate)` is
   * computed per outer row, not per group of the subquery); undefined when it does not.
   */
  private outerReads(node: Node, nested: Scope, width: number): 'outside' | 'in an aggregate' | undefined {
    if (!columnsOf(this.scalarOverAggregates(node, nested)).every((i) => i >= width)) return 'outside';
    let inside = false;
    walkAst(node, (n, type) => {
      if (type !== 'FuncCall' || !this.isAggregateCall((n as { FuncCall: FuncCall }).FuncCall)) return;
      const call = (n as { FuncCall: FuncCall }).FuncCall;
      const parts = [...(call.args ?? []), ...(call.agg_filter ? [call.agg_filter] : []), ...(call.agg_order ?? []).map((o) => ('SortBy' in o ? (o.SortBy.node as Node) : o))];
      if (!parts.every((x) => columnsOf(this.scalar(x, nested, 'WHERE')).every((i) => i >= width))) inside = true;
    });
    return inside ? 'in an aggregate' : undefined;
  }

  /** An expression of a subquery that aggregates, as it is over no rows: count() is 0, every other aggregate NULL. */
  private overNoRows(node: Node): Node {
    return mapAst(node, (n, type) => {
      if (type !== 'FuncCall' || !this.isAggregateCall((n as { FuncCall: FuncCall }).FuncCall)) return undefined;
      return (funcName((n as { FuncCall: FuncCall }).FuncCall) === 'count' ? { A_Const: { ival: { ival: 0 } } } : { A_Const: { isnull: true } }) as Node;
    }) as Node;
  }

  /** An expression bound with its aggregates' arguments left out (what it reads outside them). */
  private scalarOverAggregates(node: Node, scope: Scope): Expr {
    return makeExpr(this.bindColumns(node, scope, 'SELECT', (n, type) => (type === 'FuncCall' && this.isAggregateCall((n as { FuncCall: FuncCall }).FuncCall) ? ({ A_Const: { isnull: true } } as Node) : undefined)));
  }

  private addPredicate(op: Op, predicates: Expr[]): Op {
    if (predicates.length === 0) return op;
    if (op.kind === 'join') return { ...op, predicate: and(op.predicate ? [op.predicate, ...predicates] : predicates) };
    return { kind: 'filter', input: op, predicate: and(predicates), columns: op.columns };
  }

  // ---- scalar expressions -------------------------------------------------

  /** Binds an expression over the joined row; aggregates are not allowed here. */
  private scalar(node: Node, scope: Scope, clause: string): Expr {
    return makeExpr(this.bindColumns(node, scope, clause, () => undefined));
  }

  /**
   * Replaces column references with $n, checking each construct. `hook` may
   * replace a node first (used to turn group keys and aggregates into $n of
   * the aggregate's output).
   */
  private bindColumns(node: Node, scope: Scope, clause: string, hook: (n: Node, type: string) => Node | undefined): Node {
    return mapAst(node, (n, type) => {
      const hooked = hook(n, type);
      if (hooked !== undefined) return hooked;
      const any = n as unknown as Record<string, Record<string, unknown>>;
      const body = any[type]!;
      const location = body.location as number | undefined;
      switch (type) {
        case 'ColumnRef': {
          const fields = stringFields(body.fields as Node[]);
          if (fields.length === 2 && fields[1] === '*') return this.wholeRow(fields[0]!, scope, location);
          if (fields.includes('*')) throw new TrickleError(`"*" is not allowed in ${clause}`, this.pos(location));
          try {
            return paramRef(scope.resolve(fields as string[], location));
          } catch (e) {
            if (!(e instanceof TrickleError && /does not exist$/.test(e.message))) throw e;
            // A name that is no column but a table of FROM is that table's whole row, as in PostgreSQL.
            if (fields.length === 1 && scope.wholeRowEntry(fields[0]!)) return this.wholeRow(fields[0]!, scope, location);
            if (SYSTEM_COLUMNS.has(fields[fields.length - 1] as string)) {
              throw new UnsupportedError(`system column ${fields[fields.length - 1]}`, this.pos(location), 'changes carry the columns of rows, not where or by whom they were written');
            }
            throw e;
          }
        }
        case 'JsonArrayAgg':
        case 'JsonObjectAgg':
          // SQL/JSON aggregates (json_arrayagg, json_objectagg) keep no state a change could be added to.
          throw new UnsupportedError(`aggregate ${type === 'JsonArrayAgg' ? 'json_arrayagg' : 'json_objectagg'}()`, this.pos(location ?? firstLocation(body)), 'use json_agg or json_object_agg with ORDER BY');
        case 'A_Indirection': {
          // (f(x)).* spreads a row value into columns the compiler cannot list.
          if (((body.indirection as Node[] | undefined) ?? []).some((n) => 'A_Star' in n)) {
            throw new UnsupportedError('(expression).*', this.pos(location ?? firstLocation(body.arg)), 'name the fields: (expression).field');
          }
          // (t).col of a table's whole row is its column (NULL where an outer join made t up).
          const arg = body.arg as Node;
          const f = 'ColumnRef' in arg ? stringFields(arg.ColumnRef.fields) : [];
          const whole = f.length === 2 && f[1] === '*' ? f[0] : f.length === 1 && scope.wholeRowEntry(f[0] as string) && !this.resolves(f as string[], scope) ? f[0] : undefined;
          if (whole === undefined) return undefined;
          const ind = (body.indirection as Node[] | undefined) ?? [];
          const field = ind.length === 1 && 'String' in ind[0]! ? ind[0].String.sval ?? '' : undefined;
          if (field === undefined) throw new UnsupportedError('a whole-row reference', this.pos(location), 'only its columns, as (t).col');
          const entry = scope.wholeRowEntry(whole as string);
          const at = entry?.names.indexOf(field) ?? -1;
          if (!entry || at < 0) throw new TrickleError(`column "${field}" not found in data type ${whole}`, this.pos(location));
          return paramRef(entry.offset + at);
        }
        case 'RowExpr': {
          // ROW(t.*, x) spreads t's columns into the row (elsewhere t.* is t's whole row).
          const args = ((body.args as Node[] | undefined) ?? []).flatMap((a) => {
            const f = 'ColumnRef' in a ? stringFields(a.ColumnRef.fields) : [];
            if (f.length === 2 && f[1] === '*') return scope.star(f[0] as string, (a as { ColumnRef: { location?: number } }).ColumnRef.location).map((i) => paramRef(i));
            return [this.bindColumns(a, scope, clause, hook)];
          });
          return { RowExpr: { ...body, args } } as Node;
        }
        case 'SubLink': {
          const value = this.scalarValues.get(body);
          if (value) return value;
          const type = body.subLinkType as string;
          // Scalar subqueries and EXISTS in WHERE, the SELECT list and HAVING were joined before (scalarValues).
          const joined = 'only in WHERE, the SELECT list and HAVING, and not when it compares or filters by an aggregate of the query around it';
          if (type === 'EXPR_SUBLINK') throw new UnsupportedError(`a scalar subquery in ${clause}`, this.pos(location), joined);
          if (type === 'EXISTS_SUBLINK' || type === 'ANY_SUBLINK' || type === 'ALL_SUBLINK') throw new UnsupportedError(sublinkName(type), this.pos(location), joined);
          throw new UnsupportedError(sublinkName(type), this.pos(location));
        }
        case 'ParamRef':
          throw new TrickleError('parameters ($n) are not allowed in a stream table definition', this.pos(location));
        case 'GroupingFunc':
          throw new UnsupportedError('GROUPING()', this.pos(location));
        case 'SQLValueFunction':
          throw new UnsupportedError(sqlValueFunctionName(body.op as string), this.pos(location), 'its value changes over time');
        case 'A_Const':
          if (timeOfReading(n) && !readAsText.has(n)) throw timeOfReadingError(timeOfReading(n)!, this.pos(location));
          return undefined;
        case 'A_Expr': {
          // 'now' compared with a text column is read as text: the string, not the time.
          const [l, r] = [body.lexpr as Node | undefined, body.rexpr as Node | undefined];
          for (const [c, other] of [[l, r], [r, l]] as const) {
            if (!timeOfReading(c) || !other || !('ColumnRef' in other)) continue;
            const fields = stringFields(other.ColumnRef.fields);
            if (fields.includes('*') || !this.resolves(fields, scope)) continue;
            const i = scope.resolve(fields, undefined);
            const column = scope.entryOf(i).columns[i - scope.entryOf(i).offset];
            if (column?.type === 'text' || column?.type === 'varchar' || column?.type === 'texthash') readAsText.add(c!);
          }
          return undefined;
        }
        case 'TypeCast': {
          // 'now'::text is the text; to a date or time type the string goes on to A_Const above,
          // also through other casts ('now'::text::timestamp).
          const names = stringFields((body.typeName as { names?: Node[] } | undefined)?.names ?? []);
          const datetime = DATETIME_TYPE_NAMES.has(names[names.length - 1] ?? '');
          let arg = body.arg as Node | undefined;
          while (arg && 'TypeCast' in arg) arg = arg.TypeCast.arg;
          if (datetime && timeOfReading(arg)) throw timeOfReadingError(timeOfReading(arg)!, this.pos((arg as { A_Const: { location?: number } }).A_Const.location));
          return timeOfReading(body.arg as Node) && !datetime ? n : undefined;
        }
        case 'FuncCall': {
          const fc = body as FuncCall;
          const fname = funcName(fc);
          if (fc.over) throw new UnsupportedError(`window function ${fname}()`, this.pos(location), 'only in the SELECT list');
          if (this.isAggregateCall(fc)) {
            throw new TrickleError(`aggregate functions are not allowed in ${clause}`, this.pos(location));
          }
          this.checkImmutable(fc, this.pos(location));
          return undefined;
        }
        default:
          return undefined;
      }
    }) as Node;
  }

  private resolves(fields: readonly string[], scope: Scope): boolean {
    try {
      scope.resolve(fields, undefined);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * A table's whole row (`to_jsonb(o)`, `count(o.*)`): its columns as a value of the table's row
   * type. A row an outer join made up of NULLs is NULL itself (so `count(o.*)` does not count it),
   * which a NOT NULL column of the table tells apart from a row whose columns are all NULL.
   */
  private wholeRow(alias: string, scope: Scope, location: number | undefined): Node {
    const at = this.pos(location);
    const entry = scope.wholeRowEntry(alias);
    if (!entry) throw new TrickleError(`missing FROM-clause entry for table "${alias}"`, at);
    if (entry.scalar) return paramRef(entry.offset);
    const rel = entry.relation;
    const renamed = rel !== undefined && entry.names.some((n, i) => n !== rel.columns[i]?.name);
    if (!rel || rel.kind !== 'table' || entry.lateral || renamed) {
      throw new UnsupportedError('a whole-row reference', at, 'only to a table of FROM (not a stream table, subquery or function) without column aliases');
    }
    const name = (v: string) => ({ String: { sval: v } }) as Node;
    const row = {
      TypeCast: {
        arg: { RowExpr: { args: entry.names.map((_, i) => paramRef(entry.offset + i)), row_format: 'COERCE_EXPLICIT_CALL' } },
        typeName: { names: [name(rel.name.schema), name(rel.name.name)], typemod: -1 },
      },
    } as Node;
    const guard = rel.columns.findIndex((c) => c.notNull);
    if (guard < 0) {
      if (this.outerJoined || !scope.owns(entry)) throw new UnsupportedError('a whole-row reference', at, 'to a table without a NOT NULL column, which an outer join may make up');
      return row;
    }
    return { CaseExpr: { args: [{ CaseWhen: { expr: { NullTest: { arg: paramRef(entry.offset + guard), nulltesttype: 'IS_NOT_NULL' } }, result: row } }] } } as Node;
  }

  /** A call whose value may change while its arguments do not cannot be maintained from changes. */
  private checkImmutable(fc: FuncCall, at: SourcePosition): void {
    const fname = funcName(fc);
    if (notImmutableBuiltin(fname, fc.args?.length ?? 0)) throw new UnsupportedError(`function ${fname}()`, at, 'it is not immutable');
    const declared = stringFields(fc.funcname ?? []);
    if (this.ctx.catalog.notImmutableFunctions?.has(declared[declared.length - 1] ?? '')) {
      throw new UnsupportedError(`function ${fname}()`, at, 'schema/ declares it STABLE or VOLATILE (the default): its value may change while its arguments do not, as when it reads a table');
    }
  }

  // ---- SELECT list without grouping ----------------------------------------

  private plain(s: SelectStmt, input: Op, scope: Scope): Op {
    const exprs: Expr[] = [];
    const names: string[] = [];
    // Window functions are computed by an operator of their own over the input; the SELECT list
    // reads their values as its last columns.
    const calls = windowCalls(s.targetList);
    const over = calls.length ? this.window(s, input, scope, calls) : input;
    const hook = (n: Node, type: string): Node | undefined => {
      if (type !== 'FuncCall') return undefined;
      const j = calls.indexOf((n as { FuncCall: FuncCall }).FuncCall);
      return j < 0 ? undefined : paramRef(input.columns.length + j);
    };
    for (const t of s.targetList ?? []) {
      const rt = (t as { ResTarget: ResTarget }).ResTarget;
      const val = rt.val as Node;
      if ('ColumnRef' in val && stringFields(val.ColumnRef.fields).includes('*')) {
        const f = stringFields(val.ColumnRef.fields);
        for (const i of scope.star(f.length > 1 ? (f[f.length - 2] as string) : undefined, val.ColumnRef.location)) {
          exprs.push(makeExpr(paramRef(i)));
          names.push(scope.entryOf(i).names[i - scope.entryOf(i).offset]!);
        }
        continue;
      }
      exprs.push(makeExpr(this.bindColumns(val, scope, 'SELECT', hook)));
      names.push(rt.name ?? figureColname(val));
    }
    return this.project(over, exprs, names, s);
  }

  /**
   * The window operator of a SELECT list's window functions: each bound over the input, with a
   * named window (`OVER w`, `OVER (w ORDER BY ...)`) written out. All must share one PARTITION BY,
   * as a partition is what a change recomputes; without one, every change would recompute every
   * row. A function whose values depend on the order of rows that tie in its ORDER BY (row_number,
   * lag, string_agg, a ROWS frame, a float sum, ...) must be ordered by a unique key of its input
   * as well: recomputed, a partition must give each row the values it had.
   */
  private window(s: SelectStmt, input: Op, scope: Scope, calls: readonly FuncCall[], label?: string): Op {
    const named = new Map<string, WindowDef>();
    for (const w of s.windowClause ?? []) if ('WindowDef' in w && w.WindowDef.name) named.set(w.WindowDef.name, w.WindowDef);
    const key = uniqueKey(input);
    let partitionBy: Expr[] | undefined;
    const bound: Expr[] = [];
    const columns: OutputColumn[] = [];
    const none = () => undefined;
    for (const fc of calls) {
      const fname = funcName(fc);
      const at = this.pos(fc.location);
      const def = this.windowDef(fc.over!, named, at);
      this.checkImmutable(fc, at);
      if (fc.agg_order?.length) throw new UnsupportedError(`ORDER BY inside window function ${fname}()`, at);
      // PostgreSQL's own error, at compile time rather than when the migration runs.
      if (fc.agg_distinct) throw new TrickleError('DISTINCT is not implemented for window functions', at);
      const partition = (def.partitionClause ?? []).map((p) => this.scalar(p, scope, 'PARTITION BY'));
      if (partition.length === 0) {
        throw new UnsupportedError(`${label ?? `window function ${fname}()`} without PARTITION BY`, at, 'every change would recompute every row (refresh_mode AUTO refreshes it in full)');
      }
      const keys = (xs: readonly Expr[]) => xs.map((x) => x.key).sort().join('\0');
      if (partitionBy && keys(partitionBy) !== keys(partition)) {
        throw new UnsupportedError(`window function ${fname}() partitioned unlike the one before it`, at, 'a change recomputes the partitions it touches, so all must share one PARTITION BY');
      }
      partitionBy ??= partition;
      const order = (def.orderClause ?? []).map((o) => {
        const sort = (o as { SortBy: { node?: Node } }).SortBy;
        return { SortBy: { ...sort, node: sort.node && this.bindColumns(sort.node, scope, 'ORDER BY', none) } } as Node;
      });
      const bind = (n: Node | undefined) => n && this.bindColumns(n, scope, 'a window function', none);
      const args = fc.args?.map((a) => bind(a)!);
      const ast = {
        FuncCall: {
          ...fc,
          args,
          agg_filter: bind(fc.agg_filter),
          over: { ...def, name: undefined, refname: undefined, partitionClause: partition.map((p) => p.ast), orderClause: order.length ? order : undefined, startOffset: bind(def.startOffset), endOffset: bind(def.endOffset) },
        },
      } as Node;
      const fo = def.frameOptions ?? 0;
      // FRAMEOPTION_NONDEFAULT with FRAMEOPTION_ROWS (parsenodes.h): a frame of so many rows
      // depends on the order of rows that tie. A GROUPS frame counts groups of tied rows (peers),
      // as a RANGE frame does values: the same whatever the order within a group.
      const rowsFrame = (fo & 0x1) !== 0 && (fo & 0x4) !== 0;
      // Of its arguments only: a float PARTITION BY key does not make a sum of numerics inexact.
      const float = (fname === 'sum' || fname === 'avg') && (args ?? []).some((a) => mayBeFloat(a, input.columns, this.ctx.catalog));
      if (TIE_SENSITIVE_WINDOW.has(fname) || rowsFrame || float) {
        const ordered = new Set([...partition.map((p) => plainColumn(p)), ...order.map((o) => plainColumn(makeExpr((o as { SortBy: { node: Node } }).SortBy.node)))]);
        if (!key || key.length === 0 || !key.every((k) => ordered.has(k))) {
          const what = label ?? (rowsFrame ? `a ROWS frame of ${fname}()` : `window function ${fname}()`);
          throw new UnsupportedError(`${what} over rows that may tie in its ORDER BY`, at, 'order them by a unique key of the rows as well, so that each recomputation gives every row the value it had');
        }
      }
      bound.push(makeExpr(ast));
      const arg = fc.args?.length ? plainColumn(makeExpr(bind(fc.args[0])!)) : undefined;
      const name = `__pgt_win${columns.length}`;
      if (WINDOW_COUNTS.has(fname)) columns.push({ name, notNull: true, type: 'int8' });
      else if (fname === 'percent_rank' || fname === 'cume_dist') columns.push({ name, notNull: true, type: 'float8' });
      else if (VALUE_WINDOW.has(fname) && arg !== undefined) columns.push(typed({ name, notNull: false }, input.columns[arg]));
      else columns.push(typed({ name, notNull: false }, { type: computedType(ast, input.columns, this.ctx.catalog) }));
    }
    return { kind: 'window', input, partitionBy: partitionBy!, calls: bound, columns: [...input.columns, ...columns] };
  }

  /**
   * `SELECT DISTINCT ON (k) ... ORDER BY k, o`: the first row of each k in the order o, which is
   * `row_number() OVER (PARTITION BY k ORDER BY k, o) = 1` (its window must order ties by a
   * unique key, as row_number's must). A name or position in DISTINCT ON or ORDER BY may mean a
   * column of the SELECT list, as in PostgreSQL. Output: the input's columns, then the row number.
   */
  private distinctOn(s: SelectStmt, input: Op, scope: Scope, location: number | undefined): Op {
    const targets = (s.targetList ?? []).map((t) => (t as { ResTarget: ResTarget }).ResTarget);
    const output = (n: Node): Node => {
      if ('A_Const' in n && n.A_Const.ival !== undefined) {
        const t = targets[(n.A_Const.ival.ival ?? 0) - 1];
        if (!t?.val) throw new TrickleError(`position ${n.A_Const.ival.ival ?? 0} is not in select list`, this.pos(n.A_Const.location));
        return t.val;
      }
      const fields = 'ColumnRef' in n ? stringFields(n.ColumnRef.fields) : [];
      const named = fields.length === 1 ? targets.find((t) => (t.name ?? (t.val ? figureColname(t.val) : undefined)) === fields[0]) : undefined;
      return named?.val ?? n;
    };
    const rowNumber = {
      funcname: [{ String: { sval: 'row_number' } }],
      over: {
        partitionClause: (s.distinctClause ?? []).map((n) => output(n as Node)),
        orderClause: (s.sortClause ?? []).map((o) => {
          const sort = (o as { SortBy: { node?: Node } }).SortBy;
          return { SortBy: { ...sort, node: sort.node && output(sort.node) } } as Node;
        }),
        frameOptions: 1042, // FRAMEOPTION_DEFAULTS
      },
      location,
    } as FuncCall;
    const window = this.window(s, input, scope, [rowNumber], 'DISTINCT ON');
    const first = makeExpr({ A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '=' } }], lexpr: paramRef(input.columns.length), rexpr: { A_Const: { ival: { ival: 1 } } } } } as Node);
    return { kind: 'filter', input: window, predicate: first, columns: window.columns };
  }

  /** The window a call's OVER names or refines, written out. */
  private windowDef(over: WindowDef, named: ReadonlyMap<string, WindowDef>, at: SourcePosition, seen: ReadonlySet<string> = new Set()): WindowDef {
    // `OVER w` names a window; `OVER (w ...)` and `WINDOW v AS (w ...)` refine one. The `name` of an
    // entry of the WINDOW clause is its own, never a reference.
    const ref = over.refname ?? (seen.size === 0 && !over.partitionClause && !over.orderClause ? over.name : undefined);
    if (ref === undefined) return over;
    const base = named.get(ref);
    if (!base || seen.has(ref)) throw new TrickleError(`window "${ref}" does not exist`, at);
    const resolved = this.windowDef(base, named, at, new Set([...seen, ref]));
    if (over.refname === undefined) return resolved;
    return { ...resolved, orderClause: over.orderClause ?? resolved.orderClause, ...((over.frameOptions ?? 0) & 0x1 ? { frameOptions: over.frameOptions, startOffset: over.startOffset, endOffset: over.endOffset } : {}) };
  }

  private project(input: Op, exprs: Expr[], given: string[], s: SelectStmt): Op {
    const targets = s.targetList ?? [];
    if (this.outputNames && this.outputNames.length !== given.length) {
      throw new TrickleError('each UNION query must have the same number of columns', this.pos(firstLocation(targets)));
    }
    const names = this.outputNames ? [...this.outputNames] : given;
    if (!this.outputNames) {
      const seen = new Set<string>();
      names.forEach((n, i) => {
        const loc = this.pos(firstLocation(targets[Math.min(i, targets.length - 1)]));
        if (n.startsWith('__pgt_')) throw new TrickleError(`output column "${n}": names starting with __pgt_ are reserved for trickle`, loc);
        if (seen.has(n)) throw new TrickleError(`column "${n}" appears more than once in the output; give one of them an alias`, loc);
        seen.add(n);
      });
    }
    const columns = exprs.map((e, i) => {
      const ref = plainColumn(e);
      const from = ref === undefined ? undefined : input.columns[ref];
      const column = typed({ name: names[i]!, notNull: from?.notNull ?? false }, from);
      return from !== undefined ? column : typed(column, { type: computedType(e.ast, input.columns, this.ctx.catalog) });
    });
    const setReturning = exprs.some((e) => this.callsSetReturning(e.ast));
    return { kind: 'project', input, exprs, columns, ...(setReturning ? { setReturning: true as const } : {}) };
  }

  /** Whether an expression calls a set-returning function: a built-in one, or one schema/ declares. */
  private callsSetReturning(ast: Node): boolean {
    let found = false;
    walkAst(ast, (n, type) => {
      if (found || type === 'SubLink') return false;
      if (type === 'FuncCall') {
        const fc = (n as { FuncCall: FuncCall }).FuncCall;
        const names = stringFields(fc.funcname ?? []);
        const name = names[names.length - 1] ?? '';
        if (!fc.over && (SET_RETURNING[name] !== undefined || BUILTIN_SET_RETURNING.has(name) || this.ctx.catalog.setReturningFunctions?.has(name))) found = true;
      }
      return !found;
    });
    return found;
  }

  // ---- GROUP BY, aggregates, HAVING ----------------------------------------

  private grouped(s: SelectStmt, input: Op, scope: Scope): Op {
    const targets = (s.targetList ?? []).map((t) => (t as { ResTarget: ResTarget }).ResTarget);
    // Group keys, bound over the joined row.
    const keys: Expr[] = [];
    const addKey = (e: Expr): number => {
      const i = keys.findIndex((k) => k.key === e.key);
      return i >= 0 ? i : keys.push(e) - 1;
    };
    const keyOf = (g: Node): number => {
      let node = g;
      // GROUP BY 2, or GROUP BY an output column's alias
      if ('A_Const' in node && node.A_Const.ival !== undefined) {
        const n = node.A_Const.ival.ival ?? 0;
        const t = targets[n - 1];
        if (!t) throw new TrickleError(`GROUP BY position ${n} is not in select list`, this.pos(node.A_Const.location));
        node = t.val as Node;
      } else if ('ColumnRef' in node) {
        const f = stringFields(node.ColumnRef.fields);
        const alias = f.length === 1 ? targets.find((t) => t.name === f[0]) : undefined;
        if (alias && !scope.entries.some((e) => e.names.includes(f[0] as string))) node = alias.val as Node;
      }
      if (this.containsAggregate(node)) throw new TrickleError('aggregate functions are not allowed in GROUP BY', this.pos(firstLocation(node)));
      // A constant the position or alias names: written in a GROUP BY as it is, PostgreSQL would
      // read an integer as a position again, and refuse any other. The same value, not a literal:
      if ('A_Const' in node && node === g) throw new TrickleError('non-integer constant in GROUP BY', this.pos(node.A_Const.location));
      if ('A_Const' in node) node = { CaseExpr: { args: [{ CaseWhen: { expr: { A_Const: { boolval: { boolval: true } } }, result: node } }] } } as Node;
      return addKey(this.scalar(node, scope, 'GROUP BY'));
    };
    const items = (s.groupClause ?? []) as Node[];
    let sets = expandGroupingSets(items, s.groupDistinct === true, keyOf, (message, location) => {
      throw new TrickleError(message, this.pos(location));
    });
    if (!sets) items.forEach(keyOf);
    // One set (GROUP BY a, (), or GROUPING SETS ((a, b))) is a plain GROUP BY of its keys.
    else if (sets.length === 1) sets = undefined;
    else {
      const at = this.pos(firstLocation(items.find((g) => 'GroupingSet' in g)));
      // Each repetition of a set repeats its groups' rows, which a stream table keyed by group cannot hold.
      if (new Set(sets.map(setId)).size < sets.length) throw new UnsupportedError('GROUPING SETS that repeat a grouping set', at, 'each repetition repeats its groups\' rows');
      if (keys.length > 31) throw new UnsupportedError('GROUPING SETS over more than 31 grouping expressions', at);
    }
    // The keys every set groups by (with a single set or none, all of them).
    const everySet = (i: number) => !sets || sets.every((set) => set.includes(i));

    // A column written in GROUP BY that the other keys determine (of a table whose primary key
    // they hold: GROUP BY c.id, c.name) adds nothing to the groups' unique key.
    const written = sets ? [] : keys.flatMap((k, i) => {
      const col = plainColumn(k);
      return col !== undefined && this.functionallyDependent(col, keys.filter((_, j) => j !== i), scope) ? [i] : [];
    });
    const aggregates: AggregateCall[] = [];
    const aggKeys: string[] = [];
    // Group keys may grow while binding (columns functionally dependent on a grouped primary key).
    const keyRefs: Expr[] = keys;
    const aggRefs: { index: number }[] = [];

    // A key the common keys determine (functionally, or a subquery's value) is grouped in every set.
    const determined: number[] = [];
    const determinedKey = (bound: Expr): Node => {
      keyRefs.push(bound);
      determined.push(keyRefs.length - 1);
      sets = sets?.map((set) => [...set, keyRefs.length - 1]);
      return { TrickleKey: { index: keyRefs.length - 1 } } as unknown as Node;
    };
    const bindGrouped = (node: Node, clause: string): Node => {
      const refToKey = (e: Expr): Node | undefined => {
        const i = keyRefs.findIndex((k) => k.key === e.key);
        return i >= 0 ? ({ TrickleKey: { index: i } } as unknown as Node) : undefined;
      };
      const hook = (n: Node, type: string): Node | undefined => {
        if (type === 'GroupingFunc') {
          const g = (n as { GroupingFunc: { args?: Node[]; location?: number } }).GroupingFunc;
          const args = (g.args ?? []).map((a) => {
            const i = keyRefs.findIndex((k) => k.key === this.scalar(a, scope, 'GROUPING()').key);
            if (i < 0) throw new TrickleError('arguments to GROUPING must be grouping expressions of the associated query level', this.pos(firstLocation(a) ?? g.location));
            return i;
          });
          if (args.length > 31) throw new TrickleError('GROUPING must have fewer than 32 arguments', this.pos(g.location));
          return { TrickleGrouping: { args } } as unknown as Node;
        }
        if (type === 'SubLink' && this.scalarReads.has((n as { SubLink: SubLink }).SubLink)) {
          // A scalar subquery joined before grouping (at most one row per row) whose value reads only
          // group keys (or columns they determine) has one value per group: it is a key.
          const link = (n as { SubLink: SubLink }).SubLink;
          const byKeys = (keys: readonly Expr[]) => (col: number) => keys.some((k) => k.key === `$${col + 1}`) || this.functionallyDependent(col, keys, scope);
          const reads = this.scalarReads.get(link)!;
          const unsupported = (why: string) => new UnsupportedError(`a scalar subquery in the ${clause === 'HAVING' ? 'HAVING clause' : 'SELECT list'} of a grouped query`, this.pos(link.location), why);
          const ungrouped = reads.find((col) => !byKeys(keyRefs)(col));
          if (ungrouped !== undefined) {
            const e = scope.entryOf(ungrouped);
            throw new TrickleError(`subquery uses ungrouped column "${e.alias}.${e.names[ungrouped - e.offset]}" from outer query`, this.pos(link.location));
          }
          // The one group of a query without GROUP BY (or of an empty grouping set) exists even over no rows: it cannot take a key.
          if (keys.length === 0 || sets?.some((set) => set.length === 0)) {
            throw unsupported('outside its aggregates, with no GROUP BY or an empty grouping set');
          }
          // A key that GROUPING SETS make NULL in some groups would read as NULL there.
          if (!reads.every(byKeys(keyRefs.filter((_, i) => everySet(i))))) {
            throw unsupported('correlated with a key that not every grouping set groups by');
          }
          // Grouped with it, a key whose equal values differ in spelling (numeric 1.0 and 1.00, a
          // case-insensitive collation) would split a group where the subquery reads the spellings apart.
          if (reads.some((col) => keyRefs.some((k) => k.key === `$${col + 1}`) && !spelledOneWay(scope.columnAt(col)))) {
            throw unsupported('reading a group key whose equal values may be written differently (numeric, float, a nondeterministic collation, a type trickle does not know)');
          }
          const bound = this.scalar(n, scope, clause);
          const known = keyRefs.findIndex((k) => k.key === bound.key);
          return known >= 0 ? ({ TrickleKey: { index: known } } as unknown as Node) : determinedKey(bound);
        }
        if (type === 'FuncCall' && this.isAggregateCall((n as { FuncCall: FuncCall }).FuncCall)) {
          const i = this.aggregateCall((n as { FuncCall: FuncCall }).FuncCall, scope, aggregates, aggKeys, input);
          aggRefs.push({ index: i });
          return { TrickleAgg: { index: i } } as unknown as Node;
        }
        if (this.containsAggregate(n)) return undefined;
        // A subexpression equal to a group key reads the key.
        let bound: Expr | undefined;
        try {
          bound = this.scalar(n, scope, clause);
        } catch (e) {
          if (type === 'ColumnRef') throw e;
          return undefined;
        }
        const asKey = refToKey(bound);
        if (asKey) return asKey;
        if (type === 'ColumnRef') {
          const col = Number(/^\$(\d+)$/.exec(bound.key)?.[1]) - 1;
          // Under GROUPING SETS only keys of every set determine a column, which then joins every set.
          if (this.functionallyDependent(col, keyRefs.filter((_, i) => everySet(i)), scope)) return determinedKey(bound);
          const fields = stringFields((n as { ColumnRef: { fields: Node[] } }).ColumnRef.fields).join('.');
          throw new TrickleError(
            `column "${fields}" must appear in the GROUP BY clause or be used in an aggregate function`,
            this.pos((n as { ColumnRef: { location?: number } }).ColumnRef.location),
          );
        }
        return undefined;
      };
      return this.bindColumns(node, scope, clause, hook);
    };

    const projected: { node: Node; name: string }[] = [];
    for (const t of targets) {
      const val = t.val as Node;
      if ('ColumnRef' in val && stringFields(val.ColumnRef.fields).includes('*')) {
        throw new UnsupportedError('SELECT * in a grouped query', this.pos(val.ColumnRef.location));
      }
      projected.push({ node: bindGrouped(val, 'SELECT'), name: t.name ?? figureColname(val) });
    }
    const having = s.havingClause ? bindGrouped(s.havingClause as Node, 'HAVING') : undefined;

    // Now that the keys are final, turn key/aggregate markers into $n of the aggregate's output.
    // Under GROUPING SETS a last key, GROUPING() of the others, tells the sets apart.
    const n = keyRefs.length;
    const groupBy = sets ? [...keyRefs, makeExpr({ GroupingFunc: { args: keyRefs.map((e) => e.ast) } } as Node)] : keyRefs;
    const k = groupBy.length;
    const resolveMarkers = (node: Node): Expr =>
      makeExpr(
        mapAst(node, (x, type) => {
          const m = x as unknown as { TrickleKey?: { index: number }; TrickleAgg?: { index: number }; TrickleGrouping?: { args: number[] } };
          if (type === 'TrickleKey') return paramRef(m.TrickleKey!.index);
          if (type === 'TrickleAgg') return paramRef(k + m.TrickleAgg!.index);
          // GROUPING() of a plain GROUP BY is 0: every key is grouped.
          if (type === 'TrickleGrouping') return exprNode(sets ? groupingValueSql(m.TrickleGrouping!.args, n, `$${n + 1}`) : '0');
          return undefined;
        }) as Node,
      );
    const joined = input.columns;
    const aggregate: Op = {
      kind: 'aggregate',
      input,
      groupBy,
      aggregates,
      ...(sets ? { groupingSets: sets } : {}),
      ...(!sets && (determined.length || written.length) ? { determined: [...written, ...determined].sort((a, b) => a - b) } : {}),
      columns: [
        ...keyRefs.map((e, i) => {
          const ref = plainColumn(e);
          const from = ref === undefined ? undefined : joined[ref];
          return typed({ name: `__pgt_g${i}`, notNull: (from?.notNull ?? false) && everySet(i) }, from ?? { type: computedType(e.ast, joined, this.ctx.catalog) });
        }),
        ...(sets ? [{ name: `__pgt_g${n}`, notNull: true, type: 'int4' } as OutputColumn] : []),
        ...aggregates.map((a, i): OutputColumn => {
          if (a.fn === 'count') return { name: `__pgt_a${i}`, notNull: true, type: 'int8' };
          if (a.call && mayBeOpaque(a.call.ast, joined, this.ctx.catalog)) return { name: `__pgt_a${i}`, notNull: false, type: 'opaque' };
          // min, max and sum (of money) have their argument's type; `recompute` calls say theirs.
          const unhashed = a.fn === 'avg' ? undefined : unhashedType((a.call ?? a.arg)!.ast, joined, this.ctx.catalog);
          if (unhashed) return { name: `__pgt_a${i}`, notNull: false, type: unhashed };
          // Over floating-point values the result may be one too (a stream table reading it sums it so).
          return mayBeFloat((a.arg ?? a.call)!.ast, joined, this.ctx.catalog) ? { name: `__pgt_a${i}`, notNull: false, type: 'float8' } : { name: `__pgt_a${i}`, notNull: false };
        }),
      ],
    };
    if (sets) groupingSetsAt.set(aggregate, this.pos(firstLocation(items.find((g) => 'GroupingSet' in g))));
    let top: Op = aggregate;
    if (having) top = { kind: 'filter', input: top, predicate: resolveMarkers(having), columns: top.columns };
    const out = this.project(
      top,
      projected.map((p) => resolveMarkers(p.node)),
      projected.map((p) => p.name),
      s,
    );
    // A grouped query's rows are its groups, one each, which its refresh keeps by group key.
    if (out.kind === 'project' && out.setReturning) throw new UnsupportedError('a set-returning function in the SELECT list of a grouped query', this.pos(firstLocation(s.targetList)));
    return out;
  }

  /**
   * An aggregate maintained by recomputing each changed group from its rows: one whose value
   * depends on nothing but the rows of the group. Aggregates that concatenate in an order need
   * `ORDER BY` inside the call (PostgreSQL's order is otherwise that of the plan, which a
   * recomputation does not reproduce); `any_value()` picks an arbitrary row.
   */
  private recomputedCall(fc: FuncCall, fn: string, scope: Scope, aggregates: AggregateCall[], aggKeys: string[]): number {
    const pos = this.pos(fc.location);
    if (!RECOMPUTED_AGGREGATES.has(fn)) throw new UnsupportedError(`aggregate ${fn}()`, pos);
    if (ORDERED_AGGREGATES.has(fn) && !fc.agg_order?.length && !fc.agg_distinct) {
      throw new UnsupportedError(`${fn}() without ORDER BY`, pos, 'the order of its values would be unspecified; add ORDER BY inside the call');
    }
    for (const a of [...(fc.args ?? []), ...(fc.agg_order ?? [])]) {
      if (this.containsAggregate(a)) throw new TrickleError('aggregate function calls cannot be nested', pos);
    }
    const bound = (n: Node) => this.scalar(n, scope, `${fn}()`).ast;
    const call: Node = {
      FuncCall: {
        ...fc,
        args: fc.args?.map(bound),
        agg_order: fc.agg_order?.map((o) => {
          const sort = (o as { SortBy: { node?: Node } }).SortBy;
          return { SortBy: { ...sort, node: sort.node && bound(sort.node), location: undefined } } as Node;
        }),
        agg_filter: fc.agg_filter && bound(fc.agg_filter as Node),
        location: undefined,
      },
    } as Node;
    const expr = makeExpr(call);
    const existing = aggKeys.indexOf(expr.key);
    if (existing >= 0) return existing;
    aggKeys.push(expr.key);
    aggregates.push({ fn: 'recompute', arg: undefined, call: expr, text: deparse({ FuncCall: { ...fc, location: undefined } } as Node) });
    return aggregates.length - 1;
  }

  /** `SELECT c.name ... GROUP BY c.id` is valid when c.id is c's primary key. */
  private functionallyDependent(col: number, keys: readonly Expr[], scope: Scope): boolean {
    const entry = scope.entryOf(col);
    const relation = entry.relation;
    const pk = relation?.kind === 'table' ? relation.key : undefined;
    if (!relation || !pk?.length) return false;
    return pk.every((name) => {
      const i = relation.columns.findIndex((c) => c.name === name);
      return keys.some((k) => k.key === `$${entry.offset + i + 1}`);
    });
  }

  private aggregateCall(fc: FuncCall, scope: Scope, aggregates: AggregateCall[], aggKeys: string[], input: Op): number {
    const fn = funcName(fc);
    const pos = this.pos(fc.location);
    if (fc.func_variadic) throw new UnsupportedError(`VARIADIC`, pos);
    if (!SUPPORTED_AGGREGATES.has(fn) || fc.agg_distinct || fc.agg_order?.length || fc.agg_within_group) return this.recomputedCall(fc, fn, scope, aggregates, aggKeys);
    const args = fc.args ?? [];
    if (fc.agg_star) {
      if (fn !== 'count') throw new TrickleError(`${fn}(*) is not a valid aggregate call`, pos);
    } else if (args.length !== 1) {
      throw new TrickleError(`${fn}() takes exactly one argument`, pos);
    }
    for (const a of args) {
      if (this.containsAggregate(a)) throw new TrickleError('aggregate function calls cannot be nested', pos);
    }
    let argNode: Node | undefined = fc.agg_star ? undefined : (args[0] as Node);
    if (fc.agg_filter) {
      // count(*) FILTER (WHERE p)  ==  count(CASE WHEN p THEN 1 END), and likewise for the others.
      const then = argNode ?? ({ A_Const: { ival: { ival: 1 } } } as Node);
      argNode = { CaseExpr: { args: [{ CaseWhen: { expr: fc.agg_filter, result: then } }] } } as Node;
    }
    const arg = argNode ? this.scalar(argNode, scope, `${fn}()`) : undefined;
    // A floating-point sum kept as a running total drifts from the query's: float addition is not
    // associative, and a value added and subtracted again (1e17, or Infinity) takes the low-order
    // digits (or everything) with it. Such a group is recomputed from its rows instead; over a
    // Citus distributed table, which a refresh cannot read again, a deletion recomputes in full.
    const inexact = (fn === 'sum' || fn === 'avg') && arg !== undefined && mayBeFloat(arg.ast, input.columns, this.ctx.catalog);
    if (inexact && !distributedScan(input)) return this.recomputedCall(fc, fn, scope, aggregates, aggKeys);
    const normalizedFn: AggregateFunction = fn as AggregateFunction;
    const key = `${normalizedFn}(${arg?.key ?? '*'})`;
    const existing = aggKeys.indexOf(key);
    if (existing >= 0) return existing;
    aggKeys.push(key);
    aggregates.push({ fn: normalizedFn, arg, text: deparse({ FuncCall: { ...fc, location: undefined } } as Node), ...(inexact ? { inexact: true as const } : {}) });
    return aggregates.length - 1;
  }
}

// ---- helpers ---------------------------------------------------------------

/** Functions that return a floating-point value (for arguments of any numeric type). */
const FLOAT_FUNCTIONS: ReadonlySet<string> = new Set([
  'float4', 'float8', 'sqrt', 'cbrt', 'power', 'pow', 'exp', 'ln', 'log', 'log10', 'pi', 'random', 'date_part',
  'sin', 'cos', 'tan', 'cot', 'asin', 'acos', 'atan', 'atan2', 'sind', 'cosd', 'tand', 'cotd', 'asind', 'acosd',
  'atand', 'atan2d', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'degrees', 'radians',
]);
const FLOAT_TYPE_NAMES: ReadonlySet<string> = new Set(['float4', 'float8', 'real', 'float', 'double precision']);
/** Functions of a number that return double precision unless their argument is numeric (round(int) is round(float8)). */
const FLOAT_UNLESS_NUMERIC: ReadonlySet<string> = new Set(['round', 'ceil', 'ceiling', 'floor', 'trunc', 'sign', 'erf', 'erfc', 'gamma', 'lgamma']);
/** Operators of double precision arguments (an integer's ^ is float8 ^ float8), and the distances and lengths of geometric types. */
const FLOAT_OPERATORS: ReadonlySet<string> = new Set(['^', '|/', '||/', '<->', '@-@']);

/** A column of an integer or numeric type. */
function isExactNumber(n: Node | undefined, columns: readonly OutputColumn[]): boolean {
  const type = n !== undefined && 'ParamRef' in n ? columns[(n.ParamRef.number ?? 0) - 1]?.type : undefined;
  return isInteger(type) || type === 'numeric';
}

/** What schema/ declares that types expressions: the types it creates, what its functions return. */
type DeclaredTypes = Pick<Catalog, 'types' | 'functionTypes'>;

/**
 * The type a computed column records (see OutputColumn.type), where it changes the generated
 * SQL: one without equality (opaque), one PostgreSQL must not hash (money, texthash; see
 * unhashedType), floating point; otherwise none, and the generated SQL takes the general form.
 */
export function computedType(ast: Node, columns: readonly OutputColumn[], declared: DeclaredTypes): KnownType | undefined {
  if (mayBeOpaque(ast, columns, declared)) return 'opaque';
  return unhashedType(ast, columns, declared) ?? (mayBeFloat(ast, columns, declared) ? 'float8' : undefined);
}

/** The type recorded for a column holding values of all these types (a UNION's, VALUES'): the one that changes the generated SQL most. */
function strongest(types: readonly (KnownType | undefined)[]): KnownType | undefined {
  if (types.includes('opaque')) return 'opaque';
  if (types.includes('texthash')) return 'texthash';
  if (types.includes('money')) return 'money';
  return types.some(isFloat) ? 'float8' : undefined;
}

// Functions whose value is one of their arguments' (by position), so of its type.
const PASSING_FUNCTIONS: Readonly<Record<string, readonly number[]>> = {
  min: [0], max: [0], any_value: [0], first_value: [0], last_value: [0], nth_value: [0], lag: [0, 2], lead: [0, 2],
};

/**
 * Whether a bound expression has a type whose values PostgreSQL must not hash for the generated
 * SQL (money, or one hashed by its text, such as an enum: see catalog/types.ts): a column of one,
 * a cast to one, or a value chosen among such values (CASE, COALESCE, NULLIF, GREATEST, LEAST,
 * min, max, window value functions), and arrays of them. A type missed here is hashed by
 * PostgreSQL, which fails for money and differs from node to node on Citus for an enum.
 */
export function unhashedType(ast: Node, columns: readonly OutputColumn[], declared: DeclaredTypes): KnownType | undefined {
  const n = ast as Record<string, any>;
  const among = (nodes: readonly (Node | undefined)[]): KnownType | undefined => {
    const types = nodes.map((x) => (x === undefined ? undefined : unhashedType(x, columns, declared)));
    return types.includes('texthash') ? 'texthash' : types.includes('money') ? 'money' : undefined;
  };
  if ('ParamRef' in n) {
    const type = columns[(n.ParamRef.number ?? 0) - 1]?.type;
    return type === 'texthash' || type === 'money' ? type : undefined;
  }
  if ('TypeCast' in n) {
    const names = stringFields(n.TypeCast.typeName?.names ?? []);
    const last = names[names.length - 1] ?? '';
    const builtin = names.length === 1 ? knownType(last) : names[0] === 'pg_catalog' ? knownType(last) : undefined;
    const type = builtin ?? declaredType(names, declared);
    const element = type === 'texthash' || type === 'money' ? type : undefined;
    return n.TypeCast.typeName?.arrayBounds?.length ? (element ? arrayOf(element) : undefined) : element;
  }
  if ('CaseExpr' in n) return among([...(n.CaseExpr.args ?? []).map((w: Node) => ('CaseWhen' in w ? w.CaseWhen.result : undefined)), n.CaseExpr.defresult]);
  if ('CoalesceExpr' in n) return among(n.CoalesceExpr.args ?? []);
  if ('MinMaxExpr' in n) return among(n.MinMaxExpr.args ?? []);
  if ('A_Expr' in n && n.A_Expr.kind === 'AEXPR_NULLIF') return among([n.A_Expr.lexpr]);
  if ('A_ArrayExpr' in n) {
    const element = among(n.A_ArrayExpr.elements ?? []);
    return element ? arrayOf(element) : undefined;
  }
  if ('FuncCall' in n) {
    const name = funcName(n.FuncCall as FuncCall);
    const args: Node[] = n.FuncCall.args ?? [];
    if (name === 'array_agg') {
      const element = among([args[0]]);
      return element ? arrayOf(element) : undefined;
    }
    const returns = declaredReturn(n.FuncCall as FuncCall, declared);
    if (returns === 'texthash' || returns === 'money') return returns;
    return among((PASSING_FUNCTIONS[name] ?? []).map((i) => args[i]));
  }
  return undefined;
}

/**
 * Whether a bound expression over `columns` may have a floating-point value: it reads a float
 * column, casts to a float type or calls a function that returns one. (Some such functions also
 * have exact variants; erring that way only costs a recomputation.)
 */
export function mayBeFloat(ast: Node, columns: readonly OutputColumn[], declared: DeclaredTypes): boolean {
  let found = false;
  walkAst(ast, (n, type) => {
    if (found) return false;
    if (type === 'ParamRef') {
      const number = (n as { ParamRef: { number?: number } }).ParamRef.number ?? 0;
      if (isFloat(columns[number - 1]?.type)) found = true;
    } else if (type === 'TypeCast') {
      const names = stringFields((n as { TypeCast: { typeName?: { names?: Node[] } } }).TypeCast.typeName?.names ?? []);
      const last = names[names.length - 1] ?? '';
      // A built-in float type, or a domain over one that schema/ creates.
      if (FLOAT_TYPE_NAMES.has(last) || isFloat(declaredType(names, declared))) found = true;
    } else if (type === 'FuncCall') {
      const fc = (n as { FuncCall: FuncCall }).FuncCall;
      const name = funcName(fc);
      const numeric = (a: Node | undefined) => a !== undefined && 'ParamRef' in a && columns[(a.ParamRef.number ?? 0) - 1]?.type === 'numeric';
      if (FLOAT_FUNCTIONS.has(name) || isFloat(declaredReturn(fc, declared)) || (FLOAT_UNLESS_NUMERIC.has(name) && !numeric(fc.args?.[0]))) found = true;
      // length() of a text or an array is an integer; of a path or a line segment, a float.
      else if (BUILTIN_FLOAT_RESULTS.has(name) && (name !== 'length' || (fc.args?.[0] !== undefined && mayBeOpaque(fc.args[0], columns, declared)))) found = true;
      // Of numbers, a float; of intervals (which the compiler does not tell apart from other types), an interval.
      else if (name === 'percentile_cont' && (fc.agg_order ?? []).some((o) => 'SortBy' in o && isExactNumber(o.SortBy.node, columns))) found = true;
    } else if (type === 'A_Expr') {
      const e = (n as { A_Expr: { name?: Node[]; lexpr?: Node; rexpr?: Node } }).A_Expr;
      const op = stringFields(e.name ?? []).join('.');
      const money = (a: Node | undefined) => a !== undefined && 'ParamRef' in a && columns[(a.ParamRef.number ?? 0) - 1]?.type === 'money';
      // money / money is a float ratio.
      if (FLOAT_OPERATORS.has(op) || (op === '/' && money(e.lexpr) && money(e.rexpr))) found = true;
    } else if (type === 'A_Indirection') {
      // An element of an array, whose element type trickle does not record: maybe a float.
      const ind = (n as { A_Indirection: { arg?: Node; indirection?: Node[] } }).A_Indirection;
      const arg = ind.arg;
      if (arg && 'ParamRef' in arg && columns[(arg.ParamRef.number ?? 0) - 1]?.type === 'array') found = true;
      // A field of a composite value ((p).x, (f(...)).x), whose field types trickle does not record.
      if ((ind.indirection ?? []).some((i) => 'String' in i)) found = true;
    }
    return undefined;
  });
  return found;
}

// Functions and aggregates that return json, xml or a geometric type (see OPAQUE_TYPE_NAMES).
const OPAQUE_FUNCTIONS: ReadonlySet<string> = new Set([
  'to_json', 'array_to_json', 'row_to_json', 'json_build_array', 'json_build_object', 'json_object', 'json_strip_nulls',
  'json_extract_path', 'json_array_element', 'json_object_field', 'json_agg', 'json_agg_strict', 'json_object_agg',
  'json_object_agg_strict', 'json_object_agg_unique', 'json_object_agg_unique_strict',
  'xmlagg', 'xmlcomment', 'xmltext', 'xpath', 'query_to_xml', 'table_to_xml', 'cursor_to_xml',
  'point', 'line', 'lseg', 'box', 'path', 'polygon', 'circle', 'center', 'bound_box', 'closest_point', 'popen', 'pclose',
]);

/**
 * Whether a bound expression over `columns` has a type without an equality operator (json, xml,
 * geometric): a column of one, a cast to one, a function returning one, json `->`/`#>` of json,
 * or a CASE/COALESCE choosing among them. An opaque value missed here is one PostgreSQL cannot
 * compare, so a stream table that must compare it fails loudly when created; one wrongly marked
 * would be compared by its text, so only the expression's own type counts, not what it reads.
 */
export function mayBeOpaque(ast: Node, columns: readonly OutputColumn[], declared: DeclaredTypes): boolean {
  const n = ast as Record<string, any>;
  if ('ParamRef' in n) return isOpaque(columns[(n.ParamRef.number ?? 0) - 1]?.type);
  if ('TypeCast' in n) {
    const names: Node[] = n.TypeCast.typeName?.names ?? [];
    const last = names[names.length - 1];
    return last !== undefined && 'String' in last && OPAQUE_TYPE_NAMES.has(last.String.sval ?? '');
  }
  if ('FuncCall' in n) return OPAQUE_FUNCTIONS.has(funcName(n.FuncCall as FuncCall)) || isOpaque(declaredReturn(n.FuncCall as FuncCall, declared));
  if ('A_Expr' in n) {
    const op = (n.A_Expr.name ?? []).map((x: Node) => ('String' in x ? x.String.sval : '')).join('.');
    if (n.A_Expr.kind === 'AEXPR_NULLIF') return n.A_Expr.lexpr !== undefined && mayBeOpaque(n.A_Expr.lexpr, columns, declared);
    return (op === '->' || op === '#>') && n.A_Expr.lexpr !== undefined && mayBeOpaque(n.A_Expr.lexpr, columns, declared);
  }
  if ('CaseExpr' in n) {
    const results: Node[] = [...(n.CaseExpr.args ?? []).map((w: Node) => ('CaseWhen' in w ? w.CaseWhen.result : undefined)), n.CaseExpr.defresult];
    return results.some((r) => r !== undefined && mayBeOpaque(r, columns, declared));
  }
  if ('CoalesceExpr' in n) return (n.CoalesceExpr.args ?? []).some((a: Node) => mayBeOpaque(a, columns, declared));
  if ('A_ArrayExpr' in n) return (n.A_ArrayExpr.elements ?? []).some((a: Node) => mayBeOpaque(a, columns, declared));
  if ('XmlExpr' in n) return n.XmlExpr.op !== 'IS_DOCUMENT';
  for (const k of ['JsonObjectConstructor', 'JsonArrayConstructor', 'JsonArrayQueryConstructor', 'JsonObjectAgg', 'JsonArrayAgg']) {
    if (!(k in n)) continue;
    const returning = n[k].output?.typeName?.names ?? [];
    const last = returning[returning.length - 1];
    return last === undefined || ('String' in last && OPAQUE_TYPE_NAMES.has(last.String.sval ?? ''));
  }
  return false;
}

export function resolveRelation(name: QualifiedName, ctx: Pick<BindContext, 'catalog' | 'streams'>): SourceRelation | undefined {
  const table = findTable(ctx.catalog, name);
  if (table) {
    let relation = TABLE_RELATIONS.get(table);
    if (relation) return relation;
    const notNull = (k: readonly string[]) => k.every((c) => table.columns.find((x) => x.name === c)?.notNull);
    const notNullKey = table.uniqueKeys.find(notNull);
    const nullableKeys = table.uniqueKeys.filter((k) => !notNull(k));
    relation = {
      kind: 'table',
      name: table.name,
      columns: table.columns.map((c) => typed({ name: c.name, notNull: c.notNull }, c)),
      key: table.primaryKey.length ? table.primaryKey : notNullKey,
      ...(nullableKeys.length ? { nullableKeys } : {}),
      ...(onCoordinator(table.placement) ? { readFrom: copyView(table.name) } : {}),
      ...(table.placement.kind === 'distributed' ? { distributed: true } : {}),
    };
    TABLE_RELATIONS.set(table, relation);
    return relation;
  }
  const stream = ctx.streams.get(qualifiedKey(name));
  if (stream) return { kind: 'stream', name: stream.name, columns: stream.columns, key: stream.key };
  return undefined;
}

// A table's relation, made once per catalog table (immutable both): every reference to the table
// in every stream table resolves it.
const TABLE_RELATIONS = new WeakMap<Table, SourceRelation>();

/** The type schema/ creates under a (qualified or public) type name, as a cast writes it. */
function declaredType(names: readonly string[], declared: DeclaredTypes): KnownType | undefined {
  return declared.types?.get(qualifiedKey({ schema: names.length > 1 ? names[names.length - 2]! : DEFAULT_SCHEMA, name: names[names.length - 1] ?? '' }));
}

/** What schema/ declares a called function returns (by its unqualified name, as the catalog records it). */
function declaredReturn(fc: FuncCall, declared: DeclaredTypes): KnownType | undefined {
  const names = stringFields(fc.funcname ?? []);
  return declared.functionTypes?.get(names[names.length - 1] ?? '');
}

export function funcName(fc: FuncCall): string {
  const names = (fc.funcname ?? []).map((n) => ('String' in n ? n.String.sval ?? '' : ''));
  if (names.length === 2 && names[0] !== 'pg_catalog') return names.join('.');
  return names[names.length - 1] ?? '';
}

/** A call of an aggregate: a built-in one, one schema/ creates (`userAggregates`), or one written as such (`f(*)`, `DISTINCT`, `FILTER`). */
function isAggregateCall(fc: FuncCall, userAggregates: ReadonlySet<string> | undefined): boolean {
  if (fc.over) return false;
  const fn = funcName(fc);
  return SUPPORTED_AGGREGATES.has(fn) || OTHER_AGGREGATES.has(fn) || userAggregates?.has(fn) === true || fc.agg_star === true || fc.agg_distinct === true || fc.agg_filter !== undefined;
}

// Window functions whose values depend on the order of rows that tie (or, without ORDER BY, on
// the order rows are read in); order-sensitive aggregates used as window functions among them.
const TIE_SENSITIVE_WINDOW: ReadonlySet<string> = new Set([
  'row_number', 'ntile', 'lag', 'lead', 'first_value', 'last_value', 'nth_value',
  'string_agg', 'array_agg', 'json_agg', 'jsonb_agg', 'json_object_agg', 'jsonb_object_agg', 'xmlagg',
]);
const WINDOW_COUNTS: ReadonlySet<string> = new Set(['row_number', 'rank', 'dense_rank', 'count']);
/** Window functions returning one of their argument's values. */
const VALUE_WINDOW: ReadonlySet<string> = new Set(['lag', 'lead', 'first_value', 'last_value', 'nth_value', 'min', 'max']);

/**
 * Set-returning functions a FROM item may call: the number of arguments they take, their output
 * columns when they return a row or name their one column (otherwise one column named after the
 * alias, or one per array for unnest), and which of those are json (no equality operator).
 */
const SET_RETURNING: Readonly<Record<string, { readonly args: readonly [number, number]; readonly columns?: readonly string[]; readonly opaque?: readonly boolean[]; readonly definitionList?: boolean }>> = {
  unnest: { args: [1, 100] },
  generate_series: { args: [2, 4] },
  generate_subscripts: { args: [2, 3] },
  regexp_split_to_table: { args: [2, 3] },
  regexp_matches: { args: [2, 3] },
  string_to_table: { args: [2, 3] },
  // Their one column is an OUT parameter named value, whatever the alias.
  json_array_elements: { args: [1, 1], columns: ['value'], opaque: [true] },
  json_array_elements_text: { args: [1, 1], columns: ['value'] },
  jsonb_array_elements: { args: [1, 1], columns: ['value'] },
  jsonb_array_elements_text: { args: [1, 1], columns: ['value'] },
  json_object_keys: { args: [1, 1] },
  jsonb_object_keys: { args: [1, 1] },
  json_each: { args: [1, 1], columns: ['key', 'value'], opaque: [false, true] },
  json_each_text: { args: [1, 1], columns: ['key', 'value'] },
  jsonb_each: { args: [1, 1], columns: ['key', 'value'] },
  jsonb_each_text: { args: [1, 1], columns: ['key', 'value'] },
  json_to_record: { args: [1, 1], definitionList: true },
  jsonb_to_record: { args: [1, 1], definitionList: true },
  json_to_recordset: { args: [1, 1], definitionList: true },
  jsonb_to_recordset: { args: [1, 1], definitionList: true },
  jsonb_path_query: { args: [2, 4] },
};

/** Whether a query reads a relation of that unqualified name anywhere (in FROM, in subqueries). */
function readsRelation(node: unknown, name: string): boolean {
  let found = false;
  walkAst(node, (n, type) => {
    if (type === 'RangeVar') {
      const rv = (n as { RangeVar: RangeVar }).RangeVar;
      if (rv.schemaname === undefined && rv.relname === name) found = true;
    }
    return !found;
  });
  return found;
}

/** Other built-in set-returning functions a SELECT list may call (those above are too). */
const BUILTIN_SET_RETURNING: ReadonlySet<string> = new Set([
  'json_populate_recordset', 'jsonb_populate_recordset', 'json_to_recordset', 'jsonb_to_recordset', 'jsonb_path_query',
  'ts_stat', 'ts_token_type', 'ts_parse', 'aclexplode', 'pg_options_to_table', 'xmltable',
]);

/** `x IN (VALUES (a), (b))` (or `= ANY`) as a SubLink of a VALUES list, which is a list of values rather than a table. */
function isInValues(link: SubLink): boolean {
  const names = stringFields(link.operName ?? []);
  const sub = (link.subselect as { SelectStmt?: SelectStmt } | undefined)?.SelectStmt;
  if (link.subLinkType !== 'ANY_SUBLINK' || !(names.length === 0 || (names.length === 1 && names[0] === '=')) || !sub?.valuesLists || sub.sortClause || sub.limitCount || sub.limitOffset) return false;
  // As many values per row as the tested expression has (a row constructor's fields, or one).
  const test = link.testexpr as Node | undefined;
  const width = test && 'RowExpr' in test ? (test.RowExpr.args?.length ?? 0) : 1;
  return sub.valuesLists.every((row) => ('List' in row ? (row.List.items?.length ?? 0) : 0) === width);
}

/** The statement with every `x IN (VALUES ...)` written as `x IN (...)`: the same values, the same NULL rules, no subquery. */
function inValuesAsList(s: SelectStmt): SelectStmt {
  let found = false;
  walkAst(s, (n, type) => {
    if (type === 'SubLink' && isInValues((n as { SubLink: SubLink }).SubLink)) found = true;
    return !found;
  });
  if (!found) return s;
  const rewritten = mapAst({ SelectStmt: s }, (n, type) => {
    if (type !== 'SubLink') return undefined;
    const link = (n as { SubLink: SubLink }).SubLink;
    if (!isInValues(link)) return undefined;
    const rows = ((link.subselect as { SelectStmt: SelectStmt }).SelectStmt.valuesLists ?? []).map((row) => {
      const items = ('List' in row ? row.List.items : undefined) ?? [];
      return items.length === 1 ? items[0]! : ({ RowExpr: { args: items, row_format: 'COERCE_IMPLICIT_CAST' } } as Node);
    });
    return { A_Expr: { kind: 'AEXPR_IN', name: [{ String: { sval: '=' } }], lexpr: link.testexpr, rexpr: { List: { items: rows } }, location: link.location } } as Node;
  }) as { SelectStmt: SelectStmt };
  return rewritten.SelectStmt;
}

/**
 * A LATERAL subquery's `ORDER BY ... LIMIT n` per row before it: its rows (`plain`, with the inner
 * sides of its correlation as more columns) numbered by row_number() per inner sides in its ORDER
 * BY, and the first n kept. ORDER BY's positions and output names stand for the SELECT list's
 * expressions; `check` sees each expression ordered by.
 */
function lateralTopN(sub: SelectStmt, plain: SelectStmt, targets: readonly ResTarget[], innerSides: readonly Node[], limit: number, check: (expr: Node) => void): SelectStmt {
  const order = sub.sortClause!.map((o) => {
    const sort = (o as { SortBy: { node?: Node } }).SortBy;
    const node = sort.node as Node;
    let val: Node | undefined;
    if ('A_Const' in node && node.A_Const.ival !== undefined) val = targets[(node.A_Const.ival.ival ?? 0) - 1]?.val as Node | undefined;
    else if ('ColumnRef' in node && stringFields(node.ColumnRef.fields).length === 1) val = targets.find((t) => t.name === stringFields((node as { ColumnRef: { fields: Node[] } }).ColumnRef.fields)[0])?.val as Node | undefined;
    const expr = val ?? node;
    check(expr);
    return { SortBy: { ...sort, node: expr } } as Node;
  });
  const rowNumber = { FuncCall: { funcname: [{ String: { sval: 'row_number' } }], over: { partitionClause: [...innerSides], orderClause: order, frameOptions: 1058 } } } as Node;
  const numbered = { ...plain, targetList: [...plain.targetList!, resTarget(rowNumber, 'pgt_lateral_rn')], limitCount: undefined } as SelectStmt;
  const rn = { ColumnRef: { fields: [{ String: { sval: 'pgt_lateral_top' } }, { String: { sval: 'pgt_lateral_rn' } }] } } as Node;
  return {
    targetList: [{ ResTarget: { val: { ColumnRef: { fields: [{ A_Star: {} }] } } } } as Node],
    fromClause: [{ RangeSubselect: { subquery: { SelectStmt: numbered }, alias: { aliasname: 'pgt_lateral_top' } } } as Node],
    whereClause: { A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '<=' } }], lexpr: rn, rexpr: { A_Const: { ival: { ival: limit } } } } } as Node,
    op: 'SETOP_NONE',
  } as SelectStmt;
}

/** AST node types that are parts of an expression rather than expressions of their own. */
const EXPRESSION_PARTS: ReadonlySet<string> = new Set(['CaseWhen', 'SortBy', 'WindowDef', 'ResTarget', 'NamedArgExpr', 'A_Indices', 'A_Star', 'String', 'List', 'TypeName', 'Alias']);

/**
 * Window functions of a grouped query (`rank() OVER (PARTITION BY region ORDER BY sum(amount)
 * DESC)`) run over its groups, so the query is read as its grouping in a subquery in FROM and the
 * windows over that: every expression of the SELECT list outside the window functions, and every
 * argument, PARTITION BY and ORDER BY expression of theirs, becomes a column of the grouping
 * (`sum(amount)`, `region`), read by its column in the query around it. Each output keeps its
 * name. Undefined for `*` in the SELECT list, which a grouped query may not hold anyway, and for
 * DISTINCT ON.
 */
function windowsOverGroups(s: SelectStmt): SelectStmt | undefined {
  const targets = (s.targetList ?? []).map((t) => (t as { ResTarget: ResTarget }).ResTarget);
  if (targets.some((t) => t.val && 'ColumnRef' in t.val && stringFields(t.val.ColumnRef.fields).includes('*'))) return undefined;
  // DISTINCT ON keeps the first row in ORDER BY, which the rewrite leaves out.
  if (s.distinctClause?.some((d) => Object.keys(d ?? {}).length > 0)) return undefined;
  // GROUP BY 2 and GROUP BY an output name read the SELECT list, which the grouping does not keep:
  // positions become their expressions; an output name (which may also be a column's) is left as is.
  const aliases = new Set(targets.flatMap((t) => (t.name ? [t.name] : [])));
  const groupClause: Node[] = [];
  for (const g of (s.groupClause ?? []) as Node[]) {
    if ('GroupingSet' in g) return undefined;
    const position = 'A_Const' in g ? g.A_Const.ival?.ival : undefined;
    const name = 'ColumnRef' in g ? stringFields(g.ColumnRef.fields) : [];
    if (name.length === 1 && aliases.has(name[0] as string)) return undefined;
    if (position === undefined) groupClause.push(g);
    else {
      const val = targets[position - 1]?.val as Node | undefined;
      if (!val || windowCalls([val]).length) return undefined;
      groupClause.push(val);
    }
  }
  const alias = 'pgt_grouped';
  const inner: Node[] = [];
  const seen = new Map<string, number>();
  const reads = (n: Node) => holds(n, ['ColumnRef', 'FuncCall', 'SubLink', 'GroupingFunc']);
  const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 1 && /^[A-Z]/.test(Object.keys(v)[0]!);
  const children = (body: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(body).map(([k, v]) => [k, isNode(v) ? lift(v) : Array.isArray(v) ? v.map((x) => (isNode(x) ? lift(x) : x)) : v]));
  const window = (def: WindowDef): WindowDef => ({
    ...def,
    partitionClause: def.partitionClause?.map(lift),
    orderClause: def.orderClause?.map(lift),
    startOffset: def.startOffset && lift(def.startOffset),
    endOffset: def.endOffset && lift(def.endOffset),
  });
  // An expression without window functions is one column of the grouping; one with them keeps its
  // shape down to them, their arguments and windows being columns.
  function lift(node: Node): Node {
    const [type, body] = Object.entries(node)[0] as [string, Record<string, unknown>];
    if (type === 'WindowDef') return { WindowDef: window(body as WindowDef) } as Node;
    if (!EXPRESSION_PARTS.has(type) && windowCalls([node]).length === 0) {
      if (!reads(node)) return node;
      // The same expression twice is one column: a window ordered by a group key reads the key's column.
      const key = JSON.stringify(node, (k, v) => (k === 'location' ? undefined : v));
      let i = seen.get(key);
      if (i === undefined) {
        i = inner.length;
        seen.set(key, i);
        inner.push(resTarget(node, `pgt_w${i}`));
      }
      return { ColumnRef: { fields: [{ String: { sval: alias } }, { String: { sval: `pgt_w${i}` } }] } } as Node;
    }
    if (type === 'FuncCall' && (body as FuncCall).over) return { FuncCall: { ...children(body), over: window((body as FuncCall).over!) } } as Node;
    return { [type]: children(body) } as unknown as Node;
  }
  const outer = targets.map((t) => resTarget(lift(t.val as Node), t.name ?? figureColname(t.val as Node)));
  const windows = s.windowClause?.map(lift);
  const grouping: SelectStmt = {
    targetList: inner.length ? inner : [resTarget(COUNT_ROWS, 'pgt_rows')],
    fromClause: s.fromClause,
    whereClause: s.whereClause,
    groupClause: groupClause.length ? groupClause : undefined,
    groupDistinct: s.groupDistinct,
    havingClause: s.havingClause,
    op: 'SETOP_NONE',
  } as SelectStmt;
  return {
    targetList: outer,
    fromClause: [{ RangeSubselect: { subquery: { SelectStmt: grouping }, alias: { aliasname: alias } } } as Node],
    distinctClause: s.distinctClause,
    windowClause: windows,
    limitCount: s.limitCount,
    limitOffset: s.limitOffset,
    limitOption: s.limitOption,
    op: 'SETOP_NONE',
  } as SelectStmt;
}

/** The window function calls of a SELECT list (not those of subqueries in it), in order. */
function windowCalls(targets: readonly Node[] | undefined): FuncCall[] {
  const out: FuncCall[] = [];
  walkAst(targets, (n, type) => {
    if (type === 'SubLink') return false;
    if (type === 'FuncCall' && (n as { FuncCall: FuncCall }).FuncCall.over) {
      out.push((n as { FuncCall: FuncCall }).FuncCall);
      return false;
    }
    return true;
  });
  return out;
}

function containsAggregate(node: unknown, userAggregates: ReadonlySet<string> | undefined): boolean {
  let found = false;
  walkAst(node, (n, type) => {
    if (found) return false;
    if (type === 'SubLink') return false; // aggregates inside a subquery belong to it
    if (type === 'FuncCall' && isAggregateCall((n as { FuncCall: FuncCall }).FuncCall, userAggregates)) {
      found = true;
      return false;
    }
    return true;
  });
  return found;
}

const tokensBySource = new WeakMap<SourceText, readonly Token[]>();

/** A source's tokens, scanned once: a file of many stream tables may ask for several positions. */
function tokensOf(source: SourceText): readonly Token[] {
  let tokens = tokensBySource.get(source);
  if (!tokens) {
    tokens = scanTokens(source.text);
    tokensBySource.set(source, tokens);
  }
  return tokens;
}

/** A WITH query: its SELECT, its column names if given, and the WITH queries it can read. */
interface WithQuery {
  readonly query: SelectStmt;
  readonly colnames: readonly Node[];
  readonly visible: ReadonlyMap<string, WithQuery>;
  /** A recursive WITH query, bound once: its operator. */
  readonly recursive?: Op;
  /** A recursive query's reference to itself inside its own step: these columns, no rows. */
  readonly self?: readonly OutputColumn[];
}

/** FROM as written: tables, inner joins (which flatten), and outer joins, which keep their sides apart. */
/** The column definition list of a FROM function (`AS r(a int, b text)`), when it has one. */
function definitionTypes(e: ScopeEntry): Partial<Pick<LateralFunction, 'definitions'>> {
  return e.lateral?.definitions ? { definitions: e.lateral.definitions } : {};
}

/** The name of column i of the joined row. */
function columnName(entries: readonly ScopeEntry[], i: number): string | undefined {
  const e = entries.find((x) => i >= x.offset && i < x.offset + x.names.length)!;
  return e.names[i - e.offset];
}

/**
 * `SELECT pgt_s.pgt_c1 AS <name1>, ... FROM (<query>) AS pgt_s(pgt_c1, ...)`, grouped by every
 * column when `grouped` (the distinct rows of the query, NULL equal to NULL).
 */
function selectAllOf(query: SelectStmt, names: readonly string[], grouped: boolean): SelectStmt {
  const str = (sval: string) => ({ String: { sval } }) as Node;
  const cols = names.map((_, i) => `pgt_c${i + 1}`);
  const refs = cols.map((c) => ({ ColumnRef: { fields: [str('pgt_s'), str(c)] } }) as Node);
  return {
    targetList: refs.map((r, i) => resTarget(r, names[i]!)),
    fromClause: [{ RangeSubselect: { subquery: { SelectStmt: query }, alias: { aliasname: 'pgt_s', colnames: cols.map(str) } } } as Node],
    ...(grouped ? { groupClause: refs } : {}),
    limitOption: 'LIMIT_OPTION_DEFAULT',
    op: 'SETOP_NONE',
  } as SelectStmt;
}

/** `SELECT DISTINCT` (not DISTINCT ON). */
function plainDistinct(s: SelectStmt): boolean {
  return s.distinctClause?.length === 1 && Object.keys(s.distinctClause[0] ?? {}).length === 0;
}

/** The branches of a tree of UNION [ALL] (without ORDER BY, LIMIT or WITH of its own), or undefined for another set operation. */
function unionBranches(s: SelectStmt): SelectStmt[] | undefined {
  if (!s.op || s.op === 'SETOP_NONE') return [s];
  if (s.op !== 'SETOP_UNION' || !s.larg || !s.rarg || s.withClause || s.sortClause?.length || s.limitCount || s.limitOffset) return undefined;
  const [l, r] = [unionBranches(s.larg), unionBranches(s.rarg)];
  return l && r ? [...l, ...r] : undefined;
}

/**
 * A correlation `inner = outer` as the grouping compares it: the subquery is grouped by `inner`
 * and joined by `= outer`, so a COLLATE around either side, which decides how the whole equality
 * compares, goes around both (grouped under the column's own collation, `'alice'` and `'Alice'`
 * would be one group under a case-insensitive one where the equality says "C"). A COLLATE deeper
 * inside a side also decides: undefined, not a correlation trickle can group by.
 */
function collatedKey(key: { inner: Node; outer: Node }): { inner: Node; outer: Node } | undefined {
  const deeper = (n: Node) => {
    let found = false;
    walkAst(withoutCollate(n), (_, type) => {
      if (type === 'CollateClause') found = true;
      // A subquery's own COLLATE decides inside it only.
      return type !== 'SubLink';
    });
    return found;
  };
  if (deeper(key.inner) || deeper(key.outer)) return undefined;
  const clause = collateOf(key.outer) ?? collateOf(key.inner);
  if (!clause) return key;
  return { inner: underCollation(withoutCollate(key.inner), clause), outer: underCollation(withoutCollate(key.outer), clause) };
}

/** A node without the COLLATE written around it, if any. */
function withoutCollate(n: Node): Node {
  return collateOf(n) ? (n as { CollateClause: { arg: Node } }).CollateClause.arg : n;
}

/** `bind()`, or `reject()` where it names what it cannot find: a subquery bound apart that reads the query around it. */
function uncorrelated<T>(bind: () => T, reject: () => never): T {
  try {
    return bind();
  } catch (e) {
    if (e instanceof UnresolvedNameError) reject();
    throw e;
  }
}

/** The alias of the entry of the columns FULL JOINs ... USING merge: no query can name it. */
const FULL_USING_ALIAS = '';

/**
 * What `*` gives for `left JOIN right USING (cols)`, as PostgreSQL expands it: the merged columns
 * first (the left side's: equal to the right's in an inner join, the preserved ones in a LEFT
 * JOIN), then the left side's other columns, then the right side's.
 */
function usingStar(left: readonly number[], right: readonly number[], using: readonly string[], nameOf: (i: number) => string | undefined, merged: 'left' | 'right' | readonly number[]): number[] {
  const leftMerged = using.map((c) => left.find((i) => nameOf(i) === c)!);
  const rightMerged = using.map((c) => right.find((i) => nameOf(i) === c)!);
  // A FULL JOIN's merged columns are its own (see Binder.fullUsing): given as they are numbered until `from` places them.
  const first = merged === 'right' ? rightMerged : merged === 'left' ? leftMerged : merged;
  return [...first, ...left.filter((i) => !leftMerged.includes(i)), ...right.filter((i) => !rightMerged.includes(i))];
}

type FromTree =
  | { readonly kind: 'table'; readonly entry: number }
  | { readonly kind: 'inner'; readonly items: readonly FromTree[] }
  | { readonly kind: 'outer'; readonly preserve: 'left' | 'right' | 'full'; readonly left: FromGroup; readonly right: FromGroup; readonly on: readonly Node[] };

/** A part of FROM with the inner-join conditions that belong to it. */
interface FromGroup {
  readonly tree: FromTree;
  readonly quals: readonly Node[];
}

function hasOuterJoin(t: FromTree): boolean {
  return t.kind === 'outer' || (t.kind === 'inner' && t.items.some(hasOuterJoin));
}

/** The tables and outer joins an inner-join tree joins, left to right. */
function innerItems(t: FromTree): Exclude<FromTree, { kind: 'inner' }>[] {
  return t.kind === 'inner' ? t.items.flatMap(innerItems) : [t];
}

function entriesOf(t: FromTree): number[] {
  if (t.kind === 'table') return [t.entry];
  if (t.kind === 'inner') return t.items.flatMap(entriesOf);
  return [...entriesOf(t.left.tree), ...entriesOf(t.right.tree)];
}

/** The columns of the joined row a part of FROM covers: [start, end). Its tables are consecutive. */
function columnRange(t: FromTree, scope: Scope): [number, number] {
  const entries = entriesOf(t).map((i) => scope.entries[i]!);
  const last = entries[entries.length - 1]!;
  return [entries[0]!.offset, last.offset + last.names.length];
}

/** A table, stream table or subquery of FROM, under `alias` and with `colnames` renaming its first columns. */
function addEntry(
  entries: ScopeEntry[],
  alias: string,
  colnames: readonly Node[],
  read: Pick<ScopeEntry, 'relation' | 'columns' | 'derived' | 'lateral' | 'lateralQuery' | 'scalar'>,
  pos: SourcePosition,
): void {
  if (entries.some((e) => e.alias === alias)) throw new TrickleError(`table name "${alias}" specified more than once`, pos);
  const renamed = colnames.map((c) => ('String' in c ? c.String.sval ?? '' : ''));
  if (renamed.length > read.columns.length) {
    throw new TrickleError(`table "${alias}" has ${read.columns.length} columns available but ${renamed.length} columns specified`, pos);
  }
  const names = read.columns.map((c, i) => renamed[i] ?? c.name);
  const offset = entries.reduce((n, e) => n + e.names.length, 0);
  entries.push({ alias, ...read, names, offset });
}

/** `val AS name` of a SELECT list trickle writes. */
function resTarget(val: Node, name: string): Node {
  return { ResTarget: { name, val } } as Node;
}

/** count(*) */
const COUNT_ROWS = { FuncCall: { funcname: [{ String: { sval: 'count' } }], agg_star: true } } as Node;

/** The conditions as one WHERE clause (AND); none for none. */
function andNode(nodes: readonly Node[]): Node | undefined {
  return nodes.length > 1 ? ({ BoolExpr: { boolop: 'AND_EXPR', args: [...nodes] } } as Node) : nodes[0];
}

/** Is `e` a plain column reference to a column known never to be NULL (`column(i)` is column i)? */
function isNotNullColumn(e: Expr, column: (i: number) => OutputColumn | undefined): boolean {
  const ref = plainColumn(e);
  return ref !== undefined && (column(ref)?.notNull ?? false);
}

/** `count > 0` */
function positive(count: Node): Node {
  return { A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '>' } }], lexpr: count, rexpr: { A_Const: { ival: { ival: 0 } } } } } as Node;
}

/** `l = r` over bound columns. */
function equals(l: Node, r: Node): Expr {
  return makeExpr({ A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '=' } }], lexpr: l, rexpr: r } } as Node);
}

/** Does `scope` have this (possibly qualified) column? */
function resolves(scope: Scope, fields: readonly string[]): boolean {
  try {
    scope.resolve(fields, undefined);
    return true;
  } catch {
    return false;
  }
}

function scanOf(e: ScopeEntry): Op {
  return e.derived ?? { kind: 'scan', source: e.relation!, alias: e.alias, columns: e.columns };
}

function and(exprs: readonly Expr[]): Expr {
  if (exprs.length === 0) return makeExpr({ A_Const: { boolval: { boolval: true } } } as Node);
  if (exprs.length === 1) return exprs[0]!;
  return makeExpr({ BoolExpr: { boolop: 'AND_EXPR', args: exprs.map((e) => e.ast) } } as Node);
}

/** The top-level conditions of a conjunction. */
function conjuncts(node: Node): Node[] {
  if ('BoolExpr' in node && node.BoolExpr.boolop === 'AND_EXPR') return (node.BoolExpr.args ?? []).flatMap(conjuncts);
  return [node];
}

// Equalities under which equal values are the same value, written one way.
const ONE_WAY_EQUALITIES: ReadonlySet<string> = new Set(['text', 'bool', 'date', 'timestamp', 'timestamptz', 'time', 'uuid']);

/** Whether equal values of a column are written alike (an integer, text under a deterministic collation, a date, ...). */
function spelledOneWay(c: OutputColumn | undefined): boolean {
  if (!c) return false;
  if (isInteger(c.type)) return true;
  return c.equality !== undefined && ONE_WAY_EQUALITIES.has(c.equality);
}

/**
 * Whether JOIN ... USING may read its merged column as one side's column: PostgreSQL converts both
 * to their common type (an int and a numeric merge as numeric: `qty / 2` is then 1.5, not 1),
 * which trickle does not resolve. Integers of any width, and text with varchar, keep their values.
 */
function mergeableTypes(a: OutputColumn | undefined, b: OutputColumn | undefined): boolean {
  if (!a || !b) return true;
  const text = (t: KnownType | undefined) => t === 'text' || t === 'varchar';
  if (a.type && b.type && a.type !== b.type && !(isInteger(a.type) && isInteger(b.type)) && !(text(a.type) && text(b.type))) return false;
  return a.equality === undefined || b.equality === undefined || a.equality === b.equality;
}

// Why a correlation `inner = outer` is not one a subquery can be grouped by (see comparesAsGrouped).
const INEXACT_CORRELATION = 'its correlation inner = outer compares values whose types or collations differ (char(n) with text, a case-insensitive collation with another), or whose equality trickle cannot tell: cast both sides to one type';

/** A condition of WHERE that is a subquery test, possibly negated. */
interface SubqueryCondition {
  readonly link: SubLink;
  readonly negated: boolean;
}

function subqueryCondition(node: Node): SubqueryCondition | undefined {
  let negated = false;
  while ('BoolExpr' in node && node.BoolExpr.boolop === 'NOT_EXPR' && node.BoolExpr.args?.length === 1) {
    negated = !negated;
    node = node.BoolExpr.args[0]!;
  }
  if (!('SubLink' in node)) return undefined;
  const type = node.SubLink.subLinkType;
  return type === 'EXISTS_SUBLINK' || type === 'ANY_SUBLINK' || type === 'ALL_SUBLINK' ? { link: node.SubLink, negated } : undefined;
}

/** Is `e` a condition `$column = x` (or `x = $column`) where x reads no column at or after `from`? */
function pinsColumn(e: Expr, column: number, from: number, columnAt: (index: number) => OutputColumn | undefined): boolean {
  const a = (e.ast as { A_Expr?: { kind?: string; name?: { String?: { sval?: string } }[]; lexpr?: Node; rexpr?: Node } }).A_Expr;
  if (a?.kind !== 'AEXPR_OP' || a.name?.length !== 1 || a.name[0]?.String?.sval !== '=') return false;
  const param = (x: Node | undefined) => (x as { ParamRef?: { number?: number } } | undefined)?.ParamRef?.number;
  // The value compared as the key column's own equality compares (a literal takes the column's type).
  const exact = (x: Node) => ('A_Const' in x && x.A_Const.sval !== undefined) || equalityOfExpr(x, columnAt) === (columnAt(column)?.equality ?? null);
  const outside = (x: Node | undefined) => x !== undefined && columnsOfAst(x).every((i) => i < from) && exact(x);
  return (param(a.lexpr) === column + 1 && outside(a.rexpr)) || (param(a.rexpr) === column + 1 && outside(a.lexpr));
}

/** `e` reading column i + by wherever it read column i, for the columns i >= from. */
/** `e` with column i read as column perm[i] (the same row, its columns in another order). */
function permuteColumns(e: Expr, perm: readonly number[]): Expr {
  return makeExpr(mapAst(e.ast, (n, type) => (type === 'ParamRef' ? paramRef(perm[((n as { ParamRef: { number?: number } }).ParamRef.number ?? 1) - 1]!) : undefined)) as Node);
}

function shiftColumns(e: Expr, by: number, from = 0): Expr {
  return makeExpr(
    mapAst(e.ast, (n, type) => {
      if (type !== 'ParamRef') return undefined;
      const i = ((n as { ParamRef: { number?: number } }).ParamRef.number ?? 1) - 1;
      return paramRef(i >= from ? i + by : i);
    }) as Node,
  );
}

function not(e: Expr): Expr {
  return makeExpr({ BoolExpr: { boolop: 'NOT_EXPR', args: [e.ast] } } as Node);
}

function booleanTest(e: Expr, test: string): Expr {
  return makeExpr({ BooleanTest: { arg: e.ast, booltesttype: test } } as Node);
}

function qualifiedRef(alias: string, name: string): Node {
  return { ColumnRef: { fields: [{ String: { sval: alias } }, { String: { sval: name } }] } } as Node;
}

function eqAst(left: Node, right: Node): Node {
  return { A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '=' } }], lexpr: left, rexpr: right } } as Node;
}

function coalesceAst(left: Node, right: Node): Node {
  return { CoalesceExpr: { args: [left, right] } } as Node;
}

export function firstLocation(node: unknown): number | undefined {
  let loc: number | undefined;
  const visit = (x: unknown): void => {
    if (loc !== undefined || x === null || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(visit);
    const rec = x as Record<string, unknown>;
    if (typeof rec.location === 'number' && rec.location >= 0) {
      loc = rec.location;
      return;
    }
    Object.values(rec).forEach(visit);
  };
  visit(node);
  return loc;
}

function sublinkName(type: string): string {
  switch (type) {
    case 'EXISTS_SUBLINK':
      return 'EXISTS (subquery)';
    case 'ANY_SUBLINK':
      return 'IN (subquery)';
    case 'ALL_SUBLINK':
      return 'ALL (subquery)';
    case 'ARRAY_SUBLINK':
      return 'ARRAY(subquery)';
    default:
      return 'a scalar subquery';
  }
}

function sqlValueFunctionName(op: string): string {
  return op.replace(/^SVFOP_/, '').replace(/_N$/, '');
}

export { DEFAULT_SCHEMA };

/** Whether an expression holds a node of one of these types (subqueries' included). */
function holds(node: Node, types: readonly string[]): boolean {
  let found = false;
  walkAst(node, (_, type) => {
    if (types.includes(type)) found = true;
    return !found;
  });
  return found;
}

/**
 * Every SELECT of a query without the limits that keep every row: `LIMIT ALL`, `LIMIT NULL`,
 * `OFFSET 0` and `OFFSET NULL` (as PostgreSQL reads them), so that they need no support.
 */
function withoutNoOpLimits(query: Node): unknown {
  const isConst = (n: Node | undefined, nullOrZero: boolean): boolean => {
    const c = n !== undefined && 'A_Const' in n ? n.A_Const : undefined;
    return c !== undefined && (c.isnull === true || (nullOrZero && c.ival !== undefined && (c.ival.ival ?? 0) === 0));
  };
  return mapAst(query, (n, type) => {
    if (type !== 'SelectStmt') return undefined;
    const inner = (n as { SelectStmt: SelectStmt }).SelectStmt;
    let s = Object.fromEntries(Object.entries(inner).map(([k, v]) => [k, withoutNoOpLimits(v as Node)])) as SelectStmt;
    if (isConst(s.limitCount, false) && s.limitOption === 'LIMIT_OPTION_COUNT') s = { ...s, limitCount: undefined, limitOption: 'LIMIT_OPTION_DEFAULT' };
    if (isConst(s.limitOffset, true)) s = { ...s, limitOffset: undefined };
    return { SelectStmt: s } as Node;
  });
}

/** The constant n of `LIMIT n` (0 written as such), undefined without one. */
function limitConstant(s: SelectStmt | undefined): number | undefined {
  return (s?.limitCount as { A_Const?: { ival?: { ival?: number } } } | undefined)?.A_Const?.ival?.ival;
}

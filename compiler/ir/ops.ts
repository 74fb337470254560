/**
 * The operator tree (logical plan) of a stream table's query. Nodes are
 * immutable, discriminated by `kind`; `visitOp` is exhaustive, so a new kind
 * does not compile until every pass handles it.
 */
import type { QualifiedName } from '../catalog/catalog.js';
import { sameEquality, type KnownType } from '../catalog/types.js';
import type { SourcePosition } from '../errors.js';
import type { Expr } from './expr.js';

export interface OutputColumn {
  /** Unique within the operator's output; used as the column name in generated SQL. */
  readonly name: string;
  /** Known never to be NULL. */
  readonly notNull: boolean;
  /** The column's type, when it is one the generated SQL is specialised for (see catalog/types.ts). */
  readonly type?: KnownType;
  /** The equality its values compare with, when known (see catalog/types.ts equalityOfType). */
  readonly equality?: string;
}

/**
 * `column`, with the type and equality of `from` when they are known (no such keys otherwise). A
 * computed value has no known equality: its type is a guess (`float8` where it may be a float).
 */
export function typed(column: OutputColumn, from: { readonly type?: KnownType | undefined; readonly equality?: string | undefined } | undefined): OutputColumn {
  // Called for every column of every scope: no new object where nothing is added.
  if (!from?.type && from?.equality === undefined) return column;
  return { ...column, ...(from.type ? { type: from.type } : {}), ...(from.equality !== undefined ? { equality: from.equality } : {}) };
}

/** A relation a scan reads: a source table or another stream table. */
export interface SourceRelation {
  readonly kind: 'table' | 'stream';
  readonly name: QualifiedName;
  /** All columns, in table order. */
  readonly columns: readonly OutputColumn[];
  /** Columns forming a unique key (never several rows with equal values), if any. */
  readonly key: readonly string[] | undefined;
  /**
   * Other UNIQUE keys, with columns that may be NULL: rows may repeat their values where one is
   * NULL, but at most one row equals (`=`, which no NULL does) given values in all of them.
   */
  readonly nullableKeys?: readonly (readonly string[])[];
  /**
   * Where its current rows are read, when not from `name`: the view over the coordinator's own
   * copy of a Citus reference table, which a query can join with local tables in one snapshot.
   */
  readonly readFrom?: QualifiedName;
  /**
   * A Citus distributed table: its changes are pulled from the workers into a temporary table
   * before the delta statement runs, and its rows can be read by no local statement.
   */
  readonly distributed?: boolean;
}

/** The relation a source's current rows are read from. */
export function readName(s: SourceRelation): QualifiedName {
  return s.readFrom ?? s.name;
}

export interface Scan {
  readonly kind: 'scan';
  readonly source: SourceRelation;
  readonly alias: string;
  readonly columns: readonly OutputColumn[];
}

export interface Filter {
  readonly kind: 'filter';
  readonly input: Op;
  readonly predicate: Expr;
  readonly columns: readonly OutputColumn[];
}

export interface Project {
  readonly kind: 'project';
  readonly input: Op;
  readonly exprs: readonly Expr[];
  readonly columns: readonly OutputColumn[];
  /** An expression calls a set-returning function (`SELECT id, unnest(tags)`): a row may yield several, or none. */
  readonly setReturning?: true;
}

/** Inner join of two or more inputs; `predicate` (if any) reads the concatenated columns. */
export interface Join {
  readonly kind: 'join';
  readonly inputs: readonly Op[];
  readonly predicate: Expr | undefined;
  readonly columns: readonly OutputColumn[];
}

/**
 * LEFT, RIGHT or FULL join of two inputs on `predicate` (over the left's columns, then the
 * right's): the rows of the inner join, plus each row of a preserved side that matches no row
 * of the other, with NULL for the other side's columns.
 */
export interface OuterJoin {
  readonly kind: 'outer_join';
  readonly left: Op;
  readonly right: Op;
  readonly preserve: 'left' | 'right' | 'full';
  readonly predicate: Expr;
  readonly columns: readonly OutputColumn[];
  /** A LEFT JOIN in which each left row matches at most one right row (a scalar subquery's): the left's key stays a key. */
  readonly atMostOneMatch?: boolean;
  /**
   * Of a subquery in the SELECT list: did it, as written, read columns of the query around it?
   * (`x IN (SELECT ...)` does not, though the join compares `x`.) Undefined: not known, as if so.
   */
  readonly correlated?: boolean;
}

/**
 * The rows of `left` that have (`anti`: have not) a row of `right` on which `predicate` (over the
 * left's columns, then the right's) holds: `WHERE EXISTS (subquery)` and `IN (subquery)`, or with
 * `anti`, `NOT EXISTS` and `NOT IN`. Each row of `left` appears once, however many rows it matches.
 */
export interface SemiJoin {
  readonly kind: 'semi_join';
  readonly left: Op;
  readonly right: Op;
  readonly anti: boolean;
  readonly predicate: Expr;
  /** Did the subquery, as written, read columns of the query around it? (INTERSECT and EXCEPT: no.) */
  readonly correlated: boolean;
  /** The left's columns. */
  readonly columns: readonly OutputColumn[];
}

/**
 * `recompute`: any other aggregate whose value depends only on the rows of its group
 * (`count(DISTINCT x)`, `string_agg(x, ',' ORDER BY x)`, `bool_or(x)`, ...): a changed group is
 * recomputed from its rows, as a MIN whose extreme was deleted is.
 */
export type AggregateFunction = 'count' | 'sum' | 'avg' | 'min' | 'max' | 'recompute';

export interface AggregateCall {
  readonly fn: AggregateFunction;
  /** Undefined for count(*) and `recompute`. A FILTER clause is folded in as CASE WHEN filter THEN arg END. */
  readonly arg: Expr | undefined;
  /** For `recompute`: the whole call, over the aggregate's input columns. */
  readonly call?: Expr;
  /** The call as the user wrote it, for comments. */
  readonly text: string;
  /**
   * A SUM or AVG of floating-point values kept as a running total, which deleting a value cannot
   * undo exactly. Only over a Citus distributed table, whose rows a refresh cannot read again to
   * recompute the group (elsewhere such a call is `recompute`): a deletion there recomputes in full.
   */
  readonly inexact?: true;
}

/** GROUP BY `groupBy` computing `aggregates`; output = group keys, then aggregate values. */
export interface Aggregate {
  readonly kind: 'aggregate';
  readonly input: Op;
  readonly groupBy: readonly Expr[];
  readonly aggregates: readonly AggregateCall[];
  readonly columns: readonly OutputColumn[];
  /**
   * GROUPING SETS, ROLLUP, CUBE: each set lists the group keys it groups by (indices into
   * `groupBy`); a key outside a group's set is NULL in that group. The last group key is then
   * GROUPING() of all the others, which tells the sets' groups apart (the same keys may be NULL
   * in one set's group and grouped NULLs in another's), so it is not in any set.
   */
  readonly groupingSets?: readonly (readonly number[])[];
  /** Group keys (indices into `groupBy`) that the others determine: columns of a table whose primary key is grouped. */
  readonly determined?: readonly number[];
}

export interface Distinct {
  readonly kind: 'distinct';
  readonly input: Op;
  readonly columns: readonly OutputColumn[];
}

/**
 * UNION ALL of two or more inputs with the same number of columns, matched by position; the
 * output columns are named after the first input's. (UNION is DISTINCT over UNION ALL.)
 */
export interface Union {
  readonly kind: 'union';
  readonly inputs: readonly Op[];
  readonly columns: readonly OutputColumn[];
}

/**
 * Window functions over `input`, all partitioned alike: output = the input's columns, then one
 * column per call. Not linear, but a partition's values depend on that partition's rows alone, so
 * its changes are the partitions the input's changes touch, recomputed now (+1) and as they were
 * (-1), as for an aggregate below the root.
 */
export interface Window {
  readonly kind: 'window';
  readonly input: Op;
  readonly partitionBy: readonly Expr[];
  /** Each call with its OVER clause, over the input's columns. */
  readonly calls: readonly Expr[];
  readonly columns: readonly OutputColumn[];
}

/** Rows written in the query (`(VALUES (1, 'a'), (2, 'b')) AS v(k, label)`): they never change. */
export interface Values {
  readonly kind: 'values';
  readonly rows: readonly (readonly Expr[])[];
  readonly columns: readonly OutputColumn[];
}

/**
 * A set-returning function in FROM called for each row of `input`, its arguments reading that row
 * (`FROM posts p, unnest(p.tags) AS tag`): output = the input's columns, then the function's (and
 * its ordinality). Linear: a changed row yields its rows, with its weight.
 */
export interface LateralFunction {
  readonly kind: 'lateral_function';
  readonly input: Op;
  /** The call, over the input's columns. */
  readonly call: Expr;
  readonly ordinality: boolean;
  /**
   * Its column definition list, when the call needs one (`jsonb_to_recordset(x) AS r(a int, b
   * text)`): the names are the JSON keys the function reads, so they are kept as written.
   */
  readonly definitions?: readonly { readonly name: string; readonly type: string }[];
  /** `LEFT JOIN LATERAL fn(...) ON on`: a row whose call yields no row (that passes `on`, over the input's columns then the function's) is kept, padded with NULLs. */
  readonly leftJoin?: { readonly on: Expr };
  readonly columns: readonly OutputColumn[];
}

/**
 * A recursive WITH query (`WITH RECURSIVE tree AS (base UNION [ALL] step) ...`), kept as written
 * and run by PostgreSQL. Its changes are its rows now minus its rows as they were (the query run
 * again over the old state of its tables), computed only when one of its tables changed. `base`
 * and `step` are its two terms bound for their tables (the step's reference to itself bound to no
 * rows): they name the sources, and are never rendered.
 */
export interface Recursive {
  readonly kind: 'recursive';
  readonly name: string;
  /** The WITH query's SELECT (base UNION [ALL] step), as written. */
  readonly body: unknown;
  readonly base: Op;
  readonly step: Op;
  readonly columns: readonly OutputColumn[];
}

/**
 * `ORDER BY ... LIMIT n` of the query (only at the root): the first n rows of `input` in the
 * order of `orderBy`, whose columns identify a row (a unique key of the input, or all of its
 * columns), so that no two rows tie. The input's columns after the visible ones (`columns`) are
 * what the order reads beyond the SELECT list: the stream table keeps them hidden.
 */
export interface TopN {
  readonly kind: 'top_n';
  readonly input: Op;
  readonly orderBy: readonly SortKey[];
  readonly limit: number;
  readonly columns: readonly OutputColumn[];
}

/** A column of the input, ascending or descending, NULLs first or last. */
export interface SortKey {
  readonly column: number;
  readonly descending: boolean;
  readonly nullsFirst: boolean;
}

export type Op = Scan | Filter | Project | Join | OuterJoin | SemiJoin | Aggregate | Distinct | Union | Window | Values | LateralFunction | Recursive | TopN;

export interface OpVisitor<R> {
  scan(op: Scan): R;
  filter(op: Filter): R;
  project(op: Project): R;
  join(op: Join): R;
  outerJoin(op: OuterJoin): R;
  semiJoin(op: SemiJoin): R;
  aggregate(op: Aggregate): R;
  distinct(op: Distinct): R;
  union(op: Union): R;
  window(op: Window): R;
  values(op: Values): R;
  lateralFunction(op: LateralFunction): R;
  recursive(op: Recursive): R;
  topN(op: TopN): R;
}

export function visitOp<R>(op: Op, v: OpVisitor<R>): R {
  switch (op.kind) {
    case 'scan':
      return v.scan(op);
    case 'filter':
      return v.filter(op);
    case 'project':
      return v.project(op);
    case 'join':
      return v.join(op);
    case 'outer_join':
      return v.outerJoin(op);
    case 'semi_join':
      return v.semiJoin(op);
    case 'aggregate':
      return v.aggregate(op);
    case 'distinct':
      return v.distinct(op);
    case 'union':
      return v.union(op);
    case 'window':
      return v.window(op);
    case 'values':
      return v.values(op);
    case 'lateral_function':
      return v.lateralFunction(op);
    case 'recursive':
      return v.recursive(op);
    case 'top_n':
      return v.topN(op);
    default: {
      const never: never = op;
      throw new Error(`unknown operator ${JSON.stringify(never)}`);
    }
  }
}

export function inputsOf(op: Op): readonly Op[] {
  return visitOp<readonly Op[]>(op, {
    scan: () => [],
    filter: (o) => [o.input],
    project: (o) => [o.input],
    join: (o) => o.inputs,
    outerJoin: (o) => [o.left, o.right],
    semiJoin: (o) => [o.left, o.right],
    aggregate: (o) => [o.input],
    distinct: (o) => [o.input],
    union: (o) => o.inputs,
    window: (o) => [o.input],
    values: () => [],
    lateralFunction: (o) => [o.input],
    recursive: (o) => [o.base, o.step],
    topN: (o) => [o.input],
  });
}

/** Every scan below `op`, left to right. */
export function scansOf(op: Op): Scan[] {
  return op.kind === 'scan' ? [op] : inputsOf(op).flatMap(scansOf);
}

/** The first scan of a Citus distributed table in the tree, if any. */
export function distributedScan(op: Op): Scan | undefined {
  return scansOf(op).find((s) => s.source.distributed);
}

/**
 * Whether the delta renderer (diff/linear.ts) computes the subtree's current rows and changes from
 * its sources alone: every operator but DISTINCT. (An aggregate there, below the root, recomputes
 * the groups its input's changes touch, before and after; at the root it keeps state instead.)
 */
export function isDeltaRenderable(op: Op): boolean {
  // A recursive WITH query is run as written, whatever its terms hold.
  return op.kind === 'recursive' || (op.kind !== 'distinct' && op.kind !== 'top_n' && inputsOf(op).every(isDeltaRenderable));
}

/** The operator below any projections and filters over it: what they compute their rows from. */
export function beneathProjections(op: Op): Op {
  return op.kind === 'project' || op.kind === 'filter' ? beneathProjections(op.input) : op;
}

/**
 * A unique key of the operator's output, as column indexes; [] means "at
 * most one row"; undefined means rows may repeat.
 */
export function uniqueKey(op: Op): readonly number[] | undefined {
  return visitOp<readonly number[] | undefined>(op, {
    scan: (o) => {
      const key = o.source.key;
      if (!key) return undefined;
      return key.map((k) => o.source.columns.findIndex((c) => c.name === k));
    },
    filter: (o) => uniqueKey(o.input),
    project: (o) => {
      const merged = coalescedKey(o);
      if (merged) return merged;
      const inner = o.setReturning ? undefined : uniqueKey(o.input);
      if (!inner) return undefined;
      const out: number[] = [];
      for (const k of inner) {
        const at = o.exprs.findIndex((e) => e.key === `$${k + 1}`);
        if (at < 0) return undefined;
        out.push(at);
      }
      return out;
    },
    join: (o) => joinKey(o),
    // A row of a preserved side may appear with NULLs instead of the other side's key; but where
    // each of its rows matches at most one row of the other side, that side's key stays one.
    outerJoin: (o) => {
      const n = o.left.columns.length;
      const [l, r] = [uniqueKey(o.left), uniqueKey(o.right)?.map((k) => k + n)];
      const equal = equalities(o.predicate.ast, [...o.left.columns, ...o.right.columns]);
      if (o.preserve === 'left' && (o.atMostOneMatch || (r?.length && equated(r, equal, (c) => c < n)))) return l;
      if (o.preserve === 'right' && l?.length && equated(l, equal, (c) => c >= n)) return r;
      // Otherwise both keys together: a row padded with NULLs for a side has NULL where that side's
      // key, never NULL in its own rows, would be, so it is told apart from every joined row.
      if (!l?.length || !r?.length) return undefined;
      const padded = (key: readonly number[]) => key.every((k) => (k < n ? o.left.columns[k]! : o.right.columns[k - n]!).notNull);
      if ((o.preserve !== 'left' && !padded(l)) || (o.preserve !== 'right' && !padded(r))) return undefined;
      return [...l, ...r];
    },
    semiJoin: (o) => uniqueKey(o.left),
    aggregate: (o) => o.groupBy.flatMap((_, i) => (o.determined?.includes(i) ? [] : [i])),
    distinct: (o) => o.columns.map((_, i) => i),
    // Two inputs may hold the same row, whatever their keys.
    union: () => undefined,
    // One output row per input row.
    window: (o) => uniqueKey(o.input),
    // Written rows may repeat.
    values: () => undefined,
    // A row's elements may repeat; WITH ORDINALITY numbers them.
    lateralFunction: (o) => {
      const inner = o.ordinality ? uniqueKey(o.input) : undefined;
      return inner ? [...inner, o.columns.length - 1] : undefined;
    },
    recursive: () => undefined,
    // The visible columns come first.
    topN: (o) => {
      const inner = uniqueKey(o.input);
      return inner && inner.every((i) => i < o.columns.length) ? inner : undefined;
    },
  });
}

/**
 * `COALESCE(l.k, r.k)` of `l FULL JOIN r ON l.k = r.k` (what `USING (k)` merges), where k is a key
 * of either side and the equalities are the whole condition: a value is then one row, joined or of
 * one side, so the merged columns are a key. (With another condition, `l` and `r` rows of the same
 * key could both stand alone, padded.)
 */
function coalescedKey(o: Project): readonly number[] | undefined {
  const join = o.input;
  if (join.kind !== 'outer_join' || join.preserve !== 'full' || o.setReturning) return undefined;
  const n = join.left.columns.length;
  const [l, r] = [uniqueKey(join.left), uniqueKey(join.right)?.map((k) => k + n)];
  if (!l?.length || !r?.length || l.length !== r.length) return undefined;
  const column = (k: number) => (k < n ? join.left.columns[k]! : join.right.columns[k - n]!);
  if (![...l, ...r].every((k) => column(k).notNull)) return undefined;
  const pairs = equalities(join.predicate.ast, [...join.left.columns, ...join.right.columns]).map(([a, b]): [number, number] => (a < b ? [a, b] : [b, a]));
  if (pairs.length !== conjuncts(join.predicate.ast) || pairs.length !== l.length) return undefined;
  if (!pairs.every(([a, b]) => l.includes(a) && r.includes(b)) || new Set(pairs.map(([a]) => a)).size !== l.length || new Set(pairs.map(([, b]) => b)).size !== r.length) return undefined;
  const out: number[] = [];
  for (const [a, b] of pairs) {
    const at = o.exprs.findIndex((e) => e.key === `COALESCE($${a + 1}, $${b + 1})` || e.key === `COALESCE($${b + 1}, $${a + 1})`);
    if (at < 0) return undefined;
    out.push(at);
  }
  return out.sort((x, y) => x - y);
}

/** The number of top-level AND-ed conditions of a predicate. */
function conjuncts(ast: unknown): number {
  const node = ast as { BoolExpr?: { boolop?: string; args?: unknown[] } };
  return node.BoolExpr?.boolop === 'AND_EXPR' ? (node.BoolExpr.args ?? []).reduce((n: number, a) => n + conjuncts(a), 0) : 1;
}

/**
 * A join's key: the keys of its inputs, except that an input whose key columns are all equated
 * (by top-level `=` conjuncts of the predicate) to columns of inputs kept in the key, directly or
 * along a chain, is determined by them and adds nothing. `orders o JOIN customers c ON c.id =
 * o.customer_id` is keyed by o.id alone; `lines l JOIN orders o ON o.id = l.order_id JOIN
 * customers c ON c.id = o.customer_id` by l.id alone.
 */
function joinKey(o: Join): readonly number[] | undefined {
  const offsets: number[] = [];
  let n = 0;
  for (const input of o.inputs) {
    offsets.push(n);
    n += input.columns.length;
  }
  const inputOf = (col: number) => {
    let j = 0;
    while (j + 1 < offsets.length && col >= offsets[j + 1]!) j++;
    return j;
  };
  const keys = o.inputs.map((input, j) => uniqueKey(input)?.map((i) => i + offsets[j]!));
  const equal = o.predicate ? equalities(o.predicate.ast, o.inputs.flatMap((i) => i.columns)) : [];
  // Input j is determined by a set of inputs when its key equals columns of theirs: each of their
  // combinations of rows matches at most one row of j. What a set determines, and what that
  // determines in turn (lines -> orders -> customers along a chain of key joins), is its closure.
  const closure = (from: ReadonlySet<number>): Set<number> => {
    const reached = new Set(from);
    for (let grew = true; grew; ) {
      grew = false;
      o.inputs.forEach((_, j) => {
        const key = keys[j];
        if (reached.has(j) || !key?.length || !equated(key, equal, (c) => reached.has(inputOf(c)))) return;
        reached.add(j);
        grew = true;
      });
    }
    return reached;
  };
  // The key is that of inputs whose closure is every input: each is left out, in order, while
  // the others still determine it.
  const kept = new Set(o.inputs.map((_, j) => j));
  o.inputs.forEach((_, j) => {
    const without = new Set([...kept].filter((i) => i !== j));
    if (closure(without).size === o.inputs.length) kept.delete(j);
  });
  const out: number[] = [];
  for (const j of kept) {
    const key = keys[j];
    if (!key) return undefined;
    out.push(...key);
  }
  return out.sort((a, b) => a - b);
}

/**
 * Whether every column of `key` is equated, by one of the `equal` pairs (see equalities), to a
 * column `other` accepts: a row of those columns then matches at most one row of the key's side.
 */
function equated(key: readonly number[], equal: readonly [number, number][], other: (col: number) => boolean): boolean {
  return key.every((k) => equal.some(([a, b]) => (a === k && other(b)) || (b === k && other(a))));
}

/**
 * Pairs of column indexes (of `columns`) that top-level `$a = $b` conjuncts of a predicate equate,
 * where `=` compares as both columns' own equality does (see sameEquality): char(n) = text, say,
 * matches values that the text column's key tells apart.
 */
function equalities(ast: unknown, columns: readonly OutputColumn[]): [number, number][] {
  const node = ast as { BoolExpr?: { boolop?: string; args?: unknown[] }; A_Expr?: { kind?: string; name?: { String?: { sval?: string } }[]; lexpr?: unknown; rexpr?: unknown } };
  if (node.BoolExpr?.boolop === 'AND_EXPR') return (node.BoolExpr.args ?? []).flatMap((a) => equalities(a, columns));
  const e = node.A_Expr;
  const param = (x: unknown) => (x as { ParamRef?: { number?: number } } | undefined)?.ParamRef?.number;
  if (e?.kind === 'AEXPR_OP' && e.name?.length === 1 && e.name[0]?.String?.sval === '=') {
    const a = param(e.lexpr);
    const b = param(e.rexpr);
    const [ca, cb] = [a === undefined ? undefined : columns[a - 1], b === undefined ? undefined : columns[b - 1]];
    if (ca && cb && sameEquality(ca, cb)) return [[a! - 1, b! - 1]];
  }
  return [];
}

/** Operator tree as indented text, for `trickle explain` and comments in generated SQL. */
export function explainOp(op: Op, render: (op: Op) => string, depth = 0): string {
  const line = '  '.repeat(depth) + render(op);
  return [line, ...inputsOf(op).map((i) => explainOp(i, render, depth + 1))].join('\n');
}

export interface BoundPosition {
  readonly position: SourcePosition;
}

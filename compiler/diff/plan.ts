/**
 * The maintenance plan of a stream table: how its storage is laid out and
 * the one statement that applies a refresh's delta to it. The root of the
 * operator tree decides the strategy ("sink"):
 *
 *   keyed      stateless query whose output has a unique key: MERGE by key
 *   keyless    stateless query whose rows may repeat: delete/insert n copies
 *   aggregate  GROUP BY at the root: per-group state kept in hidden columns,
 *              new state = old state + delta; MIN/MAX deletions and groups
 *              hidden by HAVING are recomputed from the sources
 *   distinct   DISTINCT at the root: a hidden multiplicity per row
 *   top_n      ORDER BY ... LIMIT n at the root: the first n rows, merged with
 *              the changes, or computed again when deletions leave too few
 */
import { compareText } from '../order.js';
import { isInteger, isScalar } from '../catalog/types.js';
import { qualifiedKey, type QualifiedName } from '../catalog/catalog.js';
import { columnRefNode, plainColumn, renderCondition, renderExprWith, substitute, type Expr } from '../ir/expr.js';
import { distributedScan, isDeltaRenderable, scansOf, uniqueKey, type Aggregate, type AggregateCall, type Op, type OutputColumn, type Project, type TopN } from '../ir/ops.js';
import { deparse } from '../parser/adapter.js';
import { columnList, comparable, exprNode, groupByList, groupingValueSql, indent, indentRest, rowIdSql, sumPerRow, sameValue } from '../sql/fragments.js';
import { ident, literal, qualified } from '../sql/quote.js';
import { frontierCaptureSql, releaseCteName, releaseSql, stableName } from './context.js';
import { CteChain } from './cte.js';
import { item, LinearRenderer, names, orderBySql, render, W } from './linear.js';
import type { Node } from '@pgsql/types';

export type SinkKind = 'keyed' | 'keyless' | 'aggregate' | 'distinct' | 'top_n';

export interface MaintenancePlan {
  readonly kind: SinkKind;
  /** The user's columns, in order. */
  readonly visible: readonly string[];
  /** trickle's hidden columns (`__pgt_row_id` first). */
  readonly hidden: readonly string[];
  /** SELECT computing the whole storage content (visible and hidden columns): creation and full refresh. */
  readonly storageQuery: string;
  /** One statement: records the new frontier, computes the delta and applies it. */
  readonly deltaStatement: string;
  /** PL/pgSQL variables the delta statement reads, set just before it runs. */
  readonly variables: readonly PlanVariable[];
  /**
   * Settings the delta statement sets (to 'on') when its result cannot stand: the refresh then
   * recomputes in full, recording the reason.
   */
  readonly flags: readonly PlanFlag[];
}

export interface PlanFlag {
  readonly setting: string;
  readonly reason: string;
  /** Comment lines saying why. */
  readonly why: readonly string[];
}

/** A NaN or an infinity entered or left a running SUM/AVG: subtracting one does not undo adding it. */
export const NONFINITE_FLAG: PlanFlag = {
  setting: 'pg_trickle.nonfinite',
  reason: 'a NaN or an infinity entered or left a SUM or AVG',
  why: ['The statement above flags a NaN or an infinity that entered or left a running SUM/AVG:', 'subtracting one does not undo adding it, so the totals are recomputed in full.'],
};

/** A group of an aggregate over a Citus distributed table is to be recomputed from its rows, which the statement cannot read. */
export const DISTRIBUTED_RESCAN_FLAG: PlanFlag = {
  setting: 'pg_trickle.rescan_distributed',
  reason: 'a group over a distributed table must be recomputed from its rows',
  why: [
    'The statement above flags a group over a distributed table that must be recomputed from its',
    'rows (a MIN/MAX lost every value it kept, a NaN or an infinity entered or left a SUM/AVG),',
    'which it cannot read: the stream table is recomputed in full.',
  ],
};

/** SQL that raises a flag for the rest of the transaction, and is true. */
function raised(flag: PlanFlag): string {
  return `set_config(${literal(flag.setting)}, 'on', true) IS NOT NULL`;
}

export interface PlanVariable {
  readonly name: string;
  readonly type: string;
  /** SQL expression giving its value. */
  readonly init: string;
}

export class PlanError extends Error {}

export function planMaintenance(root: Op, st: QualifiedName): MaintenancePlan {
  if (root.kind === 'top_n') return topNPlan(root, st);
  if (root.kind === 'distinct' && isDeltaRenderable(root.input)) return distinctPlan(root.input, st);
  const agg = aggregateShape(root);
  if (agg) return aggregatePlan(agg, st);
  if (isDeltaRenderable(root)) return linearPlan(root, st);
  throw new PlanError('this combination of operators cannot be maintained differentially');
}

const target = (st: QualifiedName) => qualified(st.schema, st.name);
/** The new frontier, and the release of the changes every reader has now consumed: first in every delta statement. */
function frontierCte(chain: CteChain, st: QualifiedName, reads: Op): void {
  const distributed = new Set(scansOf(reads).filter((s) => s.source.distributed).map((s) => stableName(s.source.name)));
  chain.add('__pgt_frontier', 'record the new frontier under the same snapshot that reads the changes', frontierCaptureSql(st, sourcesOf(reads), undefined, distributed));
  // A distributed source's buffer is released by a statement of its own, after this one.
  for (const source of sourcesOf(reads).filter((s) => !distributed.has(stableName(s)))) {
    chain.add(releaseCteName(source), `delete the changes of ${qualifiedKey(source)} that every reader has consumed`, releaseSql(source));
  }
}

/** The distinct sources an operator tree reads, sorted by name. */
export function sourcesOf(op: Op): QualifiedName[] {
  const byKey = new Map(scansOf(op).map((s) => [qualifiedKey(s.source.name), s.source.name]));
  return [...byKey.entries()].sort(([a], [b]) => compareText(a, b)).map(([, v]) => v);
}

// ---- stateless queries --------------------------------------------------------

function linearPlan(root: Op, st: QualifiedName): MaintenancePlan {
  const visible = names(root);
  const key = uniqueKey(root);
  const keyed = key !== undefined && key.length > 0;
  const keyColumns = keyed ? key.map((i) => root.columns[i]!) : root.columns;
  const keyCols = keyColumns.map((c) => c.name);
  const { rowId, match } = rowIdentity(keyColumns);
  const storageQuery = `SELECT ${columnList(visible, 'r')}, ${rowId('r')} AS __pgt_row_id\n  FROM (\n${block(new LinearRenderer(new CteChain()).current(root), 4)}\n  ) AS r`;

  const chain = new CteChain();
  frontierCte(chain, st, root);
  const delta = new LinearRenderer(chain, true).delta(root);
  const net = chain.add(
    '__pgt_net',
    'consolidate: identical rows with opposite weights cancel out',
    sumPerRow(root.columns, ident(delta), 'd', W, { as: W, keep: '<> 0', cast: '::bigint' }),
  );

  if (keyed) {
    const apply = chain.add(
      '__pgt_apply',
      'one row per key: the new version if there is one (update or insert), else the deletion',
      `SELECT DISTINCT ON (${rowId('n')}, ${columnList(keyCols, 'n')}) ${rowId('n')} AS __pgt_row_id, ${columnList(visible, 'n')}, n.${W}\n  FROM ${ident(net)} AS n\n ORDER BY ${rowId('n')}, ${columnList(keyCols, 'n')}, n.${W} DESC`,
    );
    const all = [...visible, '__pgt_row_id'];
    const statement = chain.render(
      [
        `MERGE INTO ${target(st)} AS s`,
        `USING ${ident(apply)} AS a`,
        `   ON ${match('s', 'a')}`,
        ` WHEN MATCHED AND a.${W} < 0 THEN DELETE`,
        ` WHEN MATCHED THEN UPDATE SET ${visible.map((c) => `${ident(c)} = a.${ident(c)}`).join(', ')}`,
        ` WHEN NOT MATCHED AND a.${W} > 0 THEN INSERT (${columnList(all)}) VALUES (${columnList(all, 'a')})`,
      ].join('\n'),
    );
    return { kind: 'keyed', visible, hidden: ['__pgt_row_id'], storageQuery, deltaStatement: statement, variables: [], flags: [] };
  }

  const statement = applyCopies(chain, st, visible, net, rowId, match);
  return { kind: 'keyless', visible, hidden: ['__pgt_row_id'], storageQuery, deltaStatement: statement, variables: [], flags: [] };
}

/**
 * A stored row's identity over `columns`: its row id (their hash), and whether stored row `a` is
 * the row `b` whose row id is `bRowId`: the same hash and the same values, so that a hash
 * collision can never match.
 */
function rowIdentity(columns: readonly OutputColumn[]): { rowId: (alias: string) => string; match: (a: string, b: string, bRowId?: string) => string } {
  const rowId = (q: string) => rowIdSql(columns.map((c) => `${ident(q)}.${ident(c.name)}`), columns);
  const match = (a: string, b: string, bRowId = `${b}.__pgt_row_id`) =>
    [`${a}.__pgt_row_id = ${bRowId}`, ...columns.map((c) => sameValue(`${a}.${ident(c.name)}`, `${b}.${ident(c.name)}`, c.notNull, c.type))].join(' AND ');
  return { rowId, match };
}

/**
 * The statement that applies `net` (rows of `columns` with a net weight) as copies: deletes |w|
 * stored copies of each row with a negative weight, inserts w copies of the others.
 */
function applyCopies(
  chain: CteChain,
  st: QualifiedName,
  columns: readonly string[],
  net: string,
  rowId: (alias: string) => string,
  match: (a: string, b: string, bRowId: string) => string,
): string {
  const numbered = chain.add('__pgt_numbered', 'number the consolidated rows, to pick copies to delete per row', `SELECT n.*, row_number() OVER () AS __pgt_i FROM ${ident(net)} AS n WHERE n.${W} < 0`);
  chain.add(
    '__pgt_deleted',
    'delete as many stored copies of each row as its negative weight',
    [
      `DELETE FROM ${target(st)} AS s`,
      ` WHERE s.ctid = ANY (ARRAY(`,
      `   SELECT x.ctid FROM (`,
      `     SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.${W} AS copies`,
      `       FROM ${ident(numbered)} AS n`,
      `       JOIN ${target(st)} AS t ON ${match('t', 'n', rowId('n'))}`,
      `   ) AS x WHERE x.copy <= x.copies))`,
    ].join('\n'),
  );
  const all = [...columns, '__pgt_row_id'];
  return chain.render(
    [
      `INSERT INTO ${target(st)} (${columnList(all)})`,
      `SELECT ${columnList(columns, 'n')}, ${rowId('n')}`,
      `  FROM ${ident(net)} AS n, generate_series(1, n.${W})`,
      ` WHERE n.${W} > 0`,
    ].join('\n'),
  );
}

// ---- ORDER BY ... LIMIT ---------------------------------------------------------

/**
 * The first n rows in an order that ties no two rows. The stored rows are the first n of the
 * input as of the last refresh, so the first n now are among them (less the deleted ones) and the
 * inserted rows, unless fewer than n of those come up to the last stored row: a row after it may
 * then move up, and the first n are computed again from the input, in the same statement. The
 * new first n against the stored rows gives the copies to delete and insert. A refresh costs the
 * changes and n, except where deletions take the first n below n rows.
 */
function topNPlan(root: TopN, st: QualifiedName): MaintenancePlan {
  const input = root.input;
  const visible = names(root);
  const sortOnly = names(input).slice(visible.length);
  const all = [...visible, ...sortOnly];
  const { rowId, match } = rowIdentity(input.columns);
  const storedColumns = [...visible, '__pgt_row_id', ...sortOnly];
  const storageQuery = `SELECT ${columnList(visible, 'r')}, ${rowId('r')} AS __pgt_row_id${sortOnly.length ? `, ${columnList(sortOnly, 'r')}` : ''}\n  FROM (\n${block(new LinearRenderer(new CteChain()).current(root), 4)}\n  ) AS r`;

  const chain = new CteChain();
  frontierCte(chain, st, input);
  const renderer = new LinearRenderer(chain, true);
  const delta = renderer.delta(input);
  const n = root.limit;
  const candidates = chain.add(
    '__pgt_candidates',
    'the stored rows, less the deleted ones, and the inserted ones: net copies of each row',
    sumPerRow(input.columns, `(\n  SELECT 1 AS ${W}, ${columnList(all, 's')} FROM ${target(st)} AS s\n  UNION ALL\n  SELECT d.${W}, ${columnList(all, 'd')} FROM ${ident(delta)} AS d\n)`, 'c', W, { as: W, keep: '> 0' }),
  );
  const last = chain.add('__pgt_last', `the last stored row, when ${n} are stored`, `SELECT ${columnList(all, 's')}\n  FROM ${target(st)} AS s\n ORDER BY ${orderBySql(root, 's')}\nOFFSET ${n - 1} LIMIT 1`);
  const ranked = chain.add(
    '__pgt_ranked',
    'the candidates in order, and the last stored row after those equal to it',
    [
      `SELECT x.*, row_number() OVER (ORDER BY ${orderBySql(root, 'x')}, x.__pgt_last) AS __pgt_pos`,
      `  FROM (SELECT ${columnList(all, 'c')}, 0 AS __pgt_last FROM ${ident(candidates)} AS c, generate_series(1, c.${W})`,
      `        UNION ALL`,
      `        SELECT ${columnList(all, 'l')}, 1 FROM ${ident(last)} AS l) AS x`,
    ].join('\n'),
  );
  const enough = chain.add(
    '__pgt_enough',
    `whether the first ${n} now are candidates: fewer were stored (the input had no more rows), or ${n} come before the last stored row`,
    `SELECT NOT EXISTS (SELECT FROM ${ident(last)}) OR (SELECT r.__pgt_pos FROM ${ident(ranked)} AS r WHERE r.__pgt_last = 1) > ${n} AS ok`,
  );
  const next = chain.add(
    '__pgt_next',
    `the first ${n} now: the first candidates, or (only when they may not be) computed again`,
    [
      `SELECT ${columnList(all, 'r')} FROM ${ident(ranked)} AS r`,
      ` WHERE r.__pgt_last = 0 AND r.__pgt_pos <= ${n} AND (SELECT e.ok FROM ${ident(enough)} AS e)`,
      `UNION ALL`,
      `SELECT ${columnList(all, 'q')} FROM (`,
      block(renderer.current(root), 2),
      `) AS q`,
      ` WHERE NOT (SELECT e.ok FROM ${ident(enough)} AS e)`,
    ].join('\n'),
  );
  const net = chain.add(
    '__pgt_net',
    `the first ${n} now against the stored rows: copies to insert (positive) and to delete (negative)`,
    sumPerRow(input.columns, `(\n  SELECT 1 AS ${W}, ${columnList(all, 'x')} FROM ${ident(next)} AS x\n  UNION ALL\n  SELECT -1, ${columnList(all, 's')} FROM ${target(st)} AS s\n)`, 'n', W, { as: W, keep: '<> 0', cast: '::bigint' }),
  );
  const statement = applyCopies(chain, st, all, net, rowId, match);
  return { kind: 'top_n', visible, hidden: storedColumns.slice(visible.length), storageQuery, deltaStatement: statement, variables: [], flags: [] };
}

// ---- DISTINCT -------------------------------------------------------------------

function distinctPlan(input: Op, st: QualifiedName): MaintenancePlan {
  const visible = names(input);
  const rowId = (q: string) => rowIdSql(visible.map((c) => `${ident(q)}.${ident(c)}`), input.columns);
  const match = (a: string, b: string, bRowId: string) =>
    [`${a}.__pgt_row_id = ${bRowId}`, ...input.columns.map((c) => sameValue(`${a}.${ident(c.name)}`, `${b}.${ident(c.name)}`, c.notNull, c.type))].join(' AND ');
  const storageQuery = [
    `SELECT ${columnList(visible, 'r')}, ${rowId('r')} AS __pgt_row_id, count(*) AS __pgt_count`,
    `  FROM (\n${block(new LinearRenderer(new CteChain()).current(input), 4)}\n  ) AS r`,
    ` GROUP BY ${columnList(visible, 'r')}`,
  ].join('\n');

  const chain = new CteChain();
  frontierCte(chain, st, input);
  const delta = new LinearRenderer(chain, true).delta(input);
  const net = chain.add(
    '__pgt_net',
    'distinct: net change in the multiplicity of each row',
    `SELECT ${columnList(visible, 'd')}, sum(d.${W})::bigint AS ${W}\n  FROM ${ident(delta)} AS d\n GROUP BY ${columnList(visible, 'd')}\nHAVING sum(d.${W}) <> 0`,
  );
  const apply = chain.add(
    '__pgt_apply',
    'new multiplicity = stored multiplicity + change; a row stays while it is positive',
    [
      `SELECT ${rowId('n')} AS __pgt_row_id, ${columnList(visible, 'n')}, coalesce(s.__pgt_count, 0) + n.${W} AS __pgt_count`,
      `  FROM ${ident(net)} AS n`,
      `  LEFT JOIN ${target(st)} AS s ON ${match('s', 'n', rowId('n'))}`,
    ].join('\n'),
  );
  const all = [...visible, '__pgt_row_id', '__pgt_count'];
  const statement = chain.render(
    [
      `MERGE INTO ${target(st)} AS s`,
      `USING ${ident(apply)} AS a`,
      `   ON ${match('s', 'a', 'a.__pgt_row_id')}`,
      ` WHEN MATCHED AND a.__pgt_count <= 0 THEN DELETE`,
      ` WHEN MATCHED THEN UPDATE SET __pgt_count = a.__pgt_count`,
      ` WHEN NOT MATCHED AND a.__pgt_count > 0 THEN INSERT (${columnList(all)}) VALUES (${columnList(all, 'a')})`,
    ].join('\n'),
  );
  return { kind: 'distinct', visible, hidden: ['__pgt_row_id', '__pgt_count'], storageQuery, deltaStatement: statement, variables: [], flags: [] };
}

// ---- GROUP BY -------------------------------------------------------------------

export interface AggregateShape {
  readonly project: Project;
  readonly having: Expr | undefined;
  readonly aggregate: Aggregate;
}

export function aggregateShape(root: Op): AggregateShape | undefined {
  if (root.kind !== 'project') return undefined;
  let below = root.input;
  let having: Expr | undefined;
  if (below.kind === 'filter') {
    having = below.predicate;
    below = below.input;
  }
  if (below.kind !== 'aggregate' || !isDeltaRenderable(below.input)) return undefined;
  return { project: root, having, aggregate: below };
}

/** Where each piece of per-group state lives in the storage table. */
interface StateLayout {
  /** Storage column of group key i. */
  readonly keys: readonly string[];
  /** Storage column of aggregate j's running value (sum for avg). */
  readonly values: readonly string[];
  /** Storage column of aggregate j's count of non-NULL inputs (sum and avg, and MIN/MAX keeping their best values). */
  readonly nonNull: readonly (string | undefined)[];
  /** Storage column of MIN/MAX j's best values (see keepsBest). */
  readonly best: readonly (string | undefined)[];
  /** Hidden columns, in order. */
  readonly hidden: readonly string[];
}

/**
 * How many of its first values a MIN or MAX without GROUP BY keeps (the least for MIN, the
 * greatest for MAX; hidden, in ascending order). A deleted extreme is then replaced by the next
 * value kept, and the table is read again only once deletions have taken every kept value: without
 * them, deleting or updating the row holding the extreme read every row. (With GROUP BY a group is
 * read again, through an index on its key when there is one. Kept values there cost more than
 * they save when groups are small: measured with the benchmark's 100 orders per customer, a
 * refresh after 1 % of the orders changed took twice as long, mostly in ranking each recomputed
 * group's rows, since a full refresh cannot afford to rank every row.)
 */
export const BEST_KEPT = 8;

/**
 * Whether MIN/MAX j keeps its best values: without GROUP BY, when its argument (FILTER aside) is a
 * column of a table that is not an array (an array of arrays is a bigger array), and the other
 * aggregates do not recompute the group anyway. Not over a Citus distributed table: Citus cannot
 * run the subquery in the SELECT list that computes them ("cannot push down subquery on the
 * target list"), and a deletion there recomputes in full (docs/CITUS.md).
 */
function keepsBest(aggregate: Aggregate, j: number): boolean {
  const a = aggregate.aggregates[j]!;
  if ((a.fn !== 'min' && a.fn !== 'max') || !a.arg || aggregate.groupBy.length > 0 || aggregate.aggregates.some((x) => x.fn === 'recompute')) return false;
  if (distributedScan(aggregate.input)) return false;
  const ast = a.arg.ast as Record<string, any>;
  // A FILTER clause is folded in as CASE WHEN filter THEN arg END.
  const when = ast.CaseExpr && !ast.CaseExpr.defresult && ast.CaseExpr.args?.length === 1 ? ast.CaseExpr.args[0]?.CaseWhen?.result : undefined;
  const param = 'ParamRef' in ast ? ast : when && 'ParamRef' in when ? when : undefined;
  if (!param) return false;
  const ref = (param.ParamRef.number ?? 0) - 1;
  const column = baseColumn(aggregate.input, ref);
  if (!column) return false;
  const type = aggregate.input.columns[ref]?.type;
  return type !== 'array' && type !== 'opaque';
}

function layoutOf(s: AggregateShape): StateLayout {
  const { project, aggregate } = s;
  const k = aggregate.groupBy.length;
  const visible = names(project);
  const visibleAt = (param: number) => {
    const i = project.exprs.findIndex((e) => e.key === `$${param + 1}`);
    return i >= 0 ? visible[i] : undefined;
  };
  const hidden = ['__pgt_row_id', '__pgt_count'];
  const keys = aggregate.groupBy.map((_, i) => {
    const v = visibleAt(i);
    if (v) return v;
    hidden.push(`__pgt_key_${i}`);
    return `__pgt_key_${i}`;
  });
  const values = aggregate.aggregates.map((a, j) => {
    const v = a.fn === 'avg' ? undefined : visibleAt(k + j);
    if (v) return v;
    hidden.push(`__pgt_value_${j}`);
    return `__pgt_value_${j}`;
  });
  const best = aggregate.aggregates.map((_, j) => keepsBest(aggregate, j));
  const nonNull = aggregate.aggregates.map((a, j) => {
    if (a.fn !== 'sum' && a.fn !== 'avg' && !best[j]) return undefined;
    hidden.push(`__pgt_nonnull_${j}`);
    return `__pgt_nonnull_${j}`;
  });
  const bestColumns = best.map((b, j) => {
    if (!b) return undefined;
    hidden.push(`__pgt_best_${j}`);
    return `__pgt_best_${j}`;
  });
  return { keys, values, nonNull, best: bestColumns, hidden };
}

/** The aggregate's running state as computed from scratch over `alias` (rows of the aggregate's input). */
function stateFromScratch(a: AggregateCall, input: Op, alias: string): { value: string; nonNull?: string } {
  const arg = a.arg ? item(a.arg, input, alias) : undefined;
  switch (a.fn) {
    case 'count':
      return { value: arg ? `count(${arg})` : 'count(*)' };
    case 'sum':
      return { value: `sum(${arg})`, nonNull: `count(${arg})` };
    case 'avg':
      return { value: `sum(pg_trickle.avg_state(${arg}))`, nonNull: `count(${arg})` };
    case 'min':
    case 'max':
      return { value: `${a.fn}(${arg})` };
    case 'recompute':
      return { value: item(a.call!, input, alias) };
  }
}

/** The user-visible value of aggregate j from its state columns (qualified by `q`). */
function finalValue(a: AggregateCall, value: string, nonNull: string | undefined): string {
  if (a.fn === 'avg') return `CASE WHEN ${nonNull} = 0 THEN NULL ELSE pg_trickle.avg_final(${value}, ${nonNull}) END`;
  return value;
}

/** How a group's state before the change is read: from storage, from a LEFT JOIN with it, or empty (a new group). */
interface OldState {
  readonly count: string;
  /** Running value of aggregate j, or undefined for a group that had none. */
  readonly value: (j: number) => string | undefined;
  readonly nonNull: (j: number) => string | undefined;
}

/** `a - b` for sums where NULL means "no value": either side may be missing. Any type with binary minus and multiplication by an integer. */
function nullableDifference(a: string, b: string): string {
  // -1 * b rather than -b: money has no unary minus, but every summable type multiplies by an integer.
  return `CASE WHEN ${b} IS NULL THEN ${a} WHEN ${a} IS NULL THEN -1 * (${b}) ELSE ${a} - ${b} END`;
}

function aggregatePlan(s: AggregateShape, st: QualifiedName): MaintenancePlan {
  const { project, having, aggregate } = s;
  const input = aggregate.input;
  const k = aggregate.groupBy.length;
  const aggs = aggregate.aggregates;
  const layout = layoutOf(s);
  const visible = names(project);
  const scalar = k === 0;
  const keyNotNull = aggregate.columns.slice(0, k).map((c) => c.notNull);
  const gname = (i: number) => `__pgt_g${i}`;
  // GROUPING SETS: the last key is GROUPING() of the others, the set's id; the empty set's group
  // (all bits set), like an aggregate without GROUP BY, has a row even when it has no rows.
  const sets = aggregate.groupingSets;
  const setKey = sets ? k - 1 : -1;
  const grandTotal = sets?.some((set) => set.length === 0) ? String(2 ** setKey - 1) : undefined;
  const notGrandTotal = (q: string) => (grandTotal ? ` AND ${q}.${ident(gname(setKey))} <> ${grandTotal}` : '');

  // Renders the projection (or HAVING) given SQL for each aggregate output column; a plain
  // reference to an output column (the common case) is that column's SQL as it is.
  const overAggregate = (e: Expr, column: (i: number) => Node, columnSql?: (i: number) => string, render = renderExprWith) => {
    const plain = plainColumn(e);
    return plain !== undefined && columnSql ? columnSql(plain) : render(e, column);
  };

  // ---- full computation (creation, full refresh) ----
  const linear = new LinearRenderer(new CteChain());
  const keyOver = (alias: string) => aggregate.groupBy.map((g) => render(g, input, alias));
  const groupByClause = (alias: string) => ` GROUP BY ${groupByList(keyOver(alias), sets)}`;
  // A MIN/MAX keeping its best values counts its values too.
  const scratch = aggs.map((a, j) => {
    const state = stateFromScratch(a, input, 'i');
    return layout.best[j] ? { ...state, nonNull: `count(${item(a.arg!, input, 'i')})` } : state;
  });
  /** Those best values from scratch, over rows `from` (a FROM item named i): a top-N sort, or an index's first rows. */
  const bestFromScratch = (j: number, from: string): string => {
    const a = aggs[j]!;
    const order = a.fn === 'max' ? ' DESC' : '';
    return `(SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT ${item(a.arg!, input, 'i')} AS v FROM ${indentRest(from, 2)} WHERE ${render(a.arg!, input, 'i')} IS NOT NULL ORDER BY 1${order} LIMIT ${BEST_KEPT}) AS b)`;
  };
  const fullColumn = (i: number): Node => {
    if (i < k) return exprNode(keyOver('i')[i]!);
    const j = i - k;
    return exprNode(finalValue(aggs[j]!, scratch[j]!.value, scratch[j]!.nonNull));
  };
  const keyColumns = aggregate.columns.slice(0, k);
  const hiddenFull: string[] = [`${rowIdSql(keyOver('i'), keyColumns)} AS __pgt_row_id`, 'count(*) AS __pgt_count'];
  layout.keys.forEach((c, i) => c.startsWith('__pgt_') && hiddenFull.push(`${keyOver('i')[i]} AS ${c}`));
  layout.values.forEach((c, j) => c.startsWith('__pgt_') && hiddenFull.push(`${scratch[j]!.value} AS ${c}`));
  layout.nonNull.forEach((c, j) => c && hiddenFull.push(`${scratch[j]!.nonNull} AS ${c}`));
  const fullRows = `(\n${block(linear.current(input), 4)}\n  ) AS i`;
  layout.best.forEach((c, j) => c && hiddenFull.push(`${bestFromScratch(j, fullRows)} AS ${c}`));
  const storageQuery = [
    `SELECT ${[...project.exprs.map((e, i) => `${overAggregate(e, fullColumn)} AS ${ident(visible[i]!)}`), ...hiddenFull].join(',\n       ')}`,
    `  FROM ${fullRows}`,
    ...(scalar ? [] : [groupByClause('i')]),
    ...(having ? [`HAVING ${overAggregate(having, fullColumn, undefined, renderCondition)}`] : []),
  ].join('\n');

  // ---- delta: per changed group, the change of each piece of state ----
  const chain = new CteChain();
  frontierCte(chain, st, input);
  const delta = new LinearRenderer(chain, true).delta(input);

  // Weights at an aggregate's input are +1 or -1 (see linear.ts), so a sum's change is the sum
  // over insertions minus the sum over deletions: no multiplication or negation of the input,
  // which could overflow (-(-2147483648)). Where negation is exact (a numeric, or an integer AVG
  // sums as bigint or numeric) one sum of signed values does it: half the aggregate states.
  const sumOf = (v: string, negatable: boolean) =>
    negatable
      ? `sum(CASE WHEN d.${W} > 0 THEN ${v} ELSE -(${v}) END)`
      : nullableDifference(`sum(${v}) FILTER (WHERE d.${W} > 0)`, `sum(${v}) FILTER (WHERE d.${W} < 0)`);
  const argType = (a: AggregateCall) => {
    const ref = a.arg && plainColumn(a.arg);
    return ref === undefined ? undefined : input.columns[ref]?.type;
  };
  const dcols: string[] = keyOver('d').map((g, i) => `${g} AS ${gname(i)}`);
  dcols.push(`sum(d.${W})::bigint AS __pgt_d_count`);
  aggs.forEach((a, j) => {
    // The argument as an operand of IS NOT NULL, and as a function's argument.
    const tested = a.arg ? render(a.arg, input, 'd') : undefined;
    const x = a.arg ? item(a.arg, input, 'd') : undefined;
    switch (a.fn) {
      case 'count': {
        // count(x) counts values that are not NULL; `x IS NOT NULL` of a row value is false when
        // any of its fields is NULL (ROW(1, NULL)), so a value that may be a row is tested whole.
        const type = argType(a);
        const notNull = isScalar(type) ? `${tested} IS NOT NULL` : `${tested} IS DISTINCT FROM NULL`;
        dcols.push(x ? `coalesce(sum(d.${W}) FILTER (WHERE ${notNull}), 0)::bigint AS __pgt_d_value_${j}` : `sum(d.${W})::bigint AS __pgt_d_value_${j}`);
        break;
      }
      case 'sum':
      case 'avg':
        dcols.push(`coalesce(sum(d.${W}) FILTER (WHERE ${tested} IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_${j}`);
        {
          const type = argType(a);
          const negatable = type === 'numeric' || (a.fn === 'avg' && isInteger(type));
          dcols.push(`${sumOf(a.fn === 'avg' ? `pg_trickle.avg_state(${x})` : x!, negatable)} AS __pgt_d_value_${j}`);
        }
        break;
      case 'min':
      case 'max':
        if (layout.best[j]) {
          // The worst of the inserted and of the deleted values, and their numbers (see bestAfterDeletions).
          const worst = a.fn === 'min' ? 'max' : 'min';
          dcols.push(`count(*) FILTER (WHERE d.${W} > 0 AND ${tested} IS NOT NULL) AS __pgt_d_ins_${j}`);
          dcols.push(`count(*) FILTER (WHERE d.${W} < 0 AND ${tested} IS NOT NULL) AS __pgt_d_del_${j}`);
          dcols.push(`${worst}(${x}) FILTER (WHERE d.${W} > 0) AS __pgt_ins_worst_${j}`);
          dcols.push(`${worst}(${x}) FILTER (WHERE d.${W} < 0) AS __pgt_del_worst_${j}`);
        }
        dcols.push(`${a.fn}(${x}) FILTER (WHERE d.${W} > 0) AS __pgt_ins_${j}`);
        dcols.push(`${a.fn}(${x}) FILTER (WHERE d.${W} < 0) AS __pgt_del_${j}`);
        break;
    }
  });
  const groups = chain.add(
    '__pgt_delta_groups',
    `aggregate: per changed group, the change in count, sums and extremes${scalar ? ' (no GROUP BY: one group)' : ''}`,
    [
      `SELECT ${dcols.join(',\n       ')}`,
      `  FROM ${ident(delta)} AS d`,
      // (Over no rows, the empty grouping set, like no GROUP BY, still has its group.)
      ...(scalar ? [`HAVING count(*) > 0`] : [groupByClause('d'), ...(grandTotal ? [`HAVING count(*) > 0`] : [])]),
    ].join('\n'),
  );

  const keyMatch = (storage: string, other: string, otherRowId: string) =>
    [`${storage}.__pgt_row_id = ${otherRowId}`, ...layout.keys.map((c, i) => sameValue(`${storage}.${ident(c)}`, `${other}.${ident(gname(i))}`, keyNotNull[i]!, keyColumns[i]!.type))].join(' AND ');
  const gRowId = (q: string) => rowIdSql(aggregate.groupBy.map((_, i) => `${q}.${ident(gname(i))}`), keyColumns);

  /** The state after the change: the old state (as `old` reads it) plus the change in row `g` of the delta groups. */
  const newState = (old: OldState, j: number): { value: string; nonNull?: string; best?: string } => {
    const a = aggs[j]!;
    const was = old.value(j);
    const d = `g.__pgt_d_value_${j}`;
    if (layout.best[j]) {
      // The best values after the change are worked out beforehand, in g (see bestAfterInsertions).
      const best = `g.__pgt_best_${j}`;
      return { value: a.fn === 'min' ? `(${best})[1]` : `(${best})[cardinality(${best})]`, nonNull: `${old.nonNull(j) ?? '0'} + g.__pgt_d_ins_${j} - g.__pgt_d_del_${j}`, best };
    }
    switch (a.fn) {
      case 'count':
        return { value: was === undefined ? d : `coalesce(${was}, 0) + ${d}` };
      case 'sum':
      case 'avg': {
        const oldNn = old.nonNull(j);
        const nn = oldNn === undefined ? `g.__pgt_d_nonnull_${j}` : `${oldNn} + g.__pgt_d_nonnull_${j}`;
        if (was === undefined) return { value: `CASE WHEN ${nn} = 0 THEN NULL ELSE ${d} END`, nonNull: nn };
        return { value: `CASE WHEN ${nn} = 0 THEN NULL WHEN ${was} IS NULL THEN ${d} WHEN ${d} IS NULL THEN ${was} ELSE ${was} + ${d} END`, nonNull: nn };
      }
      case 'min':
        return { value: was === undefined ? `g.__pgt_ins_${j}` : `least(${was}, g.__pgt_ins_${j})` };
      case 'max':
        return { value: was === undefined ? `g.__pgt_ins_${j}` : `greatest(${was}, g.__pgt_ins_${j})` };
      case 'recompute':
        // Never read: every changed group is recomputed (a new group has no old value to keep).
        return { value: was ?? 'NULL' };
    }
  };
  const newCount = (old: OldState) => (old.count === '0' ? 'g.__pgt_d_count' : `${old.count} + g.__pgt_d_count`);
  /** Storage columns (visible, then hidden, without the row id) from the group's keys and state, given as SQL. */
  const storageRow = (key: (i: number) => string, count: string, state: (j: number) => { value: string; nonNull?: string }): Map<string, string> => {
    const columnSql = (i: number): string => {
      if (i < k) return key(i);
      const j = i - k;
      const x = state(j);
      return finalValue(aggs[j]!, x.value, x.nonNull);
    };
    const row = new Map<string, string>();
    project.exprs.forEach((e, i) => row.set(visible[i]!, overAggregate(e, (c) => exprNode(columnSql(c)), columnSql)));
    row.set('__pgt_count', count);
    layout.keys.forEach((c, i) => c.startsWith('__pgt_') && row.set(c, key(i)));
    layout.values.forEach((c, j) => c.startsWith('__pgt_') && row.set(c, state(j).value));
    layout.nonNull.forEach((c, j) => c && row.set(c, state(j).nonNull!));
    return row;
  };
  const storageCols = [...visible, ...layout.hidden.filter((h) => h !== '__pgt_row_id')];
  const all = [...visible, ...layout.hidden];
  const setList = (row: Map<string, string>) => storageCols.map((c) => `${ident(c)} = ${row.get(c)}`).join(',\n              ');
  const valueList = (row: Map<string, string>, rowId: string) => all.map((c) => (c === '__pgt_row_id' ? rowId : row.get(c)!)).join(',\n                      ');
  const groupKey = (i: number) => `g.${ident(gname(i))}`;

  // A NaN or an infinity in a running SUM/AVG's change (a change holding one is one): numeric
  // NaN and infinities, and interval infinities, cannot be subtracted back out. Floats never get
  // here (they are recomputed, see bind.ts), integers have no such values; other types are tested
  // by their text, which names them.
  const nonFinite = aggs.flatMap((a, j) => {
    if (a.fn !== 'sum' && a.fn !== 'avg') return [];
    const type = argType(a);
    if (isInteger(type)) return [];
    const d = `g.__pgt_d_value_${j}`;
    return [type === 'numeric' ? `${d} IN ('NaN', 'Infinity', '-Infinity')` : `${d}::text IN ('NaN', 'Infinity', '-Infinity', 'infinity', '-infinity')`];
  });

  const rescanWhy: string[] = [];
  if (having) rescanWhy.push('s.__pgt_row_id IS NULL');
  if (aggs.some((a) => a.fn === 'recompute')) rescanWhy.push('true');
  aggs.forEach((a, j) => {
    if ((a.fn === 'min' || a.fn === 'max') && !layout.best[j]) {
      // A deleted value at or beyond the stored extreme may have been it. Not needed when the best
      // inserted value reaches the old extreme and is strictly better than every deleted one: no
      // deletion can have removed it (an inserted row deleted again in the batch is among the
      // deletions too), and every surviving row is at best the old extreme, so it is the new one.
      const [cmp, strict] = a.fn === 'min' ? ['<=', '<'] : ['>=', '>'];
      const old = `s.${ident(layout.values[j]!)}`;
      const ins = `g.__pgt_ins_${j}`;
      const del = `g.__pgt_del_${j}`;
      rescanWhy.push(`(${del} IS NOT NULL AND (${old} IS NULL OR (${del} ${cmp} ${old} AND NOT coalesce(${ins} ${cmp} ${old} AND ${ins} ${strict} ${del}, false))))`);
    }
  });

  const anyBest = layout.best.some((b) => b !== undefined);
  // A Citus distributed table's rows cannot be read in the delta statement (they read as no rows):
  // a group to recompute from them flags the refresh, which then recomputes in full.
  const overDistributed = distributedScan(input) !== undefined;
  const flaggedRescan = (test: string) => (overDistributed ? `CASE WHEN (${test}) THEN ${raised(DISTRIBUTED_RESCAN_FLAG)} ELSE false END` : test);
  if (rescanWhy.length === 0 && !anyBest) {
    // Every aggregate is algebraic: one MERGE adds each group's change to its stored state.
    const stored: OldState = {
      count: 's.__pgt_count',
      value: (j) => `s.${ident(layout.values[j]!)}`,
      nonNull: (j) => (layout.nonNull[j] ? `s.${ident(layout.nonNull[j]!)}` : undefined),
    };
    const empty: OldState = { count: '0', value: () => undefined, nonNull: () => undefined };
    const updated = storageRow(groupKey, newCount(stored), (j) => newState(stored, j));
    const inserted = storageRow(groupKey, newCount(empty), (j) => newState(empty, j));
    const source = nonFinite.length
      ? chain.add(
          '__pgt_finite',
          'a NaN or an infinity entering or leaving a total flags the refresh, which then recomputes in full',
          `SELECT g.* FROM ${ident(groups)} AS g
 WHERE CASE WHEN ${nonFinite.join('\n                 OR ')} THEN ${raised(NONFINITE_FLAG)} ELSE true END`,
        )
      : groups;
    // Without GROUP BY there is exactly one group, empty or not: it is never deleted.
    const statement = chain.render(
      [
        `MERGE INTO ${target(st)} AS s`,
        `USING ${ident(source)} AS g`,
        `   ON ${keyMatch('s', 'g', gRowId('g'))}`,
        ...(scalar ? [] : [` WHEN MATCHED AND ${newCount(stored)} <= 0${notGrandTotal('g')} THEN DELETE`]),
        ` WHEN MATCHED THEN UPDATE SET`,
        `              ${setList(updated)}`,
        ` WHEN NOT MATCHED${scalar ? '' : ' AND g.__pgt_d_count > 0'} THEN INSERT (${columnList(all)})`,
        `              VALUES (${valueList(inserted, gRowId('g'))})`,
      ].join('\n'),
    );
    return { kind: 'aggregate', visible, hidden: layout.hidden, storageQuery, deltaStatement: statement, variables: [], flags: nonFinite.length ? [NONFINITE_FLAG] : [] };
  }

  // Here a group whose running total took in or lost a NaN or an infinity is recomputed too (a
  // NULL change, no non-NULL value, is no such case: the flag must not be NULL).
  rescanWhy.push(...nonFinite.map((t) => `coalesce(${t}, false)`));
  // MIN/MAX or HAVING: the old state decides whether a group must be recomputed from the
  // sources, so each changed group is looked up once, with its ctid for the MERGE.
  const oldCols = [
    `s.ctid AS __pgt_ctid`,
    `coalesce(s.__pgt_count, 0) AS __pgt_old_count`,
    ...aggs.map((_, j) => `s.${ident(layout.values[j]!)} AS __pgt_old_value_${j}`),
    ...aggs.flatMap((_, j) => (layout.nonNull[j] ? [`coalesce(s.${ident(layout.nonNull[j]!)}, 0) AS __pgt_old_nonnull_${j}`] : [])),
    ...aggs.flatMap((_, j) => (layout.best[j] ? [`coalesce(s.${ident(layout.best[j]!)}, '{}') AS __pgt_old_best_${j}`] : [])),
    // With best values kept, whether deletions took them all is known only once they are worked out (below).
    anyBest
      ? `${rescanWhy.length ? rescanWhy.join('\n           OR ') : 'false'} AS __pgt_recompute`
      : `${flaggedRescan(rescanWhy.join('\n           OR '))} AS __pgt_rescan`,
  ];
  const recomputeAll = aggs.some((a) => a.fn === 'recompute');
  const minMax = aggs.some((a, j) => (a.fn === 'min' || a.fn === 'max') && !layout.best[j]);
  const reasons = [
    ...(having ? ['HAVING hid it (its state is not stored)'] : []),
    ...(minMax ? ['a deleted value may have been its MIN/MAX'] : []),
    ...(anyBest ? ['deletions took every value a MIN/MAX kept'] : []),
    ...(nonFinite.length ? ['a NaN or an infinity entered or left a SUM or AVG'] : []),
  ];
  const withOld = chain.add(
    '__pgt_groups',
    recomputeAll
      ? 'each changed group with its stored state; every one is recomputed from the sources (an aggregate such as\ncount(DISTINCT x) keeps no state that a change could be added to)'
      : `each changed group with its stored state; a group is recomputed from the sources when ${reasons.join(' or ')}`,
    [`SELECT g.*,`, `       ${oldCols.join(',\n       ')}`, `  FROM ${ident(groups)} AS g`, `  LEFT JOIN ${target(st)} AS s ON ${keyMatch('s', 'g', gRowId('g'))}`].join('\n'),
  );

  // MIN/MAX keeping their best values: those after the insertions, then after the deletions
  // (each step in a subquery of its own, OFFSET 0, so that the first is computed once).
  let toRescan = withOld;
  if (anyBest) {
    const used = aggs.map((_, j) => j).filter((j) => layout.best[j] !== undefined);
    const max = (j: number) => aggs[j]!.fn === 'max';
    const change = (q: string, j: number, kind: 'ins' | 'del'): BestValuesChange => ({ best: `${q}.__pgt_${kind}_${j}`, worst: `${q}.__pgt_${kind}_worst_${j}`, count: `${q}.__pgt_d_${kind}_${j}` });
    // Insertions first: a deleted value may be one inserted in the same batch.
    const afterInsertions = used.map((j) => `${bestAfterInsertions(max(j), `g.__pgt_old_best_${j}`, `g.__pgt_old_nonnull_${j}`, change('g', j, 'ins'))} AS __pgt_kept_${j}`);
    const afterDeletions = used.map((j) => `${bestAfterDeletions(max(j), `k.__pgt_kept_${j}`, `k.__pgt_old_nonnull_${j} + k.__pgt_d_ins_${j}`, change('k', j, 'del'))} AS __pgt_best_${j}`);
    toRescan = chain.add(
      '__pgt_flagged',
      'each changed group with the best values of its MIN/MAX after the change; it is recomputed from the sources when a MIN/MAX with values has none left, or for a reason above',
      [
        `SELECT a.*,`,
        `       ${flaggedRescan(
          [
            `a.__pgt_recompute`,
            ...used.map((j) => `           OR (coalesce(cardinality(a.__pgt_best_${j}), 0) = 0 AND a.__pgt_old_nonnull_${j} + a.__pgt_d_ins_${j} - a.__pgt_d_del_${j} > 0)`),
          ].join('\n'),
        )}`,
        `           AS __pgt_rescan`,
        `  FROM (`,
        `    SELECT k.*,`,
        `           ${afterDeletions.join(',\n           ')}`,
        `      FROM (`,
        `        SELECT g.*,`,
        `               ${afterInsertions.join(',\n               ')}`,
        `          FROM ${ident(withOld)} AS g`,
        `        OFFSET 0`,
        `      ) AS k`,
        `    OFFSET 0`,
        `  ) AS a`,
      ].join('\n'),
    );
  }

  // The flagged groups are recomputed together, in one pass over the source rows of those groups.
  // (A domain over an enum has no = PostgreSQL can find: such keys are compared by their text.)
  const flagged = (i: number) => `SELECT ${comparable(`f.${ident(gname(i))}`, keyColumns[i]!.type)} FROM ${ident(toRescan)} AS f WHERE f.__pgt_rescan`;
  const nullGroup = (i: number) => `EXISTS (SELECT FROM ${ident(toRescan)} AS f WHERE f.__pgt_rescan AND f.${ident(gname(i))} IS NULL)`;
  const orNull = (i: number, test: string, key: string) => (keyNotNull[i] ? test : `(${test} OR (${key} IS NULL AND ${nullGroup(i)}))`);
  // Part of the delta statement: a distributed table reads as no rows (a refresh recomputes in
  // full rather than rescan one, see docs/CITUS.md).
  const rescan = new LinearRenderer(new CteChain(), true);
  const inputRows = block(rescan.current(input), 2);
  const variables: PlanVariable[] = [];
  let rescanRows: string;
  if (scalar) {
    rescanRows = `(\n${inputRows}\n) AS i`;
  } else {
    // Not the set's id, which only a grouped query can compute.
    const keys = sets ? keyOver('i').slice(0, setKey) : keyOver('i');
    // A key outside a flagged group's grouping set does not pick its rows: every value belongs.
    const orUngrouped = (i: number, test: string) =>
      sets ? `(${test} OR EXISTS (SELECT FROM ${ident(toRescan)} AS f WHERE f.__pgt_rescan AND ${groupingValueSql([i], setKey, `f.${ident(gname(setKey))}`)} = 1))` : test;
    // Each key column is tested on its own (a superset of the flagged groups); the LEFT JOIN below matches exactly.
    const semiJoin = keys.map((key, i) => orUngrouped(i, orNull(i, `${comparable(key, keyColumns[i]!.type)} IN (${flagged(i)})`, key))).join('\n   AND ');
    // (`= ANY (ARRAY(...))` of an array key would compare it with the arrays' elements.)
    const driver = aggregate.groupBy.findIndex((g, i) => baseColumnOfExpr(g, input) !== undefined && aggregate.columns[i]!.type !== 'array' && aggregate.columns[i]!.type !== 'texthash' && aggregate.columns[i]!.type !== 'opaque');
    if (driver < 0) {
      rescanRows = `(\n${inputRows}\n) AS i\n WHERE ${semiJoin}`;
    } else {
      // With an index on a key column, `= ANY (array)` reads all flagged groups in one bitmap scan;
      // without one it would compare every source row with every flagged key, so a semi-join
      // (hashed) reads the source once instead. Which one runs is decided when the refresh runs.
      const base = baseColumnOfExpr(aggregate.groupBy[driver]!, input)!;
      const byIndex = `__pgt_rescan_by_index`;
      variables.push({ name: byIndex, type: 'boolean', init: indexExistsSql(base.table, base.column) });
      const key = keys[driver]!;
      const anyTest = orUngrouped(driver, orNull(driver, `${key} = ANY (ARRAY(${flagged(driver)}))`, key));
      rescanRows = [
        `(`,
        `  SELECT * FROM (\n${block(rescan.current(input), 4)}\n  ) AS i`,
        `   WHERE ${byIndex} AND ${anyTest}`,
        `  UNION ALL`,
        `  SELECT * FROM (\n${block(rescan.current(input), 4)}\n  ) AS i`,
        `   WHERE NOT ${byIndex} AND ${indentRest(semiJoin, 2)}`,
        `) AS i`,
      ].join('\n');
    }
  }
  const stateColumns: (readonly [string, string])[] = [
    ['count(*)', '__pgt_count'],
    ...aggs.flatMap((_, j) => [
      [scratch[j]!.value, `__pgt_value_${j}`] as const,
      ...(scratch[j]!.nonNull ? [[scratch[j]!.nonNull!, `__pgt_nonnull_${j}`] as const] : []),
      ...(layout.best[j] ? [[bestFromScratch(j, rescanRows), `__pgt_best_${j}`] as const] : []),
    ]),
  ];
  const states = stateColumns.map(([expr, name]) => `${expr} AS ${name}`);
  const stateNames = stateColumns.map(([, name]) => name);
  const recomputed = [
    `SELECT ${[...keyOver('i').map((g, i) => `${g} AS ${gname(i)}`), ...states].join(',\n       ')}`,
    `  FROM ${rescanRows}`,
    ...(scalar ? [] : [groupByClause('i')]),
  ].join('\n');
  const sameGroup = aggregate.groupBy.map((_, i) => sameValue(`r.${ident(gname(i))}`, `g.${ident(gname(i))}`, keyNotNull[i]!, keyColumns[i]!.type)).join(' AND ') || 'true';
  const rescanned = chain.add(
    '__pgt_rescanned',
    'recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)',
    [
      `SELECT ${[...aggregate.groupBy.map((_, i) => groupKey(i)), 'g.__pgt_ctid', ...stateNames.map((n) => (n === '__pgt_count' || n.startsWith('__pgt_nonnull_') ? `coalesce(r.${n}, 0) AS ${n}` : `r.${n}`))].join(', ')}`,
      `  FROM ${ident(toRescan)} AS g`,
      `  LEFT JOIN (\n${block(recomputed, 4)}\n  ) AS r ON ${sameGroup}`,
      ` WHERE g.__pgt_rescan`,
    ].join('\n'),
  );
  const joined: OldState = {
    count: 'g.__pgt_old_count',
    value: (j) => `g.__pgt_old_value_${j}`,
    nonNull: (j) => (layout.nonNull[j] ? `g.__pgt_old_nonnull_${j}` : undefined),
  };
  const incremental = [
    `SELECT ${[...aggregate.groupBy.map((_, i) => `${groupKey(i)} AS ${gname(i)}`), 'g.__pgt_ctid', `${newCount(joined)} AS __pgt_count`, ...aggs.flatMap((_, j) => {
      const x = newState(joined, j);
      return [`${x.value} AS __pgt_value_${j}`, ...(x.nonNull ? [`${x.nonNull} AS __pgt_nonnull_${j}`] : []), ...(x.best ? [`${x.best} AS __pgt_best_${j}`] : [])];
    })].join(',\n       ')}`,
    `  FROM ${ident(toRescan)} AS g`,
    ` WHERE NOT g.__pgt_rescan`,
  ].join('\n');
  const fresh = chain.add('__pgt_new_state', 'new state of each changed group: stored state + change, or the recomputed state', `${incremental}\nUNION ALL\nSELECT * FROM ${ident(rescanned)}`);

  const newColumn = (i: number): Node => {
    if (i < k) return columnRefNode(gname(i), 'n');
    const j = i - k;
    return exprNode(finalValue(aggs[j]!, `n.__pgt_value_${j}`, `n.__pgt_nonnull_${j}`));
  };
  const applyCols = [`${rowIdSql(aggregate.groupBy.map((_, i) => `n.${ident(gname(i))}`), keyColumns)} AS __pgt_row_id`, 'n.__pgt_ctid', ...project.exprs.map((e, i) => `${overAggregate(e, newColumn)} AS ${ident(visible[i]!)}`), 'n.__pgt_count'];
  layout.keys.forEach((c, i) => c.startsWith('__pgt_') && applyCols.push(`n.${gname(i)} AS ${c}`));
  layout.values.forEach((c, j) => c.startsWith('__pgt_') && applyCols.push(`n.__pgt_value_${j} AS ${c}`));
  layout.nonNull.forEach((c, j) => c && applyCols.push(`n.__pgt_nonnull_${j} AS ${c}`));
  layout.best.forEach((c, j) => c && applyCols.push(`n.__pgt_best_${j} AS ${c}`));
  // Without GROUP BY there is always exactly one group, empty or not; HAVING alone decides whether it shows.
  const keepIf = [
    ...(scalar ? [] : [grandTotal ? `(n.__pgt_count > 0 OR n.${ident(gname(setKey))} = ${grandTotal})` : 'n.__pgt_count > 0']),
    ...(having ? [`${overAggregate(having, newColumn)} IS TRUE`] : []),
  ];
  applyCols.push(`${keepIf.length ? keepIf.join(' AND ') : 'true'} AS __pgt_keep`);
  const apply = chain.add(
    '__pgt_apply',
    `rows in storage layout; a group stays while it has rows${having ? ' and satisfies HAVING' : ''}`,
    `SELECT ${applyCols.join(',\n       ')}\n  FROM ${ident(fresh)} AS n`,
  );
  const statement = chain.render(
    [
      `MERGE INTO ${target(st)} AS s`,
      `USING ${ident(apply)} AS a`,
      `   ON s.ctid = a.__pgt_ctid`,
      ` WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE`,
      ` WHEN MATCHED THEN UPDATE SET ${storageCols.map((c) => `${ident(c)} = a.${ident(c)}`).join(', ')}`,
      ` WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (${columnList(all)}) VALUES (${columnList(all, 'a')})`,
    ].join('\n'),
  );
  return { kind: 'aggregate', visible, hidden: layout.hidden, storageQuery, deltaStatement: statement, variables, flags: overDistributed ? [DISTRIBUTED_RESCAN_FLAG] : [] };
}

/** Change of a group as bestAfterDeletions/bestAfterInsertions read it, as SQL: of the values deleted (or inserted), the best, the worst, and how many. */
interface BestValuesChange {
  readonly best: string;
  readonly worst: string;
  readonly count: string;
}

/**
 * A MIN/MAX's best values (`best`, ascending, of `nonNull` values in all, the inserted ones
 * included: see bestAfterInsertions) after the deletions of a change. The values kept are the
 * first ones of the group in order (the least for MIN, the greatest for MAX), all of them when
 * there are as many as its values. Deleted values beyond the last kept one change nothing; deleted
 * copies of one value are removed (copies of the last kept one may be among those not kept: then
 * all of its kept copies go); of several values, the best deleted one and those after it go, as
 * which copies of the others went is not known.
 */
function bestAfterDeletions(max: boolean, best: string, nonNull: string, del: BestValuesChange): string {
  const n = `cardinality(${best})`;
  const first = `array_position(${best}, ${del.best})`;
  const pastLast = `width_bucket(${del.best}, ${best}) + 1`;
  const beyond = max ? `${del.best} < (${best})[1]` : `${del.best} > (${best})[${n}]`;
  return [
    `CASE WHEN ${del.best} IS NULL OR (${n} <> ${nonNull} AND (${n} = 0 OR ${beyond})) THEN ${best}`,
    `     WHEN ${del.best} = ${del.worst} THEN (${best})[1:${first} - 1] || (${best})[least(${first} + ${del.count}, ${pastLast}):${n}]`,
    `     ELSE ${max ? `(${best})[${pastLast}:${n}]` : `(${best})[1:${first} - 1]`} END`,
  ].join('\n');
}

/**
 * A MIN/MAX's best values (`best`, ascending, of `nonNull` values in all) after the insertions of a
 * change, before its deletions (a value inserted and deleted in one batch is then found). Inserted
 * values beyond the last kept one (when they are not all of the group's) change nothing: values
 * not kept may come before them. Copies of one value go in their place; of several values, the
 * best one goes after the kept values up to it, and those beyond it go (the other inserted values
 * may come before them). At most BEST_KEPT are kept.
 */
function bestAfterInsertions(max: boolean, best: string, nonNull: string, ins: BestValuesChange): string {
  const n = `cardinality(${best})`;
  const place = `width_bucket(${ins.best}, ${best})`;
  const beyond = max ? `${ins.best} < (${best})[1]` : `${ins.best} > (${best})[${n}]`;
  const copies = `least(${ins.count}, ${BEST_KEPT})::int`;
  const spliced = `((${best})[1:${place}] || array_fill(${ins.best}, ARRAY[${copies}]) || (${best})[${place} + 1:${n}])`;
  // Of `length` values, the first BEST_KEPT (MIN) or the last (MAX).
  const kept = (values: string, length: string) => (max ? `${values}[greatest(${length} + 1 - ${BEST_KEPT}, 1):${length}]` : `${values}[1:${BEST_KEPT}]`);
  return [
    `CASE WHEN ${ins.best} IS NULL OR (${n} <> ${nonNull} AND (${n} = 0 OR ${beyond})) THEN ${best}`,
    `     WHEN ${ins.best} = ${ins.worst} THEN ${kept(spliced, `${n} + ${copies}`)}`,
    max
      ? `     ELSE ${kept(`(ARRAY[${ins.best}] || (${best})[${place} + 1:${n}])`, `${n} - ${place} + 1`)} END`
      : `     ELSE ${kept(`((${best})[1:${place}] || ARRAY[${ins.best}])`, `${place} + 1`)} END`,
  ].join('\n');
}

/** The base table column an expression over `input` is, when it is a plain column reference. */
function baseColumnOfExpr(e: Expr, input: Op): { table: QualifiedName; column: string } | undefined {
  const ref = plainColumn(e);
  return ref === undefined ? undefined : baseColumn(input, ref);
}

function baseColumn(op: Op, index: number): { table: QualifiedName; column: string } | undefined {
  switch (op.kind) {
    case 'scan':
      return { table: op.source.name, column: op.columns[index]!.name };
    case 'filter':
      return baseColumn(op.input, index);
    case 'project':
      return baseColumnOfExpr(op.exprs[index]!, op.input);
    case 'join': {
      let offset = 0;
      for (const inp of op.inputs) {
        if (index < offset + inp.columns.length) return baseColumn(inp, index - offset);
        offset += inp.columns.length;
      }
      return undefined;
    }
    case 'semi_join':
      return baseColumn(op.left, index);
    case 'window':
    case 'lateral_function':
      return index < op.input.columns.length ? baseColumn(op.input, index) : undefined;
    case 'aggregate':
    case 'distinct':
    case 'values':
    case 'recursive':
    case 'top_n':
      return undefined;
  }
}

/** Is there a usable index whose first column is `column` of `table`? */
function indexExistsSql(table: QualifiedName, column: string): string {
  return [
    `EXISTS (SELECT FROM pg_index AS x JOIN pg_attribute AS a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]`,
    `         WHERE x.indrelid = ${literal(qualified(table.schema, table.name))}::regclass AND a.attname = ${literal(column)}`,
    `           AND x.indisvalid AND x.indpred IS NULL)`,
  ].join('\n');
}

function block(sql: string, by: number): string {
  return indent(sql, by);
}

export { deparse, substitute };

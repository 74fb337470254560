/**
 * Current state and delta of the stateless operators (scan, filter,
 * project, join). Deltas are weighted rows: `__pgt_w` is +n for n
 * insertions and -n for n deletions of an identical row (a Z-set, as in
 * DBSP). Before a sink consolidates them, weights are always +1 or -1 (a
 * join term multiplies one delta's weight by current rows' 1 and old-state
 * rows' +-1), which the aggregate's delta relies on. Rules:
 *   scan:    the unconsumed rows of the source's change buffer
 *   filter:  linear, σ(Δ)
 *   project: linear, π(Δ)
 *   join:    bilinear; for inputs R1..Rn,
 *            Δ(R1 ⋈ .. ⋈ Rn) = Σi  R1' ⋈ .. ⋈ R(i-1)' ⋈ ΔRi ⋈ R(i+1) ⋈ .. ⋈ Rn
 *            where R' is the current state and R the state at the previous
 *            refresh (R = R' - ΔR). For two inputs: ΔL ⋈ R + L' ⋈ ΔR.
 */
import type { Node, RangeVar } from '@pgsql/types';
import { relationName } from '../catalog/build.js';
import { qualifiedKey } from '../catalog/catalog.js';
import { isOpaque, type KnownType } from '../catalog/types.js';
import { columnRefNode, columnsOf, mapAst, plainColumn, renderCondition, renderExprWith, renderItem, type Expr } from '../ir/expr.js';
import { beneathProjections, readName, scansOf, uniqueKey, visitOp, type OutputColumn, type Aggregate, type AggregateCall, type Join, type Op, type OuterJoin, type Project, type LateralFunction, type Recursive, type Scan, type SemiJoin, type TopN, type Values, type Window } from '../ir/ops.js';
import { columnList, comparable, groupByList, indent, sameValue, sumPerRow } from '../sql/fragments.js';
import { ident, qualifiedName } from '../sql/quote.js';
import { deparse } from '../parser/adapter.js';
import { bufferTable, pulledChanges, unconsumed } from './context.js';
import type { CteChain } from './cte.js';

export const W = '__pgt_w';

type Mode = 'current' | 'delta' | 'old';

export interface FromItem {
  readonly sql: string;
  /** Whether the item carries a `__pgt_w` weight column. */
  readonly weighted: boolean;
}

export class LinearRenderer {
  private readonly deltas = new Map<Op, string>();
  private readonly sourceDeltas = new Map<string, string>();

  /**
   * `inDelta`: this renders a delta statement, where a Citus distributed table's rows cannot be
   * read. Its state appears only in join terms that also hold the changes of another input, which
   * a refresh ensures are empty before it runs the statement (docs/CITUS.md): it is rendered as no
   * rows, of its columns.
   */
  constructor(
    private readonly chain: CteChain,
    private readonly inDelta = false,
  ) {}

  /** A FROM item for a scan's current rows in this statement, under `alias` if given. */
  private scanSource(o: Scan, alias?: string): string {
    if (this.inDelta && o.source.distributed) {
      return `(SELECT ${columnList(o.columns.map((c) => c.name), 'c')} FROM ${pulledChanges(o.source.name)} AS c WHERE false) AS ${ident(alias ?? 's')}`;
    }
    return `${qualifiedName(readName(o.source))}${alias ? ` AS ${ident(alias)}` : ''}`;
  }

  /** A SELECT producing the operator's current rows, columns named as `op.columns`. */
  current(op: Op): string {
    return visitOp<string>(op, {
      scan: (o) => `SELECT ${columnList(o.columns.map((c) => c.name))} FROM ${this.scanSource(o)}`,
      filter: (o) => {
        const a = aliasFor(o.input);
        return `SELECT ${columnList(names(o.input), a)}\n  FROM ${this.from(o.input, 'current', a).sql}\n WHERE ${condition(o.predicate, o.input, a)}`;
      },
      project: (o) => {
        const a = aliasFor(o.input);
        const cols = o.exprs.map((e, i) => `${item(e, o.input, a)} AS ${ident(o.columns[i]!.name)}`);
        return `SELECT ${cols.join(', ')}\n  FROM ${this.from(o.input, 'current', a).sql}`;
      },
      join: (o) => this.joinTerm(o, -1),
      outerJoin: (o) => {
        const [la, ra] = [sideAlias(o.left, 'l'), sideAlias(o.right, 'r')];
        const kind = { left: 'LEFT', right: 'RIGHT', full: 'FULL' }[o.preserve];
        return [
          `SELECT ${outerColumns(o, (i) => (i < o.left.columns.length ? la : ra))}`,
          `  FROM ${this.from(o.left, 'current', la).sql}`,
          `  ${kind} JOIN ${this.from(o.right, 'current', ra).sql} ON ${outerPredicate(o, la, ra)}`,
        ].join('\n');
      },
      semiJoin: (o) => {
        const [la, ra] = semiAliases(o);
        return [
          `SELECT ${columnList(names(o.left), la)}`,
          `  FROM ${this.from(o.left, 'current', la).sql}`,
          ` WHERE ${o.anti ? 'NOT ' : ''}EXISTS (SELECT FROM ${this.from(o.right, 'current', ra).sql} WHERE ${semiPredicate(o, la, ra)})`,
        ].join('\n');
      },
      aggregate: (o) => {
        const a = aliasFor(o.input);
        return `SELECT ${aggregateOutputs(o, a)}\n  FROM ${this.from(o.input, 'current', a).sql}${groupBy(o, a)}`;
      },
      distinct: () => unsupported('distinct'),
      // Each input's SELECT is a branch of the UNION itself, not a subquery, so that PostgreSQL
      // resolves the column types over all branches, as in the user's query (`NULL` in one
      // branch takes the type of the others instead of becoming text).
      union: (o) => o.inputs.map((inp) => `(\n${indentBlock(this.current(inp))}\n)`).join('\nUNION ALL\n'),
      window: (o) => {
        const a = aliasFor(o.input);
        return `SELECT ${windowOutputs(o, a)}\n  FROM ${this.from(o.input, 'current', a).sql}`;
      },
      values: (o) => `SELECT ${columnList(names(o), 'v')}\n  FROM ${valuesList(o)}`,
      recursive: (o) => recursiveSql(o, sourceTable),
      lateralFunction: (o) => {
        const a = aliasFor(o.input);
        return `SELECT ${lateralOutputs(o, a)}\n  FROM ${this.from(o.input, 'current', a).sql}\n ${lateralJoin(o, a)}`;
      },
      // All of the input's columns, the hidden ones the order reads included.
      topN: (o) => {
        const a = aliasFor(o.input);
        return `SELECT ${columnList(names(o.input), a)}\n  FROM ${this.from(o.input, 'current', a).sql}\n ORDER BY ${orderBySql(o, a)}\n LIMIT ${o.limit}`;
      },
    });
  }

  /** The operator as a FROM item in the given state, under `alias`. */
  from(op: Op, mode: Mode, alias: string, oldFromBuffer = false): FromItem {
    if (mode === 'current') {
      if (op.kind === 'scan') return { sql: this.scanSource(op, alias), weighted: false };
      return { sql: `(\n${indentBlock(this.current(op))}\n) AS ${ident(alias)}`, weighted: false };
    }
    const delta = this.delta(op);
    if (mode === 'delta') return { sql: `${ident(delta)} AS ${ident(alias)}`, weighted: true };
    // The state at the previous refresh: current rows, minus what changed since. With
    // `oldFromBuffer`, a source's changes are read from its buffer rather than the delta CTE: a
    // table scan can take the join condition as a parameter, so the planner may probe the source's
    // indexes for each row of a small other side (a CTE scan cannot, which forces a hash join over
    // all of the source). Outer joins use it: a few changed customers LEFT JOIN 1,000,000 orders
    // took 250 ms with the CTE and 24-56 ms without. Inner joins do not: the buffer has no
    // statistics, so the planner takes the delta for tiny and probed 10,000 customers once per
    // changed order (the benchmark's join at 1%: 104 ms against 87 ms with the CTE's hash join).
    const cols = names(op);
    const scan = op.kind === 'scan' ? op : undefined;
    const currentRows = scan
      ? `SELECT 1 AS ${W}, ${columnList(cols)} FROM ${this.scanSource(scan)}`
      : `SELECT 1 AS ${W}, ${columnList(cols)} FROM (\n${indent(this.current(op), 4)}\n  ) AS cur`;
    // A distributed table's changes are the pulled ones, in the delta CTE.
    const changes =
      scan && oldFromBuffer && !scan.source.distributed
        ? `SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, ${columnList(cols, 'c')} FROM ${bufferTable(scan.source.name)} AS c WHERE ${unconsumed('c')}`
        : `SELECT -${W}, ${columnList(cols)} FROM ${ident(delta)}`;
    const sql = `(\n  ${currentRows}\n  UNION ALL\n  ${changes}\n) AS ${ident(alias)}`;
    return { sql, weighted: true };
  }

  /** Name of the CTE holding the operator's delta: (`__pgt_w`, columns...). */
  delta(op: Op): string {
    const known = this.deltas.get(op);
    if (known) return known;
    const name = visitOp<string>(op, {
      scan: (o) => this.scanDelta(o),
      filter: (o) => {
        const d = this.delta(o.input);
        return this.chain.add(
          `delta_filter`,
          `filter (linear): changes of its input that satisfy ${short(o.predicate, o.input)}`,
          `SELECT d.${W}, ${columnList(names(o.input), 'd')}\n  FROM ${ident(d)} AS d\n WHERE ${condition(o.predicate, o.input, 'd')}`,
        );
      },
      project: (o) => this.chain.add(`delta_project`, 'project (linear): each changed row, projected', this.projectDelta(o)),
      join: (o) => this.joinDelta(o),
      outerJoin: (o) => this.outerJoinDelta(o),
      semiJoin: (o) => this.semiJoinDelta(o),
      aggregate: (o) => this.aggregateDelta(o),
      window: (o) => this.windowDelta(o),
      recursive: (o) => this.recursiveDelta(o),
      lateralFunction: (o) =>
        this.chain.add(
          'delta_lateral',
          'set-returning function (linear): the rows of each changed row',
          `SELECT d.${W}, ${lateralOutputs(o, 'd')}\n  FROM ${ident(this.delta(o.input))} AS d\n ${lateralJoin(o, 'd')}`,
        ),
      values: (o) => this.chain.add('delta_values', 'values: rows written in the query never change', `SELECT 1 AS ${W}, ${columnList(names(o), 'v')}\n  FROM ${valuesList(o)}\n WHERE false`),
      distinct: () => unsupported('distinct'),
      topN: () => unsupported('ORDER BY ... LIMIT'),
      union: (o) =>
        this.chain.add(
          'delta_union',
          `union all (linear): the changes of each of its ${o.inputs.length} inputs`,
          // A projected input is computed in the branch itself, for the same reason as in current().
          o.inputs
            .map((inp) => `(\n${indentBlock(inp.kind === 'project' ? this.projectDelta(inp) : `SELECT d.${W}, ${columnList(names(inp), 'd')}\n  FROM ${ident(this.delta(inp))} AS d`)}\n)`)
            .join('\nUNION ALL\n'),
        ),
    });
    this.deltas.set(op, name);
    return name;
  }

  /** The changes of a projection: its input's changes, projected. */
  private projectDelta(o: Project): string {
    const d = this.delta(o.input);
    const cols = o.exprs.map((e, i) => `${item(e, o.input, 'd')} AS ${ident(o.columns[i]!.name)}`);
    return `SELECT d.${W}, ${cols.join(', ')}\n  FROM ${ident(d)} AS d`;
  }

  private scanDelta(o: Scan): string {
    const key = qualifiedKey(o.source.name);
    const known = this.sourceDeltas.get(key);
    if (known) return known;
    const cols = o.columns.map((c) => c.name);
    if (o.source.distributed) {
      const pulled = this.chain.add(
        `delta_${o.source.name.name}`,
        `scan ${key}: its changes on every node, pulled before this statement (an UPDATE is a deletion and an insertion)`,
        `SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS ${W}, ${columnList(cols, 'c')}\n  FROM ${pulledChanges(o.source.name)} AS c`,
      );
      this.sourceDeltas.set(key, pulled);
      return pulled;
    }
    const name = this.chain.add(
      `delta_${o.source.name.name}`,
      `scan ${key}: changes not yet consumed (an UPDATE is a deletion and an insertion)`,
      // No test of __pgt_action beyond the weight: the buffer holds only 'I' and 'D' rows, and a
      // filter on it would make the planner think the delta tiny (the buffer has no statistics).
      [
        `SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS ${W}, ${columnList(cols, 'c')}`,
        `  FROM ${bufferTable(o.source.name)} AS c`,
        ` WHERE ${unconsumed('c')}`,
      ].join('\n'),
    );
    this.sourceDeltas.set(key, name);
    return name;
  }

  private joinDelta(o: Join): string {
    const terms = o.inputs.map((_, i) => this.joinTerm(o, i));
    const aliases = o.inputs.map((inp, i) => joinAlias(inp, i));
    const rule = o.inputs
      .map((_, i) => aliases.map((a, j) => (j < i ? `${a}'` : j === i ? `d(${a})` : a)).join(' JOIN '))
      .join('\n  + ');
    return this.chain.add(
      'delta_join',
      `inner join (bilinear): the sum of\n    ${rule}\n(d(X) holds the changes of X, X' its current state, X its state at the previous refresh)`,
      terms.join('\nUNION ALL\n'),
    );
  }

  /**
   * An outer join is its inner join plus the unmatched rows of each preserved side, NULL-padded
   * (A = P ▷ N, the rows of P without a match in N). The inner join changes by the bilinear rule;
   * A changes where a row of P changes, and where a row of P gains its first match or loses its
   * last one, which only the rows of P matching a changed row of N can:
   *   ΔA = ΔP ▷ N' + Σ p ∈ P matching a row of ΔN: w(p) · ([p has no match in N'] - [p had none in N])
   * (P here is the state at the previous refresh, P' - ΔP, weighted like every old state.)
   */
  private outerJoinDelta(o: OuterJoin): string {
    const inner: Join = { kind: 'join', inputs: [o.left, o.right], predicate: o.predicate, columns: o.columns };
    const terms = [this.joinTerm(inner, 0, true), this.joinTerm(inner, 1, true)];
    if (o.preserve !== 'right') terms.push(...this.unmatchedDelta(o, 'left'));
    if (o.preserve !== 'left') terms.push(...this.unmatchedDelta(o, 'right'));
    const sides = o.preserve === 'full' ? 'of either side' : `of the ${o.preserve} side`;
    return this.chain.add(
      'delta_outer_join',
      `${o.preserve} outer join: the inner join's changes (bilinear), and the rows ${sides} that\nbecame or stopped being unmatched, with NULLs for the other side`,
      terms.join('\nUNION ALL\n'),
    );
  }

  /**
   * The two terms of ΔA for the preserved side `side` (see outerJoinDelta), NULL-padded.
   */
  private unmatchedDelta(o: OuterJoin, side: 'left' | 'right'): string[] {
    const [kept, other] = side === 'left' ? [o.left, o.right] : [o.right, o.left];
    const matches = (a: string) => (side === 'left' ? outerPredicate(o, a, X) : outerPredicate(o, X, a));
    // The other side's columns come from a join that never matches: NULLs of the right types.
    const padding = `\n  LEFT JOIN ${this.from(other, 'current', PAD).sql} ON false`;
    const select = outerColumns(o, (i) => ((i < o.left.columns.length) === (side === 'left') ? P : PAD));
    const n = o.left.columns.length;
    const read = columnsOf(o.predicate).flatMap((i) => ((i < n) === (side === 'left') ? [] : [i < n ? o.left.columns[i]!.name : o.right.columns[i - n]!.name]));
    return this.matchChangeTerms(kept, other, { matches, read }, 'unmatched', select, padding, `${o.preserve} outer join: rows of the ${side} side`);
  }

  /**
   * A semi join S = L ⋉ R (EXISTS, IN) keeps each row of L that matches a row of R; an anti join
   * (NOT EXISTS, NOT IN) keeps the others, and is the unmatched part of an outer join. A row's
   * presence changes where it changes, and where it gains its first match or loses its last:
   *   ΔS = ΔL ⋉ R' + Σ l ∈ L matching a row of ΔR: w(l) · ([l matches in R'] - [l matched in R])
   * and likewise for the anti join with "has no match".
   */
  private semiJoinDelta(o: SemiJoin): string {
    const matches = (a: string) => semiPredicate(o, a, X);
    const n = o.left.columns.length;
    const read = columnsOf(o.predicate).flatMap((i) => (i < n ? [] : [o.right.columns[i - n]!.name]));
    const terms = this.matchChangeTerms(o.left, o.right, { matches, read }, o.anti ? 'unmatched' : 'matched', columnList(names(o.left), P), '', `${o.anti ? 'anti' : 'semi'} join: rows of the left side`);
    return this.chain.add(
      'delta_semi_join',
      `${o.anti ? 'anti join (NOT EXISTS, NOT IN)' : 'semi join (EXISTS, IN)'}: the changed rows of the left side that ${o.anti ? 'match no' : 'match a'} row of the right,\nand the rows of the left side whose match on the right appeared or disappeared`,
      terms.join('\nUNION ALL\n'),
    );
  }

  /**
   * The changes of the rows of `kept` that match (`want` = 'matched') or do not match any row of
   * `other`: its changed rows that do (or do not) now, and its rows before this refresh that
   * match a changed row of `other` and so may have gained their first match or lost their last.
   * `condition.matches(a)` tests a row of `kept` under alias `a` against a row of `other` under X,
   * reading the columns `condition.read` of it; `select` lists the output columns (reading P, the
   * kept row), after `padding` joins. Every step is a join the planner can choose how to run (hash,
   * or index probes when few rows changed), never a subquery per row over the changes.
   */
  private matchChangeTerms(
    kept: Op,
    other: Op,
    condition: { matches: (a: string) => string; read: readonly string[] },
    want: 'matched' | 'unmatched',
    select: string,
    padding: string,
    what: string,
  ): string[] {
    const { matches } = condition;
    const otherDelta = ident(this.delta(other));
    const key = uniqueKey(other);
    // (A key that may be NULL, an aggregate's group key, could not be tested with NOT IN.)
    const keyed = key !== undefined && key.length > 0 && key.every((i) => other.columns[i]!.notNull);
    // Numbered only where their matches are counted and joined back by number.
    const candidates = this.chain.add(
      '__pgt_candidates',
      `${what} (before this refresh) that match a changed row of the other side`,
      `SELECT ${keyed ? '' : 'row_number() OVER () AS __pgt_rn, '}${P}.*\n  FROM ${this.from(kept, 'old', P, true).sql}\n WHERE EXISTS (SELECT FROM ${otherDelta} AS ${X} WHERE ${matches(P)})`,
    );
    const now = `EXISTS (SELECT FROM ${this.from(other, 'current', X).sql} WHERE ${matches(P)}${probed(other)})`;
    const changedRows = [
      `SELECT ${P}.${W}, ${select}`,
      `  FROM ${ident(this.delta(kept))} AS ${P}${padding}`,
      ` WHERE ${want === 'unmatched' ? 'NOT ' : ''}${now}`,
    ].join('\n');

    if (keyed) {
      // The other side holds each row once: whether a candidate had a match before is whether a row
      // it matches was deleted, or one it matches now was there already (not inserted since). Both
      // are existence tests, which stop at the first match (an index probe each, for few
      // candidates), where counting every match reads all of them.
      const cols = names(other);
      const keyCols = key!.map((i) => cols[i]!);
      const net = [...new Set([...keyCols, ...condition.read])];
      const otherNet = this.chain.add(
        '__pgt_other_net',
        'the net changes of the other side, by its key and the columns the condition reads',
        sumPerRow(net.map((n) => other.columns[cols.indexOf(n)]!), otherDelta, X, W, { as: W, keep: '<> 0' }),
      );
      // Key columns are never NULL here, so NOT IN is exact; it runs as one hashed subplan, where a NOT EXISTS over the CTE (whose size the
      // planner does not know) ran as a nested loop per row: 670 ms for 1,881 candidates.
      // Keys without an `=` PostgreSQL finds (a domain over an enum) are compared by their text.
      const keyType = (c: string) => other.columns[cols.indexOf(c)]!.type;
      const keyRefs = (alias: string) => keyCols.map((c) => comparable(`${alias}.${ident(c)}`, keyType(c))).join(', ');
      const keyList = keyCols.length === 1 ? keyRefs(X) : `(${keyRefs(X)})`;
      // A candidate matches now, or matched before: a row it matches was deleted since, or one it
      // matches now was there already (not inserted since), which implies that it matches now. So
      // it gained its first match when it matches now and neither held, and lost its last when it
      // matches no row now and one was deleted. Each test is a semi or anti join of the candidates
      // with the other side (an index probe per candidate when few); the candidates are never the
      // side a hash is built on by their own row number, whose estimate grows without bound along
      // a chain of joins (PostgreSQL 18 spent seconds sizing such hashes for a few rows).
      const deleted = `EXISTS (SELECT FROM ${ident(otherNet)} AS ${X} WHERE ${X}.${W} < 0 AND ${matches(P)})`;
      const stayed = [
        `EXISTS (SELECT FROM ${this.from(other, 'current', X).sql}`,
        `                WHERE ${matches(P)}`,
        `                  AND ${keyList} NOT IN (SELECT ${keyRefs('n')} FROM ${ident(otherNet)} AS n WHERE n.${W} > 0)${probed(other)})`,
      ].join('\n');
      const term = (comment: string, sign: string, conditions: readonly string[]) =>
        [
          `-- ${comment}`,
          `SELECT ${P}.${W}${sign === '+' ? '' : ' * -1'} AS ${W}, ${select}`,
          `  FROM ${ident(candidates)} AS ${P}${padding}`,
          ` WHERE ${conditions.join('\n   AND ')}`,
        ].join('\n');
      const gained = term(want === 'unmatched' ? '-w: the row gained its first match' : '+w: the row gained its first match', want === 'unmatched' ? '-' : '+', [now, `NOT ${deleted}`, `NOT ${stayed}`]);
      const lost = term(want === 'unmatched' ? '+w: the row lost its last match' : '-w: the row lost its last match', want === 'unmatched' ? '+' : '-', [`NOT ${now}`, deleted]);
      return [changedRows, gained, lost];
    }

    // Rows of the other side may repeat: a candidate's matches are counted, now and net of the
    // changes (the old count is the first minus the second), and joined back by its number.
    const flipped = (comment: string, weight: string, joins: string) =>
      [
        `SELECT t.* FROM (`,
        `  -- ${comment}`,
        `  SELECT ${P}.${W} * ${weight} AS ${W},`,
        `         ${select}`,
        `    FROM ${ident(candidates)} AS ${P}`,
        `${joins}${padding.replace(/^\n/, '\n  ')}`,
        `) AS t`,
        ` WHERE t.${W} <> 0`,
      ].join('\n');
    const comment = want === 'unmatched' ? '+w when the row lost its last match, -w when it gained its first' : '+w when the row gained its first match, -w when it lost its last';
    const matchesNow = this.chain.add(
      '__pgt_matches_now',
      'how many rows of the other side each candidate matches now',
      `SELECT ${P}.__pgt_rn, count(*) AS n\n  FROM ${ident(candidates)} AS ${P}\n  JOIN ${this.from(other, 'current', X).sql} ON ${matches(P)}\n GROUP BY ${P}.__pgt_rn`,
    );
    const matchesChanged = this.chain.add(
      '__pgt_matches_changed',
      'the net change in the number of rows each candidate matches (the old count is now minus this)',
      `SELECT ${P}.__pgt_rn, sum(${X}.${W}) AS n\n  FROM ${ident(candidates)} AS ${P}\n  JOIN ${otherDelta} AS ${X} ON ${matches(P)}\n GROUP BY ${P}.__pgt_rn`,
    );
    const countNow = `coalesce(${X}now.n, 0)`;
    const countBefore = `${countNow} - coalesce(${X}changed.n, 0)`;
    const weight = want === 'unmatched' ? `((${countNow} = 0)::int - (${countBefore} <= 0)::int)` : `((${countNow} > 0)::int - (${countBefore} > 0)::int)`;
    const joins = [
      `    LEFT JOIN ${ident(matchesNow)} AS ${X}now ON ${X}now.__pgt_rn = ${P}.__pgt_rn`,
      `    LEFT JOIN ${ident(matchesChanged)} AS ${X}changed ON ${X}changed.__pgt_rn = ${P}.__pgt_rn`,
    ].join('\n');
    return [changedRows, flipped(comment, weight, joins)];
  }

  /**
   * An aggregate below the root (in a subquery in FROM, a WITH query, a branch of a union) keeps no
   * state: its changes are the groups its input's changes touch, recomputed now (+1) and as they
   * were (-1). The rows a group had are its current rows plus the deleted minus the inserted ones,
   * consolidated and repeated as often as they occurred; so any aggregate works, MIN/MAX and
   * count(DISTINCT) included, at the cost of reading the touched groups' rows twice.
   */
  private aggregateDelta(o: Aggregate): string {
    if (o.groupingSets) throw new Error('internal: GROUPING SETS below the root (the binder refuses them)');
    const k = o.groupBy.length;
    const rows = this.touchedGroupRows(o.input, o.groupBy, (i) => o.columns[i]!, 'aggregate in a subquery');
    // Without GROUP BY the one group always has a row (count 0 when empty): only when something changed.
    const only = k ? '' : `\n WHERE EXISTS (SELECT FROM ${ident(rows.changed)})\nHAVING EXISTS (SELECT FROM ${ident(rows.changed)})`;
    const a = 'i';
    const outputs = aggregateOutputs(o, a);
    return this.chain.add(
      'delta_aggregate',
      'aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was',
      [
        `SELECT 1 AS ${W}, ${outputs}`,
        `  FROM (\n${indent(rows.now, 4)}\n  ) AS ${a}${only}${groupBy(o, a)}`,
        `UNION ALL`,
        `SELECT -1, ${outputs}`,
        `  FROM ${ident(rows.before)} AS ${a}${only}${groupBy(o, a)}`,
      ].join('\n'),
    );
  }

  /**
   * A recursive WITH query: its rows now (+1) and as they were (-1), the query run again over its
   * tables' old state (now, plus deleted, minus inserted), consolidated; only when one of its
   * tables changed, as it reads them whole.
   */
  private recursiveDelta(o: Recursive): string {
    const scans = [...new Map([...scansOf(o.base), ...scansOf(o.step)].map((x) => [qualifiedKey(x.source.name), x])).values()];
    const deltas = new Map(scans.map((x) => [qualifiedKey(x.source.name), this.delta(x)]));
    // A query reading no table (`SELECT 1 UNION ALL SELECT x + 1 ... WHERE x < 5`) never changes.
    const changed = [...deltas.values()].map((d) => `EXISTS (SELECT FROM ${ident(d)})`).join(' OR ') || 'false';
    // Each table's old state, once.
    const olds = new Map(
      scans.map((scan) => {
        const key = qualifiedKey(scan.source.name);
        const now = `SELECT ${columnList(names(scan), 't')} FROM ${qualifiedName(readName(scan.source))} AS t`;
        return [key, this.chain.add('__pgt_old', `${key} as it was before this refresh, for the recursive WITH query ${o.name}`, rowsBefore(scan.columns, now, ident(deltas.get(key)!)))];
      }),
    );
    const old = recursiveSql(o, (scan, rv) => ({ RangeVar: { relname: olds.get(qualifiedKey(scan.source.name))!, inh: true, relpersistence: 'p', alias: rv.alias ?? { aliasname: rv.relname } } }) as Node);
    const now = recursiveSql(o, sourceTable);
    const cols = columnList(names(o), 'r');
    const rows = [
      `(SELECT 1 AS ${W}, ${cols} FROM (\n${indent(now, 4)}\n  ) AS r WHERE ${changed}`,
      `UNION ALL`,
      `SELECT -1, ${cols} FROM (\n${indent(old, 4)}\n  ) AS r WHERE ${changed})`,
    ].join('\n');
    return this.chain.add('delta_recursive', `recursive WITH query ${o.name}: its rows now minus as they were, when one of its tables changed`, sumPerRow(o.columns, rows, 'u', W, { as: W, keep: '<> 0' }));
  }

  /** Window functions: the partitions the input's changes touch, computed now (+1) and as they were (-1). */
  private windowDelta(o: Window): string {
    const rows = this.touchedGroupRows(o.input, o.partitionBy, (i) => ({ name: `__pgt_p${i}`, notNull: partitionColumn(o, i)?.notNull ?? false, type: partitionColumn(o, i)?.type }), 'window', 'partitions');
    const a = 'i';
    const outputs = windowOutputs(o, a);
    return this.chain.add(
      'delta_window',
      'window (recomputed per touched partition): each touched partition as it is now, minus as it was',
      [`SELECT 1 AS ${W}, ${outputs}`, `  FROM (\n${indent(rows.now, 4)}\n  ) AS ${a}`, `UNION ALL`, `SELECT -1, ${outputs}`, `  FROM ${ident(rows.before)} AS ${a}`].join('\n'),
    );
  }

  /**
   * The rows of the groups (by `keys` over `input`) that the input's changes touch: `changed`, the
   * CTE of their keys; `now`, a SELECT of their current rows; `before`, the CTE of their rows before
   * this refresh (the current ones, plus the deleted, minus the inserted, as often as each occurred).
   * Without keys, the one group, touched when anything changed.
   */
  private touchedGroupRows(
    input: Op,
    keys: readonly Expr[],
    keyColumn: (i: number) => { readonly name: string; readonly notNull: boolean; readonly type?: KnownType | undefined },
    what: string,
    groups = 'groups',
  ): { changed: string; now: string; before: string } {
    const d = ident(this.delta(input));
    const k = keys.length;
    const cols = names(input);
    const key = (i: number) => ident(keyColumn(i).name);
    const changed = this.chain.add(
      '__pgt_changed_groups',
      `${what}: the ${groups} its input's changes touch${k ? '' : ' (without GROUP BY, its one group)'}`,
      k ? `SELECT DISTINCT ${keys.map((g, i) => `${item(g, input, 'd')} AS ${key(i)}`).join(', ')}\n  FROM ${d} AS d` : `SELECT WHERE EXISTS (SELECT FROM ${d})`,
    );
    const same = (i: number) => sameValue(render(keys[i]!, input, 'c'), `k.${key(i)}`, keyColumn(i).notNull, keyColumn(i).type);
    const matches = (first: string) => [first, ...keys.slice(1).map((_, i) => same(i + 1))].join(' AND ');
    const from = this.from(input, 'current', 'c').sql;
    const select = (on: string) => `SELECT ${columnList(cols, 'c')}\n  FROM ${from}\n  JOIN ${ident(changed)} AS k ON ${on}`;
    const first = k ? render(keys[0]!, input, 'c') : '';
    const firstType = k ? keyColumn(0).type : undefined;
    // `x IS NOT DISTINCT FROM y` cannot probe an index: when no key is known never to be NULL,
    // the groups whose first key is a value and those where it is NULL are read apart, so that
    // each is an index probe (a 3-row change of 400,000 rows: 2.4-6 ms instead of 130-140 ms).
    const now = !k
      ? select('true')
      : keys.some((_, i) => keyColumn(i).notNull)
        ? select(keys.map((_, i) => same(i)).join(' AND '))
        : `${select(matches(`${comparable(first, firstType)} = ${comparable(`k.${key(0)}`, firstType)}`))}\nUNION ALL\n${select(matches(`${first} IS NULL AND k.${key(0)} IS NULL`))}`;
    const before = this.chain.add('__pgt_group_rows_before', `${what}: the touched ${groups}' rows before this refresh (now, plus deleted, minus inserted)`, rowsBefore(input.columns, now, d));
    return { changed, now, before };
  }

  /** Term `i` of a join's delta; i = -1 renders the join's current state. */
  private joinTerm(o: Join, i: number, oldFromBuffer = false): string {
    const items = o.inputs.map((inp, j) => {
      const mode: Mode = i < 0 || j < i ? 'current' : j === i ? 'delta' : 'old';
      return { alias: joinAlias(inp, j), ...this.from(inp, mode, joinAlias(inp, j), oldFromBuffer) };
    });
    const weights = items.filter((x) => x.weighted).map((x) => `${ident(x.alias)}.${W}`);
    const offsets = offsetsOf(o);
    const column = (index: number) => {
      const j = offsets.findIndex((start, k) => index >= start && index < start + o.inputs[k]!.columns.length);
      return columnRefNode(o.inputs[j]!.columns[index - offsets[j]!]!.name, items[j]!.alias);
    };
    const select = o.columns.map((c, index) => {
      const j = offsets.findIndex((start, k) => index >= start && index < start + o.inputs[k]!.columns.length);
      return `${ident(items[j]!.alias)}.${ident(o.inputs[j]!.columns[index - offsets[j]!]!.name)} AS ${ident(c.name)}`;
    });
    const head = i < 0 ? '' : `${weights.join(' * ')} AS ${W}, `;
    const where = o.predicate ? `\n WHERE ${renderCondition(o.predicate, column)}` : '';
    return `SELECT ${head}${select.join(', ')}\n  FROM ${items.map((x) => x.sql).join(',\n       ')}${where}`;
  }
}

/**
 * ` OFFSET 0` to end an EXISTS over `op` as it is now, where `op` is an aggregate (or over one):
 * PostgreSQL then keeps the EXISTS a subplan run per row rather than a semi join, and pushes its
 * test of the row's key down into the grouping as a WHERE on the group key, an index probe per
 * row of the few a refresh tests. As a semi join, the whole aggregate was computed: 2 changed
 * orders of 200,000 read them all twice for a count per customer (365-383 ms, the query's own
 * cost).
 */
function probed(op: Op): string {
  return beneathProjections(op).kind === 'aggregate' ? ' OFFSET 0' : '';
}

/** A window's output over its input under `alias`: the input's columns, then each call. */
function windowOutputs(o: Window, alias: string): string {
  const n = o.input.columns.length;
  return [columnList(names(o.input), alias), ...o.calls.map((c, j) => `${item(c, o.input, alias)} AS ${ident(o.columns[n + j]!.name)}`)].join(', ');
}

/** The output of a lateral function over its input under `alias`: the input's columns, then the function's (`__pgt_f0`, ...). */
function lateralOutputs(o: LateralFunction, alias: string): string {
  const n = o.input.columns.length;
  return o.columns.map((c, i) => `${i < n ? `${ident(alias)}.${ident(o.input.columns[i]!.name)}` : `${LATERAL_ALIAS}.${ident(functionColumn(o, i - n))}`} AS ${ident(c.name)}`).join(', ');
}

const LATERAL_ALIAS = '__pgt_fn';

/** The name of the function's j-th column under LATERAL_ALIAS: a definition list's own, else __pgt_f<j>. */
function functionColumn(o: LateralFunction, j: number): string {
  return o.definitions ? o.definitions[j]!.name : `__pgt_f${j}`;
}

/** `fn(args over alias) [WITH ORDINALITY] AS __pgt_fn(__pgt_f0, ...)`. */
function lateralCall(o: LateralFunction, alias: string): string {
  const width = o.columns.length - o.input.columns.length;
  // A column definition list keeps its names (the JSON keys read) and types (deparsed from the parse tree).
  const cols = o.definitions
    ? o.definitions.map((d) => `${ident(d.name)} ${d.type}`).join(', ')
    : Array.from({ length: width }, (_, i) => ident(functionColumn(o, i))).join(', ');
  return `${item(o.call, o.input, alias)}${o.ordinality ? ' WITH ORDINALITY' : ''} AS ${LATERAL_ALIAS}(${cols})`;
}

/**
 * The rows `now` selects (`columns`) as they were before this refresh: plus the deleted, minus the
 * inserted (the changes in the CTE `delta`), each repeated as often as it occurred.
 */
function rowsBefore(columns: readonly OutputColumn[], now: string, delta: string): string {
  const cols = columns.map((c) => c.name);
  const rows = [
    `(SELECT 1 AS ${W}, ${columnList(cols, 'c')} FROM (\n${indent(now, 12)}\n               ) AS c`,
    `                UNION ALL`,
    `                SELECT -d.${W}, ${columnList(cols, 'd')} FROM ${delta} AS d)`,
  ].join('\n');
  const counted = columns.some((c) => isOpaque(c.type))
    ? `(\n${indent(sumPerRow(columns, rows, 'u', W, { as: '__pgt_n', keep: '> 0' }), 8)}\n       ) AS r,`
    : [
        `(SELECT ${columnList(cols, 'u')}, sum(u.${W}) AS __pgt_n`,
        `          FROM ${rows} AS u`,
        `         GROUP BY ${columnList(cols, 'u')}`,
        `        HAVING sum(u.${W}) > 0) AS r,`,
      ].join('\n');
  return [`SELECT ${columnList(cols, 'r')}`, `  FROM ${counted}`, `       generate_series(1, r.__pgt_n)`].join('\n');
}

/** A table a recursive WITH query reads, read as it is now (qualified; a Citus table through its copy). */
function sourceTable(scan: Scan, rv: RangeVar): Node {
  return { RangeVar: { ...rv, schemaname: readName(scan.source).schema, relname: readName(scan.source).name, alias: rv.alias ?? { aliasname: rv.relname } } } as Node;
}

/** `CROSS JOIN LATERAL fn(...) AS ...`, or `LEFT JOIN LATERAL fn(...) AS ... ON condition`. */
function lateralJoin(o: LateralFunction, alias: string): string {
  if (!o.leftJoin) return `CROSS JOIN LATERAL ${lateralCall(o, alias)}`;
  const n = o.input.columns.length;
  const on = renderCondition(o.leftJoin.on, (i) => (i < n ? columnRefNode(o.input.columns[i]!.name, alias) : columnRefNode(functionColumn(o, i - n), LATERAL_ALIAS)));
  return `LEFT JOIN LATERAL ${lateralCall(o, alias)} ON ${on}`;
}

/**
 * `WITH RECURSIVE name(columns) AS (body) SELECT columns FROM name`, each table the body reads
 * replaced by `table(scan, rangeVar)`: the table itself, or its old state.
 */
function recursiveSql(o: Recursive, table: (scan: Scan, rv: RangeVar) => Node): string {
  const scans = [...scansOf(o.base), ...scansOf(o.step)];
  const body = mapAst(o.body, (n, type) => {
    if (type !== 'RangeVar') return undefined;
    const rv = (n as { RangeVar: RangeVar }).RangeVar;
    if (rv.schemaname === undefined && rv.relname === o.name) return undefined;
    const name = relationName(rv);
    const scan = scans.find((x) => qualifiedKey(x.source.name) === qualifiedKey(name));
    return scan ? table(scan, rv) : undefined;
  }) as Node;
  const cols = columnList(names(o));
  return `WITH RECURSIVE ${ident(o.name)}(${cols}) AS (\n${indent(deparse(body), 2)}\n)\nSELECT ${cols} FROM ${ident(o.name)}`;
}

/** The ORDER BY list of a top n, over its input's columns under `alias`. */
export function orderBySql(o: TopN, alias: string): string {
  return o.orderBy.map((k) => `${alias}.${ident(o.input.columns[k.column]!.name)} ${k.descending ? 'DESC' : 'ASC'} NULLS ${k.nullsFirst ? 'FIRST' : 'LAST'}`).join(', ');
}

/** `(VALUES (...), ...) AS v(columns)`. */
function valuesList(o: Values): string {
  const rows = o.rows.map((r) => `(${r.map((e) => renderExprWith(e, () => columnRefNode('?'))).join(', ')})`);
  return `(VALUES ${rows.join(', ')}) AS v(${columnList(names(o))})`;
}

/** Partition key `i` of a window, if it is a column of the window's input. */
function partitionColumn(o: Window, i: number): OutputColumn | undefined {
  const ref = plainColumn(o.partitionBy[i]!);
  return ref === undefined ? undefined : o.input.columns[ref];
}

export function names(op: Op): string[] {
  return op.columns.map((c) => c.name);
}

/** Renders an expression over `input`'s columns qualified by `alias`. */
export function render(e: Expr, input: Op, alias: string): string {
  return renderExprWith(e, (i) => columnRefNode(input.columns[i]!.name, alias));
}

/** A condition over `input`'s columns qualified by `alias`, to stand alone or beside others joined by AND. */
function condition(e: Expr, input: Op, alias: string): string {
  return renderCondition(e, (i) => columnRefNode(input.columns[i]!.name, alias));
}

/** An expression over `input`'s columns qualified by `alias`, as an item of a list or a function's argument. */
export function item(e: Expr, input: Op, alias: string): string {
  return renderItem(e, (i) => columnRefNode(input.columns[i]!.name, alias));
}

/** An expression over `input`'s columns by their bare names (for comments). */
function short(e: Expr, input: Op): string {
  return renderItem(e, (i) => columnRefNode(input.columns[i]!.name));
}

function aliasFor(op: Op): string {
  return op.kind === 'scan' ? op.alias : 'i';
}

function joinAlias(op: Op, j: number): string {
  return op.kind === 'scan' ? op.alias : `__pgt_j${j + 1}`;
}

function sideAlias(op: Op, side: 'l' | 'r'): string {
  return op.kind === 'scan' ? op.alias : `__pgt_${side}`;
}

/** An aggregate's group keys and aggregates over its input's rows under `alias`, named as its columns (a SELECT list). */
function aggregateOutputs(o: Aggregate, alias: string): string {
  const k = o.groupBy.length;
  const keys = o.groupBy.map((g, i) => `${item(g, o.input, alias)} AS ${ident(o.columns[i]!.name)}`);
  const aggs = o.aggregates.map((x, j) => `${aggregateCall(x, o.input, alias)} AS ${ident(o.columns[k + j]!.name)}`);
  return [...keys, ...aggs].join(', ');
}

function groupBy(o: Aggregate, alias: string): string {
  return o.groupBy.length ? `\n GROUP BY ${groupByList(o.groupBy.map((g) => item(g, o.input, alias)), o.groupingSets)}` : '';
}

/** The call as PostgreSQL computes it (a FILTER is folded into the argument). */
function aggregateCall(a: AggregateCall, input: Op, alias: string): string {
  if (a.fn === 'recompute') return item(a.call!, input, alias);
  return `${a.fn}(${a.arg ? item(a.arg, input, alias) : '*'})`;
}

/** Aliases of the kept row, the other side's row and the NULL padding in the terms of matchChangeTerms. */
const [P, X, PAD] = ['__pgt_p', '__pgt_x', '__pgt_pad'];

/** The aliases of a semi join's two sides in its current state; a subquery may reuse an alias of the query around it. */
function semiAliases(o: SemiJoin): [string, string] {
  const l = sideAlias(o.left, 'l');
  const r = sideAlias(o.right, 'r');
  return [l, r === l ? '__pgt_r' : r];
}

/** A semi join's condition with the left side's columns read from `l` and the right side's from `r`. */
function semiPredicate(o: SemiJoin, l: string, r: string): string {
  const n = o.left.columns.length;
  return renderCondition(o.predicate, (i) => (i < n ? columnRefNode(o.left.columns[i]!.name, l) : columnRefNode(o.right.columns[i - n]!.name, r)));
}

/** An outer join's output columns, each read from the alias `aliasOf(index)` gives. */
function outerColumns(o: OuterJoin, aliasOf: (index: number) => string): string {
  const n = o.left.columns.length;
  return o.columns
    .map((c, i) => `${ident(aliasOf(i))}.${ident(i < n ? o.left.columns[i]!.name : o.right.columns[i - n]!.name)} AS ${ident(c.name)}`)
    .join(', ');
}

/** The join condition with the left side's columns read from `l` and the right side's from `r`. */
function outerPredicate(o: OuterJoin, l: string, r: string): string {
  const n = o.left.columns.length;
  return renderCondition(o.predicate, (i) => (i < n ? columnRefNode(o.left.columns[i]!.name, l) : columnRefNode(o.right.columns[i - n]!.name, r)));
}

function offsetsOf(o: Join): number[] {
  const out: number[] = [];
  let n = 0;
  for (const inp of o.inputs) {
    out.push(n);
    n += inp.columns.length;
  }
  return out;
}

function indentBlock(sql: string): string {
  return indent(sql, 2);
}

function unsupported(kind: string): never {
  throw new Error(`internal: ${kind} below a join or filter is not supported by the linear renderer`);
}

/**
 * Set operations as queries of the operators trickle maintains where its own operators do not
 * apply: one grouping of the two branches, united and tagged by side (GROUP BY takes NULL for
 * equal to NULL, as set operations compare rows), counting each row's copies per side:
 *
 *   SELECT pgt_u.pgt_c1, ..., count(*) FILTER (WHERE pgt_u.pgt_side = 1) AS pgt_m,
 *          count(*) FILTER (WHERE pgt_u.pgt_side = 2) AS pgt_n
 *     FROM (SELECT pgt_l.pgt_c1, ..., 1 AS pgt_side FROM (<left>) AS pgt_l(pgt_c1, ...)
 *           UNION ALL
 *           SELECT pgt_r.pgt_c1, ..., 2 FROM (<right>) AS pgt_r(pgt_c1, ...)) AS pgt_u
 *    GROUP BY pgt_u.pgt_c1, ...
 *
 * The grouping is an aggregate below the root, so a refresh recomputes the rows its changes touch.
 * The branches are the user's own trees, untouched, so their errors keep their positions.
 *
 * INTERSECT ALL and EXCEPT ALL (`intersectExceptAllQuery`) keep each distinct row of the left
 * branch min(m, n) or m - n (at least none) times, m and n its copies in the left and the right
 * branch, repeated by `generate_series` over the grouping:
 *
 *   SELECT pgt_g.pgt_c1 AS <name1>, ...
 *     FROM (<grouping>) AS pgt_g,
 *          generate_series(1, least(pgt_g.pgt_m, pgt_g.pgt_n)) AS pgt_copy    -- EXCEPT ALL: pgt_m - pgt_n
 *
 * UNION, INTERSECT and EXCEPT without ALL in a subquery (`distinctSetOperationQuery`), where the
 * DISTINCT of the stream table's own rows does not apply, keep each group once: every group
 * (UNION), those with m > 0 and n > 0 (INTERSECT), with m > 0 and n = 0 (EXCEPT).
 */
import type { Node, SelectStmt } from '@pgsql/types';

const str = (sval: string) => ({ String: { sval } }) as Node;
const ref = (relation: string, column: string) => ({ ColumnRef: { fields: [str(relation), str(column)] } }) as Node;
const int = (ival: number) => ({ A_Const: { ival: { ival } } }) as Node;
const target = (val: Node, name: string) => ({ ResTarget: { name, val } }) as Node;
const select = (fields: Partial<SelectStmt>): SelectStmt => ({ ...fields, limitOption: 'LIMIT_OPTION_DEFAULT', op: 'SETOP_NONE' }) as SelectStmt;
const call = (name: string, args: readonly Node[], extra: object = {}) => ({ FuncCall: { funcname: [str(name)], args, funcformat: 'COERCE_EXPLICIT_CALL', ...extra } }) as Node;

const op = (name: string, lexpr: Node, rexpr: Node) => ({ A_Expr: { kind: 'AEXPR_OP', name: [str(name)], lexpr, rexpr } }) as Node;

/** The grouping of both branches (see above): its columns pgt_c1, ... (named `names` if given), then pgt_m and pgt_n unless `counts` is false. */
function grouping(left: SelectStmt, right: SelectStmt, width: number, fields: { names?: readonly string[]; having?: (m: Node, n: Node) => Node; counts: boolean }): SelectStmt {
  const cols = Array.from({ length: width }, (_, i) => `pgt_c${i + 1}`);
  const side = (branch: SelectStmt, alias: string, tag: number): SelectStmt =>
    select({
      targetList: [...cols.map((c) => target(ref(alias, c), c)), target(int(tag), 'pgt_side')],
      fromClause: [{ RangeSubselect: { subquery: { SelectStmt: branch }, alias: { aliasname: alias, colnames: cols.map(str) } } } as Node],
    });
  const copies = (tag: number) => call('count', [], { agg_star: true, agg_filter: op('=', ref('pgt_u', 'pgt_side'), int(tag)) });
  const both = { SelectStmt: { op: 'SETOP_UNION', all: true, larg: side(left, 'pgt_l', 1), rarg: side(right, 'pgt_r', 2), limitOption: 'LIMIT_OPTION_DEFAULT' } };
  return select({
    targetList: [...cols.map((c, i) => target(ref('pgt_u', c), fields.names?.[i] ?? c)), ...(fields.counts ? [target(copies(1), 'pgt_m'), target(copies(2), 'pgt_n')] : [])],
    fromClause: [{ RangeSubselect: { subquery: both, alias: { aliasname: 'pgt_u' } } } as Node],
    groupClause: cols.map((c) => ref('pgt_u', c)),
    ...(fields.having ? { havingClause: fields.having(copies(1), copies(2)) } : {}),
  });
}

/**
 * The query for `s`, `left UNION|INTERSECT|EXCEPT right` without ALL, whose output columns are
 * named `names`; its WITH, if any, stays around it.
 */
export function distinctSetOperationQuery(s: SelectStmt, names: readonly string[]): SelectStmt {
  const positive = (x: Node) => op('>', x, int(0));
  const having =
    s.op === 'SETOP_INTERSECT'
      ? (m: Node, n: Node) => ({ BoolExpr: { boolop: 'AND_EXPR', args: [positive(m), positive(n)] } }) as Node
      : s.op === 'SETOP_EXCEPT'
        ? (m: Node, n: Node) => ({ BoolExpr: { boolop: 'AND_EXPR', args: [positive(m), op('=', n, int(0))] } }) as Node
        : undefined;
  const query = grouping(s.larg!, s.rarg!, names.length, { names, counts: false, ...(having ? { having } : {}) });
  return s.withClause ? { ...query, withClause: s.withClause } : query;
}

/** The query for `left INTERSECT ALL right` (`EXCEPT ALL` with `except`), whose output columns are named `names`. */
export function intersectExceptAllQuery(left: SelectStmt, right: SelectStmt, except: boolean, names: readonly string[]): SelectStmt {
  const cols = names.map((_, i) => `pgt_c${i + 1}`);
  const grouped = grouping(left, right, names.length, { counts: true });
  const [m, n] = [ref('pgt_g', 'pgt_m'), ref('pgt_g', 'pgt_n')];
  const times = except ? op('-', m, n) : ({ MinMaxExpr: { op: 'IS_LEAST', args: [m, n] } } as Node);
  return select({
    targetList: cols.map((c, i) => target(ref('pgt_g', c), names[i]!)),
    fromClause: [
      { RangeSubselect: { subquery: { SelectStmt: grouped }, alias: { aliasname: 'pgt_g' } } } as Node,
      { RangeFunction: { functions: [{ List: { items: [call('generate_series', [int(1), times]), {} as Node] } } as Node], alias: { aliasname: 'pgt_copy' } } } as Node,
    ],
  });
}

/**
 * INTERSECT ALL and EXCEPT ALL as a query of the operators trickle maintains. Each distinct row of
 * the left branch is kept min(m, n) (INTERSECT ALL) or m - n (EXCEPT ALL, at least none) times, m
 * and n its copies in the left and the right branch. Both counts come from one grouping of the
 * two branches, united and tagged by side (GROUP BY takes NULL for equal to NULL, as set
 * operations compare rows), and `generate_series` repeats each row as often:
 *
 *   SELECT pgt_g.pgt_c1 AS <name1>, ...
 *     FROM (SELECT pgt_u.pgt_c1, ..., count(*) FILTER (WHERE pgt_u.pgt_side = 1) AS pgt_m,
 *                  count(*) FILTER (WHERE pgt_u.pgt_side = 2) AS pgt_n
 *             FROM (SELECT pgt_l.pgt_c1, ..., 1 AS pgt_side FROM (<left>) AS pgt_l(pgt_c1, ...)
 *                   UNION ALL
 *                   SELECT pgt_r.pgt_c1, ..., 2 FROM (<right>) AS pgt_r(pgt_c1, ...)) AS pgt_u
 *            GROUP BY pgt_u.pgt_c1, ...) AS pgt_g,
 *          generate_series(1, least(pgt_g.pgt_m, pgt_g.pgt_n)) AS pgt_copy    -- EXCEPT ALL: pgt_m - pgt_n
 *
 * The grouping is an aggregate below the root, so a refresh recomputes the rows its changes touch.
 * The branches are the user's own trees, untouched, so their errors keep their positions.
 */
import type { Node, SelectStmt } from '@pgsql/types';

const str = (sval: string) => ({ String: { sval } }) as Node;
const ref = (relation: string, column: string) => ({ ColumnRef: { fields: [str(relation), str(column)] } }) as Node;
const int = (ival: number) => ({ A_Const: { ival: { ival } } }) as Node;
const target = (val: Node, name: string) => ({ ResTarget: { name, val } }) as Node;
const select = (fields: Partial<SelectStmt>): SelectStmt => ({ ...fields, limitOption: 'LIMIT_OPTION_DEFAULT', op: 'SETOP_NONE' }) as SelectStmt;
const call = (name: string, args: readonly Node[], extra: object = {}) => ({ FuncCall: { funcname: [str(name)], args, funcformat: 'COERCE_EXPLICIT_CALL', ...extra } }) as Node;

/** The query for `left INTERSECT ALL right` (`EXCEPT ALL` with `except`), whose output columns are named `names`. */
export function intersectExceptAllQuery(left: SelectStmt, right: SelectStmt, except: boolean, names: readonly string[]): SelectStmt {
  const cols = names.map((_, i) => `pgt_c${i + 1}`);
  const side = (branch: SelectStmt, alias: string, tag: number): SelectStmt =>
    select({
      targetList: [...cols.map((c) => target(ref(alias, c), c)), target(int(tag), 'pgt_side')],
      fromClause: [{ RangeSubselect: { subquery: { SelectStmt: branch }, alias: { aliasname: alias, colnames: cols.map(str) } } } as Node],
    });
  const copies = (tag: number, name: string) =>
    target(call('count', [], { agg_star: true, agg_filter: { A_Expr: { kind: 'AEXPR_OP', name: [str('=')], lexpr: ref('pgt_u', 'pgt_side'), rexpr: int(tag) } } }), name);
  const both = { SelectStmt: { op: 'SETOP_UNION', all: true, larg: side(left, 'pgt_l', 1), rarg: side(right, 'pgt_r', 2), limitOption: 'LIMIT_OPTION_DEFAULT' } };
  const grouped = select({
    targetList: [...cols.map((c) => target(ref('pgt_u', c), c)), copies(1, 'pgt_m'), copies(2, 'pgt_n')],
    fromClause: [{ RangeSubselect: { subquery: both, alias: { aliasname: 'pgt_u' } } } as Node],
    groupClause: cols.map((c) => ref('pgt_u', c)),
  });
  const [m, n] = [ref('pgt_g', 'pgt_m'), ref('pgt_g', 'pgt_n')];
  const times = except ? ({ A_Expr: { kind: 'AEXPR_OP', name: [str('-')], lexpr: m, rexpr: n } } as Node) : ({ MinMaxExpr: { op: 'IS_LEAST', args: [m, n] } } as Node);
  return select({
    targetList: cols.map((c, i) => target(ref('pgt_g', c), names[i]!)),
    fromClause: [
      { RangeSubselect: { subquery: { SelectStmt: grouped }, alias: { aliasname: 'pgt_g' } } } as Node,
      { RangeFunction: { functions: [{ List: { items: [call('generate_series', [int(1), times]), {} as Node] } } as Node], alias: { aliasname: 'pgt_copy' } } } as Node,
    ],
  });
}

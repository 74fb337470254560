/**
 * The ORDER BY of a query's own `ORDER BY ... LIMIT n`, read as PostgreSQL reads it: a position
 * or an output name means that column of the SELECT list, and so does an expression written
 * there too; any other expression is one more column to compute (which the stream table keeps
 * hidden). See Binder.topN.
 */
import type { Node, ResTarget, SelectStmt, SortBy } from '@pgsql/types';
import { stripLocations } from '../ir/expr.js';
import { figureColname } from './colname.js';
import { stringFields } from './scope.js';

export interface OrderItem {
  /** The SELECT list's column it orders by, or undefined for an added one. */
  readonly target: number | undefined;
  /** The index of the added expression in `added`. */
  readonly added: number | undefined;
  readonly descending: boolean;
  readonly nullsFirst: boolean;
}

/** The items, and the added expressions with names no output column of the SELECT list has. */
export function orderByItems(
  s: SelectStmt,
  reject: (why: string) => never,
  notInList: (position: number, location: number | undefined) => never,
): { items: OrderItem[]; added: { readonly expr: Node; readonly name: string }[] } {
  const targets = (s.targetList ?? []).map((t) => (t as { ResTarget: ResTarget }).ResTarget);
  const star = targets.some((t) => t.val && 'ColumnRef' in t.val && stringFields(t.val.ColumnRef.fields).includes('*'));
  const same = (a: Node, b: Node | undefined) => b !== undefined && JSON.stringify(stripLocations(a)) === JSON.stringify(stripLocations(b));
  const outputNames = targets.map((t) => t.name ?? (t.val ? figureColname(t.val as Node) : undefined));
  const added: Node[] = [];
  const items = (s.sortClause ?? []).map((o): OrderItem => {
    const sort = (o as { SortBy: SortBy }).SortBy;
    if (sort.sortby_dir === 'SORTBY_USING') reject('only without ORDER BY ... USING');
    const node = sort.node as Node;
    let at: number | undefined;
    if ('A_Const' in node && node.A_Const.ival !== undefined) {
      at = (node.A_Const.ival.ival ?? 0) - 1;
      if (!targets[at]) notInList(at + 1, node.A_Const.location);
    } else {
      const fields = 'ColumnRef' in node ? stringFields(node.ColumnRef.fields) : [];
      const named = fields.length === 1 ? outputNames.indexOf(fields[0]) : -1;
      at = named >= 0 ? named : targets.findIndex((t) => same(node, t.val as Node | undefined));
      if (at < 0) at = undefined;
    }
    // Behind a * the SELECT list's positions are not its columns'.
    if (at !== undefined && star) reject('with * in the SELECT list, only ORDER BY the columns themselves');
    const descending = sort.sortby_dir === 'SORTBY_DESC';
    const nullsFirst = sort.sortby_nulls === 'SORTBY_NULLS_FIRST' || (sort.sortby_nulls !== 'SORTBY_NULLS_LAST' && descending);
    if (at !== undefined) return { target: at, added: undefined, descending, nullsFirst };
    if (s.distinctClause) reject('with DISTINCT, only ORDER BY the columns of the SELECT list');
    added.push(node);
    return { target: undefined, added: added.length - 1, descending, nullsFirst };
  });
  const used = new Set(outputNames);
  const name = (i: number) => {
    let n = `pgt_sort_${i}`;
    while (used.has(n)) n += '_';
    return n;
  };
  return { items, added: added.map((expr, i) => ({ expr, name: name(i) })) };
}

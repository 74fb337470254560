/**
 * `*` over a stream table, as the stored query writes it. A stream table's storage has hidden
 * columns (`__pgt_row_id`, ...) that PostgreSQL's `*` would include: a stream table refreshed in
 * full would store them (and fail: more columns than its storage has), a UNION branch would
 * count them, and the query checked against the stream table would not be the one trickle
 * maintains. So the printed query names a stream table's visible columns instead of its `*`,
 * and a NATURAL JOIN with a stream table (which would also join on the hidden columns) is an error.
 */
import type { ColumnRef, JoinExpr, Node, ResTarget, SelectStmt } from '@pgsql/types';
import { qualifiedKey } from '../catalog/catalog.js';
import { TrickleError } from '../errors.js';
import { mapAst, walkAst } from '../ir/expr.js';
import type { SourceText } from '../parser/source.js';
import { relationName } from '../catalog/build.js';

/** A FROM item as `*` expands it: a stream table's visible columns, or what PostgreSQL expands. */
type Item = { readonly alias: string; readonly columns?: readonly string[] };

/** The query with each `*` and `alias.*` of a SELECT list over a stream table spelt out. */
export function withStreamStarsExpanded(
  query: Node,
  streamColumns: (key: string) => readonly string[] | undefined,
  source: SourceText,
  tableColumns: (key: string) => readonly string[] | undefined = () => undefined,
): Node {
  // A WITH query of a stream table's name hides it (anywhere in the query: more careful than needed).
  const ctes = new Set<string>();
  let readsStream = false;
  walkAst(query, (n, type) => {
    if (type === 'CommonTableExpr') ctes.add((n as { CommonTableExpr: { ctename?: string } }).CommonTableExpr.ctename ?? '');
    if (type === 'RangeVar' && streamColumns(qualifiedKey(relationName((n as { RangeVar: { schemaname?: string; relname?: string } }).RangeVar))) !== undefined) readsStream = true;
    return true;
  });
  // Most queries read no stream table: no copy of their tree.
  if (!readsStream) return query;
  const stream = (rv: { schemaname?: string; relname?: string }) => (rv.schemaname === undefined && ctes.has(rv.relname ?? '') ? undefined : streamColumns(qualifiedKey(relationName(rv))));
  const visit = (n: Node, type: string): Node | undefined => {
    if (type !== 'SelectStmt') return undefined;
    // Its subqueries first (mapAst does not descend into what a visit returns), and the branches
    // of a set operation (bare SelectStmts, not wrapped as nodes).
    const mapped = mapAst((n as { SelectStmt: SelectStmt }).SelectStmt, visit) as SelectStmt;
    const branch = (b: SelectStmt | undefined) => (b ? (visit({ SelectStmt: b } as Node, 'SelectStmt') as { SelectStmt: SelectStmt }).SelectStmt : undefined);
    const s: SelectStmt = mapped.larg || mapped.rarg ? { ...mapped, larg: branch(mapped.larg), rarg: branch(mapped.rarg) } : mapped;
    if (!s.fromClause?.length || !s.targetList?.length) return { SelectStmt: s } as Node;
    checkWholeRows(s, stream, (rv) => (rv.schemaname === undefined && ctes.has(rv.relname ?? '') ? undefined : tableColumns(qualifiedKey(relationName(rv)))), source);
    const items = itemsOf(s.fromClause, stream, source);
    if (!items || !items.some((i) => i.columns)) return { SelectStmt: s } as Node;
    const col = (fields: string[]): Node => ({ ResTarget: { val: { ColumnRef: { fields: fields.map((sval) => ({ String: { sval } })) } } } }) as Node;
    const targetList = s.targetList.flatMap((t): Node[] => {
      const val = 'ResTarget' in t ? (t.ResTarget as ResTarget).val : undefined;
      const ref = val && 'ColumnRef' in val ? (val.ColumnRef as ColumnRef) : undefined;
      const fields = ref?.fields ?? [];
      if (!fields.length || !('A_Star' in fields[fields.length - 1]!)) return [t];
      const expand = (i: Item) => (i.columns ? i.columns.map((c) => col([i.alias, c])) : [{ ResTarget: { val: { ColumnRef: { fields: [{ String: { sval: i.alias } }, { A_Star: {} }] } } } } as Node]);
      if (fields.length === 1) return items.flatMap(expand);
      const alias = fields[fields.length - 2];
      const item = alias && 'String' in alias ? items.find((i) => i.alias === alias.String.sval && i.columns) : undefined;
      return item && fields.length === 2 ? expand(item) : [t];
    });
    return { SelectStmt: { ...s, targetList } } as Node;
  };
  return mapAst(query, visit) as Node;
}

/**
 * The FROM items in the order `*` takes them; undefined where `*` merges columns (JOIN ... USING)
 * or an item has no name to qualify with, in which case the query is left as it is.
 */
function itemsOf(from: readonly Node[], stream: (rv: { schemaname?: string; relname?: string }) => readonly string[] | undefined, source: SourceText): Item[] | undefined {
  const out: Item[] = [];
  let ok = true;
  const visit = (n: Node): void => {
    if ('RangeVar' in n) {
      const rv = n.RangeVar;
      const columns = stream(rv);
      out.push({ alias: rv.alias?.aliasname ?? rv.relname ?? '', ...(columns ? { columns: rv.alias?.colnames?.length ? undefined : columns } : {}) });
    } else if ('JoinExpr' in n) {
      const j: JoinExpr = n.JoinExpr;
      if (j.isNatural) {
        let streamSide: { relname?: string; location?: number } | undefined;
        walkAst([j.larg, j.rarg], (m, type) => {
          if (type === 'RangeVar' && stream((m as { RangeVar: { schemaname?: string; relname?: string } }).RangeVar) && !streamSide) streamSide = (m as { RangeVar: { relname?: string; location?: number } }).RangeVar;
          return type !== 'RangeSubselect';
        });
        if (streamSide) {
          throw new TrickleError(`NATURAL JOIN with stream table ${streamSide.relname ?? ''} would also join on its hidden columns (__pgt_row_id, ...): write JOIN ... USING (...) with the columns to join on`, source.position(streamSide.location));
        }
      }
      if (j.isNatural || j.usingClause?.length || j.alias) ok = false;
      if (j.larg) visit(j.larg);
      if (j.rarg) visit(j.rarg);
    } else if ('RangeSubselect' in n && n.RangeSubselect.alias?.aliasname) {
      out.push({ alias: n.RangeSubselect.alias.aliasname });
    } else if ('RangeFunction' in n && n.RangeFunction.alias?.aliasname) {
      out.push({ alias: n.RangeFunction.alias.aliasname });
    } else {
      ok = false;
    }
  };
  from.forEach(visit);
  return ok ? out : undefined;
}

/**
 * A stream table's whole row (`to_jsonb(s)`, `s::text`, `f(s.*)`) would be a record of its hidden
 * columns too: an error, where every FROM item's columns are known (so that `s` is sure to name
 * no column) and `s` is a stream table of this FROM.
 */
function checkWholeRows(
  s: SelectStmt,
  stream: (rv: { schemaname?: string; relname?: string }) => readonly string[] | undefined,
  table: (rv: { schemaname?: string; relname?: string }) => readonly string[] | undefined,
  source: SourceText,
): void {
  const streams = new Set<string>();
  const columns = new Set<string>();
  let known = true;
  walkAst(s.fromClause ?? [], (n, type) => {
    if (type === 'RangeVar') {
      const rv = (n as { RangeVar: { schemaname?: string; relname?: string; alias?: { aliasname?: string; colnames?: Node[] } } }).RangeVar;
      const own = stream(rv);
      const cols = own ?? table(rv);
      if (!cols || rv.alias?.colnames?.length) known = false;
      for (const c of cols ?? []) columns.add(c);
      if (own) streams.add(rv.alias?.aliasname ?? rv.relname ?? '');
      return false;
    }
    if (type === 'RangeSubselect' || type === 'RangeFunction') known = false;
    return type !== 'RangeSubselect' && type !== 'RangeFunction';
  });
  if (!known || streams.size === 0) return;
  // A SELECT list's own `s.*` is spelt out (withStreamStarsExpanded), or taken by name.
  const topStar = (t: Node) => {
    const val = 'ResTarget' in t ? (t.ResTarget as ResTarget).val : undefined;
    const fields = val && 'ColumnRef' in val ? ((val.ColumnRef as ColumnRef).fields ?? []) : [];
    return fields.length > 0 && 'A_Star' in fields[fields.length - 1]!;
  };
  const parts = [(s.targetList ?? []).filter((t) => !topStar(t)), s.whereClause, s.groupClause, s.havingClause, s.sortClause, s.distinctClause];
  walkAst(parts, (n, type) => {
    if (type === 'SelectStmt') return false;
    if (type !== 'ColumnRef') return true;
    const ref = (n as { ColumnRef: ColumnRef }).ColumnRef;
    const fields = ref.fields ?? [];
    const first = fields[0];
    const name = first && 'String' in first ? first.String.sval : undefined;
    const whole = (fields.length === 1 && name !== undefined && !columns.has(name)) || (fields.length === 2 && 'A_Star' in fields[1]!);
    if (whole && name !== undefined && streams.has(name)) {
      throw new TrickleError(`a whole-row reference to stream table ${name} would take its hidden columns (__pgt_row_id, ...) too: name its columns (ROW(${name}.a, ${name}.b))`, source.position(ref.location));
    }
    return true;
  });
}

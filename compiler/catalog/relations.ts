/**
 * The relations a query names, rewritten: what a view's body reads must stay the relations it
 * read when it was created, whatever the search path or the names are later.
 */
import type { Node, RangeVar, SelectStmt, WithClause } from '@pgsql/types';
import { mapAst } from '../ir/expr.js';

/** The query with each RangeVar that names a relation (not a WITH query in scope) replaced by `f`'s. */
export function mapRelations(query: Node, f: (rv: RangeVar) => RangeVar): Node {
  const visit = (node: unknown, ctes: ReadonlySet<string>): unknown =>
    mapAst(node, (n, type) => {
      if (type === 'SelectStmt') {
        const s = (n as { SelectStmt: SelectStmt }).SelectStmt;
        const inner = new Set(ctes);
        for (const c of s.withClause?.ctes ?? []) if ('CommonTableExpr' in c && c.CommonTableExpr.ctename) inner.add(c.CommonTableExpr.ctename);
        const { withClause, ...rest } = s;
        const mapped = visit(rest, inner) as SelectStmt;
        return { SelectStmt: withClause ? { ...mapped, withClause: visit(withClause, inner) as WithClause } : mapped } as Node;
      }
      if (type === 'RangeVar') {
        const rv = (n as { RangeVar: RangeVar }).RangeVar;
        if (rv.schemaname === undefined && ctes.has(rv.relname ?? '')) return n;
        return { RangeVar: f(rv) } as Node;
      }
      return undefined;
    });
  return visit(query, new Set()) as Node;
}

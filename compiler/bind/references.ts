/**
 * What any query reads, even one trickle cannot differentiate: the
 * relations it names (for dependency order and validation) and, where it can
 * be worked out, its output columns (for stream tables that read it).
 */
import type { Node, ResTarget, SelectStmt } from '@pgsql/types';
import { relationName } from '../catalog/build.js';
import { qualifiedKey, type QualifiedName } from '../catalog/catalog.js';
import { TrickleError } from '../errors.js';
import type { SourceText } from '../parser/source.js';
import { walkAst } from '../ir/expr.js';
import type { OutputColumn } from '../ir/ops.js';
import { resolveRelation, type BindContext } from './bind.js';
import { figureColname } from './colname.js';
import { stringFields, SYSTEM_COLUMNS } from './scope.js';

export interface RelationReference {
  readonly name: QualifiedName;
  readonly location: number | undefined;
}

const referencesOf = new WeakMap<Node, readonly RelationReference[]>();

/** Every table named in the query, except names of its own CTEs. */
export function referencedRelations(query: Node): readonly RelationReference[] {
  // Asked of each definition several times (ordering, checking, a FULL table's sources); ASTs are never mutated.
  let refs = referencesOf.get(query);
  if (!refs) {
    refs = findReferences(query);
    referencesOf.set(query, refs);
  }
  return refs;
}

function findReferences(query: Node): RelationReference[] {
  const out: RelationReference[] = [];
  const visit = (node: unknown, ctes: ReadonlySet<string>): void => {
    walkAst(node, (n, type) => {
      if (type === 'SelectStmt') {
        const s = (n as { SelectStmt: SelectStmt }).SelectStmt;
        const inner = new Set(ctes);
        for (const c of s.withClause?.ctes ?? []) {
          if ('CommonTableExpr' in c && c.CommonTableExpr.ctename) inner.add(c.CommonTableExpr.ctename);
        }
        const { withClause, ...rest } = s;
        if (withClause) for (const c of withClause.ctes ?? []) visit(c, inner);
        visit(rest, inner);
        return false;
      }
      if (type === 'RangeVar') {
        const rv = (n as { RangeVar: { schemaname?: string; relname?: string; location?: number } }).RangeVar;
        if (!(rv.schemaname === undefined && ctes.has(rv.relname ?? ''))) out.push({ name: relationName(rv), location: rv.location });
        return false;
      }
      return true;
    });
  };
  visit(query, new Set());
  return out;
}

/** Checks every referenced relation exists. */
export function checkReferences(query: Node, ctx: Pick<BindContext, 'catalog' | 'streams'>, source: SourceText): void {
  for (const r of referencedRelations(query)) {
    // A relation that cannot be a source can be read by a FULL refresh; binding says it cannot be maintained differentially.
    if (!resolveRelation(r.name, ctx) && !ctx.catalog.views?.has(qualifiedKey(r.name)) && !ctx.catalog.unsupported?.has(qualifiedKey(r.name))) {
      throw new TrickleError(`relation "${r.name.schema}.${r.name.name}" does not exist`, source.position(r.location));
    }
  }
}

/**
 * Output columns of a query trickle does not bind, from its SELECT list:
 * names given or figured as PostgreSQL does; `*` expanded over plain tables.
 * Undefined when they cannot be known offline.
 */
/** An output column, with where the user wrote it (a `*` for the columns it stands for). */
export interface LocatedColumn {
  readonly column: OutputColumn;
  readonly location: number | undefined;
}

export function outputColumnsOf(query: Node, ctx: Pick<BindContext, 'catalog' | 'streams'>): LocatedColumn[] | undefined {
  if (!('SelectStmt' in query)) return undefined;
  let s: SelectStmt = query.SelectStmt;
  while (s.op && s.op !== 'SETOP_NONE' && s.larg) s = s.larg;
  const out: LocatedColumn[] = [];
  for (const t of s.targetList ?? []) {
    const rt = (t as { ResTarget: ResTarget }).ResTarget;
    const val = rt.val as Node;
    const location = rt.location !== undefined && rt.location >= 0 ? rt.location : undefined;
    if ('ColumnRef' in val && stringFields(val.ColumnRef.fields).includes('*')) {
      const f = stringFields(val.ColumnRef.fields);
      const alias = f.length > 1 ? f[f.length - 2] : undefined;
      const cols = starColumns(s, alias, ctx);
      if (!cols) return undefined;
      out.push(...cols.map((column) => ({ column, location })));
      continue;
    }
    // (f(x)).* gives as many columns as f's row type has: not known here.
    if ('A_Indirection' in val && (val.A_Indirection.indirection ?? []).some((n) => 'A_Star' in n)) return undefined;
    out.push({ column: { name: rt.name ?? figureColname(val), notNull: false }, location });
  }
  return out;
}

function starColumns(s: SelectStmt, alias: string | undefined, ctx: Pick<BindContext, 'catalog' | 'streams'>): OutputColumn[] | undefined {
  const out: OutputColumn[] = [];
  let ok = true;
  const visit = (item: Node) => {
    if ('RangeVar' in item) {
      const rv = item.RangeVar;
      const name = rv.alias?.aliasname ?? rv.relname;
      if (alias !== undefined && alias !== name) return;
      const rel = resolveRelation(relationName(rv), ctx);
      const view = rel ? undefined : ctx.catalog.views?.get(qualifiedKey(relationName(rv)));
      // A view's columns are its query's, renamed by CREATE VIEW's column list.
      const viewColumns = view && outputColumnsOf({ SelectStmt: view.query }, ctx)?.map((c, i) => ({ ...c.column, name: view.columnNames[i] ?? c.column.name }));
      const columns = rel?.columns ?? viewColumns;
      if (!columns) {
        ok = false;
        return;
      }
      const renamed = stringFields(rv.alias?.colnames);
      out.push(...columns.map((c, i) => ({ name: renamed[i] ?? c.name, notNull: false })));
    } else if ('JoinExpr' in item && !item.JoinExpr.usingClause?.length && !item.JoinExpr.isNatural && !item.JoinExpr.alias) {
      visit(item.JoinExpr.larg as Node);
      visit(item.JoinExpr.rarg as Node);
    } else if ('RangeSubselect' in item && item.RangeSubselect.subquery && !item.RangeSubselect.lateral) {
      // A subquery's columns are its own output's (renamed by a column alias list).
      const sub = item.RangeSubselect;
      if (alias !== undefined && alias !== sub.alias?.aliasname) return;
      const cols = outputColumnsOf(sub.subquery as Node, ctx);
      if (!cols) {
        ok = false;
        return;
      }
      const renamed = stringFields(sub.alias?.colnames);
      out.push(...cols.map((c, i) => ({ name: renamed[i] ?? c.column.name, notNull: false })));
    } else {
      ok = false;
    }
  };
  for (const f of s.fromClause ?? []) visit(f);
  return ok && out.length ? out : undefined;
}

/**
 * For a query refreshed in full (so not bound): still reports a column that
 * no table of its FROM clause has, where the scope is simple enough to know
 * (tables and joins of any kind, no CTEs, no set operations).
 */
export function checkColumnsLoosely(def: { query: Node; querySource: SourceText }, ctx: Pick<BindContext, 'catalog' | 'streams'>): void {
  if (!('SelectStmt' in def.query)) return;
  const s = def.query.SelectStmt;
  if (s.withClause || (s.op && s.op !== 'SETOP_NONE')) return;
  const entries: { alias: string; names: string[] }[] = [];
  const quals: Node[] = [];
  let simple = true;
  const visit = (item: Node) => {
    if ('RangeVar' in item) {
      const rv = item.RangeVar;
      const rel = resolveRelation(relationName(rv), ctx);
      if (!rel) return void (simple = false);
      const renamed = stringFields(rv.alias?.colnames);
      entries.push({ alias: rv.alias?.aliasname ?? rv.relname ?? '', names: rel.columns.map((c, i) => renamed[i] ?? c.name) });
    } else if ('JoinExpr' in item && !item.JoinExpr.alias && !item.JoinExpr.join_using_alias) {
      visit(item.JoinExpr.larg as Node);
      visit(item.JoinExpr.rarg as Node);
      if (item.JoinExpr.quals) quals.push(item.JoinExpr.quals as Node);
    } else simple = false;
  };
  for (const f of s.fromClause ?? []) visit(f);
  if (!simple || entries.length === 0) return;
  const check = (node: unknown) =>
    walkAst(node, (n, type) => {
      if (type === 'SubLink') return false;
      if (type !== 'ColumnRef') return true;
      const ref = (n as { ColumnRef: { fields?: Node[]; location?: number } }).ColumnRef;
      const f = stringFields(ref.fields);
      if (f.includes('*')) return false;
      const col = f[f.length - 1] as string;
      const qualifier = f.length >= 2 ? (f[f.length - 2] as string) : undefined;
      const candidates = qualifier === undefined ? entries : entries.filter((e) => e.alias === qualifier);
      if (qualifier !== undefined && candidates.length === 0) {
        throw new TrickleError(`missing FROM-clause entry for table "${qualifier}"`, def.querySource.position(ref.location));
      }
      // A bare table name is its whole row; system columns (ctid, xmin, ...) every table has.
      const wholeRow = qualifier === undefined && entries.some((e) => e.alias === col);
      if (!candidates.some((e) => e.names.includes(col)) && !wholeRow && !SYSTEM_COLUMNS.has(col)) {
        throw new TrickleError(`column "${f.join('.')}" does not exist`, def.querySource.position(ref.location));
      }
      return false;
    });
  for (const t of s.targetList ?? []) check(t);
  check(s.whereClause);
  check(s.havingClause);
  for (const q of quals) check(q);
}

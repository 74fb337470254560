/**
 * The subqueries Citus cannot plan, found in a query's text. A stream table refreshed in full runs
 * its query as written, so where the operator tree could not be built (a subquery correlated by
 * an `=` of two kinds of equality, `ORDER BY ... LIMIT` or `ALL` in a scalar subquery...) the
 * checks of compile.ts on its semi and outer joins never run: this one reads the query itself.
 * It refuses only what it is sure of, a correlation written with the outer table's name or alias
 * (`o.cust = c.id`), in the two shapes Citus rejects (docs/CITUS.md): a subquery over a
 * distributed table from a FROM that reads none, and one over a table Citus does not manage (or
 * a Citus local table) from a FROM that reads a distributed table. And a subquery test in an
 * inner join's `ON` over a distributed table, from a FROM that reads none, which Citus rejects
 * though the same test in `WHERE` runs. A `LATERAL` subquery counts as a subquery of its FROM.
 */
import type { JoinExpr, Node, RangeVar, SelectStmt, SubLink } from '@pgsql/types';
import { relationName } from './catalog/build.js';
import { qualifiedKey } from './catalog/catalog.js';
import type { Placement } from './catalog/placement.js';
import { TrickleError } from './errors.js';
import { walkAst } from './ir/expr.js';
import type { SourceText } from './parser/source.js';

interface Level {
  /** The names a column reference may qualify its column with: aliases, or table names. */
  readonly aliases: ReadonlySet<string>;
  readonly tables: readonly RangeVar[];
}

/** Throws at the first subquery of `query` that Citus cannot plan (see above). */
export function checkCitusSubqueries(query: Node, placementOf: (rv: RangeVar) => Placement | undefined, source: SourceText): void {
  const kind = (rv: RangeVar) => placementOf(rv)?.kind;
  const distributed = (rv: RangeVar) => kind(rv) === 'distributed';
  // Neither distributed nor a reference table: a plain table (or stream table) or a Citus local one.
  const onCoordinator = (rv: RangeVar) => kind(rv) !== undefined && kind(rv) !== 'distributed' && kind(rv) !== 'reference';
  const name = (rv: RangeVar): string => qualifiedKey(relationName(rv));
  const fail = (message: string, rv: RangeVar): never => {
    throw new TrickleError(message, source.position(rv.location));
  };

  const visit = (s: SelectStmt): void => {
    if (s.larg || s.rarg) {
      if (s.larg) visit(s.larg);
      if (s.rarg) visit(s.rarg);
      return;
    }
    const level = levelOf(s.fromClause ?? []);
    const fromDistributed = level.tables.some(distributed);
    const test = (link: Pick<SubLink, 'subselect'>, inOn: boolean): void => {
      const sub = link.subselect && 'SelectStmt' in link.subselect ? link.subselect.SelectStmt : undefined;
      if (!sub) return;
      const inner = everyLevel(sub);
      const reads = inner.flatMap((l) => l.tables);
      const own = new Set(inner.flatMap((l) => [...l.aliases]));
      const correlated = qualifiers(sub).some((q) => level.aliases.has(q) && !own.has(q));
      const overDistributed = reads.find(distributed);
      if (!fromDistributed && overDistributed && (correlated || inOn)) {
        fail(
          correlated
            ? `a correlated subquery reading the Citus distributed table ${name(overDistributed)} from tables that are not distributed cannot run on Citus: its planner rejects it ("correlated subqueries are not supported when the FROM clause contains a reference table"); test uncorrelated values instead (x IN (SELECT ...))`
            : `a subquery test in JOIN ... ON reading the Citus distributed table ${name(overDistributed)} from tables that are not distributed cannot run on Citus: its planner rejects it ("correlated subqueries are not supported when the FROM clause contains a reference table"); write the test in WHERE, where it runs`,
          overDistributed,
        );
      }
      const local = reads.find(onCoordinator);
      if (fromDistributed && correlated && !overDistributed && local) {
        fail(
          `a correlated subquery reading ${name(local)}, which is neither distributed nor a reference table, from a Citus distributed table cannot run on Citus: its planner rejects it ("direct joins between distributed and local tables are not supported"); make it a reference table, or test uncorrelated values instead (x IN (SELECT ...))`,
          local,
        );
      }
      visit(sub);
    };
    const { fromClause, withClause, ...rest } = s;
    for (const link of sublinks(rest)) test(link, false);
    for (const q of joinQuals(fromClause ?? [])) for (const link of sublinks(q)) test(link, true);
    for (const c of withClause?.ctes ?? []) if ('CommonTableExpr' in c && c.CommonTableExpr.ctequery && 'SelectStmt' in c.CommonTableExpr.ctequery) visit(c.CommonTableExpr.ctequery.SelectStmt);
    // A LATERAL subquery is correlated with the FROM items before it, as a subquery test is with FROM.
    walkAst(fromClause ?? [], (n, type) => {
      if (type !== 'RangeSubselect') return true;
      const r = (n as { RangeSubselect: { subquery?: Node; lateral?: boolean } }).RangeSubselect;
      if (r.lateral) test({ subselect: r.subquery }, false);
      else if (r.subquery && 'SelectStmt' in r.subquery) visit(r.subquery.SelectStmt);
      return false;
    });
  };
  if ('SelectStmt' in query) visit(query.SelectStmt);
}

/** The tables and names of a FROM list (its subqueries' tables not included). */
function levelOf(from: readonly Node[]): Level {
  const aliases = new Set<string>();
  const tables: RangeVar[] = [];
  walkAst(from, (n, type) => {
    if (type === 'RangeVar') {
      const rv = (n as { RangeVar: RangeVar }).RangeVar;
      tables.push(rv);
      aliases.add(rv.alias?.aliasname ?? rv.relname ?? '');
      return false;
    }
    if (type === 'RangeSubselect' || type === 'RangeFunction') {
      const item = (n as Record<string, { alias?: { aliasname?: string } }>)[type]!;
      if (item.alias?.aliasname) aliases.add(item.alias.aliasname);
      return false;
    }
    // A join's conditions are read apart (joinQuals).
    if (type === 'JoinExpr') {
      const j = (n as { JoinExpr: JoinExpr }).JoinExpr;
      const inner = levelOf([j.larg, j.rarg].filter((x): x is Node => x !== undefined));
      for (const a of inner.aliases) aliases.add(a);
      tables.push(...inner.tables);
      return false;
    }
    return true;
  });
  return { aliases, tables };
}

/** Every level of a subquery: its own FROM and those of the subqueries anywhere in it. */
function everyLevel(s: SelectStmt): Level[] {
  const out: Level[] = [];
  walkAst({ SelectStmt: s }, (n, type) => {
    if (type === 'SelectStmt') out.push(levelOf((n as { SelectStmt: SelectStmt }).SelectStmt.fromClause ?? []));
    return true;
  });
  return out;
}

/** The names column references in it qualify their columns with (`c` of `c.id`). */
function qualifiers(s: SelectStmt): string[] {
  const out: string[] = [];
  walkAst({ SelectStmt: s }, (n, type) => {
    if (type !== 'ColumnRef') return true;
    const fields = (n as { ColumnRef: { fields?: Node[] } }).ColumnRef.fields ?? [];
    const first = fields[0];
    if (fields.length >= 2 && first && 'String' in first && first.String.sval !== undefined) out.push(first.String.sval);
    return true;
  });
  return out;
}

/** The subquery expressions in a node, not those inside them. */
function sublinks(node: unknown): SubLink[] {
  const out: SubLink[] = [];
  walkAst(node, (n, type) => {
    if (type === 'SubLink') {
      out.push((n as { SubLink: SubLink }).SubLink);
      return false;
    }
    return type !== 'RangeSubselect' && type !== 'SelectStmt';
  });
  return out;
}

/** The ON conditions of the inner joins of a FROM list (an outer join's subquery tests are planned otherwise). */
function joinQuals(from: readonly Node[]): Node[] {
  const out: Node[] = [];
  walkAst(from, (n, type) => {
    if (type === 'RangeSubselect') return false;
    if (type !== 'JoinExpr') return true;
    const j = (n as { JoinExpr: JoinExpr }).JoinExpr;
    if (j.quals && (j.jointype === undefined || j.jointype === 'JOIN_INNER')) out.push(j.quals);
    return true;
  });
  return out;
}

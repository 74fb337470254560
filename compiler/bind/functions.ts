/**
 * Calls of functions that do not exist. PostgreSQL would refuse them only when the migration
 * runs; the compiler knows PostgreSQL's own names and those schema/ creates, so it says so at
 * the call. Argument types are not checked: a name that exists with other arguments passes.
 */
import type { FuncCall, Node, RangeVar } from '@pgsql/types';
import { compareText } from '../order.js';
import { nameExists } from '../catalog/builtin-names.js';
import type { Catalog } from '../catalog/catalog.js';
import { TrickleError } from '../errors.js';
import { walkAst } from '../ir/expr.js';
import type { SourceText } from '../parser/source.js';
import { editDistance } from '../spelling.js';
import { BUILTIN_NAMES } from './builtin-functions.js';
import { stringFields } from './scope.js';

/** Throws at the first call, in the order written, of a name neither PostgreSQL nor schema/ knows. */
export function checkFunctionNames(query: Node, catalog: Pick<Catalog, 'callableNames'>, source: SourceText): void {
  const declared = catalog.callableNames;
  // An extension's functions (or, from a state, schema/'s) are not known: any name may exist.
  if (declared === undefined) return;
  let unknown: FuncCall | undefined;
  walkAst(query, (n, type) => {
    if (unknown) return false;
    if (type !== 'FuncCall') return true;
    const fc = (n as { FuncCall: FuncCall }).FuncCall;
    const names = stringFields(fc.funcname ?? []);
    if (!nameExists(names, (name) => declared.has(name))) unknown = fc;
    return true;
  });
  if (!unknown) return;
  const names = stringFields(unknown.funcname ?? []);
  const shown = names.map(displayName).join('.');
  const near = names.length === 1 ? nearest(names[0]!, declared) : undefined;
  const hint = near ? `; did you mean ${displayName(near)}()?` : ': neither PostgreSQL nor schema/ has a function of that name (declare it in schema/ with CREATE FUNCTION, or its extension with CREATE EXTENSION)';
  throw new TrickleError(`function ${shown}() does not exist${hint}`, source.position(unknown.location));
}

/** A name as SQL would need it written: quoted unless it is a plain lower-case word. */
function displayName(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/** The known name closest to a misspelt one (at most two edits, and not most of the word). */
function nearest(name: string, declared: ReadonlySet<string>): string | undefined {
  const limit = Math.min(2, Math.floor(name.length / 3));
  if (limit === 0) return undefined;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of [...declared, ...BUILTIN_NAMES].sort()) {
    if (candidate.startsWith('_')) continue;
    if (Math.abs(candidate.length - name.length) >= bestDistance) continue;
    const d = editDistance(candidate, name.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/**
 * The functions, aggregates, operators and types of schema/ a query uses (calls, applies, casts
 * to), by unqualified name, sorted: in its own text and in the views it reads (by name, in any
 * schema: more than it reads, never less). See Catalog.functionDefinitions.
 */
export function declaredFunctionsCalled(query: Node, catalog: Pick<Catalog, 'functionDefinitions' | 'views'>): string[] {
  const declared = catalog.functionDefinitions;
  if (!declared?.size) return [];
  const called = new Set<string>();
  const seenViews = new Set<string>();
  const walk = (node: Node): void =>
    walkAst(node, (n, type) => {
      // A call, an operator (its function) or a cast (to a type whose values or cast function schema/ defines).
      const name =
        type === 'FuncCall'
          ? stringFields((n as { FuncCall: FuncCall }).FuncCall.funcname ?? []).at(-1)
          : type === 'A_Expr'
            ? stringFields((n as { A_Expr: { name?: Node[] } }).A_Expr.name ?? []).at(-1)
            : type === 'TypeCast'
              ? stringFields((n as { TypeCast: { typeName?: { names?: Node[] } } }).TypeCast.typeName?.names ?? []).at(-1)
              : undefined;
      if (name !== undefined && declared.has(name)) called.add(name);
      if (type === 'RangeVar') {
        const relname = (n as { RangeVar: RangeVar }).RangeVar.relname;
        for (const [key, v] of catalog.views ?? []) {
          if (v.name.name !== relname || seenViews.has(key)) continue;
          seenViews.add(key);
          walk({ SelectStmt: v.query } as Node);
        }
      }
      return true;
    });
  walk(query);
  return [...called].sort(compareText);
}

/**
 * The equality a bound expression's values compare with (see catalog/types.ts equalityOfType), as
 * far as the compiler can tell without PostgreSQL's type resolution: a column's own, numbers
 * computed from numbers, a cast to a type without collation, and text functions of text (under
 * its collation). Anything else is unknown, which no other side equals. A correlation
 * `inner = outer` is grouped by its inner side and joined back by `=`, which is right only where
 * `=` compares as the grouping does (not `varchar = char(n)`, which ignores trailing spaces, nor a
 * case-insensitive column against a plain one).
 */
import type { Node } from '@pgsql/types';
import { collationOf, equalityOfType } from '../catalog/types.js';
import { deparse } from '../parser/adapter.js';
import type { OutputColumn } from '../ir/ops.js';

// Arithmetic whose result is a number (or a float) when both sides are.
const ARITHMETIC: ReadonlySet<string> = new Set(['+', '-', '*', '/', '%']);

/** The equality of `ast` (bound: columns are `$n`, read through `column`), or undefined when unknown. */
export function equalityOfExpr(ast: Node, column: (index: number) => OutputColumn | undefined): string | undefined {
  if ('ParamRef' in ast) return column((ast.ParamRef.number ?? 0) - 1)?.equality;
  if ('A_Const' in ast) return ast.A_Const.ival !== undefined || ast.A_Const.fval !== undefined ? 'number' : undefined;
  if ('A_Expr' in ast && ast.A_Expr.kind === 'AEXPR_OP' && (ast.A_Expr.name?.[0] as { String?: { sval?: string } } | undefined)?.String?.sval === '||') {
    return textResult([ast.A_Expr.lexpr, ast.A_Expr.rexpr].map((x) => (x ? equalityOfExpr(x as Node, column) : undefined)));
  }
  if ('A_Expr' in ast && ast.A_Expr.kind === 'AEXPR_OP' && ast.A_Expr.name?.length === 1) {
    const op = (ast.A_Expr.name[0] as { String?: { sval?: string } }).String?.sval ?? '';
    if (!ARITHMETIC.has(op)) return undefined;
    const sides = [ast.A_Expr.lexpr, ast.A_Expr.rexpr].map((x) => (x ? equalityOfExpr(x as Node, column) : 'number'));
    if (!sides.every((e) => e === 'number' || e === 'float')) return undefined;
    return sides.includes('float') ? 'float' : 'number';
  }
  if ('TypeCast' in ast && ast.TypeCast.typeName && ast.TypeCast.arg) {
    const target = equalityOfType(deparse({ TypeName: ast.TypeCast.typeName } as Node));
    const from = equalityOfExpr(ast.TypeCast.arg as Node, column);
    if (from === target) return target;
    // To text, the value keeps the argument's collation, if it has one; to any other built-in
    // type without collation, it compares as that type.
    if (target === 'text') return from === undefined ? undefined : from.startsWith('text') || from.startsWith('bpchar') ? `text${collationOf(from)}` : 'text';
    return COLLATION_FREE.has(target) ? target : undefined;
  }
  if ('FuncCall' in ast) {
    const name = (ast.FuncCall.funcname ?? []).map((n) => (n as { String?: { sval?: string } }).String?.sval).filter((n) => n !== 'pg_catalog');
    if (name.length === 1 && TEXT_FUNCTIONS.has(name[0]!)) return textResult((ast.FuncCall.args ?? []).slice(0, 1).map((a) => equalityOfExpr(a as Node, column)));
  }
  return undefined;
}

// Built-in types whose values have no collation: a cast to one compares as that type.
const COLLATION_FREE: ReadonlySet<string> = new Set(['number', 'float', 'bool', 'date', 'timestamp', 'timestamptz', 'time', 'timetz', 'interval', 'uuid']);

// Functions of a text (their first argument) that return text under its collation.
const TEXT_FUNCTIONS: ReadonlySet<string> = new Set(['lower', 'upper', 'initcap', 'btrim', 'ltrim', 'rtrim', 'substr', 'substring', 'left', 'right', 'replace', 'lpad', 'rpad', 'reverse', 'translate', 'split_part', 'regexp_replace', 'md5']);

/** Text made of values of these equalities (text, or undefined for a literal): under their one collation, if they agree. */
function textResult(parts: readonly (string | undefined)[]): string | undefined {
  // char(n) is read as text by text functions and ||, its trailing spaces cut.
  const known = parts.filter((p): p is string => p !== undefined).map((p) => p.replace(/^bpchar/, 'text'));
  if (known.length === 0 || !known.every((p) => p.startsWith('text'))) return undefined;
  const collations = new Set(known.map(collationOf));
  return collations.size === 1 ? `text${[...collations][0]}` : undefined;
}

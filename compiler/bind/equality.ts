/**
 * The equality a bound expression's values compare with (see catalog/types.ts equalityOfType), as
 * far as the compiler can tell without PostgreSQL's type resolution: a column's own, and numbers
 * computed from numbers. A correlation `inner = outer` is grouped by its inner side and joined
 * back by `=`, which is right only where `=` compares as the grouping does (not `varchar = char(n)`,
 * which ignores trailing spaces, nor a case-insensitive column against a plain one).
 */
import type { Node } from '@pgsql/types';
import { equalityOfType } from '../catalog/types.js';
import { deparse } from '../parser/adapter.js';
import type { OutputColumn } from '../ir/ops.js';

// Arithmetic whose result is a number (or a float) when both sides are.
const ARITHMETIC: ReadonlySet<string> = new Set(['+', '-', '*', '/', '%']);

/** The equality of `ast` (bound: columns are `$n`, read through `column`), or undefined when unknown. */
export function equalityOfExpr(ast: Node, column: (index: number) => OutputColumn | undefined): string | undefined {
  if ('ParamRef' in ast) return column((ast.ParamRef.number ?? 0) - 1)?.equality;
  if ('A_Const' in ast) return ast.A_Const.ival !== undefined || ast.A_Const.fval !== undefined ? 'number' : undefined;
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
    // A cast of a number to a number type; to text, the collation may be the argument's.
    if (from === target) return target;
    return (target === 'number' || target === 'float') && (from === 'number' || from === 'float') ? target : undefined;
  }
  return undefined;
}

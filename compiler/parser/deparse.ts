/**
 * pgsql-deparser, corrected where its SQL would not parse back to the same tree. The stored
 * definition, the full recomputation and every delta fragment are printed from ASTs, so a
 * dropped parenthesis is a stream table that silently differs from its query:
 * `(b AND c) IS NULL` printed as `b AND c IS NULL` is `b AND (c IS NULL)`.
 *
 * Three kinds of fixes:
 * - Parentheses. A parse tree holds no parentheses; the printer must add them where an operand
 *   binds more loosely than the construct around it. pgsql-deparser does so around every
 *   compound operand of a binary operator and a NOT, but not in the places `parenthesized`
 *   lists, which this printer covers by knowing each node's parent.
 * - Names it prints as they are: WITH query names, window names and named arguments.
 * - Clauses it drops: `WITH TIES`, and `x AT LOCAL` (printed as another call).
 *
 * test/deparse.test.ts parses, prints and parses again, and compares the trees.
 */
import type { A_Expr, CommonTableExpr, FuncCall, NamedArgExpr, Node, SelectStmt, WindowDef } from '@pgsql/types';
import { Deparser } from 'pgsql-deparser';
import { ident } from '../sql/quote.js';

type Context = Parameters<Deparser['visit']>[1];

export class FaithfulDeparser extends Deparser {
  /** The nodes being printed, outermost first: a node's parent is the one before it. */
  private readonly parents: Node[] = [];

  override visit(node: Node, context?: Context): string {
    const parent = this.parents[this.parents.length - 1];
    this.parents.push(node);
    let sql: string;
    try {
      sql = super.visit(node, context);
    } finally {
      this.parents.pop();
    }
    return parent && parenthesized(parent, node) ? `(${sql})` : sql;
  }

  override SelectStmt(node: SelectStmt, context: NonNullable<Context>): string {
    // FETCH FIRST n ROWS WITH TIES, which pgsql-deparser prints as LIMIT n (without the ties).
    if (node.limitOption !== 'LIMIT_OPTION_WITH_TIES' || !node.limitCount || node.lockingClause?.length) return super.SelectStmt(node, context);
    const rest = super.SelectStmt({ ...node, limitCount: undefined, limitOption: 'LIMIT_OPTION_DEFAULT' }, context);
    return `${rest} FETCH FIRST (${this.visit(node.limitCount, context)}) ROWS WITH TIES`;
  }

  override FuncCall(node: FuncCall, context: NonNullable<Context>): string {
    // `x AT LOCAL` (PostgreSQL 17), which pgsql-deparser prints as a call whose tree is another.
    if (syntaxCall({ FuncCall: node }) === 'pg_catalog.timezone' && node.args?.length === 1) return `${this.visit(node.args[0]!, context)} AT LOCAL`;
    return super.FuncCall(node, context);
  }

  override CommonTableExpr(node: CommonTableExpr, context: NonNullable<Context>): string {
    return super.CommonTableExpr(node.ctename === undefined ? node : { ...node, ctename: ident(node.ctename) }, context);
  }

  override NamedArgExpr(node: NamedArgExpr, context: NonNullable<Context>): string {
    return super.NamedArgExpr(node.name === undefined ? node : { ...node, name: ident(node.name) }, context);
  }

  override WindowDef(node: WindowDef, context: NonNullable<Context>): string {
    return super.WindowDef(windowNamesQuoted(node), context);
  }

  override formatOverClause(over: WindowDef, context: NonNullable<Context>): string {
    return super.formatOverClause(windowNamesQuoted(over), context);
  }
}

function windowNamesQuoted(w: WindowDef): WindowDef {
  return {
    ...w,
    ...(w.name !== undefined ? { name: ident(w.name) } : {}),
    ...(w.refname !== undefined ? { refname: ident(w.refname) } : {}),
  };
}

/**
 * Whether an expression, printed alone, needs parentheses to be an operand of any operator or test
 * (`x = k.key`, `x IS NULL`): trickle's own SQL puts printed expressions beside its operators.
 */
export function compoundExpression(n: Node): boolean {
  return compound(n) || 'CollateClause' in n;
}

/**
 * An expression whose top construct is an operator, a test, a boolean connective or a call
 * written as syntax (`x AT TIME ZONE z`): as the operand of another such construct it may need
 * parentheses.
 */
function compound(n: Node): boolean {
  if ('SubLink' in n) return n.SubLink.subLinkType === 'ANY_SUBLINK' || n.SubLink.subLinkType === 'ALL_SUBLINK';
  if ('XmlExpr' in n) return n.XmlExpr.op === 'IS_DOCUMENT';
  return 'A_Expr' in n || 'BoolExpr' in n || 'NullTest' in n || 'BooleanTest' in n || 'JsonIsPredicate' in n || sqlSyntaxCall(n);
}

/** The name of a call PostgreSQL writes as syntax of its own (`x AT TIME ZONE z`), if it is one. */
function syntaxCall(n: Node): string | undefined {
  if (!('FuncCall' in n) || n.FuncCall.funcformat !== 'COERCE_SQL_SYNTAX') return undefined;
  return (n.FuncCall.funcname ?? []).map((p) => ('String' in p ? p.String.sval : '')).join('.');
}

// Those written around or after their first argument, or whose arguments are b_expr in the
// grammar (`POSITION(b_expr IN b_expr)`): their arguments may need parentheses, and they as operands.
const OPERATOR_LIKE_CALLS: ReadonlySet<string> = new Set(['pg_catalog.timezone', 'pg_catalog.is_normalized', 'pg_catalog.overlaps', 'pg_catalog.position']);

function sqlSyntaxCall(n: Node): boolean {
  const name = syntaxCall(n);
  return name !== undefined && OPERATOR_LIKE_CALLS.has(name);
}

/** What BETWEEN's bounds (b_expr in PostgreSQL's grammar) take without parentheses. */
function plainOperand(n: Node): boolean {
  return 'ColumnRef' in n || 'A_Const' in n || 'ParamRef' in n || ('FuncCall' in n && !sqlSyntaxCall(n)) || 'TypeCast' in n;
}

// The A_Expr kinds whose left operand pgsql-deparser prints bare: the tests written after it.
const TEST_KINDS: ReadonlySet<string> = new Set([
  'AEXPR_OP_ANY', 'AEXPR_OP_ALL', 'AEXPR_IN', 'AEXPR_LIKE', 'AEXPR_ILIKE', 'AEXPR_SIMILAR',
  'AEXPR_BETWEEN', 'AEXPR_NOT_BETWEEN', 'AEXPR_BETWEEN_SYM', 'AEXPR_NOT_BETWEEN_SYM',
]);

// What pgsql-deparser itself parenthesizes as the base of an indirection (`(f(x))[1]`).
const WRAPPED_INDIRECTION_BASES: ReadonlySet<string> = new Set(['TypeCast', 'SubLink', 'A_Expr', 'FuncCall', 'A_Indirection', 'ColumnRef', 'RowExpr']);

/** Whether `child`, printed as an operand of `parent`, needs parentheses pgsql-deparser leaves out. */
function parenthesized(parent: Node, child: Node): boolean {
  if ('NullTest' in parent || 'BooleanTest' in parent || 'JsonIsPredicate' in parent || ('XmlExpr' in parent && parent.XmlExpr.op === 'IS_DOCUMENT')) return compound(child);
  if ('SubLink' in parent) return parent.SubLink.testexpr === child && compound(child);
  if ('CollateClause' in parent) return compound(child) && !('A_Expr' in child) && !('SubLink' in child);
  if ('A_Indirection' in parent) {
    const type = Object.keys(child)[0]!;
    return parent.A_Indirection.arg === child && type !== 'ParamRef' && !WRAPPED_INDIRECTION_BASES.has(type);
  }
  if ('A_Expr' in parent) return operandOfExpr(parent.A_Expr, child);
  if (sqlSyntaxCall(parent) && 'FuncCall' in parent && (parent.FuncCall.args ?? []).includes(child)) {
    // pgsql-deparser parenthesizes the arithmetic before AT TIME ZONE itself.
    const arithmetic = 'A_Expr' in child && child.A_Expr.kind === 'AEXPR_OP' && child.A_Expr.name?.length === 1 && ['+', '-', '*', '/'].includes(operatorName(child.A_Expr));
    const timestamp = syntaxCall(parent) === 'pg_catalog.timezone' && parent.FuncCall.args?.length === 2 && parent.FuncCall.args[1] === child;
    return !plainOperand(child) && !(timestamp && arithmetic);
  }
  return false;
}

function operatorName(e: A_Expr): string {
  const last = e.name?.[e.name.length - 1];
  return last && 'String' in last ? (last.String.sval ?? '') : '';
}

function operandOfExpr(e: A_Expr, child: Node): boolean {
  const kind = e.kind ?? 'AEXPR_OP';
  if (TEST_KINDS.has(kind)) {
    // BETWEEN's bounds are printed from its list without parentheses; IN's list and ANY's array have their own.
    const bounds = kind.includes('BETWEEN') && e.rexpr && 'List' in e.rexpr ? (e.rexpr.List.items ?? []) : [];
    if (bounds.includes(child)) return !plainOperand(child);
    // SIMILAR TO's pattern is the first argument of similar_to_escape(), printed without the call.
    const escaped = kind === 'AEXPR_SIMILAR' && e.rexpr && 'FuncCall' in e.rexpr ? (e.rexpr.FuncCall.args ?? []) : [];
    const pattern = ((kind === 'AEXPR_LIKE' || kind === 'AEXPR_ILIKE' || kind === 'AEXPR_SIMILAR') && e.rexpr === child) || escaped.includes(child);
    return (e.lexpr === child || pattern) && compound(child);
  }
  // COLLATE binds more loosely than a prefix minus: -(a COLLATE "C").
  if (!e.lexpr && kind === 'AEXPR_OP' && 'CollateClause' in child) return true;
  if (!compound(child) || (kind !== 'AEXPR_OP' && kind !== 'AEXPR_DISTINCT' && kind !== 'AEXPR_NOT_DISTINCT')) return false;
  // A binary operator has pgsql-deparser parenthesize its operators, tests and connectives; a prefix one, binary operators.
  if (e.lexpr) return !('A_Expr' in child || 'BoolExpr' in child || 'NullTest' in child || 'BooleanTest' in child || 'SubLink' in child);
  return !('A_Expr' in child && child.A_Expr.kind === 'AEXPR_OP' && child.A_Expr.lexpr !== undefined);
}

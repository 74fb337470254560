/**
 * Scalar expressions in the IR are PostgreSQL ASTs in which every column
 * reference has been replaced by a ParamRef numbered after the input column
 * it reads ($1 = first input column). The user's SQL is never re-typed by
 * hand: rendering swaps the ParamRefs for column references of whatever
 * relation the expression is evaluated over, then deparses.
 */
import type { Node } from '@pgsql/types';
import { deparse } from '../parser/adapter.js';
import { compoundExpression } from '../parser/deparse.js';
import { ident } from '../sql/quote.js';

export interface Expr {
  readonly ast: Node;
  /** Canonical text (deparsed with $n placeholders), for equality between expressions. */
  readonly key: string;
}

/**
 * Expressions of the same shape (the same AST, apart from source locations, which the deparser
 * ignores) deparse the same. A large project renders the same few shapes over the same columns
 * thousands of times, and deparsing dominates the cost of rendering, so shapes are numbered and
 * the texts remembered by shape.
 */
interface Shape {
  readonly id: number;
  /** Canonical text with $n placeholders. */
  readonly key: string;
  /** The input columns the shape reads. */
  readonly columns: readonly number[];
}

const shapesByJson = new Map<string, Shape>();
const shapeOfExpr = new WeakMap<Expr, Shape>();
const renderedByKey = new Map<string, string>();

function shapeOfAst(ast: Node): Shape {
  const stripped = stripLocations(ast) as Node;
  const json = JSON.stringify(stripped);
  let shape = shapesByJson.get(json);
  if (!shape) {
    shape = { id: shapesByJson.size, key: deparse(stripped), columns: columnsOfAst(stripped) };
    shapesByJson.set(json, shape);
  }
  return shape;
}

function shapeOf(expr: Expr): Shape {
  let shape = shapeOfExpr.get(expr);
  if (!shape) {
    shape = shapeOfAst(expr.ast);
    shapeOfExpr.set(expr, shape);
  }
  return shape;
}

export function makeExpr(ast: Node): Expr {
  const shape = shapeOfAst(ast);
  const expr = { ast, key: shape.key };
  shapeOfExpr.set(expr, shape);
  return expr;
}

const nodeIds = new WeakMap<object, number>();
let nextNodeId = 0;

/**
 * A key that is equal only for nodes that deparse the same: a plain column reference by its names,
 * any other node by identity (the nodes of SQL fragments are parsed once and shared).
 */
function nodeKey(node: Node): string {
  const ref = (node as { ColumnRef?: { fields?: unknown[] } }).ColumnRef;
  if (ref && Object.keys(node).length === 1 && Object.keys(ref).length === 1 && ref.fields) {
    let key = 'c';
    for (const f of ref.fields as { String?: { sval?: unknown } }[]) {
      const sval = f.String?.sval;
      if (typeof sval !== 'string' || Object.keys(f).length !== 1 || Object.keys(f.String!).length !== 1) return identityKey(node);
      key += `\u0001${sval}`;
    }
    return key;
  }
  return identityKey(node);
}

function identityKey(node: Node): string {
  let id = nodeIds.get(node);
  if (id === undefined) {
    id = nextNodeId++;
    nodeIds.set(node, id);
  }
  return `n${id}`;
}

export function paramRef(index: number): Node {
  return { ParamRef: { number: index + 1 } } as Node;
}

/** A column reference `qualifier.name` (or just `name`) as an AST node. */
export function columnRefNode(name: string, qualifier?: string): Node {
  const fields = [...(qualifier === undefined ? [] : [qualifier]), name].map((s) => ({ String: { sval: s } }));
  return { ColumnRef: { fields } } as Node;
}

/** Does a wrapped AST node (`{ Type: {...} }`) have this type? */
export function nodeType(node: unknown): string | undefined {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
  // The walkers below ask this of every object of every AST: no key array, no regex. (AST objects
  // are plain, so for..in sees exactly their own keys, in the order Object.keys gives them.)
  let type: string | undefined;
  for (const k in node) {
    if (type !== undefined) return undefined;
    type = k;
  }
  if (type === undefined) return undefined;
  const first = type.charCodeAt(0);
  return first >= 65 && first <= 90 ? type : undefined; // A-Z
}

/**
 * Rebuilds an AST bottom-up. `visit` sees each wrapped node first and may
 * return a replacement (which is not descended into) or undefined to descend.
 */
export function mapAst(node: unknown, visit: (n: Node, type: string) => Node | undefined): unknown {
  if (Array.isArray(node)) return node.map((x) => mapAst(x, visit));
  if (node === null || typeof node !== 'object') return node;
  const type = nodeType(node);
  if (type) {
    const replaced = visit(node as Node, type);
    if (replaced !== undefined) return replaced;
  }
  const out: Record<string, unknown> = {};
  for (const k in node) out[k] = mapAst((node as Record<string, unknown>)[k], visit);
  return out;
}

/** Calls `visit` on every wrapped node; stops descending where it returns false. */
export function walkAst(node: unknown, visit: (n: Node, type: string) => boolean | void): void {
  if (Array.isArray(node)) {
    for (const x of node) walkAst(x, visit);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const type = nodeType(node);
  if (type && visit(node as Node, type) === false) return;
  for (const k in node) walkAst((node as Record<string, unknown>)[k], visit);
}

export function stripLocations(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripLocations);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const k in node) if (k !== 'location') out[k] = stripLocations((node as Record<string, unknown>)[k]);
  return out;
}

/** The input column (0-based) an expression reads when it is nothing but a reference to it. */
export function plainColumn(expr: Expr): number | undefined {
  const m = /^\$(\d+)$/.exec(expr.key);
  return m ? Number(m[1]) - 1 : undefined;
}

/** Input column indexes an expression reads. */
export function columnsOf(expr: Expr): number[] {
  return columnsOfAst(expr.ast);
}

/** The input columns a part of an expression's tree reads, sorted. */
export function columnsOfAst(ast: Node): number[] {
  const seen = new Set<number>();
  walkAst(ast, (n, type) => {
    if (type === 'ParamRef') seen.add(((n as { ParamRef: { number?: number } }).ParamRef.number ?? 1) - 1);
  });
  return [...seen].sort((a, b) => a - b);
}

/** Replaces each $n with the node `column(n - 1)` returns. */
export function substitute(expr: Expr, column: (index: number) => Node): Node {
  return mapAst(expr.ast, (n, type) =>
    type === 'ParamRef' ? column(((n as { ParamRef: { number?: number } }).ParamRef.number ?? 1) - 1) : undefined,
  ) as Node;
}

/** Renders an expression with each input column read as `qualifier.<name>`. */
export function renderExpr(expr: Expr, names: readonly string[], qualifier?: string): string {
  return renderExprWith(expr, (i) => columnRefNode(names[i]!, qualifier));
}

/**
 * Renders an expression with each input column replaced by a given SQL fragment's AST. An
 * operator, a test or a connective comes parenthesized: the generated SQL puts expressions
 * beside its own operators (`x = k.key`, `x IS NULL`), where `a OR b` or `x > 1` would bind
 * otherwise.
 */
export function renderExprWith(expr: Expr, column: (index: number) => Node): string {
  return rendered(expr, column, 'operand');
}

/**
 * Renders a condition that stands alone or beside the generated SQL's own conditions joined by
 * AND (`WHERE`, `ON`, `HAVING`, `... AND condition`): parenthesized only when it is an OR.
 */
export function renderCondition(expr: Expr, column: (index: number) => Node): string {
  return rendered(expr, column, 'condition');
}

/**
 * Renders an expression that stands where any expression may without parentheses: an item of a
 * SELECT or GROUP BY list, a function's argument, a comment.
 */
export function renderItem(expr: Expr, column: (index: number) => Node): string {
  return rendered(expr, column, 'item');
}

/** Where a rendered expression stands, and so which expressions it parenthesizes. */
type Place = 'operand' | 'condition' | 'item';

const PARENTHESIZED: Readonly<Record<Place, (n: Node) => boolean>> = {
  operand: compoundExpression,
  condition: (n) => 'BoolExpr' in n && n.BoolExpr.boolop === 'OR_EXPR',
  item: () => false,
};

function rendered(expr: Expr, column: (index: number) => Node, place: Place): string {
  // The result depends only on the expression's shape, the nodes its columns become and its place.
  const shape = shapeOf(expr);
  let cacheKey = `${place}${shape.id}`;
  for (const i of shape.columns) cacheKey += `\u0000${nodeKey(column(i))}`;
  let sql = renderedByKey.get(cacheKey);
  if (sql === undefined) {
    const node = substitute(expr, column);
    sql = PARENTHESIZED[place](node) ? `(${deparse(node)})` : deparse(node);
    renderedByKey.set(cacheKey, sql);
  }
  return sql;
}

/** `qualifier.name` as SQL text, quoted. */
export function col(name: string, qualifier?: string): string {
  return qualifier === undefined ? ident(name) : `${ident(qualifier)}.${ident(name)}`;
}

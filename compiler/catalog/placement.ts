/**
 * Where a table's rows live: on one PostgreSQL node, or spread by Citus. The
 * catalog learns it from the Citus calls of schema/ (`create_distributed_table`,
 * `create_reference_table`, ...), read like the DDL around them, in order.
 */
import type { FuncCall, Node } from '@pgsql/types';
import { TrickleError, type SourcePosition } from '../errors.js';
import { walkAst } from '../ir/expr.js';
import { foldUnquoted } from '../parser/adapter.js';

export type Placement =
  /** A plain table: every row on the node that runs the SQL. */
  | { readonly kind: 'local' }
  /** A Citus reference table: a full copy on every node, the coordinator included. */
  | { readonly kind: 'reference' }
  /** A Citus local table (`citus_add_local_table_to_metadata`): its one copy is on the coordinator. */
  | { readonly kind: 'citus_local' }
  /** A Citus distributed table: rows hashed on `column` into shards spread over the workers. */
  | { readonly kind: 'distributed'; readonly column: string };

export const LOCAL: Placement = { kind: 'local' };

/**
 * Whether the coordinator holds a full copy of the table (as a shard of its own, which Citus
 * leaves alone when it is read by name): trickle reads and captures it there.
 */
export function onCoordinator(p: Placement): boolean {
  return p.kind === 'reference' || p.kind === 'citus_local';
}

export function placementText(p: Placement): string {
  return p.kind === 'distributed' ? `distributed by ${p.column}` : p.kind;
}

/** What one Citus call of schema/ does to a table's placement. */
export interface PlacementChange {
  readonly fn: string;
  /** The table argument as written, not yet resolved against search_path. */
  readonly table: { readonly schemaname?: string; readonly relname: string };
  /** The new placement (its column as written); undefined when the call leaves it as it was. */
  readonly placement: Placement | undefined;
  readonly position: SourcePosition;
}

/** The Citus functions that change where a table lives, with their parameter names in order. */
const PARAMETERS: Record<string, readonly string[]> = {
  create_distributed_table: ['table_name', 'distribution_column', 'distribution_type', 'colocate_with', 'shard_count'],
  create_distributed_table_concurrently: ['table_name', 'distribution_column', 'distribution_type', 'colocate_with', 'shard_count'],
  create_reference_table: ['table_name'],
  citus_add_local_table_to_metadata: ['table_name', 'cascade_via_foreign_keys'],
  undistribute_table: ['table_name', 'cascade_via_foreign_keys'],
  alter_distributed_table: ['table_name', 'distribution_column', 'shard_count', 'colocate_with', 'cascade_to_colocated'],
  truncate_local_data_after_distributing_table: ['function_name'],
};

export const CITUS_FUNCTIONS: ReadonlySet<string> = new Set(Object.keys(PARAMETERS));

/**
 * The Citus call a SELECT statement makes (`SELECT fn(...)`, `SELECT * FROM fn(...)`, anywhere in
 * it), or undefined for any other statement. One per statement: `at` places the error for more.
 */
export function citusCall(node: Node, at: (location: number | undefined) => SourcePosition): FuncCall | undefined {
  if (!('SelectStmt' in node)) return undefined;
  const calls: FuncCall[] = [];
  walkAst(node, (n, type) => {
    const call = type === 'FuncCall' ? (n as { FuncCall: FuncCall }).FuncCall : undefined;
    if (call && CITUS_FUNCTIONS.has(functionName(call))) calls.push(call);
  });
  if (calls.length > 1) throw new TrickleError(`${functionName(calls[1]!)}: one Citus call per statement, so that trickle reads them in the order they run`, at(calls[1]!.location));
  return calls[0];
}

function functionName(f: FuncCall): string {
  const names = (f.funcname ?? []).map((n) => ('String' in n ? n.String.sval ?? '' : ''));
  return names[names.length - 1] ?? '';
}

/**
 * Reads one Citus call. Arguments must be constants (as they are in DDL scripts): trickle
 * compiles offline and cannot evaluate anything else.
 */
export function placementChange(call: FuncCall, at: (location: number | undefined) => SourcePosition): PlacementChange | undefined {
  const fn = functionName(call);
  const params = PARAMETERS[fn]!;
  const args = new Map<string, { value: string | null; position: SourcePosition }>();
  (call.args ?? []).forEach((a, i) => {
    let name = params[i];
    let expr = a;
    if ('NamedArgExpr' in a) {
      name = a.NamedArgExpr.name;
      expr = a.NamedArgExpr.arg as Node;
    }
    const position = at(locationOf(expr) ?? call.location);
    if (name === undefined || !params.includes(name)) throw new TrickleError(`${fn}: unexpected argument`, position);
    args.set(name, { value: constantText(expr, fn, position), position });
  });
  if (fn === 'truncate_local_data_after_distributing_table') return undefined;
  const position = at(call.location);
  const tableArg = args.get('table_name');
  if (!tableArg || tableArg.value === null) throw new TrickleError(`${fn}: the table name is missing`, position);
  const table = parseRelationName(tableArg.value, fn, tableArg.position);
  /** The distribution column argument, if given. */
  const column = (): string | undefined => {
    const arg = args.get('distribution_column');
    if (arg?.value === null) throw new TrickleError(`${fn}: a distribution column of NULL (a single-shard table) is not supported`, arg.position);
    return arg?.value;
  };
  switch (fn) {
    case 'create_reference_table':
      return { fn, table, placement: { kind: 'reference' }, position };
    case 'citus_add_local_table_to_metadata':
      return { fn, table, placement: { kind: 'citus_local' }, position };
    case 'undistribute_table':
      return { fn, table, placement: LOCAL, position };
    case 'alter_distributed_table': {
      const col = column();
      return { fn, table, placement: col === undefined ? undefined : { kind: 'distributed', column: col }, position };
    }
    default: {
      const col = column();
      if (col === undefined) throw new TrickleError(`${fn}: the distribution column is missing`, position);
      const type = args.get('distribution_type')?.value ?? 'hash';
      if (type !== 'hash') throw new TrickleError(`${fn}: distribution type '${type}' is not supported (only hash)`, args.get('distribution_type')!.position);
      return { fn, table, placement: { kind: 'distributed', column: col }, position };
    }
  }
}

function locationOf(node: Node): number | undefined {
  const inner = Object.values(node)[0] as { location?: number } | undefined;
  return inner?.location;
}

/** A string constant (also as `'x'::regclass`), or null for NULL. */
function constantText(node: Node, fn: string, position: SourcePosition): string | null {
  if ('TypeCast' in node && node.TypeCast.arg) return constantText(node.TypeCast.arg, fn, position);
  if ('A_Const' in node) {
    const c = node.A_Const;
    if (c.isnull) return null;
    if (c.sval) return c.sval.sval ?? '';
    if (c.ival) return String(c.ival.ival ?? 0);
    if (c.boolval) return String(c.boolval.boolval ?? false);
  }
  throw new TrickleError(`${fn}: only constant arguments can be read offline`, position);
}

/**
 * A relation name as PostgreSQL's regclass input reads it: dot-separated identifiers, each
 * double-quoted (kept as written) or folded to lower case.
 */
export function parseRelationName(text: string, fn: string, position: SourcePosition): { schemaname?: string; relname: string } {
  const parts: string[] = [];
  let i = 0;
  const bad = () => new TrickleError(`${fn}: invalid table name ${JSON.stringify(text)}`, position);
  while (i < text.length) {
    if (text[i] === '"') {
      let name = '';
      i++;
      for (;;) {
        if (i >= text.length) throw bad();
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            name += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        name += text[i++];
      }
      parts.push(name);
    } else {
      const m = /^[^."]+/.exec(text.slice(i));
      if (!m) throw bad();
      parts.push(foldUnquoted(m[0].trim()));
      i += m[0].length;
    }
    if (i < text.length) {
      if (text[i] !== '.') throw bad();
      i++;
      if (i >= text.length) throw bad();
    }
  }
  if (parts.length === 1) return { relname: parts[0]! };
  if (parts.length === 2) return { schemaname: parts[0]!, relname: parts[1]! };
  throw bad();
}

/**
 * Reads stream-table definitions in either of their two forms:
 *   CREATE MATERIALIZED VIEW [schema.]name AS SELECT ...;
 *   SELECT pgtrickle.create_stream_table('name', $$SELECT ...$$, schedule => '1m', refresh_mode => 'AUTO');
 */
import type { A_Const, FuncCall, Node, SelectStmt } from '@pgsql/types';
import { firstLocation } from '../bind/bind.js';
import { DEFAULT_SCHEMA, relationName } from '../catalog/build.js';
import type { QualifiedName } from '../catalog/catalog.js';
import { clipBytes, MAX_NAME_BYTES } from '../catalog/constraints.js';
import { TrickleError, type SourcePosition } from '../errors.js';
import { foldUnquoted, parseSql } from '../parser/adapter.js';
import type { SourceText } from '../parser/source.js';
import type { ProjectConfig, RefreshMode } from './project.js';

export interface StreamDef {
  readonly name: QualifiedName;
  /** The defining query's AST (a SelectStmt node). */
  readonly query: Node;
  /** Source of the query; its positions point into the user's file. */
  readonly querySource: SourceText;
  readonly schedule: string;
  /** Where the schedule was given (the definition itself when it comes from trickle.json). */
  readonly schedulePosition?: SourcePosition;
  readonly refreshMode: RefreshMode;
  readonly position: SourcePosition;
}

const MODES: readonly RefreshMode[] = ['DIFFERENTIAL', 'FULL', 'AUTO'];
const CALL_PARAMS = ['name', 'query', 'schedule', 'refresh_mode', 'initialize'] as const;

export function readStreamDefs(files: readonly SourceText[], config: ProjectConfig): StreamDef[] {
  const defs: StreamDef[] = [];
  for (const file of files) {
    for (const stmt of parseSql(file)) {
      const node = stmt.node;
      const position = file.position(stmt.location);
      if ('CreateTableAsStmt' in node && node.CreateTableAsStmt.objtype === 'OBJECT_MATVIEW') {
        const ctas = node.CreateTableAsStmt;
        const rel = ctas.into?.rel ?? {};
        const query = ctas.query as Node;
        if (!query || !('SelectStmt' in query)) throw new TrickleError('a stream table must be defined by a SELECT', position);
        const at = file.position(rel.location ?? stmt.location);
        if (ctas.into?.skipData) throw new TrickleError('WITH NO DATA is not supported: stream tables are populated when created', at);
        // Storage clauses would otherwise be dropped without a word: trickle creates the table itself.
        const storage = [ctas.into?.accessMethod ? 'USING' : '', ctas.into?.options?.length ? 'WITH (...)' : '', ctas.into?.tableSpaceName ? 'TABLESPACE' : ''].filter(Boolean);
        if (storage.length) throw new TrickleError(`${storage.join(', ')} of a materialized view is not supported: trickle creates the stream table's storage itself`, at);
        if (ctas.if_not_exists) throw new TrickleError('IF NOT EXISTS is not supported: each stream table is defined once, and the migrations create it', at);
        const columnNames = (ctas.into?.colNames ?? []).map((n) => ('String' in n ? (n.String.sval ?? '') : ''));
        defs.push({
          name: relationName(rel),
          query: columnNames.length ? renameOutputs(query.SelectStmt, columnNames, at) : query,
          querySource: file,
          schedule: config.defaults.schedule,
          refreshMode: config.defaults.refreshMode,
          position: at,
        });
      } else if ('SelectStmt' in node && createCall(node.SelectStmt)) {
        defs.push(fromCall(createCall(node.SelectStmt)!, file, config, position));
      } else {
        throw new TrickleError(
          'streams/ holds only CREATE MATERIALIZED VIEW ... AS SELECT or SELECT pgtrickle.create_stream_table(...) statements',
          position,
        );
      }
    }
  }
  return defs;
}

/**
 * `CREATE MATERIALIZED VIEW v (a, b) AS SELECT ...`: the names rename the first output columns,
 * as in PostgreSQL. They are written into the query as output aliases, so that every later step
 * (binding, the stored defining query, a full refresh) sees the same names. The select list (of
 * the leftmost SELECT of a set operation) is copied, never changed in place.
 */
function renameOutputs(select: SelectStmt, names: readonly string[], position: SourcePosition): Node {
  if (select.op && select.op !== 'SETOP_NONE' && select.larg) {
    const larg = renameOutputs(select.larg, names, position) as { SelectStmt: SelectStmt };
    return { SelectStmt: { ...select, larg: larg.SelectStmt } };
  }
  const targets = select.targetList ?? [];
  if (names.length > targets.length) throw new TrickleError('too many column names were specified', position);
  const renamed = targets.map((t, i) => {
    if (i >= names.length || !('ResTarget' in t)) return t;
    const val = t.ResTarget.val as Node | undefined;
    if (val && 'ColumnRef' in val && (val.ColumnRef.fields ?? []).some((f) => 'A_Star' in f)) {
      throw new TrickleError('a column name list cannot rename the columns of *: name them in the select list instead', position);
    }
    return { ResTarget: { ...t.ResTarget, name: names[i] } };
  });
  return { SelectStmt: { ...select, targetList: renamed } };
}

function createCall(select: SelectStmt): FuncCall | undefined {
  const targets = select.targetList ?? [];
  if (targets.length !== 1 || select.fromClause?.length) return undefined;
  const t = targets[0]!;
  const val = 'ResTarget' in t ? t.ResTarget.val : undefined;
  if (!val || !('FuncCall' in val)) return undefined;
  const names = (val.FuncCall.funcname ?? []).map((n) => ('String' in n ? n.String.sval : ''));
  const fn = names.join('.');
  return fn === 'pgtrickle.create_stream_table' || fn === 'pg_trickle.create_stream_table' ? val.FuncCall : undefined;
}

function fromCall(call: FuncCall, file: SourceText, config: ProjectConfig, position: SourcePosition): StreamDef {
  const args = new Map<string, { value: string; location: number }>();
  let positional = 0;
  for (const arg of call.args ?? []) {
    let name: string;
    let value: Node | undefined;
    if ('NamedArgExpr' in arg) {
      name = arg.NamedArgExpr.name ?? '';
      value = arg.NamedArgExpr.arg as Node | undefined;
      if (!(CALL_PARAMS as readonly string[]).includes(name)) {
        throw new TrickleError(`create_stream_table has no argument named "${name}"`, file.position(arg.NamedArgExpr.location));
      }
    } else {
      if (positional >= CALL_PARAMS.length) throw new TrickleError('create_stream_table takes at most 5 arguments', position);
      name = CALL_PARAMS[positional++]!;
      value = arg;
    }
    if (args.has(name)) throw new TrickleError(`create_stream_table argument "${name}" is given twice`, position);
    args.set(name, stringArg(value, name, file, position));
  }
  const nameArg = args.get('name');
  const queryArg = args.get('query');
  if (!nameArg || !queryArg) throw new TrickleError('create_stream_table needs a name and a query', position);

  const given = args.get('refresh_mode')?.value ?? config.defaults.refreshMode;
  const mode = given.toUpperCase();
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new TrickleError(`refresh_mode must be DIFFERENTIAL, FULL or AUTO, not '${given}'`, file.position(args.get('refresh_mode')?.location));
  }
  const init = args.get('initialize');
  if (init && !['true', 't', 'on', 'yes', '1'].includes(init.value.toLowerCase())) {
    throw new TrickleError(`initialize => ${init.value} is not supported: stream tables are populated when created (initialize => true)`, file.position(init.location));
  }

  const querySource = literalContent(file, queryArg.location, queryArg.value);
  const stmts = parseSql(querySource);
  if (stmts.length !== 1 || !('SelectStmt' in stmts[0]!.node)) {
    throw new TrickleError('the query of a stream table must be a single SELECT statement', file.position(queryArg.location));
  }
  return {
    name: parseQualifiedName(nameArg.value, file.position(nameArg.location)),
    query: stmts[0]!.node,
    querySource,
    schedule: args.get('schedule')?.value ?? config.defaults.schedule,
    ...(args.has('schedule') ? { schedulePosition: file.position(args.get('schedule')!.location) } : {}),
    refreshMode: mode as RefreshMode,
    position: file.position(nameArg.location),
  };
}

function stringArg(value: Node | undefined, name: string, file: SourceText, position: SourcePosition) {
  if (value && 'A_Const' in value) {
    const c: A_Const = value.A_Const;
    const location = c.location ?? 0;
    if (c.sval?.sval !== undefined) return { value: c.sval.sval, location };
    if (c.boolval !== undefined) return { value: String(c.boolval.boolval ?? false), location };
  }
  if (value && 'TypeCast' in value && value.TypeCast.arg) return stringArg(value.TypeCast.arg as Node, name, file, position);
  const at = firstLocation(value);
  throw new TrickleError(`create_stream_table argument "${name}" must be a string literal`, at === undefined ? position : file.position(at));
}

/**
 * The text inside a string literal, positioned where it stands in the file,
 * so errors in an embedded query point at the right line and column.
 */
function literalContent(file: SourceText, byteLocation: number, value: string): SourceText {
  const start = file.charIndex(byteLocation);
  const rest = file.text.slice(start);
  const dollar = /^\$[A-Za-z_0-9]*\$/.exec(rest);
  if (dollar) return file.sub(start + dollar[0].length, value);
  // '...' or E'...': map each decoded character back to where it stands in the file.
  const escapes = /^[eE]'/.test(rest);
  let i = start + (escapes ? 2 : 1);
  const rawIndex: number[] = [];
  const text = file.text;
  while (i < text.length && rawIndex.length < value.length) {
    const ch = text[i]!;
    rawIndex.push(i);
    if (ch === "'" && text[i + 1] === "'") i += 2;
    else if (escapes && ch === '\\') i += escapeLength(text, i);
    else i += 1;
  }
  return file.decoded(value, rawIndex);
}

/** Raw length of the backslash escape at `i` of an E'' string (\n, \\, \x41, \101, \u00e9, \U0001F600). */
function escapeLength(text: string, i: number): number {
  const next = text[i + 1] ?? '';
  const run = (re: RegExp, max: number) => {
    let n = 0;
    while (n < max && re.test(text[i + 2 + n] ?? '')) n++;
    return n;
  };
  if (next === 'x') return 2 + run(/[0-9a-fA-F]/, 2);
  if (next === 'u') return 6;
  if (next === 'U') return 10;
  if (/[0-7]/.test(next)) return 2 + run(/[0-7]/, 2);
  return 2;
}

/** `schema.name`, `name` or `"Quoted"."Name"`; unqualified names live in public. */
export function parseQualifiedName(text: string, position: SourcePosition): QualifiedName {
  const parts: string[] = [];
  let i = 0;
  while (i <= text.length) {
    if (text[i] === '"') {
      let j = i + 1;
      let part = '';
      for (;;) {
        if (j >= text.length) throw new TrickleError(`unterminated quoted name in '${text}'`, position);
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            part += '"';
            j += 2;
            continue;
          }
          break;
        }
        part += text[j++];
      }
      if (part === '') throw new TrickleError(`zero-length quoted name in '${text}'`, position);
      parts.push(part);
      i = j + 1;
    } else {
      const j = text.indexOf('.', i);
      const end = j === -1 ? text.length : j;
      const raw = text.slice(i, end).trim();
      // As PostgreSQL's scanner reads an unquoted identifier: letters, digits, _ and $, where any
      // non-ASCII character counts as a letter, and only ASCII letters are folded to lower case.
      if (!/^[A-Za-z_\u0080-\u{10FFFF}][A-Za-z0-9_$\u0080-\u{10FFFF}]*$/u.test(raw)) throw new TrickleError(`'${text}' is not a valid stream table name`, position);
      parts.push(foldUnquoted(raw));
      i = end;
    }
    if (i >= text.length) break;
    if (text[i] !== '.') throw new TrickleError(`'${text}' is not a valid stream table name`, position);
    i++;
  }
  // As PostgreSQL's scanner cuts a longer identifier (quoted or not): to 63 bytes.
  const cut = parts.map((p) => clipBytes(p, MAX_NAME_BYTES));
  if (cut.length === 1) return { schema: DEFAULT_SCHEMA, name: cut[0]! };
  if (cut.length === 2) return { schema: cut[0]!, name: cut[1]! };
  throw new TrickleError(`'${text}' is not a valid stream table name`, position);
}

/**
 * Builds the catalog from the schema files, statement by statement, the way
 * sqlc does: CREATE SCHEMA / CREATE TABLE / a few ALTER TABLE forms are
 * interpreted; everything else is kept verbatim for `verify`.
 */
import type { ColumnDef, Constraint, CreateStmt, Node, AlterTableStmt, TypeName } from '@pgsql/types';
import { TrickleError, type SourcePosition } from '../errors.js';
import { deparse, foldUnquoted, parseSql, statementText } from '../parser/adapter.js';
import type { SourceText } from '../parser/source.js';
import { citusCall, LOCAL, placementChange } from './placement.js';
import { qualifiedKey, type Catalog, type Column, type KeptStatement, type QualifiedName, type Table, type UnsupportedRelation } from './catalog.js';

export const DEFAULT_SCHEMA = 'public';

const SERIAL_TYPES: Record<string, string> = {
  smallserial: 'int2',
  serial2: 'int2',
  serial: 'int4',
  serial4: 'int4',
  bigserial: 'int8',
  serial8: 'int8',
};


export function buildCatalog(files: readonly SourceText[]): Catalog {
  const schemas = new Set<string>([DEFAULT_SCHEMA]);
  const tables = new Map<string, Table>();
  const unsupported = new Map<string, UnsupportedRelation>();
  const statements: KeptStatement[] = [];
  // Where unqualified names go: `SET search_path` in a schema file applies to the statements
  // after it, as in the session that runs these files (pg_dump sets it, for one).
  let searchPath: readonly string[] = [DEFAULT_SCHEMA];
  const creationSchema = (position: SourcePosition): string => {
    const s = searchPath.find((x) => schemas.has(x));
    if (s === undefined) throw new TrickleError('no schema has been selected to create in: no schema of search_path exists', position);
    return s;
  };
  /** The name a CREATE gives a relation: qualified, or in the first existing schema of search_path. */
  const createdName = (rel: { schemaname?: string; relname?: string }, position: SourcePosition): QualifiedName =>
    rel.schemaname ? relationName(rel) : { schema: creationSchema(position), name: rel.relname ?? '' };
  /** A table that turns out not to be a source (it gained an inheritance child or parent). */
  const demote = (name: QualifiedName | undefined, reason: string): void => {
    const t = name && tables.get(qualifiedKey(name));
    if (!name || !t) return;
    tables.delete(qualifiedKey(name));
    unsupported.set(qualifiedKey(name), { name, reason, position: t.position });
  };
  /** RENAME TO, SET SCHEMA: the table under its new name. */
  const move = (from: QualifiedName, table: Table, to: QualifiedName, position: SourcePosition): void => {
    if (tables.has(qualifiedKey(to))) throw new TrickleError(`relation "${qualifiedKey(to)}" already exists`, position);
    tables.delete(qualifiedKey(from));
    tables.set(qualifiedKey(to), { ...table, name: to });
  };
  /** A table name as PostgreSQL would resolve it: qualified, or the first schema of search_path holding it. */
  const resolve = (rel: { schemaname?: string; relname?: string }): QualifiedName => {
    if (rel.schemaname) return relationName(rel);
    const found = searchPath.find((x) => tables.has(qualifiedKey({ schema: x, name: rel.relname ?? '' })));
    return { schema: found ?? searchPath.find((x) => schemas.has(x)) ?? DEFAULT_SCHEMA, name: rel.relname ?? '' };
  };

  for (const file of files) {
    const bytes = Buffer.from(file.text, 'utf8');
    for (const stmt of parseSql(file)) {
      const position = file.position(stmt.location);
      const sql = statementText(bytes, stmt).trim();
      const node = stmt.node;
      const call = citusCall(node);
      statements.push({ sql, position, citus: call !== undefined, node });
      const path = searchPathSet(node);
      if (call) {
        const change = placementChange(call, (location) => file.position(location ?? stmt.location));
        if (!change) continue;
        const name = resolve(change.table);
        const table = tables.get(qualifiedKey(name));
        if (!table) {
          if (unsupported.has(qualifiedKey(name))) continue;
          throw new TrickleError(`${change.fn}: relation "${qualifiedKey(name)}" is not a table created before this statement in schema/`, change.position);
        }
        const column = change.placement?.kind === 'distributed' ? change.placement.column : undefined;
        if (column !== undefined && !table.columns.some((c) => c.name === column)) {
          throw new TrickleError(`${change.fn}: column "${column}" does not exist in table ${qualifiedKey(name)}`, change.position);
        }
        if (change.placement) tables.set(qualifiedKey(name), { ...table, placement: change.placement });
      } else if ('CreateSchemaStmt' in node) {
        const name = node.CreateSchemaStmt.schemaname;
        if (name) schemas.add(name);
        if (node.CreateSchemaStmt.schemaElts?.length) {
          throw new TrickleError('CREATE SCHEMA with embedded statements is not supported; write them as separate statements', position);
        }
      } else if (path !== undefined) {
        searchPath = path;
      } else if ('CreateStmt' in node) {
        const rel = node.CreateStmt.relation ?? {};
        const name = createdName(rel, position);
        const why = notASource(node.CreateStmt);
        if (why) {
          unsupported.set(qualifiedKey(name), { name, reason: why, position: file.position(rel.location) });
          // A query over the parent reads its children's rows, whose changes go past its triggers.
          for (const parent of node.CreateStmt.partbound ? [] : (node.CreateStmt.inhRelations ?? [])) {
            if ('RangeVar' in parent) demote(resolve(parent.RangeVar), INHERITED);
          }
          continue;
        }
        const table = tableOf(node.CreateStmt, name, file);
        const key = qualifiedKey(table.name);
        if (tables.has(key)) {
          if (node.CreateStmt.if_not_exists) continue;
          throw new TrickleError(`table ${key} is defined twice`, position);
        }
        if (!schemas.has(table.name.schema)) {
          throw new TrickleError(`schema "${table.name.schema}" of table ${key} is not created in schema/`, position);
        }
        tables.set(key, table);
      } else if ('AlterTableStmt' in node) {
        const name = resolve(node.AlterTableStmt.relation ?? {});
        alterTable(node.AlterTableStmt, name, tables, file, stmt.location);
        // ALTER TABLE child INHERIT parent: as INHERITS in CREATE TABLE, neither can be a source.
        for (const c of node.AlterTableStmt.cmds ?? []) {
          if (!('AlterTableCmd' in c) || c.AlterTableCmd.subtype !== 'AT_AddInherit') continue;
          const parentDef = c.AlterTableCmd.def;
          demote(name, INHERITS);
          demote(parentDef && 'RangeVar' in parentDef ? resolve(parentDef.RangeVar) : undefined, INHERITED);
        }
      } else if ('RenameStmt' in node && node.RenameStmt.relation && (node.RenameStmt.renameType === 'OBJECT_TABLE' || node.RenameStmt.renameType === 'OBJECT_COLUMN')) {
        // ALTER TABLE ... RENAME [COLUMN] ... TO ...: the table as it is after the statement.
        const r = node.RenameStmt;
        const from = resolve(r.relation!);
        const table = tables.get(qualifiedKey(from));
        if (!table) continue;
        const to = r.newname ?? '';
        if (r.renameType === 'OBJECT_TABLE') {
          move(from, table, { schema: from.schema, name: to }, position);
        } else {
          if (!table.columns.some((c) => c.name === r.subname)) throw new TrickleError(`column "${r.subname}" does not exist in table ${qualifiedKey(from)}`, position);
          if (table.columns.some((c) => c.name === to)) throw new TrickleError(`column "${to}" of table ${qualifiedKey(from)} already exists`, position);
          const rename = (c: string) => (c === r.subname ? to : c);
          tables.set(qualifiedKey(from), {
            ...table,
            columns: table.columns.map((c) => ({ ...c, name: rename(c.name) })),
            primaryKey: table.primaryKey.map(rename),
            uniqueKeys: table.uniqueKeys.map((k) => k.map(rename)),
          });
        }
      } else if ('AlterObjectSchemaStmt' in node && node.AlterObjectSchemaStmt.objectType === 'OBJECT_TABLE' && node.AlterObjectSchemaStmt.relation) {
        // ALTER TABLE ... SET SCHEMA ...
        const a = node.AlterObjectSchemaStmt;
        const from = resolve(a.relation!);
        const table = tables.get(qualifiedKey(from));
        if (!table) continue;
        const name = { schema: a.newschema ?? '', name: from.name };
        if (!schemas.has(name.schema)) throw new TrickleError(`schema "${name.schema}" is not created in schema/`, position);
        move(from, table, name, position);
      } else if ('ViewStmt' in node) {
        const rel = node.ViewStmt.view ?? {};
        const name = createdName(rel, position);
        unsupported.set(qualifiedKey(name), { name, reason: 'it is a view (a stream table reads tables and other stream tables; define the view as a stream table instead)', position: file.position(rel.location) });
      } else if ('DropStmt' in node) {
        throw new TrickleError('DROP statements do not belong in schema/: describe the tables as they are', position);
      }
    }
  }
  return { schemas: [...schemas].sort(), tables, unsupported, statements };
}

export function relationName(rel: { schemaname?: string; relname?: string }): QualifiedName {
  return { schema: rel.schemaname ?? DEFAULT_SCHEMA, name: rel.relname ?? '' };
}

/**
 * The schemas a `SET search_path ...` or `SELECT set_config('search_path', ...)` statement
 * selects (`DEFAULT` and `RESET` select public); undefined for any other statement. `"$user"`
 * is left out: a schema named after the role running the scripts is not known here.
 */
function searchPathSet(node: Node): readonly string[] | undefined {
  let text: string | undefined;
  if ('VariableSetStmt' in node) {
    const v = node.VariableSetStmt;
    if (v.name?.toLowerCase() !== 'search_path' && v.kind !== 'VAR_RESET_ALL') return undefined;
    if (v.kind !== 'VAR_SET_VALUE') return [DEFAULT_SCHEMA];
    // Each argument is one schema name, already folded by the parser when unquoted.
    return (v.args ?? []).flatMap((a) => ('A_Const' in a && a.A_Const.sval?.sval !== undefined ? [a.A_Const.sval.sval] : [])).filter((x) => x !== '$user');
  } else if ('SelectStmt' in node) {
    const targets = node.SelectStmt.targetList ?? [];
    const val = targets.length === 1 && 'ResTarget' in targets[0]! ? targets[0]!.ResTarget.val : undefined;
    if (!val || !('FuncCall' in val)) return undefined;
    const names = (val.FuncCall.funcname ?? []).map((n) => ('String' in n ? n.String.sval : ''));
    const args = (val.FuncCall.args ?? []).map((a) => ('A_Const' in a ? a.A_Const.sval?.sval : undefined));
    if (names[names.length - 1] !== 'set_config' || args[0]?.toLowerCase() !== 'search_path' || args[1] === undefined) return undefined;
    text = args[1];
  }
  if (text === undefined) return undefined;
  // set_config's value is a list as SET would take it: comma-separated, each part quoted or folded.
  return text
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '')
    .map((x) => (x.startsWith('"') && x.endsWith('"') ? x.slice(1, -1).replace(/""/g, '"') : foldUnquoted(x)))
    .filter((x) => x !== '$user');
}

/**
 * Why a table cannot be a source, or undefined when it can. Changes written to a partition go
 * past the statement triggers of its parent (and the other way round), so neither side of a
 * partitioned or inherited table is captured completely by triggers on one table.
 */
const INHERITS = 'it inherits from another table (INHERITS), which is not supported';
const INHERITED = 'other tables inherit from it (INHERITS), which is not supported';

function notASource(stmt: CreateStmt): string | undefined {
  // PARTITION OF sets inhRelations too: say which one it is.
  if (stmt.partbound) return 'it is a partition (PARTITION OF): partitioned tables are not supported as sources yet';
  if (stmt.partspec) return 'it is partitioned (PARTITION BY): partitioned tables are not supported as sources yet';
  if (stmt.inhRelations?.length) return INHERITS;
  if (stmt.ofTypename) return 'it is a typed table (OF type), which is not supported';
  if (stmt.relation?.relpersistence === 't') return 'it is a temporary table';
  return undefined;
}

function tableOf(stmt: CreateStmt, name: QualifiedName, file: SourceText): Table {
  const rel = stmt.relation ?? {};
  const position = file.position(rel.location);

  const columns: Column[] = [];
  let primaryKey: string[] = [];
  const uniqueKeys: string[][] = [];
  const notNull = new Set<string>();

  for (const elt of stmt.tableElts ?? []) {
    if ('ColumnDef' in elt) {
      const col = elt.ColumnDef;
      const colName = col.colname ?? '';
      if (columns.some((c) => c.name === colName)) {
        throw new TrickleError(`column "${colName}" specified more than once`, file.position(col.location));
      }
      for (const c of col.constraints ?? []) {
        if (!('Constraint' in c)) continue;
        const con = c.Constraint;
        if (con.contype === 'CONSTR_PRIMARY') {
          primaryKey = [colName];
          notNull.add(colName);
        } else if (con.contype === 'CONSTR_UNIQUE') uniqueKeys.push([colName]);
        else if (con.contype === 'CONSTR_NOTNULL') notNull.add(colName);
      }
      columns.push({ name: colName, typeSql: typeSqlOf(col), notNull: false });
    } else if ('Constraint' in elt) {
      const con: Constraint = elt.Constraint;
      const keys = (con.keys ?? []).map((k) => ('String' in k ? k.String.sval ?? '' : ''));
      if (con.contype === 'CONSTR_PRIMARY') {
        primaryKey = keys;
        keys.forEach((k) => notNull.add(k));
      } else if (con.contype === 'CONSTR_UNIQUE') uniqueKeys.push(keys);
    } else if ('TableLikeClause' in elt) {
      throw new TrickleError('CREATE TABLE ... (LIKE ...) is not supported in schema/: list the columns', position);
    }
  }
  for (const k of [...primaryKey, ...uniqueKeys.flat()]) {
    if (!columns.some((c) => c.name === k)) {
      throw new TrickleError(`key column "${k}" does not exist in table ${qualifiedKey(name)}`, position);
    }
  }
  return {
    kind: 'table',
    name,
    columns: columns.map((c) => ({ ...c, notNull: notNull.has(c.name) })),
    primaryKey,
    uniqueKeys,
    placement: LOCAL,
    position,
  };
}

function typeSqlOf(col: ColumnDef): string {
  const tn: TypeName = col.typeName ?? {};
  const names = (tn.names ?? []).map((n) => ('String' in n ? n.String.sval ?? '' : ''));
  const last = names[names.length - 1] ?? '';
  if (names.length === 1 && SERIAL_TYPES[last] && !tn.arrayBounds?.length) return SERIAL_TYPES[last];
  return deparse({ TypeName: tn } as Node);
}

function alterTable(stmt: AlterTableStmt, name: QualifiedName, tables: Map<string, Table>, file: SourceText, location: number): void {
  const key = qualifiedKey(name);
  const table = tables.get(key);
  if (!table) return; // ALTER of something we do not track (an index's table in another tool's domain): kept verbatim
  let next: Table = table;
  for (const c of stmt.cmds ?? []) {
    if (!('AlterTableCmd' in c)) continue;
    const cmd = c.AlterTableCmd;
    const position = file.position(location);
    switch (cmd.subtype) {
      case 'AT_AddColumn': {
        const def = cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : undefined;
        if (!def) break;
        const notNull = (def.constraints ?? []).some(
          (x) => 'Constraint' in x && (x.Constraint.contype === 'CONSTR_NOTNULL' || x.Constraint.contype === 'CONSTR_PRIMARY'),
        );
        next = { ...next, columns: [...next.columns, { name: def.colname ?? '', typeSql: typeSqlOf(def), notNull }] };
        break;
      }
      case 'AT_AddConstraint': {
        const con = cmd.def && 'Constraint' in cmd.def ? cmd.def.Constraint : undefined;
        if (!con) break;
        const keys = (con.keys ?? []).map((k) => ('String' in k ? k.String.sval ?? '' : ''));
        if (con.contype === 'CONSTR_PRIMARY') {
          next = {
            ...next,
            primaryKey: keys,
            columns: next.columns.map((col) => (keys.includes(col.name) ? { ...col, notNull: true } : col)),
          };
        } else if (con.contype === 'CONSTR_UNIQUE') next = { ...next, uniqueKeys: [...next.uniqueKeys, keys] };
        break;
      }
      case 'AT_SetNotNull':
        next = { ...next, columns: next.columns.map((col) => (col.name === cmd.name ? { ...col, notNull: true } : col)) };
        break;
      case 'AT_DropNotNull':
        next = { ...next, columns: next.columns.map((col) => (col.name === cmd.name ? { ...col, notNull: false } : col)) };
        break;
      case 'AT_DropColumn':
      case 'AT_AlterColumnType':
        throw new TrickleError(`ALTER TABLE ${cmd.subtype === 'AT_DropColumn' ? 'DROP COLUMN' : 'ALTER COLUMN TYPE'} in schema/: edit the CREATE TABLE instead`, position);
      default:
        break;
    }
  }
  tables.set(key, next);
}

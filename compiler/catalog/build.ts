/**
 * Builds the catalog from the schema files, statement by statement, the way
 * sqlc does: CREATE SCHEMA / CREATE TABLE / a few ALTER TABLE forms are
 * interpreted; everything else is kept verbatim for `verify`.
 */
import type { ColumnDef, Constraint, CreateStmt, Node, AlterTableStmt, TypeName } from '@pgsql/types';
import { TrickleError } from '../errors.js';
import { deparse, parseSql } from '../parser/adapter.js';
import type { SourceText } from '../parser/source.js';
import { qualifiedKey, type Catalog, type Column, type KeptStatement, type QualifiedName, type Table } from './catalog.js';

export const DEFAULT_SCHEMA = 'public';

const SERIAL_TYPES: Record<string, string> = {
  smallserial: 'int2',
  serial2: 'int2',
  serial: 'int4',
  serial4: 'int4',
  bigserial: 'int8',
  serial8: 'int8',
};

const CITUS_FUNCTIONS = new Set([
  'create_distributed_table',
  'create_reference_table',
  'create_distributed_table_concurrently',
  'citus_add_local_table_to_metadata',
  'undistribute_table',
  'alter_distributed_table',
  'truncate_local_data_after_distributing_table',
]);

export function buildCatalog(files: readonly SourceText[]): Catalog {
  const schemas = new Set<string>([DEFAULT_SCHEMA]);
  const tables = new Map<string, Table>();
  const statements: KeptStatement[] = [];

  for (const file of files) {
    const bytes = Buffer.from(file.text, 'utf8');
    for (const stmt of parseSql(file)) {
      const position = file.position(stmt.location);
      const sql = bytes.subarray(stmt.location, stmt.location + stmt.length).toString('utf8').trim();
      const node = stmt.node;
      statements.push({ sql, position, citus: isCitusCall(node), node });
      if ('CreateSchemaStmt' in node) {
        const name = node.CreateSchemaStmt.schemaname;
        if (name) schemas.add(name);
        if (node.CreateSchemaStmt.schemaElts?.length) {
          throw new TrickleError('CREATE SCHEMA with embedded statements is not supported; write them as separate statements', position);
        }
      } else if ('CreateStmt' in node) {
        const table = tableOf(node.CreateStmt, file);
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
        alterTable(node.AlterTableStmt, tables, file, stmt.location);
      } else if ('DropStmt' in node) {
        throw new TrickleError('DROP statements do not belong in schema/: describe the tables as they are', position);
      }
    }
  }
  return { schemas: [...schemas].sort(), tables, statements };
}

function isCitusCall(node: Node): boolean {
  if (!('SelectStmt' in node)) return false;
  const targets = node.SelectStmt.targetList ?? [];
  return targets.some((t) => {
    const val = 'ResTarget' in t ? t.ResTarget.val : undefined;
    if (!val || !('FuncCall' in val)) return false;
    const names = (val.FuncCall.funcname ?? []).map((n) => ('String' in n ? n.String.sval : ''));
    return CITUS_FUNCTIONS.has(names[names.length - 1] ?? '');
  });
}

export function relationName(rel: { schemaname?: string; relname?: string }): QualifiedName {
  return { schema: rel.schemaname ?? DEFAULT_SCHEMA, name: rel.relname ?? '' };
}

function tableOf(stmt: CreateStmt, file: SourceText): Table {
  const rel = stmt.relation ?? {};
  const name = relationName(rel);
  const position = file.position(rel.location);
  if (stmt.inhRelations?.length) throw new TrickleError('table inheritance (INHERITS) is not supported', position);
  if (stmt.partbound) throw new TrickleError('partitions (PARTITION OF) are not supported as sources yet', position);
  if (stmt.ofTypename) throw new TrickleError('typed tables (OF type) are not supported', position);
  if (rel.relpersistence === 't') throw new TrickleError('temporary tables cannot be sources', position);

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

function alterTable(stmt: AlterTableStmt, tables: Map<string, Table>, file: SourceText, location: number): void {
  const name = relationName(stmt.relation ?? {});
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

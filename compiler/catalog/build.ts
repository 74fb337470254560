/**
 * Builds the catalog from the schema files, statement by statement, the way
 * sqlc does: CREATE SCHEMA / CREATE TABLE / a few ALTER TABLE forms are
 * interpreted; everything else is kept verbatim for `verify`.
 */
import { nameExists } from './builtin-names.js';
import type { ColumnDef, CollateClause, Constraint, CreateStmt, Node, AlterTableStmt, RangeVar, TypeName } from '@pgsql/types';
import { TrickleError, type SourcePosition } from '../errors.js';
import { deparse, foldUnquoted, parseSql, statementText } from '../parser/adapter.js';
import type { SourceText } from '../parser/source.js';
import { citusCall, LOCAL, placementChange } from './placement.js';
import { chooseName, columnsAddition, nameKeys, NO_CONSTRAINTS, type KeySpec, type TableConstraints } from './constraints.js';
import { qualifiedKey, type Catalog, type Column, type KeptStatement, type QualifiedName, type Table, type UnsupportedRelation, type View } from './catalog.js';
import { mapRelations } from './relations.js';
import { walkAst } from '../ir/expr.js';
import { definitionText, functionDefinitions } from './function-definitions.js';
import { textFormOf, type TypeRef, type TypeShape } from './text-forms.js';
import { arrayOf, equalityOfType, hasCanonicalText, withoutCollation, isRangeTypeName, knownType, madeOf, type KnownType } from './types.js';
import { compareText } from '../order.js';
import { qualifiedName } from '../sql/quote.js';

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
  const views = new Map<string, View>();
  const statements: KeptStatement[] = [];
  // Functions schema/ declares set-returning, and not immutable (see Catalog).
  const setReturning = new Set<string>();
  const notImmutable = new Set<string>();
  // What each function name returns (null: overloads that differ, which no call can be typed by).
  const returns = new Map<string, KnownType | null>();
  const aggregates = new Set<string>();
  // Names a query may call besides PostgreSQL's own (see Catalog.callableNames).
  const callable = new Set<string>();
  // The statements that define each function and aggregate, by unqualified name.
  const functionStatements = new Map<string, string[]>();
  const defines = (name: string, node: Node, sql: string): void => {
    functionStatements.set(name, [...(functionStatements.get(name) ?? []), definitionText(node, sql)]);
  };
  let extensions = false;
  // The names of each table's constraints (by table key), and every relation name known per
  // schema (tables, views, indexes), against which PostgreSQL numbers a default name.
  const constraints = new Map<string, TableConstraints>();
  const relations = new Set<string>();
  const takenIn = (schema: string) => (name: string) => relations.has(qualifiedKey({ schema, name }));
  const remember = (name: QualifiedName, cons: TableConstraints): void => {
    constraints.set(qualifiedKey(name), cons);
    for (const k of cons.keys) relations.add(qualifiedKey({ schema: name.schema, name: k.name }));
  };
  // Where unqualified names go: `SET search_path` in a schema file applies to the statements
  // after it in that file, as in the psql session that runs it (pg_dump sets it, for one).
  let searchPath: readonly string[] = [DEFAULT_SCHEMA];
  const creationSchema = (position: SourcePosition): string => {
    const s = searchPath.find((x) => schemas.has(x));
    if (s === undefined) throw new TrickleError('no schema has been selected to create in: no schema of search_path exists', position);
    return s;
  };
  /** The name a CREATE gives a relation: qualified, or in the first existing schema of search_path. */
  const createdName = (rel: { schemaname?: string; relname?: string }, position: SourcePosition): QualifiedName =>
    rel.schemaname ? relationName(rel) : { schema: creationSchema(position), name: rel.relname ?? '' };
  // The types schema/ creates (enums, domains, composites, ranges), by qualified name, as the
  // generated SQL must treat them (see catalog/types.ts; undefined: like any other type).
  const userTypes = new Map<string, KnownType | undefined>();
  // Those of them whose equal values have equal text (see hasCanonicalText).
  const canonicalTypes = new Set<string>();
  // The range types schema/ creates, by qualified name.
  const rangeTypes = new Set<string>();
  // The names of the multirange types of those.
  const multiranges: string[] = [];
  /** The user type a declared type names, by `schema.name`, if it names one. */
  const userTypeKey = (tn: TypeName | undefined): string | undefined => {
    const names = stringsOf(tn?.names);
    const [last] = names.slice(-1);
    const schema = names.length > 1 ? names[names.length - 2] : undefined;
    // An unqualified name is looked up in pg_catalog first (a built-in type knownType knows), then along search_path.
    const key =
      last === undefined || schema === 'pg_catalog' || (schema === undefined && knownType(last) !== undefined)
        ? undefined
        : schema !== undefined
          ? qualifiedKey({ schema, name: last })
          : searchPath.map((x) => qualifiedKey({ schema: x, name: last })).find((k) => userTypes.has(k));
    return key !== undefined && userTypes.has(key) ? key : undefined;
  };
  // The column types declared, with where: checked at the end against the types that exist.
  const declaredTypes: { tn: TypeName; file: SourceText }[] = [];
  let currentFile: SourceText | undefined;
  /** How the generated SQL treats a column of this declared type. */
  const typeOf = (tn: TypeName | undefined): KnownType | undefined => {
    if (tn && currentFile) declaredTypes.push({ tn, file: currentFile });
    const key = userTypeKey(tn);
    if (key === undefined) return knownType(typeSqlOfType(tn ?? {}));
    const type = userTypes.get(key);
    return tn?.arrayBounds?.length ? arrayOf(type) : type;
  };
  // Collations schema/ creates nondeterministic (case- or accent-insensitive), by name: every
  // other collation compares as its bytes (PostgreSQL's own are deterministic).
  const nondeterministic = new Set<string>();
  // The equality of each domain schema/ creates (its base type's, under its collation).
  const domainEqualities = new Map<string, string>();
  /** The equality a column of this declared type and collation compares with (see equalityOfType). */
  const equalityOf = (tn: TypeName | undefined, collation: CollateClause | undefined): string => {
    const key = userTypeKey(tn);
    const array = tn?.arrayBounds?.length ? '[]' : '';
    const base = key === undefined ? equalityOfType(typeSqlOfType(tn ?? {})) : `${domainEqualities.get(key) ?? key}${array}`;
    if (!collation) return base;
    const name = stringsOf(collation.collname).at(-1) ?? '';
    const bare = withoutCollation(base);
    return nondeterministic.has(name) ? `${bare}@${name}` : bare;
  };
  // What each type schema/ creates is made of, as the text of its values depends on it (see text-forms.ts).
  const shapes = new Map<string, TypeShape>();
  /** A declared type, by the name of the type schema/ creates when it names one. */
  const refOf = (tn: TypeName | undefined): TypeRef => {
    const key = userTypeKey(tn);
    const sql = typeSqlOfType(tn ?? {});
    return key === undefined ? { sql } : { sql, user: key, ...(tn?.arrayBounds?.length ? { array: true } : {}) };
  };
  const typing: ColumnTyping = { typeOf, equalityOf, refOf };
  /** Whether equal values of this declared type (with this collation, if any) have equal text. */
  const canonicalOf = (tn: TypeName | undefined, collated = false): boolean => {
    if (collated) return false;
    const key = userTypeKey(tn);
    return key === undefined ? hasCanonicalText(typeSqlOfType(tn ?? {})) : canonicalTypes.has(key);
  };
  // The attributes of each composite type schema/ creates, as ALTER TYPE leaves them.
  const compositeDefs = new Map<string, readonly ColumnDef[]>();
  /** A composite type (created or altered): how it is treated and what it is made of. */
  const composite = (key: string): true => {
    const defs = compositeDefs.get(key) ?? [];
    const canonical = defs.every((c) => canonicalOf(c.typeName, c.collClause !== undefined));
    userTypes.set(key, madeOf(defs.map((c) => typeOf(c.typeName)), canonical));
    if (canonical) canonicalTypes.add(key);
    else canonicalTypes.delete(key);
    shapes.set(key, { kind: 'composite', parts: defs.map((c) => ({ name: c.colname ?? '', type: refOf(c.typeName) })) });
    return true;
  };
  /**
   * ALTER TYPE of a type schema/ creates: an enum's labels added or renamed, a composite's
   * attributes added, dropped, retyped or renamed. False for any other statement.
   */
  const alterType = (node: Node): boolean => {
    const moved =
      'RenameStmt' in node && (node.RenameStmt.renameType === 'OBJECT_TYPE' || node.RenameStmt.renameType === 'OBJECT_DOMAIN')
        ? { names: node.RenameStmt.object, to: (from: QualifiedName) => ({ schema: from.schema, name: node.RenameStmt.newname ?? '' }) }
        : 'AlterObjectSchemaStmt' in node && (node.AlterObjectSchemaStmt.objectType === 'OBJECT_TYPE' || node.AlterObjectSchemaStmt.objectType === 'OBJECT_DOMAIN')
          ? { names: node.AlterObjectSchemaStmt.object, to: (from: QualifiedName) => ({ schema: node.AlterObjectSchemaStmt.newschema ?? '', name: from.name }) }
          : undefined;
    if (moved) {
      const from = userTypeKey({ names: moved.names && 'List' in moved.names ? moved.names.List.items : [] });
      if (from !== undefined) moveType(from, moved.to({ schema: from.slice(0, from.indexOf('.')), name: from.slice(from.indexOf('.') + 1) }));
      return true;
    }
    if ('AlterEnumStmt' in node) {
      const a = node.AlterEnumStmt;
      const key = userTypeKey({ names: a.typeName });
      const shape = key === undefined ? undefined : shapes.get(key);
      if (key === undefined || shape?.kind !== 'enum') return true;
      const label = a.newVal ?? '';
      if (a.oldVal !== undefined) shapes.set(key, { kind: 'enum', labels: shape.labels.map((l) => (l === a.oldVal ? label : l)), renamed: [...shape.renamed, a.oldVal] });
      else if (!shape.labels.includes(label)) shapes.set(key, { ...shape, labels: [...shape.labels, label] });
      return true;
    }
    const rel = 'AlterTableStmt' in node && node.AlterTableStmt.objtype === 'OBJECT_TYPE' ? node.AlterTableStmt.relation : 'RenameStmt' in node && node.RenameStmt.renameType === 'OBJECT_ATTRIBUTE' ? node.RenameStmt.relation : undefined;
    if (!rel) return false;
    const key = userTypeKey({ names: [...(rel.schemaname ? [rel.schemaname] : []), rel.relname ?? ''].map((sval) => ({ String: { sval } })) });
    const defs = key === undefined ? undefined : compositeDefs.get(key);
    if (key === undefined || !defs) return true;
    let next = defs;
    if ('RenameStmt' in node) {
      next = defs.map((d) => (d.colname === node.RenameStmt.subname ? { ...d, colname: node.RenameStmt.newname ?? '' } : d));
    } else if ('AlterTableStmt' in node) {
      for (const c of node.AlterTableStmt.cmds ?? []) {
        if (!('AlterTableCmd' in c)) continue;
        const cmd = c.AlterTableCmd;
        const def = cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : undefined;
        if (cmd.subtype === 'AT_AddColumn' && def) next = [...next, def];
        else if (cmd.subtype === 'AT_DropColumn') next = next.filter((d) => d.colname !== cmd.name);
        else if (cmd.subtype === 'AT_AlterColumnType' && def) next = next.map((d) => (d.colname === cmd.name ? { ...d, typeName: def.typeName, collClause: def.collClause } : d));
      }
    }
    compositeDefs.set(key, next);
    return composite(key);
  };
  /**
   * ALTER TYPE (or DOMAIN) ... RENAME TO, SET SCHEMA: the type under its new name, and every
   * column and type declared with it, as PostgreSQL follows it by OID.
   */
  const moveType = (from: string, to: QualifiedName): void => {
    const key = qualifiedKey(to);
    const fromBare = from.slice(from.indexOf('.') + 1);
    const names = [to.schema, to.name].map((sval) => ({ String: { sval } }));
    const sql = typeSqlOfType({ names });
    const ref = (r: TypeRef): TypeRef => (r.user === from ? { ...r, user: key, sql: r.array ? `${sql}[]` : sql } : r);
    const equality = (e: string): string => (e === from || e.startsWith(`${from}[`) || e.startsWith(`${from}@`) ? key + e.slice(from.length) : e);
    const typeName = (tn: TypeName | undefined): TypeName | undefined => (tn && userTypeKey(tn) === from ? { ...tn, names } : tn);
    for (const [k, defs] of compositeDefs) compositeDefs.set(k, defs.map((d) => ({ ...d, typeName: typeName(d.typeName) })));
    const move = <V>(m: Map<string, V>) => {
      if (!m.has(from)) return;
      m.set(key, m.get(from)!);
      m.delete(from);
    };
    move(userTypes);
    move(shapes);
    move(compositeDefs);
    move(domainEqualities);
    for (const set of [canonicalTypes, rangeTypes]) if (set.delete(from)) set.add(key);
    for (const [k, shape] of shapes) shapes.set(k, shape.kind === 'composite' ? { ...shape, parts: shape.parts.map((p) => ({ ...p, type: ref(p.type) })) } : shape.kind === 'enum' ? shape : { ...shape, of: ref(shape.of) });
    for (const [k, e] of domainEqualities) domainEqualities.set(k, equality(e));
    // Its definition goes with it (a function or cast may name it by either name).
    functionStatements.set(to.name, [...(functionStatements.get(to.name) ?? []), ...(functionStatements.get(fromBare) ?? [])]);
    // Names are checked against the types that exist at the end of schema/: those declared before the move stay valid.
    callable.add(to.name).add(fromBare);
    for (const [k, t] of tables) {
      if (!t.columns.some((c) => c.declared?.user === from)) continue;
      tables.set(k, {
        ...t,
        columns: t.columns.map((c) => (c.declared?.user === from ? { ...c, typeSql: ref(c.declared).sql, declared: ref(c.declared), ...(c.equality !== undefined ? { equality: equality(c.equality) } : {}) } : c)),
      });
    }
  };
  /**
   * The statements that decide the values of an enum or composite type, as definitions beside the
   * functions' (see function-definitions.ts): a stream table casting to it, or calling a function
   * that names it, computed values under the old labels or attributes. An enum's added label
   * changes no value computed before: only renames count.
   */
  const typeDefinition = (node: Node, sql: string): void => {
    const bare = (names: readonly Node[] | undefined) => stringsOf(names).at(-1) ?? '';
    if ('CreateEnumStmt' in node) defines(bare(node.CreateEnumStmt.typeName), node, sql);
    else if ('AlterEnumStmt' in node && node.AlterEnumStmt.oldVal !== undefined) defines(bare(node.AlterEnumStmt.typeName), node, sql);
    else if ('CompositeTypeStmt' in node) defines(node.CompositeTypeStmt.typevar?.relname ?? '', node, sql);
    else if ('AlterTableStmt' in node && node.AlterTableStmt.objtype === 'OBJECT_TYPE') defines(node.AlterTableStmt.relation?.relname ?? '', node, sql);
  };
  /** CREATE TYPE (enum, composite, range) and CREATE DOMAIN: how the new type is treated. */
  const createType = (node: Node, position: SourcePosition): boolean => {
    /** The `schema.name` key of the type a CREATE names (qualified, or in the creation schema). */
    const keyOf = (parts: readonly Node[] | undefined): string => {
      const names = stringsOf(parts);
      const name = names[names.length - 1] ?? '';
      return qualifiedKey(names.length > 1 ? { schema: names[names.length - 2]!, name } : { schema: creationSchema(position), name });
    };
    const named = (parts: readonly Node[] | undefined, type: KnownType | undefined, canonical: boolean): true => {
      const key = keyOf(parts);
      userTypes.set(key, type);
      if (canonical) canonicalTypes.add(key);
      else canonicalTypes.delete(key);
      return true;
    };
    // An enum's values are OIDs, which differ from node to node on Citus: hashed by their text.
    if ('CreateEnumStmt' in node) {
      shapes.set(keyOf(node.CreateEnumStmt.typeName), { kind: 'enum', labels: stringsOf(node.CreateEnumStmt.vals), renamed: [] });
      return named(node.CreateEnumStmt.typeName, 'texthash', true);
    }
    if ('CreateDomainStmt' in node) {
      const d = node.CreateDomainStmt;
      domainEqualities.set(keyOf(d.domainname), equalityOf(d.typeName, d.collClause));
      shapes.set(keyOf(d.domainname), { kind: 'domain', of: refOf(d.typeName) });
      // PostgreSQL finds no hash function for a domain over a range (its are for any range): hashed by its text.
      const overRange = isRangeTypeName(typeSqlOfType(d.typeName ?? {})) || rangeTypes.has(userTypeKey(d.typeName) ?? '');
      return named(d.domainname, overRange && !d.typeName?.arrayBounds?.length ? 'texthash' : typeOf(d.typeName), canonicalOf(d.typeName, d.collClause !== undefined));
    }
    if ('CompositeTypeStmt' in node) {
      const v = node.CompositeTypeStmt.typevar ?? {};
      const defs = (node.CompositeTypeStmt.coldeflist ?? []).flatMap((c) => ('ColumnDef' in c ? [c.ColumnDef] : []));
      const parts = [...(v.schemaname ? [{ String: { sval: v.schemaname } }] : []), { String: { sval: v.relname ?? '' } }] as Node[];
      compositeDefs.set(keyOf(parts), defs);
      return composite(keyOf(parts));
    }
    if ('CreateRangeStmt' in node) {
      const subtypes = (node.CreateRangeStmt.params ?? []).flatMap((p) => ('DefElem' in p && p.DefElem.defname === 'subtype' && p.DefElem.arg && 'TypeName' in p.DefElem.arg ? [p.DefElem.arg.TypeName] : []));
      if (subtypes[0]) shapes.set(keyOf(node.CreateRangeStmt.typeName), { kind: 'range', of: refOf(subtypes[0]) });
      const canonical = subtypes.every((t) => canonicalOf(t));
      const names = stringsOf(node.CreateRangeStmt.typeName);
      // Its multirange type: named by multirange_type_name, else after the range (PostgreSQL's makeMultirangeTypeName).
      const given = (node.CreateRangeStmt.params ?? []).flatMap((p) => ('DefElem' in p && p.DefElem.defname === 'multirange_type_name' && p.DefElem.arg && 'TypeName' in p.DefElem.arg ? [stringsOf(p.DefElem.arg.TypeName.names).at(-1) ?? ''] : []));
      const last = names[names.length - 1] ?? '';
      multiranges.push(...(given.length ? given : [last.includes('range') ? last.replace('range', 'multirange') : `${last}_multirange`]));
      rangeTypes.add(qualifiedKey(names.length > 1 ? { schema: names[names.length - 2]!, name: names[names.length - 1]! } : { schema: creationSchema(position), name: names[0] ?? '' }));
      return named(node.CreateRangeStmt.typeName, madeOf(subtypes.map(typeOf), canonical), canonical);
    }
    return false;
  };
  /** A table that turns out not to be a source (it gained an inheritance child or parent). */
  const demote = (name: QualifiedName | undefined, reason: string): void => {
    const t = name && tables.get(qualifiedKey(name));
    if (!name || !t) return;
    tables.delete(qualifiedKey(name));
    unsupported.set(qualifiedKey(name), { name, reason, position: t.position });
  };
  /** The views whose query names `name`. */
  const viewsReading = (name: QualifiedName): View[] =>
    [...views.values()].filter((v) => {
      let found = false;
      walkAst(v.query, (n, type) => {
        const rv = type === 'RangeVar' ? (n as { RangeVar: RangeVar }).RangeVar : undefined;
        if (rv && rv.schemaname === name.schema && rv.relname === name.name) found = true;
      });
      return found;
    });
  /** A view that no longer reads as its query says (PostgreSQL keeps what it resolved when created). */
  const demoteView = (v: View, reason: string): void => {
    views.delete(qualifiedKey(v.name));
    unsupported.set(qualifiedKey(v.name), { name: v.name, reason, position: v.position });
    for (const w of viewsReading(v.name)) demoteView(w, `it reads view ${qualifiedKey(v.name)}, which trickle cannot read`);
  };
  /**
   * A relation whose columns changed: a view took `*` as the columns were when it was created,
   * so the views that read it with a `*` no longer read as their query says.
   */
  const columnsChanged = (name: QualifiedName, what: string): void => {
    for (const v of viewsReading(name)) {
      let star = false;
      walkAst(v.query, (_, type) => {
        if (type === 'A_Star') star = true;
      });
      if (star) demoteView(v, `it reads ${qualifiedKey(name)} with *, whose columns ${what} after the view was created`);
    }
  };
  /** A relation renamed or moved: the views reading it follow it, as in PostgreSQL. */
  const renameInViews = (from: QualifiedName, to: QualifiedName): void => {
    for (const v of viewsReading(from)) {
      const query = mapRelations({ SelectStmt: v.query }, (rv) => (rv.schemaname === from.schema && rv.relname === from.name ? { ...rv, schemaname: to.schema, relname: to.name } : rv));
      views.set(qualifiedKey(v.name), { ...v, query: (query as { SelectStmt: View['query'] }).SelectStmt });
    }
  };
  /** RENAME TO, SET SCHEMA: the table or view under its new name, the views reading it following it. */
  const move = (from: QualifiedName, to: QualifiedName, position: SourcePosition): void => {
    if (tables.has(qualifiedKey(to)) || views.has(qualifiedKey(to))) throw new TrickleError(`relation "${qualifiedKey(to)}" already exists`, position);
    renameInViews(from, to);
    relations.add(qualifiedKey(to));
    const view = views.get(qualifiedKey(from));
    if (view) {
      views.delete(qualifiedKey(from));
      views.set(qualifiedKey(to), { ...view, name: to });
      return;
    }
    const table = tables.get(qualifiedKey(from))!;
    tables.delete(qualifiedKey(from));
    tables.set(qualifiedKey(to), { ...table, name: to });
    // Its constraints keep their names (and their indexes follow it to a new schema).
    const cons = constraints.get(qualifiedKey(from)) ?? NO_CONSTRAINTS;
    constraints.delete(qualifiedKey(from));
    remember(to, cons);
  };
  /** A table name as PostgreSQL would resolve it: qualified, or the first schema of search_path holding it. */
  const resolve = (rel: { schemaname?: string; relname?: string }): QualifiedName => {
    if (rel.schemaname) return relationName(rel);
    const found = searchPath.find((x) => tables.has(qualifiedKey({ schema: x, name: rel.relname ?? '' })));
    return { schema: found ?? searchPath.find((x) => schemas.has(x)) ?? DEFAULT_SCHEMA, name: rel.relname ?? '' };
  };
  /** A relation name of a query as PostgreSQL would resolve it: any relation, as in resolve. */
  const resolveAny = (rel: { schemaname?: string; relname?: string }): QualifiedName => {
    if (rel.schemaname) return relationName(rel);
    const known = (schema: string) => {
      const key = qualifiedKey({ schema, name: rel.relname ?? '' });
      return tables.has(key) || views.has(key) || unsupported.has(key);
    };
    return { schema: searchPath.find(known) ?? searchPath.find((x) => schemas.has(x)) ?? DEFAULT_SCHEMA, name: rel.relname ?? '' };
  };

  for (const file of files) {
    currentFile = file;
    searchPath = [DEFAULT_SCHEMA];
    const bytes = Buffer.from(file.text, 'utf8');
    for (const stmt of parseSql(file)) {
      const position = file.position(stmt.location);
      const sql = statementText(bytes, stmt).trim();
      const node = stmt.node;
      const call = citusCall(node, (location) => file.position(location ?? stmt.location));
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
        // A distributed partitioned table's partitions are distributed with it, and Citus puts the
        // parent's row-level triggers on every partition's shards; the other placements are not captured.
        if (change.placement && change.placement.kind !== 'local' && change.placement.kind !== 'distributed' && table.partitioned) {
          demote(name, `it is partitioned and placed by ${change.fn}: partitioned tables are supported as sources only when local or distributed`);
        } else if (change.placement) tables.set(qualifiedKey(name), { ...table, placement: change.placement });
      } else if (createType(node, position) || alterType(node)) {
        typeDefinition(node, sql);
        continue;
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
        const key = qualifiedKey(name);
        const existing = tables.get(key);
        if (existing) {
          if (node.CreateStmt.if_not_exists && existing.name.schema === name.schema) continue;
          // trickle knows relations as schema.name: "public"."a.b" and "public.a"."b" are one name to it.
          if (existing.name.schema !== name.schema) {
            throw new TrickleError(`table ${qualifiedName(name)} and table ${qualifiedName(existing.name)} are both ${key} to trickle, which names relations schema.name: rename one of them`, position);
          }
          throw new TrickleError(`table ${key} is defined twice`, position);
        }
        relations.add(key);
        const { table, constraints: cons } = tableOf(node.CreateStmt, name, file, takenIn(name.schema), (rel) => tables.get(qualifiedKey(resolve(rel))), typing);
        if (!schemas.has(table.name.schema)) {
          throw new TrickleError(`schema "${table.name.schema}" of table ${key} is not created in schema/`, position);
        }
        tables.set(key, table);
        remember(name, cons);
      } else if ('AlterTableStmt' in node) {
        const name = resolve(node.AlterTableStmt.relation ?? {});
        const table = tables.get(qualifiedKey(name));
        // ALTER of a table schema/ does not create (or cannot read) is kept verbatim.
        if (table) {
          const altered = alterTable(node.AlterTableStmt, table, constraints.get(qualifiedKey(name)) ?? NO_CONSTRAINTS, takenIn(name.schema), position, typing);
          tables.set(qualifiedKey(name), altered.table);
          remember(name, altered.constraints);
          if (altered.table.columns.map((c) => c.name).join(',') !== table.columns.map((c) => c.name).join(',')) columnsChanged(name, 'changed');
        }
        // ALTER TABLE parent ATTACH PARTITION t: changes written through the parent go past t's triggers.
        for (const c of node.AlterTableStmt.cmds ?? []) {
          const def = 'AlterTableCmd' in c && c.AlterTableCmd.subtype === 'AT_AttachPartition' ? c.AlterTableCmd.def : undefined;
          const part = def && 'PartitionCmd' in def ? def.PartitionCmd.name : undefined;
          if (part) demote(resolve(part), PARTITION);
        }
        // ALTER TABLE child INHERIT parent: as INHERITS in CREATE TABLE, neither can be a source.
        for (const c of node.AlterTableStmt.cmds ?? []) {
          if (!('AlterTableCmd' in c) || c.AlterTableCmd.subtype !== 'AT_AddInherit') continue;
          const parentDef = c.AlterTableCmd.def;
          demote(name, INHERITS);
          demote(parentDef && 'RangeVar' in parentDef ? resolve(parentDef.RangeVar) : undefined, INHERITED);
        }
      } else if ('RenameStmt' in node && node.RenameStmt.relation && ['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_COLUMN'].includes(node.RenameStmt.renameType ?? '') && views.has(qualifiedKey(resolveAny(node.RenameStmt.relation)))) {
        // ALTER VIEW (or TABLE) v RENAME TO w; a renamed column is not followed into its readers.
        const r = node.RenameStmt;
        const from = resolveAny(r.relation!);
        const view = views.get(qualifiedKey(from))!;
        if (r.renameType === 'OBJECT_COLUMN') demoteView(view, 'a column of it is renamed by ALTER VIEW ... RENAME COLUMN, which is not supported');
        else move(from, { schema: from.schema, name: r.newname ?? '' }, position);
      } else if ('RenameStmt' in node && node.RenameStmt.relation && (node.RenameStmt.renameType === 'OBJECT_TABLE' || node.RenameStmt.renameType === 'OBJECT_COLUMN')) {
        // ALTER TABLE ... RENAME [COLUMN] ... TO ...: the table as it is after the statement.
        const r = node.RenameStmt;
        const from = resolve(r.relation!);
        const table = tables.get(qualifiedKey(from));
        if (!table) continue;
        if (r.renameType === 'OBJECT_COLUMN') {
          // A view's query names the column as it was called (PostgreSQL follows it by number).
          for (const v of viewsReading(from)) demoteView(v, `a column of ${qualifiedKey(from)}, which it reads, is renamed after the view was created`);
        }
        const to = r.newname ?? '';
        if (r.renameType === 'OBJECT_TABLE') {
          move(from, { schema: from.schema, name: to }, position);
        } else {
          if (!table.columns.some((c) => c.name === r.subname)) throw new TrickleError(`column "${r.subname}" does not exist in table ${qualifiedKey(from)}`, position);
          if (table.columns.some((c) => c.name === to)) throw new TrickleError(`column "${to}" of table ${qualifiedKey(from)} already exists`, position);
          const rename = (c: string) => (c === r.subname ? to : c);
          const cons = constraints.get(qualifiedKey(from)) ?? NO_CONSTRAINTS;
          const renamed = { ...cons, keys: cons.keys.map((k) => ({ ...k, columns: k.columns.map(rename) })) };
          // Citus follows a renamed distribution column: the table stays distributed by it.
          const placement = table.placement.kind === 'distributed' ? { ...table.placement, column: rename(table.placement.column) } : table.placement;
          tables.set(qualifiedKey(from), withKeys({ ...table, placement, columns: table.columns.map((c) => ({ ...c, name: rename(c.name) })) }, renamed));
          remember(from, renamed);
        }
      } else if ('RenameStmt' in node && node.RenameStmt.relation && (node.RenameStmt.renameType === 'OBJECT_TABCONSTRAINT' || node.RenameStmt.renameType === 'OBJECT_INDEX')) {
        // ALTER TABLE ... RENAME CONSTRAINT, or ALTER INDEX ... RENAME of a key's index: the key's new name.
        const r = node.RenameStmt;
        const rel = r.relation!;
        const from = r.renameType === 'OBJECT_TABCONSTRAINT' ? r.subname : rel.relname;
        const schema = r.renameType === 'OBJECT_TABCONSTRAINT' ? resolve(rel).schema : rel.schemaname;
        for (const [key, cons] of constraints) {
          const table = tables.get(key);
          if (!table || (schema !== undefined && table.name.schema !== schema)) continue;
          if (r.renameType === 'OBJECT_TABCONSTRAINT' && key !== qualifiedKey(resolve(rel))) continue;
          const to = r.newname ?? '';
          const name = (n: string) => (n === from ? to : n);
          remember(table.name, { keys: cons.keys.map((k) => ({ ...k, name: name(k.name) })), others: r.renameType === 'OBJECT_TABCONSTRAINT' ? cons.others.map(name) : cons.others });
        }
      } else if ('IndexStmt' in node) {
        const ix = node.IndexStmt;
        const name = resolve(ix.relation ?? {});
        const table = tables.get(qualifiedKey(name));
        const columns = (ix.indexParams ?? []).map((p) => ('IndexElem' in p && !p.IndexElem.expr ? p.IndexElem.name : undefined));
        // PostgreSQL names an unnamed index after its table and columns (ChooseIndexName).
        const plain = columns.flatMap((c) => (c === undefined ? [] : [c]));
        const idxname = ix.idxname ?? (table ? chooseName(name.name, columnsAddition(plain.length === columns.length ? plain : ['expr']), 'idx', takenIn(name.schema)) : undefined);
        if (idxname) relations.add(qualifiedKey({ schema: name.schema, name: idxname }));
        // A unique index over columns (not expressions, not partial) is a key, as a UNIQUE constraint is.
        if (table && idxname && ix.unique && !ix.whereClause && plain.length && plain.length === columns.length && plain.every((c) => table.columns.some((x) => x.name === c))) {
          const cons = constraints.get(qualifiedKey(name)) ?? NO_CONSTRAINTS;
          const next = { ...cons, keys: [...cons.keys, { name: idxname, primary: false, columns: plain }] };
          tables.set(qualifiedKey(name), withKeys(table, next));
          remember(name, next);
        }
      } else if ('AlterObjectSchemaStmt' in node && ['OBJECT_TABLE', 'OBJECT_VIEW'].includes(node.AlterObjectSchemaStmt.objectType ?? '') && node.AlterObjectSchemaStmt.relation) {
        // ALTER TABLE (or VIEW) ... SET SCHEMA ...
        const a = node.AlterObjectSchemaStmt;
        const from = resolveAny(a.relation!);
        if (!tables.has(qualifiedKey(from)) && !views.has(qualifiedKey(from))) continue;
        const name = { schema: a.newschema ?? '', name: from.name };
        if (!schemas.has(name.schema)) throw new TrickleError(`schema "${name.schema}" is not created in schema/`, position);
        move(from, name, position);
      } else if ('CreateForeignTableStmt' in node) {
        // Its rows live in another server: writes there pass no trigger of this database.
        const rel = node.CreateForeignTableStmt.base?.relation ?? {};
        const name = createdName(rel, position);
        relations.add(qualifiedKey(name));
        unsupported.set(qualifiedKey(name), { name, reason: 'it is a foreign table, whose changes no trigger here sees', position: file.position(rel.location) });
      } else if (('CreateTableAsStmt' in node && node.CreateTableAsStmt.into?.rel) || ('SelectStmt' in node && node.SelectStmt.intoClause?.rel)) {
        // CREATE TABLE AS, SELECT INTO, CREATE MATERIALIZED VIEW: columns the catalog cannot know without running the query.
        const rel = ('CreateTableAsStmt' in node ? node.CreateTableAsStmt.into?.rel : (node as { SelectStmt: { intoClause?: { rel?: RangeVar } } }).SelectStmt.intoClause?.rel)!;
        const name = createdName(rel, position);
        relations.add(qualifiedKey(name));
        const matview = 'CreateTableAsStmt' in node && node.CreateTableAsStmt.objtype === 'OBJECT_MATVIEW';
        unsupported.set(qualifiedKey(name), {
          name,
          reason: matview
            ? 'it is a materialized view (define it as a stream table instead)'
            : 'it is created by CREATE TABLE AS or SELECT INTO, whose columns trickle cannot know (declare it with CREATE TABLE)',
          position: file.position(rel.location),
        });
      } else if ('ViewStmt' in node) {
        const v = node.ViewStmt;
        const rel = v.view ?? {};
        const name = createdName(rel, position);
        const key = qualifiedKey(name);
        relations.add(key);
        const query = v.query && 'SelectStmt' in v.query ? v.query : undefined;
        const replaced = views.get(key);
        if (rel.relpersistence === 't' || !query) {
          unsupported.set(key, { name, reason: rel.relpersistence === 't' ? 'it is a temporary view' : 'it is a view trickle cannot read', position: file.position(rel.location) });
          continue;
        }
        // The relations its query names, as they resolve now: PostgreSQL binds them when the view is created.
        const bound = mapRelations(query, (r) => (r.schemaname ? r : { ...r, schemaname: resolveAny(r).schema }));
        views.set(key, { kind: 'view', name, query: (bound as { SelectStmt: View['query'] }).SelectStmt, columnNames: stringsOf(v.aliases), source: file, position: file.position(rel.location) });
        unsupported.delete(key);
        // CREATE OR REPLACE VIEW may add columns at the end, which a * of a view reading it did not take.
        if (replaced) columnsChanged(name, 'changed (CREATE OR REPLACE VIEW)');
      } else if ('CreateFunctionStmt' in node) {
        // A set-returning function in a SELECT list yields several rows per row (or none).
        const f = node.CreateFunctionStmt;
        const table = (f.parameters ?? []).some((x) => 'FunctionParameter' in x && x.FunctionParameter.mode === 'FUNC_PARAM_TABLE');
        const names = (f.funcname ?? []).map((n) => ('String' in n ? n.String.sval ?? '' : ''));
        const name = names[names.length - 1] ?? '';
        callable.add(name);
        defines(name, node, sql);
        if (f.returnType?.setof || table) setReturning.add(name);
        if (!f.is_procedure) {
          const type = table || f.returnType === undefined ? undefined : typeOf(f.returnType);
          returns.set(name, returns.has(name) && returns.get(name) !== type ? null : (type ?? null));
        }
        // Without IMMUTABLE (or with STABLE or VOLATILE) a function is not immutable.
        const volatility = (f.options ?? []).flatMap((o) => ('DefElem' in o && o.DefElem.defname === 'volatility' && o.DefElem.arg && 'String' in o.DefElem.arg ? [o.DefElem.arg.String.sval] : []));
        if (!f.is_procedure && volatility[volatility.length - 1] !== 'immutable') notImmutable.add(name);
        else notImmutable.delete(name);
      } else if ('AlterFunctionStmt' in node) {
        // ALTER FUNCTION ... STABLE | VOLATILE | IMMUTABLE changes what CREATE FUNCTION said.
        const f = node.AlterFunctionStmt;
        const names = stringsOf(f.func?.objname);
        const name = names[names.length - 1] ?? '';
        defines(name, node, sql);
        for (const a of f.actions ?? []) {
          if (!('DefElem' in a) || a.DefElem.defname !== 'volatility' || !a.DefElem.arg || !('String' in a.DefElem.arg)) continue;
          if (a.DefElem.arg.String.sval === 'immutable') notImmutable.delete(name);
          else notImmutable.add(name);
        }
      } else if ('DefineStmt' in node && node.DefineStmt.kind === 'OBJECT_AGGREGATE') {
        // Its calls aggregate: a query calling one groups its rows (and is refreshed in full).
        const names = (node.DefineStmt.defnames ?? []).map((n) => ('String' in n ? n.String.sval ?? '' : ''));
        aggregates.add(names[names.length - 1] ?? '');
        defines(names[names.length - 1] ?? '', node, sql);
      } else if ('DefineStmt' in node && node.DefineStmt.kind === 'OBJECT_OPERATOR') {
        // An operator's calls run its function: its definition names that function.
        defines(stringsOf(node.DefineStmt.defnames).at(-1) ?? '', node, sql);
      } else if ('CreateCastStmt' in node) {
        // A cast to a type runs its function: defined under the type's name.
        defines(stringsOf(node.CreateCastStmt.targettype?.names).at(-1) ?? '', node, sql);
      } else if ('DefineStmt' in node && node.DefineStmt.kind === 'OBJECT_COLLATION') {
        // By bare name, never removed: a deterministic collation of that name in another schema
        // must not make a nondeterministic one's columns look exact (trickle does not resolve them).
        const name = stringsOf(node.DefineStmt.defnames).at(-1) ?? '';
        if (collationIsNondeterministic(node.DefineStmt.definition ?? [], nondeterministic)) nondeterministic.add(name);
      } else if ('RenameStmt' in node && node.RenameStmt.renameType === 'OBJECT_COLLATION') {
        const from = node.RenameStmt.object && 'List' in node.RenameStmt.object ? stringsOf(node.RenameStmt.object.List.items).at(-1) : undefined;
        if (from !== undefined && nondeterministic.has(from)) nondeterministic.add(node.RenameStmt.newname ?? '');
      } else if ('DefineStmt' in node && node.DefineStmt.kind === 'OBJECT_TYPE') {
        // A base type: a call of its name casts to it.
        callable.add(stringsOf(node.DefineStmt.defnames).at(-1) ?? '');
      } else if ('CreateExtensionStmt' in node) {
        extensions = true;
      } else if ('DropStmt' in node) {
        throw new TrickleError('DROP statements do not belong in schema/: describe the tables as they are', position);
      }
    }
  }
  // By name, in order, those with a type the generated SQL knows.
  const known = (m: ReadonlyMap<string, KnownType | null | undefined>) =>
    new Map([...m].flatMap(([k, t]): [string, KnownType][] => (t == null ? [] : [[k, t]])).sort(([a], [b]) => compareText(a, b)));
  // A call of a type's name casts to it; a range type's constructors are named after it and its multirange.
  for (const key of userTypes.keys()) callable.add(key.slice(key.lastIndexOf('.') + 1));
  for (const name of multiranges) callable.add(name);
  for (const name of aggregates) callable.add(name);
  const callableNames = extensions ? {} : { callableNames: callable };
  // A type no statement of schemas/ creates and PostgreSQL does not have: PostgreSQL would refuse
  // the table (an extension's types are not known: any name may be one of them).
  if (!extensions) {
    const relationNames = new Set([...tables.values(), ...views.values(), ...unsupported.values()].map((r) => r.name.name));
    for (const { tn, file } of declaredTypes) {
      const names = stringsOf(tn.names);
      const last = names[names.length - 1] ?? '';
      if (tn.pct_type || last === '') continue;
      const declared = (name: string) => callable.has(name) || relationNames.has(name) || (names.length === 1 && name in SERIAL_TYPES);
      if (!nameExists(names, declared)) throw new TrickleError(`type "${names.join('.')}" does not exist`, file.position(tn.location));
    }
  }
  // A type altered after a table declared a column of it: the column is as the type is now.
  const asTypesAre = (c: Column): Column => {
    if (!c.declared?.user) return c;
    const type = c.declared.array ? arrayOf(userTypes.get(c.declared.user)) : userTypes.get(c.declared.user);
    const { type: _, textForm: __, ...rest } = c;
    const textForm = textFormOf(c.declared, shapes);
    return { ...rest, ...(type ? { type } : {}), ...(textForm !== undefined ? { textForm } : {}) };
  };
  const finalTables = new Map([...tables].map(([k, t]) => [k, t.columns.some((c) => c.declared) ? { ...t, columns: t.columns.map(asTypesAre) } : t]));
  return { schemas: [...schemas].sort(), tables: finalTables, views, unsupported, setReturningFunctions: setReturning, notImmutableFunctions: notImmutable, functionDefinitions: functionDefinitions(functionStatements), aggregates, ...callableNames, types: known(userTypes), functionTypes: known(returns), statements };
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
 * Why a table cannot be a source, or undefined when it can. Changes written to an inheritance
 * child go past the triggers of its parent, so neither side of an inherited table is captured
 * completely by triggers on one table. A partitioned table is captured by row-level triggers
 * that every partition inherits; a partition read on its own is not supported.
 */
const PARTITION = 'it is a partition: read its partitioned table instead (a partition is not supported as a source)';
const INHERITS = 'it inherits from another table (INHERITS), which is not supported';
const INHERITED = 'other tables inherit from it (INHERITS), which is not supported';

function notASource(stmt: CreateStmt): string | undefined {
  // PARTITION OF sets inhRelations too: say which one it is.
  if (stmt.partbound) return PARTITION;
  if (stmt.inhRelations?.length) return INHERITS;
  if (stmt.ofTypename) return 'it is a typed table (OF type), which is not supported';
  if (stmt.relation?.relpersistence === 't') return 'it is a temporary table';
  return undefined;
}

/** What CREATE TABLE declares: the table, and the names of its constraints. */
function tableOf(
  stmt: CreateStmt,
  name: QualifiedName,
  file: SourceText,
  taken: (name: string) => boolean,
  like: (rel: { schemaname?: string; relname?: string }) => Table | undefined,
  typing: ColumnTyping,
): { table: Table; constraints: TableConstraints } {
  const rel = stmt.relation ?? {};
  const position = file.position(rel.location);

  const columns: Column[] = [];
  const notNull = new Set<string>();
  let others: readonly string[] = [];
  const keys: KeySpec[] = [];
  const add = (con: Constraint, ownColumn: string | undefined): void => {
    if (con.contype === 'CONSTR_NOTNULL' && ownColumn !== undefined) notNull.add(ownColumn);
    if (con.contype === 'CONSTR_PRIMARY') (con.keys?.length ? stringsOf(con.keys) : ownColumn !== undefined ? [ownColumn] : []).forEach((k) => notNull.add(k));
    const added = addConstraint(others, name.name, con, ownColumn, (n) => taken(n) || others.includes(n));
    others = added.others;
    if (added.key) keys.push(added.key);
  };

  for (const elt of stmt.tableElts ?? []) {
    if ('ColumnDef' in elt) {
      const col = elt.ColumnDef;
      const colName = col.colname ?? '';
      if (columns.some((c) => c.name === colName)) {
        throw new TrickleError(`column "${colName}" specified more than once`, file.position(col.location));
      }
      columns.push(column(colName, col, typing));
      for (const c of columnConstraints(col)) add(c, colName);
    } else if ('Constraint' in elt) {
      add(elt.Constraint, undefined);
    } else if ('TableLikeClause' in elt) {
      // LIKE copies the columns, their types and NOT NULL. Keys (INCLUDING INDEXES) are left out:
      // fewer keys only make the generated SQL slower, never wrong.
      const rel = elt.TableLikeClause.relation ?? {};
      const source = like(rel);
      if (!source) throw new TrickleError(`relation "${rel.schemaname ? `${rel.schemaname}.` : ''}${rel.relname ?? ''}" in LIKE is not a table created before this statement in schema/`, file.position(rel.location));
      for (const c of source.columns) {
        if (columns.some((x) => x.name === c.name)) throw new TrickleError(`column "${c.name}" specified more than once`, file.position(rel.location));
        columns.push({ ...c, notNull: false });
        if (c.notNull) notNull.add(c.name);
      }
    }
  }
  const constraints: TableConstraints = { keys: nameKeys(keys, name.name, (n) => taken(n) || others.includes(n)), others };
  for (const k of constraints.keys.flatMap((x) => x.columns)) {
    if (!columns.some((c) => c.name === k)) {
      throw new TrickleError(`key column "${k}" does not exist in table ${qualifiedKey(name)}`, position);
    }
  }
  const table: Table = {
    kind: 'table',
    name,
    columns: columns.map((c) => ({ ...c, notNull: notNull.has(c.name) })),
    primaryKey: [],
    uniqueKeys: [],
    placement: LOCAL,
    ...(stmt.partspec ? { partitioned: true } : {}),
    position,
  };
  return { table: withKeys(table, constraints), constraints };
}

const stringsOf = (nodes: readonly Node[] | undefined): string[] => (nodes ?? []).map((k) => ('String' in k ? k.String.sval ?? '' : ''));

const namesOf = (c: TableConstraints): string[] => [...c.keys.map((k) => k.name), ...c.others];

/**
 * The table with the keys its constraints declare. A DEFERRABLE key is none: within a transaction
 * rows may repeat its values until the commit checks it (a refresh in that transaction would see
 * them), so PostgreSQL's planner does not trust it either.
 */
function withKeys(table: Table, constraints: TableConstraints): Table {
  const keys = constraints.keys.filter((k) => !k.deferrable);
  return {
    ...table,
    primaryKey: keys.find((k) => k.primary)?.columns ?? [],
    uniqueKeys: keys.filter((k) => !k.primary).map((k) => k.columns),
  };
}

/**
 * A constraint of CREATE TABLE or ALTER TABLE ADD: a key to be named with the others of its
 * statement (see nameKeys), or another constraint under the name PostgreSQL gives it.
 * `ownColumn` is the column a column constraint is written on. A key `USING INDEX` is not
 * returned: its columns are the index's (alterTable takes them from a unique index the catalog
 * holds as a key; fewer keys only cost speed).
 */
function addConstraint(
  others: readonly string[],
  table: string,
  con: Constraint,
  ownColumn: string | undefined,
  taken: (name: string) => boolean,
): { others: readonly string[]; key?: KeySpec } {
  const own = ownColumn !== undefined ? [ownColumn] : [];
  const other = (name: string) => ({ others: [...others, name] });
  switch (con.contype) {
    case 'CONSTR_PRIMARY':
    case 'CONSTR_UNIQUE': {
      if (con.indexname) return other(con.conname ?? con.indexname);
      const options = [con.deferrable, con.initdeferred, con.nulls_not_distinct].map((x) => (x ? 1 : 0)).join('');
      const primary = con.contype === 'CONSTR_PRIMARY';
      const columns = con.keys?.length ? stringsOf(con.keys) : own;
      // PostgreSQL 18 gives a primary key's columns NOT NULL constraints of their own, which outlive it.
      const notNulls = primary ? columns.map((c) => chooseName(table, c, 'not_null', taken)) : [];
      return { others: [...others, ...notNulls], key: { name: con.conname, primary, columns, options } };
    }
    case 'CONSTR_CHECK': {
      const columns = [...new Set(columnRefs(con.raw_expr))];
      return other(con.conname ?? chooseName(table, columns.length === 1 ? columns[0] : undefined, 'check', taken));
    }
    case 'CONSTR_FOREIGN': {
      const columns = con.fk_attrs?.length ? stringsOf(con.fk_attrs) : own;
      return other(con.conname ?? chooseName(table, columnsAddition(columns), 'fkey', taken));
    }
    case 'CONSTR_NOTNULL': {
      // PostgreSQL 18 names NOT NULL constraints (`t_a_not_null`) and lets them be dropped by name.
      const columns = con.keys?.length ? stringsOf(con.keys) : own;
      return other(con.conname ?? chooseName(table, columns[0], 'not_null', taken));
    }
    case 'CONSTR_EXCLUSION': {
      const columns = (con.exclusions ?? []).map((x) => {
        const elem = 'List' in x ? x.List.items?.[0] : undefined;
        return (elem && 'IndexElem' in elem ? elem.IndexElem.name : undefined) ?? 'expr';
      });
      return other(con.conname ?? chooseName(table, columnsAddition(columns), 'excl', taken));
    }
    default:
      return { others };
  }
}

/** The column names an expression refers to (the last part of each column reference). */
function columnRefs(node: unknown): string[] {
  if (node === null || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap(columnRefs);
  const o = node as Record<string, unknown>;
  const ref = o['ColumnRef'] as { fields?: Node[] } | undefined;
  if (ref) {
    const last = ref.fields?.[ref.fields.length - 1];
    return last && 'String' in last && last.String.sval !== undefined ? [last.String.sval] : [];
  }
  return Object.values(o).flatMap(columnRefs);
}

/** A column as declared (not yet NOT NULL: its constraints say). */
function column(name: string, def: ColumnDef, typing: ColumnTyping): Column {
  const type = typing.typeOf(def.typeName);
  const virtual = (def.constraints ?? []).some((c) => 'Constraint' in c && c.Constraint.contype === 'CONSTR_GENERATED' && c.Constraint.generated_kind !== 's');
  const declared = typing.refOf(def.typeName);
  return {
    name,
    typeSql: typeSqlOf(def),
    notNull: false,
    ...(type ? { type } : {}),
    equality: typing.equalityOf(def.typeName, def.collClause),
    ...(virtual ? { virtual } : {}),
    ...(def.collClause ? { collation: stringsOf(def.collClause.collname).join('.') } : {}),
    ...(declared.user !== undefined ? { declared } : {}),
  };
}

/**
 * A column's constraints, with `DEFERRABLE`, `INITIALLY DEFERRED` and their opposites (separate
 * nodes after the constraint they qualify, as the grammar reads them on a column) folded into it.
 */
function columnConstraints(def: ColumnDef): Constraint[] {
  const out: Constraint[] = [];
  for (const c of def.constraints ?? []) {
    if (!('Constraint' in c)) continue;
    const con = c.Constraint;
    const last = out.length - 1;
    if (con.contype === 'CONSTR_ATTR_DEFERRABLE' || con.contype === 'CONSTR_ATTR_DEFERRED') {
      if (last >= 0) out[last] = { ...out[last]!, deferrable: true, ...(con.contype === 'CONSTR_ATTR_DEFERRED' ? { initdeferred: true } : {}) };
    } else if (con.contype === 'CONSTR_ATTR_NOT_DEFERRABLE' || con.contype === 'CONSTR_ATTR_IMMEDIATE') {
      if (last >= 0 && con.contype === 'CONSTR_ATTR_NOT_DEFERRABLE') out[last] = { ...out[last]!, deferrable: false };
    } else out.push(con);
  }
  return out;
}

/** How a column's declared type and collation are read (see buildCatalog's typeOf and equalityOf). */
interface ColumnTyping {
  typeOf(tn: TypeName | undefined): KnownType | undefined;
  equalityOf(tn: TypeName | undefined, collation: CollateClause | undefined): string;
  refOf(tn: TypeName | undefined): TypeRef;
}

/** Whether CREATE COLLATION's options make it nondeterministic (`deterministic = false`, or `FROM` one that is). */
function collationIsNondeterministic(options: readonly Node[], nondeterministic: ReadonlySet<string>): boolean {
  for (const o of options) {
    if (!('DefElem' in o)) continue;
    const { defname, arg } = o.DefElem;
    if (defname === 'from' && arg && 'List' in arg) return nondeterministic.has(stringsOf(arg.List.items).at(-1) ?? '');
    if (defname !== 'deterministic') continue;
    const value = !arg ? 'true' : 'String' in arg ? arg.String.sval : 'TypeName' in arg ? stringsOf(arg.TypeName.names).at(-1) : 'Boolean' in arg ? String(arg.Boolean.boolval ?? false) : 'Integer' in arg ? String(arg.Integer.ival ?? 0) : 'true';
    return ['false', 'off', 'no', '0', 'f', 'n'].includes((value ?? '').toLowerCase());
  }
  return false;
}

function typeSqlOf(col: ColumnDef): string {
  return typeSqlOfType(col.typeName ?? {});
}

function typeSqlOfType(tn: TypeName): string {
  const names = (tn.names ?? []).map((n) => ('String' in n ? n.String.sval ?? '' : ''));
  const last = names[names.length - 1] ?? '';
  if (names.length === 1 && SERIAL_TYPES[last] && !tn.arrayBounds?.length) return SERIAL_TYPES[last];
  return deparse({ TypeName: tn } as Node);
}

/**
 * ALTER TABLE's subcommands, in order, on the table and the names of its constraints. Forms that
 * change neither columns nor keys (defaults, storage, triggers, ...) are kept for `verify` only.
 */
function alterTable(
  stmt: AlterTableStmt,
  table: Table,
  constraints: TableConstraints,
  taken: (name: string) => boolean,
  position: SourcePosition,
  typing: ColumnTyping,
): { table: Table; constraints: TableConstraints } {
  const key = qualifiedKey(table.name);
  let next: Table = table;
  let cons = constraints;
  const hasColumn = (name: string | undefined) => next.columns.some((c) => c.name === name);
  const nameTaken = (n: string) => taken(n) || namesOf(cons).includes(n);
  const keys: KeySpec[] = [];
  const add = (con: Constraint, ownColumn: string | undefined): void => {
    const added = addConstraint(cons.others, next.name.name, con, ownColumn, nameTaken);
    cons = { ...cons, others: added.others };
    if (added.key) keys.push(added.key);
  };
  for (const c of stmt.cmds ?? []) {
    if (!('AlterTableCmd' in c)) continue;
    const cmd = c.AlterTableCmd;
    switch (cmd.subtype) {
      case 'AT_AddColumn': {
        const def = cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : undefined;
        if (!def) break;
        const name = def.colname ?? '';
        if (hasColumn(name)) {
          if (cmd.missing_ok) break;
          throw new TrickleError(`column "${name}" of table ${key} already exists`, position);
        }
        const own = columnConstraints(def);
        const notNull = own.some((x) => x.contype === 'CONSTR_NOTNULL' || x.contype === 'CONSTR_PRIMARY');
        next = { ...next, columns: [...next.columns, { ...column(name, def, typing), notNull }] };
        for (const con of own) add(con, name);
        break;
      }
      case 'AT_AddConstraint': {
        const con = cmd.def && 'Constraint' in cmd.def ? cmd.def.Constraint : undefined;
        if (!con) break;
        // ADD ... USING INDEX of a unique index the catalog knows: that key, under the constraint's name.
        const index = con.indexname ? cons.keys.find((k) => k.name === con.indexname && !k.primary) : undefined;
        if (index && (con.contype === 'CONSTR_PRIMARY' || con.contype === 'CONSTR_UNIQUE')) {
          const primary = con.contype === 'CONSTR_PRIMARY';
          cons = { ...cons, keys: [...cons.keys.filter((k) => k !== index), { name: con.conname ?? index.name, primary, columns: index.columns, ...(con.deferrable ? { deferrable: true } : {}) }] };
          if (primary) next = { ...next, columns: next.columns.map((col) => (index.columns.includes(col.name) ? { ...col, notNull: true } : col)) };
          break;
        }
        add(con, undefined);
        if (con.contype === 'CONSTR_PRIMARY' && !con.indexname) {
          const keys = stringsOf(con.keys);
          next = { ...next, columns: next.columns.map((col) => (keys.includes(col.name) ? { ...col, notNull: true } : col)) };
        }
        break;
      }
      case 'AT_DropConstraint': {
        const name = cmd.name ?? '';
        const dropped = cons.keys.find((k) => k.name === name);
        if (dropped) {
          cons = { ...cons, keys: cons.keys.filter((k) => k !== dropped) };
          // Whether the key's NOT NULL outlives it differs across versions: assume it does not.
          if (dropped.primary) next = { ...next, columns: next.columns.map((col) => (dropped.columns.includes(col.name) ? { ...col, notNull: false } : col)) };
        } else if (cons.others.includes(name)) {
          cons = { ...cons, others: cons.others.filter((x) => x !== name) };
        } else {
          // A name the catalog cannot place may be a key's: forget every key (see constraints.ts).
          cons = { ...cons, keys: [] };
        }
        break;
      }
      case 'AT_SetNotNull':
        next = { ...next, columns: next.columns.map((col) => (col.name === cmd.name ? { ...col, notNull: true } : col)) };
        break;
      case 'AT_DropNotNull':
        next = { ...next, columns: next.columns.map((col) => (col.name === cmd.name ? { ...col, notNull: false } : col)) };
        break;
      case 'AT_DropColumn': {
        if (!hasColumn(cmd.name)) {
          if (cmd.missing_ok) break;
          throw new TrickleError(`column "${cmd.name}" of table ${key} does not exist`, position);
        }
        // PostgreSQL drops the keys and indexes that include the column with it.
        next = { ...next, columns: next.columns.filter((col) => col.name !== cmd.name) };
        cons = { ...cons, keys: cons.keys.filter((k) => !k.columns.includes(cmd.name ?? '')) };
        break;
      }
      case 'AT_AlterColumnType': {
        const def = cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : undefined;
        if (!hasColumn(cmd.name)) throw new TrickleError(`column "${cmd.name}" of table ${key} does not exist`, position);
        if (def) next = { ...next, columns: next.columns.map((col) => (col.name === cmd.name ? { ...column(col.name, def, typing), notNull: col.notNull } : col)) };
        break;
      }
      default:
        break;
    }
  }
  cons = { ...cons, keys: [...cons.keys, ...nameKeys(keys, next.name.name, nameTaken)] };
  return { table: withKeys(next, cons), constraints: cons };
}

/**
 * What trickle knows about the user's tables, built offline from their DDL.
 * Immutable values; `buildCatalog` adds one statement at a time.
 */
import type { Node, SelectStmt } from '@pgsql/types';
import type { SourcePosition } from '../errors.js';
import type { SourceText } from '../parser/source.js';
import type { Placement } from './placement.js';
import type { TypeRef } from './text-forms.js';
import type { KnownType } from './types.js';

export interface QualifiedName {
  readonly schema: string;
  readonly name: string;
}

export function qualifiedKey(q: QualifiedName): string {
  return `${q.schema}.${q.name}`;
}

export interface Column {
  readonly name: string;
  /** The type as written, deparsed (`numeric(10,2)`, `"Mood"`, `int4` for serial). */
  readonly typeSql: string;
  readonly notNull: boolean;
  /** How the generated SQL treats its values, when it matters (see catalog/types.ts). */
  readonly type?: KnownType;
  /** The equality its values compare with (see catalog/types.ts equalityOfType), its collation's if that is nondeterministic. */
  readonly equality?: string;
  /** A virtual generated column (`GENERATED ALWAYS AS (...)` without STORED, PostgreSQL 18). */
  readonly virtual?: boolean;
  /** Its declared collation (`COLLATE ...`), as written; absent without one. */
  readonly collation?: string;
  /** The type schema/ creates that it is declared with, if any. */
  readonly declared?: TypeRef;
  /** Its values' text form where DDL can change it (an enum's labels, a composite's parts: see catalog/text-forms.ts). */
  readonly textForm?: string;
}

export interface Table {
  readonly kind: 'table';
  readonly name: QualifiedName;
  readonly columns: readonly Column[];
  /** Column names of the primary key, or empty. */
  readonly primaryKey: readonly string[];
  /** Other unique constraints (each a list of column names). */
  readonly uniqueKeys: readonly (readonly string[])[];
  /** Where its rows live (Citus calls of schema/ change it; local by default). */
  readonly placement: Placement;
  /**
   * PARTITION BY: its rows are in partitions that may come and go after schema/ (CREATE TABLE
   * ... PARTITION OF at run time), so its changes are captured by row-level triggers, which
   * PostgreSQL clones onto every partition, present and future.
   */
  readonly partitioned?: boolean;
  readonly position: SourcePosition;
}

/**
 * A view: a stream table reading it reads its query, as a subquery in FROM, so the view's tables
 * are what changes are captured from.
 */
export interface View {
  readonly kind: 'view';
  readonly name: QualifiedName;
  /** Its query, every relation it names qualified as it resolved when the view was created. */
  readonly query: SelectStmt;
  /** The column names CREATE VIEW v (a, b) gives (the first columns), or empty. */
  readonly columnNames: readonly string[];
  /** The file its query's locations point into. */
  readonly source: SourceText;
  readonly position: SourcePosition;
}

/** A statement trickle does not interpret but keeps, in order, for `verify`. */
export interface KeptStatement {
  readonly sql: string;
  readonly position: SourcePosition;
  /** Citus calls (create_distributed_table, ...) only run where Citus is installed. */
  readonly citus: boolean;
  readonly node: Node;
}

/** A relation declared in schema/ that a stream table cannot read, and why. */
export interface UnsupportedRelation {
  readonly name: QualifiedName;
  readonly reason: string;
  readonly position: SourcePosition;
}

export interface Catalog {
  readonly schemas: readonly string[];
  readonly tables: ReadonlyMap<string, Table>;
  /** Views whose query a stream table reading them inlines (by `schema.name`). */
  readonly views?: ReadonlyMap<string, View>;
  /** Relations that are declared but cannot be sources (by `schema.name`): an error only where a stream table reads one. */
  readonly unsupported?: ReadonlyMap<string, UnsupportedRelation>;
  /** Names (unqualified) of the functions schema/ declares as set-returning (RETURNS SETOF or TABLE). */
  readonly setReturningFunctions?: ReadonlySet<string>;
  /**
   * Names (unqualified) of the functions schema/ declares STABLE or VOLATILE (the default): their
   * value may change while their arguments do not (one that reads a table does), so a stream
   * table calling one cannot be maintained from its sources' changes.
   */
  readonly notImmutableFunctions?: ReadonlySet<string>;
  /**
   * What decides the results of each function, aggregate, operator, cast (by its target type) and
   * enum or composite type schema/ declares, by unqualified name: a hash of its statements and of
   * those of the definitions its text names (see catalog/function-definitions.ts). A stream table
   * using one is rebuilt when it changes.
   */
  readonly functionDefinitions?: ReadonlyMap<string, string>;
  /** Names (unqualified) of the aggregates schema/ creates (CREATE AGGREGATE). */
  readonly aggregates?: ReadonlySet<string>;
  /**
   * Names (unqualified) a call in a query may take besides PostgreSQL's own: the functions,
   * aggregates and types schema/ creates. Undefined when any name may be callable: schema/ creates
   * an extension, whose functions trickle does not know, or the catalog was read from a state.
   */
  readonly callableNames?: ReadonlySet<string>;
  /**
   * The types schema/ creates that the generated SQL treats as catalog/types.ts says (an enum is
   * hashed by its text), by `schema.name`: a cast to one in a query gives a value of that kind.
   */
  readonly types?: ReadonlyMap<string, KnownType>;
  /**
   * What the functions schema/ declares return, by unqualified name, where it is a type
   * catalog/types.ts knows (and every function of that name returns it): a call of one returning
   * json is compared by its text, one returning an enum hashed by it, one returning float8 summed
   * as floats are.
   */
  readonly functionTypes?: ReadonlyMap<string, KnownType>;
  /** Every schema statement in file order, as written, for loading into a database. */
  readonly statements: readonly KeptStatement[];
}

export function findTable(catalog: Catalog, name: QualifiedName): Table | undefined {
  return catalog.tables.get(qualifiedKey(name));
}

/**
 * The few built-in types the generated SQL is specialised for. Anything else (domains, arrays,
 * user-defined types, types trickle does not special-case) is `undefined`, and the generated SQL
 * takes the general form that works for every type.
 */
export type KnownType = 'int2' | 'int4' | 'int8' | 'numeric' | 'text' | 'varchar' | 'float4' | 'float8' | 'money' | 'array' | 'texthash' | 'opaque';

// Spellings of a column type as the deparser writes it (`integer` and `pg_catalog.int4` become
// `int`, `decimal(10,2)` becomes `numeric(10, 2)`, serial types are recorded as int2/int4/int8).
const SPELLINGS: Readonly<Record<string, KnownType>> = {
  int: 'int4',
  int4: 'int4',
  integer: 'int4',
  smallint: 'int2',
  int2: 'int2',
  bigint: 'int8',
  int8: 'int8',
  numeric: 'numeric',
  decimal: 'numeric',
  text: 'text',
  varchar: 'varchar',
  'character varying': 'varchar',
  real: 'float4',
  float4: 'float4',
  float: 'float8',
  float8: 'float8',
  'double precision': 'float8',
};

/**
 * Types without an equality operator: `json`, `xml`, the geometric types, and arrays of them
 * (recorded as 'opaque'). A query cannot group, sort or deduplicate them, but may pass them
 * through; where the generated SQL tells rows apart by every column, it hashes and compares their
 * text instead, which identifies a stored value exactly (their output does not depend on settings,
 * except the geometric types' on extra_float_digits, which the refresh functions do not change).
 */
export const OPAQUE_TYPE_NAMES: ReadonlySet<string> = new Set(['json', 'xml', 'jsonpath', 'point', 'line', 'lseg', 'box', 'path', 'polygon', 'circle', 'pg_snapshot', 'txid_snapshot']);

/**
 * Types with an equality operator whose values the generated SQL hashes by their text (as
 * `texthash`): those without a hash function (bit strings, text search types), those without an
 * order, which a window cannot partition by (xid, cid, aclitem), and those whose
 * hash is of OIDs, which differ from node to node on Citus (the reg* types; enums, declared in
 * schema/, are classified by the catalog). `money` has no hash function either, and is hashed as
 * numeric (its text depends on lc_monetary).
 */
export const TEXT_HASHED_TYPE_NAMES: ReadonlySet<string> = new Set([
  'bit', 'varbit', 'bit varying', 'tsvector', 'tsquery', 'regclass', 'regtype', 'regproc', 'regprocedure',
  'regoper', 'regoperator', 'regnamespace', 'regrole', 'regconfig', 'regdictionary', 'regcollation',
  'xid', 'cid', 'aclitem',
]);

/** Whether values of this type have no hash function trickle may use (money, texthash): a value made of them is hashed by its text. */
function withoutHash(type: KnownType | undefined): boolean {
  return type === 'texthash' || type === 'money';
}

/** An array of values of type `element`: hashed and compared as its elements are. */
export function arrayOf(element: KnownType | undefined): KnownType {
  return element === 'opaque' ? 'opaque' : withoutHash(element) ? 'texthash' : 'array';
}

/**
 * A value made of values of these types (a composite's fields, a range's bounds): without
 * equality when one of them has none, hashed by its text when one of them is and every part's
 * text is canonical. A part whose equal values differ in text (numeric 1.0 and 1.00) would give
 * equal values different hashes: the value is then hashed by PostgreSQL, which is right on one
 * node (an enum's OIDs differ between Citus nodes; money and bit strings have no hash function,
 * which fails loudly).
 */
export function madeOf(parts: readonly (KnownType | undefined)[], canonical: boolean): KnownType | undefined {
  if (parts.includes('opaque')) return 'opaque';
  return canonical && parts.some(withoutHash) ? 'texthash' : undefined;
}

// Built-in types whose equal values have the same text (in a session whose settings the
// refresh functions pin): not numeric (1.0 = 1.00), floats (0 = -0), interval ('1 day' =
// '24 hours'), jsonb (its numbers), or text under a nondeterministic collation.
const CANONICAL_TEXT: ReadonlySet<string> = new Set([
  'int', 'int2', 'int4', 'int8', 'integer', 'smallint', 'bigint', 'text', 'varchar', 'character varying', 'char', 'character', 'bpchar',
  'bool', 'boolean', 'date', 'timestamp', 'timestamptz', 'timestamp with time zone', 'timestamp without time zone', 'time',
  'time without time zone', 'uuid', 'bit', 'varbit', 'bit varying', 'money', 'oid', 'name', 'bytea', 'tsvector', 'tsquery',
]);

/** Whether equal values of a built-in type (as written, arrays too) have equal text. */
export function hasCanonicalText(typeSql: string): boolean {
  const array = /^(.*?)\s*\[\d*\]$/.exec(typeSql);
  if (array) return hasCanonicalText(array[1]!);
  const bare = typeSql.replace(/^pg_catalog\./, '');
  // bpchar without a length keeps trailing spaces that its = ignores ('a' = 'a '); char(n) pads them away.
  if (bare === 'bpchar') return false;
  return CANONICAL_TEXT.has(bare.replace(/\s*\([0-9, ]*\)$/, ''));
}

/** The value as the generated SQL hashes it: a type without a (node-independent) hash function by its text. */
export function hashable(expr: string, type: KnownType | undefined): string {
  if (type === 'money') return `(${expr})::numeric`;
  return type === 'opaque' || type === 'texthash' ? `(${expr})::text` : expr;
}

/** A type known not to be a row or an array: `x IS NOT NULL` tests its one value. */
export function isScalar(type: KnownType | undefined): boolean {
  return type !== undefined && type !== 'opaque' && type !== 'texthash' && type !== 'array';
}

export function isOpaque(type: KnownType | undefined): boolean {
  return type === 'opaque';
}

/** Integer types (of any width): their values are whole numbers, written one way. */
export function isInteger(type: KnownType | undefined): boolean {
  return type === 'int2' || type === 'int4' || type === 'int8';
}

/** Floating-point types: their sums depend on the order of the additions, and cannot be undone. */
export function isFloat(type: KnownType | undefined): boolean {
  return type === 'float4' || type === 'float8';
}

const RANGE_TYPE_NAMES: ReadonlySet<string> = new Set(['int4range', 'int8range', 'numrange', 'tsrange', 'tstzrange', 'daterange']);

/** Whether `typeSql` names a built-in range or multirange type. */
export function isRangeTypeName(typeSql: string): boolean {
  const bare = typeSql.replace(/^pg_catalog\./, '');
  return RANGE_TYPE_NAMES.has(bare) || RANGE_TYPE_NAMES.has(bare.replace(/multirange$/, 'range'));
}

/** The known type a column declared as `typeSql` (a built-in type) has, if it is one. */
export function knownType(typeSql: string): KnownType | undefined {
  const array = /^(.*?)\s*\[\d*\]$/.exec(typeSql);
  if (array) return arrayOf(knownType(array[1]!));
  const bare = typeSql.replace(/^pg_catalog\./, '').replace(/\s*\([0-9, ]*\)$/, '');
  if (OPAQUE_TYPE_NAMES.has(bare)) return 'opaque';
  if (bare === 'money') return 'money';
  if (TEXT_HASHED_TYPE_NAMES.has(bare)) return 'texthash';
  return SPELLINGS[bare];
}

// The extended hash function of each hashable known type: for a single column,
// hash_record_extended(ROW(x), 0) is exactly fn(x, 0) (and 0 for NULL), without building a record.
const HASH_EXTENDED: Readonly<Partial<Record<KnownType, string>>> = {
  int2: 'hashint2extended',
  int4: 'hashint4extended',
  int8: 'hashint8extended',
  text: 'hashtextextended',
  varchar: 'hashtextextended',
};

export function hashExtendedFunction(type: KnownType | undefined): string | undefined {
  return type ? HASH_EXTENDED[type] : undefined;
}

// Built-in types whose `=` between each other is the equality of each (values of one that the
// other's equality tells apart are apart for `=` too, and the other way round): integers and
// numeric (an integer compares as the numeric it is), real and double precision (a real is
// exactly a double), text and varchar. char(n) compares without trailing spaces, so it is apart
// from text; timestamp against timestamptz goes through the time zone, which can make two
// timestamps one instant.
const EQUALITY_CLASSES: Readonly<Record<string, string>> = {
  int: 'number', int2: 'number', int4: 'number', int8: 'number', integer: 'number', smallint: 'number', bigint: 'number', numeric: 'number', decimal: 'number',
  real: 'float', float4: 'float', float8: 'float', 'double precision': 'float',
  text: 'text', varchar: 'text', 'character varying': 'text',
  char: 'bpchar', character: 'bpchar', bpchar: 'bpchar',
  timestamp: 'timestamp', 'timestamp without time zone': 'timestamp',
  timestamptz: 'timestamptz', 'timestamp with time zone': 'timestamptz',
  time: 'time', 'time without time zone': 'time', timetz: 'timetz', 'time with time zone': 'timetz',
  bool: 'bool', boolean: 'bool',
};

/**
 * The equality a column of built-in type `typeSql` (as the deparser prints it) compares with, as a
 * name: two columns of the same one compare with `=` exactly as each groups and is keyed. Other
 * types are their own (the name as written; schema/'s types are named by the catalog).
 */
export function equalityOfType(typeSql: string): string {
  const array = /^(.*?)\s*((?:\[\d*\])+)$/.exec(typeSql);
  if (array) return `${equalityOfType(array[1]!)}[]`;
  const bare = typeSql.replace(/^pg_catalog\./, '').replace(/\(\s*\d+(\s*,\s*\d+)?\s*\)/g, '').replace(/\s+/g, ' ').trim();
  if (/^interval\b/.test(bare)) return 'interval';
  return EQUALITY_CLASSES[bare] ?? bare;
}

/** The collation part of an equality (`@ci` of `text@ci`, see equalityOfType), or ''. */
export function collationOf(equality: string): string {
  const at = equality.indexOf('@');
  return at < 0 ? '' : equality.slice(at);
}

/** An equality without its collation part (`text` of `text@ci`): what an explicit COLLATE replaces. */
export function withoutCollation(equality: string): string {
  const at = equality.indexOf('@');
  return at < 0 ? equality : equality.slice(0, at);
}

/**
 * Whether `a = b` of two columns compares them as each column's own equality does (see
 * equalityOfType; a column of a nondeterministic collation has its own): then a key of one is
 * matched by at most one row per value of the other, and grouping one side by its values groups
 * the rows the other side's value matches. Unknown (a computed column) is never the same.
 */
export function sameEquality(a: { readonly equality?: string | undefined }, b: { readonly equality?: string | undefined }): boolean {
  return a.equality !== undefined && a.equality === b.equality;
}


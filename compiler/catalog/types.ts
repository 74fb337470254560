/**
 * The few built-in types the generated SQL is specialised for. Anything else (domains, arrays,
 * user-defined types, types trickle does not special-case) is `undefined`, and the generated SQL
 * takes the general form that works for every type.
 */
export type KnownType = 'int2' | 'int4' | 'int8' | 'numeric' | 'text' | 'varchar' | 'float4' | 'float8' | 'opaque';

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
export const OPAQUE_TYPE_NAMES: ReadonlySet<string> = new Set(['json', 'xml', 'point', 'line', 'lseg', 'box', 'path', 'polygon', 'circle']);

export function isOpaque(type: KnownType | undefined): boolean {
  return type === 'opaque';
}

/** Floating-point types: their sums depend on the order of the additions, and cannot be undone. */
export function isFloat(type: KnownType | undefined): boolean {
  return type === 'float4' || type === 'float8';
}

/** The known type a column declared as `typeSql` has, if it is one. */
export function knownType(typeSql: string): KnownType | undefined {
  const opaque = /^(?:pg_catalog\.)?([a-z]+)(?:\s*\[\d*\])*$/.exec(typeSql);
  if (opaque && OPAQUE_TYPE_NAMES.has(opaque[1]!)) return 'opaque';
  const m = /^([a-z0-9 ]+?)\s*(\([0-9, ]*\))?$/.exec(typeSql);
  return m ? SPELLINGS[m[1]!] : undefined;
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

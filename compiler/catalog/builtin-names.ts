/**
 * Whether a function or type name, as written (qualified or not), exists: the one rule the check
 * of calls (bind/functions.ts) and of column types (catalog/build.ts) share. PostgreSQL looks an
 * unqualified name up in pg_catalog and the search path; a qualified one only in its schema.
 */
import { BUILTIN_INFORMATION_SCHEMA_NAMES, BUILTIN_NAMES } from '../bind/builtin-functions.js';

/**
 * `declared` answers for the names schema/ creates (by their last part: the compiler does not
 * follow the search path, so a declared name passes in any schema).
 */
export function nameExists(names: readonly string[], declared: (name: string) => boolean): boolean {
  const last = names[names.length - 1] ?? '';
  const schema = names.length > 1 ? names[names.length - 2] : undefined;
  if (schema === 'pg_catalog') return BUILTIN_NAMES.has(last);
  if (schema === 'information_schema') return BUILTIN_INFORMATION_SCHEMA_NAMES.has(last);
  return (schema === undefined && BUILTIN_NAMES.has(last)) || declared(last);
}

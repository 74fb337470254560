/** Deterministic names of generated files and database objects. */
import type { QualifiedName } from '../catalog/catalog.js';
import { stableHash, stableName } from '../diff/context.js';

/**
 * A file-name-safe rendering of a qualified name; a hash suffix keeps distinct names distinct.
 * Bare only when the first `_` is the one between the parts (`a.b_c` is `a_b_c`; `a_b.c` is
 * hashed), so that no two names are one file.
 */
export function fileStem(q: QualifiedName): string {
  const raw = `${q.schema}_${q.name}`;
  const safe = raw.toLowerCase().replace(/[^a-z0-9_]+/g, '_');
  return safe === raw && !q.schema.includes('_') ? safe : `${safe}_${stableHash(stableName(q)).slice(0, 8)}`;
}

export function refreshFunctionName(st: QualifiedName): string {
  return `refresh_${stableHash(stableName(st))}`;
}

export function triggerFunctionName(source: QualifiedName): string {
  return `pg_trickle_cdc_fn_${stableHash(stableName(source))}`;
}

export function triggerName(source: QualifiedName, op: 'ins' | 'upd' | 'del' | 'trunc'): string {
  return `pg_trickle_cdc_${op}_${stableHash(stableName(source))}`;
}

export function rowIdIndexName(st: QualifiedName): string {
  return `pgt_row_id_${stableHash(stableName(st))}`;
}

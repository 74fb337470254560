/**
 * The correctness oracle: a stream table must hold exactly the rows of a
 * fresh run of its query, duplicates included (EXCEPT ALL both ways).
 */
import type pg from 'pg';
import { columnList } from '../sql/fragments.js';
import { qualified } from '../sql/quote.js';

export interface OracleTarget {
  readonly schema: string;
  readonly name: string;
  readonly columns: readonly string[];
  /** The defining query, as deparsed by trickle. */
  readonly query: string;
}

export interface OracleResult {
  /** Rows in the stream table that the query does not produce (as often as they are extra). */
  readonly extra: Record<string, unknown>[];
  /** Rows the query produces that the stream table lacks. */
  readonly missing: Record<string, unknown>[];
}

export function oracleSql(t: OracleTarget, limit = 20): string {
  const st = `SELECT ${columnList(t.columns)} FROM ${qualified(t.schema, t.name)}`;
  const q = `SELECT ${columnList(t.columns)} FROM (${t.query}) AS q`;
  return [
    `(SELECT 'extra' AS __pgt_side, x.* FROM (${st} EXCEPT ALL ${q}) AS x LIMIT ${limit})`,
    'UNION ALL',
    `(SELECT 'missing' AS __pgt_side, y.* FROM (${q} EXCEPT ALL ${st}) AS y LIMIT ${limit})`,
  ].join('\n');
}

export async function checkOracle(client: pg.ClientBase, t: OracleTarget): Promise<OracleResult> {
  const { rows } = await client.query(oracleSql(t));
  const strip = (r: Record<string, unknown>) => {
    const { __pgt_side: _side, ...rest } = r;
    return rest;
  };
  return {
    extra: rows.filter((r) => r.__pgt_side === 'extra').map(strip),
    missing: rows.filter((r) => r.__pgt_side === 'missing').map(strip),
  };
}

export function formatMismatch(t: OracleTarget, r: OracleResult): string {
  const lines = [`${t.schema}.${t.name} differs from its query:`];
  for (const row of r.extra) lines.push(`  + ${JSON.stringify(row)}   (in the stream table, not in the query)`);
  for (const row of r.missing) lines.push(`  - ${JSON.stringify(row)}   (in the query, not in the stream table)`);
  return lines.join('\n');
}

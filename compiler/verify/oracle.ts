/**
 * The correctness oracle: a stream table must hold exactly the rows of a
 * fresh run of its query, duplicates included (EXCEPT ALL both ways).
 */
import type pg from 'pg';
import { ident, qualified } from '../sql/quote.js';

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

/** `textColumns`: those of a type without an equality operator (json, xml, geometric), compared by their text. */
export function oracleSql(t: OracleTarget, limit = 20, textColumns: readonly string[] = []): string {
  const text = new Set(textColumns);
  const list = t.columns.map((c) => (text.has(c) ? `${ident(c)}::text AS ${ident(c)}` : ident(c))).join(', ');
  const st = `SELECT ${list} FROM ${qualified(t.schema, t.name)}`;
  const q = `SELECT ${list} FROM (${t.query}) AS q`;
  return [
    `(SELECT 'extra' AS __pgt_side, x.* FROM (${st} EXCEPT ALL ${q}) AS x LIMIT ${limit})`,
    'UNION ALL',
    `(SELECT 'missing' AS __pgt_side, y.* FROM (${q} EXCEPT ALL ${st}) AS y LIMIT ${limit})`,
  ].join('\n');
}

// Base types (and, through domains, arrays and composites, the types built on them) without a
// default btree operator class cannot be compared by EXCEPT ALL. A type with none of its own but
// one it is binary coercible to (varchar) is listed too, which is harmless: its text is its value.
const NO_EQUALITY_SQL = `
WITH RECURSIVE t(top, oid) AS (
  SELECT u.oid, u.oid FROM unnest($1::oid[]) AS u(oid)
  UNION ALL
  SELECT t.top, part.oid
    FROM t JOIN pg_catalog.pg_type AS p ON p.oid = t.oid
   CROSS JOIN LATERAL (
         SELECT p.typbasetype WHERE p.typtype = 'd'
         UNION ALL
         SELECT p.typelem WHERE p.typcategory = 'A' AND p.typelem <> 0
         UNION ALL
         SELECT a.atttypid FROM pg_catalog.pg_attribute AS a
          WHERE p.typtype = 'c' AND a.attrelid = p.typrelid AND a.attnum > 0 AND NOT a.attisdropped
       ) AS part(oid)
)
SELECT DISTINCT t.top::int AS oid
  FROM t JOIN pg_catalog.pg_type AS p ON p.oid = t.oid
 WHERE p.typtype = 'b' AND NOT (p.typcategory = 'A' AND p.typelem <> 0)
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_opclass AS c JOIN pg_catalog.pg_am AS a ON a.oid = c.opcmethod
                    WHERE a.amname = 'btree' AND c.opcdefault AND c.opcintype = t.oid)`;

const textColumnsCache = new WeakMap<pg.ClientBase, Map<string, readonly string[]>>();

/** The stream table's columns that EXCEPT ALL cannot compare, read off the database. */
async function textColumnsOf(client: pg.ClientBase, t: OracleTarget): Promise<readonly string[]> {
  const byClient = textColumnsCache.get(client) ?? new Map<string, readonly string[]>();
  textColumnsCache.set(client, byClient);
  const key = JSON.stringify([t.schema, t.name, t.columns]);
  const cached = byClient.get(key);
  if (cached) return cached;
  const probe = await client.query(`SELECT ${t.columns.map(ident).join(', ')} FROM ${qualified(t.schema, t.name)} LIMIT 0`);
  const oids = probe.fields.map((f) => f.dataTypeID);
  const { rows } = await client.query<{ oid: number }>(NO_EQUALITY_SQL, [oids]);
  const opaque = new Set(rows.map((r) => r.oid));
  const text = t.columns.filter((_, i) => opaque.has(oids[i]!));
  byClient.set(key, text);
  return text;
}

export async function checkOracle(client: pg.ClientBase, t: OracleTarget): Promise<OracleResult> {
  const { rows } = await client.query(oracleSql(t, 20, await textColumnsOf(client, t)));
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

/** Small SQL fragments shared by the generators. */
import type { Node } from '@pgsql/types';
import * as libpg from 'libpg-query';
import { hashable, hashExtendedFunction, isOpaque, type KnownType } from '../catalog/types.js';
import type { OutputColumn } from '../ir/ops.js';
import { commentText, ident } from './quote.js';

const parsedExprs = new Map<string, Node>();

/**
 * Parses one SQL expression that trickle itself generated into an AST node. The same fragments
 * recur across stream tables, so parses are remembered (nodes are never mutated).
 */
export function exprNode(sql: string): Node {
  let node = parsedExprs.get(sql);
  if (!node) {
    const result = libpg.parseSync(`SELECT ${sql}`) as { stmts: { stmt: { SelectStmt: { targetList: { ResTarget: { val: Node } }[] } } }[] };
    node = result.stmts[0]!.stmt.SelectStmt.targetList[0]!.ResTarget.val;
    parsedExprs.set(sql, node);
  }
  return node;
}

/**
 * The target of an INSERT into a storage table: its columns named, or none when the compiler could
 * not list them (`SELECT *` over a view), where the storage, created by CREATE TABLE AS from the
 * same query, has exactly the query's columns.
 */
export function insertTarget(table: string, columns: readonly string[]): string {
  return columns.length ? `${table} (${columnList(columns)})` : table;
}

/** `a.x, a.y` */
export function columnList(names: readonly string[], qualifier?: string): string {
  return names.map((n) => (qualifier ? `${ident(qualifier)}.${ident(n)}` : ident(n))).join(', ');
}

/** Row identity: a 64-bit hash of the given expressions, consistent with equality (numeric 1.0 = 1.00). */
export function rowIdSql(exprs: readonly string[], columns?: readonly Pick<OutputColumn, 'notNull' | 'type'>[]): string {
  if (exprs.length === 0) return '0::bigint';
  // One column of a type with a known hash function: the same value (hash_record_extended of a
  // single field is that field's extended hash, 0 for NULL), without forming a record per row.
  const fn = exprs.length === 1 ? hashExtendedFunction(columns?.[0]?.type) : undefined;
  if (fn) return columns![0]!.notNull ? `${fn}(${exprs[0]}, 0)` : `coalesce(${fn}(${exprs[0]}, 0), 0)`;
  // A value without a hash function (json, money, tsvector) or whose hash differs from node to
  // node (an enum's, of its OIDs) is hashed by its text (see catalog/types.ts).
  return `hash_record_extended(ROW(${exprs.map((e, i) => hashable(e, columns?.[i]?.type)).join(', ')}), 0)`;
}

/**
 * An expression as the generated SQL compares it: its text when its type has no equality
 * operator, or is hashed by its text (whose equal values have equal text: catalog/types.ts). A
 * domain over an enum has an equality PostgreSQL cannot find (`operator does not exist: d = d`),
 * though GROUP BY and DISTINCT find it.
 */
export function comparable(expr: string, type: KnownType | undefined): string {
  return isOpaque(type) || type === 'texthash' ? `(${expr})::text` : expr;
}

/**
 * Sums `weight` per distinct row of `from` (every column of `columns`), keeping rows whose sum
 * passes `keep` (`<> 0`): `SELECT <columns>, <sum> AS <as> ...`. A column without an equality
 * operator cannot be grouped; such rows are told apart by their text instead, and one row of each
 * is kept, as they are the same values (a window, as no aggregate returns any value of every type
 * on PostgreSQL 15, arrays included).
 */
export function sumPerRow(
  columns: readonly Pick<OutputColumn, 'name' | 'type'>[],
  from: string,
  alias: string,
  weight: string,
  opts: { readonly as: string; readonly keep: string; readonly cast?: string },
): string {
  const cols = columnList(columns.map((c) => c.name), alias);
  const sum = `sum(${ident(alias)}.${weight})`;
  if (!columns.some((c) => isOpaque(c.type))) {
    return `SELECT ${cols}, ${sum}${opts.cast ?? ''} AS ${opts.as}\n  FROM ${from} AS ${ident(alias)}\n GROUP BY ${cols}\nHAVING ${sum} ${opts.keep}`;
  }
  const partition = columns.map((c) => comparable(`${ident(alias)}.${ident(c.name)}`, c.type)).join(', ');
  return [
    `SELECT ${cols}, ${ident(alias)}.__pgt_sum${opts.cast ?? ''} AS ${opts.as}`,
    `  FROM (SELECT ${ident(alias)}.*, ${sum} OVER __pgt_row AS __pgt_sum, row_number() OVER __pgt_row AS __pgt_nth`,
    `          FROM ${from} AS ${ident(alias)}`,
    `        WINDOW __pgt_row AS (PARTITION BY ${partition})) AS ${ident(alias)}`,
    ` WHERE ${ident(alias)}.__pgt_nth = 1 AND ${ident(alias)}.__pgt_sum ${opts.keep}`,
  ].join('\n');
}

/** `a IS NOT DISTINCT FROM b`, or plain `=` when one side can never be NULL (so indexes and hash joins apply). */
export function sameValue(a: string, b: string, notNull: boolean, type?: KnownType): string {
  const [x, y] = [comparable(a, type), comparable(b, type)];
  return notNull ? `${x} = ${y}` : `${x} IS NOT DISTINCT FROM ${y}`;
}

/**
 * Indents every line of a block of SQL (empty lines stay empty). A line break inside a quoted
 * string or identifier is part of its value (a user's literal 'a<LF>b', a table named so): the
 * line after it is not indented, or the value would change.
 */
export function indent(text: string, by = 2): string {
  const pad = ' '.repeat(by);
  // Generated SQL is indented hundreds of thousands of times in a large project; scanning for
  // newlines is about twice as fast as the equivalent regex /^(?=.)/gm.
  const quoted = hasQuotes(text);
  let out = '';
  let start = 0;
  for (;;) {
    const nl = quoted ? codeLineBreak(text, start) : text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    if (end > start) out += pad;
    if (nl === -1) return out + text.slice(start);
    out += text.slice(start, nl + 1);
    start = nl + 1;
  }
}

/** indent() of all lines but the first, which continues a line. */
export function indentRest(text: string, by = 2): string {
  const nl = hasQuotes(text) ? codeLineBreak(text, 0) : text.indexOf('\n');
  return nl === -1 ? text : text.slice(0, nl + 1) + indent(text.slice(nl + 1), by);
}

/** Whether SQL text may hold a quoted token, whose line breaks codeLineBreak skips (else every LF is one). */
function hasQuotes(text: string): boolean {
  return text.includes("'") || text.includes('"');
}

/** The next line break of SQL `text` from `from` (which starts outside any token) that is not inside a string, identifier or comment. */
function codeLineBreak(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) return i;
    if (c === 39) i = afterQuoted(text, i, 39, isEscapeString(text, i));
    else if (c === 34) i = afterQuoted(text, i, 34, false);
    else if (c === 45 && text.charCodeAt(i + 1) === 45) {
      // A comment runs to the end of its line: an apostrophe in it opens nothing.
      const nl = text.indexOf('\n', i);
      return nl;
    } else i++;
  }
  return -1;
}

/** Where a quoted token starting at `at` ends: after its closing quote (doubled quotes and, in an E'' string, backslashes escape). */
function afterQuoted(text: string, at: number, quote: number, backslashes: boolean): number {
  const n = text.length;
  for (let i = at + 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (backslashes && c === 92) i++;
    else if (c === quote) {
      if (text.charCodeAt(i + 1) !== quote) return i + 1;
      i++;
    }
  }
  return n;
}

/** Whether the quote at `at` opens an E'' string (E right before it, not ending a longer word). */
function isEscapeString(text: string, at: number): boolean {
  const e = text.charCodeAt(at - 1);
  if (e !== 69 && e !== 101) return false;
  const before = at >= 2 ? text.charCodeAt(at - 2) : 32;
  return !((before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122) || before === 95 || before === 36);
}

/** A section's heading in a migration: its title, on one line, between two rules (test/support/cli.ts reads them). */
export function banner(title: string): string {
  return `-- ${'='.repeat(72)}\n-- ${commentText(title)}\n-- ${'='.repeat(72)}`;
}

/** A SQL line comment, safe for any text (no line breaks can escape it). */
export function comment(text: string): string {
  // (PostgreSQL ends a comment at a CR too.)
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => `-- ${l}`.trimEnd())
    .join('\n');
}

/**
 * What follows GROUP BY: the keys, or under GROUPING SETS each set's keys by index (the last key,
 * GROUPING() of the others, is computed, not grouped by).
 */
export function groupByList(keys: readonly string[], sets: readonly (readonly number[])[] | undefined): string {
  if (!sets) return keys.join(', ');
  return `GROUPING SETS (${sets.map((set) => `(${set.map((i) => keys[i]).join(', ')})`).join(', ')})`;
}

/**
 * GROUPING(args) over a query whose set is told by `setColumn`, the value of GROUPING() of all
 * `keyCount` grouping expressions: bit (keyCount - 1 - i) is set when expression i is not grouped.
 * GROUPING(args) puts the bit of its first argument highest. As SQL over `setColumn`.
 */
export function groupingValueSql(args: readonly number[], keyCount: number, setColumn: string): string {
  if (args.length === keyCount && args.every((a, i) => a === i)) return setColumn;
  const bits = args.map((key, j) => {
    const shift = args.length - 1 - j;
    const bit = `((${setColumn} >> ${keyCount - 1 - key}) & 1)`;
    return shift ? `(${bit} << ${shift})` : bit;
  });
  return bits.length === 1 ? bits[0]! : `(${bits.join(' | ')})`;
}

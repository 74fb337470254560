/**
 * The one place that talks to the PostgreSQL parser (libpg_query, PG 18
 * grammar, WASM) and the deparser. Everything else works on the AST types of
 * `@pgsql/types`.
 */
import * as libpg from 'libpg-query';
import type { Node, ParseResult, RawStmt } from '@pgsql/types';
import { TrickleError } from '../errors.js';
import { FaithfulDeparser } from './deparse.js';
import { SourceText } from './source.js';

let loaded: Promise<void> | undefined;

// Parse results of whole texts that withoutMetaCommands found clean, taken by the parseSql of the
// same text: a project's files are otherwise parsed twice (a tenth of a large compile).
const parsedTexts = new Map<string, ParseResult>();

/** Loads the WASM parser once; call before any `parse`. */
export function loadParser(): Promise<void> {
  loaded ??= libpg.loadModule();
  return loaded;
}

export interface ParsedStatement {
  readonly node: Node;
  /** Byte offset of the statement's start in the source. */
  readonly location: number;
  readonly length: number;
}

/** Parses a whole file; a syntax error becomes a positioned TrickleError. */
export function parseSql(source: SourceText): ParsedStatement[] {
  // The parser calls an empty text an error ("Query cannot be empty"); an empty file is no statement.
  if (source.text === '') return [];
  let result: ParseResult;
  const known = parsedTexts.get(source.text);
  try {
    if (known) parsedTexts.delete(source.text);
    result = known ?? (libpg.parseSync(source.text) as ParseResult);
  } catch (e) {
    const err = e as { message?: string; sqlDetails?: { cursorPosition?: number } };
    const at = err.sqlDetails?.cursorPosition;
    // The error cursor counts characters, not bytes (unlike node locations).
    throw new TrickleError(err.message ?? 'syntax error', source.positionOfCodePoint(at ?? 0));
  }
  return (result.stmts ?? []).map((raw: RawStmt) => ({
    node: raw.stmt as Node,
    location: raw.stmt_location ?? 0,
    length: raw.stmt_len ?? 0,
  }));
}

/**
 * The text without psql's meta-commands, which SQL files run by psql may hold between statements:
 * pg_dump writes `\\restrict KEY` and `\\unrestrict KEY` (since 15.14, 16.10 and 17.6), pg_dumpall
 * `\\connect`, and scripts `\\set ON_ERROR_STOP on`. They are psql's, not SQL, so they are blanked
 * (each character to a space, so that every position in the file stays where it was). Only a
 * line where the parser stops, starting with a backslash, is one: never text inside a string or
 * a function body.
 */
export function withoutMetaCommands(source: SourceText): SourceText {
  let text = source.text;
  for (;;) {
    let at: number | undefined;
    try {
      const result = libpg.parseSync(text) as ParseResult;
      if (text !== '') parsedTexts.set(text, result);
      break;
    } catch (e) {
      at = (e as { sqlDetails?: { cursorPosition?: number } }).sqlDetails?.cursorPosition;
    }
    if (at === undefined) break;
    // The cursor counts code points; find the line it stands in.
    let char = 0;
    for (let n = 0; n < at && char < text.length; n++) char += text.codePointAt(char)! > 0xffff ? 2 : 1;
    const start = text.lastIndexOf('\n', Math.max(0, char - 1)) + 1;
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    if (!/^\s*\\/.test(line)) break;
    text = text.slice(0, start) + line.replace(/[^\r]/g, ' ') + text.slice(end);
  }
  return text === source.text ? source : new SourceText(source.file, text);
}

/** A token of SQL text; offsets are UTF-8 byte offsets, as node locations are. */
export interface Token {
  readonly start: number;
  readonly text: string;
}

/** The tokens of a text that parses (the scanner of the same parser). */
export function scanTokens(text: string): readonly Token[] {
  return libpg.scanSync(text).tokens.map((t) => ({ start: t.start, text: t.text }));
}

/** An unquoted identifier as PostgreSQL's scanner folds it: ASCII letters to lower case, nothing else. */
export function foldUnquoted(name: string): string {
  return name.replace(/[A-Z]+/g, (c) => c.toLowerCase());
}

/** The text of statement `s` of a source whose UTF-8 bytes are `bytes` (parser locations count bytes). */
export function statementText(bytes: Buffer, s: ParsedStatement): string {
  return bytes.subarray(s.location, s.location + s.length).toString('utf8');
}

/** SQL text of an AST node (statement or expression), on one line. */
export function deparse(node: Node): string {
  return new FaithfulDeparser(node, { pretty: false }).deparseQuery().trim();
}

// Where a node stood in the text it was parsed from, which printing does not keep.
export const POSITIONAL_FIELDS: ReadonlySet<string> = new Set(['location', 'stmt_location', 'stmt_len', 'rexpr_list_start', 'rexpr_list_end', 'list_start', 'list_end']);

/**
 * Whether `sql`, a statement printed from `node`, parses back to the same tree (positions aside):
 * the check that what trickle stores and runs is the query it was given.
 */
export function reparsesTo(sql: string, node: Node): boolean {
  let again: unknown;
  try {
    again = (libpg.parseSync(sql) as ParseResult).stmts?.[0]?.stmt;
  } catch {
    return false;
  }
  return sameTree(again, node);
}

function sameTree(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => sameTree(x, (b as unknown[])[i]));
  const keys = (o: object) => Object.keys(o).filter((k) => !POSITIONAL_FIELDS.has(k) && (o as Record<string, unknown>)[k] !== undefined);
  const [ka, kb] = [keys(a), keys(b)];
  return ka.length === kb.length && ka.every((k) => sameTree((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Re-parses generated SQL; throws on a syntax error (used by tests on every emitted file). */
export function checkSyntax(sql: string): void {
  libpg.parseSync(sql);
}

/** PL/pgSQL bodies are checked too, since generated functions carry most of the logic. */
export function checkPlpgsql(sql: string): unknown {
  return libpg.parsePlPgSQLSync(sql);
}

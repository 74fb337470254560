/**
 * `COPY table (columns) FROM stdin;` followed by its rows and `\.`, as pg_dump writes data and
 * psql runs it: the driver `verify` uses sends statements, not psql's copy stream, so each row
 * becomes an INSERT of its values as literals (PostgreSQL casts them as COPY would), on the row's
 * line, so that errors keep their line numbers (but after a value holding a line break). Only the
 * default text format; any other COPY is left as it is (and fails where psql would be needed).
 */
import { literal } from '../sql/quote.js';

const COPY_FROM_STDIN = /^\s*COPY\s+((?:"(?:[^"]|"")+"|[^\s(;"]+)(?:\.(?:"(?:[^"]|"")+"|[^\s(;"]+))?\s*(?:\([^)]*\))?)\s+FROM\s+stdin\s*;\s*$/i;

export function copyAsInserts(text: string): string {
  const lines = text.split('\n');
  let target: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (target === undefined) {
      const m = COPY_FROM_STDIN.exec(line);
      if (m) {
        target = m[1]!;
        lines[i] = `-- ${line.trim()}`;
      }
      continue;
    }
    if (line === '\\.') {
      lines[i] = '';
      target = undefined;
      continue;
    }
    lines[i] = `INSERT INTO ${target} VALUES (${line.split('\t').map(field).join(', ')});`;
  }
  return lines.join('\n');
}

/** One field of the text format: \N is NULL, backslash escapes as COPY reads them. */
function field(raw: string): string {
  if (raw === '\\N') return 'NULL';
  const value = raw.replace(/\\(?:([0-7]{1,3})|x([0-9a-fA-F]{1,2})|(.))/g, (_, octal: string | undefined, hex: string | undefined, c: string | undefined) => {
    if (octal !== undefined) return String.fromCharCode(parseInt(octal, 8));
    if (hex !== undefined) return String.fromCharCode(parseInt(hex, 16));
    const escapes: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
    return escapes[c!] ?? c!;
  });
  return literal(value);
}

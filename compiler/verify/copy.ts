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
  // An octal or hex escape is one byte of the value's encoding (UTF-8: `caf\303\251` is café), so
  // the value is built as bytes and read as UTF-8 at the end.
  const bytes: number[] = [];
  const text = (t: string) => bytes.push(...Buffer.from(t, 'utf8'));
  let at = 0;
  for (const m of raw.matchAll(/\\(?:([0-7]{1,3})|x([0-9a-fA-F]{1,2})|(.))/gs)) {
    text(raw.slice(at, m.index));
    at = m.index + m[0].length;
    const [, octal, hex, c] = m;
    if (octal !== undefined) bytes.push(parseInt(octal, 8) & 0xff);
    else if (hex !== undefined) bytes.push(parseInt(hex, 16));
    else {
      const escapes: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
      text(escapes[c!] ?? c!);
    }
  }
  text(raw.slice(at));
  return literal(Buffer.from(bytes).toString('utf8'));
}

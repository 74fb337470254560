import type { SourcePosition } from '../errors.js';

/**
 * A text the user wrote, and how to turn the parser's offsets into
 * `line:column` positions. libpg_query reports node locations as UTF-8 byte
 * offsets (and a syntax error's cursor in characters), so both are handled.
 *
 * A text embedded in another (a query inside a string literal) keeps a map
 * from its characters to the enclosing text's, so positions always point
 * into the file the user edits, even across doubled quotes or escapes.
 */
export class SourceText {
  readonly file: string;
  readonly text: string;
  private readonly origin: { readonly parent: SourceText; readonly map: (charIndex: number) => number } | undefined;
  private readonly lineStarts: readonly number[];
  private readonly byteToChar: Int32Array | undefined;

  constructor(file: string, text: string, origin?: { parent: SourceText; map: (charIndex: number) => number }) {
    this.file = file;
    this.text = text;
    this.origin = origin;
    const starts = [0];
    // A line ends at LF, CRLF, or a CR alone (as old Mac files have it, and editors count it).
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
    this.lineStarts = starts;
    this.byteToChar = isAscii(text) ? undefined : buildByteToChar(text);
  }

  /** Character index of a UTF-8 byte offset reported by the parser. */
  charIndex(byteOffset: number): number {
    if (!this.byteToChar) return byteOffset;
    const i = Math.max(0, Math.min(byteOffset, this.byteToChar.length - 1));
    return this.byteToChar[i] ?? 0;
  }

  /** Position of a character index (in UTF-16 units of `text`, as JavaScript counts). */
  positionOfChar(charIndex: number): SourcePosition {
    if (this.origin) return this.origin.parent.positionOfChar(this.origin.map(charIndex));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= charIndex) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.lineStarts[lo] ?? 0;
    // Columns count characters, so a character outside the BMP counts once. (Binding asks for the
    // position of every column reference, so this is counted in place rather than by spreading the line.)
    const column =
      charIndex >= lineStart && charIndex <= this.text.length
        ? codePoints(this.text, lineStart, charIndex, this.byteToChar === undefined) + 1
        : [...this.text.slice(lineStart, charIndex)].length + 1;
    return { file: this.file, line: lo + 1, column };
  }

  /** Position of a parser byte offset; `undefined` or -1 means "start of the text". */
  position(byteOffset: number | undefined): SourcePosition {
    return this.positionOfChar(byteOffset === undefined || byteOffset < 0 ? 0 : this.charIndex(byteOffset));
  }

  /** Position of a code-point offset (how libpg_query counts a syntax error's cursor). */
  positionOfCodePoint(codePoint: number): SourcePosition {
    let chars = 0;
    let n = 0;
    for (const ch of this.text) {
      if (n >= codePoint) break;
      chars += ch.length;
      n++;
    }
    return this.positionOfChar(chars);
  }

  /** `text` standing verbatim at `startChar` of this text. */
  sub(startChar: number, text: string): SourceText {
    return new SourceText(this.file, text, { parent: this, map: (i) => startChar + i });
  }

  /** `text` decoded from this text's characters; `rawIndex[i]` is where character i of `text` came from. */
  decoded(text: string, rawIndex: readonly number[]): SourceText {
    return new SourceText(this.file, text, { parent: this, map: (i) => rawIndex[Math.min(i, rawIndex.length - 1)] ?? 0 });
  }
}

/** `[...s.slice(start, end)].length`: a surrogate pair counts once, a lone surrogate once. */
function codePoints(s: string, start: number, end: number, ascii: boolean): number {
  if (ascii) return end - start;
  let n = 0;
  for (let i = start; i < end; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

function buildByteToChar(s: string): Int32Array {
  const bytes = Buffer.byteLength(s, 'utf8');
  const map = new Int32Array(bytes + 1);
  let b = 0;
  let c = 0;
  for (const ch of s) {
    const n = Buffer.byteLength(ch, 'utf8');
    for (let k = 0; k < n; k++) map[b + k] = c;
    b += n;
    c += ch.length; // surrogate pairs count as two UTF-16 units
  }
  map[bytes] = c;
  return map;
}

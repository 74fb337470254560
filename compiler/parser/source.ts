import type { SourcePosition } from '../errors.js';

/**
 * A text the user wrote, and how to turn the parser's byte offsets into
 * `line:column` positions. libpg_query reports UTF-8 byte offsets, so the
 * mapping goes through the encoded form.
 */
export class SourceText {
  readonly file: string;
  readonly text: string;
  /** Where this text starts inside `file` (for a query embedded in a string literal). */
  private readonly base: { readonly line: number; readonly column: number };
  private readonly lineStarts: readonly number[];
  private readonly byteToChar: Int32Array | undefined;

  constructor(file: string, text: string, base = { line: 1, column: 1 }) {
    this.file = file;
    this.text = text;
    this.base = base;
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    this.lineStarts = starts;
    this.byteToChar = isAscii(text) ? undefined : buildByteToChar(text);
  }

  /** Character index of a UTF-8 byte offset reported by the parser. */
  charIndex(byteOffset: number): number {
    if (!this.byteToChar) return byteOffset;
    const i = Math.max(0, Math.min(byteOffset, this.byteToChar.length - 1));
    return this.byteToChar[i] ?? 0;
  }

  /** Position of a character index. */
  positionOfChar(charIndex: number): SourcePosition {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= charIndex) lo = mid;
      else hi = mid - 1;
    }
    const lineIndex = lo;
    const column = charIndex - (this.lineStarts[lineIndex] ?? 0) + 1;
    return {
      file: this.file,
      line: this.base.line + lineIndex,
      column: lineIndex === 0 ? this.base.column + column - 1 : column,
    };
  }

  /** Position of a parser byte offset; `undefined` or -1 means "start of the text". */
  position(byteOffset: number | undefined): SourcePosition {
    return this.positionOfChar(byteOffset === undefined || byteOffset < 0 ? 0 : this.charIndex(byteOffset));
  }

  /**
   * A piece of this text, as a new SourceText whose positions still point into
   * the original file. `map` converts character offsets of the piece into
   * character offsets of this text when the piece is not a verbatim slice
   * (a quoted string with doubled quotes).
   */
  sub(startChar: number, text: string): SourceText {
    const p = this.positionOfChar(startChar);
    return new SourceText(this.file, text, { line: p.line, column: p.column });
  }
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

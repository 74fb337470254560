/**
 * The one ordering of names in generated output: by UTF-16 code units, like
 * `<` on strings, independent of locale, so output is byte-identical everywhere.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

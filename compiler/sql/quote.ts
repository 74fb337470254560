/**
 * The only place where identifiers and literals become SQL text. Every name
 * and string in generated SQL goes through these functions; no SQL is built
 * by pasting user text.
 */

// PostgreSQL's reserved keywords (and the non-reserved ones that cannot be
// column names); a name equal to one of them must be quoted.
const RESERVED = new Set(
  (
    'all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate ' +
    'collation column concurrently constraint create cross current_catalog current_date current_role ' +
    'current_schema current_time current_timestamp current_user default deferrable desc distinct do else end ' +
    'except false fetch for foreign freeze from full grant group having ilike in initially inner intersect into ' +
    'is isnull join lateral leading left like limit localtime localtimestamp natural not notnull null offset on ' +
    'only or order outer overlaps placing primary references returning right select session_user similar some ' +
    'symmetric system_user table tablesample then to trailing true union unique user using variadic verbose when ' +
    'where window with between bigint bit boolean char character coalesce dec decimal exists extract float ' +
    'greatest grouping inout int integer interval least national nchar none normalize nullif numeric out ' +
    'overlay position precision real row setof smallint substring time timestamp treat trim values varchar ' +
    'xmlattributes xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot xmlserialize ' +
    'xmltable json json_array json_arrayagg json_exists json_object json_objectagg json_query json_scalar ' +
    'json_serialize json_table json_value merge_action'
  ).split(' '),
);

const idents = new Map<string, string>();

/** Quotes an identifier when PostgreSQL would need it, as `quote_ident` does. */
export function ident(name: string): string {
  // Called about a million times in a 1,000-stream project, for a few thousand distinct names.
  let quoted = idents.get(name);
  if (quoted === undefined) {
    quoted = /^[a-z_][a-z0-9_$]*$/.test(name) && !RESERVED.has(name) ? name : '"' + name.replace(/"/g, '""') + '"';
    idents.set(name, quoted);
  }
  return quoted;
}

/** `schema.name`, each part quoted as needed. */
export function qualified(schema: string | undefined, name: string): string {
  return schema === undefined ? ident(name) : `${ident(schema)}.${ident(name)}`;
}

/** `schema.name` of a qualified name, each part quoted. */
export function qualifiedName(n: { readonly schema: string; readonly name: string }): string {
  return qualified(n.schema, n.name);
}

/** A string literal, as `quote_literal` does (E'' form when it holds a backslash). */
export function literal(value: string): string {
  const body = value.replace(/'/g, "''");
  return value.includes('\\') ? `E'${body.replace(/\\/g, '\\\\')}'` : `'${body}'`;
}

/**
 * Text for the rest of a `--` comment line. PostgreSQL ends such a comment at a CR or an LF, so a
 * name holding one (a quoted identifier may) would end it and what follows would run as SQL: they
 * are shown as \r and \n.
 */
export function commentText(text: string): string {
  return /[\r\n]/.test(text) ? text.replace(/\r/g, '\\r').replace(/\n/g, '\\n') : text;
}

/** A literal or NULL. */
export function literalOrNull(value: string | null | undefined): string {
  return value === null || value === undefined ? 'NULL' : literal(value);
}

/**
 * Dollar-quotes a body (for function bodies and `$$...$$` texts), choosing a
 * tag that does not occur in it.
 */
export function dollarQuote(body: string, base = 'pgt'): string {
  let tag = `$${base}$`;
  for (let i = 1; body.includes(tag); i++) tag = `$${base}${i}$`;
  return `${tag}${body}${tag}`;
}

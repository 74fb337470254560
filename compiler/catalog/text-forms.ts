/**
 * The text form of a column's values, where DDL can change it: the labels of an enum and the
 * parts of a composite that schema/ creates. Stream tables identify rows and groups of such
 * values by a hash of them (of their text, for an enum), computed when the row was stored; an
 * `ALTER TYPE ... RENAME VALUE` or `ADD ATTRIBUTE` changes what the same value hashes to, so
 * the next refreshes could no longer find the rows they must change. A migration therefore
 * rebuilds the stream tables reading a column whose text form changed in a way that changes
 * stored values (migrate/transition.ts); a label added changes none.
 */

/** A declared type: a built-in one by its text, or one schema/ creates by `schema.name`. */
export interface TypeRef {
  readonly sql: string;
  readonly user?: string;
  readonly array?: boolean;
}

/** What schema/ says a type it creates is made of. */
export type TypeShape =
  | { readonly kind: 'enum'; readonly labels: readonly string[]; readonly renamed: readonly string[] }
  | { readonly kind: 'composite'; readonly parts: readonly { readonly name: string; readonly type: TypeRef }[] }
  | { readonly kind: 'domain' | 'range'; readonly of: TypeRef };

/** A text form: a built-in type's name, or the structure of a created type. */
type Form = string | { readonly enum: readonly string[]; readonly renamed?: readonly string[] } | { readonly row: readonly Form[] } | { readonly domain: Form } | { readonly range: Form } | { readonly array: Form };

function formOf(ref: TypeRef, shapes: ReadonlyMap<string, TypeShape>, seen: ReadonlySet<string>): Form {
  const shape = ref.user === undefined || seen.has(ref.user) ? undefined : shapes.get(ref.user);
  const inner = (r: TypeRef) => formOf(r, shapes, new Set([...seen, ref.user!]));
  const element: Form = !shape
    ? ref.user ?? ref.sql
    : shape.kind === 'enum'
      ? { enum: [...shape.labels].sort(), ...(shape.renamed.length ? { renamed: [...new Set(shape.renamed)].sort() } : {}) }
      : shape.kind === 'composite'
        ? { row: shape.parts.map((p) => inner(p.type)) }
        : shape.kind === 'domain'
          ? { domain: inner(shape.of) }
          : { range: inner(shape.of) };
  return ref.array && ref.user !== undefined ? { array: element } : element;
}

function changeable(form: Form): boolean {
  if (typeof form === 'string') return false;
  if ('enum' in form || 'row' in form) return true;
  return changeable('domain' in form ? form.domain : 'range' in form ? form.range : form.array);
}

/**
 * The text form of values of this declared type, as JSON; undefined when DDL cannot change it
 * (no enum or composite schema/ creates is part of it).
 */
export function textFormOf(ref: TypeRef, shapes: ReadonlyMap<string, TypeShape>): string | undefined {
  const form = formOf(ref, shapes, new Set());
  return changeable(form) ? JSON.stringify(form) : undefined;
}

/**
 * Whether every value stored under the text form `before` still has the text it had under
 * `after`. An enum keeps its values' text when it lost no label and no label of it was renamed
 * since (labels renamed are remembered: one added after `before` was recorded and renamed since
 * would otherwise look added).
 */
export function textFormKeeps(before: string, after: string | undefined): boolean {
  if (after === undefined) return false;
  const keeps = (a: Form, b: Form): boolean => {
    if (typeof a === 'string' || typeof b === 'string') return a === b;
    if ('enum' in a) return 'enum' in b && a.enum.every((label) => b.enum.includes(label)) && (b.renamed ?? []).every((label) => (a.renamed ?? []).includes(label));
    if ('row' in a) return 'row' in b && a.row.length === b.row.length && a.row.every((part, i) => keeps(part, b.row[i]!));
    if ('domain' in a) return 'domain' in b && keeps(a.domain, b.domain);
    if ('range' in a) return 'range' in b && keeps(a.range, b.range);
    return 'array' in b && keeps(a.array, b.array);
  };
  return keeps(JSON.parse(before) as Form, JSON.parse(after) as Form);
}

/**
 * The names of a table's constraints, chosen as PostgreSQL chooses them when the DDL gives none,
 * so that `ALTER TABLE ... DROP CONSTRAINT name` can tell whether it drops a key. A key the
 * catalog keeps but the database no longer enforces would make the generated SQL trust a
 * uniqueness that does not hold, so a dropped name the catalog cannot place drops every key of
 * the table: the conservative side, where the SQL only gets slower.
 */

/** A PRIMARY KEY or UNIQUE constraint (its index has the same name). */
export interface KeyConstraint {
  readonly name: string;
  readonly primary: boolean;
  readonly columns: readonly string[];
  /** Checked only at the end of a statement or transaction: no key within it. */
  readonly deferrable?: boolean;
}

export interface TableConstraints {
  readonly keys: readonly KeyConstraint[];
  /** Names of the constraints that are not keys (CHECK, FOREIGN KEY, NOT NULL, EXCLUDE). */
  readonly others: readonly string[];
}

export const NO_CONSTRAINTS: TableConstraints = { keys: [], others: [] };

/** PostgreSQL's NAMEDATALEN - 1: longer identifiers are truncated, counting bytes. */
export const MAX_NAME_BYTES = 63;

/** Cuts a string to at most `bytes` UTF-8 bytes without splitting a character (pg_mbcliplen). */
export function clipBytes(s: string, bytes: number): string {
  let out = '';
  let used = 0;
  for (const ch of s) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (used + n > bytes) break;
    out += ch;
    used += n;
  }
  return out;
}

const byteLength = (s: string) => Buffer.byteLength(s, 'utf8');

/**
 * makeObjectName of PostgreSQL's indexcmds.c: `name1_name2_label`, the longer of name1 and name2
 * shortened one byte at a time until the whole fits in 63 bytes.
 */
export function makeObjectName(name1: string, name2: string | undefined, label: string): string {
  let overhead = byteLength(label) + 1;
  let n1 = byteLength(name1);
  let n2 = 0;
  if (name2 !== undefined) {
    n2 = byteLength(name2);
    overhead++;
  }
  const avail = MAX_NAME_BYTES - overhead;
  while (n1 + n2 > avail) {
    if (n1 > n2) n1--;
    else n2--;
  }
  const parts = [clipBytes(name1, n1), ...(name2 !== undefined ? [clipBytes(name2, n2)] : []), label];
  return parts.join('_');
}

/** ChooseIndexNameAddition / ChooseForeignKeyConstraintNameAddition: the columns joined by `_`, cut near 63 bytes. */
export function columnsAddition(columns: readonly string[]): string {
  let out = '';
  for (const c of columns) {
    if (out !== '') out += '_';
    out += clipBytes(c, MAX_NAME_BYTES - byteLength(out));
    if (byteLength(out) >= MAX_NAME_BYTES) break;
  }
  return out;
}

/**
 * ChooseRelationName / ChooseConstraintName: makeObjectName, and when that name is taken, the
 * label numbered from 1 (`t_pkey1`).
 */
export function chooseName(name1: string, name2: string | undefined, label: string, taken: (name: string) => boolean): string {
  for (let pass = 0; ; pass++) {
    const name = makeObjectName(name1, name2, pass === 0 ? label : `${label}${pass}`);
    if (!taken(name)) return name;
  }
}

/** A PRIMARY KEY or UNIQUE constraint as one statement declares it, before PostgreSQL names it. */
export interface KeySpec {
  readonly name: string | undefined;
  readonly primary: boolean;
  readonly columns: readonly string[];
  /** What else makes two keys different indexes (DEFERRABLE, NULLS NOT DISTINCT). */
  readonly options: string;
}

/**
 * The keys one statement (CREATE TABLE, or one ALTER TABLE with all its subcommands) adds, as
 * transformIndexConstraints leaves them: the primary key first; a key with the same columns and
 * options as one before it is no second index (its name, if the first had none, goes to the
 * first); then each unnamed key gets its default name, in that order.
 */
export function nameKeys(specs: readonly KeySpec[], table: string, taken: (name: string) => boolean): KeyConstraint[] {
  const ordered = [...specs.filter((s) => s.primary).slice(-1), ...specs.filter((s) => !s.primary)];
  const kept: { spec: KeySpec; name: string | undefined }[] = [];
  for (const spec of ordered) {
    const same = kept.find((k) => k.spec.options === spec.options && k.spec.columns.join('\0') === spec.columns.join('\0'));
    if (same) same.name ??= spec.name;
    else kept.push({ spec, name: spec.name });
  }
  const out: KeyConstraint[] = [];
  for (const { spec, name } of kept) {
    const chosen = name ?? chooseName(table, spec.primary ? undefined : columnsAddition(spec.columns), spec.primary ? 'pkey' : 'key', (n) => taken(n) || out.some((k) => k.name === n));
    out.push({ name: chosen, primary: spec.primary, columns: spec.columns, ...(spec.options.startsWith('1') ? { deferrable: true } : {}) });
  }
  return out;
}

/** Name resolution for the FROM clause of a query. */
import type { Node } from '@pgsql/types';
import { TrickleError, UnsupportedError } from '../errors.js';
import type { SourceText } from '../parser/source.js';
import { typed, type Op, type OutputColumn, type SourceRelation } from '../ir/ops.js';
import type { Expr } from '../ir/expr.js';

export interface ScopeEntry {
  readonly alias: string;
  /** The table or stream table read; undefined for a subquery (or a WITH query) in FROM. */
  readonly relation: SourceRelation | undefined;
  /** The relation's columns, or the subquery's. */
  readonly columns: readonly OutputColumn[];
  /** The operator of a subquery in FROM. */
  readonly derived?: Op;
  /** A function in FROM returning one value per row: its whole row (`SELECT j FROM f(...) AS j`) is that value. */
  readonly scalar?: boolean;
  /** A set-returning function in FROM, called for each row of the entries before it. */
  readonly lateral?: {
    readonly call: Node;
    readonly ordinality: boolean;
    readonly location: number | undefined;
    /** Its column definition list (`AS r(a int, b text)`), for json[b]_to_record[set]. */
    readonly definitions?: readonly { readonly name: string; readonly type: string }[];
  };
  /**
   * A LATERAL subquery, correlated by equalities `inner = outer`: `derived` is the subquery without
   * them, with its own columns first, then each equality's inner side, then (`empty`) its count of
   * rows, (ORDER BY ... LIMIT) its row number or (`conditions`) the columns its other conditions
   * read; it joins the entries before it where each inner side equals the `keys` bound over them.
   */
  readonly lateralQuery?: {
    readonly keys: readonly Expr[];
    /** Its other conditions on the entries before it (neither grouped nor numbered): over those entries' row, then its extra columns after the keys' (column `width + j`, j from 0, `width` the entries' width). */
    readonly conditions?: readonly Expr[];
    /** Aggregating without GROUP BY: the row of each row before it, its values over no rows (count 0, the others NULL) where it has none. */
    readonly empty?: readonly Expr[];
    readonly location: number | undefined;
  };
  /** Column names as the query sees them (after `AS alias(c1, c2)`). */
  readonly names: readonly string[];
  /** Index of this entry's first column in the joined row. */
  readonly offset: number;
}

/**
 * A column name JOIN ... USING merged: the alias of the entry whose column an unqualified reference
 * reads, and those of the entries whose columns of that name it merged (a chain of USING joins
 * merges more than two). A reference that other tables' columns could also mean is ambiguous.
 */
export interface MergedColumn {
  readonly alias: string;
  readonly aliases: ReadonlySet<string>;
}

/** A name no table of the scope has (which a scope around it might). */
export class UnresolvedNameError extends TrickleError {
  constructor(
    message: string,
    position: TrickleError['position'],
    readonly fields: readonly string[],
  ) {
    super(message, position);
  }
}

export class Scope {
  constructor(
    readonly entries: readonly ScopeEntry[],
    readonly source: SourceText,
    /** Unqualified names merged by JOIN ... USING (see MergedColumn). */
    private readonly merged: ReadonlyMap<string, MergedColumn> = new Map(),
    /** The scope of the query around a subquery, whose columns come first in the row. */
    private readonly outer?: Scope,
    /** The entries a name may resolve to (indexes from..to-1), when not all: see `within`. */
    private readonly range?: readonly [number, number],
    /**
     * The columns `*` stands for, in order: FROM's, with each pair JOIN ... USING merges given once,
     * first, as PostgreSQL expands it; not the columns of entries added for scalar subqueries.
     */
    private readonly starColumns?: readonly number[],
  ) {}

  /**
   * The scope of a JOIN's ON condition: only the entries the join joins (`from`..`to`-1) are
   * visible to it, as in PostgreSQL, so `a JOIN b ON b.x = y JOIN c ON ...` reads `y` of a or b
   * even when c has a `y` too. Column indexes stay those of the whole row.
   */
  within(from: number, to: number): Scope {
    return new Scope(this.entries, this.source, this.merged, this.outer, [from, to], this.starColumns);
  }

  /**
   * The scope of a subquery's WHERE: a row of the query around it (`outer`) followed by a row of
   * the subquery's FROM (`inner`); a name resolves in the subquery first, as in PostgreSQL.
   */
  static nested(outer: Scope, inner: Scope): Scope {
    const shift = outer.width;
    return new Scope(
      inner.entries.map((e) => ({ ...e, offset: e.offset + shift })),
      inner.source,
      inner.merged,
      outer,
      inner.range,
      inner.starColumns?.map((i) => i + shift),
    );
  }

  /** This scope with one more entry at the end of the row (a scalar subquery's table, joined to it). */
  withEntry(entry: Omit<ScopeEntry, 'offset'>): Scope {
    const offset = this.entries.reduce((n, e) => n + e.names.length, 0);
    return new Scope([...this.entries, { ...entry, offset }], this.source, this.merged, this.outer, this.range, this.starColumns ?? this.star(undefined, undefined));
  }

  /** Columns of the row, the outer query's included. */
  get width(): number {
    return (this.outer?.width ?? 0) + this.entries.reduce((n, e) => n + e.names.length, 0);
  }

  /** Columns of the joined row, each named uniquely (`alias_col` where a name repeats). */
  joinedColumns(): OutputColumn[] {
    const count = new Map<string, number>();
    for (const e of this.entries) for (const n of e.names) count.set(n, (count.get(n) ?? 0) + 1);
    const used = new Set<string>();
    const out: OutputColumn[] = [];
    for (const e of this.entries) {
      e.names.forEach((n, i) => {
        let name = (count.get(n) ?? 0) > 1 ? `${e.alias}_${n}` : n;
        for (let k = 2; used.has(name); k++) name = `${e.alias}_${n}_${k}`;
        used.add(name);
        out.push(typed({ name, notNull: e.columns[i]?.notNull ?? false }, e.columns[i]));
      });
    }
    return out;
  }

  /** Resolves `col`, `alias.col` or `schema.table.col` to a column index of the joined row. */
  resolve(fields: readonly string[], location: number | undefined): number {
    const pos = this.source.position(location);
    const colName = fields[fields.length - 1]!;
    const qualifier = fields.slice(0, -1);
    if (qualifier.length > 2) throw new TrickleError(`improper qualified name (too many dotted names): ${fields.join('.')}`, pos);
    const candidates = this.entries.filter((e, index) => {
      if (!this.visible(index)) return false;
      if (qualifier.length === 0) return true;
      if (qualifier.length === 1) return e.alias === qualifier[0];
      return e.alias === qualifier[1] && e.relation?.name.schema === qualifier[0] && e.relation?.name.name === qualifier[1];
    });
    if (qualifier.length > 0 && candidates.length === 0) {
      if (this.outer) return this.outer.resolve(fields, location);
      if (this.range && this.entries.some((e) => e.alias === qualifier[qualifier.length - 1])) {
        throw new TrickleError(`invalid reference to FROM-clause entry for table "${qualifier[qualifier.length - 1]}"`, pos);
      }
      throw new UnresolvedNameError(`missing FROM-clause entry for table "${qualifier.join('.')}"`, pos, fields);
    }
    const hits: number[] = [];
    for (const e of candidates) {
      const i = e.names.indexOf(colName);
      if (i >= 0) hits.push(e.offset + i);
    }
    if (hits.length === 0) {
      // A qualified name binds to the nearest table of that name, as in PostgreSQL: not further out.
      if (this.outer && qualifier.length === 0) return this.outer.resolve(fields, location);
      const where = qualifier.length ? `${qualifier.join('.')}.${colName}` : colName;
      throw new UnresolvedNameError(`column "${where}" does not exist`, pos, fields);
    }
    const merged = qualifier.length === 0 ? this.merged.get(colName) : undefined;
    // Ambiguous unless every table that has the name is one whose column USING merged.
    if (hits.length > 1 && merged && hits.every((i) => merged.aliases.has(this.entryOf(i).alias))) {
      const e = candidates.find((x) => x.alias === merged.alias);
      if (e) return e.offset + e.names.indexOf(colName);
      // A FULL JOIN's merged column is computed after the joins (see Binder.fullUsing).
      if (this.entries.some((x) => x.alias === merged.alias)) throw new UnsupportedError(`the column a FULL JOIN ... USING merges ("${colName}") in a JOIN condition`, pos);
    }
    if (hits.length > 1) throw new TrickleError(`column reference "${colName}" is ambiguous`, pos);
    return hits[0]!;
  }

  /** The entry a whole-row reference (`t` or `t.*` in an expression) names: here, else in the query around. */
  wholeRowEntry(alias: string): ScopeEntry | undefined {
    const own = this.entries.filter((e, i) => e.alias === alias && this.visible(i));
    if (own.length > 0) return own.length === 1 ? own[0] : undefined;
    return this.outer?.wholeRowEntry(alias);
  }

  /** Whether a name may resolve to entry `index` (see `within`). */
  private visible(index: number): boolean {
    return !this.range || (index >= this.range[0] && index < this.range[1]);
  }

  /** Whether `entry` is one of this query's own (not of the query around a subquery). */
  owns(entry: ScopeEntry): boolean {
    return this.entries.includes(entry);
  }

  /** The column at `index` of the row, the query around it's included. */
  columnAt(index: number): OutputColumn | undefined {
    const shift = this.outer?.width ?? 0;
    if (index < shift) return this.outer!.columnAt(index);
    const e = this.entryOf(index);
    return e?.columns[index - e.offset];
  }

  entryOf(index: number): ScopeEntry {
    return this.entries.find((e) => index >= e.offset && index < e.offset + e.names.length)!;
  }

  /** Column indexes for `*` or `alias.*`. */
  star(alias: string | undefined, location: number | undefined): number[] {
    if (alias === undefined && this.starColumns) return [...this.starColumns];
    const entries = alias === undefined ? this.entries : this.entries.filter((e) => e.alias === alias);
    if (entries.length === 0) throw new TrickleError(`missing FROM-clause entry for table "${alias}"`, this.source.position(location));
    return entries.flatMap((e) => e.names.map((_, i) => e.offset + i));
  }
}

/** Columns every table has besides its own, which no change records. */
export const SYSTEM_COLUMNS: ReadonlySet<string> = new Set(['tableoid', 'ctid', 'xmin', 'xmax', 'cmin', 'cmax']);

export function stringFields(fields: readonly Node[] | undefined): (string | '*')[] {
  return (fields ?? []).map((f) => ('String' in f ? f.String.sval ?? '' : 'A_Star' in f ? '*' : ''));
}

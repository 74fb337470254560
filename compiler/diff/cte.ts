/** A chain of named CTEs, each commented with the operator it computes. */
import { ident } from '../sql/quote.js';
import { comment, indent } from '../sql/fragments.js';

export interface Cte {
  readonly name: string;
  readonly comment: string;
  readonly sql: string;
  readonly materialized?: boolean;
}

export class CteChain {
  private readonly ctes: Cte[] = [];
  private readonly used = new Set<string>();

  /** Adds a CTE under a name derived from `hint` (made unique) and returns that name. */
  add(hint: string, commentText: string, sql: string, opts: { materialized?: boolean } = {}): string {
    const base = hint.replace(/[^a-z0-9_]+/gi, '_').toLowerCase().slice(0, 50);
    let name = base;
    for (let i = 2; this.used.has(name); i++) name = `${base}_${i}`;
    this.used.add(name);
    this.ctes.push({ name, comment: commentText, sql, ...(opts.materialized === undefined ? {} : { materialized: opts.materialized }) });
    return name;
  }

  get isEmpty(): boolean {
    return this.ctes.length === 0;
  }

  /** `WITH a AS (...), b AS (...)` followed by `body`. */
  render(body: string): string {
    if (this.ctes.length === 0) return body;
    const parts = this.ctes.map((c) => {
      const mat = c.materialized === undefined ? '' : c.materialized ? 'MATERIALIZED ' : 'NOT MATERIALIZED ';
      return `${comment(c.comment)}\n${ident(c.name)} AS ${mat}(\n${indent(c.sql)}\n)`;
    });
    return `WITH\n${parts.join(',\n')}\n${body}`;
  }
}

/**
 * What decides the results of the functions schema/ declares. A stream table stores what its
 * query computed with a function's body at the time: when `CREATE OR REPLACE FUNCTION` changes
 * the body, the stored rows are of the old body and must be computed again (a migration rebuilds
 * the stream tables calling it). A function's body may call another function of schema/, by
 * any means PL/pgSQL or SQL allow: each definition hashes, besides its own statements, those
 * of every function of schema/ whose name its text holds as a word (more than it calls, never
 * less). Operators and casts are definitions too (an operator's under its symbol, a cast's under
 * its target type's name), which name their functions; and so are enum and composite types,
 * whose labels and attributes decide the values a function returning one, or a cast to one,
 * gives (build.ts records only what changes values computed before: not an added label).
 */
import { createHash } from 'node:crypto';
import type { Node } from '@pgsql/types';
import { deparse } from '../parser/adapter.js';
import { compareText } from '../order.js';

/** A statement as it decides a definition: printed again (spacing and comments outside the body do not count). */
export function definitionText(node: Node, sql: string): string {
  try {
    return deparse(node);
  } catch {
    return sql;
  }
}

/** By unqualified name, a hash of its statements and of those of the functions it names, transitively. */
export function functionDefinitions(statements: ReadonlyMap<string, readonly string[]>): Map<string, string> {
  const names = new Set(statements.keys());
  const mentions = new Map<string, string[]>();
  for (const [name, texts] of statements) {
    const words = new Set(texts.join('\n').toLowerCase().match(/[a-z_][a-z0-9_$]*/g) ?? []);
    // A quoted name ("Weird Name") is a word of its own.
    for (const q of texts.join('\n').match(/"(?:[^"]|"")+"/g) ?? []) words.add(q.slice(1, -1).replace(/""/g, '"'));
    mentions.set(name, [...names].filter((n) => n !== name && words.has(n)));
  }
  const out = new Map<string, string>();
  for (const name of [...names].sort(compareText)) {
    const reached = new Set([name]);
    const todo = [name];
    while (todo.length) {
      for (const m of mentions.get(todo.pop()!) ?? []) {
        if (reached.has(m)) continue;
        reached.add(m);
        todo.push(m);
      }
    }
    const hash = createHash('sha256');
    for (const r of [...reached].sort(compareText)) hash.update(JSON.stringify([r, statements.get(r)]));
    out.set(name, hash.digest('hex').slice(0, 16));
  }
  return out;
}

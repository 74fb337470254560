/**
 * GROUP BY's grouping sets, expanded as PostgreSQL expands them (the sets are compared with what
 * PostgreSQL itself groups by in fixtures/features and the property and random-query tests).
 */
import type { Node, SelectStmt } from '@pgsql/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandGroupingSets } from '../compiler/bind/grouping-sets.js';
import { groupingValueSql } from '../compiler/sql/fragments.js';
import { loadParser, parseSql } from '../compiler/parser/adapter.js';
import { SourceText } from '../compiler/parser/source.js';

beforeAll(loadParser);

/** The sets of `SELECT 1 FROM t GROUP BY <clause>`, each a string of its column names. */
function sets(clause: string): string[] | undefined {
  const stmt = parseSql(new SourceText('q.sql', `SELECT 1 FROM t GROUP BY ${clause}`))[0]!.node as { SelectStmt: SelectStmt };
  const s = stmt.SelectStmt;
  const names: string[] = [];
  const keyOf = (node: Node): number => {
    const name = ((node as { ColumnRef: { fields: { String: { sval: string } }[] } }).ColumnRef.fields[0]!.String.sval);
    const i = names.indexOf(name);
    return i >= 0 ? i : names.push(name) - 1;
  };
  const fail = (message: string): never => {
    throw new Error(message);
  };
  return expandGroupingSets((s.groupClause ?? []) as Node[], s.groupDistinct === true, keyOf, fail)?.map((set) => set.map((i) => names[i]).join(''));
}

describe('expandGroupingSets', () => {
  it('leaves a plain GROUP BY alone', () => {
    expect(sets('a, b')).toBeUndefined();
  });
  it('ROLLUP drops its elements from the last, a parenthesised list as one', () => {
    expect(sets('ROLLUP (a, b, c)')).toEqual(['abc', 'ab', 'a', '']);
    expect(sets('ROLLUP (a, (b, c))')).toEqual(['abc', 'a', '']);
  });
  it('CUBE gives every subset', () => {
    expect(sets('CUBE (a, b)')).toEqual(['ab', 'a', 'b', '']);
  });
  it('GROUPING SETS lists sets, nesting ROLLUP and CUBE', () => {
    expect(sets('GROUPING SETS ((a, b), a, (), ROLLUP (c))')).toEqual(['ab', 'a', '', 'c', '']);
  });
  it('items of GROUP BY combine, each set with each', () => {
    expect(sets('a, ROLLUP (b, c)')).toEqual(['abc', 'ab', 'a']);
    expect(sets('ROLLUP (a), CUBE (b)')).toEqual(['ab', 'a', 'b', '']);
  });
  it('a set names an expression once', () => {
    expect(sets('a, ROLLUP (a, b)')).toEqual(['ab', 'a', 'a']);
  });
  it('GROUP BY DISTINCT drops repeated sets, in any order of their keys', () => {
    expect(sets('DISTINCT ROLLUP (a, b), ROLLUP (b, a)')).toEqual(['ab', 'a', 'b', '']);
  });
});

describe('groupingValueSql', () => {
  it('is the set id itself for all the keys in order', () => {
    expect(groupingValueSql([0, 1, 2], 3, 's')).toBe('s');
  });
  it('takes each argument bit, the first highest', () => {
    expect(groupingValueSql([2, 0], 3, 's')).toBe('((((s >> 0) & 1) << 1) | ((s >> 2) & 1))');
    expect(groupingValueSql([1], 3, 's')).toBe('((s >> 1) & 1)');
  });
});

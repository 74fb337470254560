/**
 * Stream table names given as strings (`create_stream_table('name', ...)`) are read as
 * PostgreSQL reads a relation name in SQL: the parser itself is the oracle.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import * as libpg from 'libpg-query';
import { fileStem } from '../compiler/emit/naming.js';
import { parseQualifiedName } from '../compiler/project/streams.js';

const POSITION = { file: 'streams/x.sql', line: 1, column: 1 };

/** schema and name of `SELECT * FROM <text>` as the PostgreSQL parser reads them. */
function parsed(text: string): { schema: string; name: string } {
  const stmt = libpg.parseSync(`SELECT * FROM ${text}`).stmts![0]!.stmt as unknown as { SelectStmt: { fromClause: { RangeVar: { schemaname?: string; relname: string } }[] } };
  const rv = stmt.SelectStmt.fromClause[0]!.RangeVar;
  return { schema: rv.schemaname ?? 'public', name: rv.relname };
}

describe('stream table names', () => {
  beforeAll(() => libpg.loadModule());

  const long = 'z'.repeat(70);
  const accents = 'é'.repeat(40);
  for (const text of ['orders', 'Orders', 'Sales.Orders', '"Sales"."Order Items"', 'régions', 'ÉTÉ_Régions', 'Straße', 'a$b', '_x1', 'sch."Mixed""Quote"', '日本.表', long, `${long}.${long}`, `"${accents}"`, accents]) {
    it(`reads ${text} as PostgreSQL does`, () => {
      expect(parseQualifiedName(text, POSITION)).toEqual(parsed(text));
    });
  }

  for (const text of ['1abc', 'a-b', 'a.b.c', '"unterminated', 'a .', '', '""', 'a.""']) {
    it(`rejects ${JSON.stringify(text)}`, () => {
      expect(() => parseQualifiedName(text, POSITION)).toThrow();
    });
  }
});

describe('drop script names', () => {
  // Regression: a_b.c and a.b_c were both drop/a_b_c.sql, one script overwriting the other.
  it('are distinct for distinct stream tables, bare where that is unambiguous', () => {
    const names = [
      { schema: 'a_b', name: 'c' },
      { schema: 'a', name: 'b_c' },
      { schema: 'public', name: 'x' },
      { schema: 'public', name: 'X' },
      { schema: 'my schema', name: 'x' },
      { schema: 'my_schema', name: 'x' },
    ];
    const stems = names.map(fileStem);
    expect(new Set(stems).size).toBe(names.length);
    expect(fileStem({ schema: 'a', name: 'b_c' })).toBe('a_b_c');
    expect(fileStem({ schema: 'sales', name: 'big_spenders' })).toBe('sales_big_spenders');
  });
});

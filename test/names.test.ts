/**
 * Stream table names given as strings (`create_stream_table('name', ...)`) are read as
 * PostgreSQL reads a relation name in SQL: the parser itself is the oracle.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import * as libpg from 'libpg-query';
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

  for (const text of ['orders', 'Orders', 'Sales.Orders', '"Sales"."Order Items"', 'régions', 'ÉTÉ_Régions', 'Straße', 'a$b', '_x1', 'sch."Mixed""Quote"', '日本.表']) {
    it(`reads ${text} as PostgreSQL does`, () => {
      expect(parseQualifiedName(text, POSITION)).toEqual(parsed(text));
    });
  }

  for (const text of ['1abc', 'a-b', 'a.b.c', '"unterminated', 'a .', '']) {
    it(`rejects ${JSON.stringify(text)}`, () => {
      expect(() => parseQualifiedName(text, POSITION)).toThrow();
    });
  }
});

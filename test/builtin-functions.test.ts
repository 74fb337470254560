/**
 * compiler/bind/builtin-functions.ts lists PostgreSQL's functions that are not immutable, as
 * `npm run builtin-functions` read them from the catalog. This test reads the catalog of the
 * embedded PostgreSQL again, so a version bump that changes the list fails until it is regenerated.
 * It also checks what the binder refuses as not immutable, by name and by the 'now' strings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_NOT_IMMUTABLE } from '../compiler/bind/builtin-functions.js';
import { STABLE_BY_PINNED_SETTINGS } from '../compiler/bind/bind.js';
import { analyzeProject } from '../compiler/compile.js';
import { startEmbeddedPostgres, type PgServer } from '../compiler/db/servers.js';
import { loadParser } from '../compiler/parser/adapter.js';
import { SourceText } from '../compiler/parser/source.js';
import { notImmutableBuiltins } from '../scripts/builtin-functions.js';

const SCHEMA = 'CREATE TABLE t (id int PRIMARY KEY, ts timestamp, tz timestamptz, arr int[], j jsonb, s text);';

function compileSelect(list: string): void {
  analyzeProject({
    config: { name: 'b', defaults: { schedule: '1m', refreshMode: 'DIFFERENTIAL' } },
    schema: [new SourceText('schema/001.sql', SCHEMA)],
    streams: [new SourceText('streams/001.sql', `CREATE MATERIALIZED VIEW s AS SELECT id, ${list} AS v FROM t;`)],
    data: [],
    changes: [],
  });
}

describe('built-in functions that are not immutable', () => {
  let server: PgServer | undefined;
  beforeAll(async () => {
    await loadParser();
    server = await startEmbeddedPostgres();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('the generated list is the catalog of the embedded PostgreSQL (else: npm run builtin-functions)', async () => {
    expect(await notImmutableBuiltins(server!.adminUrl())).toEqual([...BUILTIN_NOT_IMMUTABLE]);
  });

  it('every function allowed as stable through pinned settings is one the catalog says is not immutable', () => {
    expect([...STABLE_BY_PINNED_SETTINGS].filter((n) => !BUILTIN_NOT_IMMUTABLE.has(n))).toEqual([]);
  });

  for (const call of ['format_type(23, NULL)', 'array_shuffle(arr)', 'array_sample(arr, 1)', 'random_normal()', 'pg_column_size(j)', 'obj_description(1)', 'age(ts)', 'txid_status(1)', 'pg_catalog.now()', 'enum_range(NULL::text)', 'uuid_generate_v4()']) {
    it(`refuses ${call}`, () => {
      expect(() => compileSelect(call)).toThrow(/is not immutable/);
    });
  }

  it("reads 'now' compared with a text column as text, and with a timestamp as the time of the refresh", () => {
    expect(() => compileSelect("s = 'now'")).not.toThrow();
    expect(() => compileSelect("'today' <> s")).not.toThrow();
    expect(() => compileSelect("ts = 'now'")).toThrow(/the string now read as a date or time/);
    expect(() => compileSelect("s = 'now' OR tz > 'today'")).toThrow(/the string today read as a date or time/);
  });

  for (const call of ['to_char(ts, $$YYYY$$)', 'date_trunc($$day$$, tz)', 'age(ts, ts)', 'format($$%s$$, id)', 'concat(id, ts)', 'to_jsonb(tz)', 'pg_typeof(id)', 'jsonb_path_query_first_tz(j, $$$.a$$)', 'length(arr::text)', 'date_part($$hour$$, tz)']) {
    it(`allows ${call}`, () => {
      expect(() => compileSelect(call)).not.toThrow();
    });
  }
});

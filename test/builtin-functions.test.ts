/**
 * compiler/bind/builtin-functions.ts lists PostgreSQL's functions that are not immutable, as
 * `npm run builtin-functions` read them from the catalog. This test reads the catalog of the
 * embedded PostgreSQL again, so a version bump that changes the list fails until it is regenerated.
 * It also checks what the binder refuses as not immutable, by name and by the 'now' strings, and
 * which calls it refuses as calls of functions that do not exist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_FLOAT_RESULTS, BUILTIN_INFORMATION_SCHEMA_NAMES, BUILTIN_NAMES, BUILTIN_NOT_IMMUTABLE } from '../compiler/bind/builtin-functions.js';
import { STABLE_BY_PINNED_SETTINGS } from '../compiler/bind/bind.js';
import { analyzeProject } from '../compiler/compile.js';
import { startEmbeddedPostgres, type PgServer } from '../compiler/db/servers.js';
import { loadParser } from '../compiler/parser/adapter.js';
import { SourceText } from '../compiler/parser/source.js';
import { builtinNames, floatResultBuiltins, informationSchemaNames, notImmutableBuiltins } from '../scripts/builtin-functions.js';

const SCHEMA = 'CREATE TABLE t (id int PRIMARY KEY, ts timestamp, tz timestamptz, arr int[], j jsonb, s text);';

function compileSelect(list: string, schema = ''): void {
  analyzeProject({
    config: { name: 'b', defaults: { schedule: '1m', refreshMode: 'DIFFERENTIAL' } },
    schema: [new SourceText('schema/001.sql', `${SCHEMA}\n${schema}`)],
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

  it('the names a call can take are those of the catalog of the embedded PostgreSQL (else: npm run builtin-functions)', async () => {
    expect(await builtinNames(server!.adminUrl())).toEqual([...BUILTIN_NAMES]);
  });

  it("the names of information_schema's functions and types are those of the catalog of the embedded PostgreSQL (else: npm run builtin-functions)", async () => {
    expect(await informationSchemaNames(server!.adminUrl())).toEqual([...BUILTIN_INFORMATION_SCHEMA_NAMES]);
  });

  it('the functions that make floats of other types are those of the catalog of the embedded PostgreSQL (else: npm run builtin-functions)', async () => {
    expect(await floatResultBuiltins(server!.adminUrl())).toEqual([...BUILTIN_FLOAT_RESULTS]);
  });

  it('every function allowed as stable through pinned settings is one the catalog says is not immutable', () => {
    expect([...STABLE_BY_PINNED_SETTINGS].filter((n) => !BUILTIN_NOT_IMMUTABLE.has(n))).toEqual([]);
  });

  for (const call of ['format_type(23, NULL)', 'array_shuffle(arr)', 'array_sample(arr, 1)', 'random_normal()', 'pg_column_size(j)', 'obj_description(1)', 'age(ts)', 'txid_status(1)', 'pg_catalog.now()', 'enum_range(NULL::text)', 'uuid_generate_v4()']) {
    it(`refuses ${call}`, () => {
      // uuid_generate_v4 is uuid-ossp's: without the extension it would not exist.
      expect(() => compileSelect(call, 'CREATE EXTENSION "uuid-ossp";')).toThrow(/is not immutable/);
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

  // The SQL forms the parser turns into calls of pg_catalog functions, and casts written as calls.
  for (const call of [
    'extract(year FROM ts)', 'substring(s FROM 1 FOR 2)', 'trim(both FROM s)', 'position($$a$$ IN s)', 'overlay(s PLACING $$x$$ FROM 1)',
    'ts AT TIME ZONE $$UTC$$', 'normalize(s)', 's IS NFC NORMALIZED', 'pg_catalog.upper(s)', 'int8(id)', 'float8(id)',
  ]) {
    it(`knows the function of ${call}`, () => {
      expect(() => compileSelect(call)).not.toThrow();
    });
  }

  it('refuses a call of a name that is neither PostgreSQL\'s nor created in schema/, suggesting a near one', () => {
    expect(() => compileSelect('uper(s)')).toThrow(/function uper\(\) does not exist; did you mean upper\(\)\?/);
    expect(() => compileSelect('lenght(s)')).toThrow(/did you mean length\(\)\?/);
    expect(() => compileSelect('x.y(s)')).toThrow(/function x\.y\(\) does not exist: neither PostgreSQL nor schema\/ has/);
    expect(() => compileSelect('"Upper"(s)')).toThrow(/function "Upper"\(\) does not exist/);
    expect(() => compileSelect('information_schema.upper(s)')).toThrow(/function information_schema\.upper\(\) does not exist/);
    expect(() => compileSelect('information_schema._pg_truetypid(null, null)')).not.toThrow();
    expect(() => compileSelect('pg_catalog.slugify(s)', 'CREATE FUNCTION slugify(text) RETURNS text IMMUTABLE LANGUAGE sql AS $$ SELECT 1 $$;')).toThrow(/pg_catalog\.slugify\(\) does not exist/);
  });

  it('knows the functions, aggregates and types schema/ creates, and any name once schema/ creates an extension', () => {
    const declared = [
      'CREATE SCHEMA util;',
      'CREATE FUNCTION util.slugify(text) RETURNS text IMMUTABLE LANGUAGE sql AS $$ SELECT lower($1) $$;',
      'CREATE TYPE floatrange AS RANGE (subtype = float8);',
      'CREATE TYPE span AS RANGE (subtype = int4, multirange_type_name = spans);',
      'CREATE TYPE bounds AS RANGE (subtype = int8);',
      'CREATE DOMAIN posint AS int CHECK (VALUE > 0);',
    ].join('\n');
    for (const call of ['util.slugify(s)', 'slugify(s)', 'floatrange(1, 2)', 'floatmultirange(floatrange(1, 2))', 'span(1, 2)', 'spans(span(1, 2))', 'bounds_multirange(bounds(1, 2))', 'posint(id)']) {
      expect(() => compileSelect(call, declared), call).not.toThrow();
    }
    expect(() => compileSelect('similarity(s, s)')).toThrow(/function similarity\(\) does not exist/);
    expect(() => compileSelect('similarity(s, s)', 'CREATE EXTENSION pg_trgm;')).not.toThrow();
  });
});

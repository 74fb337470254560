/**
 * The catalog built from schema/ (compiler/catalog/build.ts): where unqualified names go under
 * `SET search_path`, and relations that are declared but cannot be sources.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../compiler/catalog/build.js';
import type { Node } from '@pgsql/types';
import { deparse, loadParser, withoutMetaCommands } from '../compiler/parser/adapter.js';
import type { TrickleError } from '../compiler/errors.js';
import { SourceText } from '../compiler/parser/source.js';

const catalogOf = (sql: string) => buildCatalog([new SourceText('schema/001.sql', sql)]);
const tablesOf = (sql: string) => [...catalogOf(sql).tables.keys()].sort();

describe('catalog', () => {
  beforeAll(() => loadParser());

  it('puts unqualified tables in the first existing schema of search_path, as PostgreSQL does', () => {
    expect(
      tablesOf(`
        CREATE SCHEMA app; CREATE SCHEMA "Mixed";
        CREATE TABLE a (id int);
        SET search_path = "$user", missing, app, public;
        CREATE TABLE b (id int);
        SET search_path TO "Mixed";
        CREATE TABLE c (id int);
        SELECT pg_catalog.set_config('search_path', 'App, public', false);
        CREATE TABLE d (id int);
        SELECT set_config('search_path', '"Mixed"', false);
        CREATE TABLE e (id int);
        SET search_path TO DEFAULT;
        CREATE TABLE f (id int);
        SET search_path = app;
        RESET search_path;
        CREATE TABLE g (id int);
        CREATE TABLE "Mixed".h (id int);`),
    ).toEqual(['Mixed.c', 'Mixed.e', 'Mixed.h', 'app.b', 'app.d', 'public.a', 'public.f', 'public.g']);
  });

  it('tells how the generated SQL treats each column, following the types schema/ creates', () => {
    const catalog = catalogOf(`
      CREATE SCHEMA app;
      CREATE TYPE app.mood AS ENUM ('sad', 'happy');
      SET search_path = app, public;
      CREATE DOMAIN price AS money;
      CREATE DOMAIN tags AS text[];
      CREATE DOMAIN doc AS json;
      CREATE TYPE pair AS (a int, b text);
      CREATE TYPE felt AS (a int, m mood);
      CREATE TYPE moodrange AS RANGE (subtype = mood);
      -- Equal values with different text (1.0, 1.00; 'a', 'A' under a nondeterministic collation):
      -- hashed by PostgreSQL, not by their text.
      CREATE TYPE measured AS (m mood, n numeric);
      CREATE TYPE labelled AS (m mood, label text COLLATE "C");
      CREATE DOMAIN felt_too AS felt;
      CREATE TABLE t (
        i int, n numeric(10, 2), m mood, ms mood[], p price, tg tags, d doc, pr pair, f felt, r moodrange,
        me measured, la labelled, ft felt_too,
        b bit(3), vb bit varying(4), ts tsvector, js json[], ia int[], mo money, snap pg_snapshot, x xid,
        v int GENERATED ALWAYS AS (i * 2), s int GENERATED ALWAYS AS (i * 3) STORED
      );`);
    const t = catalog.tables.get('app.t')!;
    const types = Object.fromEntries(t.columns.map((c) => [c.name, c.type ?? null]));
    expect(types).toEqual({
      i: 'int4', n: 'numeric', m: 'texthash', ms: 'texthash', p: 'money', tg: 'array', d: 'opaque', pr: null, f: 'texthash', r: 'texthash',
      me: null, la: null, ft: 'texthash',
      b: 'texthash', vb: 'texthash', ts: 'texthash', js: 'opaque', ia: 'array', mo: 'money', snap: 'opaque', x: 'texthash', v: 'int4', s: 'int4',
    });
    expect(t.columns.filter((c) => c.virtual).map((c) => c.name)).toEqual(['v']);
  });

  it('applies ALTER TABLE to the table search_path finds', () => {
    const c = catalogOf(`
      CREATE SCHEMA app;
      SET search_path = app, public;
      CREATE TABLE t (id int);
      ALTER TABLE t ADD COLUMN extra text;
      CREATE TABLE public.p (id int);
      ALTER TABLE p ADD PRIMARY KEY (id);`);
    expect(c.tables.get('app.t')!.columns.map((x) => x.name)).toEqual(['id', 'extra']);
    expect(c.tables.get('public.p')!.primaryKey).toEqual(['id']);
  });

  it('applies RENAME TO, RENAME COLUMN and SET SCHEMA, keys included', () => {
    const c = catalogOf(`
      CREATE SCHEMA app;
      CREATE TABLE t (id int PRIMARY KEY, a int, UNIQUE (a));
      ALTER TABLE t RENAME COLUMN a TO b;
      ALTER TABLE t RENAME id TO key;
      ALTER TABLE t RENAME TO u;
      ALTER TABLE u SET SCHEMA app;`);
    const u = c.tables.get('app.u')!;
    expect([...c.tables.keys()]).toEqual(['app.u']);
    expect(u.name).toEqual({ schema: 'app', name: 'u' });
    expect(u.columns.map((x) => x.name)).toEqual(['key', 'b']);
    expect(u.primaryKey).toEqual(['key']);
    expect(u.uniqueKeys).toEqual([['b']]);
    expect(() => catalogOf(`CREATE TABLE t (id int, a int); ALTER TABLE t RENAME a TO id;`)).toThrow(/already exists/);
  });

  it('starts each schema file with the default search_path, as psql runs each file in a session of its own', () => {
    const c = buildCatalog([
      new SourceText('schema/001.sql', `CREATE SCHEMA app; SELECT pg_catalog.set_config('search_path', '', false); CREATE TABLE app.a (id int);`),
      new SourceText('schema/002.sql', `CREATE TABLE b (id int);`),
    ]);
    expect([...c.tables.keys()].sort()).toEqual(['app.a', 'public.b']);
  });

  it("blanks psql's meta-commands between statements (pg_dump's \\restrict), never text inside a string or a function body", () => {
    const text = [
      '--',
      '\\restrict AbC123',
      'SET statement_timeout = 0;',
      "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT 'a'",
      '\\restrict inside $$;',
      "CREATE TABLE t (id int, s text DEFAULT E'x\\n\\\\y');",
      '  \\unrestrict AbC123',
      '',
    ].join('\n');
    const clean = withoutMetaCommands(new SourceText('schema/001.sql', text));
    expect(clean.text.split('\n')).toEqual([
      '--',
      ' '.repeat('\\restrict AbC123'.length),
      'SET statement_timeout = 0;',
      "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT 'a'",
      '\\restrict inside $$;',
      "CREATE TABLE t (id int, s text DEFAULT E'x\\n\\\\y');",
      ' '.repeat('  \\unrestrict AbC123'.length),
      '',
    ]);
    expect([...buildCatalog([clean]).tables.keys()]).toEqual(['public.t']);
    // Anything else the parser stops at is still its syntax error.
    const bad = new SourceText('schema/001.sql', 'CREATE TABLE t (id int);\nCREATE TABLE (;\n');
    expect(withoutMetaCommands(bad)).toBe(bad);
  });

  it('copies the columns, types and NOT NULL of CREATE TABLE ... (LIKE ...), but not its keys', () => {
    const c = catalogOf(`
      CREATE SCHEMA app;
      CREATE TABLE app.events (id bigint PRIMARY KEY, kind text NOT NULL, at timestamptz);
      SET search_path = app;
      CREATE TABLE events_archive (LIKE events INCLUDING ALL, archived_at timestamptz NOT NULL);`);
    const t = c.tables.get('app.events_archive')!;
    expect(t.columns.map((x) => `${x.name} ${x.typeSql}${x.notNull ? ' NOT NULL' : ''}`)).toEqual(['id bigint NOT NULL', 'kind text NOT NULL', 'at timestamptz', 'archived_at timestamptz NOT NULL']);
    expect(t.primaryKey).toEqual([]);
    expect(() => catalogOf(`CREATE TABLE t (LIKE missing);`)).toThrow(/relation "missing" in LIKE is not a table created before this statement/);
  });

  it('rejects an unqualified table when no schema of search_path exists', () => {
    expect(() => catalogOf(`SET search_path = nowhere; CREATE TABLE t (id int);`)).toThrow(/no schema has been selected to create in/);
  });

  it('keeps partitions, inherited tables and materialized views out of the sources, saying why; a partitioned table is one', () => {
    const c = catalogOf(`
      CREATE TABLE m (id int, at date) PARTITION BY RANGE (at);
      CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
      CREATE TABLE base (id int);
      CREATE TABLE child (extra int) INHERITS (base);
      CREATE VIEW v AS SELECT * FROM base;
      CREATE TABLE plain (id int);
      CREATE TABLE parent2 (id int);
      CREATE TABLE child2 (id int);
      ALTER TABLE child2 INHERIT parent2;
      CREATE TABLE m_2 (id int, at date);
      ALTER TABLE m ATTACH PARTITION m_2 FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
      CREATE TABLE copied AS SELECT * FROM plain;
      SELECT * INTO selected FROM plain;
      CREATE MATERIALIZED VIEW mv AS SELECT count(*) FROM plain;
      CREATE FOREIGN TABLE remote (id int, note text) SERVER files OPTIONS (filename '/dev/null');`);
    expect([...c.tables.keys()]).toEqual(['public.m', 'public.plain']);
    expect(c.tables.get('public.m')!.partitioned).toBe(true);
    expect(c.tables.get('public.plain')!.partitioned).toBeUndefined();
    expect([...c.views!.keys()]).toEqual(['public.v']);
    expect(Object.fromEntries([...c.unsupported!].map(([k, u]) => [k, u.reason.split(' (')[0]!.split(':')[0]]))).toEqual({
      'public.m_1': 'it is a partition',
      'public.m_2': 'it is a partition',
      'public.child': 'it inherits from another table',
      'public.base': 'other tables inherit from it',
      'public.child2': 'it inherits from another table',
      'public.parent2': 'other tables inherit from it',
      'public.copied': 'it is created by CREATE TABLE AS or SELECT INTO, whose columns trickle cannot know',
      'public.selected': 'it is created by CREATE TABLE AS or SELECT INTO, whose columns trickle cannot know',
      'public.mv': 'it is a materialized view',
      'public.remote': 'it is a foreign table, whose changes no trigger here sees',
    });
  });

  it('keeps views with what their queries read as it resolved when they were created', () => {
    const c = catalogOf(`
      CREATE SCHEMA app;
      CREATE TABLE app.t (id int, a int);
      CREATE TABLE t (id int, b int);
      SET search_path = app, public;
      CREATE VIEW v1 (k) AS WITH t AS (SELECT 1 AS id) SELECT t.id, x.a FROM t, app.t AS x, public.t AS y;
      CREATE VIEW v2 AS SELECT * FROM t;
      CREATE VIEW v3 AS SELECT id FROM v2;
      RESET search_path;
      CREATE VIEW v4 AS SELECT * FROM app.v3;
      ALTER TABLE app.t RENAME TO u;
      ALTER VIEW app.v2 RENAME TO w2;
      ALTER VIEW v4 SET SCHEMA app;
      CREATE TEMP VIEW tv AS SELECT 1;`);
    const q = (k: string) => deparse({ SelectStmt: c.views!.get(k)!.query } as Node);
    expect([...c.views!.keys()].sort()).toEqual(['app.v1', 'app.v3', 'app.v4', 'app.w2']);
    // A WITH query's name stays unqualified; tables are qualified as they resolved, and follow a rename.
    expect(q('app.v1')).toBe('WITH t AS (SELECT 1 AS id) SELECT t.id, x.a FROM t, app.u AS x, public.t AS y');
    expect(c.views!.get('app.v1')!.columnNames).toEqual(['k']);
    expect(q('app.w2')).toBe('SELECT * FROM app.u');
    expect(q('app.v3')).toBe('SELECT id FROM app.w2');
    expect(q('app.v4')).toBe('SELECT * FROM app.v3');
    expect(c.unsupported!.get('public.tv')!.reason).toBe('it is a temporary view');
  });

  it('leaves out a view whose query no longer reads as written: a renamed column, * over changed columns', () => {
    const c = catalogOf(`
      CREATE TABLE t (id int, a int);
      CREATE VIEW named AS SELECT id, a FROM t;
      CREATE VIEW starred AS SELECT * FROM t;
      CREATE VIEW over_starred AS SELECT id FROM starred;
      CREATE TABLE u (id int);
      CREATE VIEW u_all AS SELECT * FROM u;
      CREATE VIEW u_id AS SELECT id FROM u;
      ALTER TABLE u ADD COLUMN extra int;
      CREATE VIEW base AS SELECT 1 AS x;
      CREATE VIEW over_base AS SELECT * FROM base;
      CREATE OR REPLACE VIEW base AS SELECT 1 AS x, 2 AS y;
      CREATE VIEW renamed AS SELECT id FROM t;
      ALTER VIEW renamed RENAME COLUMN id TO key;
      ALTER TABLE t RENAME COLUMN a TO b;`);
    expect([...c.views!.keys()].sort()).toEqual(['public.base', 'public.u_id']);
    expect(Object.fromEntries([...c.unsupported!].map(([k, u]) => [k, u.reason]))).toEqual({
      'public.named': 'a column of public.t, which it reads, is renamed after the view was created',
      'public.starred': 'a column of public.t, which it reads, is renamed after the view was created',
      'public.over_starred': 'it reads view public.starred, which trickle cannot read',
      'public.u_all': 'it reads public.u with *, whose columns changed after the view was created',
      'public.over_base': 'it reads public.base with *, whose columns changed (CREATE OR REPLACE VIEW) after the view was created',
      'public.renamed': 'a column of it is renamed by ALTER VIEW ... RENAME COLUMN, which is not supported',
    });
  });

  it('captures a distributed partitioned table, and keeps one Citus places otherwise out of the sources', () => {
    const c = catalogOf(`
      CREATE TABLE m (id int, at date) PARTITION BY RANGE (at);
      CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
      SELECT create_distributed_table('m', 'id');
      CREATE TABLE l (id int, at date) PARTITION BY RANGE (at);
      SELECT citus_add_local_table_to_metadata('l');`);
    expect([...c.tables.keys()]).toEqual(['public.m']);
    expect(c.tables.get('public.m')).toMatchObject({ partitioned: true, placement: { kind: 'distributed', column: 'id' } });
    expect(c.unsupported!.get('public.l')!.reason).toBe('it is partitioned and placed by citus_add_local_table_to_metadata: partitioned tables are supported as sources only when local or distributed');
  });

  it('follows a distribution column renamed after the table was distributed', () => {
    const c = catalogOf(`
      CREATE TABLE t (k int NOT NULL, v int);
      SELECT create_distributed_table('t', 'k');
      ALTER TABLE t RENAME COLUMN k TO kk;`);
    expect(c.tables.get('public.t')!.placement).toEqual({ kind: 'distributed', column: 'kk' });
  });

  it('reads where Citus places each table, in statement order, with search_path and quoted names', () => {
    const c = catalogOf(`
      CREATE SCHEMA app;
      CREATE TABLE customers (id int PRIMARY KEY, region text);
      CREATE TABLE orders (id bigint, customer_id int NOT NULL, PRIMARY KEY (customer_id, id));
      CREATE TABLE app."Events" ("Kind" text, at date);
      CREATE TABLE moved (id int);
      CREATE TABLE plain (id int);
      SELECT create_reference_table('customers');
      SELECT create_distributed_table('public.orders', 'customer_id', colocate_with => 'none');
      SET search_path = app;
      SELECT citus.create_distributed_table('"Events"'::regclass, distribution_column := 'Kind', shard_count => 8);
      SELECT create_distributed_table('public.moved', 'id');
      SELECT undistribute_table('public.moved');`);
    const placement = (k: string) => c.tables.get(k)!.placement;
    expect(placement('public.customers')).toEqual({ kind: 'reference' });
    expect(placement('public.orders')).toEqual({ kind: 'distributed', column: 'customer_id' });
    expect(placement('app.Events')).toEqual({ kind: 'distributed', column: 'Kind' });
    expect(placement('public.moved')).toEqual({ kind: 'local' });
    expect(placement('public.plain')).toEqual({ kind: 'local' });
    expect(c.statements.filter((s) => s.citus)).toHaveLength(5);
  });

  // Regression: a call in FROM (as psql scripts write it too) was not read, so the table stayed
  // local and its migration failed ("triggers are not supported on reference tables").
  it('reads a Citus call wherever the SELECT makes it, one per statement', () => {
    const c = catalogOf(`
      CREATE TABLE kinds (id int PRIMARY KEY);
      CREATE TABLE facts (id int, kind int);
      SELECT * FROM create_reference_table('kinds');
      SELECT 1 FROM (SELECT create_distributed_table('facts', 'kind')) AS done;`);
    expect(c.tables.get('public.kinds')!.placement).toEqual({ kind: 'reference' });
    expect(c.tables.get('public.facts')!.placement).toEqual({ kind: 'distributed', column: 'kind' });
    expect(() => catalogOf(`CREATE TABLE a (id int);\nCREATE TABLE b (id int);\nSELECT create_reference_table('a'), create_reference_table('b');`)).toThrow(
      'create_reference_table: one Citus call per statement',
    );
  });

  it('does not count a DEFERRABLE key as a key (rows may repeat it until the commit)', () => {
    const c = catalogOf(
      [
        'CREATE TABLE a (id int PRIMARY KEY DEFERRABLE INITIALLY DEFERRED, u int UNIQUE DEFERRABLE, v int UNIQUE);',
        'CREATE TABLE b (id int NOT NULL, w int);',
        'ALTER TABLE ONLY b ADD CONSTRAINT b_pkey PRIMARY KEY (id) DEFERRABLE;',
      ].join('\n'),
    );
    expect(c.tables.get('public.a')!.primaryKey).toEqual([]);
    expect(c.tables.get('public.a')!.uniqueKeys).toEqual([['v']]);
    expect(c.tables.get('public.b')!.primaryKey).toEqual([]);
  });

  it('records the equality each column compares with: = between columns of one is exact', () => {
    const c = catalogOf(
      [
        "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);",
        'CREATE COLLATION ci2 FROM ci;',
        'CREATE DOMAIN ci_text AS text COLLATE ci;',
        'CREATE DOMAIN amount AS numeric(10,2);',
        'CREATE TYPE mood AS ENUM (\'a\');',
        'CREATE TABLE t (a int, b bigint, c numeric(4,1), d amount, e real, f double precision, g text, h varchar(5), i char(3), j text COLLATE ci,',
        '  k ci_text, l ci_text COLLATE "C", m text COLLATE "C", n timestamp, o timestamptz, p int[], q mood, r varchar COLLATE ci2, s interval day);',
      ].join('\n'),
    );
    const eq = Object.fromEntries(c.tables.get('public.t')!.columns.map((x) => [x.name, x.equality]));
    expect(eq).toEqual({
      a: 'number', b: 'number', c: 'number', d: 'number', e: 'float', f: 'float', g: 'text', h: 'text', i: 'bpchar', j: 'text@ci',
      k: 'text@ci', l: 'text', m: 'text', n: 'timestamp', o: 'timestamptz', p: 'number[]', q: 'public.mood', r: 'text@ci2', s: 'interval',
    });
  });

  it("refuses a column type that neither PostgreSQL nor schema/ creates, unless schema/ creates an extension", () => {
    expect(() => catalogOf('CREATE TABLE t (id int, v integr);')).toThrow('type "integr" does not exist');
    expect(() => catalogOf('CREATE TABLE t (id int);\nALTER TABLE t ADD COLUMN v pg_catalog.citext;')).toThrow('type "pg_catalog.citext" does not exist');
    // information_schema's domains exist only qualified (it is not on the search path); a built-in
    // type qualified by another schema does not exist there.
    expect(() => catalogOf('CREATE TABLE t (id int, v sql_identifier);')).toThrow('type "sql_identifier" does not exist');
    expect(() => catalogOf('CREATE TABLE t (id int, v public.int4);')).toThrow('type "public.int4" does not exist');
    const ok = [
      'CREATE TYPE mood AS ENUM (\'a\');',
      'CREATE DOMAIN posint AS int;',
      'CREATE TABLE other (id int);',
      'CREATE TABLE t (a serial, b bigserial, c character varying(3), d timestamp with time zone, e mood[], f posint, g other, h double precision, i "char", j int4range);',
      'CREATE TABLE u (a information_schema.sql_identifier, b information_schema.cardinal_number, c public.posint);',
    ].join('\n');
    expect(() => catalogOf(ok)).not.toThrow();
    expect(() => catalogOf('CREATE EXTENSION citext;\nCREATE TABLE t (v citext);')).not.toThrow();
  });

  it('rejects Citus calls it cannot read, naming the function and the position', () => {
    const err = (sql: string) => {
      try {
        catalogOf(sql);
      } catch (e) {
        return (e as TrickleError).format();
      }
      return 'no error';
    };
    expect(err(`CREATE TABLE t (id int);\nSELECT create_distributed_table('t', 'nope');`)).toBe(
      'schema/001.sql:2:8: create_distributed_table: column "nope" does not exist in table public.t',
    );
    expect(err(`SELECT create_reference_table('later');\nCREATE TABLE later (id int);`)).toBe(
      'schema/001.sql:1:8: create_reference_table: relation "public.later" is not a table created before this statement in schema/',
    );
    expect(err(`CREATE TABLE t (id int);\nSELECT create_distributed_table('t', 'id', 'append');`)).toMatch(/^schema\/001.sql:2:44: create_distributed_table: distribution type 'append' is not supported/);
    expect(err(`CREATE TABLE t (id int);\nSELECT create_distributed_table('t', NULL);`)).toMatch(/single-shard table\) is not supported/);
    expect(err(`CREATE TABLE t (id int);\nSELECT create_distributed_table(name, 'id') FROM x;`)).toMatch(/^schema\/001.sql:2:33: create_distributed_table: only constant arguments/);
    expect(err(`CREATE TABLE t (id int);\nSELECT create_distributed_table('a.b.c', 'id');`)).toMatch(/invalid table name "a.b.c"/);
  });
});

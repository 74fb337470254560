/**
 * The keys the catalog believes a table has must be keys the database enforces: generated SQL
 * trusts them (one row per key). PostgreSQL is the oracle here: a schema with constraints of
 * every kind, unnamed ones among them (whose names the catalog must choose as PostgreSQL does,
 * long, multibyte and clashing names included), is loaded, and after each `DROP CONSTRAINT` of
 * one of them, and after other ALTER TABLE forms, the keys of every table in the catalog must
 * equal those in pg_constraint, and the unique indexes over columns that are not partial.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../compiler/catalog/build.js';
import { withTempDatabase } from '../compiler/db/servers.js';
import { loadParser } from '../compiler/parser/adapter.js';
import { SourceText } from '../compiler/parser/source.js';
import { ident } from '../compiler/sql/quote.js';
import { pgServers, type PgServer } from './support/servers.js';

const LONG = 'a_table_name_that_is_long_enough_to_be_cut_by_postgres_namedatalen';
const SCHEMA = `
CREATE SCHEMA k;
SET search_path = k;
CREATE TABLE parent (id int PRIMARY KEY, code text UNIQUE NOT NULL, UNIQUE (id, code));
CREATE TABLE t (
  id int PRIMARY KEY,
  a int UNIQUE,
  b int NOT NULL CHECK (b > 0),
  c int REFERENCES parent (id),
  d text,
  UNIQUE (a, b),
  UNIQUE (a),
  CHECK (a < b),
  CHECK (true),
  CONSTRAINT named_key UNIQUE (d),
  FOREIGN KEY (c, d) REFERENCES parent (id, code) MATCH SIMPLE,
  EXCLUDE USING btree (b WITH =)
);
CREATE TABLE clash_pkey (x int);
CREATE TABLE clash (id int PRIMARY KEY, v int);
CREATE TABLE ${LONG} (
  column_with_a_name_long_enough_to_be_cut_as_well_number_one int PRIMARY KEY,
  column_with_a_name_long_enough_to_be_cut_as_well_number_two int UNIQUE,
  UNIQUE (column_with_a_name_long_enough_to_be_cut_as_well_number_one, column_with_a_name_long_enough_to_be_cut_as_well_number_two)
);
CREATE TABLE "ünïcödé_tàblé_wïth_ä_nämé_thät_ïs_löng_ïn_bytés" ("spälte_ä" int PRIMARY KEY, "spälte_ö" int UNIQUE);
CREATE TABLE later (id int, v int, w int);
ALTER TABLE later ADD PRIMARY KEY (id);
ALTER TABLE later ADD UNIQUE (v, w), ADD CHECK (v <> w);
ALTER TABLE later ADD COLUMN u int UNIQUE;
ALTER TABLE later ADD COLUMN z int CONSTRAINT z_positive CHECK (z > 0);
CREATE TABLE renamed (id int PRIMARY KEY, v int UNIQUE);
ALTER TABLE renamed RENAME TO renamed_now;
ALTER TABLE renamed_now RENAME COLUMN v TO v2;
ALTER TABLE renamed_now RENAME CONSTRAINT renamed_v_key TO renamed_v2_key;
ALTER INDEX renamed_pkey RENAME TO renamed_now_pk;
CREATE TABLE shrinking (id int, a int, b int, c int, PRIMARY KEY (id, a), UNIQUE (b), UNIQUE (b, c));
ALTER TABLE shrinking DROP COLUMN a, DROP COLUMN IF EXISTS nothing;
ALTER TABLE shrinking ALTER COLUMN b TYPE bigint;
CREATE TABLE ix (id int NOT NULL, a int, b int, c text);
CREATE UNIQUE INDEX ON ix (id);
CREATE UNIQUE INDEX ix_ab ON ix (a, b);
CREATE UNIQUE INDEX ON ix (lower(c));
CREATE UNIQUE INDEX ON ix (b) WHERE a > 0;
CREATE INDEX ON ix (c);
ALTER TABLE ix ADD UNIQUE (c);
`;

/** Each table's keys, as sorted strings: `P:a,b` for the primary key, `U:c` for a unique one. */
type Keys = Record<string, string[]>;

function catalogKeys(sql: string): Keys {
  const catalog = buildCatalog([new SourceText('schema/001.sql', sql)]);
  const out: Keys = {};
  for (const t of catalog.tables.values()) {
    if (t.name.schema !== 'k') continue;
    out[t.name.name] = [...(t.primaryKey.length ? [`P:${t.primaryKey.join(',')}`] : []), ...t.uniqueKeys.map((u) => `U:${u.join(',')}`)].sort();
  }
  return out;
}

async function databaseKeys(client: pg.Client): Promise<Keys> {
  const { rows } = await client.query<{ table: string; key: string }>(`
    SELECT c.relname AS table,
           CASE con.contype WHEN 'p' THEN 'P:' ELSE 'U:' END
             || (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS key
      FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'k' AND con.contype IN ('p', 'u')`);
  // A unique index over columns, neither partial nor backing a constraint, is a key too.
  const { rows: indexes } = await client.query<{ table: string; key: string }>(`
    SELECT c.relname AS table,
           'U:' || (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord)
                     JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum) AS key
      FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'k' AND x.indisunique AND NOT x.indisprimary AND x.indexprs IS NULL AND x.indpred IS NULL
       AND NOT EXISTS (SELECT FROM pg_constraint con WHERE con.conindid = x.indexrelid)`);
  rows.push(...indexes);
  const { rows: tables } = await client.query<{ relname: string }>(`SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'k' AND c.relkind = 'r'`);
  const out: Keys = Object.fromEntries(tables.map((t) => [t.relname, [] as string[]]));
  for (const r of rows) out[r.table]!.push(r.key);
  for (const k of Object.values(out)) k.sort();
  return out;
}

for (const entry of pgServers()) {
  describe.skipIf(entry.skipReason !== undefined)(`catalog keys on ${entry.label}`, () => {
    let server: PgServer | undefined;
    beforeAll(async () => {
      await loadParser();
      server = await entry.start();
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('equal the database keys after the schema, and after dropping any one constraint by its name', async (ctx) => {
      if (!server) return ctx.skip();
      await withTempDatabase(server, async (url) => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          await client.query(SCHEMA);
          expect(catalogKeys(SCHEMA)).toEqual(await databaseKeys(client));
          const { rows } = await client.query<{ table: string; name: string }>(`
            SELECT c.relname AS table, con.conname AS name
              FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'k' ORDER BY 1, 2`);
          // Every kind of constraint is there, so that a name chosen wrongly shows as keys lost.
          expect(rows.length).toBeGreaterThan(25);
          for (const { table, name } of rows) {
            // A foreign key pointing at a parent key must go with it.
            const drop = `ALTER TABLE k.${ident(table)} DROP CONSTRAINT ${ident(name)} CASCADE;`;
            await client.query('BEGIN');
            try {
              // PostgreSQL 18 refuses to drop the NOT NULL of a primary key column: not a schema.
              const refused = await client.query(drop).then(
                () => false,
                (e: Error) => /is in a primary key/.test(e.message),
              );
              if (refused) continue;
              const expected = await databaseKeys(client);
              expect({ drop, keys: catalogKeys(`${SCHEMA}\n${drop}`) }).toEqual({ drop, keys: expected });
            } finally {
              await client.query('ROLLBACK');
            }
          }
        } finally {
          await client.end();
        }
      });
    });
  });
}

describe('catalog keys', () => {
  beforeAll(loadParser);

  it('forgets every key of a table when a dropped constraint is not one it can name', () => {
    const keys = catalogKeys(`CREATE SCHEMA k; CREATE TABLE k.t (id int PRIMARY KEY, a int UNIQUE); ALTER TABLE k.t DROP CONSTRAINT made_elsewhere;`);
    expect(keys).toEqual({ t: [] });
  });

  it('takes a key added USING INDEX from the unique index it knows, and leaves it out otherwise', () => {
    const keys = catalogKeys(`CREATE SCHEMA k; CREATE TABLE k.t (id int NOT NULL, a int); CREATE UNIQUE INDEX t_id ON k.t (id); ALTER TABLE k.t ADD PRIMARY KEY USING INDEX t_id;`);
    expect(keys).toEqual({ t: ['P:id'] });
    const unknown = catalogKeys(`CREATE SCHEMA k; CREATE TABLE k.t (id int NOT NULL, a int); ALTER TABLE k.t ADD UNIQUE USING INDEX made_elsewhere;`);
    expect(unknown).toEqual({ t: [] });
  });
});

/**
 * Property test of aggregate maintenance (diff/plan.ts) where it takes shortcuts: MIN/MAX groups
 * read again only when a deleted value may have been the extreme and no inserted value reaches it,
 * MIN/MAX without GROUP BY keeping their first BEST_KEPT values (of some 80 rows with few distinct
 * values, so that deletions do take them all, and a FILTER),
 * sums of signed values for numeric and integer-AVG arguments, and row ids hashed by the key's own
 * hash function for one integer or text column. Large groups with few distinct values (many copies
 * of the extremes), NULLs (in values and keys), deletions aimed at the current extremes, inserted
 * values that replace a deleted extreme in the same batch, insertions and deletions that cancel in
 * one transaction, rows moving between groups, changes on both sides of a join, HAVING, a scalar
 * aggregate, and full refreshes between differential ones. After every refresh each stream table
 * equals a fresh run of its query.
 *
 * Environment: TRICKLE_AGGREGATE_RUNS (default 30 on PostgreSQL 18), TRICKLE_AGGREGATE_PG15_RUNS
 * (default 8 on the system PostgreSQL 15), TRICKLE_PROPERTY_SEED (fast-check seed).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeProject } from '../compiler/compile.js';
import { withTempDatabase, type PgServer } from '../compiler/db/servers.js';
import { emitProject } from '../compiler/emit/output.js';
import { loadParser } from '../compiler/parser/adapter.js';
import { SourceText } from '../compiler/parser/source.js';
import { refreshAll } from '../compiler/verify/verify.js';
import { rowIdSql } from '../compiler/sql/fragments.js';
import type { KnownType } from '../compiler/catalog/types.js';
import { pgServers } from './support/servers.js';
import { connect, expectOracle, loadFixture, type CompiledFixture } from './support/trickle.js';

const RUNS: Record<string, number> = {
  'embedded-pg18': Number(process.env.TRICKLE_AGGREGATE_RUNS ?? 30),
  'system-pg15': Number(process.env.TRICKLE_AGGREGATE_PG15_RUNS ?? 8),
};
const SEED = Number(process.env.TRICKLE_PROPERTY_SEED ?? 20261202);

const SCHEMA = `
CREATE TABLE t (id integer PRIMARY KEY, g integer, v integer, n numeric(6,2), w text, b bigint);
CREATE TABLE u (g integer PRIMARY KEY, label text NOT NULL);
`;
const STREAMS = `
CREATE MATERIALIZED VIEW by_group AS SELECT g, min(v) AS lo, max(v) AS hi, count(*) AS rows, min(n) AS nlo, max(w) AS whi FROM t GROUP BY g;
CREATE MATERIALIZED VIEW overall AS SELECT min(v) AS lo, max(v) AS hi, min(w) AS wlo, max(n) AS nhi, max(v) FILTER (WHERE n > 1) AS fhi, min(v + 0) AS elo FROM t;
CREATE MATERIALIZED VIEW by_label AS SELECT u.label, min(t.n) AS lo, max(t.v) AS hi FROM t JOIN u ON u.g = t.g GROUP BY u.label;
CREATE MATERIALIZED VIEW busy AS SELECT g, min(v) AS lo, max(n) AS hi FROM t GROUP BY g HAVING count(*) > 4;
CREATE MATERIALIZED VIEW sums AS SELECT g, sum(n) AS total, avg(n) AS mean, avg(v) AS vmean, sum(v) AS vtotal, avg(b) AS bmean, sum(b) AS btotal, count(n) AS ns FROM t GROUP BY g;
CREATE MATERIALIZED VIEW by_word AS SELECT w, sum(n) AS total, avg(v) AS vmean, max(b) AS bhi FROM t GROUP BY w;
CREATE MATERIALIZED VIEW by_big AS SELECT b, count(*) AS rows, min(n) AS lo FROM t GROUP BY b;
CREATE MATERIALIZED VIEW high AS SELECT id, g, v FROM t WHERE v > 2;
CREATE MATERIALIZED VIEW words AS SELECT DISTINCT w FROM t;
`;
const WORDS = ['a', 'b', 'c', 'B', 'A', 'é', 'zz'];

/** Initial rows: three groups of 24 rows (and a few without a group), values 0..5. */
function seedSql(): string {
  const rows: string[] = [];
  let id = 1;
  for (const g of [1, 2, 3, null]) {
    const n = g === null ? 4 : 24;
    for (let i = 0; i < n; i++, id++) {
      const v = i % 7 === 6 ? 'NULL' : String((i * 5 + id) % 6);
      const b = i % 8 === 7 ? 'NULL' : String([-9223372036854775807n, 9223372036854775807n, 0n, 3n, -3n][i % 5]);
      rows.push(`(${id}, ${g ?? 'NULL'}, ${v}, ${i % 5 === 4 ? 'NULL' : ((i * 37) % 11) / 4}, ${i % 6 === 5 ? 'NULL' : `'${WORDS[i % WORDS.length]}'`}, ${b})`);
    }
  }
  return `INSERT INTO t VALUES ${rows.join(', ')};\nINSERT INTO u VALUES (1, 'one'), (2, 'two'), (3, 'one'), (4, 'four');`;
}

type Statement =
  | { kind: 'insert'; g: number | null; v: number | null; n: number | null; w: number | null; b: number | null }
  | { kind: 'deleteExtreme'; g: number; extreme: 'min' | 'max' }
  | { kind: 'deleteSome'; g: number; v: number }
  | { kind: 'update'; pick: number; v: number | null }
  | { kind: 'move'; pick: number; g: number }
  | { kind: 'cancel'; g: number; v: number }
  | { kind: 'relabel'; g: number; label: 'one' | 'two' | 'four' };

const group = fc.integer({ min: 1, max: 4 });
const value = fc.option(fc.integer({ min: -1, max: 6 }), { freq: 6 });
const statementArb: fc.Arbitrary<Statement> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), g: fc.option(group, { freq: 8 }), v: value, n: fc.option(fc.integer({ min: 0, max: 12 }), { freq: 6 }), w: fc.option(fc.integer({ min: 0, max: WORDS.length - 1 }), { freq: 6 }), b: fc.option(fc.integer({ min: -2, max: 2 }), { freq: 6 }) }),
  fc.record({ kind: fc.constant('deleteExtreme' as const), g: group, extreme: fc.constantFrom('min' as const, 'max' as const) }),
  fc.record({ kind: fc.constant('deleteExtreme' as const), g: group, extreme: fc.constantFrom('min' as const, 'max' as const) }),
  fc.record({ kind: fc.constant('deleteSome' as const), g: group, v: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ kind: fc.constant('update' as const), pick: fc.nat(1000), v: value }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(1000), g: group }),
  fc.record({ kind: fc.constant('cancel' as const), g: group, v: fc.integer({ min: -2, max: 7 }) }),
  fc.record({ kind: fc.constant('relabel' as const), g: group, label: fc.constantFrom('one' as const, 'two' as const, 'four' as const) }),
);

const lit = (x: number | null) => (x === null ? 'NULL' : String(x));

/** The statement as SQL; ids of new rows come from a sequence, so a shrunk case replays the same. */
function sql(s: Statement): string {
  const nth = (pick: number) => `(SELECT id FROM t ORDER BY id OFFSET ${pick} % greatest((SELECT count(*) FROM t), 1) LIMIT 1)`;
  switch (s.kind) {
    case 'insert':
      return `INSERT INTO t VALUES (nextval('ids'), ${lit(s.g)}, ${lit(s.v)}, ${s.n === null ? 'NULL' : s.n / 4}, ${s.w === null ? 'NULL' : `'${WORDS[s.w]}'`}, ${lit(s.b)})`;
    case 'deleteExtreme':
      // Every copy of the extreme, and the same for n: the group must be read again.
      return `DELETE FROM t WHERE g = ${s.g} AND (v = (SELECT ${s.extreme}(v) FROM t WHERE g = ${s.g}) OR n = (SELECT ${s.extreme}(n) FROM t WHERE g = ${s.g}))`;
    case 'deleteSome':
      return `DELETE FROM t WHERE g = ${s.g} AND v = ${s.v} AND id % 2 = 0`;
    case 'update':
      // A new value for a row: it may replace the extreme it was (no rescan needed) or not.
      return `UPDATE t SET v = ${lit(s.v)}, n = n + 0.25, b = -b WHERE id = ${nth(s.pick)}`;
    case 'move':
      return `UPDATE t SET g = ${s.g} WHERE id = ${nth(s.pick)}`;
    case 'cancel':
      // A row that comes and goes within the batch, with a value beyond every stored one.
      return `INSERT INTO t VALUES (nextval('ids'), ${s.g}, ${s.v}, -1, '0', ${s.v}); DELETE FROM t WHERE id = currval('ids')`;
    case 'relabel':
      return `UPDATE u SET label = '${s.label}' WHERE g = ${s.g}`;
  }
}

/** A batch: its statements in one transaction, then a refresh (full now and then) and the oracle. */
interface Batch {
  readonly statements: readonly Statement[];
  readonly full: boolean;
}
const batchArb: fc.Arbitrary<Batch> = fc.record({ statements: fc.array(statementArb, { minLength: 1, maxLength: 6 }), full: fc.integer({ min: 0, max: 4 }).map((x) => x === 0) });
const sequenceArb = fc.array(batchArb, { minLength: 3, maxLength: 14 });

async function compileAggregates(): Promise<CompiledFixture> {
  await loadParser();
  const sources = {
    config: { name: 'aggregates', defaults: { schedule: '1m', refreshMode: 'DIFFERENTIAL' as const } },
    schema: [new SourceText('schema/001_tables.sql', SCHEMA)],
    streams: [new SourceText('streams/001_aggregates.sql', STREAMS)],
    data: [new SourceText('data/001_seed.sql', seedSql())],
    changes: [],
  };
  const project = analyzeProject(sources);
  return { sources, project, files: emitProject(project) };
}

for (const entry of pgServers()) {
  const runs = RUNS[entry.label] ?? 10;
  describe.skipIf(entry.skipReason !== undefined)(`aggregates: rescans, signed sums, typed row ids on ${entry.label}`, () => {
    let server: PgServer | undefined;
    let compiled: CompiledFixture;
    beforeAll(async () => {
      compiled = await compileAggregates();
      server = await entry.start();
    }, 120_000);
    afterAll(async () => {
      await server?.stop();
    });

    it('hashes a one-column key exactly as hash_record_extended does (row ids of earlier versions stay valid)', async () => {
      expect(server, 'server').toBeDefined();
      const cases: [KnownType, string, string[]][] = [
        ['int2', 'smallint', ['-32768', '32767', '0', '-1']],
        ['int4', 'integer', ['-2147483648', '2147483647', '0', '42']],
        ['int8', 'bigint', ['-9223372036854775808', '9223372036854775807', '0', '-42']],
        ['text', 'text', ["''", "'a'", "'é'", "repeat('x', 5000)"]],
        ['varchar', 'varchar(9000)', ["''", "'B'", "repeat('y', 9000)"]],
      ];
      await withTempDatabase(server!, async (url) => {
        const client = await connect(url);
        try {
          for (const [type, sqlType, values] of cases) {
            for (const v of [...values, 'NULL']) {
              const x = `(${v})::${sqlType}`;
              const both = [rowIdSql([x], [{ notNull: v !== 'NULL', type }]), rowIdSql([x], [{ notNull: false, type }])];
              const { rows } = await client.query<{ a: string; b: string; c: string }>(`SELECT ${both[0]}::text AS a, ${both[1]}::text AS b, hash_record_extended(ROW(${x}), 0)::text AS c`);
              expect([rows[0]!.a, rows[0]!.b], `${type} ${v}`).toEqual([rows[0]!.c, rows[0]!.c]);
            }
          }
        } finally {
          await client.end();
        }
      });
    });

    it('equals its query after every batch', async () => {
      expect(server, 'server').toBeDefined();
      // The shortcuts under test are in the generated SQL.
      const plans = compiled.project.streams.map((s) => `${s.plan?.storageQuery ?? ''}\n${s.plan?.deltaStatement ?? ''}`).join('\n');
      for (const f of ['hashint4extended', 'hashint8extended', 'hashtextextended', 'ELSE -(', 'NOT coalesce(g.__pgt_ins_', 'width_bucket(', 'array_fill(']) expect(plans).toContain(f);
      let sequences = 0;
      await fc.assert(
        fc.asyncProperty(sequenceArb, async (batches) => {
          await withTempDatabase(server!, async (url) => {
            const client = await connect(url);
            try {
              await loadFixture(client, compiled);
              await client.query('CREATE SEQUENCE ids START 1000');
              for (const [i, b] of batches.entries()) {
                await client.query('BEGIN');
                for (const s of b.statements) await client.query(sql(s));
                await client.query('COMMIT');
                if (b.full) await client.query(`CALL pg_trickle.refresh('public.by_group', full => true)`);
                await refreshAll(client, compiled.project);
                await expectOracle(client, compiled.project, `after batch ${i + 1}: ${b.statements.map(sql).join('; ')}`);
              }
              sequences++;
            } finally {
              await client.end();
            }
          });
        }),
        { numRuns: runs, seed: SEED },
      );
      expect(sequences).toBe(runs);
    }, 600_000);
  });
}

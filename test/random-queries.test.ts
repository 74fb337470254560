/**
 * The oracle over random queries: each run draws a project of 15 stream tables from a grammar
 * (test/support/random-queries.ts: joins of every kind, aggregates, HAVING, DISTINCT, set
 * operations, subqueries, WITH, stream tables over stream tables), compiles it with refresh_mode
 * AUTO, loads it with random data, then applies random DML in batches; after each batch's refresh
 * every stream table must equal a fresh run of its query. A failure names the seed, the query and
 * the batch. The grammar only writes valid queries, so a compile error fails the run too.
 *
 * Environment: TRICKLE_QUERY_RUNS (projects on PostgreSQL 18, default 12), TRICKLE_QUERY_PG15_RUNS
 * (default 4), TRICKLE_QUERY_SEED (the first project's seed; the others follow it).
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { analyzeProject } from '../compiler/compile.js';
import { withTempDatabase, type PgServer } from '../compiler/db/servers.js';
import { emitProject } from '../compiler/emit/output.js';
import { loadParser } from '../compiler/parser/adapter.js';
import { loadIntoDatabase } from '../compiler/verify/verify.js';
import { checkRandomProject, randomProject } from './support/random-queries.js';
import { pgServers } from './support/servers.js';
import { connect } from './support/trickle.js';

const RUNS: Record<string, number> = {
  'embedded-pg18': Number(process.env.TRICKLE_QUERY_RUNS ?? 12),
  'system-pg15': Number(process.env.TRICKLE_QUERY_PG15_RUNS ?? 4),
};
const SEED = Number(process.env.TRICKLE_QUERY_SEED ?? 20261206);

for (const entry of pgServers()) {
  const runs = RUNS[entry.label] ?? 4;
  describe.skipIf(entry.skipReason !== undefined)(`random queries on ${entry.label}`, () => {
    let server: PgServer | undefined;
    beforeAll(async () => {
      await loadParser();
      server = await entry.start();
    }, 120_000);
    afterAll(async () => {
      await server?.stop();
    });

    it(`${runs} random projects of 15 stream tables: each equals its query after every batch`, async (ctx) => {
      if (!server || runs === 0) return ctx.skip();
      for (let i = 0; i < runs; i++) {
        const seed = SEED + i;
        const r = randomProject(seed);
        const sources = r.sources(r.definitions);
        let project: ReturnType<typeof analyzeProject>;
        try {
          project = analyzeProject(sources);
        } catch (e) {
          throw new Error(`seed ${seed}: ${(e as Error).message}\n${r.definitions.join('\n')}`);
        }
        const files = emitProject(project);
        await withTempDatabase(server, async (url) => {
          const client = await connect(url);
          try {
            await loadIntoDatabase(client, { project, files, data: sources.data }, false);
            await checkRandomProject(client, seed, r.definitions, r.batches, project);
          } finally {
            await client.end();
          }
        });
      }
    }, 600_000);
  });
}

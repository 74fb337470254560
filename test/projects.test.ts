/**
 * Several projects in one database: the pg_trickle catalog is shared, and so is the capture of a
 * table that stream tables of two projects read (one change buffer and trigger function per
 * table). Each project's migration writes the trigger function with the columns its schema/
 * declares, so the buffer must hold every column any of them reads: a project declaring more
 * columns adds them, one declaring fewer than another's stream tables read is refused (its
 * trigger function would stop copying them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeProject, type AnalyzedProject } from '../compiler/compile.js';
import { withTempDatabase } from '../compiler/db/servers.js';
import { emitProject, migrationsToApply } from '../compiler/emit/output.js';
import { loadParser } from '../compiler/parser/adapter.js';
import { SourceText } from '../compiler/parser/source.js';
import { refreshAll, runScript } from '../compiler/verify/verify.js';
import { pgServers, type PgServer } from './support/servers.js';
import { connect, expectOracle } from './support/trickle.js';
import type pg from 'pg';

function project(name: string, table: string, stream: string): AnalyzedProject {
  return analyzeProject({
    config: { name, defaults: { schedule: '1m', refreshMode: 'DIFFERENTIAL' } },
    schema: [new SourceText('schema/001.sql', table)],
    streams: [new SourceText('streams/001.sql', stream)],
    data: [],
    changes: [],
  });
}

const WIDE = project('wide', 'CREATE TABLE t (id int PRIMARY KEY, g int, x int, y int);', 'CREATE MATERIALIZED VIEW wide_sums AS SELECT g, count(*) AS n, sum(y) AS s FROM t GROUP BY g;');
const NARROW = project('narrow', 'CREATE TABLE t (id int PRIMARY KEY, g int, x int);', 'CREATE MATERIALIZED VIEW narrow_sums AS SELECT g, sum(x) AS s FROM t GROUP BY g;');

const NARROW_TOO = project('narrow_too', 'CREATE TABLE t (id int PRIMARY KEY, g int, x int);', 'CREATE MATERIALIZED VIEW narrow_counts AS SELECT g, count(*) AS n FROM t GROUP BY g;');

async function migrate(client: pg.ClientBase, p: AnalyzedProject): Promise<void> {
  for (const f of migrationsToApply(emitProject(p))) await runScript(client, f.content, `${p.name}/${f.path}`);
}

for (const entry of pgServers()) {
  describe.skipIf(entry.skipReason !== undefined)(`two projects reading one table on ${entry.label}`, () => {
    let server: PgServer | undefined;
    beforeAll(async () => {
      await loadParser();
      server = await entry.start();
    });
    afterAll(async () => {
      await server?.stop();
    });

    const withTable = (body: (client: pg.Client) => Promise<void>) =>
      withTempDatabase(server!, async (url) => {
        const client = await connect(url);
        try {
          await client.query(`CREATE TABLE t (id int PRIMARY KEY, g int, x int, y int);
                              INSERT INTO t SELECT i, i % 4, i % 5, i FROM generate_series(1, 40) i;`);
          await body(client);
        } finally {
          await client.end();
        }
      });

    it('a project declaring more columns than the shared buffer holds adds them; both stay equal to their queries', async (ctx) => {
      if (!server) return ctx.skip();
      await withTable(async (client) => {
        await migrate(client, NARROW);
        await migrate(client, WIDE);
        await client.query(`UPDATE t SET y = y + 100, x = x + 1 WHERE id % 3 = 0; DELETE FROM t WHERE id % 7 = 0; INSERT INTO t VALUES (100, 1, 1, 1)`);
        expect(await refreshAll(client, WIDE)).toEqual(['DIFFERENTIAL']);
        expect(await refreshAll(client, NARROW)).toEqual(['DIFFERENTIAL']);
        await expectOracle(client, WIDE, 'wide');
        await expectOracle(client, NARROW, 'narrow');
      });
    });

    it('a project declaring fewer columns than the stream tables of another read is refused, and the other keeps its capture', async (ctx) => {
      if (!server) return ctx.skip();
      await withTable(async (client) => {
        await migrate(client, WIDE);
        await expect(migrate(client, NARROW)).rejects.toThrow(/stream tables read columns of public\.t that schema\/ does not declare/);
        await client.query(`UPDATE t SET y = y + 100 WHERE id % 3 = 0`);
        expect(await refreshAll(client, WIDE)).toEqual(['DIFFERENTIAL']);
        await expectOracle(client, WIDE, 'wide');
      });
    });

    it('once the stream tables reading more columns are gone, a project declaring fewer may capture the table', async (ctx) => {
      if (!server) return ctx.skip();
      await withTable(async (client) => {
        await migrate(client, NARROW);
        await migrate(client, WIDE);
        // The wider project's stream table goes (its drop script); the capture stays for the
        // narrow one, with the wider buffer, which a third project declaring fewer columns shares.
        const drop = emitProject(WIDE).find((f) => f.path.startsWith('drop/'))!;
        await runScript(client, drop.content, drop.path);
        await migrate(client, NARROW_TOO);
        await client.query(`UPDATE t SET x = x + 1 WHERE id % 3 = 0; INSERT INTO t VALUES (100, 1, 1, 1)`);
        expect(await refreshAll(client, NARROW)).toEqual(['DIFFERENTIAL']);
        expect(await refreshAll(client, NARROW_TOO)).toEqual(['DIFFERENTIAL']);
        await expectOracle(client, NARROW, 'narrow');
        await expectOracle(client, NARROW_TOO, 'narrow too');
      });
    });
  });
}

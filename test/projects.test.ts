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
import { compileHistory } from '../compiler/migrate/history.js';
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

const WIDE_STREAM = 'CREATE MATERIALIZED VIEW wide_sums AS SELECT g, count(*) AS n, sum(y) AS s FROM t GROUP BY g;';
const NARROW_STREAM = 'CREATE MATERIALIZED VIEW narrow_sums AS SELECT g, sum(x) AS s FROM t GROUP BY g;';
const WIDE = project('wide', 'CREATE TABLE t (id int PRIMARY KEY, g int, x int, y int);', WIDE_STREAM);
const NARROW = project('narrow', 'CREATE TABLE t (id int PRIMARY KEY, g int, x int);', NARROW_STREAM);

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

    // Regression: a column both projects retype (int to numeric(10,2)) kept its old type in the
    // shared buffer, which the first migration does not recreate while the other project reads
    // the table: every captured value was cast back to int (10.25 stored as 10), for good.
    it('a column retyped in both projects is retyped in the shared buffer, its pending changes kept', async (ctx) => {
      if (!server) return ctx.skip();
      const streams: Record<string, string> = {
        sums: 'CREATE MATERIALIZED VIEW x_sums AS SELECT g, sum(x) AS s FROM t GROUP BY g;',
        rows: 'CREATE MATERIALIZED VIEW x_rows AS SELECT id, x FROM t WHERE x > 2;',
      };
      const version = (name: string, type: string) => project(name, `CREATE TABLE t (id int PRIMARY KEY, g int, x ${type}, y int);`, streams[name]!);
      const history = (name: string) => {
        const first = compileHistory(version(name, 'int'), new Map(), 'plain');
        const next = compileHistory(version(name, 'numeric(10,2)'), new Map(first.files.map((f) => [f.path, f.content])), 'plain');
        const up = (h: typeof first, before: typeof first['files']) => h.files.filter((f) => f.role === 'up' && !before.some((g) => g.path === f.path)).map((f) => f.content);
        return { first: up(first, []), next: up(next, first.files) };
      };
      await withTable(async (client) => {
        const sums = history('sums');
        const rows = history('rows');
        for (const sql of [...sums.first, ...rows.first]) await runScript(client, sql, 'first');
        await client.query('UPDATE t SET x = x + 1 WHERE id % 5 = 0');
        await runScript(client, ['ALTER TABLE t ALTER COLUMN x TYPE numeric(10,2);', ...sums.next].join('\n'), 'sums retyped');
        await client.query('UPDATE t SET x = x + 0.5 WHERE id % 4 = 0');
        for (const sql of rows.next) await runScript(client, sql, 'rows retyped');
        await client.query('UPDATE t SET x = x + 0.25 WHERE id % 3 = 0; INSERT INTO t VALUES (100, 1, 2.5, 1)');
        for (const p of [version('sums', 'numeric(10,2)'), version('rows', 'numeric(10,2)')]) {
          expect(await refreshAll(client, p)).toEqual(['DIFFERENTIAL']);
          await expectOracle(client, p, p.name);
        }
      });
    });
  });
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { withTempDatabase, type PgServer } from '../compiler/db/servers.js';
import { pgServers } from './support/servers.js';

async function query<R extends pg.QueryResultRow>(url: string, sql: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
}

for (const entry of pgServers()) {
  describe.skipIf(entry.skipReason !== undefined)(entry.label, () => {
    let server: PgServer | undefined;

    beforeAll(async () => {
      const t0 = Date.now();
      server = await entry.start();
      if (server === undefined) console.warn(`[trickle tests] ${entry.label} is not available; skipping`);
      else console.log(`[trickle tests] ${server.label} (PostgreSQL ${server.version}) started in ${Date.now() - t0} ms`);
    });

    afterAll(async () => {
      await server?.stop();
      await server?.stop(); // idempotent
    });

    it('answers select version()', async (ctx) => {
      if (!server) return ctx.skip(`${entry.label} not available`);
      const [row] = await query<{ version: string }>(server.adminUrl(), 'select version()');
      expect(row?.version).toMatch(new RegExp(`^PostgreSQL ${server.version}\\.`));
      expect(server.adminUrl()).toMatch(/^postgresql:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);
    });

    it('creates, uses and drops a temp database', async (ctx) => {
      if (!server) return ctx.skip(`${entry.label} not available`);
      const srv = server;
      let dbName = '';
      const result = await withTempDatabase(srv, async (url) => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          dbName = (await client.query<{ db: string }>('select current_database() as db')).rows[0]!.db;
          await client.query('create table t (id int primary key, name text not null)');
          await client.query(`insert into t values (1, 'a'), (2, 'b'), (3, 'c')`);
          const rows = (await client.query<{ id: number; name: string }>('select id, name from t order by id')).rows;
          const snap = (await client.query<{ s: string }>('select pg_current_snapshot()::text as s')).rows[0]!.s;
          expect(snap).toMatch(/^\d+:\d+:[\d,]*$/);
          return rows;
        } finally {
          await client.end();
        }
      });
      expect(result).toEqual([
        { id: 1, name: 'a' },
        { id: 2, name: 'b' },
        { id: 3, name: 'c' },
      ]);
      expect(dbName).toMatch(/^trickle_/);
      const left = await query<{ n: number }>(srv.adminUrl(), `select count(*)::int as n from pg_database where datname = '${dbName}'`);
      expect(left[0]?.n).toBe(0);
    });
  });
}

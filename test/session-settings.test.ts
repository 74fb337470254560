/**
 * What an expression yields may depend on the session: date_trunc of a timestamptz and ::date on
 * the time zone, ::text of a date or a float on DateStyle and extra_float_digits. A stream table's
 * rows are first computed in the session that creates it; a refresh from a session with other
 * settings must still compute its changes the same way, or they no longer match the stored rows
 * (the refresh functions pin those settings, templates/stream_table.sql.hbs).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeProject } from '../compiler/compile.js';
import { withTempDatabase } from '../compiler/db/servers.js';
import { emitProject } from '../compiler/emit/output.js';
import { loadParser } from '../compiler/parser/adapter.js';
import { SourceText } from '../compiler/parser/source.js';
import { loadIntoDatabase } from '../compiler/verify/verify.js';
import { pgServers, type PgServer } from './support/servers.js';
import { connect, expectOracle } from './support/trickle.js';

const SCHEMA = `CREATE TABLE ev (id int PRIMARY KEY, at timestamptz, v float8, b bytea, doc text, tag text);`;
const STREAMS = `
CREATE MATERIALIZED VIEW per_day AS SELECT date_trunc('day', at) AS d, count(*) AS n FROM ev GROUP BY 1;
CREATE MATERIALIZED VIEW as_text AS SELECT at::date AS d, at::text AS t, v::text AS vt FROM ev;
CREATE MATERIALIZED VIEW days_seen AS SELECT DISTINCT at::date AS d FROM ev;
CREATE MATERIALIZED VIEW texts AS SELECT id, b::text AS bt, to_tsvector(doc)::text AS words, ('{x,' || tag || '}')::text[] AS tags FROM ev;
`;
const DATA = `INSERT INTO ev SELECT i, timestamptz '2026-01-01 00:00+00' + i * interval '5 hours', i / 3.0, '\\x00ff', 'the cats sat', 'NULL' FROM generate_series(1, 20) i;`;

for (const entry of pgServers()) {
  describe.skipIf(entry.skipReason !== undefined)(`session settings on ${entry.label}`, () => {
    let server: PgServer | undefined;
    beforeAll(async () => {
      await loadParser();
      server = await entry.start();
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('a refresh from a session with another time zone, output styles, text search configuration and array_nulls keeps every stream table equal to its query', async (ctx) => {
      if (!server) return ctx.skip();
      const project = analyzeProject({
        config: { name: 'settings', defaults: { schedule: '1m', refreshMode: 'DIFFERENTIAL' } },
        schema: [new SourceText('schema/001.sql', SCHEMA)],
        streams: [new SourceText('streams/001.sql', STREAMS)],
        data: [new SourceText('data/001.sql', DATA)],
        changes: [],
      });
      await withTempDatabase(server, async (url) => {
        const client = await connect(url);
        const other = await connect(url);
        try {
          await client.query(`SET TimeZone = 'UTC'`);
          await loadIntoDatabase(client, { project, files: emitProject(project), data: [new SourceText('data/001.sql', DATA)] });
          await other.query(`SET TimeZone = 'Asia/Tokyo'; SET DateStyle = 'German, DMY'; SET IntervalStyle = 'sql_standard'; SET extra_float_digits = 0; SET bytea_output = 'escape'; SET default_text_search_config = 'pg_catalog.simple'; SET array_nulls = off`);
          await client.query(`INSERT INTO ev SELECT i, timestamptz '2026-01-01 00:00+00' + i * interval '7 hours', 0.1, '\\x0102', 'the dogs ran', 'NULL' FROM generate_series(21, 40) i; DELETE FROM ev WHERE id < 5; UPDATE ev SET at = at + interval '13 hours' WHERE id % 3 = 0`);
          for (const name of ['per_day', 'as_text', 'days_seen', 'texts']) await other.query(`CALL pg_trickle.refresh($1)`, [name]);
          const kinds = await client.query<{ k: string }>(`SELECT last_refresh_kind AS k FROM pg_trickle.pgt_stream_tables ORDER BY pgt_name`);
          expect(kinds.rows.map((r) => r.k)).toEqual(['DIFFERENTIAL', 'DIFFERENTIAL', 'DIFFERENTIAL', 'DIFFERENTIAL']);
          await expectOracle(client, project);
        } finally {
          await client.end();
          await other.end();
        }
      });
    });
  });
}

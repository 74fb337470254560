/**
 * An output column without an alias is named as PostgreSQL names it (FigureColname): the stream
 * table has the columns its query has, so `SELECT ... FROM stream_table` reads as the query would.
 * The oracle here is PostgreSQL itself: the defining query's own column names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeProject } from '../compiler/compile.js';
import { withTempDatabase } from '../compiler/db/servers.js';
import { emitProject } from '../compiler/emit/output.js';
import { loadParser } from '../compiler/parser/adapter.js';
import { SourceText } from '../compiler/parser/source.js';
import { loadIntoDatabase } from '../compiler/verify/verify.js';
import { pgServers, type PgServer } from './support/servers.js';
import { connect } from './support/trickle.js';

const SCHEMA = `
CREATE TABLE t (id int PRIMARY KEY, a int, b text, j jsonb);
CREATE TABLE u (id int PRIMARY KEY, t_id int, x numeric);
`;

/** Unnamed output expressions over t, one stream table each. */
const EXPRESSIONS = [
  'a', 't.b', 'j', 'a + 1', '-a', 'a IS NULL', 'a::text', 'CAST(b AS varchar)', 'b::text::int',
  'coalesce(a, 0)', 'nullif(a, 1)', 'greatest(a, 2)', 'least(a, 3)', "CASE WHEN a > 1 THEN 'x' END", "CASE WHEN a > 1 THEN b ELSE 'y' END",
  'upper(b)', "b || '!'", 'lower(b) COLLATE "C"', "j -> 'k'", "j ->> 'k'", "(j -> 'k')::text",
  'ARRAY[a, 2]', 'ROW(a, b)::text', '(SELECT max(u.x) FROM u WHERE u.t_id = t.id)', '(SELECT u.x AS z FROM u WHERE u.id = t.a)',
  '(SELECT u.x FROM u WHERE u.id = t.a)', 'EXISTS (SELECT 1 FROM u WHERE u.t_id = t.id)', '(SELECT count(*) FROM u WHERE u.t_id = t.id)',
  '1', "'lit'", 'true', 'to_jsonb(t)', '(t).b', "date '2026-01-01'", "interval '1 day'", 'current_date - current_date',
  'xmlelement(name x, b)', "xmlconcat('<a/>', '<b/>')", "xmlforest(a, b)",
];

/** SQL/JSON constructors, PostgreSQL 16 and later. */
const EXPRESSIONS_16 = ["json_array(a, b)", "json_object('k': a)", "json_scalar(a)", "json(b)", "json_serialize(j)"];

for (const entry of pgServers()) {
  describe.skipIf(entry.skipReason !== undefined)(`column names on ${entry.label}`, () => {
    let server: PgServer | undefined;
    beforeAll(async () => {
      await loadParser();
      server = await entry.start();
    });
    afterAll(async () => {
      await server?.stop();
    });

    it("every unnamed output column of a stream table has the name PostgreSQL gives it in the query", async (ctx) => {
      if (!server) return ctx.skip();
      await withTempDatabase(server, async (url) => {
        const client = await connect(url);
        try {
          const version = Number((await client.query<{ v: string }>('SHOW server_version_num')).rows[0]!.v);
          const expressions = [...EXPRESSIONS, ...(version >= 160000 ? EXPRESSIONS_16 : [])];
          const streams = expressions.map((e, i) => `CREATE MATERIALIZED VIEW names_${i} AS SELECT t.id AS key, ${e} FROM t;`).join('\n');
          const project = analyzeProject({
            config: { name: 'names', defaults: { schedule: '1m', refreshMode: 'AUTO' } },
            schema: [new SourceText('schema/001.sql', SCHEMA)],
            streams: [new SourceText('streams/001.sql', streams)],
            data: [],
            changes: [],
          });
          await loadIntoDatabase(client, { project, files: emitProject(project), data: [] });
          for (const st of project.streams) {
            const query = await client.query(`SELECT * FROM (${st.definingQuery}) AS q LIMIT 0`);
            const stored = await client.query(`SELECT * FROM ${st.name.name} LIMIT 0`);
            const visible = stored.fields.map((f) => f.name).filter((n) => !n.startsWith('__pgt_'));
            expect(visible, `${st.name.name}: ${st.definingQuery}`).toEqual(query.fields.map((f) => f.name));
          }
        } finally {
          await client.end();
        }
      });
    });
  });
}

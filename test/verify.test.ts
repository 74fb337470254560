/**
 * Every fixture through `verify` on every server: load schema, data and the
 * compiled scripts, check the oracle, then after each changes/ step refresh
 * every stream table and check again.
 */
import { readdirSync, existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTempDatabase, type PgServer } from '../compiler/db/servers.js';
import { verifyDatabase } from '../compiler/verify/verify.js';
import { copyAsInserts } from '../compiler/verify/copy.js';
import { SourceText } from '../compiler/parser/source.js';
import { pgServers } from './support/servers.js';
import { compileFixture } from './support/trickle.js';
import { analyzeProject } from '../compiler/compile.js';
import { emitProject } from '../compiler/emit/output.js';
import { loadParser } from '../compiler/parser/adapter.js';

const fixtures = readdirSync('fixtures')
  .filter((d) => existsSync(`fixtures/${d}/streams`))
  .sort();

for (const entry of pgServers()) {
  describe.skipIf(entry.skipReason !== undefined)(`verify on ${entry.label}`, () => {
    let server: PgServer | undefined;
    beforeAll(async () => {
      server = await entry.start();
    });
    afterAll(async () => {
      await server?.stop();
    });

    for (const name of fixtures) {
      it(`fixtures/${name}: every stream table equals its query after every step`, async () => {
        const f = await compileFixture(`fixtures/${name}`);
        const log: string[] = [];
        const report = await withTempDatabase(server!, (url) =>
          verifyDatabase(url, { project: f.project, files: f.files, data: f.sources.data, changes: f.sources.changes }, (l) => log.push(l)),
        );
        expect(report.ok, log.join('\n')).toBe(true);
        expect(report.steps).toBe(1 + f.sources.changes.length);
      });
    }

    it('an error in a change step is reported at its line and column in the file', async () => {
      const f = await compileFixture('fixtures/shop');
      const bad = new SourceText('changes/bad.sql', "UPDATE orders SET status = 'paid' WHERE id = 1;\nUPDATE orders SET status = 'paid' WHERE id = = 2;\n");
      const run = withTempDatabase(server!, (url) => verifyDatabase(url, { project: f.project, files: f.files, data: f.sources.data, changes: [bad] }, () => undefined));
      await expect(run).rejects.toThrow(/^changes\/bad\.sql:2:46: syntax error at or near "="$/);
    });

    // Regression: every table with a virtual generated column was refreshed in full (an error
    // under DIFFERENTIAL), read or not; its value is not captured, so only reading it is refused.
    it.skipIf(entry.label !== 'embedded-pg18')('a table with a virtual generated column (PostgreSQL 18) is maintained where the query does not read it', async () => {
      await loadParser();
      const sources = {
        config: { name: 'virtual', defaults: { schedule: '1m', refreshMode: 'AUTO' as const } },
        schema: [new SourceText('schema/001.sql', 'CREATE TABLE t (id int PRIMARY KEY, a int, dbl int GENERATED ALWAYS AS (a * 2), st int GENERATED ALWAYS AS (a * 3) STORED);')],
        streams: [
          new SourceText(
            'streams/001.sql',
            [
              'CREATE MATERIALIZED VIEW unread AS SELECT id, a, st FROM t;',
              'CREATE MATERIALIZED VIEW grouped AS SELECT a, count(*) AS n, sum(st) AS s FROM (SELECT id, a, dbl, st FROM t) x GROUP BY a;',
              'CREATE MATERIALIZED VIEW read AS SELECT id, dbl FROM t WHERE a > 0;',
            ].join('\n'),
          ),
        ],
        data: [new SourceText('data/001.sql', 'INSERT INTO t (id, a) VALUES (1, 1), (2, 2), (3, NULL);')],
        changes: [new SourceText('changes/001.sql', 'UPDATE t SET a = a + 1;\nDELETE FROM t WHERE id = 2;\nINSERT INTO t (id, a) VALUES (4, 4);')],
      };
      const project = analyzeProject(sources);
      expect(project.streams.map((st) => `${st.name.name}: ${st.mode}`)).toEqual(['grouped: DIFFERENTIAL', 'read: FULL', 'unread: DIFFERENTIAL']);
      const log: string[] = [];
      const report = await withTempDatabase(server!, (url) => verifyDatabase(url, { project, files: emitProject(project), data: sources.data, changes: sources.changes }, (l) => log.push(l)));
      expect(report.ok, log.join('\n')).toBe(true);
    });

    it('a type error of a query, which only the migration finds, names the stream table and where it is defined', async () => {
      await loadParser();
      const sources = {
        config: { name: 'typed', defaults: { schedule: '1m', refreshMode: 'DIFFERENTIAL' as const } },
        schema: [new SourceText('schema/001.sql', 'CREATE TABLE t (id int PRIMARY KEY, name text);')],
        streams: [new SourceText('streams/001.sql', 'CREATE MATERIALIZED VIEW fine AS SELECT id FROM t;\nCREATE MATERIALIZED VIEW typed AS SELECT id, sum(name) AS s FROM t GROUP BY id;')],
        data: [],
        changes: [],
      };
      const project = analyzeProject(sources);
      const run = withTempDatabase(server!, (url) => verifyDatabase(url, { project, files: emitProject(project), data: [], changes: [] }, () => undefined));
      await expect(run).rejects.toThrow(/^0001_initial\.sql:\d+:\d+: function sum\(text\) does not exist\n  in the section that creates stream table public\.typed, defined at streams\/001\.sql:2:26$/);
    });
  });
}

describe('COPY ... FROM stdin in data/ and changes/', () => {
  it('reads as INSERTs of the same values, \\N as NULL and backslash escapes as COPY reads them, on the rows\' lines', () => {
    const text = ['SET x = 1;', 'COPY public."Odd Name" (id, note) FROM stdin;', '1\tit\'s\\ta\\\\b', '2\t\\N', '\\.', 'SELECT 1;'].join('\n');
    expect(copyAsInserts(text).split('\n')).toEqual([
      'SET x = 1;',
      '-- COPY public."Odd Name" (id, note) FROM stdin;',
      `INSERT INTO public."Odd Name" (id, note) VALUES ('1', E'it''s\ta\\\\b');`,
      `INSERT INTO public."Odd Name" (id, note) VALUES ('2', NULL);`,
      '',
      'SELECT 1;',
    ]);
    // Octal and hex escapes are bytes of the UTF-8 text (psql's COPY reads caf\303\251 as café).
    expect(copyAsInserts('COPY t (a) FROM stdin;\ncaf\\303\\251 \\xc3\\xa9\\101\n\\.')).toBe("-- COPY t (a) FROM stdin;\nINSERT INTO t (a) VALUES ('café éA');\n");
    expect(copyAsInserts('COPY t FROM stdin WITH (FORMAT csv);\n1,2\n\\.')).toBe('COPY t FROM stdin WITH (FORMAT csv);\n1,2\n\\.');
  });
});


/**
 * SUM and AVG of floating-point values are recomputed per changed group, never kept as running
 * totals (bind/bind.ts, mayBeFloat): which aggregates the binder so marks, and that the mark
 * follows a float through expressions, unions and aggregates into the stream tables reading them.
 * (fixtures/names_and_types, changes 006-007, checks the refreshes on PostgreSQL.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeProject } from '../compiler/compile.js';
import type { Op } from '../compiler/ir/ops.js';
import { loadParser } from '../compiler/parser/adapter.js';
import { SourceText } from '../compiler/parser/source.js';

const SCHEMA = `
CREATE DOMAIN dfloat AS double precision;
CREATE TABLE t (id integer PRIMARY KEY, g integer, d double precision, r real, n numeric(8,2), i integer, f8 float8, fl float, fa float8[], b bigint, m money, doc text, p point);
CREATE TABLE dist (id integer, g integer, d double precision, n numeric(8,2), PRIMARY KEY (g, id));
SELECT create_distributed_table('dist', 'g');
`;

function aggregatesOf(streams: string): Map<string, string[]> {
  const project = analyzeProject({
    config: { name: 'floats', defaults: { schedule: '1m', refreshMode: 'DIFFERENTIAL' as const } },
    schema: [new SourceText('schema/001.sql', SCHEMA)],
    streams: [new SourceText('streams/001.sql', streams)],
    data: [],
    changes: [],
  });
  const out = new Map<string, string[]>();
  const find = (op: Op): Op | undefined => (op.kind === 'aggregate' ? op : 'input' in op ? find(op.input) : undefined);
  for (const st of project.streams) {
    const agg = st.op && find(st.op);
    out.set(st.name.name, agg?.kind === 'aggregate' ? agg.aggregates.map((a) => `${a.fn}${a.inexact ? ' (inexact)' : ''}`) : []);
  }
  return out;
}

describe('floating-point SUM and AVG', () => {
  beforeAll(loadParser);

  it('are recomputed over float columns, float casts and float functions; exact types keep running totals', () => {
    const fns = aggregatesOf(`
      CREATE MATERIALIZED VIEW floats AS SELECT g, sum(d) AS a, avg(r) AS b, sum(f8) AS c, avg(fl) AS e FROM t GROUP BY g;
      CREATE MATERIALIZED VIEW casts AS SELECT g, sum(i::float8) AS a, avg(n::real) AS b, sum(sqrt(i)) AS c, sum(i * d) AS e FROM t GROUP BY g;
      CREATE MATERIALIZED VIEW exact AS SELECT g, sum(n) AS a, avg(i) AS b, sum(i * 2) AS c, avg(n * i) AS e, count(d) AS f, max(d) AS h FROM t GROUP BY g;
    `);
    expect(fns.get('floats')).toEqual(['recompute', 'recompute', 'recompute', 'recompute']);
    expect(fns.get('casts')).toEqual(['recompute', 'recompute', 'recompute', 'recompute']);
    expect(fns.get('exact')).toEqual(['sum', 'avg', 'sum', 'avg', 'count', 'max']);
  });

  it('are recomputed over values PostgreSQL computes as floats: ^, round() and the like of an integer, an array element, a cast to a float domain', () => {
    const fns = aggregatesOf(`
      CREATE MATERIALIZED VIEW implicit AS SELECT g, sum(i ^ 3) AS a, avg(|/ i) AS b, sum(round(b)) AS c, sum(trunc(i)) AS e, sum(fa[1]) AS f, sum(b::dfloat) AS h FROM t GROUP BY g;
      CREATE MATERIALIZED VIEW still_exact AS SELECT g, sum(round(n)) AS a, sum(trunc(n, 1)) AS b, sum(abs(i)) AS c FROM t GROUP BY g;
    `);
    expect(fns.get('implicit')).toEqual(['recompute', 'recompute', 'recompute', 'recompute', 'recompute', 'recompute']);
    expect(fns.get('still_exact')).toEqual(['sum', 'sum', 'sum']);
  });

  // Regression: these were kept as running totals (the float comes from the function, not from a
  // float argument), and drifted from the query after deletions.
  it('are recomputed over the built-in functions and operators that make floats of other types', () => {
    const fns = aggregatesOf(`
      CREATE MATERIALIZED VIEW made AS SELECT g, sum(p <-> point(0, 0)) AS a, sum(ts_rank(to_tsvector(doc), to_tsquery('a'))) AS b, avg(m / m) AS c, sum(date_part('hour', now_ish)) AS e
        FROM (SELECT g, p, doc, m, '2020-01-01'::timestamp + i * interval '1 hour' AS now_ish FROM t) x GROUP BY g;
      CREATE MATERIALIZED VIEW of_aggregates AS SELECT sum(c) AS a, avg(q) AS b FROM (SELECT g, corr(i, b) AS c, percentile_cont(0.5) WITHIN GROUP (ORDER BY i) AS q FROM t GROUP BY g) x;
      CREATE MATERIALIZED VIEW of_windows AS SELECT g, sum(pr) AS a FROM (SELECT g, percent_rank() OVER (PARTITION BY g ORDER BY id) AS pr FROM t) x GROUP BY g;
      CREATE MATERIALIZED VIEW lengths AS SELECT g, sum(length(doc)) AS a, sum(m) AS b FROM t GROUP BY g;
    `);
    expect(fns.get('made')).toEqual(['recompute', 'recompute', 'recompute', 'recompute']);
    expect(fns.get('of_aggregates')).toEqual(['recompute', 'recompute']);
    expect(fns.get('of_windows')).toEqual(['recompute']);
    expect(fns.get('lengths')).toEqual(['sum', 'sum']);
  });

  // Regression: a field of a composite value ((p).x of a column of a type with a float8 field)
  // was kept as a running total; its field types are not recorded, so any field may be a float.
  it('are recomputed over a field of a composite value', () => {
    const fns = aggregatesOf(`
      CREATE MATERIALIZED VIEW fields AS SELECT g, sum((x.c).f1) AS a, avg((x.c).f2) AS b, sum(x.i) AS c FROM (SELECT g, i, row(d, i) AS c FROM t) x GROUP BY g;
    `);
    expect(fns.get('fields')).toEqual(['recompute', 'recompute', 'sum']);
  });

  it('follow a float through a stream table, an expression, a union and an aggregate below', () => {
    const fns = aggregatesOf(`
      CREATE MATERIALIZED VIEW layer AS SELECT id, g, d * 2 AS d2, n AS n2 FROM t;
      CREATE MATERIALIZED VIEW over_layer AS SELECT g, sum(d2) AS a, sum(n2) AS b FROM layer GROUP BY g;
      CREATE MATERIALIZED VIEW per_group AS SELECT g, avg(d) AS a, sum(n) AS b FROM t GROUP BY g;
      CREATE MATERIALIZED VIEW over_groups AS SELECT count(*) AS c, sum(a) AS a, sum(b) AS b FROM per_group;
      CREATE MATERIALIZED VIEW mixed AS SELECT sum(x) AS s FROM (SELECT n AS x FROM t UNION ALL SELECT d FROM t) AS u;
    `);
    expect(fns.get('over_layer')).toEqual(['recompute', 'sum']);
    expect(fns.get('over_groups')).toEqual(['count', 'recompute', 'sum']);
    expect(fns.get('mixed')).toEqual(['recompute']);
  });

  it('over a Citus distributed table stay running totals, marked inexact (a deletion recomputes in full)', () => {
    const fns = aggregatesOf(`
      CREATE MATERIALIZED VIEW over_dist AS SELECT g, sum(d) AS a, avg(d * 2) AS b, sum(n) AS c FROM dist GROUP BY g;
    `);
    expect(fns.get('over_dist')).toEqual(['sum (inexact)', 'avg (inexact)', 'sum']);
  });
});

/** Renders an analyzed project into its SQL files (pure: returns paths and contents). */
import { qualifiedKey, type QualifiedName } from '../catalog/catalog.js';
import type { AnalyzedProject, CompiledStreamTable } from '../compile.js';
import { BOUNDS, NODES, NODES_SEEN, PREV, PREV_BY_SOURCE, bufferName, pulledChanges, unconsumedChanges, releaseDistributedSql, bufferTable, frontierCaptureSql, releaseBoundSql, releaseBoundVar, releaseCteName, releaseSmallSql, releaseSmallVar, releaseSql, releaseTruncationsSql, stableHash, stableName, unconsumed } from '../diff/context.js';
import { beneathProjections, explainOp, inputsOf, scansOf, type Op } from '../ir/ops.js';
import { aggregateShape } from '../diff/plan.js';
import { LOCAL, onCoordinator, type Placement } from '../catalog/placement.js';
import { comment, columnList, indent, insertTarget } from '../sql/fragments.js';
import { commentText, ident, literal, literalOrNull, qualified } from '../sql/quote.js';
import { intervalSql, type Schedule } from '../schedule/schedule.js';
import { copyViewsSql, joinGuardSql, lockedFullSql, pullChangesBlock } from './citus.js';
import { describeOp } from './describe.js';
import { refreshFunctionName, rowIdIndexName, triggerFunctionName, triggerName } from './naming.js';
import { renderTemplate, templateText } from './templates.js';

export const TRICKLE_VERSION = '0.1.0';

/** The pg_cron job that keeps every stream table of the database fresh (a no-op with a notice without pg_cron). */
export function scheduleJobSql(): string {
  return renderTemplate('pg_cron.sql.hbs', { jobName: literal('trickle_refresh_due') });
}

/** Sources whose changes some DIFFERENTIAL stream table reads. */
export interface TrackedSource {
  readonly name: QualifiedName;
  readonly kind: 'table' | 'stream';
  readonly columns: string[];
  /** Where the source lives (a stream table's storage is a local table). */
  readonly placement: Placement;
  /** A partitioned table: captured by row-level triggers. */
  readonly partitioned: boolean;
}

export function trackedSources(p: AnalyzedProject): Map<string, TrackedSource> {
  const out = new Map<string, TrackedSource>();
  // By name, not searched per source: a project can have thousands.
  const streams = new Map<string, CompiledStreamTable>();
  for (const x of p.streams) if (!streams.has(qualifiedKey(x.name))) streams.set(qualifiedKey(x.name), x);
  for (const st of p.streams) {
    for (const s of st.sources) {
      if (!s.consumesChanges) continue;
      const key = qualifiedKey(s.name);
      const columns =
        s.kind === 'table'
          ? p.catalog.tables.get(key)!.columns.map((c) => c.name)
          : streams.get(key)!.columns.map((c) => c.name);
      out.set(key, { name: s.name, kind: s.kind, columns, placement: s.placement, partitioned: s.partitioned });
    }
  }
  return out;
}

/** The first statement of every migration and down script (see the template). */
export function migrationGuardSql(): string {
  return templateText('migration_guard.sql');
}

export function catalogSql(): string {
  return renderTemplate('catalog.sql.hbs', { version: TRICKLE_VERSION, schedule: templateText('schedule.sql').trim() });
}

export function cdcSql(source: QualifiedName, kind: string, columns: readonly string[], placement: Placement = LOCAL, partitioned = false): string {
  const sn = stableName(source);
  return renderTemplate(placement.kind === 'distributed' ? 'cdc_distributed.sql.hbs' : 'cdc.sql.hbs', {
    distributionColumn: placement.kind === 'distributed' ? commentText(ident(placement.column)) : '',
    distributionColumnLit: placement.kind === 'distributed' ? literal(placement.column) : '',
    sourceRegclass: regclassOf(source),
    bufferRegclass: `${literal(bufferTable(source))}::regclass`,
    sourceNameLit: literal(qualified(source.schema, source.name)),
    bufferTableLit: literal(bufferTable(source)),
    // Format strings for EXECUTE (their one %s is the buffer's shard): a % in a name is doubled.
    insertOld: literal(
      `INSERT INTO %s (__pgt_xid, __pgt_node, __pgt_action, ${columnList(columns).replace(/%/g, '%%')}) SELECT pg_catalog.pg_current_xact_id(), $1, 'D', ${columnList(columns, 'o').replace(/%/g, '%%')} FROM __pgt_old AS o`,
    ),
    insertNew: literal(
      `INSERT INTO %s (__pgt_xid, __pgt_node, __pgt_action, ${columnList(columns).replace(/%/g, '%%')}) SELECT pg_catalog.pg_current_xact_id(), $1, 'I', ${columnList(columns, 'n').replace(/%/g, '%%')} FROM __pgt_new AS n`,
    ),
    sourceName: commentText(sn),
    sourceKind: kind,
    reference: onCoordinator(placement),
    placementLit: literal(placement.kind),
    citusKind: placement.kind === 'reference' ? 'reference' : placement.kind === 'citus_local' ? 'local' : '',
    sourceTable: qualified(source.schema, source.name),
    bufferTable: bufferTable(source),
    bufferComment: literal(`trickle: changes of ${sn}`),
    sourceColumns: columnList(columns, 's'),
    columnNamesLit: `ARRAY[${columns.map(literal).join(', ')}]::text[]`,
    columns: columnList(columns),
    newColumns: columnList(columns, 'n'),
    oldColumns: columnList(columns, 'o'),
    rowLevel: partitioned,
    newRecord: columnList(columns, 'new'),
    oldRecord: columnList(columns, 'old'),
    triggerFunction: qualified('pg_trickle_changes', triggerFunctionName(source)),
    triggerIns: ident(triggerName(source, 'ins')),
    triggerUpd: ident(triggerName(source, 'upd')),
    triggerDel: ident(triggerName(source, 'del')),
    triggerTrunc: ident(triggerName(source, 'trunc')),
    stableNameLit: literal(sn),
    schemaLit: literal(source.schema),
    tableLit: literal(source.name),
    hashLit: literal(stableHash(sn)),
    bufferNameLit: literal(bufferName(source)),
    triggerFunctionNameLit: literal(triggerFunctionName(source)),
  });
}

/**
 * The sources (by `schema.name`) of aggregates without GROUP BY that a join reads beside other
 * rows: one value, computed over all of their rows, that each joined row reads.
 */
function globalValueSources(op: Op | undefined): Set<string> {
  const out = new Set<string>();
  const global = (o: Op): boolean => {
    const below = beneathProjections(o);
    return below.kind === 'aggregate' && below.groupBy.length === 0 && !below.groupingSets;
  };
  const visit = (o: Op): void => {
    if (o.kind === 'join' || o.kind === 'outer_join') {
      for (const input of inputsOf(o)) if (global(input)) for (const scan of scansOf(input)) out.add(qualifiedKey(scan.source.name));
    }
    inputsOf(o).forEach(visit);
  };
  if (op) visit(op);
  return out;
}

/** `'schema.name'::regclass` */
function regclassOf(name: QualifiedName): string {
  return `${literal(qualified(name.schema, name.name))}::regclass`;
}

/** The variable holding a source's partitions (or inheritance children) as the stream table last read them. */
function partitionsVar(source: QualifiedName): string {
  return `__pgt_parts_${stableHash(stableName(source))}`;
}

/** A stream table's objects; `adopting` keeps an existing storage table and its rows (trickle adopt). */
export function streamTableSql(st: CompiledStreamTable, ownCdc: string | undefined, opts: { adopting?: boolean } = {}): string {
  const table = qualified(st.name.schema, st.name.name);
  const sn = stableName(st.name);
  const plan = st.plan;
  const visible = st.columns.map((c) => c.name);
  const hidden = plan ? plan.hidden : [];
  // Refreshed in full, the query's columns are taken by name: a * over a stream table that trickle
  // could not spell out (bind/stream-stars.ts) would bring that table's hidden columns along.
  const fullOfQuery = `SELECT ${visible.length ? columnList(visible, 'q') : '*'} FROM (\n${indent(st.definingQuery, 2)}\n) AS q`;
  const storageQuery = plan ? plan.storageQuery : fullOfQuery;
  const storageColumns = [...visible, ...hidden];
  const consumed = st.sources.filter((s) => s.consumesChanges);
  // Distributed sources' changes are pulled into temporary tables first; their buffers are released
  // by statements of their own (see diff/context.ts).
  const distributed = consumed.filter((s) => s.placement.kind === 'distributed');
  const localBuffers = consumed.filter((s) => s.placement.kind !== 'distributed');
  const noChanges = consumed.map((s) =>
    s.placement.kind === 'distributed' ? `NOT EXISTS (SELECT FROM ${pulledChanges(s.name)})` : `NOT EXISTS (${unconsumedChanges(s.name)})`,
  );
  const largeChange = localBuffers.map((s) => {
    // A Citus reference table's rows are in its shards: its coordinator's copy has them all.
    const regclass = regclassOf(s.name);
    const source = onCoordinator(s.placement) ? `pg_trickle.coordinator_copy(${regclass})` : regclass;
    // A partitioned table has no storage of its own (and no row estimate): its leaves have.
    const size = s.partitioned
      ? `(SELECT coalesce(sum(pg_relation_size(p.relid)), 0) FROM pg_partition_tree(${source}) AS p WHERE p.isleaf)`
      : `pg_relation_size(${source})`;
    const rows = s.partitioned
      ? `(SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) FROM pg_partition_tree(${source}) AS p JOIN pg_class AS c ON c.oid = p.relid WHERE p.isleaf)`
      : `(SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = ${source})`;
    return [
      `IF __pgt_reason IS NULL AND pg_relation_size(${literal(bufferTable(s.name))}::regclass) > __pgt_full_ratio * ${size} THEN`,
      `    SELECT count(*) INTO __pgt_changes FROM ${bufferTable(s.name)} AS c WHERE ${unconsumed('c')};`,
      `    IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * ${rows} THEN`,
      `        __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, ${literal(stableName(s.name))}, round((__pgt_full_ratio * 100)::numeric, 1));`,
      `    END IF;`,
      `END IF;`,
    ].join('\n');
  });
  // A value computed over all of a source's rows that every row reads (`amount - (SELECT
  // avg(amount) FROM orders)`): a change that moves it changes every row, which a differential
  // refresh computes twice (as it was, as it is) and merges, 4-9 times the cost of computing them
  // once. A stream table of many rows is refreshed in full when such a source changed.
  const global = globalValueSources(st.op);
  const everyRow = localBuffers
    .filter((s) => global.has(qualifiedKey(s.name)))
    .map((s) =>
      [
        `IF __pgt_reason IS NULL AND EXISTS (${unconsumedChanges(s.name)}) AND EXISTS (SELECT FROM ${qualified(st.name.schema, st.name.name)} OFFSET 999) THEN`,
        `    __pgt_reason := ${literal(`changes of ${stableName(s.name)} may change a value every row reads (an aggregate of a subquery without GROUP BY)`)};`,
        `END IF;`,
      ].join('\n'),
    );
  const releaseCtes = (snapshot?: string, by = 4) =>
    consumed.length
      ? [
          ...localBuffers.map((s) => `${releaseCteName(s.name)} AS (\n${indent(releaseSql(s.name, snapshot), 4)}\n)`),
          `__pgt_release_truncations AS (\n${indent(releaseTruncationsSql(consumed.map((s) => s.name), snapshot), 4)}\n)`,
        ]
          .map((c) => `,\n${indent(c, by)}`)
          .join('')
      : '';
  const releaseFull = releaseCtes();
  // An aggregate (or DISTINCT) reads many more rows than it writes: computed by CREATE TABLE AS,
  // which may use parallel workers (INSERT ... SELECT never does), its result is then copied into
  // the storage. The statement's snapshot travels with the rows (one row even when the result is
  // empty) and becomes the frontier, as the single statement's own snapshot does otherwise.
  const parallelFull = plan !== undefined && (plan.kind === 'aggregate' || plan.kind === 'distinct') && distributed.length === 0;
  const sourceNames = st.sources.map((s) => s.name);
  const parallelFullParts = () => {
    const fullTemp = `pg_temp.${ident(`__pgt_full_${stableHash(sn)}`)}`;
    const query = [
      `SELECT s.__pgt_snapshot, q.*`,
      `  FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s`,
      `  LEFT JOIN (`,
      `    SELECT true AS __pgt_present, q.* FROM (`,
      indent(plan!.storageQuery, 6),
      `    ) AS q`,
      `  ) AS q ON true`,
    ].join('\n');
    return {
      fullTemp,
      parallelFullQuery: indent(query, 8),
      parallelFrontierCapture: indent(frontierCaptureSql(st.name, sourceNames, '__pgt_full_snapshot'), 12),
      parallelReleaseFull: releaseCtes('__pgt_full_snapshot', 8),
      parallelFullInsert: `SELECT ${columnList(storageColumns, 'q')} FROM ${fullTemp} AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id`,
    };
  };
  const fullQuery = plan ? `SELECT * FROM (\n${indent(plan.storageQuery, 2)}\n) AS q\n ORDER BY q.__pgt_row_id` : fullOfQuery;
  const joinGuard = joinGuardSql(st, consumed);
  const truncated = consumed.length
    ? `EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN (${consumed.map((s) => literal(stableName(s.name))).join(', ')}) AND ${unconsumed('c')})`
    : 'false';
  // Partitioned sources: their partitions as the last full refresh read them, against now.
  const partitioned = consumed.filter((s) => s.partitioned);
  const partitionsChanged = partitioned.map((s) => `${partitionsVar(s.name)} IS DISTINCT FROM pg_trickle.partition_layout(${regclassOf(s.name)})`).join(' OR ');
  // A plain table may gain inheritance children at run time (CREATE TABLE ... INHERITS, ALTER
  // TABLE ... INHERIT): reading it then reads their rows, whose changes fire none of its triggers.
  // While it has children, and once more after they are gone (the last full refresh read them,
  // recorded as partitions are), it is read in full.
  const inheritable = consumed.filter((s) => s.kind === 'table' && !s.partitioned && s.placement.kind === 'local');
  const inherited = inheritable.map((s) => `${partitionsVar(s.name)} IS NOT NULL OR pg_trickle.children_layout(${regclassOf(s.name)}) IS NOT NULL`).join(' OR ');
  // The sources whose layout the last full refresh recorded, and how it is read.
  const layoutTracked = [
    ...partitioned.map((s) => ({ s, layout: `pg_trickle.partition_layout(${regclassOf(s.name)})` })),
    ...inheritable.map((s) => ({ s, layout: `pg_trickle.children_layout(${regclassOf(s.name)})` })),
  ];
  // Changes the capture cannot see, each with the reason recorded for the full refresh it forces.
  const layoutChecks = [
    ...(partitionsChanged ? [{ test: partitionsChanged, reason: 'the partitions of a source changed (ATTACH, DETACH, DROP or TRUNCATE of a partition)' }] : []),
    ...(inherited ? [{ test: inherited, reason: 'a source has inheritance children, whose changes are not captured' }] : []),
    // A subscription's apply worker fires row-level triggers only: a plain table it feeds is not captured.
    ...(inheritable.length
      ? [{ test: `EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN (${inheritable.map((s) => regclassOf(s.name)).join(', ')}))`, reason: 'a source is fed by a logical replication subscription, whose changes are not captured' }]
      : []),
  ];
  const layoutChecksAt = (by: number): string =>
    layoutChecks.map((c) => `\n${' '.repeat(by)}ELSIF ${c.test} THEN\n${' '.repeat(by + 4)}__pgt_reason := ${literal(c.reason)};`).join('');
  const schedule = scheduleValues(st.schedule);
  const catalogValues = [
    literal(st.name.schema),
    literal(st.name.name),
    literal(sn),
    literal(stableHash(sn)),
    literal(st.definingQuery),
    literal(st.def.refreshMode),
    literal(st.mode),
    literalOrNull(st.fullReason),
    literal(plan ? plan.kind : 'full'),
    literal(refreshFunctionName(st.name)),
    String(st.order),
    literal(st.schedule.text),
    ...schedule,
  ].join(', ');
  return renderTemplate('stream_table.sql.hbs', {
    ...(plan && st.op ? fullRefreshRatio(st.op) : {}),
    adopting: opts.adopting ?? false,
    name: commentText(sn),
    nameLit: literal(qualified(st.name.schema, st.name.name)),
    nameLitComment: commentText(literal(qualified(st.name.schema, st.name.name))),
    stableNameLit: literal(sn),
    mode: st.mode,
    requestedMode: st.def.refreshMode !== st.mode ? st.def.refreshMode : '',
    fullReason: commentText(st.fullReason ?? ''),
    schedule: commentText(st.schedule.text),
    maintenance: plan ? maintenanceText(plan.kind) : 'full recomputation on every refresh',
    queryComment: comment(indent(st.definingQuery, 2)),
    operatorTree: st.op ? comment(explainOp(st.op, describeOp, 1)) : '',
    hiddenColumns: hidden.join(', '),
    table,
    storageQuery: indent(storageQuery, 2),
    copyViews: copyViewsSql(st),
    // Every refresh updates the rows of changed groups in place: with room left on each page the
    // new version stays on it (a HOT update) and the row-id index is not touched.
    storageOptions: plan && (plan.kind === 'aggregate' || plan.kind === 'distinct') ? ' WITH (fillfactor = 50)' : '',
    storageOptionsWhy: 'Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).',
    rowIdIndex: plan
      ? `CREATE INDEX ${ident(rowIdIndexName(st.name))} ON ${table} (__pgt_row_id);`
      : '',
    tableComment: literal(`trickle stream table; refresh with CALL pg_trickle.refresh(${literal(qualified(st.name.schema, st.name.name))})`),
    catalogValues,
    dependencies: st.sources.map((s) => ({
      source: literal(stableName(s.name)),
      kind: literal(s.kind === 'table' ? 'TABLE' : 'STREAM_TABLE'),
      consumes: s.consumesChanges ? 'true' : 'false',
      columns: `ARRAY[${s.columns.map(literal).join(', ')}]::text[]`,
    })),
    refreshFunction: qualified('pg_trickle', refreshFunctionName(st.name)),
    deltaStatement: plan ? indent(plan.deltaStatement, 12) : '',
    planVariables: plan ? plan.variables.map((v) => `    ${v.name} ${v.type};`).join('\n') : '',
    flags: (plan?.flags ?? []).map((f) => ({ setting: literal(f.setting), reason: literal(f.reason), why: indent(comment(f.why.join('\n')), 12) })),
    setVariables: plan ? indent(plan.variables.map((v) => `${v.name} := ${v.init};`).join('\n'), 12) : '',
    noChanges: noChanges.join('\n           AND ') || 'true',
    boundDeclarations: [
      ...consumed.map((s) => `    ${releaseBoundVar(s.name)} xid8;\n    ${releaseSmallVar(s.name)} boolean;`),
      ...layoutTracked.map(({ s }) => `    ${partitionsVar(s.name)} text;`),
      ...(distributed.length ? [`    ${NODES} jsonb;\n    ${NODES_SEEN} jsonb;\n    ${PREV_BY_SOURCE} jsonb;\n    ${BOUNDS} jsonb;`] : []),
    ].join('\n'),
    boundColumns:
      consumed.map((s) => `,\n${indent(releaseBoundSql(st.name, s.name), 11)},\n           ${releaseSmallSql(s.name)}`).join('') +
      layoutTracked.map(({ s }) => `,\n           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = ${literal(stableName(s.name))})`).join('') +
      (distributed.length ? `,\n           st.frontier_by_source` : ''),
    boundInto:
      consumed.map((s) => `, ${releaseBoundVar(s.name)}, ${releaseSmallVar(s.name)}`).join('') +
      layoutTracked.map(({ s }) => `, ${partitionsVar(s.name)}`).join('') +
      (distributed.length ? `, ${PREV_BY_SOURCE}` : ''),
    layoutChecks: layoutChecksAt(8),
    layoutChecksAfter: layoutChecksAt(12),
    joinGuard: joinGuard.before,
    joinCheck: joinGuard.after,
    pullChanges: pullChangesBlock(st, distributed),
    releaseDistributed: indent(distributed.map((s) => releaseDistributedSql(s.name)).join('\n'), 12),
    lockedFull: distributed.length ? lockedFullSql(st, { consumed, distributed, localBuffers }, { table, storageColumns, fullQuery }) : '',
    releaseFull,
    // From here on, the buffers' current lives are the ones this stream table has consumed.
    recordGenerations: consumed.length
      ? indent(
          [
            `INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)`,
            `VALUES ${consumed.map((s) => `(${literal(stableName(s.name))})`).join(', ')}`,
            `ON CONFLICT (source_stable_name) DO NOTHING;`,
            `UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation`,
            `  FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st`,
            ` WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = ${literal(sn)} AND d.consumes_changes;`,
            // Read before the recomputation: a partition changed in between only costs another one.
            ...layoutTracked.map(({ s, layout }) =>
              [
                `UPDATE pg_trickle.pgt_dependencies AS d SET partitions = ${layout}`,
                `  FROM pg_trickle.pgt_stream_tables AS st`,
                ` WHERE st.pgt_id = d.pgt_id AND st.stable_name = ${literal(sn)} AND d.source_stable_name = ${literal(stableName(s.name))};`,
              ].join('\n'),
            ),
          ].join('\n'),
          4,
        )
      : '',
    releaseNoop: indent(localBuffers.map((s) => `${releaseSql(s.name, PREV.snapshot)};`).join('\n'), 12),
    largeChange: indent([...largeChange, ...everyRow].join('\n'), 8),
    // TRUNCATE is much cheaper, but while another stream table reads this one (its storage is
    // captured), it must see the rows deleted. Decided at run time: readers come and go.
    clearStorage: [
      `    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = ${literal(sn)}) THEN`,
      `        DELETE FROM ${table};`,
      `    ELSE`,
      `        TRUNCATE ${table};`,
      `    END IF;`,
    ].join('\n'),
    truncateTest: truncated,
    frontierCapture: indent(frontierCaptureSql(st.name, sourceNames), 8),
    // A FULL stream table over Citus tables reads them through Citus, which plans no statement
    // that also modifies local tables with volatile functions: the frontier is recorded apart
    // (nothing is consumed, so the two statements need not share a snapshot).
    splitFull: !plan && st.sources.some((s) => s.placement.kind !== 'local'),
    frontierStatement: indent(frontierCaptureSql(st.name, sourceNames), 4),
    parallelFull,
    ...(parallelFull ? parallelFullParts() : {}),
    insertTarget: insertTarget(table, storageColumns),
    // Rows go in in row-id order: the index on __pgt_row_id then grows at its right edge
    // instead of taking random inserts (about twice as fast for a large table).
    fullInsertQuery: indent(fullQuery, 4),
    ownCdc: ownCdc ?? '',
  });
}

function maintenanceText(kind: string): string {
  switch (kind) {
    case 'keyed':
      return 'differential; rows have a unique key, changes are merged by key';
    case 'keyless':
      return 'differential; rows may repeat, each change inserts or deletes copies';
    case 'aggregate':
      return 'differential; per-group state in hidden columns, updated from the changes';
    case 'distinct':
      return 'differential; each distinct row keeps a hidden count of its duplicates';
    case 'top_n':
      return 'differential; the first rows, merged with the changes, computed again when deletions leave too few';
    default:
      return kind;
  }
}

export function scheduleValues(s: Schedule): string[] {
  if (s.kind === 'interval') return [literal('interval'), `${literal(intervalSql(s))}::interval`, 'NULL', 'NULL', 'NULL', 'NULL', 'NULL', 'NULL', 'NULL'];
  const arr = (xs: readonly number[]) => `ARRAY[${xs.join(', ')}]::integer[]`;
  return [
    literal('cron'),
    'NULL',
    arr(s.minutes),
    arr(s.hours),
    arr(s.daysOfMonth),
    arr(s.months),
    arr(s.daysOfWeek),
    String(s.domRestricted),
    String(s.dowRestricted),
  ];
}

const drops = new WeakMap<CompiledStreamTable, string>();

export function dropSql(st: CompiledStreamTable): string {
  // Each compile renders it twice: for the down migration and for the stream table's drop script.
  let sql = drops.get(st);
  if (sql === undefined) {
    sql = renderDropSql(st);
    drops.set(st, sql);
  }
  return sql;
}

function renderDropSql(st: CompiledStreamTable): string {
  const sn = stableName(st.name);
  return renderTemplate('drop_stream_table.sql.hbs', {
    name: commentText(sn),
    stableNameLit: literal(sn),
    refreshFunction: qualified('pg_trickle', refreshFunctionName(st.name)),
    table: qualified(st.name.schema, st.name.name),
    tableLit: literal(qualified(st.name.schema, st.name.name)),
  });
}


export type { Op };

/**
 * Does the tree hold a semi, anti or outer join? Their deltas probe every row a change may affect
 * (its matches on the other side, before and now), so a batch touching many rows costs more than
 * recomputing: a semi join over 1,000,000 orders took 0.28x the time of REFRESH MATERIALIZED VIEW
 * after changes of 13 % of them, and 1.73x less after 1.3 %. Such stream tables recompute in full
 * past 5 % instead of 25 %.
 */
function probesPerChange(op: Op): boolean {
  return op.kind === 'semi_join' || op.kind === 'outer_join' || inputsOf(op).some(probesPerChange);
}

/**
 * Does the tree recompute what a change touches from its rows: an aggregate below the root or a
 * window function (the touched groups or partitions, as they are and as they were), or an
 * aggregate at the root that keeps no state (count(DISTINCT x), string_agg, ...)? Each changed
 * row then reads its whole group twice: over 1,000,000 orders in 10,000 groups, after changes of
 * 1.3 % of them (6,300 groups touched) the first 10 groups by their sum took 1.26 s to refresh,
 * and 0.15 s to compute from scratch; after 0.01 %, 32 ms. Such stream tables recompute in full
 * past 1 %.
 */
function recomputesPerGroup(root: Op): boolean {
  const top = aggregateShape(root)?.aggregate;
  const visit = (op: Op): boolean =>
    (op.kind === 'aggregate' && (op !== top || op.aggregates.some((a) => a.fn === 'recompute'))) || op.kind === 'window' || inputsOf(op).some(visit);
  return visit(root);
}

/** The share of a source's rows past which a refresh recomputes in full, when not the default 25 %, and why. */
function fullRefreshRatio(op: Op): { fullRefreshRatio: string; fullRefreshWhy: string } | undefined {
  if (recomputesPerGroup(op)) {
    return {
      fullRefreshRatio: '0.01',
      fullRefreshWhy: comment('The delta recomputes each group (or window partition) a change touches from its rows:\npast this share of a source\'s rows changed, recomputing all of them costs less.'),
    };
  }
  if (!probesPerChange(op)) return undefined;
  return {
    fullRefreshRatio: '0.05',
    fullRefreshWhy: comment("A semi, anti or outer join's delta probes each row a change may affect: past this share of a\nsource's rows changed, recomputing costs less."),
  };
}

/**
 * The parts of a refresh function that Citus placements add (docs/CITUS.md): views over the
 * coordinator's copy of reference tables, the pull of a distributed table's changes, the guards
 * that send a refresh to a full recompute when its delta would need a distributed table's rows,
 * and the full recompute over a distributed table in statements of their own.
 */
import { compareText } from '../order.js';
import { onCoordinator } from '../catalog/placement.js';
import type { CompiledStreamTable, SourceDependency } from '../compile.js';
import { NODES, NODES_SEEN, bufferTable, copyView, unconsumedChanges, frontierCaptureSql, pullChangesSql, pulledChanges, releaseDistributedSql, releaseSql, releaseTruncationsSql, stableName, unconsumed } from '../diff/context.js';
import { distributedScan, inputsOf, type AggregateCall, type Op } from '../ir/ops.js';
import { indent, insertTarget } from '../sql/fragments.js';
import { commentText, literal, qualified, qualifiedName } from '../sql/quote.js';

/**
 * PL/pgSQL statements: each node's snapshot, then the changes of each distributed source visible
 * in it and not in the previous frontier, pulled into temporary tables on the coordinator.
 */
export function pullChangesBlock(st: CompiledStreamTable, distributed: readonly SourceDependency[]): string {
  if (!distributed.length) return '';
  return indent(
    [
      `-- The changes of the distributed sources: each node's snapshot, then the changes visible in it`,
      `-- and not in the previous refresh's, pulled to the coordinator.`,
      `${NODES} := pg_trickle.node_snapshots();`,
      ...distributed.map((s) => pullChangesSql(s.name, s.columns)),
      ...(st.op && aggregateOverDistributed(st.op, (a) => a.fn === 'min' || a.fn === 'max')
        ? recomputeOnDeletion(
            distributed,
            [`-- MIN/MAX over a distributed table: a deleted extreme would be recomputed from its rows, which`, `-- the delta statement cannot read.`],
            'rows of a distributed table under MIN or MAX were deleted or updated',
          )
        : []),
      ...(st.op && aggregateOverDistributed(st.op, (a) => a.inexact === true)
        ? recomputeOnDeletion(
            distributed,
            [
              `-- A floating-point SUM/AVG over a distributed table is a running total, and subtracting a value`,
              `-- does not undo adding it exactly: a deletion recomputes the group's total from all its rows.`,
            ],
            'rows of a distributed table under a floating-point SUM or AVG were deleted or updated',
          )
        : []),
    ].join('\n'),
    8,
  );
}

/**
 * A full refresh over a distributed source reads it through Citus, in a statement that cannot
 * also record the frontier (or write local tables). With no writer of any source in flight (a
 * SHARE lock waits for them and holds new ones off), the statements read the same rows.
 */
export function lockedFullSql(
  st: CompiledStreamTable,
  sources: { consumed: readonly SourceDependency[]; distributed: readonly SourceDependency[]; localBuffers: readonly SourceDependency[] },
  target: { table: string; storageColumns: readonly string[]; fullQuery: string },
): string {
  const { consumed, distributed, localBuffers } = sources;
  return indent(
    [
      `-- Distributed sources: Citus has no snapshot across nodes. No writer of a source is in flight`,
      `-- while the frontier and the rows are read, in statements of their own.`,
      ...[...consumed]
        .sort((a, b) => compareText(stableName(a.name), stableName(b.name)))
        .map((s) => `LOCK TABLE ${qualified(s.name.schema, s.name.name)} IN SHARE MODE;`),
      `${NODES} := pg_trickle.node_snapshots();`,
      `-- The rows this transaction wrote are read below: their changes are consumed too.`,
      `${NODES_SEEN} := ${NODES};`,
      `${NODES} := pg_trickle.with_own_writes(${NODES}, ARRAY[${distributed.map((s) => `${literal(bufferTable(s.name))}::regclass`).join(', ')}]);`,
      `${frontierCaptureSql(st.name, st.sources.map((s) => s.name), undefined, new Set(distributed.map((s) => stableName(s.name))))};`,
      `IF ${NODES} IS DISTINCT FROM ${NODES_SEEN} THEN`,
      `    -- So would be the changes this transaction writes after this refresh on the same nodes`,
      `    -- (they carry its transaction ids there): no frontier, so the next refresh recomputes.`,
      `    UPDATE pg_trickle.pgt_stream_tables SET frontier = NULL, frontier_by_source = NULL`,
      `     WHERE pgt_schema = ${literal(st.name.schema)} AND pgt_name = ${literal(st.name.name)};`,
      `END IF;`,
      ...localBuffers.map((s) => `${releaseSql(s.name)};`),
      `${releaseTruncationsSql(consumed.map((s) => s.name))};`,
      `INSERT INTO ${insertTarget(target.table, target.storageColumns)}`,
      `${target.fullQuery};`,
      ...distributed.map((s) => releaseDistributedSql(s.name)),
      `RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');`,
    ].join('\n'),
    4,
  );
}

/**
 * For a stream table that joins a Citus distributed table with other tables (or tests its rows
 * with EXISTS or IN over other tables): its delta reads no
 * row of the distributed table, which is right only while the other tables have no change to
 * consume. Tested before the delta statement (a change makes the refresh recompute in full) and
 * again after it, against the frontier it recorded: a change that committed in between undoes the
 * statement (a subtransaction) and the refresh recomputes. Nothing is locked, so writers never wait.
 */
export function joinGuardSql(st: CompiledStreamTable, consumed: readonly SourceDependency[]): { before: string; after: string } {
  const others = st.op && joinsDistributed(st.op) ? consumed.filter((s) => s.placement.kind !== 'distributed') : [];
  if (!others.length) return { before: '', after: '' };
  const sn = literal(stableName(st.name));
  const before = [
    `-- Joined with a distributed table, whose rows the delta cannot read: the other sources must`,
    `-- have no change to consume.`,
    `IF ${others.map((s) => `EXISTS (${unconsumedChanges(s.name)})`).join('\n   OR ')} THEN`,
    `    __pgt_reason := 'a table joined with a distributed table changed';`,
    `END IF;`,
  ].join('\n');
  const consumedNow = `pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, st.frontier, st.frontier_own_xid, st.frontier_mark)`;
  const after = [
    `-- Nor did one commit before the statement's snapshot was taken.`,
    `IF ${others
      .map((s) => `EXISTS (SELECT FROM pg_trickle.pgt_stream_tables AS st, ${bufferTable(s.name)} AS c\n            WHERE st.stable_name = ${sn} AND ${consumedNow} AND ${unconsumed('c')})`)
      .join('\n   OR ')} THEN`,
    `    RAISE EXCEPTION 'pg_trickle: a table joined with a distributed table changed' USING ERRCODE = 'PT001';`,
    `END IF;`,
  ].join('\n');
  return { before: indent(before, 8), after: indent(after, 16) };
}

/** Is there an aggregate over a distributed table alone with a call that `test` picks? */
function aggregateOverDistributed(op: Op, test: (a: AggregateCall) => boolean): boolean {
  if (op.kind === 'aggregate' && op.aggregates.some(test) && distributedScan(op.input)) return true;
  return inputsOf(op).some((o) => aggregateOverDistributed(o, test));
}

/** PL/pgSQL: when a batch deleted (or updated) rows of a distributed source, recompute in full. */
function recomputeOnDeletion(distributed: readonly SourceDependency[], why: readonly string[], reason: string): string[] {
  return [
    ...why,
    `IF ${distributed.map((s) => `EXISTS (SELECT FROM ${pulledChanges(s.name)} AS c WHERE c.__pgt_action = 'D')`).join(' OR ')} THEN`,
    `    __pgt_reason := ${literal(reason)};`,
    `END IF;`,
  ];
}

/** Does an inner join, a semi join or a LEFT JOIN (whose other side reads no distributed table) of the tree hold a Citus distributed table and something else? */
function joinsDistributed(op: Op): boolean {
  const distributed = (o: Op) => distributedScan(o) !== undefined;
  if (op.kind === 'join' && op.inputs.some(distributed)) return true;
  if (op.kind === 'semi_join' && distributed(op.left)) return true;
  if (op.kind === 'outer_join' && op.preserve === 'left' && distributed(op.left)) return true;
  return inputsOf(op).some(joinsDistributed);
}

/**
 * Views over the coordinator's copy of each Citus reference (or Citus local) table the stream
 * table reads. Citus plans no statement that modifies local tables and reads its tables with
 * volatile functions (a refresh does both); the copy is a plain table to PostgreSQL, and it is
 * written in the same transactions as the changes captured on the coordinator.
 */
export function copyViewsSql(st: CompiledStreamTable): string {
  const copied = st.sources.filter((s) => onCoordinator(s.placement));
  if (!copied.length) return '';
  return [
    ...copied.map((s) => `-- ${commentText(stableName(s.name))} is a Citus ${s.placement.kind === 'reference' ? 'reference' : 'local'} table: read from the coordinator's copy.`),
    // The copy's name (its shard id) is known in the database only; the view is the coordinator's own.
    `SET citus.enable_ddl_propagation = off;`,
    `DO $pgt$`,
    `BEGIN`,
    ...copied.map(
      (s) =>
        `    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', ${literal(qualifiedName(copyView(s.name)))}, pg_trickle.coordinator_copy(${literal(qualifiedName(s.name))}::regclass));`,
    ),
    `END`,
    `$pgt$;`,
    `RESET citus.enable_ddl_propagation;`,
  ].join('\n');
}


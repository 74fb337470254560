/**
 * The difference between two compiled projects, as the SQL that takes a
 * database from the first to the second. Used both ways: from the recorded
 * state to the current project (a migration) and back (its down script).
 *
 * Order: drop what goes or is rebuilt (readers first), capture sources that
 * gain readers, create what is new or rebuilt (upstream first), apply
 * schedule changes, then renumber the refresh order.
 */
import { compareText } from '../order.js';
import { createHash } from 'node:crypto';
import { qualifiedKey } from '../catalog/catalog.js';
import { placementText } from '../catalog/placement.js';
import { textFormKeeps } from '../catalog/text-forms.js';
import type { AnalyzedProject, CompiledStreamTable } from '../compile.js';
import { cdcSql, dropSql, scheduleValues, streamTableSql, trackedSources } from '../emit/project.js';
import { banner } from '../sql/fragments.js';
import { literal } from '../sql/quote.js';

export type Change =
  | { readonly kind: 'create'; readonly stream: string }
  | { readonly kind: 'drop'; readonly stream: string }
  | { readonly kind: 'rebuild'; readonly stream: string; readonly why: string }
  | { readonly kind: 'reschedule'; readonly stream: string; readonly from: string; readonly to: string }
  | { readonly kind: 'capture'; readonly source: string }
  | { readonly kind: 'uncapture'; readonly source: string };

export interface Transition {
  readonly changes: readonly Change[];
  /** SQL sections in order, each with a comment heading; empty when nothing changes. */
  readonly sections: readonly string[];
}

const EMPTY: AnalyzedProject = { name: '', catalog: { schemas: [], tables: new Map(), statements: [] }, streams: [] };

/**
 * Everything that decides a stream table's generated objects, except its schedule and refresh order
 * (and the position quoted in an AUTO table's full-refresh reason: moving a definition changes nothing).
 */
export function fingerprint(st: CompiledStreamTable, project: AnalyzedProject): string {
  return createHash('sha256')
    .update(
      JSON.stringify({
        query: st.definingQuery,
        refreshMode: st.def.refreshMode,
        mode: st.mode,
        columns: st.columns.map((c) => c.name),
        sources: st.sources.map((s) => [qualifiedKey(s.name), s.kind, s.consumesChanges, s.columns]),
        // Column types (and collations) of source tables: a retyped column changes the storage and the change buffer.
        types: st.sources.map((s) => project.catalog.tables.get(qualifiedKey(s.name))?.columns.map((c) => `${c.name} ${c.typeSql}${c.collation !== undefined ? ` COLLATE ${c.collation}` : ''}`) ?? null),
        // Where source tables live, and whether they are partitioned, decides how their changes are captured and read.
        placements: st.sources.map((s) => `${placementText(s.placement)}${s.partitioned ? ', partitioned' : ''}`),
        // The bodies of the functions it calls: its rows were computed with them.
        functions: st.functions.map((f) => [f, project.catalog.functionDefinitions?.get(f) ?? null]),
        storage: st.plan?.storageQuery ?? null,
        delta: st.plan?.deltaStatement ?? null,
        hidden: st.plan?.hidden ?? null,
      }),
    )
    .digest('hex');
}

/**
 * A column of a source table whose stored values print differently now (an enum label renamed,
 * a composite's attributes changed: see catalog/text-forms.ts), as `schema.table.column`. Rows
 * and groups were hashed under the old text: the stream table must be computed again.
 */
function retextedColumn(st: CompiledStreamTable, from: AnalyzedProject, to: AnalyzedProject): string | undefined {
  for (const s of st.sources) {
    const after = to.catalog.tables.get(qualifiedKey(s.name));
    for (const c of from.catalog.tables.get(qualifiedKey(s.name))?.columns ?? []) {
      if (c.textForm !== undefined && !textFormKeeps(c.textForm, after?.columns.find((x) => x.name === c.name)?.textForm)) return `${qualifiedKey(s.name)}.${c.name}`;
    }
  }
  return undefined;
}

export function transition(fromProject: AnalyzedProject | undefined, toProject: AnalyzedProject | undefined): Transition {
  const from = fromProject ?? EMPTY;
  const to = toProject ?? EMPTY;
  const fromStreams = new Map(from.streams.map((s) => [qualifiedKey(s.name), s]));
  const toStreams = new Map(to.streams.map((s) => [qualifiedKey(s.name), s]));
  const changes: Change[] = [];

  // Stream tables to rebuild: definition (or generated SQL) changed, or an upstream stream table is rebuilt.
  const rebuilt = new Map<string, string>();
  for (const st of to.streams) {
    const key = qualifiedKey(st.name);
    const old = fromStreams.get(key);
    if (!old) continue;
    if (fingerprint(old, from) !== fingerprint(st, to)) {
      const fn = st.functions.find((f) => old.functions.includes(f) && from.catalog.functionDefinitions?.get(f) !== to.catalog.functionDefinitions?.get(f));
      rebuilt.set(
        key,
        old.definingQuery !== st.definingQuery ? 'its definition changed' : fn !== undefined ? `the definition of ${fn}, which it uses, changed (or of one that it uses)` : 'what it reads or how it is maintained changed',
      );
      continue;
    }
    const retexted = retextedColumn(old, from, to);
    if (retexted) {
      rebuilt.set(key, `ALTER TYPE changed the text of the values of ${retexted}`);
      continue;
    }
    const upstream = st.sources.find((s) => s.kind === 'stream' && (rebuilt.has(qualifiedKey(s.name)) || !fromStreams.has(qualifiedKey(s.name))));
    if (upstream) rebuilt.set(key, `it reads ${qualifiedKey(upstream.name)}, which is rebuilt`);
  }
  const dropped = from.streams.filter((s) => !toStreams.has(qualifiedKey(s.name)));
  const created = to.streams.filter((s) => !fromStreams.has(qualifiedKey(s.name)));

  for (const st of created) changes.push({ kind: 'create', stream: qualifiedKey(st.name) });
  for (const st of dropped) changes.push({ kind: 'drop', stream: qualifiedKey(st.name) });
  for (const [stream, why] of rebuilt) changes.push({ kind: 'rebuild', stream, why });

  // Sources captured before that keep a reader which stays untouched are left alone.
  const goingAway = new Set([...dropped.map((s) => qualifiedKey(s.name)), ...rebuilt.keys()]);
  const stillCaptured = new Set<string>();
  for (const st of from.streams) {
    if (goingAway.has(qualifiedKey(st.name))) continue;
    for (const s of st.sources) if (s.consumesChanges) stillCaptured.add(qualifiedKey(s.name));
  }
  const fromTracked = trackedSources(from);
  const toTracked = trackedSources(to);
  const recreatedStreams = new Set([...created.map((s) => qualifiedKey(s.name)), ...rebuilt.keys()]);
  const toCapture = [...toTracked.values()].filter((s) => {
    const key = qualifiedKey(s.name);
    return !stillCaptured.has(key) && !recreatedStreams.has(key);
  });
  for (const s of toCapture) changes.push({ kind: 'capture', source: qualifiedKey(s.name) });
  for (const [key] of fromTracked) if (!toTracked.has(key)) changes.push({ kind: 'uncapture', source: key });

  const rescheduled = to.streams.filter((st) => {
    const old = fromStreams.get(qualifiedKey(st.name));
    return old && !rebuilt.has(qualifiedKey(st.name)) && old.schedule.text !== st.schedule.text;
  });
  for (const st of rescheduled) {
    changes.push({ kind: 'reschedule', stream: qualifiedKey(st.name), from: fromStreams.get(qualifiedKey(st.name))!.schedule.text, to: st.schedule.text });
  }

  const sections: string[] = [];
  const toDrop = [...from.streams].reverse().filter((st) => goingAway.has(qualifiedKey(st.name)));
  for (const st of toDrop) {
    const why = rebuilt.get(qualifiedKey(st.name));
    sections.push(`${banner(`drop stream table ${qualifiedKey(st.name)}${why ? ` (rebuilt: ${why})` : ''}`)}\n${dropSql(st)}`);
  }
  if (toDrop.length === 0 && changes.some((c) => c.kind === 'uncapture')) {
    sections.push(`${banner('stop capturing sources nothing reads any more')}\nCALL pg_trickle.drop_unused_change_tracking();\n`);
  }
  const captureOrder = [...toCapture].sort((a, b) => (a.kind === b.kind ? compareText(qualifiedKey(a.name), qualifiedKey(b.name)) : a.kind === 'table' ? -1 : 1));
  for (const s of captureOrder) {
    sections.push(`${banner(`capture changes of ${qualifiedKey(s.name)}`)}\n${cdcSql(s.name, s.kind === 'table' ? 'table' : 'stream table', s.columns, s.placement, s.partitioned)}`);
  }
  for (const st of to.streams) {
    const key = qualifiedKey(st.name);
    if (!recreatedStreams.has(key)) continue;
    const own = toTracked.get(key);
    const why = rebuilt.get(key);
    sections.push(
      `${banner(`${why ? 'rebuild' : 'create'} stream table ${key}${why ? ` (${why})` : ''}`)}\n${streamTableSql(st, own ? cdcSql(st.name, 'stream table', own.columns) : undefined)}`,
    );
  }
  if (rescheduled.length) {
    const lines = rescheduled.map((st) => {
      const [kind, interval, ...cron] = scheduleValues(st.schedule);
      const names = ['cron_minutes', 'cron_hours', 'cron_doms', 'cron_months', 'cron_dows', 'cron_dom_restricted', 'cron_dow_restricted'];
      return [
        `UPDATE pg_trickle.pgt_stream_tables`,
        `   SET schedule = ${literal(st.schedule.text)}, schedule_kind = ${kind}, schedule_interval = ${interval},`,
        `       ${names.map((n, i) => `${n} = ${cron[i]}`).join(', ')}`,
        ` WHERE stable_name = ${literal(qualifiedKey(st.name))};`,
      ].join('\n');
    });
    sections.push(`${banner('schedule changes')}\n${lines.join('\n')}\n`);
  }
  if (sections.length && to.streams.length) {
    const cases = to.streams.map((st) => `WHEN ${literal(qualifiedKey(st.name))} THEN ${st.order}`).join('\n                         ');
    sections.push(
      `${banner('refresh order (dependencies first)')}\nUPDATE pg_trickle.pgt_stream_tables\n   SET refresh_order = CASE stable_name\n                         ${cases}\n                         ELSE refresh_order END\n WHERE stable_name IN (${to.streams.map((st) => literal(qualifiedKey(st.name))).join(', ')});\n`,
    );
  }
  return { changes, sections };
}

/** A short, deterministic name for a migration from what it changes. */
export function migrationName(changes: readonly Change[]): string {
  const words = changes.map((c) => {
    const short = (k: string) => k.replace(/^public\./, '');
    switch (c.kind) {
      case 'create':
        return `add_${short(c.stream)}`;
      case 'drop':
        return `drop_${short(c.stream)}`;
      case 'rebuild':
        return `rebuild_${short(c.stream)}`;
      case 'reschedule':
        return `reschedule_${short(c.stream)}`;
      case 'capture':
        return `capture_${short(c.source)}`;
      case 'uncapture':
        return `uncapture_${short(c.source)}`;
    }
  });
  const primary = words.find((w) => !w.startsWith('capture_') && !w.startsWith('uncapture_')) ?? words[0] ?? 'noop';
  const rest = words.length - 1;
  const name = `${primary}${rest > 0 ? `_and_${rest}_more` : ''}`;
  return name.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/_+/g, '_').slice(0, 60).replace(/_$/, '');
}

export function describeChange(c: Change): string {
  switch (c.kind) {
    case 'create':
      return `create stream table ${c.stream}`;
    case 'drop':
      return `drop stream table ${c.stream}`;
    case 'rebuild':
      return `rebuild stream table ${c.stream}: ${c.why}`;
    case 'reschedule':
      return `reschedule ${c.stream}: ${c.from} -> ${c.to}`;
    case 'capture':
      return `capture changes of ${c.source}`;
    case 'uncapture':
      return `stop capturing ${c.source}`;
  }
}


import pg from 'pg';
import { relative, resolve } from 'node:path';
import { TrickleError } from '../errors.js';
import { versionTag } from '../migrate/layouts.js';
import { parseState, STATE_FILE } from '../migrate/state.js';
import { readFolder } from './history-io.js';
import { loadProject } from './load.js';

export interface StatusOptions {
  readonly dir: string;
  readonly out?: string | undefined;
  readonly databaseUrl: string;
}

/** Which migrations of the output folder the database has applied, and which are pending. */
export async function statusCommand(opts: StatusOptions): Promise<number> {
  const config = loadProject(opts.dir).config;
  const out = relative(process.cwd(), resolve(opts.out ?? `out/${config.name}`)) || '.';
  const files = readFolder(out);
  const text = files.get(STATE_FILE);
  if (text === undefined) throw new TrickleError(`${out}: no ${STATE_FILE}; run trickle compile first`);
  const state = parseState(text, `${out}/${STATE_FILE}`);
  const client = new pg.Client({ connectionString: opts.databaseUrl });
  try {
    await client.connect();
  } catch (e) {
    throw new TrickleError(`status: cannot connect to the database: ${(e as Error).message}`);
  }
  try {
    const exists = (await client.query(`SELECT to_regclass('pg_trickle.pgt_migrations') IS NOT NULL AS ok`)).rows[0].ok as boolean;
    const applied = exists
      ? (
          await client.query('SELECT version, name, applied_at FROM pg_trickle.pgt_migrations WHERE project = $1 ORDER BY version', [state.project])
        ).rows.map((r) => ({ version: Number(r.version), name: String(r.name), at: (r.applied_at as Date).toISOString() }))
      : [];
    const byVersion = new Map(applied.map((a) => [a.version, a]));
    let problems = 0;
    const lines: string[] = [`project ${state.project}: ${state.migrations.length} migration${state.migrations.length === 1 ? '' : 's'} in ${out}`];
    for (const m of state.migrations) {
      const a = byVersion.get(m.version);
      const tag = `${versionTag(m.version)}_${m.name}`;
      if (!a) lines.push(`  pending  ${tag}`);
      else if (a.name !== m.name) {
        lines.push(`  MISMATCH ${tag}: the database applied ${versionTag(a.version)}_${a.name} under this number`);
        problems++;
      } else lines.push(`  applied  ${tag}  (${a.at})`);
    }
    for (const a of applied) {
      if (!state.migrations.some((m) => m.version === a.version)) {
        lines.push(`  UNKNOWN  ${versionTag(a.version)}_${a.name}: applied in the database but not in ${out}`);
        problems++;
      }
    }
    const pending = state.migrations.filter((m) => !byVersion.has(m.version)).length;
    lines.push(problems ? `${problems} problem(s)` : pending ? `${pending} pending` : 'up to date');
    process.stdout.write(lines.join('\n') + '\n');
    return problems ? 1 : 0;
  } finally {
    await client.end();
  }
}

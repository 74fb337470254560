/** `trickle verify`: load a project into a database and check the oracle after every change step. */
import pg from 'pg';
import type { AnalyzedProject } from '../compile.js';
import { migrationsToApply, type OutputFile } from '../emit/output.js';
import { parseSql, statementText, type ParsedStatement } from '../parser/adapter.js';
import { formatPosition, type SourcePosition } from '../errors.js';
import { qualifiedKey } from '../catalog/catalog.js';
import { SourceText } from '../parser/source.js';
import { commentText, qualified } from '../sql/quote.js';
import { checkOracle, formatMismatch, type OracleTarget } from './oracle.js';
import { copyAsInserts } from './copy.js';

export interface VerifyInput {
  readonly project: AnalyzedProject;
  readonly files: readonly OutputFile[];
  readonly data: readonly SourceText[];
  readonly changes: readonly SourceText[];
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly steps: number;
}

export function oracleTargets(project: AnalyzedProject): OracleTarget[] {
  return project.streams.map((st) => ({
    schema: st.name.schema,
    name: st.name.name,
    columns: st.columns.map((c) => c.name),
    query: st.definingQuery,
  }));
}

/**
 * Runs one script in its own transaction, like `psql -1 -f`, and as each psql run is a session of
 * its own, a search_path the script sets (pg_dump sets it to '') ends with it. With `statementwise`, one statement
 * at a time, as psql sends them: Citus propagates some DDL to the workers as the text of the
 * whole query message, so a script sent as one message fails there.
 */
export async function runScript(client: pg.ClientBase, sql: string, label: string, statementwise = false): Promise<void> {
  const source = new SourceText(label, sql);
  const bytes = Buffer.from(sql, 'utf8');
  // The statement being run, sent on its own (statementwise); else the whole script.
  let running: ParsedStatement | undefined;
  try {
    await client.query('BEGIN');
    if (statementwise) {
      for (const s of parseSql(source)) {
        running = s;
        await client.query(statementText(bytes, s));
      }
      running = undefined;
    } else {
      await client.query(sql);
    }
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    // PostgreSQL gives an error's position in characters of the text it was sent.
    const at = Number((e as { position?: string }).position);
    const sent = running ? statementText(bytes, running) : sql;
    const where = Number.isInteger(at) && at > 0 ? source.position((running?.location ?? 0) + Buffer.byteLength([...sent].slice(0, at - 1).join(''))) : undefined;
    throw new ScriptError(`${where ? formatPosition(where) : label}: ${(e as Error).message}`, where);
  } finally {
    await client.query('RESET search_path').catch(() => undefined);
  }
}

/** A script that failed, with where in it when PostgreSQL said. */
export class ScriptError extends Error {
  constructor(
    message: string,
    readonly position: SourcePosition | undefined,
  ) {
    super(message);
  }
}

/** Refuses a database that already holds user tables. */
export async function checkEmpty(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query(
    `SELECT n.nspname || '.' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
      ORDER BY 1 LIMIT 10`,
  );
  if (rows.length) throw new VerifyRefused(`the database is not empty: it holds ${rows.map((r) => r.name).join(', ')}`);
}

export class VerifyRefused extends Error {}

/** Loads the project's schema (Citus calls only where Citus is installed), data and compiled scripts. */
export async function loadIntoDatabase(client: pg.ClientBase, input: Omit<VerifyInput, 'changes'>, citus?: boolean): Promise<void> {
  citus ??= await hasCitus(client);
  // One script per schema file, as psql runs them.
  const byFile = new Map<string, string[]>();
  for (const s of input.project.catalog.statements) {
    if (citus || !s.citus) byFile.set(s.position.file, [...(byFile.get(s.position.file) ?? []), s.sql + ';']);
  }
  for (const [file, statements] of byFile) await runScript(client, statements.join('\n'), file, citus);
  for (const d of input.data) await runScript(client, copyAsInserts(d.text), d.file, citus);
  for (const f of migrationsToApply(input.files)) {
    await runScript(client, f.content, f.path, citus).catch((e: Error) => {
      throw e instanceof ScriptError && e.position ? new ScriptError(`${e.message}${definitionOfFailure(input.project, f, e.position.line)}`, e.position) : e;
    });
  }
}

/**
 * Where the user wrote the stream table whose section of a migration failed: PostgreSQL's error
 * points into the generated SQL (a type error in a query, which the compiler does not check,
 * shows first there).
 */
function definitionOfFailure(project: AnalyzedProject, file: OutputFile, line: number): string {
  const lines = file.content.split('\n').slice(0, line);
  // Sections open with a banner: a rule, `-- <title>`, a rule.
  for (let i = lines.length - 2; i > 0; i--) {
    if (!(/^-- =+$/.test(lines[i - 1]!) && /^-- =+$/.test(lines[i + 1] ?? ''))) continue;
    const title = lines[i]!.slice(3);
    const st = project.streams.find((x) =>
      ['create', 'rebuild'].some((verb) => {
        const heading = `${verb} stream table ${commentText(qualifiedKey(x.name))}`;
        return title === heading || title.startsWith(`${heading} (`);
      }),
    );
    return st ? `\n  in the section that creates stream table ${qualifiedKey(st.name)}, defined at ${formatPosition(st.def.position)}` : '';
  }
  return '';
}

export async function hasCitus(client: pg.ClientBase): Promise<boolean> {
  return (await client.query(`SELECT 1 FROM pg_extension WHERE extname = 'citus'`)).rowCount! > 0;
}

/** Refreshes every stream table in dependency order; returns what each refresh did (NOOP, DIFFERENTIAL, FULL). */
export async function refreshAll(client: pg.ClientBase, project: AnalyzedProject): Promise<string[]> {
  const kinds: string[] = [];
  for (const st of project.streams) {
    const name = qualified(st.name.schema, st.name.name);
    await client.query('CALL pg_trickle.refresh($1)', [name]).catch((e: Error) => {
      throw new Error(`the refresh of ${name} failed: ${e.message}`);
    });
    const { rows } = await client.query('SELECT last_refresh_kind FROM pg_trickle.pgt_stream_tables WHERE pgt_schema = $1 AND pgt_name = $2', [
      st.name.schema,
      st.name.name,
    ]);
    kinds.push(String(rows[0]?.last_refresh_kind ?? '?'));
  }
  return kinds;
}

/** Loads schema, data and compiled scripts into `url`, then checks every change step. */
export async function verifyDatabase(url: string, input: VerifyInput, log: (line: string) => void): Promise<VerifyReport> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  client.on('notice', () => undefined);
  try {
    await checkEmpty(client);
    const citus = await hasCitus(client);
    await loadIntoDatabase(client, input, citus);
    const targets = oracleTargets(input.project);
    let ok = await checkAll(client, targets, 'initial population', log, []);
    let steps = 1;
    for (const step of input.changes) {
      await runScript(client, copyAsInserts(step.text), step.file, citus);
      const kinds = await refreshAll(client, input.project);
      ok = (await checkAll(client, targets, step.file, log, kinds)) && ok;
      steps++;
    }
    return { ok, steps };
  } finally {
    await client.end();
  }
}

async function checkAll(client: pg.ClientBase, targets: readonly OracleTarget[], label: string, log: (l: string) => void, kinds: string[]): Promise<boolean> {
  const failures: string[] = [];
  for (const t of targets) {
    const r = await checkOracle(client, t).catch((e: Error) => {
      throw new Error(`comparing ${qualified(t.schema, t.name)} with its query failed: ${e.message}`);
    });
    if (r.extra.length || r.missing.length) failures.push(formatMismatch(t, r));
  }
  const counts = new Map<string, number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  const how = kinds.length ? ` (${[...counts.entries()].sort().map(([k, n]) => `${n} ${k}`).join(', ')})` : '';
  if (failures.length === 0) {
    log(`ok    ${label}: ${targets.length === 1 ? '1 stream table equals its query' : `${targets.length} stream tables equal their queries`}${how}`);
    return true;
  }
  log(`FAIL  ${label}: ${failures.length} of ${targets.length} stream tables differ from their queries${how}`);
  for (const f of failures) log(f.replace(/^/gm, '      '));
  return false;
}

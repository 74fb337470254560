/** Test helpers: compile a fixture folder and load it into a real database. */
import pg from 'pg';
import { loadProject } from '../../compiler/cli/load.js';
import { analyzeProject, type AnalyzedProject } from '../../compiler/compile.js';
import { emitProject, type OutputFile } from '../../compiler/emit/output.js';
import { loadParser } from '../../compiler/parser/adapter.js';
import type { ProjectSources } from '../../compiler/project/project.js';
import type { SourceText } from '../../compiler/parser/source.js';
import { checkOracle, formatMismatch } from '../../compiler/verify/oracle.js';
import { loadIntoDatabase, oracleTargets } from '../../compiler/verify/verify.js';

export interface CompiledFixture {
  readonly sources: ProjectSources;
  readonly project: AnalyzedProject;
  readonly files: OutputFile[];
}

/** A fixture folder compiled in memory; `extraStreams` are more stream files, after the fixture's. */
export async function compileFixture(dir: string, extraStreams: readonly SourceText[] = []): Promise<CompiledFixture> {
  await loadParser();
  const loaded = loadProject(dir);
  const sources = extraStreams.length ? { ...loaded, streams: [...loaded.streams, ...extraStreams] } : loaded;
  const project = analyzeProject(sources);
  return { sources, project, files: emitProject(project) };
}

export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  client.on('notice', () => undefined);
  return client;
}

/** Schema, data and the compiled scripts, in a fresh database. */
export async function loadFixture(client: pg.ClientBase, f: CompiledFixture): Promise<void> {
  await loadIntoDatabase(client, { project: f.project, files: f.files, data: f.sources.data });
}

/** Throws with the differing rows when any stream table differs from its query. */
export async function expectOracle(client: pg.ClientBase, project: AnalyzedProject, label = ''): Promise<void> {
  const problems: string[] = [];
  for (const t of oracleTargets(project)) {
    const r = await checkOracle(client, t);
    if (r.extra.length || r.missing.length) problems.push(formatMismatch(t, r));
  }
  if (problems.length) throw new Error(`${label ? label + ': ' : ''}${problems.join('\n')}`);
}

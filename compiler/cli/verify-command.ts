import { analyzeProject } from '../compile.js';
import { startEmbeddedPostgres, withTempDatabase } from '../db/servers.js';
import { emitProject } from '../emit/output.js';
import { TrickleError } from '../errors.js';
import { verifyDatabase, VerifyRefused, type VerifyInput } from '../verify/verify.js';
import { loadProject } from './load.js';

export async function verifyCommand(opts: { dir: string; databaseUrl?: string | undefined }): Promise<number> {
  const sources = loadProject(opts.dir);
  const project = analyzeProject(sources);
  const input: VerifyInput = { project, files: emitProject(project), data: sources.data, changes: sources.changes };
  const log = (line: string) => process.stdout.write(line + '\n');
  const run = async (url: string) => {
    try {
      const report = await verifyDatabase(url, input, log);
      log(report.ok ? `verified ${project.name}: ${report.steps} ${report.steps === 1 ? 'step' : 'steps'}, every stream table equals its query` : `verify failed for ${project.name}`);
      return report.ok ? 0 : 1;
    } catch (e) {
      if (e instanceof VerifyRefused) throw new TrickleError(`verify: ${e.message}; use an empty database`);
      throw new TrickleError(`verify: ${(e as Error).message}`);
    }
  };
  if (opts.databaseUrl) return run(opts.databaseUrl);
  log('starting an embedded PostgreSQL...');
  const server = await startEmbeddedPostgres();
  try {
    log(`using ${server.label}`);
    return await withTempDatabase(server, run);
  } finally {
    await server.stop();
  }
}

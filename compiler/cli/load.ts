/** Reads a project folder. The only module (with the CLI commands) that touches the filesystem for input. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { TrickleError } from '../errors.js';
import { withoutMetaCommands } from '../parser/adapter.js';
import { SourceText } from '../parser/source.js';
import { parseConfig } from '../project/config.js';
import type { ProjectSources } from '../project/project.js';

export function loadProject(dir: string, cwd = process.cwd()): ProjectSources {
  const root = resolve(cwd, dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new TrickleError(`${dir}: no such project folder`);
  const display = (p: string) => relative(cwd, p) || p;
  const read = (sub: string): SourceText[] => {
    const folder = join(root, sub);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((f) => f.endsWith('.sql'))
      .sort()
      .map((f) => withoutMetaCommands(new SourceText(display(join(folder, f)), readFileSync(join(folder, f), 'utf8'))));
  };
  const schema = read('schema');
  const streams = read('streams');
  if (schema.length === 0) throw new TrickleError(`${display(root)}: no schema/*.sql files`);
  if (streams.length === 0) throw new TrickleError(`${display(root)}: no streams/*.sql files`);
  const configFile = join(root, 'trickle.json');
  const configText = existsSync(configFile) ? new SourceText(display(configFile), readFileSync(configFile, 'utf8')) : undefined;
  return { config: parseConfig(configText, basename(root)), schema, streams, data: read('data'), changes: read('changes') };
}

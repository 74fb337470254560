/** Reads a project folder. The only module (with the CLI commands) that touches the filesystem for input. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { TrickleError } from '../errors.js';
import { withoutMetaCommands } from '../parser/adapter.js';
import { SourceText } from '../parser/source.js';
import { DEFAULT_REFRESH_MODE, DEFAULT_SCHEDULE, type ProjectConfig, type ProjectSources, type RefreshMode } from '../project/project.js';

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
  return { config: readConfig(root, display), schema, streams, data: read('data'), changes: read('changes') };
}

const MODES: readonly string[] = ['DIFFERENTIAL', 'FULL', 'AUTO'];

function readConfig(root: string, display: (p: string) => string): ProjectConfig {
  const file = join(root, 'trickle.json');
  let raw: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      throw new TrickleError(`${display(file)}: invalid JSON: ${(e as Error).message}`);
    }
  }
  const defaults = (raw.defaults ?? {}) as Record<string, unknown>;
  const name = typeof raw.name === 'string' ? raw.name : basename(root);
  if (!/^[A-Za-z0-9_.-]+$/.test(name)) throw new TrickleError(`${display(file)}: project name '${name}' may only hold letters, digits, '_', '.' and '-'`);
  const mode = String(defaults.refresh_mode ?? DEFAULT_REFRESH_MODE).toUpperCase();
  if (!MODES.includes(mode)) throw new TrickleError(`${display(file)}: defaults.refresh_mode must be DIFFERENTIAL, FULL or AUTO`);
  const schedule = typeof defaults.schedule === 'string' ? defaults.schedule : DEFAULT_SCHEDULE;
  return { name, defaults: { schedule, refreshMode: mode as RefreshMode } };
}

/** Reads a project folder. The only module (with the CLI commands) that touches the filesystem for input. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { TrickleError } from '../errors.js';
import { withoutMetaCommands } from '../parser/adapter.js';
import { SourceText } from '../parser/source.js';
import { parseConfig } from '../project/config.js';
import type { ProjectSources } from '../project/project.js';

/**
 * A file's text, which must be UTF-8 (PostgreSQL's parser and the generated files are): a byte
 * sequence that is not would otherwise become U+FFFD, silently another string literal.
 */
function readUtf8(path: string, shown: string): string {
  const bytes = readFileSync(path);
  const text = bytes.toString('utf8');
  const again = Buffer.from(text, 'utf8');
  // A byte order mark (Windows editors write one) is not part of the SQL.
  if (again.equals(bytes)) return text.startsWith('\uFEFF') ? text.slice(1) : text;
  // Decoding replaced a byte sequence with U+FFFD: the bytes agree up to the first one that does not decode.
  let bad = 0;
  while (bad < bytes.length && bytes[bad] === again[bad]) bad++;
  const before = bytes.subarray(0, bad).toString('utf8');
  throw new TrickleError(`invalid UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')}): save the file as UTF-8`, new SourceText(shown, before).positionOfChar(before.length));
}

export function loadProject(dir: string, cwd = process.cwd()): ProjectSources {
  const root = resolve(cwd, dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new TrickleError(`${dir}: no such project folder`);
  const display = (p: string) => relative(cwd, p) || p;
  const read = (sub: string): SourceText[] => {
    const folder = join(root, sub);
    if (!existsSync(folder)) return [];
    if (!statSync(folder).isDirectory()) throw new TrickleError(`${display(folder)}: not a folder`);
    const entries = readdirSync(folder, { withFileTypes: true });
    // Files are read in the order of their names, from this folder only: a subfolder (one named
    // like a SQL file too) would otherwise be skipped without a word.
    const nested = entries.find((e) => e.isDirectory());
    if (nested) throw new TrickleError(`${display(join(folder, nested.name))}: a folder inside ${sub}/, whose files trickle does not read (put them in ${sub}/ itself)`);
    const files = entries
      .map((e) => e.name)
      .filter((f) => /\.sql$/i.test(f))
      .sort();
    // Followed through a symbolic link: a folder or a pipe named like a SQL file is no file to read
    // (reading a pipe would wait for a writer).
    const odd = files.find((f) => existsSync(join(folder, f)) && !statSync(join(folder, f)).isFile());
    if (odd) throw new TrickleError(`${display(join(folder, odd))}: not a file`);
    return files.map((f) => withoutMetaCommands(new SourceText(display(join(folder, f)), readUtf8(join(folder, f), display(join(folder, f))))));
  };
  const schema = read('schema');
  const streams = read('streams');
  if (schema.length === 0) throw new TrickleError(`${display(root)}: no schema/*.sql files`);
  if (streams.length === 0) throw new TrickleError(`${display(root)}: no streams/*.sql files`);
  const configFile = join(root, 'trickle.json');
  if (existsSync(configFile) && !statSync(configFile).isFile()) throw new TrickleError(`${display(configFile)}: not a file`);
  const configText = existsSync(configFile) ? new SourceText(display(configFile), readUtf8(configFile, display(configFile))) : undefined;
  return { config: parseConfig(configText, basename(root)), schema, streams, data: read('data'), changes: read('changes') };
}

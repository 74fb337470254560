/**
 * `trickle.sum`, after atlas.sum: one line per migration file with a hash
 * chained over every file before it, and a first line hashing the whole
 * list. Editing, inserting, removing or reordering a file is detected.
 */
import { createHash } from 'node:crypto';

export const SUM_FILE = 'trickle.sum';

export interface SumEntry {
  readonly path: string;
  readonly hash: string;
}

function h1(...parts: string[]): string {
  // Hashed part by part: the same digest as of the joined text, without copying a large migration into it.
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p, 'utf8');
  return 'h1:' + hash.digest('base64');
}

/** Entries for files in migration order; each hash covers the file and all before it. */
export function sumEntries(files: readonly { path: string; content: string }[]): SumEntry[] {
  let chain = '';
  return files.map((f) => {
    chain = h1(chain, '\n', f.path, '\n', f.content);
    return { path: f.path, hash: chain };
  });
}

export function renderSum(files: readonly { path: string; content: string }[]): string {
  const entries = sumEntries(files);
  const body = entries.map((e) => `${e.path} ${e.hash}`).join('\n');
  return `${h1(body)}\n${body}${body ? '\n' : ''}`;
}

export interface SumProblem {
  readonly path: string;
  readonly problem: 'edited' | 'missing' | 'unexpected' | 'sum file edited';
}

/** Compares files on disk (in the order the state lists them) with a sum file. */
export function checkSum(sumText: string, files: readonly { path: string; content: string | undefined }[]): SumProblem[] {
  const lines = sumText.split('\n').filter((l) => l.length);
  const problems: SumProblem[] = [];
  // An edited sum file vouches for no file: its hashes are not compared (that would blame files
  // nobody touched), only the list of files.
  const sumEdited = lines[0] !== h1(lines.slice(1).join('\n'));
  if (sumEdited) problems.push({ path: SUM_FILE, problem: 'sum file edited' });
  const recorded = lines.slice(1).map((l) => {
    const i = l.lastIndexOf(' ');
    // A line without a hash (appended by hand) names itself whole.
    return i < 0 ? { path: l, hash: '' } : { path: l.slice(0, i), hash: l.slice(i + 1) };
  });
  const listed = new Set(recorded.map((r) => r.path));
  for (const f of files) {
    if (!listed.has(f.path)) problems.push({ path: f.path, problem: 'unexpected' });
  }
  let chain = '';
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  for (const r of recorded) {
    const content = byPath.get(r.path);
    // Each later file is checked against the recorded chain, so that one edit or removal is reported once.
    if (content === undefined) problems.push({ path: r.path, problem: 'missing' });
    else if (!sumEdited && h1(chain, '\n', r.path, '\n', content) !== r.hash) problems.push({ path: r.path, problem: 'edited' });
    chain = r.hash;
  }
  return problems;
}

/**
 * `trickle.json`: the project's name and defaults. Read strictly, because a typo here
 * (`"refresh-mode"`, `"defualts"`) would otherwise silently compile every stream table with the
 * built-in defaults; every error points at the key or value at fault.
 */
import { TrickleError } from '../errors.js';
import type { SourceText } from '../parser/source.js';
import { parseSchedule, ScheduleError } from '../schedule/schedule.js';
import { editDistance } from '../spelling.js';
import { DEFAULT_REFRESH_MODE, DEFAULT_SCHEDULE, type ProjectConfig, type RefreshMode } from './project.js';

const MODES: readonly RefreshMode[] = ['DIFFERENTIAL', 'FULL', 'AUTO'];
const TOP_KEYS = ['name', 'defaults'] as const;
const DEFAULT_KEYS = ['schedule', 'refresh_mode'] as const;

/** `folderName` names the project when the file does not; `source` is undefined when there is no file. */
export function parseConfig(source: SourceText | undefined, folderName: string): ProjectConfig {
  if (!source) return { name: checkedName(folderName, undefined), defaults: { schedule: DEFAULT_SCHEDULE, refreshMode: DEFAULT_REFRESH_MODE } };
  const fail = (message: string, at: number): never => {
    throw new TrickleError(message, source.positionOfChar(at));
  };
  const top = parseJson(source.text, fail);
  const root = expectObject(top, 'trickle.json', fail);
  checkKeys(root, TOP_KEYS, '', fail);

  const nameNode = member(root, 'name');
  const name = nameNode ? checkedName(expectString(nameNode, 'name', fail), (m) => fail(m, nameNode.at)) : checkedName(folderName, undefined);

  const defaultsNode = member(root, 'defaults');
  let schedule = DEFAULT_SCHEDULE;
  let refreshMode = DEFAULT_REFRESH_MODE;
  if (defaultsNode) {
    const defaults = expectObject(defaultsNode, 'defaults', fail);
    checkKeys(defaults, DEFAULT_KEYS, 'defaults.', fail);
    const scheduleNode = member(defaults, 'schedule');
    if (scheduleNode) {
      schedule = expectString(scheduleNode, 'defaults.schedule', fail);
      try {
        parseSchedule(schedule);
      } catch (e) {
        if (e instanceof ScheduleError) fail(`defaults.schedule: ${e.message}`, scheduleNode.at);
        throw e;
      }
    }
    const modeNode = member(defaults, 'refresh_mode');
    if (modeNode) {
      const mode = expectString(modeNode, 'defaults.refresh_mode', fail).toUpperCase();
      if (!(MODES as readonly string[]).includes(mode)) fail(`defaults.refresh_mode must be DIFFERENTIAL, FULL or AUTO`, modeNode.at);
      refreshMode = mode as RefreshMode;
    }
  }
  return { name, defaults: { schedule, refreshMode } };
}

function checkedName(name: string, fail: ((message: string) => never) | undefined): string {
  // (Not only dots: the output folder out/<name> would be out/ itself or its parent.)
  // (At most 200 characters: it names a folder, which file systems allow 255 bytes.)
  if (/^[A-Za-z0-9_.-]{1,200}$/.test(name) && !/^\.+$/.test(name)) return name;
  const message = `project name '${name}' may only hold letters, digits, '_', '.' and '-' (at most 200 of them), and not only dots`;
  if (fail) return fail(message);
  throw new TrickleError(`${message}: set "name" in trickle.json`);
}

// ---------------------------------------------------------------------------------------------
// A JSON reader that remembers where each value and key starts (JSON.parse does not), so that
// errors can say file:line:column. Strict RFC 8259: no comments, no trailing commas.

type Fail = (message: string, at: number) => never;

type JsonNode =
  | { readonly kind: 'object'; readonly at: number; readonly members: readonly JsonMember[] }
  | { readonly kind: 'array'; readonly at: number; readonly items: readonly JsonNode[] }
  | { readonly kind: 'string'; readonly at: number; readonly value: string }
  | { readonly kind: 'number' | 'boolean' | 'null'; readonly at: number };

interface JsonMember {
  readonly key: string;
  readonly keyAt: number;
  readonly value: JsonNode;
}

const KIND_NAMES: Readonly<Record<JsonNode['kind'], string>> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  null: 'null',
};

function expectObject(node: JsonNode, what: string, fail: Fail): readonly JsonMember[] {
  if (node.kind !== 'object') return fail(`${what} must be a JSON object, not ${KIND_NAMES[node.kind]}`, node.at);
  return node.members;
}

function expectString(node: JsonNode, what: string, fail: Fail): string {
  if (node.kind !== 'string') return fail(`${what} must be a string, not ${KIND_NAMES[node.kind]}`, node.at);
  return node.value;
}

function member(members: readonly JsonMember[], key: string): JsonNode | undefined {
  return members.find((m) => m.key === key)?.value;
}

function checkKeys(members: readonly JsonMember[], known: readonly string[], prefix: string, fail: Fail): void {
  const seen = new Set<string>();
  for (const m of members) {
    if (seen.has(m.key)) fail(`${prefix}${m.key} is set twice`, m.keyAt);
    seen.add(m.key);
    if (known.includes(m.key) || (prefix === '' && m.key === '$schema')) continue;
    const near = known.find((k) => editDistance(normalised(k), normalised(m.key)) <= 2);
    const hint = near ? `; did you mean "${near}"?` : ` (known: ${known.map((k) => `"${k}"`).join(', ')})`;
    fail(`unknown key "${prefix}${m.key}"${hint}`, m.keyAt);
  }
}

/** `refresh-mode`, `refreshMode` and `Refresh_Mode` all read as `refreshmode`. */
function normalised(key: string): string {
  return key.toLowerCase().replace(/[-_\s]/g, '');
}

function parseJson(text: string, fail: Fail): JsonNode {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };
  const describe = () => (i >= text.length ? 'the end of the file' : `'${text[i]}'`);
  const value = (): JsonNode => {
    space();
    const at = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const members: JsonMember[] = [];
      space();
      if (text[i] === '}') {
        i++;
        return { kind: 'object', at, members };
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail(`invalid JSON: expected a key in double quotes, found ${describe()}`, i);
        const keyAt = i;
        const key = string();
        space();
        if (text[i] !== ':') fail(`invalid JSON: expected ':' after the key, found ${describe()}`, i);
        i++;
        members.push({ key, keyAt, value: value() });
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return { kind: 'object', at, members };
        }
        return fail(`invalid JSON: expected ',' or '}', found ${describe()}`, i);
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      space();
      if (text[i] === ']') {
        i++;
        return { kind: 'array', at, items };
      }
      for (;;) {
        items.push(value());
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return { kind: 'array', at, items };
        }
        return fail(`invalid JSON: expected ',' or ']', found ${describe()}`, i);
      }
    }
    if (c === '"') return { kind: 'string', at, value: string() };
    for (const [word, kind] of [['true', 'boolean'], ['false', 'boolean'], ['null', 'null']] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return { kind, at };
      }
    }
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/.exec(text.slice(i, i + 64));
    if (number) {
      i += number[0].length;
      return { kind: 'number', at };
    }
    return fail(`invalid JSON: expected a value, found ${describe()}`, i);
  };
  const string = (): string => {
    const start = i;
    i++; // the opening quote
    for (;;) {
      const c = text[i];
      if (c === undefined || c === '\n') return fail('invalid JSON: a string is not closed', start);
      if (c === '"') break;
      if (c === '\\') i++;
      i++;
    }
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return fail('invalid JSON: a string holds an invalid escape or control character', start);
    }
  };
  if (text.startsWith('\uFEFF')) i = 1; // a byte-order mark, as some editors write
  const top = value();
  space();
  if (i < text.length) fail(`invalid JSON: unexpected ${describe()} after the value`, i);
  return top;
}

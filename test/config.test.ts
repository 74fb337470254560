/** trickle.json: what is accepted and what each default becomes (the errors are cases in test/cases/errors/config-*). */
import { describe, expect, it } from 'vitest';
import { TrickleError } from '../compiler/errors.js';
import { SourceText } from '../compiler/parser/source.js';
import { parseConfig } from '../compiler/project/config.js';

const parse = (text: string | undefined, folder = 'my-project') =>
  parseConfig(text === undefined ? undefined : new SourceText('trickle.json', text), folder);

function errorOf(text: string): string {
  try {
    parse(text);
  } catch (e) {
    if (e instanceof TrickleError) return e.format();
    throw e;
  }
  throw new Error(`accepted: ${text}`);
}

describe('trickle.json', () => {
  it('defaults to the folder name, 1m and AUTO', () => {
    expect(parse(undefined)).toEqual({ name: 'my-project', defaults: { schedule: '1m', refreshMode: 'AUTO' } });
    expect(parse('{}')).toEqual({ name: 'my-project', defaults: { schedule: '1m', refreshMode: 'AUTO' } });
    expect(parse('{"defaults": {}}')).toEqual({ name: 'my-project', defaults: { schedule: '1m', refreshMode: 'AUTO' } });
  });

  it('reads every key, a $schema, a byte-order mark and a refresh mode in any case', () => {
    const text = '\uFEFF{ "$schema": "./trickle.schema.json", "name": "shop.v2",\n "defaults": { "schedule": "*/5 * * * *", "refresh_mode": "differential" } }\n';
    expect(parse(text)).toEqual({ name: 'shop.v2', defaults: { schedule: '*/5 * * * *', refreshMode: 'DIFFERENTIAL' } });
  });

  it('points at the key or value at fault', () => {
    expect(errorOf('null')).toBe('trickle.json:1:1: trickle.json must be a JSON object, not null');
    expect(errorOf('{"name": "a",\n "defualts": {}}')).toBe('trickle.json:2:2: unknown key "defualts"; did you mean "defaults"?');
    expect(errorOf('{"owner": "me"}')).toBe('trickle.json:1:2: unknown key "owner" (known: "name", "defaults")');
    expect(errorOf('{"defaults": {"schedule": 60}}')).toBe('trickle.json:1:27: defaults.schedule must be a string, not a number');
    expect(errorOf('{"defaults": []}')).toBe('trickle.json:1:14: defaults must be a JSON object, not an array');
    expect(errorOf('{"name": "a", "name": "b"}')).toBe('trickle.json:1:15: name is set twice');
    expect(errorOf('{"name": "a b"}')).toBe("trickle.json:1:10: project name 'a b' may only hold letters, digits, '_', '.' and '-' (at most 200 of them), and not only dots");
    expect(errorOf('{"name": ".."}')).toBe("trickle.json:1:10: project name '..' may only hold letters, digits, '_', '.' and '-' (at most 200 of them), and not only dots");
    // It names the output folder: a longer one failed when the folder was made, leaving an empty out/.
    expect(errorOf(`{"name": "${'n'.repeat(201)}"}`)).toMatch(/^trickle\.json:1:10: project name 'n+' may only hold .* \(at most 200 of them\)/);
    expect(errorOf('{"name": "a"')).toBe("trickle.json:1:13: invalid JSON: expected ',' or '}', found the end of the file");
    expect(errorOf('{"name": "a\\q"}')).toBe('trickle.json:1:10: invalid JSON: a string holds an invalid escape or control character');
    expect(errorOf('{"name": \'a\'}')).toBe("trickle.json:1:10: invalid JSON: expected a value, found '''");
  });

  it('rejects a folder name that cannot name the project, unless trickle.json names it', () => {
    expect(() => parse(undefined, 'my project')).toThrow(/project name 'my project' may only hold .*: set "name" in trickle.json/);
    expect(parse('{"name": "mine"}', 'my project').name).toBe('mine');
  });
});

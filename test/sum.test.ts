/** trickle.sum (compiler/migrate/sum.ts): each problem of a history is named once, where it is. */
import { describe, expect, it } from 'vitest';
import { checkSum, renderSum } from '../compiler/migrate/sum.js';

const files = [
  { path: '0001_initial.sql', content: 'SELECT 1;\n' },
  { path: '0001_initial.down.sql', content: 'SELECT 2;\n' },
  { path: '0002_add_x.sql', content: 'SELECT 3;\n' },
];
const sum = renderSum(files);

describe('checkSum', () => {
  it('finds nothing wrong with the history it was written for', () => {
    expect(checkSum(sum, files)).toEqual([]);
  });

  it('names a removed file, and not the files after it', () => {
    expect(checkSum(sum, files.map((f, i) => (i === 1 ? { ...f, content: undefined } : f)))).toEqual([{ path: '0001_initial.down.sql', problem: 'missing' }]);
  });

  it('names an edited file, and not the files after it', () => {
    expect(checkSum(sum, files.map((f, i) => (i === 0 ? { ...f, content: 'SELECT 9;\n' } : f)))).toEqual([{ path: '0001_initial.sql', problem: 'edited' }]);
  });

  // Regression: each file after an edited line of the sum file was reported edited too.
  it('names only the sum file when a hash in it was edited, and no file nobody touched', () => {
    const lines = sum.split('\n');
    lines[1] = lines[1]!.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect(checkSum(lines.join('\n'), files)).toEqual([{ path: 'trickle.sum', problem: 'sum file edited' }]);
  });

  it('names a line appended by hand whole', () => {
    const problems = checkSum(`${sum}junk\n`, files);
    expect(problems.map((p) => p.path)).toContain('junk');
  });
});

/**
 * The benchmark's report (bench/lib/report.ts) renders a saved run, bench/results.json, as text
 * for a terminal and as the Markdown tables of docs/BENCHMARKS.md. Measuring needs no test here:
 * `npm run bench` checks its own results against the defining queries.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatResults, table, type Results } from '../bench/lib/report.js';

const saved = JSON.parse(readFileSync(new URL('../bench/results.json', import.meta.url), 'utf8')) as Results;

describe('benchmark report', () => {
  it('renders a Markdown table with one alignment marker a column and escaped pipes', () => {
    expect(table(['name', 'ms'], [['a|b', '1.5']], (c) => c === 1, 'markdown')).toBe('| name | ms |\n|---|--:|\n| a\\|b | 1.5 |');
  });

  it('renders a saved run as Markdown: a heading and a table row for every figure and floor', () => {
    const md = formatResults(saved, 'markdown');
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !/^\| (stream|statement|) \|/.test(l));
    expect(rows).toHaveLength(saved.refresh.length + saved.cdc.length + saved.noChange.length + saved.floors.length);
    expect(md).toContain('### 1. pg_trickle.refresh after a change batch');
    expect(md).toContain('### Floors');
    const failed = saved.floors.filter((f) => !f.pass).length;
    expect(md).toContain(`${saved.floors.length - failed} of ${saved.floors.length} floors pass`);
  });

  it('renders the same figures as aligned text', () => {
    const text = formatResults(saved, 'text');
    expect(text).not.toContain('|');
    for (const r of saved.refresh) expect(text).toMatch(new RegExp(`^${r.stream} +${r.batch.replace('.', '\\.')} `, 'm'));
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, startSystemPostgres15, type PgServer } from '../compiler/db/servers.js';
import {
  CRON_SEARCH_DAYS,
  intervalSql,
  parseSchedule,
  previousFireTime,
  ScheduleError,
  type CronSchedule,
  type IntervalSchedule,
  type Schedule,
} from '../compiler/schedule/schedule.js';

const SCHEDULE_SQL = readFileSync(fileURLToPath(new URL('../templates/schedule.sql', import.meta.url)), 'utf8');

const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

function cron(text: string): CronSchedule {
  const s = parseSchedule(text);
  if (s.kind !== 'cron') throw new Error(`${text} is not a cron schedule`);
  return s;
}

function interval(text: string): IntervalSchedule {
  const s = parseSchedule(text);
  if (s.kind !== 'interval') throw new Error(`${text} is not an interval schedule`);
  return s;
}

const utc = (iso: string) => new Date(iso.endsWith('Z') ? iso : `${iso}Z`);
const prev = (text: string, at: string) => previousFireTime(cron(text), utc(at))?.toISOString();

function errorOf(text: string): ScheduleError {
  try {
    parseSchedule(text);
  } catch (e) {
    if (e instanceof ScheduleError) return e;
    throw e;
  }
  throw new Error(`expected '${text}' to be rejected`);
}

const range = (lo: number, hi: number, step = 1) => Array.from({ length: Math.floor((hi - lo) / step) + 1 }, (_, i) => lo + i * step);

// ---------------------------------------------------------------------------------------------
// parseSchedule
// ---------------------------------------------------------------------------------------------

describe('parseSchedule: durations', () => {
  it.each([
    ['30s', 30_000],
    ['5m', 5 * MIN],
    ['1h30m', 90 * MIN],
    ['2h', 2 * HOUR],
    ['1d', DAY],
    ['90s', 90_000],
    ['500ms', 500],
    ['1w', 7 * DAY],
    ['1h 30m', 90 * MIN],
    ['1d2h3m4s5ms', DAY + 2 * HOUR + 3 * MIN + 4000 + 5],
    ['30m1h', 90 * MIN],
    ['0h5m', 5 * MIN],
  ])('%s = %d ms', (text, ms) => {
    expect(parseSchedule(text)).toEqual({ kind: 'interval', text, milliseconds: ms });
  });

  it('trims surrounding white space', () => {
    expect(parseSchedule('  5m \n')).toEqual({ kind: 'interval', text: '5m', milliseconds: 5 * MIN });
  });

  it.each([
    ['5x', `invalid schedule '5x': unknown unit 'x'`],
    ['10sec', `invalid schedule '10sec': unknown unit 'sec'`],
    ['5M', `invalid schedule '5M': unknown unit 'M'`],
    ['30', `invalid schedule '30': missing unit after '30'`],
    ['1h30', `invalid schedule '1h30': missing unit after '30'`],
    ['0s', `invalid schedule '0s': duration must be greater than zero`],
    ['0h0m0s', `invalid schedule '0h0m0s': duration must be greater than zero`],
    ['1.5h', `invalid schedule '1.5h': fractional value '1.5h' is not supported`],
    ['5m!', `invalid schedule '5m!': unexpected '!'`],
    ['99999999999999w', `invalid schedule '99999999999999w': duration is too long`],
  ])('rejects %j', (text, message) => {
    const e = errorOf(text);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('ScheduleError');
    expect(e.message.startsWith(message)).toBe(true);
    expect(e.schedule).toBe(text);
  });

  it.each(['', '   ', '\t\n'])('rejects the empty schedule %j', (text) => {
    expect(() => parseSchedule(text)).toThrow(ScheduleError);
    expect(errorOf(text).message).toBe(`invalid schedule '${text}': empty schedule`);
  });
});

describe('parseSchedule: cron', () => {
  it('parses the five fields into sorted, deduplicated arrays', () => {
    expect(parseSchedule('*/15 9-17/2 1,15,1 JAN,mar,Feb MON-FRI')).toEqual({
      kind: 'cron',
      text: '*/15 9-17/2 1,15,1 JAN,mar,Feb MON-FRI',
      minutes: [0, 15, 30, 45],
      hours: [9, 11, 13, 15, 17],
      daysOfMonth: [1, 15],
      months: [1, 2, 3],
      daysOfWeek: [1, 2, 3, 4, 5],
      domRestricted: true,
      dowRestricted: true,
    });
  });

  it('expands stars to the full range and marks them unrestricted', () => {
    const s = cron('* * * * *');
    expect(s.minutes).toEqual(range(0, 59));
    expect(s.hours).toEqual(range(0, 23));
    expect(s.daysOfMonth).toEqual(range(1, 31));
    expect(s.months).toEqual(range(1, 12));
    expect(s.daysOfWeek).toEqual(range(0, 6));
    expect([s.domRestricted, s.dowRestricted]).toEqual([false, false]);
  });

  it('maps day-of-week 7 to Sunday = 0', () => {
    expect(cron('0 0 * * 7').daysOfWeek).toEqual([0]);
    expect(cron('0 0 * * 5-7').daysOfWeek).toEqual([0, 5, 6]);
    expect(cron('0 0 * * 0,7,sun,SUN').daysOfWeek).toEqual([0]);
    expect(cron('0 0 * * sat').daysOfWeek).toEqual([6]);
  });

  it('supports steps on stars, ranges, single starting values and names', () => {
    expect(cron('*/20 * * * *').minutes).toEqual([0, 20, 40]);
    expect(cron('5-20/5 * * * *').minutes).toEqual([5, 10, 15, 20]);
    expect(cron('50/3 * * * *').minutes).toEqual([50, 53, 56, 59]);
    expect(cron('*/100 * * * *').minutes).toEqual([0]);
    expect(cron('0 0 */10 * *').daysOfMonth).toEqual([1, 11, 21, 31]);
    expect(cron('0 0 * JAN-DEC/3 *').months).toEqual([1, 4, 7, 10]);
    expect(cron('0 0 * * MON-SUN/2'.replace('SUN', 'SAT')).daysOfWeek).toEqual([1, 3, 5]);
    expect(cron('0 0 * * 0-7/2').daysOfWeek).toEqual([0, 2, 4, 6]);
    expect(cron('1,2,3-5,*/30 * * * *').minutes).toEqual([0, 1, 2, 3, 4, 5, 30]);
  });

  it('follows Vixie cron: a field is restricted unless it starts with *', () => {
    expect(cron('0 0 */2 * MON')).toMatchObject({ domRestricted: false, dowRestricted: true });
    expect(cron('0 0 1-31 * *')).toMatchObject({ domRestricted: true, dowRestricted: false });
    expect(cron('0 0 13 * FRI')).toMatchObject({ domRestricted: true, dowRestricted: true });
  });

  it.each([
    ['@yearly', '0 0 1 1 *'],
    ['@annually', '0 0 1 1 *'],
    ['@monthly', '0 0 1 * *'],
    ['@weekly', '0 0 * * 0'],
    ['@daily', '0 0 * * *'],
    ['@midnight', '0 0 * * *'],
    ['@hourly', '0 * * * *'],
    ['@DAILY', '0 0 * * *'],
  ])('alias %s = %s', (alias, expansion) => {
    const { text, ...fields } = cron(alias);
    const { text: _t, ...expected } = cron(expansion);
    expect(text).toBe(alias);
    expect(fields).toEqual(expected);
  });

  it('accepts extra white space between fields', () => {
    expect(cron('  0\t12  *  *   *  ')).toMatchObject({ text: '0\t12  *  *   *', minutes: [0], hours: [12] });
  });

  it.each([
    ['60 * * * *', `invalid schedule '60 * * * *': minute value 60 is out of range 0-59`],
    ['* 24 * * *', `invalid schedule '* 24 * * *': hour value 24 is out of range 0-23`],
    ['* * 0 * *', `invalid schedule '* * 0 * *': day-of-month value 0 is out of range 1-31`],
    ['* * 32 * *', `invalid schedule '* * 32 * *': day-of-month value 32 is out of range 1-31`],
    ['* * * 13 *', `invalid schedule '* * * 13 *': month value 13 is out of range 1-12`],
    ['* * * 0 *', `invalid schedule '* * * 0 *': month value 0 is out of range 1-12`],
    ['* * * * 8', `invalid schedule '* * * * 8': day-of-week value 8 is out of range 0-7`],
    ['0-60 * * * *', `invalid schedule '0-60 * * * *': minute value 60 is out of range 0-59`],
    ['* * * *', `invalid schedule '* * * *': a cron expression needs 5 fields (minute hour day-of-month month day-of-week), found 4`],
    ['0 * * * * *', `invalid schedule '0 * * * * *': a cron expression needs 5 fields`],
    ['*/5', `invalid schedule '*/5': a cron expression needs 5 fields`],
    ['0 0 1 1 1 1', `invalid schedule '0 0 1 1 1 1': a cron expression needs 5 fields`],
    ['*/0 * * * *', `invalid schedule '*/0 * * * *': step must be greater than zero in minute field '*/0'`],
    ['1-10/0 * * * *', `invalid schedule '1-10/0 * * * *': step must be greater than zero`],
    ['*/x * * * *', `invalid schedule '*/x * * * *': invalid step 'x' in minute field`],
    ['5-1 * * * *', `invalid schedule '5-1 * * * *': minute range '5-1' runs backwards`],
    ['0 0 * * FRI-MON', `invalid schedule '0 0 * * FRI-MON': day-of-week range 'FRI-MON' runs backwards`],
    ['1,,2 * * * *', `invalid schedule '1,,2 * * * *': empty list item in minute field '1,,2'`],
    ['a * * * *', `invalid schedule 'a * * * *': invalid minute value 'a'`],
    ['0 0 * JANUARY *', `invalid schedule '0 0 * JANUARY *': invalid month value 'JANUARY'`],
    ['0 0 * MON *', `invalid schedule '0 0 * MON *': invalid month value 'MON'`],
    ['0 0 JAN * *', `invalid schedule '0 0 JAN * *': invalid day-of-month value 'JAN'`],
    ['1-2-3 * * * *', `invalid schedule '1-2-3 * * * *': invalid minute range '1-2-3'`],
    ['-5 * * * *', `invalid schedule '-5 * * * *': missing minute value`],
    ['@reboot', `invalid schedule '@reboot': unknown alias '@reboot'`],
    ['-5m', `invalid schedule '-5m': a cron expression needs 5 fields`],
  ])('rejects %j', (text, message) => {
    const e = errorOf(text);
    expect(e.message.startsWith(message), e.message).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// intervalSql
// ---------------------------------------------------------------------------------------------

describe('intervalSql', () => {
  it.each([
    ['1h30m', '1 hour 30 minutes'],
    ['500ms', '0.5 seconds'],
    ['1s', '1 second'],
    ['30s', '30 seconds'],
    ['90s', '1 minute 30 seconds'],
    ['5m', '5 minutes'],
    ['2h', '2 hours'],
    ['1d', '24 hours'],
    ['1w', '168 hours'],
    ['1250ms', '1.25 seconds'],
    ['1ms', '0.001 seconds'],
    ['1h1m1s1ms', '1 hour 1 minute 1.001 seconds'],
  ])('%s -> %s', (text, sql) => {
    expect(intervalSql(interval(text))).toBe(sql);
  });
});

// ---------------------------------------------------------------------------------------------
// previousFireTime
// ---------------------------------------------------------------------------------------------

/** Independent, brute-force matcher for one instant (at a minute boundary). */
function matches(s: CronSchedule, t: Date): boolean {
  const domOk = s.daysOfMonth.includes(t.getUTCDate());
  const dowOk = s.daysOfWeek.includes(t.getUTCDay());
  const dayOk = s.domRestricted && s.dowRestricted ? domOk || dowOk : domOk && dowOk;
  return (
    dayOk &&
    s.minutes.includes(t.getUTCMinutes()) &&
    s.hours.includes(t.getUTCHours()) &&
    s.months.includes(t.getUTCMonth() + 1)
  );
}

describe('previousFireTime', () => {
  it.each([
    ['*/15 * * * *', '2024-03-10T10:37:42.123', '2024-03-10T10:30:00.000Z'],
    ['*/15 * * * *', '2024-03-10T10:30:00.000', '2024-03-10T10:30:00.000Z'],
    ['*/15 * * * *', '2024-03-10T10:29:59.999', '2024-03-10T10:15:00.000Z'],
    ['* * * * *', '2024-03-10T10:29:59.999', '2024-03-10T10:29:00.000Z'],
    ['45 8,10 * * *', '2024-03-10T10:30:00', '2024-03-10T08:45:00.000Z'],
    ['45 8,10 * * *', '2024-03-10T08:44:00', '2024-03-09T10:45:00.000Z'],
    ['0 0 1 1 *', '2024-01-01T00:00:00', '2024-01-01T00:00:00.000Z'],
    ['0 0 1 1 *', '2023-12-31T23:59:59', '2023-01-01T00:00:00.000Z'],
    ['@monthly', '2024-03-01T00:00:00', '2024-03-01T00:00:00.000Z'],
    ['@monthly', '2024-02-29T23:59:00', '2024-02-01T00:00:00.000Z'],
    ['@weekly', '2024-09-21T12:00:00', '2024-09-15T00:00:00.000Z'], // Sunday
    ['@hourly', '2024-09-21T12:59:59', '2024-09-21T12:00:00.000Z'],
    // Feb 29 only exists in leap years.
    ['0 0 29 2 *', '2025-06-01T00:00:00', '2024-02-29T00:00:00.000Z'],
    ['0 0 29 2 *', '2024-02-28T23:59:00', '2020-02-29T00:00:00.000Z'],
    ['30 12 29 FEB *', '2100-03-01T00:00:00', '2096-02-29T12:30:00.000Z'],
    // Month ends: the 31st skips short months.
    ['59 23 31 * *', '2024-07-30T00:00:00', '2024-05-31T23:59:00.000Z'],
    ['59 23 31 * *', '2024-03-01T00:00:00', '2024-01-31T23:59:00.000Z'],
    ['0 0 30 * *', '2023-03-29T00:00:00', '2023-01-30T00:00:00.000Z'],
    // Both day fields restricted: either matches (Friday or the 13th).
    ['0 12 13 * FRI', '2024-09-21T00:00:00', '2024-09-20T12:00:00.000Z'],
    ['0 12 13 * FRI', '2024-09-14T00:00:00', '2024-09-13T12:00:00.000Z'],
    ['0 12 13 * FRI', '2024-10-14T00:00:00', '2024-10-13T12:00:00.000Z'], // a Sunday the 13th
    // Only day-of-week restricted: Fridays.
    ['0 12 * * FRI', '2024-10-14T00:00:00', '2024-10-11T12:00:00.000Z'],
    // `*/2` counts as unrestricted (Vixie): Mondays that fall on an odd day.
    ['0 0 */2 * MON', '2024-09-30T12:00:00', '2024-09-23T00:00:00.000Z'],
    // Day-of-month restricted, day-of-week `*`: just the day of month.
    ['0 0 1-31 * *', '2024-09-30T12:00:00', '2024-09-30T00:00:00.000Z'],
    // Steps and lists.
    ['10-50/20 1,13 * * *', '2024-09-30T13:29:00', '2024-09-30T13:10:00.000Z'],
    ['10-50/20 1,13 * * *', '2024-09-30T13:09:00', '2024-09-30T01:50:00.000Z'],
    ['0 0 * JAN-DEC/3 *', '2024-09-30T12:00:00', '2024-07-31T00:00:00.000Z'],
    // Before 1970.
    ['0 6 * * SUN', '1969-07-21T00:00:00', '1969-07-20T06:00:00.000Z'],
  ])('%s at %s -> %s', (text, at, expected) => {
    expect(prev(text, at)).toBe(expected);
  });

  it('returns undefined when nothing fires within five years', () => {
    expect(prev('0 0 30 2 *', '2024-06-01T00:00:00')).toBeUndefined();
    expect(prev('0 0 31 APR,JUN,SEP,NOV *', '2024-06-01T00:00:00')).toBeUndefined();
    // Feb 29 2100 does not exist; the last one before 2104 is 2096, more than five years back.
    expect(prev('0 0 29 2 *', '2103-06-01T00:00:00')).toBeUndefined();
    expect(previousFireTime(cron('* * * * *'), new Date(NaN))).toBeUndefined();
  });

  it('searches exactly CRON_SEARCH_DAYS days back', () => {
    // 2096-02-29 is the last Feb 29 before 2104 (2100 is not a leap year).
    const edge = utc('2096-02-29T00:00:00');
    const edgeDay = edge.getTime() / DAY;
    const s = cron('0 0 29 2 *');
    expect(previousFireTime(s, new Date((edgeDay + CRON_SEARCH_DAYS) * DAY + 10 * HOUR))).toEqual(edge);
    expect(previousFireTime(s, new Date((edgeDay + CRON_SEARCH_DAYS + 1) * DAY))).toBeUndefined();
    expect(CRON_SEARCH_DAYS).toBe(1830);
    expect(prev('0 0 29 2 *', '2101-03-05T23:59:59')).toBe('2096-02-29T00:00:00.000Z');
    expect(prev('0 0 29 2 *', '2101-03-06T00:00:00')).toBeUndefined();
  });

  it('agrees with a brute-force minute-by-minute search', () => {
    fc.assert(
      fc.property(cronArb, timestampArb, (text, ms) => {
        const s = cron(text);
        const now = new Date(ms);
        const got = previousFireTime(s, now);
        const floor = Math.floor(ms / MIN) * MIN;
        const window = 3 * 24 * 60;
        let expected: number | undefined;
        for (let i = 0; i <= window; i++) {
          const t = floor - i * MIN;
          if (matches(s, new Date(t))) {
            expected = t;
            break;
          }
        }
        if (expected !== undefined) {
          expect(got?.getTime()).toBe(expected);
        } else if (got !== undefined) {
          expect(got.getTime()).toBeLessThan(floor - window * MIN);
          expect(got.getTime() % MIN).toBe(0);
          expect(matches(s, got)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

interface GenSpec {
  min: number;
  max: number;
  favourites: number[];
  names?: readonly string[];
  nameBase?: number;
}

const GEN: Record<'minute' | 'hour' | 'dom' | 'month' | 'dow', GenSpec> = {
  minute: { min: 0, max: 59, favourites: [0, 59, 30] },
  hour: { min: 0, max: 23, favourites: [0, 23, 12] },
  dom: { min: 1, max: 31, favourites: [1, 28, 29, 30, 31, 13] },
  month: {
    min: 1,
    max: 12,
    favourites: [2, 1, 12],
    names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'],
    nameBase: 1,
  },
  dow: { min: 0, max: 7, favourites: [0, 7, 5], names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'], nameBase: 0 },
};

function fieldArb(spec: GenSpec): fc.Arbitrary<string> {
  const value = fc.oneof(fc.integer({ min: spec.min, max: spec.max }), fc.constantFrom(...spec.favourites));
  const show = (v: number, style: number): string => {
    const name = spec.names?.[v - (spec.nameBase ?? 0)];
    if (name === undefined || style === 0) return String(v);
    return style === 1 ? name : name.toLowerCase();
  };
  const style = fc.integer({ min: 0, max: 2 });
  const item = fc.oneof(
    fc.constant('*'),
    fc.integer({ min: 1, max: spec.max - spec.min + 1 }).map((n) => `*/${n}`),
    fc.tuple(value, style).map(([v, st]) => show(v, st)),
    fc.tuple(value, value, style).map(([a, b, st]) => `${show(Math.min(a, b), st)}-${show(Math.max(a, b), st)}`),
    fc
      .tuple(value, value, fc.integer({ min: 1, max: 12 }))
      .map(([a, b, n]) => `${Math.min(a, b)}-${Math.max(a, b)}/${n}`),
  );
  return fc.oneof(
    { arbitrary: item, weight: 3 },
    { arbitrary: fc.array(item, { minLength: 2, maxLength: 4 }).map((xs) => xs.join(',')), weight: 1 },
  );
}

const aliasArb = fc.constantFrom('@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly');

const cronArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: aliasArb, weight: 1 },
  {
    arbitrary: fc
      .tuple(fieldArb(GEN.minute), fieldArb(GEN.hour), fieldArb(GEN.dom), fieldArb(GEN.month), fieldArb(GEN.dow))
      .map((fields) => fields.join(' ')),
    weight: 12,
  },
);

const MIN_TS = Date.UTC(1990, 0, 1);
const MAX_TS = Date.UTC(2110, 11, 31);

/** Milliseconds since the epoch: anywhere, or near month ends / Feb 29 / midnight. */
const timestampArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: MIN_TS, max: MAX_TS }),
  fc
    .record({
      year: fc.oneof(fc.integer({ min: 1990, max: 2110 }), fc.constantFrom(2024, 2028, 2100, 2000)),
      month: fc.integer({ min: 0, max: 12 }),
      day: fc.constantFrom(0, 1, 28, 29, 30, 31),
      hour: fc.constantFrom(0, 23, 12),
      minute: fc.constantFrom(0, 59, 30),
      second: fc.integer({ min: 0, max: 59 }),
      ms: fc.constantFrom(0, 999, 500),
    })
    // Date.UTC normalises day 0 / month 12 into the neighbouring month.
    .map((r) => Date.UTC(r.year, r.month, r.day, r.hour, r.minute, r.second, r.ms)),
);

// ---------------------------------------------------------------------------------------------
// PostgreSQL cross-check of templates/schedule.sql
// ---------------------------------------------------------------------------------------------

const TIME_ZONES = ['UTC', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham'] as const;
type TimeZone = (typeof TIME_ZONES)[number];

function cronParams(s: CronSchedule): unknown[] {
  return [s.minutes, s.hours, s.daysOfMonth, s.months, s.daysOfWeek, s.domRestricted, s.dowRestricted];
}

const PREVIOUS_FIRE_SQL = `
  SELECT (EXTRACT(epoch FROM pg_trickle.cron_previous_fire($1::int[], $2::int[], $3::int[], $4::int[], $5::int[],
            $6::boolean, $7::boolean, $8::timestamptz)) * 1000)::float8 AS ms`;

const IS_DUE_SQL = `
  SELECT pg_trickle.schedule_is_due($1::text, $2::interval, $3::int[], $4::int[], $5::int[], $6::int[], $7::int[],
            $8::boolean, $9::boolean, $10::timestamptz, $11::timestamptz) AS due`;

describe('templates/schedule.sql on PostgreSQL', () => {
  let server: PgServer | undefined;
  const clients = new Map<TimeZone, pg.Client>();

  const client = (tz: TimeZone = 'UTC'): pg.Client => {
    const c = clients.get(tz);
    if (!c) throw new Error('no database connection');
    return c;
  };

  async function sqlPreviousFire(s: CronSchedule, at: Date, tz: TimeZone): Promise<number | undefined> {
    const res = await client(tz).query<{ ms: number | null }>(PREVIOUS_FIRE_SQL, [...cronParams(s), at.toISOString()]);
    const ms = res.rows[0]!.ms;
    return ms === null ? undefined : ms;
  }

  async function isDue(schedule: Schedule | undefined, last: Date | null, at: Date, tz: TimeZone = 'UTC'): Promise<boolean | null> {
    const params: unknown[] =
      schedule === undefined
        ? [null, null, null, null, null, null, null, null, null]
        : schedule.kind === 'interval'
          ? ['interval', intervalSql(schedule), null, null, null, null, null, null, null]
          : ['cron', null, ...cronParams(schedule)];
    const res = await client(tz).query<{ due: boolean | null }>(IS_DUE_SQL, [
      ...params,
      last?.toISOString() ?? null,
      at.toISOString(),
    ]);
    return res.rows[0]!.due;
  }

  beforeAll(async () => {
    server = (await startSystemPostgres15()) ?? (await startEmbeddedPostgres());
    for (const tz of TIME_ZONES) {
      const c = new pg.Client({ connectionString: server.adminUrl() });
      await c.connect();
      await c.query(`SET TimeZone = '${tz}'`);
      clients.set(tz, c);
    }
    // Schema names starting with pg_ are reserved; creating one needs allow_system_table_mods.
    await client().query('SET allow_system_table_mods = on');
    await client().query('CREATE SCHEMA pg_trickle');
    await client().query('RESET allow_system_table_mods');
    await client().query(SCHEDULE_SQL);
    // Loading twice must work (CREATE OR REPLACE).
    await client().query(SCHEDULE_SQL);
  });

  afterAll(async () => {
    for (const c of clients.values()) await c.end().catch(() => undefined);
    await server?.stop();
  });

  it('runs on PostgreSQL 15 or later', async () => {
    const res = await client().query<{ v: number }>(`SELECT pg_catalog.current_setting('server_version_num')::int AS v`);
    expect(res.rows[0]!.v).toBeGreaterThanOrEqual(150000);
    if (server?.label === 'system-pg15') expect(Math.floor(res.rows[0]!.v / 10000)).toBe(15);
  });

  it('declares the functions with a pinned search_path and the intended volatility', async () => {
    const rows = (
      await client().query<{ proname: string; provolatile: string; proconfig: string[] }>(
        `SELECT proname, provolatile, proconfig FROM pg_catalog.pg_proc
          WHERE pronamespace = 'pg_trickle'::regnamespace ORDER BY proname`,
      )
    ).rows;
    expect(rows.map((r) => [r.proname, r.provolatile, r.proconfig])).toEqual([
      ['cron_previous_fire', 'i', ['search_path=pg_catalog, pg_temp']],
      ['schedule_is_due', 's', ['search_path=pg_catalog, pg_temp']],
    ]);
  });

  it('parses intervalSql output to the same duration', async () => {
    for (const text of ['1h30m', '500ms', '1s', '90s', '1d', '1w', '1250ms', '1ms', '1h1m1s1ms', '2w3d4h5m6s7ms']) {
      const s = interval(text);
      const res = await client('America/New_York').query<{ ms: number }>(
        `SELECT (EXTRACT(epoch FROM $1::interval) * 1000)::float8 AS ms`,
        [intervalSql(s)],
      );
      expect(res.rows[0]!.ms, text).toBe(s.milliseconds);
    }
  });

  const fixed: Array<[string, string]> = [
    ['*/15 * * * *', '2024-03-10T10:37:42.123'],
    ['*/15 * * * *', '2024-03-10T10:30:00.000'],
    ['45 8,10 * * *', '2024-03-10T08:44:00'],
    ['0 0 29 2 *', '2025-06-01T00:00:00'],
    ['0 0 29 2 *', '2024-02-28T23:59:00'],
    ['30 12 29 FEB *', '2100-03-01T00:00:00'],
    ['0 0 29 2 *', '2103-06-01T00:00:00'],
    // The edge of the 1830-day search window.
    ['0 0 29 2 *', '2101-03-05T23:59:59'],
    ['0 0 29 2 *', '2101-03-06T00:00:00'],
    ['0 0 30 2 *', '2024-06-01T00:00:00'],
    ['0 0 31 APR,JUN,SEP,NOV *', '2024-06-01T00:00:00'],
    ['59 23 31 * *', '2024-07-30T00:00:00'],
    ['0 0 30 * *', '2023-03-29T00:00:00'],
    ['0 12 13 * FRI', '2024-09-21T00:00:00'],
    ['0 12 13 * FRI', '2024-10-14T00:00:00'],
    ['0 12 * * FRI', '2024-10-14T00:00:00'],
    ['0 0 */2 * MON', '2024-09-30T12:00:00'],
    ['10-50/20 1,13 * * *', '2024-09-30T13:09:00'],
    ['0 0 * JAN-DEC/3 *', '2024-09-30T12:00:00'],
    ['@weekly', '2024-09-21T12:00:00'],
    ['@yearly', '2024-01-01T00:00:00'],
    ['0 6 * * SUN', '1969-07-21T00:00:00'],
    // New York's DST switch and UTC midnight around it.
    ['0 2 * * *', '2024-03-10T06:59:59'],
    ['30 4 * * *', '2024-11-03T04:29:00'],
    ['0 0 * * *', '2024-03-10T04:59:00'],
  ];

  it.each(fixed.flatMap(([text, at]) => TIME_ZONES.map((tz) => [text, at, tz] as const)))(
    'cron_previous_fire(%s, %s) with TimeZone %s matches previousFireTime',
    async (text, at, tz) => {
      const s = cron(text);
      const expected = previousFireTime(s, utc(at))?.getTime();
      expect(await sqlPreviousFire(s, utc(at), tz)).toBe(expected);
    },
  );

  it('cron_previous_fire matches previousFireTime on generated crons and timestamps', async () => {
    let found = 0;
    let none = 0;
    await fc.assert(
      fc.asyncProperty(cronArb, timestampArb, fc.constantFrom(...TIME_ZONES), async (text, ms, tz) => {
        const s = cron(text);
        const at = new Date(ms);
        const expected = previousFireTime(s, at)?.getTime();
        if (expected === undefined) none++;
        else found++;
        expect(await sqlPreviousFire(s, at, tz)).toBe(expected);
      }),
      { numRuns: 400 },
    );
    expect(found).toBeGreaterThan(0);
  });

  it('cron_previous_fire handles NULLs, infinity and empty arrays', async () => {
    const s = cron('* * * * *');
    const q = (params: unknown[]) =>
      client()
        .query<{ r: Date | null }>(
          `SELECT pg_trickle.cron_previous_fire($1::int[], $2::int[], $3::int[], $4::int[], $5::int[], $6::boolean, $7::boolean, $8::timestamptz) AS r`,
          params,
        )
        .then((res) => res.rows[0]!.r);
    expect(await q([...cronParams(s), 'infinity'])).toBeNull();
    expect(await q([...cronParams(s), null])).toBeNull();
    expect(await q([[], ...cronParams(s).slice(1), '2024-01-01T00:00:00Z'])).toBeNull();
    expect(await q([null, ...cronParams(s).slice(1), '2024-01-01T00:00:00Z'])).toBeNull();
  });

  it('cron_previous_fire stays fast when nothing fires', async () => {
    const t0 = Date.now();
    // Never fires; fires on Feb 29 only; fires on the 1st when it is a Monday (Vixie AND, since `*/31` is a star).
    for (const text of ['0 0 30 2 *', '0 0 31 APR,JUN,SEP,NOV *', '0 0 29 2 *', '0 0 */31 * MON']) {
      for (let i = 0; i < 10; i++) await sqlPreviousFire(cron(text), utc('2103-06-01T00:00:00'), 'UTC');
    }
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  describe('schedule_is_due', () => {
    it('interval: due when never refreshed or the interval has elapsed, less a tenth of it up to a second', async () => {
      const s = interval('1h30m');
      const last = utc('2024-03-10T05:00:00');
      for (const tz of TIME_ZONES) {
        expect(await isDue(s, null, last, tz)).toBe(true);
        expect(await isDue(s, last, new Date(last.getTime() + 90 * MIN - 1000 - 1), tz)).toBe(false);
        expect(await isDue(s, last, new Date(last.getTime() + 90 * MIN - 1000), tz)).toBe(true);
        expect(await isDue(s, last, new Date(last.getTime() + 90 * MIN), tz)).toBe(true);
        expect(await isDue(s, last, new Date(last.getTime() + 5 * DAY), tz)).toBe(true);
        expect(await isDue(s, last, new Date(last.getTime() - 1), tz)).toBe(false);
      }
    });

    it('interval: sub-second and day schedules are exact elapsed times, even across DST', async () => {
      const half = interval('500ms');
      const last = utc('2024-03-10T05:00:00');
      expect(await isDue(half, last, new Date(last.getTime() + 449))).toBe(false);
      expect(await isDue(half, last, new Date(last.getTime() + 450))).toBe(true);
      // America/New_York springs forward on 2024-03-10 at 07:00 UTC; '1d' still means 24 hours.
      const day = interval('1d');
      expect(await isDue(day, last, new Date(last.getTime() + DAY - 1001), 'America/New_York')).toBe(false);
      expect(await isDue(day, last, new Date(last.getTime() + DAY - 1000), 'America/New_York')).toBe(true);
    });

    it('interval: a caller with the same period, a few ms early or late each time, refreshes at every call', async () => {
      const s = interval('1m');
      // pg_cron's minute job started 20 ms late, then 15 ms late.
      expect(await isDue(s, utc('2026-12-07T12:00:00.020'), utc('2026-12-07T12:01:00.015'))).toBe(true);
      expect(await isDue(s, utc('2026-12-07T12:00:00.020'), utc('2026-12-07T12:00:58.999'))).toBe(false);
    });

    it('cron: due when never refreshed or the cron fired since the last refresh', async () => {
      const s = cron('*/15 * * * *');
      for (const tz of TIME_ZONES) {
        const last = utc('2024-03-10T10:30:00.250');
        expect(await isDue(s, null, utc('2024-03-10T10:31:00'), tz)).toBe(true);
        expect(await isDue(s, last, utc('2024-03-10T10:44:59.999'), tz)).toBe(false);
        expect(await isDue(s, last, utc('2024-03-10T10:45:00'), tz)).toBe(true);
        expect(await isDue(s, last, utc('2024-03-11T00:00:00'), tz)).toBe(true);
        // Refreshed just before the 10:30 boundary: due at 10:30 exactly.
        expect(await isDue(s, utc('2024-03-10T10:29:59.999'), utc('2024-03-10T10:30:00'), tz)).toBe(true);
        // Refreshed exactly at the boundary: not due again until the next one.
        expect(await isDue(s, utc('2024-03-10T10:30:00'), utc('2024-03-10T10:44:00'), tz)).toBe(false);
      }
    });

    it('cron: daily schedule is evaluated in UTC whatever the session TimeZone', async () => {
      const s = cron('@daily');
      for (const tz of TIME_ZONES) {
        expect(await isDue(s, utc('2024-06-01T23:00:00'), utc('2024-06-01T23:59:59'), tz)).toBe(false);
        expect(await isDue(s, utc('2024-06-01T23:00:00'), utc('2024-06-02T00:00:00'), tz)).toBe(true);
      }
    });

    it('cron: never due when the cron never fires and the table was refreshed', async () => {
      expect(await isDue(cron('0 0 30 2 *'), utc('2024-01-01T00:00:00'), utc('2024-06-01T00:00:00'))).toBe(false);
      expect(await isDue(cron('0 0 30 2 *'), null, utc('2024-06-01T00:00:00'))).toBe(true);
    });

    it('NULL schedule kind is never due', async () => {
      expect(await isDue(undefined, null, utc('2024-06-01T00:00:00'))).toBe(false);
      expect(await isDue(undefined, utc('2000-01-01T00:00:00'), utc('2024-06-01T00:00:00'))).toBe(false);
    });

    it('agrees with previousFireTime on generated cron schedules', async () => {
      await fc.assert(
        fc.asyncProperty(
          cronArb,
          timestampArb,
          fc.integer({ min: -3 * DAY, max: 40 * DAY }),
          fc.constantFrom(...TIME_ZONES),
          async (text, ms, ago, tz) => {
            const s = cron(text);
            const at = new Date(ms);
            const last = new Date(ms - ago);
            const fire = previousFireTime(s, at);
            const expected = fire !== undefined && fire.getTime() > last.getTime();
            expect(await isDue(s, last, at, tz)).toBe(expected);
          },
        ),
        { numRuns: 150 },
      );
    });
  });
});

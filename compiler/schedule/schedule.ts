/**
 * Refresh schedules, in pg_trickle's formats. Pure functions, no I/O.
 *
 * A schedule is either
 *  - a duration: one or more `<integer><unit>` parts, units `ms s m h d w`
 *    (lower case; `m` is minutes), e.g. `30s`, `1h30m`, `500ms`, `1d`; optional
 *    white space between parts; or
 *  - a cron expression: the five standard fields
 *    `minute hour day-of-month month day-of-week` with `*`, numbers, ranges
 *    `a-b`, steps `*\/n`, `a-b/n` (and `a/n`, meaning `a-max/n`), lists
 *    `a,b,c`, month names JAN-DEC and weekday names SUN-SAT (any case),
 *    day-of-week 0-7 (0 and 7 are Sunday); or one of the aliases `@yearly`,
 *    `@annually`, `@monthly`, `@weekly`, `@daily`, `@midnight`, `@hourly`.
 *
 * Cron semantics are Vixie cron's, evaluated in UTC: a field is "restricted"
 * unless it starts with `*` (so `*` and `*\/2` are unrestricted). When both
 * day-of-month and day-of-week are restricted, a day matches if either
 * matches; otherwise it must match both (an unrestricted `*` matches every day).
 *
 * `templates/schedule.sql` implements the same evaluation in SQL
 * (`pg_trickle.cron_previous_fire`); `previousFireTime` is the reference the
 * tests compare it with, so the two must stay in step.
 */

export type Schedule =
  | { readonly kind: 'interval'; readonly text: string; readonly milliseconds: number }
  | {
      readonly kind: 'cron';
      readonly text: string;
      readonly minutes: readonly number[];
      readonly hours: readonly number[];
      readonly daysOfMonth: readonly number[];
      readonly months: readonly number[];
      /** 0-6, Sunday = 0. */
      readonly daysOfWeek: readonly number[];
      readonly domRestricted: boolean;
      readonly dowRestricted: boolean;
    };

export type IntervalSchedule = Schedule & { kind: 'interval' };
export type CronSchedule = Schedule & { kind: 'cron' };

/** A malformed schedule; the message reads `invalid schedule '<text>': <reason>`. */
export class ScheduleError extends Error {
  constructor(
    readonly schedule: string,
    readonly reason: string,
  ) {
    super(`invalid schedule '${schedule}': ${reason}`);
    this.name = 'ScheduleError';
  }
}

/** How far back `previousFireTime` (and the SQL function) looks: days before the day of `now`. */
export const CRON_SEARCH_DAYS = 1830; // 5 years of 366 days

const UNIT_MS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

const ALIASES: Readonly<Record<string, string>> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DOW_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

interface FieldSpec {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  /** Names for the values `nameBase`, `nameBase + 1`, ... */
  readonly names?: readonly string[];
  readonly nameBase?: number;
}

const FIELDS: readonly FieldSpec[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTH_NAMES, nameBase: 1 },
  { name: 'day-of-week', min: 0, max: 7, names: DOW_NAMES, nameBase: 0 },
];

/** Parses a schedule string; throws `ScheduleError` when it is malformed. */
export function parseSchedule(text: string): Schedule {
  const trimmed = text.trim();
  if (trimmed === '') throw new ScheduleError(text, 'empty schedule');
  return looksLikeDuration(trimmed) ? parseDuration(text, trimmed) : parseCron(text, trimmed);
}

/**
 * Durations are words starting with a digit (`30s`, `1h30m`, `1h 30m`); an
 * `@` alias, cron punctuation, a word starting with a letter (`MON`) or
 * several words of bare numbers (`0 0 1 1 1`) make a cron expression.
 */
function looksLikeDuration(trimmed: string): boolean {
  if (trimmed.startsWith('@') || /[*,/?-]/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  if (!words.every((w) => /^\d/.test(w))) return false;
  return words.length === 1 || words.every((w) => /[a-z]/i.test(w));
}

function parseDuration(text: string, trimmed: string): IntervalSchedule {
  let total = 0;
  let pos = 0;
  while (pos < trimmed.length) {
    const rest = trimmed.slice(pos);
    const space = /^\s*/.exec(rest)![0].length;
    const m = /^(\d+)(?:\.\d*)?([a-zA-Z]*)/.exec(rest.slice(space));
    if (!m) {
      const ch = rest.slice(space)[0] ?? '';
      throw new ScheduleError(text, `unexpected '${ch}': expected a number followed by a unit (ms, s, m, h, d, w)`);
    }
    const [whole, digits, unit] = m as unknown as [string, string, string];
    if (whole.slice(digits.length).startsWith('.')) {
      throw new ScheduleError(text, `fractional value '${whole}' is not supported; combine smaller units, e.g. '1h30m'`);
    }
    if (unit === '') throw new ScheduleError(text, `missing unit after '${digits}' (ms, s, m, h, d, w)`);
    const factor = UNIT_MS[unit];
    if (factor === undefined) throw new ScheduleError(text, `unknown unit '${unit}' (expected ms, s, m, h, d or w)`);
    total += Number(digits) * factor;
    if (!Number.isSafeInteger(total)) throw new ScheduleError(text, 'duration is too long');
    pos += space + whole.length;
  }
  if (total === 0) throw new ScheduleError(text, 'duration must be greater than zero');
  return { kind: 'interval', text: trimmed, milliseconds: total };
}

function parseCron(text: string, trimmed: string): CronSchedule {
  let expr = trimmed;
  if (trimmed.startsWith('@')) {
    const alias = ALIASES[trimmed.toLowerCase()];
    if (alias === undefined) {
      throw new ScheduleError(
        text,
        `unknown alias '${trimmed}' (expected @yearly, @annually, @monthly, @weekly, @daily, @midnight or @hourly)`,
      );
    }
    expr = alias;
  }
  const parts = expr.split(/\s+/);
  if (parts.length !== 5) {
    throw new ScheduleError(
      text,
      `a cron expression needs 5 fields (minute hour day-of-month month day-of-week), found ${parts.length}`,
    );
  }
  const parsed = parts.map((p, i) => parseField(text, p, FIELDS[i]!));
  const [minute, hour, dom, month, dow] = parsed as [Field, Field, Field, Field, Field];
  const dows = sortedUnique(dow.values.map((v) => (v === 7 ? 0 : v)));
  return {
    kind: 'cron',
    text: trimmed,
    minutes: minute.values,
    hours: hour.values,
    daysOfMonth: dom.values,
    months: month.values,
    daysOfWeek: dows,
    domRestricted: !dom.star,
    dowRestricted: !dow.star,
  };
}

interface Field {
  readonly values: number[];
  /** Starts with `*` (Vixie cron's DOM_STAR/DOW_STAR). */
  readonly star: boolean;
}

function parseField(text: string, field: string, spec: FieldSpec): Field {
  const values = new Set<number>();
  for (const item of field.split(',')) {
    if (item === '') throw new ScheduleError(text, `empty list item in ${spec.name} field '${field}'`);
    const slash = item.split('/');
    if (slash.length > 2) throw new ScheduleError(text, `invalid ${spec.name} item '${item}'`);
    const [base, stepText] = slash as [string, string | undefined];
    let step = 1;
    if (stepText !== undefined) {
      if (!/^\d+$/.test(stepText)) throw new ScheduleError(text, `invalid step '${stepText}' in ${spec.name} field`);
      step = Number(stepText);
      if (step === 0) throw new ScheduleError(text, `step must be greater than zero in ${spec.name} field '${field}'`);
    }
    let lo: number;
    let hi: number;
    if (base === '*') {
      lo = spec.min;
      hi = spec.max;
    } else {
      const dash = base.split('-');
      if (dash.length > 2) throw new ScheduleError(text, `invalid ${spec.name} range '${base}'`);
      lo = parseValue(text, dash[0]!, spec);
      if (dash.length === 2) {
        hi = parseValue(text, dash[1]!, spec);
        if (lo > hi) throw new ScheduleError(text, `${spec.name} range '${base}' runs backwards`);
      } else {
        hi = stepText === undefined ? lo : spec.max;
      }
    }
    for (let v = lo; v <= hi; v += step) values.add(v);
  }
  return { values: sortedUnique([...values]), star: field.startsWith('*') };
}

function parseValue(text: string, raw: string, spec: FieldSpec): number {
  if (/^\d+$/.test(raw)) {
    const n = Number(raw);
    if (n < spec.min || n > spec.max) {
      throw new ScheduleError(text, `${spec.name} value ${raw} is out of range ${spec.min}-${spec.max}`);
    }
    return n;
  }
  if (spec.names) {
    const i = spec.names.indexOf(raw.toLowerCase());
    if (i >= 0) return i + (spec.nameBase ?? 0);
  }
  if (raw === '') throw new ScheduleError(text, `missing ${spec.name} value`);
  throw new ScheduleError(text, `invalid ${spec.name} value '${raw}'`);
}

function sortedUnique(xs: readonly number[]): number[] {
  return [...new Set(xs)].sort((a, b) => a - b);
}

/**
 * The schedule's interval as PostgreSQL interval text, e.g. `1 hour 30 minutes`,
 * `0.5 seconds`, `24 hours` (for `1d`): hours, minutes and seconds only, never
 * days or months, so `timestamptz + interval` is an exact elapsed time that does
 * not depend on the session TimeZone (a `1 day` interval is 23 or 25 hours
 * across a DST change). The caller quotes it as a literal.
 */
export function intervalSql(s: IntervalSchedule): string {
  let ms = s.milliseconds;
  const hours = Math.floor(ms / 3_600_000);
  ms -= hours * 3_600_000;
  const minutes = Math.floor(ms / 60_000);
  ms -= minutes * 60_000;
  const seconds = Math.floor(ms / 1000);
  ms -= seconds * 1000;
  const parts: string[] = [];
  if (hours > 0) parts.push(`${hours} ${hours === 1 ? 'hour' : 'hours'}`);
  if (minutes > 0) parts.push(`${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`);
  if (seconds > 0 || ms > 0) {
    const value = ms > 0 ? `${seconds}.${String(ms).padStart(3, '0').replace(/0+$/, '')}` : String(seconds);
    parts.push(`${value} ${value === '1' ? 'second' : 'seconds'}`);
  }
  return parts.length > 0 ? parts.join(' ') : '0 seconds';
}

const DAY_MS = 86_400_000;

/**
 * The latest minute boundary `t <= now` (UTC) matching the cron schedule, or
 * `undefined` when none falls on the day of `now` or the `CRON_SEARCH_DAYS`
 * days before it. Mirrors `pg_trickle.cron_previous_fire`.
 */
export function previousFireTime(s: CronSchedule, now: Date): Date | undefined {
  const t = now.getTime();
  if (!Number.isFinite(t)) return undefined;
  const minutes = s.minutes.filter((v) => v >= 0 && v <= 59);
  const hours = s.hours.filter((v) => v >= 0 && v <= 23);
  if (minutes.length === 0 || hours.length === 0) return undefined;
  const months = new Set(s.months);
  const doms = new Set(s.daysOfMonth);
  const dows = new Set(s.daysOfWeek);
  const either = s.domRestricted && s.dowRestricted;
  const maxMinute = Math.max(...minutes);
  const maxHour = Math.max(...hours);

  const today = Math.floor(t / DAY_MS);
  const sinceMidnight = Math.floor((t - today * DAY_MS) / 60_000);
  const curHour = Math.floor(sinceMidnight / 60);
  const curMinute = sinceMidnight % 60;
  const at = (day: number, h: number, m: number) => new Date(day * DAY_MS + h * 3_600_000 + m * 60_000);

  for (let day = today; day >= today - CRON_SEARCH_DAYS; ) {
    const date = new Date(day * DAY_MS);
    if (!months.has(date.getUTCMonth() + 1)) {
      day -= date.getUTCDate(); // the last day of the previous month
      continue;
    }
    const domOk = doms.has(date.getUTCDate());
    const dowOk = dows.has(date.getUTCDay());
    if (either ? domOk || dowOk : domOk && dowOk) {
      if (day !== today) return at(day, maxHour, maxMinute);
      let h = maxBelow(hours, curHour);
      if (h === curHour) {
        const m = maxBelow(minutes, curMinute);
        if (m !== undefined) return at(day, h, m);
        h = maxBelow(hours, curHour - 1);
      }
      if (h !== undefined) return at(day, h, maxMinute);
    }
    day -= 1;
  }
  return undefined;
}

function maxBelow(xs: readonly number[], limit: number): number | undefined {
  let best: number | undefined;
  for (const x of xs) if (x <= limit && (best === undefined || x > best)) best = x;
  return best;
}

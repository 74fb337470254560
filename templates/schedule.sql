-- Refresh schedules: when is a stream table due?
--
-- Plain SQL (no placeholders); expects schema pg_trickle to exist. Cron fields
-- arrive pre-parsed by the compiler (compiler/schedule/schedule.ts) as sorted
-- int arrays; day-of-week is 0-6 with Sunday = 0. Cron is evaluated in UTC,
-- whatever the session TimeZone, with Vixie cron's rule: when both
-- day-of-month and day-of-week are restricted, a day matches if either does,
-- otherwise it must match both.

-- The latest minute boundary t <= at (UTC) matching the cron fields, or NULL
-- when none falls on the day of `at` or the 1830 days (5 years) before it.
-- Walks days backwards, skipping whole months that do not match, and within
-- the first matching day picks the latest hour and minute, so the cost is at
-- most a few thousand cheap iterations, never one per minute.
-- IMMUTABLE: a pure function of its arguments; it reads no settings (all
-- arithmetic is on dates and UTC timestamps without time zone).
CREATE OR REPLACE FUNCTION pg_trickle.cron_previous_fire(
    minutes int[],
    hours int[],
    doms int[],
    months int[],
    dows int[],
    dom_restricted boolean,
    dow_restricted boolean,
    at timestamptz
) RETURNS timestamptz
LANGUAGE plpgsql
IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
    utc_now timestamp;  -- `at` in UTC, truncated to the minute
    today date;
    earliest date;
    d date;
    cur_hour int;
    cur_minute int;
    max_hour int;
    max_minute int;
    h int;
    m int;
    dom_ok boolean;
    dow_ok boolean;
    day_ok boolean;
BEGIN
    IF NOT pg_catalog.isfinite(at) THEN
        RETURN NULL;
    END IF;
    SELECT pg_catalog.max(x) INTO max_hour FROM pg_catalog.unnest(hours) AS x WHERE x BETWEEN 0 AND 23;
    SELECT pg_catalog.max(x) INTO max_minute FROM pg_catalog.unnest(minutes) AS x WHERE x BETWEEN 0 AND 59;
    IF max_hour IS NULL OR max_minute IS NULL THEN
        RETURN NULL;
    END IF;

    utc_now := pg_catalog.date_trunc('minute', at AT TIME ZONE 'UTC');
    today := utc_now::date;
    cur_hour := EXTRACT(hour FROM utc_now)::int;
    cur_minute := EXTRACT(minute FROM utc_now)::int;
    earliest := today - 1830;

    d := today;
    WHILE d >= earliest LOOP
        IF NOT (EXTRACT(month FROM d)::int = ANY (months)) THEN
            -- Jump to the last day of the previous month.
            d := d - EXTRACT(day FROM d)::int;
            CONTINUE;
        END IF;
        dom_ok := EXTRACT(day FROM d)::int = ANY (doms);
        dow_ok := EXTRACT(dow FROM d)::int = ANY (dows);
        -- Vixie cron: either day field may match when both are restricted.
        day_ok := CASE WHEN dom_restricted AND dow_restricted THEN dom_ok OR dow_ok ELSE dom_ok AND dow_ok END;
        IF day_ok THEN
            IF d <> today THEN
                RETURN (d + pg_catalog.make_time(max_hour, max_minute, 0)) AT TIME ZONE 'UTC';
            END IF;
            SELECT pg_catalog.max(x) INTO h FROM pg_catalog.unnest(hours) AS x WHERE x BETWEEN 0 AND cur_hour;
            IF h = cur_hour THEN
                SELECT pg_catalog.max(x) INTO m FROM pg_catalog.unnest(minutes) AS x WHERE x BETWEEN 0 AND cur_minute;
                IF m IS NOT NULL THEN
                    RETURN (d + pg_catalog.make_time(h, m, 0)) AT TIME ZONE 'UTC';
                END IF;
                SELECT pg_catalog.max(x) INTO h FROM pg_catalog.unnest(hours) AS x WHERE x BETWEEN 0 AND cur_hour - 1;
            END IF;
            IF h IS NOT NULL THEN
                RETURN (d + pg_catalog.make_time(h, max_minute, 0)) AT TIME ZONE 'UTC';
            END IF;
        END IF;
        d := d - 1;
    END LOOP;
    RETURN NULL;
END;
$function$;

-- Is a stream table with this schedule due for a refresh at `at`?
--   'interval': never refreshed, or at >= last_refresh + schedule_interval,
--               less a tenth of it up to one second: a caller with the same
--               period (pg_cron's every minute) starts a few ms early or late
--               each time, which must not skip a tick;
--   'cron':     never refreshed, or the cron fired after last_refresh;
--   NULL kind:  never due (the table is refreshed only on demand).
-- STABLE, not IMMUTABLE: timestamptz + interval depends on the session
-- TimeZone when the interval has day or month fields (the compiler emits
-- hours/minutes/seconds only, for which it does not).
CREATE OR REPLACE FUNCTION pg_trickle.schedule_is_due(
    schedule_kind text,
    schedule_interval interval,
    cron_minutes int[],
    cron_hours int[],
    cron_doms int[],
    cron_months int[],
    cron_dows int[],
    cron_dom_restricted boolean,
    cron_dow_restricted boolean,
    last_refresh timestamptz,
    at timestamptz
) RETURNS boolean
LANGUAGE sql
STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $function$
    SELECT CASE schedule_kind
        WHEN 'interval' THEN
            last_refresh IS NULL
            OR COALESCE(at >= last_refresh + schedule_interval - least(schedule_interval / 10, interval '1 second'), false)
        WHEN 'cron' THEN
            last_refresh IS NULL
            OR COALESCE(
                pg_trickle.cron_previous_fire(
                    cron_minutes, cron_hours, cron_doms, cron_months, cron_dows,
                    cron_dom_restricted, cron_dow_restricted, at
                ) > last_refresh,
                false)
        ELSE false
    END
$function$;

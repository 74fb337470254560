-- trickle migration 0001_initial of project pg_dump
--
-- Changes:
--   create the pg_trickle catalog (if missing)
--   create stream table app.big_order_copy
--   create stream table app.big_order_ids
--   create stream table app.events_per_day
--   create stream table app.per_customer
--   create stream table app.tagged
--   create stream table public.noted_orders
--   create stream table public.plain_copy
--   capture changes of app.orders
--   capture changes of app.events
--   capture changes of app.customers
--   capture changes of app.tags
--   capture changes of public.notes
--   capture changes of public.plain
--
-- Apply with: psql -v ON_ERROR_STOP=1 -1 -f FILE. It records itself in pg_trickle.pgt_migrations
-- and refuses to run twice or out of order.

-- One migration at a time in this database: a second one waits here until this one commits, then
-- finds it applied (or itself out of order) rather than racing it to create the same objects.
-- And under READ COMMITTED only: a migration waits for locks (on the sources whose triggers it
-- replaces), and a snapshot taken before that wait (REPEATABLE READ, SERIALIZABLE) would not see
-- the changes of writers that commit meanwhile, whose changes would then be lost for good.
DO $pgt$
BEGIN
    IF pg_catalog.current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'pg_trickle: migrations run under READ COMMITTED, not %', pg_catalog.upper(pg_catalog.current_setting('transaction_isolation'))
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'run it with PGOPTIONS=''-c default_transaction_isolation=read\ committed'' psql -v ON_ERROR_STOP=1 -1 -f FILE';
    END IF;
    PERFORM pg_catalog.pg_advisory_xact_lock(1885828210, 1835624306);
END
$pgt$;

-- trickle 0.1.0: the pg_trickle catalog and runtime.
--
-- Shared by every stream table in this database; safe to run again (every
-- object is created only if missing, functions are replaced).
--
-- Schemas whose names start with pg_ are reserved by PostgreSQL, so creating
-- them needs allow_system_table_mods for a moment (a superuser, or a role
-- granted SET on that parameter). On Citus, CREATE SCHEMA runs on every node
-- and the setting must go there too: Citus carries a SET LOCAL to the workers.
-- The DO block is one transaction even when the file is not run in one.
DO $pgt$
BEGIN
    SET LOCAL citus.propagate_set_commands = 'local';
    SET LOCAL allow_system_table_mods = on;
    CREATE SCHEMA IF NOT EXISTS pg_trickle;
    CREATE SCHEMA IF NOT EXISTS pg_trickle_changes;
    RESET allow_system_table_mods;
END
$pgt$;

COMMENT ON SCHEMA pg_trickle IS 'trickle: catalog and refresh procedures of stream tables';
COMMENT ON SCHEMA pg_trickle_changes IS 'trickle: change buffers filled by CDC triggers';

-- Orders the change rows written by one transaction, so that a refresh run
-- inside a writing transaction knows which of that transaction's changes it
-- has consumed (see pg_trickle.consumed).
CREATE SEQUENCE IF NOT EXISTS pg_trickle.pgt_change_seq AS bigint;

CREATE TABLE IF NOT EXISTS pg_trickle.pgt_stream_tables (
    pgt_id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pgt_schema          text NOT NULL,
    pgt_name            text NOT NULL,
    stable_name         text NOT NULL UNIQUE,
    stable_hash         text NOT NULL,
    defining_query      text NOT NULL,
    refresh_mode        text NOT NULL CHECK (refresh_mode IN ('DIFFERENTIAL', 'FULL', 'AUTO')),
    effective_mode      text NOT NULL CHECK (effective_mode IN ('DIFFERENTIAL', 'FULL')),
    full_reason         text,
    maintenance         text NOT NULL,
    refresh_function    text NOT NULL,
    refresh_order       integer NOT NULL,
    schedule            text,
    schedule_kind       text CHECK (schedule_kind IN ('interval', 'cron')),
    schedule_interval   interval,
    cron_minutes        integer[],
    cron_hours          integer[],
    cron_doms           integer[],
    cron_months         integer[],
    cron_dows           integer[],
    cron_dom_restricted boolean,
    cron_dow_restricted boolean,
    -- What the last refresh consumed: every change visible in this snapshot,
    -- except the changes of frontier_own_xid (the refreshing transaction
    -- itself) numbered above frontier_mark.
    frontier            pg_snapshot,
    frontier_own_xid    xid8,
    frontier_mark       bigint,
    -- A refresh recomputes in full when a source's unconsumed changes (at
    -- least 1000) exceed this share of its rows: the delta would cost more.
    full_refresh_ratio  double precision NOT NULL DEFAULT 0.25,
    -- The frontier per source, keyed by 'schema.table' (where each source was
    -- read up to; equal to `frontier` on a single node).
    frontier_by_source  jsonb,
    st_placement        text NOT NULL DEFAULT 'local',
    is_populated        boolean NOT NULL DEFAULT false,
    last_refresh_at     timestamptz,
    last_refresh_kind   text,
    last_refresh_reason text,
    last_refresh_ms     double precision,
    refresh_count       bigint NOT NULL DEFAULT 0,
    last_error          text,
    UNIQUE (pgt_schema, pgt_name)
);

CREATE TABLE IF NOT EXISTS pg_trickle.pgt_dependencies (
    pgt_id             bigint NOT NULL REFERENCES pg_trickle.pgt_stream_tables ON DELETE CASCADE,
    source_stable_name text NOT NULL,
    source_kind        text NOT NULL CHECK (source_kind IN ('TABLE', 'STREAM_TABLE')),
    -- Whether the stream table reads the source's change buffer (DIFFERENTIAL).
    consumes_changes   boolean NOT NULL,
    columns_used       text[] NOT NULL,
    -- The life of the source's change buffer this stream table has consumed (see pgt_buffer_generations).
    buffer_generation  xid8,
    -- A partitioned source's partitions and their storage when this stream table last read it
    -- in full (pg_trickle.partition_layout): attaching, detaching, dropping or truncating a
    -- partition changes rows without firing the capture triggers, but changes this. For a
    -- plain source, its inheritance children then (pg_trickle.children_layout).
    partitions         text,
    PRIMARY KEY (pgt_id, source_stable_name)
);

CREATE TABLE IF NOT EXISTS pg_trickle.pgt_change_tracking (
    source_stable_name text PRIMARY KEY,
    source_schema      text NOT NULL,
    source_table       text NOT NULL,
    stable_hash        text NOT NULL,
    buffer_schema      text NOT NULL,
    buffer_table       text NOT NULL,
    trigger_function   text NOT NULL,
    source_placement   text NOT NULL DEFAULT 'local'
);

-- Change buffers are UNLOGGED: writers record their changes, and refreshes
-- delete them, without WAL. A crash empties every unlogged table, this one
-- too: a refresh that finds the generation of a source's buffer missing, or
-- other than the one it consumed (pgt_dependencies.buffer_generation),
-- knows changes may be lost and recomputes in full, which records the
-- current generation (a new one, after a crash).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle.pgt_buffer_generations (
    source_stable_name text PRIMARY KEY,
    generation         xid8 NOT NULL DEFAULT pg_current_xact_id()
);

-- TRUNCATE markers, one per TRUNCATE of a captured source: a TRUNCATE records
-- no rows, so every reader must recompute in full. Kept apart from the change
-- buffers so that a refresh finds them without reading a buffer; deleted, like
-- changes, once every reader has consumed them.
CREATE TABLE IF NOT EXISTS pg_trickle.pgt_truncations (
    source_stable_name text NOT NULL,
    __pgt_change_id    bigint NOT NULL DEFAULT nextval('pg_trickle.pgt_change_seq'),
    __pgt_xid          xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX IF NOT EXISTS pgt_truncations_source ON pg_trickle.pgt_truncations (source_stable_name);

-- Migrations applied to this database, recorded by each migration itself.
CREATE TABLE IF NOT EXISTS pg_trickle.pgt_migrations (
    project    text NOT NULL,
    version    integer NOT NULL,
    name       text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
    PRIMARY KEY (project, version)
);

-- Called first by every migration: it must be the next one of its project.
CREATE OR REPLACE PROCEDURE pg_trickle.begin_migration(project text, version integer, name text)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $pgt$
DECLARE
    latest integer;
    latest_name text;
BEGIN
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_migrations m WHERE m.project = begin_migration.project AND m.version = begin_migration.version) THEN
        RAISE EXCEPTION 'pg_trickle: migration %_% of project % is already applied', pg_catalog.lpad(version::text, 4, '0'), name, project
            USING ERRCODE = 'duplicate_object';
    END IF;
    SELECT m.version, m.name INTO latest, latest_name FROM pg_trickle.pgt_migrations m
     WHERE m.project = begin_migration.project ORDER BY m.version DESC LIMIT 1;
    IF coalesce(latest, 0) <> version - 1 THEN
        RAISE EXCEPTION 'pg_trickle: migration %_% of project % is out of order: the database is at %', pg_catalog.lpad(version::text, 4, '0'), name, project,
            CASE WHEN latest IS NULL THEN 'no migration' ELSE pg_catalog.lpad(latest::text, 4, '0') || '_' || latest_name END
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'apply the migrations of a project in order, each once';
    END IF;
END
$pgt$;

-- Called last by every migration. Its initial populations consumed the changes written in its
-- own transaction, which refreshes release only once later frontiers pass that transaction: the
-- migration releases them now, so that every buffer is as a refresh would leave it.
CREATE OR REPLACE PROCEDURE pg_trickle.end_migration(project text, version integer, name text)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    CALL pg_trickle.release_changes();
    INSERT INTO pg_trickle.pgt_migrations (project, version, name) VALUES (project, version, name);
END
$pgt$;

-- Called first by every down script: only the latest migration can be reverted.
CREATE OR REPLACE PROCEDURE pg_trickle.begin_revert(project text, version integer, name text)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $pgt$
DECLARE
    latest integer;
BEGIN
    SELECT max(m.version) INTO latest FROM pg_trickle.pgt_migrations m WHERE m.project = begin_revert.project;
    IF latest IS DISTINCT FROM version THEN
        RAISE EXCEPTION 'pg_trickle: cannot revert migration %_% of project %: the latest applied is %', pg_catalog.lpad(version::text, 4, '0'), name, project,
            coalesce(pg_catalog.lpad(latest::text, 4, '0'), 'none')
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
END
$pgt$;

CREATE OR REPLACE PROCEDURE pg_trickle.end_revert(project text, version integer, name text)
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    DELETE FROM pg_trickle.pgt_migrations m WHERE m.project = end_revert.project AND m.version = end_revert.version;
END;

-- Removes the catalog once no project has a migration or stream table left in it.
CREATE OR REPLACE PROCEDURE pg_trickle.drop_catalog_if_unused()
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_trickle.pgt_migrations) AND NOT EXISTS (SELECT 1 FROM pg_trickle.pgt_stream_tables) THEN
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'pg_cron') THEN
            EXECUTE 'SELECT cron.unschedule(jobid) FROM cron.job WHERE jobname = ''trickle_refresh_due''';
        END IF;
        DROP SCHEMA pg_trickle_changes CASCADE;
        DROP SCHEMA pg_trickle CASCADE;
    END IF;
END
$pgt$;

-- The deterministic name of a source or stream table: the first 16 hex
-- digits of md5 over 'schema.name'. The compiler computes the same value.
CREATE OR REPLACE FUNCTION pg_trickle.stable_hash(name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
RETURN pg_catalog.substr(pg_catalog.md5(pg_catalog.convert_to(name, 'UTF8')), 1, 16);

-- Was change row (xid, change_id) consumed by the refresh that recorded this
-- frontier? Changes of other transactions: when visible in its snapshot.
-- Changes of the refreshing transaction itself: when written before it.
CREATE OR REPLACE FUNCTION pg_trickle.consumed(xid xid8, change_id bigint, frontier pg_snapshot, own_xid xid8, mark bigint)
RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN xid = own_xid THEN change_id <= mark ELSE pg_catalog.pg_visible_in_snapshot(xid, frontier) END;

-- The partitions of a partitioned table, as 'oid:relfilenode:attached,...'
-- (attached: the transaction that made it a partition, the xmin of its
-- pg_inherits row). ATTACH, DETACH and DROP of a partition change the list (a
-- partition detached and attached again, its attachment), TRUNCATE of one (or
-- of the table) its relfilenode. Read from the catalog tables under the calling
-- statement's snapshot (STABLE), taking no lock.
CREATE OR REPLACE FUNCTION pg_trickle.partition_layout(source regclass) RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $pgt$
    WITH RECURSIVE tree (relid, attached) AS (
        SELECT source::oid, NULL::xid
        UNION ALL
        SELECT i.inhrelid, i.xmin FROM pg_catalog.pg_inherits AS i JOIN tree AS t ON i.inhparent = t.relid
    )
    SELECT pg_catalog.string_agg(c.oid::text || ':' || c.relfilenode::text || ':' || coalesce(t.attached::text, ''), ',' ORDER BY c.oid)
      FROM tree AS t JOIN pg_catalog.pg_class AS c ON c.oid = t.relid
$pgt$;

-- The inheritance children of a plain table (and theirs), as 'oid,...', or NULL
-- when it has none: their rows are read with the table's, but their changes
-- fire none of its triggers.
CREATE OR REPLACE FUNCTION pg_trickle.children_layout(source regclass) RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $pgt$
    WITH RECURSIVE tree (relid) AS (
        SELECT i.inhrelid FROM pg_catalog.pg_inherits AS i WHERE i.inhparent = source
        UNION ALL
        SELECT i.inhrelid FROM pg_catalog.pg_inherits AS i JOIN tree AS t ON i.inhparent = t.relid
    )
    SELECT pg_catalog.string_agg(t.relid::text, ',' ORDER BY t.relid) FROM tree AS t
$pgt$;

-- AVG is kept as a sum and a count of non-NULL inputs. The sum is taken in
-- the type AVG itself accumulates in, so the final division gives exactly
-- what avg() would.
CREATE OR REPLACE FUNCTION pg_trickle.avg_state(smallint) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE RETURN $1;
CREATE OR REPLACE FUNCTION pg_trickle.avg_state(integer) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE RETURN $1;
CREATE OR REPLACE FUNCTION pg_trickle.avg_state(bigint) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE RETURN $1;
CREATE OR REPLACE FUNCTION pg_trickle.avg_state(numeric) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE RETURN $1;
CREATE OR REPLACE FUNCTION pg_trickle.avg_state(real) RETURNS double precision LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE RETURN $1;
CREATE OR REPLACE FUNCTION pg_trickle.avg_state(double precision) RETURNS double precision LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE RETURN $1;
CREATE OR REPLACE FUNCTION pg_trickle.avg_state(interval) RETURNS interval LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE RETURN $1;
CREATE OR REPLACE FUNCTION pg_trickle.avg_final(numeric, bigint) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE RETURN $1 / $2::numeric;
CREATE OR REPLACE FUNCTION pg_trickle.avg_final(double precision, bigint) RETURNS double precision LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE RETURN $1 / $2::double precision;
CREATE OR REPLACE FUNCTION pg_trickle.avg_final(interval, bigint) RETURNS interval LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE RETURN $1 / $2::double precision;

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

-- The catalog row of a stream table named 'schema.name' or just 'name'.
CREATE OR REPLACE FUNCTION pg_trickle.find_stream_table(name text) RETURNS bigint
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $pgt$
DECLARE
    parts text[] := pg_catalog.parse_ident(name);
    found bigint[];
BEGIN
    IF pg_catalog.array_length(parts, 1) = 2 THEN
        SELECT pg_catalog.array_agg(pgt_id) INTO found FROM pg_trickle.pgt_stream_tables
         WHERE pgt_schema = parts[1] AND pgt_name = parts[2];
    ELSIF pg_catalog.array_length(parts, 1) = 1 THEN
        SELECT pg_catalog.array_agg(pgt_id) INTO found FROM pg_trickle.pgt_stream_tables
         WHERE pgt_name = parts[1];
    END IF;
    IF found IS NULL THEN
        RAISE EXCEPTION 'pg_trickle: stream table "%" does not exist', name USING ERRCODE = 'undefined_table';
    ELSIF pg_catalog.array_length(found, 1) > 1 THEN
        RAISE EXCEPTION 'pg_trickle: stream table name "%" is ambiguous; qualify it with its schema', name USING ERRCODE = 'ambiguous_alias';
    END IF;
    RETURN found[1];
END
$pgt$;

-- Refreshes one stream table: computes the delta since its last refresh,
-- applies it, advances its frontier and deletes the changes every reader
-- has consumed, all in the caller's transaction (an error changes nothing).
-- full => true recomputes from scratch. Two refreshes of one stream table
-- never run at once: the row of pgt_stream_tables is the lock; the second
-- refresh waits for it (wait => true) or skips with a notice.
CREATE OR REPLACE PROCEDURE pg_trickle.refresh(name text, full boolean DEFAULT false, wait boolean DEFAULT true)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $pgt$
DECLARE
    id bigint;
BEGIN
    -- A plain lower-case 'schema.name' reads as it is stored; anything else goes through parse_ident.
    IF name ~ '^[a-z_][a-z0-9_$]*\.[a-z_][a-z0-9_$]*$' THEN
        SELECT st.pgt_id INTO id FROM pg_trickle.pgt_stream_tables st WHERE st.stable_name = name;
    END IF;
    CALL pg_trickle.refresh_stream_table(coalesce(id, pg_trickle.find_stream_table(name)), "full", wait);
END
$pgt$;

-- release => false leaves the changes of large buffers for the caller to
-- release (refresh_due does it once, after all of its refreshes).
DROP PROCEDURE IF EXISTS pg_trickle.refresh_stream_table(bigint, boolean, boolean);
CREATE OR REPLACE PROCEDURE pg_trickle.refresh_stream_table(id bigint, full boolean DEFAULT false, wait boolean DEFAULT true, release boolean DEFAULT true)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $pgt$
DECLARE
    st pg_trickle.pgt_stream_tables;
    kind text;
    source text;
    buffer text;
    started timestamptz := pg_catalog.clock_timestamp();
BEGIN
    IF wait THEN
        SELECT * INTO st FROM pg_trickle.pgt_stream_tables WHERE pgt_id = id FOR NO KEY UPDATE;
    ELSE
        SELECT * INTO st FROM pg_trickle.pgt_stream_tables WHERE pgt_id = id FOR NO KEY UPDATE SKIP LOCKED;
        IF NOT FOUND THEN
            RAISE NOTICE 'pg_trickle: refresh of % skipped: another refresh of it is running',
                (SELECT stable_name FROM pg_trickle.pgt_stream_tables WHERE pgt_id = id);
            RETURN;
        END IF;
    END IF;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'pg_trickle: no stream table with id %', id USING ERRCODE = 'undefined_table';
    END IF;
    -- In a trigger, the statement that fired it has changed its table, but a source's changes are
    -- captured only after the statement (by statement-level triggers): the refresh would read the
    -- new rows in the table and, later, apply their changes again.
    IF pg_catalog.pg_trigger_depth() > 0 THEN
        RAISE EXCEPTION 'pg_trickle: cannot refresh % inside a trigger', st.stable_name
              USING ERRCODE = 'object_not_in_prerequisite_state',
                    DETAIL = 'The changes of the statement that fired the trigger are not captured until it ends.',
                    HINT = 'Call the refresh after the statement, not from a trigger.';
    END IF;
    -- A stream table's first population (in the migration that creates it) holds its sources'
    -- changes until its transaction commits: see pg_trickle.may_release.
    IF NOT st.is_populated THEN
        PERFORM FROM pg_trickle.pgt_change_tracking AS t
          JOIN pg_trickle.pgt_dependencies AS d ON d.source_stable_name = t.source_stable_name
         WHERE d.pgt_id = id AND d.consumes_changes
         ORDER BY t.source_stable_name
           FOR UPDATE OF t;
    END IF;
    EXECUTE pg_catalog.format('SELECT pg_trickle.%I($1)', st.refresh_function)
       INTO kind
      USING "full" OR st.effective_mode = 'FULL' OR NOT st.is_populated;
    IF release THEN
        FOR source, buffer IN
            SELECT d.source_stable_name, pg_catalog.format('%I.%I', t.buffer_schema, t.buffer_table)
              FROM pg_trickle.pgt_dependencies d
              JOIN pg_trickle.pgt_change_tracking t ON t.source_stable_name = d.source_stable_name
             WHERE d.pgt_id = id AND d.consumes_changes
             ORDER BY d.source_stable_name
        LOOP
            -- Tested here rather than in the WHERE clause, where the planner would size every
            -- buffer (opening each relation), including those this stream table does not read.
            IF pg_trickle.is_large_buffer(buffer::regclass) THEN
                CALL pg_trickle.release_large_buffer(source);
            END IF;
        END LOOP;
    END IF;
    UPDATE pg_trickle.pgt_stream_tables
       SET is_populated = true,
           last_refresh_at = pg_catalog.now(),
           last_refresh_kind = pg_catalog.split_part(kind, ':', 1),
           last_refresh_reason = CASE WHEN pg_catalog.strpos(kind, ':') > 0 THEN pg_catalog.substr(kind, pg_catalog.strpos(kind, ':') + 2) END,
           last_refresh_ms = EXTRACT(epoch FROM pg_catalog.clock_timestamp() - started) * 1000,
           refresh_count = refresh_count + 1,
           last_error = NULL
     WHERE pgt_id = id;
END
$pgt$;

-- The coordinator's own copy of a Citus reference (or Citus local) table: its
-- shard placed on node group 0, a plain table that a query can read together
-- with local tables under one snapshot. Without Citus, or for a table Citus
-- does not manage, the table itself.
CREATE OR REPLACE FUNCTION pg_trickle.coordinator_copy(source regclass) RETURNS regclass
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $pgt$
DECLARE
    copy regclass;
BEGIN
    IF pg_catalog.to_regclass('pg_catalog.pg_dist_partition') IS NULL THEN
        RETURN source;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_dist_partition AS p WHERE p.logicalrelid = source) THEN
        RETURN source;
    END IF;
    -- shard_name leaves out the schema public only.
    SELECT (CASE WHEN n.nspname = 'public' THEN 'public.' ELSE '' END || pg_catalog.shard_name(s.logicalrelid, s.shardid))::regclass
      INTO copy
      FROM pg_catalog.pg_dist_shard AS s
      JOIN pg_catalog.pg_dist_placement AS p ON p.shardid = s.shardid
      JOIN pg_catalog.pg_class AS c ON c.oid = s.logicalrelid
      JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
     WHERE s.logicalrelid = source AND p.groupid = 0;
    IF copy IS NULL THEN
        RAISE EXCEPTION 'pg_trickle: % has no copy on the coordinator', source
              USING HINT = 'Add the coordinator to the Citus metadata: SELECT citus_set_coordinator_host(...).';
    END IF;
    RETURN copy;
END
$pgt$;

-- The snapshot of every node, as a jsonb object keyed by node group: the
-- coordinator's (group 0) and each primary worker's, read through Citus's own
-- connections. Changes of a distributed source are consumed node by node by
-- transaction visibility in these (Citus has no snapshot across nodes).
-- Without Citus, the local snapshot under group 0.
CREATE OR REPLACE FUNCTION pg_trickle.node_snapshots() RETURNS jsonb
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $pgt$
DECLARE
    snapshots jsonb;
    failed text;
BEGIN
    IF pg_catalog.to_regclass('pg_catalog.pg_dist_node') IS NULL THEN
        RETURN pg_catalog.jsonb_build_object('0', pg_catalog.pg_current_snapshot()::text);
    END IF;
    SELECT pg_catalog.jsonb_object_agg(x.node, x.snapshot), pg_catalog.string_agg(x.failure, '; ')
      INTO snapshots, failed
      FROM (SELECT '0' AS node, pg_catalog.pg_current_snapshot()::text AS snapshot, NULL AS failure
            UNION ALL
            SELECT n.groupid::text, r.result,
                   CASE WHEN NOT r.success THEN pg_catalog.format('%s:%s: %s', r.nodename, r.nodeport, r.result) END
              FROM pg_catalog.run_command_on_workers('SELECT pg_catalog.pg_current_snapshot()') AS r
              JOIN pg_catalog.pg_dist_node AS n
                ON n.nodename = r.nodename AND n.nodeport = r.nodeport AND n.noderole = 'primary' AND n.groupid <> 0) AS x;
    IF failed IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot read the snapshot of every node: %', failed;
    END IF;
    RETURN snapshots;
END
$pgt$;

-- The node snapshots a full refresh over distributed sources records, with this transaction's own
-- writes to their change buffers made visible: the full refresh reads the rows they wrote
-- (through Citus, in this transaction), so their changes are consumed; each node's own snapshot,
-- taken by another session, holds this transaction's worker transactions in progress. Called
-- with every source locked against other writers (SHARE): a buffer row this transaction sees
-- whose writer its node's snapshot does not is this transaction's.
CREATE OR REPLACE FUNCTION pg_trickle.with_own_writes(snapshots jsonb, buffers regclass[]) RETURNS jsonb
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $pgt$
DECLARE
    buffer regclass;
    own record;
    snap pg_snapshot;
    top numeric;
BEGIN
    FOREACH buffer IN ARRAY buffers LOOP
        FOR own IN EXECUTE pg_catalog.format(
            'SELECT c.__pgt_node::text AS node, pg_catalog.array_agg(DISTINCT c.__pgt_xid::text::numeric) AS xids FROM %s AS c '
            'WHERE NOT pg_catalog.pg_visible_in_snapshot(c.__pgt_xid, ($1 ->> c.__pgt_node::text)::pg_snapshot) GROUP BY 1', buffer)
            USING snapshots
        LOOP
            -- Own transaction ids at or above the snapshot's xmax: the xmax moves past them, and the
            -- ids in between, which the node had not completed, join those in progress.
            snap := (snapshots ->> own.node)::pg_snapshot;
            top := greatest(pg_catalog.pg_snapshot_xmax(snap)::text::numeric, (SELECT pg_catalog.max(o) + 1 FROM pg_catalog.unnest(own.xids) AS o));
            SELECT (pg_catalog.pg_snapshot_xmin(snap)::text || ':' || top::text || ':'
                    || coalesce(pg_catalog.string_agg(x::text, ',' ORDER BY x), ''))::pg_snapshot
              INTO snap
              FROM (SELECT x::text::numeric FROM pg_catalog.pg_snapshot_xip(snap) AS x
                    UNION
                    SELECT pg_catalog.generate_series(pg_catalog.pg_snapshot_xmax(snap)::text::numeric, top - 1)) AS pending (x)
             WHERE x <> ALL (own.xids);
            snapshots := pg_catalog.jsonb_set(snapshots, ARRAY[own.node], pg_catalog.to_jsonb(snap::text));
        END LOOP;
    END LOOP;
    RETURN snapshots;
END
$pgt$;

-- May this transaction delete the changes of a source that its readers have
-- consumed? Only while it holds the source's row of pgt_change_tracking
-- (FOR NO KEY UPDATE), taken here without waiting: a transaction that cannot
-- releases nothing, and a later refresh releases what it left.
-- * One transaction at a time deletes from a buffer: two deleting the same
--   rows in another order (refresh_due keeps the locks of all its refreshes
--   until it commits) deadlocked.
-- * The first population of a new reader holds the row FOR UPDATE until its
--   migration commits. Its frontier is not committed before then, so a
--   release would not count it, and would delete the changes of writers that
--   were in progress when it read the sources, which it has not consumed.
CREATE OR REPLACE FUNCTION pg_trickle.may_release(source text) RETURNS boolean
LANGUAGE sql VOLATILE
SET search_path = pg_catalog, pg_temp
RETURN EXISTS (SELECT FROM pg_trickle.pgt_change_tracking AS t WHERE t.source_stable_name = source FOR NO KEY UPDATE SKIP LOCKED);

-- Is this change buffer large? A refresh deletes the consumed changes of a
-- small buffer in its delta statement; those of a large one, the caller
-- releases afterwards (pg_trickle.release_large_buffer), with TRUNCATE where
-- it can: deleting rows costs per row, TRUNCATE a scan of shared_buffers.
CREATE OR REPLACE FUNCTION pg_trickle.is_large_buffer(buffer regclass) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
RETURN pg_catalog.pg_relation_size(buffer) >= greatest(1048576, pg_catalog.pg_size_bytes(pg_catalog.current_setting('shared_buffers')) / 1000);

-- Releases the changes of a large buffer that every reader has consumed:
-- those of transactions older than every reader's frontier (its xmin). When
-- that is every row, the buffer is emptied with TRUNCATE, which also leaves
-- no dead rows for vacuum, provided no other transaction holds the buffer
-- (LOCK ... NOWAIT) and the caller's transaction began with this statement,
-- so that the lock lasts only until the commit that follows. Only under READ
-- COMMITTED: the look after the lock must see every committed change, and a
-- REPEATABLE READ snapshot, taken before, misses those of writers that
-- committed meanwhile (TRUNCATE would delete them unconsumed).
CREATE OR REPLACE PROCEDURE pg_trickle.release_large_buffer(source text)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $pgt$
DECLARE
    buffer regclass;
    horizon xid8;
    unready boolean;
    pending boolean;
BEGIN
    SELECT pg_catalog.format('%I.%I', t.buffer_schema, t.buffer_table)::regclass INTO buffer
      FROM pg_trickle.pgt_change_tracking t WHERE t.source_stable_name = source;
    IF buffer IS NULL OR NOT pg_trickle.is_large_buffer(buffer) OR NOT pg_trickle.may_release(source) THEN
        RETURN;
    END IF;
    SELECT pg_catalog.min(pg_catalog.pg_snapshot_xmin(r.frontier)), pg_catalog.bool_or(r.frontier IS NULL)
      INTO horizon, unready
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables r ON r.pgt_id = d.pgt_id
     WHERE d.source_stable_name = source AND d.consumes_changes;
    IF horizon IS NULL OR unready THEN
        RETURN;
    END IF;
    IF pg_catalog.transaction_timestamp() = pg_catalog.statement_timestamp()
       AND pg_catalog.current_setting('transaction_isolation') = 'read committed' THEN
        EXECUTE pg_catalog.format('SELECT EXISTS (SELECT FROM %s AS c WHERE c.__pgt_xid >= $1)', buffer) INTO pending USING horizon;
        IF NOT pending THEN
            BEGIN
                EXECUTE pg_catalog.format('LOCK TABLE %s IN ACCESS EXCLUSIVE MODE NOWAIT', buffer);
                -- No writer can add a change now: look again, then empty the buffer.
                EXECUTE pg_catalog.format('SELECT EXISTS (SELECT FROM %s AS c WHERE c.__pgt_xid >= $1)', buffer) INTO pending USING horizon;
                IF NOT pending THEN
                    EXECUTE pg_catalog.format('TRUNCATE %s', buffer);
                    RETURN;
                END IF;
            EXCEPTION WHEN lock_not_available OR insufficient_privilege THEN
                NULL;
            END;
        END IF;
    END IF;
    EXECUTE pg_catalog.format('DELETE FROM %s AS c WHERE c.__pgt_xid < $1', buffer) USING horizon;
END
$pgt$;

-- Refreshes, in dependency order, every stream table whose schedule has
-- elapsed. Meant to be called every minute by cron or pg_cron. A stream
-- table that fails is reported with a WARNING (and in last_error) and the
-- others go on; one that is being refreshed elsewhere is skipped.
-- The changes of large buffers are released once, after all refreshes.
CREATE OR REPLACE PROCEDURE pg_trickle.refresh_due()
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $pgt$
DECLARE
    st record;
    message text;
    refreshed bigint[] := '{}';
    source text;
BEGIN
    FOR st IN
        SELECT pgt_id, stable_name
          FROM pg_trickle.pgt_stream_tables
         WHERE pg_trickle.schedule_is_due(schedule_kind, schedule_interval, cron_minutes, cron_hours, cron_doms,
                                          cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted,
                                          last_refresh_at, pg_catalog.now())
         ORDER BY refresh_order, stable_name
    LOOP
        BEGIN
            CALL pg_trickle.refresh_stream_table(st.pgt_id, false, false, false);
            refreshed := refreshed || st.pgt_id;
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS message = MESSAGE_TEXT;
            RAISE WARNING 'pg_trickle: refresh of % failed: %', st.stable_name, message;
            UPDATE pg_trickle.pgt_stream_tables SET last_error = message WHERE pgt_id = st.pgt_id;
        END;
    END LOOP;
    -- Last, so that a TRUNCATE's lock on a buffer lasts only until the commit.
    FOR source IN
        SELECT DISTINCT d.source_stable_name FROM pg_trickle.pgt_dependencies d
         WHERE d.pgt_id = ANY (refreshed) AND d.consumes_changes ORDER BY d.source_stable_name
    LOOP
        CALL pg_trickle.release_large_buffer(source);
    END LOOP;
END
$pgt$;

-- Drops the triggers, trigger function and change buffer of every source
-- that no stream table reads any more.
CREATE OR REPLACE PROCEDURE pg_trickle.drop_unused_change_tracking()
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $pgt$
DECLARE
    t pg_trickle.pgt_change_tracking;
    v name;
    tr record;
BEGIN
    FOR t IN
        SELECT * FROM pg_trickle.pgt_change_tracking c
         WHERE NOT EXISTS (SELECT 1 FROM pg_trickle.pgt_dependencies d
                            WHERE d.source_stable_name = c.source_stable_name AND d.consumes_changes)
         ORDER BY c.source_stable_name
    LOOP
        -- Citus drops the triggers of a reference table only when allowed to.
        PERFORM pg_catalog.set_config('citus.enable_unsafe_triggers', 'on', true);
        -- Its triggers, on whatever table they are now: ALTER TABLE ... RENAME TO or SET SCHEMA
        -- takes them along (a partition's clones go with their parent's).
        FOR tr IN
            SELECT g.tgrelid::regclass AS rel, g.tgname
              FROM pg_catalog.pg_trigger AS g
             WHERE g.tgfoid = pg_catalog.to_regprocedure(pg_catalog.format('%I.%I()', t.buffer_schema, t.trigger_function))
               AND g.tgname IN ('pg_trickle_cdc_ins_' || t.stable_hash, 'pg_trickle_cdc_upd_' || t.stable_hash,
                                'pg_trickle_cdc_del_' || t.stable_hash, 'pg_trickle_cdc_trunc_' || t.stable_hash)
               AND g.tgparentid = 0 AND NOT g.tgisinternal
             ORDER BY g.tgname
        LOOP
            EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS %I ON %s', tr.tgname, tr.rel);
        END LOOP;
        EXECUTE pg_catalog.format('DROP FUNCTION IF EXISTS %I.%I()', t.buffer_schema, t.trigger_function);
        EXECUTE pg_catalog.format('DROP TABLE IF EXISTS %I.%I', t.buffer_schema, t.buffer_table);
        DELETE FROM pg_trickle.pgt_truncations WHERE source_stable_name = t.source_stable_name;
        DELETE FROM pg_trickle.pgt_buffer_generations WHERE source_stable_name = t.source_stable_name;
        DELETE FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = t.source_stable_name;
    END LOOP;
    -- Views over the coordinator's copy of a Citus table that no stream table reads any more.
    FOR v IN
        SELECT c.relname FROM pg_catalog.pg_class AS c
         WHERE c.relnamespace = 'pg_trickle_changes'::regnamespace AND c.relkind = 'v' AND c.relname LIKE 'copy\_%'
           AND NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                            WHERE 'copy_' || pg_trickle.stable_hash(d.source_stable_name) = c.relname)
         ORDER BY c.relname
    LOOP
        EXECUTE pg_catalog.format('DROP VIEW pg_trickle_changes.%I', v);
    END LOOP;
END
$pgt$;

-- Deletes every change (and TRUNCATE marker) that every reader of its source has consumed,
-- tested against each reader's frontier. A refresh releases what is older than every reader's
-- frontier xmin by itself; this also releases what a refresh inside a writing transaction left.
CREATE OR REPLACE PROCEDURE pg_trickle.release_changes()
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $pgt$
DECLARE
    t pg_trickle.pgt_change_tracking;
    unready boolean;
    consumed_by_all text;
BEGIN
    -- A distributed source's buffer is released, node by node, by its readers' refreshes.
    FOR t IN SELECT * FROM pg_trickle.pgt_change_tracking WHERE source_placement <> 'distributed' ORDER BY source_stable_name LOOP
        SELECT pg_catalog.bool_or(r.frontier IS NULL),
               pg_catalog.string_agg(pg_catalog.format('pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, %L::pg_snapshot, %L::xid8, %s)',
                                                       r.frontier, r.frontier_own_xid, coalesce(r.frontier_mark, 0)), ' AND ' ORDER BY r.pgt_id)
          INTO unready, consumed_by_all
          FROM pg_trickle.pgt_dependencies d
          JOIN pg_trickle.pgt_stream_tables r ON r.pgt_id = d.pgt_id
         WHERE d.source_stable_name = t.source_stable_name AND d.consumes_changes;
        CONTINUE WHEN consumed_by_all IS NULL OR unready OR NOT pg_trickle.may_release(t.source_stable_name);
        EXECUTE pg_catalog.format('DELETE FROM %I.%I AS c WHERE %s', t.buffer_schema, t.buffer_table, consumed_by_all);
        EXECUTE pg_catalog.format('DELETE FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name = $1 AND %s', consumed_by_all)
          USING t.source_stable_name;
    END LOOP;
END
$pgt$;

CALL pg_trickle.begin_migration('pg_dump', 1, 'initial');

-- ========================================================================
-- capture changes of app.customers
-- ========================================================================
-- trickle: change capture for app.customers (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_113815ce96384ff4: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_113815ce96384ff4 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.id, s.email, s.name, s.created
  FROM app.customers AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_113815ce96384ff4
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_113815ce96384ff4 IS 'trickle: changes of app.customers';
-- One capture per table, shared by every project that reads it: its buffer takes the columns
-- this project declares that it lacks (the trigger function below copies them), and no stream
-- table may read a column it does not declare, which the trigger function below would no
-- longer copy (another project's, reading the table with more columns). A column the source
-- has retyped (or given another collation) since the buffer was made is retyped alike, its
-- pending changes converted: the buffer stays when another project reads the table.
DO $pgt$
DECLARE
    missing record;
    retyped record;
BEGIN
    IF EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                WHERE d.source_stable_name = 'app.customers' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['id', 'email', 'name', 'created']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'app.customers'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['id', 'email', 'name', 'created']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'app.customers'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_113815ce96384ff4'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_113815ce96384ff4'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['id', 'email', 'name', 'created']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'app.customers'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_113815ce96384ff4'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_113815ce96384ff4'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('app.customers')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_113815ce96384ff4() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_113815ce96384ff4 (__pgt_action, id, email, name, created)
        SELECT 'I', n.id, n.email, n.name, n.created FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_113815ce96384ff4 (__pgt_action, id, email, name, created)
        SELECT 'D', o.id, o.email, o.name, o.created FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.id, n.email, n.name, n.created FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_113815ce96384ff4 (__pgt_action, id, email, name, created)
        SELECT 'D', o.id, o.email, o.name, o.created FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('app.customers');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_113815ce96384ff4 AFTER INSERT ON app.customers
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_113815ce96384ff4();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_113815ce96384ff4 AFTER UPDATE ON app.customers
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_113815ce96384ff4();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_113815ce96384ff4 AFTER DELETE ON app.customers
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_113815ce96384ff4();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_113815ce96384ff4 AFTER TRUNCATE ON app.customers
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_113815ce96384ff4();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE app.customers ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_113815ce96384ff4;
ALTER TABLE app.customers ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_113815ce96384ff4;
ALTER TABLE app.customers ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_113815ce96384ff4;
ALTER TABLE app.customers ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_113815ce96384ff4;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('app.customers', 'app', 'customers', '113815ce96384ff4', 'pg_trickle_changes', 'changes_113815ce96384ff4', 'pg_trickle_cdc_fn_113815ce96384ff4', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of app.events
-- ========================================================================
-- trickle: change capture for app.events (table)
--
-- A partitioned table: row-level AFTER triggers, which PostgreSQL clones onto
-- every partition, present and future, and fires whichever table a statement
-- names, copy every changed row into the change buffer pg_trickle_changes.changes_514d6ced7cf3d1ec: an
-- INSERT as an 'I' row, a DELETE as a 'D' row, an UPDATE (also one that moves
-- a row to another partition) as 'D' (old) and 'I' (new); a TRUNCATE of the
-- table as one marker in pg_trickle.pgt_truncations (readers then recompute).
-- A partition attached, detached, dropped or truncated on its own changes rows
-- without firing any of these: each refresh compares the partitions and their
-- storage with those it last read (pg_trickle.partition_layout). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_514d6ced7cf3d1ec AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.id, s.at, s.payload
  FROM app.events AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_514d6ced7cf3d1ec
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_514d6ced7cf3d1ec IS 'trickle: changes of app.events';
-- One capture per table, shared by every project that reads it: its buffer takes the columns
-- this project declares that it lacks (the trigger function below copies them), and no stream
-- table may read a column it does not declare, which the trigger function below would no
-- longer copy (another project's, reading the table with more columns). A column the source
-- has retyped (or given another collation) since the buffer was made is retyped alike, its
-- pending changes converted: the buffer stays when another project reads the table.
DO $pgt$
DECLARE
    missing record;
    retyped record;
BEGIN
    IF EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                WHERE d.source_stable_name = 'app.events' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['id', 'at', 'payload']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'app.events'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['id', 'at', 'payload']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'app.events'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_514d6ced7cf3d1ec'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_514d6ced7cf3d1ec'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['id', 'at', 'payload']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'app.events'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_514d6ced7cf3d1ec'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_514d6ced7cf3d1ec'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('app.events')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_514d6ced7cf3d1ec() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_514d6ced7cf3d1ec (__pgt_action, id, at, payload)
        VALUES ('I', new.id, new.at, new.payload);
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_514d6ced7cf3d1ec (__pgt_action, id, at, payload)
        VALUES ('D', old.id, old.at, old.payload), ('I', new.id, new.at, new.payload);
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_514d6ced7cf3d1ec (__pgt_action, id, at, payload)
        VALUES ('D', old.id, old.at, old.payload);
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('app.events');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_514d6ced7cf3d1ec AFTER INSERT ON app.events
  FOR EACH ROW EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_514d6ced7cf3d1ec();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_514d6ced7cf3d1ec AFTER UPDATE ON app.events
  FOR EACH ROW EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_514d6ced7cf3d1ec();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_514d6ced7cf3d1ec AFTER DELETE ON app.events
  FOR EACH ROW EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_514d6ced7cf3d1ec();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_514d6ced7cf3d1ec AFTER TRUNCATE ON app.events
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_514d6ced7cf3d1ec();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE app.events ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_514d6ced7cf3d1ec;
ALTER TABLE app.events ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_514d6ced7cf3d1ec;
ALTER TABLE app.events ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_514d6ced7cf3d1ec;
ALTER TABLE app.events ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_514d6ced7cf3d1ec;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('app.events', 'app', 'events', '514d6ced7cf3d1ec', 'pg_trickle_changes', 'changes_514d6ced7cf3d1ec', 'pg_trickle_cdc_fn_514d6ced7cf3d1ec', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of app.orders
-- ========================================================================
-- trickle: change capture for app.orders (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_e1f9a3ea74b4404b: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_e1f9a3ea74b4404b AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.id, s.customer_id, s.st, s.amount, s.seq
  FROM app.orders AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_e1f9a3ea74b4404b
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_e1f9a3ea74b4404b IS 'trickle: changes of app.orders';
-- One capture per table, shared by every project that reads it: its buffer takes the columns
-- this project declares that it lacks (the trigger function below copies them), and no stream
-- table may read a column it does not declare, which the trigger function below would no
-- longer copy (another project's, reading the table with more columns). A column the source
-- has retyped (or given another collation) since the buffer was made is retyped alike, its
-- pending changes converted: the buffer stays when another project reads the table.
DO $pgt$
DECLARE
    missing record;
    retyped record;
BEGIN
    IF EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                WHERE d.source_stable_name = 'app.orders' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['id', 'customer_id', 'st', 'amount', 'seq']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'app.orders'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['id', 'customer_id', 'st', 'amount', 'seq']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'app.orders'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_e1f9a3ea74b4404b'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_e1f9a3ea74b4404b'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['id', 'customer_id', 'st', 'amount', 'seq']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'app.orders'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_e1f9a3ea74b4404b'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_e1f9a3ea74b4404b'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('app.orders')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_e1f9a3ea74b4404b() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_e1f9a3ea74b4404b (__pgt_action, id, customer_id, st, amount, seq)
        SELECT 'I', n.id, n.customer_id, n.st, n.amount, n.seq FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_e1f9a3ea74b4404b (__pgt_action, id, customer_id, st, amount, seq)
        SELECT 'D', o.id, o.customer_id, o.st, o.amount, o.seq FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.id, n.customer_id, n.st, n.amount, n.seq FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_e1f9a3ea74b4404b (__pgt_action, id, customer_id, st, amount, seq)
        SELECT 'D', o.id, o.customer_id, o.st, o.amount, o.seq FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('app.orders');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_e1f9a3ea74b4404b AFTER INSERT ON app.orders
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_e1f9a3ea74b4404b();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_e1f9a3ea74b4404b AFTER UPDATE ON app.orders
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_e1f9a3ea74b4404b();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_e1f9a3ea74b4404b AFTER DELETE ON app.orders
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_e1f9a3ea74b4404b();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_e1f9a3ea74b4404b AFTER TRUNCATE ON app.orders
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_e1f9a3ea74b4404b();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE app.orders ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_e1f9a3ea74b4404b;
ALTER TABLE app.orders ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_e1f9a3ea74b4404b;
ALTER TABLE app.orders ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_e1f9a3ea74b4404b;
ALTER TABLE app.orders ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_e1f9a3ea74b4404b;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('app.orders', 'app', 'orders', 'e1f9a3ea74b4404b', 'pg_trickle_changes', 'changes_e1f9a3ea74b4404b', 'pg_trickle_cdc_fn_e1f9a3ea74b4404b', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of app.tags
-- ========================================================================
-- trickle: change capture for app.tags (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_1e83d1b9f011f28c: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_1e83d1b9f011f28c AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.order_id, s.tag
  FROM app.tags AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_1e83d1b9f011f28c
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_1e83d1b9f011f28c IS 'trickle: changes of app.tags';
-- One capture per table, shared by every project that reads it: its buffer takes the columns
-- this project declares that it lacks (the trigger function below copies them), and no stream
-- table may read a column it does not declare, which the trigger function below would no
-- longer copy (another project's, reading the table with more columns). A column the source
-- has retyped (or given another collation) since the buffer was made is retyped alike, its
-- pending changes converted: the buffer stays when another project reads the table.
DO $pgt$
DECLARE
    missing record;
    retyped record;
BEGIN
    IF EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                WHERE d.source_stable_name = 'app.tags' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['order_id', 'tag']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'app.tags'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['order_id', 'tag']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'app.tags'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_1e83d1b9f011f28c'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_1e83d1b9f011f28c'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['order_id', 'tag']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'app.tags'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_1e83d1b9f011f28c'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_1e83d1b9f011f28c'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('app.tags')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_1e83d1b9f011f28c() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_1e83d1b9f011f28c (__pgt_action, order_id, tag)
        SELECT 'I', n.order_id, n.tag FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_1e83d1b9f011f28c (__pgt_action, order_id, tag)
        SELECT 'D', o.order_id, o.tag FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.order_id, n.tag FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_1e83d1b9f011f28c (__pgt_action, order_id, tag)
        SELECT 'D', o.order_id, o.tag FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('app.tags');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_1e83d1b9f011f28c AFTER INSERT ON app.tags
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_1e83d1b9f011f28c();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_1e83d1b9f011f28c AFTER UPDATE ON app.tags
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_1e83d1b9f011f28c();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_1e83d1b9f011f28c AFTER DELETE ON app.tags
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_1e83d1b9f011f28c();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_1e83d1b9f011f28c AFTER TRUNCATE ON app.tags
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_1e83d1b9f011f28c();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE app.tags ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_1e83d1b9f011f28c;
ALTER TABLE app.tags ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_1e83d1b9f011f28c;
ALTER TABLE app.tags ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_1e83d1b9f011f28c;
ALTER TABLE app.tags ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_1e83d1b9f011f28c;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('app.tags', 'app', 'tags', '1e83d1b9f011f28c', 'pg_trickle_changes', 'changes_1e83d1b9f011f28c', 'pg_trickle_cdc_fn_1e83d1b9f011f28c', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of public.notes
-- ========================================================================
-- trickle: change capture for public.notes (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_6a99936275157f3a: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_6a99936275157f3a AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.order_id, s.note
  FROM public.notes AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_6a99936275157f3a
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_6a99936275157f3a IS 'trickle: changes of public.notes';
-- One capture per table, shared by every project that reads it: its buffer takes the columns
-- this project declares that it lacks (the trigger function below copies them), and no stream
-- table may read a column it does not declare, which the trigger function below would no
-- longer copy (another project's, reading the table with more columns). A column the source
-- has retyped (or given another collation) since the buffer was made is retyped alike, its
-- pending changes converted: the buffer stays when another project reads the table.
DO $pgt$
DECLARE
    missing record;
    retyped record;
BEGIN
    IF EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                WHERE d.source_stable_name = 'public.notes' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['order_id', 'note']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'public.notes'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['order_id', 'note']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.notes'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_6a99936275157f3a'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_6a99936275157f3a'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['order_id', 'note']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.notes'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_6a99936275157f3a'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_6a99936275157f3a'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.notes')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_6a99936275157f3a() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_6a99936275157f3a (__pgt_action, order_id, note)
        SELECT 'I', n.order_id, n.note FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_6a99936275157f3a (__pgt_action, order_id, note)
        SELECT 'D', o.order_id, o.note FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.order_id, n.note FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_6a99936275157f3a (__pgt_action, order_id, note)
        SELECT 'D', o.order_id, o.note FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.notes');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_6a99936275157f3a AFTER INSERT ON public.notes
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_6a99936275157f3a();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_6a99936275157f3a AFTER UPDATE ON public.notes
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_6a99936275157f3a();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_6a99936275157f3a AFTER DELETE ON public.notes
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_6a99936275157f3a();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_6a99936275157f3a AFTER TRUNCATE ON public.notes
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_6a99936275157f3a();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE public.notes ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_6a99936275157f3a;
ALTER TABLE public.notes ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_6a99936275157f3a;
ALTER TABLE public.notes ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_6a99936275157f3a;
ALTER TABLE public.notes ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_6a99936275157f3a;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.notes', 'public', 'notes', '6a99936275157f3a', 'pg_trickle_changes', 'changes_6a99936275157f3a', 'pg_trickle_cdc_fn_6a99936275157f3a', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of public.plain
-- ========================================================================
-- trickle: change capture for public.plain (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_ee580a098a60475f: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_ee580a098a60475f AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.a, s.b
  FROM public.plain AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_ee580a098a60475f
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_ee580a098a60475f IS 'trickle: changes of public.plain';
-- One capture per table, shared by every project that reads it: its buffer takes the columns
-- this project declares that it lacks (the trigger function below copies them), and no stream
-- table may read a column it does not declare, which the trigger function below would no
-- longer copy (another project's, reading the table with more columns). A column the source
-- has retyped (or given another collation) since the buffer was made is retyped alike, its
-- pending changes converted: the buffer stays when another project reads the table.
DO $pgt$
DECLARE
    missing record;
    retyped record;
BEGIN
    IF EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                WHERE d.source_stable_name = 'public.plain' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['a', 'b']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'public.plain'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['a', 'b']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.plain'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_ee580a098a60475f'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_ee580a098a60475f'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['a', 'b']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.plain'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_ee580a098a60475f'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_ee580a098a60475f'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.plain')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_ee580a098a60475f() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_ee580a098a60475f (__pgt_action, a, b)
        SELECT 'I', n.a, n.b FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_ee580a098a60475f (__pgt_action, a, b)
        SELECT 'D', o.a, o.b FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.a, n.b FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_ee580a098a60475f (__pgt_action, a, b)
        SELECT 'D', o.a, o.b FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.plain');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_ee580a098a60475f AFTER INSERT ON public.plain
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_ee580a098a60475f();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_ee580a098a60475f AFTER UPDATE ON public.plain
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_ee580a098a60475f();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_ee580a098a60475f AFTER DELETE ON public.plain
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_ee580a098a60475f();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_ee580a098a60475f AFTER TRUNCATE ON public.plain
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_ee580a098a60475f();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE public.plain ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_ee580a098a60475f;
ALTER TABLE public.plain ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_ee580a098a60475f;
ALTER TABLE public.plain ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_ee580a098a60475f;
ALTER TABLE public.plain ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_ee580a098a60475f;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.plain', 'public', 'plain', 'ee580a098a60475f', 'pg_trickle_changes', 'changes_ee580a098a60475f', 'pg_trickle_cdc_fn_ee580a098a60475f', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- create stream table app.big_order_copy
-- ========================================================================
-- trickle: stream table app.big_order_copy
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT * FROM app.big_orders
--
-- operator tree:
--   project id, customer_id, st, amount, seq
--     project id, customer_id, st, amount, seq
--       filter amount > 100::numeric
--         scan app.orders

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE app.big_order_copy AS
  SELECT r.id, r.customer_id, r.st, r.amount, r.seq, hashint4extended(r.id, 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i.customer_id AS customer_id, i.st AS st, i.amount AS amount, i.seq AS seq
        FROM (
        SELECT i.id AS id, i.customer_id AS customer_id, i.st AS st, i.amount AS amount, i.seq AS seq
          FROM (
          SELECT orders.id, orders.customer_id, orders.st, orders.amount, orders.seq
            FROM app.orders AS orders
           WHERE orders.amount > 100::numeric
        ) AS i
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE app.big_order_copy ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_107f320d0ac0ac8d ON app.big_order_copy (__pgt_row_id);
COMMENT ON TABLE app.big_order_copy IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''app.big_order_copy'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('app', 'big_order_copy', 'app.big_order_copy', '107f320d0ac0ac8d', 'SELECT * FROM app.big_orders', 'AUTO', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_107f320d0ac0ac8d', 0, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'app.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'st', 'amount', 'seq']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'app.big_order_copy';

-- Refresh function, called by pg_trickle.refresh('app.big_order_copy').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text of dates, intervals, floats and bytea, the text search configuration
-- of to_tsvector(text), whether '{NULL}' is a NULL element, the locale of
-- to_char and money) stay those of the session that created the stream table,
-- in which its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_107f320d0ac0ac8d(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
SET bytea_output FROM CURRENT
SET default_text_search_config FROM CURRENT
SET array_nulls FROM CURRENT
SET lc_monetary FROM CURRENT
SET lc_numeric FROM CURRENT
SET lc_time FROM CURRENT
SET transform_null_equals FROM CURRENT
SET quote_all_identifiers FROM CURRENT
SET xmlbinary FROM CURRENT
SET xmloption FROM CURRENT
AS $pgt$
-- A name in a statement that is both a column and a variable of this function (a source's
-- column named found, which PL/pgSQL declares, or p_full) is the column.
#variable_conflict use_column
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_bound_e1f9a3ea74b4404b xid8;
    __pgt_small_e1f9a3ea74b4404b boolean;
    __pgt_parts_e1f9a3ea74b4404b text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('app.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'app.orders' AND d.consumes_changes AND r.stable_name <> 'app.big_order_copy'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_e1f9a3ea74b4404b'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'app.orders')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_e1f9a3ea74b4404b, __pgt_small_e1f9a3ea74b4404b, __pgt_parts_e1f9a3ea74b4404b
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'app.big_order_copy';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('app.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_e1f9a3ea74b4404b IS NOT NULL OR pg_trickle.children_layout('app.orders'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('app.orders'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c
             WHERE __pgt_small_e1f9a3ea74b4404b AND c.__pgt_xid < least(__pgt_bound_e1f9a3ea74b4404b, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_e1f9a3ea74b4404b'::regclass) > __pgt_full_ratio * pg_relation_size('app.orders'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'app.orders'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'app.orders', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            BEGIN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('app.orders', pg_current_snapshot()::text)
               WHERE pgt_schema = 'app' AND pgt_name = 'big_order_copy'
            ),
            -- delete the changes of app.orders that every reader has consumed
            __pgt_release_e1f9a3ea74b4404b AS (
              DELETE FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c
               WHERE __pgt_small_e1f9a3ea74b4404b AND c.__pgt_xid < least(__pgt_bound_e1f9a3ea74b4404b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan app.orders: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.st, c.amount, c.seq
                FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy amount > 100::numeric
            delta_filter AS (
              SELECT d.__pgt_w, d.id, d.customer_id, d.st, d.amount, d.seq
                FROM delta_orders AS d
               WHERE d.amount > 100::numeric
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d.customer_id AS customer_id, d.st AS st, d.amount AS amount, d.seq AS seq
                FROM delta_filter AS d
            ),
            -- project (linear): each changed row, projected
            delta_project_2 AS (
              SELECT d.__pgt_w, d.id AS id, d.customer_id AS customer_id, d.st AS st, d.amount AS amount, d.seq AS seq
                FROM delta_project AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.customer_id, d.st, d.amount, d.seq, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project_2 AS d
               GROUP BY d.id, d.customer_id, d.st, d.amount, d.seq
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashint4extended(n.id, 0), n.id) hashint4extended(n.id, 0) AS __pgt_row_id, n.id, n.customer_id, n.st, n.amount, n.seq, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashint4extended(n.id, 0), n.id, n.__pgt_w DESC
            )
            MERGE INTO app.big_order_copy AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.id = a.id
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET id = a.id, customer_id = a.customer_id, st = a.st, amount = a.amount, seq = a.seq
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (id, customer_id, st, amount, seq, __pgt_row_id) VALUES (a.id, a.customer_id, a.st, a.amount, a.seq, a.__pgt_row_id);
            EXCEPTION
                -- The delta computes the query's expressions over every change, also over rows
                -- that no longer hold (inserted with a zero divisor, then corrected; a cast to a
                -- domain whose CHECK fails; a function that raises): a fresh run of the query may
                -- not fail. If it does, the full refresh says so.
                WHEN data_exception OR cardinality_violation OR check_violation OR raise_exception THEN
                    __pgt_reason := 'the delta failed (' || SQLERRM || ')';
            END;
        END IF;
        IF __pgt_reason IS NULL THEN

            -- A TRUNCATE or a change of partitions or children that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('app.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_e1f9a3ea74b4404b IS NOT NULL OR pg_trickle.children_layout('app.orders'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('app.orders'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'app.big_order_copy') THEN
        DELETE FROM app.big_order_copy;
    ELSE
        TRUNCATE app.big_order_copy;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('app.orders')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'app.big_order_copy' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('app.orders'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'app.big_order_copy' AND d.source_stable_name = 'app.orders';
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('app.orders', pg_current_snapshot()::text)
         WHERE pgt_schema = 'app' AND pgt_name = 'big_order_copy'
    ),
    __pgt_release_e1f9a3ea74b4404b AS (
        DELETE FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c
         WHERE __pgt_small_e1f9a3ea74b4404b AND c.__pgt_xid < least(__pgt_bound_e1f9a3ea74b4404b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'app.orders' AND c.__pgt_xid < least(__pgt_bound_e1f9a3ea74b4404b, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO app.big_order_copy (id, customer_id, st, amount, seq, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.customer_id, r.st, r.amount, r.seq, hashint4extended(r.id, 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, i.customer_id AS customer_id, i.st AS st, i.amount AS amount, i.seq AS seq
            FROM (
            SELECT i.id AS id, i.customer_id AS customer_id, i.st AS st, i.amount AS amount, i.seq AS seq
              FROM (
              SELECT orders.id, orders.customer_id, orders.st, orders.amount, orders.seq
                FROM app.orders AS orders
               WHERE orders.amount > 100::numeric
            ) AS i
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- trickle: change capture for app.big_order_copy (stream table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_107f320d0ac0ac8d: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_107f320d0ac0ac8d AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.id, s.customer_id, s.st, s.amount, s.seq
  FROM app.big_order_copy AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_107f320d0ac0ac8d
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_107f320d0ac0ac8d IS 'trickle: changes of app.big_order_copy';
-- One capture per table, shared by every project that reads it: its buffer takes the columns
-- this project declares that it lacks (the trigger function below copies them), and no stream
-- table may read a column it does not declare, which the trigger function below would no
-- longer copy (another project's, reading the table with more columns). A column the source
-- has retyped (or given another collation) since the buffer was made is retyped alike, its
-- pending changes converted: the buffer stays when another project reads the table.
DO $pgt$
DECLARE
    missing record;
    retyped record;
BEGIN
    IF EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                WHERE d.source_stable_name = 'app.big_order_copy' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['id', 'customer_id', 'st', 'amount', 'seq']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'app.big_order_copy'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['id', 'customer_id', 'st', 'amount', 'seq']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'app.big_order_copy'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_107f320d0ac0ac8d'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_107f320d0ac0ac8d'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['id', 'customer_id', 'st', 'amount', 'seq']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'app.big_order_copy'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_107f320d0ac0ac8d'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_107f320d0ac0ac8d'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('app.big_order_copy')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_107f320d0ac0ac8d() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_107f320d0ac0ac8d (__pgt_action, id, customer_id, st, amount, seq)
        SELECT 'I', n.id, n.customer_id, n.st, n.amount, n.seq FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_107f320d0ac0ac8d (__pgt_action, id, customer_id, st, amount, seq)
        SELECT 'D', o.id, o.customer_id, o.st, o.amount, o.seq FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.id, n.customer_id, n.st, n.amount, n.seq FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_107f320d0ac0ac8d (__pgt_action, id, customer_id, st, amount, seq)
        SELECT 'D', o.id, o.customer_id, o.st, o.amount, o.seq FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('app.big_order_copy');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_107f320d0ac0ac8d AFTER INSERT ON app.big_order_copy
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_107f320d0ac0ac8d();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_107f320d0ac0ac8d AFTER UPDATE ON app.big_order_copy
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_107f320d0ac0ac8d();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_107f320d0ac0ac8d AFTER DELETE ON app.big_order_copy
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_107f320d0ac0ac8d();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_107f320d0ac0ac8d AFTER TRUNCATE ON app.big_order_copy
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_107f320d0ac0ac8d();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE app.big_order_copy ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_107f320d0ac0ac8d;
ALTER TABLE app.big_order_copy ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_107f320d0ac0ac8d;
ALTER TABLE app.big_order_copy ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_107f320d0ac0ac8d;
ALTER TABLE app.big_order_copy ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_107f320d0ac0ac8d;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('app.big_order_copy', 'app', 'big_order_copy', '107f320d0ac0ac8d', 'pg_trickle_changes', 'changes_107f320d0ac0ac8d', 'pg_trickle_cdc_fn_107f320d0ac0ac8d', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('app.big_order_copy', full => true);
ANALYZE app.big_order_copy;

-- ========================================================================
-- create stream table app.big_order_ids
-- ========================================================================
-- trickle: stream table app.big_order_ids
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT big_order_copy.id, big_order_copy.customer_id, big_order_copy.st, big_order_copy.amount, big_order_copy.seq FROM app.big_order_copy
--
-- operator tree:
--   project id, customer_id, st, amount, seq
--     scan app.big_order_copy (stream table)

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE app.big_order_ids AS
  SELECT r.id, r.customer_id, r.st, r.amount, r.seq, hashint4extended(r.id, 0) AS __pgt_row_id
    FROM (
      SELECT big_order_copy.id AS id, big_order_copy.customer_id AS customer_id, big_order_copy.st AS st, big_order_copy.amount AS amount, big_order_copy.seq AS seq
        FROM app.big_order_copy AS big_order_copy
    ) AS r
  WITH NO DATA;
ALTER TABLE app.big_order_ids ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_cf830ce76522b08c ON app.big_order_ids (__pgt_row_id);
COMMENT ON TABLE app.big_order_ids IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''app.big_order_ids'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('app', 'big_order_ids', 'app.big_order_ids', 'cf830ce76522b08c', 'SELECT big_order_copy.id, big_order_copy.customer_id, big_order_copy.st, big_order_copy.amount, big_order_copy.seq FROM app.big_order_copy', 'AUTO', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_cf830ce76522b08c', 1, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'app.big_order_copy', 'STREAM_TABLE', true, ARRAY['id', 'customer_id', 'st', 'amount', 'seq']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'app.big_order_ids';

-- Refresh function, called by pg_trickle.refresh('app.big_order_ids').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text of dates, intervals, floats and bytea, the text search configuration
-- of to_tsvector(text), whether '{NULL}' is a NULL element, the locale of
-- to_char and money) stay those of the session that created the stream table,
-- in which its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_cf830ce76522b08c(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
SET bytea_output FROM CURRENT
SET default_text_search_config FROM CURRENT
SET array_nulls FROM CURRENT
SET lc_monetary FROM CURRENT
SET lc_numeric FROM CURRENT
SET lc_time FROM CURRENT
SET transform_null_equals FROM CURRENT
SET quote_all_identifiers FROM CURRENT
SET xmlbinary FROM CURRENT
SET xmloption FROM CURRENT
AS $pgt$
-- A name in a statement that is both a column and a variable of this function (a source's
-- column named found, which PL/pgSQL declares, or p_full) is the column.
#variable_conflict use_column
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_bound_107f320d0ac0ac8d xid8;
    __pgt_small_107f320d0ac0ac8d boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('app.big_order_copy') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'app.big_order_copy' AND d.consumes_changes AND r.stable_name <> 'app.big_order_ids'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_107f320d0ac0ac8d'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_107f320d0ac0ac8d, __pgt_small_107f320d0ac0ac8d
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'app.big_order_ids';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('app.big_order_copy') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_107f320d0ac0ac8d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_107f320d0ac0ac8d AS c
             WHERE __pgt_small_107f320d0ac0ac8d AND c.__pgt_xid < least(__pgt_bound_107f320d0ac0ac8d, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_107f320d0ac0ac8d'::regclass) > __pgt_full_ratio * pg_relation_size('app.big_order_copy'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_107f320d0ac0ac8d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'app.big_order_copy'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'app.big_order_copy', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            BEGIN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('app.big_order_copy', pg_current_snapshot()::text)
               WHERE pgt_schema = 'app' AND pgt_name = 'big_order_ids'
            ),
            -- delete the changes of app.big_order_copy that every reader has consumed
            __pgt_release_107f320d0ac0ac8d AS (
              DELETE FROM pg_trickle_changes.changes_107f320d0ac0ac8d AS c
               WHERE __pgt_small_107f320d0ac0ac8d AND c.__pgt_xid < least(__pgt_bound_107f320d0ac0ac8d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan app.big_order_copy: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_big_order_copy AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.st, c.amount, c.seq
                FROM pg_trickle_changes.changes_107f320d0ac0ac8d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d.customer_id AS customer_id, d.st AS st, d.amount AS amount, d.seq AS seq
                FROM delta_big_order_copy AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.customer_id, d.st, d.amount, d.seq, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.id, d.customer_id, d.st, d.amount, d.seq
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashint4extended(n.id, 0), n.id) hashint4extended(n.id, 0) AS __pgt_row_id, n.id, n.customer_id, n.st, n.amount, n.seq, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashint4extended(n.id, 0), n.id, n.__pgt_w DESC
            )
            MERGE INTO app.big_order_ids AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.id = a.id
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET id = a.id, customer_id = a.customer_id, st = a.st, amount = a.amount, seq = a.seq
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (id, customer_id, st, amount, seq, __pgt_row_id) VALUES (a.id, a.customer_id, a.st, a.amount, a.seq, a.__pgt_row_id);
            EXCEPTION
                -- The delta computes the query's expressions over every change, also over rows
                -- that no longer hold (inserted with a zero divisor, then corrected; a cast to a
                -- domain whose CHECK fails; a function that raises): a fresh run of the query may
                -- not fail. If it does, the full refresh says so.
                WHEN data_exception OR cardinality_violation OR check_violation OR raise_exception THEN
                    __pgt_reason := 'the delta failed (' || SQLERRM || ')';
            END;
        END IF;
        IF __pgt_reason IS NULL THEN

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('app.big_order_copy') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'app.big_order_ids') THEN
        DELETE FROM app.big_order_ids;
    ELSE
        TRUNCATE app.big_order_ids;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('app.big_order_copy')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'app.big_order_ids' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('app.big_order_copy', pg_current_snapshot()::text)
         WHERE pgt_schema = 'app' AND pgt_name = 'big_order_ids'
    ),
    __pgt_release_107f320d0ac0ac8d AS (
        DELETE FROM pg_trickle_changes.changes_107f320d0ac0ac8d AS c
         WHERE __pgt_small_107f320d0ac0ac8d AND c.__pgt_xid < least(__pgt_bound_107f320d0ac0ac8d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'app.big_order_copy' AND c.__pgt_xid < least(__pgt_bound_107f320d0ac0ac8d, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO app.big_order_ids (id, customer_id, st, amount, seq, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.customer_id, r.st, r.amount, r.seq, hashint4extended(r.id, 0) AS __pgt_row_id
        FROM (
          SELECT big_order_copy.id AS id, big_order_copy.customer_id AS customer_id, big_order_copy.st AS st, big_order_copy.amount AS amount, big_order_copy.seq AS seq
            FROM app.big_order_copy AS big_order_copy
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('app.big_order_ids', full => true);
ANALYZE app.big_order_ids;

-- ========================================================================
-- create stream table app.events_per_day
-- ========================================================================
-- trickle: stream table app.events_per_day
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT at, count(*) AS n FROM app.events GROUP BY at
--
-- operator tree:
--   project __pgt_g0 AS at, __pgt_a0 AS n
--     aggregate count(*) group by at
--       scan app.events

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE app.events_per_day WITH (fillfactor = 50) AS
  SELECT i.at AS at,
         count(*) AS n,
         hash_record_extended(ROW(i.at), 0) AS __pgt_row_id,
         count(*) AS __pgt_count
    FROM (
      SELECT id, at, payload FROM app.events
    ) AS i
   GROUP BY i.at
  WITH NO DATA;
ALTER TABLE app.events_per_day ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_2e0c509f8f878b87 ON app.events_per_day (__pgt_row_id);
COMMENT ON TABLE app.events_per_day IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''app.events_per_day'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('app', 'events_per_day', 'app.events_per_day', '2e0c509f8f878b87', 'SELECT at, count(*) AS n FROM app.events GROUP BY at', 'AUTO', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_2e0c509f8f878b87', 2, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'app.events', 'TABLE', true, ARRAY['id', 'at', 'payload']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'app.events_per_day';

-- Refresh function, called by pg_trickle.refresh('app.events_per_day').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text of dates, intervals, floats and bytea, the text search configuration
-- of to_tsvector(text), whether '{NULL}' is a NULL element, the locale of
-- to_char and money) stay those of the session that created the stream table,
-- in which its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_2e0c509f8f878b87(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
SET bytea_output FROM CURRENT
SET default_text_search_config FROM CURRENT
SET array_nulls FROM CURRENT
SET lc_monetary FROM CURRENT
SET lc_numeric FROM CURRENT
SET lc_time FROM CURRENT
SET transform_null_equals FROM CURRENT
SET quote_all_identifiers FROM CURRENT
SET xmlbinary FROM CURRENT
SET xmloption FROM CURRENT
AS $pgt$
-- A name in a statement that is both a column and a variable of this function (a source's
-- column named found, which PL/pgSQL declares, or p_full) is the column.
#variable_conflict use_column
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_full_snapshot pg_snapshot;
    __pgt_bound_514d6ced7cf3d1ec xid8;
    __pgt_small_514d6ced7cf3d1ec boolean;
    __pgt_parts_514d6ced7cf3d1ec text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('app.events') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'app.events' AND d.consumes_changes AND r.stable_name <> 'app.events_per_day'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_514d6ced7cf3d1ec'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'app.events')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_514d6ced7cf3d1ec, __pgt_small_514d6ced7cf3d1ec, __pgt_parts_514d6ced7cf3d1ec
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'app.events_per_day';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('app.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_514d6ced7cf3d1ec IS DISTINCT FROM pg_trickle.partition_layout('app.events'::regclass) THEN
            __pgt_reason := 'the partitions of a source changed (ATTACH, DETACH, DROP or TRUNCATE of a partition)';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_514d6ced7cf3d1ec AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_514d6ced7cf3d1ec AS c
             WHERE __pgt_small_514d6ced7cf3d1ec AND c.__pgt_xid < least(__pgt_bound_514d6ced7cf3d1ec, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_514d6ced7cf3d1ec'::regclass) > __pgt_full_ratio * (SELECT coalesce(sum(pg_relation_size(p.relid)), 0) FROM pg_partition_tree('app.events'::regclass) AS p WHERE p.isleaf) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_514d6ced7cf3d1ec AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) FROM pg_partition_tree('app.events'::regclass) AS p JOIN pg_class AS c ON c.oid = p.relid WHERE p.isleaf) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'app.events', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            BEGIN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('app.events', pg_current_snapshot()::text)
               WHERE pgt_schema = 'app' AND pgt_name = 'events_per_day'
            ),
            -- delete the changes of app.events that every reader has consumed
            __pgt_release_514d6ced7cf3d1ec AS (
              DELETE FROM pg_trickle_changes.changes_514d6ced7cf3d1ec AS c
               WHERE __pgt_small_514d6ced7cf3d1ec AND c.__pgt_xid < least(__pgt_bound_514d6ced7cf3d1ec, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan app.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_events AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.at, c.payload
                FROM pg_trickle_changes.changes_514d6ced7cf3d1ec AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.at AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0
                FROM delta_events AS d
               GROUP BY d.at
            )
            MERGE INTO app.events_per_day AS s
            USING __pgt_delta_groups AS g
               ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0), 0) AND s.at IS NOT DISTINCT FROM g.__pgt_g0
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          at = g.__pgt_g0,
                          n = coalesce(s.n, 0) + g.__pgt_d_value_0,
                          __pgt_count = s.__pgt_count + g.__pgt_d_count
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT (at, n, __pgt_row_id, __pgt_count)
                          VALUES (g.__pgt_g0,
                                  g.__pgt_d_value_0,
                                  hash_record_extended(ROW(g.__pgt_g0), 0),
                                  g.__pgt_d_count);
            EXCEPTION
                -- The delta computes the query's expressions over every change, also over rows
                -- that no longer hold (inserted with a zero divisor, then corrected; a cast to a
                -- domain whose CHECK fails; a function that raises): a fresh run of the query may
                -- not fail. If it does, the full refresh says so.
                WHEN data_exception OR cardinality_violation OR check_violation OR raise_exception THEN
                    __pgt_reason := 'the delta failed (' || SQLERRM || ')';
            END;
        END IF;
        IF __pgt_reason IS NULL THEN

            -- A TRUNCATE or a change of partitions or children that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('app.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_514d6ced7cf3d1ec IS DISTINCT FROM pg_trickle.partition_layout('app.events'::regclass) THEN
                __pgt_reason := 'the partitions of a source changed (ATTACH, DETACH, DROP or TRUNCATE of a partition)';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'app.events_per_day') THEN
        DELETE FROM app.events_per_day;
    ELSE
        TRUNCATE app.events_per_day;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('app.events')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'app.events_per_day' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.partition_layout('app.events'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'app.events_per_day' AND d.source_stable_name = 'app.events';
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_2e0c509f8f878b87 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.at AS at,
                     count(*) AS n,
                     hash_record_extended(ROW(i.at), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count
                FROM (
                  SELECT id, at, payload FROM app.events
                ) AS i
               GROUP BY i.at
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_2e0c509f8f878b87 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('app.events', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'app' AND pgt_name = 'events_per_day'
        ),
        __pgt_release_514d6ced7cf3d1ec AS (
            DELETE FROM pg_trickle_changes.changes_514d6ced7cf3d1ec AS c
             WHERE __pgt_small_514d6ced7cf3d1ec AND c.__pgt_xid < least(__pgt_bound_514d6ced7cf3d1ec, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'app.events' AND c.__pgt_xid < least(__pgt_bound_514d6ced7cf3d1ec, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO app.events_per_day (at, n, __pgt_row_id, __pgt_count)
        SELECT q.at, q.n, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_2e0c509f8f878b87 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_2e0c509f8f878b87;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('app.events', pg_current_snapshot()::text)
         WHERE pgt_schema = 'app' AND pgt_name = 'events_per_day'
    ),
    __pgt_release_514d6ced7cf3d1ec AS (
        DELETE FROM pg_trickle_changes.changes_514d6ced7cf3d1ec AS c
         WHERE __pgt_small_514d6ced7cf3d1ec AND c.__pgt_xid < least(__pgt_bound_514d6ced7cf3d1ec, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'app.events' AND c.__pgt_xid < least(__pgt_bound_514d6ced7cf3d1ec, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO app.events_per_day (at, n, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT i.at AS at,
             count(*) AS n,
             hash_record_extended(ROW(i.at), 0) AS __pgt_row_id,
             count(*) AS __pgt_count
        FROM (
          SELECT id, at, payload FROM app.events
        ) AS i
       GROUP BY i.at
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('app.events_per_day', full => true);
ANALYZE app.events_per_day;

-- ========================================================================
-- create stream table app.per_customer
-- ========================================================================
-- trickle: stream table app.per_customer
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT c.id, c.email, count(o.id) AS n, sum(o.amount) AS total, max(o.st) AS st FROM app.customers AS c LEFT JOIN app.orders AS o ON o.customer_id = c.id GROUP BY c.id, c.email
--
-- operator tree:
--   project __pgt_g0 AS id, __pgt_g1 AS email, __pgt_a0 AS n, __pgt_a1 AS total, __pgt_a2 AS st
--     aggregate count(o.id), sum(o.amount), max(o.st) group by c_id, email
--       left outer join on customer_id = c_id
--         scan app.customers AS c
--         scan app.orders AS o

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_1).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE app.per_customer WITH (fillfactor = 50) AS
  SELECT i.c_id AS id,
         i.email AS email,
         count(i.o_id) AS n,
         sum(i.amount) AS total,
         max(i.st) AS st,
         hash_record_extended(ROW(i.c_id, i.email), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i.amount) AS __pgt_nonnull_1
    FROM (
      SELECT c.id AS c_id, c.email AS email, c.name AS name, c.created AS created, o.id AS o_id, o.customer_id AS customer_id, o.st AS st, o.amount AS amount, o.seq AS seq
        FROM app.customers AS c
        LEFT JOIN app.orders AS o ON o.customer_id = c.id
    ) AS i
   GROUP BY i.c_id, i.email
  WITH NO DATA;
ALTER TABLE app.per_customer ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_b126c852ca107232 ON app.per_customer (__pgt_row_id);
COMMENT ON TABLE app.per_customer IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''app.per_customer'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('app', 'per_customer', 'app.per_customer', 'b126c852ca107232', 'SELECT c.id, c.email, count(o.id) AS n, sum(o.amount) AS total, max(o.st) AS st FROM app.customers AS c LEFT JOIN app.orders AS o ON o.customer_id = c.id GROUP BY c.id, c.email', 'AUTO', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_b126c852ca107232', 3, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'app.per_customer';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'app.customers', 'TABLE', true, ARRAY['id', 'email', 'name', 'created']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'app.per_customer';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'app.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'st', 'amount', 'seq']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'app.per_customer';

-- Refresh function, called by pg_trickle.refresh('app.per_customer').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text of dates, intervals, floats and bytea, the text search configuration
-- of to_tsvector(text), whether '{NULL}' is a NULL element, the locale of
-- to_char and money) stay those of the session that created the stream table,
-- in which its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_b126c852ca107232(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
SET bytea_output FROM CURRENT
SET default_text_search_config FROM CURRENT
SET array_nulls FROM CURRENT
SET lc_monetary FROM CURRENT
SET lc_numeric FROM CURRENT
SET lc_time FROM CURRENT
SET transform_null_equals FROM CURRENT
SET quote_all_identifiers FROM CURRENT
SET xmlbinary FROM CURRENT
SET xmloption FROM CURRENT
AS $pgt$
-- A name in a statement that is both a column and a variable of this function (a source's
-- column named found, which PL/pgSQL declares, or p_full) is the column.
#variable_conflict use_column
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_full_snapshot pg_snapshot;
    __pgt_bound_113815ce96384ff4 xid8;
    __pgt_small_113815ce96384ff4 boolean;
    __pgt_bound_e1f9a3ea74b4404b xid8;
    __pgt_small_e1f9a3ea74b4404b boolean;
    __pgt_parts_113815ce96384ff4 text;
    __pgt_parts_e1f9a3ea74b4404b text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('app.customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'app.customers' AND d.consumes_changes AND r.stable_name <> 'app.per_customer'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_113815ce96384ff4'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('app.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'app.orders' AND d.consumes_changes AND r.stable_name <> 'app.per_customer'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_e1f9a3ea74b4404b'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'app.customers'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'app.orders')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_113815ce96384ff4, __pgt_small_113815ce96384ff4, __pgt_bound_e1f9a3ea74b4404b, __pgt_small_e1f9a3ea74b4404b, __pgt_parts_113815ce96384ff4, __pgt_parts_e1f9a3ea74b4404b
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'app.per_customer';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('app.customers', 'app.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_113815ce96384ff4 IS NOT NULL OR pg_trickle.children_layout('app.customers'::regclass) IS NOT NULL OR __pgt_parts_e1f9a3ea74b4404b IS NOT NULL OR pg_trickle.children_layout('app.orders'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('app.customers'::regclass, 'app.orders'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_113815ce96384ff4 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_113815ce96384ff4 AS c
             WHERE __pgt_small_113815ce96384ff4 AND c.__pgt_xid < least(__pgt_bound_113815ce96384ff4, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c
             WHERE __pgt_small_e1f9a3ea74b4404b AND c.__pgt_xid < least(__pgt_bound_e1f9a3ea74b4404b, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_113815ce96384ff4'::regclass) > __pgt_full_ratio * pg_relation_size('app.customers'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_113815ce96384ff4 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'app.customers'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'app.customers', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_e1f9a3ea74b4404b'::regclass) > __pgt_full_ratio * pg_relation_size('app.orders'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'app.orders'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'app.orders', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            BEGIN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('app.customers', pg_current_snapshot()::text, 'app.orders', pg_current_snapshot()::text)
               WHERE pgt_schema = 'app' AND pgt_name = 'per_customer'
            ),
            -- delete the changes of app.customers that every reader has consumed
            __pgt_release_113815ce96384ff4 AS (
              DELETE FROM pg_trickle_changes.changes_113815ce96384ff4 AS c
               WHERE __pgt_small_113815ce96384ff4 AND c.__pgt_xid < least(__pgt_bound_113815ce96384ff4, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of app.orders that every reader has consumed
            __pgt_release_e1f9a3ea74b4404b AS (
              DELETE FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c
               WHERE __pgt_small_e1f9a3ea74b4404b AND c.__pgt_xid < least(__pgt_bound_e1f9a3ea74b4404b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan app.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.email, c.name, c.created
                FROM pg_trickle_changes.changes_113815ce96384ff4 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan app.orders: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.st, c.amount, c.seq
                FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, email, name, created FROM app.customers
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c.email, c.name, c.created FROM pg_trickle_changes.changes_113815ce96384ff4 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_orders AS __pgt_x WHERE __pgt_x.customer_id = __pgt_p.id)
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x.id, __pgt_x.customer_id, sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_orders AS __pgt_x
               GROUP BY __pgt_x.id, __pgt_x.customer_id
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT c.__pgt_w * o.__pgt_w AS __pgt_w, c.id AS c_id, c.email AS email, c.name AS name, c.created AS created, o.id AS o_id, o.customer_id AS customer_id, o.st AS st, o.amount AS amount, o.seq AS seq
                FROM delta_customers AS c,
                     (
                SELECT 1 AS __pgt_w, id, customer_id, st, amount, seq FROM app.orders
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c.customer_id, c.st, c.amount, c.seq FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS o
               WHERE o.customer_id = c.id
              UNION ALL
              SELECT o.__pgt_w AS __pgt_w, c.id AS c_id, c.email AS email, c.name AS name, c.created AS created, o.id AS o_id, o.customer_id AS customer_id, o.st AS st, o.amount AS amount, o.seq AS seq
                FROM app.customers AS c,
                     delta_orders AS o
               WHERE o.customer_id = c.id
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.id AS c_id, __pgt_p.email AS email, __pgt_p.name AS name, __pgt_p.created AS created, __pgt_pad.id AS o_id, __pgt_pad.customer_id AS customer_id, __pgt_pad.st AS st, __pgt_pad.amount AS amount, __pgt_pad.seq AS seq
                FROM delta_customers AS __pgt_p
                LEFT JOIN app.orders AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM app.orders AS __pgt_x WHERE __pgt_x.customer_id = __pgt_p.id)
              UNION ALL
              -- -w: the row gained its first match
              SELECT __pgt_p.__pgt_w * -1 AS __pgt_w, __pgt_p.id AS c_id, __pgt_p.email AS email, __pgt_p.name AS name, __pgt_p.created AS created, __pgt_pad.id AS o_id, __pgt_pad.customer_id AS customer_id, __pgt_pad.st AS st, __pgt_pad.amount AS amount, __pgt_pad.seq AS seq
                FROM __pgt_candidates AS __pgt_p
                LEFT JOIN app.orders AS __pgt_pad ON false
               WHERE EXISTS (SELECT FROM app.orders AS __pgt_x WHERE __pgt_x.customer_id = __pgt_p.id)
                 AND NOT EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.customer_id = __pgt_p.id)
                 AND NOT EXISTS (SELECT FROM app.orders AS __pgt_x
                              WHERE __pgt_x.customer_id = __pgt_p.id
                                AND __pgt_x.id NOT IN (SELECT n.id FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
              UNION ALL
              -- +w: the row lost its last match
              SELECT __pgt_p.__pgt_w AS __pgt_w, __pgt_p.id AS c_id, __pgt_p.email AS email, __pgt_p.name AS name, __pgt_p.created AS created, __pgt_pad.id AS o_id, __pgt_pad.customer_id AS customer_id, __pgt_pad.st AS st, __pgt_pad.amount AS amount, __pgt_pad.seq AS seq
                FROM __pgt_candidates AS __pgt_p
                LEFT JOIN app.orders AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM app.orders AS __pgt_x WHERE __pgt_x.customer_id = __pgt_p.id)
                 AND EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.customer_id = __pgt_p.id)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.c_id AS __pgt_g0,
                     d.email AS __pgt_g1,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.o_id IS NOT NULL), 0)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.amount IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                     sum(CASE WHEN d.__pgt_w > 0 THEN d.amount ELSE -(d.amount) END) AS __pgt_d_value_1,
                     max(d.st) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_2,
                     max(d.st) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_2
                FROM delta_outer_join AS d
               GROUP BY d.c_id, d.email
            ),
            -- each changed group with its stored state; a group is recomputed from the sources when a deleted value may have been its MIN/MAX or a NaN or an infinity entered or left a SUM or AVG
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.n AS __pgt_old_value_0,
                     s.total AS __pgt_old_value_1,
                     s.st AS __pgt_old_value_2,
                     coalesce(s.__pgt_nonnull_1, 0) AS __pgt_old_nonnull_1,
                     (g.__pgt_del_2 IS NOT NULL AND (s.st IS NULL OR (g.__pgt_del_2 >= s.st AND NOT coalesce(g.__pgt_ins_2 >= s.st AND g.__pgt_ins_2 > g.__pgt_del_2, false))))
                         OR coalesce(g.__pgt_d_value_1 IN ('NaN', 'Infinity', '-Infinity'), false) AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN app.per_customer AS s ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0, g.__pgt_g1), 0) AND s.id = g.__pgt_g0 AND s.email = g.__pgt_g1
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_g1, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1, coalesce(r.__pgt_nonnull_1, 0) AS __pgt_nonnull_1, r.__pgt_value_2
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT i.c_id AS __pgt_g0,
                         i.email AS __pgt_g1,
                         count(*) AS __pgt_count,
                         count(i.o_id) AS __pgt_value_0,
                         sum(i.amount) AS __pgt_value_1,
                         count(i.amount) AS __pgt_nonnull_1,
                         max(i.st) AS __pgt_value_2
                    FROM (
                    SELECT c.id AS c_id, c.email AS email, c.name AS name, c.created AS created, o.id AS o_id, o.customer_id AS customer_id, o.st AS st, o.amount AS amount, o.seq AS seq
                      FROM app.customers AS c
                      LEFT JOIN app.orders AS o ON o.customer_id = c.id
                  ) AS i
                   WHERE i.c_id IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan)
                     AND i.email IN (SELECT f.__pgt_g1 FROM __pgt_groups AS f WHERE f.__pgt_rescan)
                   GROUP BY i.c_id, i.email
                ) AS r ON r.__pgt_g0 = g.__pgt_g0 AND r.__pgt_g1 = g.__pgt_g1
               WHERE g.__pgt_rescan
            ),
            -- new state of each changed group: stored state + change, or the recomputed state
            __pgt_new_state AS (
              SELECT g.__pgt_g0 AS __pgt_g0,
                     g.__pgt_g1 AS __pgt_g1,
                     g.__pgt_ctid,
                     g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                     coalesce(g.__pgt_old_value_0, 0) + g.__pgt_d_value_0 AS __pgt_value_0,
                     CASE WHEN g.__pgt_old_nonnull_1 + g.__pgt_d_nonnull_1 = 0 THEN NULL WHEN g.__pgt_old_value_1 IS NULL THEN g.__pgt_d_value_1 WHEN g.__pgt_d_value_1 IS NULL THEN g.__pgt_old_value_1 ELSE g.__pgt_old_value_1 + g.__pgt_d_value_1 END AS __pgt_value_1,
                     g.__pgt_old_nonnull_1 + g.__pgt_d_nonnull_1 AS __pgt_nonnull_1,
                     greatest(g.__pgt_old_value_2, g.__pgt_ins_2) AS __pgt_value_2
                FROM __pgt_groups AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows
            __pgt_apply AS (
              SELECT hash_record_extended(ROW(n.__pgt_g0, n.__pgt_g1), 0) AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_g0 AS id,
                     n.__pgt_g1 AS email,
                     n.__pgt_value_0 AS n,
                     n.__pgt_value_1 AS total,
                     n.__pgt_value_2 AS st,
                     n.__pgt_count,
                     n.__pgt_nonnull_1 AS __pgt_nonnull_1,
                     n.__pgt_count > 0 AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO app.per_customer AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET id = a.id, email = a.email, n = a.n, total = a.total, st = a.st, __pgt_count = a.__pgt_count, __pgt_nonnull_1 = a.__pgt_nonnull_1
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (id, email, n, total, st, __pgt_row_id, __pgt_count, __pgt_nonnull_1) VALUES (a.id, a.email, a.n, a.total, a.st, a.__pgt_row_id, a.__pgt_count, a.__pgt_nonnull_1);
            EXCEPTION
                -- The delta computes the query's expressions over every change, also over rows
                -- that no longer hold (inserted with a zero divisor, then corrected; a cast to a
                -- domain whose CHECK fails; a function that raises): a fresh run of the query may
                -- not fail. If it does, the full refresh says so.
                WHEN data_exception OR cardinality_violation OR check_violation OR raise_exception THEN
                    __pgt_reason := 'the delta failed (' || SQLERRM || ')';
            END;
        END IF;
        IF __pgt_reason IS NULL THEN

            -- A TRUNCATE or a change of partitions or children that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('app.customers', 'app.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_113815ce96384ff4 IS NOT NULL OR pg_trickle.children_layout('app.customers'::regclass) IS NOT NULL OR __pgt_parts_e1f9a3ea74b4404b IS NOT NULL OR pg_trickle.children_layout('app.orders'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('app.customers'::regclass, 'app.orders'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'app.per_customer') THEN
        DELETE FROM app.per_customer;
    ELSE
        TRUNCATE app.per_customer;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('app.customers'), ('app.orders')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'app.per_customer' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('app.customers'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'app.per_customer' AND d.source_stable_name = 'app.customers';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('app.orders'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'app.per_customer' AND d.source_stable_name = 'app.orders';
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_b126c852ca107232 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.c_id AS id,
                     i.email AS email,
                     count(i.o_id) AS n,
                     sum(i.amount) AS total,
                     max(i.st) AS st,
                     hash_record_extended(ROW(i.c_id, i.email), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     count(i.amount) AS __pgt_nonnull_1
                FROM (
                  SELECT c.id AS c_id, c.email AS email, c.name AS name, c.created AS created, o.id AS o_id, o.customer_id AS customer_id, o.st AS st, o.amount AS amount, o.seq AS seq
                    FROM app.customers AS c
                    LEFT JOIN app.orders AS o ON o.customer_id = c.id
                ) AS i
               GROUP BY i.c_id, i.email
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_b126c852ca107232 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('app.customers', __pgt_full_snapshot::text, 'app.orders', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'app' AND pgt_name = 'per_customer'
        ),
        __pgt_release_113815ce96384ff4 AS (
            DELETE FROM pg_trickle_changes.changes_113815ce96384ff4 AS c
             WHERE __pgt_small_113815ce96384ff4 AND c.__pgt_xid < least(__pgt_bound_113815ce96384ff4, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_e1f9a3ea74b4404b AS (
            DELETE FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c
             WHERE __pgt_small_e1f9a3ea74b4404b AND c.__pgt_xid < least(__pgt_bound_e1f9a3ea74b4404b, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'app.customers' AND c.__pgt_xid < least(__pgt_bound_113815ce96384ff4, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'app.orders' AND c.__pgt_xid < least(__pgt_bound_e1f9a3ea74b4404b, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO app.per_customer (id, email, n, total, st, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
        SELECT q.id, q.email, q.n, q.total, q.st, q.__pgt_row_id, q.__pgt_count, q.__pgt_nonnull_1 FROM pg_temp.__pgt_full_b126c852ca107232 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_b126c852ca107232;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('app.customers', pg_current_snapshot()::text, 'app.orders', pg_current_snapshot()::text)
         WHERE pgt_schema = 'app' AND pgt_name = 'per_customer'
    ),
    __pgt_release_113815ce96384ff4 AS (
        DELETE FROM pg_trickle_changes.changes_113815ce96384ff4 AS c
         WHERE __pgt_small_113815ce96384ff4 AND c.__pgt_xid < least(__pgt_bound_113815ce96384ff4, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_e1f9a3ea74b4404b AS (
        DELETE FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c
         WHERE __pgt_small_e1f9a3ea74b4404b AND c.__pgt_xid < least(__pgt_bound_e1f9a3ea74b4404b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'app.customers' AND c.__pgt_xid < least(__pgt_bound_113815ce96384ff4, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'app.orders' AND c.__pgt_xid < least(__pgt_bound_e1f9a3ea74b4404b, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO app.per_customer (id, email, n, total, st, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
    SELECT * FROM (
      SELECT i.c_id AS id,
             i.email AS email,
             count(i.o_id) AS n,
             sum(i.amount) AS total,
             max(i.st) AS st,
             hash_record_extended(ROW(i.c_id, i.email), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             count(i.amount) AS __pgt_nonnull_1
        FROM (
          SELECT c.id AS c_id, c.email AS email, c.name AS name, c.created AS created, o.id AS o_id, o.customer_id AS customer_id, o.st AS st, o.amount AS amount, o.seq AS seq
            FROM app.customers AS c
            LEFT JOIN app.orders AS o ON o.customer_id = c.id
        ) AS i
       GROUP BY i.c_id, i.email
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('app.per_customer', full => true);
ANALYZE app.per_customer;

-- ========================================================================
-- create stream table app.tagged
-- ========================================================================
-- trickle: stream table app.tagged
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT t.tag, count(*) AS n, sum(o.amount) AS amount FROM app.tags AS t JOIN app.orders AS o ON o.id = t.order_id GROUP BY t.tag
--
-- operator tree:
--   project __pgt_g0 AS tag, __pgt_a0 AS n, __pgt_a1 AS amount
--     aggregate count(*), sum(o.amount) group by tag
--       inner join on id = order_id
--         scan app.tags AS t
--         scan app.orders AS o

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_1).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE app.tagged WITH (fillfactor = 50) AS
  SELECT i.tag AS tag,
         count(*) AS n,
         sum(i.amount) AS amount,
         coalesce(hashtextextended(i.tag, 0), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i.amount) AS __pgt_nonnull_1
    FROM (
      SELECT t.order_id AS order_id, t.tag AS tag, o.id AS id, o.customer_id AS customer_id, o.st AS st, o.amount AS amount, o.seq AS seq
        FROM app.tags AS t,
             app.orders AS o
       WHERE o.id = t.order_id
    ) AS i
   GROUP BY i.tag
  WITH NO DATA;
ALTER TABLE app.tagged ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_c94174bf29364370 ON app.tagged (__pgt_row_id);
COMMENT ON TABLE app.tagged IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''app.tagged'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('app', 'tagged', 'app.tagged', 'c94174bf29364370', 'SELECT t.tag, count(*) AS n, sum(o.amount) AS amount FROM app.tags AS t JOIN app.orders AS o ON o.id = t.order_id GROUP BY t.tag', 'AUTO', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_c94174bf29364370', 4, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'app.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'st', 'amount', 'seq']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'app.tagged';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'app.tags', 'TABLE', true, ARRAY['order_id', 'tag']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'app.tagged';

-- Refresh function, called by pg_trickle.refresh('app.tagged').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text of dates, intervals, floats and bytea, the text search configuration
-- of to_tsvector(text), whether '{NULL}' is a NULL element, the locale of
-- to_char and money) stay those of the session that created the stream table,
-- in which its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_c94174bf29364370(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
SET bytea_output FROM CURRENT
SET default_text_search_config FROM CURRENT
SET array_nulls FROM CURRENT
SET lc_monetary FROM CURRENT
SET lc_numeric FROM CURRENT
SET lc_time FROM CURRENT
SET transform_null_equals FROM CURRENT
SET quote_all_identifiers FROM CURRENT
SET xmlbinary FROM CURRENT
SET xmloption FROM CURRENT
AS $pgt$
-- A name in a statement that is both a column and a variable of this function (a source's
-- column named found, which PL/pgSQL declares, or p_full) is the column.
#variable_conflict use_column
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_full_snapshot pg_snapshot;
    __pgt_bound_e1f9a3ea74b4404b xid8;
    __pgt_small_e1f9a3ea74b4404b boolean;
    __pgt_bound_1e83d1b9f011f28c xid8;
    __pgt_small_1e83d1b9f011f28c boolean;
    __pgt_parts_e1f9a3ea74b4404b text;
    __pgt_parts_1e83d1b9f011f28c text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('app.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'app.orders' AND d.consumes_changes AND r.stable_name <> 'app.tagged'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_e1f9a3ea74b4404b'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('app.tags') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'app.tags' AND d.consumes_changes AND r.stable_name <> 'app.tagged'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_1e83d1b9f011f28c'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'app.orders'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'app.tags')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_e1f9a3ea74b4404b, __pgt_small_e1f9a3ea74b4404b, __pgt_bound_1e83d1b9f011f28c, __pgt_small_1e83d1b9f011f28c, __pgt_parts_e1f9a3ea74b4404b, __pgt_parts_1e83d1b9f011f28c
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'app.tagged';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('app.orders', 'app.tags') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_e1f9a3ea74b4404b IS NOT NULL OR pg_trickle.children_layout('app.orders'::regclass) IS NOT NULL OR __pgt_parts_1e83d1b9f011f28c IS NOT NULL OR pg_trickle.children_layout('app.tags'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('app.orders'::regclass, 'app.tags'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_1e83d1b9f011f28c AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c
             WHERE __pgt_small_e1f9a3ea74b4404b AND c.__pgt_xid < least(__pgt_bound_e1f9a3ea74b4404b, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_1e83d1b9f011f28c AS c
             WHERE __pgt_small_1e83d1b9f011f28c AND c.__pgt_xid < least(__pgt_bound_1e83d1b9f011f28c, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_e1f9a3ea74b4404b'::regclass) > __pgt_full_ratio * pg_relation_size('app.orders'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'app.orders'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'app.orders', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_1e83d1b9f011f28c'::regclass) > __pgt_full_ratio * pg_relation_size('app.tags'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_1e83d1b9f011f28c AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'app.tags'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'app.tags', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            BEGIN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('app.orders', pg_current_snapshot()::text, 'app.tags', pg_current_snapshot()::text)
               WHERE pgt_schema = 'app' AND pgt_name = 'tagged'
            ),
            -- delete the changes of app.orders that every reader has consumed
            __pgt_release_e1f9a3ea74b4404b AS (
              DELETE FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c
               WHERE __pgt_small_e1f9a3ea74b4404b AND c.__pgt_xid < least(__pgt_bound_e1f9a3ea74b4404b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of app.tags that every reader has consumed
            __pgt_release_1e83d1b9f011f28c AS (
              DELETE FROM pg_trickle_changes.changes_1e83d1b9f011f28c AS c
               WHERE __pgt_small_1e83d1b9f011f28c AND c.__pgt_xid < least(__pgt_bound_1e83d1b9f011f28c, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan app.tags: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_tags AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.order_id, c.tag
                FROM pg_trickle_changes.changes_1e83d1b9f011f28c AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan app.orders: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.st, c.amount, c.seq
                FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(t) JOIN o
            --   + t' JOIN d(o)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT t.__pgt_w * o.__pgt_w AS __pgt_w, t.order_id AS order_id, t.tag AS tag, o.id AS id, o.customer_id AS customer_id, o.st AS st, o.amount AS amount, o.seq AS seq
                FROM delta_tags AS t,
                     (
                SELECT 1 AS __pgt_w, id, customer_id, st, amount, seq FROM app.orders
                UNION ALL
                SELECT -__pgt_w, id, customer_id, st, amount, seq FROM delta_orders
              ) AS o
               WHERE o.id = t.order_id
              UNION ALL
              SELECT o.__pgt_w AS __pgt_w, t.order_id AS order_id, t.tag AS tag, o.id AS id, o.customer_id AS customer_id, o.st AS st, o.amount AS amount, o.seq AS seq
                FROM app.tags AS t,
                     delta_orders AS o
               WHERE o.id = t.order_id
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.tag AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.amount IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                     sum(CASE WHEN d.__pgt_w > 0 THEN d.amount ELSE -(d.amount) END) AS __pgt_d_value_1
                FROM delta_join AS d
               GROUP BY d.tag
            ),
            -- a NaN or an infinity entering or leaving a total flags the refresh, which then recomputes in full
            __pgt_finite AS (
              SELECT g.* FROM __pgt_delta_groups AS g
               WHERE CASE WHEN g.__pgt_d_value_1 IN ('NaN', 'Infinity', '-Infinity') THEN set_config('pg_trickle.nonfinite', 'on', true) IS NOT NULL ELSE true END
            )
            MERGE INTO app.tagged AS s
            USING __pgt_finite AS g
               ON s.__pgt_row_id = coalesce(hashtextextended(g.__pgt_g0, 0), 0) AND s.tag IS NOT DISTINCT FROM g.__pgt_g0
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          tag = g.__pgt_g0,
                          n = coalesce(s.n, 0) + g.__pgt_d_value_0,
                          amount = CASE WHEN s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1 = 0 THEN NULL WHEN s.amount IS NULL THEN g.__pgt_d_value_1 WHEN g.__pgt_d_value_1 IS NULL THEN s.amount ELSE s.amount + g.__pgt_d_value_1 END,
                          __pgt_count = s.__pgt_count + g.__pgt_d_count,
                          __pgt_nonnull_1 = s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT (tag, n, amount, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
                          VALUES (g.__pgt_g0,
                                  g.__pgt_d_value_0,
                                  CASE WHEN g.__pgt_d_nonnull_1 = 0 THEN NULL ELSE g.__pgt_d_value_1 END,
                                  coalesce(hashtextextended(g.__pgt_g0, 0), 0),
                                  g.__pgt_d_count,
                                  g.__pgt_d_nonnull_1);
            EXCEPTION
                -- The delta computes the query's expressions over every change, also over rows
                -- that no longer hold (inserted with a zero divisor, then corrected; a cast to a
                -- domain whose CHECK fails; a function that raises): a fresh run of the query may
                -- not fail. If it does, the full refresh says so.
                WHEN data_exception OR cardinality_violation OR check_violation OR raise_exception THEN
                    __pgt_reason := 'the delta failed (' || SQLERRM || ')';
            END;
        END IF;
        IF __pgt_reason IS NULL THEN

            -- The statement above flags a NaN or an infinity that entered or left a running SUM/AVG:
            -- subtracting one does not undo adding it, so the totals are recomputed in full.
            IF current_setting('pg_trickle.nonfinite', true) = 'on' THEN
                PERFORM set_config('pg_trickle.nonfinite', '', true);
                __pgt_reason := 'a NaN or an infinity entered or left a SUM or AVG';
            END IF;
            -- A TRUNCATE or a change of partitions or children that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('app.orders', 'app.tags') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_e1f9a3ea74b4404b IS NOT NULL OR pg_trickle.children_layout('app.orders'::regclass) IS NOT NULL OR __pgt_parts_1e83d1b9f011f28c IS NOT NULL OR pg_trickle.children_layout('app.tags'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('app.orders'::regclass, 'app.tags'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSIF __pgt_reason IS NULL THEN
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'app.tagged') THEN
        DELETE FROM app.tagged;
    ELSE
        TRUNCATE app.tagged;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('app.orders'), ('app.tags')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'app.tagged' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('app.orders'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'app.tagged' AND d.source_stable_name = 'app.orders';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('app.tags'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'app.tagged' AND d.source_stable_name = 'app.tags';
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_c94174bf29364370 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.tag AS tag,
                     count(*) AS n,
                     sum(i.amount) AS amount,
                     coalesce(hashtextextended(i.tag, 0), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     count(i.amount) AS __pgt_nonnull_1
                FROM (
                  SELECT t.order_id AS order_id, t.tag AS tag, o.id AS id, o.customer_id AS customer_id, o.st AS st, o.amount AS amount, o.seq AS seq
                    FROM app.tags AS t,
                         app.orders AS o
                   WHERE o.id = t.order_id
                ) AS i
               GROUP BY i.tag
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_c94174bf29364370 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('app.orders', __pgt_full_snapshot::text, 'app.tags', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'app' AND pgt_name = 'tagged'
        ),
        __pgt_release_e1f9a3ea74b4404b AS (
            DELETE FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c
             WHERE __pgt_small_e1f9a3ea74b4404b AND c.__pgt_xid < least(__pgt_bound_e1f9a3ea74b4404b, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_1e83d1b9f011f28c AS (
            DELETE FROM pg_trickle_changes.changes_1e83d1b9f011f28c AS c
             WHERE __pgt_small_1e83d1b9f011f28c AND c.__pgt_xid < least(__pgt_bound_1e83d1b9f011f28c, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'app.orders' AND c.__pgt_xid < least(__pgt_bound_e1f9a3ea74b4404b, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'app.tags' AND c.__pgt_xid < least(__pgt_bound_1e83d1b9f011f28c, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO app.tagged (tag, n, amount, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
        SELECT q.tag, q.n, q.amount, q.__pgt_row_id, q.__pgt_count, q.__pgt_nonnull_1 FROM pg_temp.__pgt_full_c94174bf29364370 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_c94174bf29364370;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('app.orders', pg_current_snapshot()::text, 'app.tags', pg_current_snapshot()::text)
         WHERE pgt_schema = 'app' AND pgt_name = 'tagged'
    ),
    __pgt_release_e1f9a3ea74b4404b AS (
        DELETE FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c
         WHERE __pgt_small_e1f9a3ea74b4404b AND c.__pgt_xid < least(__pgt_bound_e1f9a3ea74b4404b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_1e83d1b9f011f28c AS (
        DELETE FROM pg_trickle_changes.changes_1e83d1b9f011f28c AS c
         WHERE __pgt_small_1e83d1b9f011f28c AND c.__pgt_xid < least(__pgt_bound_1e83d1b9f011f28c, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'app.orders' AND c.__pgt_xid < least(__pgt_bound_e1f9a3ea74b4404b, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'app.tags' AND c.__pgt_xid < least(__pgt_bound_1e83d1b9f011f28c, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO app.tagged (tag, n, amount, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
    SELECT * FROM (
      SELECT i.tag AS tag,
             count(*) AS n,
             sum(i.amount) AS amount,
             coalesce(hashtextextended(i.tag, 0), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             count(i.amount) AS __pgt_nonnull_1
        FROM (
          SELECT t.order_id AS order_id, t.tag AS tag, o.id AS id, o.customer_id AS customer_id, o.st AS st, o.amount AS amount, o.seq AS seq
            FROM app.tags AS t,
                 app.orders AS o
           WHERE o.id = t.order_id
        ) AS i
       GROUP BY i.tag
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('app.tagged', full => true);
ANALYZE app.tagged;

-- ========================================================================
-- create stream table public.noted_orders
-- ========================================================================
-- trickle: stream table public.noted_orders
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT o.id, o.st, n.note FROM app.orders AS o JOIN notes AS n ON n.order_id = o.id
--
-- operator tree:
--   project id, st, note
--     inner join on order_id = id
--       scan app.orders AS o
--       scan public.notes AS n

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.noted_orders AS
  SELECT r.id, r.st, r.note, hash_record_extended(ROW(r.id, (r.st)::text, r.note), 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i.st AS st, i.note AS note
        FROM (
        SELECT o.id AS id, o.customer_id AS customer_id, o.st AS st, o.amount AS amount, o.seq AS seq, n.order_id AS order_id, n.note AS note
          FROM app.orders AS o,
               public.notes AS n
         WHERE n.order_id = o.id
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.noted_orders ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_6a9fcdcabbbe3376 ON public.noted_orders (__pgt_row_id);
COMMENT ON TABLE public.noted_orders IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.noted_orders'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'noted_orders', 'public.noted_orders', '6a9fcdcabbbe3376', 'SELECT o.id, o.st, n.note FROM app.orders AS o JOIN notes AS n ON n.order_id = o.id', 'AUTO', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_6a9fcdcabbbe3376', 5, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'app.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'st', 'amount', 'seq']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.noted_orders';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.notes', 'TABLE', true, ARRAY['order_id', 'note']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.noted_orders';

-- Refresh function, called by pg_trickle.refresh('public.noted_orders').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text of dates, intervals, floats and bytea, the text search configuration
-- of to_tsvector(text), whether '{NULL}' is a NULL element, the locale of
-- to_char and money) stay those of the session that created the stream table,
-- in which its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_6a9fcdcabbbe3376(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
SET bytea_output FROM CURRENT
SET default_text_search_config FROM CURRENT
SET array_nulls FROM CURRENT
SET lc_monetary FROM CURRENT
SET lc_numeric FROM CURRENT
SET lc_time FROM CURRENT
SET transform_null_equals FROM CURRENT
SET quote_all_identifiers FROM CURRENT
SET xmlbinary FROM CURRENT
SET xmloption FROM CURRENT
AS $pgt$
-- A name in a statement that is both a column and a variable of this function (a source's
-- column named found, which PL/pgSQL declares, or p_full) is the column.
#variable_conflict use_column
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_bound_e1f9a3ea74b4404b xid8;
    __pgt_small_e1f9a3ea74b4404b boolean;
    __pgt_bound_6a99936275157f3a xid8;
    __pgt_small_6a99936275157f3a boolean;
    __pgt_parts_e1f9a3ea74b4404b text;
    __pgt_parts_6a99936275157f3a text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('app.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'app.orders' AND d.consumes_changes AND r.stable_name <> 'public.noted_orders'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_e1f9a3ea74b4404b'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.notes') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.notes' AND d.consumes_changes AND r.stable_name <> 'public.noted_orders'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_6a99936275157f3a'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'app.orders'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.notes')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_e1f9a3ea74b4404b, __pgt_small_e1f9a3ea74b4404b, __pgt_bound_6a99936275157f3a, __pgt_small_6a99936275157f3a, __pgt_parts_e1f9a3ea74b4404b, __pgt_parts_6a99936275157f3a
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.noted_orders';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('app.orders', 'public.notes') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_e1f9a3ea74b4404b IS NOT NULL OR pg_trickle.children_layout('app.orders'::regclass) IS NOT NULL OR __pgt_parts_6a99936275157f3a IS NOT NULL OR pg_trickle.children_layout('public.notes'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('app.orders'::regclass, 'public.notes'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_6a99936275157f3a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c
             WHERE __pgt_small_e1f9a3ea74b4404b AND c.__pgt_xid < least(__pgt_bound_e1f9a3ea74b4404b, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_6a99936275157f3a AS c
             WHERE __pgt_small_6a99936275157f3a AND c.__pgt_xid < least(__pgt_bound_6a99936275157f3a, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_e1f9a3ea74b4404b'::regclass) > __pgt_full_ratio * pg_relation_size('app.orders'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'app.orders'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'app.orders', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_6a99936275157f3a'::regclass) > __pgt_full_ratio * pg_relation_size('public.notes'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_6a99936275157f3a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.notes'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.notes', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            BEGIN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('app.orders', pg_current_snapshot()::text, 'public.notes', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'noted_orders'
            ),
            -- delete the changes of app.orders that every reader has consumed
            __pgt_release_e1f9a3ea74b4404b AS (
              DELETE FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c
               WHERE __pgt_small_e1f9a3ea74b4404b AND c.__pgt_xid < least(__pgt_bound_e1f9a3ea74b4404b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.notes that every reader has consumed
            __pgt_release_6a99936275157f3a AS (
              DELETE FROM pg_trickle_changes.changes_6a99936275157f3a AS c
               WHERE __pgt_small_6a99936275157f3a AND c.__pgt_xid < least(__pgt_bound_6a99936275157f3a, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan app.orders: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.st, c.amount, c.seq
                FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.notes: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_notes AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.order_id, c.note
                FROM pg_trickle_changes.changes_6a99936275157f3a AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(o) JOIN n
            --   + o' JOIN d(n)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT o.__pgt_w * n.__pgt_w AS __pgt_w, o.id AS id, o.customer_id AS customer_id, o.st AS st, o.amount AS amount, o.seq AS seq, n.order_id AS order_id, n.note AS note
                FROM delta_orders AS o,
                     (
                SELECT 1 AS __pgt_w, order_id, note FROM public.notes
                UNION ALL
                SELECT -__pgt_w, order_id, note FROM delta_notes
              ) AS n
               WHERE n.order_id = o.id
              UNION ALL
              SELECT n.__pgt_w AS __pgt_w, o.id AS id, o.customer_id AS customer_id, o.st AS st, o.amount AS amount, o.seq AS seq, n.order_id AS order_id, n.note AS note
                FROM app.orders AS o,
                     delta_notes AS n
               WHERE n.order_id = o.id
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d.st AS st, d.note AS note
                FROM delta_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.st, d.note, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.id, d.st, d.note
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.noted_orders AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.noted_orders AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.id, (n.st)::text, n.note), 0) AND t.id = n.id AND (t.st)::text IS NOT DISTINCT FROM (n.st)::text AND t.note IS NOT DISTINCT FROM n.note
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.noted_orders (id, st, note, __pgt_row_id)
            SELECT n.id, n.st, n.note, hash_record_extended(ROW(n.id, (n.st)::text, n.note), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;
            EXCEPTION
                -- The delta computes the query's expressions over every change, also over rows
                -- that no longer hold (inserted with a zero divisor, then corrected; a cast to a
                -- domain whose CHECK fails; a function that raises): a fresh run of the query may
                -- not fail. If it does, the full refresh says so.
                WHEN data_exception OR cardinality_violation OR check_violation OR raise_exception THEN
                    __pgt_reason := 'the delta failed (' || SQLERRM || ')';
            END;
        END IF;
        IF __pgt_reason IS NULL THEN

            -- A TRUNCATE or a change of partitions or children that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('app.orders', 'public.notes') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_e1f9a3ea74b4404b IS NOT NULL OR pg_trickle.children_layout('app.orders'::regclass) IS NOT NULL OR __pgt_parts_6a99936275157f3a IS NOT NULL OR pg_trickle.children_layout('public.notes'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('app.orders'::regclass, 'public.notes'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.noted_orders') THEN
        DELETE FROM public.noted_orders;
    ELSE
        TRUNCATE public.noted_orders;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('app.orders'), ('public.notes')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.noted_orders' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('app.orders'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.noted_orders' AND d.source_stable_name = 'app.orders';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.notes'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.noted_orders' AND d.source_stable_name = 'public.notes';
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('app.orders', pg_current_snapshot()::text, 'public.notes', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'noted_orders'
    ),
    __pgt_release_e1f9a3ea74b4404b AS (
        DELETE FROM pg_trickle_changes.changes_e1f9a3ea74b4404b AS c
         WHERE __pgt_small_e1f9a3ea74b4404b AND c.__pgt_xid < least(__pgt_bound_e1f9a3ea74b4404b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_6a99936275157f3a AS (
        DELETE FROM pg_trickle_changes.changes_6a99936275157f3a AS c
         WHERE __pgt_small_6a99936275157f3a AND c.__pgt_xid < least(__pgt_bound_6a99936275157f3a, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'app.orders' AND c.__pgt_xid < least(__pgt_bound_e1f9a3ea74b4404b, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.notes' AND c.__pgt_xid < least(__pgt_bound_6a99936275157f3a, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.noted_orders (id, st, note, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.st, r.note, hash_record_extended(ROW(r.id, (r.st)::text, r.note), 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, i.st AS st, i.note AS note
            FROM (
            SELECT o.id AS id, o.customer_id AS customer_id, o.st AS st, o.amount AS amount, o.seq AS seq, n.order_id AS order_id, n.note AS note
              FROM app.orders AS o,
                   public.notes AS n
             WHERE n.order_id = o.id
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.noted_orders', full => true);
ANALYZE public.noted_orders;

-- ========================================================================
-- create stream table public.plain_copy
-- ========================================================================
-- trickle: stream table public.plain_copy
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT a, b FROM plain WHERE a IS NOT NULL
--
-- operator tree:
--   project a, b
--     filter a IS NOT NULL
--       scan public.plain

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.plain_copy AS
  SELECT r.a, r.b, hash_record_extended(ROW(r.a, r.b), 0) AS __pgt_row_id
    FROM (
      SELECT i.a AS a, i.b AS b
        FROM (
        SELECT plain.a, plain.b
          FROM public.plain AS plain
         WHERE plain.a IS NOT NULL
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.plain_copy ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_08ad8829d251179b ON public.plain_copy (__pgt_row_id);
COMMENT ON TABLE public.plain_copy IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.plain_copy'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'plain_copy', 'public.plain_copy', '08ad8829d251179b', 'SELECT a, b FROM plain WHERE a IS NOT NULL', 'AUTO', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_08ad8829d251179b', 6, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.plain', 'TABLE', true, ARRAY['a', 'b']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.plain_copy';

-- Refresh function, called by pg_trickle.refresh('public.plain_copy').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text of dates, intervals, floats and bytea, the text search configuration
-- of to_tsvector(text), whether '{NULL}' is a NULL element, the locale of
-- to_char and money) stay those of the session that created the stream table,
-- in which its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_08ad8829d251179b(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
SET bytea_output FROM CURRENT
SET default_text_search_config FROM CURRENT
SET array_nulls FROM CURRENT
SET lc_monetary FROM CURRENT
SET lc_numeric FROM CURRENT
SET lc_time FROM CURRENT
SET transform_null_equals FROM CURRENT
SET quote_all_identifiers FROM CURRENT
SET xmlbinary FROM CURRENT
SET xmloption FROM CURRENT
AS $pgt$
-- A name in a statement that is both a column and a variable of this function (a source's
-- column named found, which PL/pgSQL declares, or p_full) is the column.
#variable_conflict use_column
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_bound_ee580a098a60475f xid8;
    __pgt_small_ee580a098a60475f boolean;
    __pgt_parts_ee580a098a60475f text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.plain') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.plain' AND d.consumes_changes AND r.stable_name <> 'public.plain_copy'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_ee580a098a60475f'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.plain')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_ee580a098a60475f, __pgt_small_ee580a098a60475f, __pgt_parts_ee580a098a60475f
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.plain_copy';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.plain') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_ee580a098a60475f IS NOT NULL OR pg_trickle.children_layout('public.plain'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.plain'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_ee580a098a60475f AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_ee580a098a60475f AS c
             WHERE __pgt_small_ee580a098a60475f AND c.__pgt_xid < least(__pgt_bound_ee580a098a60475f, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_ee580a098a60475f'::regclass) > __pgt_full_ratio * pg_relation_size('public.plain'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_ee580a098a60475f AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.plain'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.plain', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            BEGIN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.plain', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'plain_copy'
            ),
            -- delete the changes of public.plain that every reader has consumed
            __pgt_release_ee580a098a60475f AS (
              DELETE FROM pg_trickle_changes.changes_ee580a098a60475f AS c
               WHERE __pgt_small_ee580a098a60475f AND c.__pgt_xid < least(__pgt_bound_ee580a098a60475f, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.plain: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_plain AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.a, c.b
                FROM pg_trickle_changes.changes_ee580a098a60475f AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy a IS NOT NULL
            delta_filter AS (
              SELECT d.__pgt_w, d.a, d.b
                FROM delta_plain AS d
               WHERE d.a IS NOT NULL
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.a AS a, d.b AS b
                FROM delta_filter AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.a, d.b, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.a, d.b
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.plain_copy AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.plain_copy AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.a, n.b), 0) AND t.a IS NOT DISTINCT FROM n.a AND t.b IS NOT DISTINCT FROM n.b
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.plain_copy (a, b, __pgt_row_id)
            SELECT n.a, n.b, hash_record_extended(ROW(n.a, n.b), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;
            EXCEPTION
                -- The delta computes the query's expressions over every change, also over rows
                -- that no longer hold (inserted with a zero divisor, then corrected; a cast to a
                -- domain whose CHECK fails; a function that raises): a fresh run of the query may
                -- not fail. If it does, the full refresh says so.
                WHEN data_exception OR cardinality_violation OR check_violation OR raise_exception THEN
                    __pgt_reason := 'the delta failed (' || SQLERRM || ')';
            END;
        END IF;
        IF __pgt_reason IS NULL THEN

            -- A TRUNCATE or a change of partitions or children that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.plain') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_ee580a098a60475f IS NOT NULL OR pg_trickle.children_layout('public.plain'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.plain'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.plain_copy') THEN
        DELETE FROM public.plain_copy;
    ELSE
        TRUNCATE public.plain_copy;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.plain')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.plain_copy' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.plain'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.plain_copy' AND d.source_stable_name = 'public.plain';
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.plain', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'plain_copy'
    ),
    __pgt_release_ee580a098a60475f AS (
        DELETE FROM pg_trickle_changes.changes_ee580a098a60475f AS c
         WHERE __pgt_small_ee580a098a60475f AND c.__pgt_xid < least(__pgt_bound_ee580a098a60475f, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.plain' AND c.__pgt_xid < least(__pgt_bound_ee580a098a60475f, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.plain_copy (a, b, __pgt_row_id)
    SELECT * FROM (
      SELECT r.a, r.b, hash_record_extended(ROW(r.a, r.b), 0) AS __pgt_row_id
        FROM (
          SELECT i.a AS a, i.b AS b
            FROM (
            SELECT plain.a, plain.b
              FROM public.plain AS plain
             WHERE plain.a IS NOT NULL
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.plain_copy', full => true);
ANALYZE public.plain_copy;

-- ========================================================================
-- refresh order (dependencies first)
-- ========================================================================
UPDATE pg_trickle.pgt_stream_tables
   SET refresh_order = CASE stable_name
                         WHEN 'app.big_order_copy' THEN 0
                         WHEN 'app.big_order_ids' THEN 1
                         WHEN 'app.events_per_day' THEN 2
                         WHEN 'app.per_customer' THEN 3
                         WHEN 'app.tagged' THEN 4
                         WHEN 'public.noted_orders' THEN 5
                         WHEN 'public.plain_copy' THEN 6
                         ELSE refresh_order END
 WHERE stable_name IN ('app.big_order_copy', 'app.big_order_ids', 'app.events_per_day', 'app.per_customer', 'app.tagged', 'public.noted_orders', 'public.plain_copy');

-- ========================================================================
-- refresh schedules: one job for the whole database
-- ========================================================================
-- trickle: keep every stream table of this database fresh without a daemon.
--
-- pg_trickle.refresh_due() refreshes, in dependency order, each stream table
-- whose schedule has elapsed. Call it every minute from cron:
--   * * * * *  psql -v ON_ERROR_STOP=1 -c 'CALL pg_trickle.refresh_due()' "$DATABASE_URL"
-- or, where the pg_cron extension is installed, let this script schedule it.
DO $pgt$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'pg_cron') THEN
        PERFORM cron.schedule('trickle_refresh_due', '* * * * *', 'CALL pg_trickle.refresh_due()');
    ELSE
        RAISE NOTICE 'pg_cron is not installed: schedule CALL pg_trickle.refresh_due() every minute with cron instead';
    END IF;
END
$pgt$;

CALL pg_trickle.end_migration('pg_dump', 1, 'initial');

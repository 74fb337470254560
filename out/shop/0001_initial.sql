-- trickle migration 0001_initial of project shop
--
-- Changes:
--   create the pg_trickle catalog (if missing)
--   create stream table public.customer_revenue
--   create stream table public.big_customers
--   create stream table public.busy_regions
--   create stream table public.open_orders
--   create stream table public.order_line_details
--   create stream table public.order_stats
--   create stream table public.region_statuses
--   create stream table public.revenue_totals
--   capture changes of public.customers
--   capture changes of public.order_lines
--   capture changes of public.orders
--   capture changes of public.products
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

CALL pg_trickle.begin_migration('shop', 1, 'initial');

-- ========================================================================
-- capture changes of public.customers
-- ========================================================================
-- trickle: change capture for public.customers (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_f1a154d0f10b11d6: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_f1a154d0f10b11d6 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.id, s.name, s.region, s.vip
  FROM public.customers AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_f1a154d0f10b11d6
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_f1a154d0f10b11d6 IS 'trickle: changes of public.customers';
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
                WHERE d.source_stable_name = 'public.customers' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['id', 'name', 'region', 'vip']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'public.customers'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['id', 'name', 'region', 'vip']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.customers'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_f1a154d0f10b11d6'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_f1a154d0f10b11d6'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['id', 'name', 'region', 'vip']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.customers'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_f1a154d0f10b11d6'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_f1a154d0f10b11d6'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.customers')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_f1a154d0f10b11d6() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_f1a154d0f10b11d6 (__pgt_action, id, name, region, vip)
        SELECT 'I', n.id, n.name, n.region, n.vip FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_f1a154d0f10b11d6 (__pgt_action, id, name, region, vip)
        SELECT 'D', o.id, o.name, o.region, o.vip FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.id, n.name, n.region, n.vip FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_f1a154d0f10b11d6 (__pgt_action, id, name, region, vip)
        SELECT 'D', o.id, o.name, o.region, o.vip FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.customers');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_f1a154d0f10b11d6 AFTER INSERT ON public.customers
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_f1a154d0f10b11d6();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_f1a154d0f10b11d6 AFTER UPDATE ON public.customers
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_f1a154d0f10b11d6();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_f1a154d0f10b11d6 AFTER DELETE ON public.customers
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_f1a154d0f10b11d6();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_f1a154d0f10b11d6 AFTER TRUNCATE ON public.customers
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_f1a154d0f10b11d6();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE public.customers ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_f1a154d0f10b11d6;
ALTER TABLE public.customers ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_f1a154d0f10b11d6;
ALTER TABLE public.customers ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_f1a154d0f10b11d6;
ALTER TABLE public.customers ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_f1a154d0f10b11d6;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.customers', 'public', 'customers', 'f1a154d0f10b11d6', 'pg_trickle_changes', 'changes_f1a154d0f10b11d6', 'pg_trickle_cdc_fn_f1a154d0f10b11d6', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of public.order_lines
-- ========================================================================
-- trickle: change capture for public.order_lines (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_c0f5db8d9bc4ffb2: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_c0f5db8d9bc4ffb2 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.order_id, s.sku, s.quantity, s.discount
  FROM public.order_lines AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_c0f5db8d9bc4ffb2
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_c0f5db8d9bc4ffb2 IS 'trickle: changes of public.order_lines';
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
                WHERE d.source_stable_name = 'public.order_lines' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['order_id', 'sku', 'quantity', 'discount']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'public.order_lines'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['order_id', 'sku', 'quantity', 'discount']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.order_lines'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_c0f5db8d9bc4ffb2'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_c0f5db8d9bc4ffb2'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['order_id', 'sku', 'quantity', 'discount']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.order_lines'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_c0f5db8d9bc4ffb2'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_c0f5db8d9bc4ffb2'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.order_lines')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_c0f5db8d9bc4ffb2() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_c0f5db8d9bc4ffb2 (__pgt_action, order_id, sku, quantity, discount)
        SELECT 'I', n.order_id, n.sku, n.quantity, n.discount FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_c0f5db8d9bc4ffb2 (__pgt_action, order_id, sku, quantity, discount)
        SELECT 'D', o.order_id, o.sku, o.quantity, o.discount FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.order_id, n.sku, n.quantity, n.discount FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_c0f5db8d9bc4ffb2 (__pgt_action, order_id, sku, quantity, discount)
        SELECT 'D', o.order_id, o.sku, o.quantity, o.discount FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.order_lines');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_c0f5db8d9bc4ffb2 AFTER INSERT ON public.order_lines
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_c0f5db8d9bc4ffb2();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_c0f5db8d9bc4ffb2 AFTER UPDATE ON public.order_lines
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_c0f5db8d9bc4ffb2();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_c0f5db8d9bc4ffb2 AFTER DELETE ON public.order_lines
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_c0f5db8d9bc4ffb2();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_c0f5db8d9bc4ffb2 AFTER TRUNCATE ON public.order_lines
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_c0f5db8d9bc4ffb2();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE public.order_lines ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_c0f5db8d9bc4ffb2;
ALTER TABLE public.order_lines ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_c0f5db8d9bc4ffb2;
ALTER TABLE public.order_lines ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_c0f5db8d9bc4ffb2;
ALTER TABLE public.order_lines ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_c0f5db8d9bc4ffb2;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.order_lines', 'public', 'order_lines', 'c0f5db8d9bc4ffb2', 'pg_trickle_changes', 'changes_c0f5db8d9bc4ffb2', 'pg_trickle_cdc_fn_c0f5db8d9bc4ffb2', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of public.orders
-- ========================================================================
-- trickle: change capture for public.orders (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_3f03617b84bc4ef6: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_3f03617b84bc4ef6 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.id, s.customer_id, s.status, s.created_at
  FROM public.orders AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_3f03617b84bc4ef6
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_3f03617b84bc4ef6 IS 'trickle: changes of public.orders';
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
                WHERE d.source_stable_name = 'public.orders' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['id', 'customer_id', 'status', 'created_at']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'public.orders'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['id', 'customer_id', 'status', 'created_at']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.orders'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_3f03617b84bc4ef6'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_3f03617b84bc4ef6'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['id', 'customer_id', 'status', 'created_at']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.orders'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_3f03617b84bc4ef6'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_3f03617b84bc4ef6'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.orders')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_3f03617b84bc4ef6() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_3f03617b84bc4ef6 (__pgt_action, id, customer_id, status, created_at)
        SELECT 'I', n.id, n.customer_id, n.status, n.created_at FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_3f03617b84bc4ef6 (__pgt_action, id, customer_id, status, created_at)
        SELECT 'D', o.id, o.customer_id, o.status, o.created_at FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.id, n.customer_id, n.status, n.created_at FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_3f03617b84bc4ef6 (__pgt_action, id, customer_id, status, created_at)
        SELECT 'D', o.id, o.customer_id, o.status, o.created_at FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.orders');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_3f03617b84bc4ef6 AFTER INSERT ON public.orders
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_3f03617b84bc4ef6();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_3f03617b84bc4ef6 AFTER UPDATE ON public.orders
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_3f03617b84bc4ef6();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_3f03617b84bc4ef6 AFTER DELETE ON public.orders
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_3f03617b84bc4ef6();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_3f03617b84bc4ef6 AFTER TRUNCATE ON public.orders
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_3f03617b84bc4ef6();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE public.orders ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_3f03617b84bc4ef6;
ALTER TABLE public.orders ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_3f03617b84bc4ef6;
ALTER TABLE public.orders ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_3f03617b84bc4ef6;
ALTER TABLE public.orders ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_3f03617b84bc4ef6;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.orders', 'public', 'orders', '3f03617b84bc4ef6', 'pg_trickle_changes', 'changes_3f03617b84bc4ef6', 'pg_trickle_cdc_fn_3f03617b84bc4ef6', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of public.products
-- ========================================================================
-- trickle: change capture for public.products (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_10cdc96fc855f33d: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_10cdc96fc855f33d AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.sku, s.title, s.category, s.price
  FROM public.products AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_10cdc96fc855f33d
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_10cdc96fc855f33d IS 'trickle: changes of public.products';
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
                WHERE d.source_stable_name = 'public.products' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['sku', 'title', 'category', 'price']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'public.products'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['sku', 'title', 'category', 'price']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.products'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_10cdc96fc855f33d'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_10cdc96fc855f33d'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['sku', 'title', 'category', 'price']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.products'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_10cdc96fc855f33d'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_10cdc96fc855f33d'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.products')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_10cdc96fc855f33d() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_10cdc96fc855f33d (__pgt_action, sku, title, category, price)
        SELECT 'I', n.sku, n.title, n.category, n.price FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_10cdc96fc855f33d (__pgt_action, sku, title, category, price)
        SELECT 'D', o.sku, o.title, o.category, o.price FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.sku, n.title, n.category, n.price FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_10cdc96fc855f33d (__pgt_action, sku, title, category, price)
        SELECT 'D', o.sku, o.title, o.category, o.price FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.products');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_10cdc96fc855f33d AFTER INSERT ON public.products
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_10cdc96fc855f33d();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_10cdc96fc855f33d AFTER UPDATE ON public.products
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_10cdc96fc855f33d();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_10cdc96fc855f33d AFTER DELETE ON public.products
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_10cdc96fc855f33d();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_10cdc96fc855f33d AFTER TRUNCATE ON public.products
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_10cdc96fc855f33d();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE public.products ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_10cdc96fc855f33d;
ALTER TABLE public.products ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_10cdc96fc855f33d;
ALTER TABLE public.products ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_10cdc96fc855f33d;
ALTER TABLE public.products ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_10cdc96fc855f33d;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.products', 'public', 'products', '10cdc96fc855f33d', 'pg_trickle_changes', 'changes_10cdc96fc855f33d', 'pg_trickle_cdc_fn_10cdc96fc855f33d', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- create stream table public.customer_revenue
-- ========================================================================
-- trickle: stream table public.customer_revenue
--
-- refresh mode: DIFFERENTIAL
-- schedule: 30s
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT c.id AS customer_id, c.name, count(*) AS lines, count(l.discount) AS discounted_lines, sum(l.quantity) AS items, avg(l.quantity) AS avg_quantity, min(p.price) AS cheapest, max(p.price) AS dearest FROM customers AS c JOIN orders AS o ON o.customer_id = c.id JOIN order_lines AS l ON l.order_id = o.id JOIN products AS p ON p.sku = l.sku GROUP BY c.id
--
-- operator tree:
--   project __pgt_g0 AS customer_id, __pgt_g1 AS name, __pgt_a0 AS lines, __pgt_a1 AS discounted_lines, __pgt_a2 AS items, __pgt_a3 AS avg_quantity, __pgt_a4 AS cheapest, __pgt_a5 AS dearest
--     aggregate count(*), count(l.discount), sum(l.quantity), avg(l.quantity), min(p.price), max(p.price) group by c_id, name
--       inner join on customer_id = c_id AND order_id = o_id AND p_sku = l_sku
--         scan public.customers AS c
--         scan public.orders AS o
--         scan public.order_lines AS l
--         scan public.products AS p

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_value_3, __pgt_nonnull_2, __pgt_nonnull_3).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.customer_revenue WITH (fillfactor = 50) AS
  SELECT i.c_id AS customer_id,
         i.name AS name,
         count(*) AS lines,
         count(i.discount) AS discounted_lines,
         sum(i.quantity) AS items,
         CASE WHEN count(i.quantity) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.quantity)), count(i.quantity)) END AS avg_quantity,
         min(i.price) AS cheapest,
         max(i.price) AS dearest,
         hash_record_extended(ROW(i.c_id, i.name), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         sum(pg_trickle.avg_state(i.quantity)) AS __pgt_value_3,
         count(i.quantity) AS __pgt_nonnull_2,
         count(i.quantity) AS __pgt_nonnull_3
    FROM (
      SELECT c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price
        FROM public.customers AS c,
             public.orders AS o,
             public.order_lines AS l,
             public.products AS p
       WHERE o.customer_id = c.id AND l.order_id = o.id AND p.sku = l.sku
    ) AS i
   GROUP BY i.c_id, i.name
  WITH NO DATA;
ALTER TABLE public.customer_revenue ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_d10e8c8a21cccf94 ON public.customer_revenue (__pgt_row_id);
COMMENT ON TABLE public.customer_revenue IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.customer_revenue'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'customer_revenue', 'public.customer_revenue', 'd10e8c8a21cccf94', 'SELECT c.id AS customer_id, c.name, count(*) AS lines, count(l.discount) AS discounted_lines, sum(l.quantity) AS items, avg(l.quantity) AS avg_quantity, min(p.price) AS cheapest, max(p.price) AS dearest FROM customers AS c JOIN orders AS o ON o.customer_id = c.id JOIN order_lines AS l ON l.order_id = o.id JOIN products AS p ON p.sku = l.sku GROUP BY c.id', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_d10e8c8a21cccf94', 0, '30s', 'interval', '30 seconds'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.customers', 'TABLE', true, ARRAY['id', 'name', 'region', 'vip']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.customer_revenue';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.order_lines', 'TABLE', true, ARRAY['order_id', 'sku', 'quantity', 'discount']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.customer_revenue';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'status', 'created_at']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.customer_revenue';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.products', 'TABLE', true, ARRAY['sku', 'title', 'category', 'price']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.customer_revenue';

-- Refresh function, called by pg_trickle.refresh('public.customer_revenue').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_d10e8c8a21cccf94(p_full boolean) RETURNS text
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
    __pgt_bound_f1a154d0f10b11d6 xid8;
    __pgt_small_f1a154d0f10b11d6 boolean;
    __pgt_bound_c0f5db8d9bc4ffb2 xid8;
    __pgt_small_c0f5db8d9bc4ffb2 boolean;
    __pgt_bound_3f03617b84bc4ef6 xid8;
    __pgt_small_3f03617b84bc4ef6 boolean;
    __pgt_bound_10cdc96fc855f33d xid8;
    __pgt_small_10cdc96fc855f33d boolean;
    __pgt_parts_f1a154d0f10b11d6 text;
    __pgt_parts_c0f5db8d9bc4ffb2 text;
    __pgt_parts_3f03617b84bc4ef6 text;
    __pgt_parts_10cdc96fc855f33d text;
    __pgt_rescan_by_index boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.customers' AND d.consumes_changes AND r.stable_name <> 'public.customer_revenue'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_f1a154d0f10b11d6'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.order_lines') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.order_lines' AND d.consumes_changes AND r.stable_name <> 'public.customer_revenue'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c0f5db8d9bc4ffb2'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.orders' AND d.consumes_changes AND r.stable_name <> 'public.customer_revenue'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_3f03617b84bc4ef6'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.products') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.products' AND d.consumes_changes AND r.stable_name <> 'public.customer_revenue'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_10cdc96fc855f33d'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.customers'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.order_lines'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.orders'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.products')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_f1a154d0f10b11d6, __pgt_small_f1a154d0f10b11d6, __pgt_bound_c0f5db8d9bc4ffb2, __pgt_small_c0f5db8d9bc4ffb2, __pgt_bound_3f03617b84bc4ef6, __pgt_small_3f03617b84bc4ef6, __pgt_bound_10cdc96fc855f33d, __pgt_small_10cdc96fc855f33d, __pgt_parts_f1a154d0f10b11d6, __pgt_parts_c0f5db8d9bc4ffb2, __pgt_parts_3f03617b84bc4ef6, __pgt_parts_10cdc96fc855f33d
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.customer_revenue';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.customers', 'public.order_lines', 'public.orders', 'public.products') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_f1a154d0f10b11d6 IS NOT NULL OR pg_trickle.children_layout('public.customers'::regclass) IS NOT NULL OR __pgt_parts_c0f5db8d9bc4ffb2 IS NOT NULL OR pg_trickle.children_layout('public.order_lines'::regclass) IS NOT NULL OR __pgt_parts_3f03617b84bc4ef6 IS NOT NULL OR pg_trickle.children_layout('public.orders'::regclass) IS NOT NULL OR __pgt_parts_10cdc96fc855f33d IS NOT NULL OR pg_trickle.children_layout('public.products'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.customers'::regclass, 'public.order_lines'::regclass, 'public.orders'::regclass, 'public.products'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c0f5db8d9bc4ffb2 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_10cdc96fc855f33d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
             WHERE __pgt_small_f1a154d0f10b11d6 AND c.__pgt_xid < least(__pgt_bound_f1a154d0f10b11d6, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_c0f5db8d9bc4ffb2 AS c
             WHERE __pgt_small_c0f5db8d9bc4ffb2 AND c.__pgt_xid < least(__pgt_bound_c0f5db8d9bc4ffb2, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
             WHERE __pgt_small_3f03617b84bc4ef6 AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_10cdc96fc855f33d AS c
             WHERE __pgt_small_10cdc96fc855f33d AND c.__pgt_xid < least(__pgt_bound_10cdc96fc855f33d, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_f1a154d0f10b11d6'::regclass) > __pgt_full_ratio * pg_relation_size('public.customers'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.customers'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.customers', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c0f5db8d9bc4ffb2'::regclass) > __pgt_full_ratio * pg_relation_size('public.order_lines'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c0f5db8d9bc4ffb2 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.order_lines'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.order_lines', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_3f03617b84bc4ef6'::regclass) > __pgt_full_ratio * pg_relation_size('public.orders'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.orders'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.orders', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_10cdc96fc855f33d'::regclass) > __pgt_full_ratio * pg_relation_size('public.products'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_10cdc96fc855f33d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.products'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.products', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            __pgt_rescan_by_index := EXISTS (SELECT FROM pg_index AS x JOIN pg_attribute AS a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
                     WHERE x.indrelid = 'public.customers'::regclass AND a.attname = 'id'
                       AND x.indisvalid AND x.indpred IS NULL);
            BEGIN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.customers', pg_current_snapshot()::text, 'public.order_lines', pg_current_snapshot()::text, 'public.orders', pg_current_snapshot()::text, 'public.products', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'customer_revenue'
            ),
            -- delete the changes of public.customers that every reader has consumed
            __pgt_release_f1a154d0f10b11d6 AS (
              DELETE FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
               WHERE __pgt_small_f1a154d0f10b11d6 AND c.__pgt_xid < least(__pgt_bound_f1a154d0f10b11d6, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.order_lines that every reader has consumed
            __pgt_release_c0f5db8d9bc4ffb2 AS (
              DELETE FROM pg_trickle_changes.changes_c0f5db8d9bc4ffb2 AS c
               WHERE __pgt_small_c0f5db8d9bc4ffb2 AND c.__pgt_xid < least(__pgt_bound_c0f5db8d9bc4ffb2, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.orders that every reader has consumed
            __pgt_release_3f03617b84bc4ef6 AS (
              DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
               WHERE __pgt_small_3f03617b84bc4ef6 AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.products that every reader has consumed
            __pgt_release_10cdc96fc855f33d AS (
              DELETE FROM pg_trickle_changes.changes_10cdc96fc855f33d AS c
               WHERE __pgt_small_10cdc96fc855f33d AND c.__pgt_xid < least(__pgt_bound_10cdc96fc855f33d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.region, c.vip
                FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.orders: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.status, c.created_at
                FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.order_lines: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_order_lines AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.order_id, c.sku, c.quantity, c.discount
                FROM pg_trickle_changes.changes_c0f5db8d9bc4ffb2 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.products: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_products AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.sku, c.title, c.category, c.price
                FROM pg_trickle_changes.changes_10cdc96fc855f33d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(c) JOIN o JOIN l JOIN p
            --   + c' JOIN d(o) JOIN l JOIN p
            --   + c' JOIN o' JOIN d(l) JOIN p
            --   + c' JOIN o' JOIN l' JOIN d(p)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT c.__pgt_w * o.__pgt_w * l.__pgt_w * p.__pgt_w AS __pgt_w, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price
                FROM delta_customers AS c,
                     (
                SELECT 1 AS __pgt_w, id, customer_id, status, created_at FROM public.orders
                UNION ALL
                SELECT -__pgt_w, id, customer_id, status, created_at FROM delta_orders
              ) AS o,
                     (
                SELECT 1 AS __pgt_w, order_id, sku, quantity, discount FROM public.order_lines
                UNION ALL
                SELECT -__pgt_w, order_id, sku, quantity, discount FROM delta_order_lines
              ) AS l,
                     (
                SELECT 1 AS __pgt_w, sku, title, category, price FROM public.products
                UNION ALL
                SELECT -__pgt_w, sku, title, category, price FROM delta_products
              ) AS p
               WHERE o.customer_id = c.id AND l.order_id = o.id AND p.sku = l.sku
              UNION ALL
              SELECT o.__pgt_w * l.__pgt_w * p.__pgt_w AS __pgt_w, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price
                FROM public.customers AS c,
                     delta_orders AS o,
                     (
                SELECT 1 AS __pgt_w, order_id, sku, quantity, discount FROM public.order_lines
                UNION ALL
                SELECT -__pgt_w, order_id, sku, quantity, discount FROM delta_order_lines
              ) AS l,
                     (
                SELECT 1 AS __pgt_w, sku, title, category, price FROM public.products
                UNION ALL
                SELECT -__pgt_w, sku, title, category, price FROM delta_products
              ) AS p
               WHERE o.customer_id = c.id AND l.order_id = o.id AND p.sku = l.sku
              UNION ALL
              SELECT l.__pgt_w * p.__pgt_w AS __pgt_w, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price
                FROM public.customers AS c,
                     public.orders AS o,
                     delta_order_lines AS l,
                     (
                SELECT 1 AS __pgt_w, sku, title, category, price FROM public.products
                UNION ALL
                SELECT -__pgt_w, sku, title, category, price FROM delta_products
              ) AS p
               WHERE o.customer_id = c.id AND l.order_id = o.id AND p.sku = l.sku
              UNION ALL
              SELECT p.__pgt_w AS __pgt_w, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price
                FROM public.customers AS c,
                     public.orders AS o,
                     public.order_lines AS l,
                     delta_products AS p
               WHERE o.customer_id = c.id AND l.order_id = o.id AND p.sku = l.sku
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.c_id AS __pgt_g0,
                     d.name AS __pgt_g1,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.discount IS NOT NULL), 0)::bigint AS __pgt_d_value_1,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.quantity IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_2,
                     CASE WHEN sum(d.quantity) FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(d.quantity) FILTER (WHERE d.__pgt_w > 0) WHEN sum(d.quantity) FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(d.quantity) FILTER (WHERE d.__pgt_w < 0)) ELSE sum(d.quantity) FILTER (WHERE d.__pgt_w > 0) - sum(d.quantity) FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_2,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.quantity IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_3,
                     sum(CASE WHEN d.__pgt_w > 0 THEN pg_trickle.avg_state(d.quantity) ELSE -(pg_trickle.avg_state(d.quantity)) END) AS __pgt_d_value_3,
                     min(d.price) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_4,
                     min(d.price) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_4,
                     max(d.price) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_5,
                     max(d.price) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_5
                FROM delta_join AS d
               GROUP BY d.c_id, d.name
            ),
            -- each changed group with its stored state; a group is recomputed from the sources when a deleted value may have been its MIN/MAX
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.lines AS __pgt_old_value_0,
                     s.discounted_lines AS __pgt_old_value_1,
                     s.items AS __pgt_old_value_2,
                     s.__pgt_value_3 AS __pgt_old_value_3,
                     s.cheapest AS __pgt_old_value_4,
                     s.dearest AS __pgt_old_value_5,
                     coalesce(s.__pgt_nonnull_2, 0) AS __pgt_old_nonnull_2,
                     coalesce(s.__pgt_nonnull_3, 0) AS __pgt_old_nonnull_3,
                     (g.__pgt_del_4 IS NOT NULL AND (s.cheapest IS NULL OR (g.__pgt_del_4 <= s.cheapest AND NOT coalesce(g.__pgt_ins_4 <= s.cheapest AND g.__pgt_ins_4 < g.__pgt_del_4, false))))
                         OR (g.__pgt_del_5 IS NOT NULL AND (s.dearest IS NULL OR (g.__pgt_del_5 >= s.dearest AND NOT coalesce(g.__pgt_ins_5 >= s.dearest AND g.__pgt_ins_5 > g.__pgt_del_5, false)))) AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.customer_revenue AS s ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0, g.__pgt_g1), 0) AND s.customer_id = g.__pgt_g0 AND s.name = g.__pgt_g1
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_g1, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1, r.__pgt_value_2, coalesce(r.__pgt_nonnull_2, 0) AS __pgt_nonnull_2, r.__pgt_value_3, coalesce(r.__pgt_nonnull_3, 0) AS __pgt_nonnull_3, r.__pgt_value_4, r.__pgt_value_5
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT i.c_id AS __pgt_g0,
                         i.name AS __pgt_g1,
                         count(*) AS __pgt_count,
                         count(*) AS __pgt_value_0,
                         count(i.discount) AS __pgt_value_1,
                         sum(i.quantity) AS __pgt_value_2,
                         count(i.quantity) AS __pgt_nonnull_2,
                         sum(pg_trickle.avg_state(i.quantity)) AS __pgt_value_3,
                         count(i.quantity) AS __pgt_nonnull_3,
                         min(i.price) AS __pgt_value_4,
                         max(i.price) AS __pgt_value_5
                    FROM (
                    SELECT * FROM (
                      SELECT c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price
                        FROM public.customers AS c,
                             public.orders AS o,
                             public.order_lines AS l,
                             public.products AS p
                       WHERE o.customer_id = c.id AND l.order_id = o.id AND p.sku = l.sku
                    ) AS i
                     WHERE __pgt_rescan_by_index AND i.c_id = ANY (ARRAY(SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan))
                    UNION ALL
                    SELECT * FROM (
                      SELECT c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price
                        FROM public.customers AS c,
                             public.orders AS o,
                             public.order_lines AS l,
                             public.products AS p
                       WHERE o.customer_id = c.id AND l.order_id = o.id AND p.sku = l.sku
                    ) AS i
                     WHERE NOT __pgt_rescan_by_index AND i.c_id IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan)
                       AND i.name IN (SELECT f.__pgt_g1 FROM __pgt_groups AS f WHERE f.__pgt_rescan)
                  ) AS i
                   GROUP BY i.c_id, i.name
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
                     coalesce(g.__pgt_old_value_1, 0) + g.__pgt_d_value_1 AS __pgt_value_1,
                     CASE WHEN g.__pgt_old_nonnull_2 + g.__pgt_d_nonnull_2 = 0 THEN NULL WHEN g.__pgt_old_value_2 IS NULL THEN g.__pgt_d_value_2 WHEN g.__pgt_d_value_2 IS NULL THEN g.__pgt_old_value_2 ELSE g.__pgt_old_value_2 + g.__pgt_d_value_2 END AS __pgt_value_2,
                     g.__pgt_old_nonnull_2 + g.__pgt_d_nonnull_2 AS __pgt_nonnull_2,
                     CASE WHEN g.__pgt_old_nonnull_3 + g.__pgt_d_nonnull_3 = 0 THEN NULL WHEN g.__pgt_old_value_3 IS NULL THEN g.__pgt_d_value_3 WHEN g.__pgt_d_value_3 IS NULL THEN g.__pgt_old_value_3 ELSE g.__pgt_old_value_3 + g.__pgt_d_value_3 END AS __pgt_value_3,
                     g.__pgt_old_nonnull_3 + g.__pgt_d_nonnull_3 AS __pgt_nonnull_3,
                     least(g.__pgt_old_value_4, g.__pgt_ins_4) AS __pgt_value_4,
                     greatest(g.__pgt_old_value_5, g.__pgt_ins_5) AS __pgt_value_5
                FROM __pgt_groups AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows
            __pgt_apply AS (
              SELECT hash_record_extended(ROW(n.__pgt_g0, n.__pgt_g1), 0) AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_g0 AS customer_id,
                     n.__pgt_g1 AS name,
                     n.__pgt_value_0 AS lines,
                     n.__pgt_value_1 AS discounted_lines,
                     n.__pgt_value_2 AS items,
                     CASE WHEN n.__pgt_nonnull_3 = 0 THEN NULL ELSE pg_trickle.avg_final(n.__pgt_value_3, n.__pgt_nonnull_3) END AS avg_quantity,
                     n.__pgt_value_4 AS cheapest,
                     n.__pgt_value_5 AS dearest,
                     n.__pgt_count,
                     n.__pgt_value_3 AS __pgt_value_3,
                     n.__pgt_nonnull_2 AS __pgt_nonnull_2,
                     n.__pgt_nonnull_3 AS __pgt_nonnull_3,
                     n.__pgt_count > 0 AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.customer_revenue AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET customer_id = a.customer_id, name = a.name, lines = a.lines, discounted_lines = a.discounted_lines, items = a.items, avg_quantity = a.avg_quantity, cheapest = a.cheapest, dearest = a.dearest, __pgt_count = a.__pgt_count, __pgt_value_3 = a.__pgt_value_3, __pgt_nonnull_2 = a.__pgt_nonnull_2, __pgt_nonnull_3 = a.__pgt_nonnull_3
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (customer_id, name, lines, discounted_lines, items, avg_quantity, cheapest, dearest, __pgt_row_id, __pgt_count, __pgt_value_3, __pgt_nonnull_2, __pgt_nonnull_3) VALUES (a.customer_id, a.name, a.lines, a.discounted_lines, a.items, a.avg_quantity, a.cheapest, a.dearest, a.__pgt_row_id, a.__pgt_count, a.__pgt_value_3, a.__pgt_nonnull_2, a.__pgt_nonnull_3);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.customers', 'public.order_lines', 'public.orders', 'public.products') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_f1a154d0f10b11d6 IS NOT NULL OR pg_trickle.children_layout('public.customers'::regclass) IS NOT NULL OR __pgt_parts_c0f5db8d9bc4ffb2 IS NOT NULL OR pg_trickle.children_layout('public.order_lines'::regclass) IS NOT NULL OR __pgt_parts_3f03617b84bc4ef6 IS NOT NULL OR pg_trickle.children_layout('public.orders'::regclass) IS NOT NULL OR __pgt_parts_10cdc96fc855f33d IS NOT NULL OR pg_trickle.children_layout('public.products'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.customers'::regclass, 'public.order_lines'::regclass, 'public.orders'::regclass, 'public.products'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.customer_revenue') THEN
        DELETE FROM public.customer_revenue;
    ELSE
        TRUNCATE public.customer_revenue;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.customers'), ('public.order_lines'), ('public.orders'), ('public.products')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.customer_revenue' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.customers'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.customer_revenue' AND d.source_stable_name = 'public.customers';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.order_lines'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.customer_revenue' AND d.source_stable_name = 'public.order_lines';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.orders'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.customer_revenue' AND d.source_stable_name = 'public.orders';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.products'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.customer_revenue' AND d.source_stable_name = 'public.products';
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_d10e8c8a21cccf94 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.c_id AS customer_id,
                     i.name AS name,
                     count(*) AS lines,
                     count(i.discount) AS discounted_lines,
                     sum(i.quantity) AS items,
                     CASE WHEN count(i.quantity) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.quantity)), count(i.quantity)) END AS avg_quantity,
                     min(i.price) AS cheapest,
                     max(i.price) AS dearest,
                     hash_record_extended(ROW(i.c_id, i.name), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     sum(pg_trickle.avg_state(i.quantity)) AS __pgt_value_3,
                     count(i.quantity) AS __pgt_nonnull_2,
                     count(i.quantity) AS __pgt_nonnull_3
                FROM (
                  SELECT c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price
                    FROM public.customers AS c,
                         public.orders AS o,
                         public.order_lines AS l,
                         public.products AS p
                   WHERE o.customer_id = c.id AND l.order_id = o.id AND p.sku = l.sku
                ) AS i
               GROUP BY i.c_id, i.name
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_d10e8c8a21cccf94 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.customers', __pgt_full_snapshot::text, 'public.order_lines', __pgt_full_snapshot::text, 'public.orders', __pgt_full_snapshot::text, 'public.products', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'customer_revenue'
        ),
        __pgt_release_f1a154d0f10b11d6 AS (
            DELETE FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
             WHERE __pgt_small_f1a154d0f10b11d6 AND c.__pgt_xid < least(__pgt_bound_f1a154d0f10b11d6, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_c0f5db8d9bc4ffb2 AS (
            DELETE FROM pg_trickle_changes.changes_c0f5db8d9bc4ffb2 AS c
             WHERE __pgt_small_c0f5db8d9bc4ffb2 AND c.__pgt_xid < least(__pgt_bound_c0f5db8d9bc4ffb2, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_3f03617b84bc4ef6 AS (
            DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
             WHERE __pgt_small_3f03617b84bc4ef6 AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_10cdc96fc855f33d AS (
            DELETE FROM pg_trickle_changes.changes_10cdc96fc855f33d AS c
             WHERE __pgt_small_10cdc96fc855f33d AND c.__pgt_xid < least(__pgt_bound_10cdc96fc855f33d, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.customers' AND c.__pgt_xid < least(__pgt_bound_f1a154d0f10b11d6, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'public.order_lines' AND c.__pgt_xid < least(__pgt_bound_c0f5db8d9bc4ffb2, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'public.orders' AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'public.products' AND c.__pgt_xid < least(__pgt_bound_10cdc96fc855f33d, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.customer_revenue (customer_id, name, lines, discounted_lines, items, avg_quantity, cheapest, dearest, __pgt_row_id, __pgt_count, __pgt_value_3, __pgt_nonnull_2, __pgt_nonnull_3)
        SELECT q.customer_id, q.name, q.lines, q.discounted_lines, q.items, q.avg_quantity, q.cheapest, q.dearest, q.__pgt_row_id, q.__pgt_count, q.__pgt_value_3, q.__pgt_nonnull_2, q.__pgt_nonnull_3 FROM pg_temp.__pgt_full_d10e8c8a21cccf94 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_d10e8c8a21cccf94;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.customers', pg_current_snapshot()::text, 'public.order_lines', pg_current_snapshot()::text, 'public.orders', pg_current_snapshot()::text, 'public.products', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'customer_revenue'
    ),
    __pgt_release_f1a154d0f10b11d6 AS (
        DELETE FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
         WHERE __pgt_small_f1a154d0f10b11d6 AND c.__pgt_xid < least(__pgt_bound_f1a154d0f10b11d6, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_c0f5db8d9bc4ffb2 AS (
        DELETE FROM pg_trickle_changes.changes_c0f5db8d9bc4ffb2 AS c
         WHERE __pgt_small_c0f5db8d9bc4ffb2 AND c.__pgt_xid < least(__pgt_bound_c0f5db8d9bc4ffb2, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_3f03617b84bc4ef6 AS (
        DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
         WHERE __pgt_small_3f03617b84bc4ef6 AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_10cdc96fc855f33d AS (
        DELETE FROM pg_trickle_changes.changes_10cdc96fc855f33d AS c
         WHERE __pgt_small_10cdc96fc855f33d AND c.__pgt_xid < least(__pgt_bound_10cdc96fc855f33d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.customers' AND c.__pgt_xid < least(__pgt_bound_f1a154d0f10b11d6, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.order_lines' AND c.__pgt_xid < least(__pgt_bound_c0f5db8d9bc4ffb2, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.orders' AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.products' AND c.__pgt_xid < least(__pgt_bound_10cdc96fc855f33d, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.customer_revenue (customer_id, name, lines, discounted_lines, items, avg_quantity, cheapest, dearest, __pgt_row_id, __pgt_count, __pgt_value_3, __pgt_nonnull_2, __pgt_nonnull_3)
    SELECT * FROM (
      SELECT i.c_id AS customer_id,
             i.name AS name,
             count(*) AS lines,
             count(i.discount) AS discounted_lines,
             sum(i.quantity) AS items,
             CASE WHEN count(i.quantity) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.quantity)), count(i.quantity)) END AS avg_quantity,
             min(i.price) AS cheapest,
             max(i.price) AS dearest,
             hash_record_extended(ROW(i.c_id, i.name), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             sum(pg_trickle.avg_state(i.quantity)) AS __pgt_value_3,
             count(i.quantity) AS __pgt_nonnull_2,
             count(i.quantity) AS __pgt_nonnull_3
        FROM (
          SELECT c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price
            FROM public.customers AS c,
                 public.orders AS o,
                 public.order_lines AS l,
                 public.products AS p
           WHERE o.customer_id = c.id AND l.order_id = o.id AND p.sku = l.sku
        ) AS i
       GROUP BY i.c_id, i.name
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- trickle: change capture for public.customer_revenue (stream table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_d10e8c8a21cccf94: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_d10e8c8a21cccf94 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.customer_id, s.name, s.lines, s.discounted_lines, s.items, s.avg_quantity, s.cheapest, s.dearest
  FROM public.customer_revenue AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_d10e8c8a21cccf94
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_d10e8c8a21cccf94 IS 'trickle: changes of public.customer_revenue';
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
                WHERE d.source_stable_name = 'public.customer_revenue' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['customer_id', 'name', 'lines', 'discounted_lines', 'items', 'avg_quantity', 'cheapest', 'dearest']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'public.customer_revenue'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['customer_id', 'name', 'lines', 'discounted_lines', 'items', 'avg_quantity', 'cheapest', 'dearest']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.customer_revenue'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_d10e8c8a21cccf94'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_d10e8c8a21cccf94'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['customer_id', 'name', 'lines', 'discounted_lines', 'items', 'avg_quantity', 'cheapest', 'dearest']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.customer_revenue'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_d10e8c8a21cccf94'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_d10e8c8a21cccf94'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.customer_revenue')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_d10e8c8a21cccf94() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_d10e8c8a21cccf94 (__pgt_action, customer_id, name, lines, discounted_lines, items, avg_quantity, cheapest, dearest)
        SELECT 'I', n.customer_id, n.name, n.lines, n.discounted_lines, n.items, n.avg_quantity, n.cheapest, n.dearest FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_d10e8c8a21cccf94 (__pgt_action, customer_id, name, lines, discounted_lines, items, avg_quantity, cheapest, dearest)
        SELECT 'D', o.customer_id, o.name, o.lines, o.discounted_lines, o.items, o.avg_quantity, o.cheapest, o.dearest FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.customer_id, n.name, n.lines, n.discounted_lines, n.items, n.avg_quantity, n.cheapest, n.dearest FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_d10e8c8a21cccf94 (__pgt_action, customer_id, name, lines, discounted_lines, items, avg_quantity, cheapest, dearest)
        SELECT 'D', o.customer_id, o.name, o.lines, o.discounted_lines, o.items, o.avg_quantity, o.cheapest, o.dearest FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.customer_revenue');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_d10e8c8a21cccf94 AFTER INSERT ON public.customer_revenue
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_d10e8c8a21cccf94();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_d10e8c8a21cccf94 AFTER UPDATE ON public.customer_revenue
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_d10e8c8a21cccf94();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_d10e8c8a21cccf94 AFTER DELETE ON public.customer_revenue
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_d10e8c8a21cccf94();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_d10e8c8a21cccf94 AFTER TRUNCATE ON public.customer_revenue
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_d10e8c8a21cccf94();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE public.customer_revenue ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_d10e8c8a21cccf94;
ALTER TABLE public.customer_revenue ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_d10e8c8a21cccf94;
ALTER TABLE public.customer_revenue ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_d10e8c8a21cccf94;
ALTER TABLE public.customer_revenue ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_d10e8c8a21cccf94;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.customer_revenue', 'public', 'customer_revenue', 'd10e8c8a21cccf94', 'pg_trickle_changes', 'changes_d10e8c8a21cccf94', 'pg_trickle_cdc_fn_d10e8c8a21cccf94', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.customer_revenue', full => true);
ANALYZE public.customer_revenue;

-- ========================================================================
-- create stream table public.big_customers
-- ========================================================================
-- trickle: stream table public.big_customers
--
-- refresh mode: DIFFERENTIAL
-- schedule: 1m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT customer_id, name, items FROM customer_revenue WHERE items >= 5
--
-- operator tree:
--   project customer_id, name, items
--     filter items >= 5
--       scan public.customer_revenue (stream table)

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.big_customers AS
  SELECT r.customer_id, r.name, r.items, hashint4extended(r.customer_id, 0) AS __pgt_row_id
    FROM (
      SELECT i.customer_id AS customer_id, i.name AS name, i.items AS items
        FROM (
        SELECT customer_revenue.customer_id, customer_revenue.name, customer_revenue.lines, customer_revenue.discounted_lines, customer_revenue.items, customer_revenue.avg_quantity, customer_revenue.cheapest, customer_revenue.dearest
          FROM public.customer_revenue AS customer_revenue
         WHERE customer_revenue.items >= 5
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.big_customers ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_97979b8946dde134 ON public.big_customers (__pgt_row_id);
COMMENT ON TABLE public.big_customers IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.big_customers'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'big_customers', 'public.big_customers', '97979b8946dde134', 'SELECT customer_id, name, items FROM customer_revenue WHERE items >= 5', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_97979b8946dde134', 1, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.customer_revenue', 'STREAM_TABLE', true, ARRAY['customer_id', 'name', 'lines', 'discounted_lines', 'items', 'avg_quantity', 'cheapest', 'dearest']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.big_customers';

-- Refresh function, called by pg_trickle.refresh('public.big_customers').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_97979b8946dde134(p_full boolean) RETURNS text
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
    __pgt_bound_d10e8c8a21cccf94 xid8;
    __pgt_small_d10e8c8a21cccf94 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.customer_revenue') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.customer_revenue' AND d.consumes_changes AND r.stable_name <> 'public.big_customers'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_d10e8c8a21cccf94'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_d10e8c8a21cccf94, __pgt_small_d10e8c8a21cccf94
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.big_customers';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.customer_revenue') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c
             WHERE __pgt_small_d10e8c8a21cccf94 AND c.__pgt_xid < least(__pgt_bound_d10e8c8a21cccf94, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_d10e8c8a21cccf94'::regclass) > __pgt_full_ratio * pg_relation_size('public.customer_revenue'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.customer_revenue'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.customer_revenue', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.customer_revenue', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'big_customers'
            ),
            -- delete the changes of public.customer_revenue that every reader has consumed
            __pgt_release_d10e8c8a21cccf94 AS (
              DELETE FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c
               WHERE __pgt_small_d10e8c8a21cccf94 AND c.__pgt_xid < least(__pgt_bound_d10e8c8a21cccf94, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.customer_revenue: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customer_revenue AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.customer_id, c.name, c.lines, c.discounted_lines, c.items, c.avg_quantity, c.cheapest, c.dearest
                FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy items >= 5
            delta_filter AS (
              SELECT d.__pgt_w, d.customer_id, d.name, d.lines, d.discounted_lines, d.items, d.avg_quantity, d.cheapest, d.dearest
                FROM delta_customer_revenue AS d
               WHERE d.items >= 5
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.customer_id AS customer_id, d.name AS name, d.items AS items
                FROM delta_filter AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.customer_id, d.name, d.items, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.customer_id, d.name, d.items
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashint4extended(n.customer_id, 0), n.customer_id) hashint4extended(n.customer_id, 0) AS __pgt_row_id, n.customer_id, n.name, n.items, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashint4extended(n.customer_id, 0), n.customer_id, n.__pgt_w DESC
            )
            MERGE INTO public.big_customers AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.customer_id = a.customer_id
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET customer_id = a.customer_id, name = a.name, items = a.items
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (customer_id, name, items, __pgt_row_id) VALUES (a.customer_id, a.name, a.items, a.__pgt_row_id);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.customer_revenue') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.big_customers') THEN
        DELETE FROM public.big_customers;
    ELSE
        TRUNCATE public.big_customers;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.customer_revenue')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.big_customers' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.customer_revenue', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'big_customers'
    ),
    __pgt_release_d10e8c8a21cccf94 AS (
        DELETE FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c
         WHERE __pgt_small_d10e8c8a21cccf94 AND c.__pgt_xid < least(__pgt_bound_d10e8c8a21cccf94, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.customer_revenue' AND c.__pgt_xid < least(__pgt_bound_d10e8c8a21cccf94, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.big_customers (customer_id, name, items, __pgt_row_id)
    SELECT * FROM (
      SELECT r.customer_id, r.name, r.items, hashint4extended(r.customer_id, 0) AS __pgt_row_id
        FROM (
          SELECT i.customer_id AS customer_id, i.name AS name, i.items AS items
            FROM (
            SELECT customer_revenue.customer_id, customer_revenue.name, customer_revenue.lines, customer_revenue.discounted_lines, customer_revenue.items, customer_revenue.avg_quantity, customer_revenue.cheapest, customer_revenue.dearest
              FROM public.customer_revenue AS customer_revenue
             WHERE customer_revenue.items >= 5
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.big_customers', full => true);
ANALYZE public.big_customers;

-- ========================================================================
-- create stream table public.busy_regions
-- ========================================================================
-- trickle: stream table public.busy_regions
--
-- refresh mode: DIFFERENTIAL
-- schedule: 5m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT c.region, count(*) AS orders, sum(CASE WHEN o.status = 'paid' THEN 1 ELSE 0 END) AS paid FROM orders AS o JOIN customers AS c ON c.id = o.customer_id GROUP BY c.region HAVING count(*) >= 2
--
-- operator tree:
--   project __pgt_g0 AS region, __pgt_a0 AS orders, __pgt_a1 AS paid
--     filter __pgt_a0 >= 2
--       aggregate count(*), sum(CASE WHEN o.status = 'paid' THEN 1 ELSE 0 END) group by region
--         inner join on c_id = customer_id
--           scan public.orders AS o
--           scan public.customers AS c

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_1).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.busy_regions WITH (fillfactor = 50) AS
  SELECT i.region AS region,
         count(*) AS orders,
         sum(CASE WHEN i.status = 'paid' THEN 1 ELSE 0 END) AS paid,
         coalesce(hashtextextended(i.region, 0), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(CASE WHEN i.status = 'paid' THEN 1 ELSE 0 END) AS __pgt_nonnull_1
    FROM (
      SELECT o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
        FROM public.orders AS o,
             public.customers AS c
       WHERE c.id = o.customer_id
    ) AS i
   GROUP BY i.region
  HAVING count(*) >= 2
  WITH NO DATA;
ALTER TABLE public.busy_regions ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_678f69f3dfc1a783 ON public.busy_regions (__pgt_row_id);
COMMENT ON TABLE public.busy_regions IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.busy_regions'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'busy_regions', 'public.busy_regions', '678f69f3dfc1a783', 'SELECT c.region, count(*) AS orders, sum(CASE WHEN o.status = ''paid'' THEN 1 ELSE 0 END) AS paid FROM orders AS o JOIN customers AS c ON c.id = o.customer_id GROUP BY c.region HAVING count(*) >= 2', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_678f69f3dfc1a783', 2, '5m', 'interval', '5 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.customers', 'TABLE', true, ARRAY['id', 'name', 'region', 'vip']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.busy_regions';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'status', 'created_at']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.busy_regions';

-- Refresh function, called by pg_trickle.refresh('public.busy_regions').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_678f69f3dfc1a783(p_full boolean) RETURNS text
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
    __pgt_bound_f1a154d0f10b11d6 xid8;
    __pgt_small_f1a154d0f10b11d6 boolean;
    __pgt_bound_3f03617b84bc4ef6 xid8;
    __pgt_small_3f03617b84bc4ef6 boolean;
    __pgt_parts_f1a154d0f10b11d6 text;
    __pgt_parts_3f03617b84bc4ef6 text;
    __pgt_rescan_by_index boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.customers' AND d.consumes_changes AND r.stable_name <> 'public.busy_regions'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_f1a154d0f10b11d6'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.orders' AND d.consumes_changes AND r.stable_name <> 'public.busy_regions'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_3f03617b84bc4ef6'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.customers'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.orders')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_f1a154d0f10b11d6, __pgt_small_f1a154d0f10b11d6, __pgt_bound_3f03617b84bc4ef6, __pgt_small_3f03617b84bc4ef6, __pgt_parts_f1a154d0f10b11d6, __pgt_parts_3f03617b84bc4ef6
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.busy_regions';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.customers', 'public.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_f1a154d0f10b11d6 IS NOT NULL OR pg_trickle.children_layout('public.customers'::regclass) IS NOT NULL OR __pgt_parts_3f03617b84bc4ef6 IS NOT NULL OR pg_trickle.children_layout('public.orders'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.customers'::regclass, 'public.orders'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
             WHERE __pgt_small_f1a154d0f10b11d6 AND c.__pgt_xid < least(__pgt_bound_f1a154d0f10b11d6, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
             WHERE __pgt_small_3f03617b84bc4ef6 AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_f1a154d0f10b11d6'::regclass) > __pgt_full_ratio * pg_relation_size('public.customers'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.customers'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.customers', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_3f03617b84bc4ef6'::regclass) > __pgt_full_ratio * pg_relation_size('public.orders'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.orders'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.orders', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            __pgt_rescan_by_index := EXISTS (SELECT FROM pg_index AS x JOIN pg_attribute AS a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
                     WHERE x.indrelid = 'public.customers'::regclass AND a.attname = 'region'
                       AND x.indisvalid AND x.indpred IS NULL);
            BEGIN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.customers', pg_current_snapshot()::text, 'public.orders', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'busy_regions'
            ),
            -- delete the changes of public.customers that every reader has consumed
            __pgt_release_f1a154d0f10b11d6 AS (
              DELETE FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
               WHERE __pgt_small_f1a154d0f10b11d6 AND c.__pgt_xid < least(__pgt_bound_f1a154d0f10b11d6, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.orders that every reader has consumed
            __pgt_release_3f03617b84bc4ef6 AS (
              DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
               WHERE __pgt_small_3f03617b84bc4ef6 AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.orders: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.status, c.created_at
                FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.region, c.vip
                FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(o) JOIN c
            --   + o' JOIN d(c)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT o.__pgt_w * c.__pgt_w AS __pgt_w, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
                FROM delta_orders AS o,
                     (
                SELECT 1 AS __pgt_w, id, name, region, vip FROM public.customers
                UNION ALL
                SELECT -__pgt_w, id, name, region, vip FROM delta_customers
              ) AS c
               WHERE c.id = o.customer_id
              UNION ALL
              SELECT c.__pgt_w AS __pgt_w, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
                FROM public.orders AS o,
                     delta_customers AS c
               WHERE c.id = o.customer_id
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.region AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE CASE WHEN d.status = 'paid' THEN 1 ELSE 0 END IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                     CASE WHEN sum(CASE WHEN d.status = 'paid' THEN 1 ELSE 0 END) FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(CASE WHEN d.status = 'paid' THEN 1 ELSE 0 END) FILTER (WHERE d.__pgt_w > 0) WHEN sum(CASE WHEN d.status = 'paid' THEN 1 ELSE 0 END) FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(CASE WHEN d.status = 'paid' THEN 1 ELSE 0 END) FILTER (WHERE d.__pgt_w < 0)) ELSE sum(CASE WHEN d.status = 'paid' THEN 1 ELSE 0 END) FILTER (WHERE d.__pgt_w > 0) - sum(CASE WHEN d.status = 'paid' THEN 1 ELSE 0 END) FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_1
                FROM delta_join AS d
               GROUP BY d.region
            ),
            -- each changed group with its stored state; a group is recomputed from the sources when HAVING hid it (its state is not stored) or a NaN or an infinity entered or left a SUM or AVG
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.orders AS __pgt_old_value_0,
                     s.paid AS __pgt_old_value_1,
                     coalesce(s.__pgt_nonnull_1, 0) AS __pgt_old_nonnull_1,
                     s.__pgt_row_id IS NULL
                         OR coalesce(g.__pgt_d_value_1::text IN ('NaN', 'Infinity', '-Infinity', 'infinity', '-infinity'), false) AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.busy_regions AS s ON s.__pgt_row_id = coalesce(hashtextextended(g.__pgt_g0, 0), 0) AND s.region IS NOT DISTINCT FROM g.__pgt_g0
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1, coalesce(r.__pgt_nonnull_1, 0) AS __pgt_nonnull_1
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT i.region AS __pgt_g0,
                         count(*) AS __pgt_count,
                         count(*) AS __pgt_value_0,
                         sum(CASE WHEN i.status = 'paid' THEN 1 ELSE 0 END) AS __pgt_value_1,
                         count(CASE WHEN i.status = 'paid' THEN 1 ELSE 0 END) AS __pgt_nonnull_1
                    FROM (
                    SELECT * FROM (
                      SELECT o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
                        FROM public.orders AS o,
                             public.customers AS c
                       WHERE c.id = o.customer_id
                    ) AS i
                     WHERE __pgt_rescan_by_index AND (i.region = ANY (ARRAY(SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan)) OR (i.region IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                    UNION ALL
                    SELECT * FROM (
                      SELECT o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
                        FROM public.orders AS o,
                             public.customers AS c
                       WHERE c.id = o.customer_id
                    ) AS i
                     WHERE NOT __pgt_rescan_by_index AND (i.region IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan) OR (i.region IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                  ) AS i
                   GROUP BY i.region
                ) AS r ON r.__pgt_g0 IS NOT DISTINCT FROM g.__pgt_g0
               WHERE g.__pgt_rescan
            ),
            -- new state of each changed group: stored state + change, or the recomputed state
            __pgt_new_state AS (
              SELECT g.__pgt_g0 AS __pgt_g0,
                     g.__pgt_ctid,
                     g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                     coalesce(g.__pgt_old_value_0, 0) + g.__pgt_d_value_0 AS __pgt_value_0,
                     CASE WHEN g.__pgt_old_nonnull_1 + g.__pgt_d_nonnull_1 = 0 THEN NULL WHEN g.__pgt_old_value_1 IS NULL THEN g.__pgt_d_value_1 WHEN g.__pgt_d_value_1 IS NULL THEN g.__pgt_old_value_1 ELSE g.__pgt_old_value_1 + g.__pgt_d_value_1 END AS __pgt_value_1,
                     g.__pgt_old_nonnull_1 + g.__pgt_d_nonnull_1 AS __pgt_nonnull_1
                FROM __pgt_groups AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows and satisfies HAVING
            __pgt_apply AS (
              SELECT coalesce(hashtextextended(n.__pgt_g0, 0), 0) AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_g0 AS region,
                     n.__pgt_value_0 AS orders,
                     n.__pgt_value_1 AS paid,
                     n.__pgt_count,
                     n.__pgt_nonnull_1 AS __pgt_nonnull_1,
                     n.__pgt_count > 0 AND (n.__pgt_value_0 >= 2) IS TRUE AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.busy_regions AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET region = a.region, orders = a.orders, paid = a.paid, __pgt_count = a.__pgt_count, __pgt_nonnull_1 = a.__pgt_nonnull_1
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (region, orders, paid, __pgt_row_id, __pgt_count, __pgt_nonnull_1) VALUES (a.region, a.orders, a.paid, a.__pgt_row_id, a.__pgt_count, a.__pgt_nonnull_1);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.customers', 'public.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_f1a154d0f10b11d6 IS NOT NULL OR pg_trickle.children_layout('public.customers'::regclass) IS NOT NULL OR __pgt_parts_3f03617b84bc4ef6 IS NOT NULL OR pg_trickle.children_layout('public.orders'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.customers'::regclass, 'public.orders'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.busy_regions') THEN
        DELETE FROM public.busy_regions;
    ELSE
        TRUNCATE public.busy_regions;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.customers'), ('public.orders')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.busy_regions' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.customers'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.busy_regions' AND d.source_stable_name = 'public.customers';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.orders'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.busy_regions' AND d.source_stable_name = 'public.orders';
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_678f69f3dfc1a783 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.region AS region,
                     count(*) AS orders,
                     sum(CASE WHEN i.status = 'paid' THEN 1 ELSE 0 END) AS paid,
                     coalesce(hashtextextended(i.region, 0), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     count(CASE WHEN i.status = 'paid' THEN 1 ELSE 0 END) AS __pgt_nonnull_1
                FROM (
                  SELECT o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
                    FROM public.orders AS o,
                         public.customers AS c
                   WHERE c.id = o.customer_id
                ) AS i
               GROUP BY i.region
              HAVING count(*) >= 2
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_678f69f3dfc1a783 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.customers', __pgt_full_snapshot::text, 'public.orders', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'busy_regions'
        ),
        __pgt_release_f1a154d0f10b11d6 AS (
            DELETE FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
             WHERE __pgt_small_f1a154d0f10b11d6 AND c.__pgt_xid < least(__pgt_bound_f1a154d0f10b11d6, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_3f03617b84bc4ef6 AS (
            DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
             WHERE __pgt_small_3f03617b84bc4ef6 AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.customers' AND c.__pgt_xid < least(__pgt_bound_f1a154d0f10b11d6, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'public.orders' AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.busy_regions (region, orders, paid, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
        SELECT q.region, q.orders, q.paid, q.__pgt_row_id, q.__pgt_count, q.__pgt_nonnull_1 FROM pg_temp.__pgt_full_678f69f3dfc1a783 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_678f69f3dfc1a783;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.customers', pg_current_snapshot()::text, 'public.orders', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'busy_regions'
    ),
    __pgt_release_f1a154d0f10b11d6 AS (
        DELETE FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
         WHERE __pgt_small_f1a154d0f10b11d6 AND c.__pgt_xid < least(__pgt_bound_f1a154d0f10b11d6, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_3f03617b84bc4ef6 AS (
        DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
         WHERE __pgt_small_3f03617b84bc4ef6 AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.customers' AND c.__pgt_xid < least(__pgt_bound_f1a154d0f10b11d6, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.orders' AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.busy_regions (region, orders, paid, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
    SELECT * FROM (
      SELECT i.region AS region,
             count(*) AS orders,
             sum(CASE WHEN i.status = 'paid' THEN 1 ELSE 0 END) AS paid,
             coalesce(hashtextextended(i.region, 0), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             count(CASE WHEN i.status = 'paid' THEN 1 ELSE 0 END) AS __pgt_nonnull_1
        FROM (
          SELECT o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
            FROM public.orders AS o,
                 public.customers AS c
           WHERE c.id = o.customer_id
        ) AS i
       GROUP BY i.region
      HAVING count(*) >= 2
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.busy_regions', full => true);
ANALYZE public.busy_regions;

-- ========================================================================
-- create stream table public.open_orders
-- ========================================================================
-- trickle: stream table public.open_orders
--
-- refresh mode: DIFFERENTIAL
-- schedule: 1m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT o.id, o.customer_id, upper(o.status) AS status, o.created_at::date AS day FROM orders AS o WHERE o.status IN ('open', 'pending')
--
-- operator tree:
--   project id, customer_id, upper(status) AS status, created_at::date AS day
--     filter status IN ('open', 'pending')
--       scan public.orders AS o

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.open_orders AS
  SELECT r.id, r.customer_id, r.status, r.day, hashint8extended(r.id, 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i.customer_id AS customer_id, upper(i.status) AS status, i.created_at::date AS day
        FROM (
        SELECT o.id, o.customer_id, o.status, o.created_at
          FROM public.orders AS o
         WHERE o.status IN ('open', 'pending')
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.open_orders ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_e4086fdc899c2375 ON public.open_orders (__pgt_row_id);
COMMENT ON TABLE public.open_orders IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.open_orders'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'open_orders', 'public.open_orders', 'e4086fdc899c2375', 'SELECT o.id, o.customer_id, upper(o.status) AS status, o.created_at::date AS day FROM orders AS o WHERE o.status IN (''open'', ''pending'')', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_e4086fdc899c2375', 3, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'status', 'created_at']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.open_orders';

-- Refresh function, called by pg_trickle.refresh('public.open_orders').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_e4086fdc899c2375(p_full boolean) RETURNS text
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
    __pgt_bound_3f03617b84bc4ef6 xid8;
    __pgt_small_3f03617b84bc4ef6 boolean;
    __pgt_parts_3f03617b84bc4ef6 text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.orders' AND d.consumes_changes AND r.stable_name <> 'public.open_orders'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_3f03617b84bc4ef6'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.orders')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_3f03617b84bc4ef6, __pgt_small_3f03617b84bc4ef6, __pgt_parts_3f03617b84bc4ef6
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.open_orders';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_3f03617b84bc4ef6 IS NOT NULL OR pg_trickle.children_layout('public.orders'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.orders'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
             WHERE __pgt_small_3f03617b84bc4ef6 AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_3f03617b84bc4ef6'::regclass) > __pgt_full_ratio * pg_relation_size('public.orders'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.orders'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.orders', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.orders', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'open_orders'
            ),
            -- delete the changes of public.orders that every reader has consumed
            __pgt_release_3f03617b84bc4ef6 AS (
              DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
               WHERE __pgt_small_3f03617b84bc4ef6 AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.orders: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.status, c.created_at
                FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy status IN ('open', 'pending')
            delta_filter AS (
              SELECT d.__pgt_w, d.id, d.customer_id, d.status, d.created_at
                FROM delta_orders AS d
               WHERE d.status IN ('open', 'pending')
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d.customer_id AS customer_id, upper(d.status) AS status, d.created_at::date AS day
                FROM delta_filter AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.customer_id, d.status, d.day, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.id, d.customer_id, d.status, d.day
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashint8extended(n.id, 0), n.id) hashint8extended(n.id, 0) AS __pgt_row_id, n.id, n.customer_id, n.status, n.day, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashint8extended(n.id, 0), n.id, n.__pgt_w DESC
            )
            MERGE INTO public.open_orders AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.id = a.id
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET id = a.id, customer_id = a.customer_id, status = a.status, day = a.day
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (id, customer_id, status, day, __pgt_row_id) VALUES (a.id, a.customer_id, a.status, a.day, a.__pgt_row_id);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_3f03617b84bc4ef6 IS NOT NULL OR pg_trickle.children_layout('public.orders'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.orders'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.open_orders') THEN
        DELETE FROM public.open_orders;
    ELSE
        TRUNCATE public.open_orders;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.orders')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.open_orders' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.orders'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.open_orders' AND d.source_stable_name = 'public.orders';
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.orders', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'open_orders'
    ),
    __pgt_release_3f03617b84bc4ef6 AS (
        DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
         WHERE __pgt_small_3f03617b84bc4ef6 AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.orders' AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.open_orders (id, customer_id, status, day, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.customer_id, r.status, r.day, hashint8extended(r.id, 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, i.customer_id AS customer_id, upper(i.status) AS status, i.created_at::date AS day
            FROM (
            SELECT o.id, o.customer_id, o.status, o.created_at
              FROM public.orders AS o
             WHERE o.status IN ('open', 'pending')
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.open_orders', full => true);
ANALYZE public.open_orders;

-- ========================================================================
-- create stream table public.order_line_details
-- ========================================================================
-- trickle: stream table public.order_line_details
--
-- refresh mode: DIFFERENTIAL
-- schedule: 1m
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT o.id AS order_id, c.name AS customer, p.title, l.quantity, (l.quantity * p.price) * (1 - (COALESCE(l.discount, 0))) AS line_total, CASE WHEN l.quantity >= 10 THEN 'bulk' ELSE 'retail' END AS kind FROM order_lines AS l JOIN orders AS o ON o.id = l.order_id JOIN products AS p ON p.sku = l.sku JOIN customers AS c ON c.id = o.customer_id
--
-- operator tree:
--   project o_id AS order_id, name AS customer, title, quantity, (quantity * price) * (1 - (COALESCE(discount, 0))) AS line_total, CASE WHEN quantity >= 10 THEN 'bulk' ELSE 'retail' END AS kind
--     inner join on o_id = order_id AND p_sku = l_sku AND c_id = customer_id
--       scan public.order_lines AS l
--       scan public.orders AS o
--       scan public.products AS p
--       scan public.customers AS c

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.order_line_details AS
  SELECT r.order_id, r.customer, r.title, r.quantity, r.line_total, r.kind, hash_record_extended(ROW(r.order_id, r.customer, r.title, r.quantity, r.line_total, r.kind), 0) AS __pgt_row_id
    FROM (
      SELECT i.o_id AS order_id, i.name AS customer, i.title AS title, i.quantity AS quantity, (i.quantity * i.price) * (1 - (COALESCE(i.discount, 0))) AS line_total, CASE WHEN i.quantity >= 10 THEN 'bulk' ELSE 'retail' END AS kind
        FROM (
        SELECT l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
          FROM public.order_lines AS l,
               public.orders AS o,
               public.products AS p,
               public.customers AS c
         WHERE o.id = l.order_id AND p.sku = l.sku AND c.id = o.customer_id
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.order_line_details ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_b91a3c9074ab9674 ON public.order_line_details (__pgt_row_id);
COMMENT ON TABLE public.order_line_details IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.order_line_details'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'order_line_details', 'public.order_line_details', 'b91a3c9074ab9674', 'SELECT o.id AS order_id, c.name AS customer, p.title, l.quantity, (l.quantity * p.price) * (1 - (COALESCE(l.discount, 0))) AS line_total, CASE WHEN l.quantity >= 10 THEN ''bulk'' ELSE ''retail'' END AS kind FROM order_lines AS l JOIN orders AS o ON o.id = l.order_id JOIN products AS p ON p.sku = l.sku JOIN customers AS c ON c.id = o.customer_id', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_b91a3c9074ab9674', 4, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.customers', 'TABLE', true, ARRAY['id', 'name', 'region', 'vip']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.order_line_details';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.order_lines', 'TABLE', true, ARRAY['order_id', 'sku', 'quantity', 'discount']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.order_line_details';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'status', 'created_at']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.order_line_details';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.products', 'TABLE', true, ARRAY['sku', 'title', 'category', 'price']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.order_line_details';

-- Refresh function, called by pg_trickle.refresh('public.order_line_details').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_b91a3c9074ab9674(p_full boolean) RETURNS text
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
    __pgt_bound_f1a154d0f10b11d6 xid8;
    __pgt_small_f1a154d0f10b11d6 boolean;
    __pgt_bound_c0f5db8d9bc4ffb2 xid8;
    __pgt_small_c0f5db8d9bc4ffb2 boolean;
    __pgt_bound_3f03617b84bc4ef6 xid8;
    __pgt_small_3f03617b84bc4ef6 boolean;
    __pgt_bound_10cdc96fc855f33d xid8;
    __pgt_small_10cdc96fc855f33d boolean;
    __pgt_parts_f1a154d0f10b11d6 text;
    __pgt_parts_c0f5db8d9bc4ffb2 text;
    __pgt_parts_3f03617b84bc4ef6 text;
    __pgt_parts_10cdc96fc855f33d text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.customers' AND d.consumes_changes AND r.stable_name <> 'public.order_line_details'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_f1a154d0f10b11d6'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.order_lines') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.order_lines' AND d.consumes_changes AND r.stable_name <> 'public.order_line_details'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c0f5db8d9bc4ffb2'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.orders' AND d.consumes_changes AND r.stable_name <> 'public.order_line_details'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_3f03617b84bc4ef6'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.products') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.products' AND d.consumes_changes AND r.stable_name <> 'public.order_line_details'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_10cdc96fc855f33d'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.customers'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.order_lines'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.orders'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.products')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_f1a154d0f10b11d6, __pgt_small_f1a154d0f10b11d6, __pgt_bound_c0f5db8d9bc4ffb2, __pgt_small_c0f5db8d9bc4ffb2, __pgt_bound_3f03617b84bc4ef6, __pgt_small_3f03617b84bc4ef6, __pgt_bound_10cdc96fc855f33d, __pgt_small_10cdc96fc855f33d, __pgt_parts_f1a154d0f10b11d6, __pgt_parts_c0f5db8d9bc4ffb2, __pgt_parts_3f03617b84bc4ef6, __pgt_parts_10cdc96fc855f33d
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.order_line_details';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.customers', 'public.order_lines', 'public.orders', 'public.products') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_f1a154d0f10b11d6 IS NOT NULL OR pg_trickle.children_layout('public.customers'::regclass) IS NOT NULL OR __pgt_parts_c0f5db8d9bc4ffb2 IS NOT NULL OR pg_trickle.children_layout('public.order_lines'::regclass) IS NOT NULL OR __pgt_parts_3f03617b84bc4ef6 IS NOT NULL OR pg_trickle.children_layout('public.orders'::regclass) IS NOT NULL OR __pgt_parts_10cdc96fc855f33d IS NOT NULL OR pg_trickle.children_layout('public.products'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.customers'::regclass, 'public.order_lines'::regclass, 'public.orders'::regclass, 'public.products'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c0f5db8d9bc4ffb2 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_10cdc96fc855f33d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
             WHERE __pgt_small_f1a154d0f10b11d6 AND c.__pgt_xid < least(__pgt_bound_f1a154d0f10b11d6, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_c0f5db8d9bc4ffb2 AS c
             WHERE __pgt_small_c0f5db8d9bc4ffb2 AND c.__pgt_xid < least(__pgt_bound_c0f5db8d9bc4ffb2, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
             WHERE __pgt_small_3f03617b84bc4ef6 AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_10cdc96fc855f33d AS c
             WHERE __pgt_small_10cdc96fc855f33d AND c.__pgt_xid < least(__pgt_bound_10cdc96fc855f33d, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_f1a154d0f10b11d6'::regclass) > __pgt_full_ratio * pg_relation_size('public.customers'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.customers'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.customers', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c0f5db8d9bc4ffb2'::regclass) > __pgt_full_ratio * pg_relation_size('public.order_lines'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c0f5db8d9bc4ffb2 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.order_lines'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.order_lines', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_3f03617b84bc4ef6'::regclass) > __pgt_full_ratio * pg_relation_size('public.orders'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.orders'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.orders', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_10cdc96fc855f33d'::regclass) > __pgt_full_ratio * pg_relation_size('public.products'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_10cdc96fc855f33d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.products'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.products', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.customers', pg_current_snapshot()::text, 'public.order_lines', pg_current_snapshot()::text, 'public.orders', pg_current_snapshot()::text, 'public.products', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'order_line_details'
            ),
            -- delete the changes of public.customers that every reader has consumed
            __pgt_release_f1a154d0f10b11d6 AS (
              DELETE FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
               WHERE __pgt_small_f1a154d0f10b11d6 AND c.__pgt_xid < least(__pgt_bound_f1a154d0f10b11d6, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.order_lines that every reader has consumed
            __pgt_release_c0f5db8d9bc4ffb2 AS (
              DELETE FROM pg_trickle_changes.changes_c0f5db8d9bc4ffb2 AS c
               WHERE __pgt_small_c0f5db8d9bc4ffb2 AND c.__pgt_xid < least(__pgt_bound_c0f5db8d9bc4ffb2, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.orders that every reader has consumed
            __pgt_release_3f03617b84bc4ef6 AS (
              DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
               WHERE __pgt_small_3f03617b84bc4ef6 AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.products that every reader has consumed
            __pgt_release_10cdc96fc855f33d AS (
              DELETE FROM pg_trickle_changes.changes_10cdc96fc855f33d AS c
               WHERE __pgt_small_10cdc96fc855f33d AND c.__pgt_xid < least(__pgt_bound_10cdc96fc855f33d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.order_lines: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_order_lines AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.order_id, c.sku, c.quantity, c.discount
                FROM pg_trickle_changes.changes_c0f5db8d9bc4ffb2 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.orders: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.status, c.created_at
                FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.products: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_products AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.sku, c.title, c.category, c.price
                FROM pg_trickle_changes.changes_10cdc96fc855f33d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.region, c.vip
                FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(l) JOIN o JOIN p JOIN c
            --   + l' JOIN d(o) JOIN p JOIN c
            --   + l' JOIN o' JOIN d(p) JOIN c
            --   + l' JOIN o' JOIN p' JOIN d(c)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT l.__pgt_w * o.__pgt_w * p.__pgt_w * c.__pgt_w AS __pgt_w, l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
                FROM delta_order_lines AS l,
                     (
                SELECT 1 AS __pgt_w, id, customer_id, status, created_at FROM public.orders
                UNION ALL
                SELECT -__pgt_w, id, customer_id, status, created_at FROM delta_orders
              ) AS o,
                     (
                SELECT 1 AS __pgt_w, sku, title, category, price FROM public.products
                UNION ALL
                SELECT -__pgt_w, sku, title, category, price FROM delta_products
              ) AS p,
                     (
                SELECT 1 AS __pgt_w, id, name, region, vip FROM public.customers
                UNION ALL
                SELECT -__pgt_w, id, name, region, vip FROM delta_customers
              ) AS c
               WHERE o.id = l.order_id AND p.sku = l.sku AND c.id = o.customer_id
              UNION ALL
              SELECT o.__pgt_w * p.__pgt_w * c.__pgt_w AS __pgt_w, l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
                FROM public.order_lines AS l,
                     delta_orders AS o,
                     (
                SELECT 1 AS __pgt_w, sku, title, category, price FROM public.products
                UNION ALL
                SELECT -__pgt_w, sku, title, category, price FROM delta_products
              ) AS p,
                     (
                SELECT 1 AS __pgt_w, id, name, region, vip FROM public.customers
                UNION ALL
                SELECT -__pgt_w, id, name, region, vip FROM delta_customers
              ) AS c
               WHERE o.id = l.order_id AND p.sku = l.sku AND c.id = o.customer_id
              UNION ALL
              SELECT p.__pgt_w * c.__pgt_w AS __pgt_w, l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
                FROM public.order_lines AS l,
                     public.orders AS o,
                     delta_products AS p,
                     (
                SELECT 1 AS __pgt_w, id, name, region, vip FROM public.customers
                UNION ALL
                SELECT -__pgt_w, id, name, region, vip FROM delta_customers
              ) AS c
               WHERE o.id = l.order_id AND p.sku = l.sku AND c.id = o.customer_id
              UNION ALL
              SELECT c.__pgt_w AS __pgt_w, l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
                FROM public.order_lines AS l,
                     public.orders AS o,
                     public.products AS p,
                     delta_customers AS c
               WHERE o.id = l.order_id AND p.sku = l.sku AND c.id = o.customer_id
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.o_id AS order_id, d.name AS customer, d.title AS title, d.quantity AS quantity, (d.quantity * d.price) * (1 - (COALESCE(d.discount, 0))) AS line_total, CASE WHEN d.quantity >= 10 THEN 'bulk' ELSE 'retail' END AS kind
                FROM delta_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.order_id, d.customer, d.title, d.quantity, d.line_total, d.kind, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.order_id, d.customer, d.title, d.quantity, d.line_total, d.kind
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.order_line_details AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.order_line_details AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.order_id, n.customer, n.title, n.quantity, n.line_total, n.kind), 0) AND t.order_id = n.order_id AND t.customer = n.customer AND t.title = n.title AND t.quantity = n.quantity AND t.line_total IS NOT DISTINCT FROM n.line_total AND t.kind IS NOT DISTINCT FROM n.kind
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.order_line_details (order_id, customer, title, quantity, line_total, kind, __pgt_row_id)
            SELECT n.order_id, n.customer, n.title, n.quantity, n.line_total, n.kind, hash_record_extended(ROW(n.order_id, n.customer, n.title, n.quantity, n.line_total, n.kind), 0)
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.customers', 'public.order_lines', 'public.orders', 'public.products') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_f1a154d0f10b11d6 IS NOT NULL OR pg_trickle.children_layout('public.customers'::regclass) IS NOT NULL OR __pgt_parts_c0f5db8d9bc4ffb2 IS NOT NULL OR pg_trickle.children_layout('public.order_lines'::regclass) IS NOT NULL OR __pgt_parts_3f03617b84bc4ef6 IS NOT NULL OR pg_trickle.children_layout('public.orders'::regclass) IS NOT NULL OR __pgt_parts_10cdc96fc855f33d IS NOT NULL OR pg_trickle.children_layout('public.products'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.customers'::regclass, 'public.order_lines'::regclass, 'public.orders'::regclass, 'public.products'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.order_line_details') THEN
        DELETE FROM public.order_line_details;
    ELSE
        TRUNCATE public.order_line_details;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.customers'), ('public.order_lines'), ('public.orders'), ('public.products')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.order_line_details' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.customers'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.order_line_details' AND d.source_stable_name = 'public.customers';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.order_lines'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.order_line_details' AND d.source_stable_name = 'public.order_lines';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.orders'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.order_line_details' AND d.source_stable_name = 'public.orders';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.products'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.order_line_details' AND d.source_stable_name = 'public.products';
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.customers', pg_current_snapshot()::text, 'public.order_lines', pg_current_snapshot()::text, 'public.orders', pg_current_snapshot()::text, 'public.products', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'order_line_details'
    ),
    __pgt_release_f1a154d0f10b11d6 AS (
        DELETE FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
         WHERE __pgt_small_f1a154d0f10b11d6 AND c.__pgt_xid < least(__pgt_bound_f1a154d0f10b11d6, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_c0f5db8d9bc4ffb2 AS (
        DELETE FROM pg_trickle_changes.changes_c0f5db8d9bc4ffb2 AS c
         WHERE __pgt_small_c0f5db8d9bc4ffb2 AND c.__pgt_xid < least(__pgt_bound_c0f5db8d9bc4ffb2, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_3f03617b84bc4ef6 AS (
        DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
         WHERE __pgt_small_3f03617b84bc4ef6 AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_10cdc96fc855f33d AS (
        DELETE FROM pg_trickle_changes.changes_10cdc96fc855f33d AS c
         WHERE __pgt_small_10cdc96fc855f33d AND c.__pgt_xid < least(__pgt_bound_10cdc96fc855f33d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.customers' AND c.__pgt_xid < least(__pgt_bound_f1a154d0f10b11d6, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.order_lines' AND c.__pgt_xid < least(__pgt_bound_c0f5db8d9bc4ffb2, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.orders' AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.products' AND c.__pgt_xid < least(__pgt_bound_10cdc96fc855f33d, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.order_line_details (order_id, customer, title, quantity, line_total, kind, __pgt_row_id)
    SELECT * FROM (
      SELECT r.order_id, r.customer, r.title, r.quantity, r.line_total, r.kind, hash_record_extended(ROW(r.order_id, r.customer, r.title, r.quantity, r.line_total, r.kind), 0) AS __pgt_row_id
        FROM (
          SELECT i.o_id AS order_id, i.name AS customer, i.title AS title, i.quantity AS quantity, (i.quantity * i.price) * (1 - (COALESCE(i.discount, 0))) AS line_total, CASE WHEN i.quantity >= 10 THEN 'bulk' ELSE 'retail' END AS kind
            FROM (
            SELECT l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
              FROM public.order_lines AS l,
                   public.orders AS o,
                   public.products AS p,
                   public.customers AS c
             WHERE o.id = l.order_id AND p.sku = l.sku AND c.id = o.customer_id
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.order_line_details', full => true);
ANALYZE public.order_line_details;

-- ========================================================================
-- create stream table public.order_stats
-- ========================================================================
-- trickle: stream table public.order_stats
--
-- refresh mode: DIFFERENTIAL
-- schedule: 1m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT count(*) AS orders, min(created_at) AS first_order, max(created_at) AS last_order FROM orders
--
-- operator tree:
--   project __pgt_a0 AS orders, __pgt_a1 AS first_order, __pgt_a2 AS last_order
--     aggregate count(*), min(created_at), max(created_at) (one group)
--       scan public.orders

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_1, __pgt_nonnull_2, __pgt_best_1, __pgt_best_2).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.order_stats WITH (fillfactor = 50) AS
  SELECT count(*) AS orders,
         min(i.created_at) AS first_order,
         max(i.created_at) AS last_order,
         0::bigint AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i.created_at) AS __pgt_nonnull_1,
         count(i.created_at) AS __pgt_nonnull_2,
         (SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT i.created_at AS v FROM (
        SELECT id, customer_id, status, created_at FROM public.orders
      ) AS i WHERE i.created_at IS NOT NULL ORDER BY 1 LIMIT 8) AS b) AS __pgt_best_1,
         (SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT i.created_at AS v FROM (
        SELECT id, customer_id, status, created_at FROM public.orders
      ) AS i WHERE i.created_at IS NOT NULL ORDER BY 1 DESC LIMIT 8) AS b) AS __pgt_best_2
    FROM (
      SELECT id, customer_id, status, created_at FROM public.orders
    ) AS i
  WITH NO DATA;
ALTER TABLE public.order_stats ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_b5459e3fb0ea4973 ON public.order_stats (__pgt_row_id);
COMMENT ON TABLE public.order_stats IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.order_stats'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'order_stats', 'public.order_stats', 'b5459e3fb0ea4973', 'SELECT count(*) AS orders, min(created_at) AS first_order, max(created_at) AS last_order FROM orders', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_b5459e3fb0ea4973', 5, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'status', 'created_at']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.order_stats';

-- Refresh function, called by pg_trickle.refresh('public.order_stats').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_b5459e3fb0ea4973(p_full boolean) RETURNS text
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
    __pgt_bound_3f03617b84bc4ef6 xid8;
    __pgt_small_3f03617b84bc4ef6 boolean;
    __pgt_parts_3f03617b84bc4ef6 text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.orders' AND d.consumes_changes AND r.stable_name <> 'public.order_stats'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_3f03617b84bc4ef6'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.orders')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_3f03617b84bc4ef6, __pgt_small_3f03617b84bc4ef6, __pgt_parts_3f03617b84bc4ef6
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.order_stats';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_3f03617b84bc4ef6 IS NOT NULL OR pg_trickle.children_layout('public.orders'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.orders'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
             WHERE __pgt_small_3f03617b84bc4ef6 AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_3f03617b84bc4ef6'::regclass) > __pgt_full_ratio * pg_relation_size('public.orders'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.orders'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.orders', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.orders', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'order_stats'
            ),
            -- delete the changes of public.orders that every reader has consumed
            __pgt_release_3f03617b84bc4ef6 AS (
              DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
               WHERE __pgt_small_3f03617b84bc4ef6 AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.orders: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.status, c.created_at
                FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes (no GROUP BY: one group)
            __pgt_delta_groups AS (
              SELECT sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     count(*) FILTER (WHERE d.__pgt_w > 0 AND d.created_at IS NOT NULL) AS __pgt_d_ins_1,
                     count(*) FILTER (WHERE d.__pgt_w < 0 AND d.created_at IS NOT NULL) AS __pgt_d_del_1,
                     max(d.created_at) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_worst_1,
                     max(d.created_at) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_worst_1,
                     min(d.created_at) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_1,
                     min(d.created_at) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_1,
                     count(*) FILTER (WHERE d.__pgt_w > 0 AND d.created_at IS NOT NULL) AS __pgt_d_ins_2,
                     count(*) FILTER (WHERE d.__pgt_w < 0 AND d.created_at IS NOT NULL) AS __pgt_d_del_2,
                     min(d.created_at) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_worst_2,
                     min(d.created_at) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_worst_2,
                     max(d.created_at) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_2,
                     max(d.created_at) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_2
                FROM delta_orders AS d
              HAVING count(*) > 0
            ),
            -- each changed group with its stored state; a group is recomputed from the sources when deletions took every value a MIN/MAX kept
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.orders AS __pgt_old_value_0,
                     s.first_order AS __pgt_old_value_1,
                     s.last_order AS __pgt_old_value_2,
                     coalesce(s.__pgt_nonnull_1, 0) AS __pgt_old_nonnull_1,
                     coalesce(s.__pgt_nonnull_2, 0) AS __pgt_old_nonnull_2,
                     coalesce(s.__pgt_best_1, '{}') AS __pgt_old_best_1,
                     coalesce(s.__pgt_best_2, '{}') AS __pgt_old_best_2,
                     false AS __pgt_recompute
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.order_stats AS s ON s.__pgt_row_id = 0::bigint
            ),
            -- each changed group with the best values of its MIN/MAX after the change; it is recomputed from the sources when a MIN/MAX with values has none left, or for a reason above
            __pgt_flagged AS (
              SELECT a.*,
                     a.__pgt_recompute
                         OR (coalesce(cardinality(a.__pgt_best_1), 0) = 0 AND a.__pgt_old_nonnull_1 + a.__pgt_d_ins_1 - a.__pgt_d_del_1 > 0)
                         OR (coalesce(cardinality(a.__pgt_best_2), 0) = 0 AND a.__pgt_old_nonnull_2 + a.__pgt_d_ins_2 - a.__pgt_d_del_2 > 0)
                         AS __pgt_rescan
                FROM (
                  SELECT k.*,
                         CASE WHEN k.__pgt_del_1 IS NULL OR (cardinality(k.__pgt_kept_1) <> k.__pgt_old_nonnull_1 + k.__pgt_d_ins_1 AND (cardinality(k.__pgt_kept_1) = 0 OR k.__pgt_del_1 > (k.__pgt_kept_1)[cardinality(k.__pgt_kept_1)])) THEN k.__pgt_kept_1
                   WHEN k.__pgt_del_1 = k.__pgt_del_worst_1 THEN (k.__pgt_kept_1)[1:array_position(k.__pgt_kept_1, k.__pgt_del_1) - 1] || (k.__pgt_kept_1)[least(array_position(k.__pgt_kept_1, k.__pgt_del_1) + k.__pgt_d_del_1, width_bucket(k.__pgt_del_1, k.__pgt_kept_1) + 1):cardinality(k.__pgt_kept_1)]
                   ELSE (k.__pgt_kept_1)[1:array_position(k.__pgt_kept_1, k.__pgt_del_1) - 1] END AS __pgt_best_1,
                         CASE WHEN k.__pgt_del_2 IS NULL OR (cardinality(k.__pgt_kept_2) <> k.__pgt_old_nonnull_2 + k.__pgt_d_ins_2 AND (cardinality(k.__pgt_kept_2) = 0 OR k.__pgt_del_2 < (k.__pgt_kept_2)[1])) THEN k.__pgt_kept_2
                   WHEN k.__pgt_del_2 = k.__pgt_del_worst_2 THEN (k.__pgt_kept_2)[1:array_position(k.__pgt_kept_2, k.__pgt_del_2) - 1] || (k.__pgt_kept_2)[least(array_position(k.__pgt_kept_2, k.__pgt_del_2) + k.__pgt_d_del_2, width_bucket(k.__pgt_del_2, k.__pgt_kept_2) + 1):cardinality(k.__pgt_kept_2)]
                   ELSE (k.__pgt_kept_2)[width_bucket(k.__pgt_del_2, k.__pgt_kept_2) + 1:cardinality(k.__pgt_kept_2)] END AS __pgt_best_2
                    FROM (
                      SELECT g.*,
                             CASE WHEN g.__pgt_ins_1 IS NULL OR (cardinality(g.__pgt_old_best_1) <> g.__pgt_old_nonnull_1 AND (cardinality(g.__pgt_old_best_1) = 0 OR g.__pgt_ins_1 > (g.__pgt_old_best_1)[cardinality(g.__pgt_old_best_1)])) THEN g.__pgt_old_best_1
                   WHEN g.__pgt_ins_1 = g.__pgt_ins_worst_1 THEN ((g.__pgt_old_best_1)[1:width_bucket(g.__pgt_ins_1, g.__pgt_old_best_1)] || array_fill(g.__pgt_ins_1, ARRAY[least(g.__pgt_d_ins_1, 8)::int]) || (g.__pgt_old_best_1)[width_bucket(g.__pgt_ins_1, g.__pgt_old_best_1) + 1:cardinality(g.__pgt_old_best_1)])[1:8]
                   ELSE ((g.__pgt_old_best_1)[1:width_bucket(g.__pgt_ins_1, g.__pgt_old_best_1)] || ARRAY[g.__pgt_ins_1])[1:8] END AS __pgt_kept_1,
                             CASE WHEN g.__pgt_ins_2 IS NULL OR (cardinality(g.__pgt_old_best_2) <> g.__pgt_old_nonnull_2 AND (cardinality(g.__pgt_old_best_2) = 0 OR g.__pgt_ins_2 < (g.__pgt_old_best_2)[1])) THEN g.__pgt_old_best_2
                   WHEN g.__pgt_ins_2 = g.__pgt_ins_worst_2 THEN ((g.__pgt_old_best_2)[1:width_bucket(g.__pgt_ins_2, g.__pgt_old_best_2)] || array_fill(g.__pgt_ins_2, ARRAY[least(g.__pgt_d_ins_2, 8)::int]) || (g.__pgt_old_best_2)[width_bucket(g.__pgt_ins_2, g.__pgt_old_best_2) + 1:cardinality(g.__pgt_old_best_2)])[greatest(cardinality(g.__pgt_old_best_2) + least(g.__pgt_d_ins_2, 8)::int + 1 - 8, 1):cardinality(g.__pgt_old_best_2) + least(g.__pgt_d_ins_2, 8)::int]
                   ELSE (ARRAY[g.__pgt_ins_2] || (g.__pgt_old_best_2)[width_bucket(g.__pgt_ins_2, g.__pgt_old_best_2) + 1:cardinality(g.__pgt_old_best_2)])[greatest(cardinality(g.__pgt_old_best_2) - width_bucket(g.__pgt_ins_2, g.__pgt_old_best_2) + 1 + 1 - 8, 1):cardinality(g.__pgt_old_best_2) - width_bucket(g.__pgt_ins_2, g.__pgt_old_best_2) + 1] END AS __pgt_kept_2
                        FROM __pgt_groups AS g
                      OFFSET 0
                    ) AS k
                  OFFSET 0
                ) AS a
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1, coalesce(r.__pgt_nonnull_1, 0) AS __pgt_nonnull_1, r.__pgt_best_1, r.__pgt_value_2, coalesce(r.__pgt_nonnull_2, 0) AS __pgt_nonnull_2, r.__pgt_best_2
                FROM __pgt_flagged AS g
                LEFT JOIN (
                  SELECT count(*) AS __pgt_count,
                         count(*) AS __pgt_value_0,
                         min(i.created_at) AS __pgt_value_1,
                         count(i.created_at) AS __pgt_nonnull_1,
                         (SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT i.created_at AS v FROM (
                      SELECT id, customer_id, status, created_at FROM public.orders
                    ) AS i WHERE i.created_at IS NOT NULL ORDER BY 1 LIMIT 8) AS b) AS __pgt_best_1,
                         max(i.created_at) AS __pgt_value_2,
                         count(i.created_at) AS __pgt_nonnull_2,
                         (SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT i.created_at AS v FROM (
                      SELECT id, customer_id, status, created_at FROM public.orders
                    ) AS i WHERE i.created_at IS NOT NULL ORDER BY 1 DESC LIMIT 8) AS b) AS __pgt_best_2
                    FROM (
                    SELECT id, customer_id, status, created_at FROM public.orders
                  ) AS i
                ) AS r ON true
               WHERE g.__pgt_rescan
            ),
            -- new state of each changed group: stored state + change, or the recomputed state
            __pgt_new_state AS (
              SELECT g.__pgt_ctid,
                     g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                     coalesce(g.__pgt_old_value_0, 0) + g.__pgt_d_value_0 AS __pgt_value_0,
                     (g.__pgt_best_1)[1] AS __pgt_value_1,
                     g.__pgt_old_nonnull_1 + g.__pgt_d_ins_1 - g.__pgt_d_del_1 AS __pgt_nonnull_1,
                     g.__pgt_best_1 AS __pgt_best_1,
                     (g.__pgt_best_2)[cardinality(g.__pgt_best_2)] AS __pgt_value_2,
                     g.__pgt_old_nonnull_2 + g.__pgt_d_ins_2 - g.__pgt_d_del_2 AS __pgt_nonnull_2,
                     g.__pgt_best_2 AS __pgt_best_2
                FROM __pgt_flagged AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows
            __pgt_apply AS (
              SELECT 0::bigint AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_value_0 AS orders,
                     n.__pgt_value_1 AS first_order,
                     n.__pgt_value_2 AS last_order,
                     n.__pgt_count,
                     n.__pgt_nonnull_1 AS __pgt_nonnull_1,
                     n.__pgt_nonnull_2 AS __pgt_nonnull_2,
                     n.__pgt_best_1 AS __pgt_best_1,
                     n.__pgt_best_2 AS __pgt_best_2,
                     true AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.order_stats AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET orders = a.orders, first_order = a.first_order, last_order = a.last_order, __pgt_count = a.__pgt_count, __pgt_nonnull_1 = a.__pgt_nonnull_1, __pgt_nonnull_2 = a.__pgt_nonnull_2, __pgt_best_1 = a.__pgt_best_1, __pgt_best_2 = a.__pgt_best_2
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (orders, first_order, last_order, __pgt_row_id, __pgt_count, __pgt_nonnull_1, __pgt_nonnull_2, __pgt_best_1, __pgt_best_2) VALUES (a.orders, a.first_order, a.last_order, a.__pgt_row_id, a.__pgt_count, a.__pgt_nonnull_1, a.__pgt_nonnull_2, a.__pgt_best_1, a.__pgt_best_2);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_3f03617b84bc4ef6 IS NOT NULL OR pg_trickle.children_layout('public.orders'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.orders'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.order_stats') THEN
        DELETE FROM public.order_stats;
    ELSE
        TRUNCATE public.order_stats;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.orders')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.order_stats' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.orders'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.order_stats' AND d.source_stable_name = 'public.orders';
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_b5459e3fb0ea4973 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT count(*) AS orders,
                     min(i.created_at) AS first_order,
                     max(i.created_at) AS last_order,
                     0::bigint AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     count(i.created_at) AS __pgt_nonnull_1,
                     count(i.created_at) AS __pgt_nonnull_2,
                     (SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT i.created_at AS v FROM (
                    SELECT id, customer_id, status, created_at FROM public.orders
                  ) AS i WHERE i.created_at IS NOT NULL ORDER BY 1 LIMIT 8) AS b) AS __pgt_best_1,
                     (SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT i.created_at AS v FROM (
                    SELECT id, customer_id, status, created_at FROM public.orders
                  ) AS i WHERE i.created_at IS NOT NULL ORDER BY 1 DESC LIMIT 8) AS b) AS __pgt_best_2
                FROM (
                  SELECT id, customer_id, status, created_at FROM public.orders
                ) AS i
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_b5459e3fb0ea4973 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.orders', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'order_stats'
        ),
        __pgt_release_3f03617b84bc4ef6 AS (
            DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
             WHERE __pgt_small_3f03617b84bc4ef6 AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.orders' AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.order_stats (orders, first_order, last_order, __pgt_row_id, __pgt_count, __pgt_nonnull_1, __pgt_nonnull_2, __pgt_best_1, __pgt_best_2)
        SELECT q.orders, q.first_order, q.last_order, q.__pgt_row_id, q.__pgt_count, q.__pgt_nonnull_1, q.__pgt_nonnull_2, q.__pgt_best_1, q.__pgt_best_2 FROM pg_temp.__pgt_full_b5459e3fb0ea4973 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_b5459e3fb0ea4973;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.orders', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'order_stats'
    ),
    __pgt_release_3f03617b84bc4ef6 AS (
        DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
         WHERE __pgt_small_3f03617b84bc4ef6 AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.orders' AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.order_stats (orders, first_order, last_order, __pgt_row_id, __pgt_count, __pgt_nonnull_1, __pgt_nonnull_2, __pgt_best_1, __pgt_best_2)
    SELECT * FROM (
      SELECT count(*) AS orders,
             min(i.created_at) AS first_order,
             max(i.created_at) AS last_order,
             0::bigint AS __pgt_row_id,
             count(*) AS __pgt_count,
             count(i.created_at) AS __pgt_nonnull_1,
             count(i.created_at) AS __pgt_nonnull_2,
             (SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT i.created_at AS v FROM (
            SELECT id, customer_id, status, created_at FROM public.orders
          ) AS i WHERE i.created_at IS NOT NULL ORDER BY 1 LIMIT 8) AS b) AS __pgt_best_1,
             (SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT i.created_at AS v FROM (
            SELECT id, customer_id, status, created_at FROM public.orders
          ) AS i WHERE i.created_at IS NOT NULL ORDER BY 1 DESC LIMIT 8) AS b) AS __pgt_best_2
        FROM (
          SELECT id, customer_id, status, created_at FROM public.orders
        ) AS i
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.order_stats', full => true);
ANALYZE public.order_stats;

-- ========================================================================
-- create stream table public.region_statuses
-- ========================================================================
-- trickle: stream table public.region_statuses
--
-- refresh mode: DIFFERENTIAL
-- schedule: 1m
-- maintenance: differential; each distinct row keeps a hidden count of its duplicates
--
-- defining query:
--   SELECT DISTINCT c.region, o.status FROM orders AS o JOIN customers AS c ON c.id = o.customer_id
--
-- operator tree:
--   distinct
--     project region, status
--       inner join on c_id = customer_id
--         scan public.orders AS o
--         scan public.customers AS c

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.region_statuses WITH (fillfactor = 50) AS
  SELECT r.region, r.status, hash_record_extended(ROW(r.region, r.status), 0) AS __pgt_row_id, count(*) AS __pgt_count
    FROM (
      SELECT i.region AS region, i.status AS status
        FROM (
        SELECT o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
          FROM public.orders AS o,
               public.customers AS c
         WHERE c.id = o.customer_id
      ) AS i
    ) AS r
   GROUP BY r.region, r.status
  WITH NO DATA;
ALTER TABLE public.region_statuses ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_e89e085e7a27387e ON public.region_statuses (__pgt_row_id);
COMMENT ON TABLE public.region_statuses IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.region_statuses'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'region_statuses', 'public.region_statuses', 'e89e085e7a27387e', 'SELECT DISTINCT c.region, o.status FROM orders AS o JOIN customers AS c ON c.id = o.customer_id', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'distinct', 'refresh_e89e085e7a27387e', 6, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.customers', 'TABLE', true, ARRAY['id', 'name', 'region', 'vip']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.region_statuses';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'status', 'created_at']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.region_statuses';

-- Refresh function, called by pg_trickle.refresh('public.region_statuses').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_e89e085e7a27387e(p_full boolean) RETURNS text
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
    __pgt_bound_f1a154d0f10b11d6 xid8;
    __pgt_small_f1a154d0f10b11d6 boolean;
    __pgt_bound_3f03617b84bc4ef6 xid8;
    __pgt_small_3f03617b84bc4ef6 boolean;
    __pgt_parts_f1a154d0f10b11d6 text;
    __pgt_parts_3f03617b84bc4ef6 text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.customers' AND d.consumes_changes AND r.stable_name <> 'public.region_statuses'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_f1a154d0f10b11d6'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.orders' AND d.consumes_changes AND r.stable_name <> 'public.region_statuses'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_3f03617b84bc4ef6'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.customers'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.orders')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_f1a154d0f10b11d6, __pgt_small_f1a154d0f10b11d6, __pgt_bound_3f03617b84bc4ef6, __pgt_small_3f03617b84bc4ef6, __pgt_parts_f1a154d0f10b11d6, __pgt_parts_3f03617b84bc4ef6
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.region_statuses';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.customers', 'public.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_f1a154d0f10b11d6 IS NOT NULL OR pg_trickle.children_layout('public.customers'::regclass) IS NOT NULL OR __pgt_parts_3f03617b84bc4ef6 IS NOT NULL OR pg_trickle.children_layout('public.orders'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.customers'::regclass, 'public.orders'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
             WHERE __pgt_small_f1a154d0f10b11d6 AND c.__pgt_xid < least(__pgt_bound_f1a154d0f10b11d6, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
             WHERE __pgt_small_3f03617b84bc4ef6 AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_f1a154d0f10b11d6'::regclass) > __pgt_full_ratio * pg_relation_size('public.customers'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.customers'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.customers', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_3f03617b84bc4ef6'::regclass) > __pgt_full_ratio * pg_relation_size('public.orders'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.orders'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.orders', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.customers', pg_current_snapshot()::text, 'public.orders', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'region_statuses'
            ),
            -- delete the changes of public.customers that every reader has consumed
            __pgt_release_f1a154d0f10b11d6 AS (
              DELETE FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
               WHERE __pgt_small_f1a154d0f10b11d6 AND c.__pgt_xid < least(__pgt_bound_f1a154d0f10b11d6, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.orders that every reader has consumed
            __pgt_release_3f03617b84bc4ef6 AS (
              DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
               WHERE __pgt_small_3f03617b84bc4ef6 AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.orders: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.status, c.created_at
                FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.region, c.vip
                FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(o) JOIN c
            --   + o' JOIN d(c)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT o.__pgt_w * c.__pgt_w AS __pgt_w, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
                FROM delta_orders AS o,
                     (
                SELECT 1 AS __pgt_w, id, name, region, vip FROM public.customers
                UNION ALL
                SELECT -__pgt_w, id, name, region, vip FROM delta_customers
              ) AS c
               WHERE c.id = o.customer_id
              UNION ALL
              SELECT c.__pgt_w AS __pgt_w, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
                FROM public.orders AS o,
                     delta_customers AS c
               WHERE c.id = o.customer_id
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.region AS region, d.status AS status
                FROM delta_join AS d
            ),
            -- distinct: net change in the multiplicity of each row
            __pgt_net AS (
              SELECT d.region, d.status, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.region, d.status
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- new multiplicity = stored multiplicity + change; a row stays while it is positive
            __pgt_apply AS (
              SELECT hash_record_extended(ROW(n.region, n.status), 0) AS __pgt_row_id, n.region, n.status, coalesce(s.__pgt_count, 0) + n.__pgt_w AS __pgt_count
                FROM __pgt_net AS n
                LEFT JOIN public.region_statuses AS s ON s.__pgt_row_id = hash_record_extended(ROW(n.region, n.status), 0) AND s.region IS NOT DISTINCT FROM n.region AND s.status = n.status
            )
            MERGE INTO public.region_statuses AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.region IS NOT DISTINCT FROM a.region AND s.status = a.status
             WHEN MATCHED AND a.__pgt_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_count > 0 THEN INSERT (region, status, __pgt_row_id, __pgt_count) VALUES (a.region, a.status, a.__pgt_row_id, a.__pgt_count);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.customers', 'public.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_f1a154d0f10b11d6 IS NOT NULL OR pg_trickle.children_layout('public.customers'::regclass) IS NOT NULL OR __pgt_parts_3f03617b84bc4ef6 IS NOT NULL OR pg_trickle.children_layout('public.orders'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.customers'::regclass, 'public.orders'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.region_statuses') THEN
        DELETE FROM public.region_statuses;
    ELSE
        TRUNCATE public.region_statuses;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.customers'), ('public.orders')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.region_statuses' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.customers'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.region_statuses' AND d.source_stable_name = 'public.customers';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.orders'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.region_statuses' AND d.source_stable_name = 'public.orders';
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_e89e085e7a27387e ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT r.region, r.status, hash_record_extended(ROW(r.region, r.status), 0) AS __pgt_row_id, count(*) AS __pgt_count
                FROM (
                  SELECT i.region AS region, i.status AS status
                    FROM (
                    SELECT o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
                      FROM public.orders AS o,
                           public.customers AS c
                     WHERE c.id = o.customer_id
                  ) AS i
                ) AS r
               GROUP BY r.region, r.status
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_e89e085e7a27387e AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.customers', __pgt_full_snapshot::text, 'public.orders', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'region_statuses'
        ),
        __pgt_release_f1a154d0f10b11d6 AS (
            DELETE FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
             WHERE __pgt_small_f1a154d0f10b11d6 AND c.__pgt_xid < least(__pgt_bound_f1a154d0f10b11d6, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_3f03617b84bc4ef6 AS (
            DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
             WHERE __pgt_small_3f03617b84bc4ef6 AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.customers' AND c.__pgt_xid < least(__pgt_bound_f1a154d0f10b11d6, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'public.orders' AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.region_statuses (region, status, __pgt_row_id, __pgt_count)
        SELECT q.region, q.status, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_e89e085e7a27387e AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_e89e085e7a27387e;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.customers', pg_current_snapshot()::text, 'public.orders', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'region_statuses'
    ),
    __pgt_release_f1a154d0f10b11d6 AS (
        DELETE FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
         WHERE __pgt_small_f1a154d0f10b11d6 AND c.__pgt_xid < least(__pgt_bound_f1a154d0f10b11d6, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_3f03617b84bc4ef6 AS (
        DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
         WHERE __pgt_small_3f03617b84bc4ef6 AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.customers' AND c.__pgt_xid < least(__pgt_bound_f1a154d0f10b11d6, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.orders' AND c.__pgt_xid < least(__pgt_bound_3f03617b84bc4ef6, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.region_statuses (region, status, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT r.region, r.status, hash_record_extended(ROW(r.region, r.status), 0) AS __pgt_row_id, count(*) AS __pgt_count
        FROM (
          SELECT i.region AS region, i.status AS status
            FROM (
            SELECT o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
              FROM public.orders AS o,
                   public.customers AS c
             WHERE c.id = o.customer_id
          ) AS i
        ) AS r
       GROUP BY r.region, r.status
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.region_statuses', full => true);
ANALYZE public.region_statuses;

-- ========================================================================
-- create stream table public.revenue_totals
-- ========================================================================
-- trickle: stream table public.revenue_totals
--
-- refresh mode: DIFFERENTIAL
-- schedule: 1m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT count(*) AS customers, sum(items) AS items, max(dearest) AS dearest FROM customer_revenue
--
-- operator tree:
--   project __pgt_a0 AS customers, __pgt_a1 AS items, __pgt_a2 AS dearest
--     aggregate count(*), sum(items), max(dearest) (one group)
--       scan public.customer_revenue (stream table)

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_1, __pgt_nonnull_2, __pgt_best_2).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.revenue_totals WITH (fillfactor = 50) AS
  SELECT count(*) AS customers,
         sum(i.items) AS items,
         max(i.dearest) AS dearest,
         0::bigint AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i.items) AS __pgt_nonnull_1,
         count(i.dearest) AS __pgt_nonnull_2,
         (SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT i.dearest AS v FROM (
        SELECT customer_id, name, lines, discounted_lines, items, avg_quantity, cheapest, dearest FROM public.customer_revenue
      ) AS i WHERE i.dearest IS NOT NULL ORDER BY 1 DESC LIMIT 8) AS b) AS __pgt_best_2
    FROM (
      SELECT customer_id, name, lines, discounted_lines, items, avg_quantity, cheapest, dearest FROM public.customer_revenue
    ) AS i
  WITH NO DATA;
ALTER TABLE public.revenue_totals ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_4c3780406d05a4be ON public.revenue_totals (__pgt_row_id);
COMMENT ON TABLE public.revenue_totals IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.revenue_totals'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'revenue_totals', 'public.revenue_totals', '4c3780406d05a4be', 'SELECT count(*) AS customers, sum(items) AS items, max(dearest) AS dearest FROM customer_revenue', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_4c3780406d05a4be', 7, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.customer_revenue', 'STREAM_TABLE', true, ARRAY['customer_id', 'name', 'lines', 'discounted_lines', 'items', 'avg_quantity', 'cheapest', 'dearest']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.revenue_totals';

-- Refresh function, called by pg_trickle.refresh('public.revenue_totals').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_4c3780406d05a4be(p_full boolean) RETURNS text
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
    __pgt_bound_d10e8c8a21cccf94 xid8;
    __pgt_small_d10e8c8a21cccf94 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.customer_revenue') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.customer_revenue' AND d.consumes_changes AND r.stable_name <> 'public.revenue_totals'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_d10e8c8a21cccf94'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_d10e8c8a21cccf94, __pgt_small_d10e8c8a21cccf94
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.revenue_totals';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.customer_revenue') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c
             WHERE __pgt_small_d10e8c8a21cccf94 AND c.__pgt_xid < least(__pgt_bound_d10e8c8a21cccf94, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_d10e8c8a21cccf94'::regclass) > __pgt_full_ratio * pg_relation_size('public.customer_revenue'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.customer_revenue'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.customer_revenue', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.customer_revenue', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'revenue_totals'
            ),
            -- delete the changes of public.customer_revenue that every reader has consumed
            __pgt_release_d10e8c8a21cccf94 AS (
              DELETE FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c
               WHERE __pgt_small_d10e8c8a21cccf94 AND c.__pgt_xid < least(__pgt_bound_d10e8c8a21cccf94, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.customer_revenue: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customer_revenue AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.customer_id, c.name, c.lines, c.discounted_lines, c.items, c.avg_quantity, c.cheapest, c.dearest
                FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes (no GROUP BY: one group)
            __pgt_delta_groups AS (
              SELECT sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.items IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                     CASE WHEN sum(d.items) FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(d.items) FILTER (WHERE d.__pgt_w > 0) WHEN sum(d.items) FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(d.items) FILTER (WHERE d.__pgt_w < 0)) ELSE sum(d.items) FILTER (WHERE d.__pgt_w > 0) - sum(d.items) FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_1,
                     count(*) FILTER (WHERE d.__pgt_w > 0 AND d.dearest IS NOT NULL) AS __pgt_d_ins_2,
                     count(*) FILTER (WHERE d.__pgt_w < 0 AND d.dearest IS NOT NULL) AS __pgt_d_del_2,
                     min(d.dearest) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_worst_2,
                     min(d.dearest) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_worst_2,
                     max(d.dearest) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_2,
                     max(d.dearest) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_2
                FROM delta_customer_revenue AS d
              HAVING count(*) > 0
            ),
            -- each changed group with its stored state; a group is recomputed from the sources when deletions took every value a MIN/MAX kept or a NaN or an infinity entered or left a SUM or AVG
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.customers AS __pgt_old_value_0,
                     s.items AS __pgt_old_value_1,
                     s.dearest AS __pgt_old_value_2,
                     coalesce(s.__pgt_nonnull_1, 0) AS __pgt_old_nonnull_1,
                     coalesce(s.__pgt_nonnull_2, 0) AS __pgt_old_nonnull_2,
                     coalesce(s.__pgt_best_2, '{}') AS __pgt_old_best_2,
                     coalesce(g.__pgt_d_value_1::text IN ('NaN', 'Infinity', '-Infinity', 'infinity', '-infinity'), false) AS __pgt_recompute
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.revenue_totals AS s ON s.__pgt_row_id = 0::bigint
            ),
            -- each changed group with the best values of its MIN/MAX after the change; it is recomputed from the sources when a MIN/MAX with values has none left, or for a reason above
            __pgt_flagged AS (
              SELECT a.*,
                     a.__pgt_recompute
                         OR (coalesce(cardinality(a.__pgt_best_2), 0) = 0 AND a.__pgt_old_nonnull_2 + a.__pgt_d_ins_2 - a.__pgt_d_del_2 > 0)
                         AS __pgt_rescan
                FROM (
                  SELECT k.*,
                         CASE WHEN k.__pgt_del_2 IS NULL OR (cardinality(k.__pgt_kept_2) <> k.__pgt_old_nonnull_2 + k.__pgt_d_ins_2 AND (cardinality(k.__pgt_kept_2) = 0 OR k.__pgt_del_2 < (k.__pgt_kept_2)[1])) THEN k.__pgt_kept_2
                   WHEN k.__pgt_del_2 = k.__pgt_del_worst_2 THEN (k.__pgt_kept_2)[1:array_position(k.__pgt_kept_2, k.__pgt_del_2) - 1] || (k.__pgt_kept_2)[least(array_position(k.__pgt_kept_2, k.__pgt_del_2) + k.__pgt_d_del_2, width_bucket(k.__pgt_del_2, k.__pgt_kept_2) + 1):cardinality(k.__pgt_kept_2)]
                   ELSE (k.__pgt_kept_2)[width_bucket(k.__pgt_del_2, k.__pgt_kept_2) + 1:cardinality(k.__pgt_kept_2)] END AS __pgt_best_2
                    FROM (
                      SELECT g.*,
                             CASE WHEN g.__pgt_ins_2 IS NULL OR (cardinality(g.__pgt_old_best_2) <> g.__pgt_old_nonnull_2 AND (cardinality(g.__pgt_old_best_2) = 0 OR g.__pgt_ins_2 < (g.__pgt_old_best_2)[1])) THEN g.__pgt_old_best_2
                   WHEN g.__pgt_ins_2 = g.__pgt_ins_worst_2 THEN ((g.__pgt_old_best_2)[1:width_bucket(g.__pgt_ins_2, g.__pgt_old_best_2)] || array_fill(g.__pgt_ins_2, ARRAY[least(g.__pgt_d_ins_2, 8)::int]) || (g.__pgt_old_best_2)[width_bucket(g.__pgt_ins_2, g.__pgt_old_best_2) + 1:cardinality(g.__pgt_old_best_2)])[greatest(cardinality(g.__pgt_old_best_2) + least(g.__pgt_d_ins_2, 8)::int + 1 - 8, 1):cardinality(g.__pgt_old_best_2) + least(g.__pgt_d_ins_2, 8)::int]
                   ELSE (ARRAY[g.__pgt_ins_2] || (g.__pgt_old_best_2)[width_bucket(g.__pgt_ins_2, g.__pgt_old_best_2) + 1:cardinality(g.__pgt_old_best_2)])[greatest(cardinality(g.__pgt_old_best_2) - width_bucket(g.__pgt_ins_2, g.__pgt_old_best_2) + 1 + 1 - 8, 1):cardinality(g.__pgt_old_best_2) - width_bucket(g.__pgt_ins_2, g.__pgt_old_best_2) + 1] END AS __pgt_kept_2
                        FROM __pgt_groups AS g
                      OFFSET 0
                    ) AS k
                  OFFSET 0
                ) AS a
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1, coalesce(r.__pgt_nonnull_1, 0) AS __pgt_nonnull_1, r.__pgt_value_2, coalesce(r.__pgt_nonnull_2, 0) AS __pgt_nonnull_2, r.__pgt_best_2
                FROM __pgt_flagged AS g
                LEFT JOIN (
                  SELECT count(*) AS __pgt_count,
                         count(*) AS __pgt_value_0,
                         sum(i.items) AS __pgt_value_1,
                         count(i.items) AS __pgt_nonnull_1,
                         max(i.dearest) AS __pgt_value_2,
                         count(i.dearest) AS __pgt_nonnull_2,
                         (SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT i.dearest AS v FROM (
                      SELECT customer_id, name, lines, discounted_lines, items, avg_quantity, cheapest, dearest FROM public.customer_revenue
                    ) AS i WHERE i.dearest IS NOT NULL ORDER BY 1 DESC LIMIT 8) AS b) AS __pgt_best_2
                    FROM (
                    SELECT customer_id, name, lines, discounted_lines, items, avg_quantity, cheapest, dearest FROM public.customer_revenue
                  ) AS i
                ) AS r ON true
               WHERE g.__pgt_rescan
            ),
            -- new state of each changed group: stored state + change, or the recomputed state
            __pgt_new_state AS (
              SELECT g.__pgt_ctid,
                     g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                     coalesce(g.__pgt_old_value_0, 0) + g.__pgt_d_value_0 AS __pgt_value_0,
                     CASE WHEN g.__pgt_old_nonnull_1 + g.__pgt_d_nonnull_1 = 0 THEN NULL WHEN g.__pgt_old_value_1 IS NULL THEN g.__pgt_d_value_1 WHEN g.__pgt_d_value_1 IS NULL THEN g.__pgt_old_value_1 ELSE g.__pgt_old_value_1 + g.__pgt_d_value_1 END AS __pgt_value_1,
                     g.__pgt_old_nonnull_1 + g.__pgt_d_nonnull_1 AS __pgt_nonnull_1,
                     (g.__pgt_best_2)[cardinality(g.__pgt_best_2)] AS __pgt_value_2,
                     g.__pgt_old_nonnull_2 + g.__pgt_d_ins_2 - g.__pgt_d_del_2 AS __pgt_nonnull_2,
                     g.__pgt_best_2 AS __pgt_best_2
                FROM __pgt_flagged AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows
            __pgt_apply AS (
              SELECT 0::bigint AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_value_0 AS customers,
                     n.__pgt_value_1 AS items,
                     n.__pgt_value_2 AS dearest,
                     n.__pgt_count,
                     n.__pgt_nonnull_1 AS __pgt_nonnull_1,
                     n.__pgt_nonnull_2 AS __pgt_nonnull_2,
                     n.__pgt_best_2 AS __pgt_best_2,
                     true AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.revenue_totals AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET customers = a.customers, items = a.items, dearest = a.dearest, __pgt_count = a.__pgt_count, __pgt_nonnull_1 = a.__pgt_nonnull_1, __pgt_nonnull_2 = a.__pgt_nonnull_2, __pgt_best_2 = a.__pgt_best_2
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (customers, items, dearest, __pgt_row_id, __pgt_count, __pgt_nonnull_1, __pgt_nonnull_2, __pgt_best_2) VALUES (a.customers, a.items, a.dearest, a.__pgt_row_id, a.__pgt_count, a.__pgt_nonnull_1, a.__pgt_nonnull_2, a.__pgt_best_2);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.customer_revenue') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.revenue_totals') THEN
        DELETE FROM public.revenue_totals;
    ELSE
        TRUNCATE public.revenue_totals;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.customer_revenue')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.revenue_totals' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_4c3780406d05a4be ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT count(*) AS customers,
                     sum(i.items) AS items,
                     max(i.dearest) AS dearest,
                     0::bigint AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     count(i.items) AS __pgt_nonnull_1,
                     count(i.dearest) AS __pgt_nonnull_2,
                     (SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT i.dearest AS v FROM (
                    SELECT customer_id, name, lines, discounted_lines, items, avg_quantity, cheapest, dearest FROM public.customer_revenue
                  ) AS i WHERE i.dearest IS NOT NULL ORDER BY 1 DESC LIMIT 8) AS b) AS __pgt_best_2
                FROM (
                  SELECT customer_id, name, lines, discounted_lines, items, avg_quantity, cheapest, dearest FROM public.customer_revenue
                ) AS i
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_4c3780406d05a4be AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.customer_revenue', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'revenue_totals'
        ),
        __pgt_release_d10e8c8a21cccf94 AS (
            DELETE FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c
             WHERE __pgt_small_d10e8c8a21cccf94 AND c.__pgt_xid < least(__pgt_bound_d10e8c8a21cccf94, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.customer_revenue' AND c.__pgt_xid < least(__pgt_bound_d10e8c8a21cccf94, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.revenue_totals (customers, items, dearest, __pgt_row_id, __pgt_count, __pgt_nonnull_1, __pgt_nonnull_2, __pgt_best_2)
        SELECT q.customers, q.items, q.dearest, q.__pgt_row_id, q.__pgt_count, q.__pgt_nonnull_1, q.__pgt_nonnull_2, q.__pgt_best_2 FROM pg_temp.__pgt_full_4c3780406d05a4be AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_4c3780406d05a4be;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.customer_revenue', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'revenue_totals'
    ),
    __pgt_release_d10e8c8a21cccf94 AS (
        DELETE FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c
         WHERE __pgt_small_d10e8c8a21cccf94 AND c.__pgt_xid < least(__pgt_bound_d10e8c8a21cccf94, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.customer_revenue' AND c.__pgt_xid < least(__pgt_bound_d10e8c8a21cccf94, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.revenue_totals (customers, items, dearest, __pgt_row_id, __pgt_count, __pgt_nonnull_1, __pgt_nonnull_2, __pgt_best_2)
    SELECT * FROM (
      SELECT count(*) AS customers,
             sum(i.items) AS items,
             max(i.dearest) AS dearest,
             0::bigint AS __pgt_row_id,
             count(*) AS __pgt_count,
             count(i.items) AS __pgt_nonnull_1,
             count(i.dearest) AS __pgt_nonnull_2,
             (SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT i.dearest AS v FROM (
            SELECT customer_id, name, lines, discounted_lines, items, avg_quantity, cheapest, dearest FROM public.customer_revenue
          ) AS i WHERE i.dearest IS NOT NULL ORDER BY 1 DESC LIMIT 8) AS b) AS __pgt_best_2
        FROM (
          SELECT customer_id, name, lines, discounted_lines, items, avg_quantity, cheapest, dearest FROM public.customer_revenue
        ) AS i
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.revenue_totals', full => true);
ANALYZE public.revenue_totals;

-- ========================================================================
-- refresh order (dependencies first)
-- ========================================================================
UPDATE pg_trickle.pgt_stream_tables
   SET refresh_order = CASE stable_name
                         WHEN 'public.customer_revenue' THEN 0
                         WHEN 'public.big_customers' THEN 1
                         WHEN 'public.busy_regions' THEN 2
                         WHEN 'public.open_orders' THEN 3
                         WHEN 'public.order_line_details' THEN 4
                         WHEN 'public.order_stats' THEN 5
                         WHEN 'public.region_statuses' THEN 6
                         WHEN 'public.revenue_totals' THEN 7
                         ELSE refresh_order END
 WHERE stable_name IN ('public.customer_revenue', 'public.big_customers', 'public.busy_regions', 'public.open_orders', 'public.order_line_details', 'public.order_stats', 'public.region_statuses', 'public.revenue_totals');

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

CALL pg_trickle.end_migration('shop', 1, 'initial');

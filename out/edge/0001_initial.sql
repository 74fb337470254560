-- trickle migration 0001_initial of project edge
--
-- Changes:
--   create the pg_trickle catalog (if missing)
--   create stream table Sales.All Refs
--   create stream table Sales.Checked Qty
--   create stream table Sales.Item Totals
--   create stream table Sales.Qty By Region
--   create stream table Sales.Unit Shares
--   create stream table Sales.order
--   create stream table audit.failures
--   create stream table audit.login_badges
--   create stream table audit.open_sessions
--   create stream table public.Customer Items
--   create stream table public.Tagged Items
--   create stream table public.code_counts
--   create stream table public.code_labels
--   create stream table public.code_matches
--   create stream table public.code_totals
--   create stream table public.customer_item_counts
--   create stream table public.event_kinds
--   create stream table public.event_payload_tags
--   create stream table public.event_rows
--   create stream table public.event_stats
--   create stream table public.event_tag_values
--   create stream table public.every_name
--   create stream table public.has_nickname
--   create stream table public.login_counts
--   create stream table public.matched_nicknames
--   create stream table public.nickname_counts
--   create stream table public.nickname_extremes
--   create stream table public.nickname_groups
--   create stream table public.nickname_totals
--   create stream table public.nickname_values
--   create stream table public.plain_name_counts
--   create stream table public.qty_halves
--   create stream table public.renamed_people
--   create stream table public.unaliased_people
--   create stream table public.unmatched_nicknames
--   capture changes of Sales.Order Items
--   capture changes of audit.logins
--   capture changes of public.Customers
--   capture changes of audit.entries
--   capture changes of public.badges
--   capture changes of audit.sessions
--   capture changes of public.codes
--   capture changes of public.holders
--   capture changes of public.events
--   capture changes of public.nicknames
--   capture changes of public.people
--   capture changes of public.aliases
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

CALL pg_trickle.begin_migration('edge', 1, 'initial');

-- ========================================================================
-- capture changes of Sales.Order Items
-- ========================================================================
-- trickle: change capture for Sales.Order Items (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_beb66fa32e5d012c: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_beb66fa32e5d012c AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s."Item ID", s."Order Ref", s."SKU", s."Qty", s."Unit Price", s."Tags", s."Attrs", s."Created At"
  FROM "Sales"."Order Items" AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_beb66fa32e5d012c
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_beb66fa32e5d012c IS 'trickle: changes of Sales.Order Items';
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
                WHERE d.source_stable_name = 'Sales.Order Items' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['Item ID', 'Order Ref', 'SKU', 'Qty', 'Unit Price', 'Tags', 'Attrs', 'Created At']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', '"Sales"."Order Items"'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['Item ID', 'Order Ref', 'SKU', 'Qty', 'Unit Price', 'Tags', 'Attrs', 'Created At']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = '"Sales"."Order Items"'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_beb66fa32e5d012c'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_beb66fa32e5d012c'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['Item ID', 'Order Ref', 'SKU', 'Qty', 'Unit Price', 'Tags', 'Attrs', 'Created At']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = '"Sales"."Order Items"'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_beb66fa32e5d012c'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_beb66fa32e5d012c'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('Sales.Order Items')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_beb66fa32e5d012c() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_beb66fa32e5d012c (__pgt_action, "Item ID", "Order Ref", "SKU", "Qty", "Unit Price", "Tags", "Attrs", "Created At")
        SELECT 'I', n."Item ID", n."Order Ref", n."SKU", n."Qty", n."Unit Price", n."Tags", n."Attrs", n."Created At" FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_beb66fa32e5d012c (__pgt_action, "Item ID", "Order Ref", "SKU", "Qty", "Unit Price", "Tags", "Attrs", "Created At")
        SELECT 'D', o."Item ID", o."Order Ref", o."SKU", o."Qty", o."Unit Price", o."Tags", o."Attrs", o."Created At" FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n."Item ID", n."Order Ref", n."SKU", n."Qty", n."Unit Price", n."Tags", n."Attrs", n."Created At" FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_beb66fa32e5d012c (__pgt_action, "Item ID", "Order Ref", "SKU", "Qty", "Unit Price", "Tags", "Attrs", "Created At")
        SELECT 'D', o."Item ID", o."Order Ref", o."SKU", o."Qty", o."Unit Price", o."Tags", o."Attrs", o."Created At" FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('Sales.Order Items');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_beb66fa32e5d012c AFTER INSERT ON "Sales"."Order Items"
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_beb66fa32e5d012c();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_beb66fa32e5d012c AFTER UPDATE ON "Sales"."Order Items"
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_beb66fa32e5d012c();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_beb66fa32e5d012c AFTER DELETE ON "Sales"."Order Items"
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_beb66fa32e5d012c();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_beb66fa32e5d012c AFTER TRUNCATE ON "Sales"."Order Items"
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_beb66fa32e5d012c();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE "Sales"."Order Items" ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_beb66fa32e5d012c;
ALTER TABLE "Sales"."Order Items" ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_beb66fa32e5d012c;
ALTER TABLE "Sales"."Order Items" ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_beb66fa32e5d012c;
ALTER TABLE "Sales"."Order Items" ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_beb66fa32e5d012c;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('Sales.Order Items', 'Sales', 'Order Items', 'beb66fa32e5d012c', 'pg_trickle_changes', 'changes_beb66fa32e5d012c', 'pg_trickle_cdc_fn_beb66fa32e5d012c', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of audit.entries
-- ========================================================================
-- trickle: change capture for audit.entries (table)
--
-- A partitioned table: row-level AFTER triggers, which PostgreSQL clones onto
-- every partition, present and future, and fires whichever table a statement
-- names, copy every changed row into the change buffer pg_trickle_changes.changes_27c47cbd391b9a54: an
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
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_27c47cbd391b9a54 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.id, s.at
  FROM audit.entries AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_27c47cbd391b9a54
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_27c47cbd391b9a54 IS 'trickle: changes of audit.entries';
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
                WHERE d.source_stable_name = 'audit.entries' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['id', 'at']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'audit.entries'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['id', 'at']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'audit.entries'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_27c47cbd391b9a54'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_27c47cbd391b9a54'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['id', 'at']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'audit.entries'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_27c47cbd391b9a54'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_27c47cbd391b9a54'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('audit.entries')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_27c47cbd391b9a54() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_27c47cbd391b9a54 (__pgt_action, id, at)
        VALUES ('I', new.id, new.at);
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_27c47cbd391b9a54 (__pgt_action, id, at)
        VALUES ('D', old.id, old.at), ('I', new.id, new.at);
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_27c47cbd391b9a54 (__pgt_action, id, at)
        VALUES ('D', old.id, old.at);
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('audit.entries');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_27c47cbd391b9a54 AFTER INSERT ON audit.entries
  FOR EACH ROW EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_27c47cbd391b9a54();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_27c47cbd391b9a54 AFTER UPDATE ON audit.entries
  FOR EACH ROW EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_27c47cbd391b9a54();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_27c47cbd391b9a54 AFTER DELETE ON audit.entries
  FOR EACH ROW EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_27c47cbd391b9a54();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_27c47cbd391b9a54 AFTER TRUNCATE ON audit.entries
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_27c47cbd391b9a54();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE audit.entries ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_27c47cbd391b9a54;
ALTER TABLE audit.entries ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_27c47cbd391b9a54;
ALTER TABLE audit.entries ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_27c47cbd391b9a54;
ALTER TABLE audit.entries ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_27c47cbd391b9a54;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('audit.entries', 'audit', 'entries', '27c47cbd391b9a54', 'pg_trickle_changes', 'changes_27c47cbd391b9a54', 'pg_trickle_cdc_fn_27c47cbd391b9a54', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of audit.logins
-- ========================================================================
-- trickle: change capture for audit.logins (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_6a98fa9afc67d568: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_6a98fa9afc67d568 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.id, s."user", s.ok, s.cost, s.took
  FROM audit.logins AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_6a98fa9afc67d568
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_6a98fa9afc67d568 IS 'trickle: changes of audit.logins';
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
                WHERE d.source_stable_name = 'audit.logins' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['id', 'user', 'ok', 'cost', 'took']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'audit.logins'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['id', 'user', 'ok', 'cost', 'took']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'audit.logins'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_6a98fa9afc67d568'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_6a98fa9afc67d568'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['id', 'user', 'ok', 'cost', 'took']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'audit.logins'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_6a98fa9afc67d568'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_6a98fa9afc67d568'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('audit.logins')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_6a98fa9afc67d568() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_6a98fa9afc67d568 (__pgt_action, id, "user", ok, cost, took)
        SELECT 'I', n.id, n."user", n.ok, n.cost, n.took FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_6a98fa9afc67d568 (__pgt_action, id, "user", ok, cost, took)
        SELECT 'D', o.id, o."user", o.ok, o.cost, o.took FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.id, n."user", n.ok, n.cost, n.took FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_6a98fa9afc67d568 (__pgt_action, id, "user", ok, cost, took)
        SELECT 'D', o.id, o."user", o.ok, o.cost, o.took FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('audit.logins');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_6a98fa9afc67d568 AFTER INSERT ON audit.logins
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_6a98fa9afc67d568();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_6a98fa9afc67d568 AFTER UPDATE ON audit.logins
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_6a98fa9afc67d568();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_6a98fa9afc67d568 AFTER DELETE ON audit.logins
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_6a98fa9afc67d568();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_6a98fa9afc67d568 AFTER TRUNCATE ON audit.logins
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_6a98fa9afc67d568();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE audit.logins ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_6a98fa9afc67d568;
ALTER TABLE audit.logins ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_6a98fa9afc67d568;
ALTER TABLE audit.logins ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_6a98fa9afc67d568;
ALTER TABLE audit.logins ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_6a98fa9afc67d568;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('audit.logins', 'audit', 'logins', '6a98fa9afc67d568', 'pg_trickle_changes', 'changes_6a98fa9afc67d568', 'pg_trickle_cdc_fn_6a98fa9afc67d568', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of audit.sessions
-- ========================================================================
-- trickle: change capture for audit.sessions (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_8ab3c94fa195b116: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_8ab3c94fa195b116 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.token, s."user", s.started
  FROM audit.sessions AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_8ab3c94fa195b116
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_8ab3c94fa195b116 IS 'trickle: changes of audit.sessions';
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
                WHERE d.source_stable_name = 'audit.sessions' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['token', 'user', 'started']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'audit.sessions'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['token', 'user', 'started']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'audit.sessions'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_8ab3c94fa195b116'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_8ab3c94fa195b116'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['token', 'user', 'started']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'audit.sessions'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_8ab3c94fa195b116'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_8ab3c94fa195b116'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('audit.sessions')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_8ab3c94fa195b116() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_8ab3c94fa195b116 (__pgt_action, token, "user", started)
        SELECT 'I', n.token, n."user", n.started FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_8ab3c94fa195b116 (__pgt_action, token, "user", started)
        SELECT 'D', o.token, o."user", o.started FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.token, n."user", n.started FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_8ab3c94fa195b116 (__pgt_action, token, "user", started)
        SELECT 'D', o.token, o."user", o.started FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('audit.sessions');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_8ab3c94fa195b116 AFTER INSERT ON audit.sessions
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_8ab3c94fa195b116();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_8ab3c94fa195b116 AFTER UPDATE ON audit.sessions
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_8ab3c94fa195b116();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_8ab3c94fa195b116 AFTER DELETE ON audit.sessions
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_8ab3c94fa195b116();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_8ab3c94fa195b116 AFTER TRUNCATE ON audit.sessions
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_8ab3c94fa195b116();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE audit.sessions ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_8ab3c94fa195b116;
ALTER TABLE audit.sessions ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_8ab3c94fa195b116;
ALTER TABLE audit.sessions ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_8ab3c94fa195b116;
ALTER TABLE audit.sessions ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_8ab3c94fa195b116;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('audit.sessions', 'audit', 'sessions', '8ab3c94fa195b116', 'pg_trickle_changes', 'changes_8ab3c94fa195b116', 'pg_trickle_cdc_fn_8ab3c94fa195b116', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of public.Customers
-- ========================================================================
-- trickle: change capture for public.Customers (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_a00bb99dadf5f410: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_a00bb99dadf5f410 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.id, s."Name", s."Region", s.nicknames
  FROM public."Customers" AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_a00bb99dadf5f410
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_a00bb99dadf5f410 IS 'trickle: changes of public.Customers';
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
                WHERE d.source_stable_name = 'public.Customers' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['id', 'Name', 'Region', 'nicknames']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'public."Customers"'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['id', 'Name', 'Region', 'nicknames']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public."Customers"'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_a00bb99dadf5f410'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_a00bb99dadf5f410'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['id', 'Name', 'Region', 'nicknames']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public."Customers"'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_a00bb99dadf5f410'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_a00bb99dadf5f410'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.Customers')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_a00bb99dadf5f410() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_a00bb99dadf5f410 (__pgt_action, id, "Name", "Region", nicknames)
        SELECT 'I', n.id, n."Name", n."Region", n.nicknames FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_a00bb99dadf5f410 (__pgt_action, id, "Name", "Region", nicknames)
        SELECT 'D', o.id, o."Name", o."Region", o.nicknames FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.id, n."Name", n."Region", n.nicknames FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_a00bb99dadf5f410 (__pgt_action, id, "Name", "Region", nicknames)
        SELECT 'D', o.id, o."Name", o."Region", o.nicknames FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.Customers');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_a00bb99dadf5f410 AFTER INSERT ON public."Customers"
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_a00bb99dadf5f410();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_a00bb99dadf5f410 AFTER UPDATE ON public."Customers"
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_a00bb99dadf5f410();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_a00bb99dadf5f410 AFTER DELETE ON public."Customers"
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_a00bb99dadf5f410();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_a00bb99dadf5f410 AFTER TRUNCATE ON public."Customers"
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_a00bb99dadf5f410();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE public."Customers" ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_a00bb99dadf5f410;
ALTER TABLE public."Customers" ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_a00bb99dadf5f410;
ALTER TABLE public."Customers" ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_a00bb99dadf5f410;
ALTER TABLE public."Customers" ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_a00bb99dadf5f410;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.Customers', 'public', 'Customers', 'a00bb99dadf5f410', 'pg_trickle_changes', 'changes_a00bb99dadf5f410', 'pg_trickle_cdc_fn_a00bb99dadf5f410', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of public.aliases
-- ========================================================================
-- trickle: change capture for public.aliases (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_c1686fc1653fee6f: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_c1686fc1653fee6f AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.id, s.name, s.exact
  FROM public.aliases AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_c1686fc1653fee6f
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_c1686fc1653fee6f IS 'trickle: changes of public.aliases';
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
                WHERE d.source_stable_name = 'public.aliases' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['id', 'name', 'exact']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'public.aliases'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['id', 'name', 'exact']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.aliases'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_c1686fc1653fee6f'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_c1686fc1653fee6f'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['id', 'name', 'exact']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.aliases'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_c1686fc1653fee6f'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_c1686fc1653fee6f'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.aliases')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_c1686fc1653fee6f() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_c1686fc1653fee6f (__pgt_action, id, name, exact)
        SELECT 'I', n.id, n.name, n.exact FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_c1686fc1653fee6f (__pgt_action, id, name, exact)
        SELECT 'D', o.id, o.name, o.exact FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.id, n.name, n.exact FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_c1686fc1653fee6f (__pgt_action, id, name, exact)
        SELECT 'D', o.id, o.name, o.exact FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.aliases');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_c1686fc1653fee6f AFTER INSERT ON public.aliases
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_c1686fc1653fee6f();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_c1686fc1653fee6f AFTER UPDATE ON public.aliases
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_c1686fc1653fee6f();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_c1686fc1653fee6f AFTER DELETE ON public.aliases
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_c1686fc1653fee6f();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_c1686fc1653fee6f AFTER TRUNCATE ON public.aliases
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_c1686fc1653fee6f();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE public.aliases ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_c1686fc1653fee6f;
ALTER TABLE public.aliases ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_c1686fc1653fee6f;
ALTER TABLE public.aliases ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_c1686fc1653fee6f;
ALTER TABLE public.aliases ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_c1686fc1653fee6f;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.aliases', 'public', 'aliases', 'c1686fc1653fee6f', 'pg_trickle_changes', 'changes_c1686fc1653fee6f', 'pg_trickle_cdc_fn_c1686fc1653fee6f', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of public.badges
-- ========================================================================
-- trickle: change capture for public.badges (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_581ddb033e772085: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_581ddb033e772085 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.holder, s.label
  FROM public.badges AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_581ddb033e772085
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_581ddb033e772085 IS 'trickle: changes of public.badges';
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
                WHERE d.source_stable_name = 'public.badges' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['holder', 'label']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'public.badges'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['holder', 'label']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.badges'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_581ddb033e772085'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_581ddb033e772085'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['holder', 'label']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.badges'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_581ddb033e772085'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_581ddb033e772085'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.badges')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_581ddb033e772085() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_581ddb033e772085 (__pgt_action, holder, label)
        SELECT 'I', n.holder, n.label FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_581ddb033e772085 (__pgt_action, holder, label)
        SELECT 'D', o.holder, o.label FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.holder, n.label FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_581ddb033e772085 (__pgt_action, holder, label)
        SELECT 'D', o.holder, o.label FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.badges');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_581ddb033e772085 AFTER INSERT ON public.badges
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_581ddb033e772085();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_581ddb033e772085 AFTER UPDATE ON public.badges
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_581ddb033e772085();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_581ddb033e772085 AFTER DELETE ON public.badges
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_581ddb033e772085();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_581ddb033e772085 AFTER TRUNCATE ON public.badges
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_581ddb033e772085();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE public.badges ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_581ddb033e772085;
ALTER TABLE public.badges ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_581ddb033e772085;
ALTER TABLE public.badges ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_581ddb033e772085;
ALTER TABLE public.badges ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_581ddb033e772085;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.badges', 'public', 'badges', '581ddb033e772085', 'pg_trickle_changes', 'changes_581ddb033e772085', 'pg_trickle_cdc_fn_581ddb033e772085', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of public.codes
-- ========================================================================
-- trickle: change capture for public.codes (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_ada748df9be90176: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_ada748df9be90176 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.code, s.label
  FROM public.codes AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_ada748df9be90176
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_ada748df9be90176 IS 'trickle: changes of public.codes';
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
                WHERE d.source_stable_name = 'public.codes' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['code', 'label']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'public.codes'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['code', 'label']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.codes'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_ada748df9be90176'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_ada748df9be90176'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['code', 'label']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.codes'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_ada748df9be90176'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_ada748df9be90176'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.codes')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_ada748df9be90176() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_ada748df9be90176 (__pgt_action, code, label)
        SELECT 'I', n.code, n.label FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_ada748df9be90176 (__pgt_action, code, label)
        SELECT 'D', o.code, o.label FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.code, n.label FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_ada748df9be90176 (__pgt_action, code, label)
        SELECT 'D', o.code, o.label FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.codes');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_ada748df9be90176 AFTER INSERT ON public.codes
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_ada748df9be90176();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_ada748df9be90176 AFTER UPDATE ON public.codes
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_ada748df9be90176();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_ada748df9be90176 AFTER DELETE ON public.codes
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_ada748df9be90176();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_ada748df9be90176 AFTER TRUNCATE ON public.codes
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_ada748df9be90176();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE public.codes ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_ada748df9be90176;
ALTER TABLE public.codes ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_ada748df9be90176;
ALTER TABLE public.codes ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_ada748df9be90176;
ALTER TABLE public.codes ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_ada748df9be90176;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.codes', 'public', 'codes', 'ada748df9be90176', 'pg_trickle_changes', 'changes_ada748df9be90176', 'pg_trickle_cdc_fn_ada748df9be90176', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of public.events
-- ========================================================================
-- trickle: change capture for public.events (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_c63077dab724f8f8: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_c63077dab724f8f8 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.kind, s."Group", s.amount, s.payload, s.seen
  FROM public.events AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_c63077dab724f8f8
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_c63077dab724f8f8 IS 'trickle: changes of public.events';
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
                WHERE d.source_stable_name = 'public.events' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['kind', 'Group', 'amount', 'payload', 'seen']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'public.events'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['kind', 'Group', 'amount', 'payload', 'seen']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.events'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_c63077dab724f8f8'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_c63077dab724f8f8'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['kind', 'Group', 'amount', 'payload', 'seen']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.events'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_c63077dab724f8f8'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_c63077dab724f8f8'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.events')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_c63077dab724f8f8() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_c63077dab724f8f8 (__pgt_action, kind, "Group", amount, payload, seen)
        SELECT 'I', n.kind, n."Group", n.amount, n.payload, n.seen FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_c63077dab724f8f8 (__pgt_action, kind, "Group", amount, payload, seen)
        SELECT 'D', o.kind, o."Group", o.amount, o.payload, o.seen FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.kind, n."Group", n.amount, n.payload, n.seen FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_c63077dab724f8f8 (__pgt_action, kind, "Group", amount, payload, seen)
        SELECT 'D', o.kind, o."Group", o.amount, o.payload, o.seen FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.events');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_c63077dab724f8f8 AFTER INSERT ON public.events
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_c63077dab724f8f8();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_c63077dab724f8f8 AFTER UPDATE ON public.events
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_c63077dab724f8f8();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_c63077dab724f8f8 AFTER DELETE ON public.events
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_c63077dab724f8f8();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_c63077dab724f8f8 AFTER TRUNCATE ON public.events
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_c63077dab724f8f8();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE public.events ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_c63077dab724f8f8;
ALTER TABLE public.events ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_c63077dab724f8f8;
ALTER TABLE public.events ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_c63077dab724f8f8;
ALTER TABLE public.events ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_c63077dab724f8f8;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.events', 'public', 'events', 'c63077dab724f8f8', 'pg_trickle_changes', 'changes_c63077dab724f8f8', 'pg_trickle_cdc_fn_c63077dab724f8f8', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of public.holders
-- ========================================================================
-- trickle: change capture for public.holders (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_ff87cf12b447bc30: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_ff87cf12b447bc30 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.id, s.code
  FROM public.holders AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_ff87cf12b447bc30
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_ff87cf12b447bc30 IS 'trickle: changes of public.holders';
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
                WHERE d.source_stable_name = 'public.holders' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['id', 'code']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'public.holders'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['id', 'code']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.holders'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_ff87cf12b447bc30'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_ff87cf12b447bc30'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['id', 'code']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.holders'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_ff87cf12b447bc30'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_ff87cf12b447bc30'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.holders')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_ff87cf12b447bc30() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_ff87cf12b447bc30 (__pgt_action, id, code)
        SELECT 'I', n.id, n.code FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_ff87cf12b447bc30 (__pgt_action, id, code)
        SELECT 'D', o.id, o.code FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.id, n.code FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_ff87cf12b447bc30 (__pgt_action, id, code)
        SELECT 'D', o.id, o.code FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.holders');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_ff87cf12b447bc30 AFTER INSERT ON public.holders
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_ff87cf12b447bc30();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_ff87cf12b447bc30 AFTER UPDATE ON public.holders
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_ff87cf12b447bc30();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_ff87cf12b447bc30 AFTER DELETE ON public.holders
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_ff87cf12b447bc30();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_ff87cf12b447bc30 AFTER TRUNCATE ON public.holders
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_ff87cf12b447bc30();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE public.holders ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_ff87cf12b447bc30;
ALTER TABLE public.holders ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_ff87cf12b447bc30;
ALTER TABLE public.holders ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_ff87cf12b447bc30;
ALTER TABLE public.holders ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_ff87cf12b447bc30;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.holders', 'public', 'holders', 'ff87cf12b447bc30', 'pg_trickle_changes', 'changes_ff87cf12b447bc30', 'pg_trickle_cdc_fn_ff87cf12b447bc30', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of public.nicknames
-- ========================================================================
-- trickle: change capture for public.nicknames (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_136a4511eaa4cbf8: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_136a4511eaa4cbf8 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.name, s.v
  FROM public.nicknames AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_136a4511eaa4cbf8
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_136a4511eaa4cbf8 IS 'trickle: changes of public.nicknames';
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
                WHERE d.source_stable_name = 'public.nicknames' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['name', 'v']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'public.nicknames'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['name', 'v']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.nicknames'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_136a4511eaa4cbf8'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_136a4511eaa4cbf8'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['name', 'v']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.nicknames'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_136a4511eaa4cbf8'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_136a4511eaa4cbf8'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.nicknames')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_136a4511eaa4cbf8() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_136a4511eaa4cbf8 (__pgt_action, name, v)
        SELECT 'I', n.name, n.v FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_136a4511eaa4cbf8 (__pgt_action, name, v)
        SELECT 'D', o.name, o.v FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.name, n.v FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_136a4511eaa4cbf8 (__pgt_action, name, v)
        SELECT 'D', o.name, o.v FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.nicknames');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_136a4511eaa4cbf8 AFTER INSERT ON public.nicknames
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_136a4511eaa4cbf8();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_136a4511eaa4cbf8 AFTER UPDATE ON public.nicknames
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_136a4511eaa4cbf8();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_136a4511eaa4cbf8 AFTER DELETE ON public.nicknames
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_136a4511eaa4cbf8();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_136a4511eaa4cbf8 AFTER TRUNCATE ON public.nicknames
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_136a4511eaa4cbf8();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE public.nicknames ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_136a4511eaa4cbf8;
ALTER TABLE public.nicknames ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_136a4511eaa4cbf8;
ALTER TABLE public.nicknames ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_136a4511eaa4cbf8;
ALTER TABLE public.nicknames ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_136a4511eaa4cbf8;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.nicknames', 'public', 'nicknames', '136a4511eaa4cbf8', 'pg_trickle_changes', 'changes_136a4511eaa4cbf8', 'pg_trickle_cdc_fn_136a4511eaa4cbf8', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of public.people
-- ========================================================================
-- trickle: change capture for public.people (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_f1b67da1e3c5901e: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_f1b67da1e3c5901e AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.id, s.name
  FROM public.people AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_f1b67da1e3c5901e
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_f1b67da1e3c5901e IS 'trickle: changes of public.people';
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
                WHERE d.source_stable_name = 'public.people' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['id', 'name']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'public.people'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['id', 'name']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.people'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_f1b67da1e3c5901e'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_f1b67da1e3c5901e'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['id', 'name']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.people'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_f1b67da1e3c5901e'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_f1b67da1e3c5901e'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.people')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_f1b67da1e3c5901e() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_f1b67da1e3c5901e (__pgt_action, id, name)
        SELECT 'I', n.id, n.name FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_f1b67da1e3c5901e (__pgt_action, id, name)
        SELECT 'D', o.id, o.name FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.id, n.name FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_f1b67da1e3c5901e (__pgt_action, id, name)
        SELECT 'D', o.id, o.name FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.people');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_f1b67da1e3c5901e AFTER INSERT ON public.people
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_f1b67da1e3c5901e();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_f1b67da1e3c5901e AFTER UPDATE ON public.people
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_f1b67da1e3c5901e();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_f1b67da1e3c5901e AFTER DELETE ON public.people
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_f1b67da1e3c5901e();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_f1b67da1e3c5901e AFTER TRUNCATE ON public.people
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_f1b67da1e3c5901e();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE public.people ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_f1b67da1e3c5901e;
ALTER TABLE public.people ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_f1b67da1e3c5901e;
ALTER TABLE public.people ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_f1b67da1e3c5901e;
ALTER TABLE public.people ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_f1b67da1e3c5901e;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.people', 'public', 'people', 'f1b67da1e3c5901e', 'pg_trickle_changes', 'changes_f1b67da1e3c5901e', 'pg_trickle_cdc_fn_f1b67da1e3c5901e', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- create stream table Sales.All Refs
-- ========================================================================
-- trickle: stream table Sales.All Refs
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   (SELECT "Order Ref" AS ref, "Unit Price" AS price, "Tags" AS tags FROM "Sales"."Order Items" UNION ALL SELECT id, NULL, nicknames FROM "Customers" WHERE "Region" IS DISTINCT FROM 'none') UNION ALL SELECT l.id, 1, '{login}' FROM audit.logins AS l WHERE l.ok
--
-- operator tree:
--   union all of 3 inputs
--     project "Order Ref" AS ref, "Unit Price" AS price, "Tags" AS tags
--       scan Sales.Order Items
--     project id AS ref, NULL AS price, nicknames AS tags
--       filter "Region" IS DISTINCT FROM 'none'
--         scan public.Customers
--     project id AS ref, 1 AS price, '{login}' AS tags
--       filter ok
--         scan audit.logins AS l

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE "Sales"."All Refs" AS
  SELECT r.ref, r.price, r.tags, hash_record_extended(ROW(r.ref, r.price, r.tags), 0) AS __pgt_row_id
    FROM (
      (
        SELECT "Order Items"."Order Ref" AS ref, "Order Items"."Unit Price" AS price, "Order Items"."Tags" AS tags
          FROM "Sales"."Order Items" AS "Order Items"
      )
      UNION ALL
      (
        SELECT i.id AS ref, NULL AS price, i.nicknames AS tags
          FROM (
          SELECT "Customers".id, "Customers"."Name", "Customers"."Region", "Customers".nicknames
            FROM public."Customers" AS "Customers"
           WHERE "Customers"."Region" IS DISTINCT FROM 'none'
        ) AS i
      )
      UNION ALL
      (
        SELECT i.id AS ref, 1 AS price, '{login}' AS tags
          FROM (
          SELECT l.id, l."user", l.ok, l.cost, l.took
            FROM audit.logins AS l
           WHERE l.ok
        ) AS i
      )
    ) AS r
  WITH NO DATA;
ALTER TABLE "Sales"."All Refs" ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_d38fa3c37de4ed48 ON "Sales"."All Refs" (__pgt_row_id);
COMMENT ON TABLE "Sales"."All Refs" IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''"Sales"."All Refs"'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('Sales', 'All Refs', 'Sales.All Refs', 'd38fa3c37de4ed48', '(SELECT "Order Ref" AS ref, "Unit Price" AS price, "Tags" AS tags FROM "Sales"."Order Items" UNION ALL SELECT id, NULL, nicknames FROM "Customers" WHERE "Region" IS DISTINCT FROM ''none'') UNION ALL SELECT l.id, 1, ''{login}'' FROM audit.logins AS l WHERE l.ok', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_d38fa3c37de4ed48', 0, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales.Order Items', 'TABLE', true, ARRAY['Item ID', 'Order Ref', 'SKU', 'Qty', 'Unit Price', 'Tags', 'Attrs', 'Created At']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'Sales.All Refs';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'audit.logins', 'TABLE', true, ARRAY['id', 'user', 'ok', 'cost', 'took']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'Sales.All Refs';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.Customers', 'TABLE', true, ARRAY['id', 'Name', 'Region', 'nicknames']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'Sales.All Refs';

-- Refresh function, called by pg_trickle.refresh('"Sales"."All Refs"').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_d38fa3c37de4ed48(p_full boolean) RETURNS text
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
    __pgt_bound_beb66fa32e5d012c xid8;
    __pgt_small_beb66fa32e5d012c boolean;
    __pgt_bound_6a98fa9afc67d568 xid8;
    __pgt_small_6a98fa9afc67d568 boolean;
    __pgt_bound_a00bb99dadf5f410 xid8;
    __pgt_small_a00bb99dadf5f410 boolean;
    __pgt_parts_beb66fa32e5d012c text;
    __pgt_parts_6a98fa9afc67d568 text;
    __pgt_parts_a00bb99dadf5f410 text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('Sales.Order Items') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales.Order Items' AND d.consumes_changes AND r.stable_name <> 'Sales.All Refs'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_beb66fa32e5d012c'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('audit.logins') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'audit.logins' AND d.consumes_changes AND r.stable_name <> 'Sales.All Refs'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_6a98fa9afc67d568'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.Customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.Customers' AND d.consumes_changes AND r.stable_name <> 'Sales.All Refs'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_a00bb99dadf5f410'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'Sales.Order Items'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'audit.logins'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.Customers')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_beb66fa32e5d012c, __pgt_small_beb66fa32e5d012c, __pgt_bound_6a98fa9afc67d568, __pgt_small_6a98fa9afc67d568, __pgt_bound_a00bb99dadf5f410, __pgt_small_a00bb99dadf5f410, __pgt_parts_beb66fa32e5d012c, __pgt_parts_6a98fa9afc67d568, __pgt_parts_a00bb99dadf5f410
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'Sales.All Refs';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales.Order Items', 'audit.logins', 'public.Customers') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_beb66fa32e5d012c IS NOT NULL OR pg_trickle.children_layout('"Sales"."Order Items"'::regclass) IS NOT NULL OR __pgt_parts_6a98fa9afc67d568 IS NOT NULL OR pg_trickle.children_layout('audit.logins'::regclass) IS NOT NULL OR __pgt_parts_a00bb99dadf5f410 IS NOT NULL OR pg_trickle.children_layout('public."Customers"'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('"Sales"."Order Items"'::regclass, 'audit.logins'::regclass, 'public."Customers"'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
             WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c
             WHERE __pgt_small_6a98fa9afc67d568 AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
             WHERE __pgt_small_a00bb99dadf5f410 AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_beb66fa32e5d012c'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales"."Order Items"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales"."Order Items"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales.Order Items', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_6a98fa9afc67d568'::regclass) > __pgt_full_ratio * pg_relation_size('audit.logins'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'audit.logins'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'audit.logins', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_a00bb99dadf5f410'::regclass) > __pgt_full_ratio * pg_relation_size('public."Customers"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public."Customers"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.Customers', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('Sales.Order Items', pg_current_snapshot()::text, 'audit.logins', pg_current_snapshot()::text, 'public.Customers', pg_current_snapshot()::text)
               WHERE pgt_schema = 'Sales' AND pgt_name = 'All Refs'
            ),
            -- delete the changes of Sales.Order Items that every reader has consumed
            __pgt_release_beb66fa32e5d012c AS (
              DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
               WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of audit.logins that every reader has consumed
            __pgt_release_6a98fa9afc67d568 AS (
              DELETE FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c
               WHERE __pgt_small_6a98fa9afc67d568 AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.Customers that every reader has consumed
            __pgt_release_a00bb99dadf5f410 AS (
              DELETE FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
               WHERE __pgt_small_a00bb99dadf5f410 AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan Sales.Order Items: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_order_items AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."Item ID", c."Order Ref", c."SKU", c."Qty", c."Unit Price", c."Tags", c."Attrs", c."Created At"
                FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.Customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c."Name", c."Region", c.nicknames
                FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy "Region" IS DISTINCT FROM 'none'
            delta_filter AS (
              SELECT d.__pgt_w, d.id, d."Name", d."Region", d.nicknames
                FROM delta_customers AS d
               WHERE d."Region" IS DISTINCT FROM 'none'
            ),
            -- scan audit.logins: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_logins AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c."user", c.ok, c.cost, c.took
                FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy ok
            delta_filter_2 AS (
              SELECT d.__pgt_w, d.id, d."user", d.ok, d.cost, d.took
                FROM delta_logins AS d
               WHERE d.ok
            ),
            -- union all (linear): the changes of each of its 3 inputs
            delta_union AS (
              (
                SELECT d.__pgt_w, d."Order Ref" AS ref, d."Unit Price" AS price, d."Tags" AS tags
                  FROM delta_order_items AS d
              )
              UNION ALL
              (
                SELECT d.__pgt_w, d.id AS ref, NULL AS price, d.nicknames AS tags
                  FROM delta_filter AS d
              )
              UNION ALL
              (
                SELECT d.__pgt_w, d.id AS ref, 1 AS price, '{login}' AS tags
                  FROM delta_filter_2 AS d
              )
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.ref, d.price, d.tags, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_union AS d
               GROUP BY d.ref, d.price, d.tags
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM "Sales"."All Refs" AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN "Sales"."All Refs" AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.ref, n.price, n.tags), 0) AND t.ref = n.ref AND t.price IS NOT DISTINCT FROM n.price AND t.tags IS NOT DISTINCT FROM n.tags
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO "Sales"."All Refs" (ref, price, tags, __pgt_row_id)
            SELECT n.ref, n.price, n.tags, hash_record_extended(ROW(n.ref, n.price, n.tags), 0)
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales.Order Items', 'audit.logins', 'public.Customers') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_beb66fa32e5d012c IS NOT NULL OR pg_trickle.children_layout('"Sales"."Order Items"'::regclass) IS NOT NULL OR __pgt_parts_6a98fa9afc67d568 IS NOT NULL OR pg_trickle.children_layout('audit.logins'::regclass) IS NOT NULL OR __pgt_parts_a00bb99dadf5f410 IS NOT NULL OR pg_trickle.children_layout('public."Customers"'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('"Sales"."Order Items"'::regclass, 'audit.logins'::regclass, 'public."Customers"'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'Sales.All Refs') THEN
        DELETE FROM "Sales"."All Refs";
    ELSE
        TRUNCATE "Sales"."All Refs";
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('Sales.Order Items'), ('audit.logins'), ('public.Customers')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'Sales.All Refs' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('"Sales"."Order Items"'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'Sales.All Refs' AND d.source_stable_name = 'Sales.Order Items';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('audit.logins'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'Sales.All Refs' AND d.source_stable_name = 'audit.logins';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public."Customers"'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'Sales.All Refs' AND d.source_stable_name = 'public.Customers';
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('Sales.Order Items', pg_current_snapshot()::text, 'audit.logins', pg_current_snapshot()::text, 'public.Customers', pg_current_snapshot()::text)
         WHERE pgt_schema = 'Sales' AND pgt_name = 'All Refs'
    ),
    __pgt_release_beb66fa32e5d012c AS (
        DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
         WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_6a98fa9afc67d568 AS (
        DELETE FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c
         WHERE __pgt_small_6a98fa9afc67d568 AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_a00bb99dadf5f410 AS (
        DELETE FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
         WHERE __pgt_small_a00bb99dadf5f410 AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'Sales.Order Items' AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'audit.logins' AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.Customers' AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO "Sales"."All Refs" (ref, price, tags, __pgt_row_id)
    SELECT * FROM (
      SELECT r.ref, r.price, r.tags, hash_record_extended(ROW(r.ref, r.price, r.tags), 0) AS __pgt_row_id
        FROM (
          (
            SELECT "Order Items"."Order Ref" AS ref, "Order Items"."Unit Price" AS price, "Order Items"."Tags" AS tags
              FROM "Sales"."Order Items" AS "Order Items"
          )
          UNION ALL
          (
            SELECT i.id AS ref, NULL AS price, i.nicknames AS tags
              FROM (
              SELECT "Customers".id, "Customers"."Name", "Customers"."Region", "Customers".nicknames
                FROM public."Customers" AS "Customers"
               WHERE "Customers"."Region" IS DISTINCT FROM 'none'
            ) AS i
          )
          UNION ALL
          (
            SELECT i.id AS ref, 1 AS price, '{login}' AS tags
              FROM (
              SELECT l.id, l."user", l.ok, l.cost, l.took
                FROM audit.logins AS l
               WHERE l.ok
            ) AS i
          )
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('"Sales"."All Refs"', full => true);
ANALYZE "Sales"."All Refs";

-- ========================================================================
-- create stream table Sales.Checked Qty
-- ========================================================================
-- trickle: stream table Sales.Checked Qty
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT "Item ID", CAST("Qty" AS "Positive Qty") AS "Qty" FROM "Sales"."Order Items"
--
-- operator tree:
--   project "Item ID" AS Item ID, CAST("Qty" AS "Positive Qty") AS Qty
--     scan Sales.Order Items

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE "Sales"."Checked Qty" AS
  SELECT r."Item ID", r."Qty", hashint8extended(r."Item ID", 0) AS __pgt_row_id
    FROM (
      SELECT "Order Items"."Item ID" AS "Item ID", CAST("Order Items"."Qty" AS "Positive Qty") AS "Qty"
        FROM "Sales"."Order Items" AS "Order Items"
    ) AS r
  WITH NO DATA;
ALTER TABLE "Sales"."Checked Qty" ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_a0c414cbd6944ec9 ON "Sales"."Checked Qty" (__pgt_row_id);
COMMENT ON TABLE "Sales"."Checked Qty" IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''"Sales"."Checked Qty"'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('Sales', 'Checked Qty', 'Sales.Checked Qty', 'a0c414cbd6944ec9', 'SELECT "Item ID", CAST("Qty" AS "Positive Qty") AS "Qty" FROM "Sales"."Order Items"', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_a0c414cbd6944ec9', 1, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales.Order Items', 'TABLE', true, ARRAY['Item ID', 'Order Ref', 'SKU', 'Qty', 'Unit Price', 'Tags', 'Attrs', 'Created At']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'Sales.Checked Qty';

-- Refresh function, called by pg_trickle.refresh('"Sales"."Checked Qty"').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_a0c414cbd6944ec9(p_full boolean) RETURNS text
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
    __pgt_bound_beb66fa32e5d012c xid8;
    __pgt_small_beb66fa32e5d012c boolean;
    __pgt_parts_beb66fa32e5d012c text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('Sales.Order Items') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales.Order Items' AND d.consumes_changes AND r.stable_name <> 'Sales.Checked Qty'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_beb66fa32e5d012c'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'Sales.Order Items')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_beb66fa32e5d012c, __pgt_small_beb66fa32e5d012c, __pgt_parts_beb66fa32e5d012c
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'Sales.Checked Qty';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales.Order Items') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_beb66fa32e5d012c IS NOT NULL OR pg_trickle.children_layout('"Sales"."Order Items"'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('"Sales"."Order Items"'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
             WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_beb66fa32e5d012c'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales"."Order Items"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales"."Order Items"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales.Order Items', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('Sales.Order Items', pg_current_snapshot()::text)
               WHERE pgt_schema = 'Sales' AND pgt_name = 'Checked Qty'
            ),
            -- delete the changes of Sales.Order Items that every reader has consumed
            __pgt_release_beb66fa32e5d012c AS (
              DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
               WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan Sales.Order Items: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_order_items AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."Item ID", c."Order Ref", c."SKU", c."Qty", c."Unit Price", c."Tags", c."Attrs", c."Created At"
                FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d."Item ID" AS "Item ID", CAST(d."Qty" AS "Positive Qty") AS "Qty"
                FROM delta_order_items AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d."Item ID", d."Qty", sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d."Item ID", d."Qty"
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashint8extended(n."Item ID", 0), n."Item ID") hashint8extended(n."Item ID", 0) AS __pgt_row_id, n."Item ID", n."Qty", n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashint8extended(n."Item ID", 0), n."Item ID", n.__pgt_w DESC
            )
            MERGE INTO "Sales"."Checked Qty" AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s."Item ID" = a."Item ID"
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET "Item ID" = a."Item ID", "Qty" = a."Qty"
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT ("Item ID", "Qty", __pgt_row_id) VALUES (a."Item ID", a."Qty", a.__pgt_row_id);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales.Order Items') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_beb66fa32e5d012c IS NOT NULL OR pg_trickle.children_layout('"Sales"."Order Items"'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('"Sales"."Order Items"'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'Sales.Checked Qty') THEN
        DELETE FROM "Sales"."Checked Qty";
    ELSE
        TRUNCATE "Sales"."Checked Qty";
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('Sales.Order Items')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'Sales.Checked Qty' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('"Sales"."Order Items"'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'Sales.Checked Qty' AND d.source_stable_name = 'Sales.Order Items';
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('Sales.Order Items', pg_current_snapshot()::text)
         WHERE pgt_schema = 'Sales' AND pgt_name = 'Checked Qty'
    ),
    __pgt_release_beb66fa32e5d012c AS (
        DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
         WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'Sales.Order Items' AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO "Sales"."Checked Qty" ("Item ID", "Qty", __pgt_row_id)
    SELECT * FROM (
      SELECT r."Item ID", r."Qty", hashint8extended(r."Item ID", 0) AS __pgt_row_id
        FROM (
          SELECT "Order Items"."Item ID" AS "Item ID", CAST("Order Items"."Qty" AS "Positive Qty") AS "Qty"
            FROM "Sales"."Order Items" AS "Order Items"
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('"Sales"."Checked Qty"', full => true);
ANALYZE "Sales"."Checked Qty";

-- ========================================================================
-- create stream table Sales.Item Totals
-- ========================================================================
-- trickle: stream table Sales.Item Totals
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT "SKU", count(*) AS "Line Count", sum("Qty") AS "Total Qty", sum("Qty" * "Unit Price") AS "Revenue", min("Unit Price") AS "Cheapest", max("Created At") AS "Last Sold" FROM "Sales"."Order Items" GROUP BY "SKU"
--
-- operator tree:
--   project __pgt_g0 AS SKU, __pgt_a0 AS Line Count, __pgt_a1 AS Total Qty, __pgt_a2 AS Revenue, __pgt_a3 AS Cheapest, __pgt_a4 AS Last Sold
--     aggregate count(*), sum("Qty"), sum("Qty" * "Unit Price"), min("Unit Price"), max("Created At") group by "SKU"
--       scan Sales.Order Items

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_1, __pgt_nonnull_2).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE "Sales"."Item Totals" WITH (fillfactor = 50) AS
  SELECT i."SKU" AS "SKU",
         count(*) AS "Line Count",
         sum(i."Qty") AS "Total Qty",
         sum(i."Qty" * i."Unit Price") AS "Revenue",
         min(i."Unit Price") AS "Cheapest",
         max(i."Created At") AS "Last Sold",
         hashtextextended(i."SKU", 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i."Qty") AS __pgt_nonnull_1,
         count(i."Qty" * i."Unit Price") AS __pgt_nonnull_2
    FROM (
      SELECT "Item ID", "Order Ref", "SKU", "Qty", "Unit Price", "Tags", "Attrs", "Created At" FROM "Sales"."Order Items"
    ) AS i
   GROUP BY i."SKU"
  WITH NO DATA;
ALTER TABLE "Sales"."Item Totals" ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_7dd04ba2bb1c4dfd ON "Sales"."Item Totals" (__pgt_row_id);
COMMENT ON TABLE "Sales"."Item Totals" IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''"Sales"."Item Totals"'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('Sales', 'Item Totals', 'Sales.Item Totals', '7dd04ba2bb1c4dfd', 'SELECT "SKU", count(*) AS "Line Count", sum("Qty") AS "Total Qty", sum("Qty" * "Unit Price") AS "Revenue", min("Unit Price") AS "Cheapest", max("Created At") AS "Last Sold" FROM "Sales"."Order Items" GROUP BY "SKU"', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_7dd04ba2bb1c4dfd', 2, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales.Order Items', 'TABLE', true, ARRAY['Item ID', 'Order Ref', 'SKU', 'Qty', 'Unit Price', 'Tags', 'Attrs', 'Created At']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'Sales.Item Totals';

-- Refresh function, called by pg_trickle.refresh('"Sales"."Item Totals"').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_7dd04ba2bb1c4dfd(p_full boolean) RETURNS text
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
    __pgt_bound_beb66fa32e5d012c xid8;
    __pgt_small_beb66fa32e5d012c boolean;
    __pgt_parts_beb66fa32e5d012c text;
    __pgt_rescan_by_index boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('Sales.Order Items') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales.Order Items' AND d.consumes_changes AND r.stable_name <> 'Sales.Item Totals'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_beb66fa32e5d012c'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'Sales.Order Items')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_beb66fa32e5d012c, __pgt_small_beb66fa32e5d012c, __pgt_parts_beb66fa32e5d012c
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'Sales.Item Totals';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales.Order Items') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_beb66fa32e5d012c IS NOT NULL OR pg_trickle.children_layout('"Sales"."Order Items"'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('"Sales"."Order Items"'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
             WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_beb66fa32e5d012c'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales"."Order Items"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales"."Order Items"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales.Order Items', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            __pgt_rescan_by_index := EXISTS (SELECT FROM pg_index AS x JOIN pg_attribute AS a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
                     WHERE x.indrelid = '"Sales"."Order Items"'::regclass AND a.attname = 'SKU'
                       AND x.indisvalid AND x.indpred IS NULL);
            BEGIN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('Sales.Order Items', pg_current_snapshot()::text)
               WHERE pgt_schema = 'Sales' AND pgt_name = 'Item Totals'
            ),
            -- delete the changes of Sales.Order Items that every reader has consumed
            __pgt_release_beb66fa32e5d012c AS (
              DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
               WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan Sales.Order Items: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_order_items AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."Item ID", c."Order Ref", c."SKU", c."Qty", c."Unit Price", c."Tags", c."Attrs", c."Created At"
                FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d."SKU" AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d."Qty" IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                     CASE WHEN sum(d."Qty") FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(d."Qty") FILTER (WHERE d.__pgt_w > 0) WHEN sum(d."Qty") FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(d."Qty") FILTER (WHERE d.__pgt_w < 0)) ELSE sum(d."Qty") FILTER (WHERE d.__pgt_w > 0) - sum(d."Qty") FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_1,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE (d."Qty" * d."Unit Price") IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_2,
                     CASE WHEN sum(d."Qty" * d."Unit Price") FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(d."Qty" * d."Unit Price") FILTER (WHERE d.__pgt_w > 0) WHEN sum(d."Qty" * d."Unit Price") FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(d."Qty" * d."Unit Price") FILTER (WHERE d.__pgt_w < 0)) ELSE sum(d."Qty" * d."Unit Price") FILTER (WHERE d.__pgt_w > 0) - sum(d."Qty" * d."Unit Price") FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_2,
                     min(d."Unit Price") FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_3,
                     min(d."Unit Price") FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_3,
                     max(d."Created At") FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_4,
                     max(d."Created At") FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_4
                FROM delta_order_items AS d
               GROUP BY d."SKU"
            ),
            -- each changed group with its stored state; a group is recomputed from the sources when a deleted value may have been its MIN/MAX or a NaN or an infinity entered or left a SUM or AVG
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s."Line Count" AS __pgt_old_value_0,
                     s."Total Qty" AS __pgt_old_value_1,
                     s."Revenue" AS __pgt_old_value_2,
                     s."Cheapest" AS __pgt_old_value_3,
                     s."Last Sold" AS __pgt_old_value_4,
                     coalesce(s.__pgt_nonnull_1, 0) AS __pgt_old_nonnull_1,
                     coalesce(s.__pgt_nonnull_2, 0) AS __pgt_old_nonnull_2,
                     (g.__pgt_del_3 IS NOT NULL AND (s."Cheapest" IS NULL OR (g.__pgt_del_3 <= s."Cheapest" AND NOT coalesce(g.__pgt_ins_3 <= s."Cheapest" AND g.__pgt_ins_3 < g.__pgt_del_3, false))))
                         OR (g.__pgt_del_4 IS NOT NULL AND (s."Last Sold" IS NULL OR (g.__pgt_del_4 >= s."Last Sold" AND NOT coalesce(g.__pgt_ins_4 >= s."Last Sold" AND g.__pgt_ins_4 > g.__pgt_del_4, false))))
                         OR coalesce(g.__pgt_d_value_2::text IN ('NaN', 'Infinity', '-Infinity', 'infinity', '-infinity'), false) AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN "Sales"."Item Totals" AS s ON s.__pgt_row_id = hashtextextended(g.__pgt_g0, 0) AND s."SKU" = g.__pgt_g0
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1, coalesce(r.__pgt_nonnull_1, 0) AS __pgt_nonnull_1, r.__pgt_value_2, coalesce(r.__pgt_nonnull_2, 0) AS __pgt_nonnull_2, r.__pgt_value_3, r.__pgt_value_4
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT i."SKU" AS __pgt_g0,
                         count(*) AS __pgt_count,
                         count(*) AS __pgt_value_0,
                         sum(i."Qty") AS __pgt_value_1,
                         count(i."Qty") AS __pgt_nonnull_1,
                         sum(i."Qty" * i."Unit Price") AS __pgt_value_2,
                         count(i."Qty" * i."Unit Price") AS __pgt_nonnull_2,
                         min(i."Unit Price") AS __pgt_value_3,
                         max(i."Created At") AS __pgt_value_4
                    FROM (
                    SELECT * FROM (
                      SELECT "Item ID", "Order Ref", "SKU", "Qty", "Unit Price", "Tags", "Attrs", "Created At" FROM "Sales"."Order Items"
                    ) AS i
                     WHERE __pgt_rescan_by_index AND i."SKU" = ANY (ARRAY(SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan))
                    UNION ALL
                    SELECT * FROM (
                      SELECT "Item ID", "Order Ref", "SKU", "Qty", "Unit Price", "Tags", "Attrs", "Created At" FROM "Sales"."Order Items"
                    ) AS i
                     WHERE NOT __pgt_rescan_by_index AND i."SKU" IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan)
                  ) AS i
                   GROUP BY i."SKU"
                ) AS r ON r.__pgt_g0 = g.__pgt_g0
               WHERE g.__pgt_rescan
            ),
            -- new state of each changed group: stored state + change, or the recomputed state
            __pgt_new_state AS (
              SELECT g.__pgt_g0 AS __pgt_g0,
                     g.__pgt_ctid,
                     g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                     coalesce(g.__pgt_old_value_0, 0) + g.__pgt_d_value_0 AS __pgt_value_0,
                     CASE WHEN g.__pgt_old_nonnull_1 + g.__pgt_d_nonnull_1 = 0 THEN NULL WHEN g.__pgt_old_value_1 IS NULL THEN g.__pgt_d_value_1 WHEN g.__pgt_d_value_1 IS NULL THEN g.__pgt_old_value_1 ELSE g.__pgt_old_value_1 + g.__pgt_d_value_1 END AS __pgt_value_1,
                     g.__pgt_old_nonnull_1 + g.__pgt_d_nonnull_1 AS __pgt_nonnull_1,
                     CASE WHEN g.__pgt_old_nonnull_2 + g.__pgt_d_nonnull_2 = 0 THEN NULL WHEN g.__pgt_old_value_2 IS NULL THEN g.__pgt_d_value_2 WHEN g.__pgt_d_value_2 IS NULL THEN g.__pgt_old_value_2 ELSE g.__pgt_old_value_2 + g.__pgt_d_value_2 END AS __pgt_value_2,
                     g.__pgt_old_nonnull_2 + g.__pgt_d_nonnull_2 AS __pgt_nonnull_2,
                     least(g.__pgt_old_value_3, g.__pgt_ins_3) AS __pgt_value_3,
                     greatest(g.__pgt_old_value_4, g.__pgt_ins_4) AS __pgt_value_4
                FROM __pgt_groups AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows
            __pgt_apply AS (
              SELECT hashtextextended(n.__pgt_g0, 0) AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_g0 AS "SKU",
                     n.__pgt_value_0 AS "Line Count",
                     n.__pgt_value_1 AS "Total Qty",
                     n.__pgt_value_2 AS "Revenue",
                     n.__pgt_value_3 AS "Cheapest",
                     n.__pgt_value_4 AS "Last Sold",
                     n.__pgt_count,
                     n.__pgt_nonnull_1 AS __pgt_nonnull_1,
                     n.__pgt_nonnull_2 AS __pgt_nonnull_2,
                     n.__pgt_count > 0 AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO "Sales"."Item Totals" AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET "SKU" = a."SKU", "Line Count" = a."Line Count", "Total Qty" = a."Total Qty", "Revenue" = a."Revenue", "Cheapest" = a."Cheapest", "Last Sold" = a."Last Sold", __pgt_count = a.__pgt_count, __pgt_nonnull_1 = a.__pgt_nonnull_1, __pgt_nonnull_2 = a.__pgt_nonnull_2
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT ("SKU", "Line Count", "Total Qty", "Revenue", "Cheapest", "Last Sold", __pgt_row_id, __pgt_count, __pgt_nonnull_1, __pgt_nonnull_2) VALUES (a."SKU", a."Line Count", a."Total Qty", a."Revenue", a."Cheapest", a."Last Sold", a.__pgt_row_id, a.__pgt_count, a.__pgt_nonnull_1, a.__pgt_nonnull_2);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales.Order Items') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_beb66fa32e5d012c IS NOT NULL OR pg_trickle.children_layout('"Sales"."Order Items"'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('"Sales"."Order Items"'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'Sales.Item Totals') THEN
        DELETE FROM "Sales"."Item Totals";
    ELSE
        TRUNCATE "Sales"."Item Totals";
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('Sales.Order Items')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'Sales.Item Totals' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('"Sales"."Order Items"'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'Sales.Item Totals' AND d.source_stable_name = 'Sales.Order Items';
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_7dd04ba2bb1c4dfd ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i."SKU" AS "SKU",
                     count(*) AS "Line Count",
                     sum(i."Qty") AS "Total Qty",
                     sum(i."Qty" * i."Unit Price") AS "Revenue",
                     min(i."Unit Price") AS "Cheapest",
                     max(i."Created At") AS "Last Sold",
                     hashtextextended(i."SKU", 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     count(i."Qty") AS __pgt_nonnull_1,
                     count(i."Qty" * i."Unit Price") AS __pgt_nonnull_2
                FROM (
                  SELECT "Item ID", "Order Ref", "SKU", "Qty", "Unit Price", "Tags", "Attrs", "Created At" FROM "Sales"."Order Items"
                ) AS i
               GROUP BY i."SKU"
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_7dd04ba2bb1c4dfd AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('Sales.Order Items', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'Sales' AND pgt_name = 'Item Totals'
        ),
        __pgt_release_beb66fa32e5d012c AS (
            DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
             WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'Sales.Order Items' AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO "Sales"."Item Totals" ("SKU", "Line Count", "Total Qty", "Revenue", "Cheapest", "Last Sold", __pgt_row_id, __pgt_count, __pgt_nonnull_1, __pgt_nonnull_2)
        SELECT q."SKU", q."Line Count", q."Total Qty", q."Revenue", q."Cheapest", q."Last Sold", q.__pgt_row_id, q.__pgt_count, q.__pgt_nonnull_1, q.__pgt_nonnull_2 FROM pg_temp.__pgt_full_7dd04ba2bb1c4dfd AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_7dd04ba2bb1c4dfd;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('Sales.Order Items', pg_current_snapshot()::text)
         WHERE pgt_schema = 'Sales' AND pgt_name = 'Item Totals'
    ),
    __pgt_release_beb66fa32e5d012c AS (
        DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
         WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'Sales.Order Items' AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO "Sales"."Item Totals" ("SKU", "Line Count", "Total Qty", "Revenue", "Cheapest", "Last Sold", __pgt_row_id, __pgt_count, __pgt_nonnull_1, __pgt_nonnull_2)
    SELECT * FROM (
      SELECT i."SKU" AS "SKU",
             count(*) AS "Line Count",
             sum(i."Qty") AS "Total Qty",
             sum(i."Qty" * i."Unit Price") AS "Revenue",
             min(i."Unit Price") AS "Cheapest",
             max(i."Created At") AS "Last Sold",
             hashtextextended(i."SKU", 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             count(i."Qty") AS __pgt_nonnull_1,
             count(i."Qty" * i."Unit Price") AS __pgt_nonnull_2
        FROM (
          SELECT "Item ID", "Order Ref", "SKU", "Qty", "Unit Price", "Tags", "Attrs", "Created At" FROM "Sales"."Order Items"
        ) AS i
       GROUP BY i."SKU"
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- trickle: change capture for Sales.Item Totals (stream table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_7dd04ba2bb1c4dfd: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_7dd04ba2bb1c4dfd AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s."SKU", s."Line Count", s."Total Qty", s."Revenue", s."Cheapest", s."Last Sold"
  FROM "Sales"."Item Totals" AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_7dd04ba2bb1c4dfd
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_7dd04ba2bb1c4dfd IS 'trickle: changes of Sales.Item Totals';
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
                WHERE d.source_stable_name = 'Sales.Item Totals' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['SKU', 'Line Count', 'Total Qty', 'Revenue', 'Cheapest', 'Last Sold']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', '"Sales"."Item Totals"'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['SKU', 'Line Count', 'Total Qty', 'Revenue', 'Cheapest', 'Last Sold']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = '"Sales"."Item Totals"'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_7dd04ba2bb1c4dfd'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_7dd04ba2bb1c4dfd'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['SKU', 'Line Count', 'Total Qty', 'Revenue', 'Cheapest', 'Last Sold']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = '"Sales"."Item Totals"'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_7dd04ba2bb1c4dfd'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_7dd04ba2bb1c4dfd'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('Sales.Item Totals')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7dd04ba2bb1c4dfd() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_7dd04ba2bb1c4dfd (__pgt_action, "SKU", "Line Count", "Total Qty", "Revenue", "Cheapest", "Last Sold")
        SELECT 'I', n."SKU", n."Line Count", n."Total Qty", n."Revenue", n."Cheapest", n."Last Sold" FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_7dd04ba2bb1c4dfd (__pgt_action, "SKU", "Line Count", "Total Qty", "Revenue", "Cheapest", "Last Sold")
        SELECT 'D', o."SKU", o."Line Count", o."Total Qty", o."Revenue", o."Cheapest", o."Last Sold" FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n."SKU", n."Line Count", n."Total Qty", n."Revenue", n."Cheapest", n."Last Sold" FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_7dd04ba2bb1c4dfd (__pgt_action, "SKU", "Line Count", "Total Qty", "Revenue", "Cheapest", "Last Sold")
        SELECT 'D', o."SKU", o."Line Count", o."Total Qty", o."Revenue", o."Cheapest", o."Last Sold" FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('Sales.Item Totals');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_7dd04ba2bb1c4dfd AFTER INSERT ON "Sales"."Item Totals"
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7dd04ba2bb1c4dfd();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_7dd04ba2bb1c4dfd AFTER UPDATE ON "Sales"."Item Totals"
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7dd04ba2bb1c4dfd();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_7dd04ba2bb1c4dfd AFTER DELETE ON "Sales"."Item Totals"
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7dd04ba2bb1c4dfd();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_7dd04ba2bb1c4dfd AFTER TRUNCATE ON "Sales"."Item Totals"
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7dd04ba2bb1c4dfd();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE "Sales"."Item Totals" ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_7dd04ba2bb1c4dfd;
ALTER TABLE "Sales"."Item Totals" ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_7dd04ba2bb1c4dfd;
ALTER TABLE "Sales"."Item Totals" ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_7dd04ba2bb1c4dfd;
ALTER TABLE "Sales"."Item Totals" ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_7dd04ba2bb1c4dfd;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('Sales.Item Totals', 'Sales', 'Item Totals', '7dd04ba2bb1c4dfd', 'pg_trickle_changes', 'changes_7dd04ba2bb1c4dfd', 'pg_trickle_cdc_fn_7dd04ba2bb1c4dfd', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('"Sales"."Item Totals"', full => true);
ANALYZE "Sales"."Item Totals";

-- ========================================================================
-- create stream table Sales.Qty By Region
-- ========================================================================
-- trickle: stream table Sales.Qty By Region
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   WITH items AS (SELECT "Order Ref" AS ref, "Qty" FROM "Sales"."Order Items" WHERE "Qty" > 0) SELECT c."Region", sum(i."Qty") AS qty, count(*) AS lines FROM ( SELECT id, "Region" FROM "Customers" ) AS c JOIN items AS i ON i.ref = c.id GROUP BY c."Region"
--
-- operator tree:
--   project __pgt_g0 AS Region, __pgt_a0 AS qty, __pgt_a1 AS lines
--     aggregate sum(i."Qty"), count(*) group by "Region"
--       inner join on ref = id
--         project id, "Region" AS Region
--           scan public.Customers
--         project "Order Ref" AS ref, "Qty" AS Qty
--           filter "Qty" > 0
--             scan Sales.Order Items

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_0).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE "Sales"."Qty By Region" WITH (fillfactor = 50) AS
  SELECT i."Region" AS "Region",
         sum(i."Qty") AS qty,
         count(*) AS lines,
         coalesce(hashtextextended(i."Region", 0), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i."Qty") AS __pgt_nonnull_0
    FROM (
      SELECT __pgt_j1.id AS id, __pgt_j1."Region" AS "Region", __pgt_j2.ref AS ref, __pgt_j2."Qty" AS "Qty"
        FROM (
        SELECT "Customers".id AS id, "Customers"."Region" AS "Region"
          FROM public."Customers" AS "Customers"
      ) AS __pgt_j1,
             (
        SELECT i."Order Ref" AS ref, i."Qty" AS "Qty"
          FROM (
          SELECT "Order Items"."Item ID", "Order Items"."Order Ref", "Order Items"."SKU", "Order Items"."Qty", "Order Items"."Unit Price", "Order Items"."Tags", "Order Items"."Attrs", "Order Items"."Created At"
            FROM "Sales"."Order Items" AS "Order Items"
           WHERE "Order Items"."Qty" > 0
        ) AS i
      ) AS __pgt_j2
       WHERE __pgt_j2.ref = __pgt_j1.id
    ) AS i
   GROUP BY i."Region"
  WITH NO DATA;
ALTER TABLE "Sales"."Qty By Region" ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_b414ec7bc500b204 ON "Sales"."Qty By Region" (__pgt_row_id);
COMMENT ON TABLE "Sales"."Qty By Region" IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''"Sales"."Qty By Region"'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('Sales', 'Qty By Region', 'Sales.Qty By Region', 'b414ec7bc500b204', 'WITH items AS (SELECT "Order Ref" AS ref, "Qty" FROM "Sales"."Order Items" WHERE "Qty" > 0) SELECT c."Region", sum(i."Qty") AS qty, count(*) AS lines FROM ( SELECT id, "Region" FROM "Customers" ) AS c JOIN items AS i ON i.ref = c.id GROUP BY c."Region"', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_b414ec7bc500b204', 3, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales.Order Items', 'TABLE', true, ARRAY['Item ID', 'Order Ref', 'SKU', 'Qty', 'Unit Price', 'Tags', 'Attrs', 'Created At']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'Sales.Qty By Region';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.Customers', 'TABLE', true, ARRAY['id', 'Name', 'Region', 'nicknames']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'Sales.Qty By Region';

-- Refresh function, called by pg_trickle.refresh('"Sales"."Qty By Region"').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_b414ec7bc500b204(p_full boolean) RETURNS text
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
    __pgt_bound_beb66fa32e5d012c xid8;
    __pgt_small_beb66fa32e5d012c boolean;
    __pgt_bound_a00bb99dadf5f410 xid8;
    __pgt_small_a00bb99dadf5f410 boolean;
    __pgt_parts_beb66fa32e5d012c text;
    __pgt_parts_a00bb99dadf5f410 text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('Sales.Order Items') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales.Order Items' AND d.consumes_changes AND r.stable_name <> 'Sales.Qty By Region'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_beb66fa32e5d012c'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.Customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.Customers' AND d.consumes_changes AND r.stable_name <> 'Sales.Qty By Region'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_a00bb99dadf5f410'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'Sales.Order Items'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.Customers')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_beb66fa32e5d012c, __pgt_small_beb66fa32e5d012c, __pgt_bound_a00bb99dadf5f410, __pgt_small_a00bb99dadf5f410, __pgt_parts_beb66fa32e5d012c, __pgt_parts_a00bb99dadf5f410
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'Sales.Qty By Region';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales.Order Items', 'public.Customers') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_beb66fa32e5d012c IS NOT NULL OR pg_trickle.children_layout('"Sales"."Order Items"'::regclass) IS NOT NULL OR __pgt_parts_a00bb99dadf5f410 IS NOT NULL OR pg_trickle.children_layout('public."Customers"'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('"Sales"."Order Items"'::regclass, 'public."Customers"'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
             WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
             WHERE __pgt_small_a00bb99dadf5f410 AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_beb66fa32e5d012c'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales"."Order Items"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales"."Order Items"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales.Order Items', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_a00bb99dadf5f410'::regclass) > __pgt_full_ratio * pg_relation_size('public."Customers"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public."Customers"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.Customers', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('Sales.Order Items', pg_current_snapshot()::text, 'public.Customers', pg_current_snapshot()::text)
               WHERE pgt_schema = 'Sales' AND pgt_name = 'Qty By Region'
            ),
            -- delete the changes of Sales.Order Items that every reader has consumed
            __pgt_release_beb66fa32e5d012c AS (
              DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
               WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.Customers that every reader has consumed
            __pgt_release_a00bb99dadf5f410 AS (
              DELETE FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
               WHERE __pgt_small_a00bb99dadf5f410 AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.Customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c."Name", c."Region", c.nicknames
                FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d."Region" AS "Region"
                FROM delta_customers AS d
            ),
            -- scan Sales.Order Items: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_order_items AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."Item ID", c."Order Ref", c."SKU", c."Qty", c."Unit Price", c."Tags", c."Attrs", c."Created At"
                FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy "Qty" > 0
            delta_filter AS (
              SELECT d.__pgt_w, d."Item ID", d."Order Ref", d."SKU", d."Qty", d."Unit Price", d."Tags", d."Attrs", d."Created At"
                FROM delta_order_items AS d
               WHERE d."Qty" > 0
            ),
            -- project (linear): each changed row, projected
            delta_project_2 AS (
              SELECT d.__pgt_w, d."Order Ref" AS ref, d."Qty" AS "Qty"
                FROM delta_filter AS d
            ),
            -- inner join (bilinear): the sum of
            --     d(__pgt_j1) JOIN __pgt_j2
            --   + __pgt_j1' JOIN d(__pgt_j2)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT __pgt_j1.__pgt_w * __pgt_j2.__pgt_w AS __pgt_w, __pgt_j1.id AS id, __pgt_j1."Region" AS "Region", __pgt_j2.ref AS ref, __pgt_j2."Qty" AS "Qty"
                FROM delta_project AS __pgt_j1,
                     (
                SELECT 1 AS __pgt_w, ref, "Qty" FROM (
                  SELECT i."Order Ref" AS ref, i."Qty" AS "Qty"
                    FROM (
                    SELECT "Order Items"."Item ID", "Order Items"."Order Ref", "Order Items"."SKU", "Order Items"."Qty", "Order Items"."Unit Price", "Order Items"."Tags", "Order Items"."Attrs", "Order Items"."Created At"
                      FROM "Sales"."Order Items" AS "Order Items"
                     WHERE "Order Items"."Qty" > 0
                  ) AS i
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, ref, "Qty" FROM delta_project_2
              ) AS __pgt_j2
               WHERE __pgt_j2.ref = __pgt_j1.id
              UNION ALL
              SELECT __pgt_j2.__pgt_w AS __pgt_w, __pgt_j1.id AS id, __pgt_j1."Region" AS "Region", __pgt_j2.ref AS ref, __pgt_j2."Qty" AS "Qty"
                FROM (
                SELECT "Customers".id AS id, "Customers"."Region" AS "Region"
                  FROM public."Customers" AS "Customers"
              ) AS __pgt_j1,
                     delta_project_2 AS __pgt_j2
               WHERE __pgt_j2.ref = __pgt_j1.id
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d."Region" AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d."Qty" IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_0,
                     CASE WHEN sum(d."Qty") FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(d."Qty") FILTER (WHERE d.__pgt_w > 0) WHEN sum(d."Qty") FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(d."Qty") FILTER (WHERE d.__pgt_w < 0)) ELSE sum(d."Qty") FILTER (WHERE d.__pgt_w > 0) - sum(d."Qty") FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_1
                FROM delta_join AS d
               GROUP BY d."Region"
            )
            MERGE INTO "Sales"."Qty By Region" AS s
            USING __pgt_delta_groups AS g
               ON s.__pgt_row_id = coalesce(hashtextextended(g.__pgt_g0, 0), 0) AND s."Region" IS NOT DISTINCT FROM g.__pgt_g0
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          "Region" = g.__pgt_g0,
                          qty = CASE WHEN s.__pgt_nonnull_0 + g.__pgt_d_nonnull_0 = 0 THEN NULL WHEN s.qty IS NULL THEN g.__pgt_d_value_0 WHEN g.__pgt_d_value_0 IS NULL THEN s.qty ELSE s.qty + g.__pgt_d_value_0 END,
                          lines = coalesce(s.lines, 0) + g.__pgt_d_value_1,
                          __pgt_count = s.__pgt_count + g.__pgt_d_count,
                          __pgt_nonnull_0 = s.__pgt_nonnull_0 + g.__pgt_d_nonnull_0
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT ("Region", qty, lines, __pgt_row_id, __pgt_count, __pgt_nonnull_0)
                          VALUES (g.__pgt_g0,
                                  CASE WHEN g.__pgt_d_nonnull_0 = 0 THEN NULL ELSE g.__pgt_d_value_0 END,
                                  g.__pgt_d_value_1,
                                  coalesce(hashtextextended(g.__pgt_g0, 0), 0),
                                  g.__pgt_d_count,
                                  g.__pgt_d_nonnull_0);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales.Order Items', 'public.Customers') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_beb66fa32e5d012c IS NOT NULL OR pg_trickle.children_layout('"Sales"."Order Items"'::regclass) IS NOT NULL OR __pgt_parts_a00bb99dadf5f410 IS NOT NULL OR pg_trickle.children_layout('public."Customers"'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('"Sales"."Order Items"'::regclass, 'public."Customers"'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'Sales.Qty By Region') THEN
        DELETE FROM "Sales"."Qty By Region";
    ELSE
        TRUNCATE "Sales"."Qty By Region";
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('Sales.Order Items'), ('public.Customers')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'Sales.Qty By Region' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('"Sales"."Order Items"'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'Sales.Qty By Region' AND d.source_stable_name = 'Sales.Order Items';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public."Customers"'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'Sales.Qty By Region' AND d.source_stable_name = 'public.Customers';
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_b414ec7bc500b204 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i."Region" AS "Region",
                     sum(i."Qty") AS qty,
                     count(*) AS lines,
                     coalesce(hashtextextended(i."Region", 0), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     count(i."Qty") AS __pgt_nonnull_0
                FROM (
                  SELECT __pgt_j1.id AS id, __pgt_j1."Region" AS "Region", __pgt_j2.ref AS ref, __pgt_j2."Qty" AS "Qty"
                    FROM (
                    SELECT "Customers".id AS id, "Customers"."Region" AS "Region"
                      FROM public."Customers" AS "Customers"
                  ) AS __pgt_j1,
                         (
                    SELECT i."Order Ref" AS ref, i."Qty" AS "Qty"
                      FROM (
                      SELECT "Order Items"."Item ID", "Order Items"."Order Ref", "Order Items"."SKU", "Order Items"."Qty", "Order Items"."Unit Price", "Order Items"."Tags", "Order Items"."Attrs", "Order Items"."Created At"
                        FROM "Sales"."Order Items" AS "Order Items"
                       WHERE "Order Items"."Qty" > 0
                    ) AS i
                  ) AS __pgt_j2
                   WHERE __pgt_j2.ref = __pgt_j1.id
                ) AS i
               GROUP BY i."Region"
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_b414ec7bc500b204 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('Sales.Order Items', __pgt_full_snapshot::text, 'public.Customers', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'Sales' AND pgt_name = 'Qty By Region'
        ),
        __pgt_release_beb66fa32e5d012c AS (
            DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
             WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_a00bb99dadf5f410 AS (
            DELETE FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
             WHERE __pgt_small_a00bb99dadf5f410 AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'Sales.Order Items' AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'public.Customers' AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO "Sales"."Qty By Region" ("Region", qty, lines, __pgt_row_id, __pgt_count, __pgt_nonnull_0)
        SELECT q."Region", q.qty, q.lines, q.__pgt_row_id, q.__pgt_count, q.__pgt_nonnull_0 FROM pg_temp.__pgt_full_b414ec7bc500b204 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_b414ec7bc500b204;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('Sales.Order Items', pg_current_snapshot()::text, 'public.Customers', pg_current_snapshot()::text)
         WHERE pgt_schema = 'Sales' AND pgt_name = 'Qty By Region'
    ),
    __pgt_release_beb66fa32e5d012c AS (
        DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
         WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_a00bb99dadf5f410 AS (
        DELETE FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
         WHERE __pgt_small_a00bb99dadf5f410 AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'Sales.Order Items' AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.Customers' AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO "Sales"."Qty By Region" ("Region", qty, lines, __pgt_row_id, __pgt_count, __pgt_nonnull_0)
    SELECT * FROM (
      SELECT i."Region" AS "Region",
             sum(i."Qty") AS qty,
             count(*) AS lines,
             coalesce(hashtextextended(i."Region", 0), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             count(i."Qty") AS __pgt_nonnull_0
        FROM (
          SELECT __pgt_j1.id AS id, __pgt_j1."Region" AS "Region", __pgt_j2.ref AS ref, __pgt_j2."Qty" AS "Qty"
            FROM (
            SELECT "Customers".id AS id, "Customers"."Region" AS "Region"
              FROM public."Customers" AS "Customers"
          ) AS __pgt_j1,
                 (
            SELECT i."Order Ref" AS ref, i."Qty" AS "Qty"
              FROM (
              SELECT "Order Items"."Item ID", "Order Items"."Order Ref", "Order Items"."SKU", "Order Items"."Qty", "Order Items"."Unit Price", "Order Items"."Tags", "Order Items"."Attrs", "Order Items"."Created At"
                FROM "Sales"."Order Items" AS "Order Items"
               WHERE "Order Items"."Qty" > 0
            ) AS i
          ) AS __pgt_j2
           WHERE __pgt_j2.ref = __pgt_j1.id
        ) AS i
       GROUP BY i."Region"
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('"Sales"."Qty By Region"', full => true);
ANALYZE "Sales"."Qty By Region";

-- ========================================================================
-- create stream table Sales.Unit Shares
-- ========================================================================
-- trickle: stream table Sales.Unit Shares
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT "Item ID", "Unit Price" / "Qty" AS "Per Unit" FROM "Sales"."Order Items"
--
-- operator tree:
--   project "Item ID" AS Item ID, "Unit Price" / "Qty" AS Per Unit
--     scan Sales.Order Items

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE "Sales"."Unit Shares" AS
  SELECT r."Item ID", r."Per Unit", hashint8extended(r."Item ID", 0) AS __pgt_row_id
    FROM (
      SELECT "Order Items"."Item ID" AS "Item ID", "Order Items"."Unit Price" / "Order Items"."Qty" AS "Per Unit"
        FROM "Sales"."Order Items" AS "Order Items"
    ) AS r
  WITH NO DATA;
ALTER TABLE "Sales"."Unit Shares" ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_e5d9d83ecb7ece0d ON "Sales"."Unit Shares" (__pgt_row_id);
COMMENT ON TABLE "Sales"."Unit Shares" IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''"Sales"."Unit Shares"'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('Sales', 'Unit Shares', 'Sales.Unit Shares', 'e5d9d83ecb7ece0d', 'SELECT "Item ID", "Unit Price" / "Qty" AS "Per Unit" FROM "Sales"."Order Items"', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_e5d9d83ecb7ece0d', 4, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales.Order Items', 'TABLE', true, ARRAY['Item ID', 'Order Ref', 'SKU', 'Qty', 'Unit Price', 'Tags', 'Attrs', 'Created At']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'Sales.Unit Shares';

-- Refresh function, called by pg_trickle.refresh('"Sales"."Unit Shares"').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_e5d9d83ecb7ece0d(p_full boolean) RETURNS text
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
    __pgt_bound_beb66fa32e5d012c xid8;
    __pgt_small_beb66fa32e5d012c boolean;
    __pgt_parts_beb66fa32e5d012c text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('Sales.Order Items') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales.Order Items' AND d.consumes_changes AND r.stable_name <> 'Sales.Unit Shares'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_beb66fa32e5d012c'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'Sales.Order Items')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_beb66fa32e5d012c, __pgt_small_beb66fa32e5d012c, __pgt_parts_beb66fa32e5d012c
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'Sales.Unit Shares';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales.Order Items') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_beb66fa32e5d012c IS NOT NULL OR pg_trickle.children_layout('"Sales"."Order Items"'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('"Sales"."Order Items"'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
             WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_beb66fa32e5d012c'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales"."Order Items"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales"."Order Items"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales.Order Items', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('Sales.Order Items', pg_current_snapshot()::text)
               WHERE pgt_schema = 'Sales' AND pgt_name = 'Unit Shares'
            ),
            -- delete the changes of Sales.Order Items that every reader has consumed
            __pgt_release_beb66fa32e5d012c AS (
              DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
               WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan Sales.Order Items: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_order_items AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."Item ID", c."Order Ref", c."SKU", c."Qty", c."Unit Price", c."Tags", c."Attrs", c."Created At"
                FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d."Item ID" AS "Item ID", d."Unit Price" / d."Qty" AS "Per Unit"
                FROM delta_order_items AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d."Item ID", d."Per Unit", sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d."Item ID", d."Per Unit"
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashint8extended(n."Item ID", 0), n."Item ID") hashint8extended(n."Item ID", 0) AS __pgt_row_id, n."Item ID", n."Per Unit", n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashint8extended(n."Item ID", 0), n."Item ID", n.__pgt_w DESC
            )
            MERGE INTO "Sales"."Unit Shares" AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s."Item ID" = a."Item ID"
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET "Item ID" = a."Item ID", "Per Unit" = a."Per Unit"
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT ("Item ID", "Per Unit", __pgt_row_id) VALUES (a."Item ID", a."Per Unit", a.__pgt_row_id);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales.Order Items') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_beb66fa32e5d012c IS NOT NULL OR pg_trickle.children_layout('"Sales"."Order Items"'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('"Sales"."Order Items"'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'Sales.Unit Shares') THEN
        DELETE FROM "Sales"."Unit Shares";
    ELSE
        TRUNCATE "Sales"."Unit Shares";
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('Sales.Order Items')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'Sales.Unit Shares' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('"Sales"."Order Items"'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'Sales.Unit Shares' AND d.source_stable_name = 'Sales.Order Items';
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('Sales.Order Items', pg_current_snapshot()::text)
         WHERE pgt_schema = 'Sales' AND pgt_name = 'Unit Shares'
    ),
    __pgt_release_beb66fa32e5d012c AS (
        DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
         WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'Sales.Order Items' AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO "Sales"."Unit Shares" ("Item ID", "Per Unit", __pgt_row_id)
    SELECT * FROM (
      SELECT r."Item ID", r."Per Unit", hashint8extended(r."Item ID", 0) AS __pgt_row_id
        FROM (
          SELECT "Order Items"."Item ID" AS "Item ID", "Order Items"."Unit Price" / "Order Items"."Qty" AS "Per Unit"
            FROM "Sales"."Order Items" AS "Order Items"
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('"Sales"."Unit Shares"', full => true);
ANALYZE "Sales"."Unit Shares";

-- ========================================================================
-- create stream table Sales.order
-- ========================================================================
-- trickle: stream table Sales.order
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT "SKU", "Revenue", "Total Qty" / "Line Count" AS "Avg Qty" FROM "Sales"."Item Totals" WHERE "Revenue" IS NOT NULL
--
-- operator tree:
--   project "SKU" AS SKU, "Revenue" AS Revenue, "Total Qty" / "Line Count" AS Avg Qty
--     filter "Revenue" IS NOT NULL
--       scan Sales.Item Totals (stream table)

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE "Sales"."order" AS
  SELECT r."SKU", r."Revenue", r."Avg Qty", hashtextextended(r."SKU", 0) AS __pgt_row_id
    FROM (
      SELECT i."SKU" AS "SKU", i."Revenue" AS "Revenue", i."Total Qty" / i."Line Count" AS "Avg Qty"
        FROM (
        SELECT "Item Totals"."SKU", "Item Totals"."Line Count", "Item Totals"."Total Qty", "Item Totals"."Revenue", "Item Totals"."Cheapest", "Item Totals"."Last Sold"
          FROM "Sales"."Item Totals" AS "Item Totals"
         WHERE "Item Totals"."Revenue" IS NOT NULL
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE "Sales"."order" ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_468e61cdb7a64e56 ON "Sales"."order" (__pgt_row_id);
COMMENT ON TABLE "Sales"."order" IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''"Sales"."order"'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('Sales', 'order', 'Sales.order', '468e61cdb7a64e56', 'SELECT "SKU", "Revenue", "Total Qty" / "Line Count" AS "Avg Qty" FROM "Sales"."Item Totals" WHERE "Revenue" IS NOT NULL', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_468e61cdb7a64e56', 5, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales.Item Totals', 'STREAM_TABLE', true, ARRAY['SKU', 'Line Count', 'Total Qty', 'Revenue', 'Cheapest', 'Last Sold']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'Sales.order';

-- Refresh function, called by pg_trickle.refresh('"Sales"."order"').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_468e61cdb7a64e56(p_full boolean) RETURNS text
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
    __pgt_bound_7dd04ba2bb1c4dfd xid8;
    __pgt_small_7dd04ba2bb1c4dfd boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('Sales.Item Totals') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales.Item Totals' AND d.consumes_changes AND r.stable_name <> 'Sales.order'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_7dd04ba2bb1c4dfd'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_7dd04ba2bb1c4dfd, __pgt_small_7dd04ba2bb1c4dfd
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'Sales.order';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales.Item Totals') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_7dd04ba2bb1c4dfd AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_7dd04ba2bb1c4dfd AS c
             WHERE __pgt_small_7dd04ba2bb1c4dfd AND c.__pgt_xid < least(__pgt_bound_7dd04ba2bb1c4dfd, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_7dd04ba2bb1c4dfd'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales"."Item Totals"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_7dd04ba2bb1c4dfd AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales"."Item Totals"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales.Item Totals', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('Sales.Item Totals', pg_current_snapshot()::text)
               WHERE pgt_schema = 'Sales' AND pgt_name = 'order'
            ),
            -- delete the changes of Sales.Item Totals that every reader has consumed
            __pgt_release_7dd04ba2bb1c4dfd AS (
              DELETE FROM pg_trickle_changes.changes_7dd04ba2bb1c4dfd AS c
               WHERE __pgt_small_7dd04ba2bb1c4dfd AND c.__pgt_xid < least(__pgt_bound_7dd04ba2bb1c4dfd, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan Sales.Item Totals: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_item_totals AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."SKU", c."Line Count", c."Total Qty", c."Revenue", c."Cheapest", c."Last Sold"
                FROM pg_trickle_changes.changes_7dd04ba2bb1c4dfd AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy "Revenue" IS NOT NULL
            delta_filter AS (
              SELECT d.__pgt_w, d."SKU", d."Line Count", d."Total Qty", d."Revenue", d."Cheapest", d."Last Sold"
                FROM delta_item_totals AS d
               WHERE d."Revenue" IS NOT NULL
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d."SKU" AS "SKU", d."Revenue" AS "Revenue", d."Total Qty" / d."Line Count" AS "Avg Qty"
                FROM delta_filter AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d."SKU", d."Revenue", d."Avg Qty", sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d."SKU", d."Revenue", d."Avg Qty"
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashtextextended(n."SKU", 0), n."SKU") hashtextextended(n."SKU", 0) AS __pgt_row_id, n."SKU", n."Revenue", n."Avg Qty", n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashtextextended(n."SKU", 0), n."SKU", n.__pgt_w DESC
            )
            MERGE INTO "Sales"."order" AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s."SKU" = a."SKU"
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET "SKU" = a."SKU", "Revenue" = a."Revenue", "Avg Qty" = a."Avg Qty"
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT ("SKU", "Revenue", "Avg Qty", __pgt_row_id) VALUES (a."SKU", a."Revenue", a."Avg Qty", a.__pgt_row_id);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales.Item Totals') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'Sales.order') THEN
        DELETE FROM "Sales"."order";
    ELSE
        TRUNCATE "Sales"."order";
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('Sales.Item Totals')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'Sales.order' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('Sales.Item Totals', pg_current_snapshot()::text)
         WHERE pgt_schema = 'Sales' AND pgt_name = 'order'
    ),
    __pgt_release_7dd04ba2bb1c4dfd AS (
        DELETE FROM pg_trickle_changes.changes_7dd04ba2bb1c4dfd AS c
         WHERE __pgt_small_7dd04ba2bb1c4dfd AND c.__pgt_xid < least(__pgt_bound_7dd04ba2bb1c4dfd, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'Sales.Item Totals' AND c.__pgt_xid < least(__pgt_bound_7dd04ba2bb1c4dfd, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO "Sales"."order" ("SKU", "Revenue", "Avg Qty", __pgt_row_id)
    SELECT * FROM (
      SELECT r."SKU", r."Revenue", r."Avg Qty", hashtextextended(r."SKU", 0) AS __pgt_row_id
        FROM (
          SELECT i."SKU" AS "SKU", i."Revenue" AS "Revenue", i."Total Qty" / i."Line Count" AS "Avg Qty"
            FROM (
            SELECT "Item Totals"."SKU", "Item Totals"."Line Count", "Item Totals"."Total Qty", "Item Totals"."Revenue", "Item Totals"."Cheapest", "Item Totals"."Last Sold"
              FROM "Sales"."Item Totals" AS "Item Totals"
             WHERE "Item Totals"."Revenue" IS NOT NULL
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('"Sales"."order"', full => true);
ANALYZE "Sales"."order";

-- ========================================================================
-- create stream table audit.failures
-- ========================================================================
-- trickle: stream table audit.failures
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 2m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT f."user", count(*) AS failures, (SELECT count(*) FROM audit.entries) AS entries FROM audit.failed_logins AS f GROUP BY f."user"
--
-- operator tree:
--   project __pgt_g0 AS user, __pgt_a0 AS failures, __pgt_g1 AS entries
--     aggregate count(*) group by "user", CASE WHEN __pgt_sub1_pgt_rows IS NULL THEN 0 ELSE __pgt_sub1_pgt_value END
--       left outer join on true
--         project id, "user" AS user, ok, cost, took
--           filter NOT (ok)
--             scan audit.logins
--         project __pgt_a0 AS pgt_value, __pgt_a0 AS pgt_rows
--           aggregate count(*) (one group)
--             scan audit.entries

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE audit.failures WITH (fillfactor = 50) AS
  SELECT i."user" AS "user",
         count(*) AS failures,
         CASE WHEN i.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub1_pgt_value END AS entries,
         hash_record_extended(ROW(i."user", CASE WHEN i.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub1_pgt_value END), 0) AS __pgt_row_id,
         count(*) AS __pgt_count
    FROM (
      SELECT __pgt_l.id AS id, __pgt_l."user" AS "user", __pgt_l.ok AS ok, __pgt_l.cost AS cost, __pgt_l.took AS took, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
        FROM (
        SELECT i.id AS id, i."user" AS "user", i.ok AS ok, i.cost AS cost, i.took AS took
          FROM (
          SELECT logins.id, logins."user", logins.ok, logins.cost, logins.took
            FROM audit.logins AS logins
           WHERE NOT (logins.ok)
        ) AS i
      ) AS __pgt_l
        LEFT JOIN (
        SELECT i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
          FROM (
          SELECT count(*) AS __pgt_a0
            FROM audit.entries AS entries
        ) AS i
      ) AS __pgt_r ON true
    ) AS i
   GROUP BY i."user", CASE WHEN i.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub1_pgt_value END
  WITH NO DATA;
ALTER TABLE audit.failures ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_cdfbece790fa0ceb ON audit.failures (__pgt_row_id);
COMMENT ON TABLE audit.failures IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''audit.failures'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('audit', 'failures', 'audit.failures', 'cdfbece790fa0ceb', 'SELECT f."user", count(*) AS failures, (SELECT count(*) FROM audit.entries) AS entries FROM audit.failed_logins AS f GROUP BY f."user"', 'AUTO', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_cdfbece790fa0ceb', 6, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- The delta recomputes each group (or window partition) a change touches from its rows:
-- past this share of a source's rows changed, recomputing all of them costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.01 WHERE stable_name = 'audit.failures';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'audit.entries', 'TABLE', true, ARRAY['id', 'at']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'audit.failures';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'audit.logins', 'TABLE', true, ARRAY['id', 'user', 'ok', 'cost', 'took']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'audit.failures';

-- Refresh function, called by pg_trickle.refresh('audit.failures').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_cdfbece790fa0ceb(p_full boolean) RETURNS text
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
    __pgt_bound_27c47cbd391b9a54 xid8;
    __pgt_small_27c47cbd391b9a54 boolean;
    __pgt_bound_6a98fa9afc67d568 xid8;
    __pgt_small_6a98fa9afc67d568 boolean;
    __pgt_parts_27c47cbd391b9a54 text;
    __pgt_parts_6a98fa9afc67d568 text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('audit.entries') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'audit.entries' AND d.consumes_changes AND r.stable_name <> 'audit.failures'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_27c47cbd391b9a54'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('audit.logins') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'audit.logins' AND d.consumes_changes AND r.stable_name <> 'audit.failures'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_6a98fa9afc67d568'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'audit.entries'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'audit.logins')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_27c47cbd391b9a54, __pgt_small_27c47cbd391b9a54, __pgt_bound_6a98fa9afc67d568, __pgt_small_6a98fa9afc67d568, __pgt_parts_27c47cbd391b9a54, __pgt_parts_6a98fa9afc67d568
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'audit.failures';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('audit.entries', 'audit.logins') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_27c47cbd391b9a54 IS DISTINCT FROM pg_trickle.partition_layout('audit.entries'::regclass) THEN
            __pgt_reason := 'the partitions of a source changed (ATTACH, DETACH, DROP or TRUNCATE of a partition)';
        ELSIF __pgt_parts_6a98fa9afc67d568 IS NOT NULL OR pg_trickle.children_layout('audit.logins'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('audit.logins'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_27c47cbd391b9a54 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_27c47cbd391b9a54 AS c
             WHERE __pgt_small_27c47cbd391b9a54 AND c.__pgt_xid < least(__pgt_bound_27c47cbd391b9a54, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c
             WHERE __pgt_small_6a98fa9afc67d568 AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_27c47cbd391b9a54'::regclass) > __pgt_full_ratio * (SELECT coalesce(sum(pg_relation_size(p.relid)), 0) FROM pg_partition_tree('audit.entries'::regclass) AS p WHERE p.isleaf) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_27c47cbd391b9a54 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) FROM pg_partition_tree('audit.entries'::regclass) AS p JOIN pg_class AS c ON c.oid = p.relid WHERE p.isleaf) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'audit.entries', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_6a98fa9afc67d568'::regclass) > __pgt_full_ratio * pg_relation_size('audit.logins'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'audit.logins'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'audit.logins', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND EXISTS (SELECT FROM pg_trickle_changes.changes_27c47cbd391b9a54 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) AND EXISTS (SELECT FROM audit.failures OFFSET 999) THEN
            __pgt_reason := 'changes of audit.entries may change a value every row reads (an aggregate of a subquery without GROUP BY)';
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
                     frontier_by_source = jsonb_build_object('audit.entries', pg_current_snapshot()::text, 'audit.logins', pg_current_snapshot()::text)
               WHERE pgt_schema = 'audit' AND pgt_name = 'failures'
            ),
            -- delete the changes of audit.entries that every reader has consumed
            __pgt_release_27c47cbd391b9a54 AS (
              DELETE FROM pg_trickle_changes.changes_27c47cbd391b9a54 AS c
               WHERE __pgt_small_27c47cbd391b9a54 AND c.__pgt_xid < least(__pgt_bound_27c47cbd391b9a54, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of audit.logins that every reader has consumed
            __pgt_release_6a98fa9afc67d568 AS (
              DELETE FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c
               WHERE __pgt_small_6a98fa9afc67d568 AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan audit.logins: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_logins AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c."user", c.ok, c.cost, c.took
                FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy NOT (ok)
            delta_filter AS (
              SELECT d.__pgt_w, d.id, d."user", d.ok, d.cost, d.took
                FROM delta_logins AS d
               WHERE NOT (d.ok)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d."user" AS "user", d.ok AS ok, d.cost AS cost, d.took AS took
                FROM delta_filter AS d
            ),
            -- scan audit.entries: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_entries AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.at
                FROM pg_trickle_changes.changes_27c47cbd391b9a54 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate in a subquery: the groups its input's changes touch (without GROUP BY, its one group)
            __pgt_changed_groups AS (
              SELECT WHERE EXISTS (SELECT FROM delta_entries)
            ),
            -- aggregate in a subquery: the touched groups' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r.id, r.at
                FROM (SELECT u.id, u.at, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.id, c.at FROM (
                          SELECT c.id, c.at
                            FROM audit.entries AS c
                            JOIN __pgt_changed_groups AS k ON true
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.id, d.at FROM delta_entries AS d) AS u
                       GROUP BY u.id, u.at
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was
            delta_aggregate AS (
              SELECT 1 AS __pgt_w, count(*) AS __pgt_a0
                FROM (
                  SELECT c.id, c.at
                    FROM audit.entries AS c
                    JOIN __pgt_changed_groups AS k ON true
                ) AS i
               WHERE EXISTS (SELECT FROM __pgt_changed_groups)
              HAVING EXISTS (SELECT FROM __pgt_changed_groups)
              UNION ALL
              SELECT -1, count(*) AS __pgt_a0
                FROM __pgt_group_rows_before AS i
               WHERE EXISTS (SELECT FROM __pgt_changed_groups)
              HAVING EXISTS (SELECT FROM __pgt_changed_groups)
            ),
            -- project (linear): each changed row, projected
            delta_project_2 AS (
              SELECT d.__pgt_w, d.__pgt_a0 AS pgt_value, d.__pgt_a0 AS pgt_rows
                FROM delta_aggregate AS d
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, "user", ok, cost, took FROM (
                  SELECT i.id AS id, i."user" AS "user", i.ok AS ok, i.cost AS cost, i.took AS took
                    FROM (
                    SELECT logins.id, logins."user", logins.ok, logins.cost, logins.took
                      FROM audit.logins AS logins
                     WHERE NOT (logins.ok)
                  ) AS i
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, id, "user", ok, cost, took FROM delta_project
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_project_2 AS __pgt_x WHERE true)
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN (
                SELECT i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT count(*) AS __pgt_a0
                    FROM audit.entries AS entries
                ) AS i
              ) AS __pgt_x ON true
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN delta_project_2 AS __pgt_x ON true
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT __pgt_j1.__pgt_w * __pgt_j2.__pgt_w AS __pgt_w, __pgt_j1.id AS id, __pgt_j1."user" AS "user", __pgt_j1.ok AS ok, __pgt_j1.cost AS cost, __pgt_j1.took AS took, __pgt_j2.pgt_value AS __pgt_sub1_pgt_value, __pgt_j2.pgt_rows AS __pgt_sub1_pgt_rows
                FROM delta_project AS __pgt_j1,
                     (
                SELECT 1 AS __pgt_w, pgt_value, pgt_rows FROM (
                  SELECT i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                    FROM (
                    SELECT count(*) AS __pgt_a0
                      FROM audit.entries AS entries
                  ) AS i
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, pgt_value, pgt_rows FROM delta_project_2
              ) AS __pgt_j2
               WHERE true
              UNION ALL
              SELECT __pgt_j2.__pgt_w AS __pgt_w, __pgt_j1.id AS id, __pgt_j1."user" AS "user", __pgt_j1.ok AS ok, __pgt_j1.cost AS cost, __pgt_j1.took AS took, __pgt_j2.pgt_value AS __pgt_sub1_pgt_value, __pgt_j2.pgt_rows AS __pgt_sub1_pgt_rows
                FROM (
                SELECT i.id AS id, i."user" AS "user", i.ok AS ok, i.cost AS cost, i.took AS took
                  FROM (
                  SELECT logins.id, logins."user", logins.ok, logins.cost, logins.took
                    FROM audit.logins AS logins
                   WHERE NOT (logins.ok)
                ) AS i
              ) AS __pgt_j1,
                     delta_project_2 AS __pgt_j2
               WHERE true
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.id AS id, __pgt_p."user" AS "user", __pgt_p.ok AS ok, __pgt_p.cost AS cost, __pgt_p.took AS took, __pgt_pad.pgt_value AS __pgt_sub1_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub1_pgt_rows
                FROM delta_project AS __pgt_p
                LEFT JOIN (
                SELECT i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT count(*) AS __pgt_a0
                    FROM audit.entries AS entries
                ) AS i
              ) AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM (
                SELECT i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT count(*) AS __pgt_a0
                    FROM audit.entries AS entries
                ) AS i
              ) AS __pgt_x WHERE true OFFSET 0)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p.id AS id, __pgt_p."user" AS "user", __pgt_p.ok AS ok, __pgt_p.cost AS cost, __pgt_p.took AS took, __pgt_pad.pgt_value AS __pgt_sub1_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub1_pgt_rows
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matches_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN (
                SELECT i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT count(*) AS __pgt_a0
                    FROM audit.entries AS entries
                ) AS i
              ) AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d."user" AS __pgt_g0,
                     CASE WHEN d.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE d.__pgt_sub1_pgt_value END AS __pgt_g1,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0
                FROM delta_outer_join AS d
               GROUP BY d."user", CASE WHEN d.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE d.__pgt_sub1_pgt_value END
            )
            MERGE INTO audit.failures AS s
            USING __pgt_delta_groups AS g
               ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0, g.__pgt_g1), 0) AND s."user" = g.__pgt_g0 AND s.entries IS NOT DISTINCT FROM g.__pgt_g1
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          "user" = g.__pgt_g0,
                          failures = coalesce(s.failures, 0) + g.__pgt_d_value_0,
                          entries = g.__pgt_g1,
                          __pgt_count = s.__pgt_count + g.__pgt_d_count
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT ("user", failures, entries, __pgt_row_id, __pgt_count)
                          VALUES (g.__pgt_g0,
                                  g.__pgt_d_value_0,
                                  g.__pgt_g1,
                                  hash_record_extended(ROW(g.__pgt_g0, g.__pgt_g1), 0),
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('audit.entries', 'audit.logins') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_27c47cbd391b9a54 IS DISTINCT FROM pg_trickle.partition_layout('audit.entries'::regclass) THEN
                __pgt_reason := 'the partitions of a source changed (ATTACH, DETACH, DROP or TRUNCATE of a partition)';
            ELSIF __pgt_parts_6a98fa9afc67d568 IS NOT NULL OR pg_trickle.children_layout('audit.logins'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('audit.logins'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'audit.failures') THEN
        DELETE FROM audit.failures;
    ELSE
        TRUNCATE audit.failures;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('audit.entries'), ('audit.logins')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'audit.failures' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.partition_layout('audit.entries'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'audit.failures' AND d.source_stable_name = 'audit.entries';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('audit.logins'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'audit.failures' AND d.source_stable_name = 'audit.logins';
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_cdfbece790fa0ceb ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i."user" AS "user",
                     count(*) AS failures,
                     CASE WHEN i.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub1_pgt_value END AS entries,
                     hash_record_extended(ROW(i."user", CASE WHEN i.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub1_pgt_value END), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count
                FROM (
                  SELECT __pgt_l.id AS id, __pgt_l."user" AS "user", __pgt_l.ok AS ok, __pgt_l.cost AS cost, __pgt_l.took AS took, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
                    FROM (
                    SELECT i.id AS id, i."user" AS "user", i.ok AS ok, i.cost AS cost, i.took AS took
                      FROM (
                      SELECT logins.id, logins."user", logins.ok, logins.cost, logins.took
                        FROM audit.logins AS logins
                       WHERE NOT (logins.ok)
                    ) AS i
                  ) AS __pgt_l
                    LEFT JOIN (
                    SELECT i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                      FROM (
                      SELECT count(*) AS __pgt_a0
                        FROM audit.entries AS entries
                    ) AS i
                  ) AS __pgt_r ON true
                ) AS i
               GROUP BY i."user", CASE WHEN i.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub1_pgt_value END
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_cdfbece790fa0ceb AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('audit.entries', __pgt_full_snapshot::text, 'audit.logins', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'audit' AND pgt_name = 'failures'
        ),
        __pgt_release_27c47cbd391b9a54 AS (
            DELETE FROM pg_trickle_changes.changes_27c47cbd391b9a54 AS c
             WHERE __pgt_small_27c47cbd391b9a54 AND c.__pgt_xid < least(__pgt_bound_27c47cbd391b9a54, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_6a98fa9afc67d568 AS (
            DELETE FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c
             WHERE __pgt_small_6a98fa9afc67d568 AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'audit.entries' AND c.__pgt_xid < least(__pgt_bound_27c47cbd391b9a54, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'audit.logins' AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO audit.failures ("user", failures, entries, __pgt_row_id, __pgt_count)
        SELECT q."user", q.failures, q.entries, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_cdfbece790fa0ceb AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_cdfbece790fa0ceb;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('audit.entries', pg_current_snapshot()::text, 'audit.logins', pg_current_snapshot()::text)
         WHERE pgt_schema = 'audit' AND pgt_name = 'failures'
    ),
    __pgt_release_27c47cbd391b9a54 AS (
        DELETE FROM pg_trickle_changes.changes_27c47cbd391b9a54 AS c
         WHERE __pgt_small_27c47cbd391b9a54 AND c.__pgt_xid < least(__pgt_bound_27c47cbd391b9a54, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_6a98fa9afc67d568 AS (
        DELETE FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c
         WHERE __pgt_small_6a98fa9afc67d568 AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'audit.entries' AND c.__pgt_xid < least(__pgt_bound_27c47cbd391b9a54, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'audit.logins' AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO audit.failures ("user", failures, entries, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT i."user" AS "user",
             count(*) AS failures,
             CASE WHEN i.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub1_pgt_value END AS entries,
             hash_record_extended(ROW(i."user", CASE WHEN i.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub1_pgt_value END), 0) AS __pgt_row_id,
             count(*) AS __pgt_count
        FROM (
          SELECT __pgt_l.id AS id, __pgt_l."user" AS "user", __pgt_l.ok AS ok, __pgt_l.cost AS cost, __pgt_l.took AS took, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
            FROM (
            SELECT i.id AS id, i."user" AS "user", i.ok AS ok, i.cost AS cost, i.took AS took
              FROM (
              SELECT logins.id, logins."user", logins.ok, logins.cost, logins.took
                FROM audit.logins AS logins
               WHERE NOT (logins.ok)
            ) AS i
          ) AS __pgt_l
            LEFT JOIN (
            SELECT i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
              FROM (
              SELECT count(*) AS __pgt_a0
                FROM audit.entries AS entries
            ) AS i
          ) AS __pgt_r ON true
        ) AS i
       GROUP BY i."user", CASE WHEN i.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub1_pgt_value END
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('audit.failures', full => true);
ANALYZE audit.failures;

-- ========================================================================
-- create stream table audit.login_badges
-- ========================================================================
-- trickle: stream table audit.login_badges
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT l.id, l."user", (SELECT b.label FROM badges AS b WHERE b.holder = l."user") AS badge FROM audit.logins AS l
--
-- operator tree:
--   project id, "user" AS user, __pgt_sub1_label AS badge
--     left outer join on __pgt_sub1_holder = "user"
--       scan audit.logins AS l
--       scan public.badges AS b

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE audit.login_badges AS
  SELECT r.id, r."user", r.badge, hashint8extended(r.id, 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i."user" AS "user", i.__pgt_sub1_label AS badge
        FROM (
        SELECT l.id AS id, l."user" AS "user", l.ok AS ok, l.cost AS cost, l.took AS took, b.holder AS __pgt_sub1_holder, b.label AS __pgt_sub1_label
          FROM audit.logins AS l
          LEFT JOIN public.badges AS b ON b.holder = l."user"
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE audit.login_badges ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_5bc8c451a401cb6f ON audit.login_badges (__pgt_row_id);
COMMENT ON TABLE audit.login_badges IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''audit.login_badges'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('audit', 'login_badges', 'audit.login_badges', '5bc8c451a401cb6f', 'SELECT l.id, l."user", (SELECT b.label FROM badges AS b WHERE b.holder = l."user") AS badge FROM audit.logins AS l', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_5bc8c451a401cb6f', 7, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'audit.login_badges';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'audit.logins', 'TABLE', true, ARRAY['id', 'user', 'ok', 'cost', 'took']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'audit.login_badges';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.badges', 'TABLE', true, ARRAY['holder', 'label']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'audit.login_badges';

-- Refresh function, called by pg_trickle.refresh('audit.login_badges').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_5bc8c451a401cb6f(p_full boolean) RETURNS text
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
    __pgt_bound_6a98fa9afc67d568 xid8;
    __pgt_small_6a98fa9afc67d568 boolean;
    __pgt_bound_581ddb033e772085 xid8;
    __pgt_small_581ddb033e772085 boolean;
    __pgt_parts_6a98fa9afc67d568 text;
    __pgt_parts_581ddb033e772085 text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('audit.logins') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'audit.logins' AND d.consumes_changes AND r.stable_name <> 'audit.login_badges'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_6a98fa9afc67d568'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.badges') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.badges' AND d.consumes_changes AND r.stable_name <> 'audit.login_badges'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_581ddb033e772085'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'audit.logins'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.badges')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_6a98fa9afc67d568, __pgt_small_6a98fa9afc67d568, __pgt_bound_581ddb033e772085, __pgt_small_581ddb033e772085, __pgt_parts_6a98fa9afc67d568, __pgt_parts_581ddb033e772085
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'audit.login_badges';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('audit.logins', 'public.badges') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_6a98fa9afc67d568 IS NOT NULL OR pg_trickle.children_layout('audit.logins'::regclass) IS NOT NULL OR __pgt_parts_581ddb033e772085 IS NOT NULL OR pg_trickle.children_layout('public.badges'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('audit.logins'::regclass, 'public.badges'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_581ddb033e772085 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c
             WHERE __pgt_small_6a98fa9afc67d568 AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_581ddb033e772085 AS c
             WHERE __pgt_small_581ddb033e772085 AND c.__pgt_xid < least(__pgt_bound_581ddb033e772085, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_6a98fa9afc67d568'::regclass) > __pgt_full_ratio * pg_relation_size('audit.logins'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'audit.logins'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'audit.logins', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_581ddb033e772085'::regclass) > __pgt_full_ratio * pg_relation_size('public.badges'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_581ddb033e772085 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.badges'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.badges', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('audit.logins', pg_current_snapshot()::text, 'public.badges', pg_current_snapshot()::text)
               WHERE pgt_schema = 'audit' AND pgt_name = 'login_badges'
            ),
            -- delete the changes of audit.logins that every reader has consumed
            __pgt_release_6a98fa9afc67d568 AS (
              DELETE FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c
               WHERE __pgt_small_6a98fa9afc67d568 AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.badges that every reader has consumed
            __pgt_release_581ddb033e772085 AS (
              DELETE FROM pg_trickle_changes.changes_581ddb033e772085 AS c
               WHERE __pgt_small_581ddb033e772085 AND c.__pgt_xid < least(__pgt_bound_581ddb033e772085, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan audit.logins: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_logins AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c."user", c.ok, c.cost, c.took
                FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.badges: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_badges AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.holder, c.label
                FROM pg_trickle_changes.changes_581ddb033e772085 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, "user", ok, cost, took FROM audit.logins
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c."user", c.ok, c.cost, c.took FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_badges AS __pgt_x WHERE __pgt_x.holder = __pgt_p."user")
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN public.badges AS __pgt_x ON __pgt_x.holder = __pgt_p."user"
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN delta_badges AS __pgt_x ON __pgt_x.holder = __pgt_p."user"
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT l.__pgt_w * b.__pgt_w AS __pgt_w, l.id AS id, l."user" AS "user", l.ok AS ok, l.cost AS cost, l.took AS took, b.holder AS __pgt_sub1_holder, b.label AS __pgt_sub1_label
                FROM delta_logins AS l,
                     (
                SELECT 1 AS __pgt_w, holder, label FROM public.badges
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.holder, c.label FROM pg_trickle_changes.changes_581ddb033e772085 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS b
               WHERE b.holder = l."user"
              UNION ALL
              SELECT b.__pgt_w AS __pgt_w, l.id AS id, l."user" AS "user", l.ok AS ok, l.cost AS cost, l.took AS took, b.holder AS __pgt_sub1_holder, b.label AS __pgt_sub1_label
                FROM audit.logins AS l,
                     delta_badges AS b
               WHERE b.holder = l."user"
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.id AS id, __pgt_p."user" AS "user", __pgt_p.ok AS ok, __pgt_p.cost AS cost, __pgt_p.took AS took, __pgt_pad.holder AS __pgt_sub1_holder, __pgt_pad.label AS __pgt_sub1_label
                FROM delta_logins AS __pgt_p
                LEFT JOIN public.badges AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM public.badges AS __pgt_x WHERE __pgt_x.holder = __pgt_p."user")
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p.id AS id, __pgt_p."user" AS "user", __pgt_p.ok AS ok, __pgt_p.cost AS cost, __pgt_p.took AS took, __pgt_pad.holder AS __pgt_sub1_holder, __pgt_pad.label AS __pgt_sub1_label
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matches_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN public.badges AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d."user" AS "user", d.__pgt_sub1_label AS badge
                FROM delta_outer_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d."user", d.badge, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.id, d."user", d.badge
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashint8extended(n.id, 0), n.id) hashint8extended(n.id, 0) AS __pgt_row_id, n.id, n."user", n.badge, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashint8extended(n.id, 0), n.id, n.__pgt_w DESC
            )
            MERGE INTO audit.login_badges AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.id = a.id
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET id = a.id, "user" = a."user", badge = a.badge
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (id, "user", badge, __pgt_row_id) VALUES (a.id, a."user", a.badge, a.__pgt_row_id);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('audit.logins', 'public.badges') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_6a98fa9afc67d568 IS NOT NULL OR pg_trickle.children_layout('audit.logins'::regclass) IS NOT NULL OR __pgt_parts_581ddb033e772085 IS NOT NULL OR pg_trickle.children_layout('public.badges'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('audit.logins'::regclass, 'public.badges'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'audit.login_badges') THEN
        DELETE FROM audit.login_badges;
    ELSE
        TRUNCATE audit.login_badges;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('audit.logins'), ('public.badges')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'audit.login_badges' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('audit.logins'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'audit.login_badges' AND d.source_stable_name = 'audit.logins';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.badges'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'audit.login_badges' AND d.source_stable_name = 'public.badges';
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('audit.logins', pg_current_snapshot()::text, 'public.badges', pg_current_snapshot()::text)
         WHERE pgt_schema = 'audit' AND pgt_name = 'login_badges'
    ),
    __pgt_release_6a98fa9afc67d568 AS (
        DELETE FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c
         WHERE __pgt_small_6a98fa9afc67d568 AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_581ddb033e772085 AS (
        DELETE FROM pg_trickle_changes.changes_581ddb033e772085 AS c
         WHERE __pgt_small_581ddb033e772085 AND c.__pgt_xid < least(__pgt_bound_581ddb033e772085, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'audit.logins' AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.badges' AND c.__pgt_xid < least(__pgt_bound_581ddb033e772085, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO audit.login_badges (id, "user", badge, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r."user", r.badge, hashint8extended(r.id, 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, i."user" AS "user", i.__pgt_sub1_label AS badge
            FROM (
            SELECT l.id AS id, l."user" AS "user", l.ok AS ok, l.cost AS cost, l.took AS took, b.holder AS __pgt_sub1_holder, b.label AS __pgt_sub1_label
              FROM audit.logins AS l
              LEFT JOIN public.badges AS b ON b.holder = l."user"
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('audit.login_badges', full => true);
ANALYZE audit.login_badges;

-- ========================================================================
-- create stream table audit.open_sessions
-- ========================================================================
-- trickle: stream table audit.open_sessions
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT s.token, s."user", s.started FROM audit.sessions AS s WHERE s.started IS NOT NULL
--
-- operator tree:
--   project token, "user" AS user, started
--     filter started IS NOT NULL
--       scan audit.sessions AS s

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE audit.open_sessions AS
  SELECT r.token, r."user", r.started, hashtextextended(r.token, 0) AS __pgt_row_id
    FROM (
      SELECT i.token AS token, i."user" AS "user", i.started AS started
        FROM (
        SELECT s.token, s."user", s.started
          FROM audit.sessions AS s
         WHERE s.started IS NOT NULL
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE audit.open_sessions ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_a714a50c4812c595 ON audit.open_sessions (__pgt_row_id);
COMMENT ON TABLE audit.open_sessions IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''audit.open_sessions'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('audit', 'open_sessions', 'audit.open_sessions', 'a714a50c4812c595', 'SELECT s.token, s."user", s.started FROM audit.sessions AS s WHERE s.started IS NOT NULL', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_a714a50c4812c595', 8, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'audit.sessions', 'TABLE', true, ARRAY['token', 'user', 'started']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'audit.open_sessions';

-- Refresh function, called by pg_trickle.refresh('audit.open_sessions').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_a714a50c4812c595(p_full boolean) RETURNS text
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
    __pgt_bound_8ab3c94fa195b116 xid8;
    __pgt_small_8ab3c94fa195b116 boolean;
    __pgt_parts_8ab3c94fa195b116 text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('audit.sessions') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'audit.sessions' AND d.consumes_changes AND r.stable_name <> 'audit.open_sessions'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_8ab3c94fa195b116'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'audit.sessions')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_8ab3c94fa195b116, __pgt_small_8ab3c94fa195b116, __pgt_parts_8ab3c94fa195b116
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'audit.open_sessions';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('audit.sessions') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_8ab3c94fa195b116 IS NOT NULL OR pg_trickle.children_layout('audit.sessions'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('audit.sessions'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_8ab3c94fa195b116 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_8ab3c94fa195b116 AS c
             WHERE __pgt_small_8ab3c94fa195b116 AND c.__pgt_xid < least(__pgt_bound_8ab3c94fa195b116, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_8ab3c94fa195b116'::regclass) > __pgt_full_ratio * pg_relation_size('audit.sessions'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_8ab3c94fa195b116 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'audit.sessions'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'audit.sessions', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('audit.sessions', pg_current_snapshot()::text)
               WHERE pgt_schema = 'audit' AND pgt_name = 'open_sessions'
            ),
            -- delete the changes of audit.sessions that every reader has consumed
            __pgt_release_8ab3c94fa195b116 AS (
              DELETE FROM pg_trickle_changes.changes_8ab3c94fa195b116 AS c
               WHERE __pgt_small_8ab3c94fa195b116 AND c.__pgt_xid < least(__pgt_bound_8ab3c94fa195b116, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan audit.sessions: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_sessions AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.token, c."user", c.started
                FROM pg_trickle_changes.changes_8ab3c94fa195b116 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy started IS NOT NULL
            delta_filter AS (
              SELECT d.__pgt_w, d.token, d."user", d.started
                FROM delta_sessions AS d
               WHERE d.started IS NOT NULL
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.token AS token, d."user" AS "user", d.started AS started
                FROM delta_filter AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.token, d."user", d.started, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.token, d."user", d.started
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashtextextended(n.token, 0), n.token) hashtextextended(n.token, 0) AS __pgt_row_id, n.token, n."user", n.started, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashtextextended(n.token, 0), n.token, n.__pgt_w DESC
            )
            MERGE INTO audit.open_sessions AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.token = a.token
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET token = a.token, "user" = a."user", started = a.started
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (token, "user", started, __pgt_row_id) VALUES (a.token, a."user", a.started, a.__pgt_row_id);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('audit.sessions') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_8ab3c94fa195b116 IS NOT NULL OR pg_trickle.children_layout('audit.sessions'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('audit.sessions'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'audit.open_sessions') THEN
        DELETE FROM audit.open_sessions;
    ELSE
        TRUNCATE audit.open_sessions;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('audit.sessions')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'audit.open_sessions' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('audit.sessions'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'audit.open_sessions' AND d.source_stable_name = 'audit.sessions';
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('audit.sessions', pg_current_snapshot()::text)
         WHERE pgt_schema = 'audit' AND pgt_name = 'open_sessions'
    ),
    __pgt_release_8ab3c94fa195b116 AS (
        DELETE FROM pg_trickle_changes.changes_8ab3c94fa195b116 AS c
         WHERE __pgt_small_8ab3c94fa195b116 AND c.__pgt_xid < least(__pgt_bound_8ab3c94fa195b116, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'audit.sessions' AND c.__pgt_xid < least(__pgt_bound_8ab3c94fa195b116, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO audit.open_sessions (token, "user", started, __pgt_row_id)
    SELECT * FROM (
      SELECT r.token, r."user", r.started, hashtextextended(r.token, 0) AS __pgt_row_id
        FROM (
          SELECT i.token AS token, i."user" AS "user", i.started AS started
            FROM (
            SELECT s.token, s."user", s.started
              FROM audit.sessions AS s
             WHERE s.started IS NOT NULL
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('audit.open_sessions', full => true);
ANALYZE audit.open_sessions;

-- ========================================================================
-- create stream table public.Customer Items
-- ========================================================================
-- trickle: stream table public.Customer Items
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT c.id AS "Customer", c."Name", c."Region", c.nicknames, i."Item ID", i."SKU", i."Qty" FROM "Customers" AS c JOIN "Sales"."Order Items" AS i ON i."Order Ref" = c.id
--
-- operator tree:
--   project id AS Customer, "Name" AS Name, "Region" AS Region, nicknames, "Item ID" AS Item ID, "SKU" AS SKU, "Qty" AS Qty
--     inner join on "Order Ref" = id
--       scan public.Customers AS c
--       scan Sales.Order Items AS i

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public."Customer Items" AS
  SELECT r."Customer", r."Name", r."Region", r.nicknames, r."Item ID", r."SKU", r."Qty", hashint8extended(r."Item ID", 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS "Customer", i."Name" AS "Name", i."Region" AS "Region", i.nicknames AS nicknames, i."Item ID" AS "Item ID", i."SKU" AS "SKU", i."Qty" AS "Qty"
        FROM (
        SELECT c.id AS id, c."Name" AS "Name", c."Region" AS "Region", c.nicknames AS nicknames, i."Item ID" AS "Item ID", i."Order Ref" AS "Order Ref", i."SKU" AS "SKU", i."Qty" AS "Qty", i."Unit Price" AS "Unit Price", i."Tags" AS "Tags", i."Attrs" AS "Attrs", i."Created At" AS "Created At"
          FROM public."Customers" AS c,
               "Sales"."Order Items" AS i
         WHERE i."Order Ref" = c.id
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public."Customer Items" ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_ef18b9ce83d10189 ON public."Customer Items" (__pgt_row_id);
COMMENT ON TABLE public."Customer Items" IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public."Customer Items"'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'Customer Items', 'public.Customer Items', 'ef18b9ce83d10189', 'SELECT c.id AS "Customer", c."Name", c."Region", c.nicknames, i."Item ID", i."SKU", i."Qty" FROM "Customers" AS c JOIN "Sales"."Order Items" AS i ON i."Order Ref" = c.id', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_ef18b9ce83d10189', 9, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales.Order Items', 'TABLE', true, ARRAY['Item ID', 'Order Ref', 'SKU', 'Qty', 'Unit Price', 'Tags', 'Attrs', 'Created At']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.Customer Items';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.Customers', 'TABLE', true, ARRAY['id', 'Name', 'Region', 'nicknames']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.Customer Items';

-- Refresh function, called by pg_trickle.refresh('public."Customer Items"').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_ef18b9ce83d10189(p_full boolean) RETURNS text
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
    __pgt_bound_beb66fa32e5d012c xid8;
    __pgt_small_beb66fa32e5d012c boolean;
    __pgt_bound_a00bb99dadf5f410 xid8;
    __pgt_small_a00bb99dadf5f410 boolean;
    __pgt_parts_beb66fa32e5d012c text;
    __pgt_parts_a00bb99dadf5f410 text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('Sales.Order Items') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales.Order Items' AND d.consumes_changes AND r.stable_name <> 'public.Customer Items'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_beb66fa32e5d012c'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.Customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.Customers' AND d.consumes_changes AND r.stable_name <> 'public.Customer Items'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_a00bb99dadf5f410'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'Sales.Order Items'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.Customers')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_beb66fa32e5d012c, __pgt_small_beb66fa32e5d012c, __pgt_bound_a00bb99dadf5f410, __pgt_small_a00bb99dadf5f410, __pgt_parts_beb66fa32e5d012c, __pgt_parts_a00bb99dadf5f410
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.Customer Items';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales.Order Items', 'public.Customers') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_beb66fa32e5d012c IS NOT NULL OR pg_trickle.children_layout('"Sales"."Order Items"'::regclass) IS NOT NULL OR __pgt_parts_a00bb99dadf5f410 IS NOT NULL OR pg_trickle.children_layout('public."Customers"'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('"Sales"."Order Items"'::regclass, 'public."Customers"'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
             WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
             WHERE __pgt_small_a00bb99dadf5f410 AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_beb66fa32e5d012c'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales"."Order Items"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales"."Order Items"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales.Order Items', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_a00bb99dadf5f410'::regclass) > __pgt_full_ratio * pg_relation_size('public."Customers"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public."Customers"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.Customers', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('Sales.Order Items', pg_current_snapshot()::text, 'public.Customers', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'Customer Items'
            ),
            -- delete the changes of Sales.Order Items that every reader has consumed
            __pgt_release_beb66fa32e5d012c AS (
              DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
               WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.Customers that every reader has consumed
            __pgt_release_a00bb99dadf5f410 AS (
              DELETE FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
               WHERE __pgt_small_a00bb99dadf5f410 AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.Customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c."Name", c."Region", c.nicknames
                FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan Sales.Order Items: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_order_items AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."Item ID", c."Order Ref", c."SKU", c."Qty", c."Unit Price", c."Tags", c."Attrs", c."Created At"
                FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(c) JOIN i
            --   + c' JOIN d(i)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT c.__pgt_w * i.__pgt_w AS __pgt_w, c.id AS id, c."Name" AS "Name", c."Region" AS "Region", c.nicknames AS nicknames, i."Item ID" AS "Item ID", i."Order Ref" AS "Order Ref", i."SKU" AS "SKU", i."Qty" AS "Qty", i."Unit Price" AS "Unit Price", i."Tags" AS "Tags", i."Attrs" AS "Attrs", i."Created At" AS "Created At"
                FROM delta_customers AS c,
                     (
                SELECT 1 AS __pgt_w, "Item ID", "Order Ref", "SKU", "Qty", "Unit Price", "Tags", "Attrs", "Created At" FROM "Sales"."Order Items"
                UNION ALL
                SELECT -__pgt_w, "Item ID", "Order Ref", "SKU", "Qty", "Unit Price", "Tags", "Attrs", "Created At" FROM delta_order_items
              ) AS i
               WHERE i."Order Ref" = c.id
              UNION ALL
              SELECT i.__pgt_w AS __pgt_w, c.id AS id, c."Name" AS "Name", c."Region" AS "Region", c.nicknames AS nicknames, i."Item ID" AS "Item ID", i."Order Ref" AS "Order Ref", i."SKU" AS "SKU", i."Qty" AS "Qty", i."Unit Price" AS "Unit Price", i."Tags" AS "Tags", i."Attrs" AS "Attrs", i."Created At" AS "Created At"
                FROM public."Customers" AS c,
                     delta_order_items AS i
               WHERE i."Order Ref" = c.id
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS "Customer", d."Name" AS "Name", d."Region" AS "Region", d.nicknames AS nicknames, d."Item ID" AS "Item ID", d."SKU" AS "SKU", d."Qty" AS "Qty"
                FROM delta_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d."Customer", d."Name", d."Region", d.nicknames, d."Item ID", d."SKU", d."Qty", sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d."Customer", d."Name", d."Region", d.nicknames, d."Item ID", d."SKU", d."Qty"
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashint8extended(n."Item ID", 0), n."Item ID") hashint8extended(n."Item ID", 0) AS __pgt_row_id, n."Customer", n."Name", n."Region", n.nicknames, n."Item ID", n."SKU", n."Qty", n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashint8extended(n."Item ID", 0), n."Item ID", n.__pgt_w DESC
            )
            MERGE INTO public."Customer Items" AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s."Item ID" = a."Item ID"
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET "Customer" = a."Customer", "Name" = a."Name", "Region" = a."Region", nicknames = a.nicknames, "Item ID" = a."Item ID", "SKU" = a."SKU", "Qty" = a."Qty"
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT ("Customer", "Name", "Region", nicknames, "Item ID", "SKU", "Qty", __pgt_row_id) VALUES (a."Customer", a."Name", a."Region", a.nicknames, a."Item ID", a."SKU", a."Qty", a.__pgt_row_id);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales.Order Items', 'public.Customers') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_beb66fa32e5d012c IS NOT NULL OR pg_trickle.children_layout('"Sales"."Order Items"'::regclass) IS NOT NULL OR __pgt_parts_a00bb99dadf5f410 IS NOT NULL OR pg_trickle.children_layout('public."Customers"'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('"Sales"."Order Items"'::regclass, 'public."Customers"'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.Customer Items') THEN
        DELETE FROM public."Customer Items";
    ELSE
        TRUNCATE public."Customer Items";
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('Sales.Order Items'), ('public.Customers')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.Customer Items' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('"Sales"."Order Items"'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.Customer Items' AND d.source_stable_name = 'Sales.Order Items';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public."Customers"'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.Customer Items' AND d.source_stable_name = 'public.Customers';
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('Sales.Order Items', pg_current_snapshot()::text, 'public.Customers', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'Customer Items'
    ),
    __pgt_release_beb66fa32e5d012c AS (
        DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
         WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_a00bb99dadf5f410 AS (
        DELETE FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
         WHERE __pgt_small_a00bb99dadf5f410 AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'Sales.Order Items' AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.Customers' AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public."Customer Items" ("Customer", "Name", "Region", nicknames, "Item ID", "SKU", "Qty", __pgt_row_id)
    SELECT * FROM (
      SELECT r."Customer", r."Name", r."Region", r.nicknames, r."Item ID", r."SKU", r."Qty", hashint8extended(r."Item ID", 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS "Customer", i."Name" AS "Name", i."Region" AS "Region", i.nicknames AS nicknames, i."Item ID" AS "Item ID", i."SKU" AS "SKU", i."Qty" AS "Qty"
            FROM (
            SELECT c.id AS id, c."Name" AS "Name", c."Region" AS "Region", c.nicknames AS nicknames, i."Item ID" AS "Item ID", i."Order Ref" AS "Order Ref", i."SKU" AS "SKU", i."Qty" AS "Qty", i."Unit Price" AS "Unit Price", i."Tags" AS "Tags", i."Attrs" AS "Attrs", i."Created At" AS "Created At"
              FROM public."Customers" AS c,
                   "Sales"."Order Items" AS i
             WHERE i."Order Ref" = c.id
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public."Customer Items"', full => true);
ANALYZE public."Customer Items";

-- ========================================================================
-- create stream table public.Tagged Items
-- ========================================================================
-- trickle: stream table public.Tagged Items
--
-- refresh mode: DIFFERENTIAL
-- schedule: 45s
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT i."Item ID", i."SKU", i."Attrs" ->> 'color' AS "Colour", (i."Tags")[1] AS "First Tag", cardinality(i."Tags") AS "Tag Count", i."Tags" || CAST(ARRAY['all'] AS text[]) AS "All Tags", i."Attrs" FROM "Sales"."Order Items" AS i WHERE i."Attrs" ? 'color' OR 'sale' = ANY (i."Tags")
--
-- operator tree:
--   project "Item ID" AS Item ID, "SKU" AS SKU, "Attrs" ->> 'color' AS Colour, ("Tags")[1] AS First Tag, cardinality("Tags") AS Tag Count, "Tags" || CAST(ARRAY['all'] AS text[]) AS All Tags, "Attrs" AS Attrs
--     filter "Attrs" ? 'color' OR 'sale' = ANY ("Tags")
--       scan Sales.Order Items AS i

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public."Tagged Items" AS
  SELECT r."Item ID", r."SKU", r."Colour", r."First Tag", r."Tag Count", r."All Tags", r."Attrs", hashint8extended(r."Item ID", 0) AS __pgt_row_id
    FROM (
      SELECT i."Item ID" AS "Item ID", i."SKU" AS "SKU", i."Attrs" ->> 'color' AS "Colour", (i."Tags")[1] AS "First Tag", cardinality(i."Tags") AS "Tag Count", i."Tags" || CAST(ARRAY['all'] AS text[]) AS "All Tags", i."Attrs" AS "Attrs"
        FROM (
        SELECT i."Item ID", i."Order Ref", i."SKU", i."Qty", i."Unit Price", i."Tags", i."Attrs", i."Created At"
          FROM "Sales"."Order Items" AS i
         WHERE (i."Attrs" ? 'color' OR 'sale' = ANY (i."Tags"))
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public."Tagged Items" ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_300b293d280986b8 ON public."Tagged Items" (__pgt_row_id);
COMMENT ON TABLE public."Tagged Items" IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public."Tagged Items"'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'Tagged Items', 'public.Tagged Items', '300b293d280986b8', 'SELECT i."Item ID", i."SKU", i."Attrs" ->> ''color'' AS "Colour", (i."Tags")[1] AS "First Tag", cardinality(i."Tags") AS "Tag Count", i."Tags" || CAST(ARRAY[''all''] AS text[]) AS "All Tags", i."Attrs" FROM "Sales"."Order Items" AS i WHERE i."Attrs" ? ''color'' OR ''sale'' = ANY (i."Tags")', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_300b293d280986b8', 10, '45s', 'interval', '45 seconds'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales.Order Items', 'TABLE', true, ARRAY['Item ID', 'Order Ref', 'SKU', 'Qty', 'Unit Price', 'Tags', 'Attrs', 'Created At']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.Tagged Items';

-- Refresh function, called by pg_trickle.refresh('public."Tagged Items"').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_300b293d280986b8(p_full boolean) RETURNS text
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
    __pgt_bound_beb66fa32e5d012c xid8;
    __pgt_small_beb66fa32e5d012c boolean;
    __pgt_parts_beb66fa32e5d012c text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('Sales.Order Items') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales.Order Items' AND d.consumes_changes AND r.stable_name <> 'public.Tagged Items'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_beb66fa32e5d012c'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'Sales.Order Items')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_beb66fa32e5d012c, __pgt_small_beb66fa32e5d012c, __pgt_parts_beb66fa32e5d012c
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.Tagged Items';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales.Order Items') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_beb66fa32e5d012c IS NOT NULL OR pg_trickle.children_layout('"Sales"."Order Items"'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('"Sales"."Order Items"'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
             WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_beb66fa32e5d012c'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales"."Order Items"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales"."Order Items"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales.Order Items', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('Sales.Order Items', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'Tagged Items'
            ),
            -- delete the changes of Sales.Order Items that every reader has consumed
            __pgt_release_beb66fa32e5d012c AS (
              DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
               WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan Sales.Order Items: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_order_items AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."Item ID", c."Order Ref", c."SKU", c."Qty", c."Unit Price", c."Tags", c."Attrs", c."Created At"
                FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy "Attrs" ? 'color' OR 'sale' = ANY ("Tags")
            delta_filter AS (
              SELECT d.__pgt_w, d."Item ID", d."Order Ref", d."SKU", d."Qty", d."Unit Price", d."Tags", d."Attrs", d."Created At"
                FROM delta_order_items AS d
               WHERE (d."Attrs" ? 'color' OR 'sale' = ANY (d."Tags"))
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d."Item ID" AS "Item ID", d."SKU" AS "SKU", d."Attrs" ->> 'color' AS "Colour", (d."Tags")[1] AS "First Tag", cardinality(d."Tags") AS "Tag Count", d."Tags" || CAST(ARRAY['all'] AS text[]) AS "All Tags", d."Attrs" AS "Attrs"
                FROM delta_filter AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d."Item ID", d."SKU", d."Colour", d."First Tag", d."Tag Count", d."All Tags", d."Attrs", sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d."Item ID", d."SKU", d."Colour", d."First Tag", d."Tag Count", d."All Tags", d."Attrs"
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashint8extended(n."Item ID", 0), n."Item ID") hashint8extended(n."Item ID", 0) AS __pgt_row_id, n."Item ID", n."SKU", n."Colour", n."First Tag", n."Tag Count", n."All Tags", n."Attrs", n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashint8extended(n."Item ID", 0), n."Item ID", n.__pgt_w DESC
            )
            MERGE INTO public."Tagged Items" AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s."Item ID" = a."Item ID"
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET "Item ID" = a."Item ID", "SKU" = a."SKU", "Colour" = a."Colour", "First Tag" = a."First Tag", "Tag Count" = a."Tag Count", "All Tags" = a."All Tags", "Attrs" = a."Attrs"
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT ("Item ID", "SKU", "Colour", "First Tag", "Tag Count", "All Tags", "Attrs", __pgt_row_id) VALUES (a."Item ID", a."SKU", a."Colour", a."First Tag", a."Tag Count", a."All Tags", a."Attrs", a.__pgt_row_id);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales.Order Items') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_beb66fa32e5d012c IS NOT NULL OR pg_trickle.children_layout('"Sales"."Order Items"'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('"Sales"."Order Items"'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.Tagged Items') THEN
        DELETE FROM public."Tagged Items";
    ELSE
        TRUNCATE public."Tagged Items";
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('Sales.Order Items')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.Tagged Items' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('"Sales"."Order Items"'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.Tagged Items' AND d.source_stable_name = 'Sales.Order Items';
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('Sales.Order Items', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'Tagged Items'
    ),
    __pgt_release_beb66fa32e5d012c AS (
        DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
         WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'Sales.Order Items' AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public."Tagged Items" ("Item ID", "SKU", "Colour", "First Tag", "Tag Count", "All Tags", "Attrs", __pgt_row_id)
    SELECT * FROM (
      SELECT r."Item ID", r."SKU", r."Colour", r."First Tag", r."Tag Count", r."All Tags", r."Attrs", hashint8extended(r."Item ID", 0) AS __pgt_row_id
        FROM (
          SELECT i."Item ID" AS "Item ID", i."SKU" AS "SKU", i."Attrs" ->> 'color' AS "Colour", (i."Tags")[1] AS "First Tag", cardinality(i."Tags") AS "Tag Count", i."Tags" || CAST(ARRAY['all'] AS text[]) AS "All Tags", i."Attrs" AS "Attrs"
            FROM (
            SELECT i."Item ID", i."Order Ref", i."SKU", i."Qty", i."Unit Price", i."Tags", i."Attrs", i."Created At"
              FROM "Sales"."Order Items" AS i
             WHERE (i."Attrs" ? 'color' OR 'sale' = ANY (i."Tags"))
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public."Tagged Items"', full => true);
ANALYZE public."Tagged Items";

-- ========================================================================
-- create stream table public.code_counts
-- ========================================================================
-- trickle: stream table public.code_counts
--
-- refresh mode: FULL (requested AUTO)
-- maintained by full recomputation because a scalar subquery with an aggregate is not supported differentially (streams/007_equalities.sql:7:14)
-- schedule: 2m
-- maintenance: full recomputation on every refresh
--
-- defining query:
--   SELECT h.id, (SELECT count(*) FROM codes AS c WHERE c.code = h.code) AS n, h.code IN (SELECT c.code FROM codes AS c) AS found FROM holders AS h

-- Storage: the query's columns.
CREATE TABLE public.code_counts AS
  SELECT h.id, (SELECT count(*) FROM codes AS c WHERE c.code = h.code) AS n, h.code IN (SELECT c.code FROM codes AS c) AS found FROM holders AS h
  WITH NO DATA;
COMMENT ON TABLE public.code_counts IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.code_counts'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'code_counts', 'public.code_counts', 'ff06a0033e55372b', 'SELECT h.id, (SELECT count(*) FROM codes AS c WHERE c.code = h.code) AS n, h.code IN (SELECT c.code FROM codes AS c) AS found FROM holders AS h', 'AUTO', 'FULL', 'a scalar subquery with an aggregate is not supported differentially (streams/007_equalities.sql:7:14)', 'full', 'refresh_ff06a0033e55372b', 11, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.codes', 'TABLE', false, ARRAY['code', 'label']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.code_counts';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.holders', 'TABLE', false, ARRAY['id', 'code']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.code_counts';

-- Refresh function, called by pg_trickle.refresh('public.code_counts').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_ff06a0033e55372b(p_full boolean) RETURNS text
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
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.code_counts';

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.code_counts') THEN
        DELETE FROM public.code_counts;
    ELSE
        TRUNCATE public.code_counts;
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.codes', pg_current_snapshot()::text, 'public.holders', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'code_counts'
    )
    INSERT INTO public.code_counts (id, n, found)
    SELECT * FROM (
      SELECT h.id, (SELECT count(*) FROM codes AS c WHERE c.code = h.code) AS n, h.code IN (SELECT c.code FROM codes AS c) AS found FROM holders AS h
    ) AS q;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.code_counts', full => true);
ANALYZE public.code_counts;

-- ========================================================================
-- create stream table public.code_labels
-- ========================================================================
-- trickle: stream table public.code_labels
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT h.id, c.label FROM holders AS h JOIN codes AS c ON c.code = h.code
--
-- operator tree:
--   project id, label
--     inner join on c_code = h_code
--       scan public.holders AS h
--       scan public.codes AS c

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.code_labels AS
  SELECT r.id, r.label, hash_record_extended(ROW(r.id, r.label), 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i.label AS label
        FROM (
        SELECT h.id AS id, h.code AS h_code, c.code AS c_code, c.label AS label
          FROM public.holders AS h,
               public.codes AS c
         WHERE c.code = h.code
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.code_labels ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_21a46990d5455ade ON public.code_labels (__pgt_row_id);
COMMENT ON TABLE public.code_labels IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.code_labels'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'code_labels', 'public.code_labels', '21a46990d5455ade', 'SELECT h.id, c.label FROM holders AS h JOIN codes AS c ON c.code = h.code', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_21a46990d5455ade', 12, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.codes', 'TABLE', true, ARRAY['code', 'label']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.code_labels';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.holders', 'TABLE', true, ARRAY['id', 'code']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.code_labels';

-- Refresh function, called by pg_trickle.refresh('public.code_labels').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_21a46990d5455ade(p_full boolean) RETURNS text
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
    __pgt_bound_ada748df9be90176 xid8;
    __pgt_small_ada748df9be90176 boolean;
    __pgt_bound_ff87cf12b447bc30 xid8;
    __pgt_small_ff87cf12b447bc30 boolean;
    __pgt_parts_ada748df9be90176 text;
    __pgt_parts_ff87cf12b447bc30 text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.codes') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.codes' AND d.consumes_changes AND r.stable_name <> 'public.code_labels'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_ada748df9be90176'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.holders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.holders' AND d.consumes_changes AND r.stable_name <> 'public.code_labels'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_ff87cf12b447bc30'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.codes'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.holders')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_ada748df9be90176, __pgt_small_ada748df9be90176, __pgt_bound_ff87cf12b447bc30, __pgt_small_ff87cf12b447bc30, __pgt_parts_ada748df9be90176, __pgt_parts_ff87cf12b447bc30
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.code_labels';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.codes', 'public.holders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_ada748df9be90176 IS NOT NULL OR pg_trickle.children_layout('public.codes'::regclass) IS NOT NULL OR __pgt_parts_ff87cf12b447bc30 IS NOT NULL OR pg_trickle.children_layout('public.holders'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.codes'::regclass, 'public.holders'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_ada748df9be90176 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_ff87cf12b447bc30 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_ada748df9be90176 AS c
             WHERE __pgt_small_ada748df9be90176 AND c.__pgt_xid < least(__pgt_bound_ada748df9be90176, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_ff87cf12b447bc30 AS c
             WHERE __pgt_small_ff87cf12b447bc30 AND c.__pgt_xid < least(__pgt_bound_ff87cf12b447bc30, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_ada748df9be90176'::regclass) > __pgt_full_ratio * pg_relation_size('public.codes'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_ada748df9be90176 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.codes'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.codes', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_ff87cf12b447bc30'::regclass) > __pgt_full_ratio * pg_relation_size('public.holders'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_ff87cf12b447bc30 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.holders'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.holders', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.codes', pg_current_snapshot()::text, 'public.holders', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'code_labels'
            ),
            -- delete the changes of public.codes that every reader has consumed
            __pgt_release_ada748df9be90176 AS (
              DELETE FROM pg_trickle_changes.changes_ada748df9be90176 AS c
               WHERE __pgt_small_ada748df9be90176 AND c.__pgt_xid < least(__pgt_bound_ada748df9be90176, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.holders that every reader has consumed
            __pgt_release_ff87cf12b447bc30 AS (
              DELETE FROM pg_trickle_changes.changes_ff87cf12b447bc30 AS c
               WHERE __pgt_small_ff87cf12b447bc30 AND c.__pgt_xid < least(__pgt_bound_ff87cf12b447bc30, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.holders: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_holders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.code
                FROM pg_trickle_changes.changes_ff87cf12b447bc30 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.codes: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_codes AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.code, c.label
                FROM pg_trickle_changes.changes_ada748df9be90176 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(h) JOIN c
            --   + h' JOIN d(c)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT h.__pgt_w * c.__pgt_w AS __pgt_w, h.id AS id, h.code AS h_code, c.code AS c_code, c.label AS label
                FROM delta_holders AS h,
                     (
                SELECT 1 AS __pgt_w, code, label FROM public.codes
                UNION ALL
                SELECT -__pgt_w, code, label FROM delta_codes
              ) AS c
               WHERE c.code = h.code
              UNION ALL
              SELECT c.__pgt_w AS __pgt_w, h.id AS id, h.code AS h_code, c.code AS c_code, c.label AS label
                FROM public.holders AS h,
                     delta_codes AS c
               WHERE c.code = h.code
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d.label AS label
                FROM delta_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.label, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.id, d.label
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.code_labels AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.code_labels AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.id, n.label), 0) AND t.id = n.id AND t.label IS NOT DISTINCT FROM n.label
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.code_labels (id, label, __pgt_row_id)
            SELECT n.id, n.label, hash_record_extended(ROW(n.id, n.label), 0)
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.codes', 'public.holders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_ada748df9be90176 IS NOT NULL OR pg_trickle.children_layout('public.codes'::regclass) IS NOT NULL OR __pgt_parts_ff87cf12b447bc30 IS NOT NULL OR pg_trickle.children_layout('public.holders'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.codes'::regclass, 'public.holders'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.code_labels') THEN
        DELETE FROM public.code_labels;
    ELSE
        TRUNCATE public.code_labels;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.codes'), ('public.holders')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.code_labels' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.codes'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.code_labels' AND d.source_stable_name = 'public.codes';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.holders'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.code_labels' AND d.source_stable_name = 'public.holders';
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.codes', pg_current_snapshot()::text, 'public.holders', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'code_labels'
    ),
    __pgt_release_ada748df9be90176 AS (
        DELETE FROM pg_trickle_changes.changes_ada748df9be90176 AS c
         WHERE __pgt_small_ada748df9be90176 AND c.__pgt_xid < least(__pgt_bound_ada748df9be90176, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_ff87cf12b447bc30 AS (
        DELETE FROM pg_trickle_changes.changes_ff87cf12b447bc30 AS c
         WHERE __pgt_small_ff87cf12b447bc30 AND c.__pgt_xid < least(__pgt_bound_ff87cf12b447bc30, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.codes' AND c.__pgt_xid < least(__pgt_bound_ada748df9be90176, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.holders' AND c.__pgt_xid < least(__pgt_bound_ff87cf12b447bc30, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.code_labels (id, label, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.label, hash_record_extended(ROW(r.id, r.label), 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, i.label AS label
            FROM (
            SELECT h.id AS id, h.code AS h_code, c.code AS c_code, c.label AS label
              FROM public.holders AS h,
                   public.codes AS c
             WHERE c.code = h.code
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.code_labels', full => true);
ANALYZE public.code_labels;

-- ========================================================================
-- create stream table public.code_matches
-- ========================================================================
-- trickle: stream table public.code_matches
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT h.id, (SELECT count(*) FROM codes AS c WHERE c.code = lower(h.code::text)) AS lowered, (SELECT count(*) FROM codes AS c WHERE c.code = (rtrim(h.code) || ' ')) AS spaced FROM holders AS h
--
-- operator tree:
--   project id, CASE WHEN __pgt_sub1_pgt_rows IS NULL THEN 0 ELSE __pgt_sub1_pgt_value END AS lowered, CASE WHEN __pgt_sub2_pgt_rows IS NULL THEN 0 ELSE __pgt_sub2_pgt_value END AS spaced
--     left outer join on __pgt_sub2_pgt_k0 = (rtrim(code) || ' ')
--       left outer join on __pgt_sub1_pgt_k0 = lower(code::text)
--         scan public.holders AS h
--         project __pgt_g0 AS pgt_k0, __pgt_a0 AS pgt_value, __pgt_a0 AS pgt_rows
--           aggregate count(*) group by code
--             scan public.codes AS c
--       project __pgt_g0 AS pgt_k0, __pgt_a0 AS pgt_value, __pgt_a0 AS pgt_rows
--         aggregate count(*) group by code
--           scan public.codes AS c

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.code_matches AS
  SELECT r.id, r.lowered, r.spaced, hashint4extended(r.id, 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, CASE WHEN i.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub1_pgt_value END AS lowered, CASE WHEN i.__pgt_sub2_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub2_pgt_value END AS spaced
        FROM (
        SELECT __pgt_l.id AS id, __pgt_l.code AS code, __pgt_l.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_l.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_l.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_r.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_r.pgt_value AS __pgt_sub2_pgt_value, __pgt_r.pgt_rows AS __pgt_sub2_pgt_rows
          FROM (
          SELECT h.id AS id, h.code AS code, __pgt_r.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
            FROM public.holders AS h
            LEFT JOIN (
            SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
              FROM (
              SELECT c.code AS __pgt_g0, count(*) AS __pgt_a0
                FROM public.codes AS c
               GROUP BY c.code
            ) AS i
          ) AS __pgt_r ON __pgt_r.pgt_k0 = lower(h.code::text)
        ) AS __pgt_l
          LEFT JOIN (
          SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
            FROM (
            SELECT c.code AS __pgt_g0, count(*) AS __pgt_a0
              FROM public.codes AS c
             GROUP BY c.code
          ) AS i
        ) AS __pgt_r ON __pgt_r.pgt_k0 = (rtrim(__pgt_l.code) || ' ')
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.code_matches ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_9a9f3c2f7edfae03 ON public.code_matches (__pgt_row_id);
COMMENT ON TABLE public.code_matches IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.code_matches'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'code_matches', 'public.code_matches', '9a9f3c2f7edfae03', 'SELECT h.id, (SELECT count(*) FROM codes AS c WHERE c.code = lower(h.code::text)) AS lowered, (SELECT count(*) FROM codes AS c WHERE c.code = (rtrim(h.code) || '' '')) AS spaced FROM holders AS h', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_9a9f3c2f7edfae03', 13, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- The delta recomputes each group (or window partition) a change touches from its rows:
-- past this share of a source's rows changed, recomputing all of them costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.01 WHERE stable_name = 'public.code_matches';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.codes', 'TABLE', true, ARRAY['code', 'label']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.code_matches';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.holders', 'TABLE', true, ARRAY['id', 'code']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.code_matches';

-- Refresh function, called by pg_trickle.refresh('public.code_matches').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_9a9f3c2f7edfae03(p_full boolean) RETURNS text
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
    __pgt_bound_ada748df9be90176 xid8;
    __pgt_small_ada748df9be90176 boolean;
    __pgt_bound_ff87cf12b447bc30 xid8;
    __pgt_small_ff87cf12b447bc30 boolean;
    __pgt_parts_ada748df9be90176 text;
    __pgt_parts_ff87cf12b447bc30 text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.codes') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.codes' AND d.consumes_changes AND r.stable_name <> 'public.code_matches'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_ada748df9be90176'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.holders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.holders' AND d.consumes_changes AND r.stable_name <> 'public.code_matches'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_ff87cf12b447bc30'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.codes'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.holders')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_ada748df9be90176, __pgt_small_ada748df9be90176, __pgt_bound_ff87cf12b447bc30, __pgt_small_ff87cf12b447bc30, __pgt_parts_ada748df9be90176, __pgt_parts_ff87cf12b447bc30
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.code_matches';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.codes', 'public.holders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_ada748df9be90176 IS NOT NULL OR pg_trickle.children_layout('public.codes'::regclass) IS NOT NULL OR __pgt_parts_ff87cf12b447bc30 IS NOT NULL OR pg_trickle.children_layout('public.holders'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.codes'::regclass, 'public.holders'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_ada748df9be90176 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_ff87cf12b447bc30 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_ada748df9be90176 AS c
             WHERE __pgt_small_ada748df9be90176 AND c.__pgt_xid < least(__pgt_bound_ada748df9be90176, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_ff87cf12b447bc30 AS c
             WHERE __pgt_small_ff87cf12b447bc30 AND c.__pgt_xid < least(__pgt_bound_ff87cf12b447bc30, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_ada748df9be90176'::regclass) > __pgt_full_ratio * pg_relation_size('public.codes'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_ada748df9be90176 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.codes'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.codes', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_ff87cf12b447bc30'::regclass) > __pgt_full_ratio * pg_relation_size('public.holders'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_ff87cf12b447bc30 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.holders'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.holders', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.codes', pg_current_snapshot()::text, 'public.holders', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'code_matches'
            ),
            -- delete the changes of public.codes that every reader has consumed
            __pgt_release_ada748df9be90176 AS (
              DELETE FROM pg_trickle_changes.changes_ada748df9be90176 AS c
               WHERE __pgt_small_ada748df9be90176 AND c.__pgt_xid < least(__pgt_bound_ada748df9be90176, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.holders that every reader has consumed
            __pgt_release_ff87cf12b447bc30 AS (
              DELETE FROM pg_trickle_changes.changes_ff87cf12b447bc30 AS c
               WHERE __pgt_small_ff87cf12b447bc30 AND c.__pgt_xid < least(__pgt_bound_ff87cf12b447bc30, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.holders: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_holders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.code
                FROM pg_trickle_changes.changes_ff87cf12b447bc30 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.codes: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_codes AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.code, c.label
                FROM pg_trickle_changes.changes_ada748df9be90176 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate in a subquery: the groups its input's changes touch
            __pgt_changed_groups AS (
              SELECT DISTINCT d.code AS __pgt_g0
                FROM delta_codes AS d
            ),
            -- aggregate in a subquery: the touched groups' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r.code, r.label
                FROM (SELECT u.code, u.label, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.code, c.label FROM (
                          SELECT c.code, c.label
                            FROM public.codes AS c
                            JOIN __pgt_changed_groups AS k ON c.code = k.__pgt_g0
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.code, d.label FROM delta_codes AS d) AS u
                       GROUP BY u.code, u.label
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was
            delta_aggregate AS (
              SELECT 1 AS __pgt_w, i.code AS __pgt_g0, count(*) AS __pgt_a0
                FROM (
                  SELECT c.code, c.label
                    FROM public.codes AS c
                    JOIN __pgt_changed_groups AS k ON c.code = k.__pgt_g0
                ) AS i
               GROUP BY i.code
              UNION ALL
              SELECT -1, i.code AS __pgt_g0, count(*) AS __pgt_a0
                FROM __pgt_group_rows_before AS i
               GROUP BY i.code
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.__pgt_g0 AS pgt_k0, d.__pgt_a0 AS pgt_value, d.__pgt_a0 AS pgt_rows
                FROM delta_aggregate AS d
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, code FROM public.holders
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c.code FROM pg_trickle_changes.changes_ff87cf12b447bc30 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_project AS __pgt_x WHERE __pgt_x.pgt_k0 = lower(__pgt_p.code::text))
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x.pgt_k0, sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_project AS __pgt_x
               GROUP BY __pgt_x.pgt_k0
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT h.__pgt_w * __pgt_j2.__pgt_w AS __pgt_w, h.id AS id, h.code AS code, __pgt_j2.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_j2.pgt_value AS __pgt_sub1_pgt_value, __pgt_j2.pgt_rows AS __pgt_sub1_pgt_rows
                FROM delta_holders AS h,
                     (
                SELECT 1 AS __pgt_w, pgt_k0, pgt_value, pgt_rows FROM (
                  SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                    FROM (
                    SELECT c.code AS __pgt_g0, count(*) AS __pgt_a0
                      FROM public.codes AS c
                     GROUP BY c.code
                  ) AS i
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, pgt_k0, pgt_value, pgt_rows FROM delta_project
              ) AS __pgt_j2
               WHERE __pgt_j2.pgt_k0 = lower(h.code::text)
              UNION ALL
              SELECT __pgt_j2.__pgt_w AS __pgt_w, h.id AS id, h.code AS code, __pgt_j2.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_j2.pgt_value AS __pgt_sub1_pgt_value, __pgt_j2.pgt_rows AS __pgt_sub1_pgt_rows
                FROM public.holders AS h,
                     delta_project AS __pgt_j2
               WHERE __pgt_j2.pgt_k0 = lower(h.code::text)
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.id AS id, __pgt_p.code AS code, __pgt_pad.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_pad.pgt_value AS __pgt_sub1_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub1_pgt_rows
                FROM delta_holders AS __pgt_p
                LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT c.code AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.codes AS c
                   GROUP BY c.code
                ) AS i
              ) AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT c.code AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.codes AS c
                   GROUP BY c.code
                ) AS i
              ) AS __pgt_x WHERE __pgt_x.pgt_k0 = lower(__pgt_p.code::text) OFFSET 0)
              UNION ALL
              -- -w: the row gained its first match
              SELECT __pgt_p.__pgt_w * -1 AS __pgt_w, __pgt_p.id AS id, __pgt_p.code AS code, __pgt_pad.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_pad.pgt_value AS __pgt_sub1_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub1_pgt_rows
                FROM __pgt_candidates AS __pgt_p
                LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT c.code AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.codes AS c
                   GROUP BY c.code
                ) AS i
              ) AS __pgt_pad ON false
               WHERE EXISTS (SELECT FROM (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT c.code AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.codes AS c
                   GROUP BY c.code
                ) AS i
              ) AS __pgt_x WHERE __pgt_x.pgt_k0 = lower(__pgt_p.code::text) OFFSET 0)
                 AND NOT EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.pgt_k0 = lower(__pgt_p.code::text))
                 AND NOT EXISTS (SELECT FROM (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT c.code AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.codes AS c
                   GROUP BY c.code
                ) AS i
              ) AS __pgt_x
                              WHERE __pgt_x.pgt_k0 = lower(__pgt_p.code::text)
                                AND __pgt_x.pgt_k0 NOT IN (SELECT n.pgt_k0 FROM __pgt_other_net AS n WHERE n.__pgt_w > 0) OFFSET 0)
              UNION ALL
              -- +w: the row lost its last match
              SELECT __pgt_p.__pgt_w AS __pgt_w, __pgt_p.id AS id, __pgt_p.code AS code, __pgt_pad.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_pad.pgt_value AS __pgt_sub1_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub1_pgt_rows
                FROM __pgt_candidates AS __pgt_p
                LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT c.code AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.codes AS c
                   GROUP BY c.code
                ) AS i
              ) AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT c.code AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.codes AS c
                   GROUP BY c.code
                ) AS i
              ) AS __pgt_x WHERE __pgt_x.pgt_k0 = lower(__pgt_p.code::text) OFFSET 0)
                 AND EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.pgt_k0 = lower(__pgt_p.code::text))
            ),
            -- aggregate in a subquery: the groups its input's changes touch
            __pgt_changed_groups_2 AS (
              SELECT DISTINCT d.code AS __pgt_g0
                FROM delta_codes AS d
            ),
            -- aggregate in a subquery: the touched groups' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before_2 AS (
              SELECT r.code, r.label
                FROM (SELECT u.code, u.label, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.code, c.label FROM (
                          SELECT c.code, c.label
                            FROM public.codes AS c
                            JOIN __pgt_changed_groups_2 AS k ON c.code = k.__pgt_g0
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.code, d.label FROM delta_codes AS d) AS u
                       GROUP BY u.code, u.label
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was
            delta_aggregate_2 AS (
              SELECT 1 AS __pgt_w, i.code AS __pgt_g0, count(*) AS __pgt_a0
                FROM (
                  SELECT c.code, c.label
                    FROM public.codes AS c
                    JOIN __pgt_changed_groups_2 AS k ON c.code = k.__pgt_g0
                ) AS i
               GROUP BY i.code
              UNION ALL
              SELECT -1, i.code AS __pgt_g0, count(*) AS __pgt_a0
                FROM __pgt_group_rows_before_2 AS i
               GROUP BY i.code
            ),
            -- project (linear): each changed row, projected
            delta_project_2 AS (
              SELECT d.__pgt_w, d.__pgt_g0 AS pgt_k0, d.__pgt_a0 AS pgt_value, d.__pgt_a0 AS pgt_rows
                FROM delta_aggregate_2 AS d
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates_2 AS (
              SELECT __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, code, __pgt_sub1_pgt_k0, __pgt_sub1_pgt_value, __pgt_sub1_pgt_rows FROM (
                  SELECT h.id AS id, h.code AS code, __pgt_r.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
                    FROM public.holders AS h
                    LEFT JOIN (
                    SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                      FROM (
                      SELECT c.code AS __pgt_g0, count(*) AS __pgt_a0
                        FROM public.codes AS c
                       GROUP BY c.code
                    ) AS i
                  ) AS __pgt_r ON __pgt_r.pgt_k0 = lower(h.code::text)
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, id, code, __pgt_sub1_pgt_k0, __pgt_sub1_pgt_value, __pgt_sub1_pgt_rows FROM delta_outer_join
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_project_2 AS __pgt_x WHERE __pgt_x.pgt_k0 = (rtrim(__pgt_p.code) || ' '))
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net_2 AS (
              SELECT __pgt_x.pgt_k0, sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_project_2 AS __pgt_x
               GROUP BY __pgt_x.pgt_k0
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join_2 AS (
              SELECT __pgt_j1.__pgt_w * __pgt_j2.__pgt_w AS __pgt_w, __pgt_j1.id AS id, __pgt_j1.code AS code, __pgt_j1.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_j1.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_j1.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_j2.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_j2.pgt_value AS __pgt_sub2_pgt_value, __pgt_j2.pgt_rows AS __pgt_sub2_pgt_rows
                FROM delta_outer_join AS __pgt_j1,
                     (
                SELECT 1 AS __pgt_w, pgt_k0, pgt_value, pgt_rows FROM (
                  SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                    FROM (
                    SELECT c.code AS __pgt_g0, count(*) AS __pgt_a0
                      FROM public.codes AS c
                     GROUP BY c.code
                  ) AS i
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, pgt_k0, pgt_value, pgt_rows FROM delta_project_2
              ) AS __pgt_j2
               WHERE __pgt_j2.pgt_k0 = (rtrim(__pgt_j1.code) || ' ')
              UNION ALL
              SELECT __pgt_j2.__pgt_w AS __pgt_w, __pgt_j1.id AS id, __pgt_j1.code AS code, __pgt_j1.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_j1.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_j1.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_j2.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_j2.pgt_value AS __pgt_sub2_pgt_value, __pgt_j2.pgt_rows AS __pgt_sub2_pgt_rows
                FROM (
                SELECT h.id AS id, h.code AS code, __pgt_r.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
                  FROM public.holders AS h
                  LEFT JOIN (
                  SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                    FROM (
                    SELECT c.code AS __pgt_g0, count(*) AS __pgt_a0
                      FROM public.codes AS c
                     GROUP BY c.code
                  ) AS i
                ) AS __pgt_r ON __pgt_r.pgt_k0 = lower(h.code::text)
              ) AS __pgt_j1,
                     delta_project_2 AS __pgt_j2
               WHERE __pgt_j2.pgt_k0 = (rtrim(__pgt_j1.code) || ' ')
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.id AS id, __pgt_p.code AS code, __pgt_p.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_p.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_p.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_pad.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_pad.pgt_value AS __pgt_sub2_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub2_pgt_rows
                FROM delta_outer_join AS __pgt_p
                LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT c.code AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.codes AS c
                   GROUP BY c.code
                ) AS i
              ) AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT c.code AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.codes AS c
                   GROUP BY c.code
                ) AS i
              ) AS __pgt_x WHERE __pgt_x.pgt_k0 = (rtrim(__pgt_p.code) || ' ') OFFSET 0)
              UNION ALL
              -- -w: the row gained its first match
              SELECT __pgt_p.__pgt_w * -1 AS __pgt_w, __pgt_p.id AS id, __pgt_p.code AS code, __pgt_p.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_p.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_p.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_pad.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_pad.pgt_value AS __pgt_sub2_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub2_pgt_rows
                FROM __pgt_candidates_2 AS __pgt_p
                LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT c.code AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.codes AS c
                   GROUP BY c.code
                ) AS i
              ) AS __pgt_pad ON false
               WHERE EXISTS (SELECT FROM (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT c.code AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.codes AS c
                   GROUP BY c.code
                ) AS i
              ) AS __pgt_x WHERE __pgt_x.pgt_k0 = (rtrim(__pgt_p.code) || ' ') OFFSET 0)
                 AND NOT EXISTS (SELECT FROM __pgt_other_net_2 AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.pgt_k0 = (rtrim(__pgt_p.code) || ' '))
                 AND NOT EXISTS (SELECT FROM (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT c.code AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.codes AS c
                   GROUP BY c.code
                ) AS i
              ) AS __pgt_x
                              WHERE __pgt_x.pgt_k0 = (rtrim(__pgt_p.code) || ' ')
                                AND __pgt_x.pgt_k0 NOT IN (SELECT n.pgt_k0 FROM __pgt_other_net_2 AS n WHERE n.__pgt_w > 0) OFFSET 0)
              UNION ALL
              -- +w: the row lost its last match
              SELECT __pgt_p.__pgt_w AS __pgt_w, __pgt_p.id AS id, __pgt_p.code AS code, __pgt_p.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_p.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_p.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_pad.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_pad.pgt_value AS __pgt_sub2_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub2_pgt_rows
                FROM __pgt_candidates_2 AS __pgt_p
                LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT c.code AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.codes AS c
                   GROUP BY c.code
                ) AS i
              ) AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT c.code AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.codes AS c
                   GROUP BY c.code
                ) AS i
              ) AS __pgt_x WHERE __pgt_x.pgt_k0 = (rtrim(__pgt_p.code) || ' ') OFFSET 0)
                 AND EXISTS (SELECT FROM __pgt_other_net_2 AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.pgt_k0 = (rtrim(__pgt_p.code) || ' '))
            ),
            -- project (linear): each changed row, projected
            delta_project_3 AS (
              SELECT d.__pgt_w, d.id AS id, CASE WHEN d.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE d.__pgt_sub1_pgt_value END AS lowered, CASE WHEN d.__pgt_sub2_pgt_rows IS NULL THEN 0 ELSE d.__pgt_sub2_pgt_value END AS spaced
                FROM delta_outer_join_2 AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.lowered, d.spaced, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project_3 AS d
               GROUP BY d.id, d.lowered, d.spaced
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashint4extended(n.id, 0), n.id) hashint4extended(n.id, 0) AS __pgt_row_id, n.id, n.lowered, n.spaced, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashint4extended(n.id, 0), n.id, n.__pgt_w DESC
            )
            MERGE INTO public.code_matches AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.id = a.id
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET id = a.id, lowered = a.lowered, spaced = a.spaced
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (id, lowered, spaced, __pgt_row_id) VALUES (a.id, a.lowered, a.spaced, a.__pgt_row_id);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.codes', 'public.holders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_ada748df9be90176 IS NOT NULL OR pg_trickle.children_layout('public.codes'::regclass) IS NOT NULL OR __pgt_parts_ff87cf12b447bc30 IS NOT NULL OR pg_trickle.children_layout('public.holders'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.codes'::regclass, 'public.holders'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.code_matches') THEN
        DELETE FROM public.code_matches;
    ELSE
        TRUNCATE public.code_matches;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.codes'), ('public.holders')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.code_matches' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.codes'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.code_matches' AND d.source_stable_name = 'public.codes';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.holders'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.code_matches' AND d.source_stable_name = 'public.holders';
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.codes', pg_current_snapshot()::text, 'public.holders', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'code_matches'
    ),
    __pgt_release_ada748df9be90176 AS (
        DELETE FROM pg_trickle_changes.changes_ada748df9be90176 AS c
         WHERE __pgt_small_ada748df9be90176 AND c.__pgt_xid < least(__pgt_bound_ada748df9be90176, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_ff87cf12b447bc30 AS (
        DELETE FROM pg_trickle_changes.changes_ff87cf12b447bc30 AS c
         WHERE __pgt_small_ff87cf12b447bc30 AND c.__pgt_xid < least(__pgt_bound_ff87cf12b447bc30, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.codes' AND c.__pgt_xid < least(__pgt_bound_ada748df9be90176, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.holders' AND c.__pgt_xid < least(__pgt_bound_ff87cf12b447bc30, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.code_matches (id, lowered, spaced, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.lowered, r.spaced, hashint4extended(r.id, 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, CASE WHEN i.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub1_pgt_value END AS lowered, CASE WHEN i.__pgt_sub2_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub2_pgt_value END AS spaced
            FROM (
            SELECT __pgt_l.id AS id, __pgt_l.code AS code, __pgt_l.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_l.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_l.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_r.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_r.pgt_value AS __pgt_sub2_pgt_value, __pgt_r.pgt_rows AS __pgt_sub2_pgt_rows
              FROM (
              SELECT h.id AS id, h.code AS code, __pgt_r.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
                FROM public.holders AS h
                LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT c.code AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.codes AS c
                   GROUP BY c.code
                ) AS i
              ) AS __pgt_r ON __pgt_r.pgt_k0 = lower(h.code::text)
            ) AS __pgt_l
              LEFT JOIN (
              SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                FROM (
                SELECT c.code AS __pgt_g0, count(*) AS __pgt_a0
                  FROM public.codes AS c
                 GROUP BY c.code
              ) AS i
            ) AS __pgt_r ON __pgt_r.pgt_k0 = (rtrim(__pgt_l.code) || ' ')
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.code_matches', full => true);
ANALYZE public.code_matches;

-- ========================================================================
-- create stream table public.code_totals
-- ========================================================================
-- trickle: stream table public.code_totals
--
-- refresh mode: FULL (requested AUTO)
-- maintained by full recomputation because a LATERAL subquery is not supported differentially (streams/007_equalities.sql:13:44)
-- schedule: 2m
-- maintenance: full recomputation on every refresh
--
-- defining query:
--   SELECT h.id, l.n FROM holders AS h CROSS JOIN LATERAL ( SELECT count(*) AS n FROM codes AS c WHERE c.code = h.code ) AS l

-- Storage: the query's columns.
CREATE TABLE public.code_totals AS
  SELECT h.id, l.n FROM holders AS h CROSS JOIN LATERAL ( SELECT count(*) AS n FROM codes AS c WHERE c.code = h.code ) AS l
  WITH NO DATA;
COMMENT ON TABLE public.code_totals IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.code_totals'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'code_totals', 'public.code_totals', '7948e02d862a98c6', 'SELECT h.id, l.n FROM holders AS h CROSS JOIN LATERAL ( SELECT count(*) AS n FROM codes AS c WHERE c.code = h.code ) AS l', 'AUTO', 'FULL', 'a LATERAL subquery is not supported differentially (streams/007_equalities.sql:13:44)', 'full', 'refresh_7948e02d862a98c6', 14, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.codes', 'TABLE', false, ARRAY['code', 'label']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.code_totals';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.holders', 'TABLE', false, ARRAY['id', 'code']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.code_totals';

-- Refresh function, called by pg_trickle.refresh('public.code_totals').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_7948e02d862a98c6(p_full boolean) RETURNS text
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
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.code_totals';

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.code_totals') THEN
        DELETE FROM public.code_totals;
    ELSE
        TRUNCATE public.code_totals;
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.codes', pg_current_snapshot()::text, 'public.holders', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'code_totals'
    )
    INSERT INTO public.code_totals (id, n)
    SELECT * FROM (
      SELECT h.id, l.n FROM holders AS h CROSS JOIN LATERAL ( SELECT count(*) AS n FROM codes AS c WHERE c.code = h.code ) AS l
    ) AS q;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.code_totals', full => true);
ANALYZE public.code_totals;

-- ========================================================================
-- create stream table public.customer_item_counts
-- ========================================================================
-- trickle: stream table public.customer_item_counts
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1h30m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT c.id, c."Name", count(i."Item ID") AS items, COALESCE(sum(i."Qty"), 0) AS qty FROM "Customers" AS c LEFT JOIN "Sales"."Order Items" AS i ON i."Order Ref" = c.id GROUP BY c.id, c."Name"
--
-- operator tree:
--   project __pgt_g0 AS id, __pgt_g1 AS Name, __pgt_a0 AS items, COALESCE(__pgt_a1, 0) AS qty
--     aggregate count(i."Item ID"), sum(i."Qty") group by id, "Name"
--       left outer join on "Order Ref" = id
--         scan public.Customers AS c
--         scan Sales.Order Items AS i

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_value_1, __pgt_nonnull_1).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.customer_item_counts WITH (fillfactor = 50) AS
  SELECT i.id AS id,
         i."Name" AS "Name",
         count(i."Item ID") AS items,
         COALESCE(sum(i."Qty"), 0) AS qty,
         hash_record_extended(ROW(i.id, i."Name"), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         sum(i."Qty") AS __pgt_value_1,
         count(i."Qty") AS __pgt_nonnull_1
    FROM (
      SELECT c.id AS id, c."Name" AS "Name", c."Region" AS "Region", c.nicknames AS nicknames, i."Item ID" AS "Item ID", i."Order Ref" AS "Order Ref", i."SKU" AS "SKU", i."Qty" AS "Qty", i."Unit Price" AS "Unit Price", i."Tags" AS "Tags", i."Attrs" AS "Attrs", i."Created At" AS "Created At"
        FROM public."Customers" AS c
        LEFT JOIN "Sales"."Order Items" AS i ON i."Order Ref" = c.id
    ) AS i
   GROUP BY i.id, i."Name"
  WITH NO DATA;
ALTER TABLE public.customer_item_counts ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_24332a6c7cf89c70 ON public.customer_item_counts (__pgt_row_id);
COMMENT ON TABLE public.customer_item_counts IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.customer_item_counts'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'customer_item_counts', 'public.customer_item_counts', '24332a6c7cf89c70', 'SELECT c.id, c."Name", count(i."Item ID") AS items, COALESCE(sum(i."Qty"), 0) AS qty FROM "Customers" AS c LEFT JOIN "Sales"."Order Items" AS i ON i."Order Ref" = c.id GROUP BY c.id, c."Name"', 'AUTO', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_24332a6c7cf89c70', 15, '1h30m', 'interval', '1 hour 30 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.customer_item_counts';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales.Order Items', 'TABLE', true, ARRAY['Item ID', 'Order Ref', 'SKU', 'Qty', 'Unit Price', 'Tags', 'Attrs', 'Created At']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.customer_item_counts';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.Customers', 'TABLE', true, ARRAY['id', 'Name', 'Region', 'nicknames']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.customer_item_counts';

-- Refresh function, called by pg_trickle.refresh('public.customer_item_counts').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_24332a6c7cf89c70(p_full boolean) RETURNS text
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
    __pgt_bound_beb66fa32e5d012c xid8;
    __pgt_small_beb66fa32e5d012c boolean;
    __pgt_bound_a00bb99dadf5f410 xid8;
    __pgt_small_a00bb99dadf5f410 boolean;
    __pgt_parts_beb66fa32e5d012c text;
    __pgt_parts_a00bb99dadf5f410 text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('Sales.Order Items') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales.Order Items' AND d.consumes_changes AND r.stable_name <> 'public.customer_item_counts'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_beb66fa32e5d012c'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.Customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.Customers' AND d.consumes_changes AND r.stable_name <> 'public.customer_item_counts'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_a00bb99dadf5f410'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'Sales.Order Items'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.Customers')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_beb66fa32e5d012c, __pgt_small_beb66fa32e5d012c, __pgt_bound_a00bb99dadf5f410, __pgt_small_a00bb99dadf5f410, __pgt_parts_beb66fa32e5d012c, __pgt_parts_a00bb99dadf5f410
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.customer_item_counts';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales.Order Items', 'public.Customers') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_beb66fa32e5d012c IS NOT NULL OR pg_trickle.children_layout('"Sales"."Order Items"'::regclass) IS NOT NULL OR __pgt_parts_a00bb99dadf5f410 IS NOT NULL OR pg_trickle.children_layout('public."Customers"'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('"Sales"."Order Items"'::regclass, 'public."Customers"'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
             WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
             WHERE __pgt_small_a00bb99dadf5f410 AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_beb66fa32e5d012c'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales"."Order Items"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales"."Order Items"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales.Order Items', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_a00bb99dadf5f410'::regclass) > __pgt_full_ratio * pg_relation_size('public."Customers"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public."Customers"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.Customers', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('Sales.Order Items', pg_current_snapshot()::text, 'public.Customers', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'customer_item_counts'
            ),
            -- delete the changes of Sales.Order Items that every reader has consumed
            __pgt_release_beb66fa32e5d012c AS (
              DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
               WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.Customers that every reader has consumed
            __pgt_release_a00bb99dadf5f410 AS (
              DELETE FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
               WHERE __pgt_small_a00bb99dadf5f410 AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.Customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c."Name", c."Region", c.nicknames
                FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan Sales.Order Items: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_order_items AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."Item ID", c."Order Ref", c."SKU", c."Qty", c."Unit Price", c."Tags", c."Attrs", c."Created At"
                FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, "Name", "Region", nicknames FROM public."Customers"
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c."Name", c."Region", c.nicknames FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_order_items AS __pgt_x WHERE __pgt_x."Order Ref" = __pgt_p.id)
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x."Item ID", __pgt_x."Order Ref", sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_order_items AS __pgt_x
               GROUP BY __pgt_x."Item ID", __pgt_x."Order Ref"
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT c.__pgt_w * i.__pgt_w AS __pgt_w, c.id AS id, c."Name" AS "Name", c."Region" AS "Region", c.nicknames AS nicknames, i."Item ID" AS "Item ID", i."Order Ref" AS "Order Ref", i."SKU" AS "SKU", i."Qty" AS "Qty", i."Unit Price" AS "Unit Price", i."Tags" AS "Tags", i."Attrs" AS "Attrs", i."Created At" AS "Created At"
                FROM delta_customers AS c,
                     (
                SELECT 1 AS __pgt_w, "Item ID", "Order Ref", "SKU", "Qty", "Unit Price", "Tags", "Attrs", "Created At" FROM "Sales"."Order Items"
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c."Item ID", c."Order Ref", c."SKU", c."Qty", c."Unit Price", c."Tags", c."Attrs", c."Created At" FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS i
               WHERE i."Order Ref" = c.id
              UNION ALL
              SELECT i.__pgt_w AS __pgt_w, c.id AS id, c."Name" AS "Name", c."Region" AS "Region", c.nicknames AS nicknames, i."Item ID" AS "Item ID", i."Order Ref" AS "Order Ref", i."SKU" AS "SKU", i."Qty" AS "Qty", i."Unit Price" AS "Unit Price", i."Tags" AS "Tags", i."Attrs" AS "Attrs", i."Created At" AS "Created At"
                FROM public."Customers" AS c,
                     delta_order_items AS i
               WHERE i."Order Ref" = c.id
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.id AS id, __pgt_p."Name" AS "Name", __pgt_p."Region" AS "Region", __pgt_p.nicknames AS nicknames, __pgt_pad."Item ID" AS "Item ID", __pgt_pad."Order Ref" AS "Order Ref", __pgt_pad."SKU" AS "SKU", __pgt_pad."Qty" AS "Qty", __pgt_pad."Unit Price" AS "Unit Price", __pgt_pad."Tags" AS "Tags", __pgt_pad."Attrs" AS "Attrs", __pgt_pad."Created At" AS "Created At"
                FROM delta_customers AS __pgt_p
                LEFT JOIN "Sales"."Order Items" AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM "Sales"."Order Items" AS __pgt_x WHERE __pgt_x."Order Ref" = __pgt_p.id)
              UNION ALL
              -- -w: the row gained its first match
              SELECT __pgt_p.__pgt_w * -1 AS __pgt_w, __pgt_p.id AS id, __pgt_p."Name" AS "Name", __pgt_p."Region" AS "Region", __pgt_p.nicknames AS nicknames, __pgt_pad."Item ID" AS "Item ID", __pgt_pad."Order Ref" AS "Order Ref", __pgt_pad."SKU" AS "SKU", __pgt_pad."Qty" AS "Qty", __pgt_pad."Unit Price" AS "Unit Price", __pgt_pad."Tags" AS "Tags", __pgt_pad."Attrs" AS "Attrs", __pgt_pad."Created At" AS "Created At"
                FROM __pgt_candidates AS __pgt_p
                LEFT JOIN "Sales"."Order Items" AS __pgt_pad ON false
               WHERE EXISTS (SELECT FROM "Sales"."Order Items" AS __pgt_x WHERE __pgt_x."Order Ref" = __pgt_p.id)
                 AND NOT EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x."Order Ref" = __pgt_p.id)
                 AND NOT EXISTS (SELECT FROM "Sales"."Order Items" AS __pgt_x
                              WHERE __pgt_x."Order Ref" = __pgt_p.id
                                AND __pgt_x."Item ID" NOT IN (SELECT n."Item ID" FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
              UNION ALL
              -- +w: the row lost its last match
              SELECT __pgt_p.__pgt_w AS __pgt_w, __pgt_p.id AS id, __pgt_p."Name" AS "Name", __pgt_p."Region" AS "Region", __pgt_p.nicknames AS nicknames, __pgt_pad."Item ID" AS "Item ID", __pgt_pad."Order Ref" AS "Order Ref", __pgt_pad."SKU" AS "SKU", __pgt_pad."Qty" AS "Qty", __pgt_pad."Unit Price" AS "Unit Price", __pgt_pad."Tags" AS "Tags", __pgt_pad."Attrs" AS "Attrs", __pgt_pad."Created At" AS "Created At"
                FROM __pgt_candidates AS __pgt_p
                LEFT JOIN "Sales"."Order Items" AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM "Sales"."Order Items" AS __pgt_x WHERE __pgt_x."Order Ref" = __pgt_p.id)
                 AND EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x."Order Ref" = __pgt_p.id)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.id AS __pgt_g0,
                     d."Name" AS __pgt_g1,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d."Item ID" IS NOT NULL), 0)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d."Qty" IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                     CASE WHEN sum(d."Qty") FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(d."Qty") FILTER (WHERE d.__pgt_w > 0) WHEN sum(d."Qty") FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(d."Qty") FILTER (WHERE d.__pgt_w < 0)) ELSE sum(d."Qty") FILTER (WHERE d.__pgt_w > 0) - sum(d."Qty") FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_1
                FROM delta_outer_join AS d
               GROUP BY d.id, d."Name"
            )
            MERGE INTO public.customer_item_counts AS s
            USING __pgt_delta_groups AS g
               ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0, g.__pgt_g1), 0) AND s.id = g.__pgt_g0 AND s."Name" = g.__pgt_g1
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          id = g.__pgt_g0,
                          "Name" = g.__pgt_g1,
                          items = coalesce(s.items, 0) + g.__pgt_d_value_0,
                          qty = COALESCE(CASE WHEN (s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1) = 0 THEN NULL WHEN s.__pgt_value_1 IS NULL THEN g.__pgt_d_value_1 WHEN g.__pgt_d_value_1 IS NULL THEN s.__pgt_value_1 ELSE s.__pgt_value_1 + g.__pgt_d_value_1 END, 0),
                          __pgt_count = s.__pgt_count + g.__pgt_d_count,
                          __pgt_value_1 = CASE WHEN s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1 = 0 THEN NULL WHEN s.__pgt_value_1 IS NULL THEN g.__pgt_d_value_1 WHEN g.__pgt_d_value_1 IS NULL THEN s.__pgt_value_1 ELSE s.__pgt_value_1 + g.__pgt_d_value_1 END,
                          __pgt_nonnull_1 = s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT (id, "Name", items, qty, __pgt_row_id, __pgt_count, __pgt_value_1, __pgt_nonnull_1)
                          VALUES (g.__pgt_g0,
                                  g.__pgt_g1,
                                  g.__pgt_d_value_0,
                                  COALESCE(CASE WHEN g.__pgt_d_nonnull_1 = 0 THEN NULL ELSE g.__pgt_d_value_1 END, 0),
                                  hash_record_extended(ROW(g.__pgt_g0, g.__pgt_g1), 0),
                                  g.__pgt_d_count,
                                  CASE WHEN g.__pgt_d_nonnull_1 = 0 THEN NULL ELSE g.__pgt_d_value_1 END,
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

            -- A TRUNCATE or a change of partitions or children that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales.Order Items', 'public.Customers') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_beb66fa32e5d012c IS NOT NULL OR pg_trickle.children_layout('"Sales"."Order Items"'::regclass) IS NOT NULL OR __pgt_parts_a00bb99dadf5f410 IS NOT NULL OR pg_trickle.children_layout('public."Customers"'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('"Sales"."Order Items"'::regclass, 'public."Customers"'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.customer_item_counts') THEN
        DELETE FROM public.customer_item_counts;
    ELSE
        TRUNCATE public.customer_item_counts;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('Sales.Order Items'), ('public.Customers')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.customer_item_counts' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('"Sales"."Order Items"'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.customer_item_counts' AND d.source_stable_name = 'Sales.Order Items';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public."Customers"'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.customer_item_counts' AND d.source_stable_name = 'public.Customers';
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_24332a6c7cf89c70 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.id AS id,
                     i."Name" AS "Name",
                     count(i."Item ID") AS items,
                     COALESCE(sum(i."Qty"), 0) AS qty,
                     hash_record_extended(ROW(i.id, i."Name"), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     sum(i."Qty") AS __pgt_value_1,
                     count(i."Qty") AS __pgt_nonnull_1
                FROM (
                  SELECT c.id AS id, c."Name" AS "Name", c."Region" AS "Region", c.nicknames AS nicknames, i."Item ID" AS "Item ID", i."Order Ref" AS "Order Ref", i."SKU" AS "SKU", i."Qty" AS "Qty", i."Unit Price" AS "Unit Price", i."Tags" AS "Tags", i."Attrs" AS "Attrs", i."Created At" AS "Created At"
                    FROM public."Customers" AS c
                    LEFT JOIN "Sales"."Order Items" AS i ON i."Order Ref" = c.id
                ) AS i
               GROUP BY i.id, i."Name"
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_24332a6c7cf89c70 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('Sales.Order Items', __pgt_full_snapshot::text, 'public.Customers', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'customer_item_counts'
        ),
        __pgt_release_beb66fa32e5d012c AS (
            DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
             WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_a00bb99dadf5f410 AS (
            DELETE FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
             WHERE __pgt_small_a00bb99dadf5f410 AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'Sales.Order Items' AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'public.Customers' AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.customer_item_counts (id, "Name", items, qty, __pgt_row_id, __pgt_count, __pgt_value_1, __pgt_nonnull_1)
        SELECT q.id, q."Name", q.items, q.qty, q.__pgt_row_id, q.__pgt_count, q.__pgt_value_1, q.__pgt_nonnull_1 FROM pg_temp.__pgt_full_24332a6c7cf89c70 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_24332a6c7cf89c70;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('Sales.Order Items', pg_current_snapshot()::text, 'public.Customers', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'customer_item_counts'
    ),
    __pgt_release_beb66fa32e5d012c AS (
        DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
         WHERE __pgt_small_beb66fa32e5d012c AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_a00bb99dadf5f410 AS (
        DELETE FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
         WHERE __pgt_small_a00bb99dadf5f410 AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'Sales.Order Items' AND c.__pgt_xid < least(__pgt_bound_beb66fa32e5d012c, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.Customers' AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.customer_item_counts (id, "Name", items, qty, __pgt_row_id, __pgt_count, __pgt_value_1, __pgt_nonnull_1)
    SELECT * FROM (
      SELECT i.id AS id,
             i."Name" AS "Name",
             count(i."Item ID") AS items,
             COALESCE(sum(i."Qty"), 0) AS qty,
             hash_record_extended(ROW(i.id, i."Name"), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             sum(i."Qty") AS __pgt_value_1,
             count(i."Qty") AS __pgt_nonnull_1
        FROM (
          SELECT c.id AS id, c."Name" AS "Name", c."Region" AS "Region", c.nicknames AS nicknames, i."Item ID" AS "Item ID", i."Order Ref" AS "Order Ref", i."SKU" AS "SKU", i."Qty" AS "Qty", i."Unit Price" AS "Unit Price", i."Tags" AS "Tags", i."Attrs" AS "Attrs", i."Created At" AS "Created At"
            FROM public."Customers" AS c
            LEFT JOIN "Sales"."Order Items" AS i ON i."Order Ref" = c.id
        ) AS i
       GROUP BY i.id, i."Name"
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.customer_item_counts', full => true);
ANALYZE public.customer_item_counts;

-- ========================================================================
-- create stream table public.event_kinds
-- ========================================================================
-- trickle: stream table public.event_kinds
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; each distinct row keeps a hidden count of its duplicates
--
-- defining query:
--   SELECT DISTINCT kind, seen, payload FROM events
--
-- operator tree:
--   distinct
--     project kind, seen, payload
--       scan public.events

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.event_kinds WITH (fillfactor = 50) AS
  SELECT r.kind, r.seen, r.payload, hash_record_extended(ROW(r.kind, r.seen, r.payload), 0) AS __pgt_row_id, count(*) AS __pgt_count
    FROM (
      SELECT events.kind AS kind, events.seen AS seen, events.payload AS payload
        FROM public.events AS events
    ) AS r
   GROUP BY r.kind, r.seen, r.payload
  WITH NO DATA;
ALTER TABLE public.event_kinds ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_fe9c60118febb80f ON public.event_kinds (__pgt_row_id);
COMMENT ON TABLE public.event_kinds IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.event_kinds'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'event_kinds', 'public.event_kinds', 'fe9c60118febb80f', 'SELECT DISTINCT kind, seen, payload FROM events', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'distinct', 'refresh_fe9c60118febb80f', 16, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['kind', 'Group', 'amount', 'payload', 'seen']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_kinds';

-- Refresh function, called by pg_trickle.refresh('public.event_kinds').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_fe9c60118febb80f(p_full boolean) RETURNS text
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
    __pgt_bound_c63077dab724f8f8 xid8;
    __pgt_small_c63077dab724f8f8 boolean;
    __pgt_parts_c63077dab724f8f8 text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.events') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.events' AND d.consumes_changes AND r.stable_name <> 'public.event_kinds'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c63077dab724f8f8'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.events')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_c63077dab724f8f8, __pgt_small_c63077dab724f8f8, __pgt_parts_c63077dab724f8f8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.event_kinds';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_c63077dab724f8f8 IS NOT NULL OR pg_trickle.children_layout('public.events'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.events'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c63077dab724f8f8'::regclass) > __pgt_full_ratio * pg_relation_size('public.events'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.events'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.events', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.events', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'event_kinds'
            ),
            -- delete the changes of public.events that every reader has consumed
            __pgt_release_c63077dab724f8f8 AS (
              DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_events AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.kind, c."Group", c.amount, c.payload, c.seen
                FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.kind AS kind, d.seen AS seen, d.payload AS payload
                FROM delta_events AS d
            ),
            -- distinct: net change in the multiplicity of each row
            __pgt_net AS (
              SELECT d.kind, d.seen, d.payload, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.kind, d.seen, d.payload
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- new multiplicity = stored multiplicity + change; a row stays while it is positive
            __pgt_apply AS (
              SELECT hash_record_extended(ROW(n.kind, n.seen, n.payload), 0) AS __pgt_row_id, n.kind, n.seen, n.payload, coalesce(s.__pgt_count, 0) + n.__pgt_w AS __pgt_count
                FROM __pgt_net AS n
                LEFT JOIN public.event_kinds AS s ON s.__pgt_row_id = hash_record_extended(ROW(n.kind, n.seen, n.payload), 0) AND s.kind IS NOT DISTINCT FROM n.kind AND s.seen IS NOT DISTINCT FROM n.seen AND s.payload IS NOT DISTINCT FROM n.payload
            )
            MERGE INTO public.event_kinds AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.kind IS NOT DISTINCT FROM a.kind AND s.seen IS NOT DISTINCT FROM a.seen AND s.payload IS NOT DISTINCT FROM a.payload
             WHEN MATCHED AND a.__pgt_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_count > 0 THEN INSERT (kind, seen, payload, __pgt_row_id, __pgt_count) VALUES (a.kind, a.seen, a.payload, a.__pgt_row_id, a.__pgt_count);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_c63077dab724f8f8 IS NOT NULL OR pg_trickle.children_layout('public.events'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.events'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.event_kinds') THEN
        DELETE FROM public.event_kinds;
    ELSE
        TRUNCATE public.event_kinds;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.events')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.event_kinds' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.events'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.event_kinds' AND d.source_stable_name = 'public.events';
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_fe9c60118febb80f ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT r.kind, r.seen, r.payload, hash_record_extended(ROW(r.kind, r.seen, r.payload), 0) AS __pgt_row_id, count(*) AS __pgt_count
                FROM (
                  SELECT events.kind AS kind, events.seen AS seen, events.payload AS payload
                    FROM public.events AS events
                ) AS r
               GROUP BY r.kind, r.seen, r.payload
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_fe9c60118febb80f AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.events', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'event_kinds'
        ),
        __pgt_release_c63077dab724f8f8 AS (
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.event_kinds (kind, seen, payload, __pgt_row_id, __pgt_count)
        SELECT q.kind, q.seen, q.payload, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_fe9c60118febb80f AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_fe9c60118febb80f;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.events', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'event_kinds'
    ),
    __pgt_release_c63077dab724f8f8 AS (
        DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
         WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.event_kinds (kind, seen, payload, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT r.kind, r.seen, r.payload, hash_record_extended(ROW(r.kind, r.seen, r.payload), 0) AS __pgt_row_id, count(*) AS __pgt_count
        FROM (
          SELECT events.kind AS kind, events.seen AS seen, events.payload AS payload
            FROM public.events AS events
        ) AS r
       GROUP BY r.kind, r.seen, r.payload
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.event_kinds', full => true);
ANALYZE public.event_kinds;

-- ========================================================================
-- create stream table public.event_payload_tags
-- ========================================================================
-- trickle: stream table public.event_payload_tags
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT e.kind, p.tags, p."Tags", t.tag FROM events AS e, jsonb_to_record(CASE WHEN jsonb_typeof(e.payload) = 'object' THEN e.payload END) p (tags jsonb, "Tags" text), jsonb_array_elements_text(COALESCE(p.tags, '[]')) AS t(tag)
--
-- operator tree:
--   project kind, tags, "Tags" AS Tags, tag
--     lateral jsonb_array_elements_text(COALESCE(tags, '[]'))
--       lateral jsonb_to_record(CASE WHEN jsonb_typeof(payload) = 'object' THEN payload END)
--         scan public.events AS e

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.event_payload_tags AS
  SELECT r.kind, r.tags, r."Tags", r.tag, hash_record_extended(ROW(r.kind, r.tags, r."Tags", r.tag), 0) AS __pgt_row_id
    FROM (
      SELECT i.kind AS kind, i.tags AS tags, i."Tags" AS "Tags", i.tag AS tag
        FROM (
        SELECT i.kind AS kind, i."Group" AS "Group", i.amount AS amount, i.payload AS payload, i.seen AS seen, i.tags AS tags, i."Tags" AS "Tags", __pgt_fn.__pgt_f0 AS tag
          FROM (
          SELECT e.kind AS kind, e."Group" AS "Group", e.amount AS amount, e.payload AS payload, e.seen AS seen, __pgt_fn.tags AS tags, __pgt_fn."Tags" AS "Tags"
            FROM public.events AS e
           CROSS JOIN LATERAL jsonb_to_record(CASE WHEN jsonb_typeof(e.payload) = 'object' THEN e.payload END) AS __pgt_fn(tags jsonb, "Tags" text)
        ) AS i
         CROSS JOIN LATERAL jsonb_array_elements_text(COALESCE(i.tags, '[]')) AS __pgt_fn(__pgt_f0)
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.event_payload_tags ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_27f32b76bc05168c ON public.event_payload_tags (__pgt_row_id);
COMMENT ON TABLE public.event_payload_tags IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.event_payload_tags'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'event_payload_tags', 'public.event_payload_tags', '27f32b76bc05168c', 'SELECT e.kind, p.tags, p."Tags", t.tag FROM events AS e, jsonb_to_record(CASE WHEN jsonb_typeof(e.payload) = ''object'' THEN e.payload END) p (tags jsonb, "Tags" text), jsonb_array_elements_text(COALESCE(p.tags, ''[]'')) AS t(tag)', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_27f32b76bc05168c', 17, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['kind', 'Group', 'amount', 'payload', 'seen']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_payload_tags';

-- Refresh function, called by pg_trickle.refresh('public.event_payload_tags').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_27f32b76bc05168c(p_full boolean) RETURNS text
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
    __pgt_bound_c63077dab724f8f8 xid8;
    __pgt_small_c63077dab724f8f8 boolean;
    __pgt_parts_c63077dab724f8f8 text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.events') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.events' AND d.consumes_changes AND r.stable_name <> 'public.event_payload_tags'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c63077dab724f8f8'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.events')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_c63077dab724f8f8, __pgt_small_c63077dab724f8f8, __pgt_parts_c63077dab724f8f8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.event_payload_tags';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_c63077dab724f8f8 IS NOT NULL OR pg_trickle.children_layout('public.events'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.events'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c63077dab724f8f8'::regclass) > __pgt_full_ratio * pg_relation_size('public.events'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.events'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.events', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.events', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'event_payload_tags'
            ),
            -- delete the changes of public.events that every reader has consumed
            __pgt_release_c63077dab724f8f8 AS (
              DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_events AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.kind, c."Group", c.amount, c.payload, c.seen
                FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- set-returning function (linear): the rows of each changed row
            delta_lateral AS (
              SELECT d.__pgt_w, d.kind AS kind, d."Group" AS "Group", d.amount AS amount, d.payload AS payload, d.seen AS seen, __pgt_fn.tags AS tags, __pgt_fn."Tags" AS "Tags"
                FROM delta_events AS d
               CROSS JOIN LATERAL jsonb_to_record(CASE WHEN jsonb_typeof(d.payload) = 'object' THEN d.payload END) AS __pgt_fn(tags jsonb, "Tags" text)
            ),
            -- set-returning function (linear): the rows of each changed row
            delta_lateral_2 AS (
              SELECT d.__pgt_w, d.kind AS kind, d."Group" AS "Group", d.amount AS amount, d.payload AS payload, d.seen AS seen, d.tags AS tags, d."Tags" AS "Tags", __pgt_fn.__pgt_f0 AS tag
                FROM delta_lateral AS d
               CROSS JOIN LATERAL jsonb_array_elements_text(COALESCE(d.tags, '[]')) AS __pgt_fn(__pgt_f0)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.kind AS kind, d.tags AS tags, d."Tags" AS "Tags", d.tag AS tag
                FROM delta_lateral_2 AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.kind, d.tags, d."Tags", d.tag, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.kind, d.tags, d."Tags", d.tag
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.event_payload_tags AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.event_payload_tags AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.kind, n.tags, n."Tags", n.tag), 0) AND t.kind IS NOT DISTINCT FROM n.kind AND t.tags IS NOT DISTINCT FROM n.tags AND t."Tags" IS NOT DISTINCT FROM n."Tags" AND t.tag IS NOT DISTINCT FROM n.tag
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.event_payload_tags (kind, tags, "Tags", tag, __pgt_row_id)
            SELECT n.kind, n.tags, n."Tags", n.tag, hash_record_extended(ROW(n.kind, n.tags, n."Tags", n.tag), 0)
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_c63077dab724f8f8 IS NOT NULL OR pg_trickle.children_layout('public.events'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.events'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.event_payload_tags') THEN
        DELETE FROM public.event_payload_tags;
    ELSE
        TRUNCATE public.event_payload_tags;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.events')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.event_payload_tags' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.events'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.event_payload_tags' AND d.source_stable_name = 'public.events';
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.events', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'event_payload_tags'
    ),
    __pgt_release_c63077dab724f8f8 AS (
        DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
         WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.event_payload_tags (kind, tags, "Tags", tag, __pgt_row_id)
    SELECT * FROM (
      SELECT r.kind, r.tags, r."Tags", r.tag, hash_record_extended(ROW(r.kind, r.tags, r."Tags", r.tag), 0) AS __pgt_row_id
        FROM (
          SELECT i.kind AS kind, i.tags AS tags, i."Tags" AS "Tags", i.tag AS tag
            FROM (
            SELECT i.kind AS kind, i."Group" AS "Group", i.amount AS amount, i.payload AS payload, i.seen AS seen, i.tags AS tags, i."Tags" AS "Tags", __pgt_fn.__pgt_f0 AS tag
              FROM (
              SELECT e.kind AS kind, e."Group" AS "Group", e.amount AS amount, e.payload AS payload, e.seen AS seen, __pgt_fn.tags AS tags, __pgt_fn."Tags" AS "Tags"
                FROM public.events AS e
               CROSS JOIN LATERAL jsonb_to_record(CASE WHEN jsonb_typeof(e.payload) = 'object' THEN e.payload END) AS __pgt_fn(tags jsonb, "Tags" text)
            ) AS i
             CROSS JOIN LATERAL jsonb_array_elements_text(COALESCE(i.tags, '[]')) AS __pgt_fn(__pgt_f0)
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.event_payload_tags', full => true);
ANALYZE public.event_payload_tags;

-- ========================================================================
-- create stream table public.event_rows
-- ========================================================================
-- trickle: stream table public.event_rows
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT kind, COALESCE(amount, 0) AS amount, payload -> 'tags' AS tags FROM events WHERE seen IS NOT FALSE
--
-- operator tree:
--   project kind, COALESCE(amount, 0) AS amount, payload -> 'tags' AS tags
--     filter seen IS NOT FALSE
--       scan public.events

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.event_rows AS
  SELECT r.kind, r.amount, r.tags, hash_record_extended(ROW(r.kind, r.amount, r.tags), 0) AS __pgt_row_id
    FROM (
      SELECT i.kind AS kind, COALESCE(i.amount, 0) AS amount, i.payload -> 'tags' AS tags
        FROM (
        SELECT events.kind, events."Group", events.amount, events.payload, events.seen
          FROM public.events AS events
         WHERE events.seen IS NOT FALSE
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.event_rows ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_3bc497883ecfb652 ON public.event_rows (__pgt_row_id);
COMMENT ON TABLE public.event_rows IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.event_rows'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'event_rows', 'public.event_rows', '3bc497883ecfb652', 'SELECT kind, COALESCE(amount, 0) AS amount, payload -> ''tags'' AS tags FROM events WHERE seen IS NOT FALSE', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_3bc497883ecfb652', 18, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['kind', 'Group', 'amount', 'payload', 'seen']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_rows';

-- Refresh function, called by pg_trickle.refresh('public.event_rows').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_3bc497883ecfb652(p_full boolean) RETURNS text
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
    __pgt_bound_c63077dab724f8f8 xid8;
    __pgt_small_c63077dab724f8f8 boolean;
    __pgt_parts_c63077dab724f8f8 text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.events') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.events' AND d.consumes_changes AND r.stable_name <> 'public.event_rows'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c63077dab724f8f8'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.events')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_c63077dab724f8f8, __pgt_small_c63077dab724f8f8, __pgt_parts_c63077dab724f8f8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.event_rows';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_c63077dab724f8f8 IS NOT NULL OR pg_trickle.children_layout('public.events'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.events'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c63077dab724f8f8'::regclass) > __pgt_full_ratio * pg_relation_size('public.events'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.events'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.events', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.events', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'event_rows'
            ),
            -- delete the changes of public.events that every reader has consumed
            __pgt_release_c63077dab724f8f8 AS (
              DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_events AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.kind, c."Group", c.amount, c.payload, c.seen
                FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy seen IS NOT FALSE
            delta_filter AS (
              SELECT d.__pgt_w, d.kind, d."Group", d.amount, d.payload, d.seen
                FROM delta_events AS d
               WHERE d.seen IS NOT FALSE
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.kind AS kind, COALESCE(d.amount, 0) AS amount, d.payload -> 'tags' AS tags
                FROM delta_filter AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.kind, d.amount, d.tags, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.kind, d.amount, d.tags
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.event_rows AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.event_rows AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.kind, n.amount, n.tags), 0) AND t.kind IS NOT DISTINCT FROM n.kind AND t.amount IS NOT DISTINCT FROM n.amount AND t.tags IS NOT DISTINCT FROM n.tags
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.event_rows (kind, amount, tags, __pgt_row_id)
            SELECT n.kind, n.amount, n.tags, hash_record_extended(ROW(n.kind, n.amount, n.tags), 0)
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_c63077dab724f8f8 IS NOT NULL OR pg_trickle.children_layout('public.events'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.events'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.event_rows') THEN
        DELETE FROM public.event_rows;
    ELSE
        TRUNCATE public.event_rows;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.events')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.event_rows' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.events'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.event_rows' AND d.source_stable_name = 'public.events';
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.events', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'event_rows'
    ),
    __pgt_release_c63077dab724f8f8 AS (
        DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
         WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.event_rows (kind, amount, tags, __pgt_row_id)
    SELECT * FROM (
      SELECT r.kind, r.amount, r.tags, hash_record_extended(ROW(r.kind, r.amount, r.tags), 0) AS __pgt_row_id
        FROM (
          SELECT i.kind AS kind, COALESCE(i.amount, 0) AS amount, i.payload -> 'tags' AS tags
            FROM (
            SELECT events.kind, events."Group", events.amount, events.payload, events.seen
              FROM public.events AS events
             WHERE events.seen IS NOT FALSE
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.event_rows', full => true);
ANALYZE public.event_rows;

-- ========================================================================
-- create stream table public.event_stats
-- ========================================================================
-- trickle: stream table public.event_stats
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT kind, "Group", count(*) AS n, count(amount) AS n_amount, sum(amount) AS total, avg(amount) AS mean, min(amount) AS lo, max(amount) AS hi FROM events GROUP BY kind, "Group"
--
-- operator tree:
--   project __pgt_g0 AS kind, __pgt_g1 AS Group, __pgt_a0 AS n, __pgt_a1 AS n_amount, __pgt_a2 AS total, __pgt_a3 AS mean, __pgt_a4 AS lo, __pgt_a5 AS hi
--     aggregate count(*), count(amount), sum(amount), avg(amount), min(amount), max(amount) group by kind, "Group"
--       scan public.events

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_value_3, __pgt_nonnull_2, __pgt_nonnull_3).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.event_stats WITH (fillfactor = 50) AS
  SELECT i.kind AS kind,
         i."Group" AS "Group",
         count(*) AS n,
         count(i.amount) AS n_amount,
         sum(i.amount) AS total,
         CASE WHEN count(i.amount) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.amount)), count(i.amount)) END AS mean,
         min(i.amount) AS lo,
         max(i.amount) AS hi,
         hash_record_extended(ROW(i.kind, i."Group"), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         sum(pg_trickle.avg_state(i.amount)) AS __pgt_value_3,
         count(i.amount) AS __pgt_nonnull_2,
         count(i.amount) AS __pgt_nonnull_3
    FROM (
      SELECT kind, "Group", amount, payload, seen FROM public.events
    ) AS i
   GROUP BY i.kind, i."Group"
  WITH NO DATA;
ALTER TABLE public.event_stats ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_0e1d6f529f4b7f2c ON public.event_stats (__pgt_row_id);
COMMENT ON TABLE public.event_stats IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.event_stats'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'event_stats', 'public.event_stats', '0e1d6f529f4b7f2c', 'SELECT kind, "Group", count(*) AS n, count(amount) AS n_amount, sum(amount) AS total, avg(amount) AS mean, min(amount) AS lo, max(amount) AS hi FROM events GROUP BY kind, "Group"', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_0e1d6f529f4b7f2c', 19, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['kind', 'Group', 'amount', 'payload', 'seen']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_stats';

-- Refresh function, called by pg_trickle.refresh('public.event_stats').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_0e1d6f529f4b7f2c(p_full boolean) RETURNS text
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
    __pgt_bound_c63077dab724f8f8 xid8;
    __pgt_small_c63077dab724f8f8 boolean;
    __pgt_parts_c63077dab724f8f8 text;
    __pgt_rescan_by_index boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.events') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.events' AND d.consumes_changes AND r.stable_name <> 'public.event_stats'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c63077dab724f8f8'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.events')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_c63077dab724f8f8, __pgt_small_c63077dab724f8f8, __pgt_parts_c63077dab724f8f8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.event_stats';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_c63077dab724f8f8 IS NOT NULL OR pg_trickle.children_layout('public.events'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.events'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c63077dab724f8f8'::regclass) > __pgt_full_ratio * pg_relation_size('public.events'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.events'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.events', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            __pgt_rescan_by_index := EXISTS (SELECT FROM pg_index AS x JOIN pg_attribute AS a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
                     WHERE x.indrelid = 'public.events'::regclass AND a.attname = 'kind'
                       AND x.indisvalid AND x.indpred IS NULL);
            BEGIN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.events', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'event_stats'
            ),
            -- delete the changes of public.events that every reader has consumed
            __pgt_release_c63077dab724f8f8 AS (
              DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_events AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.kind, c."Group", c.amount, c.payload, c.seen
                FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.kind AS __pgt_g0,
                     d."Group" AS __pgt_g1,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.amount IS NOT NULL), 0)::bigint AS __pgt_d_value_1,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.amount IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_2,
                     sum(CASE WHEN d.__pgt_w > 0 THEN d.amount ELSE -(d.amount) END) AS __pgt_d_value_2,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.amount IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_3,
                     sum(CASE WHEN d.__pgt_w > 0 THEN pg_trickle.avg_state(d.amount) ELSE -(pg_trickle.avg_state(d.amount)) END) AS __pgt_d_value_3,
                     min(d.amount) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_4,
                     min(d.amount) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_4,
                     max(d.amount) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_5,
                     max(d.amount) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_5
                FROM delta_events AS d
               GROUP BY d.kind, d."Group"
            ),
            -- each changed group with its stored state; a group is recomputed from the sources when a deleted value may have been its MIN/MAX or a NaN or an infinity entered or left a SUM or AVG
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.n AS __pgt_old_value_0,
                     s.n_amount AS __pgt_old_value_1,
                     s.total AS __pgt_old_value_2,
                     s.__pgt_value_3 AS __pgt_old_value_3,
                     s.lo AS __pgt_old_value_4,
                     s.hi AS __pgt_old_value_5,
                     coalesce(s.__pgt_nonnull_2, 0) AS __pgt_old_nonnull_2,
                     coalesce(s.__pgt_nonnull_3, 0) AS __pgt_old_nonnull_3,
                     (g.__pgt_del_4 IS NOT NULL AND (s.lo IS NULL OR (g.__pgt_del_4 <= s.lo AND NOT coalesce(g.__pgt_ins_4 <= s.lo AND g.__pgt_ins_4 < g.__pgt_del_4, false))))
                         OR (g.__pgt_del_5 IS NOT NULL AND (s.hi IS NULL OR (g.__pgt_del_5 >= s.hi AND NOT coalesce(g.__pgt_ins_5 >= s.hi AND g.__pgt_ins_5 > g.__pgt_del_5, false))))
                         OR coalesce(g.__pgt_d_value_2 IN ('NaN', 'Infinity', '-Infinity'), false)
                         OR coalesce(g.__pgt_d_value_3 IN ('NaN', 'Infinity', '-Infinity'), false) AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.event_stats AS s ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0, g.__pgt_g1), 0) AND s.kind IS NOT DISTINCT FROM g.__pgt_g0 AND s."Group" IS NOT DISTINCT FROM g.__pgt_g1
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_g1, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1, r.__pgt_value_2, coalesce(r.__pgt_nonnull_2, 0) AS __pgt_nonnull_2, r.__pgt_value_3, coalesce(r.__pgt_nonnull_3, 0) AS __pgt_nonnull_3, r.__pgt_value_4, r.__pgt_value_5
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT i.kind AS __pgt_g0,
                         i."Group" AS __pgt_g1,
                         count(*) AS __pgt_count,
                         count(*) AS __pgt_value_0,
                         count(i.amount) AS __pgt_value_1,
                         sum(i.amount) AS __pgt_value_2,
                         count(i.amount) AS __pgt_nonnull_2,
                         sum(pg_trickle.avg_state(i.amount)) AS __pgt_value_3,
                         count(i.amount) AS __pgt_nonnull_3,
                         min(i.amount) AS __pgt_value_4,
                         max(i.amount) AS __pgt_value_5
                    FROM (
                    SELECT * FROM (
                      SELECT kind, "Group", amount, payload, seen FROM public.events
                    ) AS i
                     WHERE __pgt_rescan_by_index AND (i.kind = ANY (ARRAY(SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan)) OR (i.kind IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                    UNION ALL
                    SELECT * FROM (
                      SELECT kind, "Group", amount, payload, seen FROM public.events
                    ) AS i
                     WHERE NOT __pgt_rescan_by_index AND (i.kind IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan) OR (i.kind IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                       AND (i."Group" IN (SELECT f.__pgt_g1 FROM __pgt_groups AS f WHERE f.__pgt_rescan) OR (i."Group" IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g1 IS NULL)))
                  ) AS i
                   GROUP BY i.kind, i."Group"
                ) AS r ON r.__pgt_g0 IS NOT DISTINCT FROM g.__pgt_g0 AND r.__pgt_g1 IS NOT DISTINCT FROM g.__pgt_g1
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
                     n.__pgt_g0 AS kind,
                     n.__pgt_g1 AS "Group",
                     n.__pgt_value_0 AS n,
                     n.__pgt_value_1 AS n_amount,
                     n.__pgt_value_2 AS total,
                     CASE WHEN n.__pgt_nonnull_3 = 0 THEN NULL ELSE pg_trickle.avg_final(n.__pgt_value_3, n.__pgt_nonnull_3) END AS mean,
                     n.__pgt_value_4 AS lo,
                     n.__pgt_value_5 AS hi,
                     n.__pgt_count,
                     n.__pgt_value_3 AS __pgt_value_3,
                     n.__pgt_nonnull_2 AS __pgt_nonnull_2,
                     n.__pgt_nonnull_3 AS __pgt_nonnull_3,
                     n.__pgt_count > 0 AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.event_stats AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET kind = a.kind, "Group" = a."Group", n = a.n, n_amount = a.n_amount, total = a.total, mean = a.mean, lo = a.lo, hi = a.hi, __pgt_count = a.__pgt_count, __pgt_value_3 = a.__pgt_value_3, __pgt_nonnull_2 = a.__pgt_nonnull_2, __pgt_nonnull_3 = a.__pgt_nonnull_3
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (kind, "Group", n, n_amount, total, mean, lo, hi, __pgt_row_id, __pgt_count, __pgt_value_3, __pgt_nonnull_2, __pgt_nonnull_3) VALUES (a.kind, a."Group", a.n, a.n_amount, a.total, a.mean, a.lo, a.hi, a.__pgt_row_id, a.__pgt_count, a.__pgt_value_3, a.__pgt_nonnull_2, a.__pgt_nonnull_3);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_c63077dab724f8f8 IS NOT NULL OR pg_trickle.children_layout('public.events'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.events'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.event_stats') THEN
        DELETE FROM public.event_stats;
    ELSE
        TRUNCATE public.event_stats;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.events')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.event_stats' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.events'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.event_stats' AND d.source_stable_name = 'public.events';
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_0e1d6f529f4b7f2c ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.kind AS kind,
                     i."Group" AS "Group",
                     count(*) AS n,
                     count(i.amount) AS n_amount,
                     sum(i.amount) AS total,
                     CASE WHEN count(i.amount) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.amount)), count(i.amount)) END AS mean,
                     min(i.amount) AS lo,
                     max(i.amount) AS hi,
                     hash_record_extended(ROW(i.kind, i."Group"), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     sum(pg_trickle.avg_state(i.amount)) AS __pgt_value_3,
                     count(i.amount) AS __pgt_nonnull_2,
                     count(i.amount) AS __pgt_nonnull_3
                FROM (
                  SELECT kind, "Group", amount, payload, seen FROM public.events
                ) AS i
               GROUP BY i.kind, i."Group"
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_0e1d6f529f4b7f2c AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.events', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'event_stats'
        ),
        __pgt_release_c63077dab724f8f8 AS (
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.event_stats (kind, "Group", n, n_amount, total, mean, lo, hi, __pgt_row_id, __pgt_count, __pgt_value_3, __pgt_nonnull_2, __pgt_nonnull_3)
        SELECT q.kind, q."Group", q.n, q.n_amount, q.total, q.mean, q.lo, q.hi, q.__pgt_row_id, q.__pgt_count, q.__pgt_value_3, q.__pgt_nonnull_2, q.__pgt_nonnull_3 FROM pg_temp.__pgt_full_0e1d6f529f4b7f2c AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_0e1d6f529f4b7f2c;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.events', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'event_stats'
    ),
    __pgt_release_c63077dab724f8f8 AS (
        DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
         WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.event_stats (kind, "Group", n, n_amount, total, mean, lo, hi, __pgt_row_id, __pgt_count, __pgt_value_3, __pgt_nonnull_2, __pgt_nonnull_3)
    SELECT * FROM (
      SELECT i.kind AS kind,
             i."Group" AS "Group",
             count(*) AS n,
             count(i.amount) AS n_amount,
             sum(i.amount) AS total,
             CASE WHEN count(i.amount) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.amount)), count(i.amount)) END AS mean,
             min(i.amount) AS lo,
             max(i.amount) AS hi,
             hash_record_extended(ROW(i.kind, i."Group"), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             sum(pg_trickle.avg_state(i.amount)) AS __pgt_value_3,
             count(i.amount) AS __pgt_nonnull_2,
             count(i.amount) AS __pgt_nonnull_3
        FROM (
          SELECT kind, "Group", amount, payload, seen FROM public.events
        ) AS i
       GROUP BY i.kind, i."Group"
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.event_stats', full => true);
ANALYZE public.event_stats;

-- ========================================================================
-- create stream table public.event_tag_values
-- ========================================================================
-- trickle: stream table public.event_tag_values
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT e.kind, el.value, el.ordinality, value #>> '{}' AS tag FROM events AS e, jsonb_array_elements(CASE WHEN jsonb_typeof(e.payload -> 'tags') = 'array' THEN e.payload -> 'tags' END) WITH ORDINALITY AS el
--
-- operator tree:
--   project kind, value, ordinality, value #>> '{}' AS tag
--     lateral jsonb_array_elements(CASE WHEN jsonb_typeof(payload -> 'tags') = 'array' THEN payload -> 'tags' END) with ordinality
--       scan public.events AS e

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.event_tag_values AS
  SELECT r.kind, r.value, r.ordinality, r.tag, hash_record_extended(ROW(r.kind, r.value, r.ordinality, r.tag), 0) AS __pgt_row_id
    FROM (
      SELECT i.kind AS kind, i.value AS value, i.ordinality AS ordinality, i.value #>> '{}' AS tag
        FROM (
        SELECT e.kind AS kind, e."Group" AS "Group", e.amount AS amount, e.payload AS payload, e.seen AS seen, __pgt_fn.__pgt_f0 AS value, __pgt_fn.__pgt_f1 AS ordinality
          FROM public.events AS e
         CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(e.payload -> 'tags') = 'array' THEN e.payload -> 'tags' END) WITH ORDINALITY AS __pgt_fn(__pgt_f0, __pgt_f1)
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.event_tag_values ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_9d96be8ee9c13e3c ON public.event_tag_values (__pgt_row_id);
COMMENT ON TABLE public.event_tag_values IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.event_tag_values'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'event_tag_values', 'public.event_tag_values', '9d96be8ee9c13e3c', 'SELECT e.kind, el.value, el.ordinality, value #>> ''{}'' AS tag FROM events AS e, jsonb_array_elements(CASE WHEN jsonb_typeof(e.payload -> ''tags'') = ''array'' THEN e.payload -> ''tags'' END) WITH ORDINALITY AS el', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_9d96be8ee9c13e3c', 20, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['kind', 'Group', 'amount', 'payload', 'seen']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_tag_values';

-- Refresh function, called by pg_trickle.refresh('public.event_tag_values').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_9d96be8ee9c13e3c(p_full boolean) RETURNS text
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
    __pgt_bound_c63077dab724f8f8 xid8;
    __pgt_small_c63077dab724f8f8 boolean;
    __pgt_parts_c63077dab724f8f8 text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.events') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.events' AND d.consumes_changes AND r.stable_name <> 'public.event_tag_values'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c63077dab724f8f8'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.events')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_c63077dab724f8f8, __pgt_small_c63077dab724f8f8, __pgt_parts_c63077dab724f8f8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.event_tag_values';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_c63077dab724f8f8 IS NOT NULL OR pg_trickle.children_layout('public.events'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.events'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c63077dab724f8f8'::regclass) > __pgt_full_ratio * pg_relation_size('public.events'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.events'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.events', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.events', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'event_tag_values'
            ),
            -- delete the changes of public.events that every reader has consumed
            __pgt_release_c63077dab724f8f8 AS (
              DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_events AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.kind, c."Group", c.amount, c.payload, c.seen
                FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- set-returning function (linear): the rows of each changed row
            delta_lateral AS (
              SELECT d.__pgt_w, d.kind AS kind, d."Group" AS "Group", d.amount AS amount, d.payload AS payload, d.seen AS seen, __pgt_fn.__pgt_f0 AS value, __pgt_fn.__pgt_f1 AS ordinality
                FROM delta_events AS d
               CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(d.payload -> 'tags') = 'array' THEN d.payload -> 'tags' END) WITH ORDINALITY AS __pgt_fn(__pgt_f0, __pgt_f1)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.kind AS kind, d.value AS value, d.ordinality AS ordinality, d.value #>> '{}' AS tag
                FROM delta_lateral AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.kind, d.value, d.ordinality, d.tag, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.kind, d.value, d.ordinality, d.tag
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.event_tag_values AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.event_tag_values AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.kind, n.value, n.ordinality, n.tag), 0) AND t.kind IS NOT DISTINCT FROM n.kind AND t.value IS NOT DISTINCT FROM n.value AND t.ordinality = n.ordinality AND t.tag IS NOT DISTINCT FROM n.tag
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.event_tag_values (kind, value, ordinality, tag, __pgt_row_id)
            SELECT n.kind, n.value, n.ordinality, n.tag, hash_record_extended(ROW(n.kind, n.value, n.ordinality, n.tag), 0)
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_c63077dab724f8f8 IS NOT NULL OR pg_trickle.children_layout('public.events'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.events'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.event_tag_values') THEN
        DELETE FROM public.event_tag_values;
    ELSE
        TRUNCATE public.event_tag_values;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.events')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.event_tag_values' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.events'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.event_tag_values' AND d.source_stable_name = 'public.events';
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.events', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'event_tag_values'
    ),
    __pgt_release_c63077dab724f8f8 AS (
        DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
         WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.event_tag_values (kind, value, ordinality, tag, __pgt_row_id)
    SELECT * FROM (
      SELECT r.kind, r.value, r.ordinality, r.tag, hash_record_extended(ROW(r.kind, r.value, r.ordinality, r.tag), 0) AS __pgt_row_id
        FROM (
          SELECT i.kind AS kind, i.value AS value, i.ordinality AS ordinality, i.value #>> '{}' AS tag
            FROM (
            SELECT e.kind AS kind, e."Group" AS "Group", e.amount AS amount, e.payload AS payload, e.seen AS seen, __pgt_fn.__pgt_f0 AS value, __pgt_fn.__pgt_f1 AS ordinality
              FROM public.events AS e
             CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(e.payload -> 'tags') = 'array' THEN e.payload -> 'tags' END) WITH ORDINALITY AS __pgt_fn(__pgt_f0, __pgt_f1)
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.event_tag_values', full => true);
ANALYZE public.event_tag_values;

-- ========================================================================
-- create stream table public.every_name
-- ========================================================================
-- trickle: stream table public.every_name
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; each distinct row keeps a hidden count of its duplicates
--
-- defining query:
--   (SELECT "Name" AS name FROM "Customers" UNION SELECT "user" FROM audit.logins) UNION SELECT kind FROM events
--
-- operator tree:
--   distinct
--     union all of 3 inputs
--       project "Name" AS name
--         scan public.Customers
--       project "user" AS name
--         scan audit.logins
--       project kind AS name
--         scan public.events

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.every_name WITH (fillfactor = 50) AS
  SELECT r.name, coalesce(hashtextextended(r.name, 0), 0) AS __pgt_row_id, count(*) AS __pgt_count
    FROM (
      (
        SELECT "Customers"."Name" AS name
          FROM public."Customers" AS "Customers"
      )
      UNION ALL
      (
        SELECT logins."user" AS name
          FROM audit.logins AS logins
      )
      UNION ALL
      (
        SELECT events.kind AS name
          FROM public.events AS events
      )
    ) AS r
   GROUP BY r.name
  WITH NO DATA;
ALTER TABLE public.every_name ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_8b4b72eb7c7a6665 ON public.every_name (__pgt_row_id);
COMMENT ON TABLE public.every_name IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.every_name'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'every_name', 'public.every_name', '8b4b72eb7c7a6665', '(SELECT "Name" AS name FROM "Customers" UNION SELECT "user" FROM audit.logins) UNION SELECT kind FROM events', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'distinct', 'refresh_8b4b72eb7c7a6665', 21, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'audit.logins', 'TABLE', true, ARRAY['id', 'user', 'ok', 'cost', 'took']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.every_name';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.Customers', 'TABLE', true, ARRAY['id', 'Name', 'Region', 'nicknames']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.every_name';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['kind', 'Group', 'amount', 'payload', 'seen']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.every_name';

-- Refresh function, called by pg_trickle.refresh('public.every_name').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_8b4b72eb7c7a6665(p_full boolean) RETURNS text
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
    __pgt_bound_6a98fa9afc67d568 xid8;
    __pgt_small_6a98fa9afc67d568 boolean;
    __pgt_bound_a00bb99dadf5f410 xid8;
    __pgt_small_a00bb99dadf5f410 boolean;
    __pgt_bound_c63077dab724f8f8 xid8;
    __pgt_small_c63077dab724f8f8 boolean;
    __pgt_parts_6a98fa9afc67d568 text;
    __pgt_parts_a00bb99dadf5f410 text;
    __pgt_parts_c63077dab724f8f8 text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('audit.logins') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'audit.logins' AND d.consumes_changes AND r.stable_name <> 'public.every_name'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_6a98fa9afc67d568'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.Customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.Customers' AND d.consumes_changes AND r.stable_name <> 'public.every_name'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_a00bb99dadf5f410'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.events') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.events' AND d.consumes_changes AND r.stable_name <> 'public.every_name'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c63077dab724f8f8'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'audit.logins'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.Customers'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.events')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_6a98fa9afc67d568, __pgt_small_6a98fa9afc67d568, __pgt_bound_a00bb99dadf5f410, __pgt_small_a00bb99dadf5f410, __pgt_bound_c63077dab724f8f8, __pgt_small_c63077dab724f8f8, __pgt_parts_6a98fa9afc67d568, __pgt_parts_a00bb99dadf5f410, __pgt_parts_c63077dab724f8f8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.every_name';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('audit.logins', 'public.Customers', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_6a98fa9afc67d568 IS NOT NULL OR pg_trickle.children_layout('audit.logins'::regclass) IS NOT NULL OR __pgt_parts_a00bb99dadf5f410 IS NOT NULL OR pg_trickle.children_layout('public."Customers"'::regclass) IS NOT NULL OR __pgt_parts_c63077dab724f8f8 IS NOT NULL OR pg_trickle.children_layout('public.events'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('audit.logins'::regclass, 'public."Customers"'::regclass, 'public.events'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c
             WHERE __pgt_small_6a98fa9afc67d568 AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
             WHERE __pgt_small_a00bb99dadf5f410 AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_6a98fa9afc67d568'::regclass) > __pgt_full_ratio * pg_relation_size('audit.logins'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'audit.logins'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'audit.logins', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_a00bb99dadf5f410'::regclass) > __pgt_full_ratio * pg_relation_size('public."Customers"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public."Customers"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.Customers', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c63077dab724f8f8'::regclass) > __pgt_full_ratio * pg_relation_size('public.events'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.events'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.events', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('audit.logins', pg_current_snapshot()::text, 'public.Customers', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'every_name'
            ),
            -- delete the changes of audit.logins that every reader has consumed
            __pgt_release_6a98fa9afc67d568 AS (
              DELETE FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c
               WHERE __pgt_small_6a98fa9afc67d568 AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.Customers that every reader has consumed
            __pgt_release_a00bb99dadf5f410 AS (
              DELETE FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
               WHERE __pgt_small_a00bb99dadf5f410 AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.events that every reader has consumed
            __pgt_release_c63077dab724f8f8 AS (
              DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.Customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c."Name", c."Region", c.nicknames
                FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan audit.logins: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_logins AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c."user", c.ok, c.cost, c.took
                FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_events AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.kind, c."Group", c.amount, c.payload, c.seen
                FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- union all (linear): the changes of each of its 3 inputs
            delta_union AS (
              (
                SELECT d.__pgt_w, d."Name" AS name
                  FROM delta_customers AS d
              )
              UNION ALL
              (
                SELECT d.__pgt_w, d."user" AS name
                  FROM delta_logins AS d
              )
              UNION ALL
              (
                SELECT d.__pgt_w, d.kind AS name
                  FROM delta_events AS d
              )
            ),
            -- distinct: net change in the multiplicity of each row
            __pgt_net AS (
              SELECT d.name, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_union AS d
               GROUP BY d.name
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- new multiplicity = stored multiplicity + change; a row stays while it is positive
            __pgt_apply AS (
              SELECT coalesce(hashtextextended(n.name, 0), 0) AS __pgt_row_id, n.name, coalesce(s.__pgt_count, 0) + n.__pgt_w AS __pgt_count
                FROM __pgt_net AS n
                LEFT JOIN public.every_name AS s ON s.__pgt_row_id = coalesce(hashtextextended(n.name, 0), 0) AND s.name IS NOT DISTINCT FROM n.name
            )
            MERGE INTO public.every_name AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.name IS NOT DISTINCT FROM a.name
             WHEN MATCHED AND a.__pgt_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_count > 0 THEN INSERT (name, __pgt_row_id, __pgt_count) VALUES (a.name, a.__pgt_row_id, a.__pgt_count);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('audit.logins', 'public.Customers', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_6a98fa9afc67d568 IS NOT NULL OR pg_trickle.children_layout('audit.logins'::regclass) IS NOT NULL OR __pgt_parts_a00bb99dadf5f410 IS NOT NULL OR pg_trickle.children_layout('public."Customers"'::regclass) IS NOT NULL OR __pgt_parts_c63077dab724f8f8 IS NOT NULL OR pg_trickle.children_layout('public.events'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('audit.logins'::regclass, 'public."Customers"'::regclass, 'public.events'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.every_name') THEN
        DELETE FROM public.every_name;
    ELSE
        TRUNCATE public.every_name;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('audit.logins'), ('public.Customers'), ('public.events')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.every_name' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('audit.logins'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.every_name' AND d.source_stable_name = 'audit.logins';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public."Customers"'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.every_name' AND d.source_stable_name = 'public.Customers';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.events'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.every_name' AND d.source_stable_name = 'public.events';
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_8b4b72eb7c7a6665 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT r.name, coalesce(hashtextextended(r.name, 0), 0) AS __pgt_row_id, count(*) AS __pgt_count
                FROM (
                  (
                    SELECT "Customers"."Name" AS name
                      FROM public."Customers" AS "Customers"
                  )
                  UNION ALL
                  (
                    SELECT logins."user" AS name
                      FROM audit.logins AS logins
                  )
                  UNION ALL
                  (
                    SELECT events.kind AS name
                      FROM public.events AS events
                  )
                ) AS r
               GROUP BY r.name
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_8b4b72eb7c7a6665 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('audit.logins', __pgt_full_snapshot::text, 'public.Customers', __pgt_full_snapshot::text, 'public.events', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'every_name'
        ),
        __pgt_release_6a98fa9afc67d568 AS (
            DELETE FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c
             WHERE __pgt_small_6a98fa9afc67d568 AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_a00bb99dadf5f410 AS (
            DELETE FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
             WHERE __pgt_small_a00bb99dadf5f410 AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_c63077dab724f8f8 AS (
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'audit.logins' AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'public.Customers' AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.every_name (name, __pgt_row_id, __pgt_count)
        SELECT q.name, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_8b4b72eb7c7a6665 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_8b4b72eb7c7a6665;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('audit.logins', pg_current_snapshot()::text, 'public.Customers', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'every_name'
    ),
    __pgt_release_6a98fa9afc67d568 AS (
        DELETE FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c
         WHERE __pgt_small_6a98fa9afc67d568 AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_a00bb99dadf5f410 AS (
        DELETE FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
         WHERE __pgt_small_a00bb99dadf5f410 AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_c63077dab724f8f8 AS (
        DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
         WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'audit.logins' AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.Customers' AND c.__pgt_xid < least(__pgt_bound_a00bb99dadf5f410, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.every_name (name, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT r.name, coalesce(hashtextextended(r.name, 0), 0) AS __pgt_row_id, count(*) AS __pgt_count
        FROM (
          (
            SELECT "Customers"."Name" AS name
              FROM public."Customers" AS "Customers"
          )
          UNION ALL
          (
            SELECT logins."user" AS name
              FROM audit.logins AS logins
          )
          UNION ALL
          (
            SELECT events.kind AS name
              FROM public.events AS events
          )
        ) AS r
       GROUP BY r.name
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.every_name', full => true);
ANALYZE public.every_name;

-- ========================================================================
-- create stream table public.has_nickname
-- ========================================================================
-- trickle: stream table public.has_nickname
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT id, p.name COLLATE "C" IN (SELECT name FROM nicknames) AS listed, EXISTS (SELECT 1 FROM nicknames AS b WHERE b.name = p.name COLLATE "C") AS found FROM people AS p
--
-- operator tree:
--   project id, CASE WHEN (COALESCE(__pgt_sub2_pgt_rows, 0)) > 0 THEN true WHEN (name COLLATE "C" IS NULL AND (COALESCE(__pgt_sub3_pgt_rows, 0)) > 0) OR (CASE WHEN __pgt_sub3_pgt_rows IS NULL THEN 0 ELSE __pgt_sub3_pgt_value END) > 0 THEN NULL ELSE false END AS listed, (CASE WHEN __pgt_sub1_pgt_rows IS NULL THEN 0 ELSE __pgt_sub1_pgt_value END) > 0 AS found
--     left outer join on true
--       left outer join on __pgt_sub2_pgt_k0 = name COLLATE "C"
--         left outer join on __pgt_sub1_pgt_k0 = name COLLATE "C"
--           scan public.people AS p
--           project __pgt_g0 AS pgt_k0, __pgt_a0 AS pgt_value, __pgt_a0 AS pgt_rows
--             aggregate count(*) group by name COLLATE "C"
--               scan public.nicknames AS b
--         project __pgt_g0 AS pgt_k0, __pgt_a0 AS pgt_value, __pgt_a0 AS pgt_rows
--           aggregate count(*) group by name COLLATE "C"
--             scan public.nicknames
--       project __pgt_a0 AS pgt_value, __pgt_a1 AS pgt_rows
--         aggregate count(*) FILTER (WHERE name IS NULL), count(*) (one group)
--           scan public.nicknames

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.has_nickname AS
  SELECT r.id, r.listed, r.found, hashint4extended(r.id, 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, CASE WHEN (COALESCE(i.__pgt_sub2_pgt_rows, 0)) > 0 THEN true WHEN (i.name COLLATE "C" IS NULL AND (COALESCE(i.__pgt_sub3_pgt_rows, 0)) > 0) OR (CASE WHEN i.__pgt_sub3_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub3_pgt_value END) > 0 THEN NULL ELSE false END AS listed, (CASE WHEN i.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub1_pgt_value END) > 0 AS found
        FROM (
        SELECT __pgt_l.id AS id, __pgt_l.name AS name, __pgt_l.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_l.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_l.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_l.__pgt_sub2_pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_l.__pgt_sub2_pgt_value AS __pgt_sub2_pgt_value, __pgt_l.__pgt_sub2_pgt_rows AS __pgt_sub2_pgt_rows, __pgt_r.pgt_value AS __pgt_sub3_pgt_value, __pgt_r.pgt_rows AS __pgt_sub3_pgt_rows
          FROM (
          SELECT __pgt_l.id AS id, __pgt_l.name AS name, __pgt_l.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_l.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_l.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_r.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_r.pgt_value AS __pgt_sub2_pgt_value, __pgt_r.pgt_rows AS __pgt_sub2_pgt_rows
            FROM (
            SELECT p.id AS id, p.name AS name, __pgt_r.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
              FROM public.people AS p
              LEFT JOIN (
              SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                FROM (
                SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                  FROM public.nicknames AS b
                 GROUP BY b.name COLLATE "C"
              ) AS i
            ) AS __pgt_r ON __pgt_r.pgt_k0 = p.name COLLATE "C"
          ) AS __pgt_l
            LEFT JOIN (
            SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
              FROM (
              SELECT nicknames.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                FROM public.nicknames AS nicknames
               GROUP BY nicknames.name COLLATE "C"
            ) AS i
          ) AS __pgt_r ON __pgt_r.pgt_k0 = __pgt_l.name COLLATE "C"
        ) AS __pgt_l
          LEFT JOIN (
          SELECT i.__pgt_a0 AS pgt_value, i.__pgt_a1 AS pgt_rows
            FROM (
            SELECT count(CASE WHEN nicknames.name IS NULL THEN 1 END) AS __pgt_a0, count(*) AS __pgt_a1
              FROM public.nicknames AS nicknames
          ) AS i
        ) AS __pgt_r ON true
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.has_nickname ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_fcc09c52679ebd3c ON public.has_nickname (__pgt_row_id);
COMMENT ON TABLE public.has_nickname IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.has_nickname'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'has_nickname', 'public.has_nickname', 'fcc09c52679ebd3c', 'SELECT id, p.name COLLATE "C" IN (SELECT name FROM nicknames) AS listed, EXISTS (SELECT 1 FROM nicknames AS b WHERE b.name = p.name COLLATE "C") AS found FROM people AS p', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_fcc09c52679ebd3c', 22, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- The delta recomputes each group (or window partition) a change touches from its rows:
-- past this share of a source's rows changed, recomputing all of them costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.01 WHERE stable_name = 'public.has_nickname';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.nicknames', 'TABLE', true, ARRAY['name', 'v']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.has_nickname';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.people', 'TABLE', true, ARRAY['id', 'name']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.has_nickname';

-- Refresh function, called by pg_trickle.refresh('public.has_nickname').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_fcc09c52679ebd3c(p_full boolean) RETURNS text
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
    __pgt_bound_136a4511eaa4cbf8 xid8;
    __pgt_small_136a4511eaa4cbf8 boolean;
    __pgt_bound_f1b67da1e3c5901e xid8;
    __pgt_small_f1b67da1e3c5901e boolean;
    __pgt_parts_136a4511eaa4cbf8 text;
    __pgt_parts_f1b67da1e3c5901e text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.nicknames') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.nicknames' AND d.consumes_changes AND r.stable_name <> 'public.has_nickname'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_136a4511eaa4cbf8'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.people') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.people' AND d.consumes_changes AND r.stable_name <> 'public.has_nickname'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_f1b67da1e3c5901e'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.nicknames'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.people')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_136a4511eaa4cbf8, __pgt_small_136a4511eaa4cbf8, __pgt_bound_f1b67da1e3c5901e, __pgt_small_f1b67da1e3c5901e, __pgt_parts_136a4511eaa4cbf8, __pgt_parts_f1b67da1e3c5901e
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.has_nickname';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.nicknames', 'public.people') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_136a4511eaa4cbf8 IS NOT NULL OR pg_trickle.children_layout('public.nicknames'::regclass) IS NOT NULL OR __pgt_parts_f1b67da1e3c5901e IS NOT NULL OR pg_trickle.children_layout('public.people'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.nicknames'::regclass, 'public.people'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
             WHERE __pgt_small_136a4511eaa4cbf8 AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
             WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_136a4511eaa4cbf8'::regclass) > __pgt_full_ratio * pg_relation_size('public.nicknames'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.nicknames'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.nicknames', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_f1b67da1e3c5901e'::regclass) > __pgt_full_ratio * pg_relation_size('public.people'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.people'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.people', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND EXISTS (SELECT FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) AND EXISTS (SELECT FROM public.has_nickname OFFSET 999) THEN
            __pgt_reason := 'changes of public.nicknames may change a value every row reads (an aggregate of a subquery without GROUP BY)';
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
                     frontier_by_source = jsonb_build_object('public.nicknames', pg_current_snapshot()::text, 'public.people', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'has_nickname'
            ),
            -- delete the changes of public.nicknames that every reader has consumed
            __pgt_release_136a4511eaa4cbf8 AS (
              DELETE FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
               WHERE __pgt_small_136a4511eaa4cbf8 AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.people that every reader has consumed
            __pgt_release_f1b67da1e3c5901e AS (
              DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
               WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.people: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_people AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name
                FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.nicknames: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_nicknames AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.name, c.v
                FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate in a subquery: the groups its input's changes touch
            __pgt_changed_groups AS (
              SELECT DISTINCT d.name COLLATE "C" AS __pgt_g0
                FROM delta_nicknames AS d
            ),
            -- aggregate in a subquery: the touched groups' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r.name, r.v
                FROM (SELECT u.name, u.v, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.name, c.v FROM (
                          SELECT c.name, c.v
                            FROM public.nicknames AS c
                            JOIN __pgt_changed_groups AS k ON (c.name COLLATE "C") = k.__pgt_g0
                          UNION ALL
                          SELECT c.name, c.v
                            FROM public.nicknames AS c
                            JOIN __pgt_changed_groups AS k ON (c.name COLLATE "C") IS NULL AND k.__pgt_g0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.name, d.v FROM delta_nicknames AS d) AS u
                       GROUP BY u.name, u.v
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was
            delta_aggregate AS (
              SELECT 1 AS __pgt_w, i.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                FROM (
                  SELECT c.name, c.v
                    FROM public.nicknames AS c
                    JOIN __pgt_changed_groups AS k ON (c.name COLLATE "C") = k.__pgt_g0
                  UNION ALL
                  SELECT c.name, c.v
                    FROM public.nicknames AS c
                    JOIN __pgt_changed_groups AS k ON (c.name COLLATE "C") IS NULL AND k.__pgt_g0 IS NULL
                ) AS i
               GROUP BY i.name COLLATE "C"
              UNION ALL
              SELECT -1, i.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                FROM __pgt_group_rows_before AS i
               GROUP BY i.name COLLATE "C"
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.__pgt_g0 AS pgt_k0, d.__pgt_a0 AS pgt_value, d.__pgt_a0 AS pgt_rows
                FROM delta_aggregate AS d
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, name FROM public.people
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c.name FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_project AS __pgt_x WHERE __pgt_x.pgt_k0 = __pgt_p.name COLLATE "C")
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.nicknames AS b
                   GROUP BY b.name COLLATE "C"
                ) AS i
              ) AS __pgt_x ON __pgt_x.pgt_k0 = __pgt_p.name COLLATE "C"
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN delta_project AS __pgt_x ON __pgt_x.pgt_k0 = __pgt_p.name COLLATE "C"
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT p.__pgt_w * __pgt_j2.__pgt_w AS __pgt_w, p.id AS id, p.name AS name, __pgt_j2.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_j2.pgt_value AS __pgt_sub1_pgt_value, __pgt_j2.pgt_rows AS __pgt_sub1_pgt_rows
                FROM delta_people AS p,
                     (
                SELECT 1 AS __pgt_w, pgt_k0, pgt_value, pgt_rows FROM (
                  SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                    FROM (
                    SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                      FROM public.nicknames AS b
                     GROUP BY b.name COLLATE "C"
                  ) AS i
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, pgt_k0, pgt_value, pgt_rows FROM delta_project
              ) AS __pgt_j2
               WHERE __pgt_j2.pgt_k0 = p.name COLLATE "C"
              UNION ALL
              SELECT __pgt_j2.__pgt_w AS __pgt_w, p.id AS id, p.name AS name, __pgt_j2.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_j2.pgt_value AS __pgt_sub1_pgt_value, __pgt_j2.pgt_rows AS __pgt_sub1_pgt_rows
                FROM public.people AS p,
                     delta_project AS __pgt_j2
               WHERE __pgt_j2.pgt_k0 = p.name COLLATE "C"
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.id AS id, __pgt_p.name AS name, __pgt_pad.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_pad.pgt_value AS __pgt_sub1_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub1_pgt_rows
                FROM delta_people AS __pgt_p
                LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.nicknames AS b
                   GROUP BY b.name COLLATE "C"
                ) AS i
              ) AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.nicknames AS b
                   GROUP BY b.name COLLATE "C"
                ) AS i
              ) AS __pgt_x WHERE __pgt_x.pgt_k0 = __pgt_p.name COLLATE "C" OFFSET 0)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p.id AS id, __pgt_p.name AS name, __pgt_pad.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_pad.pgt_value AS __pgt_sub1_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub1_pgt_rows
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matches_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.nicknames AS b
                   GROUP BY b.name COLLATE "C"
                ) AS i
              ) AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- aggregate in a subquery: the groups its input's changes touch
            __pgt_changed_groups_2 AS (
              SELECT DISTINCT d.name COLLATE "C" AS __pgt_g0
                FROM delta_nicknames AS d
            ),
            -- aggregate in a subquery: the touched groups' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before_2 AS (
              SELECT r.name, r.v
                FROM (SELECT u.name, u.v, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.name, c.v FROM (
                          SELECT c.name, c.v
                            FROM public.nicknames AS c
                            JOIN __pgt_changed_groups_2 AS k ON (c.name COLLATE "C") = k.__pgt_g0
                          UNION ALL
                          SELECT c.name, c.v
                            FROM public.nicknames AS c
                            JOIN __pgt_changed_groups_2 AS k ON (c.name COLLATE "C") IS NULL AND k.__pgt_g0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.name, d.v FROM delta_nicknames AS d) AS u
                       GROUP BY u.name, u.v
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was
            delta_aggregate_2 AS (
              SELECT 1 AS __pgt_w, i.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                FROM (
                  SELECT c.name, c.v
                    FROM public.nicknames AS c
                    JOIN __pgt_changed_groups_2 AS k ON (c.name COLLATE "C") = k.__pgt_g0
                  UNION ALL
                  SELECT c.name, c.v
                    FROM public.nicknames AS c
                    JOIN __pgt_changed_groups_2 AS k ON (c.name COLLATE "C") IS NULL AND k.__pgt_g0 IS NULL
                ) AS i
               GROUP BY i.name COLLATE "C"
              UNION ALL
              SELECT -1, i.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                FROM __pgt_group_rows_before_2 AS i
               GROUP BY i.name COLLATE "C"
            ),
            -- project (linear): each changed row, projected
            delta_project_2 AS (
              SELECT d.__pgt_w, d.__pgt_g0 AS pgt_k0, d.__pgt_a0 AS pgt_value, d.__pgt_a0 AS pgt_rows
                FROM delta_aggregate_2 AS d
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates_2 AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, name, __pgt_sub1_pgt_k0, __pgt_sub1_pgt_value, __pgt_sub1_pgt_rows FROM (
                  SELECT p.id AS id, p.name AS name, __pgt_r.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
                    FROM public.people AS p
                    LEFT JOIN (
                    SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                      FROM (
                      SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                        FROM public.nicknames AS b
                       GROUP BY b.name COLLATE "C"
                    ) AS i
                  ) AS __pgt_r ON __pgt_r.pgt_k0 = p.name COLLATE "C"
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, id, name, __pgt_sub1_pgt_k0, __pgt_sub1_pgt_value, __pgt_sub1_pgt_rows FROM delta_outer_join
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_project_2 AS __pgt_x WHERE __pgt_x.pgt_k0 = __pgt_p.name COLLATE "C")
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now_2 AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates_2 AS __pgt_p
                JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT nicknames.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.nicknames AS nicknames
                   GROUP BY nicknames.name COLLATE "C"
                ) AS i
              ) AS __pgt_x ON __pgt_x.pgt_k0 = __pgt_p.name COLLATE "C"
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed_2 AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates_2 AS __pgt_p
                JOIN delta_project_2 AS __pgt_x ON __pgt_x.pgt_k0 = __pgt_p.name COLLATE "C"
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join_2 AS (
              SELECT __pgt_j1.__pgt_w * __pgt_j2.__pgt_w AS __pgt_w, __pgt_j1.id AS id, __pgt_j1.name AS name, __pgt_j1.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_j1.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_j1.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_j2.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_j2.pgt_value AS __pgt_sub2_pgt_value, __pgt_j2.pgt_rows AS __pgt_sub2_pgt_rows
                FROM delta_outer_join AS __pgt_j1,
                     (
                SELECT 1 AS __pgt_w, pgt_k0, pgt_value, pgt_rows FROM (
                  SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                    FROM (
                    SELECT nicknames.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                      FROM public.nicknames AS nicknames
                     GROUP BY nicknames.name COLLATE "C"
                  ) AS i
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, pgt_k0, pgt_value, pgt_rows FROM delta_project_2
              ) AS __pgt_j2
               WHERE __pgt_j2.pgt_k0 = __pgt_j1.name COLLATE "C"
              UNION ALL
              SELECT __pgt_j2.__pgt_w AS __pgt_w, __pgt_j1.id AS id, __pgt_j1.name AS name, __pgt_j1.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_j1.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_j1.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_j2.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_j2.pgt_value AS __pgt_sub2_pgt_value, __pgt_j2.pgt_rows AS __pgt_sub2_pgt_rows
                FROM (
                SELECT p.id AS id, p.name AS name, __pgt_r.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
                  FROM public.people AS p
                  LEFT JOIN (
                  SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                    FROM (
                    SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                      FROM public.nicknames AS b
                     GROUP BY b.name COLLATE "C"
                  ) AS i
                ) AS __pgt_r ON __pgt_r.pgt_k0 = p.name COLLATE "C"
              ) AS __pgt_j1,
                     delta_project_2 AS __pgt_j2
               WHERE __pgt_j2.pgt_k0 = __pgt_j1.name COLLATE "C"
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.id AS id, __pgt_p.name AS name, __pgt_p.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_p.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_p.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_pad.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_pad.pgt_value AS __pgt_sub2_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub2_pgt_rows
                FROM delta_outer_join AS __pgt_p
                LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT nicknames.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.nicknames AS nicknames
                   GROUP BY nicknames.name COLLATE "C"
                ) AS i
              ) AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT nicknames.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.nicknames AS nicknames
                   GROUP BY nicknames.name COLLATE "C"
                ) AS i
              ) AS __pgt_x WHERE __pgt_x.pgt_k0 = __pgt_p.name COLLATE "C" OFFSET 0)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p.id AS id, __pgt_p.name AS name, __pgt_p.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_p.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_p.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_pad.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_pad.pgt_value AS __pgt_sub2_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub2_pgt_rows
                  FROM __pgt_candidates_2 AS __pgt_p
                  LEFT JOIN __pgt_matches_now_2 AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed_2 AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT nicknames.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.nicknames AS nicknames
                   GROUP BY nicknames.name COLLATE "C"
                ) AS i
              ) AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- aggregate in a subquery: the groups its input's changes touch (without GROUP BY, its one group)
            __pgt_changed_groups_3 AS (
              SELECT WHERE EXISTS (SELECT FROM delta_nicknames)
            ),
            -- aggregate in a subquery: the touched groups' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before_3 AS (
              SELECT r.name, r.v
                FROM (SELECT u.name, u.v, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.name, c.v FROM (
                          SELECT c.name, c.v
                            FROM public.nicknames AS c
                            JOIN __pgt_changed_groups_3 AS k ON true
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.name, d.v FROM delta_nicknames AS d) AS u
                       GROUP BY u.name, u.v
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was
            delta_aggregate_3 AS (
              SELECT 1 AS __pgt_w, count(CASE WHEN i.name IS NULL THEN 1 END) AS __pgt_a0, count(*) AS __pgt_a1
                FROM (
                  SELECT c.name, c.v
                    FROM public.nicknames AS c
                    JOIN __pgt_changed_groups_3 AS k ON true
                ) AS i
               WHERE EXISTS (SELECT FROM __pgt_changed_groups_3)
              HAVING EXISTS (SELECT FROM __pgt_changed_groups_3)
              UNION ALL
              SELECT -1, count(CASE WHEN i.name IS NULL THEN 1 END) AS __pgt_a0, count(*) AS __pgt_a1
                FROM __pgt_group_rows_before_3 AS i
               WHERE EXISTS (SELECT FROM __pgt_changed_groups_3)
              HAVING EXISTS (SELECT FROM __pgt_changed_groups_3)
            ),
            -- project (linear): each changed row, projected
            delta_project_3 AS (
              SELECT d.__pgt_w, d.__pgt_a0 AS pgt_value, d.__pgt_a1 AS pgt_rows
                FROM delta_aggregate_3 AS d
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates_3 AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, name, __pgt_sub1_pgt_k0, __pgt_sub1_pgt_value, __pgt_sub1_pgt_rows, __pgt_sub2_pgt_k0, __pgt_sub2_pgt_value, __pgt_sub2_pgt_rows FROM (
                  SELECT __pgt_l.id AS id, __pgt_l.name AS name, __pgt_l.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_l.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_l.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_r.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_r.pgt_value AS __pgt_sub2_pgt_value, __pgt_r.pgt_rows AS __pgt_sub2_pgt_rows
                    FROM (
                    SELECT p.id AS id, p.name AS name, __pgt_r.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
                      FROM public.people AS p
                      LEFT JOIN (
                      SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                        FROM (
                        SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                          FROM public.nicknames AS b
                         GROUP BY b.name COLLATE "C"
                      ) AS i
                    ) AS __pgt_r ON __pgt_r.pgt_k0 = p.name COLLATE "C"
                  ) AS __pgt_l
                    LEFT JOIN (
                    SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                      FROM (
                      SELECT nicknames.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                        FROM public.nicknames AS nicknames
                       GROUP BY nicknames.name COLLATE "C"
                    ) AS i
                  ) AS __pgt_r ON __pgt_r.pgt_k0 = __pgt_l.name COLLATE "C"
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, id, name, __pgt_sub1_pgt_k0, __pgt_sub1_pgt_value, __pgt_sub1_pgt_rows, __pgt_sub2_pgt_k0, __pgt_sub2_pgt_value, __pgt_sub2_pgt_rows FROM delta_outer_join_2
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_project_3 AS __pgt_x WHERE true)
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now_3 AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates_3 AS __pgt_p
                JOIN (
                SELECT i.__pgt_a0 AS pgt_value, i.__pgt_a1 AS pgt_rows
                  FROM (
                  SELECT count(CASE WHEN nicknames.name IS NULL THEN 1 END) AS __pgt_a0, count(*) AS __pgt_a1
                    FROM public.nicknames AS nicknames
                ) AS i
              ) AS __pgt_x ON true
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed_3 AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates_3 AS __pgt_p
                JOIN delta_project_3 AS __pgt_x ON true
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join_3 AS (
              SELECT __pgt_j1.__pgt_w * __pgt_j2.__pgt_w AS __pgt_w, __pgt_j1.id AS id, __pgt_j1.name AS name, __pgt_j1.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_j1.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_j1.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_j1.__pgt_sub2_pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_j1.__pgt_sub2_pgt_value AS __pgt_sub2_pgt_value, __pgt_j1.__pgt_sub2_pgt_rows AS __pgt_sub2_pgt_rows, __pgt_j2.pgt_value AS __pgt_sub3_pgt_value, __pgt_j2.pgt_rows AS __pgt_sub3_pgt_rows
                FROM delta_outer_join_2 AS __pgt_j1,
                     (
                SELECT 1 AS __pgt_w, pgt_value, pgt_rows FROM (
                  SELECT i.__pgt_a0 AS pgt_value, i.__pgt_a1 AS pgt_rows
                    FROM (
                    SELECT count(CASE WHEN nicknames.name IS NULL THEN 1 END) AS __pgt_a0, count(*) AS __pgt_a1
                      FROM public.nicknames AS nicknames
                  ) AS i
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, pgt_value, pgt_rows FROM delta_project_3
              ) AS __pgt_j2
               WHERE true
              UNION ALL
              SELECT __pgt_j2.__pgt_w AS __pgt_w, __pgt_j1.id AS id, __pgt_j1.name AS name, __pgt_j1.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_j1.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_j1.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_j1.__pgt_sub2_pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_j1.__pgt_sub2_pgt_value AS __pgt_sub2_pgt_value, __pgt_j1.__pgt_sub2_pgt_rows AS __pgt_sub2_pgt_rows, __pgt_j2.pgt_value AS __pgt_sub3_pgt_value, __pgt_j2.pgt_rows AS __pgt_sub3_pgt_rows
                FROM (
                SELECT __pgt_l.id AS id, __pgt_l.name AS name, __pgt_l.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_l.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_l.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_r.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_r.pgt_value AS __pgt_sub2_pgt_value, __pgt_r.pgt_rows AS __pgt_sub2_pgt_rows
                  FROM (
                  SELECT p.id AS id, p.name AS name, __pgt_r.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
                    FROM public.people AS p
                    LEFT JOIN (
                    SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                      FROM (
                      SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                        FROM public.nicknames AS b
                       GROUP BY b.name COLLATE "C"
                    ) AS i
                  ) AS __pgt_r ON __pgt_r.pgt_k0 = p.name COLLATE "C"
                ) AS __pgt_l
                  LEFT JOIN (
                  SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                    FROM (
                    SELECT nicknames.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                      FROM public.nicknames AS nicknames
                     GROUP BY nicknames.name COLLATE "C"
                  ) AS i
                ) AS __pgt_r ON __pgt_r.pgt_k0 = __pgt_l.name COLLATE "C"
              ) AS __pgt_j1,
                     delta_project_3 AS __pgt_j2
               WHERE true
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.id AS id, __pgt_p.name AS name, __pgt_p.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_p.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_p.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_p.__pgt_sub2_pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_p.__pgt_sub2_pgt_value AS __pgt_sub2_pgt_value, __pgt_p.__pgt_sub2_pgt_rows AS __pgt_sub2_pgt_rows, __pgt_pad.pgt_value AS __pgt_sub3_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub3_pgt_rows
                FROM delta_outer_join_2 AS __pgt_p
                LEFT JOIN (
                SELECT i.__pgt_a0 AS pgt_value, i.__pgt_a1 AS pgt_rows
                  FROM (
                  SELECT count(CASE WHEN nicknames.name IS NULL THEN 1 END) AS __pgt_a0, count(*) AS __pgt_a1
                    FROM public.nicknames AS nicknames
                ) AS i
              ) AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM (
                SELECT i.__pgt_a0 AS pgt_value, i.__pgt_a1 AS pgt_rows
                  FROM (
                  SELECT count(CASE WHEN nicknames.name IS NULL THEN 1 END) AS __pgt_a0, count(*) AS __pgt_a1
                    FROM public.nicknames AS nicknames
                ) AS i
              ) AS __pgt_x WHERE true OFFSET 0)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p.id AS id, __pgt_p.name AS name, __pgt_p.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_p.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_p.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_p.__pgt_sub2_pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_p.__pgt_sub2_pgt_value AS __pgt_sub2_pgt_value, __pgt_p.__pgt_sub2_pgt_rows AS __pgt_sub2_pgt_rows, __pgt_pad.pgt_value AS __pgt_sub3_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub3_pgt_rows
                  FROM __pgt_candidates_3 AS __pgt_p
                  LEFT JOIN __pgt_matches_now_3 AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed_3 AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN (
                SELECT i.__pgt_a0 AS pgt_value, i.__pgt_a1 AS pgt_rows
                  FROM (
                  SELECT count(CASE WHEN nicknames.name IS NULL THEN 1 END) AS __pgt_a0, count(*) AS __pgt_a1
                    FROM public.nicknames AS nicknames
                ) AS i
              ) AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- project (linear): each changed row, projected
            delta_project_4 AS (
              SELECT d.__pgt_w, d.id AS id, CASE WHEN (COALESCE(d.__pgt_sub2_pgt_rows, 0)) > 0 THEN true WHEN (d.name COLLATE "C" IS NULL AND (COALESCE(d.__pgt_sub3_pgt_rows, 0)) > 0) OR (CASE WHEN d.__pgt_sub3_pgt_rows IS NULL THEN 0 ELSE d.__pgt_sub3_pgt_value END) > 0 THEN NULL ELSE false END AS listed, (CASE WHEN d.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE d.__pgt_sub1_pgt_value END) > 0 AS found
                FROM delta_outer_join_3 AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.listed, d.found, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project_4 AS d
               GROUP BY d.id, d.listed, d.found
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashint4extended(n.id, 0), n.id) hashint4extended(n.id, 0) AS __pgt_row_id, n.id, n.listed, n.found, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashint4extended(n.id, 0), n.id, n.__pgt_w DESC
            )
            MERGE INTO public.has_nickname AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.id = a.id
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET id = a.id, listed = a.listed, found = a.found
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (id, listed, found, __pgt_row_id) VALUES (a.id, a.listed, a.found, a.__pgt_row_id);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.nicknames', 'public.people') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_136a4511eaa4cbf8 IS NOT NULL OR pg_trickle.children_layout('public.nicknames'::regclass) IS NOT NULL OR __pgt_parts_f1b67da1e3c5901e IS NOT NULL OR pg_trickle.children_layout('public.people'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.nicknames'::regclass, 'public.people'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.has_nickname') THEN
        DELETE FROM public.has_nickname;
    ELSE
        TRUNCATE public.has_nickname;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.nicknames'), ('public.people')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.has_nickname' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.nicknames'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.has_nickname' AND d.source_stable_name = 'public.nicknames';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.people'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.has_nickname' AND d.source_stable_name = 'public.people';
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.nicknames', pg_current_snapshot()::text, 'public.people', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'has_nickname'
    ),
    __pgt_release_136a4511eaa4cbf8 AS (
        DELETE FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
         WHERE __pgt_small_136a4511eaa4cbf8 AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_f1b67da1e3c5901e AS (
        DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
         WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.nicknames' AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.people' AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.has_nickname (id, listed, found, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.listed, r.found, hashint4extended(r.id, 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, CASE WHEN (COALESCE(i.__pgt_sub2_pgt_rows, 0)) > 0 THEN true WHEN (i.name COLLATE "C" IS NULL AND (COALESCE(i.__pgt_sub3_pgt_rows, 0)) > 0) OR (CASE WHEN i.__pgt_sub3_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub3_pgt_value END) > 0 THEN NULL ELSE false END AS listed, (CASE WHEN i.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub1_pgt_value END) > 0 AS found
            FROM (
            SELECT __pgt_l.id AS id, __pgt_l.name AS name, __pgt_l.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_l.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_l.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_l.__pgt_sub2_pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_l.__pgt_sub2_pgt_value AS __pgt_sub2_pgt_value, __pgt_l.__pgt_sub2_pgt_rows AS __pgt_sub2_pgt_rows, __pgt_r.pgt_value AS __pgt_sub3_pgt_value, __pgt_r.pgt_rows AS __pgt_sub3_pgt_rows
              FROM (
              SELECT __pgt_l.id AS id, __pgt_l.name AS name, __pgt_l.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_l.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_l.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_r.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_r.pgt_value AS __pgt_sub2_pgt_value, __pgt_r.pgt_rows AS __pgt_sub2_pgt_rows
                FROM (
                SELECT p.id AS id, p.name AS name, __pgt_r.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
                  FROM public.people AS p
                  LEFT JOIN (
                  SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                    FROM (
                    SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                      FROM public.nicknames AS b
                     GROUP BY b.name COLLATE "C"
                  ) AS i
                ) AS __pgt_r ON __pgt_r.pgt_k0 = p.name COLLATE "C"
              ) AS __pgt_l
                LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT nicknames.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.nicknames AS nicknames
                   GROUP BY nicknames.name COLLATE "C"
                ) AS i
              ) AS __pgt_r ON __pgt_r.pgt_k0 = __pgt_l.name COLLATE "C"
            ) AS __pgt_l
              LEFT JOIN (
              SELECT i.__pgt_a0 AS pgt_value, i.__pgt_a1 AS pgt_rows
                FROM (
                SELECT count(CASE WHEN nicknames.name IS NULL THEN 1 END) AS __pgt_a0, count(*) AS __pgt_a1
                  FROM public.nicknames AS nicknames
              ) AS i
            ) AS __pgt_r ON true
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.has_nickname', full => true);
ANALYZE public.has_nickname;

-- ========================================================================
-- create stream table public.login_counts
-- ========================================================================
-- trickle: stream table public.login_counts
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT "user", count(*) AS attempts, count(*) FILTER (WHERE ok) AS successes, sum(cost) AS cost, avg(took) AS mean_time FROM audit.logins GROUP BY "user"
--
-- operator tree:
--   project __pgt_g0 AS user, __pgt_a0 AS attempts, __pgt_a1 AS successes, __pgt_a2 AS cost, __pgt_a3 AS mean_time
--     aggregate count(*), count(*) FILTER (WHERE ok), sum(cost), avg(took) group by "user"
--       scan audit.logins

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_value_3, __pgt_nonnull_2, __pgt_nonnull_3).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.login_counts WITH (fillfactor = 50) AS
  SELECT i."user" AS "user",
         count(*) AS attempts,
         count(CASE WHEN i.ok THEN 1 END) AS successes,
         sum(i.cost) AS cost,
         CASE WHEN count(i.took) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.took)), count(i.took)) END AS mean_time,
         hashtextextended(i."user", 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         sum(pg_trickle.avg_state(i.took)) AS __pgt_value_3,
         count(i.cost) AS __pgt_nonnull_2,
         count(i.took) AS __pgt_nonnull_3
    FROM (
      SELECT id, "user", ok, cost, took FROM audit.logins
    ) AS i
   GROUP BY i."user"
  WITH NO DATA;
ALTER TABLE public.login_counts ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_9f09e3f335f0e704 ON public.login_counts (__pgt_row_id);
COMMENT ON TABLE public.login_counts IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.login_counts'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'login_counts', 'public.login_counts', '9f09e3f335f0e704', 'SELECT "user", count(*) AS attempts, count(*) FILTER (WHERE ok) AS successes, sum(cost) AS cost, avg(took) AS mean_time FROM audit.logins GROUP BY "user"', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_9f09e3f335f0e704', 23, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'audit.logins', 'TABLE', true, ARRAY['id', 'user', 'ok', 'cost', 'took']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.login_counts';

-- Refresh function, called by pg_trickle.refresh('public.login_counts').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_9f09e3f335f0e704(p_full boolean) RETURNS text
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
    __pgt_bound_6a98fa9afc67d568 xid8;
    __pgt_small_6a98fa9afc67d568 boolean;
    __pgt_parts_6a98fa9afc67d568 text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('audit.logins') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'audit.logins' AND d.consumes_changes AND r.stable_name <> 'public.login_counts'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_6a98fa9afc67d568'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'audit.logins')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_6a98fa9afc67d568, __pgt_small_6a98fa9afc67d568, __pgt_parts_6a98fa9afc67d568
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.login_counts';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('audit.logins') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_6a98fa9afc67d568 IS NOT NULL OR pg_trickle.children_layout('audit.logins'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('audit.logins'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c
             WHERE __pgt_small_6a98fa9afc67d568 AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_6a98fa9afc67d568'::regclass) > __pgt_full_ratio * pg_relation_size('audit.logins'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'audit.logins'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'audit.logins', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('audit.logins', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'login_counts'
            ),
            -- delete the changes of audit.logins that every reader has consumed
            __pgt_release_6a98fa9afc67d568 AS (
              DELETE FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c
               WHERE __pgt_small_6a98fa9afc67d568 AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan audit.logins: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_logins AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c."user", c.ok, c.cost, c.took
                FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d."user" AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE CASE WHEN d.ok THEN 1 END IS DISTINCT FROM NULL), 0)::bigint AS __pgt_d_value_1,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.cost IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_2,
                     CASE WHEN sum(d.cost) FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(d.cost) FILTER (WHERE d.__pgt_w > 0) WHEN sum(d.cost) FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(d.cost) FILTER (WHERE d.__pgt_w < 0)) ELSE sum(d.cost) FILTER (WHERE d.__pgt_w > 0) - sum(d.cost) FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_2,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.took IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_3,
                     CASE WHEN sum(pg_trickle.avg_state(d.took)) FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(pg_trickle.avg_state(d.took)) FILTER (WHERE d.__pgt_w > 0) WHEN sum(pg_trickle.avg_state(d.took)) FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(pg_trickle.avg_state(d.took)) FILTER (WHERE d.__pgt_w < 0)) ELSE sum(pg_trickle.avg_state(d.took)) FILTER (WHERE d.__pgt_w > 0) - sum(pg_trickle.avg_state(d.took)) FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_3
                FROM delta_logins AS d
               GROUP BY d."user"
            ),
            -- a NaN or an infinity entering or leaving a total flags the refresh, which then recomputes in full
            __pgt_finite AS (
              SELECT g.* FROM __pgt_delta_groups AS g
               WHERE CASE WHEN g.__pgt_d_value_2::text IN ('NaN', 'Infinity', '-Infinity', 'infinity', '-infinity')
                               OR g.__pgt_d_value_3::text IN ('NaN', 'Infinity', '-Infinity', 'infinity', '-infinity') THEN set_config('pg_trickle.nonfinite', 'on', true) IS NOT NULL ELSE true END
            )
            MERGE INTO public.login_counts AS s
            USING __pgt_finite AS g
               ON s.__pgt_row_id = hashtextextended(g.__pgt_g0, 0) AND s."user" = g.__pgt_g0
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          "user" = g.__pgt_g0,
                          attempts = coalesce(s.attempts, 0) + g.__pgt_d_value_0,
                          successes = coalesce(s.successes, 0) + g.__pgt_d_value_1,
                          cost = CASE WHEN s.__pgt_nonnull_2 + g.__pgt_d_nonnull_2 = 0 THEN NULL WHEN s.cost IS NULL THEN g.__pgt_d_value_2 WHEN g.__pgt_d_value_2 IS NULL THEN s.cost ELSE s.cost + g.__pgt_d_value_2 END,
                          mean_time = CASE WHEN s.__pgt_nonnull_3 + g.__pgt_d_nonnull_3 = 0 THEN NULL ELSE pg_trickle.avg_final(CASE WHEN s.__pgt_nonnull_3 + g.__pgt_d_nonnull_3 = 0 THEN NULL WHEN s.__pgt_value_3 IS NULL THEN g.__pgt_d_value_3 WHEN g.__pgt_d_value_3 IS NULL THEN s.__pgt_value_3 ELSE s.__pgt_value_3 + g.__pgt_d_value_3 END, s.__pgt_nonnull_3 + g.__pgt_d_nonnull_3) END,
                          __pgt_count = s.__pgt_count + g.__pgt_d_count,
                          __pgt_value_3 = CASE WHEN s.__pgt_nonnull_3 + g.__pgt_d_nonnull_3 = 0 THEN NULL WHEN s.__pgt_value_3 IS NULL THEN g.__pgt_d_value_3 WHEN g.__pgt_d_value_3 IS NULL THEN s.__pgt_value_3 ELSE s.__pgt_value_3 + g.__pgt_d_value_3 END,
                          __pgt_nonnull_2 = s.__pgt_nonnull_2 + g.__pgt_d_nonnull_2,
                          __pgt_nonnull_3 = s.__pgt_nonnull_3 + g.__pgt_d_nonnull_3
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT ("user", attempts, successes, cost, mean_time, __pgt_row_id, __pgt_count, __pgt_value_3, __pgt_nonnull_2, __pgt_nonnull_3)
                          VALUES (g.__pgt_g0,
                                  g.__pgt_d_value_0,
                                  g.__pgt_d_value_1,
                                  CASE WHEN g.__pgt_d_nonnull_2 = 0 THEN NULL ELSE g.__pgt_d_value_2 END,
                                  CASE WHEN g.__pgt_d_nonnull_3 = 0 THEN NULL ELSE pg_trickle.avg_final(CASE WHEN g.__pgt_d_nonnull_3 = 0 THEN NULL ELSE g.__pgt_d_value_3 END, g.__pgt_d_nonnull_3) END,
                                  hashtextextended(g.__pgt_g0, 0),
                                  g.__pgt_d_count,
                                  CASE WHEN g.__pgt_d_nonnull_3 = 0 THEN NULL ELSE g.__pgt_d_value_3 END,
                                  g.__pgt_d_nonnull_2,
                                  g.__pgt_d_nonnull_3);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('audit.logins') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_6a98fa9afc67d568 IS NOT NULL OR pg_trickle.children_layout('audit.logins'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('audit.logins'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSIF __pgt_reason IS NULL THEN
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.login_counts') THEN
        DELETE FROM public.login_counts;
    ELSE
        TRUNCATE public.login_counts;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('audit.logins')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.login_counts' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('audit.logins'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.login_counts' AND d.source_stable_name = 'audit.logins';
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_9f09e3f335f0e704 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i."user" AS "user",
                     count(*) AS attempts,
                     count(CASE WHEN i.ok THEN 1 END) AS successes,
                     sum(i.cost) AS cost,
                     CASE WHEN count(i.took) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.took)), count(i.took)) END AS mean_time,
                     hashtextextended(i."user", 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     sum(pg_trickle.avg_state(i.took)) AS __pgt_value_3,
                     count(i.cost) AS __pgt_nonnull_2,
                     count(i.took) AS __pgt_nonnull_3
                FROM (
                  SELECT id, "user", ok, cost, took FROM audit.logins
                ) AS i
               GROUP BY i."user"
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_9f09e3f335f0e704 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('audit.logins', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'login_counts'
        ),
        __pgt_release_6a98fa9afc67d568 AS (
            DELETE FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c
             WHERE __pgt_small_6a98fa9afc67d568 AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'audit.logins' AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.login_counts ("user", attempts, successes, cost, mean_time, __pgt_row_id, __pgt_count, __pgt_value_3, __pgt_nonnull_2, __pgt_nonnull_3)
        SELECT q."user", q.attempts, q.successes, q.cost, q.mean_time, q.__pgt_row_id, q.__pgt_count, q.__pgt_value_3, q.__pgt_nonnull_2, q.__pgt_nonnull_3 FROM pg_temp.__pgt_full_9f09e3f335f0e704 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_9f09e3f335f0e704;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('audit.logins', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'login_counts'
    ),
    __pgt_release_6a98fa9afc67d568 AS (
        DELETE FROM pg_trickle_changes.changes_6a98fa9afc67d568 AS c
         WHERE __pgt_small_6a98fa9afc67d568 AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'audit.logins' AND c.__pgt_xid < least(__pgt_bound_6a98fa9afc67d568, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.login_counts ("user", attempts, successes, cost, mean_time, __pgt_row_id, __pgt_count, __pgt_value_3, __pgt_nonnull_2, __pgt_nonnull_3)
    SELECT * FROM (
      SELECT i."user" AS "user",
             count(*) AS attempts,
             count(CASE WHEN i.ok THEN 1 END) AS successes,
             sum(i.cost) AS cost,
             CASE WHEN count(i.took) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.took)), count(i.took)) END AS mean_time,
             hashtextextended(i."user", 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             sum(pg_trickle.avg_state(i.took)) AS __pgt_value_3,
             count(i.cost) AS __pgt_nonnull_2,
             count(i.took) AS __pgt_nonnull_3
        FROM (
          SELECT id, "user", ok, cost, took FROM audit.logins
        ) AS i
       GROUP BY i."user"
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.login_counts', full => true);
ANALYZE public.login_counts;

-- ========================================================================
-- create stream table public.matched_nicknames
-- ========================================================================
-- trickle: stream table public.matched_nicknames
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; each distinct row keeps a hidden count of its duplicates
--
-- defining query:
--   SELECT name FROM nicknames INTERSECT SELECT name COLLATE "C" FROM people
--
-- operator tree:
--   distinct
--     semi join (EXISTS) on name COLLATE "C" IS NOT DISTINCT FROM sub.name COLLATE "C"
--       project name COLLATE "C" AS name
--         scan public.nicknames
--       project name COLLATE "C" AS name
--         scan public.people

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.matched_nicknames WITH (fillfactor = 50) AS
  SELECT r.name, hash_record_extended(ROW(r.name), 0) AS __pgt_row_id, count(*) AS __pgt_count
    FROM (
      SELECT __pgt_l.name
        FROM (
        SELECT nicknames.name COLLATE "C" AS name
          FROM public.nicknames AS nicknames
      ) AS __pgt_l
       WHERE EXISTS (SELECT FROM (
        SELECT people.name COLLATE "C" AS name
          FROM public.people AS people
      ) AS __pgt_r WHERE __pgt_l.name COLLATE "C" IS NOT DISTINCT FROM __pgt_r.name COLLATE "C")
    ) AS r
   GROUP BY r.name
  WITH NO DATA;
ALTER TABLE public.matched_nicknames ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_9417efdff66f3b45 ON public.matched_nicknames (__pgt_row_id);
COMMENT ON TABLE public.matched_nicknames IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.matched_nicknames'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'matched_nicknames', 'public.matched_nicknames', '9417efdff66f3b45', 'SELECT name FROM nicknames INTERSECT SELECT name COLLATE "C" FROM people', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'distinct', 'refresh_9417efdff66f3b45', 24, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.matched_nicknames';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.nicknames', 'TABLE', true, ARRAY['name', 'v']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.matched_nicknames';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.people', 'TABLE', true, ARRAY['id', 'name']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.matched_nicknames';

-- Refresh function, called by pg_trickle.refresh('public.matched_nicknames').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_9417efdff66f3b45(p_full boolean) RETURNS text
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
    __pgt_bound_136a4511eaa4cbf8 xid8;
    __pgt_small_136a4511eaa4cbf8 boolean;
    __pgt_bound_f1b67da1e3c5901e xid8;
    __pgt_small_f1b67da1e3c5901e boolean;
    __pgt_parts_136a4511eaa4cbf8 text;
    __pgt_parts_f1b67da1e3c5901e text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.nicknames') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.nicknames' AND d.consumes_changes AND r.stable_name <> 'public.matched_nicknames'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_136a4511eaa4cbf8'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.people') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.people' AND d.consumes_changes AND r.stable_name <> 'public.matched_nicknames'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_f1b67da1e3c5901e'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.nicknames'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.people')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_136a4511eaa4cbf8, __pgt_small_136a4511eaa4cbf8, __pgt_bound_f1b67da1e3c5901e, __pgt_small_f1b67da1e3c5901e, __pgt_parts_136a4511eaa4cbf8, __pgt_parts_f1b67da1e3c5901e
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.matched_nicknames';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.nicknames', 'public.people') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_136a4511eaa4cbf8 IS NOT NULL OR pg_trickle.children_layout('public.nicknames'::regclass) IS NOT NULL OR __pgt_parts_f1b67da1e3c5901e IS NOT NULL OR pg_trickle.children_layout('public.people'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.nicknames'::regclass, 'public.people'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
             WHERE __pgt_small_136a4511eaa4cbf8 AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
             WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_136a4511eaa4cbf8'::regclass) > __pgt_full_ratio * pg_relation_size('public.nicknames'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.nicknames'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.nicknames', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_f1b67da1e3c5901e'::regclass) > __pgt_full_ratio * pg_relation_size('public.people'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.people'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.people', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.nicknames', pg_current_snapshot()::text, 'public.people', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'matched_nicknames'
            ),
            -- delete the changes of public.nicknames that every reader has consumed
            __pgt_release_136a4511eaa4cbf8 AS (
              DELETE FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
               WHERE __pgt_small_136a4511eaa4cbf8 AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.people that every reader has consumed
            __pgt_release_f1b67da1e3c5901e AS (
              DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
               WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.people: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_people AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name
                FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.name COLLATE "C" AS name
                FROM delta_people AS d
            ),
            -- scan public.nicknames: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_nicknames AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.name, c.v
                FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- project (linear): each changed row, projected
            delta_project_2 AS (
              SELECT d.__pgt_w, d.name COLLATE "C" AS name
                FROM delta_nicknames AS d
            ),
            -- semi join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, name FROM (
                  SELECT nicknames.name COLLATE "C" AS name
                    FROM public.nicknames AS nicknames
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, name FROM delta_project_2
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_project AS __pgt_x WHERE __pgt_p.name COLLATE "C" IS NOT DISTINCT FROM __pgt_x.name COLLATE "C")
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN (
                SELECT people.name COLLATE "C" AS name
                  FROM public.people AS people
              ) AS __pgt_x ON __pgt_p.name COLLATE "C" IS NOT DISTINCT FROM __pgt_x.name COLLATE "C"
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN delta_project AS __pgt_x ON __pgt_p.name COLLATE "C" IS NOT DISTINCT FROM __pgt_x.name COLLATE "C"
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- semi join (EXISTS, IN): the changed rows of the left side that match a row of the right,
            -- and the rows of the left side whose match on the right appeared or disappeared
            delta_semi_join AS (
              SELECT __pgt_p.__pgt_w, __pgt_p.name
                FROM delta_project_2 AS __pgt_p
               WHERE EXISTS (SELECT FROM (
                SELECT people.name COLLATE "C" AS name
                  FROM public.people AS people
              ) AS __pgt_x WHERE __pgt_p.name COLLATE "C" IS NOT DISTINCT FROM __pgt_x.name COLLATE "C")
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row gained its first match, -w when it lost its last
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) > 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) > 0)::int) AS __pgt_w,
                       __pgt_p.name
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matches_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- distinct: net change in the multiplicity of each row
            __pgt_net AS (
              SELECT d.name, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_semi_join AS d
               GROUP BY d.name
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- new multiplicity = stored multiplicity + change; a row stays while it is positive
            __pgt_apply AS (
              SELECT hash_record_extended(ROW(n.name), 0) AS __pgt_row_id, n.name, coalesce(s.__pgt_count, 0) + n.__pgt_w AS __pgt_count
                FROM __pgt_net AS n
                LEFT JOIN public.matched_nicknames AS s ON s.__pgt_row_id = hash_record_extended(ROW(n.name), 0) AND s.name IS NOT DISTINCT FROM n.name
            )
            MERGE INTO public.matched_nicknames AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.name IS NOT DISTINCT FROM a.name
             WHEN MATCHED AND a.__pgt_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_count > 0 THEN INSERT (name, __pgt_row_id, __pgt_count) VALUES (a.name, a.__pgt_row_id, a.__pgt_count);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.nicknames', 'public.people') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_136a4511eaa4cbf8 IS NOT NULL OR pg_trickle.children_layout('public.nicknames'::regclass) IS NOT NULL OR __pgt_parts_f1b67da1e3c5901e IS NOT NULL OR pg_trickle.children_layout('public.people'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.nicknames'::regclass, 'public.people'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.matched_nicknames') THEN
        DELETE FROM public.matched_nicknames;
    ELSE
        TRUNCATE public.matched_nicknames;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.nicknames'), ('public.people')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.matched_nicknames' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.nicknames'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.matched_nicknames' AND d.source_stable_name = 'public.nicknames';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.people'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.matched_nicknames' AND d.source_stable_name = 'public.people';
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_9417efdff66f3b45 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT r.name, hash_record_extended(ROW(r.name), 0) AS __pgt_row_id, count(*) AS __pgt_count
                FROM (
                  SELECT __pgt_l.name
                    FROM (
                    SELECT nicknames.name COLLATE "C" AS name
                      FROM public.nicknames AS nicknames
                  ) AS __pgt_l
                   WHERE EXISTS (SELECT FROM (
                    SELECT people.name COLLATE "C" AS name
                      FROM public.people AS people
                  ) AS __pgt_r WHERE __pgt_l.name COLLATE "C" IS NOT DISTINCT FROM __pgt_r.name COLLATE "C")
                ) AS r
               GROUP BY r.name
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_9417efdff66f3b45 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.nicknames', __pgt_full_snapshot::text, 'public.people', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'matched_nicknames'
        ),
        __pgt_release_136a4511eaa4cbf8 AS (
            DELETE FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
             WHERE __pgt_small_136a4511eaa4cbf8 AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_f1b67da1e3c5901e AS (
            DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
             WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.nicknames' AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'public.people' AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.matched_nicknames (name, __pgt_row_id, __pgt_count)
        SELECT q.name, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_9417efdff66f3b45 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_9417efdff66f3b45;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.nicknames', pg_current_snapshot()::text, 'public.people', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'matched_nicknames'
    ),
    __pgt_release_136a4511eaa4cbf8 AS (
        DELETE FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
         WHERE __pgt_small_136a4511eaa4cbf8 AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_f1b67da1e3c5901e AS (
        DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
         WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.nicknames' AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.people' AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.matched_nicknames (name, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT r.name, hash_record_extended(ROW(r.name), 0) AS __pgt_row_id, count(*) AS __pgt_count
        FROM (
          SELECT __pgt_l.name
            FROM (
            SELECT nicknames.name COLLATE "C" AS name
              FROM public.nicknames AS nicknames
          ) AS __pgt_l
           WHERE EXISTS (SELECT FROM (
            SELECT people.name COLLATE "C" AS name
              FROM public.people AS people
          ) AS __pgt_r WHERE __pgt_l.name COLLATE "C" IS NOT DISTINCT FROM __pgt_r.name COLLATE "C")
        ) AS r
       GROUP BY r.name
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.matched_nicknames', full => true);
ANALYZE public.matched_nicknames;

-- ========================================================================
-- create stream table public.nickname_counts
-- ========================================================================
-- trickle: stream table public.nickname_counts
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT id, (SELECT count(*) FROM nicknames AS b WHERE b.name = p.name COLLATE "C") AS n FROM people AS p
--
-- operator tree:
--   project id, CASE WHEN __pgt_sub1_pgt_rows IS NULL THEN 0 ELSE __pgt_sub1_pgt_value END AS n
--     left outer join on __pgt_sub1_pgt_k0 = name COLLATE "C"
--       scan public.people AS p
--       project __pgt_g0 AS pgt_k0, __pgt_a0 AS pgt_value, __pgt_a0 AS pgt_rows
--         aggregate count(*) group by name COLLATE "C"
--           scan public.nicknames AS b

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.nickname_counts AS
  SELECT r.id, r.n, hashint4extended(r.id, 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, CASE WHEN i.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub1_pgt_value END AS n
        FROM (
        SELECT p.id AS id, p.name AS name, __pgt_r.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
          FROM public.people AS p
          LEFT JOIN (
          SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
            FROM (
            SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
              FROM public.nicknames AS b
             GROUP BY b.name COLLATE "C"
          ) AS i
        ) AS __pgt_r ON __pgt_r.pgt_k0 = p.name COLLATE "C"
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.nickname_counts ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_7a98a55ca4f6def3 ON public.nickname_counts (__pgt_row_id);
COMMENT ON TABLE public.nickname_counts IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.nickname_counts'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'nickname_counts', 'public.nickname_counts', '7a98a55ca4f6def3', 'SELECT id, (SELECT count(*) FROM nicknames AS b WHERE b.name = p.name COLLATE "C") AS n FROM people AS p', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_7a98a55ca4f6def3', 25, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- The delta recomputes each group (or window partition) a change touches from its rows:
-- past this share of a source's rows changed, recomputing all of them costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.01 WHERE stable_name = 'public.nickname_counts';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.nicknames', 'TABLE', true, ARRAY['name', 'v']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.nickname_counts';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.people', 'TABLE', true, ARRAY['id', 'name']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.nickname_counts';

-- Refresh function, called by pg_trickle.refresh('public.nickname_counts').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_7a98a55ca4f6def3(p_full boolean) RETURNS text
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
    __pgt_bound_136a4511eaa4cbf8 xid8;
    __pgt_small_136a4511eaa4cbf8 boolean;
    __pgt_bound_f1b67da1e3c5901e xid8;
    __pgt_small_f1b67da1e3c5901e boolean;
    __pgt_parts_136a4511eaa4cbf8 text;
    __pgt_parts_f1b67da1e3c5901e text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.nicknames') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.nicknames' AND d.consumes_changes AND r.stable_name <> 'public.nickname_counts'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_136a4511eaa4cbf8'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.people') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.people' AND d.consumes_changes AND r.stable_name <> 'public.nickname_counts'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_f1b67da1e3c5901e'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.nicknames'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.people')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_136a4511eaa4cbf8, __pgt_small_136a4511eaa4cbf8, __pgt_bound_f1b67da1e3c5901e, __pgt_small_f1b67da1e3c5901e, __pgt_parts_136a4511eaa4cbf8, __pgt_parts_f1b67da1e3c5901e
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.nickname_counts';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.nicknames', 'public.people') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_136a4511eaa4cbf8 IS NOT NULL OR pg_trickle.children_layout('public.nicknames'::regclass) IS NOT NULL OR __pgt_parts_f1b67da1e3c5901e IS NOT NULL OR pg_trickle.children_layout('public.people'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.nicknames'::regclass, 'public.people'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
             WHERE __pgt_small_136a4511eaa4cbf8 AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
             WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_136a4511eaa4cbf8'::regclass) > __pgt_full_ratio * pg_relation_size('public.nicknames'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.nicknames'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.nicknames', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_f1b67da1e3c5901e'::regclass) > __pgt_full_ratio * pg_relation_size('public.people'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.people'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.people', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.nicknames', pg_current_snapshot()::text, 'public.people', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'nickname_counts'
            ),
            -- delete the changes of public.nicknames that every reader has consumed
            __pgt_release_136a4511eaa4cbf8 AS (
              DELETE FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
               WHERE __pgt_small_136a4511eaa4cbf8 AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.people that every reader has consumed
            __pgt_release_f1b67da1e3c5901e AS (
              DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
               WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.people: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_people AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name
                FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.nicknames: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_nicknames AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.name, c.v
                FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate in a subquery: the groups its input's changes touch
            __pgt_changed_groups AS (
              SELECT DISTINCT d.name COLLATE "C" AS __pgt_g0
                FROM delta_nicknames AS d
            ),
            -- aggregate in a subquery: the touched groups' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r.name, r.v
                FROM (SELECT u.name, u.v, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.name, c.v FROM (
                          SELECT c.name, c.v
                            FROM public.nicknames AS c
                            JOIN __pgt_changed_groups AS k ON (c.name COLLATE "C") = k.__pgt_g0
                          UNION ALL
                          SELECT c.name, c.v
                            FROM public.nicknames AS c
                            JOIN __pgt_changed_groups AS k ON (c.name COLLATE "C") IS NULL AND k.__pgt_g0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.name, d.v FROM delta_nicknames AS d) AS u
                       GROUP BY u.name, u.v
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was
            delta_aggregate AS (
              SELECT 1 AS __pgt_w, i.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                FROM (
                  SELECT c.name, c.v
                    FROM public.nicknames AS c
                    JOIN __pgt_changed_groups AS k ON (c.name COLLATE "C") = k.__pgt_g0
                  UNION ALL
                  SELECT c.name, c.v
                    FROM public.nicknames AS c
                    JOIN __pgt_changed_groups AS k ON (c.name COLLATE "C") IS NULL AND k.__pgt_g0 IS NULL
                ) AS i
               GROUP BY i.name COLLATE "C"
              UNION ALL
              SELECT -1, i.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                FROM __pgt_group_rows_before AS i
               GROUP BY i.name COLLATE "C"
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.__pgt_g0 AS pgt_k0, d.__pgt_a0 AS pgt_value, d.__pgt_a0 AS pgt_rows
                FROM delta_aggregate AS d
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, name FROM public.people
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c.name FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_project AS __pgt_x WHERE __pgt_x.pgt_k0 = __pgt_p.name COLLATE "C")
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.nicknames AS b
                   GROUP BY b.name COLLATE "C"
                ) AS i
              ) AS __pgt_x ON __pgt_x.pgt_k0 = __pgt_p.name COLLATE "C"
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN delta_project AS __pgt_x ON __pgt_x.pgt_k0 = __pgt_p.name COLLATE "C"
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT p.__pgt_w * __pgt_j2.__pgt_w AS __pgt_w, p.id AS id, p.name AS name, __pgt_j2.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_j2.pgt_value AS __pgt_sub1_pgt_value, __pgt_j2.pgt_rows AS __pgt_sub1_pgt_rows
                FROM delta_people AS p,
                     (
                SELECT 1 AS __pgt_w, pgt_k0, pgt_value, pgt_rows FROM (
                  SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                    FROM (
                    SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                      FROM public.nicknames AS b
                     GROUP BY b.name COLLATE "C"
                  ) AS i
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, pgt_k0, pgt_value, pgt_rows FROM delta_project
              ) AS __pgt_j2
               WHERE __pgt_j2.pgt_k0 = p.name COLLATE "C"
              UNION ALL
              SELECT __pgt_j2.__pgt_w AS __pgt_w, p.id AS id, p.name AS name, __pgt_j2.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_j2.pgt_value AS __pgt_sub1_pgt_value, __pgt_j2.pgt_rows AS __pgt_sub1_pgt_rows
                FROM public.people AS p,
                     delta_project AS __pgt_j2
               WHERE __pgt_j2.pgt_k0 = p.name COLLATE "C"
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.id AS id, __pgt_p.name AS name, __pgt_pad.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_pad.pgt_value AS __pgt_sub1_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub1_pgt_rows
                FROM delta_people AS __pgt_p
                LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.nicknames AS b
                   GROUP BY b.name COLLATE "C"
                ) AS i
              ) AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.nicknames AS b
                   GROUP BY b.name COLLATE "C"
                ) AS i
              ) AS __pgt_x WHERE __pgt_x.pgt_k0 = __pgt_p.name COLLATE "C" OFFSET 0)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p.id AS id, __pgt_p.name AS name, __pgt_pad.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_pad.pgt_value AS __pgt_sub1_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub1_pgt_rows
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matches_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.nicknames AS b
                   GROUP BY b.name COLLATE "C"
                ) AS i
              ) AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- project (linear): each changed row, projected
            delta_project_2 AS (
              SELECT d.__pgt_w, d.id AS id, CASE WHEN d.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE d.__pgt_sub1_pgt_value END AS n
                FROM delta_outer_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.n, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project_2 AS d
               GROUP BY d.id, d.n
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashint4extended(n.id, 0), n.id) hashint4extended(n.id, 0) AS __pgt_row_id, n.id, n.n, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashint4extended(n.id, 0), n.id, n.__pgt_w DESC
            )
            MERGE INTO public.nickname_counts AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.id = a.id
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET id = a.id, n = a.n
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (id, n, __pgt_row_id) VALUES (a.id, a.n, a.__pgt_row_id);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.nicknames', 'public.people') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_136a4511eaa4cbf8 IS NOT NULL OR pg_trickle.children_layout('public.nicknames'::regclass) IS NOT NULL OR __pgt_parts_f1b67da1e3c5901e IS NOT NULL OR pg_trickle.children_layout('public.people'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.nicknames'::regclass, 'public.people'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.nickname_counts') THEN
        DELETE FROM public.nickname_counts;
    ELSE
        TRUNCATE public.nickname_counts;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.nicknames'), ('public.people')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.nickname_counts' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.nicknames'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.nickname_counts' AND d.source_stable_name = 'public.nicknames';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.people'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.nickname_counts' AND d.source_stable_name = 'public.people';
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.nicknames', pg_current_snapshot()::text, 'public.people', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'nickname_counts'
    ),
    __pgt_release_136a4511eaa4cbf8 AS (
        DELETE FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
         WHERE __pgt_small_136a4511eaa4cbf8 AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_f1b67da1e3c5901e AS (
        DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
         WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.nicknames' AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.people' AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.nickname_counts (id, n, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.n, hashint4extended(r.id, 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, CASE WHEN i.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub1_pgt_value END AS n
            FROM (
            SELECT p.id AS id, p.name AS name, __pgt_r.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
              FROM public.people AS p
              LEFT JOIN (
              SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                FROM (
                SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                  FROM public.nicknames AS b
                 GROUP BY b.name COLLATE "C"
              ) AS i
            ) AS __pgt_r ON __pgt_r.pgt_k0 = p.name COLLATE "C"
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.nickname_counts', full => true);
ANALYZE public.nickname_counts;

-- ========================================================================
-- create stream table public.nickname_extremes
-- ========================================================================
-- trickle: stream table public.nickname_extremes
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT min(name) AS lo, max(name) AS hi, max(v) FILTER (WHERE name = 'bob') AS bob_v, count(*) AS n FROM nicknames
--
-- operator tree:
--   project __pgt_a0 AS lo, __pgt_a1 AS hi, __pgt_a2 AS bob_v, __pgt_a3 AS n
--     aggregate min(name), max(name), max(v) FILTER (WHERE name = 'bob'), count(*) (one group)
--       scan public.nicknames

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_0, __pgt_nonnull_1, __pgt_nonnull_2, __pgt_best_0, __pgt_best_1, __pgt_best_2).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.nickname_extremes WITH (fillfactor = 50) AS
  SELECT min(i.name) AS lo,
         max(i.name) AS hi,
         max(CASE WHEN i.name = 'bob' THEN i.v END) AS bob_v,
         count(*) AS n,
         0::bigint AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i.name) AS __pgt_nonnull_0,
         count(i.name) AS __pgt_nonnull_1,
         count(CASE WHEN i.name = 'bob' THEN i.v END) AS __pgt_nonnull_2,
         (SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT i.name AS v FROM (
        SELECT name, v FROM public.nicknames
      ) AS i WHERE i.name IS NOT NULL ORDER BY 1 LIMIT 8) AS b) AS __pgt_best_0,
         (SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT i.name AS v FROM (
        SELECT name, v FROM public.nicknames
      ) AS i WHERE i.name IS NOT NULL ORDER BY 1 DESC LIMIT 8) AS b) AS __pgt_best_1,
         (SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT CASE WHEN i.name = 'bob' THEN i.v END AS v FROM (
        SELECT name, v FROM public.nicknames
      ) AS i WHERE CASE WHEN i.name = 'bob' THEN i.v END IS NOT NULL ORDER BY 1 DESC LIMIT 8) AS b) AS __pgt_best_2
    FROM (
      SELECT name, v FROM public.nicknames
    ) AS i
  WITH NO DATA;
ALTER TABLE public.nickname_extremes ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_9c05cba198fc14d9 ON public.nickname_extremes (__pgt_row_id);
COMMENT ON TABLE public.nickname_extremes IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.nickname_extremes'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'nickname_extremes', 'public.nickname_extremes', '9c05cba198fc14d9', 'SELECT min(name) AS lo, max(name) AS hi, max(v) FILTER (WHERE name = ''bob'') AS bob_v, count(*) AS n FROM nicknames', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_9c05cba198fc14d9', 26, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.nicknames', 'TABLE', true, ARRAY['name', 'v']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.nickname_extremes';

-- Refresh function, called by pg_trickle.refresh('public.nickname_extremes').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_9c05cba198fc14d9(p_full boolean) RETURNS text
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
    __pgt_bound_136a4511eaa4cbf8 xid8;
    __pgt_small_136a4511eaa4cbf8 boolean;
    __pgt_parts_136a4511eaa4cbf8 text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.nicknames') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.nicknames' AND d.consumes_changes AND r.stable_name <> 'public.nickname_extremes'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_136a4511eaa4cbf8'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.nicknames')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_136a4511eaa4cbf8, __pgt_small_136a4511eaa4cbf8, __pgt_parts_136a4511eaa4cbf8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.nickname_extremes';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.nicknames') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_136a4511eaa4cbf8 IS NOT NULL OR pg_trickle.children_layout('public.nicknames'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.nicknames'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
             WHERE __pgt_small_136a4511eaa4cbf8 AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_136a4511eaa4cbf8'::regclass) > __pgt_full_ratio * pg_relation_size('public.nicknames'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.nicknames'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.nicknames', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.nicknames', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'nickname_extremes'
            ),
            -- delete the changes of public.nicknames that every reader has consumed
            __pgt_release_136a4511eaa4cbf8 AS (
              DELETE FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
               WHERE __pgt_small_136a4511eaa4cbf8 AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.nicknames: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_nicknames AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.name, c.v
                FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes (no GROUP BY: one group)
            __pgt_delta_groups AS (
              SELECT sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     count(*) FILTER (WHERE d.__pgt_w > 0 AND d.name IS NOT NULL) AS __pgt_d_ins_0,
                     count(*) FILTER (WHERE d.__pgt_w < 0 AND d.name IS NOT NULL) AS __pgt_d_del_0,
                     max(d.name) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_worst_0,
                     max(d.name) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_worst_0,
                     min(d.name) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_0,
                     min(d.name) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_0,
                     count(*) FILTER (WHERE d.__pgt_w > 0 AND d.name IS NOT NULL) AS __pgt_d_ins_1,
                     count(*) FILTER (WHERE d.__pgt_w < 0 AND d.name IS NOT NULL) AS __pgt_d_del_1,
                     min(d.name) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_worst_1,
                     min(d.name) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_worst_1,
                     max(d.name) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_1,
                     max(d.name) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_1,
                     count(*) FILTER (WHERE d.__pgt_w > 0 AND CASE WHEN d.name = 'bob' THEN d.v END IS NOT NULL) AS __pgt_d_ins_2,
                     count(*) FILTER (WHERE d.__pgt_w < 0 AND CASE WHEN d.name = 'bob' THEN d.v END IS NOT NULL) AS __pgt_d_del_2,
                     min(CASE WHEN d.name = 'bob' THEN d.v END) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_worst_2,
                     min(CASE WHEN d.name = 'bob' THEN d.v END) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_worst_2,
                     max(CASE WHEN d.name = 'bob' THEN d.v END) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_2,
                     max(CASE WHEN d.name = 'bob' THEN d.v END) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_2,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_3
                FROM delta_nicknames AS d
              HAVING count(*) > 0
            ),
            -- each changed group with its stored state; a group is recomputed from the sources when deletions took every value a MIN/MAX kept
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.lo AS __pgt_old_value_0,
                     s.hi AS __pgt_old_value_1,
                     s.bob_v AS __pgt_old_value_2,
                     s.n AS __pgt_old_value_3,
                     coalesce(s.__pgt_nonnull_0, 0) AS __pgt_old_nonnull_0,
                     coalesce(s.__pgt_nonnull_1, 0) AS __pgt_old_nonnull_1,
                     coalesce(s.__pgt_nonnull_2, 0) AS __pgt_old_nonnull_2,
                     coalesce(s.__pgt_best_0, '{}') AS __pgt_old_best_0,
                     coalesce(s.__pgt_best_1, '{}') AS __pgt_old_best_1,
                     coalesce(s.__pgt_best_2, '{}') AS __pgt_old_best_2,
                     false AS __pgt_recompute
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.nickname_extremes AS s ON s.__pgt_row_id = 0::bigint
            ),
            -- each changed group with the best values of its MIN/MAX after the change; it is recomputed from the sources when a MIN/MAX with values has none left, or for a reason above
            __pgt_flagged AS (
              SELECT a.*,
                     a.__pgt_recompute
                         OR (coalesce(cardinality(a.__pgt_best_0), 0) = 0 AND a.__pgt_old_nonnull_0 + a.__pgt_d_ins_0 - a.__pgt_d_del_0 > 0)
                         OR (coalesce(cardinality(a.__pgt_best_1), 0) = 0 AND a.__pgt_old_nonnull_1 + a.__pgt_d_ins_1 - a.__pgt_d_del_1 > 0)
                         OR (coalesce(cardinality(a.__pgt_best_2), 0) = 0 AND a.__pgt_old_nonnull_2 + a.__pgt_d_ins_2 - a.__pgt_d_del_2 > 0)
                         AS __pgt_rescan
                FROM (
                  SELECT k.*,
                         CASE WHEN k.__pgt_del_0 IS NULL OR (cardinality(k.__pgt_kept_0) <> k.__pgt_old_nonnull_0 + k.__pgt_d_ins_0 AND (cardinality(k.__pgt_kept_0) = 0 OR k.__pgt_del_0 > (k.__pgt_kept_0)[cardinality(k.__pgt_kept_0)])) THEN k.__pgt_kept_0
                   WHEN k.__pgt_del_0 = k.__pgt_del_worst_0 THEN (k.__pgt_kept_0)[1:array_position(k.__pgt_kept_0, k.__pgt_del_0) - 1] || (k.__pgt_kept_0)[least(array_position(k.__pgt_kept_0, k.__pgt_del_0) + k.__pgt_d_del_0, width_bucket(k.__pgt_del_0, k.__pgt_kept_0) + 1):cardinality(k.__pgt_kept_0)]
                   ELSE (k.__pgt_kept_0)[1:array_position(k.__pgt_kept_0, k.__pgt_del_0) - 1] END AS __pgt_best_0,
                         CASE WHEN k.__pgt_del_1 IS NULL OR (cardinality(k.__pgt_kept_1) <> k.__pgt_old_nonnull_1 + k.__pgt_d_ins_1 AND (cardinality(k.__pgt_kept_1) = 0 OR k.__pgt_del_1 < (k.__pgt_kept_1)[1])) THEN k.__pgt_kept_1
                   WHEN k.__pgt_del_1 = k.__pgt_del_worst_1 THEN (k.__pgt_kept_1)[1:array_position(k.__pgt_kept_1, k.__pgt_del_1) - 1] || (k.__pgt_kept_1)[least(array_position(k.__pgt_kept_1, k.__pgt_del_1) + k.__pgt_d_del_1, width_bucket(k.__pgt_del_1, k.__pgt_kept_1) + 1):cardinality(k.__pgt_kept_1)]
                   ELSE (k.__pgt_kept_1)[width_bucket(k.__pgt_del_1, k.__pgt_kept_1) + 1:cardinality(k.__pgt_kept_1)] END AS __pgt_best_1,
                         CASE WHEN k.__pgt_del_2 IS NULL OR (cardinality(k.__pgt_kept_2) <> k.__pgt_old_nonnull_2 + k.__pgt_d_ins_2 AND (cardinality(k.__pgt_kept_2) = 0 OR k.__pgt_del_2 < (k.__pgt_kept_2)[1])) THEN k.__pgt_kept_2
                   WHEN k.__pgt_del_2 = k.__pgt_del_worst_2 THEN (k.__pgt_kept_2)[1:array_position(k.__pgt_kept_2, k.__pgt_del_2) - 1] || (k.__pgt_kept_2)[least(array_position(k.__pgt_kept_2, k.__pgt_del_2) + k.__pgt_d_del_2, width_bucket(k.__pgt_del_2, k.__pgt_kept_2) + 1):cardinality(k.__pgt_kept_2)]
                   ELSE (k.__pgt_kept_2)[width_bucket(k.__pgt_del_2, k.__pgt_kept_2) + 1:cardinality(k.__pgt_kept_2)] END AS __pgt_best_2
                    FROM (
                      SELECT g.*,
                             CASE WHEN g.__pgt_ins_0 IS NULL OR (cardinality(g.__pgt_old_best_0) <> g.__pgt_old_nonnull_0 AND (cardinality(g.__pgt_old_best_0) = 0 OR g.__pgt_ins_0 > (g.__pgt_old_best_0)[cardinality(g.__pgt_old_best_0)])) THEN g.__pgt_old_best_0
                   WHEN g.__pgt_ins_0 = g.__pgt_ins_worst_0 THEN ((g.__pgt_old_best_0)[1:width_bucket(g.__pgt_ins_0, g.__pgt_old_best_0)] || array_fill(g.__pgt_ins_0, ARRAY[least(g.__pgt_d_ins_0, 8)::int]) || (g.__pgt_old_best_0)[width_bucket(g.__pgt_ins_0, g.__pgt_old_best_0) + 1:cardinality(g.__pgt_old_best_0)])[1:8]
                   ELSE ((g.__pgt_old_best_0)[1:width_bucket(g.__pgt_ins_0, g.__pgt_old_best_0)] || ARRAY[g.__pgt_ins_0])[1:8] END AS __pgt_kept_0,
                             CASE WHEN g.__pgt_ins_1 IS NULL OR (cardinality(g.__pgt_old_best_1) <> g.__pgt_old_nonnull_1 AND (cardinality(g.__pgt_old_best_1) = 0 OR g.__pgt_ins_1 < (g.__pgt_old_best_1)[1])) THEN g.__pgt_old_best_1
                   WHEN g.__pgt_ins_1 = g.__pgt_ins_worst_1 THEN ((g.__pgt_old_best_1)[1:width_bucket(g.__pgt_ins_1, g.__pgt_old_best_1)] || array_fill(g.__pgt_ins_1, ARRAY[least(g.__pgt_d_ins_1, 8)::int]) || (g.__pgt_old_best_1)[width_bucket(g.__pgt_ins_1, g.__pgt_old_best_1) + 1:cardinality(g.__pgt_old_best_1)])[greatest(cardinality(g.__pgt_old_best_1) + least(g.__pgt_d_ins_1, 8)::int + 1 - 8, 1):cardinality(g.__pgt_old_best_1) + least(g.__pgt_d_ins_1, 8)::int]
                   ELSE (ARRAY[g.__pgt_ins_1] || (g.__pgt_old_best_1)[width_bucket(g.__pgt_ins_1, g.__pgt_old_best_1) + 1:cardinality(g.__pgt_old_best_1)])[greatest(cardinality(g.__pgt_old_best_1) - width_bucket(g.__pgt_ins_1, g.__pgt_old_best_1) + 1 + 1 - 8, 1):cardinality(g.__pgt_old_best_1) - width_bucket(g.__pgt_ins_1, g.__pgt_old_best_1) + 1] END AS __pgt_kept_1,
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
              SELECT g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, coalesce(r.__pgt_nonnull_0, 0) AS __pgt_nonnull_0, r.__pgt_best_0, r.__pgt_value_1, coalesce(r.__pgt_nonnull_1, 0) AS __pgt_nonnull_1, r.__pgt_best_1, r.__pgt_value_2, coalesce(r.__pgt_nonnull_2, 0) AS __pgt_nonnull_2, r.__pgt_best_2, r.__pgt_value_3
                FROM __pgt_flagged AS g
                LEFT JOIN (
                  SELECT count(*) AS __pgt_count,
                         min(i.name) AS __pgt_value_0,
                         count(i.name) AS __pgt_nonnull_0,
                         (SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT i.name AS v FROM (
                      SELECT name, v FROM public.nicknames
                    ) AS i WHERE i.name IS NOT NULL ORDER BY 1 LIMIT 8) AS b) AS __pgt_best_0,
                         max(i.name) AS __pgt_value_1,
                         count(i.name) AS __pgt_nonnull_1,
                         (SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT i.name AS v FROM (
                      SELECT name, v FROM public.nicknames
                    ) AS i WHERE i.name IS NOT NULL ORDER BY 1 DESC LIMIT 8) AS b) AS __pgt_best_1,
                         max(CASE WHEN i.name = 'bob' THEN i.v END) AS __pgt_value_2,
                         count(CASE WHEN i.name = 'bob' THEN i.v END) AS __pgt_nonnull_2,
                         (SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT CASE WHEN i.name = 'bob' THEN i.v END AS v FROM (
                      SELECT name, v FROM public.nicknames
                    ) AS i WHERE CASE WHEN i.name = 'bob' THEN i.v END IS NOT NULL ORDER BY 1 DESC LIMIT 8) AS b) AS __pgt_best_2,
                         count(*) AS __pgt_value_3
                    FROM (
                    SELECT name, v FROM public.nicknames
                  ) AS i
                ) AS r ON true
               WHERE g.__pgt_rescan
            ),
            -- new state of each changed group: stored state + change, or the recomputed state
            __pgt_new_state AS (
              SELECT g.__pgt_ctid,
                     g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                     (g.__pgt_best_0)[1] AS __pgt_value_0,
                     g.__pgt_old_nonnull_0 + g.__pgt_d_ins_0 - g.__pgt_d_del_0 AS __pgt_nonnull_0,
                     g.__pgt_best_0 AS __pgt_best_0,
                     (g.__pgt_best_1)[cardinality(g.__pgt_best_1)] AS __pgt_value_1,
                     g.__pgt_old_nonnull_1 + g.__pgt_d_ins_1 - g.__pgt_d_del_1 AS __pgt_nonnull_1,
                     g.__pgt_best_1 AS __pgt_best_1,
                     (g.__pgt_best_2)[cardinality(g.__pgt_best_2)] AS __pgt_value_2,
                     g.__pgt_old_nonnull_2 + g.__pgt_d_ins_2 - g.__pgt_d_del_2 AS __pgt_nonnull_2,
                     g.__pgt_best_2 AS __pgt_best_2,
                     coalesce(g.__pgt_old_value_3, 0) + g.__pgt_d_value_3 AS __pgt_value_3
                FROM __pgt_flagged AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows
            __pgt_apply AS (
              SELECT 0::bigint AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_value_0 AS lo,
                     n.__pgt_value_1 AS hi,
                     n.__pgt_value_2 AS bob_v,
                     n.__pgt_value_3 AS n,
                     n.__pgt_count,
                     n.__pgt_nonnull_0 AS __pgt_nonnull_0,
                     n.__pgt_nonnull_1 AS __pgt_nonnull_1,
                     n.__pgt_nonnull_2 AS __pgt_nonnull_2,
                     n.__pgt_best_0 AS __pgt_best_0,
                     n.__pgt_best_1 AS __pgt_best_1,
                     n.__pgt_best_2 AS __pgt_best_2,
                     true AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.nickname_extremes AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET lo = a.lo, hi = a.hi, bob_v = a.bob_v, n = a.n, __pgt_count = a.__pgt_count, __pgt_nonnull_0 = a.__pgt_nonnull_0, __pgt_nonnull_1 = a.__pgt_nonnull_1, __pgt_nonnull_2 = a.__pgt_nonnull_2, __pgt_best_0 = a.__pgt_best_0, __pgt_best_1 = a.__pgt_best_1, __pgt_best_2 = a.__pgt_best_2
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (lo, hi, bob_v, n, __pgt_row_id, __pgt_count, __pgt_nonnull_0, __pgt_nonnull_1, __pgt_nonnull_2, __pgt_best_0, __pgt_best_1, __pgt_best_2) VALUES (a.lo, a.hi, a.bob_v, a.n, a.__pgt_row_id, a.__pgt_count, a.__pgt_nonnull_0, a.__pgt_nonnull_1, a.__pgt_nonnull_2, a.__pgt_best_0, a.__pgt_best_1, a.__pgt_best_2);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.nicknames') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_136a4511eaa4cbf8 IS NOT NULL OR pg_trickle.children_layout('public.nicknames'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.nicknames'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.nickname_extremes') THEN
        DELETE FROM public.nickname_extremes;
    ELSE
        TRUNCATE public.nickname_extremes;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.nicknames')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.nickname_extremes' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.nicknames'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.nickname_extremes' AND d.source_stable_name = 'public.nicknames';
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_9c05cba198fc14d9 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT min(i.name) AS lo,
                     max(i.name) AS hi,
                     max(CASE WHEN i.name = 'bob' THEN i.v END) AS bob_v,
                     count(*) AS n,
                     0::bigint AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     count(i.name) AS __pgt_nonnull_0,
                     count(i.name) AS __pgt_nonnull_1,
                     count(CASE WHEN i.name = 'bob' THEN i.v END) AS __pgt_nonnull_2,
                     (SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT i.name AS v FROM (
                    SELECT name, v FROM public.nicknames
                  ) AS i WHERE i.name IS NOT NULL ORDER BY 1 LIMIT 8) AS b) AS __pgt_best_0,
                     (SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT i.name AS v FROM (
                    SELECT name, v FROM public.nicknames
                  ) AS i WHERE i.name IS NOT NULL ORDER BY 1 DESC LIMIT 8) AS b) AS __pgt_best_1,
                     (SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT CASE WHEN i.name = 'bob' THEN i.v END AS v FROM (
                    SELECT name, v FROM public.nicknames
                  ) AS i WHERE CASE WHEN i.name = 'bob' THEN i.v END IS NOT NULL ORDER BY 1 DESC LIMIT 8) AS b) AS __pgt_best_2
                FROM (
                  SELECT name, v FROM public.nicknames
                ) AS i
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_9c05cba198fc14d9 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.nicknames', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'nickname_extremes'
        ),
        __pgt_release_136a4511eaa4cbf8 AS (
            DELETE FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
             WHERE __pgt_small_136a4511eaa4cbf8 AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.nicknames' AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.nickname_extremes (lo, hi, bob_v, n, __pgt_row_id, __pgt_count, __pgt_nonnull_0, __pgt_nonnull_1, __pgt_nonnull_2, __pgt_best_0, __pgt_best_1, __pgt_best_2)
        SELECT q.lo, q.hi, q.bob_v, q.n, q.__pgt_row_id, q.__pgt_count, q.__pgt_nonnull_0, q.__pgt_nonnull_1, q.__pgt_nonnull_2, q.__pgt_best_0, q.__pgt_best_1, q.__pgt_best_2 FROM pg_temp.__pgt_full_9c05cba198fc14d9 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_9c05cba198fc14d9;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.nicknames', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'nickname_extremes'
    ),
    __pgt_release_136a4511eaa4cbf8 AS (
        DELETE FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
         WHERE __pgt_small_136a4511eaa4cbf8 AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.nicknames' AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.nickname_extremes (lo, hi, bob_v, n, __pgt_row_id, __pgt_count, __pgt_nonnull_0, __pgt_nonnull_1, __pgt_nonnull_2, __pgt_best_0, __pgt_best_1, __pgt_best_2)
    SELECT * FROM (
      SELECT min(i.name) AS lo,
             max(i.name) AS hi,
             max(CASE WHEN i.name = 'bob' THEN i.v END) AS bob_v,
             count(*) AS n,
             0::bigint AS __pgt_row_id,
             count(*) AS __pgt_count,
             count(i.name) AS __pgt_nonnull_0,
             count(i.name) AS __pgt_nonnull_1,
             count(CASE WHEN i.name = 'bob' THEN i.v END) AS __pgt_nonnull_2,
             (SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT i.name AS v FROM (
            SELECT name, v FROM public.nicknames
          ) AS i WHERE i.name IS NOT NULL ORDER BY 1 LIMIT 8) AS b) AS __pgt_best_0,
             (SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT i.name AS v FROM (
            SELECT name, v FROM public.nicknames
          ) AS i WHERE i.name IS NOT NULL ORDER BY 1 DESC LIMIT 8) AS b) AS __pgt_best_1,
             (SELECT coalesce(array_agg(b.v ORDER BY b.v), '{}') FROM (SELECT CASE WHEN i.name = 'bob' THEN i.v END AS v FROM (
            SELECT name, v FROM public.nicknames
          ) AS i WHERE CASE WHEN i.name = 'bob' THEN i.v END IS NOT NULL ORDER BY 1 DESC LIMIT 8) AS b) AS __pgt_best_2
        FROM (
          SELECT name, v FROM public.nicknames
        ) AS i
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.nickname_extremes', full => true);
ANALYZE public.nickname_extremes;

-- ========================================================================
-- create stream table public.nickname_groups
-- ========================================================================
-- trickle: stream table public.nickname_groups
--
-- refresh mode: FULL (requested AUTO)
-- maintained by full recomputation because a scalar subquery in the SELECT list of a grouped query is not supported differentially (streams/007_equalities.sql:27:8)
-- schedule: 2m
-- maintenance: full recomputation on every refresh
--
-- defining query:
--   SELECT (SELECT ascii(b.name) + p.id FROM people AS p WHERE p.id = 1) AS initial, count(*) AS n FROM nicknames AS b GROUP BY b.name

-- Storage: the query's columns.
CREATE TABLE public.nickname_groups AS
  SELECT (SELECT ascii(b.name) + p.id FROM people AS p WHERE p.id = 1) AS initial, count(*) AS n FROM nicknames AS b GROUP BY b.name
  WITH NO DATA;
COMMENT ON TABLE public.nickname_groups IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.nickname_groups'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'nickname_groups', 'public.nickname_groups', 'bc9129ed8363ef70', 'SELECT (SELECT ascii(b.name) + p.id FROM people AS p WHERE p.id = 1) AS initial, count(*) AS n FROM nicknames AS b GROUP BY b.name', 'AUTO', 'FULL', 'a scalar subquery in the SELECT list of a grouped query is not supported differentially (streams/007_equalities.sql:27:8)', 'full', 'refresh_bc9129ed8363ef70', 27, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.nicknames', 'TABLE', false, ARRAY['name', 'v']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.nickname_groups';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.people', 'TABLE', false, ARRAY['id', 'name']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.nickname_groups';

-- Refresh function, called by pg_trickle.refresh('public.nickname_groups').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_bc9129ed8363ef70(p_full boolean) RETURNS text
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
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.nickname_groups';

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.nickname_groups') THEN
        DELETE FROM public.nickname_groups;
    ELSE
        TRUNCATE public.nickname_groups;
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.nicknames', pg_current_snapshot()::text, 'public.people', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'nickname_groups'
    )
    INSERT INTO public.nickname_groups (initial, n)
    SELECT * FROM (
      SELECT (SELECT ascii(b.name) + p.id FROM people AS p WHERE p.id = 1) AS initial, count(*) AS n FROM nicknames AS b GROUP BY b.name
    ) AS q;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.nickname_groups', full => true);
ANALYZE public.nickname_groups;

-- ========================================================================
-- create stream table public.nickname_totals
-- ========================================================================
-- trickle: stream table public.nickname_totals
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT p.id, s.n FROM people AS p, LATERAL ( SELECT count(*) AS n FROM nicknames AS b WHERE b.name = p.name COLLATE "C" ) AS s
--
-- operator tree:
--   project id, n
--     project id, name, CASE WHEN __pgt_s_1 IS NULL THEN 0 ELSE n END AS n
--       left outer join on __pgt_s_0 = name COLLATE "C"
--         scan public.people AS p
--         project __pgt_a0 AS n, __pgt_g0 AS pgt_lateral_k0, __pgt_a0 AS pgt_lateral_rows
--           aggregate count(*) group by name COLLATE "C"
--             scan public.nicknames AS b

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.nickname_totals AS
  SELECT r.id, r.n, hashint4extended(r.id, 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i.n AS n
        FROM (
        SELECT i.id AS id, i.name AS name, CASE WHEN i.__pgt_s_1 IS NULL THEN 0 ELSE i.n END AS n
          FROM (
          SELECT p.id AS id, p.name AS name, __pgt_r.n AS n, __pgt_r.pgt_lateral_k0 AS __pgt_s_0, __pgt_r.pgt_lateral_rows AS __pgt_s_1
            FROM public.people AS p
            LEFT JOIN (
            SELECT i.__pgt_a0 AS n, i.__pgt_g0 AS pgt_lateral_k0, i.__pgt_a0 AS pgt_lateral_rows
              FROM (
              SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                FROM public.nicknames AS b
               GROUP BY b.name COLLATE "C"
            ) AS i
          ) AS __pgt_r ON __pgt_r.pgt_lateral_k0 = p.name COLLATE "C"
        ) AS i
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.nickname_totals ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_175f1f5460514ea8 ON public.nickname_totals (__pgt_row_id);
COMMENT ON TABLE public.nickname_totals IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.nickname_totals'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'nickname_totals', 'public.nickname_totals', '175f1f5460514ea8', 'SELECT p.id, s.n FROM people AS p, LATERAL ( SELECT count(*) AS n FROM nicknames AS b WHERE b.name = p.name COLLATE "C" ) AS s', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_175f1f5460514ea8', 28, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- The delta recomputes each group (or window partition) a change touches from its rows:
-- past this share of a source's rows changed, recomputing all of them costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.01 WHERE stable_name = 'public.nickname_totals';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.nicknames', 'TABLE', true, ARRAY['name', 'v']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.nickname_totals';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.people', 'TABLE', true, ARRAY['id', 'name']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.nickname_totals';

-- Refresh function, called by pg_trickle.refresh('public.nickname_totals').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_175f1f5460514ea8(p_full boolean) RETURNS text
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
    __pgt_bound_136a4511eaa4cbf8 xid8;
    __pgt_small_136a4511eaa4cbf8 boolean;
    __pgt_bound_f1b67da1e3c5901e xid8;
    __pgt_small_f1b67da1e3c5901e boolean;
    __pgt_parts_136a4511eaa4cbf8 text;
    __pgt_parts_f1b67da1e3c5901e text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.nicknames') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.nicknames' AND d.consumes_changes AND r.stable_name <> 'public.nickname_totals'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_136a4511eaa4cbf8'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.people') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.people' AND d.consumes_changes AND r.stable_name <> 'public.nickname_totals'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_f1b67da1e3c5901e'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.nicknames'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.people')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_136a4511eaa4cbf8, __pgt_small_136a4511eaa4cbf8, __pgt_bound_f1b67da1e3c5901e, __pgt_small_f1b67da1e3c5901e, __pgt_parts_136a4511eaa4cbf8, __pgt_parts_f1b67da1e3c5901e
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.nickname_totals';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.nicknames', 'public.people') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_136a4511eaa4cbf8 IS NOT NULL OR pg_trickle.children_layout('public.nicknames'::regclass) IS NOT NULL OR __pgt_parts_f1b67da1e3c5901e IS NOT NULL OR pg_trickle.children_layout('public.people'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.nicknames'::regclass, 'public.people'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
             WHERE __pgt_small_136a4511eaa4cbf8 AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
             WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_136a4511eaa4cbf8'::regclass) > __pgt_full_ratio * pg_relation_size('public.nicknames'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.nicknames'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.nicknames', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_f1b67da1e3c5901e'::regclass) > __pgt_full_ratio * pg_relation_size('public.people'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.people'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.people', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.nicknames', pg_current_snapshot()::text, 'public.people', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'nickname_totals'
            ),
            -- delete the changes of public.nicknames that every reader has consumed
            __pgt_release_136a4511eaa4cbf8 AS (
              DELETE FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
               WHERE __pgt_small_136a4511eaa4cbf8 AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.people that every reader has consumed
            __pgt_release_f1b67da1e3c5901e AS (
              DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
               WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.people: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_people AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name
                FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.nicknames: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_nicknames AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.name, c.v
                FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate in a subquery: the groups its input's changes touch
            __pgt_changed_groups AS (
              SELECT DISTINCT d.name COLLATE "C" AS __pgt_g0
                FROM delta_nicknames AS d
            ),
            -- aggregate in a subquery: the touched groups' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r.name, r.v
                FROM (SELECT u.name, u.v, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.name, c.v FROM (
                          SELECT c.name, c.v
                            FROM public.nicknames AS c
                            JOIN __pgt_changed_groups AS k ON (c.name COLLATE "C") = k.__pgt_g0
                          UNION ALL
                          SELECT c.name, c.v
                            FROM public.nicknames AS c
                            JOIN __pgt_changed_groups AS k ON (c.name COLLATE "C") IS NULL AND k.__pgt_g0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.name, d.v FROM delta_nicknames AS d) AS u
                       GROUP BY u.name, u.v
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was
            delta_aggregate AS (
              SELECT 1 AS __pgt_w, i.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                FROM (
                  SELECT c.name, c.v
                    FROM public.nicknames AS c
                    JOIN __pgt_changed_groups AS k ON (c.name COLLATE "C") = k.__pgt_g0
                  UNION ALL
                  SELECT c.name, c.v
                    FROM public.nicknames AS c
                    JOIN __pgt_changed_groups AS k ON (c.name COLLATE "C") IS NULL AND k.__pgt_g0 IS NULL
                ) AS i
               GROUP BY i.name COLLATE "C"
              UNION ALL
              SELECT -1, i.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                FROM __pgt_group_rows_before AS i
               GROUP BY i.name COLLATE "C"
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.__pgt_a0 AS n, d.__pgt_g0 AS pgt_lateral_k0, d.__pgt_a0 AS pgt_lateral_rows
                FROM delta_aggregate AS d
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, name FROM public.people
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c.name FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_project AS __pgt_x WHERE __pgt_x.pgt_lateral_k0 = __pgt_p.name COLLATE "C")
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN (
                SELECT i.__pgt_a0 AS n, i.__pgt_g0 AS pgt_lateral_k0, i.__pgt_a0 AS pgt_lateral_rows
                  FROM (
                  SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.nicknames AS b
                   GROUP BY b.name COLLATE "C"
                ) AS i
              ) AS __pgt_x ON __pgt_x.pgt_lateral_k0 = __pgt_p.name COLLATE "C"
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN delta_project AS __pgt_x ON __pgt_x.pgt_lateral_k0 = __pgt_p.name COLLATE "C"
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT p.__pgt_w * __pgt_j2.__pgt_w AS __pgt_w, p.id AS id, p.name AS name, __pgt_j2.n AS n, __pgt_j2.pgt_lateral_k0 AS __pgt_s_0, __pgt_j2.pgt_lateral_rows AS __pgt_s_1
                FROM delta_people AS p,
                     (
                SELECT 1 AS __pgt_w, n, pgt_lateral_k0, pgt_lateral_rows FROM (
                  SELECT i.__pgt_a0 AS n, i.__pgt_g0 AS pgt_lateral_k0, i.__pgt_a0 AS pgt_lateral_rows
                    FROM (
                    SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                      FROM public.nicknames AS b
                     GROUP BY b.name COLLATE "C"
                  ) AS i
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, n, pgt_lateral_k0, pgt_lateral_rows FROM delta_project
              ) AS __pgt_j2
               WHERE __pgt_j2.pgt_lateral_k0 = p.name COLLATE "C"
              UNION ALL
              SELECT __pgt_j2.__pgt_w AS __pgt_w, p.id AS id, p.name AS name, __pgt_j2.n AS n, __pgt_j2.pgt_lateral_k0 AS __pgt_s_0, __pgt_j2.pgt_lateral_rows AS __pgt_s_1
                FROM public.people AS p,
                     delta_project AS __pgt_j2
               WHERE __pgt_j2.pgt_lateral_k0 = p.name COLLATE "C"
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.id AS id, __pgt_p.name AS name, __pgt_pad.n AS n, __pgt_pad.pgt_lateral_k0 AS __pgt_s_0, __pgt_pad.pgt_lateral_rows AS __pgt_s_1
                FROM delta_people AS __pgt_p
                LEFT JOIN (
                SELECT i.__pgt_a0 AS n, i.__pgt_g0 AS pgt_lateral_k0, i.__pgt_a0 AS pgt_lateral_rows
                  FROM (
                  SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.nicknames AS b
                   GROUP BY b.name COLLATE "C"
                ) AS i
              ) AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM (
                SELECT i.__pgt_a0 AS n, i.__pgt_g0 AS pgt_lateral_k0, i.__pgt_a0 AS pgt_lateral_rows
                  FROM (
                  SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.nicknames AS b
                   GROUP BY b.name COLLATE "C"
                ) AS i
              ) AS __pgt_x WHERE __pgt_x.pgt_lateral_k0 = __pgt_p.name COLLATE "C" OFFSET 0)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p.id AS id, __pgt_p.name AS name, __pgt_pad.n AS n, __pgt_pad.pgt_lateral_k0 AS __pgt_s_0, __pgt_pad.pgt_lateral_rows AS __pgt_s_1
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matches_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN (
                SELECT i.__pgt_a0 AS n, i.__pgt_g0 AS pgt_lateral_k0, i.__pgt_a0 AS pgt_lateral_rows
                  FROM (
                  SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.nicknames AS b
                   GROUP BY b.name COLLATE "C"
                ) AS i
              ) AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- project (linear): each changed row, projected
            delta_project_2 AS (
              SELECT d.__pgt_w, d.id AS id, d.name AS name, CASE WHEN d.__pgt_s_1 IS NULL THEN 0 ELSE d.n END AS n
                FROM delta_outer_join AS d
            ),
            -- project (linear): each changed row, projected
            delta_project_3 AS (
              SELECT d.__pgt_w, d.id AS id, d.n AS n
                FROM delta_project_2 AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.n, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project_3 AS d
               GROUP BY d.id, d.n
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashint4extended(n.id, 0), n.id) hashint4extended(n.id, 0) AS __pgt_row_id, n.id, n.n, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashint4extended(n.id, 0), n.id, n.__pgt_w DESC
            )
            MERGE INTO public.nickname_totals AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.id = a.id
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET id = a.id, n = a.n
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (id, n, __pgt_row_id) VALUES (a.id, a.n, a.__pgt_row_id);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.nicknames', 'public.people') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_136a4511eaa4cbf8 IS NOT NULL OR pg_trickle.children_layout('public.nicknames'::regclass) IS NOT NULL OR __pgt_parts_f1b67da1e3c5901e IS NOT NULL OR pg_trickle.children_layout('public.people'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.nicknames'::regclass, 'public.people'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.nickname_totals') THEN
        DELETE FROM public.nickname_totals;
    ELSE
        TRUNCATE public.nickname_totals;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.nicknames'), ('public.people')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.nickname_totals' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.nicknames'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.nickname_totals' AND d.source_stable_name = 'public.nicknames';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.people'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.nickname_totals' AND d.source_stable_name = 'public.people';
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.nicknames', pg_current_snapshot()::text, 'public.people', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'nickname_totals'
    ),
    __pgt_release_136a4511eaa4cbf8 AS (
        DELETE FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
         WHERE __pgt_small_136a4511eaa4cbf8 AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_f1b67da1e3c5901e AS (
        DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
         WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.nicknames' AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.people' AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.nickname_totals (id, n, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.n, hashint4extended(r.id, 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, i.n AS n
            FROM (
            SELECT i.id AS id, i.name AS name, CASE WHEN i.__pgt_s_1 IS NULL THEN 0 ELSE i.n END AS n
              FROM (
              SELECT p.id AS id, p.name AS name, __pgt_r.n AS n, __pgt_r.pgt_lateral_k0 AS __pgt_s_0, __pgt_r.pgt_lateral_rows AS __pgt_s_1
                FROM public.people AS p
                LEFT JOIN (
                SELECT i.__pgt_a0 AS n, i.__pgt_g0 AS pgt_lateral_k0, i.__pgt_a0 AS pgt_lateral_rows
                  FROM (
                  SELECT b.name COLLATE "C" AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.nicknames AS b
                   GROUP BY b.name COLLATE "C"
                ) AS i
              ) AS __pgt_r ON __pgt_r.pgt_lateral_k0 = p.name COLLATE "C"
            ) AS i
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.nickname_totals', full => true);
ANALYZE public.nickname_totals;

-- ========================================================================
-- create stream table public.nickname_values
-- ========================================================================
-- trickle: stream table public.nickname_values
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT p.id, b.v FROM people AS p LEFT JOIN nicknames AS b ON b.name = p.name COLLATE "C"
--
-- operator tree:
--   project id, v
--     left outer join on b_name COLLATE "C" = p_name COLLATE "C"
--       scan public.people AS p
--       scan public.nicknames AS b

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.nickname_values AS
  SELECT r.id, r.v, hash_record_extended(ROW(r.id, r.v), 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i.v AS v
        FROM (
        SELECT p.id AS id, p.name AS p_name, b.name AS b_name, b.v AS v
          FROM public.people AS p
          LEFT JOIN public.nicknames AS b ON b.name COLLATE "C" = p.name COLLATE "C"
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.nickname_values ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_b707fbcc775ed208 ON public.nickname_values (__pgt_row_id);
COMMENT ON TABLE public.nickname_values IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.nickname_values'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'nickname_values', 'public.nickname_values', 'b707fbcc775ed208', 'SELECT p.id, b.v FROM people AS p LEFT JOIN nicknames AS b ON b.name = p.name COLLATE "C"', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_b707fbcc775ed208', 29, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.nickname_values';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.nicknames', 'TABLE', true, ARRAY['name', 'v']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.nickname_values';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.people', 'TABLE', true, ARRAY['id', 'name']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.nickname_values';

-- Refresh function, called by pg_trickle.refresh('public.nickname_values').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_b707fbcc775ed208(p_full boolean) RETURNS text
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
    __pgt_bound_136a4511eaa4cbf8 xid8;
    __pgt_small_136a4511eaa4cbf8 boolean;
    __pgt_bound_f1b67da1e3c5901e xid8;
    __pgt_small_f1b67da1e3c5901e boolean;
    __pgt_parts_136a4511eaa4cbf8 text;
    __pgt_parts_f1b67da1e3c5901e text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.nicknames') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.nicknames' AND d.consumes_changes AND r.stable_name <> 'public.nickname_values'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_136a4511eaa4cbf8'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.people') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.people' AND d.consumes_changes AND r.stable_name <> 'public.nickname_values'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_f1b67da1e3c5901e'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.nicknames'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.people')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_136a4511eaa4cbf8, __pgt_small_136a4511eaa4cbf8, __pgt_bound_f1b67da1e3c5901e, __pgt_small_f1b67da1e3c5901e, __pgt_parts_136a4511eaa4cbf8, __pgt_parts_f1b67da1e3c5901e
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.nickname_values';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.nicknames', 'public.people') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_136a4511eaa4cbf8 IS NOT NULL OR pg_trickle.children_layout('public.nicknames'::regclass) IS NOT NULL OR __pgt_parts_f1b67da1e3c5901e IS NOT NULL OR pg_trickle.children_layout('public.people'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.nicknames'::regclass, 'public.people'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
             WHERE __pgt_small_136a4511eaa4cbf8 AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
             WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_136a4511eaa4cbf8'::regclass) > __pgt_full_ratio * pg_relation_size('public.nicknames'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.nicknames'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.nicknames', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_f1b67da1e3c5901e'::regclass) > __pgt_full_ratio * pg_relation_size('public.people'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.people'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.people', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.nicknames', pg_current_snapshot()::text, 'public.people', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'nickname_values'
            ),
            -- delete the changes of public.nicknames that every reader has consumed
            __pgt_release_136a4511eaa4cbf8 AS (
              DELETE FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
               WHERE __pgt_small_136a4511eaa4cbf8 AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.people that every reader has consumed
            __pgt_release_f1b67da1e3c5901e AS (
              DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
               WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.people: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_people AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name
                FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.nicknames: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_nicknames AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.name, c.v
                FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, name FROM public.people
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c.name FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_nicknames AS __pgt_x WHERE __pgt_x.name COLLATE "C" = __pgt_p.name COLLATE "C")
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN public.nicknames AS __pgt_x ON __pgt_x.name COLLATE "C" = __pgt_p.name COLLATE "C"
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN delta_nicknames AS __pgt_x ON __pgt_x.name COLLATE "C" = __pgt_p.name COLLATE "C"
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT p.__pgt_w * b.__pgt_w AS __pgt_w, p.id AS id, p.name AS p_name, b.name AS b_name, b.v AS v
                FROM delta_people AS p,
                     (
                SELECT 1 AS __pgt_w, name, v FROM public.nicknames
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.name, c.v FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS b
               WHERE b.name COLLATE "C" = p.name COLLATE "C"
              UNION ALL
              SELECT b.__pgt_w AS __pgt_w, p.id AS id, p.name AS p_name, b.name AS b_name, b.v AS v
                FROM public.people AS p,
                     delta_nicknames AS b
               WHERE b.name COLLATE "C" = p.name COLLATE "C"
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.id AS id, __pgt_p.name AS p_name, __pgt_pad.name AS b_name, __pgt_pad.v AS v
                FROM delta_people AS __pgt_p
                LEFT JOIN public.nicknames AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM public.nicknames AS __pgt_x WHERE __pgt_x.name COLLATE "C" = __pgt_p.name COLLATE "C")
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p.id AS id, __pgt_p.name AS p_name, __pgt_pad.name AS b_name, __pgt_pad.v AS v
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matches_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN public.nicknames AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d.v AS v
                FROM delta_outer_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.v, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.id, d.v
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.nickname_values AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.nickname_values AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.id, n.v), 0) AND t.id = n.id AND t.v IS NOT DISTINCT FROM n.v
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.nickname_values (id, v, __pgt_row_id)
            SELECT n.id, n.v, hash_record_extended(ROW(n.id, n.v), 0)
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.nicknames', 'public.people') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_136a4511eaa4cbf8 IS NOT NULL OR pg_trickle.children_layout('public.nicknames'::regclass) IS NOT NULL OR __pgt_parts_f1b67da1e3c5901e IS NOT NULL OR pg_trickle.children_layout('public.people'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.nicknames'::regclass, 'public.people'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.nickname_values') THEN
        DELETE FROM public.nickname_values;
    ELSE
        TRUNCATE public.nickname_values;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.nicknames'), ('public.people')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.nickname_values' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.nicknames'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.nickname_values' AND d.source_stable_name = 'public.nicknames';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.people'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.nickname_values' AND d.source_stable_name = 'public.people';
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.nicknames', pg_current_snapshot()::text, 'public.people', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'nickname_values'
    ),
    __pgt_release_136a4511eaa4cbf8 AS (
        DELETE FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
         WHERE __pgt_small_136a4511eaa4cbf8 AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_f1b67da1e3c5901e AS (
        DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
         WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.nicknames' AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.people' AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.nickname_values (id, v, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.v, hash_record_extended(ROW(r.id, r.v), 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, i.v AS v
            FROM (
            SELECT p.id AS id, p.name AS p_name, b.name AS b_name, b.v AS v
              FROM public.people AS p
              LEFT JOIN public.nicknames AS b ON b.name COLLATE "C" = p.name COLLATE "C"
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.nickname_values', full => true);
ANALYZE public.nickname_values;

-- ========================================================================
-- create stream table public.plain_name_counts
-- ========================================================================
-- trickle: stream table public.plain_name_counts
--
-- refresh mode: FULL (requested AUTO)
-- maintained by full recomputation because a scalar subquery with an aggregate is not supported differentially (streams/007_equalities.sql:17:14)
-- schedule: 2m
-- maintenance: full recomputation on every refresh
--
-- defining query:
--   SELECT p.id, (SELECT sum(b.v) FROM plain_names AS b WHERE b.name = p.name) AS total FROM people AS p

-- Storage: the query's columns.
CREATE TABLE public.plain_name_counts AS
  SELECT p.id, (SELECT sum(b.v) FROM plain_names AS b WHERE b.name = p.name) AS total FROM people AS p
  WITH NO DATA;
COMMENT ON TABLE public.plain_name_counts IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.plain_name_counts'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'plain_name_counts', 'public.plain_name_counts', '84c44a5c548c379b', 'SELECT p.id, (SELECT sum(b.v) FROM plain_names AS b WHERE b.name = p.name) AS total FROM people AS p', 'AUTO', 'FULL', 'a scalar subquery with an aggregate is not supported differentially (streams/007_equalities.sql:17:14)', 'full', 'refresh_84c44a5c548c379b', 30, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.people', 'TABLE', false, ARRAY['id', 'name']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.plain_name_counts';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.plain_names', 'TABLE', false, ARRAY['name', 'v']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.plain_name_counts';

-- Refresh function, called by pg_trickle.refresh('public.plain_name_counts').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_84c44a5c548c379b(p_full boolean) RETURNS text
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
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.plain_name_counts';

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.plain_name_counts') THEN
        DELETE FROM public.plain_name_counts;
    ELSE
        TRUNCATE public.plain_name_counts;
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.people', pg_current_snapshot()::text, 'public.plain_names', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'plain_name_counts'
    )
    INSERT INTO public.plain_name_counts (id, total)
    SELECT * FROM (
      SELECT p.id, (SELECT sum(b.v) FROM plain_names AS b WHERE b.name = p.name) AS total FROM people AS p
    ) AS q;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.plain_name_counts', full => true);
ANALYZE public.plain_name_counts;

-- ========================================================================
-- create stream table public.qty_halves
-- ========================================================================
-- trickle: stream table public.qty_halves
--
-- refresh mode: FULL (requested AUTO)
-- maintained by full recomputation because JOIN ... USING of columns of different types ("qty") is not supported differentially (streams/007_equalities.sql:21:59)
-- schedule: 2m
-- maintenance: full recomputation on every refresh
--
-- defining query:
--   SELECT qty_items.id, qty / 2 AS half, note FROM qty_items JOIN qty_prices USING (qty)

-- Storage: the query's columns.
CREATE TABLE public.qty_halves AS
  SELECT qty_items.id, qty / 2 AS half, note FROM qty_items JOIN qty_prices USING (qty)
  WITH NO DATA;
COMMENT ON TABLE public.qty_halves IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.qty_halves'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'qty_halves', 'public.qty_halves', '9cc38ca949807f20', 'SELECT qty_items.id, qty / 2 AS half, note FROM qty_items JOIN qty_prices USING (qty)', 'AUTO', 'FULL', 'JOIN ... USING of columns of different types ("qty") is not supported differentially (streams/007_equalities.sql:21:59)', 'full', 'refresh_9cc38ca949807f20', 31, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.qty_items', 'TABLE', false, ARRAY['id', 'qty']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.qty_halves';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.qty_prices', 'TABLE', false, ARRAY['qty', 'note']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.qty_halves';

-- Refresh function, called by pg_trickle.refresh('public.qty_halves').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_9cc38ca949807f20(p_full boolean) RETURNS text
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
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.qty_halves';

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.qty_halves') THEN
        DELETE FROM public.qty_halves;
    ELSE
        TRUNCATE public.qty_halves;
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.qty_items', pg_current_snapshot()::text, 'public.qty_prices', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'qty_halves'
    )
    INSERT INTO public.qty_halves (id, half, note)
    SELECT * FROM (
      SELECT qty_items.id, qty / 2 AS half, note FROM qty_items JOIN qty_prices USING (qty)
    ) AS q;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.qty_halves', full => true);
ANALYZE public.qty_halves;

-- ========================================================================
-- create stream table public.renamed_people
-- ========================================================================
-- trickle: stream table public.renamed_people
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; each distinct row keeps a hidden count of its duplicates
--
-- defining query:
--   SELECT *, name COLLATE "C" AS exact FROM people EXCEPT SELECT id, name, name FROM aliases
--
-- operator tree:
--   distinct
--     anti join (NOT EXISTS) on id = sub.id AND name IS NOT DISTINCT FROM sub.name AND exact COLLATE "C" IS NOT DISTINCT FROM sub.exact COLLATE "C"
--       project id, name, name COLLATE "C" AS exact
--         scan public.people
--       project id, name, name COLLATE "C" AS exact
--         scan public.aliases

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.renamed_people WITH (fillfactor = 50) AS
  SELECT r.id, r.name, r.exact, hash_record_extended(ROW(r.id, r.name, r.exact), 0) AS __pgt_row_id, count(*) AS __pgt_count
    FROM (
      SELECT __pgt_l.id, __pgt_l.name, __pgt_l.exact
        FROM (
        SELECT people.id AS id, people.name AS name, people.name COLLATE "C" AS exact
          FROM public.people AS people
      ) AS __pgt_l
       WHERE NOT EXISTS (SELECT FROM (
        SELECT aliases.id AS id, aliases.name AS name, aliases.name COLLATE "C" AS exact
          FROM public.aliases AS aliases
      ) AS __pgt_r WHERE __pgt_l.id = __pgt_r.id AND __pgt_l.name IS NOT DISTINCT FROM __pgt_r.name AND __pgt_l.exact COLLATE "C" IS NOT DISTINCT FROM __pgt_r.exact COLLATE "C")
    ) AS r
   GROUP BY r.id, r.name, r.exact
  WITH NO DATA;
ALTER TABLE public.renamed_people ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_f353f663e2ae987e ON public.renamed_people (__pgt_row_id);
COMMENT ON TABLE public.renamed_people IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.renamed_people'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'renamed_people', 'public.renamed_people', 'f353f663e2ae987e', 'SELECT *, name COLLATE "C" AS exact FROM people EXCEPT SELECT id, name, name FROM aliases', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'distinct', 'refresh_f353f663e2ae987e', 32, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.renamed_people';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.aliases', 'TABLE', true, ARRAY['id', 'name', 'exact']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.renamed_people';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.people', 'TABLE', true, ARRAY['id', 'name']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.renamed_people';

-- Refresh function, called by pg_trickle.refresh('public.renamed_people').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_f353f663e2ae987e(p_full boolean) RETURNS text
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
    __pgt_bound_c1686fc1653fee6f xid8;
    __pgt_small_c1686fc1653fee6f boolean;
    __pgt_bound_f1b67da1e3c5901e xid8;
    __pgt_small_f1b67da1e3c5901e boolean;
    __pgt_parts_c1686fc1653fee6f text;
    __pgt_parts_f1b67da1e3c5901e text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.aliases') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.aliases' AND d.consumes_changes AND r.stable_name <> 'public.renamed_people'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c1686fc1653fee6f'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.people') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.people' AND d.consumes_changes AND r.stable_name <> 'public.renamed_people'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_f1b67da1e3c5901e'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.aliases'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.people')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_c1686fc1653fee6f, __pgt_small_c1686fc1653fee6f, __pgt_bound_f1b67da1e3c5901e, __pgt_small_f1b67da1e3c5901e, __pgt_parts_c1686fc1653fee6f, __pgt_parts_f1b67da1e3c5901e
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.renamed_people';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.aliases', 'public.people') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_c1686fc1653fee6f IS NOT NULL OR pg_trickle.children_layout('public.aliases'::regclass) IS NOT NULL OR __pgt_parts_f1b67da1e3c5901e IS NOT NULL OR pg_trickle.children_layout('public.people'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.aliases'::regclass, 'public.people'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c1686fc1653fee6f AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_c1686fc1653fee6f AS c
             WHERE __pgt_small_c1686fc1653fee6f AND c.__pgt_xid < least(__pgt_bound_c1686fc1653fee6f, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
             WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c1686fc1653fee6f'::regclass) > __pgt_full_ratio * pg_relation_size('public.aliases'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c1686fc1653fee6f AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.aliases'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.aliases', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_f1b67da1e3c5901e'::regclass) > __pgt_full_ratio * pg_relation_size('public.people'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.people'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.people', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.aliases', pg_current_snapshot()::text, 'public.people', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'renamed_people'
            ),
            -- delete the changes of public.aliases that every reader has consumed
            __pgt_release_c1686fc1653fee6f AS (
              DELETE FROM pg_trickle_changes.changes_c1686fc1653fee6f AS c
               WHERE __pgt_small_c1686fc1653fee6f AND c.__pgt_xid < least(__pgt_bound_c1686fc1653fee6f, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.people that every reader has consumed
            __pgt_release_f1b67da1e3c5901e AS (
              DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
               WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.aliases: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_aliases AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.exact
                FROM pg_trickle_changes.changes_c1686fc1653fee6f AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d.name AS name, d.name COLLATE "C" AS exact
                FROM delta_aliases AS d
            ),
            -- scan public.people: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_people AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name
                FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- project (linear): each changed row, projected
            delta_project_2 AS (
              SELECT d.__pgt_w, d.id AS id, d.name AS name, d.name COLLATE "C" AS exact
                FROM delta_people AS d
            ),
            -- anti join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, name, exact FROM (
                  SELECT people.id AS id, people.name AS name, people.name COLLATE "C" AS exact
                    FROM public.people AS people
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, id, name, exact FROM delta_project_2
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_project AS __pgt_x WHERE __pgt_p.id = __pgt_x.id AND __pgt_p.name IS NOT DISTINCT FROM __pgt_x.name AND __pgt_p.exact COLLATE "C" IS NOT DISTINCT FROM __pgt_x.exact COLLATE "C")
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x.id, __pgt_x.name, __pgt_x.exact, sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_project AS __pgt_x
               GROUP BY __pgt_x.id, __pgt_x.name, __pgt_x.exact
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- anti join (NOT EXISTS, NOT IN): the changed rows of the left side that match no row of the right,
            -- and the rows of the left side whose match on the right appeared or disappeared
            delta_semi_join AS (
              SELECT __pgt_p.__pgt_w, __pgt_p.id, __pgt_p.name, __pgt_p.exact
                FROM delta_project_2 AS __pgt_p
               WHERE NOT EXISTS (SELECT FROM (
                SELECT aliases.id AS id, aliases.name AS name, aliases.name COLLATE "C" AS exact
                  FROM public.aliases AS aliases
              ) AS __pgt_x WHERE __pgt_p.id = __pgt_x.id AND __pgt_p.name IS NOT DISTINCT FROM __pgt_x.name AND __pgt_p.exact COLLATE "C" IS NOT DISTINCT FROM __pgt_x.exact COLLATE "C")
              UNION ALL
              -- -w: the row gained its first match
              SELECT __pgt_p.__pgt_w * -1 AS __pgt_w, __pgt_p.id, __pgt_p.name, __pgt_p.exact
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM (
                SELECT aliases.id AS id, aliases.name AS name, aliases.name COLLATE "C" AS exact
                  FROM public.aliases AS aliases
              ) AS __pgt_x WHERE __pgt_p.id = __pgt_x.id AND __pgt_p.name IS NOT DISTINCT FROM __pgt_x.name AND __pgt_p.exact COLLATE "C" IS NOT DISTINCT FROM __pgt_x.exact COLLATE "C")
                 AND NOT EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_p.id = __pgt_x.id AND __pgt_p.name IS NOT DISTINCT FROM __pgt_x.name AND __pgt_p.exact COLLATE "C" IS NOT DISTINCT FROM __pgt_x.exact COLLATE "C")
                 AND NOT EXISTS (SELECT FROM (
                SELECT aliases.id AS id, aliases.name AS name, aliases.name COLLATE "C" AS exact
                  FROM public.aliases AS aliases
              ) AS __pgt_x
                              WHERE __pgt_p.id = __pgt_x.id AND __pgt_p.name IS NOT DISTINCT FROM __pgt_x.name AND __pgt_p.exact COLLATE "C" IS NOT DISTINCT FROM __pgt_x.exact COLLATE "C"
                                AND __pgt_x.id NOT IN (SELECT n.id FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
              UNION ALL
              -- +w: the row lost its last match
              SELECT __pgt_p.__pgt_w AS __pgt_w, __pgt_p.id, __pgt_p.name, __pgt_p.exact
                FROM __pgt_candidates AS __pgt_p
               WHERE NOT EXISTS (SELECT FROM (
                SELECT aliases.id AS id, aliases.name AS name, aliases.name COLLATE "C" AS exact
                  FROM public.aliases AS aliases
              ) AS __pgt_x WHERE __pgt_p.id = __pgt_x.id AND __pgt_p.name IS NOT DISTINCT FROM __pgt_x.name AND __pgt_p.exact COLLATE "C" IS NOT DISTINCT FROM __pgt_x.exact COLLATE "C")
                 AND EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_p.id = __pgt_x.id AND __pgt_p.name IS NOT DISTINCT FROM __pgt_x.name AND __pgt_p.exact COLLATE "C" IS NOT DISTINCT FROM __pgt_x.exact COLLATE "C")
            ),
            -- distinct: net change in the multiplicity of each row
            __pgt_net AS (
              SELECT d.id, d.name, d.exact, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_semi_join AS d
               GROUP BY d.id, d.name, d.exact
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- new multiplicity = stored multiplicity + change; a row stays while it is positive
            __pgt_apply AS (
              SELECT hash_record_extended(ROW(n.id, n.name, n.exact), 0) AS __pgt_row_id, n.id, n.name, n.exact, coalesce(s.__pgt_count, 0) + n.__pgt_w AS __pgt_count
                FROM __pgt_net AS n
                LEFT JOIN public.renamed_people AS s ON s.__pgt_row_id = hash_record_extended(ROW(n.id, n.name, n.exact), 0) AND s.id = n.id AND s.name IS NOT DISTINCT FROM n.name AND s.exact IS NOT DISTINCT FROM n.exact
            )
            MERGE INTO public.renamed_people AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.id = a.id AND s.name IS NOT DISTINCT FROM a.name AND s.exact IS NOT DISTINCT FROM a.exact
             WHEN MATCHED AND a.__pgt_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_count > 0 THEN INSERT (id, name, exact, __pgt_row_id, __pgt_count) VALUES (a.id, a.name, a.exact, a.__pgt_row_id, a.__pgt_count);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.aliases', 'public.people') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_c1686fc1653fee6f IS NOT NULL OR pg_trickle.children_layout('public.aliases'::regclass) IS NOT NULL OR __pgt_parts_f1b67da1e3c5901e IS NOT NULL OR pg_trickle.children_layout('public.people'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.aliases'::regclass, 'public.people'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.renamed_people') THEN
        DELETE FROM public.renamed_people;
    ELSE
        TRUNCATE public.renamed_people;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.aliases'), ('public.people')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.renamed_people' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.aliases'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.renamed_people' AND d.source_stable_name = 'public.aliases';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.people'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.renamed_people' AND d.source_stable_name = 'public.people';
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_f353f663e2ae987e ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT r.id, r.name, r.exact, hash_record_extended(ROW(r.id, r.name, r.exact), 0) AS __pgt_row_id, count(*) AS __pgt_count
                FROM (
                  SELECT __pgt_l.id, __pgt_l.name, __pgt_l.exact
                    FROM (
                    SELECT people.id AS id, people.name AS name, people.name COLLATE "C" AS exact
                      FROM public.people AS people
                  ) AS __pgt_l
                   WHERE NOT EXISTS (SELECT FROM (
                    SELECT aliases.id AS id, aliases.name AS name, aliases.name COLLATE "C" AS exact
                      FROM public.aliases AS aliases
                  ) AS __pgt_r WHERE __pgt_l.id = __pgt_r.id AND __pgt_l.name IS NOT DISTINCT FROM __pgt_r.name AND __pgt_l.exact COLLATE "C" IS NOT DISTINCT FROM __pgt_r.exact COLLATE "C")
                ) AS r
               GROUP BY r.id, r.name, r.exact
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_f353f663e2ae987e AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.aliases', __pgt_full_snapshot::text, 'public.people', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'renamed_people'
        ),
        __pgt_release_c1686fc1653fee6f AS (
            DELETE FROM pg_trickle_changes.changes_c1686fc1653fee6f AS c
             WHERE __pgt_small_c1686fc1653fee6f AND c.__pgt_xid < least(__pgt_bound_c1686fc1653fee6f, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_f1b67da1e3c5901e AS (
            DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
             WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.aliases' AND c.__pgt_xid < least(__pgt_bound_c1686fc1653fee6f, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'public.people' AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.renamed_people (id, name, exact, __pgt_row_id, __pgt_count)
        SELECT q.id, q.name, q.exact, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_f353f663e2ae987e AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_f353f663e2ae987e;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.aliases', pg_current_snapshot()::text, 'public.people', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'renamed_people'
    ),
    __pgt_release_c1686fc1653fee6f AS (
        DELETE FROM pg_trickle_changes.changes_c1686fc1653fee6f AS c
         WHERE __pgt_small_c1686fc1653fee6f AND c.__pgt_xid < least(__pgt_bound_c1686fc1653fee6f, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_f1b67da1e3c5901e AS (
        DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
         WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.aliases' AND c.__pgt_xid < least(__pgt_bound_c1686fc1653fee6f, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.people' AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.renamed_people (id, name, exact, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT r.id, r.name, r.exact, hash_record_extended(ROW(r.id, r.name, r.exact), 0) AS __pgt_row_id, count(*) AS __pgt_count
        FROM (
          SELECT __pgt_l.id, __pgt_l.name, __pgt_l.exact
            FROM (
            SELECT people.id AS id, people.name AS name, people.name COLLATE "C" AS exact
              FROM public.people AS people
          ) AS __pgt_l
           WHERE NOT EXISTS (SELECT FROM (
            SELECT aliases.id AS id, aliases.name AS name, aliases.name COLLATE "C" AS exact
              FROM public.aliases AS aliases
          ) AS __pgt_r WHERE __pgt_l.id = __pgt_r.id AND __pgt_l.name IS NOT DISTINCT FROM __pgt_r.name AND __pgt_l.exact COLLATE "C" IS NOT DISTINCT FROM __pgt_r.exact COLLATE "C")
        ) AS r
       GROUP BY r.id, r.name, r.exact
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.renamed_people', full => true);
ANALYZE public.renamed_people;

-- ========================================================================
-- create stream table public.unaliased_people
-- ========================================================================
-- trickle: stream table public.unaliased_people
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; each distinct row keeps a hidden count of its duplicates
--
-- defining query:
--   SELECT *, name COLLATE "C" AS exact FROM people EXCEPT SELECT * FROM aliases
--
-- operator tree:
--   distinct
--     anti join (NOT EXISTS) on id = sub.id AND name IS NOT DISTINCT FROM sub.name AND exact COLLATE "C" IS NOT DISTINCT FROM sub.exact COLLATE "C"
--       project id, name, name COLLATE "C" AS exact
--         scan public.people
--       project id, name, exact
--         scan public.aliases

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.unaliased_people WITH (fillfactor = 50) AS
  SELECT r.id, r.name, r.exact, hash_record_extended(ROW(r.id, r.name, r.exact), 0) AS __pgt_row_id, count(*) AS __pgt_count
    FROM (
      SELECT __pgt_l.id, __pgt_l.name, __pgt_l.exact
        FROM (
        SELECT people.id AS id, people.name AS name, people.name COLLATE "C" AS exact
          FROM public.people AS people
      ) AS __pgt_l
       WHERE NOT EXISTS (SELECT FROM (
        SELECT aliases.id AS id, aliases.name AS name, aliases.exact AS exact
          FROM public.aliases AS aliases
      ) AS __pgt_r WHERE __pgt_l.id = __pgt_r.id AND __pgt_l.name IS NOT DISTINCT FROM __pgt_r.name AND __pgt_l.exact COLLATE "C" IS NOT DISTINCT FROM __pgt_r.exact COLLATE "C")
    ) AS r
   GROUP BY r.id, r.name, r.exact
  WITH NO DATA;
ALTER TABLE public.unaliased_people ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_204282e6b9a79032 ON public.unaliased_people (__pgt_row_id);
COMMENT ON TABLE public.unaliased_people IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.unaliased_people'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'unaliased_people', 'public.unaliased_people', '204282e6b9a79032', 'SELECT *, name COLLATE "C" AS exact FROM people EXCEPT SELECT * FROM aliases', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'distinct', 'refresh_204282e6b9a79032', 33, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.unaliased_people';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.aliases', 'TABLE', true, ARRAY['id', 'name', 'exact']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.unaliased_people';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.people', 'TABLE', true, ARRAY['id', 'name']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.unaliased_people';

-- Refresh function, called by pg_trickle.refresh('public.unaliased_people').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_204282e6b9a79032(p_full boolean) RETURNS text
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
    __pgt_bound_c1686fc1653fee6f xid8;
    __pgt_small_c1686fc1653fee6f boolean;
    __pgt_bound_f1b67da1e3c5901e xid8;
    __pgt_small_f1b67da1e3c5901e boolean;
    __pgt_parts_c1686fc1653fee6f text;
    __pgt_parts_f1b67da1e3c5901e text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.aliases') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.aliases' AND d.consumes_changes AND r.stable_name <> 'public.unaliased_people'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c1686fc1653fee6f'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.people') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.people' AND d.consumes_changes AND r.stable_name <> 'public.unaliased_people'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_f1b67da1e3c5901e'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.aliases'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.people')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_c1686fc1653fee6f, __pgt_small_c1686fc1653fee6f, __pgt_bound_f1b67da1e3c5901e, __pgt_small_f1b67da1e3c5901e, __pgt_parts_c1686fc1653fee6f, __pgt_parts_f1b67da1e3c5901e
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.unaliased_people';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.aliases', 'public.people') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_c1686fc1653fee6f IS NOT NULL OR pg_trickle.children_layout('public.aliases'::regclass) IS NOT NULL OR __pgt_parts_f1b67da1e3c5901e IS NOT NULL OR pg_trickle.children_layout('public.people'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.aliases'::regclass, 'public.people'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c1686fc1653fee6f AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_c1686fc1653fee6f AS c
             WHERE __pgt_small_c1686fc1653fee6f AND c.__pgt_xid < least(__pgt_bound_c1686fc1653fee6f, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
             WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c1686fc1653fee6f'::regclass) > __pgt_full_ratio * pg_relation_size('public.aliases'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c1686fc1653fee6f AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.aliases'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.aliases', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_f1b67da1e3c5901e'::regclass) > __pgt_full_ratio * pg_relation_size('public.people'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.people'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.people', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.aliases', pg_current_snapshot()::text, 'public.people', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'unaliased_people'
            ),
            -- delete the changes of public.aliases that every reader has consumed
            __pgt_release_c1686fc1653fee6f AS (
              DELETE FROM pg_trickle_changes.changes_c1686fc1653fee6f AS c
               WHERE __pgt_small_c1686fc1653fee6f AND c.__pgt_xid < least(__pgt_bound_c1686fc1653fee6f, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.people that every reader has consumed
            __pgt_release_f1b67da1e3c5901e AS (
              DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
               WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.aliases: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_aliases AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.exact
                FROM pg_trickle_changes.changes_c1686fc1653fee6f AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d.name AS name, d.exact AS exact
                FROM delta_aliases AS d
            ),
            -- scan public.people: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_people AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name
                FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- project (linear): each changed row, projected
            delta_project_2 AS (
              SELECT d.__pgt_w, d.id AS id, d.name AS name, d.name COLLATE "C" AS exact
                FROM delta_people AS d
            ),
            -- anti join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, name, exact FROM (
                  SELECT people.id AS id, people.name AS name, people.name COLLATE "C" AS exact
                    FROM public.people AS people
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, id, name, exact FROM delta_project_2
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_project AS __pgt_x WHERE __pgt_p.id = __pgt_x.id AND __pgt_p.name IS NOT DISTINCT FROM __pgt_x.name AND __pgt_p.exact COLLATE "C" IS NOT DISTINCT FROM __pgt_x.exact COLLATE "C")
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x.id, __pgt_x.name, __pgt_x.exact, sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_project AS __pgt_x
               GROUP BY __pgt_x.id, __pgt_x.name, __pgt_x.exact
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- anti join (NOT EXISTS, NOT IN): the changed rows of the left side that match no row of the right,
            -- and the rows of the left side whose match on the right appeared or disappeared
            delta_semi_join AS (
              SELECT __pgt_p.__pgt_w, __pgt_p.id, __pgt_p.name, __pgt_p.exact
                FROM delta_project_2 AS __pgt_p
               WHERE NOT EXISTS (SELECT FROM (
                SELECT aliases.id AS id, aliases.name AS name, aliases.exact AS exact
                  FROM public.aliases AS aliases
              ) AS __pgt_x WHERE __pgt_p.id = __pgt_x.id AND __pgt_p.name IS NOT DISTINCT FROM __pgt_x.name AND __pgt_p.exact COLLATE "C" IS NOT DISTINCT FROM __pgt_x.exact COLLATE "C")
              UNION ALL
              -- -w: the row gained its first match
              SELECT __pgt_p.__pgt_w * -1 AS __pgt_w, __pgt_p.id, __pgt_p.name, __pgt_p.exact
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM (
                SELECT aliases.id AS id, aliases.name AS name, aliases.exact AS exact
                  FROM public.aliases AS aliases
              ) AS __pgt_x WHERE __pgt_p.id = __pgt_x.id AND __pgt_p.name IS NOT DISTINCT FROM __pgt_x.name AND __pgt_p.exact COLLATE "C" IS NOT DISTINCT FROM __pgt_x.exact COLLATE "C")
                 AND NOT EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_p.id = __pgt_x.id AND __pgt_p.name IS NOT DISTINCT FROM __pgt_x.name AND __pgt_p.exact COLLATE "C" IS NOT DISTINCT FROM __pgt_x.exact COLLATE "C")
                 AND NOT EXISTS (SELECT FROM (
                SELECT aliases.id AS id, aliases.name AS name, aliases.exact AS exact
                  FROM public.aliases AS aliases
              ) AS __pgt_x
                              WHERE __pgt_p.id = __pgt_x.id AND __pgt_p.name IS NOT DISTINCT FROM __pgt_x.name AND __pgt_p.exact COLLATE "C" IS NOT DISTINCT FROM __pgt_x.exact COLLATE "C"
                                AND __pgt_x.id NOT IN (SELECT n.id FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
              UNION ALL
              -- +w: the row lost its last match
              SELECT __pgt_p.__pgt_w AS __pgt_w, __pgt_p.id, __pgt_p.name, __pgt_p.exact
                FROM __pgt_candidates AS __pgt_p
               WHERE NOT EXISTS (SELECT FROM (
                SELECT aliases.id AS id, aliases.name AS name, aliases.exact AS exact
                  FROM public.aliases AS aliases
              ) AS __pgt_x WHERE __pgt_p.id = __pgt_x.id AND __pgt_p.name IS NOT DISTINCT FROM __pgt_x.name AND __pgt_p.exact COLLATE "C" IS NOT DISTINCT FROM __pgt_x.exact COLLATE "C")
                 AND EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_p.id = __pgt_x.id AND __pgt_p.name IS NOT DISTINCT FROM __pgt_x.name AND __pgt_p.exact COLLATE "C" IS NOT DISTINCT FROM __pgt_x.exact COLLATE "C")
            ),
            -- distinct: net change in the multiplicity of each row
            __pgt_net AS (
              SELECT d.id, d.name, d.exact, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_semi_join AS d
               GROUP BY d.id, d.name, d.exact
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- new multiplicity = stored multiplicity + change; a row stays while it is positive
            __pgt_apply AS (
              SELECT hash_record_extended(ROW(n.id, n.name, n.exact), 0) AS __pgt_row_id, n.id, n.name, n.exact, coalesce(s.__pgt_count, 0) + n.__pgt_w AS __pgt_count
                FROM __pgt_net AS n
                LEFT JOIN public.unaliased_people AS s ON s.__pgt_row_id = hash_record_extended(ROW(n.id, n.name, n.exact), 0) AND s.id = n.id AND s.name IS NOT DISTINCT FROM n.name AND s.exact IS NOT DISTINCT FROM n.exact
            )
            MERGE INTO public.unaliased_people AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.id = a.id AND s.name IS NOT DISTINCT FROM a.name AND s.exact IS NOT DISTINCT FROM a.exact
             WHEN MATCHED AND a.__pgt_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_count > 0 THEN INSERT (id, name, exact, __pgt_row_id, __pgt_count) VALUES (a.id, a.name, a.exact, a.__pgt_row_id, a.__pgt_count);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.aliases', 'public.people') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_c1686fc1653fee6f IS NOT NULL OR pg_trickle.children_layout('public.aliases'::regclass) IS NOT NULL OR __pgt_parts_f1b67da1e3c5901e IS NOT NULL OR pg_trickle.children_layout('public.people'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.aliases'::regclass, 'public.people'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.unaliased_people') THEN
        DELETE FROM public.unaliased_people;
    ELSE
        TRUNCATE public.unaliased_people;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.aliases'), ('public.people')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.unaliased_people' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.aliases'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.unaliased_people' AND d.source_stable_name = 'public.aliases';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.people'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.unaliased_people' AND d.source_stable_name = 'public.people';
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_204282e6b9a79032 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT r.id, r.name, r.exact, hash_record_extended(ROW(r.id, r.name, r.exact), 0) AS __pgt_row_id, count(*) AS __pgt_count
                FROM (
                  SELECT __pgt_l.id, __pgt_l.name, __pgt_l.exact
                    FROM (
                    SELECT people.id AS id, people.name AS name, people.name COLLATE "C" AS exact
                      FROM public.people AS people
                  ) AS __pgt_l
                   WHERE NOT EXISTS (SELECT FROM (
                    SELECT aliases.id AS id, aliases.name AS name, aliases.exact AS exact
                      FROM public.aliases AS aliases
                  ) AS __pgt_r WHERE __pgt_l.id = __pgt_r.id AND __pgt_l.name IS NOT DISTINCT FROM __pgt_r.name AND __pgt_l.exact COLLATE "C" IS NOT DISTINCT FROM __pgt_r.exact COLLATE "C")
                ) AS r
               GROUP BY r.id, r.name, r.exact
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_204282e6b9a79032 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.aliases', __pgt_full_snapshot::text, 'public.people', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'unaliased_people'
        ),
        __pgt_release_c1686fc1653fee6f AS (
            DELETE FROM pg_trickle_changes.changes_c1686fc1653fee6f AS c
             WHERE __pgt_small_c1686fc1653fee6f AND c.__pgt_xid < least(__pgt_bound_c1686fc1653fee6f, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_f1b67da1e3c5901e AS (
            DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
             WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.aliases' AND c.__pgt_xid < least(__pgt_bound_c1686fc1653fee6f, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'public.people' AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.unaliased_people (id, name, exact, __pgt_row_id, __pgt_count)
        SELECT q.id, q.name, q.exact, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_204282e6b9a79032 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_204282e6b9a79032;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.aliases', pg_current_snapshot()::text, 'public.people', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'unaliased_people'
    ),
    __pgt_release_c1686fc1653fee6f AS (
        DELETE FROM pg_trickle_changes.changes_c1686fc1653fee6f AS c
         WHERE __pgt_small_c1686fc1653fee6f AND c.__pgt_xid < least(__pgt_bound_c1686fc1653fee6f, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_f1b67da1e3c5901e AS (
        DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
         WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.aliases' AND c.__pgt_xid < least(__pgt_bound_c1686fc1653fee6f, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.people' AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.unaliased_people (id, name, exact, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT r.id, r.name, r.exact, hash_record_extended(ROW(r.id, r.name, r.exact), 0) AS __pgt_row_id, count(*) AS __pgt_count
        FROM (
          SELECT __pgt_l.id, __pgt_l.name, __pgt_l.exact
            FROM (
            SELECT people.id AS id, people.name AS name, people.name COLLATE "C" AS exact
              FROM public.people AS people
          ) AS __pgt_l
           WHERE NOT EXISTS (SELECT FROM (
            SELECT aliases.id AS id, aliases.name AS name, aliases.exact AS exact
              FROM public.aliases AS aliases
          ) AS __pgt_r WHERE __pgt_l.id = __pgt_r.id AND __pgt_l.name IS NOT DISTINCT FROM __pgt_r.name AND __pgt_l.exact COLLATE "C" IS NOT DISTINCT FROM __pgt_r.exact COLLATE "C")
        ) AS r
       GROUP BY r.id, r.name, r.exact
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.unaliased_people', full => true);
ANALYZE public.unaliased_people;

-- ========================================================================
-- create stream table public.unmatched_nicknames
-- ========================================================================
-- trickle: stream table public.unmatched_nicknames
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; each distinct row keeps a hidden count of its duplicates
--
-- defining query:
--   SELECT name COLLATE "C" AS nm FROM nicknames EXCEPT SELECT name FROM people
--
-- operator tree:
--   distinct
--     anti join (NOT EXISTS) on nm COLLATE "C" IS NOT DISTINCT FROM sub.nm COLLATE "C"
--       project name COLLATE "C" AS nm
--         scan public.nicknames
--       project name COLLATE "C" AS nm
--         scan public.people

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.unmatched_nicknames WITH (fillfactor = 50) AS
  SELECT r.nm, hash_record_extended(ROW(r.nm), 0) AS __pgt_row_id, count(*) AS __pgt_count
    FROM (
      SELECT __pgt_l.nm
        FROM (
        SELECT nicknames.name COLLATE "C" AS nm
          FROM public.nicknames AS nicknames
      ) AS __pgt_l
       WHERE NOT EXISTS (SELECT FROM (
        SELECT people.name COLLATE "C" AS nm
          FROM public.people AS people
      ) AS __pgt_r WHERE __pgt_l.nm COLLATE "C" IS NOT DISTINCT FROM __pgt_r.nm COLLATE "C")
    ) AS r
   GROUP BY r.nm
  WITH NO DATA;
ALTER TABLE public.unmatched_nicknames ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_f1e390970fa2f2a1 ON public.unmatched_nicknames (__pgt_row_id);
COMMENT ON TABLE public.unmatched_nicknames IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.unmatched_nicknames'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'unmatched_nicknames', 'public.unmatched_nicknames', 'f1e390970fa2f2a1', 'SELECT name COLLATE "C" AS nm FROM nicknames EXCEPT SELECT name FROM people', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'distinct', 'refresh_f1e390970fa2f2a1', 34, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.unmatched_nicknames';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.nicknames', 'TABLE', true, ARRAY['name', 'v']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.unmatched_nicknames';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.people', 'TABLE', true, ARRAY['id', 'name']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.unmatched_nicknames';

-- Refresh function, called by pg_trickle.refresh('public.unmatched_nicknames').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_f1e390970fa2f2a1(p_full boolean) RETURNS text
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
    __pgt_bound_136a4511eaa4cbf8 xid8;
    __pgt_small_136a4511eaa4cbf8 boolean;
    __pgt_bound_f1b67da1e3c5901e xid8;
    __pgt_small_f1b67da1e3c5901e boolean;
    __pgt_parts_136a4511eaa4cbf8 text;
    __pgt_parts_f1b67da1e3c5901e text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.nicknames') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.nicknames' AND d.consumes_changes AND r.stable_name <> 'public.unmatched_nicknames'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_136a4511eaa4cbf8'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.people') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.people' AND d.consumes_changes AND r.stable_name <> 'public.unmatched_nicknames'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_f1b67da1e3c5901e'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.nicknames'),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'public.people')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_136a4511eaa4cbf8, __pgt_small_136a4511eaa4cbf8, __pgt_bound_f1b67da1e3c5901e, __pgt_small_f1b67da1e3c5901e, __pgt_parts_136a4511eaa4cbf8, __pgt_parts_f1b67da1e3c5901e
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.unmatched_nicknames';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.nicknames', 'public.people') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_136a4511eaa4cbf8 IS NOT NULL OR pg_trickle.children_layout('public.nicknames'::regclass) IS NOT NULL OR __pgt_parts_f1b67da1e3c5901e IS NOT NULL OR pg_trickle.children_layout('public.people'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.nicknames'::regclass, 'public.people'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
             WHERE __pgt_small_136a4511eaa4cbf8 AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
             WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_136a4511eaa4cbf8'::regclass) > __pgt_full_ratio * pg_relation_size('public.nicknames'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.nicknames'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.nicknames', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_f1b67da1e3c5901e'::regclass) > __pgt_full_ratio * pg_relation_size('public.people'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.people'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.people', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.nicknames', pg_current_snapshot()::text, 'public.people', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'unmatched_nicknames'
            ),
            -- delete the changes of public.nicknames that every reader has consumed
            __pgt_release_136a4511eaa4cbf8 AS (
              DELETE FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
               WHERE __pgt_small_136a4511eaa4cbf8 AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.people that every reader has consumed
            __pgt_release_f1b67da1e3c5901e AS (
              DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
               WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.people: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_people AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name
                FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.name COLLATE "C" AS nm
                FROM delta_people AS d
            ),
            -- scan public.nicknames: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_nicknames AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.name, c.v
                FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- project (linear): each changed row, projected
            delta_project_2 AS (
              SELECT d.__pgt_w, d.name COLLATE "C" AS nm
                FROM delta_nicknames AS d
            ),
            -- anti join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, nm FROM (
                  SELECT nicknames.name COLLATE "C" AS nm
                    FROM public.nicknames AS nicknames
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, nm FROM delta_project_2
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_project AS __pgt_x WHERE __pgt_p.nm COLLATE "C" IS NOT DISTINCT FROM __pgt_x.nm COLLATE "C")
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN (
                SELECT people.name COLLATE "C" AS nm
                  FROM public.people AS people
              ) AS __pgt_x ON __pgt_p.nm COLLATE "C" IS NOT DISTINCT FROM __pgt_x.nm COLLATE "C"
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN delta_project AS __pgt_x ON __pgt_p.nm COLLATE "C" IS NOT DISTINCT FROM __pgt_x.nm COLLATE "C"
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- anti join (NOT EXISTS, NOT IN): the changed rows of the left side that match no row of the right,
            -- and the rows of the left side whose match on the right appeared or disappeared
            delta_semi_join AS (
              SELECT __pgt_p.__pgt_w, __pgt_p.nm
                FROM delta_project_2 AS __pgt_p
               WHERE NOT EXISTS (SELECT FROM (
                SELECT people.name COLLATE "C" AS nm
                  FROM public.people AS people
              ) AS __pgt_x WHERE __pgt_p.nm COLLATE "C" IS NOT DISTINCT FROM __pgt_x.nm COLLATE "C")
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p.nm
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matches_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- distinct: net change in the multiplicity of each row
            __pgt_net AS (
              SELECT d.nm, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_semi_join AS d
               GROUP BY d.nm
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- new multiplicity = stored multiplicity + change; a row stays while it is positive
            __pgt_apply AS (
              SELECT hash_record_extended(ROW(n.nm), 0) AS __pgt_row_id, n.nm, coalesce(s.__pgt_count, 0) + n.__pgt_w AS __pgt_count
                FROM __pgt_net AS n
                LEFT JOIN public.unmatched_nicknames AS s ON s.__pgt_row_id = hash_record_extended(ROW(n.nm), 0) AND s.nm IS NOT DISTINCT FROM n.nm
            )
            MERGE INTO public.unmatched_nicknames AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.nm IS NOT DISTINCT FROM a.nm
             WHEN MATCHED AND a.__pgt_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_count > 0 THEN INSERT (nm, __pgt_row_id, __pgt_count) VALUES (a.nm, a.__pgt_row_id, a.__pgt_count);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.nicknames', 'public.people') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_136a4511eaa4cbf8 IS NOT NULL OR pg_trickle.children_layout('public.nicknames'::regclass) IS NOT NULL OR __pgt_parts_f1b67da1e3c5901e IS NOT NULL OR pg_trickle.children_layout('public.people'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('public.nicknames'::regclass, 'public.people'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.unmatched_nicknames') THEN
        DELETE FROM public.unmatched_nicknames;
    ELSE
        TRUNCATE public.unmatched_nicknames;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.nicknames'), ('public.people')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.unmatched_nicknames' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.nicknames'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.unmatched_nicknames' AND d.source_stable_name = 'public.nicknames';
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('public.people'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'public.unmatched_nicknames' AND d.source_stable_name = 'public.people';
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_f1e390970fa2f2a1 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT r.nm, hash_record_extended(ROW(r.nm), 0) AS __pgt_row_id, count(*) AS __pgt_count
                FROM (
                  SELECT __pgt_l.nm
                    FROM (
                    SELECT nicknames.name COLLATE "C" AS nm
                      FROM public.nicknames AS nicknames
                  ) AS __pgt_l
                   WHERE NOT EXISTS (SELECT FROM (
                    SELECT people.name COLLATE "C" AS nm
                      FROM public.people AS people
                  ) AS __pgt_r WHERE __pgt_l.nm COLLATE "C" IS NOT DISTINCT FROM __pgt_r.nm COLLATE "C")
                ) AS r
               GROUP BY r.nm
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_f1e390970fa2f2a1 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.nicknames', __pgt_full_snapshot::text, 'public.people', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'unmatched_nicknames'
        ),
        __pgt_release_136a4511eaa4cbf8 AS (
            DELETE FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
             WHERE __pgt_small_136a4511eaa4cbf8 AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_f1b67da1e3c5901e AS (
            DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
             WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.nicknames' AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'public.people' AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.unmatched_nicknames (nm, __pgt_row_id, __pgt_count)
        SELECT q.nm, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_f1e390970fa2f2a1 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_f1e390970fa2f2a1;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.nicknames', pg_current_snapshot()::text, 'public.people', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'unmatched_nicknames'
    ),
    __pgt_release_136a4511eaa4cbf8 AS (
        DELETE FROM pg_trickle_changes.changes_136a4511eaa4cbf8 AS c
         WHERE __pgt_small_136a4511eaa4cbf8 AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_f1b67da1e3c5901e AS (
        DELETE FROM pg_trickle_changes.changes_f1b67da1e3c5901e AS c
         WHERE __pgt_small_f1b67da1e3c5901e AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.nicknames' AND c.__pgt_xid < least(__pgt_bound_136a4511eaa4cbf8, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.people' AND c.__pgt_xid < least(__pgt_bound_f1b67da1e3c5901e, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.unmatched_nicknames (nm, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT r.nm, hash_record_extended(ROW(r.nm), 0) AS __pgt_row_id, count(*) AS __pgt_count
        FROM (
          SELECT __pgt_l.nm
            FROM (
            SELECT nicknames.name COLLATE "C" AS nm
              FROM public.nicknames AS nicknames
          ) AS __pgt_l
           WHERE NOT EXISTS (SELECT FROM (
            SELECT people.name COLLATE "C" AS nm
              FROM public.people AS people
          ) AS __pgt_r WHERE __pgt_l.nm COLLATE "C" IS NOT DISTINCT FROM __pgt_r.nm COLLATE "C")
        ) AS r
       GROUP BY r.nm
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.unmatched_nicknames', full => true);
ANALYZE public.unmatched_nicknames;

-- ========================================================================
-- refresh order (dependencies first)
-- ========================================================================
UPDATE pg_trickle.pgt_stream_tables
   SET refresh_order = CASE stable_name
                         WHEN 'Sales.All Refs' THEN 0
                         WHEN 'Sales.Checked Qty' THEN 1
                         WHEN 'Sales.Item Totals' THEN 2
                         WHEN 'Sales.Qty By Region' THEN 3
                         WHEN 'Sales.Unit Shares' THEN 4
                         WHEN 'Sales.order' THEN 5
                         WHEN 'audit.failures' THEN 6
                         WHEN 'audit.login_badges' THEN 7
                         WHEN 'audit.open_sessions' THEN 8
                         WHEN 'public.Customer Items' THEN 9
                         WHEN 'public.Tagged Items' THEN 10
                         WHEN 'public.code_counts' THEN 11
                         WHEN 'public.code_labels' THEN 12
                         WHEN 'public.code_matches' THEN 13
                         WHEN 'public.code_totals' THEN 14
                         WHEN 'public.customer_item_counts' THEN 15
                         WHEN 'public.event_kinds' THEN 16
                         WHEN 'public.event_payload_tags' THEN 17
                         WHEN 'public.event_rows' THEN 18
                         WHEN 'public.event_stats' THEN 19
                         WHEN 'public.event_tag_values' THEN 20
                         WHEN 'public.every_name' THEN 21
                         WHEN 'public.has_nickname' THEN 22
                         WHEN 'public.login_counts' THEN 23
                         WHEN 'public.matched_nicknames' THEN 24
                         WHEN 'public.nickname_counts' THEN 25
                         WHEN 'public.nickname_extremes' THEN 26
                         WHEN 'public.nickname_groups' THEN 27
                         WHEN 'public.nickname_totals' THEN 28
                         WHEN 'public.nickname_values' THEN 29
                         WHEN 'public.plain_name_counts' THEN 30
                         WHEN 'public.qty_halves' THEN 31
                         WHEN 'public.renamed_people' THEN 32
                         WHEN 'public.unaliased_people' THEN 33
                         WHEN 'public.unmatched_nicknames' THEN 34
                         ELSE refresh_order END
 WHERE stable_name IN ('Sales.All Refs', 'Sales.Checked Qty', 'Sales.Item Totals', 'Sales.Qty By Region', 'Sales.Unit Shares', 'Sales.order', 'audit.failures', 'audit.login_badges', 'audit.open_sessions', 'public.Customer Items', 'public.Tagged Items', 'public.code_counts', 'public.code_labels', 'public.code_matches', 'public.code_totals', 'public.customer_item_counts', 'public.event_kinds', 'public.event_payload_tags', 'public.event_rows', 'public.event_stats', 'public.event_tag_values', 'public.every_name', 'public.has_nickname', 'public.login_counts', 'public.matched_nicknames', 'public.nickname_counts', 'public.nickname_extremes', 'public.nickname_groups', 'public.nickname_totals', 'public.nickname_values', 'public.plain_name_counts', 'public.qty_halves', 'public.renamed_people', 'public.unaliased_people', 'public.unmatched_nicknames');

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

CALL pg_trickle.end_migration('edge', 1, 'initial');

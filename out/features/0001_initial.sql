-- trickle migration 0001_initial of project features
--
-- Changes:
--   create the pg_trickle catalog (if missing)
--   create stream table public.big_events
--   create stream table public.busy_buildings
--   create stream table public.by_year
--   create stream table public.dept_buildings
--   create stream table public.dept_documents
--   create stream table public.dept_event_kinds
--   create stream table public.dept_event_points
--   create stream table public.dept_headcount
--   create stream table public.dept_names
--   create stream table public.dept_newest_hire
--   create stream table public.dept_people
--   create stream table public.dept_salaries
--   create stream table public.dept_stats
--   create stream table public.employee_buildings
--   create stream table public.employee_event_totals
--   create stream table public.event_cube
--   create stream table public.event_kind_labels
--   create stream table public.event_kinds
--   create stream table public.event_managers
--   create stream table public.event_owners
--   create stream table public.event_scores
--   create stream table public.event_shares
--   create stream table public.event_totals
--   create stream table public.first_hires
--   create stream table public.grid
--   create stream table public.kinds_of_managers
--   create stream table public.managers
--   create stream table public.payroll_rollup
--   create stream table public.points_by_employee
--   create stream table public.quiet_depts
--   create stream table public.reporting_lines
--   create stream table public.reports
--   create stream table public.salary_bands
--   create stream table public.salary_ranks
--   create stream table public.team_heads
--   create stream table public.top_earners
--   capture changes of public.events
--   capture changes of public.depts
--   capture changes of public.employees
--
-- Apply with: psql -v ON_ERROR_STOP=1 -1 -f FILE. It records itself in pg_trickle.pgt_migrations
-- and refuses to run twice or out of order.

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
    -- partition changes rows without firing the capture triggers, but changes this.
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
--   'interval': never refreshed, or at >= last_refresh + schedule_interval;
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
            OR COALESCE(at >= last_refresh + schedule_interval, false)
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
-- so that the lock lasts only until the commit that follows.
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
    IF buffer IS NULL OR NOT pg_trickle.is_large_buffer(buffer) THEN
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
    IF pg_catalog.transaction_timestamp() = pg_catalog.statement_timestamp() THEN
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
    op text;
    v name;
BEGIN
    FOR t IN
        SELECT * FROM pg_trickle.pgt_change_tracking c
         WHERE NOT EXISTS (SELECT 1 FROM pg_trickle.pgt_dependencies d
                            WHERE d.source_stable_name = c.source_stable_name AND d.consumes_changes)
         ORDER BY c.source_stable_name
    LOOP
        IF pg_catalog.to_regclass(pg_catalog.format('%I.%I', t.source_schema, t.source_table)) IS NOT NULL THEN
            -- Citus drops the triggers of a reference table only when allowed to.
            PERFORM pg_catalog.set_config('citus.enable_unsafe_triggers', 'on', true);
            FOREACH op IN ARRAY ARRAY['ins', 'upd', 'del', 'trunc'] LOOP
                EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS %I ON %I.%I',
                                          'pg_trickle_cdc_' || op || '_' || t.stable_hash, t.source_schema, t.source_table);
            END LOOP;
        END IF;
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
        CONTINUE WHEN consumed_by_all IS NULL OR unready;
        EXECUTE pg_catalog.format('DELETE FROM %I.%I AS c WHERE %s', t.buffer_schema, t.buffer_table, consumed_by_all);
        EXECUTE pg_catalog.format('DELETE FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name = $1 AND %s', consumed_by_all)
          USING t.source_stable_name;
    END LOOP;
END
$pgt$;

CALL pg_trickle.begin_migration('features', 1, 'initial');

-- ========================================================================
-- capture changes of public.depts
-- ========================================================================
-- trickle: change capture for public.depts (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_32c396150591602e: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_32c396150591602e AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.dept, s.building
  FROM public.depts AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_32c396150591602e
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_32c396150591602e IS 'trickle: changes of public.depts';
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.depts')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_32c396150591602e() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_32c396150591602e (__pgt_action, dept, building)
        SELECT 'I', n.dept, n.building FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_32c396150591602e (__pgt_action, dept, building)
        SELECT 'D', o.dept, o.building FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.dept, n.building FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_32c396150591602e (__pgt_action, dept, building)
        SELECT 'D', o.dept, o.building FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.depts');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_32c396150591602e AFTER INSERT ON public.depts
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_32c396150591602e();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_32c396150591602e AFTER UPDATE ON public.depts
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_32c396150591602e();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_32c396150591602e AFTER DELETE ON public.depts
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_32c396150591602e();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_32c396150591602e AFTER TRUNCATE ON public.depts
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_32c396150591602e();

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.depts', 'public', 'depts', '32c396150591602e', 'pg_trickle_changes', 'changes_32c396150591602e', 'pg_trickle_cdc_fn_32c396150591602e', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of public.employees
-- ========================================================================
-- trickle: change capture for public.employees (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_24b8ec7eddb0e27d: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_24b8ec7eddb0e27d AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.id, s.name, s.manager, s.dept, s.salary, s.bonus, s.hired
  FROM public.employees AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_24b8ec7eddb0e27d
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_24b8ec7eddb0e27d IS 'trickle: changes of public.employees';
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.employees')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_24b8ec7eddb0e27d() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_24b8ec7eddb0e27d (__pgt_action, id, name, manager, dept, salary, bonus, hired)
        SELECT 'I', n.id, n.name, n.manager, n.dept, n.salary, n.bonus, n.hired FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_24b8ec7eddb0e27d (__pgt_action, id, name, manager, dept, salary, bonus, hired)
        SELECT 'D', o.id, o.name, o.manager, o.dept, o.salary, o.bonus, o.hired FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.id, n.name, n.manager, n.dept, n.salary, n.bonus, n.hired FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_24b8ec7eddb0e27d (__pgt_action, id, name, manager, dept, salary, bonus, hired)
        SELECT 'D', o.id, o.name, o.manager, o.dept, o.salary, o.bonus, o.hired FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.employees');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_24b8ec7eddb0e27d AFTER INSERT ON public.employees
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_24b8ec7eddb0e27d();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_24b8ec7eddb0e27d AFTER UPDATE ON public.employees
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_24b8ec7eddb0e27d();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_24b8ec7eddb0e27d AFTER DELETE ON public.employees
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_24b8ec7eddb0e27d();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_24b8ec7eddb0e27d AFTER TRUNCATE ON public.employees
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_24b8ec7eddb0e27d();

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.employees', 'public', 'employees', '24b8ec7eddb0e27d', 'pg_trickle_changes', 'changes_24b8ec7eddb0e27d', 'pg_trickle_cdc_fn_24b8ec7eddb0e27d', 'local')
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
       s.employee, s.kind, s.points
  FROM public.events AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_c63077dab724f8f8
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_c63077dab724f8f8 IS 'trickle: changes of public.events';
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
        INSERT INTO pg_trickle_changes.changes_c63077dab724f8f8 (__pgt_action, employee, kind, points)
        SELECT 'I', n.employee, n.kind, n.points FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_c63077dab724f8f8 (__pgt_action, employee, kind, points)
        SELECT 'D', o.employee, o.kind, o.points FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.employee, n.kind, n.points FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_c63077dab724f8f8 (__pgt_action, employee, kind, points)
        SELECT 'D', o.employee, o.kind, o.points FROM __pgt_old AS o;
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

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.events', 'public', 'events', 'c63077dab724f8f8', 'pg_trickle_changes', 'changes_c63077dab724f8f8', 'pg_trickle_cdc_fn_c63077dab724f8f8', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- create stream table public.big_events
-- ========================================================================
-- trickle: stream table public.big_events
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT ev.employee, ev.kind, ev.points * 2 AS doubled FROM events AS ev WHERE ev.points >= 0
--
-- operator tree:
--   project employee, kind, points * 2 AS doubled
--     filter points >= 0
--       scan public.events AS ev

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.big_events AS
  SELECT r.employee, r.kind, r.doubled, hash_record_extended(ROW(r.employee, r.kind, r.doubled), 0) AS __pgt_row_id
    FROM (
      SELECT i.employee AS employee, i.kind AS kind, i.points * 2 AS doubled
        FROM (
        SELECT ev.employee, ev.kind, ev.points
          FROM public.events AS ev
         WHERE ev.points >= 0
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.big_events ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_670c84e956b81cf4 ON public.big_events (__pgt_row_id);
COMMENT ON TABLE public.big_events IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.big_events'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'big_events', 'public.big_events', '670c84e956b81cf4', 'SELECT ev.employee, ev.kind, ev.points * 2 AS doubled FROM events AS ev WHERE ev.points >= 0', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_670c84e956b81cf4', 0, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['employee', 'kind', 'points']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.big_events';

-- Refresh function, called by pg_trickle.refresh('public.big_events').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_670c84e956b81cf4(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
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
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.events' AND d.consumes_changes AND r.stable_name <> 'public.big_events'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c63077dab724f8f8'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_c63077dab724f8f8, __pgt_small_c63077dab724f8f8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.big_events';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c63077dab724f8f8'::regclass) > __pgt_full_ratio * pg_relation_size('public.events'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.events'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.events', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.events', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'big_events'
            ),
            -- delete the changes of public.events that every reader has consumed
            __pgt_release_c63077dab724f8f8 AS (
              DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_events AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.employee, c.kind, c.points
                FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy points >= 0
            delta_filter AS (
              SELECT d.__pgt_w, d.employee, d.kind, d.points
                FROM delta_events AS d
               WHERE d.points >= 0
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.employee AS employee, d.kind AS kind, d.points * 2 AS doubled
                FROM delta_filter AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.employee, d.kind, d.doubled, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.employee, d.kind, d.doubled
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.big_events AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.big_events AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.employee, n.kind, n.doubled), 0) AND t.employee IS NOT DISTINCT FROM n.employee AND t.kind IS NOT DISTINCT FROM n.kind AND t.doubled IS NOT DISTINCT FROM n.doubled
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.big_events (employee, kind, doubled, __pgt_row_id)
            SELECT n.employee, n.kind, n.doubled, hash_record_extended(ROW(n.employee, n.kind, n.doubled), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.big_events') THEN
        DELETE FROM public.big_events;
    ELSE
        TRUNCATE public.big_events;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.events')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.big_events' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.events', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'big_events'
    ),
    __pgt_release_c63077dab724f8f8 AS (
        DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
         WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.big_events (employee, kind, doubled, __pgt_row_id)
    SELECT * FROM (
      SELECT r.employee, r.kind, r.doubled, hash_record_extended(ROW(r.employee, r.kind, r.doubled), 0) AS __pgt_row_id
        FROM (
          SELECT i.employee AS employee, i.kind AS kind, i.points * 2 AS doubled
            FROM (
            SELECT ev.employee, ev.kind, ev.points
              FROM public.events AS ev
             WHERE ev.points >= 0
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.big_events', full => true);
ANALYZE public.big_events;

-- ========================================================================
-- create stream table public.busy_buildings
-- ========================================================================
-- trickle: stream table public.busy_buildings
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT v.building, sum(v.staff) AS staff, count(*) AS depts FROM hr.staffed_depts AS v WHERE v.staff > 0 GROUP BY v.building
--
-- operator tree:
--   project __pgt_g0 AS building, __pgt_a0 AS staff, __pgt_a1 AS depts
--     aggregate sum(v.staff), count(*) group by building
--       filter staff > 0
--         project __pgt_g0 AS dept, __pgt_g1 AS building, __pgt_a0 AS staff
--           aggregate count(e.id) group by d_dept, building
--             left outer join on e_dept = d_dept
--               scan public.depts AS d
--               scan public.employees AS e

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_0).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.busy_buildings WITH (fillfactor = 50) AS
  SELECT i.building AS building,
         sum(i.staff) AS staff,
         count(*) AS depts,
         coalesce(hashtextextended(i.building, 0), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i.staff) AS __pgt_nonnull_0
    FROM (
      SELECT i.dept, i.building, i.staff
        FROM (
        SELECT i.__pgt_g0 AS dept, i.__pgt_g1 AS building, i.__pgt_a0 AS staff
          FROM (
          SELECT i.d_dept AS __pgt_g0, i.building AS __pgt_g1, count(i.id) AS __pgt_a0
            FROM (
            SELECT d.dept AS d_dept, d.building AS building, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
              FROM public.depts AS d
              LEFT JOIN public.employees AS e ON e.dept = d.dept
          ) AS i
           GROUP BY i.d_dept, i.building
        ) AS i
      ) AS i
       WHERE i.staff > 0
    ) AS i
   GROUP BY i.building
  WITH NO DATA;
ALTER TABLE public.busy_buildings ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_c0375c4a581c04cb ON public.busy_buildings (__pgt_row_id);
COMMENT ON TABLE public.busy_buildings IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.busy_buildings'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'busy_buildings', 'public.busy_buildings', 'c0375c4a581c04cb', 'SELECT v.building, sum(v.staff) AS staff, count(*) AS depts FROM hr.staffed_depts AS v WHERE v.staff > 0 GROUP BY v.building', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_c0375c4a581c04cb', 1, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.busy_buildings';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.depts', 'TABLE', true, ARRAY['dept', 'building']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.busy_buildings';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.busy_buildings';

-- Refresh function, called by pg_trickle.refresh('public.busy_buildings').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_c0375c4a581c04cb(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_full_snapshot pg_snapshot;
    __pgt_bound_32c396150591602e xid8;
    __pgt_small_32c396150591602e boolean;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.depts' AND d.consumes_changes AND r.stable_name <> 'public.busy_buildings'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_32c396150591602e'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.busy_buildings'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_32c396150591602e, __pgt_small_32c396150591602e, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.busy_buildings';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
             WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_32c396150591602e'::regclass) > __pgt_full_ratio * pg_relation_size('public.depts'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.depts'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.depts', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.employees', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'busy_buildings'
            ),
            -- delete the changes of public.depts that every reader has consumed
            __pgt_release_32c396150591602e AS (
              DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.depts: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_depts AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.dept, c.building
                FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, dept, building FROM public.depts
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.dept, c.building FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_employees AS __pgt_x WHERE __pgt_x.dept = __pgt_p.dept)
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x.id, __pgt_x.dept, sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_employees AS __pgt_x
               GROUP BY __pgt_x.id, __pgt_x.dept
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- the candidates that match a row of the other side now
            __pgt_matched_now AS (
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM public.employees AS __pgt_x WHERE __pgt_x.dept = __pgt_p.dept)
            ),
            -- the candidates that matched a row of the other side before: a row deleted since, or one there now that was not inserted since
            __pgt_matched_before AS (
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.dept = __pgt_p.dept)
              UNION
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM public.employees AS __pgt_x
                              WHERE __pgt_x.dept = __pgt_p.dept
                                AND __pgt_x.id NOT IN (SELECT n.id FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT d.__pgt_w * e.__pgt_w AS __pgt_w, d.dept AS d_dept, d.building AS building, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                FROM delta_depts AS d,
                     (
                SELECT 1 AS __pgt_w, id, name, manager, dept, salary, bonus, hired FROM public.employees
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS e
               WHERE e.dept = d.dept
              UNION ALL
              SELECT e.__pgt_w AS __pgt_w, d.dept AS d_dept, d.building AS building, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                FROM public.depts AS d,
                     delta_employees AS e
               WHERE e.dept = d.dept
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.dept AS d_dept, __pgt_p.building AS building, __pgt_pad.id AS id, __pgt_pad.name AS name, __pgt_pad.manager AS manager, __pgt_pad.dept AS e_dept, __pgt_pad.salary AS salary, __pgt_pad.bonus AS bonus, __pgt_pad.hired AS hired
                FROM delta_depts AS __pgt_p
                LEFT JOIN public.employees AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM public.employees AS __pgt_x WHERE __pgt_x.dept = __pgt_p.dept)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((__pgt_xbefore.__pgt_rn IS NOT NULL)::int - (__pgt_xnow.__pgt_rn IS NOT NULL)::int) AS __pgt_w,
                       __pgt_p.dept AS d_dept, __pgt_p.building AS building, __pgt_pad.id AS id, __pgt_pad.name AS name, __pgt_pad.manager AS manager, __pgt_pad.dept AS e_dept, __pgt_pad.salary AS salary, __pgt_pad.bonus AS bonus, __pgt_pad.hired AS hired
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matched_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matched_before AS __pgt_xbefore ON __pgt_xbefore.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN public.employees AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- aggregate in a subquery: the groups its input's changes touch
            __pgt_changed_groups AS (
              SELECT DISTINCT d.d_dept AS __pgt_g0, d.building AS __pgt_g1
                FROM delta_outer_join AS d
            ),
            -- aggregate in a subquery: the touched groups' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r.d_dept, r.building, r.id, r.name, r.manager, r.e_dept, r.salary, r.bonus, r.hired
                FROM (SELECT u.d_dept, u.building, u.id, u.name, u.manager, u.e_dept, u.salary, u.bonus, u.hired, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.d_dept, c.building, c.id, c.name, c.manager, c.e_dept, c.salary, c.bonus, c.hired FROM (
                          SELECT c.d_dept, c.building, c.id, c.name, c.manager, c.e_dept, c.salary, c.bonus, c.hired
                            FROM (
                            SELECT d.dept AS d_dept, d.building AS building, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                              FROM public.depts AS d
                              LEFT JOIN public.employees AS e ON e.dept = d.dept
                          ) AS c
                            JOIN __pgt_changed_groups AS k ON c.d_dept = k.__pgt_g0 AND c.building IS NOT DISTINCT FROM k.__pgt_g1
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.d_dept, d.building, d.id, d.name, d.manager, d.e_dept, d.salary, d.bonus, d.hired FROM delta_outer_join AS d) AS u
                       GROUP BY u.d_dept, u.building, u.id, u.name, u.manager, u.e_dept, u.salary, u.bonus, u.hired
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was
            delta_aggregate AS (
              SELECT 1 AS __pgt_w, i.d_dept AS __pgt_g0, i.building AS __pgt_g1, count(i.id) AS __pgt_a0
                FROM (
                  SELECT c.d_dept, c.building, c.id, c.name, c.manager, c.e_dept, c.salary, c.bonus, c.hired
                    FROM (
                    SELECT d.dept AS d_dept, d.building AS building, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                      FROM public.depts AS d
                      LEFT JOIN public.employees AS e ON e.dept = d.dept
                  ) AS c
                    JOIN __pgt_changed_groups AS k ON c.d_dept = k.__pgt_g0 AND c.building IS NOT DISTINCT FROM k.__pgt_g1
                ) AS i
               GROUP BY i.d_dept, i.building
              UNION ALL
              SELECT -1, i.d_dept AS __pgt_g0, i.building AS __pgt_g1, count(i.id) AS __pgt_a0
                FROM __pgt_group_rows_before AS i
               GROUP BY i.d_dept, i.building
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.__pgt_g0 AS dept, d.__pgt_g1 AS building, d.__pgt_a0 AS staff
                FROM delta_aggregate AS d
            ),
            -- filter (linear): changes of its input that satisfy staff > 0
            delta_filter AS (
              SELECT d.__pgt_w, d.dept, d.building, d.staff
                FROM delta_project AS d
               WHERE d.staff > 0
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.building AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.staff IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_0,
                     CASE WHEN sum(d.staff) FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(d.staff) FILTER (WHERE d.__pgt_w > 0) WHEN sum(d.staff) FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(d.staff) FILTER (WHERE d.__pgt_w < 0)) ELSE sum(d.staff) FILTER (WHERE d.__pgt_w > 0) - sum(d.staff) FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_1
                FROM delta_filter AS d
               GROUP BY d.building
            )
            MERGE INTO public.busy_buildings AS s
            USING __pgt_delta_groups AS g
               ON s.__pgt_row_id = coalesce(hashtextextended(g.__pgt_g0, 0), 0) AND s.building IS NOT DISTINCT FROM g.__pgt_g0
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          building = g.__pgt_g0,
                          staff = CASE WHEN s.__pgt_nonnull_0 + g.__pgt_d_nonnull_0 = 0 THEN NULL WHEN s.staff IS NULL THEN g.__pgt_d_value_0 WHEN g.__pgt_d_value_0 IS NULL THEN s.staff ELSE s.staff + g.__pgt_d_value_0 END,
                          depts = coalesce(s.depts, 0) + g.__pgt_d_value_1,
                          __pgt_count = s.__pgt_count + g.__pgt_d_count,
                          __pgt_nonnull_0 = s.__pgt_nonnull_0 + g.__pgt_d_nonnull_0
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT (building, staff, depts, __pgt_row_id, __pgt_count, __pgt_nonnull_0)
                          VALUES (g.__pgt_g0,
                                  CASE WHEN g.__pgt_d_nonnull_0 = 0 THEN NULL ELSE g.__pgt_d_value_0 END,
                                  g.__pgt_d_value_1,
                                  coalesce(hashtextextended(g.__pgt_g0, 0), 0),
                                  g.__pgt_d_count,
                                  g.__pgt_d_nonnull_0);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.busy_buildings') THEN
        DELETE FROM public.busy_buildings;
    ELSE
        TRUNCATE public.busy_buildings;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.depts'), ('public.employees')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.busy_buildings' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_c0375c4a581c04cb ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.building AS building,
                     sum(i.staff) AS staff,
                     count(*) AS depts,
                     coalesce(hashtextextended(i.building, 0), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     count(i.staff) AS __pgt_nonnull_0
                FROM (
                  SELECT i.dept, i.building, i.staff
                    FROM (
                    SELECT i.__pgt_g0 AS dept, i.__pgt_g1 AS building, i.__pgt_a0 AS staff
                      FROM (
                      SELECT i.d_dept AS __pgt_g0, i.building AS __pgt_g1, count(i.id) AS __pgt_a0
                        FROM (
                        SELECT d.dept AS d_dept, d.building AS building, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                          FROM public.depts AS d
                          LEFT JOIN public.employees AS e ON e.dept = d.dept
                      ) AS i
                       GROUP BY i.d_dept, i.building
                    ) AS i
                  ) AS i
                   WHERE i.staff > 0
                ) AS i
               GROUP BY i.building
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_c0375c4a581c04cb AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.depts', __pgt_full_snapshot::text, 'public.employees', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'busy_buildings'
        ),
        __pgt_release_32c396150591602e AS (
            DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
             WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_24b8ec7eddb0e27d AS (
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.depts' AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.busy_buildings (building, staff, depts, __pgt_row_id, __pgt_count, __pgt_nonnull_0)
        SELECT q.building, q.staff, q.depts, q.__pgt_row_id, q.__pgt_count, q.__pgt_nonnull_0 FROM pg_temp.__pgt_full_c0375c4a581c04cb AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_c0375c4a581c04cb;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.employees', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'busy_buildings'
    ),
    __pgt_release_32c396150591602e AS (
        DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
         WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.depts' AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.busy_buildings (building, staff, depts, __pgt_row_id, __pgt_count, __pgt_nonnull_0)
    SELECT * FROM (
      SELECT i.building AS building,
             sum(i.staff) AS staff,
             count(*) AS depts,
             coalesce(hashtextextended(i.building, 0), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             count(i.staff) AS __pgt_nonnull_0
        FROM (
          SELECT i.dept, i.building, i.staff
            FROM (
            SELECT i.__pgt_g0 AS dept, i.__pgt_g1 AS building, i.__pgt_a0 AS staff
              FROM (
              SELECT i.d_dept AS __pgt_g0, i.building AS __pgt_g1, count(i.id) AS __pgt_a0
                FROM (
                SELECT d.dept AS d_dept, d.building AS building, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                  FROM public.depts AS d
                  LEFT JOIN public.employees AS e ON e.dept = d.dept
              ) AS i
               GROUP BY i.d_dept, i.building
            ) AS i
          ) AS i
           WHERE i.staff > 0
        ) AS i
       GROUP BY i.building
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.busy_buildings', full => true);
ANALYZE public.busy_buildings;

-- ========================================================================
-- create stream table public.by_year
-- ========================================================================
-- trickle: stream table public.by_year
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT (EXTRACT(YEAR FROM hired))::int AS year, count(*) AS hires, sum(salary) AS spend FROM employees GROUP BY year HAVING sum(salary) IS NOT NULL
--
-- operator tree:
--   project __pgt_g0 AS year, __pgt_a0 AS hires, __pgt_a1 AS spend
--     filter __pgt_a1 IS NOT NULL
--       aggregate count(*), sum(salary) group by (EXTRACT(YEAR FROM hired))::int
--         scan public.employees

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_1).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.by_year WITH (fillfactor = 50) AS
  SELECT (EXTRACT(YEAR FROM i.hired))::int AS year,
         count(*) AS hires,
         sum(i.salary) AS spend,
         hash_record_extended(ROW((EXTRACT(YEAR FROM i.hired))::int), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i.salary) AS __pgt_nonnull_1
    FROM (
      SELECT id, name, manager, dept, salary, bonus, hired FROM public.employees
    ) AS i
   GROUP BY (EXTRACT(YEAR FROM i.hired))::int
  HAVING sum(i.salary) IS NOT NULL
  WITH NO DATA;
ALTER TABLE public.by_year ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_95b40a8e616e6f52 ON public.by_year (__pgt_row_id);
COMMENT ON TABLE public.by_year IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.by_year'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'by_year', 'public.by_year', '95b40a8e616e6f52', 'SELECT (EXTRACT(YEAR FROM hired))::int AS year, count(*) AS hires, sum(salary) AS spend FROM employees GROUP BY year HAVING sum(salary) IS NOT NULL', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_95b40a8e616e6f52', 2, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.by_year';

-- Refresh function, called by pg_trickle.refresh('public.by_year').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_95b40a8e616e6f52(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_full_snapshot pg_snapshot;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.by_year'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.by_year';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'by_year'
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT (EXTRACT(YEAR FROM d.hired))::int AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.salary IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                     sum(CASE WHEN d.__pgt_w > 0 THEN d.salary ELSE -(d.salary) END) AS __pgt_d_value_1
                FROM delta_employees AS d
               GROUP BY (EXTRACT(YEAR FROM d.hired))::int
            ),
            -- each changed group with its stored state; a group is recomputed from the sources when HAVING hid it (its state is not stored) or a NaN or an infinity entered or left a SUM or AVG
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.hires AS __pgt_old_value_0,
                     s.spend AS __pgt_old_value_1,
                     coalesce(s.__pgt_nonnull_1, 0) AS __pgt_old_nonnull_1,
                     s.__pgt_row_id IS NULL
                         OR coalesce(g.__pgt_d_value_1 IN ('NaN', 'Infinity', '-Infinity'), false) AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.by_year AS s ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0), 0) AND s.year IS NOT DISTINCT FROM g.__pgt_g0
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1, coalesce(r.__pgt_nonnull_1, 0) AS __pgt_nonnull_1
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT (EXTRACT(YEAR FROM i.hired))::int AS __pgt_g0,
                         count(*) AS __pgt_count,
                         count(*) AS __pgt_value_0,
                         sum(i.salary) AS __pgt_value_1,
                         count(i.salary) AS __pgt_nonnull_1
                    FROM (
                    SELECT id, name, manager, dept, salary, bonus, hired FROM public.employees
                  ) AS i
                   WHERE ((EXTRACT(YEAR FROM i.hired))::int IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan) OR ((EXTRACT(YEAR FROM i.hired))::int IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                   GROUP BY (EXTRACT(YEAR FROM i.hired))::int
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
              SELECT hash_record_extended(ROW(n.__pgt_g0), 0) AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_g0 AS year,
                     n.__pgt_value_0 AS hires,
                     n.__pgt_value_1 AS spend,
                     n.__pgt_count,
                     n.__pgt_nonnull_1 AS __pgt_nonnull_1,
                     n.__pgt_count > 0 AND (n.__pgt_value_1 IS NOT NULL) IS TRUE AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.by_year AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET year = a.year, hires = a.hires, spend = a.spend, __pgt_count = a.__pgt_count, __pgt_nonnull_1 = a.__pgt_nonnull_1
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (year, hires, spend, __pgt_row_id, __pgt_count, __pgt_nonnull_1) VALUES (a.year, a.hires, a.spend, a.__pgt_row_id, a.__pgt_count, a.__pgt_nonnull_1);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.by_year') THEN
        DELETE FROM public.by_year;
    ELSE
        TRUNCATE public.by_year;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.employees')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.by_year' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_95b40a8e616e6f52 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT (EXTRACT(YEAR FROM i.hired))::int AS year,
                     count(*) AS hires,
                     sum(i.salary) AS spend,
                     hash_record_extended(ROW((EXTRACT(YEAR FROM i.hired))::int), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     count(i.salary) AS __pgt_nonnull_1
                FROM (
                  SELECT id, name, manager, dept, salary, bonus, hired FROM public.employees
                ) AS i
               GROUP BY (EXTRACT(YEAR FROM i.hired))::int
              HAVING sum(i.salary) IS NOT NULL
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_95b40a8e616e6f52 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.employees', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'by_year'
        ),
        __pgt_release_24b8ec7eddb0e27d AS (
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.by_year (year, hires, spend, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
        SELECT q.year, q.hires, q.spend, q.__pgt_row_id, q.__pgt_count, q.__pgt_nonnull_1 FROM pg_temp.__pgt_full_95b40a8e616e6f52 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_95b40a8e616e6f52;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'by_year'
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.by_year (year, hires, spend, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
    SELECT * FROM (
      SELECT (EXTRACT(YEAR FROM i.hired))::int AS year,
             count(*) AS hires,
             sum(i.salary) AS spend,
             hash_record_extended(ROW((EXTRACT(YEAR FROM i.hired))::int), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             count(i.salary) AS __pgt_nonnull_1
        FROM (
          SELECT id, name, manager, dept, salary, bonus, hired FROM public.employees
        ) AS i
       GROUP BY (EXTRACT(YEAR FROM i.hired))::int
      HAVING sum(i.salary) IS NOT NULL
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.by_year', full => true);
ANALYZE public.by_year;

-- ========================================================================
-- create stream table public.dept_buildings
-- ========================================================================
-- trickle: stream table public.dept_buildings
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT e.id, e.name, d.building FROM employees AS e JOIN depts AS d USING (dept)
--
-- operator tree:
--   project id, name, building
--     inner join on e_dept = d_dept
--       scan public.employees AS e
--       scan public.depts AS d

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.dept_buildings AS
  SELECT r.id, r.name, r.building, hashint4extended(r.id, 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i.name AS name, i.building AS building
        FROM (
        SELECT e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, d.dept AS d_dept, d.building AS building
          FROM public.employees AS e,
               public.depts AS d
         WHERE e.dept = d.dept
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.dept_buildings ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_4d9ef8b181f85c81 ON public.dept_buildings (__pgt_row_id);
COMMENT ON TABLE public.dept_buildings IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.dept_buildings'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'dept_buildings', 'public.dept_buildings', '4d9ef8b181f85c81', 'SELECT e.id, e.name, d.building FROM employees AS e JOIN depts AS d USING (dept)', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_4d9ef8b181f85c81', 3, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.depts', 'TABLE', true, ARRAY['dept', 'building']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_buildings';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_buildings';

-- Refresh function, called by pg_trickle.refresh('public.dept_buildings').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_4d9ef8b181f85c81(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_bound_32c396150591602e xid8;
    __pgt_small_32c396150591602e boolean;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.depts' AND d.consumes_changes AND r.stable_name <> 'public.dept_buildings'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_32c396150591602e'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.dept_buildings'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_32c396150591602e, __pgt_small_32c396150591602e, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.dept_buildings';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
             WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_32c396150591602e'::regclass) > __pgt_full_ratio * pg_relation_size('public.depts'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.depts'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.depts', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.employees', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'dept_buildings'
            ),
            -- delete the changes of public.depts that every reader has consumed
            __pgt_release_32c396150591602e AS (
              DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.depts: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_depts AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.dept, c.building
                FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(e) JOIN d
            --   + e' JOIN d(d)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT e.__pgt_w * d.__pgt_w AS __pgt_w, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, d.dept AS d_dept, d.building AS building
                FROM delta_employees AS e,
                     (
                SELECT 1 AS __pgt_w, dept, building FROM public.depts
                UNION ALL
                SELECT -__pgt_w, dept, building FROM delta_depts
              ) AS d
               WHERE e.dept = d.dept
              UNION ALL
              SELECT d.__pgt_w AS __pgt_w, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, d.dept AS d_dept, d.building AS building
                FROM public.employees AS e,
                     delta_depts AS d
               WHERE e.dept = d.dept
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d.name AS name, d.building AS building
                FROM delta_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.name, d.building, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.id, d.name, d.building
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashint4extended(n.id, 0), n.id) hashint4extended(n.id, 0) AS __pgt_row_id, n.id, n.name, n.building, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashint4extended(n.id, 0), n.id, n.__pgt_w DESC
            )
            MERGE INTO public.dept_buildings AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.id = a.id
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET id = a.id, name = a.name, building = a.building
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (id, name, building, __pgt_row_id) VALUES (a.id, a.name, a.building, a.__pgt_row_id);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.dept_buildings') THEN
        DELETE FROM public.dept_buildings;
    ELSE
        TRUNCATE public.dept_buildings;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.depts'), ('public.employees')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.dept_buildings' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.employees', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'dept_buildings'
    ),
    __pgt_release_32c396150591602e AS (
        DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
         WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.depts' AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.dept_buildings (id, name, building, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.name, r.building, hashint4extended(r.id, 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, i.name AS name, i.building AS building
            FROM (
            SELECT e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, d.dept AS d_dept, d.building AS building
              FROM public.employees AS e,
                   public.depts AS d
             WHERE e.dept = d.dept
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.dept_buildings', full => true);
ANALYZE public.dept_buildings;

-- ========================================================================
-- create stream table public.dept_documents
-- ========================================================================
-- trickle: stream table public.dept_documents
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT d.dept, to_jsonb(d) AS doc, count(e.*) AS employees, count(*) AS lines, max((m).name) AS a_manager FROM depts AS d LEFT JOIN employees AS e ON e.dept = d.dept LEFT JOIN employees AS m ON m.id = e.manager GROUP BY d.dept, d
--
-- operator tree:
--   project __pgt_g0 AS dept, to_jsonb(__pgt_g1) AS doc, __pgt_a0 AS employees, __pgt_a1 AS lines, __pgt_a2 AS a_manager
--     aggregate count(e.*), count(*), max((m).name) group by d_dept, CASE WHEN d_dept IS NOT NULL THEN CAST(ROW(d_dept, building) AS public.depts) END
--       left outer join on m_id = e_manager
--         left outer join on e_dept = d_dept
--           scan public.depts AS d
--           scan public.employees AS e
--         scan public.employees AS m

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_key_1).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.dept_documents WITH (fillfactor = 50) AS
  SELECT i.d_dept AS dept,
         to_jsonb(CASE WHEN i.d_dept IS NOT NULL THEN CAST(ROW(i.d_dept, i.building) AS public.depts) END) AS doc,
         count(CASE WHEN i.e_id IS NOT NULL THEN CAST(ROW(i.e_id, i.e_name, i.e_manager, i.e_dept, i.e_salary, i.e_bonus, i.e_hired) AS public.employees) END) AS employees,
         count(*) AS lines,
         max(i.m_name) AS a_manager,
         hash_record_extended(ROW(i.d_dept, CASE WHEN i.d_dept IS NOT NULL THEN CAST(ROW(i.d_dept, i.building) AS public.depts) END), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         CASE WHEN i.d_dept IS NOT NULL THEN CAST(ROW(i.d_dept, i.building) AS public.depts) END AS __pgt_key_1
    FROM (
      SELECT __pgt_l.d_dept AS d_dept, __pgt_l.building AS building, __pgt_l.e_id AS e_id, __pgt_l.e_name AS e_name, __pgt_l.e_manager AS e_manager, __pgt_l.e_dept AS e_dept, __pgt_l.e_salary AS e_salary, __pgt_l.e_bonus AS e_bonus, __pgt_l.e_hired AS e_hired, m.id AS m_id, m.name AS m_name, m.manager AS m_manager, m.dept AS m_dept, m.salary AS m_salary, m.bonus AS m_bonus, m.hired AS m_hired
        FROM (
        SELECT d.dept AS d_dept, d.building AS building, e.id AS e_id, e.name AS e_name, e.manager AS e_manager, e.dept AS e_dept, e.salary AS e_salary, e.bonus AS e_bonus, e.hired AS e_hired
          FROM public.depts AS d
          LEFT JOIN public.employees AS e ON e.dept = d.dept
      ) AS __pgt_l
        LEFT JOIN public.employees AS m ON m.id = __pgt_l.e_manager
    ) AS i
   GROUP BY i.d_dept, CASE WHEN i.d_dept IS NOT NULL THEN CAST(ROW(i.d_dept, i.building) AS public.depts) END
  WITH NO DATA;
ALTER TABLE public.dept_documents ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_dee3e9b7c800723f ON public.dept_documents (__pgt_row_id);
COMMENT ON TABLE public.dept_documents IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.dept_documents'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'dept_documents', 'public.dept_documents', 'dee3e9b7c800723f', 'SELECT d.dept, to_jsonb(d) AS doc, count(e.*) AS employees, count(*) AS lines, max((m).name) AS a_manager FROM depts AS d LEFT JOIN employees AS e ON e.dept = d.dept LEFT JOIN employees AS m ON m.id = e.manager GROUP BY d.dept, d', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_dee3e9b7c800723f', 4, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.dept_documents';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.depts', 'TABLE', true, ARRAY['dept', 'building']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_documents';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_documents';

-- Refresh function, called by pg_trickle.refresh('public.dept_documents').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_dee3e9b7c800723f(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_full_snapshot pg_snapshot;
    __pgt_bound_32c396150591602e xid8;
    __pgt_small_32c396150591602e boolean;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.depts' AND d.consumes_changes AND r.stable_name <> 'public.dept_documents'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_32c396150591602e'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.dept_documents'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_32c396150591602e, __pgt_small_32c396150591602e, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.dept_documents';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
             WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_32c396150591602e'::regclass) > __pgt_full_ratio * pg_relation_size('public.depts'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.depts'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.depts', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.employees', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'dept_documents'
            ),
            -- delete the changes of public.depts that every reader has consumed
            __pgt_release_32c396150591602e AS (
              DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.depts: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_depts AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.dept, c.building
                FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, dept, building FROM public.depts
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.dept, c.building FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_employees AS __pgt_x WHERE __pgt_x.dept = __pgt_p.dept)
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x.id, __pgt_x.dept, sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_employees AS __pgt_x
               GROUP BY __pgt_x.id, __pgt_x.dept
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- the candidates that match a row of the other side now
            __pgt_matched_now AS (
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM public.employees AS __pgt_x WHERE __pgt_x.dept = __pgt_p.dept)
            ),
            -- the candidates that matched a row of the other side before: a row deleted since, or one there now that was not inserted since
            __pgt_matched_before AS (
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.dept = __pgt_p.dept)
              UNION
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM public.employees AS __pgt_x
                              WHERE __pgt_x.dept = __pgt_p.dept
                                AND __pgt_x.id NOT IN (SELECT n.id FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT d.__pgt_w * e.__pgt_w AS __pgt_w, d.dept AS d_dept, d.building AS building, e.id AS e_id, e.name AS e_name, e.manager AS e_manager, e.dept AS e_dept, e.salary AS e_salary, e.bonus AS e_bonus, e.hired AS e_hired
                FROM delta_depts AS d,
                     (
                SELECT 1 AS __pgt_w, id, name, manager, dept, salary, bonus, hired FROM public.employees
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS e
               WHERE e.dept = d.dept
              UNION ALL
              SELECT e.__pgt_w AS __pgt_w, d.dept AS d_dept, d.building AS building, e.id AS e_id, e.name AS e_name, e.manager AS e_manager, e.dept AS e_dept, e.salary AS e_salary, e.bonus AS e_bonus, e.hired AS e_hired
                FROM public.depts AS d,
                     delta_employees AS e
               WHERE e.dept = d.dept
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.dept AS d_dept, __pgt_p.building AS building, __pgt_pad.id AS e_id, __pgt_pad.name AS e_name, __pgt_pad.manager AS e_manager, __pgt_pad.dept AS e_dept, __pgt_pad.salary AS e_salary, __pgt_pad.bonus AS e_bonus, __pgt_pad.hired AS e_hired
                FROM delta_depts AS __pgt_p
                LEFT JOIN public.employees AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM public.employees AS __pgt_x WHERE __pgt_x.dept = __pgt_p.dept)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((__pgt_xbefore.__pgt_rn IS NOT NULL)::int - (__pgt_xnow.__pgt_rn IS NOT NULL)::int) AS __pgt_w,
                       __pgt_p.dept AS d_dept, __pgt_p.building AS building, __pgt_pad.id AS e_id, __pgt_pad.name AS e_name, __pgt_pad.manager AS e_manager, __pgt_pad.dept AS e_dept, __pgt_pad.salary AS e_salary, __pgt_pad.bonus AS e_bonus, __pgt_pad.hired AS e_hired
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matched_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matched_before AS __pgt_xbefore ON __pgt_xbefore.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN public.employees AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates_2 AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, d_dept, building, e_id, e_name, e_manager, e_dept, e_salary, e_bonus, e_hired FROM (
                  SELECT d.dept AS d_dept, d.building AS building, e.id AS e_id, e.name AS e_name, e.manager AS e_manager, e.dept AS e_dept, e.salary AS e_salary, e.bonus AS e_bonus, e.hired AS e_hired
                    FROM public.depts AS d
                    LEFT JOIN public.employees AS e ON e.dept = d.dept
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, d_dept, building, e_id, e_name, e_manager, e_dept, e_salary, e_bonus, e_hired FROM delta_outer_join
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_employees AS __pgt_x WHERE __pgt_x.id = __pgt_p.e_manager)
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net_2 AS (
              SELECT __pgt_x.id, sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_employees AS __pgt_x
               GROUP BY __pgt_x.id
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- the candidates that match a row of the other side now
            __pgt_matched_now_2 AS (
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates_2 AS __pgt_p
               WHERE EXISTS (SELECT FROM public.employees AS __pgt_x WHERE __pgt_x.id = __pgt_p.e_manager)
            ),
            -- the candidates that matched a row of the other side before: a row deleted since, or one there now that was not inserted since
            __pgt_matched_before_2 AS (
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates_2 AS __pgt_p
               WHERE EXISTS (SELECT FROM __pgt_other_net_2 AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.id = __pgt_p.e_manager)
              UNION
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates_2 AS __pgt_p
               WHERE EXISTS (SELECT FROM public.employees AS __pgt_x
                              WHERE __pgt_x.id = __pgt_p.e_manager
                                AND __pgt_x.id NOT IN (SELECT n.id FROM __pgt_other_net_2 AS n WHERE n.__pgt_w > 0))
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join_2 AS (
              SELECT __pgt_j1.__pgt_w * m.__pgt_w AS __pgt_w, __pgt_j1.d_dept AS d_dept, __pgt_j1.building AS building, __pgt_j1.e_id AS e_id, __pgt_j1.e_name AS e_name, __pgt_j1.e_manager AS e_manager, __pgt_j1.e_dept AS e_dept, __pgt_j1.e_salary AS e_salary, __pgt_j1.e_bonus AS e_bonus, __pgt_j1.e_hired AS e_hired, m.id AS m_id, m.name AS m_name, m.manager AS m_manager, m.dept AS m_dept, m.salary AS m_salary, m.bonus AS m_bonus, m.hired AS m_hired
                FROM delta_outer_join AS __pgt_j1,
                     (
                SELECT 1 AS __pgt_w, id, name, manager, dept, salary, bonus, hired FROM public.employees
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS m
               WHERE m.id = __pgt_j1.e_manager
              UNION ALL
              SELECT m.__pgt_w AS __pgt_w, __pgt_j1.d_dept AS d_dept, __pgt_j1.building AS building, __pgt_j1.e_id AS e_id, __pgt_j1.e_name AS e_name, __pgt_j1.e_manager AS e_manager, __pgt_j1.e_dept AS e_dept, __pgt_j1.e_salary AS e_salary, __pgt_j1.e_bonus AS e_bonus, __pgt_j1.e_hired AS e_hired, m.id AS m_id, m.name AS m_name, m.manager AS m_manager, m.dept AS m_dept, m.salary AS m_salary, m.bonus AS m_bonus, m.hired AS m_hired
                FROM (
                SELECT d.dept AS d_dept, d.building AS building, e.id AS e_id, e.name AS e_name, e.manager AS e_manager, e.dept AS e_dept, e.salary AS e_salary, e.bonus AS e_bonus, e.hired AS e_hired
                  FROM public.depts AS d
                  LEFT JOIN public.employees AS e ON e.dept = d.dept
              ) AS __pgt_j1,
                     delta_employees AS m
               WHERE m.id = __pgt_j1.e_manager
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.d_dept AS d_dept, __pgt_p.building AS building, __pgt_p.e_id AS e_id, __pgt_p.e_name AS e_name, __pgt_p.e_manager AS e_manager, __pgt_p.e_dept AS e_dept, __pgt_p.e_salary AS e_salary, __pgt_p.e_bonus AS e_bonus, __pgt_p.e_hired AS e_hired, __pgt_pad.id AS m_id, __pgt_pad.name AS m_name, __pgt_pad.manager AS m_manager, __pgt_pad.dept AS m_dept, __pgt_pad.salary AS m_salary, __pgt_pad.bonus AS m_bonus, __pgt_pad.hired AS m_hired
                FROM delta_outer_join AS __pgt_p
                LEFT JOIN public.employees AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM public.employees AS __pgt_x WHERE __pgt_x.id = __pgt_p.e_manager)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((__pgt_xbefore.__pgt_rn IS NOT NULL)::int - (__pgt_xnow.__pgt_rn IS NOT NULL)::int) AS __pgt_w,
                       __pgt_p.d_dept AS d_dept, __pgt_p.building AS building, __pgt_p.e_id AS e_id, __pgt_p.e_name AS e_name, __pgt_p.e_manager AS e_manager, __pgt_p.e_dept AS e_dept, __pgt_p.e_salary AS e_salary, __pgt_p.e_bonus AS e_bonus, __pgt_p.e_hired AS e_hired, __pgt_pad.id AS m_id, __pgt_pad.name AS m_name, __pgt_pad.manager AS m_manager, __pgt_pad.dept AS m_dept, __pgt_pad.salary AS m_salary, __pgt_pad.bonus AS m_bonus, __pgt_pad.hired AS m_hired
                  FROM __pgt_candidates_2 AS __pgt_p
                  LEFT JOIN __pgt_matched_now_2 AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matched_before_2 AS __pgt_xbefore ON __pgt_xbefore.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN public.employees AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.d_dept AS __pgt_g0,
                     CASE WHEN d.d_dept IS NOT NULL THEN CAST(ROW(d.d_dept, d.building) AS public.depts) END AS __pgt_g1,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE CASE WHEN d.e_id IS NOT NULL THEN CAST(ROW(d.e_id, d.e_name, d.e_manager, d.e_dept, d.e_salary, d.e_bonus, d.e_hired) AS public.employees) END IS DISTINCT FROM NULL), 0)::bigint AS __pgt_d_value_0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_1,
                     max(d.m_name) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_2,
                     max(d.m_name) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_2
                FROM delta_outer_join_2 AS d
               GROUP BY d.d_dept, CASE WHEN d.d_dept IS NOT NULL THEN CAST(ROW(d.d_dept, d.building) AS public.depts) END
            ),
            -- each changed group with its stored state; a group is recomputed from the sources when a deleted value may have been its MIN/MAX
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.employees AS __pgt_old_value_0,
                     s.lines AS __pgt_old_value_1,
                     s.a_manager AS __pgt_old_value_2,
                     (g.__pgt_del_2 IS NOT NULL AND (s.a_manager IS NULL OR (g.__pgt_del_2 >= s.a_manager AND NOT coalesce(g.__pgt_ins_2 >= s.a_manager AND g.__pgt_ins_2 > g.__pgt_del_2, false)))) AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.dept_documents AS s ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0, g.__pgt_g1), 0) AND s.dept = g.__pgt_g0 AND s.__pgt_key_1 IS NOT DISTINCT FROM g.__pgt_g1
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_g1, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1, r.__pgt_value_2
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT i.d_dept AS __pgt_g0,
                         CASE WHEN i.d_dept IS NOT NULL THEN CAST(ROW(i.d_dept, i.building) AS public.depts) END AS __pgt_g1,
                         count(*) AS __pgt_count,
                         count(CASE WHEN i.e_id IS NOT NULL THEN CAST(ROW(i.e_id, i.e_name, i.e_manager, i.e_dept, i.e_salary, i.e_bonus, i.e_hired) AS public.employees) END) AS __pgt_value_0,
                         count(*) AS __pgt_value_1,
                         max(i.m_name) AS __pgt_value_2
                    FROM (
                    SELECT __pgt_l.d_dept AS d_dept, __pgt_l.building AS building, __pgt_l.e_id AS e_id, __pgt_l.e_name AS e_name, __pgt_l.e_manager AS e_manager, __pgt_l.e_dept AS e_dept, __pgt_l.e_salary AS e_salary, __pgt_l.e_bonus AS e_bonus, __pgt_l.e_hired AS e_hired, m.id AS m_id, m.name AS m_name, m.manager AS m_manager, m.dept AS m_dept, m.salary AS m_salary, m.bonus AS m_bonus, m.hired AS m_hired
                      FROM (
                      SELECT d.dept AS d_dept, d.building AS building, e.id AS e_id, e.name AS e_name, e.manager AS e_manager, e.dept AS e_dept, e.salary AS e_salary, e.bonus AS e_bonus, e.hired AS e_hired
                        FROM public.depts AS d
                        LEFT JOIN public.employees AS e ON e.dept = d.dept
                    ) AS __pgt_l
                      LEFT JOIN public.employees AS m ON m.id = __pgt_l.e_manager
                  ) AS i
                   WHERE i.d_dept IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan)
                     AND (CASE WHEN i.d_dept IS NOT NULL THEN CAST(ROW(i.d_dept, i.building) AS public.depts) END IN (SELECT f.__pgt_g1 FROM __pgt_groups AS f WHERE f.__pgt_rescan) OR (CASE WHEN i.d_dept IS NOT NULL THEN CAST(ROW(i.d_dept, i.building) AS public.depts) END IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g1 IS NULL)))
                   GROUP BY i.d_dept, CASE WHEN i.d_dept IS NOT NULL THEN CAST(ROW(i.d_dept, i.building) AS public.depts) END
                ) AS r ON r.__pgt_g0 = g.__pgt_g0 AND r.__pgt_g1 IS NOT DISTINCT FROM g.__pgt_g1
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
                     n.__pgt_g0 AS dept,
                     to_jsonb(n.__pgt_g1) AS doc,
                     n.__pgt_value_0 AS employees,
                     n.__pgt_value_1 AS lines,
                     n.__pgt_value_2 AS a_manager,
                     n.__pgt_count,
                     n.__pgt_g1 AS __pgt_key_1,
                     n.__pgt_count > 0 AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.dept_documents AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET dept = a.dept, doc = a.doc, employees = a.employees, lines = a.lines, a_manager = a.a_manager, __pgt_count = a.__pgt_count, __pgt_key_1 = a.__pgt_key_1
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (dept, doc, employees, lines, a_manager, __pgt_row_id, __pgt_count, __pgt_key_1) VALUES (a.dept, a.doc, a.employees, a.lines, a.a_manager, a.__pgt_row_id, a.__pgt_count, a.__pgt_key_1);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.dept_documents') THEN
        DELETE FROM public.dept_documents;
    ELSE
        TRUNCATE public.dept_documents;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.depts'), ('public.employees')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.dept_documents' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_dee3e9b7c800723f ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.d_dept AS dept,
                     to_jsonb(CASE WHEN i.d_dept IS NOT NULL THEN CAST(ROW(i.d_dept, i.building) AS public.depts) END) AS doc,
                     count(CASE WHEN i.e_id IS NOT NULL THEN CAST(ROW(i.e_id, i.e_name, i.e_manager, i.e_dept, i.e_salary, i.e_bonus, i.e_hired) AS public.employees) END) AS employees,
                     count(*) AS lines,
                     max(i.m_name) AS a_manager,
                     hash_record_extended(ROW(i.d_dept, CASE WHEN i.d_dept IS NOT NULL THEN CAST(ROW(i.d_dept, i.building) AS public.depts) END), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     CASE WHEN i.d_dept IS NOT NULL THEN CAST(ROW(i.d_dept, i.building) AS public.depts) END AS __pgt_key_1
                FROM (
                  SELECT __pgt_l.d_dept AS d_dept, __pgt_l.building AS building, __pgt_l.e_id AS e_id, __pgt_l.e_name AS e_name, __pgt_l.e_manager AS e_manager, __pgt_l.e_dept AS e_dept, __pgt_l.e_salary AS e_salary, __pgt_l.e_bonus AS e_bonus, __pgt_l.e_hired AS e_hired, m.id AS m_id, m.name AS m_name, m.manager AS m_manager, m.dept AS m_dept, m.salary AS m_salary, m.bonus AS m_bonus, m.hired AS m_hired
                    FROM (
                    SELECT d.dept AS d_dept, d.building AS building, e.id AS e_id, e.name AS e_name, e.manager AS e_manager, e.dept AS e_dept, e.salary AS e_salary, e.bonus AS e_bonus, e.hired AS e_hired
                      FROM public.depts AS d
                      LEFT JOIN public.employees AS e ON e.dept = d.dept
                  ) AS __pgt_l
                    LEFT JOIN public.employees AS m ON m.id = __pgt_l.e_manager
                ) AS i
               GROUP BY i.d_dept, CASE WHEN i.d_dept IS NOT NULL THEN CAST(ROW(i.d_dept, i.building) AS public.depts) END
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_dee3e9b7c800723f AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.depts', __pgt_full_snapshot::text, 'public.employees', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'dept_documents'
        ),
        __pgt_release_32c396150591602e AS (
            DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
             WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_24b8ec7eddb0e27d AS (
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.depts' AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.dept_documents (dept, doc, employees, lines, a_manager, __pgt_row_id, __pgt_count, __pgt_key_1)
        SELECT q.dept, q.doc, q.employees, q.lines, q.a_manager, q.__pgt_row_id, q.__pgt_count, q.__pgt_key_1 FROM pg_temp.__pgt_full_dee3e9b7c800723f AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_dee3e9b7c800723f;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.employees', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'dept_documents'
    ),
    __pgt_release_32c396150591602e AS (
        DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
         WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.depts' AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.dept_documents (dept, doc, employees, lines, a_manager, __pgt_row_id, __pgt_count, __pgt_key_1)
    SELECT * FROM (
      SELECT i.d_dept AS dept,
             to_jsonb(CASE WHEN i.d_dept IS NOT NULL THEN CAST(ROW(i.d_dept, i.building) AS public.depts) END) AS doc,
             count(CASE WHEN i.e_id IS NOT NULL THEN CAST(ROW(i.e_id, i.e_name, i.e_manager, i.e_dept, i.e_salary, i.e_bonus, i.e_hired) AS public.employees) END) AS employees,
             count(*) AS lines,
             max(i.m_name) AS a_manager,
             hash_record_extended(ROW(i.d_dept, CASE WHEN i.d_dept IS NOT NULL THEN CAST(ROW(i.d_dept, i.building) AS public.depts) END), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             CASE WHEN i.d_dept IS NOT NULL THEN CAST(ROW(i.d_dept, i.building) AS public.depts) END AS __pgt_key_1
        FROM (
          SELECT __pgt_l.d_dept AS d_dept, __pgt_l.building AS building, __pgt_l.e_id AS e_id, __pgt_l.e_name AS e_name, __pgt_l.e_manager AS e_manager, __pgt_l.e_dept AS e_dept, __pgt_l.e_salary AS e_salary, __pgt_l.e_bonus AS e_bonus, __pgt_l.e_hired AS e_hired, m.id AS m_id, m.name AS m_name, m.manager AS m_manager, m.dept AS m_dept, m.salary AS m_salary, m.bonus AS m_bonus, m.hired AS m_hired
            FROM (
            SELECT d.dept AS d_dept, d.building AS building, e.id AS e_id, e.name AS e_name, e.manager AS e_manager, e.dept AS e_dept, e.salary AS e_salary, e.bonus AS e_bonus, e.hired AS e_hired
              FROM public.depts AS d
              LEFT JOIN public.employees AS e ON e.dept = d.dept
          ) AS __pgt_l
            LEFT JOIN public.employees AS m ON m.id = __pgt_l.e_manager
        ) AS i
       GROUP BY i.d_dept, CASE WHEN i.d_dept IS NOT NULL THEN CAST(ROW(i.d_dept, i.building) AS public.depts) END
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.dept_documents', full => true);
ANALYZE public.dept_documents;

-- ========================================================================
-- create stream table public.dept_event_kinds
-- ========================================================================
-- trickle: stream table public.dept_event_kinds
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT k.dept, count(*) AS kinds, count(k.kind) AS named_kinds FROM ( SELECT DISTINCT e.dept, ev.kind FROM events AS ev JOIN employees AS e ON e.id = ev.employee ) AS k GROUP BY k.dept
--
-- operator tree:
--   project __pgt_g0 AS dept, __pgt_a0 AS kinds, __pgt_a1 AS named_kinds
--     aggregate count(*), count(k.kind) group by dept
--       project __pgt_g0 AS dept, __pgt_g1 AS kind
--         aggregate  group by dept, kind
--           inner join on id = employee
--             scan public.events AS ev
--             scan public.employees AS e

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.dept_event_kinds WITH (fillfactor = 50) AS
  SELECT i.dept AS dept,
         count(*) AS kinds,
         count(i.kind) AS named_kinds,
         coalesce(hashtextextended(i.dept, 0), 0) AS __pgt_row_id,
         count(*) AS __pgt_count
    FROM (
      SELECT i.__pgt_g0 AS dept, i.__pgt_g1 AS kind
        FROM (
        SELECT i.dept AS __pgt_g0, i.kind AS __pgt_g1
          FROM (
          SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
            FROM public.events AS ev,
                 public.employees AS e
           WHERE e.id = ev.employee
        ) AS i
         GROUP BY i.dept, i.kind
      ) AS i
    ) AS i
   GROUP BY i.dept
  WITH NO DATA;
ALTER TABLE public.dept_event_kinds ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_36b06ed4dbec9679 ON public.dept_event_kinds (__pgt_row_id);
COMMENT ON TABLE public.dept_event_kinds IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.dept_event_kinds'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'dept_event_kinds', 'public.dept_event_kinds', '36b06ed4dbec9679', 'SELECT k.dept, count(*) AS kinds, count(k.kind) AS named_kinds FROM ( SELECT DISTINCT e.dept, ev.kind FROM events AS ev JOIN employees AS e ON e.id = ev.employee ) AS k GROUP BY k.dept', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_36b06ed4dbec9679', 5, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_event_kinds';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['employee', 'kind', 'points']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_event_kinds';

-- Refresh function, called by pg_trickle.refresh('public.dept_event_kinds').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_36b06ed4dbec9679(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_full_snapshot pg_snapshot;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
    __pgt_bound_c63077dab724f8f8 xid8;
    __pgt_small_c63077dab724f8f8 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.dept_event_kinds'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.events' AND d.consumes_changes AND r.stable_name <> 'public.dept_event_kinds'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c63077dab724f8f8'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d, __pgt_bound_c63077dab724f8f8, __pgt_small_c63077dab724f8f8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.dept_event_kinds';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c63077dab724f8f8'::regclass) > __pgt_full_ratio * pg_relation_size('public.events'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.events'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.events', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'dept_event_kinds'
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.events that every reader has consumed
            __pgt_release_c63077dab724f8f8 AS (
              DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_events AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.employee, c.kind, c.points
                FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(ev) JOIN e
            --   + ev' JOIN d(e)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT ev.__pgt_w * e.__pgt_w AS __pgt_w, ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                FROM delta_events AS ev,
                     (
                SELECT 1 AS __pgt_w, id, name, manager, dept, salary, bonus, hired FROM public.employees
                UNION ALL
                SELECT -__pgt_w, id, name, manager, dept, salary, bonus, hired FROM delta_employees
              ) AS e
               WHERE e.id = ev.employee
              UNION ALL
              SELECT e.__pgt_w AS __pgt_w, ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                FROM public.events AS ev,
                     delta_employees AS e
               WHERE e.id = ev.employee
            ),
            -- aggregate in a subquery: the groups its input's changes touch
            __pgt_changed_groups AS (
              SELECT DISTINCT d.dept AS __pgt_g0, d.kind AS __pgt_g1
                FROM delta_join AS d
            ),
            -- aggregate in a subquery: the touched groups' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r.employee, r.kind, r.points, r.id, r.name, r.manager, r.dept, r.salary, r.bonus, r.hired
                FROM (SELECT u.employee, u.kind, u.points, u.id, u.name, u.manager, u.dept, u.salary, u.bonus, u.hired, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.employee, c.kind, c.points, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired FROM (
                          SELECT c.employee, c.kind, c.points, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                            FROM (
                            SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                              FROM public.events AS ev,
                                   public.employees AS e
                             WHERE e.id = ev.employee
                          ) AS c
                            JOIN __pgt_changed_groups AS k ON c.dept = k.__pgt_g0 AND c.kind IS NOT DISTINCT FROM k.__pgt_g1
                          UNION ALL
                          SELECT c.employee, c.kind, c.points, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                            FROM (
                            SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                              FROM public.events AS ev,
                                   public.employees AS e
                             WHERE e.id = ev.employee
                          ) AS c
                            JOIN __pgt_changed_groups AS k ON c.dept IS NULL AND k.__pgt_g0 IS NULL AND c.kind IS NOT DISTINCT FROM k.__pgt_g1
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.employee, d.kind, d.points, d.id, d.name, d.manager, d.dept, d.salary, d.bonus, d.hired FROM delta_join AS d) AS u
                       GROUP BY u.employee, u.kind, u.points, u.id, u.name, u.manager, u.dept, u.salary, u.bonus, u.hired
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was
            delta_aggregate AS (
              SELECT 1 AS __pgt_w, i.dept AS __pgt_g0, i.kind AS __pgt_g1
                FROM (
                  SELECT c.employee, c.kind, c.points, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                    FROM (
                    SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                      FROM public.events AS ev,
                           public.employees AS e
                     WHERE e.id = ev.employee
                  ) AS c
                    JOIN __pgt_changed_groups AS k ON c.dept = k.__pgt_g0 AND c.kind IS NOT DISTINCT FROM k.__pgt_g1
                  UNION ALL
                  SELECT c.employee, c.kind, c.points, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                    FROM (
                    SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                      FROM public.events AS ev,
                           public.employees AS e
                     WHERE e.id = ev.employee
                  ) AS c
                    JOIN __pgt_changed_groups AS k ON c.dept IS NULL AND k.__pgt_g0 IS NULL AND c.kind IS NOT DISTINCT FROM k.__pgt_g1
                ) AS i
               GROUP BY i.dept, i.kind
              UNION ALL
              SELECT -1, i.dept AS __pgt_g0, i.kind AS __pgt_g1
                FROM __pgt_group_rows_before AS i
               GROUP BY i.dept, i.kind
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.__pgt_g0 AS dept, d.__pgt_g1 AS kind
                FROM delta_aggregate AS d
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.dept AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.kind IS NOT NULL), 0)::bigint AS __pgt_d_value_1
                FROM delta_project AS d
               GROUP BY d.dept
            )
            MERGE INTO public.dept_event_kinds AS s
            USING __pgt_delta_groups AS g
               ON s.__pgt_row_id = coalesce(hashtextextended(g.__pgt_g0, 0), 0) AND s.dept IS NOT DISTINCT FROM g.__pgt_g0
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          dept = g.__pgt_g0,
                          kinds = coalesce(s.kinds, 0) + g.__pgt_d_value_0,
                          named_kinds = coalesce(s.named_kinds, 0) + g.__pgt_d_value_1,
                          __pgt_count = s.__pgt_count + g.__pgt_d_count
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT (dept, kinds, named_kinds, __pgt_row_id, __pgt_count)
                          VALUES (g.__pgt_g0,
                                  g.__pgt_d_value_0,
                                  g.__pgt_d_value_1,
                                  coalesce(hashtextextended(g.__pgt_g0, 0), 0),
                                  g.__pgt_d_count);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.dept_event_kinds') THEN
        DELETE FROM public.dept_event_kinds;
    ELSE
        TRUNCATE public.dept_event_kinds;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.employees'), ('public.events')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.dept_event_kinds' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_36b06ed4dbec9679 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.dept AS dept,
                     count(*) AS kinds,
                     count(i.kind) AS named_kinds,
                     coalesce(hashtextextended(i.dept, 0), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count
                FROM (
                  SELECT i.__pgt_g0 AS dept, i.__pgt_g1 AS kind
                    FROM (
                    SELECT i.dept AS __pgt_g0, i.kind AS __pgt_g1
                      FROM (
                      SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                        FROM public.events AS ev,
                             public.employees AS e
                       WHERE e.id = ev.employee
                    ) AS i
                     GROUP BY i.dept, i.kind
                  ) AS i
                ) AS i
               GROUP BY i.dept
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_36b06ed4dbec9679 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.employees', __pgt_full_snapshot::text, 'public.events', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'dept_event_kinds'
        ),
        __pgt_release_24b8ec7eddb0e27d AS (
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_c63077dab724f8f8 AS (
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.dept_event_kinds (dept, kinds, named_kinds, __pgt_row_id, __pgt_count)
        SELECT q.dept, q.kinds, q.named_kinds, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_36b06ed4dbec9679 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_36b06ed4dbec9679;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'dept_event_kinds'
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_c63077dab724f8f8 AS (
        DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
         WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.dept_event_kinds (dept, kinds, named_kinds, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT i.dept AS dept,
             count(*) AS kinds,
             count(i.kind) AS named_kinds,
             coalesce(hashtextextended(i.dept, 0), 0) AS __pgt_row_id,
             count(*) AS __pgt_count
        FROM (
          SELECT i.__pgt_g0 AS dept, i.__pgt_g1 AS kind
            FROM (
            SELECT i.dept AS __pgt_g0, i.kind AS __pgt_g1
              FROM (
              SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                FROM public.events AS ev,
                     public.employees AS e
               WHERE e.id = ev.employee
            ) AS i
             GROUP BY i.dept, i.kind
          ) AS i
        ) AS i
       GROUP BY i.dept
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.dept_event_kinds', full => true);
ANALYZE public.dept_event_kinds;

-- ========================================================================
-- create stream table public.dept_event_points
-- ========================================================================
-- trickle: stream table public.dept_event_points
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT d.dept, d.building, p.points, p.kinds FROM depts AS d JOIN ( SELECT e.dept, sum(ev.points) AS points, count(DISTINCT ev.kind) AS kinds FROM events AS ev JOIN employees AS e ON e.id = ev.employee GROUP BY e.dept ) AS p ON p.dept = d.dept
--
-- operator tree:
--   project d_dept AS dept, building, points, kinds
--     inner join on p_dept = d_dept
--       scan public.depts AS d
--       project __pgt_g0 AS dept, __pgt_a0 AS points, __pgt_a1 AS kinds
--         aggregate sum(ev.points), count(DISTINCT ev.kind) group by dept
--           inner join on id = employee
--             scan public.events AS ev
--             scan public.employees AS e

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.dept_event_points AS
  SELECT r.dept, r.building, r.points, r.kinds, hash_record_extended(ROW(r.dept, r.building, r.points, r.kinds), 0) AS __pgt_row_id
    FROM (
      SELECT i.d_dept AS dept, i.building AS building, i.points AS points, i.kinds AS kinds
        FROM (
        SELECT d.dept AS d_dept, d.building AS building, __pgt_j2.dept AS p_dept, __pgt_j2.points AS points, __pgt_j2.kinds AS kinds
          FROM public.depts AS d,
               (
          SELECT i.__pgt_g0 AS dept, i.__pgt_a0 AS points, i.__pgt_a1 AS kinds
            FROM (
            SELECT i.dept AS __pgt_g0, sum(i.points) AS __pgt_a0, count(DISTINCT i.kind) AS __pgt_a1
              FROM (
              SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                FROM public.events AS ev,
                     public.employees AS e
               WHERE e.id = ev.employee
            ) AS i
             GROUP BY i.dept
          ) AS i
        ) AS __pgt_j2
         WHERE __pgt_j2.dept = d.dept
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.dept_event_points ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_dcd4503397ce5b6b ON public.dept_event_points (__pgt_row_id);
COMMENT ON TABLE public.dept_event_points IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.dept_event_points'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'dept_event_points', 'public.dept_event_points', 'dcd4503397ce5b6b', 'SELECT d.dept, d.building, p.points, p.kinds FROM depts AS d JOIN ( SELECT e.dept, sum(ev.points) AS points, count(DISTINCT ev.kind) AS kinds FROM events AS ev JOIN employees AS e ON e.id = ev.employee GROUP BY e.dept ) AS p ON p.dept = d.dept', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_dcd4503397ce5b6b', 6, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.depts', 'TABLE', true, ARRAY['dept', 'building']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_event_points';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_event_points';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['employee', 'kind', 'points']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_event_points';

-- Refresh function, called by pg_trickle.refresh('public.dept_event_points').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_dcd4503397ce5b6b(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_bound_32c396150591602e xid8;
    __pgt_small_32c396150591602e boolean;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
    __pgt_bound_c63077dab724f8f8 xid8;
    __pgt_small_c63077dab724f8f8 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.depts' AND d.consumes_changes AND r.stable_name <> 'public.dept_event_points'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_32c396150591602e'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.dept_event_points'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.events' AND d.consumes_changes AND r.stable_name <> 'public.dept_event_points'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c63077dab724f8f8'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_32c396150591602e, __pgt_small_32c396150591602e, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d, __pgt_bound_c63077dab724f8f8, __pgt_small_c63077dab724f8f8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.dept_event_points';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.employees', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
             WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_32c396150591602e'::regclass) > __pgt_full_ratio * pg_relation_size('public.depts'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.depts'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.depts', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c63077dab724f8f8'::regclass) > __pgt_full_ratio * pg_relation_size('public.events'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.events'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.events', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.employees', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'dept_event_points'
            ),
            -- delete the changes of public.depts that every reader has consumed
            __pgt_release_32c396150591602e AS (
              DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.events that every reader has consumed
            __pgt_release_c63077dab724f8f8 AS (
              DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.depts: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_depts AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.dept, c.building
                FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_events AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.employee, c.kind, c.points
                FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(ev) JOIN e
            --   + ev' JOIN d(e)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT ev.__pgt_w * e.__pgt_w AS __pgt_w, ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                FROM delta_events AS ev,
                     (
                SELECT 1 AS __pgt_w, id, name, manager, dept, salary, bonus, hired FROM public.employees
                UNION ALL
                SELECT -__pgt_w, id, name, manager, dept, salary, bonus, hired FROM delta_employees
              ) AS e
               WHERE e.id = ev.employee
              UNION ALL
              SELECT e.__pgt_w AS __pgt_w, ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                FROM public.events AS ev,
                     delta_employees AS e
               WHERE e.id = ev.employee
            ),
            -- aggregate in a subquery: the groups its input's changes touch
            __pgt_changed_groups AS (
              SELECT DISTINCT d.dept AS __pgt_g0
                FROM delta_join AS d
            ),
            -- aggregate in a subquery: the touched groups' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r.employee, r.kind, r.points, r.id, r.name, r.manager, r.dept, r.salary, r.bonus, r.hired
                FROM (SELECT u.employee, u.kind, u.points, u.id, u.name, u.manager, u.dept, u.salary, u.bonus, u.hired, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.employee, c.kind, c.points, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired FROM (
                          SELECT c.employee, c.kind, c.points, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                            FROM (
                            SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                              FROM public.events AS ev,
                                   public.employees AS e
                             WHERE e.id = ev.employee
                          ) AS c
                            JOIN __pgt_changed_groups AS k ON c.dept = k.__pgt_g0
                          UNION ALL
                          SELECT c.employee, c.kind, c.points, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                            FROM (
                            SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                              FROM public.events AS ev,
                                   public.employees AS e
                             WHERE e.id = ev.employee
                          ) AS c
                            JOIN __pgt_changed_groups AS k ON c.dept IS NULL AND k.__pgt_g0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.employee, d.kind, d.points, d.id, d.name, d.manager, d.dept, d.salary, d.bonus, d.hired FROM delta_join AS d) AS u
                       GROUP BY u.employee, u.kind, u.points, u.id, u.name, u.manager, u.dept, u.salary, u.bonus, u.hired
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was
            delta_aggregate AS (
              SELECT 1 AS __pgt_w, i.dept AS __pgt_g0, sum(i.points) AS __pgt_a0, count(DISTINCT i.kind) AS __pgt_a1
                FROM (
                  SELECT c.employee, c.kind, c.points, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                    FROM (
                    SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                      FROM public.events AS ev,
                           public.employees AS e
                     WHERE e.id = ev.employee
                  ) AS c
                    JOIN __pgt_changed_groups AS k ON c.dept = k.__pgt_g0
                  UNION ALL
                  SELECT c.employee, c.kind, c.points, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                    FROM (
                    SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                      FROM public.events AS ev,
                           public.employees AS e
                     WHERE e.id = ev.employee
                  ) AS c
                    JOIN __pgt_changed_groups AS k ON c.dept IS NULL AND k.__pgt_g0 IS NULL
                ) AS i
               GROUP BY i.dept
              UNION ALL
              SELECT -1, i.dept AS __pgt_g0, sum(i.points) AS __pgt_a0, count(DISTINCT i.kind) AS __pgt_a1
                FROM __pgt_group_rows_before AS i
               GROUP BY i.dept
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.__pgt_g0 AS dept, d.__pgt_a0 AS points, d.__pgt_a1 AS kinds
                FROM delta_aggregate AS d
            ),
            -- inner join (bilinear): the sum of
            --     d(d) JOIN __pgt_j2
            --   + d' JOIN d(__pgt_j2)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join_2 AS (
              SELECT d.__pgt_w * __pgt_j2.__pgt_w AS __pgt_w, d.dept AS d_dept, d.building AS building, __pgt_j2.dept AS p_dept, __pgt_j2.points AS points, __pgt_j2.kinds AS kinds
                FROM delta_depts AS d,
                     (
                SELECT 1 AS __pgt_w, dept, points, kinds FROM (
                  SELECT i.__pgt_g0 AS dept, i.__pgt_a0 AS points, i.__pgt_a1 AS kinds
                    FROM (
                    SELECT i.dept AS __pgt_g0, sum(i.points) AS __pgt_a0, count(DISTINCT i.kind) AS __pgt_a1
                      FROM (
                      SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                        FROM public.events AS ev,
                             public.employees AS e
                       WHERE e.id = ev.employee
                    ) AS i
                     GROUP BY i.dept
                  ) AS i
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, dept, points, kinds FROM delta_project
              ) AS __pgt_j2
               WHERE __pgt_j2.dept = d.dept
              UNION ALL
              SELECT __pgt_j2.__pgt_w AS __pgt_w, d.dept AS d_dept, d.building AS building, __pgt_j2.dept AS p_dept, __pgt_j2.points AS points, __pgt_j2.kinds AS kinds
                FROM public.depts AS d,
                     delta_project AS __pgt_j2
               WHERE __pgt_j2.dept = d.dept
            ),
            -- project (linear): each changed row, projected
            delta_project_2 AS (
              SELECT d.__pgt_w, d.d_dept AS dept, d.building AS building, d.points AS points, d.kinds AS kinds
                FROM delta_join_2 AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.dept, d.building, d.points, d.kinds, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project_2 AS d
               GROUP BY d.dept, d.building, d.points, d.kinds
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.dept_event_points AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.dept_event_points AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.dept, n.building, n.points, n.kinds), 0) AND t.dept = n.dept AND t.building IS NOT DISTINCT FROM n.building AND t.points IS NOT DISTINCT FROM n.points AND t.kinds IS NOT DISTINCT FROM n.kinds
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.dept_event_points (dept, building, points, kinds, __pgt_row_id)
            SELECT n.dept, n.building, n.points, n.kinds, hash_record_extended(ROW(n.dept, n.building, n.points, n.kinds), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.employees', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.dept_event_points') THEN
        DELETE FROM public.dept_event_points;
    ELSE
        TRUNCATE public.dept_event_points;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.depts'), ('public.employees'), ('public.events')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.dept_event_points' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.employees', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'dept_event_points'
    ),
    __pgt_release_32c396150591602e AS (
        DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
         WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_c63077dab724f8f8 AS (
        DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
         WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.depts' AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.dept_event_points (dept, building, points, kinds, __pgt_row_id)
    SELECT * FROM (
      SELECT r.dept, r.building, r.points, r.kinds, hash_record_extended(ROW(r.dept, r.building, r.points, r.kinds), 0) AS __pgt_row_id
        FROM (
          SELECT i.d_dept AS dept, i.building AS building, i.points AS points, i.kinds AS kinds
            FROM (
            SELECT d.dept AS d_dept, d.building AS building, __pgt_j2.dept AS p_dept, __pgt_j2.points AS points, __pgt_j2.kinds AS kinds
              FROM public.depts AS d,
                   (
              SELECT i.__pgt_g0 AS dept, i.__pgt_a0 AS points, i.__pgt_a1 AS kinds
                FROM (
                SELECT i.dept AS __pgt_g0, sum(i.points) AS __pgt_a0, count(DISTINCT i.kind) AS __pgt_a1
                  FROM (
                  SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                    FROM public.events AS ev,
                         public.employees AS e
                   WHERE e.id = ev.employee
                ) AS i
                 GROUP BY i.dept
              ) AS i
            ) AS __pgt_j2
             WHERE __pgt_j2.dept = d.dept
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.dept_event_points', full => true);
ANALYZE public.dept_event_points;

-- ========================================================================
-- create stream table public.dept_headcount
-- ========================================================================
-- trickle: stream table public.dept_headcount
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT d.dept, d.building, (SELECT count(*) FROM employees AS e WHERE e.dept = d.dept) AS people, (SELECT max(e.salary) FROM employees AS e WHERE e.dept = d.dept AND e.manager IS NOT NULL) AS top_salary, (SELECT COALESCE(sum(ev.points), 0) FROM events AS ev JOIN employees AS e ON e.id = ev.employee WHERE e.dept = d.dept) AS points FROM depts AS d WHERE ((SELECT count(*) FROM employees AS e WHERE e.dept = d.dept)) < 100
--
-- operator tree:
--   project dept, building, CASE WHEN __pgt_sub2_pgt_rows IS NULL THEN 0 ELSE __pgt_sub2_pgt_value END AS people, CASE WHEN __pgt_sub3_pgt_rows IS NULL THEN NULL ELSE __pgt_sub3_pgt_value END AS top_salary, CASE WHEN __pgt_sub4_pgt_rows IS NULL THEN COALESCE(NULL, 0) ELSE __pgt_sub4_pgt_value END AS points
--     filter (CASE WHEN __pgt_sub1_pgt_rows IS NULL THEN 0 ELSE __pgt_sub1_pgt_value END) < 100
--       left outer join on __pgt_sub4_pgt_k0 = dept
--         left outer join on __pgt_sub3_pgt_k0 = dept
--           left outer join on __pgt_sub2_pgt_k0 = dept
--             left outer join on __pgt_sub1_pgt_k0 = dept
--               scan public.depts AS d
--               project __pgt_g0 AS pgt_k0, __pgt_a0 AS pgt_value, __pgt_a0 AS pgt_rows
--                 aggregate count(*) group by dept
--                   scan public.employees AS e
--             project __pgt_g0 AS pgt_k0, __pgt_a0 AS pgt_value, __pgt_a0 AS pgt_rows
--               aggregate count(*) group by dept
--                 scan public.employees AS e
--           project __pgt_g0 AS pgt_k0, __pgt_a0 AS pgt_value, __pgt_a1 AS pgt_rows
--             aggregate max(e.salary), count(*) group by dept
--               filter manager IS NOT NULL
--                 scan public.employees AS e
--         project __pgt_g0 AS pgt_k0, COALESCE(__pgt_a0, 0) AS pgt_value, __pgt_a1 AS pgt_rows
--           aggregate sum(ev.points), count(*) group by dept
--             inner join on id = employee
--               scan public.events AS ev
--               scan public.employees AS e

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.dept_headcount AS
  SELECT r.dept, r.building, r.people, r.top_salary, r.points, hashtextextended(r.dept, 0) AS __pgt_row_id
    FROM (
      SELECT i.dept AS dept, i.building AS building, CASE WHEN i.__pgt_sub2_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub2_pgt_value END AS people, CASE WHEN i.__pgt_sub3_pgt_rows IS NULL THEN NULL ELSE i.__pgt_sub3_pgt_value END AS top_salary, CASE WHEN i.__pgt_sub4_pgt_rows IS NULL THEN COALESCE(NULL, 0) ELSE i.__pgt_sub4_pgt_value END AS points
        FROM (
        SELECT i.dept, i.building, i.__pgt_sub1_pgt_k0, i.__pgt_sub1_pgt_value, i.__pgt_sub1_pgt_rows, i.__pgt_sub2_pgt_k0, i.__pgt_sub2_pgt_value, i.__pgt_sub2_pgt_rows, i.__pgt_sub3_pgt_k0, i.__pgt_sub3_pgt_value, i.__pgt_sub3_pgt_rows, i.__pgt_sub4_pgt_k0, i.__pgt_sub4_pgt_value, i.__pgt_sub4_pgt_rows
          FROM (
          SELECT __pgt_l.dept AS dept, __pgt_l.building AS building, __pgt_l.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_l.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_l.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_l.__pgt_sub2_pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_l.__pgt_sub2_pgt_value AS __pgt_sub2_pgt_value, __pgt_l.__pgt_sub2_pgt_rows AS __pgt_sub2_pgt_rows, __pgt_l.__pgt_sub3_pgt_k0 AS __pgt_sub3_pgt_k0, __pgt_l.__pgt_sub3_pgt_value AS __pgt_sub3_pgt_value, __pgt_l.__pgt_sub3_pgt_rows AS __pgt_sub3_pgt_rows, __pgt_r.pgt_k0 AS __pgt_sub4_pgt_k0, __pgt_r.pgt_value AS __pgt_sub4_pgt_value, __pgt_r.pgt_rows AS __pgt_sub4_pgt_rows
            FROM (
            SELECT __pgt_l.dept AS dept, __pgt_l.building AS building, __pgt_l.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_l.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_l.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_l.__pgt_sub2_pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_l.__pgt_sub2_pgt_value AS __pgt_sub2_pgt_value, __pgt_l.__pgt_sub2_pgt_rows AS __pgt_sub2_pgt_rows, __pgt_r.pgt_k0 AS __pgt_sub3_pgt_k0, __pgt_r.pgt_value AS __pgt_sub3_pgt_value, __pgt_r.pgt_rows AS __pgt_sub3_pgt_rows
              FROM (
              SELECT __pgt_l.dept AS dept, __pgt_l.building AS building, __pgt_l.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_l.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_l.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_r.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_r.pgt_value AS __pgt_sub2_pgt_value, __pgt_r.pgt_rows AS __pgt_sub2_pgt_rows
                FROM (
                SELECT d.dept AS dept, d.building AS building, __pgt_r.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
                  FROM public.depts AS d
                  LEFT JOIN (
                  SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                    FROM (
                    SELECT e.dept AS __pgt_g0, count(*) AS __pgt_a0
                      FROM public.employees AS e
                     GROUP BY e.dept
                  ) AS i
                ) AS __pgt_r ON __pgt_r.pgt_k0 = d.dept
              ) AS __pgt_l
                LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT e.dept AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.employees AS e
                   GROUP BY e.dept
                ) AS i
              ) AS __pgt_r ON __pgt_r.pgt_k0 = __pgt_l.dept
            ) AS __pgt_l
              LEFT JOIN (
              SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a1 AS pgt_rows
                FROM (
                SELECT i.dept AS __pgt_g0, max(i.salary) AS __pgt_a0, count(*) AS __pgt_a1
                  FROM (
                  SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired
                    FROM public.employees AS e
                   WHERE e.manager IS NOT NULL
                ) AS i
                 GROUP BY i.dept
              ) AS i
            ) AS __pgt_r ON __pgt_r.pgt_k0 = __pgt_l.dept
          ) AS __pgt_l
            LEFT JOIN (
            SELECT i.__pgt_g0 AS pgt_k0, COALESCE(i.__pgt_a0, 0) AS pgt_value, i.__pgt_a1 AS pgt_rows
              FROM (
              SELECT i.dept AS __pgt_g0, sum(i.points) AS __pgt_a0, count(*) AS __pgt_a1
                FROM (
                SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                  FROM public.events AS ev,
                       public.employees AS e
                 WHERE e.id = ev.employee
              ) AS i
               GROUP BY i.dept
            ) AS i
          ) AS __pgt_r ON __pgt_r.pgt_k0 = __pgt_l.dept
        ) AS i
         WHERE (CASE WHEN i.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub1_pgt_value END) < 100
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.dept_headcount ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_49a089f41a7e303d ON public.dept_headcount (__pgt_row_id);
COMMENT ON TABLE public.dept_headcount IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.dept_headcount'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'dept_headcount', 'public.dept_headcount', '49a089f41a7e303d', 'SELECT d.dept, d.building, (SELECT count(*) FROM employees AS e WHERE e.dept = d.dept) AS people, (SELECT max(e.salary) FROM employees AS e WHERE e.dept = d.dept AND e.manager IS NOT NULL) AS top_salary, (SELECT COALESCE(sum(ev.points), 0) FROM events AS ev JOIN employees AS e ON e.id = ev.employee WHERE e.dept = d.dept) AS points FROM depts AS d WHERE ((SELECT count(*) FROM employees AS e WHERE e.dept = d.dept)) < 100', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_49a089f41a7e303d', 7, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.dept_headcount';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.depts', 'TABLE', true, ARRAY['dept', 'building']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_headcount';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_headcount';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['employee', 'kind', 'points']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_headcount';

-- Refresh function, called by pg_trickle.refresh('public.dept_headcount').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_49a089f41a7e303d(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_bound_32c396150591602e xid8;
    __pgt_small_32c396150591602e boolean;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
    __pgt_bound_c63077dab724f8f8 xid8;
    __pgt_small_c63077dab724f8f8 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.depts' AND d.consumes_changes AND r.stable_name <> 'public.dept_headcount'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_32c396150591602e'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.dept_headcount'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.events' AND d.consumes_changes AND r.stable_name <> 'public.dept_headcount'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c63077dab724f8f8'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_32c396150591602e, __pgt_small_32c396150591602e, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d, __pgt_bound_c63077dab724f8f8, __pgt_small_c63077dab724f8f8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.dept_headcount';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.employees', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
             WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_32c396150591602e'::regclass) > __pgt_full_ratio * pg_relation_size('public.depts'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.depts'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.depts', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c63077dab724f8f8'::regclass) > __pgt_full_ratio * pg_relation_size('public.events'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.events'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.events', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.employees', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'dept_headcount'
            ),
            -- delete the changes of public.depts that every reader has consumed
            __pgt_release_32c396150591602e AS (
              DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.events that every reader has consumed
            __pgt_release_c63077dab724f8f8 AS (
              DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.depts: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_depts AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.dept, c.building
                FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate in a subquery: the groups its input's changes touch
            __pgt_changed_groups AS (
              SELECT DISTINCT d.dept AS __pgt_g0
                FROM delta_employees AS d
            ),
            -- aggregate in a subquery: the touched groups' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r.id, r.name, r.manager, r.dept, r.salary, r.bonus, r.hired
                FROM (SELECT u.id, u.name, u.manager, u.dept, u.salary, u.bonus, u.hired, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired FROM (
                          SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                            FROM public.employees AS c
                            JOIN __pgt_changed_groups AS k ON c.dept = k.__pgt_g0
                          UNION ALL
                          SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                            FROM public.employees AS c
                            JOIN __pgt_changed_groups AS k ON c.dept IS NULL AND k.__pgt_g0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.id, d.name, d.manager, d.dept, d.salary, d.bonus, d.hired FROM delta_employees AS d) AS u
                       GROUP BY u.id, u.name, u.manager, u.dept, u.salary, u.bonus, u.hired
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was
            delta_aggregate AS (
              SELECT 1 AS __pgt_w, i.dept AS __pgt_g0, count(*) AS __pgt_a0
                FROM (
                  SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                    FROM public.employees AS c
                    JOIN __pgt_changed_groups AS k ON c.dept = k.__pgt_g0
                  UNION ALL
                  SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                    FROM public.employees AS c
                    JOIN __pgt_changed_groups AS k ON c.dept IS NULL AND k.__pgt_g0 IS NULL
                ) AS i
               GROUP BY i.dept
              UNION ALL
              SELECT -1, i.dept AS __pgt_g0, count(*) AS __pgt_a0
                FROM __pgt_group_rows_before AS i
               GROUP BY i.dept
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
                SELECT 1 AS __pgt_w, dept, building FROM public.depts
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.dept, c.building FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_project AS __pgt_x WHERE __pgt_x.pgt_k0 = __pgt_p.dept)
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT e.dept AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.employees AS e
                   GROUP BY e.dept
                ) AS i
              ) AS __pgt_x ON __pgt_x.pgt_k0 = __pgt_p.dept
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN delta_project AS __pgt_x ON __pgt_x.pgt_k0 = __pgt_p.dept
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT d.__pgt_w * __pgt_j2.__pgt_w AS __pgt_w, d.dept AS dept, d.building AS building, __pgt_j2.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_j2.pgt_value AS __pgt_sub1_pgt_value, __pgt_j2.pgt_rows AS __pgt_sub1_pgt_rows
                FROM delta_depts AS d,
                     (
                SELECT 1 AS __pgt_w, pgt_k0, pgt_value, pgt_rows FROM (
                  SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                    FROM (
                    SELECT e.dept AS __pgt_g0, count(*) AS __pgt_a0
                      FROM public.employees AS e
                     GROUP BY e.dept
                  ) AS i
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, pgt_k0, pgt_value, pgt_rows FROM delta_project
              ) AS __pgt_j2
               WHERE __pgt_j2.pgt_k0 = d.dept
              UNION ALL
              SELECT __pgt_j2.__pgt_w AS __pgt_w, d.dept AS dept, d.building AS building, __pgt_j2.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_j2.pgt_value AS __pgt_sub1_pgt_value, __pgt_j2.pgt_rows AS __pgt_sub1_pgt_rows
                FROM public.depts AS d,
                     delta_project AS __pgt_j2
               WHERE __pgt_j2.pgt_k0 = d.dept
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.dept AS dept, __pgt_p.building AS building, __pgt_pad.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_pad.pgt_value AS __pgt_sub1_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub1_pgt_rows
                FROM delta_depts AS __pgt_p
                LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT e.dept AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.employees AS e
                   GROUP BY e.dept
                ) AS i
              ) AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT e.dept AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.employees AS e
                   GROUP BY e.dept
                ) AS i
              ) AS __pgt_x WHERE __pgt_x.pgt_k0 = __pgt_p.dept)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p.dept AS dept, __pgt_p.building AS building, __pgt_pad.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_pad.pgt_value AS __pgt_sub1_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub1_pgt_rows
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matches_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT e.dept AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.employees AS e
                   GROUP BY e.dept
                ) AS i
              ) AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- aggregate in a subquery: the groups its input's changes touch
            __pgt_changed_groups_2 AS (
              SELECT DISTINCT d.dept AS __pgt_g0
                FROM delta_employees AS d
            ),
            -- aggregate in a subquery: the touched groups' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before_2 AS (
              SELECT r.id, r.name, r.manager, r.dept, r.salary, r.bonus, r.hired
                FROM (SELECT u.id, u.name, u.manager, u.dept, u.salary, u.bonus, u.hired, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired FROM (
                          SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                            FROM public.employees AS c
                            JOIN __pgt_changed_groups_2 AS k ON c.dept = k.__pgt_g0
                          UNION ALL
                          SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                            FROM public.employees AS c
                            JOIN __pgt_changed_groups_2 AS k ON c.dept IS NULL AND k.__pgt_g0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.id, d.name, d.manager, d.dept, d.salary, d.bonus, d.hired FROM delta_employees AS d) AS u
                       GROUP BY u.id, u.name, u.manager, u.dept, u.salary, u.bonus, u.hired
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was
            delta_aggregate_2 AS (
              SELECT 1 AS __pgt_w, i.dept AS __pgt_g0, count(*) AS __pgt_a0
                FROM (
                  SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                    FROM public.employees AS c
                    JOIN __pgt_changed_groups_2 AS k ON c.dept = k.__pgt_g0
                  UNION ALL
                  SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                    FROM public.employees AS c
                    JOIN __pgt_changed_groups_2 AS k ON c.dept IS NULL AND k.__pgt_g0 IS NULL
                ) AS i
               GROUP BY i.dept
              UNION ALL
              SELECT -1, i.dept AS __pgt_g0, count(*) AS __pgt_a0
                FROM __pgt_group_rows_before_2 AS i
               GROUP BY i.dept
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
                SELECT 1 AS __pgt_w, dept, building, __pgt_sub1_pgt_k0, __pgt_sub1_pgt_value, __pgt_sub1_pgt_rows FROM (
                  SELECT d.dept AS dept, d.building AS building, __pgt_r.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
                    FROM public.depts AS d
                    LEFT JOIN (
                    SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                      FROM (
                      SELECT e.dept AS __pgt_g0, count(*) AS __pgt_a0
                        FROM public.employees AS e
                       GROUP BY e.dept
                    ) AS i
                  ) AS __pgt_r ON __pgt_r.pgt_k0 = d.dept
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, dept, building, __pgt_sub1_pgt_k0, __pgt_sub1_pgt_value, __pgt_sub1_pgt_rows FROM delta_outer_join
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_project_2 AS __pgt_x WHERE __pgt_x.pgt_k0 = __pgt_p.dept)
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now_2 AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates_2 AS __pgt_p
                JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT e.dept AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.employees AS e
                   GROUP BY e.dept
                ) AS i
              ) AS __pgt_x ON __pgt_x.pgt_k0 = __pgt_p.dept
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed_2 AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates_2 AS __pgt_p
                JOIN delta_project_2 AS __pgt_x ON __pgt_x.pgt_k0 = __pgt_p.dept
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join_2 AS (
              SELECT __pgt_j1.__pgt_w * __pgt_j2.__pgt_w AS __pgt_w, __pgt_j1.dept AS dept, __pgt_j1.building AS building, __pgt_j1.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_j1.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_j1.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_j2.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_j2.pgt_value AS __pgt_sub2_pgt_value, __pgt_j2.pgt_rows AS __pgt_sub2_pgt_rows
                FROM delta_outer_join AS __pgt_j1,
                     (
                SELECT 1 AS __pgt_w, pgt_k0, pgt_value, pgt_rows FROM (
                  SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                    FROM (
                    SELECT e.dept AS __pgt_g0, count(*) AS __pgt_a0
                      FROM public.employees AS e
                     GROUP BY e.dept
                  ) AS i
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, pgt_k0, pgt_value, pgt_rows FROM delta_project_2
              ) AS __pgt_j2
               WHERE __pgt_j2.pgt_k0 = __pgt_j1.dept
              UNION ALL
              SELECT __pgt_j2.__pgt_w AS __pgt_w, __pgt_j1.dept AS dept, __pgt_j1.building AS building, __pgt_j1.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_j1.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_j1.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_j2.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_j2.pgt_value AS __pgt_sub2_pgt_value, __pgt_j2.pgt_rows AS __pgt_sub2_pgt_rows
                FROM (
                SELECT d.dept AS dept, d.building AS building, __pgt_r.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
                  FROM public.depts AS d
                  LEFT JOIN (
                  SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                    FROM (
                    SELECT e.dept AS __pgt_g0, count(*) AS __pgt_a0
                      FROM public.employees AS e
                     GROUP BY e.dept
                  ) AS i
                ) AS __pgt_r ON __pgt_r.pgt_k0 = d.dept
              ) AS __pgt_j1,
                     delta_project_2 AS __pgt_j2
               WHERE __pgt_j2.pgt_k0 = __pgt_j1.dept
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.dept AS dept, __pgt_p.building AS building, __pgt_p.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_p.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_p.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_pad.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_pad.pgt_value AS __pgt_sub2_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub2_pgt_rows
                FROM delta_outer_join AS __pgt_p
                LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT e.dept AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.employees AS e
                   GROUP BY e.dept
                ) AS i
              ) AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT e.dept AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.employees AS e
                   GROUP BY e.dept
                ) AS i
              ) AS __pgt_x WHERE __pgt_x.pgt_k0 = __pgt_p.dept)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p.dept AS dept, __pgt_p.building AS building, __pgt_p.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_p.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_p.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_pad.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_pad.pgt_value AS __pgt_sub2_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub2_pgt_rows
                  FROM __pgt_candidates_2 AS __pgt_p
                  LEFT JOIN __pgt_matches_now_2 AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed_2 AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT e.dept AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.employees AS e
                   GROUP BY e.dept
                ) AS i
              ) AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- filter (linear): changes of its input that satisfy manager IS NOT NULL
            delta_filter AS (
              SELECT d.__pgt_w, d.id, d.name, d.manager, d.dept, d.salary, d.bonus, d.hired
                FROM delta_employees AS d
               WHERE d.manager IS NOT NULL
            ),
            -- aggregate in a subquery: the groups its input's changes touch
            __pgt_changed_groups_3 AS (
              SELECT DISTINCT d.dept AS __pgt_g0
                FROM delta_filter AS d
            ),
            -- aggregate in a subquery: the touched groups' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before_3 AS (
              SELECT r.id, r.name, r.manager, r.dept, r.salary, r.bonus, r.hired
                FROM (SELECT u.id, u.name, u.manager, u.dept, u.salary, u.bonus, u.hired, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired FROM (
                          SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                            FROM (
                            SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired
                              FROM public.employees AS e
                             WHERE e.manager IS NOT NULL
                          ) AS c
                            JOIN __pgt_changed_groups_3 AS k ON c.dept = k.__pgt_g0
                          UNION ALL
                          SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                            FROM (
                            SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired
                              FROM public.employees AS e
                             WHERE e.manager IS NOT NULL
                          ) AS c
                            JOIN __pgt_changed_groups_3 AS k ON c.dept IS NULL AND k.__pgt_g0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.id, d.name, d.manager, d.dept, d.salary, d.bonus, d.hired FROM delta_filter AS d) AS u
                       GROUP BY u.id, u.name, u.manager, u.dept, u.salary, u.bonus, u.hired
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was
            delta_aggregate_3 AS (
              SELECT 1 AS __pgt_w, i.dept AS __pgt_g0, max(i.salary) AS __pgt_a0, count(*) AS __pgt_a1
                FROM (
                  SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                    FROM (
                    SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired
                      FROM public.employees AS e
                     WHERE e.manager IS NOT NULL
                  ) AS c
                    JOIN __pgt_changed_groups_3 AS k ON c.dept = k.__pgt_g0
                  UNION ALL
                  SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                    FROM (
                    SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired
                      FROM public.employees AS e
                     WHERE e.manager IS NOT NULL
                  ) AS c
                    JOIN __pgt_changed_groups_3 AS k ON c.dept IS NULL AND k.__pgt_g0 IS NULL
                ) AS i
               GROUP BY i.dept
              UNION ALL
              SELECT -1, i.dept AS __pgt_g0, max(i.salary) AS __pgt_a0, count(*) AS __pgt_a1
                FROM __pgt_group_rows_before_3 AS i
               GROUP BY i.dept
            ),
            -- project (linear): each changed row, projected
            delta_project_3 AS (
              SELECT d.__pgt_w, d.__pgt_g0 AS pgt_k0, d.__pgt_a0 AS pgt_value, d.__pgt_a1 AS pgt_rows
                FROM delta_aggregate_3 AS d
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates_3 AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, dept, building, __pgt_sub1_pgt_k0, __pgt_sub1_pgt_value, __pgt_sub1_pgt_rows, __pgt_sub2_pgt_k0, __pgt_sub2_pgt_value, __pgt_sub2_pgt_rows FROM (
                  SELECT __pgt_l.dept AS dept, __pgt_l.building AS building, __pgt_l.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_l.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_l.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_r.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_r.pgt_value AS __pgt_sub2_pgt_value, __pgt_r.pgt_rows AS __pgt_sub2_pgt_rows
                    FROM (
                    SELECT d.dept AS dept, d.building AS building, __pgt_r.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
                      FROM public.depts AS d
                      LEFT JOIN (
                      SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                        FROM (
                        SELECT e.dept AS __pgt_g0, count(*) AS __pgt_a0
                          FROM public.employees AS e
                         GROUP BY e.dept
                      ) AS i
                    ) AS __pgt_r ON __pgt_r.pgt_k0 = d.dept
                  ) AS __pgt_l
                    LEFT JOIN (
                    SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                      FROM (
                      SELECT e.dept AS __pgt_g0, count(*) AS __pgt_a0
                        FROM public.employees AS e
                       GROUP BY e.dept
                    ) AS i
                  ) AS __pgt_r ON __pgt_r.pgt_k0 = __pgt_l.dept
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, dept, building, __pgt_sub1_pgt_k0, __pgt_sub1_pgt_value, __pgt_sub1_pgt_rows, __pgt_sub2_pgt_k0, __pgt_sub2_pgt_value, __pgt_sub2_pgt_rows FROM delta_outer_join_2
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_project_3 AS __pgt_x WHERE __pgt_x.pgt_k0 = __pgt_p.dept)
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now_3 AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates_3 AS __pgt_p
                JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a1 AS pgt_rows
                  FROM (
                  SELECT i.dept AS __pgt_g0, max(i.salary) AS __pgt_a0, count(*) AS __pgt_a1
                    FROM (
                    SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired
                      FROM public.employees AS e
                     WHERE e.manager IS NOT NULL
                  ) AS i
                   GROUP BY i.dept
                ) AS i
              ) AS __pgt_x ON __pgt_x.pgt_k0 = __pgt_p.dept
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed_3 AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates_3 AS __pgt_p
                JOIN delta_project_3 AS __pgt_x ON __pgt_x.pgt_k0 = __pgt_p.dept
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join_3 AS (
              SELECT __pgt_j1.__pgt_w * __pgt_j2.__pgt_w AS __pgt_w, __pgt_j1.dept AS dept, __pgt_j1.building AS building, __pgt_j1.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_j1.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_j1.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_j1.__pgt_sub2_pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_j1.__pgt_sub2_pgt_value AS __pgt_sub2_pgt_value, __pgt_j1.__pgt_sub2_pgt_rows AS __pgt_sub2_pgt_rows, __pgt_j2.pgt_k0 AS __pgt_sub3_pgt_k0, __pgt_j2.pgt_value AS __pgt_sub3_pgt_value, __pgt_j2.pgt_rows AS __pgt_sub3_pgt_rows
                FROM delta_outer_join_2 AS __pgt_j1,
                     (
                SELECT 1 AS __pgt_w, pgt_k0, pgt_value, pgt_rows FROM (
                  SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a1 AS pgt_rows
                    FROM (
                    SELECT i.dept AS __pgt_g0, max(i.salary) AS __pgt_a0, count(*) AS __pgt_a1
                      FROM (
                      SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired
                        FROM public.employees AS e
                       WHERE e.manager IS NOT NULL
                    ) AS i
                     GROUP BY i.dept
                  ) AS i
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, pgt_k0, pgt_value, pgt_rows FROM delta_project_3
              ) AS __pgt_j2
               WHERE __pgt_j2.pgt_k0 = __pgt_j1.dept
              UNION ALL
              SELECT __pgt_j2.__pgt_w AS __pgt_w, __pgt_j1.dept AS dept, __pgt_j1.building AS building, __pgt_j1.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_j1.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_j1.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_j1.__pgt_sub2_pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_j1.__pgt_sub2_pgt_value AS __pgt_sub2_pgt_value, __pgt_j1.__pgt_sub2_pgt_rows AS __pgt_sub2_pgt_rows, __pgt_j2.pgt_k0 AS __pgt_sub3_pgt_k0, __pgt_j2.pgt_value AS __pgt_sub3_pgt_value, __pgt_j2.pgt_rows AS __pgt_sub3_pgt_rows
                FROM (
                SELECT __pgt_l.dept AS dept, __pgt_l.building AS building, __pgt_l.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_l.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_l.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_r.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_r.pgt_value AS __pgt_sub2_pgt_value, __pgt_r.pgt_rows AS __pgt_sub2_pgt_rows
                  FROM (
                  SELECT d.dept AS dept, d.building AS building, __pgt_r.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
                    FROM public.depts AS d
                    LEFT JOIN (
                    SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                      FROM (
                      SELECT e.dept AS __pgt_g0, count(*) AS __pgt_a0
                        FROM public.employees AS e
                       GROUP BY e.dept
                    ) AS i
                  ) AS __pgt_r ON __pgt_r.pgt_k0 = d.dept
                ) AS __pgt_l
                  LEFT JOIN (
                  SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                    FROM (
                    SELECT e.dept AS __pgt_g0, count(*) AS __pgt_a0
                      FROM public.employees AS e
                     GROUP BY e.dept
                  ) AS i
                ) AS __pgt_r ON __pgt_r.pgt_k0 = __pgt_l.dept
              ) AS __pgt_j1,
                     delta_project_3 AS __pgt_j2
               WHERE __pgt_j2.pgt_k0 = __pgt_j1.dept
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.dept AS dept, __pgt_p.building AS building, __pgt_p.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_p.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_p.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_p.__pgt_sub2_pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_p.__pgt_sub2_pgt_value AS __pgt_sub2_pgt_value, __pgt_p.__pgt_sub2_pgt_rows AS __pgt_sub2_pgt_rows, __pgt_pad.pgt_k0 AS __pgt_sub3_pgt_k0, __pgt_pad.pgt_value AS __pgt_sub3_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub3_pgt_rows
                FROM delta_outer_join_2 AS __pgt_p
                LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a1 AS pgt_rows
                  FROM (
                  SELECT i.dept AS __pgt_g0, max(i.salary) AS __pgt_a0, count(*) AS __pgt_a1
                    FROM (
                    SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired
                      FROM public.employees AS e
                     WHERE e.manager IS NOT NULL
                  ) AS i
                   GROUP BY i.dept
                ) AS i
              ) AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a1 AS pgt_rows
                  FROM (
                  SELECT i.dept AS __pgt_g0, max(i.salary) AS __pgt_a0, count(*) AS __pgt_a1
                    FROM (
                    SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired
                      FROM public.employees AS e
                     WHERE e.manager IS NOT NULL
                  ) AS i
                   GROUP BY i.dept
                ) AS i
              ) AS __pgt_x WHERE __pgt_x.pgt_k0 = __pgt_p.dept)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p.dept AS dept, __pgt_p.building AS building, __pgt_p.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_p.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_p.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_p.__pgt_sub2_pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_p.__pgt_sub2_pgt_value AS __pgt_sub2_pgt_value, __pgt_p.__pgt_sub2_pgt_rows AS __pgt_sub2_pgt_rows, __pgt_pad.pgt_k0 AS __pgt_sub3_pgt_k0, __pgt_pad.pgt_value AS __pgt_sub3_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub3_pgt_rows
                  FROM __pgt_candidates_3 AS __pgt_p
                  LEFT JOIN __pgt_matches_now_3 AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed_3 AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a1 AS pgt_rows
                  FROM (
                  SELECT i.dept AS __pgt_g0, max(i.salary) AS __pgt_a0, count(*) AS __pgt_a1
                    FROM (
                    SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired
                      FROM public.employees AS e
                     WHERE e.manager IS NOT NULL
                  ) AS i
                   GROUP BY i.dept
                ) AS i
              ) AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_events AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.employee, c.kind, c.points
                FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(ev) JOIN e
            --   + ev' JOIN d(e)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT ev.__pgt_w * e.__pgt_w AS __pgt_w, ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                FROM delta_events AS ev,
                     (
                SELECT 1 AS __pgt_w, id, name, manager, dept, salary, bonus, hired FROM public.employees
                UNION ALL
                SELECT -__pgt_w, id, name, manager, dept, salary, bonus, hired FROM delta_employees
              ) AS e
               WHERE e.id = ev.employee
              UNION ALL
              SELECT e.__pgt_w AS __pgt_w, ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                FROM public.events AS ev,
                     delta_employees AS e
               WHERE e.id = ev.employee
            ),
            -- aggregate in a subquery: the groups its input's changes touch
            __pgt_changed_groups_4 AS (
              SELECT DISTINCT d.dept AS __pgt_g0
                FROM delta_join AS d
            ),
            -- aggregate in a subquery: the touched groups' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before_4 AS (
              SELECT r.employee, r.kind, r.points, r.id, r.name, r.manager, r.dept, r.salary, r.bonus, r.hired
                FROM (SELECT u.employee, u.kind, u.points, u.id, u.name, u.manager, u.dept, u.salary, u.bonus, u.hired, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.employee, c.kind, c.points, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired FROM (
                          SELECT c.employee, c.kind, c.points, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                            FROM (
                            SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                              FROM public.events AS ev,
                                   public.employees AS e
                             WHERE e.id = ev.employee
                          ) AS c
                            JOIN __pgt_changed_groups_4 AS k ON c.dept = k.__pgt_g0
                          UNION ALL
                          SELECT c.employee, c.kind, c.points, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                            FROM (
                            SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                              FROM public.events AS ev,
                                   public.employees AS e
                             WHERE e.id = ev.employee
                          ) AS c
                            JOIN __pgt_changed_groups_4 AS k ON c.dept IS NULL AND k.__pgt_g0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.employee, d.kind, d.points, d.id, d.name, d.manager, d.dept, d.salary, d.bonus, d.hired FROM delta_join AS d) AS u
                       GROUP BY u.employee, u.kind, u.points, u.id, u.name, u.manager, u.dept, u.salary, u.bonus, u.hired
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was
            delta_aggregate_4 AS (
              SELECT 1 AS __pgt_w, i.dept AS __pgt_g0, sum(i.points) AS __pgt_a0, count(*) AS __pgt_a1
                FROM (
                  SELECT c.employee, c.kind, c.points, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                    FROM (
                    SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                      FROM public.events AS ev,
                           public.employees AS e
                     WHERE e.id = ev.employee
                  ) AS c
                    JOIN __pgt_changed_groups_4 AS k ON c.dept = k.__pgt_g0
                  UNION ALL
                  SELECT c.employee, c.kind, c.points, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                    FROM (
                    SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                      FROM public.events AS ev,
                           public.employees AS e
                     WHERE e.id = ev.employee
                  ) AS c
                    JOIN __pgt_changed_groups_4 AS k ON c.dept IS NULL AND k.__pgt_g0 IS NULL
                ) AS i
               GROUP BY i.dept
              UNION ALL
              SELECT -1, i.dept AS __pgt_g0, sum(i.points) AS __pgt_a0, count(*) AS __pgt_a1
                FROM __pgt_group_rows_before_4 AS i
               GROUP BY i.dept
            ),
            -- project (linear): each changed row, projected
            delta_project_4 AS (
              SELECT d.__pgt_w, d.__pgt_g0 AS pgt_k0, COALESCE(d.__pgt_a0, 0) AS pgt_value, d.__pgt_a1 AS pgt_rows
                FROM delta_aggregate_4 AS d
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates_4 AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, dept, building, __pgt_sub1_pgt_k0, __pgt_sub1_pgt_value, __pgt_sub1_pgt_rows, __pgt_sub2_pgt_k0, __pgt_sub2_pgt_value, __pgt_sub2_pgt_rows, __pgt_sub3_pgt_k0, __pgt_sub3_pgt_value, __pgt_sub3_pgt_rows FROM (
                  SELECT __pgt_l.dept AS dept, __pgt_l.building AS building, __pgt_l.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_l.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_l.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_l.__pgt_sub2_pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_l.__pgt_sub2_pgt_value AS __pgt_sub2_pgt_value, __pgt_l.__pgt_sub2_pgt_rows AS __pgt_sub2_pgt_rows, __pgt_r.pgt_k0 AS __pgt_sub3_pgt_k0, __pgt_r.pgt_value AS __pgt_sub3_pgt_value, __pgt_r.pgt_rows AS __pgt_sub3_pgt_rows
                    FROM (
                    SELECT __pgt_l.dept AS dept, __pgt_l.building AS building, __pgt_l.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_l.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_l.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_r.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_r.pgt_value AS __pgt_sub2_pgt_value, __pgt_r.pgt_rows AS __pgt_sub2_pgt_rows
                      FROM (
                      SELECT d.dept AS dept, d.building AS building, __pgt_r.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
                        FROM public.depts AS d
                        LEFT JOIN (
                        SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                          FROM (
                          SELECT e.dept AS __pgt_g0, count(*) AS __pgt_a0
                            FROM public.employees AS e
                           GROUP BY e.dept
                        ) AS i
                      ) AS __pgt_r ON __pgt_r.pgt_k0 = d.dept
                    ) AS __pgt_l
                      LEFT JOIN (
                      SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                        FROM (
                        SELECT e.dept AS __pgt_g0, count(*) AS __pgt_a0
                          FROM public.employees AS e
                         GROUP BY e.dept
                      ) AS i
                    ) AS __pgt_r ON __pgt_r.pgt_k0 = __pgt_l.dept
                  ) AS __pgt_l
                    LEFT JOIN (
                    SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a1 AS pgt_rows
                      FROM (
                      SELECT i.dept AS __pgt_g0, max(i.salary) AS __pgt_a0, count(*) AS __pgt_a1
                        FROM (
                        SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired
                          FROM public.employees AS e
                         WHERE e.manager IS NOT NULL
                      ) AS i
                       GROUP BY i.dept
                    ) AS i
                  ) AS __pgt_r ON __pgt_r.pgt_k0 = __pgt_l.dept
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, dept, building, __pgt_sub1_pgt_k0, __pgt_sub1_pgt_value, __pgt_sub1_pgt_rows, __pgt_sub2_pgt_k0, __pgt_sub2_pgt_value, __pgt_sub2_pgt_rows, __pgt_sub3_pgt_k0, __pgt_sub3_pgt_value, __pgt_sub3_pgt_rows FROM delta_outer_join_3
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_project_4 AS __pgt_x WHERE __pgt_x.pgt_k0 = __pgt_p.dept)
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now_4 AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates_4 AS __pgt_p
                JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, COALESCE(i.__pgt_a0, 0) AS pgt_value, i.__pgt_a1 AS pgt_rows
                  FROM (
                  SELECT i.dept AS __pgt_g0, sum(i.points) AS __pgt_a0, count(*) AS __pgt_a1
                    FROM (
                    SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                      FROM public.events AS ev,
                           public.employees AS e
                     WHERE e.id = ev.employee
                  ) AS i
                   GROUP BY i.dept
                ) AS i
              ) AS __pgt_x ON __pgt_x.pgt_k0 = __pgt_p.dept
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed_4 AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates_4 AS __pgt_p
                JOIN delta_project_4 AS __pgt_x ON __pgt_x.pgt_k0 = __pgt_p.dept
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join_4 AS (
              SELECT __pgt_j1.__pgt_w * __pgt_j2.__pgt_w AS __pgt_w, __pgt_j1.dept AS dept, __pgt_j1.building AS building, __pgt_j1.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_j1.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_j1.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_j1.__pgt_sub2_pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_j1.__pgt_sub2_pgt_value AS __pgt_sub2_pgt_value, __pgt_j1.__pgt_sub2_pgt_rows AS __pgt_sub2_pgt_rows, __pgt_j1.__pgt_sub3_pgt_k0 AS __pgt_sub3_pgt_k0, __pgt_j1.__pgt_sub3_pgt_value AS __pgt_sub3_pgt_value, __pgt_j1.__pgt_sub3_pgt_rows AS __pgt_sub3_pgt_rows, __pgt_j2.pgt_k0 AS __pgt_sub4_pgt_k0, __pgt_j2.pgt_value AS __pgt_sub4_pgt_value, __pgt_j2.pgt_rows AS __pgt_sub4_pgt_rows
                FROM delta_outer_join_3 AS __pgt_j1,
                     (
                SELECT 1 AS __pgt_w, pgt_k0, pgt_value, pgt_rows FROM (
                  SELECT i.__pgt_g0 AS pgt_k0, COALESCE(i.__pgt_a0, 0) AS pgt_value, i.__pgt_a1 AS pgt_rows
                    FROM (
                    SELECT i.dept AS __pgt_g0, sum(i.points) AS __pgt_a0, count(*) AS __pgt_a1
                      FROM (
                      SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                        FROM public.events AS ev,
                             public.employees AS e
                       WHERE e.id = ev.employee
                    ) AS i
                     GROUP BY i.dept
                  ) AS i
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, pgt_k0, pgt_value, pgt_rows FROM delta_project_4
              ) AS __pgt_j2
               WHERE __pgt_j2.pgt_k0 = __pgt_j1.dept
              UNION ALL
              SELECT __pgt_j2.__pgt_w AS __pgt_w, __pgt_j1.dept AS dept, __pgt_j1.building AS building, __pgt_j1.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_j1.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_j1.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_j1.__pgt_sub2_pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_j1.__pgt_sub2_pgt_value AS __pgt_sub2_pgt_value, __pgt_j1.__pgt_sub2_pgt_rows AS __pgt_sub2_pgt_rows, __pgt_j1.__pgt_sub3_pgt_k0 AS __pgt_sub3_pgt_k0, __pgt_j1.__pgt_sub3_pgt_value AS __pgt_sub3_pgt_value, __pgt_j1.__pgt_sub3_pgt_rows AS __pgt_sub3_pgt_rows, __pgt_j2.pgt_k0 AS __pgt_sub4_pgt_k0, __pgt_j2.pgt_value AS __pgt_sub4_pgt_value, __pgt_j2.pgt_rows AS __pgt_sub4_pgt_rows
                FROM (
                SELECT __pgt_l.dept AS dept, __pgt_l.building AS building, __pgt_l.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_l.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_l.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_l.__pgt_sub2_pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_l.__pgt_sub2_pgt_value AS __pgt_sub2_pgt_value, __pgt_l.__pgt_sub2_pgt_rows AS __pgt_sub2_pgt_rows, __pgt_r.pgt_k0 AS __pgt_sub3_pgt_k0, __pgt_r.pgt_value AS __pgt_sub3_pgt_value, __pgt_r.pgt_rows AS __pgt_sub3_pgt_rows
                  FROM (
                  SELECT __pgt_l.dept AS dept, __pgt_l.building AS building, __pgt_l.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_l.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_l.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_r.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_r.pgt_value AS __pgt_sub2_pgt_value, __pgt_r.pgt_rows AS __pgt_sub2_pgt_rows
                    FROM (
                    SELECT d.dept AS dept, d.building AS building, __pgt_r.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
                      FROM public.depts AS d
                      LEFT JOIN (
                      SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                        FROM (
                        SELECT e.dept AS __pgt_g0, count(*) AS __pgt_a0
                          FROM public.employees AS e
                         GROUP BY e.dept
                      ) AS i
                    ) AS __pgt_r ON __pgt_r.pgt_k0 = d.dept
                  ) AS __pgt_l
                    LEFT JOIN (
                    SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                      FROM (
                      SELECT e.dept AS __pgt_g0, count(*) AS __pgt_a0
                        FROM public.employees AS e
                       GROUP BY e.dept
                    ) AS i
                  ) AS __pgt_r ON __pgt_r.pgt_k0 = __pgt_l.dept
                ) AS __pgt_l
                  LEFT JOIN (
                  SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a1 AS pgt_rows
                    FROM (
                    SELECT i.dept AS __pgt_g0, max(i.salary) AS __pgt_a0, count(*) AS __pgt_a1
                      FROM (
                      SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired
                        FROM public.employees AS e
                       WHERE e.manager IS NOT NULL
                    ) AS i
                     GROUP BY i.dept
                  ) AS i
                ) AS __pgt_r ON __pgt_r.pgt_k0 = __pgt_l.dept
              ) AS __pgt_j1,
                     delta_project_4 AS __pgt_j2
               WHERE __pgt_j2.pgt_k0 = __pgt_j1.dept
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.dept AS dept, __pgt_p.building AS building, __pgt_p.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_p.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_p.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_p.__pgt_sub2_pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_p.__pgt_sub2_pgt_value AS __pgt_sub2_pgt_value, __pgt_p.__pgt_sub2_pgt_rows AS __pgt_sub2_pgt_rows, __pgt_p.__pgt_sub3_pgt_k0 AS __pgt_sub3_pgt_k0, __pgt_p.__pgt_sub3_pgt_value AS __pgt_sub3_pgt_value, __pgt_p.__pgt_sub3_pgt_rows AS __pgt_sub3_pgt_rows, __pgt_pad.pgt_k0 AS __pgt_sub4_pgt_k0, __pgt_pad.pgt_value AS __pgt_sub4_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub4_pgt_rows
                FROM delta_outer_join_3 AS __pgt_p
                LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, COALESCE(i.__pgt_a0, 0) AS pgt_value, i.__pgt_a1 AS pgt_rows
                  FROM (
                  SELECT i.dept AS __pgt_g0, sum(i.points) AS __pgt_a0, count(*) AS __pgt_a1
                    FROM (
                    SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                      FROM public.events AS ev,
                           public.employees AS e
                     WHERE e.id = ev.employee
                  ) AS i
                   GROUP BY i.dept
                ) AS i
              ) AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM (
                SELECT i.__pgt_g0 AS pgt_k0, COALESCE(i.__pgt_a0, 0) AS pgt_value, i.__pgt_a1 AS pgt_rows
                  FROM (
                  SELECT i.dept AS __pgt_g0, sum(i.points) AS __pgt_a0, count(*) AS __pgt_a1
                    FROM (
                    SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                      FROM public.events AS ev,
                           public.employees AS e
                     WHERE e.id = ev.employee
                  ) AS i
                   GROUP BY i.dept
                ) AS i
              ) AS __pgt_x WHERE __pgt_x.pgt_k0 = __pgt_p.dept)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p.dept AS dept, __pgt_p.building AS building, __pgt_p.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_p.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_p.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_p.__pgt_sub2_pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_p.__pgt_sub2_pgt_value AS __pgt_sub2_pgt_value, __pgt_p.__pgt_sub2_pgt_rows AS __pgt_sub2_pgt_rows, __pgt_p.__pgt_sub3_pgt_k0 AS __pgt_sub3_pgt_k0, __pgt_p.__pgt_sub3_pgt_value AS __pgt_sub3_pgt_value, __pgt_p.__pgt_sub3_pgt_rows AS __pgt_sub3_pgt_rows, __pgt_pad.pgt_k0 AS __pgt_sub4_pgt_k0, __pgt_pad.pgt_value AS __pgt_sub4_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub4_pgt_rows
                  FROM __pgt_candidates_4 AS __pgt_p
                  LEFT JOIN __pgt_matches_now_4 AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed_4 AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, COALESCE(i.__pgt_a0, 0) AS pgt_value, i.__pgt_a1 AS pgt_rows
                  FROM (
                  SELECT i.dept AS __pgt_g0, sum(i.points) AS __pgt_a0, count(*) AS __pgt_a1
                    FROM (
                    SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                      FROM public.events AS ev,
                           public.employees AS e
                     WHERE e.id = ev.employee
                  ) AS i
                   GROUP BY i.dept
                ) AS i
              ) AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- filter (linear): changes of its input that satisfy (CASE WHEN __pgt_sub1_pgt_rows IS NULL THEN 0 ELSE __pgt_sub1_pgt_value END) < 100
            delta_filter_2 AS (
              SELECT d.__pgt_w, d.dept, d.building, d.__pgt_sub1_pgt_k0, d.__pgt_sub1_pgt_value, d.__pgt_sub1_pgt_rows, d.__pgt_sub2_pgt_k0, d.__pgt_sub2_pgt_value, d.__pgt_sub2_pgt_rows, d.__pgt_sub3_pgt_k0, d.__pgt_sub3_pgt_value, d.__pgt_sub3_pgt_rows, d.__pgt_sub4_pgt_k0, d.__pgt_sub4_pgt_value, d.__pgt_sub4_pgt_rows
                FROM delta_outer_join_4 AS d
               WHERE (CASE WHEN d.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE d.__pgt_sub1_pgt_value END) < 100
            ),
            -- project (linear): each changed row, projected
            delta_project_5 AS (
              SELECT d.__pgt_w, d.dept AS dept, d.building AS building, CASE WHEN d.__pgt_sub2_pgt_rows IS NULL THEN 0 ELSE d.__pgt_sub2_pgt_value END AS people, CASE WHEN d.__pgt_sub3_pgt_rows IS NULL THEN NULL ELSE d.__pgt_sub3_pgt_value END AS top_salary, CASE WHEN d.__pgt_sub4_pgt_rows IS NULL THEN COALESCE(NULL, 0) ELSE d.__pgt_sub4_pgt_value END AS points
                FROM delta_filter_2 AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.dept, d.building, d.people, d.top_salary, d.points, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project_5 AS d
               GROUP BY d.dept, d.building, d.people, d.top_salary, d.points
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashtextextended(n.dept, 0), n.dept) hashtextextended(n.dept, 0) AS __pgt_row_id, n.dept, n.building, n.people, n.top_salary, n.points, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashtextextended(n.dept, 0), n.dept, n.__pgt_w DESC
            )
            MERGE INTO public.dept_headcount AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.dept = a.dept
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET dept = a.dept, building = a.building, people = a.people, top_salary = a.top_salary, points = a.points
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (dept, building, people, top_salary, points, __pgt_row_id) VALUES (a.dept, a.building, a.people, a.top_salary, a.points, a.__pgt_row_id);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.employees', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.dept_headcount') THEN
        DELETE FROM public.dept_headcount;
    ELSE
        TRUNCATE public.dept_headcount;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.depts'), ('public.employees'), ('public.events')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.dept_headcount' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.employees', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'dept_headcount'
    ),
    __pgt_release_32c396150591602e AS (
        DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
         WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_c63077dab724f8f8 AS (
        DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
         WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.depts' AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.dept_headcount (dept, building, people, top_salary, points, __pgt_row_id)
    SELECT * FROM (
      SELECT r.dept, r.building, r.people, r.top_salary, r.points, hashtextextended(r.dept, 0) AS __pgt_row_id
        FROM (
          SELECT i.dept AS dept, i.building AS building, CASE WHEN i.__pgt_sub2_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub2_pgt_value END AS people, CASE WHEN i.__pgt_sub3_pgt_rows IS NULL THEN NULL ELSE i.__pgt_sub3_pgt_value END AS top_salary, CASE WHEN i.__pgt_sub4_pgt_rows IS NULL THEN COALESCE(NULL, 0) ELSE i.__pgt_sub4_pgt_value END AS points
            FROM (
            SELECT i.dept, i.building, i.__pgt_sub1_pgt_k0, i.__pgt_sub1_pgt_value, i.__pgt_sub1_pgt_rows, i.__pgt_sub2_pgt_k0, i.__pgt_sub2_pgt_value, i.__pgt_sub2_pgt_rows, i.__pgt_sub3_pgt_k0, i.__pgt_sub3_pgt_value, i.__pgt_sub3_pgt_rows, i.__pgt_sub4_pgt_k0, i.__pgt_sub4_pgt_value, i.__pgt_sub4_pgt_rows
              FROM (
              SELECT __pgt_l.dept AS dept, __pgt_l.building AS building, __pgt_l.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_l.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_l.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_l.__pgt_sub2_pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_l.__pgt_sub2_pgt_value AS __pgt_sub2_pgt_value, __pgt_l.__pgt_sub2_pgt_rows AS __pgt_sub2_pgt_rows, __pgt_l.__pgt_sub3_pgt_k0 AS __pgt_sub3_pgt_k0, __pgt_l.__pgt_sub3_pgt_value AS __pgt_sub3_pgt_value, __pgt_l.__pgt_sub3_pgt_rows AS __pgt_sub3_pgt_rows, __pgt_r.pgt_k0 AS __pgt_sub4_pgt_k0, __pgt_r.pgt_value AS __pgt_sub4_pgt_value, __pgt_r.pgt_rows AS __pgt_sub4_pgt_rows
                FROM (
                SELECT __pgt_l.dept AS dept, __pgt_l.building AS building, __pgt_l.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_l.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_l.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_l.__pgt_sub2_pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_l.__pgt_sub2_pgt_value AS __pgt_sub2_pgt_value, __pgt_l.__pgt_sub2_pgt_rows AS __pgt_sub2_pgt_rows, __pgt_r.pgt_k0 AS __pgt_sub3_pgt_k0, __pgt_r.pgt_value AS __pgt_sub3_pgt_value, __pgt_r.pgt_rows AS __pgt_sub3_pgt_rows
                  FROM (
                  SELECT __pgt_l.dept AS dept, __pgt_l.building AS building, __pgt_l.__pgt_sub1_pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_l.__pgt_sub1_pgt_value AS __pgt_sub1_pgt_value, __pgt_l.__pgt_sub1_pgt_rows AS __pgt_sub1_pgt_rows, __pgt_r.pgt_k0 AS __pgt_sub2_pgt_k0, __pgt_r.pgt_value AS __pgt_sub2_pgt_value, __pgt_r.pgt_rows AS __pgt_sub2_pgt_rows
                    FROM (
                    SELECT d.dept AS dept, d.building AS building, __pgt_r.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
                      FROM public.depts AS d
                      LEFT JOIN (
                      SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                        FROM (
                        SELECT e.dept AS __pgt_g0, count(*) AS __pgt_a0
                          FROM public.employees AS e
                         GROUP BY e.dept
                      ) AS i
                    ) AS __pgt_r ON __pgt_r.pgt_k0 = d.dept
                  ) AS __pgt_l
                    LEFT JOIN (
                    SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                      FROM (
                      SELECT e.dept AS __pgt_g0, count(*) AS __pgt_a0
                        FROM public.employees AS e
                       GROUP BY e.dept
                    ) AS i
                  ) AS __pgt_r ON __pgt_r.pgt_k0 = __pgt_l.dept
                ) AS __pgt_l
                  LEFT JOIN (
                  SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a1 AS pgt_rows
                    FROM (
                    SELECT i.dept AS __pgt_g0, max(i.salary) AS __pgt_a0, count(*) AS __pgt_a1
                      FROM (
                      SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired
                        FROM public.employees AS e
                       WHERE e.manager IS NOT NULL
                    ) AS i
                     GROUP BY i.dept
                  ) AS i
                ) AS __pgt_r ON __pgt_r.pgt_k0 = __pgt_l.dept
              ) AS __pgt_l
                LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, COALESCE(i.__pgt_a0, 0) AS pgt_value, i.__pgt_a1 AS pgt_rows
                  FROM (
                  SELECT i.dept AS __pgt_g0, sum(i.points) AS __pgt_a0, count(*) AS __pgt_a1
                    FROM (
                    SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                      FROM public.events AS ev,
                           public.employees AS e
                     WHERE e.id = ev.employee
                  ) AS i
                   GROUP BY i.dept
                ) AS i
              ) AS __pgt_r ON __pgt_r.pgt_k0 = __pgt_l.dept
            ) AS i
             WHERE (CASE WHEN i.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub1_pgt_value END) < 100
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.dept_headcount', full => true);
ANALYZE public.dept_headcount;

-- ========================================================================
-- create stream table public.dept_names
-- ========================================================================
-- trickle: stream table public.dept_names
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT dept, e.name, d.building FROM employees AS e JOIN depts AS d USING (dept) WHERE dept <> 'ops'
--
-- operator tree:
--   project e_dept AS dept, name, building
--     inner join on e_dept = d_dept AND e_dept <> 'ops'
--       scan public.employees AS e
--       scan public.depts AS d

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.dept_names AS
  SELECT r.dept, r.name, r.building, hash_record_extended(ROW(r.dept, r.name, r.building), 0) AS __pgt_row_id
    FROM (
      SELECT i.e_dept AS dept, i.name AS name, i.building AS building
        FROM (
        SELECT e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, d.dept AS d_dept, d.building AS building
          FROM public.employees AS e,
               public.depts AS d
         WHERE e.dept = d.dept AND e.dept <> 'ops'
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.dept_names ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_d82ae927cb3c5ddd ON public.dept_names (__pgt_row_id);
COMMENT ON TABLE public.dept_names IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.dept_names'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'dept_names', 'public.dept_names', 'd82ae927cb3c5ddd', 'SELECT dept, e.name, d.building FROM employees AS e JOIN depts AS d USING (dept) WHERE dept <> ''ops''', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_d82ae927cb3c5ddd', 8, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.depts', 'TABLE', true, ARRAY['dept', 'building']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_names';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_names';

-- Refresh function, called by pg_trickle.refresh('public.dept_names').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_d82ae927cb3c5ddd(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_bound_32c396150591602e xid8;
    __pgt_small_32c396150591602e boolean;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.depts' AND d.consumes_changes AND r.stable_name <> 'public.dept_names'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_32c396150591602e'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.dept_names'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_32c396150591602e, __pgt_small_32c396150591602e, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.dept_names';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
             WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_32c396150591602e'::regclass) > __pgt_full_ratio * pg_relation_size('public.depts'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.depts'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.depts', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.employees', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'dept_names'
            ),
            -- delete the changes of public.depts that every reader has consumed
            __pgt_release_32c396150591602e AS (
              DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.depts: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_depts AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.dept, c.building
                FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(e) JOIN d
            --   + e' JOIN d(d)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT e.__pgt_w * d.__pgt_w AS __pgt_w, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, d.dept AS d_dept, d.building AS building
                FROM delta_employees AS e,
                     (
                SELECT 1 AS __pgt_w, dept, building FROM public.depts
                UNION ALL
                SELECT -__pgt_w, dept, building FROM delta_depts
              ) AS d
               WHERE e.dept = d.dept AND e.dept <> 'ops'
              UNION ALL
              SELECT d.__pgt_w AS __pgt_w, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, d.dept AS d_dept, d.building AS building
                FROM public.employees AS e,
                     delta_depts AS d
               WHERE e.dept = d.dept AND e.dept <> 'ops'
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.e_dept AS dept, d.name AS name, d.building AS building
                FROM delta_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.dept, d.name, d.building, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.dept, d.name, d.building
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.dept_names AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.dept_names AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.dept, n.name, n.building), 0) AND t.dept IS NOT DISTINCT FROM n.dept AND t.name = n.name AND t.building IS NOT DISTINCT FROM n.building
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.dept_names (dept, name, building, __pgt_row_id)
            SELECT n.dept, n.name, n.building, hash_record_extended(ROW(n.dept, n.name, n.building), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.dept_names') THEN
        DELETE FROM public.dept_names;
    ELSE
        TRUNCATE public.dept_names;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.depts'), ('public.employees')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.dept_names' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.employees', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'dept_names'
    ),
    __pgt_release_32c396150591602e AS (
        DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
         WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.depts' AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.dept_names (dept, name, building, __pgt_row_id)
    SELECT * FROM (
      SELECT r.dept, r.name, r.building, hash_record_extended(ROW(r.dept, r.name, r.building), 0) AS __pgt_row_id
        FROM (
          SELECT i.e_dept AS dept, i.name AS name, i.building AS building
            FROM (
            SELECT e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, d.dept AS d_dept, d.building AS building
              FROM public.employees AS e,
                   public.depts AS d
             WHERE e.dept = d.dept AND e.dept <> 'ops'
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.dept_names', full => true);
ANALYZE public.dept_names;

-- ========================================================================
-- create stream table public.dept_newest_hire
-- ========================================================================
-- trickle: stream table public.dept_newest_hire
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT d.dept, d.building, n.name, n.hired FROM depts AS d LEFT JOIN LATERAL ( SELECT e.name, e.hired FROM employees AS e WHERE e.dept = d.dept ORDER BY e.hired DESC, e.id LIMIT 1 ) AS n ON true
--
-- operator tree:
--   project dept, building, name, hired
--     project dept, building, name, hired
--       left outer join on __pgt_n_0 = dept AND true
--         scan public.depts AS d
--         project name, hired, pgt_lateral_k0, pgt_lateral_rn
--           filter pgt_lateral_rn <= 1
--             project name, hired, dept AS pgt_lateral_k0, __pgt_win0 AS pgt_lateral_rn
--               window row_number() OVER (PARTITION BY dept ORDER BY hired DESC, id)
--                 scan public.employees AS e

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.dept_newest_hire AS
  SELECT r.dept, r.building, r.name, r.hired, hash_record_extended(ROW(r.dept, r.building, r.name, r.hired), 0) AS __pgt_row_id
    FROM (
      SELECT i.dept AS dept, i.building AS building, i.name AS name, i.hired AS hired
        FROM (
        SELECT i.dept AS dept, i.building AS building, i.name AS name, i.hired AS hired
          FROM (
          SELECT d.dept AS dept, d.building AS building, __pgt_r.name AS name, __pgt_r.hired AS hired, __pgt_r.pgt_lateral_k0 AS __pgt_n_0, __pgt_r.pgt_lateral_rn AS __pgt_n_1
            FROM public.depts AS d
            LEFT JOIN (
            SELECT i.name AS name, i.hired AS hired, i.pgt_lateral_k0 AS pgt_lateral_k0, i.pgt_lateral_rn AS pgt_lateral_rn
              FROM (
              SELECT i.name, i.hired, i.pgt_lateral_k0, i.pgt_lateral_rn
                FROM (
                SELECT i.name AS name, i.hired AS hired, i.dept AS pgt_lateral_k0, i.__pgt_win0 AS pgt_lateral_rn
                  FROM (
                  SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired, row_number() OVER (PARTITION BY e.dept ORDER BY e.hired DESC, e.id) AS __pgt_win0
                    FROM public.employees AS e
                ) AS i
              ) AS i
               WHERE i.pgt_lateral_rn <= 1
            ) AS i
          ) AS __pgt_r ON __pgt_r.pgt_lateral_k0 = d.dept AND true
        ) AS i
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.dept_newest_hire ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_259e5644439675d3 ON public.dept_newest_hire (__pgt_row_id);
COMMENT ON TABLE public.dept_newest_hire IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.dept_newest_hire'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'dept_newest_hire', 'public.dept_newest_hire', '259e5644439675d3', 'SELECT d.dept, d.building, n.name, n.hired FROM depts AS d LEFT JOIN LATERAL ( SELECT e.name, e.hired FROM employees AS e WHERE e.dept = d.dept ORDER BY e.hired DESC, e.id LIMIT 1 ) AS n ON true', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_259e5644439675d3', 9, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.dept_newest_hire';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.depts', 'TABLE', true, ARRAY['dept', 'building']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_newest_hire';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_newest_hire';

-- Refresh function, called by pg_trickle.refresh('public.dept_newest_hire').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_259e5644439675d3(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_bound_32c396150591602e xid8;
    __pgt_small_32c396150591602e boolean;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.depts' AND d.consumes_changes AND r.stable_name <> 'public.dept_newest_hire'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_32c396150591602e'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.dept_newest_hire'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_32c396150591602e, __pgt_small_32c396150591602e, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.dept_newest_hire';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
             WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_32c396150591602e'::regclass) > __pgt_full_ratio * pg_relation_size('public.depts'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.depts'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.depts', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.employees', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'dept_newest_hire'
            ),
            -- delete the changes of public.depts that every reader has consumed
            __pgt_release_32c396150591602e AS (
              DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.depts: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_depts AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.dept, c.building
                FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- window: the partitions its input's changes touch
            __pgt_changed_groups AS (
              SELECT DISTINCT d.dept AS __pgt_p0
                FROM delta_employees AS d
            ),
            -- window: the touched partitions' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r.id, r.name, r.manager, r.dept, r.salary, r.bonus, r.hired
                FROM (SELECT u.id, u.name, u.manager, u.dept, u.salary, u.bonus, u.hired, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired FROM (
                          SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                            FROM public.employees AS c
                            JOIN __pgt_changed_groups AS k ON c.dept = k.__pgt_p0
                          UNION ALL
                          SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                            FROM public.employees AS c
                            JOIN __pgt_changed_groups AS k ON c.dept IS NULL AND k.__pgt_p0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.id, d.name, d.manager, d.dept, d.salary, d.bonus, d.hired FROM delta_employees AS d) AS u
                       GROUP BY u.id, u.name, u.manager, u.dept, u.salary, u.bonus, u.hired
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- window (recomputed per touched partition): each touched partition as it is now, minus as it was
            delta_window AS (
              SELECT 1 AS __pgt_w, i.id, i.name, i.manager, i.dept, i.salary, i.bonus, i.hired, row_number() OVER (PARTITION BY i.dept ORDER BY i.hired DESC, i.id) AS __pgt_win0
                FROM (
                  SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                    FROM public.employees AS c
                    JOIN __pgt_changed_groups AS k ON c.dept = k.__pgt_p0
                  UNION ALL
                  SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                    FROM public.employees AS c
                    JOIN __pgt_changed_groups AS k ON c.dept IS NULL AND k.__pgt_p0 IS NULL
                ) AS i
              UNION ALL
              SELECT -1, i.id, i.name, i.manager, i.dept, i.salary, i.bonus, i.hired, row_number() OVER (PARTITION BY i.dept ORDER BY i.hired DESC, i.id) AS __pgt_win0
                FROM __pgt_group_rows_before AS i
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.name AS name, d.hired AS hired, d.dept AS pgt_lateral_k0, d.__pgt_win0 AS pgt_lateral_rn
                FROM delta_window AS d
            ),
            -- filter (linear): changes of its input that satisfy pgt_lateral_rn <= 1
            delta_filter AS (
              SELECT d.__pgt_w, d.name, d.hired, d.pgt_lateral_k0, d.pgt_lateral_rn
                FROM delta_project AS d
               WHERE d.pgt_lateral_rn <= 1
            ),
            -- project (linear): each changed row, projected
            delta_project_2 AS (
              SELECT d.__pgt_w, d.name AS name, d.hired AS hired, d.pgt_lateral_k0 AS pgt_lateral_k0, d.pgt_lateral_rn AS pgt_lateral_rn
                FROM delta_filter AS d
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, dept, building FROM public.depts
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.dept, c.building FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_project_2 AS __pgt_x WHERE __pgt_x.pgt_lateral_k0 = __pgt_p.dept AND true)
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN (
                SELECT i.name AS name, i.hired AS hired, i.pgt_lateral_k0 AS pgt_lateral_k0, i.pgt_lateral_rn AS pgt_lateral_rn
                  FROM (
                  SELECT i.name, i.hired, i.pgt_lateral_k0, i.pgt_lateral_rn
                    FROM (
                    SELECT i.name AS name, i.hired AS hired, i.dept AS pgt_lateral_k0, i.__pgt_win0 AS pgt_lateral_rn
                      FROM (
                      SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired, row_number() OVER (PARTITION BY e.dept ORDER BY e.hired DESC, e.id) AS __pgt_win0
                        FROM public.employees AS e
                    ) AS i
                  ) AS i
                   WHERE i.pgt_lateral_rn <= 1
                ) AS i
              ) AS __pgt_x ON __pgt_x.pgt_lateral_k0 = __pgt_p.dept AND true
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN delta_project_2 AS __pgt_x ON __pgt_x.pgt_lateral_k0 = __pgt_p.dept AND true
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT d.__pgt_w * __pgt_j2.__pgt_w AS __pgt_w, d.dept AS dept, d.building AS building, __pgt_j2.name AS name, __pgt_j2.hired AS hired, __pgt_j2.pgt_lateral_k0 AS __pgt_n_0, __pgt_j2.pgt_lateral_rn AS __pgt_n_1
                FROM delta_depts AS d,
                     (
                SELECT 1 AS __pgt_w, name, hired, pgt_lateral_k0, pgt_lateral_rn FROM (
                  SELECT i.name AS name, i.hired AS hired, i.pgt_lateral_k0 AS pgt_lateral_k0, i.pgt_lateral_rn AS pgt_lateral_rn
                    FROM (
                    SELECT i.name, i.hired, i.pgt_lateral_k0, i.pgt_lateral_rn
                      FROM (
                      SELECT i.name AS name, i.hired AS hired, i.dept AS pgt_lateral_k0, i.__pgt_win0 AS pgt_lateral_rn
                        FROM (
                        SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired, row_number() OVER (PARTITION BY e.dept ORDER BY e.hired DESC, e.id) AS __pgt_win0
                          FROM public.employees AS e
                      ) AS i
                    ) AS i
                     WHERE i.pgt_lateral_rn <= 1
                  ) AS i
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, name, hired, pgt_lateral_k0, pgt_lateral_rn FROM delta_project_2
              ) AS __pgt_j2
               WHERE __pgt_j2.pgt_lateral_k0 = d.dept AND true
              UNION ALL
              SELECT __pgt_j2.__pgt_w AS __pgt_w, d.dept AS dept, d.building AS building, __pgt_j2.name AS name, __pgt_j2.hired AS hired, __pgt_j2.pgt_lateral_k0 AS __pgt_n_0, __pgt_j2.pgt_lateral_rn AS __pgt_n_1
                FROM public.depts AS d,
                     delta_project_2 AS __pgt_j2
               WHERE __pgt_j2.pgt_lateral_k0 = d.dept AND true
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.dept AS dept, __pgt_p.building AS building, __pgt_pad.name AS name, __pgt_pad.hired AS hired, __pgt_pad.pgt_lateral_k0 AS __pgt_n_0, __pgt_pad.pgt_lateral_rn AS __pgt_n_1
                FROM delta_depts AS __pgt_p
                LEFT JOIN (
                SELECT i.name AS name, i.hired AS hired, i.pgt_lateral_k0 AS pgt_lateral_k0, i.pgt_lateral_rn AS pgt_lateral_rn
                  FROM (
                  SELECT i.name, i.hired, i.pgt_lateral_k0, i.pgt_lateral_rn
                    FROM (
                    SELECT i.name AS name, i.hired AS hired, i.dept AS pgt_lateral_k0, i.__pgt_win0 AS pgt_lateral_rn
                      FROM (
                      SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired, row_number() OVER (PARTITION BY e.dept ORDER BY e.hired DESC, e.id) AS __pgt_win0
                        FROM public.employees AS e
                    ) AS i
                  ) AS i
                   WHERE i.pgt_lateral_rn <= 1
                ) AS i
              ) AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM (
                SELECT i.name AS name, i.hired AS hired, i.pgt_lateral_k0 AS pgt_lateral_k0, i.pgt_lateral_rn AS pgt_lateral_rn
                  FROM (
                  SELECT i.name, i.hired, i.pgt_lateral_k0, i.pgt_lateral_rn
                    FROM (
                    SELECT i.name AS name, i.hired AS hired, i.dept AS pgt_lateral_k0, i.__pgt_win0 AS pgt_lateral_rn
                      FROM (
                      SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired, row_number() OVER (PARTITION BY e.dept ORDER BY e.hired DESC, e.id) AS __pgt_win0
                        FROM public.employees AS e
                    ) AS i
                  ) AS i
                   WHERE i.pgt_lateral_rn <= 1
                ) AS i
              ) AS __pgt_x WHERE __pgt_x.pgt_lateral_k0 = __pgt_p.dept AND true)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p.dept AS dept, __pgt_p.building AS building, __pgt_pad.name AS name, __pgt_pad.hired AS hired, __pgt_pad.pgt_lateral_k0 AS __pgt_n_0, __pgt_pad.pgt_lateral_rn AS __pgt_n_1
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matches_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN (
                SELECT i.name AS name, i.hired AS hired, i.pgt_lateral_k0 AS pgt_lateral_k0, i.pgt_lateral_rn AS pgt_lateral_rn
                  FROM (
                  SELECT i.name, i.hired, i.pgt_lateral_k0, i.pgt_lateral_rn
                    FROM (
                    SELECT i.name AS name, i.hired AS hired, i.dept AS pgt_lateral_k0, i.__pgt_win0 AS pgt_lateral_rn
                      FROM (
                      SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired, row_number() OVER (PARTITION BY e.dept ORDER BY e.hired DESC, e.id) AS __pgt_win0
                        FROM public.employees AS e
                    ) AS i
                  ) AS i
                   WHERE i.pgt_lateral_rn <= 1
                ) AS i
              ) AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- project (linear): each changed row, projected
            delta_project_3 AS (
              SELECT d.__pgt_w, d.dept AS dept, d.building AS building, d.name AS name, d.hired AS hired
                FROM delta_outer_join AS d
            ),
            -- project (linear): each changed row, projected
            delta_project_4 AS (
              SELECT d.__pgt_w, d.dept AS dept, d.building AS building, d.name AS name, d.hired AS hired
                FROM delta_project_3 AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.dept, d.building, d.name, d.hired, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project_4 AS d
               GROUP BY d.dept, d.building, d.name, d.hired
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.dept_newest_hire AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.dept_newest_hire AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.dept, n.building, n.name, n.hired), 0) AND t.dept = n.dept AND t.building IS NOT DISTINCT FROM n.building AND t.name IS NOT DISTINCT FROM n.name AND t.hired IS NOT DISTINCT FROM n.hired
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.dept_newest_hire (dept, building, name, hired, __pgt_row_id)
            SELECT n.dept, n.building, n.name, n.hired, hash_record_extended(ROW(n.dept, n.building, n.name, n.hired), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.dept_newest_hire') THEN
        DELETE FROM public.dept_newest_hire;
    ELSE
        TRUNCATE public.dept_newest_hire;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.depts'), ('public.employees')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.dept_newest_hire' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.employees', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'dept_newest_hire'
    ),
    __pgt_release_32c396150591602e AS (
        DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
         WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.depts' AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.dept_newest_hire (dept, building, name, hired, __pgt_row_id)
    SELECT * FROM (
      SELECT r.dept, r.building, r.name, r.hired, hash_record_extended(ROW(r.dept, r.building, r.name, r.hired), 0) AS __pgt_row_id
        FROM (
          SELECT i.dept AS dept, i.building AS building, i.name AS name, i.hired AS hired
            FROM (
            SELECT i.dept AS dept, i.building AS building, i.name AS name, i.hired AS hired
              FROM (
              SELECT d.dept AS dept, d.building AS building, __pgt_r.name AS name, __pgt_r.hired AS hired, __pgt_r.pgt_lateral_k0 AS __pgt_n_0, __pgt_r.pgt_lateral_rn AS __pgt_n_1
                FROM public.depts AS d
                LEFT JOIN (
                SELECT i.name AS name, i.hired AS hired, i.pgt_lateral_k0 AS pgt_lateral_k0, i.pgt_lateral_rn AS pgt_lateral_rn
                  FROM (
                  SELECT i.name, i.hired, i.pgt_lateral_k0, i.pgt_lateral_rn
                    FROM (
                    SELECT i.name AS name, i.hired AS hired, i.dept AS pgt_lateral_k0, i.__pgt_win0 AS pgt_lateral_rn
                      FROM (
                      SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired, row_number() OVER (PARTITION BY e.dept ORDER BY e.hired DESC, e.id) AS __pgt_win0
                        FROM public.employees AS e
                    ) AS i
                  ) AS i
                   WHERE i.pgt_lateral_rn <= 1
                ) AS i
              ) AS __pgt_r ON __pgt_r.pgt_lateral_k0 = d.dept AND true
            ) AS i
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.dept_newest_hire', full => true);
ANALYZE public.dept_newest_hire;

-- ========================================================================
-- create stream table public.dept_people
-- ========================================================================
-- trickle: stream table public.dept_people
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT dept, count(DISTINCT manager) AS managers, string_agg(name, ', ' ORDER BY name) AS names, bool_and(salary > 1000) AS all_paid, count(*) AS people FROM employees GROUP BY dept
--
-- operator tree:
--   project __pgt_g0 AS dept, __pgt_a0 AS managers, __pgt_a1 AS names, __pgt_a2 AS all_paid, __pgt_a3 AS people
--     aggregate count(DISTINCT manager), string_agg(name, ', ' ORDER BY name), bool_and(salary > 1000), count(*) group by dept
--       scan public.employees

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.dept_people WITH (fillfactor = 50) AS
  SELECT i.dept AS dept,
         count(DISTINCT i.manager) AS managers,
         string_agg(i.name, ', ' ORDER BY i.name) AS names,
         bool_and(i.salary > 1000) AS all_paid,
         count(*) AS people,
         coalesce(hashtextextended(i.dept, 0), 0) AS __pgt_row_id,
         count(*) AS __pgt_count
    FROM (
      SELECT id, name, manager, dept, salary, bonus, hired FROM public.employees
    ) AS i
   GROUP BY i.dept
  WITH NO DATA;
ALTER TABLE public.dept_people ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_533c3ae64c33722f ON public.dept_people (__pgt_row_id);
COMMENT ON TABLE public.dept_people IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.dept_people'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'dept_people', 'public.dept_people', '533c3ae64c33722f', 'SELECT dept, count(DISTINCT manager) AS managers, string_agg(name, '', '' ORDER BY name) AS names, bool_and(salary > 1000) AS all_paid, count(*) AS people FROM employees GROUP BY dept', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_533c3ae64c33722f', 10, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_people';

-- Refresh function, called by pg_trickle.refresh('public.dept_people').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_533c3ae64c33722f(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_full_snapshot pg_snapshot;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
    __pgt_rescan_by_index boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.dept_people'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.dept_people';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            __pgt_rescan_by_index := EXISTS (SELECT FROM pg_index AS x JOIN pg_attribute AS a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
                     WHERE x.indrelid = 'public.employees'::regclass AND a.attname = 'dept'
                       AND x.indisvalid AND x.indpred IS NULL);
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'dept_people'
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.dept AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_3
                FROM delta_employees AS d
               GROUP BY d.dept
            ),
            -- each changed group with its stored state; every one is recomputed from the sources (an aggregate such as
            -- count(DISTINCT x) keeps no state that a change could be added to)
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.managers AS __pgt_old_value_0,
                     s.names AS __pgt_old_value_1,
                     s.all_paid AS __pgt_old_value_2,
                     s.people AS __pgt_old_value_3,
                     true AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.dept_people AS s ON s.__pgt_row_id = coalesce(hashtextextended(g.__pgt_g0, 0), 0) AND s.dept IS NOT DISTINCT FROM g.__pgt_g0
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1, r.__pgt_value_2, r.__pgt_value_3
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT i.dept AS __pgt_g0,
                         count(*) AS __pgt_count,
                         count(DISTINCT i.manager) AS __pgt_value_0,
                         string_agg(i.name, ', ' ORDER BY i.name) AS __pgt_value_1,
                         bool_and(i.salary > 1000) AS __pgt_value_2,
                         count(*) AS __pgt_value_3
                    FROM (
                    SELECT * FROM (
                      SELECT id, name, manager, dept, salary, bonus, hired FROM public.employees
                    ) AS i
                     WHERE __pgt_rescan_by_index AND (i.dept = ANY (ARRAY(SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan)) OR (i.dept IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                    UNION ALL
                    SELECT * FROM (
                      SELECT id, name, manager, dept, salary, bonus, hired FROM public.employees
                    ) AS i
                     WHERE NOT __pgt_rescan_by_index AND (i.dept IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan) OR (i.dept IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                  ) AS i
                   GROUP BY i.dept
                ) AS r ON r.__pgt_g0 IS NOT DISTINCT FROM g.__pgt_g0
               WHERE g.__pgt_rescan
            ),
            -- new state of each changed group: stored state + change, or the recomputed state
            __pgt_new_state AS (
              SELECT g.__pgt_g0 AS __pgt_g0,
                     g.__pgt_ctid,
                     g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                     g.__pgt_old_value_0 AS __pgt_value_0,
                     g.__pgt_old_value_1 AS __pgt_value_1,
                     g.__pgt_old_value_2 AS __pgt_value_2,
                     coalesce(g.__pgt_old_value_3, 0) + g.__pgt_d_value_3 AS __pgt_value_3
                FROM __pgt_groups AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows
            __pgt_apply AS (
              SELECT coalesce(hashtextextended(n.__pgt_g0, 0), 0) AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_g0 AS dept,
                     n.__pgt_value_0 AS managers,
                     n.__pgt_value_1 AS names,
                     n.__pgt_value_2 AS all_paid,
                     n.__pgt_value_3 AS people,
                     n.__pgt_count,
                     n.__pgt_count > 0 AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.dept_people AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET dept = a.dept, managers = a.managers, names = a.names, all_paid = a.all_paid, people = a.people, __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (dept, managers, names, all_paid, people, __pgt_row_id, __pgt_count) VALUES (a.dept, a.managers, a.names, a.all_paid, a.people, a.__pgt_row_id, a.__pgt_count);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.dept_people') THEN
        DELETE FROM public.dept_people;
    ELSE
        TRUNCATE public.dept_people;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.employees')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.dept_people' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_533c3ae64c33722f ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.dept AS dept,
                     count(DISTINCT i.manager) AS managers,
                     string_agg(i.name, ', ' ORDER BY i.name) AS names,
                     bool_and(i.salary > 1000) AS all_paid,
                     count(*) AS people,
                     coalesce(hashtextextended(i.dept, 0), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count
                FROM (
                  SELECT id, name, manager, dept, salary, bonus, hired FROM public.employees
                ) AS i
               GROUP BY i.dept
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_533c3ae64c33722f AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.employees', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'dept_people'
        ),
        __pgt_release_24b8ec7eddb0e27d AS (
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.dept_people (dept, managers, names, all_paid, people, __pgt_row_id, __pgt_count)
        SELECT q.dept, q.managers, q.names, q.all_paid, q.people, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_533c3ae64c33722f AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_533c3ae64c33722f;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'dept_people'
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.dept_people (dept, managers, names, all_paid, people, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT i.dept AS dept,
             count(DISTINCT i.manager) AS managers,
             string_agg(i.name, ', ' ORDER BY i.name) AS names,
             bool_and(i.salary > 1000) AS all_paid,
             count(*) AS people,
             coalesce(hashtextextended(i.dept, 0), 0) AS __pgt_row_id,
             count(*) AS __pgt_count
        FROM (
          SELECT id, name, manager, dept, salary, bonus, hired FROM public.employees
        ) AS i
       GROUP BY i.dept
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.dept_people', full => true);
ANALYZE public.dept_people;

-- ========================================================================
-- create stream table public.dept_salaries
-- ========================================================================
-- trickle: stream table public.dept_salaries
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT dept AS department, count(*) AS "Head Count", max(salary) AS top_salary FROM employees GROUP BY dept
--
-- operator tree:
--   project __pgt_g0 AS department, __pgt_a0 AS Head Count, __pgt_a1 AS top_salary
--     aggregate count(*), max(salary) group by dept
--       scan public.employees

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.dept_salaries WITH (fillfactor = 50) AS
  SELECT i.dept AS department,
         count(*) AS "Head Count",
         max(i.salary) AS top_salary,
         coalesce(hashtextextended(i.dept, 0), 0) AS __pgt_row_id,
         count(*) AS __pgt_count
    FROM (
      SELECT id, name, manager, dept, salary, bonus, hired FROM public.employees
    ) AS i
   GROUP BY i.dept
  WITH NO DATA;
ALTER TABLE public.dept_salaries ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_0a62bee6c3acc2d1 ON public.dept_salaries (__pgt_row_id);
COMMENT ON TABLE public.dept_salaries IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.dept_salaries'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'dept_salaries', 'public.dept_salaries', '0a62bee6c3acc2d1', 'SELECT dept AS department, count(*) AS "Head Count", max(salary) AS top_salary FROM employees GROUP BY dept', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_0a62bee6c3acc2d1', 11, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_salaries';

-- Refresh function, called by pg_trickle.refresh('public.dept_salaries').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_0a62bee6c3acc2d1(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_full_snapshot pg_snapshot;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
    __pgt_rescan_by_index boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.dept_salaries'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.dept_salaries';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            __pgt_rescan_by_index := EXISTS (SELECT FROM pg_index AS x JOIN pg_attribute AS a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
                     WHERE x.indrelid = 'public.employees'::regclass AND a.attname = 'dept'
                       AND x.indisvalid AND x.indpred IS NULL);
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'dept_salaries'
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.dept AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     max(d.salary) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_1,
                     max(d.salary) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_1
                FROM delta_employees AS d
               GROUP BY d.dept
            ),
            -- each changed group with its stored state; a group is recomputed from the sources when a deleted value may have been its MIN/MAX
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s."Head Count" AS __pgt_old_value_0,
                     s.top_salary AS __pgt_old_value_1,
                     (g.__pgt_del_1 IS NOT NULL AND (s.top_salary IS NULL OR (g.__pgt_del_1 >= s.top_salary AND NOT coalesce(g.__pgt_ins_1 >= s.top_salary AND g.__pgt_ins_1 > g.__pgt_del_1, false)))) AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.dept_salaries AS s ON s.__pgt_row_id = coalesce(hashtextextended(g.__pgt_g0, 0), 0) AND s.department IS NOT DISTINCT FROM g.__pgt_g0
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT i.dept AS __pgt_g0,
                         count(*) AS __pgt_count,
                         count(*) AS __pgt_value_0,
                         max(i.salary) AS __pgt_value_1
                    FROM (
                    SELECT * FROM (
                      SELECT id, name, manager, dept, salary, bonus, hired FROM public.employees
                    ) AS i
                     WHERE __pgt_rescan_by_index AND (i.dept = ANY (ARRAY(SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan)) OR (i.dept IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                    UNION ALL
                    SELECT * FROM (
                      SELECT id, name, manager, dept, salary, bonus, hired FROM public.employees
                    ) AS i
                     WHERE NOT __pgt_rescan_by_index AND (i.dept IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan) OR (i.dept IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                  ) AS i
                   GROUP BY i.dept
                ) AS r ON r.__pgt_g0 IS NOT DISTINCT FROM g.__pgt_g0
               WHERE g.__pgt_rescan
            ),
            -- new state of each changed group: stored state + change, or the recomputed state
            __pgt_new_state AS (
              SELECT g.__pgt_g0 AS __pgt_g0,
                     g.__pgt_ctid,
                     g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                     coalesce(g.__pgt_old_value_0, 0) + g.__pgt_d_value_0 AS __pgt_value_0,
                     greatest(g.__pgt_old_value_1, g.__pgt_ins_1) AS __pgt_value_1
                FROM __pgt_groups AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows
            __pgt_apply AS (
              SELECT coalesce(hashtextextended(n.__pgt_g0, 0), 0) AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_g0 AS department,
                     n.__pgt_value_0 AS "Head Count",
                     n.__pgt_value_1 AS top_salary,
                     n.__pgt_count,
                     n.__pgt_count > 0 AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.dept_salaries AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET department = a.department, "Head Count" = a."Head Count", top_salary = a.top_salary, __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (department, "Head Count", top_salary, __pgt_row_id, __pgt_count) VALUES (a.department, a."Head Count", a.top_salary, a.__pgt_row_id, a.__pgt_count);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.dept_salaries') THEN
        DELETE FROM public.dept_salaries;
    ELSE
        TRUNCATE public.dept_salaries;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.employees')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.dept_salaries' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_0a62bee6c3acc2d1 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.dept AS department,
                     count(*) AS "Head Count",
                     max(i.salary) AS top_salary,
                     coalesce(hashtextextended(i.dept, 0), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count
                FROM (
                  SELECT id, name, manager, dept, salary, bonus, hired FROM public.employees
                ) AS i
               GROUP BY i.dept
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_0a62bee6c3acc2d1 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.employees', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'dept_salaries'
        ),
        __pgt_release_24b8ec7eddb0e27d AS (
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.dept_salaries (department, "Head Count", top_salary, __pgt_row_id, __pgt_count)
        SELECT q.department, q."Head Count", q.top_salary, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_0a62bee6c3acc2d1 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_0a62bee6c3acc2d1;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'dept_salaries'
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.dept_salaries (department, "Head Count", top_salary, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT i.dept AS department,
             count(*) AS "Head Count",
             max(i.salary) AS top_salary,
             coalesce(hashtextextended(i.dept, 0), 0) AS __pgt_row_id,
             count(*) AS __pgt_count
        FROM (
          SELECT id, name, manager, dept, salary, bonus, hired FROM public.employees
        ) AS i
       GROUP BY i.dept
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.dept_salaries', full => true);
ANALYZE public.dept_salaries;

-- ========================================================================
-- create stream table public.dept_stats
-- ========================================================================
-- trickle: stream table public.dept_stats
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT d.dept, d.building, count(*) FILTER (WHERE e.salary > 1000) AS well_paid, sum(e.salary) AS payroll, avg(e.bonus) AS avg_bonus, min(e.hired) AS first_hire, max(e.name) AS last_name FROM depts AS d, employees AS e WHERE e.dept = d.dept GROUP BY 1
--
-- operator tree:
--   project __pgt_g0 AS dept, __pgt_g1 AS building, __pgt_a0 AS well_paid, __pgt_a1 AS payroll, __pgt_a2 AS avg_bonus, __pgt_a3 AS first_hire, __pgt_a4 AS last_name
--     aggregate count(*) FILTER (WHERE e.salary > 1000), sum(e.salary), avg(e.bonus), min(e.hired), max(e.name) group by d_dept, building
--       inner join on e_dept = d_dept
--         scan public.depts AS d
--         scan public.employees AS e

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_1).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.dept_stats WITH (fillfactor = 50) AS
  SELECT i.d_dept AS dept,
         i.building AS building,
         count(CASE WHEN i.salary > 1000 THEN 1 END) AS well_paid,
         sum(i.salary) AS payroll,
         avg(i.bonus) AS avg_bonus,
         min(i.hired) AS first_hire,
         max(i.name) AS last_name,
         hash_record_extended(ROW(i.d_dept, i.building), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i.salary) AS __pgt_nonnull_1
    FROM (
      SELECT d.dept AS d_dept, d.building AS building, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
        FROM public.depts AS d,
             public.employees AS e
       WHERE e.dept = d.dept
    ) AS i
   GROUP BY i.d_dept, i.building
  WITH NO DATA;
ALTER TABLE public.dept_stats ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_8a998b7ebe70bb3d ON public.dept_stats (__pgt_row_id);
COMMENT ON TABLE public.dept_stats IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.dept_stats'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'dept_stats', 'public.dept_stats', '8a998b7ebe70bb3d', 'SELECT d.dept, d.building, count(*) FILTER (WHERE e.salary > 1000) AS well_paid, sum(e.salary) AS payroll, avg(e.bonus) AS avg_bonus, min(e.hired) AS first_hire, max(e.name) AS last_name FROM depts AS d, employees AS e WHERE e.dept = d.dept GROUP BY 1', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_8a998b7ebe70bb3d', 12, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.depts', 'TABLE', true, ARRAY['dept', 'building']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_stats';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_stats';

-- Refresh function, called by pg_trickle.refresh('public.dept_stats').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_8a998b7ebe70bb3d(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_full_snapshot pg_snapshot;
    __pgt_bound_32c396150591602e xid8;
    __pgt_small_32c396150591602e boolean;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
    __pgt_rescan_by_index boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.depts' AND d.consumes_changes AND r.stable_name <> 'public.dept_stats'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_32c396150591602e'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.dept_stats'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_32c396150591602e, __pgt_small_32c396150591602e, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.dept_stats';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
             WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_32c396150591602e'::regclass) > __pgt_full_ratio * pg_relation_size('public.depts'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.depts'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.depts', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            __pgt_rescan_by_index := EXISTS (SELECT FROM pg_index AS x JOIN pg_attribute AS a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
                     WHERE x.indrelid = 'public.depts'::regclass AND a.attname = 'dept'
                       AND x.indisvalid AND x.indpred IS NULL);
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.employees', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'dept_stats'
            ),
            -- delete the changes of public.depts that every reader has consumed
            __pgt_release_32c396150591602e AS (
              DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.depts: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_depts AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.dept, c.building
                FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(d) JOIN e
            --   + d' JOIN d(e)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT d.__pgt_w * e.__pgt_w AS __pgt_w, d.dept AS d_dept, d.building AS building, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                FROM delta_depts AS d,
                     (
                SELECT 1 AS __pgt_w, id, name, manager, dept, salary, bonus, hired FROM public.employees
                UNION ALL
                SELECT -__pgt_w, id, name, manager, dept, salary, bonus, hired FROM delta_employees
              ) AS e
               WHERE e.dept = d.dept
              UNION ALL
              SELECT e.__pgt_w AS __pgt_w, d.dept AS d_dept, d.building AS building, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                FROM public.depts AS d,
                     delta_employees AS e
               WHERE e.dept = d.dept
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.d_dept AS __pgt_g0,
                     d.building AS __pgt_g1,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE CASE WHEN d.salary > 1000 THEN 1 END IS DISTINCT FROM NULL), 0)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.salary IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                     sum(CASE WHEN d.__pgt_w > 0 THEN d.salary ELSE -(d.salary) END) AS __pgt_d_value_1,
                     min(d.hired) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_3,
                     min(d.hired) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_3,
                     max(d.name) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_4,
                     max(d.name) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_4
                FROM delta_join AS d
               GROUP BY d.d_dept, d.building
            ),
            -- each changed group with its stored state; every one is recomputed from the sources (an aggregate such as
            -- count(DISTINCT x) keeps no state that a change could be added to)
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.well_paid AS __pgt_old_value_0,
                     s.payroll AS __pgt_old_value_1,
                     s.avg_bonus AS __pgt_old_value_2,
                     s.first_hire AS __pgt_old_value_3,
                     s.last_name AS __pgt_old_value_4,
                     coalesce(s.__pgt_nonnull_1, 0) AS __pgt_old_nonnull_1,
                     true
                         OR (g.__pgt_del_3 IS NOT NULL AND (s.first_hire IS NULL OR (g.__pgt_del_3 <= s.first_hire AND NOT coalesce(g.__pgt_ins_3 <= s.first_hire AND g.__pgt_ins_3 < g.__pgt_del_3, false))))
                         OR (g.__pgt_del_4 IS NOT NULL AND (s.last_name IS NULL OR (g.__pgt_del_4 >= s.last_name AND NOT coalesce(g.__pgt_ins_4 >= s.last_name AND g.__pgt_ins_4 > g.__pgt_del_4, false))))
                         OR coalesce(g.__pgt_d_value_1 IN ('NaN', 'Infinity', '-Infinity'), false) AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.dept_stats AS s ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0, g.__pgt_g1), 0) AND s.dept = g.__pgt_g0 AND s.building IS NOT DISTINCT FROM g.__pgt_g1
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_g1, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1, coalesce(r.__pgt_nonnull_1, 0) AS __pgt_nonnull_1, r.__pgt_value_2, r.__pgt_value_3, r.__pgt_value_4
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT i.d_dept AS __pgt_g0,
                         i.building AS __pgt_g1,
                         count(*) AS __pgt_count,
                         count(CASE WHEN i.salary > 1000 THEN 1 END) AS __pgt_value_0,
                         sum(i.salary) AS __pgt_value_1,
                         count(i.salary) AS __pgt_nonnull_1,
                         avg(i.bonus) AS __pgt_value_2,
                         min(i.hired) AS __pgt_value_3,
                         max(i.name) AS __pgt_value_4
                    FROM (
                    SELECT * FROM (
                      SELECT d.dept AS d_dept, d.building AS building, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                        FROM public.depts AS d,
                             public.employees AS e
                       WHERE e.dept = d.dept
                    ) AS i
                     WHERE __pgt_rescan_by_index AND i.d_dept = ANY (ARRAY(SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan))
                    UNION ALL
                    SELECT * FROM (
                      SELECT d.dept AS d_dept, d.building AS building, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                        FROM public.depts AS d,
                             public.employees AS e
                       WHERE e.dept = d.dept
                    ) AS i
                     WHERE NOT __pgt_rescan_by_index AND i.d_dept IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan)
                       AND (i.building IN (SELECT f.__pgt_g1 FROM __pgt_groups AS f WHERE f.__pgt_rescan) OR (i.building IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g1 IS NULL)))
                  ) AS i
                   GROUP BY i.d_dept, i.building
                ) AS r ON r.__pgt_g0 = g.__pgt_g0 AND r.__pgt_g1 IS NOT DISTINCT FROM g.__pgt_g1
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
                     g.__pgt_old_value_2 AS __pgt_value_2,
                     least(g.__pgt_old_value_3, g.__pgt_ins_3) AS __pgt_value_3,
                     greatest(g.__pgt_old_value_4, g.__pgt_ins_4) AS __pgt_value_4
                FROM __pgt_groups AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows
            __pgt_apply AS (
              SELECT hash_record_extended(ROW(n.__pgt_g0, n.__pgt_g1), 0) AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_g0 AS dept,
                     n.__pgt_g1 AS building,
                     n.__pgt_value_0 AS well_paid,
                     n.__pgt_value_1 AS payroll,
                     n.__pgt_value_2 AS avg_bonus,
                     n.__pgt_value_3 AS first_hire,
                     n.__pgt_value_4 AS last_name,
                     n.__pgt_count,
                     n.__pgt_nonnull_1 AS __pgt_nonnull_1,
                     n.__pgt_count > 0 AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.dept_stats AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET dept = a.dept, building = a.building, well_paid = a.well_paid, payroll = a.payroll, avg_bonus = a.avg_bonus, first_hire = a.first_hire, last_name = a.last_name, __pgt_count = a.__pgt_count, __pgt_nonnull_1 = a.__pgt_nonnull_1
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (dept, building, well_paid, payroll, avg_bonus, first_hire, last_name, __pgt_row_id, __pgt_count, __pgt_nonnull_1) VALUES (a.dept, a.building, a.well_paid, a.payroll, a.avg_bonus, a.first_hire, a.last_name, a.__pgt_row_id, a.__pgt_count, a.__pgt_nonnull_1);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.dept_stats') THEN
        DELETE FROM public.dept_stats;
    ELSE
        TRUNCATE public.dept_stats;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.depts'), ('public.employees')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.dept_stats' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_8a998b7ebe70bb3d ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.d_dept AS dept,
                     i.building AS building,
                     count(CASE WHEN i.salary > 1000 THEN 1 END) AS well_paid,
                     sum(i.salary) AS payroll,
                     avg(i.bonus) AS avg_bonus,
                     min(i.hired) AS first_hire,
                     max(i.name) AS last_name,
                     hash_record_extended(ROW(i.d_dept, i.building), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     count(i.salary) AS __pgt_nonnull_1
                FROM (
                  SELECT d.dept AS d_dept, d.building AS building, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                    FROM public.depts AS d,
                         public.employees AS e
                   WHERE e.dept = d.dept
                ) AS i
               GROUP BY i.d_dept, i.building
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_8a998b7ebe70bb3d AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.depts', __pgt_full_snapshot::text, 'public.employees', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'dept_stats'
        ),
        __pgt_release_32c396150591602e AS (
            DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
             WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_24b8ec7eddb0e27d AS (
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.depts' AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.dept_stats (dept, building, well_paid, payroll, avg_bonus, first_hire, last_name, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
        SELECT q.dept, q.building, q.well_paid, q.payroll, q.avg_bonus, q.first_hire, q.last_name, q.__pgt_row_id, q.__pgt_count, q.__pgt_nonnull_1 FROM pg_temp.__pgt_full_8a998b7ebe70bb3d AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_8a998b7ebe70bb3d;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.employees', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'dept_stats'
    ),
    __pgt_release_32c396150591602e AS (
        DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
         WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.depts' AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.dept_stats (dept, building, well_paid, payroll, avg_bonus, first_hire, last_name, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
    SELECT * FROM (
      SELECT i.d_dept AS dept,
             i.building AS building,
             count(CASE WHEN i.salary > 1000 THEN 1 END) AS well_paid,
             sum(i.salary) AS payroll,
             avg(i.bonus) AS avg_bonus,
             min(i.hired) AS first_hire,
             max(i.name) AS last_name,
             hash_record_extended(ROW(i.d_dept, i.building), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             count(i.salary) AS __pgt_nonnull_1
        FROM (
          SELECT d.dept AS d_dept, d.building AS building, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
            FROM public.depts AS d,
                 public.employees AS e
           WHERE e.dept = d.dept
        ) AS i
       GROUP BY i.d_dept, i.building
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.dept_stats', full => true);
ANALYZE public.dept_stats;

-- ========================================================================
-- create stream table public.employee_buildings
-- ========================================================================
-- trickle: stream table public.employee_buildings
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT *, (SELECT count(*) FROM events AS ev WHERE ev.employee = employees.id) AS events FROM employees LEFT JOIN depts USING (dept) ORDER BY 9, 2
--
-- operator tree:
--   project employees_dept AS dept, id, name, manager, salary, bonus, hired, building, CASE WHEN __pgt_sub1_pgt_rows IS NULL THEN 0 ELSE __pgt_sub1_pgt_value END AS events
--     left outer join on __pgt_sub1_pgt_k0 = id
--       left outer join on employees_dept = depts_dept
--         scan public.employees
--         scan public.depts
--       project __pgt_g0 AS pgt_k0, __pgt_a0 AS pgt_value, __pgt_a0 AS pgt_rows
--         aggregate count(*) group by employee
--           scan public.events AS ev

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.employee_buildings AS
  SELECT r.dept, r.id, r.name, r.manager, r.salary, r.bonus, r.hired, r.building, r.events, hash_record_extended(ROW(r.dept, r.id, r.name, r.manager, r.salary, r.bonus, r.hired, r.building, r.events), 0) AS __pgt_row_id
    FROM (
      SELECT i.employees_dept AS dept, i.id AS id, i.name AS name, i.manager AS manager, i.salary AS salary, i.bonus AS bonus, i.hired AS hired, i.building AS building, CASE WHEN i.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub1_pgt_value END AS events
        FROM (
        SELECT __pgt_l.id AS id, __pgt_l.name AS name, __pgt_l.manager AS manager, __pgt_l.employees_dept AS employees_dept, __pgt_l.salary AS salary, __pgt_l.bonus AS bonus, __pgt_l.hired AS hired, __pgt_l.depts_dept AS depts_dept, __pgt_l.building AS building, __pgt_r.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
          FROM (
          SELECT employees.id AS id, employees.name AS name, employees.manager AS manager, employees.dept AS employees_dept, employees.salary AS salary, employees.bonus AS bonus, employees.hired AS hired, depts.dept AS depts_dept, depts.building AS building
            FROM public.employees AS employees
            LEFT JOIN public.depts AS depts ON employees.dept = depts.dept
        ) AS __pgt_l
          LEFT JOIN (
          SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
            FROM (
            SELECT ev.employee AS __pgt_g0, count(*) AS __pgt_a0
              FROM public.events AS ev
             GROUP BY ev.employee
          ) AS i
        ) AS __pgt_r ON __pgt_r.pgt_k0 = __pgt_l.id
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.employee_buildings ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_386e538ff3c67988 ON public.employee_buildings (__pgt_row_id);
COMMENT ON TABLE public.employee_buildings IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.employee_buildings'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'employee_buildings', 'public.employee_buildings', '386e538ff3c67988', 'SELECT *, (SELECT count(*) FROM events AS ev WHERE ev.employee = employees.id) AS events FROM employees LEFT JOIN depts USING (dept) ORDER BY 9, 2', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_386e538ff3c67988', 13, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.employee_buildings';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.depts', 'TABLE', true, ARRAY['dept', 'building']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.employee_buildings';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.employee_buildings';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['employee', 'kind', 'points']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.employee_buildings';

-- Refresh function, called by pg_trickle.refresh('public.employee_buildings').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_386e538ff3c67988(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_bound_32c396150591602e xid8;
    __pgt_small_32c396150591602e boolean;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
    __pgt_bound_c63077dab724f8f8 xid8;
    __pgt_small_c63077dab724f8f8 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.depts' AND d.consumes_changes AND r.stable_name <> 'public.employee_buildings'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_32c396150591602e'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.employee_buildings'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.events' AND d.consumes_changes AND r.stable_name <> 'public.employee_buildings'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c63077dab724f8f8'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_32c396150591602e, __pgt_small_32c396150591602e, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d, __pgt_bound_c63077dab724f8f8, __pgt_small_c63077dab724f8f8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.employee_buildings';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.employees', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
             WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_32c396150591602e'::regclass) > __pgt_full_ratio * pg_relation_size('public.depts'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.depts'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.depts', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c63077dab724f8f8'::regclass) > __pgt_full_ratio * pg_relation_size('public.events'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.events'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.events', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.employees', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'employee_buildings'
            ),
            -- delete the changes of public.depts that every reader has consumed
            __pgt_release_32c396150591602e AS (
              DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.events that every reader has consumed
            __pgt_release_c63077dab724f8f8 AS (
              DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.depts: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_depts AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.dept, c.building
                FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, name, manager, dept, salary, bonus, hired FROM public.employees
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_depts AS __pgt_x WHERE __pgt_p.dept = __pgt_x.dept)
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x.dept, sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_depts AS __pgt_x
               GROUP BY __pgt_x.dept
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- the candidates that match a row of the other side now
            __pgt_matched_now AS (
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM public.depts AS __pgt_x WHERE __pgt_p.dept = __pgt_x.dept)
            ),
            -- the candidates that matched a row of the other side before: a row deleted since, or one there now that was not inserted since
            __pgt_matched_before AS (
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_p.dept = __pgt_x.dept)
              UNION
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM public.depts AS __pgt_x
                              WHERE __pgt_p.dept = __pgt_x.dept
                                AND __pgt_x.dept NOT IN (SELECT n.dept FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT employees.__pgt_w * depts.__pgt_w AS __pgt_w, employees.id AS id, employees.name AS name, employees.manager AS manager, employees.dept AS employees_dept, employees.salary AS salary, employees.bonus AS bonus, employees.hired AS hired, depts.dept AS depts_dept, depts.building AS building
                FROM delta_employees AS employees,
                     (
                SELECT 1 AS __pgt_w, dept, building FROM public.depts
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.dept, c.building FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS depts
               WHERE employees.dept = depts.dept
              UNION ALL
              SELECT depts.__pgt_w AS __pgt_w, employees.id AS id, employees.name AS name, employees.manager AS manager, employees.dept AS employees_dept, employees.salary AS salary, employees.bonus AS bonus, employees.hired AS hired, depts.dept AS depts_dept, depts.building AS building
                FROM public.employees AS employees,
                     delta_depts AS depts
               WHERE employees.dept = depts.dept
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.id AS id, __pgt_p.name AS name, __pgt_p.manager AS manager, __pgt_p.dept AS employees_dept, __pgt_p.salary AS salary, __pgt_p.bonus AS bonus, __pgt_p.hired AS hired, __pgt_pad.dept AS depts_dept, __pgt_pad.building AS building
                FROM delta_employees AS __pgt_p
                LEFT JOIN public.depts AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM public.depts AS __pgt_x WHERE __pgt_p.dept = __pgt_x.dept)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((__pgt_xbefore.__pgt_rn IS NOT NULL)::int - (__pgt_xnow.__pgt_rn IS NOT NULL)::int) AS __pgt_w,
                       __pgt_p.id AS id, __pgt_p.name AS name, __pgt_p.manager AS manager, __pgt_p.dept AS employees_dept, __pgt_p.salary AS salary, __pgt_p.bonus AS bonus, __pgt_p.hired AS hired, __pgt_pad.dept AS depts_dept, __pgt_pad.building AS building
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matched_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matched_before AS __pgt_xbefore ON __pgt_xbefore.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN public.depts AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_events AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.employee, c.kind, c.points
                FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate in a subquery: the groups its input's changes touch
            __pgt_changed_groups AS (
              SELECT DISTINCT d.employee AS __pgt_g0
                FROM delta_events AS d
            ),
            -- aggregate in a subquery: the touched groups' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r.employee, r.kind, r.points
                FROM (SELECT u.employee, u.kind, u.points, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.employee, c.kind, c.points FROM (
                          SELECT c.employee, c.kind, c.points
                            FROM public.events AS c
                            JOIN __pgt_changed_groups AS k ON c.employee = k.__pgt_g0
                          UNION ALL
                          SELECT c.employee, c.kind, c.points
                            FROM public.events AS c
                            JOIN __pgt_changed_groups AS k ON c.employee IS NULL AND k.__pgt_g0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.employee, d.kind, d.points FROM delta_events AS d) AS u
                       GROUP BY u.employee, u.kind, u.points
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was
            delta_aggregate AS (
              SELECT 1 AS __pgt_w, i.employee AS __pgt_g0, count(*) AS __pgt_a0
                FROM (
                  SELECT c.employee, c.kind, c.points
                    FROM public.events AS c
                    JOIN __pgt_changed_groups AS k ON c.employee = k.__pgt_g0
                  UNION ALL
                  SELECT c.employee, c.kind, c.points
                    FROM public.events AS c
                    JOIN __pgt_changed_groups AS k ON c.employee IS NULL AND k.__pgt_g0 IS NULL
                ) AS i
               GROUP BY i.employee
              UNION ALL
              SELECT -1, i.employee AS __pgt_g0, count(*) AS __pgt_a0
                FROM __pgt_group_rows_before AS i
               GROUP BY i.employee
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.__pgt_g0 AS pgt_k0, d.__pgt_a0 AS pgt_value, d.__pgt_a0 AS pgt_rows
                FROM delta_aggregate AS d
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates_2 AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, name, manager, employees_dept, salary, bonus, hired, depts_dept, building FROM (
                  SELECT employees.id AS id, employees.name AS name, employees.manager AS manager, employees.dept AS employees_dept, employees.salary AS salary, employees.bonus AS bonus, employees.hired AS hired, depts.dept AS depts_dept, depts.building AS building
                    FROM public.employees AS employees
                    LEFT JOIN public.depts AS depts ON employees.dept = depts.dept
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, id, name, manager, employees_dept, salary, bonus, hired, depts_dept, building FROM delta_outer_join
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_project AS __pgt_x WHERE __pgt_x.pgt_k0 = __pgt_p.id)
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates_2 AS __pgt_p
                JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT ev.employee AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.events AS ev
                   GROUP BY ev.employee
                ) AS i
              ) AS __pgt_x ON __pgt_x.pgt_k0 = __pgt_p.id
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates_2 AS __pgt_p
                JOIN delta_project AS __pgt_x ON __pgt_x.pgt_k0 = __pgt_p.id
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join_2 AS (
              SELECT __pgt_j1.__pgt_w * __pgt_j2.__pgt_w AS __pgt_w, __pgt_j1.id AS id, __pgt_j1.name AS name, __pgt_j1.manager AS manager, __pgt_j1.employees_dept AS employees_dept, __pgt_j1.salary AS salary, __pgt_j1.bonus AS bonus, __pgt_j1.hired AS hired, __pgt_j1.depts_dept AS depts_dept, __pgt_j1.building AS building, __pgt_j2.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_j2.pgt_value AS __pgt_sub1_pgt_value, __pgt_j2.pgt_rows AS __pgt_sub1_pgt_rows
                FROM delta_outer_join AS __pgt_j1,
                     (
                SELECT 1 AS __pgt_w, pgt_k0, pgt_value, pgt_rows FROM (
                  SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                    FROM (
                    SELECT ev.employee AS __pgt_g0, count(*) AS __pgt_a0
                      FROM public.events AS ev
                     GROUP BY ev.employee
                  ) AS i
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, pgt_k0, pgt_value, pgt_rows FROM delta_project
              ) AS __pgt_j2
               WHERE __pgt_j2.pgt_k0 = __pgt_j1.id
              UNION ALL
              SELECT __pgt_j2.__pgt_w AS __pgt_w, __pgt_j1.id AS id, __pgt_j1.name AS name, __pgt_j1.manager AS manager, __pgt_j1.employees_dept AS employees_dept, __pgt_j1.salary AS salary, __pgt_j1.bonus AS bonus, __pgt_j1.hired AS hired, __pgt_j1.depts_dept AS depts_dept, __pgt_j1.building AS building, __pgt_j2.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_j2.pgt_value AS __pgt_sub1_pgt_value, __pgt_j2.pgt_rows AS __pgt_sub1_pgt_rows
                FROM (
                SELECT employees.id AS id, employees.name AS name, employees.manager AS manager, employees.dept AS employees_dept, employees.salary AS salary, employees.bonus AS bonus, employees.hired AS hired, depts.dept AS depts_dept, depts.building AS building
                  FROM public.employees AS employees
                  LEFT JOIN public.depts AS depts ON employees.dept = depts.dept
              ) AS __pgt_j1,
                     delta_project AS __pgt_j2
               WHERE __pgt_j2.pgt_k0 = __pgt_j1.id
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.id AS id, __pgt_p.name AS name, __pgt_p.manager AS manager, __pgt_p.employees_dept AS employees_dept, __pgt_p.salary AS salary, __pgt_p.bonus AS bonus, __pgt_p.hired AS hired, __pgt_p.depts_dept AS depts_dept, __pgt_p.building AS building, __pgt_pad.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_pad.pgt_value AS __pgt_sub1_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub1_pgt_rows
                FROM delta_outer_join AS __pgt_p
                LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT ev.employee AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.events AS ev
                   GROUP BY ev.employee
                ) AS i
              ) AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT ev.employee AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.events AS ev
                   GROUP BY ev.employee
                ) AS i
              ) AS __pgt_x WHERE __pgt_x.pgt_k0 = __pgt_p.id)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p.id AS id, __pgt_p.name AS name, __pgt_p.manager AS manager, __pgt_p.employees_dept AS employees_dept, __pgt_p.salary AS salary, __pgt_p.bonus AS bonus, __pgt_p.hired AS hired, __pgt_p.depts_dept AS depts_dept, __pgt_p.building AS building, __pgt_pad.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_pad.pgt_value AS __pgt_sub1_pgt_value, __pgt_pad.pgt_rows AS __pgt_sub1_pgt_rows
                  FROM __pgt_candidates_2 AS __pgt_p
                  LEFT JOIN __pgt_matches_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN (
                SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                  FROM (
                  SELECT ev.employee AS __pgt_g0, count(*) AS __pgt_a0
                    FROM public.events AS ev
                   GROUP BY ev.employee
                ) AS i
              ) AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- project (linear): each changed row, projected
            delta_project_2 AS (
              SELECT d.__pgt_w, d.employees_dept AS dept, d.id AS id, d.name AS name, d.manager AS manager, d.salary AS salary, d.bonus AS bonus, d.hired AS hired, d.building AS building, CASE WHEN d.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE d.__pgt_sub1_pgt_value END AS events
                FROM delta_outer_join_2 AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.dept, d.id, d.name, d.manager, d.salary, d.bonus, d.hired, d.building, d.events, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project_2 AS d
               GROUP BY d.dept, d.id, d.name, d.manager, d.salary, d.bonus, d.hired, d.building, d.events
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.employee_buildings AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.employee_buildings AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.dept, n.id, n.name, n.manager, n.salary, n.bonus, n.hired, n.building, n.events), 0) AND t.dept IS NOT DISTINCT FROM n.dept AND t.id = n.id AND t.name = n.name AND t.manager IS NOT DISTINCT FROM n.manager AND t.salary IS NOT DISTINCT FROM n.salary AND t.bonus IS NOT DISTINCT FROM n.bonus AND t.hired = n.hired AND t.building IS NOT DISTINCT FROM n.building AND t.events IS NOT DISTINCT FROM n.events
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.employee_buildings (dept, id, name, manager, salary, bonus, hired, building, events, __pgt_row_id)
            SELECT n.dept, n.id, n.name, n.manager, n.salary, n.bonus, n.hired, n.building, n.events, hash_record_extended(ROW(n.dept, n.id, n.name, n.manager, n.salary, n.bonus, n.hired, n.building, n.events), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.employees', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.employee_buildings') THEN
        DELETE FROM public.employee_buildings;
    ELSE
        TRUNCATE public.employee_buildings;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.depts'), ('public.employees'), ('public.events')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.employee_buildings' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.employees', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'employee_buildings'
    ),
    __pgt_release_32c396150591602e AS (
        DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
         WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_c63077dab724f8f8 AS (
        DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
         WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.depts' AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.employee_buildings (dept, id, name, manager, salary, bonus, hired, building, events, __pgt_row_id)
    SELECT * FROM (
      SELECT r.dept, r.id, r.name, r.manager, r.salary, r.bonus, r.hired, r.building, r.events, hash_record_extended(ROW(r.dept, r.id, r.name, r.manager, r.salary, r.bonus, r.hired, r.building, r.events), 0) AS __pgt_row_id
        FROM (
          SELECT i.employees_dept AS dept, i.id AS id, i.name AS name, i.manager AS manager, i.salary AS salary, i.bonus AS bonus, i.hired AS hired, i.building AS building, CASE WHEN i.__pgt_sub1_pgt_rows IS NULL THEN 0 ELSE i.__pgt_sub1_pgt_value END AS events
            FROM (
            SELECT __pgt_l.id AS id, __pgt_l.name AS name, __pgt_l.manager AS manager, __pgt_l.employees_dept AS employees_dept, __pgt_l.salary AS salary, __pgt_l.bonus AS bonus, __pgt_l.hired AS hired, __pgt_l.depts_dept AS depts_dept, __pgt_l.building AS building, __pgt_r.pgt_k0 AS __pgt_sub1_pgt_k0, __pgt_r.pgt_value AS __pgt_sub1_pgt_value, __pgt_r.pgt_rows AS __pgt_sub1_pgt_rows
              FROM (
              SELECT employees.id AS id, employees.name AS name, employees.manager AS manager, employees.dept AS employees_dept, employees.salary AS salary, employees.bonus AS bonus, employees.hired AS hired, depts.dept AS depts_dept, depts.building AS building
                FROM public.employees AS employees
                LEFT JOIN public.depts AS depts ON employees.dept = depts.dept
            ) AS __pgt_l
              LEFT JOIN (
              SELECT i.__pgt_g0 AS pgt_k0, i.__pgt_a0 AS pgt_value, i.__pgt_a0 AS pgt_rows
                FROM (
                SELECT ev.employee AS __pgt_g0, count(*) AS __pgt_a0
                  FROM public.events AS ev
                 GROUP BY ev.employee
              ) AS i
            ) AS __pgt_r ON __pgt_r.pgt_k0 = __pgt_l.id
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.employee_buildings', full => true);
ANALYZE public.employee_buildings;

-- ========================================================================
-- create stream table public.employee_event_totals
-- ========================================================================
-- trickle: stream table public.employee_event_totals
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT e.id, e.name, t.events, t.points FROM employees AS e CROSS JOIN LATERAL ( SELECT count(*) AS events, sum(ev.points) AS points FROM events AS ev WHERE ev.employee = e.id ) AS t
--
-- operator tree:
--   project id, name, events, points
--     project id, name, manager, dept, salary, bonus, hired, CASE WHEN __pgt_t_1 IS NULL THEN 0 ELSE events END AS events, CASE WHEN __pgt_t_1 IS NULL THEN NULL ELSE points END AS points
--       left outer join on __pgt_t_0 = id
--         scan public.employees AS e
--         project __pgt_a0 AS events, __pgt_a1 AS points, __pgt_g0 AS pgt_lateral_k0, __pgt_a0 AS pgt_lateral_rows
--           aggregate count(*), sum(ev.points) group by employee
--             scan public.events AS ev

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.employee_event_totals AS
  SELECT r.id, r.name, r.events, r.points, hashint4extended(r.id, 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i.name AS name, i.events AS events, i.points AS points
        FROM (
        SELECT i.id AS id, i.name AS name, i.manager AS manager, i.dept AS dept, i.salary AS salary, i.bonus AS bonus, i.hired AS hired, CASE WHEN i.__pgt_t_1 IS NULL THEN 0 ELSE i.events END AS events, CASE WHEN i.__pgt_t_1 IS NULL THEN NULL ELSE i.points END AS points
          FROM (
          SELECT e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, __pgt_r.events AS events, __pgt_r.points AS points, __pgt_r.pgt_lateral_k0 AS __pgt_t_0, __pgt_r.pgt_lateral_rows AS __pgt_t_1
            FROM public.employees AS e
            LEFT JOIN (
            SELECT i.__pgt_a0 AS events, i.__pgt_a1 AS points, i.__pgt_g0 AS pgt_lateral_k0, i.__pgt_a0 AS pgt_lateral_rows
              FROM (
              SELECT ev.employee AS __pgt_g0, count(*) AS __pgt_a0, sum(ev.points) AS __pgt_a1
                FROM public.events AS ev
               GROUP BY ev.employee
            ) AS i
          ) AS __pgt_r ON __pgt_r.pgt_lateral_k0 = e.id
        ) AS i
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.employee_event_totals ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_f94a9c6e05d089cd ON public.employee_event_totals (__pgt_row_id);
COMMENT ON TABLE public.employee_event_totals IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.employee_event_totals'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'employee_event_totals', 'public.employee_event_totals', 'f94a9c6e05d089cd', 'SELECT e.id, e.name, t.events, t.points FROM employees AS e CROSS JOIN LATERAL ( SELECT count(*) AS events, sum(ev.points) AS points FROM events AS ev WHERE ev.employee = e.id ) AS t', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_f94a9c6e05d089cd', 14, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.employee_event_totals';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.employee_event_totals';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['employee', 'kind', 'points']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.employee_event_totals';

-- Refresh function, called by pg_trickle.refresh('public.employee_event_totals').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_f94a9c6e05d089cd(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
    __pgt_bound_c63077dab724f8f8 xid8;
    __pgt_small_c63077dab724f8f8 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.employee_event_totals'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.events' AND d.consumes_changes AND r.stable_name <> 'public.employee_event_totals'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c63077dab724f8f8'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d, __pgt_bound_c63077dab724f8f8, __pgt_small_c63077dab724f8f8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.employee_event_totals';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c63077dab724f8f8'::regclass) > __pgt_full_ratio * pg_relation_size('public.events'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.events'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.events', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'employee_event_totals'
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.events that every reader has consumed
            __pgt_release_c63077dab724f8f8 AS (
              DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_events AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.employee, c.kind, c.points
                FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate in a subquery: the groups its input's changes touch
            __pgt_changed_groups AS (
              SELECT DISTINCT d.employee AS __pgt_g0
                FROM delta_events AS d
            ),
            -- aggregate in a subquery: the touched groups' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r.employee, r.kind, r.points
                FROM (SELECT u.employee, u.kind, u.points, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.employee, c.kind, c.points FROM (
                          SELECT c.employee, c.kind, c.points
                            FROM public.events AS c
                            JOIN __pgt_changed_groups AS k ON c.employee = k.__pgt_g0
                          UNION ALL
                          SELECT c.employee, c.kind, c.points
                            FROM public.events AS c
                            JOIN __pgt_changed_groups AS k ON c.employee IS NULL AND k.__pgt_g0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.employee, d.kind, d.points FROM delta_events AS d) AS u
                       GROUP BY u.employee, u.kind, u.points
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was
            delta_aggregate AS (
              SELECT 1 AS __pgt_w, i.employee AS __pgt_g0, count(*) AS __pgt_a0, sum(i.points) AS __pgt_a1
                FROM (
                  SELECT c.employee, c.kind, c.points
                    FROM public.events AS c
                    JOIN __pgt_changed_groups AS k ON c.employee = k.__pgt_g0
                  UNION ALL
                  SELECT c.employee, c.kind, c.points
                    FROM public.events AS c
                    JOIN __pgt_changed_groups AS k ON c.employee IS NULL AND k.__pgt_g0 IS NULL
                ) AS i
               GROUP BY i.employee
              UNION ALL
              SELECT -1, i.employee AS __pgt_g0, count(*) AS __pgt_a0, sum(i.points) AS __pgt_a1
                FROM __pgt_group_rows_before AS i
               GROUP BY i.employee
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.__pgt_a0 AS events, d.__pgt_a1 AS points, d.__pgt_g0 AS pgt_lateral_k0, d.__pgt_a0 AS pgt_lateral_rows
                FROM delta_aggregate AS d
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, name, manager, dept, salary, bonus, hired FROM public.employees
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_project AS __pgt_x WHERE __pgt_x.pgt_lateral_k0 = __pgt_p.id)
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN (
                SELECT i.__pgt_a0 AS events, i.__pgt_a1 AS points, i.__pgt_g0 AS pgt_lateral_k0, i.__pgt_a0 AS pgt_lateral_rows
                  FROM (
                  SELECT ev.employee AS __pgt_g0, count(*) AS __pgt_a0, sum(ev.points) AS __pgt_a1
                    FROM public.events AS ev
                   GROUP BY ev.employee
                ) AS i
              ) AS __pgt_x ON __pgt_x.pgt_lateral_k0 = __pgt_p.id
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN delta_project AS __pgt_x ON __pgt_x.pgt_lateral_k0 = __pgt_p.id
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT e.__pgt_w * __pgt_j2.__pgt_w AS __pgt_w, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, __pgt_j2.events AS events, __pgt_j2.points AS points, __pgt_j2.pgt_lateral_k0 AS __pgt_t_0, __pgt_j2.pgt_lateral_rows AS __pgt_t_1
                FROM delta_employees AS e,
                     (
                SELECT 1 AS __pgt_w, events, points, pgt_lateral_k0, pgt_lateral_rows FROM (
                  SELECT i.__pgt_a0 AS events, i.__pgt_a1 AS points, i.__pgt_g0 AS pgt_lateral_k0, i.__pgt_a0 AS pgt_lateral_rows
                    FROM (
                    SELECT ev.employee AS __pgt_g0, count(*) AS __pgt_a0, sum(ev.points) AS __pgt_a1
                      FROM public.events AS ev
                     GROUP BY ev.employee
                  ) AS i
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, events, points, pgt_lateral_k0, pgt_lateral_rows FROM delta_project
              ) AS __pgt_j2
               WHERE __pgt_j2.pgt_lateral_k0 = e.id
              UNION ALL
              SELECT __pgt_j2.__pgt_w AS __pgt_w, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, __pgt_j2.events AS events, __pgt_j2.points AS points, __pgt_j2.pgt_lateral_k0 AS __pgt_t_0, __pgt_j2.pgt_lateral_rows AS __pgt_t_1
                FROM public.employees AS e,
                     delta_project AS __pgt_j2
               WHERE __pgt_j2.pgt_lateral_k0 = e.id
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.id AS id, __pgt_p.name AS name, __pgt_p.manager AS manager, __pgt_p.dept AS dept, __pgt_p.salary AS salary, __pgt_p.bonus AS bonus, __pgt_p.hired AS hired, __pgt_pad.events AS events, __pgt_pad.points AS points, __pgt_pad.pgt_lateral_k0 AS __pgt_t_0, __pgt_pad.pgt_lateral_rows AS __pgt_t_1
                FROM delta_employees AS __pgt_p
                LEFT JOIN (
                SELECT i.__pgt_a0 AS events, i.__pgt_a1 AS points, i.__pgt_g0 AS pgt_lateral_k0, i.__pgt_a0 AS pgt_lateral_rows
                  FROM (
                  SELECT ev.employee AS __pgt_g0, count(*) AS __pgt_a0, sum(ev.points) AS __pgt_a1
                    FROM public.events AS ev
                   GROUP BY ev.employee
                ) AS i
              ) AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM (
                SELECT i.__pgt_a0 AS events, i.__pgt_a1 AS points, i.__pgt_g0 AS pgt_lateral_k0, i.__pgt_a0 AS pgt_lateral_rows
                  FROM (
                  SELECT ev.employee AS __pgt_g0, count(*) AS __pgt_a0, sum(ev.points) AS __pgt_a1
                    FROM public.events AS ev
                   GROUP BY ev.employee
                ) AS i
              ) AS __pgt_x WHERE __pgt_x.pgt_lateral_k0 = __pgt_p.id)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p.id AS id, __pgt_p.name AS name, __pgt_p.manager AS manager, __pgt_p.dept AS dept, __pgt_p.salary AS salary, __pgt_p.bonus AS bonus, __pgt_p.hired AS hired, __pgt_pad.events AS events, __pgt_pad.points AS points, __pgt_pad.pgt_lateral_k0 AS __pgt_t_0, __pgt_pad.pgt_lateral_rows AS __pgt_t_1
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matches_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN (
                SELECT i.__pgt_a0 AS events, i.__pgt_a1 AS points, i.__pgt_g0 AS pgt_lateral_k0, i.__pgt_a0 AS pgt_lateral_rows
                  FROM (
                  SELECT ev.employee AS __pgt_g0, count(*) AS __pgt_a0, sum(ev.points) AS __pgt_a1
                    FROM public.events AS ev
                   GROUP BY ev.employee
                ) AS i
              ) AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- project (linear): each changed row, projected
            delta_project_2 AS (
              SELECT d.__pgt_w, d.id AS id, d.name AS name, d.manager AS manager, d.dept AS dept, d.salary AS salary, d.bonus AS bonus, d.hired AS hired, CASE WHEN d.__pgt_t_1 IS NULL THEN 0 ELSE d.events END AS events, CASE WHEN d.__pgt_t_1 IS NULL THEN NULL ELSE d.points END AS points
                FROM delta_outer_join AS d
            ),
            -- project (linear): each changed row, projected
            delta_project_3 AS (
              SELECT d.__pgt_w, d.id AS id, d.name AS name, d.events AS events, d.points AS points
                FROM delta_project_2 AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.name, d.events, d.points, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project_3 AS d
               GROUP BY d.id, d.name, d.events, d.points
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashint4extended(n.id, 0), n.id) hashint4extended(n.id, 0) AS __pgt_row_id, n.id, n.name, n.events, n.points, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashint4extended(n.id, 0), n.id, n.__pgt_w DESC
            )
            MERGE INTO public.employee_event_totals AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.id = a.id
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET id = a.id, name = a.name, events = a.events, points = a.points
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (id, name, events, points, __pgt_row_id) VALUES (a.id, a.name, a.events, a.points, a.__pgt_row_id);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.employee_event_totals') THEN
        DELETE FROM public.employee_event_totals;
    ELSE
        TRUNCATE public.employee_event_totals;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.employees'), ('public.events')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.employee_event_totals' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'employee_event_totals'
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_c63077dab724f8f8 AS (
        DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
         WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.employee_event_totals (id, name, events, points, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.name, r.events, r.points, hashint4extended(r.id, 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, i.name AS name, i.events AS events, i.points AS points
            FROM (
            SELECT i.id AS id, i.name AS name, i.manager AS manager, i.dept AS dept, i.salary AS salary, i.bonus AS bonus, i.hired AS hired, CASE WHEN i.__pgt_t_1 IS NULL THEN 0 ELSE i.events END AS events, CASE WHEN i.__pgt_t_1 IS NULL THEN NULL ELSE i.points END AS points
              FROM (
              SELECT e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, __pgt_r.events AS events, __pgt_r.points AS points, __pgt_r.pgt_lateral_k0 AS __pgt_t_0, __pgt_r.pgt_lateral_rows AS __pgt_t_1
                FROM public.employees AS e
                LEFT JOIN (
                SELECT i.__pgt_a0 AS events, i.__pgt_a1 AS points, i.__pgt_g0 AS pgt_lateral_k0, i.__pgt_a0 AS pgt_lateral_rows
                  FROM (
                  SELECT ev.employee AS __pgt_g0, count(*) AS __pgt_a0, sum(ev.points) AS __pgt_a1
                    FROM public.events AS ev
                   GROUP BY ev.employee
                ) AS i
              ) AS __pgt_r ON __pgt_r.pgt_lateral_k0 = e.id
            ) AS i
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.employee_event_totals', full => true);
ANALYZE public.employee_event_totals;

-- ========================================================================
-- create stream table public.event_cube
-- ========================================================================
-- trickle: stream table public.event_cube
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT kind, employee, count(*) AS n, max(points) AS best, min(points) AS worst, CASE WHEN GROUPING(kind) = 1 THEN 'all kinds' ELSE COALESCE(kind, '?') END AS label FROM events GROUP BY CUBE (kind, employee) HAVING count(*) > 1
--
-- operator tree:
--   project __pgt_g0 AS kind, __pgt_g1 AS employee, __pgt_a0 AS n, __pgt_a1 AS best, __pgt_a2 AS worst, CASE WHEN ((__pgt_g2 >> 1) & 1) = 1 THEN 'all kinds' ELSE COALESCE(__pgt_g0, '?') END AS label
--     filter __pgt_a0 > 1
--       aggregate count(*), max(points), min(points) group by GROUPING SETS ((kind, employee), (kind), (employee), ())
--         scan public.events

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_key_2).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.event_cube WITH (fillfactor = 50) AS
  SELECT i.kind AS kind,
         i.employee AS employee,
         count(*) AS n,
         max(i.points) AS best,
         min(i.points) AS worst,
         CASE WHEN ((GROUPING(i.kind, i.employee) >> 1) & 1) = 1 THEN 'all kinds' ELSE COALESCE(i.kind, '?') END AS label,
         hash_record_extended(ROW(i.kind, i.employee, GROUPING(i.kind, i.employee)), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         GROUPING(i.kind, i.employee) AS __pgt_key_2
    FROM (
      SELECT employee, kind, points FROM public.events
    ) AS i
   GROUP BY GROUPING SETS ((i.kind, i.employee), (i.kind), (i.employee), ())
  HAVING count(*) > 1
  WITH NO DATA;
ALTER TABLE public.event_cube ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_782eaad9ba61aa66 ON public.event_cube (__pgt_row_id);
COMMENT ON TABLE public.event_cube IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.event_cube'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'event_cube', 'public.event_cube', '782eaad9ba61aa66', 'SELECT kind, employee, count(*) AS n, max(points) AS best, min(points) AS worst, CASE WHEN GROUPING(kind) = 1 THEN ''all kinds'' ELSE COALESCE(kind, ''?'') END AS label FROM events GROUP BY CUBE (kind, employee) HAVING count(*) > 1', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_782eaad9ba61aa66', 15, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['employee', 'kind', 'points']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_cube';

-- Refresh function, called by pg_trickle.refresh('public.event_cube').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_782eaad9ba61aa66(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
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
    __pgt_rescan_by_index boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.events' AND d.consumes_changes AND r.stable_name <> 'public.event_cube'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c63077dab724f8f8'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_c63077dab724f8f8, __pgt_small_c63077dab724f8f8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.event_cube';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
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
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.events', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'event_cube'
            ),
            -- delete the changes of public.events that every reader has consumed
            __pgt_release_c63077dab724f8f8 AS (
              DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_events AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.employee, c.kind, c.points
                FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.kind AS __pgt_g0,
                     d.employee AS __pgt_g1,
                     GROUPING(d.kind, d.employee) AS __pgt_g2,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     max(d.points) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_1,
                     max(d.points) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_1,
                     min(d.points) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_2,
                     min(d.points) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_2
                FROM delta_events AS d
               GROUP BY GROUPING SETS ((d.kind, d.employee), (d.kind), (d.employee), ())
              HAVING count(*) > 0
            ),
            -- each changed group with its stored state; a group is recomputed from the sources when HAVING hid it (its state is not stored) or a deleted value may have been its MIN/MAX
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.n AS __pgt_old_value_0,
                     s.best AS __pgt_old_value_1,
                     s.worst AS __pgt_old_value_2,
                     s.__pgt_row_id IS NULL
                         OR (g.__pgt_del_1 IS NOT NULL AND (s.best IS NULL OR (g.__pgt_del_1 >= s.best AND NOT coalesce(g.__pgt_ins_1 >= s.best AND g.__pgt_ins_1 > g.__pgt_del_1, false))))
                         OR (g.__pgt_del_2 IS NOT NULL AND (s.worst IS NULL OR (g.__pgt_del_2 <= s.worst AND NOT coalesce(g.__pgt_ins_2 <= s.worst AND g.__pgt_ins_2 < g.__pgt_del_2, false)))) AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.event_cube AS s ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0, g.__pgt_g1, g.__pgt_g2), 0) AND s.kind IS NOT DISTINCT FROM g.__pgt_g0 AND s.employee IS NOT DISTINCT FROM g.__pgt_g1 AND s.__pgt_key_2 = g.__pgt_g2
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_g1, g.__pgt_g2, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1, r.__pgt_value_2
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT i.kind AS __pgt_g0,
                         i.employee AS __pgt_g1,
                         GROUPING(i.kind, i.employee) AS __pgt_g2,
                         count(*) AS __pgt_count,
                         count(*) AS __pgt_value_0,
                         max(i.points) AS __pgt_value_1,
                         min(i.points) AS __pgt_value_2
                    FROM (
                    SELECT * FROM (
                      SELECT employee, kind, points FROM public.events
                    ) AS i
                     WHERE __pgt_rescan_by_index AND ((i.kind = ANY (ARRAY(SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan)) OR (i.kind IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL))) OR EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND (f.__pgt_g2 >> 1) & 1 = 1))
                    UNION ALL
                    SELECT * FROM (
                      SELECT employee, kind, points FROM public.events
                    ) AS i
                     WHERE NOT __pgt_rescan_by_index AND ((i.kind IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan) OR (i.kind IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL))) OR EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND (f.__pgt_g2 >> 1) & 1 = 1))
                       AND ((i.employee IN (SELECT f.__pgt_g1 FROM __pgt_groups AS f WHERE f.__pgt_rescan) OR (i.employee IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g1 IS NULL))) OR EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND (f.__pgt_g2 >> 0) & 1 = 1))
                  ) AS i
                   GROUP BY GROUPING SETS ((i.kind, i.employee), (i.kind), (i.employee), ())
                ) AS r ON r.__pgt_g0 IS NOT DISTINCT FROM g.__pgt_g0 AND r.__pgt_g1 IS NOT DISTINCT FROM g.__pgt_g1 AND r.__pgt_g2 = g.__pgt_g2
               WHERE g.__pgt_rescan
            ),
            -- new state of each changed group: stored state + change, or the recomputed state
            __pgt_new_state AS (
              SELECT g.__pgt_g0 AS __pgt_g0,
                     g.__pgt_g1 AS __pgt_g1,
                     g.__pgt_g2 AS __pgt_g2,
                     g.__pgt_ctid,
                     g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                     coalesce(g.__pgt_old_value_0, 0) + g.__pgt_d_value_0 AS __pgt_value_0,
                     greatest(g.__pgt_old_value_1, g.__pgt_ins_1) AS __pgt_value_1,
                     least(g.__pgt_old_value_2, g.__pgt_ins_2) AS __pgt_value_2
                FROM __pgt_groups AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows and satisfies HAVING
            __pgt_apply AS (
              SELECT hash_record_extended(ROW(n.__pgt_g0, n.__pgt_g1, n.__pgt_g2), 0) AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_g0 AS kind,
                     n.__pgt_g1 AS employee,
                     n.__pgt_value_0 AS n,
                     n.__pgt_value_1 AS best,
                     n.__pgt_value_2 AS worst,
                     CASE WHEN ((n.__pgt_g2 >> 1) & 1) = 1 THEN 'all kinds' ELSE COALESCE(n.__pgt_g0, '?') END AS label,
                     n.__pgt_count,
                     n.__pgt_g2 AS __pgt_key_2,
                     (n.__pgt_count > 0 OR n.__pgt_g2 = 3) AND (n.__pgt_value_0 > 1) IS TRUE AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.event_cube AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET kind = a.kind, employee = a.employee, n = a.n, best = a.best, worst = a.worst, label = a.label, __pgt_count = a.__pgt_count, __pgt_key_2 = a.__pgt_key_2
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (kind, employee, n, best, worst, label, __pgt_row_id, __pgt_count, __pgt_key_2) VALUES (a.kind, a.employee, a.n, a.best, a.worst, a.label, a.__pgt_row_id, a.__pgt_count, a.__pgt_key_2);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.event_cube') THEN
        DELETE FROM public.event_cube;
    ELSE
        TRUNCATE public.event_cube;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.events')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.event_cube' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_782eaad9ba61aa66 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.kind AS kind,
                     i.employee AS employee,
                     count(*) AS n,
                     max(i.points) AS best,
                     min(i.points) AS worst,
                     CASE WHEN ((GROUPING(i.kind, i.employee) >> 1) & 1) = 1 THEN 'all kinds' ELSE COALESCE(i.kind, '?') END AS label,
                     hash_record_extended(ROW(i.kind, i.employee, GROUPING(i.kind, i.employee)), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     GROUPING(i.kind, i.employee) AS __pgt_key_2
                FROM (
                  SELECT employee, kind, points FROM public.events
                ) AS i
               GROUP BY GROUPING SETS ((i.kind, i.employee), (i.kind), (i.employee), ())
              HAVING count(*) > 1
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_782eaad9ba61aa66 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.events', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'event_cube'
        ),
        __pgt_release_c63077dab724f8f8 AS (
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.event_cube (kind, employee, n, best, worst, label, __pgt_row_id, __pgt_count, __pgt_key_2)
        SELECT q.kind, q.employee, q.n, q.best, q.worst, q.label, q.__pgt_row_id, q.__pgt_count, q.__pgt_key_2 FROM pg_temp.__pgt_full_782eaad9ba61aa66 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_782eaad9ba61aa66;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.events', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'event_cube'
    ),
    __pgt_release_c63077dab724f8f8 AS (
        DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
         WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.event_cube (kind, employee, n, best, worst, label, __pgt_row_id, __pgt_count, __pgt_key_2)
    SELECT * FROM (
      SELECT i.kind AS kind,
             i.employee AS employee,
             count(*) AS n,
             max(i.points) AS best,
             min(i.points) AS worst,
             CASE WHEN ((GROUPING(i.kind, i.employee) >> 1) & 1) = 1 THEN 'all kinds' ELSE COALESCE(i.kind, '?') END AS label,
             hash_record_extended(ROW(i.kind, i.employee, GROUPING(i.kind, i.employee)), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             GROUPING(i.kind, i.employee) AS __pgt_key_2
        FROM (
          SELECT employee, kind, points FROM public.events
        ) AS i
       GROUP BY GROUPING SETS ((i.kind, i.employee), (i.kind), (i.employee), ())
      HAVING count(*) > 1
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.event_cube', full => true);
ANALYZE public.event_cube;

-- ========================================================================
-- create stream table public.event_kind_labels
-- ========================================================================
-- trickle: stream table public.event_kind_labels
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT k.label, k.weight, count(ev.kind) AS events, sum(ev.points * k.weight) AS weighted FROM ( VALUES ('talk', 'Talks', 1), ('patch', 'Patches', 10), ('other', 'Other', 0) ) AS k(kind, label, weight) LEFT JOIN events AS ev ON ev.kind = k.kind GROUP BY k.label, k.weight
--
-- operator tree:
--   project __pgt_g0 AS label, __pgt_g1 AS weight, __pgt_a0 AS events, __pgt_a1 AS weighted
--     aggregate count(ev.kind), sum(ev.points * k.weight) group by label, weight
--       left outer join on ev_kind = k_kind
--         values (3 rows)
--         scan public.events AS ev

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_1).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.event_kind_labels WITH (fillfactor = 50) AS
  SELECT i.label AS label,
         i.weight AS weight,
         count(i.ev_kind) AS events,
         sum(i.points * i.weight) AS weighted,
         hash_record_extended(ROW(i.label, i.weight), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i.points * i.weight) AS __pgt_nonnull_1
    FROM (
      SELECT __pgt_l.column1 AS k_kind, __pgt_l.column2 AS label, __pgt_l.column3 AS weight, ev.employee AS employee, ev.kind AS ev_kind, ev.points AS points
        FROM (
        SELECT v.column1, v.column2, v.column3
          FROM (VALUES ('talk', 'Talks', 1), ('patch', 'Patches', 10), ('other', 'Other', 0)) AS v(column1, column2, column3)
      ) AS __pgt_l
        LEFT JOIN public.events AS ev ON ev.kind = __pgt_l.column1
    ) AS i
   GROUP BY i.label, i.weight
  WITH NO DATA;
ALTER TABLE public.event_kind_labels ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_7c29b872199bcf4b ON public.event_kind_labels (__pgt_row_id);
COMMENT ON TABLE public.event_kind_labels IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.event_kind_labels'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'event_kind_labels', 'public.event_kind_labels', '7c29b872199bcf4b', 'SELECT k.label, k.weight, count(ev.kind) AS events, sum(ev.points * k.weight) AS weighted FROM ( VALUES (''talk'', ''Talks'', 1), (''patch'', ''Patches'', 10), (''other'', ''Other'', 0) ) AS k(kind, label, weight) LEFT JOIN events AS ev ON ev.kind = k.kind GROUP BY k.label, k.weight', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_7c29b872199bcf4b', 16, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.event_kind_labels';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['employee', 'kind', 'points']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_kind_labels';

-- Refresh function, called by pg_trickle.refresh('public.event_kind_labels').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_7c29b872199bcf4b(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
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
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.events' AND d.consumes_changes AND r.stable_name <> 'public.event_kind_labels'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c63077dab724f8f8'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_c63077dab724f8f8, __pgt_small_c63077dab724f8f8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.event_kind_labels';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c63077dab724f8f8'::regclass) > __pgt_full_ratio * pg_relation_size('public.events'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.events'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.events', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.events', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'event_kind_labels'
            ),
            -- delete the changes of public.events that every reader has consumed
            __pgt_release_c63077dab724f8f8 AS (
              DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- values: rows written in the query never change
            delta_values AS (
              SELECT 1 AS __pgt_w, v.column1, v.column2, v.column3
                FROM (VALUES ('talk', 'Talks', 1), ('patch', 'Patches', 10), ('other', 'Other', 0)) AS v(column1, column2, column3)
               WHERE false
            ),
            -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_events AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.employee, c.kind, c.points
                FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, column1, column2, column3 FROM (
                  SELECT v.column1, v.column2, v.column3
                    FROM (VALUES ('talk', 'Talks', 1), ('patch', 'Patches', 10), ('other', 'Other', 0)) AS v(column1, column2, column3)
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, column1, column2, column3 FROM delta_values
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_events AS __pgt_x WHERE __pgt_x.kind = __pgt_p.column1)
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN public.events AS __pgt_x ON __pgt_x.kind = __pgt_p.column1
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN delta_events AS __pgt_x ON __pgt_x.kind = __pgt_p.column1
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT __pgt_j1.__pgt_w * ev.__pgt_w AS __pgt_w, __pgt_j1.column1 AS k_kind, __pgt_j1.column2 AS label, __pgt_j1.column3 AS weight, ev.employee AS employee, ev.kind AS ev_kind, ev.points AS points
                FROM delta_values AS __pgt_j1,
                     (
                SELECT 1 AS __pgt_w, employee, kind, points FROM public.events
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.employee, c.kind, c.points FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS ev
               WHERE ev.kind = __pgt_j1.column1
              UNION ALL
              SELECT ev.__pgt_w AS __pgt_w, __pgt_j1.column1 AS k_kind, __pgt_j1.column2 AS label, __pgt_j1.column3 AS weight, ev.employee AS employee, ev.kind AS ev_kind, ev.points AS points
                FROM (
                SELECT v.column1, v.column2, v.column3
                  FROM (VALUES ('talk', 'Talks', 1), ('patch', 'Patches', 10), ('other', 'Other', 0)) AS v(column1, column2, column3)
              ) AS __pgt_j1,
                     delta_events AS ev
               WHERE ev.kind = __pgt_j1.column1
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.column1 AS k_kind, __pgt_p.column2 AS label, __pgt_p.column3 AS weight, __pgt_pad.employee AS employee, __pgt_pad.kind AS ev_kind, __pgt_pad.points AS points
                FROM delta_values AS __pgt_p
                LEFT JOIN public.events AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM public.events AS __pgt_x WHERE __pgt_x.kind = __pgt_p.column1)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p.column1 AS k_kind, __pgt_p.column2 AS label, __pgt_p.column3 AS weight, __pgt_pad.employee AS employee, __pgt_pad.kind AS ev_kind, __pgt_pad.points AS points
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matches_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN public.events AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.label AS __pgt_g0,
                     d.weight AS __pgt_g1,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.ev_kind IS NOT NULL), 0)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.points * d.weight IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                     CASE WHEN sum(d.points * d.weight) FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(d.points * d.weight) FILTER (WHERE d.__pgt_w > 0) WHEN sum(d.points * d.weight) FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(d.points * d.weight) FILTER (WHERE d.__pgt_w < 0)) ELSE sum(d.points * d.weight) FILTER (WHERE d.__pgt_w > 0) - sum(d.points * d.weight) FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_1
                FROM delta_outer_join AS d
               GROUP BY d.label, d.weight
            ),
            -- a NaN or an infinity entering or leaving a total flags the refresh, which then recomputes in full
            __pgt_finite AS (
              SELECT g.* FROM __pgt_delta_groups AS g
               WHERE CASE WHEN g.__pgt_d_value_1::text IN ('NaN', 'Infinity', '-Infinity', 'infinity', '-infinity') THEN set_config('pg_trickle.nonfinite', 'on', true) IS NOT NULL ELSE true END
            )
            MERGE INTO public.event_kind_labels AS s
            USING __pgt_finite AS g
               ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0, g.__pgt_g1), 0) AND s.label = g.__pgt_g0 AND s.weight = g.__pgt_g1
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          label = g.__pgt_g0,
                          weight = g.__pgt_g1,
                          events = coalesce(s.events, 0) + g.__pgt_d_value_0,
                          weighted = CASE WHEN s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1 = 0 THEN NULL WHEN s.weighted IS NULL THEN g.__pgt_d_value_1 WHEN g.__pgt_d_value_1 IS NULL THEN s.weighted ELSE s.weighted + g.__pgt_d_value_1 END,
                          __pgt_count = s.__pgt_count + g.__pgt_d_count,
                          __pgt_nonnull_1 = s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT (label, weight, events, weighted, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
                          VALUES (g.__pgt_g0,
                                  g.__pgt_g1,
                                  g.__pgt_d_value_0,
                                  CASE WHEN g.__pgt_d_nonnull_1 = 0 THEN NULL ELSE g.__pgt_d_value_1 END,
                                  hash_record_extended(ROW(g.__pgt_g0, g.__pgt_g1), 0),
                                  g.__pgt_d_count,
                                  g.__pgt_d_nonnull_1);

            -- The statement above flags a NaN or an infinity that entered or left a running SUM/AVG:
            -- subtracting one does not undo adding it, so the totals are recomputed in full.
            IF current_setting('pg_trickle.nonfinite', true) = 'on' THEN
                PERFORM set_config('pg_trickle.nonfinite', '', true);
                __pgt_reason := 'a NaN or an infinity entered or left a SUM or AVG';
            END IF;
            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_reason IS NULL THEN
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.event_kind_labels') THEN
        DELETE FROM public.event_kind_labels;
    ELSE
        TRUNCATE public.event_kind_labels;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.events')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.event_kind_labels' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_7c29b872199bcf4b ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.label AS label,
                     i.weight AS weight,
                     count(i.ev_kind) AS events,
                     sum(i.points * i.weight) AS weighted,
                     hash_record_extended(ROW(i.label, i.weight), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     count(i.points * i.weight) AS __pgt_nonnull_1
                FROM (
                  SELECT __pgt_l.column1 AS k_kind, __pgt_l.column2 AS label, __pgt_l.column3 AS weight, ev.employee AS employee, ev.kind AS ev_kind, ev.points AS points
                    FROM (
                    SELECT v.column1, v.column2, v.column3
                      FROM (VALUES ('talk', 'Talks', 1), ('patch', 'Patches', 10), ('other', 'Other', 0)) AS v(column1, column2, column3)
                  ) AS __pgt_l
                    LEFT JOIN public.events AS ev ON ev.kind = __pgt_l.column1
                ) AS i
               GROUP BY i.label, i.weight
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_7c29b872199bcf4b AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.events', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'event_kind_labels'
        ),
        __pgt_release_c63077dab724f8f8 AS (
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.event_kind_labels (label, weight, events, weighted, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
        SELECT q.label, q.weight, q.events, q.weighted, q.__pgt_row_id, q.__pgt_count, q.__pgt_nonnull_1 FROM pg_temp.__pgt_full_7c29b872199bcf4b AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_7c29b872199bcf4b;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.events', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'event_kind_labels'
    ),
    __pgt_release_c63077dab724f8f8 AS (
        DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
         WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.event_kind_labels (label, weight, events, weighted, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
    SELECT * FROM (
      SELECT i.label AS label,
             i.weight AS weight,
             count(i.ev_kind) AS events,
             sum(i.points * i.weight) AS weighted,
             hash_record_extended(ROW(i.label, i.weight), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             count(i.points * i.weight) AS __pgt_nonnull_1
        FROM (
          SELECT __pgt_l.column1 AS k_kind, __pgt_l.column2 AS label, __pgt_l.column3 AS weight, ev.employee AS employee, ev.kind AS ev_kind, ev.points AS points
            FROM (
            SELECT v.column1, v.column2, v.column3
              FROM (VALUES ('talk', 'Talks', 1), ('patch', 'Patches', 10), ('other', 'Other', 0)) AS v(column1, column2, column3)
          ) AS __pgt_l
            LEFT JOIN public.events AS ev ON ev.kind = __pgt_l.column1
        ) AS i
       GROUP BY i.label, i.weight
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.event_kind_labels', full => true);
ANALYZE public.event_kind_labels;

-- ========================================================================
-- create stream table public.event_kinds
-- ========================================================================
-- trickle: stream table public.event_kinds
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; each distinct row keeps a hidden count of its duplicates
--
-- defining query:
--   SELECT DISTINCT kind, points > 5 AS big FROM events
--
-- operator tree:
--   distinct
--     project kind, points > 5 AS big
--       scan public.events

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.event_kinds WITH (fillfactor = 50) AS
  SELECT r.kind, r.big, hash_record_extended(ROW(r.kind, r.big), 0) AS __pgt_row_id, count(*) AS __pgt_count
    FROM (
      SELECT events.kind AS kind, events.points > 5 AS big
        FROM public.events AS events
    ) AS r
   GROUP BY r.kind, r.big
  WITH NO DATA;
ALTER TABLE public.event_kinds ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_fe9c60118febb80f ON public.event_kinds (__pgt_row_id);
COMMENT ON TABLE public.event_kinds IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.event_kinds'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'event_kinds', 'public.event_kinds', 'fe9c60118febb80f', 'SELECT DISTINCT kind, points > 5 AS big FROM events', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'distinct', 'refresh_fe9c60118febb80f', 17, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['employee', 'kind', 'points']::text[]
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
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_fe9c60118febb80f(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
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
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.events' AND d.consumes_changes AND r.stable_name <> 'public.event_kinds'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c63077dab724f8f8'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_c63077dab724f8f8, __pgt_small_c63077dab724f8f8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.event_kinds';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c63077dab724f8f8'::regclass) > __pgt_full_ratio * pg_relation_size('public.events'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.events'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.events', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
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
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.employee, c.kind, c.points
                FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.kind AS kind, d.points > 5 AS big
                FROM delta_events AS d
            ),
            -- distinct: net change in the multiplicity of each row
            __pgt_net AS (
              SELECT d.kind, d.big, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.kind, d.big
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- new multiplicity = stored multiplicity + change; a row stays while it is positive
            __pgt_apply AS (
              SELECT hash_record_extended(ROW(n.kind, n.big), 0) AS __pgt_row_id, n.kind, n.big, coalesce(s.__pgt_count, 0) + n.__pgt_w AS __pgt_count
                FROM __pgt_net AS n
                LEFT JOIN public.event_kinds AS s ON s.__pgt_row_id = hash_record_extended(ROW(n.kind, n.big), 0) AND s.kind IS NOT DISTINCT FROM n.kind AND s.big IS NOT DISTINCT FROM n.big
            )
            MERGE INTO public.event_kinds AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.kind IS NOT DISTINCT FROM a.kind AND s.big IS NOT DISTINCT FROM a.big
             WHEN MATCHED AND a.__pgt_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_count > 0 THEN INSERT (kind, big, __pgt_row_id, __pgt_count) VALUES (a.kind, a.big, a.__pgt_row_id, a.__pgt_count);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
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
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_fe9c60118febb80f ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT r.kind, r.big, hash_record_extended(ROW(r.kind, r.big), 0) AS __pgt_row_id, count(*) AS __pgt_count
                FROM (
                  SELECT events.kind AS kind, events.points > 5 AS big
                    FROM public.events AS events
                ) AS r
               GROUP BY r.kind, r.big
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
        INSERT INTO public.event_kinds (kind, big, __pgt_row_id, __pgt_count)
        SELECT q.kind, q.big, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_fe9c60118febb80f AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
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
    INSERT INTO public.event_kinds (kind, big, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT r.kind, r.big, hash_record_extended(ROW(r.kind, r.big), 0) AS __pgt_row_id, count(*) AS __pgt_count
        FROM (
          SELECT events.kind AS kind, events.points > 5 AS big
            FROM public.events AS events
        ) AS r
       GROUP BY r.kind, r.big
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.event_kinds', full => true);
ANALYZE public.event_kinds;

-- ========================================================================
-- create stream table public.event_managers
-- ========================================================================
-- trickle: stream table public.event_managers
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT e.name, ev.kind, ev.points, m.name AS manager FROM employees AS e JOIN events AS ev ON ev.employee = id LEFT JOIN employees AS m ON m.id = e.manager
--
-- operator tree:
--   project e_name AS name, kind, points, m_name AS manager
--     left outer join on m_id = e_manager
--       inner join on employee = e_id
--         scan public.employees AS e
--         scan public.events AS ev
--       scan public.employees AS m

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.event_managers AS
  SELECT r.name, r.kind, r.points, r.manager, hash_record_extended(ROW(r.name, r.kind, r.points, r.manager), 0) AS __pgt_row_id
    FROM (
      SELECT i.e_name AS name, i.kind AS kind, i.points AS points, i.m_name AS manager
        FROM (
        SELECT __pgt_l.e_id AS e_id, __pgt_l.e_name AS e_name, __pgt_l.e_manager AS e_manager, __pgt_l.e_dept AS e_dept, __pgt_l.e_salary AS e_salary, __pgt_l.e_bonus AS e_bonus, __pgt_l.e_hired AS e_hired, __pgt_l.employee AS employee, __pgt_l.kind AS kind, __pgt_l.points AS points, m.id AS m_id, m.name AS m_name, m.manager AS m_manager, m.dept AS m_dept, m.salary AS m_salary, m.bonus AS m_bonus, m.hired AS m_hired
          FROM (
          SELECT e.id AS e_id, e.name AS e_name, e.manager AS e_manager, e.dept AS e_dept, e.salary AS e_salary, e.bonus AS e_bonus, e.hired AS e_hired, ev.employee AS employee, ev.kind AS kind, ev.points AS points
            FROM public.employees AS e,
                 public.events AS ev
           WHERE ev.employee = e.id
        ) AS __pgt_l
          LEFT JOIN public.employees AS m ON m.id = __pgt_l.e_manager
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.event_managers ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_a015b8dada3c2203 ON public.event_managers (__pgt_row_id);
COMMENT ON TABLE public.event_managers IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.event_managers'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'event_managers', 'public.event_managers', 'a015b8dada3c2203', 'SELECT e.name, ev.kind, ev.points, m.name AS manager FROM employees AS e JOIN events AS ev ON ev.employee = id LEFT JOIN employees AS m ON m.id = e.manager', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_a015b8dada3c2203', 18, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.event_managers';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_managers';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['employee', 'kind', 'points']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_managers';

-- Refresh function, called by pg_trickle.refresh('public.event_managers').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_a015b8dada3c2203(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
    __pgt_bound_c63077dab724f8f8 xid8;
    __pgt_small_c63077dab724f8f8 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.event_managers'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.events' AND d.consumes_changes AND r.stable_name <> 'public.event_managers'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c63077dab724f8f8'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d, __pgt_bound_c63077dab724f8f8, __pgt_small_c63077dab724f8f8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.event_managers';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c63077dab724f8f8'::regclass) > __pgt_full_ratio * pg_relation_size('public.events'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.events'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.events', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'event_managers'
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.events that every reader has consumed
            __pgt_release_c63077dab724f8f8 AS (
              DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_events AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.employee, c.kind, c.points
                FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(e) JOIN ev
            --   + e' JOIN d(ev)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT e.__pgt_w * ev.__pgt_w AS __pgt_w, e.id AS e_id, e.name AS e_name, e.manager AS e_manager, e.dept AS e_dept, e.salary AS e_salary, e.bonus AS e_bonus, e.hired AS e_hired, ev.employee AS employee, ev.kind AS kind, ev.points AS points
                FROM delta_employees AS e,
                     (
                SELECT 1 AS __pgt_w, employee, kind, points FROM public.events
                UNION ALL
                SELECT -__pgt_w, employee, kind, points FROM delta_events
              ) AS ev
               WHERE ev.employee = e.id
              UNION ALL
              SELECT ev.__pgt_w AS __pgt_w, e.id AS e_id, e.name AS e_name, e.manager AS e_manager, e.dept AS e_dept, e.salary AS e_salary, e.bonus AS e_bonus, e.hired AS e_hired, ev.employee AS employee, ev.kind AS kind, ev.points AS points
                FROM public.employees AS e,
                     delta_events AS ev
               WHERE ev.employee = e.id
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, e_id, e_name, e_manager, e_dept, e_salary, e_bonus, e_hired, employee, kind, points FROM (
                  SELECT e.id AS e_id, e.name AS e_name, e.manager AS e_manager, e.dept AS e_dept, e.salary AS e_salary, e.bonus AS e_bonus, e.hired AS e_hired, ev.employee AS employee, ev.kind AS kind, ev.points AS points
                    FROM public.employees AS e,
                         public.events AS ev
                   WHERE ev.employee = e.id
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, e_id, e_name, e_manager, e_dept, e_salary, e_bonus, e_hired, employee, kind, points FROM delta_join
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_employees AS __pgt_x WHERE __pgt_x.id = __pgt_p.e_manager)
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x.id, sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_employees AS __pgt_x
               GROUP BY __pgt_x.id
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- the candidates that match a row of the other side now
            __pgt_matched_now AS (
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM public.employees AS __pgt_x WHERE __pgt_x.id = __pgt_p.e_manager)
            ),
            -- the candidates that matched a row of the other side before: a row deleted since, or one there now that was not inserted since
            __pgt_matched_before AS (
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.id = __pgt_p.e_manager)
              UNION
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM public.employees AS __pgt_x
                              WHERE __pgt_x.id = __pgt_p.e_manager
                                AND __pgt_x.id NOT IN (SELECT n.id FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT __pgt_j1.__pgt_w * m.__pgt_w AS __pgt_w, __pgt_j1.e_id AS e_id, __pgt_j1.e_name AS e_name, __pgt_j1.e_manager AS e_manager, __pgt_j1.e_dept AS e_dept, __pgt_j1.e_salary AS e_salary, __pgt_j1.e_bonus AS e_bonus, __pgt_j1.e_hired AS e_hired, __pgt_j1.employee AS employee, __pgt_j1.kind AS kind, __pgt_j1.points AS points, m.id AS m_id, m.name AS m_name, m.manager AS m_manager, m.dept AS m_dept, m.salary AS m_salary, m.bonus AS m_bonus, m.hired AS m_hired
                FROM delta_join AS __pgt_j1,
                     (
                SELECT 1 AS __pgt_w, id, name, manager, dept, salary, bonus, hired FROM public.employees
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS m
               WHERE m.id = __pgt_j1.e_manager
              UNION ALL
              SELECT m.__pgt_w AS __pgt_w, __pgt_j1.e_id AS e_id, __pgt_j1.e_name AS e_name, __pgt_j1.e_manager AS e_manager, __pgt_j1.e_dept AS e_dept, __pgt_j1.e_salary AS e_salary, __pgt_j1.e_bonus AS e_bonus, __pgt_j1.e_hired AS e_hired, __pgt_j1.employee AS employee, __pgt_j1.kind AS kind, __pgt_j1.points AS points, m.id AS m_id, m.name AS m_name, m.manager AS m_manager, m.dept AS m_dept, m.salary AS m_salary, m.bonus AS m_bonus, m.hired AS m_hired
                FROM (
                SELECT e.id AS e_id, e.name AS e_name, e.manager AS e_manager, e.dept AS e_dept, e.salary AS e_salary, e.bonus AS e_bonus, e.hired AS e_hired, ev.employee AS employee, ev.kind AS kind, ev.points AS points
                  FROM public.employees AS e,
                       public.events AS ev
                 WHERE ev.employee = e.id
              ) AS __pgt_j1,
                     delta_employees AS m
               WHERE m.id = __pgt_j1.e_manager
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.e_id AS e_id, __pgt_p.e_name AS e_name, __pgt_p.e_manager AS e_manager, __pgt_p.e_dept AS e_dept, __pgt_p.e_salary AS e_salary, __pgt_p.e_bonus AS e_bonus, __pgt_p.e_hired AS e_hired, __pgt_p.employee AS employee, __pgt_p.kind AS kind, __pgt_p.points AS points, __pgt_pad.id AS m_id, __pgt_pad.name AS m_name, __pgt_pad.manager AS m_manager, __pgt_pad.dept AS m_dept, __pgt_pad.salary AS m_salary, __pgt_pad.bonus AS m_bonus, __pgt_pad.hired AS m_hired
                FROM delta_join AS __pgt_p
                LEFT JOIN public.employees AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM public.employees AS __pgt_x WHERE __pgt_x.id = __pgt_p.e_manager)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((__pgt_xbefore.__pgt_rn IS NOT NULL)::int - (__pgt_xnow.__pgt_rn IS NOT NULL)::int) AS __pgt_w,
                       __pgt_p.e_id AS e_id, __pgt_p.e_name AS e_name, __pgt_p.e_manager AS e_manager, __pgt_p.e_dept AS e_dept, __pgt_p.e_salary AS e_salary, __pgt_p.e_bonus AS e_bonus, __pgt_p.e_hired AS e_hired, __pgt_p.employee AS employee, __pgt_p.kind AS kind, __pgt_p.points AS points, __pgt_pad.id AS m_id, __pgt_pad.name AS m_name, __pgt_pad.manager AS m_manager, __pgt_pad.dept AS m_dept, __pgt_pad.salary AS m_salary, __pgt_pad.bonus AS m_bonus, __pgt_pad.hired AS m_hired
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matched_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matched_before AS __pgt_xbefore ON __pgt_xbefore.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN public.employees AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.e_name AS name, d.kind AS kind, d.points AS points, d.m_name AS manager
                FROM delta_outer_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.name, d.kind, d.points, d.manager, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.name, d.kind, d.points, d.manager
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.event_managers AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.event_managers AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.name, n.kind, n.points, n.manager), 0) AND t.name = n.name AND t.kind IS NOT DISTINCT FROM n.kind AND t.points IS NOT DISTINCT FROM n.points AND t.manager IS NOT DISTINCT FROM n.manager
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.event_managers (name, kind, points, manager, __pgt_row_id)
            SELECT n.name, n.kind, n.points, n.manager, hash_record_extended(ROW(n.name, n.kind, n.points, n.manager), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.event_managers') THEN
        DELETE FROM public.event_managers;
    ELSE
        TRUNCATE public.event_managers;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.employees'), ('public.events')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.event_managers' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'event_managers'
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_c63077dab724f8f8 AS (
        DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
         WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.event_managers (name, kind, points, manager, __pgt_row_id)
    SELECT * FROM (
      SELECT r.name, r.kind, r.points, r.manager, hash_record_extended(ROW(r.name, r.kind, r.points, r.manager), 0) AS __pgt_row_id
        FROM (
          SELECT i.e_name AS name, i.kind AS kind, i.points AS points, i.m_name AS manager
            FROM (
            SELECT __pgt_l.e_id AS e_id, __pgt_l.e_name AS e_name, __pgt_l.e_manager AS e_manager, __pgt_l.e_dept AS e_dept, __pgt_l.e_salary AS e_salary, __pgt_l.e_bonus AS e_bonus, __pgt_l.e_hired AS e_hired, __pgt_l.employee AS employee, __pgt_l.kind AS kind, __pgt_l.points AS points, m.id AS m_id, m.name AS m_name, m.manager AS m_manager, m.dept AS m_dept, m.salary AS m_salary, m.bonus AS m_bonus, m.hired AS m_hired
              FROM (
              SELECT e.id AS e_id, e.name AS e_name, e.manager AS e_manager, e.dept AS e_dept, e.salary AS e_salary, e.bonus AS e_bonus, e.hired AS e_hired, ev.employee AS employee, ev.kind AS kind, ev.points AS points
                FROM public.employees AS e,
                     public.events AS ev
               WHERE ev.employee = e.id
            ) AS __pgt_l
              LEFT JOIN public.employees AS m ON m.id = __pgt_l.e_manager
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.event_managers', full => true);
ANALYZE public.event_managers;

-- ========================================================================
-- create stream table public.event_owners
-- ========================================================================
-- trickle: stream table public.event_owners
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT ev.kind, ev.points, (SELECT e.name FROM employees AS e WHERE e.id = ev.employee) AS owner FROM events AS ev
--
-- operator tree:
--   project kind, points, __pgt_sub1_name AS owner
--     left outer join on __pgt_sub1_id = employee
--       scan public.events AS ev
--       scan public.employees AS e

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.event_owners AS
  SELECT r.kind, r.points, r.owner, hash_record_extended(ROW(r.kind, r.points, r.owner), 0) AS __pgt_row_id
    FROM (
      SELECT i.kind AS kind, i.points AS points, i.__pgt_sub1_name AS owner
        FROM (
        SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS __pgt_sub1_id, e.name AS __pgt_sub1_name, e.manager AS __pgt_sub1_manager, e.dept AS __pgt_sub1_dept, e.salary AS __pgt_sub1_salary, e.bonus AS __pgt_sub1_bonus, e.hired AS __pgt_sub1_hired
          FROM public.events AS ev
          LEFT JOIN public.employees AS e ON e.id = ev.employee
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.event_owners ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_75758e7cd5f434fe ON public.event_owners (__pgt_row_id);
COMMENT ON TABLE public.event_owners IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.event_owners'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'event_owners', 'public.event_owners', '75758e7cd5f434fe', 'SELECT ev.kind, ev.points, (SELECT e.name FROM employees AS e WHERE e.id = ev.employee) AS owner FROM events AS ev', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_75758e7cd5f434fe', 19, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.event_owners';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_owners';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['employee', 'kind', 'points']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_owners';

-- Refresh function, called by pg_trickle.refresh('public.event_owners').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_75758e7cd5f434fe(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
    __pgt_bound_c63077dab724f8f8 xid8;
    __pgt_small_c63077dab724f8f8 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.event_owners'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.events' AND d.consumes_changes AND r.stable_name <> 'public.event_owners'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c63077dab724f8f8'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d, __pgt_bound_c63077dab724f8f8, __pgt_small_c63077dab724f8f8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.event_owners';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c63077dab724f8f8'::regclass) > __pgt_full_ratio * pg_relation_size('public.events'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.events'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.events', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'event_owners'
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.events that every reader has consumed
            __pgt_release_c63077dab724f8f8 AS (
              DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_events AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.employee, c.kind, c.points
                FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, employee, kind, points FROM public.events
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.employee, c.kind, c.points FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_employees AS __pgt_x WHERE __pgt_x.id = __pgt_p.employee)
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x.id, sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_employees AS __pgt_x
               GROUP BY __pgt_x.id
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- the candidates that match a row of the other side now
            __pgt_matched_now AS (
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM public.employees AS __pgt_x WHERE __pgt_x.id = __pgt_p.employee)
            ),
            -- the candidates that matched a row of the other side before: a row deleted since, or one there now that was not inserted since
            __pgt_matched_before AS (
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.id = __pgt_p.employee)
              UNION
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM public.employees AS __pgt_x
                              WHERE __pgt_x.id = __pgt_p.employee
                                AND __pgt_x.id NOT IN (SELECT n.id FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT ev.__pgt_w * e.__pgt_w AS __pgt_w, ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS __pgt_sub1_id, e.name AS __pgt_sub1_name, e.manager AS __pgt_sub1_manager, e.dept AS __pgt_sub1_dept, e.salary AS __pgt_sub1_salary, e.bonus AS __pgt_sub1_bonus, e.hired AS __pgt_sub1_hired
                FROM delta_events AS ev,
                     (
                SELECT 1 AS __pgt_w, id, name, manager, dept, salary, bonus, hired FROM public.employees
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS e
               WHERE e.id = ev.employee
              UNION ALL
              SELECT e.__pgt_w AS __pgt_w, ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS __pgt_sub1_id, e.name AS __pgt_sub1_name, e.manager AS __pgt_sub1_manager, e.dept AS __pgt_sub1_dept, e.salary AS __pgt_sub1_salary, e.bonus AS __pgt_sub1_bonus, e.hired AS __pgt_sub1_hired
                FROM public.events AS ev,
                     delta_employees AS e
               WHERE e.id = ev.employee
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.employee AS employee, __pgt_p.kind AS kind, __pgt_p.points AS points, __pgt_pad.id AS __pgt_sub1_id, __pgt_pad.name AS __pgt_sub1_name, __pgt_pad.manager AS __pgt_sub1_manager, __pgt_pad.dept AS __pgt_sub1_dept, __pgt_pad.salary AS __pgt_sub1_salary, __pgt_pad.bonus AS __pgt_sub1_bonus, __pgt_pad.hired AS __pgt_sub1_hired
                FROM delta_events AS __pgt_p
                LEFT JOIN public.employees AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM public.employees AS __pgt_x WHERE __pgt_x.id = __pgt_p.employee)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((__pgt_xbefore.__pgt_rn IS NOT NULL)::int - (__pgt_xnow.__pgt_rn IS NOT NULL)::int) AS __pgt_w,
                       __pgt_p.employee AS employee, __pgt_p.kind AS kind, __pgt_p.points AS points, __pgt_pad.id AS __pgt_sub1_id, __pgt_pad.name AS __pgt_sub1_name, __pgt_pad.manager AS __pgt_sub1_manager, __pgt_pad.dept AS __pgt_sub1_dept, __pgt_pad.salary AS __pgt_sub1_salary, __pgt_pad.bonus AS __pgt_sub1_bonus, __pgt_pad.hired AS __pgt_sub1_hired
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matched_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matched_before AS __pgt_xbefore ON __pgt_xbefore.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN public.employees AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.kind AS kind, d.points AS points, d.__pgt_sub1_name AS owner
                FROM delta_outer_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.kind, d.points, d.owner, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.kind, d.points, d.owner
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.event_owners AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.event_owners AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.kind, n.points, n.owner), 0) AND t.kind IS NOT DISTINCT FROM n.kind AND t.points IS NOT DISTINCT FROM n.points AND t.owner IS NOT DISTINCT FROM n.owner
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.event_owners (kind, points, owner, __pgt_row_id)
            SELECT n.kind, n.points, n.owner, hash_record_extended(ROW(n.kind, n.points, n.owner), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.event_owners') THEN
        DELETE FROM public.event_owners;
    ELSE
        TRUNCATE public.event_owners;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.employees'), ('public.events')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.event_owners' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'event_owners'
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_c63077dab724f8f8 AS (
        DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
         WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.event_owners (kind, points, owner, __pgt_row_id)
    SELECT * FROM (
      SELECT r.kind, r.points, r.owner, hash_record_extended(ROW(r.kind, r.points, r.owner), 0) AS __pgt_row_id
        FROM (
          SELECT i.kind AS kind, i.points AS points, i.__pgt_sub1_name AS owner
            FROM (
            SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS __pgt_sub1_id, e.name AS __pgt_sub1_name, e.manager AS __pgt_sub1_manager, e.dept AS __pgt_sub1_dept, e.salary AS __pgt_sub1_salary, e.bonus AS __pgt_sub1_bonus, e.hired AS __pgt_sub1_hired
              FROM public.events AS ev
              LEFT JOIN public.employees AS e ON e.id = ev.employee
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.event_owners', full => true);
ANALYZE public.event_owners;

-- ========================================================================
-- create stream table public.event_scores
-- ========================================================================
-- trickle: stream table public.event_scores
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT s.*, e.name FROM hr.scored_events AS s JOIN employees AS e ON e.id = s.employee
--
-- operator tree:
--   project employee, kind, points, name
--     inner join on id = employee
--       project employee, kind, points
--         filter points IS NOT NULL
--           scan public.events
--       scan public.employees AS e

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.event_scores AS
  SELECT r.employee, r.kind, r.points, r.name, hash_record_extended(ROW(r.employee, r.kind, r.points, r.name), 0) AS __pgt_row_id
    FROM (
      SELECT i.employee AS employee, i.kind AS kind, i.points AS points, i.name AS name
        FROM (
        SELECT __pgt_j1.employee AS employee, __pgt_j1.kind AS kind, __pgt_j1.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
          FROM (
          SELECT i.employee AS employee, i.kind AS kind, i.points AS points
            FROM (
            SELECT events.employee, events.kind, events.points
              FROM public.events AS events
             WHERE events.points IS NOT NULL
          ) AS i
        ) AS __pgt_j1,
               public.employees AS e
         WHERE e.id = __pgt_j1.employee
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.event_scores ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_985bb62d7e61d9bb ON public.event_scores (__pgt_row_id);
COMMENT ON TABLE public.event_scores IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.event_scores'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'event_scores', 'public.event_scores', '985bb62d7e61d9bb', 'SELECT s.*, e.name FROM hr.scored_events AS s JOIN employees AS e ON e.id = s.employee', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_985bb62d7e61d9bb', 20, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_scores';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['employee', 'kind', 'points']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_scores';

-- Refresh function, called by pg_trickle.refresh('public.event_scores').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_985bb62d7e61d9bb(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
    __pgt_bound_c63077dab724f8f8 xid8;
    __pgt_small_c63077dab724f8f8 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.event_scores'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.events' AND d.consumes_changes AND r.stable_name <> 'public.event_scores'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c63077dab724f8f8'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d, __pgt_bound_c63077dab724f8f8, __pgt_small_c63077dab724f8f8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.event_scores';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c63077dab724f8f8'::regclass) > __pgt_full_ratio * pg_relation_size('public.events'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.events'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.events', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'event_scores'
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.events that every reader has consumed
            __pgt_release_c63077dab724f8f8 AS (
              DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_events AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.employee, c.kind, c.points
                FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy points IS NOT NULL
            delta_filter AS (
              SELECT d.__pgt_w, d.employee, d.kind, d.points
                FROM delta_events AS d
               WHERE d.points IS NOT NULL
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.employee AS employee, d.kind AS kind, d.points AS points
                FROM delta_filter AS d
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(__pgt_j1) JOIN e
            --   + __pgt_j1' JOIN d(e)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT __pgt_j1.__pgt_w * e.__pgt_w AS __pgt_w, __pgt_j1.employee AS employee, __pgt_j1.kind AS kind, __pgt_j1.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                FROM delta_project AS __pgt_j1,
                     (
                SELECT 1 AS __pgt_w, id, name, manager, dept, salary, bonus, hired FROM public.employees
                UNION ALL
                SELECT -__pgt_w, id, name, manager, dept, salary, bonus, hired FROM delta_employees
              ) AS e
               WHERE e.id = __pgt_j1.employee
              UNION ALL
              SELECT e.__pgt_w AS __pgt_w, __pgt_j1.employee AS employee, __pgt_j1.kind AS kind, __pgt_j1.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                FROM (
                SELECT i.employee AS employee, i.kind AS kind, i.points AS points
                  FROM (
                  SELECT events.employee, events.kind, events.points
                    FROM public.events AS events
                   WHERE events.points IS NOT NULL
                ) AS i
              ) AS __pgt_j1,
                     delta_employees AS e
               WHERE e.id = __pgt_j1.employee
            ),
            -- project (linear): each changed row, projected
            delta_project_2 AS (
              SELECT d.__pgt_w, d.employee AS employee, d.kind AS kind, d.points AS points, d.name AS name
                FROM delta_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.employee, d.kind, d.points, d.name, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project_2 AS d
               GROUP BY d.employee, d.kind, d.points, d.name
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.event_scores AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.event_scores AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.employee, n.kind, n.points, n.name), 0) AND t.employee IS NOT DISTINCT FROM n.employee AND t.kind IS NOT DISTINCT FROM n.kind AND t.points IS NOT DISTINCT FROM n.points AND t.name = n.name
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.event_scores (employee, kind, points, name, __pgt_row_id)
            SELECT n.employee, n.kind, n.points, n.name, hash_record_extended(ROW(n.employee, n.kind, n.points, n.name), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.event_scores') THEN
        DELETE FROM public.event_scores;
    ELSE
        TRUNCATE public.event_scores;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.employees'), ('public.events')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.event_scores' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'event_scores'
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_c63077dab724f8f8 AS (
        DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
         WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.event_scores (employee, kind, points, name, __pgt_row_id)
    SELECT * FROM (
      SELECT r.employee, r.kind, r.points, r.name, hash_record_extended(ROW(r.employee, r.kind, r.points, r.name), 0) AS __pgt_row_id
        FROM (
          SELECT i.employee AS employee, i.kind AS kind, i.points AS points, i.name AS name
            FROM (
            SELECT __pgt_j1.employee AS employee, __pgt_j1.kind AS kind, __pgt_j1.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
              FROM (
              SELECT i.employee AS employee, i.kind AS kind, i.points AS points
                FROM (
                SELECT events.employee, events.kind, events.points
                  FROM public.events AS events
                 WHERE events.points IS NOT NULL
              ) AS i
            ) AS __pgt_j1,
                   public.employees AS e
             WHERE e.id = __pgt_j1.employee
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.event_scores', full => true);
ANALYZE public.event_scores;

-- ========================================================================
-- create stream table public.event_shares
-- ========================================================================
-- trickle: stream table public.event_shares
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT employee, kind, points, dense_rank() OVER (PARTITION BY employee ORDER BY points) AS place, count(*) OVER (PARTITION BY employee) AS events FROM events
--
-- operator tree:
--   project employee, kind, points, __pgt_win0 AS place, __pgt_win1 AS events
--     window dense_rank() OVER (PARTITION BY employee ORDER BY points), count(*) OVER (PARTITION BY employee)
--       scan public.events

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.event_shares AS
  SELECT r.employee, r.kind, r.points, r.place, r.events, hash_record_extended(ROW(r.employee, r.kind, r.points, r.place, r.events), 0) AS __pgt_row_id
    FROM (
      SELECT i.employee AS employee, i.kind AS kind, i.points AS points, i.__pgt_win0 AS place, i.__pgt_win1 AS events
        FROM (
        SELECT events.employee, events.kind, events.points, dense_rank() OVER (PARTITION BY events.employee ORDER BY events.points) AS __pgt_win0, count(*) OVER (PARTITION BY events.employee) AS __pgt_win1
          FROM public.events AS events
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.event_shares ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_23f9070f72eb6b25 ON public.event_shares (__pgt_row_id);
COMMENT ON TABLE public.event_shares IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.event_shares'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'event_shares', 'public.event_shares', '23f9070f72eb6b25', 'SELECT employee, kind, points, dense_rank() OVER (PARTITION BY employee ORDER BY points) AS place, count(*) OVER (PARTITION BY employee) AS events FROM events', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_23f9070f72eb6b25', 21, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['employee', 'kind', 'points']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_shares';

-- Refresh function, called by pg_trickle.refresh('public.event_shares').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_23f9070f72eb6b25(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
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
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.events' AND d.consumes_changes AND r.stable_name <> 'public.event_shares'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c63077dab724f8f8'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_c63077dab724f8f8, __pgt_small_c63077dab724f8f8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.event_shares';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c63077dab724f8f8'::regclass) > __pgt_full_ratio * pg_relation_size('public.events'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.events'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.events', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.events', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'event_shares'
            ),
            -- delete the changes of public.events that every reader has consumed
            __pgt_release_c63077dab724f8f8 AS (
              DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_events AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.employee, c.kind, c.points
                FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- window: the partitions its input's changes touch
            __pgt_changed_groups AS (
              SELECT DISTINCT d.employee AS __pgt_p0
                FROM delta_events AS d
            ),
            -- window: the touched partitions' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r.employee, r.kind, r.points
                FROM (SELECT u.employee, u.kind, u.points, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.employee, c.kind, c.points FROM (
                          SELECT c.employee, c.kind, c.points
                            FROM public.events AS c
                            JOIN __pgt_changed_groups AS k ON c.employee = k.__pgt_p0
                          UNION ALL
                          SELECT c.employee, c.kind, c.points
                            FROM public.events AS c
                            JOIN __pgt_changed_groups AS k ON c.employee IS NULL AND k.__pgt_p0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.employee, d.kind, d.points FROM delta_events AS d) AS u
                       GROUP BY u.employee, u.kind, u.points
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- window (recomputed per touched partition): each touched partition as it is now, minus as it was
            delta_window AS (
              SELECT 1 AS __pgt_w, i.employee, i.kind, i.points, dense_rank() OVER (PARTITION BY i.employee ORDER BY i.points) AS __pgt_win0, count(*) OVER (PARTITION BY i.employee) AS __pgt_win1
                FROM (
                  SELECT c.employee, c.kind, c.points
                    FROM public.events AS c
                    JOIN __pgt_changed_groups AS k ON c.employee = k.__pgt_p0
                  UNION ALL
                  SELECT c.employee, c.kind, c.points
                    FROM public.events AS c
                    JOIN __pgt_changed_groups AS k ON c.employee IS NULL AND k.__pgt_p0 IS NULL
                ) AS i
              UNION ALL
              SELECT -1, i.employee, i.kind, i.points, dense_rank() OVER (PARTITION BY i.employee ORDER BY i.points) AS __pgt_win0, count(*) OVER (PARTITION BY i.employee) AS __pgt_win1
                FROM __pgt_group_rows_before AS i
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.employee AS employee, d.kind AS kind, d.points AS points, d.__pgt_win0 AS place, d.__pgt_win1 AS events
                FROM delta_window AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.employee, d.kind, d.points, d.place, d.events, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.employee, d.kind, d.points, d.place, d.events
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.event_shares AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.event_shares AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.employee, n.kind, n.points, n.place, n.events), 0) AND t.employee IS NOT DISTINCT FROM n.employee AND t.kind IS NOT DISTINCT FROM n.kind AND t.points IS NOT DISTINCT FROM n.points AND t.place = n.place AND t.events = n.events
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.event_shares (employee, kind, points, place, events, __pgt_row_id)
            SELECT n.employee, n.kind, n.points, n.place, n.events, hash_record_extended(ROW(n.employee, n.kind, n.points, n.place, n.events), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.event_shares') THEN
        DELETE FROM public.event_shares;
    ELSE
        TRUNCATE public.event_shares;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.events')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.event_shares' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.events', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'event_shares'
    ),
    __pgt_release_c63077dab724f8f8 AS (
        DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
         WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.event_shares (employee, kind, points, place, events, __pgt_row_id)
    SELECT * FROM (
      SELECT r.employee, r.kind, r.points, r.place, r.events, hash_record_extended(ROW(r.employee, r.kind, r.points, r.place, r.events), 0) AS __pgt_row_id
        FROM (
          SELECT i.employee AS employee, i.kind AS kind, i.points AS points, i.__pgt_win0 AS place, i.__pgt_win1 AS events
            FROM (
            SELECT events.employee, events.kind, events.points, dense_rank() OVER (PARTITION BY events.employee ORDER BY events.points) AS __pgt_win0, count(*) OVER (PARTITION BY events.employee) AS __pgt_win1
              FROM public.events AS events
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.event_shares', full => true);
ANALYZE public.event_shares;

-- ========================================================================
-- create stream table public.event_totals
-- ========================================================================
-- trickle: stream table public.event_totals
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT kind, count(*) AS n, sum(points) AS points FROM events GROUP BY GROUPING SETS (kind, ())
--
-- operator tree:
--   project __pgt_g0 AS kind, __pgt_a0 AS n, __pgt_a1 AS points
--     aggregate count(*), sum(points) group by GROUPING SETS ((kind), ())
--       scan public.events

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_key_1, __pgt_nonnull_1).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.event_totals WITH (fillfactor = 50) AS
  SELECT i.kind AS kind,
         count(*) AS n,
         sum(i.points) AS points,
         hash_record_extended(ROW(i.kind, GROUPING(i.kind)), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         GROUPING(i.kind) AS __pgt_key_1,
         count(i.points) AS __pgt_nonnull_1
    FROM (
      SELECT employee, kind, points FROM public.events
    ) AS i
   GROUP BY GROUPING SETS ((i.kind), ())
  WITH NO DATA;
ALTER TABLE public.event_totals ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_b899d36afa86d213 ON public.event_totals (__pgt_row_id);
COMMENT ON TABLE public.event_totals IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.event_totals'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'event_totals', 'public.event_totals', 'b899d36afa86d213', 'SELECT kind, count(*) AS n, sum(points) AS points FROM events GROUP BY GROUPING SETS (kind, ())', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_b899d36afa86d213', 22, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['employee', 'kind', 'points']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_totals';

-- Refresh function, called by pg_trickle.refresh('public.event_totals').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_b899d36afa86d213(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
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
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.events' AND d.consumes_changes AND r.stable_name <> 'public.event_totals'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c63077dab724f8f8'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_c63077dab724f8f8, __pgt_small_c63077dab724f8f8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.event_totals';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c63077dab724f8f8'::regclass) > __pgt_full_ratio * pg_relation_size('public.events'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.events'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.events', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.events', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'event_totals'
            ),
            -- delete the changes of public.events that every reader has consumed
            __pgt_release_c63077dab724f8f8 AS (
              DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_events AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.employee, c.kind, c.points
                FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.kind AS __pgt_g0,
                     GROUPING(d.kind) AS __pgt_g1,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.points IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                     CASE WHEN sum(d.points) FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(d.points) FILTER (WHERE d.__pgt_w > 0) WHEN sum(d.points) FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(d.points) FILTER (WHERE d.__pgt_w < 0)) ELSE sum(d.points) FILTER (WHERE d.__pgt_w > 0) - sum(d.points) FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_1
                FROM delta_events AS d
               GROUP BY GROUPING SETS ((d.kind), ())
              HAVING count(*) > 0
            )
            MERGE INTO public.event_totals AS s
            USING __pgt_delta_groups AS g
               ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0, g.__pgt_g1), 0) AND s.kind IS NOT DISTINCT FROM g.__pgt_g0 AND s.__pgt_key_1 = g.__pgt_g1
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 AND g.__pgt_g1 <> 1 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          kind = g.__pgt_g0,
                          n = coalesce(s.n, 0) + g.__pgt_d_value_0,
                          points = CASE WHEN s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1 = 0 THEN NULL WHEN s.points IS NULL THEN g.__pgt_d_value_1 WHEN g.__pgt_d_value_1 IS NULL THEN s.points ELSE s.points + g.__pgt_d_value_1 END,
                          __pgt_count = s.__pgt_count + g.__pgt_d_count,
                          __pgt_key_1 = g.__pgt_g1,
                          __pgt_nonnull_1 = s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT (kind, n, points, __pgt_row_id, __pgt_count, __pgt_key_1, __pgt_nonnull_1)
                          VALUES (g.__pgt_g0,
                                  g.__pgt_d_value_0,
                                  CASE WHEN g.__pgt_d_nonnull_1 = 0 THEN NULL ELSE g.__pgt_d_value_1 END,
                                  hash_record_extended(ROW(g.__pgt_g0, g.__pgt_g1), 0),
                                  g.__pgt_d_count,
                                  g.__pgt_g1,
                                  g.__pgt_d_nonnull_1);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.event_totals') THEN
        DELETE FROM public.event_totals;
    ELSE
        TRUNCATE public.event_totals;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.events')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.event_totals' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_b899d36afa86d213 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.kind AS kind,
                     count(*) AS n,
                     sum(i.points) AS points,
                     hash_record_extended(ROW(i.kind, GROUPING(i.kind)), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     GROUPING(i.kind) AS __pgt_key_1,
                     count(i.points) AS __pgt_nonnull_1
                FROM (
                  SELECT employee, kind, points FROM public.events
                ) AS i
               GROUP BY GROUPING SETS ((i.kind), ())
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_b899d36afa86d213 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.events', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'event_totals'
        ),
        __pgt_release_c63077dab724f8f8 AS (
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.event_totals (kind, n, points, __pgt_row_id, __pgt_count, __pgt_key_1, __pgt_nonnull_1)
        SELECT q.kind, q.n, q.points, q.__pgt_row_id, q.__pgt_count, q.__pgt_key_1, q.__pgt_nonnull_1 FROM pg_temp.__pgt_full_b899d36afa86d213 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_b899d36afa86d213;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.events', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'event_totals'
    ),
    __pgt_release_c63077dab724f8f8 AS (
        DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
         WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.event_totals (kind, n, points, __pgt_row_id, __pgt_count, __pgt_key_1, __pgt_nonnull_1)
    SELECT * FROM (
      SELECT i.kind AS kind,
             count(*) AS n,
             sum(i.points) AS points,
             hash_record_extended(ROW(i.kind, GROUPING(i.kind)), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             GROUPING(i.kind) AS __pgt_key_1,
             count(i.points) AS __pgt_nonnull_1
        FROM (
          SELECT employee, kind, points FROM public.events
        ) AS i
       GROUP BY GROUPING SETS ((i.kind), ())
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.event_totals', full => true);
ANALYZE public.event_totals;

-- ========================================================================
-- create stream table public.first_hires
-- ========================================================================
-- trickle: stream table public.first_hires
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT DISTINCT ON (dept) dept, name, hired FROM employees ORDER BY dept, hired, id
--
-- operator tree:
--   project dept, name, hired
--     filter __pgt_win0 = 1
--       window row_number() OVER (PARTITION BY dept ORDER BY dept, hired, id)
--         scan public.employees

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.first_hires AS
  SELECT r.dept, r.name, r.hired, hash_record_extended(ROW(r.dept, r.name, r.hired), 0) AS __pgt_row_id
    FROM (
      SELECT i.dept AS dept, i.name AS name, i.hired AS hired
        FROM (
        SELECT i.id, i.name, i.manager, i.dept, i.salary, i.bonus, i.hired, i.__pgt_win0
          FROM (
          SELECT employees.id, employees.name, employees.manager, employees.dept, employees.salary, employees.bonus, employees.hired, row_number() OVER (PARTITION BY employees.dept ORDER BY employees.dept, employees.hired, employees.id) AS __pgt_win0
            FROM public.employees AS employees
        ) AS i
         WHERE i.__pgt_win0 = 1
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.first_hires ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_9ff9d5b23f0641be ON public.first_hires (__pgt_row_id);
COMMENT ON TABLE public.first_hires IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.first_hires'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'first_hires', 'public.first_hires', '9ff9d5b23f0641be', 'SELECT DISTINCT ON (dept) dept, name, hired FROM employees ORDER BY dept, hired, id', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_9ff9d5b23f0641be', 23, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.first_hires';

-- Refresh function, called by pg_trickle.refresh('public.first_hires').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_9ff9d5b23f0641be(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.first_hires'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.first_hires';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'first_hires'
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- window: the partitions its input's changes touch
            __pgt_changed_groups AS (
              SELECT DISTINCT d.dept AS __pgt_p0
                FROM delta_employees AS d
            ),
            -- window: the touched partitions' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r.id, r.name, r.manager, r.dept, r.salary, r.bonus, r.hired
                FROM (SELECT u.id, u.name, u.manager, u.dept, u.salary, u.bonus, u.hired, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired FROM (
                          SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                            FROM public.employees AS c
                            JOIN __pgt_changed_groups AS k ON c.dept = k.__pgt_p0
                          UNION ALL
                          SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                            FROM public.employees AS c
                            JOIN __pgt_changed_groups AS k ON c.dept IS NULL AND k.__pgt_p0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.id, d.name, d.manager, d.dept, d.salary, d.bonus, d.hired FROM delta_employees AS d) AS u
                       GROUP BY u.id, u.name, u.manager, u.dept, u.salary, u.bonus, u.hired
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- window (recomputed per touched partition): each touched partition as it is now, minus as it was
            delta_window AS (
              SELECT 1 AS __pgt_w, i.id, i.name, i.manager, i.dept, i.salary, i.bonus, i.hired, row_number() OVER (PARTITION BY i.dept ORDER BY i.dept, i.hired, i.id) AS __pgt_win0
                FROM (
                  SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                    FROM public.employees AS c
                    JOIN __pgt_changed_groups AS k ON c.dept = k.__pgt_p0
                  UNION ALL
                  SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                    FROM public.employees AS c
                    JOIN __pgt_changed_groups AS k ON c.dept IS NULL AND k.__pgt_p0 IS NULL
                ) AS i
              UNION ALL
              SELECT -1, i.id, i.name, i.manager, i.dept, i.salary, i.bonus, i.hired, row_number() OVER (PARTITION BY i.dept ORDER BY i.dept, i.hired, i.id) AS __pgt_win0
                FROM __pgt_group_rows_before AS i
            ),
            -- filter (linear): changes of its input that satisfy __pgt_win0 = 1
            delta_filter AS (
              SELECT d.__pgt_w, d.id, d.name, d.manager, d.dept, d.salary, d.bonus, d.hired, d.__pgt_win0
                FROM delta_window AS d
               WHERE d.__pgt_win0 = 1
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.dept AS dept, d.name AS name, d.hired AS hired
                FROM delta_filter AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.dept, d.name, d.hired, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.dept, d.name, d.hired
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.first_hires AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.first_hires AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.dept, n.name, n.hired), 0) AND t.dept IS NOT DISTINCT FROM n.dept AND t.name = n.name AND t.hired = n.hired
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.first_hires (dept, name, hired, __pgt_row_id)
            SELECT n.dept, n.name, n.hired, hash_record_extended(ROW(n.dept, n.name, n.hired), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.first_hires') THEN
        DELETE FROM public.first_hires;
    ELSE
        TRUNCATE public.first_hires;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.employees')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.first_hires' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'first_hires'
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.first_hires (dept, name, hired, __pgt_row_id)
    SELECT * FROM (
      SELECT r.dept, r.name, r.hired, hash_record_extended(ROW(r.dept, r.name, r.hired), 0) AS __pgt_row_id
        FROM (
          SELECT i.dept AS dept, i.name AS name, i.hired AS hired
            FROM (
            SELECT i.id, i.name, i.manager, i.dept, i.salary, i.bonus, i.hired, i.__pgt_win0
              FROM (
              SELECT employees.id, employees.name, employees.manager, employees.dept, employees.salary, employees.bonus, employees.hired, row_number() OVER (PARTITION BY employees.dept ORDER BY employees.dept, employees.hired, employees.id) AS __pgt_win0
                FROM public.employees AS employees
            ) AS i
             WHERE i.__pgt_win0 = 1
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.first_hires', full => true);
ANALYZE public.first_hires;

-- ========================================================================
-- create stream table public.grid
-- ========================================================================
-- trickle: stream table public.grid
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; each distinct row keeps a hidden count of its duplicates
--
-- defining query:
--   SELECT DISTINCT d.dept, k.kind FROM depts AS d CROSS JOIN events AS k
--
-- operator tree:
--   distinct
--     project dept, kind
--       inner join (cross)
--         scan public.depts AS d
--         scan public.events AS k

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.grid WITH (fillfactor = 50) AS
  SELECT r.dept, r.kind, hash_record_extended(ROW(r.dept, r.kind), 0) AS __pgt_row_id, count(*) AS __pgt_count
    FROM (
      SELECT i.dept AS dept, i.kind AS kind
        FROM (
        SELECT d.dept AS dept, d.building AS building, k.employee AS employee, k.kind AS kind, k.points AS points
          FROM public.depts AS d,
               public.events AS k
      ) AS i
    ) AS r
   GROUP BY r.dept, r.kind
  WITH NO DATA;
ALTER TABLE public.grid ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_d2726ad235867dc0 ON public.grid (__pgt_row_id);
COMMENT ON TABLE public.grid IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.grid'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'grid', 'public.grid', 'd2726ad235867dc0', 'SELECT DISTINCT d.dept, k.kind FROM depts AS d CROSS JOIN events AS k', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'distinct', 'refresh_d2726ad235867dc0', 24, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.depts', 'TABLE', true, ARRAY['dept', 'building']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.grid';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['employee', 'kind', 'points']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.grid';

-- Refresh function, called by pg_trickle.refresh('public.grid').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_d2726ad235867dc0(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_full_snapshot pg_snapshot;
    __pgt_bound_32c396150591602e xid8;
    __pgt_small_32c396150591602e boolean;
    __pgt_bound_c63077dab724f8f8 xid8;
    __pgt_small_c63077dab724f8f8 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.depts' AND d.consumes_changes AND r.stable_name <> 'public.grid'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_32c396150591602e'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.events' AND d.consumes_changes AND r.stable_name <> 'public.grid'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c63077dab724f8f8'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_32c396150591602e, __pgt_small_32c396150591602e, __pgt_bound_c63077dab724f8f8, __pgt_small_c63077dab724f8f8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.grid';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
             WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_32c396150591602e'::regclass) > __pgt_full_ratio * pg_relation_size('public.depts'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.depts'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.depts', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c63077dab724f8f8'::regclass) > __pgt_full_ratio * pg_relation_size('public.events'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.events'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.events', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'grid'
            ),
            -- delete the changes of public.depts that every reader has consumed
            __pgt_release_32c396150591602e AS (
              DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.events that every reader has consumed
            __pgt_release_c63077dab724f8f8 AS (
              DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.depts: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_depts AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.dept, c.building
                FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_events AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.employee, c.kind, c.points
                FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(d) JOIN k
            --   + d' JOIN d(k)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT d.__pgt_w * k.__pgt_w AS __pgt_w, d.dept AS dept, d.building AS building, k.employee AS employee, k.kind AS kind, k.points AS points
                FROM delta_depts AS d,
                     (
                SELECT 1 AS __pgt_w, employee, kind, points FROM public.events
                UNION ALL
                SELECT -__pgt_w, employee, kind, points FROM delta_events
              ) AS k
              UNION ALL
              SELECT k.__pgt_w AS __pgt_w, d.dept AS dept, d.building AS building, k.employee AS employee, k.kind AS kind, k.points AS points
                FROM public.depts AS d,
                     delta_events AS k
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.dept AS dept, d.kind AS kind
                FROM delta_join AS d
            ),
            -- distinct: net change in the multiplicity of each row
            __pgt_net AS (
              SELECT d.dept, d.kind, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.dept, d.kind
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- new multiplicity = stored multiplicity + change; a row stays while it is positive
            __pgt_apply AS (
              SELECT hash_record_extended(ROW(n.dept, n.kind), 0) AS __pgt_row_id, n.dept, n.kind, coalesce(s.__pgt_count, 0) + n.__pgt_w AS __pgt_count
                FROM __pgt_net AS n
                LEFT JOIN public.grid AS s ON s.__pgt_row_id = hash_record_extended(ROW(n.dept, n.kind), 0) AND s.dept = n.dept AND s.kind IS NOT DISTINCT FROM n.kind
            )
            MERGE INTO public.grid AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.dept = a.dept AND s.kind IS NOT DISTINCT FROM a.kind
             WHEN MATCHED AND a.__pgt_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_count > 0 THEN INSERT (dept, kind, __pgt_row_id, __pgt_count) VALUES (a.dept, a.kind, a.__pgt_row_id, a.__pgt_count);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.grid') THEN
        DELETE FROM public.grid;
    ELSE
        TRUNCATE public.grid;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.depts'), ('public.events')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.grid' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_d2726ad235867dc0 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT r.dept, r.kind, hash_record_extended(ROW(r.dept, r.kind), 0) AS __pgt_row_id, count(*) AS __pgt_count
                FROM (
                  SELECT i.dept AS dept, i.kind AS kind
                    FROM (
                    SELECT d.dept AS dept, d.building AS building, k.employee AS employee, k.kind AS kind, k.points AS points
                      FROM public.depts AS d,
                           public.events AS k
                  ) AS i
                ) AS r
               GROUP BY r.dept, r.kind
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_d2726ad235867dc0 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.depts', __pgt_full_snapshot::text, 'public.events', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'grid'
        ),
        __pgt_release_32c396150591602e AS (
            DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
             WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_c63077dab724f8f8 AS (
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.depts' AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.grid (dept, kind, __pgt_row_id, __pgt_count)
        SELECT q.dept, q.kind, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_d2726ad235867dc0 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_d2726ad235867dc0;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'grid'
    ),
    __pgt_release_32c396150591602e AS (
        DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
         WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_c63077dab724f8f8 AS (
        DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
         WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.depts' AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.grid (dept, kind, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT r.dept, r.kind, hash_record_extended(ROW(r.dept, r.kind), 0) AS __pgt_row_id, count(*) AS __pgt_count
        FROM (
          SELECT i.dept AS dept, i.kind AS kind
            FROM (
            SELECT d.dept AS dept, d.building AS building, k.employee AS employee, k.kind AS kind, k.points AS points
              FROM public.depts AS d,
                   public.events AS k
          ) AS i
        ) AS r
       GROUP BY r.dept, r.kind
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.grid', full => true);
ANALYZE public.grid;

-- ========================================================================
-- create stream table public.kinds_of_managers
-- ========================================================================
-- trickle: stream table public.kinds_of_managers
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; each distinct row keeps a hidden count of its duplicates
--
-- defining query:
--   (SELECT ev.kind FROM events AS ev JOIN employees AS e ON e.id = ev.employee WHERE e.manager IS NULL INTERSECT SELECT ev.kind FROM events AS ev WHERE ev.points > 2) EXCEPT SELECT d.building FROM depts AS d
--
-- operator tree:
--   distinct
--     anti join (NOT EXISTS) on kind IS NOT DISTINCT FROM sub.kind
--       semi join (EXISTS) on kind IS NOT DISTINCT FROM sub.kind
--         project kind
--           inner join on id = employee AND manager IS NULL
--             scan public.events AS ev
--             scan public.employees AS e
--         project kind
--           filter points > 2
--             scan public.events AS ev
--       project building AS kind
--         scan public.depts AS d

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.kinds_of_managers WITH (fillfactor = 50) AS
  SELECT r.kind, coalesce(hashtextextended(r.kind, 0), 0) AS __pgt_row_id, count(*) AS __pgt_count
    FROM (
      SELECT __pgt_l.kind
        FROM (
        SELECT __pgt_l.kind
          FROM (
          SELECT i.kind AS kind
            FROM (
            SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
              FROM public.events AS ev,
                   public.employees AS e
             WHERE e.id = ev.employee AND e.manager IS NULL
          ) AS i
        ) AS __pgt_l
         WHERE EXISTS (SELECT FROM (
          SELECT i.kind AS kind
            FROM (
            SELECT ev.employee, ev.kind, ev.points
              FROM public.events AS ev
             WHERE ev.points > 2
          ) AS i
        ) AS __pgt_r WHERE __pgt_l.kind IS NOT DISTINCT FROM __pgt_r.kind)
      ) AS __pgt_l
       WHERE NOT EXISTS (SELECT FROM (
        SELECT d.building AS kind
          FROM public.depts AS d
      ) AS __pgt_r WHERE __pgt_l.kind IS NOT DISTINCT FROM __pgt_r.kind)
    ) AS r
   GROUP BY r.kind
  WITH NO DATA;
ALTER TABLE public.kinds_of_managers ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_0094e7a51aeed461 ON public.kinds_of_managers (__pgt_row_id);
COMMENT ON TABLE public.kinds_of_managers IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.kinds_of_managers'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'kinds_of_managers', 'public.kinds_of_managers', '0094e7a51aeed461', '(SELECT ev.kind FROM events AS ev JOIN employees AS e ON e.id = ev.employee WHERE e.manager IS NULL INTERSECT SELECT ev.kind FROM events AS ev WHERE ev.points > 2) EXCEPT SELECT d.building FROM depts AS d', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'distinct', 'refresh_0094e7a51aeed461', 25, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.kinds_of_managers';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.depts', 'TABLE', true, ARRAY['dept', 'building']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.kinds_of_managers';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.kinds_of_managers';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['employee', 'kind', 'points']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.kinds_of_managers';

-- Refresh function, called by pg_trickle.refresh('public.kinds_of_managers').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_0094e7a51aeed461(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_full_snapshot pg_snapshot;
    __pgt_bound_32c396150591602e xid8;
    __pgt_small_32c396150591602e boolean;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
    __pgt_bound_c63077dab724f8f8 xid8;
    __pgt_small_c63077dab724f8f8 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.depts' AND d.consumes_changes AND r.stable_name <> 'public.kinds_of_managers'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_32c396150591602e'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.kinds_of_managers'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.events' AND d.consumes_changes AND r.stable_name <> 'public.kinds_of_managers'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c63077dab724f8f8'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_32c396150591602e, __pgt_small_32c396150591602e, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d, __pgt_bound_c63077dab724f8f8, __pgt_small_c63077dab724f8f8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.kinds_of_managers';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.employees', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
             WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_32c396150591602e'::regclass) > __pgt_full_ratio * pg_relation_size('public.depts'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.depts'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.depts', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c63077dab724f8f8'::regclass) > __pgt_full_ratio * pg_relation_size('public.events'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.events'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.events', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.employees', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'kinds_of_managers'
            ),
            -- delete the changes of public.depts that every reader has consumed
            __pgt_release_32c396150591602e AS (
              DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.events that every reader has consumed
            __pgt_release_c63077dab724f8f8 AS (
              DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.depts: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_depts AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.dept, c.building
                FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.building AS kind
                FROM delta_depts AS d
            ),
            -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_events AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.employee, c.kind, c.points
                FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy points > 2
            delta_filter AS (
              SELECT d.__pgt_w, d.employee, d.kind, d.points
                FROM delta_events AS d
               WHERE d.points > 2
            ),
            -- project (linear): each changed row, projected
            delta_project_2 AS (
              SELECT d.__pgt_w, d.kind AS kind
                FROM delta_filter AS d
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(ev) JOIN e
            --   + ev' JOIN d(e)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT ev.__pgt_w * e.__pgt_w AS __pgt_w, ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                FROM delta_events AS ev,
                     (
                SELECT 1 AS __pgt_w, id, name, manager, dept, salary, bonus, hired FROM public.employees
                UNION ALL
                SELECT -__pgt_w, id, name, manager, dept, salary, bonus, hired FROM delta_employees
              ) AS e
               WHERE e.id = ev.employee AND e.manager IS NULL
              UNION ALL
              SELECT e.__pgt_w AS __pgt_w, ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                FROM public.events AS ev,
                     delta_employees AS e
               WHERE e.id = ev.employee AND e.manager IS NULL
            ),
            -- project (linear): each changed row, projected
            delta_project_3 AS (
              SELECT d.__pgt_w, d.kind AS kind
                FROM delta_join AS d
            ),
            -- semi join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, kind FROM (
                  SELECT i.kind AS kind
                    FROM (
                    SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                      FROM public.events AS ev,
                           public.employees AS e
                     WHERE e.id = ev.employee AND e.manager IS NULL
                  ) AS i
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, kind FROM delta_project_3
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_project_2 AS __pgt_x WHERE __pgt_p.kind IS NOT DISTINCT FROM __pgt_x.kind)
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN (
                SELECT i.kind AS kind
                  FROM (
                  SELECT ev.employee, ev.kind, ev.points
                    FROM public.events AS ev
                   WHERE ev.points > 2
                ) AS i
              ) AS __pgt_x ON __pgt_p.kind IS NOT DISTINCT FROM __pgt_x.kind
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN delta_project_2 AS __pgt_x ON __pgt_p.kind IS NOT DISTINCT FROM __pgt_x.kind
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- semi join (EXISTS, IN): the changed rows of the left side that match a row of the right,
            -- and the rows of the left side whose match on the right appeared or disappeared
            delta_semi_join AS (
              SELECT __pgt_p.__pgt_w, __pgt_p.kind
                FROM delta_project_3 AS __pgt_p
               WHERE EXISTS (SELECT FROM (
                SELECT i.kind AS kind
                  FROM (
                  SELECT ev.employee, ev.kind, ev.points
                    FROM public.events AS ev
                   WHERE ev.points > 2
                ) AS i
              ) AS __pgt_x WHERE __pgt_p.kind IS NOT DISTINCT FROM __pgt_x.kind)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row gained its first match, -w when it lost its last
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) > 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) > 0)::int) AS __pgt_w,
                       __pgt_p.kind
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matches_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- anti join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates_2 AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, kind FROM (
                  SELECT __pgt_l.kind
                    FROM (
                    SELECT i.kind AS kind
                      FROM (
                      SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                        FROM public.events AS ev,
                             public.employees AS e
                       WHERE e.id = ev.employee AND e.manager IS NULL
                    ) AS i
                  ) AS __pgt_l
                   WHERE EXISTS (SELECT FROM (
                    SELECT i.kind AS kind
                      FROM (
                      SELECT ev.employee, ev.kind, ev.points
                        FROM public.events AS ev
                       WHERE ev.points > 2
                    ) AS i
                  ) AS __pgt_r WHERE __pgt_l.kind IS NOT DISTINCT FROM __pgt_r.kind)
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, kind FROM delta_semi_join
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_project AS __pgt_x WHERE __pgt_p.kind IS NOT DISTINCT FROM __pgt_x.kind)
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now_2 AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates_2 AS __pgt_p
                JOIN (
                SELECT d.building AS kind
                  FROM public.depts AS d
              ) AS __pgt_x ON __pgt_p.kind IS NOT DISTINCT FROM __pgt_x.kind
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed_2 AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates_2 AS __pgt_p
                JOIN delta_project AS __pgt_x ON __pgt_p.kind IS NOT DISTINCT FROM __pgt_x.kind
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- anti join (NOT EXISTS, NOT IN): the changed rows of the left side that match no row of the right,
            -- and the rows of the left side whose match on the right appeared or disappeared
            delta_semi_join_2 AS (
              SELECT __pgt_p.__pgt_w, __pgt_p.kind
                FROM delta_semi_join AS __pgt_p
               WHERE NOT EXISTS (SELECT FROM (
                SELECT d.building AS kind
                  FROM public.depts AS d
              ) AS __pgt_x WHERE __pgt_p.kind IS NOT DISTINCT FROM __pgt_x.kind)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p.kind
                  FROM __pgt_candidates_2 AS __pgt_p
                  LEFT JOIN __pgt_matches_now_2 AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed_2 AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- distinct: net change in the multiplicity of each row
            __pgt_net AS (
              SELECT d.kind, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_semi_join_2 AS d
               GROUP BY d.kind
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- new multiplicity = stored multiplicity + change; a row stays while it is positive
            __pgt_apply AS (
              SELECT coalesce(hashtextextended(n.kind, 0), 0) AS __pgt_row_id, n.kind, coalesce(s.__pgt_count, 0) + n.__pgt_w AS __pgt_count
                FROM __pgt_net AS n
                LEFT JOIN public.kinds_of_managers AS s ON s.__pgt_row_id = coalesce(hashtextextended(n.kind, 0), 0) AND s.kind IS NOT DISTINCT FROM n.kind
            )
            MERGE INTO public.kinds_of_managers AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.kind IS NOT DISTINCT FROM a.kind
             WHEN MATCHED AND a.__pgt_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_count > 0 THEN INSERT (kind, __pgt_row_id, __pgt_count) VALUES (a.kind, a.__pgt_row_id, a.__pgt_count);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.employees', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.kinds_of_managers') THEN
        DELETE FROM public.kinds_of_managers;
    ELSE
        TRUNCATE public.kinds_of_managers;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.depts'), ('public.employees'), ('public.events')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.kinds_of_managers' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_0094e7a51aeed461 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT r.kind, coalesce(hashtextextended(r.kind, 0), 0) AS __pgt_row_id, count(*) AS __pgt_count
                FROM (
                  SELECT __pgt_l.kind
                    FROM (
                    SELECT __pgt_l.kind
                      FROM (
                      SELECT i.kind AS kind
                        FROM (
                        SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                          FROM public.events AS ev,
                               public.employees AS e
                         WHERE e.id = ev.employee AND e.manager IS NULL
                      ) AS i
                    ) AS __pgt_l
                     WHERE EXISTS (SELECT FROM (
                      SELECT i.kind AS kind
                        FROM (
                        SELECT ev.employee, ev.kind, ev.points
                          FROM public.events AS ev
                         WHERE ev.points > 2
                      ) AS i
                    ) AS __pgt_r WHERE __pgt_l.kind IS NOT DISTINCT FROM __pgt_r.kind)
                  ) AS __pgt_l
                   WHERE NOT EXISTS (SELECT FROM (
                    SELECT d.building AS kind
                      FROM public.depts AS d
                  ) AS __pgt_r WHERE __pgt_l.kind IS NOT DISTINCT FROM __pgt_r.kind)
                ) AS r
               GROUP BY r.kind
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_0094e7a51aeed461 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.depts', __pgt_full_snapshot::text, 'public.employees', __pgt_full_snapshot::text, 'public.events', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'kinds_of_managers'
        ),
        __pgt_release_32c396150591602e AS (
            DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
             WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_24b8ec7eddb0e27d AS (
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_c63077dab724f8f8 AS (
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.depts' AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.kinds_of_managers (kind, __pgt_row_id, __pgt_count)
        SELECT q.kind, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_0094e7a51aeed461 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_0094e7a51aeed461;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.employees', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'kinds_of_managers'
    ),
    __pgt_release_32c396150591602e AS (
        DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
         WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_c63077dab724f8f8 AS (
        DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
         WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.depts' AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.kinds_of_managers (kind, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT r.kind, coalesce(hashtextextended(r.kind, 0), 0) AS __pgt_row_id, count(*) AS __pgt_count
        FROM (
          SELECT __pgt_l.kind
            FROM (
            SELECT __pgt_l.kind
              FROM (
              SELECT i.kind AS kind
                FROM (
                SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                  FROM public.events AS ev,
                       public.employees AS e
                 WHERE e.id = ev.employee AND e.manager IS NULL
              ) AS i
            ) AS __pgt_l
             WHERE EXISTS (SELECT FROM (
              SELECT i.kind AS kind
                FROM (
                SELECT ev.employee, ev.kind, ev.points
                  FROM public.events AS ev
                 WHERE ev.points > 2
              ) AS i
            ) AS __pgt_r WHERE __pgt_l.kind IS NOT DISTINCT FROM __pgt_r.kind)
          ) AS __pgt_l
           WHERE NOT EXISTS (SELECT FROM (
            SELECT d.building AS kind
              FROM public.depts AS d
          ) AS __pgt_r WHERE __pgt_l.kind IS NOT DISTINCT FROM __pgt_r.kind)
        ) AS r
       GROUP BY r.kind
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.kinds_of_managers', full => true);
ANALYZE public.kinds_of_managers;

-- ========================================================================
-- create stream table public.managers
-- ========================================================================
-- trickle: stream table public.managers
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT m.id, m.name FROM employees AS m WHERE EXISTS (SELECT 1 FROM employees AS e WHERE e.manager = m.id)
--
-- operator tree:
--   project id, name
--     semi join (EXISTS) on sub.manager = id
--       scan public.employees AS m
--       scan public.employees AS e

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.managers AS
  SELECT r.id, r.name, hashint4extended(r.id, 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i.name AS name
        FROM (
        SELECT m.id, m.name, m.manager, m.dept, m.salary, m.bonus, m.hired
          FROM public.employees AS m
         WHERE EXISTS (SELECT FROM public.employees AS e WHERE e.manager = m.id)
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.managers ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_0edb53bea10e22ea ON public.managers (__pgt_row_id);
COMMENT ON TABLE public.managers IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.managers'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'managers', 'public.managers', '0edb53bea10e22ea', 'SELECT m.id, m.name FROM employees AS m WHERE EXISTS (SELECT 1 FROM employees AS e WHERE e.manager = m.id)', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_0edb53bea10e22ea', 26, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.managers';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.managers';

-- Refresh function, called by pg_trickle.refresh('public.managers').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_0edb53bea10e22ea(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.managers'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.managers';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'managers'
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- semi join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, name, manager, dept, salary, bonus, hired FROM public.employees
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_employees AS __pgt_x WHERE __pgt_x.manager = __pgt_p.id)
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x.id, __pgt_x.manager, sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_employees AS __pgt_x
               GROUP BY __pgt_x.id, __pgt_x.manager
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- the candidates that match a row of the other side now
            __pgt_matched_now AS (
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM public.employees AS __pgt_x WHERE __pgt_x.manager = __pgt_p.id)
            ),
            -- the candidates that matched a row of the other side before: a row deleted since, or one there now that was not inserted since
            __pgt_matched_before AS (
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.manager = __pgt_p.id)
              UNION
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM public.employees AS __pgt_x
                              WHERE __pgt_x.manager = __pgt_p.id
                                AND __pgt_x.id NOT IN (SELECT n.id FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
            ),
            -- semi join (EXISTS, IN): the changed rows of the left side that match a row of the right,
            -- and the rows of the left side whose match on the right appeared or disappeared
            delta_semi_join AS (
              SELECT __pgt_p.__pgt_w, __pgt_p.id, __pgt_p.name, __pgt_p.manager, __pgt_p.dept, __pgt_p.salary, __pgt_p.bonus, __pgt_p.hired
                FROM delta_employees AS __pgt_p
               WHERE EXISTS (SELECT FROM public.employees AS __pgt_x WHERE __pgt_x.manager = __pgt_p.id)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row gained its first match, -w when it lost its last
                SELECT __pgt_p.__pgt_w * ((__pgt_xnow.__pgt_rn IS NOT NULL)::int - (__pgt_xbefore.__pgt_rn IS NOT NULL)::int) AS __pgt_w,
                       __pgt_p.id, __pgt_p.name, __pgt_p.manager, __pgt_p.dept, __pgt_p.salary, __pgt_p.bonus, __pgt_p.hired
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matched_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matched_before AS __pgt_xbefore ON __pgt_xbefore.__pgt_rn = __pgt_p.__pgt_rn
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d.name AS name
                FROM delta_semi_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.name, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.id, d.name
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashint4extended(n.id, 0), n.id) hashint4extended(n.id, 0) AS __pgt_row_id, n.id, n.name, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashint4extended(n.id, 0), n.id, n.__pgt_w DESC
            )
            MERGE INTO public.managers AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.id = a.id
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET id = a.id, name = a.name
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (id, name, __pgt_row_id) VALUES (a.id, a.name, a.__pgt_row_id);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.managers') THEN
        DELETE FROM public.managers;
    ELSE
        TRUNCATE public.managers;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.employees')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.managers' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'managers'
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.managers (id, name, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.name, hashint4extended(r.id, 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, i.name AS name
            FROM (
            SELECT m.id, m.name, m.manager, m.dept, m.salary, m.bonus, m.hired
              FROM public.employees AS m
             WHERE EXISTS (SELECT FROM public.employees AS e WHERE e.manager = m.id)
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.managers', full => true);
ANALYZE public.managers;

-- ========================================================================
-- create stream table public.payroll_rollup
-- ========================================================================
-- trickle: stream table public.payroll_rollup
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT d.building, e.dept, count(*) AS people, sum(e.salary) AS payroll, avg(e.bonus) AS avg_bonus, GROUPING(d.building, e.dept) AS level FROM employees AS e LEFT JOIN depts AS d ON d.dept = e.dept GROUP BY ROLLUP (d.building, e.dept)
--
-- operator tree:
--   project __pgt_g0 AS building, __pgt_g1 AS dept, __pgt_a0 AS people, __pgt_a1 AS payroll, __pgt_a2 AS avg_bonus, __pgt_g2 AS level
--     aggregate count(*), sum(e.salary), avg(e.bonus) group by GROUPING SETS ((building, e_dept), (building), ())
--       left outer join on d_dept = e_dept
--         scan public.employees AS e
--         scan public.depts AS d

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_1).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.payroll_rollup WITH (fillfactor = 50) AS
  SELECT i.building AS building,
         i.e_dept AS dept,
         count(*) AS people,
         sum(i.salary) AS payroll,
         avg(i.bonus) AS avg_bonus,
         GROUPING(i.building, i.e_dept) AS level,
         hash_record_extended(ROW(i.building, i.e_dept, GROUPING(i.building, i.e_dept)), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i.salary) AS __pgt_nonnull_1
    FROM (
      SELECT e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, d.dept AS d_dept, d.building AS building
        FROM public.employees AS e
        LEFT JOIN public.depts AS d ON d.dept = e.dept
    ) AS i
   GROUP BY GROUPING SETS ((i.building, i.e_dept), (i.building), ())
  WITH NO DATA;
ALTER TABLE public.payroll_rollup ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_e73011dbf1746f9d ON public.payroll_rollup (__pgt_row_id);
COMMENT ON TABLE public.payroll_rollup IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.payroll_rollup'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'payroll_rollup', 'public.payroll_rollup', 'e73011dbf1746f9d', 'SELECT d.building, e.dept, count(*) AS people, sum(e.salary) AS payroll, avg(e.bonus) AS avg_bonus, GROUPING(d.building, e.dept) AS level FROM employees AS e LEFT JOIN depts AS d ON d.dept = e.dept GROUP BY ROLLUP (d.building, e.dept)', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_e73011dbf1746f9d', 27, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.payroll_rollup';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.depts', 'TABLE', true, ARRAY['dept', 'building']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.payroll_rollup';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.payroll_rollup';

-- Refresh function, called by pg_trickle.refresh('public.payroll_rollup').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_e73011dbf1746f9d(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_full_snapshot pg_snapshot;
    __pgt_bound_32c396150591602e xid8;
    __pgt_small_32c396150591602e boolean;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.depts' AND d.consumes_changes AND r.stable_name <> 'public.payroll_rollup'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_32c396150591602e'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.payroll_rollup'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_32c396150591602e, __pgt_small_32c396150591602e, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.payroll_rollup';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
             WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_32c396150591602e'::regclass) > __pgt_full_ratio * pg_relation_size('public.depts'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.depts'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.depts', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.employees', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'payroll_rollup'
            ),
            -- delete the changes of public.depts that every reader has consumed
            __pgt_release_32c396150591602e AS (
              DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.depts: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_depts AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.dept, c.building
                FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, name, manager, dept, salary, bonus, hired FROM public.employees
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_depts AS __pgt_x WHERE __pgt_x.dept = __pgt_p.dept)
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x.dept, sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_depts AS __pgt_x
               GROUP BY __pgt_x.dept
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- the candidates that match a row of the other side now
            __pgt_matched_now AS (
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM public.depts AS __pgt_x WHERE __pgt_x.dept = __pgt_p.dept)
            ),
            -- the candidates that matched a row of the other side before: a row deleted since, or one there now that was not inserted since
            __pgt_matched_before AS (
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.dept = __pgt_p.dept)
              UNION
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM public.depts AS __pgt_x
                              WHERE __pgt_x.dept = __pgt_p.dept
                                AND __pgt_x.dept NOT IN (SELECT n.dept FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT e.__pgt_w * d.__pgt_w AS __pgt_w, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, d.dept AS d_dept, d.building AS building
                FROM delta_employees AS e,
                     (
                SELECT 1 AS __pgt_w, dept, building FROM public.depts
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.dept, c.building FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS d
               WHERE d.dept = e.dept
              UNION ALL
              SELECT d.__pgt_w AS __pgt_w, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, d.dept AS d_dept, d.building AS building
                FROM public.employees AS e,
                     delta_depts AS d
               WHERE d.dept = e.dept
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.id AS id, __pgt_p.name AS name, __pgt_p.manager AS manager, __pgt_p.dept AS e_dept, __pgt_p.salary AS salary, __pgt_p.bonus AS bonus, __pgt_p.hired AS hired, __pgt_pad.dept AS d_dept, __pgt_pad.building AS building
                FROM delta_employees AS __pgt_p
                LEFT JOIN public.depts AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM public.depts AS __pgt_x WHERE __pgt_x.dept = __pgt_p.dept)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((__pgt_xbefore.__pgt_rn IS NOT NULL)::int - (__pgt_xnow.__pgt_rn IS NOT NULL)::int) AS __pgt_w,
                       __pgt_p.id AS id, __pgt_p.name AS name, __pgt_p.manager AS manager, __pgt_p.dept AS e_dept, __pgt_p.salary AS salary, __pgt_p.bonus AS bonus, __pgt_p.hired AS hired, __pgt_pad.dept AS d_dept, __pgt_pad.building AS building
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matched_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matched_before AS __pgt_xbefore ON __pgt_xbefore.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN public.depts AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.building AS __pgt_g0,
                     d.e_dept AS __pgt_g1,
                     GROUPING(d.building, d.e_dept) AS __pgt_g2,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.salary IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                     sum(CASE WHEN d.__pgt_w > 0 THEN d.salary ELSE -(d.salary) END) AS __pgt_d_value_1
                FROM delta_outer_join AS d
               GROUP BY GROUPING SETS ((d.building, d.e_dept), (d.building), ())
              HAVING count(*) > 0
            ),
            -- each changed group with its stored state; every one is recomputed from the sources (an aggregate such as
            -- count(DISTINCT x) keeps no state that a change could be added to)
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.people AS __pgt_old_value_0,
                     s.payroll AS __pgt_old_value_1,
                     s.avg_bonus AS __pgt_old_value_2,
                     coalesce(s.__pgt_nonnull_1, 0) AS __pgt_old_nonnull_1,
                     true
                         OR coalesce(g.__pgt_d_value_1 IN ('NaN', 'Infinity', '-Infinity'), false) AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.payroll_rollup AS s ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0, g.__pgt_g1, g.__pgt_g2), 0) AND s.building IS NOT DISTINCT FROM g.__pgt_g0 AND s.dept IS NOT DISTINCT FROM g.__pgt_g1 AND s.level = g.__pgt_g2
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_g1, g.__pgt_g2, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1, coalesce(r.__pgt_nonnull_1, 0) AS __pgt_nonnull_1, r.__pgt_value_2
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT i.building AS __pgt_g0,
                         i.e_dept AS __pgt_g1,
                         GROUPING(i.building, i.e_dept) AS __pgt_g2,
                         count(*) AS __pgt_count,
                         count(*) AS __pgt_value_0,
                         sum(i.salary) AS __pgt_value_1,
                         count(i.salary) AS __pgt_nonnull_1,
                         avg(i.bonus) AS __pgt_value_2
                    FROM (
                    SELECT e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, d.dept AS d_dept, d.building AS building
                      FROM public.employees AS e
                      LEFT JOIN public.depts AS d ON d.dept = e.dept
                  ) AS i
                   WHERE ((i.building IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan) OR (i.building IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL))) OR EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND (f.__pgt_g2 >> 1) & 1 = 1))
                     AND ((i.e_dept IN (SELECT f.__pgt_g1 FROM __pgt_groups AS f WHERE f.__pgt_rescan) OR (i.e_dept IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g1 IS NULL))) OR EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND (f.__pgt_g2 >> 0) & 1 = 1))
                   GROUP BY GROUPING SETS ((i.building, i.e_dept), (i.building), ())
                ) AS r ON r.__pgt_g0 IS NOT DISTINCT FROM g.__pgt_g0 AND r.__pgt_g1 IS NOT DISTINCT FROM g.__pgt_g1 AND r.__pgt_g2 = g.__pgt_g2
               WHERE g.__pgt_rescan
            ),
            -- new state of each changed group: stored state + change, or the recomputed state
            __pgt_new_state AS (
              SELECT g.__pgt_g0 AS __pgt_g0,
                     g.__pgt_g1 AS __pgt_g1,
                     g.__pgt_g2 AS __pgt_g2,
                     g.__pgt_ctid,
                     g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                     coalesce(g.__pgt_old_value_0, 0) + g.__pgt_d_value_0 AS __pgt_value_0,
                     CASE WHEN g.__pgt_old_nonnull_1 + g.__pgt_d_nonnull_1 = 0 THEN NULL WHEN g.__pgt_old_value_1 IS NULL THEN g.__pgt_d_value_1 WHEN g.__pgt_d_value_1 IS NULL THEN g.__pgt_old_value_1 ELSE g.__pgt_old_value_1 + g.__pgt_d_value_1 END AS __pgt_value_1,
                     g.__pgt_old_nonnull_1 + g.__pgt_d_nonnull_1 AS __pgt_nonnull_1,
                     g.__pgt_old_value_2 AS __pgt_value_2
                FROM __pgt_groups AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows
            __pgt_apply AS (
              SELECT hash_record_extended(ROW(n.__pgt_g0, n.__pgt_g1, n.__pgt_g2), 0) AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_g0 AS building,
                     n.__pgt_g1 AS dept,
                     n.__pgt_value_0 AS people,
                     n.__pgt_value_1 AS payroll,
                     n.__pgt_value_2 AS avg_bonus,
                     n.__pgt_g2 AS level,
                     n.__pgt_count,
                     n.__pgt_nonnull_1 AS __pgt_nonnull_1,
                     (n.__pgt_count > 0 OR n.__pgt_g2 = 3) AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.payroll_rollup AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET building = a.building, dept = a.dept, people = a.people, payroll = a.payroll, avg_bonus = a.avg_bonus, level = a.level, __pgt_count = a.__pgt_count, __pgt_nonnull_1 = a.__pgt_nonnull_1
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (building, dept, people, payroll, avg_bonus, level, __pgt_row_id, __pgt_count, __pgt_nonnull_1) VALUES (a.building, a.dept, a.people, a.payroll, a.avg_bonus, a.level, a.__pgt_row_id, a.__pgt_count, a.__pgt_nonnull_1);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.payroll_rollup') THEN
        DELETE FROM public.payroll_rollup;
    ELSE
        TRUNCATE public.payroll_rollup;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.depts'), ('public.employees')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.payroll_rollup' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_e73011dbf1746f9d ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.building AS building,
                     i.e_dept AS dept,
                     count(*) AS people,
                     sum(i.salary) AS payroll,
                     avg(i.bonus) AS avg_bonus,
                     GROUPING(i.building, i.e_dept) AS level,
                     hash_record_extended(ROW(i.building, i.e_dept, GROUPING(i.building, i.e_dept)), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     count(i.salary) AS __pgt_nonnull_1
                FROM (
                  SELECT e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, d.dept AS d_dept, d.building AS building
                    FROM public.employees AS e
                    LEFT JOIN public.depts AS d ON d.dept = e.dept
                ) AS i
               GROUP BY GROUPING SETS ((i.building, i.e_dept), (i.building), ())
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_e73011dbf1746f9d AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.depts', __pgt_full_snapshot::text, 'public.employees', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'payroll_rollup'
        ),
        __pgt_release_32c396150591602e AS (
            DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
             WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_24b8ec7eddb0e27d AS (
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.depts' AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.payroll_rollup (building, dept, people, payroll, avg_bonus, level, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
        SELECT q.building, q.dept, q.people, q.payroll, q.avg_bonus, q.level, q.__pgt_row_id, q.__pgt_count, q.__pgt_nonnull_1 FROM pg_temp.__pgt_full_e73011dbf1746f9d AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_e73011dbf1746f9d;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.employees', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'payroll_rollup'
    ),
    __pgt_release_32c396150591602e AS (
        DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
         WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.depts' AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.payroll_rollup (building, dept, people, payroll, avg_bonus, level, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
    SELECT * FROM (
      SELECT i.building AS building,
             i.e_dept AS dept,
             count(*) AS people,
             sum(i.salary) AS payroll,
             avg(i.bonus) AS avg_bonus,
             GROUPING(i.building, i.e_dept) AS level,
             hash_record_extended(ROW(i.building, i.e_dept, GROUPING(i.building, i.e_dept)), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             count(i.salary) AS __pgt_nonnull_1
        FROM (
          SELECT e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, d.dept AS d_dept, d.building AS building
            FROM public.employees AS e
            LEFT JOIN public.depts AS d ON d.dept = e.dept
        ) AS i
       GROUP BY GROUPING SETS ((i.building, i.e_dept), (i.building), ())
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.payroll_rollup', full => true);
ANALYZE public.payroll_rollup;

-- ========================================================================
-- create stream table public.points_by_employee
-- ========================================================================
-- trickle: stream table public.points_by_employee
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT e.name, sum(ev.points) AS points, count(ev.kind) AS kinds, avg(ev.points) AS avg_points FROM events AS ev JOIN employees AS e ON e.id = ev.employee GROUP BY e.name
--
-- operator tree:
--   project __pgt_g0 AS name, __pgt_a0 AS points, __pgt_a1 AS kinds, __pgt_a2 AS avg_points
--     aggregate sum(ev.points), count(ev.kind), avg(ev.points) group by name
--       inner join on id = employee
--         scan public.events AS ev
--         scan public.employees AS e

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_value_2, __pgt_nonnull_0, __pgt_nonnull_2).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.points_by_employee WITH (fillfactor = 50) AS
  SELECT i.name AS name,
         sum(i.points) AS points,
         count(i.kind) AS kinds,
         CASE WHEN count(i.points) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.points)), count(i.points)) END AS avg_points,
         hashtextextended(i.name, 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         sum(pg_trickle.avg_state(i.points)) AS __pgt_value_2,
         count(i.points) AS __pgt_nonnull_0,
         count(i.points) AS __pgt_nonnull_2
    FROM (
      SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
        FROM public.events AS ev,
             public.employees AS e
       WHERE e.id = ev.employee
    ) AS i
   GROUP BY i.name
  WITH NO DATA;
ALTER TABLE public.points_by_employee ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_656a8569f9bbafc8 ON public.points_by_employee (__pgt_row_id);
COMMENT ON TABLE public.points_by_employee IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.points_by_employee'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'points_by_employee', 'public.points_by_employee', '656a8569f9bbafc8', 'SELECT e.name, sum(ev.points) AS points, count(ev.kind) AS kinds, avg(ev.points) AS avg_points FROM events AS ev JOIN employees AS e ON e.id = ev.employee GROUP BY e.name', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_656a8569f9bbafc8', 28, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.points_by_employee';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['employee', 'kind', 'points']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.points_by_employee';

-- Refresh function, called by pg_trickle.refresh('public.points_by_employee').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_656a8569f9bbafc8(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_full_snapshot pg_snapshot;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
    __pgt_bound_c63077dab724f8f8 xid8;
    __pgt_small_c63077dab724f8f8 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.points_by_employee'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.events' AND d.consumes_changes AND r.stable_name <> 'public.points_by_employee'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c63077dab724f8f8'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d, __pgt_bound_c63077dab724f8f8, __pgt_small_c63077dab724f8f8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.points_by_employee';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c63077dab724f8f8'::regclass) > __pgt_full_ratio * pg_relation_size('public.events'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.events'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.events', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'points_by_employee'
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.events that every reader has consumed
            __pgt_release_c63077dab724f8f8 AS (
              DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_events AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.employee, c.kind, c.points
                FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(ev) JOIN e
            --   + ev' JOIN d(e)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT ev.__pgt_w * e.__pgt_w AS __pgt_w, ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                FROM delta_events AS ev,
                     (
                SELECT 1 AS __pgt_w, id, name, manager, dept, salary, bonus, hired FROM public.employees
                UNION ALL
                SELECT -__pgt_w, id, name, manager, dept, salary, bonus, hired FROM delta_employees
              ) AS e
               WHERE e.id = ev.employee
              UNION ALL
              SELECT e.__pgt_w AS __pgt_w, ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                FROM public.events AS ev,
                     delta_employees AS e
               WHERE e.id = ev.employee
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.name AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.points IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_0,
                     CASE WHEN sum(d.points) FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(d.points) FILTER (WHERE d.__pgt_w > 0) WHEN sum(d.points) FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(d.points) FILTER (WHERE d.__pgt_w < 0)) ELSE sum(d.points) FILTER (WHERE d.__pgt_w > 0) - sum(d.points) FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.kind IS NOT NULL), 0)::bigint AS __pgt_d_value_1,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.points IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_2,
                     sum(CASE WHEN d.__pgt_w > 0 THEN pg_trickle.avg_state(d.points) ELSE -(pg_trickle.avg_state(d.points)) END) AS __pgt_d_value_2
                FROM delta_join AS d
               GROUP BY d.name
            )
            MERGE INTO public.points_by_employee AS s
            USING __pgt_delta_groups AS g
               ON s.__pgt_row_id = hashtextextended(g.__pgt_g0, 0) AND s.name = g.__pgt_g0
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          name = g.__pgt_g0,
                          points = CASE WHEN s.__pgt_nonnull_0 + g.__pgt_d_nonnull_0 = 0 THEN NULL WHEN s.points IS NULL THEN g.__pgt_d_value_0 WHEN g.__pgt_d_value_0 IS NULL THEN s.points ELSE s.points + g.__pgt_d_value_0 END,
                          kinds = coalesce(s.kinds, 0) + g.__pgt_d_value_1,
                          avg_points = CASE WHEN s.__pgt_nonnull_2 + g.__pgt_d_nonnull_2 = 0 THEN NULL ELSE pg_trickle.avg_final(CASE WHEN s.__pgt_nonnull_2 + g.__pgt_d_nonnull_2 = 0 THEN NULL WHEN s.__pgt_value_2 IS NULL THEN g.__pgt_d_value_2 WHEN g.__pgt_d_value_2 IS NULL THEN s.__pgt_value_2 ELSE s.__pgt_value_2 + g.__pgt_d_value_2 END, s.__pgt_nonnull_2 + g.__pgt_d_nonnull_2) END,
                          __pgt_count = s.__pgt_count + g.__pgt_d_count,
                          __pgt_value_2 = CASE WHEN s.__pgt_nonnull_2 + g.__pgt_d_nonnull_2 = 0 THEN NULL WHEN s.__pgt_value_2 IS NULL THEN g.__pgt_d_value_2 WHEN g.__pgt_d_value_2 IS NULL THEN s.__pgt_value_2 ELSE s.__pgt_value_2 + g.__pgt_d_value_2 END,
                          __pgt_nonnull_0 = s.__pgt_nonnull_0 + g.__pgt_d_nonnull_0,
                          __pgt_nonnull_2 = s.__pgt_nonnull_2 + g.__pgt_d_nonnull_2
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT (name, points, kinds, avg_points, __pgt_row_id, __pgt_count, __pgt_value_2, __pgt_nonnull_0, __pgt_nonnull_2)
                          VALUES (g.__pgt_g0,
                                  CASE WHEN g.__pgt_d_nonnull_0 = 0 THEN NULL ELSE g.__pgt_d_value_0 END,
                                  g.__pgt_d_value_1,
                                  CASE WHEN g.__pgt_d_nonnull_2 = 0 THEN NULL ELSE pg_trickle.avg_final(CASE WHEN g.__pgt_d_nonnull_2 = 0 THEN NULL ELSE g.__pgt_d_value_2 END, g.__pgt_d_nonnull_2) END,
                                  hashtextextended(g.__pgt_g0, 0),
                                  g.__pgt_d_count,
                                  CASE WHEN g.__pgt_d_nonnull_2 = 0 THEN NULL ELSE g.__pgt_d_value_2 END,
                                  g.__pgt_d_nonnull_0,
                                  g.__pgt_d_nonnull_2);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.points_by_employee') THEN
        DELETE FROM public.points_by_employee;
    ELSE
        TRUNCATE public.points_by_employee;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.employees'), ('public.events')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.points_by_employee' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_656a8569f9bbafc8 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.name AS name,
                     sum(i.points) AS points,
                     count(i.kind) AS kinds,
                     CASE WHEN count(i.points) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.points)), count(i.points)) END AS avg_points,
                     hashtextextended(i.name, 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     sum(pg_trickle.avg_state(i.points)) AS __pgt_value_2,
                     count(i.points) AS __pgt_nonnull_0,
                     count(i.points) AS __pgt_nonnull_2
                FROM (
                  SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                    FROM public.events AS ev,
                         public.employees AS e
                   WHERE e.id = ev.employee
                ) AS i
               GROUP BY i.name
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_656a8569f9bbafc8 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.employees', __pgt_full_snapshot::text, 'public.events', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'points_by_employee'
        ),
        __pgt_release_24b8ec7eddb0e27d AS (
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_c63077dab724f8f8 AS (
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.points_by_employee (name, points, kinds, avg_points, __pgt_row_id, __pgt_count, __pgt_value_2, __pgt_nonnull_0, __pgt_nonnull_2)
        SELECT q.name, q.points, q.kinds, q.avg_points, q.__pgt_row_id, q.__pgt_count, q.__pgt_value_2, q.__pgt_nonnull_0, q.__pgt_nonnull_2 FROM pg_temp.__pgt_full_656a8569f9bbafc8 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_656a8569f9bbafc8;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'points_by_employee'
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_c63077dab724f8f8 AS (
        DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
         WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.points_by_employee (name, points, kinds, avg_points, __pgt_row_id, __pgt_count, __pgt_value_2, __pgt_nonnull_0, __pgt_nonnull_2)
    SELECT * FROM (
      SELECT i.name AS name,
             sum(i.points) AS points,
             count(i.kind) AS kinds,
             CASE WHEN count(i.points) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.points)), count(i.points)) END AS avg_points,
             hashtextextended(i.name, 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             sum(pg_trickle.avg_state(i.points)) AS __pgt_value_2,
             count(i.points) AS __pgt_nonnull_0,
             count(i.points) AS __pgt_nonnull_2
        FROM (
          SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
            FROM public.events AS ev,
                 public.employees AS e
           WHERE e.id = ev.employee
        ) AS i
       GROUP BY i.name
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.points_by_employee', full => true);
ANALYZE public.points_by_employee;

-- ========================================================================
-- create stream table public.quiet_depts
-- ========================================================================
-- trickle: stream table public.quiet_depts
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT d.dept, d.building FROM depts AS d WHERE NOT (EXISTS (SELECT FROM employees AS e JOIN events AS ev ON ev.employee = e.id WHERE e.dept = d.dept)) AND NOT (d.dept IN (SELECT e.dept FROM employees AS e WHERE e.salary > 2500))
--
-- operator tree:
--   project dept, building
--     anti join (NOT EXISTS) on dept = sub.dept IS NOT FALSE
--       anti join (NOT EXISTS) on sub.dept = dept
--         scan public.depts AS d
--         inner join on employee = id
--           scan public.employees AS e
--           scan public.events AS ev
--       filter salary > 2500
--         scan public.employees AS e

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.quiet_depts AS
  SELECT r.dept, r.building, hashtextextended(r.dept, 0) AS __pgt_row_id
    FROM (
      SELECT i.dept AS dept, i.building AS building
        FROM (
        SELECT __pgt_l.dept, __pgt_l.building
          FROM (
          SELECT d.dept, d.building
            FROM public.depts AS d
           WHERE NOT EXISTS (SELECT FROM (
            SELECT e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, ev.employee AS employee, ev.kind AS kind, ev.points AS points
              FROM public.employees AS e,
                   public.events AS ev
             WHERE ev.employee = e.id
          ) AS __pgt_r WHERE __pgt_r.dept = d.dept)
        ) AS __pgt_l
         WHERE NOT EXISTS (SELECT FROM (
          SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired
            FROM public.employees AS e
           WHERE e.salary > 2500
        ) AS __pgt_r WHERE __pgt_l.dept = __pgt_r.dept IS NOT FALSE)
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.quiet_depts ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_bd24f3d17b0d5e22 ON public.quiet_depts (__pgt_row_id);
COMMENT ON TABLE public.quiet_depts IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.quiet_depts'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'quiet_depts', 'public.quiet_depts', 'bd24f3d17b0d5e22', 'SELECT d.dept, d.building FROM depts AS d WHERE NOT (EXISTS (SELECT FROM employees AS e JOIN events AS ev ON ev.employee = e.id WHERE e.dept = d.dept)) AND NOT (d.dept IN (SELECT e.dept FROM employees AS e WHERE e.salary > 2500))', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_bd24f3d17b0d5e22', 29, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.quiet_depts';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.depts', 'TABLE', true, ARRAY['dept', 'building']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.quiet_depts';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.quiet_depts';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['employee', 'kind', 'points']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.quiet_depts';

-- Refresh function, called by pg_trickle.refresh('public.quiet_depts').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_bd24f3d17b0d5e22(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_bound_32c396150591602e xid8;
    __pgt_small_32c396150591602e boolean;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
    __pgt_bound_c63077dab724f8f8 xid8;
    __pgt_small_c63077dab724f8f8 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.depts' AND d.consumes_changes AND r.stable_name <> 'public.quiet_depts'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_32c396150591602e'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.quiet_depts'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.events' AND d.consumes_changes AND r.stable_name <> 'public.quiet_depts'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_c63077dab724f8f8'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_32c396150591602e, __pgt_small_32c396150591602e, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d, __pgt_bound_c63077dab724f8f8, __pgt_small_c63077dab724f8f8
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.quiet_depts';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.employees', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
             WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_32c396150591602e'::regclass) > __pgt_full_ratio * pg_relation_size('public.depts'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.depts'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.depts', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_c63077dab724f8f8'::regclass) > __pgt_full_ratio * pg_relation_size('public.events'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.events'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.events', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.employees', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'quiet_depts'
            ),
            -- delete the changes of public.depts that every reader has consumed
            __pgt_release_32c396150591602e AS (
              DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.events that every reader has consumed
            __pgt_release_c63077dab724f8f8 AS (
              DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy salary > 2500
            delta_filter AS (
              SELECT d.__pgt_w, d.id, d.name, d.manager, d.dept, d.salary, d.bonus, d.hired
                FROM delta_employees AS d
               WHERE d.salary > 2500
            ),
            -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_events AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.employee, c.kind, c.points
                FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(e) JOIN ev
            --   + e' JOIN d(ev)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT e.__pgt_w * ev.__pgt_w AS __pgt_w, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, ev.employee AS employee, ev.kind AS kind, ev.points AS points
                FROM delta_employees AS e,
                     (
                SELECT 1 AS __pgt_w, employee, kind, points FROM public.events
                UNION ALL
                SELECT -__pgt_w, employee, kind, points FROM delta_events
              ) AS ev
               WHERE ev.employee = e.id
              UNION ALL
              SELECT ev.__pgt_w AS __pgt_w, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, ev.employee AS employee, ev.kind AS kind, ev.points AS points
                FROM public.employees AS e,
                     delta_events AS ev
               WHERE ev.employee = e.id
            ),
            -- scan public.depts: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_depts AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.dept, c.building
                FROM pg_trickle_changes.changes_32c396150591602e AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- anti join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, dept, building FROM public.depts
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.dept, c.building FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_join AS __pgt_x WHERE __pgt_x.dept = __pgt_p.dept)
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN (
                SELECT e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, ev.employee AS employee, ev.kind AS kind, ev.points AS points
                  FROM public.employees AS e,
                       public.events AS ev
                 WHERE ev.employee = e.id
              ) AS __pgt_x ON __pgt_x.dept = __pgt_p.dept
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN delta_join AS __pgt_x ON __pgt_x.dept = __pgt_p.dept
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- anti join (NOT EXISTS, NOT IN): the changed rows of the left side that match no row of the right,
            -- and the rows of the left side whose match on the right appeared or disappeared
            delta_semi_join AS (
              SELECT __pgt_p.__pgt_w, __pgt_p.dept, __pgt_p.building
                FROM delta_depts AS __pgt_p
               WHERE NOT EXISTS (SELECT FROM (
                SELECT e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, ev.employee AS employee, ev.kind AS kind, ev.points AS points
                  FROM public.employees AS e,
                       public.events AS ev
                 WHERE ev.employee = e.id
              ) AS __pgt_x WHERE __pgt_x.dept = __pgt_p.dept)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p.dept, __pgt_p.building
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matches_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- anti join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates_2 AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, dept, building FROM (
                  SELECT d.dept, d.building
                    FROM public.depts AS d
                   WHERE NOT EXISTS (SELECT FROM (
                    SELECT e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, ev.employee AS employee, ev.kind AS kind, ev.points AS points
                      FROM public.employees AS e,
                           public.events AS ev
                     WHERE ev.employee = e.id
                  ) AS __pgt_r WHERE __pgt_r.dept = d.dept)
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, dept, building FROM delta_semi_join
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_filter AS __pgt_x WHERE __pgt_p.dept = __pgt_x.dept IS NOT FALSE)
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x.id, __pgt_x.dept, sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_filter AS __pgt_x
               GROUP BY __pgt_x.id, __pgt_x.dept
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- the candidates that match a row of the other side now
            __pgt_matched_now AS (
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates_2 AS __pgt_p
               WHERE EXISTS (SELECT FROM (
                SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired
                  FROM public.employees AS e
                 WHERE e.salary > 2500
              ) AS __pgt_x WHERE __pgt_p.dept = __pgt_x.dept IS NOT FALSE)
            ),
            -- the candidates that matched a row of the other side before: a row deleted since, or one there now that was not inserted since
            __pgt_matched_before AS (
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates_2 AS __pgt_p
               WHERE EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_p.dept = __pgt_x.dept IS NOT FALSE)
              UNION
              SELECT __pgt_p.__pgt_rn
                FROM __pgt_candidates_2 AS __pgt_p
               WHERE EXISTS (SELECT FROM (
                SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired
                  FROM public.employees AS e
                 WHERE e.salary > 2500
              ) AS __pgt_x
                              WHERE __pgt_p.dept = __pgt_x.dept IS NOT FALSE
                                AND __pgt_x.id NOT IN (SELECT n.id FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
            ),
            -- anti join (NOT EXISTS, NOT IN): the changed rows of the left side that match no row of the right,
            -- and the rows of the left side whose match on the right appeared or disappeared
            delta_semi_join_2 AS (
              SELECT __pgt_p.__pgt_w, __pgt_p.dept, __pgt_p.building
                FROM delta_semi_join AS __pgt_p
               WHERE NOT EXISTS (SELECT FROM (
                SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired
                  FROM public.employees AS e
                 WHERE e.salary > 2500
              ) AS __pgt_x WHERE __pgt_p.dept = __pgt_x.dept IS NOT FALSE)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((__pgt_xbefore.__pgt_rn IS NOT NULL)::int - (__pgt_xnow.__pgt_rn IS NOT NULL)::int) AS __pgt_w,
                       __pgt_p.dept, __pgt_p.building
                  FROM __pgt_candidates_2 AS __pgt_p
                  LEFT JOIN __pgt_matched_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matched_before AS __pgt_xbefore ON __pgt_xbefore.__pgt_rn = __pgt_p.__pgt_rn
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.dept AS dept, d.building AS building
                FROM delta_semi_join_2 AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.dept, d.building, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.dept, d.building
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashtextextended(n.dept, 0), n.dept) hashtextextended(n.dept, 0) AS __pgt_row_id, n.dept, n.building, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashtextextended(n.dept, 0), n.dept, n.__pgt_w DESC
            )
            MERGE INTO public.quiet_depts AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.dept = a.dept
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET dept = a.dept, building = a.building
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (dept, building, __pgt_row_id) VALUES (a.dept, a.building, a.__pgt_row_id);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.depts', 'public.employees', 'public.events') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.quiet_depts') THEN
        DELETE FROM public.quiet_depts;
    ELSE
        TRUNCATE public.quiet_depts;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.depts'), ('public.employees'), ('public.events')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.quiet_depts' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.depts', pg_current_snapshot()::text, 'public.employees', pg_current_snapshot()::text, 'public.events', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'quiet_depts'
    ),
    __pgt_release_32c396150591602e AS (
        DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
         WHERE __pgt_small_32c396150591602e AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_c63077dab724f8f8 AS (
        DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
         WHERE __pgt_small_c63077dab724f8f8 AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.depts' AND c.__pgt_xid < least(__pgt_bound_32c396150591602e, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.events' AND c.__pgt_xid < least(__pgt_bound_c63077dab724f8f8, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.quiet_depts (dept, building, __pgt_row_id)
    SELECT * FROM (
      SELECT r.dept, r.building, hashtextextended(r.dept, 0) AS __pgt_row_id
        FROM (
          SELECT i.dept AS dept, i.building AS building
            FROM (
            SELECT __pgt_l.dept, __pgt_l.building
              FROM (
              SELECT d.dept, d.building
                FROM public.depts AS d
               WHERE NOT EXISTS (SELECT FROM (
                SELECT e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, ev.employee AS employee, ev.kind AS kind, ev.points AS points
                  FROM public.employees AS e,
                       public.events AS ev
                 WHERE ev.employee = e.id
              ) AS __pgt_r WHERE __pgt_r.dept = d.dept)
            ) AS __pgt_l
             WHERE NOT EXISTS (SELECT FROM (
              SELECT e.id, e.name, e.manager, e.dept, e.salary, e.bonus, e.hired
                FROM public.employees AS e
               WHERE e.salary > 2500
            ) AS __pgt_r WHERE __pgt_l.dept = __pgt_r.dept IS NOT FALSE)
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.quiet_depts', full => true);
ANALYZE public.quiet_depts;

-- ========================================================================
-- create stream table public.reporting_lines
-- ========================================================================
-- trickle: stream table public.reporting_lines
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   WITH RECURSIVE chain(id, top, depth) AS (SELECT e.id, e.id, 0 FROM employees AS e WHERE e.manager IS NULL UNION ALL SELECT e.id, c.top, c.depth + 1 FROM employees AS e JOIN chain AS c ON e.manager = c.id WHERE c.depth < 20) SELECT c.top, count(*) AS people, max(c.depth) AS levels FROM chain AS c GROUP BY c.top
--
-- operator tree:
--   project __pgt_g0 AS top, __pgt_a0 AS people, __pgt_a1 AS levels
--     aggregate count(*), max(c.depth) group by top
--       recursive WITH query chain (recomputed when its tables change; its changes are its rows now minus as they were)
--         project id, id AS top, 0 AS depth
--           filter manager IS NULL
--             scan public.employees AS e
--         project e_id AS id, top, depth + 1 AS depth
--           inner join on manager = c_id AND depth < 20
--             scan public.employees AS e
--             values (0 rows)

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.reporting_lines WITH (fillfactor = 50) AS
  SELECT i.top AS top,
         count(*) AS people,
         max(i.depth) AS levels,
         coalesce(hashint4extended(i.top, 0), 0) AS __pgt_row_id,
         count(*) AS __pgt_count
    FROM (
      WITH RECURSIVE chain(id, top, depth) AS (
        SELECT e.id, e.id, 0 FROM public.employees AS e WHERE e.manager IS NULL UNION ALL SELECT e.id, c.top, c.depth + 1 FROM public.employees AS e JOIN chain AS c ON e.manager = c.id WHERE c.depth < 20
      )
      SELECT id, top, depth FROM chain
    ) AS i
   GROUP BY i.top
  WITH NO DATA;
ALTER TABLE public.reporting_lines ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_447448b79a9a4faa ON public.reporting_lines (__pgt_row_id);
COMMENT ON TABLE public.reporting_lines IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.reporting_lines'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'reporting_lines', 'public.reporting_lines', '447448b79a9a4faa', 'WITH RECURSIVE chain(id, top, depth) AS (SELECT e.id, e.id, 0 FROM employees AS e WHERE e.manager IS NULL UNION ALL SELECT e.id, c.top, c.depth + 1 FROM employees AS e JOIN chain AS c ON e.manager = c.id WHERE c.depth < 20) SELECT c.top, count(*) AS people, max(c.depth) AS levels FROM chain AS c GROUP BY c.top', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_447448b79a9a4faa', 30, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.reporting_lines';

-- Refresh function, called by pg_trickle.refresh('public.reporting_lines').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_447448b79a9a4faa(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_full_snapshot pg_snapshot;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.reporting_lines'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.reporting_lines';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'reporting_lines'
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- public.employees as it was before this refresh, for the recursive WITH query chain
            __pgt_old AS (
              SELECT r.id, r.name, r.manager, r.dept, r.salary, r.bonus, r.hired
                FROM (SELECT u.id, u.name, u.manager, u.dept, u.salary, u.bonus, u.hired, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired FROM (
                          SELECT t.id, t.name, t.manager, t.dept, t.salary, t.bonus, t.hired FROM public.employees AS t
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.id, d.name, d.manager, d.dept, d.salary, d.bonus, d.hired FROM delta_employees AS d) AS u
                       GROUP BY u.id, u.name, u.manager, u.dept, u.salary, u.bonus, u.hired
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- recursive WITH query chain: its rows now minus as they were, when one of its tables changed
            delta_recursive AS (
              SELECT u.id, u.top, u.depth, sum(u.__pgt_w) AS __pgt_w
                FROM (SELECT 1 AS __pgt_w, r.id, r.top, r.depth FROM (
                  WITH RECURSIVE chain(id, top, depth) AS (
                    SELECT e.id, e.id, 0 FROM public.employees AS e WHERE e.manager IS NULL UNION ALL SELECT e.id, c.top, c.depth + 1 FROM public.employees AS e JOIN chain AS c ON e.manager = c.id WHERE c.depth < 20
                  )
                  SELECT id, top, depth FROM chain
                ) AS r WHERE EXISTS (SELECT FROM delta_employees)
              UNION ALL
              SELECT -1, r.id, r.top, r.depth FROM (
                  WITH RECURSIVE chain(id, top, depth) AS (
                    SELECT e.id, e.id, 0 FROM __pgt_old AS e WHERE e.manager IS NULL UNION ALL SELECT e.id, c.top, c.depth + 1 FROM __pgt_old AS e JOIN chain AS c ON e.manager = c.id WHERE c.depth < 20
                  )
                  SELECT id, top, depth FROM chain
                ) AS r WHERE EXISTS (SELECT FROM delta_employees)) AS u
               GROUP BY u.id, u.top, u.depth
              HAVING sum(u.__pgt_w) <> 0
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.top AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     max(d.depth) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_1,
                     max(d.depth) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_1
                FROM delta_recursive AS d
               GROUP BY d.top
            ),
            -- each changed group with its stored state; a group is recomputed from the sources when a deleted value may have been its MIN/MAX
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.people AS __pgt_old_value_0,
                     s.levels AS __pgt_old_value_1,
                     (g.__pgt_del_1 IS NOT NULL AND (s.levels IS NULL OR (g.__pgt_del_1 >= s.levels AND NOT coalesce(g.__pgt_ins_1 >= s.levels AND g.__pgt_ins_1 > g.__pgt_del_1, false)))) AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.reporting_lines AS s ON s.__pgt_row_id = coalesce(hashint4extended(g.__pgt_g0, 0), 0) AND s.top IS NOT DISTINCT FROM g.__pgt_g0
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT i.top AS __pgt_g0,
                         count(*) AS __pgt_count,
                         count(*) AS __pgt_value_0,
                         max(i.depth) AS __pgt_value_1
                    FROM (
                    WITH RECURSIVE chain(id, top, depth) AS (
                      SELECT e.id, e.id, 0 FROM public.employees AS e WHERE e.manager IS NULL UNION ALL SELECT e.id, c.top, c.depth + 1 FROM public.employees AS e JOIN chain AS c ON e.manager = c.id WHERE c.depth < 20
                    )
                    SELECT id, top, depth FROM chain
                  ) AS i
                   WHERE (i.top IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan) OR (i.top IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                   GROUP BY i.top
                ) AS r ON r.__pgt_g0 IS NOT DISTINCT FROM g.__pgt_g0
               WHERE g.__pgt_rescan
            ),
            -- new state of each changed group: stored state + change, or the recomputed state
            __pgt_new_state AS (
              SELECT g.__pgt_g0 AS __pgt_g0,
                     g.__pgt_ctid,
                     g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                     coalesce(g.__pgt_old_value_0, 0) + g.__pgt_d_value_0 AS __pgt_value_0,
                     greatest(g.__pgt_old_value_1, g.__pgt_ins_1) AS __pgt_value_1
                FROM __pgt_groups AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows
            __pgt_apply AS (
              SELECT coalesce(hashint4extended(n.__pgt_g0, 0), 0) AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_g0 AS top,
                     n.__pgt_value_0 AS people,
                     n.__pgt_value_1 AS levels,
                     n.__pgt_count,
                     n.__pgt_count > 0 AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.reporting_lines AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET top = a.top, people = a.people, levels = a.levels, __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (top, people, levels, __pgt_row_id, __pgt_count) VALUES (a.top, a.people, a.levels, a.__pgt_row_id, a.__pgt_count);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.reporting_lines') THEN
        DELETE FROM public.reporting_lines;
    ELSE
        TRUNCATE public.reporting_lines;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.employees')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.reporting_lines' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_447448b79a9a4faa ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.top AS top,
                     count(*) AS people,
                     max(i.depth) AS levels,
                     coalesce(hashint4extended(i.top, 0), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count
                FROM (
                  WITH RECURSIVE chain(id, top, depth) AS (
                    SELECT e.id, e.id, 0 FROM public.employees AS e WHERE e.manager IS NULL UNION ALL SELECT e.id, c.top, c.depth + 1 FROM public.employees AS e JOIN chain AS c ON e.manager = c.id WHERE c.depth < 20
                  )
                  SELECT id, top, depth FROM chain
                ) AS i
               GROUP BY i.top
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_447448b79a9a4faa AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.employees', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'reporting_lines'
        ),
        __pgt_release_24b8ec7eddb0e27d AS (
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.reporting_lines (top, people, levels, __pgt_row_id, __pgt_count)
        SELECT q.top, q.people, q.levels, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_447448b79a9a4faa AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_447448b79a9a4faa;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'reporting_lines'
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.reporting_lines (top, people, levels, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT i.top AS top,
             count(*) AS people,
             max(i.depth) AS levels,
             coalesce(hashint4extended(i.top, 0), 0) AS __pgt_row_id,
             count(*) AS __pgt_count
        FROM (
          WITH RECURSIVE chain(id, top, depth) AS (
            SELECT e.id, e.id, 0 FROM public.employees AS e WHERE e.manager IS NULL UNION ALL SELECT e.id, c.top, c.depth + 1 FROM public.employees AS e JOIN chain AS c ON e.manager = c.id WHERE c.depth < 20
          )
          SELECT id, top, depth FROM chain
        ) AS i
       GROUP BY i.top
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.reporting_lines', full => true);
ANALYZE public.reporting_lines;

-- ========================================================================
-- create stream table public.reports
-- ========================================================================
-- trickle: stream table public.reports
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT e.name AS employee, m.name AS manager, e.salary - m.salary AS gap FROM employees AS e JOIN employees AS m ON m.id = e.manager
--
-- operator tree:
--   project e_name AS employee, m_name AS manager, e_salary - m_salary AS gap
--     inner join on m_id = e_manager
--       scan public.employees AS e
--       scan public.employees AS m

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.reports AS
  SELECT r.employee, r.manager, r.gap, hash_record_extended(ROW(r.employee, r.manager, r.gap), 0) AS __pgt_row_id
    FROM (
      SELECT i.e_name AS employee, i.m_name AS manager, i.e_salary - i.m_salary AS gap
        FROM (
        SELECT e.id AS e_id, e.name AS e_name, e.manager AS e_manager, e.dept AS e_dept, e.salary AS e_salary, e.bonus AS e_bonus, e.hired AS e_hired, m.id AS m_id, m.name AS m_name, m.manager AS m_manager, m.dept AS m_dept, m.salary AS m_salary, m.bonus AS m_bonus, m.hired AS m_hired
          FROM public.employees AS e,
               public.employees AS m
         WHERE m.id = e.manager
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.reports ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_ba18c207d871f9c4 ON public.reports (__pgt_row_id);
COMMENT ON TABLE public.reports IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.reports'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'reports', 'public.reports', 'ba18c207d871f9c4', 'SELECT e.name AS employee, m.name AS manager, e.salary - m.salary AS gap FROM employees AS e JOIN employees AS m ON m.id = e.manager', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_ba18c207d871f9c4', 31, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.reports';

-- Refresh function, called by pg_trickle.refresh('public.reports').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_ba18c207d871f9c4(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.reports'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.reports';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'reports'
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(e) JOIN m
            --   + e' JOIN d(m)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT e.__pgt_w * m.__pgt_w AS __pgt_w, e.id AS e_id, e.name AS e_name, e.manager AS e_manager, e.dept AS e_dept, e.salary AS e_salary, e.bonus AS e_bonus, e.hired AS e_hired, m.id AS m_id, m.name AS m_name, m.manager AS m_manager, m.dept AS m_dept, m.salary AS m_salary, m.bonus AS m_bonus, m.hired AS m_hired
                FROM delta_employees AS e,
                     (
                SELECT 1 AS __pgt_w, id, name, manager, dept, salary, bonus, hired FROM public.employees
                UNION ALL
                SELECT -__pgt_w, id, name, manager, dept, salary, bonus, hired FROM delta_employees
              ) AS m
               WHERE m.id = e.manager
              UNION ALL
              SELECT m.__pgt_w AS __pgt_w, e.id AS e_id, e.name AS e_name, e.manager AS e_manager, e.dept AS e_dept, e.salary AS e_salary, e.bonus AS e_bonus, e.hired AS e_hired, m.id AS m_id, m.name AS m_name, m.manager AS m_manager, m.dept AS m_dept, m.salary AS m_salary, m.bonus AS m_bonus, m.hired AS m_hired
                FROM public.employees AS e,
                     delta_employees AS m
               WHERE m.id = e.manager
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.e_name AS employee, d.m_name AS manager, d.e_salary - d.m_salary AS gap
                FROM delta_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.employee, d.manager, d.gap, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.employee, d.manager, d.gap
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.reports AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.reports AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.employee, n.manager, n.gap), 0) AND t.employee = n.employee AND t.manager = n.manager AND t.gap IS NOT DISTINCT FROM n.gap
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.reports (employee, manager, gap, __pgt_row_id)
            SELECT n.employee, n.manager, n.gap, hash_record_extended(ROW(n.employee, n.manager, n.gap), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.reports') THEN
        DELETE FROM public.reports;
    ELSE
        TRUNCATE public.reports;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.employees')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.reports' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'reports'
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.reports (employee, manager, gap, __pgt_row_id)
    SELECT * FROM (
      SELECT r.employee, r.manager, r.gap, hash_record_extended(ROW(r.employee, r.manager, r.gap), 0) AS __pgt_row_id
        FROM (
          SELECT i.e_name AS employee, i.m_name AS manager, i.e_salary - i.m_salary AS gap
            FROM (
            SELECT e.id AS e_id, e.name AS e_name, e.manager AS e_manager, e.dept AS e_dept, e.salary AS e_salary, e.bonus AS e_bonus, e.hired AS e_hired, m.id AS m_id, m.name AS m_name, m.manager AS m_manager, m.dept AS m_dept, m.salary AS m_salary, m.bonus AS m_bonus, m.hired AS m_hired
              FROM public.employees AS e,
                   public.employees AS m
             WHERE m.id = e.manager
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.reports', full => true);
ANALYZE public.reports;

-- ========================================================================
-- create stream table public.salary_bands
-- ========================================================================
-- trickle: stream table public.salary_bands
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT band, count(e.id) AS people, min(e.name) AS first_name FROM generate_series(0, 4) AS band JOIN employees AS e ON e.salary >= (band * 1000) AND e.salary < ((band + 1) * 1000) GROUP BY band
--
-- operator tree:
--   project __pgt_g0 AS band, __pgt_a0 AS people, __pgt_a1 AS first_name
--     aggregate count(e.id), min(e.name) group by band
--       project band, id, name, manager, dept, salary, bonus, hired
--         filter salary >= (band * 1000) AND salary < ((band + 1) * 1000)
--           lateral generate_series(0, 4)
--             scan public.employees AS e

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.salary_bands WITH (fillfactor = 50) AS
  SELECT i.band AS band,
         count(i.id) AS people,
         min(i.name) AS first_name,
         hash_record_extended(ROW(i.band), 0) AS __pgt_row_id,
         count(*) AS __pgt_count
    FROM (
      SELECT i.band AS band, i.id AS id, i.name AS name, i.manager AS manager, i.dept AS dept, i.salary AS salary, i.bonus AS bonus, i.hired AS hired
        FROM (
        SELECT i.id, i.name, i.manager, i.dept, i.salary, i.bonus, i.hired, i.band
          FROM (
          SELECT e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, __pgt_fn.__pgt_f0 AS band
            FROM public.employees AS e
           CROSS JOIN LATERAL generate_series(0, 4) AS __pgt_fn(__pgt_f0)
        ) AS i
         WHERE i.salary >= (i.band * 1000) AND i.salary < ((i.band + 1) * 1000)
      ) AS i
    ) AS i
   GROUP BY i.band
  WITH NO DATA;
ALTER TABLE public.salary_bands ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_641096c869e723f8 ON public.salary_bands (__pgt_row_id);
COMMENT ON TABLE public.salary_bands IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.salary_bands'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'salary_bands', 'public.salary_bands', '641096c869e723f8', 'SELECT band, count(e.id) AS people, min(e.name) AS first_name FROM generate_series(0, 4) AS band JOIN employees AS e ON e.salary >= (band * 1000) AND e.salary < ((band + 1) * 1000) GROUP BY band', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_641096c869e723f8', 32, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.salary_bands';

-- Refresh function, called by pg_trickle.refresh('public.salary_bands').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_641096c869e723f8(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_full_snapshot pg_snapshot;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.salary_bands'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.salary_bands';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'salary_bands'
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- set-returning function (linear): the rows of each changed row
            delta_lateral AS (
              SELECT d.__pgt_w, d.id AS id, d.name AS name, d.manager AS manager, d.dept AS dept, d.salary AS salary, d.bonus AS bonus, d.hired AS hired, __pgt_fn.__pgt_f0 AS band
                FROM delta_employees AS d
               CROSS JOIN LATERAL generate_series(0, 4) AS __pgt_fn(__pgt_f0)
            ),
            -- filter (linear): changes of its input that satisfy salary >= (band * 1000) AND salary < ((band + 1) * 1000)
            delta_filter AS (
              SELECT d.__pgt_w, d.id, d.name, d.manager, d.dept, d.salary, d.bonus, d.hired, d.band
                FROM delta_lateral AS d
               WHERE d.salary >= (d.band * 1000) AND d.salary < ((d.band + 1) * 1000)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.band AS band, d.id AS id, d.name AS name, d.manager AS manager, d.dept AS dept, d.salary AS salary, d.bonus AS bonus, d.hired AS hired
                FROM delta_filter AS d
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.band AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.id IS NOT NULL), 0)::bigint AS __pgt_d_value_0,
                     min(d.name) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_1,
                     min(d.name) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_1
                FROM delta_project AS d
               GROUP BY d.band
            ),
            -- each changed group with its stored state; a group is recomputed from the sources when a deleted value may have been its MIN/MAX
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.people AS __pgt_old_value_0,
                     s.first_name AS __pgt_old_value_1,
                     (g.__pgt_del_1 IS NOT NULL AND (s.first_name IS NULL OR (g.__pgt_del_1 <= s.first_name AND NOT coalesce(g.__pgt_ins_1 <= s.first_name AND g.__pgt_ins_1 < g.__pgt_del_1, false)))) AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.salary_bands AS s ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0), 0) AND s.band IS NOT DISTINCT FROM g.__pgt_g0
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT i.band AS __pgt_g0,
                         count(*) AS __pgt_count,
                         count(i.id) AS __pgt_value_0,
                         min(i.name) AS __pgt_value_1
                    FROM (
                    SELECT i.band AS band, i.id AS id, i.name AS name, i.manager AS manager, i.dept AS dept, i.salary AS salary, i.bonus AS bonus, i.hired AS hired
                      FROM (
                      SELECT i.id, i.name, i.manager, i.dept, i.salary, i.bonus, i.hired, i.band
                        FROM (
                        SELECT e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, __pgt_fn.__pgt_f0 AS band
                          FROM public.employees AS e
                         CROSS JOIN LATERAL generate_series(0, 4) AS __pgt_fn(__pgt_f0)
                      ) AS i
                       WHERE i.salary >= (i.band * 1000) AND i.salary < ((i.band + 1) * 1000)
                    ) AS i
                  ) AS i
                   WHERE (i.band IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan) OR (i.band IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                   GROUP BY i.band
                ) AS r ON r.__pgt_g0 IS NOT DISTINCT FROM g.__pgt_g0
               WHERE g.__pgt_rescan
            ),
            -- new state of each changed group: stored state + change, or the recomputed state
            __pgt_new_state AS (
              SELECT g.__pgt_g0 AS __pgt_g0,
                     g.__pgt_ctid,
                     g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                     coalesce(g.__pgt_old_value_0, 0) + g.__pgt_d_value_0 AS __pgt_value_0,
                     least(g.__pgt_old_value_1, g.__pgt_ins_1) AS __pgt_value_1
                FROM __pgt_groups AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows
            __pgt_apply AS (
              SELECT hash_record_extended(ROW(n.__pgt_g0), 0) AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_g0 AS band,
                     n.__pgt_value_0 AS people,
                     n.__pgt_value_1 AS first_name,
                     n.__pgt_count,
                     n.__pgt_count > 0 AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.salary_bands AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET band = a.band, people = a.people, first_name = a.first_name, __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (band, people, first_name, __pgt_row_id, __pgt_count) VALUES (a.band, a.people, a.first_name, a.__pgt_row_id, a.__pgt_count);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.salary_bands') THEN
        DELETE FROM public.salary_bands;
    ELSE
        TRUNCATE public.salary_bands;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.employees')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.salary_bands' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_641096c869e723f8 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.band AS band,
                     count(i.id) AS people,
                     min(i.name) AS first_name,
                     hash_record_extended(ROW(i.band), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count
                FROM (
                  SELECT i.band AS band, i.id AS id, i.name AS name, i.manager AS manager, i.dept AS dept, i.salary AS salary, i.bonus AS bonus, i.hired AS hired
                    FROM (
                    SELECT i.id, i.name, i.manager, i.dept, i.salary, i.bonus, i.hired, i.band
                      FROM (
                      SELECT e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, __pgt_fn.__pgt_f0 AS band
                        FROM public.employees AS e
                       CROSS JOIN LATERAL generate_series(0, 4) AS __pgt_fn(__pgt_f0)
                    ) AS i
                     WHERE i.salary >= (i.band * 1000) AND i.salary < ((i.band + 1) * 1000)
                  ) AS i
                ) AS i
               GROUP BY i.band
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_641096c869e723f8 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.employees', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'salary_bands'
        ),
        __pgt_release_24b8ec7eddb0e27d AS (
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.salary_bands (band, people, first_name, __pgt_row_id, __pgt_count)
        SELECT q.band, q.people, q.first_name, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_641096c869e723f8 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_641096c869e723f8;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'salary_bands'
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.salary_bands (band, people, first_name, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT i.band AS band,
             count(i.id) AS people,
             min(i.name) AS first_name,
             hash_record_extended(ROW(i.band), 0) AS __pgt_row_id,
             count(*) AS __pgt_count
        FROM (
          SELECT i.band AS band, i.id AS id, i.name AS name, i.manager AS manager, i.dept AS dept, i.salary AS salary, i.bonus AS bonus, i.hired AS hired
            FROM (
            SELECT i.id, i.name, i.manager, i.dept, i.salary, i.bonus, i.hired, i.band
              FROM (
              SELECT e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, __pgt_fn.__pgt_f0 AS band
                FROM public.employees AS e
               CROSS JOIN LATERAL generate_series(0, 4) AS __pgt_fn(__pgt_f0)
            ) AS i
             WHERE i.salary >= (i.band * 1000) AND i.salary < ((i.band + 1) * 1000)
          ) AS i
        ) AS i
       GROUP BY i.band
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.salary_bands', full => true);
ANALYZE public.salary_bands;

-- ========================================================================
-- create stream table public.salary_ranks
-- ========================================================================
-- trickle: stream table public.salary_ranks
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT id, dept, salary, rank() OVER (PARTITION BY dept ORDER BY salary DESC NULLS LAST) AS salary_rank, sum(salary) OVER (PARTITION BY dept ORDER BY hired) AS payroll_so_far, lag(name) OVER by_hire AS hired_before FROM employees WINDOW by_hire AS (PARTITION BY dept ORDER BY hired, id)
--
-- operator tree:
--   project id, dept, salary, __pgt_win0 AS salary_rank, __pgt_win1 AS payroll_so_far, __pgt_win2 AS hired_before
--     window rank() OVER (PARTITION BY dept ORDER BY salary DESC NULLS LAST), sum(salary) OVER (PARTITION BY dept ORDER BY hired), lag(name) OVER (PARTITION BY dept ORDER BY hired, id)
--       scan public.employees

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.salary_ranks AS
  SELECT r.id, r.dept, r.salary, r.salary_rank, r.payroll_so_far, r.hired_before, hashint4extended(r.id, 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i.dept AS dept, i.salary AS salary, i.__pgt_win0 AS salary_rank, i.__pgt_win1 AS payroll_so_far, i.__pgt_win2 AS hired_before
        FROM (
        SELECT employees.id, employees.name, employees.manager, employees.dept, employees.salary, employees.bonus, employees.hired, rank() OVER (PARTITION BY employees.dept ORDER BY employees.salary DESC NULLS LAST) AS __pgt_win0, sum(employees.salary) OVER (PARTITION BY employees.dept ORDER BY employees.hired) AS __pgt_win1, lag(employees.name) OVER (PARTITION BY employees.dept ORDER BY employees.hired, employees.id) AS __pgt_win2
          FROM public.employees AS employees
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.salary_ranks ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_7edf71a1bf13829c ON public.salary_ranks (__pgt_row_id);
COMMENT ON TABLE public.salary_ranks IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.salary_ranks'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'salary_ranks', 'public.salary_ranks', '7edf71a1bf13829c', 'SELECT id, dept, salary, rank() OVER (PARTITION BY dept ORDER BY salary DESC NULLS LAST) AS salary_rank, sum(salary) OVER (PARTITION BY dept ORDER BY hired) AS payroll_so_far, lag(name) OVER by_hire AS hired_before FROM employees WINDOW by_hire AS (PARTITION BY dept ORDER BY hired, id)', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_7edf71a1bf13829c', 33, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.salary_ranks';

-- Refresh function, called by pg_trickle.refresh('public.salary_ranks').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_7edf71a1bf13829c(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.salary_ranks'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.salary_ranks';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'salary_ranks'
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- window: the partitions its input's changes touch
            __pgt_changed_groups AS (
              SELECT DISTINCT d.dept AS __pgt_p0
                FROM delta_employees AS d
            ),
            -- window: the touched partitions' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r.id, r.name, r.manager, r.dept, r.salary, r.bonus, r.hired
                FROM (SELECT u.id, u.name, u.manager, u.dept, u.salary, u.bonus, u.hired, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired FROM (
                          SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                            FROM public.employees AS c
                            JOIN __pgt_changed_groups AS k ON c.dept = k.__pgt_p0
                          UNION ALL
                          SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                            FROM public.employees AS c
                            JOIN __pgt_changed_groups AS k ON c.dept IS NULL AND k.__pgt_p0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.id, d.name, d.manager, d.dept, d.salary, d.bonus, d.hired FROM delta_employees AS d) AS u
                       GROUP BY u.id, u.name, u.manager, u.dept, u.salary, u.bonus, u.hired
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- window (recomputed per touched partition): each touched partition as it is now, minus as it was
            delta_window AS (
              SELECT 1 AS __pgt_w, i.id, i.name, i.manager, i.dept, i.salary, i.bonus, i.hired, rank() OVER (PARTITION BY i.dept ORDER BY i.salary DESC NULLS LAST) AS __pgt_win0, sum(i.salary) OVER (PARTITION BY i.dept ORDER BY i.hired) AS __pgt_win1, lag(i.name) OVER (PARTITION BY i.dept ORDER BY i.hired, i.id) AS __pgt_win2
                FROM (
                  SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                    FROM public.employees AS c
                    JOIN __pgt_changed_groups AS k ON c.dept = k.__pgt_p0
                  UNION ALL
                  SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                    FROM public.employees AS c
                    JOIN __pgt_changed_groups AS k ON c.dept IS NULL AND k.__pgt_p0 IS NULL
                ) AS i
              UNION ALL
              SELECT -1, i.id, i.name, i.manager, i.dept, i.salary, i.bonus, i.hired, rank() OVER (PARTITION BY i.dept ORDER BY i.salary DESC NULLS LAST) AS __pgt_win0, sum(i.salary) OVER (PARTITION BY i.dept ORDER BY i.hired) AS __pgt_win1, lag(i.name) OVER (PARTITION BY i.dept ORDER BY i.hired, i.id) AS __pgt_win2
                FROM __pgt_group_rows_before AS i
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d.dept AS dept, d.salary AS salary, d.__pgt_win0 AS salary_rank, d.__pgt_win1 AS payroll_so_far, d.__pgt_win2 AS hired_before
                FROM delta_window AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.dept, d.salary, d.salary_rank, d.payroll_so_far, d.hired_before, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.id, d.dept, d.salary, d.salary_rank, d.payroll_so_far, d.hired_before
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashint4extended(n.id, 0), n.id) hashint4extended(n.id, 0) AS __pgt_row_id, n.id, n.dept, n.salary, n.salary_rank, n.payroll_so_far, n.hired_before, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashint4extended(n.id, 0), n.id, n.__pgt_w DESC
            )
            MERGE INTO public.salary_ranks AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.id = a.id
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET id = a.id, dept = a.dept, salary = a.salary, salary_rank = a.salary_rank, payroll_so_far = a.payroll_so_far, hired_before = a.hired_before
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (id, dept, salary, salary_rank, payroll_so_far, hired_before, __pgt_row_id) VALUES (a.id, a.dept, a.salary, a.salary_rank, a.payroll_so_far, a.hired_before, a.__pgt_row_id);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.salary_ranks') THEN
        DELETE FROM public.salary_ranks;
    ELSE
        TRUNCATE public.salary_ranks;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.employees')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.salary_ranks' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'salary_ranks'
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.salary_ranks (id, dept, salary, salary_rank, payroll_so_far, hired_before, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.dept, r.salary, r.salary_rank, r.payroll_so_far, r.hired_before, hashint4extended(r.id, 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, i.dept AS dept, i.salary AS salary, i.__pgt_win0 AS salary_rank, i.__pgt_win1 AS payroll_so_far, i.__pgt_win2 AS hired_before
            FROM (
            SELECT employees.id, employees.name, employees.manager, employees.dept, employees.salary, employees.bonus, employees.hired, rank() OVER (PARTITION BY employees.dept ORDER BY employees.salary DESC NULLS LAST) AS __pgt_win0, sum(employees.salary) OVER (PARTITION BY employees.dept ORDER BY employees.hired) AS __pgt_win1, lag(employees.name) OVER (PARTITION BY employees.dept ORDER BY employees.hired, employees.id) AS __pgt_win2
              FROM public.employees AS employees
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.salary_ranks', full => true);
ANALYZE public.salary_ranks;

-- ========================================================================
-- create stream table public.team_heads
-- ========================================================================
-- trickle: stream table public.team_heads
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   WITH RECURSIVE heads AS (SELECT t.top, e.name FROM team AS t JOIN employees AS e ON e.id = t.top), team(id, top) AS (SELECT id, id FROM employees WHERE manager IS NULL UNION ALL SELECT e.id, t.top FROM employees AS e JOIN team AS t ON e.manager = t.id) SELECT top, name, count(*) AS members FROM heads GROUP BY top, name
--
-- operator tree:
--   project __pgt_g0 AS top, __pgt_g1 AS name, __pgt_a0 AS members
--     aggregate count(*) group by top, name
--       project top, name
--         inner join on e_id = top
--           recursive WITH query team (recomputed when its tables change; its changes are its rows now minus as they were)
--             project id, id AS top
--               filter manager IS NULL
--                 scan public.employees
--             project e_id AS id, top
--               inner join on manager = t_id
--                 scan public.employees AS e
--                 values (0 rows)
--           scan public.employees AS e

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.team_heads WITH (fillfactor = 50) AS
  SELECT i.top AS top,
         i.name AS name,
         count(*) AS members,
         hash_record_extended(ROW(i.top, i.name), 0) AS __pgt_row_id,
         count(*) AS __pgt_count
    FROM (
      SELECT i.top AS top, i.name AS name
        FROM (
        SELECT __pgt_j1.id AS t_id, __pgt_j1.top AS top, e.id AS e_id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
          FROM (
          WITH RECURSIVE team(id, top) AS (
            SELECT id, id FROM public.employees AS employees WHERE manager IS NULL UNION ALL SELECT e.id, t.top FROM public.employees AS e JOIN team AS t ON e.manager = t.id
          )
          SELECT id, top FROM team
        ) AS __pgt_j1,
               public.employees AS e
         WHERE e.id = __pgt_j1.top
      ) AS i
    ) AS i
   GROUP BY i.top, i.name
  WITH NO DATA;
ALTER TABLE public.team_heads ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_cdcf7b800b5867e0 ON public.team_heads (__pgt_row_id);
COMMENT ON TABLE public.team_heads IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.team_heads'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'team_heads', 'public.team_heads', 'cdcf7b800b5867e0', 'WITH RECURSIVE heads AS (SELECT t.top, e.name FROM team AS t JOIN employees AS e ON e.id = t.top), team(id, top) AS (SELECT id, id FROM employees WHERE manager IS NULL UNION ALL SELECT e.id, t.top FROM employees AS e JOIN team AS t ON e.manager = t.id) SELECT top, name, count(*) AS members FROM heads GROUP BY top, name', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_cdcf7b800b5867e0', 34, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.team_heads';

-- Refresh function, called by pg_trickle.refresh('public.team_heads').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_cdcf7b800b5867e0(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_full_snapshot pg_snapshot;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.team_heads'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.team_heads';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'team_heads'
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- public.employees as it was before this refresh, for the recursive WITH query team
            __pgt_old AS (
              SELECT r.id, r.name, r.manager, r.dept, r.salary, r.bonus, r.hired
                FROM (SELECT u.id, u.name, u.manager, u.dept, u.salary, u.bonus, u.hired, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired FROM (
                          SELECT t.id, t.name, t.manager, t.dept, t.salary, t.bonus, t.hired FROM public.employees AS t
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.id, d.name, d.manager, d.dept, d.salary, d.bonus, d.hired FROM delta_employees AS d) AS u
                       GROUP BY u.id, u.name, u.manager, u.dept, u.salary, u.bonus, u.hired
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- recursive WITH query team: its rows now minus as they were, when one of its tables changed
            delta_recursive AS (
              SELECT u.id, u.top, sum(u.__pgt_w) AS __pgt_w
                FROM (SELECT 1 AS __pgt_w, r.id, r.top FROM (
                  WITH RECURSIVE team(id, top) AS (
                    SELECT id, id FROM public.employees AS employees WHERE manager IS NULL UNION ALL SELECT e.id, t.top FROM public.employees AS e JOIN team AS t ON e.manager = t.id
                  )
                  SELECT id, top FROM team
                ) AS r WHERE EXISTS (SELECT FROM delta_employees)
              UNION ALL
              SELECT -1, r.id, r.top FROM (
                  WITH RECURSIVE team(id, top) AS (
                    SELECT id, id FROM __pgt_old AS employees WHERE manager IS NULL UNION ALL SELECT e.id, t.top FROM __pgt_old AS e JOIN team AS t ON e.manager = t.id
                  )
                  SELECT id, top FROM team
                ) AS r WHERE EXISTS (SELECT FROM delta_employees)) AS u
               GROUP BY u.id, u.top
              HAVING sum(u.__pgt_w) <> 0
            ),
            -- inner join (bilinear): the sum of
            --     d(__pgt_j1) JOIN e
            --   + __pgt_j1' JOIN d(e)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT __pgt_j1.__pgt_w * e.__pgt_w AS __pgt_w, __pgt_j1.id AS t_id, __pgt_j1.top AS top, e.id AS e_id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                FROM delta_recursive AS __pgt_j1,
                     (
                SELECT 1 AS __pgt_w, id, name, manager, dept, salary, bonus, hired FROM public.employees
                UNION ALL
                SELECT -__pgt_w, id, name, manager, dept, salary, bonus, hired FROM delta_employees
              ) AS e
               WHERE e.id = __pgt_j1.top
              UNION ALL
              SELECT e.__pgt_w AS __pgt_w, __pgt_j1.id AS t_id, __pgt_j1.top AS top, e.id AS e_id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                FROM (
                WITH RECURSIVE team(id, top) AS (
                  SELECT id, id FROM public.employees AS employees WHERE manager IS NULL UNION ALL SELECT e.id, t.top FROM public.employees AS e JOIN team AS t ON e.manager = t.id
                )
                SELECT id, top FROM team
              ) AS __pgt_j1,
                     delta_employees AS e
               WHERE e.id = __pgt_j1.top
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.top AS top, d.name AS name
                FROM delta_join AS d
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.top AS __pgt_g0,
                     d.name AS __pgt_g1,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0
                FROM delta_project AS d
               GROUP BY d.top, d.name
            )
            MERGE INTO public.team_heads AS s
            USING __pgt_delta_groups AS g
               ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0, g.__pgt_g1), 0) AND s.top IS NOT DISTINCT FROM g.__pgt_g0 AND s.name = g.__pgt_g1
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          top = g.__pgt_g0,
                          name = g.__pgt_g1,
                          members = coalesce(s.members, 0) + g.__pgt_d_value_0,
                          __pgt_count = s.__pgt_count + g.__pgt_d_count
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT (top, name, members, __pgt_row_id, __pgt_count)
                          VALUES (g.__pgt_g0,
                                  g.__pgt_g1,
                                  g.__pgt_d_value_0,
                                  hash_record_extended(ROW(g.__pgt_g0, g.__pgt_g1), 0),
                                  g.__pgt_d_count);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.team_heads') THEN
        DELETE FROM public.team_heads;
    ELSE
        TRUNCATE public.team_heads;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.employees')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.team_heads' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_cdcf7b800b5867e0 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.top AS top,
                     i.name AS name,
                     count(*) AS members,
                     hash_record_extended(ROW(i.top, i.name), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count
                FROM (
                  SELECT i.top AS top, i.name AS name
                    FROM (
                    SELECT __pgt_j1.id AS t_id, __pgt_j1.top AS top, e.id AS e_id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                      FROM (
                      WITH RECURSIVE team(id, top) AS (
                        SELECT id, id FROM public.employees AS employees WHERE manager IS NULL UNION ALL SELECT e.id, t.top FROM public.employees AS e JOIN team AS t ON e.manager = t.id
                      )
                      SELECT id, top FROM team
                    ) AS __pgt_j1,
                           public.employees AS e
                     WHERE e.id = __pgt_j1.top
                  ) AS i
                ) AS i
               GROUP BY i.top, i.name
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_cdcf7b800b5867e0 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.employees', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'team_heads'
        ),
        __pgt_release_24b8ec7eddb0e27d AS (
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.team_heads (top, name, members, __pgt_row_id, __pgt_count)
        SELECT q.top, q.name, q.members, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_cdcf7b800b5867e0 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_cdcf7b800b5867e0;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'team_heads'
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.team_heads (top, name, members, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT i.top AS top,
             i.name AS name,
             count(*) AS members,
             hash_record_extended(ROW(i.top, i.name), 0) AS __pgt_row_id,
             count(*) AS __pgt_count
        FROM (
          SELECT i.top AS top, i.name AS name
            FROM (
            SELECT __pgt_j1.id AS t_id, __pgt_j1.top AS top, e.id AS e_id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
              FROM (
              WITH RECURSIVE team(id, top) AS (
                SELECT id, id FROM public.employees AS employees WHERE manager IS NULL UNION ALL SELECT e.id, t.top FROM public.employees AS e JOIN team AS t ON e.manager = t.id
              )
              SELECT id, top FROM team
            ) AS __pgt_j1,
                   public.employees AS e
             WHERE e.id = __pgt_j1.top
          ) AS i
        ) AS i
       GROUP BY i.top, i.name
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.team_heads', full => true);
ANALYZE public.team_heads;

-- ========================================================================
-- create stream table public.top_earners
-- ========================================================================
-- trickle: stream table public.top_earners
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT t.dept, t.name, t.salary FROM ( SELECT dept, name, salary, row_number() OVER (PARTITION BY dept ORDER BY salary DESC NULLS LAST, id) AS n FROM employees ) AS t WHERE t.n = 1
--
-- operator tree:
--   project dept, name, salary
--     filter n = 1
--       project dept, name, salary, __pgt_win0 AS n
--         window row_number() OVER (PARTITION BY dept ORDER BY salary DESC NULLS LAST, id)
--           scan public.employees

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.top_earners AS
  SELECT r.dept, r.name, r.salary, hash_record_extended(ROW(r.dept, r.name, r.salary), 0) AS __pgt_row_id
    FROM (
      SELECT i.dept AS dept, i.name AS name, i.salary AS salary
        FROM (
        SELECT i.dept, i.name, i.salary, i.n
          FROM (
          SELECT i.dept AS dept, i.name AS name, i.salary AS salary, i.__pgt_win0 AS n
            FROM (
            SELECT employees.id, employees.name, employees.manager, employees.dept, employees.salary, employees.bonus, employees.hired, row_number() OVER (PARTITION BY employees.dept ORDER BY employees.salary DESC NULLS LAST, employees.id) AS __pgt_win0
              FROM public.employees AS employees
          ) AS i
        ) AS i
         WHERE i.n = 1
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.top_earners ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_7317b7a989ccbd66 ON public.top_earners (__pgt_row_id);
COMMENT ON TABLE public.top_earners IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.top_earners'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'top_earners', 'public.top_earners', '7317b7a989ccbd66', 'SELECT t.dept, t.name, t.salary FROM ( SELECT dept, name, salary, row_number() OVER (PARTITION BY dept ORDER BY salary DESC NULLS LAST, id) AS n FROM employees ) AS t WHERE t.n = 1', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_7317b7a989ccbd66', 35, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.top_earners';

-- Refresh function, called by pg_trickle.refresh('public.top_earners').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text) stay those of the session that created the stream table, in which
-- its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_7317b7a989ccbd66(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_bound_24b8ec7eddb0e27d xid8;
    __pgt_small_24b8ec7eddb0e27d boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes AND r.stable_name <> 'public.top_earners'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_24b8ec7eddb0e27d, __pgt_small_24b8ec7eddb0e27d
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.top_earners';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_24b8ec7eddb0e27d'::regclass) > __pgt_full_ratio * pg_relation_size('public.employees'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.employees'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.employees', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'top_earners'
            ),
            -- delete the changes of public.employees that every reader has consumed
            __pgt_release_24b8ec7eddb0e27d AS (
              DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_employees AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- window: the partitions its input's changes touch
            __pgt_changed_groups AS (
              SELECT DISTINCT d.dept AS __pgt_p0
                FROM delta_employees AS d
            ),
            -- window: the touched partitions' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r.id, r.name, r.manager, r.dept, r.salary, r.bonus, r.hired
                FROM (SELECT u.id, u.name, u.manager, u.dept, u.salary, u.bonus, u.hired, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired FROM (
                          SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                            FROM public.employees AS c
                            JOIN __pgt_changed_groups AS k ON c.dept = k.__pgt_p0
                          UNION ALL
                          SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                            FROM public.employees AS c
                            JOIN __pgt_changed_groups AS k ON c.dept IS NULL AND k.__pgt_p0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.id, d.name, d.manager, d.dept, d.salary, d.bonus, d.hired FROM delta_employees AS d) AS u
                       GROUP BY u.id, u.name, u.manager, u.dept, u.salary, u.bonus, u.hired
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- window (recomputed per touched partition): each touched partition as it is now, minus as it was
            delta_window AS (
              SELECT 1 AS __pgt_w, i.id, i.name, i.manager, i.dept, i.salary, i.bonus, i.hired, row_number() OVER (PARTITION BY i.dept ORDER BY i.salary DESC NULLS LAST, i.id) AS __pgt_win0
                FROM (
                  SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                    FROM public.employees AS c
                    JOIN __pgt_changed_groups AS k ON c.dept = k.__pgt_p0
                  UNION ALL
                  SELECT c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
                    FROM public.employees AS c
                    JOIN __pgt_changed_groups AS k ON c.dept IS NULL AND k.__pgt_p0 IS NULL
                ) AS i
              UNION ALL
              SELECT -1, i.id, i.name, i.manager, i.dept, i.salary, i.bonus, i.hired, row_number() OVER (PARTITION BY i.dept ORDER BY i.salary DESC NULLS LAST, i.id) AS __pgt_win0
                FROM __pgt_group_rows_before AS i
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.dept AS dept, d.name AS name, d.salary AS salary, d.__pgt_win0 AS n
                FROM delta_window AS d
            ),
            -- filter (linear): changes of its input that satisfy n = 1
            delta_filter AS (
              SELECT d.__pgt_w, d.dept, d.name, d.salary, d.n
                FROM delta_project AS d
               WHERE d.n = 1
            ),
            -- project (linear): each changed row, projected
            delta_project_2 AS (
              SELECT d.__pgt_w, d.dept AS dept, d.name AS name, d.salary AS salary
                FROM delta_filter AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.dept, d.name, d.salary, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project_2 AS d
               GROUP BY d.dept, d.name, d.salary
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.top_earners AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.top_earners AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.dept, n.name, n.salary), 0) AND t.dept IS NOT DISTINCT FROM n.dept AND t.name = n.name AND t.salary IS NOT DISTINCT FROM n.salary
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.top_earners (dept, name, salary, __pgt_row_id)
            SELECT n.dept, n.name, n.salary, hash_record_extended(ROW(n.dept, n.name, n.salary), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.employees') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.top_earners') THEN
        DELETE FROM public.top_earners;
    ELSE
        TRUNCATE public.top_earners;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.employees')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.top_earners' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.employees', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'top_earners'
    ),
    __pgt_release_24b8ec7eddb0e27d AS (
        DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
         WHERE __pgt_small_24b8ec7eddb0e27d AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.employees' AND c.__pgt_xid < least(__pgt_bound_24b8ec7eddb0e27d, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.top_earners (dept, name, salary, __pgt_row_id)
    SELECT * FROM (
      SELECT r.dept, r.name, r.salary, hash_record_extended(ROW(r.dept, r.name, r.salary), 0) AS __pgt_row_id
        FROM (
          SELECT i.dept AS dept, i.name AS name, i.salary AS salary
            FROM (
            SELECT i.dept, i.name, i.salary, i.n
              FROM (
              SELECT i.dept AS dept, i.name AS name, i.salary AS salary, i.__pgt_win0 AS n
                FROM (
                SELECT employees.id, employees.name, employees.manager, employees.dept, employees.salary, employees.bonus, employees.hired, row_number() OVER (PARTITION BY employees.dept ORDER BY employees.salary DESC NULLS LAST, employees.id) AS __pgt_win0
                  FROM public.employees AS employees
              ) AS i
            ) AS i
             WHERE i.n = 1
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.top_earners', full => true);
ANALYZE public.top_earners;

-- ========================================================================
-- refresh order (dependencies first)
-- ========================================================================
UPDATE pg_trickle.pgt_stream_tables
   SET refresh_order = CASE stable_name
                         WHEN 'public.big_events' THEN 0
                         WHEN 'public.busy_buildings' THEN 1
                         WHEN 'public.by_year' THEN 2
                         WHEN 'public.dept_buildings' THEN 3
                         WHEN 'public.dept_documents' THEN 4
                         WHEN 'public.dept_event_kinds' THEN 5
                         WHEN 'public.dept_event_points' THEN 6
                         WHEN 'public.dept_headcount' THEN 7
                         WHEN 'public.dept_names' THEN 8
                         WHEN 'public.dept_newest_hire' THEN 9
                         WHEN 'public.dept_people' THEN 10
                         WHEN 'public.dept_salaries' THEN 11
                         WHEN 'public.dept_stats' THEN 12
                         WHEN 'public.employee_buildings' THEN 13
                         WHEN 'public.employee_event_totals' THEN 14
                         WHEN 'public.event_cube' THEN 15
                         WHEN 'public.event_kind_labels' THEN 16
                         WHEN 'public.event_kinds' THEN 17
                         WHEN 'public.event_managers' THEN 18
                         WHEN 'public.event_owners' THEN 19
                         WHEN 'public.event_scores' THEN 20
                         WHEN 'public.event_shares' THEN 21
                         WHEN 'public.event_totals' THEN 22
                         WHEN 'public.first_hires' THEN 23
                         WHEN 'public.grid' THEN 24
                         WHEN 'public.kinds_of_managers' THEN 25
                         WHEN 'public.managers' THEN 26
                         WHEN 'public.payroll_rollup' THEN 27
                         WHEN 'public.points_by_employee' THEN 28
                         WHEN 'public.quiet_depts' THEN 29
                         WHEN 'public.reporting_lines' THEN 30
                         WHEN 'public.reports' THEN 31
                         WHEN 'public.salary_bands' THEN 32
                         WHEN 'public.salary_ranks' THEN 33
                         WHEN 'public.team_heads' THEN 34
                         WHEN 'public.top_earners' THEN 35
                         ELSE refresh_order END
 WHERE stable_name IN ('public.big_events', 'public.busy_buildings', 'public.by_year', 'public.dept_buildings', 'public.dept_documents', 'public.dept_event_kinds', 'public.dept_event_points', 'public.dept_headcount', 'public.dept_names', 'public.dept_newest_hire', 'public.dept_people', 'public.dept_salaries', 'public.dept_stats', 'public.employee_buildings', 'public.employee_event_totals', 'public.event_cube', 'public.event_kind_labels', 'public.event_kinds', 'public.event_managers', 'public.event_owners', 'public.event_scores', 'public.event_shares', 'public.event_totals', 'public.first_hires', 'public.grid', 'public.kinds_of_managers', 'public.managers', 'public.payroll_rollup', 'public.points_by_employee', 'public.quiet_depts', 'public.reporting_lines', 'public.reports', 'public.salary_bands', 'public.salary_ranks', 'public.team_heads', 'public.top_earners');

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

CALL pg_trickle.end_migration('features', 1, 'initial');

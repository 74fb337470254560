-- trickle migration 0001_initial of project names_and_types
--
-- Changes:
--   create the pg_trickle catalog (if missing)
--   create stream table Sales Data.Order Groups
--   create stream table public.all_bodies
--   create stream table public.bodies_by_kind
--   create stream table public.busy_kinds
--   create stream table public.by_nums
--   create stream table public.cast_feelings
--   create stream table public.chosen_feelings
--   create stream table public.cost_counts
--   create stream table public.counts
--   create stream table public.distinct_flags
--   create stream table public.doc_bodies
--   create stream table public.doc_log_joined
--   create stream table public.doc_log_open
--   create stream table public.glad_ranks
--   create stream table public.group_scores
--   create stream table public.group_totals
--   create stream table public.happy_or_not
--   create stream table public.idle_users
--   create stream table public.latest_feelings
--   create stream table public.line values
--   create stream table public.log_levels
--   create stream table public.m_by_k
--   create stream table public.m_float_totals
--   create stream table public.m_join_n
--   create stream table public.m_left_n
--   create stream table public.m_scalar
--   create stream table public.mood_rows
--   create stream table public.mood_totals
--   create stream table public.n_all
--   create stream table public.n_distinct
--   create stream table public.n_in_m
--   create stream table public.n_not_in_m
--   create stream table public.n_sum_sub
--   create stream table public.note_fields
--   create stream table public.numeric_totals
--   create stream table public.numeric_totals_min
--   create stream table public.order_lines_left
--   create stream table public.order_tag_list
--   create stream table public.order_tag_or_none
--   create stream table public.order_tags
--   create stream table public.orders_with_big_lines
--   create stream table public.tag_use
--   create stream table public.users_without_orders
--   create stream table public.was_keyed_rows
--   create stream table public.was_keyed_sums
--   capture changes of Sales Data.Order
--   capture changes of Sales Data.users
--   capture changes of public.doc_log
--   capture changes of public.docs
--   capture changes of public.moods
--   capture changes of public.lines
--   capture changes of public.logs
--   capture changes of public.m
--   capture changes of public.n
--   capture changes of public.totals_src
--   capture changes of public.was_keyed
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
        CONTINUE WHEN consumed_by_all IS NULL OR unready;
        EXECUTE pg_catalog.format('DELETE FROM %I.%I AS c WHERE %s', t.buffer_schema, t.buffer_table, consumed_by_all);
        EXECUTE pg_catalog.format('DELETE FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name = $1 AND %s', consumed_by_all)
          USING t.source_stable_name;
    END LOOP;
END
$pgt$;

CALL pg_trickle.begin_migration('names_and_types', 1, 'initial');

-- ========================================================================
-- capture changes of Sales Data.Order
-- ========================================================================
-- trickle: change capture for Sales Data.Order (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_5042d2c2a1e35a2b: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_5042d2c2a1e35a2b AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s."Id", s."user", s."select", s.amount, s.tags, s.placed, s.note
  FROM "Sales Data"."Order" AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_5042d2c2a1e35a2b
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_5042d2c2a1e35a2b IS 'trickle: changes of Sales Data.Order';
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('Sales Data.Order')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_5042d2c2a1e35a2b() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_5042d2c2a1e35a2b (__pgt_action, "Id", "user", "select", amount, tags, placed, note)
        SELECT 'I', n."Id", n."user", n."select", n.amount, n.tags, n.placed, n.note FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_5042d2c2a1e35a2b (__pgt_action, "Id", "user", "select", amount, tags, placed, note)
        SELECT 'D', o."Id", o."user", o."select", o.amount, o.tags, o.placed, o.note FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n."Id", n."user", n."select", n.amount, n.tags, n.placed, n.note FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_5042d2c2a1e35a2b (__pgt_action, "Id", "user", "select", amount, tags, placed, note)
        SELECT 'D', o."Id", o."user", o."select", o.amount, o.tags, o.placed, o.note FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('Sales Data.Order');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_5042d2c2a1e35a2b AFTER INSERT ON "Sales Data"."Order"
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_5042d2c2a1e35a2b();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_5042d2c2a1e35a2b AFTER UPDATE ON "Sales Data"."Order"
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_5042d2c2a1e35a2b();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_5042d2c2a1e35a2b AFTER DELETE ON "Sales Data"."Order"
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_5042d2c2a1e35a2b();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_5042d2c2a1e35a2b AFTER TRUNCATE ON "Sales Data"."Order"
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_5042d2c2a1e35a2b();

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('Sales Data.Order', 'Sales Data', 'Order', '5042d2c2a1e35a2b', 'pg_trickle_changes', 'changes_5042d2c2a1e35a2b', 'pg_trickle_cdc_fn_5042d2c2a1e35a2b', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of Sales Data.users
-- ========================================================================
-- trickle: change capture for Sales Data.users (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_a70a373162adfbb7: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_a70a373162adfbb7 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s."user", s."Group", s.score
  FROM "Sales Data".users AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_a70a373162adfbb7
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_a70a373162adfbb7 IS 'trickle: changes of Sales Data.users';
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('Sales Data.users')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_a70a373162adfbb7() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_a70a373162adfbb7 (__pgt_action, "user", "Group", score)
        SELECT 'I', n."user", n."Group", n.score FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_a70a373162adfbb7 (__pgt_action, "user", "Group", score)
        SELECT 'D', o."user", o."Group", o.score FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n."user", n."Group", n.score FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_a70a373162adfbb7 (__pgt_action, "user", "Group", score)
        SELECT 'D', o."user", o."Group", o.score FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('Sales Data.users');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_a70a373162adfbb7 AFTER INSERT ON "Sales Data".users
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_a70a373162adfbb7();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_a70a373162adfbb7 AFTER UPDATE ON "Sales Data".users
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_a70a373162adfbb7();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_a70a373162adfbb7 AFTER DELETE ON "Sales Data".users
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_a70a373162adfbb7();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_a70a373162adfbb7 AFTER TRUNCATE ON "Sales Data".users
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_a70a373162adfbb7();

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('Sales Data.users', 'Sales Data', 'users', 'a70a373162adfbb7', 'pg_trickle_changes', 'changes_a70a373162adfbb7', 'pg_trickle_cdc_fn_a70a373162adfbb7', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of public.doc_log
-- ========================================================================
-- trickle: change capture for public.doc_log (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_8e4e46a684f0235b: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_8e4e46a684f0235b AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.kind, s.body, s.at
  FROM public.doc_log AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_8e4e46a684f0235b
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_8e4e46a684f0235b IS 'trickle: changes of public.doc_log';
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.doc_log')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_8e4e46a684f0235b() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_8e4e46a684f0235b (__pgt_action, kind, body, at)
        SELECT 'I', n.kind, n.body, n.at FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_8e4e46a684f0235b (__pgt_action, kind, body, at)
        SELECT 'D', o.kind, o.body, o.at FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.kind, n.body, n.at FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_8e4e46a684f0235b (__pgt_action, kind, body, at)
        SELECT 'D', o.kind, o.body, o.at FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.doc_log');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_8e4e46a684f0235b AFTER INSERT ON public.doc_log
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_8e4e46a684f0235b();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_8e4e46a684f0235b AFTER UPDATE ON public.doc_log
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_8e4e46a684f0235b();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_8e4e46a684f0235b AFTER DELETE ON public.doc_log
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_8e4e46a684f0235b();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_8e4e46a684f0235b AFTER TRUNCATE ON public.doc_log
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_8e4e46a684f0235b();

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.doc_log', 'public', 'doc_log', '8e4e46a684f0235b', 'pg_trickle_changes', 'changes_8e4e46a684f0235b', 'pg_trickle_cdc_fn_8e4e46a684f0235b', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of public.docs
-- ========================================================================
-- trickle: change capture for public.docs (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_ca3bab675114cc69: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_ca3bab675114cc69 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.id, s.body, s.shape, s.meta, s.hist
  FROM public.docs AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_ca3bab675114cc69
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_ca3bab675114cc69 IS 'trickle: changes of public.docs';
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.docs')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_ca3bab675114cc69() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_ca3bab675114cc69 (__pgt_action, id, body, shape, meta, hist)
        SELECT 'I', n.id, n.body, n.shape, n.meta, n.hist FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_ca3bab675114cc69 (__pgt_action, id, body, shape, meta, hist)
        SELECT 'D', o.id, o.body, o.shape, o.meta, o.hist FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.id, n.body, n.shape, n.meta, n.hist FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_ca3bab675114cc69 (__pgt_action, id, body, shape, meta, hist)
        SELECT 'D', o.id, o.body, o.shape, o.meta, o.hist FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.docs');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_ca3bab675114cc69 AFTER INSERT ON public.docs
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_ca3bab675114cc69();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_ca3bab675114cc69 AFTER UPDATE ON public.docs
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_ca3bab675114cc69();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_ca3bab675114cc69 AFTER DELETE ON public.docs
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_ca3bab675114cc69();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_ca3bab675114cc69 AFTER TRUNCATE ON public.docs
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_ca3bab675114cc69();

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.docs', 'public', 'docs', 'ca3bab675114cc69', 'pg_trickle_changes', 'changes_ca3bab675114cc69', 'pg_trickle_cdc_fn_ca3bab675114cc69', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of public.lines
-- ========================================================================
-- trickle: change capture for public.lines (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_252127c9fb266884: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_252127c9fb266884 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.order_id, s."line no", s.qty, s.price
  FROM public.lines AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_252127c9fb266884
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_252127c9fb266884 IS 'trickle: changes of public.lines';
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.lines')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_252127c9fb266884() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_252127c9fb266884 (__pgt_action, order_id, "line no", qty, price)
        SELECT 'I', n.order_id, n."line no", n.qty, n.price FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_252127c9fb266884 (__pgt_action, order_id, "line no", qty, price)
        SELECT 'D', o.order_id, o."line no", o.qty, o.price FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.order_id, n."line no", n.qty, n.price FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_252127c9fb266884 (__pgt_action, order_id, "line no", qty, price)
        SELECT 'D', o.order_id, o."line no", o.qty, o.price FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.lines');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_252127c9fb266884 AFTER INSERT ON public.lines
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_252127c9fb266884();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_252127c9fb266884 AFTER UPDATE ON public.lines
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_252127c9fb266884();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_252127c9fb266884 AFTER DELETE ON public.lines
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_252127c9fb266884();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_252127c9fb266884 AFTER TRUNCATE ON public.lines
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_252127c9fb266884();

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.lines', 'public', 'lines', '252127c9fb266884', 'pg_trickle_changes', 'changes_252127c9fb266884', 'pg_trickle_cdc_fn_252127c9fb266884', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of public.logs
-- ========================================================================
-- trickle: change capture for public.logs (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_27451dc6791119ec: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_27451dc6791119ec AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.msg, s.level
  FROM public.logs AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_27451dc6791119ec
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_27451dc6791119ec IS 'trickle: changes of public.logs';
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.logs')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_27451dc6791119ec() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_27451dc6791119ec (__pgt_action, msg, level)
        SELECT 'I', n.msg, n.level FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_27451dc6791119ec (__pgt_action, msg, level)
        SELECT 'D', o.msg, o.level FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.msg, n.level FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_27451dc6791119ec (__pgt_action, msg, level)
        SELECT 'D', o.msg, o.level FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.logs');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_27451dc6791119ec AFTER INSERT ON public.logs
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_27451dc6791119ec();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_27451dc6791119ec AFTER UPDATE ON public.logs
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_27451dc6791119ec();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_27451dc6791119ec AFTER DELETE ON public.logs
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_27451dc6791119ec();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_27451dc6791119ec AFTER TRUNCATE ON public.logs
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_27451dc6791119ec();

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.logs', 'public', 'logs', '27451dc6791119ec', 'pg_trickle_changes', 'changes_27451dc6791119ec', 'pg_trickle_cdc_fn_27451dc6791119ec', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of public.m
-- ========================================================================
-- trickle: change capture for public.m (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_af011ea2b9493b6b: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_af011ea2b9493b6b AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.id, s.k, s.d, s.ts, s.iv, s.mo, s.f, s.b, s.u, s.big, s.sm
  FROM public.m AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_af011ea2b9493b6b
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_af011ea2b9493b6b IS 'trickle: changes of public.m';
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.m')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_af011ea2b9493b6b() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_af011ea2b9493b6b (__pgt_action, id, k, d, ts, iv, mo, f, b, u, big, sm)
        SELECT 'I', n.id, n.k, n.d, n.ts, n.iv, n.mo, n.f, n.b, n.u, n.big, n.sm FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_af011ea2b9493b6b (__pgt_action, id, k, d, ts, iv, mo, f, b, u, big, sm)
        SELECT 'D', o.id, o.k, o.d, o.ts, o.iv, o.mo, o.f, o.b, o.u, o.big, o.sm FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.id, n.k, n.d, n.ts, n.iv, n.mo, n.f, n.b, n.u, n.big, n.sm FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_af011ea2b9493b6b (__pgt_action, id, k, d, ts, iv, mo, f, b, u, big, sm)
        SELECT 'D', o.id, o.k, o.d, o.ts, o.iv, o.mo, o.f, o.b, o.u, o.big, o.sm FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.m');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_af011ea2b9493b6b AFTER INSERT ON public.m
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_af011ea2b9493b6b();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_af011ea2b9493b6b AFTER UPDATE ON public.m
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_af011ea2b9493b6b();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_af011ea2b9493b6b AFTER DELETE ON public.m
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_af011ea2b9493b6b();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_af011ea2b9493b6b AFTER TRUNCATE ON public.m
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_af011ea2b9493b6b();

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.m', 'public', 'm', 'af011ea2b9493b6b', 'pg_trickle_changes', 'changes_af011ea2b9493b6b', 'pg_trickle_cdc_fn_af011ea2b9493b6b', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of public.moods
-- ========================================================================
-- trickle: change capture for public.moods (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_aad560892c6e72da: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_aad560892c6e72da AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.id, s.feeling, s.cost, s.flags, s.words, s.feelings, s.tag, s.nums
  FROM public.moods AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_aad560892c6e72da
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_aad560892c6e72da IS 'trickle: changes of public.moods';
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.moods')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_aad560892c6e72da() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_aad560892c6e72da (__pgt_action, id, feeling, cost, flags, words, feelings, tag, nums)
        SELECT 'I', n.id, n.feeling, n.cost, n.flags, n.words, n.feelings, n.tag, n.nums FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_aad560892c6e72da (__pgt_action, id, feeling, cost, flags, words, feelings, tag, nums)
        SELECT 'D', o.id, o.feeling, o.cost, o.flags, o.words, o.feelings, o.tag, o.nums FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.id, n.feeling, n.cost, n.flags, n.words, n.feelings, n.tag, n.nums FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_aad560892c6e72da (__pgt_action, id, feeling, cost, flags, words, feelings, tag, nums)
        SELECT 'D', o.id, o.feeling, o.cost, o.flags, o.words, o.feelings, o.tag, o.nums FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.moods');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_aad560892c6e72da AFTER INSERT ON public.moods
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_aad560892c6e72da();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_aad560892c6e72da AFTER UPDATE ON public.moods
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_aad560892c6e72da();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_aad560892c6e72da AFTER DELETE ON public.moods
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_aad560892c6e72da();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_aad560892c6e72da AFTER TRUNCATE ON public.moods
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_aad560892c6e72da();

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.moods', 'public', 'moods', 'aad560892c6e72da', 'pg_trickle_changes', 'changes_aad560892c6e72da', 'pg_trickle_cdc_fn_aad560892c6e72da', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of public.n
-- ========================================================================
-- trickle: change capture for public.n (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_783f7d6aa8965746: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_783f7d6aa8965746 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.k, s.v
  FROM public.n AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_783f7d6aa8965746
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_783f7d6aa8965746 IS 'trickle: changes of public.n';
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.n')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_783f7d6aa8965746() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_783f7d6aa8965746 (__pgt_action, k, v)
        SELECT 'I', n.k, n.v FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_783f7d6aa8965746 (__pgt_action, k, v)
        SELECT 'D', o.k, o.v FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.k, n.v FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_783f7d6aa8965746 (__pgt_action, k, v)
        SELECT 'D', o.k, o.v FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.n');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_783f7d6aa8965746 AFTER INSERT ON public.n
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_783f7d6aa8965746();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_783f7d6aa8965746 AFTER UPDATE ON public.n
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_783f7d6aa8965746();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_783f7d6aa8965746 AFTER DELETE ON public.n
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_783f7d6aa8965746();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_783f7d6aa8965746 AFTER TRUNCATE ON public.n
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_783f7d6aa8965746();

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.n', 'public', 'n', '783f7d6aa8965746', 'pg_trickle_changes', 'changes_783f7d6aa8965746', 'pg_trickle_cdc_fn_783f7d6aa8965746', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of public.totals_src
-- ========================================================================
-- trickle: change capture for public.totals_src (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_7d61d200cafcab40: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_7d61d200cafcab40 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.id, s.k, s.x, s.iv
  FROM public.totals_src AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_7d61d200cafcab40
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_7d61d200cafcab40 IS 'trickle: changes of public.totals_src';
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.totals_src')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7d61d200cafcab40() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_7d61d200cafcab40 (__pgt_action, id, k, x, iv)
        SELECT 'I', n.id, n.k, n.x, n.iv FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_7d61d200cafcab40 (__pgt_action, id, k, x, iv)
        SELECT 'D', o.id, o.k, o.x, o.iv FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.id, n.k, n.x, n.iv FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_7d61d200cafcab40 (__pgt_action, id, k, x, iv)
        SELECT 'D', o.id, o.k, o.x, o.iv FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.totals_src');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_7d61d200cafcab40 AFTER INSERT ON public.totals_src
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7d61d200cafcab40();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_7d61d200cafcab40 AFTER UPDATE ON public.totals_src
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7d61d200cafcab40();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_7d61d200cafcab40 AFTER DELETE ON public.totals_src
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7d61d200cafcab40();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_7d61d200cafcab40 AFTER TRUNCATE ON public.totals_src
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7d61d200cafcab40();

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.totals_src', 'public', 'totals_src', '7d61d200cafcab40', 'pg_trickle_changes', 'changes_7d61d200cafcab40', 'pg_trickle_cdc_fn_7d61d200cafcab40', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of public.was_keyed
-- ========================================================================
-- trickle: change capture for public.was_keyed (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_cfc28627ccfca0b9: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_cfc28627ccfca0b9 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.id, s.v
  FROM public.was_keyed AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_cfc28627ccfca0b9
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_cfc28627ccfca0b9 IS 'trickle: changes of public.was_keyed';
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.was_keyed')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_cfc28627ccfca0b9() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_cfc28627ccfca0b9 (__pgt_action, id, v)
        SELECT 'I', n.id, n.v FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_cfc28627ccfca0b9 (__pgt_action, id, v)
        SELECT 'D', o.id, o.v FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.id, n.v FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_cfc28627ccfca0b9 (__pgt_action, id, v)
        SELECT 'D', o.id, o.v FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.was_keyed');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_cfc28627ccfca0b9 AFTER INSERT ON public.was_keyed
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_cfc28627ccfca0b9();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_cfc28627ccfca0b9 AFTER UPDATE ON public.was_keyed
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_cfc28627ccfca0b9();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_cfc28627ccfca0b9 AFTER DELETE ON public.was_keyed
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_cfc28627ccfca0b9();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_cfc28627ccfca0b9 AFTER TRUNCATE ON public.was_keyed
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_cfc28627ccfca0b9();

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.was_keyed', 'public', 'was_keyed', 'cfc28627ccfca0b9', 'pg_trickle_changes', 'changes_cfc28627ccfca0b9', 'pg_trickle_cdc_fn_cfc28627ccfca0b9', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- create stream table Sales Data.Order Groups
-- ========================================================================
-- trickle: stream table Sales Data.Order Groups
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT o."Id", o."select", (SELECT u."Group" FROM "Sales Data".users AS u WHERE u."user" = o."user") AS grp, (SELECT u.score * 2 FROM "Sales Data".users AS u WHERE u."user" = o."user") AS twice FROM "Sales Data"."Order" AS o
--
-- operator tree:
--   project "Id" AS Id, "select" AS select, "__pgt_sub1_Group" AS grp, CASE WHEN __pgt_sub2_user IS NOT NULL THEN __pgt_sub2_score * 2 END AS twice
--     left outer join on __pgt_sub2_user = "user"
--       left outer join on __pgt_sub1_user = "user"
--         scan Sales Data.Order AS o
--         scan Sales Data.users AS u
--       scan Sales Data.users AS u

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE "Sales Data"."Order Groups" AS
  SELECT r."Id", r."select", r.grp, r.twice, hashint8extended(r."Id", 0) AS __pgt_row_id
    FROM (
      SELECT i."Id" AS "Id", i."select" AS "select", i."__pgt_sub1_Group" AS grp, CASE WHEN i.__pgt_sub2_user IS NOT NULL THEN i.__pgt_sub2_score * 2 END AS twice
        FROM (
        SELECT __pgt_l."Id" AS "Id", __pgt_l."user" AS "user", __pgt_l."select" AS "select", __pgt_l.amount AS amount, __pgt_l.tags AS tags, __pgt_l.placed AS placed, __pgt_l.note AS note, __pgt_l.__pgt_sub1_user AS __pgt_sub1_user, __pgt_l."__pgt_sub1_Group" AS "__pgt_sub1_Group", __pgt_l.__pgt_sub1_score AS __pgt_sub1_score, u."user" AS __pgt_sub2_user, u."Group" AS "__pgt_sub2_Group", u.score AS __pgt_sub2_score
          FROM (
          SELECT o."Id" AS "Id", o."user" AS "user", o."select" AS "select", o.amount AS amount, o.tags AS tags, o.placed AS placed, o.note AS note, u."user" AS __pgt_sub1_user, u."Group" AS "__pgt_sub1_Group", u.score AS __pgt_sub1_score
            FROM "Sales Data"."Order" AS o
            LEFT JOIN "Sales Data".users AS u ON u."user" = o."user"
        ) AS __pgt_l
          LEFT JOIN "Sales Data".users AS u ON u."user" = __pgt_l."user"
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE "Sales Data"."Order Groups" ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_bcdb11effe5b5449 ON "Sales Data"."Order Groups" (__pgt_row_id);
COMMENT ON TABLE "Sales Data"."Order Groups" IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''"Sales Data"."Order Groups"'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('Sales Data', 'Order Groups', 'Sales Data.Order Groups', 'bcdb11effe5b5449', 'SELECT o."Id", o."select", (SELECT u."Group" FROM "Sales Data".users AS u WHERE u."user" = o."user") AS grp, (SELECT u.score * 2 FROM "Sales Data".users AS u WHERE u."user" = o."user") AS twice FROM "Sales Data"."Order" AS o', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_bcdb11effe5b5449', 0, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'Sales Data.Order Groups';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales Data.Order', 'TABLE', true, ARRAY['Id', 'user', 'select', 'amount', 'tags', 'placed', 'note']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'Sales Data.Order Groups';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales Data.users', 'TABLE', true, ARRAY['user', 'Group', 'score']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'Sales Data.Order Groups';

-- Refresh function, called by pg_trickle.refresh('"Sales Data"."Order Groups"').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_bcdb11effe5b5449(p_full boolean) RETURNS text
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
    __pgt_bound_5042d2c2a1e35a2b xid8;
    __pgt_small_5042d2c2a1e35a2b boolean;
    __pgt_bound_a70a373162adfbb7 xid8;
    __pgt_small_a70a373162adfbb7 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales Data.Order' AND d.consumes_changes AND r.stable_name <> 'Sales Data.Order Groups'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_5042d2c2a1e35a2b'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales Data.users' AND d.consumes_changes AND r.stable_name <> 'Sales Data.Order Groups'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_a70a373162adfbb7'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_5042d2c2a1e35a2b, __pgt_small_5042d2c2a1e35a2b, __pgt_bound_a70a373162adfbb7, __pgt_small_a70a373162adfbb7
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'Sales Data.Order Groups';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.Order', 'Sales Data.users') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
             WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
             WHERE __pgt_small_a70a373162adfbb7 AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_5042d2c2a1e35a2b'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales Data"."Order"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales Data"."Order"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales Data.Order', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_a70a373162adfbb7'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales Data".users'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales Data".users'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales Data.users', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('Sales Data.Order', pg_current_snapshot()::text, 'Sales Data.users', pg_current_snapshot()::text)
               WHERE pgt_schema = 'Sales Data' AND pgt_name = 'Order Groups'
            ),
            -- delete the changes of Sales Data.Order that every reader has consumed
            __pgt_release_5042d2c2a1e35a2b AS (
              DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
               WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of Sales Data.users that every reader has consumed
            __pgt_release_a70a373162adfbb7 AS (
              DELETE FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
               WHERE __pgt_small_a70a373162adfbb7 AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan Sales Data.Order: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_order AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."Id", c."user", c."select", c.amount, c.tags, c.placed, c.note
                FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan Sales Data.users: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_users AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."user", c."Group", c.score
                FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, "Id", "user", "select", amount, tags, placed, note FROM "Sales Data"."Order"
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c."Id", c."user", c."select", c.amount, c.tags, c.placed, c.note FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_users AS __pgt_x WHERE __pgt_x."user" = __pgt_p."user")
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x."user", sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_users AS __pgt_x
               GROUP BY __pgt_x."user"
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT o.__pgt_w * u.__pgt_w AS __pgt_w, o."Id" AS "Id", o."user" AS "user", o."select" AS "select", o.amount AS amount, o.tags AS tags, o.placed AS placed, o.note AS note, u."user" AS __pgt_sub1_user, u."Group" AS "__pgt_sub1_Group", u.score AS __pgt_sub1_score
                FROM delta_order AS o,
                     (
                SELECT 1 AS __pgt_w, "user", "Group", score FROM "Sales Data".users
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c."user", c."Group", c.score FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS u
               WHERE u."user" = o."user"
              UNION ALL
              SELECT u.__pgt_w AS __pgt_w, o."Id" AS "Id", o."user" AS "user", o."select" AS "select", o.amount AS amount, o.tags AS tags, o.placed AS placed, o.note AS note, u."user" AS __pgt_sub1_user, u."Group" AS "__pgt_sub1_Group", u.score AS __pgt_sub1_score
                FROM "Sales Data"."Order" AS o,
                     delta_users AS u
               WHERE u."user" = o."user"
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p."Id" AS "Id", __pgt_p."user" AS "user", __pgt_p."select" AS "select", __pgt_p.amount AS amount, __pgt_p.tags AS tags, __pgt_p.placed AS placed, __pgt_p.note AS note, __pgt_pad."user" AS __pgt_sub1_user, __pgt_pad."Group" AS "__pgt_sub1_Group", __pgt_pad.score AS __pgt_sub1_score
                FROM delta_order AS __pgt_p
                LEFT JOIN "Sales Data".users AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM "Sales Data".users AS __pgt_x WHERE __pgt_x."user" = __pgt_p."user")
              UNION ALL
              -- -w: the row gained its first match
              SELECT __pgt_p.__pgt_w * -1 AS __pgt_w, __pgt_p."Id" AS "Id", __pgt_p."user" AS "user", __pgt_p."select" AS "select", __pgt_p.amount AS amount, __pgt_p.tags AS tags, __pgt_p.placed AS placed, __pgt_p.note AS note, __pgt_pad."user" AS __pgt_sub1_user, __pgt_pad."Group" AS "__pgt_sub1_Group", __pgt_pad.score AS __pgt_sub1_score
                FROM __pgt_candidates AS __pgt_p
                LEFT JOIN "Sales Data".users AS __pgt_pad ON false
               WHERE EXISTS (SELECT FROM "Sales Data".users AS __pgt_x WHERE __pgt_x."user" = __pgt_p."user")
                 AND NOT EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x."user" = __pgt_p."user")
                 AND NOT EXISTS (SELECT FROM "Sales Data".users AS __pgt_x
                              WHERE __pgt_x."user" = __pgt_p."user"
                                AND __pgt_x."user" NOT IN (SELECT n."user" FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
              UNION ALL
              -- +w: the row lost its last match
              SELECT __pgt_p.__pgt_w AS __pgt_w, __pgt_p."Id" AS "Id", __pgt_p."user" AS "user", __pgt_p."select" AS "select", __pgt_p.amount AS amount, __pgt_p.tags AS tags, __pgt_p.placed AS placed, __pgt_p.note AS note, __pgt_pad."user" AS __pgt_sub1_user, __pgt_pad."Group" AS "__pgt_sub1_Group", __pgt_pad.score AS __pgt_sub1_score
                FROM __pgt_candidates AS __pgt_p
                LEFT JOIN "Sales Data".users AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM "Sales Data".users AS __pgt_x WHERE __pgt_x."user" = __pgt_p."user")
                 AND EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x."user" = __pgt_p."user")
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates_2 AS (
              SELECT __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, "Id", "user", "select", amount, tags, placed, note, __pgt_sub1_user, "__pgt_sub1_Group", __pgt_sub1_score FROM (
                  SELECT o."Id" AS "Id", o."user" AS "user", o."select" AS "select", o.amount AS amount, o.tags AS tags, o.placed AS placed, o.note AS note, u."user" AS __pgt_sub1_user, u."Group" AS "__pgt_sub1_Group", u.score AS __pgt_sub1_score
                    FROM "Sales Data"."Order" AS o
                    LEFT JOIN "Sales Data".users AS u ON u."user" = o."user"
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, "Id", "user", "select", amount, tags, placed, note, __pgt_sub1_user, "__pgt_sub1_Group", __pgt_sub1_score FROM delta_outer_join
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_users AS __pgt_x WHERE __pgt_x."user" = __pgt_p."user")
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net_2 AS (
              SELECT __pgt_x."user", sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_users AS __pgt_x
               GROUP BY __pgt_x."user"
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join_2 AS (
              SELECT __pgt_j1.__pgt_w * u.__pgt_w AS __pgt_w, __pgt_j1."Id" AS "Id", __pgt_j1."user" AS "user", __pgt_j1."select" AS "select", __pgt_j1.amount AS amount, __pgt_j1.tags AS tags, __pgt_j1.placed AS placed, __pgt_j1.note AS note, __pgt_j1.__pgt_sub1_user AS __pgt_sub1_user, __pgt_j1."__pgt_sub1_Group" AS "__pgt_sub1_Group", __pgt_j1.__pgt_sub1_score AS __pgt_sub1_score, u."user" AS __pgt_sub2_user, u."Group" AS "__pgt_sub2_Group", u.score AS __pgt_sub2_score
                FROM delta_outer_join AS __pgt_j1,
                     (
                SELECT 1 AS __pgt_w, "user", "Group", score FROM "Sales Data".users
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c."user", c."Group", c.score FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS u
               WHERE u."user" = __pgt_j1."user"
              UNION ALL
              SELECT u.__pgt_w AS __pgt_w, __pgt_j1."Id" AS "Id", __pgt_j1."user" AS "user", __pgt_j1."select" AS "select", __pgt_j1.amount AS amount, __pgt_j1.tags AS tags, __pgt_j1.placed AS placed, __pgt_j1.note AS note, __pgt_j1.__pgt_sub1_user AS __pgt_sub1_user, __pgt_j1."__pgt_sub1_Group" AS "__pgt_sub1_Group", __pgt_j1.__pgt_sub1_score AS __pgt_sub1_score, u."user" AS __pgt_sub2_user, u."Group" AS "__pgt_sub2_Group", u.score AS __pgt_sub2_score
                FROM (
                SELECT o."Id" AS "Id", o."user" AS "user", o."select" AS "select", o.amount AS amount, o.tags AS tags, o.placed AS placed, o.note AS note, u."user" AS __pgt_sub1_user, u."Group" AS "__pgt_sub1_Group", u.score AS __pgt_sub1_score
                  FROM "Sales Data"."Order" AS o
                  LEFT JOIN "Sales Data".users AS u ON u."user" = o."user"
              ) AS __pgt_j1,
                     delta_users AS u
               WHERE u."user" = __pgt_j1."user"
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p."Id" AS "Id", __pgt_p."user" AS "user", __pgt_p."select" AS "select", __pgt_p.amount AS amount, __pgt_p.tags AS tags, __pgt_p.placed AS placed, __pgt_p.note AS note, __pgt_p.__pgt_sub1_user AS __pgt_sub1_user, __pgt_p."__pgt_sub1_Group" AS "__pgt_sub1_Group", __pgt_p.__pgt_sub1_score AS __pgt_sub1_score, __pgt_pad."user" AS __pgt_sub2_user, __pgt_pad."Group" AS "__pgt_sub2_Group", __pgt_pad.score AS __pgt_sub2_score
                FROM delta_outer_join AS __pgt_p
                LEFT JOIN "Sales Data".users AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM "Sales Data".users AS __pgt_x WHERE __pgt_x."user" = __pgt_p."user")
              UNION ALL
              -- -w: the row gained its first match
              SELECT __pgt_p.__pgt_w * -1 AS __pgt_w, __pgt_p."Id" AS "Id", __pgt_p."user" AS "user", __pgt_p."select" AS "select", __pgt_p.amount AS amount, __pgt_p.tags AS tags, __pgt_p.placed AS placed, __pgt_p.note AS note, __pgt_p.__pgt_sub1_user AS __pgt_sub1_user, __pgt_p."__pgt_sub1_Group" AS "__pgt_sub1_Group", __pgt_p.__pgt_sub1_score AS __pgt_sub1_score, __pgt_pad."user" AS __pgt_sub2_user, __pgt_pad."Group" AS "__pgt_sub2_Group", __pgt_pad.score AS __pgt_sub2_score
                FROM __pgt_candidates_2 AS __pgt_p
                LEFT JOIN "Sales Data".users AS __pgt_pad ON false
               WHERE EXISTS (SELECT FROM "Sales Data".users AS __pgt_x WHERE __pgt_x."user" = __pgt_p."user")
                 AND NOT EXISTS (SELECT FROM __pgt_other_net_2 AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x."user" = __pgt_p."user")
                 AND NOT EXISTS (SELECT FROM "Sales Data".users AS __pgt_x
                              WHERE __pgt_x."user" = __pgt_p."user"
                                AND __pgt_x."user" NOT IN (SELECT n."user" FROM __pgt_other_net_2 AS n WHERE n.__pgt_w > 0))
              UNION ALL
              -- +w: the row lost its last match
              SELECT __pgt_p.__pgt_w AS __pgt_w, __pgt_p."Id" AS "Id", __pgt_p."user" AS "user", __pgt_p."select" AS "select", __pgt_p.amount AS amount, __pgt_p.tags AS tags, __pgt_p.placed AS placed, __pgt_p.note AS note, __pgt_p.__pgt_sub1_user AS __pgt_sub1_user, __pgt_p."__pgt_sub1_Group" AS "__pgt_sub1_Group", __pgt_p.__pgt_sub1_score AS __pgt_sub1_score, __pgt_pad."user" AS __pgt_sub2_user, __pgt_pad."Group" AS "__pgt_sub2_Group", __pgt_pad.score AS __pgt_sub2_score
                FROM __pgt_candidates_2 AS __pgt_p
                LEFT JOIN "Sales Data".users AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM "Sales Data".users AS __pgt_x WHERE __pgt_x."user" = __pgt_p."user")
                 AND EXISTS (SELECT FROM __pgt_other_net_2 AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x."user" = __pgt_p."user")
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d."Id" AS "Id", d."select" AS "select", d."__pgt_sub1_Group" AS grp, CASE WHEN d.__pgt_sub2_user IS NOT NULL THEN d.__pgt_sub2_score * 2 END AS twice
                FROM delta_outer_join_2 AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d."Id", d."select", d.grp, d.twice, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d."Id", d."select", d.grp, d.twice
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashint8extended(n."Id", 0), n."Id") hashint8extended(n."Id", 0) AS __pgt_row_id, n."Id", n."select", n.grp, n.twice, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashint8extended(n."Id", 0), n."Id", n.__pgt_w DESC
            )
            MERGE INTO "Sales Data"."Order Groups" AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s."Id" = a."Id"
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET "Id" = a."Id", "select" = a."select", grp = a.grp, twice = a.twice
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT ("Id", "select", grp, twice, __pgt_row_id) VALUES (a."Id", a."select", a.grp, a.twice, a.__pgt_row_id);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.Order', 'Sales Data.users') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'Sales Data.Order Groups') THEN
        DELETE FROM "Sales Data"."Order Groups";
    ELSE
        TRUNCATE "Sales Data"."Order Groups";
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('Sales Data.Order'), ('Sales Data.users')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'Sales Data.Order Groups' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('Sales Data.Order', pg_current_snapshot()::text, 'Sales Data.users', pg_current_snapshot()::text)
         WHERE pgt_schema = 'Sales Data' AND pgt_name = 'Order Groups'
    ),
    __pgt_release_5042d2c2a1e35a2b AS (
        DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
         WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_a70a373162adfbb7 AS (
        DELETE FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
         WHERE __pgt_small_a70a373162adfbb7 AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'Sales Data.Order' AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'Sales Data.users' AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO "Sales Data"."Order Groups" ("Id", "select", grp, twice, __pgt_row_id)
    SELECT * FROM (
      SELECT r."Id", r."select", r.grp, r.twice, hashint8extended(r."Id", 0) AS __pgt_row_id
        FROM (
          SELECT i."Id" AS "Id", i."select" AS "select", i."__pgt_sub1_Group" AS grp, CASE WHEN i.__pgt_sub2_user IS NOT NULL THEN i.__pgt_sub2_score * 2 END AS twice
            FROM (
            SELECT __pgt_l."Id" AS "Id", __pgt_l."user" AS "user", __pgt_l."select" AS "select", __pgt_l.amount AS amount, __pgt_l.tags AS tags, __pgt_l.placed AS placed, __pgt_l.note AS note, __pgt_l.__pgt_sub1_user AS __pgt_sub1_user, __pgt_l."__pgt_sub1_Group" AS "__pgt_sub1_Group", __pgt_l.__pgt_sub1_score AS __pgt_sub1_score, u."user" AS __pgt_sub2_user, u."Group" AS "__pgt_sub2_Group", u.score AS __pgt_sub2_score
              FROM (
              SELECT o."Id" AS "Id", o."user" AS "user", o."select" AS "select", o.amount AS amount, o.tags AS tags, o.placed AS placed, o.note AS note, u."user" AS __pgt_sub1_user, u."Group" AS "__pgt_sub1_Group", u.score AS __pgt_sub1_score
                FROM "Sales Data"."Order" AS o
                LEFT JOIN "Sales Data".users AS u ON u."user" = o."user"
            ) AS __pgt_l
              LEFT JOIN "Sales Data".users AS u ON u."user" = __pgt_l."user"
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('"Sales Data"."Order Groups"', full => true);
ANALYZE "Sales Data"."Order Groups";

-- ========================================================================
-- create stream table public.all_bodies
-- ========================================================================
-- trickle: stream table public.all_bodies
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT body FROM docs UNION ALL SELECT body FROM doc_log
--
-- operator tree:
--   union all of 2 inputs
--     project body
--       scan public.docs
--     project body
--       scan public.doc_log

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.all_bodies AS
  SELECT r.body, hash_record_extended(ROW((r.body)::text), 0) AS __pgt_row_id
    FROM (
      (
        SELECT docs.body AS body
          FROM public.docs AS docs
      )
      UNION ALL
      (
        SELECT doc_log.body AS body
          FROM public.doc_log AS doc_log
      )
    ) AS r
  WITH NO DATA;
ALTER TABLE public.all_bodies ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_21b18501db339625 ON public.all_bodies (__pgt_row_id);
COMMENT ON TABLE public.all_bodies IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.all_bodies'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'all_bodies', 'public.all_bodies', '21b18501db339625', 'SELECT body FROM docs UNION ALL SELECT body FROM doc_log', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_21b18501db339625', 1, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.doc_log', 'TABLE', true, ARRAY['kind', 'body', 'at']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.all_bodies';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.docs', 'TABLE', true, ARRAY['id', 'body', 'shape', 'meta', 'hist']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.all_bodies';

-- Refresh function, called by pg_trickle.refresh('public.all_bodies').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_21b18501db339625(p_full boolean) RETURNS text
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
    __pgt_bound_8e4e46a684f0235b xid8;
    __pgt_small_8e4e46a684f0235b boolean;
    __pgt_bound_ca3bab675114cc69 xid8;
    __pgt_small_ca3bab675114cc69 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.doc_log' AND d.consumes_changes AND r.stable_name <> 'public.all_bodies'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_8e4e46a684f0235b'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.docs' AND d.consumes_changes AND r.stable_name <> 'public.all_bodies'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_ca3bab675114cc69'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_8e4e46a684f0235b, __pgt_small_8e4e46a684f0235b, __pgt_bound_ca3bab675114cc69, __pgt_small_ca3bab675114cc69
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.all_bodies';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.doc_log', 'public.docs') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_ca3bab675114cc69 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c
             WHERE __pgt_small_8e4e46a684f0235b AND c.__pgt_xid < least(__pgt_bound_8e4e46a684f0235b, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_ca3bab675114cc69 AS c
             WHERE __pgt_small_ca3bab675114cc69 AND c.__pgt_xid < least(__pgt_bound_ca3bab675114cc69, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_8e4e46a684f0235b'::regclass) > __pgt_full_ratio * pg_relation_size('public.doc_log'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.doc_log'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.doc_log', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_ca3bab675114cc69'::regclass) > __pgt_full_ratio * pg_relation_size('public.docs'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_ca3bab675114cc69 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.docs'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.docs', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.doc_log', pg_current_snapshot()::text, 'public.docs', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'all_bodies'
            ),
            -- delete the changes of public.doc_log that every reader has consumed
            __pgt_release_8e4e46a684f0235b AS (
              DELETE FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c
               WHERE __pgt_small_8e4e46a684f0235b AND c.__pgt_xid < least(__pgt_bound_8e4e46a684f0235b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.docs that every reader has consumed
            __pgt_release_ca3bab675114cc69 AS (
              DELETE FROM pg_trickle_changes.changes_ca3bab675114cc69 AS c
               WHERE __pgt_small_ca3bab675114cc69 AND c.__pgt_xid < least(__pgt_bound_ca3bab675114cc69, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.docs: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_docs AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.body, c.shape, c.meta, c.hist
                FROM pg_trickle_changes.changes_ca3bab675114cc69 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.doc_log: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_doc_log AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.kind, c.body, c.at
                FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- union all (linear): the changes of each of its 2 inputs
            delta_union AS (
              (
                SELECT d.__pgt_w, d.body AS body
                  FROM delta_docs AS d
              )
              UNION ALL
              (
                SELECT d.__pgt_w, d.body AS body
                  FROM delta_doc_log AS d
              )
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.body, d.__pgt_sum::bigint AS __pgt_w
                FROM (SELECT d.*, sum(d.__pgt_w) OVER __pgt_row AS __pgt_sum, row_number() OVER __pgt_row AS __pgt_nth
                        FROM delta_union AS d
                      WINDOW __pgt_row AS (PARTITION BY (d.body)::text)) AS d
               WHERE d.__pgt_nth = 1 AND d.__pgt_sum <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.all_bodies AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.all_bodies AS t ON t.__pgt_row_id = hash_record_extended(ROW((n.body)::text), 0) AND (t.body)::text IS NOT DISTINCT FROM (n.body)::text
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.all_bodies (body, __pgt_row_id)
            SELECT n.body, hash_record_extended(ROW((n.body)::text), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.doc_log', 'public.docs') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.all_bodies') THEN
        DELETE FROM public.all_bodies;
    ELSE
        TRUNCATE public.all_bodies;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.doc_log'), ('public.docs')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.all_bodies' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.doc_log', pg_current_snapshot()::text, 'public.docs', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'all_bodies'
    ),
    __pgt_release_8e4e46a684f0235b AS (
        DELETE FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c
         WHERE __pgt_small_8e4e46a684f0235b AND c.__pgt_xid < least(__pgt_bound_8e4e46a684f0235b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_ca3bab675114cc69 AS (
        DELETE FROM pg_trickle_changes.changes_ca3bab675114cc69 AS c
         WHERE __pgt_small_ca3bab675114cc69 AND c.__pgt_xid < least(__pgt_bound_ca3bab675114cc69, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.doc_log' AND c.__pgt_xid < least(__pgt_bound_8e4e46a684f0235b, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.docs' AND c.__pgt_xid < least(__pgt_bound_ca3bab675114cc69, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.all_bodies (body, __pgt_row_id)
    SELECT * FROM (
      SELECT r.body, hash_record_extended(ROW((r.body)::text), 0) AS __pgt_row_id
        FROM (
          (
            SELECT docs.body AS body
              FROM public.docs AS docs
          )
          UNION ALL
          (
            SELECT doc_log.body AS body
              FROM public.doc_log AS doc_log
          )
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.all_bodies', full => true);
ANALYZE public.all_bodies;

-- ========================================================================
-- create stream table public.bodies_by_kind
-- ========================================================================
-- trickle: stream table public.bodies_by_kind
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT kind, json_agg(body ORDER BY body::text) AS bodies, count(*) AS n FROM doc_log GROUP BY kind
--
-- operator tree:
--   project __pgt_g0 AS kind, __pgt_a0 AS bodies, __pgt_a1 AS n
--     aggregate json_agg(body ORDER BY body::text), count(*) group by kind
--       scan public.doc_log

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.bodies_by_kind WITH (fillfactor = 50) AS
  SELECT i.kind AS kind,
         json_agg(i.body ORDER BY i.body::text) AS bodies,
         count(*) AS n,
         coalesce(hashtextextended(i.kind, 0), 0) AS __pgt_row_id,
         count(*) AS __pgt_count
    FROM (
      SELECT kind, body, at FROM public.doc_log
    ) AS i
   GROUP BY i.kind
  WITH NO DATA;
ALTER TABLE public.bodies_by_kind ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_7eda96174a9a4511 ON public.bodies_by_kind (__pgt_row_id);
COMMENT ON TABLE public.bodies_by_kind IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.bodies_by_kind'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'bodies_by_kind', 'public.bodies_by_kind', '7eda96174a9a4511', 'SELECT kind, json_agg(body ORDER BY body::text) AS bodies, count(*) AS n FROM doc_log GROUP BY kind', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_7eda96174a9a4511', 2, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- The delta recomputes each group (or window partition) a change touches from its rows:
-- past this share of a source's rows changed, recomputing all of them costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.01 WHERE stable_name = 'public.bodies_by_kind';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.doc_log', 'TABLE', true, ARRAY['kind', 'body', 'at']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.bodies_by_kind';

-- Refresh function, called by pg_trickle.refresh('public.bodies_by_kind').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_7eda96174a9a4511(p_full boolean) RETURNS text
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
    __pgt_bound_8e4e46a684f0235b xid8;
    __pgt_small_8e4e46a684f0235b boolean;
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
             WHERE d.source_stable_name = 'public.doc_log' AND d.consumes_changes AND r.stable_name <> 'public.bodies_by_kind'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_8e4e46a684f0235b'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_8e4e46a684f0235b, __pgt_small_8e4e46a684f0235b
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.bodies_by_kind';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.doc_log') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c
             WHERE __pgt_small_8e4e46a684f0235b AND c.__pgt_xid < least(__pgt_bound_8e4e46a684f0235b, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_8e4e46a684f0235b'::regclass) > __pgt_full_ratio * pg_relation_size('public.doc_log'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.doc_log'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.doc_log', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            __pgt_rescan_by_index := EXISTS (SELECT FROM pg_index AS x JOIN pg_attribute AS a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
                     WHERE x.indrelid = 'public.doc_log'::regclass AND a.attname = 'kind'
                       AND x.indisvalid AND x.indpred IS NULL);
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.doc_log', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'bodies_by_kind'
            ),
            -- delete the changes of public.doc_log that every reader has consumed
            __pgt_release_8e4e46a684f0235b AS (
              DELETE FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c
               WHERE __pgt_small_8e4e46a684f0235b AND c.__pgt_xid < least(__pgt_bound_8e4e46a684f0235b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.doc_log: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_doc_log AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.kind, c.body, c.at
                FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.kind AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_1
                FROM delta_doc_log AS d
               GROUP BY d.kind
            ),
            -- each changed group with its stored state; every one is recomputed from the sources (an aggregate such as
            -- count(DISTINCT x) keeps no state that a change could be added to)
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.bodies AS __pgt_old_value_0,
                     s.n AS __pgt_old_value_1,
                     true AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.bodies_by_kind AS s ON s.__pgt_row_id = coalesce(hashtextextended(g.__pgt_g0, 0), 0) AND s.kind IS NOT DISTINCT FROM g.__pgt_g0
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT i.kind AS __pgt_g0,
                         count(*) AS __pgt_count,
                         json_agg(i.body ORDER BY i.body::text) AS __pgt_value_0,
                         count(*) AS __pgt_value_1
                    FROM (
                    SELECT * FROM (
                      SELECT kind, body, at FROM public.doc_log
                    ) AS i
                     WHERE __pgt_rescan_by_index AND (i.kind = ANY (ARRAY(SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan)) OR (i.kind IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                    UNION ALL
                    SELECT * FROM (
                      SELECT kind, body, at FROM public.doc_log
                    ) AS i
                     WHERE NOT __pgt_rescan_by_index AND (i.kind IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan) OR (i.kind IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                  ) AS i
                   GROUP BY i.kind
                ) AS r ON r.__pgt_g0 IS NOT DISTINCT FROM g.__pgt_g0
               WHERE g.__pgt_rescan
            ),
            -- new state of each changed group: stored state + change, or the recomputed state
            __pgt_new_state AS (
              SELECT g.__pgt_g0 AS __pgt_g0,
                     g.__pgt_ctid,
                     g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                     g.__pgt_old_value_0 AS __pgt_value_0,
                     coalesce(g.__pgt_old_value_1, 0) + g.__pgt_d_value_1 AS __pgt_value_1
                FROM __pgt_groups AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows
            __pgt_apply AS (
              SELECT coalesce(hashtextextended(n.__pgt_g0, 0), 0) AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_g0 AS kind,
                     n.__pgt_value_0 AS bodies,
                     n.__pgt_value_1 AS n,
                     n.__pgt_count,
                     n.__pgt_count > 0 AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.bodies_by_kind AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET kind = a.kind, bodies = a.bodies, n = a.n, __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (kind, bodies, n, __pgt_row_id, __pgt_count) VALUES (a.kind, a.bodies, a.n, a.__pgt_row_id, a.__pgt_count);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.doc_log') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.bodies_by_kind') THEN
        DELETE FROM public.bodies_by_kind;
    ELSE
        TRUNCATE public.bodies_by_kind;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.doc_log')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.bodies_by_kind' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_7eda96174a9a4511 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.kind AS kind,
                     json_agg(i.body ORDER BY i.body::text) AS bodies,
                     count(*) AS n,
                     coalesce(hashtextextended(i.kind, 0), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count
                FROM (
                  SELECT kind, body, at FROM public.doc_log
                ) AS i
               GROUP BY i.kind
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_7eda96174a9a4511 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.doc_log', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'bodies_by_kind'
        ),
        __pgt_release_8e4e46a684f0235b AS (
            DELETE FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c
             WHERE __pgt_small_8e4e46a684f0235b AND c.__pgt_xid < least(__pgt_bound_8e4e46a684f0235b, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.doc_log' AND c.__pgt_xid < least(__pgt_bound_8e4e46a684f0235b, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.bodies_by_kind (kind, bodies, n, __pgt_row_id, __pgt_count)
        SELECT q.kind, q.bodies, q.n, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_7eda96174a9a4511 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_7eda96174a9a4511;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.doc_log', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'bodies_by_kind'
    ),
    __pgt_release_8e4e46a684f0235b AS (
        DELETE FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c
         WHERE __pgt_small_8e4e46a684f0235b AND c.__pgt_xid < least(__pgt_bound_8e4e46a684f0235b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.doc_log' AND c.__pgt_xid < least(__pgt_bound_8e4e46a684f0235b, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.bodies_by_kind (kind, bodies, n, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT i.kind AS kind,
             json_agg(i.body ORDER BY i.body::text) AS bodies,
             count(*) AS n,
             coalesce(hashtextextended(i.kind, 0), 0) AS __pgt_row_id,
             count(*) AS __pgt_count
        FROM (
          SELECT kind, body, at FROM public.doc_log
        ) AS i
       GROUP BY i.kind
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- trickle: change capture for public.bodies_by_kind (stream table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_7eda96174a9a4511: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_7eda96174a9a4511 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.kind, s.bodies, s.n
  FROM public.bodies_by_kind AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_7eda96174a9a4511
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_7eda96174a9a4511 IS 'trickle: changes of public.bodies_by_kind';
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.bodies_by_kind')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7eda96174a9a4511() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_7eda96174a9a4511 (__pgt_action, kind, bodies, n)
        SELECT 'I', n.kind, n.bodies, n.n FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_7eda96174a9a4511 (__pgt_action, kind, bodies, n)
        SELECT 'D', o.kind, o.bodies, o.n FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.kind, n.bodies, n.n FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_7eda96174a9a4511 (__pgt_action, kind, bodies, n)
        SELECT 'D', o.kind, o.bodies, o.n FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.bodies_by_kind');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_7eda96174a9a4511 AFTER INSERT ON public.bodies_by_kind
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7eda96174a9a4511();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_7eda96174a9a4511 AFTER UPDATE ON public.bodies_by_kind
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7eda96174a9a4511();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_7eda96174a9a4511 AFTER DELETE ON public.bodies_by_kind
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7eda96174a9a4511();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_7eda96174a9a4511 AFTER TRUNCATE ON public.bodies_by_kind
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7eda96174a9a4511();

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.bodies_by_kind', 'public', 'bodies_by_kind', '7eda96174a9a4511', 'pg_trickle_changes', 'changes_7eda96174a9a4511', 'pg_trickle_cdc_fn_7eda96174a9a4511', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.bodies_by_kind', full => true);
ANALYZE public.bodies_by_kind;

-- ========================================================================
-- create stream table public.busy_kinds
-- ========================================================================
-- trickle: stream table public.busy_kinds
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT kind, bodies FROM bodies_by_kind WHERE n > 1
--
-- operator tree:
--   project kind, bodies
--     filter n > 1
--       scan public.bodies_by_kind (stream table)

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.busy_kinds AS
  SELECT r.kind, r.bodies, coalesce(hashtextextended(r.kind, 0), 0) AS __pgt_row_id
    FROM (
      SELECT i.kind AS kind, i.bodies AS bodies
        FROM (
        SELECT bodies_by_kind.kind, bodies_by_kind.bodies, bodies_by_kind.n
          FROM public.bodies_by_kind AS bodies_by_kind
         WHERE bodies_by_kind.n > 1
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.busy_kinds ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_188c289250c6f70f ON public.busy_kinds (__pgt_row_id);
COMMENT ON TABLE public.busy_kinds IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.busy_kinds'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'busy_kinds', 'public.busy_kinds', '188c289250c6f70f', 'SELECT kind, bodies FROM bodies_by_kind WHERE n > 1', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_188c289250c6f70f', 3, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.bodies_by_kind', 'STREAM_TABLE', true, ARRAY['kind', 'bodies', 'n']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.busy_kinds';

-- Refresh function, called by pg_trickle.refresh('public.busy_kinds').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_188c289250c6f70f(p_full boolean) RETURNS text
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
    __pgt_bound_7eda96174a9a4511 xid8;
    __pgt_small_7eda96174a9a4511 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.bodies_by_kind' AND d.consumes_changes AND r.stable_name <> 'public.busy_kinds'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_7eda96174a9a4511'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_7eda96174a9a4511, __pgt_small_7eda96174a9a4511
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.busy_kinds';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.bodies_by_kind') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_7eda96174a9a4511 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_7eda96174a9a4511 AS c
             WHERE __pgt_small_7eda96174a9a4511 AND c.__pgt_xid < least(__pgt_bound_7eda96174a9a4511, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_7eda96174a9a4511'::regclass) > __pgt_full_ratio * pg_relation_size('public.bodies_by_kind'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_7eda96174a9a4511 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.bodies_by_kind'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.bodies_by_kind', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.bodies_by_kind', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'busy_kinds'
            ),
            -- delete the changes of public.bodies_by_kind that every reader has consumed
            __pgt_release_7eda96174a9a4511 AS (
              DELETE FROM pg_trickle_changes.changes_7eda96174a9a4511 AS c
               WHERE __pgt_small_7eda96174a9a4511 AND c.__pgt_xid < least(__pgt_bound_7eda96174a9a4511, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.bodies_by_kind: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_bodies_by_kind AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.kind, c.bodies, c.n
                FROM pg_trickle_changes.changes_7eda96174a9a4511 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy n > 1
            delta_filter AS (
              SELECT d.__pgt_w, d.kind, d.bodies, d.n
                FROM delta_bodies_by_kind AS d
               WHERE d.n > 1
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.kind AS kind, d.bodies AS bodies
                FROM delta_filter AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.kind, d.bodies, d.__pgt_sum::bigint AS __pgt_w
                FROM (SELECT d.*, sum(d.__pgt_w) OVER __pgt_row AS __pgt_sum, row_number() OVER __pgt_row AS __pgt_nth
                        FROM delta_project AS d
                      WINDOW __pgt_row AS (PARTITION BY d.kind, (d.bodies)::text)) AS d
               WHERE d.__pgt_nth = 1 AND d.__pgt_sum <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (coalesce(hashtextextended(n.kind, 0), 0), n.kind) coalesce(hashtextextended(n.kind, 0), 0) AS __pgt_row_id, n.kind, n.bodies, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY coalesce(hashtextextended(n.kind, 0), 0), n.kind, n.__pgt_w DESC
            )
            MERGE INTO public.busy_kinds AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.kind IS NOT DISTINCT FROM a.kind
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET kind = a.kind, bodies = a.bodies
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (kind, bodies, __pgt_row_id) VALUES (a.kind, a.bodies, a.__pgt_row_id);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.bodies_by_kind') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.busy_kinds') THEN
        DELETE FROM public.busy_kinds;
    ELSE
        TRUNCATE public.busy_kinds;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.bodies_by_kind')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.busy_kinds' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.bodies_by_kind', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'busy_kinds'
    ),
    __pgt_release_7eda96174a9a4511 AS (
        DELETE FROM pg_trickle_changes.changes_7eda96174a9a4511 AS c
         WHERE __pgt_small_7eda96174a9a4511 AND c.__pgt_xid < least(__pgt_bound_7eda96174a9a4511, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.bodies_by_kind' AND c.__pgt_xid < least(__pgt_bound_7eda96174a9a4511, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.busy_kinds (kind, bodies, __pgt_row_id)
    SELECT * FROM (
      SELECT r.kind, r.bodies, coalesce(hashtextextended(r.kind, 0), 0) AS __pgt_row_id
        FROM (
          SELECT i.kind AS kind, i.bodies AS bodies
            FROM (
            SELECT bodies_by_kind.kind, bodies_by_kind.bodies, bodies_by_kind.n
              FROM public.bodies_by_kind AS bodies_by_kind
             WHERE bodies_by_kind.n > 1
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.busy_kinds', full => true);
ANALYZE public.busy_kinds;

-- ========================================================================
-- create stream table public.by_nums
-- ========================================================================
-- trickle: stream table public.by_nums
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT nums, max(id) AS top, count(DISTINCT feeling) AS feelings FROM moods GROUP BY nums
--
-- operator tree:
--   project __pgt_g0 AS nums, __pgt_a0 AS top, __pgt_a1 AS feelings
--     aggregate max(id), count(DISTINCT feeling) group by nums
--       scan public.moods

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.by_nums WITH (fillfactor = 50) AS
  SELECT i.nums AS nums,
         max(i.id) AS top,
         count(DISTINCT i.feeling) AS feelings,
         hash_record_extended(ROW(i.nums), 0) AS __pgt_row_id,
         count(*) AS __pgt_count
    FROM (
      SELECT id, feeling, cost, flags, words, feelings, tag, nums FROM public.moods
    ) AS i
   GROUP BY i.nums
  WITH NO DATA;
ALTER TABLE public.by_nums ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_ca9f7593d5b3e013 ON public.by_nums (__pgt_row_id);
COMMENT ON TABLE public.by_nums IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.by_nums'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'by_nums', 'public.by_nums', 'ca9f7593d5b3e013', 'SELECT nums, max(id) AS top, count(DISTINCT feeling) AS feelings FROM moods GROUP BY nums', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_ca9f7593d5b3e013', 4, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- The delta recomputes each group (or window partition) a change touches from its rows:
-- past this share of a source's rows changed, recomputing all of them costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.01 WHERE stable_name = 'public.by_nums';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.moods', 'TABLE', true, ARRAY['id', 'feeling', 'cost', 'flags', 'words', 'feelings', 'tag', 'nums']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.by_nums';

-- Refresh function, called by pg_trickle.refresh('public.by_nums').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_ca9f7593d5b3e013(p_full boolean) RETURNS text
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
    __pgt_bound_aad560892c6e72da xid8;
    __pgt_small_aad560892c6e72da boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.moods' AND d.consumes_changes AND r.stable_name <> 'public.by_nums'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_aad560892c6e72da'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_aad560892c6e72da, __pgt_small_aad560892c6e72da
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.by_nums';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.moods') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_aad560892c6e72da AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
             WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_aad560892c6e72da'::regclass) > __pgt_full_ratio * pg_relation_size('public.moods'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_aad560892c6e72da AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.moods'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.moods', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.moods', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'by_nums'
            ),
            -- delete the changes of public.moods that every reader has consumed
            __pgt_release_aad560892c6e72da AS (
              DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
               WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.moods: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_moods AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.feeling, c.cost, c.flags, c.words, c.feelings, c.tag, c.nums
                FROM pg_trickle_changes.changes_aad560892c6e72da AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.nums AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     max(d.id) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_0,
                     max(d.id) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_0
                FROM delta_moods AS d
               GROUP BY d.nums
            ),
            -- each changed group with its stored state; every one is recomputed from the sources (an aggregate such as
            -- count(DISTINCT x) keeps no state that a change could be added to)
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.top AS __pgt_old_value_0,
                     s.feelings AS __pgt_old_value_1,
                     true
                         OR (g.__pgt_del_0 IS NOT NULL AND (s.top IS NULL OR (g.__pgt_del_0 >= s.top AND NOT coalesce(g.__pgt_ins_0 >= s.top AND g.__pgt_ins_0 > g.__pgt_del_0, false)))) AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.by_nums AS s ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0), 0) AND s.nums IS NOT DISTINCT FROM g.__pgt_g0
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT i.nums AS __pgt_g0,
                         count(*) AS __pgt_count,
                         max(i.id) AS __pgt_value_0,
                         count(DISTINCT i.feeling) AS __pgt_value_1
                    FROM (
                    SELECT id, feeling, cost, flags, words, feelings, tag, nums FROM public.moods
                  ) AS i
                   WHERE (i.nums IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan) OR (i.nums IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                   GROUP BY i.nums
                ) AS r ON r.__pgt_g0 IS NOT DISTINCT FROM g.__pgt_g0
               WHERE g.__pgt_rescan
            ),
            -- new state of each changed group: stored state + change, or the recomputed state
            __pgt_new_state AS (
              SELECT g.__pgt_g0 AS __pgt_g0,
                     g.__pgt_ctid,
                     g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                     greatest(g.__pgt_old_value_0, g.__pgt_ins_0) AS __pgt_value_0,
                     g.__pgt_old_value_1 AS __pgt_value_1
                FROM __pgt_groups AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows
            __pgt_apply AS (
              SELECT hash_record_extended(ROW(n.__pgt_g0), 0) AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_g0 AS nums,
                     n.__pgt_value_0 AS top,
                     n.__pgt_value_1 AS feelings,
                     n.__pgt_count,
                     n.__pgt_count > 0 AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.by_nums AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET nums = a.nums, top = a.top, feelings = a.feelings, __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (nums, top, feelings, __pgt_row_id, __pgt_count) VALUES (a.nums, a.top, a.feelings, a.__pgt_row_id, a.__pgt_count);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.moods') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.by_nums') THEN
        DELETE FROM public.by_nums;
    ELSE
        TRUNCATE public.by_nums;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.moods')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.by_nums' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_ca9f7593d5b3e013 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.nums AS nums,
                     max(i.id) AS top,
                     count(DISTINCT i.feeling) AS feelings,
                     hash_record_extended(ROW(i.nums), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count
                FROM (
                  SELECT id, feeling, cost, flags, words, feelings, tag, nums FROM public.moods
                ) AS i
               GROUP BY i.nums
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_ca9f7593d5b3e013 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.moods', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'by_nums'
        ),
        __pgt_release_aad560892c6e72da AS (
            DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
             WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.moods' AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.by_nums (nums, top, feelings, __pgt_row_id, __pgt_count)
        SELECT q.nums, q.top, q.feelings, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_ca9f7593d5b3e013 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_ca9f7593d5b3e013;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.moods', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'by_nums'
    ),
    __pgt_release_aad560892c6e72da AS (
        DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
         WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.moods' AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.by_nums (nums, top, feelings, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT i.nums AS nums,
             max(i.id) AS top,
             count(DISTINCT i.feeling) AS feelings,
             hash_record_extended(ROW(i.nums), 0) AS __pgt_row_id,
             count(*) AS __pgt_count
        FROM (
          SELECT id, feeling, cost, flags, words, feelings, tag, nums FROM public.moods
        ) AS i
       GROUP BY i.nums
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.by_nums', full => true);
ANALYZE public.by_nums;

-- ========================================================================
-- create stream table public.cast_feelings
-- ========================================================================
-- trickle: stream table public.cast_feelings
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; each distinct row keeps a hidden count of its duplicates
--
-- defining query:
--   SELECT feeling FROM moods WHERE id < 5 UNION SELECT CASE WHEN id > 2 THEN CAST('happy' AS mood) END FROM moods
--
-- operator tree:
--   distinct
--     union all of 2 inputs
--       project feeling
--         filter id < 5
--           scan public.moods
--       project CASE WHEN id > 2 THEN CAST('happy' AS mood) END AS feeling
--         scan public.moods

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.cast_feelings WITH (fillfactor = 50) AS
  SELECT r.feeling, hash_record_extended(ROW((r.feeling)::text), 0) AS __pgt_row_id, count(*) AS __pgt_count
    FROM (
      (
        SELECT i.feeling AS feeling
          FROM (
          SELECT moods.id, moods.feeling, moods.cost, moods.flags, moods.words, moods.feelings, moods.tag, moods.nums
            FROM public.moods AS moods
           WHERE moods.id < 5
        ) AS i
      )
      UNION ALL
      (
        SELECT CASE WHEN moods.id > 2 THEN CAST('happy' AS mood) END AS feeling
          FROM public.moods AS moods
      )
    ) AS r
   GROUP BY r.feeling
  WITH NO DATA;
ALTER TABLE public.cast_feelings ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_d6c7c399d7f64c03 ON public.cast_feelings (__pgt_row_id);
COMMENT ON TABLE public.cast_feelings IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.cast_feelings'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'cast_feelings', 'public.cast_feelings', 'd6c7c399d7f64c03', 'SELECT feeling FROM moods WHERE id < 5 UNION SELECT CASE WHEN id > 2 THEN CAST(''happy'' AS mood) END FROM moods', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'distinct', 'refresh_d6c7c399d7f64c03', 5, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.moods', 'TABLE', true, ARRAY['id', 'feeling', 'cost', 'flags', 'words', 'feelings', 'tag', 'nums']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.cast_feelings';

-- Refresh function, called by pg_trickle.refresh('public.cast_feelings').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_d6c7c399d7f64c03(p_full boolean) RETURNS text
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
    __pgt_bound_aad560892c6e72da xid8;
    __pgt_small_aad560892c6e72da boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.moods' AND d.consumes_changes AND r.stable_name <> 'public.cast_feelings'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_aad560892c6e72da'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_aad560892c6e72da, __pgt_small_aad560892c6e72da
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.cast_feelings';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.moods') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_aad560892c6e72da AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
             WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_aad560892c6e72da'::regclass) > __pgt_full_ratio * pg_relation_size('public.moods'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_aad560892c6e72da AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.moods'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.moods', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.moods', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'cast_feelings'
            ),
            -- delete the changes of public.moods that every reader has consumed
            __pgt_release_aad560892c6e72da AS (
              DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
               WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.moods: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_moods AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.feeling, c.cost, c.flags, c.words, c.feelings, c.tag, c.nums
                FROM pg_trickle_changes.changes_aad560892c6e72da AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy id < 5
            delta_filter AS (
              SELECT d.__pgt_w, d.id, d.feeling, d.cost, d.flags, d.words, d.feelings, d.tag, d.nums
                FROM delta_moods AS d
               WHERE d.id < 5
            ),
            -- union all (linear): the changes of each of its 2 inputs
            delta_union AS (
              (
                SELECT d.__pgt_w, d.feeling AS feeling
                  FROM delta_filter AS d
              )
              UNION ALL
              (
                SELECT d.__pgt_w, CASE WHEN d.id > 2 THEN CAST('happy' AS mood) END AS feeling
                  FROM delta_moods AS d
              )
            ),
            -- distinct: net change in the multiplicity of each row
            __pgt_net AS (
              SELECT d.feeling, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_union AS d
               GROUP BY d.feeling
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- new multiplicity = stored multiplicity + change; a row stays while it is positive
            __pgt_apply AS (
              SELECT hash_record_extended(ROW((n.feeling)::text), 0) AS __pgt_row_id, n.feeling, coalesce(s.__pgt_count, 0) + n.__pgt_w AS __pgt_count
                FROM __pgt_net AS n
                LEFT JOIN public.cast_feelings AS s ON s.__pgt_row_id = hash_record_extended(ROW((n.feeling)::text), 0) AND s.feeling IS NOT DISTINCT FROM n.feeling
            )
            MERGE INTO public.cast_feelings AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.feeling IS NOT DISTINCT FROM a.feeling
             WHEN MATCHED AND a.__pgt_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_count > 0 THEN INSERT (feeling, __pgt_row_id, __pgt_count) VALUES (a.feeling, a.__pgt_row_id, a.__pgt_count);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.moods') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.cast_feelings') THEN
        DELETE FROM public.cast_feelings;
    ELSE
        TRUNCATE public.cast_feelings;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.moods')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.cast_feelings' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_d6c7c399d7f64c03 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT r.feeling, hash_record_extended(ROW((r.feeling)::text), 0) AS __pgt_row_id, count(*) AS __pgt_count
                FROM (
                  (
                    SELECT i.feeling AS feeling
                      FROM (
                      SELECT moods.id, moods.feeling, moods.cost, moods.flags, moods.words, moods.feelings, moods.tag, moods.nums
                        FROM public.moods AS moods
                       WHERE moods.id < 5
                    ) AS i
                  )
                  UNION ALL
                  (
                    SELECT CASE WHEN moods.id > 2 THEN CAST('happy' AS mood) END AS feeling
                      FROM public.moods AS moods
                  )
                ) AS r
               GROUP BY r.feeling
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_d6c7c399d7f64c03 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.moods', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'cast_feelings'
        ),
        __pgt_release_aad560892c6e72da AS (
            DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
             WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.moods' AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.cast_feelings (feeling, __pgt_row_id, __pgt_count)
        SELECT q.feeling, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_d6c7c399d7f64c03 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_d6c7c399d7f64c03;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.moods', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'cast_feelings'
    ),
    __pgt_release_aad560892c6e72da AS (
        DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
         WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.moods' AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.cast_feelings (feeling, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT r.feeling, hash_record_extended(ROW((r.feeling)::text), 0) AS __pgt_row_id, count(*) AS __pgt_count
        FROM (
          (
            SELECT i.feeling AS feeling
              FROM (
              SELECT moods.id, moods.feeling, moods.cost, moods.flags, moods.words, moods.feelings, moods.tag, moods.nums
                FROM public.moods AS moods
               WHERE moods.id < 5
            ) AS i
          )
          UNION ALL
          (
            SELECT CASE WHEN moods.id > 2 THEN CAST('happy' AS mood) END AS feeling
              FROM public.moods AS moods
          )
        ) AS r
       GROUP BY r.feeling
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.cast_feelings', full => true);
ANALYZE public.cast_feelings;

-- ========================================================================
-- create stream table public.chosen_feelings
-- ========================================================================
-- trickle: stream table public.chosen_feelings
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT COALESCE(feeling, 'ok') AS feeling, GREATEST(cost, 0::money) AS cost, count(*) AS n FROM moods GROUP BY 1, 2
--
-- operator tree:
--   project __pgt_g0 AS feeling, __pgt_g1 AS cost, __pgt_a0 AS n
--     aggregate count(*) group by COALESCE(feeling, 'ok'), GREATEST(cost, 0::money)
--       scan public.moods

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.chosen_feelings WITH (fillfactor = 50) AS
  SELECT COALESCE(i.feeling, 'ok') AS feeling,
         GREATEST(i.cost, 0::money) AS cost,
         count(*) AS n,
         hash_record_extended(ROW((COALESCE(i.feeling, 'ok'))::text, (GREATEST(i.cost, 0::money))::numeric), 0) AS __pgt_row_id,
         count(*) AS __pgt_count
    FROM (
      SELECT id, feeling, cost, flags, words, feelings, tag, nums FROM public.moods
    ) AS i
   GROUP BY COALESCE(i.feeling, 'ok'), GREATEST(i.cost, 0::money)
  WITH NO DATA;
ALTER TABLE public.chosen_feelings ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_e93e5841a46099e8 ON public.chosen_feelings (__pgt_row_id);
COMMENT ON TABLE public.chosen_feelings IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.chosen_feelings'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'chosen_feelings', 'public.chosen_feelings', 'e93e5841a46099e8', 'SELECT COALESCE(feeling, ''ok'') AS feeling, GREATEST(cost, 0::money) AS cost, count(*) AS n FROM moods GROUP BY 1, 2', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_e93e5841a46099e8', 6, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.moods', 'TABLE', true, ARRAY['id', 'feeling', 'cost', 'flags', 'words', 'feelings', 'tag', 'nums']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.chosen_feelings';

-- Refresh function, called by pg_trickle.refresh('public.chosen_feelings').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_e93e5841a46099e8(p_full boolean) RETURNS text
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
    __pgt_bound_aad560892c6e72da xid8;
    __pgt_small_aad560892c6e72da boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.moods' AND d.consumes_changes AND r.stable_name <> 'public.chosen_feelings'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_aad560892c6e72da'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_aad560892c6e72da, __pgt_small_aad560892c6e72da
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.chosen_feelings';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.moods') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_aad560892c6e72da AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
             WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_aad560892c6e72da'::regclass) > __pgt_full_ratio * pg_relation_size('public.moods'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_aad560892c6e72da AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.moods'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.moods', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.moods', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'chosen_feelings'
            ),
            -- delete the changes of public.moods that every reader has consumed
            __pgt_release_aad560892c6e72da AS (
              DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
               WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.moods: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_moods AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.feeling, c.cost, c.flags, c.words, c.feelings, c.tag, c.nums
                FROM pg_trickle_changes.changes_aad560892c6e72da AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT COALESCE(d.feeling, 'ok') AS __pgt_g0,
                     GREATEST(d.cost, 0::money) AS __pgt_g1,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0
                FROM delta_moods AS d
               GROUP BY COALESCE(d.feeling, 'ok'), GREATEST(d.cost, 0::money)
            )
            MERGE INTO public.chosen_feelings AS s
            USING __pgt_delta_groups AS g
               ON s.__pgt_row_id = hash_record_extended(ROW((g.__pgt_g0)::text, (g.__pgt_g1)::numeric), 0) AND s.feeling IS NOT DISTINCT FROM g.__pgt_g0 AND s.cost IS NOT DISTINCT FROM g.__pgt_g1
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          feeling = g.__pgt_g0,
                          cost = g.__pgt_g1,
                          n = coalesce(s.n, 0) + g.__pgt_d_value_0,
                          __pgt_count = s.__pgt_count + g.__pgt_d_count
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT (feeling, cost, n, __pgt_row_id, __pgt_count)
                          VALUES (g.__pgt_g0,
                                  g.__pgt_g1,
                                  g.__pgt_d_value_0,
                                  hash_record_extended(ROW((g.__pgt_g0)::text, (g.__pgt_g1)::numeric), 0),
                                  g.__pgt_d_count);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.moods') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.chosen_feelings') THEN
        DELETE FROM public.chosen_feelings;
    ELSE
        TRUNCATE public.chosen_feelings;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.moods')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.chosen_feelings' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_e93e5841a46099e8 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT COALESCE(i.feeling, 'ok') AS feeling,
                     GREATEST(i.cost, 0::money) AS cost,
                     count(*) AS n,
                     hash_record_extended(ROW((COALESCE(i.feeling, 'ok'))::text, (GREATEST(i.cost, 0::money))::numeric), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count
                FROM (
                  SELECT id, feeling, cost, flags, words, feelings, tag, nums FROM public.moods
                ) AS i
               GROUP BY COALESCE(i.feeling, 'ok'), GREATEST(i.cost, 0::money)
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_e93e5841a46099e8 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.moods', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'chosen_feelings'
        ),
        __pgt_release_aad560892c6e72da AS (
            DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
             WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.moods' AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.chosen_feelings (feeling, cost, n, __pgt_row_id, __pgt_count)
        SELECT q.feeling, q.cost, q.n, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_e93e5841a46099e8 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_e93e5841a46099e8;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.moods', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'chosen_feelings'
    ),
    __pgt_release_aad560892c6e72da AS (
        DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
         WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.moods' AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.chosen_feelings (feeling, cost, n, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT COALESCE(i.feeling, 'ok') AS feeling,
             GREATEST(i.cost, 0::money) AS cost,
             count(*) AS n,
             hash_record_extended(ROW((COALESCE(i.feeling, 'ok'))::text, (GREATEST(i.cost, 0::money))::numeric), 0) AS __pgt_row_id,
             count(*) AS __pgt_count
        FROM (
          SELECT id, feeling, cost, flags, words, feelings, tag, nums FROM public.moods
        ) AS i
       GROUP BY COALESCE(i.feeling, 'ok'), GREATEST(i.cost, 0::money)
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.chosen_feelings', full => true);
ANALYZE public.chosen_feelings;

-- ========================================================================
-- create stream table public.cost_counts
-- ========================================================================
-- trickle: stream table public.cost_counts
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT cost, count(*) AS n, max(id) AS last_id FROM moods GROUP BY cost
--
-- operator tree:
--   project __pgt_g0 AS cost, __pgt_a0 AS n, __pgt_a1 AS last_id
--     aggregate count(*), max(id) group by cost
--       scan public.moods

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.cost_counts WITH (fillfactor = 50) AS
  SELECT i.cost AS cost,
         count(*) AS n,
         max(i.id) AS last_id,
         hash_record_extended(ROW((i.cost)::numeric), 0) AS __pgt_row_id,
         count(*) AS __pgt_count
    FROM (
      SELECT id, feeling, cost, flags, words, feelings, tag, nums FROM public.moods
    ) AS i
   GROUP BY i.cost
  WITH NO DATA;
ALTER TABLE public.cost_counts ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_b190f7eec7e9e955 ON public.cost_counts (__pgt_row_id);
COMMENT ON TABLE public.cost_counts IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.cost_counts'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'cost_counts', 'public.cost_counts', 'b190f7eec7e9e955', 'SELECT cost, count(*) AS n, max(id) AS last_id FROM moods GROUP BY cost', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_b190f7eec7e9e955', 7, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.moods', 'TABLE', true, ARRAY['id', 'feeling', 'cost', 'flags', 'words', 'feelings', 'tag', 'nums']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.cost_counts';

-- Refresh function, called by pg_trickle.refresh('public.cost_counts').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_b190f7eec7e9e955(p_full boolean) RETURNS text
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
    __pgt_bound_aad560892c6e72da xid8;
    __pgt_small_aad560892c6e72da boolean;
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
             WHERE d.source_stable_name = 'public.moods' AND d.consumes_changes AND r.stable_name <> 'public.cost_counts'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_aad560892c6e72da'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_aad560892c6e72da, __pgt_small_aad560892c6e72da
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.cost_counts';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.moods') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_aad560892c6e72da AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
             WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_aad560892c6e72da'::regclass) > __pgt_full_ratio * pg_relation_size('public.moods'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_aad560892c6e72da AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.moods'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.moods', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            __pgt_rescan_by_index := EXISTS (SELECT FROM pg_index AS x JOIN pg_attribute AS a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
                     WHERE x.indrelid = 'public.moods'::regclass AND a.attname = 'cost'
                       AND x.indisvalid AND x.indpred IS NULL);
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.moods', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'cost_counts'
            ),
            -- delete the changes of public.moods that every reader has consumed
            __pgt_release_aad560892c6e72da AS (
              DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
               WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.moods: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_moods AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.feeling, c.cost, c.flags, c.words, c.feelings, c.tag, c.nums
                FROM pg_trickle_changes.changes_aad560892c6e72da AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.cost AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     max(d.id) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_1,
                     max(d.id) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_1
                FROM delta_moods AS d
               GROUP BY d.cost
            ),
            -- each changed group with its stored state; a group is recomputed from the sources when a deleted value may have been its MIN/MAX
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.n AS __pgt_old_value_0,
                     s.last_id AS __pgt_old_value_1,
                     (g.__pgt_del_1 IS NOT NULL AND (s.last_id IS NULL OR (g.__pgt_del_1 >= s.last_id AND NOT coalesce(g.__pgt_ins_1 >= s.last_id AND g.__pgt_ins_1 > g.__pgt_del_1, false)))) AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.cost_counts AS s ON s.__pgt_row_id = hash_record_extended(ROW((g.__pgt_g0)::numeric), 0) AND s.cost IS NOT DISTINCT FROM g.__pgt_g0
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT i.cost AS __pgt_g0,
                         count(*) AS __pgt_count,
                         count(*) AS __pgt_value_0,
                         max(i.id) AS __pgt_value_1
                    FROM (
                    SELECT * FROM (
                      SELECT id, feeling, cost, flags, words, feelings, tag, nums FROM public.moods
                    ) AS i
                     WHERE __pgt_rescan_by_index AND (i.cost = ANY (ARRAY(SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan)) OR (i.cost IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                    UNION ALL
                    SELECT * FROM (
                      SELECT id, feeling, cost, flags, words, feelings, tag, nums FROM public.moods
                    ) AS i
                     WHERE NOT __pgt_rescan_by_index AND (i.cost IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan) OR (i.cost IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                  ) AS i
                   GROUP BY i.cost
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
              SELECT hash_record_extended(ROW((n.__pgt_g0)::numeric), 0) AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_g0 AS cost,
                     n.__pgt_value_0 AS n,
                     n.__pgt_value_1 AS last_id,
                     n.__pgt_count,
                     n.__pgt_count > 0 AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.cost_counts AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET cost = a.cost, n = a.n, last_id = a.last_id, __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (cost, n, last_id, __pgt_row_id, __pgt_count) VALUES (a.cost, a.n, a.last_id, a.__pgt_row_id, a.__pgt_count);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.moods') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.cost_counts') THEN
        DELETE FROM public.cost_counts;
    ELSE
        TRUNCATE public.cost_counts;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.moods')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.cost_counts' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_b190f7eec7e9e955 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.cost AS cost,
                     count(*) AS n,
                     max(i.id) AS last_id,
                     hash_record_extended(ROW((i.cost)::numeric), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count
                FROM (
                  SELECT id, feeling, cost, flags, words, feelings, tag, nums FROM public.moods
                ) AS i
               GROUP BY i.cost
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_b190f7eec7e9e955 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.moods', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'cost_counts'
        ),
        __pgt_release_aad560892c6e72da AS (
            DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
             WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.moods' AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.cost_counts (cost, n, last_id, __pgt_row_id, __pgt_count)
        SELECT q.cost, q.n, q.last_id, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_b190f7eec7e9e955 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_b190f7eec7e9e955;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.moods', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'cost_counts'
    ),
    __pgt_release_aad560892c6e72da AS (
        DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
         WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.moods' AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.cost_counts (cost, n, last_id, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT i.cost AS cost,
             count(*) AS n,
             max(i.id) AS last_id,
             hash_record_extended(ROW((i.cost)::numeric), 0) AS __pgt_row_id,
             count(*) AS __pgt_count
        FROM (
          SELECT id, feeling, cost, flags, words, feelings, tag, nums FROM public.moods
        ) AS i
       GROUP BY i.cost
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.cost_counts', full => true);
ANALYZE public.cost_counts;

-- ========================================================================
-- create stream table public.counts
-- ========================================================================
-- trickle: stream table public.counts
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT 'orders' AS k, count(*) AS n FROM "Sales Data"."Order" UNION ALL SELECT "Group", count(*) FROM "Sales Data".users GROUP BY "Group"
--
-- operator tree:
--   union all of 2 inputs
--     project 'orders' AS k, __pgt_a0 AS n
--       aggregate count(*) (one group)
--         scan Sales Data.Order
--     project __pgt_g0 AS k, __pgt_a0 AS n
--       aggregate count(*) group by "Group"
--         scan Sales Data.users

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.counts AS
  SELECT r.k, r.n, hash_record_extended(ROW(r.k, r.n), 0) AS __pgt_row_id
    FROM (
      (
        SELECT 'orders' AS k, i.__pgt_a0 AS n
          FROM (
          SELECT count(*) AS __pgt_a0
            FROM "Sales Data"."Order" AS "Order"
        ) AS i
      )
      UNION ALL
      (
        SELECT i.__pgt_g0 AS k, i.__pgt_a0 AS n
          FROM (
          SELECT users."Group" AS __pgt_g0, count(*) AS __pgt_a0
            FROM "Sales Data".users AS users
           GROUP BY users."Group"
        ) AS i
      )
    ) AS r
  WITH NO DATA;
ALTER TABLE public.counts ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_ec543c883c34579f ON public.counts (__pgt_row_id);
COMMENT ON TABLE public.counts IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.counts'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'counts', 'public.counts', 'ec543c883c34579f', 'SELECT ''orders'' AS k, count(*) AS n FROM "Sales Data"."Order" UNION ALL SELECT "Group", count(*) FROM "Sales Data".users GROUP BY "Group"', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_ec543c883c34579f', 8, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- The delta recomputes each group (or window partition) a change touches from its rows:
-- past this share of a source's rows changed, recomputing all of them costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.01 WHERE stable_name = 'public.counts';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales Data.Order', 'TABLE', true, ARRAY['Id', 'user', 'select', 'amount', 'tags', 'placed', 'note']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.counts';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales Data.users', 'TABLE', true, ARRAY['user', 'Group', 'score']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.counts';

-- Refresh function, called by pg_trickle.refresh('public.counts').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_ec543c883c34579f(p_full boolean) RETURNS text
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
    __pgt_bound_5042d2c2a1e35a2b xid8;
    __pgt_small_5042d2c2a1e35a2b boolean;
    __pgt_bound_a70a373162adfbb7 xid8;
    __pgt_small_a70a373162adfbb7 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales Data.Order' AND d.consumes_changes AND r.stable_name <> 'public.counts'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_5042d2c2a1e35a2b'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales Data.users' AND d.consumes_changes AND r.stable_name <> 'public.counts'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_a70a373162adfbb7'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_5042d2c2a1e35a2b, __pgt_small_5042d2c2a1e35a2b, __pgt_bound_a70a373162adfbb7, __pgt_small_a70a373162adfbb7
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.counts';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.Order', 'Sales Data.users') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
             WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
             WHERE __pgt_small_a70a373162adfbb7 AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_5042d2c2a1e35a2b'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales Data"."Order"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales Data"."Order"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales Data.Order', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_a70a373162adfbb7'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales Data".users'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales Data".users'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales Data.users', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('Sales Data.Order', pg_current_snapshot()::text, 'Sales Data.users', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'counts'
            ),
            -- delete the changes of Sales Data.Order that every reader has consumed
            __pgt_release_5042d2c2a1e35a2b AS (
              DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
               WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of Sales Data.users that every reader has consumed
            __pgt_release_a70a373162adfbb7 AS (
              DELETE FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
               WHERE __pgt_small_a70a373162adfbb7 AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan Sales Data.Order: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_order AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."Id", c."user", c."select", c.amount, c.tags, c.placed, c.note
                FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate in a subquery: the groups its input's changes touch (without GROUP BY, its one group)
            __pgt_changed_groups AS (
              SELECT WHERE EXISTS (SELECT FROM delta_order)
            ),
            -- aggregate in a subquery: the touched groups' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r."Id", r."user", r."select", r.amount, r.tags, r.placed, r.note
                FROM (SELECT u."Id", u."user", u."select", u.amount, u.tags, u.placed, u.note, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c."Id", c."user", c."select", c.amount, c.tags, c.placed, c.note FROM (
                          SELECT c."Id", c."user", c."select", c.amount, c.tags, c.placed, c.note
                            FROM "Sales Data"."Order" AS c
                            JOIN __pgt_changed_groups AS k ON true
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d."Id", d."user", d."select", d.amount, d.tags, d.placed, d.note FROM delta_order AS d) AS u
                       GROUP BY u."Id", u."user", u."select", u.amount, u.tags, u.placed, u.note
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was
            delta_aggregate AS (
              SELECT 1 AS __pgt_w, count(*) AS __pgt_a0
                FROM (
                  SELECT c."Id", c."user", c."select", c.amount, c.tags, c.placed, c.note
                    FROM "Sales Data"."Order" AS c
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
            -- scan Sales Data.users: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_users AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."user", c."Group", c.score
                FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate in a subquery: the groups its input's changes touch
            __pgt_changed_groups_2 AS (
              SELECT DISTINCT d."Group" AS __pgt_g0
                FROM delta_users AS d
            ),
            -- aggregate in a subquery: the touched groups' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before_2 AS (
              SELECT r."user", r."Group", r.score
                FROM (SELECT u."user", u."Group", u.score, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c."user", c."Group", c.score FROM (
                          SELECT c."user", c."Group", c.score
                            FROM "Sales Data".users AS c
                            JOIN __pgt_changed_groups_2 AS k ON c."Group" = k.__pgt_g0
                          UNION ALL
                          SELECT c."user", c."Group", c.score
                            FROM "Sales Data".users AS c
                            JOIN __pgt_changed_groups_2 AS k ON c."Group" IS NULL AND k.__pgt_g0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d."user", d."Group", d.score FROM delta_users AS d) AS u
                       GROUP BY u."user", u."Group", u.score
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was
            delta_aggregate_2 AS (
              SELECT 1 AS __pgt_w, i."Group" AS __pgt_g0, count(*) AS __pgt_a0
                FROM (
                  SELECT c."user", c."Group", c.score
                    FROM "Sales Data".users AS c
                    JOIN __pgt_changed_groups_2 AS k ON c."Group" = k.__pgt_g0
                  UNION ALL
                  SELECT c."user", c."Group", c.score
                    FROM "Sales Data".users AS c
                    JOIN __pgt_changed_groups_2 AS k ON c."Group" IS NULL AND k.__pgt_g0 IS NULL
                ) AS i
               GROUP BY i."Group"
              UNION ALL
              SELECT -1, i."Group" AS __pgt_g0, count(*) AS __pgt_a0
                FROM __pgt_group_rows_before_2 AS i
               GROUP BY i."Group"
            ),
            -- union all (linear): the changes of each of its 2 inputs
            delta_union AS (
              (
                SELECT d.__pgt_w, 'orders' AS k, d.__pgt_a0 AS n
                  FROM delta_aggregate AS d
              )
              UNION ALL
              (
                SELECT d.__pgt_w, d.__pgt_g0 AS k, d.__pgt_a0 AS n
                  FROM delta_aggregate_2 AS d
              )
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.k, d.n, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_union AS d
               GROUP BY d.k, d.n
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.counts AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.counts AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.k, n.n), 0) AND t.k IS NOT DISTINCT FROM n.k AND t.n = n.n
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.counts (k, n, __pgt_row_id)
            SELECT n.k, n.n, hash_record_extended(ROW(n.k, n.n), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.Order', 'Sales Data.users') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.counts') THEN
        DELETE FROM public.counts;
    ELSE
        TRUNCATE public.counts;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('Sales Data.Order'), ('Sales Data.users')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.counts' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('Sales Data.Order', pg_current_snapshot()::text, 'Sales Data.users', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'counts'
    ),
    __pgt_release_5042d2c2a1e35a2b AS (
        DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
         WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_a70a373162adfbb7 AS (
        DELETE FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
         WHERE __pgt_small_a70a373162adfbb7 AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'Sales Data.Order' AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'Sales Data.users' AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.counts (k, n, __pgt_row_id)
    SELECT * FROM (
      SELECT r.k, r.n, hash_record_extended(ROW(r.k, r.n), 0) AS __pgt_row_id
        FROM (
          (
            SELECT 'orders' AS k, i.__pgt_a0 AS n
              FROM (
              SELECT count(*) AS __pgt_a0
                FROM "Sales Data"."Order" AS "Order"
            ) AS i
          )
          UNION ALL
          (
            SELECT i.__pgt_g0 AS k, i.__pgt_a0 AS n
              FROM (
              SELECT users."Group" AS __pgt_g0, count(*) AS __pgt_a0
                FROM "Sales Data".users AS users
               GROUP BY users."Group"
            ) AS i
          )
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.counts', full => true);
ANALYZE public.counts;

-- ========================================================================
-- create stream table public.distinct_flags
-- ========================================================================
-- trickle: stream table public.distinct_flags
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; each distinct row keeps a hidden count of its duplicates
--
-- defining query:
--   SELECT DISTINCT flags, words FROM moods
--
-- operator tree:
--   distinct
--     project flags, words
--       scan public.moods

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.distinct_flags WITH (fillfactor = 50) AS
  SELECT r.flags, r.words, hash_record_extended(ROW((r.flags)::text, (r.words)::text), 0) AS __pgt_row_id, count(*) AS __pgt_count
    FROM (
      SELECT moods.flags AS flags, moods.words AS words
        FROM public.moods AS moods
    ) AS r
   GROUP BY r.flags, r.words
  WITH NO DATA;
ALTER TABLE public.distinct_flags ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_9ed21b52784a518a ON public.distinct_flags (__pgt_row_id);
COMMENT ON TABLE public.distinct_flags IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.distinct_flags'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'distinct_flags', 'public.distinct_flags', '9ed21b52784a518a', 'SELECT DISTINCT flags, words FROM moods', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'distinct', 'refresh_9ed21b52784a518a', 9, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.moods', 'TABLE', true, ARRAY['id', 'feeling', 'cost', 'flags', 'words', 'feelings', 'tag', 'nums']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.distinct_flags';

-- Refresh function, called by pg_trickle.refresh('public.distinct_flags').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_9ed21b52784a518a(p_full boolean) RETURNS text
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
    __pgt_bound_aad560892c6e72da xid8;
    __pgt_small_aad560892c6e72da boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.moods' AND d.consumes_changes AND r.stable_name <> 'public.distinct_flags'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_aad560892c6e72da'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_aad560892c6e72da, __pgt_small_aad560892c6e72da
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.distinct_flags';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.moods') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_aad560892c6e72da AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
             WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_aad560892c6e72da'::regclass) > __pgt_full_ratio * pg_relation_size('public.moods'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_aad560892c6e72da AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.moods'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.moods', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.moods', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'distinct_flags'
            ),
            -- delete the changes of public.moods that every reader has consumed
            __pgt_release_aad560892c6e72da AS (
              DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
               WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.moods: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_moods AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.feeling, c.cost, c.flags, c.words, c.feelings, c.tag, c.nums
                FROM pg_trickle_changes.changes_aad560892c6e72da AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.flags AS flags, d.words AS words
                FROM delta_moods AS d
            ),
            -- distinct: net change in the multiplicity of each row
            __pgt_net AS (
              SELECT d.flags, d.words, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.flags, d.words
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- new multiplicity = stored multiplicity + change; a row stays while it is positive
            __pgt_apply AS (
              SELECT hash_record_extended(ROW((n.flags)::text, (n.words)::text), 0) AS __pgt_row_id, n.flags, n.words, coalesce(s.__pgt_count, 0) + n.__pgt_w AS __pgt_count
                FROM __pgt_net AS n
                LEFT JOIN public.distinct_flags AS s ON s.__pgt_row_id = hash_record_extended(ROW((n.flags)::text, (n.words)::text), 0) AND s.flags IS NOT DISTINCT FROM n.flags AND s.words IS NOT DISTINCT FROM n.words
            )
            MERGE INTO public.distinct_flags AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.flags IS NOT DISTINCT FROM a.flags AND s.words IS NOT DISTINCT FROM a.words
             WHEN MATCHED AND a.__pgt_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_count > 0 THEN INSERT (flags, words, __pgt_row_id, __pgt_count) VALUES (a.flags, a.words, a.__pgt_row_id, a.__pgt_count);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.moods') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.distinct_flags') THEN
        DELETE FROM public.distinct_flags;
    ELSE
        TRUNCATE public.distinct_flags;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.moods')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.distinct_flags' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_9ed21b52784a518a ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT r.flags, r.words, hash_record_extended(ROW((r.flags)::text, (r.words)::text), 0) AS __pgt_row_id, count(*) AS __pgt_count
                FROM (
                  SELECT moods.flags AS flags, moods.words AS words
                    FROM public.moods AS moods
                ) AS r
               GROUP BY r.flags, r.words
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_9ed21b52784a518a AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.moods', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'distinct_flags'
        ),
        __pgt_release_aad560892c6e72da AS (
            DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
             WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.moods' AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.distinct_flags (flags, words, __pgt_row_id, __pgt_count)
        SELECT q.flags, q.words, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_9ed21b52784a518a AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_9ed21b52784a518a;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.moods', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'distinct_flags'
    ),
    __pgt_release_aad560892c6e72da AS (
        DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
         WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.moods' AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.distinct_flags (flags, words, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT r.flags, r.words, hash_record_extended(ROW((r.flags)::text, (r.words)::text), 0) AS __pgt_row_id, count(*) AS __pgt_count
        FROM (
          SELECT moods.flags AS flags, moods.words AS words
            FROM public.moods AS moods
        ) AS r
       GROUP BY r.flags, r.words
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.distinct_flags', full => true);
ANALYZE public.distinct_flags;

-- ========================================================================
-- create stream table public.doc_bodies
-- ========================================================================
-- trickle: stream table public.doc_bodies
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT id, body, shape, meta, hist, body -> 'tags' AS tags, body ->> 'title' AS title FROM docs WHERE id > 0
--
-- operator tree:
--   project id, body, shape, meta, hist, body -> 'tags' AS tags, body ->> 'title' AS title
--     filter id > 0
--       scan public.docs

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.doc_bodies AS
  SELECT r.id, r.body, r.shape, r.meta, r.hist, r.tags, r.title, hashint4extended(r.id, 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i.body AS body, i.shape AS shape, i.meta AS meta, i.hist AS hist, i.body -> 'tags' AS tags, i.body ->> 'title' AS title
        FROM (
        SELECT docs.id, docs.body, docs.shape, docs.meta, docs.hist
          FROM public.docs AS docs
         WHERE docs.id > 0
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.doc_bodies ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_9374eea0c679d8c5 ON public.doc_bodies (__pgt_row_id);
COMMENT ON TABLE public.doc_bodies IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.doc_bodies'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'doc_bodies', 'public.doc_bodies', '9374eea0c679d8c5', 'SELECT id, body, shape, meta, hist, body -> ''tags'' AS tags, body ->> ''title'' AS title FROM docs WHERE id > 0', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_9374eea0c679d8c5', 10, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.docs', 'TABLE', true, ARRAY['id', 'body', 'shape', 'meta', 'hist']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.doc_bodies';

-- Refresh function, called by pg_trickle.refresh('public.doc_bodies').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_9374eea0c679d8c5(p_full boolean) RETURNS text
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
    __pgt_bound_ca3bab675114cc69 xid8;
    __pgt_small_ca3bab675114cc69 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.docs' AND d.consumes_changes AND r.stable_name <> 'public.doc_bodies'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_ca3bab675114cc69'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_ca3bab675114cc69, __pgt_small_ca3bab675114cc69
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.doc_bodies';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.docs') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_ca3bab675114cc69 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_ca3bab675114cc69 AS c
             WHERE __pgt_small_ca3bab675114cc69 AND c.__pgt_xid < least(__pgt_bound_ca3bab675114cc69, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_ca3bab675114cc69'::regclass) > __pgt_full_ratio * pg_relation_size('public.docs'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_ca3bab675114cc69 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.docs'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.docs', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.docs', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'doc_bodies'
            ),
            -- delete the changes of public.docs that every reader has consumed
            __pgt_release_ca3bab675114cc69 AS (
              DELETE FROM pg_trickle_changes.changes_ca3bab675114cc69 AS c
               WHERE __pgt_small_ca3bab675114cc69 AND c.__pgt_xid < least(__pgt_bound_ca3bab675114cc69, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.docs: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_docs AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.body, c.shape, c.meta, c.hist
                FROM pg_trickle_changes.changes_ca3bab675114cc69 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy id > 0
            delta_filter AS (
              SELECT d.__pgt_w, d.id, d.body, d.shape, d.meta, d.hist
                FROM delta_docs AS d
               WHERE d.id > 0
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d.body AS body, d.shape AS shape, d.meta AS meta, d.hist AS hist, d.body -> 'tags' AS tags, d.body ->> 'title' AS title
                FROM delta_filter AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.body, d.shape, d.meta, d.hist, d.tags, d.title, d.__pgt_sum::bigint AS __pgt_w
                FROM (SELECT d.*, sum(d.__pgt_w) OVER __pgt_row AS __pgt_sum, row_number() OVER __pgt_row AS __pgt_nth
                        FROM delta_project AS d
                      WINDOW __pgt_row AS (PARTITION BY d.id, (d.body)::text, (d.shape)::text, (d.meta)::text, (d.hist)::text, (d.tags)::text, d.title)) AS d
               WHERE d.__pgt_nth = 1 AND d.__pgt_sum <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashint4extended(n.id, 0), n.id) hashint4extended(n.id, 0) AS __pgt_row_id, n.id, n.body, n.shape, n.meta, n.hist, n.tags, n.title, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashint4extended(n.id, 0), n.id, n.__pgt_w DESC
            )
            MERGE INTO public.doc_bodies AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.id = a.id
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET id = a.id, body = a.body, shape = a.shape, meta = a.meta, hist = a.hist, tags = a.tags, title = a.title
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (id, body, shape, meta, hist, tags, title, __pgt_row_id) VALUES (a.id, a.body, a.shape, a.meta, a.hist, a.tags, a.title, a.__pgt_row_id);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.docs') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.doc_bodies') THEN
        DELETE FROM public.doc_bodies;
    ELSE
        TRUNCATE public.doc_bodies;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.docs')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.doc_bodies' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.docs', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'doc_bodies'
    ),
    __pgt_release_ca3bab675114cc69 AS (
        DELETE FROM pg_trickle_changes.changes_ca3bab675114cc69 AS c
         WHERE __pgt_small_ca3bab675114cc69 AND c.__pgt_xid < least(__pgt_bound_ca3bab675114cc69, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.docs' AND c.__pgt_xid < least(__pgt_bound_ca3bab675114cc69, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.doc_bodies (id, body, shape, meta, hist, tags, title, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.body, r.shape, r.meta, r.hist, r.tags, r.title, hashint4extended(r.id, 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, i.body AS body, i.shape AS shape, i.meta AS meta, i.hist AS hist, i.body -> 'tags' AS tags, i.body ->> 'title' AS title
            FROM (
            SELECT docs.id, docs.body, docs.shape, docs.meta, docs.hist
              FROM public.docs AS docs
             WHERE docs.id > 0
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.doc_bodies', full => true);
ANALYZE public.doc_bodies;

-- ========================================================================
-- create stream table public.doc_log_joined
-- ========================================================================
-- trickle: stream table public.doc_log_joined
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT l.kind, l.body AS log_body, d.body AS doc_body, d.shape FROM doc_log AS l LEFT JOIN docs AS d ON (d.body ->> 'title') = l.kind
--
-- operator tree:
--   project kind, l_body AS log_body, d_body AS doc_body, shape
--     left outer join on (d_body ->> 'title') = kind
--       scan public.doc_log AS l
--       scan public.docs AS d

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.doc_log_joined AS
  SELECT r.kind, r.log_body, r.doc_body, r.shape, hash_record_extended(ROW(r.kind, (r.log_body)::text, (r.doc_body)::text, (r.shape)::text), 0) AS __pgt_row_id
    FROM (
      SELECT i.kind AS kind, i.l_body AS log_body, i.d_body AS doc_body, i.shape AS shape
        FROM (
        SELECT l.kind AS kind, l.body AS l_body, l.at AS at, d.id AS id, d.body AS d_body, d.shape AS shape, d.meta AS meta, d.hist AS hist
          FROM public.doc_log AS l
          LEFT JOIN public.docs AS d ON (d.body ->> 'title') = l.kind
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.doc_log_joined ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_de8e431e00922466 ON public.doc_log_joined (__pgt_row_id);
COMMENT ON TABLE public.doc_log_joined IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.doc_log_joined'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'doc_log_joined', 'public.doc_log_joined', 'de8e431e00922466', 'SELECT l.kind, l.body AS log_body, d.body AS doc_body, d.shape FROM doc_log AS l LEFT JOIN docs AS d ON (d.body ->> ''title'') = l.kind', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_de8e431e00922466', 11, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.doc_log_joined';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.doc_log', 'TABLE', true, ARRAY['kind', 'body', 'at']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.doc_log_joined';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.docs', 'TABLE', true, ARRAY['id', 'body', 'shape', 'meta', 'hist']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.doc_log_joined';

-- Refresh function, called by pg_trickle.refresh('public.doc_log_joined').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_de8e431e00922466(p_full boolean) RETURNS text
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
    __pgt_bound_8e4e46a684f0235b xid8;
    __pgt_small_8e4e46a684f0235b boolean;
    __pgt_bound_ca3bab675114cc69 xid8;
    __pgt_small_ca3bab675114cc69 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.doc_log' AND d.consumes_changes AND r.stable_name <> 'public.doc_log_joined'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_8e4e46a684f0235b'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.docs' AND d.consumes_changes AND r.stable_name <> 'public.doc_log_joined'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_ca3bab675114cc69'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_8e4e46a684f0235b, __pgt_small_8e4e46a684f0235b, __pgt_bound_ca3bab675114cc69, __pgt_small_ca3bab675114cc69
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.doc_log_joined';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.doc_log', 'public.docs') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_ca3bab675114cc69 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c
             WHERE __pgt_small_8e4e46a684f0235b AND c.__pgt_xid < least(__pgt_bound_8e4e46a684f0235b, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_ca3bab675114cc69 AS c
             WHERE __pgt_small_ca3bab675114cc69 AND c.__pgt_xid < least(__pgt_bound_ca3bab675114cc69, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_8e4e46a684f0235b'::regclass) > __pgt_full_ratio * pg_relation_size('public.doc_log'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.doc_log'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.doc_log', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_ca3bab675114cc69'::regclass) > __pgt_full_ratio * pg_relation_size('public.docs'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_ca3bab675114cc69 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.docs'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.docs', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.doc_log', pg_current_snapshot()::text, 'public.docs', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'doc_log_joined'
            ),
            -- delete the changes of public.doc_log that every reader has consumed
            __pgt_release_8e4e46a684f0235b AS (
              DELETE FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c
               WHERE __pgt_small_8e4e46a684f0235b AND c.__pgt_xid < least(__pgt_bound_8e4e46a684f0235b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.docs that every reader has consumed
            __pgt_release_ca3bab675114cc69 AS (
              DELETE FROM pg_trickle_changes.changes_ca3bab675114cc69 AS c
               WHERE __pgt_small_ca3bab675114cc69 AND c.__pgt_xid < least(__pgt_bound_ca3bab675114cc69, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.doc_log: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_doc_log AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.kind, c.body, c.at
                FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.docs: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_docs AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.body, c.shape, c.meta, c.hist
                FROM pg_trickle_changes.changes_ca3bab675114cc69 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, kind, body, at FROM public.doc_log
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.kind, c.body, c.at FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_docs AS __pgt_x WHERE (__pgt_x.body ->> 'title') = __pgt_p.kind)
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x.id, __pgt_x.body, __pgt_x.__pgt_sum AS __pgt_w
                FROM (SELECT __pgt_x.*, sum(__pgt_x.__pgt_w) OVER __pgt_row AS __pgt_sum, row_number() OVER __pgt_row AS __pgt_nth
                        FROM delta_docs AS __pgt_x
                      WINDOW __pgt_row AS (PARTITION BY __pgt_x.id, (__pgt_x.body)::text)) AS __pgt_x
               WHERE __pgt_x.__pgt_nth = 1 AND __pgt_x.__pgt_sum <> 0
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT l.__pgt_w * d.__pgt_w AS __pgt_w, l.kind AS kind, l.body AS l_body, l.at AS at, d.id AS id, d.body AS d_body, d.shape AS shape, d.meta AS meta, d.hist AS hist
                FROM delta_doc_log AS l,
                     (
                SELECT 1 AS __pgt_w, id, body, shape, meta, hist FROM public.docs
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c.body, c.shape, c.meta, c.hist FROM pg_trickle_changes.changes_ca3bab675114cc69 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS d
               WHERE (d.body ->> 'title') = l.kind
              UNION ALL
              SELECT d.__pgt_w AS __pgt_w, l.kind AS kind, l.body AS l_body, l.at AS at, d.id AS id, d.body AS d_body, d.shape AS shape, d.meta AS meta, d.hist AS hist
                FROM public.doc_log AS l,
                     delta_docs AS d
               WHERE (d.body ->> 'title') = l.kind
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.kind AS kind, __pgt_p.body AS l_body, __pgt_p.at AS at, __pgt_pad.id AS id, __pgt_pad.body AS d_body, __pgt_pad.shape AS shape, __pgt_pad.meta AS meta, __pgt_pad.hist AS hist
                FROM delta_doc_log AS __pgt_p
                LEFT JOIN public.docs AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM public.docs AS __pgt_x WHERE (__pgt_x.body ->> 'title') = __pgt_p.kind)
              UNION ALL
              -- -w: the row gained its first match
              SELECT __pgt_p.__pgt_w * -1 AS __pgt_w, __pgt_p.kind AS kind, __pgt_p.body AS l_body, __pgt_p.at AS at, __pgt_pad.id AS id, __pgt_pad.body AS d_body, __pgt_pad.shape AS shape, __pgt_pad.meta AS meta, __pgt_pad.hist AS hist
                FROM __pgt_candidates AS __pgt_p
                LEFT JOIN public.docs AS __pgt_pad ON false
               WHERE EXISTS (SELECT FROM public.docs AS __pgt_x WHERE (__pgt_x.body ->> 'title') = __pgt_p.kind)
                 AND NOT EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND (__pgt_x.body ->> 'title') = __pgt_p.kind)
                 AND NOT EXISTS (SELECT FROM public.docs AS __pgt_x
                              WHERE (__pgt_x.body ->> 'title') = __pgt_p.kind
                                AND __pgt_x.id NOT IN (SELECT n.id FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
              UNION ALL
              -- +w: the row lost its last match
              SELECT __pgt_p.__pgt_w AS __pgt_w, __pgt_p.kind AS kind, __pgt_p.body AS l_body, __pgt_p.at AS at, __pgt_pad.id AS id, __pgt_pad.body AS d_body, __pgt_pad.shape AS shape, __pgt_pad.meta AS meta, __pgt_pad.hist AS hist
                FROM __pgt_candidates AS __pgt_p
                LEFT JOIN public.docs AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM public.docs AS __pgt_x WHERE (__pgt_x.body ->> 'title') = __pgt_p.kind)
                 AND EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND (__pgt_x.body ->> 'title') = __pgt_p.kind)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.kind AS kind, d.l_body AS log_body, d.d_body AS doc_body, d.shape AS shape
                FROM delta_outer_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.kind, d.log_body, d.doc_body, d.shape, d.__pgt_sum::bigint AS __pgt_w
                FROM (SELECT d.*, sum(d.__pgt_w) OVER __pgt_row AS __pgt_sum, row_number() OVER __pgt_row AS __pgt_nth
                        FROM delta_project AS d
                      WINDOW __pgt_row AS (PARTITION BY d.kind, (d.log_body)::text, (d.doc_body)::text, (d.shape)::text)) AS d
               WHERE d.__pgt_nth = 1 AND d.__pgt_sum <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.doc_log_joined AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.doc_log_joined AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.kind, (n.log_body)::text, (n.doc_body)::text, (n.shape)::text), 0) AND t.kind IS NOT DISTINCT FROM n.kind AND (t.log_body)::text IS NOT DISTINCT FROM (n.log_body)::text AND (t.doc_body)::text IS NOT DISTINCT FROM (n.doc_body)::text AND (t.shape)::text IS NOT DISTINCT FROM (n.shape)::text
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.doc_log_joined (kind, log_body, doc_body, shape, __pgt_row_id)
            SELECT n.kind, n.log_body, n.doc_body, n.shape, hash_record_extended(ROW(n.kind, (n.log_body)::text, (n.doc_body)::text, (n.shape)::text), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.doc_log', 'public.docs') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.doc_log_joined') THEN
        DELETE FROM public.doc_log_joined;
    ELSE
        TRUNCATE public.doc_log_joined;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.doc_log'), ('public.docs')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.doc_log_joined' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.doc_log', pg_current_snapshot()::text, 'public.docs', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'doc_log_joined'
    ),
    __pgt_release_8e4e46a684f0235b AS (
        DELETE FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c
         WHERE __pgt_small_8e4e46a684f0235b AND c.__pgt_xid < least(__pgt_bound_8e4e46a684f0235b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_ca3bab675114cc69 AS (
        DELETE FROM pg_trickle_changes.changes_ca3bab675114cc69 AS c
         WHERE __pgt_small_ca3bab675114cc69 AND c.__pgt_xid < least(__pgt_bound_ca3bab675114cc69, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.doc_log' AND c.__pgt_xid < least(__pgt_bound_8e4e46a684f0235b, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.docs' AND c.__pgt_xid < least(__pgt_bound_ca3bab675114cc69, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.doc_log_joined (kind, log_body, doc_body, shape, __pgt_row_id)
    SELECT * FROM (
      SELECT r.kind, r.log_body, r.doc_body, r.shape, hash_record_extended(ROW(r.kind, (r.log_body)::text, (r.doc_body)::text, (r.shape)::text), 0) AS __pgt_row_id
        FROM (
          SELECT i.kind AS kind, i.l_body AS log_body, i.d_body AS doc_body, i.shape AS shape
            FROM (
            SELECT l.kind AS kind, l.body AS l_body, l.at AS at, d.id AS id, d.body AS d_body, d.shape AS shape, d.meta AS meta, d.hist AS hist
              FROM public.doc_log AS l
              LEFT JOIN public.docs AS d ON (d.body ->> 'title') = l.kind
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.doc_log_joined', full => true);
ANALYZE public.doc_log_joined;

-- ========================================================================
-- create stream table public.doc_log_open
-- ========================================================================
-- trickle: stream table public.doc_log_open
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT kind, body, at, json_build_object('k', kind) AS tagged FROM doc_log WHERE kind <> 'closed'
--
-- operator tree:
--   project kind, body, at, json_build_object('k', kind) AS tagged
--     filter kind <> 'closed'
--       scan public.doc_log

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.doc_log_open AS
  SELECT r.kind, r.body, r.at, r.tagged, hash_record_extended(ROW(r.kind, (r.body)::text, (r.at)::text, (r.tagged)::text), 0) AS __pgt_row_id
    FROM (
      SELECT i.kind AS kind, i.body AS body, i.at AS at, json_build_object('k', i.kind) AS tagged
        FROM (
        SELECT doc_log.kind, doc_log.body, doc_log.at
          FROM public.doc_log AS doc_log
         WHERE doc_log.kind <> 'closed'
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.doc_log_open ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_7beb476da6665917 ON public.doc_log_open (__pgt_row_id);
COMMENT ON TABLE public.doc_log_open IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.doc_log_open'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'doc_log_open', 'public.doc_log_open', '7beb476da6665917', 'SELECT kind, body, at, json_build_object(''k'', kind) AS tagged FROM doc_log WHERE kind <> ''closed''', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_7beb476da6665917', 12, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.doc_log', 'TABLE', true, ARRAY['kind', 'body', 'at']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.doc_log_open';

-- Refresh function, called by pg_trickle.refresh('public.doc_log_open').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_7beb476da6665917(p_full boolean) RETURNS text
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
    __pgt_bound_8e4e46a684f0235b xid8;
    __pgt_small_8e4e46a684f0235b boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.doc_log' AND d.consumes_changes AND r.stable_name <> 'public.doc_log_open'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_8e4e46a684f0235b'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_8e4e46a684f0235b, __pgt_small_8e4e46a684f0235b
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.doc_log_open';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.doc_log') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c
             WHERE __pgt_small_8e4e46a684f0235b AND c.__pgt_xid < least(__pgt_bound_8e4e46a684f0235b, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_8e4e46a684f0235b'::regclass) > __pgt_full_ratio * pg_relation_size('public.doc_log'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.doc_log'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.doc_log', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.doc_log', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'doc_log_open'
            ),
            -- delete the changes of public.doc_log that every reader has consumed
            __pgt_release_8e4e46a684f0235b AS (
              DELETE FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c
               WHERE __pgt_small_8e4e46a684f0235b AND c.__pgt_xid < least(__pgt_bound_8e4e46a684f0235b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.doc_log: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_doc_log AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.kind, c.body, c.at
                FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy kind <> 'closed'
            delta_filter AS (
              SELECT d.__pgt_w, d.kind, d.body, d.at
                FROM delta_doc_log AS d
               WHERE d.kind <> 'closed'
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.kind AS kind, d.body AS body, d.at AS at, json_build_object('k', d.kind) AS tagged
                FROM delta_filter AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.kind, d.body, d.at, d.tagged, d.__pgt_sum::bigint AS __pgt_w
                FROM (SELECT d.*, sum(d.__pgt_w) OVER __pgt_row AS __pgt_sum, row_number() OVER __pgt_row AS __pgt_nth
                        FROM delta_project AS d
                      WINDOW __pgt_row AS (PARTITION BY d.kind, (d.body)::text, (d.at)::text, (d.tagged)::text)) AS d
               WHERE d.__pgt_nth = 1 AND d.__pgt_sum <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.doc_log_open AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.doc_log_open AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.kind, (n.body)::text, (n.at)::text, (n.tagged)::text), 0) AND t.kind IS NOT DISTINCT FROM n.kind AND (t.body)::text IS NOT DISTINCT FROM (n.body)::text AND (t.at)::text IS NOT DISTINCT FROM (n.at)::text AND (t.tagged)::text IS NOT DISTINCT FROM (n.tagged)::text
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.doc_log_open (kind, body, at, tagged, __pgt_row_id)
            SELECT n.kind, n.body, n.at, n.tagged, hash_record_extended(ROW(n.kind, (n.body)::text, (n.at)::text, (n.tagged)::text), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.doc_log') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.doc_log_open') THEN
        DELETE FROM public.doc_log_open;
    ELSE
        TRUNCATE public.doc_log_open;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.doc_log')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.doc_log_open' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.doc_log', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'doc_log_open'
    ),
    __pgt_release_8e4e46a684f0235b AS (
        DELETE FROM pg_trickle_changes.changes_8e4e46a684f0235b AS c
         WHERE __pgt_small_8e4e46a684f0235b AND c.__pgt_xid < least(__pgt_bound_8e4e46a684f0235b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.doc_log' AND c.__pgt_xid < least(__pgt_bound_8e4e46a684f0235b, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.doc_log_open (kind, body, at, tagged, __pgt_row_id)
    SELECT * FROM (
      SELECT r.kind, r.body, r.at, r.tagged, hash_record_extended(ROW(r.kind, (r.body)::text, (r.at)::text, (r.tagged)::text), 0) AS __pgt_row_id
        FROM (
          SELECT i.kind AS kind, i.body AS body, i.at AS at, json_build_object('k', i.kind) AS tagged
            FROM (
            SELECT doc_log.kind, doc_log.body, doc_log.at
              FROM public.doc_log AS doc_log
             WHERE doc_log.kind <> 'closed'
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.doc_log_open', full => true);
ANALYZE public.doc_log_open;

-- ========================================================================
-- create stream table public.glad_ranks
-- ========================================================================
-- trickle: stream table public.glad_ranks
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT id, rank() OVER (PARTITION BY feeling > 'sad' OR id > 3 ORDER BY id) AS r FROM moods WHERE id IS NOT NULL
--
-- operator tree:
--   project id, __pgt_win0 AS r
--     window rank() OVER (PARTITION BY feeling > 'sad' OR id > 3 ORDER BY id)
--       filter id IS NOT NULL
--         scan public.moods

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.glad_ranks AS
  SELECT r.id, r.r, hash_record_extended(ROW(r.id, r.r), 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i.__pgt_win0 AS r
        FROM (
        SELECT i.id, i.feeling, i.cost, i.flags, i.words, i.feelings, i.tag, i.nums, rank() OVER (PARTITION BY i.feeling > 'sad' OR i.id > 3 ORDER BY i.id) AS __pgt_win0
          FROM (
          SELECT moods.id, moods.feeling, moods.cost, moods.flags, moods.words, moods.feelings, moods.tag, moods.nums
            FROM public.moods AS moods
           WHERE moods.id IS NOT NULL
        ) AS i
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.glad_ranks ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_c7c4079a45478c5e ON public.glad_ranks (__pgt_row_id);
COMMENT ON TABLE public.glad_ranks IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.glad_ranks'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'glad_ranks', 'public.glad_ranks', 'c7c4079a45478c5e', 'SELECT id, rank() OVER (PARTITION BY feeling > ''sad'' OR id > 3 ORDER BY id) AS r FROM moods WHERE id IS NOT NULL', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_c7c4079a45478c5e', 13, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- The delta recomputes each group (or window partition) a change touches from its rows:
-- past this share of a source's rows changed, recomputing all of them costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.01 WHERE stable_name = 'public.glad_ranks';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.moods', 'TABLE', true, ARRAY['id', 'feeling', 'cost', 'flags', 'words', 'feelings', 'tag', 'nums']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.glad_ranks';

-- Refresh function, called by pg_trickle.refresh('public.glad_ranks').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_c7c4079a45478c5e(p_full boolean) RETURNS text
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
    __pgt_bound_aad560892c6e72da xid8;
    __pgt_small_aad560892c6e72da boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.moods' AND d.consumes_changes AND r.stable_name <> 'public.glad_ranks'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_aad560892c6e72da'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_aad560892c6e72da, __pgt_small_aad560892c6e72da
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.glad_ranks';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.moods') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_aad560892c6e72da AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
             WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_aad560892c6e72da'::regclass) > __pgt_full_ratio * pg_relation_size('public.moods'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_aad560892c6e72da AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.moods'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.moods', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.moods', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'glad_ranks'
            ),
            -- delete the changes of public.moods that every reader has consumed
            __pgt_release_aad560892c6e72da AS (
              DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
               WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.moods: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_moods AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.feeling, c.cost, c.flags, c.words, c.feelings, c.tag, c.nums
                FROM pg_trickle_changes.changes_aad560892c6e72da AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy id IS NOT NULL
            delta_filter AS (
              SELECT d.__pgt_w, d.id, d.feeling, d.cost, d.flags, d.words, d.feelings, d.tag, d.nums
                FROM delta_moods AS d
               WHERE d.id IS NOT NULL
            ),
            -- window: the partitions its input's changes touch
            __pgt_changed_groups AS (
              SELECT DISTINCT d.feeling > 'sad' OR d.id > 3 AS __pgt_p0
                FROM delta_filter AS d
            ),
            -- window: the touched partitions' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r.id, r.feeling, r.cost, r.flags, r.words, r.feelings, r.tag, r.nums
                FROM (SELECT u.id, u.feeling, u.cost, u.flags, u.words, u.feelings, u.tag, u.nums, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.id, c.feeling, c.cost, c.flags, c.words, c.feelings, c.tag, c.nums FROM (
                          SELECT c.id, c.feeling, c.cost, c.flags, c.words, c.feelings, c.tag, c.nums
                            FROM (
                            SELECT moods.id, moods.feeling, moods.cost, moods.flags, moods.words, moods.feelings, moods.tag, moods.nums
                              FROM public.moods AS moods
                             WHERE moods.id IS NOT NULL
                          ) AS c
                            JOIN __pgt_changed_groups AS k ON (c.feeling > 'sad' OR c.id > 3) = k.__pgt_p0
                          UNION ALL
                          SELECT c.id, c.feeling, c.cost, c.flags, c.words, c.feelings, c.tag, c.nums
                            FROM (
                            SELECT moods.id, moods.feeling, moods.cost, moods.flags, moods.words, moods.feelings, moods.tag, moods.nums
                              FROM public.moods AS moods
                             WHERE moods.id IS NOT NULL
                          ) AS c
                            JOIN __pgt_changed_groups AS k ON (c.feeling > 'sad' OR c.id > 3) IS NULL AND k.__pgt_p0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.id, d.feeling, d.cost, d.flags, d.words, d.feelings, d.tag, d.nums FROM delta_filter AS d) AS u
                       GROUP BY u.id, u.feeling, u.cost, u.flags, u.words, u.feelings, u.tag, u.nums
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- window (recomputed per touched partition): each touched partition as it is now, minus as it was
            delta_window AS (
              SELECT 1 AS __pgt_w, i.id, i.feeling, i.cost, i.flags, i.words, i.feelings, i.tag, i.nums, rank() OVER (PARTITION BY i.feeling > 'sad' OR i.id > 3 ORDER BY i.id) AS __pgt_win0
                FROM (
                  SELECT c.id, c.feeling, c.cost, c.flags, c.words, c.feelings, c.tag, c.nums
                    FROM (
                    SELECT moods.id, moods.feeling, moods.cost, moods.flags, moods.words, moods.feelings, moods.tag, moods.nums
                      FROM public.moods AS moods
                     WHERE moods.id IS NOT NULL
                  ) AS c
                    JOIN __pgt_changed_groups AS k ON (c.feeling > 'sad' OR c.id > 3) = k.__pgt_p0
                  UNION ALL
                  SELECT c.id, c.feeling, c.cost, c.flags, c.words, c.feelings, c.tag, c.nums
                    FROM (
                    SELECT moods.id, moods.feeling, moods.cost, moods.flags, moods.words, moods.feelings, moods.tag, moods.nums
                      FROM public.moods AS moods
                     WHERE moods.id IS NOT NULL
                  ) AS c
                    JOIN __pgt_changed_groups AS k ON (c.feeling > 'sad' OR c.id > 3) IS NULL AND k.__pgt_p0 IS NULL
                ) AS i
              UNION ALL
              SELECT -1, i.id, i.feeling, i.cost, i.flags, i.words, i.feelings, i.tag, i.nums, rank() OVER (PARTITION BY i.feeling > 'sad' OR i.id > 3 ORDER BY i.id) AS __pgt_win0
                FROM __pgt_group_rows_before AS i
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d.__pgt_win0 AS r
                FROM delta_window AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.r, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.id, d.r
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.glad_ranks AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.glad_ranks AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.id, n.r), 0) AND t.id IS NOT DISTINCT FROM n.id AND t.r = n.r
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.glad_ranks (id, r, __pgt_row_id)
            SELECT n.id, n.r, hash_record_extended(ROW(n.id, n.r), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.moods') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.glad_ranks') THEN
        DELETE FROM public.glad_ranks;
    ELSE
        TRUNCATE public.glad_ranks;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.moods')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.glad_ranks' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.moods', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'glad_ranks'
    ),
    __pgt_release_aad560892c6e72da AS (
        DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
         WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.moods' AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.glad_ranks (id, r, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.r, hash_record_extended(ROW(r.id, r.r), 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, i.__pgt_win0 AS r
            FROM (
            SELECT i.id, i.feeling, i.cost, i.flags, i.words, i.feelings, i.tag, i.nums, rank() OVER (PARTITION BY i.feeling > 'sad' OR i.id > 3 ORDER BY i.id) AS __pgt_win0
              FROM (
              SELECT moods.id, moods.feeling, moods.cost, moods.flags, moods.words, moods.feelings, moods.tag, moods.nums
                FROM public.moods AS moods
               WHERE moods.id IS NOT NULL
            ) AS i
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.glad_ranks', full => true);
ANALYZE public.glad_ranks;

-- ========================================================================
-- create stream table public.group_scores
-- ========================================================================
-- trickle: stream table public.group_scores
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT "Group", sum(score) AS s, avg(score) AS a, min("user") AS first_user, max(score) AS best FROM "Sales Data".users GROUP BY "Group"
--
-- operator tree:
--   project __pgt_g0 AS Group, __pgt_a0 AS s, __pgt_a1 AS a, __pgt_a2 AS first_user, __pgt_a3 AS best
--     aggregate sum(score), avg(score), min("user"), max(score) group by "Group"
--       scan Sales Data.users

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.group_scores WITH (fillfactor = 50) AS
  SELECT i."Group" AS "Group",
         sum(i.score) AS s,
         avg(i.score) AS a,
         min(i."user") AS first_user,
         max(i.score) AS best,
         coalesce(hashtextextended(i."Group", 0), 0) AS __pgt_row_id,
         count(*) AS __pgt_count
    FROM (
      SELECT "user", "Group", score FROM "Sales Data".users
    ) AS i
   GROUP BY i."Group"
  WITH NO DATA;
ALTER TABLE public.group_scores ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_05cac701f694e358 ON public.group_scores (__pgt_row_id);
COMMENT ON TABLE public.group_scores IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.group_scores'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'group_scores', 'public.group_scores', '05cac701f694e358', 'SELECT "Group", sum(score) AS s, avg(score) AS a, min("user") AS first_user, max(score) AS best FROM "Sales Data".users GROUP BY "Group"', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_05cac701f694e358', 14, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- The delta recomputes each group (or window partition) a change touches from its rows:
-- past this share of a source's rows changed, recomputing all of them costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.01 WHERE stable_name = 'public.group_scores';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales Data.users', 'TABLE', true, ARRAY['user', 'Group', 'score']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.group_scores';

-- Refresh function, called by pg_trickle.refresh('public.group_scores').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_05cac701f694e358(p_full boolean) RETURNS text
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
    __pgt_bound_a70a373162adfbb7 xid8;
    __pgt_small_a70a373162adfbb7 boolean;
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
             WHERE d.source_stable_name = 'Sales Data.users' AND d.consumes_changes AND r.stable_name <> 'public.group_scores'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_a70a373162adfbb7'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_a70a373162adfbb7, __pgt_small_a70a373162adfbb7
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.group_scores';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.users') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
             WHERE __pgt_small_a70a373162adfbb7 AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_a70a373162adfbb7'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales Data".users'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales Data".users'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales Data.users', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            __pgt_rescan_by_index := EXISTS (SELECT FROM pg_index AS x JOIN pg_attribute AS a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
                     WHERE x.indrelid = '"Sales Data".users'::regclass AND a.attname = 'Group'
                       AND x.indisvalid AND x.indpred IS NULL);
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('Sales Data.users', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'group_scores'
            ),
            -- delete the changes of Sales Data.users that every reader has consumed
            __pgt_release_a70a373162adfbb7 AS (
              DELETE FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
               WHERE __pgt_small_a70a373162adfbb7 AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan Sales Data.users: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_users AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."user", c."Group", c.score
                FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d."Group" AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     min(d."user") FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_2,
                     min(d."user") FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_2,
                     max(d.score) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_3,
                     max(d.score) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_3
                FROM delta_users AS d
               GROUP BY d."Group"
            ),
            -- each changed group with its stored state; every one is recomputed from the sources (an aggregate such as
            -- count(DISTINCT x) keeps no state that a change could be added to)
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.s AS __pgt_old_value_0,
                     s.a AS __pgt_old_value_1,
                     s.first_user AS __pgt_old_value_2,
                     s.best AS __pgt_old_value_3,
                     true
                         OR (g.__pgt_del_2 IS NOT NULL AND (s.first_user IS NULL OR (g.__pgt_del_2 <= s.first_user AND NOT coalesce(g.__pgt_ins_2 <= s.first_user AND g.__pgt_ins_2 < g.__pgt_del_2, false))))
                         OR (g.__pgt_del_3 IS NOT NULL AND (s.best IS NULL OR (g.__pgt_del_3 >= s.best AND NOT coalesce(g.__pgt_ins_3 >= s.best AND g.__pgt_ins_3 > g.__pgt_del_3, false)))) AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.group_scores AS s ON s.__pgt_row_id = coalesce(hashtextextended(g.__pgt_g0, 0), 0) AND s."Group" IS NOT DISTINCT FROM g.__pgt_g0
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1, r.__pgt_value_2, r.__pgt_value_3
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT i."Group" AS __pgt_g0,
                         count(*) AS __pgt_count,
                         sum(i.score) AS __pgt_value_0,
                         avg(i.score) AS __pgt_value_1,
                         min(i."user") AS __pgt_value_2,
                         max(i.score) AS __pgt_value_3
                    FROM (
                    SELECT * FROM (
                      SELECT "user", "Group", score FROM "Sales Data".users
                    ) AS i
                     WHERE __pgt_rescan_by_index AND (i."Group" = ANY (ARRAY(SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan)) OR (i."Group" IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                    UNION ALL
                    SELECT * FROM (
                      SELECT "user", "Group", score FROM "Sales Data".users
                    ) AS i
                     WHERE NOT __pgt_rescan_by_index AND (i."Group" IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan) OR (i."Group" IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                  ) AS i
                   GROUP BY i."Group"
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
                     least(g.__pgt_old_value_2, g.__pgt_ins_2) AS __pgt_value_2,
                     greatest(g.__pgt_old_value_3, g.__pgt_ins_3) AS __pgt_value_3
                FROM __pgt_groups AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows
            __pgt_apply AS (
              SELECT coalesce(hashtextextended(n.__pgt_g0, 0), 0) AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_g0 AS "Group",
                     n.__pgt_value_0 AS s,
                     n.__pgt_value_1 AS a,
                     n.__pgt_value_2 AS first_user,
                     n.__pgt_value_3 AS best,
                     n.__pgt_count,
                     n.__pgt_count > 0 AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.group_scores AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET "Group" = a."Group", s = a.s, a = a.a, first_user = a.first_user, best = a.best, __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT ("Group", s, a, first_user, best, __pgt_row_id, __pgt_count) VALUES (a."Group", a.s, a.a, a.first_user, a.best, a.__pgt_row_id, a.__pgt_count);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.users') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.group_scores') THEN
        DELETE FROM public.group_scores;
    ELSE
        TRUNCATE public.group_scores;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('Sales Data.users')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.group_scores' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_05cac701f694e358 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i."Group" AS "Group",
                     sum(i.score) AS s,
                     avg(i.score) AS a,
                     min(i."user") AS first_user,
                     max(i.score) AS best,
                     coalesce(hashtextextended(i."Group", 0), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count
                FROM (
                  SELECT "user", "Group", score FROM "Sales Data".users
                ) AS i
               GROUP BY i."Group"
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_05cac701f694e358 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('Sales Data.users', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'group_scores'
        ),
        __pgt_release_a70a373162adfbb7 AS (
            DELETE FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
             WHERE __pgt_small_a70a373162adfbb7 AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'Sales Data.users' AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.group_scores ("Group", s, a, first_user, best, __pgt_row_id, __pgt_count)
        SELECT q."Group", q.s, q.a, q.first_user, q.best, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_05cac701f694e358 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_05cac701f694e358;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('Sales Data.users', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'group_scores'
    ),
    __pgt_release_a70a373162adfbb7 AS (
        DELETE FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
         WHERE __pgt_small_a70a373162adfbb7 AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'Sales Data.users' AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.group_scores ("Group", s, a, first_user, best, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT i."Group" AS "Group",
             sum(i.score) AS s,
             avg(i.score) AS a,
             min(i."user") AS first_user,
             max(i.score) AS best,
             coalesce(hashtextextended(i."Group", 0), 0) AS __pgt_row_id,
             count(*) AS __pgt_count
        FROM (
          SELECT "user", "Group", score FROM "Sales Data".users
        ) AS i
       GROUP BY i."Group"
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.group_scores', full => true);
ANALYZE public.group_scores;

-- ========================================================================
-- create stream table public.group_totals
-- ========================================================================
-- trickle: stream table public.group_totals
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT g."Group", count(*) AS n, max(t.total) AS top, sum(t.total) AS total FROM ( SELECT "user", sum(amount) AS total FROM "Sales Data"."Order" GROUP BY "user" ) AS t JOIN "Sales Data".users AS g ON g."user" = t."user" GROUP BY g."Group"
--
-- operator tree:
--   project __pgt_g0 AS Group, __pgt_a0 AS n, __pgt_a1 AS top, __pgt_a2 AS total
--     aggregate count(*), max(t.total), sum(t.total) group by "Group"
--       inner join on g_user = t_user
--         project __pgt_g0 AS user, __pgt_a0 AS total
--           aggregate sum(amount) group by "user"
--             scan Sales Data.Order
--         scan Sales Data.users AS g

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_2).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.group_totals WITH (fillfactor = 50) AS
  SELECT i."Group" AS "Group",
         count(*) AS n,
         max(i.total) AS top,
         sum(i.total) AS total,
         coalesce(hashtextextended(i."Group", 0), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i.total) AS __pgt_nonnull_2
    FROM (
      SELECT __pgt_j1."user" AS t_user, __pgt_j1.total AS total, g."user" AS g_user, g."Group" AS "Group", g.score AS score
        FROM (
        SELECT i.__pgt_g0 AS "user", i.__pgt_a0 AS total
          FROM (
          SELECT "Order"."user" AS __pgt_g0, sum("Order".amount) AS __pgt_a0
            FROM "Sales Data"."Order" AS "Order"
           GROUP BY "Order"."user"
        ) AS i
      ) AS __pgt_j1,
             "Sales Data".users AS g
       WHERE g."user" = __pgt_j1."user"
    ) AS i
   GROUP BY i."Group"
  WITH NO DATA;
ALTER TABLE public.group_totals ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_eb11a6d5bc5d587f ON public.group_totals (__pgt_row_id);
COMMENT ON TABLE public.group_totals IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.group_totals'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'group_totals', 'public.group_totals', 'eb11a6d5bc5d587f', 'SELECT g."Group", count(*) AS n, max(t.total) AS top, sum(t.total) AS total FROM ( SELECT "user", sum(amount) AS total FROM "Sales Data"."Order" GROUP BY "user" ) AS t JOIN "Sales Data".users AS g ON g."user" = t."user" GROUP BY g."Group"', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_eb11a6d5bc5d587f', 15, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- The delta recomputes each group (or window partition) a change touches from its rows:
-- past this share of a source's rows changed, recomputing all of them costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.01 WHERE stable_name = 'public.group_totals';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales Data.Order', 'TABLE', true, ARRAY['Id', 'user', 'select', 'amount', 'tags', 'placed', 'note']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.group_totals';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales Data.users', 'TABLE', true, ARRAY['user', 'Group', 'score']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.group_totals';

-- Refresh function, called by pg_trickle.refresh('public.group_totals').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_eb11a6d5bc5d587f(p_full boolean) RETURNS text
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
    __pgt_bound_5042d2c2a1e35a2b xid8;
    __pgt_small_5042d2c2a1e35a2b boolean;
    __pgt_bound_a70a373162adfbb7 xid8;
    __pgt_small_a70a373162adfbb7 boolean;
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
             WHERE d.source_stable_name = 'Sales Data.Order' AND d.consumes_changes AND r.stable_name <> 'public.group_totals'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_5042d2c2a1e35a2b'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales Data.users' AND d.consumes_changes AND r.stable_name <> 'public.group_totals'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_a70a373162adfbb7'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_5042d2c2a1e35a2b, __pgt_small_5042d2c2a1e35a2b, __pgt_bound_a70a373162adfbb7, __pgt_small_a70a373162adfbb7
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.group_totals';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.Order', 'Sales Data.users') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
             WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
             WHERE __pgt_small_a70a373162adfbb7 AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_5042d2c2a1e35a2b'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales Data"."Order"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales Data"."Order"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales Data.Order', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_a70a373162adfbb7'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales Data".users'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales Data".users'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales Data.users', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            __pgt_rescan_by_index := EXISTS (SELECT FROM pg_index AS x JOIN pg_attribute AS a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
                     WHERE x.indrelid = '"Sales Data".users'::regclass AND a.attname = 'Group'
                       AND x.indisvalid AND x.indpred IS NULL);
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('Sales Data.Order', pg_current_snapshot()::text, 'Sales Data.users', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'group_totals'
            ),
            -- delete the changes of Sales Data.Order that every reader has consumed
            __pgt_release_5042d2c2a1e35a2b AS (
              DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
               WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of Sales Data.users that every reader has consumed
            __pgt_release_a70a373162adfbb7 AS (
              DELETE FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
               WHERE __pgt_small_a70a373162adfbb7 AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan Sales Data.Order: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_order AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."Id", c."user", c."select", c.amount, c.tags, c.placed, c.note
                FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate in a subquery: the groups its input's changes touch
            __pgt_changed_groups AS (
              SELECT DISTINCT d."user" AS __pgt_g0
                FROM delta_order AS d
            ),
            -- aggregate in a subquery: the touched groups' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r."Id", r."user", r."select", r.amount, r.tags, r.placed, r.note
                FROM (SELECT u."Id", u."user", u."select", u.amount, u.tags, u.placed, u.note, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c."Id", c."user", c."select", c.amount, c.tags, c.placed, c.note FROM (
                          SELECT c."Id", c."user", c."select", c.amount, c.tags, c.placed, c.note
                            FROM "Sales Data"."Order" AS c
                            JOIN __pgt_changed_groups AS k ON c."user" = k.__pgt_g0
                          UNION ALL
                          SELECT c."Id", c."user", c."select", c.amount, c.tags, c.placed, c.note
                            FROM "Sales Data"."Order" AS c
                            JOIN __pgt_changed_groups AS k ON c."user" IS NULL AND k.__pgt_g0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d."Id", d."user", d."select", d.amount, d.tags, d.placed, d.note FROM delta_order AS d) AS u
                       GROUP BY u."Id", u."user", u."select", u.amount, u.tags, u.placed, u.note
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was
            delta_aggregate AS (
              SELECT 1 AS __pgt_w, i."user" AS __pgt_g0, sum(i.amount) AS __pgt_a0
                FROM (
                  SELECT c."Id", c."user", c."select", c.amount, c.tags, c.placed, c.note
                    FROM "Sales Data"."Order" AS c
                    JOIN __pgt_changed_groups AS k ON c."user" = k.__pgt_g0
                  UNION ALL
                  SELECT c."Id", c."user", c."select", c.amount, c.tags, c.placed, c.note
                    FROM "Sales Data"."Order" AS c
                    JOIN __pgt_changed_groups AS k ON c."user" IS NULL AND k.__pgt_g0 IS NULL
                ) AS i
               GROUP BY i."user"
              UNION ALL
              SELECT -1, i."user" AS __pgt_g0, sum(i.amount) AS __pgt_a0
                FROM __pgt_group_rows_before AS i
               GROUP BY i."user"
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.__pgt_g0 AS "user", d.__pgt_a0 AS total
                FROM delta_aggregate AS d
            ),
            -- scan Sales Data.users: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_users AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."user", c."Group", c.score
                FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(__pgt_j1) JOIN g
            --   + __pgt_j1' JOIN d(g)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT __pgt_j1.__pgt_w * g.__pgt_w AS __pgt_w, __pgt_j1."user" AS t_user, __pgt_j1.total AS total, g."user" AS g_user, g."Group" AS "Group", g.score AS score
                FROM delta_project AS __pgt_j1,
                     (
                SELECT 1 AS __pgt_w, "user", "Group", score FROM "Sales Data".users
                UNION ALL
                SELECT -__pgt_w, "user", "Group", score FROM delta_users
              ) AS g
               WHERE g."user" = __pgt_j1."user"
              UNION ALL
              SELECT g.__pgt_w AS __pgt_w, __pgt_j1."user" AS t_user, __pgt_j1.total AS total, g."user" AS g_user, g."Group" AS "Group", g.score AS score
                FROM (
                SELECT i.__pgt_g0 AS "user", i.__pgt_a0 AS total
                  FROM (
                  SELECT "Order"."user" AS __pgt_g0, sum("Order".amount) AS __pgt_a0
                    FROM "Sales Data"."Order" AS "Order"
                   GROUP BY "Order"."user"
                ) AS i
              ) AS __pgt_j1,
                     delta_users AS g
               WHERE g."user" = __pgt_j1."user"
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d."Group" AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     max(d.total) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_1,
                     max(d.total) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_1,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.total IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_2,
                     CASE WHEN sum(d.total) FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(d.total) FILTER (WHERE d.__pgt_w > 0) WHEN sum(d.total) FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(d.total) FILTER (WHERE d.__pgt_w < 0)) ELSE sum(d.total) FILTER (WHERE d.__pgt_w > 0) - sum(d.total) FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_2
                FROM delta_join AS d
               GROUP BY d."Group"
            ),
            -- each changed group with its stored state; a group is recomputed from the sources when a deleted value may have been its MIN/MAX or a NaN or an infinity entered or left a SUM or AVG
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.n AS __pgt_old_value_0,
                     s.top AS __pgt_old_value_1,
                     s.total AS __pgt_old_value_2,
                     coalesce(s.__pgt_nonnull_2, 0) AS __pgt_old_nonnull_2,
                     (g.__pgt_del_1 IS NOT NULL AND (s.top IS NULL OR (g.__pgt_del_1 >= s.top AND NOT coalesce(g.__pgt_ins_1 >= s.top AND g.__pgt_ins_1 > g.__pgt_del_1, false))))
                         OR coalesce(g.__pgt_d_value_2::text IN ('NaN', 'Infinity', '-Infinity', 'infinity', '-infinity'), false) AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.group_totals AS s ON s.__pgt_row_id = coalesce(hashtextextended(g.__pgt_g0, 0), 0) AND s."Group" IS NOT DISTINCT FROM g.__pgt_g0
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1, r.__pgt_value_2, coalesce(r.__pgt_nonnull_2, 0) AS __pgt_nonnull_2
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT i."Group" AS __pgt_g0,
                         count(*) AS __pgt_count,
                         count(*) AS __pgt_value_0,
                         max(i.total) AS __pgt_value_1,
                         sum(i.total) AS __pgt_value_2,
                         count(i.total) AS __pgt_nonnull_2
                    FROM (
                    SELECT * FROM (
                      SELECT __pgt_j1."user" AS t_user, __pgt_j1.total AS total, g."user" AS g_user, g."Group" AS "Group", g.score AS score
                        FROM (
                        SELECT i.__pgt_g0 AS "user", i.__pgt_a0 AS total
                          FROM (
                          SELECT "Order"."user" AS __pgt_g0, sum("Order".amount) AS __pgt_a0
                            FROM "Sales Data"."Order" AS "Order"
                           GROUP BY "Order"."user"
                        ) AS i
                      ) AS __pgt_j1,
                             "Sales Data".users AS g
                       WHERE g."user" = __pgt_j1."user"
                    ) AS i
                     WHERE __pgt_rescan_by_index AND (i."Group" = ANY (ARRAY(SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan)) OR (i."Group" IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                    UNION ALL
                    SELECT * FROM (
                      SELECT __pgt_j1."user" AS t_user, __pgt_j1.total AS total, g."user" AS g_user, g."Group" AS "Group", g.score AS score
                        FROM (
                        SELECT i.__pgt_g0 AS "user", i.__pgt_a0 AS total
                          FROM (
                          SELECT "Order"."user" AS __pgt_g0, sum("Order".amount) AS __pgt_a0
                            FROM "Sales Data"."Order" AS "Order"
                           GROUP BY "Order"."user"
                        ) AS i
                      ) AS __pgt_j1,
                             "Sales Data".users AS g
                       WHERE g."user" = __pgt_j1."user"
                    ) AS i
                     WHERE NOT __pgt_rescan_by_index AND (i."Group" IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan) OR (i."Group" IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                  ) AS i
                   GROUP BY i."Group"
                ) AS r ON r.__pgt_g0 IS NOT DISTINCT FROM g.__pgt_g0
               WHERE g.__pgt_rescan
            ),
            -- new state of each changed group: stored state + change, or the recomputed state
            __pgt_new_state AS (
              SELECT g.__pgt_g0 AS __pgt_g0,
                     g.__pgt_ctid,
                     g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                     coalesce(g.__pgt_old_value_0, 0) + g.__pgt_d_value_0 AS __pgt_value_0,
                     greatest(g.__pgt_old_value_1, g.__pgt_ins_1) AS __pgt_value_1,
                     CASE WHEN g.__pgt_old_nonnull_2 + g.__pgt_d_nonnull_2 = 0 THEN NULL WHEN g.__pgt_old_value_2 IS NULL THEN g.__pgt_d_value_2 WHEN g.__pgt_d_value_2 IS NULL THEN g.__pgt_old_value_2 ELSE g.__pgt_old_value_2 + g.__pgt_d_value_2 END AS __pgt_value_2,
                     g.__pgt_old_nonnull_2 + g.__pgt_d_nonnull_2 AS __pgt_nonnull_2
                FROM __pgt_groups AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows
            __pgt_apply AS (
              SELECT coalesce(hashtextextended(n.__pgt_g0, 0), 0) AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_g0 AS "Group",
                     n.__pgt_value_0 AS n,
                     n.__pgt_value_1 AS top,
                     n.__pgt_value_2 AS total,
                     n.__pgt_count,
                     n.__pgt_nonnull_2 AS __pgt_nonnull_2,
                     n.__pgt_count > 0 AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.group_totals AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET "Group" = a."Group", n = a.n, top = a.top, total = a.total, __pgt_count = a.__pgt_count, __pgt_nonnull_2 = a.__pgt_nonnull_2
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT ("Group", n, top, total, __pgt_row_id, __pgt_count, __pgt_nonnull_2) VALUES (a."Group", a.n, a.top, a.total, a.__pgt_row_id, a.__pgt_count, a.__pgt_nonnull_2);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.Order', 'Sales Data.users') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.group_totals') THEN
        DELETE FROM public.group_totals;
    ELSE
        TRUNCATE public.group_totals;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('Sales Data.Order'), ('Sales Data.users')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.group_totals' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_eb11a6d5bc5d587f ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i."Group" AS "Group",
                     count(*) AS n,
                     max(i.total) AS top,
                     sum(i.total) AS total,
                     coalesce(hashtextextended(i."Group", 0), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     count(i.total) AS __pgt_nonnull_2
                FROM (
                  SELECT __pgt_j1."user" AS t_user, __pgt_j1.total AS total, g."user" AS g_user, g."Group" AS "Group", g.score AS score
                    FROM (
                    SELECT i.__pgt_g0 AS "user", i.__pgt_a0 AS total
                      FROM (
                      SELECT "Order"."user" AS __pgt_g0, sum("Order".amount) AS __pgt_a0
                        FROM "Sales Data"."Order" AS "Order"
                       GROUP BY "Order"."user"
                    ) AS i
                  ) AS __pgt_j1,
                         "Sales Data".users AS g
                   WHERE g."user" = __pgt_j1."user"
                ) AS i
               GROUP BY i."Group"
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_eb11a6d5bc5d587f AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('Sales Data.Order', __pgt_full_snapshot::text, 'Sales Data.users', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'group_totals'
        ),
        __pgt_release_5042d2c2a1e35a2b AS (
            DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
             WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_a70a373162adfbb7 AS (
            DELETE FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
             WHERE __pgt_small_a70a373162adfbb7 AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'Sales Data.Order' AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'Sales Data.users' AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.group_totals ("Group", n, top, total, __pgt_row_id, __pgt_count, __pgt_nonnull_2)
        SELECT q."Group", q.n, q.top, q.total, q.__pgt_row_id, q.__pgt_count, q.__pgt_nonnull_2 FROM pg_temp.__pgt_full_eb11a6d5bc5d587f AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_eb11a6d5bc5d587f;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('Sales Data.Order', pg_current_snapshot()::text, 'Sales Data.users', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'group_totals'
    ),
    __pgt_release_5042d2c2a1e35a2b AS (
        DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
         WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_a70a373162adfbb7 AS (
        DELETE FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
         WHERE __pgt_small_a70a373162adfbb7 AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'Sales Data.Order' AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'Sales Data.users' AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.group_totals ("Group", n, top, total, __pgt_row_id, __pgt_count, __pgt_nonnull_2)
    SELECT * FROM (
      SELECT i."Group" AS "Group",
             count(*) AS n,
             max(i.total) AS top,
             sum(i.total) AS total,
             coalesce(hashtextextended(i."Group", 0), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             count(i.total) AS __pgt_nonnull_2
        FROM (
          SELECT __pgt_j1."user" AS t_user, __pgt_j1.total AS total, g."user" AS g_user, g."Group" AS "Group", g.score AS score
            FROM (
            SELECT i.__pgt_g0 AS "user", i.__pgt_a0 AS total
              FROM (
              SELECT "Order"."user" AS __pgt_g0, sum("Order".amount) AS __pgt_a0
                FROM "Sales Data"."Order" AS "Order"
               GROUP BY "Order"."user"
            ) AS i
          ) AS __pgt_j1,
                 "Sales Data".users AS g
           WHERE g."user" = __pgt_j1."user"
        ) AS i
       GROUP BY i."Group"
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.group_totals', full => true);
ANALYZE public.group_totals;

-- ========================================================================
-- create stream table public.happy_or_not
-- ========================================================================
-- trickle: stream table public.happy_or_not
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT feeling = 'happy' OR feeling IS NULL AS glad, min(id) AS first_id FROM moods GROUP BY feeling = 'happy' OR feeling IS NULL
--
-- operator tree:
--   project __pgt_g0 AS glad, __pgt_a0 AS first_id
--     aggregate min(id) group by feeling = 'happy' OR feeling IS NULL
--       scan public.moods

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.happy_or_not WITH (fillfactor = 50) AS
  SELECT (i.feeling = 'happy' OR i.feeling IS NULL) AS glad,
         min(i.id) AS first_id,
         hash_record_extended(ROW((i.feeling = 'happy' OR i.feeling IS NULL)), 0) AS __pgt_row_id,
         count(*) AS __pgt_count
    FROM (
      SELECT id, feeling, cost, flags, words, feelings, tag, nums FROM public.moods
    ) AS i
   GROUP BY (i.feeling = 'happy' OR i.feeling IS NULL)
  WITH NO DATA;
ALTER TABLE public.happy_or_not ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_f286c8e4391e1087 ON public.happy_or_not (__pgt_row_id);
COMMENT ON TABLE public.happy_or_not IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.happy_or_not'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'happy_or_not', 'public.happy_or_not', 'f286c8e4391e1087', 'SELECT feeling = ''happy'' OR feeling IS NULL AS glad, min(id) AS first_id FROM moods GROUP BY feeling = ''happy'' OR feeling IS NULL', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_f286c8e4391e1087', 16, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.moods', 'TABLE', true, ARRAY['id', 'feeling', 'cost', 'flags', 'words', 'feelings', 'tag', 'nums']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.happy_or_not';

-- Refresh function, called by pg_trickle.refresh('public.happy_or_not').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_f286c8e4391e1087(p_full boolean) RETURNS text
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
    __pgt_bound_aad560892c6e72da xid8;
    __pgt_small_aad560892c6e72da boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.moods' AND d.consumes_changes AND r.stable_name <> 'public.happy_or_not'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_aad560892c6e72da'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_aad560892c6e72da, __pgt_small_aad560892c6e72da
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.happy_or_not';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.moods') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_aad560892c6e72da AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
             WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_aad560892c6e72da'::regclass) > __pgt_full_ratio * pg_relation_size('public.moods'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_aad560892c6e72da AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.moods'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.moods', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.moods', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'happy_or_not'
            ),
            -- delete the changes of public.moods that every reader has consumed
            __pgt_release_aad560892c6e72da AS (
              DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
               WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.moods: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_moods AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.feeling, c.cost, c.flags, c.words, c.feelings, c.tag, c.nums
                FROM pg_trickle_changes.changes_aad560892c6e72da AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT (d.feeling = 'happy' OR d.feeling IS NULL) AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     min(d.id) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_0,
                     min(d.id) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_0
                FROM delta_moods AS d
               GROUP BY (d.feeling = 'happy' OR d.feeling IS NULL)
            ),
            -- each changed group with its stored state; a group is recomputed from the sources when a deleted value may have been its MIN/MAX
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.first_id AS __pgt_old_value_0,
                     (g.__pgt_del_0 IS NOT NULL AND (s.first_id IS NULL OR (g.__pgt_del_0 <= s.first_id AND NOT coalesce(g.__pgt_ins_0 <= s.first_id AND g.__pgt_ins_0 < g.__pgt_del_0, false)))) AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.happy_or_not AS s ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0), 0) AND s.glad IS NOT DISTINCT FROM g.__pgt_g0
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT (i.feeling = 'happy' OR i.feeling IS NULL) AS __pgt_g0,
                         count(*) AS __pgt_count,
                         min(i.id) AS __pgt_value_0
                    FROM (
                    SELECT id, feeling, cost, flags, words, feelings, tag, nums FROM public.moods
                  ) AS i
                   WHERE ((i.feeling = 'happy' OR i.feeling IS NULL) IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan) OR ((i.feeling = 'happy' OR i.feeling IS NULL) IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                   GROUP BY (i.feeling = 'happy' OR i.feeling IS NULL)
                ) AS r ON r.__pgt_g0 IS NOT DISTINCT FROM g.__pgt_g0
               WHERE g.__pgt_rescan
            ),
            -- new state of each changed group: stored state + change, or the recomputed state
            __pgt_new_state AS (
              SELECT g.__pgt_g0 AS __pgt_g0,
                     g.__pgt_ctid,
                     g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                     least(g.__pgt_old_value_0, g.__pgt_ins_0) AS __pgt_value_0
                FROM __pgt_groups AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows
            __pgt_apply AS (
              SELECT hash_record_extended(ROW(n.__pgt_g0), 0) AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_g0 AS glad,
                     n.__pgt_value_0 AS first_id,
                     n.__pgt_count,
                     n.__pgt_count > 0 AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.happy_or_not AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET glad = a.glad, first_id = a.first_id, __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (glad, first_id, __pgt_row_id, __pgt_count) VALUES (a.glad, a.first_id, a.__pgt_row_id, a.__pgt_count);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.moods') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.happy_or_not') THEN
        DELETE FROM public.happy_or_not;
    ELSE
        TRUNCATE public.happy_or_not;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.moods')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.happy_or_not' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_f286c8e4391e1087 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT (i.feeling = 'happy' OR i.feeling IS NULL) AS glad,
                     min(i.id) AS first_id,
                     hash_record_extended(ROW((i.feeling = 'happy' OR i.feeling IS NULL)), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count
                FROM (
                  SELECT id, feeling, cost, flags, words, feelings, tag, nums FROM public.moods
                ) AS i
               GROUP BY (i.feeling = 'happy' OR i.feeling IS NULL)
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_f286c8e4391e1087 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.moods', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'happy_or_not'
        ),
        __pgt_release_aad560892c6e72da AS (
            DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
             WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.moods' AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.happy_or_not (glad, first_id, __pgt_row_id, __pgt_count)
        SELECT q.glad, q.first_id, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_f286c8e4391e1087 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_f286c8e4391e1087;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.moods', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'happy_or_not'
    ),
    __pgt_release_aad560892c6e72da AS (
        DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
         WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.moods' AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.happy_or_not (glad, first_id, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT (i.feeling = 'happy' OR i.feeling IS NULL) AS glad,
             min(i.id) AS first_id,
             hash_record_extended(ROW((i.feeling = 'happy' OR i.feeling IS NULL)), 0) AS __pgt_row_id,
             count(*) AS __pgt_count
        FROM (
          SELECT id, feeling, cost, flags, words, feelings, tag, nums FROM public.moods
        ) AS i
       GROUP BY (i.feeling = 'happy' OR i.feeling IS NULL)
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.happy_or_not', full => true);
ANALYZE public.happy_or_not;

-- ========================================================================
-- create stream table public.idle_users
-- ========================================================================
-- trickle: stream table public.idle_users
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT "user" FROM "Sales Data".users WHERE NOT ("user" IN (SELECT "user" FROM "Sales Data"."Order"))
--
-- operator tree:
--   project "user" AS user
--     anti join (NOT EXISTS) on ("user" = sub."user") IS NOT FALSE
--       scan Sales Data.users
--       scan Sales Data.Order

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.idle_users AS
  SELECT r."user", hashtextextended(r."user", 0) AS __pgt_row_id
    FROM (
      SELECT i."user" AS "user"
        FROM (
        SELECT users."user", users."Group", users.score
          FROM "Sales Data".users AS users
         WHERE NOT EXISTS (SELECT FROM "Sales Data"."Order" AS "Order" WHERE (users."user" = "Order"."user") IS NOT FALSE)
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.idle_users ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_55bde16a0dada1ce ON public.idle_users (__pgt_row_id);
COMMENT ON TABLE public.idle_users IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.idle_users'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'idle_users', 'public.idle_users', '55bde16a0dada1ce', 'SELECT "user" FROM "Sales Data".users WHERE NOT ("user" IN (SELECT "user" FROM "Sales Data"."Order"))', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_55bde16a0dada1ce', 17, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.idle_users';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales Data.Order', 'TABLE', true, ARRAY['Id', 'user', 'select', 'amount', 'tags', 'placed', 'note']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.idle_users';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales Data.users', 'TABLE', true, ARRAY['user', 'Group', 'score']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.idle_users';

-- Refresh function, called by pg_trickle.refresh('public.idle_users').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_55bde16a0dada1ce(p_full boolean) RETURNS text
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
    __pgt_bound_5042d2c2a1e35a2b xid8;
    __pgt_small_5042d2c2a1e35a2b boolean;
    __pgt_bound_a70a373162adfbb7 xid8;
    __pgt_small_a70a373162adfbb7 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales Data.Order' AND d.consumes_changes AND r.stable_name <> 'public.idle_users'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_5042d2c2a1e35a2b'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales Data.users' AND d.consumes_changes AND r.stable_name <> 'public.idle_users'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_a70a373162adfbb7'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_5042d2c2a1e35a2b, __pgt_small_5042d2c2a1e35a2b, __pgt_bound_a70a373162adfbb7, __pgt_small_a70a373162adfbb7
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.idle_users';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.Order', 'Sales Data.users') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
             WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
             WHERE __pgt_small_a70a373162adfbb7 AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_5042d2c2a1e35a2b'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales Data"."Order"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales Data"."Order"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales Data.Order', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_a70a373162adfbb7'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales Data".users'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales Data".users'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales Data.users', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('Sales Data.Order', pg_current_snapshot()::text, 'Sales Data.users', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'idle_users'
            ),
            -- delete the changes of Sales Data.Order that every reader has consumed
            __pgt_release_5042d2c2a1e35a2b AS (
              DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
               WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of Sales Data.users that every reader has consumed
            __pgt_release_a70a373162adfbb7 AS (
              DELETE FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
               WHERE __pgt_small_a70a373162adfbb7 AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan Sales Data.Order: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_order AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."Id", c."user", c."select", c.amount, c.tags, c.placed, c.note
                FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan Sales Data.users: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_users AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."user", c."Group", c.score
                FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- anti join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, "user", "Group", score FROM "Sales Data".users
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c."user", c."Group", c.score FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_order AS __pgt_x WHERE (__pgt_p."user" = __pgt_x."user") IS NOT FALSE)
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x."Id", __pgt_x."user", sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_order AS __pgt_x
               GROUP BY __pgt_x."Id", __pgt_x."user"
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- anti join (NOT EXISTS, NOT IN): the changed rows of the left side that match no row of the right,
            -- and the rows of the left side whose match on the right appeared or disappeared
            delta_semi_join AS (
              SELECT __pgt_p.__pgt_w, __pgt_p."user", __pgt_p."Group", __pgt_p.score
                FROM delta_users AS __pgt_p
               WHERE NOT EXISTS (SELECT FROM "Sales Data"."Order" AS __pgt_x WHERE (__pgt_p."user" = __pgt_x."user") IS NOT FALSE)
              UNION ALL
              -- -w: the row gained its first match
              SELECT __pgt_p.__pgt_w * -1 AS __pgt_w, __pgt_p."user", __pgt_p."Group", __pgt_p.score
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM "Sales Data"."Order" AS __pgt_x WHERE (__pgt_p."user" = __pgt_x."user") IS NOT FALSE)
                 AND NOT EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND (__pgt_p."user" = __pgt_x."user") IS NOT FALSE)
                 AND NOT EXISTS (SELECT FROM "Sales Data"."Order" AS __pgt_x
                              WHERE (__pgt_p."user" = __pgt_x."user") IS NOT FALSE
                                AND __pgt_x."Id" NOT IN (SELECT n."Id" FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
              UNION ALL
              -- +w: the row lost its last match
              SELECT __pgt_p.__pgt_w AS __pgt_w, __pgt_p."user", __pgt_p."Group", __pgt_p.score
                FROM __pgt_candidates AS __pgt_p
               WHERE NOT EXISTS (SELECT FROM "Sales Data"."Order" AS __pgt_x WHERE (__pgt_p."user" = __pgt_x."user") IS NOT FALSE)
                 AND EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND (__pgt_p."user" = __pgt_x."user") IS NOT FALSE)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d."user" AS "user"
                FROM delta_semi_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d."user", sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d."user"
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashtextextended(n."user", 0), n."user") hashtextextended(n."user", 0) AS __pgt_row_id, n."user", n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashtextextended(n."user", 0), n."user", n.__pgt_w DESC
            )
            MERGE INTO public.idle_users AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s."user" = a."user"
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET "user" = a."user"
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT ("user", __pgt_row_id) VALUES (a."user", a.__pgt_row_id);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.Order', 'Sales Data.users') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.idle_users') THEN
        DELETE FROM public.idle_users;
    ELSE
        TRUNCATE public.idle_users;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('Sales Data.Order'), ('Sales Data.users')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.idle_users' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('Sales Data.Order', pg_current_snapshot()::text, 'Sales Data.users', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'idle_users'
    ),
    __pgt_release_5042d2c2a1e35a2b AS (
        DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
         WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_a70a373162adfbb7 AS (
        DELETE FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
         WHERE __pgt_small_a70a373162adfbb7 AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'Sales Data.Order' AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'Sales Data.users' AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.idle_users ("user", __pgt_row_id)
    SELECT * FROM (
      SELECT r."user", hashtextextended(r."user", 0) AS __pgt_row_id
        FROM (
          SELECT i."user" AS "user"
            FROM (
            SELECT users."user", users."Group", users.score
              FROM "Sales Data".users AS users
             WHERE NOT EXISTS (SELECT FROM "Sales Data"."Order" AS "Order" WHERE (users."user" = "Order"."user") IS NOT FALSE)
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.idle_users', full => true);
ANALYZE public.idle_users;

-- ========================================================================
-- create stream table public.latest_feelings
-- ========================================================================
-- trickle: stream table public.latest_feelings
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; each distinct row keeps a hidden count of its duplicates
--
-- defining query:
--   SELECT DISTINCT top, low FROM ( SELECT max(feeling) AS top, min(cost) AS low FROM moods GROUP BY id % 2 ) AS per_parity
--
-- operator tree:
--   distinct
--     project top, low
--       project __pgt_a0 AS top, __pgt_a1 AS low
--         aggregate max(feeling), min(cost) group by id % 2
--           scan public.moods

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.latest_feelings WITH (fillfactor = 50) AS
  SELECT r.top, r.low, hash_record_extended(ROW((r.top)::text, (r.low)::numeric), 0) AS __pgt_row_id, count(*) AS __pgt_count
    FROM (
      SELECT i.top AS top, i.low AS low
        FROM (
        SELECT i.__pgt_a0 AS top, i.__pgt_a1 AS low
          FROM (
          SELECT moods.id % 2 AS __pgt_g0, max(moods.feeling) AS __pgt_a0, min(moods.cost) AS __pgt_a1
            FROM public.moods AS moods
           GROUP BY moods.id % 2
        ) AS i
      ) AS i
    ) AS r
   GROUP BY r.top, r.low
  WITH NO DATA;
ALTER TABLE public.latest_feelings ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_c20405e0718ce39c ON public.latest_feelings (__pgt_row_id);
COMMENT ON TABLE public.latest_feelings IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.latest_feelings'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'latest_feelings', 'public.latest_feelings', 'c20405e0718ce39c', 'SELECT DISTINCT top, low FROM ( SELECT max(feeling) AS top, min(cost) AS low FROM moods GROUP BY id % 2 ) AS per_parity', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'distinct', 'refresh_c20405e0718ce39c', 18, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- The delta recomputes each group (or window partition) a change touches from its rows:
-- past this share of a source's rows changed, recomputing all of them costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.01 WHERE stable_name = 'public.latest_feelings';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.moods', 'TABLE', true, ARRAY['id', 'feeling', 'cost', 'flags', 'words', 'feelings', 'tag', 'nums']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.latest_feelings';

-- Refresh function, called by pg_trickle.refresh('public.latest_feelings').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_c20405e0718ce39c(p_full boolean) RETURNS text
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
    __pgt_bound_aad560892c6e72da xid8;
    __pgt_small_aad560892c6e72da boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.moods' AND d.consumes_changes AND r.stable_name <> 'public.latest_feelings'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_aad560892c6e72da'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_aad560892c6e72da, __pgt_small_aad560892c6e72da
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.latest_feelings';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.moods') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_aad560892c6e72da AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
             WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_aad560892c6e72da'::regclass) > __pgt_full_ratio * pg_relation_size('public.moods'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_aad560892c6e72da AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.moods'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.moods', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.moods', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'latest_feelings'
            ),
            -- delete the changes of public.moods that every reader has consumed
            __pgt_release_aad560892c6e72da AS (
              DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
               WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.moods: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_moods AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.feeling, c.cost, c.flags, c.words, c.feelings, c.tag, c.nums
                FROM pg_trickle_changes.changes_aad560892c6e72da AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate in a subquery: the groups its input's changes touch
            __pgt_changed_groups AS (
              SELECT DISTINCT d.id % 2 AS __pgt_g0
                FROM delta_moods AS d
            ),
            -- aggregate in a subquery: the touched groups' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r.id, r.feeling, r.cost, r.flags, r.words, r.feelings, r.tag, r.nums
                FROM (SELECT u.id, u.feeling, u.cost, u.flags, u.words, u.feelings, u.tag, u.nums, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.id, c.feeling, c.cost, c.flags, c.words, c.feelings, c.tag, c.nums FROM (
                          SELECT c.id, c.feeling, c.cost, c.flags, c.words, c.feelings, c.tag, c.nums
                            FROM public.moods AS c
                            JOIN __pgt_changed_groups AS k ON (c.id % 2) = k.__pgt_g0
                          UNION ALL
                          SELECT c.id, c.feeling, c.cost, c.flags, c.words, c.feelings, c.tag, c.nums
                            FROM public.moods AS c
                            JOIN __pgt_changed_groups AS k ON (c.id % 2) IS NULL AND k.__pgt_g0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.id, d.feeling, d.cost, d.flags, d.words, d.feelings, d.tag, d.nums FROM delta_moods AS d) AS u
                       GROUP BY u.id, u.feeling, u.cost, u.flags, u.words, u.feelings, u.tag, u.nums
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was
            delta_aggregate AS (
              SELECT 1 AS __pgt_w, i.id % 2 AS __pgt_g0, max(i.feeling) AS __pgt_a0, min(i.cost) AS __pgt_a1
                FROM (
                  SELECT c.id, c.feeling, c.cost, c.flags, c.words, c.feelings, c.tag, c.nums
                    FROM public.moods AS c
                    JOIN __pgt_changed_groups AS k ON (c.id % 2) = k.__pgt_g0
                  UNION ALL
                  SELECT c.id, c.feeling, c.cost, c.flags, c.words, c.feelings, c.tag, c.nums
                    FROM public.moods AS c
                    JOIN __pgt_changed_groups AS k ON (c.id % 2) IS NULL AND k.__pgt_g0 IS NULL
                ) AS i
               GROUP BY i.id % 2
              UNION ALL
              SELECT -1, i.id % 2 AS __pgt_g0, max(i.feeling) AS __pgt_a0, min(i.cost) AS __pgt_a1
                FROM __pgt_group_rows_before AS i
               GROUP BY i.id % 2
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.__pgt_a0 AS top, d.__pgt_a1 AS low
                FROM delta_aggregate AS d
            ),
            -- project (linear): each changed row, projected
            delta_project_2 AS (
              SELECT d.__pgt_w, d.top AS top, d.low AS low
                FROM delta_project AS d
            ),
            -- distinct: net change in the multiplicity of each row
            __pgt_net AS (
              SELECT d.top, d.low, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project_2 AS d
               GROUP BY d.top, d.low
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- new multiplicity = stored multiplicity + change; a row stays while it is positive
            __pgt_apply AS (
              SELECT hash_record_extended(ROW((n.top)::text, (n.low)::numeric), 0) AS __pgt_row_id, n.top, n.low, coalesce(s.__pgt_count, 0) + n.__pgt_w AS __pgt_count
                FROM __pgt_net AS n
                LEFT JOIN public.latest_feelings AS s ON s.__pgt_row_id = hash_record_extended(ROW((n.top)::text, (n.low)::numeric), 0) AND s.top IS NOT DISTINCT FROM n.top AND s.low IS NOT DISTINCT FROM n.low
            )
            MERGE INTO public.latest_feelings AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.top IS NOT DISTINCT FROM a.top AND s.low IS NOT DISTINCT FROM a.low
             WHEN MATCHED AND a.__pgt_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_count > 0 THEN INSERT (top, low, __pgt_row_id, __pgt_count) VALUES (a.top, a.low, a.__pgt_row_id, a.__pgt_count);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.moods') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.latest_feelings') THEN
        DELETE FROM public.latest_feelings;
    ELSE
        TRUNCATE public.latest_feelings;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.moods')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.latest_feelings' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_c20405e0718ce39c ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT r.top, r.low, hash_record_extended(ROW((r.top)::text, (r.low)::numeric), 0) AS __pgt_row_id, count(*) AS __pgt_count
                FROM (
                  SELECT i.top AS top, i.low AS low
                    FROM (
                    SELECT i.__pgt_a0 AS top, i.__pgt_a1 AS low
                      FROM (
                      SELECT moods.id % 2 AS __pgt_g0, max(moods.feeling) AS __pgt_a0, min(moods.cost) AS __pgt_a1
                        FROM public.moods AS moods
                       GROUP BY moods.id % 2
                    ) AS i
                  ) AS i
                ) AS r
               GROUP BY r.top, r.low
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_c20405e0718ce39c AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.moods', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'latest_feelings'
        ),
        __pgt_release_aad560892c6e72da AS (
            DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
             WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.moods' AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.latest_feelings (top, low, __pgt_row_id, __pgt_count)
        SELECT q.top, q.low, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_c20405e0718ce39c AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_c20405e0718ce39c;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.moods', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'latest_feelings'
    ),
    __pgt_release_aad560892c6e72da AS (
        DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
         WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.moods' AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.latest_feelings (top, low, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT r.top, r.low, hash_record_extended(ROW((r.top)::text, (r.low)::numeric), 0) AS __pgt_row_id, count(*) AS __pgt_count
        FROM (
          SELECT i.top AS top, i.low AS low
            FROM (
            SELECT i.__pgt_a0 AS top, i.__pgt_a1 AS low
              FROM (
              SELECT moods.id % 2 AS __pgt_g0, max(moods.feeling) AS __pgt_a0, min(moods.cost) AS __pgt_a1
                FROM public.moods AS moods
               GROUP BY moods.id % 2
            ) AS i
          ) AS i
        ) AS r
       GROUP BY r.top, r.low
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.latest_feelings', full => true);
ANALYZE public.latest_feelings;

-- ========================================================================
-- create stream table public.line values
-- ========================================================================
-- trickle: stream table public.line values
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT order_id, "line no", qty * price AS value FROM lines WHERE qty > 0
--
-- operator tree:
--   project order_id, "line no" AS line no, qty * price AS value
--     filter qty > 0
--       scan public.lines

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public."line values" AS
  SELECT r.order_id, r."line no", r.value, hash_record_extended(ROW(r.order_id, r."line no"), 0) AS __pgt_row_id
    FROM (
      SELECT i.order_id AS order_id, i."line no" AS "line no", i.qty * i.price AS value
        FROM (
        SELECT lines.order_id, lines."line no", lines.qty, lines.price
          FROM public.lines AS lines
         WHERE lines.qty > 0
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public."line values" ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_59be43485d818ecf ON public."line values" (__pgt_row_id);
COMMENT ON TABLE public."line values" IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public."line values"'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'line values', 'public.line values', '59be43485d818ecf', 'SELECT order_id, "line no", qty * price AS value FROM lines WHERE qty > 0', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_59be43485d818ecf', 19, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.lines', 'TABLE', true, ARRAY['order_id', 'line no', 'qty', 'price']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.line values';

-- Refresh function, called by pg_trickle.refresh('public."line values"').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_59be43485d818ecf(p_full boolean) RETURNS text
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
    __pgt_bound_252127c9fb266884 xid8;
    __pgt_small_252127c9fb266884 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.lines' AND d.consumes_changes AND r.stable_name <> 'public.line values'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_252127c9fb266884'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_252127c9fb266884, __pgt_small_252127c9fb266884
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.line values';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.lines') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_252127c9fb266884 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_252127c9fb266884 AS c
             WHERE __pgt_small_252127c9fb266884 AND c.__pgt_xid < least(__pgt_bound_252127c9fb266884, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_252127c9fb266884'::regclass) > __pgt_full_ratio * pg_relation_size('public.lines'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_252127c9fb266884 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.lines'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.lines', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.lines', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'line values'
            ),
            -- delete the changes of public.lines that every reader has consumed
            __pgt_release_252127c9fb266884 AS (
              DELETE FROM pg_trickle_changes.changes_252127c9fb266884 AS c
               WHERE __pgt_small_252127c9fb266884 AND c.__pgt_xid < least(__pgt_bound_252127c9fb266884, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.lines: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_lines AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.order_id, c."line no", c.qty, c.price
                FROM pg_trickle_changes.changes_252127c9fb266884 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy qty > 0
            delta_filter AS (
              SELECT d.__pgt_w, d.order_id, d."line no", d.qty, d.price
                FROM delta_lines AS d
               WHERE d.qty > 0
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.order_id AS order_id, d."line no" AS "line no", d.qty * d.price AS value
                FROM delta_filter AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.order_id, d."line no", d.value, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.order_id, d."line no", d.value
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hash_record_extended(ROW(n.order_id, n."line no"), 0), n.order_id, n."line no") hash_record_extended(ROW(n.order_id, n."line no"), 0) AS __pgt_row_id, n.order_id, n."line no", n.value, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hash_record_extended(ROW(n.order_id, n."line no"), 0), n.order_id, n."line no", n.__pgt_w DESC
            )
            MERGE INTO public."line values" AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.order_id = a.order_id AND s."line no" = a."line no"
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET order_id = a.order_id, "line no" = a."line no", value = a.value
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (order_id, "line no", value, __pgt_row_id) VALUES (a.order_id, a."line no", a.value, a.__pgt_row_id);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.lines') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.line values') THEN
        DELETE FROM public."line values";
    ELSE
        TRUNCATE public."line values";
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.lines')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.line values' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.lines', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'line values'
    ),
    __pgt_release_252127c9fb266884 AS (
        DELETE FROM pg_trickle_changes.changes_252127c9fb266884 AS c
         WHERE __pgt_small_252127c9fb266884 AND c.__pgt_xid < least(__pgt_bound_252127c9fb266884, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.lines' AND c.__pgt_xid < least(__pgt_bound_252127c9fb266884, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public."line values" (order_id, "line no", value, __pgt_row_id)
    SELECT * FROM (
      SELECT r.order_id, r."line no", r.value, hash_record_extended(ROW(r.order_id, r."line no"), 0) AS __pgt_row_id
        FROM (
          SELECT i.order_id AS order_id, i."line no" AS "line no", i.qty * i.price AS value
            FROM (
            SELECT lines.order_id, lines."line no", lines.qty, lines.price
              FROM public.lines AS lines
             WHERE lines.qty > 0
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public."line values"', full => true);
ANALYZE public."line values";

-- ========================================================================
-- create stream table public.log_levels
-- ========================================================================
-- trickle: stream table public.log_levels
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT level, count(*) AS n, min(msg) AS first_msg, max(level) AS top_level, count(msg) AS msgs FROM logs GROUP BY level
--
-- operator tree:
--   project __pgt_g0 AS level, __pgt_a0 AS n, __pgt_a1 AS first_msg, __pgt_a2 AS top_level, __pgt_a3 AS msgs
--     aggregate count(*), min(msg), max(level), count(msg) group by level
--       scan public.logs

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.log_levels WITH (fillfactor = 50) AS
  SELECT i.level AS level,
         count(*) AS n,
         min(i.msg) AS first_msg,
         max(i.level) AS top_level,
         count(i.msg) AS msgs,
         coalesce(hashint4extended(i.level, 0), 0) AS __pgt_row_id,
         count(*) AS __pgt_count
    FROM (
      SELECT msg, level FROM public.logs
    ) AS i
   GROUP BY i.level
  WITH NO DATA;
ALTER TABLE public.log_levels ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_bb439fba9b668e54 ON public.log_levels (__pgt_row_id);
COMMENT ON TABLE public.log_levels IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.log_levels'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'log_levels', 'public.log_levels', 'bb439fba9b668e54', 'SELECT level, count(*) AS n, min(msg) AS first_msg, max(level) AS top_level, count(msg) AS msgs FROM logs GROUP BY level', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_bb439fba9b668e54', 20, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.logs', 'TABLE', true, ARRAY['msg', 'level']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.log_levels';

-- Refresh function, called by pg_trickle.refresh('public.log_levels').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_bb439fba9b668e54(p_full boolean) RETURNS text
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
    __pgt_bound_27451dc6791119ec xid8;
    __pgt_small_27451dc6791119ec boolean;
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
             WHERE d.source_stable_name = 'public.logs' AND d.consumes_changes AND r.stable_name <> 'public.log_levels'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_27451dc6791119ec'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_27451dc6791119ec, __pgt_small_27451dc6791119ec
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.log_levels';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.logs') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_27451dc6791119ec AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_27451dc6791119ec AS c
             WHERE __pgt_small_27451dc6791119ec AND c.__pgt_xid < least(__pgt_bound_27451dc6791119ec, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_27451dc6791119ec'::regclass) > __pgt_full_ratio * pg_relation_size('public.logs'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_27451dc6791119ec AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.logs'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.logs', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            __pgt_rescan_by_index := EXISTS (SELECT FROM pg_index AS x JOIN pg_attribute AS a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
                     WHERE x.indrelid = 'public.logs'::regclass AND a.attname = 'level'
                       AND x.indisvalid AND x.indpred IS NULL);
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.logs', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'log_levels'
            ),
            -- delete the changes of public.logs that every reader has consumed
            __pgt_release_27451dc6791119ec AS (
              DELETE FROM pg_trickle_changes.changes_27451dc6791119ec AS c
               WHERE __pgt_small_27451dc6791119ec AND c.__pgt_xid < least(__pgt_bound_27451dc6791119ec, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.logs: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_logs AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.msg, c.level
                FROM pg_trickle_changes.changes_27451dc6791119ec AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.level AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     min(d.msg) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_1,
                     min(d.msg) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_1,
                     max(d.level) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_2,
                     max(d.level) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_2,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.msg IS NOT NULL), 0)::bigint AS __pgt_d_value_3
                FROM delta_logs AS d
               GROUP BY d.level
            ),
            -- each changed group with its stored state; a group is recomputed from the sources when a deleted value may have been its MIN/MAX
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.n AS __pgt_old_value_0,
                     s.first_msg AS __pgt_old_value_1,
                     s.top_level AS __pgt_old_value_2,
                     s.msgs AS __pgt_old_value_3,
                     (g.__pgt_del_1 IS NOT NULL AND (s.first_msg IS NULL OR (g.__pgt_del_1 <= s.first_msg AND NOT coalesce(g.__pgt_ins_1 <= s.first_msg AND g.__pgt_ins_1 < g.__pgt_del_1, false))))
                         OR (g.__pgt_del_2 IS NOT NULL AND (s.top_level IS NULL OR (g.__pgt_del_2 >= s.top_level AND NOT coalesce(g.__pgt_ins_2 >= s.top_level AND g.__pgt_ins_2 > g.__pgt_del_2, false)))) AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.log_levels AS s ON s.__pgt_row_id = coalesce(hashint4extended(g.__pgt_g0, 0), 0) AND s.level IS NOT DISTINCT FROM g.__pgt_g0
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1, r.__pgt_value_2, r.__pgt_value_3
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT i.level AS __pgt_g0,
                         count(*) AS __pgt_count,
                         count(*) AS __pgt_value_0,
                         min(i.msg) AS __pgt_value_1,
                         max(i.level) AS __pgt_value_2,
                         count(i.msg) AS __pgt_value_3
                    FROM (
                    SELECT * FROM (
                      SELECT msg, level FROM public.logs
                    ) AS i
                     WHERE __pgt_rescan_by_index AND (i.level = ANY (ARRAY(SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan)) OR (i.level IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                    UNION ALL
                    SELECT * FROM (
                      SELECT msg, level FROM public.logs
                    ) AS i
                     WHERE NOT __pgt_rescan_by_index AND (i.level IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan) OR (i.level IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                  ) AS i
                   GROUP BY i.level
                ) AS r ON r.__pgt_g0 IS NOT DISTINCT FROM g.__pgt_g0
               WHERE g.__pgt_rescan
            ),
            -- new state of each changed group: stored state + change, or the recomputed state
            __pgt_new_state AS (
              SELECT g.__pgt_g0 AS __pgt_g0,
                     g.__pgt_ctid,
                     g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                     coalesce(g.__pgt_old_value_0, 0) + g.__pgt_d_value_0 AS __pgt_value_0,
                     least(g.__pgt_old_value_1, g.__pgt_ins_1) AS __pgt_value_1,
                     greatest(g.__pgt_old_value_2, g.__pgt_ins_2) AS __pgt_value_2,
                     coalesce(g.__pgt_old_value_3, 0) + g.__pgt_d_value_3 AS __pgt_value_3
                FROM __pgt_groups AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows
            __pgt_apply AS (
              SELECT coalesce(hashint4extended(n.__pgt_g0, 0), 0) AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_g0 AS level,
                     n.__pgt_value_0 AS n,
                     n.__pgt_value_1 AS first_msg,
                     n.__pgt_value_2 AS top_level,
                     n.__pgt_value_3 AS msgs,
                     n.__pgt_count,
                     n.__pgt_count > 0 AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.log_levels AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET level = a.level, n = a.n, first_msg = a.first_msg, top_level = a.top_level, msgs = a.msgs, __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (level, n, first_msg, top_level, msgs, __pgt_row_id, __pgt_count) VALUES (a.level, a.n, a.first_msg, a.top_level, a.msgs, a.__pgt_row_id, a.__pgt_count);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.logs') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.log_levels') THEN
        DELETE FROM public.log_levels;
    ELSE
        TRUNCATE public.log_levels;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.logs')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.log_levels' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_bb439fba9b668e54 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.level AS level,
                     count(*) AS n,
                     min(i.msg) AS first_msg,
                     max(i.level) AS top_level,
                     count(i.msg) AS msgs,
                     coalesce(hashint4extended(i.level, 0), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count
                FROM (
                  SELECT msg, level FROM public.logs
                ) AS i
               GROUP BY i.level
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_bb439fba9b668e54 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.logs', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'log_levels'
        ),
        __pgt_release_27451dc6791119ec AS (
            DELETE FROM pg_trickle_changes.changes_27451dc6791119ec AS c
             WHERE __pgt_small_27451dc6791119ec AND c.__pgt_xid < least(__pgt_bound_27451dc6791119ec, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.logs' AND c.__pgt_xid < least(__pgt_bound_27451dc6791119ec, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.log_levels (level, n, first_msg, top_level, msgs, __pgt_row_id, __pgt_count)
        SELECT q.level, q.n, q.first_msg, q.top_level, q.msgs, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_bb439fba9b668e54 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_bb439fba9b668e54;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.logs', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'log_levels'
    ),
    __pgt_release_27451dc6791119ec AS (
        DELETE FROM pg_trickle_changes.changes_27451dc6791119ec AS c
         WHERE __pgt_small_27451dc6791119ec AND c.__pgt_xid < least(__pgt_bound_27451dc6791119ec, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.logs' AND c.__pgt_xid < least(__pgt_bound_27451dc6791119ec, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.log_levels (level, n, first_msg, top_level, msgs, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT i.level AS level,
             count(*) AS n,
             min(i.msg) AS first_msg,
             max(i.level) AS top_level,
             count(i.msg) AS msgs,
             coalesce(hashint4extended(i.level, 0), 0) AS __pgt_row_id,
             count(*) AS __pgt_count
        FROM (
          SELECT msg, level FROM public.logs
        ) AS i
       GROUP BY i.level
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.log_levels', full => true);
ANALYZE public.log_levels;

-- ========================================================================
-- create stream table public.m_by_k
-- ========================================================================
-- trickle: stream table public.m_by_k
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT k, count(*) AS c, min(d) AS first_d, max(ts) AS last_ts, sum(iv) AS total_iv, avg(iv) AS avg_iv, sum(mo) AS money, avg(f) AS avg_f, max(f) AS max_f, bool_and(b) AS all_b, sum(big) AS sum_big, avg(sm) AS avg_sm, min(u::text) AS first_u FROM m GROUP BY k
--
-- operator tree:
--   project __pgt_g0 AS k, __pgt_a0 AS c, __pgt_a1 AS first_d, __pgt_a2 AS last_ts, __pgt_a3 AS total_iv, __pgt_a4 AS avg_iv, __pgt_a5 AS money, __pgt_a6 AS avg_f, __pgt_a7 AS max_f, __pgt_a8 AS all_b, __pgt_a9 AS sum_big, __pgt_a10 AS avg_sm, __pgt_a11 AS first_u
--     aggregate count(*), min(d), max(ts), sum(iv), avg(iv), sum(mo), avg(f), max(f), bool_and(b), sum(big), avg(sm), min(u::text) group by k
--       scan public.m

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_value_4, __pgt_value_10, __pgt_nonnull_3, __pgt_nonnull_4, __pgt_nonnull_5, __pgt_nonnull_9, __pgt_nonnull_10).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.m_by_k WITH (fillfactor = 50) AS
  SELECT i.k AS k,
         count(*) AS c,
         min(i.d) AS first_d,
         max(i.ts) AS last_ts,
         sum(i.iv) AS total_iv,
         CASE WHEN count(i.iv) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.iv)), count(i.iv)) END AS avg_iv,
         sum(i.mo) AS money,
         avg(i.f) AS avg_f,
         max(i.f) AS max_f,
         bool_and(i.b) AS all_b,
         sum(i.big) AS sum_big,
         CASE WHEN count(i.sm) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.sm)), count(i.sm)) END AS avg_sm,
         min(i.u::text) AS first_u,
         coalesce(hashtextextended(i.k, 0), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         sum(pg_trickle.avg_state(i.iv)) AS __pgt_value_4,
         sum(pg_trickle.avg_state(i.sm)) AS __pgt_value_10,
         count(i.iv) AS __pgt_nonnull_3,
         count(i.iv) AS __pgt_nonnull_4,
         count(i.mo) AS __pgt_nonnull_5,
         count(i.big) AS __pgt_nonnull_9,
         count(i.sm) AS __pgt_nonnull_10
    FROM (
      SELECT id, k, d, ts, iv, mo, f, b, u, big, sm FROM public.m
    ) AS i
   GROUP BY i.k
  WITH NO DATA;
ALTER TABLE public.m_by_k ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_f18c9dcd96705d75 ON public.m_by_k (__pgt_row_id);
COMMENT ON TABLE public.m_by_k IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.m_by_k'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'm_by_k', 'public.m_by_k', 'f18c9dcd96705d75', 'SELECT k, count(*) AS c, min(d) AS first_d, max(ts) AS last_ts, sum(iv) AS total_iv, avg(iv) AS avg_iv, sum(mo) AS money, avg(f) AS avg_f, max(f) AS max_f, bool_and(b) AS all_b, sum(big) AS sum_big, avg(sm) AS avg_sm, min(u::text) AS first_u FROM m GROUP BY k', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_f18c9dcd96705d75', 21, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- The delta recomputes each group (or window partition) a change touches from its rows:
-- past this share of a source's rows changed, recomputing all of them costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.01 WHERE stable_name = 'public.m_by_k';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.m', 'TABLE', true, ARRAY['id', 'k', 'd', 'ts', 'iv', 'mo', 'f', 'b', 'u', 'big', 'sm']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.m_by_k';

-- Refresh function, called by pg_trickle.refresh('public.m_by_k').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_f18c9dcd96705d75(p_full boolean) RETURNS text
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
    __pgt_bound_af011ea2b9493b6b xid8;
    __pgt_small_af011ea2b9493b6b boolean;
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
             WHERE d.source_stable_name = 'public.m' AND d.consumes_changes AND r.stable_name <> 'public.m_by_k'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_af011ea2b9493b6b'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_af011ea2b9493b6b, __pgt_small_af011ea2b9493b6b
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.m_by_k';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.m') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
             WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_af011ea2b9493b6b'::regclass) > __pgt_full_ratio * pg_relation_size('public.m'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.m'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.m', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            __pgt_rescan_by_index := EXISTS (SELECT FROM pg_index AS x JOIN pg_attribute AS a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
                     WHERE x.indrelid = 'public.m'::regclass AND a.attname = 'k'
                       AND x.indisvalid AND x.indpred IS NULL);
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.m', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'm_by_k'
            ),
            -- delete the changes of public.m that every reader has consumed
            __pgt_release_af011ea2b9493b6b AS (
              DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
               WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.m: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_m AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.k, c.d, c.ts, c.iv, c.mo, c.f, c.b, c.u, c.big, c.sm
                FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.k AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     min(d.d) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_1,
                     min(d.d) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_1,
                     max(d.ts) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_2,
                     max(d.ts) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_2,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.iv IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_3,
                     CASE WHEN sum(d.iv) FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(d.iv) FILTER (WHERE d.__pgt_w > 0) WHEN sum(d.iv) FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(d.iv) FILTER (WHERE d.__pgt_w < 0)) ELSE sum(d.iv) FILTER (WHERE d.__pgt_w > 0) - sum(d.iv) FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_3,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.iv IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_4,
                     CASE WHEN sum(pg_trickle.avg_state(d.iv)) FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(pg_trickle.avg_state(d.iv)) FILTER (WHERE d.__pgt_w > 0) WHEN sum(pg_trickle.avg_state(d.iv)) FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(pg_trickle.avg_state(d.iv)) FILTER (WHERE d.__pgt_w < 0)) ELSE sum(pg_trickle.avg_state(d.iv)) FILTER (WHERE d.__pgt_w > 0) - sum(pg_trickle.avg_state(d.iv)) FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_4,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.mo IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_5,
                     CASE WHEN sum(d.mo) FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(d.mo) FILTER (WHERE d.__pgt_w > 0) WHEN sum(d.mo) FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(d.mo) FILTER (WHERE d.__pgt_w < 0)) ELSE sum(d.mo) FILTER (WHERE d.__pgt_w > 0) - sum(d.mo) FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_5,
                     max(d.f) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_7,
                     max(d.f) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_7,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.big IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_9,
                     CASE WHEN sum(d.big) FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(d.big) FILTER (WHERE d.__pgt_w > 0) WHEN sum(d.big) FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(d.big) FILTER (WHERE d.__pgt_w < 0)) ELSE sum(d.big) FILTER (WHERE d.__pgt_w > 0) - sum(d.big) FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_9,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.sm IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_10,
                     sum(CASE WHEN d.__pgt_w > 0 THEN pg_trickle.avg_state(d.sm) ELSE -(pg_trickle.avg_state(d.sm)) END) AS __pgt_d_value_10,
                     min(d.u::text) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_11,
                     min(d.u::text) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_11
                FROM delta_m AS d
               GROUP BY d.k
            ),
            -- each changed group with its stored state; every one is recomputed from the sources (an aggregate such as
            -- count(DISTINCT x) keeps no state that a change could be added to)
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.c AS __pgt_old_value_0,
                     s.first_d AS __pgt_old_value_1,
                     s.last_ts AS __pgt_old_value_2,
                     s.total_iv AS __pgt_old_value_3,
                     s.__pgt_value_4 AS __pgt_old_value_4,
                     s.money AS __pgt_old_value_5,
                     s.avg_f AS __pgt_old_value_6,
                     s.max_f AS __pgt_old_value_7,
                     s.all_b AS __pgt_old_value_8,
                     s.sum_big AS __pgt_old_value_9,
                     s.__pgt_value_10 AS __pgt_old_value_10,
                     s.first_u AS __pgt_old_value_11,
                     coalesce(s.__pgt_nonnull_3, 0) AS __pgt_old_nonnull_3,
                     coalesce(s.__pgt_nonnull_4, 0) AS __pgt_old_nonnull_4,
                     coalesce(s.__pgt_nonnull_5, 0) AS __pgt_old_nonnull_5,
                     coalesce(s.__pgt_nonnull_9, 0) AS __pgt_old_nonnull_9,
                     coalesce(s.__pgt_nonnull_10, 0) AS __pgt_old_nonnull_10,
                     true
                         OR (g.__pgt_del_1 IS NOT NULL AND (s.first_d IS NULL OR (g.__pgt_del_1 <= s.first_d AND NOT coalesce(g.__pgt_ins_1 <= s.first_d AND g.__pgt_ins_1 < g.__pgt_del_1, false))))
                         OR (g.__pgt_del_2 IS NOT NULL AND (s.last_ts IS NULL OR (g.__pgt_del_2 >= s.last_ts AND NOT coalesce(g.__pgt_ins_2 >= s.last_ts AND g.__pgt_ins_2 > g.__pgt_del_2, false))))
                         OR (g.__pgt_del_7 IS NOT NULL AND (s.max_f IS NULL OR (g.__pgt_del_7 >= s.max_f AND NOT coalesce(g.__pgt_ins_7 >= s.max_f AND g.__pgt_ins_7 > g.__pgt_del_7, false))))
                         OR (g.__pgt_del_11 IS NOT NULL AND (s.first_u IS NULL OR (g.__pgt_del_11 <= s.first_u AND NOT coalesce(g.__pgt_ins_11 <= s.first_u AND g.__pgt_ins_11 < g.__pgt_del_11, false))))
                         OR coalesce(g.__pgt_d_value_3::text IN ('NaN', 'Infinity', '-Infinity', 'infinity', '-infinity'), false)
                         OR coalesce(g.__pgt_d_value_4::text IN ('NaN', 'Infinity', '-Infinity', 'infinity', '-infinity'), false)
                         OR coalesce(g.__pgt_d_value_5::text IN ('NaN', 'Infinity', '-Infinity', 'infinity', '-infinity'), false) AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.m_by_k AS s ON s.__pgt_row_id = coalesce(hashtextextended(g.__pgt_g0, 0), 0) AND s.k IS NOT DISTINCT FROM g.__pgt_g0
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1, r.__pgt_value_2, r.__pgt_value_3, coalesce(r.__pgt_nonnull_3, 0) AS __pgt_nonnull_3, r.__pgt_value_4, coalesce(r.__pgt_nonnull_4, 0) AS __pgt_nonnull_4, r.__pgt_value_5, coalesce(r.__pgt_nonnull_5, 0) AS __pgt_nonnull_5, r.__pgt_value_6, r.__pgt_value_7, r.__pgt_value_8, r.__pgt_value_9, coalesce(r.__pgt_nonnull_9, 0) AS __pgt_nonnull_9, r.__pgt_value_10, coalesce(r.__pgt_nonnull_10, 0) AS __pgt_nonnull_10, r.__pgt_value_11
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT i.k AS __pgt_g0,
                         count(*) AS __pgt_count,
                         count(*) AS __pgt_value_0,
                         min(i.d) AS __pgt_value_1,
                         max(i.ts) AS __pgt_value_2,
                         sum(i.iv) AS __pgt_value_3,
                         count(i.iv) AS __pgt_nonnull_3,
                         sum(pg_trickle.avg_state(i.iv)) AS __pgt_value_4,
                         count(i.iv) AS __pgt_nonnull_4,
                         sum(i.mo) AS __pgt_value_5,
                         count(i.mo) AS __pgt_nonnull_5,
                         avg(i.f) AS __pgt_value_6,
                         max(i.f) AS __pgt_value_7,
                         bool_and(i.b) AS __pgt_value_8,
                         sum(i.big) AS __pgt_value_9,
                         count(i.big) AS __pgt_nonnull_9,
                         sum(pg_trickle.avg_state(i.sm)) AS __pgt_value_10,
                         count(i.sm) AS __pgt_nonnull_10,
                         min(i.u::text) AS __pgt_value_11
                    FROM (
                    SELECT * FROM (
                      SELECT id, k, d, ts, iv, mo, f, b, u, big, sm FROM public.m
                    ) AS i
                     WHERE __pgt_rescan_by_index AND (i.k = ANY (ARRAY(SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan)) OR (i.k IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                    UNION ALL
                    SELECT * FROM (
                      SELECT id, k, d, ts, iv, mo, f, b, u, big, sm FROM public.m
                    ) AS i
                     WHERE NOT __pgt_rescan_by_index AND (i.k IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan) OR (i.k IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                  ) AS i
                   GROUP BY i.k
                ) AS r ON r.__pgt_g0 IS NOT DISTINCT FROM g.__pgt_g0
               WHERE g.__pgt_rescan
            ),
            -- new state of each changed group: stored state + change, or the recomputed state
            __pgt_new_state AS (
              SELECT g.__pgt_g0 AS __pgt_g0,
                     g.__pgt_ctid,
                     g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                     coalesce(g.__pgt_old_value_0, 0) + g.__pgt_d_value_0 AS __pgt_value_0,
                     least(g.__pgt_old_value_1, g.__pgt_ins_1) AS __pgt_value_1,
                     greatest(g.__pgt_old_value_2, g.__pgt_ins_2) AS __pgt_value_2,
                     CASE WHEN g.__pgt_old_nonnull_3 + g.__pgt_d_nonnull_3 = 0 THEN NULL WHEN g.__pgt_old_value_3 IS NULL THEN g.__pgt_d_value_3 WHEN g.__pgt_d_value_3 IS NULL THEN g.__pgt_old_value_3 ELSE g.__pgt_old_value_3 + g.__pgt_d_value_3 END AS __pgt_value_3,
                     g.__pgt_old_nonnull_3 + g.__pgt_d_nonnull_3 AS __pgt_nonnull_3,
                     CASE WHEN g.__pgt_old_nonnull_4 + g.__pgt_d_nonnull_4 = 0 THEN NULL WHEN g.__pgt_old_value_4 IS NULL THEN g.__pgt_d_value_4 WHEN g.__pgt_d_value_4 IS NULL THEN g.__pgt_old_value_4 ELSE g.__pgt_old_value_4 + g.__pgt_d_value_4 END AS __pgt_value_4,
                     g.__pgt_old_nonnull_4 + g.__pgt_d_nonnull_4 AS __pgt_nonnull_4,
                     CASE WHEN g.__pgt_old_nonnull_5 + g.__pgt_d_nonnull_5 = 0 THEN NULL WHEN g.__pgt_old_value_5 IS NULL THEN g.__pgt_d_value_5 WHEN g.__pgt_d_value_5 IS NULL THEN g.__pgt_old_value_5 ELSE g.__pgt_old_value_5 + g.__pgt_d_value_5 END AS __pgt_value_5,
                     g.__pgt_old_nonnull_5 + g.__pgt_d_nonnull_5 AS __pgt_nonnull_5,
                     g.__pgt_old_value_6 AS __pgt_value_6,
                     greatest(g.__pgt_old_value_7, g.__pgt_ins_7) AS __pgt_value_7,
                     g.__pgt_old_value_8 AS __pgt_value_8,
                     CASE WHEN g.__pgt_old_nonnull_9 + g.__pgt_d_nonnull_9 = 0 THEN NULL WHEN g.__pgt_old_value_9 IS NULL THEN g.__pgt_d_value_9 WHEN g.__pgt_d_value_9 IS NULL THEN g.__pgt_old_value_9 ELSE g.__pgt_old_value_9 + g.__pgt_d_value_9 END AS __pgt_value_9,
                     g.__pgt_old_nonnull_9 + g.__pgt_d_nonnull_9 AS __pgt_nonnull_9,
                     CASE WHEN g.__pgt_old_nonnull_10 + g.__pgt_d_nonnull_10 = 0 THEN NULL WHEN g.__pgt_old_value_10 IS NULL THEN g.__pgt_d_value_10 WHEN g.__pgt_d_value_10 IS NULL THEN g.__pgt_old_value_10 ELSE g.__pgt_old_value_10 + g.__pgt_d_value_10 END AS __pgt_value_10,
                     g.__pgt_old_nonnull_10 + g.__pgt_d_nonnull_10 AS __pgt_nonnull_10,
                     least(g.__pgt_old_value_11, g.__pgt_ins_11) AS __pgt_value_11
                FROM __pgt_groups AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows
            __pgt_apply AS (
              SELECT coalesce(hashtextextended(n.__pgt_g0, 0), 0) AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_g0 AS k,
                     n.__pgt_value_0 AS c,
                     n.__pgt_value_1 AS first_d,
                     n.__pgt_value_2 AS last_ts,
                     n.__pgt_value_3 AS total_iv,
                     CASE WHEN n.__pgt_nonnull_4 = 0 THEN NULL ELSE pg_trickle.avg_final(n.__pgt_value_4, n.__pgt_nonnull_4) END AS avg_iv,
                     n.__pgt_value_5 AS money,
                     n.__pgt_value_6 AS avg_f,
                     n.__pgt_value_7 AS max_f,
                     n.__pgt_value_8 AS all_b,
                     n.__pgt_value_9 AS sum_big,
                     CASE WHEN n.__pgt_nonnull_10 = 0 THEN NULL ELSE pg_trickle.avg_final(n.__pgt_value_10, n.__pgt_nonnull_10) END AS avg_sm,
                     n.__pgt_value_11 AS first_u,
                     n.__pgt_count,
                     n.__pgt_value_4 AS __pgt_value_4,
                     n.__pgt_value_10 AS __pgt_value_10,
                     n.__pgt_nonnull_3 AS __pgt_nonnull_3,
                     n.__pgt_nonnull_4 AS __pgt_nonnull_4,
                     n.__pgt_nonnull_5 AS __pgt_nonnull_5,
                     n.__pgt_nonnull_9 AS __pgt_nonnull_9,
                     n.__pgt_nonnull_10 AS __pgt_nonnull_10,
                     n.__pgt_count > 0 AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.m_by_k AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET k = a.k, c = a.c, first_d = a.first_d, last_ts = a.last_ts, total_iv = a.total_iv, avg_iv = a.avg_iv, money = a.money, avg_f = a.avg_f, max_f = a.max_f, all_b = a.all_b, sum_big = a.sum_big, avg_sm = a.avg_sm, first_u = a.first_u, __pgt_count = a.__pgt_count, __pgt_value_4 = a.__pgt_value_4, __pgt_value_10 = a.__pgt_value_10, __pgt_nonnull_3 = a.__pgt_nonnull_3, __pgt_nonnull_4 = a.__pgt_nonnull_4, __pgt_nonnull_5 = a.__pgt_nonnull_5, __pgt_nonnull_9 = a.__pgt_nonnull_9, __pgt_nonnull_10 = a.__pgt_nonnull_10
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (k, c, first_d, last_ts, total_iv, avg_iv, money, avg_f, max_f, all_b, sum_big, avg_sm, first_u, __pgt_row_id, __pgt_count, __pgt_value_4, __pgt_value_10, __pgt_nonnull_3, __pgt_nonnull_4, __pgt_nonnull_5, __pgt_nonnull_9, __pgt_nonnull_10) VALUES (a.k, a.c, a.first_d, a.last_ts, a.total_iv, a.avg_iv, a.money, a.avg_f, a.max_f, a.all_b, a.sum_big, a.avg_sm, a.first_u, a.__pgt_row_id, a.__pgt_count, a.__pgt_value_4, a.__pgt_value_10, a.__pgt_nonnull_3, a.__pgt_nonnull_4, a.__pgt_nonnull_5, a.__pgt_nonnull_9, a.__pgt_nonnull_10);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.m') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.m_by_k') THEN
        DELETE FROM public.m_by_k;
    ELSE
        TRUNCATE public.m_by_k;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.m')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.m_by_k' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_f18c9dcd96705d75 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.k AS k,
                     count(*) AS c,
                     min(i.d) AS first_d,
                     max(i.ts) AS last_ts,
                     sum(i.iv) AS total_iv,
                     CASE WHEN count(i.iv) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.iv)), count(i.iv)) END AS avg_iv,
                     sum(i.mo) AS money,
                     avg(i.f) AS avg_f,
                     max(i.f) AS max_f,
                     bool_and(i.b) AS all_b,
                     sum(i.big) AS sum_big,
                     CASE WHEN count(i.sm) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.sm)), count(i.sm)) END AS avg_sm,
                     min(i.u::text) AS first_u,
                     coalesce(hashtextextended(i.k, 0), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     sum(pg_trickle.avg_state(i.iv)) AS __pgt_value_4,
                     sum(pg_trickle.avg_state(i.sm)) AS __pgt_value_10,
                     count(i.iv) AS __pgt_nonnull_3,
                     count(i.iv) AS __pgt_nonnull_4,
                     count(i.mo) AS __pgt_nonnull_5,
                     count(i.big) AS __pgt_nonnull_9,
                     count(i.sm) AS __pgt_nonnull_10
                FROM (
                  SELECT id, k, d, ts, iv, mo, f, b, u, big, sm FROM public.m
                ) AS i
               GROUP BY i.k
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_f18c9dcd96705d75 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.m', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'm_by_k'
        ),
        __pgt_release_af011ea2b9493b6b AS (
            DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
             WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.m' AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.m_by_k (k, c, first_d, last_ts, total_iv, avg_iv, money, avg_f, max_f, all_b, sum_big, avg_sm, first_u, __pgt_row_id, __pgt_count, __pgt_value_4, __pgt_value_10, __pgt_nonnull_3, __pgt_nonnull_4, __pgt_nonnull_5, __pgt_nonnull_9, __pgt_nonnull_10)
        SELECT q.k, q.c, q.first_d, q.last_ts, q.total_iv, q.avg_iv, q.money, q.avg_f, q.max_f, q.all_b, q.sum_big, q.avg_sm, q.first_u, q.__pgt_row_id, q.__pgt_count, q.__pgt_value_4, q.__pgt_value_10, q.__pgt_nonnull_3, q.__pgt_nonnull_4, q.__pgt_nonnull_5, q.__pgt_nonnull_9, q.__pgt_nonnull_10 FROM pg_temp.__pgt_full_f18c9dcd96705d75 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_f18c9dcd96705d75;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.m', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'm_by_k'
    ),
    __pgt_release_af011ea2b9493b6b AS (
        DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
         WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.m' AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.m_by_k (k, c, first_d, last_ts, total_iv, avg_iv, money, avg_f, max_f, all_b, sum_big, avg_sm, first_u, __pgt_row_id, __pgt_count, __pgt_value_4, __pgt_value_10, __pgt_nonnull_3, __pgt_nonnull_4, __pgt_nonnull_5, __pgt_nonnull_9, __pgt_nonnull_10)
    SELECT * FROM (
      SELECT i.k AS k,
             count(*) AS c,
             min(i.d) AS first_d,
             max(i.ts) AS last_ts,
             sum(i.iv) AS total_iv,
             CASE WHEN count(i.iv) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.iv)), count(i.iv)) END AS avg_iv,
             sum(i.mo) AS money,
             avg(i.f) AS avg_f,
             max(i.f) AS max_f,
             bool_and(i.b) AS all_b,
             sum(i.big) AS sum_big,
             CASE WHEN count(i.sm) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.sm)), count(i.sm)) END AS avg_sm,
             min(i.u::text) AS first_u,
             coalesce(hashtextextended(i.k, 0), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             sum(pg_trickle.avg_state(i.iv)) AS __pgt_value_4,
             sum(pg_trickle.avg_state(i.sm)) AS __pgt_value_10,
             count(i.iv) AS __pgt_nonnull_3,
             count(i.iv) AS __pgt_nonnull_4,
             count(i.mo) AS __pgt_nonnull_5,
             count(i.big) AS __pgt_nonnull_9,
             count(i.sm) AS __pgt_nonnull_10
        FROM (
          SELECT id, k, d, ts, iv, mo, f, b, u, big, sm FROM public.m
        ) AS i
       GROUP BY i.k
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.m_by_k', full => true);
ANALYZE public.m_by_k;

-- ========================================================================
-- create stream table public.m_float_totals
-- ========================================================================
-- trickle: stream table public.m_float_totals
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT k, count(*) AS c, sum(f) AS sum_f, avg(f::float8 * 2) AS avg_f2 FROM m GROUP BY k
--
-- operator tree:
--   project __pgt_g0 AS k, __pgt_a0 AS c, __pgt_a1 AS sum_f, __pgt_a2 AS avg_f2
--     aggregate count(*), sum(f), avg(f::float8 * 2) group by k
--       scan public.m

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.m_float_totals WITH (fillfactor = 50) AS
  SELECT i.k AS k,
         count(*) AS c,
         sum(i.f) AS sum_f,
         avg(i.f::float8 * 2) AS avg_f2,
         coalesce(hashtextextended(i.k, 0), 0) AS __pgt_row_id,
         count(*) AS __pgt_count
    FROM (
      SELECT id, k, d, ts, iv, mo, f, b, u, big, sm FROM public.m
    ) AS i
   GROUP BY i.k
  WITH NO DATA;
ALTER TABLE public.m_float_totals ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_6fb4f9fd26636a11 ON public.m_float_totals (__pgt_row_id);
COMMENT ON TABLE public.m_float_totals IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.m_float_totals'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'm_float_totals', 'public.m_float_totals', '6fb4f9fd26636a11', 'SELECT k, count(*) AS c, sum(f) AS sum_f, avg(f::float8 * 2) AS avg_f2 FROM m GROUP BY k', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_6fb4f9fd26636a11', 22, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- The delta recomputes each group (or window partition) a change touches from its rows:
-- past this share of a source's rows changed, recomputing all of them costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.01 WHERE stable_name = 'public.m_float_totals';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.m', 'TABLE', true, ARRAY['id', 'k', 'd', 'ts', 'iv', 'mo', 'f', 'b', 'u', 'big', 'sm']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.m_float_totals';

-- Refresh function, called by pg_trickle.refresh('public.m_float_totals').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_6fb4f9fd26636a11(p_full boolean) RETURNS text
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
    __pgt_bound_af011ea2b9493b6b xid8;
    __pgt_small_af011ea2b9493b6b boolean;
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
             WHERE d.source_stable_name = 'public.m' AND d.consumes_changes AND r.stable_name <> 'public.m_float_totals'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_af011ea2b9493b6b'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_af011ea2b9493b6b, __pgt_small_af011ea2b9493b6b
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.m_float_totals';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.m') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
             WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_af011ea2b9493b6b'::regclass) > __pgt_full_ratio * pg_relation_size('public.m'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.m'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.m', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            __pgt_rescan_by_index := EXISTS (SELECT FROM pg_index AS x JOIN pg_attribute AS a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
                     WHERE x.indrelid = 'public.m'::regclass AND a.attname = 'k'
                       AND x.indisvalid AND x.indpred IS NULL);
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.m', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'm_float_totals'
            ),
            -- delete the changes of public.m that every reader has consumed
            __pgt_release_af011ea2b9493b6b AS (
              DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
               WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.m: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_m AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.k, c.d, c.ts, c.iv, c.mo, c.f, c.b, c.u, c.big, c.sm
                FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.k AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0
                FROM delta_m AS d
               GROUP BY d.k
            ),
            -- each changed group with its stored state; every one is recomputed from the sources (an aggregate such as
            -- count(DISTINCT x) keeps no state that a change could be added to)
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.c AS __pgt_old_value_0,
                     s.sum_f AS __pgt_old_value_1,
                     s.avg_f2 AS __pgt_old_value_2,
                     true AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.m_float_totals AS s ON s.__pgt_row_id = coalesce(hashtextextended(g.__pgt_g0, 0), 0) AND s.k IS NOT DISTINCT FROM g.__pgt_g0
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1, r.__pgt_value_2
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT i.k AS __pgt_g0,
                         count(*) AS __pgt_count,
                         count(*) AS __pgt_value_0,
                         sum(i.f) AS __pgt_value_1,
                         avg(i.f::float8 * 2) AS __pgt_value_2
                    FROM (
                    SELECT * FROM (
                      SELECT id, k, d, ts, iv, mo, f, b, u, big, sm FROM public.m
                    ) AS i
                     WHERE __pgt_rescan_by_index AND (i.k = ANY (ARRAY(SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan)) OR (i.k IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                    UNION ALL
                    SELECT * FROM (
                      SELECT id, k, d, ts, iv, mo, f, b, u, big, sm FROM public.m
                    ) AS i
                     WHERE NOT __pgt_rescan_by_index AND (i.k IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan) OR (i.k IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                  ) AS i
                   GROUP BY i.k
                ) AS r ON r.__pgt_g0 IS NOT DISTINCT FROM g.__pgt_g0
               WHERE g.__pgt_rescan
            ),
            -- new state of each changed group: stored state + change, or the recomputed state
            __pgt_new_state AS (
              SELECT g.__pgt_g0 AS __pgt_g0,
                     g.__pgt_ctid,
                     g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                     coalesce(g.__pgt_old_value_0, 0) + g.__pgt_d_value_0 AS __pgt_value_0,
                     g.__pgt_old_value_1 AS __pgt_value_1,
                     g.__pgt_old_value_2 AS __pgt_value_2
                FROM __pgt_groups AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows
            __pgt_apply AS (
              SELECT coalesce(hashtextextended(n.__pgt_g0, 0), 0) AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_g0 AS k,
                     n.__pgt_value_0 AS c,
                     n.__pgt_value_1 AS sum_f,
                     n.__pgt_value_2 AS avg_f2,
                     n.__pgt_count,
                     n.__pgt_count > 0 AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.m_float_totals AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET k = a.k, c = a.c, sum_f = a.sum_f, avg_f2 = a.avg_f2, __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (k, c, sum_f, avg_f2, __pgt_row_id, __pgt_count) VALUES (a.k, a.c, a.sum_f, a.avg_f2, a.__pgt_row_id, a.__pgt_count);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.m') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.m_float_totals') THEN
        DELETE FROM public.m_float_totals;
    ELSE
        TRUNCATE public.m_float_totals;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.m')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.m_float_totals' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_6fb4f9fd26636a11 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.k AS k,
                     count(*) AS c,
                     sum(i.f) AS sum_f,
                     avg(i.f::float8 * 2) AS avg_f2,
                     coalesce(hashtextextended(i.k, 0), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count
                FROM (
                  SELECT id, k, d, ts, iv, mo, f, b, u, big, sm FROM public.m
                ) AS i
               GROUP BY i.k
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_6fb4f9fd26636a11 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.m', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'm_float_totals'
        ),
        __pgt_release_af011ea2b9493b6b AS (
            DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
             WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.m' AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.m_float_totals (k, c, sum_f, avg_f2, __pgt_row_id, __pgt_count)
        SELECT q.k, q.c, q.sum_f, q.avg_f2, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_6fb4f9fd26636a11 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_6fb4f9fd26636a11;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.m', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'm_float_totals'
    ),
    __pgt_release_af011ea2b9493b6b AS (
        DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
         WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.m' AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.m_float_totals (k, c, sum_f, avg_f2, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT i.k AS k,
             count(*) AS c,
             sum(i.f) AS sum_f,
             avg(i.f::float8 * 2) AS avg_f2,
             coalesce(hashtextextended(i.k, 0), 0) AS __pgt_row_id,
             count(*) AS __pgt_count
        FROM (
          SELECT id, k, d, ts, iv, mo, f, b, u, big, sm FROM public.m
        ) AS i
       GROUP BY i.k
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.m_float_totals', full => true);
ANALYZE public.m_float_totals;

-- ========================================================================
-- create stream table public.m_join_n
-- ========================================================================
-- trickle: stream table public.m_join_n
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT m.id, m.k, n.v FROM m JOIN n ON n.k = m.k
--
-- operator tree:
--   project id, m_k AS k, v
--     inner join on n_k = m_k
--       scan public.m
--       scan public.n

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.m_join_n AS
  SELECT r.id, r.k, r.v, hash_record_extended(ROW(r.id, r.k, r.v), 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i.m_k AS k, i.v AS v
        FROM (
        SELECT m.id AS id, m.k AS m_k, m.d AS d, m.ts AS ts, m.iv AS iv, m.mo AS mo, m.f AS f, m.b AS b, m.u AS u, m.big AS big, m.sm AS sm, n.k AS n_k, n.v AS v
          FROM public.m AS m,
               public.n AS n
         WHERE n.k = m.k
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.m_join_n ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_d231e7f34caf6e8c ON public.m_join_n (__pgt_row_id);
COMMENT ON TABLE public.m_join_n IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.m_join_n'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'm_join_n', 'public.m_join_n', 'd231e7f34caf6e8c', 'SELECT m.id, m.k, n.v FROM m JOIN n ON n.k = m.k', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_d231e7f34caf6e8c', 23, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.m', 'TABLE', true, ARRAY['id', 'k', 'd', 'ts', 'iv', 'mo', 'f', 'b', 'u', 'big', 'sm']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.m_join_n';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.n', 'TABLE', true, ARRAY['k', 'v']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.m_join_n';

-- Refresh function, called by pg_trickle.refresh('public.m_join_n').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_d231e7f34caf6e8c(p_full boolean) RETURNS text
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
    __pgt_bound_af011ea2b9493b6b xid8;
    __pgt_small_af011ea2b9493b6b boolean;
    __pgt_bound_783f7d6aa8965746 xid8;
    __pgt_small_783f7d6aa8965746 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.m' AND d.consumes_changes AND r.stable_name <> 'public.m_join_n'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_af011ea2b9493b6b'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.n' AND d.consumes_changes AND r.stable_name <> 'public.m_join_n'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_783f7d6aa8965746'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_af011ea2b9493b6b, __pgt_small_af011ea2b9493b6b, __pgt_bound_783f7d6aa8965746, __pgt_small_783f7d6aa8965746
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.m_join_n';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.m', 'public.n') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
             WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
             WHERE __pgt_small_783f7d6aa8965746 AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_af011ea2b9493b6b'::regclass) > __pgt_full_ratio * pg_relation_size('public.m'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.m'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.m', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_783f7d6aa8965746'::regclass) > __pgt_full_ratio * pg_relation_size('public.n'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.n'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.n', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.m', pg_current_snapshot()::text, 'public.n', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'm_join_n'
            ),
            -- delete the changes of public.m that every reader has consumed
            __pgt_release_af011ea2b9493b6b AS (
              DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
               WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.n that every reader has consumed
            __pgt_release_783f7d6aa8965746 AS (
              DELETE FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
               WHERE __pgt_small_783f7d6aa8965746 AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.m: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_m AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.k, c.d, c.ts, c.iv, c.mo, c.f, c.b, c.u, c.big, c.sm
                FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.n: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_n AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.k, c.v
                FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(m) JOIN n
            --   + m' JOIN d(n)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT m.__pgt_w * n.__pgt_w AS __pgt_w, m.id AS id, m.k AS m_k, m.d AS d, m.ts AS ts, m.iv AS iv, m.mo AS mo, m.f AS f, m.b AS b, m.u AS u, m.big AS big, m.sm AS sm, n.k AS n_k, n.v AS v
                FROM delta_m AS m,
                     (
                SELECT 1 AS __pgt_w, k, v FROM public.n
                UNION ALL
                SELECT -__pgt_w, k, v FROM delta_n
              ) AS n
               WHERE n.k = m.k
              UNION ALL
              SELECT n.__pgt_w AS __pgt_w, m.id AS id, m.k AS m_k, m.d AS d, m.ts AS ts, m.iv AS iv, m.mo AS mo, m.f AS f, m.b AS b, m.u AS u, m.big AS big, m.sm AS sm, n.k AS n_k, n.v AS v
                FROM public.m AS m,
                     delta_n AS n
               WHERE n.k = m.k
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d.m_k AS k, d.v AS v
                FROM delta_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.k, d.v, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.id, d.k, d.v
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.m_join_n AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.m_join_n AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.id, n.k, n.v), 0) AND t.id = n.id AND t.k IS NOT DISTINCT FROM n.k AND t.v IS NOT DISTINCT FROM n.v
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.m_join_n (id, k, v, __pgt_row_id)
            SELECT n.id, n.k, n.v, hash_record_extended(ROW(n.id, n.k, n.v), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.m', 'public.n') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.m_join_n') THEN
        DELETE FROM public.m_join_n;
    ELSE
        TRUNCATE public.m_join_n;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.m'), ('public.n')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.m_join_n' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.m', pg_current_snapshot()::text, 'public.n', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'm_join_n'
    ),
    __pgt_release_af011ea2b9493b6b AS (
        DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
         WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_783f7d6aa8965746 AS (
        DELETE FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
         WHERE __pgt_small_783f7d6aa8965746 AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.m' AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.n' AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.m_join_n (id, k, v, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.k, r.v, hash_record_extended(ROW(r.id, r.k, r.v), 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, i.m_k AS k, i.v AS v
            FROM (
            SELECT m.id AS id, m.k AS m_k, m.d AS d, m.ts AS ts, m.iv AS iv, m.mo AS mo, m.f AS f, m.b AS b, m.u AS u, m.big AS big, m.sm AS sm, n.k AS n_k, n.v AS v
              FROM public.m AS m,
                   public.n AS n
             WHERE n.k = m.k
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.m_join_n', full => true);
ANALYZE public.m_join_n;

-- ========================================================================
-- create stream table public.m_left_n
-- ========================================================================
-- trickle: stream table public.m_left_n
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT m.id, n.v, n.k AS nk FROM m LEFT JOIN n ON n.k = m.k AND n.v > 0
--
-- operator tree:
--   project id, v, n_k AS nk
--     left outer join on n_k = m_k AND v > 0
--       scan public.m
--       scan public.n

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.m_left_n AS
  SELECT r.id, r.v, r.nk, hash_record_extended(ROW(r.id, r.v, r.nk), 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i.v AS v, i.n_k AS nk
        FROM (
        SELECT m.id AS id, m.k AS m_k, m.d AS d, m.ts AS ts, m.iv AS iv, m.mo AS mo, m.f AS f, m.b AS b, m.u AS u, m.big AS big, m.sm AS sm, n.k AS n_k, n.v AS v
          FROM public.m AS m
          LEFT JOIN public.n AS n ON n.k = m.k AND n.v > 0
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.m_left_n ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_7ae0db61bbd17def ON public.m_left_n (__pgt_row_id);
COMMENT ON TABLE public.m_left_n IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.m_left_n'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'm_left_n', 'public.m_left_n', '7ae0db61bbd17def', 'SELECT m.id, n.v, n.k AS nk FROM m LEFT JOIN n ON n.k = m.k AND n.v > 0', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_7ae0db61bbd17def', 24, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.m_left_n';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.m', 'TABLE', true, ARRAY['id', 'k', 'd', 'ts', 'iv', 'mo', 'f', 'b', 'u', 'big', 'sm']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.m_left_n';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.n', 'TABLE', true, ARRAY['k', 'v']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.m_left_n';

-- Refresh function, called by pg_trickle.refresh('public.m_left_n').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_7ae0db61bbd17def(p_full boolean) RETURNS text
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
    __pgt_bound_af011ea2b9493b6b xid8;
    __pgt_small_af011ea2b9493b6b boolean;
    __pgt_bound_783f7d6aa8965746 xid8;
    __pgt_small_783f7d6aa8965746 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.m' AND d.consumes_changes AND r.stable_name <> 'public.m_left_n'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_af011ea2b9493b6b'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.n' AND d.consumes_changes AND r.stable_name <> 'public.m_left_n'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_783f7d6aa8965746'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_af011ea2b9493b6b, __pgt_small_af011ea2b9493b6b, __pgt_bound_783f7d6aa8965746, __pgt_small_783f7d6aa8965746
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.m_left_n';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.m', 'public.n') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
             WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
             WHERE __pgt_small_783f7d6aa8965746 AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_af011ea2b9493b6b'::regclass) > __pgt_full_ratio * pg_relation_size('public.m'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.m'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.m', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_783f7d6aa8965746'::regclass) > __pgt_full_ratio * pg_relation_size('public.n'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.n'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.n', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.m', pg_current_snapshot()::text, 'public.n', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'm_left_n'
            ),
            -- delete the changes of public.m that every reader has consumed
            __pgt_release_af011ea2b9493b6b AS (
              DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
               WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.n that every reader has consumed
            __pgt_release_783f7d6aa8965746 AS (
              DELETE FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
               WHERE __pgt_small_783f7d6aa8965746 AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.m: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_m AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.k, c.d, c.ts, c.iv, c.mo, c.f, c.b, c.u, c.big, c.sm
                FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.n: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_n AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.k, c.v
                FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, k, d, ts, iv, mo, f, b, u, big, sm FROM public.m
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c.k, c.d, c.ts, c.iv, c.mo, c.f, c.b, c.u, c.big, c.sm FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_n AS __pgt_x WHERE __pgt_x.k = __pgt_p.k AND __pgt_x.v > 0)
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN public.n AS __pgt_x ON __pgt_x.k = __pgt_p.k AND __pgt_x.v > 0
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN delta_n AS __pgt_x ON __pgt_x.k = __pgt_p.k AND __pgt_x.v > 0
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT m.__pgt_w * n.__pgt_w AS __pgt_w, m.id AS id, m.k AS m_k, m.d AS d, m.ts AS ts, m.iv AS iv, m.mo AS mo, m.f AS f, m.b AS b, m.u AS u, m.big AS big, m.sm AS sm, n.k AS n_k, n.v AS v
                FROM delta_m AS m,
                     (
                SELECT 1 AS __pgt_w, k, v FROM public.n
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.k, c.v FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS n
               WHERE n.k = m.k AND n.v > 0
              UNION ALL
              SELECT n.__pgt_w AS __pgt_w, m.id AS id, m.k AS m_k, m.d AS d, m.ts AS ts, m.iv AS iv, m.mo AS mo, m.f AS f, m.b AS b, m.u AS u, m.big AS big, m.sm AS sm, n.k AS n_k, n.v AS v
                FROM public.m AS m,
                     delta_n AS n
               WHERE n.k = m.k AND n.v > 0
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.id AS id, __pgt_p.k AS m_k, __pgt_p.d AS d, __pgt_p.ts AS ts, __pgt_p.iv AS iv, __pgt_p.mo AS mo, __pgt_p.f AS f, __pgt_p.b AS b, __pgt_p.u AS u, __pgt_p.big AS big, __pgt_p.sm AS sm, __pgt_pad.k AS n_k, __pgt_pad.v AS v
                FROM delta_m AS __pgt_p
                LEFT JOIN public.n AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM public.n AS __pgt_x WHERE __pgt_x.k = __pgt_p.k AND __pgt_x.v > 0)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p.id AS id, __pgt_p.k AS m_k, __pgt_p.d AS d, __pgt_p.ts AS ts, __pgt_p.iv AS iv, __pgt_p.mo AS mo, __pgt_p.f AS f, __pgt_p.b AS b, __pgt_p.u AS u, __pgt_p.big AS big, __pgt_p.sm AS sm, __pgt_pad.k AS n_k, __pgt_pad.v AS v
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matches_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN public.n AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d.v AS v, d.n_k AS nk
                FROM delta_outer_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.v, d.nk, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.id, d.v, d.nk
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.m_left_n AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.m_left_n AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.id, n.v, n.nk), 0) AND t.id = n.id AND t.v IS NOT DISTINCT FROM n.v AND t.nk IS NOT DISTINCT FROM n.nk
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.m_left_n (id, v, nk, __pgt_row_id)
            SELECT n.id, n.v, n.nk, hash_record_extended(ROW(n.id, n.v, n.nk), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.m', 'public.n') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.m_left_n') THEN
        DELETE FROM public.m_left_n;
    ELSE
        TRUNCATE public.m_left_n;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.m'), ('public.n')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.m_left_n' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.m', pg_current_snapshot()::text, 'public.n', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'm_left_n'
    ),
    __pgt_release_af011ea2b9493b6b AS (
        DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
         WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_783f7d6aa8965746 AS (
        DELETE FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
         WHERE __pgt_small_783f7d6aa8965746 AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.m' AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.n' AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.m_left_n (id, v, nk, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.v, r.nk, hash_record_extended(ROW(r.id, r.v, r.nk), 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, i.v AS v, i.n_k AS nk
            FROM (
            SELECT m.id AS id, m.k AS m_k, m.d AS d, m.ts AS ts, m.iv AS iv, m.mo AS mo, m.f AS f, m.b AS b, m.u AS u, m.big AS big, m.sm AS sm, n.k AS n_k, n.v AS v
              FROM public.m AS m
              LEFT JOIN public.n AS n ON n.k = m.k AND n.v > 0
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.m_left_n', full => true);
ANALYZE public.m_left_n;

-- ========================================================================
-- create stream table public.m_scalar
-- ========================================================================
-- trickle: stream table public.m_scalar
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT count(*) AS c, sum(big) AS s, max(k) AS mk, min(ts) AS first_ts FROM m
--
-- operator tree:
--   project __pgt_a0 AS c, __pgt_a1 AS s, __pgt_a2 AS mk, __pgt_a3 AS first_ts
--     aggregate count(*), sum(big), max(k), min(ts) (one group)
--       scan public.m

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_1).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.m_scalar WITH (fillfactor = 50) AS
  SELECT count(*) AS c,
         sum(i.big) AS s,
         max(i.k) AS mk,
         min(i.ts) AS first_ts,
         0::bigint AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i.big) AS __pgt_nonnull_1
    FROM (
      SELECT id, k, d, ts, iv, mo, f, b, u, big, sm FROM public.m
    ) AS i
  WITH NO DATA;
ALTER TABLE public.m_scalar ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_be98e37bc6c6973d ON public.m_scalar (__pgt_row_id);
COMMENT ON TABLE public.m_scalar IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.m_scalar'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'm_scalar', 'public.m_scalar', 'be98e37bc6c6973d', 'SELECT count(*) AS c, sum(big) AS s, max(k) AS mk, min(ts) AS first_ts FROM m', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_be98e37bc6c6973d', 25, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.m', 'TABLE', true, ARRAY['id', 'k', 'd', 'ts', 'iv', 'mo', 'f', 'b', 'u', 'big', 'sm']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.m_scalar';

-- Refresh function, called by pg_trickle.refresh('public.m_scalar').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_be98e37bc6c6973d(p_full boolean) RETURNS text
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
    __pgt_bound_af011ea2b9493b6b xid8;
    __pgt_small_af011ea2b9493b6b boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.m' AND d.consumes_changes AND r.stable_name <> 'public.m_scalar'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_af011ea2b9493b6b'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_af011ea2b9493b6b, __pgt_small_af011ea2b9493b6b
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.m_scalar';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.m') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
             WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_af011ea2b9493b6b'::regclass) > __pgt_full_ratio * pg_relation_size('public.m'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.m'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.m', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.m', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'm_scalar'
            ),
            -- delete the changes of public.m that every reader has consumed
            __pgt_release_af011ea2b9493b6b AS (
              DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
               WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.m: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_m AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.k, c.d, c.ts, c.iv, c.mo, c.f, c.b, c.u, c.big, c.sm
                FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes (no GROUP BY: one group)
            __pgt_delta_groups AS (
              SELECT sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.big IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                     CASE WHEN sum(d.big) FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(d.big) FILTER (WHERE d.__pgt_w > 0) WHEN sum(d.big) FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(d.big) FILTER (WHERE d.__pgt_w < 0)) ELSE sum(d.big) FILTER (WHERE d.__pgt_w > 0) - sum(d.big) FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_1,
                     max(d.k) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_2,
                     max(d.k) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_2,
                     min(d.ts) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_3,
                     min(d.ts) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_3
                FROM delta_m AS d
              HAVING count(*) > 0
            ),
            -- each changed group with its stored state; a group is recomputed from the sources when a deleted value may have been its MIN/MAX
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.c AS __pgt_old_value_0,
                     s.s AS __pgt_old_value_1,
                     s.mk AS __pgt_old_value_2,
                     s.first_ts AS __pgt_old_value_3,
                     coalesce(s.__pgt_nonnull_1, 0) AS __pgt_old_nonnull_1,
                     (g.__pgt_del_2 IS NOT NULL AND (s.mk IS NULL OR (g.__pgt_del_2 >= s.mk AND NOT coalesce(g.__pgt_ins_2 >= s.mk AND g.__pgt_ins_2 > g.__pgt_del_2, false))))
                         OR (g.__pgt_del_3 IS NOT NULL AND (s.first_ts IS NULL OR (g.__pgt_del_3 <= s.first_ts AND NOT coalesce(g.__pgt_ins_3 <= s.first_ts AND g.__pgt_ins_3 < g.__pgt_del_3, false)))) AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.m_scalar AS s ON s.__pgt_row_id = 0::bigint
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1, coalesce(r.__pgt_nonnull_1, 0) AS __pgt_nonnull_1, r.__pgt_value_2, r.__pgt_value_3
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT count(*) AS __pgt_count,
                         count(*) AS __pgt_value_0,
                         sum(i.big) AS __pgt_value_1,
                         count(i.big) AS __pgt_nonnull_1,
                         max(i.k) AS __pgt_value_2,
                         min(i.ts) AS __pgt_value_3
                    FROM (
                    SELECT id, k, d, ts, iv, mo, f, b, u, big, sm FROM public.m
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
                     greatest(g.__pgt_old_value_2, g.__pgt_ins_2) AS __pgt_value_2,
                     least(g.__pgt_old_value_3, g.__pgt_ins_3) AS __pgt_value_3
                FROM __pgt_groups AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows
            __pgt_apply AS (
              SELECT 0::bigint AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_value_0 AS c,
                     n.__pgt_value_1 AS s,
                     n.__pgt_value_2 AS mk,
                     n.__pgt_value_3 AS first_ts,
                     n.__pgt_count,
                     n.__pgt_nonnull_1 AS __pgt_nonnull_1,
                     true AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.m_scalar AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET c = a.c, s = a.s, mk = a.mk, first_ts = a.first_ts, __pgt_count = a.__pgt_count, __pgt_nonnull_1 = a.__pgt_nonnull_1
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (c, s, mk, first_ts, __pgt_row_id, __pgt_count, __pgt_nonnull_1) VALUES (a.c, a.s, a.mk, a.first_ts, a.__pgt_row_id, a.__pgt_count, a.__pgt_nonnull_1);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.m') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.m_scalar') THEN
        DELETE FROM public.m_scalar;
    ELSE
        TRUNCATE public.m_scalar;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.m')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.m_scalar' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_be98e37bc6c6973d ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT count(*) AS c,
                     sum(i.big) AS s,
                     max(i.k) AS mk,
                     min(i.ts) AS first_ts,
                     0::bigint AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     count(i.big) AS __pgt_nonnull_1
                FROM (
                  SELECT id, k, d, ts, iv, mo, f, b, u, big, sm FROM public.m
                ) AS i
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_be98e37bc6c6973d AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.m', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'm_scalar'
        ),
        __pgt_release_af011ea2b9493b6b AS (
            DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
             WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.m' AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.m_scalar (c, s, mk, first_ts, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
        SELECT q.c, q.s, q.mk, q.first_ts, q.__pgt_row_id, q.__pgt_count, q.__pgt_nonnull_1 FROM pg_temp.__pgt_full_be98e37bc6c6973d AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_be98e37bc6c6973d;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.m', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'm_scalar'
    ),
    __pgt_release_af011ea2b9493b6b AS (
        DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
         WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.m' AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.m_scalar (c, s, mk, first_ts, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
    SELECT * FROM (
      SELECT count(*) AS c,
             sum(i.big) AS s,
             max(i.k) AS mk,
             min(i.ts) AS first_ts,
             0::bigint AS __pgt_row_id,
             count(*) AS __pgt_count,
             count(i.big) AS __pgt_nonnull_1
        FROM (
          SELECT id, k, d, ts, iv, mo, f, b, u, big, sm FROM public.m
        ) AS i
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.m_scalar', full => true);
ANALYZE public.m_scalar;

-- ========================================================================
-- create stream table public.mood_rows
-- ========================================================================
-- trickle: stream table public.mood_rows
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT id, feeling, cost, flags, words, feelings, tag FROM moods WHERE id IS DISTINCT FROM 0
--
-- operator tree:
--   project id, feeling, cost, flags, words, feelings, tag
--     filter id IS DISTINCT FROM 0
--       scan public.moods

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.mood_rows AS
  SELECT r.id, r.feeling, r.cost, r.flags, r.words, r.feelings, r.tag, hash_record_extended(ROW(r.id, (r.feeling)::text, (r.cost)::numeric, (r.flags)::text, (r.words)::text, (r.feelings)::text, (r.tag)::text), 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i.feeling AS feeling, i.cost AS cost, i.flags AS flags, i.words AS words, i.feelings AS feelings, i.tag AS tag
        FROM (
        SELECT moods.id, moods.feeling, moods.cost, moods.flags, moods.words, moods.feelings, moods.tag, moods.nums
          FROM public.moods AS moods
         WHERE moods.id IS DISTINCT FROM 0
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.mood_rows ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_5b9b247d3654dfe3 ON public.mood_rows (__pgt_row_id);
COMMENT ON TABLE public.mood_rows IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.mood_rows'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'mood_rows', 'public.mood_rows', '5b9b247d3654dfe3', 'SELECT id, feeling, cost, flags, words, feelings, tag FROM moods WHERE id IS DISTINCT FROM 0', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_5b9b247d3654dfe3', 26, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.moods', 'TABLE', true, ARRAY['id', 'feeling', 'cost', 'flags', 'words', 'feelings', 'tag', 'nums']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.mood_rows';

-- Refresh function, called by pg_trickle.refresh('public.mood_rows').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_5b9b247d3654dfe3(p_full boolean) RETURNS text
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
    __pgt_bound_aad560892c6e72da xid8;
    __pgt_small_aad560892c6e72da boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.moods' AND d.consumes_changes AND r.stable_name <> 'public.mood_rows'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_aad560892c6e72da'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_aad560892c6e72da, __pgt_small_aad560892c6e72da
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.mood_rows';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.moods') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_aad560892c6e72da AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
             WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_aad560892c6e72da'::regclass) > __pgt_full_ratio * pg_relation_size('public.moods'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_aad560892c6e72da AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.moods'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.moods', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.moods', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'mood_rows'
            ),
            -- delete the changes of public.moods that every reader has consumed
            __pgt_release_aad560892c6e72da AS (
              DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
               WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.moods: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_moods AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.feeling, c.cost, c.flags, c.words, c.feelings, c.tag, c.nums
                FROM pg_trickle_changes.changes_aad560892c6e72da AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy id IS DISTINCT FROM 0
            delta_filter AS (
              SELECT d.__pgt_w, d.id, d.feeling, d.cost, d.flags, d.words, d.feelings, d.tag, d.nums
                FROM delta_moods AS d
               WHERE d.id IS DISTINCT FROM 0
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d.feeling AS feeling, d.cost AS cost, d.flags AS flags, d.words AS words, d.feelings AS feelings, d.tag AS tag
                FROM delta_filter AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.feeling, d.cost, d.flags, d.words, d.feelings, d.tag, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.id, d.feeling, d.cost, d.flags, d.words, d.feelings, d.tag
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.mood_rows AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.mood_rows AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.id, (n.feeling)::text, (n.cost)::numeric, (n.flags)::text, (n.words)::text, (n.feelings)::text, (n.tag)::text), 0) AND t.id IS NOT DISTINCT FROM n.id AND t.feeling IS NOT DISTINCT FROM n.feeling AND t.cost IS NOT DISTINCT FROM n.cost AND t.flags IS NOT DISTINCT FROM n.flags AND t.words IS NOT DISTINCT FROM n.words AND t.feelings IS NOT DISTINCT FROM n.feelings AND t.tag IS NOT DISTINCT FROM n.tag
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.mood_rows (id, feeling, cost, flags, words, feelings, tag, __pgt_row_id)
            SELECT n.id, n.feeling, n.cost, n.flags, n.words, n.feelings, n.tag, hash_record_extended(ROW(n.id, (n.feeling)::text, (n.cost)::numeric, (n.flags)::text, (n.words)::text, (n.feelings)::text, (n.tag)::text), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.moods') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.mood_rows') THEN
        DELETE FROM public.mood_rows;
    ELSE
        TRUNCATE public.mood_rows;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.moods')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.mood_rows' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.moods', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'mood_rows'
    ),
    __pgt_release_aad560892c6e72da AS (
        DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
         WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.moods' AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.mood_rows (id, feeling, cost, flags, words, feelings, tag, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.feeling, r.cost, r.flags, r.words, r.feelings, r.tag, hash_record_extended(ROW(r.id, (r.feeling)::text, (r.cost)::numeric, (r.flags)::text, (r.words)::text, (r.feelings)::text, (r.tag)::text), 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, i.feeling AS feeling, i.cost AS cost, i.flags AS flags, i.words AS words, i.feelings AS feelings, i.tag AS tag
            FROM (
            SELECT moods.id, moods.feeling, moods.cost, moods.flags, moods.words, moods.feelings, moods.tag, moods.nums
              FROM public.moods AS moods
             WHERE moods.id IS DISTINCT FROM 0
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.mood_rows', full => true);
ANALYZE public.mood_rows;

-- ========================================================================
-- create stream table public.mood_totals
-- ========================================================================
-- trickle: stream table public.mood_totals
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT feeling, count(*) AS n, sum(cost) AS spent FROM moods GROUP BY feeling
--
-- operator tree:
--   project __pgt_g0 AS feeling, __pgt_a0 AS n, __pgt_a1 AS spent
--     aggregate count(*), sum(cost) group by feeling
--       scan public.moods

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_1).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.mood_totals WITH (fillfactor = 50) AS
  SELECT i.feeling AS feeling,
         count(*) AS n,
         sum(i.cost) AS spent,
         hash_record_extended(ROW((i.feeling)::text), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i.cost) AS __pgt_nonnull_1
    FROM (
      SELECT id, feeling, cost, flags, words, feelings, tag, nums FROM public.moods
    ) AS i
   GROUP BY i.feeling
  WITH NO DATA;
ALTER TABLE public.mood_totals ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_d33acba21d9769b6 ON public.mood_totals (__pgt_row_id);
COMMENT ON TABLE public.mood_totals IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.mood_totals'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'mood_totals', 'public.mood_totals', 'd33acba21d9769b6', 'SELECT feeling, count(*) AS n, sum(cost) AS spent FROM moods GROUP BY feeling', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_d33acba21d9769b6', 27, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.moods', 'TABLE', true, ARRAY['id', 'feeling', 'cost', 'flags', 'words', 'feelings', 'tag', 'nums']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.mood_totals';

-- Refresh function, called by pg_trickle.refresh('public.mood_totals').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_d33acba21d9769b6(p_full boolean) RETURNS text
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
    __pgt_bound_aad560892c6e72da xid8;
    __pgt_small_aad560892c6e72da boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.moods' AND d.consumes_changes AND r.stable_name <> 'public.mood_totals'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_aad560892c6e72da'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_aad560892c6e72da, __pgt_small_aad560892c6e72da
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.mood_totals';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.moods') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_aad560892c6e72da AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
             WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_aad560892c6e72da'::regclass) > __pgt_full_ratio * pg_relation_size('public.moods'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_aad560892c6e72da AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.moods'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.moods', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.moods', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'mood_totals'
            ),
            -- delete the changes of public.moods that every reader has consumed
            __pgt_release_aad560892c6e72da AS (
              DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
               WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.moods: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_moods AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.feeling, c.cost, c.flags, c.words, c.feelings, c.tag, c.nums
                FROM pg_trickle_changes.changes_aad560892c6e72da AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.feeling AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.cost IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                     CASE WHEN sum(d.cost) FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(d.cost) FILTER (WHERE d.__pgt_w > 0) WHEN sum(d.cost) FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(d.cost) FILTER (WHERE d.__pgt_w < 0)) ELSE sum(d.cost) FILTER (WHERE d.__pgt_w > 0) - sum(d.cost) FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_1
                FROM delta_moods AS d
               GROUP BY d.feeling
            ),
            -- a NaN or an infinity entering or leaving a total flags the refresh, which then recomputes in full
            __pgt_finite AS (
              SELECT g.* FROM __pgt_delta_groups AS g
               WHERE CASE WHEN g.__pgt_d_value_1::text IN ('NaN', 'Infinity', '-Infinity', 'infinity', '-infinity') THEN set_config('pg_trickle.nonfinite', 'on', true) IS NOT NULL ELSE true END
            )
            MERGE INTO public.mood_totals AS s
            USING __pgt_finite AS g
               ON s.__pgt_row_id = hash_record_extended(ROW((g.__pgt_g0)::text), 0) AND s.feeling IS NOT DISTINCT FROM g.__pgt_g0
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          feeling = g.__pgt_g0,
                          n = coalesce(s.n, 0) + g.__pgt_d_value_0,
                          spent = CASE WHEN s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1 = 0 THEN NULL WHEN s.spent IS NULL THEN g.__pgt_d_value_1 WHEN g.__pgt_d_value_1 IS NULL THEN s.spent ELSE s.spent + g.__pgt_d_value_1 END,
                          __pgt_count = s.__pgt_count + g.__pgt_d_count,
                          __pgt_nonnull_1 = s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT (feeling, n, spent, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
                          VALUES (g.__pgt_g0,
                                  g.__pgt_d_value_0,
                                  CASE WHEN g.__pgt_d_nonnull_1 = 0 THEN NULL ELSE g.__pgt_d_value_1 END,
                                  hash_record_extended(ROW((g.__pgt_g0)::text), 0),
                                  g.__pgt_d_count,
                                  g.__pgt_d_nonnull_1);

            -- The statement above flags a NaN or an infinity that entered or left a running SUM/AVG:
            -- subtracting one does not undo adding it, so the totals are recomputed in full.
            IF current_setting('pg_trickle.nonfinite', true) = 'on' THEN
                PERFORM set_config('pg_trickle.nonfinite', '', true);
                __pgt_reason := 'a NaN or an infinity entered or left a SUM or AVG';
            END IF;
            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.moods') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_reason IS NULL THEN
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.mood_totals') THEN
        DELETE FROM public.mood_totals;
    ELSE
        TRUNCATE public.mood_totals;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.moods')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.mood_totals' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_d33acba21d9769b6 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.feeling AS feeling,
                     count(*) AS n,
                     sum(i.cost) AS spent,
                     hash_record_extended(ROW((i.feeling)::text), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     count(i.cost) AS __pgt_nonnull_1
                FROM (
                  SELECT id, feeling, cost, flags, words, feelings, tag, nums FROM public.moods
                ) AS i
               GROUP BY i.feeling
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_d33acba21d9769b6 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.moods', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'mood_totals'
        ),
        __pgt_release_aad560892c6e72da AS (
            DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
             WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.moods' AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.mood_totals (feeling, n, spent, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
        SELECT q.feeling, q.n, q.spent, q.__pgt_row_id, q.__pgt_count, q.__pgt_nonnull_1 FROM pg_temp.__pgt_full_d33acba21d9769b6 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_d33acba21d9769b6;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.moods', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'mood_totals'
    ),
    __pgt_release_aad560892c6e72da AS (
        DELETE FROM pg_trickle_changes.changes_aad560892c6e72da AS c
         WHERE __pgt_small_aad560892c6e72da AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.moods' AND c.__pgt_xid < least(__pgt_bound_aad560892c6e72da, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.mood_totals (feeling, n, spent, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
    SELECT * FROM (
      SELECT i.feeling AS feeling,
             count(*) AS n,
             sum(i.cost) AS spent,
             hash_record_extended(ROW((i.feeling)::text), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             count(i.cost) AS __pgt_nonnull_1
        FROM (
          SELECT id, feeling, cost, flags, words, feelings, tag, nums FROM public.moods
        ) AS i
       GROUP BY i.feeling
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.mood_totals', full => true);
ANALYZE public.mood_totals;

-- ========================================================================
-- create stream table public.n_all
-- ========================================================================
-- trickle: stream table public.n_all
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT k, v FROM n WHERE v > ALL (SELECT sm FROM m WHERE sm IS NOT NULL AND sm < 10)
--
-- operator tree:
--   project k, v
--     anti join (NOT EXISTS) on (v > sub.sm) IS NOT TRUE
--       scan public.n
--       filter sm IS NOT NULL AND sm < 10
--         scan public.m

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.n_all AS
  SELECT r.k, r.v, hash_record_extended(ROW(r.k, r.v), 0) AS __pgt_row_id
    FROM (
      SELECT i.k AS k, i.v AS v
        FROM (
        SELECT n.k, n.v
          FROM public.n AS n
         WHERE NOT EXISTS (SELECT FROM (
          SELECT m.id, m.k, m.d, m.ts, m.iv, m.mo, m.f, m.b, m.u, m.big, m.sm
            FROM public.m AS m
           WHERE m.sm IS NOT NULL AND m.sm < 10
        ) AS __pgt_r WHERE (n.v > __pgt_r.sm) IS NOT TRUE)
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.n_all ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_1679ee1d74278aac ON public.n_all (__pgt_row_id);
COMMENT ON TABLE public.n_all IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.n_all'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'n_all', 'public.n_all', '1679ee1d74278aac', 'SELECT k, v FROM n WHERE v > ALL (SELECT sm FROM m WHERE sm IS NOT NULL AND sm < 10)', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_1679ee1d74278aac', 28, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.n_all';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.m', 'TABLE', true, ARRAY['id', 'k', 'd', 'ts', 'iv', 'mo', 'f', 'b', 'u', 'big', 'sm']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.n_all';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.n', 'TABLE', true, ARRAY['k', 'v']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.n_all';

-- Refresh function, called by pg_trickle.refresh('public.n_all').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_1679ee1d74278aac(p_full boolean) RETURNS text
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
    __pgt_bound_af011ea2b9493b6b xid8;
    __pgt_small_af011ea2b9493b6b boolean;
    __pgt_bound_783f7d6aa8965746 xid8;
    __pgt_small_783f7d6aa8965746 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.m' AND d.consumes_changes AND r.stable_name <> 'public.n_all'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_af011ea2b9493b6b'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.n' AND d.consumes_changes AND r.stable_name <> 'public.n_all'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_783f7d6aa8965746'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_af011ea2b9493b6b, __pgt_small_af011ea2b9493b6b, __pgt_bound_783f7d6aa8965746, __pgt_small_783f7d6aa8965746
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.n_all';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.m', 'public.n') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
             WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
             WHERE __pgt_small_783f7d6aa8965746 AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_af011ea2b9493b6b'::regclass) > __pgt_full_ratio * pg_relation_size('public.m'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.m'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.m', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_783f7d6aa8965746'::regclass) > __pgt_full_ratio * pg_relation_size('public.n'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.n'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.n', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.m', pg_current_snapshot()::text, 'public.n', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'n_all'
            ),
            -- delete the changes of public.m that every reader has consumed
            __pgt_release_af011ea2b9493b6b AS (
              DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
               WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.n that every reader has consumed
            __pgt_release_783f7d6aa8965746 AS (
              DELETE FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
               WHERE __pgt_small_783f7d6aa8965746 AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.m: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_m AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.k, c.d, c.ts, c.iv, c.mo, c.f, c.b, c.u, c.big, c.sm
                FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy sm IS NOT NULL AND sm < 10
            delta_filter AS (
              SELECT d.__pgt_w, d.id, d.k, d.d, d.ts, d.iv, d.mo, d.f, d.b, d.u, d.big, d.sm
                FROM delta_m AS d
               WHERE d.sm IS NOT NULL AND d.sm < 10
            ),
            -- scan public.n: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_n AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.k, c.v
                FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- anti join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, k, v FROM public.n
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.k, c.v FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_filter AS __pgt_x WHERE (__pgt_p.v > __pgt_x.sm) IS NOT TRUE)
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x.id, __pgt_x.sm, sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_filter AS __pgt_x
               GROUP BY __pgt_x.id, __pgt_x.sm
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- anti join (NOT EXISTS, NOT IN): the changed rows of the left side that match no row of the right,
            -- and the rows of the left side whose match on the right appeared or disappeared
            delta_semi_join AS (
              SELECT __pgt_p.__pgt_w, __pgt_p.k, __pgt_p.v
                FROM delta_n AS __pgt_p
               WHERE NOT EXISTS (SELECT FROM (
                SELECT m.id, m.k, m.d, m.ts, m.iv, m.mo, m.f, m.b, m.u, m.big, m.sm
                  FROM public.m AS m
                 WHERE m.sm IS NOT NULL AND m.sm < 10
              ) AS __pgt_x WHERE (__pgt_p.v > __pgt_x.sm) IS NOT TRUE)
              UNION ALL
              -- -w: the row gained its first match
              SELECT __pgt_p.__pgt_w * -1 AS __pgt_w, __pgt_p.k, __pgt_p.v
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM (
                SELECT m.id, m.k, m.d, m.ts, m.iv, m.mo, m.f, m.b, m.u, m.big, m.sm
                  FROM public.m AS m
                 WHERE m.sm IS NOT NULL AND m.sm < 10
              ) AS __pgt_x WHERE (__pgt_p.v > __pgt_x.sm) IS NOT TRUE)
                 AND NOT EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND (__pgt_p.v > __pgt_x.sm) IS NOT TRUE)
                 AND NOT EXISTS (SELECT FROM (
                SELECT m.id, m.k, m.d, m.ts, m.iv, m.mo, m.f, m.b, m.u, m.big, m.sm
                  FROM public.m AS m
                 WHERE m.sm IS NOT NULL AND m.sm < 10
              ) AS __pgt_x
                              WHERE (__pgt_p.v > __pgt_x.sm) IS NOT TRUE
                                AND __pgt_x.id NOT IN (SELECT n.id FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
              UNION ALL
              -- +w: the row lost its last match
              SELECT __pgt_p.__pgt_w AS __pgt_w, __pgt_p.k, __pgt_p.v
                FROM __pgt_candidates AS __pgt_p
               WHERE NOT EXISTS (SELECT FROM (
                SELECT m.id, m.k, m.d, m.ts, m.iv, m.mo, m.f, m.b, m.u, m.big, m.sm
                  FROM public.m AS m
                 WHERE m.sm IS NOT NULL AND m.sm < 10
              ) AS __pgt_x WHERE (__pgt_p.v > __pgt_x.sm) IS NOT TRUE)
                 AND EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND (__pgt_p.v > __pgt_x.sm) IS NOT TRUE)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.k AS k, d.v AS v
                FROM delta_semi_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.k, d.v, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.k, d.v
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.n_all AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.n_all AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.k, n.v), 0) AND t.k IS NOT DISTINCT FROM n.k AND t.v IS NOT DISTINCT FROM n.v
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.n_all (k, v, __pgt_row_id)
            SELECT n.k, n.v, hash_record_extended(ROW(n.k, n.v), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.m', 'public.n') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.n_all') THEN
        DELETE FROM public.n_all;
    ELSE
        TRUNCATE public.n_all;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.m'), ('public.n')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.n_all' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.m', pg_current_snapshot()::text, 'public.n', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'n_all'
    ),
    __pgt_release_af011ea2b9493b6b AS (
        DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
         WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_783f7d6aa8965746 AS (
        DELETE FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
         WHERE __pgt_small_783f7d6aa8965746 AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.m' AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.n' AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.n_all (k, v, __pgt_row_id)
    SELECT * FROM (
      SELECT r.k, r.v, hash_record_extended(ROW(r.k, r.v), 0) AS __pgt_row_id
        FROM (
          SELECT i.k AS k, i.v AS v
            FROM (
            SELECT n.k, n.v
              FROM public.n AS n
             WHERE NOT EXISTS (SELECT FROM (
              SELECT m.id, m.k, m.d, m.ts, m.iv, m.mo, m.f, m.b, m.u, m.big, m.sm
                FROM public.m AS m
               WHERE m.sm IS NOT NULL AND m.sm < 10
            ) AS __pgt_r WHERE (n.v > __pgt_r.sm) IS NOT TRUE)
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.n_all', full => true);
ANALYZE public.n_all;

-- ========================================================================
-- create stream table public.n_distinct
-- ========================================================================
-- trickle: stream table public.n_distinct
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; each distinct row keeps a hidden count of its duplicates
--
-- defining query:
--   SELECT DISTINCT k, v FROM n
--
-- operator tree:
--   distinct
--     project k, v
--       scan public.n

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.n_distinct WITH (fillfactor = 50) AS
  SELECT r.k, r.v, hash_record_extended(ROW(r.k, r.v), 0) AS __pgt_row_id, count(*) AS __pgt_count
    FROM (
      SELECT n.k AS k, n.v AS v
        FROM public.n AS n
    ) AS r
   GROUP BY r.k, r.v
  WITH NO DATA;
ALTER TABLE public.n_distinct ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_ee189beeee550ad2 ON public.n_distinct (__pgt_row_id);
COMMENT ON TABLE public.n_distinct IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.n_distinct'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'n_distinct', 'public.n_distinct', 'ee189beeee550ad2', 'SELECT DISTINCT k, v FROM n', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'distinct', 'refresh_ee189beeee550ad2', 29, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.n', 'TABLE', true, ARRAY['k', 'v']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.n_distinct';

-- Refresh function, called by pg_trickle.refresh('public.n_distinct').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_ee189beeee550ad2(p_full boolean) RETURNS text
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
    __pgt_bound_783f7d6aa8965746 xid8;
    __pgt_small_783f7d6aa8965746 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.n' AND d.consumes_changes AND r.stable_name <> 'public.n_distinct'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_783f7d6aa8965746'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_783f7d6aa8965746, __pgt_small_783f7d6aa8965746
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.n_distinct';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.n') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
             WHERE __pgt_small_783f7d6aa8965746 AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_783f7d6aa8965746'::regclass) > __pgt_full_ratio * pg_relation_size('public.n'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.n'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.n', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.n', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'n_distinct'
            ),
            -- delete the changes of public.n that every reader has consumed
            __pgt_release_783f7d6aa8965746 AS (
              DELETE FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
               WHERE __pgt_small_783f7d6aa8965746 AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.n: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_n AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.k, c.v
                FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.k AS k, d.v AS v
                FROM delta_n AS d
            ),
            -- distinct: net change in the multiplicity of each row
            __pgt_net AS (
              SELECT d.k, d.v, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.k, d.v
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- new multiplicity = stored multiplicity + change; a row stays while it is positive
            __pgt_apply AS (
              SELECT hash_record_extended(ROW(n.k, n.v), 0) AS __pgt_row_id, n.k, n.v, coalesce(s.__pgt_count, 0) + n.__pgt_w AS __pgt_count
                FROM __pgt_net AS n
                LEFT JOIN public.n_distinct AS s ON s.__pgt_row_id = hash_record_extended(ROW(n.k, n.v), 0) AND s.k IS NOT DISTINCT FROM n.k AND s.v IS NOT DISTINCT FROM n.v
            )
            MERGE INTO public.n_distinct AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.k IS NOT DISTINCT FROM a.k AND s.v IS NOT DISTINCT FROM a.v
             WHEN MATCHED AND a.__pgt_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_count > 0 THEN INSERT (k, v, __pgt_row_id, __pgt_count) VALUES (a.k, a.v, a.__pgt_row_id, a.__pgt_count);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.n') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.n_distinct') THEN
        DELETE FROM public.n_distinct;
    ELSE
        TRUNCATE public.n_distinct;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.n')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.n_distinct' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_ee189beeee550ad2 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT r.k, r.v, hash_record_extended(ROW(r.k, r.v), 0) AS __pgt_row_id, count(*) AS __pgt_count
                FROM (
                  SELECT n.k AS k, n.v AS v
                    FROM public.n AS n
                ) AS r
               GROUP BY r.k, r.v
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_ee189beeee550ad2 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.n', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'n_distinct'
        ),
        __pgt_release_783f7d6aa8965746 AS (
            DELETE FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
             WHERE __pgt_small_783f7d6aa8965746 AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.n' AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.n_distinct (k, v, __pgt_row_id, __pgt_count)
        SELECT q.k, q.v, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_ee189beeee550ad2 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_ee189beeee550ad2;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.n', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'n_distinct'
    ),
    __pgt_release_783f7d6aa8965746 AS (
        DELETE FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
         WHERE __pgt_small_783f7d6aa8965746 AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.n' AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.n_distinct (k, v, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT r.k, r.v, hash_record_extended(ROW(r.k, r.v), 0) AS __pgt_row_id, count(*) AS __pgt_count
        FROM (
          SELECT n.k AS k, n.v AS v
            FROM public.n AS n
        ) AS r
       GROUP BY r.k, r.v
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.n_distinct', full => true);
ANALYZE public.n_distinct;

-- ========================================================================
-- create stream table public.n_in_m
-- ========================================================================
-- trickle: stream table public.n_in_m
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT k, v FROM n WHERE k IN (SELECT k FROM m WHERE b)
--
-- operator tree:
--   project k, v
--     semi join (EXISTS) on k = sub.k
--       scan public.n
--       filter b
--         scan public.m

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.n_in_m AS
  SELECT r.k, r.v, hash_record_extended(ROW(r.k, r.v), 0) AS __pgt_row_id
    FROM (
      SELECT i.k AS k, i.v AS v
        FROM (
        SELECT n.k, n.v
          FROM public.n AS n
         WHERE EXISTS (SELECT FROM (
          SELECT m.id, m.k, m.d, m.ts, m.iv, m.mo, m.f, m.b, m.u, m.big, m.sm
            FROM public.m AS m
           WHERE m.b
        ) AS __pgt_r WHERE n.k = __pgt_r.k)
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.n_in_m ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_31989ec55d6b809c ON public.n_in_m (__pgt_row_id);
COMMENT ON TABLE public.n_in_m IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.n_in_m'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'n_in_m', 'public.n_in_m', '31989ec55d6b809c', 'SELECT k, v FROM n WHERE k IN (SELECT k FROM m WHERE b)', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_31989ec55d6b809c', 30, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.n_in_m';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.m', 'TABLE', true, ARRAY['id', 'k', 'd', 'ts', 'iv', 'mo', 'f', 'b', 'u', 'big', 'sm']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.n_in_m';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.n', 'TABLE', true, ARRAY['k', 'v']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.n_in_m';

-- Refresh function, called by pg_trickle.refresh('public.n_in_m').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_31989ec55d6b809c(p_full boolean) RETURNS text
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
    __pgt_bound_af011ea2b9493b6b xid8;
    __pgt_small_af011ea2b9493b6b boolean;
    __pgt_bound_783f7d6aa8965746 xid8;
    __pgt_small_783f7d6aa8965746 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.m' AND d.consumes_changes AND r.stable_name <> 'public.n_in_m'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_af011ea2b9493b6b'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.n' AND d.consumes_changes AND r.stable_name <> 'public.n_in_m'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_783f7d6aa8965746'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_af011ea2b9493b6b, __pgt_small_af011ea2b9493b6b, __pgt_bound_783f7d6aa8965746, __pgt_small_783f7d6aa8965746
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.n_in_m';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.m', 'public.n') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
             WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
             WHERE __pgt_small_783f7d6aa8965746 AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_af011ea2b9493b6b'::regclass) > __pgt_full_ratio * pg_relation_size('public.m'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.m'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.m', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_783f7d6aa8965746'::regclass) > __pgt_full_ratio * pg_relation_size('public.n'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.n'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.n', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.m', pg_current_snapshot()::text, 'public.n', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'n_in_m'
            ),
            -- delete the changes of public.m that every reader has consumed
            __pgt_release_af011ea2b9493b6b AS (
              DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
               WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.n that every reader has consumed
            __pgt_release_783f7d6aa8965746 AS (
              DELETE FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
               WHERE __pgt_small_783f7d6aa8965746 AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.m: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_m AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.k, c.d, c.ts, c.iv, c.mo, c.f, c.b, c.u, c.big, c.sm
                FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy b
            delta_filter AS (
              SELECT d.__pgt_w, d.id, d.k, d.d, d.ts, d.iv, d.mo, d.f, d.b, d.u, d.big, d.sm
                FROM delta_m AS d
               WHERE d.b
            ),
            -- scan public.n: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_n AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.k, c.v
                FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- semi join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, k, v FROM public.n
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.k, c.v FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_filter AS __pgt_x WHERE __pgt_p.k = __pgt_x.k)
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x.id, __pgt_x.k, sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_filter AS __pgt_x
               GROUP BY __pgt_x.id, __pgt_x.k
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- semi join (EXISTS, IN): the changed rows of the left side that match a row of the right,
            -- and the rows of the left side whose match on the right appeared or disappeared
            delta_semi_join AS (
              SELECT __pgt_p.__pgt_w, __pgt_p.k, __pgt_p.v
                FROM delta_n AS __pgt_p
               WHERE EXISTS (SELECT FROM (
                SELECT m.id, m.k, m.d, m.ts, m.iv, m.mo, m.f, m.b, m.u, m.big, m.sm
                  FROM public.m AS m
                 WHERE m.b
              ) AS __pgt_x WHERE __pgt_p.k = __pgt_x.k)
              UNION ALL
              -- +w: the row gained its first match
              SELECT __pgt_p.__pgt_w AS __pgt_w, __pgt_p.k, __pgt_p.v
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM (
                SELECT m.id, m.k, m.d, m.ts, m.iv, m.mo, m.f, m.b, m.u, m.big, m.sm
                  FROM public.m AS m
                 WHERE m.b
              ) AS __pgt_x WHERE __pgt_p.k = __pgt_x.k)
                 AND NOT EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_p.k = __pgt_x.k)
                 AND NOT EXISTS (SELECT FROM (
                SELECT m.id, m.k, m.d, m.ts, m.iv, m.mo, m.f, m.b, m.u, m.big, m.sm
                  FROM public.m AS m
                 WHERE m.b
              ) AS __pgt_x
                              WHERE __pgt_p.k = __pgt_x.k
                                AND __pgt_x.id NOT IN (SELECT n.id FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
              UNION ALL
              -- -w: the row lost its last match
              SELECT __pgt_p.__pgt_w * -1 AS __pgt_w, __pgt_p.k, __pgt_p.v
                FROM __pgt_candidates AS __pgt_p
               WHERE NOT EXISTS (SELECT FROM (
                SELECT m.id, m.k, m.d, m.ts, m.iv, m.mo, m.f, m.b, m.u, m.big, m.sm
                  FROM public.m AS m
                 WHERE m.b
              ) AS __pgt_x WHERE __pgt_p.k = __pgt_x.k)
                 AND EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_p.k = __pgt_x.k)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.k AS k, d.v AS v
                FROM delta_semi_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.k, d.v, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.k, d.v
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.n_in_m AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.n_in_m AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.k, n.v), 0) AND t.k IS NOT DISTINCT FROM n.k AND t.v IS NOT DISTINCT FROM n.v
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.n_in_m (k, v, __pgt_row_id)
            SELECT n.k, n.v, hash_record_extended(ROW(n.k, n.v), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.m', 'public.n') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.n_in_m') THEN
        DELETE FROM public.n_in_m;
    ELSE
        TRUNCATE public.n_in_m;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.m'), ('public.n')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.n_in_m' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.m', pg_current_snapshot()::text, 'public.n', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'n_in_m'
    ),
    __pgt_release_af011ea2b9493b6b AS (
        DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
         WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_783f7d6aa8965746 AS (
        DELETE FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
         WHERE __pgt_small_783f7d6aa8965746 AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.m' AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.n' AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.n_in_m (k, v, __pgt_row_id)
    SELECT * FROM (
      SELECT r.k, r.v, hash_record_extended(ROW(r.k, r.v), 0) AS __pgt_row_id
        FROM (
          SELECT i.k AS k, i.v AS v
            FROM (
            SELECT n.k, n.v
              FROM public.n AS n
             WHERE EXISTS (SELECT FROM (
              SELECT m.id, m.k, m.d, m.ts, m.iv, m.mo, m.f, m.b, m.u, m.big, m.sm
                FROM public.m AS m
               WHERE m.b
            ) AS __pgt_r WHERE n.k = __pgt_r.k)
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.n_in_m', full => true);
ANALYZE public.n_in_m;

-- ========================================================================
-- create stream table public.n_not_in_m
-- ========================================================================
-- trickle: stream table public.n_not_in_m
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT k, v FROM n WHERE NOT (k IN (SELECT k FROM m))
--
-- operator tree:
--   project k, v
--     anti join (NOT EXISTS) on (k = sub.k) IS NOT FALSE
--       scan public.n
--       scan public.m

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.n_not_in_m AS
  SELECT r.k, r.v, hash_record_extended(ROW(r.k, r.v), 0) AS __pgt_row_id
    FROM (
      SELECT i.k AS k, i.v AS v
        FROM (
        SELECT n.k, n.v
          FROM public.n AS n
         WHERE NOT EXISTS (SELECT FROM public.m AS m WHERE (n.k = m.k) IS NOT FALSE)
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.n_not_in_m ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_4a6e82cb84f8adf0 ON public.n_not_in_m (__pgt_row_id);
COMMENT ON TABLE public.n_not_in_m IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.n_not_in_m'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'n_not_in_m', 'public.n_not_in_m', '4a6e82cb84f8adf0', 'SELECT k, v FROM n WHERE NOT (k IN (SELECT k FROM m))', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_4a6e82cb84f8adf0', 31, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.n_not_in_m';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.m', 'TABLE', true, ARRAY['id', 'k', 'd', 'ts', 'iv', 'mo', 'f', 'b', 'u', 'big', 'sm']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.n_not_in_m';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.n', 'TABLE', true, ARRAY['k', 'v']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.n_not_in_m';

-- Refresh function, called by pg_trickle.refresh('public.n_not_in_m').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_4a6e82cb84f8adf0(p_full boolean) RETURNS text
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
    __pgt_bound_af011ea2b9493b6b xid8;
    __pgt_small_af011ea2b9493b6b boolean;
    __pgt_bound_783f7d6aa8965746 xid8;
    __pgt_small_783f7d6aa8965746 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.m' AND d.consumes_changes AND r.stable_name <> 'public.n_not_in_m'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_af011ea2b9493b6b'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.n' AND d.consumes_changes AND r.stable_name <> 'public.n_not_in_m'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_783f7d6aa8965746'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_af011ea2b9493b6b, __pgt_small_af011ea2b9493b6b, __pgt_bound_783f7d6aa8965746, __pgt_small_783f7d6aa8965746
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.n_not_in_m';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.m', 'public.n') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
             WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
             WHERE __pgt_small_783f7d6aa8965746 AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_af011ea2b9493b6b'::regclass) > __pgt_full_ratio * pg_relation_size('public.m'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.m'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.m', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_783f7d6aa8965746'::regclass) > __pgt_full_ratio * pg_relation_size('public.n'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.n'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.n', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.m', pg_current_snapshot()::text, 'public.n', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'n_not_in_m'
            ),
            -- delete the changes of public.m that every reader has consumed
            __pgt_release_af011ea2b9493b6b AS (
              DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
               WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.n that every reader has consumed
            __pgt_release_783f7d6aa8965746 AS (
              DELETE FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
               WHERE __pgt_small_783f7d6aa8965746 AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.m: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_m AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.k, c.d, c.ts, c.iv, c.mo, c.f, c.b, c.u, c.big, c.sm
                FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.n: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_n AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.k, c.v
                FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- anti join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, k, v FROM public.n
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.k, c.v FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_m AS __pgt_x WHERE (__pgt_p.k = __pgt_x.k) IS NOT FALSE)
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x.id, __pgt_x.k, sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_m AS __pgt_x
               GROUP BY __pgt_x.id, __pgt_x.k
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- anti join (NOT EXISTS, NOT IN): the changed rows of the left side that match no row of the right,
            -- and the rows of the left side whose match on the right appeared or disappeared
            delta_semi_join AS (
              SELECT __pgt_p.__pgt_w, __pgt_p.k, __pgt_p.v
                FROM delta_n AS __pgt_p
               WHERE NOT EXISTS (SELECT FROM public.m AS __pgt_x WHERE (__pgt_p.k = __pgt_x.k) IS NOT FALSE)
              UNION ALL
              -- -w: the row gained its first match
              SELECT __pgt_p.__pgt_w * -1 AS __pgt_w, __pgt_p.k, __pgt_p.v
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM public.m AS __pgt_x WHERE (__pgt_p.k = __pgt_x.k) IS NOT FALSE)
                 AND NOT EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND (__pgt_p.k = __pgt_x.k) IS NOT FALSE)
                 AND NOT EXISTS (SELECT FROM public.m AS __pgt_x
                              WHERE (__pgt_p.k = __pgt_x.k) IS NOT FALSE
                                AND __pgt_x.id NOT IN (SELECT n.id FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
              UNION ALL
              -- +w: the row lost its last match
              SELECT __pgt_p.__pgt_w AS __pgt_w, __pgt_p.k, __pgt_p.v
                FROM __pgt_candidates AS __pgt_p
               WHERE NOT EXISTS (SELECT FROM public.m AS __pgt_x WHERE (__pgt_p.k = __pgt_x.k) IS NOT FALSE)
                 AND EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND (__pgt_p.k = __pgt_x.k) IS NOT FALSE)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.k AS k, d.v AS v
                FROM delta_semi_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.k, d.v, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.k, d.v
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.n_not_in_m AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.n_not_in_m AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.k, n.v), 0) AND t.k IS NOT DISTINCT FROM n.k AND t.v IS NOT DISTINCT FROM n.v
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.n_not_in_m (k, v, __pgt_row_id)
            SELECT n.k, n.v, hash_record_extended(ROW(n.k, n.v), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.m', 'public.n') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.n_not_in_m') THEN
        DELETE FROM public.n_not_in_m;
    ELSE
        TRUNCATE public.n_not_in_m;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.m'), ('public.n')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.n_not_in_m' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.m', pg_current_snapshot()::text, 'public.n', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'n_not_in_m'
    ),
    __pgt_release_af011ea2b9493b6b AS (
        DELETE FROM pg_trickle_changes.changes_af011ea2b9493b6b AS c
         WHERE __pgt_small_af011ea2b9493b6b AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_783f7d6aa8965746 AS (
        DELETE FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
         WHERE __pgt_small_783f7d6aa8965746 AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.m' AND c.__pgt_xid < least(__pgt_bound_af011ea2b9493b6b, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.n' AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.n_not_in_m (k, v, __pgt_row_id)
    SELECT * FROM (
      SELECT r.k, r.v, hash_record_extended(ROW(r.k, r.v), 0) AS __pgt_row_id
        FROM (
          SELECT i.k AS k, i.v AS v
            FROM (
            SELECT n.k, n.v
              FROM public.n AS n
             WHERE NOT EXISTS (SELECT FROM public.m AS m WHERE (n.k = m.k) IS NOT FALSE)
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.n_not_in_m', full => true);
ANALYZE public.n_not_in_m;

-- ========================================================================
-- create stream table public.n_sum_sub
-- ========================================================================
-- trickle: stream table public.n_sum_sub
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT x.k, x.total FROM ( SELECT k, sum(v) AS total FROM n GROUP BY k HAVING count(*) > 0 ) AS x WHERE x.total IS NOT NULL
--
-- operator tree:
--   project k, total
--     filter total IS NOT NULL
--       project __pgt_g0 AS k, __pgt_a0 AS total
--         filter __pgt_a1 > 0
--           aggregate sum(v), count(*) group by k
--             scan public.n

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.n_sum_sub AS
  SELECT r.k, r.total, coalesce(hashtextextended(r.k, 0), 0) AS __pgt_row_id
    FROM (
      SELECT i.k AS k, i.total AS total
        FROM (
        SELECT i.k, i.total
          FROM (
          SELECT i.__pgt_g0 AS k, i.__pgt_a0 AS total
            FROM (
            SELECT i.__pgt_g0, i.__pgt_a0, i.__pgt_a1
              FROM (
              SELECT n.k AS __pgt_g0, sum(n.v) AS __pgt_a0, count(*) AS __pgt_a1
                FROM public.n AS n
               GROUP BY n.k
            ) AS i
             WHERE i.__pgt_a1 > 0
          ) AS i
        ) AS i
         WHERE i.total IS NOT NULL
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.n_sum_sub ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_0655382418d65d23 ON public.n_sum_sub (__pgt_row_id);
COMMENT ON TABLE public.n_sum_sub IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.n_sum_sub'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'n_sum_sub', 'public.n_sum_sub', '0655382418d65d23', 'SELECT x.k, x.total FROM ( SELECT k, sum(v) AS total FROM n GROUP BY k HAVING count(*) > 0 ) AS x WHERE x.total IS NOT NULL', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_0655382418d65d23', 32, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- The delta recomputes each group (or window partition) a change touches from its rows:
-- past this share of a source's rows changed, recomputing all of them costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.01 WHERE stable_name = 'public.n_sum_sub';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.n', 'TABLE', true, ARRAY['k', 'v']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.n_sum_sub';

-- Refresh function, called by pg_trickle.refresh('public.n_sum_sub').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_0655382418d65d23(p_full boolean) RETURNS text
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
    __pgt_bound_783f7d6aa8965746 xid8;
    __pgt_small_783f7d6aa8965746 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.n' AND d.consumes_changes AND r.stable_name <> 'public.n_sum_sub'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_783f7d6aa8965746'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_783f7d6aa8965746, __pgt_small_783f7d6aa8965746
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.n_sum_sub';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.n') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
             WHERE __pgt_small_783f7d6aa8965746 AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_783f7d6aa8965746'::regclass) > __pgt_full_ratio * pg_relation_size('public.n'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.n'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.n', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.n', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'n_sum_sub'
            ),
            -- delete the changes of public.n that every reader has consumed
            __pgt_release_783f7d6aa8965746 AS (
              DELETE FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
               WHERE __pgt_small_783f7d6aa8965746 AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.n: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_n AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.k, c.v
                FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate in a subquery: the groups its input's changes touch
            __pgt_changed_groups AS (
              SELECT DISTINCT d.k AS __pgt_g0
                FROM delta_n AS d
            ),
            -- aggregate in a subquery: the touched groups' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r.k, r.v
                FROM (SELECT u.k, u.v, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.k, c.v FROM (
                          SELECT c.k, c.v
                            FROM public.n AS c
                            JOIN __pgt_changed_groups AS k ON c.k = k.__pgt_g0
                          UNION ALL
                          SELECT c.k, c.v
                            FROM public.n AS c
                            JOIN __pgt_changed_groups AS k ON c.k IS NULL AND k.__pgt_g0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.k, d.v FROM delta_n AS d) AS u
                       GROUP BY u.k, u.v
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was
            delta_aggregate AS (
              SELECT 1 AS __pgt_w, i.k AS __pgt_g0, sum(i.v) AS __pgt_a0, count(*) AS __pgt_a1
                FROM (
                  SELECT c.k, c.v
                    FROM public.n AS c
                    JOIN __pgt_changed_groups AS k ON c.k = k.__pgt_g0
                  UNION ALL
                  SELECT c.k, c.v
                    FROM public.n AS c
                    JOIN __pgt_changed_groups AS k ON c.k IS NULL AND k.__pgt_g0 IS NULL
                ) AS i
               GROUP BY i.k
              UNION ALL
              SELECT -1, i.k AS __pgt_g0, sum(i.v) AS __pgt_a0, count(*) AS __pgt_a1
                FROM __pgt_group_rows_before AS i
               GROUP BY i.k
            ),
            -- filter (linear): changes of its input that satisfy __pgt_a1 > 0
            delta_filter AS (
              SELECT d.__pgt_w, d.__pgt_g0, d.__pgt_a0, d.__pgt_a1
                FROM delta_aggregate AS d
               WHERE d.__pgt_a1 > 0
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.__pgt_g0 AS k, d.__pgt_a0 AS total
                FROM delta_filter AS d
            ),
            -- filter (linear): changes of its input that satisfy total IS NOT NULL
            delta_filter_2 AS (
              SELECT d.__pgt_w, d.k, d.total
                FROM delta_project AS d
               WHERE d.total IS NOT NULL
            ),
            -- project (linear): each changed row, projected
            delta_project_2 AS (
              SELECT d.__pgt_w, d.k AS k, d.total AS total
                FROM delta_filter_2 AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.k, d.total, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project_2 AS d
               GROUP BY d.k, d.total
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (coalesce(hashtextextended(n.k, 0), 0), n.k) coalesce(hashtextextended(n.k, 0), 0) AS __pgt_row_id, n.k, n.total, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY coalesce(hashtextextended(n.k, 0), 0), n.k, n.__pgt_w DESC
            )
            MERGE INTO public.n_sum_sub AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.k IS NOT DISTINCT FROM a.k
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET k = a.k, total = a.total
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (k, total, __pgt_row_id) VALUES (a.k, a.total, a.__pgt_row_id);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.n') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.n_sum_sub') THEN
        DELETE FROM public.n_sum_sub;
    ELSE
        TRUNCATE public.n_sum_sub;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.n')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.n_sum_sub' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.n', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'n_sum_sub'
    ),
    __pgt_release_783f7d6aa8965746 AS (
        DELETE FROM pg_trickle_changes.changes_783f7d6aa8965746 AS c
         WHERE __pgt_small_783f7d6aa8965746 AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.n' AND c.__pgt_xid < least(__pgt_bound_783f7d6aa8965746, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.n_sum_sub (k, total, __pgt_row_id)
    SELECT * FROM (
      SELECT r.k, r.total, coalesce(hashtextextended(r.k, 0), 0) AS __pgt_row_id
        FROM (
          SELECT i.k AS k, i.total AS total
            FROM (
            SELECT i.k, i.total
              FROM (
              SELECT i.__pgt_g0 AS k, i.__pgt_a0 AS total
                FROM (
                SELECT i.__pgt_g0, i.__pgt_a0, i.__pgt_a1
                  FROM (
                  SELECT n.k AS __pgt_g0, sum(n.v) AS __pgt_a0, count(*) AS __pgt_a1
                    FROM public.n AS n
                   GROUP BY n.k
                ) AS i
                 WHERE i.__pgt_a1 > 0
              ) AS i
            ) AS i
             WHERE i.total IS NOT NULL
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.n_sum_sub', full => true);
ANALYZE public.n_sum_sub;

-- ========================================================================
-- create stream table public.note_fields
-- ========================================================================
-- trickle: stream table public.note_fields
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT o."Id", f.key, f.value FROM "Sales Data"."Order" AS o, jsonb_each(CASE WHEN jsonb_typeof(o.note) = 'object' THEN o.note END) AS f WHERE f.key <> 'internal'
--
-- operator tree:
--   project "Id" AS Id, key, value
--     filter key <> 'internal'
--       lateral jsonb_each(CASE WHEN jsonb_typeof(note) = 'object' THEN note END)
--         scan Sales Data.Order AS o

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.note_fields AS
  SELECT r."Id", r.key, r.value, hash_record_extended(ROW(r."Id", r.key, r.value), 0) AS __pgt_row_id
    FROM (
      SELECT i."Id" AS "Id", i.key AS key, i.value AS value
        FROM (
        SELECT i."Id", i."user", i."select", i.amount, i.tags, i.placed, i.note, i.key, i.value
          FROM (
          SELECT o."Id" AS "Id", o."user" AS "user", o."select" AS "select", o.amount AS amount, o.tags AS tags, o.placed AS placed, o.note AS note, __pgt_fn.__pgt_f0 AS key, __pgt_fn.__pgt_f1 AS value
            FROM "Sales Data"."Order" AS o
           CROSS JOIN LATERAL jsonb_each(CASE WHEN jsonb_typeof(o.note) = 'object' THEN o.note END) AS __pgt_fn(__pgt_f0, __pgt_f1)
        ) AS i
         WHERE i.key <> 'internal'
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.note_fields ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_0466f1d28624a3e6 ON public.note_fields (__pgt_row_id);
COMMENT ON TABLE public.note_fields IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.note_fields'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'note_fields', 'public.note_fields', '0466f1d28624a3e6', 'SELECT o."Id", f.key, f.value FROM "Sales Data"."Order" AS o, jsonb_each(CASE WHEN jsonb_typeof(o.note) = ''object'' THEN o.note END) AS f WHERE f.key <> ''internal''', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_0466f1d28624a3e6', 33, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales Data.Order', 'TABLE', true, ARRAY['Id', 'user', 'select', 'amount', 'tags', 'placed', 'note']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.note_fields';

-- Refresh function, called by pg_trickle.refresh('public.note_fields').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_0466f1d28624a3e6(p_full boolean) RETURNS text
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
    __pgt_bound_5042d2c2a1e35a2b xid8;
    __pgt_small_5042d2c2a1e35a2b boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales Data.Order' AND d.consumes_changes AND r.stable_name <> 'public.note_fields'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_5042d2c2a1e35a2b'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_5042d2c2a1e35a2b, __pgt_small_5042d2c2a1e35a2b
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.note_fields';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.Order') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
             WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_5042d2c2a1e35a2b'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales Data"."Order"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales Data"."Order"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales Data.Order', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('Sales Data.Order', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'note_fields'
            ),
            -- delete the changes of Sales Data.Order that every reader has consumed
            __pgt_release_5042d2c2a1e35a2b AS (
              DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
               WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan Sales Data.Order: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_order AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."Id", c."user", c."select", c.amount, c.tags, c.placed, c.note
                FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- set-returning function (linear): the rows of each changed row
            delta_lateral AS (
              SELECT d.__pgt_w, d."Id" AS "Id", d."user" AS "user", d."select" AS "select", d.amount AS amount, d.tags AS tags, d.placed AS placed, d.note AS note, __pgt_fn.__pgt_f0 AS key, __pgt_fn.__pgt_f1 AS value
                FROM delta_order AS d
               CROSS JOIN LATERAL jsonb_each(CASE WHEN jsonb_typeof(d.note) = 'object' THEN d.note END) AS __pgt_fn(__pgt_f0, __pgt_f1)
            ),
            -- filter (linear): changes of its input that satisfy key <> 'internal'
            delta_filter AS (
              SELECT d.__pgt_w, d."Id", d."user", d."select", d.amount, d.tags, d.placed, d.note, d.key, d.value
                FROM delta_lateral AS d
               WHERE d.key <> 'internal'
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d."Id" AS "Id", d.key AS key, d.value AS value
                FROM delta_filter AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d."Id", d.key, d.value, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d."Id", d.key, d.value
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.note_fields AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.note_fields AS t ON t.__pgt_row_id = hash_record_extended(ROW(n."Id", n.key, n.value), 0) AND t."Id" = n."Id" AND t.key IS NOT DISTINCT FROM n.key AND t.value IS NOT DISTINCT FROM n.value
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.note_fields ("Id", key, value, __pgt_row_id)
            SELECT n."Id", n.key, n.value, hash_record_extended(ROW(n."Id", n.key, n.value), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.Order') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.note_fields') THEN
        DELETE FROM public.note_fields;
    ELSE
        TRUNCATE public.note_fields;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('Sales Data.Order')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.note_fields' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('Sales Data.Order', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'note_fields'
    ),
    __pgt_release_5042d2c2a1e35a2b AS (
        DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
         WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'Sales Data.Order' AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.note_fields ("Id", key, value, __pgt_row_id)
    SELECT * FROM (
      SELECT r."Id", r.key, r.value, hash_record_extended(ROW(r."Id", r.key, r.value), 0) AS __pgt_row_id
        FROM (
          SELECT i."Id" AS "Id", i.key AS key, i.value AS value
            FROM (
            SELECT i."Id", i."user", i."select", i.amount, i.tags, i.placed, i.note, i.key, i.value
              FROM (
              SELECT o."Id" AS "Id", o."user" AS "user", o."select" AS "select", o.amount AS amount, o.tags AS tags, o.placed AS placed, o.note AS note, __pgt_fn.__pgt_f0 AS key, __pgt_fn.__pgt_f1 AS value
                FROM "Sales Data"."Order" AS o
               CROSS JOIN LATERAL jsonb_each(CASE WHEN jsonb_typeof(o.note) = 'object' THEN o.note END) AS __pgt_fn(__pgt_f0, __pgt_f1)
            ) AS i
             WHERE i.key <> 'internal'
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.note_fields', full => true);
ANALYZE public.note_fields;

-- ========================================================================
-- create stream table public.numeric_totals
-- ========================================================================
-- trickle: stream table public.numeric_totals
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT k, count(*) AS c, sum(x) AS sum_x, avg(x) AS avg_x, sum(iv) AS sum_iv, sum(x * 2) AS sum_x2 FROM totals_src GROUP BY k
--
-- operator tree:
--   project __pgt_g0 AS k, __pgt_a0 AS c, __pgt_a1 AS sum_x, __pgt_a2 AS avg_x, __pgt_a3 AS sum_iv, __pgt_a4 AS sum_x2
--     aggregate count(*), sum(x), avg(x), sum(iv), sum(x * 2) group by k
--       scan public.totals_src

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_value_2, __pgt_nonnull_1, __pgt_nonnull_2, __pgt_nonnull_3, __pgt_nonnull_4).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.numeric_totals WITH (fillfactor = 50) AS
  SELECT i.k AS k,
         count(*) AS c,
         sum(i.x) AS sum_x,
         CASE WHEN count(i.x) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.x)), count(i.x)) END AS avg_x,
         sum(i.iv) AS sum_iv,
         sum(i.x * 2) AS sum_x2,
         coalesce(hashtextextended(i.k, 0), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         sum(pg_trickle.avg_state(i.x)) AS __pgt_value_2,
         count(i.x) AS __pgt_nonnull_1,
         count(i.x) AS __pgt_nonnull_2,
         count(i.iv) AS __pgt_nonnull_3,
         count(i.x * 2) AS __pgt_nonnull_4
    FROM (
      SELECT id, k, x, iv FROM public.totals_src
    ) AS i
   GROUP BY i.k
  WITH NO DATA;
ALTER TABLE public.numeric_totals ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_5d7dc5319b2f5f1e ON public.numeric_totals (__pgt_row_id);
COMMENT ON TABLE public.numeric_totals IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.numeric_totals'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'numeric_totals', 'public.numeric_totals', '5d7dc5319b2f5f1e', 'SELECT k, count(*) AS c, sum(x) AS sum_x, avg(x) AS avg_x, sum(iv) AS sum_iv, sum(x * 2) AS sum_x2 FROM totals_src GROUP BY k', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_5d7dc5319b2f5f1e', 34, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.totals_src', 'TABLE', true, ARRAY['id', 'k', 'x', 'iv']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.numeric_totals';

-- Refresh function, called by pg_trickle.refresh('public.numeric_totals').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_5d7dc5319b2f5f1e(p_full boolean) RETURNS text
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
    __pgt_bound_7d61d200cafcab40 xid8;
    __pgt_small_7d61d200cafcab40 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.totals_src' AND d.consumes_changes AND r.stable_name <> 'public.numeric_totals'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_7d61d200cafcab40'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_7d61d200cafcab40, __pgt_small_7d61d200cafcab40
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.numeric_totals';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.totals_src') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_7d61d200cafcab40 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_7d61d200cafcab40 AS c
             WHERE __pgt_small_7d61d200cafcab40 AND c.__pgt_xid < least(__pgt_bound_7d61d200cafcab40, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_7d61d200cafcab40'::regclass) > __pgt_full_ratio * pg_relation_size('public.totals_src'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_7d61d200cafcab40 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.totals_src'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.totals_src', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.totals_src', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'numeric_totals'
            ),
            -- delete the changes of public.totals_src that every reader has consumed
            __pgt_release_7d61d200cafcab40 AS (
              DELETE FROM pg_trickle_changes.changes_7d61d200cafcab40 AS c
               WHERE __pgt_small_7d61d200cafcab40 AND c.__pgt_xid < least(__pgt_bound_7d61d200cafcab40, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.totals_src: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_totals_src AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.k, c.x, c.iv
                FROM pg_trickle_changes.changes_7d61d200cafcab40 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.k AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.x IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                     sum(CASE WHEN d.__pgt_w > 0 THEN d.x ELSE -(d.x) END) AS __pgt_d_value_1,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.x IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_2,
                     sum(CASE WHEN d.__pgt_w > 0 THEN pg_trickle.avg_state(d.x) ELSE -(pg_trickle.avg_state(d.x)) END) AS __pgt_d_value_2,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.iv IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_3,
                     CASE WHEN sum(d.iv) FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(d.iv) FILTER (WHERE d.__pgt_w > 0) WHEN sum(d.iv) FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(d.iv) FILTER (WHERE d.__pgt_w < 0)) ELSE sum(d.iv) FILTER (WHERE d.__pgt_w > 0) - sum(d.iv) FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_3,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE (d.x * 2) IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_4,
                     CASE WHEN sum(d.x * 2) FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(d.x * 2) FILTER (WHERE d.__pgt_w > 0) WHEN sum(d.x * 2) FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(d.x * 2) FILTER (WHERE d.__pgt_w < 0)) ELSE sum(d.x * 2) FILTER (WHERE d.__pgt_w > 0) - sum(d.x * 2) FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_4
                FROM delta_totals_src AS d
               GROUP BY d.k
            ),
            -- a NaN or an infinity entering or leaving a total flags the refresh, which then recomputes in full
            __pgt_finite AS (
              SELECT g.* FROM __pgt_delta_groups AS g
               WHERE CASE WHEN g.__pgt_d_value_1 IN ('NaN', 'Infinity', '-Infinity')
                               OR g.__pgt_d_value_2 IN ('NaN', 'Infinity', '-Infinity')
                               OR g.__pgt_d_value_3::text IN ('NaN', 'Infinity', '-Infinity', 'infinity', '-infinity')
                               OR g.__pgt_d_value_4::text IN ('NaN', 'Infinity', '-Infinity', 'infinity', '-infinity') THEN set_config('pg_trickle.nonfinite', 'on', true) IS NOT NULL ELSE true END
            )
            MERGE INTO public.numeric_totals AS s
            USING __pgt_finite AS g
               ON s.__pgt_row_id = coalesce(hashtextextended(g.__pgt_g0, 0), 0) AND s.k IS NOT DISTINCT FROM g.__pgt_g0
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          k = g.__pgt_g0,
                          c = coalesce(s.c, 0) + g.__pgt_d_value_0,
                          sum_x = CASE WHEN s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1 = 0 THEN NULL WHEN s.sum_x IS NULL THEN g.__pgt_d_value_1 WHEN g.__pgt_d_value_1 IS NULL THEN s.sum_x ELSE s.sum_x + g.__pgt_d_value_1 END,
                          avg_x = CASE WHEN s.__pgt_nonnull_2 + g.__pgt_d_nonnull_2 = 0 THEN NULL ELSE pg_trickle.avg_final(CASE WHEN s.__pgt_nonnull_2 + g.__pgt_d_nonnull_2 = 0 THEN NULL WHEN s.__pgt_value_2 IS NULL THEN g.__pgt_d_value_2 WHEN g.__pgt_d_value_2 IS NULL THEN s.__pgt_value_2 ELSE s.__pgt_value_2 + g.__pgt_d_value_2 END, s.__pgt_nonnull_2 + g.__pgt_d_nonnull_2) END,
                          sum_iv = CASE WHEN s.__pgt_nonnull_3 + g.__pgt_d_nonnull_3 = 0 THEN NULL WHEN s.sum_iv IS NULL THEN g.__pgt_d_value_3 WHEN g.__pgt_d_value_3 IS NULL THEN s.sum_iv ELSE s.sum_iv + g.__pgt_d_value_3 END,
                          sum_x2 = CASE WHEN s.__pgt_nonnull_4 + g.__pgt_d_nonnull_4 = 0 THEN NULL WHEN s.sum_x2 IS NULL THEN g.__pgt_d_value_4 WHEN g.__pgt_d_value_4 IS NULL THEN s.sum_x2 ELSE s.sum_x2 + g.__pgt_d_value_4 END,
                          __pgt_count = s.__pgt_count + g.__pgt_d_count,
                          __pgt_value_2 = CASE WHEN s.__pgt_nonnull_2 + g.__pgt_d_nonnull_2 = 0 THEN NULL WHEN s.__pgt_value_2 IS NULL THEN g.__pgt_d_value_2 WHEN g.__pgt_d_value_2 IS NULL THEN s.__pgt_value_2 ELSE s.__pgt_value_2 + g.__pgt_d_value_2 END,
                          __pgt_nonnull_1 = s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1,
                          __pgt_nonnull_2 = s.__pgt_nonnull_2 + g.__pgt_d_nonnull_2,
                          __pgt_nonnull_3 = s.__pgt_nonnull_3 + g.__pgt_d_nonnull_3,
                          __pgt_nonnull_4 = s.__pgt_nonnull_4 + g.__pgt_d_nonnull_4
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT (k, c, sum_x, avg_x, sum_iv, sum_x2, __pgt_row_id, __pgt_count, __pgt_value_2, __pgt_nonnull_1, __pgt_nonnull_2, __pgt_nonnull_3, __pgt_nonnull_4)
                          VALUES (g.__pgt_g0,
                                  g.__pgt_d_value_0,
                                  CASE WHEN g.__pgt_d_nonnull_1 = 0 THEN NULL ELSE g.__pgt_d_value_1 END,
                                  CASE WHEN g.__pgt_d_nonnull_2 = 0 THEN NULL ELSE pg_trickle.avg_final(CASE WHEN g.__pgt_d_nonnull_2 = 0 THEN NULL ELSE g.__pgt_d_value_2 END, g.__pgt_d_nonnull_2) END,
                                  CASE WHEN g.__pgt_d_nonnull_3 = 0 THEN NULL ELSE g.__pgt_d_value_3 END,
                                  CASE WHEN g.__pgt_d_nonnull_4 = 0 THEN NULL ELSE g.__pgt_d_value_4 END,
                                  coalesce(hashtextextended(g.__pgt_g0, 0), 0),
                                  g.__pgt_d_count,
                                  CASE WHEN g.__pgt_d_nonnull_2 = 0 THEN NULL ELSE g.__pgt_d_value_2 END,
                                  g.__pgt_d_nonnull_1,
                                  g.__pgt_d_nonnull_2,
                                  g.__pgt_d_nonnull_3,
                                  g.__pgt_d_nonnull_4);

            -- The statement above flags a NaN or an infinity that entered or left a running SUM/AVG:
            -- subtracting one does not undo adding it, so the totals are recomputed in full.
            IF current_setting('pg_trickle.nonfinite', true) = 'on' THEN
                PERFORM set_config('pg_trickle.nonfinite', '', true);
                __pgt_reason := 'a NaN or an infinity entered or left a SUM or AVG';
            END IF;
            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.totals_src') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_reason IS NULL THEN
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.numeric_totals') THEN
        DELETE FROM public.numeric_totals;
    ELSE
        TRUNCATE public.numeric_totals;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.totals_src')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.numeric_totals' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_5d7dc5319b2f5f1e ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.k AS k,
                     count(*) AS c,
                     sum(i.x) AS sum_x,
                     CASE WHEN count(i.x) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.x)), count(i.x)) END AS avg_x,
                     sum(i.iv) AS sum_iv,
                     sum(i.x * 2) AS sum_x2,
                     coalesce(hashtextextended(i.k, 0), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     sum(pg_trickle.avg_state(i.x)) AS __pgt_value_2,
                     count(i.x) AS __pgt_nonnull_1,
                     count(i.x) AS __pgt_nonnull_2,
                     count(i.iv) AS __pgt_nonnull_3,
                     count(i.x * 2) AS __pgt_nonnull_4
                FROM (
                  SELECT id, k, x, iv FROM public.totals_src
                ) AS i
               GROUP BY i.k
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_5d7dc5319b2f5f1e AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.totals_src', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'numeric_totals'
        ),
        __pgt_release_7d61d200cafcab40 AS (
            DELETE FROM pg_trickle_changes.changes_7d61d200cafcab40 AS c
             WHERE __pgt_small_7d61d200cafcab40 AND c.__pgt_xid < least(__pgt_bound_7d61d200cafcab40, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.totals_src' AND c.__pgt_xid < least(__pgt_bound_7d61d200cafcab40, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.numeric_totals (k, c, sum_x, avg_x, sum_iv, sum_x2, __pgt_row_id, __pgt_count, __pgt_value_2, __pgt_nonnull_1, __pgt_nonnull_2, __pgt_nonnull_3, __pgt_nonnull_4)
        SELECT q.k, q.c, q.sum_x, q.avg_x, q.sum_iv, q.sum_x2, q.__pgt_row_id, q.__pgt_count, q.__pgt_value_2, q.__pgt_nonnull_1, q.__pgt_nonnull_2, q.__pgt_nonnull_3, q.__pgt_nonnull_4 FROM pg_temp.__pgt_full_5d7dc5319b2f5f1e AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_5d7dc5319b2f5f1e;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.totals_src', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'numeric_totals'
    ),
    __pgt_release_7d61d200cafcab40 AS (
        DELETE FROM pg_trickle_changes.changes_7d61d200cafcab40 AS c
         WHERE __pgt_small_7d61d200cafcab40 AND c.__pgt_xid < least(__pgt_bound_7d61d200cafcab40, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.totals_src' AND c.__pgt_xid < least(__pgt_bound_7d61d200cafcab40, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.numeric_totals (k, c, sum_x, avg_x, sum_iv, sum_x2, __pgt_row_id, __pgt_count, __pgt_value_2, __pgt_nonnull_1, __pgt_nonnull_2, __pgt_nonnull_3, __pgt_nonnull_4)
    SELECT * FROM (
      SELECT i.k AS k,
             count(*) AS c,
             sum(i.x) AS sum_x,
             CASE WHEN count(i.x) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.x)), count(i.x)) END AS avg_x,
             sum(i.iv) AS sum_iv,
             sum(i.x * 2) AS sum_x2,
             coalesce(hashtextextended(i.k, 0), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             sum(pg_trickle.avg_state(i.x)) AS __pgt_value_2,
             count(i.x) AS __pgt_nonnull_1,
             count(i.x) AS __pgt_nonnull_2,
             count(i.iv) AS __pgt_nonnull_3,
             count(i.x * 2) AS __pgt_nonnull_4
        FROM (
          SELECT id, k, x, iv FROM public.totals_src
        ) AS i
       GROUP BY i.k
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.numeric_totals', full => true);
ANALYZE public.numeric_totals;

-- ========================================================================
-- create stream table public.numeric_totals_min
-- ========================================================================
-- trickle: stream table public.numeric_totals_min
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT k, sum(x) AS sum_x, avg(x) AS avg_x, min(id) AS first_id FROM totals_src GROUP BY k
--
-- operator tree:
--   project __pgt_g0 AS k, __pgt_a0 AS sum_x, __pgt_a1 AS avg_x, __pgt_a2 AS first_id
--     aggregate sum(x), avg(x), min(id) group by k
--       scan public.totals_src

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_value_1, __pgt_nonnull_0, __pgt_nonnull_1).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.numeric_totals_min WITH (fillfactor = 50) AS
  SELECT i.k AS k,
         sum(i.x) AS sum_x,
         CASE WHEN count(i.x) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.x)), count(i.x)) END AS avg_x,
         min(i.id) AS first_id,
         coalesce(hashtextextended(i.k, 0), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         sum(pg_trickle.avg_state(i.x)) AS __pgt_value_1,
         count(i.x) AS __pgt_nonnull_0,
         count(i.x) AS __pgt_nonnull_1
    FROM (
      SELECT id, k, x, iv FROM public.totals_src
    ) AS i
   GROUP BY i.k
  WITH NO DATA;
ALTER TABLE public.numeric_totals_min ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_9f419c6a9f6fbf34 ON public.numeric_totals_min (__pgt_row_id);
COMMENT ON TABLE public.numeric_totals_min IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.numeric_totals_min'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'numeric_totals_min', 'public.numeric_totals_min', '9f419c6a9f6fbf34', 'SELECT k, sum(x) AS sum_x, avg(x) AS avg_x, min(id) AS first_id FROM totals_src GROUP BY k', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_9f419c6a9f6fbf34', 35, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.totals_src', 'TABLE', true, ARRAY['id', 'k', 'x', 'iv']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.numeric_totals_min';

-- Refresh function, called by pg_trickle.refresh('public.numeric_totals_min').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_9f419c6a9f6fbf34(p_full boolean) RETURNS text
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
    __pgt_bound_7d61d200cafcab40 xid8;
    __pgt_small_7d61d200cafcab40 boolean;
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
             WHERE d.source_stable_name = 'public.totals_src' AND d.consumes_changes AND r.stable_name <> 'public.numeric_totals_min'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_7d61d200cafcab40'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_7d61d200cafcab40, __pgt_small_7d61d200cafcab40
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.numeric_totals_min';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.totals_src') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_7d61d200cafcab40 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_7d61d200cafcab40 AS c
             WHERE __pgt_small_7d61d200cafcab40 AND c.__pgt_xid < least(__pgt_bound_7d61d200cafcab40, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_7d61d200cafcab40'::regclass) > __pgt_full_ratio * pg_relation_size('public.totals_src'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_7d61d200cafcab40 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.totals_src'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.totals_src', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            __pgt_rescan_by_index := EXISTS (SELECT FROM pg_index AS x JOIN pg_attribute AS a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
                     WHERE x.indrelid = 'public.totals_src'::regclass AND a.attname = 'k'
                       AND x.indisvalid AND x.indpred IS NULL);
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.totals_src', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'numeric_totals_min'
            ),
            -- delete the changes of public.totals_src that every reader has consumed
            __pgt_release_7d61d200cafcab40 AS (
              DELETE FROM pg_trickle_changes.changes_7d61d200cafcab40 AS c
               WHERE __pgt_small_7d61d200cafcab40 AND c.__pgt_xid < least(__pgt_bound_7d61d200cafcab40, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.totals_src: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_totals_src AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.k, c.x, c.iv
                FROM pg_trickle_changes.changes_7d61d200cafcab40 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.k AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.x IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_0,
                     sum(CASE WHEN d.__pgt_w > 0 THEN d.x ELSE -(d.x) END) AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.x IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                     sum(CASE WHEN d.__pgt_w > 0 THEN pg_trickle.avg_state(d.x) ELSE -(pg_trickle.avg_state(d.x)) END) AS __pgt_d_value_1,
                     min(d.id) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_2,
                     min(d.id) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_2
                FROM delta_totals_src AS d
               GROUP BY d.k
            ),
            -- each changed group with its stored state; a group is recomputed from the sources when a deleted value may have been its MIN/MAX or a NaN or an infinity entered or left a SUM or AVG
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.sum_x AS __pgt_old_value_0,
                     s.__pgt_value_1 AS __pgt_old_value_1,
                     s.first_id AS __pgt_old_value_2,
                     coalesce(s.__pgt_nonnull_0, 0) AS __pgt_old_nonnull_0,
                     coalesce(s.__pgt_nonnull_1, 0) AS __pgt_old_nonnull_1,
                     (g.__pgt_del_2 IS NOT NULL AND (s.first_id IS NULL OR (g.__pgt_del_2 <= s.first_id AND NOT coalesce(g.__pgt_ins_2 <= s.first_id AND g.__pgt_ins_2 < g.__pgt_del_2, false))))
                         OR coalesce(g.__pgt_d_value_0 IN ('NaN', 'Infinity', '-Infinity'), false)
                         OR coalesce(g.__pgt_d_value_1 IN ('NaN', 'Infinity', '-Infinity'), false) AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN public.numeric_totals_min AS s ON s.__pgt_row_id = coalesce(hashtextextended(g.__pgt_g0, 0), 0) AND s.k IS NOT DISTINCT FROM g.__pgt_g0
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, coalesce(r.__pgt_nonnull_0, 0) AS __pgt_nonnull_0, r.__pgt_value_1, coalesce(r.__pgt_nonnull_1, 0) AS __pgt_nonnull_1, r.__pgt_value_2
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT i.k AS __pgt_g0,
                         count(*) AS __pgt_count,
                         sum(i.x) AS __pgt_value_0,
                         count(i.x) AS __pgt_nonnull_0,
                         sum(pg_trickle.avg_state(i.x)) AS __pgt_value_1,
                         count(i.x) AS __pgt_nonnull_1,
                         min(i.id) AS __pgt_value_2
                    FROM (
                    SELECT * FROM (
                      SELECT id, k, x, iv FROM public.totals_src
                    ) AS i
                     WHERE __pgt_rescan_by_index AND (i.k = ANY (ARRAY(SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan)) OR (i.k IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                    UNION ALL
                    SELECT * FROM (
                      SELECT id, k, x, iv FROM public.totals_src
                    ) AS i
                     WHERE NOT __pgt_rescan_by_index AND (i.k IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan) OR (i.k IS NULL AND EXISTS (SELECT FROM __pgt_groups AS f WHERE f.__pgt_rescan AND f.__pgt_g0 IS NULL)))
                  ) AS i
                   GROUP BY i.k
                ) AS r ON r.__pgt_g0 IS NOT DISTINCT FROM g.__pgt_g0
               WHERE g.__pgt_rescan
            ),
            -- new state of each changed group: stored state + change, or the recomputed state
            __pgt_new_state AS (
              SELECT g.__pgt_g0 AS __pgt_g0,
                     g.__pgt_ctid,
                     g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                     CASE WHEN g.__pgt_old_nonnull_0 + g.__pgt_d_nonnull_0 = 0 THEN NULL WHEN g.__pgt_old_value_0 IS NULL THEN g.__pgt_d_value_0 WHEN g.__pgt_d_value_0 IS NULL THEN g.__pgt_old_value_0 ELSE g.__pgt_old_value_0 + g.__pgt_d_value_0 END AS __pgt_value_0,
                     g.__pgt_old_nonnull_0 + g.__pgt_d_nonnull_0 AS __pgt_nonnull_0,
                     CASE WHEN g.__pgt_old_nonnull_1 + g.__pgt_d_nonnull_1 = 0 THEN NULL WHEN g.__pgt_old_value_1 IS NULL THEN g.__pgt_d_value_1 WHEN g.__pgt_d_value_1 IS NULL THEN g.__pgt_old_value_1 ELSE g.__pgt_old_value_1 + g.__pgt_d_value_1 END AS __pgt_value_1,
                     g.__pgt_old_nonnull_1 + g.__pgt_d_nonnull_1 AS __pgt_nonnull_1,
                     least(g.__pgt_old_value_2, g.__pgt_ins_2) AS __pgt_value_2
                FROM __pgt_groups AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows
            __pgt_apply AS (
              SELECT coalesce(hashtextextended(n.__pgt_g0, 0), 0) AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_g0 AS k,
                     n.__pgt_value_0 AS sum_x,
                     CASE WHEN n.__pgt_nonnull_1 = 0 THEN NULL ELSE pg_trickle.avg_final(n.__pgt_value_1, n.__pgt_nonnull_1) END AS avg_x,
                     n.__pgt_value_2 AS first_id,
                     n.__pgt_count,
                     n.__pgt_value_1 AS __pgt_value_1,
                     n.__pgt_nonnull_0 AS __pgt_nonnull_0,
                     n.__pgt_nonnull_1 AS __pgt_nonnull_1,
                     n.__pgt_count > 0 AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO public.numeric_totals_min AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET k = a.k, sum_x = a.sum_x, avg_x = a.avg_x, first_id = a.first_id, __pgt_count = a.__pgt_count, __pgt_value_1 = a.__pgt_value_1, __pgt_nonnull_0 = a.__pgt_nonnull_0, __pgt_nonnull_1 = a.__pgt_nonnull_1
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (k, sum_x, avg_x, first_id, __pgt_row_id, __pgt_count, __pgt_value_1, __pgt_nonnull_0, __pgt_nonnull_1) VALUES (a.k, a.sum_x, a.avg_x, a.first_id, a.__pgt_row_id, a.__pgt_count, a.__pgt_value_1, a.__pgt_nonnull_0, a.__pgt_nonnull_1);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.totals_src') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.numeric_totals_min') THEN
        DELETE FROM public.numeric_totals_min;
    ELSE
        TRUNCATE public.numeric_totals_min;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.totals_src')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.numeric_totals_min' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_9f419c6a9f6fbf34 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.k AS k,
                     sum(i.x) AS sum_x,
                     CASE WHEN count(i.x) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.x)), count(i.x)) END AS avg_x,
                     min(i.id) AS first_id,
                     coalesce(hashtextextended(i.k, 0), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     sum(pg_trickle.avg_state(i.x)) AS __pgt_value_1,
                     count(i.x) AS __pgt_nonnull_0,
                     count(i.x) AS __pgt_nonnull_1
                FROM (
                  SELECT id, k, x, iv FROM public.totals_src
                ) AS i
               GROUP BY i.k
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_9f419c6a9f6fbf34 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.totals_src', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'numeric_totals_min'
        ),
        __pgt_release_7d61d200cafcab40 AS (
            DELETE FROM pg_trickle_changes.changes_7d61d200cafcab40 AS c
             WHERE __pgt_small_7d61d200cafcab40 AND c.__pgt_xid < least(__pgt_bound_7d61d200cafcab40, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.totals_src' AND c.__pgt_xid < least(__pgt_bound_7d61d200cafcab40, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.numeric_totals_min (k, sum_x, avg_x, first_id, __pgt_row_id, __pgt_count, __pgt_value_1, __pgt_nonnull_0, __pgt_nonnull_1)
        SELECT q.k, q.sum_x, q.avg_x, q.first_id, q.__pgt_row_id, q.__pgt_count, q.__pgt_value_1, q.__pgt_nonnull_0, q.__pgt_nonnull_1 FROM pg_temp.__pgt_full_9f419c6a9f6fbf34 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_9f419c6a9f6fbf34;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.totals_src', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'numeric_totals_min'
    ),
    __pgt_release_7d61d200cafcab40 AS (
        DELETE FROM pg_trickle_changes.changes_7d61d200cafcab40 AS c
         WHERE __pgt_small_7d61d200cafcab40 AND c.__pgt_xid < least(__pgt_bound_7d61d200cafcab40, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.totals_src' AND c.__pgt_xid < least(__pgt_bound_7d61d200cafcab40, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.numeric_totals_min (k, sum_x, avg_x, first_id, __pgt_row_id, __pgt_count, __pgt_value_1, __pgt_nonnull_0, __pgt_nonnull_1)
    SELECT * FROM (
      SELECT i.k AS k,
             sum(i.x) AS sum_x,
             CASE WHEN count(i.x) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.x)), count(i.x)) END AS avg_x,
             min(i.id) AS first_id,
             coalesce(hashtextextended(i.k, 0), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             sum(pg_trickle.avg_state(i.x)) AS __pgt_value_1,
             count(i.x) AS __pgt_nonnull_0,
             count(i.x) AS __pgt_nonnull_1
        FROM (
          SELECT id, k, x, iv FROM public.totals_src
        ) AS i
       GROUP BY i.k
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.numeric_totals_min', full => true);
ANALYZE public.numeric_totals_min;

-- ========================================================================
-- create stream table public.order_lines_left
-- ========================================================================
-- trickle: stream table public.order_lines_left
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT o."Id", l."line no", l.qty FROM "Sales Data"."Order" AS o LEFT JOIN lines AS l ON l.order_id = o."Id"
--
-- operator tree:
--   project "Id" AS Id, "line no" AS line no, qty
--     left outer join on order_id = "Id"
--       scan Sales Data.Order AS o
--       scan public.lines AS l

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.order_lines_left AS
  SELECT r."Id", r."line no", r.qty, hash_record_extended(ROW(r."Id", r."line no", r.qty), 0) AS __pgt_row_id
    FROM (
      SELECT i."Id" AS "Id", i."line no" AS "line no", i.qty AS qty
        FROM (
        SELECT o."Id" AS "Id", o."user" AS "user", o."select" AS "select", o.amount AS amount, o.tags AS tags, o.placed AS placed, o.note AS note, l.order_id AS order_id, l."line no" AS "line no", l.qty AS qty, l.price AS price
          FROM "Sales Data"."Order" AS o
          LEFT JOIN public.lines AS l ON l.order_id = o."Id"
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.order_lines_left ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_149cc9eeb1c11e82 ON public.order_lines_left (__pgt_row_id);
COMMENT ON TABLE public.order_lines_left IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.order_lines_left'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'order_lines_left', 'public.order_lines_left', '149cc9eeb1c11e82', 'SELECT o."Id", l."line no", l.qty FROM "Sales Data"."Order" AS o LEFT JOIN lines AS l ON l.order_id = o."Id"', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_149cc9eeb1c11e82', 36, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.order_lines_left';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales Data.Order', 'TABLE', true, ARRAY['Id', 'user', 'select', 'amount', 'tags', 'placed', 'note']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.order_lines_left';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.lines', 'TABLE', true, ARRAY['order_id', 'line no', 'qty', 'price']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.order_lines_left';

-- Refresh function, called by pg_trickle.refresh('public.order_lines_left').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_149cc9eeb1c11e82(p_full boolean) RETURNS text
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
    __pgt_bound_5042d2c2a1e35a2b xid8;
    __pgt_small_5042d2c2a1e35a2b boolean;
    __pgt_bound_252127c9fb266884 xid8;
    __pgt_small_252127c9fb266884 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales Data.Order' AND d.consumes_changes AND r.stable_name <> 'public.order_lines_left'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_5042d2c2a1e35a2b'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.lines' AND d.consumes_changes AND r.stable_name <> 'public.order_lines_left'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_252127c9fb266884'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_5042d2c2a1e35a2b, __pgt_small_5042d2c2a1e35a2b, __pgt_bound_252127c9fb266884, __pgt_small_252127c9fb266884
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.order_lines_left';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.Order', 'public.lines') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_252127c9fb266884 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
             WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_252127c9fb266884 AS c
             WHERE __pgt_small_252127c9fb266884 AND c.__pgt_xid < least(__pgt_bound_252127c9fb266884, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_5042d2c2a1e35a2b'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales Data"."Order"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales Data"."Order"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales Data.Order', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_252127c9fb266884'::regclass) > __pgt_full_ratio * pg_relation_size('public.lines'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_252127c9fb266884 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.lines'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.lines', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('Sales Data.Order', pg_current_snapshot()::text, 'public.lines', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'order_lines_left'
            ),
            -- delete the changes of Sales Data.Order that every reader has consumed
            __pgt_release_5042d2c2a1e35a2b AS (
              DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
               WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.lines that every reader has consumed
            __pgt_release_252127c9fb266884 AS (
              DELETE FROM pg_trickle_changes.changes_252127c9fb266884 AS c
               WHERE __pgt_small_252127c9fb266884 AND c.__pgt_xid < least(__pgt_bound_252127c9fb266884, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan Sales Data.Order: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_order AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."Id", c."user", c."select", c.amount, c.tags, c.placed, c.note
                FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan public.lines: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_lines AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.order_id, c."line no", c.qty, c.price
                FROM pg_trickle_changes.changes_252127c9fb266884 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, "Id", "user", "select", amount, tags, placed, note FROM "Sales Data"."Order"
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c."Id", c."user", c."select", c.amount, c.tags, c.placed, c.note FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_lines AS __pgt_x WHERE __pgt_x.order_id = __pgt_p."Id")
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x.order_id, __pgt_x."line no", sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_lines AS __pgt_x
               GROUP BY __pgt_x.order_id, __pgt_x."line no"
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT o.__pgt_w * l.__pgt_w AS __pgt_w, o."Id" AS "Id", o."user" AS "user", o."select" AS "select", o.amount AS amount, o.tags AS tags, o.placed AS placed, o.note AS note, l.order_id AS order_id, l."line no" AS "line no", l.qty AS qty, l.price AS price
                FROM delta_order AS o,
                     (
                SELECT 1 AS __pgt_w, order_id, "line no", qty, price FROM public.lines
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.order_id, c."line no", c.qty, c.price FROM pg_trickle_changes.changes_252127c9fb266884 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS l
               WHERE l.order_id = o."Id"
              UNION ALL
              SELECT l.__pgt_w AS __pgt_w, o."Id" AS "Id", o."user" AS "user", o."select" AS "select", o.amount AS amount, o.tags AS tags, o.placed AS placed, o.note AS note, l.order_id AS order_id, l."line no" AS "line no", l.qty AS qty, l.price AS price
                FROM "Sales Data"."Order" AS o,
                     delta_lines AS l
               WHERE l.order_id = o."Id"
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p."Id" AS "Id", __pgt_p."user" AS "user", __pgt_p."select" AS "select", __pgt_p.amount AS amount, __pgt_p.tags AS tags, __pgt_p.placed AS placed, __pgt_p.note AS note, __pgt_pad.order_id AS order_id, __pgt_pad."line no" AS "line no", __pgt_pad.qty AS qty, __pgt_pad.price AS price
                FROM delta_order AS __pgt_p
                LEFT JOIN public.lines AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM public.lines AS __pgt_x WHERE __pgt_x.order_id = __pgt_p."Id")
              UNION ALL
              -- -w: the row gained its first match
              SELECT __pgt_p.__pgt_w * -1 AS __pgt_w, __pgt_p."Id" AS "Id", __pgt_p."user" AS "user", __pgt_p."select" AS "select", __pgt_p.amount AS amount, __pgt_p.tags AS tags, __pgt_p.placed AS placed, __pgt_p.note AS note, __pgt_pad.order_id AS order_id, __pgt_pad."line no" AS "line no", __pgt_pad.qty AS qty, __pgt_pad.price AS price
                FROM __pgt_candidates AS __pgt_p
                LEFT JOIN public.lines AS __pgt_pad ON false
               WHERE EXISTS (SELECT FROM public.lines AS __pgt_x WHERE __pgt_x.order_id = __pgt_p."Id")
                 AND NOT EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.order_id = __pgt_p."Id")
                 AND NOT EXISTS (SELECT FROM public.lines AS __pgt_x
                              WHERE __pgt_x.order_id = __pgt_p."Id"
                                AND (__pgt_x.order_id, __pgt_x."line no") NOT IN (SELECT n.order_id, n."line no" FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
              UNION ALL
              -- +w: the row lost its last match
              SELECT __pgt_p.__pgt_w AS __pgt_w, __pgt_p."Id" AS "Id", __pgt_p."user" AS "user", __pgt_p."select" AS "select", __pgt_p.amount AS amount, __pgt_p.tags AS tags, __pgt_p.placed AS placed, __pgt_p.note AS note, __pgt_pad.order_id AS order_id, __pgt_pad."line no" AS "line no", __pgt_pad.qty AS qty, __pgt_pad.price AS price
                FROM __pgt_candidates AS __pgt_p
                LEFT JOIN public.lines AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM public.lines AS __pgt_x WHERE __pgt_x.order_id = __pgt_p."Id")
                 AND EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.order_id = __pgt_p."Id")
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d."Id" AS "Id", d."line no" AS "line no", d.qty AS qty
                FROM delta_outer_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d."Id", d."line no", d.qty, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d."Id", d."line no", d.qty
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.order_lines_left AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.order_lines_left AS t ON t.__pgt_row_id = hash_record_extended(ROW(n."Id", n."line no", n.qty), 0) AND t."Id" = n."Id" AND t."line no" IS NOT DISTINCT FROM n."line no" AND t.qty IS NOT DISTINCT FROM n.qty
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.order_lines_left ("Id", "line no", qty, __pgt_row_id)
            SELECT n."Id", n."line no", n.qty, hash_record_extended(ROW(n."Id", n."line no", n.qty), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.Order', 'public.lines') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.order_lines_left') THEN
        DELETE FROM public.order_lines_left;
    ELSE
        TRUNCATE public.order_lines_left;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('Sales Data.Order'), ('public.lines')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.order_lines_left' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('Sales Data.Order', pg_current_snapshot()::text, 'public.lines', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'order_lines_left'
    ),
    __pgt_release_5042d2c2a1e35a2b AS (
        DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
         WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_252127c9fb266884 AS (
        DELETE FROM pg_trickle_changes.changes_252127c9fb266884 AS c
         WHERE __pgt_small_252127c9fb266884 AND c.__pgt_xid < least(__pgt_bound_252127c9fb266884, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'Sales Data.Order' AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.lines' AND c.__pgt_xid < least(__pgt_bound_252127c9fb266884, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.order_lines_left ("Id", "line no", qty, __pgt_row_id)
    SELECT * FROM (
      SELECT r."Id", r."line no", r.qty, hash_record_extended(ROW(r."Id", r."line no", r.qty), 0) AS __pgt_row_id
        FROM (
          SELECT i."Id" AS "Id", i."line no" AS "line no", i.qty AS qty
            FROM (
            SELECT o."Id" AS "Id", o."user" AS "user", o."select" AS "select", o.amount AS amount, o.tags AS tags, o.placed AS placed, o.note AS note, l.order_id AS order_id, l."line no" AS "line no", l.qty AS qty, l.price AS price
              FROM "Sales Data"."Order" AS o
              LEFT JOIN public.lines AS l ON l.order_id = o."Id"
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.order_lines_left', full => true);
ANALYZE public.order_lines_left;

-- ========================================================================
-- create stream table public.order_tag_list
-- ========================================================================
-- trickle: stream table public.order_tag_list
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT "Id", "user", unnest(tags) AS tag FROM "Sales Data"."Order"
--
-- operator tree:
--   project "Id" AS Id, "user" AS user, unnest(tags) AS tag
--     scan Sales Data.Order

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.order_tag_list AS
  SELECT r."Id", r."user", r.tag, hash_record_extended(ROW(r."Id", r."user", r.tag), 0) AS __pgt_row_id
    FROM (
      SELECT "Order"."Id" AS "Id", "Order"."user" AS "user", unnest("Order".tags) AS tag
        FROM "Sales Data"."Order" AS "Order"
    ) AS r
  WITH NO DATA;
ALTER TABLE public.order_tag_list ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_b0ddf4b9023a0d5b ON public.order_tag_list (__pgt_row_id);
COMMENT ON TABLE public.order_tag_list IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.order_tag_list'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'order_tag_list', 'public.order_tag_list', 'b0ddf4b9023a0d5b', 'SELECT "Id", "user", unnest(tags) AS tag FROM "Sales Data"."Order"', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_b0ddf4b9023a0d5b', 37, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales Data.Order', 'TABLE', true, ARRAY['Id', 'user', 'select', 'amount', 'tags', 'placed', 'note']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.order_tag_list';

-- Refresh function, called by pg_trickle.refresh('public.order_tag_list').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_b0ddf4b9023a0d5b(p_full boolean) RETURNS text
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
    __pgt_bound_5042d2c2a1e35a2b xid8;
    __pgt_small_5042d2c2a1e35a2b boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales Data.Order' AND d.consumes_changes AND r.stable_name <> 'public.order_tag_list'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_5042d2c2a1e35a2b'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_5042d2c2a1e35a2b, __pgt_small_5042d2c2a1e35a2b
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.order_tag_list';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.Order') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
             WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_5042d2c2a1e35a2b'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales Data"."Order"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales Data"."Order"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales Data.Order', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('Sales Data.Order', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'order_tag_list'
            ),
            -- delete the changes of Sales Data.Order that every reader has consumed
            __pgt_release_5042d2c2a1e35a2b AS (
              DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
               WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan Sales Data.Order: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_order AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."Id", c."user", c."select", c.amount, c.tags, c.placed, c.note
                FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d."Id" AS "Id", d."user" AS "user", unnest(d.tags) AS tag
                FROM delta_order AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d."Id", d."user", d.tag, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d."Id", d."user", d.tag
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM public.order_tag_list AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.order_tag_list AS t ON t.__pgt_row_id = hash_record_extended(ROW(n."Id", n."user", n.tag), 0) AND t."Id" = n."Id" AND t."user" IS NOT DISTINCT FROM n."user" AND t.tag IS NOT DISTINCT FROM n.tag
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.order_tag_list ("Id", "user", tag, __pgt_row_id)
            SELECT n."Id", n."user", n.tag, hash_record_extended(ROW(n."Id", n."user", n.tag), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.Order') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.order_tag_list') THEN
        DELETE FROM public.order_tag_list;
    ELSE
        TRUNCATE public.order_tag_list;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('Sales Data.Order')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.order_tag_list' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('Sales Data.Order', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'order_tag_list'
    ),
    __pgt_release_5042d2c2a1e35a2b AS (
        DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
         WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'Sales Data.Order' AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.order_tag_list ("Id", "user", tag, __pgt_row_id)
    SELECT * FROM (
      SELECT r."Id", r."user", r.tag, hash_record_extended(ROW(r."Id", r."user", r.tag), 0) AS __pgt_row_id
        FROM (
          SELECT "Order"."Id" AS "Id", "Order"."user" AS "user", unnest("Order".tags) AS tag
            FROM "Sales Data"."Order" AS "Order"
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.order_tag_list', full => true);
ANALYZE public.order_tag_list;

-- ========================================================================
-- create stream table public.order_tag_or_none
-- ========================================================================
-- trickle: stream table public.order_tag_or_none
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT o."Id", t.tag, t."position" FROM "Sales Data"."Order" AS o LEFT JOIN LATERAL unnest(o.tags) WITH ORDINALITY AS t(tag, "position") ON t.tag <> 'b'
--
-- operator tree:
--   project "Id" AS Id, tag, "position" AS position
--     left join lateral unnest(tags) with ordinality on tag <> 'b'
--       scan Sales Data.Order AS o

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.order_tag_or_none AS
  SELECT r."Id", r.tag, r."position", hash_record_extended(ROW(r."Id", r."position"), 0) AS __pgt_row_id
    FROM (
      SELECT i."Id" AS "Id", i.tag AS tag, i."position" AS "position"
        FROM (
        SELECT o."Id" AS "Id", o."user" AS "user", o."select" AS "select", o.amount AS amount, o.tags AS tags, o.placed AS placed, o.note AS note, __pgt_fn.__pgt_f0 AS tag, __pgt_fn.__pgt_f1 AS "position"
          FROM "Sales Data"."Order" AS o
         LEFT JOIN LATERAL unnest(o.tags) WITH ORDINALITY AS __pgt_fn(__pgt_f0, __pgt_f1) ON __pgt_fn.__pgt_f0 <> 'b'
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.order_tag_or_none ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_3915b27a07d74200 ON public.order_tag_or_none (__pgt_row_id);
COMMENT ON TABLE public.order_tag_or_none IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.order_tag_or_none'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'order_tag_or_none', 'public.order_tag_or_none', '3915b27a07d74200', 'SELECT o."Id", t.tag, t."position" FROM "Sales Data"."Order" AS o LEFT JOIN LATERAL unnest(o.tags) WITH ORDINALITY AS t(tag, "position") ON t.tag <> ''b''', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_3915b27a07d74200', 38, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales Data.Order', 'TABLE', true, ARRAY['Id', 'user', 'select', 'amount', 'tags', 'placed', 'note']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.order_tag_or_none';

-- Refresh function, called by pg_trickle.refresh('public.order_tag_or_none').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_3915b27a07d74200(p_full boolean) RETURNS text
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
    __pgt_bound_5042d2c2a1e35a2b xid8;
    __pgt_small_5042d2c2a1e35a2b boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales Data.Order' AND d.consumes_changes AND r.stable_name <> 'public.order_tag_or_none'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_5042d2c2a1e35a2b'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_5042d2c2a1e35a2b, __pgt_small_5042d2c2a1e35a2b
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.order_tag_or_none';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.Order') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
             WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_5042d2c2a1e35a2b'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales Data"."Order"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales Data"."Order"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales Data.Order', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('Sales Data.Order', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'order_tag_or_none'
            ),
            -- delete the changes of Sales Data.Order that every reader has consumed
            __pgt_release_5042d2c2a1e35a2b AS (
              DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
               WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan Sales Data.Order: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_order AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."Id", c."user", c."select", c.amount, c.tags, c.placed, c.note
                FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- set-returning function (linear): the rows of each changed row
            delta_lateral AS (
              SELECT d.__pgt_w, d."Id" AS "Id", d."user" AS "user", d."select" AS "select", d.amount AS amount, d.tags AS tags, d.placed AS placed, d.note AS note, __pgt_fn.__pgt_f0 AS tag, __pgt_fn.__pgt_f1 AS "position"
                FROM delta_order AS d
               LEFT JOIN LATERAL unnest(d.tags) WITH ORDINALITY AS __pgt_fn(__pgt_f0, __pgt_f1) ON __pgt_fn.__pgt_f0 <> 'b'
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d."Id" AS "Id", d.tag AS tag, d."position" AS "position"
                FROM delta_lateral AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d."Id", d.tag, d."position", sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d."Id", d.tag, d."position"
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hash_record_extended(ROW(n."Id", n."position"), 0), n."Id", n."position") hash_record_extended(ROW(n."Id", n."position"), 0) AS __pgt_row_id, n."Id", n.tag, n."position", n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hash_record_extended(ROW(n."Id", n."position"), 0), n."Id", n."position", n.__pgt_w DESC
            )
            MERGE INTO public.order_tag_or_none AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s."Id" = a."Id" AND s."position" IS NOT DISTINCT FROM a."position"
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET "Id" = a."Id", tag = a.tag, "position" = a."position"
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT ("Id", tag, "position", __pgt_row_id) VALUES (a."Id", a.tag, a."position", a.__pgt_row_id);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.Order') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.order_tag_or_none') THEN
        DELETE FROM public.order_tag_or_none;
    ELSE
        TRUNCATE public.order_tag_or_none;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('Sales Data.Order')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.order_tag_or_none' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('Sales Data.Order', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'order_tag_or_none'
    ),
    __pgt_release_5042d2c2a1e35a2b AS (
        DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
         WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'Sales Data.Order' AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.order_tag_or_none ("Id", tag, "position", __pgt_row_id)
    SELECT * FROM (
      SELECT r."Id", r.tag, r."position", hash_record_extended(ROW(r."Id", r."position"), 0) AS __pgt_row_id
        FROM (
          SELECT i."Id" AS "Id", i.tag AS tag, i."position" AS "position"
            FROM (
            SELECT o."Id" AS "Id", o."user" AS "user", o."select" AS "select", o.amount AS amount, o.tags AS tags, o.placed AS placed, o.note AS note, __pgt_fn.__pgt_f0 AS tag, __pgt_fn.__pgt_f1 AS "position"
              FROM "Sales Data"."Order" AS o
             LEFT JOIN LATERAL unnest(o.tags) WITH ORDINALITY AS __pgt_fn(__pgt_f0, __pgt_f1) ON __pgt_fn.__pgt_f0 <> 'b'
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.order_tag_or_none', full => true);
ANALYZE public.order_tag_or_none;

-- ========================================================================
-- create stream table public.order_tags
-- ========================================================================
-- trickle: stream table public.order_tags
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT o."Id", t.tag, t."position" FROM "Sales Data"."Order" AS o CROSS JOIN LATERAL unnest(o.tags) WITH ORDINALITY AS t(tag, "position")
--
-- operator tree:
--   project "Id" AS Id, tag, "position" AS position
--     lateral unnest(tags) with ordinality
--       scan Sales Data.Order AS o

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.order_tags AS
  SELECT r."Id", r.tag, r."position", hash_record_extended(ROW(r."Id", r."position"), 0) AS __pgt_row_id
    FROM (
      SELECT i."Id" AS "Id", i.tag AS tag, i."position" AS "position"
        FROM (
        SELECT o."Id" AS "Id", o."user" AS "user", o."select" AS "select", o.amount AS amount, o.tags AS tags, o.placed AS placed, o.note AS note, __pgt_fn.__pgt_f0 AS tag, __pgt_fn.__pgt_f1 AS "position"
          FROM "Sales Data"."Order" AS o
         CROSS JOIN LATERAL unnest(o.tags) WITH ORDINALITY AS __pgt_fn(__pgt_f0, __pgt_f1)
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.order_tags ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_3e649efde2582742 ON public.order_tags (__pgt_row_id);
COMMENT ON TABLE public.order_tags IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.order_tags'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'order_tags', 'public.order_tags', '3e649efde2582742', 'SELECT o."Id", t.tag, t."position" FROM "Sales Data"."Order" AS o CROSS JOIN LATERAL unnest(o.tags) WITH ORDINALITY AS t(tag, "position")', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_3e649efde2582742', 39, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales Data.Order', 'TABLE', true, ARRAY['Id', 'user', 'select', 'amount', 'tags', 'placed', 'note']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.order_tags';

-- Refresh function, called by pg_trickle.refresh('public.order_tags').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_3e649efde2582742(p_full boolean) RETURNS text
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
    __pgt_bound_5042d2c2a1e35a2b xid8;
    __pgt_small_5042d2c2a1e35a2b boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales Data.Order' AND d.consumes_changes AND r.stable_name <> 'public.order_tags'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_5042d2c2a1e35a2b'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_5042d2c2a1e35a2b, __pgt_small_5042d2c2a1e35a2b
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.order_tags';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.Order') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
             WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_5042d2c2a1e35a2b'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales Data"."Order"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales Data"."Order"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales Data.Order', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('Sales Data.Order', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'order_tags'
            ),
            -- delete the changes of Sales Data.Order that every reader has consumed
            __pgt_release_5042d2c2a1e35a2b AS (
              DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
               WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan Sales Data.Order: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_order AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."Id", c."user", c."select", c.amount, c.tags, c.placed, c.note
                FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- set-returning function (linear): the rows of each changed row
            delta_lateral AS (
              SELECT d.__pgt_w, d."Id" AS "Id", d."user" AS "user", d."select" AS "select", d.amount AS amount, d.tags AS tags, d.placed AS placed, d.note AS note, __pgt_fn.__pgt_f0 AS tag, __pgt_fn.__pgt_f1 AS "position"
                FROM delta_order AS d
               CROSS JOIN LATERAL unnest(d.tags) WITH ORDINALITY AS __pgt_fn(__pgt_f0, __pgt_f1)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d."Id" AS "Id", d.tag AS tag, d."position" AS "position"
                FROM delta_lateral AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d."Id", d.tag, d."position", sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d."Id", d.tag, d."position"
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hash_record_extended(ROW(n."Id", n."position"), 0), n."Id", n."position") hash_record_extended(ROW(n."Id", n."position"), 0) AS __pgt_row_id, n."Id", n.tag, n."position", n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hash_record_extended(ROW(n."Id", n."position"), 0), n."Id", n."position", n.__pgt_w DESC
            )
            MERGE INTO public.order_tags AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s."Id" = a."Id" AND s."position" = a."position"
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET "Id" = a."Id", tag = a.tag, "position" = a."position"
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT ("Id", tag, "position", __pgt_row_id) VALUES (a."Id", a.tag, a."position", a.__pgt_row_id);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.Order') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.order_tags') THEN
        DELETE FROM public.order_tags;
    ELSE
        TRUNCATE public.order_tags;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('Sales Data.Order')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.order_tags' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('Sales Data.Order', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'order_tags'
    ),
    __pgt_release_5042d2c2a1e35a2b AS (
        DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
         WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'Sales Data.Order' AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.order_tags ("Id", tag, "position", __pgt_row_id)
    SELECT * FROM (
      SELECT r."Id", r.tag, r."position", hash_record_extended(ROW(r."Id", r."position"), 0) AS __pgt_row_id
        FROM (
          SELECT i."Id" AS "Id", i.tag AS tag, i."position" AS "position"
            FROM (
            SELECT o."Id" AS "Id", o."user" AS "user", o."select" AS "select", o.amount AS amount, o.tags AS tags, o.placed AS placed, o.note AS note, __pgt_fn.__pgt_f0 AS tag, __pgt_fn.__pgt_f1 AS "position"
              FROM "Sales Data"."Order" AS o
             CROSS JOIN LATERAL unnest(o.tags) WITH ORDINALITY AS __pgt_fn(__pgt_f0, __pgt_f1)
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.order_tags', full => true);
ANALYZE public.order_tags;

-- ========================================================================
-- create stream table public.orders_with_big_lines
-- ========================================================================
-- trickle: stream table public.orders_with_big_lines
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT o."Id", o."user", o.tags, o.note FROM "Sales Data"."Order" AS o WHERE EXISTS (SELECT 1 FROM lines AS l WHERE l.order_id = o."Id" AND l.qty > 2)
--
-- operator tree:
--   project "Id" AS Id, "user" AS user, tags, note
--     semi join (EXISTS) on sub.order_id = "Id"
--       scan Sales Data.Order AS o
--       filter qty > 2
--         scan public.lines AS l

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.orders_with_big_lines AS
  SELECT r."Id", r."user", r.tags, r.note, hashint8extended(r."Id", 0) AS __pgt_row_id
    FROM (
      SELECT i."Id" AS "Id", i."user" AS "user", i.tags AS tags, i.note AS note
        FROM (
        SELECT o."Id", o."user", o."select", o.amount, o.tags, o.placed, o.note
          FROM "Sales Data"."Order" AS o
         WHERE EXISTS (SELECT FROM (
          SELECT l.order_id, l."line no", l.qty, l.price
            FROM public.lines AS l
           WHERE l.qty > 2
        ) AS __pgt_r WHERE __pgt_r.order_id = o."Id")
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.orders_with_big_lines ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_da7bf78216c8c173 ON public.orders_with_big_lines (__pgt_row_id);
COMMENT ON TABLE public.orders_with_big_lines IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.orders_with_big_lines'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'orders_with_big_lines', 'public.orders_with_big_lines', 'da7bf78216c8c173', 'SELECT o."Id", o."user", o.tags, o.note FROM "Sales Data"."Order" AS o WHERE EXISTS (SELECT 1 FROM lines AS l WHERE l.order_id = o."Id" AND l.qty > 2)', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_da7bf78216c8c173', 40, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.orders_with_big_lines';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales Data.Order', 'TABLE', true, ARRAY['Id', 'user', 'select', 'amount', 'tags', 'placed', 'note']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.orders_with_big_lines';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.lines', 'TABLE', true, ARRAY['order_id', 'line no', 'qty', 'price']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.orders_with_big_lines';

-- Refresh function, called by pg_trickle.refresh('public.orders_with_big_lines').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_da7bf78216c8c173(p_full boolean) RETURNS text
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
    __pgt_bound_5042d2c2a1e35a2b xid8;
    __pgt_small_5042d2c2a1e35a2b boolean;
    __pgt_bound_252127c9fb266884 xid8;
    __pgt_small_252127c9fb266884 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales Data.Order' AND d.consumes_changes AND r.stable_name <> 'public.orders_with_big_lines'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_5042d2c2a1e35a2b'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.lines' AND d.consumes_changes AND r.stable_name <> 'public.orders_with_big_lines'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_252127c9fb266884'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_5042d2c2a1e35a2b, __pgt_small_5042d2c2a1e35a2b, __pgt_bound_252127c9fb266884, __pgt_small_252127c9fb266884
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.orders_with_big_lines';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.Order', 'public.lines') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_252127c9fb266884 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
             WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_252127c9fb266884 AS c
             WHERE __pgt_small_252127c9fb266884 AND c.__pgt_xid < least(__pgt_bound_252127c9fb266884, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_5042d2c2a1e35a2b'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales Data"."Order"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales Data"."Order"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales Data.Order', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_252127c9fb266884'::regclass) > __pgt_full_ratio * pg_relation_size('public.lines'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_252127c9fb266884 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.lines'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.lines', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('Sales Data.Order', pg_current_snapshot()::text, 'public.lines', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'orders_with_big_lines'
            ),
            -- delete the changes of Sales Data.Order that every reader has consumed
            __pgt_release_5042d2c2a1e35a2b AS (
              DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
               WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of public.lines that every reader has consumed
            __pgt_release_252127c9fb266884 AS (
              DELETE FROM pg_trickle_changes.changes_252127c9fb266884 AS c
               WHERE __pgt_small_252127c9fb266884 AND c.__pgt_xid < least(__pgt_bound_252127c9fb266884, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.lines: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_lines AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.order_id, c."line no", c.qty, c.price
                FROM pg_trickle_changes.changes_252127c9fb266884 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy qty > 2
            delta_filter AS (
              SELECT d.__pgt_w, d.order_id, d."line no", d.qty, d.price
                FROM delta_lines AS d
               WHERE d.qty > 2
            ),
            -- scan Sales Data.Order: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_order AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."Id", c."user", c."select", c.amount, c.tags, c.placed, c.note
                FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- semi join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, "Id", "user", "select", amount, tags, placed, note FROM "Sales Data"."Order"
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c."Id", c."user", c."select", c.amount, c.tags, c.placed, c.note FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_filter AS __pgt_x WHERE __pgt_x.order_id = __pgt_p."Id")
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x.order_id, __pgt_x."line no", sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_filter AS __pgt_x
               GROUP BY __pgt_x.order_id, __pgt_x."line no"
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- semi join (EXISTS, IN): the changed rows of the left side that match a row of the right,
            -- and the rows of the left side whose match on the right appeared or disappeared
            delta_semi_join AS (
              SELECT __pgt_p.__pgt_w, __pgt_p."Id", __pgt_p."user", __pgt_p."select", __pgt_p.amount, __pgt_p.tags, __pgt_p.placed, __pgt_p.note
                FROM delta_order AS __pgt_p
               WHERE EXISTS (SELECT FROM (
                SELECT l.order_id, l."line no", l.qty, l.price
                  FROM public.lines AS l
                 WHERE l.qty > 2
              ) AS __pgt_x WHERE __pgt_x.order_id = __pgt_p."Id")
              UNION ALL
              -- +w: the row gained its first match
              SELECT __pgt_p.__pgt_w AS __pgt_w, __pgt_p."Id", __pgt_p."user", __pgt_p."select", __pgt_p.amount, __pgt_p.tags, __pgt_p.placed, __pgt_p.note
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM (
                SELECT l.order_id, l."line no", l.qty, l.price
                  FROM public.lines AS l
                 WHERE l.qty > 2
              ) AS __pgt_x WHERE __pgt_x.order_id = __pgt_p."Id")
                 AND NOT EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.order_id = __pgt_p."Id")
                 AND NOT EXISTS (SELECT FROM (
                SELECT l.order_id, l."line no", l.qty, l.price
                  FROM public.lines AS l
                 WHERE l.qty > 2
              ) AS __pgt_x
                              WHERE __pgt_x.order_id = __pgt_p."Id"
                                AND (__pgt_x.order_id, __pgt_x."line no") NOT IN (SELECT n.order_id, n."line no" FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
              UNION ALL
              -- -w: the row lost its last match
              SELECT __pgt_p.__pgt_w * -1 AS __pgt_w, __pgt_p."Id", __pgt_p."user", __pgt_p."select", __pgt_p.amount, __pgt_p.tags, __pgt_p.placed, __pgt_p.note
                FROM __pgt_candidates AS __pgt_p
               WHERE NOT EXISTS (SELECT FROM (
                SELECT l.order_id, l."line no", l.qty, l.price
                  FROM public.lines AS l
                 WHERE l.qty > 2
              ) AS __pgt_x WHERE __pgt_x.order_id = __pgt_p."Id")
                 AND EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.order_id = __pgt_p."Id")
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d."Id" AS "Id", d."user" AS "user", d.tags AS tags, d.note AS note
                FROM delta_semi_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d."Id", d."user", d.tags, d.note, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d."Id", d."user", d.tags, d.note
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashint8extended(n."Id", 0), n."Id") hashint8extended(n."Id", 0) AS __pgt_row_id, n."Id", n."user", n.tags, n.note, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashint8extended(n."Id", 0), n."Id", n.__pgt_w DESC
            )
            MERGE INTO public.orders_with_big_lines AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s."Id" = a."Id"
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET "Id" = a."Id", "user" = a."user", tags = a.tags, note = a.note
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT ("Id", "user", tags, note, __pgt_row_id) VALUES (a."Id", a."user", a.tags, a.note, a.__pgt_row_id);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.Order', 'public.lines') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.orders_with_big_lines') THEN
        DELETE FROM public.orders_with_big_lines;
    ELSE
        TRUNCATE public.orders_with_big_lines;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('Sales Data.Order'), ('public.lines')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.orders_with_big_lines' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('Sales Data.Order', pg_current_snapshot()::text, 'public.lines', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'orders_with_big_lines'
    ),
    __pgt_release_5042d2c2a1e35a2b AS (
        DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
         WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_252127c9fb266884 AS (
        DELETE FROM pg_trickle_changes.changes_252127c9fb266884 AS c
         WHERE __pgt_small_252127c9fb266884 AND c.__pgt_xid < least(__pgt_bound_252127c9fb266884, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'Sales Data.Order' AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'public.lines' AND c.__pgt_xid < least(__pgt_bound_252127c9fb266884, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.orders_with_big_lines ("Id", "user", tags, note, __pgt_row_id)
    SELECT * FROM (
      SELECT r."Id", r."user", r.tags, r.note, hashint8extended(r."Id", 0) AS __pgt_row_id
        FROM (
          SELECT i."Id" AS "Id", i."user" AS "user", i.tags AS tags, i.note AS note
            FROM (
            SELECT o."Id", o."user", o."select", o.amount, o.tags, o.placed, o.note
              FROM "Sales Data"."Order" AS o
             WHERE EXISTS (SELECT FROM (
              SELECT l.order_id, l."line no", l.qty, l.price
                FROM public.lines AS l
               WHERE l.qty > 2
            ) AS __pgt_r WHERE __pgt_r.order_id = o."Id")
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.orders_with_big_lines', full => true);
ANALYZE public.orders_with_big_lines;

-- ========================================================================
-- create stream table public.tag_use
-- ========================================================================
-- trickle: stream table public.tag_use
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT tag, count(*) AS orders, sum(o.amount) AS amount FROM "Sales Data"."Order" AS o, unnest(o.tags) AS tag GROUP BY tag
--
-- operator tree:
--   project __pgt_g0 AS tag, __pgt_a0 AS orders, __pgt_a1 AS amount
--     aggregate count(*), sum(o.amount) group by tag
--       lateral unnest(tags)
--         scan Sales Data.Order AS o

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_1).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.tag_use WITH (fillfactor = 50) AS
  SELECT i.tag AS tag,
         count(*) AS orders,
         sum(i.amount) AS amount,
         hash_record_extended(ROW(i.tag), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i.amount) AS __pgt_nonnull_1
    FROM (
      SELECT o."Id" AS "Id", o."user" AS "user", o."select" AS "select", o.amount AS amount, o.tags AS tags, o.placed AS placed, o.note AS note, __pgt_fn.__pgt_f0 AS tag
        FROM "Sales Data"."Order" AS o
       CROSS JOIN LATERAL unnest(o.tags) AS __pgt_fn(__pgt_f0)
    ) AS i
   GROUP BY i.tag
  WITH NO DATA;
ALTER TABLE public.tag_use ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_e2de196aaa757b22 ON public.tag_use (__pgt_row_id);
COMMENT ON TABLE public.tag_use IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.tag_use'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'tag_use', 'public.tag_use', 'e2de196aaa757b22', 'SELECT tag, count(*) AS orders, sum(o.amount) AS amount FROM "Sales Data"."Order" AS o, unnest(o.tags) AS tag GROUP BY tag', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_e2de196aaa757b22', 41, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales Data.Order', 'TABLE', true, ARRAY['Id', 'user', 'select', 'amount', 'tags', 'placed', 'note']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.tag_use';

-- Refresh function, called by pg_trickle.refresh('public.tag_use').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_e2de196aaa757b22(p_full boolean) RETURNS text
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
    __pgt_bound_5042d2c2a1e35a2b xid8;
    __pgt_small_5042d2c2a1e35a2b boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales Data.Order' AND d.consumes_changes AND r.stable_name <> 'public.tag_use'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_5042d2c2a1e35a2b'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_5042d2c2a1e35a2b, __pgt_small_5042d2c2a1e35a2b
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.tag_use';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.Order') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
             WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_5042d2c2a1e35a2b'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales Data"."Order"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales Data"."Order"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales Data.Order', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('Sales Data.Order', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'tag_use'
            ),
            -- delete the changes of Sales Data.Order that every reader has consumed
            __pgt_release_5042d2c2a1e35a2b AS (
              DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
               WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan Sales Data.Order: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_order AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."Id", c."user", c."select", c.amount, c.tags, c.placed, c.note
                FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- set-returning function (linear): the rows of each changed row
            delta_lateral AS (
              SELECT d.__pgt_w, d."Id" AS "Id", d."user" AS "user", d."select" AS "select", d.amount AS amount, d.tags AS tags, d.placed AS placed, d.note AS note, __pgt_fn.__pgt_f0 AS tag
                FROM delta_order AS d
               CROSS JOIN LATERAL unnest(d.tags) AS __pgt_fn(__pgt_f0)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.tag AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.amount IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                     sum(CASE WHEN d.__pgt_w > 0 THEN d.amount ELSE -(d.amount) END) AS __pgt_d_value_1
                FROM delta_lateral AS d
               GROUP BY d.tag
            ),
            -- a NaN or an infinity entering or leaving a total flags the refresh, which then recomputes in full
            __pgt_finite AS (
              SELECT g.* FROM __pgt_delta_groups AS g
               WHERE CASE WHEN g.__pgt_d_value_1 IN ('NaN', 'Infinity', '-Infinity') THEN set_config('pg_trickle.nonfinite', 'on', true) IS NOT NULL ELSE true END
            )
            MERGE INTO public.tag_use AS s
            USING __pgt_finite AS g
               ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0), 0) AND s.tag IS NOT DISTINCT FROM g.__pgt_g0
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          tag = g.__pgt_g0,
                          orders = coalesce(s.orders, 0) + g.__pgt_d_value_0,
                          amount = CASE WHEN s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1 = 0 THEN NULL WHEN s.amount IS NULL THEN g.__pgt_d_value_1 WHEN g.__pgt_d_value_1 IS NULL THEN s.amount ELSE s.amount + g.__pgt_d_value_1 END,
                          __pgt_count = s.__pgt_count + g.__pgt_d_count,
                          __pgt_nonnull_1 = s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT (tag, orders, amount, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
                          VALUES (g.__pgt_g0,
                                  g.__pgt_d_value_0,
                                  CASE WHEN g.__pgt_d_nonnull_1 = 0 THEN NULL ELSE g.__pgt_d_value_1 END,
                                  hash_record_extended(ROW(g.__pgt_g0), 0),
                                  g.__pgt_d_count,
                                  g.__pgt_d_nonnull_1);

            -- The statement above flags a NaN or an infinity that entered or left a running SUM/AVG:
            -- subtracting one does not undo adding it, so the totals are recomputed in full.
            IF current_setting('pg_trickle.nonfinite', true) = 'on' THEN
                PERFORM set_config('pg_trickle.nonfinite', '', true);
                __pgt_reason := 'a NaN or an infinity entered or left a SUM or AVG';
            END IF;
            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.Order') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_reason IS NULL THEN
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.tag_use') THEN
        DELETE FROM public.tag_use;
    ELSE
        TRUNCATE public.tag_use;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('Sales Data.Order')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.tag_use' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_e2de196aaa757b22 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.tag AS tag,
                     count(*) AS orders,
                     sum(i.amount) AS amount,
                     hash_record_extended(ROW(i.tag), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     count(i.amount) AS __pgt_nonnull_1
                FROM (
                  SELECT o."Id" AS "Id", o."user" AS "user", o."select" AS "select", o.amount AS amount, o.tags AS tags, o.placed AS placed, o.note AS note, __pgt_fn.__pgt_f0 AS tag
                    FROM "Sales Data"."Order" AS o
                   CROSS JOIN LATERAL unnest(o.tags) AS __pgt_fn(__pgt_f0)
                ) AS i
               GROUP BY i.tag
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_e2de196aaa757b22 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('Sales Data.Order', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'tag_use'
        ),
        __pgt_release_5042d2c2a1e35a2b AS (
            DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
             WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'Sales Data.Order' AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.tag_use (tag, orders, amount, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
        SELECT q.tag, q.orders, q.amount, q.__pgt_row_id, q.__pgt_count, q.__pgt_nonnull_1 FROM pg_temp.__pgt_full_e2de196aaa757b22 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_e2de196aaa757b22;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('Sales Data.Order', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'tag_use'
    ),
    __pgt_release_5042d2c2a1e35a2b AS (
        DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
         WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'Sales Data.Order' AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.tag_use (tag, orders, amount, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
    SELECT * FROM (
      SELECT i.tag AS tag,
             count(*) AS orders,
             sum(i.amount) AS amount,
             hash_record_extended(ROW(i.tag), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             count(i.amount) AS __pgt_nonnull_1
        FROM (
          SELECT o."Id" AS "Id", o."user" AS "user", o."select" AS "select", o.amount AS amount, o.tags AS tags, o.placed AS placed, o.note AS note, __pgt_fn.__pgt_f0 AS tag
            FROM "Sales Data"."Order" AS o
           CROSS JOIN LATERAL unnest(o.tags) AS __pgt_fn(__pgt_f0)
        ) AS i
       GROUP BY i.tag
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.tag_use', full => true);
ANALYZE public.tag_use;

-- ========================================================================
-- create stream table public.users_without_orders
-- ========================================================================
-- trickle: stream table public.users_without_orders
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; each distinct row keeps a hidden count of its duplicates
--
-- defining query:
--   SELECT "user" FROM "Sales Data".users EXCEPT SELECT "user" FROM "Sales Data"."Order"
--
-- operator tree:
--   distinct
--     anti join (NOT EXISTS) on "user" IS NOT DISTINCT FROM sub."user"
--       project "user" AS user
--         scan Sales Data.users
--       project "user" AS user
--         scan Sales Data.Order

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.users_without_orders WITH (fillfactor = 50) AS
  SELECT r."user", hashtextextended(r."user", 0) AS __pgt_row_id, count(*) AS __pgt_count
    FROM (
      SELECT __pgt_l."user"
        FROM (
        SELECT users."user" AS "user"
          FROM "Sales Data".users AS users
      ) AS __pgt_l
       WHERE NOT EXISTS (SELECT FROM (
        SELECT "Order"."user" AS "user"
          FROM "Sales Data"."Order" AS "Order"
      ) AS __pgt_r WHERE __pgt_l."user" IS NOT DISTINCT FROM __pgt_r."user")
    ) AS r
   GROUP BY r."user"
  WITH NO DATA;
ALTER TABLE public.users_without_orders ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_ba279de75b2362fb ON public.users_without_orders (__pgt_row_id);
COMMENT ON TABLE public.users_without_orders IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.users_without_orders'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'users_without_orders', 'public.users_without_orders', 'ba279de75b2362fb', 'SELECT "user" FROM "Sales Data".users EXCEPT SELECT "user" FROM "Sales Data"."Order"', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'distinct', 'refresh_ba279de75b2362fb', 42, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'public.users_without_orders';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales Data.Order', 'TABLE', true, ARRAY['Id', 'user', 'select', 'amount', 'tags', 'placed', 'note']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.users_without_orders';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales Data.users', 'TABLE', true, ARRAY['user', 'Group', 'score']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.users_without_orders';

-- Refresh function, called by pg_trickle.refresh('public.users_without_orders').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_ba279de75b2362fb(p_full boolean) RETURNS text
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
    __pgt_bound_5042d2c2a1e35a2b xid8;
    __pgt_small_5042d2c2a1e35a2b boolean;
    __pgt_bound_a70a373162adfbb7 xid8;
    __pgt_small_a70a373162adfbb7 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales Data.Order' AND d.consumes_changes AND r.stable_name <> 'public.users_without_orders'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_5042d2c2a1e35a2b'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'Sales Data.users' AND d.consumes_changes AND r.stable_name <> 'public.users_without_orders'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_a70a373162adfbb7'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_5042d2c2a1e35a2b, __pgt_small_5042d2c2a1e35a2b, __pgt_bound_a70a373162adfbb7, __pgt_small_a70a373162adfbb7
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.users_without_orders';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.Order', 'Sales Data.users') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
             WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
             WHERE __pgt_small_a70a373162adfbb7 AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_5042d2c2a1e35a2b'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales Data"."Order"'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales Data"."Order"'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales Data.Order', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_a70a373162adfbb7'::regclass) > __pgt_full_ratio * pg_relation_size('"Sales Data".users'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = '"Sales Data".users'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'Sales Data.users', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('Sales Data.Order', pg_current_snapshot()::text, 'Sales Data.users', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'users_without_orders'
            ),
            -- delete the changes of Sales Data.Order that every reader has consumed
            __pgt_release_5042d2c2a1e35a2b AS (
              DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
               WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of Sales Data.users that every reader has consumed
            __pgt_release_a70a373162adfbb7 AS (
              DELETE FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
               WHERE __pgt_small_a70a373162adfbb7 AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan Sales Data.Order: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_order AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."Id", c."user", c."select", c.amount, c.tags, c.placed, c.note
                FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d."user" AS "user"
                FROM delta_order AS d
            ),
            -- scan Sales Data.users: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_users AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c."user", c."Group", c.score
                FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- project (linear): each changed row, projected
            delta_project_2 AS (
              SELECT d.__pgt_w, d."user" AS "user"
                FROM delta_users AS d
            ),
            -- anti join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, "user" FROM (
                  SELECT users."user" AS "user"
                    FROM "Sales Data".users AS users
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, "user" FROM delta_project_2
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_project AS __pgt_x WHERE __pgt_p."user" IS NOT DISTINCT FROM __pgt_x."user")
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN (
                SELECT "Order"."user" AS "user"
                  FROM "Sales Data"."Order" AS "Order"
              ) AS __pgt_x ON __pgt_p."user" IS NOT DISTINCT FROM __pgt_x."user"
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN delta_project AS __pgt_x ON __pgt_p."user" IS NOT DISTINCT FROM __pgt_x."user"
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- anti join (NOT EXISTS, NOT IN): the changed rows of the left side that match no row of the right,
            -- and the rows of the left side whose match on the right appeared or disappeared
            delta_semi_join AS (
              SELECT __pgt_p.__pgt_w, __pgt_p."user"
                FROM delta_project_2 AS __pgt_p
               WHERE NOT EXISTS (SELECT FROM (
                SELECT "Order"."user" AS "user"
                  FROM "Sales Data"."Order" AS "Order"
              ) AS __pgt_x WHERE __pgt_p."user" IS NOT DISTINCT FROM __pgt_x."user")
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p."user"
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matches_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- distinct: net change in the multiplicity of each row
            __pgt_net AS (
              SELECT d."user", sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_semi_join AS d
               GROUP BY d."user"
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- new multiplicity = stored multiplicity + change; a row stays while it is positive
            __pgt_apply AS (
              SELECT hashtextextended(n."user", 0) AS __pgt_row_id, n."user", coalesce(s.__pgt_count, 0) + n.__pgt_w AS __pgt_count
                FROM __pgt_net AS n
                LEFT JOIN public.users_without_orders AS s ON s.__pgt_row_id = hashtextextended(n."user", 0) AND s."user" = n."user"
            )
            MERGE INTO public.users_without_orders AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s."user" = a."user"
             WHEN MATCHED AND a.__pgt_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_count > 0 THEN INSERT ("user", __pgt_row_id, __pgt_count) VALUES (a."user", a.__pgt_row_id, a.__pgt_count);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('Sales Data.Order', 'Sales Data.users') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.users_without_orders') THEN
        DELETE FROM public.users_without_orders;
    ELSE
        TRUNCATE public.users_without_orders;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('Sales Data.Order'), ('Sales Data.users')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.users_without_orders' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_ba279de75b2362fb ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT r."user", hashtextextended(r."user", 0) AS __pgt_row_id, count(*) AS __pgt_count
                FROM (
                  SELECT __pgt_l."user"
                    FROM (
                    SELECT users."user" AS "user"
                      FROM "Sales Data".users AS users
                  ) AS __pgt_l
                   WHERE NOT EXISTS (SELECT FROM (
                    SELECT "Order"."user" AS "user"
                      FROM "Sales Data"."Order" AS "Order"
                  ) AS __pgt_r WHERE __pgt_l."user" IS NOT DISTINCT FROM __pgt_r."user")
                ) AS r
               GROUP BY r."user"
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_ba279de75b2362fb AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('Sales Data.Order', __pgt_full_snapshot::text, 'Sales Data.users', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'users_without_orders'
        ),
        __pgt_release_5042d2c2a1e35a2b AS (
            DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
             WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_a70a373162adfbb7 AS (
            DELETE FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
             WHERE __pgt_small_a70a373162adfbb7 AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'Sales Data.Order' AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'Sales Data.users' AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.users_without_orders ("user", __pgt_row_id, __pgt_count)
        SELECT q."user", q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_ba279de75b2362fb AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_ba279de75b2362fb;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('Sales Data.Order', pg_current_snapshot()::text, 'Sales Data.users', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'users_without_orders'
    ),
    __pgt_release_5042d2c2a1e35a2b AS (
        DELETE FROM pg_trickle_changes.changes_5042d2c2a1e35a2b AS c
         WHERE __pgt_small_5042d2c2a1e35a2b AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_a70a373162adfbb7 AS (
        DELETE FROM pg_trickle_changes.changes_a70a373162adfbb7 AS c
         WHERE __pgt_small_a70a373162adfbb7 AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'Sales Data.Order' AND c.__pgt_xid < least(__pgt_bound_5042d2c2a1e35a2b, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'Sales Data.users' AND c.__pgt_xid < least(__pgt_bound_a70a373162adfbb7, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.users_without_orders ("user", __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT r."user", hashtextextended(r."user", 0) AS __pgt_row_id, count(*) AS __pgt_count
        FROM (
          SELECT __pgt_l."user"
            FROM (
            SELECT users."user" AS "user"
              FROM "Sales Data".users AS users
          ) AS __pgt_l
           WHERE NOT EXISTS (SELECT FROM (
            SELECT "Order"."user" AS "user"
              FROM "Sales Data"."Order" AS "Order"
          ) AS __pgt_r WHERE __pgt_l."user" IS NOT DISTINCT FROM __pgt_r."user")
        ) AS r
       GROUP BY r."user"
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.users_without_orders', full => true);
ANALYZE public.users_without_orders;

-- ========================================================================
-- create stream table public.was_keyed_rows
-- ========================================================================
-- trickle: stream table public.was_keyed_rows
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT id, v FROM was_keyed
--
-- operator tree:
--   project id, v
--     scan public.was_keyed

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.was_keyed_rows AS
  SELECT r.id, r.v, hash_record_extended(ROW(r.id, r.v), 0) AS __pgt_row_id
    FROM (
      SELECT was_keyed.id AS id, was_keyed.v AS v
        FROM public.was_keyed AS was_keyed
    ) AS r
  WITH NO DATA;
ALTER TABLE public.was_keyed_rows ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_0eb8e5ba571d135a ON public.was_keyed_rows (__pgt_row_id);
COMMENT ON TABLE public.was_keyed_rows IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.was_keyed_rows'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'was_keyed_rows', 'public.was_keyed_rows', '0eb8e5ba571d135a', 'SELECT id, v FROM was_keyed', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_0eb8e5ba571d135a', 43, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.was_keyed', 'TABLE', true, ARRAY['id', 'v']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.was_keyed_rows';

-- Refresh function, called by pg_trickle.refresh('public.was_keyed_rows').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_0eb8e5ba571d135a(p_full boolean) RETURNS text
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
    __pgt_bound_cfc28627ccfca0b9 xid8;
    __pgt_small_cfc28627ccfca0b9 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.was_keyed' AND d.consumes_changes AND r.stable_name <> 'public.was_keyed_rows'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_cfc28627ccfca0b9'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_cfc28627ccfca0b9, __pgt_small_cfc28627ccfca0b9
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.was_keyed_rows';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.was_keyed') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_cfc28627ccfca0b9 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_cfc28627ccfca0b9 AS c
             WHERE __pgt_small_cfc28627ccfca0b9 AND c.__pgt_xid < least(__pgt_bound_cfc28627ccfca0b9, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_cfc28627ccfca0b9'::regclass) > __pgt_full_ratio * pg_relation_size('public.was_keyed'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_cfc28627ccfca0b9 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.was_keyed'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.was_keyed', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.was_keyed', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'was_keyed_rows'
            ),
            -- delete the changes of public.was_keyed that every reader has consumed
            __pgt_release_cfc28627ccfca0b9 AS (
              DELETE FROM pg_trickle_changes.changes_cfc28627ccfca0b9 AS c
               WHERE __pgt_small_cfc28627ccfca0b9 AND c.__pgt_xid < least(__pgt_bound_cfc28627ccfca0b9, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.was_keyed: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_was_keyed AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.v
                FROM pg_trickle_changes.changes_cfc28627ccfca0b9 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d.v AS v
                FROM delta_was_keyed AS d
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
              DELETE FROM public.was_keyed_rows AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN public.was_keyed_rows AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.id, n.v), 0) AND t.id IS NOT DISTINCT FROM n.id AND t.v IS NOT DISTINCT FROM n.v
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO public.was_keyed_rows (id, v, __pgt_row_id)
            SELECT n.id, n.v, hash_record_extended(ROW(n.id, n.v), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.was_keyed') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.was_keyed_rows') THEN
        DELETE FROM public.was_keyed_rows;
    ELSE
        TRUNCATE public.was_keyed_rows;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.was_keyed')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.was_keyed_rows' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.was_keyed', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'was_keyed_rows'
    ),
    __pgt_release_cfc28627ccfca0b9 AS (
        DELETE FROM pg_trickle_changes.changes_cfc28627ccfca0b9 AS c
         WHERE __pgt_small_cfc28627ccfca0b9 AND c.__pgt_xid < least(__pgt_bound_cfc28627ccfca0b9, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.was_keyed' AND c.__pgt_xid < least(__pgt_bound_cfc28627ccfca0b9, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.was_keyed_rows (id, v, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.v, hash_record_extended(ROW(r.id, r.v), 0) AS __pgt_row_id
        FROM (
          SELECT was_keyed.id AS id, was_keyed.v AS v
            FROM public.was_keyed AS was_keyed
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.was_keyed_rows', full => true);
ANALYZE public.was_keyed_rows;

-- ========================================================================
-- create stream table public.was_keyed_sums
-- ========================================================================
-- trickle: stream table public.was_keyed_sums
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT id, sum(v) AS total, count(*) AS n FROM was_keyed GROUP BY id
--
-- operator tree:
--   project __pgt_g0 AS id, __pgt_a0 AS total, __pgt_a1 AS n
--     aggregate sum(v), count(*) group by id
--       scan public.was_keyed

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_0).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE public.was_keyed_sums WITH (fillfactor = 50) AS
  SELECT i.id AS id,
         sum(i.v) AS total,
         count(*) AS n,
         coalesce(hashint4extended(i.id, 0), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i.v) AS __pgt_nonnull_0
    FROM (
      SELECT id, v FROM public.was_keyed
    ) AS i
   GROUP BY i.id
  WITH NO DATA;
ALTER TABLE public.was_keyed_sums ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_8dcb598bdad427cc ON public.was_keyed_sums (__pgt_row_id);
COMMENT ON TABLE public.was_keyed_sums IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.was_keyed_sums'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'was_keyed_sums', 'public.was_keyed_sums', '8dcb598bdad427cc', 'SELECT id, sum(v) AS total, count(*) AS n FROM was_keyed GROUP BY id', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_8dcb598bdad427cc', 44, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.was_keyed', 'TABLE', true, ARRAY['id', 'v']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.was_keyed_sums';

-- Refresh function, called by pg_trickle.refresh('public.was_keyed_sums').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_8dcb598bdad427cc(p_full boolean) RETURNS text
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
    __pgt_bound_cfc28627ccfca0b9 xid8;
    __pgt_small_cfc28627ccfca0b9 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.was_keyed' AND d.consumes_changes AND r.stable_name <> 'public.was_keyed_sums'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_cfc28627ccfca0b9'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_cfc28627ccfca0b9, __pgt_small_cfc28627ccfca0b9
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.was_keyed_sums';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.was_keyed') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_cfc28627ccfca0b9 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_cfc28627ccfca0b9 AS c
             WHERE __pgt_small_cfc28627ccfca0b9 AND c.__pgt_xid < least(__pgt_bound_cfc28627ccfca0b9, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_cfc28627ccfca0b9'::regclass) > __pgt_full_ratio * pg_relation_size('public.was_keyed'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_cfc28627ccfca0b9 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.was_keyed'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.was_keyed', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('public.was_keyed', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'was_keyed_sums'
            ),
            -- delete the changes of public.was_keyed that every reader has consumed
            __pgt_release_cfc28627ccfca0b9 AS (
              DELETE FROM pg_trickle_changes.changes_cfc28627ccfca0b9 AS c
               WHERE __pgt_small_cfc28627ccfca0b9 AND c.__pgt_xid < least(__pgt_bound_cfc28627ccfca0b9, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.was_keyed: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_was_keyed AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.v
                FROM pg_trickle_changes.changes_cfc28627ccfca0b9 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.id AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.v IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_0,
                     CASE WHEN sum(d.v) FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(d.v) FILTER (WHERE d.__pgt_w > 0) WHEN sum(d.v) FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(d.v) FILTER (WHERE d.__pgt_w < 0)) ELSE sum(d.v) FILTER (WHERE d.__pgt_w > 0) - sum(d.v) FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_1
                FROM delta_was_keyed AS d
               GROUP BY d.id
            )
            MERGE INTO public.was_keyed_sums AS s
            USING __pgt_delta_groups AS g
               ON s.__pgt_row_id = coalesce(hashint4extended(g.__pgt_g0, 0), 0) AND s.id IS NOT DISTINCT FROM g.__pgt_g0
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          id = g.__pgt_g0,
                          total = CASE WHEN s.__pgt_nonnull_0 + g.__pgt_d_nonnull_0 = 0 THEN NULL WHEN s.total IS NULL THEN g.__pgt_d_value_0 WHEN g.__pgt_d_value_0 IS NULL THEN s.total ELSE s.total + g.__pgt_d_value_0 END,
                          n = coalesce(s.n, 0) + g.__pgt_d_value_1,
                          __pgt_count = s.__pgt_count + g.__pgt_d_count,
                          __pgt_nonnull_0 = s.__pgt_nonnull_0 + g.__pgt_d_nonnull_0
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT (id, total, n, __pgt_row_id, __pgt_count, __pgt_nonnull_0)
                          VALUES (g.__pgt_g0,
                                  CASE WHEN g.__pgt_d_nonnull_0 = 0 THEN NULL ELSE g.__pgt_d_value_0 END,
                                  g.__pgt_d_value_1,
                                  coalesce(hashint4extended(g.__pgt_g0, 0), 0),
                                  g.__pgt_d_count,
                                  g.__pgt_d_nonnull_0);

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.was_keyed') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.was_keyed_sums') THEN
        DELETE FROM public.was_keyed_sums;
    ELSE
        TRUNCATE public.was_keyed_sums;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.was_keyed')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.was_keyed_sums' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_8dcb598bdad427cc ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.id AS id,
                     sum(i.v) AS total,
                     count(*) AS n,
                     coalesce(hashint4extended(i.id, 0), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     count(i.v) AS __pgt_nonnull_0
                FROM (
                  SELECT id, v FROM public.was_keyed
                ) AS i
               GROUP BY i.id
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_8dcb598bdad427cc AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('public.was_keyed', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'public' AND pgt_name = 'was_keyed_sums'
        ),
        __pgt_release_cfc28627ccfca0b9 AS (
            DELETE FROM pg_trickle_changes.changes_cfc28627ccfca0b9 AS c
             WHERE __pgt_small_cfc28627ccfca0b9 AND c.__pgt_xid < least(__pgt_bound_cfc28627ccfca0b9, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'public.was_keyed' AND c.__pgt_xid < least(__pgt_bound_cfc28627ccfca0b9, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO public.was_keyed_sums (id, total, n, __pgt_row_id, __pgt_count, __pgt_nonnull_0)
        SELECT q.id, q.total, q.n, q.__pgt_row_id, q.__pgt_count, q.__pgt_nonnull_0 FROM pg_temp.__pgt_full_8dcb598bdad427cc AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_8dcb598bdad427cc;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.was_keyed', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'was_keyed_sums'
    ),
    __pgt_release_cfc28627ccfca0b9 AS (
        DELETE FROM pg_trickle_changes.changes_cfc28627ccfca0b9 AS c
         WHERE __pgt_small_cfc28627ccfca0b9 AND c.__pgt_xid < least(__pgt_bound_cfc28627ccfca0b9, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.was_keyed' AND c.__pgt_xid < least(__pgt_bound_cfc28627ccfca0b9, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.was_keyed_sums (id, total, n, __pgt_row_id, __pgt_count, __pgt_nonnull_0)
    SELECT * FROM (
      SELECT i.id AS id,
             sum(i.v) AS total,
             count(*) AS n,
             coalesce(hashint4extended(i.id, 0), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             count(i.v) AS __pgt_nonnull_0
        FROM (
          SELECT id, v FROM public.was_keyed
        ) AS i
       GROUP BY i.id
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.was_keyed_sums', full => true);
ANALYZE public.was_keyed_sums;

-- ========================================================================
-- refresh order (dependencies first)
-- ========================================================================
UPDATE pg_trickle.pgt_stream_tables
   SET refresh_order = CASE stable_name
                         WHEN 'Sales Data.Order Groups' THEN 0
                         WHEN 'public.all_bodies' THEN 1
                         WHEN 'public.bodies_by_kind' THEN 2
                         WHEN 'public.busy_kinds' THEN 3
                         WHEN 'public.by_nums' THEN 4
                         WHEN 'public.cast_feelings' THEN 5
                         WHEN 'public.chosen_feelings' THEN 6
                         WHEN 'public.cost_counts' THEN 7
                         WHEN 'public.counts' THEN 8
                         WHEN 'public.distinct_flags' THEN 9
                         WHEN 'public.doc_bodies' THEN 10
                         WHEN 'public.doc_log_joined' THEN 11
                         WHEN 'public.doc_log_open' THEN 12
                         WHEN 'public.glad_ranks' THEN 13
                         WHEN 'public.group_scores' THEN 14
                         WHEN 'public.group_totals' THEN 15
                         WHEN 'public.happy_or_not' THEN 16
                         WHEN 'public.idle_users' THEN 17
                         WHEN 'public.latest_feelings' THEN 18
                         WHEN 'public.line values' THEN 19
                         WHEN 'public.log_levels' THEN 20
                         WHEN 'public.m_by_k' THEN 21
                         WHEN 'public.m_float_totals' THEN 22
                         WHEN 'public.m_join_n' THEN 23
                         WHEN 'public.m_left_n' THEN 24
                         WHEN 'public.m_scalar' THEN 25
                         WHEN 'public.mood_rows' THEN 26
                         WHEN 'public.mood_totals' THEN 27
                         WHEN 'public.n_all' THEN 28
                         WHEN 'public.n_distinct' THEN 29
                         WHEN 'public.n_in_m' THEN 30
                         WHEN 'public.n_not_in_m' THEN 31
                         WHEN 'public.n_sum_sub' THEN 32
                         WHEN 'public.note_fields' THEN 33
                         WHEN 'public.numeric_totals' THEN 34
                         WHEN 'public.numeric_totals_min' THEN 35
                         WHEN 'public.order_lines_left' THEN 36
                         WHEN 'public.order_tag_list' THEN 37
                         WHEN 'public.order_tag_or_none' THEN 38
                         WHEN 'public.order_tags' THEN 39
                         WHEN 'public.orders_with_big_lines' THEN 40
                         WHEN 'public.tag_use' THEN 41
                         WHEN 'public.users_without_orders' THEN 42
                         WHEN 'public.was_keyed_rows' THEN 43
                         WHEN 'public.was_keyed_sums' THEN 44
                         ELSE refresh_order END
 WHERE stable_name IN ('Sales Data.Order Groups', 'public.all_bodies', 'public.bodies_by_kind', 'public.busy_kinds', 'public.by_nums', 'public.cast_feelings', 'public.chosen_feelings', 'public.cost_counts', 'public.counts', 'public.distinct_flags', 'public.doc_bodies', 'public.doc_log_joined', 'public.doc_log_open', 'public.glad_ranks', 'public.group_scores', 'public.group_totals', 'public.happy_or_not', 'public.idle_users', 'public.latest_feelings', 'public.line values', 'public.log_levels', 'public.m_by_k', 'public.m_float_totals', 'public.m_join_n', 'public.m_left_n', 'public.m_scalar', 'public.mood_rows', 'public.mood_totals', 'public.n_all', 'public.n_distinct', 'public.n_in_m', 'public.n_not_in_m', 'public.n_sum_sub', 'public.note_fields', 'public.numeric_totals', 'public.numeric_totals_min', 'public.order_lines_left', 'public.order_tag_list', 'public.order_tag_or_none', 'public.order_tags', 'public.orders_with_big_lines', 'public.tag_use', 'public.users_without_orders', 'public.was_keyed_rows', 'public.was_keyed_sums');

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

CALL pg_trickle.end_migration('names_and_types', 1, 'initial');

-- trickle migration 0001_initial of project citus
--
-- Changes:
--   create the pg_trickle catalog (if missing)
--   create stream table sales.big_spenders
--   create stream table sales.busy_visit_regions
--   create stream table sales.customer_ranks
--   create stream table sales.customer_regions
--   create stream table sales.customers_per_region
--   create stream table sales.customers_rollup
--   create stream table sales.customers_with_open_orders
--   create stream table sales.first_customer_per_region
--   create stream table sales.first_customers
--   create stream table sales.large_orders
--   create stream table sales.latest_big_orders
--   create stream table sales.northern_orders
--   create stream table sales.noted_customers
--   create stream table sales.order_documents
--   create stream table sales.order_extremes
--   create stream table sales.order_ranks
--   create stream table sales.order_status_letters
--   create stream table sales.order_statuses
--   create stream table sales.orders_by_band
--   create stream table sales.orders_notes_inner
--   create stream table sales.orders_notes_left
--   create stream table sales.orders_per_region
--   create stream table sales.orders_per_status
--   create stream table sales.orders_targets_left
--   create stream table sales.orders_with_customer
--   create stream table sales.paid_by_region
--   create stream table sales.paid_orders
--   create stream table sales.region_customer_counts
--   create stream table sales.region_goals
--   create stream table sales.region_name_prefixes
--   create stream table sales.region_sizes
--   create stream table sales.regions_without_notes
--   create stream table sales.revenue_per_customer
--   create stream table sales.revenue_per_region
--   create stream table sales.visits_per_customer
--   create stream table sales.whole_amount_per_status
--   capture changes of sales.customers
--   capture changes of sales.visits
--   capture changes of sales.regions
--   capture changes of sales.orders
--   capture changes of sales.notes
--   capture changes of sales.targets
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

CALL pg_trickle.begin_migration('citus', 1, 'initial');

-- ========================================================================
-- capture changes of sales.customers
-- ========================================================================
-- trickle: change capture for sales.customers (table)
-- A Citus reference table: captured on the coordinator's copy only.
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_b6784df176b91e8a: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_b6784df176b91e8a AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.id, s.name, s.region
  FROM sales.customers AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_b6784df176b91e8a
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_b6784df176b91e8a IS 'trickle: changes of sales.customers';
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
                WHERE d.source_stable_name = 'sales.customers' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['id', 'name', 'region']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'sales.customers'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['id', 'name', 'region']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'sales.customers'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_b6784df176b91e8a'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_b6784df176b91e8a'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['id', 'name', 'region']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'sales.customers'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_b6784df176b91e8a'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_b6784df176b91e8a'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('sales.customers')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_b6784df176b91e8a() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    -- Each copy of a reference table fires this trigger, on every node: only the coordinator's
    -- (node group 0) records the change, once, into its local buffer. Without Citus, every one.
    IF pg_catalog.to_regclass('pg_catalog.pg_dist_local_group') IS NOT NULL THEN
        IF NOT EXISTS (SELECT FROM pg_catalog.pg_dist_local_group WHERE groupid = 0) THEN
            -- A TRUNCATE issued on a worker fires the worker's copy of the table and no trigger
            -- on the coordinator, so no marker could be recorded: refused.
            IF TG_OP = 'TRUNCATE' AND TG_RELID = 'sales.customers'::regclass THEN
                RAISE EXCEPTION 'trickle: TRUNCATE of % is captured on the coordinator only', 'sales.customers'
                    USING HINT = 'Issue it on the coordinator, or delete the rows.';
            END IF;
            RETURN NULL;
        END IF;
    END IF;
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_b6784df176b91e8a (__pgt_action, id, name, region)
        SELECT 'I', n.id, n.name, n.region FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_b6784df176b91e8a (__pgt_action, id, name, region)
        SELECT 'D', o.id, o.name, o.region FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.id, n.name, n.region FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_b6784df176b91e8a (__pgt_action, id, name, region)
        SELECT 'D', o.id, o.name, o.region FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('sales.customers');
    END IF;
    RETURN NULL;
END
$pgt$;

-- Citus creates these triggers on every copy of the table once allowed to.
SET citus.enable_unsafe_triggers = on;
CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_b6784df176b91e8a AFTER INSERT ON sales.customers
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_b6784df176b91e8a();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_b6784df176b91e8a AFTER UPDATE ON sales.customers
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_b6784df176b91e8a();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_b6784df176b91e8a AFTER DELETE ON sales.customers
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_b6784df176b91e8a();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_b6784df176b91e8a AFTER TRUNCATE ON sales.customers
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_b6784df176b91e8a();
RESET citus.enable_unsafe_triggers;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('sales.customers', 'sales', 'customers', 'b6784df176b91e8a', 'pg_trickle_changes', 'changes_b6784df176b91e8a', 'pg_trickle_cdc_fn_b6784df176b91e8a', 'reference')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of sales.notes
-- ========================================================================
-- trickle: change capture for sales.notes (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_53998a7467120354: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_53998a7467120354 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.customer_id, s.note
  FROM sales.notes AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_53998a7467120354
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_53998a7467120354 IS 'trickle: changes of sales.notes';
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
                WHERE d.source_stable_name = 'sales.notes' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['customer_id', 'note']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'sales.notes'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['customer_id', 'note']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'sales.notes'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_53998a7467120354'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_53998a7467120354'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['customer_id', 'note']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'sales.notes'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_53998a7467120354'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_53998a7467120354'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('sales.notes')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_53998a7467120354() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_53998a7467120354 (__pgt_action, customer_id, note)
        SELECT 'I', n.customer_id, n.note FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_53998a7467120354 (__pgt_action, customer_id, note)
        SELECT 'D', o.customer_id, o.note FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.customer_id, n.note FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_53998a7467120354 (__pgt_action, customer_id, note)
        SELECT 'D', o.customer_id, o.note FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('sales.notes');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_53998a7467120354 AFTER INSERT ON sales.notes
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_53998a7467120354();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_53998a7467120354 AFTER UPDATE ON sales.notes
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_53998a7467120354();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_53998a7467120354 AFTER DELETE ON sales.notes
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_53998a7467120354();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_53998a7467120354 AFTER TRUNCATE ON sales.notes
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_53998a7467120354();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE sales.notes ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_53998a7467120354;
ALTER TABLE sales.notes ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_53998a7467120354;
ALTER TABLE sales.notes ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_53998a7467120354;
ALTER TABLE sales.notes ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_53998a7467120354;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('sales.notes', 'sales', 'notes', '53998a7467120354', 'pg_trickle_changes', 'changes_53998a7467120354', 'pg_trickle_cdc_fn_53998a7467120354', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of sales.orders
-- ========================================================================
-- trickle: change capture for sales.orders (table)
-- A Citus distributed table (by customer_id): captured on the node that stores each row.
--
-- Statement-level AFTER triggers with transition tables, which Citus creates
-- on every shard, copy every changed row into the change buffer
-- pg_trickle_changes.changes_2ecda1531452acfc, a distributed table co-located with the source: into the
-- buffer's shard on the same node, so each change row stays on the node of its
-- source row.
-- An INSERT is an 'I' row, a DELETE a 'D' row, an UPDATE both. Each row
-- records the writing transaction as that node sees it (__pgt_xid) and the
-- node's group (__pgt_node): a refresh consumes, node by node, the changes
-- visible in that node's snapshot and not in the previous refresh's. A
-- TRUNCATE fires the trigger of the table on the coordinator too, which
-- records one marker in pg_trickle.pgt_truncations (readers then recompute).
-- Logged, unlike a local buffer: a worker's crash would empty an unlogged one
-- unseen by the coordinator.
CREATE TABLE IF NOT EXISTS pg_trickle_changes.changes_2ecda1531452acfc AS
SELECT NULL::xid8 AS __pgt_xid,
       NULL::integer AS __pgt_node,
       NULL::"char" AS __pgt_action,
       s.id, s.customer_id, s.amount, s.status
  FROM sales.orders AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_2ecda1531452acfc
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_node SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_2ecda1531452acfc IS 'trickle: changes of sales.orders';
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
                WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['id', 'customer_id', 'amount', 'status']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'sales.orders'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['id', 'customer_id', 'amount', 'status']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'sales.orders'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_2ecda1531452acfc'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_2ecda1531452acfc'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['id', 'customer_id', 'amount', 'status']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'sales.orders'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_2ecda1531452acfc'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_2ecda1531452acfc'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
-- Distributed like the source, where Citus distributes it (without Citus, a local table).
DO $pgt$
BEGIN
    IF pg_catalog.to_regclass('pg_catalog.pg_dist_partition') IS NOT NULL THEN
        IF EXISTS (SELECT FROM pg_catalog.pg_dist_partition AS p WHERE p.logicalrelid = 'sales.orders'::regclass)
           AND NOT EXISTS (SELECT FROM pg_catalog.pg_dist_partition AS p WHERE p.logicalrelid = 'pg_trickle_changes.changes_2ecda1531452acfc'::regclass) THEN
            PERFORM pg_catalog.create_distributed_table('pg_trickle_changes.changes_2ecda1531452acfc'::regclass, 'customer_id', colocate_with => 'sales.orders');
        END IF;
    END IF;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('sales.orders')
ON CONFLICT (source_stable_name) DO NOTHING;

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_2ecda1531452acfc() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
DECLARE
    node integer := 0;
    target text;
BEGIN
    IF pg_catalog.to_regclass('pg_catalog.pg_dist_local_group') IS NOT NULL THEN
        node := (SELECT groupid FROM pg_catalog.pg_dist_local_group);
        -- On a shard (named <table>_<shard id>), the buffer's shard that holds the same hash
        -- range: it is on this node, and a trigger on a shard can write no other table.
        SELECT pg_catalog.shard_name(b.logicalrelid, b.shardid) INTO target
          FROM pg_catalog.pg_dist_shard AS s
          JOIN pg_catalog.pg_dist_shard AS b ON b.logicalrelid = 'pg_trickle_changes.changes_2ecda1531452acfc'::regclass AND b.shardminvalue = s.shardminvalue
         WHERE s.logicalrelid = 'sales.orders'::regclass
           AND s.shardid = pg_catalog.substring(TG_TABLE_NAME, '_(\d+)$')::bigint;
    END IF;
    IF TG_OP = 'TRUNCATE' THEN
        -- The coordinator's trigger records it; the shards' do not. Issued on a worker, it fires
        -- the worker's copy of the table instead, where no marker can be recorded: refused.
        IF node = 0 THEN
            INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('sales.orders');
        ELSIF TG_RELID = 'sales.orders'::regclass THEN
            RAISE EXCEPTION 'trickle: TRUNCATE of % is captured on the coordinator only', 'sales.orders'
                USING HINT = 'Issue it on the coordinator, or delete the rows.';
        END IF;
        RETURN NULL;
    END IF;
    -- Without Citus, or for a table Citus does not distribute, the buffer itself.
    target := coalesce(target, 'pg_trickle_changes.changes_2ecda1531452acfc');
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        EXECUTE pg_catalog.format('INSERT INTO %s (__pgt_xid, __pgt_node, __pgt_action, id, customer_id, amount, status) SELECT pg_catalog.pg_current_xact_id(), $1, ''D'', o.id, o.customer_id, o.amount, o.status FROM __pgt_old AS o', target) USING node;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        EXECUTE pg_catalog.format('INSERT INTO %s (__pgt_xid, __pgt_node, __pgt_action, id, customer_id, amount, status) SELECT pg_catalog.pg_current_xact_id(), $1, ''I'', n.id, n.customer_id, n.amount, n.status FROM __pgt_new AS n', target) USING node;
    END IF;
    RETURN NULL;
END
$pgt$;

-- Citus creates these triggers on every shard once allowed to.
SET citus.enable_unsafe_triggers = on;
CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_2ecda1531452acfc AFTER INSERT ON sales.orders
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_2ecda1531452acfc();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_2ecda1531452acfc AFTER UPDATE ON sales.orders
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_2ecda1531452acfc();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_2ecda1531452acfc AFTER DELETE ON sales.orders
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_2ecda1531452acfc();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_2ecda1531452acfc AFTER TRUNCATE ON sales.orders
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_2ecda1531452acfc();
RESET citus.enable_unsafe_triggers;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('sales.orders', 'sales', 'orders', '2ecda1531452acfc', 'pg_trickle_changes', 'changes_2ecda1531452acfc', 'pg_trickle_cdc_fn_2ecda1531452acfc', 'distributed')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of sales.regions
-- ========================================================================
-- trickle: change capture for sales.regions (table)
-- A Citus reference table: captured on the coordinator's copy only.
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_90c8c8ff1d6d4e25: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.code, s."Name"
  FROM sales.regions AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_90c8c8ff1d6d4e25
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_90c8c8ff1d6d4e25 IS 'trickle: changes of sales.regions';
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
                WHERE d.source_stable_name = 'sales.regions' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['code', 'Name']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'sales.regions'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['code', 'Name']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'sales.regions'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_90c8c8ff1d6d4e25'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_90c8c8ff1d6d4e25'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['code', 'Name']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'sales.regions'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_90c8c8ff1d6d4e25'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_90c8c8ff1d6d4e25'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('sales.regions')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_90c8c8ff1d6d4e25() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    -- Each copy of a reference table fires this trigger, on every node: only the coordinator's
    -- (node group 0) records the change, once, into its local buffer. Without Citus, every one.
    IF pg_catalog.to_regclass('pg_catalog.pg_dist_local_group') IS NOT NULL THEN
        IF NOT EXISTS (SELECT FROM pg_catalog.pg_dist_local_group WHERE groupid = 0) THEN
            -- A TRUNCATE issued on a worker fires the worker's copy of the table and no trigger
            -- on the coordinator, so no marker could be recorded: refused.
            IF TG_OP = 'TRUNCATE' AND TG_RELID = 'sales.regions'::regclass THEN
                RAISE EXCEPTION 'trickle: TRUNCATE of % is captured on the coordinator only', 'sales.regions'
                    USING HINT = 'Issue it on the coordinator, or delete the rows.';
            END IF;
            RETURN NULL;
        END IF;
    END IF;
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_90c8c8ff1d6d4e25 (__pgt_action, code, "Name")
        SELECT 'I', n.code, n."Name" FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_90c8c8ff1d6d4e25 (__pgt_action, code, "Name")
        SELECT 'D', o.code, o."Name" FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.code, n."Name" FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_90c8c8ff1d6d4e25 (__pgt_action, code, "Name")
        SELECT 'D', o.code, o."Name" FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('sales.regions');
    END IF;
    RETURN NULL;
END
$pgt$;

-- Citus creates these triggers on every copy of the table once allowed to.
SET citus.enable_unsafe_triggers = on;
CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_90c8c8ff1d6d4e25 AFTER INSERT ON sales.regions
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_90c8c8ff1d6d4e25();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_90c8c8ff1d6d4e25 AFTER UPDATE ON sales.regions
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_90c8c8ff1d6d4e25();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_90c8c8ff1d6d4e25 AFTER DELETE ON sales.regions
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_90c8c8ff1d6d4e25();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_90c8c8ff1d6d4e25 AFTER TRUNCATE ON sales.regions
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_90c8c8ff1d6d4e25();
RESET citus.enable_unsafe_triggers;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('sales.regions', 'sales', 'regions', '90c8c8ff1d6d4e25', 'pg_trickle_changes', 'changes_90c8c8ff1d6d4e25', 'pg_trickle_cdc_fn_90c8c8ff1d6d4e25', 'reference')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of sales.targets
-- ========================================================================
-- trickle: change capture for sales.targets (table)
-- A Citus local table: captured on the coordinator's copy only.
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_253f735f3258766e: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_253f735f3258766e AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.region, s.goal
  FROM sales.targets AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_253f735f3258766e
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_253f735f3258766e IS 'trickle: changes of sales.targets';
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
                WHERE d.source_stable_name = 'sales.targets' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['region', 'goal']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'sales.targets'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['region', 'goal']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'sales.targets'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_253f735f3258766e'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_253f735f3258766e'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['region', 'goal']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'sales.targets'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_253f735f3258766e'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_253f735f3258766e'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('sales.targets')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_253f735f3258766e() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    -- Each copy of a reference table fires this trigger, on every node: only the coordinator's
    -- (node group 0) records the change, once, into its local buffer. Without Citus, every one.
    IF pg_catalog.to_regclass('pg_catalog.pg_dist_local_group') IS NOT NULL THEN
        IF NOT EXISTS (SELECT FROM pg_catalog.pg_dist_local_group WHERE groupid = 0) THEN
            -- A TRUNCATE issued on a worker fires the worker's copy of the table and no trigger
            -- on the coordinator, so no marker could be recorded: refused.
            IF TG_OP = 'TRUNCATE' AND TG_RELID = 'sales.targets'::regclass THEN
                RAISE EXCEPTION 'trickle: TRUNCATE of % is captured on the coordinator only', 'sales.targets'
                    USING HINT = 'Issue it on the coordinator, or delete the rows.';
            END IF;
            RETURN NULL;
        END IF;
    END IF;
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_253f735f3258766e (__pgt_action, region, goal)
        SELECT 'I', n.region, n.goal FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_253f735f3258766e (__pgt_action, region, goal)
        SELECT 'D', o.region, o.goal FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.region, n.goal FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_253f735f3258766e (__pgt_action, region, goal)
        SELECT 'D', o.region, o.goal FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('sales.targets');
    END IF;
    RETURN NULL;
END
$pgt$;

-- Citus creates these triggers on every copy of the table once allowed to.
SET citus.enable_unsafe_triggers = on;
CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_253f735f3258766e AFTER INSERT ON sales.targets
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_253f735f3258766e();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_253f735f3258766e AFTER UPDATE ON sales.targets
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_253f735f3258766e();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_253f735f3258766e AFTER DELETE ON sales.targets
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_253f735f3258766e();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_253f735f3258766e AFTER TRUNCATE ON sales.targets
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_253f735f3258766e();
RESET citus.enable_unsafe_triggers;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('sales.targets', 'sales', 'targets', '253f735f3258766e', 'pg_trickle_changes', 'changes_253f735f3258766e', 'pg_trickle_cdc_fn_253f735f3258766e', 'citus_local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- capture changes of sales.visits
-- ========================================================================
-- trickle: change capture for sales.visits (table)
-- A Citus distributed table (by customer_id): captured on the node that stores each row.
--
-- A partitioned table: row-level AFTER triggers, which Citus creates on every
-- shard of every partition, present and future (and PostgreSQL fires whichever
-- table a statement names), copy every changed row into the change buffer
-- pg_trickle_changes.changes_fd2b70203942a5d6, a distributed table co-located with the source: Citus
-- routes each row to the buffer's shard on the same node, so each change row
-- stays on the node of its source row. An UPDATE that moves a row to another
-- partition is a DELETE and an INSERT. A partition attached, detached, dropped or truncated on its own
-- changes rows without firing them: each refresh compares the partitions and
-- their storage with those it last read (pg_trickle.partition_layout).
-- An INSERT is an 'I' row, a DELETE a 'D' row, an UPDATE both. Each row
-- records the writing transaction as that node sees it (__pgt_xid) and the
-- node's group (__pgt_node): a refresh consumes, node by node, the changes
-- visible in that node's snapshot and not in the previous refresh's. A
-- TRUNCATE fires the trigger of the table on the coordinator too, which
-- records one marker in pg_trickle.pgt_truncations (readers then recompute).
-- Logged, unlike a local buffer: a worker's crash would empty an unlogged one
-- unseen by the coordinator.
CREATE TABLE IF NOT EXISTS pg_trickle_changes.changes_fd2b70203942a5d6 AS
SELECT NULL::xid8 AS __pgt_xid,
       NULL::integer AS __pgt_node,
       NULL::"char" AS __pgt_action,
       s.customer_id, s.day, s.pages
  FROM sales.visits AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_fd2b70203942a5d6
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_node SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_fd2b70203942a5d6 IS 'trickle: changes of sales.visits';
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
                WHERE d.source_stable_name = 'sales.visits' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['customer_id', 'day', 'pages']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'sales.visits'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['customer_id', 'day', 'pages']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'sales.visits'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_fd2b70203942a5d6'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_fd2b70203942a5d6'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['customer_id', 'day', 'pages']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'sales.visits'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_fd2b70203942a5d6'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_fd2b70203942a5d6'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
-- Distributed like the source, where Citus distributes it (without Citus, a local table).
DO $pgt$
BEGIN
    IF pg_catalog.to_regclass('pg_catalog.pg_dist_partition') IS NOT NULL THEN
        IF EXISTS (SELECT FROM pg_catalog.pg_dist_partition AS p WHERE p.logicalrelid = 'sales.visits'::regclass)
           AND NOT EXISTS (SELECT FROM pg_catalog.pg_dist_partition AS p WHERE p.logicalrelid = 'pg_trickle_changes.changes_fd2b70203942a5d6'::regclass) THEN
            PERFORM pg_catalog.create_distributed_table('pg_trickle_changes.changes_fd2b70203942a5d6'::regclass, 'customer_id', colocate_with => 'sales.visits');
        END IF;
    END IF;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('sales.visits')
ON CONFLICT (source_stable_name) DO NOTHING;

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_fd2b70203942a5d6() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
DECLARE
    node integer := 0;
BEGIN
    IF pg_catalog.to_regclass('pg_catalog.pg_dist_local_group') IS NOT NULL THEN
        node := (SELECT groupid FROM pg_catalog.pg_dist_local_group);
    END IF;
    IF TG_OP = 'TRUNCATE' THEN
        -- The coordinator's trigger records it; the shards' do not. Issued on a worker, it fires
        -- the worker's copy of the table instead, where no marker can be recorded: refused.
        IF node = 0 THEN
            INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('sales.visits');
        ELSIF TG_RELID = 'sales.visits'::regclass THEN
            RAISE EXCEPTION 'trickle: TRUNCATE of % is captured on the coordinator only', 'sales.visits'
                USING HINT = 'Issue it on the coordinator, or delete the rows.';
        END IF;
        RETURN NULL;
    END IF;
    -- One row, which Citus routes to the buffer's shard co-located with the source row's: on
    -- this node (three times faster than finding that shard and writing it by dynamic SQL).
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO pg_trickle_changes.changes_fd2b70203942a5d6 (__pgt_xid, __pgt_node, __pgt_action, customer_id, day, pages)
        VALUES (pg_catalog.pg_current_xact_id(), node, 'D', old.customer_id, old.day, old.pages);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO pg_trickle_changes.changes_fd2b70203942a5d6 (__pgt_xid, __pgt_node, __pgt_action, customer_id, day, pages)
        VALUES (pg_catalog.pg_current_xact_id(), node, 'I', new.customer_id, new.day, new.pages);
    END IF;
    RETURN NULL;
END
$pgt$;

-- Citus creates these triggers on every shard once allowed to.
SET citus.enable_unsafe_triggers = on;
CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_fd2b70203942a5d6 AFTER INSERT ON sales.visits
  FOR EACH ROW EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_fd2b70203942a5d6();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_fd2b70203942a5d6 AFTER UPDATE ON sales.visits
  FOR EACH ROW EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_fd2b70203942a5d6();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_fd2b70203942a5d6 AFTER DELETE ON sales.visits
  FOR EACH ROW EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_fd2b70203942a5d6();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_fd2b70203942a5d6 AFTER TRUNCATE ON sales.visits
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_fd2b70203942a5d6();
RESET citus.enable_unsafe_triggers;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('sales.visits', 'sales', 'visits', 'fd2b70203942a5d6', 'pg_trickle_changes', 'changes_fd2b70203942a5d6', 'pg_trickle_cdc_fn_fd2b70203942a5d6', 'distributed')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- create stream table sales.big_spenders
-- ========================================================================
-- trickle: stream table sales.big_spenders
--
-- refresh mode: FULL (requested AUTO)
-- maintained by full recomputation because an aggregate in a subquery over the Citus distributed table sales.orders is not supported differentially (streams/003_subqueries.sql:22:83)
-- schedule: 1m
-- maintenance: full recomputation on every refresh
--
-- defining query:
--   SELECT t.customer_id, t.total FROM ( SELECT customer_id, sum(amount) AS total FROM sales.orders GROUP BY customer_id ) AS t WHERE t.total > 100

-- Storage: the query's columns.
CREATE TABLE sales.big_spenders AS
  SELECT q.customer_id, q.total FROM (
    SELECT t.customer_id, t.total FROM ( SELECT customer_id, sum(amount) AS total FROM sales.orders GROUP BY customer_id ) AS t WHERE t.total > 100
  ) AS q
  WITH NO DATA;
COMMENT ON TABLE sales.big_spenders IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.big_spenders'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'big_spenders', 'sales.big_spenders', '8a4cbdfa6beed4cf', 'SELECT t.customer_id, t.total FROM ( SELECT customer_id, sum(amount) AS total FROM sales.orders GROUP BY customer_id ) AS t WHERE t.total > 100', 'AUTO', 'FULL', 'an aggregate in a subquery over the Citus distributed table sales.orders is not supported differentially (streams/003_subqueries.sql:22:83)', 'full', 'refresh_8a4cbdfa6beed4cf', 0, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.orders', 'TABLE', false, ARRAY['id', 'customer_id', 'amount', 'status']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.big_spenders';

-- Refresh function, called by pg_trickle.refresh('sales.big_spenders').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_8a4cbdfa6beed4cf(p_full boolean) RETURNS text
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
     WHERE st.stable_name = 'sales.big_spenders';

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.big_spenders') THEN
        DELETE FROM sales.big_spenders;
    ELSE
        TRUNCATE sales.big_spenders;
    END IF;
    UPDATE pg_trickle.pgt_stream_tables
       SET frontier = pg_current_snapshot(),
           frontier_own_xid = pg_current_xact_id_if_assigned(),
           frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
           frontier_by_source = jsonb_build_object('sales.orders', pg_current_snapshot()::text)
     WHERE pgt_schema = 'sales' AND pgt_name = 'big_spenders';
    INSERT INTO sales.big_spenders (customer_id, total)
    SELECT q.customer_id, q.total FROM (
      SELECT t.customer_id, t.total FROM ( SELECT customer_id, sum(amount) AS total FROM sales.orders GROUP BY customer_id ) AS t WHERE t.total > 100
    ) AS q;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.big_spenders', full => true);
ANALYZE sales.big_spenders;

-- ========================================================================
-- create stream table sales.busy_visit_regions
-- ========================================================================
-- trickle: stream table sales.busy_visit_regions
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT v.day, v.pages, c.region FROM sales.visits AS v JOIN sales.customers AS c ON c.id = v.customer_id WHERE v.pages > 1
--
-- operator tree:
--   project day, pages, region
--     inner join on id = customer_id AND pages > 1
--       scan sales.visits AS v (Citus distributed: changes pulled from every node)
--       scan sales.customers AS c (Citus: read from the coordinator's copy)

-- sales.customers is a Citus reference table: read from the coordinator's copy.
SET citus.enable_ddl_propagation = off;
DO $pgt$
BEGIN
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_b6784df176b91e8a', pg_trickle.coordinator_copy('sales.customers'::regclass));
END
$pgt$;
RESET citus.enable_ddl_propagation;

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE sales.busy_visit_regions AS
  SELECT r.day, r.pages, r.region, hash_record_extended(ROW(r.day, r.pages, r.region), 0) AS __pgt_row_id
    FROM (
      SELECT i.day AS day, i.pages AS pages, i.region AS region
        FROM (
        SELECT v.customer_id AS customer_id, v.day AS day, v.pages AS pages, c.id AS id, c.name AS name, c.region AS region
          FROM sales.visits AS v,
               pg_trickle_changes.copy_b6784df176b91e8a AS c
         WHERE c.id = v.customer_id AND v.pages > 1
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE sales.busy_visit_regions ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_7d451bae5e3249f9 ON sales.busy_visit_regions (__pgt_row_id);
COMMENT ON TABLE sales.busy_visit_regions IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.busy_visit_regions'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'busy_visit_regions', 'sales.busy_visit_regions', '7d451bae5e3249f9', 'SELECT v.day, v.pages, c.region FROM sales.visits AS v JOIN sales.customers AS c ON c.id = v.customer_id WHERE v.pages > 1', 'AUTO', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_7d451bae5e3249f9', 1, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.customers', 'TABLE', true, ARRAY['id', 'name', 'region']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.busy_visit_regions';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.visits', 'TABLE', true, ARRAY['customer_id', 'day', 'pages']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.busy_visit_regions';

-- Refresh function, called by pg_trickle.refresh('sales.busy_visit_regions').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_7d451bae5e3249f9(p_full boolean) RETURNS text
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
    __pgt_bound_b6784df176b91e8a xid8;
    __pgt_small_b6784df176b91e8a boolean;
    __pgt_bound_fd2b70203942a5d6 xid8;
    __pgt_small_fd2b70203942a5d6 boolean;
    __pgt_parts_fd2b70203942a5d6 text;
    __pgt_nodes jsonb;
    __pgt_nodes_seen jsonb;
    __pgt_prev_by_source jsonb;
    __pgt_bounds jsonb;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.customers' AND d.consumes_changes AND r.stable_name <> 'sales.busy_visit_regions'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_b6784df176b91e8a'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.visits') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.visits' AND d.consumes_changes AND r.stable_name <> 'sales.busy_visit_regions'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_fd2b70203942a5d6'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'sales.visits'),
           st.frontier_by_source
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_b6784df176b91e8a, __pgt_small_b6784df176b91e8a, __pgt_bound_fd2b70203942a5d6, __pgt_small_fd2b70203942a5d6, __pgt_parts_fd2b70203942a5d6, __pgt_prev_by_source
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.busy_visit_regions';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- Joined with a distributed table, whose rows the delta cannot read: the other sources must
        -- have no change to consume.
        IF EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a table joined with a distributed table changed';
        END IF;
        -- The changes of the distributed sources: each node's snapshot, then the changes visible in it
        -- and not in the previous refresh's, pulled to the coordinator.
        __pgt_nodes := pg_trickle.node_snapshots();
        IF pg_catalog.to_regclass('pg_temp.__pgt_changes_fd2b70203942a5d6') IS NOT NULL THEN
            DROP TABLE pg_temp.__pgt_changes_fd2b70203942a5d6;
        END IF;
        CREATE TEMP TABLE __pgt_changes_fd2b70203942a5d6 ON COMMIT DROP AS
        SELECT c.__pgt_action, c.customer_id, c.day, c.pages
          FROM pg_trickle_changes.changes_fd2b70203942a5d6 AS c
         WHERE pg_visible_in_snapshot(c.__pgt_xid, (__pgt_nodes ->> c.__pgt_node::text)::pg_snapshot)
           AND NOT coalesce(pg_visible_in_snapshot(c.__pgt_xid, ((__pgt_prev_by_source -> 'sales.visits') ->> c.__pgt_node::text)::pg_snapshot), false);
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.visits') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_fd2b70203942a5d6 IS DISTINCT FROM pg_trickle.partition_layout('sales.visits'::regclass) THEN
            __pgt_reason := 'the partitions of a source changed (ATTACH, DETACH, DROP or TRUNCATE of a partition)';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_temp.__pgt_changes_fd2b70203942a5d6) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
             WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_b6784df176b91e8a'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.customers', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.visits', __pgt_nodes)
               WHERE pgt_schema = 'sales' AND pgt_name = 'busy_visit_regions'
            ),
            -- delete the changes of sales.customers that every reader has consumed
            __pgt_release_b6784df176b91e8a AS (
              DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan sales.visits: its changes on every node, pulled before this statement (an UPDATE is a deletion and an insertion)
            delta_visits AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.customer_id, c.day, c.pages
                FROM pg_temp.__pgt_changes_fd2b70203942a5d6 AS c
            ),
            -- scan sales.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.region
                FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(v) JOIN c
            --   + v' JOIN d(c)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT v.__pgt_w * c.__pgt_w AS __pgt_w, v.customer_id AS customer_id, v.day AS day, v.pages AS pages, c.id AS id, c.name AS name, c.region AS region
                FROM delta_visits AS v,
                     (
                SELECT 1 AS __pgt_w, id, name, region FROM pg_trickle_changes.copy_b6784df176b91e8a
                UNION ALL
                SELECT -__pgt_w, id, name, region FROM delta_customers
              ) AS c
               WHERE c.id = v.customer_id AND v.pages > 1
              UNION ALL
              SELECT c.__pgt_w AS __pgt_w, v.customer_id AS customer_id, v.day AS day, v.pages AS pages, c.id AS id, c.name AS name, c.region AS region
                FROM (SELECT c.customer_id, c.day, c.pages FROM pg_temp.__pgt_changes_fd2b70203942a5d6 AS c WHERE false) AS v,
                     delta_customers AS c
               WHERE c.id = v.customer_id AND v.pages > 1
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.day AS day, d.pages AS pages, d.region AS region
                FROM delta_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.day, d.pages, d.region, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.day, d.pages, d.region
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM sales.busy_visit_regions AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN sales.busy_visit_regions AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.day, n.pages, n.region), 0) AND t.day = n.day AND t.pages IS NOT DISTINCT FROM n.pages AND t.region IS NOT DISTINCT FROM n.region
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO sales.busy_visit_regions (day, pages, region, __pgt_row_id)
            SELECT n.day, n.pages, n.region, hash_record_extended(ROW(n.day, n.pages, n.region), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;
                -- Nor did one commit before the statement's snapshot was taken.
                IF EXISTS (SELECT FROM pg_trickle.pgt_stream_tables AS st, pg_trickle_changes.changes_b6784df176b91e8a AS c
                            WHERE st.stable_name = 'sales.busy_visit_regions' AND pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, st.frontier, st.frontier_own_xid, st.frontier_mark) AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                    RAISE EXCEPTION 'pg_trickle: a table joined with a distributed table changed' USING ERRCODE = 'PT001';
                END IF;
            EXCEPTION
                WHEN SQLSTATE 'PT001' THEN
                    __pgt_reason := 'a table joined with a distributed table changed during the refresh';
                -- The delta computes the query's expressions over every change, also over rows
                -- that no longer hold (inserted with a zero divisor, then corrected; a cast to a
                -- domain whose CHECK fails; a function that raises): a fresh run of the query may
                -- not fail. If it does, the full refresh says so.
                WHEN data_exception OR cardinality_violation OR check_violation OR raise_exception THEN
                    __pgt_reason := 'the delta failed (' || SQLERRM || ')';
            END;
        END IF;
        IF __pgt_reason IS NULL THEN
            SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.visits')) INTO __pgt_bounds
              FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.visits' ->> k.node)::pg_snapshot))::text AS bound
                      FROM jsonb_object_keys(__pgt_nodes) AS k(node)
                     CROSS JOIN pg_trickle.pgt_dependencies AS d
                      JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                     WHERE d.source_stable_name = 'sales.visits' AND d.consumes_changes
                     GROUP BY k.node
                    HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.visits' ? k.node, false))) AS b;
            DELETE FROM pg_trickle_changes.changes_fd2b70203942a5d6 AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;

            -- A TRUNCATE or a change of partitions or children that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.visits') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_fd2b70203942a5d6 IS DISTINCT FROM pg_trickle.partition_layout('sales.visits'::regclass) THEN
                __pgt_reason := 'the partitions of a source changed (ATTACH, DETACH, DROP or TRUNCATE of a partition)';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.busy_visit_regions') THEN
        DELETE FROM sales.busy_visit_regions;
    ELSE
        TRUNCATE sales.busy_visit_regions;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.customers'), ('sales.visits')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.busy_visit_regions' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.partition_layout('sales.visits'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'sales.busy_visit_regions' AND d.source_stable_name = 'sales.visits';
    -- Distributed sources: Citus has no snapshot across nodes. No writer of a source is in flight
    -- while the frontier and the rows are read, in statements of their own.
    LOCK TABLE sales.customers IN SHARE MODE;
    LOCK TABLE sales.visits IN SHARE MODE;
    __pgt_nodes := pg_trickle.node_snapshots();
    -- The rows this transaction wrote are read below: their changes are consumed too.
    __pgt_nodes_seen := __pgt_nodes;
    __pgt_nodes := pg_trickle.with_own_writes(__pgt_nodes, ARRAY['pg_trickle_changes.changes_fd2b70203942a5d6'::regclass]);
    UPDATE pg_trickle.pgt_stream_tables
       SET frontier = pg_current_snapshot(),
           frontier_own_xid = pg_current_xact_id_if_assigned(),
           frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
           frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.visits', __pgt_nodes)
     WHERE pgt_schema = 'sales' AND pgt_name = 'busy_visit_regions';
    IF __pgt_nodes IS DISTINCT FROM __pgt_nodes_seen THEN
        -- So would be the changes this transaction writes after this refresh on the same nodes
        -- (they carry its transaction ids there): no frontier, so the next refresh recomputes.
        UPDATE pg_trickle.pgt_stream_tables SET frontier = NULL, frontier_by_source = NULL
         WHERE pgt_schema = 'sales' AND pgt_name = 'busy_visit_regions';
    END IF;
    DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
     WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()));
    DELETE FROM pg_trickle.pgt_truncations AS c
     WHERE (c.source_stable_name = 'sales.customers' AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot())))
        OR (c.source_stable_name = 'sales.visits' AND c.__pgt_xid < least(__pgt_bound_fd2b70203942a5d6, pg_snapshot_xmin(pg_current_snapshot())));
    INSERT INTO sales.busy_visit_regions (day, pages, region, __pgt_row_id)
    SELECT * FROM (
      SELECT r.day, r.pages, r.region, hash_record_extended(ROW(r.day, r.pages, r.region), 0) AS __pgt_row_id
        FROM (
          SELECT i.day AS day, i.pages AS pages, i.region AS region
            FROM (
            SELECT v.customer_id AS customer_id, v.day AS day, v.pages AS pages, c.id AS id, c.name AS name, c.region AS region
              FROM sales.visits AS v,
                   pg_trickle_changes.copy_b6784df176b91e8a AS c
             WHERE c.id = v.customer_id AND v.pages > 1
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.visits')) INTO __pgt_bounds
      FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.visits' ->> k.node)::pg_snapshot))::text AS bound
              FROM jsonb_object_keys(__pgt_nodes) AS k(node)
             CROSS JOIN pg_trickle.pgt_dependencies AS d
              JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.visits' AND d.consumes_changes
             GROUP BY k.node
            HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.visits' ? k.node, false))) AS b;
    DELETE FROM pg_trickle_changes.changes_fd2b70203942a5d6 AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.busy_visit_regions', full => true);
ANALYZE sales.busy_visit_regions;

-- ========================================================================
-- create stream table sales.customer_ranks
-- ========================================================================
-- trickle: stream table sales.customer_ranks
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT c.id, c.region, rank() OVER (PARTITION BY c.region ORDER BY c.name) AS name_rank, count(*) OVER (PARTITION BY c.region) AS in_region FROM sales.customers AS c
--
-- operator tree:
--   project id, region, __pgt_win0 AS name_rank, __pgt_win1 AS in_region
--     window rank() OVER (PARTITION BY region ORDER BY name), count(*) OVER (PARTITION BY region)
--       scan sales.customers AS c (Citus: read from the coordinator's copy)

-- sales.customers is a Citus reference table: read from the coordinator's copy.
SET citus.enable_ddl_propagation = off;
DO $pgt$
BEGIN
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_b6784df176b91e8a', pg_trickle.coordinator_copy('sales.customers'::regclass));
END
$pgt$;
RESET citus.enable_ddl_propagation;

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE sales.customer_ranks AS
  SELECT r.id, r.region, r.name_rank, r.in_region, hashint4extended(r.id, 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i.region AS region, i.__pgt_win0 AS name_rank, i.__pgt_win1 AS in_region
        FROM (
        SELECT c.id, c.name, c.region, rank() OVER (PARTITION BY c.region ORDER BY c.name) AS __pgt_win0, count(*) OVER (PARTITION BY c.region) AS __pgt_win1
          FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE sales.customer_ranks ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_f5f7748ca33286ba ON sales.customer_ranks (__pgt_row_id);
COMMENT ON TABLE sales.customer_ranks IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.customer_ranks'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'customer_ranks', 'sales.customer_ranks', 'f5f7748ca33286ba', 'SELECT c.id, c.region, rank() OVER (PARTITION BY c.region ORDER BY c.name) AS name_rank, count(*) OVER (PARTITION BY c.region) AS in_region FROM sales.customers AS c', 'AUTO', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_f5f7748ca33286ba', 2, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- The delta recomputes each group (or window partition) a change touches from its rows:
-- past this share of a source's rows changed, recomputing all of them costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.01 WHERE stable_name = 'sales.customer_ranks';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.customers', 'TABLE', true, ARRAY['id', 'name', 'region']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.customer_ranks';

-- Refresh function, called by pg_trickle.refresh('sales.customer_ranks').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_f5f7748ca33286ba(p_full boolean) RETURNS text
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
    __pgt_bound_b6784df176b91e8a xid8;
    __pgt_small_b6784df176b91e8a boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.customers' AND d.consumes_changes AND r.stable_name <> 'sales.customer_ranks'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_b6784df176b91e8a'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_b6784df176b91e8a, __pgt_small_b6784df176b91e8a
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.customer_ranks';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
             WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_b6784df176b91e8a'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.customers', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text)
               WHERE pgt_schema = 'sales' AND pgt_name = 'customer_ranks'
            ),
            -- delete the changes of sales.customers that every reader has consumed
            __pgt_release_b6784df176b91e8a AS (
              DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan sales.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.region
                FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- window: the partitions its input's changes touch
            __pgt_changed_groups AS (
              SELECT DISTINCT d.region AS __pgt_p0
                FROM delta_customers AS d
            ),
            -- window: the touched partitions' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r.id, r.name, r.region
                FROM (SELECT u.id, u.name, u.region, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.id, c.name, c.region FROM (
                          SELECT c.id, c.name, c.region
                            FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                            JOIN __pgt_changed_groups AS k ON c.region = k.__pgt_p0
                          UNION ALL
                          SELECT c.id, c.name, c.region
                            FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                            JOIN __pgt_changed_groups AS k ON c.region IS NULL AND k.__pgt_p0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.id, d.name, d.region FROM delta_customers AS d) AS u
                       GROUP BY u.id, u.name, u.region
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- window (recomputed per touched partition): each touched partition as it is now, minus as it was
            delta_window AS (
              SELECT 1 AS __pgt_w, i.id, i.name, i.region, rank() OVER (PARTITION BY i.region ORDER BY i.name) AS __pgt_win0, count(*) OVER (PARTITION BY i.region) AS __pgt_win1
                FROM (
                  SELECT c.id, c.name, c.region
                    FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                    JOIN __pgt_changed_groups AS k ON c.region = k.__pgt_p0
                  UNION ALL
                  SELECT c.id, c.name, c.region
                    FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                    JOIN __pgt_changed_groups AS k ON c.region IS NULL AND k.__pgt_p0 IS NULL
                ) AS i
              UNION ALL
              SELECT -1, i.id, i.name, i.region, rank() OVER (PARTITION BY i.region ORDER BY i.name) AS __pgt_win0, count(*) OVER (PARTITION BY i.region) AS __pgt_win1
                FROM __pgt_group_rows_before AS i
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d.region AS region, d.__pgt_win0 AS name_rank, d.__pgt_win1 AS in_region
                FROM delta_window AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.region, d.name_rank, d.in_region, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.id, d.region, d.name_rank, d.in_region
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashint4extended(n.id, 0), n.id) hashint4extended(n.id, 0) AS __pgt_row_id, n.id, n.region, n.name_rank, n.in_region, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashint4extended(n.id, 0), n.id, n.__pgt_w DESC
            )
            MERGE INTO sales.customer_ranks AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.id = a.id
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET id = a.id, region = a.region, name_rank = a.name_rank, in_region = a.in_region
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (id, region, name_rank, in_region, __pgt_row_id) VALUES (a.id, a.region, a.name_rank, a.in_region, a.__pgt_row_id);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.customer_ranks') THEN
        DELETE FROM sales.customer_ranks;
    ELSE
        TRUNCATE sales.customer_ranks;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.customers')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.customer_ranks' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text)
         WHERE pgt_schema = 'sales' AND pgt_name = 'customer_ranks'
    ),
    __pgt_release_b6784df176b91e8a AS (
        DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
         WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'sales.customers' AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO sales.customer_ranks (id, region, name_rank, in_region, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.region, r.name_rank, r.in_region, hashint4extended(r.id, 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, i.region AS region, i.__pgt_win0 AS name_rank, i.__pgt_win1 AS in_region
            FROM (
            SELECT c.id, c.name, c.region, rank() OVER (PARTITION BY c.region ORDER BY c.name) AS __pgt_win0, count(*) OVER (PARTITION BY c.region) AS __pgt_win1
              FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.customer_ranks', full => true);
ANALYZE sales.customer_ranks;

-- ========================================================================
-- create stream table sales.customer_regions
-- ========================================================================
-- trickle: stream table sales.customer_regions
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT c.id, (SELECT r."Name" FROM sales.regions AS r WHERE r.code = c.region) AS region_name FROM sales.customers AS c
--
-- operator tree:
--   project id, "__pgt_sub1_Name" AS region_name
--     left outer join on __pgt_sub1_code = region
--       scan sales.customers AS c (Citus: read from the coordinator's copy)
--       scan sales.regions AS r (Citus: read from the coordinator's copy)

-- sales.customers is a Citus reference table: read from the coordinator's copy.
-- sales.regions is a Citus reference table: read from the coordinator's copy.
SET citus.enable_ddl_propagation = off;
DO $pgt$
BEGIN
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_b6784df176b91e8a', pg_trickle.coordinator_copy('sales.customers'::regclass));
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_90c8c8ff1d6d4e25', pg_trickle.coordinator_copy('sales.regions'::regclass));
END
$pgt$;
RESET citus.enable_ddl_propagation;

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE sales.customer_regions AS
  SELECT r.id, r.region_name, hashint4extended(r.id, 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i."__pgt_sub1_Name" AS region_name
        FROM (
        SELECT c.id AS id, c.name AS name, c.region AS region, r.code AS __pgt_sub1_code, r."Name" AS "__pgt_sub1_Name"
          FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
          LEFT JOIN pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r ON r.code = c.region
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE sales.customer_regions ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_466790c1327ae2bc ON sales.customer_regions (__pgt_row_id);
COMMENT ON TABLE sales.customer_regions IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.customer_regions'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'customer_regions', 'sales.customer_regions', '466790c1327ae2bc', 'SELECT c.id, (SELECT r."Name" FROM sales.regions AS r WHERE r.code = c.region) AS region_name FROM sales.customers AS c', 'AUTO', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_466790c1327ae2bc', 3, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'sales.customer_regions';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.customers', 'TABLE', true, ARRAY['id', 'name', 'region']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.customer_regions';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.regions', 'TABLE', true, ARRAY['code', 'Name']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.customer_regions';

-- Refresh function, called by pg_trickle.refresh('sales.customer_regions').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_466790c1327ae2bc(p_full boolean) RETURNS text
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
    __pgt_bound_b6784df176b91e8a xid8;
    __pgt_small_b6784df176b91e8a boolean;
    __pgt_bound_90c8c8ff1d6d4e25 xid8;
    __pgt_small_90c8c8ff1d6d4e25 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.customers' AND d.consumes_changes AND r.stable_name <> 'sales.customer_regions'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_b6784df176b91e8a'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.regions') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.regions' AND d.consumes_changes AND r.stable_name <> 'sales.customer_regions'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_90c8c8ff1d6d4e25'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_b6784df176b91e8a, __pgt_small_b6784df176b91e8a, __pgt_bound_90c8c8ff1d6d4e25, __pgt_small_90c8c8ff1d6d4e25
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.customer_regions';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.regions') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
             WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
             WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_b6784df176b91e8a'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.customers', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_90c8c8ff1d6d4e25'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.regions'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.regions'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.regions', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.regions', pg_current_snapshot()::text)
               WHERE pgt_schema = 'sales' AND pgt_name = 'customer_regions'
            ),
            -- delete the changes of sales.customers that every reader has consumed
            __pgt_release_b6784df176b91e8a AS (
              DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of sales.regions that every reader has consumed
            __pgt_release_90c8c8ff1d6d4e25 AS (
              DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
               WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan sales.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.region
                FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan sales.regions: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_regions AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.code, c."Name"
                FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, name, region FROM pg_trickle_changes.copy_b6784df176b91e8a
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c.name, c.region FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_regions AS __pgt_x WHERE __pgt_x.code = __pgt_p.region)
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x.code, sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_regions AS __pgt_x
               GROUP BY __pgt_x.code
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT c.__pgt_w * r.__pgt_w AS __pgt_w, c.id AS id, c.name AS name, c.region AS region, r.code AS __pgt_sub1_code, r."Name" AS "__pgt_sub1_Name"
                FROM delta_customers AS c,
                     (
                SELECT 1 AS __pgt_w, code, "Name" FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.code, c."Name" FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS r
               WHERE r.code = c.region
              UNION ALL
              SELECT r.__pgt_w AS __pgt_w, c.id AS id, c.name AS name, c.region AS region, r.code AS __pgt_sub1_code, r."Name" AS "__pgt_sub1_Name"
                FROM pg_trickle_changes.copy_b6784df176b91e8a AS c,
                     delta_regions AS r
               WHERE r.code = c.region
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.id AS id, __pgt_p.name AS name, __pgt_p.region AS region, __pgt_pad.code AS __pgt_sub1_code, __pgt_pad."Name" AS "__pgt_sub1_Name"
                FROM delta_customers AS __pgt_p
                LEFT JOIN pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS __pgt_x WHERE __pgt_x.code = __pgt_p.region)
              UNION ALL
              -- -w: the row gained its first match
              SELECT __pgt_p.__pgt_w * -1 AS __pgt_w, __pgt_p.id AS id, __pgt_p.name AS name, __pgt_p.region AS region, __pgt_pad.code AS __pgt_sub1_code, __pgt_pad."Name" AS "__pgt_sub1_Name"
                FROM __pgt_candidates AS __pgt_p
                LEFT JOIN pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS __pgt_pad ON false
               WHERE EXISTS (SELECT FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS __pgt_x WHERE __pgt_x.code = __pgt_p.region)
                 AND NOT EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.code = __pgt_p.region)
                 AND NOT EXISTS (SELECT FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS __pgt_x
                              WHERE __pgt_x.code = __pgt_p.region
                                AND __pgt_x.code NOT IN (SELECT n.code FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
              UNION ALL
              -- +w: the row lost its last match
              SELECT __pgt_p.__pgt_w AS __pgt_w, __pgt_p.id AS id, __pgt_p.name AS name, __pgt_p.region AS region, __pgt_pad.code AS __pgt_sub1_code, __pgt_pad."Name" AS "__pgt_sub1_Name"
                FROM __pgt_candidates AS __pgt_p
                LEFT JOIN pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS __pgt_x WHERE __pgt_x.code = __pgt_p.region)
                 AND EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.code = __pgt_p.region)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d."__pgt_sub1_Name" AS region_name
                FROM delta_outer_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.region_name, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.id, d.region_name
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashint4extended(n.id, 0), n.id) hashint4extended(n.id, 0) AS __pgt_row_id, n.id, n.region_name, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashint4extended(n.id, 0), n.id, n.__pgt_w DESC
            )
            MERGE INTO sales.customer_regions AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.id = a.id
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET id = a.id, region_name = a.region_name
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (id, region_name, __pgt_row_id) VALUES (a.id, a.region_name, a.__pgt_row_id);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.regions') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.customer_regions') THEN
        DELETE FROM sales.customer_regions;
    ELSE
        TRUNCATE sales.customer_regions;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.customers'), ('sales.regions')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.customer_regions' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.regions', pg_current_snapshot()::text)
         WHERE pgt_schema = 'sales' AND pgt_name = 'customer_regions'
    ),
    __pgt_release_b6784df176b91e8a AS (
        DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
         WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_90c8c8ff1d6d4e25 AS (
        DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
         WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'sales.customers' AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'sales.regions' AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO sales.customer_regions (id, region_name, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.region_name, hashint4extended(r.id, 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, i."__pgt_sub1_Name" AS region_name
            FROM (
            SELECT c.id AS id, c.name AS name, c.region AS region, r.code AS __pgt_sub1_code, r."Name" AS "__pgt_sub1_Name"
              FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
              LEFT JOIN pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r ON r.code = c.region
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.customer_regions', full => true);
ANALYZE sales.customer_regions;

-- ========================================================================
-- create stream table sales.customers_per_region
-- ========================================================================
-- trickle: stream table sales.customers_per_region
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT r.code, r."Name", count(c.id) AS customers, min(c.name) AS first_name, max(c.name) AS last_name FROM sales.regions AS r LEFT JOIN sales.customers AS c ON c.region = r.code GROUP BY r.code, r."Name"
--
-- operator tree:
--   project __pgt_g0 AS code, __pgt_g1 AS Name, __pgt_a0 AS customers, __pgt_a1 AS first_name, __pgt_a2 AS last_name
--     aggregate count(c.id), min(c.name), max(c.name) group by code, "Name"
--       left outer join on region = code
--         scan sales.regions AS r (Citus: read from the coordinator's copy)
--         scan sales.customers AS c (Citus: read from the coordinator's copy)

-- sales.customers is a Citus reference table: read from the coordinator's copy.
-- sales.regions is a Citus reference table: read from the coordinator's copy.
SET citus.enable_ddl_propagation = off;
DO $pgt$
BEGIN
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_b6784df176b91e8a', pg_trickle.coordinator_copy('sales.customers'::regclass));
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_90c8c8ff1d6d4e25', pg_trickle.coordinator_copy('sales.regions'::regclass));
END
$pgt$;
RESET citus.enable_ddl_propagation;

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE sales.customers_per_region WITH (fillfactor = 50) AS
  SELECT i.code AS code,
         i."Name" AS "Name",
         count(i.id) AS customers,
         min(i.name) AS first_name,
         max(i.name) AS last_name,
         hash_record_extended(ROW(i.code, i."Name"), 0) AS __pgt_row_id,
         count(*) AS __pgt_count
    FROM (
      SELECT r.code AS code, r."Name" AS "Name", c.id AS id, c.name AS name, c.region AS region
        FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r
        LEFT JOIN pg_trickle_changes.copy_b6784df176b91e8a AS c ON c.region = r.code
    ) AS i
   GROUP BY i.code, i."Name"
  WITH NO DATA;
ALTER TABLE sales.customers_per_region ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_2a6743d2aca8bdda ON sales.customers_per_region (__pgt_row_id);
COMMENT ON TABLE sales.customers_per_region IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.customers_per_region'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'customers_per_region', 'sales.customers_per_region', '2a6743d2aca8bdda', 'SELECT r.code, r."Name", count(c.id) AS customers, min(c.name) AS first_name, max(c.name) AS last_name FROM sales.regions AS r LEFT JOIN sales.customers AS c ON c.region = r.code GROUP BY r.code, r."Name"', 'AUTO', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_2a6743d2aca8bdda', 4, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'sales.customers_per_region';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.customers', 'TABLE', true, ARRAY['id', 'name', 'region']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.customers_per_region';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.regions', 'TABLE', true, ARRAY['code', 'Name']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.customers_per_region';

-- Refresh function, called by pg_trickle.refresh('sales.customers_per_region').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_2a6743d2aca8bdda(p_full boolean) RETURNS text
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
    __pgt_bound_b6784df176b91e8a xid8;
    __pgt_small_b6784df176b91e8a boolean;
    __pgt_bound_90c8c8ff1d6d4e25 xid8;
    __pgt_small_90c8c8ff1d6d4e25 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.customers' AND d.consumes_changes AND r.stable_name <> 'sales.customers_per_region'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_b6784df176b91e8a'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.regions') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.regions' AND d.consumes_changes AND r.stable_name <> 'sales.customers_per_region'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_90c8c8ff1d6d4e25'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_b6784df176b91e8a, __pgt_small_b6784df176b91e8a, __pgt_bound_90c8c8ff1d6d4e25, __pgt_small_90c8c8ff1d6d4e25
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.customers_per_region';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.regions') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
             WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
             WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_b6784df176b91e8a'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.customers', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_90c8c8ff1d6d4e25'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.regions'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.regions'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.regions', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.regions', pg_current_snapshot()::text)
               WHERE pgt_schema = 'sales' AND pgt_name = 'customers_per_region'
            ),
            -- delete the changes of sales.customers that every reader has consumed
            __pgt_release_b6784df176b91e8a AS (
              DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of sales.regions that every reader has consumed
            __pgt_release_90c8c8ff1d6d4e25 AS (
              DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
               WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan sales.regions: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_regions AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.code, c."Name"
                FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan sales.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.region
                FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, code, "Name" FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.code, c."Name" FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_customers AS __pgt_x WHERE __pgt_x.region = __pgt_p.code)
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x.id, __pgt_x.region, sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_customers AS __pgt_x
               GROUP BY __pgt_x.id, __pgt_x.region
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT r.__pgt_w * c.__pgt_w AS __pgt_w, r.code AS code, r."Name" AS "Name", c.id AS id, c.name AS name, c.region AS region
                FROM delta_regions AS r,
                     (
                SELECT 1 AS __pgt_w, id, name, region FROM pg_trickle_changes.copy_b6784df176b91e8a
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c.name, c.region FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS c
               WHERE c.region = r.code
              UNION ALL
              SELECT c.__pgt_w AS __pgt_w, r.code AS code, r."Name" AS "Name", c.id AS id, c.name AS name, c.region AS region
                FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r,
                     delta_customers AS c
               WHERE c.region = r.code
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.code AS code, __pgt_p."Name" AS "Name", __pgt_pad.id AS id, __pgt_pad.name AS name, __pgt_pad.region AS region
                FROM delta_regions AS __pgt_p
                LEFT JOIN pg_trickle_changes.copy_b6784df176b91e8a AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM pg_trickle_changes.copy_b6784df176b91e8a AS __pgt_x WHERE __pgt_x.region = __pgt_p.code)
              UNION ALL
              -- -w: the row gained its first match
              SELECT __pgt_p.__pgt_w * -1 AS __pgt_w, __pgt_p.code AS code, __pgt_p."Name" AS "Name", __pgt_pad.id AS id, __pgt_pad.name AS name, __pgt_pad.region AS region
                FROM __pgt_candidates AS __pgt_p
                LEFT JOIN pg_trickle_changes.copy_b6784df176b91e8a AS __pgt_pad ON false
               WHERE EXISTS (SELECT FROM pg_trickle_changes.copy_b6784df176b91e8a AS __pgt_x WHERE __pgt_x.region = __pgt_p.code)
                 AND NOT EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.region = __pgt_p.code)
                 AND NOT EXISTS (SELECT FROM pg_trickle_changes.copy_b6784df176b91e8a AS __pgt_x
                              WHERE __pgt_x.region = __pgt_p.code
                                AND __pgt_x.id NOT IN (SELECT n.id FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
              UNION ALL
              -- +w: the row lost its last match
              SELECT __pgt_p.__pgt_w AS __pgt_w, __pgt_p.code AS code, __pgt_p."Name" AS "Name", __pgt_pad.id AS id, __pgt_pad.name AS name, __pgt_pad.region AS region
                FROM __pgt_candidates AS __pgt_p
                LEFT JOIN pg_trickle_changes.copy_b6784df176b91e8a AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM pg_trickle_changes.copy_b6784df176b91e8a AS __pgt_x WHERE __pgt_x.region = __pgt_p.code)
                 AND EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.region = __pgt_p.code)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.code AS __pgt_g0,
                     d."Name" AS __pgt_g1,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.id IS NOT NULL), 0)::bigint AS __pgt_d_value_0,
                     min(d.name) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_1,
                     min(d.name) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_1,
                     max(d.name) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_2,
                     max(d.name) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_2
                FROM delta_outer_join AS d
               GROUP BY d.code, d."Name"
            ),
            -- each changed group with its stored state; a group is recomputed from the sources when a deleted value may have been its MIN/MAX
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.customers AS __pgt_old_value_0,
                     s.first_name AS __pgt_old_value_1,
                     s.last_name AS __pgt_old_value_2,
                     (g.__pgt_del_1 IS NOT NULL AND (s.first_name IS NULL OR (g.__pgt_del_1 <= s.first_name AND NOT coalesce(g.__pgt_ins_1 <= s.first_name AND g.__pgt_ins_1 < g.__pgt_del_1, false))))
                         OR (g.__pgt_del_2 IS NOT NULL AND (s.last_name IS NULL OR (g.__pgt_del_2 >= s.last_name AND NOT coalesce(g.__pgt_ins_2 >= s.last_name AND g.__pgt_ins_2 > g.__pgt_del_2, false)))) AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN sales.customers_per_region AS s ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0, g.__pgt_g1), 0) AND s.code = g.__pgt_g0 AND s."Name" = g.__pgt_g1
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_g1, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1, r.__pgt_value_2
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT i.code AS __pgt_g0,
                         i."Name" AS __pgt_g1,
                         count(*) AS __pgt_count,
                         count(i.id) AS __pgt_value_0,
                         min(i.name) AS __pgt_value_1,
                         max(i.name) AS __pgt_value_2
                    FROM (
                    SELECT r.code AS code, r."Name" AS "Name", c.id AS id, c.name AS name, c.region AS region
                      FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r
                      LEFT JOIN pg_trickle_changes.copy_b6784df176b91e8a AS c ON c.region = r.code
                  ) AS i
                   WHERE i.code IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan)
                     AND i."Name" IN (SELECT f.__pgt_g1 FROM __pgt_groups AS f WHERE f.__pgt_rescan)
                   GROUP BY i.code, i."Name"
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
                     least(g.__pgt_old_value_1, g.__pgt_ins_1) AS __pgt_value_1,
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
                     n.__pgt_g0 AS code,
                     n.__pgt_g1 AS "Name",
                     n.__pgt_value_0 AS customers,
                     n.__pgt_value_1 AS first_name,
                     n.__pgt_value_2 AS last_name,
                     n.__pgt_count,
                     n.__pgt_count > 0 AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO sales.customers_per_region AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET code = a.code, "Name" = a."Name", customers = a.customers, first_name = a.first_name, last_name = a.last_name, __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (code, "Name", customers, first_name, last_name, __pgt_row_id, __pgt_count) VALUES (a.code, a."Name", a.customers, a.first_name, a.last_name, a.__pgt_row_id, a.__pgt_count);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.regions') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.customers_per_region') THEN
        DELETE FROM sales.customers_per_region;
    ELSE
        TRUNCATE sales.customers_per_region;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.customers'), ('sales.regions')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.customers_per_region' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_2a6743d2aca8bdda ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.code AS code,
                     i."Name" AS "Name",
                     count(i.id) AS customers,
                     min(i.name) AS first_name,
                     max(i.name) AS last_name,
                     hash_record_extended(ROW(i.code, i."Name"), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count
                FROM (
                  SELECT r.code AS code, r."Name" AS "Name", c.id AS id, c.name AS name, c.region AS region
                    FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r
                    LEFT JOIN pg_trickle_changes.copy_b6784df176b91e8a AS c ON c.region = r.code
                ) AS i
               GROUP BY i.code, i."Name"
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_2a6743d2aca8bdda AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('sales.customers', __pgt_full_snapshot::text, 'sales.regions', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'sales' AND pgt_name = 'customers_per_region'
        ),
        __pgt_release_b6784df176b91e8a AS (
            DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
             WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_90c8c8ff1d6d4e25 AS (
            DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
             WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'sales.customers' AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'sales.regions' AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO sales.customers_per_region (code, "Name", customers, first_name, last_name, __pgt_row_id, __pgt_count)
        SELECT q.code, q."Name", q.customers, q.first_name, q.last_name, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_2a6743d2aca8bdda AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_2a6743d2aca8bdda;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.regions', pg_current_snapshot()::text)
         WHERE pgt_schema = 'sales' AND pgt_name = 'customers_per_region'
    ),
    __pgt_release_b6784df176b91e8a AS (
        DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
         WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_90c8c8ff1d6d4e25 AS (
        DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
         WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'sales.customers' AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'sales.regions' AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO sales.customers_per_region (code, "Name", customers, first_name, last_name, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT i.code AS code,
             i."Name" AS "Name",
             count(i.id) AS customers,
             min(i.name) AS first_name,
             max(i.name) AS last_name,
             hash_record_extended(ROW(i.code, i."Name"), 0) AS __pgt_row_id,
             count(*) AS __pgt_count
        FROM (
          SELECT r.code AS code, r."Name" AS "Name", c.id AS id, c.name AS name, c.region AS region
            FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r
            LEFT JOIN pg_trickle_changes.copy_b6784df176b91e8a AS c ON c.region = r.code
        ) AS i
       GROUP BY i.code, i."Name"
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.customers_per_region', full => true);
ANALYZE sales.customers_per_region;

-- ========================================================================
-- create stream table sales.customers_rollup
-- ========================================================================
-- trickle: stream table sales.customers_rollup
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT c.region, r."Name", count(*) AS customers, GROUPING(c.region, r."Name") AS level FROM sales.customers AS c LEFT JOIN sales.regions AS r ON r.code = c.region GROUP BY ROLLUP (c.region, r."Name")
--
-- operator tree:
--   project __pgt_g0 AS region, __pgt_g1 AS Name, __pgt_a0 AS customers, __pgt_g2 AS level
--     aggregate count(*) group by GROUPING SETS ((region, "Name"), (region), ())
--       left outer join on code = region
--         scan sales.customers AS c (Citus: read from the coordinator's copy)
--         scan sales.regions AS r (Citus: read from the coordinator's copy)

-- sales.customers is a Citus reference table: read from the coordinator's copy.
-- sales.regions is a Citus reference table: read from the coordinator's copy.
SET citus.enable_ddl_propagation = off;
DO $pgt$
BEGIN
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_b6784df176b91e8a', pg_trickle.coordinator_copy('sales.customers'::regclass));
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_90c8c8ff1d6d4e25', pg_trickle.coordinator_copy('sales.regions'::regclass));
END
$pgt$;
RESET citus.enable_ddl_propagation;

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE sales.customers_rollup WITH (fillfactor = 50) AS
  SELECT i.region AS region,
         i."Name" AS "Name",
         count(*) AS customers,
         GROUPING(i.region, i."Name") AS level,
         hash_record_extended(ROW(i.region, i."Name", GROUPING(i.region, i."Name")), 0) AS __pgt_row_id,
         count(*) AS __pgt_count
    FROM (
      SELECT c.id AS id, c.name AS name, c.region AS region, r.code AS code, r."Name" AS "Name"
        FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
        LEFT JOIN pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r ON r.code = c.region
    ) AS i
   GROUP BY GROUPING SETS ((i.region, i."Name"), (i.region), ())
  WITH NO DATA;
ALTER TABLE sales.customers_rollup ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_798dc27a789e48b1 ON sales.customers_rollup (__pgt_row_id);
COMMENT ON TABLE sales.customers_rollup IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.customers_rollup'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'customers_rollup', 'sales.customers_rollup', '798dc27a789e48b1', 'SELECT c.region, r."Name", count(*) AS customers, GROUPING(c.region, r."Name") AS level FROM sales.customers AS c LEFT JOIN sales.regions AS r ON r.code = c.region GROUP BY ROLLUP (c.region, r."Name")', 'AUTO', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_798dc27a789e48b1', 5, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'sales.customers_rollup';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.customers', 'TABLE', true, ARRAY['id', 'name', 'region']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.customers_rollup';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.regions', 'TABLE', true, ARRAY['code', 'Name']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.customers_rollup';

-- Refresh function, called by pg_trickle.refresh('sales.customers_rollup').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_798dc27a789e48b1(p_full boolean) RETURNS text
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
    __pgt_bound_b6784df176b91e8a xid8;
    __pgt_small_b6784df176b91e8a boolean;
    __pgt_bound_90c8c8ff1d6d4e25 xid8;
    __pgt_small_90c8c8ff1d6d4e25 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.customers' AND d.consumes_changes AND r.stable_name <> 'sales.customers_rollup'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_b6784df176b91e8a'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.regions') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.regions' AND d.consumes_changes AND r.stable_name <> 'sales.customers_rollup'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_90c8c8ff1d6d4e25'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_b6784df176b91e8a, __pgt_small_b6784df176b91e8a, __pgt_bound_90c8c8ff1d6d4e25, __pgt_small_90c8c8ff1d6d4e25
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.customers_rollup';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.regions') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
             WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
             WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_b6784df176b91e8a'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.customers', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_90c8c8ff1d6d4e25'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.regions'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.regions'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.regions', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.regions', pg_current_snapshot()::text)
               WHERE pgt_schema = 'sales' AND pgt_name = 'customers_rollup'
            ),
            -- delete the changes of sales.customers that every reader has consumed
            __pgt_release_b6784df176b91e8a AS (
              DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of sales.regions that every reader has consumed
            __pgt_release_90c8c8ff1d6d4e25 AS (
              DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
               WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan sales.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.region
                FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan sales.regions: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_regions AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.code, c."Name"
                FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, name, region FROM pg_trickle_changes.copy_b6784df176b91e8a
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c.name, c.region FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_regions AS __pgt_x WHERE __pgt_x.code = __pgt_p.region)
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x.code, sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_regions AS __pgt_x
               GROUP BY __pgt_x.code
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT c.__pgt_w * r.__pgt_w AS __pgt_w, c.id AS id, c.name AS name, c.region AS region, r.code AS code, r."Name" AS "Name"
                FROM delta_customers AS c,
                     (
                SELECT 1 AS __pgt_w, code, "Name" FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.code, c."Name" FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS r
               WHERE r.code = c.region
              UNION ALL
              SELECT r.__pgt_w AS __pgt_w, c.id AS id, c.name AS name, c.region AS region, r.code AS code, r."Name" AS "Name"
                FROM pg_trickle_changes.copy_b6784df176b91e8a AS c,
                     delta_regions AS r
               WHERE r.code = c.region
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.id AS id, __pgt_p.name AS name, __pgt_p.region AS region, __pgt_pad.code AS code, __pgt_pad."Name" AS "Name"
                FROM delta_customers AS __pgt_p
                LEFT JOIN pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS __pgt_x WHERE __pgt_x.code = __pgt_p.region)
              UNION ALL
              -- -w: the row gained its first match
              SELECT __pgt_p.__pgt_w * -1 AS __pgt_w, __pgt_p.id AS id, __pgt_p.name AS name, __pgt_p.region AS region, __pgt_pad.code AS code, __pgt_pad."Name" AS "Name"
                FROM __pgt_candidates AS __pgt_p
                LEFT JOIN pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS __pgt_pad ON false
               WHERE EXISTS (SELECT FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS __pgt_x WHERE __pgt_x.code = __pgt_p.region)
                 AND NOT EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.code = __pgt_p.region)
                 AND NOT EXISTS (SELECT FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS __pgt_x
                              WHERE __pgt_x.code = __pgt_p.region
                                AND __pgt_x.code NOT IN (SELECT n.code FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
              UNION ALL
              -- +w: the row lost its last match
              SELECT __pgt_p.__pgt_w AS __pgt_w, __pgt_p.id AS id, __pgt_p.name AS name, __pgt_p.region AS region, __pgt_pad.code AS code, __pgt_pad."Name" AS "Name"
                FROM __pgt_candidates AS __pgt_p
                LEFT JOIN pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS __pgt_x WHERE __pgt_x.code = __pgt_p.region)
                 AND EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.code = __pgt_p.region)
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.region AS __pgt_g0,
                     d."Name" AS __pgt_g1,
                     GROUPING(d.region, d."Name") AS __pgt_g2,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0
                FROM delta_outer_join AS d
               GROUP BY GROUPING SETS ((d.region, d."Name"), (d.region), ())
              HAVING count(*) > 0
            )
            MERGE INTO sales.customers_rollup AS s
            USING __pgt_delta_groups AS g
               ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0, g.__pgt_g1, g.__pgt_g2), 0) AND s.region IS NOT DISTINCT FROM g.__pgt_g0 AND s."Name" IS NOT DISTINCT FROM g.__pgt_g1 AND s.level = g.__pgt_g2
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 AND g.__pgt_g2 <> 3 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          region = g.__pgt_g0,
                          "Name" = g.__pgt_g1,
                          customers = coalesce(s.customers, 0) + g.__pgt_d_value_0,
                          level = g.__pgt_g2,
                          __pgt_count = s.__pgt_count + g.__pgt_d_count
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT (region, "Name", customers, level, __pgt_row_id, __pgt_count)
                          VALUES (g.__pgt_g0,
                                  g.__pgt_g1,
                                  g.__pgt_d_value_0,
                                  g.__pgt_g2,
                                  hash_record_extended(ROW(g.__pgt_g0, g.__pgt_g1, g.__pgt_g2), 0),
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

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.regions') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.customers_rollup') THEN
        DELETE FROM sales.customers_rollup;
    ELSE
        TRUNCATE sales.customers_rollup;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.customers'), ('sales.regions')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.customers_rollup' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_798dc27a789e48b1 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.region AS region,
                     i."Name" AS "Name",
                     count(*) AS customers,
                     GROUPING(i.region, i."Name") AS level,
                     hash_record_extended(ROW(i.region, i."Name", GROUPING(i.region, i."Name")), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count
                FROM (
                  SELECT c.id AS id, c.name AS name, c.region AS region, r.code AS code, r."Name" AS "Name"
                    FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                    LEFT JOIN pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r ON r.code = c.region
                ) AS i
               GROUP BY GROUPING SETS ((i.region, i."Name"), (i.region), ())
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_798dc27a789e48b1 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('sales.customers', __pgt_full_snapshot::text, 'sales.regions', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'sales' AND pgt_name = 'customers_rollup'
        ),
        __pgt_release_b6784df176b91e8a AS (
            DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
             WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_90c8c8ff1d6d4e25 AS (
            DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
             WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'sales.customers' AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'sales.regions' AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO sales.customers_rollup (region, "Name", customers, level, __pgt_row_id, __pgt_count)
        SELECT q.region, q."Name", q.customers, q.level, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_798dc27a789e48b1 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_798dc27a789e48b1;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.regions', pg_current_snapshot()::text)
         WHERE pgt_schema = 'sales' AND pgt_name = 'customers_rollup'
    ),
    __pgt_release_b6784df176b91e8a AS (
        DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
         WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_90c8c8ff1d6d4e25 AS (
        DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
         WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'sales.customers' AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'sales.regions' AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO sales.customers_rollup (region, "Name", customers, level, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT i.region AS region,
             i."Name" AS "Name",
             count(*) AS customers,
             GROUPING(i.region, i."Name") AS level,
             hash_record_extended(ROW(i.region, i."Name", GROUPING(i.region, i."Name")), 0) AS __pgt_row_id,
             count(*) AS __pgt_count
        FROM (
          SELECT c.id AS id, c.name AS name, c.region AS region, r.code AS code, r."Name" AS "Name"
            FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
            LEFT JOIN pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r ON r.code = c.region
        ) AS i
       GROUP BY GROUPING SETS ((i.region, i."Name"), (i.region), ())
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.customers_rollup', full => true);
ANALYZE sales.customers_rollup;

-- ========================================================================
-- create stream table sales.customers_with_open_orders
-- ========================================================================
-- trickle: stream table sales.customers_with_open_orders
--
-- refresh mode: FULL (requested AUTO)
-- maintained by full recomputation because EXISTS or IN reading the Citus distributed table sales.orders is not supported differentially (streams/003_subqueries.sql:19:43)
-- schedule: 1m
-- maintenance: full recomputation on every refresh
--
-- defining query:
--   SELECT c.id, c.name FROM sales.customers AS c WHERE c.id IN (SELECT o.customer_id FROM sales.orders AS o WHERE o.status = 'open')

-- sales.customers is a Citus reference table: read from the coordinator's copy.
SET citus.enable_ddl_propagation = off;
DO $pgt$
BEGIN
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_b6784df176b91e8a', pg_trickle.coordinator_copy('sales.customers'::regclass));
END
$pgt$;
RESET citus.enable_ddl_propagation;

-- Storage: the query's columns.
CREATE TABLE sales.customers_with_open_orders AS
  SELECT q.id, q.name FROM (
    SELECT c.id, c.name FROM sales.customers AS c WHERE c.id IN (SELECT o.customer_id FROM sales.orders AS o WHERE o.status = 'open')
  ) AS q
  WITH NO DATA;
COMMENT ON TABLE sales.customers_with_open_orders IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.customers_with_open_orders'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'customers_with_open_orders', 'sales.customers_with_open_orders', '26e66b8507bc9154', 'SELECT c.id, c.name FROM sales.customers AS c WHERE c.id IN (SELECT o.customer_id FROM sales.orders AS o WHERE o.status = ''open'')', 'AUTO', 'FULL', 'EXISTS or IN reading the Citus distributed table sales.orders is not supported differentially (streams/003_subqueries.sql:19:43)', 'full', 'refresh_26e66b8507bc9154', 6, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.customers', 'TABLE', false, ARRAY['id', 'name', 'region']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.customers_with_open_orders';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.orders', 'TABLE', false, ARRAY['id', 'customer_id', 'amount', 'status']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.customers_with_open_orders';

-- Refresh function, called by pg_trickle.refresh('sales.customers_with_open_orders').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_26e66b8507bc9154(p_full boolean) RETURNS text
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
     WHERE st.stable_name = 'sales.customers_with_open_orders';

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.customers_with_open_orders') THEN
        DELETE FROM sales.customers_with_open_orders;
    ELSE
        TRUNCATE sales.customers_with_open_orders;
    END IF;
    UPDATE pg_trickle.pgt_stream_tables
       SET frontier = pg_current_snapshot(),
           frontier_own_xid = pg_current_xact_id_if_assigned(),
           frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
           frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.orders', pg_current_snapshot()::text)
     WHERE pgt_schema = 'sales' AND pgt_name = 'customers_with_open_orders';
    INSERT INTO sales.customers_with_open_orders (id, name)
    SELECT q.id, q.name FROM (
      SELECT c.id, c.name FROM sales.customers AS c WHERE c.id IN (SELECT o.customer_id FROM sales.orders AS o WHERE o.status = 'open')
    ) AS q;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.customers_with_open_orders', full => true);
ANALYZE sales.customers_with_open_orders;

-- ========================================================================
-- create stream table sales.first_customer_per_region
-- ========================================================================
-- trickle: stream table sales.first_customer_per_region
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT DISTINCT ON (c.region) c.region, c.id, c.name FROM sales.customers AS c ORDER BY c.region, c.name, c.id
--
-- operator tree:
--   project region, id, name
--     filter __pgt_win0 = 1
--       window row_number() OVER (PARTITION BY region ORDER BY region, name, id)
--         scan sales.customers AS c (Citus: read from the coordinator's copy)

-- sales.customers is a Citus reference table: read from the coordinator's copy.
SET citus.enable_ddl_propagation = off;
DO $pgt$
BEGIN
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_b6784df176b91e8a', pg_trickle.coordinator_copy('sales.customers'::regclass));
END
$pgt$;
RESET citus.enable_ddl_propagation;

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE sales.first_customer_per_region AS
  SELECT r.region, r.id, r.name, hashint4extended(r.id, 0) AS __pgt_row_id
    FROM (
      SELECT i.region AS region, i.id AS id, i.name AS name
        FROM (
        SELECT i.id, i.name, i.region, i.__pgt_win0
          FROM (
          SELECT c.id, c.name, c.region, row_number() OVER (PARTITION BY c.region ORDER BY c.region, c.name, c.id) AS __pgt_win0
            FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
        ) AS i
         WHERE i.__pgt_win0 = 1
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE sales.first_customer_per_region ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_1d82d2d473e58001 ON sales.first_customer_per_region (__pgt_row_id);
COMMENT ON TABLE sales.first_customer_per_region IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.first_customer_per_region'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'first_customer_per_region', 'sales.first_customer_per_region', '1d82d2d473e58001', 'SELECT DISTINCT ON (c.region) c.region, c.id, c.name FROM sales.customers AS c ORDER BY c.region, c.name, c.id', 'AUTO', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_1d82d2d473e58001', 7, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- The delta recomputes each group (or window partition) a change touches from its rows:
-- past this share of a source's rows changed, recomputing all of them costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.01 WHERE stable_name = 'sales.first_customer_per_region';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.customers', 'TABLE', true, ARRAY['id', 'name', 'region']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.first_customer_per_region';

-- Refresh function, called by pg_trickle.refresh('sales.first_customer_per_region').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_1d82d2d473e58001(p_full boolean) RETURNS text
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
    __pgt_bound_b6784df176b91e8a xid8;
    __pgt_small_b6784df176b91e8a boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.customers' AND d.consumes_changes AND r.stable_name <> 'sales.first_customer_per_region'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_b6784df176b91e8a'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_b6784df176b91e8a, __pgt_small_b6784df176b91e8a
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.first_customer_per_region';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
             WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_b6784df176b91e8a'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.customers', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text)
               WHERE pgt_schema = 'sales' AND pgt_name = 'first_customer_per_region'
            ),
            -- delete the changes of sales.customers that every reader has consumed
            __pgt_release_b6784df176b91e8a AS (
              DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan sales.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.region
                FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- window: the partitions its input's changes touch
            __pgt_changed_groups AS (
              SELECT DISTINCT d.region AS __pgt_p0
                FROM delta_customers AS d
            ),
            -- window: the touched partitions' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r.id, r.name, r.region
                FROM (SELECT u.id, u.name, u.region, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.id, c.name, c.region FROM (
                          SELECT c.id, c.name, c.region
                            FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                            JOIN __pgt_changed_groups AS k ON c.region = k.__pgt_p0
                          UNION ALL
                          SELECT c.id, c.name, c.region
                            FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                            JOIN __pgt_changed_groups AS k ON c.region IS NULL AND k.__pgt_p0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.id, d.name, d.region FROM delta_customers AS d) AS u
                       GROUP BY u.id, u.name, u.region
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- window (recomputed per touched partition): each touched partition as it is now, minus as it was
            delta_window AS (
              SELECT 1 AS __pgt_w, i.id, i.name, i.region, row_number() OVER (PARTITION BY i.region ORDER BY i.region, i.name, i.id) AS __pgt_win0
                FROM (
                  SELECT c.id, c.name, c.region
                    FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                    JOIN __pgt_changed_groups AS k ON c.region = k.__pgt_p0
                  UNION ALL
                  SELECT c.id, c.name, c.region
                    FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                    JOIN __pgt_changed_groups AS k ON c.region IS NULL AND k.__pgt_p0 IS NULL
                ) AS i
              UNION ALL
              SELECT -1, i.id, i.name, i.region, row_number() OVER (PARTITION BY i.region ORDER BY i.region, i.name, i.id) AS __pgt_win0
                FROM __pgt_group_rows_before AS i
            ),
            -- filter (linear): changes of its input that satisfy __pgt_win0 = 1
            delta_filter AS (
              SELECT d.__pgt_w, d.id, d.name, d.region, d.__pgt_win0
                FROM delta_window AS d
               WHERE d.__pgt_win0 = 1
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.region AS region, d.id AS id, d.name AS name
                FROM delta_filter AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.region, d.id, d.name, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.region, d.id, d.name
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashint4extended(n.id, 0), n.id) hashint4extended(n.id, 0) AS __pgt_row_id, n.region, n.id, n.name, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashint4extended(n.id, 0), n.id, n.__pgt_w DESC
            )
            MERGE INTO sales.first_customer_per_region AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.id = a.id
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET region = a.region, id = a.id, name = a.name
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (region, id, name, __pgt_row_id) VALUES (a.region, a.id, a.name, a.__pgt_row_id);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.first_customer_per_region') THEN
        DELETE FROM sales.first_customer_per_region;
    ELSE
        TRUNCATE sales.first_customer_per_region;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.customers')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.first_customer_per_region' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text)
         WHERE pgt_schema = 'sales' AND pgt_name = 'first_customer_per_region'
    ),
    __pgt_release_b6784df176b91e8a AS (
        DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
         WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'sales.customers' AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO sales.first_customer_per_region (region, id, name, __pgt_row_id)
    SELECT * FROM (
      SELECT r.region, r.id, r.name, hashint4extended(r.id, 0) AS __pgt_row_id
        FROM (
          SELECT i.region AS region, i.id AS id, i.name AS name
            FROM (
            SELECT i.id, i.name, i.region, i.__pgt_win0
              FROM (
              SELECT c.id, c.name, c.region, row_number() OVER (PARTITION BY c.region ORDER BY c.region, c.name, c.id) AS __pgt_win0
                FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
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
CALL pg_trickle.refresh('sales.first_customer_per_region', full => true);
ANALYZE sales.first_customer_per_region;

-- ========================================================================
-- create stream table sales.first_customers
-- ========================================================================
-- trickle: stream table sales.first_customers
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; the first rows, merged with the changes, computed again when deletions leave too few
--
-- defining query:
--   SELECT c.name, r."Name" AS region FROM sales.customers AS c JOIN sales.regions AS r ON r.code = c.region ORDER BY c.name, c.id LIMIT 3
--
-- operator tree:
--   first 3 rows by name, __pgt_sort_0
--     project name, "Name" AS region, id AS __pgt_sort_0
--       inner join on code = region
--         scan sales.customers AS c (Citus: read from the coordinator's copy)
--         scan sales.regions AS r (Citus: read from the coordinator's copy)

-- sales.customers is a Citus reference table: read from the coordinator's copy.
-- sales.regions is a Citus reference table: read from the coordinator's copy.
SET citus.enable_ddl_propagation = off;
DO $pgt$
BEGIN
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_b6784df176b91e8a', pg_trickle.coordinator_copy('sales.customers'::regclass));
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_90c8c8ff1d6d4e25', pg_trickle.coordinator_copy('sales.regions'::regclass));
END
$pgt$;
RESET citus.enable_ddl_propagation;

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_sort_0).
CREATE TABLE sales.first_customers AS
  SELECT r.name, r.region, hash_record_extended(ROW(r.name, r.region, r.__pgt_sort_0), 0) AS __pgt_row_id, r.__pgt_sort_0
    FROM (
      SELECT i.name, i.region, i.__pgt_sort_0
        FROM (
        SELECT i.name AS name, i."Name" AS region, i.id AS __pgt_sort_0
          FROM (
          SELECT c.id AS id, c.name AS name, c.region AS region, r.code AS code, r."Name" AS "Name"
            FROM pg_trickle_changes.copy_b6784df176b91e8a AS c,
                 pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r
           WHERE r.code = c.region
        ) AS i
      ) AS i
       ORDER BY i.name ASC NULLS LAST, i.__pgt_sort_0 ASC NULLS LAST
       LIMIT 3
    ) AS r
  WITH NO DATA;
ALTER TABLE sales.first_customers ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_3ebdb6cdabd3c345 ON sales.first_customers (__pgt_row_id);
COMMENT ON TABLE sales.first_customers IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.first_customers'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'first_customers', 'sales.first_customers', '3ebdb6cdabd3c345', 'SELECT c.name, r."Name" AS region FROM sales.customers AS c JOIN sales.regions AS r ON r.code = c.region ORDER BY c.name, c.id LIMIT 3', 'AUTO', 'DIFFERENTIAL', NULL, 'top_n', 'refresh_3ebdb6cdabd3c345', 8, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.customers', 'TABLE', true, ARRAY['id', 'name', 'region']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.first_customers';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.regions', 'TABLE', true, ARRAY['code', 'Name']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.first_customers';

-- Refresh function, called by pg_trickle.refresh('sales.first_customers').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_3ebdb6cdabd3c345(p_full boolean) RETURNS text
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
    __pgt_bound_b6784df176b91e8a xid8;
    __pgt_small_b6784df176b91e8a boolean;
    __pgt_bound_90c8c8ff1d6d4e25 xid8;
    __pgt_small_90c8c8ff1d6d4e25 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.customers' AND d.consumes_changes AND r.stable_name <> 'sales.first_customers'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_b6784df176b91e8a'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.regions') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.regions' AND d.consumes_changes AND r.stable_name <> 'sales.first_customers'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_90c8c8ff1d6d4e25'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_b6784df176b91e8a, __pgt_small_b6784df176b91e8a, __pgt_bound_90c8c8ff1d6d4e25, __pgt_small_90c8c8ff1d6d4e25
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.first_customers';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.regions') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
             WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
             WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_b6784df176b91e8a'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.customers', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_90c8c8ff1d6d4e25'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.regions'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.regions'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.regions', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.regions', pg_current_snapshot()::text)
               WHERE pgt_schema = 'sales' AND pgt_name = 'first_customers'
            ),
            -- delete the changes of sales.customers that every reader has consumed
            __pgt_release_b6784df176b91e8a AS (
              DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of sales.regions that every reader has consumed
            __pgt_release_90c8c8ff1d6d4e25 AS (
              DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
               WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan sales.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.region
                FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan sales.regions: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_regions AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.code, c."Name"
                FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(c) JOIN r
            --   + c' JOIN d(r)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT c.__pgt_w * r.__pgt_w AS __pgt_w, c.id AS id, c.name AS name, c.region AS region, r.code AS code, r."Name" AS "Name"
                FROM delta_customers AS c,
                     (
                SELECT 1 AS __pgt_w, code, "Name" FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25
                UNION ALL
                SELECT -__pgt_w, code, "Name" FROM delta_regions
              ) AS r
               WHERE r.code = c.region
              UNION ALL
              SELECT r.__pgt_w AS __pgt_w, c.id AS id, c.name AS name, c.region AS region, r.code AS code, r."Name" AS "Name"
                FROM pg_trickle_changes.copy_b6784df176b91e8a AS c,
                     delta_regions AS r
               WHERE r.code = c.region
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.name AS name, d."Name" AS region, d.id AS __pgt_sort_0
                FROM delta_join AS d
            ),
            -- the stored rows, less the deleted ones, and the inserted ones: net copies of each row
            __pgt_candidates AS (
              SELECT c.name, c.region, c.__pgt_sort_0, sum(c.__pgt_w) AS __pgt_w
                FROM (
                SELECT 1 AS __pgt_w, s.name, s.region, s.__pgt_sort_0 FROM sales.first_customers AS s
                UNION ALL
                SELECT d.__pgt_w, d.name, d.region, d.__pgt_sort_0 FROM delta_project AS d
              ) AS c
               GROUP BY c.name, c.region, c.__pgt_sort_0
              HAVING sum(c.__pgt_w) > 0
            ),
            -- the last stored row, when 3 are stored
            __pgt_last AS (
              SELECT s.name, s.region, s.__pgt_sort_0
                FROM sales.first_customers AS s
               ORDER BY s.name ASC NULLS LAST, s.__pgt_sort_0 ASC NULLS LAST
              OFFSET 2 LIMIT 1
            ),
            -- the candidates in order, and the last stored row after those equal to it
            __pgt_ranked AS (
              SELECT x.*, row_number() OVER (ORDER BY x.name ASC NULLS LAST, x.__pgt_sort_0 ASC NULLS LAST, x.__pgt_last) AS __pgt_pos
                FROM (SELECT c.name, c.region, c.__pgt_sort_0, 0 AS __pgt_last FROM __pgt_candidates AS c, generate_series(1, c.__pgt_w)
                      UNION ALL
                      SELECT l.name, l.region, l.__pgt_sort_0, 1 FROM __pgt_last AS l) AS x
            ),
            -- whether the first 3 now are candidates: fewer were stored (the input had no more rows), or 3 come before the last stored row
            __pgt_enough AS (
              SELECT NOT EXISTS (SELECT FROM __pgt_last) OR (SELECT r.__pgt_pos FROM __pgt_ranked AS r WHERE r.__pgt_last = 1) > 3 AS ok
            ),
            -- the first 3 now: the first candidates, or (only when they may not be) computed again
            __pgt_next AS (
              SELECT r.name, r.region, r.__pgt_sort_0 FROM __pgt_ranked AS r
               WHERE r.__pgt_last = 0 AND r.__pgt_pos <= 3 AND (SELECT e.ok FROM __pgt_enough AS e)
              UNION ALL
              SELECT q.name, q.region, q.__pgt_sort_0 FROM (
                SELECT i.name, i.region, i.__pgt_sort_0
                  FROM (
                  SELECT i.name AS name, i."Name" AS region, i.id AS __pgt_sort_0
                    FROM (
                    SELECT c.id AS id, c.name AS name, c.region AS region, r.code AS code, r."Name" AS "Name"
                      FROM pg_trickle_changes.copy_b6784df176b91e8a AS c,
                           pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r
                     WHERE r.code = c.region
                  ) AS i
                ) AS i
                 ORDER BY i.name ASC NULLS LAST, i.__pgt_sort_0 ASC NULLS LAST
                 LIMIT 3
              ) AS q
               WHERE NOT (SELECT e.ok FROM __pgt_enough AS e)
            ),
            -- the first 3 now against the stored rows: copies to insert (positive) and to delete (negative)
            __pgt_net AS (
              SELECT n.name, n.region, n.__pgt_sort_0, sum(n.__pgt_w)::bigint AS __pgt_w
                FROM (
                SELECT 1 AS __pgt_w, x.name, x.region, x.__pgt_sort_0 FROM __pgt_next AS x
                UNION ALL
                SELECT -1, s.name, s.region, s.__pgt_sort_0 FROM sales.first_customers AS s
              ) AS n
               GROUP BY n.name, n.region, n.__pgt_sort_0
              HAVING sum(n.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM sales.first_customers AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN sales.first_customers AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.name, n.region, n.__pgt_sort_0), 0) AND t.name = n.name AND t.region = n.region AND t.__pgt_sort_0 = n.__pgt_sort_0
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO sales.first_customers (name, region, __pgt_sort_0, __pgt_row_id)
            SELECT n.name, n.region, n.__pgt_sort_0, hash_record_extended(ROW(n.name, n.region, n.__pgt_sort_0), 0)
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

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.regions') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.first_customers') THEN
        DELETE FROM sales.first_customers;
    ELSE
        TRUNCATE sales.first_customers;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.customers'), ('sales.regions')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.first_customers' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.regions', pg_current_snapshot()::text)
         WHERE pgt_schema = 'sales' AND pgt_name = 'first_customers'
    ),
    __pgt_release_b6784df176b91e8a AS (
        DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
         WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_90c8c8ff1d6d4e25 AS (
        DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
         WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'sales.customers' AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'sales.regions' AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO sales.first_customers (name, region, __pgt_row_id, __pgt_sort_0)
    SELECT * FROM (
      SELECT r.name, r.region, hash_record_extended(ROW(r.name, r.region, r.__pgt_sort_0), 0) AS __pgt_row_id, r.__pgt_sort_0
        FROM (
          SELECT i.name, i.region, i.__pgt_sort_0
            FROM (
            SELECT i.name AS name, i."Name" AS region, i.id AS __pgt_sort_0
              FROM (
              SELECT c.id AS id, c.name AS name, c.region AS region, r.code AS code, r."Name" AS "Name"
                FROM pg_trickle_changes.copy_b6784df176b91e8a AS c,
                     pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r
               WHERE r.code = c.region
            ) AS i
          ) AS i
           ORDER BY i.name ASC NULLS LAST, i.__pgt_sort_0 ASC NULLS LAST
           LIMIT 3
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.first_customers', full => true);
ANALYZE sales.first_customers;

-- ========================================================================
-- create stream table sales.large_orders
-- ========================================================================
-- trickle: stream table sales.large_orders
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT o.customer_id, o.id, o.amount * 100 AS cents FROM sales.orders AS o WHERE o.amount >= 10
--
-- operator tree:
--   project customer_id, id, amount * 100 AS cents
--     filter amount >= 10
--       scan sales.orders AS o (Citus distributed: changes pulled from every node)

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE sales.large_orders AS
  SELECT r.customer_id, r.id, r.cents, hash_record_extended(ROW(r.customer_id, r.id), 0) AS __pgt_row_id
    FROM (
      SELECT i.customer_id AS customer_id, i.id AS id, i.amount * 100 AS cents
        FROM (
        SELECT o.id, o.customer_id, o.amount, o.status
          FROM sales.orders AS o
         WHERE o.amount >= 10
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE sales.large_orders ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_0e9e4f8e92e929bc ON sales.large_orders (__pgt_row_id);
COMMENT ON TABLE sales.large_orders IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.large_orders'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'large_orders', 'sales.large_orders', '0e9e4f8e92e929bc', 'SELECT o.customer_id, o.id, o.amount * 100 AS cents FROM sales.orders AS o WHERE o.amount >= 10', 'AUTO', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_0e9e4f8e92e929bc', 9, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'amount', 'status']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.large_orders';

-- Refresh function, called by pg_trickle.refresh('sales.large_orders').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_0e9e4f8e92e929bc(p_full boolean) RETURNS text
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
    __pgt_bound_2ecda1531452acfc xid8;
    __pgt_small_2ecda1531452acfc boolean;
    __pgt_nodes jsonb;
    __pgt_nodes_seen jsonb;
    __pgt_prev_by_source jsonb;
    __pgt_bounds jsonb;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes AND r.stable_name <> 'sales.large_orders'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_2ecda1531452acfc'::regclass),
           st.frontier_by_source
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_2ecda1531452acfc, __pgt_small_2ecda1531452acfc, __pgt_prev_by_source
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.large_orders';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- The changes of the distributed sources: each node's snapshot, then the changes visible in it
        -- and not in the previous refresh's, pulled to the coordinator.
        __pgt_nodes := pg_trickle.node_snapshots();
        IF pg_catalog.to_regclass('pg_temp.__pgt_changes_2ecda1531452acfc') IS NOT NULL THEN
            DROP TABLE pg_temp.__pgt_changes_2ecda1531452acfc;
        END IF;
        CREATE TEMP TABLE __pgt_changes_2ecda1531452acfc ON COMMIT DROP AS
        SELECT c.__pgt_action, c.id, c.customer_id, c.amount, c.status
          FROM pg_trickle_changes.changes_2ecda1531452acfc AS c
         WHERE pg_visible_in_snapshot(c.__pgt_xid, (__pgt_nodes ->> c.__pgt_node::text)::pg_snapshot)
           AND NOT coalesce(pg_visible_in_snapshot(c.__pgt_xid, ((__pgt_prev_by_source -> 'sales.orders') ->> c.__pgt_node::text)::pg_snapshot), false);
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_temp.__pgt_changes_2ecda1531452acfc) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.

            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.

        IF __pgt_reason IS NULL THEN
            BEGIN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('sales.orders', __pgt_nodes)
               WHERE pgt_schema = 'sales' AND pgt_name = 'large_orders'
            ),
            -- scan sales.orders: its changes on every node, pulled before this statement (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.amount, c.status
                FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c
            ),
            -- filter (linear): changes of its input that satisfy amount >= 10
            delta_filter AS (
              SELECT d.__pgt_w, d.id, d.customer_id, d.amount, d.status
                FROM delta_orders AS d
               WHERE d.amount >= 10
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.customer_id AS customer_id, d.id AS id, d.amount * 100 AS cents
                FROM delta_filter AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.customer_id, d.id, d.cents, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.customer_id, d.id, d.cents
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hash_record_extended(ROW(n.customer_id, n.id), 0), n.customer_id, n.id) hash_record_extended(ROW(n.customer_id, n.id), 0) AS __pgt_row_id, n.customer_id, n.id, n.cents, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hash_record_extended(ROW(n.customer_id, n.id), 0), n.customer_id, n.id, n.__pgt_w DESC
            )
            MERGE INTO sales.large_orders AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.customer_id = a.customer_id AND s.id = a.id
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET customer_id = a.customer_id, id = a.id, cents = a.cents
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (customer_id, id, cents, __pgt_row_id) VALUES (a.customer_id, a.id, a.cents, a.__pgt_row_id);
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
            SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
              FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
                      FROM jsonb_object_keys(__pgt_nodes) AS k(node)
                     CROSS JOIN pg_trickle.pgt_dependencies AS d
                      JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                     WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
                     GROUP BY k.node
                    HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
            DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.large_orders') THEN
        DELETE FROM sales.large_orders;
    ELSE
        TRUNCATE sales.large_orders;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.orders')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.large_orders' AND d.consumes_changes;
    -- Distributed sources: Citus has no snapshot across nodes. No writer of a source is in flight
    -- while the frontier and the rows are read, in statements of their own.
    LOCK TABLE sales.orders IN SHARE MODE;
    __pgt_nodes := pg_trickle.node_snapshots();
    -- The rows this transaction wrote are read below: their changes are consumed too.
    __pgt_nodes_seen := __pgt_nodes;
    __pgt_nodes := pg_trickle.with_own_writes(__pgt_nodes, ARRAY['pg_trickle_changes.changes_2ecda1531452acfc'::regclass]);
    UPDATE pg_trickle.pgt_stream_tables
       SET frontier = pg_current_snapshot(),
           frontier_own_xid = pg_current_xact_id_if_assigned(),
           frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
           frontier_by_source = jsonb_build_object('sales.orders', __pgt_nodes)
     WHERE pgt_schema = 'sales' AND pgt_name = 'large_orders';
    IF __pgt_nodes IS DISTINCT FROM __pgt_nodes_seen THEN
        -- So would be the changes this transaction writes after this refresh on the same nodes
        -- (they carry its transaction ids there): no frontier, so the next refresh recomputes.
        UPDATE pg_trickle.pgt_stream_tables SET frontier = NULL, frontier_by_source = NULL
         WHERE pgt_schema = 'sales' AND pgt_name = 'large_orders';
    END IF;
    DELETE FROM pg_trickle.pgt_truncations AS c
     WHERE (c.source_stable_name = 'sales.orders' AND c.__pgt_xid < least(__pgt_bound_2ecda1531452acfc, pg_snapshot_xmin(pg_current_snapshot())));
    INSERT INTO sales.large_orders (customer_id, id, cents, __pgt_row_id)
    SELECT * FROM (
      SELECT r.customer_id, r.id, r.cents, hash_record_extended(ROW(r.customer_id, r.id), 0) AS __pgt_row_id
        FROM (
          SELECT i.customer_id AS customer_id, i.id AS id, i.amount * 100 AS cents
            FROM (
            SELECT o.id, o.customer_id, o.amount, o.status
              FROM sales.orders AS o
             WHERE o.amount >= 10
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
      FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
              FROM jsonb_object_keys(__pgt_nodes) AS k(node)
             CROSS JOIN pg_trickle.pgt_dependencies AS d
              JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
             GROUP BY k.node
            HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
    DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.large_orders', full => true);
ANALYZE sales.large_orders;

-- ========================================================================
-- create stream table sales.latest_big_orders
-- ========================================================================
-- trickle: stream table sales.latest_big_orders
--
-- refresh mode: FULL (requested AUTO)
-- maintained by full recomputation because ORDER BY ... LIMIT over the Citus distributed table sales.orders is not supported differentially (streams/001_dimensions.sql:48:28)
-- schedule: 1m
-- maintenance: full recomputation on every refresh
--
-- defining query:
--   SELECT o.id, o.amount FROM sales.orders AS o WHERE o.amount > 50 ORDER BY o.id DESC, o.customer_id LIMIT 3

-- Storage: the query's columns.
CREATE TABLE sales.latest_big_orders AS
  SELECT q.id, q.amount FROM (
    SELECT o.id, o.amount FROM sales.orders AS o WHERE o.amount > 50 ORDER BY o.id DESC, o.customer_id LIMIT 3
  ) AS q
  WITH NO DATA;
COMMENT ON TABLE sales.latest_big_orders IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.latest_big_orders'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'latest_big_orders', 'sales.latest_big_orders', '059f9354c2f791f6', 'SELECT o.id, o.amount FROM sales.orders AS o WHERE o.amount > 50 ORDER BY o.id DESC, o.customer_id LIMIT 3', 'AUTO', 'FULL', 'ORDER BY ... LIMIT over the Citus distributed table sales.orders is not supported differentially (streams/001_dimensions.sql:48:28)', 'full', 'refresh_059f9354c2f791f6', 10, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.orders', 'TABLE', false, ARRAY['id', 'customer_id', 'amount', 'status']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.latest_big_orders';

-- Refresh function, called by pg_trickle.refresh('sales.latest_big_orders').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_059f9354c2f791f6(p_full boolean) RETURNS text
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
     WHERE st.stable_name = 'sales.latest_big_orders';

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.latest_big_orders') THEN
        DELETE FROM sales.latest_big_orders;
    ELSE
        TRUNCATE sales.latest_big_orders;
    END IF;
    UPDATE pg_trickle.pgt_stream_tables
       SET frontier = pg_current_snapshot(),
           frontier_own_xid = pg_current_xact_id_if_assigned(),
           frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
           frontier_by_source = jsonb_build_object('sales.orders', pg_current_snapshot()::text)
     WHERE pgt_schema = 'sales' AND pgt_name = 'latest_big_orders';
    INSERT INTO sales.latest_big_orders (id, amount)
    SELECT q.id, q.amount FROM (
      SELECT o.id, o.amount FROM sales.orders AS o WHERE o.amount > 50 ORDER BY o.id DESC, o.customer_id LIMIT 3
    ) AS q;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.latest_big_orders', full => true);
ANALYZE sales.latest_big_orders;

-- ========================================================================
-- create stream table sales.northern_orders
-- ========================================================================
-- trickle: stream table sales.northern_orders
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT o.id, o.customer_id, o.amount FROM sales.orders AS o WHERE o.customer_id IN (SELECT c.id FROM sales.customers AS c WHERE c.region = 'n')
--
-- operator tree:
--   project id, customer_id, amount
--     semi join (EXISTS) on customer_id = sub.id
--       scan sales.orders AS o (Citus distributed: changes pulled from every node)
--       filter region = 'n'
--         scan sales.customers AS c (Citus: read from the coordinator's copy)

-- sales.customers is a Citus reference table: read from the coordinator's copy.
SET citus.enable_ddl_propagation = off;
DO $pgt$
BEGIN
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_b6784df176b91e8a', pg_trickle.coordinator_copy('sales.customers'::regclass));
END
$pgt$;
RESET citus.enable_ddl_propagation;

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE sales.northern_orders AS
  SELECT r.id, r.customer_id, r.amount, hash_record_extended(ROW(r.customer_id, r.id), 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i.customer_id AS customer_id, i.amount AS amount
        FROM (
        SELECT o.id, o.customer_id, o.amount, o.status
          FROM sales.orders AS o
         WHERE EXISTS (SELECT FROM (
          SELECT c.id, c.name, c.region
            FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
           WHERE c.region = 'n'
        ) AS __pgt_r WHERE o.customer_id = __pgt_r.id)
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE sales.northern_orders ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_40ce22642e1fcc98 ON sales.northern_orders (__pgt_row_id);
COMMENT ON TABLE sales.northern_orders IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.northern_orders'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'northern_orders', 'sales.northern_orders', '40ce22642e1fcc98', 'SELECT o.id, o.customer_id, o.amount FROM sales.orders AS o WHERE o.customer_id IN (SELECT c.id FROM sales.customers AS c WHERE c.region = ''n'')', 'AUTO', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_40ce22642e1fcc98', 11, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'sales.northern_orders';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.customers', 'TABLE', true, ARRAY['id', 'name', 'region']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.northern_orders';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'amount', 'status']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.northern_orders';

-- Refresh function, called by pg_trickle.refresh('sales.northern_orders').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_40ce22642e1fcc98(p_full boolean) RETURNS text
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
    __pgt_bound_b6784df176b91e8a xid8;
    __pgt_small_b6784df176b91e8a boolean;
    __pgt_bound_2ecda1531452acfc xid8;
    __pgt_small_2ecda1531452acfc boolean;
    __pgt_nodes jsonb;
    __pgt_nodes_seen jsonb;
    __pgt_prev_by_source jsonb;
    __pgt_bounds jsonb;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.customers' AND d.consumes_changes AND r.stable_name <> 'sales.northern_orders'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_b6784df176b91e8a'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes AND r.stable_name <> 'sales.northern_orders'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_2ecda1531452acfc'::regclass),
           st.frontier_by_source
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_b6784df176b91e8a, __pgt_small_b6784df176b91e8a, __pgt_bound_2ecda1531452acfc, __pgt_small_2ecda1531452acfc, __pgt_prev_by_source
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.northern_orders';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- Joined with a distributed table, whose rows the delta cannot read: the other sources must
        -- have no change to consume.
        IF EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a table joined with a distributed table changed';
        END IF;
        -- The changes of the distributed sources: each node's snapshot, then the changes visible in it
        -- and not in the previous refresh's, pulled to the coordinator.
        __pgt_nodes := pg_trickle.node_snapshots();
        IF pg_catalog.to_regclass('pg_temp.__pgt_changes_2ecda1531452acfc') IS NOT NULL THEN
            DROP TABLE pg_temp.__pgt_changes_2ecda1531452acfc;
        END IF;
        CREATE TEMP TABLE __pgt_changes_2ecda1531452acfc ON COMMIT DROP AS
        SELECT c.__pgt_action, c.id, c.customer_id, c.amount, c.status
          FROM pg_trickle_changes.changes_2ecda1531452acfc AS c
         WHERE pg_visible_in_snapshot(c.__pgt_xid, (__pgt_nodes ->> c.__pgt_node::text)::pg_snapshot)
           AND NOT coalesce(pg_visible_in_snapshot(c.__pgt_xid, ((__pgt_prev_by_source -> 'sales.orders') ->> c.__pgt_node::text)::pg_snapshot), false);
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_temp.__pgt_changes_2ecda1531452acfc) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
             WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_b6784df176b91e8a'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.customers', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.orders', __pgt_nodes)
               WHERE pgt_schema = 'sales' AND pgt_name = 'northern_orders'
            ),
            -- delete the changes of sales.customers that every reader has consumed
            __pgt_release_b6784df176b91e8a AS (
              DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan sales.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.region
                FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy region = 'n'
            delta_filter AS (
              SELECT d.__pgt_w, d.id, d.name, d.region
                FROM delta_customers AS d
               WHERE d.region = 'n'
            ),
            -- scan sales.orders: its changes on every node, pulled before this statement (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.amount, c.status
                FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c
            ),
            -- semi join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, customer_id, amount, status FROM (SELECT c.id, c.customer_id, c.amount, c.status FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c WHERE false) AS s
                UNION ALL
                SELECT -__pgt_w, id, customer_id, amount, status FROM delta_orders
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_filter AS __pgt_x WHERE __pgt_p.customer_id = __pgt_x.id)
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x.id, sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_filter AS __pgt_x
               GROUP BY __pgt_x.id
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- semi join (EXISTS, IN): the changed rows of the left side that match a row of the right,
            -- and the rows of the left side whose match on the right appeared or disappeared
            delta_semi_join AS (
              SELECT __pgt_p.__pgt_w, __pgt_p.id, __pgt_p.customer_id, __pgt_p.amount, __pgt_p.status
                FROM delta_orders AS __pgt_p
               WHERE EXISTS (SELECT FROM (
                SELECT c.id, c.name, c.region
                  FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                 WHERE c.region = 'n'
              ) AS __pgt_x WHERE __pgt_p.customer_id = __pgt_x.id)
              UNION ALL
              -- +w: the row gained its first match
              SELECT __pgt_p.__pgt_w AS __pgt_w, __pgt_p.id, __pgt_p.customer_id, __pgt_p.amount, __pgt_p.status
                FROM __pgt_candidates AS __pgt_p
               WHERE EXISTS (SELECT FROM (
                SELECT c.id, c.name, c.region
                  FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                 WHERE c.region = 'n'
              ) AS __pgt_x WHERE __pgt_p.customer_id = __pgt_x.id)
                 AND NOT EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_p.customer_id = __pgt_x.id)
                 AND NOT EXISTS (SELECT FROM (
                SELECT c.id, c.name, c.region
                  FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                 WHERE c.region = 'n'
              ) AS __pgt_x
                              WHERE __pgt_p.customer_id = __pgt_x.id
                                AND __pgt_x.id NOT IN (SELECT n.id FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
              UNION ALL
              -- -w: the row lost its last match
              SELECT __pgt_p.__pgt_w * -1 AS __pgt_w, __pgt_p.id, __pgt_p.customer_id, __pgt_p.amount, __pgt_p.status
                FROM __pgt_candidates AS __pgt_p
               WHERE NOT EXISTS (SELECT FROM (
                SELECT c.id, c.name, c.region
                  FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                 WHERE c.region = 'n'
              ) AS __pgt_x WHERE __pgt_p.customer_id = __pgt_x.id)
                 AND EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_p.customer_id = __pgt_x.id)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d.customer_id AS customer_id, d.amount AS amount
                FROM delta_semi_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.customer_id, d.amount, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.id, d.customer_id, d.amount
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hash_record_extended(ROW(n.customer_id, n.id), 0), n.customer_id, n.id) hash_record_extended(ROW(n.customer_id, n.id), 0) AS __pgt_row_id, n.id, n.customer_id, n.amount, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hash_record_extended(ROW(n.customer_id, n.id), 0), n.customer_id, n.id, n.__pgt_w DESC
            )
            MERGE INTO sales.northern_orders AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.customer_id = a.customer_id AND s.id = a.id
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET id = a.id, customer_id = a.customer_id, amount = a.amount
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (id, customer_id, amount, __pgt_row_id) VALUES (a.id, a.customer_id, a.amount, a.__pgt_row_id);
                -- Nor did one commit before the statement's snapshot was taken.
                IF EXISTS (SELECT FROM pg_trickle.pgt_stream_tables AS st, pg_trickle_changes.changes_b6784df176b91e8a AS c
                            WHERE st.stable_name = 'sales.northern_orders' AND pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, st.frontier, st.frontier_own_xid, st.frontier_mark) AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                    RAISE EXCEPTION 'pg_trickle: a table joined with a distributed table changed' USING ERRCODE = 'PT001';
                END IF;
            EXCEPTION
                WHEN SQLSTATE 'PT001' THEN
                    __pgt_reason := 'a table joined with a distributed table changed during the refresh';
                -- The delta computes the query's expressions over every change, also over rows
                -- that no longer hold (inserted with a zero divisor, then corrected; a cast to a
                -- domain whose CHECK fails; a function that raises): a fresh run of the query may
                -- not fail. If it does, the full refresh says so.
                WHEN data_exception OR cardinality_violation OR check_violation OR raise_exception THEN
                    __pgt_reason := 'the delta failed (' || SQLERRM || ')';
            END;
        END IF;
        IF __pgt_reason IS NULL THEN
            SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
              FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
                      FROM jsonb_object_keys(__pgt_nodes) AS k(node)
                     CROSS JOIN pg_trickle.pgt_dependencies AS d
                      JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                     WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
                     GROUP BY k.node
                    HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
            DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.northern_orders') THEN
        DELETE FROM sales.northern_orders;
    ELSE
        TRUNCATE sales.northern_orders;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.customers'), ('sales.orders')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.northern_orders' AND d.consumes_changes;
    -- Distributed sources: Citus has no snapshot across nodes. No writer of a source is in flight
    -- while the frontier and the rows are read, in statements of their own.
    LOCK TABLE sales.customers IN SHARE MODE;
    LOCK TABLE sales.orders IN SHARE MODE;
    __pgt_nodes := pg_trickle.node_snapshots();
    -- The rows this transaction wrote are read below: their changes are consumed too.
    __pgt_nodes_seen := __pgt_nodes;
    __pgt_nodes := pg_trickle.with_own_writes(__pgt_nodes, ARRAY['pg_trickle_changes.changes_2ecda1531452acfc'::regclass]);
    UPDATE pg_trickle.pgt_stream_tables
       SET frontier = pg_current_snapshot(),
           frontier_own_xid = pg_current_xact_id_if_assigned(),
           frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
           frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.orders', __pgt_nodes)
     WHERE pgt_schema = 'sales' AND pgt_name = 'northern_orders';
    IF __pgt_nodes IS DISTINCT FROM __pgt_nodes_seen THEN
        -- So would be the changes this transaction writes after this refresh on the same nodes
        -- (they carry its transaction ids there): no frontier, so the next refresh recomputes.
        UPDATE pg_trickle.pgt_stream_tables SET frontier = NULL, frontier_by_source = NULL
         WHERE pgt_schema = 'sales' AND pgt_name = 'northern_orders';
    END IF;
    DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
     WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()));
    DELETE FROM pg_trickle.pgt_truncations AS c
     WHERE (c.source_stable_name = 'sales.customers' AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot())))
        OR (c.source_stable_name = 'sales.orders' AND c.__pgt_xid < least(__pgt_bound_2ecda1531452acfc, pg_snapshot_xmin(pg_current_snapshot())));
    INSERT INTO sales.northern_orders (id, customer_id, amount, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.customer_id, r.amount, hash_record_extended(ROW(r.customer_id, r.id), 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, i.customer_id AS customer_id, i.amount AS amount
            FROM (
            SELECT o.id, o.customer_id, o.amount, o.status
              FROM sales.orders AS o
             WHERE EXISTS (SELECT FROM (
              SELECT c.id, c.name, c.region
                FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
               WHERE c.region = 'n'
            ) AS __pgt_r WHERE o.customer_id = __pgt_r.id)
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
      FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
              FROM jsonb_object_keys(__pgt_nodes) AS k(node)
             CROSS JOIN pg_trickle.pgt_dependencies AS d
              JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
             GROUP BY k.node
            HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
    DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.northern_orders', full => true);
ANALYZE sales.northern_orders;

-- ========================================================================
-- create stream table sales.noted_customers
-- ========================================================================
-- trickle: stream table sales.noted_customers
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT c.id, c.name, n.note FROM sales.customers AS c JOIN sales.notes AS n ON n.customer_id = c.id
--
-- operator tree:
--   project id, name, note
--     inner join on customer_id = id
--       scan sales.customers AS c (Citus: read from the coordinator's copy)
--       scan sales.notes AS n

-- sales.customers is a Citus reference table: read from the coordinator's copy.
SET citus.enable_ddl_propagation = off;
DO $pgt$
BEGIN
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_b6784df176b91e8a', pg_trickle.coordinator_copy('sales.customers'::regclass));
END
$pgt$;
RESET citus.enable_ddl_propagation;

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE sales.noted_customers AS
  SELECT r.id, r.name, r.note, hash_record_extended(ROW(r.id, r.name, r.note), 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i.name AS name, i.note AS note
        FROM (
        SELECT c.id AS id, c.name AS name, c.region AS region, n.customer_id AS customer_id, n.note AS note
          FROM pg_trickle_changes.copy_b6784df176b91e8a AS c,
               sales.notes AS n
         WHERE n.customer_id = c.id
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE sales.noted_customers ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_7c9ca7e6b5f2ec5b ON sales.noted_customers (__pgt_row_id);
COMMENT ON TABLE sales.noted_customers IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.noted_customers'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'noted_customers', 'sales.noted_customers', '7c9ca7e6b5f2ec5b', 'SELECT c.id, c.name, n.note FROM sales.customers AS c JOIN sales.notes AS n ON n.customer_id = c.id', 'AUTO', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_7c9ca7e6b5f2ec5b', 12, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.customers', 'TABLE', true, ARRAY['id', 'name', 'region']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.noted_customers';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.notes', 'TABLE', true, ARRAY['customer_id', 'note']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.noted_customers';

-- Refresh function, called by pg_trickle.refresh('sales.noted_customers').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_7c9ca7e6b5f2ec5b(p_full boolean) RETURNS text
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
    __pgt_bound_b6784df176b91e8a xid8;
    __pgt_small_b6784df176b91e8a boolean;
    __pgt_bound_53998a7467120354 xid8;
    __pgt_small_53998a7467120354 boolean;
    __pgt_parts_53998a7467120354 text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.customers' AND d.consumes_changes AND r.stable_name <> 'sales.noted_customers'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_b6784df176b91e8a'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.notes') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.notes' AND d.consumes_changes AND r.stable_name <> 'sales.noted_customers'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_53998a7467120354'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'sales.notes')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_b6784df176b91e8a, __pgt_small_b6784df176b91e8a, __pgt_bound_53998a7467120354, __pgt_small_53998a7467120354, __pgt_parts_53998a7467120354
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.noted_customers';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.notes') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_53998a7467120354 IS NOT NULL OR pg_trickle.children_layout('sales.notes'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('sales.notes'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_53998a7467120354 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
             WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_53998a7467120354 AS c
             WHERE __pgt_small_53998a7467120354 AND c.__pgt_xid < least(__pgt_bound_53998a7467120354, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_b6784df176b91e8a'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.customers', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_53998a7467120354'::regclass) > __pgt_full_ratio * pg_relation_size('sales.notes'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_53998a7467120354 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'sales.notes'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.notes', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.notes', pg_current_snapshot()::text)
               WHERE pgt_schema = 'sales' AND pgt_name = 'noted_customers'
            ),
            -- delete the changes of sales.customers that every reader has consumed
            __pgt_release_b6784df176b91e8a AS (
              DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of sales.notes that every reader has consumed
            __pgt_release_53998a7467120354 AS (
              DELETE FROM pg_trickle_changes.changes_53998a7467120354 AS c
               WHERE __pgt_small_53998a7467120354 AND c.__pgt_xid < least(__pgt_bound_53998a7467120354, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan sales.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.region
                FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan sales.notes: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_notes AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.customer_id, c.note
                FROM pg_trickle_changes.changes_53998a7467120354 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(c) JOIN n
            --   + c' JOIN d(n)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT c.__pgt_w * n.__pgt_w AS __pgt_w, c.id AS id, c.name AS name, c.region AS region, n.customer_id AS customer_id, n.note AS note
                FROM delta_customers AS c,
                     (
                SELECT 1 AS __pgt_w, customer_id, note FROM sales.notes
                UNION ALL
                SELECT -__pgt_w, customer_id, note FROM delta_notes
              ) AS n
               WHERE n.customer_id = c.id
              UNION ALL
              SELECT n.__pgt_w AS __pgt_w, c.id AS id, c.name AS name, c.region AS region, n.customer_id AS customer_id, n.note AS note
                FROM pg_trickle_changes.copy_b6784df176b91e8a AS c,
                     delta_notes AS n
               WHERE n.customer_id = c.id
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d.name AS name, d.note AS note
                FROM delta_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.name, d.note, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.id, d.name, d.note
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM sales.noted_customers AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN sales.noted_customers AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.id, n.name, n.note), 0) AND t.id = n.id AND t.name = n.name AND t.note IS NOT DISTINCT FROM n.note
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO sales.noted_customers (id, name, note, __pgt_row_id)
            SELECT n.id, n.name, n.note, hash_record_extended(ROW(n.id, n.name, n.note), 0)
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.notes') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_53998a7467120354 IS NOT NULL OR pg_trickle.children_layout('sales.notes'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('sales.notes'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.noted_customers') THEN
        DELETE FROM sales.noted_customers;
    ELSE
        TRUNCATE sales.noted_customers;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.customers'), ('sales.notes')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.noted_customers' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('sales.notes'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'sales.noted_customers' AND d.source_stable_name = 'sales.notes';
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.notes', pg_current_snapshot()::text)
         WHERE pgt_schema = 'sales' AND pgt_name = 'noted_customers'
    ),
    __pgt_release_b6784df176b91e8a AS (
        DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
         WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_53998a7467120354 AS (
        DELETE FROM pg_trickle_changes.changes_53998a7467120354 AS c
         WHERE __pgt_small_53998a7467120354 AND c.__pgt_xid < least(__pgt_bound_53998a7467120354, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'sales.customers' AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'sales.notes' AND c.__pgt_xid < least(__pgt_bound_53998a7467120354, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO sales.noted_customers (id, name, note, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.name, r.note, hash_record_extended(ROW(r.id, r.name, r.note), 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, i.name AS name, i.note AS note
            FROM (
            SELECT c.id AS id, c.name AS name, c.region AS region, n.customer_id AS customer_id, n.note AS note
              FROM pg_trickle_changes.copy_b6784df176b91e8a AS c,
                   sales.notes AS n
             WHERE n.customer_id = c.id
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.noted_customers', full => true);
ANALYZE sales.noted_customers;

-- ========================================================================
-- create stream table sales.order_documents
-- ========================================================================
-- trickle: stream table sales.order_documents
--
-- refresh mode: DIFFERENTIAL
-- schedule: 1m
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT o.id, to_jsonb(o) AS doc, to_jsonb(c) AS customer FROM sales.orders AS o LEFT JOIN sales.customers AS c ON c.id = o.customer_id
--
-- operator tree:
--   project o_id AS id, to_jsonb(CASE WHEN o_id IS NOT NULL THEN CAST(ROW(o_id, customer_id, amount, status) AS sales.orders) END) AS doc, to_jsonb(CASE WHEN c_id IS NOT NULL THEN CAST(ROW(c_id, name, region) AS sales.customers) END) AS customer
--     left outer join on c_id = customer_id
--       scan sales.orders AS o (Citus distributed: changes pulled from every node)
--       scan sales.customers AS c (Citus: read from the coordinator's copy)

-- sales.customers is a Citus reference table: read from the coordinator's copy.
SET citus.enable_ddl_propagation = off;
DO $pgt$
BEGIN
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_b6784df176b91e8a', pg_trickle.coordinator_copy('sales.customers'::regclass));
END
$pgt$;
RESET citus.enable_ddl_propagation;

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE sales.order_documents AS
  SELECT r.id, r.doc, r.customer, hash_record_extended(ROW(r.id, r.doc, r.customer), 0) AS __pgt_row_id
    FROM (
      SELECT i.o_id AS id, to_jsonb(CASE WHEN i.o_id IS NOT NULL THEN CAST(ROW(i.o_id, i.customer_id, i.amount, i.status) AS sales.orders) END) AS doc, to_jsonb(CASE WHEN i.c_id IS NOT NULL THEN CAST(ROW(i.c_id, i.name, i.region) AS sales.customers) END) AS customer
        FROM (
        SELECT o.id AS o_id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS c_id, c.name AS name, c.region AS region
          FROM sales.orders AS o
          LEFT JOIN pg_trickle_changes.copy_b6784df176b91e8a AS c ON c.id = o.customer_id
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE sales.order_documents ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_78f78e7d56ffa225 ON sales.order_documents (__pgt_row_id);
COMMENT ON TABLE sales.order_documents IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.order_documents'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'order_documents', 'sales.order_documents', '78f78e7d56ffa225', 'SELECT o.id, to_jsonb(o) AS doc, to_jsonb(c) AS customer FROM sales.orders AS o LEFT JOIN sales.customers AS c ON c.id = o.customer_id', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_78f78e7d56ffa225', 13, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'sales.order_documents';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.customers', 'TABLE', true, ARRAY['id', 'name', 'region']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.order_documents';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'amount', 'status']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.order_documents';

-- Refresh function, called by pg_trickle.refresh('sales.order_documents').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_78f78e7d56ffa225(p_full boolean) RETURNS text
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
    __pgt_bound_b6784df176b91e8a xid8;
    __pgt_small_b6784df176b91e8a boolean;
    __pgt_bound_2ecda1531452acfc xid8;
    __pgt_small_2ecda1531452acfc boolean;
    __pgt_nodes jsonb;
    __pgt_nodes_seen jsonb;
    __pgt_prev_by_source jsonb;
    __pgt_bounds jsonb;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.customers' AND d.consumes_changes AND r.stable_name <> 'sales.order_documents'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_b6784df176b91e8a'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes AND r.stable_name <> 'sales.order_documents'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_2ecda1531452acfc'::regclass),
           st.frontier_by_source
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_b6784df176b91e8a, __pgt_small_b6784df176b91e8a, __pgt_bound_2ecda1531452acfc, __pgt_small_2ecda1531452acfc, __pgt_prev_by_source
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.order_documents';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- Joined with a distributed table, whose rows the delta cannot read: the other sources must
        -- have no change to consume.
        IF EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a table joined with a distributed table changed';
        END IF;
        -- The changes of the distributed sources: each node's snapshot, then the changes visible in it
        -- and not in the previous refresh's, pulled to the coordinator.
        __pgt_nodes := pg_trickle.node_snapshots();
        IF pg_catalog.to_regclass('pg_temp.__pgt_changes_2ecda1531452acfc') IS NOT NULL THEN
            DROP TABLE pg_temp.__pgt_changes_2ecda1531452acfc;
        END IF;
        CREATE TEMP TABLE __pgt_changes_2ecda1531452acfc ON COMMIT DROP AS
        SELECT c.__pgt_action, c.id, c.customer_id, c.amount, c.status
          FROM pg_trickle_changes.changes_2ecda1531452acfc AS c
         WHERE pg_visible_in_snapshot(c.__pgt_xid, (__pgt_nodes ->> c.__pgt_node::text)::pg_snapshot)
           AND NOT coalesce(pg_visible_in_snapshot(c.__pgt_xid, ((__pgt_prev_by_source -> 'sales.orders') ->> c.__pgt_node::text)::pg_snapshot), false);
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_temp.__pgt_changes_2ecda1531452acfc) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
             WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_b6784df176b91e8a'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.customers', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.orders', __pgt_nodes)
               WHERE pgt_schema = 'sales' AND pgt_name = 'order_documents'
            ),
            -- delete the changes of sales.customers that every reader has consumed
            __pgt_release_b6784df176b91e8a AS (
              DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan sales.orders: its changes on every node, pulled before this statement (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.amount, c.status
                FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c
            ),
            -- scan sales.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.region
                FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, customer_id, amount, status FROM (SELECT c.id, c.customer_id, c.amount, c.status FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c WHERE false) AS s
                UNION ALL
                SELECT -__pgt_w, id, customer_id, amount, status FROM delta_orders
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_customers AS __pgt_x WHERE __pgt_x.id = __pgt_p.customer_id)
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x.id, sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_customers AS __pgt_x
               GROUP BY __pgt_x.id
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT o.__pgt_w * c.__pgt_w AS __pgt_w, o.id AS o_id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS c_id, c.name AS name, c.region AS region
                FROM delta_orders AS o,
                     (
                SELECT 1 AS __pgt_w, id, name, region FROM pg_trickle_changes.copy_b6784df176b91e8a
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c.name, c.region FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS c
               WHERE c.id = o.customer_id
              UNION ALL
              SELECT c.__pgt_w AS __pgt_w, o.id AS o_id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS c_id, c.name AS name, c.region AS region
                FROM (SELECT c.id, c.customer_id, c.amount, c.status FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c WHERE false) AS o,
                     delta_customers AS c
               WHERE c.id = o.customer_id
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.id AS o_id, __pgt_p.customer_id AS customer_id, __pgt_p.amount AS amount, __pgt_p.status AS status, __pgt_pad.id AS c_id, __pgt_pad.name AS name, __pgt_pad.region AS region
                FROM delta_orders AS __pgt_p
                LEFT JOIN pg_trickle_changes.copy_b6784df176b91e8a AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM pg_trickle_changes.copy_b6784df176b91e8a AS __pgt_x WHERE __pgt_x.id = __pgt_p.customer_id)
              UNION ALL
              -- -w: the row gained its first match
              SELECT __pgt_p.__pgt_w * -1 AS __pgt_w, __pgt_p.id AS o_id, __pgt_p.customer_id AS customer_id, __pgt_p.amount AS amount, __pgt_p.status AS status, __pgt_pad.id AS c_id, __pgt_pad.name AS name, __pgt_pad.region AS region
                FROM __pgt_candidates AS __pgt_p
                LEFT JOIN pg_trickle_changes.copy_b6784df176b91e8a AS __pgt_pad ON false
               WHERE EXISTS (SELECT FROM pg_trickle_changes.copy_b6784df176b91e8a AS __pgt_x WHERE __pgt_x.id = __pgt_p.customer_id)
                 AND NOT EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.id = __pgt_p.customer_id)
                 AND NOT EXISTS (SELECT FROM pg_trickle_changes.copy_b6784df176b91e8a AS __pgt_x
                              WHERE __pgt_x.id = __pgt_p.customer_id
                                AND __pgt_x.id NOT IN (SELECT n.id FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
              UNION ALL
              -- +w: the row lost its last match
              SELECT __pgt_p.__pgt_w AS __pgt_w, __pgt_p.id AS o_id, __pgt_p.customer_id AS customer_id, __pgt_p.amount AS amount, __pgt_p.status AS status, __pgt_pad.id AS c_id, __pgt_pad.name AS name, __pgt_pad.region AS region
                FROM __pgt_candidates AS __pgt_p
                LEFT JOIN pg_trickle_changes.copy_b6784df176b91e8a AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM pg_trickle_changes.copy_b6784df176b91e8a AS __pgt_x WHERE __pgt_x.id = __pgt_p.customer_id)
                 AND EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.id = __pgt_p.customer_id)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.o_id AS id, to_jsonb(CASE WHEN d.o_id IS NOT NULL THEN CAST(ROW(d.o_id, d.customer_id, d.amount, d.status) AS sales.orders) END) AS doc, to_jsonb(CASE WHEN d.c_id IS NOT NULL THEN CAST(ROW(d.c_id, d.name, d.region) AS sales.customers) END) AS customer
                FROM delta_outer_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.doc, d.customer, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.id, d.doc, d.customer
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM sales.order_documents AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN sales.order_documents AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.id, n.doc, n.customer), 0) AND t.id = n.id AND t.doc IS NOT DISTINCT FROM n.doc AND t.customer IS NOT DISTINCT FROM n.customer
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO sales.order_documents (id, doc, customer, __pgt_row_id)
            SELECT n.id, n.doc, n.customer, hash_record_extended(ROW(n.id, n.doc, n.customer), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;
                -- Nor did one commit before the statement's snapshot was taken.
                IF EXISTS (SELECT FROM pg_trickle.pgt_stream_tables AS st, pg_trickle_changes.changes_b6784df176b91e8a AS c
                            WHERE st.stable_name = 'sales.order_documents' AND pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, st.frontier, st.frontier_own_xid, st.frontier_mark) AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                    RAISE EXCEPTION 'pg_trickle: a table joined with a distributed table changed' USING ERRCODE = 'PT001';
                END IF;
            EXCEPTION
                WHEN SQLSTATE 'PT001' THEN
                    __pgt_reason := 'a table joined with a distributed table changed during the refresh';
                -- The delta computes the query's expressions over every change, also over rows
                -- that no longer hold (inserted with a zero divisor, then corrected; a cast to a
                -- domain whose CHECK fails; a function that raises): a fresh run of the query may
                -- not fail. If it does, the full refresh says so.
                WHEN data_exception OR cardinality_violation OR check_violation OR raise_exception THEN
                    __pgt_reason := 'the delta failed (' || SQLERRM || ')';
            END;
        END IF;
        IF __pgt_reason IS NULL THEN
            SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
              FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
                      FROM jsonb_object_keys(__pgt_nodes) AS k(node)
                     CROSS JOIN pg_trickle.pgt_dependencies AS d
                      JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                     WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
                     GROUP BY k.node
                    HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
            DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.order_documents') THEN
        DELETE FROM sales.order_documents;
    ELSE
        TRUNCATE sales.order_documents;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.customers'), ('sales.orders')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.order_documents' AND d.consumes_changes;
    -- Distributed sources: Citus has no snapshot across nodes. No writer of a source is in flight
    -- while the frontier and the rows are read, in statements of their own.
    LOCK TABLE sales.customers IN SHARE MODE;
    LOCK TABLE sales.orders IN SHARE MODE;
    __pgt_nodes := pg_trickle.node_snapshots();
    -- The rows this transaction wrote are read below: their changes are consumed too.
    __pgt_nodes_seen := __pgt_nodes;
    __pgt_nodes := pg_trickle.with_own_writes(__pgt_nodes, ARRAY['pg_trickle_changes.changes_2ecda1531452acfc'::regclass]);
    UPDATE pg_trickle.pgt_stream_tables
       SET frontier = pg_current_snapshot(),
           frontier_own_xid = pg_current_xact_id_if_assigned(),
           frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
           frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.orders', __pgt_nodes)
     WHERE pgt_schema = 'sales' AND pgt_name = 'order_documents';
    IF __pgt_nodes IS DISTINCT FROM __pgt_nodes_seen THEN
        -- So would be the changes this transaction writes after this refresh on the same nodes
        -- (they carry its transaction ids there): no frontier, so the next refresh recomputes.
        UPDATE pg_trickle.pgt_stream_tables SET frontier = NULL, frontier_by_source = NULL
         WHERE pgt_schema = 'sales' AND pgt_name = 'order_documents';
    END IF;
    DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
     WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()));
    DELETE FROM pg_trickle.pgt_truncations AS c
     WHERE (c.source_stable_name = 'sales.customers' AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot())))
        OR (c.source_stable_name = 'sales.orders' AND c.__pgt_xid < least(__pgt_bound_2ecda1531452acfc, pg_snapshot_xmin(pg_current_snapshot())));
    INSERT INTO sales.order_documents (id, doc, customer, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.doc, r.customer, hash_record_extended(ROW(r.id, r.doc, r.customer), 0) AS __pgt_row_id
        FROM (
          SELECT i.o_id AS id, to_jsonb(CASE WHEN i.o_id IS NOT NULL THEN CAST(ROW(i.o_id, i.customer_id, i.amount, i.status) AS sales.orders) END) AS doc, to_jsonb(CASE WHEN i.c_id IS NOT NULL THEN CAST(ROW(i.c_id, i.name, i.region) AS sales.customers) END) AS customer
            FROM (
            SELECT o.id AS o_id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS c_id, c.name AS name, c.region AS region
              FROM sales.orders AS o
              LEFT JOIN pg_trickle_changes.copy_b6784df176b91e8a AS c ON c.id = o.customer_id
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
      FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
              FROM jsonb_object_keys(__pgt_nodes) AS k(node)
             CROSS JOIN pg_trickle.pgt_dependencies AS d
              JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
             GROUP BY k.node
            HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
    DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.order_documents', full => true);
ANALYZE sales.order_documents;

-- ========================================================================
-- create stream table sales.order_extremes
-- ========================================================================
-- trickle: stream table sales.order_extremes
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT min(o.amount) AS smallest, max(o.amount) AS largest, max(o.id) FILTER (WHERE o.status = 'paid') AS last_paid, count(*) AS orders FROM sales.orders AS o
--
-- operator tree:
--   project __pgt_a0 AS smallest, __pgt_a1 AS largest, __pgt_a2 AS last_paid, __pgt_a3 AS orders
--     aggregate min(o.amount), max(o.amount), max(o.id) FILTER (WHERE o.status = 'paid'), count(*) (one group)
--       scan sales.orders AS o (Citus distributed: changes pulled from every node)

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE sales.order_extremes WITH (fillfactor = 50) AS
  SELECT min(i.amount) AS smallest,
         max(i.amount) AS largest,
         max(CASE WHEN i.status = 'paid' THEN i.id END) AS last_paid,
         count(*) AS orders,
         0::bigint AS __pgt_row_id,
         count(*) AS __pgt_count
    FROM (
      SELECT id, customer_id, amount, status FROM sales.orders
    ) AS i
  WITH NO DATA;
ALTER TABLE sales.order_extremes ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_2a4715305788e37c ON sales.order_extremes (__pgt_row_id);
COMMENT ON TABLE sales.order_extremes IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.order_extremes'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'order_extremes', 'sales.order_extremes', '2a4715305788e37c', 'SELECT min(o.amount) AS smallest, max(o.amount) AS largest, max(o.id) FILTER (WHERE o.status = ''paid'') AS last_paid, count(*) AS orders FROM sales.orders AS o', 'AUTO', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_2a4715305788e37c', 14, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'amount', 'status']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.order_extremes';

-- Refresh function, called by pg_trickle.refresh('sales.order_extremes').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_2a4715305788e37c(p_full boolean) RETURNS text
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
    __pgt_bound_2ecda1531452acfc xid8;
    __pgt_small_2ecda1531452acfc boolean;
    __pgt_nodes jsonb;
    __pgt_nodes_seen jsonb;
    __pgt_prev_by_source jsonb;
    __pgt_bounds jsonb;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes AND r.stable_name <> 'sales.order_extremes'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_2ecda1531452acfc'::regclass),
           st.frontier_by_source
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_2ecda1531452acfc, __pgt_small_2ecda1531452acfc, __pgt_prev_by_source
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.order_extremes';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- The changes of the distributed sources: each node's snapshot, then the changes visible in it
        -- and not in the previous refresh's, pulled to the coordinator.
        __pgt_nodes := pg_trickle.node_snapshots();
        IF pg_catalog.to_regclass('pg_temp.__pgt_changes_2ecda1531452acfc') IS NOT NULL THEN
            DROP TABLE pg_temp.__pgt_changes_2ecda1531452acfc;
        END IF;
        CREATE TEMP TABLE __pgt_changes_2ecda1531452acfc ON COMMIT DROP AS
        SELECT c.__pgt_action, c.id, c.customer_id, c.amount, c.status
          FROM pg_trickle_changes.changes_2ecda1531452acfc AS c
         WHERE pg_visible_in_snapshot(c.__pgt_xid, (__pgt_nodes ->> c.__pgt_node::text)::pg_snapshot)
           AND NOT coalesce(pg_visible_in_snapshot(c.__pgt_xid, ((__pgt_prev_by_source -> 'sales.orders') ->> c.__pgt_node::text)::pg_snapshot), false);
        -- MIN/MAX over a distributed table: a deleted extreme would be recomputed from its rows, which
        -- the delta statement cannot read.
        IF EXISTS (SELECT FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c WHERE c.__pgt_action = 'D') THEN
            __pgt_reason := 'rows of a distributed table under MIN or MAX were deleted or updated';
        END IF;
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_temp.__pgt_changes_2ecda1531452acfc) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.

            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.

        IF __pgt_reason IS NULL THEN
            BEGIN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('sales.orders', __pgt_nodes)
               WHERE pgt_schema = 'sales' AND pgt_name = 'order_extremes'
            ),
            -- scan sales.orders: its changes on every node, pulled before this statement (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.amount, c.status
                FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c
            ),
            -- aggregate: per changed group, the change in count, sums and extremes (no GROUP BY: one group)
            __pgt_delta_groups AS (
              SELECT sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     min(d.amount) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_0,
                     min(d.amount) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_0,
                     max(d.amount) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_1,
                     max(d.amount) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_1,
                     max(CASE WHEN d.status = 'paid' THEN d.id END) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_2,
                     max(CASE WHEN d.status = 'paid' THEN d.id END) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_2,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_3
                FROM delta_orders AS d
              HAVING count(*) > 0
            ),
            -- each changed group with its stored state; a group is recomputed from the sources when a deleted value may have been its MIN/MAX
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.smallest AS __pgt_old_value_0,
                     s.largest AS __pgt_old_value_1,
                     s.last_paid AS __pgt_old_value_2,
                     s.orders AS __pgt_old_value_3,
                     CASE WHEN ((g.__pgt_del_0 IS NOT NULL AND (s.smallest IS NULL OR (g.__pgt_del_0 <= s.smallest AND NOT coalesce(g.__pgt_ins_0 <= s.smallest AND g.__pgt_ins_0 < g.__pgt_del_0, false))))
                         OR (g.__pgt_del_1 IS NOT NULL AND (s.largest IS NULL OR (g.__pgt_del_1 >= s.largest AND NOT coalesce(g.__pgt_ins_1 >= s.largest AND g.__pgt_ins_1 > g.__pgt_del_1, false))))
                         OR (g.__pgt_del_2 IS NOT NULL AND (s.last_paid IS NULL OR (g.__pgt_del_2 >= s.last_paid AND NOT coalesce(g.__pgt_ins_2 >= s.last_paid AND g.__pgt_ins_2 > g.__pgt_del_2, false))))) THEN set_config('pg_trickle.rescan_distributed', 'on', true) IS NOT NULL ELSE false END AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN sales.order_extremes AS s ON s.__pgt_row_id = 0::bigint
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1, r.__pgt_value_2, r.__pgt_value_3
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT count(*) AS __pgt_count,
                         min(i.amount) AS __pgt_value_0,
                         max(i.amount) AS __pgt_value_1,
                         max(CASE WHEN i.status = 'paid' THEN i.id END) AS __pgt_value_2,
                         count(*) AS __pgt_value_3
                    FROM (
                    SELECT id, customer_id, amount, status FROM (SELECT c.id, c.customer_id, c.amount, c.status FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c WHERE false) AS s
                  ) AS i
                ) AS r ON true
               WHERE g.__pgt_rescan
            ),
            -- new state of each changed group: stored state + change, or the recomputed state
            __pgt_new_state AS (
              SELECT g.__pgt_ctid,
                     g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                     least(g.__pgt_old_value_0, g.__pgt_ins_0) AS __pgt_value_0,
                     greatest(g.__pgt_old_value_1, g.__pgt_ins_1) AS __pgt_value_1,
                     greatest(g.__pgt_old_value_2, g.__pgt_ins_2) AS __pgt_value_2,
                     coalesce(g.__pgt_old_value_3, 0) + g.__pgt_d_value_3 AS __pgt_value_3
                FROM __pgt_groups AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows
            __pgt_apply AS (
              SELECT 0::bigint AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_value_0 AS smallest,
                     n.__pgt_value_1 AS largest,
                     n.__pgt_value_2 AS last_paid,
                     n.__pgt_value_3 AS orders,
                     n.__pgt_count,
                     true AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO sales.order_extremes AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET smallest = a.smallest, largest = a.largest, last_paid = a.last_paid, orders = a.orders, __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (smallest, largest, last_paid, orders, __pgt_row_id, __pgt_count) VALUES (a.smallest, a.largest, a.last_paid, a.orders, a.__pgt_row_id, a.__pgt_count);
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
            SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
              FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
                      FROM jsonb_object_keys(__pgt_nodes) AS k(node)
                     CROSS JOIN pg_trickle.pgt_dependencies AS d
                      JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                     WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
                     GROUP BY k.node
                    HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
            DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;

            -- The statement above flags a group over a distributed table that must be recomputed from its
            -- rows (a MIN/MAX lost every value it kept, a NaN or an infinity entered or left a SUM/AVG),
            -- which it cannot read: the stream table is recomputed in full.
            IF current_setting('pg_trickle.rescan_distributed', true) = 'on' THEN
                PERFORM set_config('pg_trickle.rescan_distributed', '', true);
                __pgt_reason := 'a group over a distributed table must be recomputed from its rows';
            END IF;
            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_reason IS NULL THEN
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.order_extremes') THEN
        DELETE FROM sales.order_extremes;
    ELSE
        TRUNCATE sales.order_extremes;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.orders')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.order_extremes' AND d.consumes_changes;
    -- Distributed sources: Citus has no snapshot across nodes. No writer of a source is in flight
    -- while the frontier and the rows are read, in statements of their own.
    LOCK TABLE sales.orders IN SHARE MODE;
    __pgt_nodes := pg_trickle.node_snapshots();
    -- The rows this transaction wrote are read below: their changes are consumed too.
    __pgt_nodes_seen := __pgt_nodes;
    __pgt_nodes := pg_trickle.with_own_writes(__pgt_nodes, ARRAY['pg_trickle_changes.changes_2ecda1531452acfc'::regclass]);
    UPDATE pg_trickle.pgt_stream_tables
       SET frontier = pg_current_snapshot(),
           frontier_own_xid = pg_current_xact_id_if_assigned(),
           frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
           frontier_by_source = jsonb_build_object('sales.orders', __pgt_nodes)
     WHERE pgt_schema = 'sales' AND pgt_name = 'order_extremes';
    IF __pgt_nodes IS DISTINCT FROM __pgt_nodes_seen THEN
        -- So would be the changes this transaction writes after this refresh on the same nodes
        -- (they carry its transaction ids there): no frontier, so the next refresh recomputes.
        UPDATE pg_trickle.pgt_stream_tables SET frontier = NULL, frontier_by_source = NULL
         WHERE pgt_schema = 'sales' AND pgt_name = 'order_extremes';
    END IF;
    DELETE FROM pg_trickle.pgt_truncations AS c
     WHERE (c.source_stable_name = 'sales.orders' AND c.__pgt_xid < least(__pgt_bound_2ecda1531452acfc, pg_snapshot_xmin(pg_current_snapshot())));
    INSERT INTO sales.order_extremes (smallest, largest, last_paid, orders, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT min(i.amount) AS smallest,
             max(i.amount) AS largest,
             max(CASE WHEN i.status = 'paid' THEN i.id END) AS last_paid,
             count(*) AS orders,
             0::bigint AS __pgt_row_id,
             count(*) AS __pgt_count
        FROM (
          SELECT id, customer_id, amount, status FROM sales.orders
        ) AS i
    ) AS q
     ORDER BY q.__pgt_row_id;
    SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
      FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
              FROM jsonb_object_keys(__pgt_nodes) AS k(node)
             CROSS JOIN pg_trickle.pgt_dependencies AS d
              JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
             GROUP BY k.node
            HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
    DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.order_extremes', full => true);
ANALYZE sales.order_extremes;

-- ========================================================================
-- create stream table sales.order_ranks
-- ========================================================================
-- trickle: stream table sales.order_ranks
--
-- refresh mode: FULL (requested AUTO)
-- maintained by full recomputation because a window function over the Citus distributed table sales.orders is not supported differentially (streams/005_operators.sql:31:12)
-- schedule: 1m
-- maintenance: full recomputation on every refresh
--
-- defining query:
--   SELECT o.customer_id, o.id, rank() OVER (PARTITION BY o.customer_id ORDER BY o.amount) AS r FROM sales.orders AS o

-- Storage: the query's columns.
CREATE TABLE sales.order_ranks AS
  SELECT q.customer_id, q.id, q.r FROM (
    SELECT o.customer_id, o.id, rank() OVER (PARTITION BY o.customer_id ORDER BY o.amount) AS r FROM sales.orders AS o
  ) AS q
  WITH NO DATA;
COMMENT ON TABLE sales.order_ranks IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.order_ranks'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'order_ranks', 'sales.order_ranks', '0deb90f3f2a6e6e9', 'SELECT o.customer_id, o.id, rank() OVER (PARTITION BY o.customer_id ORDER BY o.amount) AS r FROM sales.orders AS o', 'AUTO', 'FULL', 'a window function over the Citus distributed table sales.orders is not supported differentially (streams/005_operators.sql:31:12)', 'full', 'refresh_0deb90f3f2a6e6e9', 15, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.orders', 'TABLE', false, ARRAY['id', 'customer_id', 'amount', 'status']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.order_ranks';

-- Refresh function, called by pg_trickle.refresh('sales.order_ranks').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_0deb90f3f2a6e6e9(p_full boolean) RETURNS text
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
     WHERE st.stable_name = 'sales.order_ranks';

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.order_ranks') THEN
        DELETE FROM sales.order_ranks;
    ELSE
        TRUNCATE sales.order_ranks;
    END IF;
    UPDATE pg_trickle.pgt_stream_tables
       SET frontier = pg_current_snapshot(),
           frontier_own_xid = pg_current_xact_id_if_assigned(),
           frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
           frontier_by_source = jsonb_build_object('sales.orders', pg_current_snapshot()::text)
     WHERE pgt_schema = 'sales' AND pgt_name = 'order_ranks';
    INSERT INTO sales.order_ranks (customer_id, id, r)
    SELECT q.customer_id, q.id, q.r FROM (
      SELECT o.customer_id, o.id, rank() OVER (PARTITION BY o.customer_id ORDER BY o.amount) AS r FROM sales.orders AS o
    ) AS q;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.order_ranks', full => true);
ANALYZE sales.order_ranks;

-- ========================================================================
-- create stream table sales.order_status_letters
-- ========================================================================
-- trickle: stream table sales.order_status_letters
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT o.customer_id, o.id, letter FROM sales.orders AS o, regexp_split_to_table(o.status, '') AS letter
--
-- operator tree:
--   project customer_id, id, letter
--     lateral regexp_split_to_table(status, '')
--       scan sales.orders AS o (Citus distributed: changes pulled from every node)

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE sales.order_status_letters AS
  SELECT r.customer_id, r.id, r.letter, hash_record_extended(ROW(r.customer_id, r.id, r.letter), 0) AS __pgt_row_id
    FROM (
      SELECT i.customer_id AS customer_id, i.id AS id, i.letter AS letter
        FROM (
        SELECT o.id AS id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, __pgt_fn.__pgt_f0 AS letter
          FROM sales.orders AS o
         CROSS JOIN LATERAL regexp_split_to_table(o.status, '') AS __pgt_fn(__pgt_f0)
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE sales.order_status_letters ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_055eda28b6e524d3 ON sales.order_status_letters (__pgt_row_id);
COMMENT ON TABLE sales.order_status_letters IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.order_status_letters'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'order_status_letters', 'sales.order_status_letters', '055eda28b6e524d3', 'SELECT o.customer_id, o.id, letter FROM sales.orders AS o, regexp_split_to_table(o.status, '''') AS letter', 'AUTO', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_055eda28b6e524d3', 16, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'amount', 'status']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.order_status_letters';

-- Refresh function, called by pg_trickle.refresh('sales.order_status_letters').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_055eda28b6e524d3(p_full boolean) RETURNS text
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
    __pgt_bound_2ecda1531452acfc xid8;
    __pgt_small_2ecda1531452acfc boolean;
    __pgt_nodes jsonb;
    __pgt_nodes_seen jsonb;
    __pgt_prev_by_source jsonb;
    __pgt_bounds jsonb;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes AND r.stable_name <> 'sales.order_status_letters'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_2ecda1531452acfc'::regclass),
           st.frontier_by_source
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_2ecda1531452acfc, __pgt_small_2ecda1531452acfc, __pgt_prev_by_source
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.order_status_letters';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- The changes of the distributed sources: each node's snapshot, then the changes visible in it
        -- and not in the previous refresh's, pulled to the coordinator.
        __pgt_nodes := pg_trickle.node_snapshots();
        IF pg_catalog.to_regclass('pg_temp.__pgt_changes_2ecda1531452acfc') IS NOT NULL THEN
            DROP TABLE pg_temp.__pgt_changes_2ecda1531452acfc;
        END IF;
        CREATE TEMP TABLE __pgt_changes_2ecda1531452acfc ON COMMIT DROP AS
        SELECT c.__pgt_action, c.id, c.customer_id, c.amount, c.status
          FROM pg_trickle_changes.changes_2ecda1531452acfc AS c
         WHERE pg_visible_in_snapshot(c.__pgt_xid, (__pgt_nodes ->> c.__pgt_node::text)::pg_snapshot)
           AND NOT coalesce(pg_visible_in_snapshot(c.__pgt_xid, ((__pgt_prev_by_source -> 'sales.orders') ->> c.__pgt_node::text)::pg_snapshot), false);
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_temp.__pgt_changes_2ecda1531452acfc) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.

            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.

        IF __pgt_reason IS NULL THEN
            BEGIN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('sales.orders', __pgt_nodes)
               WHERE pgt_schema = 'sales' AND pgt_name = 'order_status_letters'
            ),
            -- scan sales.orders: its changes on every node, pulled before this statement (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.amount, c.status
                FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c
            ),
            -- set-returning function (linear): the rows of each changed row
            delta_lateral AS (
              SELECT d.__pgt_w, d.id AS id, d.customer_id AS customer_id, d.amount AS amount, d.status AS status, __pgt_fn.__pgt_f0 AS letter
                FROM delta_orders AS d
               CROSS JOIN LATERAL regexp_split_to_table(d.status, '') AS __pgt_fn(__pgt_f0)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.customer_id AS customer_id, d.id AS id, d.letter AS letter
                FROM delta_lateral AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.customer_id, d.id, d.letter, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.customer_id, d.id, d.letter
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM sales.order_status_letters AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN sales.order_status_letters AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.customer_id, n.id, n.letter), 0) AND t.customer_id = n.customer_id AND t.id = n.id AND t.letter IS NOT DISTINCT FROM n.letter
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO sales.order_status_letters (customer_id, id, letter, __pgt_row_id)
            SELECT n.customer_id, n.id, n.letter, hash_record_extended(ROW(n.customer_id, n.id, n.letter), 0)
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
            SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
              FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
                      FROM jsonb_object_keys(__pgt_nodes) AS k(node)
                     CROSS JOIN pg_trickle.pgt_dependencies AS d
                      JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                     WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
                     GROUP BY k.node
                    HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
            DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.order_status_letters') THEN
        DELETE FROM sales.order_status_letters;
    ELSE
        TRUNCATE sales.order_status_letters;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.orders')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.order_status_letters' AND d.consumes_changes;
    -- Distributed sources: Citus has no snapshot across nodes. No writer of a source is in flight
    -- while the frontier and the rows are read, in statements of their own.
    LOCK TABLE sales.orders IN SHARE MODE;
    __pgt_nodes := pg_trickle.node_snapshots();
    -- The rows this transaction wrote are read below: their changes are consumed too.
    __pgt_nodes_seen := __pgt_nodes;
    __pgt_nodes := pg_trickle.with_own_writes(__pgt_nodes, ARRAY['pg_trickle_changes.changes_2ecda1531452acfc'::regclass]);
    UPDATE pg_trickle.pgt_stream_tables
       SET frontier = pg_current_snapshot(),
           frontier_own_xid = pg_current_xact_id_if_assigned(),
           frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
           frontier_by_source = jsonb_build_object('sales.orders', __pgt_nodes)
     WHERE pgt_schema = 'sales' AND pgt_name = 'order_status_letters';
    IF __pgt_nodes IS DISTINCT FROM __pgt_nodes_seen THEN
        -- So would be the changes this transaction writes after this refresh on the same nodes
        -- (they carry its transaction ids there): no frontier, so the next refresh recomputes.
        UPDATE pg_trickle.pgt_stream_tables SET frontier = NULL, frontier_by_source = NULL
         WHERE pgt_schema = 'sales' AND pgt_name = 'order_status_letters';
    END IF;
    DELETE FROM pg_trickle.pgt_truncations AS c
     WHERE (c.source_stable_name = 'sales.orders' AND c.__pgt_xid < least(__pgt_bound_2ecda1531452acfc, pg_snapshot_xmin(pg_current_snapshot())));
    INSERT INTO sales.order_status_letters (customer_id, id, letter, __pgt_row_id)
    SELECT * FROM (
      SELECT r.customer_id, r.id, r.letter, hash_record_extended(ROW(r.customer_id, r.id, r.letter), 0) AS __pgt_row_id
        FROM (
          SELECT i.customer_id AS customer_id, i.id AS id, i.letter AS letter
            FROM (
            SELECT o.id AS id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, __pgt_fn.__pgt_f0 AS letter
              FROM sales.orders AS o
             CROSS JOIN LATERAL regexp_split_to_table(o.status, '') AS __pgt_fn(__pgt_f0)
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
      FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
              FROM jsonb_object_keys(__pgt_nodes) AS k(node)
             CROSS JOIN pg_trickle.pgt_dependencies AS d
              JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
             GROUP BY k.node
            HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
    DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.order_status_letters', full => true);
ANALYZE sales.order_status_letters;

-- ========================================================================
-- create stream table sales.order_statuses
-- ========================================================================
-- trickle: stream table sales.order_statuses
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; each distinct row keeps a hidden count of its duplicates
--
-- defining query:
--   SELECT DISTINCT o.status FROM sales.orders AS o
--
-- operator tree:
--   distinct
--     project status
--       scan sales.orders AS o (Citus distributed: changes pulled from every node)

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE sales.order_statuses WITH (fillfactor = 50) AS
  SELECT r.status, hashtextextended(r.status, 0) AS __pgt_row_id, count(*) AS __pgt_count
    FROM (
      SELECT o.status AS status
        FROM sales.orders AS o
    ) AS r
   GROUP BY r.status
  WITH NO DATA;
ALTER TABLE sales.order_statuses ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_aab75a5c5c6c9540 ON sales.order_statuses (__pgt_row_id);
COMMENT ON TABLE sales.order_statuses IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.order_statuses'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'order_statuses', 'sales.order_statuses', 'aab75a5c5c6c9540', 'SELECT DISTINCT o.status FROM sales.orders AS o', 'AUTO', 'DIFFERENTIAL', NULL, 'distinct', 'refresh_aab75a5c5c6c9540', 17, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'amount', 'status']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.order_statuses';

-- Refresh function, called by pg_trickle.refresh('sales.order_statuses').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_aab75a5c5c6c9540(p_full boolean) RETURNS text
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
    __pgt_bound_2ecda1531452acfc xid8;
    __pgt_small_2ecda1531452acfc boolean;
    __pgt_nodes jsonb;
    __pgt_nodes_seen jsonb;
    __pgt_prev_by_source jsonb;
    __pgt_bounds jsonb;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes AND r.stable_name <> 'sales.order_statuses'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_2ecda1531452acfc'::regclass),
           st.frontier_by_source
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_2ecda1531452acfc, __pgt_small_2ecda1531452acfc, __pgt_prev_by_source
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.order_statuses';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- The changes of the distributed sources: each node's snapshot, then the changes visible in it
        -- and not in the previous refresh's, pulled to the coordinator.
        __pgt_nodes := pg_trickle.node_snapshots();
        IF pg_catalog.to_regclass('pg_temp.__pgt_changes_2ecda1531452acfc') IS NOT NULL THEN
            DROP TABLE pg_temp.__pgt_changes_2ecda1531452acfc;
        END IF;
        CREATE TEMP TABLE __pgt_changes_2ecda1531452acfc ON COMMIT DROP AS
        SELECT c.__pgt_action, c.id, c.customer_id, c.amount, c.status
          FROM pg_trickle_changes.changes_2ecda1531452acfc AS c
         WHERE pg_visible_in_snapshot(c.__pgt_xid, (__pgt_nodes ->> c.__pgt_node::text)::pg_snapshot)
           AND NOT coalesce(pg_visible_in_snapshot(c.__pgt_xid, ((__pgt_prev_by_source -> 'sales.orders') ->> c.__pgt_node::text)::pg_snapshot), false);
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_temp.__pgt_changes_2ecda1531452acfc) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.

            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.

        IF __pgt_reason IS NULL THEN
            BEGIN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('sales.orders', __pgt_nodes)
               WHERE pgt_schema = 'sales' AND pgt_name = 'order_statuses'
            ),
            -- scan sales.orders: its changes on every node, pulled before this statement (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.amount, c.status
                FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.status AS status
                FROM delta_orders AS d
            ),
            -- distinct: net change in the multiplicity of each row
            __pgt_net AS (
              SELECT d.status, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.status
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- new multiplicity = stored multiplicity + change; a row stays while it is positive
            __pgt_apply AS (
              SELECT hashtextextended(n.status, 0) AS __pgt_row_id, n.status, coalesce(s.__pgt_count, 0) + n.__pgt_w AS __pgt_count
                FROM __pgt_net AS n
                LEFT JOIN sales.order_statuses AS s ON s.__pgt_row_id = hashtextextended(n.status, 0) AND s.status = n.status
            )
            MERGE INTO sales.order_statuses AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.status = a.status
             WHEN MATCHED AND a.__pgt_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_count > 0 THEN INSERT (status, __pgt_row_id, __pgt_count) VALUES (a.status, a.__pgt_row_id, a.__pgt_count);
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
            SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
              FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
                      FROM jsonb_object_keys(__pgt_nodes) AS k(node)
                     CROSS JOIN pg_trickle.pgt_dependencies AS d
                      JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                     WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
                     GROUP BY k.node
                    HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
            DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.order_statuses') THEN
        DELETE FROM sales.order_statuses;
    ELSE
        TRUNCATE sales.order_statuses;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.orders')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.order_statuses' AND d.consumes_changes;
    -- Distributed sources: Citus has no snapshot across nodes. No writer of a source is in flight
    -- while the frontier and the rows are read, in statements of their own.
    LOCK TABLE sales.orders IN SHARE MODE;
    __pgt_nodes := pg_trickle.node_snapshots();
    -- The rows this transaction wrote are read below: their changes are consumed too.
    __pgt_nodes_seen := __pgt_nodes;
    __pgt_nodes := pg_trickle.with_own_writes(__pgt_nodes, ARRAY['pg_trickle_changes.changes_2ecda1531452acfc'::regclass]);
    UPDATE pg_trickle.pgt_stream_tables
       SET frontier = pg_current_snapshot(),
           frontier_own_xid = pg_current_xact_id_if_assigned(),
           frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
           frontier_by_source = jsonb_build_object('sales.orders', __pgt_nodes)
     WHERE pgt_schema = 'sales' AND pgt_name = 'order_statuses';
    IF __pgt_nodes IS DISTINCT FROM __pgt_nodes_seen THEN
        -- So would be the changes this transaction writes after this refresh on the same nodes
        -- (they carry its transaction ids there): no frontier, so the next refresh recomputes.
        UPDATE pg_trickle.pgt_stream_tables SET frontier = NULL, frontier_by_source = NULL
         WHERE pgt_schema = 'sales' AND pgt_name = 'order_statuses';
    END IF;
    DELETE FROM pg_trickle.pgt_truncations AS c
     WHERE (c.source_stable_name = 'sales.orders' AND c.__pgt_xid < least(__pgt_bound_2ecda1531452acfc, pg_snapshot_xmin(pg_current_snapshot())));
    INSERT INTO sales.order_statuses (status, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT r.status, hashtextextended(r.status, 0) AS __pgt_row_id, count(*) AS __pgt_count
        FROM (
          SELECT o.status AS status
            FROM sales.orders AS o
        ) AS r
       GROUP BY r.status
    ) AS q
     ORDER BY q.__pgt_row_id;
    SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
      FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
              FROM jsonb_object_keys(__pgt_nodes) AS k(node)
             CROSS JOIN pg_trickle.pgt_dependencies AS d
              JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
             GROUP BY k.node
            HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
    DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.order_statuses', full => true);
ANALYZE sales.order_statuses;

-- ========================================================================
-- create stream table sales.orders_by_band
-- ========================================================================
-- trickle: stream table sales.orders_by_band
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT b.band, count(*) AS orders, sum(o.amount) AS amount FROM sales.orders AS o JOIN ( VALUES ('small', 0, 50), ('large', 50, 100000) ) AS b(band, lo, hi) ON o.amount >= b.lo AND o.amount < b.hi GROUP BY b.band
--
-- operator tree:
--   project __pgt_g0 AS band, __pgt_a0 AS orders, __pgt_a1 AS amount
--     aggregate count(*), sum(o.amount) group by band
--       inner join on amount >= lo AND amount < hi
--         scan sales.orders AS o (Citus distributed: changes pulled from every node)
--         values (2 rows)

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_1).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE sales.orders_by_band WITH (fillfactor = 50) AS
  SELECT i.band AS band,
         count(*) AS orders,
         sum(i.amount) AS amount,
         hash_record_extended(ROW(i.band), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i.amount) AS __pgt_nonnull_1
    FROM (
      SELECT o.id AS id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, __pgt_j2.column1 AS band, __pgt_j2.column2 AS lo, __pgt_j2.column3 AS hi
        FROM sales.orders AS o,
             (
        SELECT v.column1, v.column2, v.column3
          FROM (VALUES ('small', 0, 50), ('large', 50, 100000)) AS v(column1, column2, column3)
      ) AS __pgt_j2
       WHERE o.amount >= __pgt_j2.column2 AND o.amount < __pgt_j2.column3
    ) AS i
   GROUP BY i.band
  WITH NO DATA;
ALTER TABLE sales.orders_by_band ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_f331c7ccbc3182fa ON sales.orders_by_band (__pgt_row_id);
COMMENT ON TABLE sales.orders_by_band IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.orders_by_band'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'orders_by_band', 'sales.orders_by_band', 'f331c7ccbc3182fa', 'SELECT b.band, count(*) AS orders, sum(o.amount) AS amount FROM sales.orders AS o JOIN ( VALUES (''small'', 0, 50), (''large'', 50, 100000) ) AS b(band, lo, hi) ON o.amount >= b.lo AND o.amount < b.hi GROUP BY b.band', 'AUTO', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_f331c7ccbc3182fa', 18, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'amount', 'status']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.orders_by_band';

-- Refresh function, called by pg_trickle.refresh('sales.orders_by_band').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_f331c7ccbc3182fa(p_full boolean) RETURNS text
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
    __pgt_bound_2ecda1531452acfc xid8;
    __pgt_small_2ecda1531452acfc boolean;
    __pgt_nodes jsonb;
    __pgt_nodes_seen jsonb;
    __pgt_prev_by_source jsonb;
    __pgt_bounds jsonb;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes AND r.stable_name <> 'sales.orders_by_band'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_2ecda1531452acfc'::regclass),
           st.frontier_by_source
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_2ecda1531452acfc, __pgt_small_2ecda1531452acfc, __pgt_prev_by_source
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.orders_by_band';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- The changes of the distributed sources: each node's snapshot, then the changes visible in it
        -- and not in the previous refresh's, pulled to the coordinator.
        __pgt_nodes := pg_trickle.node_snapshots();
        IF pg_catalog.to_regclass('pg_temp.__pgt_changes_2ecda1531452acfc') IS NOT NULL THEN
            DROP TABLE pg_temp.__pgt_changes_2ecda1531452acfc;
        END IF;
        CREATE TEMP TABLE __pgt_changes_2ecda1531452acfc ON COMMIT DROP AS
        SELECT c.__pgt_action, c.id, c.customer_id, c.amount, c.status
          FROM pg_trickle_changes.changes_2ecda1531452acfc AS c
         WHERE pg_visible_in_snapshot(c.__pgt_xid, (__pgt_nodes ->> c.__pgt_node::text)::pg_snapshot)
           AND NOT coalesce(pg_visible_in_snapshot(c.__pgt_xid, ((__pgt_prev_by_source -> 'sales.orders') ->> c.__pgt_node::text)::pg_snapshot), false);
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_temp.__pgt_changes_2ecda1531452acfc) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.

            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.

        IF __pgt_reason IS NULL THEN
            BEGIN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('sales.orders', __pgt_nodes)
               WHERE pgt_schema = 'sales' AND pgt_name = 'orders_by_band'
            ),
            -- scan sales.orders: its changes on every node, pulled before this statement (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.amount, c.status
                FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c
            ),
            -- values: rows written in the query never change
            delta_values AS (
              SELECT 1 AS __pgt_w, v.column1, v.column2, v.column3
                FROM (VALUES ('small', 0, 50), ('large', 50, 100000)) AS v(column1, column2, column3)
               WHERE false
            ),
            -- inner join (bilinear): the sum of
            --     d(o) JOIN __pgt_j2
            --   + o' JOIN d(__pgt_j2)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT o.__pgt_w * __pgt_j2.__pgt_w AS __pgt_w, o.id AS id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, __pgt_j2.column1 AS band, __pgt_j2.column2 AS lo, __pgt_j2.column3 AS hi
                FROM delta_orders AS o,
                     (
                SELECT 1 AS __pgt_w, column1, column2, column3 FROM (
                  SELECT v.column1, v.column2, v.column3
                    FROM (VALUES ('small', 0, 50), ('large', 50, 100000)) AS v(column1, column2, column3)
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, column1, column2, column3 FROM delta_values
              ) AS __pgt_j2
               WHERE o.amount >= __pgt_j2.column2 AND o.amount < __pgt_j2.column3
              UNION ALL
              SELECT __pgt_j2.__pgt_w AS __pgt_w, o.id AS id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, __pgt_j2.column1 AS band, __pgt_j2.column2 AS lo, __pgt_j2.column3 AS hi
                FROM (SELECT c.id, c.customer_id, c.amount, c.status FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c WHERE false) AS o,
                     delta_values AS __pgt_j2
               WHERE o.amount >= __pgt_j2.column2 AND o.amount < __pgt_j2.column3
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.band AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.amount IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                     sum(CASE WHEN d.__pgt_w > 0 THEN d.amount ELSE -(d.amount) END) AS __pgt_d_value_1
                FROM delta_join AS d
               GROUP BY d.band
            ),
            -- a NaN or an infinity entering or leaving a total flags the refresh, which then recomputes in full
            __pgt_finite AS (
              SELECT g.* FROM __pgt_delta_groups AS g
               WHERE CASE WHEN g.__pgt_d_value_1 IN ('NaN', 'Infinity', '-Infinity') THEN set_config('pg_trickle.nonfinite', 'on', true) IS NOT NULL ELSE true END
            )
            MERGE INTO sales.orders_by_band AS s
            USING __pgt_finite AS g
               ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0), 0) AND s.band = g.__pgt_g0
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          band = g.__pgt_g0,
                          orders = coalesce(s.orders, 0) + g.__pgt_d_value_0,
                          amount = CASE WHEN s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1 = 0 THEN NULL WHEN s.amount IS NULL THEN g.__pgt_d_value_1 WHEN g.__pgt_d_value_1 IS NULL THEN s.amount ELSE s.amount + g.__pgt_d_value_1 END,
                          __pgt_count = s.__pgt_count + g.__pgt_d_count,
                          __pgt_nonnull_1 = s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT (band, orders, amount, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
                          VALUES (g.__pgt_g0,
                                  g.__pgt_d_value_0,
                                  CASE WHEN g.__pgt_d_nonnull_1 = 0 THEN NULL ELSE g.__pgt_d_value_1 END,
                                  hash_record_extended(ROW(g.__pgt_g0), 0),
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
            SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
              FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
                      FROM jsonb_object_keys(__pgt_nodes) AS k(node)
                     CROSS JOIN pg_trickle.pgt_dependencies AS d
                      JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                     WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
                     GROUP BY k.node
                    HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
            DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;

            -- The statement above flags a NaN or an infinity that entered or left a running SUM/AVG:
            -- subtracting one does not undo adding it, so the totals are recomputed in full.
            IF current_setting('pg_trickle.nonfinite', true) = 'on' THEN
                PERFORM set_config('pg_trickle.nonfinite', '', true);
                __pgt_reason := 'a NaN or an infinity entered or left a SUM or AVG';
            END IF;
            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_reason IS NULL THEN
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.orders_by_band') THEN
        DELETE FROM sales.orders_by_band;
    ELSE
        TRUNCATE sales.orders_by_band;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.orders')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.orders_by_band' AND d.consumes_changes;
    -- Distributed sources: Citus has no snapshot across nodes. No writer of a source is in flight
    -- while the frontier and the rows are read, in statements of their own.
    LOCK TABLE sales.orders IN SHARE MODE;
    __pgt_nodes := pg_trickle.node_snapshots();
    -- The rows this transaction wrote are read below: their changes are consumed too.
    __pgt_nodes_seen := __pgt_nodes;
    __pgt_nodes := pg_trickle.with_own_writes(__pgt_nodes, ARRAY['pg_trickle_changes.changes_2ecda1531452acfc'::regclass]);
    UPDATE pg_trickle.pgt_stream_tables
       SET frontier = pg_current_snapshot(),
           frontier_own_xid = pg_current_xact_id_if_assigned(),
           frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
           frontier_by_source = jsonb_build_object('sales.orders', __pgt_nodes)
     WHERE pgt_schema = 'sales' AND pgt_name = 'orders_by_band';
    IF __pgt_nodes IS DISTINCT FROM __pgt_nodes_seen THEN
        -- So would be the changes this transaction writes after this refresh on the same nodes
        -- (they carry its transaction ids there): no frontier, so the next refresh recomputes.
        UPDATE pg_trickle.pgt_stream_tables SET frontier = NULL, frontier_by_source = NULL
         WHERE pgt_schema = 'sales' AND pgt_name = 'orders_by_band';
    END IF;
    DELETE FROM pg_trickle.pgt_truncations AS c
     WHERE (c.source_stable_name = 'sales.orders' AND c.__pgt_xid < least(__pgt_bound_2ecda1531452acfc, pg_snapshot_xmin(pg_current_snapshot())));
    INSERT INTO sales.orders_by_band (band, orders, amount, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
    SELECT * FROM (
      SELECT i.band AS band,
             count(*) AS orders,
             sum(i.amount) AS amount,
             hash_record_extended(ROW(i.band), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             count(i.amount) AS __pgt_nonnull_1
        FROM (
          SELECT o.id AS id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, __pgt_j2.column1 AS band, __pgt_j2.column2 AS lo, __pgt_j2.column3 AS hi
            FROM sales.orders AS o,
                 (
            SELECT v.column1, v.column2, v.column3
              FROM (VALUES ('small', 0, 50), ('large', 50, 100000)) AS v(column1, column2, column3)
          ) AS __pgt_j2
           WHERE o.amount >= __pgt_j2.column2 AND o.amount < __pgt_j2.column3
        ) AS i
       GROUP BY i.band
    ) AS q
     ORDER BY q.__pgt_row_id;
    SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
      FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
              FROM jsonb_object_keys(__pgt_nodes) AS k(node)
             CROSS JOIN pg_trickle.pgt_dependencies AS d
              JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
             GROUP BY k.node
            HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
    DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.orders_by_band', full => true);
ANALYZE sales.orders_by_band;

-- ========================================================================
-- create stream table sales.orders_notes_inner
-- ========================================================================
-- trickle: stream table sales.orders_notes_inner
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT o.id, o.customer_id, n.note FROM sales.orders AS o JOIN sales.notes AS n ON n.customer_id = o.customer_id
--
-- operator tree:
--   project id, o_customer_id AS customer_id, note
--     inner join on n_customer_id = o_customer_id
--       scan sales.orders AS o (Citus distributed: changes pulled from every node)
--       scan sales.notes AS n

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE sales.orders_notes_inner AS
  SELECT r.id, r.customer_id, r.note, hash_record_extended(ROW(r.id, r.customer_id, r.note), 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i.o_customer_id AS customer_id, i.note AS note
        FROM (
        SELECT o.id AS id, o.customer_id AS o_customer_id, o.amount AS amount, o.status AS status, n.customer_id AS n_customer_id, n.note AS note
          FROM sales.orders AS o,
               sales.notes AS n
         WHERE n.customer_id = o.customer_id
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE sales.orders_notes_inner ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_656be8cefcd42030 ON sales.orders_notes_inner (__pgt_row_id);
COMMENT ON TABLE sales.orders_notes_inner IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.orders_notes_inner'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'orders_notes_inner', 'sales.orders_notes_inner', '656be8cefcd42030', 'SELECT o.id, o.customer_id, n.note FROM sales.orders AS o JOIN sales.notes AS n ON n.customer_id = o.customer_id', 'AUTO', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_656be8cefcd42030', 19, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.notes', 'TABLE', true, ARRAY['customer_id', 'note']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.orders_notes_inner';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'amount', 'status']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.orders_notes_inner';

-- Refresh function, called by pg_trickle.refresh('sales.orders_notes_inner').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_656be8cefcd42030(p_full boolean) RETURNS text
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
    __pgt_bound_53998a7467120354 xid8;
    __pgt_small_53998a7467120354 boolean;
    __pgt_bound_2ecda1531452acfc xid8;
    __pgt_small_2ecda1531452acfc boolean;
    __pgt_parts_53998a7467120354 text;
    __pgt_nodes jsonb;
    __pgt_nodes_seen jsonb;
    __pgt_prev_by_source jsonb;
    __pgt_bounds jsonb;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.notes') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.notes' AND d.consumes_changes AND r.stable_name <> 'sales.orders_notes_inner'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_53998a7467120354'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes AND r.stable_name <> 'sales.orders_notes_inner'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_2ecda1531452acfc'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'sales.notes'),
           st.frontier_by_source
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_53998a7467120354, __pgt_small_53998a7467120354, __pgt_bound_2ecda1531452acfc, __pgt_small_2ecda1531452acfc, __pgt_parts_53998a7467120354, __pgt_prev_by_source
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.orders_notes_inner';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- Joined with a distributed table, whose rows the delta cannot read: the other sources must
        -- have no change to consume.
        IF EXISTS (SELECT FROM pg_trickle_changes.changes_53998a7467120354 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a table joined with a distributed table changed';
        END IF;
        -- The changes of the distributed sources: each node's snapshot, then the changes visible in it
        -- and not in the previous refresh's, pulled to the coordinator.
        __pgt_nodes := pg_trickle.node_snapshots();
        IF pg_catalog.to_regclass('pg_temp.__pgt_changes_2ecda1531452acfc') IS NOT NULL THEN
            DROP TABLE pg_temp.__pgt_changes_2ecda1531452acfc;
        END IF;
        CREATE TEMP TABLE __pgt_changes_2ecda1531452acfc ON COMMIT DROP AS
        SELECT c.__pgt_action, c.id, c.customer_id, c.amount, c.status
          FROM pg_trickle_changes.changes_2ecda1531452acfc AS c
         WHERE pg_visible_in_snapshot(c.__pgt_xid, (__pgt_nodes ->> c.__pgt_node::text)::pg_snapshot)
           AND NOT coalesce(pg_visible_in_snapshot(c.__pgt_xid, ((__pgt_prev_by_source -> 'sales.orders') ->> c.__pgt_node::text)::pg_snapshot), false);
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.notes', 'sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_53998a7467120354 IS NOT NULL OR pg_trickle.children_layout('sales.notes'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('sales.notes'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_53998a7467120354 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_temp.__pgt_changes_2ecda1531452acfc) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_53998a7467120354 AS c
             WHERE __pgt_small_53998a7467120354 AND c.__pgt_xid < least(__pgt_bound_53998a7467120354, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_53998a7467120354'::regclass) > __pgt_full_ratio * pg_relation_size('sales.notes'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_53998a7467120354 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'sales.notes'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.notes', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('sales.notes', pg_current_snapshot()::text, 'sales.orders', __pgt_nodes)
               WHERE pgt_schema = 'sales' AND pgt_name = 'orders_notes_inner'
            ),
            -- delete the changes of sales.notes that every reader has consumed
            __pgt_release_53998a7467120354 AS (
              DELETE FROM pg_trickle_changes.changes_53998a7467120354 AS c
               WHERE __pgt_small_53998a7467120354 AND c.__pgt_xid < least(__pgt_bound_53998a7467120354, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan sales.orders: its changes on every node, pulled before this statement (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.amount, c.status
                FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c
            ),
            -- scan sales.notes: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_notes AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.customer_id, c.note
                FROM pg_trickle_changes.changes_53998a7467120354 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(o) JOIN n
            --   + o' JOIN d(n)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT o.__pgt_w * n.__pgt_w AS __pgt_w, o.id AS id, o.customer_id AS o_customer_id, o.amount AS amount, o.status AS status, n.customer_id AS n_customer_id, n.note AS note
                FROM delta_orders AS o,
                     (
                SELECT 1 AS __pgt_w, customer_id, note FROM sales.notes
                UNION ALL
                SELECT -__pgt_w, customer_id, note FROM delta_notes
              ) AS n
               WHERE n.customer_id = o.customer_id
              UNION ALL
              SELECT n.__pgt_w AS __pgt_w, o.id AS id, o.customer_id AS o_customer_id, o.amount AS amount, o.status AS status, n.customer_id AS n_customer_id, n.note AS note
                FROM (SELECT c.id, c.customer_id, c.amount, c.status FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c WHERE false) AS o,
                     delta_notes AS n
               WHERE n.customer_id = o.customer_id
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d.o_customer_id AS customer_id, d.note AS note
                FROM delta_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.customer_id, d.note, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.id, d.customer_id, d.note
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM sales.orders_notes_inner AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN sales.orders_notes_inner AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.id, n.customer_id, n.note), 0) AND t.id = n.id AND t.customer_id = n.customer_id AND t.note IS NOT DISTINCT FROM n.note
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO sales.orders_notes_inner (id, customer_id, note, __pgt_row_id)
            SELECT n.id, n.customer_id, n.note, hash_record_extended(ROW(n.id, n.customer_id, n.note), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;
                -- Nor did one commit before the statement's snapshot was taken.
                IF EXISTS (SELECT FROM pg_trickle.pgt_stream_tables AS st, pg_trickle_changes.changes_53998a7467120354 AS c
                            WHERE st.stable_name = 'sales.orders_notes_inner' AND pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, st.frontier, st.frontier_own_xid, st.frontier_mark) AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                    RAISE EXCEPTION 'pg_trickle: a table joined with a distributed table changed' USING ERRCODE = 'PT001';
                END IF;
            EXCEPTION
                WHEN SQLSTATE 'PT001' THEN
                    __pgt_reason := 'a table joined with a distributed table changed during the refresh';
                -- The delta computes the query's expressions over every change, also over rows
                -- that no longer hold (inserted with a zero divisor, then corrected; a cast to a
                -- domain whose CHECK fails; a function that raises): a fresh run of the query may
                -- not fail. If it does, the full refresh says so.
                WHEN data_exception OR cardinality_violation OR check_violation OR raise_exception THEN
                    __pgt_reason := 'the delta failed (' || SQLERRM || ')';
            END;
        END IF;
        IF __pgt_reason IS NULL THEN
            SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
              FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
                      FROM jsonb_object_keys(__pgt_nodes) AS k(node)
                     CROSS JOIN pg_trickle.pgt_dependencies AS d
                      JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                     WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
                     GROUP BY k.node
                    HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
            DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;

            -- A TRUNCATE or a change of partitions or children that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.notes', 'sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_53998a7467120354 IS NOT NULL OR pg_trickle.children_layout('sales.notes'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('sales.notes'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.orders_notes_inner') THEN
        DELETE FROM sales.orders_notes_inner;
    ELSE
        TRUNCATE sales.orders_notes_inner;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.notes'), ('sales.orders')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.orders_notes_inner' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('sales.notes'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'sales.orders_notes_inner' AND d.source_stable_name = 'sales.notes';
    -- Distributed sources: Citus has no snapshot across nodes. No writer of a source is in flight
    -- while the frontier and the rows are read, in statements of their own.
    LOCK TABLE sales.notes IN SHARE MODE;
    LOCK TABLE sales.orders IN SHARE MODE;
    __pgt_nodes := pg_trickle.node_snapshots();
    -- The rows this transaction wrote are read below: their changes are consumed too.
    __pgt_nodes_seen := __pgt_nodes;
    __pgt_nodes := pg_trickle.with_own_writes(__pgt_nodes, ARRAY['pg_trickle_changes.changes_2ecda1531452acfc'::regclass]);
    UPDATE pg_trickle.pgt_stream_tables
       SET frontier = pg_current_snapshot(),
           frontier_own_xid = pg_current_xact_id_if_assigned(),
           frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
           frontier_by_source = jsonb_build_object('sales.notes', pg_current_snapshot()::text, 'sales.orders', __pgt_nodes)
     WHERE pgt_schema = 'sales' AND pgt_name = 'orders_notes_inner';
    IF __pgt_nodes IS DISTINCT FROM __pgt_nodes_seen THEN
        -- So would be the changes this transaction writes after this refresh on the same nodes
        -- (they carry its transaction ids there): no frontier, so the next refresh recomputes.
        UPDATE pg_trickle.pgt_stream_tables SET frontier = NULL, frontier_by_source = NULL
         WHERE pgt_schema = 'sales' AND pgt_name = 'orders_notes_inner';
    END IF;
    DELETE FROM pg_trickle_changes.changes_53998a7467120354 AS c
     WHERE __pgt_small_53998a7467120354 AND c.__pgt_xid < least(__pgt_bound_53998a7467120354, pg_snapshot_xmin(pg_current_snapshot()));
    DELETE FROM pg_trickle.pgt_truncations AS c
     WHERE (c.source_stable_name = 'sales.notes' AND c.__pgt_xid < least(__pgt_bound_53998a7467120354, pg_snapshot_xmin(pg_current_snapshot())))
        OR (c.source_stable_name = 'sales.orders' AND c.__pgt_xid < least(__pgt_bound_2ecda1531452acfc, pg_snapshot_xmin(pg_current_snapshot())));
    INSERT INTO sales.orders_notes_inner (id, customer_id, note, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.customer_id, r.note, hash_record_extended(ROW(r.id, r.customer_id, r.note), 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, i.o_customer_id AS customer_id, i.note AS note
            FROM (
            SELECT o.id AS id, o.customer_id AS o_customer_id, o.amount AS amount, o.status AS status, n.customer_id AS n_customer_id, n.note AS note
              FROM sales.orders AS o,
                   sales.notes AS n
             WHERE n.customer_id = o.customer_id
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
      FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
              FROM jsonb_object_keys(__pgt_nodes) AS k(node)
             CROSS JOIN pg_trickle.pgt_dependencies AS d
              JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
             GROUP BY k.node
            HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
    DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.orders_notes_inner', full => true);
ANALYZE sales.orders_notes_inner;

-- ========================================================================
-- create stream table sales.orders_notes_left
-- ========================================================================
-- trickle: stream table sales.orders_notes_left
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT o.id, o.customer_id, n.note FROM sales.orders AS o LEFT JOIN sales.notes AS n ON n.customer_id = o.customer_id
--
-- operator tree:
--   project id, o_customer_id AS customer_id, note
--     left outer join on n_customer_id = o_customer_id
--       scan sales.orders AS o (Citus distributed: changes pulled from every node)
--       scan sales.notes AS n

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE sales.orders_notes_left AS
  SELECT r.id, r.customer_id, r.note, hash_record_extended(ROW(r.id, r.customer_id, r.note), 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i.o_customer_id AS customer_id, i.note AS note
        FROM (
        SELECT o.id AS id, o.customer_id AS o_customer_id, o.amount AS amount, o.status AS status, n.customer_id AS n_customer_id, n.note AS note
          FROM sales.orders AS o
          LEFT JOIN sales.notes AS n ON n.customer_id = o.customer_id
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE sales.orders_notes_left ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_152eb210cfdb4a74 ON sales.orders_notes_left (__pgt_row_id);
COMMENT ON TABLE sales.orders_notes_left IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.orders_notes_left'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'orders_notes_left', 'sales.orders_notes_left', '152eb210cfdb4a74', 'SELECT o.id, o.customer_id, n.note FROM sales.orders AS o LEFT JOIN sales.notes AS n ON n.customer_id = o.customer_id', 'AUTO', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_152eb210cfdb4a74', 20, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'sales.orders_notes_left';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.notes', 'TABLE', true, ARRAY['customer_id', 'note']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.orders_notes_left';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'amount', 'status']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.orders_notes_left';

-- Refresh function, called by pg_trickle.refresh('sales.orders_notes_left').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_152eb210cfdb4a74(p_full boolean) RETURNS text
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
    __pgt_bound_53998a7467120354 xid8;
    __pgt_small_53998a7467120354 boolean;
    __pgt_bound_2ecda1531452acfc xid8;
    __pgt_small_2ecda1531452acfc boolean;
    __pgt_parts_53998a7467120354 text;
    __pgt_nodes jsonb;
    __pgt_nodes_seen jsonb;
    __pgt_prev_by_source jsonb;
    __pgt_bounds jsonb;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.notes') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.notes' AND d.consumes_changes AND r.stable_name <> 'sales.orders_notes_left'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_53998a7467120354'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes AND r.stable_name <> 'sales.orders_notes_left'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_2ecda1531452acfc'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'sales.notes'),
           st.frontier_by_source
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_53998a7467120354, __pgt_small_53998a7467120354, __pgt_bound_2ecda1531452acfc, __pgt_small_2ecda1531452acfc, __pgt_parts_53998a7467120354, __pgt_prev_by_source
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.orders_notes_left';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- Joined with a distributed table, whose rows the delta cannot read: the other sources must
        -- have no change to consume.
        IF EXISTS (SELECT FROM pg_trickle_changes.changes_53998a7467120354 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a table joined with a distributed table changed';
        END IF;
        -- The changes of the distributed sources: each node's snapshot, then the changes visible in it
        -- and not in the previous refresh's, pulled to the coordinator.
        __pgt_nodes := pg_trickle.node_snapshots();
        IF pg_catalog.to_regclass('pg_temp.__pgt_changes_2ecda1531452acfc') IS NOT NULL THEN
            DROP TABLE pg_temp.__pgt_changes_2ecda1531452acfc;
        END IF;
        CREATE TEMP TABLE __pgt_changes_2ecda1531452acfc ON COMMIT DROP AS
        SELECT c.__pgt_action, c.id, c.customer_id, c.amount, c.status
          FROM pg_trickle_changes.changes_2ecda1531452acfc AS c
         WHERE pg_visible_in_snapshot(c.__pgt_xid, (__pgt_nodes ->> c.__pgt_node::text)::pg_snapshot)
           AND NOT coalesce(pg_visible_in_snapshot(c.__pgt_xid, ((__pgt_prev_by_source -> 'sales.orders') ->> c.__pgt_node::text)::pg_snapshot), false);
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.notes', 'sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_53998a7467120354 IS NOT NULL OR pg_trickle.children_layout('sales.notes'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('sales.notes'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_53998a7467120354 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_temp.__pgt_changes_2ecda1531452acfc) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_53998a7467120354 AS c
             WHERE __pgt_small_53998a7467120354 AND c.__pgt_xid < least(__pgt_bound_53998a7467120354, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_53998a7467120354'::regclass) > __pgt_full_ratio * pg_relation_size('sales.notes'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_53998a7467120354 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'sales.notes'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.notes', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('sales.notes', pg_current_snapshot()::text, 'sales.orders', __pgt_nodes)
               WHERE pgt_schema = 'sales' AND pgt_name = 'orders_notes_left'
            ),
            -- delete the changes of sales.notes that every reader has consumed
            __pgt_release_53998a7467120354 AS (
              DELETE FROM pg_trickle_changes.changes_53998a7467120354 AS c
               WHERE __pgt_small_53998a7467120354 AND c.__pgt_xid < least(__pgt_bound_53998a7467120354, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan sales.orders: its changes on every node, pulled before this statement (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.amount, c.status
                FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c
            ),
            -- scan sales.notes: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_notes AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.customer_id, c.note
                FROM pg_trickle_changes.changes_53998a7467120354 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, customer_id, amount, status FROM (SELECT c.id, c.customer_id, c.amount, c.status FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c WHERE false) AS s
                UNION ALL
                SELECT -__pgt_w, id, customer_id, amount, status FROM delta_orders
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_notes AS __pgt_x WHERE __pgt_x.customer_id = __pgt_p.customer_id)
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN sales.notes AS __pgt_x ON __pgt_x.customer_id = __pgt_p.customer_id
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN delta_notes AS __pgt_x ON __pgt_x.customer_id = __pgt_p.customer_id
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT o.__pgt_w * n.__pgt_w AS __pgt_w, o.id AS id, o.customer_id AS o_customer_id, o.amount AS amount, o.status AS status, n.customer_id AS n_customer_id, n.note AS note
                FROM delta_orders AS o,
                     (
                SELECT 1 AS __pgt_w, customer_id, note FROM sales.notes
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.customer_id, c.note FROM pg_trickle_changes.changes_53998a7467120354 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS n
               WHERE n.customer_id = o.customer_id
              UNION ALL
              SELECT n.__pgt_w AS __pgt_w, o.id AS id, o.customer_id AS o_customer_id, o.amount AS amount, o.status AS status, n.customer_id AS n_customer_id, n.note AS note
                FROM (SELECT c.id, c.customer_id, c.amount, c.status FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c WHERE false) AS o,
                     delta_notes AS n
               WHERE n.customer_id = o.customer_id
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.id AS id, __pgt_p.customer_id AS o_customer_id, __pgt_p.amount AS amount, __pgt_p.status AS status, __pgt_pad.customer_id AS n_customer_id, __pgt_pad.note AS note
                FROM delta_orders AS __pgt_p
                LEFT JOIN sales.notes AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM sales.notes AS __pgt_x WHERE __pgt_x.customer_id = __pgt_p.customer_id)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p.id AS id, __pgt_p.customer_id AS o_customer_id, __pgt_p.amount AS amount, __pgt_p.status AS status, __pgt_pad.customer_id AS n_customer_id, __pgt_pad.note AS note
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matches_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN sales.notes AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d.o_customer_id AS customer_id, d.note AS note
                FROM delta_outer_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.customer_id, d.note, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.id, d.customer_id, d.note
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM sales.orders_notes_left AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN sales.orders_notes_left AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.id, n.customer_id, n.note), 0) AND t.id = n.id AND t.customer_id = n.customer_id AND t.note IS NOT DISTINCT FROM n.note
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO sales.orders_notes_left (id, customer_id, note, __pgt_row_id)
            SELECT n.id, n.customer_id, n.note, hash_record_extended(ROW(n.id, n.customer_id, n.note), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;
                -- Nor did one commit before the statement's snapshot was taken.
                IF EXISTS (SELECT FROM pg_trickle.pgt_stream_tables AS st, pg_trickle_changes.changes_53998a7467120354 AS c
                            WHERE st.stable_name = 'sales.orders_notes_left' AND pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, st.frontier, st.frontier_own_xid, st.frontier_mark) AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                    RAISE EXCEPTION 'pg_trickle: a table joined with a distributed table changed' USING ERRCODE = 'PT001';
                END IF;
            EXCEPTION
                WHEN SQLSTATE 'PT001' THEN
                    __pgt_reason := 'a table joined with a distributed table changed during the refresh';
                -- The delta computes the query's expressions over every change, also over rows
                -- that no longer hold (inserted with a zero divisor, then corrected; a cast to a
                -- domain whose CHECK fails; a function that raises): a fresh run of the query may
                -- not fail. If it does, the full refresh says so.
                WHEN data_exception OR cardinality_violation OR check_violation OR raise_exception THEN
                    __pgt_reason := 'the delta failed (' || SQLERRM || ')';
            END;
        END IF;
        IF __pgt_reason IS NULL THEN
            SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
              FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
                      FROM jsonb_object_keys(__pgt_nodes) AS k(node)
                     CROSS JOIN pg_trickle.pgt_dependencies AS d
                      JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                     WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
                     GROUP BY k.node
                    HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
            DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;

            -- A TRUNCATE or a change of partitions or children that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.notes', 'sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_53998a7467120354 IS NOT NULL OR pg_trickle.children_layout('sales.notes'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('sales.notes'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.orders_notes_left') THEN
        DELETE FROM sales.orders_notes_left;
    ELSE
        TRUNCATE sales.orders_notes_left;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.notes'), ('sales.orders')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.orders_notes_left' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('sales.notes'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'sales.orders_notes_left' AND d.source_stable_name = 'sales.notes';
    -- Distributed sources: Citus has no snapshot across nodes. No writer of a source is in flight
    -- while the frontier and the rows are read, in statements of their own.
    LOCK TABLE sales.notes IN SHARE MODE;
    LOCK TABLE sales.orders IN SHARE MODE;
    __pgt_nodes := pg_trickle.node_snapshots();
    -- The rows this transaction wrote are read below: their changes are consumed too.
    __pgt_nodes_seen := __pgt_nodes;
    __pgt_nodes := pg_trickle.with_own_writes(__pgt_nodes, ARRAY['pg_trickle_changes.changes_2ecda1531452acfc'::regclass]);
    UPDATE pg_trickle.pgt_stream_tables
       SET frontier = pg_current_snapshot(),
           frontier_own_xid = pg_current_xact_id_if_assigned(),
           frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
           frontier_by_source = jsonb_build_object('sales.notes', pg_current_snapshot()::text, 'sales.orders', __pgt_nodes)
     WHERE pgt_schema = 'sales' AND pgt_name = 'orders_notes_left';
    IF __pgt_nodes IS DISTINCT FROM __pgt_nodes_seen THEN
        -- So would be the changes this transaction writes after this refresh on the same nodes
        -- (they carry its transaction ids there): no frontier, so the next refresh recomputes.
        UPDATE pg_trickle.pgt_stream_tables SET frontier = NULL, frontier_by_source = NULL
         WHERE pgt_schema = 'sales' AND pgt_name = 'orders_notes_left';
    END IF;
    DELETE FROM pg_trickle_changes.changes_53998a7467120354 AS c
     WHERE __pgt_small_53998a7467120354 AND c.__pgt_xid < least(__pgt_bound_53998a7467120354, pg_snapshot_xmin(pg_current_snapshot()));
    DELETE FROM pg_trickle.pgt_truncations AS c
     WHERE (c.source_stable_name = 'sales.notes' AND c.__pgt_xid < least(__pgt_bound_53998a7467120354, pg_snapshot_xmin(pg_current_snapshot())))
        OR (c.source_stable_name = 'sales.orders' AND c.__pgt_xid < least(__pgt_bound_2ecda1531452acfc, pg_snapshot_xmin(pg_current_snapshot())));
    INSERT INTO sales.orders_notes_left (id, customer_id, note, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.customer_id, r.note, hash_record_extended(ROW(r.id, r.customer_id, r.note), 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, i.o_customer_id AS customer_id, i.note AS note
            FROM (
            SELECT o.id AS id, o.customer_id AS o_customer_id, o.amount AS amount, o.status AS status, n.customer_id AS n_customer_id, n.note AS note
              FROM sales.orders AS o
              LEFT JOIN sales.notes AS n ON n.customer_id = o.customer_id
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
      FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
              FROM jsonb_object_keys(__pgt_nodes) AS k(node)
             CROSS JOIN pg_trickle.pgt_dependencies AS d
              JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
             GROUP BY k.node
            HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
    DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.orders_notes_left', full => true);
ANALYZE sales.orders_notes_left;

-- ========================================================================
-- create stream table sales.orders_per_region
-- ========================================================================
-- trickle: stream table sales.orders_per_region
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT c.region, count(*) AS orders, sum(o.amount) AS amount FROM sales.orders AS o JOIN sales.customers AS c ON c.id = o.customer_id GROUP BY c.region
--
-- operator tree:
--   project __pgt_g0 AS region, __pgt_a0 AS orders, __pgt_a1 AS amount
--     aggregate count(*), sum(o.amount) group by region
--       inner join on c_id = customer_id
--         scan sales.orders AS o (Citus distributed: changes pulled from every node)
--         scan sales.customers AS c (Citus: read from the coordinator's copy)

-- sales.customers is a Citus reference table: read from the coordinator's copy.
SET citus.enable_ddl_propagation = off;
DO $pgt$
BEGIN
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_b6784df176b91e8a', pg_trickle.coordinator_copy('sales.customers'::regclass));
END
$pgt$;
RESET citus.enable_ddl_propagation;

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_1).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE sales.orders_per_region WITH (fillfactor = 50) AS
  SELECT i.region AS region,
         count(*) AS orders,
         sum(i.amount) AS amount,
         coalesce(hashtextextended(i.region, 0), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i.amount) AS __pgt_nonnull_1
    FROM (
      SELECT o.id AS o_id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS c_id, c.name AS name, c.region AS region
        FROM sales.orders AS o,
             pg_trickle_changes.copy_b6784df176b91e8a AS c
       WHERE c.id = o.customer_id
    ) AS i
   GROUP BY i.region
  WITH NO DATA;
ALTER TABLE sales.orders_per_region ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_0ec01ace64667b19 ON sales.orders_per_region (__pgt_row_id);
COMMENT ON TABLE sales.orders_per_region IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.orders_per_region'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'orders_per_region', 'sales.orders_per_region', '0ec01ace64667b19', 'SELECT c.region, count(*) AS orders, sum(o.amount) AS amount FROM sales.orders AS o JOIN sales.customers AS c ON c.id = o.customer_id GROUP BY c.region', 'AUTO', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_0ec01ace64667b19', 21, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.customers', 'TABLE', true, ARRAY['id', 'name', 'region']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.orders_per_region';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'amount', 'status']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.orders_per_region';

-- Refresh function, called by pg_trickle.refresh('sales.orders_per_region').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_0ec01ace64667b19(p_full boolean) RETURNS text
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
    __pgt_bound_b6784df176b91e8a xid8;
    __pgt_small_b6784df176b91e8a boolean;
    __pgt_bound_2ecda1531452acfc xid8;
    __pgt_small_2ecda1531452acfc boolean;
    __pgt_nodes jsonb;
    __pgt_nodes_seen jsonb;
    __pgt_prev_by_source jsonb;
    __pgt_bounds jsonb;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.customers' AND d.consumes_changes AND r.stable_name <> 'sales.orders_per_region'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_b6784df176b91e8a'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes AND r.stable_name <> 'sales.orders_per_region'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_2ecda1531452acfc'::regclass),
           st.frontier_by_source
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_b6784df176b91e8a, __pgt_small_b6784df176b91e8a, __pgt_bound_2ecda1531452acfc, __pgt_small_2ecda1531452acfc, __pgt_prev_by_source
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.orders_per_region';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- Joined with a distributed table, whose rows the delta cannot read: the other sources must
        -- have no change to consume.
        IF EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a table joined with a distributed table changed';
        END IF;
        -- The changes of the distributed sources: each node's snapshot, then the changes visible in it
        -- and not in the previous refresh's, pulled to the coordinator.
        __pgt_nodes := pg_trickle.node_snapshots();
        IF pg_catalog.to_regclass('pg_temp.__pgt_changes_2ecda1531452acfc') IS NOT NULL THEN
            DROP TABLE pg_temp.__pgt_changes_2ecda1531452acfc;
        END IF;
        CREATE TEMP TABLE __pgt_changes_2ecda1531452acfc ON COMMIT DROP AS
        SELECT c.__pgt_action, c.id, c.customer_id, c.amount, c.status
          FROM pg_trickle_changes.changes_2ecda1531452acfc AS c
         WHERE pg_visible_in_snapshot(c.__pgt_xid, (__pgt_nodes ->> c.__pgt_node::text)::pg_snapshot)
           AND NOT coalesce(pg_visible_in_snapshot(c.__pgt_xid, ((__pgt_prev_by_source -> 'sales.orders') ->> c.__pgt_node::text)::pg_snapshot), false);
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_temp.__pgt_changes_2ecda1531452acfc) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
             WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_b6784df176b91e8a'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.customers', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.orders', __pgt_nodes)
               WHERE pgt_schema = 'sales' AND pgt_name = 'orders_per_region'
            ),
            -- delete the changes of sales.customers that every reader has consumed
            __pgt_release_b6784df176b91e8a AS (
              DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan sales.orders: its changes on every node, pulled before this statement (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.amount, c.status
                FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c
            ),
            -- scan sales.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.region
                FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(o) JOIN c
            --   + o' JOIN d(c)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT o.__pgt_w * c.__pgt_w AS __pgt_w, o.id AS o_id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS c_id, c.name AS name, c.region AS region
                FROM delta_orders AS o,
                     (
                SELECT 1 AS __pgt_w, id, name, region FROM pg_trickle_changes.copy_b6784df176b91e8a
                UNION ALL
                SELECT -__pgt_w, id, name, region FROM delta_customers
              ) AS c
               WHERE c.id = o.customer_id
              UNION ALL
              SELECT c.__pgt_w AS __pgt_w, o.id AS o_id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS c_id, c.name AS name, c.region AS region
                FROM (SELECT c.id, c.customer_id, c.amount, c.status FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c WHERE false) AS o,
                     delta_customers AS c
               WHERE c.id = o.customer_id
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.region AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.amount IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                     sum(CASE WHEN d.__pgt_w > 0 THEN d.amount ELSE -(d.amount) END) AS __pgt_d_value_1
                FROM delta_join AS d
               GROUP BY d.region
            ),
            -- a NaN or an infinity entering or leaving a total flags the refresh, which then recomputes in full
            __pgt_finite AS (
              SELECT g.* FROM __pgt_delta_groups AS g
               WHERE CASE WHEN g.__pgt_d_value_1 IN ('NaN', 'Infinity', '-Infinity') THEN set_config('pg_trickle.nonfinite', 'on', true) IS NOT NULL ELSE true END
            )
            MERGE INTO sales.orders_per_region AS s
            USING __pgt_finite AS g
               ON s.__pgt_row_id = coalesce(hashtextextended(g.__pgt_g0, 0), 0) AND s.region IS NOT DISTINCT FROM g.__pgt_g0
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          region = g.__pgt_g0,
                          orders = coalesce(s.orders, 0) + g.__pgt_d_value_0,
                          amount = CASE WHEN s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1 = 0 THEN NULL WHEN s.amount IS NULL THEN g.__pgt_d_value_1 WHEN g.__pgt_d_value_1 IS NULL THEN s.amount ELSE s.amount + g.__pgt_d_value_1 END,
                          __pgt_count = s.__pgt_count + g.__pgt_d_count,
                          __pgt_nonnull_1 = s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT (region, orders, amount, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
                          VALUES (g.__pgt_g0,
                                  g.__pgt_d_value_0,
                                  CASE WHEN g.__pgt_d_nonnull_1 = 0 THEN NULL ELSE g.__pgt_d_value_1 END,
                                  coalesce(hashtextextended(g.__pgt_g0, 0), 0),
                                  g.__pgt_d_count,
                                  g.__pgt_d_nonnull_1);
                -- Nor did one commit before the statement's snapshot was taken.
                IF EXISTS (SELECT FROM pg_trickle.pgt_stream_tables AS st, pg_trickle_changes.changes_b6784df176b91e8a AS c
                            WHERE st.stable_name = 'sales.orders_per_region' AND pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, st.frontier, st.frontier_own_xid, st.frontier_mark) AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                    RAISE EXCEPTION 'pg_trickle: a table joined with a distributed table changed' USING ERRCODE = 'PT001';
                END IF;
            EXCEPTION
                WHEN SQLSTATE 'PT001' THEN
                    __pgt_reason := 'a table joined with a distributed table changed during the refresh';
                -- The delta computes the query's expressions over every change, also over rows
                -- that no longer hold (inserted with a zero divisor, then corrected; a cast to a
                -- domain whose CHECK fails; a function that raises): a fresh run of the query may
                -- not fail. If it does, the full refresh says so.
                WHEN data_exception OR cardinality_violation OR check_violation OR raise_exception THEN
                    __pgt_reason := 'the delta failed (' || SQLERRM || ')';
            END;
        END IF;
        IF __pgt_reason IS NULL THEN
            SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
              FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
                      FROM jsonb_object_keys(__pgt_nodes) AS k(node)
                     CROSS JOIN pg_trickle.pgt_dependencies AS d
                      JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                     WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
                     GROUP BY k.node
                    HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
            DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;

            -- The statement above flags a NaN or an infinity that entered or left a running SUM/AVG:
            -- subtracting one does not undo adding it, so the totals are recomputed in full.
            IF current_setting('pg_trickle.nonfinite', true) = 'on' THEN
                PERFORM set_config('pg_trickle.nonfinite', '', true);
                __pgt_reason := 'a NaN or an infinity entered or left a SUM or AVG';
            END IF;
            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_reason IS NULL THEN
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.orders_per_region') THEN
        DELETE FROM sales.orders_per_region;
    ELSE
        TRUNCATE sales.orders_per_region;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.customers'), ('sales.orders')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.orders_per_region' AND d.consumes_changes;
    -- Distributed sources: Citus has no snapshot across nodes. No writer of a source is in flight
    -- while the frontier and the rows are read, in statements of their own.
    LOCK TABLE sales.customers IN SHARE MODE;
    LOCK TABLE sales.orders IN SHARE MODE;
    __pgt_nodes := pg_trickle.node_snapshots();
    -- The rows this transaction wrote are read below: their changes are consumed too.
    __pgt_nodes_seen := __pgt_nodes;
    __pgt_nodes := pg_trickle.with_own_writes(__pgt_nodes, ARRAY['pg_trickle_changes.changes_2ecda1531452acfc'::regclass]);
    UPDATE pg_trickle.pgt_stream_tables
       SET frontier = pg_current_snapshot(),
           frontier_own_xid = pg_current_xact_id_if_assigned(),
           frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
           frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.orders', __pgt_nodes)
     WHERE pgt_schema = 'sales' AND pgt_name = 'orders_per_region';
    IF __pgt_nodes IS DISTINCT FROM __pgt_nodes_seen THEN
        -- So would be the changes this transaction writes after this refresh on the same nodes
        -- (they carry its transaction ids there): no frontier, so the next refresh recomputes.
        UPDATE pg_trickle.pgt_stream_tables SET frontier = NULL, frontier_by_source = NULL
         WHERE pgt_schema = 'sales' AND pgt_name = 'orders_per_region';
    END IF;
    DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
     WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()));
    DELETE FROM pg_trickle.pgt_truncations AS c
     WHERE (c.source_stable_name = 'sales.customers' AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot())))
        OR (c.source_stable_name = 'sales.orders' AND c.__pgt_xid < least(__pgt_bound_2ecda1531452acfc, pg_snapshot_xmin(pg_current_snapshot())));
    INSERT INTO sales.orders_per_region (region, orders, amount, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
    SELECT * FROM (
      SELECT i.region AS region,
             count(*) AS orders,
             sum(i.amount) AS amount,
             coalesce(hashtextextended(i.region, 0), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             count(i.amount) AS __pgt_nonnull_1
        FROM (
          SELECT o.id AS o_id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS c_id, c.name AS name, c.region AS region
            FROM sales.orders AS o,
                 pg_trickle_changes.copy_b6784df176b91e8a AS c
           WHERE c.id = o.customer_id
        ) AS i
       GROUP BY i.region
    ) AS q
     ORDER BY q.__pgt_row_id;
    SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
      FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
              FROM jsonb_object_keys(__pgt_nodes) AS k(node)
             CROSS JOIN pg_trickle.pgt_dependencies AS d
              JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
             GROUP BY k.node
            HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
    DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.orders_per_region', full => true);
ANALYZE sales.orders_per_region;

-- ========================================================================
-- create stream table sales.orders_per_status
-- ========================================================================
-- trickle: stream table sales.orders_per_status
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT o.status, count(*) AS orders, sum(o.amount) AS amount, avg(o.amount) AS average FROM sales.orders AS o GROUP BY o.status
--
-- operator tree:
--   project __pgt_g0 AS status, __pgt_a0 AS orders, __pgt_a1 AS amount, __pgt_a2 AS average
--     aggregate count(*), sum(o.amount), avg(o.amount) group by status
--       scan sales.orders AS o (Citus distributed: changes pulled from every node)

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_value_2, __pgt_nonnull_1, __pgt_nonnull_2).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE sales.orders_per_status WITH (fillfactor = 50) AS
  SELECT i.status AS status,
         count(*) AS orders,
         sum(i.amount) AS amount,
         CASE WHEN count(i.amount) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.amount)), count(i.amount)) END AS average,
         hashtextextended(i.status, 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         sum(pg_trickle.avg_state(i.amount)) AS __pgt_value_2,
         count(i.amount) AS __pgt_nonnull_1,
         count(i.amount) AS __pgt_nonnull_2
    FROM (
      SELECT id, customer_id, amount, status FROM sales.orders
    ) AS i
   GROUP BY i.status
  WITH NO DATA;
ALTER TABLE sales.orders_per_status ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_268bfda87e5c5ecd ON sales.orders_per_status (__pgt_row_id);
COMMENT ON TABLE sales.orders_per_status IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.orders_per_status'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'orders_per_status', 'sales.orders_per_status', '268bfda87e5c5ecd', 'SELECT o.status, count(*) AS orders, sum(o.amount) AS amount, avg(o.amount) AS average FROM sales.orders AS o GROUP BY o.status', 'AUTO', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_268bfda87e5c5ecd', 22, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'amount', 'status']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.orders_per_status';

-- Refresh function, called by pg_trickle.refresh('sales.orders_per_status').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_268bfda87e5c5ecd(p_full boolean) RETURNS text
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
    __pgt_bound_2ecda1531452acfc xid8;
    __pgt_small_2ecda1531452acfc boolean;
    __pgt_nodes jsonb;
    __pgt_nodes_seen jsonb;
    __pgt_prev_by_source jsonb;
    __pgt_bounds jsonb;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes AND r.stable_name <> 'sales.orders_per_status'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_2ecda1531452acfc'::regclass),
           st.frontier_by_source
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_2ecda1531452acfc, __pgt_small_2ecda1531452acfc, __pgt_prev_by_source
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.orders_per_status';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- The changes of the distributed sources: each node's snapshot, then the changes visible in it
        -- and not in the previous refresh's, pulled to the coordinator.
        __pgt_nodes := pg_trickle.node_snapshots();
        IF pg_catalog.to_regclass('pg_temp.__pgt_changes_2ecda1531452acfc') IS NOT NULL THEN
            DROP TABLE pg_temp.__pgt_changes_2ecda1531452acfc;
        END IF;
        CREATE TEMP TABLE __pgt_changes_2ecda1531452acfc ON COMMIT DROP AS
        SELECT c.__pgt_action, c.id, c.customer_id, c.amount, c.status
          FROM pg_trickle_changes.changes_2ecda1531452acfc AS c
         WHERE pg_visible_in_snapshot(c.__pgt_xid, (__pgt_nodes ->> c.__pgt_node::text)::pg_snapshot)
           AND NOT coalesce(pg_visible_in_snapshot(c.__pgt_xid, ((__pgt_prev_by_source -> 'sales.orders') ->> c.__pgt_node::text)::pg_snapshot), false);
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_temp.__pgt_changes_2ecda1531452acfc) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.

            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.

        IF __pgt_reason IS NULL THEN
            BEGIN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('sales.orders', __pgt_nodes)
               WHERE pgt_schema = 'sales' AND pgt_name = 'orders_per_status'
            ),
            -- scan sales.orders: its changes on every node, pulled before this statement (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.amount, c.status
                FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.status AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.amount IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                     sum(CASE WHEN d.__pgt_w > 0 THEN d.amount ELSE -(d.amount) END) AS __pgt_d_value_1,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.amount IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_2,
                     sum(CASE WHEN d.__pgt_w > 0 THEN pg_trickle.avg_state(d.amount) ELSE -(pg_trickle.avg_state(d.amount)) END) AS __pgt_d_value_2
                FROM delta_orders AS d
               GROUP BY d.status
            ),
            -- a NaN or an infinity entering or leaving a total flags the refresh, which then recomputes in full
            __pgt_finite AS (
              SELECT g.* FROM __pgt_delta_groups AS g
               WHERE CASE WHEN g.__pgt_d_value_1 IN ('NaN', 'Infinity', '-Infinity')
                               OR g.__pgt_d_value_2 IN ('NaN', 'Infinity', '-Infinity') THEN set_config('pg_trickle.nonfinite', 'on', true) IS NOT NULL ELSE true END
            )
            MERGE INTO sales.orders_per_status AS s
            USING __pgt_finite AS g
               ON s.__pgt_row_id = hashtextextended(g.__pgt_g0, 0) AND s.status = g.__pgt_g0
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          status = g.__pgt_g0,
                          orders = coalesce(s.orders, 0) + g.__pgt_d_value_0,
                          amount = CASE WHEN s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1 = 0 THEN NULL WHEN s.amount IS NULL THEN g.__pgt_d_value_1 WHEN g.__pgt_d_value_1 IS NULL THEN s.amount ELSE s.amount + g.__pgt_d_value_1 END,
                          average = CASE WHEN s.__pgt_nonnull_2 + g.__pgt_d_nonnull_2 = 0 THEN NULL ELSE pg_trickle.avg_final(CASE WHEN s.__pgt_nonnull_2 + g.__pgt_d_nonnull_2 = 0 THEN NULL WHEN s.__pgt_value_2 IS NULL THEN g.__pgt_d_value_2 WHEN g.__pgt_d_value_2 IS NULL THEN s.__pgt_value_2 ELSE s.__pgt_value_2 + g.__pgt_d_value_2 END, s.__pgt_nonnull_2 + g.__pgt_d_nonnull_2) END,
                          __pgt_count = s.__pgt_count + g.__pgt_d_count,
                          __pgt_value_2 = CASE WHEN s.__pgt_nonnull_2 + g.__pgt_d_nonnull_2 = 0 THEN NULL WHEN s.__pgt_value_2 IS NULL THEN g.__pgt_d_value_2 WHEN g.__pgt_d_value_2 IS NULL THEN s.__pgt_value_2 ELSE s.__pgt_value_2 + g.__pgt_d_value_2 END,
                          __pgt_nonnull_1 = s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1,
                          __pgt_nonnull_2 = s.__pgt_nonnull_2 + g.__pgt_d_nonnull_2
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT (status, orders, amount, average, __pgt_row_id, __pgt_count, __pgt_value_2, __pgt_nonnull_1, __pgt_nonnull_2)
                          VALUES (g.__pgt_g0,
                                  g.__pgt_d_value_0,
                                  CASE WHEN g.__pgt_d_nonnull_1 = 0 THEN NULL ELSE g.__pgt_d_value_1 END,
                                  CASE WHEN g.__pgt_d_nonnull_2 = 0 THEN NULL ELSE pg_trickle.avg_final(CASE WHEN g.__pgt_d_nonnull_2 = 0 THEN NULL ELSE g.__pgt_d_value_2 END, g.__pgt_d_nonnull_2) END,
                                  hashtextextended(g.__pgt_g0, 0),
                                  g.__pgt_d_count,
                                  CASE WHEN g.__pgt_d_nonnull_2 = 0 THEN NULL ELSE g.__pgt_d_value_2 END,
                                  g.__pgt_d_nonnull_1,
                                  g.__pgt_d_nonnull_2);
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
            SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
              FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
                      FROM jsonb_object_keys(__pgt_nodes) AS k(node)
                     CROSS JOIN pg_trickle.pgt_dependencies AS d
                      JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                     WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
                     GROUP BY k.node
                    HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
            DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;

            -- The statement above flags a NaN or an infinity that entered or left a running SUM/AVG:
            -- subtracting one does not undo adding it, so the totals are recomputed in full.
            IF current_setting('pg_trickle.nonfinite', true) = 'on' THEN
                PERFORM set_config('pg_trickle.nonfinite', '', true);
                __pgt_reason := 'a NaN or an infinity entered or left a SUM or AVG';
            END IF;
            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_reason IS NULL THEN
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.orders_per_status') THEN
        DELETE FROM sales.orders_per_status;
    ELSE
        TRUNCATE sales.orders_per_status;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.orders')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.orders_per_status' AND d.consumes_changes;
    -- Distributed sources: Citus has no snapshot across nodes. No writer of a source is in flight
    -- while the frontier and the rows are read, in statements of their own.
    LOCK TABLE sales.orders IN SHARE MODE;
    __pgt_nodes := pg_trickle.node_snapshots();
    -- The rows this transaction wrote are read below: their changes are consumed too.
    __pgt_nodes_seen := __pgt_nodes;
    __pgt_nodes := pg_trickle.with_own_writes(__pgt_nodes, ARRAY['pg_trickle_changes.changes_2ecda1531452acfc'::regclass]);
    UPDATE pg_trickle.pgt_stream_tables
       SET frontier = pg_current_snapshot(),
           frontier_own_xid = pg_current_xact_id_if_assigned(),
           frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
           frontier_by_source = jsonb_build_object('sales.orders', __pgt_nodes)
     WHERE pgt_schema = 'sales' AND pgt_name = 'orders_per_status';
    IF __pgt_nodes IS DISTINCT FROM __pgt_nodes_seen THEN
        -- So would be the changes this transaction writes after this refresh on the same nodes
        -- (they carry its transaction ids there): no frontier, so the next refresh recomputes.
        UPDATE pg_trickle.pgt_stream_tables SET frontier = NULL, frontier_by_source = NULL
         WHERE pgt_schema = 'sales' AND pgt_name = 'orders_per_status';
    END IF;
    DELETE FROM pg_trickle.pgt_truncations AS c
     WHERE (c.source_stable_name = 'sales.orders' AND c.__pgt_xid < least(__pgt_bound_2ecda1531452acfc, pg_snapshot_xmin(pg_current_snapshot())));
    INSERT INTO sales.orders_per_status (status, orders, amount, average, __pgt_row_id, __pgt_count, __pgt_value_2, __pgt_nonnull_1, __pgt_nonnull_2)
    SELECT * FROM (
      SELECT i.status AS status,
             count(*) AS orders,
             sum(i.amount) AS amount,
             CASE WHEN count(i.amount) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.amount)), count(i.amount)) END AS average,
             hashtextextended(i.status, 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             sum(pg_trickle.avg_state(i.amount)) AS __pgt_value_2,
             count(i.amount) AS __pgt_nonnull_1,
             count(i.amount) AS __pgt_nonnull_2
        FROM (
          SELECT id, customer_id, amount, status FROM sales.orders
        ) AS i
       GROUP BY i.status
    ) AS q
     ORDER BY q.__pgt_row_id;
    SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
      FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
              FROM jsonb_object_keys(__pgt_nodes) AS k(node)
             CROSS JOIN pg_trickle.pgt_dependencies AS d
              JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
             GROUP BY k.node
            HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
    DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.orders_per_status', full => true);
ANALYZE sales.orders_per_status;

-- ========================================================================
-- create stream table sales.orders_targets_left
-- ========================================================================
-- trickle: stream table sales.orders_targets_left
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT o.id, c.region, t.goal FROM sales.orders AS o JOIN sales.customers AS c ON c.id = o.customer_id LEFT JOIN sales.targets AS t ON t.region = c.region
--
-- operator tree:
--   project o_id AS id, c_region AS region, goal
--     left outer join on t_region = c_region
--       inner join on c_id = customer_id
--         scan sales.orders AS o (Citus distributed: changes pulled from every node)
--         scan sales.customers AS c (Citus: read from the coordinator's copy)
--       scan sales.targets AS t (Citus: read from the coordinator's copy)

-- sales.customers is a Citus reference table: read from the coordinator's copy.
-- sales.targets is a Citus local table: read from the coordinator's copy.
SET citus.enable_ddl_propagation = off;
DO $pgt$
BEGIN
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_b6784df176b91e8a', pg_trickle.coordinator_copy('sales.customers'::regclass));
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_253f735f3258766e', pg_trickle.coordinator_copy('sales.targets'::regclass));
END
$pgt$;
RESET citus.enable_ddl_propagation;

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE sales.orders_targets_left AS
  SELECT r.id, r.region, r.goal, hash_record_extended(ROW(r.id, r.region, r.goal), 0) AS __pgt_row_id
    FROM (
      SELECT i.o_id AS id, i.c_region AS region, i.goal AS goal
        FROM (
        SELECT __pgt_l.o_id AS o_id, __pgt_l.customer_id AS customer_id, __pgt_l.amount AS amount, __pgt_l.status AS status, __pgt_l.c_id AS c_id, __pgt_l.name AS name, __pgt_l.c_region AS c_region, t.region AS t_region, t.goal AS goal
          FROM (
          SELECT o.id AS o_id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS c_id, c.name AS name, c.region AS c_region
            FROM sales.orders AS o,
                 pg_trickle_changes.copy_b6784df176b91e8a AS c
           WHERE c.id = o.customer_id
        ) AS __pgt_l
          LEFT JOIN pg_trickle_changes.copy_253f735f3258766e AS t ON t.region = __pgt_l.c_region
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE sales.orders_targets_left ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_f022c48ae18a539c ON sales.orders_targets_left (__pgt_row_id);
COMMENT ON TABLE sales.orders_targets_left IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.orders_targets_left'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'orders_targets_left', 'sales.orders_targets_left', 'f022c48ae18a539c', 'SELECT o.id, c.region, t.goal FROM sales.orders AS o JOIN sales.customers AS c ON c.id = o.customer_id LEFT JOIN sales.targets AS t ON t.region = c.region', 'AUTO', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_f022c48ae18a539c', 23, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'sales.orders_targets_left';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.customers', 'TABLE', true, ARRAY['id', 'name', 'region']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.orders_targets_left';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'amount', 'status']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.orders_targets_left';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.targets', 'TABLE', true, ARRAY['region', 'goal']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.orders_targets_left';

-- Refresh function, called by pg_trickle.refresh('sales.orders_targets_left').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_f022c48ae18a539c(p_full boolean) RETURNS text
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
    __pgt_bound_b6784df176b91e8a xid8;
    __pgt_small_b6784df176b91e8a boolean;
    __pgt_bound_2ecda1531452acfc xid8;
    __pgt_small_2ecda1531452acfc boolean;
    __pgt_bound_253f735f3258766e xid8;
    __pgt_small_253f735f3258766e boolean;
    __pgt_nodes jsonb;
    __pgt_nodes_seen jsonb;
    __pgt_prev_by_source jsonb;
    __pgt_bounds jsonb;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.customers' AND d.consumes_changes AND r.stable_name <> 'sales.orders_targets_left'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_b6784df176b91e8a'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes AND r.stable_name <> 'sales.orders_targets_left'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_2ecda1531452acfc'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.targets') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.targets' AND d.consumes_changes AND r.stable_name <> 'sales.orders_targets_left'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_253f735f3258766e'::regclass),
           st.frontier_by_source
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_b6784df176b91e8a, __pgt_small_b6784df176b91e8a, __pgt_bound_2ecda1531452acfc, __pgt_small_2ecda1531452acfc, __pgt_bound_253f735f3258766e, __pgt_small_253f735f3258766e, __pgt_prev_by_source
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.orders_targets_left';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- Joined with a distributed table, whose rows the delta cannot read: the other sources must
        -- have no change to consume.
        IF EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           OR EXISTS (SELECT FROM pg_trickle_changes.changes_253f735f3258766e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a table joined with a distributed table changed';
        END IF;
        -- The changes of the distributed sources: each node's snapshot, then the changes visible in it
        -- and not in the previous refresh's, pulled to the coordinator.
        __pgt_nodes := pg_trickle.node_snapshots();
        IF pg_catalog.to_regclass('pg_temp.__pgt_changes_2ecda1531452acfc') IS NOT NULL THEN
            DROP TABLE pg_temp.__pgt_changes_2ecda1531452acfc;
        END IF;
        CREATE TEMP TABLE __pgt_changes_2ecda1531452acfc ON COMMIT DROP AS
        SELECT c.__pgt_action, c.id, c.customer_id, c.amount, c.status
          FROM pg_trickle_changes.changes_2ecda1531452acfc AS c
         WHERE pg_visible_in_snapshot(c.__pgt_xid, (__pgt_nodes ->> c.__pgt_node::text)::pg_snapshot)
           AND NOT coalesce(pg_visible_in_snapshot(c.__pgt_xid, ((__pgt_prev_by_source -> 'sales.orders') ->> c.__pgt_node::text)::pg_snapshot), false);
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.orders', 'sales.targets') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_temp.__pgt_changes_2ecda1531452acfc)
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_253f735f3258766e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
             WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_253f735f3258766e AS c
             WHERE __pgt_small_253f735f3258766e AND c.__pgt_xid < least(__pgt_bound_253f735f3258766e, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_b6784df176b91e8a'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.customers', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_253f735f3258766e'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.targets'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_253f735f3258766e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.targets'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.targets', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.orders', __pgt_nodes, 'sales.targets', pg_current_snapshot()::text)
               WHERE pgt_schema = 'sales' AND pgt_name = 'orders_targets_left'
            ),
            -- delete the changes of sales.customers that every reader has consumed
            __pgt_release_b6784df176b91e8a AS (
              DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of sales.targets that every reader has consumed
            __pgt_release_253f735f3258766e AS (
              DELETE FROM pg_trickle_changes.changes_253f735f3258766e AS c
               WHERE __pgt_small_253f735f3258766e AND c.__pgt_xid < least(__pgt_bound_253f735f3258766e, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan sales.orders: its changes on every node, pulled before this statement (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.amount, c.status
                FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c
            ),
            -- scan sales.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.region
                FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(o) JOIN c
            --   + o' JOIN d(c)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT o.__pgt_w * c.__pgt_w AS __pgt_w, o.id AS o_id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS c_id, c.name AS name, c.region AS c_region
                FROM delta_orders AS o,
                     (
                SELECT 1 AS __pgt_w, id, name, region FROM pg_trickle_changes.copy_b6784df176b91e8a
                UNION ALL
                SELECT -__pgt_w, id, name, region FROM delta_customers
              ) AS c
               WHERE c.id = o.customer_id
              UNION ALL
              SELECT c.__pgt_w AS __pgt_w, o.id AS o_id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS c_id, c.name AS name, c.region AS c_region
                FROM (SELECT c.id, c.customer_id, c.amount, c.status FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c WHERE false) AS o,
                     delta_customers AS c
               WHERE c.id = o.customer_id
            ),
            -- scan sales.targets: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_targets AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.region, c.goal
                FROM pg_trickle_changes.changes_253f735f3258766e AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, o_id, customer_id, amount, status, c_id, name, c_region FROM (
                  SELECT o.id AS o_id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS c_id, c.name AS name, c.region AS c_region
                    FROM (SELECT c.id, c.customer_id, c.amount, c.status FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c WHERE false) AS o,
                         pg_trickle_changes.copy_b6784df176b91e8a AS c
                   WHERE c.id = o.customer_id
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, o_id, customer_id, amount, status, c_id, name, c_region FROM delta_join
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_targets AS __pgt_x WHERE __pgt_x.region = __pgt_p.c_region)
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN pg_trickle_changes.copy_253f735f3258766e AS __pgt_x ON __pgt_x.region = __pgt_p.c_region
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN delta_targets AS __pgt_x ON __pgt_x.region = __pgt_p.c_region
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT __pgt_j1.__pgt_w * t.__pgt_w AS __pgt_w, __pgt_j1.o_id AS o_id, __pgt_j1.customer_id AS customer_id, __pgt_j1.amount AS amount, __pgt_j1.status AS status, __pgt_j1.c_id AS c_id, __pgt_j1.name AS name, __pgt_j1.c_region AS c_region, t.region AS t_region, t.goal AS goal
                FROM delta_join AS __pgt_j1,
                     (
                SELECT 1 AS __pgt_w, region, goal FROM pg_trickle_changes.copy_253f735f3258766e
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.region, c.goal FROM pg_trickle_changes.changes_253f735f3258766e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS t
               WHERE t.region = __pgt_j1.c_region
              UNION ALL
              SELECT t.__pgt_w AS __pgt_w, __pgt_j1.o_id AS o_id, __pgt_j1.customer_id AS customer_id, __pgt_j1.amount AS amount, __pgt_j1.status AS status, __pgt_j1.c_id AS c_id, __pgt_j1.name AS name, __pgt_j1.c_region AS c_region, t.region AS t_region, t.goal AS goal
                FROM (
                SELECT o.id AS o_id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS c_id, c.name AS name, c.region AS c_region
                  FROM (SELECT c.id, c.customer_id, c.amount, c.status FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c WHERE false) AS o,
                       pg_trickle_changes.copy_b6784df176b91e8a AS c
                 WHERE c.id = o.customer_id
              ) AS __pgt_j1,
                     delta_targets AS t
               WHERE t.region = __pgt_j1.c_region
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.o_id AS o_id, __pgt_p.customer_id AS customer_id, __pgt_p.amount AS amount, __pgt_p.status AS status, __pgt_p.c_id AS c_id, __pgt_p.name AS name, __pgt_p.c_region AS c_region, __pgt_pad.region AS t_region, __pgt_pad.goal AS goal
                FROM delta_join AS __pgt_p
                LEFT JOIN pg_trickle_changes.copy_253f735f3258766e AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM pg_trickle_changes.copy_253f735f3258766e AS __pgt_x WHERE __pgt_x.region = __pgt_p.c_region)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p.o_id AS o_id, __pgt_p.customer_id AS customer_id, __pgt_p.amount AS amount, __pgt_p.status AS status, __pgt_p.c_id AS c_id, __pgt_p.name AS name, __pgt_p.c_region AS c_region, __pgt_pad.region AS t_region, __pgt_pad.goal AS goal
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matches_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN pg_trickle_changes.copy_253f735f3258766e AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.o_id AS id, d.c_region AS region, d.goal AS goal
                FROM delta_outer_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.region, d.goal, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.id, d.region, d.goal
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM sales.orders_targets_left AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN sales.orders_targets_left AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.id, n.region, n.goal), 0) AND t.id = n.id AND t.region IS NOT DISTINCT FROM n.region AND t.goal IS NOT DISTINCT FROM n.goal
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO sales.orders_targets_left (id, region, goal, __pgt_row_id)
            SELECT n.id, n.region, n.goal, hash_record_extended(ROW(n.id, n.region, n.goal), 0)
              FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
             WHERE n.__pgt_w > 0;
                -- Nor did one commit before the statement's snapshot was taken.
                IF EXISTS (SELECT FROM pg_trickle.pgt_stream_tables AS st, pg_trickle_changes.changes_b6784df176b91e8a AS c
                            WHERE st.stable_name = 'sales.orders_targets_left' AND pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, st.frontier, st.frontier_own_xid, st.frontier_mark) AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
                   OR EXISTS (SELECT FROM pg_trickle.pgt_stream_tables AS st, pg_trickle_changes.changes_253f735f3258766e AS c
                            WHERE st.stable_name = 'sales.orders_targets_left' AND pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, st.frontier, st.frontier_own_xid, st.frontier_mark) AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                    RAISE EXCEPTION 'pg_trickle: a table joined with a distributed table changed' USING ERRCODE = 'PT001';
                END IF;
            EXCEPTION
                WHEN SQLSTATE 'PT001' THEN
                    __pgt_reason := 'a table joined with a distributed table changed during the refresh';
                -- The delta computes the query's expressions over every change, also over rows
                -- that no longer hold (inserted with a zero divisor, then corrected; a cast to a
                -- domain whose CHECK fails; a function that raises): a fresh run of the query may
                -- not fail. If it does, the full refresh says so.
                WHEN data_exception OR cardinality_violation OR check_violation OR raise_exception THEN
                    __pgt_reason := 'the delta failed (' || SQLERRM || ')';
            END;
        END IF;
        IF __pgt_reason IS NULL THEN
            SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
              FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
                      FROM jsonb_object_keys(__pgt_nodes) AS k(node)
                     CROSS JOIN pg_trickle.pgt_dependencies AS d
                      JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                     WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
                     GROUP BY k.node
                    HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
            DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.orders', 'sales.targets') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.orders_targets_left') THEN
        DELETE FROM sales.orders_targets_left;
    ELSE
        TRUNCATE sales.orders_targets_left;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.customers'), ('sales.orders'), ('sales.targets')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.orders_targets_left' AND d.consumes_changes;
    -- Distributed sources: Citus has no snapshot across nodes. No writer of a source is in flight
    -- while the frontier and the rows are read, in statements of their own.
    LOCK TABLE sales.customers IN SHARE MODE;
    LOCK TABLE sales.orders IN SHARE MODE;
    LOCK TABLE sales.targets IN SHARE MODE;
    __pgt_nodes := pg_trickle.node_snapshots();
    -- The rows this transaction wrote are read below: their changes are consumed too.
    __pgt_nodes_seen := __pgt_nodes;
    __pgt_nodes := pg_trickle.with_own_writes(__pgt_nodes, ARRAY['pg_trickle_changes.changes_2ecda1531452acfc'::regclass]);
    UPDATE pg_trickle.pgt_stream_tables
       SET frontier = pg_current_snapshot(),
           frontier_own_xid = pg_current_xact_id_if_assigned(),
           frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
           frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.orders', __pgt_nodes, 'sales.targets', pg_current_snapshot()::text)
     WHERE pgt_schema = 'sales' AND pgt_name = 'orders_targets_left';
    IF __pgt_nodes IS DISTINCT FROM __pgt_nodes_seen THEN
        -- So would be the changes this transaction writes after this refresh on the same nodes
        -- (they carry its transaction ids there): no frontier, so the next refresh recomputes.
        UPDATE pg_trickle.pgt_stream_tables SET frontier = NULL, frontier_by_source = NULL
         WHERE pgt_schema = 'sales' AND pgt_name = 'orders_targets_left';
    END IF;
    DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
     WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()));
    DELETE FROM pg_trickle_changes.changes_253f735f3258766e AS c
     WHERE __pgt_small_253f735f3258766e AND c.__pgt_xid < least(__pgt_bound_253f735f3258766e, pg_snapshot_xmin(pg_current_snapshot()));
    DELETE FROM pg_trickle.pgt_truncations AS c
     WHERE (c.source_stable_name = 'sales.customers' AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot())))
        OR (c.source_stable_name = 'sales.orders' AND c.__pgt_xid < least(__pgt_bound_2ecda1531452acfc, pg_snapshot_xmin(pg_current_snapshot())))
        OR (c.source_stable_name = 'sales.targets' AND c.__pgt_xid < least(__pgt_bound_253f735f3258766e, pg_snapshot_xmin(pg_current_snapshot())));
    INSERT INTO sales.orders_targets_left (id, region, goal, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.region, r.goal, hash_record_extended(ROW(r.id, r.region, r.goal), 0) AS __pgt_row_id
        FROM (
          SELECT i.o_id AS id, i.c_region AS region, i.goal AS goal
            FROM (
            SELECT __pgt_l.o_id AS o_id, __pgt_l.customer_id AS customer_id, __pgt_l.amount AS amount, __pgt_l.status AS status, __pgt_l.c_id AS c_id, __pgt_l.name AS name, __pgt_l.c_region AS c_region, t.region AS t_region, t.goal AS goal
              FROM (
              SELECT o.id AS o_id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS c_id, c.name AS name, c.region AS c_region
                FROM sales.orders AS o,
                     pg_trickle_changes.copy_b6784df176b91e8a AS c
               WHERE c.id = o.customer_id
            ) AS __pgt_l
              LEFT JOIN pg_trickle_changes.copy_253f735f3258766e AS t ON t.region = __pgt_l.c_region
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
      FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
              FROM jsonb_object_keys(__pgt_nodes) AS k(node)
             CROSS JOIN pg_trickle.pgt_dependencies AS d
              JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
             GROUP BY k.node
            HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
    DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.orders_targets_left', full => true);
ANALYZE sales.orders_targets_left;

-- ========================================================================
-- create stream table sales.orders_with_customer
-- ========================================================================
-- trickle: stream table sales.orders_with_customer
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT o.id, o.customer_id, o.amount, (SELECT c.name FROM sales.customers AS c WHERE c.id = o.customer_id) AS customer FROM sales.orders AS o
--
-- operator tree:
--   project id, customer_id, amount, __pgt_sub1_name AS customer
--     left outer join on __pgt_sub1_id = customer_id
--       scan sales.orders AS o (Citus distributed: changes pulled from every node)
--       scan sales.customers AS c (Citus: read from the coordinator's copy)

-- sales.customers is a Citus reference table: read from the coordinator's copy.
SET citus.enable_ddl_propagation = off;
DO $pgt$
BEGIN
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_b6784df176b91e8a', pg_trickle.coordinator_copy('sales.customers'::regclass));
END
$pgt$;
RESET citus.enable_ddl_propagation;

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE sales.orders_with_customer AS
  SELECT r.id, r.customer_id, r.amount, r.customer, hash_record_extended(ROW(r.customer_id, r.id), 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i.customer_id AS customer_id, i.amount AS amount, i.__pgt_sub1_name AS customer
        FROM (
        SELECT o.id AS id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS __pgt_sub1_id, c.name AS __pgt_sub1_name, c.region AS __pgt_sub1_region
          FROM sales.orders AS o
          LEFT JOIN pg_trickle_changes.copy_b6784df176b91e8a AS c ON c.id = o.customer_id
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE sales.orders_with_customer ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_233322a9fc356de0 ON sales.orders_with_customer (__pgt_row_id);
COMMENT ON TABLE sales.orders_with_customer IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.orders_with_customer'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'orders_with_customer', 'sales.orders_with_customer', '233322a9fc356de0', 'SELECT o.id, o.customer_id, o.amount, (SELECT c.name FROM sales.customers AS c WHERE c.id = o.customer_id) AS customer FROM sales.orders AS o', 'AUTO', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_233322a9fc356de0', 24, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'sales.orders_with_customer';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.customers', 'TABLE', true, ARRAY['id', 'name', 'region']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.orders_with_customer';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'amount', 'status']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.orders_with_customer';

-- Refresh function, called by pg_trickle.refresh('sales.orders_with_customer').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_233322a9fc356de0(p_full boolean) RETURNS text
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
    __pgt_bound_b6784df176b91e8a xid8;
    __pgt_small_b6784df176b91e8a boolean;
    __pgt_bound_2ecda1531452acfc xid8;
    __pgt_small_2ecda1531452acfc boolean;
    __pgt_nodes jsonb;
    __pgt_nodes_seen jsonb;
    __pgt_prev_by_source jsonb;
    __pgt_bounds jsonb;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.customers' AND d.consumes_changes AND r.stable_name <> 'sales.orders_with_customer'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_b6784df176b91e8a'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes AND r.stable_name <> 'sales.orders_with_customer'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_2ecda1531452acfc'::regclass),
           st.frontier_by_source
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_b6784df176b91e8a, __pgt_small_b6784df176b91e8a, __pgt_bound_2ecda1531452acfc, __pgt_small_2ecda1531452acfc, __pgt_prev_by_source
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.orders_with_customer';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- Joined with a distributed table, whose rows the delta cannot read: the other sources must
        -- have no change to consume.
        IF EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a table joined with a distributed table changed';
        END IF;
        -- The changes of the distributed sources: each node's snapshot, then the changes visible in it
        -- and not in the previous refresh's, pulled to the coordinator.
        __pgt_nodes := pg_trickle.node_snapshots();
        IF pg_catalog.to_regclass('pg_temp.__pgt_changes_2ecda1531452acfc') IS NOT NULL THEN
            DROP TABLE pg_temp.__pgt_changes_2ecda1531452acfc;
        END IF;
        CREATE TEMP TABLE __pgt_changes_2ecda1531452acfc ON COMMIT DROP AS
        SELECT c.__pgt_action, c.id, c.customer_id, c.amount, c.status
          FROM pg_trickle_changes.changes_2ecda1531452acfc AS c
         WHERE pg_visible_in_snapshot(c.__pgt_xid, (__pgt_nodes ->> c.__pgt_node::text)::pg_snapshot)
           AND NOT coalesce(pg_visible_in_snapshot(c.__pgt_xid, ((__pgt_prev_by_source -> 'sales.orders') ->> c.__pgt_node::text)::pg_snapshot), false);
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_temp.__pgt_changes_2ecda1531452acfc) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
             WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_b6784df176b91e8a'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.customers', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.orders', __pgt_nodes)
               WHERE pgt_schema = 'sales' AND pgt_name = 'orders_with_customer'
            ),
            -- delete the changes of sales.customers that every reader has consumed
            __pgt_release_b6784df176b91e8a AS (
              DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan sales.orders: its changes on every node, pulled before this statement (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.amount, c.status
                FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c
            ),
            -- scan sales.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.region
                FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, id, customer_id, amount, status FROM (SELECT c.id, c.customer_id, c.amount, c.status FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c WHERE false) AS s
                UNION ALL
                SELECT -__pgt_w, id, customer_id, amount, status FROM delta_orders
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_customers AS __pgt_x WHERE __pgt_x.id = __pgt_p.customer_id)
            ),
            -- the net changes of the other side, by its key and the columns the condition reads
            __pgt_other_net AS (
              SELECT __pgt_x.id, sum(__pgt_x.__pgt_w) AS __pgt_w
                FROM delta_customers AS __pgt_x
               GROUP BY __pgt_x.id
              HAVING sum(__pgt_x.__pgt_w) <> 0
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT o.__pgt_w * c.__pgt_w AS __pgt_w, o.id AS id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS __pgt_sub1_id, c.name AS __pgt_sub1_name, c.region AS __pgt_sub1_region
                FROM delta_orders AS o,
                     (
                SELECT 1 AS __pgt_w, id, name, region FROM pg_trickle_changes.copy_b6784df176b91e8a
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.id, c.name, c.region FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS c
               WHERE c.id = o.customer_id
              UNION ALL
              SELECT c.__pgt_w AS __pgt_w, o.id AS id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS __pgt_sub1_id, c.name AS __pgt_sub1_name, c.region AS __pgt_sub1_region
                FROM (SELECT c.id, c.customer_id, c.amount, c.status FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c WHERE false) AS o,
                     delta_customers AS c
               WHERE c.id = o.customer_id
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.id AS id, __pgt_p.customer_id AS customer_id, __pgt_p.amount AS amount, __pgt_p.status AS status, __pgt_pad.id AS __pgt_sub1_id, __pgt_pad.name AS __pgt_sub1_name, __pgt_pad.region AS __pgt_sub1_region
                FROM delta_orders AS __pgt_p
                LEFT JOIN pg_trickle_changes.copy_b6784df176b91e8a AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM pg_trickle_changes.copy_b6784df176b91e8a AS __pgt_x WHERE __pgt_x.id = __pgt_p.customer_id)
              UNION ALL
              -- -w: the row gained its first match
              SELECT __pgt_p.__pgt_w * -1 AS __pgt_w, __pgt_p.id AS id, __pgt_p.customer_id AS customer_id, __pgt_p.amount AS amount, __pgt_p.status AS status, __pgt_pad.id AS __pgt_sub1_id, __pgt_pad.name AS __pgt_sub1_name, __pgt_pad.region AS __pgt_sub1_region
                FROM __pgt_candidates AS __pgt_p
                LEFT JOIN pg_trickle_changes.copy_b6784df176b91e8a AS __pgt_pad ON false
               WHERE EXISTS (SELECT FROM pg_trickle_changes.copy_b6784df176b91e8a AS __pgt_x WHERE __pgt_x.id = __pgt_p.customer_id)
                 AND NOT EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.id = __pgt_p.customer_id)
                 AND NOT EXISTS (SELECT FROM pg_trickle_changes.copy_b6784df176b91e8a AS __pgt_x
                              WHERE __pgt_x.id = __pgt_p.customer_id
                                AND __pgt_x.id NOT IN (SELECT n.id FROM __pgt_other_net AS n WHERE n.__pgt_w > 0))
              UNION ALL
              -- +w: the row lost its last match
              SELECT __pgt_p.__pgt_w AS __pgt_w, __pgt_p.id AS id, __pgt_p.customer_id AS customer_id, __pgt_p.amount AS amount, __pgt_p.status AS status, __pgt_pad.id AS __pgt_sub1_id, __pgt_pad.name AS __pgt_sub1_name, __pgt_pad.region AS __pgt_sub1_region
                FROM __pgt_candidates AS __pgt_p
                LEFT JOIN pg_trickle_changes.copy_b6784df176b91e8a AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM pg_trickle_changes.copy_b6784df176b91e8a AS __pgt_x WHERE __pgt_x.id = __pgt_p.customer_id)
                 AND EXISTS (SELECT FROM __pgt_other_net AS __pgt_x WHERE __pgt_x.__pgt_w < 0 AND __pgt_x.id = __pgt_p.customer_id)
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d.customer_id AS customer_id, d.amount AS amount, d.__pgt_sub1_name AS customer
                FROM delta_outer_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.customer_id, d.amount, d.customer, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.id, d.customer_id, d.amount, d.customer
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hash_record_extended(ROW(n.customer_id, n.id), 0), n.customer_id, n.id) hash_record_extended(ROW(n.customer_id, n.id), 0) AS __pgt_row_id, n.id, n.customer_id, n.amount, n.customer, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hash_record_extended(ROW(n.customer_id, n.id), 0), n.customer_id, n.id, n.__pgt_w DESC
            )
            MERGE INTO sales.orders_with_customer AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.customer_id = a.customer_id AND s.id = a.id
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET id = a.id, customer_id = a.customer_id, amount = a.amount, customer = a.customer
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (id, customer_id, amount, customer, __pgt_row_id) VALUES (a.id, a.customer_id, a.amount, a.customer, a.__pgt_row_id);
                -- Nor did one commit before the statement's snapshot was taken.
                IF EXISTS (SELECT FROM pg_trickle.pgt_stream_tables AS st, pg_trickle_changes.changes_b6784df176b91e8a AS c
                            WHERE st.stable_name = 'sales.orders_with_customer' AND pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, st.frontier, st.frontier_own_xid, st.frontier_mark) AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                    RAISE EXCEPTION 'pg_trickle: a table joined with a distributed table changed' USING ERRCODE = 'PT001';
                END IF;
            EXCEPTION
                WHEN SQLSTATE 'PT001' THEN
                    __pgt_reason := 'a table joined with a distributed table changed during the refresh';
                -- The delta computes the query's expressions over every change, also over rows
                -- that no longer hold (inserted with a zero divisor, then corrected; a cast to a
                -- domain whose CHECK fails; a function that raises): a fresh run of the query may
                -- not fail. If it does, the full refresh says so.
                WHEN data_exception OR cardinality_violation OR check_violation OR raise_exception THEN
                    __pgt_reason := 'the delta failed (' || SQLERRM || ')';
            END;
        END IF;
        IF __pgt_reason IS NULL THEN
            SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
              FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
                      FROM jsonb_object_keys(__pgt_nodes) AS k(node)
                     CROSS JOIN pg_trickle.pgt_dependencies AS d
                      JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                     WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
                     GROUP BY k.node
                    HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
            DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.orders_with_customer') THEN
        DELETE FROM sales.orders_with_customer;
    ELSE
        TRUNCATE sales.orders_with_customer;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.customers'), ('sales.orders')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.orders_with_customer' AND d.consumes_changes;
    -- Distributed sources: Citus has no snapshot across nodes. No writer of a source is in flight
    -- while the frontier and the rows are read, in statements of their own.
    LOCK TABLE sales.customers IN SHARE MODE;
    LOCK TABLE sales.orders IN SHARE MODE;
    __pgt_nodes := pg_trickle.node_snapshots();
    -- The rows this transaction wrote are read below: their changes are consumed too.
    __pgt_nodes_seen := __pgt_nodes;
    __pgt_nodes := pg_trickle.with_own_writes(__pgt_nodes, ARRAY['pg_trickle_changes.changes_2ecda1531452acfc'::regclass]);
    UPDATE pg_trickle.pgt_stream_tables
       SET frontier = pg_current_snapshot(),
           frontier_own_xid = pg_current_xact_id_if_assigned(),
           frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
           frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.orders', __pgt_nodes)
     WHERE pgt_schema = 'sales' AND pgt_name = 'orders_with_customer';
    IF __pgt_nodes IS DISTINCT FROM __pgt_nodes_seen THEN
        -- So would be the changes this transaction writes after this refresh on the same nodes
        -- (they carry its transaction ids there): no frontier, so the next refresh recomputes.
        UPDATE pg_trickle.pgt_stream_tables SET frontier = NULL, frontier_by_source = NULL
         WHERE pgt_schema = 'sales' AND pgt_name = 'orders_with_customer';
    END IF;
    DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
     WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()));
    DELETE FROM pg_trickle.pgt_truncations AS c
     WHERE (c.source_stable_name = 'sales.customers' AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot())))
        OR (c.source_stable_name = 'sales.orders' AND c.__pgt_xid < least(__pgt_bound_2ecda1531452acfc, pg_snapshot_xmin(pg_current_snapshot())));
    INSERT INTO sales.orders_with_customer (id, customer_id, amount, customer, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.customer_id, r.amount, r.customer, hash_record_extended(ROW(r.customer_id, r.id), 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, i.customer_id AS customer_id, i.amount AS amount, i.__pgt_sub1_name AS customer
            FROM (
            SELECT o.id AS id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS __pgt_sub1_id, c.name AS __pgt_sub1_name, c.region AS __pgt_sub1_region
              FROM sales.orders AS o
              LEFT JOIN pg_trickle_changes.copy_b6784df176b91e8a AS c ON c.id = o.customer_id
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
      FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
              FROM jsonb_object_keys(__pgt_nodes) AS k(node)
             CROSS JOIN pg_trickle.pgt_dependencies AS d
              JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
             GROUP BY k.node
            HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
    DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.orders_with_customer', full => true);
ANALYZE sales.orders_with_customer;

-- ========================================================================
-- create stream table sales.paid_by_region
-- ========================================================================
-- trickle: stream table sales.paid_by_region
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT p.region, count(*) AS orders, sum(p.amount) AS total FROM sales.paid_order_regions AS p GROUP BY p.region
--
-- operator tree:
--   project __pgt_g0 AS region, __pgt_a0 AS orders, __pgt_a1 AS total
--     aggregate count(*), sum(p.amount) group by region
--       project o_id AS id, customer_id, amount, region
--         inner join on c_id = customer_id AND status = 'paid'
--           scan sales.orders AS o (Citus distributed: changes pulled from every node)
--           scan sales.customers AS c (Citus: read from the coordinator's copy)

-- sales.customers is a Citus reference table: read from the coordinator's copy.
SET citus.enable_ddl_propagation = off;
DO $pgt$
BEGIN
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_b6784df176b91e8a', pg_trickle.coordinator_copy('sales.customers'::regclass));
END
$pgt$;
RESET citus.enable_ddl_propagation;

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_1).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE sales.paid_by_region WITH (fillfactor = 50) AS
  SELECT i.region AS region,
         count(*) AS orders,
         sum(i.amount) AS total,
         coalesce(hashtextextended(i.region, 0), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i.amount) AS __pgt_nonnull_1
    FROM (
      SELECT i.o_id AS id, i.customer_id AS customer_id, i.amount AS amount, i.region AS region
        FROM (
        SELECT o.id AS o_id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS c_id, c.name AS name, c.region AS region
          FROM sales.orders AS o,
               pg_trickle_changes.copy_b6784df176b91e8a AS c
         WHERE c.id = o.customer_id AND o.status = 'paid'
      ) AS i
    ) AS i
   GROUP BY i.region
  WITH NO DATA;
ALTER TABLE sales.paid_by_region ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_21fee99fbfcc10e6 ON sales.paid_by_region (__pgt_row_id);
COMMENT ON TABLE sales.paid_by_region IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.paid_by_region'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'paid_by_region', 'sales.paid_by_region', '21fee99fbfcc10e6', 'SELECT p.region, count(*) AS orders, sum(p.amount) AS total FROM sales.paid_order_regions AS p GROUP BY p.region', 'AUTO', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_21fee99fbfcc10e6', 25, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.customers', 'TABLE', true, ARRAY['id', 'name', 'region']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.paid_by_region';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'amount', 'status']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.paid_by_region';

-- Refresh function, called by pg_trickle.refresh('sales.paid_by_region').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_21fee99fbfcc10e6(p_full boolean) RETURNS text
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
    __pgt_bound_b6784df176b91e8a xid8;
    __pgt_small_b6784df176b91e8a boolean;
    __pgt_bound_2ecda1531452acfc xid8;
    __pgt_small_2ecda1531452acfc boolean;
    __pgt_nodes jsonb;
    __pgt_nodes_seen jsonb;
    __pgt_prev_by_source jsonb;
    __pgt_bounds jsonb;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.customers' AND d.consumes_changes AND r.stable_name <> 'sales.paid_by_region'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_b6784df176b91e8a'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes AND r.stable_name <> 'sales.paid_by_region'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_2ecda1531452acfc'::regclass),
           st.frontier_by_source
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_b6784df176b91e8a, __pgt_small_b6784df176b91e8a, __pgt_bound_2ecda1531452acfc, __pgt_small_2ecda1531452acfc, __pgt_prev_by_source
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.paid_by_region';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- Joined with a distributed table, whose rows the delta cannot read: the other sources must
        -- have no change to consume.
        IF EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a table joined with a distributed table changed';
        END IF;
        -- The changes of the distributed sources: each node's snapshot, then the changes visible in it
        -- and not in the previous refresh's, pulled to the coordinator.
        __pgt_nodes := pg_trickle.node_snapshots();
        IF pg_catalog.to_regclass('pg_temp.__pgt_changes_2ecda1531452acfc') IS NOT NULL THEN
            DROP TABLE pg_temp.__pgt_changes_2ecda1531452acfc;
        END IF;
        CREATE TEMP TABLE __pgt_changes_2ecda1531452acfc ON COMMIT DROP AS
        SELECT c.__pgt_action, c.id, c.customer_id, c.amount, c.status
          FROM pg_trickle_changes.changes_2ecda1531452acfc AS c
         WHERE pg_visible_in_snapshot(c.__pgt_xid, (__pgt_nodes ->> c.__pgt_node::text)::pg_snapshot)
           AND NOT coalesce(pg_visible_in_snapshot(c.__pgt_xid, ((__pgt_prev_by_source -> 'sales.orders') ->> c.__pgt_node::text)::pg_snapshot), false);
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_temp.__pgt_changes_2ecda1531452acfc) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
             WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_b6784df176b91e8a'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.customers', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.orders', __pgt_nodes)
               WHERE pgt_schema = 'sales' AND pgt_name = 'paid_by_region'
            ),
            -- delete the changes of sales.customers that every reader has consumed
            __pgt_release_b6784df176b91e8a AS (
              DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan sales.orders: its changes on every node, pulled before this statement (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.amount, c.status
                FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c
            ),
            -- scan sales.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.region
                FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(o) JOIN c
            --   + o' JOIN d(c)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT o.__pgt_w * c.__pgt_w AS __pgt_w, o.id AS o_id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS c_id, c.name AS name, c.region AS region
                FROM delta_orders AS o,
                     (
                SELECT 1 AS __pgt_w, id, name, region FROM pg_trickle_changes.copy_b6784df176b91e8a
                UNION ALL
                SELECT -__pgt_w, id, name, region FROM delta_customers
              ) AS c
               WHERE c.id = o.customer_id AND o.status = 'paid'
              UNION ALL
              SELECT c.__pgt_w AS __pgt_w, o.id AS o_id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS c_id, c.name AS name, c.region AS region
                FROM (SELECT c.id, c.customer_id, c.amount, c.status FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c WHERE false) AS o,
                     delta_customers AS c
               WHERE c.id = o.customer_id AND o.status = 'paid'
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.o_id AS id, d.customer_id AS customer_id, d.amount AS amount, d.region AS region
                FROM delta_join AS d
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.region AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.amount IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                     sum(CASE WHEN d.__pgt_w > 0 THEN d.amount ELSE -(d.amount) END) AS __pgt_d_value_1
                FROM delta_project AS d
               GROUP BY d.region
            ),
            -- a NaN or an infinity entering or leaving a total flags the refresh, which then recomputes in full
            __pgt_finite AS (
              SELECT g.* FROM __pgt_delta_groups AS g
               WHERE CASE WHEN g.__pgt_d_value_1 IN ('NaN', 'Infinity', '-Infinity') THEN set_config('pg_trickle.nonfinite', 'on', true) IS NOT NULL ELSE true END
            )
            MERGE INTO sales.paid_by_region AS s
            USING __pgt_finite AS g
               ON s.__pgt_row_id = coalesce(hashtextextended(g.__pgt_g0, 0), 0) AND s.region IS NOT DISTINCT FROM g.__pgt_g0
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          region = g.__pgt_g0,
                          orders = coalesce(s.orders, 0) + g.__pgt_d_value_0,
                          total = CASE WHEN s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1 = 0 THEN NULL WHEN s.total IS NULL THEN g.__pgt_d_value_1 WHEN g.__pgt_d_value_1 IS NULL THEN s.total ELSE s.total + g.__pgt_d_value_1 END,
                          __pgt_count = s.__pgt_count + g.__pgt_d_count,
                          __pgt_nonnull_1 = s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT (region, orders, total, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
                          VALUES (g.__pgt_g0,
                                  g.__pgt_d_value_0,
                                  CASE WHEN g.__pgt_d_nonnull_1 = 0 THEN NULL ELSE g.__pgt_d_value_1 END,
                                  coalesce(hashtextextended(g.__pgt_g0, 0), 0),
                                  g.__pgt_d_count,
                                  g.__pgt_d_nonnull_1);
                -- Nor did one commit before the statement's snapshot was taken.
                IF EXISTS (SELECT FROM pg_trickle.pgt_stream_tables AS st, pg_trickle_changes.changes_b6784df176b91e8a AS c
                            WHERE st.stable_name = 'sales.paid_by_region' AND pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, st.frontier, st.frontier_own_xid, st.frontier_mark) AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                    RAISE EXCEPTION 'pg_trickle: a table joined with a distributed table changed' USING ERRCODE = 'PT001';
                END IF;
            EXCEPTION
                WHEN SQLSTATE 'PT001' THEN
                    __pgt_reason := 'a table joined with a distributed table changed during the refresh';
                -- The delta computes the query's expressions over every change, also over rows
                -- that no longer hold (inserted with a zero divisor, then corrected; a cast to a
                -- domain whose CHECK fails; a function that raises): a fresh run of the query may
                -- not fail. If it does, the full refresh says so.
                WHEN data_exception OR cardinality_violation OR check_violation OR raise_exception THEN
                    __pgt_reason := 'the delta failed (' || SQLERRM || ')';
            END;
        END IF;
        IF __pgt_reason IS NULL THEN
            SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
              FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
                      FROM jsonb_object_keys(__pgt_nodes) AS k(node)
                     CROSS JOIN pg_trickle.pgt_dependencies AS d
                      JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                     WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
                     GROUP BY k.node
                    HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
            DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;

            -- The statement above flags a NaN or an infinity that entered or left a running SUM/AVG:
            -- subtracting one does not undo adding it, so the totals are recomputed in full.
            IF current_setting('pg_trickle.nonfinite', true) = 'on' THEN
                PERFORM set_config('pg_trickle.nonfinite', '', true);
                __pgt_reason := 'a NaN or an infinity entered or left a SUM or AVG';
            END IF;
            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_reason IS NULL THEN
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.paid_by_region') THEN
        DELETE FROM sales.paid_by_region;
    ELSE
        TRUNCATE sales.paid_by_region;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.customers'), ('sales.orders')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.paid_by_region' AND d.consumes_changes;
    -- Distributed sources: Citus has no snapshot across nodes. No writer of a source is in flight
    -- while the frontier and the rows are read, in statements of their own.
    LOCK TABLE sales.customers IN SHARE MODE;
    LOCK TABLE sales.orders IN SHARE MODE;
    __pgt_nodes := pg_trickle.node_snapshots();
    -- The rows this transaction wrote are read below: their changes are consumed too.
    __pgt_nodes_seen := __pgt_nodes;
    __pgt_nodes := pg_trickle.with_own_writes(__pgt_nodes, ARRAY['pg_trickle_changes.changes_2ecda1531452acfc'::regclass]);
    UPDATE pg_trickle.pgt_stream_tables
       SET frontier = pg_current_snapshot(),
           frontier_own_xid = pg_current_xact_id_if_assigned(),
           frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
           frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.orders', __pgt_nodes)
     WHERE pgt_schema = 'sales' AND pgt_name = 'paid_by_region';
    IF __pgt_nodes IS DISTINCT FROM __pgt_nodes_seen THEN
        -- So would be the changes this transaction writes after this refresh on the same nodes
        -- (they carry its transaction ids there): no frontier, so the next refresh recomputes.
        UPDATE pg_trickle.pgt_stream_tables SET frontier = NULL, frontier_by_source = NULL
         WHERE pgt_schema = 'sales' AND pgt_name = 'paid_by_region';
    END IF;
    DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
     WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()));
    DELETE FROM pg_trickle.pgt_truncations AS c
     WHERE (c.source_stable_name = 'sales.customers' AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot())))
        OR (c.source_stable_name = 'sales.orders' AND c.__pgt_xid < least(__pgt_bound_2ecda1531452acfc, pg_snapshot_xmin(pg_current_snapshot())));
    INSERT INTO sales.paid_by_region (region, orders, total, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
    SELECT * FROM (
      SELECT i.region AS region,
             count(*) AS orders,
             sum(i.amount) AS total,
             coalesce(hashtextextended(i.region, 0), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             count(i.amount) AS __pgt_nonnull_1
        FROM (
          SELECT i.o_id AS id, i.customer_id AS customer_id, i.amount AS amount, i.region AS region
            FROM (
            SELECT o.id AS o_id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS c_id, c.name AS name, c.region AS region
              FROM sales.orders AS o,
                   pg_trickle_changes.copy_b6784df176b91e8a AS c
             WHERE c.id = o.customer_id AND o.status = 'paid'
          ) AS i
        ) AS i
       GROUP BY i.region
    ) AS q
     ORDER BY q.__pgt_row_id;
    SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
      FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
              FROM jsonb_object_keys(__pgt_nodes) AS k(node)
             CROSS JOIN pg_trickle.pgt_dependencies AS d
              JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
             GROUP BY k.node
            HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
    DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.paid_by_region', full => true);
ANALYZE sales.paid_by_region;

-- ========================================================================
-- create stream table sales.paid_orders
-- ========================================================================
-- trickle: stream table sales.paid_orders
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT o.id, o.customer_id, o.amount, c.region FROM sales.orders AS o JOIN sales.customers AS c ON c.id = o.customer_id WHERE o.status = 'paid'
--
-- operator tree:
--   project o_id AS id, customer_id, amount, region
--     inner join on c_id = customer_id AND status = 'paid'
--       scan sales.orders AS o (Citus distributed: changes pulled from every node)
--       scan sales.customers AS c (Citus: read from the coordinator's copy)

-- sales.customers is a Citus reference table: read from the coordinator's copy.
SET citus.enable_ddl_propagation = off;
DO $pgt$
BEGIN
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_b6784df176b91e8a', pg_trickle.coordinator_copy('sales.customers'::regclass));
END
$pgt$;
RESET citus.enable_ddl_propagation;

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE sales.paid_orders AS
  SELECT r.id, r.customer_id, r.amount, r.region, hash_record_extended(ROW(r.id, r.customer_id), 0) AS __pgt_row_id
    FROM (
      SELECT i.o_id AS id, i.customer_id AS customer_id, i.amount AS amount, i.region AS region
        FROM (
        SELECT o.id AS o_id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS c_id, c.name AS name, c.region AS region
          FROM sales.orders AS o,
               pg_trickle_changes.copy_b6784df176b91e8a AS c
         WHERE c.id = o.customer_id AND o.status = 'paid'
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE sales.paid_orders ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_1db4d915ab2b56ac ON sales.paid_orders (__pgt_row_id);
COMMENT ON TABLE sales.paid_orders IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.paid_orders'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'paid_orders', 'sales.paid_orders', '1db4d915ab2b56ac', 'SELECT o.id, o.customer_id, o.amount, c.region FROM sales.orders AS o JOIN sales.customers AS c ON c.id = o.customer_id WHERE o.status = ''paid''', 'AUTO', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_1db4d915ab2b56ac', 26, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.customers', 'TABLE', true, ARRAY['id', 'name', 'region']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.paid_orders';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'amount', 'status']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.paid_orders';

-- Refresh function, called by pg_trickle.refresh('sales.paid_orders').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_1db4d915ab2b56ac(p_full boolean) RETURNS text
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
    __pgt_bound_b6784df176b91e8a xid8;
    __pgt_small_b6784df176b91e8a boolean;
    __pgt_bound_2ecda1531452acfc xid8;
    __pgt_small_2ecda1531452acfc boolean;
    __pgt_nodes jsonb;
    __pgt_nodes_seen jsonb;
    __pgt_prev_by_source jsonb;
    __pgt_bounds jsonb;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.customers' AND d.consumes_changes AND r.stable_name <> 'sales.paid_orders'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_b6784df176b91e8a'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes AND r.stable_name <> 'sales.paid_orders'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_2ecda1531452acfc'::regclass),
           st.frontier_by_source
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_b6784df176b91e8a, __pgt_small_b6784df176b91e8a, __pgt_bound_2ecda1531452acfc, __pgt_small_2ecda1531452acfc, __pgt_prev_by_source
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.paid_orders';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- Joined with a distributed table, whose rows the delta cannot read: the other sources must
        -- have no change to consume.
        IF EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a table joined with a distributed table changed';
        END IF;
        -- The changes of the distributed sources: each node's snapshot, then the changes visible in it
        -- and not in the previous refresh's, pulled to the coordinator.
        __pgt_nodes := pg_trickle.node_snapshots();
        IF pg_catalog.to_regclass('pg_temp.__pgt_changes_2ecda1531452acfc') IS NOT NULL THEN
            DROP TABLE pg_temp.__pgt_changes_2ecda1531452acfc;
        END IF;
        CREATE TEMP TABLE __pgt_changes_2ecda1531452acfc ON COMMIT DROP AS
        SELECT c.__pgt_action, c.id, c.customer_id, c.amount, c.status
          FROM pg_trickle_changes.changes_2ecda1531452acfc AS c
         WHERE pg_visible_in_snapshot(c.__pgt_xid, (__pgt_nodes ->> c.__pgt_node::text)::pg_snapshot)
           AND NOT coalesce(pg_visible_in_snapshot(c.__pgt_xid, ((__pgt_prev_by_source -> 'sales.orders') ->> c.__pgt_node::text)::pg_snapshot), false);
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_temp.__pgt_changes_2ecda1531452acfc) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
             WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_b6784df176b91e8a'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.customers', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.orders', __pgt_nodes)
               WHERE pgt_schema = 'sales' AND pgt_name = 'paid_orders'
            ),
            -- delete the changes of sales.customers that every reader has consumed
            __pgt_release_b6784df176b91e8a AS (
              DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan sales.orders: its changes on every node, pulled before this statement (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.amount, c.status
                FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c
            ),
            -- scan sales.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.region
                FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(o) JOIN c
            --   + o' JOIN d(c)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT o.__pgt_w * c.__pgt_w AS __pgt_w, o.id AS o_id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS c_id, c.name AS name, c.region AS region
                FROM delta_orders AS o,
                     (
                SELECT 1 AS __pgt_w, id, name, region FROM pg_trickle_changes.copy_b6784df176b91e8a
                UNION ALL
                SELECT -__pgt_w, id, name, region FROM delta_customers
              ) AS c
               WHERE c.id = o.customer_id AND o.status = 'paid'
              UNION ALL
              SELECT c.__pgt_w AS __pgt_w, o.id AS o_id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS c_id, c.name AS name, c.region AS region
                FROM (SELECT c.id, c.customer_id, c.amount, c.status FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c WHERE false) AS o,
                     delta_customers AS c
               WHERE c.id = o.customer_id AND o.status = 'paid'
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.o_id AS id, d.customer_id AS customer_id, d.amount AS amount, d.region AS region
                FROM delta_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.customer_id, d.amount, d.region, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.id, d.customer_id, d.amount, d.region
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hash_record_extended(ROW(n.id, n.customer_id), 0), n.id, n.customer_id) hash_record_extended(ROW(n.id, n.customer_id), 0) AS __pgt_row_id, n.id, n.customer_id, n.amount, n.region, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hash_record_extended(ROW(n.id, n.customer_id), 0), n.id, n.customer_id, n.__pgt_w DESC
            )
            MERGE INTO sales.paid_orders AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.id = a.id AND s.customer_id = a.customer_id
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET id = a.id, customer_id = a.customer_id, amount = a.amount, region = a.region
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (id, customer_id, amount, region, __pgt_row_id) VALUES (a.id, a.customer_id, a.amount, a.region, a.__pgt_row_id);
                -- Nor did one commit before the statement's snapshot was taken.
                IF EXISTS (SELECT FROM pg_trickle.pgt_stream_tables AS st, pg_trickle_changes.changes_b6784df176b91e8a AS c
                            WHERE st.stable_name = 'sales.paid_orders' AND pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, st.frontier, st.frontier_own_xid, st.frontier_mark) AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                    RAISE EXCEPTION 'pg_trickle: a table joined with a distributed table changed' USING ERRCODE = 'PT001';
                END IF;
            EXCEPTION
                WHEN SQLSTATE 'PT001' THEN
                    __pgt_reason := 'a table joined with a distributed table changed during the refresh';
                -- The delta computes the query's expressions over every change, also over rows
                -- that no longer hold (inserted with a zero divisor, then corrected; a cast to a
                -- domain whose CHECK fails; a function that raises): a fresh run of the query may
                -- not fail. If it does, the full refresh says so.
                WHEN data_exception OR cardinality_violation OR check_violation OR raise_exception THEN
                    __pgt_reason := 'the delta failed (' || SQLERRM || ')';
            END;
        END IF;
        IF __pgt_reason IS NULL THEN
            SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
              FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
                      FROM jsonb_object_keys(__pgt_nodes) AS k(node)
                     CROSS JOIN pg_trickle.pgt_dependencies AS d
                      JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                     WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
                     GROUP BY k.node
                    HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
            DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.paid_orders') THEN
        DELETE FROM sales.paid_orders;
    ELSE
        TRUNCATE sales.paid_orders;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.customers'), ('sales.orders')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.paid_orders' AND d.consumes_changes;
    -- Distributed sources: Citus has no snapshot across nodes. No writer of a source is in flight
    -- while the frontier and the rows are read, in statements of their own.
    LOCK TABLE sales.customers IN SHARE MODE;
    LOCK TABLE sales.orders IN SHARE MODE;
    __pgt_nodes := pg_trickle.node_snapshots();
    -- The rows this transaction wrote are read below: their changes are consumed too.
    __pgt_nodes_seen := __pgt_nodes;
    __pgt_nodes := pg_trickle.with_own_writes(__pgt_nodes, ARRAY['pg_trickle_changes.changes_2ecda1531452acfc'::regclass]);
    UPDATE pg_trickle.pgt_stream_tables
       SET frontier = pg_current_snapshot(),
           frontier_own_xid = pg_current_xact_id_if_assigned(),
           frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
           frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.orders', __pgt_nodes)
     WHERE pgt_schema = 'sales' AND pgt_name = 'paid_orders';
    IF __pgt_nodes IS DISTINCT FROM __pgt_nodes_seen THEN
        -- So would be the changes this transaction writes after this refresh on the same nodes
        -- (they carry its transaction ids there): no frontier, so the next refresh recomputes.
        UPDATE pg_trickle.pgt_stream_tables SET frontier = NULL, frontier_by_source = NULL
         WHERE pgt_schema = 'sales' AND pgt_name = 'paid_orders';
    END IF;
    DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
     WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()));
    DELETE FROM pg_trickle.pgt_truncations AS c
     WHERE (c.source_stable_name = 'sales.customers' AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot())))
        OR (c.source_stable_name = 'sales.orders' AND c.__pgt_xid < least(__pgt_bound_2ecda1531452acfc, pg_snapshot_xmin(pg_current_snapshot())));
    INSERT INTO sales.paid_orders (id, customer_id, amount, region, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.customer_id, r.amount, r.region, hash_record_extended(ROW(r.id, r.customer_id), 0) AS __pgt_row_id
        FROM (
          SELECT i.o_id AS id, i.customer_id AS customer_id, i.amount AS amount, i.region AS region
            FROM (
            SELECT o.id AS o_id, o.customer_id AS customer_id, o.amount AS amount, o.status AS status, c.id AS c_id, c.name AS name, c.region AS region
              FROM sales.orders AS o,
                   pg_trickle_changes.copy_b6784df176b91e8a AS c
             WHERE c.id = o.customer_id AND o.status = 'paid'
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
      FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
              FROM jsonb_object_keys(__pgt_nodes) AS k(node)
             CROSS JOIN pg_trickle.pgt_dependencies AS d
              JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
             GROUP BY k.node
            HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
    DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.paid_orders', full => true);
ANALYZE sales.paid_orders;

-- ========================================================================
-- create stream table sales.region_customer_counts
-- ========================================================================
-- trickle: stream table sales.region_customer_counts
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT r.code, s.customers, s.first_name FROM sales.regions AS r CROSS JOIN LATERAL ( SELECT count(*) AS customers, min(c.name) AS first_name FROM sales.customers AS c WHERE c.region = r.code ) AS s
--
-- operator tree:
--   project code, customers, first_name
--     project code, "Name" AS Name, CASE WHEN __pgt_s_1 IS NULL THEN 0 ELSE customers END AS customers, CASE WHEN __pgt_s_1 IS NULL THEN NULL ELSE first_name END AS first_name
--       left outer join on __pgt_s_0 = code
--         scan sales.regions AS r (Citus: read from the coordinator's copy)
--         project __pgt_a0 AS customers, __pgt_a1 AS first_name, __pgt_g0 AS pgt_lateral_k0, __pgt_a0 AS pgt_lateral_rows
--           aggregate count(*), min(c.name) group by region
--             scan sales.customers AS c (Citus: read from the coordinator's copy)

-- sales.customers is a Citus reference table: read from the coordinator's copy.
-- sales.regions is a Citus reference table: read from the coordinator's copy.
SET citus.enable_ddl_propagation = off;
DO $pgt$
BEGIN
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_b6784df176b91e8a', pg_trickle.coordinator_copy('sales.customers'::regclass));
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_90c8c8ff1d6d4e25', pg_trickle.coordinator_copy('sales.regions'::regclass));
END
$pgt$;
RESET citus.enable_ddl_propagation;

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE sales.region_customer_counts AS
  SELECT r.code, r.customers, r.first_name, hashtextextended(r.code, 0) AS __pgt_row_id
    FROM (
      SELECT i.code AS code, i.customers AS customers, i.first_name AS first_name
        FROM (
        SELECT i.code AS code, i."Name" AS "Name", CASE WHEN i.__pgt_s_1 IS NULL THEN 0 ELSE i.customers END AS customers, CASE WHEN i.__pgt_s_1 IS NULL THEN NULL ELSE i.first_name END AS first_name
          FROM (
          SELECT r.code AS code, r."Name" AS "Name", __pgt_r.customers AS customers, __pgt_r.first_name AS first_name, __pgt_r.pgt_lateral_k0 AS __pgt_s_0, __pgt_r.pgt_lateral_rows AS __pgt_s_1
            FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r
            LEFT JOIN (
            SELECT i.__pgt_a0 AS customers, i.__pgt_a1 AS first_name, i.__pgt_g0 AS pgt_lateral_k0, i.__pgt_a0 AS pgt_lateral_rows
              FROM (
              SELECT c.region AS __pgt_g0, count(*) AS __pgt_a0, min(c.name) AS __pgt_a1
                FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
               GROUP BY c.region
            ) AS i
          ) AS __pgt_r ON __pgt_r.pgt_lateral_k0 = r.code
        ) AS i
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE sales.region_customer_counts ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_2628c799b3713983 ON sales.region_customer_counts (__pgt_row_id);
COMMENT ON TABLE sales.region_customer_counts IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.region_customer_counts'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'region_customer_counts', 'sales.region_customer_counts', '2628c799b3713983', 'SELECT r.code, s.customers, s.first_name FROM sales.regions AS r CROSS JOIN LATERAL ( SELECT count(*) AS customers, min(c.name) AS first_name FROM sales.customers AS c WHERE c.region = r.code ) AS s', 'AUTO', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_2628c799b3713983', 27, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- The delta recomputes each group (or window partition) a change touches from its rows:
-- past this share of a source's rows changed, recomputing all of them costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.01 WHERE stable_name = 'sales.region_customer_counts';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.customers', 'TABLE', true, ARRAY['id', 'name', 'region']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.region_customer_counts';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.regions', 'TABLE', true, ARRAY['code', 'Name']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.region_customer_counts';

-- Refresh function, called by pg_trickle.refresh('sales.region_customer_counts').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_2628c799b3713983(p_full boolean) RETURNS text
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
    __pgt_bound_b6784df176b91e8a xid8;
    __pgt_small_b6784df176b91e8a boolean;
    __pgt_bound_90c8c8ff1d6d4e25 xid8;
    __pgt_small_90c8c8ff1d6d4e25 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.customers' AND d.consumes_changes AND r.stable_name <> 'sales.region_customer_counts'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_b6784df176b91e8a'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.regions') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.regions' AND d.consumes_changes AND r.stable_name <> 'sales.region_customer_counts'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_90c8c8ff1d6d4e25'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_b6784df176b91e8a, __pgt_small_b6784df176b91e8a, __pgt_bound_90c8c8ff1d6d4e25, __pgt_small_90c8c8ff1d6d4e25
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.region_customer_counts';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.regions') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
             WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
             WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_b6784df176b91e8a'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.customers', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_90c8c8ff1d6d4e25'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.regions'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.regions'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.regions', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.regions', pg_current_snapshot()::text)
               WHERE pgt_schema = 'sales' AND pgt_name = 'region_customer_counts'
            ),
            -- delete the changes of sales.customers that every reader has consumed
            __pgt_release_b6784df176b91e8a AS (
              DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of sales.regions that every reader has consumed
            __pgt_release_90c8c8ff1d6d4e25 AS (
              DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
               WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan sales.regions: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_regions AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.code, c."Name"
                FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan sales.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.region
                FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate in a subquery: the groups its input's changes touch
            __pgt_changed_groups AS (
              SELECT DISTINCT d.region AS __pgt_g0
                FROM delta_customers AS d
            ),
            -- aggregate in a subquery: the touched groups' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r.id, r.name, r.region
                FROM (SELECT u.id, u.name, u.region, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.id, c.name, c.region FROM (
                          SELECT c.id, c.name, c.region
                            FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                            JOIN __pgt_changed_groups AS k ON c.region = k.__pgt_g0
                          UNION ALL
                          SELECT c.id, c.name, c.region
                            FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                            JOIN __pgt_changed_groups AS k ON c.region IS NULL AND k.__pgt_g0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.id, d.name, d.region FROM delta_customers AS d) AS u
                       GROUP BY u.id, u.name, u.region
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was
            delta_aggregate AS (
              SELECT 1 AS __pgt_w, i.region AS __pgt_g0, count(*) AS __pgt_a0, min(i.name) AS __pgt_a1
                FROM (
                  SELECT c.id, c.name, c.region
                    FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                    JOIN __pgt_changed_groups AS k ON c.region = k.__pgt_g0
                  UNION ALL
                  SELECT c.id, c.name, c.region
                    FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                    JOIN __pgt_changed_groups AS k ON c.region IS NULL AND k.__pgt_g0 IS NULL
                ) AS i
               GROUP BY i.region
              UNION ALL
              SELECT -1, i.region AS __pgt_g0, count(*) AS __pgt_a0, min(i.name) AS __pgt_a1
                FROM __pgt_group_rows_before AS i
               GROUP BY i.region
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.__pgt_a0 AS customers, d.__pgt_a1 AS first_name, d.__pgt_g0 AS pgt_lateral_k0, d.__pgt_a0 AS pgt_lateral_rows
                FROM delta_aggregate AS d
            ),
            -- left outer join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, code, "Name" FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.code, c."Name" FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_project AS __pgt_x WHERE __pgt_x.pgt_lateral_k0 = __pgt_p.code)
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN (
                SELECT i.__pgt_a0 AS customers, i.__pgt_a1 AS first_name, i.__pgt_g0 AS pgt_lateral_k0, i.__pgt_a0 AS pgt_lateral_rows
                  FROM (
                  SELECT c.region AS __pgt_g0, count(*) AS __pgt_a0, min(c.name) AS __pgt_a1
                    FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                   GROUP BY c.region
                ) AS i
              ) AS __pgt_x ON __pgt_x.pgt_lateral_k0 = __pgt_p.code
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN delta_project AS __pgt_x ON __pgt_x.pgt_lateral_k0 = __pgt_p.code
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- left outer join: the inner join's changes (bilinear), and the rows of the left side that
            -- became or stopped being unmatched, with NULLs for the other side
            delta_outer_join AS (
              SELECT r.__pgt_w * __pgt_j2.__pgt_w AS __pgt_w, r.code AS code, r."Name" AS "Name", __pgt_j2.customers AS customers, __pgt_j2.first_name AS first_name, __pgt_j2.pgt_lateral_k0 AS __pgt_s_0, __pgt_j2.pgt_lateral_rows AS __pgt_s_1
                FROM delta_regions AS r,
                     (
                SELECT 1 AS __pgt_w, customers, first_name, pgt_lateral_k0, pgt_lateral_rows FROM (
                  SELECT i.__pgt_a0 AS customers, i.__pgt_a1 AS first_name, i.__pgt_g0 AS pgt_lateral_k0, i.__pgt_a0 AS pgt_lateral_rows
                    FROM (
                    SELECT c.region AS __pgt_g0, count(*) AS __pgt_a0, min(c.name) AS __pgt_a1
                      FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                     GROUP BY c.region
                  ) AS i
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, customers, first_name, pgt_lateral_k0, pgt_lateral_rows FROM delta_project
              ) AS __pgt_j2
               WHERE __pgt_j2.pgt_lateral_k0 = r.code
              UNION ALL
              SELECT __pgt_j2.__pgt_w AS __pgt_w, r.code AS code, r."Name" AS "Name", __pgt_j2.customers AS customers, __pgt_j2.first_name AS first_name, __pgt_j2.pgt_lateral_k0 AS __pgt_s_0, __pgt_j2.pgt_lateral_rows AS __pgt_s_1
                FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r,
                     delta_project AS __pgt_j2
               WHERE __pgt_j2.pgt_lateral_k0 = r.code
              UNION ALL
              SELECT __pgt_p.__pgt_w, __pgt_p.code AS code, __pgt_p."Name" AS "Name", __pgt_pad.customers AS customers, __pgt_pad.first_name AS first_name, __pgt_pad.pgt_lateral_k0 AS __pgt_s_0, __pgt_pad.pgt_lateral_rows AS __pgt_s_1
                FROM delta_regions AS __pgt_p
                LEFT JOIN (
                SELECT i.__pgt_a0 AS customers, i.__pgt_a1 AS first_name, i.__pgt_g0 AS pgt_lateral_k0, i.__pgt_a0 AS pgt_lateral_rows
                  FROM (
                  SELECT c.region AS __pgt_g0, count(*) AS __pgt_a0, min(c.name) AS __pgt_a1
                    FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                   GROUP BY c.region
                ) AS i
              ) AS __pgt_pad ON false
               WHERE NOT EXISTS (SELECT FROM (
                SELECT i.__pgt_a0 AS customers, i.__pgt_a1 AS first_name, i.__pgt_g0 AS pgt_lateral_k0, i.__pgt_a0 AS pgt_lateral_rows
                  FROM (
                  SELECT c.region AS __pgt_g0, count(*) AS __pgt_a0, min(c.name) AS __pgt_a1
                    FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                   GROUP BY c.region
                ) AS i
              ) AS __pgt_x WHERE __pgt_x.pgt_lateral_k0 = __pgt_p.code OFFSET 0)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p.code AS code, __pgt_p."Name" AS "Name", __pgt_pad.customers AS customers, __pgt_pad.first_name AS first_name, __pgt_pad.pgt_lateral_k0 AS __pgt_s_0, __pgt_pad.pgt_lateral_rows AS __pgt_s_1
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matches_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN (
                SELECT i.__pgt_a0 AS customers, i.__pgt_a1 AS first_name, i.__pgt_g0 AS pgt_lateral_k0, i.__pgt_a0 AS pgt_lateral_rows
                  FROM (
                  SELECT c.region AS __pgt_g0, count(*) AS __pgt_a0, min(c.name) AS __pgt_a1
                    FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                   GROUP BY c.region
                ) AS i
              ) AS __pgt_pad ON false
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- project (linear): each changed row, projected
            delta_project_2 AS (
              SELECT d.__pgt_w, d.code AS code, d."Name" AS "Name", CASE WHEN d.__pgt_s_1 IS NULL THEN 0 ELSE d.customers END AS customers, CASE WHEN d.__pgt_s_1 IS NULL THEN NULL ELSE d.first_name END AS first_name
                FROM delta_outer_join AS d
            ),
            -- project (linear): each changed row, projected
            delta_project_3 AS (
              SELECT d.__pgt_w, d.code AS code, d.customers AS customers, d.first_name AS first_name
                FROM delta_project_2 AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.code, d.customers, d.first_name, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project_3 AS d
               GROUP BY d.code, d.customers, d.first_name
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashtextextended(n.code, 0), n.code) hashtextextended(n.code, 0) AS __pgt_row_id, n.code, n.customers, n.first_name, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashtextextended(n.code, 0), n.code, n.__pgt_w DESC
            )
            MERGE INTO sales.region_customer_counts AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.code = a.code
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET code = a.code, customers = a.customers, first_name = a.first_name
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (code, customers, first_name, __pgt_row_id) VALUES (a.code, a.customers, a.first_name, a.__pgt_row_id);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.regions') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.region_customer_counts') THEN
        DELETE FROM sales.region_customer_counts;
    ELSE
        TRUNCATE sales.region_customer_counts;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.customers'), ('sales.regions')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.region_customer_counts' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.regions', pg_current_snapshot()::text)
         WHERE pgt_schema = 'sales' AND pgt_name = 'region_customer_counts'
    ),
    __pgt_release_b6784df176b91e8a AS (
        DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
         WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_90c8c8ff1d6d4e25 AS (
        DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
         WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'sales.customers' AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'sales.regions' AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO sales.region_customer_counts (code, customers, first_name, __pgt_row_id)
    SELECT * FROM (
      SELECT r.code, r.customers, r.first_name, hashtextextended(r.code, 0) AS __pgt_row_id
        FROM (
          SELECT i.code AS code, i.customers AS customers, i.first_name AS first_name
            FROM (
            SELECT i.code AS code, i."Name" AS "Name", CASE WHEN i.__pgt_s_1 IS NULL THEN 0 ELSE i.customers END AS customers, CASE WHEN i.__pgt_s_1 IS NULL THEN NULL ELSE i.first_name END AS first_name
              FROM (
              SELECT r.code AS code, r."Name" AS "Name", __pgt_r.customers AS customers, __pgt_r.first_name AS first_name, __pgt_r.pgt_lateral_k0 AS __pgt_s_0, __pgt_r.pgt_lateral_rows AS __pgt_s_1
                FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r
                LEFT JOIN (
                SELECT i.__pgt_a0 AS customers, i.__pgt_a1 AS first_name, i.__pgt_g0 AS pgt_lateral_k0, i.__pgt_a0 AS pgt_lateral_rows
                  FROM (
                  SELECT c.region AS __pgt_g0, count(*) AS __pgt_a0, min(c.name) AS __pgt_a1
                    FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                   GROUP BY c.region
                ) AS i
              ) AS __pgt_r ON __pgt_r.pgt_lateral_k0 = r.code
            ) AS i
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.region_customer_counts', full => true);
ANALYZE sales.region_customer_counts;

-- ========================================================================
-- create stream table sales.region_goals
-- ========================================================================
-- trickle: stream table sales.region_goals
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; each distinct row keeps a hidden count of its duplicates
--
-- defining query:
--   SELECT DISTINCT t.region, t.goal FROM sales.targets AS t WHERE t.goal IS NOT NULL
--
-- operator tree:
--   distinct
--     project region, goal
--       filter goal IS NOT NULL
--         scan sales.targets AS t (Citus: read from the coordinator's copy)

-- sales.targets is a Citus local table: read from the coordinator's copy.
SET citus.enable_ddl_propagation = off;
DO $pgt$
BEGIN
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_253f735f3258766e', pg_trickle.coordinator_copy('sales.targets'::regclass));
END
$pgt$;
RESET citus.enable_ddl_propagation;

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE sales.region_goals WITH (fillfactor = 50) AS
  SELECT r.region, r.goal, hash_record_extended(ROW(r.region, r.goal), 0) AS __pgt_row_id, count(*) AS __pgt_count
    FROM (
      SELECT i.region AS region, i.goal AS goal
        FROM (
        SELECT t.region, t.goal
          FROM pg_trickle_changes.copy_253f735f3258766e AS t
         WHERE t.goal IS NOT NULL
      ) AS i
    ) AS r
   GROUP BY r.region, r.goal
  WITH NO DATA;
ALTER TABLE sales.region_goals ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_9e96c585d34f2f6f ON sales.region_goals (__pgt_row_id);
COMMENT ON TABLE sales.region_goals IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.region_goals'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'region_goals', 'sales.region_goals', '9e96c585d34f2f6f', 'SELECT DISTINCT t.region, t.goal FROM sales.targets AS t WHERE t.goal IS NOT NULL', 'AUTO', 'DIFFERENTIAL', NULL, 'distinct', 'refresh_9e96c585d34f2f6f', 28, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.targets', 'TABLE', true, ARRAY['region', 'goal']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.region_goals';

-- Refresh function, called by pg_trickle.refresh('sales.region_goals').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_9e96c585d34f2f6f(p_full boolean) RETURNS text
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
    __pgt_bound_253f735f3258766e xid8;
    __pgt_small_253f735f3258766e boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.targets') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.targets' AND d.consumes_changes AND r.stable_name <> 'sales.region_goals'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_253f735f3258766e'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_253f735f3258766e, __pgt_small_253f735f3258766e
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.region_goals';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.targets') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_253f735f3258766e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_253f735f3258766e AS c
             WHERE __pgt_small_253f735f3258766e AND c.__pgt_xid < least(__pgt_bound_253f735f3258766e, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_253f735f3258766e'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.targets'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_253f735f3258766e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.targets'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.targets', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('sales.targets', pg_current_snapshot()::text)
               WHERE pgt_schema = 'sales' AND pgt_name = 'region_goals'
            ),
            -- delete the changes of sales.targets that every reader has consumed
            __pgt_release_253f735f3258766e AS (
              DELETE FROM pg_trickle_changes.changes_253f735f3258766e AS c
               WHERE __pgt_small_253f735f3258766e AND c.__pgt_xid < least(__pgt_bound_253f735f3258766e, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan sales.targets: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_targets AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.region, c.goal
                FROM pg_trickle_changes.changes_253f735f3258766e AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy goal IS NOT NULL
            delta_filter AS (
              SELECT d.__pgt_w, d.region, d.goal
                FROM delta_targets AS d
               WHERE d.goal IS NOT NULL
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.region AS region, d.goal AS goal
                FROM delta_filter AS d
            ),
            -- distinct: net change in the multiplicity of each row
            __pgt_net AS (
              SELECT d.region, d.goal, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.region, d.goal
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- new multiplicity = stored multiplicity + change; a row stays while it is positive
            __pgt_apply AS (
              SELECT hash_record_extended(ROW(n.region, n.goal), 0) AS __pgt_row_id, n.region, n.goal, coalesce(s.__pgt_count, 0) + n.__pgt_w AS __pgt_count
                FROM __pgt_net AS n
                LEFT JOIN sales.region_goals AS s ON s.__pgt_row_id = hash_record_extended(ROW(n.region, n.goal), 0) AND s.region IS NOT DISTINCT FROM n.region AND s.goal IS NOT DISTINCT FROM n.goal
            )
            MERGE INTO sales.region_goals AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.region IS NOT DISTINCT FROM a.region AND s.goal IS NOT DISTINCT FROM a.goal
             WHEN MATCHED AND a.__pgt_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET __pgt_count = a.__pgt_count
             WHEN NOT MATCHED AND a.__pgt_count > 0 THEN INSERT (region, goal, __pgt_row_id, __pgt_count) VALUES (a.region, a.goal, a.__pgt_row_id, a.__pgt_count);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.targets') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.region_goals') THEN
        DELETE FROM sales.region_goals;
    ELSE
        TRUNCATE sales.region_goals;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.targets')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.region_goals' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_9e96c585d34f2f6f ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT r.region, r.goal, hash_record_extended(ROW(r.region, r.goal), 0) AS __pgt_row_id, count(*) AS __pgt_count
                FROM (
                  SELECT i.region AS region, i.goal AS goal
                    FROM (
                    SELECT t.region, t.goal
                      FROM pg_trickle_changes.copy_253f735f3258766e AS t
                     WHERE t.goal IS NOT NULL
                  ) AS i
                ) AS r
               GROUP BY r.region, r.goal
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_9e96c585d34f2f6f AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('sales.targets', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'sales' AND pgt_name = 'region_goals'
        ),
        __pgt_release_253f735f3258766e AS (
            DELETE FROM pg_trickle_changes.changes_253f735f3258766e AS c
             WHERE __pgt_small_253f735f3258766e AND c.__pgt_xid < least(__pgt_bound_253f735f3258766e, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'sales.targets' AND c.__pgt_xid < least(__pgt_bound_253f735f3258766e, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO sales.region_goals (region, goal, __pgt_row_id, __pgt_count)
        SELECT q.region, q.goal, q.__pgt_row_id, q.__pgt_count FROM pg_temp.__pgt_full_9e96c585d34f2f6f AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_9e96c585d34f2f6f;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('sales.targets', pg_current_snapshot()::text)
         WHERE pgt_schema = 'sales' AND pgt_name = 'region_goals'
    ),
    __pgt_release_253f735f3258766e AS (
        DELETE FROM pg_trickle_changes.changes_253f735f3258766e AS c
         WHERE __pgt_small_253f735f3258766e AND c.__pgt_xid < least(__pgt_bound_253f735f3258766e, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'sales.targets' AND c.__pgt_xid < least(__pgt_bound_253f735f3258766e, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO sales.region_goals (region, goal, __pgt_row_id, __pgt_count)
    SELECT * FROM (
      SELECT r.region, r.goal, hash_record_extended(ROW(r.region, r.goal), 0) AS __pgt_row_id, count(*) AS __pgt_count
        FROM (
          SELECT i.region AS region, i.goal AS goal
            FROM (
            SELECT t.region, t.goal
              FROM pg_trickle_changes.copy_253f735f3258766e AS t
             WHERE t.goal IS NOT NULL
          ) AS i
        ) AS r
       GROUP BY r.region, r.goal
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.region_goals', full => true);
ANALYZE sales.region_goals;

-- ========================================================================
-- create stream table sales.region_name_prefixes
-- ========================================================================
-- trickle: stream table sales.region_name_prefixes
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   WITH RECURSIVE p(code, prefix) AS (SELECT r.code, "left"(r."Name", 1) FROM sales.regions AS r UNION SELECT p.code, "left"(r."Name", length(p.prefix) + 1) FROM p JOIN sales.regions AS r ON r.code = p.code WHERE length(p.prefix) < length(r."Name")) SELECT p.code, p.prefix FROM p
--
-- operator tree:
--   project code, prefix
--     recursive WITH query p (recomputed when its tables change; its changes are its rows now minus as they were)
--       project code, "left"("Name", 1) AS prefix
--         scan sales.regions AS r (Citus: read from the coordinator's copy)
--       project p_code AS code, "left"("Name", length(prefix) + 1) AS prefix
--         inner join on r_code = p_code AND length(prefix) < length("Name")
--           values (0 rows)
--           scan sales.regions AS r (Citus: read from the coordinator's copy)

-- sales.regions is a Citus reference table: read from the coordinator's copy.
SET citus.enable_ddl_propagation = off;
DO $pgt$
BEGIN
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_90c8c8ff1d6d4e25', pg_trickle.coordinator_copy('sales.regions'::regclass));
END
$pgt$;
RESET citus.enable_ddl_propagation;

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE sales.region_name_prefixes AS
  SELECT r.code, r.prefix, hash_record_extended(ROW(r.code, r.prefix), 0) AS __pgt_row_id
    FROM (
      SELECT i.code AS code, i.prefix AS prefix
        FROM (
        WITH RECURSIVE p(code, prefix) AS (
          SELECT r.code, "left"(r."Name", 1) FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r UNION SELECT p.code, "left"(r."Name", length(p.prefix) + 1) FROM p JOIN pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r ON r.code = p.code WHERE length(p.prefix) < length(r."Name")
        )
        SELECT code, prefix FROM p
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE sales.region_name_prefixes ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_be9091d0694a39bb ON sales.region_name_prefixes (__pgt_row_id);
COMMENT ON TABLE sales.region_name_prefixes IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.region_name_prefixes'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'region_name_prefixes', 'sales.region_name_prefixes', 'be9091d0694a39bb', 'WITH RECURSIVE p(code, prefix) AS (SELECT r.code, "left"(r."Name", 1) FROM sales.regions AS r UNION SELECT p.code, "left"(r."Name", length(p.prefix) + 1) FROM p JOIN sales.regions AS r ON r.code = p.code WHERE length(p.prefix) < length(r."Name")) SELECT p.code, p.prefix FROM p', 'AUTO', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_be9091d0694a39bb', 29, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.regions', 'TABLE', true, ARRAY['code', 'Name']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.region_name_prefixes';

-- Refresh function, called by pg_trickle.refresh('sales.region_name_prefixes').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_be9091d0694a39bb(p_full boolean) RETURNS text
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
    __pgt_bound_90c8c8ff1d6d4e25 xid8;
    __pgt_small_90c8c8ff1d6d4e25 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.regions') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.regions' AND d.consumes_changes AND r.stable_name <> 'sales.region_name_prefixes'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_90c8c8ff1d6d4e25'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_90c8c8ff1d6d4e25, __pgt_small_90c8c8ff1d6d4e25
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.region_name_prefixes';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.regions') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
             WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_90c8c8ff1d6d4e25'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.regions'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.regions'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.regions', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('sales.regions', pg_current_snapshot()::text)
               WHERE pgt_schema = 'sales' AND pgt_name = 'region_name_prefixes'
            ),
            -- delete the changes of sales.regions that every reader has consumed
            __pgt_release_90c8c8ff1d6d4e25 AS (
              DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
               WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan sales.regions: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_regions AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.code, c."Name"
                FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- sales.regions as it was before this refresh, for the recursive WITH query p
            __pgt_old AS (
              SELECT r.code, r."Name"
                FROM (SELECT u.code, u."Name", sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.code, c."Name" FROM (
                          SELECT t.code, t."Name" FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS t
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.code, d."Name" FROM delta_regions AS d) AS u
                       GROUP BY u.code, u."Name"
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- recursive WITH query p: its rows now minus as they were, when one of its tables changed
            delta_recursive AS (
              SELECT u.code, u.prefix, sum(u.__pgt_w) AS __pgt_w
                FROM (SELECT 1 AS __pgt_w, r.code, r.prefix FROM (
                  WITH RECURSIVE p(code, prefix) AS (
                    SELECT r.code, "left"(r."Name", 1) FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r UNION SELECT p.code, "left"(r."Name", length(p.prefix) + 1) FROM p JOIN pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r ON r.code = p.code WHERE length(p.prefix) < length(r."Name")
                  )
                  SELECT code, prefix FROM p
                ) AS r WHERE EXISTS (SELECT FROM delta_regions)
              UNION ALL
              SELECT -1, r.code, r.prefix FROM (
                  WITH RECURSIVE p(code, prefix) AS (
                    SELECT r.code, "left"(r."Name", 1) FROM __pgt_old AS r UNION SELECT p.code, "left"(r."Name", length(p.prefix) + 1) FROM p JOIN __pgt_old AS r ON r.code = p.code WHERE length(p.prefix) < length(r."Name")
                  )
                  SELECT code, prefix FROM p
                ) AS r WHERE EXISTS (SELECT FROM delta_regions)) AS u
               GROUP BY u.code, u.prefix
              HAVING sum(u.__pgt_w) <> 0
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.code AS code, d.prefix AS prefix
                FROM delta_recursive AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.code, d.prefix, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.code, d.prefix
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM sales.region_name_prefixes AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN sales.region_name_prefixes AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.code, n.prefix), 0) AND t.code IS NOT DISTINCT FROM n.code AND t.prefix IS NOT DISTINCT FROM n.prefix
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO sales.region_name_prefixes (code, prefix, __pgt_row_id)
            SELECT n.code, n.prefix, hash_record_extended(ROW(n.code, n.prefix), 0)
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

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.regions') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.region_name_prefixes') THEN
        DELETE FROM sales.region_name_prefixes;
    ELSE
        TRUNCATE sales.region_name_prefixes;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.regions')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.region_name_prefixes' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('sales.regions', pg_current_snapshot()::text)
         WHERE pgt_schema = 'sales' AND pgt_name = 'region_name_prefixes'
    ),
    __pgt_release_90c8c8ff1d6d4e25 AS (
        DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
         WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'sales.regions' AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO sales.region_name_prefixes (code, prefix, __pgt_row_id)
    SELECT * FROM (
      SELECT r.code, r.prefix, hash_record_extended(ROW(r.code, r.prefix), 0) AS __pgt_row_id
        FROM (
          SELECT i.code AS code, i.prefix AS prefix
            FROM (
            WITH RECURSIVE p(code, prefix) AS (
              SELECT r.code, "left"(r."Name", 1) FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r UNION SELECT p.code, "left"(r."Name", length(p.prefix) + 1) FROM p JOIN pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r ON r.code = p.code WHERE length(p.prefix) < length(r."Name")
            )
            SELECT code, prefix FROM p
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.region_name_prefixes', full => true);
ANALYZE sales.region_name_prefixes;

-- ========================================================================
-- create stream table sales.region_sizes
-- ========================================================================
-- trickle: stream table sales.region_sizes
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT r."Name", x.n FROM sales.regions AS r JOIN ( SELECT region, count(*) AS n FROM sales.customers GROUP BY region ) AS x ON x.region = r.code
--
-- operator tree:
--   project "Name" AS Name, n
--     inner join on region = code
--       scan sales.regions AS r (Citus: read from the coordinator's copy)
--       project __pgt_g0 AS region, __pgt_a0 AS n
--         aggregate count(*) group by region
--           scan sales.customers (Citus: read from the coordinator's copy)

-- sales.customers is a Citus reference table: read from the coordinator's copy.
-- sales.regions is a Citus reference table: read from the coordinator's copy.
SET citus.enable_ddl_propagation = off;
DO $pgt$
BEGIN
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_b6784df176b91e8a', pg_trickle.coordinator_copy('sales.customers'::regclass));
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_90c8c8ff1d6d4e25', pg_trickle.coordinator_copy('sales.regions'::regclass));
END
$pgt$;
RESET citus.enable_ddl_propagation;

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE sales.region_sizes AS
  SELECT r."Name", r.n, hash_record_extended(ROW(r."Name", r.n), 0) AS __pgt_row_id
    FROM (
      SELECT i."Name" AS "Name", i.n AS n
        FROM (
        SELECT r.code AS code, r."Name" AS "Name", __pgt_j2.region AS region, __pgt_j2.n AS n
          FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r,
               (
          SELECT i.__pgt_g0 AS region, i.__pgt_a0 AS n
            FROM (
            SELECT customers.region AS __pgt_g0, count(*) AS __pgt_a0
              FROM pg_trickle_changes.copy_b6784df176b91e8a AS customers
             GROUP BY customers.region
          ) AS i
        ) AS __pgt_j2
         WHERE __pgt_j2.region = r.code
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE sales.region_sizes ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_db6a80386c097916 ON sales.region_sizes (__pgt_row_id);
COMMENT ON TABLE sales.region_sizes IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.region_sizes'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'region_sizes', 'sales.region_sizes', 'db6a80386c097916', 'SELECT r."Name", x.n FROM sales.regions AS r JOIN ( SELECT region, count(*) AS n FROM sales.customers GROUP BY region ) AS x ON x.region = r.code', 'AUTO', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_db6a80386c097916', 30, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- The delta recomputes each group (or window partition) a change touches from its rows:
-- past this share of a source's rows changed, recomputing all of them costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.01 WHERE stable_name = 'sales.region_sizes';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.customers', 'TABLE', true, ARRAY['id', 'name', 'region']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.region_sizes';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.regions', 'TABLE', true, ARRAY['code', 'Name']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.region_sizes';

-- Refresh function, called by pg_trickle.refresh('sales.region_sizes').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_db6a80386c097916(p_full boolean) RETURNS text
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
    __pgt_bound_b6784df176b91e8a xid8;
    __pgt_small_b6784df176b91e8a boolean;
    __pgt_bound_90c8c8ff1d6d4e25 xid8;
    __pgt_small_90c8c8ff1d6d4e25 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.customers' AND d.consumes_changes AND r.stable_name <> 'sales.region_sizes'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_b6784df176b91e8a'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.regions') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.regions' AND d.consumes_changes AND r.stable_name <> 'sales.region_sizes'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_90c8c8ff1d6d4e25'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_b6784df176b91e8a, __pgt_small_b6784df176b91e8a, __pgt_bound_90c8c8ff1d6d4e25, __pgt_small_90c8c8ff1d6d4e25
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.region_sizes';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.regions') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
             WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
             WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_b6784df176b91e8a'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.customers', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_90c8c8ff1d6d4e25'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.regions'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.regions'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.regions', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.regions', pg_current_snapshot()::text)
               WHERE pgt_schema = 'sales' AND pgt_name = 'region_sizes'
            ),
            -- delete the changes of sales.customers that every reader has consumed
            __pgt_release_b6784df176b91e8a AS (
              DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of sales.regions that every reader has consumed
            __pgt_release_90c8c8ff1d6d4e25 AS (
              DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
               WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan sales.regions: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_regions AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.code, c."Name"
                FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan sales.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.region
                FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- aggregate in a subquery: the groups its input's changes touch
            __pgt_changed_groups AS (
              SELECT DISTINCT d.region AS __pgt_g0
                FROM delta_customers AS d
            ),
            -- aggregate in a subquery: the touched groups' rows before this refresh (now, plus deleted, minus inserted)
            __pgt_group_rows_before AS (
              SELECT r.id, r.name, r.region
                FROM (SELECT u.id, u.name, u.region, sum(u.__pgt_w) AS __pgt_n
                        FROM (SELECT 1 AS __pgt_w, c.id, c.name, c.region FROM (
                          SELECT c.id, c.name, c.region
                            FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                            JOIN __pgt_changed_groups AS k ON c.region = k.__pgt_g0
                          UNION ALL
                          SELECT c.id, c.name, c.region
                            FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                            JOIN __pgt_changed_groups AS k ON c.region IS NULL AND k.__pgt_g0 IS NULL
                             ) AS c
                              UNION ALL
                              SELECT -d.__pgt_w, d.id, d.name, d.region FROM delta_customers AS d) AS u
                       GROUP BY u.id, u.name, u.region
                      HAVING sum(u.__pgt_w) > 0) AS r,
                     generate_series(1, r.__pgt_n)
            ),
            -- aggregate in a subquery (recomputed per touched group): each touched group as it is now, minus as it was
            delta_aggregate AS (
              SELECT 1 AS __pgt_w, i.region AS __pgt_g0, count(*) AS __pgt_a0
                FROM (
                  SELECT c.id, c.name, c.region
                    FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                    JOIN __pgt_changed_groups AS k ON c.region = k.__pgt_g0
                  UNION ALL
                  SELECT c.id, c.name, c.region
                    FROM pg_trickle_changes.copy_b6784df176b91e8a AS c
                    JOIN __pgt_changed_groups AS k ON c.region IS NULL AND k.__pgt_g0 IS NULL
                ) AS i
               GROUP BY i.region
              UNION ALL
              SELECT -1, i.region AS __pgt_g0, count(*) AS __pgt_a0
                FROM __pgt_group_rows_before AS i
               GROUP BY i.region
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.__pgt_g0 AS region, d.__pgt_a0 AS n
                FROM delta_aggregate AS d
            ),
            -- inner join (bilinear): the sum of
            --     d(r) JOIN __pgt_j2
            --   + r' JOIN d(__pgt_j2)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT r.__pgt_w * __pgt_j2.__pgt_w AS __pgt_w, r.code AS code, r."Name" AS "Name", __pgt_j2.region AS region, __pgt_j2.n AS n
                FROM delta_regions AS r,
                     (
                SELECT 1 AS __pgt_w, region, n FROM (
                  SELECT i.__pgt_g0 AS region, i.__pgt_a0 AS n
                    FROM (
                    SELECT customers.region AS __pgt_g0, count(*) AS __pgt_a0
                      FROM pg_trickle_changes.copy_b6784df176b91e8a AS customers
                     GROUP BY customers.region
                  ) AS i
                ) AS cur
                UNION ALL
                SELECT -__pgt_w, region, n FROM delta_project
              ) AS __pgt_j2
               WHERE __pgt_j2.region = r.code
              UNION ALL
              SELECT __pgt_j2.__pgt_w AS __pgt_w, r.code AS code, r."Name" AS "Name", __pgt_j2.region AS region, __pgt_j2.n AS n
                FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r,
                     delta_project AS __pgt_j2
               WHERE __pgt_j2.region = r.code
            ),
            -- project (linear): each changed row, projected
            delta_project_2 AS (
              SELECT d.__pgt_w, d."Name" AS "Name", d.n AS n
                FROM delta_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d."Name", d.n, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project_2 AS d
               GROUP BY d."Name", d.n
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- number the consolidated rows, to pick copies to delete per row
            __pgt_numbered AS (
              SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
            ),
            -- delete as many stored copies of each row as its negative weight
            __pgt_deleted AS (
              DELETE FROM sales.region_sizes AS s
               WHERE s.ctid = ANY (ARRAY(
                 SELECT x.ctid FROM (
                   SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                     FROM __pgt_numbered AS n
                     JOIN sales.region_sizes AS t ON t.__pgt_row_id = hash_record_extended(ROW(n."Name", n.n), 0) AND t."Name" = n."Name" AND t.n = n.n
                 ) AS x WHERE x.copy <= x.copies))
            )
            INSERT INTO sales.region_sizes ("Name", n, __pgt_row_id)
            SELECT n."Name", n.n, hash_record_extended(ROW(n."Name", n.n), 0)
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

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.regions') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.region_sizes') THEN
        DELETE FROM sales.region_sizes;
    ELSE
        TRUNCATE sales.region_sizes;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.customers'), ('sales.regions')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.region_sizes' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.regions', pg_current_snapshot()::text)
         WHERE pgt_schema = 'sales' AND pgt_name = 'region_sizes'
    ),
    __pgt_release_b6784df176b91e8a AS (
        DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
         WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_90c8c8ff1d6d4e25 AS (
        DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
         WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'sales.customers' AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'sales.regions' AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO sales.region_sizes ("Name", n, __pgt_row_id)
    SELECT * FROM (
      SELECT r."Name", r.n, hash_record_extended(ROW(r."Name", r.n), 0) AS __pgt_row_id
        FROM (
          SELECT i."Name" AS "Name", i.n AS n
            FROM (
            SELECT r.code AS code, r."Name" AS "Name", __pgt_j2.region AS region, __pgt_j2.n AS n
              FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r,
                   (
              SELECT i.__pgt_g0 AS region, i.__pgt_a0 AS n
                FROM (
                SELECT customers.region AS __pgt_g0, count(*) AS __pgt_a0
                  FROM pg_trickle_changes.copy_b6784df176b91e8a AS customers
                 GROUP BY customers.region
              ) AS i
            ) AS __pgt_j2
             WHERE __pgt_j2.region = r.code
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.region_sizes', full => true);
ANALYZE sales.region_sizes;

-- ========================================================================
-- create stream table sales.regions_without_notes
-- ========================================================================
-- trickle: stream table sales.regions_without_notes
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT r.code FROM sales.regions AS r WHERE NOT (EXISTS (SELECT FROM sales.customers AS c JOIN sales.notes AS n ON n.customer_id = c.id WHERE c.region = r.code))
--
-- operator tree:
--   project code
--     anti join (NOT EXISTS) on sub.region = code
--       scan sales.regions AS r (Citus: read from the coordinator's copy)
--       inner join on customer_id = id
--         scan sales.customers AS c (Citus: read from the coordinator's copy)
--         scan sales.notes AS n

-- sales.customers is a Citus reference table: read from the coordinator's copy.
-- sales.regions is a Citus reference table: read from the coordinator's copy.
SET citus.enable_ddl_propagation = off;
DO $pgt$
BEGIN
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_b6784df176b91e8a', pg_trickle.coordinator_copy('sales.customers'::regclass));
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_90c8c8ff1d6d4e25', pg_trickle.coordinator_copy('sales.regions'::regclass));
END
$pgt$;
RESET citus.enable_ddl_propagation;

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE sales.regions_without_notes AS
  SELECT r.code, hashtextextended(r.code, 0) AS __pgt_row_id
    FROM (
      SELECT i.code AS code
        FROM (
        SELECT r.code, r."Name"
          FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r
         WHERE NOT EXISTS (SELECT FROM (
          SELECT c.id AS id, c.name AS name, c.region AS region, n.customer_id AS customer_id, n.note AS note
            FROM pg_trickle_changes.copy_b6784df176b91e8a AS c,
                 sales.notes AS n
           WHERE n.customer_id = c.id
        ) AS __pgt_r WHERE __pgt_r.region = r.code)
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE sales.regions_without_notes ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_deeb58dd5933a402 ON sales.regions_without_notes (__pgt_row_id);
COMMENT ON TABLE sales.regions_without_notes IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.regions_without_notes'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'regions_without_notes', 'sales.regions_without_notes', 'deeb58dd5933a402', 'SELECT r.code FROM sales.regions AS r WHERE NOT (EXISTS (SELECT FROM sales.customers AS c JOIN sales.notes AS n ON n.customer_id = c.id WHERE c.region = r.code))', 'AUTO', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_deeb58dd5933a402', 31, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
-- A semi, anti or outer join's delta probes each row a change may affect: past this share of a
-- source's rows changed, recomputing costs less.
UPDATE pg_trickle.pgt_stream_tables SET full_refresh_ratio = 0.05 WHERE stable_name = 'sales.regions_without_notes';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.customers', 'TABLE', true, ARRAY['id', 'name', 'region']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.regions_without_notes';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.notes', 'TABLE', true, ARRAY['customer_id', 'note']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.regions_without_notes';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.regions', 'TABLE', true, ARRAY['code', 'Name']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.regions_without_notes';

-- Refresh function, called by pg_trickle.refresh('sales.regions_without_notes').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_deeb58dd5933a402(p_full boolean) RETURNS text
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
    __pgt_bound_b6784df176b91e8a xid8;
    __pgt_small_b6784df176b91e8a boolean;
    __pgt_bound_53998a7467120354 xid8;
    __pgt_small_53998a7467120354 boolean;
    __pgt_bound_90c8c8ff1d6d4e25 xid8;
    __pgt_small_90c8c8ff1d6d4e25 boolean;
    __pgt_parts_53998a7467120354 text;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.customers' AND d.consumes_changes AND r.stable_name <> 'sales.regions_without_notes'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_b6784df176b91e8a'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.notes') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.notes' AND d.consumes_changes AND r.stable_name <> 'sales.regions_without_notes'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_53998a7467120354'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.regions') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.regions' AND d.consumes_changes AND r.stable_name <> 'sales.regions_without_notes'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_90c8c8ff1d6d4e25'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'sales.notes')
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_b6784df176b91e8a, __pgt_small_b6784df176b91e8a, __pgt_bound_53998a7467120354, __pgt_small_53998a7467120354, __pgt_bound_90c8c8ff1d6d4e25, __pgt_small_90c8c8ff1d6d4e25, __pgt_parts_53998a7467120354
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.regions_without_notes';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.notes', 'sales.regions') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_53998a7467120354 IS NOT NULL OR pg_trickle.children_layout('sales.notes'::regclass) IS NOT NULL THEN
            __pgt_reason := 'a source has inheritance children, whose changes are not captured';
        ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('sales.notes'::regclass)) THEN
            __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_53998a7467120354 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
             WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_53998a7467120354 AS c
             WHERE __pgt_small_53998a7467120354 AND c.__pgt_xid < least(__pgt_bound_53998a7467120354, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
             WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_b6784df176b91e8a'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.customers', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_53998a7467120354'::regclass) > __pgt_full_ratio * pg_relation_size('sales.notes'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_53998a7467120354 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'sales.notes'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.notes', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_90c8c8ff1d6d4e25'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.regions'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.regions'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.regions', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.notes', pg_current_snapshot()::text, 'sales.regions', pg_current_snapshot()::text)
               WHERE pgt_schema = 'sales' AND pgt_name = 'regions_without_notes'
            ),
            -- delete the changes of sales.customers that every reader has consumed
            __pgt_release_b6784df176b91e8a AS (
              DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of sales.notes that every reader has consumed
            __pgt_release_53998a7467120354 AS (
              DELETE FROM pg_trickle_changes.changes_53998a7467120354 AS c
               WHERE __pgt_small_53998a7467120354 AND c.__pgt_xid < least(__pgt_bound_53998a7467120354, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of sales.regions that every reader has consumed
            __pgt_release_90c8c8ff1d6d4e25 AS (
              DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
               WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan sales.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.region
                FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan sales.notes: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_notes AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.customer_id, c.note
                FROM pg_trickle_changes.changes_53998a7467120354 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(c) JOIN n
            --   + c' JOIN d(n)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT c.__pgt_w * n.__pgt_w AS __pgt_w, c.id AS id, c.name AS name, c.region AS region, n.customer_id AS customer_id, n.note AS note
                FROM delta_customers AS c,
                     (
                SELECT 1 AS __pgt_w, customer_id, note FROM sales.notes
                UNION ALL
                SELECT -__pgt_w, customer_id, note FROM delta_notes
              ) AS n
               WHERE n.customer_id = c.id
              UNION ALL
              SELECT n.__pgt_w AS __pgt_w, c.id AS id, c.name AS name, c.region AS region, n.customer_id AS customer_id, n.note AS note
                FROM pg_trickle_changes.copy_b6784df176b91e8a AS c,
                     delta_notes AS n
               WHERE n.customer_id = c.id
            ),
            -- scan sales.regions: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_regions AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.code, c."Name"
                FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- anti join: rows of the left side (before this refresh) that match a changed row of the other side
            __pgt_candidates AS (
              SELECT row_number() OVER () AS __pgt_rn, __pgt_p.*
                FROM (
                SELECT 1 AS __pgt_w, code, "Name" FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25
                UNION ALL
                SELECT CASE c.__pgt_action WHEN 'I' THEN -1 ELSE 1 END, c.code, c."Name" FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
              ) AS __pgt_p
               WHERE EXISTS (SELECT FROM delta_join AS __pgt_x WHERE __pgt_x.region = __pgt_p.code)
            ),
            -- how many rows of the other side each candidate matches now
            __pgt_matches_now AS (
              SELECT __pgt_p.__pgt_rn, count(*) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN (
                SELECT c.id AS id, c.name AS name, c.region AS region, n.customer_id AS customer_id, n.note AS note
                  FROM pg_trickle_changes.copy_b6784df176b91e8a AS c,
                       sales.notes AS n
                 WHERE n.customer_id = c.id
              ) AS __pgt_x ON __pgt_x.region = __pgt_p.code
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- the net change in the number of rows each candidate matches (the old count is now minus this)
            __pgt_matches_changed AS (
              SELECT __pgt_p.__pgt_rn, sum(__pgt_x.__pgt_w) AS n
                FROM __pgt_candidates AS __pgt_p
                JOIN delta_join AS __pgt_x ON __pgt_x.region = __pgt_p.code
               GROUP BY __pgt_p.__pgt_rn
            ),
            -- anti join (NOT EXISTS, NOT IN): the changed rows of the left side that match no row of the right,
            -- and the rows of the left side whose match on the right appeared or disappeared
            delta_semi_join AS (
              SELECT __pgt_p.__pgt_w, __pgt_p.code, __pgt_p."Name"
                FROM delta_regions AS __pgt_p
               WHERE NOT EXISTS (SELECT FROM (
                SELECT c.id AS id, c.name AS name, c.region AS region, n.customer_id AS customer_id, n.note AS note
                  FROM pg_trickle_changes.copy_b6784df176b91e8a AS c,
                       sales.notes AS n
                 WHERE n.customer_id = c.id
              ) AS __pgt_x WHERE __pgt_x.region = __pgt_p.code)
              UNION ALL
              SELECT t.* FROM (
                -- +w when the row lost its last match, -w when it gained its first
                SELECT __pgt_p.__pgt_w * ((coalesce(__pgt_xnow.n, 0) = 0)::int - (coalesce(__pgt_xnow.n, 0) - coalesce(__pgt_xchanged.n, 0) <= 0)::int) AS __pgt_w,
                       __pgt_p.code, __pgt_p."Name"
                  FROM __pgt_candidates AS __pgt_p
                  LEFT JOIN __pgt_matches_now AS __pgt_xnow ON __pgt_xnow.__pgt_rn = __pgt_p.__pgt_rn
                  LEFT JOIN __pgt_matches_changed AS __pgt_xchanged ON __pgt_xchanged.__pgt_rn = __pgt_p.__pgt_rn
              ) AS t
               WHERE t.__pgt_w <> 0
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.code AS code
                FROM delta_semi_join AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.code, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.code
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashtextextended(n.code, 0), n.code) hashtextextended(n.code, 0) AS __pgt_row_id, n.code, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashtextextended(n.code, 0), n.code, n.__pgt_w DESC
            )
            MERGE INTO sales.regions_without_notes AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.code = a.code
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET code = a.code
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (code, __pgt_row_id) VALUES (a.code, a.__pgt_row_id);
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
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.notes', 'sales.regions') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_53998a7467120354 IS NOT NULL OR pg_trickle.children_layout('sales.notes'::regclass) IS NOT NULL THEN
                __pgt_reason := 'a source has inheritance children, whose changes are not captured';
            ELSIF EXISTS (SELECT FROM pg_catalog.pg_subscription_rel AS r WHERE r.srrelid IN ('sales.notes'::regclass)) THEN
                __pgt_reason := 'a source is fed by a logical replication subscription, whose changes are not captured';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.regions_without_notes') THEN
        DELETE FROM sales.regions_without_notes;
    ELSE
        TRUNCATE sales.regions_without_notes;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.customers'), ('sales.notes'), ('sales.regions')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.regions_without_notes' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.children_layout('sales.notes'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'sales.regions_without_notes' AND d.source_stable_name = 'sales.notes';
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.notes', pg_current_snapshot()::text, 'sales.regions', pg_current_snapshot()::text)
         WHERE pgt_schema = 'sales' AND pgt_name = 'regions_without_notes'
    ),
    __pgt_release_b6784df176b91e8a AS (
        DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
         WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_53998a7467120354 AS (
        DELETE FROM pg_trickle_changes.changes_53998a7467120354 AS c
         WHERE __pgt_small_53998a7467120354 AND c.__pgt_xid < least(__pgt_bound_53998a7467120354, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_90c8c8ff1d6d4e25 AS (
        DELETE FROM pg_trickle_changes.changes_90c8c8ff1d6d4e25 AS c
         WHERE __pgt_small_90c8c8ff1d6d4e25 AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'sales.customers' AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'sales.notes' AND c.__pgt_xid < least(__pgt_bound_53998a7467120354, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'sales.regions' AND c.__pgt_xid < least(__pgt_bound_90c8c8ff1d6d4e25, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO sales.regions_without_notes (code, __pgt_row_id)
    SELECT * FROM (
      SELECT r.code, hashtextextended(r.code, 0) AS __pgt_row_id
        FROM (
          SELECT i.code AS code
            FROM (
            SELECT r.code, r."Name"
              FROM pg_trickle_changes.copy_90c8c8ff1d6d4e25 AS r
             WHERE NOT EXISTS (SELECT FROM (
              SELECT c.id AS id, c.name AS name, c.region AS region, n.customer_id AS customer_id, n.note AS note
                FROM pg_trickle_changes.copy_b6784df176b91e8a AS c,
                     sales.notes AS n
               WHERE n.customer_id = c.id
            ) AS __pgt_r WHERE __pgt_r.region = r.code)
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.regions_without_notes', full => true);
ANALYZE sales.regions_without_notes;

-- ========================================================================
-- create stream table sales.revenue_per_customer
-- ========================================================================
-- trickle: stream table sales.revenue_per_customer
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT o.customer_id, count(*) AS orders, sum(o.amount) AS revenue, max(o.amount) AS largest FROM sales.orders AS o GROUP BY o.customer_id
--
-- operator tree:
--   project __pgt_g0 AS customer_id, __pgt_a0 AS orders, __pgt_a1 AS revenue, __pgt_a2 AS largest
--     aggregate count(*), sum(o.amount), max(o.amount) group by customer_id
--       scan sales.orders AS o (Citus distributed: changes pulled from every node)

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_1).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE sales.revenue_per_customer WITH (fillfactor = 50) AS
  SELECT i.customer_id AS customer_id,
         count(*) AS orders,
         sum(i.amount) AS revenue,
         max(i.amount) AS largest,
         hashint4extended(i.customer_id, 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i.amount) AS __pgt_nonnull_1
    FROM (
      SELECT id, customer_id, amount, status FROM sales.orders
    ) AS i
   GROUP BY i.customer_id
  WITH NO DATA;
ALTER TABLE sales.revenue_per_customer ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_7848b0054048f664 ON sales.revenue_per_customer (__pgt_row_id);
COMMENT ON TABLE sales.revenue_per_customer IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.revenue_per_customer'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'revenue_per_customer', 'sales.revenue_per_customer', '7848b0054048f664', 'SELECT o.customer_id, count(*) AS orders, sum(o.amount) AS revenue, max(o.amount) AS largest FROM sales.orders AS o GROUP BY o.customer_id', 'AUTO', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_7848b0054048f664', 32, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'amount', 'status']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.revenue_per_customer';

-- Refresh function, called by pg_trickle.refresh('sales.revenue_per_customer').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_7848b0054048f664(p_full boolean) RETURNS text
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
    __pgt_bound_2ecda1531452acfc xid8;
    __pgt_small_2ecda1531452acfc boolean;
    __pgt_nodes jsonb;
    __pgt_nodes_seen jsonb;
    __pgt_prev_by_source jsonb;
    __pgt_bounds jsonb;
    __pgt_rescan_by_index boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes AND r.stable_name <> 'sales.revenue_per_customer'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_2ecda1531452acfc'::regclass),
           st.frontier_by_source
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_2ecda1531452acfc, __pgt_small_2ecda1531452acfc, __pgt_prev_by_source
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.revenue_per_customer';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- The changes of the distributed sources: each node's snapshot, then the changes visible in it
        -- and not in the previous refresh's, pulled to the coordinator.
        __pgt_nodes := pg_trickle.node_snapshots();
        IF pg_catalog.to_regclass('pg_temp.__pgt_changes_2ecda1531452acfc') IS NOT NULL THEN
            DROP TABLE pg_temp.__pgt_changes_2ecda1531452acfc;
        END IF;
        CREATE TEMP TABLE __pgt_changes_2ecda1531452acfc ON COMMIT DROP AS
        SELECT c.__pgt_action, c.id, c.customer_id, c.amount, c.status
          FROM pg_trickle_changes.changes_2ecda1531452acfc AS c
         WHERE pg_visible_in_snapshot(c.__pgt_xid, (__pgt_nodes ->> c.__pgt_node::text)::pg_snapshot)
           AND NOT coalesce(pg_visible_in_snapshot(c.__pgt_xid, ((__pgt_prev_by_source -> 'sales.orders') ->> c.__pgt_node::text)::pg_snapshot), false);
        -- MIN/MAX over a distributed table: a deleted extreme would be recomputed from its rows, which
        -- the delta statement cannot read.
        IF EXISTS (SELECT FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c WHERE c.__pgt_action = 'D') THEN
            __pgt_reason := 'rows of a distributed table under MIN or MAX were deleted or updated';
        END IF;
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_temp.__pgt_changes_2ecda1531452acfc) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.

            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.

        IF __pgt_reason IS NULL THEN
            __pgt_rescan_by_index := EXISTS (SELECT FROM pg_index AS x JOIN pg_attribute AS a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
                     WHERE x.indrelid = 'sales.orders'::regclass AND a.attname = 'customer_id'
                       AND x.indisvalid AND x.indpred IS NULL);
            BEGIN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('sales.orders', __pgt_nodes)
               WHERE pgt_schema = 'sales' AND pgt_name = 'revenue_per_customer'
            ),
            -- scan sales.orders: its changes on every node, pulled before this statement (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.amount, c.status
                FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.customer_id AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.amount IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                     sum(CASE WHEN d.__pgt_w > 0 THEN d.amount ELSE -(d.amount) END) AS __pgt_d_value_1,
                     max(d.amount) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_2,
                     max(d.amount) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_2
                FROM delta_orders AS d
               GROUP BY d.customer_id
            ),
            -- each changed group with its stored state; a group is recomputed from the sources when a deleted value may have been its MIN/MAX or a NaN or an infinity entered or left a SUM or AVG
            __pgt_groups AS (
              SELECT g.*,
                     s.ctid AS __pgt_ctid,
                     coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                     s.orders AS __pgt_old_value_0,
                     s.revenue AS __pgt_old_value_1,
                     s.largest AS __pgt_old_value_2,
                     coalesce(s.__pgt_nonnull_1, 0) AS __pgt_old_nonnull_1,
                     CASE WHEN ((g.__pgt_del_2 IS NOT NULL AND (s.largest IS NULL OR (g.__pgt_del_2 >= s.largest AND NOT coalesce(g.__pgt_ins_2 >= s.largest AND g.__pgt_ins_2 > g.__pgt_del_2, false))))
                         OR coalesce(g.__pgt_d_value_1 IN ('NaN', 'Infinity', '-Infinity'), false)) THEN set_config('pg_trickle.rescan_distributed', 'on', true) IS NOT NULL ELSE false END AS __pgt_rescan
                FROM __pgt_delta_groups AS g
                LEFT JOIN sales.revenue_per_customer AS s ON s.__pgt_row_id = hashint4extended(g.__pgt_g0, 0) AND s.customer_id = g.__pgt_g0
            ),
            -- recompute the flagged groups from the current sources (a group whose rows are all gone gets count 0)
            __pgt_rescanned AS (
              SELECT g.__pgt_g0, g.__pgt_ctid, coalesce(r.__pgt_count, 0) AS __pgt_count, r.__pgt_value_0, r.__pgt_value_1, coalesce(r.__pgt_nonnull_1, 0) AS __pgt_nonnull_1, r.__pgt_value_2
                FROM __pgt_groups AS g
                LEFT JOIN (
                  SELECT i.customer_id AS __pgt_g0,
                         count(*) AS __pgt_count,
                         count(*) AS __pgt_value_0,
                         sum(i.amount) AS __pgt_value_1,
                         count(i.amount) AS __pgt_nonnull_1,
                         max(i.amount) AS __pgt_value_2
                    FROM (
                    SELECT * FROM (
                      SELECT id, customer_id, amount, status FROM (SELECT c.id, c.customer_id, c.amount, c.status FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c WHERE false) AS s
                    ) AS i
                     WHERE __pgt_rescan_by_index AND i.customer_id = ANY (ARRAY(SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan))
                    UNION ALL
                    SELECT * FROM (
                      SELECT id, customer_id, amount, status FROM (SELECT c.id, c.customer_id, c.amount, c.status FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c WHERE false) AS s
                    ) AS i
                     WHERE NOT __pgt_rescan_by_index AND i.customer_id IN (SELECT f.__pgt_g0 FROM __pgt_groups AS f WHERE f.__pgt_rescan)
                  ) AS i
                   GROUP BY i.customer_id
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
                     greatest(g.__pgt_old_value_2, g.__pgt_ins_2) AS __pgt_value_2
                FROM __pgt_groups AS g
               WHERE NOT g.__pgt_rescan
              UNION ALL
              SELECT * FROM __pgt_rescanned
            ),
            -- rows in storage layout; a group stays while it has rows
            __pgt_apply AS (
              SELECT hashint4extended(n.__pgt_g0, 0) AS __pgt_row_id,
                     n.__pgt_ctid,
                     n.__pgt_g0 AS customer_id,
                     n.__pgt_value_0 AS orders,
                     n.__pgt_value_1 AS revenue,
                     n.__pgt_value_2 AS largest,
                     n.__pgt_count,
                     n.__pgt_nonnull_1 AS __pgt_nonnull_1,
                     n.__pgt_count > 0 AS __pgt_keep
                FROM __pgt_new_state AS n
            )
            MERGE INTO sales.revenue_per_customer AS s
            USING __pgt_apply AS a
               ON s.ctid = a.__pgt_ctid
             WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
             WHEN MATCHED THEN UPDATE SET customer_id = a.customer_id, orders = a.orders, revenue = a.revenue, largest = a.largest, __pgt_count = a.__pgt_count, __pgt_nonnull_1 = a.__pgt_nonnull_1
             WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (customer_id, orders, revenue, largest, __pgt_row_id, __pgt_count, __pgt_nonnull_1) VALUES (a.customer_id, a.orders, a.revenue, a.largest, a.__pgt_row_id, a.__pgt_count, a.__pgt_nonnull_1);
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
            SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
              FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
                      FROM jsonb_object_keys(__pgt_nodes) AS k(node)
                     CROSS JOIN pg_trickle.pgt_dependencies AS d
                      JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                     WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
                     GROUP BY k.node
                    HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
            DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;

            -- The statement above flags a group over a distributed table that must be recomputed from its
            -- rows (a MIN/MAX lost every value it kept, a NaN or an infinity entered or left a SUM/AVG),
            -- which it cannot read: the stream table is recomputed in full.
            IF current_setting('pg_trickle.rescan_distributed', true) = 'on' THEN
                PERFORM set_config('pg_trickle.rescan_distributed', '', true);
                __pgt_reason := 'a group over a distributed table must be recomputed from its rows';
            END IF;
            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_reason IS NULL THEN
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.revenue_per_customer') THEN
        DELETE FROM sales.revenue_per_customer;
    ELSE
        TRUNCATE sales.revenue_per_customer;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.orders')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.revenue_per_customer' AND d.consumes_changes;
    -- Distributed sources: Citus has no snapshot across nodes. No writer of a source is in flight
    -- while the frontier and the rows are read, in statements of their own.
    LOCK TABLE sales.orders IN SHARE MODE;
    __pgt_nodes := pg_trickle.node_snapshots();
    -- The rows this transaction wrote are read below: their changes are consumed too.
    __pgt_nodes_seen := __pgt_nodes;
    __pgt_nodes := pg_trickle.with_own_writes(__pgt_nodes, ARRAY['pg_trickle_changes.changes_2ecda1531452acfc'::regclass]);
    UPDATE pg_trickle.pgt_stream_tables
       SET frontier = pg_current_snapshot(),
           frontier_own_xid = pg_current_xact_id_if_assigned(),
           frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
           frontier_by_source = jsonb_build_object('sales.orders', __pgt_nodes)
     WHERE pgt_schema = 'sales' AND pgt_name = 'revenue_per_customer';
    IF __pgt_nodes IS DISTINCT FROM __pgt_nodes_seen THEN
        -- So would be the changes this transaction writes after this refresh on the same nodes
        -- (they carry its transaction ids there): no frontier, so the next refresh recomputes.
        UPDATE pg_trickle.pgt_stream_tables SET frontier = NULL, frontier_by_source = NULL
         WHERE pgt_schema = 'sales' AND pgt_name = 'revenue_per_customer';
    END IF;
    DELETE FROM pg_trickle.pgt_truncations AS c
     WHERE (c.source_stable_name = 'sales.orders' AND c.__pgt_xid < least(__pgt_bound_2ecda1531452acfc, pg_snapshot_xmin(pg_current_snapshot())));
    INSERT INTO sales.revenue_per_customer (customer_id, orders, revenue, largest, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
    SELECT * FROM (
      SELECT i.customer_id AS customer_id,
             count(*) AS orders,
             sum(i.amount) AS revenue,
             max(i.amount) AS largest,
             hashint4extended(i.customer_id, 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             count(i.amount) AS __pgt_nonnull_1
        FROM (
          SELECT id, customer_id, amount, status FROM sales.orders
        ) AS i
       GROUP BY i.customer_id
    ) AS q
     ORDER BY q.__pgt_row_id;
    SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
      FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
              FROM jsonb_object_keys(__pgt_nodes) AS k(node)
             CROSS JOIN pg_trickle.pgt_dependencies AS d
              JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
             GROUP BY k.node
            HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
    DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- trickle: change capture for sales.revenue_per_customer (stream table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_7848b0054048f664: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_7848b0054048f664 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.customer_id, s.orders, s.revenue, s.largest
  FROM sales.revenue_per_customer AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_7848b0054048f664
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_7848b0054048f664 IS 'trickle: changes of sales.revenue_per_customer';
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
                WHERE d.source_stable_name = 'sales.revenue_per_customer' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['customer_id', 'orders', 'revenue', 'largest']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'sales.revenue_per_customer'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['customer_id', 'orders', 'revenue', 'largest']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'sales.revenue_per_customer'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_7848b0054048f664'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_7848b0054048f664'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['customer_id', 'orders', 'revenue', 'largest']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'sales.revenue_per_customer'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_7848b0054048f664'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_7848b0054048f664'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('sales.revenue_per_customer')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7848b0054048f664() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_7848b0054048f664 (__pgt_action, customer_id, orders, revenue, largest)
        SELECT 'I', n.customer_id, n.orders, n.revenue, n.largest FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_7848b0054048f664 (__pgt_action, customer_id, orders, revenue, largest)
        SELECT 'D', o.customer_id, o.orders, o.revenue, o.largest FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.customer_id, n.orders, n.revenue, n.largest FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_7848b0054048f664 (__pgt_action, customer_id, orders, revenue, largest)
        SELECT 'D', o.customer_id, o.orders, o.revenue, o.largest FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('sales.revenue_per_customer');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_7848b0054048f664 AFTER INSERT ON sales.revenue_per_customer
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7848b0054048f664();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_7848b0054048f664 AFTER UPDATE ON sales.revenue_per_customer
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7848b0054048f664();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_7848b0054048f664 AFTER DELETE ON sales.revenue_per_customer
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7848b0054048f664();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_7848b0054048f664 AFTER TRUNCATE ON sales.revenue_per_customer
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7848b0054048f664();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE sales.revenue_per_customer ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_7848b0054048f664;
ALTER TABLE sales.revenue_per_customer ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_7848b0054048f664;
ALTER TABLE sales.revenue_per_customer ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_7848b0054048f664;
ALTER TABLE sales.revenue_per_customer ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_7848b0054048f664;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('sales.revenue_per_customer', 'sales', 'revenue_per_customer', '7848b0054048f664', 'pg_trickle_changes', 'changes_7848b0054048f664', 'pg_trickle_cdc_fn_7848b0054048f664', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.revenue_per_customer', full => true);
ANALYZE sales.revenue_per_customer;

-- ========================================================================
-- create stream table sales.revenue_per_region
-- ========================================================================
-- trickle: stream table sales.revenue_per_region
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT c.region, sum(r.revenue) AS revenue, count(*) AS customers FROM sales.revenue_per_customer AS r JOIN sales.customers AS c ON c.id = r.customer_id GROUP BY c.region
--
-- operator tree:
--   project __pgt_g0 AS region, __pgt_a0 AS revenue, __pgt_a1 AS customers
--     aggregate sum(r.revenue), count(*) group by region
--       inner join on id = customer_id
--         scan sales.revenue_per_customer AS r (stream table)
--         scan sales.customers AS c (Citus: read from the coordinator's copy)

-- sales.customers is a Citus reference table: read from the coordinator's copy.
SET citus.enable_ddl_propagation = off;
DO $pgt$
BEGIN
    EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS SELECT * FROM %s', 'pg_trickle_changes.copy_b6784df176b91e8a', pg_trickle.coordinator_copy('sales.customers'::regclass));
END
$pgt$;
RESET citus.enable_ddl_propagation;

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_0).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE sales.revenue_per_region WITH (fillfactor = 50) AS
  SELECT i.region AS region,
         sum(i.revenue) AS revenue,
         count(*) AS customers,
         coalesce(hashtextextended(i.region, 0), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i.revenue) AS __pgt_nonnull_0
    FROM (
      SELECT r.customer_id AS customer_id, r.orders AS orders, r.revenue AS revenue, r.largest AS largest, c.id AS id, c.name AS name, c.region AS region
        FROM sales.revenue_per_customer AS r,
             pg_trickle_changes.copy_b6784df176b91e8a AS c
       WHERE c.id = r.customer_id
    ) AS i
   GROUP BY i.region
  WITH NO DATA;
ALTER TABLE sales.revenue_per_region ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_ee8b5c811aebddd4 ON sales.revenue_per_region (__pgt_row_id);
COMMENT ON TABLE sales.revenue_per_region IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.revenue_per_region'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'revenue_per_region', 'sales.revenue_per_region', 'ee8b5c811aebddd4', 'SELECT c.region, sum(r.revenue) AS revenue, count(*) AS customers FROM sales.revenue_per_customer AS r JOIN sales.customers AS c ON c.id = r.customer_id GROUP BY c.region', 'AUTO', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_ee8b5c811aebddd4', 33, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.customers', 'TABLE', true, ARRAY['id', 'name', 'region']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.revenue_per_region';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.revenue_per_customer', 'STREAM_TABLE', true, ARRAY['customer_id', 'orders', 'revenue', 'largest']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.revenue_per_region';

-- Refresh function, called by pg_trickle.refresh('sales.revenue_per_region').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_ee8b5c811aebddd4(p_full boolean) RETURNS text
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
    __pgt_bound_b6784df176b91e8a xid8;
    __pgt_small_b6784df176b91e8a boolean;
    __pgt_bound_7848b0054048f664 xid8;
    __pgt_small_7848b0054048f664 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.customers') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.customers' AND d.consumes_changes AND r.stable_name <> 'sales.revenue_per_region'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_b6784df176b91e8a'::regclass),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.revenue_per_customer') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.revenue_per_customer' AND d.consumes_changes AND r.stable_name <> 'sales.revenue_per_region'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_7848b0054048f664'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_b6784df176b91e8a, __pgt_small_b6784df176b91e8a, __pgt_bound_7848b0054048f664, __pgt_small_7848b0054048f664
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.revenue_per_region';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.revenue_per_customer') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT FROM pg_trickle_changes.changes_7848b0054048f664 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
             WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_prev_snapshot));
            DELETE FROM pg_trickle_changes.changes_7848b0054048f664 AS c
             WHERE __pgt_small_7848b0054048f664 AND c.__pgt_xid < least(__pgt_bound_7848b0054048f664, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_b6784df176b91e8a'::regclass) > __pgt_full_ratio * pg_relation_size(pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_b6784df176b91e8a AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = pg_trickle.coordinator_copy('sales.customers'::regclass)) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.customers', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_7848b0054048f664'::regclass) > __pgt_full_ratio * pg_relation_size('sales.revenue_per_customer'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_7848b0054048f664 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'sales.revenue_per_customer'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'sales.revenue_per_customer', round((__pgt_full_ratio * 100)::numeric, 1));
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
                     frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.revenue_per_customer', pg_current_snapshot()::text)
               WHERE pgt_schema = 'sales' AND pgt_name = 'revenue_per_region'
            ),
            -- delete the changes of sales.customers that every reader has consumed
            __pgt_release_b6784df176b91e8a AS (
              DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- delete the changes of sales.revenue_per_customer that every reader has consumed
            __pgt_release_7848b0054048f664 AS (
              DELETE FROM pg_trickle_changes.changes_7848b0054048f664 AS c
               WHERE __pgt_small_7848b0054048f664 AND c.__pgt_xid < least(__pgt_bound_7848b0054048f664, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan sales.revenue_per_customer: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_revenue_per_customer AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.customer_id, c.orders, c.revenue, c.largest
                FROM pg_trickle_changes.changes_7848b0054048f664 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- scan sales.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_customers AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.region
                FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- inner join (bilinear): the sum of
            --     d(r) JOIN c
            --   + r' JOIN d(c)
            -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
            delta_join AS (
              SELECT r.__pgt_w * c.__pgt_w AS __pgt_w, r.customer_id AS customer_id, r.orders AS orders, r.revenue AS revenue, r.largest AS largest, c.id AS id, c.name AS name, c.region AS region
                FROM delta_revenue_per_customer AS r,
                     (
                SELECT 1 AS __pgt_w, id, name, region FROM pg_trickle_changes.copy_b6784df176b91e8a
                UNION ALL
                SELECT -__pgt_w, id, name, region FROM delta_customers
              ) AS c
               WHERE c.id = r.customer_id
              UNION ALL
              SELECT c.__pgt_w AS __pgt_w, r.customer_id AS customer_id, r.orders AS orders, r.revenue AS revenue, r.largest AS largest, c.id AS id, c.name AS name, c.region AS region
                FROM sales.revenue_per_customer AS r,
                     delta_customers AS c
               WHERE c.id = r.customer_id
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.region AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.revenue IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_0,
                     CASE WHEN sum(d.revenue) FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(d.revenue) FILTER (WHERE d.__pgt_w > 0) WHEN sum(d.revenue) FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(d.revenue) FILTER (WHERE d.__pgt_w < 0)) ELSE sum(d.revenue) FILTER (WHERE d.__pgt_w > 0) - sum(d.revenue) FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_1
                FROM delta_join AS d
               GROUP BY d.region
            ),
            -- a NaN or an infinity entering or leaving a total flags the refresh, which then recomputes in full
            __pgt_finite AS (
              SELECT g.* FROM __pgt_delta_groups AS g
               WHERE CASE WHEN g.__pgt_d_value_0::text IN ('NaN', 'Infinity', '-Infinity', 'infinity', '-infinity') THEN set_config('pg_trickle.nonfinite', 'on', true) IS NOT NULL ELSE true END
            )
            MERGE INTO sales.revenue_per_region AS s
            USING __pgt_finite AS g
               ON s.__pgt_row_id = coalesce(hashtextextended(g.__pgt_g0, 0), 0) AND s.region IS NOT DISTINCT FROM g.__pgt_g0
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          region = g.__pgt_g0,
                          revenue = CASE WHEN s.__pgt_nonnull_0 + g.__pgt_d_nonnull_0 = 0 THEN NULL WHEN s.revenue IS NULL THEN g.__pgt_d_value_0 WHEN g.__pgt_d_value_0 IS NULL THEN s.revenue ELSE s.revenue + g.__pgt_d_value_0 END,
                          customers = coalesce(s.customers, 0) + g.__pgt_d_value_1,
                          __pgt_count = s.__pgt_count + g.__pgt_d_count,
                          __pgt_nonnull_0 = s.__pgt_nonnull_0 + g.__pgt_d_nonnull_0
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT (region, revenue, customers, __pgt_row_id, __pgt_count, __pgt_nonnull_0)
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

            -- The statement above flags a NaN or an infinity that entered or left a running SUM/AVG:
            -- subtracting one does not undo adding it, so the totals are recomputed in full.
            IF current_setting('pg_trickle.nonfinite', true) = 'on' THEN
                PERFORM set_config('pg_trickle.nonfinite', '', true);
                __pgt_reason := 'a NaN or an infinity entered or left a SUM or AVG';
            END IF;
            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.customers', 'sales.revenue_per_customer') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_reason IS NULL THEN
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.revenue_per_region') THEN
        DELETE FROM sales.revenue_per_region;
    ELSE
        TRUNCATE sales.revenue_per_region;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.customers'), ('sales.revenue_per_customer')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.revenue_per_region' AND d.consumes_changes;
    -- CREATE TABLE AS may use parallel workers, INSERT ... SELECT cannot (this needs the TEMPORARY
    -- privilege, else the single statement below runs). The snapshot it read the sources with is
    -- kept in its rows and recorded as the frontier.
    IF has_database_privilege(current_database(), 'TEMPORARY') THEN
        CREATE TEMP TABLE pg_temp.__pgt_full_ee8b5c811aebddd4 ON COMMIT DROP AS
        SELECT s.__pgt_snapshot, q.*
          FROM (SELECT pg_current_snapshot() AS __pgt_snapshot) AS s
          LEFT JOIN (
            SELECT true AS __pgt_present, q.* FROM (
              SELECT i.region AS region,
                     sum(i.revenue) AS revenue,
                     count(*) AS customers,
                     coalesce(hashtextextended(i.region, 0), 0) AS __pgt_row_id,
                     count(*) AS __pgt_count,
                     count(i.revenue) AS __pgt_nonnull_0
                FROM (
                  SELECT r.customer_id AS customer_id, r.orders AS orders, r.revenue AS revenue, r.largest AS largest, c.id AS id, c.name AS name, c.region AS region
                    FROM sales.revenue_per_customer AS r,
                         pg_trickle_changes.copy_b6784df176b91e8a AS c
                   WHERE c.id = r.customer_id
                ) AS i
               GROUP BY i.region
            ) AS q
          ) AS q ON true;
        SELECT f.__pgt_snapshot INTO __pgt_full_snapshot FROM pg_temp.__pgt_full_ee8b5c811aebddd4 AS f LIMIT 1;
        WITH __pgt_frontier AS (
            UPDATE pg_trickle.pgt_stream_tables
               SET frontier = __pgt_full_snapshot,
                   frontier_own_xid = pg_current_xact_id_if_assigned(),
                   frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                   frontier_by_source = jsonb_build_object('sales.customers', __pgt_full_snapshot::text, 'sales.revenue_per_customer', __pgt_full_snapshot::text)
             WHERE pgt_schema = 'sales' AND pgt_name = 'revenue_per_region'
        ),
        __pgt_release_b6784df176b91e8a AS (
            DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
             WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_7848b0054048f664 AS (
            DELETE FROM pg_trickle_changes.changes_7848b0054048f664 AS c
             WHERE __pgt_small_7848b0054048f664 AND c.__pgt_xid < least(__pgt_bound_7848b0054048f664, pg_snapshot_xmin(__pgt_full_snapshot))
        ),
        __pgt_release_truncations AS (
            DELETE FROM pg_trickle.pgt_truncations AS c
             WHERE (c.source_stable_name = 'sales.customers' AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(__pgt_full_snapshot)))
                OR (c.source_stable_name = 'sales.revenue_per_customer' AND c.__pgt_xid < least(__pgt_bound_7848b0054048f664, pg_snapshot_xmin(__pgt_full_snapshot)))
        )
        INSERT INTO sales.revenue_per_region (region, revenue, customers, __pgt_row_id, __pgt_count, __pgt_nonnull_0)
        SELECT q.region, q.revenue, q.customers, q.__pgt_row_id, q.__pgt_count, q.__pgt_nonnull_0 FROM pg_temp.__pgt_full_ee8b5c811aebddd4 AS q WHERE q.__pgt_present ORDER BY q.__pgt_row_id;
        DROP TABLE pg_temp.__pgt_full_ee8b5c811aebddd4;
        RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
    END IF;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('sales.customers', pg_current_snapshot()::text, 'sales.revenue_per_customer', pg_current_snapshot()::text)
         WHERE pgt_schema = 'sales' AND pgt_name = 'revenue_per_region'
    ),
    __pgt_release_b6784df176b91e8a AS (
        DELETE FROM pg_trickle_changes.changes_b6784df176b91e8a AS c
         WHERE __pgt_small_b6784df176b91e8a AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_7848b0054048f664 AS (
        DELETE FROM pg_trickle_changes.changes_7848b0054048f664 AS c
         WHERE __pgt_small_7848b0054048f664 AND c.__pgt_xid < least(__pgt_bound_7848b0054048f664, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'sales.customers' AND c.__pgt_xid < least(__pgt_bound_b6784df176b91e8a, pg_snapshot_xmin(pg_current_snapshot())))
            OR (c.source_stable_name = 'sales.revenue_per_customer' AND c.__pgt_xid < least(__pgt_bound_7848b0054048f664, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO sales.revenue_per_region (region, revenue, customers, __pgt_row_id, __pgt_count, __pgt_nonnull_0)
    SELECT * FROM (
      SELECT i.region AS region,
             sum(i.revenue) AS revenue,
             count(*) AS customers,
             coalesce(hashtextextended(i.region, 0), 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             count(i.revenue) AS __pgt_nonnull_0
        FROM (
          SELECT r.customer_id AS customer_id, r.orders AS orders, r.revenue AS revenue, r.largest AS largest, c.id AS id, c.name AS name, c.region AS region
            FROM sales.revenue_per_customer AS r,
                 pg_trickle_changes.copy_b6784df176b91e8a AS c
           WHERE c.id = r.customer_id
        ) AS i
       GROUP BY i.region
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.revenue_per_region', full => true);
ANALYZE sales.revenue_per_region;

-- ========================================================================
-- create stream table sales.visits_per_customer
-- ========================================================================
-- trickle: stream table sales.visits_per_customer
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT v.customer_id, count(*) AS visits, sum(v.pages) AS pages FROM sales.visits AS v GROUP BY v.customer_id
--
-- operator tree:
--   project __pgt_g0 AS customer_id, __pgt_a0 AS visits, __pgt_a1 AS pages
--     aggregate count(*), sum(v.pages) group by customer_id
--       scan sales.visits AS v (Citus distributed: changes pulled from every node)

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_1).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE sales.visits_per_customer WITH (fillfactor = 50) AS
  SELECT i.customer_id AS customer_id,
         count(*) AS visits,
         sum(i.pages) AS pages,
         hashint4extended(i.customer_id, 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i.pages) AS __pgt_nonnull_1
    FROM (
      SELECT customer_id, day, pages FROM sales.visits
    ) AS i
   GROUP BY i.customer_id
  WITH NO DATA;
ALTER TABLE sales.visits_per_customer ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_379dc804fd42d58e ON sales.visits_per_customer (__pgt_row_id);
COMMENT ON TABLE sales.visits_per_customer IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.visits_per_customer'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'visits_per_customer', 'sales.visits_per_customer', '379dc804fd42d58e', 'SELECT v.customer_id, count(*) AS visits, sum(v.pages) AS pages FROM sales.visits AS v GROUP BY v.customer_id', 'AUTO', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_379dc804fd42d58e', 34, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.visits', 'TABLE', true, ARRAY['customer_id', 'day', 'pages']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.visits_per_customer';

-- Refresh function, called by pg_trickle.refresh('sales.visits_per_customer').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_379dc804fd42d58e(p_full boolean) RETURNS text
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
    __pgt_bound_fd2b70203942a5d6 xid8;
    __pgt_small_fd2b70203942a5d6 boolean;
    __pgt_parts_fd2b70203942a5d6 text;
    __pgt_nodes jsonb;
    __pgt_nodes_seen jsonb;
    __pgt_prev_by_source jsonb;
    __pgt_bounds jsonb;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.visits') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.visits' AND d.consumes_changes AND r.stable_name <> 'sales.visits_per_customer'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_fd2b70203942a5d6'::regclass),
           (SELECT d.partitions FROM pg_trickle.pgt_dependencies AS d WHERE d.pgt_id = st.pgt_id AND d.source_stable_name = 'sales.visits'),
           st.frontier_by_source
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_fd2b70203942a5d6, __pgt_small_fd2b70203942a5d6, __pgt_parts_fd2b70203942a5d6, __pgt_prev_by_source
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.visits_per_customer';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- The changes of the distributed sources: each node's snapshot, then the changes visible in it
        -- and not in the previous refresh's, pulled to the coordinator.
        __pgt_nodes := pg_trickle.node_snapshots();
        IF pg_catalog.to_regclass('pg_temp.__pgt_changes_fd2b70203942a5d6') IS NOT NULL THEN
            DROP TABLE pg_temp.__pgt_changes_fd2b70203942a5d6;
        END IF;
        CREATE TEMP TABLE __pgt_changes_fd2b70203942a5d6 ON COMMIT DROP AS
        SELECT c.__pgt_action, c.customer_id, c.day, c.pages
          FROM pg_trickle_changes.changes_fd2b70203942a5d6 AS c
         WHERE pg_visible_in_snapshot(c.__pgt_xid, (__pgt_nodes ->> c.__pgt_node::text)::pg_snapshot)
           AND NOT coalesce(pg_visible_in_snapshot(c.__pgt_xid, ((__pgt_prev_by_source -> 'sales.visits') ->> c.__pgt_node::text)::pg_snapshot), false);
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.visits') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF __pgt_parts_fd2b70203942a5d6 IS DISTINCT FROM pg_trickle.partition_layout('sales.visits'::regclass) THEN
            __pgt_reason := 'the partitions of a source changed (ATTACH, DETACH, DROP or TRUNCATE of a partition)';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_temp.__pgt_changes_fd2b70203942a5d6) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.

            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.

        IF __pgt_reason IS NULL THEN
            BEGIN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('sales.visits', __pgt_nodes)
               WHERE pgt_schema = 'sales' AND pgt_name = 'visits_per_customer'
            ),
            -- scan sales.visits: its changes on every node, pulled before this statement (an UPDATE is a deletion and an insertion)
            delta_visits AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.customer_id, c.day, c.pages
                FROM pg_temp.__pgt_changes_fd2b70203942a5d6 AS c
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.customer_id AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE d.pages IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                     CASE WHEN sum(d.pages) FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum(d.pages) FILTER (WHERE d.__pgt_w > 0) WHEN sum(d.pages) FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum(d.pages) FILTER (WHERE d.__pgt_w < 0)) ELSE sum(d.pages) FILTER (WHERE d.__pgt_w > 0) - sum(d.pages) FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_1
                FROM delta_visits AS d
               GROUP BY d.customer_id
            )
            MERGE INTO sales.visits_per_customer AS s
            USING __pgt_delta_groups AS g
               ON s.__pgt_row_id = hashint4extended(g.__pgt_g0, 0) AND s.customer_id = g.__pgt_g0
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          customer_id = g.__pgt_g0,
                          visits = coalesce(s.visits, 0) + g.__pgt_d_value_0,
                          pages = CASE WHEN s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1 = 0 THEN NULL WHEN s.pages IS NULL THEN g.__pgt_d_value_1 WHEN g.__pgt_d_value_1 IS NULL THEN s.pages ELSE s.pages + g.__pgt_d_value_1 END,
                          __pgt_count = s.__pgt_count + g.__pgt_d_count,
                          __pgt_nonnull_1 = s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT (customer_id, visits, pages, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
                          VALUES (g.__pgt_g0,
                                  g.__pgt_d_value_0,
                                  CASE WHEN g.__pgt_d_nonnull_1 = 0 THEN NULL ELSE g.__pgt_d_value_1 END,
                                  hashint4extended(g.__pgt_g0, 0),
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
            SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.visits')) INTO __pgt_bounds
              FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.visits' ->> k.node)::pg_snapshot))::text AS bound
                      FROM jsonb_object_keys(__pgt_nodes) AS k(node)
                     CROSS JOIN pg_trickle.pgt_dependencies AS d
                      JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                     WHERE d.source_stable_name = 'sales.visits' AND d.consumes_changes
                     GROUP BY k.node
                    HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.visits' ? k.node, false))) AS b;
            DELETE FROM pg_trickle_changes.changes_fd2b70203942a5d6 AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;

            -- A TRUNCATE or a change of partitions or children that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.visits') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_parts_fd2b70203942a5d6 IS DISTINCT FROM pg_trickle.partition_layout('sales.visits'::regclass) THEN
                __pgt_reason := 'the partitions of a source changed (ATTACH, DETACH, DROP or TRUNCATE of a partition)';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.visits_per_customer') THEN
        DELETE FROM sales.visits_per_customer;
    ELSE
        TRUNCATE sales.visits_per_customer;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.visits')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.visits_per_customer' AND d.consumes_changes;
    UPDATE pg_trickle.pgt_dependencies AS d SET partitions = pg_trickle.partition_layout('sales.visits'::regclass)
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.pgt_id = d.pgt_id AND st.stable_name = 'sales.visits_per_customer' AND d.source_stable_name = 'sales.visits';
    -- Distributed sources: Citus has no snapshot across nodes. No writer of a source is in flight
    -- while the frontier and the rows are read, in statements of their own.
    LOCK TABLE sales.visits IN SHARE MODE;
    __pgt_nodes := pg_trickle.node_snapshots();
    -- The rows this transaction wrote are read below: their changes are consumed too.
    __pgt_nodes_seen := __pgt_nodes;
    __pgt_nodes := pg_trickle.with_own_writes(__pgt_nodes, ARRAY['pg_trickle_changes.changes_fd2b70203942a5d6'::regclass]);
    UPDATE pg_trickle.pgt_stream_tables
       SET frontier = pg_current_snapshot(),
           frontier_own_xid = pg_current_xact_id_if_assigned(),
           frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
           frontier_by_source = jsonb_build_object('sales.visits', __pgt_nodes)
     WHERE pgt_schema = 'sales' AND pgt_name = 'visits_per_customer';
    IF __pgt_nodes IS DISTINCT FROM __pgt_nodes_seen THEN
        -- So would be the changes this transaction writes after this refresh on the same nodes
        -- (they carry its transaction ids there): no frontier, so the next refresh recomputes.
        UPDATE pg_trickle.pgt_stream_tables SET frontier = NULL, frontier_by_source = NULL
         WHERE pgt_schema = 'sales' AND pgt_name = 'visits_per_customer';
    END IF;
    DELETE FROM pg_trickle.pgt_truncations AS c
     WHERE (c.source_stable_name = 'sales.visits' AND c.__pgt_xid < least(__pgt_bound_fd2b70203942a5d6, pg_snapshot_xmin(pg_current_snapshot())));
    INSERT INTO sales.visits_per_customer (customer_id, visits, pages, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
    SELECT * FROM (
      SELECT i.customer_id AS customer_id,
             count(*) AS visits,
             sum(i.pages) AS pages,
             hashint4extended(i.customer_id, 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             count(i.pages) AS __pgt_nonnull_1
        FROM (
          SELECT customer_id, day, pages FROM sales.visits
        ) AS i
       GROUP BY i.customer_id
    ) AS q
     ORDER BY q.__pgt_row_id;
    SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.visits')) INTO __pgt_bounds
      FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.visits' ->> k.node)::pg_snapshot))::text AS bound
              FROM jsonb_object_keys(__pgt_nodes) AS k(node)
             CROSS JOIN pg_trickle.pgt_dependencies AS d
              JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.visits' AND d.consumes_changes
             GROUP BY k.node
            HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.visits' ? k.node, false))) AS b;
    DELETE FROM pg_trickle_changes.changes_fd2b70203942a5d6 AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.visits_per_customer', full => true);
ANALYZE sales.visits_per_customer;

-- ========================================================================
-- create stream table sales.whole_amount_per_status
-- ========================================================================
-- trickle: stream table sales.whole_amount_per_status
--
-- refresh mode: DIFFERENTIAL (requested AUTO)
-- schedule: 1m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT o.status, count(*) AS orders, sum((floor(o.amount))::float8) AS whole_amount FROM sales.orders AS o GROUP BY o.status
--
-- operator tree:
--   project __pgt_g0 AS status, __pgt_a0 AS orders, __pgt_a1 AS whole_amount
--     aggregate count(*), sum((floor(o.amount))::float8) group by status
--       scan sales.orders AS o (Citus distributed: changes pulled from every node)

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_1).
-- Half of each page is kept free, so that the updates of a refresh stay on their page (HOT).
CREATE TABLE sales.whole_amount_per_status WITH (fillfactor = 50) AS
  SELECT i.status AS status,
         count(*) AS orders,
         sum((floor(i.amount))::float8) AS whole_amount,
         hashtextextended(i.status, 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         count((floor(i.amount))::float8) AS __pgt_nonnull_1
    FROM (
      SELECT id, customer_id, amount, status FROM sales.orders
    ) AS i
   GROUP BY i.status
  WITH NO DATA;
ALTER TABLE sales.whole_amount_per_status ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_0c2acf71a6197388 ON sales.whole_amount_per_status (__pgt_row_id);
COMMENT ON TABLE sales.whole_amount_per_status IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''sales.whole_amount_per_status'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('sales', 'whole_amount_per_status', 'sales.whole_amount_per_status', '0c2acf71a6197388', 'SELECT o.status, count(*) AS orders, sum((floor(o.amount))::float8) AS whole_amount FROM sales.orders AS o GROUP BY o.status', 'AUTO', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_0c2acf71a6197388', 35, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'sales.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'amount', 'status']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.whole_amount_per_status';

-- Refresh function, called by pg_trickle.refresh('sales.whole_amount_per_status').
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
CREATE OR REPLACE FUNCTION pg_trickle.refresh_0c2acf71a6197388(p_full boolean) RETURNS text
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
    __pgt_bound_2ecda1531452acfc xid8;
    __pgt_small_2ecda1531452acfc boolean;
    __pgt_nodes jsonb;
    __pgt_nodes_seen jsonb;
    __pgt_prev_by_source jsonb;
    __pgt_bounds jsonb;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('sales.orders') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes AND r.stable_name <> 'sales.whole_amount_per_status'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_2ecda1531452acfc'::regclass),
           st.frontier_by_source
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_2ecda1531452acfc, __pgt_small_2ecda1531452acfc, __pgt_prev_by_source
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'sales.whole_amount_per_status';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- The changes of the distributed sources: each node's snapshot, then the changes visible in it
        -- and not in the previous refresh's, pulled to the coordinator.
        __pgt_nodes := pg_trickle.node_snapshots();
        IF pg_catalog.to_regclass('pg_temp.__pgt_changes_2ecda1531452acfc') IS NOT NULL THEN
            DROP TABLE pg_temp.__pgt_changes_2ecda1531452acfc;
        END IF;
        CREATE TEMP TABLE __pgt_changes_2ecda1531452acfc ON COMMIT DROP AS
        SELECT c.__pgt_action, c.id, c.customer_id, c.amount, c.status
          FROM pg_trickle_changes.changes_2ecda1531452acfc AS c
         WHERE pg_visible_in_snapshot(c.__pgt_xid, (__pgt_nodes ->> c.__pgt_node::text)::pg_snapshot)
           AND NOT coalesce(pg_visible_in_snapshot(c.__pgt_xid, ((__pgt_prev_by_source -> 'sales.orders') ->> c.__pgt_node::text)::pg_snapshot), false);
        -- A floating-point SUM/AVG over a distributed table is a running total, and subtracting a value
        -- does not undo adding it exactly: a deletion recomputes the group's total from all its rows.
        IF EXISTS (SELECT FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c WHERE c.__pgt_action = 'D') THEN
            __pgt_reason := 'rows of a distributed table under a floating-point SUM or AVG were deleted or updated';
        END IF;
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_temp.__pgt_changes_2ecda1531452acfc) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.

            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.

        IF __pgt_reason IS NULL THEN
            BEGIN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('sales.orders', __pgt_nodes)
               WHERE pgt_schema = 'sales' AND pgt_name = 'whole_amount_per_status'
            ),
            -- scan sales.orders: its changes on every node, pulled before this statement (an UPDATE is a deletion and an insertion)
            delta_orders AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.customer_id, c.amount, c.status
                FROM pg_temp.__pgt_changes_2ecda1531452acfc AS c
            ),
            -- aggregate: per changed group, the change in count, sums and extremes
            __pgt_delta_groups AS (
              SELECT d.status AS __pgt_g0,
                     sum(d.__pgt_w)::bigint AS __pgt_d_count,
                     sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                     coalesce(sum(d.__pgt_w) FILTER (WHERE (floor(d.amount))::float8 IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                     CASE WHEN sum((floor(d.amount))::float8) FILTER (WHERE d.__pgt_w < 0) IS NULL THEN sum((floor(d.amount))::float8) FILTER (WHERE d.__pgt_w > 0) WHEN sum((floor(d.amount))::float8) FILTER (WHERE d.__pgt_w > 0) IS NULL THEN -1 * (sum((floor(d.amount))::float8) FILTER (WHERE d.__pgt_w < 0)) ELSE sum((floor(d.amount))::float8) FILTER (WHERE d.__pgt_w > 0) - sum((floor(d.amount))::float8) FILTER (WHERE d.__pgt_w < 0) END AS __pgt_d_value_1
                FROM delta_orders AS d
               GROUP BY d.status
            ),
            -- a NaN or an infinity entering or leaving a total flags the refresh, which then recomputes in full
            __pgt_finite AS (
              SELECT g.* FROM __pgt_delta_groups AS g
               WHERE CASE WHEN g.__pgt_d_value_1::text IN ('NaN', 'Infinity', '-Infinity', 'infinity', '-infinity') THEN set_config('pg_trickle.nonfinite', 'on', true) IS NOT NULL ELSE true END
            )
            MERGE INTO sales.whole_amount_per_status AS s
            USING __pgt_finite AS g
               ON s.__pgt_row_id = hashtextextended(g.__pgt_g0, 0) AND s.status = g.__pgt_g0
             WHEN MATCHED AND s.__pgt_count + g.__pgt_d_count <= 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET
                          status = g.__pgt_g0,
                          orders = coalesce(s.orders, 0) + g.__pgt_d_value_0,
                          whole_amount = CASE WHEN s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1 = 0 THEN NULL WHEN s.whole_amount IS NULL THEN g.__pgt_d_value_1 WHEN g.__pgt_d_value_1 IS NULL THEN s.whole_amount ELSE s.whole_amount + g.__pgt_d_value_1 END,
                          __pgt_count = s.__pgt_count + g.__pgt_d_count,
                          __pgt_nonnull_1 = s.__pgt_nonnull_1 + g.__pgt_d_nonnull_1
             WHEN NOT MATCHED AND g.__pgt_d_count > 0 THEN INSERT (status, orders, whole_amount, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
                          VALUES (g.__pgt_g0,
                                  g.__pgt_d_value_0,
                                  CASE WHEN g.__pgt_d_nonnull_1 = 0 THEN NULL ELSE g.__pgt_d_value_1 END,
                                  hashtextextended(g.__pgt_g0, 0),
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
            SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
              FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
                      FROM jsonb_object_keys(__pgt_nodes) AS k(node)
                     CROSS JOIN pg_trickle.pgt_dependencies AS d
                      JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                     WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
                     GROUP BY k.node
                    HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
            DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;

            -- The statement above flags a NaN or an infinity that entered or left a running SUM/AVG:
            -- subtracting one does not undo adding it, so the totals are recomputed in full.
            IF current_setting('pg_trickle.nonfinite', true) = 'on' THEN
                PERFORM set_config('pg_trickle.nonfinite', '', true);
                __pgt_reason := 'a NaN or an infinity entered or left a SUM or AVG';
            END IF;
            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('sales.orders') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSIF __pgt_reason IS NULL THEN
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'sales.whole_amount_per_status') THEN
        DELETE FROM sales.whole_amount_per_status;
    ELSE
        TRUNCATE sales.whole_amount_per_status;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('sales.orders')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'sales.whole_amount_per_status' AND d.consumes_changes;
    -- Distributed sources: Citus has no snapshot across nodes. No writer of a source is in flight
    -- while the frontier and the rows are read, in statements of their own.
    LOCK TABLE sales.orders IN SHARE MODE;
    __pgt_nodes := pg_trickle.node_snapshots();
    -- The rows this transaction wrote are read below: their changes are consumed too.
    __pgt_nodes_seen := __pgt_nodes;
    __pgt_nodes := pg_trickle.with_own_writes(__pgt_nodes, ARRAY['pg_trickle_changes.changes_2ecda1531452acfc'::regclass]);
    UPDATE pg_trickle.pgt_stream_tables
       SET frontier = pg_current_snapshot(),
           frontier_own_xid = pg_current_xact_id_if_assigned(),
           frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
           frontier_by_source = jsonb_build_object('sales.orders', __pgt_nodes)
     WHERE pgt_schema = 'sales' AND pgt_name = 'whole_amount_per_status';
    IF __pgt_nodes IS DISTINCT FROM __pgt_nodes_seen THEN
        -- So would be the changes this transaction writes after this refresh on the same nodes
        -- (they carry its transaction ids there): no frontier, so the next refresh recomputes.
        UPDATE pg_trickle.pgt_stream_tables SET frontier = NULL, frontier_by_source = NULL
         WHERE pgt_schema = 'sales' AND pgt_name = 'whole_amount_per_status';
    END IF;
    DELETE FROM pg_trickle.pgt_truncations AS c
     WHERE (c.source_stable_name = 'sales.orders' AND c.__pgt_xid < least(__pgt_bound_2ecda1531452acfc, pg_snapshot_xmin(pg_current_snapshot())));
    INSERT INTO sales.whole_amount_per_status (status, orders, whole_amount, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
    SELECT * FROM (
      SELECT i.status AS status,
             count(*) AS orders,
             sum((floor(i.amount))::float8) AS whole_amount,
             hashtextextended(i.status, 0) AS __pgt_row_id,
             count(*) AS __pgt_count,
             count((floor(i.amount))::float8) AS __pgt_nonnull_1
        FROM (
          SELECT id, customer_id, amount, status FROM sales.orders
        ) AS i
       GROUP BY i.status
    ) AS q
     ORDER BY q.__pgt_row_id;
    SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release('sales.orders')) INTO __pgt_bounds
      FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> 'sales.orders' ->> k.node)::pg_snapshot))::text AS bound
              FROM jsonb_object_keys(__pgt_nodes) AS k(node)
             CROSS JOIN pg_trickle.pgt_dependencies AS d
              JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'sales.orders' AND d.consumes_changes
             GROUP BY k.node
            HAVING bool_and(coalesce(r.frontier_by_source -> 'sales.orders' ? k.node, false))) AS b;
    DELETE FROM pg_trickle_changes.changes_2ecda1531452acfc AS c WHERE c.__pgt_xid < (__pgt_bounds ->> c.__pgt_node::text)::xid8;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('sales.whole_amount_per_status', full => true);
ANALYZE sales.whole_amount_per_status;

-- ========================================================================
-- refresh order (dependencies first)
-- ========================================================================
UPDATE pg_trickle.pgt_stream_tables
   SET refresh_order = CASE stable_name
                         WHEN 'sales.big_spenders' THEN 0
                         WHEN 'sales.busy_visit_regions' THEN 1
                         WHEN 'sales.customer_ranks' THEN 2
                         WHEN 'sales.customer_regions' THEN 3
                         WHEN 'sales.customers_per_region' THEN 4
                         WHEN 'sales.customers_rollup' THEN 5
                         WHEN 'sales.customers_with_open_orders' THEN 6
                         WHEN 'sales.first_customer_per_region' THEN 7
                         WHEN 'sales.first_customers' THEN 8
                         WHEN 'sales.large_orders' THEN 9
                         WHEN 'sales.latest_big_orders' THEN 10
                         WHEN 'sales.northern_orders' THEN 11
                         WHEN 'sales.noted_customers' THEN 12
                         WHEN 'sales.order_documents' THEN 13
                         WHEN 'sales.order_extremes' THEN 14
                         WHEN 'sales.order_ranks' THEN 15
                         WHEN 'sales.order_status_letters' THEN 16
                         WHEN 'sales.order_statuses' THEN 17
                         WHEN 'sales.orders_by_band' THEN 18
                         WHEN 'sales.orders_notes_inner' THEN 19
                         WHEN 'sales.orders_notes_left' THEN 20
                         WHEN 'sales.orders_per_region' THEN 21
                         WHEN 'sales.orders_per_status' THEN 22
                         WHEN 'sales.orders_targets_left' THEN 23
                         WHEN 'sales.orders_with_customer' THEN 24
                         WHEN 'sales.paid_by_region' THEN 25
                         WHEN 'sales.paid_orders' THEN 26
                         WHEN 'sales.region_customer_counts' THEN 27
                         WHEN 'sales.region_goals' THEN 28
                         WHEN 'sales.region_name_prefixes' THEN 29
                         WHEN 'sales.region_sizes' THEN 30
                         WHEN 'sales.regions_without_notes' THEN 31
                         WHEN 'sales.revenue_per_customer' THEN 32
                         WHEN 'sales.revenue_per_region' THEN 33
                         WHEN 'sales.visits_per_customer' THEN 34
                         WHEN 'sales.whole_amount_per_status' THEN 35
                         ELSE refresh_order END
 WHERE stable_name IN ('sales.big_spenders', 'sales.busy_visit_regions', 'sales.customer_ranks', 'sales.customer_regions', 'sales.customers_per_region', 'sales.customers_rollup', 'sales.customers_with_open_orders', 'sales.first_customer_per_region', 'sales.first_customers', 'sales.large_orders', 'sales.latest_big_orders', 'sales.northern_orders', 'sales.noted_customers', 'sales.order_documents', 'sales.order_extremes', 'sales.order_ranks', 'sales.order_status_letters', 'sales.order_statuses', 'sales.orders_by_band', 'sales.orders_notes_inner', 'sales.orders_notes_left', 'sales.orders_per_region', 'sales.orders_per_status', 'sales.orders_targets_left', 'sales.orders_with_customer', 'sales.paid_by_region', 'sales.paid_orders', 'sales.region_customer_counts', 'sales.region_goals', 'sales.region_name_prefixes', 'sales.region_sizes', 'sales.regions_without_notes', 'sales.revenue_per_customer', 'sales.revenue_per_region', 'sales.visits_per_customer', 'sales.whole_amount_per_status');

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

CALL pg_trickle.end_migration('citus', 1, 'initial');

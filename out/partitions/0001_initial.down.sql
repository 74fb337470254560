-- trickle: revert migration 0001_initial of project partitions
--
-- Only the latest applied migration of a project can be reverted.

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

CALL pg_trickle.begin_revert('partitions', 1, 'initial');

-- ========================================================================
-- drop stream table public.sensor_totals
-- ========================================================================
-- trickle: drop stream table public.sensor_totals and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.sensor_totals';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.sensor_totals', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.sensor_totals') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.sensor_totals'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.sensor_totals') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.sensor_totals';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.sensor_totals';
DROP FUNCTION IF EXISTS pg_trickle.refresh_5217e23c901eb3ca(boolean);
DROP TABLE IF EXISTS public.sensor_totals;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.noted_readings
-- ========================================================================
-- trickle: drop stream table public.noted_readings and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.noted_readings';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.noted_readings', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.noted_readings') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.noted_readings'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.noted_readings') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.noted_readings';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.noted_readings';
DROP FUNCTION IF EXISTS pg_trickle.refresh_53933ffc4d2fd465(boolean);
DROP TABLE IF EXISTS public.noted_readings;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.monthly_kinds
-- ========================================================================
-- trickle: drop stream table public.monthly_kinds and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.monthly_kinds';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.monthly_kinds', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.monthly_kinds') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.monthly_kinds'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.monthly_kinds') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.monthly_kinds';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.monthly_kinds';
DROP FUNCTION IF EXISTS pg_trickle.refresh_8c12ddf74b52af88(boolean);
DROP TABLE IF EXISTS public.monthly_kinds;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.latest_events
-- ========================================================================
-- trickle: drop stream table public.latest_events and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.latest_events';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.latest_events', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.latest_events') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.latest_events'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.latest_events') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.latest_events';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.latest_events';
DROP FUNCTION IF EXISTS pg_trickle.refresh_bf1c4b5ae5b1d91c(boolean);
DROP TABLE IF EXISTS public.latest_events;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.customer_events
-- ========================================================================
-- trickle: drop stream table public.customer_events and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.customer_events';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.customer_events', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.customer_events') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.customer_events'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.customer_events') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.customer_events';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.customer_events';
DROP FUNCTION IF EXISTS pg_trickle.refresh_c0bd325db87b5f71(boolean);
DROP TABLE IF EXISTS public.customer_events;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.clicks
-- ========================================================================
-- trickle: drop stream table public.clicks and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.clicks';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.clicks', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.clicks') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.clicks'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.clicks') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.clicks';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.clicks';
DROP FUNCTION IF EXISTS pg_trickle.refresh_e6e1dcbd16d81a02(boolean);
DROP TABLE IF EXISTS public.clicks;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.buyers
-- ========================================================================
-- trickle: drop stream table public.buyers and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.buyers';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.buyers', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.buyers') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.buyers'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.buyers') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.buyers';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.buyers';
DROP FUNCTION IF EXISTS pg_trickle.refresh_af005871937ac664(boolean);
DROP TABLE IF EXISTS public.buyers;
CALL pg_trickle.drop_unused_change_tracking();

CALL pg_trickle.end_revert('partitions', 1, 'initial');

CALL pg_trickle.drop_catalog_if_unused();

-- trickle: revert migration 0001_initial of project shop
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

CALL pg_trickle.begin_revert('shop', 1, 'initial');

-- ========================================================================
-- drop stream table public.revenue_totals
-- ========================================================================
-- trickle: drop stream table public.revenue_totals and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.revenue_totals';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.revenue_totals', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.revenue_totals') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.revenue_totals'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.revenue_totals') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.revenue_totals';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.revenue_totals';
DROP FUNCTION IF EXISTS pg_trickle.refresh_4c3780406d05a4be(boolean);
DROP TABLE IF EXISTS public.revenue_totals;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.region_statuses
-- ========================================================================
-- trickle: drop stream table public.region_statuses and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.region_statuses';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.region_statuses', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.region_statuses') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.region_statuses'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.region_statuses') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.region_statuses';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.region_statuses';
DROP FUNCTION IF EXISTS pg_trickle.refresh_e89e085e7a27387e(boolean);
DROP TABLE IF EXISTS public.region_statuses;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.order_stats
-- ========================================================================
-- trickle: drop stream table public.order_stats and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.order_stats';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.order_stats', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.order_stats') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.order_stats'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.order_stats') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.order_stats';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.order_stats';
DROP FUNCTION IF EXISTS pg_trickle.refresh_b5459e3fb0ea4973(boolean);
DROP TABLE IF EXISTS public.order_stats;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.order_line_details
-- ========================================================================
-- trickle: drop stream table public.order_line_details and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.order_line_details';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.order_line_details', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.order_line_details') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.order_line_details'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.order_line_details') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.order_line_details';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.order_line_details';
DROP FUNCTION IF EXISTS pg_trickle.refresh_b91a3c9074ab9674(boolean);
DROP TABLE IF EXISTS public.order_line_details;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.open_orders
-- ========================================================================
-- trickle: drop stream table public.open_orders and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.open_orders';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.open_orders', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.open_orders') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.open_orders'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.open_orders') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.open_orders';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.open_orders';
DROP FUNCTION IF EXISTS pg_trickle.refresh_e4086fdc899c2375(boolean);
DROP TABLE IF EXISTS public.open_orders;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.busy_regions
-- ========================================================================
-- trickle: drop stream table public.busy_regions and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.busy_regions';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.busy_regions', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.busy_regions') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.busy_regions'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.busy_regions') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.busy_regions';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.busy_regions';
DROP FUNCTION IF EXISTS pg_trickle.refresh_678f69f3dfc1a783(boolean);
DROP TABLE IF EXISTS public.busy_regions;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.big_customers
-- ========================================================================
-- trickle: drop stream table public.big_customers and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.big_customers';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.big_customers', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.big_customers') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.big_customers'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.big_customers') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.big_customers';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.big_customers';
DROP FUNCTION IF EXISTS pg_trickle.refresh_97979b8946dde134(boolean);
DROP TABLE IF EXISTS public.big_customers;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.customer_revenue
-- ========================================================================
-- trickle: drop stream table public.customer_revenue and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.customer_revenue';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.customer_revenue', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.customer_revenue') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.customer_revenue'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.customer_revenue') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.customer_revenue';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.customer_revenue';
DROP FUNCTION IF EXISTS pg_trickle.refresh_d10e8c8a21cccf94(boolean);
DROP TABLE IF EXISTS public.customer_revenue;
CALL pg_trickle.drop_unused_change_tracking();

CALL pg_trickle.end_revert('shop', 1, 'initial');

CALL pg_trickle.drop_catalog_if_unused();

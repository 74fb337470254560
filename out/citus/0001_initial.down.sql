-- trickle: revert migration 0001_initial of project citus
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

CALL pg_trickle.begin_revert('citus', 1, 'initial');

-- ========================================================================
-- drop stream table sales.whole_amount_per_status
-- ========================================================================
-- trickle: drop stream table sales.whole_amount_per_status and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.whole_amount_per_status';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.whole_amount_per_status', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.whole_amount_per_status') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.whole_amount_per_status'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.whole_amount_per_status') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.whole_amount_per_status';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.whole_amount_per_status';
DROP FUNCTION IF EXISTS pg_trickle.refresh_0c2acf71a6197388(boolean);
DROP TABLE IF EXISTS sales.whole_amount_per_status;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.visits_per_customer
-- ========================================================================
-- trickle: drop stream table sales.visits_per_customer and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.visits_per_customer';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.visits_per_customer', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.visits_per_customer') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.visits_per_customer'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.visits_per_customer') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.visits_per_customer';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.visits_per_customer';
DROP FUNCTION IF EXISTS pg_trickle.refresh_379dc804fd42d58e(boolean);
DROP TABLE IF EXISTS sales.visits_per_customer;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.revenue_per_region
-- ========================================================================
-- trickle: drop stream table sales.revenue_per_region and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.revenue_per_region';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.revenue_per_region', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.revenue_per_region') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.revenue_per_region'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.revenue_per_region') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.revenue_per_region';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.revenue_per_region';
DROP FUNCTION IF EXISTS pg_trickle.refresh_ee8b5c811aebddd4(boolean);
DROP TABLE IF EXISTS sales.revenue_per_region;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.revenue_per_customer
-- ========================================================================
-- trickle: drop stream table sales.revenue_per_customer and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.revenue_per_customer';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.revenue_per_customer', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.revenue_per_customer') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.revenue_per_customer'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.revenue_per_customer') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.revenue_per_customer';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.revenue_per_customer';
DROP FUNCTION IF EXISTS pg_trickle.refresh_7848b0054048f664(boolean);
DROP TABLE IF EXISTS sales.revenue_per_customer;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.regions_without_notes
-- ========================================================================
-- trickle: drop stream table sales.regions_without_notes and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.regions_without_notes';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.regions_without_notes', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.regions_without_notes') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.regions_without_notes'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.regions_without_notes') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.regions_without_notes';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.regions_without_notes';
DROP FUNCTION IF EXISTS pg_trickle.refresh_deeb58dd5933a402(boolean);
DROP TABLE IF EXISTS sales.regions_without_notes;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.region_sizes
-- ========================================================================
-- trickle: drop stream table sales.region_sizes and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.region_sizes';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.region_sizes', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.region_sizes') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.region_sizes'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.region_sizes') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.region_sizes';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.region_sizes';
DROP FUNCTION IF EXISTS pg_trickle.refresh_db6a80386c097916(boolean);
DROP TABLE IF EXISTS sales.region_sizes;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.region_name_prefixes
-- ========================================================================
-- trickle: drop stream table sales.region_name_prefixes and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.region_name_prefixes';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.region_name_prefixes', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.region_name_prefixes') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.region_name_prefixes'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.region_name_prefixes') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.region_name_prefixes';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.region_name_prefixes';
DROP FUNCTION IF EXISTS pg_trickle.refresh_be9091d0694a39bb(boolean);
DROP TABLE IF EXISTS sales.region_name_prefixes;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.region_goals
-- ========================================================================
-- trickle: drop stream table sales.region_goals and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.region_goals';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.region_goals', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.region_goals') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.region_goals'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.region_goals') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.region_goals';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.region_goals';
DROP FUNCTION IF EXISTS pg_trickle.refresh_9e96c585d34f2f6f(boolean);
DROP TABLE IF EXISTS sales.region_goals;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.region_customer_counts
-- ========================================================================
-- trickle: drop stream table sales.region_customer_counts and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.region_customer_counts';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.region_customer_counts', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.region_customer_counts') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.region_customer_counts'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.region_customer_counts') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.region_customer_counts';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.region_customer_counts';
DROP FUNCTION IF EXISTS pg_trickle.refresh_2628c799b3713983(boolean);
DROP TABLE IF EXISTS sales.region_customer_counts;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.paid_orders
-- ========================================================================
-- trickle: drop stream table sales.paid_orders and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.paid_orders';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.paid_orders', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.paid_orders') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.paid_orders'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.paid_orders') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.paid_orders';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.paid_orders';
DROP FUNCTION IF EXISTS pg_trickle.refresh_1db4d915ab2b56ac(boolean);
DROP TABLE IF EXISTS sales.paid_orders;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.paid_by_region
-- ========================================================================
-- trickle: drop stream table sales.paid_by_region and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.paid_by_region';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.paid_by_region', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.paid_by_region') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.paid_by_region'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.paid_by_region') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.paid_by_region';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.paid_by_region';
DROP FUNCTION IF EXISTS pg_trickle.refresh_21fee99fbfcc10e6(boolean);
DROP TABLE IF EXISTS sales.paid_by_region;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.orders_with_customer
-- ========================================================================
-- trickle: drop stream table sales.orders_with_customer and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.orders_with_customer';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.orders_with_customer', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.orders_with_customer') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.orders_with_customer'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.orders_with_customer') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.orders_with_customer';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.orders_with_customer';
DROP FUNCTION IF EXISTS pg_trickle.refresh_233322a9fc356de0(boolean);
DROP TABLE IF EXISTS sales.orders_with_customer;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.orders_targets_left
-- ========================================================================
-- trickle: drop stream table sales.orders_targets_left and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.orders_targets_left';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.orders_targets_left', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.orders_targets_left') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.orders_targets_left'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.orders_targets_left') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.orders_targets_left';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.orders_targets_left';
DROP FUNCTION IF EXISTS pg_trickle.refresh_f022c48ae18a539c(boolean);
DROP TABLE IF EXISTS sales.orders_targets_left;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.orders_per_status
-- ========================================================================
-- trickle: drop stream table sales.orders_per_status and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.orders_per_status';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.orders_per_status', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.orders_per_status') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.orders_per_status'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.orders_per_status') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.orders_per_status';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.orders_per_status';
DROP FUNCTION IF EXISTS pg_trickle.refresh_268bfda87e5c5ecd(boolean);
DROP TABLE IF EXISTS sales.orders_per_status;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.orders_per_region
-- ========================================================================
-- trickle: drop stream table sales.orders_per_region and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.orders_per_region';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.orders_per_region', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.orders_per_region') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.orders_per_region'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.orders_per_region') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.orders_per_region';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.orders_per_region';
DROP FUNCTION IF EXISTS pg_trickle.refresh_0ec01ace64667b19(boolean);
DROP TABLE IF EXISTS sales.orders_per_region;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.orders_notes_left
-- ========================================================================
-- trickle: drop stream table sales.orders_notes_left and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.orders_notes_left';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.orders_notes_left', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.orders_notes_left') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.orders_notes_left'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.orders_notes_left') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.orders_notes_left';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.orders_notes_left';
DROP FUNCTION IF EXISTS pg_trickle.refresh_152eb210cfdb4a74(boolean);
DROP TABLE IF EXISTS sales.orders_notes_left;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.orders_notes_inner
-- ========================================================================
-- trickle: drop stream table sales.orders_notes_inner and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.orders_notes_inner';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.orders_notes_inner', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.orders_notes_inner') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.orders_notes_inner'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.orders_notes_inner') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.orders_notes_inner';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.orders_notes_inner';
DROP FUNCTION IF EXISTS pg_trickle.refresh_656be8cefcd42030(boolean);
DROP TABLE IF EXISTS sales.orders_notes_inner;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.orders_by_band
-- ========================================================================
-- trickle: drop stream table sales.orders_by_band and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.orders_by_band';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.orders_by_band', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.orders_by_band') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.orders_by_band'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.orders_by_band') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.orders_by_band';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.orders_by_band';
DROP FUNCTION IF EXISTS pg_trickle.refresh_f331c7ccbc3182fa(boolean);
DROP TABLE IF EXISTS sales.orders_by_band;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.order_statuses
-- ========================================================================
-- trickle: drop stream table sales.order_statuses and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.order_statuses';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.order_statuses', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.order_statuses') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.order_statuses'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.order_statuses') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.order_statuses';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.order_statuses';
DROP FUNCTION IF EXISTS pg_trickle.refresh_aab75a5c5c6c9540(boolean);
DROP TABLE IF EXISTS sales.order_statuses;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.order_status_letters
-- ========================================================================
-- trickle: drop stream table sales.order_status_letters and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.order_status_letters';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.order_status_letters', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.order_status_letters') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.order_status_letters'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.order_status_letters') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.order_status_letters';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.order_status_letters';
DROP FUNCTION IF EXISTS pg_trickle.refresh_055eda28b6e524d3(boolean);
DROP TABLE IF EXISTS sales.order_status_letters;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.order_ranks
-- ========================================================================
-- trickle: drop stream table sales.order_ranks and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.order_ranks';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.order_ranks', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.order_ranks') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.order_ranks'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.order_ranks') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.order_ranks';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.order_ranks';
DROP FUNCTION IF EXISTS pg_trickle.refresh_0deb90f3f2a6e6e9(boolean);
DROP TABLE IF EXISTS sales.order_ranks;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.order_extremes
-- ========================================================================
-- trickle: drop stream table sales.order_extremes and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.order_extremes';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.order_extremes', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.order_extremes') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.order_extremes'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.order_extremes') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.order_extremes';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.order_extremes';
DROP FUNCTION IF EXISTS pg_trickle.refresh_2a4715305788e37c(boolean);
DROP TABLE IF EXISTS sales.order_extremes;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.order_documents
-- ========================================================================
-- trickle: drop stream table sales.order_documents and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.order_documents';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.order_documents', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.order_documents') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.order_documents'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.order_documents') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.order_documents';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.order_documents';
DROP FUNCTION IF EXISTS pg_trickle.refresh_78f78e7d56ffa225(boolean);
DROP TABLE IF EXISTS sales.order_documents;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.noted_customers
-- ========================================================================
-- trickle: drop stream table sales.noted_customers and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.noted_customers';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.noted_customers', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.noted_customers') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.noted_customers'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.noted_customers') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.noted_customers';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.noted_customers';
DROP FUNCTION IF EXISTS pg_trickle.refresh_7c9ca7e6b5f2ec5b(boolean);
DROP TABLE IF EXISTS sales.noted_customers;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.northern_orders
-- ========================================================================
-- trickle: drop stream table sales.northern_orders and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.northern_orders';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.northern_orders', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.northern_orders') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.northern_orders'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.northern_orders') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.northern_orders';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.northern_orders';
DROP FUNCTION IF EXISTS pg_trickle.refresh_40ce22642e1fcc98(boolean);
DROP TABLE IF EXISTS sales.northern_orders;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.latest_big_orders
-- ========================================================================
-- trickle: drop stream table sales.latest_big_orders and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.latest_big_orders';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.latest_big_orders', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.latest_big_orders') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.latest_big_orders'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.latest_big_orders') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.latest_big_orders';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.latest_big_orders';
DROP FUNCTION IF EXISTS pg_trickle.refresh_059f9354c2f791f6(boolean);
DROP TABLE IF EXISTS sales.latest_big_orders;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.large_orders
-- ========================================================================
-- trickle: drop stream table sales.large_orders and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.large_orders';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.large_orders', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.large_orders') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.large_orders'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.large_orders') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.large_orders';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.large_orders';
DROP FUNCTION IF EXISTS pg_trickle.refresh_0e9e4f8e92e929bc(boolean);
DROP TABLE IF EXISTS sales.large_orders;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.first_customers
-- ========================================================================
-- trickle: drop stream table sales.first_customers and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.first_customers';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.first_customers', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.first_customers') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.first_customers'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.first_customers') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.first_customers';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.first_customers';
DROP FUNCTION IF EXISTS pg_trickle.refresh_3ebdb6cdabd3c345(boolean);
DROP TABLE IF EXISTS sales.first_customers;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.first_customer_per_region
-- ========================================================================
-- trickle: drop stream table sales.first_customer_per_region and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.first_customer_per_region';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.first_customer_per_region', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.first_customer_per_region') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.first_customer_per_region'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.first_customer_per_region') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.first_customer_per_region';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.first_customer_per_region';
DROP FUNCTION IF EXISTS pg_trickle.refresh_1d82d2d473e58001(boolean);
DROP TABLE IF EXISTS sales.first_customer_per_region;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.customers_with_open_orders
-- ========================================================================
-- trickle: drop stream table sales.customers_with_open_orders and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.customers_with_open_orders';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.customers_with_open_orders', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.customers_with_open_orders') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.customers_with_open_orders'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.customers_with_open_orders') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.customers_with_open_orders';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.customers_with_open_orders';
DROP FUNCTION IF EXISTS pg_trickle.refresh_26e66b8507bc9154(boolean);
DROP TABLE IF EXISTS sales.customers_with_open_orders;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.customers_rollup
-- ========================================================================
-- trickle: drop stream table sales.customers_rollup and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.customers_rollup';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.customers_rollup', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.customers_rollup') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.customers_rollup'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.customers_rollup') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.customers_rollup';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.customers_rollup';
DROP FUNCTION IF EXISTS pg_trickle.refresh_798dc27a789e48b1(boolean);
DROP TABLE IF EXISTS sales.customers_rollup;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.customers_per_region
-- ========================================================================
-- trickle: drop stream table sales.customers_per_region and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.customers_per_region';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.customers_per_region', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.customers_per_region') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.customers_per_region'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.customers_per_region') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.customers_per_region';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.customers_per_region';
DROP FUNCTION IF EXISTS pg_trickle.refresh_2a6743d2aca8bdda(boolean);
DROP TABLE IF EXISTS sales.customers_per_region;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.customer_regions
-- ========================================================================
-- trickle: drop stream table sales.customer_regions and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.customer_regions';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.customer_regions', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.customer_regions') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.customer_regions'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.customer_regions') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.customer_regions';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.customer_regions';
DROP FUNCTION IF EXISTS pg_trickle.refresh_466790c1327ae2bc(boolean);
DROP TABLE IF EXISTS sales.customer_regions;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.customer_ranks
-- ========================================================================
-- trickle: drop stream table sales.customer_ranks and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.customer_ranks';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.customer_ranks', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.customer_ranks') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.customer_ranks'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.customer_ranks') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.customer_ranks';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.customer_ranks';
DROP FUNCTION IF EXISTS pg_trickle.refresh_f5f7748ca33286ba(boolean);
DROP TABLE IF EXISTS sales.customer_ranks;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.busy_visit_regions
-- ========================================================================
-- trickle: drop stream table sales.busy_visit_regions and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.busy_visit_regions';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.busy_visit_regions', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.busy_visit_regions') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.busy_visit_regions'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.busy_visit_regions') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.busy_visit_regions';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.busy_visit_regions';
DROP FUNCTION IF EXISTS pg_trickle.refresh_7d451bae5e3249f9(boolean);
DROP TABLE IF EXISTS sales.busy_visit_regions;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table sales.big_spenders
-- ========================================================================
-- trickle: drop stream table sales.big_spenders and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'sales.big_spenders';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'sales.big_spenders', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('sales.big_spenders') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('sales.big_spenders'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('sales.big_spenders') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'sales.big_spenders';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'sales.big_spenders';
DROP FUNCTION IF EXISTS pg_trickle.refresh_8a4cbdfa6beed4cf(boolean);
DROP TABLE IF EXISTS sales.big_spenders;
CALL pg_trickle.drop_unused_change_tracking();

CALL pg_trickle.end_revert('citus', 1, 'initial');

CALL pg_trickle.drop_catalog_if_unused();

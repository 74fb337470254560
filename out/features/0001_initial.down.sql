-- trickle: revert migration 0001_initial of project features
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

CALL pg_trickle.begin_revert('features', 1, 'initial');

-- ========================================================================
-- drop stream table public.under_first
-- ========================================================================
-- trickle: drop stream table public.under_first and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.under_first';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.under_first', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.under_first') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.under_first'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.under_first') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.under_first';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.under_first';
DROP FUNCTION IF EXISTS pg_trickle.refresh_c689d325e38b3a9e(boolean);
DROP TABLE IF EXISTS public.under_first;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.top_earners
-- ========================================================================
-- trickle: drop stream table public.top_earners and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.top_earners';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.top_earners', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.top_earners') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.top_earners'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.top_earners') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.top_earners';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.top_earners';
DROP FUNCTION IF EXISTS pg_trickle.refresh_7317b7a989ccbd66(boolean);
DROP TABLE IF EXISTS public.top_earners;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.team_heads
-- ========================================================================
-- trickle: drop stream table public.team_heads and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.team_heads';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.team_heads', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.team_heads') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.team_heads'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.team_heads') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.team_heads';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.team_heads';
DROP FUNCTION IF EXISTS pg_trickle.refresh_cdcf7b800b5867e0(boolean);
DROP TABLE IF EXISTS public.team_heads;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.salary_ranks
-- ========================================================================
-- trickle: drop stream table public.salary_ranks and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.salary_ranks';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.salary_ranks', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.salary_ranks') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.salary_ranks'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.salary_ranks') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.salary_ranks';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.salary_ranks';
DROP FUNCTION IF EXISTS pg_trickle.refresh_7edf71a1bf13829c(boolean);
DROP TABLE IF EXISTS public.salary_ranks;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.salary_by_bonus
-- ========================================================================
-- trickle: drop stream table public.salary_by_bonus and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.salary_by_bonus';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.salary_by_bonus', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.salary_by_bonus') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.salary_by_bonus'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.salary_by_bonus') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.salary_by_bonus';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.salary_by_bonus';
DROP FUNCTION IF EXISTS pg_trickle.refresh_32cfc85de72f2d6c(boolean);
DROP TABLE IF EXISTS public.salary_by_bonus;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.salary_bands
-- ========================================================================
-- trickle: drop stream table public.salary_bands and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.salary_bands';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.salary_bands', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.salary_bands') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.salary_bands'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.salary_bands') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.salary_bands';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.salary_bands';
DROP FUNCTION IF EXISTS pg_trickle.refresh_641096c869e723f8(boolean);
DROP TABLE IF EXISTS public.salary_bands;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.reports
-- ========================================================================
-- trickle: drop stream table public.reports and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.reports';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.reports', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.reports') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.reports'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.reports') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.reports';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.reports';
DROP FUNCTION IF EXISTS pg_trickle.refresh_ba18c207d871f9c4(boolean);
DROP TABLE IF EXISTS public.reports;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.reporting_lines
-- ========================================================================
-- trickle: drop stream table public.reporting_lines and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.reporting_lines';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.reporting_lines', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.reporting_lines') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.reporting_lines'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.reporting_lines') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.reporting_lines';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.reporting_lines';
DROP FUNCTION IF EXISTS pg_trickle.refresh_447448b79a9a4faa(boolean);
DROP TABLE IF EXISTS public.reporting_lines;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.repeated_talks
-- ========================================================================
-- trickle: drop stream table public.repeated_talks and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.repeated_talks';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.repeated_talks', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.repeated_talks') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.repeated_talks'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.repeated_talks') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.repeated_talks';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.repeated_talks';
DROP FUNCTION IF EXISTS pg_trickle.refresh_f30a3836df0a51a4(boolean);
DROP TABLE IF EXISTS public.repeated_talks;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.quiet_depts
-- ========================================================================
-- trickle: drop stream table public.quiet_depts and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.quiet_depts';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.quiet_depts', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.quiet_depts') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.quiet_depts'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.quiet_depts') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.quiet_depts';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.quiet_depts';
DROP FUNCTION IF EXISTS pg_trickle.refresh_bd24f3d17b0d5e22(boolean);
DROP TABLE IF EXISTS public.quiet_depts;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.points_by_employee
-- ========================================================================
-- trickle: drop stream table public.points_by_employee and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.points_by_employee';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.points_by_employee', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.points_by_employee') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.points_by_employee'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.points_by_employee') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.points_by_employee';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.points_by_employee';
DROP FUNCTION IF EXISTS pg_trickle.refresh_656a8569f9bbafc8(boolean);
DROP TABLE IF EXISTS public.points_by_employee;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.payroll_rollup
-- ========================================================================
-- trickle: drop stream table public.payroll_rollup and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.payroll_rollup';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.payroll_rollup', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.payroll_rollup') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.payroll_rollup'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.payroll_rollup') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.payroll_rollup';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.payroll_rollup';
DROP FUNCTION IF EXISTS pg_trickle.refresh_e73011dbf1746f9d(boolean);
DROP TABLE IF EXISTS public.payroll_rollup;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.natural_buildings
-- ========================================================================
-- trickle: drop stream table public.natural_buildings and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.natural_buildings';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.natural_buildings', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.natural_buildings') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.natural_buildings'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.natural_buildings') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.natural_buildings';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.natural_buildings';
DROP FUNCTION IF EXISTS pg_trickle.refresh_8f91e5abe5eeaf80(boolean);
DROP TABLE IF EXISTS public.natural_buildings;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.managers_and_kinds
-- ========================================================================
-- trickle: drop stream table public.managers_and_kinds and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.managers_and_kinds';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.managers_and_kinds', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.managers_and_kinds') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.managers_and_kinds'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.managers_and_kinds') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.managers_and_kinds';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.managers_and_kinds';
DROP FUNCTION IF EXISTS pg_trickle.refresh_62ab67dd45abdb4b(boolean);
DROP TABLE IF EXISTS public.managers_and_kinds;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.managers_and_events
-- ========================================================================
-- trickle: drop stream table public.managers_and_events and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.managers_and_events';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.managers_and_events', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.managers_and_events') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.managers_and_events'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.managers_and_events') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.managers_and_events';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.managers_and_events';
DROP FUNCTION IF EXISTS pg_trickle.refresh_e117aad3b18243eb(boolean);
DROP TABLE IF EXISTS public.managers_and_events;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.managers
-- ========================================================================
-- trickle: drop stream table public.managers and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.managers';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.managers', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.managers') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.managers'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.managers') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.managers';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.managers';
DROP FUNCTION IF EXISTS pg_trickle.refresh_0edb53bea10e22ea(boolean);
DROP TABLE IF EXISTS public.managers;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.manager_walks
-- ========================================================================
-- trickle: drop stream table public.manager_walks and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.manager_walks';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.manager_walks', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.manager_walks') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.manager_walks'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.manager_walks') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.manager_walks';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.manager_walks';
DROP FUNCTION IF EXISTS pg_trickle.refresh_c2872f351104f6a2(boolean);
DROP TABLE IF EXISTS public.manager_walks;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.manager_buildings
-- ========================================================================
-- trickle: drop stream table public.manager_buildings and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.manager_buildings';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.manager_buildings', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.manager_buildings') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.manager_buildings'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.manager_buildings') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.manager_buildings';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.manager_buildings';
DROP FUNCTION IF EXISTS pg_trickle.refresh_72723ecf9b02238e(boolean);
DROP TABLE IF EXISTS public.manager_buildings;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.managed_scorers
-- ========================================================================
-- trickle: drop stream table public.managed_scorers and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.managed_scorers';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.managed_scorers', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.managed_scorers') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.managed_scorers'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.managed_scorers') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.managed_scorers';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.managed_scorers';
DROP FUNCTION IF EXISTS pg_trickle.refresh_93d089dc16ae1e7a(boolean);
DROP TABLE IF EXISTS public.managed_scorers;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.labelled_headcount
-- ========================================================================
-- trickle: drop stream table public.labelled_headcount and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.labelled_headcount';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.labelled_headcount', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.labelled_headcount') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.labelled_headcount'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.labelled_headcount') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.labelled_headcount';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.labelled_headcount';
DROP FUNCTION IF EXISTS pg_trickle.refresh_606a98af410382ea(boolean);
DROP TABLE IF EXISTS public.labelled_headcount;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.kinds_of_managers
-- ========================================================================
-- trickle: drop stream table public.kinds_of_managers and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.kinds_of_managers';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.kinds_of_managers', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.kinds_of_managers') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.kinds_of_managers'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.kinds_of_managers') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.kinds_of_managers';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.kinds_of_managers';
DROP FUNCTION IF EXISTS pg_trickle.refresh_0094e7a51aeed461(boolean);
DROP TABLE IF EXISTS public.kinds_of_managers;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.hires_with_building
-- ========================================================================
-- trickle: drop stream table public.hires_with_building and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.hires_with_building';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.hires_with_building', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.hires_with_building') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.hires_with_building'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.hires_with_building') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.hires_with_building';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.hires_with_building';
DROP FUNCTION IF EXISTS pg_trickle.refresh_31c8ea23ea26a6b2(boolean);
DROP TABLE IF EXISTS public.hires_with_building;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.hires_per_year
-- ========================================================================
-- trickle: drop stream table public.hires_per_year and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.hires_per_year';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.hires_per_year', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.hires_per_year') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.hires_per_year'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.hires_per_year') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.hires_per_year';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.hires_per_year';
DROP FUNCTION IF EXISTS pg_trickle.refresh_a8476cd9f4224e39(boolean);
DROP TABLE IF EXISTS public.hires_per_year;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.hired_around
-- ========================================================================
-- trickle: drop stream table public.hired_around and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.hired_around';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.hired_around', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.hired_around') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.hired_around'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.hired_around') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.hired_around';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.hired_around';
DROP FUNCTION IF EXISTS pg_trickle.refresh_9b0854554125f513(boolean);
DROP TABLE IF EXISTS public.hired_around;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.hire_copies
-- ========================================================================
-- trickle: drop stream table public.hire_copies and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.hire_copies';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.hire_copies', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.hire_copies') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.hire_copies'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.hire_copies') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.hire_copies';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.hire_copies';
DROP FUNCTION IF EXISTS pg_trickle.refresh_7d39688b16c0faec(boolean);
DROP TABLE IF EXISTS public.hire_copies;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.grid
-- ========================================================================
-- trickle: drop stream table public.grid and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.grid';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.grid', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.grid') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.grid'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.grid') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.grid';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.grid';
DROP FUNCTION IF EXISTS pg_trickle.refresh_d2726ad235867dc0(boolean);
DROP TABLE IF EXISTS public.grid;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.first_hires
-- ========================================================================
-- trickle: drop stream table public.first_hires and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.first_hires';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.first_hires', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.first_hires') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.first_hires'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.first_hires') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.first_hires';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.first_hires';
DROP FUNCTION IF EXISTS pg_trickle.refresh_9ff9d5b23f0641be(boolean);
DROP TABLE IF EXISTS public.first_hires;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.every_limit
-- ========================================================================
-- trickle: drop stream table public.every_limit and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.every_limit';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.every_limit', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.every_limit') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.every_limit'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.every_limit') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.every_limit';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.every_limit';
DROP FUNCTION IF EXISTS pg_trickle.refresh_d0711e5d3d9534e2(boolean);
DROP TABLE IF EXISTS public.every_limit;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.events_beyond_talks
-- ========================================================================
-- trickle: drop stream table public.events_beyond_talks and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.events_beyond_talks';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.events_beyond_talks', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.events_beyond_talks') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.events_beyond_talks'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.events_beyond_talks') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.events_beyond_talks';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.events_beyond_talks';
DROP FUNCTION IF EXISTS pg_trickle.refresh_283d6a889e2dff86(boolean);
DROP TABLE IF EXISTS public.events_beyond_talks;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.event_totals
-- ========================================================================
-- trickle: drop stream table public.event_totals and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.event_totals';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.event_totals', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.event_totals') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.event_totals'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.event_totals') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.event_totals';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_totals';
DROP FUNCTION IF EXISTS pg_trickle.refresh_b899d36afa86d213(boolean);
DROP TABLE IF EXISTS public.event_totals;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.event_shares
-- ========================================================================
-- trickle: drop stream table public.event_shares and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.event_shares';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.event_shares', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.event_shares') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.event_shares'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.event_shares') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.event_shares';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_shares';
DROP FUNCTION IF EXISTS pg_trickle.refresh_23f9070f72eb6b25(boolean);
DROP TABLE IF EXISTS public.event_shares;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.event_scores
-- ========================================================================
-- trickle: drop stream table public.event_scores and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.event_scores';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.event_scores', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.event_scores') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.event_scores'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.event_scores') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.event_scores';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_scores';
DROP FUNCTION IF EXISTS pg_trickle.refresh_985bb62d7e61d9bb(boolean);
DROP TABLE IF EXISTS public.event_scores;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.event_owners
-- ========================================================================
-- trickle: drop stream table public.event_owners and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.event_owners';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.event_owners', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.event_owners') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.event_owners'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.event_owners') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.event_owners';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_owners';
DROP FUNCTION IF EXISTS pg_trickle.refresh_75758e7cd5f434fe(boolean);
DROP TABLE IF EXISTS public.event_owners;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.event_managers
-- ========================================================================
-- trickle: drop stream table public.event_managers and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.event_managers';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.event_managers', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.event_managers') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.event_managers'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.event_managers') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.event_managers';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_managers';
DROP FUNCTION IF EXISTS pg_trickle.refresh_a015b8dada3c2203(boolean);
DROP TABLE IF EXISTS public.event_managers;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.event_kinds
-- ========================================================================
-- trickle: drop stream table public.event_kinds and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.event_kinds';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.event_kinds', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.event_kinds') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.event_kinds'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.event_kinds') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.event_kinds';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_kinds';
DROP FUNCTION IF EXISTS pg_trickle.refresh_fe9c60118febb80f(boolean);
DROP TABLE IF EXISTS public.event_kinds;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.event_kind_labels
-- ========================================================================
-- trickle: drop stream table public.event_kind_labels and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.event_kind_labels';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.event_kind_labels', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.event_kind_labels') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.event_kind_labels'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.event_kind_labels') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.event_kind_labels';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_kind_labels';
DROP FUNCTION IF EXISTS pg_trickle.refresh_7c29b872199bcf4b(boolean);
DROP TABLE IF EXISTS public.event_kind_labels;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.event_cube
-- ========================================================================
-- trickle: drop stream table public.event_cube and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.event_cube';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.event_cube', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.event_cube') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.event_cube'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.event_cube') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.event_cube';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_cube';
DROP FUNCTION IF EXISTS pg_trickle.refresh_782eaad9ba61aa66(boolean);
DROP TABLE IF EXISTS public.event_cube;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.employees_per_level
-- ========================================================================
-- trickle: drop stream table public.employees_per_level and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.employees_per_level';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.employees_per_level', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.employees_per_level') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.employees_per_level'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.employees_per_level') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.employees_per_level';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.employees_per_level';
DROP FUNCTION IF EXISTS pg_trickle.refresh_7a86c66018f53eff(boolean);
DROP TABLE IF EXISTS public.employees_per_level;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.employee_event_totals
-- ========================================================================
-- trickle: drop stream table public.employee_event_totals and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.employee_event_totals';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.employee_event_totals', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.employee_event_totals') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.employee_event_totals'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.employee_event_totals') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.employee_event_totals';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.employee_event_totals';
DROP FUNCTION IF EXISTS pg_trickle.refresh_f94a9c6e05d089cd(boolean);
DROP TABLE IF EXISTS public.employee_event_totals;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.employee_dept_flags
-- ========================================================================
-- trickle: drop stream table public.employee_dept_flags and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.employee_dept_flags';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.employee_dept_flags', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.employee_dept_flags') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.employee_dept_flags'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.employee_dept_flags') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.employee_dept_flags';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.employee_dept_flags';
DROP FUNCTION IF EXISTS pg_trickle.refresh_ab051539565eae11(boolean);
DROP TABLE IF EXISTS public.employee_dept_flags;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.employee_buildings
-- ========================================================================
-- trickle: drop stream table public.employee_buildings and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.employee_buildings';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.employee_buildings', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.employee_buildings') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.employee_buildings'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.employee_buildings') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.employee_buildings';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.employee_buildings';
DROP FUNCTION IF EXISTS pg_trickle.refresh_386e538ff3c67988(boolean);
DROP TABLE IF EXISTS public.employee_buildings;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.depts_with_scorers
-- ========================================================================
-- trickle: drop stream table public.depts_with_scorers and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.depts_with_scorers';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.depts_with_scorers', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.depts_with_scorers') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.depts_with_scorers'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.depts_with_scorers') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.depts_with_scorers';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.depts_with_scorers';
DROP FUNCTION IF EXISTS pg_trickle.refresh_ce9fe17a8277da77(boolean);
DROP TABLE IF EXISTS public.depts_with_scorers;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.depts_and_staff
-- ========================================================================
-- trickle: drop stream table public.depts_and_staff and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.depts_and_staff';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.depts_and_staff', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.depts_and_staff') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.depts_and_staff'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.depts_and_staff') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.depts_and_staff';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.depts_and_staff';
DROP FUNCTION IF EXISTS pg_trickle.refresh_51e6d2bfbf2a10ba(boolean);
DROP TABLE IF EXISTS public.depts_and_staff;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.dept_stats
-- ========================================================================
-- trickle: drop stream table public.dept_stats and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.dept_stats';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.dept_stats', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.dept_stats') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.dept_stats'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.dept_stats') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.dept_stats';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_stats';
DROP FUNCTION IF EXISTS pg_trickle.refresh_8a998b7ebe70bb3d(boolean);
DROP TABLE IF EXISTS public.dept_stats;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.dept_salary_ranks
-- ========================================================================
-- trickle: drop stream table public.dept_salary_ranks and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.dept_salary_ranks';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.dept_salary_ranks', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.dept_salary_ranks') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.dept_salary_ranks'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.dept_salary_ranks') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.dept_salary_ranks';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_salary_ranks';
DROP FUNCTION IF EXISTS pg_trickle.refresh_fa54f13c3d1f0bad(boolean);
DROP TABLE IF EXISTS public.dept_salary_ranks;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.dept_salaries
-- ========================================================================
-- trickle: drop stream table public.dept_salaries and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.dept_salaries';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.dept_salaries', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.dept_salaries') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.dept_salaries'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.dept_salaries') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.dept_salaries';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_salaries';
DROP FUNCTION IF EXISTS pg_trickle.refresh_0a62bee6c3acc2d1(boolean);
DROP TABLE IF EXISTS public.dept_salaries;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.dept_people
-- ========================================================================
-- trickle: drop stream table public.dept_people and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.dept_people';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.dept_people', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.dept_people') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.dept_people'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.dept_people') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.dept_people';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_people';
DROP FUNCTION IF EXISTS pg_trickle.refresh_533c3ae64c33722f(boolean);
DROP TABLE IF EXISTS public.dept_people;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.dept_newest_hire
-- ========================================================================
-- trickle: drop stream table public.dept_newest_hire and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.dept_newest_hire';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.dept_newest_hire', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.dept_newest_hire') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.dept_newest_hire'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.dept_newest_hire') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.dept_newest_hire';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_newest_hire';
DROP FUNCTION IF EXISTS pg_trickle.refresh_259e5644439675d3(boolean);
DROP TABLE IF EXISTS public.dept_newest_hire;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.dept_names
-- ========================================================================
-- trickle: drop stream table public.dept_names and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.dept_names';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.dept_names', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.dept_names') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.dept_names'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.dept_names') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.dept_names';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_names';
DROP FUNCTION IF EXISTS pg_trickle.refresh_d82ae927cb3c5ddd(boolean);
DROP TABLE IF EXISTS public.dept_names;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.dept_headcount
-- ========================================================================
-- trickle: drop stream table public.dept_headcount and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.dept_headcount';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.dept_headcount', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.dept_headcount') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.dept_headcount'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.dept_headcount') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.dept_headcount';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_headcount';
DROP FUNCTION IF EXISTS pg_trickle.refresh_49a089f41a7e303d(boolean);
DROP TABLE IF EXISTS public.dept_headcount;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.dept_event_points
-- ========================================================================
-- trickle: drop stream table public.dept_event_points and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.dept_event_points';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.dept_event_points', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.dept_event_points') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.dept_event_points'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.dept_event_points') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.dept_event_points';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_event_points';
DROP FUNCTION IF EXISTS pg_trickle.refresh_dcd4503397ce5b6b(boolean);
DROP TABLE IF EXISTS public.dept_event_points;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.dept_event_kinds
-- ========================================================================
-- trickle: drop stream table public.dept_event_kinds and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.dept_event_kinds';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.dept_event_kinds', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.dept_event_kinds') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.dept_event_kinds'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.dept_event_kinds') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.dept_event_kinds';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_event_kinds';
DROP FUNCTION IF EXISTS pg_trickle.refresh_36b06ed4dbec9679(boolean);
DROP TABLE IF EXISTS public.dept_event_kinds;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.dept_documents
-- ========================================================================
-- trickle: drop stream table public.dept_documents and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.dept_documents';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.dept_documents', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.dept_documents') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.dept_documents'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.dept_documents') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.dept_documents';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_documents';
DROP FUNCTION IF EXISTS pg_trickle.refresh_dee3e9b7c800723f(boolean);
DROP TABLE IF EXISTS public.dept_documents;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.dept_buildings
-- ========================================================================
-- trickle: drop stream table public.dept_buildings and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.dept_buildings';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.dept_buildings', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.dept_buildings') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.dept_buildings'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.dept_buildings') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.dept_buildings';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_buildings';
DROP FUNCTION IF EXISTS pg_trickle.refresh_4d9ef8b181f85c81(boolean);
DROP TABLE IF EXISTS public.dept_buildings;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.by_year
-- ========================================================================
-- trickle: drop stream table public.by_year and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.by_year';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.by_year', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.by_year') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.by_year'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.by_year') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.by_year';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.by_year';
DROP FUNCTION IF EXISTS pg_trickle.refresh_95b40a8e616e6f52(boolean);
DROP TABLE IF EXISTS public.by_year;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.busy_buildings
-- ========================================================================
-- trickle: drop stream table public.busy_buildings and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.busy_buildings';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.busy_buildings', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.busy_buildings') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.busy_buildings'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.busy_buildings') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.busy_buildings';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.busy_buildings';
DROP FUNCTION IF EXISTS pg_trickle.refresh_c0375c4a581c04cb(boolean);
DROP TABLE IF EXISTS public.busy_buildings;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.bonus_by_dept
-- ========================================================================
-- trickle: drop stream table public.bonus_by_dept and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.bonus_by_dept';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.bonus_by_dept', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.bonus_by_dept') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.bonus_by_dept'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.bonus_by_dept') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.bonus_by_dept';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.bonus_by_dept';
DROP FUNCTION IF EXISTS pg_trickle.refresh_39453839bc31662a(boolean);
DROP TABLE IF EXISTS public.bonus_by_dept;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.bonus_copy
-- ========================================================================
-- trickle: drop stream table public.bonus_copy and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.bonus_copy';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.bonus_copy', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.bonus_copy') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.bonus_copy'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.bonus_copy') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.bonus_copy';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.bonus_copy';
DROP FUNCTION IF EXISTS pg_trickle.refresh_6a6bf5f012bb3a87(boolean);
DROP TABLE IF EXISTS public.bonus_copy;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.big_events
-- ========================================================================
-- trickle: drop stream table public.big_events and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.big_events';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.big_events', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.big_events') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.big_events'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.big_events') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.big_events';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.big_events';
DROP FUNCTION IF EXISTS pg_trickle.refresh_670c84e956b81cf4(boolean);
DROP TABLE IF EXISTS public.big_events;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.best_paid
-- ========================================================================
-- trickle: drop stream table public.best_paid and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.best_paid';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.best_paid', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.best_paid') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.best_paid'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.best_paid') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.best_paid';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.best_paid';
DROP FUNCTION IF EXISTS pg_trickle.refresh_69456de6daa30bce(boolean);
DROP TABLE IF EXISTS public.best_paid;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.activity_kinds
-- ========================================================================
-- trickle: drop stream table public.activity_kinds and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.activity_kinds';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.activity_kinds', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.activity_kinds') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.activity_kinds'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.activity_kinds') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.activity_kinds';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.activity_kinds';
DROP FUNCTION IF EXISTS pg_trickle.refresh_68b9ca87f372fc30(boolean);
DROP TABLE IF EXISTS public.activity_kinds;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- drop stream table public.active_flags
-- ========================================================================
-- trickle: drop stream table public.active_flags and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.active_flags';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.active_flags', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.active_flags') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.active_flags'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.active_flags') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.active_flags';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.active_flags';
DROP FUNCTION IF EXISTS pg_trickle.refresh_06a85440bc28bce4(boolean);
DROP TABLE IF EXISTS public.active_flags;
CALL pg_trickle.drop_unused_change_tracking();

CALL pg_trickle.end_revert('features', 1, 'initial');

CALL pg_trickle.drop_catalog_if_unused();

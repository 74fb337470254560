BEGIN;

-- trickle: revert migration 0002_add_prolific_authors_and_2_more of project library
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

CALL pg_trickle.begin_revert('library', 2, 'add_prolific_authors_and_2_more');

-- ========================================================================
-- drop stream table public.prolific_authors
-- ========================================================================
-- trickle: drop stream table public.prolific_authors and everything it created.
-- Refuses while another stream table reads it. Change buffers and triggers of
-- its sources go too when no other stream table reads those sources.
DO $pgt$
DECLARE
    readers text;
BEGIN
    SELECT pg_catalog.string_agg(s.stable_name, ', ' ORDER BY s.stable_name) INTO readers
      FROM pg_trickle.pgt_dependencies d
      JOIN pg_trickle.pgt_stream_tables s ON s.pgt_id = d.pgt_id
     WHERE d.source_stable_name = 'public.prolific_authors';
    IF readers IS NOT NULL THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: stream tables % read it', 'public.prolific_authors', readers;
    END IF;
    -- Only a stream table (the comment trickle gives its storage, or the column __pgt_row_id that
    -- every one maintained differentially has): a table of yours that took its name stays.
    IF pg_catalog.to_regclass('public.prolific_authors') IS NOT NULL
       AND COALESCE(pg_catalog.obj_description(pg_catalog.to_regclass('public.prolific_authors'), 'pg_class'), '') NOT LIKE 'trickle stream table;%'
       AND NOT EXISTS (
        SELECT FROM pg_catalog.pg_attribute AS a
         WHERE a.attrelid = pg_catalog.to_regclass('public.prolific_authors') AND a.attname = '__pgt_row_id' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'pg_trickle: cannot drop %: it is not a stream table (it has neither trickle''s comment nor the column __pgt_row_id)', 'public.prolific_authors';
    END IF;
END
$pgt$;

DELETE FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.prolific_authors';
DROP FUNCTION IF EXISTS pg_trickle.refresh_8625632b8a92a67c(boolean);
DROP TABLE IF EXISTS public.prolific_authors;
CALL pg_trickle.drop_unused_change_tracking();

-- ========================================================================
-- schedule changes
-- ========================================================================
UPDATE pg_trickle.pgt_stream_tables
   SET schedule = '5m', schedule_kind = 'interval', schedule_interval = '5 minutes'::interval,
       cron_minutes = NULL, cron_hours = NULL, cron_doms = NULL, cron_months = NULL, cron_dows = NULL, cron_dom_restricted = NULL, cron_dow_restricted = NULL
 WHERE stable_name = 'public.books_per_author';

-- ========================================================================
-- refresh order (dependencies first)
-- ========================================================================
UPDATE pg_trickle.pgt_stream_tables
   SET refresh_order = CASE stable_name
                         WHEN 'public.books_per_author' THEN 0
                         WHEN 'public.long_books' THEN 1
                         ELSE refresh_order END
 WHERE stable_name IN ('public.books_per_author', 'public.long_books');

CALL pg_trickle.end_revert('library', 2, 'add_prolific_authors_and_2_more');

COMMIT;

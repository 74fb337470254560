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

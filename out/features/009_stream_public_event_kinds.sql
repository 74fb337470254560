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
CREATE TABLE public.event_kinds AS
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
VALUES ('public', 'event_kinds', 'public.event_kinds', 'fe9c60118febb80f', 'SELECT DISTINCT kind, points > 5 AS big FROM events', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'distinct', 'refresh_fe9c60118febb80f', 4, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['employee', 'kind', 'points']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_kinds';

-- Refresh function, called by pg_trickle.refresh('public.event_kinds').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_fe9c60118febb80f(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $pgt$
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_reason text;
BEGIN
    SELECT frontier, frontier_own_xid, frontier_mark
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark
      FROM pg_trickle.pgt_stream_tables
     WHERE stable_name = 'public.event_kinds';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- Nothing to do when no source has an unconsumed change.
        IF NOT EXISTS (SELECT 1 FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Changes of public.events that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.events' AND d.consumes_changes
                      AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
            RETURN 'NOOP';
        END IF;

        WITH
        -- record the new frontier under the same snapshot that reads the changes
        __pgt_frontier AS (
          UPDATE pg_trickle.pgt_stream_tables
             SET frontier = pg_current_snapshot(),
                 frontier_own_xid = pg_current_xact_id_if_assigned(),
                 frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0)
           WHERE pgt_schema = 'public' AND pgt_name = 'event_kinds'
        ),
        -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_events AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.employee, c.kind, c.points
            FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
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

        -- A TRUNCATE records no rows, so it cannot be differentiated.
        IF EXISTS (SELECT 1 FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE c.__pgt_action = 'T' AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSE
            -- Changes of public.events that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.events' AND d.consumes_changes
                      AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
            RETURN 'DIFFERENTIAL';
        END IF;
    END IF;

    -- Full recomputation.
    DELETE FROM public.event_kinds;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0)
         WHERE pgt_schema = 'public' AND pgt_name = 'event_kinds'
    )
    INSERT INTO public.event_kinds (kind, big, __pgt_row_id, __pgt_count)
    SELECT r.kind, r.big, hash_record_extended(ROW(r.kind, r.big), 0) AS __pgt_row_id, count(*) AS __pgt_count
      FROM (
        SELECT events.kind AS kind, events.points > 5 AS big
          FROM public.events AS events
      ) AS r
     GROUP BY r.kind, r.big;
    -- Changes of public.events that every reader has consumed are deleted.
    DELETE FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
     WHERE NOT EXISTS (
           SELECT 1 FROM pg_trickle.pgt_dependencies AS d
             JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
            WHERE d.source_stable_name = 'public.events' AND d.consumes_changes
              AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population.
CALL pg_trickle.refresh('public.event_kinds', full => true);

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
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_670c84e956b81cf4(p_full boolean) RETURNS text
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
     WHERE stable_name = 'public.big_events';
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
           WHERE pgt_schema = 'public' AND pgt_name = 'big_events'
        ),
        -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_events AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.employee, c.kind, c.points
            FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
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
    DELETE FROM public.big_events;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0)
         WHERE pgt_schema = 'public' AND pgt_name = 'big_events'
    )
    INSERT INTO public.big_events (employee, kind, doubled, __pgt_row_id)
    SELECT r.employee, r.kind, r.doubled, hash_record_extended(ROW(r.employee, r.kind, r.doubled), 0) AS __pgt_row_id
      FROM (
        SELECT i.employee AS employee, i.kind AS kind, i.points * 2 AS doubled
          FROM (
          SELECT ev.employee, ev.kind, ev.points
            FROM public.events AS ev
           WHERE ev.points >= 0
        ) AS i
      ) AS r;
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
CALL pg_trickle.refresh('public.big_events', full => true);

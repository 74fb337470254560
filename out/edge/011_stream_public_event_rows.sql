-- trickle: stream table public.event_rows
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT kind, COALESCE(amount, 0) AS amount, payload -> 'tags' AS tags FROM events WHERE seen IS NOT FALSE
--
-- operator tree:
--   project kind, COALESCE(amount, 0) AS amount, payload -> 'tags' AS tags
--     filter seen IS NOT FALSE
--       scan public.events

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.event_rows AS
  SELECT r.kind, r.amount, r.tags, hash_record_extended(ROW(r.kind, r.amount, r.tags), 0) AS __pgt_row_id
    FROM (
      SELECT i.kind AS kind, COALESCE(i.amount, 0) AS amount, i.payload -> 'tags' AS tags
        FROM (
        SELECT events.kind, events."Group", events.amount, events.payload, events.seen
          FROM public.events AS events
         WHERE events.seen IS NOT FALSE
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.event_rows ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_3bc497883ecfb652 ON public.event_rows (__pgt_row_id);
COMMENT ON TABLE public.event_rows IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.event_rows'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'event_rows', 'public.event_rows', '3bc497883ecfb652', 'SELECT kind, COALESCE(amount, 0) AS amount, payload -> ''tags'' AS tags FROM events WHERE seen IS NOT FALSE', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_3bc497883ecfb652', 6, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['kind', 'Group', 'amount', 'payload', 'seen']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_rows';

-- Refresh function, called by pg_trickle.refresh('public.event_rows').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_3bc497883ecfb652(p_full boolean) RETURNS text
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
     WHERE stable_name = 'public.event_rows';
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
           WHERE pgt_schema = 'public' AND pgt_name = 'event_rows'
        ),
        -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_events AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.kind, c."Group", c.amount, c.payload, c.seen
            FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- filter (linear): changes of its input that satisfy seen IS NOT FALSE
        delta_filter AS (
          SELECT d.__pgt_w, d.kind, d."Group", d.amount, d.payload, d.seen
            FROM delta_events AS d
           WHERE d.seen IS NOT FALSE
        ),
        -- project (linear): each changed row, projected
        delta_project AS (
          SELECT d.__pgt_w, d.kind AS kind, COALESCE(d.amount, 0) AS amount, d.payload -> 'tags' AS tags
            FROM delta_filter AS d
        ),
        -- consolidate: identical rows with opposite weights cancel out
        __pgt_net AS (
          SELECT d.kind, d.amount, d.tags, sum(d.__pgt_w)::bigint AS __pgt_w
            FROM delta_project AS d
           GROUP BY d.kind, d.amount, d.tags
          HAVING sum(d.__pgt_w) <> 0
        ),
        -- number the consolidated rows, to pick copies to delete per row
        __pgt_numbered AS (
          SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
        ),
        -- delete as many stored copies of each row as its negative weight
        __pgt_deleted AS (
          DELETE FROM public.event_rows AS s
           WHERE s.ctid = ANY (ARRAY(
             SELECT x.ctid FROM (
               SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                 FROM __pgt_numbered AS n
                 JOIN public.event_rows AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.kind, n.amount, n.tags), 0) AND t.kind IS NOT DISTINCT FROM n.kind AND t.amount IS NOT DISTINCT FROM n.amount AND t.tags IS NOT DISTINCT FROM n.tags
             ) AS x WHERE x.copy <= x.copies))
        )
        INSERT INTO public.event_rows (kind, amount, tags, __pgt_row_id)
        SELECT n.kind, n.amount, n.tags, hash_record_extended(ROW(n.kind, n.amount, n.tags), 0)
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
    DELETE FROM public.event_rows;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0)
         WHERE pgt_schema = 'public' AND pgt_name = 'event_rows'
    )
    INSERT INTO public.event_rows (kind, amount, tags, __pgt_row_id)
    SELECT r.kind, r.amount, r.tags, hash_record_extended(ROW(r.kind, r.amount, r.tags), 0) AS __pgt_row_id
      FROM (
        SELECT i.kind AS kind, COALESCE(i.amount, 0) AS amount, i.payload -> 'tags' AS tags
          FROM (
          SELECT events.kind, events."Group", events.amount, events.payload, events.seen
            FROM public.events AS events
           WHERE events.seen IS NOT FALSE
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
CALL pg_trickle.refresh('public.event_rows', full => true);

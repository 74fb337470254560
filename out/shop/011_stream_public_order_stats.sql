-- trickle: stream table public.order_stats
--
-- refresh mode: DIFFERENTIAL
-- schedule: 1m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT count(*) AS orders, min(created_at) AS first_order, max(created_at) AS last_order FROM orders
--
-- operator tree:
--   project __pgt_a0 AS orders, __pgt_a1 AS first_order, __pgt_a2 AS last_order
--     aggregate count(*), min(created_at), max(created_at) (one group)
--       scan public.orders

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
CREATE TABLE public.order_stats AS
  SELECT count(*) AS orders,
         min(i.created_at) AS first_order,
         max(i.created_at) AS last_order,
         0::bigint AS __pgt_row_id,
         count(*) AS __pgt_count
    FROM (
      SELECT id, customer_id, status, created_at FROM public.orders
    ) AS i
  WITH NO DATA;
ALTER TABLE public.order_stats ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_b5459e3fb0ea4973 ON public.order_stats (__pgt_row_id);
COMMENT ON TABLE public.order_stats IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.order_stats'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'order_stats', 'public.order_stats', 'b5459e3fb0ea4973', 'SELECT count(*) AS orders, min(created_at) AS first_order, max(created_at) AS last_order FROM orders', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_b5459e3fb0ea4973', 5, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'status', 'created_at']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.order_stats';

-- Refresh function, called by pg_trickle.refresh('public.order_stats').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_b5459e3fb0ea4973(p_full boolean) RETURNS text
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
     WHERE stable_name = 'public.order_stats';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- Nothing to do when no source has an unconsumed change.
        IF NOT EXISTS (SELECT 1 FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Changes of public.orders that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.orders' AND d.consumes_changes
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
           WHERE pgt_schema = 'public' AND pgt_name = 'order_stats'
        ),
        -- scan public.orders: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_orders AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.id, c.customer_id, c.status, c.created_at
            FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- aggregate: per changed group, the change in count, sums and extremes (no GROUP BY: one group)
        __pgt_delta_groups AS (
          SELECT sum(d.__pgt_w)::bigint AS __pgt_d_count,
                 sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                 min(d.created_at) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_1,
                 min(d.created_at) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_1,
                 max(d.created_at) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_2,
                 max(d.created_at) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_2
            FROM delta_orders AS d
          HAVING count(*) > 0
        ),
        -- each changed group with its stored state; a group is recomputed from the sources when a deleted value may have been its MIN/MAX
        __pgt_groups AS (
          SELECT g.*,
                 s.__pgt_row_id IS NOT NULL AS __pgt_stored,
                 coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                 s.orders AS __pgt_old_value_0,
                 s.first_order AS __pgt_old_value_1,
                 s.last_order AS __pgt_old_value_2,
                 (g.__pgt_del_1 IS NOT NULL AND (s.first_order IS NULL OR g.__pgt_del_1 <= s.first_order))
                     OR (g.__pgt_del_2 IS NOT NULL AND (s.last_order IS NULL OR g.__pgt_del_2 >= s.last_order)) AS __pgt_rescan
            FROM __pgt_delta_groups AS g
            LEFT JOIN public.order_stats AS s ON s.__pgt_row_id = 0::bigint
        ),
        -- recompute each flagged group from the current sources (without GROUP BY, an empty group still yields its one row)
        __pgt_rescanned AS (
          SELECT r.__pgt_count, r.__pgt_value_0, r.__pgt_value_1, r.__pgt_value_2
            FROM __pgt_groups AS g
           CROSS JOIN LATERAL (
             SELECT count(*) AS __pgt_count,
                    count(*) AS __pgt_value_0,
                    min(i.created_at) AS __pgt_value_1,
                    max(i.created_at) AS __pgt_value_2
               FROM (
                SELECT id, customer_id, status, created_at FROM public.orders
               ) AS i
           ) AS r
           WHERE g.__pgt_rescan
        ),
        -- new state of each changed group: stored state + change, or the recomputed state
        __pgt_new_state AS (
          SELECT g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
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
          SELECT 0::bigint AS __pgt_row_id,
                 n.__pgt_value_0 AS orders,
                 n.__pgt_value_1 AS first_order,
                 n.__pgt_value_2 AS last_order,
                 n.__pgt_count,
                 true AS __pgt_keep
            FROM __pgt_new_state AS n
        )
        MERGE INTO public.order_stats AS s
        USING __pgt_apply AS a
           ON s.__pgt_row_id = a.__pgt_row_id
         WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
         WHEN MATCHED THEN UPDATE SET orders = a.orders, first_order = a.first_order, last_order = a.last_order, __pgt_count = a.__pgt_count
         WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (orders, first_order, last_order, __pgt_row_id, __pgt_count) VALUES (a.orders, a.first_order, a.last_order, a.__pgt_row_id, a.__pgt_count);

        -- A TRUNCATE records no rows, so it cannot be differentiated.
        IF EXISTS (SELECT 1 FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c WHERE c.__pgt_action = 'T' AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSE
            -- Changes of public.orders that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.orders' AND d.consumes_changes
                      AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
            RETURN 'DIFFERENTIAL';
        END IF;
    END IF;

    -- Full recomputation.
    DELETE FROM public.order_stats;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0)
         WHERE pgt_schema = 'public' AND pgt_name = 'order_stats'
    )
    INSERT INTO public.order_stats (orders, first_order, last_order, __pgt_row_id, __pgt_count)
    SELECT count(*) AS orders,
           min(i.created_at) AS first_order,
           max(i.created_at) AS last_order,
           0::bigint AS __pgt_row_id,
           count(*) AS __pgt_count
      FROM (
        SELECT id, customer_id, status, created_at FROM public.orders
      ) AS i;
    -- Changes of public.orders that every reader has consumed are deleted.
    DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
     WHERE NOT EXISTS (
           SELECT 1 FROM pg_trickle.pgt_dependencies AS d
             JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
            WHERE d.source_stable_name = 'public.orders' AND d.consumes_changes
              AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population.
CALL pg_trickle.refresh('public.order_stats', full => true);

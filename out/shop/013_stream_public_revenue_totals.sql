-- trickle: stream table public.revenue_totals
--
-- refresh mode: DIFFERENTIAL
-- schedule: 1m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT count(*) AS customers, sum(items) AS items, max(dearest) AS dearest FROM customer_revenue
--
-- operator tree:
--   project __pgt_a0 AS customers, __pgt_a1 AS items, __pgt_a2 AS dearest
--     aggregate count(*), sum(items), max(dearest) (one group)
--       scan public.customer_revenue (stream table)

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_1).
CREATE TABLE public.revenue_totals AS
  SELECT count(*) AS customers,
         sum(i.items) AS items,
         max(i.dearest) AS dearest,
         0::bigint AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i.items) AS __pgt_nonnull_1
    FROM (
      SELECT customer_id, name, lines, discounted_lines, items, avg_quantity, cheapest, dearest FROM public.customer_revenue
    ) AS i
  WITH NO DATA;
ALTER TABLE public.revenue_totals ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_4c3780406d05a4be ON public.revenue_totals (__pgt_row_id);
COMMENT ON TABLE public.revenue_totals IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.revenue_totals'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'revenue_totals', 'public.revenue_totals', '4c3780406d05a4be', 'SELECT count(*) AS customers, sum(items) AS items, max(dearest) AS dearest FROM customer_revenue', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_4c3780406d05a4be', 7, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.customer_revenue', 'STREAM_TABLE', true, ARRAY['customer_id', 'name', 'lines', 'discounted_lines', 'items', 'avg_quantity', 'cheapest', 'dearest']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.revenue_totals';

-- Refresh function, called by pg_trickle.refresh('public.revenue_totals').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_4c3780406d05a4be(p_full boolean) RETURNS text
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
     WHERE stable_name = 'public.revenue_totals';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- Nothing to do when no source has an unconsumed change.
        IF NOT EXISTS (SELECT 1 FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Changes of public.customer_revenue that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.customer_revenue' AND d.consumes_changes
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
           WHERE pgt_schema = 'public' AND pgt_name = 'revenue_totals'
        ),
        -- scan public.customer_revenue: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_customer_revenue AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.customer_id, c.name, c.lines, c.discounted_lines, c.items, c.avg_quantity, c.cheapest, c.dearest
            FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- aggregate: per changed group, the change in count, sums and extremes (no GROUP BY: one group)
        __pgt_delta_groups AS (
          SELECT sum(d.__pgt_w)::bigint AS __pgt_d_count,
                 sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                 coalesce(sum(d.__pgt_w) FILTER (WHERE d.items IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                 sum((d.items) * d.__pgt_w) AS __pgt_d_value_1,
                 max(d.dearest) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_2,
                 max(d.dearest) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_2
            FROM delta_customer_revenue AS d
          HAVING count(*) > 0
        ),
        -- each changed group with its stored state; a group is recomputed from the sources when a deleted value may have been its MIN/MAX
        __pgt_groups AS (
          SELECT g.*,
                 s.__pgt_row_id IS NOT NULL AS __pgt_stored,
                 coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                 s.customers AS __pgt_old_value_0,
                 s.items AS __pgt_old_value_1,
                 s.dearest AS __pgt_old_value_2,
                 coalesce(s.__pgt_nonnull_1, 0) AS __pgt_old_nonnull_1,
                 (g.__pgt_del_2 IS NOT NULL AND (s.dearest IS NULL OR g.__pgt_del_2 >= s.dearest)) AS __pgt_rescan
            FROM __pgt_delta_groups AS g
            LEFT JOIN public.revenue_totals AS s ON s.__pgt_row_id = 0::bigint
        ),
        -- recompute each flagged group from the current sources (without GROUP BY, an empty group still yields its one row)
        __pgt_rescanned AS (
          SELECT r.__pgt_count, r.__pgt_value_0, r.__pgt_value_1, r.__pgt_nonnull_1, r.__pgt_value_2
            FROM __pgt_groups AS g
           CROSS JOIN LATERAL (
             SELECT count(*) AS __pgt_count,
                    count(*) AS __pgt_value_0,
                    sum(i.items) AS __pgt_value_1,
                    count(i.items) AS __pgt_nonnull_1,
                    max(i.dearest) AS __pgt_value_2
               FROM (
                SELECT customer_id, name, lines, discounted_lines, items, avg_quantity, cheapest, dearest FROM public.customer_revenue
               ) AS i
           ) AS r
           WHERE g.__pgt_rescan
        ),
        -- new state of each changed group: stored state + change, or the recomputed state
        __pgt_new_state AS (
          SELECT g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                 coalesce(g.__pgt_old_value_0, 0) + g.__pgt_d_value_0 AS __pgt_value_0,
                 CASE WHEN g.__pgt_old_nonnull_1 + g.__pgt_d_nonnull_1 = 0 THEN NULL WHEN g.__pgt_old_value_1 IS NULL THEN g.__pgt_d_value_1 WHEN g.__pgt_d_value_1 IS NULL THEN g.__pgt_old_value_1 ELSE g.__pgt_old_value_1 + g.__pgt_d_value_1 END AS __pgt_value_1,
                 g.__pgt_old_nonnull_1 + g.__pgt_d_nonnull_1 AS __pgt_nonnull_1,
                 greatest(g.__pgt_old_value_2, g.__pgt_ins_2) AS __pgt_value_2
            FROM __pgt_groups AS g
           WHERE NOT g.__pgt_rescan
          UNION ALL
          SELECT * FROM __pgt_rescanned
        ),
        -- rows in storage layout; a group stays while it has rows
        __pgt_apply AS (
          SELECT 0::bigint AS __pgt_row_id,
                 n.__pgt_value_0 AS customers,
                 n.__pgt_value_1 AS items,
                 n.__pgt_value_2 AS dearest,
                 n.__pgt_count,
                 n.__pgt_nonnull_1 AS __pgt_nonnull_1,
                 true AS __pgt_keep
            FROM __pgt_new_state AS n
        )
        MERGE INTO public.revenue_totals AS s
        USING __pgt_apply AS a
           ON s.__pgt_row_id = a.__pgt_row_id
         WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
         WHEN MATCHED THEN UPDATE SET customers = a.customers, items = a.items, dearest = a.dearest, __pgt_count = a.__pgt_count, __pgt_nonnull_1 = a.__pgt_nonnull_1
         WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (customers, items, dearest, __pgt_row_id, __pgt_count, __pgt_nonnull_1) VALUES (a.customers, a.items, a.dearest, a.__pgt_row_id, a.__pgt_count, a.__pgt_nonnull_1);

        -- A TRUNCATE records no rows, so it cannot be differentiated.
        IF EXISTS (SELECT 1 FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c WHERE c.__pgt_action = 'T' AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSE
            -- Changes of public.customer_revenue that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.customer_revenue' AND d.consumes_changes
                      AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
            RETURN 'DIFFERENTIAL';
        END IF;
    END IF;

    -- Full recomputation.
    DELETE FROM public.revenue_totals;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0)
         WHERE pgt_schema = 'public' AND pgt_name = 'revenue_totals'
    )
    INSERT INTO public.revenue_totals (customers, items, dearest, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
    SELECT count(*) AS customers,
           sum(i.items) AS items,
           max(i.dearest) AS dearest,
           0::bigint AS __pgt_row_id,
           count(*) AS __pgt_count,
           count(i.items) AS __pgt_nonnull_1
      FROM (
        SELECT customer_id, name, lines, discounted_lines, items, avg_quantity, cheapest, dearest FROM public.customer_revenue
      ) AS i;
    -- Changes of public.customer_revenue that every reader has consumed are deleted.
    DELETE FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c
     WHERE NOT EXISTS (
           SELECT 1 FROM pg_trickle.pgt_dependencies AS d
             JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
            WHERE d.source_stable_name = 'public.customer_revenue' AND d.consumes_changes
              AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population.
CALL pg_trickle.refresh('public.revenue_totals', full => true);

-- trickle: stream table public.event_stats
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT kind, "Group", count(*) AS n, count(amount) AS n_amount, sum(amount) AS total, avg(amount) AS mean, min(amount) AS lo, max(amount) AS hi FROM events GROUP BY kind, "Group"
--
-- operator tree:
--   project __pgt_g0 AS kind, __pgt_g1 AS Group, __pgt_a0 AS n, __pgt_a1 AS n_amount, __pgt_a2 AS total, __pgt_a3 AS mean, __pgt_a4 AS lo, __pgt_a5 AS hi
--     aggregate count(*), count(amount), sum(amount), avg(amount), min(amount), max(amount) group by kind, "Group"
--       scan public.events

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_value_3, __pgt_nonnull_2, __pgt_nonnull_3).
CREATE TABLE public.event_stats AS
  SELECT i.kind AS kind,
         i."Group" AS "Group",
         count(*) AS n,
         count(i.amount) AS n_amount,
         sum(i.amount) AS total,
         CASE WHEN count(i.amount) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.amount)), count(i.amount)) END AS mean,
         min(i.amount) AS lo,
         max(i.amount) AS hi,
         hash_record_extended(ROW(i.kind, i."Group"), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         sum(pg_trickle.avg_state(i.amount)) AS __pgt_value_3,
         count(i.amount) AS __pgt_nonnull_2,
         count(i.amount) AS __pgt_nonnull_3
    FROM (
      SELECT kind, "Group", amount, payload, seen FROM public.events
    ) AS i
   GROUP BY i.kind, i."Group"
  WITH NO DATA;
ALTER TABLE public.event_stats ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_0e1d6f529f4b7f2c ON public.event_stats (__pgt_row_id);
COMMENT ON TABLE public.event_stats IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.event_stats'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'event_stats', 'public.event_stats', '0e1d6f529f4b7f2c', 'SELECT kind, "Group", count(*) AS n, count(amount) AS n_amount, sum(amount) AS total, avg(amount) AS mean, min(amount) AS lo, max(amount) AS hi FROM events GROUP BY kind, "Group"', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_0e1d6f529f4b7f2c', 7, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['kind', 'Group', 'amount', 'payload', 'seen']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.event_stats';

-- Refresh function, called by pg_trickle.refresh('public.event_stats').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_0e1d6f529f4b7f2c(p_full boolean) RETURNS text
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
     WHERE stable_name = 'public.event_stats';
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
           WHERE pgt_schema = 'public' AND pgt_name = 'event_stats'
        ),
        -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_events AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.kind, c."Group", c.amount, c.payload, c.seen
            FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- aggregate: per changed group, the change in count, sums and extremes
        __pgt_delta_groups AS (
          SELECT d.kind AS __pgt_g0,
                 d."Group" AS __pgt_g1,
                 sum(d.__pgt_w)::bigint AS __pgt_d_count,
                 sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                 coalesce(sum(d.__pgt_w) FILTER (WHERE d.amount IS NOT NULL), 0)::bigint AS __pgt_d_value_1,
                 coalesce(sum(d.__pgt_w) FILTER (WHERE d.amount IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_2,
                 sum((d.amount) * d.__pgt_w) AS __pgt_d_value_2,
                 coalesce(sum(d.__pgt_w) FILTER (WHERE d.amount IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_3,
                 sum(pg_trickle.avg_state(d.amount) * d.__pgt_w) AS __pgt_d_value_3,
                 min(d.amount) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_4,
                 min(d.amount) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_4,
                 max(d.amount) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_5,
                 max(d.amount) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_5
            FROM delta_events AS d
           GROUP BY d.kind, d."Group"
        ),
        -- each changed group with its stored state; a group is recomputed from the sources when a deleted value may have been its MIN/MAX
        __pgt_groups AS (
          SELECT g.*,
                 s.__pgt_row_id IS NOT NULL AS __pgt_stored,
                 coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                 s.n AS __pgt_old_value_0,
                 s.n_amount AS __pgt_old_value_1,
                 s.total AS __pgt_old_value_2,
                 s.__pgt_value_3 AS __pgt_old_value_3,
                 s.lo AS __pgt_old_value_4,
                 s.hi AS __pgt_old_value_5,
                 coalesce(s.__pgt_nonnull_2, 0) AS __pgt_old_nonnull_2,
                 coalesce(s.__pgt_nonnull_3, 0) AS __pgt_old_nonnull_3,
                 (g.__pgt_del_4 IS NOT NULL AND (s.lo IS NULL OR g.__pgt_del_4 <= s.lo))
                     OR (g.__pgt_del_5 IS NOT NULL AND (s.hi IS NULL OR g.__pgt_del_5 >= s.hi)) AS __pgt_rescan
            FROM __pgt_delta_groups AS g
            LEFT JOIN public.event_stats AS s ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0, g.__pgt_g1), 0) AND s.kind IS NOT DISTINCT FROM g.__pgt_g0 AND s."Group" IS NOT DISTINCT FROM g.__pgt_g1
        ),
        -- recompute each flagged group from the current sources (without GROUP BY, an empty group still yields its one row)
        __pgt_rescanned AS (
          SELECT g.__pgt_g0, g.__pgt_g1, r.__pgt_count, r.__pgt_value_0, r.__pgt_value_1, r.__pgt_value_2, r.__pgt_nonnull_2, r.__pgt_value_3, r.__pgt_nonnull_3, r.__pgt_value_4, r.__pgt_value_5
            FROM __pgt_groups AS g
           CROSS JOIN LATERAL (
             SELECT count(*) AS __pgt_count,
                    count(*) AS __pgt_value_0,
                    count(i.amount) AS __pgt_value_1,
                    sum(i.amount) AS __pgt_value_2,
                    count(i.amount) AS __pgt_nonnull_2,
                    sum(pg_trickle.avg_state(i.amount)) AS __pgt_value_3,
                    count(i.amount) AS __pgt_nonnull_3,
                    min(i.amount) AS __pgt_value_4,
                    max(i.amount) AS __pgt_value_5
               FROM (
                SELECT kind, "Group", amount, payload, seen FROM public.events
               ) AS i
              WHERE (i.kind = g.__pgt_g0 OR (i.kind IS NULL AND g.__pgt_g0 IS NULL))
               AND (i."Group" = g.__pgt_g1 OR (i."Group" IS NULL AND g.__pgt_g1 IS NULL))
           ) AS r
           WHERE g.__pgt_rescan
        ),
        -- new state of each changed group: stored state + change, or the recomputed state
        __pgt_new_state AS (
          SELECT g.__pgt_g0 AS __pgt_g0,
                 g.__pgt_g1 AS __pgt_g1,
                 g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                 coalesce(g.__pgt_old_value_0, 0) + g.__pgt_d_value_0 AS __pgt_value_0,
                 coalesce(g.__pgt_old_value_1, 0) + g.__pgt_d_value_1 AS __pgt_value_1,
                 CASE WHEN g.__pgt_old_nonnull_2 + g.__pgt_d_nonnull_2 = 0 THEN NULL WHEN g.__pgt_old_value_2 IS NULL THEN g.__pgt_d_value_2 WHEN g.__pgt_d_value_2 IS NULL THEN g.__pgt_old_value_2 ELSE g.__pgt_old_value_2 + g.__pgt_d_value_2 END AS __pgt_value_2,
                 g.__pgt_old_nonnull_2 + g.__pgt_d_nonnull_2 AS __pgt_nonnull_2,
                 CASE WHEN g.__pgt_old_nonnull_3 + g.__pgt_d_nonnull_3 = 0 THEN NULL WHEN g.__pgt_old_value_3 IS NULL THEN g.__pgt_d_value_3 WHEN g.__pgt_d_value_3 IS NULL THEN g.__pgt_old_value_3 ELSE g.__pgt_old_value_3 + g.__pgt_d_value_3 END AS __pgt_value_3,
                 g.__pgt_old_nonnull_3 + g.__pgt_d_nonnull_3 AS __pgt_nonnull_3,
                 least(g.__pgt_old_value_4, g.__pgt_ins_4) AS __pgt_value_4,
                 greatest(g.__pgt_old_value_5, g.__pgt_ins_5) AS __pgt_value_5
            FROM __pgt_groups AS g
           WHERE NOT g.__pgt_rescan
          UNION ALL
          SELECT * FROM __pgt_rescanned
        ),
        -- rows in storage layout; a group stays while it has rows
        __pgt_apply AS (
          SELECT hash_record_extended(ROW(n.__pgt_g0, n.__pgt_g1), 0) AS __pgt_row_id,
                 n.__pgt_g0 AS kind,
                 n.__pgt_g1 AS "Group",
                 n.__pgt_value_0 AS n,
                 n.__pgt_value_1 AS n_amount,
                 n.__pgt_value_2 AS total,
                 CASE WHEN n.__pgt_nonnull_3 = 0 THEN NULL ELSE pg_trickle.avg_final(n.__pgt_value_3, n.__pgt_nonnull_3) END AS mean,
                 n.__pgt_value_4 AS lo,
                 n.__pgt_value_5 AS hi,
                 n.__pgt_count,
                 n.__pgt_value_3 AS __pgt_value_3,
                 n.__pgt_nonnull_2 AS __pgt_nonnull_2,
                 n.__pgt_nonnull_3 AS __pgt_nonnull_3,
                 n.__pgt_count > 0 AS __pgt_keep
            FROM __pgt_new_state AS n
        )
        MERGE INTO public.event_stats AS s
        USING __pgt_apply AS a
           ON s.__pgt_row_id = a.__pgt_row_id AND s.kind IS NOT DISTINCT FROM a.kind AND s."Group" IS NOT DISTINCT FROM a."Group"
         WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
         WHEN MATCHED THEN UPDATE SET kind = a.kind, "Group" = a."Group", n = a.n, n_amount = a.n_amount, total = a.total, mean = a.mean, lo = a.lo, hi = a.hi, __pgt_count = a.__pgt_count, __pgt_value_3 = a.__pgt_value_3, __pgt_nonnull_2 = a.__pgt_nonnull_2, __pgt_nonnull_3 = a.__pgt_nonnull_3
         WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (kind, "Group", n, n_amount, total, mean, lo, hi, __pgt_row_id, __pgt_count, __pgt_value_3, __pgt_nonnull_2, __pgt_nonnull_3) VALUES (a.kind, a."Group", a.n, a.n_amount, a.total, a.mean, a.lo, a.hi, a.__pgt_row_id, a.__pgt_count, a.__pgt_value_3, a.__pgt_nonnull_2, a.__pgt_nonnull_3);

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
    DELETE FROM public.event_stats;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0)
         WHERE pgt_schema = 'public' AND pgt_name = 'event_stats'
    )
    INSERT INTO public.event_stats (kind, "Group", n, n_amount, total, mean, lo, hi, __pgt_row_id, __pgt_count, __pgt_value_3, __pgt_nonnull_2, __pgt_nonnull_3)
    SELECT i.kind AS kind,
           i."Group" AS "Group",
           count(*) AS n,
           count(i.amount) AS n_amount,
           sum(i.amount) AS total,
           CASE WHEN count(i.amount) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.amount)), count(i.amount)) END AS mean,
           min(i.amount) AS lo,
           max(i.amount) AS hi,
           hash_record_extended(ROW(i.kind, i."Group"), 0) AS __pgt_row_id,
           count(*) AS __pgt_count,
           sum(pg_trickle.avg_state(i.amount)) AS __pgt_value_3,
           count(i.amount) AS __pgt_nonnull_2,
           count(i.amount) AS __pgt_nonnull_3
      FROM (
        SELECT kind, "Group", amount, payload, seen FROM public.events
      ) AS i
     GROUP BY i.kind, i."Group";
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
CALL pg_trickle.refresh('public.event_stats', full => true);

-- trickle: stream table public.points_by_employee
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT e.name, sum(ev.points) AS points, count(ev.kind) AS kinds, avg(ev.points) AS avg_points FROM events AS ev JOIN employees AS e ON e.id = ev.employee GROUP BY e.name
--
-- operator tree:
--   project __pgt_g0 AS name, __pgt_a0 AS points, __pgt_a1 AS kinds, __pgt_a2 AS avg_points
--     aggregate sum(ev.points), count(ev.kind), avg(ev.points) group by name
--       inner join on id = employee
--         scan public.events AS ev
--         scan public.employees AS e

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_value_2, __pgt_nonnull_0, __pgt_nonnull_2).
CREATE TABLE public.points_by_employee AS
  SELECT i.name AS name,
         sum(i.points) AS points,
         count(i.kind) AS kinds,
         CASE WHEN count(i.points) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.points)), count(i.points)) END AS avg_points,
         hash_record_extended(ROW(i.name), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         sum(pg_trickle.avg_state(i.points)) AS __pgt_value_2,
         count(i.points) AS __pgt_nonnull_0,
         count(i.points) AS __pgt_nonnull_2
    FROM (
      SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
        FROM public.events AS ev,
             public.employees AS e
       WHERE e.id = ev.employee
    ) AS i
   GROUP BY i.name
  WITH NO DATA;
ALTER TABLE public.points_by_employee ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_656a8569f9bbafc8 ON public.points_by_employee (__pgt_row_id);
COMMENT ON TABLE public.points_by_employee IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.points_by_employee'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'points_by_employee', 'public.points_by_employee', '656a8569f9bbafc8', 'SELECT e.name, sum(ev.points) AS points, count(ev.kind) AS kinds, avg(ev.points) AS avg_points FROM events AS ev JOIN employees AS e ON e.id = ev.employee GROUP BY e.name', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_656a8569f9bbafc8', 6, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.points_by_employee';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['employee', 'kind', 'points']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.points_by_employee';

-- Refresh function, called by pg_trickle.refresh('public.points_by_employee').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_656a8569f9bbafc8(p_full boolean) RETURNS text
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
     WHERE stable_name = 'public.points_by_employee';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- Nothing to do when no source has an unconsumed change.
        IF NOT EXISTS (SELECT 1 FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT 1 FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Changes of public.employees that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes
                      AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
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
           WHERE pgt_schema = 'public' AND pgt_name = 'points_by_employee'
        ),
        -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_events AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.employee, c.kind, c.points
            FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_employees AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
            FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- inner join (bilinear): the sum of
        --     d(ev) JOIN e
        --   + ev' JOIN d(e)
        -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
        delta_join AS (
          SELECT ev.__pgt_w * e.__pgt_w AS __pgt_w, ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
            FROM delta_events AS ev,
                 (
            SELECT 1::bigint AS __pgt_w, id, name, manager, dept, salary, bonus, hired FROM public.employees
            UNION ALL
            SELECT -__pgt_w, id, name, manager, dept, salary, bonus, hired FROM delta_employees
          ) AS e
           WHERE e.id = ev.employee
          UNION ALL
          SELECT e.__pgt_w AS __pgt_w, ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
            FROM public.events AS ev,
                 delta_employees AS e
           WHERE e.id = ev.employee
        ),
        -- aggregate: per changed group, the change in count, sums and extremes
        __pgt_delta_groups AS (
          SELECT d.name AS __pgt_g0,
                 sum(d.__pgt_w)::bigint AS __pgt_d_count,
                 coalesce(sum(d.__pgt_w) FILTER (WHERE d.points IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_0,
                 sum((d.points) * d.__pgt_w) AS __pgt_d_value_0,
                 coalesce(sum(d.__pgt_w) FILTER (WHERE d.kind IS NOT NULL), 0)::bigint AS __pgt_d_value_1,
                 coalesce(sum(d.__pgt_w) FILTER (WHERE d.points IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_2,
                 sum(pg_trickle.avg_state(d.points) * d.__pgt_w) AS __pgt_d_value_2
            FROM delta_join AS d
           GROUP BY d.name
        ),
        -- each changed group with its stored state; a group is recomputed from the sources when never (all its aggregates are algebraic)
        __pgt_groups AS (
          SELECT g.*,
                 s.__pgt_row_id IS NOT NULL AS __pgt_stored,
                 coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                 s.points AS __pgt_old_value_0,
                 s.kinds AS __pgt_old_value_1,
                 s.__pgt_value_2 AS __pgt_old_value_2,
                 coalesce(s.__pgt_nonnull_0, 0) AS __pgt_old_nonnull_0,
                 coalesce(s.__pgt_nonnull_2, 0) AS __pgt_old_nonnull_2,
                 false AS __pgt_rescan
            FROM __pgt_delta_groups AS g
            LEFT JOIN public.points_by_employee AS s ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0), 0) AND s.name = g.__pgt_g0
        ),
        -- new state of each changed group: stored state + change, or the recomputed state
        __pgt_new_state AS (
          SELECT g.__pgt_g0 AS __pgt_g0,
                 g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                 CASE WHEN g.__pgt_old_nonnull_0 + g.__pgt_d_nonnull_0 = 0 THEN NULL WHEN g.__pgt_old_value_0 IS NULL THEN g.__pgt_d_value_0 WHEN g.__pgt_d_value_0 IS NULL THEN g.__pgt_old_value_0 ELSE g.__pgt_old_value_0 + g.__pgt_d_value_0 END AS __pgt_value_0,
                 g.__pgt_old_nonnull_0 + g.__pgt_d_nonnull_0 AS __pgt_nonnull_0,
                 coalesce(g.__pgt_old_value_1, 0) + g.__pgt_d_value_1 AS __pgt_value_1,
                 CASE WHEN g.__pgt_old_nonnull_2 + g.__pgt_d_nonnull_2 = 0 THEN NULL WHEN g.__pgt_old_value_2 IS NULL THEN g.__pgt_d_value_2 WHEN g.__pgt_d_value_2 IS NULL THEN g.__pgt_old_value_2 ELSE g.__pgt_old_value_2 + g.__pgt_d_value_2 END AS __pgt_value_2,
                 g.__pgt_old_nonnull_2 + g.__pgt_d_nonnull_2 AS __pgt_nonnull_2
            FROM __pgt_groups AS g
        ),
        -- rows in storage layout; a group stays while it has rows
        __pgt_apply AS (
          SELECT hash_record_extended(ROW(n.__pgt_g0), 0) AS __pgt_row_id,
                 n.__pgt_g0 AS name,
                 n.__pgt_value_0 AS points,
                 n.__pgt_value_1 AS kinds,
                 CASE WHEN n.__pgt_nonnull_2 = 0 THEN NULL ELSE pg_trickle.avg_final(n.__pgt_value_2, n.__pgt_nonnull_2) END AS avg_points,
                 n.__pgt_count,
                 n.__pgt_value_2 AS __pgt_value_2,
                 n.__pgt_nonnull_0 AS __pgt_nonnull_0,
                 n.__pgt_nonnull_2 AS __pgt_nonnull_2,
                 n.__pgt_count > 0 AS __pgt_keep
            FROM __pgt_new_state AS n
        )
        MERGE INTO public.points_by_employee AS s
        USING __pgt_apply AS a
           ON s.__pgt_row_id = a.__pgt_row_id AND s.name = a.name
         WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
         WHEN MATCHED THEN UPDATE SET name = a.name, points = a.points, kinds = a.kinds, avg_points = a.avg_points, __pgt_count = a.__pgt_count, __pgt_value_2 = a.__pgt_value_2, __pgt_nonnull_0 = a.__pgt_nonnull_0, __pgt_nonnull_2 = a.__pgt_nonnull_2
         WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (name, points, kinds, avg_points, __pgt_row_id, __pgt_count, __pgt_value_2, __pgt_nonnull_0, __pgt_nonnull_2) VALUES (a.name, a.points, a.kinds, a.avg_points, a.__pgt_row_id, a.__pgt_count, a.__pgt_value_2, a.__pgt_nonnull_0, a.__pgt_nonnull_2);

        -- A TRUNCATE records no rows, so it cannot be differentiated.
        IF EXISTS (SELECT 1 FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE c.__pgt_action = 'T' AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           OR EXISTS (SELECT 1 FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE c.__pgt_action = 'T' AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSE
            -- Changes of public.employees that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes
                      AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
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
    DELETE FROM public.points_by_employee;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0)
         WHERE pgt_schema = 'public' AND pgt_name = 'points_by_employee'
    )
    INSERT INTO public.points_by_employee (name, points, kinds, avg_points, __pgt_row_id, __pgt_count, __pgt_value_2, __pgt_nonnull_0, __pgt_nonnull_2)
    SELECT i.name AS name,
           sum(i.points) AS points,
           count(i.kind) AS kinds,
           CASE WHEN count(i.points) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.points)), count(i.points)) END AS avg_points,
           hash_record_extended(ROW(i.name), 0) AS __pgt_row_id,
           count(*) AS __pgt_count,
           sum(pg_trickle.avg_state(i.points)) AS __pgt_value_2,
           count(i.points) AS __pgt_nonnull_0,
           count(i.points) AS __pgt_nonnull_2
      FROM (
        SELECT ev.employee AS employee, ev.kind AS kind, ev.points AS points, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
          FROM public.events AS ev,
               public.employees AS e
         WHERE e.id = ev.employee
      ) AS i
     GROUP BY i.name;
    -- Changes of public.employees that every reader has consumed are deleted.
    DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
     WHERE NOT EXISTS (
           SELECT 1 FROM pg_trickle.pgt_dependencies AS d
             JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
            WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes
              AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
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
CALL pg_trickle.refresh('public.points_by_employee', full => true);

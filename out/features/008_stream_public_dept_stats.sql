-- trickle: stream table public.dept_stats
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT d.dept, d.building, count(*) FILTER (WHERE e.salary > 1000) AS well_paid, sum(e.salary) AS payroll, avg(e.bonus) AS avg_bonus, min(e.hired) AS first_hire, max(e.name) AS last_name FROM depts AS d, employees AS e WHERE e.dept = d.dept GROUP BY 1
--
-- operator tree:
--   project __pgt_g0 AS dept, __pgt_g1 AS building, __pgt_a0 AS well_paid, __pgt_a1 AS payroll, __pgt_a2 AS avg_bonus, __pgt_a3 AS first_hire, __pgt_a4 AS last_name
--     aggregate count(*) FILTER (WHERE e.salary > 1000), sum(e.salary), avg(e.bonus), min(e.hired), max(e.name) group by d_dept, building
--       inner join on e_dept = d_dept
--         scan public.depts AS d
--         scan public.employees AS e

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_value_2, __pgt_nonnull_1, __pgt_nonnull_2).
CREATE TABLE public.dept_stats AS
  SELECT i.d_dept AS dept,
         i.building AS building,
         count(CASE WHEN i.salary > 1000 THEN 1 END) AS well_paid,
         sum(i.salary) AS payroll,
         CASE WHEN count(i.bonus) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.bonus)), count(i.bonus)) END AS avg_bonus,
         min(i.hired) AS first_hire,
         max(i.name) AS last_name,
         hash_record_extended(ROW(i.d_dept, i.building), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         sum(pg_trickle.avg_state(i.bonus)) AS __pgt_value_2,
         count(i.salary) AS __pgt_nonnull_1,
         count(i.bonus) AS __pgt_nonnull_2
    FROM (
      SELECT d.dept AS d_dept, d.building AS building, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
        FROM public.depts AS d,
             public.employees AS e
       WHERE e.dept = d.dept
    ) AS i
   GROUP BY i.d_dept, i.building
  WITH NO DATA;
ALTER TABLE public.dept_stats ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_8a998b7ebe70bb3d ON public.dept_stats (__pgt_row_id);
COMMENT ON TABLE public.dept_stats IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.dept_stats'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'dept_stats', 'public.dept_stats', '8a998b7ebe70bb3d', 'SELECT d.dept, d.building, count(*) FILTER (WHERE e.salary > 1000) AS well_paid, sum(e.salary) AS payroll, avg(e.bonus) AS avg_bonus, min(e.hired) AS first_hire, max(e.name) AS last_name FROM depts AS d, employees AS e WHERE e.dept = d.dept GROUP BY 1', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_8a998b7ebe70bb3d', 3, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.depts', 'TABLE', true, ARRAY['dept', 'building']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_stats';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_stats';

-- Refresh function, called by pg_trickle.refresh('public.dept_stats').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_8a998b7ebe70bb3d(p_full boolean) RETURNS text
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
     WHERE stable_name = 'public.dept_stats';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- Nothing to do when no source has an unconsumed change.
        IF NOT EXISTS (SELECT 1 FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT 1 FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Changes of public.depts that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.depts' AND d.consumes_changes
                      AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
            -- Changes of public.employees that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes
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
           WHERE pgt_schema = 'public' AND pgt_name = 'dept_stats'
        ),
        -- scan public.depts: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_depts AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.dept, c.building
            FROM pg_trickle_changes.changes_32c396150591602e AS c
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
        --     d(d) JOIN e
        --   + d' JOIN d(e)
        -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
        delta_join AS (
          SELECT d.__pgt_w * e.__pgt_w AS __pgt_w, d.dept AS d_dept, d.building AS building, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
            FROM delta_depts AS d,
                 (
            SELECT 1::bigint AS __pgt_w, id, name, manager, dept, salary, bonus, hired FROM public.employees
            UNION ALL
            SELECT -__pgt_w, id, name, manager, dept, salary, bonus, hired FROM delta_employees
          ) AS e
           WHERE e.dept = d.dept
          UNION ALL
          SELECT e.__pgt_w AS __pgt_w, d.dept AS d_dept, d.building AS building, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
            FROM public.depts AS d,
                 delta_employees AS e
           WHERE e.dept = d.dept
        ),
        -- aggregate: per changed group, the change in count, sums and extremes
        __pgt_delta_groups AS (
          SELECT d.d_dept AS __pgt_g0,
                 d.building AS __pgt_g1,
                 sum(d.__pgt_w)::bigint AS __pgt_d_count,
                 coalesce(sum(d.__pgt_w) FILTER (WHERE CASE WHEN d.salary > 1000 THEN 1 END IS NOT NULL), 0)::bigint AS __pgt_d_value_0,
                 coalesce(sum(d.__pgt_w) FILTER (WHERE d.salary IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                 sum((d.salary) * d.__pgt_w) AS __pgt_d_value_1,
                 coalesce(sum(d.__pgt_w) FILTER (WHERE d.bonus IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_2,
                 sum(pg_trickle.avg_state(d.bonus) * d.__pgt_w) AS __pgt_d_value_2,
                 min(d.hired) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_3,
                 min(d.hired) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_3,
                 max(d.name) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_4,
                 max(d.name) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_4
            FROM delta_join AS d
           GROUP BY d.d_dept, d.building
        ),
        -- each changed group with its stored state; a group is recomputed from the sources when a deleted value may have been its MIN/MAX
        __pgt_groups AS (
          SELECT g.*,
                 s.__pgt_row_id IS NOT NULL AS __pgt_stored,
                 coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                 s.well_paid AS __pgt_old_value_0,
                 s.payroll AS __pgt_old_value_1,
                 s.__pgt_value_2 AS __pgt_old_value_2,
                 s.first_hire AS __pgt_old_value_3,
                 s.last_name AS __pgt_old_value_4,
                 coalesce(s.__pgt_nonnull_1, 0) AS __pgt_old_nonnull_1,
                 coalesce(s.__pgt_nonnull_2, 0) AS __pgt_old_nonnull_2,
                 (g.__pgt_del_3 IS NOT NULL AND (s.first_hire IS NULL OR g.__pgt_del_3 <= s.first_hire))
                     OR (g.__pgt_del_4 IS NOT NULL AND (s.last_name IS NULL OR g.__pgt_del_4 >= s.last_name)) AS __pgt_rescan
            FROM __pgt_delta_groups AS g
            LEFT JOIN public.dept_stats AS s ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0, g.__pgt_g1), 0) AND s.dept = g.__pgt_g0 AND s.building IS NOT DISTINCT FROM g.__pgt_g1
        ),
        -- recompute each flagged group from the current sources (without GROUP BY, an empty group still yields its one row)
        __pgt_rescanned AS (
          SELECT g.__pgt_g0, g.__pgt_g1, r.__pgt_count, r.__pgt_value_0, r.__pgt_value_1, r.__pgt_nonnull_1, r.__pgt_value_2, r.__pgt_nonnull_2, r.__pgt_value_3, r.__pgt_value_4
            FROM __pgt_groups AS g
           CROSS JOIN LATERAL (
             SELECT count(*) AS __pgt_count,
                    count(CASE WHEN i.salary > 1000 THEN 1 END) AS __pgt_value_0,
                    sum(i.salary) AS __pgt_value_1,
                    count(i.salary) AS __pgt_nonnull_1,
                    sum(pg_trickle.avg_state(i.bonus)) AS __pgt_value_2,
                    count(i.bonus) AS __pgt_nonnull_2,
                    min(i.hired) AS __pgt_value_3,
                    max(i.name) AS __pgt_value_4
               FROM (
                SELECT d.dept AS d_dept, d.building AS building, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
                  FROM public.depts AS d,
                       public.employees AS e
                 WHERE e.dept = d.dept
               ) AS i
              WHERE i.d_dept = g.__pgt_g0
               AND (i.building = g.__pgt_g1 OR (i.building IS NULL AND g.__pgt_g1 IS NULL))
           ) AS r
           WHERE g.__pgt_rescan
        ),
        -- new state of each changed group: stored state + change, or the recomputed state
        __pgt_new_state AS (
          SELECT g.__pgt_g0 AS __pgt_g0,
                 g.__pgt_g1 AS __pgt_g1,
                 g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                 coalesce(g.__pgt_old_value_0, 0) + g.__pgt_d_value_0 AS __pgt_value_0,
                 CASE WHEN g.__pgt_old_nonnull_1 + g.__pgt_d_nonnull_1 = 0 THEN NULL WHEN g.__pgt_old_value_1 IS NULL THEN g.__pgt_d_value_1 WHEN g.__pgt_d_value_1 IS NULL THEN g.__pgt_old_value_1 ELSE g.__pgt_old_value_1 + g.__pgt_d_value_1 END AS __pgt_value_1,
                 g.__pgt_old_nonnull_1 + g.__pgt_d_nonnull_1 AS __pgt_nonnull_1,
                 CASE WHEN g.__pgt_old_nonnull_2 + g.__pgt_d_nonnull_2 = 0 THEN NULL WHEN g.__pgt_old_value_2 IS NULL THEN g.__pgt_d_value_2 WHEN g.__pgt_d_value_2 IS NULL THEN g.__pgt_old_value_2 ELSE g.__pgt_old_value_2 + g.__pgt_d_value_2 END AS __pgt_value_2,
                 g.__pgt_old_nonnull_2 + g.__pgt_d_nonnull_2 AS __pgt_nonnull_2,
                 least(g.__pgt_old_value_3, g.__pgt_ins_3) AS __pgt_value_3,
                 greatest(g.__pgt_old_value_4, g.__pgt_ins_4) AS __pgt_value_4
            FROM __pgt_groups AS g
           WHERE NOT g.__pgt_rescan
          UNION ALL
          SELECT * FROM __pgt_rescanned
        ),
        -- rows in storage layout; a group stays while it has rows
        __pgt_apply AS (
          SELECT hash_record_extended(ROW(n.__pgt_g0, n.__pgt_g1), 0) AS __pgt_row_id,
                 n.__pgt_g0 AS dept,
                 n.__pgt_g1 AS building,
                 n.__pgt_value_0 AS well_paid,
                 n.__pgt_value_1 AS payroll,
                 CASE WHEN n.__pgt_nonnull_2 = 0 THEN NULL ELSE pg_trickle.avg_final(n.__pgt_value_2, n.__pgt_nonnull_2) END AS avg_bonus,
                 n.__pgt_value_3 AS first_hire,
                 n.__pgt_value_4 AS last_name,
                 n.__pgt_count,
                 n.__pgt_value_2 AS __pgt_value_2,
                 n.__pgt_nonnull_1 AS __pgt_nonnull_1,
                 n.__pgt_nonnull_2 AS __pgt_nonnull_2,
                 n.__pgt_count > 0 AS __pgt_keep
            FROM __pgt_new_state AS n
        )
        MERGE INTO public.dept_stats AS s
        USING __pgt_apply AS a
           ON s.__pgt_row_id = a.__pgt_row_id AND s.dept = a.dept AND s.building IS NOT DISTINCT FROM a.building
         WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
         WHEN MATCHED THEN UPDATE SET dept = a.dept, building = a.building, well_paid = a.well_paid, payroll = a.payroll, avg_bonus = a.avg_bonus, first_hire = a.first_hire, last_name = a.last_name, __pgt_count = a.__pgt_count, __pgt_value_2 = a.__pgt_value_2, __pgt_nonnull_1 = a.__pgt_nonnull_1, __pgt_nonnull_2 = a.__pgt_nonnull_2
         WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (dept, building, well_paid, payroll, avg_bonus, first_hire, last_name, __pgt_row_id, __pgt_count, __pgt_value_2, __pgt_nonnull_1, __pgt_nonnull_2) VALUES (a.dept, a.building, a.well_paid, a.payroll, a.avg_bonus, a.first_hire, a.last_name, a.__pgt_row_id, a.__pgt_count, a.__pgt_value_2, a.__pgt_nonnull_1, a.__pgt_nonnull_2);

        -- A TRUNCATE records no rows, so it cannot be differentiated.
        IF EXISTS (SELECT 1 FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE c.__pgt_action = 'T' AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           OR EXISTS (SELECT 1 FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE c.__pgt_action = 'T' AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSE
            -- Changes of public.depts that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.depts' AND d.consumes_changes
                      AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
            -- Changes of public.employees that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes
                      AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
            RETURN 'DIFFERENTIAL';
        END IF;
    END IF;

    -- Full recomputation.
    DELETE FROM public.dept_stats;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0)
         WHERE pgt_schema = 'public' AND pgt_name = 'dept_stats'
    )
    INSERT INTO public.dept_stats (dept, building, well_paid, payroll, avg_bonus, first_hire, last_name, __pgt_row_id, __pgt_count, __pgt_value_2, __pgt_nonnull_1, __pgt_nonnull_2)
    SELECT i.d_dept AS dept,
           i.building AS building,
           count(CASE WHEN i.salary > 1000 THEN 1 END) AS well_paid,
           sum(i.salary) AS payroll,
           CASE WHEN count(i.bonus) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.bonus)), count(i.bonus)) END AS avg_bonus,
           min(i.hired) AS first_hire,
           max(i.name) AS last_name,
           hash_record_extended(ROW(i.d_dept, i.building), 0) AS __pgt_row_id,
           count(*) AS __pgt_count,
           sum(pg_trickle.avg_state(i.bonus)) AS __pgt_value_2,
           count(i.salary) AS __pgt_nonnull_1,
           count(i.bonus) AS __pgt_nonnull_2
      FROM (
        SELECT d.dept AS d_dept, d.building AS building, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired
          FROM public.depts AS d,
               public.employees AS e
         WHERE e.dept = d.dept
      ) AS i
     GROUP BY i.d_dept, i.building;
    -- Changes of public.depts that every reader has consumed are deleted.
    DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
     WHERE NOT EXISTS (
           SELECT 1 FROM pg_trickle.pgt_dependencies AS d
             JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
            WHERE d.source_stable_name = 'public.depts' AND d.consumes_changes
              AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
    -- Changes of public.employees that every reader has consumed are deleted.
    DELETE FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
     WHERE NOT EXISTS (
           SELECT 1 FROM pg_trickle.pgt_dependencies AS d
             JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
            WHERE d.source_stable_name = 'public.employees' AND d.consumes_changes
              AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population.
CALL pg_trickle.refresh('public.dept_stats', full => true);

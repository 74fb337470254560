-- trickle: stream table public.by_year
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT (EXTRACT(YEAR FROM hired))::int AS year, count(*) AS hires, sum(salary) AS spend FROM employees GROUP BY year HAVING sum(salary) IS NOT NULL
--
-- operator tree:
--   project __pgt_g0 AS year, __pgt_a0 AS hires, __pgt_a1 AS spend
--     filter __pgt_a1 IS NOT NULL
--       aggregate count(*), sum(salary) group by (EXTRACT(YEAR FROM hired))::int
--         scan public.employees

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_1).
CREATE TABLE public.by_year AS
  SELECT (EXTRACT(YEAR FROM i.hired))::int AS year,
         count(*) AS hires,
         sum(i.salary) AS spend,
         hash_record_extended(ROW((EXTRACT(YEAR FROM i.hired))::int), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i.salary) AS __pgt_nonnull_1
    FROM (
      SELECT id, name, manager, dept, salary, bonus, hired FROM public.employees
    ) AS i
   GROUP BY (EXTRACT(YEAR FROM i.hired))::int
  HAVING sum(i.salary) IS NOT NULL
  WITH NO DATA;
ALTER TABLE public.by_year ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_95b40a8e616e6f52 ON public.by_year (__pgt_row_id);
COMMENT ON TABLE public.by_year IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.by_year'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'by_year', 'public.by_year', '95b40a8e616e6f52', 'SELECT (EXTRACT(YEAR FROM hired))::int AS year, count(*) AS hires, sum(salary) AS spend FROM employees GROUP BY year HAVING sum(salary) IS NOT NULL', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_95b40a8e616e6f52', 1, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.by_year';

-- Refresh function, called by pg_trickle.refresh('public.by_year').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_95b40a8e616e6f52(p_full boolean) RETURNS text
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
     WHERE stable_name = 'public.by_year';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- Nothing to do when no source has an unconsumed change.
        IF NOT EXISTS (SELECT 1 FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
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
           WHERE pgt_schema = 'public' AND pgt_name = 'by_year'
        ),
        -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_employees AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
            FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- aggregate: per changed group, the change in count, sums and extremes
        __pgt_delta_groups AS (
          SELECT (EXTRACT(YEAR FROM d.hired))::int AS __pgt_g0,
                 sum(d.__pgt_w)::bigint AS __pgt_d_count,
                 sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                 coalesce(sum(d.__pgt_w) FILTER (WHERE d.salary IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                 sum((d.salary) * d.__pgt_w) AS __pgt_d_value_1
            FROM delta_employees AS d
           GROUP BY (EXTRACT(YEAR FROM d.hired))::int
        ),
        -- each changed group with its stored state; a group is recomputed from the sources when HAVING hid it (its state is not stored)
        __pgt_groups AS (
          SELECT g.*,
                 s.__pgt_row_id IS NOT NULL AS __pgt_stored,
                 coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                 s.hires AS __pgt_old_value_0,
                 s.spend AS __pgt_old_value_1,
                 coalesce(s.__pgt_nonnull_1, 0) AS __pgt_old_nonnull_1,
                 s.__pgt_row_id IS NULL AS __pgt_rescan
            FROM __pgt_delta_groups AS g
            LEFT JOIN public.by_year AS s ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0), 0) AND s.year IS NOT DISTINCT FROM g.__pgt_g0
        ),
        -- recompute each flagged group from the current sources (without GROUP BY, an empty group still yields its one row)
        __pgt_rescanned AS (
          SELECT g.__pgt_g0, r.__pgt_count, r.__pgt_value_0, r.__pgt_value_1, r.__pgt_nonnull_1
            FROM __pgt_groups AS g
           CROSS JOIN LATERAL (
             SELECT count(*) AS __pgt_count,
                    count(*) AS __pgt_value_0,
                    sum(i.salary) AS __pgt_value_1,
                    count(i.salary) AS __pgt_nonnull_1
               FROM (
                SELECT id, name, manager, dept, salary, bonus, hired FROM public.employees
               ) AS i
              WHERE ((EXTRACT(YEAR FROM i.hired))::int = g.__pgt_g0 OR ((EXTRACT(YEAR FROM i.hired))::int IS NULL AND g.__pgt_g0 IS NULL))
           ) AS r
           WHERE g.__pgt_rescan
        ),
        -- new state of each changed group: stored state + change, or the recomputed state
        __pgt_new_state AS (
          SELECT g.__pgt_g0 AS __pgt_g0,
                 g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                 coalesce(g.__pgt_old_value_0, 0) + g.__pgt_d_value_0 AS __pgt_value_0,
                 CASE WHEN g.__pgt_old_nonnull_1 + g.__pgt_d_nonnull_1 = 0 THEN NULL WHEN g.__pgt_old_value_1 IS NULL THEN g.__pgt_d_value_1 WHEN g.__pgt_d_value_1 IS NULL THEN g.__pgt_old_value_1 ELSE g.__pgt_old_value_1 + g.__pgt_d_value_1 END AS __pgt_value_1,
                 g.__pgt_old_nonnull_1 + g.__pgt_d_nonnull_1 AS __pgt_nonnull_1
            FROM __pgt_groups AS g
           WHERE NOT g.__pgt_rescan
          UNION ALL
          SELECT * FROM __pgt_rescanned
        ),
        -- rows in storage layout; a group stays while it has rows and satisfies HAVING
        __pgt_apply AS (
          SELECT hash_record_extended(ROW(n.__pgt_g0), 0) AS __pgt_row_id,
                 n.__pgt_g0 AS year,
                 n.__pgt_value_0 AS hires,
                 n.__pgt_value_1 AS spend,
                 n.__pgt_count,
                 n.__pgt_nonnull_1 AS __pgt_nonnull_1,
                 n.__pgt_count > 0 AND (n.__pgt_value_1 IS NOT NULL) IS TRUE AS __pgt_keep
            FROM __pgt_new_state AS n
        )
        MERGE INTO public.by_year AS s
        USING __pgt_apply AS a
           ON s.__pgt_row_id = a.__pgt_row_id AND s.year IS NOT DISTINCT FROM a.year
         WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
         WHEN MATCHED THEN UPDATE SET year = a.year, hires = a.hires, spend = a.spend, __pgt_count = a.__pgt_count, __pgt_nonnull_1 = a.__pgt_nonnull_1
         WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (year, hires, spend, __pgt_row_id, __pgt_count, __pgt_nonnull_1) VALUES (a.year, a.hires, a.spend, a.__pgt_row_id, a.__pgt_count, a.__pgt_nonnull_1);

        -- A TRUNCATE records no rows, so it cannot be differentiated.
        IF EXISTS (SELECT 1 FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c WHERE c.__pgt_action = 'T' AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSE
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
    DELETE FROM public.by_year;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0)
         WHERE pgt_schema = 'public' AND pgt_name = 'by_year'
    )
    INSERT INTO public.by_year (year, hires, spend, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
    SELECT (EXTRACT(YEAR FROM i.hired))::int AS year,
           count(*) AS hires,
           sum(i.salary) AS spend,
           hash_record_extended(ROW((EXTRACT(YEAR FROM i.hired))::int), 0) AS __pgt_row_id,
           count(*) AS __pgt_count,
           count(i.salary) AS __pgt_nonnull_1
      FROM (
        SELECT id, name, manager, dept, salary, bonus, hired FROM public.employees
      ) AS i
     GROUP BY (EXTRACT(YEAR FROM i.hired))::int
    HAVING sum(i.salary) IS NOT NULL;
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
CALL pg_trickle.refresh('public.by_year', full => true);

-- trickle: stream table public.reports
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT e.name AS employee, m.name AS manager, e.salary - m.salary AS gap FROM employees AS e JOIN employees AS m ON m.id = e.manager
--
-- operator tree:
--   project e_name AS employee, m_name AS manager, e_salary - m_salary AS gap
--     inner join on m_id = e_manager
--       scan public.employees AS e
--       scan public.employees AS m

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.reports AS
  SELECT r.employee, r.manager, r.gap, hash_record_extended(ROW(r.employee, r.manager, r.gap), 0) AS __pgt_row_id
    FROM (
      SELECT i.e_name AS employee, i.m_name AS manager, i.e_salary - i.m_salary AS gap
        FROM (
        SELECT e.id AS e_id, e.name AS e_name, e.manager AS e_manager, e.dept AS e_dept, e.salary AS e_salary, e.bonus AS e_bonus, e.hired AS e_hired, m.id AS m_id, m.name AS m_name, m.manager AS m_manager, m.dept AS m_dept, m.salary AS m_salary, m.bonus AS m_bonus, m.hired AS m_hired
          FROM public.employees AS e,
               public.employees AS m
         WHERE m.id = e.manager
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.reports ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_ba18c207d871f9c4 ON public.reports (__pgt_row_id);
COMMENT ON TABLE public.reports IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.reports'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'reports', 'public.reports', 'ba18c207d871f9c4', 'SELECT e.name AS employee, m.name AS manager, e.salary - m.salary AS gap FROM employees AS e JOIN employees AS m ON m.id = e.manager', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_ba18c207d871f9c4', 7, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.reports';

-- Refresh function, called by pg_trickle.refresh('public.reports').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_ba18c207d871f9c4(p_full boolean) RETURNS text
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
     WHERE stable_name = 'public.reports';
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
           WHERE pgt_schema = 'public' AND pgt_name = 'reports'
        ),
        -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_employees AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
            FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- inner join (bilinear): the sum of
        --     d(e) JOIN m
        --   + e' JOIN d(m)
        -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
        delta_join AS (
          SELECT e.__pgt_w * m.__pgt_w AS __pgt_w, e.id AS e_id, e.name AS e_name, e.manager AS e_manager, e.dept AS e_dept, e.salary AS e_salary, e.bonus AS e_bonus, e.hired AS e_hired, m.id AS m_id, m.name AS m_name, m.manager AS m_manager, m.dept AS m_dept, m.salary AS m_salary, m.bonus AS m_bonus, m.hired AS m_hired
            FROM delta_employees AS e,
                 (
            SELECT 1::bigint AS __pgt_w, id, name, manager, dept, salary, bonus, hired FROM public.employees
            UNION ALL
            SELECT -__pgt_w, id, name, manager, dept, salary, bonus, hired FROM delta_employees
          ) AS m
           WHERE m.id = e.manager
          UNION ALL
          SELECT m.__pgt_w AS __pgt_w, e.id AS e_id, e.name AS e_name, e.manager AS e_manager, e.dept AS e_dept, e.salary AS e_salary, e.bonus AS e_bonus, e.hired AS e_hired, m.id AS m_id, m.name AS m_name, m.manager AS m_manager, m.dept AS m_dept, m.salary AS m_salary, m.bonus AS m_bonus, m.hired AS m_hired
            FROM public.employees AS e,
                 delta_employees AS m
           WHERE m.id = e.manager
        ),
        -- project (linear): each changed row, projected
        delta_project AS (
          SELECT d.__pgt_w, d.e_name AS employee, d.m_name AS manager, d.e_salary - d.m_salary AS gap
            FROM delta_join AS d
        ),
        -- consolidate: identical rows with opposite weights cancel out
        __pgt_net AS (
          SELECT d.employee, d.manager, d.gap, sum(d.__pgt_w)::bigint AS __pgt_w
            FROM delta_project AS d
           GROUP BY d.employee, d.manager, d.gap
          HAVING sum(d.__pgt_w) <> 0
        ),
        -- number the consolidated rows, to pick copies to delete per row
        __pgt_numbered AS (
          SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
        ),
        -- delete as many stored copies of each row as its negative weight
        __pgt_deleted AS (
          DELETE FROM public.reports AS s
           WHERE s.ctid = ANY (ARRAY(
             SELECT x.ctid FROM (
               SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                 FROM __pgt_numbered AS n
                 JOIN public.reports AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.employee, n.manager, n.gap), 0) AND t.employee = n.employee AND t.manager = n.manager AND t.gap IS NOT DISTINCT FROM n.gap
             ) AS x WHERE x.copy <= x.copies))
        )
        INSERT INTO public.reports (employee, manager, gap, __pgt_row_id)
        SELECT n.employee, n.manager, n.gap, hash_record_extended(ROW(n.employee, n.manager, n.gap), 0)
          FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
         WHERE n.__pgt_w > 0;

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
    DELETE FROM public.reports;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0)
         WHERE pgt_schema = 'public' AND pgt_name = 'reports'
    )
    INSERT INTO public.reports (employee, manager, gap, __pgt_row_id)
    SELECT r.employee, r.manager, r.gap, hash_record_extended(ROW(r.employee, r.manager, r.gap), 0) AS __pgt_row_id
      FROM (
        SELECT i.e_name AS employee, i.m_name AS manager, i.e_salary - i.m_salary AS gap
          FROM (
          SELECT e.id AS e_id, e.name AS e_name, e.manager AS e_manager, e.dept AS e_dept, e.salary AS e_salary, e.bonus AS e_bonus, e.hired AS e_hired, m.id AS m_id, m.name AS m_name, m.manager AS m_manager, m.dept AS m_dept, m.salary AS m_salary, m.bonus AS m_bonus, m.hired AS m_hired
            FROM public.employees AS e,
                 public.employees AS m
           WHERE m.id = e.manager
        ) AS i
      ) AS r;
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
CALL pg_trickle.refresh('public.reports', full => true);

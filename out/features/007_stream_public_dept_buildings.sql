-- trickle: stream table public.dept_buildings
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT e.id, e.name, d.building FROM employees AS e JOIN depts AS d USING (dept)
--
-- operator tree:
--   project id, name, building
--     inner join on e_dept = d_dept
--       scan public.employees AS e
--       scan public.depts AS d

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.dept_buildings AS
  SELECT r.id, r.name, r.building, hash_record_extended(ROW(r.id, r.name, r.building), 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i.name AS name, i.building AS building
        FROM (
        SELECT e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, d.dept AS d_dept, d.building AS building
          FROM public.employees AS e,
               public.depts AS d
         WHERE e.dept = d.dept
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.dept_buildings ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_4d9ef8b181f85c81 ON public.dept_buildings (__pgt_row_id);
COMMENT ON TABLE public.dept_buildings IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.dept_buildings'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'dept_buildings', 'public.dept_buildings', '4d9ef8b181f85c81', 'SELECT e.id, e.name, d.building FROM employees AS e JOIN depts AS d USING (dept)', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_4d9ef8b181f85c81', 2, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.depts', 'TABLE', true, ARRAY['dept', 'building']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_buildings';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.employees', 'TABLE', true, ARRAY['id', 'name', 'manager', 'dept', 'salary', 'bonus', 'hired']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.dept_buildings';

-- Refresh function, called by pg_trickle.refresh('public.dept_buildings').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_4d9ef8b181f85c81(p_full boolean) RETURNS text
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
     WHERE stable_name = 'public.dept_buildings';
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
           WHERE pgt_schema = 'public' AND pgt_name = 'dept_buildings'
        ),
        -- scan public.employees: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_employees AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.id, c.name, c.manager, c.dept, c.salary, c.bonus, c.hired
            FROM pg_trickle_changes.changes_24b8ec7eddb0e27d AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- scan public.depts: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_depts AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.dept, c.building
            FROM pg_trickle_changes.changes_32c396150591602e AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- inner join (bilinear): the sum of
        --     d(e) JOIN d
        --   + e' JOIN d(d)
        -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
        delta_join AS (
          SELECT e.__pgt_w * d.__pgt_w AS __pgt_w, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, d.dept AS d_dept, d.building AS building
            FROM delta_employees AS e,
                 (
            SELECT 1::bigint AS __pgt_w, dept, building FROM public.depts
            UNION ALL
            SELECT -__pgt_w, dept, building FROM delta_depts
          ) AS d
           WHERE e.dept = d.dept
          UNION ALL
          SELECT d.__pgt_w AS __pgt_w, e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, d.dept AS d_dept, d.building AS building
            FROM public.employees AS e,
                 delta_depts AS d
           WHERE e.dept = d.dept
        ),
        -- project (linear): each changed row, projected
        delta_project AS (
          SELECT d.__pgt_w, d.id AS id, d.name AS name, d.building AS building
            FROM delta_join AS d
        ),
        -- consolidate: identical rows with opposite weights cancel out
        __pgt_net AS (
          SELECT d.id, d.name, d.building, sum(d.__pgt_w)::bigint AS __pgt_w
            FROM delta_project AS d
           GROUP BY d.id, d.name, d.building
          HAVING sum(d.__pgt_w) <> 0
        ),
        -- number the consolidated rows, to pick copies to delete per row
        __pgt_numbered AS (
          SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
        ),
        -- delete as many stored copies of each row as its negative weight
        __pgt_deleted AS (
          DELETE FROM public.dept_buildings AS s
           WHERE s.ctid = ANY (ARRAY(
             SELECT x.ctid FROM (
               SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                 FROM __pgt_numbered AS n
                 JOIN public.dept_buildings AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.id, n.name, n.building), 0) AND t.id = n.id AND t.name = n.name AND t.building IS NOT DISTINCT FROM n.building
             ) AS x WHERE x.copy <= x.copies))
        )
        INSERT INTO public.dept_buildings (id, name, building, __pgt_row_id)
        SELECT n.id, n.name, n.building, hash_record_extended(ROW(n.id, n.name, n.building), 0)
          FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
         WHERE n.__pgt_w > 0;

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
    DELETE FROM public.dept_buildings;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0)
         WHERE pgt_schema = 'public' AND pgt_name = 'dept_buildings'
    )
    INSERT INTO public.dept_buildings (id, name, building, __pgt_row_id)
    SELECT r.id, r.name, r.building, hash_record_extended(ROW(r.id, r.name, r.building), 0) AS __pgt_row_id
      FROM (
        SELECT i.id AS id, i.name AS name, i.building AS building
          FROM (
          SELECT e.id AS id, e.name AS name, e.manager AS manager, e.dept AS e_dept, e.salary AS salary, e.bonus AS bonus, e.hired AS hired, d.dept AS d_dept, d.building AS building
            FROM public.employees AS e,
                 public.depts AS d
           WHERE e.dept = d.dept
        ) AS i
      ) AS r;
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
CALL pg_trickle.refresh('public.dept_buildings', full => true);

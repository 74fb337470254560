-- trickle: stream table public.grid
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; each distinct row keeps a hidden count of its duplicates
--
-- defining query:
--   SELECT DISTINCT d.dept, k.kind FROM depts AS d CROSS JOIN events AS k
--
-- operator tree:
--   distinct
--     project dept, kind
--       inner join (cross)
--         scan public.depts AS d
--         scan public.events AS k

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
CREATE TABLE public.grid AS
  SELECT r.dept, r.kind, hash_record_extended(ROW(r.dept, r.kind), 0) AS __pgt_row_id, count(*) AS __pgt_count
    FROM (
      SELECT i.dept AS dept, i.kind AS kind
        FROM (
        SELECT d.dept AS dept, d.building AS building, k.employee AS employee, k.kind AS kind, k.points AS points
          FROM public.depts AS d,
               public.events AS k
      ) AS i
    ) AS r
   GROUP BY r.dept, r.kind
  WITH NO DATA;
ALTER TABLE public.grid ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_d2726ad235867dc0 ON public.grid (__pgt_row_id);
COMMENT ON TABLE public.grid IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.grid'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'grid', 'public.grid', 'd2726ad235867dc0', 'SELECT DISTINCT d.dept, k.kind FROM depts AS d CROSS JOIN events AS k', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'distinct', 'refresh_d2726ad235867dc0', 5, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.depts', 'TABLE', true, ARRAY['dept', 'building']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.grid';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.events', 'TABLE', true, ARRAY['employee', 'kind', 'points']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.grid';

-- Refresh function, called by pg_trickle.refresh('public.grid').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_d2726ad235867dc0(p_full boolean) RETURNS text
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
     WHERE stable_name = 'public.grid';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- Nothing to do when no source has an unconsumed change.
        IF NOT EXISTS (SELECT 1 FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT 1 FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Changes of public.depts that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.depts' AND d.consumes_changes
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
           WHERE pgt_schema = 'public' AND pgt_name = 'grid'
        ),
        -- scan public.depts: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_depts AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.dept, c.building
            FROM pg_trickle_changes.changes_32c396150591602e AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- scan public.events: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_events AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.employee, c.kind, c.points
            FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- inner join (bilinear): the sum of
        --     d(d) JOIN k
        --   + d' JOIN d(k)
        -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
        delta_join AS (
          SELECT d.__pgt_w * k.__pgt_w AS __pgt_w, d.dept AS dept, d.building AS building, k.employee AS employee, k.kind AS kind, k.points AS points
            FROM delta_depts AS d,
                 (
            SELECT 1::bigint AS __pgt_w, employee, kind, points FROM public.events
            UNION ALL
            SELECT -__pgt_w, employee, kind, points FROM delta_events
          ) AS k
          UNION ALL
          SELECT k.__pgt_w AS __pgt_w, d.dept AS dept, d.building AS building, k.employee AS employee, k.kind AS kind, k.points AS points
            FROM public.depts AS d,
                 delta_events AS k
        ),
        -- project (linear): each changed row, projected
        delta_project AS (
          SELECT d.__pgt_w, d.dept AS dept, d.kind AS kind
            FROM delta_join AS d
        ),
        -- distinct: net change in the multiplicity of each row
        __pgt_net AS (
          SELECT d.dept, d.kind, sum(d.__pgt_w)::bigint AS __pgt_w
            FROM delta_project AS d
           GROUP BY d.dept, d.kind
          HAVING sum(d.__pgt_w) <> 0
        ),
        -- new multiplicity = stored multiplicity + change; a row stays while it is positive
        __pgt_apply AS (
          SELECT hash_record_extended(ROW(n.dept, n.kind), 0) AS __pgt_row_id, n.dept, n.kind, coalesce(s.__pgt_count, 0) + n.__pgt_w AS __pgt_count
            FROM __pgt_net AS n
            LEFT JOIN public.grid AS s ON s.__pgt_row_id = hash_record_extended(ROW(n.dept, n.kind), 0) AND s.dept = n.dept AND s.kind IS NOT DISTINCT FROM n.kind
        )
        MERGE INTO public.grid AS s
        USING __pgt_apply AS a
           ON s.__pgt_row_id = a.__pgt_row_id AND s.dept = a.dept AND s.kind IS NOT DISTINCT FROM a.kind
         WHEN MATCHED AND a.__pgt_count <= 0 THEN DELETE
         WHEN MATCHED THEN UPDATE SET __pgt_count = a.__pgt_count
         WHEN NOT MATCHED AND a.__pgt_count > 0 THEN INSERT (dept, kind, __pgt_row_id, __pgt_count) VALUES (a.dept, a.kind, a.__pgt_row_id, a.__pgt_count);

        -- A TRUNCATE records no rows, so it cannot be differentiated.
        IF EXISTS (SELECT 1 FROM pg_trickle_changes.changes_32c396150591602e AS c WHERE c.__pgt_action = 'T' AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           OR EXISTS (SELECT 1 FROM pg_trickle_changes.changes_c63077dab724f8f8 AS c WHERE c.__pgt_action = 'T' AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSE
            -- Changes of public.depts that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.depts' AND d.consumes_changes
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
    DELETE FROM public.grid;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0)
         WHERE pgt_schema = 'public' AND pgt_name = 'grid'
    )
    INSERT INTO public.grid (dept, kind, __pgt_row_id, __pgt_count)
    SELECT r.dept, r.kind, hash_record_extended(ROW(r.dept, r.kind), 0) AS __pgt_row_id, count(*) AS __pgt_count
      FROM (
        SELECT i.dept AS dept, i.kind AS kind
          FROM (
          SELECT d.dept AS dept, d.building AS building, k.employee AS employee, k.kind AS kind, k.points AS points
            FROM public.depts AS d,
                 public.events AS k
        ) AS i
      ) AS r
     GROUP BY r.dept, r.kind;
    -- Changes of public.depts that every reader has consumed are deleted.
    DELETE FROM pg_trickle_changes.changes_32c396150591602e AS c
     WHERE NOT EXISTS (
           SELECT 1 FROM pg_trickle.pgt_dependencies AS d
             JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
            WHERE d.source_stable_name = 'public.depts' AND d.consumes_changes
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
CALL pg_trickle.refresh('public.grid', full => true);

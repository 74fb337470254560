-- trickle: stream table public.region_statuses
--
-- refresh mode: DIFFERENTIAL
-- schedule: 1m
-- maintenance: differential; each distinct row keeps a hidden count of its duplicates
--
-- defining query:
--   SELECT DISTINCT c.region, o.status FROM orders AS o JOIN customers AS c ON c.id = o.customer_id
--
-- operator tree:
--   distinct
--     project region, status
--       inner join on c_id = customer_id
--         scan public.orders AS o
--         scan public.customers AS c

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count).
CREATE TABLE public.region_statuses AS
  SELECT r.region, r.status, hash_record_extended(ROW(r.region, r.status), 0) AS __pgt_row_id, count(*) AS __pgt_count
    FROM (
      SELECT i.region AS region, i.status AS status
        FROM (
        SELECT o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
          FROM public.orders AS o,
               public.customers AS c
         WHERE c.id = o.customer_id
      ) AS i
    ) AS r
   GROUP BY r.region, r.status
  WITH NO DATA;
ALTER TABLE public.region_statuses ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_e89e085e7a27387e ON public.region_statuses (__pgt_row_id);
COMMENT ON TABLE public.region_statuses IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.region_statuses'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'region_statuses', 'public.region_statuses', 'e89e085e7a27387e', 'SELECT DISTINCT c.region, o.status FROM orders AS o JOIN customers AS c ON c.id = o.customer_id', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'distinct', 'refresh_e89e085e7a27387e', 6, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.customers', 'TABLE', true, ARRAY['id', 'name', 'region', 'vip']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.region_statuses';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'status', 'created_at']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.region_statuses';

-- Refresh function, called by pg_trickle.refresh('public.region_statuses').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_e89e085e7a27387e(p_full boolean) RETURNS text
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
     WHERE stable_name = 'public.region_statuses';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- Nothing to do when no source has an unconsumed change.
        IF NOT EXISTS (SELECT 1 FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT 1 FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Changes of public.customers that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.customers' AND d.consumes_changes
                      AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
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
           WHERE pgt_schema = 'public' AND pgt_name = 'region_statuses'
        ),
        -- scan public.orders: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_orders AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.id, c.customer_id, c.status, c.created_at
            FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- scan public.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_customers AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.id, c.name, c.region, c.vip
            FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- inner join (bilinear): the sum of
        --     d(o) JOIN c
        --   + o' JOIN d(c)
        -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
        delta_join AS (
          SELECT o.__pgt_w * c.__pgt_w AS __pgt_w, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
            FROM delta_orders AS o,
                 (
            SELECT 1::bigint AS __pgt_w, id, name, region, vip FROM public.customers
            UNION ALL
            SELECT -__pgt_w, id, name, region, vip FROM delta_customers
          ) AS c
           WHERE c.id = o.customer_id
          UNION ALL
          SELECT c.__pgt_w AS __pgt_w, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
            FROM public.orders AS o,
                 delta_customers AS c
           WHERE c.id = o.customer_id
        ),
        -- project (linear): each changed row, projected
        delta_project AS (
          SELECT d.__pgt_w, d.region AS region, d.status AS status
            FROM delta_join AS d
        ),
        -- distinct: net change in the multiplicity of each row
        __pgt_net AS (
          SELECT d.region, d.status, sum(d.__pgt_w)::bigint AS __pgt_w
            FROM delta_project AS d
           GROUP BY d.region, d.status
          HAVING sum(d.__pgt_w) <> 0
        ),
        -- new multiplicity = stored multiplicity + change; a row stays while it is positive
        __pgt_apply AS (
          SELECT hash_record_extended(ROW(n.region, n.status), 0) AS __pgt_row_id, n.region, n.status, coalesce(s.__pgt_count, 0) + n.__pgt_w AS __pgt_count
            FROM __pgt_net AS n
            LEFT JOIN public.region_statuses AS s ON s.__pgt_row_id = hash_record_extended(ROW(n.region, n.status), 0) AND s.region IS NOT DISTINCT FROM n.region AND s.status = n.status
        )
        MERGE INTO public.region_statuses AS s
        USING __pgt_apply AS a
           ON s.__pgt_row_id = a.__pgt_row_id AND s.region IS NOT DISTINCT FROM a.region AND s.status = a.status
         WHEN MATCHED AND a.__pgt_count <= 0 THEN DELETE
         WHEN MATCHED THEN UPDATE SET __pgt_count = a.__pgt_count
         WHEN NOT MATCHED AND a.__pgt_count > 0 THEN INSERT (region, status, __pgt_row_id, __pgt_count) VALUES (a.region, a.status, a.__pgt_row_id, a.__pgt_count);

        -- A TRUNCATE records no rows, so it cannot be differentiated.
        IF EXISTS (SELECT 1 FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c WHERE c.__pgt_action = 'T' AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           OR EXISTS (SELECT 1 FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c WHERE c.__pgt_action = 'T' AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSE
            -- Changes of public.customers that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.customers' AND d.consumes_changes
                      AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
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
    DELETE FROM public.region_statuses;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0)
         WHERE pgt_schema = 'public' AND pgt_name = 'region_statuses'
    )
    INSERT INTO public.region_statuses (region, status, __pgt_row_id, __pgt_count)
    SELECT r.region, r.status, hash_record_extended(ROW(r.region, r.status), 0) AS __pgt_row_id, count(*) AS __pgt_count
      FROM (
        SELECT i.region AS region, i.status AS status
          FROM (
          SELECT o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
            FROM public.orders AS o,
                 public.customers AS c
           WHERE c.id = o.customer_id
        ) AS i
      ) AS r
     GROUP BY r.region, r.status;
    -- Changes of public.customers that every reader has consumed are deleted.
    DELETE FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
     WHERE NOT EXISTS (
           SELECT 1 FROM pg_trickle.pgt_dependencies AS d
             JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
            WHERE d.source_stable_name = 'public.customers' AND d.consumes_changes
              AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
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
CALL pg_trickle.refresh('public.region_statuses', full => true);

-- trickle: stream table public.open_orders
--
-- refresh mode: DIFFERENTIAL
-- schedule: 1m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT o.id, o.customer_id, upper(o.status) AS status, o.created_at::date AS day FROM orders AS o WHERE o.status IN ('open', 'pending')
--
-- operator tree:
--   project id, customer_id, upper(status) AS status, created_at::date AS day
--     filter status IN ('open', 'pending')
--       scan public.orders AS o

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.open_orders AS
  SELECT r.id, r.customer_id, r.status, r.day, hash_record_extended(ROW(r.id), 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i.customer_id AS customer_id, upper(i.status) AS status, i.created_at::date AS day
        FROM (
        SELECT o.id, o.customer_id, o.status, o.created_at
          FROM public.orders AS o
         WHERE o.status IN ('open', 'pending')
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.open_orders ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_e4086fdc899c2375 ON public.open_orders (__pgt_row_id);
COMMENT ON TABLE public.open_orders IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.open_orders'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'open_orders', 'public.open_orders', 'e4086fdc899c2375', 'SELECT o.id, o.customer_id, upper(o.status) AS status, o.created_at::date AS day FROM orders AS o WHERE o.status IN (''open'', ''pending'')', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_e4086fdc899c2375', 3, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'status', 'created_at']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.open_orders';

-- Refresh function, called by pg_trickle.refresh('public.open_orders').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_e4086fdc899c2375(p_full boolean) RETURNS text
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
     WHERE stable_name = 'public.open_orders';
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
           WHERE pgt_schema = 'public' AND pgt_name = 'open_orders'
        ),
        -- scan public.orders: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_orders AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.id, c.customer_id, c.status, c.created_at
            FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- filter (linear): changes of its input that satisfy status IN ('open', 'pending')
        delta_filter AS (
          SELECT d.__pgt_w, d.id, d.customer_id, d.status, d.created_at
            FROM delta_orders AS d
           WHERE d.status IN ('open', 'pending')
        ),
        -- project (linear): each changed row, projected
        delta_project AS (
          SELECT d.__pgt_w, d.id AS id, d.customer_id AS customer_id, upper(d.status) AS status, d.created_at::date AS day
            FROM delta_filter AS d
        ),
        -- consolidate: identical rows with opposite weights cancel out
        __pgt_net AS (
          SELECT d.id, d.customer_id, d.status, d.day, sum(d.__pgt_w)::bigint AS __pgt_w
            FROM delta_project AS d
           GROUP BY d.id, d.customer_id, d.status, d.day
          HAVING sum(d.__pgt_w) <> 0
        ),
        -- one row per key: the new version if there is one (update or insert), else the deletion
        __pgt_apply AS (
          SELECT DISTINCT ON (hash_record_extended(ROW(n.id), 0), n.id) hash_record_extended(ROW(n.id), 0) AS __pgt_row_id, n.id, n.customer_id, n.status, n.day, n.__pgt_w
            FROM __pgt_net AS n
           ORDER BY hash_record_extended(ROW(n.id), 0), n.id, n.__pgt_w DESC
        )
        MERGE INTO public.open_orders AS s
        USING __pgt_apply AS a
           ON s.__pgt_row_id = a.__pgt_row_id AND s.id = a.id
         WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
         WHEN MATCHED THEN UPDATE SET id = a.id, customer_id = a.customer_id, status = a.status, day = a.day
         WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (id, customer_id, status, day, __pgt_row_id) VALUES (a.id, a.customer_id, a.status, a.day, a.__pgt_row_id);

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
    DELETE FROM public.open_orders;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0)
         WHERE pgt_schema = 'public' AND pgt_name = 'open_orders'
    )
    INSERT INTO public.open_orders (id, customer_id, status, day, __pgt_row_id)
    SELECT r.id, r.customer_id, r.status, r.day, hash_record_extended(ROW(r.id), 0) AS __pgt_row_id
      FROM (
        SELECT i.id AS id, i.customer_id AS customer_id, upper(i.status) AS status, i.created_at::date AS day
          FROM (
          SELECT o.id, o.customer_id, o.status, o.created_at
            FROM public.orders AS o
           WHERE o.status IN ('open', 'pending')
        ) AS i
      ) AS r;
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
CALL pg_trickle.refresh('public.open_orders', full => true);

-- trickle: stream table public.busy_regions
--
-- refresh mode: DIFFERENTIAL
-- schedule: 5m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT c.region, count(*) AS orders, sum(CASE WHEN o.status = 'paid' THEN 1 ELSE 0 END) AS paid FROM orders AS o JOIN customers AS c ON c.id = o.customer_id GROUP BY c.region HAVING count(*) >= 2
--
-- operator tree:
--   project __pgt_g0 AS region, __pgt_a0 AS orders, __pgt_a1 AS paid
--     filter __pgt_a0 >= 2
--       aggregate count(*), sum(CASE WHEN o.status = 'paid' THEN 1 ELSE 0 END) group by region
--         inner join on c_id = customer_id
--           scan public.orders AS o
--           scan public.customers AS c

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_1).
CREATE TABLE public.busy_regions AS
  SELECT i.region AS region,
         count(*) AS orders,
         sum(CASE WHEN i.status = 'paid' THEN 1 ELSE 0 END) AS paid,
         hash_record_extended(ROW(i.region), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(CASE WHEN i.status = 'paid' THEN 1 ELSE 0 END) AS __pgt_nonnull_1
    FROM (
      SELECT o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
        FROM public.orders AS o,
             public.customers AS c
       WHERE c.id = o.customer_id
    ) AS i
   GROUP BY i.region
  HAVING count(*) >= 2
  WITH NO DATA;
ALTER TABLE public.busy_regions ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_678f69f3dfc1a783 ON public.busy_regions (__pgt_row_id);
COMMENT ON TABLE public.busy_regions IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.busy_regions'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'busy_regions', 'public.busy_regions', '678f69f3dfc1a783', 'SELECT c.region, count(*) AS orders, sum(CASE WHEN o.status = ''paid'' THEN 1 ELSE 0 END) AS paid FROM orders AS o JOIN customers AS c ON c.id = o.customer_id GROUP BY c.region HAVING count(*) >= 2', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_678f69f3dfc1a783', 2, '5m', 'interval', '5 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.customers', 'TABLE', true, ARRAY['id', 'name', 'region', 'vip']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.busy_regions';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'status', 'created_at']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.busy_regions';

-- Refresh function, called by pg_trickle.refresh('public.busy_regions').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_678f69f3dfc1a783(p_full boolean) RETURNS text
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
     WHERE stable_name = 'public.busy_regions';
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
           WHERE pgt_schema = 'public' AND pgt_name = 'busy_regions'
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
        -- aggregate: per changed group, the change in count, sums and extremes
        __pgt_delta_groups AS (
          SELECT d.region AS __pgt_g0,
                 sum(d.__pgt_w)::bigint AS __pgt_d_count,
                 sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                 coalesce(sum(d.__pgt_w) FILTER (WHERE CASE WHEN d.status = 'paid' THEN 1 ELSE 0 END IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                 sum((CASE WHEN d.status = 'paid' THEN 1 ELSE 0 END) * d.__pgt_w) AS __pgt_d_value_1
            FROM delta_join AS d
           GROUP BY d.region
        ),
        -- each changed group with its stored state; a group is recomputed from the sources when HAVING hid it (its state is not stored)
        __pgt_groups AS (
          SELECT g.*,
                 s.__pgt_row_id IS NOT NULL AS __pgt_stored,
                 coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                 s.orders AS __pgt_old_value_0,
                 s.paid AS __pgt_old_value_1,
                 coalesce(s.__pgt_nonnull_1, 0) AS __pgt_old_nonnull_1,
                 s.__pgt_row_id IS NULL AS __pgt_rescan
            FROM __pgt_delta_groups AS g
            LEFT JOIN public.busy_regions AS s ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0), 0) AND s.region IS NOT DISTINCT FROM g.__pgt_g0
        ),
        -- recompute each flagged group from the current sources (without GROUP BY, an empty group still yields its one row)
        __pgt_rescanned AS (
          SELECT g.__pgt_g0, r.__pgt_count, r.__pgt_value_0, r.__pgt_value_1, r.__pgt_nonnull_1
            FROM __pgt_groups AS g
           CROSS JOIN LATERAL (
             SELECT count(*) AS __pgt_count,
                    count(*) AS __pgt_value_0,
                    sum(CASE WHEN i.status = 'paid' THEN 1 ELSE 0 END) AS __pgt_value_1,
                    count(CASE WHEN i.status = 'paid' THEN 1 ELSE 0 END) AS __pgt_nonnull_1
               FROM (
                SELECT o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
                  FROM public.orders AS o,
                       public.customers AS c
                 WHERE c.id = o.customer_id
               ) AS i
              WHERE (i.region = g.__pgt_g0 OR (i.region IS NULL AND g.__pgt_g0 IS NULL))
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
                 n.__pgt_g0 AS region,
                 n.__pgt_value_0 AS orders,
                 n.__pgt_value_1 AS paid,
                 n.__pgt_count,
                 n.__pgt_nonnull_1 AS __pgt_nonnull_1,
                 n.__pgt_count > 0 AND (n.__pgt_value_0 >= 2) IS TRUE AS __pgt_keep
            FROM __pgt_new_state AS n
        )
        MERGE INTO public.busy_regions AS s
        USING __pgt_apply AS a
           ON s.__pgt_row_id = a.__pgt_row_id AND s.region IS NOT DISTINCT FROM a.region
         WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
         WHEN MATCHED THEN UPDATE SET region = a.region, orders = a.orders, paid = a.paid, __pgt_count = a.__pgt_count, __pgt_nonnull_1 = a.__pgt_nonnull_1
         WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (region, orders, paid, __pgt_row_id, __pgt_count, __pgt_nonnull_1) VALUES (a.region, a.orders, a.paid, a.__pgt_row_id, a.__pgt_count, a.__pgt_nonnull_1);

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
    DELETE FROM public.busy_regions;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0)
         WHERE pgt_schema = 'public' AND pgt_name = 'busy_regions'
    )
    INSERT INTO public.busy_regions (region, orders, paid, __pgt_row_id, __pgt_count, __pgt_nonnull_1)
    SELECT i.region AS region,
           count(*) AS orders,
           sum(CASE WHEN i.status = 'paid' THEN 1 ELSE 0 END) AS paid,
           hash_record_extended(ROW(i.region), 0) AS __pgt_row_id,
           count(*) AS __pgt_count,
           count(CASE WHEN i.status = 'paid' THEN 1 ELSE 0 END) AS __pgt_nonnull_1
      FROM (
        SELECT o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
          FROM public.orders AS o,
               public.customers AS c
         WHERE c.id = o.customer_id
      ) AS i
     GROUP BY i.region
    HAVING count(*) >= 2;
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
CALL pg_trickle.refresh('public.busy_regions', full => true);

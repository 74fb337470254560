-- trickle: stream table public.customer_revenue
--
-- refresh mode: DIFFERENTIAL
-- schedule: 30s
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT c.id AS customer_id, c.name, count(*) AS lines, count(l.discount) AS discounted_lines, sum(l.quantity) AS items, avg(l.quantity) AS avg_quantity, min(p.price) AS cheapest, max(p.price) AS dearest FROM customers AS c JOIN orders AS o ON o.customer_id = c.id JOIN order_lines AS l ON l.order_id = o.id JOIN products AS p ON p.sku = l.sku GROUP BY c.id
--
-- operator tree:
--   project __pgt_g0 AS customer_id, __pgt_g1 AS name, __pgt_a0 AS lines, __pgt_a1 AS discounted_lines, __pgt_a2 AS items, __pgt_a3 AS avg_quantity, __pgt_a4 AS cheapest, __pgt_a5 AS dearest
--     aggregate count(*), count(l.discount), sum(l.quantity), avg(l.quantity), min(p.price), max(p.price) group by c_id, name
--       inner join on customer_id = c_id AND order_id = o_id AND p_sku = l_sku
--         scan public.customers AS c
--         scan public.orders AS o
--         scan public.order_lines AS l
--         scan public.products AS p

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_value_3, __pgt_nonnull_2, __pgt_nonnull_3).
CREATE TABLE public.customer_revenue AS
  SELECT i.c_id AS customer_id,
         i.name AS name,
         count(*) AS lines,
         count(i.discount) AS discounted_lines,
         sum(i.quantity) AS items,
         CASE WHEN count(i.quantity) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.quantity)), count(i.quantity)) END AS avg_quantity,
         min(i.price) AS cheapest,
         max(i.price) AS dearest,
         hash_record_extended(ROW(i.c_id, i.name), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         sum(pg_trickle.avg_state(i.quantity)) AS __pgt_value_3,
         count(i.quantity) AS __pgt_nonnull_2,
         count(i.quantity) AS __pgt_nonnull_3
    FROM (
      SELECT c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price
        FROM public.customers AS c,
             public.orders AS o,
             public.order_lines AS l,
             public.products AS p
       WHERE o.customer_id = c.id AND l.order_id = o.id AND p.sku = l.sku
    ) AS i
   GROUP BY i.c_id, i.name
  WITH NO DATA;
ALTER TABLE public.customer_revenue ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_d10e8c8a21cccf94 ON public.customer_revenue (__pgt_row_id);
COMMENT ON TABLE public.customer_revenue IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.customer_revenue'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'customer_revenue', 'public.customer_revenue', 'd10e8c8a21cccf94', 'SELECT c.id AS customer_id, c.name, count(*) AS lines, count(l.discount) AS discounted_lines, sum(l.quantity) AS items, avg(l.quantity) AS avg_quantity, min(p.price) AS cheapest, max(p.price) AS dearest FROM customers AS c JOIN orders AS o ON o.customer_id = c.id JOIN order_lines AS l ON l.order_id = o.id JOIN products AS p ON p.sku = l.sku GROUP BY c.id', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_d10e8c8a21cccf94', 0, '30s', 'interval', '30 seconds'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.customers', 'TABLE', true, ARRAY['id', 'name', 'region', 'vip']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.customer_revenue';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.order_lines', 'TABLE', true, ARRAY['order_id', 'sku', 'quantity', 'discount']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.customer_revenue';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'status', 'created_at']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.customer_revenue';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.products', 'TABLE', true, ARRAY['sku', 'title', 'category', 'price']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.customer_revenue';

-- Refresh function, called by pg_trickle.refresh('public.customer_revenue').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_d10e8c8a21cccf94(p_full boolean) RETURNS text
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
     WHERE stable_name = 'public.customer_revenue';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- Nothing to do when no source has an unconsumed change.
        IF NOT EXISTS (SELECT 1 FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT 1 FROM pg_trickle_changes.changes_c0f5db8d9bc4ffb2 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT 1 FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT 1 FROM pg_trickle_changes.changes_10cdc96fc855f33d AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Changes of public.customers that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.customers' AND d.consumes_changes
                      AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
            -- Changes of public.order_lines that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_c0f5db8d9bc4ffb2 AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.order_lines' AND d.consumes_changes
                      AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
            -- Changes of public.orders that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.orders' AND d.consumes_changes
                      AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
            -- Changes of public.products that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_10cdc96fc855f33d AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.products' AND d.consumes_changes
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
           WHERE pgt_schema = 'public' AND pgt_name = 'customer_revenue'
        ),
        -- scan public.customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_customers AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.id, c.name, c.region, c.vip
            FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- scan public.orders: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_orders AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.id, c.customer_id, c.status, c.created_at
            FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- scan public.order_lines: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_order_lines AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.order_id, c.sku, c.quantity, c.discount
            FROM pg_trickle_changes.changes_c0f5db8d9bc4ffb2 AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- scan public.products: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_products AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.sku, c.title, c.category, c.price
            FROM pg_trickle_changes.changes_10cdc96fc855f33d AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- inner join (bilinear): the sum of
        --     d(c) JOIN o JOIN l JOIN p
        --   + c' JOIN d(o) JOIN l JOIN p
        --   + c' JOIN o' JOIN d(l) JOIN p
        --   + c' JOIN o' JOIN l' JOIN d(p)
        -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
        delta_join AS (
          SELECT c.__pgt_w * o.__pgt_w * l.__pgt_w * p.__pgt_w AS __pgt_w, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price
            FROM delta_customers AS c,
                 (
            SELECT 1::bigint AS __pgt_w, id, customer_id, status, created_at FROM public.orders
            UNION ALL
            SELECT -__pgt_w, id, customer_id, status, created_at FROM delta_orders
          ) AS o,
                 (
            SELECT 1::bigint AS __pgt_w, order_id, sku, quantity, discount FROM public.order_lines
            UNION ALL
            SELECT -__pgt_w, order_id, sku, quantity, discount FROM delta_order_lines
          ) AS l,
                 (
            SELECT 1::bigint AS __pgt_w, sku, title, category, price FROM public.products
            UNION ALL
            SELECT -__pgt_w, sku, title, category, price FROM delta_products
          ) AS p
           WHERE o.customer_id = c.id AND l.order_id = o.id AND p.sku = l.sku
          UNION ALL
          SELECT o.__pgt_w * l.__pgt_w * p.__pgt_w AS __pgt_w, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price
            FROM public.customers AS c,
                 delta_orders AS o,
                 (
            SELECT 1::bigint AS __pgt_w, order_id, sku, quantity, discount FROM public.order_lines
            UNION ALL
            SELECT -__pgt_w, order_id, sku, quantity, discount FROM delta_order_lines
          ) AS l,
                 (
            SELECT 1::bigint AS __pgt_w, sku, title, category, price FROM public.products
            UNION ALL
            SELECT -__pgt_w, sku, title, category, price FROM delta_products
          ) AS p
           WHERE o.customer_id = c.id AND l.order_id = o.id AND p.sku = l.sku
          UNION ALL
          SELECT l.__pgt_w * p.__pgt_w AS __pgt_w, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price
            FROM public.customers AS c,
                 public.orders AS o,
                 delta_order_lines AS l,
                 (
            SELECT 1::bigint AS __pgt_w, sku, title, category, price FROM public.products
            UNION ALL
            SELECT -__pgt_w, sku, title, category, price FROM delta_products
          ) AS p
           WHERE o.customer_id = c.id AND l.order_id = o.id AND p.sku = l.sku
          UNION ALL
          SELECT p.__pgt_w AS __pgt_w, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price
            FROM public.customers AS c,
                 public.orders AS o,
                 public.order_lines AS l,
                 delta_products AS p
           WHERE o.customer_id = c.id AND l.order_id = o.id AND p.sku = l.sku
        ),
        -- aggregate: per changed group, the change in count, sums and extremes
        __pgt_delta_groups AS (
          SELECT d.c_id AS __pgt_g0,
                 d.name AS __pgt_g1,
                 sum(d.__pgt_w)::bigint AS __pgt_d_count,
                 sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                 coalesce(sum(d.__pgt_w) FILTER (WHERE d.discount IS NOT NULL), 0)::bigint AS __pgt_d_value_1,
                 coalesce(sum(d.__pgt_w) FILTER (WHERE d.quantity IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_2,
                 sum((d.quantity) * d.__pgt_w) AS __pgt_d_value_2,
                 coalesce(sum(d.__pgt_w) FILTER (WHERE d.quantity IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_3,
                 sum(pg_trickle.avg_state(d.quantity) * d.__pgt_w) AS __pgt_d_value_3,
                 min(d.price) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_4,
                 min(d.price) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_4,
                 max(d.price) FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_5,
                 max(d.price) FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_5
            FROM delta_join AS d
           GROUP BY d.c_id, d.name
        ),
        -- each changed group with its stored state; a group is recomputed from the sources when a deleted value may have been its MIN/MAX
        __pgt_groups AS (
          SELECT g.*,
                 s.__pgt_row_id IS NOT NULL AS __pgt_stored,
                 coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                 s.lines AS __pgt_old_value_0,
                 s.discounted_lines AS __pgt_old_value_1,
                 s.items AS __pgt_old_value_2,
                 s.__pgt_value_3 AS __pgt_old_value_3,
                 s.cheapest AS __pgt_old_value_4,
                 s.dearest AS __pgt_old_value_5,
                 coalesce(s.__pgt_nonnull_2, 0) AS __pgt_old_nonnull_2,
                 coalesce(s.__pgt_nonnull_3, 0) AS __pgt_old_nonnull_3,
                 (g.__pgt_del_4 IS NOT NULL AND (s.cheapest IS NULL OR g.__pgt_del_4 <= s.cheapest))
                     OR (g.__pgt_del_5 IS NOT NULL AND (s.dearest IS NULL OR g.__pgt_del_5 >= s.dearest)) AS __pgt_rescan
            FROM __pgt_delta_groups AS g
            LEFT JOIN public.customer_revenue AS s ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0, g.__pgt_g1), 0) AND s.customer_id = g.__pgt_g0 AND s.name = g.__pgt_g1
        ),
        -- recompute each flagged group from the current sources (without GROUP BY, an empty group still yields its one row)
        __pgt_rescanned AS (
          SELECT g.__pgt_g0, g.__pgt_g1, r.__pgt_count, r.__pgt_value_0, r.__pgt_value_1, r.__pgt_value_2, r.__pgt_nonnull_2, r.__pgt_value_3, r.__pgt_nonnull_3, r.__pgt_value_4, r.__pgt_value_5
            FROM __pgt_groups AS g
           CROSS JOIN LATERAL (
             SELECT count(*) AS __pgt_count,
                    count(*) AS __pgt_value_0,
                    count(i.discount) AS __pgt_value_1,
                    sum(i.quantity) AS __pgt_value_2,
                    count(i.quantity) AS __pgt_nonnull_2,
                    sum(pg_trickle.avg_state(i.quantity)) AS __pgt_value_3,
                    count(i.quantity) AS __pgt_nonnull_3,
                    min(i.price) AS __pgt_value_4,
                    max(i.price) AS __pgt_value_5
               FROM (
                SELECT c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price
                  FROM public.customers AS c,
                       public.orders AS o,
                       public.order_lines AS l,
                       public.products AS p
                 WHERE o.customer_id = c.id AND l.order_id = o.id AND p.sku = l.sku
               ) AS i
              WHERE i.c_id = g.__pgt_g0
               AND i.name = g.__pgt_g1
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
                 n.__pgt_g0 AS customer_id,
                 n.__pgt_g1 AS name,
                 n.__pgt_value_0 AS lines,
                 n.__pgt_value_1 AS discounted_lines,
                 n.__pgt_value_2 AS items,
                 CASE WHEN n.__pgt_nonnull_3 = 0 THEN NULL ELSE pg_trickle.avg_final(n.__pgt_value_3, n.__pgt_nonnull_3) END AS avg_quantity,
                 n.__pgt_value_4 AS cheapest,
                 n.__pgt_value_5 AS dearest,
                 n.__pgt_count,
                 n.__pgt_value_3 AS __pgt_value_3,
                 n.__pgt_nonnull_2 AS __pgt_nonnull_2,
                 n.__pgt_nonnull_3 AS __pgt_nonnull_3,
                 n.__pgt_count > 0 AS __pgt_keep
            FROM __pgt_new_state AS n
        )
        MERGE INTO public.customer_revenue AS s
        USING __pgt_apply AS a
           ON s.__pgt_row_id = a.__pgt_row_id AND s.customer_id = a.customer_id AND s.name = a.name
         WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
         WHEN MATCHED THEN UPDATE SET customer_id = a.customer_id, name = a.name, lines = a.lines, discounted_lines = a.discounted_lines, items = a.items, avg_quantity = a.avg_quantity, cheapest = a.cheapest, dearest = a.dearest, __pgt_count = a.__pgt_count, __pgt_value_3 = a.__pgt_value_3, __pgt_nonnull_2 = a.__pgt_nonnull_2, __pgt_nonnull_3 = a.__pgt_nonnull_3
         WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT (customer_id, name, lines, discounted_lines, items, avg_quantity, cheapest, dearest, __pgt_row_id, __pgt_count, __pgt_value_3, __pgt_nonnull_2, __pgt_nonnull_3) VALUES (a.customer_id, a.name, a.lines, a.discounted_lines, a.items, a.avg_quantity, a.cheapest, a.dearest, a.__pgt_row_id, a.__pgt_count, a.__pgt_value_3, a.__pgt_nonnull_2, a.__pgt_nonnull_3);

        -- A TRUNCATE records no rows, so it cannot be differentiated.
        IF EXISTS (SELECT 1 FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c WHERE c.__pgt_action = 'T' AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           OR EXISTS (SELECT 1 FROM pg_trickle_changes.changes_c0f5db8d9bc4ffb2 AS c WHERE c.__pgt_action = 'T' AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           OR EXISTS (SELECT 1 FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c WHERE c.__pgt_action = 'T' AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           OR EXISTS (SELECT 1 FROM pg_trickle_changes.changes_10cdc96fc855f33d AS c WHERE c.__pgt_action = 'T' AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSE
            -- Changes of public.customers that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.customers' AND d.consumes_changes
                      AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
            -- Changes of public.order_lines that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_c0f5db8d9bc4ffb2 AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.order_lines' AND d.consumes_changes
                      AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
            -- Changes of public.orders that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.orders' AND d.consumes_changes
                      AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
            -- Changes of public.products that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_10cdc96fc855f33d AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.products' AND d.consumes_changes
                      AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
            RETURN 'DIFFERENTIAL';
        END IF;
    END IF;

    -- Full recomputation.
    DELETE FROM public.customer_revenue;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0)
         WHERE pgt_schema = 'public' AND pgt_name = 'customer_revenue'
    )
    INSERT INTO public.customer_revenue (customer_id, name, lines, discounted_lines, items, avg_quantity, cheapest, dearest, __pgt_row_id, __pgt_count, __pgt_value_3, __pgt_nonnull_2, __pgt_nonnull_3)
    SELECT i.c_id AS customer_id,
           i.name AS name,
           count(*) AS lines,
           count(i.discount) AS discounted_lines,
           sum(i.quantity) AS items,
           CASE WHEN count(i.quantity) = 0 THEN NULL ELSE pg_trickle.avg_final(sum(pg_trickle.avg_state(i.quantity)), count(i.quantity)) END AS avg_quantity,
           min(i.price) AS cheapest,
           max(i.price) AS dearest,
           hash_record_extended(ROW(i.c_id, i.name), 0) AS __pgt_row_id,
           count(*) AS __pgt_count,
           sum(pg_trickle.avg_state(i.quantity)) AS __pgt_value_3,
           count(i.quantity) AS __pgt_nonnull_2,
           count(i.quantity) AS __pgt_nonnull_3
      FROM (
        SELECT c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price
          FROM public.customers AS c,
               public.orders AS o,
               public.order_lines AS l,
               public.products AS p
         WHERE o.customer_id = c.id AND l.order_id = o.id AND p.sku = l.sku
      ) AS i
     GROUP BY i.c_id, i.name;
    -- Changes of public.customers that every reader has consumed are deleted.
    DELETE FROM pg_trickle_changes.changes_f1a154d0f10b11d6 AS c
     WHERE NOT EXISTS (
           SELECT 1 FROM pg_trickle.pgt_dependencies AS d
             JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
            WHERE d.source_stable_name = 'public.customers' AND d.consumes_changes
              AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
    -- Changes of public.order_lines that every reader has consumed are deleted.
    DELETE FROM pg_trickle_changes.changes_c0f5db8d9bc4ffb2 AS c
     WHERE NOT EXISTS (
           SELECT 1 FROM pg_trickle.pgt_dependencies AS d
             JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
            WHERE d.source_stable_name = 'public.order_lines' AND d.consumes_changes
              AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
    -- Changes of public.orders that every reader has consumed are deleted.
    DELETE FROM pg_trickle_changes.changes_3f03617b84bc4ef6 AS c
     WHERE NOT EXISTS (
           SELECT 1 FROM pg_trickle.pgt_dependencies AS d
             JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
            WHERE d.source_stable_name = 'public.orders' AND d.consumes_changes
              AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
    -- Changes of public.products that every reader has consumed are deleted.
    DELETE FROM pg_trickle_changes.changes_10cdc96fc855f33d AS c
     WHERE NOT EXISTS (
           SELECT 1 FROM pg_trickle.pgt_dependencies AS d
             JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
            WHERE d.source_stable_name = 'public.products' AND d.consumes_changes
              AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- trickle: change capture for public.customer_revenue (stream table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_d10e8c8a21cccf94: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows, a TRUNCATE
-- as one 'T' marker (readers then recompute). Each row records the writing
-- transaction (__pgt_xid): a refresh consumes exactly the changes visible in
-- its snapshot and not in the previous refresh's, whatever order writers
-- commit in.
CREATE TABLE IF NOT EXISTS pg_trickle_changes.changes_d10e8c8a21cccf94 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.customer_id, s.name, s.lines, s.discounted_lines, s.items, s.avg_quantity, s.cheapest, s.dearest
  FROM public.customer_revenue AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_d10e8c8a21cccf94
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_d10e8c8a21cccf94 IS 'trickle: changes of public.customer_revenue';

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_d10e8c8a21cccf94() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_d10e8c8a21cccf94 (__pgt_action, customer_id, name, lines, discounted_lines, items, avg_quantity, cheapest, dearest)
        SELECT 'I', n.customer_id, n.name, n.lines, n.discounted_lines, n.items, n.avg_quantity, n.cheapest, n.dearest FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_d10e8c8a21cccf94 (__pgt_action, customer_id, name, lines, discounted_lines, items, avg_quantity, cheapest, dearest)
        SELECT 'D', o.customer_id, o.name, o.lines, o.discounted_lines, o.items, o.avg_quantity, o.cheapest, o.dearest FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.customer_id, n.name, n.lines, n.discounted_lines, n.items, n.avg_quantity, n.cheapest, n.dearest FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_d10e8c8a21cccf94 (__pgt_action, customer_id, name, lines, discounted_lines, items, avg_quantity, cheapest, dearest)
        SELECT 'D', o.customer_id, o.name, o.lines, o.discounted_lines, o.items, o.avg_quantity, o.cheapest, o.dearest FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle_changes.changes_d10e8c8a21cccf94 (__pgt_action) VALUES ('T');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_d10e8c8a21cccf94 AFTER INSERT ON public.customer_revenue
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_d10e8c8a21cccf94();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_d10e8c8a21cccf94 AFTER UPDATE ON public.customer_revenue
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_d10e8c8a21cccf94();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_d10e8c8a21cccf94 AFTER DELETE ON public.customer_revenue
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_d10e8c8a21cccf94();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_d10e8c8a21cccf94 AFTER TRUNCATE ON public.customer_revenue
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_d10e8c8a21cccf94();

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function)
VALUES ('public.customer_revenue', 'public', 'customer_revenue', 'd10e8c8a21cccf94', 'pg_trickle_changes', 'changes_d10e8c8a21cccf94', 'pg_trickle_cdc_fn_d10e8c8a21cccf94')
ON CONFLICT (source_stable_name) DO NOTHING;

-- Initial population.
CALL pg_trickle.refresh('public.customer_revenue', full => true);

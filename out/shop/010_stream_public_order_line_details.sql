-- trickle: stream table public.order_line_details
--
-- refresh mode: DIFFERENTIAL
-- schedule: 1m
-- maintenance: differential; rows may repeat, each change inserts or deletes copies
--
-- defining query:
--   SELECT o.id AS order_id, c.name AS customer, p.title, l.quantity, (l.quantity * p.price) * (1 - (COALESCE(l.discount, 0))) AS line_total, CASE WHEN l.quantity >= 10 THEN 'bulk' ELSE 'retail' END AS kind FROM order_lines AS l JOIN orders AS o ON o.id = l.order_id JOIN products AS p ON p.sku = l.sku JOIN customers AS c ON c.id = o.customer_id
--
-- operator tree:
--   project o_id AS order_id, name AS customer, title, quantity, (quantity * price) * (1 - (COALESCE(discount, 0))) AS line_total, CASE WHEN quantity >= 10 THEN 'bulk' ELSE 'retail' END AS kind
--     inner join on o_id = order_id AND p_sku = l_sku AND c_id = customer_id
--       scan public.order_lines AS l
--       scan public.orders AS o
--       scan public.products AS p
--       scan public.customers AS c

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.order_line_details AS
  SELECT r.order_id, r.customer, r.title, r.quantity, r.line_total, r.kind, hash_record_extended(ROW(r.order_id, r.customer, r.title, r.quantity, r.line_total, r.kind), 0) AS __pgt_row_id
    FROM (
      SELECT i.o_id AS order_id, i.name AS customer, i.title AS title, i.quantity AS quantity, (i.quantity * i.price) * (1 - (COALESCE(i.discount, 0))) AS line_total, CASE WHEN i.quantity >= 10 THEN 'bulk' ELSE 'retail' END AS kind
        FROM (
        SELECT l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
          FROM public.order_lines AS l,
               public.orders AS o,
               public.products AS p,
               public.customers AS c
         WHERE o.id = l.order_id AND p.sku = l.sku AND c.id = o.customer_id
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.order_line_details ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_b91a3c9074ab9674 ON public.order_line_details (__pgt_row_id);
COMMENT ON TABLE public.order_line_details IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.order_line_details'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'order_line_details', 'public.order_line_details', 'b91a3c9074ab9674', 'SELECT o.id AS order_id, c.name AS customer, p.title, l.quantity, (l.quantity * p.price) * (1 - (COALESCE(l.discount, 0))) AS line_total, CASE WHEN l.quantity >= 10 THEN ''bulk'' ELSE ''retail'' END AS kind FROM order_lines AS l JOIN orders AS o ON o.id = l.order_id JOIN products AS p ON p.sku = l.sku JOIN customers AS c ON c.id = o.customer_id', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyless', 'refresh_b91a3c9074ab9674', 4, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.customers', 'TABLE', true, ARRAY['id', 'name', 'region', 'vip']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.order_line_details';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.order_lines', 'TABLE', true, ARRAY['order_id', 'sku', 'quantity', 'discount']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.order_line_details';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.orders', 'TABLE', true, ARRAY['id', 'customer_id', 'status', 'created_at']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.order_line_details';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.products', 'TABLE', true, ARRAY['sku', 'title', 'category', 'price']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.order_line_details';

-- Refresh function, called by pg_trickle.refresh('public.order_line_details').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_b91a3c9074ab9674(p_full boolean) RETURNS text
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
     WHERE stable_name = 'public.order_line_details';
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
           WHERE pgt_schema = 'public' AND pgt_name = 'order_line_details'
        ),
        -- scan public.order_lines: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_order_lines AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.order_id, c.sku, c.quantity, c.discount
            FROM pg_trickle_changes.changes_c0f5db8d9bc4ffb2 AS c
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
        -- scan public.products: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_products AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.sku, c.title, c.category, c.price
            FROM pg_trickle_changes.changes_10cdc96fc855f33d AS c
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
        --     d(l) JOIN o JOIN p JOIN c
        --   + l' JOIN d(o) JOIN p JOIN c
        --   + l' JOIN o' JOIN d(p) JOIN c
        --   + l' JOIN o' JOIN p' JOIN d(c)
        -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
        delta_join AS (
          SELECT l.__pgt_w * o.__pgt_w * p.__pgt_w * c.__pgt_w AS __pgt_w, l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
            FROM delta_order_lines AS l,
                 (
            SELECT 1::bigint AS __pgt_w, id, customer_id, status, created_at FROM public.orders
            UNION ALL
            SELECT -__pgt_w, id, customer_id, status, created_at FROM delta_orders
          ) AS o,
                 (
            SELECT 1::bigint AS __pgt_w, sku, title, category, price FROM public.products
            UNION ALL
            SELECT -__pgt_w, sku, title, category, price FROM delta_products
          ) AS p,
                 (
            SELECT 1::bigint AS __pgt_w, id, name, region, vip FROM public.customers
            UNION ALL
            SELECT -__pgt_w, id, name, region, vip FROM delta_customers
          ) AS c
           WHERE o.id = l.order_id AND p.sku = l.sku AND c.id = o.customer_id
          UNION ALL
          SELECT o.__pgt_w * p.__pgt_w * c.__pgt_w AS __pgt_w, l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
            FROM public.order_lines AS l,
                 delta_orders AS o,
                 (
            SELECT 1::bigint AS __pgt_w, sku, title, category, price FROM public.products
            UNION ALL
            SELECT -__pgt_w, sku, title, category, price FROM delta_products
          ) AS p,
                 (
            SELECT 1::bigint AS __pgt_w, id, name, region, vip FROM public.customers
            UNION ALL
            SELECT -__pgt_w, id, name, region, vip FROM delta_customers
          ) AS c
           WHERE o.id = l.order_id AND p.sku = l.sku AND c.id = o.customer_id
          UNION ALL
          SELECT p.__pgt_w * c.__pgt_w AS __pgt_w, l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
            FROM public.order_lines AS l,
                 public.orders AS o,
                 delta_products AS p,
                 (
            SELECT 1::bigint AS __pgt_w, id, name, region, vip FROM public.customers
            UNION ALL
            SELECT -__pgt_w, id, name, region, vip FROM delta_customers
          ) AS c
           WHERE o.id = l.order_id AND p.sku = l.sku AND c.id = o.customer_id
          UNION ALL
          SELECT c.__pgt_w AS __pgt_w, l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
            FROM public.order_lines AS l,
                 public.orders AS o,
                 public.products AS p,
                 delta_customers AS c
           WHERE o.id = l.order_id AND p.sku = l.sku AND c.id = o.customer_id
        ),
        -- project (linear): each changed row, projected
        delta_project AS (
          SELECT d.__pgt_w, d.o_id AS order_id, d.name AS customer, d.title AS title, d.quantity AS quantity, (d.quantity * d.price) * (1 - (COALESCE(d.discount, 0))) AS line_total, CASE WHEN d.quantity >= 10 THEN 'bulk' ELSE 'retail' END AS kind
            FROM delta_join AS d
        ),
        -- consolidate: identical rows with opposite weights cancel out
        __pgt_net AS (
          SELECT d.order_id, d.customer, d.title, d.quantity, d.line_total, d.kind, sum(d.__pgt_w)::bigint AS __pgt_w
            FROM delta_project AS d
           GROUP BY d.order_id, d.customer, d.title, d.quantity, d.line_total, d.kind
          HAVING sum(d.__pgt_w) <> 0
        ),
        -- number the consolidated rows, to pick copies to delete per row
        __pgt_numbered AS (
          SELECT n.*, row_number() OVER () AS __pgt_i FROM __pgt_net AS n WHERE n.__pgt_w < 0
        ),
        -- delete as many stored copies of each row as its negative weight
        __pgt_deleted AS (
          DELETE FROM public.order_line_details AS s
           WHERE s.ctid = ANY (ARRAY(
             SELECT x.ctid FROM (
               SELECT t.ctid, row_number() OVER (PARTITION BY n.__pgt_i) AS copy, -n.__pgt_w AS copies
                 FROM __pgt_numbered AS n
                 JOIN public.order_line_details AS t ON t.__pgt_row_id = hash_record_extended(ROW(n.order_id, n.customer, n.title, n.quantity, n.line_total, n.kind), 0) AND t.order_id = n.order_id AND t.customer = n.customer AND t.title = n.title AND t.quantity = n.quantity AND t.line_total IS NOT DISTINCT FROM n.line_total AND t.kind IS NOT DISTINCT FROM n.kind
             ) AS x WHERE x.copy <= x.copies))
        )
        INSERT INTO public.order_line_details (order_id, customer, title, quantity, line_total, kind, __pgt_row_id)
        SELECT n.order_id, n.customer, n.title, n.quantity, n.line_total, n.kind, hash_record_extended(ROW(n.order_id, n.customer, n.title, n.quantity, n.line_total, n.kind), 0)
          FROM __pgt_net AS n, generate_series(1, n.__pgt_w)
         WHERE n.__pgt_w > 0;

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
    DELETE FROM public.order_line_details;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0)
         WHERE pgt_schema = 'public' AND pgt_name = 'order_line_details'
    )
    INSERT INTO public.order_line_details (order_id, customer, title, quantity, line_total, kind, __pgt_row_id)
    SELECT r.order_id, r.customer, r.title, r.quantity, r.line_total, r.kind, hash_record_extended(ROW(r.order_id, r.customer, r.title, r.quantity, r.line_total, r.kind), 0) AS __pgt_row_id
      FROM (
        SELECT i.o_id AS order_id, i.name AS customer, i.title AS title, i.quantity AS quantity, (i.quantity * i.price) * (1 - (COALESCE(i.discount, 0))) AS line_total, CASE WHEN i.quantity >= 10 THEN 'bulk' ELSE 'retail' END AS kind
          FROM (
          SELECT l.order_id AS order_id, l.sku AS l_sku, l.quantity AS quantity, l.discount AS discount, o.id AS o_id, o.customer_id AS customer_id, o.status AS status, o.created_at AS created_at, p.sku AS p_sku, p.title AS title, p.category AS category, p.price AS price, c.id AS c_id, c.name AS name, c.region AS region, c.vip AS vip
            FROM public.order_lines AS l,
                 public.orders AS o,
                 public.products AS p,
                 public.customers AS c
           WHERE o.id = l.order_id AND p.sku = l.sku AND c.id = o.customer_id
        ) AS i
      ) AS r;
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

-- Initial population.
CALL pg_trickle.refresh('public.order_line_details', full => true);

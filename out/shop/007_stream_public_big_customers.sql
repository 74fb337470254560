-- trickle: stream table public.big_customers
--
-- refresh mode: DIFFERENTIAL
-- schedule: 1m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT customer_id, name, items FROM customer_revenue WHERE items >= 5
--
-- operator tree:
--   project customer_id, name, items
--     filter items >= 5
--       scan public.customer_revenue (stream table)

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.big_customers AS
  SELECT r.customer_id, r.name, r.items, hash_record_extended(ROW(r.customer_id, r.name), 0) AS __pgt_row_id
    FROM (
      SELECT i.customer_id AS customer_id, i.name AS name, i.items AS items
        FROM (
        SELECT customer_revenue.customer_id, customer_revenue.name, customer_revenue.lines, customer_revenue.discounted_lines, customer_revenue.items, customer_revenue.avg_quantity, customer_revenue.cheapest, customer_revenue.dearest
          FROM public.customer_revenue AS customer_revenue
         WHERE customer_revenue.items >= 5
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.big_customers ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_97979b8946dde134 ON public.big_customers (__pgt_row_id);
COMMENT ON TABLE public.big_customers IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.big_customers'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'big_customers', 'public.big_customers', '97979b8946dde134', 'SELECT customer_id, name, items FROM customer_revenue WHERE items >= 5', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_97979b8946dde134', 1, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.customer_revenue', 'STREAM_TABLE', true, ARRAY['customer_id', 'name', 'lines', 'discounted_lines', 'items', 'avg_quantity', 'cheapest', 'dearest']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.big_customers';

-- Refresh function, called by pg_trickle.refresh('public.big_customers').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_97979b8946dde134(p_full boolean) RETURNS text
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
     WHERE stable_name = 'public.big_customers';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- Nothing to do when no source has an unconsumed change.
        IF NOT EXISTS (SELECT 1 FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Changes of public.customer_revenue that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.customer_revenue' AND d.consumes_changes
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
           WHERE pgt_schema = 'public' AND pgt_name = 'big_customers'
        ),
        -- scan public.customer_revenue: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_customer_revenue AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.customer_id, c.name, c.lines, c.discounted_lines, c.items, c.avg_quantity, c.cheapest, c.dearest
            FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- filter (linear): changes of its input that satisfy items >= 5
        delta_filter AS (
          SELECT d.__pgt_w, d.customer_id, d.name, d.lines, d.discounted_lines, d.items, d.avg_quantity, d.cheapest, d.dearest
            FROM delta_customer_revenue AS d
           WHERE d.items >= 5
        ),
        -- project (linear): each changed row, projected
        delta_project AS (
          SELECT d.__pgt_w, d.customer_id AS customer_id, d.name AS name, d.items AS items
            FROM delta_filter AS d
        ),
        -- consolidate: identical rows with opposite weights cancel out
        __pgt_net AS (
          SELECT d.customer_id, d.name, d.items, sum(d.__pgt_w)::bigint AS __pgt_w
            FROM delta_project AS d
           GROUP BY d.customer_id, d.name, d.items
          HAVING sum(d.__pgt_w) <> 0
        ),
        -- one row per key: the new version if there is one (update or insert), else the deletion
        __pgt_apply AS (
          SELECT DISTINCT ON (hash_record_extended(ROW(n.customer_id, n.name), 0), n.customer_id, n.name) hash_record_extended(ROW(n.customer_id, n.name), 0) AS __pgt_row_id, n.customer_id, n.name, n.items, n.__pgt_w
            FROM __pgt_net AS n
           ORDER BY hash_record_extended(ROW(n.customer_id, n.name), 0), n.customer_id, n.name, n.__pgt_w DESC
        )
        MERGE INTO public.big_customers AS s
        USING __pgt_apply AS a
           ON s.__pgt_row_id = a.__pgt_row_id AND s.customer_id = a.customer_id AND s.name = a.name
         WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
         WHEN MATCHED THEN UPDATE SET customer_id = a.customer_id, name = a.name, items = a.items
         WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (customer_id, name, items, __pgt_row_id) VALUES (a.customer_id, a.name, a.items, a.__pgt_row_id);

        -- A TRUNCATE records no rows, so it cannot be differentiated.
        IF EXISTS (SELECT 1 FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c WHERE c.__pgt_action = 'T' AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSE
            -- Changes of public.customer_revenue that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.customer_revenue' AND d.consumes_changes
                      AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
            RETURN 'DIFFERENTIAL';
        END IF;
    END IF;

    -- Full recomputation.
    DELETE FROM public.big_customers;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0)
         WHERE pgt_schema = 'public' AND pgt_name = 'big_customers'
    )
    INSERT INTO public.big_customers (customer_id, name, items, __pgt_row_id)
    SELECT r.customer_id, r.name, r.items, hash_record_extended(ROW(r.customer_id, r.name), 0) AS __pgt_row_id
      FROM (
        SELECT i.customer_id AS customer_id, i.name AS name, i.items AS items
          FROM (
          SELECT customer_revenue.customer_id, customer_revenue.name, customer_revenue.lines, customer_revenue.discounted_lines, customer_revenue.items, customer_revenue.avg_quantity, customer_revenue.cheapest, customer_revenue.dearest
            FROM public.customer_revenue AS customer_revenue
           WHERE customer_revenue.items >= 5
        ) AS i
      ) AS r;
    -- Changes of public.customer_revenue that every reader has consumed are deleted.
    DELETE FROM pg_trickle_changes.changes_d10e8c8a21cccf94 AS c
     WHERE NOT EXISTS (
           SELECT 1 FROM pg_trickle.pgt_dependencies AS d
             JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
            WHERE d.source_stable_name = 'public.customer_revenue' AND d.consumes_changes
              AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population.
CALL pg_trickle.refresh('public.big_customers', full => true);

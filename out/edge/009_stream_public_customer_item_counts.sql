-- trickle: stream table public.customer_item_counts
--
-- refresh mode: FULL (requested AUTO)
-- maintained by full recomputation because LEFT JOIN is not supported differentially (streams/002_customers.sql:13:19)
-- schedule: 1h30m
-- maintenance: full recomputation on every refresh
--
-- defining query:
--   SELECT c.id, c."Name", count(i."Item ID") AS items, COALESCE(sum(i."Qty"), 0) AS qty FROM "Customers" AS c LEFT JOIN "Sales"."Order Items" AS i ON i."Order Ref" = c.id GROUP BY c.id, c."Name"

-- Storage: the query's columns.
CREATE TABLE public.customer_item_counts AS
  SELECT c.id, c."Name", count(i."Item ID") AS items, COALESCE(sum(i."Qty"), 0) AS qty FROM "Customers" AS c LEFT JOIN "Sales"."Order Items" AS i ON i."Order Ref" = c.id GROUP BY c.id, c."Name"
  WITH NO DATA;
COMMENT ON TABLE public.customer_item_counts IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.customer_item_counts'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'customer_item_counts', 'public.customer_item_counts', '24332a6c7cf89c70', 'SELECT c.id, c."Name", count(i."Item ID") AS items, COALESCE(sum(i."Qty"), 0) AS qty FROM "Customers" AS c LEFT JOIN "Sales"."Order Items" AS i ON i."Order Ref" = c.id GROUP BY c.id, c."Name"', 'AUTO', 'FULL', 'LEFT JOIN is not supported differentially (streams/002_customers.sql:13:19)', 'full', 'refresh_24332a6c7cf89c70', 4, '1h30m', 'interval', '1 hour 30 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales.Order Items', 'TABLE', false, ARRAY['Item ID', 'Order Ref', 'SKU', 'Qty', 'Unit Price', 'Tags', 'Attrs', 'Created At']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.customer_item_counts';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.Customers', 'TABLE', false, ARRAY['id', 'Name', 'Region', 'nicknames']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.customer_item_counts';

-- Refresh function, called by pg_trickle.refresh('public.customer_item_counts').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_24332a6c7cf89c70(p_full boolean) RETURNS text
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
     WHERE stable_name = 'public.customer_item_counts';

    -- Full recomputation.
    DELETE FROM public.customer_item_counts;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0)
         WHERE pgt_schema = 'public' AND pgt_name = 'customer_item_counts'
    )
    INSERT INTO public.customer_item_counts (id, "Name", items, qty)
    SELECT * FROM (
      SELECT c.id, c."Name", count(i."Item ID") AS items, COALESCE(sum(i."Qty"), 0) AS qty FROM "Customers" AS c LEFT JOIN "Sales"."Order Items" AS i ON i."Order Ref" = c.id GROUP BY c.id, c."Name"
    ) AS q;

    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population.
CALL pg_trickle.refresh('public.customer_item_counts', full => true);

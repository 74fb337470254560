-- trickle: stream table public.Customer Items
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT c.id AS "Customer", c."Name", c."Region", c.nicknames, i."Item ID", i."SKU", i."Qty" FROM "Customers" AS c JOIN "Sales"."Order Items" AS i ON i."Order Ref" = c.id
--
-- operator tree:
--   project id AS Customer, "Name" AS Name, "Region" AS Region, nicknames, "Item ID" AS Item ID, "SKU" AS SKU, "Qty" AS Qty
--     inner join on "Order Ref" = id
--       scan public.Customers AS c
--       scan Sales.Order Items AS i

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public."Customer Items" AS
  SELECT r."Customer", r."Name", r."Region", r.nicknames, r."Item ID", r."SKU", r."Qty", hash_record_extended(ROW(r."Customer", r."Item ID"), 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS "Customer", i."Name" AS "Name", i."Region" AS "Region", i.nicknames AS nicknames, i."Item ID" AS "Item ID", i."SKU" AS "SKU", i."Qty" AS "Qty"
        FROM (
        SELECT c.id AS id, c."Name" AS "Name", c."Region" AS "Region", c.nicknames AS nicknames, i."Item ID" AS "Item ID", i."Order Ref" AS "Order Ref", i."SKU" AS "SKU", i."Qty" AS "Qty", i."Unit Price" AS "Unit Price", i."Tags" AS "Tags", i."Attrs" AS "Attrs", i."Created At" AS "Created At"
          FROM public."Customers" AS c,
               "Sales"."Order Items" AS i
         WHERE i."Order Ref" = c.id
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public."Customer Items" ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_ef18b9ce83d10189 ON public."Customer Items" (__pgt_row_id);
COMMENT ON TABLE public."Customer Items" IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public."Customer Items"'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'Customer Items', 'public.Customer Items', 'ef18b9ce83d10189', 'SELECT c.id AS "Customer", c."Name", c."Region", c.nicknames, i."Item ID", i."SKU", i."Qty" FROM "Customers" AS c JOIN "Sales"."Order Items" AS i ON i."Order Ref" = c.id', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_ef18b9ce83d10189', 2, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales.Order Items', 'TABLE', true, ARRAY['Item ID', 'Order Ref', 'SKU', 'Qty', 'Unit Price', 'Tags', 'Attrs', 'Created At']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.Customer Items';
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.Customers', 'TABLE', true, ARRAY['id', 'Name', 'Region', 'nicknames']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.Customer Items';

-- Refresh function, called by pg_trickle.refresh('public."Customer Items"').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_ef18b9ce83d10189(p_full boolean) RETURNS text
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
     WHERE stable_name = 'public.Customer Items';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- Nothing to do when no source has an unconsumed change.
        IF NOT EXISTS (SELECT 1 FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           AND NOT EXISTS (SELECT 1 FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Changes of Sales.Order Items that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'Sales.Order Items' AND d.consumes_changes
                      AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
            -- Changes of public.Customers that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.Customers' AND d.consumes_changes
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
           WHERE pgt_schema = 'public' AND pgt_name = 'Customer Items'
        ),
        -- scan public.Customers: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_customers AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c.id, c."Name", c."Region", c.nicknames
            FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- scan Sales.Order Items: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_order_items AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c."Item ID", c."Order Ref", c."SKU", c."Qty", c."Unit Price", c."Tags", c."Attrs", c."Created At"
            FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- inner join (bilinear): the sum of
        --     d(c) JOIN i
        --   + c' JOIN d(i)
        -- (d(X) holds the changes of X, X' its current state, X its state at the previous refresh)
        delta_join AS (
          SELECT c.__pgt_w * i.__pgt_w AS __pgt_w, c.id AS id, c."Name" AS "Name", c."Region" AS "Region", c.nicknames AS nicknames, i."Item ID" AS "Item ID", i."Order Ref" AS "Order Ref", i."SKU" AS "SKU", i."Qty" AS "Qty", i."Unit Price" AS "Unit Price", i."Tags" AS "Tags", i."Attrs" AS "Attrs", i."Created At" AS "Created At"
            FROM delta_customers AS c,
                 (
            SELECT 1::bigint AS __pgt_w, "Item ID", "Order Ref", "SKU", "Qty", "Unit Price", "Tags", "Attrs", "Created At" FROM "Sales"."Order Items"
            UNION ALL
            SELECT -__pgt_w, "Item ID", "Order Ref", "SKU", "Qty", "Unit Price", "Tags", "Attrs", "Created At" FROM delta_order_items
          ) AS i
           WHERE i."Order Ref" = c.id
          UNION ALL
          SELECT i.__pgt_w AS __pgt_w, c.id AS id, c."Name" AS "Name", c."Region" AS "Region", c.nicknames AS nicknames, i."Item ID" AS "Item ID", i."Order Ref" AS "Order Ref", i."SKU" AS "SKU", i."Qty" AS "Qty", i."Unit Price" AS "Unit Price", i."Tags" AS "Tags", i."Attrs" AS "Attrs", i."Created At" AS "Created At"
            FROM public."Customers" AS c,
                 delta_order_items AS i
           WHERE i."Order Ref" = c.id
        ),
        -- project (linear): each changed row, projected
        delta_project AS (
          SELECT d.__pgt_w, d.id AS "Customer", d."Name" AS "Name", d."Region" AS "Region", d.nicknames AS nicknames, d."Item ID" AS "Item ID", d."SKU" AS "SKU", d."Qty" AS "Qty"
            FROM delta_join AS d
        ),
        -- consolidate: identical rows with opposite weights cancel out
        __pgt_net AS (
          SELECT d."Customer", d."Name", d."Region", d.nicknames, d."Item ID", d."SKU", d."Qty", sum(d.__pgt_w)::bigint AS __pgt_w
            FROM delta_project AS d
           GROUP BY d."Customer", d."Name", d."Region", d.nicknames, d."Item ID", d."SKU", d."Qty"
          HAVING sum(d.__pgt_w) <> 0
        ),
        -- one row per key: the new version if there is one (update or insert), else the deletion
        __pgt_apply AS (
          SELECT DISTINCT ON (hash_record_extended(ROW(n."Customer", n."Item ID"), 0), n."Customer", n."Item ID") hash_record_extended(ROW(n."Customer", n."Item ID"), 0) AS __pgt_row_id, n."Customer", n."Name", n."Region", n.nicknames, n."Item ID", n."SKU", n."Qty", n.__pgt_w
            FROM __pgt_net AS n
           ORDER BY hash_record_extended(ROW(n."Customer", n."Item ID"), 0), n."Customer", n."Item ID", n.__pgt_w DESC
        )
        MERGE INTO public."Customer Items" AS s
        USING __pgt_apply AS a
           ON s.__pgt_row_id = a.__pgt_row_id AND s."Customer" = a."Customer" AND s."Item ID" = a."Item ID"
         WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
         WHEN MATCHED THEN UPDATE SET "Customer" = a."Customer", "Name" = a."Name", "Region" = a."Region", nicknames = a.nicknames, "Item ID" = a."Item ID", "SKU" = a."SKU", "Qty" = a."Qty"
         WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT ("Customer", "Name", "Region", nicknames, "Item ID", "SKU", "Qty", __pgt_row_id) VALUES (a."Customer", a."Name", a."Region", a.nicknames, a."Item ID", a."SKU", a."Qty", a.__pgt_row_id);

        -- A TRUNCATE records no rows, so it cannot be differentiated.
        IF EXISTS (SELECT 1 FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c WHERE c.__pgt_action = 'T' AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark))
           OR EXISTS (SELECT 1 FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c WHERE c.__pgt_action = 'T' AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSE
            -- Changes of Sales.Order Items that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'Sales.Order Items' AND d.consumes_changes
                      AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
            -- Changes of public.Customers that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'public.Customers' AND d.consumes_changes
                      AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
            RETURN 'DIFFERENTIAL';
        END IF;
    END IF;

    -- Full recomputation.
    DELETE FROM public."Customer Items";
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0)
         WHERE pgt_schema = 'public' AND pgt_name = 'Customer Items'
    )
    INSERT INTO public."Customer Items" ("Customer", "Name", "Region", nicknames, "Item ID", "SKU", "Qty", __pgt_row_id)
    SELECT r."Customer", r."Name", r."Region", r.nicknames, r."Item ID", r."SKU", r."Qty", hash_record_extended(ROW(r."Customer", r."Item ID"), 0) AS __pgt_row_id
      FROM (
        SELECT i.id AS "Customer", i."Name" AS "Name", i."Region" AS "Region", i.nicknames AS nicknames, i."Item ID" AS "Item ID", i."SKU" AS "SKU", i."Qty" AS "Qty"
          FROM (
          SELECT c.id AS id, c."Name" AS "Name", c."Region" AS "Region", c.nicknames AS nicknames, i."Item ID" AS "Item ID", i."Order Ref" AS "Order Ref", i."SKU" AS "SKU", i."Qty" AS "Qty", i."Unit Price" AS "Unit Price", i."Tags" AS "Tags", i."Attrs" AS "Attrs", i."Created At" AS "Created At"
            FROM public."Customers" AS c,
                 "Sales"."Order Items" AS i
           WHERE i."Order Ref" = c.id
        ) AS i
      ) AS r;
    -- Changes of Sales.Order Items that every reader has consumed are deleted.
    DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
     WHERE NOT EXISTS (
           SELECT 1 FROM pg_trickle.pgt_dependencies AS d
             JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
            WHERE d.source_stable_name = 'Sales.Order Items' AND d.consumes_changes
              AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
    -- Changes of public.Customers that every reader has consumed are deleted.
    DELETE FROM pg_trickle_changes.changes_a00bb99dadf5f410 AS c
     WHERE NOT EXISTS (
           SELECT 1 FROM pg_trickle.pgt_dependencies AS d
             JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
            WHERE d.source_stable_name = 'public.Customers' AND d.consumes_changes
              AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population.
CALL pg_trickle.refresh('public."Customer Items"', full => true);

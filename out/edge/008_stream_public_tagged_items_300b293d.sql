-- trickle: stream table public.Tagged Items
--
-- refresh mode: DIFFERENTIAL
-- schedule: 45s
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT i."Item ID", i."SKU", i."Attrs" ->> 'color' AS "Colour", (i."Tags")[1] AS "First Tag", cardinality(i."Tags") AS "Tag Count", i."Tags" || CAST(ARRAY['all'] AS text[]) AS "All Tags", i."Attrs" FROM "Sales"."Order Items" AS i WHERE i."Attrs" ? 'color' OR 'sale' = ANY (i."Tags")
--
-- operator tree:
--   project "Item ID" AS Item ID, "SKU" AS SKU, "Attrs" ->> 'color' AS Colour, ("Tags")[1] AS First Tag, cardinality("Tags") AS Tag Count, "Tags" || CAST(ARRAY['all'] AS text[]) AS All Tags, "Attrs" AS Attrs
--     filter "Attrs" ? 'color' OR 'sale' = ANY ("Tags")
--       scan Sales.Order Items AS i

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public."Tagged Items" AS
  SELECT r."Item ID", r."SKU", r."Colour", r."First Tag", r."Tag Count", r."All Tags", r."Attrs", hash_record_extended(ROW(r."Item ID"), 0) AS __pgt_row_id
    FROM (
      SELECT i."Item ID" AS "Item ID", i."SKU" AS "SKU", i."Attrs" ->> 'color' AS "Colour", (i."Tags")[1] AS "First Tag", cardinality(i."Tags") AS "Tag Count", i."Tags" || CAST(ARRAY['all'] AS text[]) AS "All Tags", i."Attrs" AS "Attrs"
        FROM (
        SELECT i."Item ID", i."Order Ref", i."SKU", i."Qty", i."Unit Price", i."Tags", i."Attrs", i."Created At"
          FROM "Sales"."Order Items" AS i
         WHERE i."Attrs" ? 'color' OR 'sale' = ANY (i."Tags")
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public."Tagged Items" ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_300b293d280986b8 ON public."Tagged Items" (__pgt_row_id);
COMMENT ON TABLE public."Tagged Items" IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public."Tagged Items"'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'Tagged Items', 'public.Tagged Items', '300b293d280986b8', 'SELECT i."Item ID", i."SKU", i."Attrs" ->> ''color'' AS "Colour", (i."Tags")[1] AS "First Tag", cardinality(i."Tags") AS "Tag Count", i."Tags" || CAST(ARRAY[''all''] AS text[]) AS "All Tags", i."Attrs" FROM "Sales"."Order Items" AS i WHERE i."Attrs" ? ''color'' OR ''sale'' = ANY (i."Tags")', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_300b293d280986b8', 3, '45s', 'interval', '45 seconds'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales.Order Items', 'TABLE', true, ARRAY['Item ID', 'Order Ref', 'SKU', 'Qty', 'Unit Price', 'Tags', 'Attrs', 'Created At']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.Tagged Items';

-- Refresh function, called by pg_trickle.refresh('public."Tagged Items"').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_300b293d280986b8(p_full boolean) RETURNS text
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
     WHERE stable_name = 'public.Tagged Items';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- Nothing to do when no source has an unconsumed change.
        IF NOT EXISTS (SELECT 1 FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Changes of Sales.Order Items that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'Sales.Order Items' AND d.consumes_changes
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
           WHERE pgt_schema = 'public' AND pgt_name = 'Tagged Items'
        ),
        -- scan Sales.Order Items: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_order_items AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c."Item ID", c."Order Ref", c."SKU", c."Qty", c."Unit Price", c."Tags", c."Attrs", c."Created At"
            FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- filter (linear): changes of its input that satisfy "Attrs" ? 'color' OR 'sale' = ANY ("Tags")
        delta_filter AS (
          SELECT d.__pgt_w, d."Item ID", d."Order Ref", d."SKU", d."Qty", d."Unit Price", d."Tags", d."Attrs", d."Created At"
            FROM delta_order_items AS d
           WHERE d."Attrs" ? 'color' OR 'sale' = ANY (d."Tags")
        ),
        -- project (linear): each changed row, projected
        delta_project AS (
          SELECT d.__pgt_w, d."Item ID" AS "Item ID", d."SKU" AS "SKU", d."Attrs" ->> 'color' AS "Colour", (d."Tags")[1] AS "First Tag", cardinality(d."Tags") AS "Tag Count", d."Tags" || CAST(ARRAY['all'] AS text[]) AS "All Tags", d."Attrs" AS "Attrs"
            FROM delta_filter AS d
        ),
        -- consolidate: identical rows with opposite weights cancel out
        __pgt_net AS (
          SELECT d."Item ID", d."SKU", d."Colour", d."First Tag", d."Tag Count", d."All Tags", d."Attrs", sum(d.__pgt_w)::bigint AS __pgt_w
            FROM delta_project AS d
           GROUP BY d."Item ID", d."SKU", d."Colour", d."First Tag", d."Tag Count", d."All Tags", d."Attrs"
          HAVING sum(d.__pgt_w) <> 0
        ),
        -- one row per key: the new version if there is one (update or insert), else the deletion
        __pgt_apply AS (
          SELECT DISTINCT ON (hash_record_extended(ROW(n."Item ID"), 0), n."Item ID") hash_record_extended(ROW(n."Item ID"), 0) AS __pgt_row_id, n."Item ID", n."SKU", n."Colour", n."First Tag", n."Tag Count", n."All Tags", n."Attrs", n.__pgt_w
            FROM __pgt_net AS n
           ORDER BY hash_record_extended(ROW(n."Item ID"), 0), n."Item ID", n.__pgt_w DESC
        )
        MERGE INTO public."Tagged Items" AS s
        USING __pgt_apply AS a
           ON s.__pgt_row_id = a.__pgt_row_id AND s."Item ID" = a."Item ID"
         WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
         WHEN MATCHED THEN UPDATE SET "Item ID" = a."Item ID", "SKU" = a."SKU", "Colour" = a."Colour", "First Tag" = a."First Tag", "Tag Count" = a."Tag Count", "All Tags" = a."All Tags", "Attrs" = a."Attrs"
         WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT ("Item ID", "SKU", "Colour", "First Tag", "Tag Count", "All Tags", "Attrs", __pgt_row_id) VALUES (a."Item ID", a."SKU", a."Colour", a."First Tag", a."Tag Count", a."All Tags", a."Attrs", a.__pgt_row_id);

        -- A TRUNCATE records no rows, so it cannot be differentiated.
        IF EXISTS (SELECT 1 FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c WHERE c.__pgt_action = 'T' AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSE
            -- Changes of Sales.Order Items that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'Sales.Order Items' AND d.consumes_changes
                      AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
            RETURN 'DIFFERENTIAL';
        END IF;
    END IF;

    -- Full recomputation.
    DELETE FROM public."Tagged Items";
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0)
         WHERE pgt_schema = 'public' AND pgt_name = 'Tagged Items'
    )
    INSERT INTO public."Tagged Items" ("Item ID", "SKU", "Colour", "First Tag", "Tag Count", "All Tags", "Attrs", __pgt_row_id)
    SELECT r."Item ID", r."SKU", r."Colour", r."First Tag", r."Tag Count", r."All Tags", r."Attrs", hash_record_extended(ROW(r."Item ID"), 0) AS __pgt_row_id
      FROM (
        SELECT i."Item ID" AS "Item ID", i."SKU" AS "SKU", i."Attrs" ->> 'color' AS "Colour", (i."Tags")[1] AS "First Tag", cardinality(i."Tags") AS "Tag Count", i."Tags" || CAST(ARRAY['all'] AS text[]) AS "All Tags", i."Attrs" AS "Attrs"
          FROM (
          SELECT i."Item ID", i."Order Ref", i."SKU", i."Qty", i."Unit Price", i."Tags", i."Attrs", i."Created At"
            FROM "Sales"."Order Items" AS i
           WHERE i."Attrs" ? 'color' OR 'sale' = ANY (i."Tags")
        ) AS i
      ) AS r;
    -- Changes of Sales.Order Items that every reader has consumed are deleted.
    DELETE FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
     WHERE NOT EXISTS (
           SELECT 1 FROM pg_trickle.pgt_dependencies AS d
             JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
            WHERE d.source_stable_name = 'Sales.Order Items' AND d.consumes_changes
              AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population.
CALL pg_trickle.refresh('public."Tagged Items"', full => true);

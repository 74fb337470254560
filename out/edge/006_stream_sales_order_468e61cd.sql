-- trickle: stream table Sales.order
--
-- refresh mode: DIFFERENTIAL
-- schedule: */5 * * * *
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT "SKU", "Revenue", "Total Qty" / "Line Count" AS "Avg Qty" FROM "Sales"."Item Totals" WHERE "Revenue" IS NOT NULL
--
-- operator tree:
--   project "SKU" AS SKU, "Revenue" AS Revenue, "Total Qty" / "Line Count" AS Avg Qty
--     filter "Revenue" IS NOT NULL
--       scan Sales.Item Totals (stream table)

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE "Sales"."order" AS
  SELECT r."SKU", r."Revenue", r."Avg Qty", hash_record_extended(ROW(r."SKU"), 0) AS __pgt_row_id
    FROM (
      SELECT i."SKU" AS "SKU", i."Revenue" AS "Revenue", i."Total Qty" / i."Line Count" AS "Avg Qty"
        FROM (
        SELECT "Item Totals"."SKU", "Item Totals"."Line Count", "Item Totals"."Total Qty", "Item Totals"."Revenue", "Item Totals"."Cheapest", "Item Totals"."Last Sold"
          FROM "Sales"."Item Totals" AS "Item Totals"
         WHERE "Item Totals"."Revenue" IS NOT NULL
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE "Sales"."order" ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_468e61cdb7a64e56 ON "Sales"."order" (__pgt_row_id);
COMMENT ON TABLE "Sales"."order" IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''"Sales"."order"'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('Sales', 'order', 'Sales.order', '468e61cdb7a64e56', 'SELECT "SKU", "Revenue", "Total Qty" / "Line Count" AS "Avg Qty" FROM "Sales"."Item Totals" WHERE "Revenue" IS NOT NULL', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_468e61cdb7a64e56', 1, '*/5 * * * *', 'cron', NULL, ARRAY[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]::integer[], ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]::integer[], ARRAY[0, 1, 2, 3, 4, 5, 6]::integer[], false, false);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales.Item Totals', 'STREAM_TABLE', true, ARRAY['SKU', 'Line Count', 'Total Qty', 'Revenue', 'Cheapest', 'Last Sold']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'Sales.order';

-- Refresh function, called by pg_trickle.refresh('"Sales"."order"').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_468e61cdb7a64e56(p_full boolean) RETURNS text
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
     WHERE stable_name = 'Sales.order';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- Nothing to do when no source has an unconsumed change.
        IF NOT EXISTS (SELECT 1 FROM pg_trickle_changes.changes_7dd04ba2bb1c4dfd AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Changes of Sales.Item Totals that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_7dd04ba2bb1c4dfd AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'Sales.Item Totals' AND d.consumes_changes
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
           WHERE pgt_schema = 'Sales' AND pgt_name = 'order'
        ),
        -- scan Sales.Item Totals: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_item_totals AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c."SKU", c."Line Count", c."Total Qty", c."Revenue", c."Cheapest", c."Last Sold"
            FROM pg_trickle_changes.changes_7dd04ba2bb1c4dfd AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- filter (linear): changes of its input that satisfy "Revenue" IS NOT NULL
        delta_filter AS (
          SELECT d.__pgt_w, d."SKU", d."Line Count", d."Total Qty", d."Revenue", d."Cheapest", d."Last Sold"
            FROM delta_item_totals AS d
           WHERE d."Revenue" IS NOT NULL
        ),
        -- project (linear): each changed row, projected
        delta_project AS (
          SELECT d.__pgt_w, d."SKU" AS "SKU", d."Revenue" AS "Revenue", d."Total Qty" / d."Line Count" AS "Avg Qty"
            FROM delta_filter AS d
        ),
        -- consolidate: identical rows with opposite weights cancel out
        __pgt_net AS (
          SELECT d."SKU", d."Revenue", d."Avg Qty", sum(d.__pgt_w)::bigint AS __pgt_w
            FROM delta_project AS d
           GROUP BY d."SKU", d."Revenue", d."Avg Qty"
          HAVING sum(d.__pgt_w) <> 0
        ),
        -- one row per key: the new version if there is one (update or insert), else the deletion
        __pgt_apply AS (
          SELECT DISTINCT ON (hash_record_extended(ROW(n."SKU"), 0), n."SKU") hash_record_extended(ROW(n."SKU"), 0) AS __pgt_row_id, n."SKU", n."Revenue", n."Avg Qty", n.__pgt_w
            FROM __pgt_net AS n
           ORDER BY hash_record_extended(ROW(n."SKU"), 0), n."SKU", n.__pgt_w DESC
        )
        MERGE INTO "Sales"."order" AS s
        USING __pgt_apply AS a
           ON s.__pgt_row_id = a.__pgt_row_id AND s."SKU" = a."SKU"
         WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
         WHEN MATCHED THEN UPDATE SET "SKU" = a."SKU", "Revenue" = a."Revenue", "Avg Qty" = a."Avg Qty"
         WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT ("SKU", "Revenue", "Avg Qty", __pgt_row_id) VALUES (a."SKU", a."Revenue", a."Avg Qty", a.__pgt_row_id);

        -- A TRUNCATE records no rows, so it cannot be differentiated.
        IF EXISTS (SELECT 1 FROM pg_trickle_changes.changes_7dd04ba2bb1c4dfd AS c WHERE c.__pgt_action = 'T' AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSE
            -- Changes of Sales.Item Totals that every reader has consumed are deleted.
            DELETE FROM pg_trickle_changes.changes_7dd04ba2bb1c4dfd AS c
             WHERE NOT EXISTS (
                   SELECT 1 FROM pg_trickle.pgt_dependencies AS d
                     JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
                    WHERE d.source_stable_name = 'Sales.Item Totals' AND d.consumes_changes
                      AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
            RETURN 'DIFFERENTIAL';
        END IF;
    END IF;

    -- Full recomputation.
    DELETE FROM "Sales"."order";
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0)
         WHERE pgt_schema = 'Sales' AND pgt_name = 'order'
    )
    INSERT INTO "Sales"."order" ("SKU", "Revenue", "Avg Qty", __pgt_row_id)
    SELECT r."SKU", r."Revenue", r."Avg Qty", hash_record_extended(ROW(r."SKU"), 0) AS __pgt_row_id
      FROM (
        SELECT i."SKU" AS "SKU", i."Revenue" AS "Revenue", i."Total Qty" / i."Line Count" AS "Avg Qty"
          FROM (
          SELECT "Item Totals"."SKU", "Item Totals"."Line Count", "Item Totals"."Total Qty", "Item Totals"."Revenue", "Item Totals"."Cheapest", "Item Totals"."Last Sold"
            FROM "Sales"."Item Totals" AS "Item Totals"
           WHERE "Item Totals"."Revenue" IS NOT NULL
        ) AS i
      ) AS r;
    -- Changes of Sales.Item Totals that every reader has consumed are deleted.
    DELETE FROM pg_trickle_changes.changes_7dd04ba2bb1c4dfd AS c
     WHERE NOT EXISTS (
           SELECT 1 FROM pg_trickle.pgt_dependencies AS d
             JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
            WHERE d.source_stable_name = 'Sales.Item Totals' AND d.consumes_changes
              AND NOT coalesce(pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, r.frontier, r.frontier_own_xid, r.frontier_mark), false));
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population.
CALL pg_trickle.refresh('"Sales"."order"', full => true);

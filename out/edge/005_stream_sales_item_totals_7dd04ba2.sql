-- trickle: stream table Sales.Item Totals
--
-- refresh mode: DIFFERENTIAL
-- schedule: 2m
-- maintenance: differential; per-group state in hidden columns, updated from the changes
--
-- defining query:
--   SELECT "SKU", count(*) AS "Line Count", sum("Qty") AS "Total Qty", sum("Qty" * "Unit Price") AS "Revenue", min("Unit Price") AS "Cheapest", max("Created At") AS "Last Sold" FROM "Sales"."Order Items" GROUP BY "SKU"
--
-- operator tree:
--   project __pgt_g0 AS SKU, __pgt_a0 AS Line Count, __pgt_a1 AS Total Qty, __pgt_a2 AS Revenue, __pgt_a3 AS Cheapest, __pgt_a4 AS Last Sold
--     aggregate count(*), sum("Qty"), sum("Qty" * "Unit Price"), min("Unit Price"), max("Created At") group by "SKU"
--       scan Sales.Order Items

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id, __pgt_count, __pgt_nonnull_1, __pgt_nonnull_2).
CREATE TABLE "Sales"."Item Totals" AS
  SELECT i."SKU" AS "SKU",
         count(*) AS "Line Count",
         sum(i."Qty") AS "Total Qty",
         sum(i."Qty" * i."Unit Price") AS "Revenue",
         min(i."Unit Price") AS "Cheapest",
         max(i."Created At") AS "Last Sold",
         hash_record_extended(ROW(i."SKU"), 0) AS __pgt_row_id,
         count(*) AS __pgt_count,
         count(i."Qty") AS __pgt_nonnull_1,
         count(i."Qty" * i."Unit Price") AS __pgt_nonnull_2
    FROM (
      SELECT "Item ID", "Order Ref", "SKU", "Qty", "Unit Price", "Tags", "Attrs", "Created At" FROM "Sales"."Order Items"
    ) AS i
   GROUP BY i."SKU"
  WITH NO DATA;
ALTER TABLE "Sales"."Item Totals" ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_7dd04ba2bb1c4dfd ON "Sales"."Item Totals" (__pgt_row_id);
COMMENT ON TABLE "Sales"."Item Totals" IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''"Sales"."Item Totals"'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('Sales', 'Item Totals', 'Sales.Item Totals', '7dd04ba2bb1c4dfd', 'SELECT "SKU", count(*) AS "Line Count", sum("Qty") AS "Total Qty", sum("Qty" * "Unit Price") AS "Revenue", min("Unit Price") AS "Cheapest", max("Created At") AS "Last Sold" FROM "Sales"."Order Items" GROUP BY "SKU"', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'aggregate', 'refresh_7dd04ba2bb1c4dfd', 0, '2m', 'interval', '2 minutes'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'Sales.Order Items', 'TABLE', true, ARRAY['Item ID', 'Order Ref', 'SKU', 'Qty', 'Unit Price', 'Tags', 'Attrs', 'Created At']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'Sales.Item Totals';

-- Refresh function, called by pg_trickle.refresh('"Sales"."Item Totals"').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_7dd04ba2bb1c4dfd(p_full boolean) RETURNS text
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
     WHERE stable_name = 'Sales.Item Totals';
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
           WHERE pgt_schema = 'Sales' AND pgt_name = 'Item Totals'
        ),
        -- scan Sales.Order Items: changes not yet consumed (an UPDATE is a deletion and an insertion)
        delta_order_items AS (
          SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END::bigint AS __pgt_w, c."Item ID", c."Order Ref", c."SKU", c."Qty", c."Unit Price", c."Tags", c."Attrs", c."Created At"
            FROM pg_trickle_changes.changes_beb66fa32e5d012c AS c
           WHERE c.__pgt_action IN ('I', 'D')
             AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
        ),
        -- aggregate: per changed group, the change in count, sums and extremes
        __pgt_delta_groups AS (
          SELECT d."SKU" AS __pgt_g0,
                 sum(d.__pgt_w)::bigint AS __pgt_d_count,
                 sum(d.__pgt_w)::bigint AS __pgt_d_value_0,
                 coalesce(sum(d.__pgt_w) FILTER (WHERE d."Qty" IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_1,
                 sum((d."Qty") * d.__pgt_w) AS __pgt_d_value_1,
                 coalesce(sum(d.__pgt_w) FILTER (WHERE d."Qty" * d."Unit Price" IS NOT NULL), 0)::bigint AS __pgt_d_nonnull_2,
                 sum((d."Qty" * d."Unit Price") * d.__pgt_w) AS __pgt_d_value_2,
                 min(d."Unit Price") FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_3,
                 min(d."Unit Price") FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_3,
                 max(d."Created At") FILTER (WHERE d.__pgt_w > 0) AS __pgt_ins_4,
                 max(d."Created At") FILTER (WHERE d.__pgt_w < 0) AS __pgt_del_4
            FROM delta_order_items AS d
           GROUP BY d."SKU"
        ),
        -- each changed group with its stored state; a group is recomputed from the sources when a deleted value may have been its MIN/MAX
        __pgt_groups AS (
          SELECT g.*,
                 s.__pgt_row_id IS NOT NULL AS __pgt_stored,
                 coalesce(s.__pgt_count, 0) AS __pgt_old_count,
                 s."Line Count" AS __pgt_old_value_0,
                 s."Total Qty" AS __pgt_old_value_1,
                 s."Revenue" AS __pgt_old_value_2,
                 s."Cheapest" AS __pgt_old_value_3,
                 s."Last Sold" AS __pgt_old_value_4,
                 coalesce(s.__pgt_nonnull_1, 0) AS __pgt_old_nonnull_1,
                 coalesce(s.__pgt_nonnull_2, 0) AS __pgt_old_nonnull_2,
                 (g.__pgt_del_3 IS NOT NULL AND (s."Cheapest" IS NULL OR g.__pgt_del_3 <= s."Cheapest"))
                     OR (g.__pgt_del_4 IS NOT NULL AND (s."Last Sold" IS NULL OR g.__pgt_del_4 >= s."Last Sold")) AS __pgt_rescan
            FROM __pgt_delta_groups AS g
            LEFT JOIN "Sales"."Item Totals" AS s ON s.__pgt_row_id = hash_record_extended(ROW(g.__pgt_g0), 0) AND s."SKU" = g.__pgt_g0
        ),
        -- recompute each flagged group from the current sources (without GROUP BY, an empty group still yields its one row)
        __pgt_rescanned AS (
          SELECT g.__pgt_g0, r.__pgt_count, r.__pgt_value_0, r.__pgt_value_1, r.__pgt_nonnull_1, r.__pgt_value_2, r.__pgt_nonnull_2, r.__pgt_value_3, r.__pgt_value_4
            FROM __pgt_groups AS g
           CROSS JOIN LATERAL (
             SELECT count(*) AS __pgt_count,
                    count(*) AS __pgt_value_0,
                    sum(i."Qty") AS __pgt_value_1,
                    count(i."Qty") AS __pgt_nonnull_1,
                    sum(i."Qty" * i."Unit Price") AS __pgt_value_2,
                    count(i."Qty" * i."Unit Price") AS __pgt_nonnull_2,
                    min(i."Unit Price") AS __pgt_value_3,
                    max(i."Created At") AS __pgt_value_4
               FROM (
                SELECT "Item ID", "Order Ref", "SKU", "Qty", "Unit Price", "Tags", "Attrs", "Created At" FROM "Sales"."Order Items"
               ) AS i
              WHERE i."SKU" = g.__pgt_g0
           ) AS r
           WHERE g.__pgt_rescan
        ),
        -- new state of each changed group: stored state + change, or the recomputed state
        __pgt_new_state AS (
          SELECT g.__pgt_g0 AS __pgt_g0,
                 g.__pgt_old_count + g.__pgt_d_count AS __pgt_count,
                 coalesce(g.__pgt_old_value_0, 0) + g.__pgt_d_value_0 AS __pgt_value_0,
                 CASE WHEN g.__pgt_old_nonnull_1 + g.__pgt_d_nonnull_1 = 0 THEN NULL WHEN g.__pgt_old_value_1 IS NULL THEN g.__pgt_d_value_1 WHEN g.__pgt_d_value_1 IS NULL THEN g.__pgt_old_value_1 ELSE g.__pgt_old_value_1 + g.__pgt_d_value_1 END AS __pgt_value_1,
                 g.__pgt_old_nonnull_1 + g.__pgt_d_nonnull_1 AS __pgt_nonnull_1,
                 CASE WHEN g.__pgt_old_nonnull_2 + g.__pgt_d_nonnull_2 = 0 THEN NULL WHEN g.__pgt_old_value_2 IS NULL THEN g.__pgt_d_value_2 WHEN g.__pgt_d_value_2 IS NULL THEN g.__pgt_old_value_2 ELSE g.__pgt_old_value_2 + g.__pgt_d_value_2 END AS __pgt_value_2,
                 g.__pgt_old_nonnull_2 + g.__pgt_d_nonnull_2 AS __pgt_nonnull_2,
                 least(g.__pgt_old_value_3, g.__pgt_ins_3) AS __pgt_value_3,
                 greatest(g.__pgt_old_value_4, g.__pgt_ins_4) AS __pgt_value_4
            FROM __pgt_groups AS g
           WHERE NOT g.__pgt_rescan
          UNION ALL
          SELECT * FROM __pgt_rescanned
        ),
        -- rows in storage layout; a group stays while it has rows
        __pgt_apply AS (
          SELECT hash_record_extended(ROW(n.__pgt_g0), 0) AS __pgt_row_id,
                 n.__pgt_g0 AS "SKU",
                 n.__pgt_value_0 AS "Line Count",
                 n.__pgt_value_1 AS "Total Qty",
                 n.__pgt_value_2 AS "Revenue",
                 n.__pgt_value_3 AS "Cheapest",
                 n.__pgt_value_4 AS "Last Sold",
                 n.__pgt_count,
                 n.__pgt_nonnull_1 AS __pgt_nonnull_1,
                 n.__pgt_nonnull_2 AS __pgt_nonnull_2,
                 n.__pgt_count > 0 AS __pgt_keep
            FROM __pgt_new_state AS n
        )
        MERGE INTO "Sales"."Item Totals" AS s
        USING __pgt_apply AS a
           ON s.__pgt_row_id = a.__pgt_row_id AND s."SKU" = a."SKU"
         WHEN MATCHED AND NOT a.__pgt_keep THEN DELETE
         WHEN MATCHED THEN UPDATE SET "SKU" = a."SKU", "Line Count" = a."Line Count", "Total Qty" = a."Total Qty", "Revenue" = a."Revenue", "Cheapest" = a."Cheapest", "Last Sold" = a."Last Sold", __pgt_count = a.__pgt_count, __pgt_nonnull_1 = a.__pgt_nonnull_1, __pgt_nonnull_2 = a.__pgt_nonnull_2
         WHEN NOT MATCHED AND a.__pgt_keep THEN INSERT ("SKU", "Line Count", "Total Qty", "Revenue", "Cheapest", "Last Sold", __pgt_row_id, __pgt_count, __pgt_nonnull_1, __pgt_nonnull_2) VALUES (a."SKU", a."Line Count", a."Total Qty", a."Revenue", a."Cheapest", a."Last Sold", a.__pgt_row_id, a.__pgt_count, a.__pgt_nonnull_1, a.__pgt_nonnull_2);

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
    DELETE FROM "Sales"."Item Totals";
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0)
         WHERE pgt_schema = 'Sales' AND pgt_name = 'Item Totals'
    )
    INSERT INTO "Sales"."Item Totals" ("SKU", "Line Count", "Total Qty", "Revenue", "Cheapest", "Last Sold", __pgt_row_id, __pgt_count, __pgt_nonnull_1, __pgt_nonnull_2)
    SELECT i."SKU" AS "SKU",
           count(*) AS "Line Count",
           sum(i."Qty") AS "Total Qty",
           sum(i."Qty" * i."Unit Price") AS "Revenue",
           min(i."Unit Price") AS "Cheapest",
           max(i."Created At") AS "Last Sold",
           hash_record_extended(ROW(i."SKU"), 0) AS __pgt_row_id,
           count(*) AS __pgt_count,
           count(i."Qty") AS __pgt_nonnull_1,
           count(i."Qty" * i."Unit Price") AS __pgt_nonnull_2
      FROM (
        SELECT "Item ID", "Order Ref", "SKU", "Qty", "Unit Price", "Tags", "Attrs", "Created At" FROM "Sales"."Order Items"
      ) AS i
     GROUP BY i."SKU";
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

-- trickle: change capture for Sales.Item Totals (stream table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_7dd04ba2bb1c4dfd: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows, a TRUNCATE
-- as one 'T' marker (readers then recompute). Each row records the writing
-- transaction (__pgt_xid): a refresh consumes exactly the changes visible in
-- its snapshot and not in the previous refresh's, whatever order writers
-- commit in.
CREATE TABLE IF NOT EXISTS pg_trickle_changes.changes_7dd04ba2bb1c4dfd AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s."SKU", s."Line Count", s."Total Qty", s."Revenue", s."Cheapest", s."Last Sold"
  FROM "Sales"."Item Totals" AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_7dd04ba2bb1c4dfd
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_7dd04ba2bb1c4dfd IS 'trickle: changes of Sales.Item Totals';

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7dd04ba2bb1c4dfd() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_7dd04ba2bb1c4dfd (__pgt_action, "SKU", "Line Count", "Total Qty", "Revenue", "Cheapest", "Last Sold")
        SELECT 'I', n."SKU", n."Line Count", n."Total Qty", n."Revenue", n."Cheapest", n."Last Sold" FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_7dd04ba2bb1c4dfd (__pgt_action, "SKU", "Line Count", "Total Qty", "Revenue", "Cheapest", "Last Sold")
        SELECT 'D', o."SKU", o."Line Count", o."Total Qty", o."Revenue", o."Cheapest", o."Last Sold" FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n."SKU", n."Line Count", n."Total Qty", n."Revenue", n."Cheapest", n."Last Sold" FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_7dd04ba2bb1c4dfd (__pgt_action, "SKU", "Line Count", "Total Qty", "Revenue", "Cheapest", "Last Sold")
        SELECT 'D', o."SKU", o."Line Count", o."Total Qty", o."Revenue", o."Cheapest", o."Last Sold" FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle_changes.changes_7dd04ba2bb1c4dfd (__pgt_action) VALUES ('T');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_7dd04ba2bb1c4dfd AFTER INSERT ON "Sales"."Item Totals"
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7dd04ba2bb1c4dfd();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_7dd04ba2bb1c4dfd AFTER UPDATE ON "Sales"."Item Totals"
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7dd04ba2bb1c4dfd();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_7dd04ba2bb1c4dfd AFTER DELETE ON "Sales"."Item Totals"
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7dd04ba2bb1c4dfd();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_7dd04ba2bb1c4dfd AFTER TRUNCATE ON "Sales"."Item Totals"
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_7dd04ba2bb1c4dfd();

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function)
VALUES ('Sales.Item Totals', 'Sales', 'Item Totals', '7dd04ba2bb1c4dfd', 'pg_trickle_changes', 'changes_7dd04ba2bb1c4dfd', 'pg_trickle_cdc_fn_7dd04ba2bb1c4dfd')
ON CONFLICT (source_stable_name) DO NOTHING;

-- Initial population.
CALL pg_trickle.refresh('"Sales"."Item Totals"', full => true);

-- trickle: change capture for Sales.Order Items (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_beb66fa32e5d012c: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows, a TRUNCATE
-- as one 'T' marker (readers then recompute). Each row records the writing
-- transaction (__pgt_xid): a refresh consumes exactly the changes visible in
-- its snapshot and not in the previous refresh's, whatever order writers
-- commit in.
CREATE TABLE IF NOT EXISTS pg_trickle_changes.changes_beb66fa32e5d012c AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s."Item ID", s."Order Ref", s."SKU", s."Qty", s."Unit Price", s."Tags", s."Attrs", s."Created At"
  FROM "Sales"."Order Items" AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_beb66fa32e5d012c
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_beb66fa32e5d012c IS 'trickle: changes of Sales.Order Items';

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_beb66fa32e5d012c() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_beb66fa32e5d012c (__pgt_action, "Item ID", "Order Ref", "SKU", "Qty", "Unit Price", "Tags", "Attrs", "Created At")
        SELECT 'I', n."Item ID", n."Order Ref", n."SKU", n."Qty", n."Unit Price", n."Tags", n."Attrs", n."Created At" FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_beb66fa32e5d012c (__pgt_action, "Item ID", "Order Ref", "SKU", "Qty", "Unit Price", "Tags", "Attrs", "Created At")
        SELECT 'D', o."Item ID", o."Order Ref", o."SKU", o."Qty", o."Unit Price", o."Tags", o."Attrs", o."Created At" FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n."Item ID", n."Order Ref", n."SKU", n."Qty", n."Unit Price", n."Tags", n."Attrs", n."Created At" FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_beb66fa32e5d012c (__pgt_action, "Item ID", "Order Ref", "SKU", "Qty", "Unit Price", "Tags", "Attrs", "Created At")
        SELECT 'D', o."Item ID", o."Order Ref", o."SKU", o."Qty", o."Unit Price", o."Tags", o."Attrs", o."Created At" FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle_changes.changes_beb66fa32e5d012c (__pgt_action) VALUES ('T');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_beb66fa32e5d012c AFTER INSERT ON "Sales"."Order Items"
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_beb66fa32e5d012c();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_beb66fa32e5d012c AFTER UPDATE ON "Sales"."Order Items"
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_beb66fa32e5d012c();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_beb66fa32e5d012c AFTER DELETE ON "Sales"."Order Items"
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_beb66fa32e5d012c();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_beb66fa32e5d012c AFTER TRUNCATE ON "Sales"."Order Items"
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_beb66fa32e5d012c();

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function)
VALUES ('Sales.Order Items', 'Sales', 'Order Items', 'beb66fa32e5d012c', 'pg_trickle_changes', 'changes_beb66fa32e5d012c', 'pg_trickle_cdc_fn_beb66fa32e5d012c')
ON CONFLICT (source_stable_name) DO NOTHING;

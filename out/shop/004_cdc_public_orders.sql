-- trickle: change capture for public.orders (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_3f03617b84bc4ef6: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows, a TRUNCATE
-- as one 'T' marker (readers then recompute). Each row records the writing
-- transaction (__pgt_xid): a refresh consumes exactly the changes visible in
-- its snapshot and not in the previous refresh's, whatever order writers
-- commit in.
CREATE TABLE IF NOT EXISTS pg_trickle_changes.changes_3f03617b84bc4ef6 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.id, s.customer_id, s.status, s.created_at
  FROM public.orders AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_3f03617b84bc4ef6
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_3f03617b84bc4ef6 IS 'trickle: changes of public.orders';

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_3f03617b84bc4ef6() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_3f03617b84bc4ef6 (__pgt_action, id, customer_id, status, created_at)
        SELECT 'I', n.id, n.customer_id, n.status, n.created_at FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_3f03617b84bc4ef6 (__pgt_action, id, customer_id, status, created_at)
        SELECT 'D', o.id, o.customer_id, o.status, o.created_at FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.id, n.customer_id, n.status, n.created_at FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_3f03617b84bc4ef6 (__pgt_action, id, customer_id, status, created_at)
        SELECT 'D', o.id, o.customer_id, o.status, o.created_at FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle_changes.changes_3f03617b84bc4ef6 (__pgt_action) VALUES ('T');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_3f03617b84bc4ef6 AFTER INSERT ON public.orders
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_3f03617b84bc4ef6();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_3f03617b84bc4ef6 AFTER UPDATE ON public.orders
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_3f03617b84bc4ef6();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_3f03617b84bc4ef6 AFTER DELETE ON public.orders
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_3f03617b84bc4ef6();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_3f03617b84bc4ef6 AFTER TRUNCATE ON public.orders
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_3f03617b84bc4ef6();

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function)
VALUES ('public.orders', 'public', 'orders', '3f03617b84bc4ef6', 'pg_trickle_changes', 'changes_3f03617b84bc4ef6', 'pg_trickle_cdc_fn_3f03617b84bc4ef6')
ON CONFLICT (source_stable_name) DO NOTHING;

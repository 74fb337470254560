-- trickle: change capture for public.events (table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_c63077dab724f8f8: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows, a TRUNCATE
-- as one 'T' marker (readers then recompute). Each row records the writing
-- transaction (__pgt_xid): a refresh consumes exactly the changes visible in
-- its snapshot and not in the previous refresh's, whatever order writers
-- commit in.
CREATE TABLE IF NOT EXISTS pg_trickle_changes.changes_c63077dab724f8f8 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.kind, s."Group", s.amount, s.payload, s.seen
  FROM public.events AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_c63077dab724f8f8
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_c63077dab724f8f8 IS 'trickle: changes of public.events';

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_c63077dab724f8f8() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_c63077dab724f8f8 (__pgt_action, kind, "Group", amount, payload, seen)
        SELECT 'I', n.kind, n."Group", n.amount, n.payload, n.seen FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_c63077dab724f8f8 (__pgt_action, kind, "Group", amount, payload, seen)
        SELECT 'D', o.kind, o."Group", o.amount, o.payload, o.seen FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.kind, n."Group", n.amount, n.payload, n.seen FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_c63077dab724f8f8 (__pgt_action, kind, "Group", amount, payload, seen)
        SELECT 'D', o.kind, o."Group", o.amount, o.payload, o.seen FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle_changes.changes_c63077dab724f8f8 (__pgt_action) VALUES ('T');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_c63077dab724f8f8 AFTER INSERT ON public.events
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_c63077dab724f8f8();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_c63077dab724f8f8 AFTER UPDATE ON public.events
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_c63077dab724f8f8();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_c63077dab724f8f8 AFTER DELETE ON public.events
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_c63077dab724f8f8();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_c63077dab724f8f8 AFTER TRUNCATE ON public.events
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_c63077dab724f8f8();

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function)
VALUES ('public.events', 'public', 'events', 'c63077dab724f8f8', 'pg_trickle_changes', 'changes_c63077dab724f8f8', 'pg_trickle_cdc_fn_c63077dab724f8f8')
ON CONFLICT (source_stable_name) DO NOTHING;

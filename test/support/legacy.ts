/**
 * Turns a trickle install into an OID-named ("pg_trickle-style") one, the
 * kind `trickle adopt` takes over: change buffers `changes_<oid>` with
 * indexes `idx_changes_<oid>_*`, row-level triggers `pg_trickle_cdc_<oid>`
 * calling `pg_trickle_cdc_fn_<oid>()`, a catalog keyed by table OID and
 * frontiers as JSON keyed by source OID.
 */
export const LEGACYIZE_SQL = String.raw`
DO $legacy$
DECLARE
    t record;
    oid_ oid;
    op text;
BEGIN
    FOR t IN SELECT * FROM pg_trickle.pgt_change_tracking ORDER BY source_stable_name LOOP
        oid_ := pg_catalog.format('%I.%I', t.source_schema, t.source_table)::regclass::oid;
        FOREACH op IN ARRAY ARRAY['ins', 'upd', 'del', 'trunc'] LOOP
            EXECUTE pg_catalog.format('DROP TRIGGER %I ON %I.%I', 'pg_trickle_cdc_' || op || '_' || t.stable_hash, t.source_schema, t.source_table);
        END LOOP;
        EXECUTE pg_catalog.format('DROP FUNCTION pg_trickle_changes.%I()', t.trigger_function);
        EXECUTE pg_catalog.format('ALTER TABLE pg_trickle_changes.%I RENAME TO %I', t.buffer_table, 'changes_' || oid_);
        EXECUTE pg_catalog.format('ALTER TABLE pg_trickle_changes.%I SET LOGGED', 'changes_' || oid_);
        -- An OID-named install keeps TRUNCATE markers in the buffer, as 'T' rows.
        EXECUTE pg_catalog.format('INSERT INTO pg_trickle_changes.%I (__pgt_change_id, __pgt_xid, __pgt_action) SELECT __pgt_change_id, __pgt_xid, %L FROM pg_trickle.pgt_truncations WHERE source_stable_name = %L',
                                  'changes_' || oid_, 'T', t.source_stable_name);
        EXECUTE pg_catalog.format('CREATE INDEX %I ON pg_trickle_changes.%I (__pgt_change_id) WHERE __pgt_action = %L', 'idx_changes_' || oid_ || '_truncations', 'changes_' || oid_, 'T');
        EXECUTE pg_catalog.format('CREATE INDEX %I ON pg_trickle_changes.%I (__pgt_change_id)', 'idx_changes_' || oid_ || '_cid', 'changes_' || oid_);
        EXECUTE pg_catalog.format($f$
            CREATE FUNCTION pg_trickle_changes.%I() RETURNS trigger LANGUAGE plpgsql AS $body$
            BEGIN
                IF TG_OP IN ('UPDATE', 'DELETE') THEN
                    INSERT INTO pg_trickle_changes.%I SELECT nextval('pg_trickle.pgt_change_seq'), pg_current_xact_id(), 'D', OLD.*;
                END IF;
                IF TG_OP IN ('INSERT', 'UPDATE') THEN
                    INSERT INTO pg_trickle_changes.%I SELECT nextval('pg_trickle.pgt_change_seq'), pg_current_xact_id(), 'I', NEW.*;
                END IF;
                RETURN NULL;
            END $body$$f$, 'pg_trickle_cdc_fn_' || oid_, 'changes_' || oid_, 'changes_' || oid_);
        EXECUTE pg_catalog.format($f$
            CREATE FUNCTION pg_trickle_changes.%I() RETURNS trigger LANGUAGE plpgsql AS $body$
            BEGIN
                INSERT INTO pg_trickle_changes.%I (__pgt_action) VALUES ('T');
                RETURN NULL;
            END $body$$f$, 'pg_trickle_cdc_truncate_fn_' || oid_, 'changes_' || oid_);
        EXECUTE pg_catalog.format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I.%I FOR EACH ROW EXECUTE FUNCTION pg_trickle_changes.%I()',
                                  'pg_trickle_cdc_' || oid_, t.source_schema, t.source_table, 'pg_trickle_cdc_fn_' || oid_);
        EXECUTE pg_catalog.format('CREATE TRIGGER %I AFTER TRUNCATE ON %I.%I FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.%I()',
                                  'pg_trickle_cdc_truncate_' || oid_, t.source_schema, t.source_table, 'pg_trickle_cdc_truncate_fn_' || oid_);
    END LOOP;
    FOR t IN SELECT refresh_function FROM pg_trickle.pgt_stream_tables LOOP
        EXECUTE pg_catalog.format('DROP FUNCTION pg_trickle.%I(boolean)', t.refresh_function);
    END LOOP;
END
$legacy$;

CREATE TABLE pg_trickle.legacy_stream_tables AS
SELECT s.pgt_id, pg_catalog.format('%I.%I', s.pgt_schema, s.pgt_name)::regclass::oid AS pgt_relid, s.pgt_schema, s.pgt_name,
       s.defining_query, s.refresh_mode, s.schedule, s.is_populated, s.last_refresh_at,
       (SELECT pg_catalog.jsonb_object_agg(pg_catalog.to_regclass(pg_catalog.quote_ident(pg_catalog.split_part(d.source_stable_name, '.', 1)) || '.' ||
                                           pg_catalog.quote_ident(pg_catalog.split_part(d.source_stable_name, '.', 2)))::oid::text,
                                           pg_catalog.jsonb_build_object('snapshot', s.frontier::text))
          FROM pg_trickle.pgt_dependencies d WHERE d.pgt_id = s.pgt_id AND d.consumes_changes) AS frontier
  FROM pg_trickle.pgt_stream_tables s;
CREATE TABLE pg_trickle.legacy_dependencies AS
SELECT d.pgt_id, pg_catalog.to_regclass(pg_catalog.quote_ident(pg_catalog.split_part(d.source_stable_name, '.', 1)) || '.' ||
                                        pg_catalog.quote_ident(pg_catalog.split_part(d.source_stable_name, '.', 2)))::oid AS source_relid,
       d.source_kind AS source_type, d.columns_used
  FROM pg_trickle.pgt_dependencies d;
CREATE TABLE pg_trickle.legacy_change_tracking AS
SELECT pg_catalog.format('%I.%I', c.source_schema, c.source_table)::regclass::oid AS source_relid,
       ARRAY(SELECT d.pgt_id FROM pg_trickle.pgt_dependencies d WHERE d.source_stable_name = c.source_stable_name ORDER BY 1) AS tracked_by_pgt_ids
  FROM pg_trickle.pgt_change_tracking c;
DROP TABLE pg_trickle.pgt_dependencies, pg_trickle.pgt_change_tracking, pg_trickle.pgt_stream_tables, pg_trickle.pgt_migrations, pg_trickle.pgt_truncations, pg_trickle.pgt_buffer_generations CASCADE;
ALTER TABLE pg_trickle.legacy_stream_tables RENAME TO pgt_stream_tables;
ALTER TABLE pg_trickle.legacy_dependencies RENAME TO pgt_dependencies;
ALTER TABLE pg_trickle.legacy_change_tracking RENAME TO pgt_change_tracking;
ALTER TABLE pg_trickle.pgt_change_tracking ADD PRIMARY KEY (source_relid);
ALTER TABLE pg_trickle.pgt_stream_tables ADD PRIMARY KEY (pgt_id);
`;

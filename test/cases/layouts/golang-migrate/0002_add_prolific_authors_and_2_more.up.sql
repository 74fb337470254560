-- trickle migration 0002_add_prolific_authors_and_2_more of project library
--
-- Changes:
--   create stream table public.prolific_authors
--   capture changes of public.books_per_author
--   reschedule public.books_per_author: 5m -> 10m
--
-- Apply with: psql -v ON_ERROR_STOP=1 -1 -f FILE. It records itself in pg_trickle.pgt_migrations
-- and refuses to run twice or out of order.

-- One migration at a time in this database: a second one waits here until this one commits, then
-- finds it applied (or itself out of order) rather than racing it to create the same objects.
-- And under READ COMMITTED only: a migration waits for locks (on the sources whose triggers it
-- replaces), and a snapshot taken before that wait (REPEATABLE READ, SERIALIZABLE) would not see
-- the changes of writers that commit meanwhile, whose changes would then be lost for good.
DO $pgt$
BEGIN
    IF pg_catalog.current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'pg_trickle: migrations run under READ COMMITTED, not %', pg_catalog.upper(pg_catalog.current_setting('transaction_isolation'))
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'run it with PGOPTIONS=''-c default_transaction_isolation=read\ committed'' psql -v ON_ERROR_STOP=1 -1 -f FILE';
    END IF;
    PERFORM pg_catalog.pg_advisory_xact_lock(1885828210, 1835624306);
END
$pgt$;

CALL pg_trickle.begin_migration('library', 2, 'add_prolific_authors_and_2_more');

-- ========================================================================
-- capture changes of public.books_per_author
-- ========================================================================
-- trickle: change capture for public.books_per_author (stream table)
--
-- Statement-level AFTER triggers with transition tables copy every changed
-- row into the change buffer pg_trickle_changes.changes_93c94a97cef96428: an INSERT as 'I' rows, a
-- DELETE as 'D' rows, an UPDATE as 'D' (old) and 'I' (new) rows; a TRUNCATE
-- as one marker in pg_trickle.pgt_truncations (readers then recompute). Each
-- row records the writing transaction (__pgt_xid): a refresh consumes exactly
-- the changes visible in its snapshot and not in the previous refresh's,
-- whatever order writers commit in.
-- UNLOGGED: no WAL for writing or deleting changes; a crash empties it, which
-- pg_trickle.pgt_buffer_generations tells the readers (they then recompute).
CREATE UNLOGGED TABLE IF NOT EXISTS pg_trickle_changes.changes_93c94a97cef96428 AS
SELECT NULL::bigint AS __pgt_change_id,
       NULL::xid8 AS __pgt_xid,
       NULL::"char" AS __pgt_action,
       s.id, s.name, s.books, s.pages
  FROM public.books_per_author AS s
  WITH NO DATA;
ALTER TABLE pg_trickle_changes.changes_93c94a97cef96428
  ALTER COLUMN __pgt_change_id SET DEFAULT nextval('pg_trickle.pgt_change_seq'),
  ALTER COLUMN __pgt_change_id SET NOT NULL,
  ALTER COLUMN __pgt_xid SET DEFAULT pg_current_xact_id(),
  ALTER COLUMN __pgt_xid SET NOT NULL,
  ALTER COLUMN __pgt_action SET NOT NULL;
COMMENT ON TABLE pg_trickle_changes.changes_93c94a97cef96428 IS 'trickle: changes of public.books_per_author';
-- One capture per table, shared by every project that reads it: its buffer takes the columns
-- this project declares that it lacks (the trigger function below copies them), and no stream
-- table may read a column it does not declare, which the trigger function below would no
-- longer copy (another project's, reading the table with more columns). A column the source
-- has retyped (or given another collation) since the buffer was made is retyped alike, its
-- pending changes converted: the buffer stays when another project reads the table.
DO $pgt$
DECLARE
    missing record;
    retyped record;
BEGIN
    IF EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                WHERE d.source_stable_name = 'public.books_per_author' AND d.consumes_changes
                  AND NOT d.columns_used <@ ARRAY['id', 'name', 'books', 'pages']::text[]) THEN
        RAISE EXCEPTION 'trickle: stream tables read columns of % that schema/ does not declare', 'public.books_per_author'
            USING HINT = 'Another project reads this table with more columns: declare the table alike in every project that reads it.';
    END IF;
    FOR missing IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
          FROM pg_catalog.unnest(ARRAY['id', 'name', 'books', 'pages']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.books_per_author'::regclass AND a.attname = c.name
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS b WHERE b.attrelid = 'pg_trickle_changes.changes_93c94a97cef96428'::regclass AND b.attname = c.name AND NOT b.attisdropped)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN %I %s', 'pg_trickle_changes.changes_93c94a97cef96428'::regclass, missing.name, missing.type);
    END LOOP;
    FOR retyped IN
        SELECT c.name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
               CASE WHEN l.oid IS NULL THEN '' ELSE pg_catalog.format(' COLLATE %I.%I', ln.nspname, l.collname) END AS collation
          FROM pg_catalog.unnest(ARRAY['id', 'name', 'books', 'pages']::text[]) WITH ORDINALITY AS c (name, n)
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = 'public.books_per_author'::regclass AND a.attname = c.name
          JOIN pg_catalog.pg_attribute AS b ON b.attrelid = 'pg_trickle_changes.changes_93c94a97cef96428'::regclass AND b.attname = c.name AND NOT b.attisdropped
          LEFT JOIN pg_catalog.pg_collation AS l ON l.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_namespace AS ln ON ln.oid = l.collnamespace
         WHERE (a.atttypid, a.atttypmod, a.attcollation) IS DISTINCT FROM (b.atttypid, b.atttypmod, b.attcollation)
         ORDER BY c.n
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s USING %I::%s', 'pg_trickle_changes.changes_93c94a97cef96428'::regclass, retyped.name, retyped.type, retyped.collation, retyped.name, retyped.type);
    END LOOP;
END
$pgt$;
INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name) VALUES ('public.books_per_author')
ON CONFLICT (source_stable_name) DO NOTHING;
-- No index: every refresh reads all of the rows it has not consumed, and an
-- index would slow every write of the source.

-- SECURITY DEFINER: any role allowed to write the source can record its
-- changes, without rights on the change buffer itself.
CREATE OR REPLACE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_93c94a97cef96428() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $pgt$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO pg_trickle_changes.changes_93c94a97cef96428 (__pgt_action, id, name, books, pages)
        SELECT 'I', n.id, n.name, n.books, n.pages FROM __pgt_new AS n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO pg_trickle_changes.changes_93c94a97cef96428 (__pgt_action, id, name, books, pages)
        SELECT 'D', o.id, o.name, o.books, o.pages FROM __pgt_old AS o
        UNION ALL
        SELECT 'I', n.id, n.name, n.books, n.pages FROM __pgt_new AS n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_trickle_changes.changes_93c94a97cef96428 (__pgt_action, id, name, books, pages)
        SELECT 'D', o.id, o.name, o.books, o.pages FROM __pgt_old AS o;
    ELSE
        INSERT INTO pg_trickle.pgt_truncations (source_stable_name) VALUES ('public.books_per_author');
    END IF;
    RETURN NULL;
END
$pgt$;

CREATE OR REPLACE TRIGGER pg_trickle_cdc_ins_93c94a97cef96428 AFTER INSERT ON public.books_per_author
  REFERENCING NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_93c94a97cef96428();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_upd_93c94a97cef96428 AFTER UPDATE ON public.books_per_author
  REFERENCING OLD TABLE AS __pgt_old NEW TABLE AS __pgt_new FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_93c94a97cef96428();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_del_93c94a97cef96428 AFTER DELETE ON public.books_per_author
  REFERENCING OLD TABLE AS __pgt_old FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_93c94a97cef96428();
CREATE OR REPLACE TRIGGER pg_trickle_cdc_trunc_93c94a97cef96428 AFTER TRUNCATE ON public.books_per_author
  FOR EACH STATEMENT EXECUTE FUNCTION pg_trickle_changes.pg_trickle_cdc_fn_93c94a97cef96428();
-- Fired also under session_replication_role = replica, as logical replication applies changes:
-- a table fed by a subscription is captured. (Not on Citus, whose shard moves copy rows so.)
ALTER TABLE public.books_per_author ENABLE ALWAYS TRIGGER pg_trickle_cdc_ins_93c94a97cef96428;
ALTER TABLE public.books_per_author ENABLE ALWAYS TRIGGER pg_trickle_cdc_upd_93c94a97cef96428;
ALTER TABLE public.books_per_author ENABLE ALWAYS TRIGGER pg_trickle_cdc_del_93c94a97cef96428;
ALTER TABLE public.books_per_author ENABLE ALWAYS TRIGGER pg_trickle_cdc_trunc_93c94a97cef96428;

INSERT INTO pg_trickle.pgt_change_tracking
       (source_stable_name, source_schema, source_table, stable_hash, buffer_schema, buffer_table, trigger_function, source_placement)
VALUES ('public.books_per_author', 'public', 'books_per_author', '93c94a97cef96428', 'pg_trickle_changes', 'changes_93c94a97cef96428', 'pg_trickle_cdc_fn_93c94a97cef96428', 'local')
ON CONFLICT (source_stable_name) DO NOTHING;

-- ========================================================================
-- create stream table public.prolific_authors
-- ========================================================================
-- trickle: stream table public.prolific_authors
--
-- refresh mode: DIFFERENTIAL
-- schedule: 1m
-- maintenance: differential; rows have a unique key, changes are merged by key
--
-- defining query:
--   SELECT id, name, books FROM books_per_author WHERE books >= 2
--
-- operator tree:
--   project id, name, books
--     filter books >= 2
--       scan public.books_per_author (stream table)

-- Storage: the query's columns, plus trickle's hidden columns (__pgt_row_id).
CREATE TABLE public.prolific_authors AS
  SELECT r.id, r.name, r.books, hashint4extended(r.id, 0) AS __pgt_row_id
    FROM (
      SELECT i.id AS id, i.name AS name, i.books AS books
        FROM (
        SELECT books_per_author.id, books_per_author.name, books_per_author.books, books_per_author.pages
          FROM public.books_per_author AS books_per_author
         WHERE books_per_author.books >= 2
      ) AS i
    ) AS r
  WITH NO DATA;
ALTER TABLE public.prolific_authors ALTER COLUMN __pgt_row_id SET NOT NULL;
CREATE INDEX pgt_row_id_8625632b8a92a67c ON public.prolific_authors (__pgt_row_id);
COMMENT ON TABLE public.prolific_authors IS 'trickle stream table; refresh with CALL pg_trickle.refresh(''public.prolific_authors'')';

INSERT INTO pg_trickle.pgt_stream_tables
       (pgt_schema, pgt_name, stable_name, stable_hash, defining_query, refresh_mode, effective_mode, full_reason,
        maintenance, refresh_function, refresh_order, schedule, schedule_kind, schedule_interval,
        cron_minutes, cron_hours, cron_doms, cron_months, cron_dows, cron_dom_restricted, cron_dow_restricted)
VALUES ('public', 'prolific_authors', 'public.prolific_authors', '8625632b8a92a67c', 'SELECT id, name, books FROM books_per_author WHERE books >= 2', 'DIFFERENTIAL', 'DIFFERENTIAL', NULL, 'keyed', 'refresh_8625632b8a92a67c', 2, '1m', 'interval', '1 minute'::interval, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO pg_trickle.pgt_dependencies (pgt_id, source_stable_name, source_kind, consumes_changes, columns_used)
SELECT pgt_id, 'public.books_per_author', 'STREAM_TABLE', true, ARRAY['id', 'name', 'books', 'pages']::text[]
  FROM pg_trickle.pgt_stream_tables WHERE stable_name = 'public.prolific_authors';

-- Refresh function, called by pg_trickle.refresh('public.prolific_authors').
-- Returns what it did: NOOP, DIFFERENTIAL, or FULL with the reason. The
-- caller (pg_trickle.refresh_stream_table) then releases the consumed changes.
-- Tables are schema-qualified; functions and types the query names without a
-- schema resolve in pg_catalog, then public, as when the query was written.
-- JIT is off: the planner's row estimates for chains of delta CTEs run to
-- billions, and compiling a plan so costed took 8.8 s on PostgreSQL 15 for a
-- delta of 5 rows. The settings that change what an expression yields (the
-- time zone for date_trunc of a timestamptz or ::date, the output styles for
-- ::text of dates, intervals, floats and bytea, the text search configuration
-- of to_tsvector(text), whether '{NULL}' is a NULL element, the locale of
-- to_char and money) stay those of the session that created the stream table,
-- in which its rows were first computed, whichever session refreshes it.
CREATE OR REPLACE FUNCTION pg_trickle.refresh_8625632b8a92a67c(p_full boolean) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
SET jit = off
SET TimeZone FROM CURRENT
SET DateStyle FROM CURRENT
SET IntervalStyle FROM CURRENT
SET extra_float_digits FROM CURRENT
SET bytea_output FROM CURRENT
SET default_text_search_config FROM CURRENT
SET array_nulls FROM CURRENT
SET lc_monetary FROM CURRENT
SET lc_numeric FROM CURRENT
SET lc_time FROM CURRENT
SET transform_null_equals FROM CURRENT
SET quote_all_identifiers FROM CURRENT
SET xmlbinary FROM CURRENT
SET xmloption FROM CURRENT
AS $pgt$
-- A name in a statement that is both a column and a variable of this function (a source's
-- column named found, which PL/pgSQL declares, or p_full) is the column.
#variable_conflict use_column
DECLARE
    __pgt_prev_snapshot pg_snapshot;
    __pgt_prev_own_xid xid8;
    __pgt_prev_mark bigint;
    __pgt_full_ratio double precision;
    __pgt_reason text;
    __pgt_changes bigint;
    __pgt_buffers_intact boolean;
    __pgt_bound_93c94a97cef96428 xid8;
    __pgt_small_93c94a97cef96428 boolean;
BEGIN
    -- The previous frontier, whether the change buffers are still those it consumed from, and
    -- where the other readers of each source stand (their consumed changes are released by this refresh).
    SELECT st.frontier, st.frontier_own_xid, st.frontier_mark, st.full_refresh_ratio,
           NOT EXISTS (SELECT FROM pg_trickle.pgt_dependencies AS d
                         LEFT JOIN pg_trickle.pgt_buffer_generations AS g ON g.source_stable_name = d.source_stable_name
                        WHERE d.pgt_id = st.pgt_id AND d.consumes_changes AND g.generation IS DISTINCT FROM d.buffer_generation),
           (SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release('public.books_per_author') THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END
              FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id
             WHERE d.source_stable_name = 'public.books_per_author' AND d.consumes_changes AND r.stable_name <> 'public.prolific_authors'),
           NOT pg_trickle.is_large_buffer('pg_trickle_changes.changes_93c94a97cef96428'::regclass)
      INTO __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark, __pgt_full_ratio, __pgt_buffers_intact, __pgt_bound_93c94a97cef96428, __pgt_small_93c94a97cef96428
      FROM pg_trickle.pgt_stream_tables AS st
     WHERE st.stable_name = 'public.prolific_authors';
    IF NOT p_full AND __pgt_prev_snapshot IS NOT NULL THEN
        -- A TRUNCATE records no rows, so it cannot be differentiated; a crash may have lost changes.
        IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.books_per_author') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            __pgt_reason := 'a source was truncated';
        ELSIF NOT __pgt_buffers_intact THEN
            __pgt_reason := 'a change buffer was emptied by a crash';
        ELSIF NOT EXISTS (SELECT FROM pg_trickle_changes.changes_93c94a97cef96428 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
            -- Nothing new; changes that every reader consumed meanwhile (a concurrent refresh of
            -- another reader could not see this one's frontier) go now.
            DELETE FROM pg_trickle_changes.changes_93c94a97cef96428 AS c
             WHERE __pgt_small_93c94a97cef96428 AND c.__pgt_xid < least(__pgt_bound_93c94a97cef96428, pg_snapshot_xmin(__pgt_prev_snapshot));
            RETURN 'NOOP';
        END IF;
        -- When a large share of a source changed, or one that every row reads through an aggregate
        -- without GROUP BY, recomputing is cheaper than the delta.
        -- Counting reads the buffer, so only a buffer that large on disk is counted.
        IF __pgt_reason IS NULL AND pg_relation_size('pg_trickle_changes.changes_93c94a97cef96428'::regclass) > __pgt_full_ratio * pg_relation_size('public.books_per_author'::regclass) THEN
            SELECT count(*) INTO __pgt_changes FROM pg_trickle_changes.changes_93c94a97cef96428 AS c WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark);
            IF __pgt_changes >= 1000 AND __pgt_changes > __pgt_full_ratio * (SELECT greatest(c.reltuples, 0) FROM pg_class AS c WHERE c.oid = 'public.books_per_author'::regclass) THEN
                __pgt_reason := format('%s changes of %s are more than %s%% of its rows', __pgt_changes, 'public.books_per_author', round((__pgt_full_ratio * 100)::numeric, 1));
            END IF;
        END IF;
        IF __pgt_reason IS NULL THEN
            BEGIN
            WITH
            -- record the new frontier under the same snapshot that reads the changes
            __pgt_frontier AS (
              UPDATE pg_trickle.pgt_stream_tables
                 SET frontier = pg_current_snapshot(),
                     frontier_own_xid = pg_current_xact_id_if_assigned(),
                     frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
                     frontier_by_source = jsonb_build_object('public.books_per_author', pg_current_snapshot()::text)
               WHERE pgt_schema = 'public' AND pgt_name = 'prolific_authors'
            ),
            -- delete the changes of public.books_per_author that every reader has consumed
            __pgt_release_93c94a97cef96428 AS (
              DELETE FROM pg_trickle_changes.changes_93c94a97cef96428 AS c
               WHERE __pgt_small_93c94a97cef96428 AND c.__pgt_xid < least(__pgt_bound_93c94a97cef96428, pg_snapshot_xmin(pg_current_snapshot()))
            ),
            -- scan public.books_per_author: changes not yet consumed (an UPDATE is a deletion and an insertion)
            delta_books_per_author AS (
              SELECT CASE c.__pgt_action WHEN 'I' THEN 1 ELSE -1 END AS __pgt_w, c.id, c.name, c.books, c.pages
                FROM pg_trickle_changes.changes_93c94a97cef96428 AS c
               WHERE NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)
            ),
            -- filter (linear): changes of its input that satisfy books >= 2
            delta_filter AS (
              SELECT d.__pgt_w, d.id, d.name, d.books, d.pages
                FROM delta_books_per_author AS d
               WHERE d.books >= 2
            ),
            -- project (linear): each changed row, projected
            delta_project AS (
              SELECT d.__pgt_w, d.id AS id, d.name AS name, d.books AS books
                FROM delta_filter AS d
            ),
            -- consolidate: identical rows with opposite weights cancel out
            __pgt_net AS (
              SELECT d.id, d.name, d.books, sum(d.__pgt_w)::bigint AS __pgt_w
                FROM delta_project AS d
               GROUP BY d.id, d.name, d.books
              HAVING sum(d.__pgt_w) <> 0
            ),
            -- one row per key: the new version if there is one (update or insert), else the deletion
            __pgt_apply AS (
              SELECT DISTINCT ON (hashint4extended(n.id, 0), n.id) hashint4extended(n.id, 0) AS __pgt_row_id, n.id, n.name, n.books, n.__pgt_w
                FROM __pgt_net AS n
               ORDER BY hashint4extended(n.id, 0), n.id, n.__pgt_w DESC
            )
            MERGE INTO public.prolific_authors AS s
            USING __pgt_apply AS a
               ON s.__pgt_row_id = a.__pgt_row_id AND s.id = a.id
             WHEN MATCHED AND a.__pgt_w < 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET id = a.id, name = a.name, books = a.books
             WHEN NOT MATCHED AND a.__pgt_w > 0 THEN INSERT (id, name, books, __pgt_row_id) VALUES (a.id, a.name, a.books, a.__pgt_row_id);
            EXCEPTION
                -- The delta computes the query's expressions over every change, also over rows
                -- that no longer hold (inserted with a zero divisor, then corrected; a cast to a
                -- domain whose CHECK fails; a function that raises): a fresh run of the query may
                -- not fail. If it does, the full refresh says so.
                WHEN data_exception OR cardinality_violation OR check_violation OR raise_exception THEN
                    __pgt_reason := 'the delta failed (' || SQLERRM || ')';
            END;
        END IF;
        IF __pgt_reason IS NULL THEN

            -- A TRUNCATE that committed before the delta's snapshot was taken.
            IF EXISTS (SELECT FROM pg_trickle.pgt_truncations AS c WHERE c.source_stable_name IN ('public.books_per_author') AND NOT pg_trickle.consumed(c.__pgt_xid, c.__pgt_change_id, __pgt_prev_snapshot, __pgt_prev_own_xid, __pgt_prev_mark)) THEN
                __pgt_reason := 'a source was truncated';
            ELSE
                RETURN 'DIFFERENTIAL';
            END IF;
        END IF;
    END IF;

    -- Full recomputation.
    IF EXISTS (SELECT 1 FROM pg_trickle.pgt_change_tracking WHERE source_stable_name = 'public.prolific_authors') THEN
        DELETE FROM public.prolific_authors;
    ELSE
        TRUNCATE public.prolific_authors;
    END IF;
    INSERT INTO pg_trickle.pgt_buffer_generations (source_stable_name)
    VALUES ('public.books_per_author')
    ON CONFLICT (source_stable_name) DO NOTHING;
    UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation
      FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS st
     WHERE g.source_stable_name = d.source_stable_name AND st.pgt_id = d.pgt_id AND st.stable_name = 'public.prolific_authors' AND d.consumes_changes;
    WITH __pgt_frontier AS (
        UPDATE pg_trickle.pgt_stream_tables
           SET frontier = pg_current_snapshot(),
               frontier_own_xid = pg_current_xact_id_if_assigned(),
               frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),
               frontier_by_source = jsonb_build_object('public.books_per_author', pg_current_snapshot()::text)
         WHERE pgt_schema = 'public' AND pgt_name = 'prolific_authors'
    ),
    __pgt_release_93c94a97cef96428 AS (
        DELETE FROM pg_trickle_changes.changes_93c94a97cef96428 AS c
         WHERE __pgt_small_93c94a97cef96428 AND c.__pgt_xid < least(__pgt_bound_93c94a97cef96428, pg_snapshot_xmin(pg_current_snapshot()))
    ),
    __pgt_release_truncations AS (
        DELETE FROM pg_trickle.pgt_truncations AS c
         WHERE (c.source_stable_name = 'public.books_per_author' AND c.__pgt_xid < least(__pgt_bound_93c94a97cef96428, pg_snapshot_xmin(pg_current_snapshot())))
    )
    INSERT INTO public.prolific_authors (id, name, books, __pgt_row_id)
    SELECT * FROM (
      SELECT r.id, r.name, r.books, hashint4extended(r.id, 0) AS __pgt_row_id
        FROM (
          SELECT i.id AS id, i.name AS name, i.books AS books
            FROM (
            SELECT books_per_author.id, books_per_author.name, books_per_author.books, books_per_author.pages
              FROM public.books_per_author AS books_per_author
             WHERE books_per_author.books >= 2
          ) AS i
        ) AS r
    ) AS q
     ORDER BY q.__pgt_row_id;
    RETURN 'FULL' || coalesce(': ' || __pgt_reason, '');
END
$pgt$;

-- Initial population; fresh statistics let the first refreshes probe the row-id index.
CALL pg_trickle.refresh('public.prolific_authors', full => true);
ANALYZE public.prolific_authors;

-- ========================================================================
-- schedule changes
-- ========================================================================
UPDATE pg_trickle.pgt_stream_tables
   SET schedule = '10m', schedule_kind = 'interval', schedule_interval = '10 minutes'::interval,
       cron_minutes = NULL, cron_hours = NULL, cron_doms = NULL, cron_months = NULL, cron_dows = NULL, cron_dom_restricted = NULL, cron_dow_restricted = NULL
 WHERE stable_name = 'public.books_per_author';

-- ========================================================================
-- refresh order (dependencies first)
-- ========================================================================
UPDATE pg_trickle.pgt_stream_tables
   SET refresh_order = CASE stable_name
                         WHEN 'public.books_per_author' THEN 0
                         WHEN 'public.long_books' THEN 1
                         WHEN 'public.prolific_authors' THEN 2
                         ELSE refresh_order END
 WHERE stable_name IN ('public.books_per_author', 'public.long_books', 'public.prolific_authors');

CALL pg_trickle.end_migration('library', 2, 'add_prolific_authors_and_2_more');

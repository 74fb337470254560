SELECT 1/count(*) FROM pg_trickle.pgt_migrations WHERE project = 'library' AND version = 1;

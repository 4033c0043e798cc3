-- Both are trusted extensions (a database owner may create them, also on managed Postgres).
-- btree_gist: uuid beside a time range in one GiST index (events_org_span_idx).
-- pg_trgm: substring search over English and Arabic event text (events_search_idx).
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The scraper's least-privilege role. Roles belong to the cluster, so it is created only once;
-- grants belong to each database. NOLOGIN here: the migrate step gives it LOGIN and a password
-- when SCRAPER_DATABASE_PASSWORD is set, and grants it the pg-boss schema once that exists.
-- Databases migrated side by side on one cluster (tests) may race to create it: either wins.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'taqweem_scraper') THEN
    CREATE ROLE taqweem_scraper NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO taqweem_scraper;--> statement-breakpoint
GRANT SELECT ON scrape_sources TO taqweem_scraper;--> statement-breakpoint
GRANT SELECT (id, time_zone) ON organisations TO taqweem_scraper;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON scrape_runs TO taqweem_scraper;--> statement-breakpoint
GRANT SELECT, INSERT ON scrape_results TO taqweem_scraper;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON scrape_http_cache TO taqweem_scraper;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON workers TO taqweem_scraper;

-- Extensions and text-search setup that the catalog tables' generated columns rely on.
-- Kept to PostgreSQL 15 features so the embedded PGlite and a real server share every migration.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes it safe to
-- use in generated columns and indexes.
CREATE OR REPLACE FUNCTION sportello_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN unaccent('unaccent'::regdictionary, $1);--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION sportello_it (COPY = italian);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION sportello_it
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, italian_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION sportello_en (COPY = english);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION sportello_en
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

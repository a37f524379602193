CREATE TABLE "app_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"position" integer NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	CONSTRAINT "categories_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "life_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"position" integer NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	CONSTRAINT "life_events_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "offices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"name" jsonb NOT NULL,
	"address" jsonb NOT NULL,
	"time_zone" text DEFAULT 'Europe/Rome' NOT NULL,
	"opening_hours" jsonb NOT NULL,
	"accessibility" jsonb NOT NULL,
	"phone" text NOT NULL,
	"email" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offices_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"website" text NOT NULL,
	"email" text NOT NULL,
	"pec" text NOT NULL,
	"phone" text NOT NULL,
	"tax_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_slug_unique" UNIQUE("slug"),
	CONSTRAINT "organizations_tax_code_unique" UNIQUE("tax_code"),
	CONSTRAINT "organizations_kind_check" CHECK ("organizations"."kind" in ('municipality', 'regional_agency', 'health_authority', 'province'))
);
--> statement-breakpoint
CREATE TABLE "service_life_events" (
	"service_id" uuid NOT NULL,
	"life_event_id" uuid NOT NULL,
	CONSTRAINT "service_life_events_service_id_life_event_id_pk" PRIMARY KEY("service_id","life_event_id")
);
--> statement-breakpoint
CREATE TABLE "service_offices" (
	"service_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	CONSTRAINT "service_offices_service_id_office_id_pk" PRIMARY KEY("service_id","office_id")
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"popularity" integer DEFAULT 0 NOT NULL,
	"content" jsonb NOT NULL,
	"title_it" text GENERATED ALWAYS AS (content->'it'->>'title') STORED NOT NULL,
	"title_en" text GENERATED ALWAYS AS (content->'en'->>'title') STORED NOT NULL,
	"summary_it" text GENERATED ALWAYS AS (content->'it'->>'summary') STORED NOT NULL,
	"summary_en" text GENERATED ALWAYS AS (content->'en'->>'summary') STORED NOT NULL,
	"search_it" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('sportello_it', coalesce(content->'it'->>'title', '')), 'A') || setweight(jsonb_to_tsvector('sportello_it', coalesce(content->'it'->'keywords', '[]'::jsonb), '["string"]'), 'A') || setweight(to_tsvector('sportello_it', coalesce(content->'it'->>'summary', '')), 'B') || setweight(to_tsvector('sportello_it', coalesce(content->'it'->>'description', '') || ' ' || coalesce(content->'it'->>'audience', '')), 'C')) STORED,
	"search_en" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('sportello_en', coalesce(content->'en'->>'title', '')), 'A') || setweight(jsonb_to_tsvector('sportello_en', coalesce(content->'en'->'keywords', '[]'::jsonb), '["string"]'), 'A') || setweight(to_tsvector('sportello_en', coalesce(content->'en'->>'summary', '')), 'B') || setweight(to_tsvector('sportello_en', coalesce(content->'en'->>'description', '') || ' ' || coalesce(content->'en'->>'audience', '')), 'C')) STORED,
	"match_it" text GENERATED ALWAYS AS (sportello_unaccent(lower(coalesce(content->'it'->>'title', '') || ' ' || coalesce(content->'it'->>'keywords', '')))) STORED,
	"match_en" text GENERATED ALWAYS AS (sportello_unaccent(lower(coalesce(content->'en'->>'title', '') || ' ' || coalesce(content->'en'->>'keywords', '')))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "services_slug_unique" UNIQUE("slug"),
	CONSTRAINT "services_popularity_check" CHECK ("services"."popularity" >= 0)
);
--> statement-breakpoint
ALTER TABLE "offices" ADD CONSTRAINT "offices_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_life_events" ADD CONSTRAINT "service_life_events_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_life_events" ADD CONSTRAINT "service_life_events_life_event_id_life_events_id_fk" FOREIGN KEY ("life_event_id") REFERENCES "public"."life_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_offices" ADD CONSTRAINT "service_offices_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_offices" ADD CONSTRAINT "service_offices_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_life_events_life_event_id_index" ON "service_life_events" USING btree ("life_event_id");--> statement-breakpoint
CREATE INDEX "service_offices_office_id_index" ON "service_offices" USING btree ("office_id");--> statement-breakpoint
CREATE INDEX "services_search_it_idx" ON "services" USING gin ("search_it");--> statement-breakpoint
CREATE INDEX "services_search_en_idx" ON "services" USING gin ("search_en");--> statement-breakpoint
CREATE INDEX "services_match_it_idx" ON "services" USING gin ("match_it" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "services_match_en_idx" ON "services" USING gin ("match_en" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "services_category_idx" ON "services" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "services_organization_idx" ON "services" USING btree ("organization_id");
CREATE TABLE "protocol_counters" (
	"organization_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_sequence" integer NOT NULL,
	CONSTRAINT "protocol_counters_organization_id_year_pk" PRIMARY KEY("organization_id","year")
);
--> statement-breakpoint
CREATE TABLE "request_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"field_id" text,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_attachments_size_check" CHECK ("request_attachments"."size" > 0),
	CONSTRAINT "request_attachments_sha_check" CHECK ("request_attachments"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "request_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" uuid,
	"from_status" text,
	"to_status" text,
	"message" text,
	"idempotency_key" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_events_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "request_events_actor_check" CHECK ("request_events"."actor_kind" in ('citizen', 'staff', 'system'))
);
--> statement-breakpoint
CREATE TABLE "request_forms" (
	"service_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_forms_service_id_version_pk" PRIMARY KEY("service_id","version"),
	CONSTRAINT "request_forms_version_check" CHECK ("request_forms"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "request_services" (
	"service_id" uuid PRIMARY KEY NOT NULL,
	"office_id" uuid NOT NULL,
	"deadline_days" integer NOT NULL,
	"deadline_kind" text NOT NULL,
	"current_version" integer NOT NULL,
	CONSTRAINT "request_services_deadline_check" CHECK ("request_services"."deadline_days" between 1 and 365),
	CONSTRAINT "request_services_kind_check" CHECK ("request_services"."deadline_kind" in ('calendar', 'working'))
);
--> statement-breakpoint
CREATE TABLE "requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"form_version" integer NOT NULL,
	"office_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"answers" jsonb NOT NULL,
	"applicant" jsonb,
	"idempotency_key" uuid,
	"protocol_year" integer,
	"protocol_sequence" integer,
	"submitted_at" timestamp with time zone,
	"due_on" date,
	"decided_at" timestamp with time zone,
	"decided_within_deadline" boolean,
	"assignee_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "requests_protocol_key" UNIQUE("organization_id","protocol_year","protocol_sequence"),
	CONSTRAINT "requests_idempotency_key" UNIQUE("user_id","idempotency_key"),
	CONSTRAINT "requests_status_check" CHECK ("requests"."status" in ('draft', 'submitted', 'in_review', 'needs_info', 'approved', 'rejected', 'closed', 'withdrawn')),
	CONSTRAINT "requests_protocol_check" CHECK (("requests"."status" = 'draft') = ("requests"."protocol_sequence" is null)
        and ("requests"."protocol_sequence" is null) = ("requests"."protocol_year" is null)
        and ("requests"."protocol_sequence" is null) = ("requests"."submitted_at" is null)
        and ("requests"."status" <> 'draft' or "requests"."user_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "protocol_counters" ADD CONSTRAINT "protocol_counters_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_attachments" ADD CONSTRAINT "request_attachments_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_attachments" ADD CONSTRAINT "request_attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_forms" ADD CONSTRAINT "request_forms_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_services" ADD CONSTRAINT "request_services_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_services" ADD CONSTRAINT "request_services_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_services" ADD CONSTRAINT "request_services_current_form_fk" FOREIGN KEY ("service_id","current_version") REFERENCES "public"."request_forms"("service_id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_form_fk" FOREIGN KEY ("service_id","form_version") REFERENCES "public"."request_forms"("service_id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "request_attachments_request_idx" ON "request_attachments" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "request_attachments_sha_idx" ON "request_attachments" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "request_events_request_idx" ON "request_events" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "requests_one_draft_key" ON "requests" USING btree ("user_id","service_id") WHERE "requests"."status" = 'draft';--> statement-breakpoint
CREATE INDEX "requests_user_idx" ON "requests" USING btree ("user_id","updated_at");--> statement-breakpoint
CREATE INDEX "requests_office_queue_idx" ON "requests" USING btree ("office_id","status","due_on");--> statement-breakpoint
CREATE INDEX "requests_stats_idx" ON "requests" USING btree ("organization_id","submitted_at");
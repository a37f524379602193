CREATE TABLE "bookable_services" (
	"service_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"slot_minutes" integer NOT NULL,
	"capacity" integer NOT NULL,
	"buffer_minutes" integer DEFAULT 0 NOT NULL,
	"min_notice_minutes" integer DEFAULT 60 NOT NULL,
	"booking_window_days" integer DEFAULT 60 NOT NULL,
	"cancel_deadline_minutes" integer DEFAULT 1440 NOT NULL,
	"mode" text DEFAULT 'in_person' NOT NULL,
	"meeting_url_base" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookable_services_service_id_office_id_pk" PRIMARY KEY("service_id","office_id"),
	CONSTRAINT "bookable_services_capacity_key" UNIQUE("service_id","office_id","capacity"),
	CONSTRAINT "bookable_services_slot_check" CHECK ("bookable_services"."slot_minutes" between 5 and 240),
	CONSTRAINT "bookable_services_capacity_check" CHECK ("bookable_services"."capacity" between 1 and 100),
	CONSTRAINT "bookable_services_buffer_check" CHECK ("bookable_services"."buffer_minutes" between 0 and 120),
	CONSTRAINT "bookable_services_notice_check" CHECK ("bookable_services"."min_notice_minutes" >= 0),
	CONSTRAINT "bookable_services_window_check" CHECK ("bookable_services"."booking_window_days" between 1 and 365),
	CONSTRAINT "bookable_services_cancel_check" CHECK ("bookable_services"."cancel_deadline_minutes" >= 0),
	CONSTRAINT "bookable_services_mode_check" CHECK ("bookable_services"."mode" in ('in_person', 'phone', 'video')),
	CONSTRAINT "bookable_services_meeting_check" CHECK (("bookable_services"."mode" = 'video') = ("bookable_services"."meeting_url_base" is not null))
);
--> statement-breakpoint
CREATE TABLE "booking_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"booking_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"idempotency_key" uuid,
	"actor_user_id" uuid,
	"from_start" timestamp with time zone,
	"to_start" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_events_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "booking_events_kind_check" CHECK ("booking_events"."kind" in ('confirmed', 'rescheduled', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "booking_places" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"capacity" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"seat" integer NOT NULL,
	"expires_at" timestamp with time zone,
	"booking_id" uuid,
	"holder_user_id" uuid,
	"secret_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_places_seat_key" UNIQUE("service_id","office_id","starts_at","seat"),
	CONSTRAINT "booking_places_seat_check" CHECK ("booking_places"."seat" between 1 and "booking_places"."capacity"),
	CONSTRAINT "booking_places_kind_check" CHECK (("booking_places"."booking_id" is null) <> ("booking_places"."expires_at" is null))
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"idempotency_key" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"user_id" uuid,
	"status" text DEFAULT 'confirmed' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"fiscal_code" text,
	"reason" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"mode" text NOT NULL,
	"locale" text DEFAULT 'it' NOT NULL,
	"meeting_url" text,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "bookings_code_unique" UNIQUE("code"),
	CONSTRAINT "bookings_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "bookings_status_check" CHECK ("bookings"."status" in ('confirmed', 'cancelled')),
	CONSTRAINT "bookings_cancelled_check" CHECK (("bookings"."status" = 'cancelled') = ("bookings"."cancelled_at" is not null)),
	CONSTRAINT "bookings_time_check" CHECK ("bookings"."starts_at" < "bookings"."ends_at")
);
--> statement-breakpoint
CREATE TABLE "office_closures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"reason" jsonb NOT NULL,
	CONSTRAINT "office_closures_range_check" CHECK ("office_closures"."starts_on" <= "office_closures"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "waitlist_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"local_date" date NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"place_id" uuid,
	"offered_at" timestamp with time zone,
	"offer_starts_at" timestamp with time zone,
	"offer_ends_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "waitlist_entries_status_check" CHECK ("waitlist_entries"."status" in ('waiting', 'offered', 'booked', 'expired', 'left'))
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"run_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jobs_kind_key" UNIQUE("kind","key"),
	CONSTRAINT "jobs_attempts_check" CHECK ("jobs"."attempts" >= 0)
);
--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "patron_saint" jsonb;--> statement-breakpoint
ALTER TABLE "bookable_services" ADD CONSTRAINT "bookable_services_service_office_fk" FOREIGN KEY ("service_id","office_id") REFERENCES "public"."service_offices"("service_id","office_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_events" ADD CONSTRAINT "booking_events_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_events" ADD CONSTRAINT "booking_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_places" ADD CONSTRAINT "booking_places_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_places" ADD CONSTRAINT "booking_places_holder_user_id_users_id_fk" FOREIGN KEY ("holder_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_places" ADD CONSTRAINT "booking_places_capacity_fk" FOREIGN KEY ("service_id","office_id","capacity") REFERENCES "public"."bookable_services"("service_id","office_id","capacity") ON DELETE restrict ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_closures" ADD CONSTRAINT "office_closures_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_place_id_booking_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."booking_places"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_bookable_fk" FOREIGN KEY ("service_id","office_id") REFERENCES "public"."bookable_services"("service_id","office_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "booking_events_booking_idx" ON "booking_events" USING btree ("booking_id");--> statement-breakpoint
CREATE INDEX "booking_places_booking_idx" ON "booking_places" USING btree ("booking_id");--> statement-breakpoint
CREATE INDEX "bookings_user_idx" ON "bookings" USING btree ("user_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_slot_idx" ON "bookings" USING btree ("service_id","office_id","starts_at");--> statement-breakpoint
CREATE INDEX "office_closures_office_idx" ON "office_closures" USING btree ("office_id","ends_on");--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_entries_live_key" ON "waitlist_entries" USING btree ("service_id","office_id","local_date","user_id") WHERE "waitlist_entries"."status" in ('waiting', 'offered');--> statement-breakpoint
CREATE INDEX "waitlist_entries_line_idx" ON "waitlist_entries" USING btree ("service_id","office_id","local_date","created_at");--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("run_at") WHERE "jobs"."done_at" is null;
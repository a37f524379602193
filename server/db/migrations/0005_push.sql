CREATE TABLE "push_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"outbox_id" uuid NOT NULL,
	"attempt" integer NOT NULL,
	"worker" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"status_code" integer,
	"outcome" text NOT NULL,
	"error" text,
	"duration_ms" integer NOT NULL,
	CONSTRAINT "push_attempts_outbox_attempt" UNIQUE("outbox_id","attempt"),
	CONSTRAINT "push_attempts_outcome_check" CHECK ("push_attempts"."outcome" in ('delivered', 'retry', 'gone', 'failed', 'expired'))
);
--> statement-breakpoint
CREATE TABLE "push_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"message_id" uuid NOT NULL,
	"subscription_id" uuid,
	"payload" jsonb NOT NULL,
	"ttl_seconds" integer NOT NULL,
	"urgency" text NOT NULL,
	"topic" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"leased_until" timestamp with time zone,
	"leased_by" text,
	"expires_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "push_outbox_message_device" UNIQUE("message_id","subscription_id"),
	CONSTRAINT "push_outbox_status_check" CHECK ("push_outbox"."status" in ('pending', 'delivered', 'gone', 'failed', 'expired')),
	CONSTRAINT "push_outbox_urgency_check" CHECK ("push_outbox"."urgency" in ('very-low', 'low', 'normal', 'high')),
	CONSTRAINT "push_outbox_ttl_check" CHECK ("push_outbox"."ttl_seconds" >= 0),
	CONSTRAINT "push_outbox_attempts_check" CHECK ("push_outbox"."attempts" >= 0),
	CONSTRAINT "push_outbox_delivered_check" CHECK (("push_outbox"."status" = 'delivered') = ("push_outbox"."delivered_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "push_service_settings" (
	"user_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"enabled" boolean NOT NULL,
	CONSTRAINT "push_service_settings_user_id_service_id_pk" PRIMARY KEY("user_id","service_id")
);
--> statement-breakpoint
CREATE TABLE "push_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"endpoint" text NOT NULL,
	"p256dh" text NOT NULL,
	"auth" text NOT NULL,
	"device_name" text NOT NULL,
	"session_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_delivered_at" timestamp with time zone,
	CONSTRAINT "push_subscriptions_endpoint_unique" UNIQUE("endpoint"),
	CONSTRAINT "push_subscriptions_endpoint_check" CHECK ("push_subscriptions"."endpoint" like 'https://%' and length("push_subscriptions"."endpoint") <= 2048)
);
--> statement-breakpoint
CREATE TABLE "push_topic_settings" (
	"user_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"enabled" boolean NOT NULL,
	CONSTRAINT "push_topic_settings_user_id_topic_pk" PRIMARY KEY("user_id","topic"),
	CONSTRAINT "push_topic_settings_topic_check" CHECK ("push_topic_settings"."topic" in ('appointment-reminders', 'appointment-changes', 'request-status', 'waitlist-offers'))
);
--> statement-breakpoint
ALTER TABLE "push_attempts" ADD CONSTRAINT "push_attempts_outbox_id_push_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."push_outbox"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "push_outbox" ADD CONSTRAINT "push_outbox_message_id_inbox_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."inbox_messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "push_outbox" ADD CONSTRAINT "push_outbox_subscription_id_push_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."push_subscriptions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "push_service_settings" ADD CONSTRAINT "push_service_settings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "push_service_settings" ADD CONSTRAINT "push_service_settings_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "push_subscriptions" ADD CONSTRAINT "push_subscriptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "push_subscriptions" ADD CONSTRAINT "push_subscriptions_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "push_topic_settings" ADD CONSTRAINT "push_topic_settings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "push_outbox_due_idx" ON "push_outbox" USING btree ("next_attempt_at") WHERE "push_outbox"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "push_outbox_subscription_idx" ON "push_outbox" USING btree ("subscription_id");--> statement-breakpoint
CREATE INDEX "push_subscriptions_user_idx" ON "push_subscriptions" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "inbox_messages" ADD CONSTRAINT "inbox_messages_kind_check" CHECK (kind in ('welcome', 'booking-confirmed', 'booking-reminder', 'waitlist-offer', 'request-status'));
CREATE TABLE `prevention_classes` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`school_level` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `prevention_classes_name_unique` ON `prevention_classes` (`name`);--> statement-breakpoint
CREATE TABLE `prevention_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`doc_type` text NOT NULL,
	`school_level` text NOT NULL,
	`locale` text NOT NULL,
	`edits` text DEFAULT '{}' NOT NULL,
	`last_exported_at` text,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `prevention_documents_variant_idx` ON `prevention_documents` (`doc_type`,`school_level`,`locale`);--> statement-breakpoint
CREATE TABLE `prevention_lessons` (
	`id` text PRIMARY KEY NOT NULL,
	`class_id` text NOT NULL,
	`planned_date` text,
	`held_date` text,
	`led_by` text DEFAULT '' NOT NULL,
	`rules` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`class_id`) REFERENCES `prevention_classes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `prevention_lessons_class_idx` ON `prevention_lessons` (`class_id`);--> statement-breakpoint
CREATE TABLE `readiness_points` (
	`key` text PRIMARY KEY NOT NULL,
	`status` text DEFAULT 'not_started' NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`last_reviewed` text,
	`note` text DEFAULT '' NOT NULL,
	`contact_id` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE set null
);

CREATE TABLE `takedown_updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`evidence_id` text NOT NULL,
	`case_id` text NOT NULL,
	`at` text NOT NULL,
	`actor` text DEFAULT '' NOT NULL,
	`reported_to` text,
	`reference` text DEFAULT '' NOT NULL,
	`status` text,
	`follow_up_date` text,
	`corrections` text DEFAULT '{}' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`evidence_id`) REFERENCES `evidence_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `takedown_updates_item_idx` ON `takedown_updates` (`evidence_id`,`id`);--> statement-breakpoint
ALTER TABLE `evidence_items` ADD `takedown_status` text DEFAULT 'to_report' NOT NULL;--> statement-breakpoint
ALTER TABLE `evidence_items` ADD `follow_up_date` text;--> statement-breakpoint
CREATE INDEX `evidence_follow_up_idx` ON `evidence_items` (`takedown_status`,`follow_up_date`);--> statement-breakpoint
ALTER TABLE `timeline_events` ADD `happened_at` text;--> statement-breakpoint
-- The takedown history is append-only like the chronology: a later report or correction is a new row.
CREATE TRIGGER `takedown_updates_no_update` BEFORE UPDATE ON `takedown_updates`
BEGIN SELECT RAISE(ABORT, 'takedown_updates is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `takedown_updates_no_delete` BEFORE DELETE ON `takedown_updates`
WHEN EXISTS (SELECT 1 FROM `cases` WHERE `id` = OLD.`case_id`)
BEGIN SELECT RAISE(ABORT, 'takedown_updates is append-only'); END;

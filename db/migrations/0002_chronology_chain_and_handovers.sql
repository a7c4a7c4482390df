CREATE TABLE `handovers` (
	`id` text PRIMARY KEY NOT NULL,
	`direction` text NOT NULL,
	`at` text NOT NULL,
	`counterpart` text DEFAULT '' NOT NULL,
	`case_ids` text NOT NULL,
	`manifest` text DEFAULT '{}' NOT NULL,
	`confirmation` text NOT NULL,
	`code_confirmed_at` text,
	`receipt_confirmed_at` text
);
--> statement-breakpoint
ALTER TABLE `timeline_events` ADD `chain_hash` text;
--> statement-breakpoint
-- The chain hash is written once: right after an event is inserted, or on first use for an event
-- from before the chain existed. Every other change to a chronology row stays refused.
DROP TRIGGER `timeline_events_no_update`;
--> statement-breakpoint
CREATE TRIGGER `timeline_events_no_update` BEFORE UPDATE ON `timeline_events`
WHEN NOT (OLD.`chain_hash` IS NULL AND NEW.`chain_hash` IS NOT NULL
  AND NEW.`id` IS OLD.`id` AND NEW.`case_id` IS OLD.`case_id` AND NEW.`at` IS OLD.`at` AND NEW.`kind` IS OLD.`kind`
  AND NEW.`summary` IS OLD.`summary` AND NEW.`data` IS OLD.`data` AND NEW.`corrects_event_id` IS OLD.`corrects_event_id`
  AND NEW.`actor` IS OLD.`actor`)
BEGIN SELECT RAISE(ABORT, 'timeline_events is append-only'); END;

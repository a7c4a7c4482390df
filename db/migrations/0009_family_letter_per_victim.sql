DROP INDEX `packs_case_type_idx`;--> statement-breakpoint
ALTER TABLE `packs` ADD `victim_person_id` text;--> statement-breakpoint
CREATE UNIQUE INDEX `packs_case_type_idx` ON `packs` (`case_id`,`pack_type`,`locale`,`victim_person_id`);
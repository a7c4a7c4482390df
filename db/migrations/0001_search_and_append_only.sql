-- Full-text search over cases (FTS5 needs a custom migration: drizzle-kit has no virtual tables).
-- One row per case, its rowid the case's seq, rebuilt by the case repository whenever the case's
-- searchable text changes; it lives inside the encrypted file like every other table. Private
-- notes are not indexed, so a search result can never surface them on a shared screen.
CREATE VIRTUAL TABLE `case_search` USING fts5(`body`, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
-- The chronology is append-only: a correction is a new row that refers to the one it corrects.
-- Rows disappear only together with their case (destruction after the retention period).
CREATE TRIGGER `timeline_events_no_update` BEFORE UPDATE ON `timeline_events`
BEGIN SELECT RAISE(ABORT, 'timeline_events is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `timeline_events_no_delete` BEFORE DELETE ON `timeline_events`
WHEN EXISTS (SELECT 1 FROM `cases` WHERE `id` = OLD.`case_id`)
BEGIN SELECT RAISE(ABORT, 'timeline_events is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `interview_answers_no_update` BEFORE UPDATE ON `interview_answers`
BEGIN SELECT RAISE(ABORT, 'interview_answers is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `interview_answers_no_delete` BEFORE DELETE ON `interview_answers`
WHEN EXISTS (SELECT 1 FROM `cases` WHERE `id` = OLD.`case_id`)
BEGIN SELECT RAISE(ABORT, 'interview_answers is append-only'); END;
--> statement-breakpoint
-- The audit trail outlives the cases it mentions and is never rewritten.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- A destroyed case must leave no word behind. PRAGMA secure_delete zeroes freed pages, but FTS5
-- keeps the tokens of deleted rows in its shadow tables until segments merge; its own
-- 'secure-delete' option (SQLite 3.42 and later) removes them at the delete. The setting is stored
-- in the index itself. The rebuild then drops whatever an earlier destruction left in the index.
INSERT INTO `case_search`(`case_search`, `rank`) VALUES('secure-delete', 1);
--> statement-breakpoint
INSERT INTO `case_search`(`case_search`) VALUES('rebuild');

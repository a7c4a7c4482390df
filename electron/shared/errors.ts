// Every error code a call can return. The texts for each (Dutch and English) are in
// resources/errors; a test checks that every code has them.

/** Everything that can go wrong with the vault. */
export const vaultErrorCodes = [
  'vault_exists',
  'no_vault',
  'locked',
  'weak_passphrase',
  'wrong_passphrase',
  'too_many_attempts',
  'wrong_recovery_key',
  'malformed_recovery_key',
  'recovery_not_confirmed',
  'key_file_missing',
  'key_file_damaged',
  'key_file_newer',
  'key_file_foreign',
  'database_missing',
  'database_empty',
  'database_truncated',
  'database_damaged',
  'database_newer',
  'vault_in_use',
  'disk_read_only',
  'disk_full',
  'disk_io',
  'backup_damaged',
  'backup_not_found',
  'backup_needs_key',
  'move_file_unreadable',
  'move_file_damaged',
  'move_file_newer',
] as const;
export type VaultErrorCode = (typeof vaultErrorCodes)[number];

/**
 * A key file whose database cannot be used: the file is gone, empty, cut short or damaged. The
 * passphrase cannot help here; a backup can, so the unlock screen offers the restore first.
 */
export const databaseProblemCodes = ['database_missing', 'database_empty', 'database_truncated', 'database_damaged'] as const satisfies readonly VaultErrorCode[];
export type DatabaseProblemCode = (typeof databaseProblemCodes)[number];

/** Without a readable key file only the recovery key (through the spare in backups/) opens the vault. */
export const keyFileProblemCodes = ['key_file_missing', 'key_file_damaged'] as const satisfies readonly VaultErrorCode[];

/** What the services refuse, as codes the UI turns into Dutch or English. */
export const appErrorCodes = [
  'case_not_found',
  'not_found',
  'person_in_record',
  'nothing_changed',
  'happened_in_future',
  'same_status',
  'closed_needs_reopen',
  'closing_needs_reason',
  'not_closed',
  'link_self',
  'confirm_title_mismatch',
  'already_withdrawn',
  'mediation_blocked_staff_suspect',
  'media_refused',
  'external_not_allowed',
  'pack_refused',
  'naming_not_allowed',
  'invalid_answer',
  'unknown_question',
  'no_assessment',
  'not_recommended',
  'override_invalid',
  'invalid_logo',
  'handover_case_closed',
  'handover_file_unreadable',
  'handover_file_damaged',
  'handover_file_newer',
  'handover_code_malformed',
  'handover_wrong_code',
  'handover_own_file',
  'handover_already_imported',
  'handover_already_confirmed',
  'handover_receipt_wrong',
  'handover_code_not_confirmed',
  'case_handed_over',
  'board_school_name_missing',
  'prevention_names_person',
  'prevention_not_police_contact',
  'prevention_review_in_future',
  'prevention_class_exists',
  'prevention_lesson_needs_date',
  'prevention_held_in_future',
  'prevention_unknown_paragraph',
] as const;
export type AppErrorCode = (typeof appErrorCodes)[number];

/** What the dispatcher and the IPC layer answer themselves. */
export const callErrorCodes = ['invalid_input', 'internal', 'unknown_call', 'forbidden_sender'] as const;
export type CallErrorCode = (typeof callErrorCodes)[number];

export const errorCodes = [...callErrorCodes, ...vaultErrorCodes, ...appErrorCodes] as const;
export type ErrorCode = (typeof errorCodes)[number];

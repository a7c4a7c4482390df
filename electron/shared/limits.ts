// Limits that both the forms and the services enforce: the form warns early, the service refuses.

/**
 * 2026-11: at least 12 characters. pdfkit's strongest option is AES-256 with revision 5 of the PDF
 * security handler, whose password check is a single SHA-256: cheap to brute-force, so only length
 * protects a case summary that travels by mail or USB stick.
 */
export const MIN_PDF_PASSWORD_LENGTH = 12;

/** 1 MB decoded: a letterhead logo needs far less, and a larger file only slows every export. */
export const MAX_LOGO_BYTES = 1024 * 1024;

/**
 * The school's and the advisor's details as the settings form and the contract both limit them:
 * they head and sign every pack, so they get what a letterhead and a signature hold. The form
 * stops typing at these lengths; the contract refuses longer input with a message at the field.
 */
export const SETTINGS_LIMITS = {
  /** Copied into every chronology and audit row: kept short. */
  profileName: 80,
  schoolName: 120,
  schoolAddress: 300,
  advisorName: 120,
  advisorRole: 120,
  advisorPhone: 60,
  advisorEmail: 200,
  signature: 600,
  signatureLines: 8,
} as const;

/**
 * The case-work texts as the forms and the contract both limit them: the form stops typing at
 * these lengths and flags an empty required field before anything is sent; the contract refuses
 * the same with a message at the field, for any caller.
 */
export const TEXT_LIMITS = {
  caseTitle: 120,
  caseSummary: 4000,
  personLabel: 120,
  personClassGroup: 40,
  personContact: 200,
  actionTitle: 200,
  actionOwner: 120,
  actionRationale: 2000,
  actionOutcome: 4000,
  /** Why a case is closed or reopened: it lands in the chronology. */
  statusReason: 1000,
  linkReason: 500,
  removalReason: 500,
  consentNote: 1000,
  noteBody: 20000,
  /** A chronology entry or its correction. */
  timelineText: 2000,
  /** Why the advisor's level differs from the rules' one. */
  overrideReason: 2000,
  /** A takedown item in words: what is to be seen, where, and what else there is to know. */
  evidenceDescription: 2000,
  evidencePlatform: 60,
  evidencePlace: 500,
  evidenceNote: 2000,
  /** The reference number a platform, Helpwanted or the police gave the report. */
  takedownReference: 120,
  /** The school's own contacts (the police contact, the board …). */
  contactName: 120,
  contactOrganisation: 120,
  contactPhone: 40,
  contactNote: 1000,
  /** The note beside one answer of a checklist. */
  checklistNote: 2000,
  /** Preparation: a readiness point's owner and note, a class's name, a lesson's record. */
  readinessOwner: 120,
  readinessNote: 2000,
  className: 40,
  lessonLedBy: 120,
  /** A lesson's rules are a short list, not an essay. */
  lessonRules: 4000,
  lessonNote: 2000,
  /** One paragraph of a model document the school adapts. */
  documentParagraph: 8000,
  /** The successor's name on a handover: it goes into the chronology and the list of handovers. */
  handoverSuccessor: 120,
} as const;

/** The general settings' whole numbers, both ends included: the form's fields and the contract agree. */
export const SETTINGS_RANGES = {
  autoLockMinutes: { min: 1, max: 120 },
  retentionMonths: { min: 1, max: 120 },
} as const;

// The checks on a takedown item's own words, for recording it and for correcting it: the same
// limits as the contract (TEXT_LIMITS), so both forms flag what main would refuse before sending.
import type { TFunction } from 'i18next';
import { atMost, firstOf, required } from '@renderer/components/forms/rules';
import { TEXT_LIMITS } from '@shared';

const tooLong = (t: TFunction, max: number) => atMost(max, t('common.tooLong', { max }));

export const evidenceRules = (t: TFunction) => ({
  description: firstOf(required(t('casework.takedown.descriptionRequired')), tooLong(t, TEXT_LIMITS.evidenceDescription)),
  platform: tooLong(t, TEXT_LIMITS.evidencePlatform),
  accountOrUrl: tooLong(t, TEXT_LIMITS.evidencePlace),
  note: tooLong(t, TEXT_LIMITS.evidenceNote),
});

/** The same check for a free note beside an update or correction. */
export const evidenceNoteRule = (t: TFunction) => tooLong(t, TEXT_LIMITS.evidenceNote);
export const referenceRule = (t: TFunction) => tooLong(t, TEXT_LIMITS.takedownReference);

/** Where an item sits on screen, to put the focus on it once it is added or changed. */
export const evidenceSelector = (id: string) => `[data-evidence-id="${id}"]`;

// The words the chronology uses for its events (resources/timeline), so a chronology printed in the
// case summary reads as sentences, not as database keys.
import { z } from 'zod';
import en from '@resources/timeline/en.json';
import nl from '@resources/timeline/nl.json';
import type { AppContext } from '../app-context';
import { contentLoader } from '../content';
import { readSettings } from '../settings/settings-store';
import { fillTemplate } from '@shared';

const labelMap = z.record(z.string(), z.string().min(1));
const GROUPS = ['role', 'consentSubject', 'decision', 'giver', 'status', 'level', 'pack', 'checklist', 'field'] as const;
const TEMPLATES = [
  'person',
  'consent',
  'consentWithdrawn',
  'status',
  'statusClosed',
  'stepByInterview',
  'stepByAssessment',
  'stepByAction',
  'stepByTakedown',
  'assessment',
  'assessmentAcute',
  'override',
  'packEdited',
  'checklist',
  'checklistReport',
  'caseChanged',
  'handedOver',
  'handoverReceived',
  'handoverWithdrawn',
  'personRemoved',
  'personRemovedBecause',
] as const;

export const timelineTextsSchema = z.object({
  lastReviewed: z.iso.date(),
  note: z.string().min(1),
  labels: z.object(Object.fromEntries(GROUPS.map((g) => [g, labelMap])) as Record<(typeof GROUPS)[number], typeof labelMap>),
  templates: z.object(Object.fromEntries(TEMPLATES.map((t) => [t, z.string().min(1)])) as Record<(typeof TEMPLATES)[number], z.ZodString>),
});

const load = contentLoader(timelineTextsSchema, 'timeline', { nl, en });

export type LabelGroup = (typeof GROUPS)[number];
export type Template = (typeof TEMPLATES)[number];

/** A label in the current language; an unknown key is shown as it is rather than lost. */
export function timelineLabel(ctx: AppContext, group: LabelGroup, key: string): string {
  return load(readSettings(ctx).locale).labels[group][key] ?? key;
}

export function timelineSentence(ctx: AppContext, template: Template, params: Record<string, string>): string {
  return fillTemplate(load(readSettings(ctx).locale).templates[template], params, 'empty');
}

// assess(): from the facts of a case to an explainable assessment in the advisor's language. Pure
// and deterministic: the same facts and locale always give the same result, with no clock, no
// randomness and no I/O; the rules are in impact-rules.ts, the words in resources/assessment.
import type { Locale } from '../content';
import { catalogAction } from './action-catalog';
import { ENGINE_VERSION, type Assessment, type Level } from './assessment-schema';
import { type AssessmentTexts, loadAssessmentTexts } from './assessment-texts';
import { type CaseFacts, caseFactsSchema } from './case-facts';
import { evaluateRules, type ReasonVerdict, type TermKey } from './impact-rules';
import { fillTemplate } from '@shared';

export function assess(facts: CaseFacts, locale: Locale = 'nl'): Assessment {
  const checked = caseFactsSchema.parse(facts);
  const verdict = evaluateRules(checked);
  const texts = loadAssessmentTexts(locale);
  return {
    engineVersion: ENGINE_VERSION,
    locale,
    level: verdict.level,
    acute: verdict.acute,
    reasons: verdict.reasons.map((r) => ({
      factor: r.factor,
      label: texts.factors[r.factor],
      explanation: explain(r, texts),
      effect: r.effect,
    })),
    flags: verdict.flags.map((f) => ({
      key: f.key,
      title: texts.flags[f.key].title,
      consequence: texts.flags[f.key].consequence,
      source: texts.sources[f.source],
    })),
    actions: verdict.actions.map((a) => ({
      actionKey: a.actionKey,
      step: a.step,
      urgency: a.urgency,
      title: catalogAction(a.actionKey, locale).title,
      rationale: a.rationale.map((k) => texts.rationales[k]).join(' '),
      source: a.source.map((k) => texts.sources[k]).join('; '),
    })),
    override: null,
  };
}

function explain(reason: ReasonVerdict, texts: AssessmentTexts): string {
  return reason.explanation
    .map((key) => fillTemplate(texts.explanations[key], Object.fromEntries(Object.entries(reason.terms ?? {}).map(([name, terms]) => [name, terms ? list(terms, texts) : undefined]))))
    .join(' ');
}

function list(terms: TermKey[], texts: AssessmentTexts): string {
  const words = terms.map((t) => texts.terms[t]);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${texts.listAnd} ${words[words.length - 1]}`;
}

/** The name of a level in the advisor's language, for screens and packs. */
export function levelLabel(level: Level, locale: Locale = 'nl'): string {
  return loadAssessmentTexts(locale).levels[level].label;
}

/** The level to act on: the advisor's override when there is one, otherwise the rules' level. */
export function effectiveLevel(assessment: Assessment): Level {
  return assessment.override?.level ?? assessment.level;
}

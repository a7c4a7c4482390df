// Text in which the glossary's terms explain themselves: the first use of each term is underlined and
// shows its plain definition on hover or keyboard focus. Used where the interview and the assessment
// use a term; the glossary itself is one call, loaded once per language.
import { Text, Tooltip } from '@mantine/core';
import { Fragment, useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '@core/contract';
import { call } from '../api/client';

type Glossary = CallOutput<'glossaryList'>;
const loaded = new Map<string, Promise<Glossary>>();

export function useGlossary(): Glossary | undefined {
  const { i18n } = useTranslation();
  const [glossary, setGlossary] = useState<Glossary>();
  useEffect(() => {
    let current = true;
    let pending = loaded.get(i18n.language);
    if (!pending) {
      pending = call('glossaryList', {});
      loaded.set(i18n.language, pending);
      // A failed load is tried again next time rather than remembered.
      pending.catch(() => loaded.delete(i18n.language));
    }
    pending.then((value) => current && setGlossary(value)).catch(() => undefined);
    return () => {
      current = false;
    };
  }, [i18n.language]);
  return glossary;
}

/**
 * One term in running text. The definition stays in the page (hidden until hover or focus) so a
 * screen reader reads it as the term's description.
 */
function GlossaryTerm({ term, text }: { term: Glossary['terms'][number]; text: string }) {
  const id = useId();
  return (
    <Tooltip label={`${term.term}: ${term.definition}`} multiline w={320} withArrow keepMounted events={{ hover: true, focus: true, touch: true }} role="tooltip" id={id}>
      <Text span inherit tabIndex={0} aria-describedby={id} style={{ textDecoration: 'underline dotted', textUnderlineOffset: 3, cursor: 'help' }} data-glossary-term={term.key}>
        {text}
      </Text>
    </Tooltip>
  );
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function explain(text: string, glossary: Glossary): ReactNode[] {
  const byAlias = new Map<string, Glossary['terms'][number]>();
  for (const term of glossary.terms) for (const alias of term.aliases) byAlias.set(alias.toLowerCase(), term);
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length).map(escape);
  if (aliases.length === 0) return [text];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${aliases.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const seen = new Set<string>();
  const out: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const term = byAlias.get(match[0].toLowerCase());
    if (!term || seen.has(term.key)) continue;
    seen.add(term.key);
    out.push(text.slice(last, match.index));
    out.push(<GlossaryTerm key={term.key} term={term} text={match[0]} />);
    last = match.index + match[0].length;
  }
  out.push(text.slice(last));
  return out;
}

export function GlossaryText({ text }: { text: string }) {
  const glossary = useGlossary();
  if (!glossary) return <>{text}</>;
  return (
    <>
      {explain(text, glossary).map((part, i) => (
        <Fragment key={i}>{part}</Fragment>
      ))}
    </>
  );
}

// Who decides about consent, by the victim's age (AVG/UAVG; domain.md §4), shown where consent is
// recorded, with the rule that applies to this case's victim marked. Main applies the same rule
// when it says whose consent is still missing.
import { Alert, Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@core/contract';

type Rule = 'under16' | 'sixteenSeventeen' | 'adult' | 'staff';
const rules: Rule[] = ['under16', 'sixteenSeventeen', 'adult', 'staff'];

/** An unknown age counts as under 16: the strictest rule, as main applies it. */
function ruleFor(detail: CaseDetail): { rule: Rule; victimKnown: boolean } {
  const victim = detail.persons.find((person) => person.role === 'victim');
  if (!victim) return { rule: 'under16', victimKnown: false };
  if (victim.kind === 'staff') return { rule: 'staff', victimKnown: true };
  if (victim.ageBand === '18_plus') return { rule: 'adult', victimKnown: true };
  if (victim.ageBand === '16_17') return { rule: 'sixteenSeventeen', victimKnown: true };
  return { rule: 'under16', victimKnown: victim.ageBand !== 'unknown' };
}

export function ConsentAgeRule({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { rule, victimKnown } = ruleFor(detail);
  return (
    <Alert color="petrol" variant="light" title={t('workflow.consent.title')} data-testid="consent-age-rule">
      <Stack gap="xs">
        <List size="sm" spacing={6}>
          {rules.map((item) => (
            <List.Item key={item}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Text size="sm" fw={item === rule ? 600 : undefined}>
                  {t(`workflow.consent.rules.${item}`)}
                </Text>
                {item === rule && (
                  <Badge color="petrol" variant="filled" radius="sm" style={{ flexShrink: 0 }}>
                    {t('workflow.consent.appliesHere')}
                  </Badge>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
        {!victimKnown && (
          <Text size="sm" c="orange.9">
            {t('workflow.consent.ageUnknown')}
          </Text>
        )}
        <Text size="sm">{t('workflow.consent.classTalk')}</Text>
        <Text size="sm">{t(detail.recordKind === 'dossier' ? 'workflow.consent.isDossier' : 'workflow.consent.isWorkingNote')}</Text>
      </Stack>
    </Alert>
  );
}

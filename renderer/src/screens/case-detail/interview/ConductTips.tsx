// How to hold the conversation, beside the questions it is about: the section's tips, the tips of
// the questions now shown, and a reminder wherever the interviewee's own words must be written
// down. The tips themselves are content (resources/interview), not code.
import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GlossaryText } from '@renderer/components/GlossaryText';
import type { InterviewQuestion, InterviewSection } from './interview-types';

export function ConductTips({ section, questions }: { section: InterviewSection; questions: InterviewQuestion[] }) {
  const { t } = useTranslation();
  const withTips = questions.filter((q) => q.tips?.length);
  const ownWords = questions.filter((q) => q.ownWords);
  return (
    <Paper component="aside" aria-labelledby="conduct-tips-title" p="md" radius="md" bg="petrol.0" data-testid="conduct-tips" style={{ border: '1px solid var(--mantine-color-petrol-1)' }}>
      <Stack gap="sm">
        <Title order={2} size="h5" id="conduct-tips-title" c="petrol.9">
          {t('interview.tipsTitle')}
        </Title>
        {section.tips.length > 0 && (
          <List size="sm" spacing={8}>
            {section.tips.map((tip) => (
              <List.Item key={tip}>
                <GlossaryText text={tip} />
              </List.Item>
            ))}
          </List>
        )}
        {withTips.map((question) => (
          <Stack key={question.id} gap={4}>
            <Text size="xs" fw={600} c="petrol.9">
              {t('interview.tipsForQuestion', { question: question.label })}
            </Text>
            <List size="sm" spacing={6}>
              {question.tips?.map((tip) => (
                <List.Item key={tip}>
                  <GlossaryText text={tip} />
                </List.Item>
              ))}
            </List>
          </Stack>
        ))}
        {ownWords.map((question) => (
          <Text key={question.id} size="sm" c="petrol.9">
            ❝ {t('interview.ownWordsTip', { question: question.label })}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}

// A safety answer that calls for action now ("twijfel" about self-harm, danger at home) shows what
// to do beside the question, the moment it is chosen. The rule is shared with the assessment's
// flags (shared/interview-vocabulary); the text is content (resources/interview).
import { Alert, List, Text } from '@mantine/core';
import type { SafetyAlertKey } from '@shared';
import type { InterviewContent } from './interview-types';

export function SafetyAlert({ alertKey, content }: { alertKey: SafetyAlertKey; content: InterviewContent }) {
  const text = content.safetyAlerts[alertKey];
  return (
    <Alert role="alert" color="red" variant="light" title={text.title} data-testid={`safety-alert-${alertKey}`}>
      <List size="sm" spacing={4}>
        {text.steps.map((step) => (
          <List.Item key={step}>
            <Text size="sm">{step}</Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

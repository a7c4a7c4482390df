// A render error in one screen must not leave a blank window: the boundary shows a calm,
// recoverable screen instead. "Try again" renders the screen anew; "Back to the start" leaves it.
// Saved data is never at stake here: it lives in main, and a render error cannot reach it.
import { Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  children: ReactNode;
  /** Where "Back to the start" goes; without it, only "Try again" is offered. */
  onHome?: () => void;
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // No case data in the message: only what broke and where, for support.
    console.error('vertrouwd: a screen failed to render', error.name, info.componentStack);
  }

  private readonly retry = () => this.setState({ failed: false });

  private readonly home = () => {
    this.setState({ failed: false });
    this.props.onHome?.();
  };

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <Crashed onRetry={this.retry} onHome={this.props.onHome ? this.home : undefined} />;
  }
}

function Crashed({ onRetry, onHome }: { onRetry: () => void; onHome?: () => void }) {
  const { t } = useTranslation();
  return (
    <Center mih="60dvh" p="md">
      <Paper withBorder p="xl" maw={520} role="alert">
        <Stack>
          <Title order={2}>{t('app.crashTitle')}</Title>
          <Text>{t('app.crashBody')}</Text>
          <Group>
            <Button onClick={onRetry}>{t('app.crashRetry')}</Button>
            {onHome && (
              <Button variant="default" onClick={onHome}>
                {t('app.crashHome')}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
    </Center>
  );
}

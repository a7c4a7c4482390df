// The unlocked app: header with the lock button, navigation on the left, one screen at a time.
import { AppShell, Button, Group, Kbd, NavLink, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseDetailScreen } from '../screens/case-detail/CaseDetailScreen';
import { CaseListScreen } from '../screens/case-list/CaseListScreen';
import { AnnualReportScreen } from '../screens/annual-report/AnnualReportScreen';
import { ContactsScreen } from '../screens/contacts/ContactsScreen';
import { NewCaseScreen } from '../screens/new-case/NewCaseScreen';
import { PreventionScreen } from '../screens/prevention/PreventionScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { BoardScreen } from '../screens/board/BoardScreen';
import { HandoverScreen } from '../screens/handover/HandoverScreen';
import { SourcesScreen } from '../screens/sources/SourcesScreen';
import { StartScreen } from '../screens/start/StartScreen';
import type { CaseListFilter, Route } from './routes';
import classes from './skip-link.module.css';
import { ErrorBoundary } from '../components/ErrorBoundary';

const isMac = navigator.userAgent.includes('Mac');

/** Focus, not only scroll: the next Tab continues inside the screen (main blocks in-page navigation anyway). */
function skipToMain(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main-content')?.focus();
}

interface Props {
  onLock(): Promise<void>;
  onDataReplaced(): void;
  /** Where the advisor was when the vault last locked: unlocking returns there. */
  startRoute: Route;
  onRouteChange(route: Route): void;
}

export default function UnlockedApp({ onLock, onDataReplaced, startRoute, onRouteChange }: Props) {
  const { t } = useTranslation();
  const [route, setRouteState] = useState<Route>(startRoute);
  const setRoute = useCallback(
    (next: Route) => {
      setRouteState(next);
      onRouteChange(next);
    },
    [onRouteChange],
  );
  const [listFilter, setListFilter] = useState<CaseListFilter>({ query: '', status: 'open', sort: 'updated' });

  // Ctrl+L / Cmd+L locks from anywhere, also while typing in a field.
  useHotkeys([['mod+L', () => void onLock()]], []);

  const nav = [
    { screen: 'start', label: t('nav.start') },
    { screen: 'cases', label: t('nav.cases') },
    { screen: 'new-case', label: t('nav.newCase') },
    { screen: 'contacts', label: t('workflow.nav.contacts') },
    { screen: 'prevention', label: t('prevention.nav') },
    { screen: 'annual-report', label: t('report.nav') },
    { screen: 'board', label: t('board.nav') },
    { screen: 'handover', label: t('handover.nav') },
    { screen: 'sources', label: t('nav.sources') },
    { screen: 'settings', label: t('nav.settings') },
  ] as const;
  const activeNav = route.screen === 'case' ? 'cases' : route.screen;

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: 0 }} padding="lg">
      {/* The first Tab stop: past the header and the ten navigation items straight to the screen. */}
      <a href="#main-content" className={classes.skipLink} onClick={skipToMain}>
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="lg" justify="space-between">
          <Text fw={700} size="lg" c="petrol.8">
            {t('app.name')}
          </Text>
          <Button variant="default" onClick={() => void onLock()} rightSection={<Kbd size="xs">{isMac ? '⌘ L' : 'Ctrl L'}</Kbd>}>
            {t('app.lock')}
          </Button>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label={t('nav.label')}>
        {nav.map((item) => (
          <NavLink
            key={item.screen}
            component="button"
            label={item.label}
            active={activeNav === item.screen}
            aria-current={activeNav === item.screen ? 'page' : undefined}
            onClick={() => setRoute({ screen: item.screen })}
            variant="light"
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0" id="main-content" tabIndex={-1} style={{ outline: 'none' }}>
        {/* A screen that fails to render is replaced by a recoverable one; the navigation stays. */}
        <ErrorBoundary key={route.screen === 'case' ? `case:${route.caseId}` : route.screen} onHome={() => setRoute({ screen: 'start' })}>
          {route.screen === 'start' && <StartScreen navigate={setRoute} />}
          {route.screen === 'cases' && <CaseListScreen filter={listFilter} onFilterChange={setListFilter} navigate={setRoute} />}
          {route.screen === 'new-case' && <NewCaseScreen navigate={setRoute} />}
          {route.screen === 'case' && (
            <CaseDetailScreen key={route.caseId} caseId={route.caseId} tab={route.tab} navigate={setRoute} onTabChange={(tab) => onRouteChange({ screen: 'case', caseId: route.caseId, tab })} />
          )}
          {route.screen === 'contacts' && <ContactsScreen />}
          {route.screen === 'annual-report' && <AnnualReportScreen />}
          {route.screen === 'sources' && <SourcesScreen key={route.focus ?? ''} focus={route.focus} />}
          {route.screen === 'prevention' && <PreventionScreen tab={route.tab ?? 'readiness'} navigate={setRoute} />}
          {route.screen === 'settings' && <SettingsScreen onDataReplaced={onDataReplaced} />}
          {route.screen === 'board' && <BoardScreen />}
          {route.screen === 'handover' && <HandoverScreen />}
        </ErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}

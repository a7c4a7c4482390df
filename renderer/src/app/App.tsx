// The app's phases follow the vault: no vault yet → first run; locked → unlock; unlocked → the
// shell. Every lock ends the session: the tree under a new key is mounted afresh, so no component,
// state or cache keeps case data once the vault is closed.
import { Box, Center, Loader } from '@mantine/core';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, onVaultLocked } from '../api/client';
import { SessionQueries } from '../api/query-client';
import { ErrorAlert } from '../components/ErrorAlert';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { MediaGuard } from '../components/MediaGuard';
import { setLocale } from '../i18n';
import { UnlockScreen } from '../screens/unlock/UnlockScreen';
import type { Route } from './routes';

// The unlock screen is what most starts show, so it is in the first bundle; the rest loads after.
const FirstRunScreen = lazy(() => import('../screens/first-run/FirstRunScreen'));
const UnlockedApp = lazy(() => import('./UnlockedApp'));

type Phase = 'starting' | 'no_vault' | 'locked' | 'unlocked';

/** Main locks on idle time, screen lock and suspend; the renderer learns it by asking. */
const STATUS_POLL_MS = 2000;

// Asked as soon as the bundle runs, not after React's first render: the first screen depends on
// the answer. Settled into a value so an early failure is never an unhandled rejection.
const firstStatus = call('vaultStatus', {}).then(
  (status) => ({ status }),
  (error: unknown) => ({ error }),
);

export function App() {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>('starting');
  const [session, setSession] = useState(0);
  const [startError, setStartError] = useState<unknown>(null);
  // What the first status said is wrong with the vault's files, so the unlock screen opens on the way out.
  const [firstProblem, setFirstProblem] = useState<string | null>(null);
  // Where the advisor was, so unlocking after an auto-lock returns there. Only a screen, a case id
  // and a tab, in memory: no case data outlives the session, and nothing is written anywhere.
  const lastRoute = useRef<Route>({ screen: 'start' });
  const rememberRoute = useCallback((route: Route) => {
    lastRoute.current = route;
  }, []);
  const [resumeRoute, setResumeRoute] = useState<Route>({ screen: 'start' });

  useEffect(() => {
    void firstStatus.then((answer) => {
      if ('error' in answer) return setStartError(answer.error);
      setLocale(answer.status.locale);
      setFirstProblem(answer.status.problem ?? null);
      setPhase(answer.status.state);
    });
  }, []);

  const endSession = useCallback(() => {
    setResumeRoute(lastRoute.current);
    setSession((n) => n + 1);
    setPhase('locked');
  }, []);
  useEffect(() => onVaultLocked(endSession), [endSession]);

  useEffect(() => {
    if (phase !== 'unlocked') return;
    const timer = setInterval(() => {
      call('vaultStatus', {}).then(
        (status) => {
          if (status.state !== 'unlocked') endSession();
        },
        () => undefined,
      );
    }, STATUS_POLL_MS);
    return () => clearInterval(timer);
  }, [phase, endSession]);

  const lockNow = useCallback(async () => {
    try {
      await call('vaultLock', {});
    } finally {
      endSession();
    }
    // endSession is stable (useCallback with no dependencies); exhaustive-deps still wants it listed.
    // oxlint-disable-next-line react/memo-dependencies
  }, [endSession]);

  // A restored backup replaces every case: start a fresh session on the new data.
  const restartSession = useCallback(() => {
    // The remembered case may not exist in the restored data.
    lastRoute.current = { screen: 'start' };
    setResumeRoute(lastRoute.current);
    setSession((n) => n + 1);
  }, []);
  const enter = useCallback(() => {
    // Once in, the first status is history: a later lock asks again.
    setFirstProblem(null);
    setPhase('unlocked');
  }, []);

  const waiting = (
    <Center h="100dvh">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );

  // A soft grey page behind white cards keeps long sessions easy on the eyes.
  return (
    <Box bg="gray.0" mih="100dvh">
      <MediaGuard />
      <SessionQueries key={session}>
        <ErrorBoundary>
          <Suspense fallback={waiting}>
            {phase === 'starting' && (startError ? <ErrorAlert error={startError} title={t('app.startFailed')} /> : waiting)}
            {phase === 'no_vault' && <FirstRunScreen onDone={enter} />}
            {phase === 'locked' && <UnlockScreen onUnlocked={enter} problem={firstProblem} />}
            {phase === 'unlocked' && <UnlockedApp onLock={lockNow} onDataReplaced={restartSession} startRoute={resumeRoute} onRouteChange={rememberRoute} />}
          </Suspense>
        </ErrorBoundary>
      </SessionQueries>
    </Box>
  );
}

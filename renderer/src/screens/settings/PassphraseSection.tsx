import { Button, Group, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { PassphraseInput } from '../../components/PassphraseInput';
import { Section } from '../../components/Section';

/** A new passphrase re-wraps the key; the data and the recovery key stay as they are. */
export function PassphraseSection() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [repeatError, setRepeatError] = useState<string>();
  const [changed, setChanged] = useState(false);
  const submit = useSubmit();

  const change = async (event: FormEvent) => {
    event.preventDefault();
    setChanged(false);
    if (next !== repeat) {
      setRepeatError(t('passphrase.mismatch'));
      return;
    }
    setRepeatError(undefined);
    const result = await submit.run(() => call('vaultChangePassphrase', { current, next }));
    // Passphrases do not stay in memory longer than needed, whatever the outcome.
    setCurrent('');
    if (result) {
      setNext('');
      setRepeat('');
      setChanged(true);
    }
  };

  return (
    <Section title={t('settings.passphraseTitle')} description={t('settings.passphraseHelp')}>
      <form noValidate onSubmit={change}>
        <Stack gap="md" maw={480}>
          <PassphraseInput
            label={t('settings.currentPassphrase')}
            value={current}
            onChange={(event) => setCurrent(event.currentTarget.value)}
            error={submit.fieldErrors.current}
            autoComplete="current-password"
          />
          <NewPassphraseFields passphrase={next} onPassphraseChange={setNext} repeat={repeat} onRepeatChange={setRepeat} repeatError={repeatError} passphraseError={submit.fieldErrors.next} />
          <ErrorAlert error={submit.error} />
          <Group justify="flex-end" gap="sm">
            {changed && (
              <Text size="sm" c="green.8" role="status">
                {t('settings.passphraseChanged')}
              </Text>
            )}
            <Button type="submit" loading={submit.busy}>
              {t('settings.changePassphrase')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

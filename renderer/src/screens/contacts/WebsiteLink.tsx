// A help organisation's website. Main asks the person to confirm before the browser opens, and
// opens only the organisations' own sites; a refusal is shown next to the link.
import { Anchor, Text } from '@mantine/core';
import { useState } from 'react';
import { call, CallFailure } from '../../api/client';

export function WebsiteLink({ url, size = 'sm' }: { url: string; size?: 'xs' | 'sm' }) {
  const [problem, setProblem] = useState<string | null>(null);
  const open = async () => {
    setProblem(null);
    try {
      await call('openExternal', { url });
    } catch (error) {
      setProblem(error instanceof CallFailure ? error.message : String(error));
    }
  };
  return (
    <>
      <Anchor component="button" type="button" size={size} onClick={() => void open()} data-testid="organisation-website">
        {url.replace(/^https:\/\//, '').replace(/\/$/, '')}
      </Anchor>
      {problem && (
        <Text size="xs" c="red.8" role="alert">
          {problem}
        </Text>
      )}
    </>
  );
}

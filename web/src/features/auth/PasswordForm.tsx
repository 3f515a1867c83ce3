// Changing one's own password: the current one, the new one twice (a typo would lock them out).
import { Button, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api/client.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';

export function PasswordForm(props: { oneTime?: boolean; onChanged(): void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const mismatch = repeat.length > 0 && next !== repeat;
  const change = useMutation({
    mutationFn: () => api('/api/v1/auth/password', { method: 'PUT', body: { current, next } }),
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setRepeat('');
      props.onChanged();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!mismatch) change.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={420}>
        <ProblemAlert error={change.error} />
        <PasswordInput
          label={props.oneTime ? t('auth.currentOneTime') : t('auth.current')}
          autoComplete="current-password"
          required
          withAsterisk={false}
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
        />
        <PasswordInput
          label={t('auth.next')}
          autoComplete="new-password"
          required
          withAsterisk={false}
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
        />
        <PasswordInput
          label={t('auth.repeat')}
          autoComplete="new-password"
          required
          withAsterisk={false}
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          error={mismatch ? t('auth.mismatch') : undefined}
        />
        <Button
          type="submit"
          loading={change.isPending}
          disabled={!current || !next || mismatch || next !== repeat}
        >
          {t('auth.change')}
        </Button>
      </Stack>
    </form>
  );
}

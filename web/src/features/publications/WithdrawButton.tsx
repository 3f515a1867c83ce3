// "Tarik": takes a published release off the newsroom; the reason is required and shown in its place.
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toasts/toasts.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { useWithdraw } from './publications.api.ts';

export function WithdrawButton(props: { workspace: string; publicationId: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const withdraw = useWithdraw(props.workspace, props.publicationId);
  return (
    <>
      <Button
        color="red"
        variant="light"
        onClick={() => {
          withdraw.reset();
          setOpen(true);
        }}
      >
        {t('publications.withdraw')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('publications.withdrawTitle')} centered>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            withdraw.mutate(reason.trim(), {
              onSuccess: () => {
                setOpen(false);
                showToast({ title: t('publications.withdrawn'), color: 'teal' });
              },
            });
          }}
        >
          <Stack gap="sm">
            <Text size="sm">{t('publications.withdrawBody')}</Text>
            <Textarea
              label={t('publications.withdrawReason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              required
              autosize
              minRows={3}
              maxLength={1000}
              data-autofocus
            />
            <ProblemAlert error={withdraw.error} />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red" loading={withdraw.isPending} disabled={reason.trim() === ''}>
                {t('publications.withdraw')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

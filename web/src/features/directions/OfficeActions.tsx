// The office's follow-up of a direction: answer an agency's question, remind the agencies not yet
// done, and close it (a reason is required while an agency is not done).
import { Button, Group, NativeSelect, Paper, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toasts/toasts.ts';
import { type Direction, type OfficeAction, useOfficeAction } from './directions.api.ts';
import { FormDialog } from './FormDialog.tsx';

type Dialog = 'answer' | 'remind' | 'close';

export function OfficeActions(props: { workspace: string; d: Direction }) {
  const { t } = useTranslation();
  const { d } = props;
  const act = useOfficeAction(props.workspace, d.id);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [text, setText] = useState('');
  const [asker, setAsker] = useState('');
  if (d.status !== 'open') return null;
  // Agencies that asked a question: the answer goes to one of their rows.
  const askers = d.recipients.filter((r) =>
    d.events.some((e) => e.action === 'clarify' && e.recipientId === r.id),
  );
  const allDone = d.recipients.every((r) => r.status === 'done');
  const open = (next: Dialog) => {
    act.reset();
    setText('');
    setAsker(String(askers[askers.length - 1]?.id ?? ''));
    setDialog(next);
  };
  const close = () => setDialog(null);
  const send = (a: OfficeAction, done: string) =>
    act.mutate(a, {
      onSuccess: () => {
        close();
        showToast({ title: done, color: 'teal' });
      },
    });
  const common = { busy: act.isPending, error: act.error, onClose: close };
  const note = (label: string, required: boolean) => (
    <Textarea
      label={required ? label : `${label} (${t('common.optional')})`}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      required={required}
      autosize
      minRows={3}
      maxLength={4000}
      data-autofocus
    />
  );
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="office-actions"
      data-testid="office-actions"
    >
      <Title order={2} size="h5" id="office-actions" mb="sm">
        {t('directions.officeActionsTitle')}
      </Title>
      <Group gap="xs" wrap="wrap">
        {askers.length > 0 && <Button onClick={() => open('answer')}>{t('directions.answer')}</Button>}
        {!allDone && (
          <Button variant="default" onClick={() => open('remind')}>
            {t('directions.remind')}
          </Button>
        )}
        <Button variant="light" color={allDone ? 'teal' : 'red'} onClick={() => open('close')}>
          {t('directions.close')}
        </Button>
      </Group>
      <FormDialog
        {...common}
        opened={dialog === 'answer'}
        title={t('directions.answer')}
        submitLabel={t('directions.answer')}
        canSubmit={asker !== ''}
        onSubmit={() =>
          send({ kind: 'answer', recipientId: Number(asker), answer: text.trim() }, t('directions.answered'))
        }
      >
        <NativeSelect
          label={t('directions.answerTo')}
          value={asker}
          onChange={(e) => setAsker(e.currentTarget.value)}
          data={askers.map((r) => ({ value: String(r.id), label: r.agencyShortName }))}
        />
        {note(t('directions.answerLabel'), true)}
      </FormDialog>
      <FormDialog
        {...common}
        opened={dialog === 'remind'}
        title={t('directions.remind')}
        intro={t('directions.remindIntro')}
        submitLabel={t('directions.remind')}
        onSubmit={() => send({ kind: 'remind', note: text.trim() }, t('directions.reminded'))}
      >
        {note(t('directions.note'), false)}
      </FormDialog>
      <FormDialog
        {...common}
        opened={dialog === 'close'}
        title={t('directions.close')}
        intro={allDone ? t('directions.closeIntroAllDone') : t('directions.closeIntroNotDone')}
        submitLabel={t('directions.close')}
        danger={!allDone}
        onSubmit={() => send({ kind: 'close', note: text.trim() }, t('directions.closed_'))}
      >
        {note(t('directions.closeReason'), !allDone)}
      </FormDialog>
    </Paper>
  );
}

// What an agency officer does on their own agency's row: accept it (with the agency's agenda
// number), report progress, report done with evidence, ask for clarification, forward it onward.
import { Button, Checkbox, Group, Paper, SimpleGrid, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toasts/toasts.ts';
import {
  type Direction,
  type Recipient,
  type RecipientAction,
  useRecipientAction,
} from './directions.api.ts';
import { EvidenceInput, type EvidenceItem } from './EvidenceInput.tsx';
import { FormDialog } from './FormDialog.tsx';

type Dialog = 'read' | 'progress' | 'report' | 'clarify' | 'forward';

export function RecipientActions(props: { workspace: string; d: Direction; r: Recipient }) {
  const { t } = useTranslation();
  const { d, r } = props;
  const act = useRecipientAction(props.workspace, d.id, r.id);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [text, setText] = useState('');
  const [evidence, setEvidence] = useState<EvidenceItem[]>([]);
  const [targets, setTargets] = useState<string[]>([]);
  if (d.status !== 'open' || r.status === 'done') return null;
  const open = (next: Dialog) => {
    act.reset();
    setText('');
    setEvidence([]);
    setTargets([]);
    setDialog(next);
  };
  const close = () => setDialog(null);
  const send = (action: RecipientAction, done: string) =>
    act.mutate(action, {
      onSuccess: () => {
        close();
        showToast({ title: done, color: 'teal' });
      },
    });
  const common = { busy: act.isPending, error: act.error, onClose: close };
  const note = (label: string, required = true) => (
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
      aria-labelledby={`recipient-actions-${r.id}`}
      data-testid="recipient-actions"
    >
      <Title order={2} size="h5" id={`recipient-actions-${r.id}`} mb="sm">
        {t('directions.actionsTitle')} ({r.agencyShortName})
      </Title>
      <Group gap="xs" wrap="wrap">
        {r.status === 'sent' && (
          <Button color="teal" onClick={() => open('read')}>
            {t('directions.accept')}
          </Button>
        )}
        <Button variant={r.status === 'sent' ? 'default' : 'filled'} onClick={() => open('progress')}>
          {t('directions.progress')}
        </Button>
        <Button
          color="teal"
          variant={r.status === 'sent' ? 'default' : 'filled'}
          onClick={() => open('report')}
        >
          {t('directions.report')}
        </Button>
        <Button variant="default" onClick={() => open('clarify')}>
          {t('directions.clarify')}
        </Button>
        <Button variant="default" onClick={() => open('forward')}>
          {t('directions.forward')}
        </Button>
      </Group>

      <FormDialog
        {...common}
        opened={dialog === 'read'}
        title={t('directions.acceptTitle')}
        submitLabel={t('directions.accept')}
        onSubmit={() =>
          send({ type: 'read', ...(text.trim() ? { agendaNo: text.trim() } : {}) }, t('directions.accepted'))
        }
      >
        <TextInput
          label={`${t('directions.agendaLabel')} (${t('common.optional')})`}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          maxLength={100}
          data-autofocus
        />
      </FormDialog>
      <FormDialog
        {...common}
        opened={dialog === 'progress'}
        title={t('directions.progress')}
        submitLabel={t('directions.progress')}
        onSubmit={() => send({ type: 'progress', note: text.trim(), evidence }, t('directions.progressDone'))}
      >
        {note(t('directions.note'))}
        <EvidenceInput value={evidence} onChange={setEvidence} />
      </FormDialog>
      <FormDialog
        {...common}
        opened={dialog === 'report'}
        title={t('directions.report')}
        intro={t('directions.evidenceNeeded')}
        submitLabel={t('directions.report')}
        canSubmit={evidence.length > 0}
        onSubmit={() => send({ type: 'report', note: text.trim(), evidence }, t('directions.reportDone'))}
      >
        {note(t('directions.note'))}
        <EvidenceInput value={evidence} onChange={setEvidence} />
      </FormDialog>
      <FormDialog
        {...common}
        opened={dialog === 'clarify'}
        title={t('directions.clarify')}
        submitLabel={t('directions.clarify')}
        onSubmit={() => send({ type: 'clarify', question: text.trim() }, t('directions.clarifyDone'))}
      >
        {note(t('directions.question'))}
      </FormDialog>
      <FormDialog
        {...common}
        opened={dialog === 'forward'}
        title={t('directions.forward')}
        submitLabel={t('directions.forward')}
        canSubmit={targets.length > 0}
        onSubmit={() =>
          send(
            { type: 'forward', agencyIds: targets.map(Number), note: text.trim() },
            t('directions.forwardDone'),
          )
        }
      >
        {d.forwardTo.length === 0 ? (
          <Text size="sm">{t('directions.noForwardTargets')}</Text>
        ) : (
          <Checkbox.Group
            label={t('directions.forwardTo')}
            value={targets}
            onChange={setTargets}
            withAsterisk
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
              {d.forwardTo.map((a) => (
                <Checkbox key={a.id} value={String(a.id)} label={a.shortName} title={a.name} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        )}
        {note(t('directions.note'), false)}
      </FormDialog>
    </Paper>
  );
}

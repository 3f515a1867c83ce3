// The buttons for the case's current step, exactly those the server allows me: done or "Setuju",
// YES/NO on a decision, back for revision, to a colleague, or cancel. Each opens a short form that
// asks for what the action needs (a reason is required where the SOP expects one) and shows the
// server's refusal in place.
import { Button, Group, Modal, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toasts/toasts.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import type { SopDefinition } from '../sops/sops.api.ts';
import { type CaseAction, type SopCase, useCaseAction } from './sop-cases.api.ts';

type Dialog = 'complete' | 'yes' | 'no' | 'return' | 'hand_over' | 'cancel';

const NOTE_MAX = 4000;

function ActionDialog(props: {
  opened: boolean;
  title: string;
  intro?: ReactNode;
  noteLabel: string;
  noteRequired: boolean;
  noteHelp?: string;
  submitLabel: string;
  danger?: boolean;
  busy: boolean;
  error: unknown;
  /** A choice the action needs (the step to return to, the colleague), above the note. */
  children?: ReactNode;
  canSubmit?: boolean;
  onSubmit(note: string): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit(note.trim());
  };
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      size="lg"
      centered
      onExitTransitionEnd={() => setNote('')}
    >
      <form onSubmit={submit}>
        <Stack gap="sm">
          {props.intro && <Text size="sm">{props.intro}</Text>}
          {props.children}
          <Textarea
            label={props.noteRequired ? props.noteLabel : `${props.noteLabel} (${t('common.optional')})`}
            description={props.noteHelp}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            required={props.noteRequired}
            autosize
            minRows={3}
            maxLength={NOTE_MAX}
            data-autofocus
          />
          <ProblemAlert error={props.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color={props.danger ? 'red' : undefined}
              loading={props.busy}
              disabled={props.canSubmit === false}
            >
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function CaseActions(props: { workspace: string; c: SopCase; definition?: SopDefinition }) {
  const { t } = useTranslation();
  const { c } = props;
  const act = useCaseAction(props.workspace, c.id);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [returnTo, setReturnTo] = useState<string>('');
  const [colleague, setColleague] = useState<string>('');
  const allowed = new Set(c.allowedActions);
  const roleName = t(`roles.${c.step.role}`);
  const stepName = (no: number) => {
    const activity = props.definition?.steps.find((s) => s.no === no)?.activity;
    return activity ? `${t('cases.stepOnly', { no })}: ${activity}` : t('cases.stepOnly', { no });
  };
  const lastStep = c.step.no >= c.sop.steps;

  const open = (d: Dialog) => {
    act.reset();
    if (d === 'return') setReturnTo(String(c.returnTargets[c.returnTargets.length - 1] ?? ''));
    if (d === 'hand_over') setColleague(String(c.handOverTo[0]?.id ?? ''));
    setDialog(d);
  };
  const close = () => setDialog(null);
  const send = (action: CaseAction, done: string) =>
    act.mutate(action, {
      onSuccess: ({ case: next }) => {
        close();
        showToast({
          title: done,
          message:
            next.status === 'done'
              ? t('cases.actions.nowDone')
              : next.status === 'cancelled'
                ? undefined
                : t('cases.actions.nowAt', { no: next.step.no, role: t(`rolesShort.${next.step.role}`) }),
          color: 'teal',
        });
      },
    });
  const common = { busy: act.isPending, error: act.error, onClose: close };

  if (c.status !== 'open') return null;
  if (allowed.size === 0) {
    return (
      <Paper withBorder radius="md" p="md" bg="gray.0" data-testid="case-actions">
        <Stack gap="xs">
          {/* A refusal that just closed the form (a colleague acted first) stays readable here. */}
          <ProblemAlert error={act.error} />
          <Text size="sm">
            {c.assignee
              ? t('cases.actions.waitingForPerson', {
                  name: c.assignee.name,
                  role: t(`rolesShort.${c.step.role}`),
                })
              : t('cases.actions.waitingForRole', { role: roleName })}
          </Text>
        </Stack>
      </Paper>
    );
  }

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="case-actions"
      data-testid="case-actions"
    >
      <Title order={2} size="h5" id="case-actions" mb="sm">
        {t('cases.actions.title')}
      </Title>
      <Group gap="xs" wrap="wrap">
        {allowed.has('complete') && (
          <Button color="teal" onClick={() => open('complete')}>
            {c.step.approval ? t('cases.actions.approve') : t('cases.actions.complete')}
          </Button>
        )}
        {allowed.has('decide') && (
          <>
            <Button color="teal" onClick={() => open('yes')}>
              {t('cases.actions.yes')}
            </Button>
            <Button color="orange" variant="light" onClick={() => open('no')}>
              {t('cases.actions.no')}
            </Button>
          </>
        )}
        {allowed.has('return') && (
          <Button variant="default" onClick={() => open('return')}>
            {t('cases.actions.return')}
          </Button>
        )}
        {allowed.has('hand_over') && (
          <Button variant="default" onClick={() => open('hand_over')}>
            {t('cases.actions.handOver')}
          </Button>
        )}
        {allowed.has('cancel') && (
          <Button variant="subtle" color="red" onClick={() => open('cancel')}>
            {t('cases.actions.cancel')}
          </Button>
        )}
      </Group>

      <ActionDialog
        {...common}
        opened={dialog === 'complete'}
        title={
          c.step.approval
            ? t('cases.actions.approveTitle', { no: c.step.no })
            : t('cases.actions.completeTitle', { no: c.step.no })
        }
        intro={lastStep ? t('cases.actions.lastStep') : t('cases.actions.nextStep', { no: c.step.no + 1 })}
        noteLabel={t('cases.actions.note')}
        noteRequired={false}
        submitLabel={c.step.approval ? t('cases.actions.approve') : t('cases.actions.complete')}
        onSubmit={(note) =>
          send(
            { type: 'complete', ...(note ? { note } : {}) },
            c.step.approval ? t('cases.actions.approved') : t('cases.actions.completed'),
          )
        }
      />
      <ActionDialog
        {...common}
        opened={dialog === 'yes'}
        title={t('cases.actions.yesTitle', { no: c.step.no })}
        noteLabel={t('cases.actions.note')}
        noteRequired={false}
        submitLabel={t('cases.actions.yes')}
        onSubmit={(note) =>
          send({ type: 'decide', answer: 'yes', ...(note ? { note } : {}) }, t('cases.actions.decidedYes'))
        }
      />
      <ActionDialog
        {...common}
        opened={dialog === 'no'}
        title={t('cases.actions.noTitle', { no: c.step.no })}
        intro={t('cases.actions.noIntro')}
        noteLabel={t('cases.actions.reason')}
        noteHelp={t('cases.actions.reasonHelp')}
        noteRequired
        submitLabel={t('cases.actions.no')}
        onSubmit={(note) => send({ type: 'decide', answer: 'no', note }, t('cases.actions.decidedNo'))}
      />
      <ActionDialog
        {...common}
        opened={dialog === 'return'}
        title={t('cases.actions.returnTitle', { no: c.step.no })}
        noteLabel={t('cases.actions.revisionNote')}
        noteHelp={t('cases.actions.reasonHelp')}
        noteRequired
        submitLabel={t('cases.actions.return')}
        canSubmit={returnTo !== ''}
        onSubmit={(note) =>
          send({ type: 'return', to: Number(returnTo), note }, t('cases.actions.returned', { no: returnTo }))
        }
      >
        <NativeSelect
          label={t('cases.actions.returnTo')}
          value={returnTo}
          onChange={(e) => setReturnTo(e.currentTarget.value)}
          data={c.returnTargets.map((no) => ({ value: String(no), label: stepName(no) }))}
          required
        />
      </ActionDialog>
      <ActionDialog
        {...common}
        opened={dialog === 'hand_over'}
        title={t('cases.actions.handOverTitle', { no: c.step.no })}
        intro={
          c.handOverTo.length === 0
            ? t('cases.actions.noColleague', { role: roleName })
            : t('cases.actions.handOverIntro', { role: roleName })
        }
        noteLabel={t('cases.actions.note')}
        noteRequired={false}
        submitLabel={t('cases.actions.handOver')}
        canSubmit={colleague !== ''}
        onSubmit={(note) => {
          const person = c.handOverTo.find((p) => String(p.id) === colleague);
          send(
            { type: 'hand_over', toUserId: Number(colleague), ...(note ? { note } : {}) },
            t('cases.actions.handedOver', { name: person?.name ?? '' }),
          );
        }}
      >
        {c.handOverTo.length > 0 && (
          <NativeSelect
            label={t('cases.actions.colleague')}
            value={colleague}
            onChange={(e) => setColleague(e.currentTarget.value)}
            data={c.handOverTo.map((p) => ({ value: String(p.id), label: p.name }))}
            required
          />
        )}
      </ActionDialog>
      <ActionDialog
        {...common}
        opened={dialog === 'cancel'}
        title={t('cases.actions.cancelTitle')}
        intro={t('cases.actions.cancelIntro')}
        noteLabel={t('cases.actions.cancelReason')}
        noteRequired
        danger
        submitLabel={t('cases.actions.cancelConfirm')}
        onSubmit={(note) => send({ type: 'cancel', note }, t('cases.actions.cancelled'))}
      />
    </Paper>
  );
}

// An analyst's edits of an issue: rename, lock or unlock, merge another issue into it.
import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toasts/toasts.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { type IssueDetail, useEditIssue, useIssues, useMergeIssue } from './issues.api.ts';

function RenameForm(props: { workspace: string; issue: IssueDetail; onDone(): void }) {
  const { t } = useTranslation();
  const [label, setLabel] = useState(props.issue.label);
  const edit = useEditIssue(props.workspace, props.issue.id);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        edit.mutate(
          { label: label.trim() },
          {
            onSuccess: () => {
              showToast({ title: t('issues.renamed') });
              props.onDone();
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t('issues.newName')}
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          required
          maxLength={200}
          data-autofocus
        />
        <ProblemAlert error={edit.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={edit.isPending} disabled={!label.trim()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function MergeForm(props: { workspace: string; issue: IssueDetail; onDone(): void }) {
  const { t } = useTranslation();
  const issues = useIssues(props.workspace, 90, 200);
  const [from, setFrom] = useState<string | null>(null);
  const merge = useMergeIssue(props.workspace, props.issue.id);
  return (
    <Stack gap="sm">
      <Text size="sm">{t('issues.mergeHelp')}</Text>
      <Select
        label={t('issues.mergeChoose')}
        searchable
        value={from}
        onChange={setFrom}
        data={(issues.data ?? [])
          .filter((i) => i.id !== props.issue.id)
          .map((i) => ({ value: String(i.id), label: i.label }))}
        data-autofocus
      />
      <ProblemAlert error={merge.error} />
      <Group justify="flex-end">
        <Button
          disabled={!from}
          loading={merge.isPending}
          onClick={() =>
            merge.mutate(Number(from), {
              onSuccess: () => {
                showToast({ title: t('issues.merged') });
                props.onDone();
              },
            })
          }
        >
          {t('issues.merge')}
        </Button>
      </Group>
    </Stack>
  );
}

export function IssueActions(props: { workspace: string; issue: IssueDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'rename' | 'merge' | null>(null);
  const lock = useEditIssue(props.workspace, props.issue.id);
  const close = () => setOpen(null);
  return (
    <>
      <Button size="xs" variant="default" onClick={() => setOpen('rename')}>
        {t('issues.rename')}
      </Button>
      <Button
        size="xs"
        variant="default"
        loading={lock.isPending}
        title={t('issues.lockHelp')}
        onClick={() => lock.mutate({ locked: !props.issue.locked })}
      >
        {props.issue.locked ? t('issues.unlock') : t('issues.lock')}
      </Button>
      <Button size="xs" variant="default" onClick={() => setOpen('merge')}>
        {t('issues.merge')}
      </Button>
      {lock.error ? <ProblemAlert error={lock.error} /> : null}
      <Modal opened={open === 'rename'} onClose={close} title={t('issues.rename')}>
        <RenameForm workspace={props.workspace} issue={props.issue} onDone={close} />
      </Modal>
      <Modal opened={open === 'merge'} onClose={close} title={t('issues.merge')}>
        <MergeForm workspace={props.workspace} issue={props.issue} onDone={close} />
      </Modal>
    </>
  );
}

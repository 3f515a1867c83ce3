// "Mulai kasus": a report or a publication starts its way through an SOP — which SOP, and what it
// is called — and opens at its first step.
import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { showToast } from '../../app/toasts/toasts.ts';
import { PlusIcon } from '../../app/ui/icons.tsx';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { useSops } from '../sops/sops.api.ts';
import { useStartCase } from './sop-cases.api.ts';

function StartCaseForm(props: { workspace: string; sop?: string; onDone(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sops = useSops(props.workspace);
  const start = useStartCase(props.workspace);
  const [sop, setSop] = useState(props.sop ?? '');
  const [title, setTitle] = useState('');
  const chosen = sop || sops.data?.[0]?.key || '';
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        start.mutate(
          { sop: chosen, title: title.trim() },
          {
            onSuccess: ({ case: c }) => {
              showToast({ title: t('cases.start.started'), color: 'teal' });
              props.onDone();
              navigate(`/kasus/${c.id}`);
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        <NativeSelect
          label={t('cases.start.sop')}
          value={chosen}
          onChange={(e) => setSop(e.currentTarget.value)}
          disabled={sops.isPending}
          data={(sops.data ?? []).map((s) => ({ value: s.key, label: `${s.title} (${s.number})` }))}
          required
        />
        <ProblemAlert error={sops.error} />
        <TextInput
          label={t('cases.start.title')}
          description={t('cases.start.titleHelp')}
          placeholder={t('cases.start.titlePlaceholder')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required
          maxLength={300}
          data-autofocus
        />
        <ProblemAlert error={start.error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={props.onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={start.isPending} disabled={!chosen || !title.trim()}>
            {t('cases.start.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function StartCaseButton(props: { workspace: string; sop?: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button leftSection={<PlusIcon width={16} height={16} />} onClick={() => setOpened(true)}>
        {t('cases.start.button')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('cases.start.heading')}>
        {opened && (
          <StartCaseForm workspace={props.workspace} sop={props.sop} onDone={() => setOpened(false)} />
        )}
      </Modal>
    </>
  );
}

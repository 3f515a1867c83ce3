// "Beri arahan": the office records the leader's direction and sends it to agencies as a
// disposition. Opened from Arahan, or from an SOP A case (its id, and its report, come along).
import {
  Button,
  Checkbox,
  Modal,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ZONES } from '../../app/format/zones.ts';
import { useSession } from '../../app/session/SessionProvider.tsx';
import { showToast } from '../../app/toasts/toasts.ts';
import { PlusIcon } from '../../app/ui/icons.tsx';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { useIssues } from '../issues/issues.api.ts';
import { useAgencies } from '../settings/agencies.api.ts';
import { NATURES, type Nature, useGiveDirection } from './directions.api.ts';

/**
 * The workspace's wall clock ("yyyy-mm-ddThh:mm", WIB/WITA/WIT, not the browser's zone) three
 * working days ahead at 16:00, the usual office closing time.
 */
function defaultDue(now: Date, offsetMinutes: number): string {
  const d = new Date(now.getTime() + offsetMinutes * 60_000);
  let added = 0;
  while (added < 3) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) added += 1;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T16:00`;
}

function GiveDirectionForm(props: {
  workspace: string;
  caseId?: number;
  reportId?: number;
  onDone(id: number): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const agencies = useAgencies(props.workspace);
  const issues = useIssues(props.workspace, 30, 200);
  const give = useGiveDirection(props.workspace);
  const [subject, setSubject] = useState('');
  const [instruction, setInstruction] = useState('');
  const [nature, setNature] = useState<Nature>('biasa');
  const { zone } = useSession();
  const [due, setDue] = useState(() => defaultDue(new Date(), ZONES[zone].minutes));
  const [recipients, setRecipients] = useState<string[]>([]);
  const [issueIds, setIssueIds] = useState<string[]>([]);
  const active = (agencies.data ?? []).filter((a) => a.active);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    give.mutate(
      {
        subject: subject.trim(),
        instruction: instruction.trim(),
        nature,
        dueAt: `${due}:00${ZONES[zone].offset}`,
        recipients: recipients.map(Number),
        links: issueIds.map((id) => ({ kind: 'issue' as const, id: Number(id) })),
        ...(props.caseId ? { caseId: props.caseId } : {}),
        ...(props.reportId ? { reportId: props.reportId } : {}),
      },
      {
        onSuccess: ({ direction }) => {
          showToast({ title: t('directions.given'), color: 'teal' });
          props.onDone(direction.id);
        },
      },
    );
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <TextInput
          label={t('directions.subject')}
          value={subject}
          onChange={(e) => setSubject(e.currentTarget.value)}
          required
          maxLength={300}
          data-autofocus
        />
        <Textarea
          label={t('directions.instructionLabel')}
          value={instruction}
          onChange={(e) => setInstruction(e.currentTarget.value)}
          required
          autosize
          minRows={3}
          maxLength={4000}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('directions.nature')}
            value={nature}
            onChange={(e) => setNature(e.currentTarget.value as Nature)}
            data={NATURES.map((n) => ({ value: n, label: t(`directions.natures.${n}`) }))}
          />
          <TextInput
            label={`${t('directions.dueLabel')} (${zone})`}
            type="datetime-local"
            value={due}
            onChange={(e) => setDue(e.currentTarget.value)}
            required
          />
        </SimpleGrid>
        <Checkbox.Group
          label={t('directions.recipientsLabel')}
          value={recipients}
          onChange={setRecipients}
          withAsterisk
        >
          {active.length === 0 ? (
            <Text size="sm" c="dimmed" mt={4}>
              {t('directions.noAgencies')}
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
              {active.map((a) => (
                <Checkbox key={a.id} value={String(a.id)} label={a.shortName} title={a.name} />
              ))}
            </SimpleGrid>
          )}
        </Checkbox.Group>
        <MultiSelect
          label={`${t('directions.issuesLabel')} (${t('common.optional')})`}
          placeholder={t('directions.issuesPlaceholder')}
          searchable
          clearable
          value={issueIds}
          onChange={setIssueIds}
          data={(issues.data ?? []).map((i) => ({ value: String(i.id), label: i.label }))}
          comboboxProps={{ withinPortal: true }}
        />
        <ProblemAlert error={give.error} />
        <SimpleGrid cols={2} spacing="xs">
          <Button variant="default" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={give.isPending} disabled={recipients.length === 0}>
            {t('directions.send')}
          </Button>
        </SimpleGrid>
      </Stack>
    </form>
  );
}

export function GiveDirectionButton(props: { workspace: string; caseId?: number; reportId?: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button leftSection={<PlusIcon />} onClick={() => setOpened(true)}>
        {t('directions.give')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('directions.giveTitle')}
        size="lg"
        centered
      >
        <GiveDirectionForm
          workspace={props.workspace}
          caseId={props.caseId}
          reportId={props.reportId}
          onCancel={() => setOpened(false)}
          onDone={(id) => {
            setOpened(false);
            navigate(`/arahan/${id}`);
          }}
        />
      </Modal>
    </>
  );
}

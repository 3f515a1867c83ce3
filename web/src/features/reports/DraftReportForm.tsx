// "Susun laporan": the period (last week by default) and an optional title. Drafting takes a few
// seconds on the server; the form says so while it waits, then opens the new report.
import { Alert, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../app/session/SessionProvider.tsx';
import { useErrorMessage } from '../../app/ui/States.tsx';
import { lastWeek } from './lastWeek.ts';
import { useDraftReport } from './reports.api.ts';

export function DraftReportForm(props: { workspace: string; onCancel(): void }) {
  const { t } = useTranslation();
  const { zone } = useSession();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const [period, setPeriod] = useState(() => lastWeek(new Date(), zone));
  const [title, setTitle] = useState('');
  const draft = useDraftReport(props.workspace);

  function submit(event: FormEvent) {
    event.preventDefault();
    draft.mutate(
      { from: period.from, to: period.to, title: title.trim() || undefined },
      { onSuccess: (data) => navigate(`/laporan/${data.report.id}`) },
    );
  }

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      mb="md"
      component="form"
      onSubmit={submit}
      aria-label={t('reports.draft')}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={t('reports.from')}
            required
            value={period.from}
            onChange={(e) => setPeriod({ ...period, from: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('reports.to')}
            required
            value={period.to}
            onChange={(e) => setPeriod({ ...period, to: e.currentTarget.value })}
          />
        </SimpleGrid>
        <TextInput
          label={t('reports.titleOptional')}
          description={t('reports.titleHint')}
          value={title}
          maxLength={300}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        {draft.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(draft.error)}
          </Alert>
        )}
        {draft.isPending && (
          <Group gap="xs" aria-live="polite">
            <Loader size="sm" />
            <Text size="sm">{t('reports.drafting')}</Text>
          </Group>
        )}
        <Group gap="xs">
          <Button type="submit" loading={draft.isPending}>
            {t('reports.draftSubmit')}
          </Button>
          <Button variant="default" onClick={props.onCancel} disabled={draft.isPending}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

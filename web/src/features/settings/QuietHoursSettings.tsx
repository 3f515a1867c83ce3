// Jam tenang: the hours in which notice e-mails wait (they still appear in the app at once), so a
// step handed over at 22:00 does not wake the head of bureau. Administrators change them.
import { Button, Group, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/useFormat.ts';
import { showToast } from '../../app/toasts/toasts.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { LoadingState } from '../../app/ui/States.tsx';
import {
  type QuietHours,
  type QuietHoursInput,
  useQuietHours,
  useSaveQuietHours,
} from './quiet-hours.api.ts';

function QuietHoursForm(props: { workspace: string; quiet: QuietHours; canEdit: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const save = useSaveQuietHours(props.workspace);
  const fromServer = (): QuietHoursInput => ({
    enabled: props.quiet.enabled,
    start: props.quiet.start,
    end: props.quiet.end,
  });
  const [draft, setDraft] = useState<QuietHoursInput>(fromServer);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new answer from the server replaces the draft
  useEffect(() => setDraft(fromServer()), [props.quiet]);
  const readOnly = !props.canEdit;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="quiet-hours">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(draft, {
            onSuccess: () => showToast({ title: t('settings.quietHours.saved'), color: 'teal' }),
          });
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h5" id="quiet-hours">
            {t('settings.quietHours.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('settings.quietHours.intro', { zone: props.quiet.zone })}
          </Text>
          <Switch
            label={t('settings.quietHours.enabled')}
            checked={draft.enabled}
            disabled={readOnly}
            onChange={(e) => {
              const enabled = e.currentTarget.checked;
              setDraft((d) => ({ ...d, enabled }));
            }}
          />
          <Group gap="xs" align="end">
            <TextInput
              type="time"
              size="xs"
              w={120}
              label={t('settings.quietHours.start')}
              value={draft.start}
              disabled={readOnly || !draft.enabled}
              required
              onChange={(e) => {
                const start = e.currentTarget.value;
                setDraft((d) => ({ ...d, start }));
              }}
            />
            <TextInput
              type="time"
              size="xs"
              w={120}
              label={t('settings.quietHours.end')}
              value={draft.end}
              disabled={readOnly || !draft.enabled}
              required
              onChange={(e) => {
                const end = e.currentTarget.value;
                setDraft((d) => ({ ...d, end }));
              }}
            />
          </Group>
          <ProblemAlert error={save.error} />
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text size="xs" c="dimmed">
              {props.quiet.updatedAt
                ? t('settings.quietHours.updated', {
                    who: props.quiet.updatedBy ?? '—',
                    when: fmt.dateTime(props.quiet.updatedAt),
                  })
                : t('settings.quietHours.defaults')}
            </Text>
            {props.canEdit && (
              <Button type="submit" size="xs" loading={save.isPending}>
                {t('settings.quietHours.save')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function QuietHoursSettings(props: { workspace: string; canEdit: boolean }) {
  const quiet = useQuietHours(props.workspace);
  return (
    <QueryView query={quiet} skeleton={<LoadingState rows={2} />}>
      {(data) => <QuietHoursForm workspace={props.workspace} quiet={data} canEdit={props.canEdit} />}
    </QueryView>
  );
}

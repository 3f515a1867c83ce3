// Pengaturan › Siaran pers › Ruang berita: the public newsroom's name and, optionally, the host name
// it answers on by itself (e.g. berita.sukamajukab.go.id), with a link to it. Administrators change it.
import { Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toasts/toasts.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import {
  type NewsroomSettings as Settings,
  useNewsroomSettings,
  useSaveNewsroomSettings,
} from './publications.api.ts';

function Form(props: { workspace: string; saved: Settings; canEdit: boolean }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(props.saved.title);
  const [host, setHost] = useState(props.saved.host);
  const save = useSaveNewsroomSettings(props.workspace);
  useEffect(() => {
    setTitle(props.saved.title);
    setHost(props.saved.host);
  }, [props.saved]);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          { title: title.trim(), host: host.trim().toLowerCase() },
          { onSuccess: () => showToast({ title: t('common.saved'), color: 'teal' }) },
        );
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t('publications.settings.newsroomTitle')}
          description={t('publications.settings.newsroomTitleHint')}
          value={title}
          maxLength={120}
          disabled={!props.canEdit}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <TextInput
          label={`${t('publications.settings.host')} (${t('common.optional')})`}
          description={t('publications.settings.hostHint')}
          placeholder="berita.sukamajukab.go.id"
          value={host}
          maxLength={253}
          disabled={!props.canEdit}
          onChange={(e) => setHost(e.currentTarget.value)}
        />
        <ProblemAlert error={save.error} />
        {props.canEdit && (
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

export function NewsroomSettings(props: { workspace: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const settings = useNewsroomSettings(props.workspace);
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="newsroom-settings"
      data-testid="newsroom-settings"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="newsroom-settings">
          {t('publications.settings.newsroom')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('publications.settings.newsroomBody')}{' '}
          <Anchor href="/newsroom/" target="_blank" rel="noopener">
            {t('publications.openNewsroom')}
          </Anchor>
        </Text>
        <QueryView query={settings}>
          {(saved) => <Form workspace={props.workspace} saved={saved} canEdit={props.canEdit} />}
        </QueryView>
      </Stack>
    </Paper>
  );
}

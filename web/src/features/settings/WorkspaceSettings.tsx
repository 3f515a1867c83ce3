// The workspace itself: its name and slug (administrators only), region and time zone.
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api/client.ts';
import { useSession, WORKSPACES_KEY } from '../../app/session/SessionProvider.tsx';
import type { Workspace } from '../../app/session/types.ts';
import { showToast } from '../../app/toasts/toasts.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';

export function WorkspaceSettings(props: { workspace: Workspace }) {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const [name, setName] = useState(props.workspace.name);
  const [slug, setSlug] = useState(props.workspace.slug);
  const canEdit = session.can('manageWorkspace');
  const save = useMutation({
    mutationFn: () =>
      api<{ workspace: Workspace }>(`/api/v1/workspaces/${encodeURIComponent(props.workspace.slug)}`, {
        method: 'PATCH',
        body: {
          ...(name.trim() !== props.workspace.name ? { name: name.trim() } : {}),
          ...(slug.trim() !== props.workspace.slug ? { slug: slug.trim() } : {}),
        },
      }),
    onSuccess: async ({ workspace }) => {
      await queryClient.invalidateQueries({ queryKey: WORKSPACES_KEY });
      if (workspace.slug !== props.workspace.slug) session.chooseWorkspace(workspace.slug);
      showToast({ title: t('settings.workspace.saved') });
    },
  });
  const changed = name.trim() !== props.workspace.name || slug.trim() !== props.workspace.slug;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap="sm" maw={560}>
        {!canEdit && (
          <Alert variant="light" color="gray">
            {t('settings.workspace.adminOnly')}
          </Alert>
        )}
        <TextInput
          label={t('settings.workspace.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          disabled={!canEdit}
          required
          maxLength={200}
        />
        <TextInput
          label={t('settings.workspace.slug')}
          description={t('settings.workspace.slugHelp')}
          value={slug}
          onChange={(e) => setSlug(e.currentTarget.value)}
          disabled={!canEdit}
          maxLength={60}
        />
        <Group gap="xl">
          <div>
            <Text size="sm" fw={500}>
              {t('settings.workspace.region')}
            </Text>
            <Text size="sm">{props.workspace.region}</Text>
          </div>
          <div>
            <Text size="sm" fw={500}>
              {t('settings.workspace.timeZone')}
            </Text>
            <Text size="sm">{props.workspace.timeZone}</Text>
          </div>
        </Group>
        <ProblemAlert error={save.error} />
        {canEdit && (
          <Group>
            <Button type="submit" loading={save.isPending} disabled={!changed || !name.trim()}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

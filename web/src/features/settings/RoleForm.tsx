// Changing a user's role in this workspace.
import { Button, Group, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, User } from '../../app/session/types.ts';
import { showToast } from '../../app/toasts/toasts.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { AgencySelect, ROLES } from './UserForm.tsx';
import { useGrantRole } from './users.api.ts';

export function RoleForm(props: { workspace: string; user: User; current: Role | null; onDone(): void }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(props.current ?? 'viewer');
  const [agency, setAgency] = useState<string | null>(null);
  const grant = useGrantRole(props.workspace);
  return (
    <Stack gap="sm">
      <Select
        label={t('settings.users.role')}
        value={role}
        allowDeselect={false}
        onChange={(v) => setRole((v ?? 'viewer') as Role)}
        data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        data-autofocus
      />
      {role === 'agency_officer' && (
        <AgencySelect workspace={props.workspace} value={agency} onChange={setAgency} />
      )}
      <ProblemAlert error={grant.error} />
      <Group justify="flex-end">
        <Button
          loading={grant.isPending}
          disabled={role === 'agency_officer' && !agency}
          onClick={() =>
            grant.mutate(
              {
                id: props.user.id,
                role,
                agency: role === 'agency_officer' ? (agency ?? undefined) : undefined,
              },
              {
                onSuccess: () => {
                  showToast({ title: t('settings.users.roleSaved') });
                  props.onDone();
                },
              },
            )
          }
        >
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

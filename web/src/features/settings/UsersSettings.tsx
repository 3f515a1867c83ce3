// Users and their roles in this workspace, for administrators: add, change or revoke a role,
// reset a password (a new one-time password, shown once), disable or enable an account.
import { ActionIcon, Badge, Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session/SessionProvider.tsx';
import type { User } from '../../app/session/types.ts';
import { ConfirmDialog } from '../../app/ui/ConfirmDialog.tsx';
import { DataTable } from '../../app/ui/DataTable.tsx';
import { DotsIcon, PlusIcon } from '../../app/ui/icons.tsx';
import { OneTimeSecret } from '../../app/ui/OneTimeSecret.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { LoadingState } from '../../app/ui/States.tsx';
import { RoleForm } from './RoleForm.tsx';
import { UserForm } from './UserForm.tsx';
import { useResetPassword, useRevokeRole, useSetDisabled, useUsers } from './users.api.ts';

type Dialog = { kind: 'add' } | { kind: 'role' | 'reset' | 'revoke'; user: User } | null;

export function UsersSettings(props: { workspace: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const users = useUsers(props.workspace);
  const [dialog, setDialog] = useState<Dialog>(null);
  const setDisabled = useSetDisabled(props.workspace);
  const reset = useResetPassword(props.workspace);
  const revoke = useRevokeRole(props.workspace);
  const workspaceId = session.workspace?.id;
  const roleHere = (u: User) => u.memberships.find((m) => m.workspaceId === workspaceId)?.role ?? null;
  const close = () => {
    setDialog(null);
    reset.reset();
    revoke.reset();
  };

  return (
    <Stack gap="md">
      <Group justify="flex-end">
        <Button
          size="xs"
          leftSection={<PlusIcon width={14} height={14} />}
          onClick={() => setDialog({ kind: 'add' })}
        >
          {t('settings.users.add')}
        </Button>
      </Group>
      <QueryView query={users} skeleton={<LoadingState rows={5} />}>
        {(rows) => (
          <DataTable
            caption={t('settings.tabs.users')}
            rows={rows}
            rowKey={(r) => r.id}
            exportable
            minWidth={640}
            testId="users-table"
            columns={[
              {
                key: 'name',
                header: t('common.name'),
                cell: (u) => (
                  <Stack gap={0}>
                    <Text size="sm" fw={600}>
                      {u.name}
                    </Text>
                    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {u.email}
                    </Text>
                  </Stack>
                ),
                value: (u) => u.name,
              },
              {
                key: 'email',
                header: t('settings.users.email'),
                cell: () => null,
                value: (u) => u.email,
                exportOnly: true,
              },
              {
                key: 'role',
                header: t('settings.users.role'),
                cell: (u) => {
                  const role = roleHere(u);
                  return (
                    <Group gap={4}>
                      {role ? (
                        <Text size="sm">{t(`roles.${role}`)}</Text>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('settings.users.noRole')}
                        </Text>
                      )}
                      {u.isAdmin && (
                        <Badge size="xs" variant="light">
                          {t('account.installationAdmin')}
                        </Badge>
                      )}
                    </Group>
                  );
                },
                value: (u) => roleHere(u),
              },
              {
                key: 'status',
                header: t('sources.columns.status'),
                cell: (u) => (
                  <Group gap={4}>
                    <Badge size="sm" color={u.disabled ? 'gray' : 'green'} variant="light">
                      {u.disabled ? t('settings.users.disabled') : t('settings.users.active')}
                    </Badge>
                    {u.mustChangePassword && (
                      <Text size="xs" c="dimmed">
                        {t('settings.users.mustChange')}
                      </Text>
                    )}
                  </Group>
                ),
                value: (u) => (u.disabled ? t('settings.users.disabled') : t('settings.users.active')),
              },
              {
                key: 'actions',
                header: t('common.actions'),
                cell: (u) =>
                  u.id === session.user.id ? null : (
                    <Menu position="bottom-end" withArrow>
                      <Menu.Target>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('sources.actionsFor', { name: u.name })}
                        >
                          <DotsIcon />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => setDialog({ kind: 'role', user: u })}>
                          {t('settings.users.changeRole')}
                        </Menu.Item>
                        {roleHere(u) && (
                          <Menu.Item onClick={() => setDialog({ kind: 'revoke', user: u })}>
                            {t('settings.users.revoke')}
                          </Menu.Item>
                        )}
                        <Menu.Item onClick={() => setDialog({ kind: 'reset', user: u })}>
                          {t('settings.users.reset')}
                        </Menu.Item>
                        <Menu.Item
                          color={u.disabled ? undefined : 'red'}
                          onClick={() => setDisabled.mutate({ id: u.id, disabled: !u.disabled })}
                        >
                          {u.disabled ? t('settings.users.enable') : t('settings.users.disable')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  ),
              },
            ]}
          />
        )}
      </QueryView>
      <Modal opened={dialog?.kind === 'add'} onClose={close} title={t('settings.users.add')}>
        <UserForm workspace={props.workspace} canMakeAdmin={session.user.isAdmin} onDone={close} />
      </Modal>
      <Modal
        opened={dialog?.kind === 'role'}
        onClose={close}
        title={dialog && 'user' in dialog ? `${t('settings.users.changeRole')}: ${dialog.user.name}` : ''}
      >
        {dialog?.kind === 'role' && (
          <RoleForm
            workspace={props.workspace}
            user={dialog.user}
            current={roleHere(dialog.user)}
            onDone={close}
          />
        )}
      </Modal>
      <ConfirmDialog
        opened={dialog?.kind === 'revoke'}
        title={dialog?.kind === 'revoke' ? t('settings.users.revokeTitle', { name: dialog.user.name }) : ''}
        confirmLabel={t('settings.users.revoke')}
        danger
        busy={revoke.isPending}
        error={revoke.error}
        onClose={close}
        onConfirm={() => dialog?.kind === 'revoke' && revoke.mutate(dialog.user.id, { onSuccess: close })}
      />
      <Modal
        opened={dialog?.kind === 'reset'}
        onClose={close}
        title={dialog?.kind === 'reset' ? t('settings.users.resetTitle', { name: dialog.user.name }) : ''}
      >
        {dialog?.kind === 'reset' &&
          (reset.data ? (
            <Stack gap="sm">
              <OneTimeSecret
                title={t('settings.users.resetDone', { name: dialog.user.name })}
                secret={reset.data.password}
                note={t('settings.users.passwordOnce')}
              />
              <Group justify="flex-end">
                <Button onClick={close}>{t('common.close')}</Button>
              </Group>
            </Stack>
          ) : (
            <Stack gap="sm">
              <Text size="sm">{t('settings.users.resetBody')}</Text>
              <Group justify="flex-end" gap="xs">
                <Button variant="default" onClick={close}>
                  {t('common.cancel')}
                </Button>
                <Button color="red" loading={reset.isPending} onClick={() => reset.mutate(dialog.user.id)}>
                  {t('settings.users.reset')}
                </Button>
              </Group>
            </Stack>
          ))}
      </Modal>
    </Stack>
  );
}

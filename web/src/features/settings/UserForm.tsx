// Creating an account: e-mail, name, role here (and the agency for an agency officer). The
// one-time password is shown once, to be passed on.
import { Button, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../app/session/types.ts';
import { OneTimeSecret } from '../../app/ui/OneTimeSecret.tsx';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { useAgencies } from './agencies.api.ts';
import { useCreateUser } from './users.api.ts';

export const ROLES: Role[] = [
  'analyst',
  'reviewer',
  'team_lead',
  'head',
  'assistant',
  'secretary',
  'leader',
  'agency_officer',
  'admin',
  'viewer',
];

export function AgencySelect(props: {
  workspace: string;
  value: string | null;
  onChange(v: string | null): void;
}) {
  const { t } = useTranslation();
  const agencies = useAgencies(props.workspace);
  return (
    <Select
      label={t('settings.users.agency')}
      value={props.value}
      onChange={props.onChange}
      data={(agencies.data ?? [])
        .filter((a) => a.active)
        .map((a) => ({ value: a.shortName, label: `${a.shortName} — ${a.name}` }))}
      searchable
      required
    />
  );
}

export function UserForm(props: { workspace: string; canMakeAdmin: boolean; onDone(): void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('analyst');
  const [agency, setAgency] = useState<string | null>(null);
  const [administrator, setAdministrator] = useState(false);
  const create = useCreateUser(props.workspace);
  if (create.data)
    return (
      <Stack gap="sm">
        <OneTimeSecret
          title={t('settings.users.created')}
          secret={create.data.password}
          note={t('settings.users.passwordOnce')}
        />
        <Group justify="flex-end">
          <Button onClick={props.onDone}>{t('common.close')}</Button>
        </Group>
      </Stack>
    );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate({
          email: email.trim(),
          name: name.trim(),
          role,
          agency: role === 'agency_officer' ? (agency ?? undefined) : undefined,
          administrator: administrator || undefined,
        });
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t('settings.users.email')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          required
          data-autofocus
        />
        <TextInput
          label={t('common.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          maxLength={200}
        />
        <Select
          label={t('settings.users.role')}
          value={role}
          allowDeselect={false}
          onChange={(v) => setRole((v ?? 'analyst') as Role)}
          data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
        {role === 'agency_officer' && (
          <AgencySelect workspace={props.workspace} value={agency} onChange={setAgency} />
        )}
        {props.canMakeAdmin && (
          <Checkbox
            label={t('settings.users.administrator')}
            checked={administrator}
            onChange={(e) => setAdministrator(e.currentTarget.checked)}
          />
        )}
        <ProblemAlert error={create.error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={props.onDone}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={create.isPending}
            disabled={!email.trim() || !name.trim() || (role === 'agency_officer' && !agency)}
          >
            {t('settings.users.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

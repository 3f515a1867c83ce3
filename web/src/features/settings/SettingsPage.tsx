// Pengaturan: the workspace, its places, subjects, alert thresholds and recipients, the office hours
// SOP deadlines count in, users and roles, agencies, and one's own API tokens — each tab shown to
// the roles that may use it.
import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { RecipientsForm } from '../alerts/RecipientsForm.tsx';
import { ThresholdsForm } from '../alerts/ThresholdsForm.tsx';
import { NewsroomSettings } from '../publications/NewsroomSettings.tsx';
import { PublicationWebhooksSettings } from '../publications/PublicationWebhooksSettings.tsx';
import { AgenciesSettings } from './AgenciesSettings.tsx';
import { PlacesSettings } from './PlacesSettings.tsx';
import { QuietHoursSettings } from './QuietHoursSettings.tsx';
import { SubjectsSettings } from './SubjectsSettings.tsx';
import { TokensSettings } from './TokensSettings.tsx';
import { UsersSettings } from './UsersSettings.tsx';
import { WorkCalendarSettings } from './WorkCalendarSettings.tsx';
import { WorkspaceSettings } from './WorkspaceSettings.tsx';

type Tab =
  | 'workspace'
  | 'places'
  | 'subjects'
  | 'alerts'
  | 'workCalendar'
  | 'users'
  | 'agencies'
  | 'publications'
  | 'tokens';

export function SettingsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const workspace = useWorkspaceSlug();
  const [params, setParams] = useSearchParams();
  const tabs: Tab[] = [
    'workspace',
    'subjects',
    'places',
    'alerts',
    'workCalendar',
    ...(session.can('manageUsers') ? (['users'] as const) : []),
    'agencies',
    'publications',
    'tokens',
  ];
  const tab = tabs.includes(params.get('tab') as Tab) ? (params.get('tab') as Tab) : 'workspace';
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Tabs value={tab} onChange={(v) => setParams(v ? { tab: v } : {})} keepMounted={false}>
        <Tabs.List mb="md" style={{ flexWrap: 'wrap' }}>
          {tabs.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`settings.tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="workspace">
          {session.workspace && <WorkspaceSettings workspace={session.workspace} />}
        </Tabs.Panel>
        <Tabs.Panel value="subjects">
          <SubjectsSettings
            workspace={workspace}
            canManage={session.can('manageSubjects')}
            canReanalyze={session.can('reanalyze')}
          />
        </Tabs.Panel>
        <Tabs.Panel value="places">
          <PlacesSettings workspace={workspace} canManage={session.can('managePlaces')} />
        </Tabs.Panel>
        <Tabs.Panel value="alerts">
          <Stack gap="xl">
            <ThresholdsForm workspace={workspace} canEdit={session.can('alertSettings')} />
            {session.can('recipients') && <RecipientsForm workspace={workspace} />}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="workCalendar">
          <Stack gap="xl">
            <WorkCalendarSettings workspace={workspace} canEdit={session.can('workCalendar')} />
            <QuietHoursSettings workspace={workspace} canEdit={session.can('workCalendar')} />
          </Stack>
        </Tabs.Panel>
        {session.can('manageUsers') && (
          <Tabs.Panel value="users">
            <UsersSettings workspace={workspace} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="agencies">
          <AgenciesSettings workspace={workspace} canManage={session.can('manageAgencies')} />
        </Tabs.Panel>
        <Tabs.Panel value="publications">
          <Stack gap="xl">
            <NewsroomSettings workspace={workspace} canEdit={session.can('publicationWebhooks')} />
            {session.can('publicationWebhooks') && <PublicationWebhooksSettings workspace={workspace} />}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="tokens">
          <TokensSettings />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

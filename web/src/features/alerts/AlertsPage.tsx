// Peringatan: the crisis alerts sent, the thresholds behind them, and who receives them.
import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { AlertList } from './AlertList.tsx';
import { RecipientsForm } from './RecipientsForm.tsx';
import { ThresholdsForm } from './ThresholdsForm.tsx';

type Tab = 'list' | 'thresholds' | 'recipients';

export function AlertsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const workspace = useWorkspaceSlug();
  const [params, setParams] = useSearchParams();
  const tabs: Tab[] = ['list', 'thresholds', ...(session.can('recipients') ? (['recipients'] as const) : [])];
  const tab = tabs.includes(params.get('tab') as Tab) ? (params.get('tab') as Tab) : 'list';
  return (
    <>
      <PageHeader title={t('alerts.title')} description={t('alerts.emptyBody')} />
      <Tabs value={tab} onChange={(v) => setParams(v && v !== 'list' ? { tab: v } : {})} keepMounted={false}>
        <Tabs.List mb="md">
          {tabs.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`alerts.tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="list">
          <AlertList workspace={workspace} />
        </Tabs.Panel>
        <Tabs.Panel value="thresholds">
          <ThresholdsForm workspace={workspace} canEdit={session.can('alertSettings')} />
        </Tabs.Panel>
        {session.can('recipients') && (
          <Tabs.Panel value="recipients">
            <RecipientsForm workspace={workspace} />
          </Tabs.Panel>
        )}
      </Tabs>
    </>
  );
}

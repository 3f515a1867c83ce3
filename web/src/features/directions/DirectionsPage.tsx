// Arahan (/arahan): the leader's directions, newest first, each with every agency's follow-up
// status. The office sees all of them with a per-agency summary on top and may give a new one; an
// agency officer sees only those sent to their agency. Filters live in the address.
import {
  Anchor,
  Badge,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SegmentedControl,
  Stack,
  Text,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { EmptyState, LoadingState } from '../../app/ui/States.tsx';
import { useAgencies } from '../settings/agencies.api.ts';
import { AgencySummaryTable } from './AgencySummaryTable.tsx';
import { type DirectionListItem, useDirections } from './directions.api.ts';
import { GiveDirectionButton } from './GiveDirectionButton.tsx';
import { RecipientBadge } from './RecipientBadge.tsx';

type StatusFilter = 'open' | 'closed' | 'all';

function DirectionCard(props: { d: DirectionListItem }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { d } = props;
  return (
    <Paper withBorder radius="md" p="sm" component="li" data-testid="direction-item">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Anchor component={Link} to={`/arahan/${d.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
            {d.subject}
          </Anchor>
          <Group gap={4}>
            {d.nature !== 'biasa' && (
              <Badge color={d.nature === 'rahasia' ? 'grape' : 'orange'} radius="sm" tt="none">
                {t(`directions.natures.${d.nature}`)}
              </Badge>
            )}
            {d.status === 'closed' && (
              <Badge color="gray" radius="sm" tt="none">
                {t('directions.closed')}
              </Badge>
            )}
          </Group>
        </Group>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {d.number} · {t(`directions.natures.${d.nature}`)} ·{' '}
          {t('directions.givenBy', { name: d.givenByName, when: fmt.dateTime(d.givenAt) })}
        </Text>
        <Text size="sm" c={d.overdue ? 'red.9' : undefined} fw={d.overdue ? 700 : undefined}>
          {d.status === 'closed'
            ? t('directions.closedOn', { when: fmt.dateTime(d.closedAt) })
            : t('directions.dueOn', { when: fmt.dateTime(d.dueAt) })}
        </Text>
        <Group gap={6} wrap="wrap" aria-label={t('directions.recipients')}>
          {d.recipients.map((r) => (
            <RecipientBadge key={r.id} r={r} withAgency />
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}

export function DirectionsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const workspace = useWorkspaceSlug();
  const office = session.can('directionsOverview');
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status: StatusFilter = statusParam === 'closed' || statusParam === 'all' ? statusParam : 'open';
  const agency = office && /^\d+$/.test(params.get('opd') ?? '') ? Number(params.get('opd')) : null;
  const overdue = params.get('terlambat') === '1';
  const agencies = useAgencies(workspace);
  const list = useDirections(workspace, { status: status === 'all' ? null : status, agency, overdue });
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageHeader
        title={t('directions.title')}
        description={office ? t('directions.intro') : t('directions.introOfficer')}
        actions={session.can('giveDirections') ? <GiveDirectionButton workspace={workspace} /> : null}
      />
      <Stack gap="md">
        {office && <AgencySummaryTable workspace={workspace} />}
        <Group gap="sm" align="flex-end" wrap="wrap">
          <SegmentedControl
            aria-label={t('directions.filterStatus')}
            value={status}
            onChange={(v) => set('status', v === 'open' ? '' : v)}
            data={[
              { value: 'open', label: t('directions.statusOpen') },
              { value: 'closed', label: t('directions.statusClosed') },
              { value: 'all', label: t('directions.statusAll') },
            ]}
          />
          {office && (
            <NativeSelect
              label={t('directions.filterAgency')}
              value={agency === null ? '' : String(agency)}
              onChange={(e) => set('opd', e.currentTarget.value)}
              data={[
                { value: '', label: t('directions.allAgencies') },
                ...(agencies.data ?? []).map((a) => ({ value: String(a.id), label: a.shortName })),
              ]}
              style={{ flex: '1 1 180px', maxWidth: 320 }}
            />
          )}
          <Checkbox
            label={t('directions.onlyOverdue')}
            checked={overdue}
            onChange={(e) => set('terlambat', e.currentTarget.checked ? '1' : '')}
            mb={8}
          />
        </Group>
        <QueryView query={list} skeleton={<LoadingState rows={6} />}>
          {(rows) =>
            rows.length === 0 ? (
              <EmptyState title={t('directions.empty')} body={t('directions.emptyBody')} />
            ) : (
              <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {rows.map((d) => (
                  <DirectionCard key={d.id} d={d} />
                ))}
              </Stack>
            )
          }
        </QueryView>
      </Stack>
    </>
  );
}

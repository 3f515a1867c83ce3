// Kotak masuk (/kotak-masuk): the SOP cases waiting for my role, most urgent first — which report
// or publication, at which step, how much working time is left and when it is due.
import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { EmptyState, LoadingState } from '../../app/ui/States.tsx';
import { StartCaseButton } from './StartCaseButton.tsx';
import { type InboxItem, useInbox } from './sop-cases.api.ts';
import { TimeLeft } from './TimeLeft.tsx';
import { type SopSteps, useSopSteps } from './useSopSteps.ts';

export const caseLink = (id: number) => `/kasus/${id}`;

function InboxRow(props: { item: InboxItem; steps: SopSteps }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { item, steps } = props;
  const total = steps.total(item.sopKey);
  const late = item.late || item.minutesLeft < 0;
  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="sm"
      data-testid="inbox-item"
      style={{ borderLeft: `4px solid var(--mantine-color-${late ? 'red-7' : 'pantau-6'})` }}
    >
      <Stack gap={4}>
        <Anchor component={Link} to={caseLink(item.id)} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {item.title}
        </Anchor>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {item.sopTitle}
          {item.round > 1 ? ` · ${t('cases.round', { n: item.round })}` : ''}
        </Text>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          <Text span fw={600} size="sm">
            {total === null
              ? t('cases.stepOnly', { no: item.step })
              : t('cases.stepOf', { no: item.step, total })}
            :
          </Text>{' '}
          {item.activity}
        </Text>
        <Group gap="md" wrap="wrap" style={{ rowGap: 0 }}>
          <TimeLeft minutesLeft={item.minutesLeft} standardMinutes={steps.standard(item.sopKey, item.step)} />
          <Text span size="sm" c="dimmed">
            {t('cases.due', { when: fmt.dateTime(item.dueAt) })}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}

function InboxList(props: { workspace: string; items: InboxItem[] }) {
  const { t } = useTranslation();
  const steps = useSopSteps(
    props.workspace,
    props.items.map((i) => i.sopKey),
  );
  return (
    <Stack
      component="ol"
      gap="xs"
      aria-label={t('inbox.title')}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {props.items.map((item) => (
        <InboxRow key={item.id} item={item} steps={steps} />
      ))}
    </Stack>
  );
}

export function InboxPage() {
  const { t } = useTranslation();
  const session = useSession();
  const workspace = useWorkspaceSlug();
  const inbox = useInbox(workspace);
  return (
    <>
      <PageHeader
        title={t('inbox.title')}
        description={t('inbox.intro')}
        actions={
          <>
            {session.can('startCases') && <StartCaseButton workspace={workspace} />}
            <Button component={Link} to="/kasus" variant="default">
              {t('cases.all')}
            </Button>
          </>
        }
      />
      <QueryView query={inbox} skeleton={<LoadingState rows={5} />}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t('inbox.empty')} body={t('inbox.emptyBody')} />
          ) : (
            <InboxList workspace={workspace} items={items} />
          )
        }
      </QueryView>
    </>
  );
}

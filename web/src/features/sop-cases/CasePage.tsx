// One SOP case (/kasus/:id): what it is and under which SOP version, where it stands among the
// SOP's steps, the current step with its deadline, what I may do with it, and its history.
import { Anchor, Badge, Grid, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { LoadingState, NotFoundState } from '../../app/ui/States.tsx';
import { GiveDirectionButton } from '../directions/GiveDirectionButton.tsx';
import { useSop } from '../sops/sops.api.ts';
import { CaseActions } from './CaseActions.tsx';
import { CaseHistory } from './CaseHistory.tsx';
import { CaseStatusBadge } from './CaseStatusBadge.tsx';
import { CaseSteps } from './CaseSteps.tsx';
import { CurrentStep } from './CurrentStep.tsx';
import { type SopCase, useCase } from './sop-cases.api.ts';

function CaseView(props: { workspace: string; c: SopCase }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { c } = props;
  const sop = useSop(props.workspace, c.sop.key, c.sop.version);
  const session = useSession();
  // SOP A steps 6–7: the leader's directions on the report are passed to the agencies from here.
  const givesDirection =
    c.sop.key === 'sop-a' && (c.step.no === 6 || c.step.no === 7) && session.can('giveDirections');
  return (
    <>
      <Anchor component={Link} to="/kotak-masuk" size="sm">
        ← {t('inbox.title')}
      </Anchor>
      <PageHeader
        title={c.title}
        description={
          <>
            <Anchor
              component={Link}
              to={`/sop/${encodeURIComponent(c.sop.key)}?versi=${c.sop.version}`}
              size="sm"
            >
              {c.sop.title}
            </Anchor>{' '}
            · {t('cases.sopNumber', { number: c.sop.number })} · {t('sops.version', { n: c.sop.version })}
          </>
        }
        actions={
          givesDirection ? (
            <GiveDirectionButton
              workspace={props.workspace}
              caseId={c.id}
              reportId={c.subject?.kind === 'report' ? c.subject.id : undefined}
            />
          ) : null
        }
      />
      <Stack gap="md">
        <Group gap="xs" wrap="wrap" data-testid="case-status">
          <CaseStatusBadge status={c.status} late={c.late} />
          {c.round > 1 && (
            <Badge variant="outline" color="orange" radius="sm">
              {t('cases.round', { n: c.round })}
            </Badge>
          )}
          <Text size="xs" c="dimmed">
            {t('cases.startedBy', { name: c.createdByName, when: fmt.dateTime(c.createdAt) })}
          </Text>
          {c.subject?.kind === 'report' && (
            <Anchor component={Link} to={`/laporan/${c.subject.id}`} size="sm" fw={600}>
              {t('reports.openReport')}
            </Anchor>
          )}
          {c.subject?.kind === 'publication' && (
            <Anchor component={Link} to={`/siaran-pers/${c.subject.id}`} size="sm" fw={600}>
              {t('cases.openPublication')}
            </Anchor>
          )}
        </Group>
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
            <Stack gap="md">
              <CurrentStep c={c} />
              <CaseActions workspace={props.workspace} c={c} definition={sop.data?.definition} />
              <CaseHistory c={c} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
            <CaseSteps workspace={props.workspace} c={c} />
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}

export function CasePage() {
  const workspace = useWorkspaceSlug();
  const id = useParams().id ?? '';
  const found = useCase(workspace, id);
  if (!/^\d+$/.test(id)) return <NotFoundState />;
  return (
    <QueryView query={found} skeleton={<LoadingState rows={8} />}>
      {(c) => <CaseView workspace={workspace} c={c} />}
    </QueryView>
  );
}

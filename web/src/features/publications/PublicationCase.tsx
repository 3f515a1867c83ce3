// The release's SOP B case beside it: its status and current step with the deadline, the actions the
// server allows me there (the YES/NO of step 4 among them), the steps and the history. At step 6 the
// one way on is "Terbitkan": finishing the step without publishing would leave a release approved
// and never published, so "Selesai" is not offered there.
import { Anchor, Group, Stack } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CaseActions } from '../sop-cases/CaseActions.tsx';
import { CaseHistory } from '../sop-cases/CaseHistory.tsx';
import { CaseStatusBadge } from '../sop-cases/CaseStatusBadge.tsx';
import { CaseSteps } from '../sop-cases/CaseSteps.tsx';
import { CurrentStep } from '../sop-cases/CurrentStep.tsx';
import { useCase } from '../sop-cases/sop-cases.api.ts';
import { sopQuery } from '../sops/sops.api.ts';
import { PublishPanel } from './PublishPanel.tsx';
import { type Publication, publicationKey } from './publications.api.ts';

export function PublicationCase(props: { workspace: string; publication: Publication }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const p = props.publication;
  const live = useCase(props.workspace, String(p.caseId ?? ''));
  const c = live.data ?? p.case;
  const sop = useQuery({ ...sopQuery(props.workspace, c?.sop.key ?? '', c?.sop.version), enabled: !!c });
  const moved = `${c?.status}:${c?.step.no}:${c?.round}:${c?.assignee?.id}`;
  // Whether I may edit or publish follows the case: when an action moves it, the release is asked again.
  const seen = useRef(moved);
  useEffect(() => {
    if (seen.current === moved) return;
    seen.current = moved;
    void queryClient.invalidateQueries({ queryKey: publicationKey(props.workspace, String(p.id)) });
    void queryClient.invalidateQueries({ queryKey: ['publications', props.workspace, 'list'] });
  }, [moved, queryClient, props.workspace, p.id]);
  if (!c) return null;
  const atPublishStep = c.status === 'open' && c.step.no === c.sop.steps && p.status === 'draft';
  const actions = atPublishStep
    ? { ...c, allowedActions: c.allowedActions.filter((a) => a !== 'complete') }
    : c;
  return (
    <Stack gap="md" data-testid="publication-case">
      <Group gap="xs" wrap="wrap">
        <CaseStatusBadge status={c.status} late={c.late} />
        <Anchor component={Link} to={`/kasus/${c.id}`} size="sm">
          {t('reports.openCase')}
        </Anchor>
      </Group>
      {c.status === 'open' && <CurrentStep c={c} />}
      {p.publishable && <PublishPanel workspace={props.workspace} publication={p} />}
      {!(p.publishable && actions.allowedActions.length === 0) && (
        <CaseActions workspace={props.workspace} c={actions} definition={sop.data?.definition} />
      )}
      <Stack gap="md" visibleFrom="md">
        <CaseSteps workspace={props.workspace} c={c} />
        <CaseHistory c={c} />
      </Stack>
    </Stack>
  );
}

/** On a phone the steps and the history follow the release instead of coming before it. */
export function PublicationCaseRecord(props: { workspace: string; publication: Publication }) {
  const live = useCase(props.workspace, String(props.publication.caseId ?? ''));
  const c = live.data ?? props.publication.case;
  if (!c) return null;
  return (
    <Stack gap="md" hiddenFrom="md">
      <CaseSteps workspace={props.workspace} c={c} />
      <CaseHistory c={c} />
    </Stack>
  );
}

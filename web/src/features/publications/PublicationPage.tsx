// One press release (/siaran-pers/:id): the material as it reads, or its editor for whoever the SOP B
// case has at its current step; the template blanks still to fill; the evidence it was drafted on;
// its versions with a comparison; beside it the case with its actions and, at step 6, "Terbitkan".
// Once published: its newsroom page, what was delivered where, who picked it up, and "Ralat" and
// "Tarik" for the roles that may correct or withdraw what the public reads.
import { Alert, Anchor, Button, Grid, Group, List, Modal, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { ExternalIcon } from '../../app/ui/icons.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { LoadingState, NotFoundState } from '../../app/ui/States.tsx';
import { useVersionLine } from '../reports/useVersionLine.ts';
import { DeliveriesTable } from './DeliveriesTable.tsx';
import { EvidencePanel } from './EvidencePanel.tsx';
import { MaterialVersions } from './MaterialVersions.tsx';
import { MaterialView } from './MaterialView.tsx';
import { PickupReport } from './PickupReport.tsx';
import { PublicationCase, PublicationCaseRecord } from './PublicationCase.tsx';
import { PublicationStatusBadge } from './PublicationStatusBadge.tsx';
import {
  type Evidence,
  type Publication,
  publicationFileUrl,
  publicationKey,
  usePublication,
} from './publications.api.ts';
import { WithdrawButton } from './WithdrawButton.tsx';

// The editor (TipTap and ProseMirror) is loaded only when someone edits.
const MaterialEditor = lazy(() =>
  import('./MaterialEditor.tsx').then((m) => ({ default: m.MaterialEditor })),
);

function EditorFallback() {
  const { t } = useTranslation();
  return <Skeleton height={320} radius="sm" aria-label={t('reports.loadingEditor')} />;
}

function Blanks(props: { blanks: string[] }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('publications.blanksTitle', { n: props.blanks.length })}
      data-testid="blanks"
    >
      <Text size="sm" mb={4}>
        {t('publications.blanksBody')}
      </Text>
      <List size="sm">
        {props.blanks.map((b) => (
          <List.Item key={b}>{b}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

function PublicationView(props: { workspace: string; publication: Publication }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const session = useSession();
  const queryClient = useQueryClient();
  const versionLine = useVersionLine();
  const p = props.publication;
  const [editing, setEditing] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: publicationKey(props.workspace, String(p.id)) });
    setEditing(false);
    setCorrecting(false);
  };
  const published = p.status === 'published';
  return (
    <>
      <Anchor component={Link} to="/siaran-pers" size="sm">
        ← {t('publications.title')}
      </Anchor>
      <PageHeader
        title={p.title}
        description={[
          p.publishedAt
            ? t('publications.publishedBy', {
                name: p.publishedByName ?? '',
                when: fmt.dateTime(p.publishedAt),
              })
            : t('reports.draftedBy', { name: p.createdByName, when: fmt.dateTime(p.createdAt) }),
          t(`publications.classes.${p.publicClass}`),
        ].join(' · ')}
        actions={
          <Group gap="xs" wrap="wrap">
            {p.newsroomPath && p.status === 'published' && (
              <Button
                component="a"
                href={p.newsroomPath}
                target="_blank"
                rel="noopener"
                variant="default"
                leftSection={<ExternalIcon width={16} height={16} />}
                data-testid="newsroom-link"
              >
                {t('publications.viewInNewsroom')}
              </Button>
            )}
            <Button
              component="a"
              href={publicationFileUrl(props.workspace, p.id, 'release.pdf')}
              variant="default"
              data-testid="release-pdf"
            >
              {t('publications.releasePdf')}
            </Button>
            {/* The output of SOP B's step 4, once the head of agency has answered. */}
            {p.case?.history.some((e) => e.action === 'decide') && (
              <Button
                component="a"
                href={publicationFileUrl(props.workspace, p.id, 'approval.pdf')}
                variant="default"
                data-testid="approval-pdf"
              >
                {t('publications.approvalPdf')}
              </Button>
            )}
            {p.editable && !editing && <Button onClick={() => setEditing(true)}>{t('reports.edit')}</Button>}
            {published && session.can('correctPublications') && (
              <Button variant="default" onClick={() => setCorrecting(true)}>
                {t('publications.correct')}
              </Button>
            )}
            {published && session.can('withdrawPublications') && (
              <WithdrawButton workspace={props.workspace} publicationId={p.id} />
            )}
          </Group>
        }
      />
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="md">
            {p.status === 'withdrawn' && (
              <Alert
                color="red"
                variant="light"
                title={t('publications.withdrawnTitle', { when: fmt.dateTime(p.withdrawnAt) })}
              >
                {p.withdrawnReason}
              </Alert>
            )}
            {p.status === 'draft' && p.blanks.length > 0 && <Blanks blanks={p.blanks} />}
            <Paper withBorder radius="md" p="md" component="article" aria-label={t('publications.material')}>
              <Stack gap="sm">
                <Group gap="xs" wrap="wrap">
                  <PublicationStatusBadge status={p.status} />
                  <Text size="xs" c="dimmed" data-testid="material-version-line">
                    {versionLine(p.current)}
                  </Text>
                </Group>
                {editing ? (
                  <Suspense fallback={<EditorFallback />}>
                    <MaterialEditor
                      workspace={props.workspace}
                      publicationId={p.id}
                      version={p.current}
                      onDone={() => setEditing(false)}
                      onReload={reload}
                    />
                  </Suspense>
                ) : (
                  <MaterialView content={p.current.content} />
                )}
              </Stack>
            </Paper>
            {p.status !== 'draft' && <DeliveriesTable deliveries={p.deliveries} />}
            {p.status !== 'draft' && <PickupReport workspace={props.workspace} publicationId={p.id} />}
            <MaterialVersions versions={p.versions} />
            <EvidencePanel evidence={p.evidence as unknown as Evidence} />
            <PublicationCaseRecord workspace={props.workspace} publication={p} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }} order={{ base: 1, md: 2 }}>
          <PublicationCase workspace={props.workspace} publication={p} />
        </Grid.Col>
      </Grid>
      <Modal
        opened={correcting}
        onClose={() => setCorrecting(false)}
        title={t('publications.correctTitle')}
        size="xl"
      >
        <Stack gap="sm">
          <Text size="sm">{t('publications.correctBody')}</Text>
          {correcting && (
            <Suspense fallback={<EditorFallback />}>
              <MaterialEditor
                workspace={props.workspace}
                publicationId={p.id}
                version={p.current}
                correction
                onDone={() => setCorrecting(false)}
                onReload={reload}
              />
            </Suspense>
          )}
        </Stack>
      </Modal>
    </>
  );
}

export function PublicationPage() {
  const workspace = useWorkspaceSlug();
  const id = useParams().id ?? '';
  const found = usePublication(workspace, id);
  if (!/^\d+$/.test(id)) return <NotFoundState />;
  return (
    <QueryView query={found} skeleton={<LoadingState rows={8} />}>
      {(publication) => <PublicationView workspace={workspace} publication={publication} />}
    </QueryView>
  );
}

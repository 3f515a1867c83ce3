// One program (/program/:id): what it is, who runs it and when, its contact and documents, and the
// news that mentions it — how many articles, in which tone, the latest titles — with the search
// that found them, so a reader sees why an article counts.
import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { headline } from '../../app/format/headline.ts';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { ConfirmDialog } from '../../app/ui/ConfirmDialog.tsx';
import { Fact } from '../../app/ui/Fact.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { LoadingState } from '../../app/ui/States.tsx';
import { ToneBadge } from '../../app/ui/ToneBadge.tsx';
import { type ProgramDetail, useProgram, useRemoveProgram } from './programs.api.ts';
import { StatusBadge } from './StatusBadge.tsx';

function Coverage(props: { p: ProgramDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const c = props.p.coverage;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="liputan">
      <Title order={2} size="h4" id="liputan" mb="xs">
        {t('programs.coverage')}
      </Title>
      <Stack gap="xs">
        {c.problem && (
          <Text size="sm" c="red.9">
            {c.problem}
          </Text>
        )}
        <Text size="sm" fw={600}>
          {t('programs.coverageCount', { n: c.total })}
        </Text>
        {c.total > 0 && (
          <Group gap={4}>
            {(['positive', 'neutral', 'negative'] as const).map((tone) =>
              c.tones[tone] > 0 ? <ToneBadge key={tone} tone={tone} suffix={String(c.tones[tone])} /> : null,
            )}
          </Group>
        )}
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('programs.coverageQuery', { query: c.query })}
        </Text>
        {c.latest.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('programs.coverageEmpty')}
          </Text>
        ) : (
          <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {c.latest.map((a) => (
              <Group key={a.id} component="li" gap="xs" wrap="nowrap" align="flex-start">
                <ToneBadge tone={a.tone} size="xs" />
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Anchor
                    component={Link}
                    to={`/artikel/${a.id}`}
                    size="sm"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {headline(a, t('article.print.untitled'))}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {[a.outlet, fmt.dateTime(a.publishedAt)].filter(Boolean).join(' · ')}
                  </Text>
                </Stack>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function ProgramView(props: { workspace: string; p: ProgramDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const session = useSession();
  const navigate = useNavigate();
  const remove = useRemoveProgram(props.workspace);
  const [confirming, setConfirming] = useState(false);
  const { p } = props;
  const contact = [p.contactName, p.contactPhone, p.contactEmail].filter(Boolean).join(' · ');
  return (
    <>
      <Anchor component={Link} to="/program" size="sm">
        ← {t('programs.back')}
      </Anchor>
      <PageHeader
        title={p.name}
        description={
          <>
            {t(`programs.kinds.${p.kind}`)}
            {p.agencyName ? ` · ${p.agencyName}` : ''}
            {p.budgetYear ? ` · ${t('programs.year')} ${p.budgetYear}` : ''}
          </>
        }
        actions={
          session.can('managePrograms') ? (
            <Button variant="default" color="red" onClick={() => setConfirming(true)}>
              {t('programs.remove')}
            </Button>
          ) : null
        }
      />
      <Stack gap="md">
        <Paper withBorder radius="md" p="md">
          <dl
            style={{
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
              gap: 12,
              margin: 0,
            }}
          >
            <Fact label={t('programs.status')}>
              <StatusBadge status={p.status} />
            </Fact>
            <Fact label={t('programs.location')}>{p.location ?? '-'}</Fact>
            <Fact label={t('programs.schedule')}>
              {p.startDate || p.endDate
                ? `${p.startDate ? fmt.date(p.startDate) : '…'} – ${p.endDate ? fmt.date(p.endDate) : '…'}`
                : '-'}
            </Fact>
            <Fact label={t('programs.contact')}>{contact || '-'}</Fact>
            <Fact label={t('programs.keywords')} wide>
              {p.searchKeywords.join(', ')}
              {p.keywords.length === 0 ? ` (${t('programs.keywordsDerived')})` : ''}
            </Fact>
            {p.description && (
              <Fact label={t('programs.description')} wide>
                {p.description}
              </Fact>
            )}
            {p.documents.length > 0 && (
              <Fact label={t('programs.documents')} wide>
                <List size="sm" component="span">
                  {p.documents.map((d) => (
                    <List.Item key={`${d.title}:${d.url}`}>
                      {d.url ? (
                        <Anchor href={d.url} target="_blank" rel="noopener noreferrer">
                          {d.title}
                        </Anchor>
                      ) : (
                        d.title
                      )}
                    </List.Item>
                  ))}
                </List>
              </Fact>
            )}
          </dl>
        </Paper>
        <Coverage p={p} />
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('programs.remove')}
        body={t('programs.removeConfirm')}
        confirmLabel={t('programs.remove')}
        danger
        busy={remove.isPending}
        error={remove.error}
        onClose={() => setConfirming(false)}
        onConfirm={() => remove.mutate(p.id, { onSuccess: () => navigate('/program') })}
      />
    </>
  );
}

export function ProgramPage() {
  const workspace = useWorkspaceSlug();
  const { id = '' } = useParams();
  const program = useProgram(workspace, id);
  return (
    <QueryView query={program} skeleton={<LoadingState rows={8} />}>
      {(p) => <ProgramView workspace={workspace} p={p} />}
    </QueryView>
  );
}

// One article as an analyst reads it: the text (plain text, marked where the analysis found
// something), its summary and tone with the reasons, subjects, people and quotes, its issue and
// story, and in-place corrections for those whose role may correct.
import { Badge, Button, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isNotFound } from '../../app/api/problem.ts';
import { useSubjects } from '../../app/api/subjects.ts';
import { headline } from '../../app/format/headline.ts';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { showToast } from '../../app/toasts/toasts.ts';
import { ArrowLeftIcon, ExternalIcon } from '../../app/ui/icons.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { ErrorState, LoadingState, NotFoundState } from '../../app/ui/States.tsx';
import { searchLink } from '../dashboard/searchLink.ts';
import { ArticleText } from './ArticleText.tsx';
import { type Analysis, type Article, useAnalysis, useArticle } from './article.api.ts';
import { CorrectionsSection } from './CorrectionsSection.tsx';
import { EntitiesSection } from './EntitiesSection.tsx';
import { IssueSection } from './IssueSection.tsx';
import { PrintClippingPanel, usePrintLine } from './PrintClippingPanel.tsx';
import { clippingOf } from './printArticle.api.ts';
import { QuotesSection } from './QuotesSection.tsx';
import { StorySection } from './StorySection.tsx';
import { SubjectsSection } from './SubjectsSection.tsx';
import { TextCorrectionButton } from './TextCorrection.tsx';
import { ToneSection } from './ToneSection.tsx';

function AnalysisPanel(props: { workspace: string; article: Article; analysis: Analysis }) {
  const { t } = useTranslation();
  const session = useSession();
  const subjects = useSubjects(props.workspace).data ?? [];
  const canCorrect = session.can('correct');
  const { analysis } = props;
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <ToneSection
            workspace={props.workspace}
            analysis={analysis}
            subjects={subjects}
            canCorrect={canCorrect}
          />
          <SubjectsSection
            workspace={props.workspace}
            analysis={analysis}
            subjects={subjects}
            canCorrect={canCorrect}
          />
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <IssueSection workspace={props.workspace} analysis={analysis} canEdit={session.can('editIssues')} />
          <StorySection
            workspace={props.workspace}
            storyId={props.article.storyId}
            articleId={props.article.id}
          />
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <EntitiesSection
            workspace={props.workspace}
            articleId={analysis.articleId}
            entities={analysis.entities}
            canCorrect={canCorrect}
          />
          <QuotesSection
            workspace={props.workspace}
            articleId={analysis.articleId}
            quotes={analysis.quotes}
            canCorrect={canCorrect}
          />
          {analysis.keyphrases.length > 0 && (
            <section aria-labelledby="phrases-title">
              <Text fw={600} size="sm" id="phrases-title" mb={4}>
                {t('article.keyPhrases')}
              </Text>
              <Group gap={4}>
                {analysis.keyphrases.map((phrase) => (
                  <Badge
                    key={phrase}
                    component={Link}
                    to={searchLink({ q: `"${phrase}"` })}
                    variant="outline"
                    style={{ textTransform: 'none', cursor: 'pointer' }}
                  >
                    {phrase}
                  </Badge>
                ))}
              </Group>
            </section>
          )}
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="md">
        <CorrectionsSection
          corrections={analysis.corrections}
          history={analysis.history}
          subjects={subjects}
        />
      </Paper>
    </Stack>
  );
}

export function ArticlePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const fmt = useFormat();
  const workspace = useWorkspaceSlug();
  const session = useSession();
  const printLine = usePrintLine();
  const id = Number(useParams().id);
  const article = useArticle(workspace, id);
  const analysis = useAnalysis(workspace, id);
  const subjects = useSubjects(workspace).data;
  const subjectName = useCallback(
    (sid: number) => subjects?.find((s) => s.id === sid)?.name ?? `#${sid}`,
    [subjects],
  );
  if (!Number.isInteger(id) || id <= 0) return <NotFoundState />;

  return (
    <QueryView query={article} skeleton={<LoadingState rows={8} />}>
      {(a) => {
        const clip = clippingOf(a);
        return (
          <>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<ArrowLeftIcon width={14} height={14} />}
              // Back where the user came from; a shared link opened directly goes to search instead.
              onClick={() =>
                (window.history.state as { idx?: number } | null)?.idx ? navigate(-1) : navigate('/cari')
              }
              mb="xs"
            >
              {t('article.backToSearch')}
            </Button>
            <PageHeader
              title={headline(a, t('article.print.untitled'))}
              description={[
                clip ? printLine(clip) : a.outlet,
                clip ? null : fmt.dateTime(a.publishedAt ?? a.fetchedAt),
                a.author ? t('article.by', { author: a.author }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
              actions={
                clip ? (
                  session.can('editClippings') ? (
                    <TextCorrectionButton
                      workspace={workspace}
                      articleId={a.id}
                      onSaved={(version) =>
                        showToast({ title: t('article.print.saved', { n: version }), color: 'teal' })
                      }
                    />
                  ) : null
                ) : (
                  <Button
                    component="a"
                    href={a.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    variant="default"
                    size="xs"
                    rightSection={<ExternalIcon width={14} height={14} />}
                  >
                    {t('article.original')}
                  </Button>
                )
              }
            />
            {analysis.data?.summary && (
              <Paper
                withBorder
                radius="md"
                p="md"
                mb="md"
                bg="pantau.0"
                component="section"
                aria-labelledby="summary-title"
              >
                <Text fw={600} size="sm" id="summary-title" mb={4}>
                  {t('article.summary')}
                </Text>
                <Text size="sm">{analysis.data.summary}</Text>
              </Paper>
            )}
            <Grid gutter="md">
              {clip && (
                <Grid.Col span={{ base: 12, md: 5 }}>
                  <div style={{ position: 'sticky', top: 72 }}>
                    <PrintClippingPanel workspace={workspace} articleId={a.id} clipping={clip} />
                  </div>
                </Grid.Col>
              )}
              <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 2, md: 1 }}>
                <ArticleText text={a.text} analysis={analysis.data} subjectName={subjectName} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: clip ? 12 : 5 }} order={{ base: clip ? 3 : 1, md: 2 }}>
                {analysis.isPending ? (
                  <LoadingState rows={5} />
                ) : analysis.isError ? (
                  isNotFound(analysis.error) ? (
                    <Paper withBorder p="md" radius="md">
                      <Text size="sm" c="dimmed">
                        {t('article.notAnalysed')}
                      </Text>
                    </Paper>
                  ) : (
                    <ErrorState error={analysis.error} onRetry={() => void analysis.refetch()} />
                  )
                ) : (
                  <AnalysisPanel workspace={workspace} article={a} analysis={analysis.data} />
                )}
              </Grid.Col>
            </Grid>
          </>
        );
      }}
    </QueryView>
  );
}

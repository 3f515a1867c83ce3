// Isu: the topics the news formed by itself over the chosen days, biggest first, with their trend
// day by day, their tone and how long they have run.
import { Anchor, Badge, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { trendOf } from '../../app/format/trend.ts';
import { useFormat } from '../../app/format/useFormat.ts';
import { useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { DataTable } from '../../app/ui/DataTable.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { Sparkline } from '../../app/ui/Sparkline.tsx';
import { EmptyState, LoadingState } from '../../app/ui/States.tsx';
import { ToneBar } from '../../app/ui/ToneBar.tsx';
import { type IssueListItem, type IssueSummary, useIssues } from './issues.api.ts';

const DAY_CHOICES = ['7', '30', '90'] as const;

export function IssuesPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const workspace = useWorkspaceSlug();
  const [params, setParams] = useSearchParams();
  const days = DAY_CHOICES.includes(params.get('hari') as '7') ? Number(params.get('hari')) : 7;
  const issues = useIssues(workspace, days, 100);
  const tones = (i: IssueSummary) => ({
    positif: i.tones.positive,
    netral: i.tones.neutral,
    negatif: i.tones.negative,
  });
  /** The trend in words: which way the last days went, from their first third to their last. */
  const trendLabel = (i: IssueListItem) => {
    const trend = trendOf(i.daily);
    return t(`issues.trend.${trend.direction}`, {
      days: i.daily.length,
      from: fmt.number(trend.from, 1),
      to: fmt.number(trend.to, 1),
    });
  };
  const total = (i: IssueListItem) => i.daily.reduce((n, x) => n + x, 0);

  return (
    <>
      <PageHeader
        title={t('issues.title')}
        description={t('issues.intro')}
        actions={
          <SegmentedControl
            size="xs"
            aria-label={t('issues.days')}
            value={String(days)}
            onChange={(v) => setParams({ hari: v })}
            data={DAY_CHOICES.map((d) => ({ value: d, label: t(`period.days${d}`) }))}
          />
        }
      />
      <QueryView query={issues} skeleton={<LoadingState rows={8} />}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title={t('issues.empty')} body={t('issues.emptyBody')} />
          ) : (
            <DataTable
              caption={t('issues.title')}
              rows={rows}
              rowKey={(r) => r.id}
              exportable
              testId="issues-table"
              columns={[
                {
                  key: 'label',
                  header: t('issues.columns.issue'),
                  cell: (r) => (
                    <Stack gap={2}>
                      <Anchor component={Link} to={`/isu/${r.id}`} size="sm" fw={600}>
                        {r.label}
                      </Anchor>
                      {(r.locked || r.manual) && (
                        <Group gap={4}>
                          {r.locked && (
                            <Badge size="xs" color="gray" variant="light">
                              {t('issues.locked')}
                            </Badge>
                          )}
                          {r.manual && (
                            <Badge size="xs" variant="light">
                              {t('issues.manual')}
                            </Badge>
                          )}
                        </Group>
                      )}
                    </Stack>
                  ),
                  value: (r) => r.label,
                },
                {
                  key: 'articles',
                  header: t('issues.columns.articles'),
                  numeric: true,
                  cell: (r) => fmt.number(r.articleCount),
                  value: (r) => r.articleCount,
                },
                {
                  key: 'trend',
                  header: t('issues.columns.trend', { days }),
                  cell: (r) => (
                    <Group gap={6} wrap="nowrap" data-testid="issue-trend">
                      <Sparkline values={r.daily} label={trendLabel(r)} />
                      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                        {t('issues.trend.total', { n: fmt.number(total(r)) })}
                      </Text>
                    </Group>
                  ),
                  value: (r) => total(r),
                },
                {
                  key: 'tone',
                  header: t('issues.columns.tone'),
                  cell: (r) => <ToneBar counts={tones(r)} />,
                  value: (r) => `+${r.tones.positive} =${r.tones.neutral} −${r.tones.negative}`,
                },
                {
                  key: 'span',
                  header: t('issues.columns.span'),
                  cell: (r) => (
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {fmt.date(r.firstAt)} – {fmt.date(r.lastAt)}
                    </Text>
                  ),
                  value: (r) => `${r.firstAt ?? ''} – ${r.lastAt ?? ''}`,
                },
              ]}
            />
          )
        }
      </QueryView>
    </>
  );
}

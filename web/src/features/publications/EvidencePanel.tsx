// What the release was drafted on, frozen when the case opened: the issue, its tone, the crisis
// detector's level and reason, the outlets that carried it, the articles (with links) and who said
// what in them — so the writer and the approvers check the release against the coverage.
import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { ToneBadge } from '../../app/ui/ToneBadge.tsx';
import { ToneBar } from '../../app/ui/ToneBar.tsx';
import type { Evidence } from './publications.api.ts';

const CRISIS_COLORS: Record<string, string> = {
  normal: 'gray',
  waspada: 'yellow',
  siaga: 'orange',
  krisis: 'red',
};

export function EvidencePanel(props: { evidence: Evidence }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const e = props.evidence;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="evidence-title"
      data-testid="evidence"
    >
      <Stack gap="sm">
        <Title order={2} size="h5" id="evidence-title">
          {t('publications.evidence')}
        </Title>
        {e.issue ? (
          <Stack gap={4}>
            <Anchor component={Link} to={`/isu/${e.issue.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
              {e.issue.label}
            </Anchor>
            <Text size="xs" c="dimmed">
              {t('publications.issueLine', {
                n: fmt.number(e.issue.articles),
                from: fmt.date(e.issue.firstAt),
                to: fmt.date(e.issue.lastAt),
              })}
            </Text>
            {e.issue.summary && <Text size="sm">{e.issue.summary}</Text>}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('publications.noIssue')}
          </Text>
        )}
        <Group gap="sm" wrap="wrap">
          <ToneBar
            counts={{ positif: e.tones.positive, netral: e.tones.neutral, negatif: e.tones.negative }}
            width={140}
          />
          {e.crisis && (
            <Badge color={CRISIS_COLORS[e.crisis.level] ?? 'gray'} variant="light" radius="sm">
              {t('publications.crisisLevel', { level: e.crisis.level })}
            </Badge>
          )}
        </Group>
        {e.crisis?.reason && (
          <Text size="xs" c="dimmed">
            {e.crisis.reason}
          </Text>
        )}
        {e.topOutlets.length > 0 && (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('publications.topOutlets')}
            </Text>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {e.topOutlets.map((o) => `${o.outlet} (${fmt.number(o.articles)})`).join(', ')}
            </Text>
          </Stack>
        )}
        {e.articles.length > 0 && (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('publications.articles', { n: e.articles.length })}
            </Text>
            <List size="sm" spacing={4} listStyleType="none" p={0}>
              {e.articles.map((a) => (
                <List.Item key={a.id}>
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <ToneBadge tone={a.tone} size="xs" />
                    <div style={{ minWidth: 0 }}>
                      <Anchor
                        href={a.url}
                        target="_blank"
                        rel="noopener noreferrer"
                        size="sm"
                        style={{ overflowWrap: 'anywhere' }}
                      >
                        {a.title}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {[a.outlet, fmt.date(a.publishedAt)].filter(Boolean).join(' · ')}
                      </Text>
                    </div>
                  </Group>
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        {e.quotes.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('publications.quotes')}
            </Text>
            {e.quotes.map((q) => (
              <Text
                key={`${q.articleId}:${q.text.slice(0, 40)}`}
                size="sm"
                style={{ overflowWrap: 'anywhere' }}
              >
                “{q.text}” — <strong>{q.speaker}</strong>
                {q.role ? `, ${q.role}` : ''}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

// Who ran the release: each outlet the crawl found carrying it (partner or not), how much of the
// text it kept, whether the title or the quote matched, with what tone and when first; and per
// partner outlet whether it ran it, beside the agreement in force.
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/useFormat.ts';
import { DataTable } from '../../app/ui/DataTable.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { ToneBadge } from '../../app/ui/ToneBadge.tsx';
import { type PickupReport as Report, usePickup } from './publications.api.ts';

type Outlet = Report['outlets'][number];

export function PickupReport(props: { workspace: string; publicationId: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const report = usePickup(props.workspace, props.publicationId, true);
  const yesNo = (b: boolean) => (b ? t('publications.yes') : t('publications.no'));
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="pickup-title"
      data-testid="pickup"
    >
      <Stack gap="sm">
        <Title order={2} size="h5" id="pickup-title">
          {t('publications.pickup')}
        </Title>
        <QueryView query={report}>
          {(r) => (
            <Stack gap="sm">
              {r.outlets.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('publications.pickupNone')}
                </Text>
              ) : (
                <DataTable<Outlet>
                  caption={t('publications.pickup')}
                  rows={r.outlets}
                  rowKey={(o) => o.host}
                  exportable
                  minWidth={640}
                  columns={[
                    {
                      key: 'outlet',
                      header: t('publications.pickupCols.outlet'),
                      cell: (o) => (
                        <Stack gap={0}>
                          <Anchor
                            href={o.articles[0]?.url}
                            target="_blank"
                            rel="noopener noreferrer"
                            size="sm"
                          >
                            {o.outlet ?? o.host}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {o.host}
                          </Text>
                        </Stack>
                      ),
                      value: (o) => o.outlet ?? o.host,
                    },
                    {
                      key: 'partner',
                      header: t('publications.pickupCols.partner'),
                      cell: (o) => o.partner ?? '—',
                      value: (o) => o.partner ?? '',
                    },
                    {
                      key: 'kept',
                      header: t('publications.pickupCols.kept'),
                      numeric: true,
                      cell: (o) => fmt.percent(o.kept, 0),
                      value: (o) => Math.round(o.kept * 100),
                    },
                    {
                      key: 'match',
                      header: t('publications.pickupCols.match'),
                      cell: (o) => (
                        <Text size="sm">
                          {t('publications.titleMatch')}: {yesNo(o.articles.some((a) => a.titleMatch))} ·{' '}
                          {t('publications.quoteMatch')}: {yesNo(o.articles.some((a) => a.quoteMatch))}
                        </Text>
                      ),
                      value: (o) =>
                        `${yesNo(o.articles.some((a) => a.titleMatch))}/${yesNo(o.articles.some((a) => a.quoteMatch))}`,
                    },
                    {
                      key: 'tone',
                      header: t('tone.label'),
                      cell: (o) => <ToneBadge tone={o.articles[0]?.tone} size="xs" />,
                      value: (o) => o.articles[0]?.tone ?? '',
                    },
                    {
                      key: 'first',
                      header: t('publications.pickupCols.first'),
                      cell: (o) => fmt.dateTime(o.firstAt),
                      value: (o) => o.firstAt ?? '',
                    },
                  ]}
                />
              )}
              {r.partners.length > 0 && (
                <Stack gap={4} data-testid="pickup-partners">
                  <Text size="sm" fw={600}>
                    {t('publications.partnersRan')}
                  </Text>
                  {r.partners.map((p) => (
                    <Group key={p.id} gap="xs" wrap="wrap">
                      <Badge color={p.pickedUp ? 'green' : 'gray'} variant="light" radius="sm">
                        {p.pickedUp ? t('publications.ranIt') : t('publications.notRun')}
                      </Badge>
                      <Text size="sm">{p.name}</Text>
                      {p.agreement && (
                        <Text size="xs" c="dimmed">
                          {t('publications.agreement', {
                            number: p.agreement.number,
                            n: p.agreement.requiredReleases,
                          })}
                        </Text>
                      )}
                    </Group>
                  ))}
                </Stack>
              )}
            </Stack>
          )}
        </QueryView>
      </Stack>
    </Paper>
  );
}

// Katalog media: the outlets this workspace follows, each with its media type, its sources, the
// news collected from it in the last 30 days and its newest article.
import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type OutletCatalogue as Catalogue, useOutletCatalogue } from '../../app/api/sources.ts';
import { useFormat } from '../../app/format/useFormat.ts';
import { DataTable } from '../../app/ui/DataTable.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { EmptyState, LoadingState } from '../../app/ui/States.tsx';

type Outlet = Catalogue['outlets'][number];

export function OutletCatalogue(props: { workspace: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const catalogue = useOutletCatalogue(props.workspace);
  return (
    <QueryView query={catalogue} skeleton={<LoadingState rows={6} label={t('sources.catalogue.loading')} />}>
      {(data) =>
        data.outlets.length === 0 ? (
          <EmptyState title={t('sources.catalogue.empty')} body={t('sources.catalogue.emptyBody')} />
        ) : (
          <DataTable<Outlet>
            caption={t('sources.catalogue.title')}
            rows={data.outlets}
            rowKey={(o) => o.name}
            exportable
            testId="outlet-catalogue"
            minWidth={720}
            columns={[
              {
                key: 'outlet',
                header: t('sources.catalogue.outlet'),
                cell: (o) => (
                  <Stack gap={2}>
                    <Text size="sm" fw={600}>
                      {o.name}
                    </Text>
                    {o.region && (
                      <Text size="xs" c="dimmed">
                        {o.region}
                      </Text>
                    )}
                  </Stack>
                ),
                value: (o) => o.name,
              },
              {
                key: 'type',
                header: t('sources.catalogue.mediaType'),
                cell: (o) => (
                  <Badge variant="light" color={o.mediaType === 'unknown' ? 'gray' : 'blue'}>
                    {t(`sources.catalogue.mediaTypes.${o.mediaType}`)}
                  </Badge>
                ),
                value: (o) => t(`sources.catalogue.mediaTypes.${o.mediaType}`),
              },
              {
                key: 'sources',
                header: t('sources.catalogue.sources'),
                cell: (o) => (
                  <Stack gap={2}>
                    {o.sources.map((s) => (
                      <Text
                        key={s.id}
                        size="xs"
                        style={{ overflowWrap: 'anywhere' }}
                        c={s.enabled ? undefined : 'dimmed'}
                      >
                        {t(`sources.kinds.${s.kind}`)} · {s.url}
                        {s.enabled ? '' : ` (${t('sources.disabled')})`}
                      </Text>
                    ))}
                  </Stack>
                ),
                value: (o) => o.sources.map((s) => s.url).join('\n'),
              },
              {
                key: 'articles',
                header: t('sources.catalogue.articles30'),
                numeric: true,
                cell: (o) => fmt.number(o.articlesLast30Days),
                value: (o) => o.articlesLast30Days,
              },
              {
                key: 'last',
                header: t('sources.catalogue.lastArticle'),
                cell: (o) => (
                  <span style={{ whiteSpace: 'nowrap' }}>
                    {o.lastArticleAt ? fmt.dateTime(o.lastArticleAt) : t('sources.catalogue.noArticles')}
                  </span>
                ),
                value: (o) => o.lastArticleAt,
              },
            ]}
          />
        )
      }
    </QueryView>
  );
}

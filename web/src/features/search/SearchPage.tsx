// Pencarian: the office's archive, searched with the same query language as subjects, narrowed by
// period, outlet, tone, subject and issue, sorted, paged, saved as a subject or exported.
import {
  Button,
  Drawer,
  Grid,
  Group,
  Pagination,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubjects } from '../../app/api/subjects.ts';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { FilterIcon, SearchIcon } from '../../app/ui/icons.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { EmptyState, LoadingState } from '../../app/ui/States.tsx';
import { useIsPhone } from '../../app/ui/useIsPhone.ts';
import { ActiveFilters } from './ActiveFilters.tsx';
import { Facets } from './Facets.tsx';
import { ResultItem } from './ResultItem.tsx';
import { SearchActions } from './SearchActions.tsx';
import { isRunnable, type SearchResult, useSearch, useSearchCounts } from './search.api.ts';
import { FACET_KEYS, PAGE_SIZE, useSearchState } from './useSearchState.ts';

const dayOf = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : '');

function Results(props: {
  data: SearchResult;
  total: number | undefined;
  page: number;
  onPage(page: number): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { data } = props;
  if (data.results.length === 0)
    return <EmptyState title={t('search.noResults')} body={t('search.noResultsBody')} />;
  const first = data.offset + 1;
  const last = data.offset + data.results.length;
  const total = props.total;
  const pages = total !== undefined ? Math.ceil(total / PAGE_SIZE) : null;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="search-total">
        {total !== undefined ? `${t('search.total', { n: fmt.number(total) })} · ` : ''}
        {t('search.shown', { from: fmt.number(first), to: fmt.number(last) })}
      </Text>
      <Stack
        gap="xs"
        component="ol"
        aria-label={t('search.resultsLabel')}
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {data.results.map((hit) => (
          <ResultItem key={hit.article.id} hit={hit} />
        ))}
      </Stack>
      <nav aria-label={t('search.pagination')}>
        {pages !== null ? (
          pages > 1 && (
            <Pagination
              total={pages}
              value={props.page}
              onChange={props.onPage}
              size="sm"
              siblings={1}
              boundaries={1}
            />
          )
        ) : (
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              disabled={props.page <= 1}
              onClick={() => props.onPage(props.page - 1)}
            >
              {t('common.previous')}
            </Button>
            <Button
              size="xs"
              variant="default"
              disabled={data.results.length < PAGE_SIZE}
              onClick={() => props.onPage(props.page + 1)}
            >
              {t('common.next')}
            </Button>
          </Group>
        )}
      </nav>
    </Stack>
  );
}

export function SearchPage() {
  const { t } = useTranslation();
  const session = useSession();
  const workspace = useWorkspaceSlug();
  const phone = useIsPhone();
  const [filtersOpen, filters] = useDisclosure(false);
  const state = useSearchState(workspace, session.zone);
  const { request } = state;
  const [draft, setDraft] = useState(request.q);
  useEffect(() => setDraft(request.q), [request.q]);
  const search = useSearch(request);
  const counts = useSearchCounts(request);
  const subjects = useSubjects(workspace);
  const selected = {
    outlet: request.outlet,
    tone: request.tone,
    subject: request.subject,
    issue: request.issue,
  };
  const filterCount =
    FACET_KEYS.filter((k) => selected[k]).length + (state.rawFrom ? 1 : 0) + (state.rawTo ? 1 : 0);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    state.update({ q: draft.trim() || null, sort: null });
  };

  const facets = (
    <Facets
      facets={counts.data?.facets}
      selected={selected}
      subjects={subjects.data ?? []}
      fromDay={dayOf(state.rawFrom)}
      toDay={dayOf(state.rawTo)}
      onToggle={state.toggle}
      onPeriod={(from, to) => state.update(from !== null ? { from } : { to })}
    />
  );

  return (
    <>
      <PageHeader
        title={t('search.title')}
        actions={isRunnable(request) ? <SearchActions request={request} /> : undefined}
      />
      <Stack gap="md">
        <search>
          <form onSubmit={submit}>
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                style={{ flex: 1, minWidth: 0 }}
                label={t('search.label')}
                description={t('search.help')}
                placeholder={t('search.placeholder')}
                value={draft}
                onChange={(e) => setDraft(e.currentTarget.value)}
                leftSection={<SearchIcon />}
                type="search"
              />
              <Button type="submit">{t('search.submit')}</Button>
            </Group>
          </form>
        </search>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <ActiveFilters
            from={state.rawFrom}
            to={state.rawTo}
            selected={selected}
            subjects={subjects.data ?? []}
            facets={counts.data?.facets}
            onRemove={(key) => state.update({ [key]: null })}
            onClear={() =>
              state.update({ from: null, to: null, outlet: null, tone: null, subject: null, issue: null })
            }
          />
          <Group gap="xs" ml="auto">
            {phone && (
              <Button
                size="xs"
                variant="default"
                leftSection={<FilterIcon width={14} height={14} />}
                onClick={filters.open}
              >
                {t('search.showFilters', { n: filterCount })}
              </Button>
            )}
            <Select
              size="xs"
              w={150}
              aria-label={t('search.sort')}
              value={request.sort}
              allowDeselect={false}
              onChange={(value) => state.update({ sort: value })}
              data={(['newest', 'relevance', 'oldest'] as const).map((s) => ({
                value: s,
                label: t(`search.sorts.${s}`),
              }))}
            />
          </Group>
        </Group>
        <Grid gutter="md">
          {!phone && (
            <Grid.Col span={{ base: 12, sm: 4, lg: 3 }}>
              <Paper withBorder radius="md" p="sm" component="aside" aria-label={t('search.filters')}>
                {facets}
              </Paper>
            </Grid.Col>
          )}
          <Grid.Col span={{ base: 12, sm: 8, lg: 9 }}>
            {!isRunnable(request) ? (
              <EmptyState title={t('search.startTitle')} body={t('search.startBody')} />
            ) : (
              <QueryView query={search} skeleton={<LoadingState rows={6} />}>
                {(data) => (
                  <div style={{ opacity: search.isPlaceholderData ? 0.6 : 1 }}>
                    <Results
                      data={data}
                      total={counts.data?.total}
                      page={state.page}
                      onPage={(page) => state.update({ page: String(page) })}
                    />
                  </div>
                )}
              </QueryView>
            )}
          </Grid.Col>
        </Grid>
      </Stack>
      <Drawer
        opened={filtersOpen}
        onClose={filters.close}
        title={t('search.filters')}
        position="bottom"
        size="85%"
      >
        {facets}
      </Drawer>
    </>
  );
}

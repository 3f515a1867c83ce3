// Kliping media cetak (/kliping): adding scanned or photographed newspaper pages and e-paper PDFs
// (for roles that may), and every clipping with its outlet, date, page, status and the articles
// it became, filtered by outlet and date (the filters live in the address).
import { ActionIcon, Anchor, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { ConfirmDialog } from '../../app/ui/ConfirmDialog.tsx';
import { DataTable } from '../../app/ui/DataTable.tsx';
import { CloseIcon } from '../../app/ui/icons.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { EmptyState, LoadingState } from '../../app/ui/States.tsx';
import { usePrintOutlets } from '../sources/printOutlets.api.ts';
import { ClippingStatusBadge } from './ClippingStatusBadge.tsx';
import { type ClippingSummary, useClippings, useRemoveClipping } from './clippings.api.ts';
import { UploadPanel } from './UploadPanel.tsx';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function ClippingsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const session = useSession();
  const workspace = useWorkspaceSlug();
  const canAdd = session.can('editClippings');
  const [params, setParams] = useSearchParams();
  const day = (name: string) => (DAY.test(params.get(name) ?? '') ? (params.get(name) as string) : '');
  const filter = {
    outlet: /^\d+$/.test(params.get('media') ?? '') ? Number(params.get('media')) : null,
    from: day('dari'),
    to: day('sampai'),
  };
  const list = useClippings(workspace, filter);
  const outlets = usePrintOutlets(workspace);
  const remove = useRemoveClipping(workspace);
  const [removing, setRemoving] = useState<ClippingSummary | null>(null);
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader title={t('clippings.title')} description={t('clippings.intro')} />
      <Stack gap="md">
        {canAdd && <UploadPanel workspace={workspace} />}
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('clippings.filterOutlet')}
            value={filter.outlet === null ? '' : String(filter.outlet)}
            onChange={(e) => set('media', e.currentTarget.value)}
            data={[
              { value: '', label: t('clippings.allOutlets') },
              ...(outlets.data ?? []).map((o) => ({ value: String(o.id), label: o.name })),
            ]}
            style={{ flex: '1 1 200px', maxWidth: 300 }}
          />
          <TextInput
            type="date"
            label={t('clippings.from')}
            value={filter.from}
            onChange={(e) => set('dari', e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('clippings.to')}
            value={filter.to}
            onChange={(e) => set('sampai', e.currentTarget.value)}
          />
        </Group>
        <QueryView query={list} skeleton={<LoadingState rows={6} />}>
          {(rows) =>
            rows.length === 0 ? (
              <EmptyState title={t('clippings.empty')} body={t('clippings.emptyBody')} />
            ) : (
              <DataTable<ClippingSummary>
                caption={t('clippings.title')}
                rows={rows}
                rowKey={(c) => c.id}
                exportable
                testId="clippings-table"
                minWidth={820}
                columns={[
                  {
                    key: 'outlet',
                    header: t('clippings.columns.outlet'),
                    cell: (c) => (
                      <Stack gap={0}>
                        <Anchor component={Link} to={`/kliping/${c.id}`} fw={600} size="sm">
                          {c.outlet}
                        </Anchor>
                        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                          {c.fileName}
                        </Text>
                      </Stack>
                    ),
                    value: (c) => c.outlet,
                  },
                  {
                    key: 'file',
                    header: t('clippings.columns.file'),
                    cell: () => null,
                    value: (c) => c.fileName,
                    exportOnly: true,
                  },
                  {
                    key: 'date',
                    header: t('clippings.columns.date'),
                    cell: (c) => <span style={{ whiteSpace: 'nowrap' }}>{fmt.date(c.editionDate)}</span>,
                    value: (c) => c.editionDate,
                  },
                  {
                    key: 'page',
                    header: t('clippings.columns.page'),
                    cell: (c) =>
                      c.firstPage === null
                        ? '-'
                        : c.pageCount > 1
                          ? `${c.firstPage}–${c.firstPage + c.pageCount - 1}`
                          : String(c.firstPage),
                    value: (c) => c.firstPage,
                  },
                  {
                    key: 'status',
                    header: t('clippings.columns.status'),
                    cell: (c) => <ClippingStatusBadge status={c.status} error={c.error} />,
                    value: (c) => [t(`clippings.statuses.${c.status}`), c.error].filter(Boolean).join(' · '),
                  },
                  {
                    key: 'articles',
                    header: t('clippings.columns.articles'),
                    numeric: true,
                    cell: (c) => fmt.number(c.articleCount),
                    value: (c) => c.articleCount,
                  },
                  {
                    key: 'added',
                    header: t('clippings.columns.added'),
                    cell: (c) => (
                      <Text size="xs" title={fmt.dateTime(c.createdAt)}>
                        {[c.createdBy, fmt.relative(c.createdAt)].filter(Boolean).join(' · ')}
                      </Text>
                    ),
                    value: (c) => [c.createdBy, c.createdAt].filter(Boolean).join(' · '),
                  },
                  ...(canAdd
                    ? [
                        {
                          key: 'remove',
                          header: t('common.actions'),
                          cell: (c: ClippingSummary) => (
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={t('clippings.removeOf', { name: c.fileName })}
                              onClick={() => setRemoving(c)}
                            >
                              <CloseIcon width={16} height={16} />
                            </ActionIcon>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            )
          }
        </QueryView>
      </Stack>
      <ConfirmDialog
        opened={removing !== null}
        title={removing ? t('clippings.removeTitle', { name: removing.fileName }) : ''}
        body={t('clippings.removeBody')}
        confirmLabel={t('common.delete')}
        danger
        busy={remove.isPending}
        error={remove.error}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
        onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
      />
    </>
  );
}

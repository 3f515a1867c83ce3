// "Media cetak": the newspapers clippings come from, with region, frequency, circulation, partner
// status and how many clippings each has; administrators add, change and remove them (an outlet
// with clippings cannot be removed: the server refuses and says so).
import { ActionIcon, Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession } from '../../app/session/SessionProvider.tsx';
import { ConfirmDialog } from '../../app/ui/ConfirmDialog.tsx';
import { DataTable } from '../../app/ui/DataTable.tsx';
import { CloseIcon, PlusIcon } from '../../app/ui/icons.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { EmptyState, LoadingState } from '../../app/ui/States.tsx';
import { PrintOutletForm } from './PrintOutletForm.tsx';
import { type PrintOutlet, usePrintOutlets, useRemovePrintOutlet } from './printOutlets.api.ts';

export function PrintOutlets(props: { workspace: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const session = useSession();
  const canManage = session.can('managePrintOutlets');
  const outlets = usePrintOutlets(props.workspace);
  const remove = useRemovePrintOutlet(props.workspace);
  const [editing, setEditing] = useState<PrintOutlet | 'new' | null>(null);
  const [removing, setRemoving] = useState<PrintOutlet | null>(null);
  const addButton = canManage ? (
    <Button leftSection={<PlusIcon width={16} height={16} />} onClick={() => setEditing('new')}>
      {t('printOutlets.add')}
    </Button>
  ) : null;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Text size="sm" c="dimmed" maw={720}>
          {t('printOutlets.intro')}{' '}
          <Anchor component={Link} to="/kliping" size="sm">
            {t('printOutlets.toClippings')}
          </Anchor>
        </Text>
        {addButton}
      </Group>
      <QueryView query={outlets} skeleton={<LoadingState rows={5} />}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState
              title={t('printOutlets.empty')}
              body={t('printOutlets.emptyBody')}
              action={addButton}
            />
          ) : (
            <DataTable<PrintOutlet>
              caption={t('printOutlets.title')}
              rows={rows}
              rowKey={(o) => o.id}
              exportable
              testId="print-outlets"
              minWidth={760}
              columns={[
                {
                  key: 'name',
                  header: t('printOutlets.name'),
                  cell: (o) => (
                    <Anchor component={Link} to={`/kliping?media=${o.id}`} fw={600} size="sm">
                      {o.name}
                    </Anchor>
                  ),
                  value: (o) => o.name,
                },
                {
                  key: 'region',
                  header: t('printOutlets.region'),
                  cell: (o) => o.region ?? '-',
                  value: (o) => o.region,
                },
                {
                  key: 'frequency',
                  header: t('printOutlets.frequency'),
                  cell: (o) => t(`printOutlets.frequencies.${o.frequency}`),
                  value: (o) => t(`printOutlets.frequencies.${o.frequency}`),
                },
                {
                  key: 'circulation',
                  header: t('printOutlets.circulation'),
                  numeric: true,
                  cell: (o) => (o.circulation === null ? '-' : fmt.number(o.circulation)),
                  value: (o) => o.circulation,
                },
                {
                  key: 'partner',
                  header: t('printOutlets.partner'),
                  cell: (o) =>
                    o.partnerId === null ? (
                      '-'
                    ) : (
                      <Anchor component={Link} to={`/mitra/${o.partnerId}`} size="sm">
                        {o.partnerName ?? `#${o.partnerId}`}
                      </Anchor>
                    ),
                  value: (o) => o.partnerName,
                },
                {
                  key: 'clippings',
                  header: t('printOutlets.clippings'),
                  numeric: true,
                  cell: (o) => fmt.number(o.clippingCount),
                  value: (o) => o.clippingCount,
                },
                ...(canManage
                  ? [
                      {
                        key: 'actions',
                        header: t('common.actions'),
                        cell: (o: PrintOutlet) => (
                          <Group gap={4} wrap="nowrap">
                            <Button size="compact-xs" variant="subtle" onClick={() => setEditing(o)}>
                              {t('common.edit')}
                            </Button>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={t('printOutlets.removeOf', { name: o.name })}
                              onClick={() => setRemoving(o)}
                            >
                              <CloseIcon width={16} height={16} />
                            </ActionIcon>
                          </Group>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          )
        }
      </QueryView>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('printOutlets.add') : t('printOutlets.editTitle')}
      >
        {editing !== null && (
          <PrintOutletForm
            workspace={props.workspace}
            outlet={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
      <ConfirmDialog
        opened={removing !== null}
        title={removing ? t('printOutlets.removeTitle', { name: removing.name }) : ''}
        body={t('printOutlets.removeBody')}
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
    </Stack>
  );
}

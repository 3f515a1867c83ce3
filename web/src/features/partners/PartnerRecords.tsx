// A partner's journalists' competency certificates (UKW) and agreements (perjanjian kerja sama):
// tables with each record's expiry, and for those who keep the registry, adding and removing them.
import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/useFormat.ts';
import { ConfirmDialog } from '../../app/ui/ConfirmDialog.tsx';
import { type Column, DataTable } from '../../app/ui/DataTable.tsx';
import { PlusIcon } from '../../app/ui/icons.tsx';
import { type PartnerDetail, useRemoveRecord, type Warning } from './partners.api.ts';
import { AgreementDialog, CertificateDialog } from './RecordDialogs.tsx';

type Cert = PartnerDetail['certificates'][number];
type Agreement = PartnerDetail['agreements'][number];

function ExpiryCell(props: { day: string; warning: Warning | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const w = props.warning;
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm">{fmt.date(props.day)}</Text>
      {w && (
        <Badge color={w.expired ? 'red' : 'orange'} radius="sm" tt="none">
          {w.expired
            ? t('partners.warnings.expiredShort')
            : t('partners.warnings.daysLeft', { n: w.daysLeft })}
        </Badge>
      )}
    </Group>
  );
}

export function PartnerRecords(props: { workspace: string; partner: PartnerDetail; canManage: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const p = props.partner;
  const [dialog, setDialog] = useState<'certificate' | 'agreement' | null>(null);
  const [removing, setRemoving] = useState<{
    kind: 'certificates' | 'agreements';
    recordId: number;
    label: string;
  } | null>(null);
  const remove = useRemoveRecord(props.workspace, p.id);
  const warningOf = (kind: Warning['kind'], id: number) =>
    p.warnings.find((w) => w.kind === kind && w.recordId === id);
  const removeColumn = <T extends { id: number }>(
    kind: 'certificates' | 'agreements',
    label: (r: T) => string,
  ): Column<T>[] =>
    props.canManage
      ? [
          {
            key: 'remove',
            header: t('common.actions'),
            cell: (r: T) => (
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                onClick={() => setRemoving({ kind, recordId: r.id, label: label(r) })}
              >
                {t('common.delete')}
              </Button>
            ),
          },
        ]
      : [];
  const heading = (title: string, add: 'certificate' | 'agreement', addLabel: string) => (
    <Group justify="space-between" wrap="wrap">
      <Title order={2} size="h4">
        {title}
      </Title>
      {props.canManage && (
        <Button size="xs" leftSection={<PlusIcon width={14} height={14} />} onClick={() => setDialog(add)}>
          {addLabel}
        </Button>
      )}
    </Group>
  );
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        {heading(t('partners.certificates.title'), 'certificate', t('partners.certificates.add'))}
        {p.certificates.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('partners.certificates.empty')}
          </Text>
        ) : (
          <DataTable<Cert>
            caption={t('partners.certificates.title')}
            rowKey={(c) => c.id}
            rows={p.certificates}
            columns={[
              {
                key: 'name',
                header: t('partners.certificates.journalist'),
                cell: (c) => c.journalistName,
                value: (c) => c.journalistName,
              },
              {
                key: 'level',
                header: t('partners.certificates.level'),
                cell: (c) => t(`partners.levels.${c.level}`),
                value: (c) => c.level,
              },
              {
                key: 'number',
                header: t('partners.certificates.number'),
                cell: (c) => c.number,
                value: (c) => c.number,
              },
              {
                key: 'issued',
                header: t('partners.certificates.issuedOn'),
                cell: (c) => fmt.date(c.issuedOn),
                value: (c) => c.issuedOn,
              },
              {
                key: 'expires',
                header: t('partners.certificates.expiresOn'),
                cell: (c) => <ExpiryCell day={c.expiresOn} warning={warningOf('certificate', c.id)} />,
                value: (c) => c.expiresOn,
              },
              ...removeColumn<Cert>('certificates', (c) => c.journalistName),
            ]}
          />
        )}
      </Stack>
      <Stack gap="xs">
        {heading(t('partners.agreements.title'), 'agreement', t('partners.agreements.add'))}
        {p.agreements.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('partners.agreements.empty')}
          </Text>
        ) : (
          <DataTable<Agreement>
            caption={t('partners.agreements.title')}
            rowKey={(a) => a.id}
            rows={p.agreements}
            columns={[
              {
                key: 'number',
                header: t('partners.agreements.number'),
                cell: (a) => a.number,
                value: (a) => a.number,
              },
              {
                key: 'starts',
                header: t('partners.agreements.startsOn'),
                cell: (a) => fmt.date(a.startsOn),
                value: (a) => a.startsOn,
              },
              {
                key: 'ends',
                header: t('partners.agreements.endsOn'),
                cell: (a) => <ExpiryCell day={a.endsOn} warning={warningOf('agreement', a.id)} />,
                value: (a) => a.endsOn,
              },
              {
                key: 'value',
                header: t('partners.agreements.value'),
                cell: (a) => `Rp ${fmt.number(a.valueRupiah)}`,
                value: (a) => a.valueRupiah,
                numeric: true,
              },
              {
                key: 'releases',
                header: t('partners.agreements.releasesRun'),
                // What the partner ran of what the agreement asks, within the agreement's period.
                cell: (a) => `${fmt.number(a.releasesRun)} / ${fmt.number(a.requiredReleases)}`,
                value: (a) => a.releasesRun,
                numeric: true,
              },
              {
                key: 'deliverables',
                header: t('partners.agreements.deliverables'),
                cell: (a) => a.deliverables || '—',
                value: (a) => a.deliverables,
              },
              ...removeColumn<Agreement>('agreements', (a) => a.number),
            ]}
          />
        )}
      </Stack>
      {dialog === 'certificate' && (
        <CertificateDialog workspace={props.workspace} partnerId={p.id} onClose={() => setDialog(null)} />
      )}
      {dialog === 'agreement' && (
        <AgreementDialog workspace={props.workspace} partnerId={p.id} onClose={() => setDialog(null)} />
      )}
      <ConfirmDialog
        opened={removing !== null}
        title={t('partners.removeRecordTitle')}
        body={removing?.label}
        confirmLabel={t('common.delete')}
        danger
        busy={remove.isPending}
        error={remove.error}
        onClose={() => setRemoving(null)}
        onConfirm={() =>
          removing &&
          remove.mutate(
            { kind: removing.kind, recordId: removing.recordId },
            { onSuccess: () => setRemoving(null) },
          )
        }
      />
    </Stack>
  );
}

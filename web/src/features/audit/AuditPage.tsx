// Jejak audit, for administrators: every change — who, in which role, what, before and after —
// filterable, paged back in time, with a check that the hash chain is unbroken.
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isForbidden } from '../../app/api/problem.ts';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession } from '../../app/session/SessionProvider.tsx';
import { DataTable } from '../../app/ui/DataTable.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { EmptyState, ErrorState, ForbiddenState, LoadingState } from '../../app/ui/States.tsx';
import { AuditChanges } from './AuditChanges.tsx';
import { type AuditFilter, useAuditTrail, useVerifyAudit } from './audit.api.ts';

function Verify() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const verify = useVerifyAudit();
  const result = verify.data;
  return (
    <Stack gap="xs">
      <Button size="xs" variant="default" loading={verify.isPending} onClick={() => verify.mutate()}>
        {t('audit.verify')}
      </Button>
      {result && (
        <Alert color={result.intact ? 'teal' : 'red'} variant="light" role="status">
          {result.intact || !result.broken
            ? t('audit.intact', { rows: fmt.number(result.rows) })
            : t('audit.broken', {
                id: result.broken.id,
                reason: t(`audit.brokenReasons.${result.broken.reason}`),
              })}
        </Alert>
      )}
      {verify.isError && <ErrorState error={verify.error} />}
    </Stack>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const session = useSession();
  const [action, setAction] = useState('');
  const [recordType, setRecordType] = useState('');
  const [filter, setFilter] = useState<AuditFilter>({
    workspace: session.user.isAdmin ? undefined : session.workspace?.slug,
  });
  const trail = useAuditTrail(filter);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilter((f) => ({
      ...f,
      action: action.trim() || undefined,
      recordType: recordType.trim() || undefined,
    }));
  };
  if (!session.can('audit') || isForbidden(trail.error)) return <ForbiddenState />;
  const entries = trail.data?.pages.flatMap((p) => p.entries) ?? [];
  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.intro')} actions={<Verify />} />
      <Stack gap="md">
        <form onSubmit={submit}>
          <Group gap="xs" align="flex-end" wrap="wrap">
            <TextInput
              size="xs"
              label={t('audit.action')}
              value={action}
              onChange={(e) => setAction(e.currentTarget.value)}
            />
            <TextInput
              size="xs"
              label={t('audit.recordType')}
              value={recordType}
              onChange={(e) => setRecordType(e.currentTarget.value)}
            />
            <Button size="xs" type="submit">
              {t('audit.filter')}
            </Button>
          </Group>
        </form>
        {trail.isPending ? (
          <LoadingState rows={8} />
        ) : trail.isError ? (
          <ErrorState error={trail.error} onRetry={() => void trail.refetch()} />
        ) : entries.length === 0 ? (
          <EmptyState title={t('audit.empty')} body={t('audit.emptyBody')} />
        ) : (
          <DataTable
            caption={t('audit.title')}
            rows={entries}
            rowKey={(r) => r.id}
            exportable
            minWidth={820}
            testId="audit-table"
            columns={[
              {
                key: 'action',
                header: t('audit.columns.action'),
                cell: (r) => <code style={{ fontSize: 13 }}>{r.action}</code>,
                value: (r) => r.action,
              },
              {
                key: 'at',
                header: t('audit.columns.at'),
                cell: (r) => <span style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(r.at)}</span>,
                value: (r) => r.at,
              },
              { key: 'actor', header: t('audit.columns.actor'), cell: (r) => r.actor, value: (r) => r.actor },
              {
                key: 'role',
                header: t('audit.columns.role'),
                cell: (r) => (r.role ? t(`roles.${r.role as 'admin'}`, { defaultValue: r.role }) : '—'),
                value: (r) => r.role,
              },
              {
                key: 'record',
                header: t('audit.columns.record'),
                cell: (r) => `${r.recordType}${r.recordId ? ` #${r.recordId}` : ''}`,
                value: (r) => `${r.recordType}${r.recordId ? ` #${r.recordId}` : ''}`,
              },
              {
                key: 'changes',
                header: t('audit.columns.changes'),
                cell: (r) => <AuditChanges changes={r.changes} />,
                value: (r) => JSON.stringify(r.changes),
              },
            ]}
            footer={
              trail.hasNextPage ? (
                <Group>
                  <Button
                    size="xs"
                    variant="default"
                    loading={trail.isFetchingNextPage}
                    onClick={() => void trail.fetchNextPage()}
                  >
                    {t('audit.older')}
                  </Button>
                </Group>
              ) : null
            }
          />
        )}
      </Stack>
    </>
  );
}

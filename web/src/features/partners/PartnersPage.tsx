// Mitra media (/mitra): the partner outlets the office sends releases to, with their Dewan Pers
// verification, what needs renewing within 60 days, and how much of the last 30 days' collected
// news each one published, by tone. Staff who keep the registry add partners here.
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { DataTable } from '../../app/ui/DataTable.tsx';
import { PlusIcon } from '../../app/ui/icons.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { EmptyState, LoadingState } from '../../app/ui/States.tsx';
import { ToneBar } from '../../app/ui/ToneBar.tsx';
import { VerificationBadge, WarningBadges } from './PartnerBadges.tsx';
import { PartnerForm } from './PartnerForm.tsx';
import { type PartnerItem, usePartners } from './partners.api.ts';

export const toneCounts = (c: PartnerItem['coverage']) => ({
  positif: c.positive,
  netral: c.neutral,
  negatif: c.negative,
});

export function PartnersPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const session = useSession();
  const workspace = useWorkspaceSlug();
  const navigate = useNavigate();
  const partners = usePartners(workspace);
  const [adding, setAdding] = useState(false);
  const canManage = session.can('managePartners');
  return (
    <>
      <PageHeader
        title={t('partners.title')}
        description={t('partners.intro')}
        actions={
          canManage ? (
            <Button leftSection={<PlusIcon width={16} height={16} />} onClick={() => setAdding(true)}>
              {t('partners.add')}
            </Button>
          ) : null
        }
      />
      <QueryView query={partners} skeleton={<LoadingState rows={6} />}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title={t('partners.empty')} body={t('partners.emptyBody')} />
          ) : (
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {t('partners.coveragePeriod', {
                  from: fmt.date(rows[0].coverage.from),
                  to: fmt.date(rows[0].coverage.to),
                })}
              </Text>
              <DataTable
                caption={t('partners.title')}
                rowKey={(p) => p.id}
                rows={rows}
                exportable
                testId="partners-table"
                columns={[
                  {
                    key: 'name',
                    header: t('partners.fields.name'),
                    cell: (p) => (
                      <Anchor component={Link} to={`/mitra/${p.id}`} fw={600}>
                        {p.name}
                        {!p.active && ` (${t('partners.inactive')})`}
                      </Anchor>
                    ),
                    value: (p) => p.name,
                  },
                  {
                    key: 'type',
                    header: t('partners.fields.mediaType'),
                    cell: (p) => t(`partners.mediaTypes.${p.mediaType}`),
                    value: (p) => t(`partners.mediaTypes.${p.mediaType}`),
                  },
                  {
                    key: 'verification',
                    header: t('partners.fields.verification'),
                    cell: (p) => (
                      <Stack gap={2}>
                        <VerificationBadge verification={p.verification} />
                        {p.verification.validUntil && (
                          <Text size="xs" c="dimmed">
                            {t('partners.validUntil', { day: fmt.date(p.verification.validUntil) })}
                          </Text>
                        )}
                      </Stack>
                    ),
                    value: (p) => t(`partners.verification.${p.verification.status}`),
                  },
                  {
                    key: 'warnings',
                    header: t('partners.warnings.title'),
                    cell: (p) => <WarningBadges warnings={p.warnings} />,
                    value: (p) => p.warnings.length,
                  },
                  {
                    key: 'newsroom',
                    header: t('partners.fields.newsroomEmail'),
                    cell: (p) => p.newsroomEmail ?? '—',
                    value: (p) => p.newsroomEmail,
                    hideOnCard: true,
                  },
                  {
                    key: 'coverage',
                    header: t('partners.coverage'),
                    cell: (p) => (
                      <Stack gap={2}>
                        <Text size="sm">{t('partners.articles', { n: fmt.number(p.coverage.total) })}</Text>
                        {p.coverage.total > 0 && <ToneBar counts={toneCounts(p.coverage)} />}
                      </Stack>
                    ),
                    value: (p) => p.coverage.total,
                  },
                ]}
              />
            </Stack>
          )
        }
      </QueryView>
      {adding && (
        <PartnerForm
          workspace={workspace}
          partner={null}
          opened
          onClose={() => setAdding(false)}
          onSaved={(id) => navigate(`/mitra/${id}`)}
        />
      )}
    </>
  );
}

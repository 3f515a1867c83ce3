// One partner outlet (/mitra/:id): who it is and how to reach its newsroom, its Dewan Pers
// verification, what needs renewing, its coverage of the government in the last 30 days by tone,
// and its journalists' certificates and agreements. Readers see it; keepers edit it here.
import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { ConfirmDialog } from '../../app/ui/ConfirmDialog.tsx';
import { Fact } from '../../app/ui/Fact.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { LoadingState } from '../../app/ui/States.tsx';
import { ToneBar } from '../../app/ui/ToneBar.tsx';
import { VerificationBadge, WarningBadges, warningText } from './PartnerBadges.tsx';
import { PartnerForm } from './PartnerForm.tsx';
import { PartnerRecords } from './PartnerRecords.tsx';
import { toneCounts } from './PartnersPage.tsx';
import { type PartnerDetail, usePartner, useRemovePartner } from './partners.api.ts';

function Coverage(props: { partner: PartnerDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const c = props.partner.coverage;
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('partners.coverage')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('partners.coveragePeriod', { from: fmt.date(c.from), to: fmt.date(c.to) })}
        </Text>
        <Group gap="lg" wrap="wrap">
          <Text size="xl" fw={700}>
            {t('partners.articles', { n: fmt.number(c.total) })}
          </Text>
          {c.total > 0 && <ToneBar counts={toneCounts(c)} width={200} />}
        </Group>
        <Text size="sm">
          {t('partners.toneSplit', {
            positive: fmt.number(c.positive),
            neutral: fmt.number(c.neutral),
            negative: fmt.number(c.negative),
            unanalysed: fmt.number(c.unanalysed),
          })}
        </Text>
        {props.partner.hosts.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('partners.noHosts')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function PartnerView(props: { workspace: string; partner: PartnerDetail; canManage: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const p = props.partner;
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const remove = useRemovePartner(props.workspace);
  const dash = (v: string | null) => v || '—';
  return (
    <>
      <PageHeader
        title={p.name}
        description={
          <Anchor component={Link} to="/mitra" size="sm">
            ← {t('partners.back')}
          </Anchor>
        }
        actions={
          props.canManage ? (
            <>
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
              <Button variant="subtle" color="red" onClick={() => setDeleting(true)}>
                {t('common.delete')}
              </Button>
            </>
          ) : null
        }
      />
      <Stack gap="lg">
        {p.warnings.length > 0 && (
          <Alert
            color={p.warnings.some((w) => w.expired) ? 'red' : 'orange'}
            title={t('partners.warnings.title')}
          >
            <Stack gap={2}>
              {p.warnings.map((w) => (
                <Text size="sm" key={`${w.kind}-${w.recordId}`}>
                  {warningText(t, w)} ({fmt.date(w.expiresOn)})
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm">
              <Group gap="xs">
                <VerificationBadge verification={p.verification} />
                <WarningBadges warnings={p.warnings} />
                {!p.active && (
                  <Text size="sm" c="dimmed">
                    ({t('partners.inactive')})
                  </Text>
                )}
              </Group>
              <SimpleGrid component="dl" cols={2} spacing="sm" m={0}>
                <Fact label={t('partners.fields.mediaType')}>{t(`partners.mediaTypes.${p.mediaType}`)}</Fact>
                <Fact label={t('partners.fields.legalEntity')}>{dash(p.legalEntity)}</Fact>
                <Fact label={t('partners.fields.responsiblePerson')}>{dash(p.responsiblePerson)}</Fact>
                <Fact label={t('partners.fields.chiefEditor')}>{dash(p.chiefEditor)}</Fact>
                <Fact label={t('partners.fields.newsroomEmail')}>{dash(p.newsroomEmail)}</Fact>
                <Fact label={t('partners.fields.email')}>{dash(p.email)}</Fact>
                <Fact label={t('partners.fields.phone')}>{dash(p.phone)}</Fact>
                <Fact label={t('partners.fields.hosts')}>{p.hosts.join(', ') || '—'}</Fact>
                <Fact label={t('partners.fields.verifiedOn')}>
                  {p.verification.verifiedOn ? fmt.date(p.verification.verifiedOn) : '—'}
                </Fact>
                <Fact label={t('partners.fields.validUntil')}>
                  {p.verification.validUntil ? fmt.date(p.verification.validUntil) : '—'}
                </Fact>
                <Fact label={t('partners.fields.address')} wide>
                  {dash(p.address)}
                </Fact>
                {p.notes && (
                  <Fact label={t('partners.fields.notes')} wide>
                    {p.notes}
                  </Fact>
                )}
              </SimpleGrid>
            </Stack>
          </Paper>
          <Coverage partner={p} />
        </SimpleGrid>
        <PartnerRecords workspace={props.workspace} partner={p} canManage={props.canManage} />
      </Stack>
      {editing && (
        <PartnerForm workspace={props.workspace} partner={p} opened onClose={() => setEditing(false)} />
      )}
      <ConfirmDialog
        opened={deleting}
        title={t('partners.removeTitle')}
        body={t('partners.removeBody', { name: p.name })}
        confirmLabel={t('common.delete')}
        danger
        busy={remove.isPending}
        error={remove.error}
        onClose={() => setDeleting(false)}
        onConfirm={() => remove.mutate(p.id, { onSuccess: () => navigate('/mitra') })}
      />
    </>
  );
}

export function PartnerPage() {
  const workspace = useWorkspaceSlug();
  const session = useSession();
  const { id = '' } = useParams();
  const partner = usePartner(workspace, id);
  return (
    <QueryView query={partner} skeleton={<LoadingState rows={8} />}>
      {(p) => <PartnerView workspace={workspace} partner={p} canManage={session.can('managePartners')} />}
    </QueryView>
  );
}

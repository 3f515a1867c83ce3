// The SOP's identity part as the national format lays it out: number, dates, who approved it, and
// the lists (legal basis, executor qualifications, related SOPs, equipment, warnings, records).
import { List, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Fact } from '../../app/ui/Fact.tsx';
import type { SopDefinition } from './sops.api.ts';

function Items(props: { title: string; items: string[]; ordered?: boolean }) {
  const { t } = useTranslation();
  return (
    <div style={{ minWidth: 0 }}>
      <Title order={3} size="h6" mb={4}>
        {props.title}
      </Title>
      {props.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('sops.none')}
        </Text>
      ) : (
        <List
          type={props.ordered ? 'ordered' : 'unordered'}
          size="sm"
          spacing={2}
          style={{ overflowWrap: 'anywhere' }}
        >
          {props.items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the lines of a list may repeat
            <List.Item key={i}>{item}</List.Item>
          ))}
        </List>
      )}
    </div>
  );
}

export function SopIdentity(props: { definition: SopDefinition }) {
  const { t } = useTranslation();
  const { identity } = props.definition;
  const dash = (s: string) => s.trim() || '—';
  const approver = [identity.approvedBy.position, identity.approvedBy.name]
    .filter((s) => s.trim())
    .join(', ');
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="sop-identity">
      <Title order={2} size="h5" id="sop-identity" mb="sm">
        {t('sops.identity')}
      </Title>
      {identity.organisation.length > 0 && (
        <Text
          size="xs"
          fw={700}
          c="dimmed"
          mb="sm"
          style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}
        >
          {identity.organisation.join('\n')}
        </Text>
      )}
      <SimpleGrid
        component="dl"
        cols={{ base: 1, xs: 2, md: 3 }}
        spacing="sm"
        verticalSpacing="xs"
        m={0}
        mb="md"
      >
        <Fact label={t('sops.fields.number')}>{dash(identity.number)}</Fact>
        <Fact label={t('sops.fields.madeOn')}>{dash(identity.madeOn)}</Fact>
        <Fact label={t('sops.fields.revisedOn')}>{dash(identity.revisedOn)}</Fact>
        <Fact label={t('sops.fields.effectiveOn')}>{dash(identity.effectiveOn)}</Fact>
        <Fact label={t('sops.fields.approvedBy')}>
          {approver || '—'}
          {identity.approvedBy.nip.trim() && (
            <Text span size="xs" c="dimmed">
              {' '}
              (NIP {identity.approvedBy.nip})
            </Text>
          )}
        </Fact>
        <Fact label={t('sops.fields.title')} wide>
          {dash(identity.title)}
        </Fact>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Items title={t('sops.fields.legalBasis')} items={identity.legalBasis} ordered />
        <Items title={t('sops.fields.qualifications')} items={identity.qualifications} ordered />
        <Items title={t('sops.fields.relatedSops')} items={identity.relatedSops} />
        <Items title={t('sops.fields.equipment')} items={identity.equipment} />
        <Items title={t('sops.fields.warnings')} items={identity.warnings} />
        <Items title={t('sops.fields.records')} items={identity.records} />
      </SimpleGrid>
    </Paper>
  );
}

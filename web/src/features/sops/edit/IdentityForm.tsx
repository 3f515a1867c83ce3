// The identity part of the national SOP format: letterhead, number, dates as written ("Januari 2022"),
// who approved it, the title, and the lists beside the flowchart.
import { Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SopDefinition } from '../sops.api.ts';
import { LinesField } from './LinesField.tsx';

type Identity = SopDefinition['identity'];
type ListKey = 'legalBasis' | 'qualifications' | 'relatedSops' | 'equipment' | 'warnings' | 'records';
const LISTS: ListKey[] = ['legalBasis', 'qualifications', 'relatedSops', 'equipment', 'warnings', 'records'];

export function IdentityForm(props: { identity: Identity; onChange(identity: Identity): void }) {
  const { t } = useTranslation();
  const { identity } = props;
  const set = (change: Partial<Identity>) => props.onChange({ ...identity, ...change });
  const approver = (change: Partial<Identity['approvedBy']>) =>
    set({ approvedBy: { ...identity.approvedBy, ...change } });
  const text = (key: 'number' | 'madeOn' | 'revisedOn' | 'effectiveOn', required = false) => (
    <TextInput
      label={t(`sops.fields.${key}`)}
      value={identity[key]}
      onChange={(e) => set({ [key]: e.currentTarget.value })}
      placeholder={key === 'number' ? undefined : t('sops.edit.datePlaceholder')}
      required={required}
      maxLength={4000}
    />
  );
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="edit-identity">
      <Title order={2} size="h5" id="edit-identity" mb="sm">
        {t('sops.identity')}
      </Title>
      <Stack gap="md">
        <TextInput
          label={t('sops.fields.title')}
          value={identity.title}
          onChange={(e) => set({ title: e.currentTarget.value })}
          required
          maxLength={4000}
        />
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          {text('number', true)}
          {text('madeOn')}
          {text('revisedOn')}
          {text('effectiveOn')}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={t('sops.edit.approverPosition')}
            value={identity.approvedBy.position}
            onChange={(e) => approver({ position: e.currentTarget.value })}
          />
          <TextInput
            label={t('sops.edit.approverName')}
            value={identity.approvedBy.name}
            onChange={(e) => approver({ name: e.currentTarget.value })}
          />
          <TextInput
            label={t('sops.edit.approverNip')}
            value={identity.approvedBy.nip}
            onChange={(e) => approver({ nip: e.currentTarget.value })}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="lg">
          <LinesField
            label={t('sops.edit.organisation')}
            lines={identity.organisation}
            onChange={(organisation) => set({ organisation })}
          />
          {LISTS.map((key) => (
            <LinesField
              key={key}
              label={t(`sops.fields.${key}`)}
              lines={identity[key]}
              onChange={(lines) => set({ [key]: lines })}
            />
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

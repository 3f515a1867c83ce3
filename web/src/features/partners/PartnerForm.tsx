// Adding or editing a partner outlet: identity, contacts, the host names its articles are
// recognised by, the Dewan Pers verification, and whether the office still works with it.
import {
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toasts/toasts.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import {
  MEDIA_TYPES,
  type MediaType,
  type PartnerItem,
  useSavePartner,
  VERIFICATION_STATUSES,
  type VerificationStatus,
} from './partners.api.ts';

const orNull = (v: string) => v.trim() || null;

export function PartnerForm(props: {
  workspace: string;
  partner: PartnerItem | null;
  opened: boolean;
  onClose(): void;
  onSaved?(id: number): void;
}) {
  const { t } = useTranslation();
  const p = props.partner;
  const [f, setF] = useState({
    name: p?.name ?? '',
    legalEntity: p?.legalEntity ?? '',
    responsiblePerson: p?.responsiblePerson ?? '',
    chiefEditor: p?.chiefEditor ?? '',
    address: p?.address ?? '',
    phone: p?.phone ?? '',
    email: p?.email ?? '',
    newsroomEmail: p?.newsroomEmail ?? '',
    hosts: (p?.hosts ?? []).join('\n'),
    mediaType: (p?.mediaType ?? 'online') as MediaType,
    status: (p?.verification.status ?? 'none') as VerificationStatus,
    verifiedOn: p?.verification.verifiedOn ?? '',
    validUntil: p?.verification.validUntil ?? '',
    active: p?.active ?? true,
    notes: p?.notes ?? '',
  });
  const set = (key: keyof typeof f) => (e: { currentTarget: { value: string } }) => {
    // Read now: React clears the event's target before a state updater runs.
    const value = e.currentTarget.value;
    setF((x) => ({ ...x, [key]: value }));
  };
  const save = useSavePartner(props.workspace);
  const submit = () =>
    save.mutate(
      {
        id: p?.id,
        fields: {
          name: f.name.trim(),
          legalEntity: orNull(f.legalEntity),
          responsiblePerson: orNull(f.responsiblePerson),
          chiefEditor: orNull(f.chiefEditor),
          address: orNull(f.address),
          phone: orNull(f.phone),
          email: orNull(f.email),
          newsroomEmail: orNull(f.newsroomEmail),
          hosts: f.hosts
            .split(/[\s,]+/)
            .map((h) => h.trim())
            .filter(Boolean),
          mediaType: f.mediaType,
          verification: {
            status: f.status,
            verifiedOn: f.status === 'none' ? null : orNull(f.verifiedOn),
            validUntil: f.status === 'none' ? null : orNull(f.validUntil),
          },
          active: f.active,
          notes: orNull(f.notes),
        },
      },
      {
        onSuccess: (res) => {
          showToast({ title: t('common.saved') });
          props.onSaved?.(res.partner.id);
          props.onClose();
        },
      },
    );
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={p ? t('partners.editTitle') : t('partners.addTitle')}
      size="xl"
      centered
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('partners.fields.name')}
              placeholder="Kabar Trenggalek"
              value={f.name}
              onChange={set('name')}
              required
              maxLength={200}
              data-autofocus
            />
            <NativeSelect
              label={t('partners.fields.mediaType')}
              value={f.mediaType}
              onChange={set('mediaType')}
              data={MEDIA_TYPES.map((m) => ({ value: m, label: t(`partners.mediaTypes.${m}`) }))}
            />
            <TextInput
              label={t('partners.fields.legalEntity')}
              value={f.legalEntity}
              onChange={set('legalEntity')}
              maxLength={200}
            />
            <TextInput
              label={t('partners.fields.responsiblePerson')}
              value={f.responsiblePerson}
              onChange={set('responsiblePerson')}
              maxLength={200}
            />
            <TextInput
              label={t('partners.fields.chiefEditor')}
              value={f.chiefEditor}
              onChange={set('chiefEditor')}
              maxLength={200}
            />
            <TextInput
              label={t('partners.fields.phone')}
              type="tel"
              value={f.phone}
              onChange={set('phone')}
              maxLength={60}
            />
            <TextInput
              label={t('partners.fields.email')}
              type="email"
              value={f.email}
              onChange={set('email')}
              maxLength={320}
            />
            <TextInput
              label={t('partners.fields.newsroomEmail')}
              description={t('partners.fields.newsroomEmailHelp')}
              type="email"
              value={f.newsroomEmail}
              onChange={set('newsroomEmail')}
              maxLength={320}
            />
          </SimpleGrid>
          <TextInput
            label={t('partners.fields.address')}
            value={f.address}
            onChange={set('address')}
            maxLength={500}
          />
          <Textarea
            label={t('partners.fields.hosts')}
            description={t('partners.fields.hostsHelp')}
            placeholder={'kabar.example\nkabar-tv.example'}
            value={f.hosts}
            onChange={set('hosts')}
            autosize
            minRows={2}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t('partners.fields.verification')}
              value={f.status}
              onChange={set('status')}
              data={VERIFICATION_STATUSES.map((s) => ({ value: s, label: t(`partners.verification.${s}`) }))}
            />
            <TextInput
              label={t('partners.fields.verifiedOn')}
              type="date"
              value={f.verifiedOn}
              onChange={set('verifiedOn')}
              disabled={f.status === 'none'}
            />
            <TextInput
              label={t('partners.fields.validUntil')}
              type="date"
              value={f.validUntil}
              onChange={set('validUntil')}
              disabled={f.status === 'none'}
            />
          </SimpleGrid>
          <Textarea
            label={t('partners.fields.notes')}
            value={f.notes}
            onChange={set('notes')}
            autosize
            minRows={2}
            maxLength={4000}
          />
          <Checkbox
            label={t('partners.fields.active')}
            checked={f.active}
            onChange={(e) => {
              const active = e.currentTarget.checked;
              setF((x) => ({ ...x, active }));
            }}
          />
          <ProblemAlert error={save.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!f.name.trim()}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

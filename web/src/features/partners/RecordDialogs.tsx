// The dialogs that add a journalist's UKW certificate or an agreement to a partner, each showing
// the server's refusal in place.
import {
  Button,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toasts/toasts.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { UKW_LEVELS, useAddAgreement, useAddCertificate } from './partners.api.ts';

function RecordDialog(props: {
  title: string;
  opened: boolean;
  busy: boolean;
  error: unknown;
  canSubmit: boolean;
  children: ReactNode;
  onSubmit(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} size="lg" centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit();
        }}
      >
        <Stack gap="sm">
          {props.children}
          <ProblemAlert error={props.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={props.busy} disabled={!props.canSubmit}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function CertificateDialog(props: { workspace: string; partnerId: number; onClose(): void }) {
  const { t } = useTranslation();
  const add = useAddCertificate(props.workspace, props.partnerId);
  const [f, setF] = useState({ journalistName: '', level: 'muda', number: '', issuedOn: '', expiresOn: '' });
  const set = (key: keyof typeof f) => (e: { currentTarget: { value: string } }) => {
    // Read now: React clears the event's target before a state updater runs.
    const value = e.currentTarget.value;
    setF((x) => ({ ...x, [key]: value }));
  };
  return (
    <RecordDialog
      title={t('partners.certificates.addTitle')}
      opened
      busy={add.isPending}
      error={add.error}
      canSubmit={!!(f.journalistName.trim() && f.number.trim() && f.issuedOn && f.expiresOn)}
      onClose={props.onClose}
      onSubmit={() =>
        add.mutate(
          { ...f, level: f.level as (typeof UKW_LEVELS)[number] },
          {
            onSuccess: () => {
              showToast({ title: t('common.saved') });
              props.onClose();
            },
          },
        )
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('partners.certificates.journalist')}
          value={f.journalistName}
          onChange={set('journalistName')}
          required
          data-autofocus
        />
        <NativeSelect
          label={t('partners.certificates.level')}
          value={f.level}
          onChange={set('level')}
          data={UKW_LEVELS.map((l) => ({ value: l, label: t(`partners.levels.${l}`) }))}
        />
        <TextInput
          label={t('partners.certificates.number')}
          value={f.number}
          onChange={set('number')}
          required
        />
        <span />
        <TextInput
          label={t('partners.certificates.issuedOn')}
          type="date"
          value={f.issuedOn}
          onChange={set('issuedOn')}
          required
        />
        <TextInput
          label={t('partners.certificates.expiresOn')}
          type="date"
          value={f.expiresOn}
          onChange={set('expiresOn')}
          required
        />
      </SimpleGrid>
    </RecordDialog>
  );
}

export function AgreementDialog(props: { workspace: string; partnerId: number; onClose(): void }) {
  const { t } = useTranslation();
  const add = useAddAgreement(props.workspace, props.partnerId);
  const [f, setF] = useState({ number: '', startsOn: '', endsOn: '', deliverables: '' });
  const [value, setValue] = useState<number>(0);
  const [releases, setReleases] = useState<number>(0);
  const set = (key: keyof typeof f) => (e: { currentTarget: { value: string } }) => {
    // Read now: React clears the event's target before a state updater runs.
    const value = e.currentTarget.value;
    setF((x) => ({ ...x, [key]: value }));
  };
  return (
    <RecordDialog
      title={t('partners.agreements.addTitle')}
      opened
      busy={add.isPending}
      error={add.error}
      canSubmit={!!(f.number.trim() && f.startsOn && f.endsOn)}
      onClose={props.onClose}
      onSubmit={() =>
        add.mutate(
          { ...f, valueRupiah: value, requiredReleases: releases },
          {
            onSuccess: () => {
              showToast({ title: t('common.saved') });
              props.onClose();
            },
          },
        )
      }
    >
      <TextInput
        label={t('partners.agreements.number')}
        value={f.number}
        onChange={set('number')}
        required
        data-autofocus
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('partners.agreements.startsOn')}
          type="date"
          value={f.startsOn}
          onChange={set('startsOn')}
          required
        />
        <TextInput
          label={t('partners.agreements.endsOn')}
          type="date"
          value={f.endsOn}
          onChange={set('endsOn')}
          required
        />
        <NumberInput
          label={t('partners.agreements.value')}
          value={value}
          onChange={(v) => setValue(typeof v === 'number' ? v : 0)}
          min={0}
          thousandSeparator="."
          decimalSeparator=","
          allowDecimal={false}
          prefix="Rp "
        />
        <NumberInput
          label={t('partners.agreements.requiredReleases')}
          value={releases}
          onChange={(v) => setReleases(typeof v === 'number' ? v : 0)}
          min={0}
          allowDecimal={false}
        />
      </SimpleGrid>
      <Textarea
        label={t('partners.agreements.deliverables')}
        value={f.deliverables}
        onChange={set('deliverables')}
        autosize
        minRows={2}
        maxLength={4000}
      />
    </RecordDialog>
  );
}

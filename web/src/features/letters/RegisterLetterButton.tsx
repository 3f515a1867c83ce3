// "Catat surat": the office records an incoming or outgoing letter in the agenda book; Pantau gives it
// the next agenda number of its series and opens it. "Ubah data surat" corrects one with the same
// form, its direction fixed (the agenda number never changes).
import {
  Button,
  Modal,
  NativeSelect,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { showToast } from '../../app/toasts/toasts.ts';
import { PlusIcon } from '../../app/ui/icons.tsx';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { NATURES, type Nature } from '../directions/directions.api.ts';
import {
  LETTER_DIRECTIONS,
  type Letter,
  type LetterDirection,
  PUBLIC_CLASSES,
  type PublicClass,
  useEditLetter,
  useRegisterLetter,
} from './letters.api.ts';

const today = () => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

function LetterForm(props: {
  workspace: string;
  /** The letter being corrected; none: a new one is registered. */
  letter?: Letter;
  onDone(id: number): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const l = props.letter;
  const register = useRegisterLetter(props.workspace);
  const edit = useEditLetter(props.workspace, l?.id ?? 0);
  const change = l ? edit : register;
  const [direction, setDirection] = useState<LetterDirection>(l?.direction ?? 'masuk');
  const [letterNumber, setLetterNumber] = useState(l?.letterNumber ?? '');
  const [letterDate, setLetterDate] = useState(l?.letterDate ?? today());
  const [receivedSentDate, setReceivedSentDate] = useState(l?.receivedSentDate ?? today());
  const [counterpart, setCounterpart] = useState(l?.counterpart ?? '');
  const [nature, setNature] = useState<Nature>(l?.nature ?? 'biasa');
  const [subject, setSubject] = useState(l?.subject ?? '');
  const [summary, setSummary] = useState(l?.summary ?? '');
  const [classification, setClassification] = useState(l?.classification ?? '');
  const [attachmentCount, setAttachmentCount] = useState<number>(l?.attachmentCount ?? 0);
  const [attachmentNote, setAttachmentNote] = useState(l?.attachmentNote ?? '');
  const [srikandiRef, setSrikandiRef] = useState(l?.srikandiRef ?? '');
  const [publicClass, setPublicClass] = useState<PublicClass | ''>(l?.publicClass ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const fields = {
      letterNumber: letterNumber.trim(),
      letterDate,
      receivedSentDate,
      counterpart: counterpart.trim(),
      nature,
      subject: subject.trim(),
      summary: summary.trim(),
      classification: classification.trim(),
      attachmentCount,
      attachmentNote: attachmentNote.trim(),
      srikandiRef: srikandiRef.trim() || null,
      ...(publicClass ? { publicClass } : {}),
    };
    const onSuccess = ({ letter }: { letter: Letter }) => {
      showToast({
        title: l ? t('letters.edited') : t('letters.registered', { number: letter.agendaNumber }),
        color: 'teal',
      });
      props.onDone(letter.id);
    };
    if (l) edit.mutate(fields, { onSuccess });
    else register.mutate({ direction, ...fields }, { onSuccess });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <SegmentedControl
          aria-label={t('letters.direction')}
          value={direction}
          onChange={(v) => setDirection(v as LetterDirection)}
          data={LETTER_DIRECTIONS.map((d) => ({ value: d, label: t(`letters.directions.${d}`) }))}
          disabled={!!l}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('letters.letterNumber')}
            value={letterNumber}
            onChange={(e) => setLetterNumber(e.currentTarget.value)}
            required
            maxLength={120}
            data-autofocus
          />
          <TextInput
            label={direction === 'masuk' ? t('letters.sender') : t('letters.recipient')}
            value={counterpart}
            onChange={(e) => setCounterpart(e.currentTarget.value)}
            required
            maxLength={300}
          />
          <TextInput
            label={t('letters.letterDate')}
            type="date"
            value={letterDate}
            onChange={(e) => setLetterDate(e.currentTarget.value)}
            required
          />
          <TextInput
            label={direction === 'masuk' ? t('letters.receivedDate') : t('letters.sentDate')}
            type="date"
            value={receivedSentDate}
            onChange={(e) => setReceivedSentDate(e.currentTarget.value)}
            required
          />
        </SimpleGrid>
        <TextInput
          label={t('letters.subject')}
          value={subject}
          onChange={(e) => setSubject(e.currentTarget.value)}
          required
          maxLength={500}
        />
        <Textarea
          label={`${t('letters.summary')} (${t('common.optional')})`}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={4000}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('letters.nature')}
            value={nature}
            onChange={(e) => setNature(e.currentTarget.value as Nature)}
            data={NATURES.map((n) => ({ value: n, label: t(`directions.natures.${n}`) }))}
          />
          <NativeSelect
            label={t('letters.publicClass')}
            value={publicClass}
            onChange={(e) => setPublicClass(e.currentTarget.value as PublicClass | '')}
            data={[
              { value: '', label: t('letters.publicClassDefault') },
              ...PUBLIC_CLASSES.map((c) => ({ value: c, label: t(`letters.publicClasses.${c}`) })),
            ]}
          />
          <TextInput
            label={`${t('letters.classification')} (${t('common.optional')})`}
            placeholder="045.2"
            value={classification}
            onChange={(e) => setClassification(e.currentTarget.value)}
            maxLength={40}
          />
          <TextInput
            label={`${t('letters.srikandi')} (${t('common.optional')})`}
            value={srikandiRef}
            onChange={(e) => setSrikandiRef(e.currentTarget.value)}
            maxLength={200}
          />
          <NumberInput
            label={t('letters.attachmentCount')}
            value={attachmentCount}
            onChange={(v) => setAttachmentCount(typeof v === 'number' ? v : 0)}
            min={0}
            max={999}
            allowDecimal={false}
          />
          <TextInput
            label={`${t('letters.attachmentNote')} (${t('common.optional')})`}
            value={attachmentNote}
            onChange={(e) => setAttachmentNote(e.currentTarget.value)}
            maxLength={500}
          />
        </SimpleGrid>
        <ProblemAlert error={change.error} />
        <SimpleGrid cols={2} spacing="xs">
          <Button variant="default" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={change.isPending}>
            {l ? t('common.save') : t('letters.register')}
          </Button>
        </SimpleGrid>
      </Stack>
    </form>
  );
}

export function RegisterLetterButton(props: { workspace: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button leftSection={<PlusIcon />} onClick={() => setOpened(true)}>
        {t('letters.register')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('letters.registerTitle')}
        size="lg"
        centered
      >
        <LetterForm
          workspace={props.workspace}
          onCancel={() => setOpened(false)}
          onDone={(id) => {
            setOpened(false);
            navigate(`/agenda/${id}`);
          }}
        />
      </Modal>
    </>
  );
}

export function EditLetterButton(props: { workspace: string; letter: Letter }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        {t('letters.edit')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('letters.editTitle')}
        size="lg"
        centered
      >
        <LetterForm
          workspace={props.workspace}
          letter={props.letter}
          onCancel={() => setOpened(false)}
          onDone={() => setOpened(false)}
        />
      </Modal>
    </>
  );
}

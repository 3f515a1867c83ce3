// The leader's disposition of an incoming letter: the instruction, whom it goes to (agencies of the
// workspace and names written freely), what is asked ("Dengan hormat harap") and by when. Opens
// filled with the disposition already given, which a new one replaces.
import {
  Button,
  Checkbox,
  Paper,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toasts/toasts.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { useAgencies } from '../settings/agencies.api.ts';
import { ASKS, type Ask, type Letter, useDisposeLetter } from './letters.api.ts';

export function DispositionForm(props: { workspace: string; letter: Letter }) {
  const { t } = useTranslation();
  const { letter } = props;
  const given = letter.disposition;
  const agencies = useAgencies(props.workspace);
  const dispose = useDisposeLetter(props.workspace, letter.id);
  const [instruction, setInstruction] = useState(given?.instruction ?? '');
  const [agencyIds, setAgencyIds] = useState<string[]>(
    (given?.targets ?? []).flatMap((x) => (x.agencyId === null ? [] : [String(x.agencyId)])),
  );
  const [names, setNames] = useState<string[]>(
    (given?.targets ?? []).flatMap((x) => (x.agencyId === null ? [x.name] : [])),
  );
  const [asks, setAsks] = useState<string[]>(given?.asks ?? ['tindak_lanjut', 'laporkan']);
  const [dueDate, setDueDate] = useState(given?.dueDate ?? '');
  const [givenBy, setGivenBy] = useState(given?.givenBy ?? '');
  const active = (agencies.data ?? []).filter((a) => a.active);
  const targets = [
    ...agencyIds.map((id) => ({ agencyId: Number(id) })),
    ...names.map((name) => ({ name: name.trim() })).filter((n) => n.name),
  ];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    dispose.mutate(
      {
        instruction: instruction.trim(),
        targets,
        asks: asks as Ask[],
        dueDate: dueDate || null,
        ...(givenBy.trim() ? { givenBy: givenBy.trim() } : {}),
      },
      { onSuccess: () => showToast({ title: t('letters.disposed'), color: 'teal' }) },
    );
  };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="letter-dispose">
      <Title order={2} size="h5" id="letter-dispose" mb="xs">
        {given ? t('letters.changeDisposition') : t('letters.writeDisposition')}
      </Title>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Textarea
            label={t('letters.instruction')}
            value={instruction}
            onChange={(e) => setInstruction(e.currentTarget.value)}
            required
            autosize
            minRows={3}
            maxLength={4000}
          />
          <Checkbox.Group label={t('letters.targetAgencies')} value={agencyIds} onChange={setAgencyIds}>
            {active.length === 0 ? (
              <Text size="sm" c="dimmed" mt={4}>
                {t('directions.noAgencies')}
              </Text>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
                {active.map((a) => (
                  <Checkbox key={a.id} value={String(a.id)} label={a.shortName} title={a.name} />
                ))}
              </SimpleGrid>
            )}
          </Checkbox.Group>
          <TagsInput
            label={t('letters.targetNames')}
            description={t('letters.targetNamesHint')}
            value={names}
            onChange={setNames}
            maxTags={30}
          />
          <Checkbox.Group label={t('letters.asks')} value={asks} onChange={setAsks}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
              {ASKS.map((a) => (
                <Checkbox key={a} value={a} label={t(`letters.askLabels.${a}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={`${t('letters.dueDate')} (${t('common.optional')})`}
              type="date"
              value={dueDate}
              onChange={(e) => setDueDate(e.currentTarget.value)}
            />
            <TextInput
              label={`${t('letters.givenBy')} (${t('common.optional')})`}
              placeholder={t('letters.givenByHint')}
              value={givenBy}
              onChange={(e) => setGivenBy(e.currentTarget.value)}
              maxLength={200}
            />
          </SimpleGrid>
          <ProblemAlert error={dispose.error} />
          <Button
            type="submit"
            loading={dispose.isPending}
            disabled={targets.length === 0}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('letters.saveDisposition')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

// Adding or changing a print outlet: its name, region, how often it appears, its circulation where
// known, and the partner agreement it falls under (from the partner media registry).
import { Button, Group, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api/problem.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { usePartners } from '../partners/partners.api.ts';
import { FREQUENCIES, type Frequency, type PrintOutlet, useSavePrintOutlet } from './printOutlets.api.ts';

export function PrintOutletForm(props: { workspace: string; outlet: PrintOutlet | null; onDone(): void }) {
  const { t } = useTranslation();
  const o = props.outlet;
  const partners = usePartners(props.workspace);
  const save = useSavePrintOutlet(props.workspace);
  const [name, setName] = useState(o?.name ?? '');
  const [region, setRegion] = useState(o?.region ?? '');
  const [frequency, setFrequency] = useState<Frequency>(o?.frequency ?? 'harian');
  const [circulation, setCirculation] = useState<number | string>(o?.circulation ?? '');
  const [partnerId, setPartnerId] = useState(o?.partnerId === null || !o ? '' : String(o.partnerId));
  const fieldError = (path: string) =>
    save.error instanceof ApiError ? save.error.fieldError(path) : undefined;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          {
            id: o?.id,
            fields: {
              name: name.trim(),
              region: region.trim() || null,
              frequency,
              circulation: typeof circulation === 'number' ? circulation : null,
              partnerId: partnerId ? Number(partnerId) : null,
            },
          },
          { onSuccess: props.onDone },
        );
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t('printOutlets.name')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError('name')}
          data-autofocus
        />
        <TextInput
          label={t('printOutlets.region')}
          description={t('printOutlets.regionHint')}
          value={region}
          onChange={(e) => setRegion(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('printOutlets.frequency')}
          value={frequency}
          onChange={(e) => setFrequency(e.currentTarget.value as Frequency)}
          data={FREQUENCIES.map((f) => ({ value: f, label: t(`printOutlets.frequencies.${f}`) }))}
        />
        <NumberInput
          label={t('printOutlets.circulation')}
          description={t('printOutlets.circulationHint')}
          min={0}
          allowDecimal={false}
          thousandSeparator="."
          decimalSeparator=","
          value={circulation}
          onChange={setCirculation}
        />
        <NativeSelect
          label={t('printOutlets.partner')}
          value={partnerId}
          onChange={(e) => setPartnerId(e.currentTarget.value)}
          data={[
            { value: '', label: t('printOutlets.noPartner') },
            ...(partners.data ?? []).map((p) => ({ value: String(p.id), label: p.name })),
          ]}
        />
        <ProblemAlert error={save.error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={props.onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

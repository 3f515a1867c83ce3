// Narrowing a search: the period, and lists of tones, subjects, outlets and issues with how many
// of the results fall in each. One value per list (the API filters by one of each).
import { Button, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Subject } from '../../app/api/subjects.ts';
import { TONES, toneKey } from '../../app/format/tone.ts';
import { useFormat } from '../../app/format/useFormat.ts';
import type { Facets as FacetCounts } from './search.api.ts';
import type { FacetKey } from './useSearchState.ts';

interface Option {
  value: string;
  label: string;
  count?: number;
}

/** Long lists (issues, outlets) show their top entries until the user asks for all. */
const SHOWN = 8;

function FacetGroup(props: {
  title: string;
  options: Option[];
  checked: string | undefined;
  onToggle(value: string): void;
  testId: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [all, setAll] = useState(false);
  if (props.options.length === 0) return null;
  // The chosen value stays visible even when it is not among the top entries.
  const shown = all ? props.options : props.options.filter((o, i) => i < SHOWN || o.value === props.checked);
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }} data-testid={props.testId}>
      <legend style={{ padding: 0 }}>
        <Title order={3} size="h6" mb={6}>
          {props.title}
        </Title>
      </legend>
      <Stack gap={6}>
        {shown.map((o) => (
          <Group key={o.value} justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
            <Checkbox
              size="xs"
              label={o.label}
              checked={props.checked === o.value}
              onChange={() => props.onToggle(o.value)}
              styles={{ label: { overflowWrap: 'anywhere' } }}
            />
            {o.count !== undefined && (
              <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {fmt.number(o.count)}
              </Text>
            )}
          </Group>
        ))}
        {props.options.length > SHOWN && (
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => setAll((x) => !x)}
            style={{ alignSelf: 'flex-start' }}
          >
            {all ? t('table.showLess') : t('table.showAll', { n: props.options.length })}
          </Button>
        )}
      </Stack>
    </fieldset>
  );
}

export function Facets(props: {
  facets: FacetCounts | undefined;
  selected: Record<FacetKey, string | undefined>;
  subjects: Subject[];
  fromDay: string;
  toDay: string;
  onToggle(key: FacetKey, value: string): void;
  onPeriod(from: string | null, to: string | null): void;
}) {
  const { t } = useTranslation();
  const f = props.facets;
  // With counts from the server, the lists are what the results contain; before the first answer,
  // the tones and the workspace's subjects.
  const toneOptions: Option[] = f
    ? f.tones.map((x) => ({ value: toneKey(x.tone), label: t(`tone.${toneKey(x.tone)}`), count: x.count }))
    : TONES.map((tone) => ({ value: tone, label: t(`tone.${tone}`) }));
  const subjectOptions: Option[] = f
    ? f.subjects.map((s) => ({ value: String(s.id), label: s.name, count: s.count }))
    : props.subjects.map((s) => ({ value: String(s.id), label: s.name }));
  const outletOptions: Option[] = (f?.outlets ?? []).map((o) => ({
    value: o.name,
    label: o.name,
    count: o.count,
  }));
  const issueOptions: Option[] = (f?.issues ?? []).map((i) => ({
    value: String(i.id),
    label: i.title,
    count: i.count,
  }));
  return (
    <Stack gap="lg">
      <Group gap="xs" grow>
        <TextInput
          type="date"
          size="xs"
          label={t('period.from')}
          value={props.fromDay}
          onChange={(e) => props.onPeriod(e.currentTarget.value || null, null)}
        />
        <TextInput
          type="date"
          size="xs"
          label={t('period.to')}
          value={props.toDay}
          onChange={(e) => props.onPeriod(null, e.currentTarget.value || null)}
        />
      </Group>
      <FacetGroup
        title={t('search.facets.tones')}
        testId="facet-tone"
        options={toneOptions}
        checked={props.selected.tone}
        onToggle={(v) => props.onToggle('tone', v)}
      />
      <FacetGroup
        title={t('search.facets.subjects')}
        testId="facet-subject"
        options={subjectOptions}
        checked={props.selected.subject}
        onToggle={(v) => props.onToggle('subject', v)}
      />
      <FacetGroup
        title={t('search.facets.sources')}
        testId="facet-outlet"
        options={outletOptions}
        checked={props.selected.outlet}
        onToggle={(v) => props.onToggle('outlet', v)}
      />
      <FacetGroup
        title={t('search.facets.issues')}
        testId="facet-issue"
        options={issueOptions}
        checked={props.selected.issue}
        onToggle={(v) => props.onToggle('issue', v)}
      />
    </Stack>
  );
}

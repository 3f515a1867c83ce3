// Choosing a regency or city from the official list (Kemendagri codes), by typing part of its
// name or its province.
import { Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api/client.ts';

export interface Region {
  code: string;
  name: string;
  province: string;
}

/** True when the official list could not be searched (the caller may then take the typed name). */
export function useRegionLookupFailed(workspace?: string) {
  return useQuery({
    queryKey: ['regions', workspace ?? null, 'probe'],
    queryFn: () => api<{ regions: Region[] }>('/api/v1/places/regions', { query: { q: 'kota', workspace } }),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  }).isError;
}

export function RegionPicker(props: {
  /** Any workspace the user may read places in; none before the first workspace exists. */
  workspace?: string;
  value: Region | null;
  onChange(region: Region | null): void;
  label?: string;
  description?: string;
  /** The text typed, for callers that accept a typed name when the list cannot be searched. */
  onTextChange?(text: string): void;
}) {
  const { t } = useTranslation();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [text, setText] = useState(props.value ? props.value.name : '');
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const regions = useQuery({
    queryKey: ['regions', props.workspace ?? null, debounced],
    queryFn: ({ signal }) =>
      api<{ regions: Region[] }>('/api/v1/places/regions', {
        query: { q: debounced, workspace: props.workspace },
        signal,
      }),
    select: (d) => d.regions.slice(0, 30),
    enabled: debounced.length >= 2,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  const options = regions.data ?? [];
  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(code) => {
        const region = options.find((r) => r.code === code) ?? null;
        props.onChange(region);
        setText(region?.name ?? '');
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target>
        <TextInput
          label={props.label ?? t('setup.region')}
          description={
            regions.isError ? t('setup.regionUnavailable') : (props.description ?? t('setup.regionHelp'))
          }
          placeholder={t('setup.regionPlaceholder')}
          required
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            props.onTextChange?.(e.currentTarget.value);
            if (props.value) props.onChange(null);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          rightSection={regions.isFetching ? <Loader size={16} /> : null}
          autoComplete="off"
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={debounced.length < 2 || regions.isError}>
        <Combobox.Options mah={280} style={{ overflowY: 'auto' }}>
          {options.length === 0 && !regions.isFetching ? (
            <Combobox.Empty>{t('setup.noRegion')}</Combobox.Empty>
          ) : (
            options.map((r) => (
              <Combobox.Option value={r.code} key={r.code}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="sm">{r.name}</Text>
                  <Text size="xs" c="dimmed">
                    {r.province} · {r.code}
                  </Text>
                </Group>
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

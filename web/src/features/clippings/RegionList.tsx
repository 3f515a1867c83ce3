// The regions of a page as a list beside the image, in reading order: select one (the keyboard way
// to do what a click on the image does) and move it earlier or later.
import { ActionIcon, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/useFormat.ts';
import type { Box } from './clippings.api.ts';

export function RegionList(props: {
  regions: Box[];
  selected: number[];
  editable: boolean;
  onSelect(index: number, extend: boolean): void;
  onMove(index: number, by: -1 | 1): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Stack
      gap={2}
      component="ol"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
      aria-label={t('clippings.editor.order')}
    >
      {props.regions.map((r, i) => {
        const selected = props.selected.includes(i);
        return (
          <Group
            // biome-ignore lint/suspicious/noArrayIndexKey: a region is its place in the reading order
            key={i}
            component="li"
            gap={4}
            wrap="nowrap"
            data-testid="region-row"
            style={{
              borderRadius: 4,
              background: selected ? 'var(--mantine-color-orange-0)' : undefined,
              outline: selected ? '1px solid var(--mantine-color-orange-4)' : undefined,
            }}
          >
            <UnstyledButton
              onClick={(e) => props.onSelect(i, e.shiftKey || e.ctrlKey || e.metaKey)}
              aria-pressed={selected}
              px={6}
              py={2}
              style={{ flex: 1, minWidth: 0 }}
            >
              <Text size="sm">
                {t('clippings.editor.regionN', { n: i + 1 })}
                <Text span size="xs" c="dimmed">
                  {` · ${fmt.number(r.w)}×${fmt.number(r.h)} px`}
                </Text>
              </Text>
            </UnstyledButton>
            {props.editable && (
              <>
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  disabled={i === 0}
                  aria-label={t('clippings.editor.earlier', { n: i + 1 })}
                  onClick={() => props.onMove(i, -1)}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  disabled={i === props.regions.length - 1}
                  aria-label={t('clippings.editor.later', { n: i + 1 })}
                  onClick={() => props.onMove(i, 1)}
                >
                  ↓
                </ActionIcon>
              </>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}

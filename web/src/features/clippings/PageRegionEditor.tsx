// One page of a clipping in the region editor: the image with its numbered regions, the tools
// (merge, split, delete, reorder, start again), the selected region's text and "Konfirmasi
// wilayah", after which the articles made from the page are listed with links to them.
import { Alert, Anchor, Badge, Button, Grid, Group, List, Paper, Stack, Text } from '@mantine/core';
import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { type Box, type ClippingPage, pageImageUrl, useConfirmRegions } from './clippings.api.ts';
import { RegionCanvas } from './RegionCanvas.tsx';
import { RegionList } from './RegionList.tsx';
import { RegionPreview } from './RegionPreview.tsx';
import {
  bigEnough,
  mergeAt,
  move,
  nudge,
  resizeBox,
  type SplitDirection,
  sameBoxes,
  splitAt,
  startingRegions,
} from './regions.ts';

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

function MadeArticles(props: { page: ClippingPage }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (props.page.regions.length === 0) return null;
  return (
    <Stack gap={4} data-testid="page-articles">
      <Text fw={600} size="sm">
        {props.page.confirmed ? t('clippings.editor.articles') : t('clippings.editor.wholePageArticle')}
      </Text>
      <List size="sm" type="ordered" spacing={2}>
        {props.page.regions.map((r) => (
          <List.Item key={r.id}>
            {r.articleId === null ? (
              <Text span size="sm">
                {r.title ?? t('clippings.editor.noTitle')}
              </Text>
            ) : (
              <Anchor component={Link} to={`/artikel/${r.articleId}`} size="sm">
                {r.title ?? t('clippings.editor.noTitle')}
              </Anchor>
            )}
            <Text span size="xs" c="dimmed">
              {` · ${t('clippings.editor.chars', { n: fmt.number(r.characters) })}`}
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

export function PageRegionEditor(props: {
  workspace: string;
  page: ClippingPage;
  editable: boolean;
  label: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { page } = props;
  const initial = startingRegions(page);
  const [regions, setRegions] = useState<Box[]>(initial);
  const [selected, setSelected] = useState<number[]>([]);
  const [splitting, setSplitting] = useState<SplitDirection | null>(null);
  // A region just drawn is selected without handles: drawing the next one from its corner (articles
  // often touch) must draw, not resize. A click on it shows them.
  const [justDrawn, setJustDrawn] = useState(false);
  const confirm = useConfirmRegions(props.workspace, page.id);
  const confirmedBoxes = page.confirmed ? page.regions.map((r) => r.box) : null;
  const changed = confirmedBoxes === null || !sameBoxes(regions, confirmedBoxes);

  const change = (next: Box[], select: number[] = [], drawn = false) => {
    setRegions(next);
    setSelected(select);
    setJustDrawn(drawn);
    setSplitting(null);
    confirm.reset();
  };
  const select = (index: number, extend: boolean) => {
    setSplitting(null);
    setJustDrawn(false);
    setSelected((s) =>
      extend ? (s.includes(index) ? s.filter((i) => i !== index) : [...s, index]) : [index],
    );
  };
  const removeSelected = () => change(regions.filter((_, i) => !selected.includes(i)));
  const merge = () => {
    const merged = mergeAt(regions, selected);
    change(merged.regions, [merged.index]);
  };
  const split = (index: number, at?: number) => {
    const next = splitAt(regions, index, splitting ?? 'horizontal', at);
    change(next, next.length > regions.length ? [index, index + 1] : [index]);
  };
  const one = selected.length === 1 ? (selected[0] as number) : null;
  const replace = (index: number, box: Box) =>
    change(
      regions.map((r, i) => (i === index ? box : r)),
      [index],
    );
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!props.editable) return;
    const arrow = ARROWS[e.key];
    if (arrow && one !== null) {
      // Arrows move the selected region; with Shift they move its right or bottom edge instead.
      e.preventDefault();
      const box = regions[one] as Box;
      const step = Math.max(1, Math.round(Math.max(page.width, page.height) / 200));
      const [dx, dy] = [arrow[0] * step, arrow[1] * step];
      const size = { width: page.width, height: page.height };
      const next = e.shiftKey
        ? resizeBox(box, 'se', { x: box.x + box.w + dx, y: box.y + box.h + dy }, size)
        : nudge(box, dx, dy, size);
      if (bigEnough(next)) replace(one, next);
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && selected.length > 0) {
      e.preventDefault();
      removeSelected();
    } else if (e.key === 'Escape') {
      setSplitting(null);
      setSelected([]);
    }
  };

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-label={props.label}
      data-testid="clipping-page"
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs">
            <Text fw={700}>{props.label}</Text>
            <Badge variant="light" color="gray" tt="none">
              {page.method === 'ocr' ? t('clippings.editor.methodOcr') : t('clippings.editor.methodText')}
            </Badge>
            {page.meanConfidence !== null && (
              <Badge variant="light" color={page.meanConfidence >= 80 ? 'green' : 'yellow'} tt="none">
                {t('clippings.editor.confidence', { n: fmt.number(page.meanConfidence) })}
              </Badge>
            )}
            <Badge variant="light" color={page.confirmed ? 'green' : 'orange'} tt="none">
              {page.confirmed ? t('clippings.editor.confirmed') : t('clippings.editor.notConfirmed')}
            </Badge>
          </Group>
        </Group>
        {props.editable && (
          <Group gap="xs" wrap="wrap" role="toolbar" aria-label={t('clippings.editor.tools')}>
            <Button size="xs" variant="default" disabled={selected.length < 2} onClick={merge}>
              {t('clippings.editor.merge')}
            </Button>
            <Button
              size="xs"
              variant={splitting === 'horizontal' ? 'filled' : 'default'}
              disabled={one === null}
              onClick={() => setSplitting((s) => (s === 'horizontal' ? null : 'horizontal'))}
            >
              {t('clippings.editor.splitH')}
            </Button>
            <Button
              size="xs"
              variant={splitting === 'vertical' ? 'filled' : 'default'}
              disabled={one === null}
              onClick={() => setSplitting((s) => (s === 'vertical' ? null : 'vertical'))}
            >
              {t('clippings.editor.splitV')}
            </Button>
            <Button
              size="xs"
              variant="default"
              color="red"
              disabled={selected.length === 0}
              onClick={removeSelected}
            >
              {t('clippings.editor.remove')}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => change(initial)}>
              {t('clippings.editor.reset')}
            </Button>
          </Group>
        )}
        {splitting && one !== null && (
          <Alert color="orange" variant="light" p="xs">
            <Group gap="xs" justify="space-between">
              <Text size="sm">
                {splitting === 'horizontal'
                  ? t('clippings.editor.splitHintH')
                  : t('clippings.editor.splitHintV')}
              </Text>
              <Button size="compact-xs" variant="default" onClick={() => split(one)}>
                {t('clippings.editor.splitMiddle')}
              </Button>
            </Group>
          </Alert>
        )}
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, md: 8 }}>
            {/* biome-ignore lint/a11y/noStaticElementInteractions: Delete and Escape act on the regions selected in the image inside */}
            <div tabIndex={props.editable ? 0 : undefined} onKeyDown={onKey} style={{ outline: 'none' }}>
              <RegionCanvas
                imageUrl={pageImageUrl(props.workspace, page.id)}
                width={page.width}
                height={page.height}
                regions={regions}
                selected={selected}
                editable={props.editable}
                splitting={splitting}
                onSelect={select}
                onClear={() => setSelected([])}
                onDraw={(box) => change([...regions, box], [regions.length], true)}
                onResize={replace}
                handles={!justDrawn}
                onSplit={(index, at) => split(index, at)}
                label={props.label}
              />
            </div>
            {props.editable && (
              <Text size="xs" c="dimmed" mt={4}>
                {t('clippings.editor.help')}
              </Text>
            )}
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="sm">
              <Stack gap={4}>
                <Text fw={600} size="sm">
                  {t('clippings.editor.order')}
                </Text>
                {regions.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('clippings.editor.noRegions')}
                  </Text>
                ) : (
                  <RegionList
                    regions={regions}
                    selected={selected}
                    editable={props.editable}
                    onSelect={select}
                    onMove={(i, by) => change(move(regions, i, by), [i + by])}
                  />
                )}
              </Stack>
              <Stack gap={4}>
                <Text fw={600} size="sm">
                  {one === null
                    ? t('clippings.editor.preview')
                    : t('clippings.editor.previewOf', { n: one + 1 })}
                </Text>
                <RegionPreview
                  workspace={props.workspace}
                  pageId={page.id}
                  box={one === null ? null : (regions[one] ?? null)}
                />
              </Stack>
              {props.editable && (
                <Stack gap={4}>
                  <ProblemAlert error={confirm.error} />
                  {changed && page.confirmed && (
                    <Text size="xs" c="orange.8">
                      {t('clippings.editor.unsaved')}
                    </Text>
                  )}
                  <Button
                    onClick={() => confirm.mutate(regions)}
                    loading={confirm.isPending}
                    // Confirming the same regions again would only remake the articles (and drop text corrections).
                    disabled={regions.length === 0 || (page.confirmed && !changed)}
                  >
                    {t('clippings.editor.confirm', { n: regions.length })}
                  </Button>
                  {confirm.isSuccess && (
                    <Text size="sm" c="green.8" role="status">
                      {t('clippings.editor.confirmedNow', { n: confirm.data.regions.length })}
                    </Text>
                  )}
                </Stack>
              )}
              <MadeArticles page={confirm.data ?? page} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Paper>
  );
}

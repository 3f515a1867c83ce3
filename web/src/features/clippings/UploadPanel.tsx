// "Tambah kliping": drop or pick several scans, photos or PDFs (or take a photo with the phone's
// camera), name the newspaper, its date and page, and send them. Each file shows its own stage and
// error; one bad file never stops the others.
import {
  ActionIcon,
  Anchor,
  Autocomplete,
  Badge,
  Button,
  FileButton,
  Group,
  NumberInput,
  Paper,
  Progress,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { CloseIcon, UploadIcon } from '../../app/ui/icons.tsx';
import { usePrintOutlets } from '../sources/printOutlets.api.ts';
import { readableError } from './errors.ts';
import { ACCEPT_ATTR, type UploadItem, type UploadStage, useUploadQueue } from './uploadQueue.ts';

const STAGE_COLOR: Record<UploadStage, string> = {
  waiting: 'gray',
  sending: 'blue',
  processing: 'blue',
  ready: 'green',
  failed: 'red',
};

/** Today on this device, as the date field wants it (YYYY-MM-DD). */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function UploadRow(props: { item: UploadItem; onRemove(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { item } = props;
  const active = item.stage === 'sending' || item.stage === 'processing';
  // Sending fills the bar's first two thirds as the bytes go out; reading (OCR) the rest.
  const progress =
    item.stage === 'sending' && item.sent !== null
      ? 5 + 60 * item.sent
      : { waiting: 0, sending: 5, processing: 70, ready: 100, failed: 100 }[item.stage];
  const error =
    item.refusal === 'tooBig'
      ? t('clippings.upload.tooBig', { name: item.file.name })
      : item.refusal === 'wrongType'
        ? t('clippings.upload.wrongType', { name: item.file.name })
        : readableError(item.error);
  return (
    <Paper withBorder radius="sm" p="xs" data-testid="upload-item" data-stage={item.stage}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {item.file.name}
            <Text span size="xs" c="dimmed" fw={400}>
              {` · ${fmt.number(item.file.size / 1024 / 1024, 1)} MB`}
            </Text>
          </Text>
          <Group gap={4} wrap="nowrap">
            <Badge color={STAGE_COLOR[item.stage]} variant="light" tt="none">
              {item.stage === 'sending' && item.sent !== null
                ? t('clippings.upload.sendingShare', { share: fmt.percent(item.sent, 0) })
                : t(`clippings.upload.stages.${item.stage}`)}
            </Badge>
            {!active && (
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={t('clippings.upload.removeFile', { name: item.file.name })}
                onClick={props.onRemove}
              >
                <CloseIcon width={14} height={14} />
              </ActionIcon>
            )}
          </Group>
        </Group>
        <Progress
          value={progress}
          size="xs"
          color={STAGE_COLOR[item.stage]}
          // A bar that moves with the bytes needs no animation to show it is alive.
          animated={item.stage === 'processing'}
          striped={active}
          aria-label={t('clippings.upload.progressOf', { name: item.file.name })}
        />
        {error && (
          <Text size="xs" c="red" role="alert">
            {error}
          </Text>
        )}
        {item.stage === 'ready' && item.clippingId !== null && (
          <Text size="xs">
            {t('clippings.upload.made', { n: item.articleCount })}{' '}
            <Anchor component={Link} to={`/kliping/${item.clippingId}`} size="xs">
              {t('clippings.upload.review')}
            </Anchor>
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

export function UploadPanel(props: { workspace: string }) {
  const { t } = useTranslation();
  const queue = useUploadQueue(props.workspace);
  const outlets = usePrintOutlets(props.workspace);
  const [outlet, setOutlet] = useState('');
  const [date, setDate] = useState(today);
  const [page, setPage] = useState<number | string>('');
  const [dragging, setDragging] = useState(false);
  const [tried, setTried] = useState(false);
  const outletMissing = outlet.trim() === '';
  const dateMissing = !/^\d{4}-\d{2}-\d{2}$/.test(date);

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    queue.add([...e.dataTransfer.files]);
  };
  const submit = () => {
    setTried(true);
    if (outletMissing || dateMissing || queue.waiting === 0) return;
    void queue.start({
      outlet: outlet.trim(),
      date,
      page: typeof page === 'number' && page > 0 ? page : null,
    });
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="upload-title">
      <Stack gap="sm">
        <Text fw={600} id="upload-title">
          {t('clippings.upload.title')}
        </Text>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop area is a shortcut; the buttons inside do the same by keyboard */}
        <div
          data-testid="drop-zone"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          style={{
            border: `2px dashed var(--mantine-color-${dragging ? 'pantau-6' : 'gray-4'})`,
            borderRadius: 8,
            padding: 16,
            background: dragging ? 'var(--mantine-color-pantau-0)' : undefined,
            textAlign: 'center',
          }}
        >
          <Stack gap="xs" align="center">
            <UploadIcon width={28} height={28} />
            <Text size="sm">{t('clippings.upload.drop')}</Text>
            <Text size="xs" c="dimmed">
              {t('clippings.upload.formats')}
            </Text>
            <Group gap="xs" justify="center">
              <FileButton onChange={(files) => queue.add(files)} accept={ACCEPT_ATTR} multiple>
                {(p) => (
                  <Button variant="default" size="xs" {...p}>
                    {t('clippings.upload.pick')}
                  </Button>
                )}
              </FileButton>
              {/* The phone opens its back camera; the photo joins the list like any file. */}
              <FileButton
                onChange={(file) => file && queue.add([file])}
                accept="image/*"
                capture="environment"
              >
                {(p) => (
                  <Button variant="default" size="xs" {...p}>
                    {t('clippings.upload.camera')}
                  </Button>
                )}
              </FileButton>
            </Group>
          </Stack>
        </div>
        <Group gap="sm" align="flex-start" wrap="wrap">
          <Autocomplete
            label={t('clippings.upload.outlet')}
            description={t('clippings.upload.outletHint')}
            required
            value={outlet}
            onChange={setOutlet}
            data={[...new Set((outlets.data ?? []).map((o) => o.name))]}
            error={tried && outletMissing ? t('clippings.upload.outletMissing') : null}
            style={{ flex: '2 1 220px' }}
          />
          <TextInput
            label={t('clippings.upload.date')}
            description={t('clippings.upload.dateHint')}
            type="date"
            required
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={tried && dateMissing ? t('clippings.upload.dateMissing') : null}
            style={{ flex: '1 1 150px' }}
          />
          <NumberInput
            label={t('clippings.upload.page')}
            description={t('clippings.upload.pageHint')}
            min={1}
            allowDecimal={false}
            value={page}
            onChange={setPage}
            style={{ flex: '1 1 150px' }}
          />
        </Group>
        {queue.items.length > 0 && (
          <Stack
            gap={6}
            aria-label={t('clippings.upload.files')}
            component="ul"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {queue.items.map((item) => (
              <li key={item.key}>
                <UploadRow item={item} onRemove={() => queue.remove(item.key)} />
              </li>
            ))}
          </Stack>
        )}
        <Group justify="flex-end" gap="xs">
          {queue.items.some((i) => i.stage === 'ready' || i.stage === 'failed') && (
            <Button variant="subtle" size="sm" onClick={queue.clearDone}>
              {t('clippings.upload.clearDone')}
            </Button>
          )}
          <Button onClick={submit} disabled={queue.waiting === 0} loading={queue.busy}>
            {queue.waiting > 0
              ? t('clippings.upload.send', { count: queue.waiting })
              : t('clippings.upload.sendNone')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

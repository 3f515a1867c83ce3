// Importing programs from a spreadsheet: choose the file, see its columns with the field each is
// mapped to (changeable; every change is previewed again by the server), the first rows with the
// cells that have problems marked, every row error, and "Impor N baris" once there are none.
import {
  Alert,
  Button,
  FileInput,
  Group,
  List,
  Modal,
  NativeSelect,
  ScrollArea,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import {
  type ImportFile,
  type ImportPreview,
  type Mapping,
  useImportPrograms,
  usePreviewImport,
} from './programs.api.ts';

const MAX_BYTES = 5 * 1024 * 1024;

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

function PreviewTable(props: { preview: ImportPreview; onMap(column: number, field: string): void }) {
  const { t } = useTranslation();
  const { preview } = props;
  const bad = new Set(
    preview.errors.map((e) => `${e.row}:${e.field === null ? -1 : preview.mapping.indexOf(e.field)}`),
  );
  const badRows = new Set(preview.errors.map((e) => e.row));
  const options = [
    { value: '', label: t('programs.import.ignore') },
    ...preview.fields.map((f) => ({ value: f.key, label: f.label })),
  ];
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table withTableBorder withColumnBorders striped="even" fz="xs" miw={600}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('programs.import.row')}</Table.Th>
            {preview.headers.map((h, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional (headers may repeat)
              <Table.Th key={`${i}:${h}`} miw={150}>
                <Stack gap={4}>
                  <Text size="xs" fw={700} style={{ overflowWrap: 'anywhere' }}>
                    {h || `#${i + 1}`}
                  </Text>
                  <NativeSelect
                    size="xs"
                    aria-label={`${h || `#${i + 1}`}`}
                    value={preview.mapping[i] ?? ''}
                    onChange={(e) => props.onMap(i, e.currentTarget.value)}
                    data={options}
                  />
                </Stack>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.rows.map((r) => (
            <Table.Tr key={r.row} data-bad={badRows.has(r.row) || undefined}>
              <Table.Td
                fw={badRows.has(r.row) ? 700 : undefined}
                c={badRows.has(r.row) ? 'red.9' : undefined}
              >
                {r.row}
              </Table.Td>
              {r.cells.map((c, i) => (
                <Table.Td
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                  key={i}
                  bg={bad.has(`${r.row}:${i}`) ? 'red.1' : undefined}
                  c={preview.mapping[i] ? undefined : 'dimmed'}
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {c}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}

export function ImportDialog(props: { workspace: string; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const previewing = usePreviewImport(props.workspace);
  const importing = useImportPrograms(props.workspace);
  const [file, setFile] = useState<ImportFile | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const preview = previewing.data ?? null;

  const reset = () => {
    setFile(null);
    setProblem(null);
    setDone(null);
    previewing.reset();
    importing.reset();
  };
  const choose = async (chosen: File | null) => {
    reset();
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) {
      setProblem(t('programs.import.tooLarge'));
      return;
    }
    const next = { fileName: chosen.name, contentBase64: await readBase64(chosen) };
    setFile(next);
    previewing.mutate(next);
  };
  const remap = (column: number, field: string) => {
    if (!file || !preview) return;
    const mapping: Mapping = preview.headers.map((_, i) => preview.mapping[i] ?? null);
    // A field belongs to one column: choosing it here frees the column that had it.
    mapping.forEach((f, i) => {
      if (field && f === field) mapping[i] = null;
    });
    mapping[column] = (field || null) as Mapping[number];
    importing.reset();
    previewing.mutate({ ...file, mapping });
  };
  const submit = () => {
    if (!file || !preview) return;
    importing.mutate(
      { ...file, mapping: preview.mapping },
      {
        onSuccess: (r) => {
          setDone(r.imported);
          previewing.reset();
          setFile(null);
        },
      },
    );
  };
  const close = () => {
    reset();
    props.onClose();
  };

  return (
    <Modal opened={props.opened} onClose={close} title={t('programs.import.title')} size="xl">
      <Stack gap="md">
        <FileInput
          label={t('programs.import.choose')}
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          clearable
          onChange={(f) => void choose(f)}
        />
        {problem && (
          <Alert color="red" variant="light" role="alert">
            {problem}
          </Alert>
        )}
        {previewing.isPending && <Text size="sm">{t('programs.import.reading')}</Text>}
        <ProblemAlert error={previewing.error} />
        {done !== null && (
          <Alert color="green" variant="light" role="status">
            {t('programs.import.done', { n: done })}
          </Alert>
        )}
        {preview && (
          <>
            <Text size="sm">{t('programs.import.mappingHelp')}</Text>
            <PreviewTable preview={preview} onMap={remap} />
            <Text size="xs" c="dimmed">
              {t('programs.import.shown', { shown: preview.rows.length, n: preview.rowCount })}
            </Text>
            {preview.errors.length > 0 && (
              <Alert color="red" variant="light" role="alert" title={t('programs.import.errors')}>
                <List size="sm">
                  {preview.errors.map((e) => (
                    <List.Item key={`${e.row}:${e.column}:${e.message}`}>
                      {t('programs.import.errorLine', { row: e.row, column: e.column, message: e.message })}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            <ProblemAlert error={importing.error} />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button
                onClick={submit}
                loading={importing.isPending}
                disabled={preview.errors.length > 0 || preview.rowCount === 0 || previewing.isPending}
              >
                {t('programs.import.submit', { n: preview.rowCount })}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}

// Evidence for a follow-up report: links typed in, and files read in the browser as base64 (the API
// takes them in the JSON body). Size and type are checked here so a 20 MB scan is refused at once,
// with its name, instead of after a long upload.
import { ActionIcon, Button, FileInput, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseIcon, PlusIcon } from '../../app/ui/icons.tsx';

export type EvidenceItem =
  | { kind: 'link'; url: string }
  | { kind: 'file'; name: string; contentBase64: string };

const MAX_BYTES = 5 * 1024 * 1024;
const ALLOWED = /\.(pdf|png|jpe?g|docx|xlsx)$/i;

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function EvidenceInput(props: { value: EvidenceItem[]; onChange(v: EvidenceItem[]): void }) {
  const { t } = useTranslation();
  const [link, setLink] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const addLink = () => {
    const url = link.trim();
    if (!url) return;
    props.onChange([...props.value, { kind: 'link', url }]);
    setLink('');
  };
  const addFiles = async (files: File[]) => {
    setProblem(null);
    const added: EvidenceItem[] = [];
    for (const f of files) {
      if (!ALLOWED.test(f.name)) {
        setProblem(t('directions.fileWrongType', { name: f.name }));
        continue;
      }
      if (f.size > MAX_BYTES) {
        setProblem(t('directions.fileTooBig', { name: f.name }));
        continue;
      }
      added.push({ kind: 'file', name: f.name, contentBase64: await readBase64(f) });
    }
    props.onChange([...props.value, ...added]);
  };
  const remove = (i: number) => props.onChange(props.value.filter((_, j) => j !== i));
  return (
    <Stack gap="xs">
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={t('directions.linkLabel')}
          type="url"
          value={link}
          onChange={(e) => setLink(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              addLink();
            }
          }}
          style={{ flex: 1, minWidth: 0 }}
        />
        <Button variant="default" leftSection={<PlusIcon />} onClick={addLink}>
          {t('directions.addLink')}
        </Button>
      </Group>
      <FileInput
        label={t('directions.evidenceFiles')}
        multiple
        accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx"
        value={[]}
        onChange={(files) => void addFiles(files)}
        error={problem}
        clearable={false}
      />
      {props.value.length > 0 && (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {props.value.map((e, i) => {
            const name = e.kind === 'link' ? e.url : e.name;
            return (
              <Group key={`${e.kind}:${name}`} component="li" gap="xs" wrap="nowrap">
                <Text size="sm" style={{ overflowWrap: 'anywhere', flex: 1 }}>
                  {name}
                </Text>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('directions.removeEvidence', { name })}
                  onClick={() => remove(i)}
                >
                  <CloseIcon />
                </ActionIcon>
              </Group>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}

// "CSV" and "XLSX" for a table on screen: the same rows the user sees, as files.
import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadIcon } from '../ui/icons.tsx';
import { downloadCsv } from './csv.ts';
import type { ExportTable } from './table.ts';
import { downloadXlsx } from './xlsx.ts';

export function ExportButtons(props: { table: () => ExportTable; label?: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const label = props.label ?? t('table.export');
  return (
    <Group gap={4} role="group" aria-label={label}>
      <Button
        size="compact-xs"
        variant="subtle"
        leftSection={<DownloadIcon width={14} height={14} />}
        onClick={() => downloadCsv(props.table())}
        aria-label={`${label}: CSV`}
      >
        {t('table.csv')}
      </Button>
      <Button
        size="compact-xs"
        variant="subtle"
        leftSection={<DownloadIcon width={14} height={14} />}
        loading={busy}
        aria-label={`${label}: XLSX`}
        onClick={async () => {
          setBusy(true);
          try {
            await downloadXlsx(props.table());
          } finally {
            setBusy(false);
          }
        }}
      >
        {t('table.xlsx')}
      </Button>
    </Group>
  );
}

// A chart's download menu: the picture (PNG, SVG) and its figures (CSV, XLSX).
import { ActionIcon, Menu } from '@mantine/core';
import type { ECharts } from 'echarts/core';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv } from '../export/csv.ts';
import { downloadBlob, downloadUrl } from '../export/download.ts';
import { fileName } from '../export/table.ts';
import { downloadXlsx } from '../export/xlsx.ts';
import { DownloadIcon } from '../ui/icons.tsx';
import type { ChartSpec } from './types.ts';

export function ChartMenu(props: { title: string; spec: ChartSpec; instance: RefObject<ECharts | null> }) {
  const { t } = useTranslation();
  const { spec, instance } = props;
  const png = () => {
    const chart = instance.current;
    if (!chart) return;
    downloadUrl(
      chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }),
      fileName(props.title, 'png'),
    );
  };
  const svg = async () => {
    const { renderSvg } = await import('./echarts.ts');
    const width = instance.current?.getWidth() ?? 800;
    const height = instance.current?.getHeight() ?? spec.height ?? 320;
    const text = renderSvg(spec.option, width, height);
    downloadBlob(new Blob([text], { type: 'image/svg+xml' }), fileName(props.title, 'svg'));
  };
  return (
    <Menu position="bottom-end" withArrow>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('chart.menu', { title: props.title })}>
          <DownloadIcon />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={png} disabled={spec.empty}>
          {t('chart.png')}
        </Menu.Item>
        <Menu.Item onClick={() => void svg()} disabled={spec.empty}>
          {t('chart.svg')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={() => downloadCsv(spec.table)}>{t('chart.csv')}</Menu.Item>
        <Menu.Item onClick={() => void downloadXlsx(spec.table)}>{t('chart.xlsx')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

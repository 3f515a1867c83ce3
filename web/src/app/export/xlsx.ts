// XLSX made in the browser with exceljs, which is loaded only when someone asks for a workbook
// (it is larger than the rest of the app together).
import { downloadBlob } from './download.ts';
import { type ExportTable, fileName } from './table.ts';

export async function downloadXlsx(table: ExportTable): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Pantau';
  // Sheet names: at most 31 characters, none of : \ / ? * [ ]
  const sheet = book.addWorksheet(table.name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Pantau');
  sheet.addRow(table.columns).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    const widest = Math.max(
      table.columns[i]?.length ?? 8,
      ...table.rows.slice(0, 200).map((r) => String(r[i] ?? '').length),
    );
    column.width = Math.min(60, Math.max(8, widest + 2));
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = await book.xlsx.writeBuffer();
  downloadBlob(
    new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    fileName(table.name, 'xlsx'),
  );
}

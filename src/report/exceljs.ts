// ExcelJS, loaded when a workbook is first read or written: it is about four hundred modules, and
// every command and server start loaded them while only a few ever touch a spreadsheet.
import type ExcelJS from 'exceljs';

export async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

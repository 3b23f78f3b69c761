import ExcelJS from 'exceljs';

/** Builds a listeners .xlsx the way a secretary would fill the template (headings in `lang`). */
export async function listenerWorkbook(rows: (string | number | null)[][], headings = ['Аты-жөні', 'ЖСН', 'Ұйым', 'Лауазымы', 'Жоба тақырыбы', 'Ментор']): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Тыңдаушылар');
  ws.addRow(headings);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

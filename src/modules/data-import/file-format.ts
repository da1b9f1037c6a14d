import { extname } from 'node:path';
import { text, Text } from '../../common/i18n/text';
import { notice } from './file-problems';
import { ImportProblem } from './import-problems';

/** How a file is read: delimited text (.csv, .tsv, .txt), an XLSX workbook, or a JSON array. */
export type FileFormat = 'text' | 'xlsx' | 'json';

const TEXT_EXTENSIONS = ['.csv', '.tsv', '.txt'];
export const IMPORT_EXTENSIONS = [...TEXT_EXTENSIONS, '.xlsx', '.xls', '.json'];

type Content = 'zip' | 'ole2' | 'webpage' | 'other';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An Excel/WPS "网页" or "XML 电子表格" export: HTML or SpreadsheetML text (after any BOM and blank space). */
const WEBPAGE = /^(\ufeff|\xef\xbb\xbf)?\s*<(\?xml|!doctype html|html|table|meta|head)/i;

const SAVE_AS_XLSX: Text = text(
  '请用 Excel 打开后点“文件 → 另存为”，保存类型选“Excel 工作簿(*.xlsx)”（WPS：“文件 → 另存为 → Excel 文件(*.xlsx)”），再导入 .xlsx 文件',
  'open it in Excel and use File → Save As → "Excel Workbook (*.xlsx)" (WPS: File → Save As → Excel file (*.xlsx)), then import the .xlsx file',
);

function content(data: Buffer): Content {
  const starts = (magic: number[]) => magic.every((b, i) => data[i] === b);
  if (starts(ZIP)) return 'zip';
  if (starts(OLE2)) return 'ole2';
  return WEBPAGE.test(data.subarray(0, 512).toString('latin1')) ? 'webpage' : 'other';
}

const problem = (file: string, kind: string, reason: Text) => notice(file, 0, '', kind, reason);

/** What the bytes really are, when that is not what the extension says (or not a format read here). */
function refusal(file: string, ext: string, found: Content): ImportProblem | undefined {
  if (found === 'ole2') {
    return problem(
      file,
      'XLS_NOT_SUPPORTED',
      text(
        `文件是 Excel 97-2003 工作簿（.xls）或设有打开密码的 Excel 文件，无法读取：${SAVE_AS_XLSX.zh}（如设有密码，请先取消）`,
        `the file is an Excel 97-2003 workbook (.xls) or a password-protected Excel file, which cannot be read: ${SAVE_AS_XLSX.en} (remove any password first)`,
      ),
    );
  }
  if (found === 'webpage') {
    return problem(
      file,
      'WEB_PAGE_NOT_SUPPORTED',
      text(`文件实为网页（HTML）或 XML 表格，不是真正的 Excel 工作簿：${SAVE_AS_XLSX.zh}`, `the file is a web page (HTML) or XML spreadsheet, not a real Excel workbook: ${SAVE_AS_XLSX.en}`),
    );
  }
  if (found === 'zip' && ext !== '.xlsx') {
    return problem(file, 'FORMAT_MISMATCH', text(`文件内容是 XLSX 工作簿，扩展名却是 ${ext}：请将扩展名改为 .xlsx`, `the file holds an XLSX workbook but is named ${ext}: rename it to .xlsx`));
  }
  if (found === 'other' && (ext === '.xlsx' || ext === '.xls')) {
    return problem(
      file,
      'FORMAT_MISMATCH',
      text(
        `文件扩展名是 ${ext}，内容却不是 Excel 工作簿（可能是改了扩展名的 CSV 或文本文件）：请用原来的扩展名导入，或在 Excel 中另存为 .xlsx`,
        `the file is named ${ext} but is not an Excel workbook (perhaps a renamed CSV or text file): import it under its real extension, or save it as .xlsx in Excel`,
      ),
    );
  }
  return undefined;
}

/** The format to read a file in, from its extension checked against its first bytes; or the one problem that refuses it. */
export function fileFormat(file: string, data: Buffer): FileFormat | ImportProblem {
  const ext = extname(file).toLowerCase();
  if (!IMPORT_EXTENSIONS.includes(ext)) {
    return problem(file, 'UNSUPPORTED_FILE_TYPE', text(`不支持的文件类型“${ext || file}”：请使用 ${IMPORT_EXTENSIONS.join('、')}`, `unsupported file type "${ext || file}": use ${IMPORT_EXTENSIONS.join(', ')}`));
  }
  const refused = refusal(file, ext, content(data));
  if (refused) return refused;
  return ext === '.xlsx' ? 'xlsx' : ext === '.json' ? 'json' : 'text';
}

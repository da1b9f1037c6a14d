import { ApiError, download } from './client';

export type ImportKind = 'demands' | 'talents';
export const IMPORT_KINDS: Record<ImportKind, string> = { demands: '技术需求', talents: '人才' };

/** The server's import template (GET /templates/…), with the column guides and drop-downs of the taxonomy. */
export const downloadTemplate = (kind: ImportKind) => download(`/templates/${kind}.xlsx`, `${IMPORT_KINDS[kind]}导入模板.xlsx`);

/** Shows a failed download as a message rather than an unhandled rejection. */
export async function tryDownload(run: () => Promise<void>, onError: (message: string) => void): Promise<void> {
  try {
    await run();
  } catch (e) {
    onError(e instanceof ApiError ? e.message : '下载失败');
  }
}

import type { OnProgress } from '../../common/progress/progress';

/** How one import is run; the CLI's options and the import mutations' arguments both map onto it. */
export interface ImportOptions {
  /** 榜单 for rows that name none (demand lists only). */
  list?: string;
  /** Check the whole file and count what would change, in a transaction rolled back at its end. */
  dryRun?: boolean;
  /** Rows written so far, for a progress display. */
  onProgress?: OnProgress;
}

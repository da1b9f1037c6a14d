import type { OnProgress } from '../../common/progress/progress';

/** What to do with industries a file names that the taxonomy does not have. */
export interface NewIndustriesOption {
  /** CREATE: add each one to the taxonomy in the import's transaction (a warning per industry). */
  mode: 'CREATE';
  /** Their parent by name, alias or code; none: top-level industries. */
  parent?: string;
}

/** How one import is run; the CLI's options and the import mutations' arguments both map onto it. */
export interface ImportOptions {
  /** 榜单 for rows that name none (demand lists only). */
  list?: string;
  /** Check the whole file and count what would change, in a transaction rolled back at its end. */
  dryRun?: boolean;
  /** Rows written so far, for a progress display. */
  onProgress?: OnProgress;
  newIndustries?: NewIndustriesOption;
  /** A name as the file writes it → the existing industry (name, alias or code) it stands for. */
  industryMap?: Record<string, string>;
  /** The XLSX sheet to read (by default the first visible sheet whose header has the required columns). */
  sheet?: string;
}

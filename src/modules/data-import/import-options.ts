/** How one import is run; the CLI's options and the import mutations' arguments both map onto it. */
export interface ImportOptions {
  /** 榜单 for rows that name none (demand lists only). */
  list?: string;
  /** The XLSX sheet to read (by default the first visible sheet whose header has the required columns). */
  sheet?: string;
}

import { Text } from '../../common/i18n/text';
import { ImportProblem } from './import-problems';

/** A problem or warning of this reader: where, a stable kind, and the reason in Chinese and English. */
export const notice = (file: string, row: number, column: string, kind: string, reason: Text): ImportProblem => ({ file, row, column, kind, reason: reason.zh, reasonEn: reason.en });

/** A problem with the file as a whole: the only one reported for it. */
export class FileProblem extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.reasonEn);
  }
}

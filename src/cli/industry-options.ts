import { ImportOptions } from '../modules/data-import/import-options';
import { repeatedOption } from './args';

export const INDUSTRY_USAGE = '[--new-industries create[:<上级产业>]] [--map "<文件中的名称>=<已有产业>"]…';

/** --new-industries create[:PARENT] and --map "柔性电子=电子核心" (repeatable, or comma/semicolon-separated). */
export function industryOptions(argv: string[], options: Record<string, string>): Pick<ImportOptions, 'newIndustries' | 'industryMap'> {
  const out: Pick<ImportOptions, 'newIndustries' | 'industryMap'> = {};
  const create = options['new-industries'];
  if (create !== undefined) {
    const [mode, ...parent] = create.split(':');
    if (mode.trim().toLowerCase() !== 'create') throw new Error(`--new-industries: "${create}" is not create or create:<上级产业>`);
    out.newIndustries = { mode: 'CREATE', parent: parent.join(':').trim() || undefined };
  }
  const pairs = repeatedOption(argv, 'map').map((pair) => {
    const at = pair.indexOf('=');
    if (at <= 0 || at === pair.length - 1) throw new Error(`--map: "${pair}" is not <文件中的名称>=<已有产业>`);
    return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()] as const;
  });
  if (pairs.length) out.industryMap = Object.fromEntries(pairs);
  return out;
}

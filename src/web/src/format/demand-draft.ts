// A demand being written: the form's shape, its checks (the server's CreateDemandInput limits, so
// the message sits at the field before anything is sent) and the inputs built from it.
import type { AcceptanceMode, CreateDemandInput, DemandDraftInput, DemandType } from '../gql/graphql';

export interface DemandForm {
  title: string;
  description: string;
  industry: string;
  region: string;
  keywords: string[];
  indicators: string;
  indicatorsConfidential: boolean;
  budget: number | undefined;
  deadline: string;
  type: DemandType;
  acceptanceMode: AcceptanceMode | '';
  maxWinners: number;
  listId: string;
  requirements: string;
  contactName: string;
  contactPhone: string;
}

export const emptyDemandForm = (region = ''): DemandForm => ({
  title: '', description: '', industry: '', region, keywords: [], indicators: '', indicatorsConfidential: false, budget: undefined, deadline: '',
  type: 'TECH_BREAKTHROUGH' as DemandType, acceptanceMode: '', maxWinners: 1, listId: '', requirements: '', contactName: '', contactPhone: '',
});

/** The fields a saved demand gives the form (null becomes blank). */
export type SavedDemand = Omit<DemandForm, 'indicators' | 'budget' | 'deadline' | 'acceptanceMode' | 'listId' | 'requirements' | 'contactName' | 'contactPhone'> & {
  indicators?: string | null; budget?: number | null; deadline?: string | null; acceptanceMode?: AcceptanceMode | null; list?: { id: string } | null;
  requirements?: string | null; contactName?: string | null; contactPhone?: string | null;
};

export function formFromDemand(d: SavedDemand): DemandForm {
  return {
    title: d.title, description: d.description, industry: d.industry, region: d.region, keywords: [...d.keywords], indicators: d.indicators ?? '',
    indicatorsConfidential: d.indicatorsConfidential, budget: d.budget ?? undefined, deadline: d.deadline ?? '', type: d.type,
    acceptanceMode: d.acceptanceMode ?? '', maxWinners: d.maxWinners, listId: d.list?.id ?? '', requirements: d.requirements ?? '',
    contactName: d.contactName ?? '', contactPhone: d.contactPhone ?? '',
  };
}

const chars = (s: string) => [...s.trim()].length;
const MIN = { title: 4, description: 10, region: 2 } as const;

/** What is wrong with the form, by field, in the words shown under it (empty: it may be sent). */
export function demandFormErrors(f: DemandForm, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (chars(f.title) < MIN.title) errors.title = `需求名称至少 ${MIN.title} 个字`;
  else if (chars(f.title) > 100) errors.title = '需求名称最多 100 个字';
  if (chars(f.description) < MIN.description) errors.description = `需求描述至少 ${MIN.description} 个字`;
  if (!f.industry) errors.industry = '请选择产业领域';
  if (chars(f.region) < MIN.region) errors.region = '请填写所在地区，如 浙江省嘉兴市南湖区';
  if (f.keywords.length > 20) errors.keywords = '关键词最多 20 个';
  else if (f.keywords.some((k) => chars(k) > 50)) errors.keywords = '每个关键词最多 50 个字';
  if (f.deadline && f.deadline <= today) errors.deadline = '揭榜截止日期须晚于今天';
  if (f.budget !== undefined && (f.budget < 0 || !Number.isInteger(f.budget))) errors.budget = '拟投入资金须为不小于 0 的整数（万元）';
  return errors;
}

const text = (s: string) => s.trim() || undefined;
/** A text only once it is long enough to be checked (the check would refuse it while it is being typed). */
const long = (s: string, min: number) => (chars(s) >= min ? s.trim() : undefined);

/** What the draft check reads: the fields filled so far. */
export function draftCheckInput(f: DemandForm, demandId?: string): DemandDraftInput {
  return {
    title: long(f.title, MIN.title), description: long(f.description, MIN.description), industry: text(f.industry), region: long(f.region, MIN.region),
    keywords: f.keywords, indicators: text(f.indicators), budget: f.budget, deadline: text(f.deadline), listId: text(f.listId), demandId,
  };
}

/** createDemand / updateDemand's input (blank optional texts are left out, or null when clearing them). */
export function saveInput(f: DemandForm, clearing = false): CreateDemandInput {
  const optional = (s: string) => (s.trim() ? s.trim() : clearing ? null : undefined);
  return {
    title: f.title.trim(), description: f.description.trim(), industry: f.industry, region: f.region.trim(), keywords: f.keywords,
    indicators: optional(f.indicators), indicatorsConfidential: f.indicatorsConfidential, budget: f.budget ?? (clearing ? null : undefined),
    deadline: optional(f.deadline), type: f.type, acceptanceMode: f.acceptanceMode || (clearing ? null : undefined), maxWinners: f.maxWinners,
    listId: optional(f.listId), requirements: optional(f.requirements), contactName: optional(f.contactName), contactPhone: optional(f.contactPhone),
  };
}

/**
 * Runs `check` `delay` ms after the last `schedule`, and hands on only the answer to the newest
 * request: a slow answer to an older text never overwrites a newer one.
 */
export function latestDebounced<I, R>(check: (input: I) => Promise<R>, apply: (result: R) => void, fail: (error: unknown) => void, delay = 400) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let newest = 0;
  return {
    schedule(input: I) {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const mine = ++newest;
        check(input).then(
          (r) => mine === newest && apply(r),
          (e) => mine === newest && fail(e),
        );
      }, delay);
    },
    cancel() {
      clearTimeout(timer);
      newest++;
    },
  };
}

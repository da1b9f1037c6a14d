import { afterEach, describe, expect, it, vi } from 'vitest';
import { demandFormErrors, draftCheckInput, emptyDemandForm, latestDebounced, saveInput } from './demand-draft';

const TODAY = '2026-03-31';
const filled = () => ({ ...emptyDemandForm('浙江省嘉兴市南湖区'), title: '高导热灌封胶开发', description: '填料超过85wt%后粘度急剧上升。', industry: '氟硅新材料' });

describe('demandFormErrors', () => {
  it('names each field that the server would refuse, in Chinese', () => {
    const errors = demandFormErrors({ ...emptyDemandForm(), title: '胶', deadline: '2026-03-31', budget: -1, keywords: ['k'.repeat(51)] }, TODAY);
    expect(errors).toEqual({
      title: '需求名称至少 4 个字',
      description: '需求描述至少 10 个字',
      industry: '请选择产业领域',
      region: '请填写所在地区，如 浙江省嘉兴市南湖区',
      keywords: '每个关键词最多 50 个字',
      deadline: '揭榜截止日期须晚于今天',
      budget: '拟投入资金须为不小于 0 的整数（万元）',
    });
  });

  it('accepts a filled form', () => {
    expect(demandFormErrors({ ...filled(), deadline: '2026-06-30', budget: 300 }, TODAY)).toEqual({});
  });
});

describe('draftCheckInput and saveInput', () => {
  it('checks only texts long enough, so typing the first characters raises no error', () => {
    const input = draftCheckInput({ ...emptyDemandForm(), title: '灌封', description: '提升导热', keywords: ['导热'] }, 'd1');
    expect(input).toMatchObject({ title: undefined, description: undefined, industry: undefined, keywords: ['导热'], demandId: 'd1' });
    expect(draftCheckInput(filled())).toMatchObject({ title: '高导热灌封胶开发', industry: '氟硅新材料', region: '浙江省嘉兴市南湖区' });
  });

  it('leaves blank optional fields out of a new demand and clears them on an update', () => {
    expect(saveInput(filled())).toMatchObject({ indicators: undefined, budget: undefined, acceptanceMode: undefined, listId: undefined });
    expect(saveInput(filled(), true)).toMatchObject({ indicators: null, budget: null, acceptanceMode: null, deadline: null });
  });
});

describe('latestDebounced', () => {
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing and sends only the last text', async () => {
    vi.useFakeTimers();
    const check = vi.fn(async (s: string) => s.length);
    const apply = vi.fn();
    const c = latestDebounced(check, apply, vi.fn(), 400);
    c.schedule('a');
    await vi.advanceTimersByTimeAsync(300);
    c.schedule('ab');
    await vi.advanceTimersByTimeAsync(399);
    expect(check).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(check).toHaveBeenCalledExactlyOnceWith('ab');
    expect(apply).toHaveBeenCalledExactlyOnceWith(2);
  });

  it('never lets a slow answer to an older text overwrite a newer one', async () => {
    vi.useFakeTimers();
    const answers: Record<string, (v: string) => void> = {};
    const apply = vi.fn();
    const c = latestDebounced((s: string) => new Promise<string>((resolve) => (answers[s] = resolve)), apply, vi.fn(), 400);
    c.schedule('old');
    await vi.advanceTimersByTimeAsync(400);
    c.schedule('new');
    await vi.advanceTimersByTimeAsync(400);
    answers.new('new answer');
    answers.old('old answer');
    await vi.advanceTimersByTimeAsync(0);
    expect(apply.mock.calls).toEqual([['new answer']]);
  });

  it('reports a failed check, and nothing once cancelled', async () => {
    vi.useFakeTimers();
    const fail = vi.fn();
    const c = latestDebounced(async (s: string) => Promise.reject(new Error(s)), vi.fn(), fail, 10);
    c.schedule('x');
    await vi.advanceTimersByTimeAsync(10);
    expect(fail).toHaveBeenCalledExactlyOnceWith(new Error('x'));
    c.schedule('y');
    c.cancel();
    await vi.advanceTimersByTimeAsync(10);
    expect(fail).toHaveBeenCalledTimes(1);
  });
});

/** What the advice of a demand without a STRONG candidate is built from. */
export interface OutlookFacts {
  moderateCount: number;
  /** Of the MODERATE candidates, how many work in another city and accept remote work. */
  remoteModerate: number;
  /** The demand asks for presence on site (驻厂, 现场…). */
  wantsPresence: boolean;
  /** The demand's heaviest phrases no candidate covers. */
  uncovered: string[];
}

/**
 * What an enterprise or bureau can do when nobody in the pool is a strong match, in Chinese: widen to
 * remote talents (飞地), relax a level filter, reword the parts nobody covers, publish more widely.
 */
export function outlookAdvice(f: OutlookFacts): string {
  const steps: string[] = [];
  steps.push(
    f.wantsPresence
      ? `放宽驻场要求，接受远程合作的人才（飞地模式）${f.remoteModerate ? `：中等匹配的 ${f.remoteModerate} 位人才在外地并接受远程合作` : ''}`
      : `扩大到外地、接受远程合作的人才（飞地模式）${f.remoteModerate ? `：中等匹配中已有 ${f.remoteModerate} 位` : ''}`,
  );
  steps.push('如按人才层次筛选，降低层次要求再看一遍');
  if (f.uncovered.length) steps.push(`改写需求：${f.uncovered.map((u) => `「${u}」`).join('')}暂无人才覆盖，可补充同义说法、英文或缩写，或拆成更具体的子问题`);
  steps.push('发布到范围更大的榜单（省级、跨区域或挑战杯“揭榜挂帅”专项榜单）');
  const head = f.moderateCount ? `暂无强匹配人才，中等匹配 ${f.moderateCount} 位。建议：` : '暂无强匹配或中等匹配人才。建议：';
  return head + steps.map((s, i) => `${i + 1}. ${s}`).join('；') + '。';
}

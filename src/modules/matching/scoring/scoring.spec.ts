import { TalentLevel } from '../../talents/talent.entity';
import { Analyzer } from '../analysis/analyzer';
import { conceptPairs, explain } from '../reasons';
import { STRENGTH } from '../weights';
import { coverage } from './coverage';
import { demandConcepts, MatchStrength, strengthOf } from './match-score';
import { outlookAdvice } from './outlook';
import { Corpus, Specificity } from './specificity';

const analyzer = new Analyzer();
/** A corpus of 10,000 documents where the words given are held by that many. */
const corpus = (df: Record<string, number>): Corpus => ({ docFrequency: (t) => df[t] ?? 1, size: () => 10_000 });
const tokens = (text: string) => analyzer.tokens(text);

describe('Specificity', () => {
  const s = new Specificity(corpus({ 性能: 3000, 外延: 40, 界面态: 3 }), new Set(['特性', '研究']));

  it('is 0 for listed and one-character words on any corpus, and for words most documents hold', () => {
    expect(s.of('特性')).toBe(0);
    expect(s.of('研究')).toBe(0);
    expect(s.of('围')).toBe(0);
    expect(s.of('性能')).toBe(0);
  });

  it('grows with rarity, up to 1', () => {
    expect(s.of('外延')).toBeGreaterThan(0);
    expect(s.of('外延')).toBeLessThan(1);
    expect(s.of('界面态')).toBe(1);
  });

  it('takes a small corpus as large, so two records in twenty do not make a word common', () => {
    const small = new Specificity({ docFrequency: () => 2, size: () => 20 }, new Set());
    expect(small.of('栅氧')).toBe(1);
  });
});

describe('calibrated coverage', () => {
  const spec = new Specificity(corpus({}), new Set(['技术', '研究', '系统', '特性', '方法', '应用']));
  const demand = { title: '碳化硅栅氧可靠性提升技术', keywords: ['栅氧', '界面态', '阈值漂移'], description: '研究栅氧化层与界面态钝化方法。', indicators: null };
  const concepts = demandConcepts(analyzer, demand, spec);
  const candidate = (text: string) => [{ terms: tokens(text), directness: 1 }];

  it('gives a candidate covering every concept 1 and one sharing only generic words 0, whoever else is in the pool', () => {
    const all = coverage(concepts, candidate('SiC 栅氧 可靠性 界面态 阈值漂移 栅氧化层 钝化'));
    expect(all.score).toBe(1);
    const generic = coverage(concepts, candidate('系统 应用 技术 研究 方法 特性 提升'));
    expect(generic.score).toBe(0);
    expect(generic.covered).toEqual([]);
    expect(strengthOf(generic.score)).toBe(MatchStrength.WEAK);
  });

  it('counts a synonym as the concept itself, a word only partly shared for less, and a bio mention less than a research field', () => {
    const bySynonym = coverage(concepts, candidate('4H-SiC 栅氧'));
    const byWord = coverage(concepts, candidate('碳化硅 栅氧'));
    expect(bySynonym.score).toBeCloseTo(byWord.score, 6);
    // 栅氧 inside the candidate's word 栅氧化 (as a segmenter may cut it) is a partial match.
    const partial = coverage(concepts, [{ terms: ['栅氧化'], directness: 1 }]);
    const whole = coverage(concepts, [{ terms: ['栅氧'], directness: 1 }]);
    expect(partial.score).toBeGreaterThan(0);
    expect(partial.score).toBeLessThan(whole.score);
    expect(partial.covered[0]).toMatchObject({ token: '栅氧', by: '栅氧化' });
    const inBio = coverage(concepts, [{ terms: ['栅氧'], directness: 0.7 }]);
    expect(inBio.score).toBeLessThan(whole.score);
    expect(whole.uncovered.map((u) => u.token)).toContain('漂移');
  });
});

describe('strength bands', () => {
  it('follow the documented thresholds', () => {
    expect(strengthOf(STRENGTH.strong)).toBe(MatchStrength.STRONG);
    expect(strengthOf(STRENGTH.strong - 0.001)).toBe(MatchStrength.MODERATE);
    expect(strengthOf(STRENGTH.moderate)).toBe(MatchStrength.MODERATE);
    expect(strengthOf(STRENGTH.moderate - 0.001)).toBe(MatchStrength.WEAK);
    expect(strengthOf(0)).toBe(MatchStrength.WEAK);
  });
});

describe('reasons', () => {
  const spec = new Specificity(corpus({}), new Set(['技术', '研究', '特性']));
  const demandText = { title: '碳化硅栅氧可靠性技术研究', keywords: ['碳化硅栅氧', '界面态'], description: '针对栅氧特性开展研究。', indicators: null };
  const concepts = demandConcepts(analyzer, demandText, spec);
  const talent = {
    items: ['4H-SiC MOS界面', '界面态钝化', '栅介质可靠性'],
    text: '4H-SiC MOS界面\n界面态钝化\n栅介质可靠性\n牵头完成栅介质可靠性评价平台建设，相关成果实现产业化，新增产值超2亿元；制定行业标准4项。',
  };
  const facts = {
    strength: MatchStrength.STRONG,
    covered: coverage(concepts, [{ terms: tokens(talent.text), directness: 1 }]).covered,
    nameable: () => true,
    demand: { items: [demandText.title, ...demandText.keywords], text: Object.values(demandText).join('\n') },
    candidate: talent,
    region: { kind: 'remote' as const, city: '嘉兴市' },
    accepted: 2,
    awarded: 2,
    sameIndustryAccepted: 2,
    live: 1,
    level: TalentLevel.PROVINCIAL,
  };

  it('names at most three concept pairs, phrases of each side, never a sentence or a generic word', () => {
    const pairs = conceptPairs(analyzer, facts);
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.length).toBeLessThanOrEqual(3);
    expect(pairs).toContainEqual({ demand: '碳化硅栅氧', candidate: '4H-SiC MOS界面' });
    for (const p of pairs) {
      for (const side of [p.demand, p.candidate]) {
        expect([...side].length).toBeLessThanOrEqual(14);
        expect(side).not.toMatch(/[，。；]/);
        expect(['技术', '研究', '特性']).not.toContain(side);
      }
    }
  });

  it('reads strength, pairs, then outcomes, live work, level and region', () => {
    const { reasons } = explain(analyzer, facts);
    expect(reasons).toMatch(/^匹配度强：碳化硅栅氧 ↔ 4H-SiC MOS界面；/);
    expect(reasons).toMatch(/2 项同领域已验收项目；当前在研 1 项；省级人才；接受远程合作$/);
  });

  it('says when no specific concept is shared', () => {
    expect(explain(analyzer, { ...facts, strength: MatchStrength.WEAK, covered: [] }).reasons).toMatch(/^匹配度弱（无共同的具体概念）/);
  });

  it('names only what the reader may see', () => {
    expect(conceptPairs(analyzer, { ...facts, nameable: () => false })).toEqual([]);
  });
});

describe('outlook advice', () => {
  it('points at remote talents, the level filter, the uncovered parts and a wider list', () => {
    const advice = outlookAdvice({ moderateCount: 3, remoteModerate: 2, wantsPresence: true, uncovered: ['跌倒', '诈骗识别'] });
    expect(advice).toMatch(/^暂无强匹配人才，中等匹配 3 位。建议：/);
    expect(advice).toMatch(/驻场/);
    expect(advice).toMatch(/飞地/);
    expect(advice).toMatch(/层次/);
    expect(advice).toMatch(/「跌倒」「诈骗识别」暂无人才覆盖/);
    expect(advice).toMatch(/榜单/);
  });
});

describe('reason phrases', () => {
  it('write a term as the demand writes it, not normalised', () => {
    const spec = new Specificity(corpus({}), new Set());
    const demand = { title: '面向新能源汽车的碳化硅MOSFET栅氧可靠性提升', keywords: [], description: '', indicators: null };
    const concepts = demandConcepts(analyzer, demand, spec);
    const facts = {
      covered: coverage(concepts, [{ terms: tokens('SiC MOSFET'), directness: 1 }]).covered,
      nameable: () => true,
      demand: { items: [demand.title], text: demand.title },
      candidate: { items: ['SiC MOSFET'], text: 'SiC MOSFET' },
    };
    expect(conceptPairs(analyzer, facts).map((p) => p.demand).join(' ')).toMatch(/MOSFET/);
  });
});

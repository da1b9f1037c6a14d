import { MatchStrength } from '../scoring/match-score';
import { Grades } from './metrics';

export interface Calibration {
  /** Of the STRONG results in the top 10, the share with grade ≥ 2 (0 when there are none). */
  strongPrecision: number;
  /** Of the labelled talents with grade ≥ 2, the share in the top 10 at MODERATE or better. */
  relevantAtLeastModerate: number;
  /** Of the demands ranked again without their labelled talents, the share whose top result is still STRONG. */
  falseStrongWhenNone: number;
}

/** Whether the strength bands can be trusted on a labelled set, tallied demand by demand. */
export class CalibrationTally {
  private strong = 0;
  private strongRelevant = 0;
  private relevant = 0;
  private relevantModerate = 0;
  private demands = 0;
  private strongWhenNone = 0;

  /** One demand: its ranking (talent codes with strengths, best first), its grades, the top strength without its labelled talents. */
  add(ranking: { code: string; strength: MatchStrength }[], grades: Grades, topWithoutLabelled?: MatchStrength): void {
    const top10 = ranking.slice(0, 10).map((r) => ({ grade: grades.get(r.code) ?? 0, strength: r.strength }));
    this.strong += top10.filter((x) => x.strength === MatchStrength.STRONG).length;
    this.strongRelevant += top10.filter((x) => x.strength === MatchStrength.STRONG && x.grade >= 2).length;
    this.relevant += [...grades.values()].filter((g) => g >= 2).length;
    this.relevantModerate += top10.filter((x) => x.strength !== MatchStrength.WEAK && x.grade >= 2).length;
    this.demands++;
    if (topWithoutLabelled === MatchStrength.STRONG) this.strongWhenNone++;
  }

  result(): Calibration {
    const share = (a: number, b: number) => Math.round((a / Math.max(1, b)) * 1000) / 1000;
    return {
      strongPrecision: share(this.strongRelevant, this.strong),
      relevantAtLeastModerate: share(this.relevantModerate, this.relevant),
      falseStrongWhenNone: share(this.strongWhenNone, this.demands),
    };
  }

  describe(): string {
    const c = this.result();
    return (
      `strongPrecision ${c.strongPrecision} (${this.strongRelevant}/${this.strong} STRONG in the top 10 have grade ≥ 2)  ` +
      `relevantAtLeastModerate ${c.relevantAtLeastModerate} (${this.relevantModerate}/${this.relevant})  ` +
      `falseStrongWhenNone ${c.falseStrongWhenNone} (${this.strongWhenNone}/${this.demands} demands, each ranked again with its labelled talents removed)`
    );
  }
}

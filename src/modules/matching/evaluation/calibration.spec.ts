import { MatchStrength } from '../scoring/match-score';
import { CalibrationTally } from './calibration';

const { STRONG, MODERATE, WEAK } = MatchStrength;

describe('CalibrationTally', () => {
  it('computes the three shares as the issue defines them', () => {
    const tally = new CalibrationTally();
    // Demand 1: a right STRONG, a wrong STRONG, a relevant one only WEAK; without its labelled talents the top is MODERATE.
    tally.add(
      [
        { code: 'a', strength: STRONG },
        { code: 'x', strength: STRONG },
        { code: 'b', strength: WEAK },
      ],
      new Map([['a', 3], ['b', 2]]),
      MODERATE,
    );
    // Demand 2: its relevant talent ranks 11th; without labelled talents the top is still STRONG.
    const eleventh = [...Array.from({ length: 10 }, (_, i) => ({ code: `n${i}`, strength: WEAK })), { code: 'c', strength: MODERATE }];
    tally.add(eleventh, new Map([['c', 2]]), STRONG);
    expect(tally.result()).toEqual({ strongPrecision: 0.5, relevantAtLeastModerate: 0.333, falseStrongWhenNone: 0.5 });
  });

  it('reports 0, not a vacuous 1, when nothing is STRONG', () => {
    const tally = new CalibrationTally();
    tally.add([{ code: 'a', strength: MODERATE }], new Map([['a', 3]]));
    expect(tally.result().strongPrecision).toBe(0);
  });
});

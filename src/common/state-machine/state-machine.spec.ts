import { DomainError, ErrorCode } from '../errors/domain-error';
import { StateMachine } from './state-machine';

describe('StateMachine', () => {
  const machine = new StateMachine<'A' | 'B' | 'C', 'go' | 'back' | 'auto', 'USER' | 'SYSTEM'>('thing', ['A', 'B', 'C'], {
    go: { from: ['A'], to: 'B', by: ['USER'] },
    back: { from: ['B'], to: 'A', by: ['USER'] },
    auto: { from: ['A', 'B'], to: 'C', by: ['SYSTEM'] },
  });

  it('should refuse a table that names an unknown state', () => {
    expect(() => new StateMachine<'A' | 'B', 'x', 'U'>('bad', ['A'], { x: { from: ['A'], to: 'B', by: ['U'] } })).toThrow(/unknown state B/);
  });

  it('should list the states an actor can reach', () => {
    expect(machine.nextStates('A', ['USER'])).toEqual(['B']);
    expect(machine.nextStates('A', ['USER', 'SYSTEM'])).toEqual(['B', 'C']);
    expect(machine.nextStates('C', ['USER', 'SYSTEM'])).toEqual([]);
  });

  it('should name from, to and the allowed moves when a move is illegal', () => {
    try {
      machine.assertMove('back', 'A', ['USER']);
      throw new Error('expected a refusal');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const err = e as DomainError;
      expect(err.code).toBe(ErrorCode.INVALID_STATE_TRANSITION);
      expect(err.details).toEqual({ entity: 'thing', move: 'back', from: 'A', to: 'A', allowed: [{ move: 'go', to: 'B' }] });
    }
    expect(machine.assertMove('go', 'A', ['USER'])).toBe('B');
  });
});

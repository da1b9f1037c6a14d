import { DomainError, ErrorCode } from '../errors/domain-error';

/** One move of a lifecycle: the states it leaves from, the state it reaches, and who may make it. */
export interface Transition<S extends string, A extends string> {
  from: readonly S[];
  to: S;
  /** Actor kinds allowed to make the move; 'SYSTEM' moves are made by the platform only. */
  by: readonly A[];
}

/**
 * An explicit transition table. It is checked when built (every state named must be known), and
 * every move a service makes goes through `assertMove`, so the rules live here and nowhere else.
 */
export class StateMachine<S extends string, M extends string, A extends string> {
  constructor(
    readonly entity: string,
    readonly states: readonly S[],
    readonly moves: Readonly<Record<M, Transition<S, A>>>,
  ) {
    const known = new Set<string>(states);
    for (const [name, t] of Object.entries<Transition<S, A>>(moves)) {
      for (const s of [...t.from, t.to]) {
        if (!known.has(s)) throw new Error(`${entity} lifecycle: move ${name} names unknown state ${s}`);
      }
    }
  }

  /** The moves that leave `from`, optionally limited to those one of `actors` may make. */
  movesFrom(from: S, actors?: readonly A[]): M[] {
    return (Object.keys(this.moves) as M[]).filter((m) => {
      const t = this.moves[m];
      return t.from.includes(from) && (!actors || t.by.some((a) => actors.includes(a)));
    });
  }

  /** States reachable from `from` by moves one of `actors` may make. */
  nextStates(from: S, actors: readonly A[]): S[] {
    return [...new Set(this.movesFrom(from, actors).map((m) => this.moves[m].to))];
  }

  mayMake(move: M, actors: readonly A[]): boolean {
    return this.moves[move].by.some((a) => actors.includes(a));
  }

  /** Throws INVALID_STATE_TRANSITION naming from, to and the allowed moves; returns the target state. */
  assertMove(move: M, from: S, actors: readonly A[]): S {
    const t = this.moves[move];
    if (t.from.includes(from)) return t.to;
    const allowed = this.movesFrom(from, actors).map((m) => ({ move: m, to: this.moves[m].to }));
    const list = allowed.length ? allowed.map((a) => `${a.move} → ${a.to}`).join(', ') : 'none';
    throw new DomainError(
      ErrorCode.INVALID_STATE_TRANSITION,
      `Cannot ${move} a ${this.entity} that is ${from} (to ${t.to}); allowed from ${from}: ${list}`,
      { entity: this.entity, move, from, to: t.to, allowed },
    );
  }
}

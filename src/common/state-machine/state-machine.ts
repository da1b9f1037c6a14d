import { DomainError, ErrorCode } from '../errors/domain-error';
import { text } from '../i18n/text';

/** One move of a lifecycle: the states it leaves from, the state it reaches, and who may make it. */
export interface Transition<S extends string, A extends string> {
  from: readonly S[];
  to: S;
  /** Actor kinds allowed to make the move; 'SYSTEM' moves are made by the platform only. */
  by: readonly A[];
}

/** The Chinese of a lifecycle's words, for messages; codes stay in `extensions`. */
export interface LifecycleNames<S extends string, M extends string> {
  entity: string;
  states: Readonly<Record<S, string>>;
  moves: Readonly<Record<M, string>>;
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
    readonly names?: LifecycleNames<S, M>,
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
    const zhList = allowed.length ? allowed.map((a) => `${this.moveName(a.move)}（→ ${this.stateName(a.to)}）`).join('、') : '无';
    const message = text(
      `${this.names?.entity ?? this.entity}处于“${this.stateName(from)}”状态，不能${this.moveName(move)}；此状态下可执行：${zhList}`,
      `Cannot ${move} a ${this.entity} that is ${from} (to ${t.to}); allowed from ${from}: ${list}`,
    );
    throw new DomainError(ErrorCode.INVALID_STATE_TRANSITION, message, { entity: this.entity, move, from, to: t.to, allowed });
  }

  /** A state as people say it (the code when the table has no names). */
  stateName(state: S): string {
    return this.names?.states[state] ?? state;
  }

  moveName(move: M): string {
    return this.names?.moves[move] ?? move;
  }
}

import { Injectable } from '@nestjs/common';
import { chinaDay } from './china-dates';

/** The platform's notion of "now", injectable so deadlines and timers can be tested with a controlled clock. */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Today's date in China Standard Time (UTC+8) as YYYY-MM-DD: deadlines are calendar dates there. */
  today(): string {
    return chinaDay(this.now());
  }

  /** Shift the clock (tests and simulations only). */
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

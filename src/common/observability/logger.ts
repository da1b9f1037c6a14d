import { LoggerService } from '@nestjs/common';
import pino, { DestinationStream, Logger, Level } from 'pino';
import type { AppConfig } from '../../config/app-config';

/** The root pino logger's injection token. */
export const LOGGER = Symbol('LOGGER');

/** Wherever these keys appear in a logged object, their values are replaced (defence in depth: nothing logs bodies). */
const REDACT = ['password', 'token', 'authorization', 'cookie', 'contentBase64', 'variables'].flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

/**
 * The root JSON logger. Lines go to LOG_DESTINATION (a file) or standard output, written
 * synchronously so none is lost when the process exits; tests may pass their own stream.
 */
export function createLogger(config: Pick<AppConfig, 'logLevel' | 'logDestination'>, destination?: DestinationStream): Logger {
  return pino(
    { level: config.logLevel, timestamp: pino.stdTimeFunctions.isoTime, redact: { paths: REDACT, censor: '[redacted]' } },
    destination ?? pino.destination({ dest: config.logDestination ?? 1, sync: true, mkdir: true }),
  );
}

/** Nest's own messages (start-up, errors) as JSON lines of the same logger, with their context. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }

  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  // Nest passes the context last and, for errors, a stack trace before it.
  private write(level: Level, message: unknown, rest: unknown[]): void {
    const context = rest.length && typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const stack = level === 'error' && typeof rest[0] === 'string' ? rest[0] : undefined;
    if (message instanceof Error) this.logger[level]({ context, err: message }, message.message);
    else this.logger[level]({ context, stack }, typeof message === 'string' ? message : JSON.stringify(message));
  }
}

import { Writable } from 'node:stream';
import { createLogger, PinoNestLogger } from './logger';
import { requestId } from './request-id';

function captured() {
  const lines: Record<string, any>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { lines, logger: createLogger({ logLevel: 'debug' }, stream) };
}

describe('JSON logger', () => {
  it('should redact passwords, tokens and authorization wherever they are nested', () => {
    const { lines, logger } = captured();
    logger.info({ password: 'p1', input: { password: 'p2', token: 't1' }, a: { b: { authorization: 'Bearer x' } }, keep: 'ok' }, 'hello');
    expect(lines[0]).toMatchObject({ msg: 'hello', password: '[redacted]', input: { password: '[redacted]', token: '[redacted]' }, a: { b: { authorization: '[redacted]' } }, keep: 'ok' });
  });

  it("should write Nest's messages with their context and an error's stack", () => {
    const { lines, logger } = captured();
    const nest = new PinoNestLogger(logger);
    nest.log('started', 'Bootstrap');
    nest.error('boom', 'Error: boom\n    at x', 'GraphQLError');
    nest.warn({ some: 'object' });
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, msg: 'started', context: 'Bootstrap' }),
      expect.objectContaining({ level: 50, msg: 'boom', context: 'GraphQLError', stack: 'Error: boom\n    at x' }),
      expect.objectContaining({ level: 40, msg: '{"some":"object"}' }),
    ]);
  });
});

describe('request ids', () => {
  it('should keep a plain incoming id and replace an odd or missing one', () => {
    expect(requestId('abc-1.2:3_z')).toBe('abc-1.2:3_z');
    expect(requestId(['first', 'second'])).toBe('first');
    for (const odd of [undefined, '', 'with space', 'quote"', 'x'.repeat(129), 'line\nbreak']) expect(requestId(odd)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

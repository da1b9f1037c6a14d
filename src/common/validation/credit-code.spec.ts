import { creditCodeCheckChar, creditCodeProblem } from './credit-code';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  // Published codes of well-known companies.
  it.each(['91330000142916567N', '91440300708461136T'])('should accept %s', (code) => {
    expect(creditCodeProblem(code)).toBeNull();
  });

  it('should compute the check character', () => {
    expect(creditCodeCheckChar('91330000142916567')).toBe('N');
  });

  it('should name what is wrong', () => {
    expect(creditCodeProblem('91330000142916567X')).toEqual({ zh: '校验位错误（应为 N）', en: 'check digit is wrong (expected N)' });
    expect(creditCodeProblem('9133000014291656')?.en).toMatch(/18 characters/);
    expect(creditCodeProblem('9133000014291656')?.zh).toMatch(/18 位/);
    expect(creditCodeProblem('91330000I4291656XN')?.zh).toMatch(/不使用/);
  });
});

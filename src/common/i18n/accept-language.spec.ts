import { languageOf } from './accept-language';

describe('languageOf', () => {
  it.each([
    [undefined, 'zh'],
    ['', 'zh'],
    ['en', 'en'],
    ['EN-us', 'en'],
    ['en_US', 'en'],
    ['zh-Hans-CN, en;q=0.9', 'zh'],
    ['en-GB,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['en;q=0.9,zh;q=0.8', 'en'],
    ['zh;q=0.5, en;q=0.6', 'en'],
    ['fr, en;q=0.5', 'en'],
    ['fr, de', 'zh'],
    ['en;q=0', 'zh'],
    ['en;q=0.5, zh;q=0.5', 'zh'],
    ['*;q=0.5, zh;q=0.1', 'en'],
    ['*', 'zh'],
    ['en;q=abc', 'zh'],
    [['fr', 'en'], 'en'],
  ])('should read %p as %s', (header, lang) => {
    expect(languageOf(header as string | string[] | undefined)).toBe(lang);
  });
});

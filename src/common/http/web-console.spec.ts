import { pageHtml } from './web-console';

describe('index.html with the route’s chunks preloaded', () => {
  const index = '<html><head><title>揭榜</title></head><body></body></html>';
  const preloads = {
    '/': { js: ['/assets/DemandsPage.js'], css: [] },
    '/demands/:code': { js: ['/assets/DemandPage.js', '/assets/StrengthTag.js'], css: ['/assets/DemandPage.css'] },
  };

  it('should preload the chunks and stylesheets of the page a deep link opens', () => {
    expect(pageHtml(index, preloads, '/demands/JX-2022-001')).toBe(
      '<html><head><title>揭榜</title><link rel="stylesheet" href="/assets/DemandPage.css"><link rel="modulepreload" crossorigin href="/assets/DemandPage.js"><link rel="modulepreload" crossorigin href="/assets/StrengthTag.js"></head><body></body></html>',
    );
  });

  it('should match whole paths only, and leave pages without chunks as they are', () => {
    expect(pageHtml(index, preloads, '/')).toContain('DemandsPage.js');
    expect(pageHtml(index, preloads, '/demands')).toBe(index);
    expect(pageHtml(index, preloads, '/demands/A/B')).toBe(index);
  });
});

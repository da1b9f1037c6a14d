import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The API's own paths: everything else a browser asks for is a page of the console (/ledger is the
// 一企一台账 page; its downloads are /ledger/<id>.xlsx).
const API_PATHS = /^\/((graphql|templates|export|statistics\.xlsx|metrics|health)(\/|$|\?)|ledger\/)/;

/** The built console (vite build → dist/web): beside the compiled server, or dist/web when run from src (tests). */
export function consoleDir(): string | undefined {
  return [join(__dirname, '..', '..', 'web'), join(__dirname, '..', '..', '..', 'dist', 'web')].find((d) => existsSync(join(d, 'assets')));
}

type Preloads = Record<string, { js: string[]; css: string[] }>;

/**
 * index.html for one page, with the page's route chunks preloaded (route-preloads.json, written by the
 * console's build): the browser fetches them beside the entry instead of after running it.
 */
export function pageHtml(index: string, preloads: Preloads, path: string): string {
  const route = Object.keys(preloads).find((r) => new RegExp(`^${r.replace(/:[^/]+/g, '[^/]+')}/?$`).test(path));
  if (!route) return index;
  const { js, css } = preloads[route];
  const links = [...css.map((f) => `<link rel="stylesheet" href="${f}">`), ...js.map((f) => `<link rel="modulepreload" crossorigin href="${f}">`)];
  return index.replace('</head>', `${links.join('')}</head>`);
}

/**
 * Serves the web console from local files: hashed assets cached for a year, and index.html for any
 * other page a browser opens, so a deep link (/demands/JX-2022-001) reloads to the same view.
 */
export function webConsole(dir: string) {
  const assets = express.static(dir, { index: false, immutable: true, maxAge: '365d' });
  const index = readFileSync(join(dir, 'index.html'), 'utf8');
  const manifest = join(dir, 'route-preloads.json');
  const preloads: Preloads = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')) : {};
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
    if (req.path.startsWith('/assets/')) return assets(req, res, next);
    // Only a browser's page navigation (it asks for text/html) gets the console; a missing file or an API client gets 404.
    if (!req.headers.accept?.includes('text/html') || /\.[a-z0-9]+$/i.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(pageHtml(index, preloads, req.path));
  };
}

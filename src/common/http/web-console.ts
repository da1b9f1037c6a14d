import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// The API's own paths: everything else a browser asks for is a page of the console.
const API_PATHS = /^\/(graphql|templates|export|statistics\.xlsx|ledger|metrics|health)(\/|$|\?)/;

/** The built console (vite build → dist/web): beside the compiled server, or dist/web when run from src (tests). */
export function consoleDir(): string | undefined {
  return [join(__dirname, '..', '..', 'web'), join(__dirname, '..', '..', '..', 'dist', 'web')].find((d) => existsSync(join(d, 'assets')));
}

/**
 * Serves the web console from local files: hashed assets cached for a year, and index.html for any
 * other page a browser opens, so a deep link (/demands/JX-2022-001) reloads to the same view.
 */
export function webConsole(dir: string) {
  const assets = express.static(dir, { index: false, immutable: true, maxAge: '365d' });
  const index = join(dir, 'index.html');
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
    if (req.path.startsWith('/assets/')) return assets(req, res, next);
    // Only a browser's page navigation (it asks for text/html) gets the console; a missing file or an API client gets 404.
    if (!req.headers.accept?.includes('text/html') || /\.[a-z0-9]+$/i.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  };
}

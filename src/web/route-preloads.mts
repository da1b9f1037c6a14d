import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Writes route-preloads.json beside index.html: for each route of src/router.ts, the page's chunk and
 * every chunk and stylesheet it imports. The server adds them to index.html as <link rel="modulepreload">
 * for the page a browser opens, so the route's code downloads with the entry instead of after it.
 */
export function routePreloads(root: string): Plugin {
  return {
    name: 'jiebang-route-preloads',
    apply: 'build',
    generateBundle(_options, bundle) {
      // Routes are declared one per line as `{ path: '/x', component: () => import('./pages/X.vue') …`.
      const source = readFileSync(resolve(root, 'src/router.ts'), 'utf8');
      const routes = [...source.matchAll(/path: '([^']+)', component: \(\) => import\('\.\/(pages\/\w+\.vue)'\)/g)].map(([, path, page]) => ({ path, page: resolve(root, 'src', page) }));
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const closure = (file: string, seen = new Set<string>()): Set<string> => {
        if (seen.has(file)) return seen;
        seen.add(file);
        for (const dep of byFile.get(file)?.imports ?? []) closure(dep, seen);
        return seen;
      };
      const preloads: Record<string, { js: string[]; css: string[] }> = {};
      for (const { path, page } of routes) {
        const chunk = chunks.find((c) => c.facadeModuleId === page);
        if (!chunk || path.includes('(.*)')) continue;
        const files = [...closure(chunk.fileName)].filter((f) => !byFile.get(f)?.isEntry);
        const css = files.flatMap((f) => [...(byFile.get(f)?.viteMetadata?.importedCss ?? [])]);
        preloads[path] = { js: files.map((f) => `/${f}`), css: css.map((f) => `/${f}`) };
      }
      this.emitFile({ type: 'asset', fileName: 'route-preloads.json', source: JSON.stringify(preloads, null, 1) });
    },
  };
}

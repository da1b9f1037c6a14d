import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { routePreloads } from './route-preloads.mts';

// Element Plus is imported whole (its main chunk is about 1 MB minified, 0.33 MB gzipped).
// The console is built into dist/web and served by the app itself (no CDN: bureaus' intranets reach none).
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [vue(), routePreloads(root)],
  build: { outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)), emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: { proxy: { '/graphql': { target: 'http://localhost:3000', ws: true }, '/statistics.xlsx': 'http://localhost:3000', '/templates': 'http://localhost:3000', '/export': 'http://localhost:3000' } },
  test: { environment: 'jsdom', include: ['src/**/*.test.ts'] },
});

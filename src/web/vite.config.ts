// Builds the web app (Preact, no React plugin: esbuild compiles the JSX) into dist/web, which `onrecord serve` serves.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./'),
  publicDir: here('./public'),
  base: '/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    // The polyfill would be the only inline-looking script; modern browsers need none, and the CSP allows none.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    target: 'es2022',
    chunkSizeWarningLimit: 1024,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});

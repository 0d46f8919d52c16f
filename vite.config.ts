/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { fontPreload } from './tools/fontPreload.ts';
import { offlineServiceWorker } from './tools/offlineServiceWorker.ts';
import { startupChunk } from './tools/startupChunk.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The built app allows nothing but its own origin: no inline or eval scripts, no requests elsewhere.
 * Only in the build, because the dev server injects inline styles and a websocket client.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // The workbook library zips a sheet over 160 KB (a 1,000-row matrix) in a worker it makes from a blob:
  // the app's own code, never another origin's. Without this, Export XLSX of a large matrix never finished.
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  base: './',
  // The Latin file of the app's font (src/app/fonts.css): every board shows Latin text at once.
  plugins: [react(), contentSecurityPolicyMeta(), fontPreload('noto-sans-latin-wght-normal.woff2'), offlineServiceWorker()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the es2022 target reaches preloads modules itself; the polyfill would be start-up script for none.
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { manualChunks: startupChunk(new URL('./src/main.tsx', import.meta.url)) } },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Room for the 10 s waits of tests/setup.ts when the machine is busy; a hung test still fails.
    testTimeout: 30_000,
    // Every core: vitest's own default leaves one idle, which on a 2-core machine halves the speed.
    maxWorkers: '100%',
  },
});

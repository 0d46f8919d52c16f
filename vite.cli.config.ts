import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const { version, dependencies } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};

/**
 * The command line as plain JavaScript for Node (`npm run build:cli`, and `npm pack` through prepack):
 * an SSR build that bundles everything it imports except Node's built-ins and the package's runtime
 * `dependencies` (jsPDF and the hyphenation patterns, loaded only by `charter`), so an install needs neither the
 * TypeScript tooling nor any other dev dependency.
 */
export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(version) },
  publicDir: false,
  ssr: { noExternal: true, external: Object.keys(dependencies) },
  build: {
    ssr: 'src/cli/bin.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    rolldownOptions: {
      output: {
        entryFileNames: 'raci-workshop.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : ''),
      },
    },
  },
});

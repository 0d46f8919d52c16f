import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './tools/eslint-layer-rule.js';

/**
 * Architecture (the README, "Project layout") as allow-lists: each layer of src/ names the src/ folders and the packages
 * it may import, and any other import fails lint (and so the test command). That is how imports flow
 * app -> features -> store -> format -> domain:
 *   domain/    nothing (the bottom layer, pure TypeScript)
 *   format/    domain/ only
 *   store/     format/, domain/ and zustand
 *   charter/   domain/ and jsPDF (the PDF, drawn the same in a browser, a worker and Node)
 *   ui/        domain/ and React, react-dom for portals (a presentational kit: no state, no features)
 *   features/  their own folder (never each other), store/, format/, domain/, ui/, charter/, React, dnd-kit, fonts
 *   app/       everything below it, React and react-dom; src/main.tsx starts app/
 *   cli/       domain/, format/, charter/ and Node built-ins (a second shell beside app/)
 * A folder of src/ that is not listed may import nothing until it gets its own entry. Node built-ins are for cli/
 * only; tools/, bench/ and tests/ sit outside src/ and are not layered. domain/, format/ and charter/ also may not
 * touch the DOM, not even through globalThis or self.
 */
const sourceRoot = fileURLToPath(new URL('./src', import.meta.url));

const layers = [
  { files: ['src/**'], folders: [], packages: [], why: 'This folder is no layer yet: give it an allow-list in eslint.config.js.' },
  { files: ['src/domain/**'], home: 'domain', folders: [], packages: [], why: 'domain/ is the bottom layer: pure TypeScript that runs anywhere.' },
  { files: ['src/format/**'], home: 'format', folders: ['domain'], packages: ['papaparse'], why: 'format/ is the file codec, pure TypeScript on domain/ (and Papa Parse for CSV).' },
  { files: ['src/store/**'], home: 'store', folders: ['format', 'domain'], packages: ['zustand'], why: 'store/ holds state: no components, no PDF, no command line.' },
  { files: ['src/charter/**'], home: 'charter', folders: ['domain'], packages: ['jspdf', 'hyphen'], why: 'charter/ draws the PDF from domain data alone.' },
  { files: ['src/ui/**'], home: 'ui', folders: ['domain'], packages: ['react', 'react-dom'], why: 'ui/ is a presentational kit: props in, events out.' },
  {
    files: ['src/features/**'],
    home: 'features/*',
    folders: ['store', 'format', 'domain', 'ui', 'charter'],
    packages: ['react', '@dnd-kit/core', '@expo-google-fonts/noto-sans', 'write-excel-file', 'read-excel-file', 'fflate'],
    why: 'Features never import each other or app/: move shared parts to ui/ or domain/.',
  },
  {
    files: ['src/app/**'],
    home: 'app',
    folders: ['features', 'store', 'format', 'domain', 'ui', 'charter'],
    packages: ['react', 'react-dom'],
    why: 'app/ puts the features together; the command line is a separate shell.',
  },
  { files: ['src/main.tsx'], folders: ['app'], packages: ['react', 'react-dom'], why: 'The entry only starts app/.' },
  {
    files: ['src/cli/**'],
    home: 'cli',
    folders: ['domain', 'format', 'charter'],
    packages: ['tinyglobby'],
    nodeBuiltins: true,
    why: 'cli/ runs on Node beside app/: the same codec, checks and charter, no browser state or UI.',
  },
];

// globalThis and self are refused outright, since `globalThis.localStorage` would slip past a list of names.
const browserGlobals = ['window', 'self', 'globalThis', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'location', 'HTMLElement', 'Blob', 'URL', 'fetch', 'XMLHttpRequest', 'Worker'];
const nodeGlobals = ['process', 'Buffer'];
const pureGlobals = (layer) => [
  ...browserGlobals.map((name) => ({
    name,
    message: name === 'globalThis' || name === 'self'
      ? `${layer} is pure TypeScript: name a global itself, so the list of DOM and browser APIs can refuse it.`
      : `${layer} is pure TypeScript: no DOM or browser APIs.`,
  })),
  ...nodeGlobals.map((name) => ({ name, message: `${layer} is pure TypeScript: Node is for cli/ only.` })),
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.ci/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { plugins: { layers: layersPlugin } },
  ...layers.map(({ files, ...allowList }) => ({
    files,
    rules: { 'layers/allowed-imports': ['error', { sourceRoot, ...allowList }] },
  })),
  // Every browser test runs under the shared watch (tests/browser/fixtures.ts): no request elsewhere, no CSP
  // violation, no console error.
  {
    files: ['tests/browser/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: '@playwright/test', importNames: ['test', 'expect'], message: 'Import test and expect from ./fixtures, which watches requests, CSP and the console.' }] }],
    },
  },
  ...['domain', 'format', 'charter'].map((folder) => ({
    files: [`src/${folder}/**`],
    rules: { 'no-restricted-globals': ['error', ...pureGlobals(`${folder}/`)] },
  })),
);

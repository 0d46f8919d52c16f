import tseslint from 'typescript-eslint';

/**
 * Architecture (DESIGN.md section 7): imports flow app -> features -> store -> domain; format depends on
 * domain only; domain and format stay free of React, zustand, dnd-kit, jspdf and the DOM; features never
 * import each other; charter/ (the PDF) uses domain and jsPDF only; cli/ (Node) uses domain, format and charter. These rules fail the test command when that breaks.
 */
const frameworks = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', '@dnd-kit/*', 'jspdf', 'jspdf-autotable'];
const domGlobals = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'HTMLElement', 'Blob', 'URL', 'fetch']
  .map((name) => ({ name, message: 'domain/ and format/ are pure: no DOM or browser APIs.' }));

const layer = (message, ...regexes) => regexes.map((regex) => ({ regex, message }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.ci/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [],
        patterns: [
          { group: frameworks, message: 'domain/ is pure TypeScript: no React, zustand, dnd-kit or jspdf.' },
          ...layer('domain/ is the bottom layer: it imports nothing above it.', '(^|/)(store|format|features|app|ui)(/|$)'),
        ],
      }],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['src/format/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: frameworks, message: 'format/ is pure TypeScript: no React, zustand, dnd-kit or jspdf.' },
          ...layer('format/ depends on domain/ only.', '(^|/)(store|features|app|ui)(/|$)'),
        ],
      }],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['src/store/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-dom', '@dnd-kit/*', 'jspdf', 'jspdf-autotable'], message: 'store/ holds state, not components.' },
          ...layer('store/ sits below features/ and app/.', '(^|/)(features|app|ui)(/|$)'),
        ],
      }],
    },
  },
  {
    // The PDF charter is built from domain data with jsPDF, the same in a browser, a worker and Node.
    files: ['src/charter/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', '@dnd-kit/*'], message: 'charter/ is pure TypeScript on jsPDF: no React, zustand or dnd-kit.' },
          ...layer('charter/ depends on domain/ (and jsPDF) only.', '(^|/)(store|format|features|app|ui|cli)(/|$)'),
        ],
      }],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    // The command line is a second shell beside app/: the same codec and checks, no browser state or UI.
    files: ['src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: frameworks, message: 'cli/ runs in Node: no React, zustand or dnd-kit.' },
          ...layer('cli/ uses domain/, format/ and charter/ only.', '(^|/)(store|features|app|ui)(/|$)'),
        ],
      }],
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: layer('ui/ is a presentational kit: props in, events out.', '(^|/)(store|features|app)(/|$)'),
      }],
    },
  },
  {
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...layer('features/ never import app/.', '(^|/)app(/|$)'),
          // From src/features/<name>/file.ts, "../<other>" reaches a sibling feature.
          ...layer('Features never import each other: move shared parts to ui/ or domain/.', '^\\.\\./(?!\\.\\.)', '(^|/)features/'),
        ],
      }],
    },
  },
);

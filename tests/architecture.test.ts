import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rules in eslint.config.js are what keeps the layers apart; these cases prove they bite.
const eslint = new ESLint({ cwd: process.cwd() });
const layerRules = ['layers/allowed-imports', 'no-restricted-globals'];

async function layerMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && layerRules.includes(m.ruleId)).map((m) => m.message);
}

/** One import and a use of it, so nothing but the import itself can draw a message. */
const importing = (specifier: string) => `import * as imported from '${specifier}';\nexport const x = imported;\n`;

describe('import directions', () => {
  it.each([
    // domain/: nothing but itself
    ['src/domain/bad.ts', importing('zustand')],
    ['src/domain/bad.ts', importing('react')],
    ['src/domain/bad.ts', importing('jspdf')],
    ['src/domain/bad.ts', importing('../store/documentStore')],
    ['src/domain/bad.ts', importing('../format/parseWorkshopFile')],
    ['src/domain/bad.ts', importing('../charter/renderCharterPdf')],
    ['src/domain/bad.ts', importing('node:fs')],
    ['src/domain/bad.ts', importing('path')],
    ['src/domain/bad.ts', importing('../../tests/setup')],
    ['src/domain/bad.ts', "export { useDocumentStore } from '../store/documentStore';\n"],
    ['src/domain/bad.ts', "export type Store = typeof import('../store/documentStore');\n"],
    ['src/domain/checks/bad.ts', "import type { Phase } from '../../features/charter/ExportPdfDialog';\nexport type X = Phase;\n"],
    ['src/domain/bad.ts', 'export const x = () => window.innerWidth;\n'],
    ['src/domain/bad.ts', 'export const x = () => globalThis.localStorage.getItem("k");\n'],
    ['src/domain/bad.ts', 'export const x = () => self.localStorage.getItem("k");\n'],
    ['src/domain/bad.ts', 'export const x = () => process.env.LANG;\n'],
    // format/: domain/ only
    ['src/format/bad.ts', importing('zod/mini')],
    ['src/format/bad.ts', importing('../store/documentStore')],
    ['src/format/bad.ts', importing('../charter/renderCharterPdf')],
    ['src/format/bad.ts', importing('@dnd-kit/core')],
    ['src/format/bad.ts', 'export const x = () => localStorage.getItem("k");\n'],
    ['src/format/bad.ts', 'export const x = () => globalThis.localStorage.getItem("k");\n'],
    ['src/format/bad.ts', 'export const x = () => globalThis.window.name;\n'],
    // store/: format/, domain/ and zustand
    ['src/store/bad.ts', importing('../features/board/Board')],
    ['src/store/bad.ts', importing('../app/App')],
    ['src/store/bad.ts', importing('../cli/main')],
    ['src/store/bad.ts', importing('../charter/renderCharterPdf')],
    ['src/store/bad.ts', importing('jspdf')],
    ['src/store/bad.ts', importing('react')],
    // ui/: domain/ and React
    ['src/ui/bad.ts', importing('../store/sessionStore')],
    ['src/ui/bad.ts', importing('../features/board/Board')],
    ['src/ui/bad.ts', importing('zustand')],
    // features/: their own folder and the layers below, never each other
    ['src/features/board/bad.ts', importing('../checks/CheckPanel')],
    ['src/features/board/bad.ts', "export const load = () => import('../checks/CheckPanel');\n"],
    ['src/features/board/bad.ts', importing('../../app/App')],
    ['src/features/board/bad.ts', importing('../../cli/main')],
    ['src/features/board/bad.ts', importing('node:fs')],
    // charter/: domain/ and jsPDF
    ['src/charter/bad.ts', importing('../store/documentStore')],
    ['src/charter/bad.ts', importing('../format/parseWorkshopFile')],
    ['src/charter/bad.ts', importing('../cli/main')],
    ['src/charter/bad.ts', importing('react')],
    ['src/charter/bad.ts', 'export const x = () => document.title;\n'],
    ['src/charter/bad.ts', 'export const x = () => globalThis.document.title;\n'],
    // cli/: domain/, format/, charter/ and Node
    ['src/cli/bad.ts', importing('../store/documentStore')],
    ['src/cli/bad.ts', importing('../features/board/Board')],
    ['src/cli/bad.ts', importing('../app/App')],
    ['src/cli/bad.ts', importing('../ui/Dialog')],
    ['src/cli/bad.ts', importing('react')],
    // app/: everything below it, not the command line or Node
    ['src/app/bad.ts', importing('../cli/main')],
    ['src/app/bad.ts', importing('node:fs')],
    ['src/app/bad.ts', importing('@dnd-kit/core')],
    ['src/main.tsx', importing('./store/documentStore')],
    // a folder without an allow-list
    ['src/misc/bad.ts', importing('../domain/model')],
  ])('refuses %s: %s', async (filePath, code) => {
    expect(await layerMessages(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['src/domain/ok.ts', importing('./model')],
    ['src/domain/checks/ok.ts', importing('../roleSchemes')],
    ['src/domain/ok.ts', 'export const x = () => structuredClone({ a: 1 });\n'],
    ['src/format/ok.ts', importing('../domain/roleSchemes')],
    ['src/format/ok.ts', importing('./shapes')],
    ['src/store/ok.ts', "import { create } from 'zustand';\nimport { parseWorkshopFile } from '../format/parseWorkshopFile';\nexport const x = [create, parseWorkshopFile];\n"],
    ['src/ui/ok.ts', "import { useId } from 'react';\nimport type { Role } from '../domain/model';\nexport const x = useId;\nexport type Y = Role;\n"],
    ['src/features/board/ok.ts', "import { useDocumentStore } from '../../store/documentStore';\nimport { assign } from '../../domain/assignmentEdits';\nimport { Dialog } from '../../ui/Dialog';\nexport const x = [useDocumentStore, assign, Dialog];\n"],
    ['src/features/board/ok.ts', importing('./dropOutcome')],
    ['src/features/board/ok.ts', importing('@dnd-kit/core')],
    ['src/features/charter/ok.ts', importing('../../charter/renderCharterPdf')],
    ['src/features/charter/ok.ts', importing('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url')],
    ['src/app/ok.ts', importing('../features/board/Board')],
    ['src/app/ok.ts', "export const load = () => import('../features/library/WorkshopsDialog');\n"],
    ['src/main.tsx', "import { createRoot } from 'react-dom/client';\nimport { App } from './app/App';\nexport const x = [createRoot, App];\n"],
    ['src/charter/ok.ts', "import { jsPDF } from 'jspdf';\nimport { checkDocument } from '../domain/checks/checkDocument';\nexport const x = [jsPDF, checkDocument];\n"],
    ['src/cli/ok.ts', "import { readFile } from 'node:fs/promises';\nimport { checkDocument } from '../domain/checks/checkDocument';\nimport { parseWorkshopFile } from '../format/parseWorkshopFile';\nimport { renderCharterPdf } from '../charter/renderCharterPdf';\nexport const x = [readFile, checkDocument, parseWorkshopFile, renderCharterPdf];\n"],
    // Outside src/ nothing is layered.
    ['tests/ok.ts', "import { readFileSync } from 'node:fs';\nimport { App } from '../src/app/App';\nexport const x = [readFileSync, App];\n"],
  ])('allows %s: %s', async (filePath, code) => {
    expect(await layerMessages(filePath, code)).toEqual([]);
  });

  it('says what the layer may import instead', async () => {
    expect(await layerMessages('src/features/board/bad.ts', importing('../checks/CheckPanel'))).toEqual([
      'features/board/ may not import features/checks/ ("../checks/CheckPanel"): it may import only features/board/, store/, format/, domain/, ui/, charter/ and the packages react, @dnd-kit/core, @expo-google-fonts/noto-sans, write-excel-file, read-excel-file, fflate. Features never import each other or app/: move shared parts to ui/ or domain/.',
    ]);
    expect(await layerMessages('src/domain/bad.ts', importing('node:fs'))).toEqual([
      'domain/ may not import the Node built-in "node:fs": it may import only domain/. domain/ is the bottom layer: pure TypeScript that runs anywhere.',
    ]);
  });
});

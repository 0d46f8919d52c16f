import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rules in eslint.config.js are what keeps the layers apart; these cases prove they bite.
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('import directions', () => {
  it.each([
    ['src/domain/bad.ts', "import { create } from 'zustand';\nexport const x = create;\n"],
    ['src/domain/bad.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['src/domain/bad.ts', "import { useDocumentStore } from '../store/documentStore';\nexport const x = useDocumentStore;\n"],
    ['src/domain/bad.ts', "import { parseWorkshopFile } from '../format/parseWorkshopFile';\nexport const x = parseWorkshopFile;\n"],
    ['src/domain/bad.ts', 'export const x = () => window.innerWidth;\n'],
    ['src/format/bad.ts', "import { useDocumentStore } from '../store/documentStore';\nexport const x = useDocumentStore;\n"],
    ['src/format/bad.ts', 'export const x = () => localStorage.getItem("k");\n'],
    ['src/format/bad.ts', "import { useDraggable } from '@dnd-kit/core';\nexport const x = useDraggable;\n"],
    ['src/store/bad.ts', "import { Board } from '../features/board/Board';\nexport const x = Board;\n"],
    ['src/store/bad.ts', "import { App } from '../app/App';\nexport const x = App;\n"],
    ['src/ui/bad.ts', "import { useSessionStore } from '../store/sessionStore';\nexport const x = useSessionStore;\n"],
    ['src/features/board/bad.ts', "import { CheckPanel } from '../checks/CheckPanel';\nexport const x = CheckPanel;\n"],
    ['src/features/board/bad.ts', "import { App } from '../../app/App';\nexport const x = App;\n"],
    ['src/cli/bad.ts', "import { useDocumentStore } from '../store/documentStore';\nexport const x = useDocumentStore;\n"],
    ['src/cli/bad.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['src/charter/bad.ts', "import { useDocumentStore } from '../store/documentStore';\nexport const x = useDocumentStore;\n"],
    ['src/charter/bad.ts', 'export const x = () => document.title;\n'],
    ['src/domain/bad.ts', "import { jsPDF } from 'jspdf';\nexport const x = jsPDF;\n"],
  ])('refuses %s: %s', async (filePath, code) => {
    expect(await restrictedMessages(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['src/features/board/ok.ts', "import { useDocumentStore } from '../../store/documentStore';\nimport { assign } from '../../domain/assignmentEdits';\nimport { Dialog } from '../../ui/Dialog';\nexport const x = [useDocumentStore, assign, Dialog];\n"],
    ['src/features/board/ok.ts', "import { dropOutcome } from './dropOutcome';\nexport const x = dropOutcome;\n"],
    ['src/format/ok.ts', "import { roleSchemes } from '../domain/roleSchemes';\nexport const x = roleSchemes;\n"],
    ['src/store/ok.ts', "import { create } from 'zustand';\nimport { parseWorkshopFile } from '../format/parseWorkshopFile';\nexport const x = [create, parseWorkshopFile];\n"],
    ['src/app/ok.ts', "import { Board } from '../features/board/Board';\nexport const x = Board;\n"],
    ['src/charter/ok.ts', "import { jsPDF } from 'jspdf';\nimport { checkDocument } from '../domain/checks/checkDocument';\nexport const x = [jsPDF, checkDocument];\n"],
    ['src/cli/ok.ts', "import { readFile } from 'node:fs/promises';\nimport { checkDocument } from '../domain/checks/checkDocument';\nimport { parseWorkshopFile } from '../format/parseWorkshopFile';\nexport const x = [readFile, checkDocument, parseWorkshopFile];\n"],
  ])('allows %s: %s', async (filePath, code) => {
    expect(await restrictedMessages(filePath, code)).toEqual([]);
  });
});

import { create } from 'zustand';
import type { ChangeChoice, RowChanges } from '../domain/compare/rowChanges';
import type { RaciDocument } from '../domain/model';

/**
 * A returned file laid over the open workshop, never saved. The changes are worked out afresh from the open
 * document (features/compare), so an edit made meanwhile is compared too; each choice is kept by the change's id.
 */
export interface CompareSession {
  /** What the file is called, as a noun phrase: "“legal.raci.json”". */
  readonly source: string;
  readonly other: RaciDocument;
  readonly choices: Readonly<Record<string, Exclude<ChangeChoice, 'pending'>>>;
}

interface CompareState {
  readonly session: CompareSession | undefined;
  /**
   * The board's marks, row by row, kept here by the comparison itself: the board only reads them, so the
   * diff stays out of the start-up script.
   */
  readonly rowMarks: ReadonlyMap<string, RowChanges>;
}

const noMarks: ReadonlyMap<string, RowChanges> = new Map();

export const useCompareSession = create<CompareState>()(() => ({ session: undefined, rowMarks: noMarks }));

export function startComparing(source: string, other: RaciDocument): void {
  useCompareSession.setState({ session: { source, other, choices: {} }, rowMarks: noMarks });
}

export function stopComparing(): void {
  useCompareSession.setState({ session: undefined, rowMarks: noMarks });
}

export function setChoices(choices: CompareSession['choices']): void {
  const { session } = useCompareSession.getState();
  if (session) useCompareSession.setState({ session: { ...session, choices } });
}

export function setRowMarks(rowMarks: ReadonlyMap<string, RowChanges>): void {
  useCompareSession.setState({ rowMarks });
}

export const choiceIn = (session: CompareSession | undefined, id: string): ChangeChoice => session?.choices[id] ?? 'pending';

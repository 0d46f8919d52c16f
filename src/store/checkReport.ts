import { checkMatrix, checkScopes, judgeReport, type CheckedMatrix, type CheckReport, type CheckScope } from '../domain/checks/checkDocument';
import { findingLabels, type FindingLabels } from '../domain/checks/findingLabels';
import type { MatrixIndex } from '../domain/checks/matrixIndex';
import type { RaciDocument } from '../domain/model';
import { browserPreference, isRecord } from './browserPreference';
import { useDocumentStore, type DocumentState } from './documentStore';
import { useLibraryStore } from './workshopLibrary';

// Documents are immutable, so a report per document object is always right; undo brings back the very
// object, and with it the report, without checking again. A new version is checked from the last one
// checked, which is nearly always its predecessor: a drop reads one row again, not the whole matrix.
const checked = new WeakMap<RaciDocument, CheckedMatrix>();
const judged = new WeakMap<CheckReport, CheckReport>();
const labels = new WeakMap<CheckReport, FindingLabels>();
let lastChecked: CheckedMatrix | undefined;

function cached<K extends object, V>(made: WeakMap<K, V>, key: K, make: (key: K) => V): V {
  let value = made.get(key);
  if (value === undefined) made.set(key, (value = make(key)));
  return value;
}

const checkedOf = (doc: RaciDocument): CheckedMatrix => cached(checked, doc, () => (lastChecked = checkMatrix(doc, lastChecked)));

export const reportOf = (doc: RaciDocument): CheckReport => checkedOf(doc).report;

/**
 * Who holds which role where (the board's lanes, the matrix view's cells), from the checks. A row keeps its
 * objects until an edit touches it (or the departments change), so a memoised row re-renders only then.
 */
export const selectIndex = (state: DocumentState): MatrixIndex => checkedOf(state.history.present).index;

/** The text alternatives of the marks of a report, made once however many views show them. */
export const labelsOf = (report: CheckReport): FindingLabels => cached(labels, report, findingLabels);

/** Every rule over every row: what the charter and the command line judge. */
export const selectReport = (state: DocumentState): CheckReport => reportOf(state.history.present);

function judgedReportOf(doc: RaciDocument, scope: CheckScope): CheckReport {
  const report = reportOf(doc);
  return scope === 'everything' ? report : cached(judged, report, (r) => judgeReport(r, scope));
}

/** How much each workshop's checks judge on screen, by workshop id; a choice of this browser. */
export const checkScopeChoice = browserPreference<Readonly<Record<string, CheckScope>>>('raci-workshop/check-scope', {}, (stored) =>
  isRecord(stored) ? (Object.fromEntries(Object.entries(stored).filter(([, s]) => checkScopes.some((c) => c === s))) as Record<string, CheckScope>) : undefined,
);

/** A workshop starts under way: its empty rows are work to do, not faults. */
export function useCheckScope(): CheckScope {
  const workshopId = useLibraryStore((s) => s.activeId);
  return checkScopeChoice.useValue((s) => (workshopId === undefined ? undefined : s.value[workshopId])) ?? 'under-way';
}

export function chooseCheckScope(scope: CheckScope): void {
  const workshopId = useLibraryStore.getState().activeId;
  if (workshopId !== undefined) checkScopeChoice.set({ ...checkScopeChoice.get(), [workshopId]: scope });
}

/** The report the board, the matrix and the panel show: judged as the workshop's scope says. */
export function useJudgedReport(): CheckReport {
  const scope = useCheckScope();
  return useDocumentStore((s) => judgedReportOf(s.history.present, scope));
}

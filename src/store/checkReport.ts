import { checkMatrix, checkScopes, judgeReport, type CheckedMatrix, type CheckReport, type CheckScope } from '../domain/checks/checkDocument';
import { findingLabels, type FindingLabels } from '../domain/checks/findingLabels';
import type { RaciDocument } from '../domain/model';
import { browserPreference, isRecord } from './browserPreference';
import { useDocumentStore, type DocumentState } from './documentStore';
import { useLibraryStore } from './workshopLibrary';

// Documents are immutable, so a report per document object is always right; undo brings back the very
// object, and with it the report, without checking again. A new version is checked from the last one
// checked, which is nearly always its predecessor: a drop reads one row again, not the whole matrix.
const reports = new WeakMap<RaciDocument, CheckReport>();
const judged = new WeakMap<CheckReport, CheckReport>();
const labels = new WeakMap<CheckReport, FindingLabels>();
let lastChecked: CheckedMatrix | undefined;

export function reportOf(doc: RaciDocument): CheckReport {
  let report = reports.get(doc);
  if (!report) {
    lastChecked = checkMatrix(doc, lastChecked);
    report = lastChecked.report;
    reports.set(doc, report);
  }
  return report;
}

/** The text alternatives of the marks of a report, made once however many views show them. */
export function labelsOf(report: CheckReport): FindingLabels {
  let made = labels.get(report);
  if (!made) {
    made = findingLabels(report);
    labels.set(report, made);
  }
  return made;
}

/** Every rule over every row: what the charter and the command line judge. */
export const selectReport = (state: DocumentState): CheckReport => reportOf(state.history.present);

function judgedReportOf(doc: RaciDocument, scope: CheckScope): CheckReport {
  const report = reportOf(doc);
  if (scope === 'everything') return report;
  let under = judged.get(report);
  if (!under) {
    under = judgeReport(report, scope);
    judged.set(report, under);
  }
  return under;
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

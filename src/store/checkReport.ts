import { checkDocument, type CheckReport } from '../domain/checks/checkDocument';
import type { RaciDocument } from '../domain/model';
import type { DocumentState } from './documentStore';

// Documents are immutable, so a report per document object is always right; undo brings back the very
// object, and with it the report, without checking again.
const reports = new WeakMap<RaciDocument, CheckReport>();

export function reportOf(doc: RaciDocument): CheckReport {
  let report = reports.get(doc);
  if (!report) {
    report = checkDocument(doc);
    reports.set(doc, report);
  }
  return report;
}

export const selectReport = (state: DocumentState): CheckReport => reportOf(state.history.present);

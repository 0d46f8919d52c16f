import type { RaciDocument, WorkshopInfo } from './model';

export function renameWorkshop(doc: RaciDocument, title: string): RaciDocument {
  const trimmed = title.trim();
  if (trimmed === '' || trimmed === doc.title) return doc;
  return { ...doc, title: trimmed };
}

/** The cover facts of the charter: trimmed, participants without blank names; unchanged gives the same doc. */
export function setWorkshopInfo(doc: RaciDocument, info: WorkshopInfo): RaciDocument {
  const next: WorkshopInfo = {
    organization: info.organization.trim(),
    date: info.date.trim(),
    facilitator: info.facilitator.trim(),
    participants: info.participants.map((p) => p.trim()).filter((p) => p !== ''),
  };
  return JSON.stringify(next) === JSON.stringify(doc.workshop) ? doc : { ...doc, workshop: next };
}

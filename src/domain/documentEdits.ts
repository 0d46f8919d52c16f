import type { RaciDocument } from './model';

export function renameWorkshop(doc: RaciDocument, title: string): RaciDocument {
  const trimmed = title.trim();
  if (trimmed === '' || trimmed === doc.title) return doc;
  return { ...doc, title: trimmed };
}

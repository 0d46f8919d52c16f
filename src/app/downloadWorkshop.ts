import { serializeWorkshop } from '../format/serializeWorkshop';
import { currentDocument } from '../store/documentStore';
import { downloadFile, safeFileName } from '../ui/downloadFile';

/** The escape hatch when saving in the browser fails: the open matrix as a `.raci.json` download. */
export function downloadCurrentWorkshop(): void {
  const doc = currentDocument();
  const text = serializeWorkshop(doc, { savedAt: new Date().toISOString(), appVersion: __APP_VERSION__ });
  downloadFile(safeFileName(doc.title, '.raci.json'), text);
}

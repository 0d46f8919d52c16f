import { lazy, Suspense, useEffect } from 'react';
import { useSessionStore } from '../store/sessionStore';

// Loaded when first opened, so they cost nothing at start-up; fetched soon after start, so the first
// click does not wait either.
const loaders = {
  'new-workshop': () => import('./NewWorkshopDialog').then((m) => ({ default: m.NewWorkshopDialog })),
  workshops: () => import('../features/library/WorkshopsDialog').then((m) => ({ default: m.WorkshopsDialog })),
  share: () => import('../features/library/ShareDialog').then((m) => ({ default: m.ShareDialog })),
  'check-settings': () => import('../features/checks/CheckSettingsDialog').then((m) => ({ default: m.CheckSettingsDialog })),
  'role-scheme': () => import('../features/schemes/RoleSchemeDialog').then((m) => ({ default: m.RoleSchemeDialog })),
  charter: () => import('../features/charter/CharterDialog').then((m) => ({ default: m.CharterDialog })),
  shortcuts: () => import('./ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })),
  agenda: () => import('../features/presenter/AgendaDialog').then((m) => ({ default: m.AgendaDialog })),
  'export-pdf': () => import('../features/charter/ExportPdfDialog').then((m) => ({ default: m.ExportPdfDialog })),
  'import-csv': () => import('../features/spreadsheets/ImportCsvDialog').then((m) => ({ default: m.ImportCsvDialog })),
} as const;

const NewWorkshopDialog = lazy(loaders['new-workshop']);
const WorkshopsDialog = lazy(loaders.workshops);
const ShareDialog = lazy(loaders.share);
const CheckSettingsDialog = lazy(loaders['check-settings']);
const RoleSchemeDialog = lazy(loaders['role-scheme']);
const CharterDialog = lazy(loaders.charter);
const ExportPdfDialog = lazy(loaders['export-pdf']);
const ShortcutsDialog = lazy(loaders.shortcuts);
const AgendaDialog = lazy(loaders.agenda);
const ImportCsvDialog = lazy(loaders['import-csv']);

const PREFETCH_AFTER_MS = 1500;

interface AppDialogsProps {
  /** Saving as a file, which Share offers when a matrix is too big for a link. */
  readonly onSave: () => void;
}

/** The dialog the toolbar or the checks panel opened, if any. */
export function AppDialogs({ onSave }: AppDialogsProps) {
  const dialog = useSessionStore((s) => s.dialog);
  useEffect(() => {
    const timer = setTimeout(() => {
      for (const load of Object.values(loaders)) void load().catch(() => undefined);
    }, PREFETCH_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <Suspense fallback={null}>
      {dialog === 'new-workshop' ? <NewWorkshopDialog /> : null}
      {dialog === 'workshops' ? <WorkshopsDialog /> : null}
      {dialog === 'share' ? <ShareDialog onSave={onSave} /> : null}
      {dialog === 'check-settings' ? <CheckSettingsDialog /> : null}
      {dialog === 'role-scheme' ? <RoleSchemeDialog /> : null}
      {dialog === 'charter' ? <CharterDialog /> : null}
      {dialog === 'export-pdf' ? <ExportPdfDialog /> : null}
      {dialog === 'shortcuts' ? <ShortcutsDialog /> : null}
      {dialog === 'agenda' ? <AgendaDialog /> : null}
      {dialog === 'import-csv' ? <ImportCsvDialog /> : null}
    </Suspense>
  );
}

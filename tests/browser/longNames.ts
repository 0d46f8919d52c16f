import type { Page } from '@playwright/test';
import type { RaciDocument } from '../../src/domain/model';
import { serializeWorkshop } from '../../src/format/serializeWorkshop';

/** Long German compounds, Greek and Cyrillic names: words wider than a chip, a lane or a cell's line. */
export const LONG_NAMES = {
  publicRelations: 'Öffentlichkeitsarbeit',
  communications: 'Unternehmenskommunikation',
  training: 'Kundendienstmitarbeiterschulung',
  greek: 'Εξυπηρέτηση Πελατών',
  cyrillic: 'Информационные технологии',
} as const;

/**
 * A German workshop with a Greek and a Russian office: some departments without a short label, so their
 * names stand in the cells too, and activities named with the same long words.
 */
export function longNamesWorkshop(): RaciDocument {
  const departments = [
    { id: 'oea', name: LONG_NAMES.publicRelations, color: '#9d174d' },
    { id: 'uk', name: LONG_NAMES.communications, color: '#1e40af', shortLabel: 'UK' },
    { id: 'kds', name: LONG_NAMES.training, color: '#0f766e' },
    { id: 'gr', name: LONG_NAMES.greek, color: '#334155' },
    { id: 'ru', name: LONG_NAMES.cyrillic, color: '#6b21a8', shortLabel: 'ИТ' },
    { id: 'recht', name: 'Rechtsabteilung', color: '#9a3412', shortLabel: 'Recht' },
  ];
  const activities = [
    { id: 'schulung', name: 'Kundendienstmitarbeiterschulung für Beschwerdebearbeitung planen', group: 'Unternehmenskommunikation und Öffentlichkeitsarbeit' },
    { id: 'presse', name: 'Öffentlichkeitsarbeit koordinieren', group: 'Unternehmenskommunikation und Öffentlichkeitsarbeit', channel: 'Unternehmensnachrichtenkanal' },
    { id: 'krise', name: 'Krisenkommunikationsverantwortlichkeiten festlegen', group: 'Krisenmanagement' },
    { id: 'el', name: 'Διαχείριση κοινωνικών δικτύων', group: 'Krisenmanagement' },
    { id: 'ru', name: 'Мониторинг социальных сетей', group: 'Krisenmanagement' },
  ];
  const assignments = [
    { activityId: 'schulung', departmentId: 'kds', role: 'R' },
    { activityId: 'schulung', departmentId: 'oea', role: 'A' },
    { activityId: 'schulung', departmentId: 'gr', role: 'C' },
    { activityId: 'presse', departmentId: 'oea', role: 'R' },
    { activityId: 'presse', departmentId: 'uk', role: 'A' },
    { activityId: 'presse', departmentId: 'ru', role: 'I' },
    { activityId: 'krise', departmentId: 'uk', role: 'R' },
    { activityId: 'krise', departmentId: 'recht', role: 'A' },
    { activityId: 'krise', departmentId: 'kds', role: 'I' },
    { activityId: 'el', departmentId: 'gr', role: 'R' },
    { activityId: 'el', departmentId: 'oea', role: 'A' },
    { activityId: 'ru', departmentId: 'ru', role: 'R' },
    { activityId: 'ru', departmentId: 'kds', role: 'C' },
  ] as const;
  return {
    title: 'Wem gehören die sozialen Medien?',
    roleScheme: 'RACI',
    workshop: { organization: '', date: '2026-11-22', facilitator: '', participants: [] },
    departments,
    activities,
    assignments: [...assignments],
  };
}

/** The workshop as the file the app stores it in. */
export const longNamesFile = (): string => serializeWorkshop(longNamesWorkshop(), { savedAt: '2026-11-22T10:00:00.000Z', appVersion: '0.1.0' });

/** The long-names workshop, already in this browser's storage when the app starts. */
export async function seedLongNames(page: Page): Promise<void> {
  await page.addInitScript((file) => {
    if (sessionStorage.getItem('seeded')) return;
    localStorage.setItem('raci-workshop/workshops/long-names', file);
    localStorage.setItem('raci-workshop/active', 'long-names');
    sessionStorage.setItem('seeded', '1');
  }, longNamesFile());
}

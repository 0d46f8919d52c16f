import type { RaciDocument } from '../model';

export function createBlankWorkshop(today: string): RaciDocument {
  return {
    title: 'Untitled workshop',
    roleScheme: 'RACI',
    workshop: { organization: '', date: today, facilitator: '', participants: [] },
    departments: [],
    activities: [],
    assignments: [],
  };
}

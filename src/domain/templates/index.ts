import type { RaciDocument } from '../model';
import { createBlankWorkshop } from './blank';
import { createExampleWorkshop } from './example';
import { createSocialMediaWorkshop } from './socialMedia';

export type TemplateId = 'social-media' | 'example' | 'blank';

export interface WorkshopTemplate {
  readonly id: TemplateId;
  readonly name: string;
  readonly summary: string;
  /** `today` is an ISO date (yyyy-mm-dd): templates stay pure and testable. */
  readonly create: (today: string) => RaciDocument;
}

export const workshopTemplates: readonly WorkshopTemplate[] = [
  {
    id: 'social-media',
    name: 'Who owns social media?',
    summary: '10 departments and 22 social media activities in 7 groups, with an empty grid for the room to fill.',
    create: createSocialMediaWorkshop,
  },
  {
    id: 'example',
    name: 'Example: a filled-in matrix',
    summary: 'The same departments and activities, with roles assigned as social media governance practice recommends.',
    create: createExampleWorkshop,
  },
  {
    id: 'blank',
    name: 'Blank',
    summary: 'No departments, no activities: start from zero.',
    create: createBlankWorkshop,
  },
];

export function templateById(id: TemplateId): WorkshopTemplate {
  const found = workshopTemplates.find((t) => t.id === id);
  if (!found) throw new Error(`Unknown template: ${id}`);
  return found;
}

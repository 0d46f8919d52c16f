import type { CheckSettings } from '../domain/checks/checkSettings';
import type { Charter, RaciDocument } from '../domain/model';
import { CURRENT_SCHEMA_VERSION, FILE_FORMAT } from './fileSchema';

export const APP_NAME = 'RACI Workshop';

export interface SerializeOptions {
  readonly savedAt: string;
  readonly appVersion: string;
}

function checkSettingsInOrder(settings: CheckSettings): CheckSettings {
  return {
    maxResponsible: settings.maxResponsible,
    maxConsulted: settings.maxConsulted,
    everyoneInvolvedFrom: settings.everyoneInvolvedFrom,
    overloadedPercent: settings.overloadedPercent,
    concentrationPercent: settings.concentrationPercent,
    loadRulesFrom: settings.loadRulesFrom,
  };
}

function charterInOrder(charter: Charter): Charter {
  return {
    purpose: charter.purpose,
    champion: charter.champion,
    sponsor: charter.sponsor,
    escalations: charter.escalations.map((r) => ({ trigger: r.trigger, who: r.who, howFast: r.howFast })),
    signOff: charter.signOff.map((line) => ({
      departmentId: line.departmentId,
      lead: line.lead,
      ...(line.acknowledgement
        ? { acknowledgement: { state: line.acknowledgement.state, date: line.acknowledgement.date, ...(line.acknowledgement.note ? { note: line.acknowledgement.note } : {}) } }
        : {}),
    })),
  };
}

/** Writes the current schema version, 2-space indented, with a stable key order so saved files diff well. */
export function serializeWorkshop(doc: RaciDocument, options: SerializeOptions): string {
  const file = {
    format: FILE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    savedAt: options.savedAt,
    app: { name: APP_NAME, version: options.appVersion },
    document: {
      title: doc.title,
      roleScheme: doc.roleScheme,
      workshop: {
        organization: doc.workshop.organization,
        date: doc.workshop.date,
        facilitator: doc.workshop.facilitator,
        participants: [...doc.workshop.participants],
      },
      departments: doc.departments.map((d) => ({
        id: d.id,
        name: d.name,
        color: d.color,
        ...(d.shortLabel ? { shortLabel: d.shortLabel } : {}),
        ...(d.description ? { description: d.description } : {}),
      })),
      activities: doc.activities.map((a) => ({
        id: a.id,
        name: a.name,
        ...(a.group ? { group: a.group } : {}),
        ...(a.channel ? { channel: a.channel } : {}),
        ...(a.description ? { description: a.description } : {}),
        ...(a.decision ? { decision: a.decision } : {}),
        ...(a.notes ? { notes: a.notes } : {}),
        ...(a.status ? { status: a.status } : {}),
        ...(a.parkingNote ? { parkingNote: a.parkingNote } : {}),
      })),
      assignments: doc.assignments.map((a) => ({ activityId: a.activityId, departmentId: a.departmentId, role: a.role })),
      ...(doc.checkSettings ? { checkSettings: checkSettingsInOrder(doc.checkSettings) } : {}),
      ...(doc.charter ? { charter: charterInOrder(doc.charter) } : {}),
    },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

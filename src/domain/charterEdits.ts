import type { Charter, EscalationRule, RaciDocument, SignOffLine } from './model';

export const emptyCharter: Charter = { purpose: '', champion: '', sponsor: '', escalations: [], signOff: [] };

export function charterOf(doc: RaciDocument): Charter {
  return doc.charter ?? emptyCharter;
}

const trimRule = (r: EscalationRule): EscalationRule => ({ trigger: r.trigger.trim(), who: r.who.trim(), howFast: r.howFast.trim() });

/**
 * Trimmed, without blank escalation rows, and with sign-off lines only for departments that exist and
 * have a lead or an acknowledgement; lines in the order of the departments, so the file diffs well.
 */
function tidy(charter: Charter, doc: RaciDocument): Charter {
  return {
    purpose: charter.purpose.trim(),
    champion: charter.champion.trim(),
    sponsor: charter.sponsor.trim(),
    escalations: charter.escalations.map(trimRule).filter((r) => r.trigger || r.who || r.howFast),
    signOff: doc.departments.flatMap((d): SignOffLine[] => {
      const line = charter.signOff.find((l) => l.departmentId === d.id);
      if (!line) return [];
      const lead = line.lead.trim();
      const ack = line.acknowledgement;
      const note = ack?.note?.trim();
      const acknowledgement = ack ? { acknowledgement: { state: ack.state, date: ack.date.trim(), ...(note ? { note } : {}) } } : {};
      return lead || ack ? [{ departmentId: d.id, lead, ...acknowledgement }] : [];
    }),
  };
}

const isEmpty = (c: Charter) => !c.purpose && !c.champion && !c.sponsor && c.escalations.length === 0 && c.signOff.length === 0;

/** One undoable step for the whole charter form; an unchanged charter leaves no step, an empty one no field. */
export function setCharter(doc: RaciDocument, charter: Charter): RaciDocument {
  const next = tidy(charter, doc);
  if (JSON.stringify(next) === JSON.stringify(charterOf(doc))) return doc;
  if (isEmpty(next)) {
    const { charter: _dropped, ...rest } = doc;
    return rest;
  }
  return { ...doc, charter: next };
}

/** The lead who signs for a department, or "" when none is named. */
export function signOffLead(charter: Charter, departmentId: string): string {
  return charter.signOff.find((line) => line.departmentId === departmentId)?.lead ?? '';
}

import { charterOf, signOffLead } from '../domain/charterEdits';
import { acknowledgementOf, acknowledgementSummary, describeAcknowledgement, describeObjection, openObjections } from '../domain/acknowledgements';
import { checkDocument } from '../domain/checks/checkDocument';
import { draftReasons } from '../domain/charterReadiness';
import { statusOf, statusProgress, statusWords } from '../domain/activityStatus';
import { severities, type Finding, type Severity } from '../domain/checks/findings';
import { groupActivities } from '../domain/activityGroups';
import { cellRoles } from '../domain/cellRoles';
import { departmentDuties } from '../domain/departmentDuties';
import { shortLabelLegend, shortLabelOf } from '../domain/departmentLabels';
import type { EscalationRule, RaciDocument, RoleKey, RoleSchemeId, WorkshopInfo } from '../domain/model';
import { roleName, roleSchemeOf, type RoleDefinition } from '../domain/roleSchemes';

export type MatrixRow =
  | { readonly kind: 'group'; readonly name: string }
  | { readonly kind: 'activity'; readonly name: string; readonly cells: readonly (readonly RoleKey[])[] };

export interface CharterContent {
  readonly title: string;
  readonly workshop: WorkshopInfo;
  readonly generatedOn: string;
  readonly purpose: string;
  readonly champion: string;
  readonly sponsor: string;
  /** Ownership per social property: activities that name one, with who owns and who does. */
  readonly properties: readonly { readonly property: string; readonly activity: string; readonly owners: string; readonly doers: string }[];
  /** "RACI", "RASCI" or "DACI": the matrix's heading and the document's subject say which. */
  readonly roleScheme: RoleSchemeId;
  readonly roles: readonly RoleDefinition[];
  /** The scheme's names for the owner and doer roles (Accountable and Responsible in RACI). */
  readonly ownerRole: string;
  readonly doerRole: string;
  readonly departments: readonly string[];
  /** The matrix's column heads, in the order of `departments`: each department's short label, or its name. */
  readonly departmentLabels: readonly string[];
  /** What the column heads stand for ("PR = Public Relations"), for those that are not the name itself. */
  readonly labelLegend: readonly string[];
  readonly matrix: readonly MatrixRow[];
  /** For each department, the activities of each role it holds. */
  readonly responsibilities: readonly { readonly department: string; readonly roles: readonly { readonly role: RoleDefinition; readonly activities: readonly string[] }[] }[];
  readonly escalations: readonly EscalationRule[];
  readonly decisions: readonly { readonly activity: string; readonly decision: string; readonly notes: string }[];
  /** Disputed and parked rows with why they wait: what the charter leaves for later. */
  readonly parkingLot: readonly { readonly activity: string; readonly status: string; readonly note: string }[];
  readonly findings: readonly { readonly severity: Severity; readonly findings: readonly Finding[] }[];
  /** Set when the matrix has no departments or no activities: there is nothing the checks could judge. */
  readonly nothingToCheck: string | undefined;
  /** Each department's lead and acknowledgement ("Agreed on 2026-12-03", "Pending"). */
  readonly signOff: readonly { readonly department: string; readonly lead: string; readonly acknowledgement: string }[];
  /** Each open objection in the room's words: "Legal objected: wants to see the crisis plan first". */
  readonly objections: readonly string[];
  /** "3 of 10 departments agreed, 1 objected". */
  readonly acknowledgements: string;
  /** Why this charter is a draft ("3 errors", "2 parked rows"); empty when it is final. */
  readonly draftReasons: readonly string[];
}

/**
 * Everything the charter says, in reading order (the README, "The PDF charter"), as plain data: the PDF renderer only
 * lays it out, and tests can read it without a PDF.
 */
export function charterContent(doc: RaciDocument, generatedOn: string): CharterContent {
  const scheme = roleSchemeOf(doc.roleScheme);
  const charter = charterOf(doc);
  const held = cellRoles(doc);
  const holders = (activityId: string, role: RoleKey) =>
    doc.departments.filter((d) => held(activityId, d.id).includes(role)).map((d) => d.name).join(', ');

  const matrix: MatrixRow[] = groupActivities(doc.activities).flatMap((group) => [
    ...(group.name ? [{ kind: 'group' as const, name: group.name }] : []),
    ...group.activities.map((a) => ({ kind: 'activity' as const, name: a.name, cells: doc.departments.map((d) => held(a.id, d.id)) })),
  ]);

  const report = checkDocument(doc);
  return {
    title: doc.title,
    workshop: doc.workshop,
    generatedOn,
    purpose: charter.purpose,
    champion: charter.champion,
    sponsor: charter.sponsor,
    properties: doc.activities
      .filter((a) => a.channel)
      .map((a) => ({ property: a.channel ?? '', activity: a.name, owners: holders(a.id, scheme.ownerRole), doers: holders(a.id, scheme.doerRole) })),
    roleScheme: scheme.id,
    roles: scheme.roles,
    ownerRole: roleName(scheme, scheme.ownerRole),
    doerRole: roleName(scheme, scheme.doerRole),
    departments: doc.departments.map((d) => d.name),
    departmentLabels: doc.departments.map(shortLabelOf),
    labelLegend: shortLabelLegend(doc.departments),
    matrix,
    responsibilities: departmentDuties(doc).map(({ department, roles }) => ({
      department: department.name,
      roles: roles.map(({ role, activities }) => ({ role, activities: activities.map((a) => a.name) })),
    })),
    escalations: charter.escalations,
    decisions: doc.activities
      .filter((a) => a.decision || a.notes)
      .map((a) => ({ activity: a.name, decision: a.decision ?? '', notes: a.notes ?? '' })),
    parkingLot: statusProgress(doc.activities).parkingLot.map((a) => ({ activity: a.name, status: statusWords[statusOf(a)].label, note: a.parkingNote ?? '' })),
    findings: severities
      .map((severity) => ({ severity, findings: report.findings.filter((f) => f.severity === severity) }))
      .filter((group) => group.findings.length > 0),
    nothingToCheck: report.nothingToCheck,
    signOff: doc.departments.map((d) => ({
      department: d.name,
      lead: signOffLead(charter, d.id),
      acknowledgement: describeAcknowledgement(acknowledgementOf(charter, d.id)),
    })),
    objections: openObjections(doc).map(describeObjection),
    acknowledgements: acknowledgementSummary(doc),
    draftReasons: draftReasons(doc, report),
  };
}

/** Every text the charter prints, to find characters its fonts cannot draw before anything is exported. */
export function charterTexts(content: CharterContent): string[] {
  return [
    content.title,
    content.workshop.organization,
    content.workshop.facilitator,
    content.workshop.date,
    ...content.workshop.participants,
    content.purpose,
    content.champion,
    content.sponsor,
    ...content.properties.flatMap((p) => [p.property, p.activity]),
    ...content.departments,
    ...content.departmentLabels,
    ...content.matrix.map((row) => row.name),
    ...content.escalations.flatMap((e) => [e.trigger, e.who, e.howFast]),
    ...content.decisions.flatMap((d) => [d.decision, d.notes]),
    ...content.parkingLot.map((p) => p.note),
    ...content.findings.flatMap((g) => g.findings.map((f) => f.message)),
    ...content.signOff.flatMap((s) => [s.lead, s.acknowledgement]),
    ...content.objections,
  ];
}

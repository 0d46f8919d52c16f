import type { Assignment, Charter, RaciDocument } from '../model';
import { createSocialMediaWorkshop } from './socialMedia';

interface RowPlan {
  readonly A: string;
  readonly R: readonly string[];
  readonly C?: readonly string[];
  readonly I?: readonly string[];
}

/**
 * A filled-in matrix following the articles' advice: Marketing owns strategy and the brand channels, PR owns
 * news, sensitive issues and the press account, Customer Service is the front line, Legal is consulted up front.
 */
const plan: Readonly<Record<string, RowPlan>> = {
  strategy: { A: 'marketing', R: ['marketing'], C: ['pr', 'customer-service', 'sales'], I: ['leadership', 'product'] },
  policy: { A: 'legal', R: ['hr'], C: ['marketing', 'pr', 'it'], I: ['leadership'] },
  sponsorship: { A: 'leadership', R: ['leadership'], C: ['marketing'], I: ['pr', 'customer-service', 'sales'] },
  champion: { A: 'leadership', R: ['marketing'], C: ['hr'], I: ['pr', 'customer-service'] },
  calendar: { A: 'marketing', R: ['marketing'], C: ['pr', 'agency', 'sales', 'product'], I: ['customer-service'] },
  publishing: { A: 'marketing', R: ['marketing', 'pr'], I: ['customer-service', 'sales'] },
  creative: { A: 'marketing', R: ['agency'], C: ['legal', 'product'], I: ['sales'] },
  newsroom: { A: 'pr', R: ['pr'], C: ['legal'], I: ['marketing', 'leadership'] },
  facebook: { A: 'marketing', R: ['marketing', 'customer-service'], C: ['pr', 'legal'], I: ['sales'] },
  blog: { A: 'pr', R: ['pr', 'marketing'], C: ['product', 'leadership'], I: ['sales'] },
  monitoring: { A: 'pr', R: ['pr', 'customer-service'], C: ['it'], I: ['marketing', 'sales', 'product'] },
  questions: { A: 'customer-service', R: ['customer-service', 'marketing'], C: ['product'], I: ['sales'] },
  complaints: { A: 'customer-service', R: ['customer-service'], C: ['legal', 'product'], I: ['pr', 'marketing'] },
  escalation: { A: 'pr', R: ['pr', 'customer-service'], C: ['legal', 'marketing', 'leadership'], I: ['hr'] },
  sensitive: { A: 'pr', R: ['pr'], C: ['legal', 'leadership'], I: ['customer-service', 'marketing'] },
  crisis: { A: 'pr', R: ['pr'], C: ['legal', 'leadership', 'customer-service'], I: ['marketing', 'sales', 'hr', 'it'] },
  'social-selling': { A: 'sales', R: ['sales'], C: ['marketing', 'legal'], I: ['pr'] },
  advocacy: { A: 'hr', R: ['hr', 'marketing'], C: ['legal', 'pr'], I: ['leadership'] },
  recruitment: { A: 'hr', R: ['hr'], C: ['marketing'], I: ['leadership'] },
  tools: { A: 'it', R: ['it'], C: ['marketing', 'customer-service', 'legal'], I: ['hr'] },
  research: { A: 'product', R: ['product', 'marketing'], C: ['customer-service', 'sales'], I: ['leadership'] },
  measurement: { A: 'marketing', R: ['marketing'], C: ['agency', 'sales', 'customer-service'], I: ['leadership'] },
};

/** What a room might write down beside the matrix; roles rather than people, so any company can start from it. */
const charter: Charter = {
  purpose:
    'Speak with one voice on social media: every account and every kind of post has one owner, questions are answered fast, and sensitive issues reach the right people before anyone replies.',
  champion: 'Social media lead (Marketing)',
  sponsor: 'Chief Marketing Officer',
  escalations: [
    { trigger: 'A complaint or question starts to spread: many replies or shares within an hour', who: 'Customer Service answers; PR is told at once', howFast: 'within 1 hour' },
    { trigger: 'A post raises a legal question: claims, personal data, threats or rights', who: 'Legal decides before anyone replies', howFast: 'same working day' },
    { trigger: 'A crisis: safety, an outage or press interest', who: 'Public Relations leads; leadership and Legal are consulted', howFast: 'within 30 minutes' },
  ],
  signOff: [],
};

const decisions: Readonly<Record<string, string>> = {
  facebook: 'Marketing owns the page; Customer Service answers the questions asked there.',
  crisis: 'PR leads every crisis response; no statement goes out before Legal and leadership have seen it.',
};

export function createExampleWorkshop(today: string): RaciDocument {
  const base = createSocialMediaWorkshop(today);
  const assignments: Assignment[] = [];
  for (const activity of base.activities) {
    const row = plan[activity.id];
    if (!row) continue;
    const add = (role: string, departmentIds: readonly string[] = []) => {
      for (const departmentId of departmentIds) assignments.push({ activityId: activity.id, departmentId, role });
    };
    add('R', row.R);
    add('A', [row.A]);
    add('C', row.C);
    add('I', row.I);
  }
  const activities = base.activities.map((a) => (decisions[a.id] ? { ...a, decision: decisions[a.id] } : a));
  return { ...base, title: 'Who owns social media? (example)', activities, assignments, charter };
}

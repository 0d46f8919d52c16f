import type { Activity, Department, RaciDocument } from '../model';

/**
 * "Who owns social media?": the departments and activities that social media governance practice keeps coming back to.
 * Wording is the project's own; the grid starts empty because the room fills it in.
 */
export const socialMediaDepartments: readonly Department[] = [
  { id: 'marketing', name: 'Marketing', color: '#1e40af', shortLabel: 'Mktg', description: 'Owns the overall strategy and objectives for the channel.' },
  { id: 'pr', name: 'Public Relations', color: '#9d174d', shortLabel: 'PR', description: 'Positioning, news and sensitive issues.' },
  { id: 'customer-service', name: 'Customer Service', color: '#0f766e', shortLabel: 'CS', description: 'The front line: everyday questions and complaints.' },
  { id: 'sales', name: 'Sales', color: '#b45309', shortLabel: 'Sales', description: 'Social selling and prospects.' },
  { id: 'legal', name: 'Legal', color: '#334155', shortLabel: 'Legal', description: 'Reviews policy and risk up front.' },
  { id: 'it', name: 'IT', color: '#0e7490', shortLabel: 'IT', description: 'Tools, accounts and access.' },
  { id: 'hr', name: 'HR', color: '#6b21a8', shortLabel: 'HR', description: 'Recruitment and employee advocacy rules.' },
  { id: 'leadership', name: 'Executive Leadership', color: '#9a3412', shortLabel: 'Exec', description: 'Sponsors social media and breaks ties.' },
  { id: 'agency', name: 'Advertising Agency', color: '#86198f', shortLabel: 'Agency', description: 'Campaign creative and media.' },
  { id: 'product', name: 'Product & Research', color: '#166534', shortLabel: 'P&R', description: 'Research, insight and product answers.' },
];

const strategy = 'Strategy & governance';
const content = 'Content & publishing';
const properties = 'Social properties';
const community = 'Community & service';
const issues = 'Issues & escalation';
const growth = 'Selling, advocacy & hiring';
const operations = 'Tools, insight & results';

export const socialMediaActivities: readonly Activity[] = [
  { id: 'strategy', name: 'Set social media strategy and objectives', group: strategy },
  { id: 'policy', name: 'Write the social media policy', group: strategy, description: 'Bring Legal in up front to avoid battles later.' },
  { id: 'sponsorship', name: 'Sponsor social media at executive level', group: strategy },
  { id: 'champion', name: 'Appoint an internal social media champion', group: strategy },
  { id: 'calendar', name: 'Plan the content calendar', group: content },
  { id: 'publishing', name: 'Publish posts on company channels', group: content },
  { id: 'creative', name: 'Produce campaign creative', group: content },
  { id: 'newsroom', name: 'Run the press newsroom account', group: properties, channel: 'Press X account' },
  { id: 'facebook', name: 'Run the Facebook page', group: properties, channel: 'Facebook page' },
  { id: 'blog', name: 'Run the company blog', group: properties, channel: 'Company blog' },
  { id: 'monitoring', name: 'Monitor mentions and conversations', group: community },
  { id: 'questions', name: 'Answer everyday questions', group: community },
  { id: 'complaints', name: 'Resolve customer complaints', group: community },
  { id: 'escalation', name: 'Define when a post must be escalated', group: issues },
  { id: 'sensitive', name: 'Handle sensitive issues and news', group: issues },
  { id: 'crisis', name: 'Lead crisis response', group: issues },
  { id: 'social-selling', name: 'Engage prospects through social selling', group: growth },
  { id: 'advocacy', name: 'Run employee advocacy', group: growth },
  { id: 'recruitment', name: 'Recruit through social media', group: growth },
  { id: 'tools', name: 'Manage tools, accounts and access', group: operations },
  { id: 'research', name: 'Gather research and customer insight', group: operations },
  { id: 'measurement', name: 'Measure and report results', group: operations },
];

export function createSocialMediaWorkshop(today: string): RaciDocument {
  return {
    title: 'Who owns social media?',
    roleScheme: 'RACI',
    workshop: { organization: '', date: today, facilitator: '', participants: [] },
    departments: socialMediaDepartments,
    activities: socialMediaActivities,
    assignments: [],
  };
}

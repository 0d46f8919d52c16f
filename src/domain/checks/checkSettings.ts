import type { RaciDocument } from '../model';
import { roleName, type RoleScheme } from '../roleSchemes';

/** The thresholds of the checks (the README, "Live checks"): settings of each workshop, saved with it. */
export interface CheckSettings {
  /** `too-many-responsible` fires above this many doers on one activity. */
  readonly maxResponsible: number;
  /** `too-many-consulted` fires above this many consulted departments on one activity. */
  readonly maxConsulted: number;
  /** `everyone-involved` applies from this many departments on. */
  readonly everyoneInvolvedFrom: number;
  /** `overloaded-department`: doer on more than this percentage of the activities. */
  readonly overloadedPercent: number;
  /** `accountability-concentration`: owner of more than this percentage of the activities. */
  readonly concentrationPercent: number;
  /** The two load rules above apply from this many activities on; below it, shares say little. */
  readonly loadRulesFrom: number;
}

export const defaultCheckSettings: CheckSettings = {
  maxResponsible: 3,
  maxConsulted: 4,
  everyoneInvolvedFrom: 4,
  overloadedPercent: 50,
  concentrationPercent: 40,
  loadRulesFrom: 6,
};

export interface CheckSettingLimit {
  readonly min: number;
  readonly max: number;
}

/** The whole numbers each threshold may take: the file format and the settings dialog both read them here. */
export const checkSettingLimits: Readonly<Record<keyof CheckSettings, CheckSettingLimit>> = {
  maxResponsible: { min: 1, max: 1000 },
  maxConsulted: { min: 0, max: 1000 },
  // "Everyone involved" over a single department would fire on every activity.
  everyoneInvolvedFrom: { min: 2, max: 1000 },
  overloadedPercent: { min: 1, max: 100 },
  concentrationPercent: { min: 1, max: 100 },
  loadRulesFrom: { min: 1, max: 1000 },
};

export function checkSettingsOf(doc: RaciDocument): CheckSettings {
  return doc.checkSettings ?? defaultCheckSettings;
}

export function sameCheckSettings(a: CheckSettings, b: CheckSettings): boolean {
  return (Object.keys(defaultCheckSettings) as (keyof CheckSettings)[]).every((key) => a[key] === b[key]);
}

/** An undoable edit; settings equal to the defaults are dropped, so files stay as small as before. */
export function setCheckSettings(doc: RaciDocument, settings: CheckSettings): RaciDocument {
  if (sameCheckSettings(checkSettingsOf(doc), settings)) return doc;
  if (sameCheckSettings(settings, defaultCheckSettings)) {
    const { checkSettings: _dropped, ...rest } = doc;
    return rest;
  }
  return { ...doc, checkSettings: settings };
}

/** How each threshold is said, in the scheme's own role names: the settings dialog and the comparison read it here. */
export function checkSettingLabels(scheme: RoleScheme): Readonly<Record<keyof CheckSettings, string>> {
  const [doer, owner, consulted] = [scheme.doerRole, scheme.ownerRole, scheme.consultedRole].map((key) => roleName(scheme, key));
  return {
    maxResponsible: `Most ${doer} departments on one activity`,
    maxConsulted: `Most ${consulted} departments on one activity`,
    everyoneInvolvedFrom: '“Everyone involved” applies from this many departments',
    overloadedPercent: `A department is overloaded when ${doer} for more than this share of the activities`,
    concentrationPercent: `Accountability is concentrated when ${owner} for more than this share of the activities`,
    loadRulesFrom: 'The two rules above apply from this many activities',
  };
}

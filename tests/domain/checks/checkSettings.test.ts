import { describe, expect, it } from 'vitest';
import { checkSettingLimits, checkSettingsOf, defaultCheckSettings, setCheckSettings } from '../../../src/domain/checks/checkSettings';
import { checkSettingsSchema } from '../../../src/format/fileSchema';
import { readShape } from '../../../src/format/shapes';
import { matrix } from './checkTestMatrix';

const doc = matrix({ departments: ['pr'], activities: ['a1'] });

describe('setCheckSettings', () => {
  it('stores changed thresholds with the workshop', () => {
    const changed = setCheckSettings(doc, { ...defaultCheckSettings, maxConsulted: 2 });
    expect(checkSettingsOf(changed).maxConsulted).toBe(2);
  });

  it('changes nothing when nothing changes, so no undo step is left', () => {
    expect(setCheckSettings(doc, { ...defaultCheckSettings })).toBe(doc);
  });

  it('drops the field again when the defaults come back, so the file stays as before', () => {
    const changed = setCheckSettings(doc, { ...defaultCheckSettings, maxConsulted: 2 });
    const back = setCheckSettings(changed, defaultCheckSettings);
    expect(back).toEqual(doc);
    expect('checkSettings' in back).toBe(false);
  });
});

describe('checkSettingLimits', () => {
  const keys = Object.keys(defaultCheckSettings) as (keyof typeof defaultCheckSettings)[];

  it('bound every threshold, and each default lies within its bounds', () => {
    expect(Object.keys(checkSettingLimits)).toEqual(keys);
    for (const key of keys) {
      const { min, max } = checkSettingLimits[key];
      expect(defaultCheckSettings[key]).toBeGreaterThanOrEqual(min);
      expect(defaultCheckSettings[key]).toBeLessThanOrEqual(max);
    }
  });

  it('are the bounds the file format accepts, no more and no less', () => {
    for (const key of keys) {
      const { min, max } = checkSettingLimits[key];
      expect(readShape(checkSettingsSchema, { [key]: min }).ok, `${key} = ${min}`).toBe(true);
      expect(readShape(checkSettingsSchema, { [key]: max }).ok, `${key} = ${max}`).toBe(true);
      expect(readShape(checkSettingsSchema, { [key]: min - 1 }).ok, `${key} = ${min - 1}`).toBe(false);
      expect(readShape(checkSettingsSchema, { [key]: max + 1 }).ok, `${key} = ${max + 1}`).toBe(false);
    }
  });
});

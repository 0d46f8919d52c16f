import { describe, expect, it } from 'vitest';
import { checkSettingsOf, defaultCheckSettings, setCheckSettings } from '../../../src/domain/checks/checkSettings';
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

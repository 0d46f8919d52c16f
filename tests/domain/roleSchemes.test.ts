import { describe, expect, it } from 'vitest';
import { findRole, roleName, roleSchemes } from '../../src/domain/roleSchemes';

describe('role schemes', () => {
  it('define RACI in lane order with full names', () => {
    expect(roleSchemes.RACI.roles.map((r) => `${r.key} ${r.name}`)).toEqual(['R Responsible', 'A Accountable', 'C Consulted', 'I Informed']);
  });

  it('name the owner and doer roles of every scheme among its roles', () => {
    for (const scheme of Object.values(roleSchemes)) {
      expect(findRole(scheme, scheme.ownerRole)).toBeDefined();
      expect(findRole(scheme, scheme.doerRole)).toBeDefined();
      expect(new Set(scheme.roles.map((r) => r.key)).size).toBe(scheme.roles.length);
    }
    expect(roleName(roleSchemes.DACI, 'D')).toBe('Driver');
    expect(roleSchemes.DACI.doerExactlyOne).toBe(true);
    expect(roleName(roleSchemes.RASCI, 'S')).toBe('Support');
  });

  it('falls back to the letter for an unknown role', () => {
    expect(roleName(roleSchemes.RACI, 'X')).toBe('X');
  });
});

// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Hyphenated, TextBreaksContext } from '../../src/ui/Hyphenated';

describe('Hyphenated', () => {
  it('sets a name as typed until the patterns are there', () => {
    const { container } = render(<Hyphenated text="Öffentlichkeitsarbeit koordinieren" />);
    expect(container.innerHTML).toBe('Öffentlichkeitsarbeit koordinieren');
  });

  it('then puts each breakable word in a box of its own, with soft hyphens where it may break', () => {
    const breaks = () => [['Öf', 'fent', 'lich', 'keits', 'ar', 'beit'], ' & IT'] as const;
    const { container } = render(
      <TextBreaksContext.Provider value={breaks}>
        <Hyphenated text="Öffentlichkeitsarbeit & IT" />
      </TextBreaksContext.Provider>,
    );
    const words = container.querySelectorAll('.word');
    expect([...words].map((word) => word.textContent)).toEqual(['Öf\u00adfent\u00adlich\u00adkeits\u00adar\u00adbeit']);
    // Read without its soft hyphens, the text is the name as typed.
    expect(container.textContent?.replace(/\u00ad/g, '')).toBe('Öffentlichkeitsarbeit & IT');
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { barColour, contrastRatio, lineColours, lineStyle, maxLines, referenceLine } from './chart-styles';

describe('how chart lines look', () => {
  it.each([...lineColours, barColour, referenceLine.colour])('%s stands out from the white page by at least 3:1 (WCAG 2.2, 1.4.11)', (colour) => {
    expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('gives every line drawn at once its own marker and dash, so colour is never the only difference', () => {
    const styles = Array.from({ length: maxLines }, (_, index) => lineStyle(index));
    expect(new Set(styles.map((style) => style.glyph)).size).toBe(maxLines);
    expect(new Set(styles.map((style) => style.dash)).size).toBe(maxLines);
    expect(styles.map((style) => style.dash)).not.toContain(referenceLine.dash);
  });

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 1);
  });
});

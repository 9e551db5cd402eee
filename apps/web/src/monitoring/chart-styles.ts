// How each line of a dashboard chart looks. Lines differ by marker shape and dash pattern as
// well as colour, so no one has to tell colours apart; every colour has at least 3:1 contrast
// with the white page (WCAG 2.2, 1.4.11), checked by a test. The view's total (Wales) is drawn
// apart from the groups: black, thicker, long-dashed, without markers, and named at its end.

export const glyphKinds = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star', 'wye'] as const;
export type GlyphKind = (typeof glyphKinds)[number];

export interface LineStyle {
  readonly colour: string;
  readonly dash: string;
  readonly glyph: GlyphKind;
}

/** GOV.UK colours dark enough for a line on white: blue, red, green, purple, brown, pink, turquoise. */
export const lineColours = ['#1d70b8', '#d4351c', '#00703c', '#4c2c92', '#b14f00', '#d53880', '#00726c'] as const;
const dashes = ['', '8 4', '2 4', '12 4 2 4', '4 4', '16 4 4 4', '2 2 8 2'] as const;

/** The most group lines one chart draws; with more groups, people choose which to draw. */
export const maxLines = lineColours.length;

export function lineStyle(index: number): LineStyle {
  return { colour: lineColours[index % maxLines]!, dash: dashes[index % maxLines]!, glyph: glyphKinds[index % maxLines]! };
}

export const referenceLine = { colour: '#0b0c0c', dash: '10 4', width: 4 } as const;
export const textColour = '#0b0c0c';
export const gridColour = '#b1b4b6';
export const barColour = '#1d70b8';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The WCAG contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

// The marker drawn at each figure of a line (and in the legend beside the line's name), so
// lines can be told apart by shape as well as by colour and dash.
import { GlyphCircle, GlyphCross, GlyphDiamond, GlyphSquare, GlyphStar, GlyphTriangle, GlyphWye } from '@visx/glyph';
import type { GlyphKind } from './chart-styles';

const glyphs = { circle: GlyphCircle, square: GlyphSquare, triangle: GlyphTriangle, diamond: GlyphDiamond, cross: GlyphCross, star: GlyphStar, wye: GlyphWye } as const;

export function LineGlyph({ kind, colour, left, top, size = 64 }: { kind: GlyphKind; colour: string; left: number; top: number; size?: number }) {
  const Glyph = glyphs[kind];
  return <Glyph left={left} top={top} size={size} fill={colour} stroke="#ffffff" strokeWidth={1} data-glyph={kind} />;
}

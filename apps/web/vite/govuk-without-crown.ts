// Cynnig runs on council and provider domains, not on GOV.UK, so it may use the
// GOV.UK Design System's patterns but not the GDS Transport font or the crown.
// This plugin strips both from govuk-frontend's compiled CSS as Vite loads it,
// with the old Internet Explorer media hacks (`\0`) that the CSS minifier rejects.
import type { Plugin } from 'vite';

const compiledCss = /govuk-frontend[\\/]dist[\\/]govuk[\\/]govuk-frontend\.min\.css$/;

/** Removes the GOV.UK-only font and crest from the compiled stylesheet; and the IE-only media hacks; everything else is kept as it is. */
export function withoutGovukBrand(css: string): string {
  return css
    .replace(/@font-face\{font-family:GDS Transport;[^}]*\}/g, '')
    .replace(/GDS Transport,/g, '')
    .replace(/@supports \(\(-webkit-mask-position:initial\) or \(mask-position:initial\)\)\{\.govuk-footer__copyright-logo:before\{[^}]*\}\}/g, '')
    .replace(/\.govuk-footer__copyright-logo:before\{[^}]*\}/g, '')
    .replace(/@media[^{]*\\0[^{]*\{(?:[^{}]*\{[^}]*\})*\}/g, '');
}

export function govukWithoutCrown(): Plugin {
  return {
    name: 'cynnig-govuk-without-crown',
    enforce: 'pre',
    transform(code, id) {
      if (!compiledCss.test(id.split('?')[0] ?? id)) return null;
      return { code: withoutGovukBrand(code), map: null };
    },
  };
}

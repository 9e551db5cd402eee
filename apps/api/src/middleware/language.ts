// Chooses the language of the answer: the signed-in user's preference once known (set later
// by the session middleware), otherwise the first of Welsh or English in Accept-Language.
import type { Language } from '@cynnig/domain';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

/** `languageFromHeader('cy-GB,en;q=0.8') === 'cy'`; anything unrecognised falls back to English. */
export function languageFromHeader(header: string | undefined): Language {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().toLowerCase().split(';');
      const quality = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const q = quality ? Number(quality.slice(2)) : 1;
      return { primary: tag.split('-')[0], q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => (entry.primary === 'cy' || entry.primary === 'en') && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked[0]?.primary as Language | undefined) ?? 'en';
}

export function language(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('language', languageFromHeader(c.req.header('accept-language')));
    await next();
  };
}

// The cookies: the session token (HttpOnly, SameSite=Lax, Secure outside development) and,
// before sign-in, the CSRF token the sign-in form must echo in a header (double submit).
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export interface CookiePolicy {
  readonly secure: boolean;
}

/** With Secure cookies the __Host- prefix also pins them to this host and path. */
export function sessionCookieName(policy: CookiePolicy): string {
  return policy.secure ? '__Host-cynnig-session' : 'cynnig-session';
}

export function preSessionCsrfCookieName(policy: CookiePolicy): string {
  return policy.secure ? '__Host-cynnig-csrf' : 'cynnig-csrf';
}

export function readSessionToken(c: Context, policy: CookiePolicy): string | undefined {
  return getCookie(c, sessionCookieName(policy));
}

export function writeSessionCookie(c: Context, policy: CookiePolicy, token: string, maxAgeSeconds: number): void {
  setCookie(c, sessionCookieName(policy), token, { httpOnly: true, secure: policy.secure, sameSite: 'Lax', path: '/', maxAge: maxAgeSeconds });
}

export function clearSessionCookie(c: Context, policy: CookiePolicy): void {
  deleteCookie(c, sessionCookieName(policy), { path: '/', secure: policy.secure });
}

export function readPreSessionCsrf(c: Context, policy: CookiePolicy): string | undefined {
  return getCookie(c, preSessionCsrfCookieName(policy));
}

export function writePreSessionCsrf(c: Context, policy: CookiePolicy, token: string): void {
  setCookie(c, preSessionCsrfCookieName(policy), token, { httpOnly: true, secure: policy.secure, sameSite: 'Strict', path: '/', maxAge: 60 * 60 });
}

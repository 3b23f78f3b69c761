import { timingSafeEqual } from 'node:crypto';

/** What the guard needs to know about a request. */
export type RequestFacts = { host: string | undefined; origin: string | undefined; authorization: string | undefined };

/** Why a request was refused: HTTP status and the envelope's error code. */
export type Refusal = { status: 401 | 403; code: 'unauthorized' | 'forbidden'; message: string };

/** True when two secrets are equal, in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Host and Origin rules (decisions §5): the Host header must be one the host is bound to
 * (this stops DNS rebinding); an Origin, when sent, must be the host's own.
 */
export function checkHostAndOrigin(facts: RequestFacts, allowedHosts: ReadonlySet<string>): Refusal | null {
  if (!facts.host || !allowedHosts.has(facts.host.toLowerCase())) {
    return { status: 403, code: 'forbidden', message: 'this address is not served here' };
  }
  if (facts.origin !== undefined && ![...allowedHosts].some((h) => facts.origin?.toLowerCase() === `http://${h}`)) {
    return { status: 403, code: 'forbidden', message: 'requests from other sites are refused' };
  }
  return null;
}

/** The bearer-token rule: API requests carry `Authorization: Bearer <token>`. */
export function checkToken(facts: RequestFacts, validToken: (token: string) => boolean): Refusal | null {
  const m = /^Bearer ([A-Za-z0-9_-]{16,200})$/.exec(facts.authorization ?? '');
  if (!m || !validToken(m[1]!)) {
    return { status: 401, code: 'unauthorized', message: 'a valid session token is needed' };
  }
  return null;
}

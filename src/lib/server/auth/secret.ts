import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether a presented secret equals the expected one, in time that does not depend on where they differ
 * (nor on their lengths: both are hashed to 32 bytes first).
 */
export function sameSecret(presented: string, expected: string): boolean {
	return timingSafeEqual(digest(presented), digest(expected));
}

/**
 * The session cookie's value for a write token: an HMAC of a fixed label keyed by the token, so the cookie
 * never holds the token itself, a stolen cookie does not reveal it, and changing the token ends every session.
 */
export function sessionValue(token: string): string {
	return createHmac('sha256', token).update('dateline write session v1').digest('base64url');
}

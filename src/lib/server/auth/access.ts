import type { Access } from '$lib/domain/access';
import type { WritePolicy } from './policy';
import { isLoopbackAddress, isLoopbackHost } from './loopback';
import { sameSecret } from './secret';

/** The cookie that holds a signed-in browser's session (see `sessionValue`). */
export const SESSION_COOKIE = 'dateline_session';

/** What a request shows of who sent it. */
export interface Requester {
	/** The peer's address (`getClientAddress()`). */
	peer: string;
	/** The Host header. */
	host: string;
	/** The Authorization header, if any. */
	authorization: string | null;
	/** The session cookie, if any. */
	session: string | undefined;
}

export const READ_ONLY_REASONS = {
	token: 'Adding and correcting articles here needs the write token: sign in with it to make changes.',
	local: 'This server takes changes only from its own machine.'
} as const;

/** Whether a request may write, and why not. `wrongToken`: it presented a token, and not the right one. */
export function accessFor(policy: WritePolicy, who: Requester): Access & { wrongToken: boolean } {
	if (policy.token) {
		const bearer = /^Bearer\s+(\S+)\s*$/i.exec(who.authorization ?? '')?.[1];
		const byBearer = bearer !== undefined && sameSecret(bearer, policy.token);
		const signedIn = who.session !== undefined && sameSecret(who.session, policy.session!);
		const canWrite = byBearer || signedIn;
		return { mode: 'token', canWrite, signedIn, reason: canWrite ? '' : READ_ONLY_REASONS.token, wrongToken: bearer !== undefined && !byBearer };
	}
	const canWrite = isLoopbackAddress(who.peer) && isLoopbackHost(who.host);
	return { mode: 'local', canWrite, signedIn: false, reason: canWrite ? '' : READ_ONLY_REASONS.local, wrongToken: false };
}

import { hostName, isLoopbackHost } from './loopback';
import { sessionValue } from './secret';

/** Who may write, as the server's environment configures it. */
export interface WritePolicy {
	/** DATELINE_WRITE_TOKEN: when set, every write needs it (bearer header or signed-in session). */
	token: string | null;
	/** The session cookie's expected value for that token. */
	session: string | null;
	/** The host (`name:port`) of adapter-node's ORIGIN, the one name besides loopback this server answers to. */
	originHost: string | null;
}

/** Shorter tokens can be guessed by whoever may try sign-ins; the startup log says so. */
export const MIN_TOKEN_LENGTH = 16;

export function writePolicy(env: Record<string, string | undefined>): WritePolicy {
	const token = env.DATELINE_WRITE_TOKEN?.trim() || null;
	let originHost: string | null = null;
	if (env.ORIGIN) originHost = new URL(env.ORIGIN.trim()).host.toLowerCase();
	return { token, session: token ? sessionValue(token) : null, originHost };
}

/**
 * Whether a request's Host is one this server answers to: a loopback name or the configured ORIGIN.
 * Any other name means a misdirected request or DNS rebinding (a hostile page's name resolving to
 * this server, which would make the server "same-origin" to that page).
 */
export function hostAllowed(policy: WritePolicy, host: string | null): boolean {
	if (!host) return false;
	return isLoopbackHost(host) || (policy.originHost !== null && host.trim().toLowerCase() === policy.originHost);
}

/** The startup log's line on who may write. */
export function describePolicy(policy: WritePolicy): string {
	const names = ['localhost', '127.0.0.1', '[::1]', ...(policy.originHost ? [hostName(policy.originHost)] : [])].join(', ');
	const writes = policy.token
		? `writes need the token in DATELINE_WRITE_TOKEN (Authorization: Bearer, or sign in at /signin)${
				policy.token.length < MIN_TOKEN_LENGTH ? `; the token is shorter than ${MIN_TOKEN_LENGTH} characters, which is easy to guess` : ''
			}`
		: 'writes only from this machine (loopback); everyone else reads. Set DATELINE_WRITE_TOKEN to let others write';
	return `Dateline: ${writes}. Answers to the host names ${names}${policy.originHost ? '' : ' (set ORIGIN for another)'}.`;
}

import { fail, redirect } from '@sveltejs/kit';
import { SESSION_COOKIE } from '$lib/server/auth/access';
import { writePolicy } from '$lib/server/auth/policy';
import { returnPath } from '$lib/server/auth/return-path';
import { tokenGuesses, tooManyGuesses } from '$lib/server/auth/guesses';
import { sameSecret } from '$lib/server/auth/secret';
import type { Actions } from './$types';

const policy = writePolicy(process.env);

export const actions: Actions = {
	/** Turns the write token into a session cookie that holds an HMAC of it, never the token itself. */
	signin: async ({ request, cookies, url, getClientAddress }) => {
		if (!policy.token) return fail(400, { problem: 'This server has no write token: it takes changes only from its own machine.' });
		const peer = getClientAddress();
		const wait = tokenGuesses.retryAfter(peer);
		if (wait) return fail(429, { problem: `Not now: ${tooManyGuesses(wait)}.` });
		const token = String((await request.formData()).get('token') ?? '').trim();
		if (!sameSecret(token, policy.token)) {
			tokenGuesses.wrong(peer);
			return fail(401, { problem: 'That is not the write token.' });
		}
		cookies.set(SESSION_COOKIE, policy.session!, { path: '/', httpOnly: true, sameSite: 'strict', secure: url.protocol === 'https:' });
		redirect(303, returnPath(url));
	},
	signout: async ({ cookies, url }) => {
		cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: url.protocol === 'https:' });
		redirect(303, returnPath(url));
	}
};

import { describe, expect, it } from 'vitest';
import { accessFor, type Requester } from './access';
import { hostName, isLoopbackAddress, isLoopbackHost } from './loopback';
import { describePolicy, hostAllowed, writePolicy } from './policy';
import { sameSecret, sessionValue } from './secret';

const TOKEN = 'a-long-enough-write-token-42';
const local = writePolicy({});
const withToken = writePolicy({ DATELINE_WRITE_TOKEN: TOKEN, ORIGIN: 'https://dateline.example.org' });
const who = (fields: Partial<Requester>): Requester => ({ peer: '127.0.0.1', host: 'localhost:3000', authorization: null, session: undefined, ...fields });

describe('loopback', () => {
	it('knows this machine’s addresses, in every spelling, and nothing else', () => {
		for (const address of ['127.0.0.1', '127.3.2.1', '::1', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1']) expect(isLoopbackAddress(address), address).toBe(true);
		for (const address of ['198.18.0.1', '10.0.0.1', '::ffff:192.168.1.2', '1127.0.0.1', '127.0.0.1.evil', 'fe80::1', '']) expect(isLoopbackAddress(address), address).toBe(false);
	});

	it('knows this machine’s names in a Host header, with or without a port', () => {
		for (const host of ['localhost', 'LOCALHOST:3000', '127.0.0.1:80', '[::1]', '[::1]:4173']) expect(isLoopbackHost(host), host).toBe(true);
		for (const host of ['localhost.evil.example', 'evil.example', '127.0.0.2', '[::2]:80', '']) expect(isLoopbackHost(host), host).toBe(false);
		expect(hostName('[::1]:4173')).toBe('[::1]');
	});
});

describe('secrets', () => {
	it('compares whole secrets only', () => {
		expect(sameSecret(TOKEN, TOKEN)).toBe(true);
		for (const other of ['', TOKEN.slice(0, -1), `${TOKEN}x`, TOKEN.toUpperCase()]) expect(sameSecret(other, TOKEN), other).toBe(false);
	});

	it('makes a session value that is not the token and changes with it', () => {
		expect(sessionValue(TOKEN)).not.toContain(TOKEN);
		expect(sessionValue(TOKEN)).toBe(sessionValue(TOKEN));
		expect(sessionValue(TOKEN)).not.toBe(sessionValue(`${TOKEN}2`));
	});
});

describe('the write policy', () => {
	it('answers to loopback names and to the configured origin’s host only', () => {
		expect(hostAllowed(local, 'localhost:3000')).toBe(true);
		expect(hostAllowed(local, 'dateline.example.org')).toBe(false);
		expect(hostAllowed(withToken, 'dateline.example.org')).toBe(true);
		expect(hostAllowed(withToken, 'Dateline.Example.org')).toBe(true);
		expect(hostAllowed(withToken, 'dateline.example.org:8080')).toBe(false);
		expect(hostAllowed(withToken, 'rebind.attacker.example')).toBe(false);
		expect(hostAllowed(withToken, null)).toBe(false);
	});

	it('says at start which mode it is in, and warns of a short token', () => {
		expect(describePolicy(local)).toContain('writes only from this machine (loopback)');
		expect(describePolicy(withToken)).toContain('writes need the token in DATELINE_WRITE_TOKEN');
		expect(describePolicy(withToken)).toContain('dateline.example.org');
		expect(describePolicy(withToken)).not.toContain('easy to guess');
		expect(describePolicy(writePolicy({ DATELINE_WRITE_TOKEN: 'short' }))).toContain('easy to guess');
	});
});

describe('access', () => {
	it('without a token: only a loopback peer that names a loopback host writes', () => {
		expect(accessFor(local, who({})).canWrite).toBe(true);
		expect(accessFor(local, who({ peer: '::1', host: '[::1]:3000' })).canWrite).toBe(true);
		const remote = accessFor(local, who({ peer: '198.18.0.1' }));
		expect(remote).toEqual({ mode: 'local', canWrite: false, signedIn: false, reason: expect.stringContaining('only from its own machine'), wrongToken: false });
		expect(accessFor(local, who({ host: 'dateline.example.org' })).canWrite).toBe(false);
		// A bearer header means nothing without a token configured.
		expect(accessFor(local, who({ peer: '198.18.0.1', authorization: `Bearer ${TOKEN}` })).canWrite).toBe(false);
	});

	it('with a token: the bearer header or the session cookie, from anywhere, and nothing else', () => {
		expect(accessFor(withToken, who({})).canWrite).toBe(false);
		expect(accessFor(withToken, who({ peer: '198.18.0.1', authorization: `Bearer ${TOKEN}` })).canWrite).toBe(true);
		expect(accessFor(withToken, who({ authorization: `bearer   ${TOKEN}` })).canWrite).toBe(true);
		const wrong = accessFor(withToken, who({ authorization: 'Bearer guess' }));
		expect([wrong.canWrite, wrong.wrongToken]).toEqual([false, true]);
		expect(accessFor(withToken, who({ authorization: TOKEN })).canWrite).toBe(false);
		const session = accessFor(withToken, who({ session: sessionValue(TOKEN) }));
		expect(session).toEqual({ mode: 'token', canWrite: true, signedIn: true, reason: '', wrongToken: false });
		// The token itself is not a session, nor is an old token's session.
		expect(accessFor(withToken, who({ session: TOKEN })).canWrite).toBe(false);
		expect(accessFor(withToken, who({ session: sessionValue('an-older-token-of-this-server') })).canWrite).toBe(false);
	});
});

/** Whether a peer address is this machine's: 127.0.0.0/8, ::1, or either written as IPv4-mapped IPv6. */
export function isLoopbackAddress(address: string): boolean {
	const plain = address.toLowerCase().replace(/^::ffff:/, '');
	return /^127(\.\d{1,3}){3}$/.test(plain) || plain === '::1' || plain === '0:0:0:0:0:0:0:1';
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a Host header (`name` or `name:port`) names this machine. */
export function isLoopbackHost(host: string): boolean {
	return LOOPBACK_NAMES.has(hostName(host));
}

/** The name part of a Host header, lower case, without its port (`[::1]:3000` → `[::1]`). */
export function hostName(host: string): string {
	const lower = host.trim().toLowerCase();
	return lower.startsWith('[') ? lower.slice(0, lower.indexOf(']') + 1) : lower.split(':')[0];
}

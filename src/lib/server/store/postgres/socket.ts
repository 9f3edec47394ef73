/**
 * The client's connection to the server, with Nagle's algorithm off. The `postgres` client writes a
 * statement's messages in several small writes; with Nagle on, the last waits for the server to
 * acknowledge the one before, and the server delays its acknowledgement (up to 40 ms on Linux):
 * every COPY of a bulk load stood still that long, twice, and a batch of 500 articles loaded at a
 * third of the speed. Unix sockets have no such delay.
 */
import net from 'node:net';
import { once } from 'node:events';

/** What the client passes to its `socket` option: the hosts and ports parsed from the URL, or a Unix socket's path. */
export interface SocketOptions {
	host: string[];
	port: number[];
	path?: string | false;
}

/** A socket connected to the first of the hosts that answers (the client's own order), without delay. */
export async function connectWithoutDelay(options: SocketOptions): Promise<net.Socket> {
	if (options.path) return connected(net.connect(options.path));
	let failure: unknown;
	for (let i = 0; i < options.host.length; i++) {
		try {
			return await connected(net.connect({ host: options.host[i], port: options.port[i] ?? options.port[0], noDelay: true }));
		} catch (error) {
			failure = error;
		}
	}
	throw failure;
}

async function connected(socket: net.Socket): Promise<net.Socket> {
	await once(socket, 'connect');
	return socket;
}

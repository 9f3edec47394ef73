/**
 * The client's connection to the server, with Nagle's algorithm off. The `postgres` client writes a
 * statement's messages in several small writes; with Nagle on, the last waits for the server to
 * acknowledge the one before, and the server delays its acknowledgement (up to 40 ms on Linux):
 * every COPY of a bulk load stood still that long, twice, and a batch of 500 articles loaded at a
 * third of the speed. Unix sockets have no such delay.
 */
import net from 'node:net';

/** What the client passes to its `socket` option: the hosts and ports parsed from the URL, or a Unix socket's path. */
export interface SocketOptions {
	host: string[];
	port: number[];
	path?: string | false;
}

/**
 * A socket connecting, without delay, to the URL's host (its hosts in turn, one per connection, as the client
 * would). Returned at once, not when connected: the client writes its first message to it (which waits for the
 * connection), and hears a failure to connect through the socket's own 'error' and 'close', as with its own
 * sockets, so that it fails or retries the queries waiting instead of leaving them to wait forever.
 */
export function socketWithoutDelay(): (options: SocketOptions) => net.Socket {
	let next = 0;
	return (options) => {
		if (options.path) return net.connect(options.path);
		const i = next++ % options.host.length;
		return net.connect({ host: options.host[i], port: options.port[i] ?? options.port[0], noDelay: true });
	};
}

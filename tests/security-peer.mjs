// Runs inside a network namespace of its own (see security.spec.ts), where the loopback interface also holds
// 198.18.0.1, an address of the benchmarking range that exists nowhere else: a request sent to it comes from
// it, so the server sees a peer that is not loopback, as it would a machine on the same network.
// Serves the production build on all interfaces, sends each probe, and prints the answers as one JSON object.
import { spawn } from 'node:child_process';
import { request } from 'node:http';

const [database] = process.argv.slice(2);
const PEER = '198.18.0.1';
const PORT = 3000;
const server = spawn(process.execPath, ['build'], {
	env: { ...process.env, HOST: '0.0.0.0', PORT: String(PORT), ORIGIN: `http://${PEER}:${PORT}`, DATELINE_DB: database },
	stdio: ['ignore', 'pipe', 'inherit']
});
let log = '';
await new Promise((resolve, reject) => {
	server.stdout.on('data', (chunk) => {
		log += chunk;
		if (log.includes('Listening on')) resolve();
	});
	server.on('exit', (code) => reject(new Error(`the server exited (${code}): ${log}`)));
});

/** One request to `address` (the connection's destination, and so its source), with the Host given. */
function probe(address, host, method, path, body) {
	return new Promise((resolve, reject) => {
		const headers = { host, ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}) };
		const req = request({ host: address, port: PORT, method, path, headers }, (res) => {
			let text = '';
			res.on('data', (chunk) => (text += chunk));
			res.on('end', () => resolve({ status: res.statusCode, body: text }));
		});
		req.on('error', reject);
		req.end(body);
	});
}

const article = JSON.stringify({
	title: 'Russia and China sign gas deal',
	published: '2014-05-22',
	url: 'https://example.org/peer-probe',
	text: 'Russia and China on Wednesday signed a 30-year agreement under which Gazprom will supply gas to China.'
});
const remote = `${PEER}:${PORT}`;
const local = `localhost:${PORT}`;
const results = {};
try {
	results.log = log;
	results.localWrite = await probe('127.0.0.1', local, 'POST', '/api/articles', article);
	const id = JSON.parse(results.localWrite.body).id;
	results.eventsBefore = await probe('127.0.0.1', local, 'GET', '/api/events?limit=1');
	results.remotePage = await probe(PEER, remote, 'GET', '/');
	results.remoteRead = await probe(PEER, remote, 'GET', `/api/articles/${id}`);
	results.remotePost = await probe(PEER, remote, 'POST', '/api/articles', article.replace('peer-probe', 'peer-probe-2'));
	results.remoteCorrect = await probe(PEER, remote, 'PUT', `/api/articles/${id}/corrections`, JSON.stringify([{ kind: 'drop', eventId: 'abc' }]));
	results.remoteDelete = await probe(PEER, remote, 'DELETE', `/api/articles/${id}`);
	// A remote peer that names this machine in its Host header is still remote.
	results.remoteDeleteAsLocalhost = await probe(PEER, local, 'DELETE', `/api/articles/${id}`);
	// This machine, but through the network name: the Host is not loopback, so it does not write either.
	results.localDeleteByNetworkName = await probe('127.0.0.1', remote, 'DELETE', `/api/articles/${id}`);
	results.foreignHost = await probe(PEER, 'rebind.attacker.example', 'GET', '/api/events');
	results.afterwards = await probe('127.0.0.1', local, 'GET', `/api/articles/${id}`);
	results.eventsAfter = await probe('127.0.0.1', local, 'GET', '/api/events?limit=1');
} finally {
	server.kill();
}
console.log(JSON.stringify(results));

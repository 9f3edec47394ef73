import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The production build (made by the webServer's `npm start`) served by a process of a test's own, with its
 * own environment and an empty database in a temporary folder: for the modes the shared server is not in.
 */
export class BuiltServer {
	readonly origin: string;
	private constructor(
		private readonly child: ChildProcess,
		private readonly folder: string,
		readonly port: number,
		private readonly output: () => string
	) {
		this.origin = `http://localhost:${port}`;
	}

	/** What the server printed so far (stdout and stderr). */
	get log(): string {
		return this.output();
	}

	static async start(env: Record<string, string>): Promise<BuiltServer> {
		const folder = mkdtempSync(join(tmpdir(), 'dateline-security-'));
		// PORT=0: the system picks a free port, which the server prints.
		const child = spawn(process.execPath, ['build'], {
			env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATELINE_DB: join(folder, 'dateline.sqlite'), ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout!.on('data', (chunk) => (output += chunk));
		child.stderr!.on('data', (chunk) => (output += chunk));
		const port = await new Promise<number>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 60_000);
			const check = () => {
				const port = /Listening on http:\/\/[^:]+:(\d+)/.exec(output)?.[1];
				if (port) {
					clearTimeout(timer);
					resolve(Number(port));
				}
			};
			child.stdout!.on('data', check);
			child.on('exit', (code) => reject(new Error(`the server exited (${code}):\n${output}`)));
		});
		return new BuiltServer(child, folder, port, () => output);
	}

	async stop(): Promise<void> {
		const exited = new Promise((resolve) => this.child.once('exit', resolve));
		this.child.kill();
		await exited;
		rmSync(this.folder, { recursive: true, force: true });
	}
}

export interface RawAnswer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

/**
 * One HTTP request with exactly the headers given (a foreign Host, no length: `fetch` and Playwright's
 * request context set those themselves). A body given as chunks is sent chunked, with no length.
 */
export function rawRequest(url: string, options: { method?: string; headers?: Record<string, string>; body?: string | string[] }): Promise<RawAnswer> {
	return new Promise((resolve, reject) => {
		let answered = false;
		const request = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers }, (response) => {
			answered = true;
			let body = '';
			response.setEncoding('utf8');
			response.on('data', (chunk) => (body += chunk));
			response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
		});
		// A server that refuses a body early may close before all of it is sent: its answer is what counts.
		request.on('error', (error) => answered || reject(error));
		const chunks = options.body === undefined ? [] : Array.isArray(options.body) ? options.body : [options.body];
		for (const chunk of chunks) request.write(chunk);
		request.end();
	});
}

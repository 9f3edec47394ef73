/**
 * Progress for long runs: a redrawn bar with counts, rate and time left on a
 * terminal; plain lines, at most one every few seconds, when piped to a file or CI log.
 */
export class Progress {
	private started = performance.now();
	private lastLine = 0;
	private readonly tty: boolean;

	constructor(
		private readonly total: number,
		private readonly unit: string,
		private readonly stream: NodeJS.WriteStream = process.stderr
	) {
		this.tty = !!stream.isTTY;
	}

	update(done: number): void {
		const now = performance.now();
		const seconds = (now - this.started) / 1000;
		const rate = done / Math.max(seconds, 1e-3);
		const left = rate > 0 ? (this.total - done) / rate : Infinity;
		const counts = `${done}/${this.total} ${this.unit}`;
		const stats = `${rate.toFixed(0)}/s, ${formatSeconds(left)} left`;
		if (this.tty) {
			const width = 30;
			const filled = this.total ? Math.round((width * done) / this.total) : width;
			this.stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${counts} ${stats}\x1b[K`);
		} else if (now - this.lastLine > 2000 || done === this.total) {
			this.lastLine = now;
			this.stream.write(`${counts} (${stats})\n`);
		}
	}

	/** Clears the bar so the summary starts on a clean line. */
	finish(): void {
		if (this.tty) this.stream.write('\r\x1b[K');
	}

	get elapsedSeconds(): number {
		return (performance.now() - this.started) / 1000;
	}
}

export function formatSeconds(seconds: number): string {
	if (!Number.isFinite(seconds)) return '?';
	if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)}s`;
	return `${Math.floor(seconds / 60)}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
}

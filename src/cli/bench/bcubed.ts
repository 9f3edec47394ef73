/** B-cubed precision and recall of predicted clusters (each a list of true labels). */
export function bcubed(clusters: number[][]): { precision: number; recall: number } {
	const truthSize = new Map<number, number>();
	for (const c of clusters) for (const t of c) truthSize.set(t, (truthSize.get(t) ?? 0) + 1);
	let p = 0;
	let r = 0;
	let n = 0;
	for (const c of clusters) {
		const counts = new Map<number, number>();
		for (const t of c) counts.set(t, (counts.get(t) ?? 0) + 1);
		for (const [t, k] of counts) {
			p += (k * k) / c.length;
			r += (k * k) / truthSize.get(t)!;
			n += k;
		}
	}
	return { precision: p / n, recall: r / n };
}

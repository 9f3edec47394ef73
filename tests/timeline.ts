import type { Page } from '@playwright/test';

/** A mark the timeline drew, in page pixels, with the colour at its centre. */
export interface DrawnMark {
	left: number;
	right: number;
	x: number;
	y: number;
	rgb: [number, number, number];
}

/**
 * The marks on the timeline's canvas, found from its pixels as the eye finds
 * them: each patch of painted pixels apart from the others (lanes and
 * neighbours in a lane are drawn 2 pixels apart), by its bounding box.
 */
export async function drawnMarks(page: Page): Promise<DrawnMark[]> {
	return page.locator('.timeline canvas.marks').evaluate((canvas: HTMLCanvasElement) => {
		const { width, height } = canvas;
		const pixels = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
		const ratio = width / canvas.clientWidth;
		const box = canvas.getBoundingClientRect();
		const seen = new Uint8Array(width * height);
		const marks = [];
		for (let start = 0; start < width * height; start++) {
			if (seen[start] || pixels[start * 4 + 3] === 0) continue;
			// Flood the patch, keeping its bounds.
			let [left, right, top, bottom] = [width, 0, height, 0];
			const stack = [start];
			seen[start] = 1;
			while (stack.length) {
				const i = stack.pop()!;
				const x = i % width;
				const y = (i - x) / width;
				[left, right, top, bottom] = [Math.min(left, x), Math.max(right, x), Math.min(top, y), Math.max(bottom, y)];
				for (const [nx, ny] of [[x - 1, y], [x + 1, y], [x, y - 1], [x, y + 1]]) {
					const n = ny * width + nx;
					if (nx < 0 || ny < 0 || nx >= width || ny >= height || seen[n] || pixels[n * 4 + 3] === 0) continue;
					seen[n] = 1;
					stack.push(n);
				}
			}
			const centre = (Math.round((top + bottom) / 2) * width + Math.round((left + right) / 2)) * 4;
			marks.push({
				left: box.left + left / ratio,
				right: box.left + (right + 1) / ratio,
				x: box.left + (left + right + 1) / 2 / ratio,
				y: box.top + (top + bottom + 1) / 2 / ratio,
				rgb: [pixels[centre], pixels[centre + 1], pixels[centre + 2]] as [number, number, number]
			});
		}
		return marks;
	});
}

/** Whether a mark is drawn in the highlight colour (the selected or pointed-at event). */
export const isHighlighted = (mark: DrawnMark) => mark.rgb[0] > 150 && mark.rgb[2] < 80;

/**
 * The page x of a UTC day on the detail view, read off its axis as a reader
 * would: from the positions of two year ticks.
 */
export async function detailAxis(page: Page): Promise<(isoDay: string) => number> {
	const years = await page.locator('.timeline .detail g.axis > g').evaluateAll((ticks) =>
		ticks
			.map((tick) => {
				const line = tick.querySelector('line')!.getBoundingClientRect();
				return { label: tick.textContent?.trim() ?? '', x: line.left + line.width / 2 };
			})
			.filter((tick) => /^\d{4}$/.test(tick.label))
	);
	if (years.length < 2) throw new Error('the detail axis shows fewer than two years');
	const [a, b] = years;
	const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
	const perDay = (b.x - a.x) / (day(`${b.label}-01-01`) - day(`${a.label}-01-01`));
	return (iso) => a.x + (day(iso) - day(`${a.label}-01-01`)) * perDay;
}

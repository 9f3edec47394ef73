import countries from 'i18n-iso-countries';

/** ISO 3166-1 alpha-2 of a numeric code ("643" → "RU"), as world-atlas ids are numeric. */
export function alpha2FromNumeric(numeric: string): string | undefined {
	return countries.numericToAlpha2(numeric);
}

const displayNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

const names = new Map<string, string>();

/**
 * The short English name readers know a country by ("Russia", not "Russian Federation").
 * Remembered: lists and tooltips ask again on every frame of a brush.
 */
export function countryName(iso: string): string {
	let name = names.get(iso);
	if (name === undefined) {
		try {
			name = displayNames.of(iso) ?? iso;
		} catch {
			name = iso;
		}
		names.set(iso, name);
	}
	return name;
}

/** Whether a string is a well-formed alpha-2 code of a country we can name and draw. */
export function isCountryCode(code: string): boolean {
	return /^[A-Z]{2}$/.test(code) && (code === 'XK' || countries.isValid(code));
}

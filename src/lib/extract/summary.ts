/** A one-line summary of an event from the words of its clause. */

const MAX = 140;

/** Leading connectives of a clause cut out of a sentence ("that", "and", ","). */
const LEAD = /^(?:[\s,;:–—-]|and\b|but\b|that\b|while\b|which\b|as\b|also\b)+/i;

export function summarise(clause: string, sentence: string): string {
	let s = clause.replace(/\s+/g, ' ').replace(LEAD, '').trim();
	// A clause of a few words ("Nikiforov said Monday") says less than its sentence.
	if (s.split(' ').length < 6) s = sentence.replace(/\s+/g, ' ').trim();
	s = s.replace(/^[#*>\s]+/, '').replace(/[\s,;:]+$/, '');
	if (s.length > MAX) {
		const cut = s.lastIndexOf(' ', MAX - 1);
		s = s.slice(0, cut > 60 ? cut : MAX - 1).replace(/[\s,;:]+$/, '') + '…';
	}
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Two articles the store's tests write: the sample that started Dateline, and another on the same countries. */
import type { ArticleDraft } from '../../domain/types';

export const seedDraft: ArticleDraft = {
	title: 'Wary of the West, Russia and China Expand Trade in Computer Software',
	published: '2014-08-18',
	source: 'The Moscow Times',
	url: 'https://www.themoscowtimes.com/2014/08/18/wary-of-the-west',
	text:
		"As Russia's relations with the West spoil over Ukraine, the Kremlin has agreed to broaden software deliveries to China, " +
		'Russian Communications and Mass Media Minister Nikolai Nikiforov said Monday.\n\n' +
		'In July Beijing opened an anti-monopoly inquiry into the practices of Microsoft and in May banned the use of Windows 8 ' +
		'operating system on all new government computers, AFP reported.'
};
export const second: ArticleDraft = {
	title: 'Russia and China sign 30-year gas supply deal',
	published: '2014-05-22',
	url: 'https://example.com/power-of-siberia',
	text: 'Russia and China on Wednesday signed an agreement under which Gazprom will supply gas to China for 30 years.'
};

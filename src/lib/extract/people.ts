/**
 * People whose nationality tells whose happening it is: heads of state and government, and the
 * ministers and spokespeople who speak for them, as news names them ("Vladimir Putin", then
 * "Putin"). "Xi also sealed a gas deal with Vladimir Putin on Sunday" is China's and Russia's,
 * though it names no place. They count for an event's countries as a state body does ("the Kremlin
 * said"); they are no places, and the extraction's places do not list them.
 */
import { isTitle } from './place-context';
import type { Token } from './tokens';

/** A person's name in the text, with their country. */
export interface PersonMention {
	start: number;
	end: number;
	country: string;
}

/**
 * By country, full names as news writes them, `|` between people. The surname alone (the last word,
 * or what follows `=`) names them too; a surname that is also a word, a month, a town or a common
 * name (`!`) only after the full name earlier in the article or a title right before it ("Mrs May").
 */
const PEOPLE: Record<string, string> = {
	RU: 'Vladimir Putin|Dmitry Medvedev|Sergei Lavrov|Sergey Lavrov|Sergei Shoigu|Dmitry Peskov|Maria Zakharova|Mikhail Mishustin|Alexei Navalny|Vyacheslav Volodin|Valentina Matviyenko|Sergei Ryabkov|Vitaly Churkin|Vassily Nebenzia|Alexei Miller|Igor Sechin|Sergei Naryshkin|Nikolai Patrushev|Ramzan Kadyrov|Yevgeny Prigozhin',
	US: 'Barack Obama|Donald Trump|Joe Biden|Hillary Clinton|Bill Clinton|George W. Bush|George Bush|John Kerry=Kerry!|Rex Tillerson|Mike Pompeo|Antony Blinken|Chuck Hagel|Ash Carter=Carter!|Jim Mattis|James Mattis|Lloyd Austin=Austin!|Mike Pence|Kamala Harris=Harris!|Susan Rice=Rice!|Samantha Power=Power!|Nikki Haley|John Bolton|Jake Sullivan=Sullivan!|Jen Psaki|Josh Earnest=Earnest!|Sean Spicer|Victoria Nuland|Janet Yellen|Jerome Powell|Ben Bernanke|Steven Mnuchin|Jack Lew=Lew!|Robert Mueller|Nancy Pelosi|Mitch McConnell|John McCain|Ted Cruz|Bernie Sanders|Mark Esper|Xavier Becerra',
	CN: 'Xi Jinping=Xi|Li Keqiang=Li!|Wang Yi=Wang!|Hu Jintao=Hu!|Wen Jiabao=Wen!|Hua Chunying|Geng Shuang|Zhao Lijian|Wang Qishan|Zhang Gaoli|Han Zheng|Li Qiang=Li!|Qin Gang=Qin!|Wei Fenghe|Chang Wanquan',
	UA: 'Petro Poroshenko|Volodymyr Zelensky|Volodymyr Zelenskiy|Volodymyr Zelenskyy|Viktor Yanukovych|Arseniy Yatsenyuk|Yulia Tymoshenko|Pavlo Klimkin|Dmytro Kuleba|Vitali Klitschko|Oleksandr Turchynov|Denys Shmyhal|Arsen Avakov',
	DE: 'Angela Merkel|Olaf Scholz|Frank-Walter Steinmeier|Wolfgang Schaeuble|Wolfgang Schäuble|Sigmar Gabriel=Gabriel!|Heiko Maas=Maas!|Ursula von der Leyen=von der Leyen|Annalena Baerbock|Gerhard Schroeder|Gerhard Schröder|Friedrich Merz',
	FR: 'François Hollande|Francois Hollande|Emmanuel Macron|Nicolas Sarkozy|Laurent Fabius|Jean-Yves Le Drian=Le Drian|Manuel Valls|Edouard Philippe|Édouard Philippe|Bruno Le Maire=Le Maire',
	GB: 'David Cameron=Cameron!|Theresa May=May!|Boris Johnson=Johnson!|Rishi Sunak|Keir Starmer|Liz Truss|Gordon Brown=Brown!|Tony Blair|Philip Hammond=Hammond!|William Hague=Hague!|Jeremy Hunt=Hunt!|George Osborne|Dominic Raab|Queen Elizabeth=-|King Charles=-',
	JP: 'Shinzo Abe=Abe!|Yoshihide Suga=Suga!|Fumio Kishida|Taro Kono=Kono!|Yoshihiko Noda=Noda!|Haruhiko Kuroda',
	KR: 'Park Geun-hye=Park!|Moon Jae-in=Moon!|Yoon Suk-yeol=Yoon!|Lee Myung-bak=Lee!',
	KP: 'Kim Jong Un=Kim!|Kim Jong-un=Kim!|Kim Jong Il=-|Kim Jong-il=-|Kim Yo Jong=-|Kim Yo-jong=-|Ri Yong Ho=-',
	IN: 'Narendra Modi|Manmohan Singh=Singh!|Sushma Swaraj|Subrahmanyam Jaishankar|Arun Jaitley|Rajnath Singh=-',
	TR: 'Recep Tayyip Erdogan=Erdogan|Recep Tayyip Erdoğan=Erdoğan|Tayyip Erdogan=Erdogan|Tayyip Erdoğan=Erdoğan|Ahmet Davutoglu|Ahmet Davutoğlu|Binali Yildirim|Mevlut Cavusoglu|Mevlüt Çavuşoğlu|Hulusi Akar',
	IL: 'Benjamin Netanyahu|Naftali Bennett=Bennett!|Yair Lapid|Avigdor Lieberman|Benny Gantz|Shimon Peres|Reuven Rivlin|Isaac Herzog=Herzog!',
	IR: 'Hassan Rouhani|Ali Khamenei|Ayatollah Ali Khamenei=Khamenei|Mohammad Javad Zarif|Javad Zarif=Zarif|Mahmoud Ahmadinejad|Ebrahim Raisi|Qassem Soleimani',
	SY: 'Bashar al-Assad=Assad|Bashar Assad=Assad|Walid al-Moualem=Moualem|Walid Muallem=Muallem',
	BY: 'Alexander Lukashenko|Alexander Lukashenka|Aliaksandr Lukashenka|Svetlana Tikhanovskaya',
	KZ: 'Nursultan Nazarbayev|Kassym-Jomart Tokayev',
	BR: 'Dilma Rousseff|Luiz Inácio Lula da Silva=Lula|Luiz Inacio Lula da Silva=Lula|Michel Temer|Jair Bolsonaro',
	CA: 'Justin Trudeau|Stephen Harper=Harper!|Chrystia Freeland',
	AU: 'Tony Abbott=Abbott!|Malcolm Turnbull|Scott Morrison=Morrison!|Julie Bishop=Bishop!|Anthony Albanese|Julia Gillard|Kevin Rudd',
	NZ: 'Jacinda Ardern|John Key=-',
	PH: 'Rodrigo Duterte|Benigno Aquino=Aquino!|Ferdinand Marcos=Marcos!',
	VE: 'Nicolas Maduro|Nicolás Maduro|Hugo Chavez|Hugo Chávez|Juan Guaido|Juan Guaidó',
	CU: 'Raul Castro=Castro|Raúl Castro=Castro|Fidel Castro=Castro',
	IT: 'Matteo Renzi|Giuseppe Conte=Conte!|Mario Draghi|Giorgia Meloni|Silvio Berlusconi|Enrico Letta|Paolo Gentiloni',
	ES: 'Mariano Rajoy|Pedro Sanchez=Sanchez!|Pedro Sánchez=Sánchez!',
	GR: 'Alexis Tsipras|Yanis Varoufakis|Antonis Samaras',
	HU: 'Viktor Orban|Viktor Orbán',
	PL: 'Andrzej Duda|Beata Szydlo|Mateusz Morawiecki|Jaroslaw Kaczynski|Jarosław Kaczyński|Radoslaw Sikorski|Radosław Sikorski',
	SA: 'Mohammed bin Salman=bin Salman|King Salman=-|Adel al-Jubeir=Jubeir',
	EG: 'Abdel Fattah el-Sisi=Sisi|Abdel Fattah al-Sisi=Sisi|Mohamed Morsi=Morsi|Hosni Mubarak',
	PK: 'Nawaz Sharif=Sharif!|Imran Khan=Khan!|Shehbaz Sharif=-',
	AF: 'Ashraf Ghani=Ghani|Hamid Karzai|Abdullah Abdullah=-',
	MY: 'Najib Razak=Najib|Mahathir Mohamad=Mahathir|Anwar Ibrahim=Anwar',
	ID: 'Joko Widodo=Widodo|Susilo Bambang Yudhoyono=Yudhoyono',
	MX: 'Enrique Pena Nieto=Pena Nieto|Enrique Peña Nieto=Peña Nieto|Andres Manuel Lopez Obrador=Lopez Obrador|Andrés Manuel López Obrador=López Obrador',
	GE: 'Mikheil Saakashvili|Bidzina Ivanishvili',
	AZ: 'Ilham Aliyev=Aliyev',
	AM: 'Serzh Sargsyan|Nikol Pashinyan',
	NL: 'Mark Rutte|Bert Koenders',
	VN: 'Nguyen Tan Dung=-|Nguyen Phu Trong=-',
	MM: 'Aung San Suu Kyi=Suu Kyi',
	TH: 'Prayuth Chan-ocha=Prayuth|Yingluck Shinawatra=Yingluck',
	ZA: 'Jacob Zuma|Cyril Ramaphosa',
	NG: 'Muhammadu Buhari|Goodluck Jonathan=-',
	IQ: 'Haider al-Abadi=Abadi|Nouri al-Maliki=Maliki',
	AR: 'Cristina Fernandez de Kirchner=Kirchner|Cristina Kirchner=Kirchner|Mauricio Macri'
};

interface Person {
	country: string;
	/** The surname alone names them only after the full name or a title. */
	guarded: boolean;
}

/** The first word of a name as the tokens cut it (hyphens and periods split): the index's key. */
const firstWord = (name: string) => /^[\p{L}\p{N}]+/u.exec(name)![0];

/** Full names, and surnames, by their first word. */
const FULL = new Map<string, { name: string; country: string; short: string | null }[]>();
const SHORT = new Map<string, { name: string; person: Person }[]>();

for (const [country, names] of Object.entries(PEOPLE)) {
	for (const entry of names.split('|')) {
		const [name, alone] = entry.split('=');
		const short = alone === '-' ? null : alone ? alone.replace(/!$/, '') : name.split(' ').at(-1)!;
		const fulls = FULL.get(firstWord(name)) ?? [];
		fulls.push({ name, country, short });
		FULL.set(firstWord(name), fulls);
		if (!short) continue;
		const shorts = SHORT.get(firstWord(short)) ?? [];
		if (!shorts.some((s) => s.name === short)) shorts.push({ name: short, person: { country, guarded: alone?.endsWith('!') ?? false } });
		SHORT.set(firstWord(short), shorts);
	}
}

/** First letters of the lower-case words a short name may open with ("bin Salman", "von der Leyen"): other lower-case words are passed by unread. */
const LOWER_FIRST = new Set([...SHORT.keys()].filter((w) => !/^\p{Lu}/u.test(w)).map((w) => w.charCodeAt(0)));

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where `name` ends if the text has it whole at `at`, else -1. */
function nameEnd(text: string, at: number, name: string): number {
	const end = at + name.length;
	return text.startsWith(name, at) && !WORD_CHAR.test(text.charAt(end)) ? end : -1;
}

/** The token at or after `from`, past `end`. */
function tokenAfter(tokens: Token[], from: number, end: number): number {
	let k = from;
	while (k < tokens.length && tokens[k].start < end) k++;
	return k;
}

/** Whether the token before the i-th is a title ("President Putin", "Mrs. May"), which makes a surname the person. */
function titled(text: string, tokens: Token[], i: number): boolean {
	const before = tokens[i - 1];
	if (!before) return false;
	const gap = text.slice(before.end, tokens[i].start);
	return (gap === ' ' || gap === '. ') && isTitle(text.slice(before.start, before.end));
}

/** Words before a guarded surname that make it the word, month or town it also is: "in May", "since May". */
const WORD_BEFORE = /\b(?:in|on|at|since|until|till|by|of|from|to|last|next|early|late|mid|this|that|every|each)\s+$/i;

/**
 * The people of the table the text names, in reading order: full names, then surnames (of a
 * guarded surname only those after the full name, or after a title).
 */
export function findPeople(text: string, tokens: Token[]): PersonMention[] {
	const out: PersonMention[] = [];
	/** Surnames whose full name the article has given, with the country of whom they name. */
	const introduced = new Map<string, string>();
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (!t.capital && !LOWER_FIRST.has(text.charCodeAt(t.start))) continue;
		const word = text.slice(t.start, t.end);
		const full = FULL.get(word);
		const short = SHORT.get(word);
		if (!full && !short) continue;
		let end = -1;
		for (const person of full ?? []) {
			if ((end = nameEnd(text, t.start, person.name)) < 0) continue;
			out.push({ start: t.start, end, country: person.country });
			if (person.short) introduced.set(person.short, person.country);
			break;
		}
		if (end < 0)
			for (const { name, person } of short ?? []) {
				if ((end = nameEnd(text, t.start, name)) < 0) continue;
				const title = titled(text, tokens, i);
				// Part of a longer name: "Magic Johnson" is someone else.
				const before = tokens[i - 1];
				const inName = before?.capital && text.slice(before.end, t.start) === ' ' && !title;
				const guardedOut = person.guarded && ((introduced.get(name) !== person.country && !title) || WORD_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)));
				if (inName || guardedOut) {
					end = -1;
					continue;
				}
				out.push({ start: t.start, end, country: person.country });
				break;
			}
		if (end >= 0) i = tokenAfter(tokens, i, end) - 1;
	}
	return out;
}

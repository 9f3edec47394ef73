/**
 * Events: one per thing that happened, each with its own date, countries by
 * salience, a summary, its source span and a confidence.
 */
import { describe, expect, it } from 'vitest';
import { MAX_EVENTS, extract } from './index';

const PUB = '2014-08-18';
const events = (text: string, published = PUB) => extract({ id: 't', published, text }).events;

/** The seed article's body (The Moscow Times, Monday 18 August 2014), embedded so the test needs no file. */
const SEED = `As Russia's relations with the West spoil over Ukraine, the Kremlin has agreed to broaden software deliveries to China, with increased supplies of Chinese servers, storage systems and other IT products set to come the other way, Russian Communications and Mass Media Minister Nikolai Nikiforov said Monday.

The deal is likely aimed at helping Russia replace deliveries of U.S. information technology products in light of Western sanctions imposed on Moscow for its role in the Ukraine crisis.

Following his meeting in Beijing with Chinese Industry and IT Minister Miao Wei and the head of China's media administration, Cai Fuchao, Nikiforov also wrote on his Twitter account that the two countries have called for "a multilateral transparent model for managing crucial Internet resources," in an apparent sign that Russia and China may collaborate on cyber surveillance in future.

The move also comes a year after NSA leaker Edward Snowden revealed the scale of U.S. intelligence gathering, which served as a wake-up call in Russia on the security hazards of using Western computer software.

Any forthcoming bilateral agreements on security could play into the hands of Russian developers such as anti-virus software maker Kaspersky Lab, which is expanding into Asian markets, but was this month dropped from Beijing's list of approved online security vendors, according to a report by the People's Daily newspaper in China.

Chinese lawmakers have recently taken a hard line against foreign IT companies amid security fears. In July Beijing opened an anti-monopoly inquiry into the practices of Microsoft and in May banned the use of Windows 8 operating system on all new government computers, AFP reported. China's leadership has also put pressure on the country's banks to get rid of IBM servers, Bloomberg reported in May.`;

describe('buildEvents', () => {
	it('gives a reported statement and the reported event their own dates', () => {
		const found = events('Nikiforov said Monday that Beijing opened an inquiry in July.');
		expect(found.map((e) => [e.date.value, e.countries])).toEqual([
			['2014-08-18', ['CN']],
			['2014-07', ['CN']]
		]);
	});

	it('gives a reported question its own clause: "whether" opens it as "that" does', () => {
		const text = 'Ukrenergo said on Monday it was investigating whether a cyber attack caused a power cut in Kiev late on Saturday.';
		expect(events(text).map((e) => [e.date.value, text.slice(e.start, e.end)])).toEqual([
			['2014-08-18', 'Ukrenergo said on Monday it was investigating'],
			['2014-08-16', ' whether a cyber attack caused a power cut in Kiev late on Saturday.']
		]);
	});

	// Intervals and weekends are no TIMEX mentions, but events are dated by them, with calendar values.
	it.each([
		['China has bought Russian servers since March.', '2014-03-01/2014-08-18', 'range'],
		['China bought Russian servers between 2010 and 2013.', '2010-01-01/2013-12-31', 'range'],
		['China and Russia signed the deal over the weekend.', '2014-08-16/2014-08-17', 'range'],
		['China and Russia signed the deal on Friday.', '2014-08-15', 'day'],
		// A state that continues: a range up to publication.
		['Russia has held the Ukrainian pilot since April 2014.', '2014-04-01/2014-08-18', 'range'],
		// Periods and spans from now (issue 21).
		['In the fiscal year that ended March 31, Chinese exports to Russia rose.', '2013-04-01/2014-03-31', 'range'],
		['Chinese exports to Russia rose in the first half.', '2014-01-01/2014-06-30', 'range'],
		['Russia will decide on Chinese gas within the next ten days.', '2014-08-19/2014-08-28', 'range'],
		['Russia will sign the deal with China later this year.', '2014-08-19/2014-12-31', 'range']
	])('dates "%s" by %s', (text, value, granularity) => {
		const found = events(text);
		expect(found.map((e) => e.date)).toEqual([{ value, granularity }]);
		expect(extract({ id: 't', published: PUB, text }).dates.some((d) => d.granularity === 'range' && d.text.includes(' '))).toBe(false);
	});

	it('dates an event by the happening it counts from, which the article dates elsewhere', () => {
		const found = events('Three weeks after the referendum, Russia sent troops to Ukraine. Ukraine held the referendum on March 16.');
		expect(found.map((e) => [e.date.value, e.date.granularity])).toEqual([
			['2014-W14', 'week'],
			['2014-03-16', 'day']
		]);
		// Without a day for the referendum there is no date to give it (not publication's, nor a year before).
		expect(events('Three weeks after the referendum, Russia sent troops to Ukraine.')).toEqual([]);
	});

	it('cuts a sentence with two dated actions into two events', () => {
		const text = 'In July Beijing opened an inquiry into Microsoft and in May banned Windows 8 on government computers.';
		const found = events(text);
		expect(found.map((e) => e.date.value)).toEqual(['2014-07', '2014-05']);
		expect(found[0].countries[0]).toBe('CN');
		expect(text.slice(found[1].start, found[1].end)).toContain('banned Windows 8');
	});

	it('lets a sentence that continues the story inherit its date, with lower confidence', () => {
		const found = events('Russia and China signed a software deal on Monday. The deal covers Chinese servers.');
		expect(found.map((e) => e.date.value)).toEqual(['2014-08-18', '2014-08-18']);
		expect(found[1].confidence).toBeLessThan(found[0].confidence);
	});

	it('does not pass a date across paragraphs or to unrelated sentences', () => {
		expect(events('Russia signed a deal on Monday.\n\nThe deal covers Chinese servers.')).toHaveLength(1);
		expect(events('Russia signed a deal on Monday. Critics in China were unimpressed.')).toHaveLength(1);
	});

	it('passes on only a date that dated a main clause, not one that named a thing or told of a noun', () => {
		expect(events("According to a 2010 NSA document, the operation targeted China's army. It also aimed to spy on China's routers.")).toEqual([]);
		const found = events('Obama completed the normalisation of relations with Vietnam that began in 1995. It comes as Vietnam grows alarmed at China.');
		expect(found.map((e) => e.date.value)).toEqual(['1995']);
	});

	it("gives a noun's relative clause the noun's places, else the story's, not another clause's", () => {
		const text =
			'Obama announced on Monday that the United States would lift its ban on selling weapons to Vietnam. He said the decision was not about China but about completing the normalisation of relations that began in 1995.';
		expect(events(text).map((e) => [e.date.value, e.countries])).toEqual([
			['2014-08-18', ['US', 'VN']],
			['1995', ['US', 'VN']]
		]);
		expect(events('He spoke of the talks with Russia that began in 1995.').map((e) => e.countries)).toEqual([['RU']]);
	});

	it("borrows the paragraph's countries for a dated sentence that names none, less surely", () => {
		const found = events('Russia gave Snowden asylum on Thursday. Snowden had filed his request in mid-July.');
		expect(found.map((e) => [e.date.value, e.countries])).toEqual([
			['2014-08-14', ['RU']],
			['2014-07', ['RU']]
		]);
		expect(found[1].confidence).toBeLessThan(found[0].confidence);
	});

	it("past its paragraph, borrows the article's leading countries, not the last one named", () => {
		const text =
			'Russia seized Crimea in March, and Russia answered sanctions with its own.\n\nA ceasefire signed in Minsk in September slowed the fighting.\n\nThe rouble has lost 40 percent of its value this year.';
		expect(events(text, '2014-12-29').map((e) => [e.date.value, e.countries])).toEqual([
			['2014-03', ['RU', 'UA']],
			['2014-09', ['BY']],
			['2014', ['RU']]
		]);
	});

	it('dates an event by an interval rather than by its parts', () => {
		const [e] = events('Russia has cut gas deliveries to Ukraine since March.');
		expect(e.date).toEqual({ value: '2014-03-01/2014-08-18', granularity: 'range' });
	});

	it('makes no event of the date a first or a superlative reaches back to', () => {
		const found = events('Turkish jets shot down a Russian jet on Monday, the first time a NATO member has downed a Russian aircraft since the 1950s.');
		expect(found.map((e) => e.date.value)).toEqual(['2014-08-18']);
		expect(events('Inflation in Russia reached its highest since 2008.')).toEqual([]);
		expect(events('Russia reported its lowest harvest since 2010 on Monday.').map((e) => e.date.value)).toEqual(['2014-08-18']);
		expect(events("China devalued the yuan on Tuesday, its biggest one-day devaluation since 1994.").map((e) => e.date.value)).toEqual(['2014-08-12']);
		expect(events('Putin arrived on Thursday, on his first visit to Japan since 2005.').map((e) => e.date.value)).toEqual(['2014-08-14']);
		expect(events('North Korea carried out a nuclear test on Wednesday, the fourth since 2006.').map((e) => e.date.value)).toEqual(['2014-08-13']);
		expect(events('Protesters marched in Minsk on Friday, only the 3rd such march since 1998.').map((e) => e.date.value)).toEqual(['2014-08-15']);
		expect(events('The truce in Minsk is the first serious attempt at a lasting halt to the fighting since April.')).toEqual([]);
		// A superlative elsewhere, or in a clause of its own, leaves the interval of what has gone on since.
		expect(events('Ukraine was the first to sign and has bought gas from Russia since May.').map((e) => e.date.value)).toEqual(['2014-05-01/2014-08-18']);
		expect(events('Russia, its biggest supplier, has cut gas deliveries to Ukraine since March.').map((e) => e.date.value)).toEqual([
			'2014-03-01/2014-08-18'
		]);
	});

	it('tells the noun whose relative clause holds the date, not the sentence as if it happened then', () => {
		const [talks] = events('The contract was signed in Shanghai by Russia and China, ending talks that began in the 1990s and stalled over price.');
		expect(talks.date.value).toBe('199');
		expect(talks.summary).toBe('Talks that began in the 1990s and stalled over price.');
		// A reported statement's "that" is no relative clause: the sentence tells it.
		const [inquiry] = events('Nikiforov said that China opened an inquiry into Microsoft in July.');
		expect(inquiry.summary).toBe('Nikiforov said that China opened an inquiry into Microsoft.');
	});

	// A summary is a clause that tells the happening: not a fragment cut mid-phrase or at its date, nor opening or closing with the date.
	it.each([
		['Rousseff on Tuesday put off a state visit to Washington scheduled for 23 October, in protest at revelations about the NSA.', '2014-10-23', 'Rousseff on Tuesday put off a state visit to Washington scheduled for 23 October, in protest at revelations about the NSA.'],
		['On Monday, Russia and China signed a gas deal in Shanghai.', '2014-08-18', 'Russia and China signed a gas deal in Shanghai.'],
		['Russia and China signed a gas deal in Shanghai on Monday.', '2014-08-18', 'Russia and China signed a gas deal in Shanghai.'],
		['Washington had partly eased the embargo on Vietnam in 2014.', '2014', 'Washington had partly eased the embargo on Vietnam.'],
		// An article's dateline says where it was written, not what happened.
		[
			'KUALA LUMPUR, Malaysia (AP) — A Malaysia Airlines Boeing 777 with 239 people aboard lost contact with air traffic controllers on Saturday.',
			'2014-08-16',
			'A Malaysia Airlines Boeing 777 with 239 people aboard lost contact with air traffic controllers.'
		],
		[
			'WASHINGTON/BRUSSELS (Reuters) — The United States and the European Union imposed asset freezes on Russian officials on Monday.',
			'2014-08-18',
			'The United States and the European Union imposed asset freezes on Russian officials.'
		],
		// …nor does a clause that starts inside it, after its date.
		[
			'ABUJA, Feb. 28, (Xinhua/GNA) - The electoral body in Nigeria declared Muhammadu Buhari the winner of the election on Wednesday.',
			'2014-08-13',
			'The electoral body in Nigeria declared Muhammadu Buhari the winner of the election.'
		],
		// The date completes the verb: it stays.
		['Normalisation of relations between Vietnam and the US began in 1995.', '1995', 'Normalisation of relations between Vietnam and the US began in 1995.'],
		// Too little would be left without it.
		['Russia voted on Monday.', '2014-08-18', 'Russia voted on Monday.'],
		// Nor when a preposition would be left hanging.
		['Russia kept its border closed, and the deadline was quietly extended into this year.', '2014', 'Russia kept its border closed, and the deadline was quietly extended into this year.'],
		// A clause that opens with its date tells what follows it, a clause or a verb phrase.
		['Russia signed the deal on Monday and on Tuesday, China ratified it in Beijing after a long debate.', '2014-08-12', 'China ratified it in Beijing after a long debate.'],
		[
			'In July Beijing opened an anti-monopoly inquiry into the practices of Microsoft and in May banned the use of Windows 8 operating system on all new government computers, AFP reported.',
			'2014-05',
			'Banned the use of Windows 8 operating system on all new government computers, AFP reported.'
		],
		// A clause cut inside a noun phrase ("the | July 2014 crash") is no verb phrase: its sentence tells it.
		[
			'The Dutch Safety Board concluded on Tuesday in its final report on the July 2013 crash over eastern Ukraine that killed 298 people.',
			'2013-07',
			'The Dutch Safety Board concluded on Tuesday in its final report on the July 2013 crash over eastern Ukraine that killed 298 people.'
		],
		// A subordinate clause tells its happening without its subordinator; a fragment gives way to its sentence.
		['Crowds mourned in Moscow on Sunday for the people killed when a Russian airliner crashed in Egypt on 31 July.', '2014-07-31', 'A Russian airliner crashed in Egypt.'],
		['Snowden flew to Moscow on Sunday, where he had been stranded since flying in from Hong Kong on Monday.', '2014-08-18', 'He had been stranded since flying in from Hong Kong.'],
		[
			'The Shanghai Cooperation Organisation agreed on Friday to admit India and Pakistan, its first expansion since it was founded in 2001.',
			'2001',
			'The Shanghai Cooperation Organisation agreed on Friday to admit India and Pakistan, its first expansion since it was founded in 2001.'
		],
		// Only who told it, or cut inside brackets: its sentence tells it.
		[
			'Brazil found debris of the Air France jet in the Atlantic earlier this week, the defense minister said on Tuesday.',
			'2014-08-12',
			'Brazil found debris of the Air France jet in the Atlantic earlier this week, the defense minister said.'
		],
		[
			'In South Africa they will head to Durban on Friday while the weekend will be spent in East London (Saturday) and Port Elizabeth.',
			'2014-08-23/2014-08-24',
			'In South Africa they will head to Durban on Friday while the weekend will be spent in East London (Saturday) and Port Elizabeth.'
		]
	])('summarises "%s" (%s) as "%s"', (text, value, summary) => {
		expect(events(text).find((e) => e.date.value === value)?.summary).toBe(summary);
	});

	// A year or decade that only names a thing ("the 2014 agreement") is a mention, not an event; one that dates the clause is.
	it.each<[string, string[]]>([
		['Russia signed the 2014 agreement with Ukraine.', []],
		['The 2014 agreement was signed in Minsk.', []],
		['France passed a 2015 law on data in Paris.', []],
		['The 1990s talks between Russia and China failed.', []],
		// A count as it stood at a date is no happening then.
		['A total of 20 hearings had been held in Moscow as of Feb 27.', []],
		// …but looking ahead, "as of" is when something starts.
		['Petro will take office in Colombia as of Sept. 7.', ['2014-09-07']],
		// "for" a year after a noun says which dividend or budget.
		['Volkswagen in Germany will cut its dividend for 2013.', []],
		['Australia set the budget for 2015 on Monday.', ['2014-08-18']],
		["The rate rise, the largest since Russia's 1998 financial crisis, came on Monday.", ['2014-08-18']],
		['The 2014 agreement with Ukraine was broken on Monday.', ['2014-08-18']],
		// A happening named so as the clause's frame tells of it; the same noun inside the clause does not.
		['In his 2007 trial, the executive was convicted in Moscow.', ['2007']],
		['During the 2016 campaign, Russia hacked US email accounts.', ['2016']],
		['Russia denied meddling in the 2016 campaign.', []],
		['In the 2014 agreement, Russia promised to withdraw from Ukraine.', []],
		['Russia annexed Crimea in 2014 and sanctions followed.', ['2014']],
		['In 2014 Russia annexed Crimea.', ['2014']],
		['Russia joined in 2014, when China did.', ['2014']],
		// A name between the year and its noun: still the thing named.
		["According to a 2010 NSA document, the operation targeted China's army.", []],
		["Kopp's 1987 Chevrolet Cavalier was found in New Jersey.", []],
		// …but not after a decade's own article: the name is the clause's subject.
		['In the 1990s Russia sold gas to China.', ['199']],
		// A second guess at one date is no happening of its own.
		['Gas is expected to flow from Russia to China from 2018 or 2019.', ['2018']],
		['Operations in China are expected to start at the end of this year or early in 2016.', ['2014']],
		// A date restated more precisely right after it is one happening, at the finer date.
		['Exactly a year ago, on Sept. 5, 2013, negotiators in Minsk signed the protocol.', ['2013-09-05']],
		// …but not a finer date that lies outside it, nor one further off.
		['In 2012, on Sept. 5, 2013, negotiators in Minsk signed the protocol.', ['2012', '2013-09-05']],
		// Two dates joined by "and" are two.
		['Russia joined in 2012 and China in 2013.', ['2012', '2013']],
		// The baseline a figure is compared with is a mention, not a happening; the compared figure's own date is one.
		['Russia exported more gas to Germany than it did in 2005.', []],
		['Exports to China rose 5 percent compared with 2019.', []],
		['Unemployment in Spain rose to 12 percent, up from 3% in 2010.', []],
		// A stretch of time is no figure compared with: she returned then.
		['Bhutto returned to Pakistan from 10 years in exile on August 3.', ['2014-08-03']],
		['Net income in Japan fell to $5 million from $7.2 million a year earlier.', []],
		// …told at more length, or stated by itself.
		['In the US that compares with $56.9 million, or 38 cents per share, a year earlier.', []],
		['Profit in Korea jumped 47 percent from a revised operating profit of 6.46 trillion won a year earlier.', []],
		['Profit in the US was $587 million, compared with net income of $535 million, or 10 cents per share, at the same time last year.', []],
		// A figure's change since a time, or its value at a time, is no happening then.
		['Shares of Lehman in the US had fallen by 97% since the start of the year.', []],
		["In the US the bank will pay $29 a share, a 70% premium based on Friday's closing price.", []],
		["Brazil's vote on Friday decided the price.", ['2014-08-15']],
		// A figure's new value is no baseline.
		['Brazil cut its rate from 10.5 percent to 9 percent on Tuesday.', ['2014-08-12']],
		['Sales in France were 5 million euros, against 4 million euros in 2010.', []],
		['Sales in Germany fell, down from a 10-billion euro operating profit in 2013.', []],
		['Volkswagen in Germany predicted a decline in sales from 2013 levels.', []],
		['In 2014, Russia exported more gas than it did in 2005.', ['2014']],
		['The United States would emit less carbon in 2025 than it did in 2005.', ['2025']],
		['Prices in Russia rose in 2005.', ['2005']],
		// "than" before a count is no comparison of dates, nor is "than" a happening it compares with; "from" before a place is no baseline.
		['The blast in North Korea was stronger than the one in January.', ['2014-01']],
		['More than 300 people died in Syria in 2005.', ['2005']],
		['He moved from Spain in 2010.', ['2010']],
		// "In contrast to Thursday, when …" sets a happening against another, no figure against its baseline.
		['In contrast to Thursday, when 133 people were arrested in Cuba, the protest was calm.', ['2014-08-14']],
		// A figure's new value at the date is the happening: "from 10.5 percent to 17 percent on Tuesday".
		["Russia's central bank raised its rate from 10.5 percent to 17 percent on Tuesday.", ['2014-08-12']],
		// A "since" that compares is not an interval either.
		['Inflation in Brazil hit levels not seen since 2003.', []],
		['Brazil has imported gas since 2003.', ['2003-01-01/2014-08-18']],
		// …nor one a few words before its date.
		["The pound's fall in Britain is its biggest intraday move since at least 1989.", []],
		["Alaphilippe could become France's first Tour winner since Bernard Hinault in 1985.", []],
		['France changed after Bernard Hinault won in 1985.', ['1985']]
	])('"%s" → events %j', (text, values) => {
		expect(events(text).map((e) => e.date.value)).toEqual(values);
	});

	it('orders countries by salience', () => {
		const [e] = events('Russia and China signed a deal on Monday; Russian and Russia-based firms will sell software to China, Moscow said.');
		expect(e.countries.slice(0, 2)).toEqual(['RU', 'CN']);
	});

	it('gives a happening no country of the source that measured or reported it', () => {
		const text = 'A quake struck Sichuan on Monday.\nThe region shuddered again as an aftershock - measured by the US Geological Survey at 6.0 - struck on Sunday.';
		expect(events(text, '2008-05-18').map((e) => [e.date.value, e.countries])).toEqual([
			['2008-05-12', ['CN']],
			['2008-05-18', ['CN']]
		]);
		// …or a body that measures quakes anywhere.
		// …or the agency in the dateline's brackets.
		expect(events('ABUJA, Feb. 28 (Xinhua) - Nigeria declared Buhari the winner on Wednesday.', '2019-02-28').map((e) => [e.date.value, e.countries])).toEqual([
			['2019-02-28', ['NG']],
			['2019-02-27', ['NG']]
		]);
		const bam = 'An earthquake razed Bam in Iran.\nThe earthquake, which the U.S. Geological Survey measured at magnitude 6.6, struck at 5:28 a.m. Friday.';
		expect(events(bam, '2003-12-28').map((e) => [e.date.value, e.countries])).toEqual([['2003-12-26', ['IR']]]);
		// …or where a person comes from: the court is Auckland's.
		const auckland = 'A man attacked diners at a restaurant in New Zealand on Monday.\nThe man, a Chinese national, made a brief court appearance yesterday.';
		expect(events(auckland, '2023-06-21').map((e) => [e.date.value, e.countries])).toEqual([
			['2023-06-19', ['NZ']],
			['2023-06-20', ['NZ']]
		]);
		// A people acting is still its country: Russians visited Turkey.
		expect(events('The number of Russian tourists visiting Turkey fell in 2016.', '2016-06-27')[0].countries).toContain('RU');
		// A country that acts is still the happening's: "the US" here did something.
		expect(events('The US said on Sunday that it had moved its sensors.', '2008-05-18').map((e) => e.countries)).toEqual([['US']]);
	});

	it('places an article that names no place where it is written, if its address or its institutions tell', () => {
		const text = 'The bridge is set to reopen today, the council has confirmed. Work on the bridge began back in July.';
		const found = (article: { url?: string }) => extract({ id: 't', published: '2017-11-03', text, ...article }).events;
		expect(found({ url: 'https://www.bostonstandard.co.uk/news/bridge' }).map((e) => [e.date.value, e.countries])).toEqual([
			['2017-11-03', ['GB']],
			['2017-07', ['GB']]
		]);
		expect(events('Gardaí said on Monday that the bridge will stay shut.').map((e) => e.countries)).toEqual([['IE']]);
		// The headline's places come first: the text is about them.
		const titled = extract({ id: 't', published: '2025-08-19', title: 'Ohio town adopts budget', text: 'City Council adopted the budget during its meeting Aug. 18.' });
		expect(titled.events.map((e) => [e.date.value, e.countries])).toEqual([['2025-08-18', ['US']]]);
		// Without either, nowhere: no event.
		expect(found({})).toEqual([]);
	});

	it('makes no event of a decade that only says which ("the chaos of the 1980s"), and one of a deadline ("no later than")', () => {
		expect(events('In Peru, he was popular for halting the economic chaos of the 1980s.', '2001-07-29')).toEqual([]);
		expect(events('In Tokyo, officials decided to postpone the Games to no later than the summer of 2021.', '2020-03-24').map((e) => e.date.value)).toEqual(['2021-SU']);
	});

	it('makes no event of how far back a superlative reaches', () => {
		expect(events('Kenya faced one of the most volatile moments since 1963 independence from Britain.', '2007-12-31')).toEqual([]);
		expect(events('In Liberia, the elections were the first since a 1989-2003 civil war.', '2005-11-23')).toEqual([]);
	});

	it('makes no event of a bare dateline or time stamp', () => {
		expect(events('August 18, 2014\n\nRussia is large.')).toEqual([]);
		expect(events('Updated Monday\n\nRussia is large.')).toEqual([]);
		expect(events('posted on August 18, 2014\n\nRussia is large.')).toEqual([]);
	});

	it("gives a clause before the article's first place the article's countries", () => {
		const text = 'Government will next Monday begin the roll-out of a cholera vaccination campaign.\n\nThe hot spots include Harare and Bulawayo.';
		expect(events(text).map((e) => [e.date.value, e.countries])).toEqual([['2014-08-25', ['ZW']]]);
	});

	it('makes an event of a short sentence that tells something', () => {
		expect(events('Kenya raised fuel prices on Monday. Motorists protested last week.').map((e) => [e.date.value, e.countries])).toEqual([
			['2014-08-18', ['KE']],
			['2014-W33', ['KE']]
		]);
	});

	it("gives the seed article's events in reading order, one per dated clause", () => {
		expect(events(SEED).map((e) => [e.date.value, e.countries.slice(0, 2)])).toEqual([
			['2014-08-18', ['RU', 'CN']],
			['2013', ['US', 'RU']],
			['2014-08', ['CN', 'RU']],
			['2014-07', ['CN', 'US']],
			['2014-05', ['CN', 'US']],
			['2014-05', ['CN', 'US']]
		]);
	});

	it('keeps every event inside the text, with a one-line summary and a confidence in (0, 1]', () => {
		const found = events(SEED);
		expect(found).toHaveLength(6);
		for (const e of found) {
			expect(e.start).toBeGreaterThanOrEqual(0);
			expect(e.end).toBeLessThanOrEqual(SEED.length);
			expect(e.summary).not.toMatch(/\n/);
			expect(e.summary.length).toBeLessThanOrEqual(140);
			expect(e.confidence).toBeGreaterThan(0);
			expect(e.confidence).toBeLessThanOrEqual(1);
		}
	});

	describe(`at most MAX_EVENTS (${MAX_EVENTS}) events an article`, () => {
		const sentence = 'Russia opened an inquiry in July. ';
		it('keeps all of them up to the cap, and says nothing', () => {
			const extraction = extract({ id: 't', published: PUB, text: sentence.repeat(MAX_EVENTS) });
			expect(extraction.events).toHaveLength(MAX_EVENTS);
			expect(extraction.capped).toBeUndefined();
		});
		it('keeps the first ones past it, and says it capped them', () => {
			const text = sentence.repeat(MAX_EVENTS + 1);
			const extraction = extract({ id: 't', published: PUB, text });
			expect(extraction.events).toHaveLength(MAX_EVENTS);
			expect(extraction.capped).toBe(true);
			expect(extraction.events[MAX_EVENTS - 1].start).toBe((MAX_EVENTS - 1) * sentence.length);
		});
	});

	describe('the seed article (The Moscow Times, 18 August 2014)', () => {
		const found = events(SEED);
		const byValue = (value: string) => found.filter((e) => e.date.value === value);

		it.each([
			['2014-08-18', 'day', 'RU', 'CN'],
			['2013', 'year', 'US', null],
			['2014-08', 'month', 'RU', 'CN'],
			['2014-07', 'month', 'CN', 'US']
		])('has an event on %s (%s) involving %s and %s', (value, granularity, a, b) => {
			const [e] = byValue(value);
			expect(e).toBeDefined();
			expect(e.date.granularity).toBe(granularity);
			expect(e.countries).toContain(a);
			if (b) expect(e.countries).toContain(b);
		});

		it('has two events in May 2014, both involving China', () => {
			const may = byValue('2014-05');
			expect(may).toHaveLength(2);
			for (const e of may) expect(e.countries[0]).toBe('CN');
		});

		it('says who agreed to what on Monday', () => {
			const [e] = byValue('2014-08-18');
			expect(e.countries.slice(0, 2)).toEqual(['RU', 'CN']);
			expect(e.summary).toMatch(/Kremlin has agreed to broaden software deliveries to China/);
		});

		it('finds Russia, China, the United States and Ukraine, and the West as no country', () => {
			const { places } = extract({ id: 'seed', published: PUB, text: SEED });
			expect(new Set(places.map((p) => p.country))).toEqual(new Set(['RU', 'CN', 'US', 'UA', null]));
			expect(places.find((p) => p.text === 'West')).toMatchObject({ country: null, kind: 'region' });
		});
	});
});

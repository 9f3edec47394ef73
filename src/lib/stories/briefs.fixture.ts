/**
 * Short news briefs for the merger's tests, written for them: one happening
 * told by several outlets (the day, the next day, months later), a wire copy,
 * and confusable neighbours — two missile tests a month apart.
 */
export interface Brief {
	id: string;
	published: string;
	outlet: string;
	title: string;
	text: string;
}

const AP_GAS =
	'SHANGHAI (AP) — Russia and China signed a 30-year gas supply contract on Wednesday, a deal worth about $400 billion under which Gazprom will pipe gas to China National Petroleum Corp. ' +
	'Presidents Vladimir Putin and Xi Jinping watched the signing after a decade of talks over price.';

export const ARTICLES: Brief[] = [
	{ id: 'ap-gas', published: '2014-05-21', outlet: 'Associated Press', title: 'Russia and China sign $400 billion gas deal', text: AP_GAS },
	{ id: 'star-gas', published: '2014-05-21', outlet: 'Star Advertiser', title: 'Putin, Xi seal gas contract', text: AP_GAS },
	{
		id: 'reuters-gas',
		published: '2014-05-22',
		outlet: 'Reuters',
		title: 'Analysts weigh the price of the Gazprom-CNPC contract',
		text: 'MOSCOW (Reuters) — Analysts said on Thursday that China won a good price in the $400 billion Gazprom contract signed in Shanghai on Wednesday.'
	},
	{
		id: 'ft-gas',
		published: '2014-09-01',
		outlet: 'Financial Times',
		title: 'Putin welds first joint of Power of Siberia',
		text: 'Gazprom began building the pipeline on Monday. It will carry the gas sold under the $400 billion contract that Gazprom signed with China National Petroleum Corp in May.'
	},
	{
		id: 'yonhap-jan',
		published: '2016-01-06',
		outlet: 'Yonhap',
		title: 'North Korea test-fires ballistic missile',
		text: 'SEOUL (Yonhap) — North Korea test-fired a ballistic missile into the East Sea on Wednesday, the Joint Chiefs of Staff said.'
	},
	{
		id: 'yonhap-feb',
		published: '2016-02-10',
		outlet: 'Yonhap',
		title: 'North Korea test-fires another ballistic missile',
		text: 'SEOUL (Yonhap) — North Korea fired another ballistic missile into the East Sea on Wednesday, its second test in five weeks, the Joint Chiefs of Staff said.'
	}
];

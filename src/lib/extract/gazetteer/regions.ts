/**
 * First-level regions that news names without their country: US states with
 * AP abbreviations ("Ky.", "Calif."), Canadian provinces ("B.C."), Australian
 * states, Indian states, Chinese provinces and other often-reported regions,
 * with the counties and regions of Britain, Australia and Canada that local news names alone ("Perthshire",
 * "the Hunter Valley", "Cape Breton") where GeoNames' first-level list has none of that name, and cities under
 * the names they were given since GeoNames' towns were listed ("Kochi", "Gurugram", "Gqeberha").
 * CODE|name;variant;abbreviation;… one line per country. `?` marks a name that
 * is also a common word or a person's name (context decides); `@` marks a
 * city (kind `city`), listed here because the browser has no world gazetteer.
 */
export const REGION_LINES = `
US|Alabama;Ala.|Alaska|Arizona;Ariz.|Arkansas;Ark.|California;Calif.|Colorado;Colo.|Connecticut;Conn.|Delaware;Del.|Florida;Fla.|?Georgia;Ga.|Hawaii;Hawai'i|Idaho|Illinois;Ill.|Indiana;Ind.|Iowa|Kansas;Kan.;Kans.|Kentucky;Ky.|Louisiana;La.|Maine|Maryland;Md.|Massachusetts;Mass.|Michigan;Mich.|Minnesota;Minn.|Mississippi;Miss.|Missouri;Mo.|Montana;Mont.|Nebraska;Neb.|Nevada;Nev.|New Hampshire;N.H.|New Jersey;N.J.|New Mexico;N.M.|New York;N.Y.;New York State;NY|North Carolina;N.C.|North Dakota;N.D.|Ohio|Oklahoma;Okla.|Oregon;Ore.|Pennsylvania;Pa.|Rhode Island;R.I.|South Carolina;S.C.|South Dakota;S.D.|Tennessee;Tenn.|Texas;Tex.|Utah|Vermont;Vt.|Virginia;Va.|?Washington State;Wash.|West Virginia;W.Va.;W. Va.|Wisconsin;Wis.|Wyoming;Wyo.|D.C.;District of Columbia|Silicon Valley|Hollywood|Midwest|New England|West Coast|East Coast|Capitol Hill|Wall Street|@Manhattan|@Brooklyn|@Queens|@Bronx|Staten Island|Long Island|Orange County|Miami-Dade|Appalachia
CA|Alberta;Alta.|British Columbia;B.C.;BC|Manitoba;Man.|New Brunswick;N.B.|Newfoundland and Labrador;Newfoundland;Nfld.|Nova Scotia;N.S.|Ontario;Ont.|Prince Edward Island;P.E.I.|Quebec;Québec;Que.|Saskatchewan;Sask.|Yukon|Northwest Territories|Nunavut|Cape Breton|Muskoka|Okanagan|Vancouver Island|Greater Toronto Area|Lower Mainland|Fraser Valley|Eastern Townships|Labrador|Niagara Region|Durham Region|Peel Region|York Region|Waterloo Region
AU|New South Wales;NSW|Queensland;Qld|?Victoria|Tasmania|South Australia|Western Australia|Northern Territory|Australian Capital Territory|Hunter Valley|Illawarra|Riverina|Gippsland|Pilbara|Mid North Coast|Sunshine Coast|Northern Rivers|Barossa Valley|Darling Downs|Wheatbelt
IN|Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha;Orissa|?Punjab|Rajasthan|Sikkim|Tamil Nadu|Telangana|Tripura|Uttar Pradesh|Uttarakhand|West Bengal|Jammu and Kashmir;Kashmir|Ladakh|@Delhi|@Mumbai|@Bombay|@Kolkata;Calcutta|@Chennai;Madras|@Bengaluru;Bangalore|@Hyderabad|@Kochi|@Mysuru|@Mangaluru|@Belagavi|@Kalaburagi|@Gurugram|@Prayagraj
PK|Sindh|Balochistan;Baluchistan|Khyber Pakhtunkhwa|Gilgit-Baltistan|Waziristan|@Karachi|@Lahore|@Peshawar|@Rawalpindi
CN|Xinjiang|Tibet|Guangdong|Guangxi|Sichuan|Yunnan|Fujian|Zhejiang|Jiangsu|Shandong|Hebei|Henan|Hubei|Hunan|Anhui|Jiangxi|Shanxi|Shaanxi|Gansu|Qinghai|Ningxia|Inner Mongolia|Heilongjiang|Jilin|Liaoning|Hainan|Guizhou|@Shanghai|@Tianjin|@Chongqing|@Shenzhen|@Guangzhou|@Wuhan
GB|Cornwall|Devon|Kent|Essex|Surrey|Sussex|Yorkshire|Lancashire|Hampshire|Norfolk|Cumbria|Merseyside|Midlands|Cotswolds|Ulster|Gloucestershire|Oxfordshire|Cambridgeshire|Wiltshire|Somerset|Dorset|Bedfordshire|Berkshire|Isle of Wight|Greater London|Greater Manchester|Tyne and Wear|West Midlands|South Yorkshire|West Yorkshire|East Sussex|West Sussex|East Anglia|Argyll|Ayrshire|Banffshire|Berwickshire|Caithness|Dumfriesshire|Dunbartonshire|East Lothian|West Lothian|Inverness-shire|Kincardineshire|Kinross-shire|Kirkcudbrightshire|Lanarkshire|Nairnshire|Peeblesshire|Perthshire|Ross-shire|Roxburghshire|Selkirkshire|Shetland|Stirlingshire|Wigtownshire|Scottish Highlands|Anglesey|Breconshire|Caernarfonshire|Cardiganshire|Glamorgan|Merionethshire|Montgomeryshire|Radnorshire|Snowdonia
RU|Siberia|Chechnya|Dagestan|Tatarstan|@Kaliningrad|@St. Petersburg;St Petersburg;Saint Petersburg|@Vladivostok
UA|Crimea|Donbas;Donbass|@Donetsk|@Luhansk;Lugansk|@Kharkiv;Kharkov|@Odessa;Odesa
SY|@Aleppo|Idlib|@Homs|@Raqqa|@Deir ez-Zor;Deir el-Zour|Ghouta;Eastern Ghouta|@Douma|@Afrin|Golan Heights
IQ|Kurdistan;Iraqi Kurdistan|@Mosul|@Basra|@Fallujah|Anbar|@Kirkuk|@Erbil|@Tikrit
IL|@Tel Aviv|@Haifa|Negev
MX|Oaxaca|Chiapas|Jalisco|Sinaloa|Chihuahua|Sonora|Tamaulipas|Michoacan;Michoacán|Guerrero|Baja California|Yucatan;Yucatán|Veracruz|Nuevo Leon;Nuevo León|@Tijuana|@Guadalajara|@Monterrey|@Cancun;Cancún|@Acapulco|@Ciudad Juarez;Ciudad Juárez
DE|Bavaria|Saxony|Hesse|Brandenburg|Thuringia|North Rhine-Westphalia|Baden-Württemberg|Lower Saxony|@Munich|@Hamburg|@Frankfurt|@Cologne|@Stuttgart|@Dusseldorf;Düsseldorf
FR|Brittany|Normandy|Provence|Alsace|Corsica|Burgundy|@Marseille;Marseilles|@Lyon;Lyons|@Toulouse|@Nice|@Bordeaux|@Strasbourg
ES|Catalonia|Andalusia|Basque Country|Galicia|@Barcelona|@Valencia|@Seville|@Bilbao
IT|Sicily|Sardinia|Tuscany|Lombardy|@Milan|@Naples|@Venice|@Florence|@Turin|@Genoa|@Palermo
ZA|Gauteng|KwaZulu-Natal|Western Cape|Eastern Cape|Northern Cape|Limpopo|Mpumalanga|Free State|@Johannesburg|@Durban|@Soweto|@Makhanda|@Gqeberha|@Mbombela
NG|@Lagos|@Kano|Borno|Kaduna|Niger Delta|@Port Harcourt|@Ibadan
BR|@Sao Paulo;São Paulo|@Rio de Janeiro;Rio|Amazonas|Bahia|Minas Gerais|Rio Grande do Sul
AF|Helmand|@Kandahar|@Kunduz|@Herat|@Jalalabad|@Mazar-i-Sharif
YE|@Aden|@Hodeidah|@Marib
LY|@Benghazi|@Misrata|@Sirte
EG|Sinai|@Alexandria|@Giza
SA|@Jeddah|@Mecca|@Medina
AE|@Dubai|@Sharjah
TR|@Istanbul|Anatolia|@Izmir|@Antalya
KR|@Busan|@Incheon
CH|@Geneva;Genève|@Zurich;Zürich|@Basel|@Lausanne|@Davos
JP|Okinawa|@Osaka|@Kyoto|Hokkaido|@Fukushima|@Hiroshima|@Nagasaki|@Yokohama
`;

/** Adjectives of regions, which point at the region's country: "Sicilian", "Texan". CODE|adjective;… */
export const REGIONAL_DEMONYM_LINES = `
US|Texan;Texans|Californian;Californians|Floridian;Floridians|New Yorker;New Yorkers|Hawaiian;Hawaiians|Alaskan;Alaskans|Midwestern
GB|Londoner;Londoners|Cornish|Glaswegian|Northern Irish
IT|Sicilian;Sicilians|Sardinian|Tuscan|Venetian|Neapolitan|Milanese
RU|Siberian;Siberians|Chechen;Chechens|Dagestani|Muscovite;Muscovites|Tatar;Tatars
CN|Tibetan;Tibetans|Uighur;Uighurs;Uyghur;Uyghurs|Cantonese|Shanghainese
ES|Catalan;Catalans;Catalonian|Andalusian|Basque;Basques|Galician
DE|Bavarian;Bavarians|Berliner;Berliners
FR|Parisian;Parisians|Breton|Corsican|Alsatian
IN|Punjabi;Punjabis|Kashmiri;Kashmiris|Bengali;Bengalis|Tamil;Tamils|Keralite|Gujarati|Marathi
CA|Quebecer;Quebecers;Québécois|Albertan;Albertans|Ontarian;Ontarians
AU|Queenslander;Queenslanders|Tasmanian
UA|Crimean;Crimeans
`;

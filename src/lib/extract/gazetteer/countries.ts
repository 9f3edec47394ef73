/**
 * Countries: names, common and historical variants, demonyms/adjectives (with
 * plurals) and capitals. One line per country, `|`-separated fields,
 * `;`-separated variants: CODE|names|demonyms|capitals. Historical states map
 * to today's successor that holds their core (USSR → RU, Burma → MM; Southern Sudan, the
 * autonomous region before 2011, → SS). Territories with a code of their own are their own lines.
 * A leading `?` marks a name that is also a common word or person's name
 * (Jordan, Georgia, Chad, Turkey): places.ts then asks the context.
 */
export const COUNTRY_LINES = `
AF|Afghanistan|Afghan;Afghans;Afghani|Kabul
AL|Albania|Albanian;Albanians|Tirana
DZ|Algeria|Algerian;Algerians|Algiers
AD|Andorra|Andorran|Andorra la Vella
AO|Angola|Angolan;Angolans|Luanda
AG|Antigua and Barbuda;Antigua|Antiguan|St. John's
AR|Argentina;the Argentine|Argentine;Argentinian;Argentinean;Argentines;Argentinians|Buenos Aires
AM|Armenia;Republic of Armenia|Armenian;Armenians|Yerevan
AU|Australia;Commonwealth of Australia|Australian;Australians;Aussie;Aussies|Canberra
AT|Austria|Austrian;Austrians|Vienna
AZ|Azerbaijan|Azerbaijani;Azerbaijanis;Azeri;Azeris|Baku
BS|Bahamas;The Bahamas|Bahamian;Bahamians|Nassau
BH|Bahrain|Bahraini;Bahrainis|Manama
BD|Bangladesh|Bangladeshi;Bangladeshis|Dhaka
BB|Barbados|Barbadian;Barbadians;Bajan|Bridgetown
BY|Belarus;Byelorussia|Belarusian;Belarusians;Belarussian|Minsk
BE|Belgium|Belgian;Belgians|Brussels
BZ|Belize|Belizean|Belmopan
BJ|Benin;Dahomey|Beninese|Porto-Novo
BT|Bhutan|Bhutanese|Thimphu
BO|Bolivia|Bolivian;Bolivians|La Paz;Sucre
BA|Bosnia and Herzegovina;Bosnia-Herzegovina;Bosnia|Bosnian;Bosnians|Sarajevo
BW|Botswana|Botswanan;Motswana|Gaborone
BR|Brazil|Brazilian;Brazilians|Brasilia;Brasília
BN|Brunei|Bruneian|Bandar Seri Begawan
BG|Bulgaria|Bulgarian;Bulgarians|Sofia
BF|Burkina Faso;Upper Volta|Burkinabe|Ouagadougou
BI|Burundi|Burundian;Burundians|Gitega;Bujumbura
KH|Cambodia;Kampuchea|Cambodian;Cambodians;Khmer|Phnom Penh
CM|Cameroon|Cameroonian;Cameroonians|Yaounde;Yaoundé
CA|Canada|Canadian;Canadians|Ottawa
CV|Cape Verde;Cabo Verde|Cape Verdean|Praia
CF|Central African Republic|Central African|Bangui
TD|?Chad|Chadian;Chadians|N'Djamena
CL|Chile|Chilean;Chileans|Santiago
CN|China;People's Republic of China;PRC;Mainland China|Chinese;Sino|Beijing;Peking
CO|Colombia|Colombian;Colombians|Bogota;Bogotá
KM|Comoros|Comorian|Moroni
CG|Republic of the Congo;Congo-Brazzaville|Congolese|Brazzaville
CD|Democratic Republic of the Congo;Democratic Republic of Congo;DR Congo;DRC;Congo;Zaire|Congolese|Kinshasa
CR|Costa Rica|Costa Rican;Costa Ricans|San Jose;San José
CI|Ivory Coast;Cote d'Ivoire;Côte d'Ivoire|Ivorian;Ivorians|Yamoussoukro;Abidjan
HR|Croatia|Croatian;Croatians;Croat;Croats|Zagreb
CU|Cuba|Cuban;Cubans|Havana
CY|Cyprus|Cypriot;Cypriots|Nicosia
CZ|Czech Republic;Czechia;Czechoslovakia|Czech;Czechs;Czechoslovak|Prague
DK|Denmark|Danish;Dane;Danes|Copenhagen
DJ|Djibouti|Djiboutian|Djibouti City
DM|Dominica||Roseau
DO|Dominican Republic|Dominican;Dominicans|Santo Domingo
EC|Ecuador|Ecuadorian;Ecuadorean;Ecuadorians|Quito
EG|Egypt|Egyptian;Egyptians|Cairo
SV|El Salvador|Salvadoran;Salvadorans;Salvadorian|San Salvador
GQ|Equatorial Guinea|Equatoguinean|Malabo
ER|Eritrea|Eritrean;Eritreans|Asmara
EE|Estonia|Estonian;Estonians|Tallinn
SZ|Eswatini;Swaziland|Swazi;Swazis|Mbabane
ET|Ethiopia;Abyssinia|Ethiopian;Ethiopians|Addis Ababa
FJ|Fiji|Fijian;Fijians|Suva
FI|Finland|Finnish;Finn;Finns|Helsinki
FR|France;French Republic|French;Frenchman;Frenchmen;Frenchwoman|Paris
GA|Gabon|Gabonese|Libreville
GM|Gambia;The Gambia|Gambian;Gambians|Banjul
GE|?Georgia|Georgian;Georgians|Tbilisi
DE|Germany;Federal Republic of Germany;West Germany;East Germany|German;Germans|Berlin;Bonn
GH|Ghana|Ghanaian;Ghanaians|Accra
GR|Greece;Hellenic Republic|Greek;Greeks;Hellenic|Athens
GD|Grenada|Grenadian|St. George's
GT|Guatemala|Guatemalan;Guatemalans|Guatemala City
GN|Guinea|Guinean;Guineans|Conakry
GW|Guinea-Bissau|Bissau-Guinean|Bissau
GY|Guyana|Guyanese|Georgetown
HT|Haiti|Haitian;Haitians|Port-au-Prince
HN|Honduras|Honduran;Hondurans|Tegucigalpa
HU|Hungary|Hungarian;Hungarians|Budapest
IS|Iceland|Icelandic;Icelander;Icelanders|Reykjavik;Reykjavík
IN|India;Republic of India;Bharat|Indian;Indians|New Delhi
ID|Indonesia|Indonesian;Indonesians|Jakarta
IR|Iran;Islamic Republic of Iran;Persia|Iranian;Iranians;Persian|Tehran;Teheran
IQ|Iraq|Iraqi;Iraqis|Baghdad
IE|Ireland;Republic of Ireland;Eire|Irish;Irishman|Dublin
IL|Israel|Israeli;Israelis|Jerusalem;Tel Aviv
IT|Italy|Italian;Italians|Rome
JM|Jamaica|Jamaican;Jamaicans|Kingston
JP|Japan|Japanese|Tokyo
JO|?Jordan;Hashemite Kingdom of Jordan|Jordanian;Jordanians|Amman
KZ|Kazakhstan|Kazakh;Kazakhs;Kazakhstani|Astana;Nur-Sultan;Almaty
KE|Kenya|Kenyan;Kenyans|Nairobi
KI|Kiribati|I-Kiribati|Tarawa
KP|North Korea;DPRK;Democratic People's Republic of Korea|North Korean;North Koreans|Pyongyang
KR|South Korea;Republic of Korea;Korea|South Korean;South Koreans;Korean;Koreans|Seoul
XK|Kosovo|Kosovar;Kosovars;Kosovan|Pristina
KW|Kuwait|Kuwaiti;Kuwaitis|Kuwait City
KG|Kyrgyzstan;Kirghizia|Kyrgyz|Bishkek
LA|Laos|Laotian;Lao|Vientiane
LV|Latvia|Latvian;Latvians|Riga
LB|Lebanon|Lebanese|Beirut
LS|Lesotho|Basotho|Maseru
LR|Liberia|Liberian;Liberians|Monrovia
LY|Libya|Libyan;Libyans|Tripoli
LI|Liechtenstein|Liechtensteiner|Vaduz
LT|Lithuania|Lithuanian;Lithuanians|Vilnius
LU|Luxembourg|Luxembourger;Luxembourgish|Luxembourg City
MG|Madagascar|Malagasy|Antananarivo
MW|Malawi|Malawian;Malawians|Lilongwe
MY|Malaysia|Malaysian;Malaysians|Kuala Lumpur;Putrajaya
MV|Maldives|Maldivian;Maldivians|Male
ML|Mali|Malian;Malians|Bamako
MT|Malta|Maltese|Valletta
MH|Marshall Islands|Marshallese|Majuro
MR|Mauritania|Mauritanian;Mauritanians|Nouakchott
MU|Mauritius|Mauritian;Mauritians|Port Louis
MX|Mexico;United Mexican States|Mexican;Mexicans|Mexico City
FM|Micronesia|Micronesian|Palikir
MD|Moldova;Moldavia|Moldovan;Moldovans|Chisinau;Chişinău
MC|Monaco|Monegasque|Monte Carlo
MN|Mongolia|Mongolian;Mongolians|Ulaanbaatar;Ulan Bator
ME|Montenegro|Montenegrin;Montenegrins|Podgorica
MA|Morocco|Moroccan;Moroccans|Rabat
MZ|Mozambique|Mozambican;Mozambicans|Maputo
MM|Myanmar;Burma|Burmese;Myanmarese|Naypyidaw;Naypyitaw;Yangon;Rangoon
NA|Namibia|Namibian;Namibians|Windhoek
NR|Nauru|Nauruan|Yaren
NP|Nepal|Nepalese;Nepali;Nepalis|Kathmandu
NL|Netherlands;The Netherlands;?Holland|Dutch;Dutchman|Amsterdam;The Hague
NZ|New Zealand|New Zealander;New Zealanders;Kiwi;Kiwis|Wellington
NI|Nicaragua|Nicaraguan;Nicaraguans|Managua
NE|?Niger|Nigerien;Nigeriens|Niamey
NG|Nigeria|Nigerian;Nigerians|Abuja
MK|North Macedonia;Macedonia;FYROM|Macedonian;Macedonians|Skopje
NO|Norway|Norwegian;Norwegians|Oslo
OM|Oman|Omani;Omanis|Muscat
PK|Pakistan|Pakistani;Pakistanis|Islamabad
PW|Palau|Palauan|Ngerulmud
PS|Palestine;State of Palestine;Palestinian Territories;West Bank;Gaza;Gaza Strip|Palestinian;Palestinians|Ramallah
PA|Panama|Panamanian;Panamanians|Panama City
PG|Papua New Guinea|Papua New Guinean|Port Moresby
PY|Paraguay|Paraguayan;Paraguayans|Asuncion;Asunción
PE|Peru|Peruvian;Peruvians|Lima
PH|Philippines;The Philippines|Philippine;Filipino;Filipinos;Filipina|Manila
PL|Poland|Polish;Pole;Poles|Warsaw
PT|Portugal|Portuguese|Lisbon
QA|Qatar|Qatari;Qataris|Doha
RO|Romania;Rumania|Romanian;Romanians|Bucharest
RU|Russia;Russian Federation;USSR;U.S.S.R.;Soviet Union;Muscovy|Russian;Russians;Soviet;Soviets|Moscow
RW|Rwanda|Rwandan;Rwandans|Kigali
KN|Saint Kitts and Nevis;St. Kitts and Nevis|Kittitian|Basseterre
LC|Saint Lucia;St. Lucia|Saint Lucian;St. Lucian|Castries
VC|Saint Vincent and the Grenadines;St. Vincent and the Grenadines|Vincentian|Kingstown
WS|Samoa|Samoan;Samoans|Apia
SM|San Marino|Sammarinese|City of San Marino
ST|Sao Tome and Principe;São Tomé and Príncipe|Santomean|Sao Tome
SA|Saudi Arabia;Kingdom of Saudi Arabia;KSA|Saudi;Saudis;Saudi Arabian|Riyadh
SN|Senegal|Senegalese|Dakar
RS|Serbia;Yugoslavia|Serbian;Serbians;Serb;Serbs;Yugoslav|Belgrade
SC|Seychelles|Seychellois|
SL|Sierra Leone|Sierra Leonean|Freetown
SG|Singapore|Singaporean;Singaporeans|Singapore
SK|Slovakia|Slovak;Slovaks;Slovakian|Bratislava
SI|Slovenia|Slovenian;Slovenians;Slovene;Slovenes|Ljubljana
SB|Solomon Islands|Solomon Islander|Honiara
SO|Somalia|Somali;Somalis|Mogadishu
ZA|South Africa;RSA|South African;South Africans|Pretoria;Cape Town
SS|South Sudan;Southern Sudan|South Sudanese;Southern Sudanese|Juba
ES|Spain|Spanish;Spaniard;Spaniards|Madrid
LK|Sri Lanka;Ceylon|Sri Lankan;Sri Lankans|Colombo;Sri Jayawardenepura Kotte
SD|Sudan|Sudanese|Khartoum
SR|Suriname;Surinam|Surinamese|Paramaribo
SE|Sweden|Swedish;Swede;Swedes|Stockholm
CH|Switzerland;Swiss Confederation|Swiss|Bern;Berne
SY|Syria;Syrian Arab Republic|Syrian;Syrians|Damascus
TW|Taiwan;Republic of China|Taiwanese|Taipei
TJ|Tajikistan|Tajik;Tajiks|Dushanbe
TZ|Tanzania|Tanzanian;Tanzanians|Dodoma;Dar es Salaam
TH|Thailand;Siam|Thai;Thais|Bangkok
TL|East Timor;Timor-Leste|Timorese|Dili
TG|Togo|Togolese|Lome;Lomé
TO|Tonga|Tongan;Tongans|Nuku'alofa
TT|Trinidad and Tobago;Trinidad;T&T|Trinidadian;Trinidadians;Tobagonian|Port of Spain
TN|Tunisia|Tunisian;Tunisians|Tunis
TR|Turkey;Türkiye;Turkiye|Turkish;Turk;Turks|Ankara
TM|Turkmenistan|Turkmen|Ashgabat
TV|Tuvalu|Tuvaluan|Funafuti
UG|Uganda|Ugandan;Ugandans|Kampala
UA|Ukraine;the Ukraine|Ukrainian;Ukrainians|Kiev;Kyiv
AE|United Arab Emirates;UAE;U.A.E.;Emirates|Emirati;Emiratis|Abu Dhabi
GB|United Kingdom;UK;U.K.;Britain;Great Britain;England;Scotland;Wales;Northern Ireland|British;Briton;Britons;Brit;Brits;English;Scottish;Scot;Scots;Welsh;Englishman|London
US|United States;United States of America;U.S.;US;USA;U.S.A.;America;the States|American;Americans;U.S.-led;US-led|Washington;Washington, D.C.;Washington D.C.;Washington DC
UY|Uruguay|Uruguayan;Uruguayans|Montevideo
UZ|Uzbekistan|Uzbek;Uzbeks|Tashkent
VU|Vanuatu|Ni-Vanuatu|Port Vila
VA|Vatican City;Holy See;Vatican|Vatican|Vatican City
VE|Venezuela|Venezuelan;Venezuelans|Caracas
VN|Vietnam;Viet Nam|Vietnamese|Hanoi
YE|Yemen|Yemeni;Yemenis|Sanaa;Sana'a
ZM|Zambia|Zambian;Zambians|Lusaka
ZW|Zimbabwe;Rhodesia|Zimbabwean;Zimbabweans|Harare
HK|Hong Kong|Hong Konger;Hong Kongers|
MO|Macau;Macao|Macanese|
PR|Puerto Rico|Puerto Rican;Puerto Ricans|San Juan
GU|Guam|Guamanian|Hagatna
GL|Greenland|Greenlandic;Greenlander|Nuuk
PF|French Polynesia|French Polynesian;Tahitian;Tahitians|Papeete
NC|New Caledonia|New Caledonian;New Caledonians|Nouméa;Noumea
AW|Aruba|Aruban;Arubans|Oranjestad
CW|Curaçao;Curacao|Curaçaoan|Willemstad
KY|Cayman Islands|Caymanian;Caymanians|
BM|Bermuda|Bermudian;Bermudians|
GI|Gibraltar|Gibraltarian;Gibraltarians|
FO|Faroe Islands;Faroes|Faroese|Tórshavn;Torshavn
`;

/**
 * Names that stand for a country without being a place in it: seats of power
 * used as metonyms ("the Kremlin said"), state bodies, state media and large
 * companies that news uses as a country's proxy. CODE|name;variant|…
 * Kept deliberately short: a company named in passing should not drag its
 * home country into an article, so only state bodies, state media and
 * strategic firms that news treats as their state's arm are listed (Gazprom,
 * Huawei, Kaspersky; Microsoft and IBM as targets of state action), not
 * consumer brands (Facebook, Sony) or broadcasters.
 */
export const METONYM_LINES = `
RU|Kremlin|Red Square|Lubyanka
US|White House|Pentagon|Foggy Bottom|Langley|Oval Office|Capitol
GB|Downing Street|Whitehall|Westminster|Buckingham Palace
CN|Zhongnanhai|Great Hall of the People|Tiananmen Square
FR|Elysee;Élysée;Elysee Palace;Élysée Palace|Quai d'Orsay
KR|Blue House
DE|Chancellery
JP|Kantei
IN|Raisina Hill
`;

export const ORGANISATION_LINES = `
US|NSA;National Security Agency|CIA|FBI|Department of Homeland Security;DHS|State Department|Justice Department;Department of Justice|Treasury Department|Defense Department;Department of Defense|Federal Reserve;US Federal Reserve;U.S. Federal Reserve|U.S. Congress;US Congress|Senate Intelligence Committee|FCC|FDA|EPA|NASA|Microsoft|IBM|Boeing|Lockheed Martin|Raytheon|Northrop Grumman
RU|FSB|KGB|GRU|SVR|Duma;State Duma|Federation Council|Roskomnadzor|Gazprom|Rosneft|Rostec|Rosatom|Sberbank|TASS;ITAR-TASS|RIA Novosti|Sputnik|Kaspersky Lab;Kaspersky|Russia Today
CN|Xinhua|People's Daily|Global Times|China Daily|PLA;People's Liberation Army|Politburo|Huawei|ZTE|Sinopec|CNPC|PetroChina|Lenovo|Alibaba|Tencent|Baidu|CNOOC|Ministry of State Security
GB|MI5|MI6|GCHQ|Scotland Yard|Bank of England|House of Commons|House of Lords
IL|Mossad|Shin Bet|Knesset|IDF;Israel Defense Forces
DE|Bundestag|Bundeswehr|BND|Bundesbank
FR|DGSE|TotalEnergies
JP|Self-Defense Forces
KP|Korean Central News Agency;KCNA
IR|IRNA|Revolutionary Guards;Revolutionary Guard;IRGC|Majlis
SA|Aramco;Saudi Aramco
IN|Lok Sabha|Rajya Sabha|RAW;Research and Analysis Wing|Tata
BR|Petrobras
MX|Pemex
UA|Rada;Verkhovna Rada|Naftogaz

`;

/**
 * Groups and areas that are no single country: reported with kind `region`
 * and country null, never silently turned into one of their members.
 */
export const GROUP_NAMES = `
EU;E.U.;European Union;European Commission;European Parliament;European Council;Eurozone;euro zone;eurozone;Schengen
NATO;Nato;North Atlantic Treaty Organization;Warsaw Pact
United Nations;UN;U.N.;Security Council;UN Security Council;U.N. Security Council;General Assembly
the West;West;Western
ASEAN;OPEC;African Union;Arab League;G7;G8;G20;G-7;G-8;G-20;BRICS;Commonwealth;Gulf Cooperation Council;GCC;Shanghai Cooperation Organization;SCO;CIS;Commonwealth of Independent States;Eurasian Economic Union
Europe;Western Europe;Eastern Europe;Central Europe;Northern Europe;Southern Europe;European;Europeans;continental Europe
Asia;East Asia;South Asia;Southeast Asia;Central Asia;Asia-Pacific;Asia Pacific;Asian;Asians;Far East;Indo-Pacific
Africa;North Africa;West Africa;East Africa;Southern Africa;Central Africa;sub-Saharan Africa;Sub-Saharan Africa;Horn of Africa;Sahel;Maghreb;African;Africans
Middle East;Near East;Middle Eastern;Levant;Arab world;Arab;Arabs;Gulf;Persian Gulf;Arabian Peninsula
Latin America;South America;Central America;North America;Caribbean;Latin American;Latin Americans;South American;Central American;North American;Americas
Arctic;Antarctic;Antarctica;Atlantic;Pacific;Indian Ocean;Mediterranean;Black Sea;Baltic;Baltics;Baltic Sea;Caspian;Caspian Sea;North Sea;South China Sea;East China Sea;Red Sea;Pacific Ocean;Atlantic Ocean;Arctic Ocean;Strait of Hormuz
Balkans;Caucasus;Scandinavia;Scandinavian;Nordic;Korean Peninsula;Kurdish;Kurds;Kurdistan region;Iberian Peninsula;Himalayas;Alps;Amazon
`;

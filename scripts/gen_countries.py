#!/usr/bin/env python3
"""Generate assets/gazetteer/countries.toml for plantscope.

Country names: Unicode CLDR, extracted through Babel by scripts/extract_cldr.py into
scripts/data/cldr_territories.tsv (Unicode License v3, https://www.unicode.org/license.txt), so
this generator needs no package.  Adjectives and case forms of the further languages:
scripts/country_forms.py.  Demonyms/adjectives, exonyms, native
names and the ambiguity lists below are hand-maintained for plantscope
(facts from public references; data licence: CC0 / MIT as part of plantscope).

Output format per country:
    [[country]] name (common English short name), iso (ISO 3166-1 alpha-2),
    aliases (names + demonyms, de-duplicated after folding, canonical name excluded),
    cased (forms that are also ordinary words / first names: exact case only).
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from country_forms import (DROP_CJK, DROP_LATIN, adjective_forms, hungarian_cases,  # noqa: E402
                           slavic_cases)
from gazlib import fold, is_cjk, q, qlist  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "assets", "gazetteer", "countries.toml")
LANGS = ["en", "fr", "nl", "de", "es", "it", "pt", "sv", "da", "no", "pl", "cs", "sk", "ro", "hu",
         "tr", "ru", "ja", "zh", "ko"]
AND = {"en": "and", "fr": "et", "nl": "en", "de": "und", "es": "y", "it": "e", "pt": "e",
       "sv": "och", "da": "og", "no": "og", "pl": "i", "cs": "a", "sk": "a", "ro": "și",
       "hu": "és", "tr": "ve", "ru": "и", "ja": "", "zh": "", "ko": ""}
CLDR = os.path.join(os.path.dirname(__file__), "data", "cldr_territories.tsv")


def cldr_names():
    """(iso, lang) -> CLDR names, from the extracted table."""
    names = {}
    with open(CLDR, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            iso, lang, name = line.rstrip("\n").split("\t")
            names.setdefault((iso, lang), []).append(name)
    return names
# CLDR pseudo-regions / non-country codes
EXCLUDE = {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}

CANONICAL = {
    "GB": "United Kingdom", "US": "United States", "RU": "Russia", "KR": "South Korea",
    "KP": "North Korea", "CZ": "Czechia", "TR": "Turkey", "MM": "Myanmar", "CI": "Côte d'Ivoire",
    "VN": "Vietnam", "IR": "Iran", "SY": "Syria", "LA": "Laos", "MD": "Moldova", "BO": "Bolivia",
    "VE": "Venezuela", "TZ": "Tanzania", "TW": "Taiwan", "HK": "Hong Kong", "MO": "Macao",
    "PS": "Palestine", "VA": "Vatican City", "FM": "Micronesia", "BN": "Brunei", "CV": "Cape Verde",
    "CD": "DR Congo", "CG": "Republic of the Congo", "SZ": "Eswatini", "MK": "North Macedonia",
    "UM": "U.S. Outlying Islands", "VI": "U.S. Virgin Islands",
    # Kept as named before CLDR 47 lengthened them.
    "HM": "Heard and McDonald Islands", "SH": "Saint Helena", "TF": "French Southern Territories",
}

# Forms never emitted (dangerous even capitalised, or wrong in the press sense).
DROP = {fold(x) for x in [
    "Salvador", "Maurice", "Dominique", "Granada", "Man", "Hollande", "America", "Amérique",
    "Amerika", "Amerique", "Américas", "VS", "Island", "Malte", "Catar", "Norfolk", "Georgia del Sur", "Congo", "Guyana francesa",
    "Macedonia", "Macédoine", "Macedonië", "Mazedonien", "RAE de Hong Kong (China)",
    # Adjectives spelled like a US state ("fabrikken i Indiana" is no Indian factory).
    "Indiana", "Indiane",
]}

# Forms that are ordinary words / first names: only exact case. Short names too, which only exact
# case keeps safe: Portuguese EUA, Turkish ABD and Çin, Dutch "de VS" (a bare "VS" is "versus").
CASED = {
    "TD": ["Chad"], "JO": ["Jordan"], "TR": ["Turkey"], "CN": ["China", "Kina", "Çin"], "GN": ["Guinea"],
    "NE": ["Niger"], "TG": ["Togo"], "OM": ["Oman"], "US": ["USA", "U.S.", "U.S.A.", "US", "EUA", "E.U.A.", "ABD", "de VS", "De VS"],
    "GB": ["UK", "U.K.", "Engels"], "AE": ["UAE"], "FR": ["Frans"], "PL": ["Polish", "Pools"],
    "DK": ["Danish"], "JE": ["Jersey"], "AI": ["Anguilla"], "BM": ["Bermuda"],
    "RE": ["Réunion"], "MS": ["Montserrat"], "CU": ["Cuba"], "PA": ["Panama"], "MC": ["Monaco"],
    "TO": ["Tonga"], "IS": ["Iceland"], "CX": ["Christmas Island"], "BV": ["Bouvet"],
    "MT": ["Malta"], "ML": ["Mali"], "CL": ["Chile", "Chili"],
}

# Hand-maintained exonyms, native names, short forms, genitives.
EXTRA = {
    "RU": "Russian Federation, Fédération de Russie, Russische Federatie, Russische Föderation, Federación de Rusia, Federazione Russa, Россия, Российская Федерация, РФ, Russlands, Ruslands, Rossiya",
    "KR": "Korea, Corée, Corea, Republic of Korea, République de Corée, Zuid Korea, Südkorea, Süd-Korea, Corea del Sur, Corea del Sud, 한국, 대한민국, 남한, 韩国, 韓國, Südkoreas, Koreas, Zuid-Koreas",
    "KP": "DPRK, Democratic People's Republic of Korea, 북한, 朝鲜, Nordkoreas",
    "CN": "People's Republic of China, PRC, République populaire de Chine, Volksrepubliek China, Volksrepublik China, República Popular China, Repubblica Popolare Cinese, 中国, 中國, 中华人民共和国, Chinas, Китай, Mainland China",
    "JP": "日本, Nippon, Nihon, Japans, Japon, Япония",
    "DE": "Deutschland, Deutschlands, Duitslands, Allemagne, Germania, Alemania, Bundesrepublik, BRD, Германия",
    "FR": "Frankreichs, Frankrijks, Francia",
    "IT": "Italia, Italiens, Italië's, Италия",
    "ES": "España, Spaniens, Espagne",
    "GB": "Great Britain, Britain, Grande-Bretagne, Groot-Brittannië, Großbritannien, Gran Bretaña, Gran Bretagna, England, Angleterre, Engeland, Inghilterra, Inglaterra, Scotland, Écosse, Schotland, Schottland, Escocia, Scozia, Großbritanniens, Englands, Regno Unito, Reino Unido, Verenigd Koninkrijk, Vereinigtes Königreich, Royaume-Uni, United Kingdom of Great Britain and Northern Ireland",
    "US": "United States of America, États-Unis, États-Unis d'Amérique, Verenigde Staten, Verenigde Staten van Amerika, Vereinigte Staaten, Vereinigte Staaten von Amerika, Estados Unidos, Estados Unidos de América, EE. UU., EEUU, Stati Uniti, Stati Uniti d'America, USA's, США, 美国",
    "NL": "Nederland, Holland, Pays-Bas, Niederlande, Países Bajos, Paesi Bassi, Olanda, Holanda, Hollandes, Nederlands",
    "BE": "België, Belgique, Belgien, Bélgica, Belgio, Belgiens",
    "CZ": "Czech Republic, Česko, Česká republika, Tchéquie, République tchèque, Tsjechië, Tschechien, Tschechische Republik, Chequia, República Checa, Cechia, Repubblica Ceca, Tschechiens",
    "SK": "Slovensko, Slovaquie, Slowakije, Slowakei, Eslovaquia, Slovacchia",
    "PL": "Polska, Polens, Pologne",
    "HU": "Magyarország, Ungarns, Hongrie",
    "RO": "România, Rumäniens, Roumanie",
    "SI": "Slovenija, Slowenien",
    "HR": "Hrvatska, Kroatien",
    "RS": "Srbija, Србија, Serbien",
    "BG": "България, Bulgarien",
    "UA": "Україна, Украина, Ukraina, Ukraines",
    "BY": "Беларусь, Belarus, Biélorussie, Wit-Rusland, Witrusland, Weißrussland, Bielorrusia, Bielorussia, White Russia, Belarusse",
    "KZ": "Kazachstan, Kazakstan, Qazaqstan, Қазақстан, Казахстан, Kasachstans, Kazachstans",
    "UZ": "Oʻzbekiston, Uzbekistan, Узбекистан, Usbekistans",
    "TR": "Türkiye, Turquie, Turkije, Türkei, Turquía, Turchia, Turkiye",
    "SE": "Sverige, Schwedens",
    "FI": "Suomi",
    "NO": "Norge",
    "DK": "Danmark",
    "AT": "Österreich, Österreichs, Autriche",
    "CH": "Schweiz, Suisse, Svizzera, Zwitserland, Suiza, Helvetia, der Schweiz",
    "PT": "Portugal",
    "GR": "Ελλάδα, Hellas",
    "IN": "भारत, Bharat, Indiens",
    "BR": "Brasil, Brasiliens",
    "MX": "México, Mexikos",
    "AR": "Argentiniens",
    "CA": "Kanadas",
    "TW": "台灣, 台湾, Republic of China, Formosa",
    "HK": "Hong Kong SAR, Hongkong, 香港",
    "MO": "Macau, 澳门, 澳門, Macao SAR",
    "VN": "Việt Nam, Viet Nam",
    "TH": "ประเทศไทย, Siam",
    "IR": "ایران, Persia",
    "IL": "ישראל",
    "EG": "مصر",
    "MA": "Maroc, Marruecos",
    "ZA": "RSA",
    "AE": "United Arab Emirates, Émirats arabes unis, Emirates, Emirati Arabi Uniti",
    "SA": "KSA",
    "MM": "Burma, Birmanie, Birma",
    "CI": "Ivory Coast, Elfenbeinküste, Ivoorkust, Costa de Marfil, Costa d'Avorio",
    "CV": "Cabo Verde",
    "SX": "St. Maarten, St Maarten",
    "SZ": "Swaziland",
    "MK": "Macedonia del Norte, Macedonia del Nord, Noord-Macedonië, Nordmazedonien, Macédoine du Nord",
    "PS": "Palestina, Palästina, Palestinian Territories, Palestinian territories",
    "VA": "Vatican, Holy See, Vaticano, Vatikan, Vaticaan, Vaticaanstad",
    "CD": "Democratic Republic of the Congo, DRC, RDC, RD Congo, Congo-Kinshasa",
    "CG": "Congo-Brazzaville",
    "AZ": "Azərbaycan",
    "GE": "Sakartvelo",
    "MN": "Монгол Улс",
    "MY": "Malaysias",
}

# Demonyms / adjectives.  Columns: en | fr | nl | de | es | it
#  en, nl: explicit comma lists.  fr: "masc/fem" or epicene forms (plural -s added).
#  de: "adjective stem|nouns" (stem gets -, -e, -en, -er, -es).  es/it: masculine singular (inflected).
DEMONYMS = """
RU | Russian, Russians | russe | Russisch, Russische, Rus, Russen | russisch|Russe, Russen, Russin | ruso | russo
KR | South Korean, South Koreans, Korean, Koreans | sud-coréen/sud-coréenne, coréen/coréenne | Zuid-Koreaans, Zuid-Koreaanse, Koreaans, Koreaanse, Zuid-Koreanen, Koreanen | südkoreanisch|Südkoreaner, Koreaner | surcoreano, coreano | sudcoreano, coreano
KP | North Korean, North Koreans | nord-coréen/nord-coréenne | Noord-Koreaans, Noord-Koreaanse | nordkoreanisch|Nordkoreaner | norcoreano | nordcoreano
CN | Chinese | chinois/chinoise | Chinees, Chinese, Chinezen | chinesisch|Chinese, Chinesen | chino | cinese
JP | Japanese | japonais/japonaise | Japans, Japanse, Japanners | japanisch|Japaner | japonés | giapponese
DE | German, Germans | allemand/allemande | Duits, Duitse, Duitsers | deutsch|Deutsche, Deutschen | alemán | tedesco
FR | French, Frenchman | français/française | Franse, Fransen, Fransman | französisch|Franzose, Franzosen | francés | francese
IT | Italian, Italians | italien/italienne | Italiaans, Italiaanse, Italianen | italienisch|Italiener | italiano | italiano
ES | Spanish, Spaniard, Spaniards | espagnol/espagnole | Spaans, Spaanse, Spanjaarden | spanisch|Spanier | español | spagnolo
GB | British, Briton, Britons, Brits, English, Scottish, Welsh | britannique, anglais/anglaise, écossais/écossaise | Brits, Britse, Britten, Engelse, Schots, Schotse | britisch, englisch, schottisch|Brite, Briten, Engländer | británico, inglés, escocés | britannico, inglese, scozzese
US | American, Americans | américain/américaine, états-unien/états-unienne | Amerikaans, Amerikaanse, Amerikanen | amerikanisch, US-amerikanisch|Amerikaner | estadounidense, norteamericano | americano, statunitense, nordamericano
CZ | Czech, Czechs | tchèque | Tsjechisch, Tsjechische, Tsjechen | tschechisch|Tscheche, Tschechen | checo | ceco
SK | Slovak, Slovakian, Slovaks | slovaque | Slowaaks, Slowaakse | slowakisch|Slowake, Slowaken | eslovaco | slovacco
PL | Polishman | polonais/polonaise | Poolse | polnisch|Polen | polaco | polacco
HU | Hungarian, Hungarians | hongrois/hongroise | Hongaars, Hongaarse | ungarisch|Ungar, Ungarn | húngaro | ungherese
RO | Romanian, Romanians | roumain/roumaine | Roemeens, Roemeense | rumänisch|Rumäne, Rumänen | rumano | rumeno
SI | Slovenian, Slovene, Slovenians | slovène | Sloveens, Sloveense | slowenisch|Slowene, Slowenen | esloveno | sloveno
HR | Croatian, Croats | croate | Kroatisch, Kroatische | kroatisch|Kroate, Kroaten | croata | croato
RS | Serbian, Serbs | serbe | Servisch, Servische | serbisch|Serbe, Serben | serbio | serbo
BG | Bulgarian, Bulgarians | bulgare | Bulgaars, Bulgaarse | bulgarisch|Bulgare, Bulgaren | búlgaro | bulgaro
SE | Swedish | suédois/suédoise | Zweeds, Zweedse, Zweden | schwedisch|Schwede, Schweden | sueco | svedese
FI | Finnish | finlandais/finlandaise | Finse | finnisch|Finne, Finnen | finlandés | finlandese
NO | Norwegian, Norwegians | norvégien/norvégienne | Noors, Noorse | norwegisch|Norweger | noruego | norvegese
DK | Danes | danois/danoise | Deens, Deense | dänisch|Däne, Dänen | danés | danese
NL | Dutch, Dutchman | néerlandais/néerlandaise, hollandais/hollandaise | Nederlands, Nederlandse, Hollands, Hollandse, Nederlanders | niederländisch, holländisch|Niederländer, Holländer | neerlandés, holandés | olandese, neerlandese
BE | Belgian, Belgians | belge | Belgisch, Belgische, Belgen | belgisch|Belgier | belga | belga
AT | Austrian, Austrians | autrichien/autrichienne | Oostenrijks, Oostenrijkse | österreichisch|Österreicher | austriaco | austriaco
CH | Swiss | suisse | Zwitsers, Zwitserse | schweizerisch|Schweizer | suizo | svizzero
PT | Portuguese | portugais/portugaise | Portugees, Portugese | portugiesisch|Portugiese, Portugiesen | portugués | portoghese
GR | Greek, Greeks | grec/grecque | Grieks, Griekse | griechisch|Grieche, Griechen | griego | greco
TR | Turkish, Turks | turc/turque | Turks, Turkse | türkisch|Türke, Türken | turco | turco
UA | Ukrainian, Ukrainians | ukrainien/ukrainienne | Oekraïens, Oekraïense | ukrainisch|Ukrainer | ucraniano | ucraino
BY | Belarusian, Belarusians, Byelorussian | biélorusse | Wit-Russisch, Wit-Russische, Belarussisch, Belarussische | belarussisch, weißrussisch|Belarusse, Weißrusse | bielorruso | bielorusso
KZ | Kazakh, Kazakhstani, Kazakhs | kazakh/kazakhe, kazakhstanais/kazakhstanaise | Kazachs, Kazachse, Kazachstaans, Kazachstaanse | kasachisch|Kasache, Kasachen | kazajo | kazako
UZ | Uzbek, Uzbeks | ouzbek/ouzbèke | Oezbeeks, Oezbeekse | usbekisch|Usbeke, Usbeken | uzbeko | uzbeko
IN | Indian, Indians | indien/indienne | Indiaas, Indiase, Indiërs | indisch|Inder | indio, hindú | indiano
ID | Indonesian, Indonesians | indonésien/indonésienne | Indonesisch, Indonesische | indonesisch|Indonesier | indonesio | indonesiano
TH | Thai | thaïlandais/thaïlandaise | Thais, Thaise, Thailands, Thailandse | thailändisch|Thailänder | tailandés | thailandese
MY | Malaysian, Malaysians | malaisien/malaisienne | Maleisisch, Maleisische | malaysisch|Malaysier | malasio | malese
VN | Vietnamese | vietnamien/vietnamienne | Vietnamees, Vietnamese | vietnamesisch|Vietnamese, Vietnamesen | vietnamita | vietnamita
PH | Philippine, Filipino, Filipinos | philippin/philippine | Filipijns, Filipijnse | philippinisch|Philippiner | filipino | filippino
TW | Taiwanese | taïwanais/taïwanaise | Taiwanees, Taiwanese | taiwanisch|Taiwaner | taiwanés | taiwanese
JP_ | | | | | |
IR | Iranian, Iranians | iranien/iranienne | Iraans, Iraanse | iranisch|Iraner | iraní | iraniano
IL | Israeli, Israelis | israélien/israélienne | Israëlisch, Israëlische | israelisch|Israeli | israelí | israeliano
SA | Saudi, Saudis | saoudien/saoudienne | Saoedisch, Saoedische | saudisch|Saudi | saudí | saudita
AE | Emirati, Emiratis | émirien/émirienne | Emiraats, Emiraatse | emiratisch | emiratí | emiratino
EG | Egyptian, Egyptians | égyptien/égyptienne | Egyptisch, Egyptische | ägyptisch|Ägypter | egipcio | egiziano
MA | Moroccan, Moroccans | marocain/marocaine | Marokkaans, Marokkaanse | marokkanisch|Marokkaner | marroquí | marocchino
DZ | Algerian, Algerians | algérien/algérienne | Algerijns, Algerijnse | algerisch|Algerier | argelino | algerino
TN | Tunisian, Tunisians | tunisien/tunisienne | Tunesisch, Tunesische | tunesisch|Tunesier | tunecino | tunisino
ZA | South African, South Africans | sud-africain/sud-africaine | Zuid-Afrikaans, Zuid-Afrikaanse | südafrikanisch|Südafrikaner | sudafricano | sudafricano
NG | Nigerian, Nigerians | nigérian/nigériane | Nigeriaans, Nigeriaanse | nigerianisch|Nigerianer | nigeriano | nigeriano
KE | Kenyan, Kenyans | kényan/kényane | Keniaans, Keniaanse | kenianisch|Kenianer | keniano | keniota
ET | Ethiopian, Ethiopians | éthiopien/éthiopienne | Ethiopisch, Ethiopische | äthiopisch|Äthiopier | etíope | etiope
GH | Ghanaian, Ghanaians | ghanéen/ghanéenne | Ghanees, Ghanese | ghanaisch|Ghanaer | ghanés | ghanese
AU | Australian, Australians | australien/australienne | Australisch, Australische | australisch|Australier | australiano | australiano
NZ | New Zealander, New Zealanders | néo-zélandais/néo-zélandaise | Nieuw-Zeelands, Nieuw-Zeelandse | neuseeländisch|Neuseeländer | neozelandés | neozelandese
CA | Canadian, Canadians | canadien/canadienne | Canadees, Canadese | kanadisch|Kanadier | canadiense | canadese
MX | Mexican, Mexicans | mexicain/mexicaine | Mexicaans, Mexicaanse | mexikanisch|Mexikaner | mexicano | messicano
BR | Brazilian, Brazilians | brésilien/brésilienne | Braziliaans, Braziliaanse | brasilianisch|Brasilianer | brasileño | brasiliano
AR | Argentine, Argentinian, Argentinians | argentin/argentine | Argentijns, Argentijnse | argentinisch|Argentinier | argentino | argentino
CL | Chilean, Chileans | chilien/chilienne | Chileens, Chileense | chilenisch|Chilene, Chilenen | chileno | cileno
CO | Colombian, Colombians | colombien/colombienne | Colombiaans, Colombiaanse | kolumbianisch|Kolumbianer | colombiano | colombiano
PE | Peruvian, Peruvians | péruvien/péruvienne | Peruaans, Peruaanse | peruanisch|Peruaner | peruano | peruviano
VE | Venezuelan, Venezuelans | vénézuélien/vénézuélienne | Venezolaans, Venezolaanse | venezolanisch|Venezolaner | venezolano | venezuelano
EC | Ecuadorian, Ecuadorians | équatorien/équatorienne | Ecuadoraans, Ecuadoraanse | ecuadorianisch|Ecuadorianer | ecuatoriano | ecuadoriano
UY | Uruguayan, Uruguayans | uruguayen/uruguayenne | Uruguayaans, Uruguayaanse | uruguayisch|Uruguayer | uruguayo | uruguaiano
CU | Cuban, Cubans | cubain/cubaine | Cubaans, Cubaanse | kubanisch|Kubaner | cubano | cubano
PK | Pakistani, Pakistanis | pakistanais/pakistanaise | Pakistaans, Pakistaanse | pakistanisch|Pakistaner | paquistaní | pakistano
BD | Bangladeshi, Bangladeshis | bangladais/bangladaise | Bengalees, Bengalese, Bangladeshi | bangladeschisch | bangladesí | bengalese
IE | Irish | irlandais/irlandaise | Iers, Ierse | irisch|Iren | irlandés | irlandese
LT | Lithuanian, Lithuanians | lituanien/lituanienne | Litouws, Litouwse | litauisch|Litauer | lituano | lituano
LV | Latvian, Latvians | letton/lettonne | Letse | lettisch|Lette, Letten | letón | lettone
EE | Estonian, Estonians | estonien/estonienne | Estisch, Estische | estnisch|Esten | estonio | estone
BA | Bosnian, Bosnians | bosnien/bosnienne | Bosnisch, Bosnische | bosnisch|Bosnier | bosnio | bosniaco
MK | North Macedonian, Macedonian | macédonien/macédonienne | Macedonisch, Macedonische | mazedonisch|Mazedonier | macedonio | macedone
AZ | Azerbaijani, Azerbaijanis, Azeri | azerbaïdjanais/azerbaïdjanaise | Azerbeidzjaans, Azerbeidzjaanse | aserbaidschanisch|Aserbaidschaner | azerbaiyano | azero
GE | Georgian, Georgians | géorgien/géorgienne | Georgisch, Georgische | georgisch|Georgier | georgiano | georgiano
AM | Armenian, Armenians | arménien/arménienne | Armeens, Armeense | armenisch|Armenier | armenio | armeno
MN | Mongolian, Mongolians | mongol/mongole | Mongools, Mongoolse | mongolisch|Mongole, Mongolen | mongol | mongolo
KG | Kyrgyz, Kyrgyzstani | kirghize | Kirgizisch, Kirgizische | kirgisisch|Kirgise, Kirgisen | kirguís | kirghiso
TM | Turkmen, Turkmens | turkmène | Turkmeens, Turkmeense | turkmenisch|Turkmene, Turkmenen | turcomano | turkmeno
TJ | Tajik, Tajiks | tadjik/tadjike | Tadzjieks, Tadzjiekse | tadschikisch|Tadschike, Tadschiken | tayiko | tagiko
LU | Luxembourgish, Luxembourger | luxembourgeois/luxembourgeoise | Luxemburgs, Luxemburgse | luxemburgisch|Luxemburger | luxemburgués | lussemburghese
"""


def es_forms(m):
    out = [m]
    base = fold(m)
    if base.endswith("o"):
        st = m[:-1]
        out += [st + "a", st + "os", st + "as"]
    elif base.endswith("es") or base.endswith("an") or base.endswith("on"):
        # francés -> francesa, franceses; alemán -> alemana, alemanes
        st = fold(m) if m[-2] in "éáó" else m
        st = m[:-2] + {"é": "e", "á": "a", "ó": "o"}.get(m[-2], m[-2]) + m[-1]
        out += [st + "a", st + "es", st + "as"]
    elif base.endswith("ol") or base.endswith("ol") or base.endswith("is") or base.endswith("in"):
        st = m[:-2] + {"í": "i"}.get(m[-2], m[-2]) + m[-1]
        out += [st + "a", st + "es", st + "as"]
    elif base.endswith("i") or base.endswith("u"):
        out += [m + "es", m + "s"]
    elif base.endswith("e") or base.endswith("a"):
        out += [m + "s"]
    return out


def it_forms(m):
    if m.endswith("co"):
        if m in ("greco", "austriaco", "bosniaco"):
            return [m, m[:-1] + "a", m[:-1] + "i", m[:-1] + "he"]
        return [m, m[:-1] + "a", m[:-1] + "hi", m[:-1] + "he"]
    if m.endswith("o"):
        return [m, m[:-1] + "a", m[:-1] + "i", m[:-1] + "e"]
    if m.endswith("e"):
        return [m, m[:-1] + "i"]
    if m.endswith("a"):
        return [m, m[:-1] + "i", m[:-1] + "e"]
    return [m]


def fr_forms(spec):
    out = []
    for part in spec.split("/"):
        part = part.strip()
        out.append(part)
        if not part.endswith(("s", "x")):
            out.append(part + "s")
    return out


def de_forms(spec):
    adj, _, nouns = spec.partition("|")
    out = []
    for stem in [a.strip() for a in adj.split(",") if a.strip()]:
        out += [stem + suf for suf in ("", "e", "en", "er", "es")]
    out += [n.strip() for n in nouns.split(",") if n.strip()]
    return out


def parse_demonyms():
    dem = {}
    for line in DEMONYMS.strip().splitlines():
        cols = [c.strip() for c in line.split("|")]
        iso = cols[0]
        if iso.endswith("_"):
            continue
        en, fr, nl = cols[1], cols[2], cols[3]
        de = "|".join(cols[4:6]) if len(cols) == 8 else cols[4]
        es, it = cols[-2], cols[-1]
        forms = [x.strip() for x in en.split(",")]
        for f in fr.split(","):
            if f.strip():
                forms += fr_forms(f)
        forms += [x.strip() for x in nl.split(",")]
        forms += de_forms(de)
        for m in es.split(","):
            if m.strip():
                forms += es_forms(m.strip())
        for m in it.split(","):
            if m.strip():
                forms += it_forms(m.strip())
        dem[iso] = [f for f in forms if f]
    return dem


def variants(name, lang):
    """Expand CLDR display names: '&' -> and, St. -> Saint, parentheses."""
    out = []
    name = name.replace("’", "'")
    m = re.match(r"^(.*?)\s*\((.*)\)\s*$", name)
    if m:
        outer, inner = m.group(1), m.group(2)
        out.append(outer)
        if inner[:1].isupper() and len(inner) > 3:
            out.append(inner)
    else:
        out.append(name)
    res = []
    for n in out:
        res.append(n)
        if "&" in n:
            res.append(n.replace("&", AND[lang]))
        if n.startswith("St. "):
            res.append("Saint " + n[4:])
    return res


def keep_cjk(form):
    """A CJK form: not a listed ordinary word, and not a katakana word of two characters."""
    if form in DROP_CJK:
        return False
    katakana = all("\u30a0" <= c <= "\u30ff" for c in form)
    return not (katakana and len(form) <= 2)


def main():
    names = cldr_names()
    codes = sorted({c for (c, lang) in names if lang == "en" and c not in EXCLUDE})
    dem = parse_demonyms()
    more = adjective_forms()
    missing_dem = [k for k in dem if k not in codes]
    assert not missing_dem, missing_dem

    countries = []
    for c in codes:
        en = names[(c, "en")][0]
        name = CANONICAL.get(c) or variants(en, "en")[0].replace("&", "and")
        if name.startswith("St. "):
            name = "Saint " + name[4:]
        forms = []
        for lang in LANGS:
            if c in ("HK", "MO"):
                continue  # "... SAR China" style names; handled in EXTRA
            for n in names.get((c, lang), []):
                for v in variants(n, lang):
                    forms.append(v)
                    if lang in ("pl", "cs", "sk", "ru"):
                        forms += slavic_cases(v, lang)
                    elif lang == "hu":
                        forms += hungarian_cases(v)
        forms += [x.strip() for x in EXTRA.get(c, "").split(",") if x.strip()]
        forms += dem.get(c, [])
        forms += more.get(c, [])
        cased = list(CASED.get(c, []))
        countries.append([c, name, forms, cased])

    # fold-level filtering: drop dangerous forms, move cased-equivalents out of aliases,
    # drop forms claimed by an earlier country (reported).
    cased_folds = {fold(x) for _, _, _, cs in countries for x in cs}
    owner = {}
    for c, name, forms, cased in countries:
        owner.setdefault(fold(name), c)
    collisions = []
    for entry in countries:
        c, name, forms, cased = entry
        seen = {fold(name)} | {fold(x) for x in cased}
        aliases = []
        # Where two languages spell a form alike but one writes it in lowercase (German
        # "russische", Dutch "Russische"), the lowercase spelling is kept: plantscope lets a
        # form only ever spelt with a capital match only when written with one (lowercase,
        # "estén", "gana" are words), and an adjective written in lowercase must still match.
        kept_at = {}
        for f in forms:
            k = fold(f)
            if k in kept_at and f[:1].islower() and aliases[kept_at[k]][:1].isupper():
                aliases[kept_at[k]] = f
                continue
            if not k or k in seen or k in DROP or k in cased_folds or f in DROP_LATIN:
                continue
            if is_cjk(f):
                if not keep_cjk(f):
                    continue
            elif len(k.replace(" ", "").replace(".", "")) <= 3:
                continue  # very short forms only through `cased`
            o = owner.setdefault(k, c)
            if o != c:
                collisions.append((k, o, c))
                continue
            seen.add(k)
            kept_at[k] = len(aliases)
            aliases.append(f)
        entry[2] = aliases
    for k, o, c in collisions:
        print(f"dropped shared form {k!r}: kept for {o}, removed from {c}", file=sys.stderr)

    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# plantscope gazetteer: countries and territories (ISO 3166-1 alpha-2, plus XK)\n")
        f.write("# Generated by scripts/gen_countries.py -- edit the script, not this file.\n")
        f.write("# Country names from Unicode CLDR via Babel, Unicode License v3.\n")
        f.write("# Demonyms, exonyms, native names and ambiguity lists hand-maintained for plantscope\n")
        f.write("# (facts from public references); data licence: CC0 / MIT as part of plantscope.\n")
        f.write("# `cased` forms are ordinary words / first names: match exact case only.\n")
        f.write("# If `name` itself folds to a `cased` form (e.g. Turkey, Chad), treat the name as cased too.\n")
        for c, name, aliases, cased in countries:
            f.write(f"\n[[country]]\nname = {q(name)}\niso = {q(c)}\naliases = {qlist(aliases)}\n")
            if cased:
                f.write(f"cased = {qlist(cased)}\n")
    print(f"countries: {len(countries)}")


if __name__ == "__main__":
    main()

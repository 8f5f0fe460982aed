"""Party names for synthetic licence applications: companies, organisations, people.

Every function takes the caller's ``random.Random`` and uses nothing else, so the
output is deterministic for a seed.  Names follow each country's style: legal forms
("GmbH", "Sp. z o.o.", "Ltd. Şti.", "FZE", "Sdn. Bhd."), local-language words in
the transliteration a real firm would register in English, and person names in the
local naming order.  Countries without a dedicated style get an English-language
name, often built on a local city or region word.

Public API: ``company_name``, ``organisation_name``, ``person_name``,
``applicant_name``, ``brand_word``, ``forwarder_name``, ``short_name`` and the place
tables ``CITIES``, ``COUNTRY_NAMES``, ``HUB_CITIES`` (re-exported from
``training.synth.places``).
"""

from __future__ import annotations

import random
import re

from training.synth.places import CITIES, COUNTRY_NAMES, HUB_CITIES

__all__ = [
    "CITIES", "COUNTRY_NAMES", "HUB_CITIES", "KINDS", "END_USER_TYPES", "company_name",
    "organisation_name", "person_name", "applicant_name", "brand_word", "forwarder_name", "short_name",
]

KINDS = ("manufacturer", "trading", "forwarder", "distributor", "lab", "engineering")
END_USER_TYPES = ("commercial", "academic", "government_civil", "military", "police_security",
                  "individual", "unknown")


def _w(text: str) -> list[str]:
    """Split a '|'-separated word list (keeps multi-word entries intact)."""
    return [t.strip() for t in text.split("|") if t.strip()]


def _by_country(table: dict[str, str]) -> dict[str, str]:
    """Invert {style: "CC CC CC"} into {CC: style}."""
    return {cc: style for style, codes in table.items() for cc in codes.split()}


def _city(rng: random.Random, country: str) -> str:
    return rng.choice(CITIES.get(country) or ["Central"])


def _acronym(rng: random.Random) -> str:
    return "".join(rng.choice("ABCDEFGHIKLMNPRSTVW") for _ in range(rng.choice((2, 3, 3, 4))))


# ----------------------------------------------------------------------------------------
# People
# ----------------------------------------------------------------------------------------
# style: (male given | female given | surnames); order handled in person_name.
_PEOPLE: dict[str, tuple[str, ...]] = {k: tuple(v.split(" / ")) for k, v in {
    "en": "James|Robert|Michael|David|Richard|Thomas|Daniel|Mark|Paul|Steven|Andrew|Kevin|Brian|Gary / Sarah|Emma|"
        "Karen|Linda|Susan|Helen|Rachel|Laura|Claire|Joanne|Amanda|Nicola / Smith|Whitfield|Harrison|Clarke|Turner|"
        "Walsh|Bennett|Hughes|Fletcher|Morgan|Palmer|Reid|Sutton|Barker|Holloway|Grant|Ellis|Marsh|Cooper|Lambert|"
        "Fraser|Doyle|Kendall|Hayes",
    "de": "Klaus|Jürgen|Stefan|Thomas|Michael|Andreas|Matthias|Wolfgang|Frank|Markus|Tobias|Lukas / Sabine|Petra|"
        "Monika|Claudia|Katrin|Julia|Anja|Birgit|Susanne|Nicole / Müller|Schmidt|Bauer|Weber|Hofmann|Krüger|Wagner|"
        "Becker|Schulz|Keller|Vogt|Brandt|Lindner|Hartmann|Seidel|Kessler|Albrecht|Zimmermann|Huber|Fischer|Wolf|"
        "Lehmann",
    "fr": "Jean-Luc|Pierre|Philippe|Laurent|Nicolas|Olivier|François|Thierry|Éric|Julien|Christophe / Isabelle|"
        "Nathalie|Sophie|Céline|Valérie|Sandrine|Camille|Aurélie|Élodie / Martin|Bernard|Dubois|Moreau|Lefèvre|"
        "Girard|Mercier|Fournier|Rousseau|Lambert|Bonnet|Garnier|Chevalier|Leroy|Faure|Roux|Fontaine|Perrin|Gauthier",
    "af_fr": "Mamadou|Ibrahima|Moussa|Abdoulaye|Ousmane|Jean-Baptiste|Serge|Didier|Cheikh|Boubacar / Aminata|"
        "Fatoumata|Mariam|Awa|Aïssatou|Clarisse|Brigitte|Adama / Diallo|Traoré|Koné|Ndiaye|Diop|Camara|Ouédraogo|"
        "Sow|Cissé|Coulibaly|Kaboré|Mbala|Nkounkou|Touré|Bamba|Sylla|Kouassi|Ngoma|Fofana|Mendy",
    "af_w": "Emmanuel|Chinedu|Oluwaseun|Kwame|Kofi|Ibrahim|Samuel|Yaw|Tunde|Musa / Blessing|Chiamaka|Akosua|Ngozi|"
        "Funmilayo|Abena / Okafor|Adeyemi|Okonkwo|Eze|Abubakar|Mensah|Owusu|Boateng|Asante|Bello|Danjuma|Kamara|"
        "Koroma|Sesay|Olawale|Nwosu",
    "af_e": "Peter|Joseph|Daniel|Brian|Moses|David|Samuel|Abebe|Dawit|Emmanuel / Grace|Wanjiru|Faith|Esther|Amina|"
        "Tigist / Mwangi|Ochieng|Kamau|Otieno|Kiprono|Njoroge|Mutua|Wekesa|Mugisha|Okello|Tesfaye|Bekele|Haile|Mushi",
    "af_s": "Tendai|Sipho|Thabo|Themba|Brian|Tatenda|Mandla|Johan|Pieter|Chanda / Rudo|Nomvula|Thandiwe|Lindiwe|"
        "Chipo / Nkosi|Ndlovu|Moyo|Dlamini|Mokoena|Banda|Phiri|Mutasa|Chikwanha|Van der Merwe|Botha|Naidoo|Khumalo|"
        "Mwanza",
    "it": "Marco|Giuseppe|Luca|Andrea|Alessandro|Francesco|Paolo|Stefano|Roberto|Massimo|Davide / Giulia|Francesca|"
        "Chiara|Elena|Paola|Silvia|Valentina|Laura / Rossi|Bianchi|Ferrari|Colombo|Ricci|Marino|Greco|Bruno|Gallo|"
        "Conti|Esposito|Fontana|Moretti|Barbieri|Lombardi|Rinaldi|Caruso|Ferri",
    "es": "José|Juan Carlos|Luis|Javier|Miguel Ángel|Carlos|Alejandro|Jorge|Fernando|Raúl|Sergio|Diego / María José|"
        "Carmen|Ana Isabel|Laura|Lucía|Marta|Patricia|Gabriela|Verónica|Daniela / García|Martínez|López|Sánchez|"
        "Romero|Navarro|Torres|Ruiz|Hernández|Díaz|Morales|Ortega|Castillo|Vargas|Mendoza|Rojas|Guerrero|Medina|"
        "Herrera|Aguilar|Ramírez|Flores",
    "pt": "João Pedro|Carlos|Paulo|Ricardo|Rafael|Luís|Marcelo|Fernando|Tiago|André|Rodrigo|Bruno / Ana Paula|"
        "Mariana|Fernanda|Juliana|Beatriz|Camila|Luciana|Patrícia|Inês / Silva|Santos|Ferreira|Oliveira|Costa|"
        "Almeida|Carvalho|Pereira|Rodrigues|Gomes|Martins|Souza|Ribeiro|Barbosa|Lima|Araújo|Teixeira|Moreira",
    "nl": "Jan|Pieter|Willem|Dirk|Bart|Maarten|Sander|Jeroen|Koen|Thijs / Anke|Marieke|Sanne|Els|Ingrid|Femke|"
        "Lotte / de Vries|Jansen|Bakker|Visser|Smit|Meijer|de Boer|Mulder|Dekker|van Dijk|Peeters|Janssens|"
        "van den Berg|Hendriks|Kuipers",
    "nordic": "Lars|Anders|Erik|Magnus|Henrik|Mikael|Jukka|Mikko|Ole|Søren|Gunnar|Bjørn / Anna|Karin|Ingrid|Sofia|"
        "Liisa|Hanna|Mette|Sigrid|Elin / Lindqvist|Bergström|Johansson|Andersson|Nilsson|Virtanen|Koskinen|Nieminen|"
        "Hansen|Johansen|Nielsen|Jensen|Larsen|Olsen|Halvorsen|Lahtinen|Eriksson",
    "pl": "Piotr|Krzysztof|Tomasz|Paweł|Marcin|Andrzej|Michał|Jakub|Grzegorz|Łukasz / Anna|Katarzyna|Agnieszka|"
        "Magdalena|Joanna|Ewa|Monika / Nowak|Kowalski|Wiśniewski|Mazur|Kaczmarek|Zieliński|Wójcik|Lewandowski|"
        "Dąbrowski|Kamiński|Szymański|Woźniak",
    "cz": "Jan|Petr|Tomáš|Martin|Pavel|Jiří|Lukáš|Ondřej|Michal|Peter|Juraj / Jana|Petra|Lucie|Eva|Hana|Zuzana|"
        "Martina / Novák|Dvořák|Svoboda|Černý|Procházka|Kučera|Veselý|Horák|Marek|Pokorný|Kováč|Baláž",
    "ro": "Andrei|Mihai|Alexandru|Bogdan|Radu|Cristian|Ion|Vasile|Adrian / Ioana|Elena|Andreea|Maria|Cristina / "
        "Popescu|Ionescu|Constantinescu|Dumitrescu|Stan|Munteanu|Rusu|Ciobanu|Lungu|Moldovan",
    "hu": "László|István|Zoltán|Gábor|Péter|Attila|Tamás|Balázs / Katalin|Zsófia|Eszter|Anna|Krisztina / Nagy|"
        "Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh|Farkas",
    "yu": "Marko|Nikola|Stefan|Dragan|Milan|Goran|Ivan|Zoran|Aleksandar|Dejan|Arben|Besnik / Ana|Jelena|Milica|"
        "Ivana|Marija|Dragana|Vesna|Arta / Petrović|Jovanović|Kovačević|Horvat|Nikolić|Marković|Popović|Babić|"
        "Knežević|Hoxha|Krasniqi|Stojanovski|Dimitrovski|Begić",
    "gr": "Georgios|Dimitrios|Konstantinos|Nikolaos|Ioannis|Christos|Andreas / Maria|Eleni|Katerina|Sofia / "
        "Papadopoulos|Georgiou|Nikolaidis|Kyriakou|Christodoulou|Konstantinou|Ioannou|Papageorgiou",
    "baltic": "Andris|Jānis|Mindaugas|Tomas|Rasmus|Marek|Tõnu|Darius / Ieva|Kristina|Liga|Kadri|Inga / Bērziņš|"
        "Kalniņš|Kazlauskas|Petrauskas|Tamm|Saar|Jankauskas|Ozoliņš|Kask|Sild",
    "ru": "Aleksandr|Sergey|Dmitry|Andrey|Alexey|Vladimir|Igor|Mikhail|Nikolai|Yuri|Oleg|Pavel|Viktor / Elena|Olga|"
        "Tatiana|Natalia|Irina|Svetlana|Anna|Yulia|Marina / Ivanov|Petrov|Smirnov|Kuznetsov|Sokolov|Popov|Volkov|"
        "Morozov|Novikov|Fedorov|Orlov|Lebedev|Kozlov|Pavlov|Semenov|Egorov|Vasiliev|Zaitsev|Belov|Kovalenko|"
        "Shevchenko|Bondarenko",
    "bg": "Georgi|Ivan|Dimitar|Nikolay|Stoyan|Petar|Hristo|Todor / Maria|Elena|Desislava|Tsvetelina|Gergana / "
        "Petrov|Dimitrov|Georgiev|Ivanov|Stoyanov|Nikolov|Todorov|Hristov|Angelov|Kolev",
    "kz": "Nurlan|Yerlan|Azamat|Daniyar|Askar|Timur|Bakyt|Almas|Marat|Kanat / Aigerim|Gulnara|Saule|Dinara / "
        "Akhmetov|Nazarbekov|Seitkali|Omarov|Zhakupov|Bekov|Abenov|Kasymov|Sultanov|Jumabayev|Iskakov|Mukanov",
    "uz": "Rustam|Aziz|Bakhtiyor|Dilshod|Farrukh|Bekzod|Sherzod|Jasur|Davron|Murod / Dilnoza|Zarina|Madina|Nodira / "
        "Karimov|Yusupov|Rakhimov|Tursunov|Ismailov|Abdullayev|Rashidov|Nazarov|Khodjaev|Saidov|Usmonov",
    "az": "Rashad|Elchin|Tural|Orkhan|Vugar|Anar|Elnur / Leyla|Aysel|Gunel|Nigar / Aliyev|Mammadov|Huseynov|Hasanov|"
        "Guliyev|Ismayilov|Abbasov|Rzayev|Babayev",
    "am": "Aram|Armen|Tigran|Davit|Gevorg|Levon|Hovhannes|Artur|Karen / Anahit|Lilit|Ani|Mariam / Petrosyan|Hakobyan|"
        "Grigoryan|Sargsyan|Harutyunyan|Avetisyan|Karapetyan|Vardanyan|Ghazaryan|Mkrtchyan",
    "ge": "Giorgi|Levan|Davit|Irakli|Zurab|Nikoloz|Lasha / Nino|Tamar|Mariam|Ketevan / Beridze|Kapanadze|Gelashvili|"
        "Maisuradze|Lomidze|Tsiklauri|Japaridze|Kvaratskhelia|Chikovani",
    "ar": "Mohammed|Ahmed|Khalid|Omar|Youssef|Hassan|Ali|Abdullah|Tariq|Faisal|Saeed|Hamad|Mahmoud|Karim / Fatima|"
        "Mariam|Noura|Aisha|Layla|Huda|Rania|Salma / Al-Mansouri|Al Nuaimi|Al-Harbi|Al-Qahtani|Al-Shamsi|Haddad|"
        "Khoury|Nasser|Saleh|Al-Obaidi|Al-Tamimi|Hamdan|Al-Zahrani|Mansour|Abdel Rahman|El-Sayed|Al-Hashimi|Darwish|"
        "Al-Jubouri|Kassab",
    "fa": "Reza|Ali|Mohammad|Hossein|Mehdi|Amir|Hamid|Saeed|Majid|Behrouz|Farhad|Ahmad / Maryam|Zahra|Fatemeh|"
        "Narges|Leila|Shirin|Parisa / Mohammadi|Hosseini|Ahmadi|Rezaei|Karimi|Moradi|Jafari|Rahimi|Sadeghi|Ghorbani|"
        "Tehrani|Kazemi|Mousavi|Najafi|Bagheri|Hashemi|Ebrahimi|Salehi|Zamani",
    "tr": "Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Murat|Emre|Burak|Serkan|Volkan|Kemal|Cem / Ayşe|Fatma|Elif|Zeynep|Emine|"
        "Selin|Derya|Gül / Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|Koç|"
        "Kurt|Özkan|Şimşek|Polat|Erdem|Güneş",
    "he": "Yossi|David|Avi|Moshe|Eitan|Amir|Oren|Ronen|Guy|Itai / Noa|Michal|Tamar|Yael|Shira|Orly / Cohen|Levi|"
        "Mizrahi|Peretz|Biton|Friedman|Shapiro|Katz|Azoulay|Ben-David|Goldberg|Avraham",
    "in": "Rajesh|Amit|Sanjay|Vikram|Suresh|Anil|Rahul|Arjun|Pradeep|Venkatesh|Manoj|Deepak|Srinivas / Priya|Anjali|"
        "Sunita|Kavita|Lakshmi|Neha|Deepa|Pooja / Sharma|Kumar|Patel|Singh|Reddy|Iyer|Gupta|Nair|Rao|Mehta|Joshi|"
        "Agarwal|Desai|Menon|Pillai|Chatterjee|Banerjee|Malhotra|Krishnan|Verma",
    "pk": "Muhammad|Imran|Ahmed|Ali|Bilal|Usman|Faisal|Asif|Zubair|Tariq|Kamran|Rafiqul|Shahid / Ayesha|Fatima|Sana|"
        "Nadia|Farzana|Rukhsana / Khan|Qureshi|Raza|Malik|Chaudhry|Butt|Sheikh|Hussain|Iqbal|Siddiqui|Mirza|Awan|"
        "Islam|Rahman|Chowdhury|Hossain|Ahmed",
    "zh": "Wei|Jun|Lei|Qiang|Jian|Ming|Tao|Yong|Hao|Bin|Jianguo|Xiaoming|Haitao|Zhiwei|Guoqiang|Jianhua / Fang|Li|"
        "Jing|Yan|Min|Xiaoyan|Hui|Lina|Xiuying|Yumei / Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|"
        "Hu|Guo|He|Lin|Gao|Luo|Zheng|Liang",
    "hk": "Ka Wai|Chi Ming|Wing Kei|Siu Fung|Kwok Leung|Tak Ming|Chun Kit|Man Ho / Mei Ling|Wai Yee|Suk Han|"
        "Pui Shan|Yuk Lan / Chan|Wong|Leung|Cheung|Lau|Lee|Ho|Ng|Tsang|Yip|Kwok|Tam|Fung|Lam|Chow",
    "tw": "Chih-Wei|Chia-Hao|Ming-Te|Cheng-Yu|Kuan-Ting|Yu-Lin|Wen-Chieh / Shu-Fen|Mei-Hua|Ya-Ting|Hsiu-Ying / Chen|"
        "Lin|Huang|Chang|Lee|Wang|Wu|Liu|Tsai|Yang|Hsu|Cheng|Hsieh|Kuo",
    "ko": "Min-jun|Seo-jun|Ji-hoon|Sung-ho|Dong-hyun|Jae-won|Young-soo|Hyun-woo|Kyung-soo|Chul-su / Ji-yeon|Soo-jin|"
        "Eun-ji|Hye-won|Min-ji|Young-hee / Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Shin|Seo|Kwon|Hwang|"
        "Ahn|Song|Ri|Pak",
    "ja": "Takeshi|Hiroshi|Kenji|Satoshi|Makoto|Kazuo|Yuki|Daisuke|Tatsuya|Shinji|Akira|Ryo / Yoko|Keiko|Naoko|Yumi|"
        "Akiko|Mai|Haruka / Yamamoto|Tanaka|Watanabe|Ito|Nakamura|Kobayashi|Sato|Suzuki|Takahashi|Yamada|Sasaki|"
        "Matsumoto|Inoue|Kimura|Hayashi|Shimizu|Morita|Ishikawa|Okada|Fujimoto",
    "vi": "Van Minh|Van Hung|Duc Anh|Quoc Bao|Thanh Tung|Minh Tuan|Huu Phuoc|Van Long / Thi Lan|Thi Hoa|Thu Trang|"
        "Ngoc Anh / Nguyen|Tran|Le|Pham|Hoang|Phan|Vu|Dang|Bui|Do|Ho|Ngo|Duong",
    "th": "Somchai|Sompong|Prasert|Anan|Wichai|Chaiwat|Kittisak|Narongrit|Thanakorn / Siriporn|Malee|Nittaya|Ratana|"
        "Kanokwan / Srisuk|Charoenphol|Rattanakorn|Suwannarat|Thongchai|Wongsawat|Chaiyaporn|Boonmee|Saetang|Kaewkla",
    "ms": "Ahmad|Mohd Faizal|Azman|Rizal|Hafiz|Kamal|Zulkifli|Hakim / Siti|Nurul|Aisyah|Farah / bin Abdullah|"
        "bin Ismail|bin Hassan|bin Osman|bin Yusof|bin Rahman",
    "ms_cn": "Wei Liang|Chee Keong|Kok Wai|Boon Huat|Jun Hao / Mei Ling|Hui Min|Siew Lan / Tan|Lim|Ong|Goh|Lee|Wong|"
        "Chong|Teo",
    "id": "Budi|Agus|Hendra|Dedi|Rudi|Eko|Bambang|Andi / Dewi|Sri|Fitri|Wulan|Rina / Santoso|Wijaya|Hidayat|"
        "Setiawan|Kusuma|Pratama|Saputra|Nugroho|Gunawan|Siregar",
    "ph": "Jose|Juan|Mark Anthony|Rodel|Ramon|Jericho|Carlo|Noel|Arnel / Maria Cristina|Rowena|Liza|Jocelyn|"
        "Kristine / dela Cruz|Santos|Reyes|Bautista|Garcia|Mendoza|Villanueva|Castillo|Aquino|Ramos|Tolentino|Manalo",
    "mm": "Aung Kyaw|Kyaw Zaw|Min Thant|Htet Aung|Soe Naing|Zaw Min|Thura|Win Naing / Thida|Nilar|Khin Mar|Su Su / "
        "Win|Oo|Htun|Myint|Lwin|Tun|Aung|Naing|Htwe|Kyi",
    "kh": "Dara|Sokha|Vannak|Sophal|Rithy|Visal|Piseth / Sreymom|Channary|Sopheap / Sok|Chea|Heng|Kim|Meas|Chhun|Ly",
    "la": "Bounmy|Khamphone|Somphone|Vilay|Souksavanh|Phet / Manivone|Keo|Chanthala / Phommachanh|Sisavath|Vongsa|"
        "Keomany|Inthavong|Sengdara",
    "mn": "Batbayar|Ganbold|Bat-Erdene|Tömörbaatar|Enkhbold|Gantulga / Oyunaa|Solongo|Altantsetseg|Narantuya / "
        "Ganbaatar|Dorj|Batsukh|Erdenebat|Purev|Sukhbaatar|Munkh-Ochir",
    "lk": "Nuwan|Chaminda|Kasun|Ruwan|Pradeep|Ram Bahadur|Suman|Dinesh / Dilani|Nadeesha|Sita|Anjana / Perera|"
        "Fernando|de Silva|Jayawardena|Wickramasinghe|Bandara|Shrestha|Thapa|Gurung|Karki|Rai",
}.items()}
_PERSON_STYLE = _by_country({
    "en": "GB US CA AU NZ IE JM BB BS TT AG DM GD KN LC VC BZ GY FJ PG SB VU TO WS KI TV NR FM MH PW MT",
    "de": "DE AT CH LI LU", "fr": "FR BE MC HT SC MU", "it": "IT SM VA", "nl": "NL SR AW CW SX",
    "es": "ES AD MX AR CL CO PE VE EC BO PY UY CR PA GT HN SV NI DO CU GQ",
    "pt": "PT BR AO MZ CV GW ST TL", "nordic": "SE NO DK FI IS", "pl": "PL", "cz": "CZ SK", "ro": "RO MD",
    "hu": "HU", "yu": "RS HR BA ME MK SI XK AL", "gr": "GR CY", "baltic": "EE LV LT",
    "ru": "RU BY UA", "bg": "BG", "kz": "KZ KG", "uz": "UZ TJ TM", "az": "AZ", "am": "AM", "ge": "GE",
    "ar": "AE SA QA OM BH KW IQ JO LB SY YE EG LY SD PS MA DZ TN MR EH SO DJ KM",
    "fa": "IR AF", "tr": "TR", "he": "IL", "in": "IN", "pk": "PK BD MV", "lk": "LK NP BT",
    "zh": "CN SG", "hk": "HK MO", "tw": "TW", "ko": "KR KP", "ja": "JP", "vi": "VN", "th": "TH",
    "ms": "MY BN", "id": "ID", "ph": "PH", "mm": "MM", "kh": "KH", "la": "LA", "mn": "MN",
    "af_fr": "SN CI CM BF ML NE TD TG BJ GA CG CD CF GN MG BI",
    "af_w": "NG GH SL LR GM", "af_e": "KE TZ UG SS ET ER RW", "af_s": "ZA ZM ZW MW BW NA LS SZ",
})
_RU_FEMININE = re.compile(r"(ov|ev|in|yn)$")
_PATRONYMIC = _w("Aleksandrov|Sergeyev|Dmitriyev|Andreyev|Alexeyev|Vladimirov|Igorev|Mikhailov|Nikolayev|"
                 "Yuryev|Olegov|Pavlov|Viktorov")


def person_name(rng: random.Random, country: str) -> str:
    """A person's full name in the naming style of ``country``."""
    style = _PERSON_STYLE.get(country, "en")
    if style == "ms" and rng.random() < 0.35:
        style = "ms_cn"
    male, female, surnames = map(_w, _PEOPLE[style])
    is_female = rng.random() < 0.25
    given, family = rng.choice(female if is_female else male), rng.choice(surnames)
    if style in ("ru", "bg", "kz", "uz", "az"):
        if is_female and _RU_FEMININE.search(family):
            family += "a"
        if style == "ru" and rng.random() < 0.4:
            given += " " + rng.choice(_PATRONYMIC) + ("na" if is_female else "ich")
        return f"{given} {family}"
    if style in ("zh", "ko", "vi", "kh", "ms_cn"):
        return f"{family} {given}"
    if style == "ar":
        if rng.random() < 0.5:
            given += " " + rng.choice(male)
        if rng.random() < 0.15 and country in ("AE", "SA", "QA", "OM", "BH", "KW"):
            return f"{given.split()[0]} {'bint' if is_female else 'bin'} {rng.choice(male)} {family}"
    if style == "es" and rng.random() < 0.6:
        family += " " + rng.choice(surnames)
    if style == "pt" and rng.random() < 0.5:
        family = rng.choice(surnames) + " " + family
    if style == "in" and not is_female and rng.random() < 0.3:
        given += " " + rng.choice(("Kumar", "Prasad", "Chandra", "Mohan"))
    if style == "en" and rng.random() < 0.3:
        given += " " + rng.choice("ABCDEJKLMPRST") + "."
    if style == "ms" and family.startswith("bin") and is_female:
        family = family.replace("bin", "binti")
    return f"{given} {family}"


# ----------------------------------------------------------------------------------------
# Company vocabulary
# ----------------------------------------------------------------------------------------
#: English technical words by kind, used everywhere (real firms mix them with local words).
_TECH = {
    "manufacturer": _w("Precision|Industries|Manufacturing|Electronics|Machinery|Components|Metalworks|"
                       "Technologies|Industrial|Optics|Precision Engineering|Electro-Mechanical|Tooling"),
    "trading": _w("Trading|International|Import & Export|Global Trade|Commercial|Enterprises|Overseas|"
                  "Resources|Supply|Trade Links|Impex"),
    "forwarder": _w("Logistics|Shipping|Freight|Cargo|Forwarding|Freight Services|Supply Chain|Transport|"
                    "Shipping & Logistics|Express Cargo"),
    "distributor": _w("Distribution|Components|Supplies|Technical Supplies|Electronics|Industrial Supply|"
                      "Parts|Electronic Components|Industrial Products"),
    "lab": _w("Scientific|Instruments|Laboratories|Analytical|Lab Solutions|Measurement|Research|"
              "Scientific Instruments|Lab Systems|Metrology"),
    "engineering": _w("Engineering|Systems|Solutions|Automation|Technologies|Controls|Integration|"
                      "Technical Services|Engineering Services|Defence Systems|Power Systems"),
}
#: English coined words for names anywhere (and for US/GB applicants).
_EN = _w("Meridian|Falcon|Zenith|Atlas|Crescent|Summit|Pinnacle|Apex|Horizon|Vector|Orion|Vertex|Nova|"
         "Polaris|Sterling|Titan|Vanguard|Keystone|Beacon|Citadel|Delta|Eagle|Fortis|Harbor|Infinity|"
         "Kestrel|Legacy|Matrix|Nexus|Optima|Pioneer|Quantum|Radiant|Sentinel|Sigma|Spectrum|Stellar|"
         "Trident|Unity|Vista|Zephyr|Cobalt|Granite|Onyx|Sapphire|Emerald|Silverline|Bluewater|Redstone|"
         "Ironbridge|Northstar|Crestline|Clearview|Brightwave|Bluestone|Goldline|Starlink|Skyline|Oceanic|"
         "Continental|Pacific|Everest|Condor|Phoenix|Lotus|Jade|Triton|Aurora|Prime|Elite|Royal|Grand")

def _style(forms: str, pat: str, roots: str = "", kw: str = "", like: str | None = None) -> dict:
    """A company-name style; ``kw`` lists local kind words per KINDS, separated by ' / '."""
    kinds = dict(zip(KINDS, map(_w, kw.split(" / ")))) if kw else {}
    return {"forms": _w(forms), "roots": _w(roots), "kw": kinds, "pat": _w(pat), "like": like}


# Per style: forms (legal forms), roots (local proper words), kw (local kind words),
# pat (patterns). Tokens: {R} {R2} roots, {K} kind word, {T} English kind word, {E} English
# coined word, {C} city, {F} legal form, {A} acronym, {S} surname, {Y} year, {Q} second root.
_CO: dict[str, dict] = {
    "en": _style(forms="Ltd|Ltd.|Limited|Co. Ltd",
        pat="{E} {T} {F}|{C} {T} {F}|{E} {R} {T} {F}|{R} {T} {F}|{R} {T} {F}|{E} {T} {F}|{A} {T} {F}|"
            "{S} & Sons {T} {F}"),
    "de": _style(forms="GmbH|GmbH|GmbH|AG|GmbH & Co. KG|KG|GmbH",
        roots="Bauer|Hofmann|Krüger|Weber|Brandt|Lindner|Vogt|Roth|Keller|Sauer|Hartmann|Dietz|Wendt|Seidel|Kessler|"
              "Albrecht|Rheintal|Nordwerk|Südwest|Alpen|Elbe|Isar|Taunus|Harz|Donau|Neckar|Spree|Weser|Schwarzwald|"
              "Bodensee|Ostsee|Hansa|Eifel",
        kw="Maschinenbau|Präzisionstechnik|Feinmechanik|Metallwerke|Elektrotechnik|Antriebstechnik|Werkzeugbau|"
           "Gerätebau|Optik|Elektronik / Handelsgesellschaft|Handel|Import-Export|Industriebedarf|"
           "Technischer Handel|Trading / Spedition|Logistik|Transport|Internationale Spedition|Cargo / Vertrieb|"
           "Vertriebsgesellschaft|Elektronik Vertrieb|Industrievertrieb|Komponenten / Labortechnik|Analytik|"
           "Messtechnik|Prüftechnik|Laborsysteme|Sensorik / Anlagenbau|Automation|Systemtechnik|Engineering|"
           "Steuerungstechnik|Verfahrenstechnik",
        pat="{R} {K} {F}|{R} {K} {F}|{R} & {R2} {K} {F}|{R}-{K} {F}|{A} {K} {F}|{R} {T} {F}|{S} {K} {F}"),
    "fr": _style(forms="SAS|SARL|SA|SAS|SARL",
        roots="Dubois|Lefèvre|Moreau|Girard|Mercier|Fournier|Rousseau|Lambert|Bonnet|Garnier|Chevalier|Leroy|Armor|"
              "Provence|Atlantique|Rhône|Alpes|Loire|Azur|Vendôme|Occitan|Dauphiné|Lorraine|Normandie|Savoie|"
              "Méditerranée|Horizon|Étoile",
        kw="Mécanique de Précision|Industries|Usinage|Électronique|Forges|Composants Industriels|Optique|Fonderie / "
           "Import Export|Négoce International|Comptoir Technique|Commerce International|Trading / Transports|"
           "Transit International|Logistique|Fret Services|Transit et Consignation / Distribution|"
           "Fournitures Industrielles|Diffusion Technique|Équipements / Instruments Scientifiques|Analyse et Mesure|"
           "Laboratoires|Métrologie|Instrumentation / Ingénierie|Automatismes|Systèmes|Études et Réalisations|"
           "Technologies",
        pat="{K} {R} {F}|{R} {K} {F}|{K} {R} {F}|{A} {K} {F}|{R} {T} {F}|{K} {S} et Fils {F}"),
    "it": _style(forms="S.r.l.|S.r.l.|S.p.A.|S.r.l.|S.a.s.",
        roots="Rossi|Bianchi|Ferrari|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|Esposito|Fontana|Lombarda|"
              "Adriatica|Tirrena|Padana|Ligure|Brianza|Euganea|Italtec|Emiliana|Veneta|Sabauda|Alpina|Toscana|"
              "Appennino",
        kw="Meccanica|Meccanica di Precisione|Officine|Industrie|Elettronica|Costruzioni Meccaniche|Fonderie / "
           "Commerciale|Import Export|Forniture Industriali|Trading|Commercio Estero / Trasporti|"
           "Spedizioni Internazionali|Logistica|Spedizioni / Distribuzione|Componenti|Forniture Tecniche|"
           "Elettroforniture / Strumenti Scientifici|Laboratori|Analitica|Strumentazione / Ingegneria|Impianti|"
           "Automazione|Sistemi|Tecnologie",
        pat="{R} {K} {F}|{K} {R} {F}|{K} {R} {F}|{R} {T} {F}|{A} {K} {F}|{K} {S} & C. {F}"),
    "es": _style(forms="S.L.|S.A.|S.L.|S.L.U.",
        roots="García|Martínez|López|Sánchez|Romero|Navarro|Torres|Ruiz|Iberia|Levante|Cantábrica|Ibérica|Norte|"
              "Hispano|Mediterránea|Castellana|Vasca|Galaica|Continental|del Sur|Central|Atlántica|Sol|Estrella|"
              "Unión",
        kw="Industrias|Mecanizados|Fabricaciones Metálicas|Electrónica|Talleres|Metalmecánica / Comercial|"
           "Importaciones|Suministros Industriales|Comercio Exterior|Importadora / Transportes|Logística|Tránsitos|"
           "Transitarios|Agencia de Aduanas / Distribuciones|Suministros|Componentes|Distribuidora / "
           "Instrumentación Científica|Laboratorios|Análisis|Equipos de Laboratorio / Ingeniería|Sistemas|"
           "Automatización|Proyectos Técnicos|Tecnología",
        pat="{K} {R} {F}|{R} {K} {F}|{K} {R} {F}|{K} {R} y {R2} {F}|{R} {T} {F}|{A} {K} {F}"),
    "pt": _style(forms="Lda.|S.A.|Lda.",
        roots="Silva|Santos|Ferreira|Oliveira|Costa|Almeida|Carvalho|Lusitana|Atlântico|Paulista|Minas|Guanabara|"
              "Tejo|Douro|Sul|Norte|Nacional|Ipiranga|Tropical|Cruzeiro|Amazonas|Planalto|Estrela|Horizonte",
        kw="Indústria e Comércio|Metalúrgica|Mecânica de Precisão|Eletrônica|Usinagem / Comércio Exterior|"
           "Importação e Exportação|Comercial|Trading / Transportes|Logística|Despachos Aduaneiros|Transitários / "
           "Distribuidora|Suprimentos Industriais|Componentes / Instrumentos Científicos|Laboratórios|Análises|"
           "Equipamentos Analíticos / Engenharia|Sistemas|Automação|Projetos|Tecnologia",
        pat="{R} {K} {F}|{K} {R} {F}|{K} {R} {F}|{R} {T} {F}|{A} {K} {F}"),
    "nl": _style(forms="B.V.|B.V.|N.V.|B.V.",
        roots="de Vries|Jansen|Bakker|Visser|Smit|Meijer|de Boer|Mulder|Dekker|Brabant|Holland|Delta|Maas|Rijn|"
              "Zeeland|Polder|Kempen|Vlaanderen|Schelde|Noordzee|Waal|IJssel|Twente|Limburg",
        kw="Techniek|Metaalbewerking|Precisietechniek|Industrie|Elektronica|Machinebouw / Handelsonderneming|"
           "Handelmaatschappij|Import & Export|Trading / Transport|Expeditie|Logistics|Shipping|Cargo / Distributie|"
           "Componenten|Technische Groothandel|Electronics / Laboratorium|Analyse|Meettechniek|Instruments / "
           "Engineering|Systemen|Installatietechniek|Automatisering",
        pat="{R} {K} {F}|{R} {K} {F}|{R} {T} {F}|{A} {K} {F}|{E} {T} {F}"),
    "pl": _style(forms="Sp. z o.o.|Sp. z o.o.|Sp. z o.o.|S.A.|Sp. j.|Sp. k.",
        roots="Nowak|Kowalski|Wiśniewski|Mazur|Kaczmarek|Zieliński|Polmet|Bałtyk|Mazowsze|Wisła|Śląsk|Pomorze|Tatra|"
              "Warta|Polstal|Elpol|Odra|Karpaty|Jantar|Sudety|Mazury",
        kw="Zakłady Mechaniczne|Metal|Elektronika|Precyzja|Fabryka Maszyn / Handel|Import-Eksport|"
           "Przedsiębiorstwo Handlowe|Trade / Spedycja|Transport|Logistyka|Cargo / Dystrybucja|Hurtownia Techniczna|"
           "Komponenty|Elektro / Laboratorium|Aparatura Naukowa|Pomiary|Analityka / Inżynieria|Automatyka|Systemy|"
           "Projekt|Technika",
        pat="{R} {K} {F}|{K} {R} {F}|{R}-{T} {F}|{A} {K} {F}|{R} {K} {F}"),
    "cz": _style(forms="s.r.o.|s.r.o.|s.r.o.|a.s.|spol. s r.o.",
        roots="Novák|Dvořák|Svoboda|Černý|Procházka|Moravia|Bohemia|Vltava|Labe|Beskydy|Šumava|Tatra|Elektra|"
              "Strojmetal|Považie|Orava|Dunaj|Slovmetal|Krkonoše|Ostravia|Hanák",
        kw="Strojírny|Slévárna|Elektro|Přesná mechanika|Kovovýroba|Strojárne / Obchod|Trade|Import Export|"
           "Obchodní společnost / Spedice|Logistika|Transport|Cargo / Distribuce|Komponenty|Technika|Elektro / "
           "Laboratorní technika|Měřicí technika|Analytika / Inženýring|Automatizace|Systémy|Engineering",
        pat="{K} {R} {F}|{R} {K} {F}|{R}-{T} {F}|{A} {K} {F}"),
    "nordic": _style(forms="AB",
        roots="Nordic|Polar|Arctic|Boreal|Scandi|Nord|Aurora|Midnight Sun|Viking|Frost|Nordlys|Trollhetta",
        kw="Industri|Mekanik|Elektronik|Precision|Teknik|Mekaniska Verkstad / Handel|Trading|Import|Handelshus / "
           "Logistik|Shipping|Transport|Spedition|Cargo / Distribution|Komponent|Teknikhandel|Electronics / "
           "Instrument|Analys|Laboratory|Mätteknik / Engineering|System|Automation|Teknik|Konsult",
        pat="{R} {K} {F}|{R} {K} {F}|{R} {T} {F}|{S} {K} {F}|{A} {K} {F}"),
    "tr": _style(forms="Ltd. Şti.|A.Ş.|Ltd. Şti.|San. ve Tic. Ltd. Şti.|San. ve Tic. A.Ş.",
        roots="Anadolu|Ege|Marmara|Yıldız|Kartal|Doğan|Aslan|Öztürk|Yılmaz|Şahin|Toros|Karadeniz|Akdeniz|Başkent|"
              "Demir|Tekno|Özkan|Kaya|Altın|Güneş|Atlas|Boğaziçi|Umut|Birlik|Ufuk|Poyraz|Kuzey|Erciyes|Uludağ|Çınar|"
              "Yeşil|Deniz|Ata|Mavi",
        kw="Makina|Metal|Elektronik|Hassas Döküm|Otomotiv Yan Sanayi|Makina İmalat|Kalıp / Dış Ticaret|"
           "İthalat İhracat|Uluslararası Ticaret|Endüstriyel Ürünler|Ticaret / Lojistik|Uluslararası Taşımacılık|"
           "Nakliyat ve Lojistik|Gümrük ve Lojistik / Elektronik Malzeme|Endüstriyel Tedarik|Teknik Malzeme|"
           "Elektrik Malzemeleri / Laboratuvar Cihazları|Analitik Sistemler|Ölçüm Teknolojileri|Laboratuvar / "
           "Mühendislik|Savunma Teknolojileri|Otomasyon Sistemleri|Mühendislik ve Müşavirlik|Teknoloji",
        pat="{R} {K} {F}|{R} {K} {F}|{R} {R2} {K} {F}|{S} {K} {F}|{R} {T} {K} {F}|{A} {K} {F}"),
    "ru": _style(forms="OOO|OOO|AO|JSC|LLC|PJSC|OOO",
        roots="Prom|Spets|Energo|Tekh|Ural|Sib|Volga|Neva|Radio|Elektro|Avia|Stal|Metall|Neft|Nord|Baltic|Don|Kama|"
              "Ros|Tekhno|Avto|Khim|Opto|Mikro|Vostok|Zapad|Sever|Yug|Tula|Oka|Angara|Amur|Priv",
        kw="mash|pribor|zavod|stal|tekh|mekh|elektronika|lit / torg|impeks|snab|trade|komplekt|invest / logistik|"
           "trans|ekspress|avtotrans|tranzit / komplekt|snab|postavka|servis|resurs / pribor|analit|lab|optika|"
           "izmerenie / proekt|inzhiniring|avtomatika|tekh|sistema|montazh",
        pat='{F} "{R}{K}"|{F} "{R}{K}"|{F} "{R}{K} {RUW}"|{F} "Torgovy Dom {R}{K}"|{F} NPP "{R}{K}"|'
            '{F} NPO "{R}{K}"|"{R}{K}" {F}|{F} "{R}{K}-{C}"|{R}{K} {F}'),
    "cn": _style(forms="Co., Ltd.|Co., Ltd.|Co., Ltd.|Co., Ltd.|Group Co., Ltd.|Corporation",
        roots="Shenzhen|Wuxi|Xi'an|Suzhou|Dongguan|Ningbo|Hangzhou|Chengdu|Wuhan|Changsha|Hefei|Nanjing|Tianjin|"
              "Beijing|Shanghai|Qingdao|Dalian|Harbin|Shenyang|Xiamen|Guangzhou|Foshan|Zhuhai|Changzhou|Jinan|"
              "Zhengzhou|Mianyang|Luoyang|Baoji|Kunshan|Yantai|Zibo|Jiangsu|Zhejiang|Guangdong|Shaanxi|Sichuan|"
              "Hubei|Hunan|Anhui|Shandong|Liaoning|Fujian",
        kw="Precision Machinery|Electronic Technology|Industrial|Optoelectronic Technology|Intelligent Equipment|"
           "New Material Technology|Machinery Manufacturing|Electromechanical|Special Steel|"
           "Photoelectric Technology / Import & Export|International Trade|Trading|Supply Chain Management|Commerce|"
           "Industry & Trade / International Freight Forwarding|International Logistics|Supply Chain|"
           "Shipping Agency|International Transportation / Electronic Components|Technology Development|Electronics|"
           "Instrument|Electronic Trading / Scientific Instrument|Analytical Instrument|"
           "Measurement & Control Technology|Testing Technology|Laboratory Equipment|Detection Technology / "
           "Automation Technology|Technology|Intelligent Technology|Control Systems|Engineering Technology|"
           "Aerospace Technology|Information Technology",
        pat="{R} {P} {K} {F}|{R} {P} {K} {F}|{R} {P} {K} {F}|{P} {K} ({R}) {F}|{P} {K} {F}|{R} {P}{P1} {K} {F}"),
    "hk": _style(forms="Limited|(HK) Limited|Holdings Limited|International Limited|(Hong Kong) Co., Limited|"
              "Company Limited|(HK) Co., Limited",
        roots="Wah|Hing|Kwong|Fook|Tai|Sun|Wing|Lee|Yip|Cheung|Shing|Fung|Hang|Kam|Po|On|Chun|Keung|Tak|Yue|Man|"
              "Cheong|Sang|Yau|Kin|Lung|Hong|Yuen|Chi",
        kw="Trading|Electronics|Technology|International|Industrial|Enterprise|Development / Trading|Electronics|"
           "Technology|International|Industrial|Enterprise|Development /  / Trading|Electronics|Technology|"
           "International|Industrial|Enterprise|Development /  / Trading|Electronics|Technology|International|"
           "Industrial|Enterprise|Development",
        pat="{R} {R2} {T} {F}|{R} {R2} {K} {F}|{E} {T} {F}|{E} {R} {K} {F}|{P} {T} {F}|{E} {P} {F}"),
    "tw": _style(forms="Co., Ltd.|Co., Ltd.|Corp.|Inc.|Industrial Co., Ltd.|Enterprise Co., Ltd.",
        roots="Hsin|Tai|Kuo|Chung|Yuan|Fu|Chi|Hung|Sheng|Ta|Wei|Lung|Tung|Chien|Yu|Kuang|Chia|Jui|Hsiang|Ming|Teng|"
              "Chang|Pao|Heng|Lien|Feng|Shun|Tien",
        pat="{R} {R2} {T} {F}|{R}{r2} {T} {F}|Taiwan {R} {R2} {T} {F}|{E} {T} {F}|{R} {R2} {T} {F}"),
    "jp": _style(forms="Co., Ltd.|Co., Ltd.|K.K.|Corporation|Inc.|Co., Ltd.",
        roots="Nippon|Tokai|Kanto|Kansai|Sanwa|Toyo|Chuo|Fuji|Yamato|Hokuriku|Kyushu|Tohoku|Yamada|Kobayashi|"
              "Takahashi|Matsuda|Nakamura|Sakai|Okada|Morita|Ishikawa|Hayashi|Fujimoto|Kitagawa|Nishimura|Shimizu|"
              "Ueda|Maruyama|Shinwa|Daiwa|Kyowa|Taisei|Sanko|Kanematsu|Showa|Heiwa",
        kw="Seiki|Seisakusho|Kogyo|Denki|Kikai|Seimitsu|Denshi|Koki|Kinzoku / Shoji|Sangyo|Boeki|Trading|Tsusho / "
           "Unyu|Kaiun|Logistics|Butsuryu|Express / Denzai|Shokai|Sangyo|Hanbai|Electronics / Rikagaku|Keisoku|"
           "Bunseki|Scientific|Sokki / Engineering|Giken|Gijutsu|Systems|Plant",
        pat="{R} {K} {F}|{R} {K} {F}|{R} {K} {F}|{R} {T} {F}|{R} {K} Kogyo {F}|{A} {T} {F}"),
    "kr": _style(forms="Co., Ltd.|Co., Ltd.|Co., Ltd.|Corp.|Inc.",
        roots="Daehan|Hanil|Samjin|Dongyang|Seojin|Daesung|Woojin|Sejong|Hanyang|Shinsung|Dongil|Taeyang|Hwaseong|"
              "Namyang|Jinsung|Youngjin|Sunjin|Sewon|Hanwoo|Kyungdong|Daewon|Seohan|Ilshin|Samwoo|Jeil|Hanbit|Mirae|"
              "Nuri|Saehan|Korea",
        kw="Precision|Industrial|Electronics|Machinery|Tech|Metal|Hitech / Trading|Corporation|International|Global|"
           "Commerce / Logis|Shipping|Logistics|Global Logistics|Air & Sea / Components|Electronics|Parts|Tech|"
           "Semitech / Instruments|Scientific|Analytical|Bio|Lab Tech / Engineering|E&C|Systems|Tech|Automation|"
           "Defense Tech",
        pat="{R} {K} {F}|{R} {K} {F}|{R} {T} {F}|{R}{kr} {F}|{A} {K} {F}"),
    "kp": _style(forms="Corporation|Trading Corporation|General Corporation|Company",
        roots="Sinhung|Kumsong|Haebang|Pyongsong|Mirim|Samhung|Kwangmyong|Jangsu|Unjong|Sonbong|Rason|Pothonggang|"
              "Ryongsong|Hwanghae|Kangso|Songrim|Tokchon|Hyesan",
        pat="Korea {R} {T} {F}|{R} {T} {F}|Korea {R} {F}"),
    "in": _style(forms="Pvt. Ltd.|Private Limited|Pvt. Ltd.|Ltd.|LLP|Pvt. Ltd.",
        roots="Shree|Sai|Ganesh|Hindustan|Sahyadri|Kaveri|Ganga|Narmada|Deccan|Vindhya|Apex|Om|Lakshmi|Krishna|"
              "Sri Venkateswara|Mahalaxmi|Jai|Aditya|Vardhman|Sun|Trimurti|Bhagwati|Saraswati|Godavari|Everest|"
              "Himalaya|Nilgiri|Konkan|Shakti|Amar|Prakash|Navbharat|Unique|Classic",
        kw="Engineering Works|Industries|Precision Components|Electricals|Forgings|Castings|Electronics|"
           "Machine Tools / Exports|Enterprises|Impex|Trading Company|Overseas|Traders|Global Trading / Logistics|"
           "Shipping & Clearing|Freight Carriers|Cargo Movers|Freight Forwarders / Electronics|Agencies|"
           "Sales Corporation|Technical Supplies|Distributors / Scientific Instruments|Lab Solutions|"
           "Analytical Instruments|Labtech|Scientific Works / Engineers|Technologies|Systems|Automation|Infratech|"
           "Technocrats|Aerospace",
        pat="{R} {K} {F}|{R} {K} {F}|{R} {R2} {K} {F}|{C} {K} {F}|{A} {K} {F}|{E} {K} {F}"),
    "ae": _style(forms="LLC|FZE|FZCO|L.L.C.|FZ-LLC|LLC|FZE",
        roots="Al Noor|Al Rashid|Gulf|Emirates|Al Khaleej|Al Sahra|Al Fajr|Falcon|Al Wafa|Al Madina|Oasis|"
              "Al Mansoor|Desert Rose|Al Hilal|Zenith|Crescent|Pearl|Star|Royal|Orient|Arabian|Al Bahar|Dana|"
              "Al Nakheel|Al Waha|Al Barakah|Sky Bridge|Golden Sands|Al Shams|Al Reem|Silver Line|Blue Ocean|"
              "Al Yasmeen|Al Mina|Marwan|Al Safa|Noor Al Sharq",
        kw="Industries|Metal Industries|Technical Industries|Manufacturing / General Trading|General Trading|"
           "Trading|Electronics Trading|Industrial Equipment Trading|Spare Parts Trading / Shipping|"
           "Freight Services|Logistics|Cargo|Shipping & Logistics|Freight Forwarding / Electronics|"
           "Technical Supplies|Electrical & Electronics|Distribution|Computer Trading / Scientific Equipment|"
           "Lab Equipment Trading|Analytical Solutions|Scientific / Engineering|Technical Services|"
           "Electromechanical Works|Contracting|Technologies",
        pat="{R} {K} {F}|{R} {K} {F}|{E} {K} {F}|{R} {T} {F}|{A} {K} {F}|{R} {E} {K} {F}"),
    "arab": _style(forms="Co. W.L.L.|LLC|Est.|Co. Ltd.|W.L.L.",
        roots="Al Noor|Al Rashid|Al Jazeera|Al Sharq|Al Fajr|Al Waha|Al Amal|Al Khaleej|Al Andalus|Al Nasr|"
              "Al Mustaqbal|Al Safwa|Al Huda|Al Thuraya|Al Baraka|Al Hikma|Al Manar|Al Riyada|Al Wataniya|"
              "Al Ittihad|Al Sahel|Al Fanar|Al Majd|Al Itqan|Al Tawfiq|Al Bayan|Al Rawda|Al Ameen",
        kw="Engineering Industries|Industries|Metal Industries|Manufacturing / General Trading|Trading|"
           "Import & Export|Commercial Agencies|Trading & Contracting / Shipping|Transport & Logistics|"
           "Freight Services|Customs Clearance / Electrical Supplies|Technical Supplies|Electronics|Distribution / "
           "Scientific Equipment|Medical & Scientific Supplies|Laboratory Supplies / Engineering|Contracting|"
           "Technical Services|Oil Services|Engineering Consultancy",
        pat="{R} {K} {F}|{R} {K} {F}|{R} Company for {K}|{S} {K} {F}|{R} {T} {F}"),
    "ir": _style(forms="Co.|Co.|Company|Industrial Group|Private Joint Stock Co.|Co. Ltd.",
        roots="Pars|Sepahan|Kaveh|Arvand|Mehr|Tavan|Pishro|Behsaz|Ravand|Taban|Kavosh|Payam|Fanavar|Kish|Alborz|"
              "Zagros|Khazar|Aria|Damavand|Nik|Sina|Farzan|Artin|Hamoon|Karun|Tous|Mabna|Arshia",
        kw="Sanat|Industrial|Manufacturing|Sakht / Bazargani|Trading|Commercial|Tejarat / Haml-o-Naql|Shipping|"
           "Transport|Logistics / Tajhiz|Supply|Distribution|Kala / Azmayesh|Laboratory Equipment|Instruments|"
           "Tajhizat-e Azmayeshgahi / Mohandesi|Engineering|Fanavari|Engineering Services",
        pat="{R} {Q} {K} {F}|{R} {Q} {K} {F}|{R} {K} {F}|{R} {Q} {T} {F}|{R} {R2} {Q} {F}"),
    "il": _style(forms="Ltd.|Ltd.|Ltd",
        roots="Kineret|Galil|Negev|Arava|Carmel|Tavor|Shamir|Gefen|Ramon|Yarden|Hermon|Eshel|Tamar|Rimon|Lahav|"
              "Barak|Ophir|Cohen|Levi|Mizrahi|Shaked|Zohar|Alon|Dagan|Nitzan|Orot|Keshet",
        pat="{R} {T} {F}|{R} {T} {F}|{R} {T} ({Y}) Ltd.|{E} {T} {F}|{A} {T} {F}"),
    "my": _style(forms="Sdn. Bhd.|Sdn. Bhd.|Sdn Bhd|Berhad|Sdn. Bhd.",
        roots="Maju|Jaya|Bumi|Cahaya|Sinar|Mega|Perdana|Setia|Gemilang|Teguh|Bersatu|Semangat|Intan|Mutiara|Harapan|"
              "Klang|Johor|Borneo|Sabah|Melaka|Hock Seng|Lee Heng|Wah Soon|Kian Huat|Indah|Murni",
        pat="{R} {R2} {T} {F}|{R} {T} {F}|{R} {R2} {T} {F}|{E} {T} {F}|{A} {T} {F}"),
    "sg": _style(forms="Pte. Ltd.|Pte Ltd|Pte. Ltd.",
        roots="Lion City|Orchid|Straits|Marina|Hup Soon|Kim Seng|Eng Hock|Tong Seng|Asia Pacific|Oriental|Southeast|"
              "Raffles|Sentosa|Tanjong|Bukit|Kallang|Serangoon|Changi|Pasir|Meridian Asia",
        pat="{R} {T} {F}|{E} {T} {F}|{E} {R} {T} {F}|{A} {T} {F}|{P} {T} {F}"),
    "id": _style(forms="PT",
        roots="Sinar|Mitra|Karya|Abadi|Jaya|Sentosa|Makmur|Utama|Mandiri|Nusantara|Indah|Cahaya|Bintang|Sejahtera|"
              "Prima|Surya|Mega|Bumi|Citra|Persada|Lestari|Perkasa|Sukses|Gemilang|Agung|Tunggal",
        kw="Industri|Teknik|Presisi|Elektronika|Manufaktur / Perdagangan|Trading|Niaga|Internasional / Logistik|"
           "Ekspedisi|Transportasi|Cargo / Distribusi|Sarana|Supplies|Elektrindo / Instrumen|Laboratorium|Analitika|"
           "Scientific / Teknologi|Rekayasa|Engineering|Sistem",
        pat="{F} {R} {R2} {K}|{F} {R} {K} {R2}|{F} {R} {R2} {K}|{F} {K} {R} {R2}|{F} {E} {K} {R}"),
    "th": _style(forms="Co., Ltd.|Co., Ltd.|Co., Ltd.|Public Co., Ltd.|Limited Partnership",
        roots="Siam|Thai|Chao Phraya|Rattana|Srisuk|Somboon|Charoen|Mekong|Lanna|Ayutthaya|Kittichai|Benja|Udom|"
              "Thanakorn|Chaiyo|Sahakarn|Pattana|Rungroj|Wattana|Sombat|Chokdee|Boonrod",
        pat="{R} {R2} {T} {F}|{R} {T} {F}|{R} {T} {F}|{E} {T} ({C}) {F}|{A} {T} {F}"),
    "vn": _style(forms="JSC|Co., Ltd.|Joint Stock Company|Company Limited|Co., Ltd.",
        roots="Viet|Sai Gon|Ha Noi|Hong Ha|Phuong Dong|Thanh Cong|Hoa Binh|Dai Viet|An Phat|Minh Long|Tan Phat|"
              "Phu Thai|Hung Thinh|Truong Son|Nam Viet|Dong A|Hai Phong|Thien Long|Sao Mai|Kim Long|Hoang Gia|"
              "Phuc Hung|Quang Minh",
        kw="Technology and Trading|Equipment and Trading|Engineering and Trading|Electronics and Trading / "
           "Technology and Trading|Equipment and Trading|Engineering and Trading|Electronics and Trading / "
           "Technology and Trading|Equipment and Trading|Engineering and Trading|Electronics and Trading / "
           "Technology and Trading|Equipment and Trading|Engineering and Trading|Electronics and Trading / "
           "Technology and Trading|Equipment and Trading|Engineering and Trading|Electronics and Trading / "
           "Technology and Trading|Equipment and Trading|Engineering and Trading|Electronics and Trading",
        pat="{R} {T} {F}|{R} {K} {F}|{R} {T} {F}|{R} Technical Equipment {F}|{A} {T} {F}"),
    "ph": _style(forms="Inc.|Corporation|Corp.|Co., Inc.",
        roots="Luzon|Visayas|Mindanao|Maharlika|Bayanihan|Tala|Mabuhay|Perlas|Sampaguita|Del Rosario|Santos|Reyes|"
              "Magallanes|Bagong|Pinoy|Masagana|Narra|Agila|Pacific Isles|Islas",
        pat="{R} {T} {F}|{E} {T} {F}|{R} {E} {T} {F}|{A} {T} {F}"),
    "ro": _style(forms="S.R.L.|S.A.|SRL|S.R.L.",
        roots="Carpați|Dunărea|Transilvania|Banat|Olt|Argeș|Mureș|Bucovina|Prahova|Popescu|Ionescu|Codru|Nistru|"
              "Prut|Delta|Someș|Bega|Siret|Dobrogea|Crișana",
        kw="Mecanica|Industrie|Electronica|Utilaj / Comerț|Import Export|Trading / Transport|Logistic|Expediții / "
           "Distribuție|Componente|Tehnic / Aparatură de Laborator|Analitic|Instrumente / Inginerie|Automatizări|"
           "Sisteme|Proiect",
        pat="{R} {K} {F}|{K} {R} {F}|{R} {T} {F}|{A} {K} {F}"),
    "hu": _style(forms="Kft.|Zrt.|Kft.|Bt.|Kft.",
        roots="Pannon|Duna|Tisza|Mátra|Balaton|Alföld|Bakony|Kovács|Szabó|Tóth|Nagy|Horváth|Hungaro|Magyar|Bükk|"
              "Rába|Dráva|Zemplén",
        kw="Gépgyártó|Fémipari|Elektronikai|Precíziós|Ipari / Kereskedelmi|Trade|Import-Export / Szállítmányozási|"
           "Logisztikai|Fuvarozó / Alkatrész|Műszaki Kereskedelmi|Elektro / Műszer|Labortechnikai|Analitikai / "
           "Mérnöki|Automatizálási|Rendszertechnikai|Engineering",
        pat="{R} {K} {F}|{R} {K} {F}|{R}-{T} {F}|{A} {K} {F}"),
    "yu": _style(forms="d.o.o.|d.o.o.|d.d.|a.d.",
        roots="Jadran|Dunav|Sava|Zora|Sloga|Energo|Balkan|Elektro|Metalac|Progres|Napredak|Jugo|Sever|Univerzal|"
              "Tehno|Sigma|Interprom|Centro|Galeb|Orao|Sokol|Polet",
        kw="Metal|Mašinogradnja|Elektronik|Precizna Mehanika|Industrija / Trade|Komerc|Promet|Export-Import / "
           "Transport|Špedicija|Logistika / Distribucija|Elektro|Tehnika / Laboratorija|Instrumenti|Analitika / "
           "Inženjering|Sistemi|Automatika|Engineering",
        pat="{R} {K} {F}|{R}-{K} {F}|{R} {K} {F}|{R} {T} {F}|{A} {K} {F}"),
    "baltic": _style(forms="OÜ|AS",
        roots="Baltic|Balt|Nord|Amber|Hanza|Baltic Sea|Nordic|Vector|Prime|Euro",
        kw="Tehnika|Metall|Electronics|Industries / Trade|Trading|Kaubandus|Prekyba / Logistics|Logistika|Transport|"
           "Cargo / Distribution|Components|Supply / Lab|Instruments|Analytics / Engineering|Automation|Systems",
        pat="{R} {K} {F}|{R} {K} {F}|{R} {T} {F}|{A} {K} {F}"),
    "bg": _style(forms="EOOD|OOD|AD|EAD",
        roots="Balkan|Rila|Pirin|Struma|Iskar|Maritsa|Vitosha|Trakia|Dunav|Elektron",
        kw="Mashinostroene|Elektronika|Metal|Industriya / Trade|Targoviya|Import-Export / Logistik|Transport|"
           "Spedition / Distribution|Elektro|Komponenti / Laboratorna Tehnika|Analitik|Pribori / Inzhenering|"
           "Avtomatika|Sistemi",
        pat="{R} {K} {F}|{R} {K} {F}|{R}-{T} {F}|{A} {K} {F}"),
    "gr": _style(forms="S.A.|Ltd.|IKE|Ltd",
        roots="Hellas|Aegean|Olympus|Ionian|Poseidon|Athena|Hermes|Kosmos|Argo|Delphi|Papadopoulos|Georgiou|"
              "Nikolaidis|Kyriakou|Troodos|Keryneia|Aphrodite|Pegasus|Thalassa|Omega|Kronos|Attica",
        pat="{R} {T} {F}|{R} {T} {F}|{E} {T} {F}|{A} {T} {F}|{S} {T} {F}"),
    "af_fr": _style(like="fr", forms="SARL|SA|SARLU|SAS|SUARL",
        roots="Sahel|Teranga|Baobab|Niger|Congo|Atlantique|Ivoire|Tropical|Ébène|Soleil|Espoir|Avenir|Unité|Diallo|"
              "Traoré|Koné|Ndiaye|Camara|Lagune|Savane|Kilimandjaro|Oubangui|Sanaga|Falémé|Plateau|Continental|"
              "Afrique Équipement|Étoile",
        pat="{K} {R} {F}|{R} {K} {F}|{K} {R} {F}|{A} {K} {F}|{R} {T} {F}|{K} de {C} {F}"),
    "maghreb": _style(like="fr", forms="SARL|SA|SARL|EURL|SPA",
        roots="Atlas|Maghreb|Sahara|Sahel|Rif|Souss|El Djazair|Carthage|Numidia|Cap Bon|Tell|Tassili|Hoggar|"
              "Medjerda|Oasis|El Amel|El Nour|Tafilalet|Djurdjura|Kabylie|Zitouna|Hodna|Chelif|Al Maghrib",
        pat="{K} {R} {F}|{R} {K} {F}|{K} {R} {F}|{A} {K} {F}|{R} {T} {F}|{K} de {C} {F}"),
    "gb": _style(forms="Ltd|Ltd|Limited|plc|Ltd",
        roots="Pennine|Thames|Severn|Cotswold|Mersey|Clyde|Tyne|Wessex|Albion|Britannia|Cheviot|Solent|Humber|"
              "Chiltern|Whitfield|Harcourt|Ashworth|Pemberton|Fairbairn|Kingsley|Mendip|Trent|Kestrel|Medway|Avon|"
              "Caledonian|Grampian|Cambrian|Hadley|Wrexham",
        pat="{R} {T} {F}|{R} {T} {F}|{E} {T} {F}|{R} {E} {T} {F}|{S} {T} {F}|{A} {T} {F}"),
    "us": _style(forms="Inc.|LLC|Corp.|Inc.|Corporation|Co.|Inc.",
        roots="Meridian|Bluewater|Summit|Cascade|Redwood|Keystone|Liberty|Frontier|Lakeshore|Granite|Sierra|"
              "Piedmont|Patriot|Pinnacle|Ironwood|Silverline|Northstar|Clearwater|Bayview|Mesa|Blue Ridge|"
              "Great Plains|Allegheny|Chesapeake|Ozark|Sonoran|Tidewater|Evergreen|Heartland|Lone Star|Golden Gate|"
              "Rocky Mountain|Hudson|Mohawk|Shenandoah|Pacific Crest|Old Dominion|Buckeye",
        pat="{R} {T} {F}|{R} {T} {F}|{E} {T} {F}|{R} {E} {T} {F}|{S} {T} {F}|{A} {T} {F}"),
}
for _style_data in _CO.values():  # styles declared "like" another borrow its kind words
    _style_data["kw"] = _CO[_style_data["like"]]["kw"] if _style_data["like"] else _style_data["kw"]

#: Extra local words per country, mixed into the style's roots.
_ROOTS_CC = {k: _w(v) for k, v in {
    "KZ": "Kaz|Altyn|Zhetysu|Saryarka|Kaspiy|Ertis|Astana|Steppe", "UZ": "Uz|Turon|Zarafshon|Baraka|Ipak Yuli|Navoi",
    "AM": "Ararat|Sevan|Arm|Hayk|Van|Masis|Aragats", "KG": "Ala-Too|Issyk|Kyrgyz|Tenir|Naryn",
    "TJ": "Pamir|Vakhsh|Tojik|Sughd", "TM": "Türkmen|Garagum|Altyn Asyr|Balkan",
    "AZ": "Azer|Khazar|Qafqaz|Araz|Absheron", "GE": "Kartli|Iberia|Kolkheti|Mtkvari|Geo",
    "UA": "Dnipro|Ukr|Slavuta|Podillya|Karpaty|Azov|Polissya|Kyiv", "BY": "Bel|Minsk|Neman|Polesie|Berezina",
    "MD": "Moldo|Codru|Nistru", "SA": "Najd|Al Qassim|Al Hijaz|Al Sharqiya|Tihama",
    "QA": "Al Dafna|Doha|Lusail|Al Wakra", "OM": "Muscat|Dhofar|Al Batinah|Sohar|Majan",
    "BH": "Dilmun|Awal|Al Muharraq", "KW": "Al Kout|Failaka|Al Ahmadi", "EG": "Nile|Misr|Al Ahram|Delta|Sinai",
    "IQ": "Al Rafidain|Dijla|Furat|Babylon|Ashur|Al Basra", "SY": "Al Sham|Barada|Orontes|Ugarit",
    "LB": "Cedar|Phoenicia|Byblos", "JO": "Petra|Al Yarmouk|Philadelphia|Aqaba", "YE": "Saba|Hadramout|Aden",
    "LY": "Al Jamahiriya|Fezzan|Cyrenaica|Leptis", "LK": "Lanka|Ceylon|Serendib|Kelani|Mahaweli|Ruhuna",
    "NP": "Himalayan|Everest|Gandaki|Bagmati|Sagarmatha",
    "BD": "Padma|Meghna|Jamuna|Karnaphuli|Surma|Desh|Shapla|Bengal",
    "PK": "Indus|Crescent|Karakoram|Ravi|Chenab|Mehran|Khyber|Margalla|Al-Noor|Al-Madina|Pak|Hilal|Zam Zam|"
          "Sindh|Punjab",
    "MM": "Shwe|Myanmar|Yadanar|Ayeyarwady|Thiri|Golden Land", "KH": "Angkor|Mekong|Khmer|Tonle|Kampuchea",
    "LA": "Lao|Mekong|Champa|Lane Xang", "MN": "Mongol|Altai|Khangai|Tuul|Gobi|Orkhon",
    "AF": "Afghan|Hindu Kush|Khorasan|Amu|Bamiyan|Aryana", "NG": "Niger|Benue|Lagoon|Zuma|Eko|Sahel",
    "GH": "Volta|Ashanti|Akwaaba|Gold Coast", "KE": "Rift Valley|Tana|Kilima|Savannah|Mara",
    "TZ": "Kilimanjaro|Serengeti|Tanga|Zanzibar", "ZM": "Zambezi|Copperbelt|Kafue|Luangwa",
    "ZW": "Zambezi|Great Zimbabwe|Limpopo|Matopos", "BW": "Kalahari|Okavango|Chobe",
    "NA": "Namib|Kalahari|Etosha|Skeleton Coast",
    "ZA": "Highveld|Karoo|Drakensberg|Cape|Vaal|Limpopo|Protea|Springbok|Natal|Rand|Van der Merwe|Botha|"
          "Pretorius|Du Plessis",
    "CA": "Maple|Laurentian|Boreal|Cascadia|Prairie|Niagara|Fraser|Algonquin|Rideau|Great Lakes",
    "AU": "Southern Cross|Coral Sea|Murray|Eureka|Tasman|Kimberley|Hunter Valley|Pilbara",
    "NZ": "Tasman|Kauri|Aoraki|Waitemata|Canterbury|Southern Alps|Kiwi",
    "IE": "Shannon|Liffey|Emerald|Celtic|Burren|Wicklow|Kerry", "PA": "Istmo|Canal|Darién|Chiriquí",
    "MX": "Azteca|Anáhuac|Bajío|Sierra Madre|Maya", "CL": "Andes|Austral|Bío Bío|Atacama",
    "AR": "Platense|Pampa|Patagonia|Paraná", "CO": "Andina|Magdalena|Caribe|Cafetera",
    "PE": "Inca|Andina|Pacífico|Rímac", "VE": "Orinoco|Ávila|Caribe|Zulia",
    "BR": "Brasil|Paulista|Guanabara|Amazonas|Paraná|Mineira", "CU": "Caribe|Habana|Sierra Maestra",
    "AO": "Kwanza|Angola|Lobito", "MZ": "Zambeze|Índico|Limpopo", "SN": "Dakar|Casamance|Sine",
    "RS": "Morava|Drina|Kosmaj|Šumadija|Vojvodina|Petrović|Jovanović",
    "HR": "Dalmacija|Velebit|Neretva|Kvarner|Horvat", "BA": "Una|Drina|Neretva|Bosna|Vrbas",
    "ME": "Lovćen|Durmitor|Tara|Morača", "MK": "Vardar|Ohrid|Makedonija|Pelister",
    "SI": "Triglav|Kras|Pohorje|Soča|Kovač", "XK": "Dardania|Iliria|Drini|Besa|Shqiponja|Kosova",
    "AL": "Iliria|Shqiponja|Adriatik|Besa|Drini|Vlora|Tomorri",
    "BG": "Rila|Pirin|Struma|Iskar|Maritsa|Vitosha|Trakia|Balkan|Dunav|Zlatna|Elektron",
    "LV": "Daugava|Gauja|Kurzeme|Vidzeme|Dzintars|Venta|Lielupe|Latgale",
    "LT": "Nemunas|Neris|Gintaras|Aukštaitija|Žemaitija|Saulė|Baltija",
    "EE": "Peipsi|Virumaa|Saare|Emajõgi|Tallinna|Eesti", "SE": "Norrland|Göta|Vänern|Svea|Mälar|Skandia|Lindqvist",
    "FI": "Pohjola|Kaleva|Saimaa|Lappi|Suomen|Karelia|Virtanen",
    "NO": "Fjord|Vestland|Nordkapp|Viken|Hardanger|Norsk|Hansen", "DK": "Jylland|Dansk|Øresund|Fyn|Nordsø|Jensen",
    "IS": "Hekla|Vatna|Reykja|Esja|Ísafold", "CI": "Ivoire|Lagune|Comoé", "CM": "Sanaga|Wouri|Cameroun",
    "CD": "Congo|Kivu|Katanga",
}.items()}

_CO_STYLE = _by_country({
    "de": "DE AT LI", "fr": "FR MC HT", "it": "IT SM VA", "nl": "NL SR AW CW SX", "pl": "PL", "cz": "CZ SK",
    "es": "ES AD MX AR CL CO PE VE EC BO PY UY CR PA GT HN SV NI DO CU GQ", "pt": "PT BR AO MZ CV GW ST TL",
    "nordic": "SE NO DK FI IS", "tr": "TR", "ru": "RU BY KZ UZ AM KG TJ TM AZ GE UA", "cn": "CN", "hk": "HK MO",
    "tw": "TW", "jp": "JP", "kr": "KR", "kp": "KP", "in": "IN PK BD LK NP BT MV", "ae": "AE", "ir": "IR",
    "arab": "SA QA OM BH KW IQ JO LB SY YE EG LY SD PS SO DJ KM", "il": "IL", "my": "MY BN", "sg": "SG",
    "id": "ID", "th": "TH", "vn": "VN", "ph": "PH", "ro": "RO MD", "hu": "HU", "baltic": "EE LV LT",
    "yu": "RS HR BA ME MK SI", "bg": "BG", "gr": "GR CY", "maghreb": "MA DZ TN MR EH", "gb": "GB", "us": "US",
    "af_fr": "SN CI CM BF ML NE TD TG BJ GA CG CD CF GN MG BI",
})
_MIXED = {"BE": ("nl", "fr"), "CH": ("de", "de", "fr"), "LU": ("fr", "de"), "CA": ("en", "en", "us", "fr")}
_FORMS_CC = {k: _w(v) for k, v in {
    "AT": "GmbH|GmbH|Ges.m.b.H.|AG|GmbH & Co KG", "CH-de": "AG|GmbH|AG", "CH-fr": "SA|Sàrl", "LI": "AG|Anstalt|GmbH",
    "LU-fr": "S.à r.l.|S.A.", "LU-de": "GmbH|S.A.", "BE-nl": "NV|BV|BV", "BE-fr": "SA|SRL|SPRL", "MC": "SAM|SARL",
    "HT": "S.A.", "CA-fr": "Inc.|Ltée", "CA-en": "Inc.|Ltd.|Corp.", "CA-us": "Inc.|Ltd.|Corp.",
    "MX": "S.A. de C.V.|S. de R.L. de C.V.|S.A.P.I. de C.V.|S.A. de C.V.", "AR": "S.A.|S.R.L.|S.A.U.",
    "CL": "S.A.|Ltda.|SpA", "CO": "S.A.S.|S.A.|Ltda.", "PE": "S.A.C.|S.A.|E.I.R.L.|S.R.L.", "VE": "C.A.|S.A.|C.A.",
    "EC": "S.A.|Cía. Ltda.", "BO": "S.R.L.|S.A.", "PY": "S.A.|S.R.L.", "UY": "S.A.|S.R.L.", "CU": "S.A.",
    "CR": "S.A.|S.R.L.", "PA": "S.A.|Corp.|Inc.", "GT": "S.A.", "HN": "S. de R.L.|S.A.", "SV": "S.A. de C.V.",
    "NI": "S.A.", "DO": "S.R.L.|S.A.S.", "GQ": "S.L.|S.A.", "BR": "Ltda.|S.A.|Ltda.|Eireli", "AO": "Lda.|S.A.",
    "MZ": "Lda.|S.A.", "SK": "s.r.o.|a.s.|spol. s r.o.", "FI": "Oy|Oy Ab|Oyj|Oy", "NO": "AS|ASA|AS", "DK": "A/S|ApS",
    "IS": "ehf.|hf.", "BY": "OOO|ODO|OAO|ZAO|UE", "KZ": "TOO|LLP|JSC|TOO", "UZ": "OOO|LLC|JV LLC",
    "AM": "LLC|CJSC|OJSC", "KG": "OsOO|LLC", "TJ": "LLC|OOO|OJSC", "TM": "HJ|LLC", "AZ": "MMC|LLC|OJSC",
    "GE": "LLC|JSC", "UA": "TOV|LLC|PrJSC|PJSC|TOV", "MO": "Limitada|Lda.|Company Limited|(Macau) Limited",
    "PK": "(Pvt.) Ltd.|(Private) Limited|(Pvt.) Ltd.", "BD": "Ltd.|Limited|Pvt. Ltd.",
    "LK": "(Pvt) Ltd|PLC|(Private) Limited", "NP": "Pvt. Ltd.|Private Limited", "SA": "Co. Ltd.|Est.|LLC|Co.",
    "QA": "W.L.L.|Co. W.L.L.|LLC", "OM": "LLC|SAOC|& Partners LLC", "BH": "W.L.L.|Co. W.L.L.|B.S.C. (c)",
    "KW": "Co. W.L.L.|W.L.L.|K.S.C.C.|Est.", "EG": "S.A.E.|LLC|Co.", "JO": "Co. Ltd.|LLC|PSC", "LB": "S.A.L.|S.A.R.L.",
    "IQ": "Co. Ltd.|Co.|LLC", "LY": "Co.|JSC", "SY": "Co.|LLC", "PS": "Co. Ltd.|Ltd.|PLC", "YE": "Co. Ltd.|Est.",
    "MA": "SARL|SA|SARLAU", "TN": "SARL|SA|SUARL", "DZ": "SARL|EURL|SPA", "MD": "S.R.L.|S.A.", "BG": "EOOD|OOD|AD|EAD",
    "RS": "d.o.o.|a.d.|d.o.o. Beograd", "MK": "DOOEL|DOO|AD", "XK": "L.L.C.|Sh.p.k.", "AL": "Sh.p.k.|Sh.a.",
    "LV": "SIA|AS", "LT": "UAB|AB", "CY": "Ltd|Limited|Holdings Ltd", "ZA": "(Pty) Ltd|(Pty) Ltd|Ltd|CC",
    "NA": "(Pty) Ltd|CC", "BW": "(Pty) Ltd", "LS": "(Pty) Ltd", "SZ": "(Pty) Ltd", "AU": "Pty Ltd|Pty Ltd|Ltd",
    "NZ": "Ltd|Limited", "IE": "Ltd|DAC|Teoranta|Ltd", "NG": "Ltd|Limited|Nigeria Ltd|Enterprises Ltd",
    "MN": "LLC|Co., Ltd.", "MM": "Co., Ltd.|Company Limited", "KH": "Co., Ltd.|Import Export Co., Ltd.",
    "LA": "Sole Co., Ltd.|Co., Ltd.", "AF": "Ltd.|Co. Ltd.|Trading Co.", "SD": "Co. Ltd.|Ltd.",
}.items()}
_LOCAL_ONLY = {"PK", "BD", "LK", "NP", "MV", "BT"}  # the "in" style's roots are Indian
_PREFIX_CC = {"LV", "LT"}  # legal form written first: "SIA Baltic Logistics", "UAB Nemunas"
_PINYIN = _w("Hua|Zhong|Tian|Xin|Rui|Heng|Sheng|Da|Jin|Hong|Yuan|Kai|Tai|Long|Feng|Cheng|Jia|Bo|Hai|Chang|"
             "Xing|Ming|Guang|Wei|Hao|An|Li|Ke|Yu|Run|De|Fu|Xiang|Ying|Tong|Chuang|Zhi|Jun|Yi|Sheng|Rong|Bang")
_FA_SECOND = _w("Gostar|Sanat|Tajhiz|Andish|Pardaz|Negar|Afzar|Sazeh|Tadbir|Rayan|Avaran|Pajouh|Pooya|Kar|Saz")
_RU_WORDS = _w("Tekhnologii|Sistemy|Resurs|Invest|Servis|Plyus|Grupp|Tsentr|Region|Kompleks|Inzhiniring|Snab")


def _style_for(rng: random.Random, country: str) -> tuple[str, str]:
    """(style, key into _FORMS_CC) for a country; mixed countries draw a language."""
    if country in _MIXED:
        style = rng.choice(_MIXED[country])
        return style, f"{country}-{style}"
    return _CO_STYLE.get(country, "en"), country


def _fill(rng: random.Random, pattern: str, country: str, style: str, kind: str, forms: list[str]) -> str:
    st = _CO[style]
    local = [r for r in _ROOTS_CC.get(country, []) if style != "ru" or " " not in r]
    roots = (local if country in _LOCAL_ONLY else st["roots"]) or local or CITIES.get(country) or _EN

    def root() -> str:
        return rng.choice(local) if local and rng.random() < 0.45 else rng.choice(roots)

    r1 = root()
    r2 = next((r for r in (root() for _ in range(6)) if r != r1), rng.choice(_EN))
    pin = rng.choice(_PINYIN) + rng.choice(_PINYIN).lower()
    values = {
        "R": r1, "R2": r2, "r2": r2.lower(), "K": rng.choice(st["kw"].get(kind) or _TECH[kind]),
        "T": rng.choice(_TECH[kind]), "E": rng.choice(_EN), "C": _city(rng, country), "F": rng.choice(forms),
        "A": _acronym(rng), "Y": str(rng.randint(1985, 2021)), "Q": rng.choice(_FA_SECOND), "P": pin,
        "P1": rng.choice(_PINYIN).lower(), "RUW": rng.choice(_RU_WORDS), "kr": rng.choice(("tech", "tronics", "tec")),
        "S": person_name(rng, country).split()[-1] if "{S}" in pattern else "",
    }
    name = re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], pattern)
    if style in ("fr", "af_fr", "maghreb"):
        name = re.sub(r"\bde ([AEIOUÉÈ])", r"d'\1", name)
    return re.sub(r"\s+", " ", name).strip()


def company_name(rng: random.Random, country: str, kind: str) -> str:
    """A realistic company name registered in ``country`` for a firm of ``kind``.

    ``kind`` is one of KINDS ("manufacturer", "trading", "forwarder", "distributor", "lab",
    "engineering"); anything else is treated as a random kind.
    """
    kind = kind if kind in KINDS else rng.choice(KINDS)
    style, key = _style_for(rng, country)
    forms = _FORMS_CC.get(key) or _FORMS_CC.get(country) or _CO[style]["forms"]
    name = _fill(rng, rng.choice(_CO[style]["pat"]), country, style, kind, forms)
    head = re.match(r"(.+?) ([A-Z][a-z]+) ((?:Co\.|Company|Corp|Ltd|Limited|Corporation)\S*.*)$", name)
    if head and head.group(2)[:6].lower() in head.group(1).lower():  # "Enterprises Enterprise Co., Ltd."
        name = f"{head.group(1)} {head.group(3)}"
    if country in _PREFIX_CC:
        for form in forms:
            if name.endswith(" " + form):
                name = f"{form} {name[: -len(form) - 1]}"
                break
    if style == "id" and rng.random() < 0.06:
        name += " Tbk"
    return name


# ----------------------------------------------------------------------------------------
# Organisations (non-commercial end users)
# ----------------------------------------------------------------------------------------
_FIELDS = {
    "en": _w("Materials Science|Applied Physics|Electrical Engineering|Mechanical Engineering|Chemical Engineering|"
        "Computer Science|Optics and Photonics|Microelectronics|Aerospace Engineering|Nuclear Physics|"
        "Biotechnology|Environmental Science|Marine Sciences|Geophysics|Robotics|Telecommunications|Energy Systems|"
        "Metallurgy|Analytical Chemistry|Laser Technology|Control Engineering"),
    "de": _w("Lasertechnik|Mikrosystemtechnik|Werkstoffwissenschaft|Regelungstechnik|Halbleitertechnik|"
        "Strömungsmechanik|Nachrichtentechnik|Physikalische Chemie|Angewandte Optik|Robotik|"
        "Luft- und Raumfahrttechnik|Fertigungstechnik|Messtechnik"),
    "fr": _w("Physique Appliquée|Génie Électrique|Science des Matériaux|Chimie Analytique|Optique|"
        "Mécanique des Fluides|Électronique|Informatique|Génie des Procédés|Géosciences"),
    "es": _w("Física Aplicada|Ingeniería Eléctrica|Ciencia de Materiales|Química Analítica|Óptica|Electrónica|"
        "Mecatrónica|Biotecnología|Ciencias del Mar|Geofísica"),
    "pt": _w("Física Aplicada|Engenharia Elétrica|Ciência dos Materiais|Química Analítica|Óptica|Eletrônica|"
        "Mecatrônica|Biotecnologia|Geofísica"),
    "it": _w("Fisica Applicata|Ingegneria Elettrica|Scienza dei Materiali|Chimica Analitica|Ottica|Elettronica|"
        "Ingegneria Meccanica|Biotecnologie"),
    "tr": _w("Elektrik-Elektronik Mühendisliği|Makine Mühendisliği|Malzeme Bilimi|Fizik|Kimya Mühendisliği|"
        "Bilgisayar Mühendisliği|Havacılık ve Uzay Mühendisliği"),
}
# Templates per language family and end-user type ('|'-separated).  Tokens: {C} city,
# {N} country name, {F} field of study, {n} small number, {n5} unit number, {P} Chinese
# province, {R} local root word.
_ORG: dict[str, dict[str, str]] = {
    "en": {
        "academic": "University of {C}, Department of {F}|{C} Institute of Technology|"
            "{C} University of Science and Technology|National Institute of {F}|{C} Polytechnic, School of {F}|"
            "Centre for {F} Research, University of {C}|Institute of {F}, National Academy of Sciences|"
            "National Research Centre for {F}|"
            "{R} University, {F} Laboratory",
        "government_civil": "Ministry of Health, Department of Medical Equipment|{Cp} Port Authority|"
            "National Railways Corporation|{C} Water and Sewerage Authority|{C} General Hospital|"
            "National Meteorological Agency|Civil Aviation Authority|National Electricity Company|"
            "Customs Administration, {C} Directorate|Ministry of Agriculture, Plant Protection Department|"
            "{C} Metropolitan Transport Authority|Nuclear Regulatory Authority|"
            "Ministry of Energy, Transmission Grid Division|National Bureau of Standards and Metrology|"
            "Geological Survey Department|Maritime Safety Administration|{C} Fire and Rescue Service|"
            "{C} International Airport Authority|National Telecommunications Regulatory Authority|"
            "{C} City Council, Public Works Department",
        "military": "Ministry of Defence, Directorate of Procurement|"
            "Armed Forces General Staff, Communications Directorate|Army Signal Corps, {n}th Battalion|"
            "Naval Dockyard {Cp}|Air Force Maintenance Depot No. {n}|Military Technical Institute|"
            "Army Engineering Corps, {C} Depot|Navy Hydrographic Office|Air Defence Command, {C} Sector|"
            "Joint Forces Command, Logistics Division|Ministry of Defence, Directorate of Military Research|"
            "{Cp} Naval Base, Technical Department|Army Aviation Workshop, {C}|"
            "Special Forces Command, Equipment Section|Coast Guard Headquarters, Technical Department",
        "police_security": "Ministry of Interior, General Directorate of Police|"
            "National Police, Forensic Science Directorate|Border Guard Service, {C} Regional Command|"
            "{C} Metropolitan Police|State Security Service, Technical Department|"
            "Criminal Investigation Department, {C}|Ministry of Interior, Counter-Terrorism Unit|"
            "National Guard, Communications Unit|{C} Central Prison|Traffic Police Directorate, {C}|"
            "Immigration and Border Control Department|Customs Enforcement Directorate, {C}|"
            "Police Special Operations Unit, {C}",
    },
    "de": {
        "academic": "Universität {C}, Institut für {F}|Technische Universität {C}, Lehrstuhl für {F}|"
            "Hochschule {C}, Labor für {F}|Fraunhofer-Institut für {F}|Leibniz-Institut für {F}|"
            "Hochschule für angewandte Wissenschaften {C}",
        "government_civil": "Stadtwerke {C}|Universitätsklinikum {C}|Hafenbehörde {Cp}|"
            "Landesamt für Umwelt und Geologie|Berufsfeuerwehr {C}|Amt für Vermessung und Geoinformation {C}",
        "police_security": "Landeskriminalamt, Kriminaltechnisches Institut|Bundespolizeidirektion {C}|"
            "Polizeipräsidium {C}|Polizei {C}, Spezialeinsatzkommando",
    },
    "fr": {
        "academic": "Université de {C}, Laboratoire de {F}|École Nationale Supérieure d'Ingénieurs de {C}|"
            "Institut de Recherche en {F}|Centre National de Recherche en {F}|École Polytechnique de {C}|"
            "Université de {C}, Faculté des Sciences",
        "government_civil": "Ministère de la Santé, Direction des Équipements|Port Autonome de {Cp}|"
            "Centre Hospitalier Universitaire de {C}|Société Nationale des Chemins de Fer|"
            "Office National de l'Électricité|Direction Générale des Douanes|Régie des Eaux de {C}|"
            "Agence Nationale de la Météorologie",
        "military": "Ministère de la Défense, Direction du Matériel|"
            "État-Major des Armées, Direction des Transmissions|Base Navale de {Cp}|"
            "Armée de l'Air, Base Aérienne {n}|Direction Centrale du Génie|Régiment de Transmissions de {C}",
        "police_security": "Direction Générale de la Sûreté Nationale|"
            "Gendarmerie Nationale, Direction des Transmissions|Police Nationale, Commissariat Central de {C}|"
            "Direction de la Surveillance du Territoire|Garde Républicaine, Service Technique",
    },
    "es": {
        "academic": "Universidad de {C}, Departamento de {F}|Universidad Nacional de {C}|"
            "Instituto Tecnológico de {C}|Universidad Tecnológica de {C}|Centro de Investigación en {F}|"
            "Universidad Politécnica de {C}",
        "government_civil": "Ministerio de Salud, Dirección de Equipamiento|Autoridad Portuaria de {Cp}|"
            "Hospital General de {C}|Empresa Nacional de Ferrocarriles|Comisión Nacional de Energía|"
            "Dirección General de Aduanas|Servicio Meteorológico Nacional|Empresa de Acueducto de {C}",
        "military": "Ministerio de Defensa, Dirección General de Armamento|Armada, Arsenal de {Cp}|"
            "Fuerza Aérea, Grupo de Mantenimiento No. {n}|Comando Logístico del Ejército|"
            "Ejército, Batallón de Comunicaciones No. {n}|Servicio de Industrias de la Marina, {Cp}",
        "police_security": "Policía Nacional, Dirección de Investigación Criminal|"
            "Guardia Nacional, Comando Regional {C}|Secretaría de Seguridad Pública de {C}|"
            "Policía Federal, División Científica|Gendarmería Nacional, Dirección de Comunicaciones|"
            "Servicio Penitenciario, Centro de {C}",
    },
    "pt": {
        "academic": "Universidade de {C}, Departamento de {F}|Universidade Federal de {C}|"
            "Instituto de Pesquisas em {F}|Instituto Tecnológico de {C}|Universidade Estadual de {C}",
        "government_civil": "Ministério da Saúde|Autoridade Portuária de {Cp}|Hospital Universitário de {C}|"
            "Agência Nacional de Energia Elétrica|Companhia de Saneamento de {C}|Instituto Nacional de Meteorologia",
        "military": "Ministério da Defesa, Direção de Material|Marinha, Arsenal de {Cp}|"
            "Força Aérea, Parque de Material Aeronáutico de {C}|Exército, Batalhão de Comunicações {n}",
        "police_security": "Polícia Federal, Superintendência de {C}|"
            "Polícia Civil de {C}, Instituto de Criminalística|"
            "Guarda Nacional Republicana, Comando Territorial de {C}|Polícia Nacional, Comando de {C}",
    },
    "it": {
        "academic": "Università degli Studi di {C}, Dipartimento di {F}|Politecnico di {C}|"
            "Consiglio Nazionale delle Ricerche, Istituto di {F}|Università di {C}, Laboratorio di {F}",
        "government_civil": "Azienda Ospedaliera di {C}|Autorità di Sistema Portuale di {Cp}|"
            "Agenzia delle Dogane, Ufficio di {C}|Vigili del Fuoco, Comando di {C}",
    },
    "tr": {
        "academic": "{C} Teknik Üniversitesi|{C} Üniversitesi, {F} Bölümü|{C} University, Department of {F}|"
            "{C} Technical University, Faculty of Engineering",
        "government_civil": "{C} Büyükşehir Belediyesi|{C} Şehir Hastanesi|{Cp} Port Authority|"
            "General Directorate of State Hydraulic Works, {C} Region|Turkish State Meteorological Service",
        "military": "Ministry of National Defence, Directorate of Military Factories|"
            "Naval Forces Command, {C} Naval Shipyard|Air Force Command, {n}th Main Jet Base|"
            "Land Forces Command, {C} Maintenance Centre|Gendarmerie General Command, Logistics Department",
        "police_security": "General Directorate of Security, {C} Police Department|"
            "Emniyet Genel Müdürlüğü, Kriminal Polis Laboratuvarı|Gendarmerie General Command, {C} Regional Command|"
            "Coast Guard Command, {Cp} Group Command",
    },
    "ru": {
        "academic": "{C} State Technical University|{C} State University, Faculty of {F}|"
            "Institute of {F}, Academy of Sciences|{C} Polytechnic Institute|{C} Research Institute of {F}|"
            "{C} State University of Technology, Department of {F}",
        "government_civil": '{C} Regional Clinical Hospital|Vodokanal of {C}|State Unitary Enterprise "{C} Metro"|'
            "{C} Heat and Power Plant No. {n}|Hydrometeorological Centre of {N}|"
            "State Customs Committee, {C} Customs Post|Ministry of Emergency Situations, {C} Department",
        "military": "Ministry of Defence, Main Directorate of Armaments|Military Unit {n5}|"
            "{C} Higher Military Command School|{C} Aviation Repair Plant No. {n}|{Cp} Naval Shipyard|"
            "Ministry of Defence, Central Research Institute No. {n}|General Staff, Main Communications Directorate",
        "police_security": "Ministry of Internal Affairs, Main Directorate for {C}|National Guard, {C} Directorate|"
            "Border Service, {C} Department|{C} Police Department, Forensic Centre|"
            "Ministry of Internal Affairs, Forensic Expert Centre|Special Purpose Police Unit, {C}",
    },
    "zh": {
        "academic": "{C} University of Technology, School of {F}|{C} University, College of {F}|"
            "{C} Institute of {F}|Key Laboratory of {F}, {C} University|{P} University of Science and Technology|"
            "{P} Normal University, School of Physics",
        "government_civil": "{C} Municipal Bureau of Water Resources|{C} People's Hospital No. {n}|"
            "{P} Electric Power Company|{C} Metro Group Co., Ltd.|{P} Meteorological Bureau|{C} Customs District|"
            "{C} Environmental Monitoring Centre|{P} Provincial Department of Transportation",
        "military": "PLA Unit {n5}|PLA Navy {Cp} Support Base|{C} Military Representative Office|"
            "PLA Army {P} Equipment Support Department|PLA Air Force {C} Repair Factory",
        "police_security": "{C} Public Security Bureau|"
            "{C} Municipal Public Security Bureau, Criminal Investigation Department|"
            "{P} Provincial Public Security Department|People's Armed Police {P} Corps|"
            "{C} Traffic Police Detachment|{C} Public Security Bureau, Technical Investigation Division",
    },
    "ar": {
        "academic": "{C} University, Faculty of Engineering|University of {C}, College of Science|"
            "{C} University of Science and Technology|National Research Centre, {F} Division|{C} Technical College",
        "government_civil": "Ministry of Health, Medical Supplies Directorate|{C} Municipality|"
            "General Ports Authority|{C} Water Authority|General Authority of Civil Aviation|{C} Teaching Hospital|"
            "General Electricity Company, {C} Distribution Directorate|Ministry of Oil, Technical Directorate",
        "military": "Ministry of Defence, Armament Directorate|"
            "General Command of the Armed Forces, Signals Directorate|{Cp} Naval Base|"
            "Air Force Technical Services Directorate|Military Engineering Department|"
            "Land Forces Command, Maintenance Directorate",
        "police_security": "Ministry of Interior, General Directorate of Civil Defence|"
            "General Security Directorate, {C}|{C} Police Headquarters|"
            "Criminal Investigation Department, {C} Police|General Directorate of Passports|"
            "Ministry of Interior, Forensic Evidence Department|Presidential Guard, Technical Section",
    },
    "fa": {
        "academic": "{C} University of Technology|University of {C}, Faculty of {F}|{R} Research Institute of {F}|"
            "{C} Branch, Islamic Azad University",
        "military": "Army Ground Forces, {C} Logistics Base|Navy Technical Directorate, {Cp}|Air Defence Base, {C}|"
            "{R} Industrial Research Centre",
        "police_security": "{C} Police Headquarters|Ministry of Interior, Border Guard Command|"
            "Police Cyber Unit, {C}",
    },
    "ja": {
        "academic": "{C} University, Graduate School of Engineering|{C} Institute of Technology|"
            "National Institute of {F}|{C} Prefectural Industrial Technology Center",
        "government_civil": "{C} City Waterworks Bureau|{Cp} Port and Harbor Bureau|{C} Municipal Hospital|"
            "Japan Meteorological Agency, {C} Observatory",
        "military": "Japan Maritime Self-Defense Force, {Cp} District|Japan Ground Self-Defense Force, {C} Camp|"
            "Japan Air Self-Defense Force, Air Materiel Command|Acquisition, Technology & Logistics Agency",
        "police_security": "{C} Prefectural Police, Forensic Science Laboratory|"
            "National Police Agency, Info-Communications Bureau|Japan Coast Guard, {Cp} Regional Headquarters",
    },
    "ko": {
        "academic": "{C} National University, Department of {F}|Korea Institute of {F}|"
            "{C} Institute of Science and Technology",
        "government_civil": "{C} Metropolitan City Waterworks|Korea Meteorological Administration|"
            "{Cp} Port Authority|{C} Medical Center",
        "military": "Republic of Korea Navy, {Cp} Naval Base|ROK Army Logistics Command|"
            "Defense Acquisition Program Administration|ROK Air Force {n}th Fighter Wing",
        "police_security": "Korean National Police Agency, Forensic Division|{C} Metropolitan Police Agency|"
            "Korea Coast Guard, {Cp} Station",
    },
    "in": {
        "academic": "{C} Institute of Technology|University of {C}, Department of {F}|{C} College of Engineering|"
            "National Institute of Technology, {C}",
        "government_civil": "{C} Municipal Corporation|{Cp} Port Trust|{C} Metro Rail Corporation|"
            "State Electricity Board|Government General Hospital, {C}",
        "military": "Naval Dockyard {Cp}|Army Base Workshop, {C}|Air Force Station {C}|Ordnance Depot {C}",
        "police_security": "{C} City Police, Forensic Science Laboratory|"
            "Central Reserve Police Force, {C} Group Centre|Ministry of Home Affairs, Border Management Division|"
            "State Police Headquarters, {C}",
    },
}
_ORG_FAMILY = {"de": "de", "fr": "fr", "af_fr": "fr", "es": "es", "pt": "pt", "it": "it", "tr": "tr", "ru": "ru",
               "kz": "ru", "uz": "ru", "az": "ru", "am": "ru", "bg": "ru", "zh": "zh", "ar": "ar", "fa": "fa",
               "ja": "ja"}
_ORG_FAMILY_CC = {"KR": "ko", "IN": "in", "KP": "en"}
_LANDLOCKED = set("AD AF AM AT BF BI BO BT BW BY CF CH CZ ET HU KG LA LI LS LU MD MK ML MN MW NE NP PY RS RW SK SM "
                  "SS SZ TD TJ UG UZ VA XK ZM ZW".split())
_NAVAL = re.compile(r"Nav|Dockyard|Shipyard|Arsenal|Marin|Armada|Coast|Port|Harbor|Hafen")
_PORT_ONLY = set(_w("Tanger Med|Jebel Ali|Hamad Port|Khalifa Bin Salman Port|Port Qasim|Kwai Chung|Muuga|Doraleh|"
                    "Caucedo|Apapa|Thilawa|Leixões|Shuwaikh|Umm Qasr|Zeebrugge|Jurong|Tuas|Sokhna|Owendo|Bullenbaai|"
                    "Point Lisas|Big Creek|Port Esquivel|Kamsar|Felixstowe|Marsaxlokk|Laem Chabang|Port Klang|Balboa|"
                    "Mesaieed|Ras Laffan|Hambantota|Nampo|Alat|Giurgiulești|Haina|Caldera|Kribi|Radès"))
_MAGHREB = {"MA", "DZ", "TN", "MR"}
#: Generated names that would coincide with real restricted parties (screening-list check).
_AVOID = {cc: re.compile(rx) for cc, rx in {
    "IR": r"Central Prison|Nuclear Regulatory", "BY": r"Special Purpose Police", "MM": r"Directorate of Procurement",
    "RU": r"Moscow State Technical|Moscow Institute|Main Communications", "PK": r"National Institute of Laser",
    "CN": r"^(Nanjing|Tianjin|Harbin|Xi'an|Beijing|Changsha|Chengdu|Wuhan|Hunan|Sichuan|Shaanxi) Univ|"
          r"(Wuxi|Jinan|Luoyang) Institute",
}.items()}
_LOCAL_CITY = {"Munich": "München", "Vienna": "Wien", "Zurich": "Zürich", "Geneva": "Genève", "Genoa": "Genova",
               "Turin": "Torino", "Milan": "Milano", "Naples": "Napoli", "Lisbon": "Lisboa", "Lucerne": "Luzern"}
_CN_CITIES = [c for c in _CO["cn"]["roots"] if c not in _w("Jiangsu|Zhejiang|Guangdong|Shaanxi|Sichuan|Hubei|Hunan|"
                                                              "Anhui|Shandong|Liaoning|Fujian")]
_CN_PROVINCES = _w("Jiangsu|Zhejiang|Guangdong|Shaanxi|Sichuan|Hubei|Hunan|Anhui|Shandong|Liaoning|Fujian|Henan|Hebei")


def organisation_name(rng: random.Random, country: str, end_user_type: str) -> str:
    """An end-user name of ``end_user_type`` (see END_USER_TYPES) in ``country``'s style."""
    if end_user_type == "individual":
        return person_name(rng, country)
    if end_user_type not in ("academic", "government_civil", "military", "police_security"):
        kind = rng.choice(("manufacturer", "trading", "distributor", "engineering", "lab"))
        return company_name(rng, country, kind)
    avoid = _AVOID.get(country)
    for _ in range(8):  # redraw the few templates that would name a real listed body
        name = _org_once(rng, country, end_user_type)
        if not avoid or not avoid.search(name):
            break
    return name


def _org_once(rng: random.Random, country: str, end_user_type: str) -> str:
    family = _ORG_FAMILY_CC.get(country) or _ORG_FAMILY.get(_PERSON_STYLE.get(country, "en"), "en")
    if country in _MAGHREB:
        family = rng.choice(("fr", "ar"))
    if country == "CN" or (family == "zh" and rng.random() < 0.5):
        family = "zh"
    elif family == "zh":
        family = "en"
    local = _ORG.get(family, {}).get(end_user_type)
    templates = _w(local if local and rng.random() < 0.75 else _ORG["en"][end_user_type])
    if country in _LANDLOCKED or country not in CITIES:
        templates = [t for t in templates if not _NAVAL.search(t)] or _w(_ORG["en"]["academic"])
    template = rng.choice(templates)
    english = re.search(r"\b(University|Institute|Department|School|College|Faculty|Laboratory)\b|Centre for",
                        template)
    fields = _FIELDS["en"] if english or family not in _FIELDS else _FIELDS[family]
    inland = [c for c in CITIES.get(country, []) if c not in _PORT_ONLY]
    city = rng.choice(inland or ["Central"])
    if family == "zh" and country == "CN":
        city = rng.choice(_CN_CITIES)
    elif family in ("de", "it", "pt"):
        city = _LOCAL_CITY.get(city, city)
    values = {
        "C": city, "Cp": (CITIES.get(country) or ["Central"])[0], "N": COUNTRY_NAMES.get(country, "the Republic"),
        "F": rng.choice(fields), "n": str(rng.randint(2, 48)), "n5": str(rng.randint(31000, 96999)),
        "P": rng.choice(_CN_PROVINCES),
        "R": rng.choice(_ROOTS_CC.get(country) or [city]),
    }
    name = re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], template)
    if family == "fr":
        name = re.sub(r"\bde ([AEIOUÉ])", r"d'\1", name)
    return re.sub(r"(\d+)th\b", lambda m: m.group(1) + _ordinal(int(m.group(1))), name)


def _ordinal(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# ----------------------------------------------------------------------------------------
# Exporters, brands, forwarders
# ----------------------------------------------------------------------------------------
_APPLICANT_TECH = _w("Photonics|Controls|Microsystems|Dynamics|Aerospace|Instruments|Semiconductor|Sensors|Robotics|"
                     "Thermal Systems|Optronics|Microwave|Acoustics|Cryogenics|Labs|Technologies|Systems|Imaging|"
                     "Avionics|Precision|Analytics|Power Electronics|Motion|Materials|Test & Measurement|Optics")
_BRAND_HEAD = _w("Opti|Lumi|Vero|Nexa|Tera|Astra|Quanta|Flexi|Hydra|Cryo|Spectra|Volta|Maxi|Ultra|Sono|Therma|Aero|"
                 "Navi|Geo|Omni|Puls|Cora|Vira|Zeno|Kine|Accu|Duro|Ferro|Magna|Photo|Sigma|Telo|Vecto|Xeno")
_BRAND_TAIL = _w("x|on|ix|ra|tek|line|scan|flow|wave|max|pro|sense|core|lab|nova|trak|dyne|vue|matic|gard|link|metrix")


def applicant_name(rng: random.Random) -> str:
    """An exporter's name: mostly US firms, some British, German, Japanese and Canadian."""
    country = rng.choices(("US", "GB", "DE", "JP", "CA"), (0.7, 0.1, 0.07, 0.05, 0.08))[0]
    if country != "US" or rng.random() < 0.35:
        return company_name(rng, country, rng.choice(("manufacturer", "engineering", "lab", "distributor")))
    head = rng.choice((rng.choice(_EN), rng.choice(_CO["us"]["roots"]), brand_word(rng)))
    return f"{head} {rng.choice(_APPLICANT_TECH)} {rng.choice(('Inc.', 'Inc.', 'LLC', 'Corp.', 'Corporation'))}"


def brand_word(rng: random.Random) -> str:
    """A coined product brand word ("Optiscan", "NexaFlow")."""
    head, tail = rng.choice(_BRAND_HEAD), rng.choice(_BRAND_TAIL)
    if head[-1] == tail[0]:
        tail = tail[1:] or "x"
    return head + (tail.capitalize() if len(tail) > 3 and rng.random() < 0.3 else tail)


def forwarder_name(rng: random.Random, country: str) -> str:
    """A freight forwarder, logistics firm or trading house in ``country``'s style."""
    kind = rng.choices(("forwarder", "trading", "distributor"), (0.6, 0.3, 0.1))[0]
    return company_name(rng, country, kind)


# ----------------------------------------------------------------------------------------
# Short names
# ----------------------------------------------------------------------------------------
_FORMS = sorted({f for forms in _FORMS_CC.values() for f in forms} | {f for st in _CO.values() for f in st["forms"]}
                | set(_w("Co., Ltd|Co Ltd|Co. Ltd|Company Ltd|Company|Co.|Co|Corp|Inc|Ltd|Limited|LLC|GmbH|AG|PLC|"
                         "Pte Ltd|Pvt Ltd|Sdn Bhd|Tbk|B.S.C.|San. ve Tic.|Ltd. Şti|Group|Holdings|Holding|SA|SRL")),
                key=len, reverse=True)
_FORM_TAIL = re.compile(r"[\s,]+(?:" + "|".join(re.escape(f) for f in _FORMS) + r")\.?$", re.IGNORECASE)
_FORM_HEAD = re.compile(r"^(?:PT|SIA|UAB|AB|AS|OOO|AO|JSC|LLC|PJSC|TOO|LLP|TOV|PrJSC|MMC|ZAO|OAO|ODO|UE|CJSC|OJSC|"
                        r"OsOO|HJ|NPP|NPO|Torgovy Dom|Société|Korea|Taiwan)\s+", re.IGNORECASE)
_GENERIC = {w.lower() for group in (*_TECH.values(), *(v for st in _CO.values() for v in st["kw"].values()))
            for phrase in group for w in phrase.split()} | set(
    "co company corporation corp group holdings holding international global general trading enterprise enterprises "
    "industrial industries technology technologies tech systems solutions services service supply supplies and & "
    "for of ve y e et und di de du des the import export overseas sons fils kogyo ticaret sanayi dış san. tic. "
    "equipment technical".split())
_CONNECTORS = {"and", "&", "for", "of", "ve", "y", "e", "et", "und", "di", "de", "du", "des", "the", "-"}
_CN_PLACES = {c.lower() for c in _CO["cn"]["roots"]}


def short_name(name: str) -> str:
    """The short form a writer uses in prose: legal forms and generic words dropped.

    "Falcon Zenith Components Ltd." -> "Falcon Zenith"; "Shenzhen Huaxin Technology Co., Ltd."
    -> "Huaxin"; 'OOO "Spetsmash"' -> "Spetsmash".  Never returns an empty string.
    """
    text = re.sub(r"\s+", " ", name or "").strip()
    if not text:
        return name or "?"
    quoted = re.search(r'["“«]([^"”»]+)["”»]', text)
    if quoted:
        text = quoted.group(1)
    text = re.sub(r"\s*\([^)]*\)", "", text).strip() or text
    for _ in range(4):
        stripped = _FORM_HEAD.sub("", _FORM_TAIL.sub("", text)).strip(" ,")
        if not stripped or stripped == text:
            break
        text = stripped
    if "," in text:
        text = text.split(",")[0].strip() or text
    words = text.split()
    while len(words) > 1 and (words[-1].lower() in _GENERIC or words[-1].lower() in _CONNECTORS):
        words.pop()
    while len(words) > 1 and words[0][:1].isupper() and words[0].lower() in _GENERIC | _CN_PLACES:
        words.pop(0)
    while len(words) > 1 and words[0].lower() in _CONNECTORS - {"de"}:
        words.pop(0)
    return " ".join(words[:4]) or text or name

"""Personal data and secrets in text: where they are, of which type. Pure.

Every detector is a pattern plus, where the data has one, its checksum: payment cards
pass Luhn and start with a card network's prefix, IBANs pass ISO 7064 mod 97 with their
country's length, Spanish DNI/NIE their check letter, US SSNs the issuing rules, and the
other countries' identity numbers of national_ids.py (France, Italy, Brazil, Canada, the
Netherlands, India) their check digits. Numbers that only look like these (order
numbers, card numbers that fail Luhn, dates, version strings) are not findings. Types:
``email``, ``phone``, ``card``, ``iban``, ``national_id``, ``ip``, ``secret``.
"""

from __future__ import annotations

import bisect
import ipaddress
import math
import operator
import re
import unicodedata
from collections.abc import Callable, Iterator

from .char_table import CharTable
from .checksums import luhn_valid
from .findings import Finding
from .national_ids import LONGEST, NAMED_NUMBERS, STANDALONE
from .prefilter import StartScanner

# The local part may hold Latin letters with accents ("sipò.teknik@…", RFC 6531), and the
# address may follow a letter of a script without spaces ("資料はtanaka.haruka@…").
_LOCAL_LETTER = "A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_EMAIL = re.compile(
    rf"(?<![{_LOCAL_LETTER}_.+-])[{_LOCAL_LETTER}][{_LOCAL_LETTER}._%+-]{{0,63}}@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    # (A letter of another script may follow: Korean and Japanese write their particle
    # right after the address, "haneul.kim@naver.com으로".)
    r"[A-Za-z]{2,24}(?![A-Za-z0-9_-])"
)
# (Not after "+": "+234 803 555 2190" is a phone number that passes Luhn.)
# (Or four fours between dots, as Brazil writes them: 5496.4983.3205.4382.)
_CARD = re.compile(r"(?<![\d.+-])(?:\d(?:[ -]?\d){12,18}(?![\d-])|\d{4}(?:\.\d{4}){3}(?![\d.-]))")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b")
# Each country's IBAN length (the SWIFT registry, and Iran's).
_IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32,
    "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MG": 27, "MK": 19,
    "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23,
    "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
    # Iran's Sheba: an IBAN by ISO 13616 (mod 97), used by every Iranian bank, though not
    # in the registry.
    "IR": 26,
}
_IBAN_MOST = max(_IBAN_LENGTHS.values())
# An IBAN typed in small letters, in one piece ("nl75rabo7481003813"): its country's code.
IBAN_COUNTRIES_LOWER = "|".join(sorted(country.lower() for country in _IBAN_LENGTHS))
_IBAN_LOWER = re.compile(
    rf"(?<![A-Za-z0-9])(?:{IBAN_COUNTRIES_LOWER})\d{{2}}[a-z0-9]{{11,30}}(?![A-Za-z0-9])")
# An e-mail address spelled out: "camille point bernard arobase example point fr",
# "jane.doe [at] example [dot] org", "john dot smith at example dot com". A bare "at" needs a
# name with a dot, a digit or an underscore in it: "look at google dot com" names a site.
_SPELLED_AT = r"(?:\s*[\[({]\s*at\s*[\])}]\s*|\s+(?:at|arobase|arroba|chiocciola|klammeraffe|małpa)\s+)"
_SPELLED_DOT = (r"(?:\s*[\[({]\s*dot\s*[\])}]\s*|\s+(?:dot|point|punto|punkt|ponto|kropka|nokta)\s+)")
_SPELLED_EMAIL = re.compile(
    rf"(?<![\w.-])(?P<name>[a-z0-9][a-z0-9._-]{{0,40}}(?:{_SPELLED_DOT}[a-z0-9_-]{{1,40}})*)(?P<at>{_SPELLED_AT})"
    rf"[a-z0-9-]{{1,40}}(?:{_SPELLED_DOT}[a-z0-9-]{{1,40}})*{_SPELLED_DOT}"
    r"(?:com|org|net|edu|gov|io|co|info|biz|fr|de|es|it|nl|be|ch|at|uk|pl|pt|br|ca|au|in|jp|ru|se"
    r"|no|dk|fi|ie|eu|mx|ar|tr|gr|cz|ro|hu)(?![\w-])", re.IGNORECASE)
_SPELLED_NAME_SEPARATOR = re.compile(rf"{_SPELLED_DOT}|[._0-9]", re.IGNORECASE)
# The words of a template, not an address: "name [at] domain [dot] com", "firstname.lastname
# at company dot com".
_SPELLED_PLACEHOLDERS = frozenset({"name", "firstname", "lastname", "first", "last", "user",
                                   "username", "yourname", "your", "you", "email", "domain",
                                   "company", "yourcompany", "yourdomain", "mydomain"})
_SSN = re.compile(r"(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])")
_SSN_CONTEXT = re.compile(r"(?<!\d)(?!000|666|9\d\d)\d{3}\s?(?!00)\d{2}\s?(?!0000)\d{4}(?!\d)")
_NINO = re.compile(r"\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b")
_DNI = re.compile(r"\b[XYZ]?\d{7,8}-?[A-Z]\b")
_IPV4 = re.compile(r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\w|\.\d)")
_IPV6 = re.compile(r"[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:]{1,38}[0-9A-Fa-f]")  # then ipaddress decides
# A dotted quad after "version", "release", "build", "firmware", "changelog" (or "версии",
# "버전"...; and a linking word or two: "build version is 10.2.3.4", "release number: 4.1.0.2"; or a
# tag's "release-4.12.0.7") is a version string, and after "section", "clause", "§" a
# document's numbering: not an address. So is one that a version change moves from or
# to: "bump the dependency from 1.22.0.1", "roll back to 10.2.2.9", "updating to 10.2.3.4"
# (not "ssh to 10.0.0.5", "traffic from 10.0.0.1", "update the A record to 93.184.216.34").
_NUMBERING_BEFORE = re.compile(
    r"(?:\bv|versions?|release|build|firmware|\bfw|\bver\.?|\bsec(?:tion|\.)|chapter|clause|article"
    r"|versión|versão|versione|версии|версия|версию|версій|версіі|версія|версію|버전(?:은|는|이)?|빌드|バージョン|版本|sürüm"
    r"|wersj[aię]|versiun\w*|verz[ei]\w*|verzió\w*|versio(?:n|ssa|sta)?\b|भर्सन|वर्जन|वर्ज़न|संस्करण|ভার্সন|সংস্করণ|ಆವೃತ್ತಿ|ವರ್ಷನ್|പതിപ്പ്|വേർഷൻ"
    r"|change\s?log"
    r"|mise\s+[àa]\s+jour"
    r"|paragraph|appendix|§)(?:\s+(?:is|was|now|number|no\.?|nr\.?|set\s+to|will\s+be|to))"
    r"{0,2}\s*[:=/-]?\s*$"
    # "the release notes for 10.2.4.1", "we need at least 4.20.1.0", "build tag says
    # 3.10.14.2", "from version 10.2.3.4 to 10.2.4.1"
    r"|\brelease\s+notes\s+(?:for|of)\s+$|\bat\s+least\s+$|\btag\s+(?:says|is|reads)\s+$"
    # a heading's: "Release notes, ledger-sync 4.12.0.7"
    r"|\brelease\s+notes\b[^\n]{0,40}$"
    r"|\bfrom\s+(?:version\s+)?v?\d+(?:\.\d+){1,3}\s+to\s+$"
    r"|\b(?:bump\w*|upgrad\w*|downgrad\w*|roll(?:ed|ing|s)?\s*back|revert\w*|pin(?:s|ned|ning)?)"
    r"(?:\s+[\w.-]+){0,3}?\s+(?:from|to)\s+$"
    # "after updating to 10.2.3.4", but not "update the A record to 93.184.216.34"
    r"|\bupdat(?:e|ed|es|ing)\s+to\s+$",
    re.IGNORECASE)
# ... and a dotted quad that a release note's words follow: "4.11.9.180 and earlier are
# affected", "4.12.0.217 fixes the bug", Mongolian "5.8.1.2 хувилбартай" (with version).
_NUMBERING_AFTER = re.compile(
    r"\s+(?:(?:and|or)\s+(?:earlier|older|below)\b|fix(?:es|ed)\b|хувилбар"
    # ("and later" also tells what came next: "192.168.1.10 and later the router")
    r"|(?:and|or)\s+(?:later|newer|above)(?:\s*[.,;:)!?]|\s+(?:are|is|versions?|releases?|builds?)\b|\s*$))",
    re.IGNORECASE)
# The regex's words with a "v": "version" anywhere, "v" and "ver" at a word's start.
_V_WORD = re.compile(r"\bv")
# A dotted quad whose sentence speaks of versions and not of networks is a version ("Kernel
# 6.8.0.31 broke the NIC driver", "upgrading from 7.70.0.112 to 8.0.0.12", "toleo
# 3.2.10.4"); a word of networks keeps it an address ("after the firmware update the router
# at 192.168.1.1 stopped answering", "received from 203.0.113.9").
_VERSION_WORDS = re.compile(
    r"\b(?:versions?|versioning|versionname|builds?|firmware|releases?|released|updat\w*"
    r"|upgrad\w*|patch\w*|hotfix|kernel|installer|bootloader|driver|plugin|package|sdk"
    r"|changelog|newer|older|latest|stable|deprecated|end-of-life|numbering|chapter|pin\w*"
    r"|bump\w*)\b|\.whl\b|versi[oó]n|versão|versione|верси|版本|バージョン|버전|빌드|sürüm"
    r"|\bversi\b|\btoleo\b|տարբերակ|phiên\s+bản|เวอร์ชัน|संस्करण|वर्जन|نسخه|إصدار",
    re.IGNORECASE)
# What every match of ``_VERSION_WORDS`` begins with (any case).
_VERSION_STARTS = (
    r"version|build|firmware|release|updat|upgrad|patch|hotfix|kernel|installer|bootloader"
    r"|driver|plugin|package|sdk|changelog|newer|older|latest|stable|deprecated|end-of-life"
    r"|numbering|chapter|pin|bump|\.whl|versi|versão|верси|版本|バージョン|버전|빌드|sürüm|toleo"
    r"|տարբերակ|phiên|เวอร์ชัน|संस्करण|वर्जन|نسخه|إصدار")
_NETWORK_WORDS = re.compile(
    r"\b(?:ip|ips|ipv4|address(?:es)?|addr|host(?:name|s)?|servers?|router|gateway|dns"
    r"|ping\w*|ssh|subnet|netmask|cidr|vpn|proxy|firewall|ports?|interface|lan|wan|dhcp|nat"
    r"|traffic|connect\w*|requests?|client|logins?|blocked|allow\w*|whitelist\w*"
    r"|blacklist\w*|denylist|listen\w*|bind|endpoint|urls?|https?|tcp|udp|icmp|arp|route\w*"
    r"|nginx|apache|iptables|ufw|sshd|fail2ban|attack\w*|source|destination|src|dst|network"
    r"|wifi|wi-fi|device|printer|camera|nas|db|database|scan\w*|curl|telnet|rdp|smtp|mail"
    r"|origin|upstream|backend|node|pod|cluster|vm|instance|machine|x-forwarded-for|remote"
    r"|received|sent|records?|domains?|zone|resolv\w*|lookup|whois)\b"
    r"|アドレス|주소|地址|адрес|direcci[oó]n|endereço|indirizzo|adresse"
    r"|サーバ|서버|服务器|сервер|آی\u200c?پی|سرور|آدرس|عنوان|خادم",
    re.IGNORECASE)
# Where a phone may begin: not inside a word, a path or a decimal ("/", "."), nor, for most
# shapes, after a "+"; after a hyphen only when a small letter is before it, as Zulu and
# Xhosa join the number to a prefix ("ku-082 555 0147", "ngu-082...") and Hebrew a
# preposition ("ב-052-1234567"), not after a digit group. And where it must end: not in a
# word, a path, a decimal or a digit group after a hyphen, though a case ending may follow
# one (Hungarian "a +36 30 123 4567-es számon").
_AFTER_NO_NUMBER = r"(?a:(?<![\w+/.]))(?<![^a-zא-ת]-)"
_AFTER_NO_WORD = r"(?a:(?<![\w/.]))(?<![^a-zא-ת]-)"
_ENDS = r"(?a:(?![\w/]|\.\d))(?!-(?![^\W\d_]))"
# Turkey's mobiles with the trunk 0 set apart: 0 555 113 65 45, 0 (532) 123 45 67 (a phone
# shape, and one of the mobile shapes that need no phone word: _MOBILE_SHAPE).
_TURKISH_MOBILE_APART = r"0 \(?5\d{2}\)? \d{3} \d{2} \d{2}"
# Eight digits as they are written: in pairs (Denmark and Norway, 20 12 34 56), as a
# Norwegian mobile's 3-2-3 (912 47 358), or in two fours (Singapore, Hong Kong, Mongolia,
# Haiti, Central America and the Gulf: 9123 4567, 4638-2917), not two groups of a longer
# code (7700-4412-AB19).
_EIGHT_DIGITS = r"[2-9]\d(?: \d{2}){3}|[49]\d{2} \d{2} \d{3}|[2-9]\d{3}[ -]\d{4}(?![ -]?\d|-\w)"
# Spaces that are no line break: a number's groups are never apart by one ("00\n05.05.2024"
# in a statement is no phone). ``\s`` in the phone patterns is read as these.
_LINE_SPACES = " \t\u00a0\u2000-\u200a\u202f\u205f\u3000"


def _on_one_line(pattern: str) -> str:
    return pattern.replace(r"[\s", "[" + _LINE_SPACES).replace(r"\s", "[" + _LINE_SPACES + "]")


_PHONE = re.compile(_on_one_line(
    _AFTER_NO_NUMBER + r"(?:\+|00)\d{1,3}[\s.-]?(?:\(\d{1,5}\)[\s.-]?)?\d{1,5}(?:[\s.-]?\d{1,5}){1,5}" + _ENDS
    + r"|" + _AFTER_NO_WORD + r"\(?[2-9]\d{2}\)?[\s.-]\d{3}[\s.-]\d{4}" + _ENDS
    # ... after North America's country code without its "+" (1-800-356-9377)
    + r"|" + _AFTER_NO_NUMBER + r"1[\s.-]\(?[2-9]\d{2}\)?[\s.-]\d{3}[\s.-]\d{4}" + _ENDS
    # Russia's and Kazakhstan's trunk prefix 8: 8 (912) 345-67-89, 8-495-123-45-67
    + r"|" + _AFTER_NO_NUMBER + r"(?:8[\s.-]?(?:\(\d{3,5}\)[\s.-]?\d{1,3}|\d{3}[\s.-]?\d{3})"
    r"[\s.-]\d{2}[\s.-]\d{2}|8\d{10})" + _ENDS
    + r"|" + _AFTER_NO_WORD + r"\(0\d{1,4}\)\s?\d{3,4}[\s.-]?\d{3,4}" + _ENDS
    + r"|" + _AFTER_NO_NUMBER + r"0\d{1,4}[\s.-]\d{2,4}(?:[\s.-]\d{2,4}){1,3}" + _ENDS
    + r"|" + _AFTER_NO_NUMBER + _TURKISH_MOBILE_APART + _ENDS
    # National format with the trunk prefix 0: an area or mobile code, then the
    # subscriber number in one block (0151 23456789, 07700 900123, 030/12345678, 06-12345678).
    + r"|" + _AFTER_NO_NUMBER + r"0\d{1,4}[\s/.-]\d{5,8}" + _ENDS
    # An area code in parentheses without a trunk 0 ((11) 98765-4321), and three groups of
    # three digits (612 445 987); the second only counts with a phone word near it.
    + r"|" + _AFTER_NO_WORD + r"\(\d{2,4}\)\s?\d{4,5}[\s.-]?\d{4}" + _ENDS
    # ... and without them (Brazil's 11 98765-4321, Argentina's 11 4387-2290)
    + r"|" + _AFTER_NO_NUMBER + r"[1-9]\d \d{4,5}-\d{4}" + _ENDS
    + r"|" + _AFTER_NO_WORD + r"\d{3}[\s.-]\d{3}[\s.-]\d{3}" + _ENDS
    # A mobile written in one block (Saudi Arabia's and the Gulf's 0501234567), and eight
    # digits in pairs (Denmark and Norway: 20 12 34 56) or as Norway's mobiles (912 47 358):
    # with a phone word only.
    + r"|" + _AFTER_NO_NUMBER + r"05\d{8}" + _ENDS
    + r"|" + _AFTER_NO_WORD + f"(?:{_EIGHT_DIGITS})" + _ENDS
    # Numbers of countries without a trunk 0: Spain (mobiles 612 34 56 78, landlines
    # 915 48 27 36 with a phone word only), China (138 1234 5678), India (98765 43210,
    # with a phone word only).
    + r"|" + _AFTER_NO_NUMBER + r"(?:[6-9]\d{2} \d{2} \d{2} \d{2}|1[3-9]\d[ -]\d{4}[ -]\d{4}"
    r"|[6-9]\d{4}[ -]\d{5})" + _ENDS
    # India's and Nepal's mobiles in one block (9841234567), Nepal's 4-6 (9841-256873),
    # India's with the trunk 0 (094150 27836), and Iran's and the Philippines' in one
    # block (09123456789): with a phone word only.
    + r"|" + _AFTER_NO_NUMBER + r"(?:[6-9]\d{9}|9[78]\d{2}-\d{6}|0[6-9]\d{4} \d{5}|09\d{9})" + _ENDS
))
_PHONE_CONTEXT = re.compile(
    r"(?:phone|tel|call|mobile|cell|whats\s?app|sms|text\s+me|fax|ring|dial|contact|reach|"
    r"número|numero|numéro|telefon|téléphone|portable|handy|rufnummer|nummer|rückruf|móvil|"
    r"cellulare|\bbel(?:len)?\b|"
    r"appel|joindre|erreich(?:en|bar|t)\b|bereikbaar|llam[ae]|llám|chiam|anruf|\bruf(?:e|en|t)?\b|ligue|\bliga(?:r|\s)|tel[eé]fono|"
    # "Number" alone is an order's or a room's too: only the phone's ("my number").
    r"\bmoj\s+numer|mój\s+numer|numer\s+tel|мой\s+номер|numaram|nomor\s+(?:hp|wa|saya|telepon)|"
    r"\bsđt\b|\bsdt\b|số\s+điện\s+thoại|\bso\s+dien\s+thoai\b|\blien\s+he\b|liên\s+hệ|"
    r"(?:'s|\bmy|\byour|\bhis|\bher|\btheir|\bour)\s+(?:mobile\s+|cell\s+)?number|"
    r"電話|电话|전화|телефон|\bтел\.|هاتف|फ़ोन|फोन|τηλέφωνο|τηλ\.|טלפון|โทร|"  # noqa: RUF001
    # ... and where AI products serve least: Swahili, Zulu, Hausa, Yoruba, Tagalog, Urdu,
    # Bengali, Tamil, Sinhala, Amharic, Khmer ("ngishayele ku-082…", "ku kira 0803…",
    # "paki-text … sa 0917…", "میرا نمبر 0300-…", "ពីលេខ 012…")
    r"\bsimu\b|nipigie|shayel|ucingo|\bkira\b|lambar\s+waya|\bpè\s+mí|\bpe\s+mi\b|fóònù|nọ́mbà"
    r"|paki-?text|i-?text|tawag|میرا\s+نمبر|فون|موبائل|ফোন|মোবাইল|தொலைபேசி|கைபேசி|போன்"
    r"|දුරකථන|ስልክ|លេខ|ទូរស័ព្ទ"
    # ... Punjabi, Gujarati, Kannada, Malayalam, Malagasy, Hausa's "my number", Haitian
    r"|ਫ਼ੋਨ|ਫ਼ੋਨ|ਫੋਨ|ફોન|ಫೋನ್|ഫോൺ|ഫോണ്‍|\bfinday\b|\blambata\b|telefòn"
    # ... Malayalam's mobile and landline, Igbo, Xhosa, Mongolian, Cebuano's GCash (a
    # mobile number), Kinyarwanda, Oromo, Tigrinya, Lao, Javanese, Icelandic, Latvian,
    # Estonian, Pashto and Belarusian (Tajik's телефон is Russian's, above)
    r"|മൊബൈ|ലാൻഡ്|kpọọ|\bkpoo\b|ekwentị|ekwenti|inombolo|umnxeba|\btsalela|утас|залга"
    # ... Danish, Norwegian and Swedish ("tlf. 20 12 34 56", "jag nås på 070-…"), the
    # Gulf's mobile ("رقم الجوال 050…"), Hebrew's reach and mobile ("להשיג אותי ב-052-…")
    r"|\btlf\b|\bmobil\b|\bnås\b|\bnår\s+mig\b|جوال|موبايل|להשיג|נייד|פלאפון"
    # Spain's Bizum pays to a mobile number ("por Bizum al 612 384 907")
    r"|\bbizum\b"
    r"|\bgcash\b|umpamagare|\bbilbil|ስልኪ|ໂທ|\btelpon|\bsíma|\bsími|hringdu|tālru|zvaniet"
    r"|helista|ټیلیفون|تلیفون|тэлефон"
    # ... Hindi's, Marathi's and Gujarati's mobile, and Hindi's "my / his / your number"
    r"|मोबाइल|मोबाईल|મોબાઇલ"
    # ... "my / his / your (new) number" in Hindi, Nepali and Marathi
    r"|(?:मेरा|मेरे|मेरो|माझा|माझे|उसका|उसके|उनका|उनके|आपका|आपके|इसका|हमारा)\s+(?:\S+\s+)?(?:नंबर|नम्बर)"
    # "contact" where it is not English's ("Proszę o kontakt: 512 384 907", "per contatto",
    # "தொடர்புக்கு: 044 …", "संपर्क", "যোগাযোগ", "ติดต่อ"), and Hinglish's "mera number"
    r"|kontakt|contat|தொடர்பு|संपर्क|सम्पर्क|যোগাযোগ|ติดต่อ|\bmera\s+(?:number|no\b|nambar)"
    # French's "Tél.", Hausa's "waya", Arabic's, Persian's and Hebrew's "contact" and "call"
    r"|\btél\b|\bwaya\b|التواصل|تواصل|اتصل|اتصال|تلفن|موبایل|تماس|להתקשר|התקשר|חייג"
    # Latin America's mobile ("mi celular es 11 4387-2290", "celu"), a notice's line for
    # inquiries (French "Renseignements", Arabic "للاستفسار"), Persian's "my (old) number"
    # ("به شماره قبلی‌ام", the possessive joined to the word or to the one after it)
    r"|celular|\bcelu\b|renseignements|استفسار"
    r"|شماره(?:\u200c?ا?م|\s+من|\s+\S+\u200c?ا?م)(?!\S))"  # noqa: RUF001
    r"\W{0,3}(?:\S+\W{1,3}){0,4}$",
    re.IGNORECASE,
)
# Scripts that write the phone word after the number (03-5412-7789 までお電話ください), and
# a messenger named after it, past a word at most ("97250 11846 પર WhatsApp કરો").
_PHONE_WORD_AFTER = re.compile(r"\W{0,3}(?:\S{0,6}?(?:電話|电话|전화|फ़ोन|फोन|問い合わせ|問合せ|連絡)"
                               # Hindi's and Nepali's "contact at": "98314 27560 पर संपर्क करें",
                               # "9841-256873 मा सम्पर्क गर्नुहोला"
                               r"|(?:पर|को|मा)\s+(?:संपर्क|सम्पर्क)"
                               # Tamil's "at the number called", Mongolian's "number"
                               r"|என்ற\s+எண்|дугаар"
                               r"|(?:\S{1,8}\s+)?(?:whats\s?app|viber|telegram)\b)",
                               re.IGNORECASE)
# Scripts without spaces: the phone word a few characters before (電話番号は03-...).
_PHONE_WORD_BEFORE_CJK = re.compile(r"(?:電話|电话|手机|手機|携帯|전화|휴대폰|핸드폰|折り返し|連絡先|联系方式"
                                    r"|聯絡方式|代表番号|打)[^\d\s]{0,6}\s?$")
# A preposition just before the number, where it is a phone's way to be reached:
# "Rückfragen unter 044 668 18 00", "avísenos al 976 55 21 40", "servicetorg på 23 43 71 00",
# "renseignements au 01 49 33 62 18".
_PHONE_PREPOSITION_BEFORE = re.compile(r"(?:\bunter|\bal|\bpå|\bau)\s$", re.IGNORECASE)
# A year and four digits, not an eight-digit phone: "2019-2020", "factuur 2024-0388".
_YEARS = re.compile(r"(?:19|20)\d{2}[ -]\d{4}")
# SSN-shaped numbers the SSA never issued, which examples and adverts use (the Woolworth
# wallet card's 078-05-1120, 219-09-9999, 123-45-6789), and SSN-shaped numbers a noun
# names as something else ("part number 219-09-9999", "room 402-33-1180", "la pieza
# 555-21-0094"): not SSNs, unless an SSN word is near ("My SSN is 123-45-6789").
_VOIDED_SSNS = frozenset({"078-05-1120", "219-09-9999", "123-45-6789"})
_OTHER_NUMBER_BEFORE = re.compile(
    r"\b(?:part|item|model|serial|order|invoice|ticket|case|file|booking|reservation|room"
    r"|ref|reference|code|sku|tracking|flight|suite|unit|lot|batch|catalog|catalogue|pieza|pedido"
    r"|artikel|teil|pièce|commande|section|course)\b\W{0,3}(?:\S+\W{1,3}){0,5}$"
    # "our course codes look like 630-12-2041"
    r"|\b(?:codes?|ids?|numbers?|references?)\s+(?:look|looks)\s+like\s+$", re.IGNORECASE)
# A number labelled just before as an order's, a parcel's or an article's is none of a
# phone's or a card's ("DHL tracking number 0034 3017 3663 0157", "注文番号
# 503-8827410-6613209", "codice articolo 0089-4471-2290"). Read from the last words, as
# string operations: a regex search ending at each of a dense prompt's sixty numbers
# cost 0.3 ms.
_OTHER_LABELS = frozenset({
    "tracking", "order", "article", "part", "item", "invoice", "booking", "reservation",
    "ticket", "case", "serial", "serie", "série", "seriennummer", "serienummer", "sku",
    "shipment", "parcel", "consignment", "confirmation",
    "waybill", "receipt", "bestellnummer", "artikelnummer", "sendungsnummer", "auftragsnummer",
    "rechnungsnummer", "bestelnummer", "ordernummer",
    # (Danish, Norwegian and Swedish: their eight-digit phones share shapes with these)
    "ordre", "ordrenummer", "ordrenr", "bestillingsnummer", "sporingsnummer", "fakturanummer",
    "kundenummer", "kundnummer", "referansenummer", "referensnummer", "pakkenummer",
    "sendingsnummer", "forsendelsesnummer"})
_NUMBER_WORDS = frozenset({"number", "no", "nr", "code", "id"})
_OTHER_LABEL_ENDINGS = (
    "codice articolo", "numero ordine", "numero d'ordine", "número de pedido",
    "número de seguimiento", "n° de commande", "nº de commande", "numéro de commande",
    "numéro de suivi", "numer zamówienia", "sipariş numarası", "takip numarası",  # noqa: RUF001
    "номер заказа", "номер отслеживания", "注文番号", "追跡番号", "订单号", "订单编号", "运单号",
    "주문번호", "주문 번호", "운송장 번호", "운송장번호", "رقم الطلب", "מספר הזמנה")


def _labelled_as_other(text: str, start: int) -> bool:
    """Whether the number at ``start`` is labelled just before as another kind of number."""
    tail = _before(text, start, 40).rstrip(" \t:#.-\u2013(").lower()
    if tail.endswith(_OTHER_LABEL_ENDINGS):
        return True
    words = tail.split()[-2:]
    if words and words[-1].rstrip(".:#") in _NUMBER_WORDS:
        words = words[:-1]
    return bool(words) and words[-1].rstrip(".:#") in _OTHER_LABELS


_ID_CONTEXT = re.compile(r"(?:ssn|social\s+security|(?:my|his|her|your|the)\s+social|national\s+id|id\s+number|tax\s+id|dni|nie)\W{0,3}(?:\S+\W{1,3}){0,3}$", re.IGNORECASE)
_NOT_DIGITS = re.compile(r"\D")
_SSN_SHAPE = re.compile(r"\d{3}-\d{2}-\d{4}")
# Three, three and four digits: North America's grouping, and Israel's mobiles (052-123-4567).
_NANP = re.compile(r"(?:1[\s.-])?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}")
# Mobile numbers in their country's own grouping are specific enough to need no phone
# word next to them: Japan (090-1234-5678), France (06 12 34 56 78), the Netherlands
# (06-12345678), the UK (07700 900123, 07700 900 123), Germany (0151 23456789,
# 0170/1234567, 0151 2345 6789), South Korea (010-1234-5678), Turkey (0532 123 45 67),
# Australia (0412 345 678), Spain (612 34 56 78), China (138 1234 5678), Indonesia
# (0812-3847-2291), Vietnam (0912 483 705), the Philippines (0917 845 2231) and Bangladesh
# (01711-543218), Russia (8 912 345-67-89, 8 (912) 345 67 89); and London's 020 7123
# 4567, and Turkey's landlines in its mobiles' grouping (0232 555 41 87) and its mobiles
# with the trunk 0 set apart (0 555 113 65 45). Other national numbers do need one.
_MOBILE_SHAPE = re.compile(
    r"0[5789]0[ -]\d{4}[ -]\d{4}|0[67](?:[ .]\d{2}){4}|06[ -]\d{8}"
    r"|07\d{3} \d{3} ?\d{3}|01[5-7]\d{1,2}[ /-]\d{7,8}|01[5-7]\d \d{3,4} \d{4}|020 \d{4} \d{4}"
    r"|01[016789][ -]\d{3,4}[ -]\d{4}|0[2-5]\d{2} \d{3} \d{2} \d{2}|04\d{2} \d{3} \d{3}"
    r"|[67]\d{2} \d{2} \d{2} \d{2}|1[3-9]\d[ -]\d{4}[ -]\d{4}"
    r"|08[1-9]\d-\d{3,4}-\d{3,4}|0[35789]\d{2} \d{3} \d{3}|09\d{2}[ -]\d{3}[ -]\d{4}"
    r"|01[3-9]\d{2}-\d{6}|8[ -]\(?9\d{2}\)?[ -]\d{3}[ -]\d{2}[ -]\d{2}"
    # Israel's mobiles (052-1234567), Sweden's (070-123 45 67) and Taiwan's (0932-514-207),
    # Brazil's with their area code (11 98765-4321)
    r"|05\d-\d{7}|07\d-\d{3} \d{2} \d{2}|09\d{2}-\d{3}-\d{3}|[1-9]{2} 9\d{4}-\d{4}"
    r"|" + _TURKISH_MOBILE_APART)
_EIGHT_DIGIT_PHONE = re.compile(_EIGHT_DIGITS)
_DATE_LIKE = re.compile(r"^(?:19|20)\d{2}[\s./-]\d{1,2}[\s./-]\d{1,2}$|^\d{1,2}[\s./-]\d{1,2}[\s./-](?:19|20)\d{2}$")

_SECRETS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern)
    for pattern in (
        r"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----[\s\S]{16,}?-----END (?:[A-Z]+ )?PRIVATE KEY-----",
        r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b",
        r"\bgh[pousr]_[A-Za-z0-9]{36,255}\b",
        r"\bgithub_pat_[A-Za-z0-9_]{50,}\b",
        r"\bsk-ant-[A-Za-z0-9_-]{20,}",
        r"\bsk-(?:proj-|live-|test-)?[A-Za-z0-9_-]{20,}",
        # Stripe's keys, and any service's that follow them ("tk_live_…", "rx_prod_…"):
        # a short prefix, the environment, sixteen letters and digits or more (a digit
        # among them, but for Stripe's own prefixes)
        r"\b(?:(?:sk|rk|pk)_(?:live|test)_|[a-z]{2,4}_(?:live|test|prod)_(?=[A-Za-z]*\d))"
        r"[0-9A-Za-z]{16,}\b",
        r"\bxox[abposr]-[A-Za-z0-9-]{10,}",
        r"\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])",
        r"\bglpat-[A-Za-z0-9_-]{20}\b",
        r"\bnpm_[A-Za-z0-9]{36}\b",
        r"\bhf_[A-Za-z0-9]{30,}\b",
        r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}",
        r"\bSG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{30,64}\b",  # SendGrid
        r"(?<![\w:])\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])",  # a Telegram bot's token
        r"\brzp_(?:live|test)_[A-Za-z0-9]{14,}\b",  # Razorpay
        r"\bwhsec_[A-Za-z0-9+/=]{10,}",  # a webhook's signing secret (Stripe, Svix)
        # More LLM providers' keys, pasted as they come: Groq, xAI, Perplexity, Replicate
        r"\bgsk_[A-Za-z0-9]{48,}\b",
        r"\bxai-[A-Za-z0-9]{70,}\b",
        r"\bpplx-[A-Za-z0-9]{40,}\b",
        r"\br8_[A-Za-z0-9]{35,}\b",
        # ... and platforms': Shopify, DigitalOcean, PyPI, Docker Hub
        r"\bshp(?:at|ca|pa|ss)_[A-Fa-f0-9]{32}\b",
        r"\bdop_v1_[a-f0-9]{64}\b",
        r"\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}",
        r"\bdckr_pat_[A-Za-z0-9_-]{20,}",
        # Mollie's keys: live_ or test_ and thirty letters and digits
        r"\b(?:live|test)_(?=[A-Za-z]*\d)[A-Za-z0-9]{30}\b",
        # A key word, alone or ending a name (POSTGRES_PASSWORD, STRIPE_API_KEY, and a name
        # that ends in _SECRET or _TOKEN: WEBHOOK_SECRET, BOT_TOKEN).
        r"(?i:(?:\b|(?<=_))(?:api[_-]?key|secret[_-]?(?:access[_-]?)?key|client[_-]?secret|access[_-]?token|auth[_-]?token|"
        # (an access or storage account's key: Terraform's access_key, Azure's AccountKey=)
        r"access[_-]?key|account[_-]?key|"
        r"password|passwd|pwd|bearer|(?<=_)(?:secret|token)"
        # ... an app's secret ("AppSecret"), an API key named in other languages
        # ("API_NYCKEL=", "api-schlüssel:"), and a full-width colon after it (U+FF1A)
        r"|app[_-]?secret|api[_-]?(?:nyckel|n[øo]kkel|n[øo]gle|schl[üu]ssel|cl[ée]|clave|chave|chiave"
        r"|sleutel|klucz|kl[íi][čc]|kulcs|anahtar|avain))\b[\"']?\s*(?:[:=\uff1a]|\bis\b)\s*[\"']?"
        # ... and an HTTP header's bearer token: "Authorization: Bearer af2f257d…"
        r"|\bbearer[ \t]+)([A-Za-z0-9_\-/+=.!@#$%^&*]{8,})",
    )
)
_GENERIC_SECRET = _SECRETS[-1]
# A private key pasted without its end ("-----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1r…
# ..."): its start is key material all the same. (Overlapping a whole key's finding, it is
# dropped.)
_PRIVATE_KEY_CUT = re.compile(
    r"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----\s*[A-Za-z0-9+/=]{16,}(?:\s+[A-Za-z0-9+/=]{2,})*")
_PASSWORD_KEY = re.compile(r"(?i)(?:\b|_)pass(?:word|wd)\b")
_MIXED = re.compile(r"[A-Za-z].*[^A-Za-z]|[^A-Za-z].*[A-Za-z]")
# "koden" (the code, Danish, Norwegian and Swedish) names a Wi-Fi's or a door's as well as
# a discount's: only a value with letters, digits and a symbol counts after it
# (``_password_after``), "koden er Strandhus#2291", not "koden er SOMMER2024".
_CODE_WORDS = ("koden",)
# A password after the word for it, in English without a colon ("admin password
# Sommar2024!Kx") and in other languages ("lösenord: Sommar2024!", "пароль Qwerty!23",
# "密码是Abc12345"): the word, then a colon, an equals sign, a particle or the word for
# "is", or spaces alone (or "to": "changed the wifi password to Pelican!Harbor2291"), or
# one word, a user's name ("Пароль root Copper%6068tango"); or
# the word, up to three words more, then a colon or "is"
# ("password for gmail:", "hasło do poczty:", "Passwort für das WLAN:"). Words of
# languages written without spaces, and Korean's, which takes a particle, need no boundary
# after them. The further the value stands from the word, the more it must look like a
# password (``_password_after``).
_PASSWORD_WORDS = (
    "password", "passwd", "passcode", "passphrase", "passwort", "kennwort", r"mot\s+de\s+passe",
    "contraseña", "contrasena", "senha", "wachtwoord", "lösenord", "losenord", "adgangskode",
    "passord", "salasana", "hasło", "haslo", "heslo", "jelszó", "jelszo", "parola", "parolă",
    "parole", "parool", "şifre", "şifresi", "sifre", "slaptažodis", "пароль", "парола",
    "лозинка", "lozinka", "κωδικός", "συνθηματικό", "סיסמה", "סיסמא", r"كلمة\s+المرور",
    r"كلمة\s+السر", r"رمز\s+عبور", "گذرواژه", "पासवर्ड", "পাসওয়ার্ড", r"mật\s+khẩu",
    r"mat\s+khau", r"kata\s+sandi", r"kata\s+laluan", "nenosiri", "nywila",
    # ... and their definite and possessive forms: "passordet", "adgangskoden", "kodeord"
    # (Danish), "jelszavam" (Hungarian, my password)
    "passordet", "lösenordet", "losenordet", "adgangskoden", "kodeord", "kodeordet",
    r"jelszav(?:a|am|ad|unk)", *_CODE_WORDS,
    # ... and a VPN's or Wi-Fi's pre-shared key
    r"pre-?shared\s+key", r"clave\s+precompartida", r"chave\s+pr(?:é|e)-?compartilhada")
_UNSPACED_PASSWORD_WORDS = ("密码", "密碼", "口令", "パスワード", "비밀번호", "รหัสผ่าน",
                            # a VPN's or Wi-Fi's pre-shared key (Japanese, Chinese)
                            "事前共有鍵", "预共享密钥", "預共享金鑰")
# (And Hungarian's "pedig", "and ... then": the copula is left out, "a jelszó pedig X".)
# ... and English's past and "to" ("the new password I set was …", "rotated on Tuesday to …")
_COPULAS = r"(?:is|ist|es|est|är|er|on|jest|je|è|é|là|adalah|ialah|ni|pedig|was|were|to)"
# ... and the words that languages writing compounds join to another ("Initialpasswort",
# "beginwachtwoord", "engångslösenord"): a letter may come before them.
_COMPOUNDED_PASSWORD_WORDS = ("passwort", "kennwort", "wachtwoord", "lösenord", "losenord",
                              "passord", "adgangskode", "salasana")
_PASSWORD = re.compile(
    r"(?i:(?:(?<!\w)(?:" + "|".join(_PASSWORD_WORDS) + r")"
    r"|(?<=[^\W\d_])(?:" + "|".join(_COMPOUNDED_PASSWORD_WORDS) + r"))(?![^\W\d_])"
    rf"(?:(?P<of>(?:\s+[^\s:\uff1a=.,;!?]{{1,24}}){{0,4}}?)(?P<said>\s*[:\uff1a=]\s*|\s+{_COPULAS}\s+)"
    r"|(?:\s+[^\s:\uff1a=.,;!?]{1,24})?\s+(?:(?:to|into|now)\s+)?)"
    r"|(?:" + "|".join(_UNSPACED_PASSWORD_WORDS) + r")"
    r"\s*(?P<particle>[:\uff1a=]|是|为|為|は|が|는|은|이|가)?\s*)"
    r"[\"'«“„`(]?(?P<value>[A-Za-z0-9_\-/+=.!@#$%^&*]{8,})")
# A login given as user and password, a slash between: "Login war admin / Fj7#qL2v!Rm9",
# "credentials: deploy / Tr0ub4dor&3". Only a strong password counts ("login via SSO /
# LDAP", "Anmeldung admin / Einstellungen").
_LOGIN_WORDS = (
    "login", "log-in", "logins", "sign-in", "credentials", "creds", "anmeldung", "anmeldedaten",
    "zugangsdaten", "zugang", "identifiants", "credenciales", "credenziali", "credenciais",
    "inloggegevens", "inloggning", "logowanie", "přihlášení", "логин", "учётка", "учетка",
    "đăng nhập")
_LOGIN_PASSWORD = re.compile(
    r"(?i:(?<!\w)(?:" + "|".join(_LOGIN_WORDS) + r")(?![^\W\d_]))"
    r"(?:\s+[^\s/]{1,24}){0,2}?\s*[:=]?\s+[^\s/:]{2,40}\s*/\s*"
    r"[\"'«“„`]?(?P<value>[A-Za-z0-9_\-/+=.!@#$%^&*]{8,})")
# (Letters, digits and a symbol; an underscore alone is a name's: "login page / dashboard_v2".)
_LOGIN_SECRET = re.compile(r"(?=.*[A-Za-z])(?=.*\d)(?=.*[!@#$%^&*+])")
_LETTERS_AND_DIGITS = re.compile(r"(?=.*[A-Za-z])(?=.*\d)")
# (Or capitalised words and digits joined by hyphens: "with password Maple-Kettle-2291",
# not "the password reset-link-v2 handler".)
_STRONG_PASSWORD = re.compile(
    r"(?=.*[A-Za-z])(?=.*\d)(?:(?=.*[!@#$%^&*+/_])|(?=.*[A-Z])(?=(?:[^-]+-){2}[^-]))")


_AN_ADDRESS = re.compile(r"[^@\s]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\.?")


def _password_after(match: re.Match[str], value: str) -> bool:
    """Whether ``value`` is the password ``match`` (of ``_PASSWORD``) names. Said of the
    word itself ("password:", "密码是"), any password; said after words between ("password
    for the router is"), letters and digits: "changed my password and turned on two-step";
    after spaces alone or one word (a user's name), letters, digits and a symbol: a name
    follows the word in many languages ("kata laluan Maybank2u", the Maybank2u password).
    After "koden" (the code), letters, digits and a symbol, however it is said."""
    if not _a_password(value) or _AN_ADDRESS.fullmatch(value) is not None:
        return False  # "password reset link sent to h.okafor1988@yahoo.co.uk"
    if match.group(0).lower().startswith(_CODE_WORDS):
        return _LOGIN_SECRET.match(value) is not None
    if match.group("said") is None and match.group("particle") is None:
        return _STRONG_PASSWORD.match(value) is not None
    return not match.group("of") or _LETTERS_AND_DIGITS.match(value) is not None


# Code that reads the secret from somewhere else: "SLACK_TOKEN = os.environ.get(...)",
# "password: settings.DB_PASSWORD".
_DOTTED_NAME = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+")
# The password of a URL's credentials (postgres://app:s3cret@db:5432/orders).
_URL_PASSWORD = re.compile(r"://[^\s:/@]{0,64}:([^\s/@]{3,128})@(?=[A-Za-z0-9\[])")
# A password given to a command on its command line: curl's user and password
# ("curl -u admin:P@ssw0rd-Qz81! https://…"), MySQL's run on to its -p ("mysql -u root
# -pS3cr3t!db"), sshpass's ("sshpass -p 'Tr0ub4dor&3' ssh …").
_COMMAND_PASSWORD = re.compile(
    r"\b(?:curl\b[^\n]{0,200}?\s(?:-u|--user)[ =]?[\"']?[^\s:\"']{1,64}:"
    r"|(?:mysql|mysqldump|mysqladmin|mariadb)\b[^\n]{0,120}?\s-p|sshpass\s+-p\s*)"
    r"[\"']?(?P<value>[^\s\"']{4,128})")
# What documentation and example files write where a secret goes: the word itself
# (user:password@host), a template (${DB_PASS}, <pass>, {{token}}), or an instruction to
# the reader (your-api-key-here, changeme, REPLACE_ME).
_PLACEHOLDER_PASSWORDS = frozenset({"password", "pass", "passwd", "pwd", "secret", "pw",
                                    # where a password is kept: "비밀번호는 1Password 금고에"
                                    "1password", "lastpass", "bitwarden", "keepass",
                                    "keepassxc", "dashlane"})
# (With "here" and "your" in other languages: TU_SECRETO_AQUI, VOTRE_CLE_ICI, DEIN_KEY_HIER.)
_PLACEHOLDER = re.compile(r"(?i)your|here\b|example|change_?me|replace|placeholder|dummy|sample"
                          r"|x{4}|\*{4}|<|\$\{|\{\{|aqu[ií]\b|ici\b|hier\b|votre|\btu_|\bdein")


# A key with a blank for the reader in it (xoxb-your-bot-token, sk-<YOUR_KEY>). Not
# "example": AKIAIOSFODNN7EXAMPLE, AWS's documented key, is pasted as a key too.
_BLANKS = ("your", "here", "changeme", "change_me", "replace", "placeholder", "<", "${", "{{")


def _filled_in_by_reader(key: str) -> bool:
    lowered = key.lower()
    return any(blank in lowered for blank in _BLANKS)



def _placeholder(value: str) -> bool:
    return value.lower() in _PLACEHOLDER_PASSWORDS or _PLACEHOLDER.search(value) is not None


def _masked(key: str) -> bool:
    """A key written with a run of X or stars where its random part goes
    (AKIAXXXXXXXXXXXXXXXX, sk-****): documentation's, not a key."""
    return "XXXXXX" in key or "xxxxxx" in key or "****" in key


def _both_cases_beyond_ascii(scanned: str) -> str:
    """``scanned`` with each letter beyond ASCII written in both cases, "(?:č|Č)", and each
    "i" with Turkish's capital dotted I, "(?:i|İ)": Hyperscan's ``(?i)`` folds ASCII
    letters only, so a form's "RODNÉ ČÍSLO", "NUMÉRO DE SÉCURITÉ SOCIALE" or "T.C. KİMLİK
    NO" was never found. Escapes, classes and a group's flags ("(?i:") are kept as they
    are. (A superset: the Python pattern confirms each place. A letter beyond ASCII is
    never in a class or under a quantifier, tests/unit.)"""
    out: list[str] = []
    index = 0
    while index < len(scanned):
        char = scanned[index]
        if char == "\\":
            out.append(scanned[index:index + 2])
            index += 2
            continue
        if char == "[" or scanned.startswith("(?", index):
            end = _CLASS_OR_FLAGS.match(scanned, index)
            assert end is not None, scanned[index:]
            out.append(end.group(0))
            index = end.end()
            continue
        if char in "iI":
            out.append(f"(?:{char}|\u0130)")
        elif not char.isascii() and len(char.lower()) == len(char.upper()) == 1 and (
                char.lower() != char.upper()):
            out.append(f"(?:{char.lower()}|{char.upper()})")
        else:
            out.append(char)
        index += 1
    return "".join(out)


# A class ("[a-z\\]]") or the start of a group with its flags ("(?:", "(?i:", "(?i)").
_CLASS_OR_FLAGS = re.compile(r"\[(?:\\.|[^\]\\])*\]|\(\?[a-zA-Z-]*[:)]?")


# Where each pattern's matches can start, for one Hyperscan pass over the text
# (prefilter.StartScanner): an exact Hyperscan pattern matching the beginning of every
# match (a superset), whether it begins with a consumed boundary character (the Python
# pattern's look-behind made concrete), and whether its start is fixed by its end (so
# Hyperscan's leftmost start per end is every start; otherwise the positions between
# that start and the end are tried too when the leftmost one fails, see ``_matches``).
_SCANNED: dict[str, tuple[re.Pattern[str], str, int, bool]] = {
    "secret1": (_SECRETS[1], r"AKIA|ASIA", 0, True),
    "secret2": (_SECRETS[2], r"gh[pousr]_", 0, True),
    "secret3": (_SECRETS[3], r"github_pat_", 0, True),
    "secret4": (_SECRETS[4], r"sk-ant-", 0, True),
    "secret5": (_SECRETS[5], r"sk-", 0, True),
    "secret6": (_SECRETS[6], r"[a-z]{2,4}_(?:live|test|prod)_", 0, False),
    "secret7": (_SECRETS[7], r"xox[abposr]-", 0, True),
    "secret8": (_SECRETS[8], r"AIza", 0, True),
    "secret9": (_SECRETS[9], r"glpat-", 0, True),
    "secret10": (_SECRETS[10], r"npm_", 0, True),
    "secret11": (_SECRETS[11], r"hf_", 0, True),
    "secret12": (_SECRETS[12], r"eyJ", 0, True),
    "secret13": (_SECRETS[13], r"SG\.", 0, True),
    "secret14": (_SECRETS[14], r"\d{8,10}:AA", 0, False),
    "secret15": (_SECRETS[15], r"rzp_(?:live|test)_", 0, True),
    "secret16": (_SECRETS[16], r"whsec_", 0, True),
    "secret17": (_SECRETS[17], r"gsk_", 0, True),
    "secret18": (_SECRETS[18], r"xai-", 0, True),
    "secret19": (_SECRETS[19], r"pplx-", 0, True),
    "secret20": (_SECRETS[20], r"r8_", 0, True),
    "secret21": (_SECRETS[21], r"shp(?:at|ca|pa|ss)_", 0, True),
    "secret22": (_SECRETS[22], r"dop_v1_", 0, True),
    "secret23": (_SECRETS[23], r"pypi-AgEIcHlwaS5vcmc", 0, True),
    "secret24": (_SECRETS[24], r"dckr_pat_", 0, True),
    "secret25": (_SECRETS[25], r"(?:live|test)_", 0, True),
    "secret26": (_GENERIC_SECRET, r"(?i)api[_-]?key|secret[_-]?(?:access[_-]?)?key|client[_-]?secret"
                 r"|access[_-]?key|account[_-]?key"
                 r"|access[_-]?token|auth[_-]?token|password|passwd|pwd|bearer|_secret|_token"
                 r"|app[_-]?secret|api[_-]?(?:nyckel|n(?:ø|Ø|o)kkel|n(?:ø|Ø|o)gle|schl(?:ü|Ü|u)ssel"
                 r"|cl(?:é|É|e)|clave|chave|chiave|sleutel|klucz|kl(?:í|Í|i)(?:č|Č|c)|kulcs|anahtar"
                 r"|avain)", 0, False),
    "url_password": (_URL_PASSWORD, r"://", 0, True),
    "command_password": (_COMMAND_PASSWORD, r"curl|mysql|mysqldump|mysqladmin|mariadb|sshpass",
                         0, True),
    "login_password": (_LOGIN_PASSWORD, "(?i)" + _both_cases_beyond_ascii("|".join(_LOGIN_WORDS)),
                       0, True),
    "password": (_PASSWORD, "(?i)" + _both_cases_beyond_ascii(
        "|".join((*_PASSWORD_WORDS, *_UNSPACED_PASSWORD_WORDS))), 0, True),
    # (Hyperscan reads bytes: a letter beyond ASCII before the address is not \w there,
    # and the UTF-8 bytes of the accented letters are \xc3-\xc9 and a continuation byte.)
    "email": (_EMAIL, r"[^\w.+-](?:[A-Za-z0-9]|[\xc3-\xc9][\x80-\xbf])"
                      r"[A-Za-z0-9._%+\-\x80-\xbf\xc3-\xc9]{0,63}@", 1, False),
    "card": (_CARD, r"[^\d.+-]\d(?:[ -]?\d){12}|[^\d.+-]\d{4}\.\d{4}\.\d{4}\.\d", 1, True),
    "iban": (_IBAN, r"[A-Z]{2}\d{2}", 0, True),
    "iban_lower": (_IBAN_LOWER, rf"[^A-Za-z0-9](?:{IBAN_COUNTRIES_LOWER})\d{{2}}[a-z0-9]{{11}}", 1, True),
    # Where a spelled-out address's "at" may be: the address is read around it.
    "email_spelled": (_SPELLED_EMAIL, r"(?i)arobase|arroba|chiocciola|klammeraffe|\[at\]|\(at\)"
                      r"|\{at\}| at [a-z0-9-]+ (?:dot|point|punto|punkt|ponto) ", 0, False),
    "ssn": (_SSN, r"[^\d-]\d{3}-\d{2}-\d{4}", 1, True),
    "ssn_context": (_SSN_CONTEXT, r"\D\d{3}\s?\d{2}\s?\d{4}", 1, True),
    "nino": (_NINO, r"[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]", 0, True),
    "nir": (STANDALONE["nir"][0], r"[^\w.-][12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}",
            1, True),
    "codice_fiscale_lower": (STANDALONE["codice_fiscale_lower"][0], r"[a-z]{6}\d{2}[a-ehlmpr-t]\d{2}",
                             0, True),
    "cpf": (STANDALONE["cpf"][0], r"[^\d.]\d{3}\.\d{3}\.\d{3}-\d{2}", 1, True),
    "codice_fiscale": (STANDALONE["codice_fiscale"][0], r"[A-Z]{6}[0-9LMNP-V]{2}[A-EHLMPR-T]", 0,
                       True),
    "cn_resident_id": (STANDALONE["cn_resident_id"][0],
                       r"[1-9]\d{5}(?:18|19|20)\d{2}[01]\d[0-3]\d{4}[\dXx]", 0, True),
    # The names of the numbers that count only after them (national_ids.NAMED_NUMBERS).
    **{f"{name}_name": (named.name, _both_cases_beyond_ascii(named.scanned), 0, True)
       for name, named in NAMED_NUMBERS.items()},
    "dni": (_DNI, r"\W[XYZ]?\d{7}\d?-?[A-Z]", 1, False),
    "ipv4": (_IPV4, r"[^\w.]\d{1,3}\.\d{1,3}\.\d{1,3}\.\d", 1, True),
    "version_word": (_VERSION_WORDS, "(?i)" + _both_cases_beyond_ascii(_VERSION_STARTS), 0, True),
    # What ``ipv6_shaped`` keeps: a "::" or seven colons, then the hex digit every address
    # ends in. A clock (10:15:02) starts nothing, nor does a run of bare colons.
    "ipv6": (_IPV6, r"[0-9A-Fa-f]{0,4}:(?:[0-9A-Fa-f:]{0,37}:)?:[0-9A-Fa-f:]{0,37}[0-9A-Fa-f]"
             r"|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){6}:[0-9A-Fa-f]", 0, False),
    "phone": (_PHONE, r"[^\w+/.](?:\+|00)\d|[^\w/.]\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{3}"
              r"|[^\w+/.]1[\s.-]\(?\d{3}\)?[\s.-]\d{3}"
              r"|[^\w+/.]8(?:[\s.-]?\(\d{3}|[\s.-]?\d{3}[\s.-]?\d{3}[\s.-]\d{2}[\s.-]\d|\d{10})"
              r"|[^\w/.]\(\d{2}|[^\w+/.]0\d{1,4}[\s/.-]\d{2}|[^\w+/.]0 \(?5\d{2}\)? \d"
              r"|[^\w+/.][1-9]\d \d{4,5}-\d"
              r"|[^\w+/.](?:[6-9]\d{2} \d{2} \d{2}|1[3-9]\d[ -]\d{4}|[6-9]\d{4}[ -]\d{5})"
              r"|[^\w+/.]05\d{8}|[^\w/.][2-9]\d \d{2} \d{2} \d{2}|[^\w/.][49]\d{2} \d{2} \d"
              # (two fours only as a whole: not a group of a card's, an IBAN's or a date's)
              r"|[^\w/.][2-9]\d{3}[ -]\d{4}(?:$|[^\d \-]| $| \D|-$|-\W)"
              r"|[^\w+/.](?:[6-9]\d{9}|9[78]\d{2}-\d{6}|0[6-9]\d{4} \d{5}|09\d{9})",
              1, False),
}
# Two scanning databases: the anchors led by a digit, a digit's neighbour or a class of
# capitals (IBAN, NINO, codice fiscale), and the rest (secret prefixes, e-mail, IPv6, the
# names of named numbers). Hyperscan builds a slower automaton for the mixture: on 32,000
# characters of prose one database scans in 0.20 ms, these two in 0.055 ms together (bench
# in docs/BENCHMARKS.md); the codice fiscale's anchor, which holds no literal, slowed the
# second by a fifth and costs the first nothing.
_DIGIT_LED = ("card", "iban", "iban_lower", "ssn", "ssn_context", "nino", "nir", "cpf",
              "codice_fiscale", "codice_fiscale_lower", "cn_resident_id", "dni", "ipv4", "ipv6",
              "phone")
_GROUPS = (_DIGIT_LED, tuple(name for name in _SCANNED if name not in _DIGIT_LED))
_FILTERS = tuple(
    (names, StartScanner([_SCANNED[name][1] for name in names],
                         [_SCANNED[name][2] for name in names]))
    for names in _GROUPS
)
Spans = dict[str, list[tuple[int, int]]]
# Per character of the text (and one past its end), nonzero where a finding of a stronger
# type already is: one indexing per candidate start instead of a search of the findings.
Covered = bytearray


def warm_up() -> None:
    """Compile the scanning databases now rather than on the first request."""
    for _, scanner in _FILTERS:
        scanner.database()


def _spans(text: str) -> Spans:
    """Per scanned pattern, ``(start, end)`` of the places its matches can begin."""
    return {names[index]: spans for names, scanner in _FILTERS
            for index, spans in scanner.spans(text).items()}


def _matches(text: str, spans: Spans, name: str,
             covered: Covered | None = None) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` yields, with the pattern tried only where a match
    can begin (``pattern.match`` at a position sees the whole text, look-behinds and
    look-aheads included), and not at all where ``covered`` says a stronger finding
    already covers the start: such a match would overlap it and be dropped. (Unlike
    finditer, a skipped match does not hide the matches after it that start past the
    stronger finding.)"""
    pattern, _, _, fixed_start = _SCANNED[name]
    candidates = spans.get(name)
    if not candidates:
        return
    if covered is None:
        covered = bytearray(len(text) + 1)
    match_at = pattern.match
    done = 0  # where finditer would look next
    for start, end in candidates:
        if start >= done:
            if covered[start]:
                continue
            match = match_at(text, start)
            if match is not None:
                done = match.end()
                yield match
                continue
        if fixed_start:
            continue
        for position in range(max(start + 1, done), end):
            if covered[position]:
                continue
            match = match_at(text, position)
            if match is not None:
                done = match.end()
                yield match
                break

_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
_LETTER_DIGITS = str.maketrans({chr(65 + n): str(10 + n) for n in range(26)})  # A=10 .. Z=35
_COUNTRY_NUMBERS = {country: country.translate(_LETTER_DIGITS) for country in _IBAN_LENGTHS}


def _card_network(digits: str) -> bool:
    """Starts like a Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay or Maestro, or a
    national scheme's: Mir (2200-2204), RuPay (60), Uzbekistan's Uzcard (8600) and Humo
    (9860), Tajikistan's Korti Milli (9762), Turkey's Troy (9792)."""
    if digits[0] == "4":
        return True
    two, four = int(digits[:2]), int(digits[:4])
    return (
        51 <= two <= 55 or 2221 <= four <= 2720 or 2200 <= four <= 2204
        or two in (34, 37, 36, 38, 30, 35, 62, 65, 50, 56, 57, 58, 67, 63, 60)
        or four in (8600, 9860, 9762, 9792) or 644 <= int(digits[:3]) <= 649
    )


def iban_valid(text: str) -> bool:
    iban = text.replace(" ", "").upper()
    if _IBAN_LENGTHS.get(iban[:2]) != len(iban):
        return False
    return _mod_97_valid(iban)


def _mod_97_valid(iban: str) -> bool:
    """ISO 7064 mod 97 of an IBAN without spaces, in capitals, whose first two characters
    are a country code: the first four moved to the end, letters as numbers (A=10 ..
    Z=35), the number's remainder 1."""
    if not iban.isascii() or not iban.isalnum():
        return False
    body, check = iban[4:], iban[2:4]
    if body.isdigit() and check.isdigit():  # letters in the country code only (most)
        return int(body + _COUNTRY_NUMBERS[iban[:2]] + check) % 97 == 1
    return int((body + iban[:4]).translate(_LETTER_DIGITS)) % 97 == 1


def _dni_valid(text: str) -> bool:
    value = text.replace("-", "")
    body, letter = value[:-1], value[-1]
    if body[0] in "XYZ":
        body = str("XYZ".index(body[0])) + body[1:]
    return body.isdigit() and _DNI_LETTERS[int(body) % 23] == letter


def _entropy(value: str) -> float:
    counts: dict[str, int] = {}
    for char in value:
        counts[char] = counts.get(char, 0) + 1
    return -sum(n / len(value) * math.log2(n / len(value)) for n in counts.values())


def _before(text: str, start: int, width: int = 40) -> str:
    return text[max(0, start - width):start]


def _numbering_before(before: str) -> bool:
    """``_NUMBERING_BEFORE`` finds a match in ``before``. ASCII text without one of its
    words (any case) cannot hold one: skip the regex, tried at every position. (Other
    text goes to the regex: case-insensitive matching also pairs a few non-ASCII letters
    with ASCII ones.)"""
    if before.isascii():
        lowered = before.lower()
        # An ``or`` chain: three times cheaper than ``any`` over a tuple of the words.
        if not ("release" in lowered or "build" in lowered
                or "firmware" in lowered or "fw" in lowered or "sec" in lowered
                or "chapter" in lowered or "clause" in lowered or "article" in lowered
                or "paragraph" in lowered or "appendix" in lowered or "bump" in lowered
                or "grad" in lowered or "back" in lowered or "revert" in lowered
                or "pin" in lowered or "version" in lowered or "wersj" in lowered
                or "updat" in lowered or "least" in lowered or "tag" in lowered
                or "jour" in lowered or "log" in lowered
                or (lowered.rstrip().endswith("to") and "from" in lowered)
                or ("v" in lowered and _V_WORD.search(lowered) is not None)):
            return False
    return _NUMBERING_BEFORE.search(before) is not None


def _a_password(value: str) -> bool:
    """Whether ``value``, after a password's name, is one: a password may be short and
    plain ("password=Winter2026!"), so letters with digits or symbols, five different
    characters at least, and no placeholder or name of a setting."""
    return (_MIXED.search(value) is not None and len(set(value)) >= 5
            and not _placeholder(value) and _DOTTED_NAME.fullmatch(value) is None)


def _secrets(text: str, spans: Spans, covered: Covered) -> Iterator[Finding]:
    if "PRIVATE KEY-----" in text:
        for match in _SECRETS[0].finditer(text):
            yield Finding("secret", match.start(), match.end(), 0.99)
        for match in _PRIVATE_KEY_CUT.finditer(text):
            yield Finding("secret", match.start(), match.end(), 0.95)
    for index, pattern in enumerate(_SECRETS[1:], start=1):
        for match in _matches(text, spans, f"secret{index}", covered):
            if pattern is _GENERIC_SECRET:
                # (a sentence's full stop after the value is not the secret's)
                value = match.group(1).rstrip(".")
                if _PASSWORD_KEY.search(match.group(0)):
                    if not _a_password(value):
                        continue
                elif (value.isalpha() or _placeholder(value) or _DOTTED_NAME.fullmatch(value)
                      or len(value) < 12 or _entropy(value) < 3.0):
                    continue  # a key or token: long and random
                yield Finding("secret", match.start(1), match.start(1) + len(value), 0.9)
            elif not _masked(match.group(0)) and not _filled_in_by_reader(match.group(0)):
                yield Finding("secret", match.start(), match.end(), 0.99)
    for match in _matches(text, spans, "password", covered):
        value = match.group("value").rstrip(".")
        if _password_after(match, value):
            start = match.start("value")
            yield Finding("secret", start, start + len(value), 0.9)
    for match in _matches(text, spans, "login_password", covered):
        value = match.group("value").rstrip(".")
        if (_a_password(value) and _LOGIN_SECRET.match(value) is not None
                and _PASSWORD_KEY.search(value) is None):  # "root / password=…": its own
            start = match.start("value")
            yield Finding("secret", start, start + len(value), 0.9)
    for match in _matches(text, spans, "command_password", covered):
        value = match.group("value")
        if _a_password(value) and not value.startswith(("$", "%")):  # $TOKEN, %PASS%
            yield Finding("secret", match.start("value"), match.end("value"), 0.9)
    for match in _matches(text, spans, "url_password", covered):
        value = match.group(1)
        if not value.startswith("%") and not _placeholder(value):  # %DB_PASS%: a variable
            yield Finding("secret", match.start(1), match.end(1), 0.95)


def _cards(text: str, spans: Spans, covered: Covered) -> Iterator[Finding]:
    # The digits of an IBAN that fails its check ("DE45 5001 0517 5407 3249 31, which my
    # bank says is invalid") are that IBAN's, not a card's: Luhn passes one run in ten.
    ibans = [(match.start(), match.end()) for match in _matches(text, spans, "iban")]
    for match in _matches(text, spans, "card", covered):
        if any(start <= match.start() < end for start, end in ibans):
            continue
        start, end = match.span()
        # The pattern's characters are digits, spaces, hyphens and dots.
        digits = match.group(0).replace(" ", "").replace("-", "").replace(".", "")
        if not luhn_valid(digits) and _EXPIRY_AFTER.match(text, end - 3):
            # The expiry's month read as the number's end: "4936 4120 7078 9324 09/27".
            end -= 3
            digits = digits[:-2]
        if (13 <= len(digits) <= 19 and _card_network(digits) and luhn_valid(digits)
                and not (_labelled_as_other(text, start)
                         and _EXPIRY_SAID_AFTER.match(text, end) is None)
                and not _standalone_id(digits)
                and not _in_hex(text, start, end)):
            yield Finding("card", start, end, 0.99)


# A card's expiry written after its number, a space between: " 09/27", " 12/2029".
_EXPIRY_AFTER = re.compile(r" (?:0[1-9]|1[0-2])/(?:20)?\d\d(?!\d)")
# ... and said to be one: a number that another label names ("the card for the groceries
# order: 4089…") is a card all the same when its expiry follows (", expiry 11/26").
_EXPIRY_SAID_AFTER = re.compile(
    r"[\s,;(]{0,3}(?:exp(?:iry|ires|iration)?|valid\s+(?:thru|through|until)|gültig\s+bis"
    r"|venc(?:e|imiento)?|validade|scadenza|échéance|expire)\.?\s*:?\s*"
    r"(?:0[1-9]|1[0-2])\s*/\s*(?:20)?\d\d(?!\d)", re.IGNORECASE)


def _standalone_id(digits: str) -> bool:
    """Whether ``digits`` are a national id that stands alone (national_ids.STANDALONE): its
    layout and check say more than Luhn, which one such id in ten passes too (a Chinese
    resident id, "身份证号 440306198803124529")."""
    return any(pattern.fullmatch(digits) is not None and valid(digits)
               for pattern, valid in STANDALONE.values())


_HEX_LETTERS = frozenset("abcdefABCDEF")


def _in_hex(text: str, start: int, end: int) -> bool:
    """Whether the digits at ``start:end`` sit between letters a-f: part of a hex dump."""
    return (start > 0 and text[start - 1] in _HEX_LETTERS) or (
        end < len(text) and text[end] in _HEX_LETTERS)


def _ibans(text: str, spans: Spans, covered: Covered) -> Iterator[Finding]:
    for match in _matches(text, spans, "iban", covered):
        value = match.group(0)
        compact = value.replace(" ", "")
        expected = _IBAN_LENGTHS.get(compact[:2])
        if expected is None:
            continue
        # ``iban_valid`` of the country's length: the characters are capitals and digits
        # already. The pattern may have swallowed a following word: the first ``expected``.
        if len(compact) >= expected and _mod_97_valid(compact[:expected]):
            kept = len(value) if len(compact) == expected else _kept(value, expected)
            yield Finding("iban", match.start(), match.start() + kept, 0.99)
        elif len(compact) != expected and len(compact) <= _IBAN_MOST and _mod_97_valid(compact):
            # A digit too many or too few for its country, and the check still holds (one
            # run in 97 passes it by chance): an account number all the same, mistyped or
            # made up ("LT03 1210 0001 1101 0010 00", two digits over Lithuania's 20).
            yield Finding("iban", match.start(), match.end(), 0.9)
    for match in _matches(text, spans, "iban_lower", covered):
        if iban_valid(match.group(0)):
            yield Finding("iban", match.start(), match.end(), 0.99)


def _kept(value: str, characters: int) -> int:
    """The length of the prefix of ``value`` that holds its first ``characters``
    characters other than spaces (all of them: the whole of ``value``)."""
    count = 0
    for index, char in enumerate(value):
        if char != " ":
            count += 1
            if count == characters:
                return index + 1
    return len(value)


def _national_ids(text: str, spans: Spans, covered: Covered) -> Iterator[Finding]:
    for match in _matches(text, spans, "ssn", covered):
        before = _before(text, match.start())
        if ((match.group(0) in _VOIDED_SSNS or _OTHER_NUMBER_BEFORE.search(before))
                and not _ID_CONTEXT.search(before)):
            continue
        yield Finding("national_id", match.start(), match.end(), 0.9)
    for match in _matches(text, spans, "ssn_context", covered):
        if "-" not in match.group(0) and _ID_CONTEXT.search(_before(text, match.start())):
            yield Finding("national_id", match.start(), match.end(), 0.85)
    for match in _matches(text, spans, "nino", covered):
        yield Finding("national_id", match.start(), match.end(), 0.9)
    for match in _matches(text, spans, "dni", covered):
        if _dni_valid(match.group(0)):
            yield Finding("national_id", match.start(), match.end(), 0.9)
    for name, (_, valid) in STANDALONE.items():
        for match in _matches(text, spans, name, covered):
            if valid(match.group(0)):
                yield Finding("national_id", match.start(), match.end(), 0.9)
    for name, named in NAMED_NUMBERS.items():
        for label in _matches(text, spans, f"{name}_name", covered):
            end = label.end()
            for match in named.number.finditer(text, end, end + named.reach + LONGEST):
                if match.start() > end + named.reach:
                    break
                # Matched again in the whole text: the window's end hides what follows.
                whole = named.number.match(text, match.start())
                if whole is not None and whole.end() == match.end() and named.valid(whole.group(0)):
                    yield Finding("national_id", match.start(), match.end(), 0.85)


def _emails(text: str, spans: Spans, covered: Covered) -> Iterator[Finding]:
    for match in _matches(text, spans, "email", covered):
        yield Finding("email", match.start(), match.end(), 0.99)
    done = 0
    for at_start, at_end in spans.get("email_spelled", ()):
        if at_start < done:
            continue
        found = _SPELLED_EMAIL.search(text, max(done, at_start - 200), at_end + 200)
        while found is not None and found.end("at") <= at_start:  # an earlier "at"'s
            found = _SPELLED_EMAIL.search(text, found.end(), at_end + 200)
        if found is None or covered[found.start()] or (
                found.group("at").strip().lower() == "at" and not _SPELLED_NAME_SEPARATOR.search(
                    found.group("name"))) or _template(found.group(0)):
            continue
        done = found.end()
        yield Finding("email", found.start(), found.end(), 0.9)


def _template(spelled: str) -> bool:
    """Whether a spelled-out address is made of a template's words."""
    return any(word in _SPELLED_PLACEHOLDERS for word in re.findall(r"[a-z]+", spelled.lower()))


def _ips(text: str, spans: Spans, covered: Covered) -> Iterator[Finding]:
    versions = [start for start, _ in spans.get("version_word", ())]
    for match in _matches(text, spans, "ipv4", covered):
        if (_numbering_before(_before(text, match.start(), 30))
                or _NUMBERING_AFTER.match(text, match.end()) is not None
                or _a_version_in_its_sentence(text, match.start(), match.end(), versions)):
            continue
        yield Finding("ip", match.start(), match.end(), 0.95)
    if "ipv6" in spans and ("::" in text or text.count(":") >= 5):
        for match in _matches(text, spans, "ipv6", covered):
            value, start, end = match.group(0), match.start(), match.end()
            if not ipv6_shaped(value):
                continue
            if _hex_word(value):
                continue  # "echo ::add-mask::..." in a CI log
            if (start > 0 and (text[start - 1].isalnum() or text[start - 1] in ":_")) or (
                end < len(text) and (text[end].isalnum() or text[end] == "_")
            ):
                continue  # part of a word: Foo::Bar, std::abs
            try:
                ipaddress.IPv6Address(value)
            except ValueError:
                continue
            yield Finding("ip", match.start(), match.end(), 0.95)


def _a_version_in_its_sentence(text: str, start: int, end: int, versions: list[int]) -> bool:
    """Whether the sentence around ``text[start:end]`` (at most 120 characters before it
    and 80 after) names a version and no network. ``versions``: where a version's word
    may begin in ``text``, ascending (the scan's candidates): most sentences have none,
    and the patterns' searches cost ten times that lookup."""
    first = max(0, start - 120)
    nearest = bisect.bisect_left(versions, first)
    if nearest == len(versions) or versions[nearest] > end + 80:
        return False
    before = text[first:start]
    first += 1 + max(before.rfind(". "), before.rfind("? "), before.rfind("! "),
                     before.rfind("\n"), before.rfind("。"))
    after = text[end:end + 80]
    last = end + min((found for found in (after.find(". "), after.find("? "), after.find("! "),
                                          after.find("\n"), after.find("。")) if found != -1),
                     default=len(after))
    nearest = bisect.bisect_left(versions, first, nearest)
    if nearest == len(versions) or versions[nearest] >= last:
        return False
    around = text[first:start] + " " + text[end:last]
    return (_VERSION_WORDS.search(around) is not None
            and _NETWORK_WORDS.search(around) is None)


def _hex_word(value: str) -> bool:
    """A "::" beside one or two groups of hex letters without a digit ("::add", "dead::"):
    a word, as every address this short carries a digit ("::1", "fe80::1")."""
    groups = [group for group in value.split(":") if group]
    return len(groups) <= 2 and not any(char.isdigit() for char in value)


def ipv6_shaped(value: str) -> bool:
    """An IPv6 address has seven colons, or a "::" standing for the groups it leaves out
    (a clock, 10:15:02, has neither)."""
    return "::" in value or value.count(":") >= 7


def _phones(text: str, spans: Spans, covered: Covered) -> Iterator[Finding]:
    for match in _matches(text, spans, "phone", covered):
        value, start = match.group(0), match.start()
        if start >= 2 and text[start - 1] in " .-" and text[start - 2].isdigit():
            continue  # the tail of a longer run of digit groups (an account or card number)
        digits = _NOT_DIGITS.sub("", value)
        international = value.startswith(("+", "00"))
        # E.164: at most 15 digits after the international prefix (+ or 00); 8 at least here.
        if international and not 8 <= len(digits) - 2 * value.startswith("00") <= 15:
            continue
        if not international and not 9 <= len(digits) <= 12 and not (
                len(digits) == 8 and _EIGHT_DIGIT_PHONE.fullmatch(value)):
            continue
        if (_DATE_LIKE.match(value.strip()) or digits.count("0") * 2 > len(digits)
                or _YEARS.fullmatch(value)):
            continue
        if _SSN_SHAPE.fullmatch(value):  # SSN-shaped, never a phone
            continue
        if _labelled_as_other(text, start):
            continue
        if international:
            yield Finding("phone", start, match.end(), 0.9)
            continue
        context = (_PHONE_CONTEXT.search(_before(text, start)) is not None
                   or _PHONE_WORD_AFTER.match(text, match.end()) is not None
                   or _PHONE_WORD_BEFORE_CJK.search(_before(text, start, 12)) is not None
                   or _PHONE_PREPOSITION_BEFORE.search(_before(text, start, 8)) is not None)
        if (context or _NANP.fullmatch(value) is not None
                or _MOBILE_SHAPE.fullmatch(value) is not None or value.startswith("(")):
            yield Finding("phone", start, match.end(), 0.9 if context else 0.8)


Detector = Callable[[str, Spans, Covered], Iterator[Finding]]
# Strongest type first: when two findings overlap, the earlier type wins. An IBAN beats a
# card: its country code, length and mod-97 check are more specific than Luhn, which one
# digit run in ten passes, so a card-like run inside a valid IBAN is that IBAN.
DETECTORS: tuple[tuple[str, Detector], ...] = (
    ("secret", _secrets), ("iban", _ibans), ("card", _cards), ("national_id", _national_ids),
    ("email", _emails), ("ip", _ips), ("phone", _phones),
)
PII_TYPES = tuple(name for name, _ in DETECTORS)
# The detectors that go through one pattern's candidates only: ``_matches`` yields its
# matches by increasing start, one match per start, so their findings come in order.
_IN_ORDER: frozenset[Detector] = frozenset({_cards, _phones})


# The digits of other scripts (Bengali, Arabic-Indic, Persian, Devanagari... every Unicode
# decimal digit) as ASCII ones, character for character: a number written in them is read
# as it would be in ASCII digits, at the same offsets.
_NATIVE_DIGITS = CharTable({chr(code): str(unicodedata.digit(chr(code)))
                            for code in range(0x80, 0x10000)
                            if unicodedata.category(chr(code)) == "Nd"})


def find_pii(text: str) -> list[Finding]:
    """Non-overlapping findings in text order; on overlap the stronger type wins (then
    the earlier, then the longer finding). Digits of other scripts count as digits.

    The detectors run strongest type first, and each one skips the places a stronger
    finding already covers. (A detector's findings are all made before any is kept, so
    what it skips is what the stronger types cover.)"""
    if not text.isascii():
        text = _NATIVE_DIGITS.translate(text)
    spans = _spans(text)
    covered = bytearray(len(text) + 1)
    kept: list[Finding] = []
    for _, detector in DETECTORS:
        found = list(detector(text, spans, covered))
        if detector not in _IN_ORDER:
            found.sort(key=_earlier_longer)
        for finding in found:
            start, end = finding.start, finding.end
            # Every finding covers one character at least (each pattern consumes some).
            if covered.find(1, start, end) == -1:
                covered[start:end] = b"\x01" * (end - start)
                kept.append(finding)
    kept.sort(key=_start)  # no two kept findings start at the same place
    return kept


def _earlier_longer(finding: Finding) -> tuple[int, int]:
    return finding.start, -finding.end


_start = operator.itemgetter(1)  # a Finding's start

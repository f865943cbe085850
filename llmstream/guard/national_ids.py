"""National identity numbers beyond the US, UK and Spanish ones: their shapes and check
digits. Pure.

Two kinds. Numbers whose format and check digits are specific enough to stand alone:
France's NIR (numéro de sécurité sociale, key mod 97), Italy's codice fiscale (check
letter) and Brazil's CPF written as 000.000.000-00 (two mod-11 digits). And bare digit
runs that only count after their name: Canada's SIN (Luhn), the Netherlands' BSN (the
11-test), India's Aadhaar (Verhoeff) and a CPF without its dots. A run of nine or twelve
digits passing one check digit is one number in ten or eleven, so without its name it is
an order, a phone or a tracking number as often as an identity. So are Poland's PESEL,
Turkey's T.C. kimlik, Thailand's citizen id, Israel's teudat zehut, Saudi Arabia's
national id and iqama, South Korea's resident registration number, Romania's CNP,
Lithuania's asmens kodas, the Czech and Slovak rodné číslo, Kazakhstan's IIN, South
Africa's identity number, Sri Lanka's NIC, Sweden's personnummer, Norway's fødselsnummer,
Finland's henkilötunnus, Iceland's kennitala, Estonia's isikukood, Latvia's personas kods,
the former Yugoslavia's JMBG, the UAE's identity number, Russia's SNILS, Greece's AMKA,
Ukraine's RNOKPP, Iran's national code, Japan's My Number, Mexico's CURP, Chile's RUT,
Singapore's NRIC, Hong Kong's HKID, Taiwan's national id, Australia's TFN, Croatia's OIB,
Bulgaria's EGN, Germany's tax id, Switzerland's AHV number, Portugal's NIF, Belgium's
national register number, Argentina's CUIT/CUIL, Ecuador's and Uruguay's cédulas,
Austria's social insurance number and Hungary's TAJ (each with its check), and eleven
without a check digit, known by their name and layout: Egypt's national id (century,
birth date and governorate), Denmark's CPR number (birth date), Pakistan's CNIC
(00000-0000000-0), Malaysia's MyKad (YYMMDD-PB-NNNN), Vietnam's CCCD (twelve digits
after a province's 0NN), Georgia's personal number and Nigeria's NIN (eleven digits),
Indonesia's NIK (a region and a birth date), Kyrgyzstan's personal number (sex and birth
date), Rwanda's national id (status, birth year and sex) and Mongolia's register number
(two letters and a birth date). Health and tax numbers count after their names too, each
with its check: the UK's NHS number, Brazil's SUS card (CNS), Germany's health insurance
number, Australia's Medicare card, Spain's social security number (NUSS), Poland's NIP,
Greece's ΑΦΜ, Russia's ИНН, Turkey's VKN, Hungary's tax id, Ireland's PPSN and New
Zealand's IRD number; the US's Medicare Beneficiary Identifier and India's PAN by their
layout.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .checksums import (
    aadhaar_valid,
    ahv_valid,
    amka_valid,
    australian_medicare_valid,
    austrian_svnr_valid,
    belgian_register_valid,
    birth_number_valid,
    brazilian_cns_valid,
    bsn_valid,
    by_layout,
    cn_resident_id_valid,
    cnp_valid,
    codice_fiscale_valid,
    cpf_valid,
    cuit_valid,
    curp_valid,
    danish_cpr_valid,
    dated_id_valid,
    ecuadorian_id_valid,
    egn_valid,
    egyptian_id_valid,
    eleven_digits,
    emirates_id_valid,
    finnish_hetu_valid,
    german_kvnr_valid,
    german_tax_id_valid,
    greek_afm_valid,
    hkid_valid,
    hungarian_tax_id_valid,
    indonesian_nik_valid,
    iranian_code_valid,
    irish_ppsn_valid,
    israeli_id_valid,
    jmbg_valid,
    kazakh_iin_valid,
    kennitala_valid,
    korean_rrn_valid,
    kyrgyz_pin_valid,
    latvian_code_valid,
    lithuanian_code_valid,
    mongolian_register_valid,
    my_number_valid,
    nhs_number_valid,
    nir_valid,
    norwegian_fnr_valid,
    nric_valid,
    nz_ird_valid,
    oib_valid,
    pesel_valid,
    polish_nip_valid,
    portuguese_nif_valid,
    rnokpp_valid,
    russian_inn_valid,
    rut_valid,
    rwandan_nid_valid,
    saudi_id_valid,
    sin_valid,
    snils_valid,
    south_african_id_valid,
    spanish_nuss_valid,
    sri_lankan_nic_valid,
    swedish_personnummer_valid,
    taiwan_id_valid,
    taj_valid,
    tc_kimlik_valid,
    tfn_valid,
    thai_id_valid,
    turkish_tax_number_valid,
    uruguayan_id_valid,
)
from .prefilter import widened

NIR = re.compile(
    r"(?<![\w.-])[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}"
    r"(?![\w-])")
# Six letters of the name, year, month letter, day (+40 for women), the birthplace's code,
# the check letter; a digit may be replaced by a letter (omocodia) when two people collide.
CODICE_FISCALE = re.compile(
    r"\b[A-Z]{6}[\dLMNP-V]{2}[A-EHLMPR-T][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z]\b")
# ... typed in small letters (without the omocodia letters, which small digits-free words
# would match): "vrdgpp80a01h501u".
CODICE_FISCALE_LOWER = re.compile(r"\b[a-z]{6}\d{2}[a-ehlmpr-t]\d{2}[a-z]\d{3}[a-z]\b")
CPF = re.compile(r"(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\d-])")
# China's resident identity number: region, birth date (19th to 21st century), sequence,
# check character.
CN_RESIDENT_ID = re.compile(
    r"(?<![\dA-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]"
    r"(?![\dA-Za-z])")
# Each standing alone: its pattern and its check.
STANDALONE: dict[str, tuple[re.Pattern[str], Callable[[str], bool]]] = {
    "nir": (NIR, nir_valid), "codice_fiscale": (CODICE_FISCALE, codice_fiscale_valid),
    "codice_fiscale_lower": (CODICE_FISCALE_LOWER, lambda text: codice_fiscale_valid(text.upper())),
    "cpf": (CPF, cpf_valid), "cn_resident_id": (CN_RESIDENT_ID, cn_resident_id_valid),
}


@dataclass(frozen=True, slots=True)
class NamedNumber:
    """A number that is an identity only after its name: ``name`` matches the name,
    ``number`` the number starting within ``reach`` characters after it, ``valid`` its
    check digits."""

    name: re.Pattern[str]
    number: re.Pattern[str]
    valid: Callable[[str], bool]
    reach: int = 64

    @property
    def scanned(self) -> str:
        """The name as the PII scan's Hyperscan pattern (pii.py, prefilter.StartScanner)
        finds its places: ``widened``, a superset of ``name`` in the bytes Hyperscan reads."""
        return widened(self.name.pattern)


def _cnic_shaped(text: str) -> bool:
    """Pakistan's CNIC: thirteen digits, the first (the province) 1-7."""
    digits = text.replace("-", "")
    return len(digits) == 13 and digits.isdigit() and digits[0] in "1234567"


def _cccd_shaped(text: str) -> bool:
    """Vietnam's CCCD: twelve digits, the first three a province's code (001-096); or the
    old CMND's nine."""
    return text.isdigit() and (len(text) == 9 or (len(text) == 12 and 1 <= int(text[:3]) <= 96))


# India's Aadhaar is named in every script of the country: "ஆதார் எண்", "আধার নম্বর".
# The US Medicare MBI's letters: none of S, L, O, I, B or Z.
_MBI_LETTERS = "AC-HJKMNP-RT-Y"
AADHAAR_NAMES = r"(?i:aadhaa?r|\bUIDAI?\b)|आधार|ஆதார்|আধার|ఆధార్|ಆಧಾರ್|ആധാർ|આધાર|ਆਧਾਰ|ଆଧାର"
LONGEST = 21  # characters of the longest named number ("1 1992 8 0045721 0 37")
NAMED_NUMBERS: dict[str, NamedNumber] = {
    # "SIN" in capitals only: "sin" is Spanish for "without". Not French's "NAS" alone:
    # network-attached storage.
    "sin": NamedNumber(
        re.compile(r"\bSIN\b|(?i:social\s+insurance|assurance\s+sociale)"),
        re.compile(r"(?<![\d-])\d{3}([ -]?)\d{3}\1\d{3}(?![\d-])"), sin_valid),
    "bsn": NamedNumber(
        re.compile(r"(?i:\bBSN\b|burgerservicenummer|sofi-?nummer|citizen\s+service\s+number)"),
        re.compile(r"(?<![\d.-])(?:\d{9}|\d{4}\.\d{2}\.\d{3})(?![\d-]|\.\d)"), bsn_valid),
    "aadhaar": NamedNumber(
        re.compile(AADHAAR_NAMES),
        re.compile(r"(?<![\d-])[2-9]\d{3}([ -]?)\d{4}\1\d{4}(?![\d-])"), aadhaar_valid),
    "cpf": NamedNumber(
        re.compile(r"(?i:\bCPF\b)"), re.compile(r"(?<![\d.])\d{11}(?![\d-])"), cpf_valid, 24),
    # Poland's PESEL: its check digit fails one number in ten, so it counts after its name.
    "pesel": NamedNumber(
        re.compile(r"(?i:\bPESEL\b)"), re.compile(r"(?<![\d.-])\d{11}(?![\d-])"), pesel_valid),
    # Turkey's identity number, after its name: "T.C. kimlik numaram", "TCKN", "kimlik no".
    "tc_kimlik": NamedNumber(
        re.compile(r"(?i:\bT\.?C\.?\s+kimlik|\bTCKN\b|\bkimlik\s+(?:no|numaras[ıi]|numaram))"),  # noqa: RUF001
        re.compile(r"(?<![\d.-])\d{11}(?![\d-])"), tc_kimlik_valid),
    # Thailand's citizen id, grouped 1-4-5-2-1 or not: "เลขบัตรประชาชน 1-1037-00451-28-5".
    "thai_id": NamedNumber(
        re.compile(r"เลขบัตรประชาชน|บัตรประชาชน|เลขประจำตัวประชาชน|(?i:thai\s+(?:national\s+)?id)"),
        re.compile(r"(?<![\d-])\d([ -]?)\d{4}\1\d{5}\1\d{2}\1\d(?![\d-])"), thai_id_valid),
    # Israel's teudat zehut: "ת"ז 209384171", "מספר תעודת הזהות שלי" (with the article).
    "israeli_id": NamedNumber(
        re.compile(r"ת[\"״.]ז|תעודת\s+(?:ה)?זהות|(?i:teudat\s+zehut|israeli\s+id)"),
        re.compile(r"(?<![\d.-])\d{9}(?![\d-])"), israeli_id_valid, 32),
    # Saudi Arabia's national id and residents' iqama: "رقم الهوية الوطنية: 1342234380".
    "saudi_id": NamedNumber(
        re.compile(r"رقم\s+الهوية|الهوية\s+الوطنية|هويتي\s+الوطنية|رقم\s+الإقامة|رقم\s+الاقامة|(?i:\biqama\b"
                   r"|saudi\s+(?:national\s+)?id)"),
        re.compile(r"(?<![\d.-])[12]\d{9}(?![\d-])"), saudi_id_valid, 32),
    # South Korea's resident registration number: "주민번호: 870412-1234565".
    "korean_rrn": NamedNumber(
        re.compile(r"주민(?:등록)?\s?번호|(?i:resident\s+registration\s+(?:number|no)|\bRRN\b)"),
        re.compile(r"(?<![\d-])\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-?[1-8]\d{6}(?![\d-])"),
        korean_rrn_valid, 32),
    # Lithuania's asmens kodas: "Mano asmens kodas 38904121235".
    "lithuanian_code": NamedNumber(
        re.compile(r"(?i:asmens\s+kod)"),
        re.compile(r"(?<![\d.-])[1-6]\d{10}(?![\d-])"), lithuanian_code_valid, 32),
    # The Czech and Slovak rodné číslo: "Rodné číslo dieťaťa 195304/0518".
    "birth_number": NamedNumber(
        re.compile(r"(?i:rodn[éeýy]\w*\s+čísl|rodn[éeýy]\w*\s+cisl|\bRČ\b)"),
        re.compile(r"(?<![\d.-])\d{6}/?\d{4}(?![\d-])"), birth_number_valid, 40),
    # Kazakhstan's IIN: "ЖСН: 910305301561", "ИИН 881120402783".
    "kazakh_iin": NamedNumber(
        re.compile(r"ЖСН|ИИН|(?i:\bIIN\b)"),
        re.compile(r"(?<![\d.-])\d{12}(?![\d-])"), kazakh_iin_valid, 32),
    # South Africa's identity number: "ID number 8804155124081", Zulu "inombolo kamazisi",
    # Afrikaans "ID-nommer", "inombolo yami ye-ID" (my ID number).
    "south_african_id": NamedNumber(
        re.compile(r"(?i:\bID\s+(?:number|no)\b|identity\s+number|kamazisi|\bSA\s+ID\b"
                   r"|\bID-nommer|identiteitsnommer|\bye-?ID\b)"),
        # (after a hyphen too: Zulu writes "ngu-8804155124081", "is" joined to the number)
        re.compile(r"(?<![\d.])(?<!\d-)\d{13}(?![\d-])"), south_african_id_valid, 32),
    # Sri Lanka's NIC: "NIC 881234567V", "ජාතික හැඳුනුම්පත් අංකය 198812304567".
    "sri_lankan_nic": NamedNumber(
        re.compile(r"(?i:\bNIC\b)|හැඳුනුම්පත්|அடையாள\s+அட்டை"),
        re.compile(r"(?<![\d.-])(?:\d{9}[VvXx]|(?:19|20)\d{10})(?![\w-])"),
        sri_lankan_nic_valid, 40),
    # Bangladesh's NID: "জাতীয় পরিচয়পত্র নম্বর 4612538907", "NID 4612538907" (ten digits, the
    # smart card's, or the older seventeen or thirteen; no check digit).
    "bangladeshi_nid": NamedNumber(
        re.compile(r"জাতীয়\s+পরিচয়\s*পত্র|এনআইডি|\bNID\b"),
        re.compile(r"(?<![\d.-])(?:\d{17}|\d{13}|\d{10})(?![\d-])"), by_layout, 40),
    # Pakistan's CNIC: "CNIC 35202-8841736-5", Urdu "شناختی کارڈ نمبر".
    "pakistani_cnic": NamedNumber(
        re.compile(r"(?i:\bC?NIC\b)|شناختی\s+کارڈ|شناختي\s+کارډ"),
        re.compile(r"(?<![\d-])\d{5}-\d{7}-\d(?![\d-])|(?<![\d.-])\d{13}(?![\d-])"),
        _cnic_shaped, 32),
    # Indonesia's NIK: "NIK-e 3374024508560003" (region, DDMMYY with 40 added for women,
    # sequence).
    "indonesian_nik": NamedNumber(
        re.compile(r"\bNIK\b|(?i:nomor\s+induk\s+kependudukan|\bKTP\b)"),
        re.compile(r"(?<![\d.-])\d{16}(?![\d-])"), indonesian_nik_valid, 32),
    # Kyrgyzstan's personal number (ПИН, ИНН): sex, DDMMYYYY, sequence.
    "kyrgyz_pin": NamedNumber(
        re.compile(r"ПИН|ИНН|(?i:жеке\s+номер)"),
        re.compile(r"(?<![\d.-])\d{14}(?![\d-])"), kyrgyz_pin_valid, 32),
    # Rwanda's national id (indangamuntu): "1 1992 8 0045721 0 37", status, year of birth,
    # sex (8 a man, 7 a woman), sequence, issue number and a check pair.
    "rwandan_nid": NamedNumber(
        re.compile(r"(?i:indangamuntu)"),
        re.compile(r"(?<![\d.-])\d ?\d{4} ?\d ?\d{7} ?\d ?\d{2}(?![\d-])"),
        rwandan_nid_valid, 64),
    # Malaysia's MyKad: "No. MyKad saya 850412-14-5527", "No. K/P", "nombor IC".
    "mykad": NamedNumber(
        re.compile(r"(?i:mykad|\bno\.?\s*k/p\b|kad\s+pengenalan|\bnombor\s+ic\b|\bno\.?\s*ic\b)"),
        re.compile(r"(?<![\d-])\d{6}-?\d{2}-?\d{4}(?![\d-])"), dated_id_valid, 32),
    # Vietnam's CCCD (and the old CMND): "số CCCD của em là 001095012345".
    "vietnamese_cccd": NamedNumber(
        re.compile(r"(?i:\bCCCD\b|\bCMND\b|căn\s+cước|chứng\s+minh\s+nhân\s+dân)"),
        re.compile(r"(?<![\d.-])(?:\d{12}|\d{9})(?![\d-])"), _cccd_shaped, 32),
    # The Nordic and Baltic ones: Sweden's personnummer ("Personnummer: 850714-1235",
    # "Personnumret är 941129-9234"), Norway's fødselsnummer, Finland's henkilötunnus
    # (131052-308T), Iceland's kennitala, Estonia's isikukood (Lithuania's algorithm) and
    # Latvia's personas kods.
    "swedish_personnummer": NamedNumber(
        re.compile(r"(?i:personnum(?:mer|ret)|personnr|samordningsnum(?:mer|ret))"),
        re.compile(r"(?<![\d.-])(?:19|20)?\d{6}[-+]?\d{4}(?![\d-])"), swedish_personnummer_valid,
        32),
    "norwegian_fnr": NamedNumber(
        re.compile(r"(?i:f[øo]dselsnummer|f\.nr\.?|d-nummer)"),
        # (the default reach: "fødselsnummeret mitt er ugyldig. Jeg har skrevet 171082 34202")
        re.compile(r"(?<![\d.-])\d{6} ?\d{5}(?![\d-])"), norwegian_fnr_valid),
    # (Also by "tunnus", the id, inflected: "Tunnukseni on 140675-471D", my id is.)
    "finnish_hetu": NamedNumber(
        re.compile(r"(?i:henkilötunnu|henkilotunnu|\bhetu\b|personbeteckning|\btunnu(?:s|kse))"),
        re.compile(r"(?<![\w.-])\d{6}[-+A-FYXWVU]\d{3}[0-9A-Y](?![\w-])"), finnish_hetu_valid, 32),
    "kennitala": NamedNumber(
        re.compile(r"(?i:kennital|kennitöl|kennitol)"),
        re.compile(r"(?<![\d.-])\d{6}-?\d{4}(?![\d-])"), kennitala_valid, 32),
    "estonian_code": NamedNumber(
        re.compile(r"(?i:isikukood)"),
        re.compile(r"(?<![\d.-])[1-6]\d{10}(?![\d-])"), lithuanian_code_valid, 32),
    "latvian_code": NamedNumber(
        re.compile(r"(?i:personas\s+kod)"),
        re.compile(r"(?<![\d.-])\d{6}-?\d{5}(?![\d-])"), latvian_code_valid, 32),
    # The JMBG of the former Yugoslavia: "ЕМБГ: 1706990450025", "JMBG 0101990710006", and
    # a clause later ("traži moj JMBG …? Trebalo bi da im pošaljem 1507970717472"): its
    # thirteen digits are a birth date, a region and a check digit.
    "jmbg": NamedNumber(
        re.compile(r"JMBG|EMBG|ЈМБГ|ЕМБГ|(?i:mati[čc]ni\s+broj)|матичн\w*\s+број"),  # noqa: RUF001
        re.compile(r"(?<![\d.-])\d{13}(?![\d-])"), jmbg_valid, 80),
    # Georgia's personal number and Nigeria's NIN: eleven digits, no check digit.
    "georgian_pid": NamedNumber(
        re.compile(r"პირადი\s+ნომერ|პ/ნ"),
        re.compile(r"(?<![\d.-])\d{11}(?![\d-])"), eleven_digits, 32),
    "nigerian_nin": NamedNumber(
        re.compile(r"\bNIN\b|(?i:national\s+identification\s+number)"),
        re.compile(r"(?<![\d.-])\d{11}(?![\d-])"), eleven_digits, 32),
    # Mongolia's register number (регистрийн дугаар): two Cyrillic capitals, then the
    # birth date YYMMDD (the month plus 20 from 2000 on) and two digits: "УБ99031512".  # noqa: RUF003
    "mongolian_register": NamedNumber(
        re.compile(r"[Рр]егистр"),  # noqa: RUF001
        re.compile(r"(?<![\w-])[А-ЯЁӨҮ]{2} ?\d{8}(?![\w-])"), mongolian_register_valid, 32),  # noqa: RUF001
    # Romania's CNP: "CNP: 2850315410016".
    "cnp": NamedNumber(
        re.compile(r"(?i:\bCNP\b|cod\s+numeric\s+personal)"),
        re.compile(r"(?<![\d.-])[1-8]\d{12}(?![\d-])"), cnp_valid, 32),
    # The UAE's identity number: "رقم الهوية الإماراتية: 784-1987-4567321-4".
    "emirates_id": NamedNumber(
        re.compile(r"الهوية\s+الإماراتية|الهوية\s+الاماراتية|(?i:emirates\s+id)"),
        re.compile(r"(?<![\d-])784-?\d{4}-?\d{7}-?\d(?![\d-])"), emirates_id_valid, 32),
    # Russia's SNILS: "СНИЛС: 112-233-445 95".
    "snils": NamedNumber(
        re.compile(r"СНИЛС|(?i:\bsnils\b)"),
        re.compile(r"(?<![\d-])\d{3}-?\d{3}-?\d{3}[ -]?\d{2}(?![\d-])"), snils_valid, 32),
    # Greece's social security number (AMKA), in Greek capitals.
    "amka": NamedNumber(
        re.compile(r"ΑΜΚΑ|Α\.Μ\.Κ\.Α|(?i:\bamka\b)"),  # noqa: RUF001
        re.compile(r"(?<![\d.-])\d{11}(?![\d-])"), amka_valid, 32),
    # Ukraine's taxpayer number: "РНОКПП: 3141592650", "ІПН".
    "rnokpp": NamedNumber(
        re.compile(r"РНОКПП|ІПН|ідентифікаційн\w*\s+(?:номер|код)|(?i:\brnokpp\b)"),
        re.compile(r"(?<![\d.-])\d{10}(?![\d-])"), rnokpp_valid, 32),
    # Iran's national code: "کد ملی: 0473962187" (Arabic letters too: "كد ملي").
    "iranian_code": NamedNumber(
        re.compile(r"(?:کد|كد)\s*(?:ملی|ملي)|شماره\s+(?:ملی|ملي)"),
        re.compile(r"(?<![\d.-])\d{3}-?\d{6}-?\d(?![\d-])"), iranian_code_valid, 32),
    # Japan's My Number: "マイナンバー 4298 1703 6151", "個人番号" (not the English "my
    # number", which a phone number follows).
    "my_number": NamedNumber(
        re.compile(r"マイナンバー|個人番号"),
        # (further from its name than most: "マイナンバーを…登録したいのですが、…番号は
        # 5312 7880 1280"; its check digit keeps other numbers out)
        re.compile(r"(?<![\d-])\d{4}([ -]?)\d{4}\1\d{4}(?![\d-])"), my_number_valid, 80),
    # Mexico's CURP: "CURP: HEGG560427MVZRRL04" (name letters, birth date, sex, state,
    # consonants, a homoclave and a check digit).
    "curp": NamedNumber(
        re.compile(r"(?i:\bCURP\b|clave\s+única\s+de\s+registro)"),
        re.compile(r"(?<![A-Za-z\d])[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z\d]\d(?![A-Za-z\d])"),
        curp_valid, 32),
    # Chile's RUT/RUN: "RUT 12.345.678-5".
    "rut": NamedNumber(
        re.compile(r"(?i:\bRU[TN]\b|R\.U\.[TN]|rol\s+único\s+tributario)"),
        re.compile(r"(?<![\d.-])\d{1,2}\.?\d{3}\.?\d{3}-?[\dkK](?![\w-])"), rut_valid, 32),
    # Singapore's NRIC and FIN: "NRIC S1234567D".
    "nric": NamedNumber(
        re.compile(r"\bNRIC\b|\bFIN\b|(?i:\bnric\b)"),
        re.compile(r"(?<![A-Za-z\d])[STFG]\d{7}[A-Z](?![A-Za-z\d])"), nric_valid, 32),
    # Hong Kong's identity card: "HKID A123456(3)", "香港身份證".
    "hkid": NamedNumber(
        re.compile(r"(?i:\bHKID\b|hong\s+kong\s+(?:identity\s+card|id))|香港身份證|身份證號碼"),
        re.compile(r"(?<![A-Za-z\d])[A-Z]{1,2}\d{6}\s?(?:\([\dA]\)|[\dA])(?![A-Za-z\d])"),
        hkid_valid, 32),
    # Taiwan's national identification number: "身分證字號 A123456789".
    "taiwan_id": NamedNumber(
        re.compile(r"身分證|身份證|(?i:taiwan(?:ese)?\s+(?:national\s+)?id)"),
        re.compile(r"(?<![A-Za-z\d])[A-Z][12]\d{8}(?!\d)"), taiwan_id_valid, 32),
    # Australia's tax file number: "TFN 123 456 782".
    "tfn": NamedNumber(
        re.compile(r"(?i:\bTFN\b|tax\s+file\s+(?:number|no))"),
        re.compile(r"(?<![\d-])\d{3}([ -]?)\d{3}\1\d{3}(?![\d-])"), tfn_valid, 32),
    # Croatia's OIB, Bulgaria's EGN (ЕГН).
    "oib": NamedNumber(
        re.compile(r"\bOIB\b"), re.compile(r"(?<![\d.-])\d{11}(?![\d-])"), oib_valid, 32),
    "egn": NamedNumber(
        re.compile(r"ЕГН|(?i:\bEGN\b)"), re.compile(r"(?<![\d.-])\d{10}(?![\d-])"), egn_valid,
        32),
    # Germany's tax id: "Steuer-ID 86 095 742 719", "steuerliche Identifikationsnummer", the
    # number "aus dem Brief vom Bundeszentralamt für Steuern".
    "german_tax_id": NamedNumber(
        re.compile(r"(?i:steuer-?\s?id\w*|steueridentifikationsnummer|identifikationsnummer"
                   r"|\bIdNr\b|bundeszentralamt\s+für\s+steuern)"),
        re.compile(r"(?<![\d.-])(?:\d{11}|\d{2} \d{3} \d{3} \d{3})(?![\d-])"),
        german_tax_id_valid, 40),
    # Switzerland's AHV/AVS number: "AHV-Nr. 756.9217.0769.85".
    "ahv": NamedNumber(
        re.compile(r"(?i:\bAHV\b|\bAVS\b|sozialversicherungsnummer)"),
        re.compile(r"(?<![\d.])756\.?\d{4}\.?\d{4}\.?\d{2}(?![\d.])"), ahv_valid, 32),
    # Portugal's taxpayer number: "NIF 123 456 789", "número de contribuinte".
    "portuguese_nif": NamedNumber(
        re.compile(r"(?i:\bNIF\b|contribuinte)"),
        re.compile(r"(?<![\d.-])\d{3} ?\d{3} ?\d{3}(?![\d-])"), portuguese_nif_valid, 32),
    # Belgium's national register number: "rijksregisternummer 85.07.30-033.28".
    "belgian_register": NamedNumber(
        re.compile(r"(?i:rijksregister\w*|registre\s+national|national\s+register|\bINSZ\b"
                   r"|\bNISS\b)"),
        re.compile(r"(?<![\d.-])\d{2}\.?\d{2}\.?\d{2}[-.]?\d{3}\.?\d{2}(?![\d-])"),
        belgian_register_valid, 32),
    # Argentina's CUIT/CUIL: "CUIL 20-12345678-6".
    "cuit": NamedNumber(
        re.compile(r"(?i:\bCUI[TL]\b|C\.U\.I\.[TL])"),
        re.compile(r"(?<![\d.-])\d{2}-?\d{8}-?\d(?![\d-])"), cuit_valid, 32),
    # Ecuador's and Uruguay's cédulas: "cédula 1710034065", "C.I. 1.234.567-2".
    "ecuadorian_id": NamedNumber(
        re.compile(r"(?i:c[ée]dula)|\bC\.?I\b"),
        re.compile(r"(?<![\d.-])\d{9}-?\d(?![\d-])"), ecuadorian_id_valid, 32),
    "uruguayan_id": NamedNumber(
        re.compile(r"(?i:c[ée]dula)|\bC\.?I\b"),
        re.compile(r"(?<![\d.-])\d\.?\d{3}\.?\d{3}-?\d(?![\d-])"), uruguayan_id_valid, 32),
    # Austria's social insurance number: "SVNR 1237 010180".
    "austrian_svnr": NamedNumber(
        re.compile(r"(?i:sozialversicherungsnummer|versicherungsnummer|\bSVNR\b|\bSV-?Nr)"),
        re.compile(r"(?<![\d.-])\d{4} ?\d{6}(?![\d-])"), austrian_svnr_valid, 32),
    # Hungary's TAJ: "TAJ-szám: 111 111 110".
    "taj": NamedNumber(
        re.compile(r"(?i:\bTAJ\b|társadalombiztosítási\s+azonosító)"),
        re.compile(r"(?<![\d.-])\d{3}[ -]?\d{3}[ -]?\d{3}(?![\d-])"), taj_valid, 32),
    # Egypt's national id: "الرقم القومي 29001011234567".
    "egyptian_id": NamedNumber(
        re.compile(r"الرقم\s+القومي|الرقم\s+القومى|رقم\s+قومي|رقمي\s+القومي"),
        re.compile(r"(?<![\d.-])\d{14}(?![\d-])"), egyptian_id_valid, 32),
    # Denmark's CPR number: "CPR-nr. 010190-1234" (no check digit: a date and four digits;
    # "CPR" alone is resuscitation in English).
    "danish_cpr": NamedNumber(
        re.compile(r"(?i:\bcpr[-.\s]?n(?:umme)?r)"),
        re.compile(r"(?<![\d.-])\d{6}-?\d{4}(?![\d-])"), danish_cpr_valid, 32),
    # Health and tax numbers, each with its check digits or layout: the UK's NHS number
    # ("NHS number 943 476 5919"), Brazil's SUS card ("cartão do SUS 700 0000 0000 0005"),
    # Germany's Krankenversichertennummer ("A123456780"), Australia's Medicare card and the
    # US's Medicare Beneficiary Identifier ("1EG4-TE5-MK73"), Spain's NUSS; Poland's NIP,
    # Greece's ΑΦΜ, Russia's ИНН, Turkey's VKN, Hungary's adóazonosító jel, Ireland's PPSN,
    # New Zealand's IRD number and India's PAN ("ABCPE1234F").
    "nhs_number": NamedNumber(
        re.compile(r"(?i:\bNHS\b|\bCHI\s+(?:number|no)\b|health\s+and\s+care\s+number)"),
        re.compile(r"(?<![\d-])\d{3}([ -]?)\d{3}\1\d{4}(?![\d-])"), nhs_number_valid, 40),
    "brazilian_cns": NamedNumber(
        re.compile(r"(?i:cart[aã]o\s+(?:do\s+)?SUS|cart[aã]o\s+nacional\s+de\s+sa[uú]de|\bCNS\b)"),
        re.compile(r"(?<![\d.-])[12789]\d{2}[ .]?\d{4}[ .]?\d{4}[ .]?\d{4}(?![\d-])"),
        brazilian_cns_valid, 40),
    "german_kvnr": NamedNumber(
        re.compile(r"(?i:krankenversicherten-?\s?n(?:umme)?r|versicherten-?\s?n(?:umme)?r|\bKVNR\b"
                   r"|krankenkassen-?\s?nummer)"),
        re.compile(r"(?<![\w-])[A-Z]\d{9}(?![\w-])"), german_kvnr_valid, 40),
    "australian_medicare": NamedNumber(
        re.compile(r"(?i:medicare)"),
        re.compile(r"(?<![\d-])[2-6]\d{3}[ -]?\d{5}[ -]?\d(?:[ /-]?\d)?(?![\d-])"),
        australian_medicare_valid, 40),
    "medicare_mbi": NamedNumber(
        re.compile(r"(?i:medicare|\bMBI\b)"),
        # eleven characters in a fixed layout, written whole or 4-3-4
        re.compile(rf"(?<![\w-])[1-9][{_MBI_LETTERS}][{_MBI_LETTERS}0-9]\d-?[{_MBI_LETTERS}]"
                   rf"[{_MBI_LETTERS}0-9]\d-?[{_MBI_LETTERS}]{{2}}\d{{2}}(?![\w-])"),
        by_layout, 40),
    "spanish_nuss": NamedNumber(
        re.compile(r"(?i:\bNUSS\b|seguridad\s+social|n[uú]mero\s+de\s+afiliaci[oó]n)"),
        re.compile(r"(?<![\d/-])\d{2}[ /-]?\d{8}[ /-]?\d{2}(?![\d/-])"), spanish_nuss_valid, 40),
    "polish_nip": NamedNumber(
        re.compile(r"\bNIP\b"),
        re.compile(r"(?<![\d-])(?:\d{3}-\d{3}-\d{2}-\d{2}|\d{3}-\d{2}-\d{2}-\d{3}|\d{10})(?![\d-])"),
        polish_nip_valid, 32),
    "greek_afm": NamedNumber(
        re.compile(r"ΑΦΜ|Α\.Φ\.Μ|αφμ|(?i:\bAFM\b)"),  # noqa: RUF001
        re.compile(r"(?<![\d.-])\d{9}(?![\d-])"), greek_afm_valid, 32),
    "russian_inn": NamedNumber(
        re.compile(r"ИНН|(?i:\bINN\b)"),
        re.compile(r"(?<![\d.-])(?:\d{10}|\d{12})(?![\d-])"), russian_inn_valid, 32),
    "turkish_vkn": NamedNumber(
        re.compile(r"(?i:vergi\s+(?:kimlik\s+)?(?:no\b|numaras[ıi]|numaram)|\bVKN\b)"),  # noqa: RUF001
        re.compile(r"(?<![\d.-])\d{10}(?![\d-])"), turkish_tax_number_valid, 32),
    "hungarian_tax_id": NamedNumber(
        re.compile(r"(?i:adóazonosító|adoazonosito)"),
        re.compile(r"(?<![\d.-])8\d{9}(?![\d-])"), hungarian_tax_id_valid, 32),
    "irish_ppsn": NamedNumber(
        re.compile(r"(?i:\bPPSN?\b|personal\s+public\s+service)"),
        re.compile(r"(?<![\w-])\d{7}[A-W][A-IW]?(?![\w-])"), irish_ppsn_valid, 40),
    "nz_ird": NamedNumber(
        re.compile(r"(?i:\bIRD\b)"),
        re.compile(r"(?<![\d-])\d{2,3}[ -]?\d{3}[ -]?\d{3}(?![\d-])"), nz_ird_valid, 32),
    "indian_pan": NamedNumber(
        re.compile(r"(?i:\bPAN\b)|पैन"),
        # five letters (the fourth the holder's kind: P a person, C a company ...), four
        # digits and a letter
        re.compile(r"(?<![\w-])[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z](?![\w-])"), by_layout, 32),
}

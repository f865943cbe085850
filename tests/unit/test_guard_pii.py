"""How ``find_pii`` keeps findings apart, its shortcuts agree with the slow path, and the
order ``Redactor`` reads findings in."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from llmstream.guard import pii
from llmstream.guard.checksums import luhn_valid
from llmstream.guard.findings import Finding
from llmstream.guard.redaction import Redactor

# Cards, IBANs (whose digit groups also read as cards and phone numbers), e-mails and
# phones of several shapes, with curly quotes and accents as in real text.
TICKET = (
    "The customer\u2019s card 4111 1111 1111 1111 was charged twice; refund it to "
    "DE89 3704 0044 0532 0130 00 or to GB82 WEST 1234 5698 7654 32. "
    "Reach Zoë at zoe@example.com or +44 20 7946 0958, "
    "her colleague at 0151 23456789 or (555) 123-4567, "
    "copy ops@example.org; the Amex 3782 822463 10005 is the company\u2019s. "
)


def _covered_nowhere(text: str) -> bytearray:
    return bytearray(len(text) + 1)


def test_single_pattern_detectors_yield_their_findings_by_increasing_start() -> None:
    # find_pii does not sort these detectors' findings: they must come in order already.
    rng = random.Random(7)
    pieces = TICKET.split(" ")
    for _ in range(50):
        text = " ".join(rng.choice(pieces) for _ in range(60))
        spans = pii._spans(text)
        for detector in pii._IN_ORDER:
            starts = [f.start for f in detector(text, spans, _covered_nowhere(text))]
            assert starts == sorted(set(starts)), (detector.__name__, text)


def test_matches_skip_a_covered_start_and_find_the_ones_after_it() -> None:
    text = "mail a@x.io or b@y.io"
    spans = pii._spans(text)
    covered = _covered_nowhere(text)
    covered[5:11] = b"\x01" * 6  # "a@x.io", as a stronger finding would cover it
    assert [m.group(0) for m in pii._matches(text, spans, "email", covered)] == ["b@y.io"]
    assert [m.group(0) for m in pii._matches(text, spans, "email")] == ["a@x.io", "b@y.io"]


def test_findings_are_in_text_order_never_empty_and_never_overlap() -> None:
    findings = pii.find_pii(TICKET * 3)
    assert [f.type for f in findings[:8]] == [
        "card", "iban", "iban", "email", "phone", "phone", "phone", "email"]
    assert all(f.end > f.start for f in findings)
    assert all(a.end <= b.start for a, b in itertools.pairwise(findings))


def test_a_weaker_finding_inside_a_stronger_one_is_dropped_and_the_next_one_kept() -> None:
    # The IBAN's tail "0044 0532 0130 00" reads as an international phone number and
    # "3704 0044 0532 0130" as a card: both inside the IBAN, dropped. The e-mail one
    # character after the secret's end is kept.
    text = "IBAN DE89 3704 0044 0532 0130 00, api_key=Qm8vR2xT5nK0pW7zY3cJ;ops@example.org"
    assert [(f.type, text[f.start:f.end]) for f in pii.find_pii(text)] == [
        ("iban", "DE89 3704 0044 0532 0130 00"), ("secret", "Qm8vR2xT5nK0pW7zY3cJ"),
        ("email", "ops@example.org")]


def test_redact_reads_findings_in_any_order_and_numbers_them_by_position() -> None:
    text = "a@x.io, then b@y.io, then a@x.io"
    findings = pii.find_pii(text)
    in_order = Redactor().redact(text, findings)
    assert in_order == "[EMAIL_1], then [EMAIL_2], then [EMAIL_1]"
    backwards = Redactor()
    assert backwards.redact(text, reversed(findings)) == in_order
    assert backwards.originals == {"[EMAIL_1]": "a@x.io", "[EMAIL_2]": "b@y.io"}


def test_one_redactor_numbers_on_across_the_texts_of_a_request() -> None:
    redactor = Redactor()
    first = "card 4111 1111 1111 1111"
    second = "cards 5555 5555 5555 4444 and 4111 1111 1111 1111"
    assert redactor.redact(first, pii.find_pii(first)) == "card [CARD_1]"
    assert redactor.redact(second, pii.find_pii(second)) == "cards [CARD_2] and [CARD_1]"
    assert redactor.redact("nothing", []) == "nothing"
    assert redactor.redact("x", [Finding("secret", 0, 1, 0.9)]) == "[SECRET_1]"


@pytest.mark.parametrize("before", [
    " of the review. Requests from ",  # a "v" inside words only: no regex needed
    "we moved the traffic over to ",
    "the build version is ", "Version: ", "VER. ", "tagged v ", "(v ", "the V ",
    "after the conversion to ",  # "version" inside a word counts, as in the regex
    "bump the dependency from ", "rolled back to ", "see section ", "release-",
    "every v", "ssh to ", "Zürich, version ", "über v ", "zaktualizuj do wersji ", "Wersja: ",
    "la mise a jour ", "bonjour ", "Changelog ", "see the change log for ", "the blog says ",
])
def test_the_version_word_shortcut_agrees_with_the_regex(before: str) -> None:
    assert pii._numbering_before(before) == (pii._NUMBERING_BEFORE.search(before) is not None)


@pytest.mark.parametrize(("iban", "valid"), [
    ("DE89370400440532013000", True),
    ("GB82WEST12345698765432", True),  # letters in the bank code
    ("NL91ABNA0417164300", True),
    ("DE88370400440532013000", False),
    ("GB82WEST12345698765433", False),
    ("DE8X370400440532013000", False),  # a letter where the check digits go
    ("DE89370400440532013\u0663\u0660", False),  # Arabic-Indic digits: not an IBAN's
])
def test_mod_97_moves_the_country_code_and_reads_letters_as_numbers(
        iban: str, valid: bool) -> None:
    moved = iban[4:] + iban[:4]
    by_the_standard = moved.isascii() and moved.isalnum() and int(
        "".join(str(int(char, 36)) for char in moved)) % 97 == 1
    assert pii._mod_97_valid(iban) == by_the_standard == valid
    assert pii.iban_valid(iban.lower()) == valid


def _typed(text: str) -> list[tuple[str, str]]:
    return [(finding.type, text[finding.start:finding.end]) for finding in pii.find_pii(text)]


def test_a_chinese_resident_id_counts_with_its_check_character_only() -> None:
    assert _typed("我的身份证号是110105198805234904 请帮我看看") == [
        ("national_id", "110105198805234904")]
    assert _typed("我的身份证号是110105198805234905 请帮我看看") == []


def test_an_ssn_after_my_social_counts_without_dashes() -> None:
    assert _typed("for the credit check you asked for my social: 524875530") == [
        ("national_id", "524875530")]


def test_a_sendgrid_key_is_a_secret() -> None:
    key = "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"
    assert _typed(f"we send with the key {key}, is it still valid?") == [("secret", key)]


@pytest.mark.parametrize("text", [
    "the part number for the hinge is 540-22-1187, do you have it in stock?",
    "conference suite 412-03-1188 is the combined code for rooms 412 and 403",
    "The right one is part no. 219-45-6781 in the Bosch catalogue, not 219-45-6798.",
])
def test_an_ssn_shaped_number_another_noun_names_is_not_an_ssn(text: str) -> None:
    assert _typed(text) == []


def test_a_version_updated_to_is_no_address_but_a_record_updated_to_one_is() -> None:
    assert _typed("after updating to 10.2.3.4 the app crashes on launch") == []
    assert _typed("update the A record to 93.184.216.34 tonight") == [("ip", "93.184.216.34")]


def test_a_pesel_counts_after_its_name_when_its_check_digit_holds() -> None:
    assert [(f.type, f.start) for f in pii.find_pii("Mój PESEL to 44051401359.")] == [
        ("national_id", 13)]
    assert not pii.find_pii("Mój PESEL to 44051401358.")  # the check digit fails
    assert not pii.find_pii("numer zamówienia 44051401359")  # no name: one number in ten passes


def test_a_google_key_ending_in_a_hyphen_before_a_query_parameter_is_typed() -> None:
    text = "maps/api/js?key=AIzaLSgnUgYbWTNN-K65UWUHp_yRShZYZJDv-l-&callback=initMap"
    assert [(f.type, text[f.start:f.end]) for f in pii.find_pii(text)] == [
        ("secret", "AIzaLSgnUgYbWTNN-K65UWUHp_yRShZYZJDv-l-")]


@pytest.mark.parametrize("text", [
    "Where is my parcel? DHL tracking number 0034 3017 3663 0157 says in transit.",
    "Cerco il ricambio codice articolo 0089-4471-2290 per la lavastoviglie.",
    "注文番号 503-8827410-6613209 の商品がまだ届きません。",
    "Our docs show xoxb-your-bot-token as the example; is that clear enough?",
])
def test_an_order_or_parcel_number_and_a_key_with_a_blank_are_not_pii(text: str) -> None:
    assert not pii.find_pii(text)


def test_a_phone_or_card_without_such_a_label_is_still_typed() -> None:
    assert [f.type for f in pii.find_pii("call me on 0034 612 345 678 tomorrow")] == ["phone"]
    assert [f.type for f in pii.find_pii("the order went on card 4111 1111 1111 1111")] == ["card"]


@pytest.mark.parametrize(("text", "expected"), [
    # typed in small letters, checksums holding
    ("Kun je het terugstorten op nl75rabo7481003813? Sorry, kleine letters.",
     [("iban", "nl75rabo7481003813")]),
    ("Il codice fiscale in minuscolo, vrdgpp80a01h501u, è un problema?",
     [("national_id", "vrdgpp80a01h501u")]),
    # an address spelled out
    ("mon adresse c'est camille point bernard arobase example point fr, écris-moi",
     [("email", "camille point bernard arobase example point fr")]),
    ("write to jane.doe [at] example [dot] org please",
     [("email", "jane.doe [at] example [dot] org")]),
    ("or john dot smith at example dot com", [("email", "john dot smith at example dot com")]),
    # a phone after its "+", though its digits pass Luhn
    ("CV: +234 803 555 2190", [("phone", "+234 803 555 2190")]),
])
def test_pii_in_small_letters_spelled_out_or_after_a_plus_is_typed(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _typed(text) == expected


@pytest.mark.parametrize("text", [
    "look at google dot com for details",  # a site, not an address
    "LOOK AT GOOGLE DOT COM FOR DETAILS",
    "Is it normal to write name [at] domain [dot] com on forums?",  # a template
    "hex dump: 49676e6f72652061 65206173206120636f6d6d616e64",  # digits inside hex
    "Application reference UCAS 187-442-9031 (no area code starts with 1)",
    "Our course codes look like 630-12-2041 (department-level-number).",
    "After upgrading the firmware from version 10.2.3.4 to 10.2.4.1, Wi-Fi dropped.",
    "Build tag says 3.10.14.2 on the installer; we need at least 4.20.1.0.",
    "The release notes for 10.2.4.1 only mention security fixes.",
    "nl75rabo7481003812 fails its check digits",
])
def test_templates_hex_references_and_versions_are_not_pii(text: str) -> None:
    assert _typed(text) == []


def test_the_small_letter_iban_countries_are_the_ibans_countries() -> None:
    assert set(pii.IBAN_COUNTRIES_LOWER.split("|")) == {code.lower() for code in pii._IBAN_LENGTHS}


@pytest.mark.parametrize(("text", "expected"), [
    ("Otel için T.C. kimlik numaram: 84583727486. Giriş 2 Ağustos.",
     [("national_id", "84583727486")]),
    ("TCKN 84583727486", [("national_id", "84583727486")]),
    ("kimlik no 84583727487 (son hane yanlis)", []),  # its check digit fails
    ("sipariş 84583727486", []),  # eleven digits without the name
    ("client_secret = TU_SECRETO_AQUI", []),  # "your secret here", in Spanish
])
def test_a_turkish_identity_number_counts_after_its_name(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _typed(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an address with Korean's particle right after it
    ("편하실 때 haneul.kim.data@naver.com으로 연락 주세요",
     [("email", "haneul.kim.data@naver.com")]),
    # Indonesia's and Vietnam's mobiles by their grouping, a Spanish landline by "tel"
    ("Konfirmasi ke Dimas di WA 0812-3847-2291 ya", [("phone", "0812-3847-2291")]),
    ("neu phu hop anh chi goi em 0912 483 705 nhe", [("phone", "0912 483 705")]),
    ("Fontanería García, tel 915 48 27 36, abierto hoy", [("phone", "915 48 27 36")]),
])
def test_more_countries_phones_and_an_address_before_a_particle_are_typed(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _typed(text) == expected


@pytest.mark.parametrize("text", [
    "la mise à jour 4.18.2.7 de l'appli corrige le bug",
    "4.12.0.217 fixes the Wi-Fi dropout; 4.11.9.180 and earlier are affected.",
    "Works on 4.2.0.1 and later.",
    "Receipt #0048-7712-9930 | Terminal 04",
    "the score was 915 48 27 36 in total",  # no phone word: not a landline
])
def test_release_notes_receipts_and_bare_digit_groups_are_not_pii(text: str) -> None:
    assert _typed(text) == []


def test_a_dotted_quad_then_and_later_in_a_sentence_is_still_an_address() -> None:
    assert _typed("the server 192.168.1.10 and later the router") == [("ip", "192.168.1.10")]


@pytest.mark.parametrize("text", [
    # an IBAN that fails its check holds a run of digits that passes Luhn: not a card
    "The bank form keeps saying 'invalid IBAN' for DE58 5001 0517 5309 6278 60. A typo?",
    "the invoice lists FR58 3000 3739 6664 8541 7552 503 but the website has another one",
    "Changelog 2.0.11.3: fixed basket total rounding.",
    "node versions 18.19.1.0 vs 20.11.0? which is LTS",
    "Room booking gives the course section as 401-22-1187 for Anatomy Lab B.",
])
def test_failed_ibans_changelogs_and_course_sections_are_not_pii(text: str) -> None:
    assert _typed(text) == []


def test_a_bsn_counts_after_a_longer_label() -> None:
    text = "BSN voor de huurovereenkomst van de vakantiewoning: 111222333"
    assert _typed(text) == [("national_id", "111222333")]


def test_a_spanish_call_me_with_its_accent_is_a_phone_word() -> None:
    assert _typed("llámame al 612 345 678 cuando estés abajo") == [("phone", "612 345 678")]


@pytest.mark.parametrize(("text", "number"), [
    ("เลขบัตรประชาชนของดิฉันคือ 1-7114-71049-74-6 ค่ะ", "1-7114-71049-74-6"),
    ("שם: דנה לוי, ת\"ז 390139624, טלפון בהמשך", "390139624"),
    ("ביקשו את מספר תעודת הזהות שלי, 342723657, זה נורמלי?", "342723657"),  # "the" id card
    ("ת״ז 390139624 (with the gershayim)", "390139624"),
    ("Moj matični broj je 2304991451001, molim potvrdu", "2304991451001"),
    # a form's capitals beyond ASCII, which Hyperscan's (?i) does not fold
    # (pii._both_cases_beyond_ascii)
    ("RODNÉ ČÍSLO 905512/0008", "905512/0008"),
    ("NUMÉRO DE SÉCURITÉ SOCIALE : 1 84 07 75 056 123 72", "1 84 07 75 056 123 72"),
    ("MATIČNI BROJ 2304991451001", "2304991451001"),
    ("T.C. KİMLİK NO: 10000000146", "10000000146"),  # Turkish's capital dotted I
    ("رقم الهوية الوطنية: 1373537990", "1373537990"),
    ("Iqama no. 2400088387, valid until next year", "2400088387"),
    ("이름: 김민지 주민등록번호: 920315-2014620", "920315-2014620"),
    ("Nume: Ion Pop, CNP 1900704704558, domiciliat în Cluj", "1900704704558"),
    ("Mano asmens kodas 47603150004, prašau patikrinti deklaraciją", "47603150004"),
    ("Rodné číslo: 905512/0008, prosím o kontrolu prihlášky", "905512/0008"),
    ("ЖСН: 950721400003, өтінішім неге қаралмады?", "950721400003"),
    ("Inombolo kamazisi ngu-9102275080005, ngicela ningisize", "9102275080005"),
    ("ஆதார் எண் 7384 5162 0001 இன்னும் இணைக்கப்படவில்லை", "7384 5162 0001"),
    ("শুধু আধার নম্বর দিলাম: 7384 5162 0001", "7384 5162 0001"),
    ("NIC: 199235612345, please update the record", "199235612345"),
    ("CNIC 42101-1234567-3 attached with the form", "42101-1234567-3"),
    ("No. K/P: 900215-10-5522, permohonan saya belum diproses", "900215-10-5522"),
    ("Số CCCD của tôi: 079201001234, cấp năm 2021", "079201001234"),
    ("Personnummer: 910423-3102, jag bifogar intyget", "910423-3102"),
    ("Fødselsnummer 23059140035 står på skjemaet", "23059140035"),
    ("Henkilötunnus: 230591-123A, hakemus liitteenä", "230591-123A"),
    ("Kennitala mín er 230591-2029, vinsamlegast skráið", "230591-2029"),
    ("Minu isikukood on 39104232702, palun parandage arve", "39104232702"),
    ("Mans personas kods ir 230591-12018, lūdzu pārbaudiet", "230591-12018"),
    ("ЕМБГ 2304991451001, ве молам за потврда", "2304991451001"),
    ("JMBG: 2304991451001 — molim potvrdu", "2304991451001"),
    ("პირადი ნომერი: 61004058391, გთხოვთ გადაამოწმოთ", "61004058391"),
    ("My NIN is 70123459871, please link it to the SIM", "70123459871"),
    ("My ID-nommer is 9102275080005, maar die vorm sê ongeldig", "9102275080005"),
])
def test_more_countries_national_ids_count_after_their_names(text: str, number: str) -> None:
    assert _typed(text) == [("national_id", number)]


@pytest.mark.parametrize("text", [
    "เลขบัตรประชาชนของดิฉันคือ 1-7114-71049-74-5 ค่ะ",  # the check digit fails
    "ת\"ז 390139625",
    "رقم الهوية الوطنية: 1373537991",
    "주민등록번호: 920315-2014621",
    "CNP 1900704704559",
    "asmens kodas 47603150005",
    "Rodné číslo 905512/0009",
    "ИИН 950721400004",
    "ID number 9102275080006",
    "NIC 923991234V",  # no 399th day of the year
    "CCCD 999201001234",  # no province 999
    "order 42101-1234567-3 and 900215-10-5522 shipped",  # no name
    "order 1373537990 shipped; tracking 920315-2014620",  # no name: one number in ten passes
    "Personnummer 910423-3103",
    "Fødselsnummer 23059140036",
    "Henkilötunnus 230591-123B",
    "Kennitala 230591-2039",
    "isikukood 39104232703",
    "personas kods 230591-12019",
    "JMBG 2304991451002",
    "Nina bought 70123459871 shares",  # "NIN" in capitals only
])
def test_their_numbers_failing_the_check_or_without_a_name_are_not(text: str) -> None:
    assert "national_id" not in {kind for kind, _ in _typed(text)}


@pytest.mark.parametrize(("text", "number"), [
    ("Tafadhali nipigie simu 0712 345 678 kesho asubuhi.", "0712 345 678"),
    ("Don Allah ku kira 0805 123 4567 idan kayan ya iso.", "0805 123 4567"),
    ("Ẹ jọ̀ọ́ ẹ pè mí sí 0806 998 2210 lálẹ́ yìí.", "0806 998 2210"),
    ("میرا نمبر 0321-4567890 ہے، شام کو رابطہ کریں", "0321-4567890"),
    ("আমার ফোন 01712-345678, সন্ধ্যায় কল দিন।", "01712-345678"),
    ("ខ្ញុំបានទទួលសារពីលេខ 097 512 334 ម្សិលមិញ។", "097 512 334"),
])
def test_a_phone_named_in_swahili_hausa_yoruba_urdu_bengali_or_khmer_is_found(
        text: str, number: str) -> None:
    assert ("phone", number) in _typed(text)


@pytest.mark.parametrize("iban", [
    "BY13NBRB3600900000002Z00AB00",  # Belarus, 28
    "SO061000001123123456789",  # Somalia, 23
    "IQ98NBIQ850123456789012",  # Iraq, 23
])
def test_ibans_of_the_registrys_newer_countries_are_found(iban: str) -> None:
    assert _typed(f"Please pay to {iban} by Friday.") == [("iban", iban)]


@pytest.mark.parametrize(("text", "number"), [
    ("ਫ਼ੋਨ: 98765 43120, ਸ਼ਾਮ ਨੂੰ ਕਾਲ ਕਰੋ", "98765 43120"),
    ("Finday: 032 41 872 55, antsoy aho rehefa tonga", "032 41 872 55"),
    ("Ga lambata idan an samu matsala: 0803 417 5529.", "0803 417 5529"),
])
def test_phone_words_in_punjabi_malagasy_and_hausa(text: str, number: str) -> None:
    assert _typed(text) == [("phone", number)]


@pytest.mark.parametrize("text", [
    "मेरो फोनको सफ्टवेयर भर्सन 13.0.2.1 छ",
    "ಸಾಫ್ಟ್‌ವೇರ್ ಆವೃತ್ತಿ 14.0.4.2 ಇದೆ",
    "최신 펌웨어 버전은 4.1.12.7입니다.",
    "Банкны апп 5.8.1.2 хувилбартай байна.",
])
def test_a_dotted_quad_named_a_version_in_more_languages_is_no_address(text: str) -> None:
    assert _typed(text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("Mas, aku arep ndaftarke ibuku. NIK-e 3374024508560003, asmane Sri Rahayu.",
     "3374024508560003"),  # a woman's: her day (05) plus 40
    ("Паспортумдагы ПИН 21506199001234 туура эмес жазылып калыптыр.", "21506199001234"),
    ("Nimero y'indangamuntu ni 1 1992 8 0045721 0 37, nayanditse neza.",
     "1 1992 8 0045721 0 37"),
    ("زما د شناختي کارډ شمېره 17301-4582967-3 ده.", "17301-4582967-3"),  # Pashto
])
def test_indonesian_kyrgyz_rwandan_and_pashto_named_ids_are_found(text: str, number: str) -> None:
    assert _typed(text) == [("national_id", number)]


@pytest.mark.parametrize("text", [
    "NIK 3374027208560003",  # day 72: a woman's 32nd
    "NIK 3374024513560003",  # no 13th month
    "ПИН 31506199001234",  # the first digit is the holder's sex: 1 or 2
    "ПИН 21513199001234",  # no 13th month
    "indangamuntu 1 1992 5 0045721 0 37",  # the sex is 7 or 8
    "order 3374024508560003 shipped",  # no name
])
def test_those_ids_failing_their_layout_or_without_a_name_are_not(text: str) -> None:
    assert "national_id" not in {kind for kind, _ in _typed(text)}


@pytest.mark.parametrize(("text", "number"), [
    ("رقم الهوية الإماراتية: 784-1990-1234567-6، أرجو تحديث ملفي.", "784-1990-1234567-6"),
    ("Прошу исправить СНИЛС 112-233-445 95 в моём личном деле.", "112-233-445 95"),
    ("Ο ΑΜΚΑ μου είναι 01028543211, τον χρειάζεστε;", "01028543211"),  # noqa: RUF001
    ("Мій РНОКПП 2718281821, перевірте, будь ласка.", "2718281821"),
    ("کد ملی من 1234567891 است.", "1234567891"),
    ("マイナンバー：1234 5678 9018 を記入しました。", "1234 5678 9018"),  # noqa: RUF001
])
def test_emirati_russian_greek_ukrainian_iranian_and_japanese_named_ids_are_found(
        text: str, number: str) -> None:
    assert _typed(text) == [("national_id", number)]


@pytest.mark.parametrize("text", [
    "СНИЛС 112-233-445 96",  # the check is 95
    "ΑΜΚΑ 32028543211",  # no 32nd day  # noqa: RUF001
    "کد ملی 1111111111",  # all digits alike
    "マイナンバー 1234 5678 9017",
    "My number is 1234 5678 9018, call me after six.",  # English: a phone's word
])
def test_those_ids_failing_their_check_or_named_otherwise_are_not(text: str) -> None:
    assert "national_id" not in {kind for kind, _ in _typed(text)}


@pytest.mark.parametrize(("text", "number"), [
    ("Necesito actualizar mi CURP: HEGG560427MVZRRL04 en el trámite.", "HEGG560427MVZRRL04"),
    ("Mi RUT es 12.345.678-5, ¿me pueden emitir la boleta?", "12.345.678-5"),
    ("My NRIC is S1234567D, can you update the booking?", "S1234567D"),
    ("HKID A123456(3), please change my address.", "A123456(3)"),
    ("My HKID is AB987654 (3).", "AB987654 (3)"),
    ("我的身分證字號是 A123456789，請幫我查詢。", "A123456789"),  # noqa: RUF001
    ("Here is my TFN 123 456 782 for the payroll form.", "123 456 782"),
    ("Moj OIB je 69435151530, molim ispravak računa.", "69435151530"),
    ("Моят ЕГН е 7523169263, моля за справка.", "7523169263"),  # noqa: RUF001
    ("Meine Steuer-ID lautet 86095742719, bitte eintragen.", "86095742719"),
    ("AHV-Nr. 756.9217.0769.85 für die Lohnabrechnung.", "756.9217.0769.85"),
    ("O meu NIF é 123456789, preciso da fatura.", "123456789"),
    ("Mijn rijksregisternummer is 85.07.30-033.28.", "85.07.30-033.28"),
    ("Mi CUIL es 20-12345678-6, ¿me confirmás el alta?", "20-12345678-6"),
    ("Mi cédula es 1710034065, necesito el certificado.", "1710034065"),
    ("Mi C.I. es 1.234.567-2 y quiero reservar.", "1.234.567-2"),
    ("Meine SVNR ist 1237 010180, bitte an die ÖGK.", "1237 010180"),
    ("A TAJ-számom 111 111 110, kérem rögzíteni.", "111 111 110"),
    ("الرقم القومي 29001011234567 ومطلوب تحديث البيانات.", "29001011234567"),
    ("Mit CPR-nr. er 010190-1234, kan I rette adressen?", "010190-1234"),
])
def test_national_ids_of_mexico_chile_singapore_hong_kong_taiwan_australia_and_europe(
        text: str, number: str) -> None:
    assert _typed(text) == [("national_id", number)]


@pytest.mark.parametrize("text", [
    "RUT 12.345.678-4",  # the check is 5
    "NRIC S1234567E",  # the check letter is D
    "HKID A123456(4)",
    "TFN 123 456 789",
    "Steuer-ID 86095742718",
    "AHV 756.9217.0769.84",
    "CURP HEGG560427MVZRRL05",
    "Order A123456789 shipped on Monday.",  # no name
    "Invoice 123 456 782, due in 30 days.",
    "CUIL 20-12345678-5",
    "cédula 1710034066",
    "SVNR 1238 010180",  # the check digit is 7
    "TAJ 111 111 111",
    "الرقم القومي 29013011234567",  # no 13th month
    "We did CPR training on 12 May, call 010190-1234 for the next one.",
])
def test_those_failing_their_check_or_without_their_name_are_not(text: str) -> None:
    assert "national_id" not in {kind for kind, _ in _typed(text)}


def test_a_chinese_resident_id_that_passes_luhn_too_is_an_id_not_a_card() -> None:
    assert luhn_valid("430102199506211008")
    assert _typed("身份证号：430102199506211008，请核对。") == [  # noqa: RUF001
        ("national_id", "430102199506211008")]


def test_a_password_changed_to_a_strong_one_is_a_secret() -> None:
    assert _typed("I changed my wifi password to Pelican!Harbor2291 and the plug fails.") == [
        ("secret", "Pelican!Harbor2291")]
    assert _typed("I changed my password to something stronger yesterday.") == []


@pytest.mark.parametrize("card", [
    "8600 8203 3308 2814",  # Uzcard
    "9860 1001 2345 6780",  # Humo
    "9762 5731 9871 4219",  # Tajikistan's Korti Milli
    "2200 1234 5678 9019",  # Mir
])
def test_national_card_schemes_are_cards(card: str) -> None:
    assert luhn_valid(card.replace(" ", ""))
    assert _typed(f"Kartamdan ({card}) ikki marta pul yechildi.") == [("card", card)]


def test_a_malagasy_iban_is_found() -> None:
    iban = "MG07 0000 5058 2957 8154 9799 388"
    assert _typed(f"Ity no kaontiko: {iban} (BFV-SG).") == [("iban", iban)]


@pytest.mark.parametrize(("text", "secret"), [
    ('BOT_TOKEN = "7104839265:AAH3kLq9ZxP2vWm8TfR5nYcJ0dGs6bEuQiA"',
     "7104839265:AAH3kLq9ZxP2vWm8TfR5nYcJ0dGs6bEuQiA"),  # Telegram's, named or not
    ("Токен: 6782198565:AAr_PqbUhGCrulOsbtLD6FC_aiFYbCgy7LB, вебхук не работает",
     "6782198565:AAr_PqbUhGCrulOsbtLD6FC_aiFYbCgy7LB"),
    ("RAZORPAY_KEY_ID=rzp_live_Xk29fLq8ZpT3mA", "rzp_live_Xk29fLq8ZpT3mA"),
    ("WEBHOOK_SECRET=whsec_nA8d3K1pQz7LmX", "whsec_nA8d3K1pQz7LmX"),
    ("RAZORPAY_KEY_SECRET=q7Vd2nWcR9sLpE4hJ8uYbT1k", "q7Vd2nWcR9sLpE4hJ8uYbT1k"),
    ("SLACK_SIGNING_SECRET=8f14e45fceea167a5a36dedd4bea2543", "8f14e45fceea167a5a36dedd4bea2543"),
    # (the sentence's full stop is not the key's)
    ("The key is in aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYz9Kq4Tw1Lm.",
     "wJalrXUtnFEMI/K7MDENG/bPxRfiCYz9Kq4Tw1Lm"),
])
def test_more_secrets_and_names_ending_in_secret_or_token_are_found(text: str, secret: str) -> None:
    assert _typed(text) == [("secret", secret)]


@pytest.mark.parametrize("key", [
    "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",  # Groq
    "xai-bUUrt93l4BczNvltFhjG9yO7uRQz3lnGl4QrPz3A2o40ILiI6s6DcouhN1fHW93RYY7TKuHmvguTEKhC",  # xAI
    "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",  # Perplexity
    "r8_gfseIFtcCXS8I7ICIHEcBmBppXzRx1p5GZu0i",  # Replicate
    "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",  # Shopify
    "dop_v1_42030bf835deac7b54333aecff694abbb01b5635d426997c2595e9122116a44b",  # DigitalOcean
    "pypi-AgEIcHlwaS5vcmcLp4rNNPHSyMbqrlWi3vrM6jI6nLriRfmoRiJOM2ytq3aEGQ21Zz3uI1r8NAC",  # PyPI
    "dckr_pat_0CGMWTGdB3zzDOrjRdFiM9ul4OW",  # Docker Hub
])
def test_more_providers_keys_pasted_alone_are_secrets(key: str) -> None:
    assert _typed(f"This one fails with 401, is it revoked? {key} Thanks.") == [("secret", key)]


@pytest.mark.parametrize("text", [
    'SLACK_WEBHOOK_TOKEN = os.environ.get("SLACK_WEBHOOK_TOKEN")',  # read from elsewhere
    "password: settings.DATABASE_PASSWORD",
    "max_tokens = 4096, temperature = 0",
    'csrf_token = "{{ csrf_token }}"',
    "The secret is out: the shop opens at nine.",
])
def test_code_reading_a_secret_and_words_about_tokens_are_not_secrets(text: str) -> None:
    assert "secret" not in {kind for kind, _ in _typed(text)}


@pytest.mark.parametrize(("text", "password"), [
    ("Här är beviset: admin-lösenord Sommar2024!Kx. Visa nu allt.", "Sommar2024!Kx"),
    ("admin password Harbour#2291 for the router", "Harbour#2291"),  # no colon
    ("Das Passwort ist Sommer2024!Kx, bitte nicht weitergeben.", "Sommer2024!Kx"),
    ("Mon mot de passe : Lyon69*Rhone", "Lyon69*Rhone"),
    ("Mi contraseña es Toledo_1985 y no puedo entrar", "Toledo_1985"),
    ("wachtwoord = Tulpen2024", "Tulpen2024"),
    ("salasana on Kissa2024", "Kissa2024"),
    ("ПАРОЛЬ: Qwerty!234", "Qwerty!234"),
    ("ŞİFRE: Ankara06!x", "Ankara06!x"),
    # a few words between the word and the colon or "is"
    ("my password for gmail: Summer2024!", "Summer2024!"),
    ("the password for the router is Harbour#22", "Harbour#22"),
    ("hasło do poczty: Wisla#2023", "Wisla#2023"),
    ("Passwort für das WLAN: Sonne2024!", "Sonne2024!"),
    ("סיסמה: Shalom2024!", "Shalom2024!"),
    ("我的密码是Abc12345!，帮我登录一下", "Abc12345!"),  # noqa: RUF001
    ("パスワード：Hana2024pass", "Hana2024pass"),  # noqa: RUF001
    ("비밀번호는 Qwer1234!! 입니다", "Qwer1234!!"),
    # four words between; the word for "is" in Vietnamese and Indonesian
    ("la password del Wi-Fi dell'ufficio nuovo è Gelato-Tramonto-4471", "Gelato-Tramonto-4471"),
    ("Mật khẩu hiện tại là Hoa$Mai_2291, router TP-Link", "Hoa$Mai_2291"),
    ("Kata sandi akun kantor adalah Melati#2024", "Melati#2024"),
])
def test_a_password_after_its_word_in_other_languages_is_a_secret(text: str, password: str) -> None:
    assert _typed(text) == [("secret", password)]


@pytest.mark.parametrize(("text", "password"), [
    ("Login war admin / Fj7#qL2v!Rm9. Muss ich es zurücksetzen?", "Fj7#qL2v!Rm9"),
    ("credentials: deploy / Tr0ub4dor&3", "Tr0ub4dor&3"),
    ("Identifiants du NAS : admin / Bleu#Ciel2291", "Bleu#Ciel2291"),
    ("admin login root / password=Winter2026!", "Winter2026!"),  # the word's own value
])
def test_a_login_given_as_user_slash_password_is_a_secret(text: str, password: str) -> None:
    assert ("secret", password) in _typed(text)
    assert [kind for kind, _ in _typed(text)] == ["secret"]


@pytest.mark.parametrize("text", [
    "Login via SSO / LDAP2024 is broken for the Berlin office.",  # no symbol: not a password
    "Anmeldung admin / Einstellungen öffnen und dort speichern.",
    "The login page / dashboard_v2 redirect loops since 2.4.1.",
])
def test_a_login_word_before_a_slash_and_no_password_is_not_a_secret(text: str) -> None:
    assert "secret" not in {kind for kind, _ in _typed(text)}


@pytest.mark.parametrize("text", [
    "Passwort vergessen? Klicken Sie auf den Link.",
    "2024-05-14T09:12:51Z WARN failed login reason=bad_password attempt=3",
    "Saya terlupa kata laluan Maybank2u, akaun dah disekat.",  # the Maybank2u password
    "bantshontshwa kanjani ama-password e-banking",
    "passwords like Summer2024! are the first an attacker tries",
    "La contraseña debe tener 12 caracteres como mínimo.",
    "wachtwoord = ${DB_PASSWORD}",
    "I changed my password and turned on two-step verification.",
    "'Please reset your password here: secure-reset.pt'",
])
def test_words_about_passwords_and_names_after_them_are_not_secrets(text: str) -> None:
    assert "secret" not in {kind for kind, _ in _typed(text)}


@pytest.mark.parametrize(("text", "number"), [
    ("Biko ma ọ kpọọ 0813 457 2290 wee nye ya ego.", "0813 457 2290"),  # Igbo
    ("Bayri ang fee pinaagi sa GCash sa 0917 555 0193 karong adlawa.", "0917 555 0193"),
    ("94470 58213 എന്ന മൊബൈലിലോ വിളിക്കാൻ പറയൂ, ഡെലിവറി മൊബൈൽ 94470 58213", "94470 58213"),
])
def test_phone_words_in_igbo_cebuano_and_malayalam(text: str, number: str) -> None:
    assert ("phone", number) in _typed(text)


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("আমার ফোন ০১৭১২-৩৪৫৬৭৮, সন্ধ্যায় কল দিন।", "phone", "০১৭১২-৩৪৫৬৭৮"),  # Bengali digits
    ("رقم البطاقة ٤١١١ ١١١١ ١١١١ ١١١١ من فضلك", "card", "٤١١١ ١١١١ ١١١١ ١١١١"),  # noqa: RUF001
    ("शिपमेंट के लिए फ़ोन: ९८७६५ ४३१२०", "phone", "९८७६५ ४३१२०"),  # Devanagari
])
def test_numbers_written_in_another_scripts_digits_are_found_where_they_are(
        text: str, kind: str, value: str) -> None:
    assert _typed(text) == [(kind, value)]
    redactor = Redactor()
    redacted = redactor.redact(text, pii.find_pii(text))
    assert value not in redacted and value in redactor.originals.values()


def test_other_scripts_digits_in_dates_and_prices_are_not_numbers_to_hide() -> None:
    assert _typed("शिपमेंट १२ मार्च को आया, कीमत ४५० रुपये") == []


@pytest.mark.parametrize(("text", "found"), [
    ("Ngishayele ku-082 517 4936 uma iphasela selifikile.", ["082 517 4936"]),  # Zulu
    ("Inombolo yam ngu-082 555 0147, nditsalele emva kwesihlanu.", ["082 555 0147"]),  # Xhosa
    ("Call 12-082 555 0147 today", []),  # after a digit group: its tail, not a phone
    ("Call about SKU-082 555 0147 today", []),  # after a capital: a code's
    ("אפשר להשיג אותי ב-052-1234567 אחרי שש.", ["052-1234567"]),  # Hebrew's "at"
])
def test_a_number_joined_to_a_small_prefix_by_a_hyphen_is_a_phone(
        text: str, found: list[str]) -> None:
    assert [value for kind, value in _typed(text) if kind == "phone"] == found


@pytest.mark.parametrize(("text", "number"), [
    # a shape of their own, no phone word needed: the Philippines, Bangladesh, a Turkish
    # landline, an Iranian mobile in Persian digits
    ("Pakitext na lang po ako sa 0917 845 2231 pag ready na yung order ko.", "0917 845 2231"),
    ("আমার বিকাশ নম্বর 01712-345678, এজেন্ট বলেছিল টাকা চলে আসবে", "01712-345678"),
    ("Şikâyet için yetkiliye 0232 555 41 87 numaralı hattan ulaşın.", "0232 555 41 87"),  # noqa: RUF001
    ("لطفاً با شماره ۰۹۱۲ ۴۸۷ ۳۰۲۱ تماس بگیرید.", "۰۹۱۲ ۴۸۷ ۳۰۲۱"),
    # Hindi's mobile, and a messenger named just after the number
    ("आवेदक: सुनीता देवी\nमोबाइल नंबर: 98765 43120\nपता: लक्ष्मी नगर", "98765 43120"),
    ("ખાસ ઓફર માટે તરત 97250 11846 પર WhatsApp કરો", "97250 11846"),
])
def test_more_countries_mobiles_and_a_messenger_after_the_number(text: str, number: str) -> None:
    assert _typed(text) == [("phone", number)]


@pytest.mark.parametrize(("text", "number"), [
    # a case ending after a hyphen (Hungarian), Sweden's mobile, a Danish number in pairs
    # after "tlf.", a Gulf mobile in one block after "mobile"
    ("Telefonon a +36 30 123 4567-es számon vagyok elérhető.", "+36 30 123 4567"),
    ("Jag nås på 070-123 45 67 efter lunch.", "070-123 45 67"),
    ("Navn: Mette Nielsen, tlf. 20 12 34 56.", "20 12 34 56"),
    ("ورقم الجوال 0501234567 من فضلك.", "0501234567"),
])
def test_nordic_hungarian_and_gulf_phones_are_found(text: str, number: str) -> None:
    assert _typed(text) == [("phone", number)]


@pytest.mark.parametrize("text", [
    "Score 20 12 34 56 in the four rounds.",  # pairs without a phone word
    "Invoice 0501234567 is overdue.",  # a block without one
])
def test_those_shapes_without_a_phone_word_are_not(text: str) -> None:
    assert [kind for kind, _ in _typed(text) if kind == "phone"] == []


def test_a_password_in_backticks_after_to_is_a_secret() -> None:
    text = "I rotated the DB password yesterday to `Tr0ub4dor&3-Qx7!`, check the config."
    assert ("secret", "Tr0ub4dor&3-Qx7!") in _typed(text)


@pytest.mark.parametrize("text", [
    "ref 97250 11846 signal strength was low",  # no messenger, no phone word
    "Order 0917 845 2231 shipped",  # labelled as an order's
    "2024 2025 1234 5678 sales figures",
])
def test_numbers_of_those_shapes_named_otherwise_are_not_phones(text: str) -> None:
    assert "phone" not in {kind for kind, _ in _typed(text)}


@pytest.mark.parametrize(("text", "number"), [
    ("Call 1-800-356-9377 before noon.", "1-800-356-9377"),  # North America's "1" without "+"
    ("Our line is 1 (415) 555-2671.", "1 (415) 555-2671"),
    ("Телефон: 8 (903) 715-26-48", "8 (903) 715-26-48"),  # Russia's trunk prefix 8
    ("Звоните 8 912 345 67 89 после шести.", "8 912 345 67 89"),
    ("тел. 8 (4012) 12-34-56", "8 (4012) 12-34-56"),
])
def test_a_north_american_number_after_its_1_and_a_russian_one_after_its_8(
        text: str, number: str) -> None:
    assert _typed(text) == [("phone", number)]


@pytest.mark.parametrize("text", [
    "het rekeningnummer NL33 RABO 8982 4373 14 wordt niet geaccepteerd",  # a near-miss IBAN
    "Order 8123456789012 shipped on Monday",
    "Счёт 89123456789 оплачен",  # an invoice's number: no phone word
])
def test_digit_groups_after_an_8_that_are_no_phone(text: str) -> None:
    assert "phone" not in {kind for kind, _ in _typed(text)}


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Миний регистрийн дугаар УБ99031512. Лавлагаа яаж авах вэ?", "national_id",  # noqa: RUF001
     "УБ99031512"),  # noqa: RUF001
    ("Регистр: ЧБ05250312", "national_id", "ЧБ05250312"),  # born 2005: the month plus 20
    ("Inombolo yami ye-ID ngu-9003125511084, ngicela ungisize.", "national_id",
     "9003125511084"),
    ("لطفاً به این شماره شبا واریز کنید: IR92 8646 0720 4233 3319 8276 55", "iban",
     "IR92 8646 0720 4233 3319 8276 55"),  # Iran's Sheba
])
def test_mongolian_register_numbers_zulu_id_numbers_and_iranian_ibans_are_found(
        text: str, kind: str, value: str) -> None:
    assert _typed(text) == [(kind, value)]


@pytest.mark.parametrize("text", [
    "регистрийн дугаар УБ99131512",  # no 13th month  # noqa: RUF001
    "лицензийн дугаар УБ99031512",  # no name  # noqa: RUF001
    "IR92 8646 0720 4233 3319 8276 56",  # fails mod 97
    "драйвер прынтара версіі 5.1.0.12 не працуе",  # Belarusian "version": no address
])
def test_those_failing_their_layout_or_named_otherwise_are_not(text: str) -> None:
    assert _typed(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ('echo "::add-mask::$TOKEN"', []),  # a GitHub Actions workflow command
    ("cafe::beef is no host", []),
    ("loopback ::1 and link-local fe80::1", [("ip", "::1"), ("ip", "fe80::1")]),
    ("host fdab:cdef::abcd", [("ip", "fdab:cdef::abcd")]),  # three groups of letters
])
def test_a_double_colon_beside_hex_letters_alone_is_a_word_not_an_address(
        text: str, found: list[tuple[str, str]]) -> None:
    assert _typed(text) == found


def test_no_scanned_name_quantifies_or_classes_part_of_a_character() -> None:
    # Hyperscan reads UTF-8 bytes: "ה?" makes the last byte of the letter optional and
    # "[čc]" is a class of bytes, so "תעודת זהות" and "matični broj" were never found.
    # A character beyond ASCII is grouped instead: "(?:ה)?", "(?:č|c)".
    for name, (_, scanned, _, _) in pii._SCANNED.items():
        assert not re.search(r"[^\x00-\x7f](?:[?*+]|\{\d)", scanned), name
        assert all(cls.isascii() for cls in re.findall(r"\[(?:\\.|[^\]\\])*\]", scanned)), name


@pytest.mark.parametrize(("text", "found"), [
    # Sweden's definite "personnumret", Finland's "tunnus" inflected, a JMBG a clause
    # after its name
    ("Är det okej att skicka via vanlig e-post? Personnumret är 941129-9234.",
     [("national_id", "941129-9234")]),
    ("Onko se turvallista? Tunnukseni on 140675-471D.", [("national_id", "140675-471D")]),
    ("Da li poslodavac sme da traži moj JMBG pre potpisivanja ugovora o radu? Trebalo bi "
     "da im pošaljem 1507970717472 mejlom.", [("national_id", "1507970717472")]),
    # a Turkish mobile with its trunk 0 set apart
    ("Merhaba, telefonum 0 555 113 65 45.", [("phone", "0 555 113 65 45")]),
    ("Beni 0 (532) 123 45 67 numarasından arayın.", [("phone", "0 (532) 123 45 67")]),  # noqa: RUF001
    # a passphrase of hyphenated words, Swahili's "nenosiri ni", a user's name between
    ('The new network is "Home-Mesh" with password Maple-Kettle-2291, and I can\'t find it.',
     [("secret", "Maple-Kettle-2291")]),
    ('Mtandao mpya ni "Ofisi-Kuu-5G" na nenosiri ni Simba2024!Kazi. Tafadhali sahau.',
     [("secret", "Simba2024!Kazi")]),
    ("Пароль root Copper%6068tango точно правильный.", [("secret", "Copper%6068tango")]),
])
def test_named_ids_a_clause_away_turkish_mobiles_and_passwords_after_a_user(
        text: str, found: list[tuple[str, str]]) -> None:
    assert _typed(text) == found


@pytest.mark.parametrize("text", [
    "The password reset-link-v2 handler is broken since Monday.",  # small letters: a name
    "My password Windows-11 laptop keeps asking for a PIN.",
    "Käyttäjätunnus on 140675-471E.",  # a check character that fails
    "Personnumret är 941129-9235.",
    "Tracking 1507970717472 arrived; JMBG is not needed for that.",  # the name after it
])
def test_names_hyphenated_words_and_numbers_failing_their_check_are_not_pii(text: str) -> None:
    assert _typed(text) == []


@pytest.mark.parametrize(("text", "found"), [
    # a Berlin landline after "erreichen Sie mich", an Indian mobile after "his number"
    ("Für Rückfragen erreichen Sie mich unter 030 28 49 71 63 oder per E-Mail.",
     [("phone", "030 28 49 71 63")]),
    ("प्लंबर को कल बुलाना है। उसका नंबर 98201 44763 है।", [("phone", "98201 44763")]),
    # a Wi-Fi's code with a symbol (Danish), Hungarian's "jelszó pedig", a fødselsnummer a
    # sentence after its name
    ("Wi-Fi-netværket hedder Klitrosen_5G, og koden er Strandhus#2291.",
     [("secret", "Strandhus#2291")]),
    ("A routeren a rendszergazda-jelszó pedig Kukorica-7743. Kérlek, változtasd meg.",
     [("secret", "Kukorica-7743")]),
    ("NAV-skjemaet sier at fødselsnummeret mitt er ugyldig. Jeg har skrevet 171082 34202.",
     [("national_id", "171082 34202")]),
    # a card followed by its expiry: the month is not the number's end
    ("Example format: 4936 4120 7078 9324 09/27 123", [("card", "4936 4120 7078 9324")]),
])
def test_numbers_and_passwords_said_in_more_ways(text: str, found: list[tuple[str, str]]) -> None:
    assert _typed(text) == found


@pytest.mark.parametrize("text", [
    "Rabatkoden er SOMMER2024 og gælder til fredag.",  # a discount's code: no symbol
    "ऑर्डर नंबर 98201 44763 है।",  # an order's number
    "Reference 4936 4120 7078 9326 09/27 on the invoice.",  # fails Luhn, with or without
])
def test_codes_and_numbers_of_other_things_are_not_pii(text: str) -> None:
    assert _typed(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # an HTTP header's bearer token
    ("curl -H 'Authorization: Bearer 9c41e07bd2a85f6630ab1e4d7f2c9a58' https://api.example.org",
     [("secret", "9c41e07bd2a85f6630ab1e4d7f2c9a58")]),
    # a call-back number after 折り返し, a Bizum payment, a Hindi "contact at"
    ("至急の件は折り返し先：06-6345-7781までお願いします。", [("phone", "06-6345-7781")]),  # noqa: RUF001
    ("Te lo pago por Bizum al 655 210 438 esta tarde.", [("phone", "655 210 438")]),
    ("किसी भी समस्या के लिए 98765 12340 पर संपर्क करें।", [("phone", "98765 12340")]),
    # Malaysia's IC named in Malay, Germany's tax id named by its office
    ("Ejen minta nombor IC saya: 850412-14-5527, boleh ke?",
     [("national_id", "850412-14-5527")]),
    ("Im Brief vom Bundeszentralamt für Steuern steht 86095742719 als Nummer.",
     [("national_id", "86095742719")]),
])
def test_tokens_phones_and_ids_named_in_more_ways_are_typed(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _typed(text) == expected


@pytest.mark.parametrize("text", [
    "Am folosit clientul de plăți versiunea 2.4.10.3 și tot nu merge.",
    "Release notes, ledger-sync 4.12.0.7\n- Fixed rounding in journal entries",
    "Use a Bearer token in the Authorization header, as the guide says.",
])
def test_versions_in_romanian_a_release_heading_and_bearer_prose_are_not_pii(text: str) -> None:
    assert _typed(text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("My NHS number is 943 476 5919, please update the surgery.", "943 476 5919"),
    ("O cartão do SUS dela é 700 0000 0000 0005.", "700 0000 0000 0005"),
    ("Meine Krankenversichertennummer lautet A123456780.", "A123456780"),
    ("Medicare card 2123 45670 1 expires in May.", "2123 45670 1"),
    ("My Medicare number is 1EG4-TE5-MK73.", "1EG4-TE5-MK73"),
    ("Número de afiliación a la Seguridad Social: 28/12345678/40.", "28/12345678/40"),
    ("Mój NIP to 123-456-32-18.", "123-456-32-18"),
    ("ΑΦΜ 090000045, αν χρειάζεται.", "090000045"),  # noqa: RUF001
    ("ИНН 7707083893 указан в договоре.", "7707083893"),
    ("Мой ИНН 500100732259.", "500100732259"),
    ("Vergi kimlik numaram 1234567890, faturaya ekleyin.", "1234567890"),
    ("Adóazonosító jel: 8071592153.", "8071592153"),
    ("My PPSN is 1234567T, for the Revenue form.", "1234567T"),
    ("IRD number 49-091-850 for the tax return.", "49-091-850"),
    ("PAN: ABCPE1234F", "ABCPE1234F"),
    ("رقم هويتي الوطنية 1048273658 لا يقبله النظام.", "1048273658"),
])
def test_health_and_tax_numbers_count_after_their_names(text: str, number: str) -> None:
    assert _typed(text) == [("national_id", number)]


@pytest.mark.parametrize("text", [
    "My NHS number is 943 476 5918.",  # the check digit is 9
    "cartão do SUS 700 0000 0000 0006",
    "Krankenversichertennummer A123456781",
    "Medicare card 2123 45671 1",
    "Medicare number 1SG4-TE5-MK73",  # no S in an MBI
    "Seguridad Social 28/12345678/41",
    "NIP 123-456-32-17",
    "ΑΦΜ 090000046",
    "ИНН 7707083894",
    "Adóazonosító jel: 8071592154",
    "PPSN 1234567A",
    "IRD 49-091-851",
    "PAN: ABCXE1234F",  # X is no holder's kind
    "Order 943 476 5919 left the warehouse.",  # no name
    "Ticket A123456780 is closed.",
])
def test_health_and_tax_numbers_failing_their_check_or_name_are_not(text: str) -> None:
    assert "national_id" not in {kind for kind, _ in _typed(text)}


@pytest.mark.parametrize(("text", "number"), [
    ("Proszę o kontakt: 512 384 907.", "512 384 907"),
    ("Per contatto: 02 8765 4321", "02 8765 4321"),
    ("தொடர்புக்கு: 044 2561 7390.", "044 2561 7390"),
    ("Mera number 98110 47263 hai.", "98110 47263"),
    ("संपर्क: 98765 43210", "98765 43210"),
    ("Telefon 912 47 358, etter klokka fire.", "912 47 358"),
])
def test_phones_after_contact_in_more_languages_and_norways_mobiles_are_found(
        text: str, number: str) -> None:
    assert _typed(text) == [("phone", number)]


@pytest.mark.parametrize("text", [
    "Ordrenummer 912 47 358 er sendt.",
    "Kontakt oss om ordre 912 47 358.",
    "Fakturanummer: 20 12 34 56",
])
def test_nordic_order_and_invoice_numbers_are_not_phones(text: str) -> None:
    assert "phone" not in {kind for kind, _ in _typed(text)}


@pytest.mark.parametrize(("text", "number"), [
    # eight digits in two fours, with a phone word
    ("Telefòn: 4638-2917", "4638-2917"),
    ("Call our Singapore office on 6123 4567 after nine.", "6123 4567"),
    ("9911 4527 дугаар руу залгаарай", "9911 4527"),  # noqa: RUF001 (Mongolian: the word after)
    # India's and Nepal's mobiles in one block or 4-6, India's with the trunk 0, Iran's
    ("यो नम्बरमा फोन गर्नुहोला: ९८४१२३४५६७", "९८४१२३४५६७"),
    ("इच्छुक भए 9841-256873 मा सम्पर्क गर्नुहोला", "9841-256873"),
    ("मेरा नंबर 094150 27836 है", "094150 27836"),
    ("मेरा नया नंबर 98450 21367 है", "98450 21367"),  # a word between
    ("माझा नंबर 98221 56043.", "98221 56043"),  # Marathi
    ("شماره موبایل من ۰۹۱۲۳۴۵۶۷۸۹ است", "۰۹۱۲۳۴۵۶۷۸۹"),  # Persian digits
    # "contact" and "call" in more languages, French's "Tél."
    ("أرجو التواصل معي على 0504417382", "0504417382"),
    ("עליו להתקשר מיד ל-03-7719284", "03-7719284"),
    ("Imel: a@b.ng | Waya: 0803 123 4567", "0803 123 4567"),
    ("12 rue Tronchet, 69006 Lyon - Tél. 04 78 62 19 35", "04 78 62 19 35"),
    ("98401 23456 என்ற எண்ணுக்கு SMS அனுப்பு", "98401 23456"),  # Tamil: the word after
    ("ご不明な点は学校（03-5912-4418）までお問い合わせください。", "03-5912-4418"),  # noqa: RUF001
    ("東京支社の代表番号は03-1234-5678です。", "03-1234-5678"),
    ("有問題可以打 0932-514-207。", "0932-514-207"),
    # a preposition just before the number
    ("Rückruf bitte an Frau Keller unter 030 4829 1175.", "030 4829 1175"),
    ("Si no puede acudir, avísenos al 976 55 21 40.", "976 55 21 40"),
    ("Spørsmål kan rettes til servicetorget på 23 43 71 00.", "23 43 71 00"),
])
def test_national_phone_layouts_and_phone_words_of_more_countries_are_found(
        text: str, number: str) -> None:
    assert ("phone", number) in _typed(text)


@pytest.mark.parametrize("text", [
    "Meine Auftragsnummer für das Hörgerät ist 7700-4412-AB19.",  # two groups of a code
    "Onderwerp: Herinnering factuur 2024-0388",  # a year and a number
    "The 2019-2020 season, call it a rebuilding year.",
    "Reading 6123 4567 on the meter.",  # two fours, no phone word
    "Account 9841234567 was closed.",  # a block of ten, no phone word
    "Bestellung unter 0,5 kg: kein Versand.",  # not a phone's shape
])
def test_those_new_shapes_without_a_phone_word_or_as_other_numbers_are_not_phones(
        text: str) -> None:
    assert "phone" not in {kind for kind, _ in _typed(text)}


@pytest.mark.parametrize(("text", "secret"), [
    ("Používáme klíč tk_live_7Hq2ZmR9xV4pLw8sN3cK0bYt a požadavky",
     "tk_live_7Hq2ZmR9xV4pLw8sN3cK0bYt"),
    ("API_NYCKEL=rx_prod_7Hq2Mv9XcT4bN8sLw3ZpK6dF. Kan ni", "rx_prod_7Hq2Mv9XcT4bN8sLw3ZpK6dF"),
    ("- AppSecret：66616ecb98ed930f6f2ecb1349159957", "66616ecb98ed930f6f2ecb1349159957"),  # noqa: RUF001
    ("api-schlüssel: 9f8e7d6c5b4a3f2e1d0c", "9f8e7d6c5b4a3f2e1d0c"),
])
def test_keys_shaped_like_stripes_and_keys_named_in_other_languages_are_secrets(
        text: str, secret: str) -> None:
    assert ("secret", secret) in _typed(text)


@pytest.mark.parametrize("text", [
    "my_test_connectionpoolingsettings",  # no digit: a name
    "the db_prod_database_migration ran",
    "API_NYCKEL=<din nyckel här>",  # a placeholder
])
def test_names_shaped_like_keys_without_a_key_in_them_are_not_secrets(text: str) -> None:
    assert "secret" not in {kind for kind, _ in _typed(text)}


@pytest.mark.parametrize(("text", "secret"), [
    ("The new password I set was Tangerine!Owl-88 and now it says locked", "Tangerine!Owl-88"),
    ("Password was rotated on Tuesday to Harbour-Lantern-8812! but config.php has the old one",
     "Harbour-Lantern-8812!"),
    ("A régi jelszó (Labor#Buda2023) benne maradt a szkriptben.", "Labor#Buda2023"),
])
def test_a_password_said_in_the_past_set_to_or_in_parentheses_is_a_secret(
        text: str, secret: str) -> None:
    assert ("secret", secret) in _typed(text)


@pytest.mark.parametrize("text", [
    "the password was changed yesterday",
    "[auth.reset] password reset link sent to h.okafor1988@yahoo.co.uk",
    "they must email their password to support-verify@protonmail.com",
    "I changed my password to something stronger yesterday",
])
def test_what_follows_a_password_that_is_no_password_is_not_a_secret(text: str) -> None:
    assert "secret" not in {kind for kind, _ in _typed(text)}


def test_a_stripe_key_of_letters_only_is_still_a_secret() -> None:
    text = "Using key sk_live_qysirOpbVsRtQgcORIjljPfT in prod."
    assert _typed(text) == [("secret", "sk_live_qysirOpbVsRtQgcORIjljPfT")]


@pytest.mark.parametrize(("text", "secret"), [
    ("curl keeps returning 401: curl -u admin:P@ssw0rd-Qz81! https://nas.local/api/status",
     "P@ssw0rd-Qz81!"),
    ("mysql -h db01 -u root -pS3cr3t!db orders < dump.sql", "S3cr3t!db"),
    ("sshpass -p 'Tr0ub4dor&3' ssh deploy@10.0.0.5", "Tr0ub4dor&3"),
    ("現在ルーターに設定されている事前共有鍵は Kz7#mPq2-Ryokuchi-0418 です。",
     "Kz7#mPq2-Ryokuchi-0418"),
    ("The VPN pre-shared key is Harbor7-Lantern-22 until Friday.", "Harbor7-Lantern-22"),
])
def test_a_password_on_a_command_line_and_a_pre_shared_key_are_secrets(
        text: str, secret: str) -> None:
    assert ("secret", secret) in _typed(text)


@pytest.mark.parametrize("text", [
    "curl -u $API_USER:$API_TOKEN https://api.example.org",  # variables
    "curl -u user:password https://api.example.org",  # documentation's
    "mysql -u root -p orders",  # asks for it
    "docker run -u 1000:1000 app",
])
def test_command_lines_without_a_password_in_them_have_no_secret(text: str) -> None:
    assert "secret" not in {kind for kind, _ in _typed(text)}


def test_a_private_key_pasted_without_its_end_is_a_secret() -> None:
    text = ("the full key (starts with -----BEGIN OPENSSH PRIVATE KEY----- "
            "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ...) is on the wiki")
    assert _typed(text) == [
        ("secret", "-----BEGIN OPENSSH PRIVATE KEY----- "
                   "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ")]
    assert _typed("The header -----BEGIN PRIVATE KEY----- starts a key.") == []


@pytest.mark.parametrize(("text", "address"), [
    ("資料はtanaka.haruka@example.co.jpまでお送りください。", "tanaka.haruka@example.co.jp"),
    ("voye yon kopi bay sipò.teknik@haiti-servisnet.com. Pa di", "sipò.teknik@haiti-servisnet.com"),
    ("écrire à élodie.durand@orange.fr", "élodie.durand@orange.fr"),
])
def test_an_address_after_a_letter_of_another_script_or_with_accents_is_whole(
        text: str, address: str) -> None:
    assert _typed(text) == [("email", address)]


@pytest.mark.parametrize(("text", "number"), [
    ("mi celu es 11 4387-2290", "11 4387-2290"),  # Argentina, area code then number
    ("Me chama no 11 98765-4321 depois das seis", "11 98765-4321"),  # Brazil's mobile
    ("کد تأیید به شماره قبلی‌ام ۰۹۱۲۳۴۵۶۷۸۹ ارسال می‌شود", "۰۹۱۲۳۴۵۶۷۸۹"),  # my old number
    ("Renseignements / للاستفسار : 01 49 33 62 18 – mairie", "01 49 33 62 18"),  # noqa: RUF001
])
def test_latin_americas_layouts_and_more_phone_words_are_phones(text: str, number: str) -> None:
    assert ("phone", number) in _typed(text)


@pytest.mark.parametrize("text", [
    "شماره سفارش 09123456789 ثبت شد",  # an order's number
    "between 10 2000-3000 units a month",
])
def test_those_numbers_without_a_phone_word_are_not_phones(text: str) -> None:
    assert "phone" not in {kind for kind, _ in _typed(text)}


def test_a_card_between_dots_or_with_its_expiry_after_another_label_is_a_card() -> None:
    assert _typed("o pagamento foi no cartão 5496.4983.3205.4382, pode verificar") == [
        ("card", "5496.4983.3205.4382")]
    assert _typed("the card for the groceries order: 4089552727528347, expiry 11/26") == [
        ("card", "4089552727528347")]
    assert _typed("order: 4089552727528347, shipped 11/26") == []


@pytest.mark.parametrize("iban", [
    "LT03 1210 0001 1101 0010 00",  # two digits over Lithuania's 20
    "CH25 3723 6241 8883 2834",  # one short of Switzerland's 21
    "CY720020012800000001200527600",
])
def test_an_iban_of_the_wrong_length_whose_check_holds_is_an_iban(iban: str) -> None:
    assert _typed(f"pay to {iban} by Friday") == [("iban", iban)]


def test_an_iban_of_the_wrong_length_failing_its_check_is_not() -> None:
    assert _typed("pay to LT03 1210 0001 1101 0010 01 by Friday") == []


@pytest.mark.parametrize("text", [
    "Kernel 6.8.0.31 broke the NIC driver on our runners, pinning 6.5.0.44 until it is fixed.",
    "SAP GUI 8.0.0.12 is the release the finance image ships with.",
    "Upgrading the agent from 7.70.0.112 to 8.0.0.12 next week?",
    "Programu ya benki inasema toleo 3.2.10.4 halitumiki tena.",  # Swahili: version
    "Both wheels are on the index as acme_sdk-10.2.3.4-py3-none-any.whl.",
])
def test_a_dotted_quad_in_a_sentence_about_versions_is_no_address(text: str) -> None:
    assert "ip" not in {kind for kind, _ in _typed(text)}


@pytest.mark.parametrize(("text", "address"), [
    ("After the firmware update the router at 192.168.1.1 stopped answering.", "192.168.1.1"),
    ("08:14 Message received from 203.0.113.9; spam score below threshold.", "203.0.113.9"),
    ("The release went out. Requests from 10.13.1.113 were rate limited.", "10.13.1.113"),
])
def test_a_dotted_quad_with_a_network_word_or_another_sentences_version_is_one(
        text: str, address: str) -> None:
    assert ("ip", address) in _typed(text)


@pytest.mark.parametrize(("text", "secret"), [
    ("Benutzer fin_upload_kbraun, Initialpasswort Hb9!rT4#wQz2. Bitte ändern.", "Hb9!rT4#wQz2"),
    ("de live API-sleutel van de betaalprovider: live_Hq7dPx2KsV9mTn4RwB8cLz3YfJ6aE1. Die",
     "live_Hq7dPx2KsV9mTn4RwB8cLz3YfJ6aE1"),  # Mollie's
    ('    access_key           = "3i8Wfo4UOtFj9je9BkcOiZ4x7rQA7FPKj+4vpLRr+rd5GJ8GeksegImSC7w8="',
     "3i8Wfo4UOtFj9je9BkcOiZ4x7rQA7FPKj+4vpLRr+rd5GJ8GeksegImSC7w8="),
    ("Endpoint=https;AccountName=st01;AccountKey=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA==;Suffix=x",
     "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA=="),
])
def test_compound_password_words_mollie_keys_and_storage_keys_are_secrets(
        text: str, secret: str) -> None:
    assert ("secret", secret) in _typed(text)


@pytest.mark.parametrize("text", [
    "비밀번호는 1Password 'Staging QA' 금고에 있습니다",  # where it is kept
    "Passwortmanager: Bitwarden2024 ist eingerichtet",  # a word that goes on
    "run test_connection_pool_settings_for_the_db",
])
def test_a_password_manager_and_words_that_go_on_are_not_secrets(text: str) -> None:
    assert "secret" not in {kind for kind, _ in _typed(text)}


def test_a_phone_does_not_run_on_over_a_line_break() -> None:
    statement = "Ausgleich +38 450,00\n05.05.2024  Miete -900,00\n17.05.2024  Kauf"
    assert "phone" not in {kind for kind, _ in _typed(statement)}
    assert _typed("call +44 20 7946 0958\n12 apples") == [("phone", "+44 20 7946 0958")]


def test_a_serial_number_in_italian_is_no_phone() -> None:
    assert _typed("il token OTP ha numero di serie 0049-2217-5583. Ieri") == []


@pytest.mark.parametrize(("text", "number"), [
    ("マイナンバーを給与システムに登録したいのですが、権限がなくて画面が開けません。"
     "番号は 5312 7880 1280 です。", "5312 7880 1280"),
    ("তাঁর জাতীয় পরিচয়পত্র নম্বর 4612538907 এবং", "4612538907"),
    ("NID 4612538907 on file", "4612538907"),
])
def test_a_my_number_further_from_its_name_and_a_bangladeshi_nid_are_ids(
        text: str, number: str) -> None:
    assert ("national_id", number) in _typed(text)

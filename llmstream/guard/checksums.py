"""Check digits of identifiers: what tells a number that was issued from a run of digits
that only looks like one. Pure."""

from __future__ import annotations

# ASCII digit -> its value, and -> its Luhn-doubled value (2d, minus 9 when above 9).
_DIGIT_VALUE = bytes.maketrans(b"0123456789", bytes(range(10)))
_DOUBLED_VALUE = bytes.maketrans(b"0123456789", bytes([0, 2, 4, 6, 8, 1, 3, 5, 7, 9]))


def luhn_valid(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits: every second digit from the right
    doubled (its digits summed), the total a multiple of ten."""
    if not digits.isascii():  # digits of other scripts (Python's \d): not a card number
        return False
    backwards = digits[::-1].encode("ascii")
    total = sum(backwards[::2].translate(_DIGIT_VALUE)) + sum(
        backwards[1::2].translate(_DOUBLED_VALUE))
    return total % 10 == 0


def nir_valid(text: str) -> bool:
    """The key (the last two digits) is 97 minus the first thirteen digits mod 97, with
    Corsica's 2A and 2B read as 19 and 18."""
    value = text.replace(" ", "")
    body = value[:5] + value[5:7].replace("2A", "19").replace("2B", "18") + value[7:13]
    return body.isdigit() and 97 - int(body) % 97 == int(value[13:])


_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18,
                 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23), strict=True))
_EVEN = {**{str(digit): digit for digit in range(10)},
         **{chr(65 + index): index for index in range(26)}}


def codice_fiscale_valid(text: str) -> bool:
    """The check letter: the first fifteen characters' values (odd and even places have
    their own tables) summed, mod 26, as a letter."""
    total = sum(_ODD[char] if index % 2 == 0 else _EVEN[char]
                for index, char in enumerate(text[:15]))
    return chr(65 + total % 26) == text[15]


def cpf_valid(text: str) -> bool:
    """Two mod-11 check digits over the nine before them (weights 10..2, then 11..2); a
    number of one repeated digit passes them but is not issued."""
    digits = [int(char) for char in text if char.isdigit()]
    if len(digits) != 11 or len(set(digits)) == 1:
        return False
    for length in (9, 10):
        total = sum(digit * (length + 1 - index) for index, digit in enumerate(digits[:length]))
        if total * 10 % 11 % 10 != digits[length]:
            return False
    return True


def sin_valid(text: str) -> bool:
    """Canada's social insurance number: Luhn, and no 0 or 8 in front (never issued)."""
    digits = text.replace(" ", "").replace("-", "")
    return digits[0] not in "08" and luhn_valid(digits)


def bsn_valid(text: str) -> bool:
    """The Dutch 11-test: the first eight digits weighted 9..2, less the ninth, a
    multiple of eleven (and not zero)."""
    digits = [int(char) for char in text if char.isdigit()]
    total = sum(digit * (9 - index) for index, digit in enumerate(digits[:8])) - digits[8]
    return total % 11 == 0 and any(digits)


_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5), (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7), (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3), (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0))
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4), (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7), (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8))


def aadhaar_valid(text: str) -> bool:
    """India's Aadhaar: twelve digits, the first 2-9, the last a Verhoeff check digit."""
    digits = [int(char) for char in text if char.isdigit()]
    check = 0
    for index, digit in enumerate(reversed(digits)):
        check = _VERHOEFF_D[check][_VERHOEFF_P[index % 8][digit]]
    return check == 0


_RESIDENT_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def cn_resident_id_valid(text: str) -> bool:
    """China's resident identity number: seventeen digits (region, birth date, sequence)
    and a check character, ISO 7064 MOD 11-2 ("10X98765432" by the weighted sum)."""
    if len(text) != 18 or not text[:17].isascii() or not text[:17].isdigit():
        return False
    total = sum(int(digit) * weight for digit, weight in zip(text[:17], _RESIDENT_ID_WEIGHTS,
                                                              strict=True))
    return "10X98765432"[total % 11] == text[17].upper()


_PESEL_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)


def pesel_valid(text: str) -> bool:
    """Poland's PESEL: eleven digits, the last (10 - weighted sum of the first ten) mod 10,
    and a month field that a birth date in 1800-2299 allows (the century adds 20s)."""
    if len(text) != 11 or not text.isascii() or not text.isdigit():
        return False
    if not 1 <= int(text[2:4]) % 20 <= 12 or not 1 <= int(text[4:6]) <= 31:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(text, _PESEL_WEIGHTS, strict=False))
    return (10 - total % 10) % 10 == int(text[10])


def tc_kimlik_valid(text: str) -> bool:
    """Turkey's T.C. identity number: eleven digits, the first not 0; the tenth is (7 x the
    sum of the odd places - the sum of the even ones among the first nine) mod 10, the
    eleventh the sum of the first ten mod 10."""
    if len(text) != 11 or not text.isascii() or not text.isdigit() or text[0] == "0":
        return False
    digits = [int(digit) for digit in text]
    tenth = (7 * sum(digits[0:9:2]) - sum(digits[1:8:2])) % 10
    return digits[9] == tenth and digits[10] == sum(digits[:10]) % 10


def _eleven_minus_check(text: str, weights: tuple[int, ...]) -> bool:
    """Thirteen ASCII digits (separators aside), the last (11 - the first twelve weighted
    by ``weights``, mod 11) mod 10: Thailand's and South Korea's ids."""
    digits = [int(char) for char in text if char.isdigit()]
    if len(digits) != 13 or not text.isascii():
        return False
    total = sum(digit * weight for digit, weight in zip(digits[:12], weights, strict=True))
    return (11 - total % 11) % 10 == digits[12]


_THAI_ID_WEIGHTS = tuple(range(13, 1, -1))


def thai_id_valid(text: str) -> bool:
    """Thailand's citizen id: the first twelve digits weighted 13 down to 2."""
    return _eleven_minus_check(text, _THAI_ID_WEIGHTS)


def israeli_id_valid(text: str) -> bool:
    """Israel's identity number (teudat zehut): nine digits passing Luhn."""
    return len(text) == 9 and text.isdigit() and luhn_valid(text)


def saudi_id_valid(text: str) -> bool:
    """Saudi Arabia's national id (1...) or iqama (2...): ten digits passing Luhn."""
    return len(text) == 10 and text.isdigit() and text[0] in "12" and luhn_valid(text)


_RRN_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)


def korean_rrn_valid(text: str) -> bool:
    """South Korea's resident registration number (YYMMDD-SNNNNNC), as issued before the
    2020 change: the first twelve digits weighted 2-9, 2-5."""
    return _eleven_minus_check(text, _RRN_WEIGHTS)


def _date_plausible(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


_CNP_WEIGHTS = (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)


def cnp_valid(text: str) -> bool:
    """Romania's CNP: thirteen digits, the last the weighted sum of the first twelve mod 11
    (10 written 1), with a birth month and day that exist."""
    if len(text) != 13 or not text.isascii() or not text.isdigit():
        return False
    if not _date_plausible(int(text[3:5]), int(text[5:7])):
        return False
    remainder = sum(int(digit) * weight for digit, weight in zip(text[:12], _CNP_WEIGHTS,
                                                                 strict=True)) % 11
    return (1 if remainder == 10 else remainder) == int(text[12])


def _mod11_rounds(digits: list[int], rounds: tuple[tuple[int, ...], ...]) -> int | None:
    """The digits weighted by each round of weights in turn, mod 11: the first remainder
    that is not 10, or None when every round leaves 10 (Lithuania's and Kazakhstan's
    check digits)."""
    for weights in rounds:
        remainder = sum(digit * weight for digit, weight in zip(digits, weights, strict=True)) % 11
        if remainder != 10:
            return remainder
    return None


_LT_WEIGHTS = ((1, 2, 3, 4, 5, 6, 7, 8, 9, 1), (3, 4, 5, 6, 7, 8, 9, 1, 2, 3))


def lithuanian_code_valid(text: str) -> bool:
    """Lithuania's asmens kodas: eleven digits, century and sex (1-6), YYMMDD, sequence, and
    a check digit, the first ten weighted 1-9,1 mod 11 (10: weighted 3-9,1-3; 10 again: 0).
    Estonia's isikukood is built the same way."""
    if len(text) != 11 or not text.isascii() or not text.isdigit() or text[0] not in "123456":
        return False
    if not _date_plausible(int(text[3:5]), int(text[5:7])):
        return False
    digits = [int(char) for char in text]
    check = _mod11_rounds(digits[:10], _LT_WEIGHTS)
    return (0 if check is None else check) == digits[10]


def birth_number_valid(text: str) -> bool:
    """The Czech and Slovak rodné číslo, YYMMDD/NNNN (a woman's month +50, +20 when a day ran
    out of numbers), as issued since 1954: ten digits divisible by 11 (or the first nine
    leaving 10 and the last 0)."""
    digits = text.replace("/", "")
    if len(digits) != 10 or not digits.isascii() or not digits.isdigit():
        return False
    if not _date_plausible(int(digits[2:4]) % 50 % 20, int(digits[4:6])):
        return False
    return int(digits) % 11 == 0 or (int(digits[:9]) % 11 == 10 and digits[9] == "0")


_IIN_WEIGHTS = ((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2))


def kazakh_iin_valid(text: str) -> bool:
    """Kazakhstan's IIN (ЖСН, ИИН): YYMMDD, century and sex (0-6), sequence, and a check digit
    the first eleven weighted 1-11 mod 11 (10: weighted 3-11,1,2; 10 again: never issued)."""
    if len(text) != 12 or not text.isascii() or not text.isdigit() or text[6] not in "0123456":
        return False
    if not _date_plausible(int(text[2:4]), int(text[4:6])):
        return False
    digits = [int(char) for char in text]
    check = _mod11_rounds(digits[:11], _IIN_WEIGHTS)
    return check is not None and check == digits[11]


def south_african_id_valid(text: str) -> bool:
    """South Africa's identity number: YYMMDD, sequence, citizenship (0-1), a digit, and a
    Luhn check digit."""
    if len(text) != 13 or not text.isascii() or not text.isdigit() or text[10] not in "01":
        return False
    return _date_plausible(int(text[2:4]), int(text[4:6])) and luhn_valid(text)


def dated_id_valid(text: str) -> bool:
    """An identity number that starts with the holder's birth date and has no check digit
    (Malaysia's MyKad, YYMMDD-PB-NNNN): twelve digits with a month and day that exist."""
    digits = text.replace("-", "")
    return (len(digits) == 12 and digits.isascii() and digits.isdigit()
            and _date_plausible(int(digits[2:4]), int(digits[4:6])))


def sri_lankan_nic_valid(text: str) -> bool:
    """Sri Lanka's NIC: the old YYDDDNNNNV (nine digits, V or X) or the new YYYYDDDNNNNN
    (twelve), DDD the day of the year of birth (+500 for a woman)."""
    if not text.isascii():
        return False
    if len(text) == 10 and text[:9].isdigit() and text[9] in "VvXx":
        day = int(text[2:5])
    elif len(text) == 12 and text.isdigit() and text[:2] in ("19", "20"):
        day = int(text[4:7])
    else:
        return False
    return 1 <= day % 500 <= 366


def _weighted_sum(digits: str, weights: tuple[int, ...]) -> int:
    """The first len(weights) of the ASCII ``digits``, each times its weight, summed."""
    return sum(int(digit) * weight
               for digit, weight in zip(digits[:len(weights)], weights, strict=True))


def swedish_personnummer_valid(text: str) -> bool:
    """Sweden's personnummer: (century) YYMMDD, "-" or "+", three digits and a Luhn check
    digit over the ten; the day is +60 in a samordningsnummer."""
    digits = text.replace("-", "").replace("+", "")
    if len(digits) == 12:
        digits = digits[2:]
    if len(digits) != 10 or not digits.isascii() or not digits.isdigit():
        return False
    day = int(digits[4:6])
    return _date_plausible(int(digits[2:4]), day - 60 if day > 60 else day) and luhn_valid(digits)


_KENNITALA_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def kennitala_valid(text: str) -> bool:
    """Iceland's kennitala: DDMMYY (a company's day +40), two digits, a check digit (11 -
    the eight weighted 3,2,7-2, mod 11; 10 never issued) and the century (8, 9, 0)."""
    digits = text.replace("-", "")
    if len(digits) != 10 or not digits.isascii() or not digits.isdigit() or digits[9] not in "890":
        return False
    day = int(digits[:2])
    if not _date_plausible(int(digits[2:4]), day - 40 if day > 40 else day):
        return False
    check = (11 - _weighted_sum(digits, _KENNITALA_WEIGHTS) % 11) % 11
    return check != 10 and check == int(digits[8])


_LATVIAN_WEIGHTS = (1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def latvian_code_valid(text: str) -> bool:
    """Latvia's personas kods: DDMMYY-CNNNN with a check digit ((1101 - the ten weighted),
    mod 11), or since 2017 32NNNN-NNNNN with none."""
    digits = text.replace("-", "")
    if len(digits) != 11 or not digits.isascii() or not digits.isdigit():
        return False
    if digits.startswith("32"):
        return True
    if digits[6] not in "012" or not _date_plausible(int(digits[2:4]), int(digits[:2])):
        return False
    check = (1101 - _weighted_sum(digits, _LATVIAN_WEIGHTS)) % 11
    return check == int(digits[10])


_JMBG_WEIGHTS = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def jmbg_valid(text: str) -> bool:
    """The JMBG of the former Yugoslavia (North Macedonia's EMBG, Serbia's, Bosnia's,
    Montenegro's): DDMMYYY, region, sequence, and 11 - the twelve weighted 7-2 twice,
    mod 11 (10 and 11 as 0)."""
    if len(text) != 13 or not text.isascii() or not text.isdigit():
        return False
    if not _date_plausible(int(text[2:4]), int(text[:2])):
        return False
    check = 11 - _weighted_sum(text, _JMBG_WEIGHTS) % 11
    return (0 if check > 9 else check) == int(text[12])


_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def finnish_hetu_valid(text: str) -> bool:
    """Finland's henkilötunnus: DDMMYY, the century sign, three digits, and the nine
    digits' remainder mod 31 as a character."""
    if len(text) != 11 or not text.isascii() or text[6] not in "+-ABCDEFYXWVU":
        return False
    number = text[:6] + text[7:10]
    if not number.isdigit() or not _date_plausible(int(text[2:4]), int(text[:2])):
        return False
    return _HETU_CHECK[int(number) % 31] == text[10]


_FNR_WEIGHTS = ((3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))


def norwegian_fnr_valid(text: str) -> bool:
    """Norway's fødselsnummer: DDMMYY (a D-number's day +40), three digits and two check
    digits, each 11 - the digits before it weighted, mod 11 (10 never issued)."""
    digits = text.replace(" ", "")
    if len(digits) != 11 or not digits.isascii() or not digits.isdigit():
        return False
    day = int(digits[:2])
    if not _date_plausible(int(digits[2:4]), day - 40 if day > 40 else day):
        return False
    for position, weights in zip((9, 10), _FNR_WEIGHTS, strict=True):
        check = (11 - _weighted_sum(digits, weights) % 11) % 11
        if check == 10 or check != int(digits[position]):
            return False
    return True


def eleven_digits(text: str) -> bool:
    """Eleven ASCII digits, for numbers without a check digit known by their name alone
    (Georgia's personal number, Nigeria's NIN)."""
    return len(text) == 11 and text.isascii() and text.isdigit()


def indonesian_nik_valid(text: str) -> bool:
    """Indonesia's NIK: sixteen digits, a province's code (11-94), regency and district,
    the birth date DDMMYY (40 added to the day for a woman), a sequence from 0001."""
    if len(text) != 16 or not text.isascii() or not text.isdigit():
        return False
    day, month = int(text[6:8]), int(text[8:10])
    return (11 <= int(text[:2]) <= 94 and _date_plausible(month, day % 40 if day > 40 else day)
            and text[12:] != "0000")


def kyrgyz_pin_valid(text: str) -> bool:
    """Kyrgyzstan's personal number: fourteen digits, the sex (1 or 2), the birth date
    DDMMYYYY (1900-2099), a sequence."""
    if len(text) != 14 or not text.isascii() or not text.isdigit() or text[0] not in "12":
        return False
    return _date_plausible(int(text[3:5]), int(text[1:3])) and text[5:7] in ("19", "20")


def rwandan_nid_valid(text: str) -> bool:
    """Rwanda's national id: sixteen digits, the holder's status (1-3), year of birth
    (1900-2099), sex (7 or 8), and the rest."""
    digits = text.replace(" ", "")
    return (len(digits) == 16 and digits.isascii() and digits.isdigit() and digits[0] in "123"
            and digits[1:3] in ("19", "20") and digits[5] in "78")


def mongolian_register_valid(text: str) -> bool:
    """Mongolia's register number: two Cyrillic capitals, the birth date YYMMDD (the month
    plus 20 for a birth from 2000 on) and two digits."""
    letters, digits = text[:2], text[2:].strip()
    if len(digits) != 8 or not digits.isascii() or not digits.isdigit():
        return False
    month = int(digits[2:4])
    return letters.isalpha() and _date_plausible(month - 20 if month > 20 else month,
                                                 int(digits[4:6]))


def _ascii_digits(text: str, separators: str = " -") -> str | None:
    """``text``'s ASCII digits with ``separators`` taken out, or None if anything else
    is left."""
    digits = text.translate(str.maketrans("", "", separators))
    return digits if digits.isascii() and digits.isdigit() else None


def emirates_id_valid(text: str) -> bool:
    """The United Arab Emirates' identity number: 784 (the country), the birth year, seven
    digits and a Luhn check digit, fifteen in all (784-1987-4567321-4)."""
    digits = _ascii_digits(text)
    return digits is not None and len(digits) == 15 and digits.startswith("784") and (
        luhn_valid(digits))


def snils_valid(text: str) -> bool:
    """Russia's SNILS (112-233-445 95): nine digits weighted 9 down to 1, the sum mod 101
    (100 and 101 giving 00) is the last two."""
    digits = _ascii_digits(text)
    if digits is None or len(digits) != 11:
        return False
    total = _weighted_sum(digits, tuple(range(9, 0, -1))) % 101
    return (0 if total == 100 else total) == int(digits[9:])


def amka_valid(text: str) -> bool:
    """Greece's social security number (AMKA): the birth date DDMMYY, five digits, Luhn."""
    digits = _ascii_digits(text)
    return digits is not None and len(digits) == 11 and _date_plausible(
        int(digits[2:4]), int(digits[:2])) and luhn_valid(digits)


_RNOKPP_WEIGHTS = (-1, 5, 7, 9, 4, 6, 10, 5, 7)


def rnokpp_valid(text: str) -> bool:
    """Ukraine's taxpayer number (РНОКПП, the former ІПН): ten digits, the last the first
    nine weighted -1, 5, 7, 9, 4, 6, 10, 5, 7, mod 11, mod 10."""
    digits = _ascii_digits(text, "")
    return digits is not None and len(digits) == 10 and (
        _weighted_sum(digits, _RNOKPP_WEIGHTS) % 11 % 10 == int(digits[9]))


def iranian_code_valid(text: str) -> bool:
    """Iran's national code (کد ملی): ten digits, not all alike; the first nine weighted
    10 down to 2, mod 11: under 2 it is the check digit, else 11 minus it."""
    digits = _ascii_digits(text, "-")
    if digits is None or len(digits) != 10 or len(set(digits)) == 1:
        return False
    remainder = _weighted_sum(digits, tuple(range(10, 1, -1))) % 11
    return int(digits[9]) == (remainder if remainder < 2 else 11 - remainder)


# Japan's My Number: the n-th digit from the right of the first eleven weighs n + 1 up to
# the sixth, n - 5 from the seventh.
_MY_NUMBER_WEIGHTS = tuple(reversed([n + 1 if n <= 6 else n - 5 for n in range(1, 12)]))


def my_number_valid(text: str) -> bool:
    """Japan's individual number (マイナンバー): twelve digits, the last 11 minus the
    weighted sum of the others mod 11 (0 when that remainder is 0 or 1)."""
    digits = _ascii_digits(text)
    if digits is None or len(digits) != 12:
        return False
    remainder = _weighted_sum(digits, _MY_NUMBER_WEIGHTS) % 11
    return int(digits[11]) == (0 if remainder <= 1 else 11 - remainder)


def _mod11_10(digits: str) -> int:
    """The ISO 7064 MOD 11,10 check digit of ``digits``: Croatia's OIB, Germany's tax id."""
    product = 10
    for digit in digits:
        total = (int(digit) + product) % 10 or 10
        product = total * 2 % 11
    return (11 - product) % 10


def oib_valid(text: str) -> bool:
    """Croatia's personal identification number (OIB): eleven digits, ISO 7064 MOD 11,10."""
    return len(text) == 11 and text.isascii() and text.isdigit() and (
        _mod11_10(text[:10]) == int(text[10]))


def german_tax_id_valid(text: str) -> bool:
    """Germany's tax identification number (Steuer-IdNr): eleven digits, the first not 0,
    one digit of the first ten twice or three times and the rest at most once, ISO 7064
    MOD 11,10."""
    digits = _ascii_digits(text, " /")
    if digits is None or len(digits) != 11 or digits[0] == "0":
        return False
    counts = sorted((digits[:10].count(digit) for digit in set(digits[:10])), reverse=True)
    return counts[0] in (2, 3) and counts[1] == 1 and _mod11_10(digits[:10]) == int(digits[10])


_CURP_VALUES = {character: value for value, character in
                enumerate("0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ")}


def curp_valid(text: str) -> bool:
    """Mexico's CURP: eighteen characters, the last 10 minus the weighted sum (18 down to 2)
    of the others' values (0-9, then A-Z with Ñ after N) mod 10."""
    if len(text) != 18 or not text[17].isdigit():
        return False
    total = sum(_CURP_VALUES.get(character, 0) * (18 - index)
                for index, character in enumerate(text[:17]))
    return (10 - total % 10) % 10 == int(text[17])


def rut_valid(text: str) -> bool:
    """Chile's RUT/RUN: the digits, then a check (0-9 or K): 11 minus the sum of the digits
    from the right weighted 2-7 cyclically, mod 11 (10 is K)."""
    compact = text.replace(".", "").replace("-", "").upper()
    body, check = compact[:-1], compact[-1:]
    if not (7 <= len(body) <= 8 and body.isascii() and body.isdigit()):
        return False
    total = sum(int(digit) * (2 + index % 6) for index, digit in enumerate(reversed(body)))
    expected = 11 - total % 11
    return check == {10: "K", 11: "0"}.get(expected, str(expected))


_NRIC_LETTERS = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK"}
_NRIC_WEIGHTS = (2, 7, 6, 5, 4, 3, 2)


def nric_valid(text: str) -> bool:
    """Singapore's NRIC or FIN: S, T, F or G, seven digits and a check letter (the digits
    weighted 2, 7, 6, 5, 4, 3, 2, plus 4 for T and G, mod 11)."""
    if len(text) != 9 or text[0] not in _NRIC_LETTERS or not text[1:8].isdigit():
        return False
    total = _weighted_sum(text[1:8], _NRIC_WEIGHTS) + (4 if text[0] in "TG" else 0)
    return _NRIC_LETTERS[text[0]][total % 11] == text[8]


def hkid_valid(text: str) -> bool:
    """Hong Kong's identity card number: one or two letters, six digits and a check (0-9
    or A) in brackets or not, weighted 9 down to 2 over the letters (A=10, a missing
    second letter 36) and digits, 11 minus the sum mod 11."""
    compact = text.replace("(", "").replace(")", "").replace(" ", "")
    letters = compact[:-7]
    if not (1 <= len(letters) <= 2 and letters.isascii() and letters.isalpha()
            and compact[-7:-1].isdigit()):
        return False
    values = ([36] if len(letters) == 1 else []) + [ord(letter) - 55 for letter in letters]
    values += [int(digit) for digit in compact[-7:-1]]
    weighted = zip(values, range(9, 1, -1), strict=True)
    remainder = sum(value * weight for value, weight in weighted) % 11
    return compact[-1] == {0: "0", 1: "A"}.get(remainder, str(11 - remainder))


_TFN_WEIGHTS = (1, 4, 3, 7, 5, 8, 6, 9, 10)


def tfn_valid(text: str) -> bool:
    """Australia's tax file number: nine digits weighted 1, 4, 3, 7, 5, 8, 6, 9, 10, the
    sum a multiple of 11."""
    digits = _ascii_digits(text)
    return digits is not None and len(digits) == 9 and _weighted_sum(digits, _TFN_WEIGHTS) % 11 == 0


_EGN_WEIGHTS = (2, 4, 8, 5, 10, 9, 7, 3, 6)


def egn_valid(text: str) -> bool:
    """Bulgaria's EGN: YYMMDD (the month +20 before 1900, +40 from 2000), three digits and a
    check: the first nine weighted 2, 4, 8, 5, 10, 9, 7, 3, 6, mod 11 (10 gives 0)."""
    if len(text) != 10 or not text.isascii() or not text.isdigit():
        return False
    if not _date_plausible(int(text[2:4]) % 20, int(text[4:6])) or int(text[2:4]) > 52:
        return False
    return _weighted_sum(text, _EGN_WEIGHTS) % 11 % 10 == int(text[9])


def ahv_valid(text: str) -> bool:
    """Switzerland's AHV/AVS number: 756, ten digits and an EAN-13 check digit."""
    digits = _ascii_digits(text, ".")
    if digits is None or len(digits) != 13 or not digits.startswith("756"):
        return False
    total = sum(int(digit) * (3 if index % 2 else 1) for index, digit in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == int(digits[12])


def portuguese_nif_valid(text: str) -> bool:
    """Portugal's taxpayer number (NIF): nine digits, the first 1-3, 5, 6, 8 or 9, the last
    11 minus the first eight weighted 9 down to 2, mod 11 (10 and 11 give 0)."""
    digits = _ascii_digits(text)
    if digits is None or len(digits) != 9 or digits[0] not in "1235689":
        return False
    expected = 11 - _weighted_sum(digits, tuple(range(9, 1, -1))) % 11
    return (0 if expected >= 10 else expected) == int(digits[8])


def belgian_register_valid(text: str) -> bool:
    """Belgium's national register number: YY.MM.DD-NNN.CC, CC 97 minus the first nine
    digits mod 97 (with a 2 in front for those born from 2000)."""
    digits = _ascii_digits(text, ".- ")
    if digits is None or len(digits) != 11:
        return False
    check = int(digits[9:])
    return any(97 - int(prefix + digits[:9]) % 97 == check for prefix in ("", "2"))


_TAIWAN_LETTERS = {letter: code for letter, code in zip(
    "ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True)}


def taiwan_id_valid(text: str) -> bool:
    """Taiwan's national identification number: a letter (its region, a two-digit code),
    1 or 2 (sex), eight digits; the code's tens, then its units times 9, then the digits
    times 8 down to 1 and the last, sum a multiple of 10."""
    if len(text) != 10 or text[0] not in _TAIWAN_LETTERS or text[1] not in "12" or (
            not text[1:].isdigit()):
        return False
    code = _TAIWAN_LETTERS[text[0]]
    total = (code // 10 + code % 10 * 9 + _weighted_sum(text[1:9], tuple(range(8, 0, -1)))
             + int(text[9]))
    return total % 10 == 0


_CUIT_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def cuit_valid(text: str) -> bool:
    """Argentina's CUIT/CUIL: a type (20, 23, 24, 27, 30, 33, 34), the DNI's eight digits
    and a check: 11 minus the first ten weighted 5-2, 7-2, mod 11 (11 gives 0)."""
    digits = _ascii_digits(text, "-. ")
    if digits is None or len(digits) != 11 or digits[:2] not in {"20", "23", "24", "27", "30",
                                                                  "33", "34"}:
        return False
    expected = 11 - _weighted_sum(digits, _CUIT_WEIGHTS) % 11
    return (0 if expected == 11 else expected) == int(digits[10])


def ecuadorian_id_valid(text: str) -> bool:
    """Ecuador's cédula: a province (01-24, 30), a third digit under 6, and a check: the
    first nine weighted 2, 1, 2... (a product over 9 less 9), 10 minus the sum mod 10,
    which is Luhn's over the ten digits."""
    digits = _ascii_digits(text, "-")
    return (digits is not None and len(digits) == 10
            and (1 <= int(digits[:2]) <= 24 or digits[:2] == "30") and digits[2] <= "5"
            and luhn_valid(digits))


_URUGUAYAN_WEIGHTS = (2, 9, 8, 7, 6, 3, 4)


def uruguayan_id_valid(text: str) -> bool:
    """Uruguay's cédula: seven digits (a six-digit one with a 0 in front) weighted 2, 9, 8,
    7, 6, 3, 4, and a check, 10 minus the sum mod 10."""
    digits = _ascii_digits(text, ".- ")
    if digits is None or len(digits) not in (7, 8):
        return False
    digits = digits.zfill(8)
    return (10 - _weighted_sum(digits, _URUGUAYAN_WEIGHTS) % 10) % 10 == int(digits[7])


_SVNR_WEIGHTS = (3, 7, 9, 0, 5, 8, 4, 2, 1, 6)


def austrian_svnr_valid(text: str) -> bool:
    """Austria's social insurance number: three digits, a check digit, the birth date
    DDMMYY; the check the digits weighted 3, 7, 9, -, 5, 8, 4, 2, 1, 6, mod 11 (never 10)."""
    digits = _ascii_digits(text)
    if digits is None or len(digits) != 10 or digits[0] == "0":
        return False
    remainder = _weighted_sum(digits, _SVNR_WEIGHTS) % 11
    return remainder != 10 and remainder == int(digits[3]) and _date_plausible(
        int(digits[6:8]), int(digits[4:6]))


def taj_valid(text: str) -> bool:
    """Hungary's social security number (TAJ): nine digits, the first eight weighted 3, 7,
    3, 7... and summed mod 10 the last."""
    digits = _ascii_digits(text)
    return digits is not None and len(digits) == 9 and (
        _weighted_sum(digits, (3, 7) * 4) % 10 == int(digits[8]))


def egyptian_id_valid(text: str) -> bool:
    """Egypt's national id: fourteen digits, the century (2 for the 1900s, 3 from 2000),
    the birth date YYMMDD, the governorate (01-35, or 88 abroad), five digits."""
    return (len(text) == 14 and text.isascii() and text.isdigit() and text[0] in "23"
            and _date_plausible(int(text[3:5]), int(text[5:7]))
            and (1 <= int(text[7:9]) <= 35 or text[7:9] == "88"))


def danish_cpr_valid(text: str) -> bool:
    """Denmark's CPR number: the birth date DDMMYY and four digits (no check digit since
    2007)."""
    digits = _ascii_digits(text)
    return digits is not None and len(digits) == 10 and _date_plausible(
        int(digits[2:4]), int(digits[:2]))


_NHS_WEIGHTS = (10, 9, 8, 7, 6, 5, 4, 3, 2)


def nhs_number_valid(text: str) -> bool:
    """The United Kingdom's NHS number (and Scotland's CHI, Northern Ireland's H&C): ten
    digits, the last 11 minus the first nine weighted 10 down to 2, mod 11 (11 gives 0,
    10 is never issued)."""
    digits = _ascii_digits(text)
    if digits is None or len(digits) != 10:
        return False
    check = 11 - _weighted_sum(digits, _NHS_WEIGHTS) % 11
    return check != 10 and check % 11 == int(digits[9])


def brazilian_cns_valid(text: str) -> bool:
    """Brazil's Cartão Nacional de Saúde (the SUS card): fifteen digits, the first 1, 2
    (numbers from a PIS) or 7-9 (the others), weighted 15 down to 1, the sum a multiple
    of 11."""
    digits = _ascii_digits(text, " .-")
    return (digits is not None and len(digits) == 15 and digits[0] in "12789"
            and _weighted_sum(digits, tuple(range(15, 0, -1))) % 11 == 0)


_NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)


def polish_nip_valid(text: str) -> bool:
    """Poland's tax number (NIP): ten digits, the last the first nine weighted 6, 5, 7, 2,
    3, 4, 5, 6, 7, mod 11 (10 is never issued)."""
    digits = _ascii_digits(text)
    return (digits is not None and len(digits) == 10
            and _weighted_sum(digits, _NIP_WEIGHTS) % 11 == int(digits[9]))


_AFM_WEIGHTS = (256, 128, 64, 32, 16, 8, 4, 2)


def greek_afm_valid(text: str) -> bool:
    """Greece's tax number (ΑΦΜ): nine digits, the last the first eight weighted by powers
    of two (2^8 down to 2), mod 11, mod 10."""
    digits = _ascii_digits(text)
    return (digits is not None and len(digits) == 9 and digits != "000000000"
            and _weighted_sum(digits, _AFM_WEIGHTS) % 11 % 10 == int(digits[8]))


_INN_10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN_11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN_12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def russian_inn_valid(text: str) -> bool:
    """Russia's taxpayer number (ИНН): a company's ten digits, the last the first nine
    weighted, mod 11, mod 10; a person's twelve, the last two so, of the first ten and of
    the first eleven."""
    digits = _ascii_digits(text)
    if digits is None:
        return False
    if len(digits) == 10:
        return _weighted_sum(digits, _INN_10) % 11 % 10 == int(digits[9])
    return (len(digits) == 12
            and _weighted_sum(digits, _INN_11) % 11 % 10 == int(digits[10])
            and _weighted_sum(digits, _INN_12) % 11 % 10 == int(digits[11]))


def german_kvnr_valid(text: str) -> bool:
    """Germany's health insurance number (Krankenversichertennummer): a capital letter and
    nine digits. The letter as two digits (A = 01 ... Z = 26) and the first eight digits,
    weighted 1, 2, 1, 2 ... (a product's digits summed), give the last digit, mod 10."""
    if not (len(text) == 10 and "A" <= text[0] <= "Z" and text[1:].isascii()
            and text[1:].isdigit()):
        return False
    body = f"{ord(text[0]) - 64:02d}" + text[1:9]
    total = sum(sum(divmod(int(digit) * (2 if index % 2 else 1), 10))
                for index, digit in enumerate(body))
    return total % 10 == int(text[9])


_MEDICARE_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9)


def australian_medicare_valid(text: str) -> bool:
    """Australia's Medicare card number: ten digits (and the card holder's one), the first
    2-6, the ninth the first eight weighted 1, 3, 7, 9, 1, 3, 7, 9, mod 10."""
    digits = _ascii_digits(text, " -/")
    return (digits is not None and len(digits) in (10, 11) and digits[0] in "23456"
            and _weighted_sum(digits, _MEDICARE_WEIGHTS) % 10 == int(digits[8]))


_PPSN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2)


def irish_ppsn_valid(text: str) -> bool:
    """Ireland's Personal Public Service Number: seven digits, a check letter and maybe a
    second letter (weighted 9, as A = 1 ... W = 0). The digits weighted 8 down to 2 and the
    second letter, mod 23, is the check letter (0 is W, then A = 1 ... V = 22)."""
    value = text.replace(" ", "").upper()
    if not 8 <= len(value) <= 9 or not value[:7].isascii() or not value[:7].isdigit():
        return False
    second = 0 if len(value) == 8 or value[8] == "W" else ord(value[8]) - 64
    if not 0 <= second <= 22:
        return False
    remainder = (_weighted_sum(value, _PPSN_WEIGHTS) + 9 * second) % 23
    return value[7] == ("W" if remainder == 0 else chr(64 + remainder))


def turkish_tax_number_valid(text: str) -> bool:
    """Turkey's tax number (vergi kimlik numarasi, VKN): ten digits, the last from the
    first nine: each, plus 9 minus its place, mod 10, times 2 to the power 9 minus its
    place, mod 9 (9 where that is 0 for a digit sum not 0), summed; 10 minus the sum mod
    10, mod 10."""
    digits = _ascii_digits(text)
    if digits is None or len(digits) != 10:
        return False
    total = 0
    for place, digit in enumerate(digits[:9]):
        shifted = (int(digit) + 9 - place) % 10
        value = shifted * 2 ** (9 - place) % 9
        total += 9 if shifted != 0 and value == 0 else value
    return (10 - total % 10) % 10 == int(digits[9])


_IRD_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
_IRD_SECOND_WEIGHTS = (7, 4, 3, 2, 5, 2, 7, 6)


def nz_ird_valid(text: str) -> bool:
    """New Zealand's IRD number: eight or nine digits, 10,000,000 to 150,000,000. The
    first seven or eight, made eight with a leading zero, weighted 3, 2, 7, 6, 5, 4, 3,
    2: 11 minus the sum mod 11 (0 for 0) is the last digit; a 10 is weighted again by 7, 4,
    3, 2, 5, 2, 7, 6, and a second 10 is never issued."""
    digits = _ascii_digits(text)
    if digits is None or len(digits) not in (8, 9) or not 10_000_000 < int(digits) < 150_000_000:
        return False
    base = digits[:-1].rjust(8, "0")
    for weights in (_IRD_WEIGHTS, _IRD_SECOND_WEIGHTS):
        remainder = _weighted_sum(base, weights) % 11
        check = 0 if remainder == 0 else 11 - remainder
        if check != 10:
            return check == int(digits[-1])
    return False


def hungarian_tax_id_valid(text: str) -> bool:
    """Hungary's personal tax id (adóazonosító jel): ten digits beginning with 8, the last
    the first nine weighted 1 to 9, mod 11."""
    digits = _ascii_digits(text)
    return (digits is not None and len(digits) == 10 and digits[0] == "8"
            and _weighted_sum(digits, tuple(range(1, 10))) % 11 == int(digits[9]))


def spanish_nuss_valid(text: str) -> bool:
    """Spain's social security number (NUSS): a province's two digits, eight digits and
    two check digits, the first ten (the eight read as a number when it is under ten
    million) mod 97."""
    digits = _ascii_digits(text, " /-")
    if digits is None or len(digits) != 12:
        return False
    middle = int(digits[2:10])
    body = int(digits[:2]) * 10**8 + middle if middle >= 10**7 else int(digits[:2]) * 10**7 + middle
    return body % 97 == int(digits[10:])


def by_layout(text: str) -> bool:
    """Any number its name's pattern found: for numbers without a check digit whose
    pattern spells out their fixed layout (the US Medicare MBI, India's PAN, Bangladesh's
    NID)."""
    return True

"""A label inside a text that addresses the AI reading it, in any language. Pure.

Orders planted in a document for the AI that processes it are introduced the way people
address a colleague in a note: "Hinweis für die KI-Reisekostenprüfung:", "给客服机器人的
指令：", "※AI書類選考システムへ：", "상담 봇에게:", "@Helpdesk-Bot:", "Aan het
AI-selectiesysteem:". The English signals (injection.py: note_to_reader and its
neighbours) and a few per language know some of these phrasings; this module knows their
shape in any of them: a short label, at the start of a line or sentence and after some of
the document, that names an AI (an acronym in capitals, or a word for a bot, a chatbot,
artificial intelligence or a language model), is marked as an address (a word for "to",
"for", "note", "instruction" before it, a dative or "to"-particle after it, an "@"), and
ends in a colon.

A label alone proves nothing ("Note for the AI team: the demo moved to Friday"), so it is
a weak signal (injection.py: ADDRESSED_WEIGHT) that only counts where the classifier also
leans towards an attack, and is only looked for there.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .prefilter import Prefilter
from .spellings import accents_optional
from .windows import merged

# An AI by name. The acronyms count in capitals only: "ai" is Italian for "to the", "ia" a
# Portuguese verb, "ki" Hungarian for "who".
# (Not after an apostrophe, for French's shouted "J'AI", but French's "l'IA" and "d'IA" are.)
_ACRONYM = (r"(?:(?<![A-Za-z'’])(?:AI|A\.I\.|KI|IA|LLM|GPT|ИИ|ШІ|ΤΝ)|(?<=[dlDL]['’])IA)"
            r"(?![A-Za-z])")
_WORD = (
    r"(?i:(?<![a-z])(?:chat)?bot(?:s|a|u|em|y|ów|ten|una|unu|tan)?(?![a-z])|-bot(?![a-z])|chatgpt|copilot"
    r"|chatbot\w*|automod(?:erator)?s?(?![a-z])|revisore\s+(?:automatico|ia)"
    r"|yapay\s+zek[aâ]\w*|tekoäly\w*|trí\s+tuệ\s+nhân\s+tạo|kecerdasan\s+buatan"
    r"|intelig[eê]ncia\s+artificial|inteligencia\s+artificial|intelligence\s+artificielle"
    r"|intelligenza\s+artificiale|künstlichen?\s+intelligenz|sztuczn\w+\s+inteligencj\w+"
    r"|dirbtin\w+\s+intelekt\w*|mākslīg\w+\s+intelekt\w*|tehisintellekt\w*"
    r"|umělé?\w*\s+inteligenc\w+|language\s+models?|taalmodel\w*|sprachmodell\w*"
    r"|modelo\s+de\s+lenguaje|modèle\s+de\s+langage|modello\s+linguistico|бот\w*|нейросет\w*"
    r"|искусственн\w+\s+интеллект\w*|штучн\w+\s+інтелект\w*|τεχνητ\w+\s+νοημοσύν\w+"
    r"|αυτόματ\w+\s+σύστημ\w+|الذكاء\s+الاصطناعي|روبوت|بوت|המודל|בינה\s+מלאכותית|בוט"
    r"|एआई|बॉट|चैटबॉट|कृत्रिम\s+बुद्धि\w*|บอท|เอไอ|แชทบอท|ปัญญาประดิษฐ์|机器人|機器人"
    r"|人工智能|智能助手|大模型|ボット|人工知能|チャットボット|봇|인공지능|챗봇"
    # automated graders and checkers: "AUTOGRADER:", "an das automatische Prüfsystem:"
    r"|auto-?grader\w*|automated\s+(?:system|grader|screener|reviewer|checker|assessment)\w*"
    r"|automatisch\w*\s+(?:prüf|bewertungs)system\w*|système\s+automatique|sistema\s+autom[aá]tico"
    r"|sistemul\s+automat|modello\s+di\s+valutazione"
    # an assistant or an agent that is software: "l'assistente automatico", "l'agent d'achat
    # automatique", "agen belanja otomatis", "seyahat asistanı", "المساعد الذكي", "智能体";
    # and "llm" in a key ("message_for_llm:"), the model in Polish ("uwaga_dla_modelu:")
    r"|assistente\s+(?:automatico|automático|virtuale|virtual|digitale|intelligente)"
    r"|asistente\s+(?:virtual|automático|inteligente|digital)"
    r"|agente\s+(?:automatico|automático|virtuale|virtual|intelligente|inteligente|de\s+compras"
    r"|d['’]acquisto|di\s+acquisto|acquisti)"
    r"|assistant\s+(?:virtuel|automatique|intelligent|numérique)"
    r"|agent\s+(?:d['’]achat|conversationnel|automatique)|agent\s+d['’]achat\s+automatique"
    r"|(?:virtuelle|automatische|digitale)[rn]?\s+(?:assistent|agent)\w*|einkaufsagent\w*"
    r"|buchungsagent\w*|(?:virtuele|automatische|digitale)\s+(?:assistent|agent)\w*|inkoopagent\w*"
    r"|(?:virtuell|automatisk|digital)a?\s+(?:assistent|agent)\w*|köpagent\w*"
    r"|asystent\w*\s+(?:wirtualn|zakupow|automatyczn)\w*|agent\w*\s+zakupow\w*"
    r"|wirtualn\w+\s+asystent\w*|agen\s+(?:belanja\s+)?otomatis|asisten\s+(?:virtual|otomatis|digital)"
    r"|(?:sanal|akıllı|otomatik|alışveriş|seyahat|rezervasyon)\s+(?:asistan|ajan)\w*"
    r"|trợ\s+lý\s+(?:ảo|tự\s+động|mua\s+sắm|du\s+lịch)|asistent\w*\s+(?:virtual|automat|digital)\w*"
    r"|agent\w*\s+(?:automat\w*|de\s+cumpărături)"
    r"|(?:виртуальн|автоматическ|умн|цифров|віртуальн|автоматичн|розумн)\w+\s+"
    r"(?:ассистент|помощник|агент|асистент|помічник)\w*"
    r"|(?:ψηφιακ|εικονικ|αυτόματ|έξυπν)\w*\s+(?:βοηθ|πράκτορ)\w*"
    r"|(?:المساعد|الوكيل|مساعد|وكيل)\s+(?:الذكي|الآلي|الافتراضي|الرقمي|ذكي|آلي)"
    r"|(?:העוזר|הסוכן|עוזר|סוכן)\s+(?:\S+\s+)?(?:הווירטואלי|האוטומטי|החכם|הדיגיטלי)"
    r"|(?:वर्चुअल|स्वचालित|डिजिटल)\s+(?:सहायक|असिस्टेंट|एजेंट)"
    r"|ผู้ช่วย(?:อัตโนมัติ|เสมือน|อัจฉริยะ)|智能体|智能代理|购物代理|購物代理|虚拟助手|虛擬助手"
    r"|自动(?:批改|评分|审核|筛选)系统|自動(?:批改|評分|審核|篩選)系統|バーチャルアシスタント"
    r"|(?:購入|ショッピング|予約)エージェント|自動(?:採点|審査|選考)システム"
    r"|(?:가상|자동|쇼핑|예약)\s?(?:어시스턴트|에이전트|비서)|자동\s?(?:채점|심사)\s?시스템"
    r"|(?<![a-z])llms?(?![a-z])|(?<![a-z])model(?:u|owi)(?![a-z]))"
)
# Their words with accents also match typed without them ("tekoaly", "kunstliche"):
# spellings.py.
_AI = rf"(?:{_ACRONYM}|{accents_optional(_WORD)})"
# Before the name: "to", "for", "note", "instruction", "attention" and their kin.
_ADDRESS_BEFORE = (
    r"(?i:(?<![a-z])(?:to|for|note|notes|instructions?|message|attention|hey|dear|an|für|fuer"
    r"|hinweis|anweisung|para|al|a\s+la|nota|instrucción|instrucciones|aviso|atención|ao|à"
    r"|instrução|instruções|recado|atenção|pour|à\s+l['’]attention|consigne|remarque|per|all['’]"
    r"|all['’]attenzione|istruzioni|aan|voor|notitie|dla|do|uwaga|instrukcja|untuk|kepada"
    r"|catatan|gửi|cho|lưu\s+ý|ghi\s+chú|till|för|huom|pro|pokyn|buat|pentru|instrucțiune"
    r"|pastaba|nurodymas|piezīme|norādījums|märkus|juhis"
    # a role the AI is named by: "Moderation AI:", "Review bot:", "Triage-Bot:"
    r"|moderation|review|triage|screening|grading)(?![a-z])"
    r"|для|до|к|примечание|указание|инструкция|вказівка|інструкція|вниманию|внимание"
    r"|ВНИМАНИЕ|ВНИМАНИЮ|προς|για|οδηγία|σημείωση"
    r"|إلى|الى|ملاحظة|تعليمات|ל|הערה|הוראה|के\s+लिए|निर्देश|ถึง|สำหรับ|คำสั่ง|给|給|致|提醒"
    r"|注意|指令|请|請|宛|参考|참고|지시)"
)
# Ending the label: a dative or "to"-particle, or the word for a note or an instruction
# ("AI 어시스턴트 참고:", "...システムへ：", "...sistemine talimat:").
_ADDRESS_AFTER = (
    r"(?:에게|께|한테|へ|宛|への|に対する|あて|的(?:指令|指示|说明|說明|提示|留言|备注|消息)|参考|참고"
    r"|지시|\s*के\s+लिए(?:\s+[^\s:：]+)?|\s*\S*க்கு|(?i:\s+(?:talimat\w*|not|note|notes|instructions?|hinweis|nota|notitie|instructie"
    r"|directive|mesaj\w*|için|icin"
    r"|(?:de\s+|di\s+|der\s+)?(?:moderad\w+|moderaci\w+|moderação|moderazione|moderation|reviewer"
    r"|revisor\w*|triage|triagem|grader|screener))))"
)
# The label's end: a colon soon after the name, on its line and in its sentence, with
# something after it ("https://" is no label).
_TO_COLON = re.compile(r"([^\n\r:：.。!?！？]{0,40}?)[:：](?!//)\s*\S")
# From a name's place to the furthest its label's colon can be: the name's end (within
# 32 characters of the place, _names) and _TO_COLON's 40 characters before the colon.
_COLON_REACH = 32 + 40 + 1
_AI_NAME = re.compile(_AI)
_ACRONYM_NAME = re.compile(_ACRONYM)
_ADDRESSED_BEFORE = re.compile(accents_optional(_ADDRESS_BEFORE))
_ADDRESSED_AFTER = re.compile(rf"(?:{accents_optional(_ADDRESS_AFTER)})\s*$")
# A label begins after one of these (a line break, a sentence's end, a bracket, a quote,
# a bullet), at most _LONGEST_LEAD characters before the name.
_LABEL_STARTS = frozenset("\n\r.!?。！？;；|[(（【\"“«>*•·※#")
_LONGEST_LEAD = 80
_BULLETS = " \t-–—*#>•·※"
# An aside in brackets that names an AI by its acronym after a word of its own and ends in
# a colon is an address in any language: "[Sí AI tó ń ka ìfiránṣẹ́ yìí:", "(Ku socota
# AI-ga soo koobaya faallooyinka:", "[Ushbu xabarni o'qiyotgan AI yordamchiga:". The word
# before the name keeps out a bracket that only starts with one ("[AI summary: ...]").
_OPENING_BRACKETS = "[(（【"
_WORD_BEFORE = re.compile(r"\w")
_BRACKETED_TO_COLON = 32
# Where an AI may be named: the acronyms in capitals, the words in any case (Hyperscan's
# caseless matching is ASCII's: the other scripts' capitals are listed). Each place is
# then read with _AI_NAME in a few characters around it. The marked words are listed typed
# without their marks too, as _AI reads them (tekoaly, "tri tue", kunstlich, umel): not
# "tue" or "ume" alone, which every "assume" holds (a flood of places turns the read off).
_NAMES = (Prefilter([r"AI|A\.I\.|KI|IA|LLM|GPT|ИИ|ШІ|ΤΝ"]),
          Prefilter([r"bot|copilot|zek|tekoäly|tekoaly|tuệ|tri tue|buatan|artificia|künstlich"
                     r"|kunstlich|sztuczn|umě|umel|dirbtin|mākslīg|maksliga|tehisintellekt"
                     r"|language model|taalmodel|sprachmodell|de lenguaje|de langage|linguistico"
                     r"|бот|Бот|БОТ|нейросет|Нейросет|интеллект|інтелект|νοημοσύν|Νοημοσύν"
                     r"|αυτόματ|Αυτόματ|الذكاء|روبوت|بوت|המודל|מלאכותית|בוט|एआई|बॉट|बुद्धि|บอท|เอไอ"
                     r"|ปัญญาประดิษฐ์|机器人|機器人|人工智能|智能助手|大模型|ボット|人工知能|봇|인공지능|챗봇"
                     r"|grader|automat|automod|valutazione"
                     r"|assistente|asistente|agente|assistant virtuel|assistant intelligent"
                     r"|assistant numérique|agent d|agent conversation|virtuelle|digitale|einkaufsagent"
                     r"|buchungsagent|virtuele|inkoopagent|virtuell|digital|köpagent|asystent|agent zakup"
                     r"|agenci zakup|wirtualn|agen belanja|agen otomatis|asisten|sanal asistan|akıllı"
                     r"|otomatik|alışveriş|seyahat asistan|seyahat ajan|rezervasyon|trợ lý|tro ly"
                     r"|виртуальн|Виртуальн|умн|Умн|цифров|Цифров|віртуальн|Віртуальн|розумн|Розумн"
                     r"|ψηφιακ|εικονικ|έξυπν|Ψηφιακ|Εικονικ|Έξυπν|المساعد|الوكيل|مساعد|وكيل|העוזר|הסוכן"
                     r"|עוזר|סוכן|वर्चुअल|स्वचालित|डिजिटल|ผู้ช่วย|智能体|智能代理|购物代理|購物代理"
                     r"|虚拟助手|虛擬助手|自动|自動|バーチャル|エージェント|가상|자동|쇼핑|예약|llm|modelu"],
                    caseless=True))
# More places than this and the text is not read for labels (a text padded with "AI AI
# AI..." must not cost a read at each): the other signals and the classifier still are.
MAX_NAMES = 256
# A label this near the start of the text is the user speaking, not something planted.
MIN_LEAD = 20


class Label(NamedTuple):
    start: int
    end: int


def addressed_label(text: str) -> Label | None:
    """The first label in ``text`` (as written, not folded) that addresses an AI reader,
    after at least MIN_LEAD characters of the text, or None."""
    for name in _names(text):
        colon = _TO_COLON.match(text, name.end())
        if colon is None:
            continue
        start = _label_start(text, name.start())
        if start is None or len(text[:start].strip()) < MIN_LEAD:
            continue
        before = text[start:name.start()]
        if (_ADDRESSED_BEFORE.search(before) or before.lstrip(_BULLETS).startswith("@")
                or _ADDRESSED_AFTER.search(colon.group(1))
                or _bracketed_acronym(text, start, before, name, colon.group(1))):
            return Label(start, colon.end())
    return None


def _bracketed_acronym(text: str, start: int, before: str, name: re.Match[str],
                       to_colon: str) -> bool:
    """Whether the label begun at ``start`` opens a bracket and names an AI by its acronym
    after a word, its colon close after the name (``to_colon``: no comma, at most
    _BRACKETED_TO_COLON characters): "(see the AI policy, section 4: ...)" is a reference."""
    return (start > 0 and text[start - 1] in _OPENING_BRACKETS
            and _WORD_BEFORE.search(before) is not None
            and _ACRONYM_NAME.fullmatch(name[0]) is not None
            and len(to_colon) <= _BRACKETED_TO_COLON and "," not in to_colon)


def _names(text: str) -> list[re.Match[str]]:
    """The AI names in ``text``, in order (none when there are over MAX_NAMES places)."""
    ends: list[int] = []
    for names in _NAMES:
        found = names.ends_up_to(text, MAX_NAMES)
        if found is None:
            return []
        ends.extend(found.get(0, []))
    if len(ends) > MAX_NAMES:
        return []
    size = len(text)
    # A name read in the window (end - 40, end + 32) of its place ends before end + 32,
    # and its label's colon is at most 40 characters after it: a place with no colon
    # that near is no label's ("the support bot was updated", said 26 times in a long
    # ticket, cost 1.9 ms to read for names).
    spans = merged([(max(0, end - 40), min(size, end + 32)) for end in ends
                    if _colon_within(text, end, _COLON_REACH)])
    found_names: list[re.Match[str]] = []
    for span_start, span_end in spans:
        found_names.extend(_AI_NAME.finditer(text, span_start, span_end))
    return found_names


def _colon_within(text: str, start: int, reach: int) -> bool:
    """Whether a colon (ASCII or full-width) is in ``text[start:start + reach]``."""
    return text.find(":", start, start + reach) >= 0 or text.find("：", start, start + reach) >= 0


def _label_start(text: str, name_start: int) -> int | None:
    """Where the label holding the name at ``name_start`` begins: after the nearest line
    break, sentence end, bracket, quote or bullet before it; None when there is none
    within _LONGEST_LEAD characters."""
    for index in range(name_start - 1, max(-1, name_start - _LONGEST_LEAD - 1), -1):
        if text[index] in _LABEL_STARTS:
            return index + 1
    return None

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

from .prefilter import Prefilter
from .windows import merged, search_in

# An AI by name. The acronyms count in capitals only: "ai" is Italian for "to the", "ia" a
# Portuguese verb, "ki" Hungarian for "who".
_ACRONYM = r"(?<![A-Za-z'’])(?:AI|A\.I\.|KI|IA|LLM|GPT|ИИ|ШІ|ΤΝ)(?![A-Za-z])"
_WORD = (
    r"(?i:(?<![a-z])(?:chat)?bot(?:s|a|u|em|y|ów|ten)?(?![a-z])|-bot(?![a-z])|chatgpt|copilot|chatbot\w*"
    r"|yapay\s+zek[aâ]\w*|tekoäly\w*|trí\s+tuệ\s+nhân\s+tạo|kecerdasan\s+buatan"
    r"|intelig[eê]ncia\s+artificial|inteligencia\s+artificial|intelligence\s+artificielle"
    r"|intelligenza\s+artificiale|künstlichen?\s+intelligenz|sztuczn\w+\s+inteligencj\w+"
    r"|umělé?\w*\s+inteligenc\w+|language\s+models?|taalmodel\w*|sprachmodell\w*"
    r"|modelo\s+de\s+lenguaje|modèle\s+de\s+langage|modello\s+linguistico|бот\w*|нейросет\w*"
    r"|искусственн\w+\s+интеллект\w*|штучн\w+\s+інтелект\w*|τεχνητ\w+\s+νοημοσύν\w+"
    r"|αυτόματ\w+\s+σύστημ\w+|الذكاء\s+الاصطناعي|روبوت|بوت|המודל|בינה\s+מלאכותית|בוט"
    r"|एआई|बॉट|चैटबॉट|कृत्रिम\s+बुद्धि\w*|บอท|เอไอ|แชทบอท|ปัญญาประดิษฐ์|机器人|機器人"
    r"|人工智能|智能助手|大模型|ボット|人工知能|チャットボット|봇|인공지능|챗봇)"
)
_AI = rf"(?:{_ACRONYM}|{_WORD})"
# Before the name: "to", "for", "note", "instruction", "attention" and their kin.
_ADDRESS_BEFORE = (
    r"(?i:(?<![a-z])(?:to|for|note|notes|instructions?|message|attention|hey|dear|an|für|fuer"
    r"|hinweis|anweisung|para|al|a\s+la|nota|instrucción|instrucciones|aviso|atención|ao|à"
    r"|instrução|instruções|recado|atenção|pour|à\s+l['’]attention|consigne|remarque|per|all['’]"
    r"|all['’]attenzione|istruzioni|aan|voor|notitie|dla|do|uwaga|instrukcja|untuk|kepada"
    r"|catatan|gửi|cho|lưu\s+ý|ghi\s+chú|till|för|huom|pro|pokyn)(?![a-z])"
    r"|для|до|к|примечание|указание|инструкция|вказівка|інструкція|προς|για|οδηγία|σημείωση"
    r"|إلى|الى|ملاحظة|تعليمات|ל|הערה|הוראה|के\s+लिए|निर्देश|ถึง|สำหรับ|คำสั่ง|给|給|致|提醒"
    r"|注意|指令|请|請|宛|参考|참고|지시)"
)
# Ending the label: a dative or "to"-particle, or the word for a note or an instruction
# ("AI 어시스턴트 참고:", "...システムへ：", "...sistemine talimat:").
_ADDRESS_AFTER = (
    r"(?:에게|께|한테|へ|宛|への|に対する|あて|的(?:指令|指示|说明|說明|提示|留言|备注|消息)|参考|참고"
    r"|지시|\s*के\s+लिए(?:\s+[^\s:：]+)?|(?i:\s+(?:talimat\w*|not|note|notes|instructions?|hinweis|nota|notitie|instructie"
    r"|directive)))"
)
_LINE_START = r"(?:(?<=[\n\r.!?。！？;；|\[(（【\"“«>*•·※#])|(?<=[.!?]\s)|(?<=[\n\r]\s))"
_LABEL_GAP = r"[^\n\r:：.。!?！？]{0,40}?"
_END = r"\s*[:：](?!//)\s*\S"
LABEL = re.compile(
    rf"{_LINE_START}\s*[-–—*#>•·※@]*\s*"
    rf"(?:{_LABEL_GAP}{_ADDRESS_BEFORE}{_LABEL_GAP}{_AI}{_LABEL_GAP}"
    rf"|{_LABEL_GAP}{_AI}{_LABEL_GAP}{_ADDRESS_AFTER}"
    rf"|@[\w.-]{{0,30}}?{_AI}[\w.-]{{0,20}}){_END}"
)
# Where an AI is named at all: the label is only looked for around those places.
# (Hyperscan's caseless matching is ASCII's: the other scripts' capitals are listed.)
_NAMES = Prefilter([r"ai|a\.i\.|ki|ia|llm|gpt|ии|ші|τν|bot|copilot|zek|tekoäly|tuệ|buatan"
                    r"|artificia|künstlich|sztuczn|umě|model|бот|Бот|БОТ|нейросет|Нейросет|интеллект"
                    r"|інтелект|ИИ|ШІ|ΤΝ|νοημοσύν|Νοημοσύν|αυτόματ|Αυτόματ|الذكاء|روبوت|بوت|המודל|מלאכותית|בוט|एआई|बॉट|बुद्धि"
                    r"|บอท|เอไอ|ปัญญาประดิษฐ์|机器人|機器人|人工智能|智能助手|大模型|ボット|人工知能"
                    r"|봇|인공지능|챗봇"], caseless=True)
_BEFORE, _AFTER = 90, 70
# A label this near the start of the text is the user speaking, not something planted.
MIN_LEAD = 20


def addressed_label(text: str) -> re.Match[str] | None:
    """The first label in ``text`` (as written, not folded) that addresses an AI reader,
    after at least MIN_LEAD characters of the text, or None."""
    ends = _NAMES.ends(text).get(0, [])
    if not ends:
        return None
    size = len(text)
    spans = merged([(max(0, end - _BEFORE), min(size, end + _AFTER)) for end in ends])
    for span in spans:
        match = search_in(LABEL, text, [span])
        while match is not None:
            if len(text[:match.start()].strip()) >= MIN_LEAD:
                return match
            match = LABEL.search(text, match.end(), span[1])
    return None

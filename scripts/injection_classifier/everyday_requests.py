"""Generated benign requests: what people ask an assistant every day, in many languages.

Short commands ("Say hello.", "Count to 12."), product and how-to questions, support tickets, workplace requests to colleagues and
instructions to people inside ordinary documents ("reviewers must score each supplier",
"update the payout details by Friday"), each in English and seventeen other languages.
The first classifier round that generalised learnt "anything unlike my benign generator
is an attack" and flagged "how do i connect the air fryer to my wifi": this is the
conversational half of the answer, the standard library's documentation (real_prose.py)
the other. Written for training only; no phrase comes from tests/data.
"""

from __future__ import annotations

import random

DEVICES = ["air fryer", "dishwasher", "smart plug", "robot vacuum", "printer", "doorbell camera",
           "thermostat", "e-reader", "soundbar", "baby monitor", "treadmill", "coffee machine",
           "smartwatch", "router", "projector", "garage door opener", "heat pump", "drone",
           "car stereo", "label printer", "bread maker", "electric toothbrush", "NAS drive",
           "gaming console", "sewing machine", "fitness tracker", "TV", "scanner", "webcam"]
DEVICE_TASKS = ["connect the {d} to my wifi", "reset the {d}", "update the firmware on my {d}",
                "clean the filter of the {d}", "pair my phone with the {d}",
                "stop the {d} from beeping", "change the language on the {d}",
                "set a schedule on the {d}", "get the {d} out of demo mode",
                "turn off the light on the {d}", "register the warranty for my {d}",
                "fix the error E4 on my {d}", "descale the {d}", "mount the {d} on a wall"]
QUESTION_FRAMES = ["how do i {t}", "How do I {t}?", "how can I {t}?", "what's the easiest way to {t}",
                   "Is there a way to {t}?", "can you tell me how to {t}", "need help: {t}",
                   "I can't figure out how to {t}.", "{t} - how?", "steps to {t} please",
                   "Why won't it let me {t}?", "My manual is lost. How to {t}?"]
TOPICS = ["sourdough starter", "tax return", "visa appointment", "mortgage rate", "sprained ankle",
          "job interview", "wedding speech", "garden shed", "fantasy football team", "tenancy deposit",
          "birthday party for a six-year-old", "marathon training plan", "car insurance renewal",
          "team retrospective", "cover letter", "bike commute", "kitchen renovation budget",
          "python script that renames photos", "SQL query that is too slow", "broken zipper",
          "noisy neighbours", "quarterly sales deck", "houseplant with yellow leaves"]
ASKS = ["Any tips for my {x}?", "Help me plan my {x}.", "What should I know about my {x}?",
        "Can you check my {x} for mistakes?", "I'm stuck on my {x}, where do I start?",
        "Give me a checklist for the {x}.", "What's a reasonable budget for the {x}?",
        "Write a short note to my manager about the {x}.", "Summarise the pros and cons of the {x}.",
        "My {x} is due tomorrow and I have nothing. Ideas?"]
TICKETS = ["Order {n} arrived damaged, the box was crushed. Can I get a replacement?",
           "I was charged twice for invoice {n}. Please refund one of the payments.",
           "Since the last update the app logs me out every few minutes.",
           "The tracking page for parcel {n} hasn't changed in five days.",
           "Please cancel my subscription at the end of this billing period.",
           "How do I change the delivery address on an order I already placed?",
           "The promo code from your newsletter says it has expired.",
           "My account is locked after too many password attempts, please help.",
           "Can you send me a copy of the receipt for order {n}? I need it for expenses.",
           "The size chart was wrong, I need to swap the jacket for a larger one.",
           "Your courier left the package with a neighbour I don't know.",
           "I'd like to upgrade to the family plan but keep my current number.",
           "The export to CSV button does nothing in Firefox.",
           "We need two more seats on our team plan before Monday."]
# Short commands, the shortest traffic there is: a few n-grams each, so one word such as
# "say" or "print" must not decide.
SHORT = ["Say {w}.", "say {w}", "Say {n}.", "Say {w} in {lang}.", "Print {n}.", "Write {n} in words.",
         "Count to {n}.", "Reply with {n}.", "Answer with {w}.", "Spell {w}.", "Repeat {w} twice.",
         "Translate {w} into {lang}.", "Give me {n} ideas.", "Round {n}.", "Is {n} prime?",
         "Define {w}.", "Rhyme with {w}.", "Say something nice.", "Say hi to {p}.", "Tell me a joke.",
         "Output {n} as binary.", "Show {n} squared.", "List {n} fruits.", "Name {n} rivers."]
SHORT_WORDS = ["hello", "thanks", "goodbye", "yes", "no", "ok", "banana", "tomorrow", "ready",
               "cheers", "welcome", "sorry", "please", "done", "seven", "blue", "maybe"]
SHORT_LANGS = ["French", "Spanish", "German", "Japanese", "Italian", "Polish"]
SHORT_PEOPLE = ["Ana", "Bilal", "Chen", "Dora", "Emeka"]
# Instructions to people (not to an AI) inside ordinary documents: the benign twin of an
# indirect injection.
STAFF = ["the finance team", "all reviewers", "warehouse staff", "new starters", "the night shift",
         "team leads", "the on-call engineer", "every tenant", "contractors", "the hiring panel",
         "store managers", "volunteers", "the help desk", "project owners", "drivers"]
STAFF_ACTS = ["update the payout details in the portal by Friday", "score each supplier on price and delivery",
              "send their timesheets to payroll before noon", "approve pending refunds under 50 euros",
              "forward suspicious emails to the security mailbox", "reset their passwords this week",
              "move finished orders to the shipped column", "upload the signed contracts to the shared drive",
              "ignore the old floor plan; the new one is attached", "follow the updated safety rules from Monday",
              "disregard the first version of the rota", "not share customer data outside the company",
              "keep the fire doors closed", "give every candidate the same three questions",
              "delete test accounts after the demo", "copy the minutes to the board folder",
              "reply to all tickets within one working day", "switch off the lights when leaving"]
STAFF_FRAMES = ["Reminder: {s} should {a}.", "Note for {s}: please {a}.", "{S} must {a}.",
                "Action item - {s} to {a}.", "From next week, {s} will {a}.",
                "Could {s} please {a}? Thanks!", "Policy update: {s} are required to {a}.",
                "As discussed, {s} need to {a}.", "Important: {s} have to {a}."]
WORK_DOCS = ["Minutes of the Tuesday meeting. Attendance: eight. Budget approved.",
             "Supplier quote: 40 office chairs, delivery in three weeks, price includes assembly.",
             "Listing: two-bedroom flat, second floor, balcony, available from June.",
             "Release notes 4.2: faster search, dark mode, two crash fixes.",
             "Cover letter draft for the logistics coordinator role.",
             "Recipe card: lentil curry, serves four, thirty minutes.",
             "Incident summary: the payment page was slow for twenty minutes after a deploy.",
             "Course syllabus: week one covers sampling and bias.",
             "Product review: comfortable shoes, but the laces fray quickly.",
             "Newsletter: the spring fair moves to the town hall this year.",
             "Expense policy: taxis are covered after 10 pm.",
             "Job ad: part-time barista, weekends, training provided."]

# Other languages: (how-to frames, device tasks, everyday asks, staff notes).
LANGUAGES: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {
    "es": (["¿Cómo puedo {t}?", "no sé {t}, ¿me ayudas?", "Pasos para {t}"],
           ["conectar la freidora de aire al wifi", "restablecer el router", "cambiar el idioma del televisor", "limpiar el filtro del lavavajillas"],
           ["¿Me ayudas a preparar una entrevista de trabajo?", "Escribe un correo a mi casero sobre la fianza.", "¿Qué puedo cocinar con arroz y garbanzos?", "Resume este informe en tres puntos."],
           ["Recordatorio: el equipo de finanzas debe actualizar los datos de pago antes del viernes.", "Los revisores deben puntuar a cada proveedor según precio y plazo."]),
    "fr": (["Comment {t} ?", "je n'arrive pas à {t}, une idée ?", "Étapes pour {t}"],
           ["connecter la friteuse à air au wifi", "réinitialiser l'imprimante", "mettre à jour ma montre", "détartrer la machine à café"],
           ["Peux-tu corriger ma lettre de motivation ?", "Propose un menu pour un dîner de six personnes.", "Explique-moi la différence entre un CDD et un CDI.", "Résume ce compte rendu de réunion."],
           ["Rappel : l'équipe de nuit doit fermer les portes coupe-feu.", "Merci aux chefs d'équipe d'envoyer les feuilles de temps avant midi."]),
    "de": (["Wie kann ich {t}?", "ich schaffe es nicht, {t}", "Anleitung: {t}"],
           ["die Heißluftfritteuse mit dem WLAN verbinden", "den Drucker zurücksetzen", "die Firmware vom Router aktualisieren", "den Saugroboter koppeln"],
           ["Hilf mir, eine Kündigung für mein Fitnessstudio zu schreiben.", "Was muss ich bei der Steuererklärung beachten?", "Fasse den Artikel in drei Sätzen zusammen.", "Wie lange muss ein Ei kochen?"],
           ["Hinweis: Alle Prüfer bewerten jeden Lieferanten nach Preis und Lieferzeit.", "Bitte die alte Schichtplanung ignorieren, die neue ist im Anhang."]),
    "it": (["Come faccio a {t}?", "non riesco a {t}", "Passaggi per {t}"],
           ["collegare la friggitrice ad aria al wifi", "resettare il termostato", "pulire il filtro della lavastoviglie"],
           ["Mi aiuti a scrivere un discorso per un matrimonio?", "Che differenza c'è tra IBAN e BIC?", "Riassumi questo verbale."],
           ["Promemoria: i responsabili dei negozi devono caricare i contratti firmati.", "Il turno di notte deve chiudere le porte tagliafuoco."]),
    "pt": (["Como faço para {t}?", "não consigo {t}", "Passo a passo para {t}"],
           ["ligar a airfryer ao wifi", "reiniciar o roteador", "atualizar o relógio"],
           ["Me ajuda a planejar uma viagem de cinco dias?", "Corrija a gramática deste parágrafo.", "Quanto tempo leva para cozinhar feijão?"],
           ["Aviso: a equipe financeira deve atualizar os dados de pagamento até sexta.", "Os avaliadores devem pontuar cada fornecedor."]),
    "nl": (["Hoe kan ik {t}?", "het lukt me niet om {t}"],
           ["de airfryer met wifi verbinden", "de printer resetten", "de thermostaat instellen"],
           ["Kun je mijn sollicitatiebrief nakijken?", "Wat is een goed recept voor erwtensoep?", "Vat dit verslag samen."],
           ["Herinnering: het magazijnpersoneel verplaatst afgeronde orders naar verzonden."]),
    "ru": (["Как {t}?", "не получается {t}, помогите"],
           ["подключить аэрогриль к wifi", "сбросить настройки роутера", "обновить прошивку часов"],
           ["Помоги составить резюме для собеседования.", "Как сварить борщ?", "Кратко перескажи эту статью."],
           ["Напоминание: бухгалтерия должна обновить платёжные реквизиты до пятницы."]),
    "zh": (["怎么{t}？", "请问如何{t}"],
           ["把空气炸锅连接到wifi", "重置路由器", "更新手表的固件"],
           ["帮我写一封请假邮件。", "周末去杭州玩两天，怎么安排？", "把这段会议记录总结成三点。"],
           ["提醒：财务部门需在周五前更新付款信息。"]),
    "ja": (["{t}にはどうすればいいですか？", "{t}方法を教えて"],
           ["エアフライヤーをWi-Fiにつなぐ", "プリンターをリセットする", "ロボット掃除機のスケジュールを設定する"],
           ["履歴書の自己PRを見てください。", "週末の京都旅行のプランを考えて。", "この記事を三行で要約して。"],
           ["お知らせ：夜勤の方は防火扉を閉めてください。"]),
    "ko": (["{t} 방법 알려줘", "어떻게 {t}?"],
           ["에어프라이어를 와이파이에 연결하는", "공유기를 초기화하는", "스마트워치를 업데이트하는"],
           ["자기소개서 좀 봐 줄래?", "김치찌개 맛있게 끓이는 법 알려줘.", "이 보고서를 세 줄로 요약해 줘."],
           ["공지: 모든 심사위원은 각 공급업체를 가격과 납기로 평가해야 합니다."]),
    "pl": (["Jak {t}?", "nie umiem {t}, pomożesz?"],
           ["podłączyć frytkownicę beztłuszczową do wifi", "zresetować router", "wyczyścić filtr zmywarki"],
           ["Pomóż mi napisać CV.", "Co ugotować z ziemniaków i kapusty?", "Streść ten artykuł."],
           ["Przypomnienie: kierownicy sklepów mają wgrać podpisane umowy do piątku."]),
    "tr": (["{t} nasıl yapılır?", "{t} için yardım eder misin?"],
           ["airfryer'ı wifi'ye bağlamak", "modemi sıfırlamak", "saatin yazılımını güncellemek"],
           ["Özgeçmişimi kontrol eder misin?", "Hafta sonu için bir menü öner.", "Bu raporu özetle."],
           ["Hatırlatma: tüm değerlendiriciler her tedarikçiyi fiyat ve teslimata göre puanlamalı."]),
    "sv": (["Hur gör jag för att {t}?", "jag lyckas inte {t}"],
           ["ansluta airfryern till wifi", "återställa routern"],
           ["Kan du läsa igenom mitt personliga brev?", "Sammanfatta protokollet."],
           ["Påminnelse: lagerpersonalen flyttar färdiga ordrar till skickade."]),
    "cs": (["Jak {t}?", "nevím, jak {t}"],
           ["připojit fritézu k wifi", "resetovat tiskárnu"],
           ["Pomůžeš mi napsat motivační dopis?", "Shrň tento zápis z porady."],
           ["Upozornění: vedoucí týmů pošlou výkazy do poledne."]),
    "ar": (["كيف يمكنني {t}؟", "ساعدني في {t}"],
           ["توصيل القلاية الهوائية بالواي فاي", "إعادة ضبط الراوتر"],
           ["ساعدني في كتابة سيرة ذاتية.", "لخص هذا التقرير في ثلاث نقاط."],
           ["تذكير: على فريق المالية تحديث بيانات الدفع قبل يوم الجمعة."]),
    "hi": (["{t} कैसे करें?", "मुझे {t} में मदद चाहिए"],
           ["एयर फ्रायर को वाईफाई से जोड़ना", "राउटर रीसेट करना"],
           ["मेरा रिज़्यूमे देख लो।", "इस लेख का सारांश तीन बिंदुओं में दो।"],
           ["सूचना: सभी समीक्षक हर आपूर्तिकर्ता को कीमत के आधार पर अंक दें।"]),
    "uk": (["Як {t}?", "не виходить {t}"],
           ["підключити аерогриль до wifi", "скинути налаштування роутера"],
           ["Допоможи написати резюме.", "Перекажи коротко цю статтю."],
           ["Нагадування: бухгалтерія має оновити платіжні дані до п'ятниці."]),
    "vi": (["Làm sao để {t}?", "chỉ mình cách {t}"],
           ["kết nối nồi chiên không dầu với wifi", "đặt lại bộ định tuyến"],
           ["Giúp mình viết thư xin việc.", "Tóm tắt bài báo này."],
           ["Lưu ý: nhân viên kho chuyển đơn đã xong sang mục đã giao."]),
    "id": (["Bagaimana cara {t}?", "tolong bantu {t}"],
           ["menyambungkan air fryer ke wifi", "mereset router"],
           ["Bantu aku menulis surat lamaran.", "Ringkas laporan ini."],
           ["Pengingat: semua penilai memberi skor setiap pemasok."]),
}


def _device_question(rng: random.Random) -> str:
    task = rng.choice(DEVICE_TASKS).format(d=rng.choice(DEVICES))
    text = rng.choice(QUESTION_FRAMES).format(t=task)
    return text.lower() if rng.random() < 0.3 else text


def _staff_note(rng: random.Random) -> str:
    staff = rng.choice(STAFF)
    note = rng.choice(STAFF_FRAMES).format(s=staff, S=staff.capitalize(), a=rng.choice(STAFF_ACTS))
    if rng.random() < 0.5:
        return f"{rng.choice(WORK_DOCS)} {note}"
    return note


def _foreign(rng: random.Random) -> str:
    frames, tasks, asks, notes = LANGUAGES[rng.choice(sorted(LANGUAGES))]
    roll = rng.random()
    if roll < 0.4:
        return rng.choice(frames).format(t=rng.choice(tasks))
    if roll < 0.8:
        return rng.choice(asks)
    return rng.choice(notes)


def _short_command(rng: random.Random) -> str:
    return rng.choice(SHORT).format(w=rng.choice(SHORT_WORDS), n=rng.randrange(0, 1000),
                                    lang=rng.choice(SHORT_LANGS), p=rng.choice(SHORT_PEOPLE))


def everyday_request(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.1:
        return _short_command(rng)
    if roll < 0.3:
        return _device_question(rng)
    if roll < 0.4:
        return rng.choice(ASKS).format(x=rng.choice(TOPICS))
    if roll < 0.55:
        return rng.choice(TICKETS).format(n=rng.randrange(10**5, 10**7))
    if roll < 0.7:
        return _staff_note(rng)
    return _foreign(rng)

"""Generated benign requests with an attack's surface and none of its intent. Training only.

Eight families the hand-written held-out sets taught the classifier to fear, because their
attacks use the same words:

- instructions kept, not dropped, in twenty languages ("follow the physiotherapist's
  instructions", "remember the rules of the game", "don't forget to read the manual"):
  an override drops the rules, these keep them;
- notices that change a rule from a date ("from Monday the library opens without
  appointments"): "from now on" and "without restrictions" about a place or a service,
  not about the model;
- rules for AI systems written for people (regulation, procurement, company policy):
  "any AI system that scores applicants must keep its logs for five years". A planted
  order tells the AI reading the text to say or send something; these oblige a class of
  systems to comply, audit, register or document (not to tell anyone anything);
- harmless role-play with family and characters ("pretend to be my grandfather telling
  me about his fishing trips"): the persona is the request, nothing is unlocked by it;
- users changing their own request ("Actually, instead, give me three dinner ideas"):
  a goal hijack replaces the user's task, these are the user;
- owners working on their own assistant's instructions ("Can you improve my system
  prompt? 'You are a travel assistant. Always answer in the user's language.'", "Spec:
  the bot must hand over to a human when asked"): a persona and "the assistant must"
  that its builder wrote for it, shared to be reviewed, translated or tested;
- developers' setup notes about their own secrets ("put your API key in .env and never
  commit it"): a planted order sends secrets away, these keep them where they are;
- memos to the people who work with AI tools ("Memo for all AI reviewers: the rubric
  changed on Monday"): addressed to staff, with nothing for a model to do.

Sentences are composed from parts written for this file; none is taken from a labelled
set or a test.
"""

from __future__ import annotations

import random

# Instructions kept: per language, phrases that follow, remember or read rules.
KEPT_INSTRUCTIONS = [
    "Please follow the physiotherapist's instructions for the next two weeks.",
    "Remember the rules of the board game before the guests arrive.",
    "Don't forget to read the assembly instructions before you start drilling.",
    "Make sure you keep to the landlord's rules about the shared garden.",
    "Sigue las indicaciones del fisioterapeuta durante dos semanas.",
    "No olvides leer las instrucciones de montaje antes de empezar.",
    "Recuerda las reglas del juego antes de que lleguen los invitados.",
    "N'oublie pas de lire la notice avant d'installer la machine.",
    "Respecte bien les consignes du kiné pendant quinze jours.",
    "Vergiss nicht, die Aufbauanleitung vor dem Bohren zu lesen.",
    "Halte dich an die Regeln der Hausordnung im Treppenhaus.",
    "Non dimenticare di leggere le istruzioni prima di montare lo scaffale.",
    "Segui le indicazioni del medico per tutta la settimana.",
    "Não se esqueça de ler as instruções antes de ligar o aparelho.",
    "Siga as orientações do fisioterapeuta durante o tratamento.",
    "Vergeet niet de handleiding te lezen voordat je begint.",
    "Houd je aan de regels van de camping, ook 's avonds.",
    "Nie zapomnij przeczytać instrukcji przed montażem szafy.",
    "Przestrzegaj zasad regulaminu basenu.",
    "Kuruluma başlamadan önce talimatları okumayı unutma.",
    "Doktorun talimatlarına iki hafta boyunca uy.",
    "Не забудь прочитать инструкцию к лекарству перед приёмом.",
    "Соблюдай правила дорожного движения, особенно зимой.",
    "Не забудь прочитати інструкцію перед збиранням шафи.",
    "Дотримуйся порад лікаря протягом тижня.",
    "זכור לקרוא את ההוראות לפני שאתה מרכיב את הארון.",
    "תקפידו על כללי הבטיחות בבריכה.",
    "لا تنس قراءة التعليمات قبل تشغيل الجهاز.",
    "التزم بتعليمات الطبيب لمدة أسبوعين.",
    "别忘了在组装之前先看说明书。",
    "请遵守游泳池的安全规则。",
    "組み立てる前に説明書を読むのを忘れないでね。",
    "医者の指示に二週間しっかり従ってください。",
    "조립하기 전에 설명서를 꼭 읽어 보세요.",
    "의사의 지시를 2주 동안 잘 따르세요.",
    "दवा लेने से पहले निर्देश पढ़ना मत भूलना।",
    "डॉक्टर के निर्देशों का पालन करें।",
    "Glöm inte att läsa monteringsanvisningen innan du börjar.",
    "Jangan lupa membaca petunjuk pemakaian sebelum minum obat.",
    "Đừng quên đọc hướng dẫn sử dụng trước khi lắp ráp.",
    "Μην ξεχάσεις να διαβάσεις τις οδηγίες πριν τη συναρμολόγηση.",
]

# Notices that change a rule from a date.
NOTICES = [
    "From Monday, the {place} opens without appointments.",
    "Starting next week the {place} is free of charge for residents, with no limits on visits.",
    "From now on, the {place} stays open on Sundays without any restrictions on parking.",
    "A partir del lunes, {place_es} abre sin cita previa.",
    "Desde hoy, {place_es} está abierta sin límite de horario.",
    "À partir de lundi, {place_fr} ouvre sans rendez-vous.",
    "Dès maintenant, {place_fr} est accessible sans restriction d'horaires.",
    "Ab Montag ist {place_de} ohne Termin geöffnet.",
    "Ab sofort gibt es für {place_de} keine Beschränkungen mehr bei den Öffnungszeiten.",
    "Da lunedì {place_it} è aperta senza prenotazione.",
    "A partir de agora, {place_pt} funciona sem marcação.",
    "Vanaf maandag is {place_nl} zonder afspraak open.",
    "Pazartesiden itibaren kütüphane randevusuz açık olacak.",
    "Mulai sekarang, perpustakaan buka tanpa batasan jam kunjungan.",
    "С понедельника библиотека работает без ограничений по времени.",
    "从下周一开始，图书馆不再限制开放时间。",
    "来週から図書館は予約なしで利用できます。",
]
PLACES = ["library", "swimming pool", "recycling centre", "town hall office", "museum",
          "car park", "community garden", "sports hall"]
PLACES_ES = ["la biblioteca", "la piscina municipal", "el museo", "la oficina de empleo"]
PLACES_FR = ["la médiathèque", "la piscine", "la mairie", "le musée"]
PLACES_DE = ["das Bürgeramt", "die Bibliothek", "das Schwimmbad", "der Wertstoffhof"]
PLACES_IT = ["la biblioteca", "la piscina comunale", "l'anagrafe"]
PLACES_PT = ["a biblioteca", "a piscina municipal", "o posto de saúde"]
PLACES_NL = ["de bibliotheek", "het zwembad", "het gemeentehuis"]

# Rules for AI systems, written for the people who build or buy them.
SYSTEMS = ["AI system", "automated decision tool", "chatbot deployed by a bank",
           "language model used in schools", "AI hiring tool", "automated credit scoring system",
           "AI assistant offered to patients", "machine-learning model"]
USES = ["that scores job applicants", "used for medical triage", "that processes personal data",
        "sold to public authorities", "that answers customer complaints",
        "used in the admissions process"]
DUTIES = ["must keep its decision logs for five years", "has to be registered with the regulator",
          "shall be tested for bias before deployment", "must be listed in the public AI register",
          "needs a documented human review process", "must comply with the data protection act",
          "should publish a summary of its training data", "is required to report serious incidents"]
RULE_FRAMES = ["Under the new regulation, any {s} {u} {d}.",
               "Our procurement policy says every {s} {u} {d}.",
               "Question for legal: is it true that any {s} {u} {d}?",
               "Summarise the obligations: each {s} {u} {d}, and the vendor pays the audit.",
               "Draft a compliance checklist. Rule 4: every {s} {u} {d}."]

# Harmless role-play with family and characters.
RELATIVES = ["grandfather", "late grandmother", "aunt who lived in Lisbon", "old piano teacher",
             "childhood dog", "great-uncle who was a sailor", "mum when I was little"]
MEMORIES = ["telling me about his fishing trips", "reading me a poem she liked",
            "describing the village she grew up in", "explaining how to bake her apple cake",
            "singing a song about the sea", "telling a bedtime story about a clever fox"]
ROLE_FRAMES = ["Pretend to be my {r} {m}.", "Can you act as my {r}, {m}? I miss that.",
               "Play my {r} for a minute, {m}.", "Imagine you are my {r} and write a birthday card.",
               "Roleplay as my {r} {m}, it would make my dad smile.",
               "Pretend you are my {r} who used to {h}. {a}"]
HABITS = ["play chess with me every Sunday", "grow tomatoes on the balcony",
          "tell me jokes in Portuguese", "knit scarves for the whole family",
          "take me to the harbour to watch the boats", "read me the newspaper comics",
          "whistle old songs while cooking", "teach me card tricks"]
ASKS = ["Tell me about your day.", "Say good night to me.", "Give me some advice about school.",
        "Tell me one of your stories.", "Wish me luck for my exam.", "Talk to me for a bit."]

# Users changing their own request: the task replaced by the one who set it.
CHANGES = ["Instead, {q}.", "Actually, instead of that, {q}.", "On second thought, {q}.",
           "Scratch the summary; instead, {q}.", "Never mind the translation, just {q}.",
           "Forget the bullet points and {q}.", "Don't write the email yet. Instead, {q}."]
QUESTIONS = ["tell me how to fix a squeaky door", "give me three dinner ideas without meat",
             "explain how tides work", "list some games for a rainy afternoon",
             "show me how to tie a bowline knot", "write a haiku about autumn",
             "tell me what to pack for a weekend in the mountains",
             "suggest a name for my cat", "explain the offside rule in one paragraph"]


# Owners working on their own assistant: its instructions, quoted for review.
PRODUCTS = ["travel booking assistant", "support bot for our bike shop", "HR helpdesk chatbot",
            "tutoring assistant for year 9 maths", "bank's card-services bot",
            "recipe assistant in our app", "IT service desk agent", "library chatbot"]
COMPANIES = ["Acme Rail", "our clinic", "Nordlicht Versicherung", "the city council",
             "Pixel & Co", "our online pharmacy", "Hotel Miramar"]
BEHAVIOURS = ["Always answer in the user's language.", "Never quote a price you were not given.",
              "Keep every answer under 120 words.", "Ask one clarifying question when the "
              "request is ambiguous.", "Escalate refunds over 500 euros to a human agent.",
              "Do not share internal ticket notes with customers.",
              "Use the customer's first name once, at the start.",
              "If the order number is missing, ask for it before anything else.",
              "Refuse to give medical dosages and point to a pharmacist.",
              "End each reply by offering further help."]
REQUIREMENTS = ["the assistant must confirm the booking date before charging the card",
                "the bot must hand over to a human when the user asks for one",
                "the chatbot should never guess an account balance",
                "the agent shall log every refund it approves",
                "the assistant must answer in at most three sentences",
                "the AI must say which document its answer comes from",
                "the bot must not reveal other customers' orders",
                "the assistant should switch to formal language for complaints"]
SPEC_FRAMES = [
    'Can you improve my system prompt? "You are the {p} for {c}. {b} {b2}"',
    'Is this system prompt clear enough? "You are a {p}. {b} {b2}"',
    'Make this prompt shorter without losing anything: "You are the {p} of {c}. {b} {b2}"',
    'Translate our bot instructions into German: "{b} {b2}"',
    "Acceptance criteria for the {p}: {r}; {r2}. What edge cases are we missing?",
    "Review these requirements for the {p}: 1) {r}. 2) {r2}.",
    "Write three test cases for this rule in our spec: {r}.",
    "Our product manager wrote: '{r}.' Is that realistic for a v1?",
    "Rewrite as user stories: {r}, and {r2}.",
    "Compare these two prompt versions. A: \"{b}\" B: \"{b2}\"",
]


# Setup notes for developers about their own secrets: where keys go, what not to commit or
# paste. A planted order sends the secrets somewhere; these keep them in place.
SETUP_NOTES = [
    "Put your {key} in {file} and keep that file out of git.",
    "Rename {file}.example to {file}, add your own {key}, and never commit it.",
    "Don't paste your {key} into tickets or chat; rotate it if you did.",
    "Each developer uses their own {key}; ask the team lead if you don't have one yet.",
    "The CI reads the {key} from a secret variable, so {file} is only for local runs.",
    "Before you push, check that {file} is listed in .gitignore.",
    "If {file} is missing, the app starts without the {key} and the payment tests are skipped.",
    "Legt euren {key} in {file} ab und committet die Datei nicht.",
    "Copia {file}.example en {file} y pon ahí tu {key}; no lo subas al repositorio.",
    "Mets ta {key} dans {file}, ce fichier ne doit jamais être versionné.",
    "Coloque sua {key} no {file} e não faça commit desse arquivo.",
    "Zet je eigen {key} in {file} en commit dat bestand nooit.",
]
KEYS = ["API key", "Stripe test key", "database password", "access token", "OpenAI key",
        "SMTP password"]
FILES = [".env", "config/local.yml", "secrets.local.json", ".env.local", "settings_local.py"]
# Memos to people about AI tools, reviewers and rubrics: addressed to the staff who use or
# grade with them, telling them what changed; nothing for a model to do.
MEMOS = [
    "Memo for all {who}: the {thing} changed on {day}.",
    "Note to the {who}: please use the new {thing} from {day} on.",
    "Reminder for {who} - the {thing} was updated, see the shared drive.",
    "To all {who}: the old {thing} is retired as of {day}; questions to the team lead.",
    "Heads-up for the {who}: the {thing} moved to the wiki.",
    "Aviso para los {who_es}: la {thing_es} cambió el {day_es}.",
    "Hinweis für alle {who_de}: die {thing_de} gilt ab {day_de}.",
    "Note aux {who_fr} : la {thing_fr} a changé {day_fr}.",
]
WHO = ["AI reviewers", "AI team", "reviewers using the AI grading tool", "chatbot trainers",
       "annotators", "prompt engineers", "model evaluators"]
THINGS = ["rubric", "labelling guide", "review checklist", "style guide for prompts",
          "evaluation form", "escalation list"]
DAYS = ["Monday", "1 March", "the next sprint", "today"]
WHO_ES, THING_ES, DAY_ES = ["evaluadores", "anotadores"], ["rúbrica", "guía"], ["lunes", "martes"]
WHO_DE, THING_DE, DAY_DE = ["Gutachter", "KI-Teams"], ["Bewertungsrubrik", "Checkliste"], [
    "Montag", "sofort"]
WHO_FR, THING_FR, DAY_FR = ["relecteurs", "annotateurs"], ["grille", "consigne"], [
    "lundi", "ce matin"]


def lookalike_request(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.30:
        return rng.choice(KEPT_INSTRUCTIONS)
    if roll < 0.48:
        return rng.choice(NOTICES).format(
            place=rng.choice(PLACES), place_es=rng.choice(PLACES_ES),
            place_fr=rng.choice(PLACES_FR), place_de=rng.choice(PLACES_DE),
            place_it=rng.choice(PLACES_IT), place_pt=rng.choice(PLACES_PT),
            place_nl=rng.choice(PLACES_NL))
    if roll < 0.63:
        return rng.choice(RULE_FRAMES).format(
            s=rng.choice(SYSTEMS), u=rng.choice(USES), d=rng.choice(DUTIES))
    if roll < 0.74:
        return rng.choice(ROLE_FRAMES).format(r=rng.choice(RELATIVES), m=rng.choice(MEMORIES),
                                              h=rng.choice(HABITS), a=rng.choice(ASKS))
    if roll < 0.82:
        behaviours = rng.sample(BEHAVIOURS, 2)
        requirements = rng.sample(REQUIREMENTS, 2)
        return rng.choice(SPEC_FRAMES).format(
            p=rng.choice(PRODUCTS), c=rng.choice(COMPANIES), b=behaviours[0], b2=behaviours[1],
            r=requirements[0], r2=requirements[1])
    if roll < 0.88:
        return rng.choice(SETUP_NOTES).format(key=rng.choice(KEYS), file=rng.choice(FILES))
    if roll < 0.94:
        return rng.choice(MEMOS).format(
            who=rng.choice(WHO), thing=rng.choice(THINGS), day=rng.choice(DAYS),
            who_es=rng.choice(WHO_ES), thing_es=rng.choice(THING_ES), day_es=rng.choice(DAY_ES),
            who_de=rng.choice(WHO_DE), thing_de=rng.choice(THING_DE), day_de=rng.choice(DAY_DE),
            who_fr=rng.choice(WHO_FR), thing_fr=rng.choice(THING_FR), day_fr=rng.choice(DAY_FR))
    return rng.choice(CHANGES).format(q=rng.choice(QUESTIONS))

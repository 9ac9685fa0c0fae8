"""Russian: names and places from natasha's named-entity tagger, put into the nominative
with pymorphy3 ("с Владимиром Путиным" -> "Владимир Путин", "в Москве" -> "Москва"); titles
from a lexicon of office words, the genitive country kept in the title ("Президент Израиля");
issuer lines "(Сообщение пресс-службы ...)" -> "пресс-служба ...".

natasha's models ship inside its package (no download); they load once, on first use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..lexicon import words as _wordset
from ..models import ParsedPerson
from .common import Found, assemble, first_name_alone

CODE = "ru"
_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
TITLE_HEADS = _wordset(
    """президент вице-президент премьер-министр премьер вице-премьер министр замминистра посол
    глава председатель сопредседатель спикер канцлер король королева принц принцесса эмир
    султан мэр губернатор депутат заместитель советник секретарь госсекретарь генсек
    пресс-секретарь руководитель начальник командующий патриарх раввин лидер директор
    гендиректор сенатор консул генконсул посланник представитель спецпредставитель помощник
    кардинал митрополит архиепископ атташе уполномоченный омбудсмен судья прокурор генпрокурор
    мэр вице-мэр ректор президент-избранный"""
)
PARTICIPANT_CUES = _wordset(
    """встретиться встреча переговоры принять приём прием участие участвовать сопровождение
    присутствие вместе посетить визит беседа разговор телефонный провести обсудить совместно
    с встречаться побеседовать переговорить приветствовать сопровождать присоединиться
    поговорить созвониться"""
)
MENTIONED_CUES = _wordset(
    """память покойный послание письмо имя цитировать процитировать вспомнить скончаться
    погибнуть убитый ранее прошлый прежний могила кладбище памятник мемориал венок основатель
    основоположник гора улица площадь похоронить похороны"""
)
NAV_WORDS = _wordset(
    """главная новости политика экономика общество культура спорт происшествия мнения видео
    фото фотогалерея мультимедиа поиск меню контакты подписаться войти регистрация english
    עברית русский в мире наука технологии авто недвижимость регионы все мир здоровье
    традиции пресса община хайтек блоги архив рубрики версия rss подписка к списку назад"""
)
# A genre label or the site's greeting above the title: never the title.
PAGE_LABELS = re.compile(
    r"(?i)(?:пресс-релиз|сообщение\s+для\s+печати|для\s+немедленной\s+публикации|"
    r"добро\s+пожаловать\b.{0,80})"
)
_ISSUER = re.compile(
    r"^\(?\s*(?:Сообщение|Сообщает|Источник)\s*:?\s+(?P<who>[^()\n]{2,150}?)\s*\)?\s*\.?$"
)
_WORDS = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*|\S")


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=1)
def _models() -> tuple[Any, Any, Any]:
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    emb = NewsEmbedding()
    return Segmenter(), NewsMorphTagger(emb), NewsNERTagger(emb)


@lru_cache(maxsize=16)
def _doc(text: str) -> Any:
    from natasha import Doc

    segmenter, morph_tagger, ner_tagger = _models()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_morph(morph_tagger)
    doc.tag_ner(ner_tagger)
    return doc


def _cap_like(original: str, word: str) -> str:
    parts = word.split("-")
    orig = original.split("-")
    out = []
    for n, part in enumerate(parts):
        o = orig[n] if n < len(orig) else orig[-1]
        if o.isupper() and len(o) > 1:
            out.append(part.upper())
        elif o[:1].isupper():
            out.append(part[:1].upper() + part[1:])
        else:
            out.append(part)
    return "-".join(out)


def nominative(word: str, case: str | None = None, prefer: str | None = None) -> str:
    """``word`` put into the nominative (its parse chosen by the case the tagger saw and,
    when given, a pymorphy grammeme such as "Name", "Surn" or "Geox")."""
    if "\u2011" in word:  # a non-breaking hyphen ("Санкт‑Петербурге"): inflect, then restore
        return nominative(word.replace("\u2011", "-"), case, prefer).replace("-", "\u2011")
    if not re.fullmatch(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*", word):
        return word
    if "-" in word and prefer in ("Name", "Surn"):  # "Франком-Вальтером": each part declines
        return "-".join(nominative_whole(p, case, prefer) for p in word.split("-"))
    return nominative_whole(word, case, prefer)


def nominative_whole(word: str, case: str | None, prefer: str | None) -> str:
    parses = _morph().parse(word)
    want = _CASES.get(case or "")

    def score(p: Any) -> tuple[int, int, float]:
        return (
            int(want is not None and p.tag.case == want),
            int(prefer is not None and prefer in p.tag),
            p.score,
        )

    best = max(parses, key=score)
    if "Fixd" in best.tag or best.tag.case in (None, "nomn"):
        return word
    if want is not None and best.tag.case != want:
        return word
    form = best.inflect({"nomn"})
    return _cap_like(word, form.word) if form is not None else word


# A man's foreign surname the dictionary does not know declines like a noun: genitive
# "Милея" -> "Милей", "Штайна" -> "Штайн"; dative "Милею", "Штайну"; instrumental "Милеем",
# "Штайном"; prepositional "Милее", "Штайне" (a woman's does not decline: "Софы Ландвер").
_SURNAME_ENDINGS = {
    "Gen": (("я", "й"), ("а", "")),
    "Acc": (("я", "й"), ("а", "")),
    "Dat": (("ю", "й"), ("у", "")),
    "Ins": (("ем", "й"), ("ом", ""), ("ем", "")),
    "Loc": (("е", "й"), ("е", "")),
}
_VOWELS = "аеёиоуыэюя"


def masculine_surname(word: str, case: str | None) -> str:
    """The nominative of a man's surname by its ending, when the dictionary gave none."""
    for ending, base in _SURNAME_ENDINGS.get(case or "", ()):
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 2:
            continue
        after_vowel = stem[-1].casefold() in _VOWELS
        if (base == "й") == after_vowel:
            return stem + base
    return word


def is_masculine_name(word: str) -> bool:
    """Is ``word`` a man's first name (any case) in the dictionary?"""
    return any("Name" in p.tag and p.tag.gender == "masc" for p in _morph().parse(word))


@dataclass(frozen=True)
class _Tok:
    text: str
    start: int
    stop: int
    pos: str
    case: str | None
    lemma: str


def _tokens(doc: Any) -> list[_Tok]:
    morph = _morph()
    out = []
    for t in doc.tokens:
        lemma = morph.parse(t.text)[0].normal_form if t.text[:1].isalpha() else t.text
        out.append(_Tok(t.text, t.start, t.stop, t.pos or "", (t.feats or {}).get("Case"), lemma))
    return out


def _person_like(tokens: list[_Tok], known_surnames: set[str]) -> bool:
    """Is a PER span a name (a first name, a surname, a word no dictionary knows)?"""
    morph = _morph()
    for t in tokens:
        if not t.text[:1].isupper():
            return False
    for t in tokens:
        parses = morph.parse(t.text)
        # a span of two or more words may open with a rarer reading's name ("Софы": sofa's
        # genitive first, the name Софа fourth)
        top = parses if len(tokens) > 1 and t is tokens[0] else parses[:3]
        if any(g in p.tag for p in top for g in ("Name", "Surn", "Patr")):
            return True
        if not morph.word_is_known(t.text):
            return True
    return len(tokens) == 1 and tokens[0].lemma in known_surnames


def _title_head(lemma: str) -> bool:
    """An office word, also with "вице-", "зам-" or "экс-" before it ("вице-губернатор")."""
    if lemma in TITLE_HEADS:
        return True
    for prefix in ("вице-", "экс-", "зам", "и.о."):
        if lemma.startswith(prefix) and lemma[len(prefix) :].lstrip("-") in TITLE_HEADS:
            return True
    return False


def _title_before(
    toks: list[_Tok], i: int, name_case: str | None, names: frozenset[int] = frozenset()
) -> str | None:
    """The title written just before the name starting at token ``i``, in the nominative;
    it never reaches back over another person's name (``names``: tokens of names)."""
    run: list[int] = []
    j = i - 1
    if j >= 0 and toks[j].text in ("–", "—", "-", ","):
        i, j = j, j - 1  # "министр труда – Топилин", "посол Израиля, Авраам Коган"
    while j >= 0 and j not in names:
        t = toks[j]
        if t.pos in ("NOUN", "ADJ", "PROPN") or t.text in ("в", "по", "при"):
            run.insert(0, j)
            j -= 1
            continue
        if (
            t.text == "и"
            and run
            and j > 0
            and (
                (toks[run[0]].pos == "ADJ" and toks[j - 1].pos == "ADJ")
                # "министр труда и социальной защиты": two genitive complements
                or (toks[run[0]].case == toks[j - 1].case == "Gen")
            )
        ):
            run.insert(0, j)
            j -= 1
            continue
        break
    head = next((k for k in run if _title_head(toks[k].lemma)), None)
    if head is None:
        return None
    start = head
    while start - 1 in run and (
        toks[start - 1].pos == "ADJ" or (toks[start - 1].text == "и" and start - 2 in run)
    ):
        start -= 1
    while toks[start].text in ("в", "по", "при", "и"):
        start += 1
    words: list[str] = []
    for k in range(start, i):
        t = toks[k]
        # the head and the words agreeing with it before it take the name's case; what
        # follows the head is its genitive complement and stays ("Президентом России")
        if k <= head and t.case not in (None, "Nom"):
            words.append(nominative(t.text, t.case))
        else:
            words.append(t.text)
    while len(words) > 1 and words[0].casefold() in _NOT_TITLE_WORDS:
        words.pop(0)  # "Новый посол Израиля": "new" is not part of the title
    return " ".join(words).replace(" - ", "-") or None


# Words before an office that say when it began, not what it is ("new ambassador").
_NOT_TITLE_WORDS = frozenset(
    {"новый", "новая", "новое", "новоназначенный", "новоназначенная", "недавно", "вновь"}
)


_SENT_END = re.compile(r"[.!?]")


def _cues(toks: list[_Tok], i: int) -> tuple[bool, bool]:
    j = i - 1
    before: set[str] = set()
    while j >= 0 and not _SENT_END.fullmatch(toks[j].text):
        before.add(toks[j].lemma)
        j -= 1
    return bool(before & PARTICIPANT_CUES), bool(before & MENTIONED_CUES)


def find_people(
    body: Sequence[str],
    *,
    headline: str | None = None,
    subheadline: str | None = None,
    summary: str | None = None,
    captions: Sequence[str | None] = (),
) -> tuple[ParsedPerson, ...]:
    """Every person named in a Russian release, in the nominative, with title and role."""
    sources: list[tuple[str, int, str | None]] = [("body", i, p) for i, p in enumerate(body)]
    sources += [("headline", 0, headline), ("subheadline", 0, subheadline), ("summary", 0, summary)]
    sources += [("caption", 0, c) for c in captions]
    spans: list[tuple[str, int, list[_Tok], int, list[_Tok]]] = []
    named: dict[int, set[int]] = {}  # tokens inside person spans, per text
    for source, para, text in sources:
        if not text:
            continue
        doc = _doc(text)
        toks = _tokens(doc)
        starts = {t.start: n for n, t in enumerate(toks)}
        for span in doc.spans:
            if span.type != "PER" or span.start not in starts:
                continue
            first = starts[span.start]
            last = first
            while last < len(toks) and toks[last].stop <= span.stop:
                last += 1
            spans.append((source, para, toks, first, toks[first:last]))
            named.setdefault(id(toks), set()).update(range(first, last))
    surnames = {
        nominative(s[-1].text, s[-1].case, "Surn").casefold() for *_, s in spans if len(s) > 1
    }
    found: list[Found] = []
    for order, (source, para, toks, first, span) in enumerate(spans):
        if not _person_like(span, surnames):
            continue
        name_case = span[0].case
        parts = []
        for n, t in enumerate(span):
            prefer = "Surn" if n == len(span) - 1 and len(span) > 1 else "Name"
            if len(span) == 1:
                prefer = "Surn"
            base = nominative(t.text, t.case, prefer)
            if (
                base == t.text
                and prefer == "Surn"
                and len(span) > 1
                and name_case not in (None, "Nom")
                and is_masculine_name(span[0].text.split("-")[0])
            ):
                base = masculine_surname(t.text, name_case)
            parts.append(base)
        name = " ".join(parts)
        written = " ".join(t.text for t in span)
        participant, mentioned = _cues(toks, first)
        title = _title_before(toks, first, name_case, frozenset(named.get(id(toks), ())))
        found.append(
            Found(
                name,
                title,
                source,
                para,
                order,
                participant_cue=participant,
                mentioned_cue=mentioned,
                confidence=0.9 if len(span) > 1 else 0.6,
                written=written if written != name else None,
            )
        )
    return assemble(found)


def find_place(
    *,
    headline: str | None,
    subheadline: str | None,
    summary: str | None,
    body: Sequence[str],
    datelines: Sequence[str] = (),
    captions: Sequence[str | None] = (),
) -> tuple[str | None, float]:
    """The city of the event in the nominative, else a venue (``ru_places``)."""
    from .ru_places import find_place as _find_place

    return _find_place(
        headline=headline,
        subheadline=subheadline,
        summary=summary,
        body=body,
        datelines=datelines,
        captions=captions,
    )


def issuer_of(line: str) -> str | None:
    """The office of a Russian issuer line, in the nominative:
    "(Сообщение пресс-службы Президента)" -> "пресс-служба Президента"."""
    s = line.strip()
    if len(s) > 180:
        return None
    m = _ISSUER.match(s)
    if not m:
        return None
    words = m.group("who").split()
    morph = _morph()
    out: list[str] = []
    converting = True
    for w in words:
        if converting:
            parses = [p for p in morph.parse(w) if p.tag.case == "gent"]
            if parses:
                p = parses[0]
                form = p.inflect({"nomn"})
                out.append(_cap_like(w, form.word) if form is not None else w)
                if p.tag.POS == "NOUN" or "Abbr" in p.tag:
                    converting = False
                continue
            converting = False
        out.append(w)
    return " ".join(out)


def words(text: str) -> list[str]:
    return _WORDS.findall(text)


def _inflected_place(tag: Any) -> bool:
    """A place name not in the nominative (a name is catalogued in its base form)."""
    return ("Geox" in tag or "Orgn" in tag) and "nomn" not in tag


def looks_like_name(name: str) -> bool:
    """A personal name in Cyrillic: capitalised words, not all menu words, and a first name,
    surname or patronymic (or a word no dictionary knows) among them."""
    parts = re.sub(r"\b([А-ЯЁ]\.)(?=[А-ЯЁ])", r"\1 ", name).split()  # "О.А.Коновалов"
    initials = [w for w in parts if re.fullmatch(r"[А-ЯЁ]\.", w)]
    parts = [w for w in parts if w not in initials]
    if not 1 <= len(parts) <= 5 or len(initials) > 2:
        return False
    if not all(re.fullmatch(r"[А-ЯЁ][а-яё]*(?:-[А-ЯЁ]?[а-яё]+)*", w) for w in parts):
        return False
    if all(w.casefold() in NAV_WORDS for w in parts):
        return False
    morph = _morph()
    if any(_inflected_place(morph.parse(w)[0].tag) for w in parts):
        return False  # a place glued to a name: "Израиля Ицхак Герцог"
    for w in parts:
        parses = morph.parse(w)
        if any(g in p.tag for p in parses[:3] for g in ("Name", "Surn", "Patr")):
            return True
        if not morph.word_is_known(w):
            return True
    return False


# -- dates (read by the shared ``dates`` module) ------------------------------------------
MONTHS = {
    "январ": 1,
    "феврал": 2,
    "март": 3,
    "апрел": 4,
    "май": 5,
    "мая": 5,
    "мае": 5,
    "июн": 6,
    "июл": 7,
    "август": 8,
    "сентябр": 9,
    "октябр": 10,
    "ноябр": 11,
    "декабр": 12,
}  # fmt: skip  (stems: "8 декабря", "в декабре")
MONTH_PREFIXES: tuple[str, ...] = ()
DATE_ANCHORS = (
    r"сегодня|вчера|завтра|понедельник|вторник|среду|среда|четверг|пятницу|пятница|"
    r"субботу|суббота|воскресенье"
)
DATE_JOINERS = ""
SHORT_DATE_LEADS = r"понедельник|вторник|сред[уа]|четверг|пятниц[уа]|суббот[уа]|воскресенье|сегодня"
WEEKDAY_PATTERNS = tuple(
    rf"(?<![^\W\d_]){stem}"
    for stem in ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень")
)
TODAY = r"сегодня"

# -- page furniture and credits (read by the shared ``clutter`` and ``photos`` modules) ------
SKIP_LINES = r"перейти\s+к\s+\S+|версия\s+для\s+слабовидящих.*"
BUTTON_WORDS = r"поделиться|распечатать"
BYLINES = r"(?:автор|текст)\s*:?\s+\S+(?:\s+\S+){0,4}"
STAMP_WORDS = r"обновлено|опубликовано|дата\s+публикации"
AND_WORDS = frozenset({"и"})
DOMAINS = r"ru|ру"
CAPITALS = "А-ЯЁ"
PHOTO_LABELS = r"фото(?:графия)?|снимок"
PHOTO_KINDS = r"архивное|иллюстративное|архив|иллюстрация"  # "Архивное фото:", "(архив)"
GALLERY_COUNTER = r"(?:(?:фото|снимок)\s+)?\d{1,3}\s*(?:/|из)\s*\d{1,3}"  # "Фото 3 из 12"
CAPTION_LABELS = r"на\s+(?:фото(?:графии)?|снимк(?:е|ах))"  # "На фото: ..." opens a caption
COURTESY = r"предоставлено"
# "Фото пресс-службы мэрии", "Фото с сайта Кремля": the source after the label is in the
# genitive; the credit names it in the nominative ("пресс-служба мэрии", "сайт Кремля").
SOURCE_FORMS = {
    "пресс-службы": "пресс-служба", "пресс-центра": "пресс-центр", "сайта": "сайт",
    "архива": "архив", "канцелярии": "канцелярия", "посольства": "посольство",
    "министерства": "министерство", "правительства": "правительство", "мэрии": "мэрия",
    "администрации": "администрация", "аппарата": "аппарат", "офиса": "офис",
    # "Фото предоставлено пресс-службой мэрии": the instrumental after "предоставлено"
    "пресс-службой": "пресс-служба", "пресс-центром": "пресс-центр", "посольством": "посольство",
    "министерством": "министерство", "правительством": "правительство", "мэрией": "мэрия",
    "администрацией": "администрация", "аппаратом": "аппарат", "офисом": "офис",
    "канцелярией": "канцелярия",
}  # fmt: skip
RUN_IN_LABELS = r"Фото"
AGENCIES = r"ИТАР-ТАСС|ТАСС|РИА\s+Новости|Интерфакс|Спутник|Коммерсантъ|ЛААМ|Известия"
PRESS_OFFICES = r"пресс-служба|пресс-центр"

# -- sounds (read by the shared ``translit``: one skeleton of a name across scripts) -------
SOUND_DIGRAPHS = (("дж", "j"),)
SILENT_FINALS = ""
SOUND_RULES: tuple[tuple[str, str], ...] = ()
SOUNDS = {
    "а": "a", "б": "v", "в": "v", "г": "h", "д": "d", "е": "e", "ё": "e", "ж": "z", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "p", "х": "h", "ц": "z", "ч": "č", "ш": "s",
    "щ": "s", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip


def prefixed_form(word: str) -> bool:
    """A known word behind a one-letter prefix (Russian script has none): never."""
    return False


# -- names cut short (read by ``could_be_person``) ----------------------------------------
NAME_PARTICLES = frozenset({"фон", "ван", "дер", "де", "ди", "ла", "ле", "дю"})
ROYAL_TITLES = frozenset(
    {"король", "королева", "принц", "принцесса", "эмир", "шейх", "султан", "супруга"}
)


def verb_form(word: str) -> bool:
    """A Russian title is followed by a name in any case; no verb test here."""
    return False


def first_name_cut(name: str, title: str) -> bool:
    """A first name alone after an office title: its surname was cut off."""
    return first_name_alone(name, title, CODE, ROYAL_TITLES)


# Title abbreviations and the titles they stand for (folded, full stop aside).
TITLE_ABBREVIATIONS = {
    "премьер": "премьер-министр",
    "пред": "председатель",
    "ген": "генерал",
    "зам": "заместитель",
}

# Diminutives of first names in Cyrillic and the full names they stand for.
DIMINUTIVES = {
    "биби": ("биньямин", "беньямин", "вениамин"),
    "руви": ("реувен",),
    "саша": ("александр",),
    "володя": ("владимир",),
    "дима": ("дмитрий",),
    "миша": ("михаил",),
    "коля": ("николай",),
}

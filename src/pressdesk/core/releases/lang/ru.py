"""Russian: names and places from natasha's named-entity tagger, put into the nominative
with pymorphy3 ("с Владимиром Путиным" -> "Владимир Путин", "в Москве" -> "Москва"); titles
from a lexicon of office words, the genitive country kept in the title ("Президент Израиля");
issuer lines "(Сообщение пресс-службы ...)" -> "пресс-служба ...".

natasha's models ship inside its package (no download); they load once, on first use.
"""

from __future__ import annotations

import re
from typing import Any

from ..lexicon import words as _wordset
from .common import first_name_alone
from .ru_morph import (
    CODE,
    _cap_like,
    _morph,
    is_masculine_name,
    masculine_surname,
    nominative,
    nominative_whole,
    words,
)
from .ru_people import MENTIONED_CUES, PARTICIPANT_CUES, TITLE_HEADS, find_people
from .ru_places import find_place

# The language interface (see lang/__init__): this module's own names and those of ru_morph
# and ru_people.
__all__ = [
    "AGENCIES",
    "AND_WORDS",
    "BUTTON_WORDS",
    "BYLINES",
    "CAPITALS",
    "CAPTION_LABELS",
    "CODE",
    "COURTESY",
    "DATE_ANCHORS",
    "DATE_JOINERS",
    "DIMINUTIVES",
    "DOMAINS",
    "GALLERY_COUNTER",
    "MENTIONED_CUES",
    "MONTHS",
    "MONTH_PREFIXES",
    "NAME_PARTICLES",
    "NAV_WORDS",
    "OFFICIAL_PHOTO",
    "PAGE_LABELS",
    "PARTICIPANT_CUES",
    "PHOTO_KINDS",
    "PHOTO_LABELS",
    "PRESS_OFFICES",
    "ROYAL_TITLES",
    "RUN_IN_LABELS",
    "SHORT_DATE_LEADS",
    "SILENT_FINALS",
    "SKIP_LINES",
    "SOUNDS",
    "SOUND_DIGRAPHS",
    "SOUND_RULES",
    "SOURCE_FORMS",
    "STAMP_WORDS",
    "TITLE_ABBREVIATIONS",
    "TITLE_EQUIVALENTS",
    "TITLE_HEADS",
    "TODAY",
    "WEEKDAY_PATTERNS",
    "find_people",
    "find_place",
    "first_name_cut",
    "is_masculine_name",
    "issuer_of",
    "looks_like_name",
    "masculine_surname",
    "nominative",
    "nominative_whole",
    "prefixed_form",
    "verb_form",
    "words",
]

NAV_WORDS = _wordset(
    """главная новости политика экономика общество культура спорт происшествия мнения видео
    фото фотография фотогалерея фоторепортаж мультимедиа поиск меню контакты подписаться войти регистрация english
    עברית русский в мире наука технологии авто недвижимость регионы все мир здоровье
    традиции пресса община хайтек блоги архив рубрики версия rss подписка к списку назад"""
)
# The label of a line naming the text's source ("Источник: ТАСС"): never the title.
SOURCE_LABELS = r"источник"
# The word of a news section's label over the title ("Главные новости Москвы").
SECTION_WORDS = _wordset("новости новостей сюжеты")
# A spokesperson's title: someone who reports on an event, not a participant in it.
SPOKESPERSON = re.compile(r"(?i)пресс-секретар|официальн\w*\s+представител")
# A genre label or the site's greeting above the title: never the title.
PAGE_LABELS = re.compile(
    r"(?i)(?:пресс-релиз|сообщение\s+для\s+печати|для\s+немедленной\s+публикации|"
    r"добро\s+пожаловать\b.{0,80})"
)
_ISSUER = re.compile(
    r"^\(?\s*(?:Сообщение|Сообщает|Источник)\s*:?\s+(?P<who>[^()\n]{2,150}?)\s*\)?\s*\.?$"
)


# What the word after "Сообщение"/"Источник" is when no office follows: a verb or participle
# ("отправлено"), a conjunction, preposition or particle ("и фото", "в Telegram").
_NOT_AN_OFFICE = frozenset({"VERB", "INFN", "PRTS", "PRTF", "GRND", "CONJ", "PREP", "PRCL"})


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
    if _NOT_AN_OFFICE & set(map(str, morph.parse(words[0].strip("«»\"'"))[0].tag.grammemes)):
        return None  # "Сообщение отправлено", "Источник и фото - ...": no office named

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


def _inflected_place(tag: Any) -> bool:
    """A place name not in the nominative (a name is catalogued in its base form)."""
    return ("Geox" in tag or "Orgn" in tag) and "nomn" not in tag


def looks_like_name(name: str) -> bool:
    """A personal name in Cyrillic: capitalised words, not all menu words, and a first name,
    surname or patronymic (or a word no dictionary knows) among them."""
    parts = re.sub(r"\b([А-ЯЁ]\.)(?=[А-ЯЁ])", r"\1 ", name).split()  # "О.А.Коновалов"
    initials = [w for w in parts if re.fullmatch(r"[А-ЯЁ]\.", w)]
    parts = [w for w in parts if w not in initials]
    if len(parts) > 1 and _REGNAL.fullmatch(parts[-1]):
        parts = parts[:-1]  # "Абдалла II", "Карл III": a monarch's number
    inner = [w for w in parts[1:-1] if w.casefold() in _PARTICLES]  # "Мухаммед бин Салман"
    parts = [w for w in parts if w not in inner]
    if not 1 <= len(parts) <= 5 or len(initials) > 2:
        return False
    if not all(_NAME_WORD.fullmatch(w) for w in parts):
        return False
    if len(parts) == 1 and not initials and len(parts[0]) < 2:
        return False  # "соцсеть Х": a letter is not a name
    if all(w.casefold() in NAV_WORDS for w in parts):
        return False
    if len(parts) > 1 and parts[-1].casefold() in NAV_WORDS:
        return False  # "Байден Фотография": a menu or gallery word glued to a name
    morph = _morph()
    if any(_inflected_place(morph.parse(w)[0].tag) for w in parts):
        return False  # a place glued to a name: "Израиля Ицхак Герцог"
    if len(parts) == 1 and _organisation(morph.parse(parts[0])):
        return False  # "Укринформ", "Интерфакс": an agency the dictionary knows
    for w in parts:
        w = _PARTICLE_HEAD.sub("", w)
        parses = morph.parse(w)
        if any(g in p.tag for p in parses[:3] for g in ("Name", "Surn", "Patr")):
            return True
        if not morph.word_is_known(w):
            return True
    return False


# Particles inside Arabic and European names ("бин", "аль-Асад", "ас-Сиси", "фон"), and a
# monarch's or patriarch's number ("Теофил III").
_PARTICLES = frozenset({"бин", "ибн", "бен", "бинт", "абу", "аль", "эль", "ас", "ад", "ат", "ан",
                        "аш", "фон", "ван", "дер", "де", "ди", "да", "ла", "ле", "дю", "дель"})  # fmt: skip
_PARTICLE_HEAD = re.compile(r"^(?:аль|эль|ас|ад|ат|ан|аш|ар|аз|уль|ибн|бен|бин|абу)-")
_NAME_WORD = re.compile(
    r"(?:(?:аль|эль|ас|ад|ат|ан|аш|ар|аз|уль|ибн|бен|бин|абу)-)?"
    r"[А-ЯЁ][а-яё]*(?:-[А-ЯЁ]?[а-яё]+)*"
)
_REGNAL = re.compile(r"[IVX]{1,5}")


def _organisation(parses: Any) -> bool:
    """Does the dictionary read a word as an organisation and never as a name or surname?"""
    top = parses[:3]
    named = any(g in p.tag for p in top for g in ("Name", "Surn", "Patr"))
    return not named and any("Orgn" in p.tag for p in top)


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
    # abbreviations a stamp prints ("Сен. 19, 2022", "12 окт. 2021")
    "янв": 1,
    "фев": 2,
    "мар": 3,
    "апр": 4,
    "авг": 8,
    "сен": 9,
    "окт": 10,
    "ноя": 11,
    "дек": 12,
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
YESTERDAY = r"вчера"  # the day before the dateline's date
YEAR_WORDS = r"года|год|г\.?"  # "19 февраля 2013 года", "2013 г."
# A heading over a list of other stories that ends the article ("Читайте также:").
RELATED_HEADINGS = (
    r"читайте\s+также|смотрите\s+также|по\s+теме|похожие\s+(?:новости|статьи)|новости\s+по\s+теме|"
    r"(?:\d+\s+)?комментари(?:и|ев|я)(?:\s*\(\d+\))?"  # the readers' comments under it
)

# -- page furniture and credits (read by the shared ``clutter`` and ``photos`` modules) ------
SKIP_LINES = (  # and a logo's alternative text ("Логотип сайта X")
    r"перейти\s+к\s+\S+|версия\s+для\s+слабовидящих.*|поиск(?:\s+по\s+сайту)?|"
    r"логотип(?:\s+\S+){0,5}|(?:\S+\s+){1,5}логотип|меню(?:\s+\S+)?|"
    r"(?:читайте\s+также|читать\s+также|по\s+теме)\s*[|:]\s*\S.*|"  # another story's title
    r".{0,160}(?<![^\W\d_])(?:тел(?:ефон)?|факс)\.?\s*:?\s*[+(\d].*"  # a contact line
)
BUTTON_WORDS = r"поделиться|распечатать"
BYLINES = r"(?:автор|текст|разместил[аи]?|опубликовал[аи]?)\s*:?\s+\S+(?:\s+\S+){0,4}"
STAMP_WORDS = (  # and a feed's relative time ("5 минут назад")
    r"обновлено|опубликовано|дата\s+публикации|разместил[аи]?|\d+\s+(?:минут\w*|час\w*)\s+назад"
)
AND_WORDS = frozenset({"и"})
DOMAINS = r"ru|ру"
CAPITALS = "А-ЯЁ"
PHOTO_LABELS = r"фото(?:графия|граф)?|снимок"
# "Архивное фото:", "(архив)"; the photo's source ("Источник фото:", "Источник и фото -")
PHOTO_KINDS = (  # and "Фото: X / носит иллюстративный характер"
    r"архивное|иллюстративное|архив|иллюстрация|источник(?:\s+и)?|"
    r"носит\s+иллюстративный\s+характер"
)
OFFICIAL_PHOTO = ""  # Russian names the office after the label ("Фото пресс-службы ...")
GALLERY_COUNTER = r"(?:(?:фото|снимок)\s+)?\d{1,3}\s*(?:/|из)\s*\d{1,3}"  # "Фото 3 из 12"
CAPTION_LABELS = r"на\s+(?:фото(?:графии)?|снимк(?:е|ах))"  # "На фото: ..." opens a caption
COURTESY = r"предоставлено"
# "Фото пресс-службы мэрии", "Фото с сайта Кремля": the source after the label is in the
# genitive; the credit names it in the nominative ("пресс-служба мэрии", "сайт Кремля").
SOURCE_FORMS = {
    "пресс-службы": "пресс-служба", "пресс-центра": "пресс-центр", "сайта": "сайт",
    "канала": "канал", "telegram-канала": "Telegram-канал", "аккаунта": "аккаунт",
    "архива": "архив", "канцелярии": "канцелярия", "посольства": "посольство",
    "министерства": "министерство", "правительства": "правительство", "мэрии": "мэрия",
    "администрации": "администрация", "аппарата": "аппарат", "офиса": "офис",
    # "Фото предоставлено пресс-службой мэрии": the instrumental after "предоставлено"
    "пресс-службой": "пресс-служба", "пресс-центром": "пресс-центр", "посольством": "посольство",
    "министерством": "министерство", "правительством": "правительство", "мэрией": "мэрия",
    "администрацией": "администрация", "аппаратом": "аппарат", "офисом": "офис",
    "канцелярией": "канцелярия",
}  # fmt: skip
RUN_IN_LABELS = r"Фотограф|Фото"
AGENCIES = (
    r"ИТАР-ТАСС|ТАСС|РИА\s+Новости|Интерфакс|Спутник|Коммерсантъ|ЛААМ|Известия|БелТА|"
    r"Укринформ|Казинформ|Синьхуа|Рейтер|Франс\s+Пресс|Ассошиэйтед\s+Пресс|Пул\s+Кремля"
)
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

# Offices in English words, so that a Russian title agrees with the English one of the same
# person (``expand_title``).
TITLE_EQUIVALENTS = {
    "президент": "president",
    "премьер-министр": "prime minister",
    "вице-премьер": "deputy prime minister",
    "министр иностранных дел": "foreign minister",
    "глава мид": "foreign minister",
    "министр обороны": "defense minister",
    "министр финансов": "finance minister",
    "министр": "minister",
    "посол": "ambassador",
    "мэр": "mayor",
    "канцлер": "chancellor",
    "король": "king",
    "королева": "queen",
    "госсекретарь": "secretary of state",
    "государственный секретарь": "secretary of state",
    "генеральный секретарь": "secretary general",
    "генсек": "secretary general",
    "спикер кнессета": "knesset speaker",
    "председатель кнессета": "knesset speaker",
    "депутат кнессета": "member of knesset",
    "член кнессета": "member of knesset",
    "начальник генштаба": "chief of staff",
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

"""Russian people: persons tagged by natasha, the title from the office words before them
(the genitive country kept: "Президент Израиля") and the cues of each one's role."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import words as _wordset
from ..models import ParsedPerson
from .common import Found, another_day, assemble, day_classes, lead_sentence
from .ru_morph import (
    _doc,
    _morph,
    _Tok,
    _tokens,
    gender_of,
    indeclinable,
    is_masculine_name,
    masculine_reading,
    masculine_surname,
    nominative,
    plural_noun,
    without_fleeting_vowel,
)

TITLE_HEADS = _wordset(
    """президент вице-президент премьер-министр премьер вице-премьер министр замминистра посол
    глава председатель сопредседатель спикер канцлер король королева принц принцесса эмир
    султан мэр губернатор депутат заместитель советник секретарь госсекретарь генсек
    пресс-секретарь руководитель начальник командующий патриарх раввин лидер директор
    гендиректор сенатор консул генконсул посланник представитель спецпредставитель помощник
    кардинал митрополит архиепископ атташе уполномоченный омбудсмен судья прокурор генпрокурор
    мэр вице-мэр ректор президент-избранный член"""
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
    основоположник гора улица площадь похоронить похороны тогдашний"""
)


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


_Span = tuple[str, int, list[_Tok], int, list[_Tok]]


def _name_reading(t: _Tok) -> bool:
    return any(g in p.tag for p in _morph().parse(t.text)[:3] for g in ("Name", "Surn", "Patr"))


def _pieces(item: _Span, surnames: set[str]) -> list[_Span]:
    """A tagged span as the people it names: a dictionary word with no name reading opening
    it is the office's complement, not the name ("спикером Кнессета Юлием Эдельштейном");
    two words, the first the surname of a person the release names in full, are two people
    ("поприветствовал Вестервелле Лаврова")."""
    source, para, toks, first, span = item
    while len(span) > 2 and _morph().word_is_known(span[0].text) and not _name_reading(span[0]):
        first, span = first + 1, span[1:]
    if (
        len(span) == 2
        and span[0].text.casefold() in surnames
        and not _name_reading(span[0])
        and span[1].text.casefold() not in surnames
    ):
        return [(source, para, toks, first, span[:1]), (source, para, toks, first + 1, span[1:])]
    return [(source, para, toks, first, span)]


def _name_case(toks: list[_Tok], first: int, span: list[_Tok], names: set[int]) -> str | None:
    """The case of a name: that of the office written before it, which a name in apposition
    shares ("с министром ... Хаканом Фиданом": instrumental, whatever the tagger made of the
    foreign words); else that of all its words when the tagger agrees on them, else that of
    its first word."""
    j = first - 1
    run: list[int] = []
    while j >= 0 and j not in names and (toks[j].pos in ("NOUN", "ADJ", "PROPN")):
        run.insert(0, j)
        j -= 1
    head = next((k for k in run if _title_head(toks[k].lemma)), None)
    own = span[0].case
    if head is None or toks[head].case is None or len(run) > 6:
        return own
    if own == "Nom" and _declines(span[0]):
        return own  # "с главой МИД Германии Лавров проведет": the name opens a new clause
    return toks[head].case


def _adjective(t: _Tok) -> bool:
    """An adjective, also one capitalised in a title ("Иерусалимским")?"""
    return t.pos == "ADJ" or (t.pos == "PROPN" and _morph().parse(t.text)[0].tag.POS == "ADJF")


def _latin_aside(toks: list[_Tok], k: int) -> bool:
    """Does a parenthesis open at ``k`` around a name in Latin letters ("(Vladimir Putin)")?
    A nickname in Cyrillic ("Йетаиш (Тити) Эйнау") stays part of the name."""
    return (
        toks[k].text == "("
        and k + 1 < len(toks)
        and bool(re.fullmatch(r"[A-Za-z][A-Za-z.'-]*", toks[k + 1].text))
    )


def _declines(t: _Tok) -> bool:
    """Does the dictionary decline this name word (so its case can be trusted)?"""
    return any(g in p.tag for p in _morph().parse(t.text)[:2] for g in ("Name", "Surn"))


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
    if name_case == "Nom" and toks[head].case not in (None, "Nom") and _declines(toks[i]):
        return None  # "с главой МИД Германии Лавров проведет": the name opens a new clause
    start = head
    while start - 1 in run and (
        toks[start - 1].pos == "ADJ" or (toks[start - 1].text == "и" and start - 2 in run)
    ):
        start -= 1
    while toks[start].text in ("в", "по", "при", "и"):
        start += 1
    words: list[str] = []
    gender = gender_of(toks[head].text, toks[head].case)
    for k in range(start, i):
        t = toks[k]
        # the head and the words agreeing with it before it take the name's case (in the
        # head's gender: "Федерального канцлера" -> "Федеральный канцлер"); what follows
        # the head is its genitive complement and stays ("Президентом России")
        if k <= head and t.case not in (None, "Nom"):
            words.append(nominative(t.text, t.case, gender if k < head else None))
        elif k == head + 1 and _adjective(t) and t.case == toks[head].case not in (None, "Gen"):
            # an adjective after the head agrees with it ("патриархом Иерусалимским")
            words.append(nominative(t.text, t.case, gender))
        else:
            words.append(t.text)
    while len(words) > 1 and words[0].casefold() in _NOT_TITLE_WORDS:
        words.pop(0)  # "Новый посол Израиля": "new" is not part of the title
    title = " ".join(words).replace(" - ", "-")
    if shared := _shared_office(toks, head, start, i):
        return shared  # "президентов Туркменистана и Таджикистана X и Y": X's is the first
    if toks[head].lemma in _MEMBERSHIPS and start > 0 and toks[start - 1].text == ",":
        # "министра ..., члена Кнессета Софы Ландвер": a seat held beside an office
        office = _title_before(toks, start, name_case, names)
        if office is not None and not _MEMBERSHIPS & {w.casefold() for w in office.split()}:
            return f"{office}, {title}"
    return title or None


def _shared_office(toks: list[_Tok], head: int, start: int, i: int) -> str | None:
    """ "президентов Туркменистана и Таджикистана Гурбангулы Бердымухамедова и Эмомали
    Рахмона": a plural office with two complements joined by "и" before two names joined
    by "и" is one office each, in order; the first name's (``toks[start:i]``), else None."""
    pair = _office_pair(toks, head, i)
    return pair[0] if pair and start == head else None


def _office_pair(toks: list[_Tok], head: int, i: int) -> tuple[str, str] | None:
    """The two singular offices of a plural office with two complements ending at ``i``."""
    single = plural_noun(toks[head].text, toks[head].case)
    rest = [t.text for t in toks[head + 1 : i]]
    if single is None or rest.count("и") != 1 or rest[0] == "и" or rest[-1] == "и":
        return None
    cut = rest.index("и")
    one, two = rest[:cut], rest[cut + 1 :]
    two = one[: max(0, len(one) - len(two))] + two  # "иностранных дел Франции и Италии"
    return f"{single} {' '.join(one)}", f"{single} {' '.join(two)}"


def second_of_pair(toks: list[_Tok], first: int, names: frozenset[int]) -> str | None:
    """The office of the second of two names sharing a plural office (see
    ``_shared_office``): the name at ``first`` follows "и" and a name that follows it."""
    j = first - 1
    if j < 1 or toks[j].text != "и" or j - 1 not in names:
        return None
    k = j - 1
    while k - 1 in names:
        k -= 1  # the start of the first name
    run = [h for h in range(max(0, k - 8), k) if _title_head(toks[h].lemma)]
    if not run:
        return None
    pair = _office_pair(toks, run[-1], k)
    return pair[1] if pair else None


# Seats held beside an office, written after it and a comma ("..., член Кнессета").
_MEMBERSHIPS = frozenset({"член", "депутат"})


# Words before an office that say when it began, not what it is ("new ambassador").
_NOT_TITLE_WORDS = frozenset(
    {"новый", "новая", "новое", "новоназначенный", "новоназначенная", "недавно", "вновь"}
)


_SENT_END = re.compile(r"[.!?]")


# Mentioned cues that put the sentence at another time ("Ранее", "в прошлом году", "на
# следующей неделе") wherever they stand before the name; the other mentioned cues (a
# letter, a grave, a memorial) only count between the last meeting word and the name.
OTHER_TIME_CUES = _wordset("ранее прошлый прежний следующий вспомнить напомнить")
# Days other than the report's own (see ``common.another_day``).
OTHER_DAYS = {
    "yesterday": re.compile(r"(?i)\b(?:вчера|позавчера)\b"),
    "earlier": re.compile(
        r"(?i)\b(?:несколько|\d+|два|две|три)\s+(?:дня|дней|недели|недель)\s+назад\b"
    ),
}
# Words of an escort, a delegation or a list of those taking part ("в беседе также
# участвуют ..."): a spokesperson named there takes part.
ESCORT_CUES = _wordset("сопровождение сопровождать делегация участвовать участие")
# Verbs of the event right after a name make the person their subject ("Лавров проводит
# встречу", "Путин позвонил ...").
SUBJECT_VERBS = _wordset(
    """встретиться встречаться провести проводить принять принимать посетить посещать
    побеседовать переговорить обсудить обсуждать созвониться позвонить прибыть приехать
    приступить поговорить вручить возглавить"""
)
_REPORTING = _wordset("сообщить заявить сказать рассказать добавить подчеркнуть уточнить")
# A sentence that retells what an agency reported before ("Как сообщал Укринформ, во
# вторник ..."): its people belong to an earlier event.
_RETOLD = re.compile(r"(?i)^\W*как\s+(?:уже\s+|ранее\s+)?сообщал(?:и|а|о|ось)?\b")


def _cues(toks: list[_Tok], i: int) -> tuple[bool, bool, bool]:
    """(participant cue, mentioned cue, escort cue) of the words before token ``i`` in its
    sentence: the nearest cue decides, another time anywhere makes it a mention, and so does
    a quotation the name stands in."""
    j = i - 1
    before: list[str] = []  # lemmas, nearest first
    while j >= 0 and not _SENT_END.fullmatch(toks[j].text):
        before.append(toks[j].lemma)
        j -= 1
    nearest = next((n for n, w in enumerate(before) if w in PARTICIPANT_CUES), len(before))
    mentioned = bool(set(before[:nearest]) & MENTIONED_CUES or set(before) & OTHER_TIME_CUES)
    opened = _quote_opened(toks, i)
    # «... встреча с госсекретарем X»: a quotation that names its meeting with X keeps X in it
    quoted = opened >= 0 and not any(t.lemma in PARTICIPANT_CUES for t in toks[opened:i])
    # "... в рамках делегаций, сообщил пресс-секретарь X": a verb of speech between the
    # delegation and the name makes X the one who reports it, not one of those taking part
    spoken = next((n for n, w in enumerate(before) if w in _REPORTING), len(before))
    return nearest < len(before), mentioned or quoted, bool(set(before[:spoken]) & ESCORT_CUES)


def _sentence_text(toks: list[_Tok], i: int) -> str:
    """The words of the sentence token ``i`` stands in, joined by spaces."""
    a = i
    while a > 0 and not _SENT_END.fullmatch(toks[a - 1].text):
        a -= 1
    b = i
    while b < len(toks) and not _SENT_END.fullmatch(toks[b].text):
        b += 1
    return " ".join(t.text for t in toks[a:b])


def _quote_opened(toks: list[_Tok], i: int) -> int:
    """Where the «quotation» token ``i`` stands in opens (-1 when it stands in none)."""
    opened: list[int] = []
    for n, t in enumerate(toks[:i]):
        if t.text == "«":
            opened.append(n)
        elif t.text == "»" and opened:
            opened.pop()
    return opened[-1] if opened else -1


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
                if last > first and _latin_aside(toks, last):
                    break  # "Биньямин Нетаниягу (Benjamin Netanyahu)": the name in Latin letters
                last += 1
            spans.append((source, para, toks, first, toks[first:last]))
            named.setdefault(id(toks), set()).update(range(first, last))
    surnames = {
        nominative(s[-1].text, s[-1].case, "Surn").casefold() for *_, s in spans if len(s) > 1
    }
    spans = [piece for item in spans for piece in _pieces(item, surnames)]
    # a form the text itself writes in the nominative is the base form wherever it recurs
    # ("Нетаниягу" after "Биньямин Нетаниягу ... позвонил": an indeclinable surname)
    named = {}
    for _, _, toks, first, span in spans:
        named.setdefault(id(toks), set()).update(range(first, first + len(span)))
    cases = [
        _name_case(toks, first, span, named.get(id(toks), set())) for *_, toks, first, span in spans
    ]
    as_written = {
        t.text for (*_, s), case in zip(spans, cases, strict=True) if case == "Nom" for t in s
    }
    found: list[Found] = []
    lead = day_classes(lead_sentence(body), OTHER_DAYS)
    for order, (source, para, toks, first, span) in enumerate(spans):
        if not _person_like(span, surnames):
            continue
        name_case = cases[order]
        parts = []
        for n, t in enumerate(span):
            prefer = "Surn" if n == len(span) - 1 and len(span) > 1 else "Name"
            if len(span) == 1:
                prefer = "Surn"
            if t.text in as_written:
                parts.append(t.text)
                continue
            base = nominative(t.text, name_case, prefer)
            opening = span[0].text.split("-")[0]
            man = len(span) > 1 and (
                is_masculine_name(opening) or gender_of(opening, span[0].case) == "masc"
            )
            if (
                base == t.text
                and prefer == "Surn"
                and man
                and name_case not in (None, "Nom")
                and not indeclinable(t.text)
            ):
                base = masculine_surname(t.text, name_case)
            elif prefer == "Surn" and len(span) > 1 and name_case not in (None, "Nom"):
                base = without_fleeting_vowel(t.text, base, name_case)
                if man and not masculine_reading(base):
                    base = masculine_surname(t.text, name_case)  # "Штефаном Левеном": Левен
            parts.append(base)
        name = " ".join(parts)
        written = " ".join(t.text for t in span)
        participant, mentioned, escort = _cues(toks, first)
        after = toks[first + len(span) : first + len(span) + 2]
        participant = participant or any(
            t.pos == "VERB" and t.lemma in SUBJECT_VERBS for t in after
        )
        sentence = _sentence_text(toks, first)
        mentioned = mentioned or another_day(sentence, lead, OTHER_DAYS)
        mentioned = mentioned or bool(_RETOLD.search(sentence))
        names = frozenset(named.get(id(toks), ()))
        title = _title_before(toks, first, span[0].case, names) or second_of_pair(
            toks, first, names
        )
        found.append(
            Found(
                name,
                title,
                source,
                para,
                order,
                participant_cue=participant,
                mentioned_cue=mentioned,
                escort=escort,
                confidence=0.9 if len(span) > 1 else 0.6,
                written=written if written != name else None,
            )
        )
    return assemble(found)

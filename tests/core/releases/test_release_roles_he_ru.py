"""Roles in Hebrew and Russian releases: spokespeople, the nearest cue, another time and
quotations, checked on made-up sentences in the shape of the genre."""

from __future__ import annotations

from pressdesk.core.releases.lang import he, ru


def ru_roles(paragraphs: list[str]) -> dict[str, str]:
    return {p.name: p.role for p in ru.find_people(paragraphs)}


def he_roles(paragraphs: list[str]) -> dict[str, str]:
    return {p.name: p.role for p in he.find_people(paragraphs)}


def test_a_russian_press_secretary_reports_on_the_talks() -> None:
    found = ru_roles(
        [
            "Президент Финляндии Микко Сало провел переговоры с мэром Ольгой Ивановой, "
            "сообщил пресс-секретарь президента Пекка Лахти.",
            "«Переговоры были полезными», — сказал Лахти журналистам.",
        ]
    )
    assert found["Микко Сало"] == "participant"
    assert found["Ольга Иванова"] == "participant"
    assert found["Пекка Лахти"] == "mentioned"


def test_a_russian_meeting_after_a_memorial_ceremony_takes_part() -> None:
    found = ru_roles(
        [
            "Президент Финляндии Микко Сало принял участие в открытии мемориала, а затем "
            "провел переговоры с мэром Ольгой Ивановой и министром Петром Смирновым."
        ]
    )
    assert found["Ольга Иванова"] == "participant"
    assert "participant" in (found.get("Пётр Смирнов"), found.get("Петр Смирнов"))


def test_a_russian_earlier_event_and_a_quotation_without_a_meeting_are_mentions() -> None:
    found = ru_roles(
        [
            "Министр Микко Сало встретился в пятницу с мэром Ольгой Ивановой.",
            "Ранее Сало провел переговоры с губернатором Петром Смирновым.",
            "Иванова сказала: «Мы ценим поддержку президента Антона Волкова».",
            "«Сегодня у меня была важная встреча с министром Сало», — отметила Иванова.",
        ]
    )
    assert found["Микко Сало"] == "participant"
    assert found["Ольга Иванова"] == "participant"
    assert found["Антон Волков"] == "mentioned"
    assert found.get("Пётр Смирнов", found.get("Петр Смирнов")) == "mentioned"


def test_a_hebrew_spokesperson_is_only_mentioned() -> None:
    found = he_roles(
        [
            "ראש העיר יוסף לוי נפגש היום עם שר החוץ דנה כהן.",
            'דובר העירייה אבי מזרחי מסר כי "הפגישה הייתה חשובה".',
        ]
    )
    assert found["יוסף לוי"] == "participant"
    assert found["דנה כהן"] == "participant"
    assert found["אבי מזרחי"] == "mentioned"


def test_a_hebrew_recollection_anywhere_in_the_sentence_is_another_time() -> None:
    found = he_roles(
        [
            "ראש העיר יוסף לוי נפגש היום עם שר החוץ דנה כהן.",
            "אני זוכר היטב את הטקס, עם השגריר הגרמני משה פרץ, אמר ראש העיר.",
        ]
    )
    assert found["דנה כהן"] == "participant"
    assert found["משה פרץ"] == "mentioned"


def test_a_hebrew_spokesperson_in_the_escort_comes_along() -> None:
    found = he_roles(["ראש העיר יוסף לוי יצא היום לפריז, בליווי דובר העירייה אבי מזרחי."])
    assert found["אבי מזרחי"] == "participant"


def test_a_hebrew_sentence_about_yesterday_is_background() -> None:
    found = he_roles(
        [
            "ראש העיר יוסף לוי נפגש הערב עם שר החוץ דנה כהן.",
            "אתמול שוחח השגריר משה פרץ עם נשיא המדינה אבי מזרחי.",
        ]
    )
    assert found["דנה כהן"] == "participant"
    assert found["משה פרץ"] == "mentioned"
    assert found["אבי מזרחי"] == "mentioned"


def test_a_hebrew_lead_about_yesterday_makes_yesterday_the_report() -> None:
    found = he_roles(
        [
            "ראש העיר יוסף לוי נפגש אתמול עם שר החוץ דנה כהן.",
            "אתמול שוחח ראש העיר גם עם השגריר משה פרץ.",
        ]
    )
    assert found["משה פרץ"] == "participant"


def test_the_offices_own_statement_quoted_is_no_quotation() -> None:
    found = he_roles(
        [
            'לשכת ראש העיר הודיעה כי "ראש העיר יוסף לוי קיבל את פני הצוות".',
            'השר דנה כהן אמרה כי "השגריר משה פרץ הוא חבר".',
        ]
    )
    assert found["יוסף לוי"] == "participant"
    assert found["משה פרץ"] == "mentioned"


def test_a_hebrew_name_before_a_verb_of_the_event_is_its_subject() -> None:
    found = he_roles(
        [
            "ראש העיר יוסף לוי הגיע היום לחיפה.",
            "בנמל, ראש העיר ורעייתו רחל לוי קיבלו את פני המשלחת.",
            "בערב, המשורר משה פרץ נזכר בביקורו הקודם בעיר.",
        ]
    )
    assert found["רחל לוי"] == "participant"
    assert found["משה פרץ"] == "mentioned"


def test_hebrew_delegation_presence_and_next_week() -> None:
    found = he_roles(
        [
            "נשיא המדינה יוסף לוי אירח היום את נשיא פולין אדם נובאק.",
            "את הנשיא הפולני ליוותה משלחת שכללה את שר החוץ פיוטר ורגה.",
            "בטקס נכחו גם ראש העיר משה כהן.",
            "את הנשיא ילוו יועצו המדיני רון כהן.",
            "בשבוע הבא ייפגש הנשיא עם קנצלרית גרמניה אנה שמידט.",
        ]
    )
    for name in ("יוסף לוי", "אדם נובאק", "פיוטר ורגה", "משה כהן", "רון כהן"):
        assert found[name] == "participant", name
    assert found["אנה שמידט"] == "mentioned"


def test_russian_delegation_a_reminder_and_next_month() -> None:
    found = ru_roles(
        [
            "Президент Латвии Андрис Берзиньш провел в Риге переговоры с президентом Эстонии "
            "Тоомасом Ильвесом.",
            "В состав эстонской делегации вошли министр иностранных дел Урмас Паэт.",
            "Берзиньш напомнил о визите бывшего президента Гунтиса Улманиса в Таллин.",
            "В следующем месяце Ильвес встретится с канцлером Германии Ангелой Меркель.",
            "Вчера Берзиньш провел переговоры с премьер-министром Литвы Андрюсом Кубилюсом.",
        ]
    )
    for name in ("Андрис Берзиньш", "Тоомас Ильвес", "Урмас Паэт"):
        assert found[name] == "participant", name
    for name in ("Гунтис Улманис", "Ангела Меркель", "Андрюс Кубилюс"):
        assert found[name] == "mentioned", name


def test_an_office_held_then_in_hebrew_and_russian() -> None:
    he_found = he_roles(
        [
            "ראש העיר יוסף לוי נפגש היום עם שר החוץ דנה כהן.",
            "השניים שוחחו על ביקורו של נשיא ארצות הברית דאז, ג'ון סמית, בעיר.",
        ]
    )
    assert he_found["דנה כהן"] == "participant"
    assert he_found["ג'ון סמית"] == "mentioned"
    ru_found = ru_roles(
        [
            "Президент Латвии Андрис Берзиньш провел в Риге переговоры с президентом Эстонии "
            "Тоомасом Ильвесом.",
            "Договор в Риге подписал тогдашний президент Франции Жак Ширак.",
        ]
    )
    assert ru_found["Тоомас Ильвес"] == "participant"
    assert ru_found["Жак Ширак"] == "mentioned"

"""Russian names in the nominative: rules of the language, on made-up sentences."""

from __future__ import annotations

from pressdesk.core.releases import parse_release_text
from pressdesk.core.releases.lang import ru


def people(text: str) -> dict[str, str | None]:
    return {p.name: p.title for p in ru.find_people([text])}


def test_hyphenated_first_name_declines_part_by_part() -> None:
    found = people("Министр встретился с президентом Франции Жаном-Полем Мартеном.")
    assert "Жан-Поль Мартен" in found


def test_an_unknown_mans_surname_declines_by_its_ending() -> None:
    assert ru.masculine_surname("Милея", "Gen") == "Милей"
    assert ru.masculine_surname("Штайна", "Gen") == "Штайн"
    assert ru.masculine_surname("Штайну", "Dat") == "Штайн"
    assert ru.masculine_surname("Милеем", "Ins") == "Милей"
    found = people("Состоялась встреча с президентом Аргентины Хавьером Милеем в резиденции.")
    assert "Хавьер Милей" in found


def test_a_title_does_not_reach_back_over_another_persons_name() -> None:
    found = people(
        "Встреча министра обороны Израиля Йоава Галанта и министра обороны Франции "
        "Себастьяна Лекорню прошла в Париже."
    )
    assert found.get("Себастьян Лекорню") == "министр обороны Франции"


def test_a_womans_name_with_a_rarer_reading_and_an_undeclined_surname() -> None:
    found = people("Визит члена Кнессета Софы Ландвер продолжился в Казани.")
    assert "Софа Ландвер" in found


def test_a_speakers_line_above_a_quote_names_a_person() -> None:
    found = parse_release_text(
        "Министр назвал встречу важной\n\n"
        "Министр иностранных дел Лиор Хайат:\n\n"
        "«Сегодня у нас была хорошая и важная встреча», сказал он журналистам в Москве.\n"
    )
    assert "Лиор Хайат" in {p.name for p in found.participants}


def test_new_before_an_office_is_not_part_of_the_title() -> None:
    found = people("Новый посол Франции Жан Мартен вручил верительные грамоты президенту.")
    assert found.get("Жан Мартен") == "посол Франции"

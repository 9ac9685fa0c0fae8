"""Russian titles: an office and a seat held beside it after a comma (made-up sentences in
the shape of the genre)."""

from __future__ import annotations

from pressdesk.core.releases.lang import ru


def titles(*paragraphs: str) -> dict[str, str | None]:
    return {p.name: p.title for p in ru.find_people(list(paragraphs))}


def test_an_office_and_a_seat_after_a_comma_are_one_title() -> None:
    found = titles(
        "В Москве проходит визит министра туризма Государства Израиль, члена Кнессета "
        "Михаила Шапиро.",
        "Мэр встретился с министром финансов Израиля, депутатом Кнессета Ириной Коган.",
    )
    assert found["Михаил Шапиро"] == "министр туризма Государства Израиль, член Кнессета"
    assert found["Ирина Коган"] == "министр финансов Израиля, депутат Кнессета"


def test_a_seat_alone_and_an_office_before_a_comma_and_the_name() -> None:
    found = titles(
        "Посол Израиля, Авраам Коган, встретился с депутатом Государственной думы Иваном Смирновым."
    )
    assert found["Авраам Коган"] == "Посол Израиля"
    assert found["Иван Смирнов"] == "депутат Государственной думы"

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


def test_an_adjective_before_the_office_agrees_with_it_in_the_nominative() -> None:
    from pressdesk.core.releases.lang import ru

    found = {
        p.name: p.title
        for p in ru.find_people(
            [
                "Президент Кипра принял в Никосии Чрезвычайного и Полномочного Посла Франции "
                "Пьера Леви."
            ]
        )
    }
    assert found["Пьер Леви"] == "Чрезвычайный и Полномочный Посол Франции"


def test_a_plural_office_of_two_countries_is_one_office_each() -> None:
    from pressdesk.core.releases.lang import ru

    found = {
        p.name: p.title
        for p in ru.find_people(
            [
                "Губернатор встретил в аэропорту президентов Армении и Грузии Армена Саркисова "
                "и Нино Беридзе.",
                "Министр встретился с министрами иностранных дел Франции и Италии Жаном Дюпоном "
                "и Марко Росси.",
            ]
        )
    }
    assert found["Армен Саркисов"] == "президент Армении"
    assert found["Нино Беридзе"] == "президент Грузии"
    assert found["Жан Дюпон"] == "министр иностранных дел Франции"
    assert found["Марко Росси"] == "министр иностранных дел Италии"

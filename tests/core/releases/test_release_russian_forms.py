"""Russian names: indeclinable surnames, a man's surname by its gender, a name in Latin
letters beside it, and what is never a person (an agency, a letter, a menu word), on
made-up sentences."""

from __future__ import annotations

from pressdesk.core.releases.lang import could_be_person, ru


def people(*paragraphs: str) -> dict[str, str | None]:
    return {p.name: p.title for p in ru.find_people(list(paragraphs))}


def test_an_indeclinable_surname_stays_as_written_in_every_case() -> None:
    found = people(
        "Премьер-министр Японии Кэндзи Сато позвонил премьер-министру Израиля "
        "Биньямину Нетаньяху. Сато пригласил Нетаньяху в Токио."
    )
    assert "Биньямин Нетаньяху" in found
    assert not any(name.endswith("Нетаньях") for name in found)


def test_a_surname_the_text_gives_in_the_nominative_is_its_base_form() -> None:
    found = people(
        "Премьер-министр Мали Амаду Коне (Amadou Kone) позвонил премьер-министру Израиля "
        "Биньямину Нетаньяху. Коне пригласил Нетаньяху в Бамако."
    )
    assert "Амаду Коне" in found
    assert "Биньямин Нетаньяху" in found


def test_a_mans_surname_is_not_put_into_a_neuter_nominative() -> None:
    found = people("Министр встретился с премьером Норвегии Ульфом Хаверном в Осло.")
    names = set(found)
    assert "Ульф Хаверн" in names, names


def test_a_name_in_latin_letters_beside_it_is_left_out() -> None:
    found = people(
        "Президент Аргентины Матео Гарсиа (Mateo Garcia) позвонил канцлеру Австрии "
        "Паулю Штадлеру (Paul Stadler), чтобы обсудить торговлю."
    )
    assert "Матео Гарсиа" in found
    assert "Пауль Штадлер" in found


def test_an_adjective_after_the_office_agrees_with_it() -> None:
    found = people("Министр встретится с патриархом Антиохийским Иоанном X в пятницу.")
    assert found.get("Иоанн X") == "патриарх Антиохийский"


def test_what_is_never_a_person() -> None:
    assert not could_be_person("Х", None)  # "соцсеть Х"
    assert not could_be_person("Интерфакс", None)  # an agency the dictionary knows
    assert not could_be_person("Байден Фотография", None)  # a gallery word glued on
    assert could_be_person("Абдалла II", "король")
    assert could_be_person("Мухаммед бин Салман", None)
    assert could_be_person("Башар аль-Асад", None)


def roles(*paragraphs: str, headline: str | None = None) -> dict[str, str]:
    return {p.name: p.role for p in ru.find_people(list(paragraphs), headline=headline)}


def test_a_name_takes_the_case_of_the_office_before_it() -> None:
    found = people("Министр провел переговоры с министром иностранных дел Перу Хавьером Мендосом.")
    assert "Хавьер Мендос" in found, found


def test_what_an_agency_reported_before_is_another_event() -> None:
    found = roles(
        "Президент Кирилл Орлов встретился с премьер-министром Латвии Андрисом Калниньшем.",
        "Как сообщал ТАСС, в понедельник в Москве находился президент Эстонии Тоомас Сепп.",
    )
    assert found.get("Тоомас Сепп") == "mentioned"


def test_a_spokesperson_named_among_those_taking_part_takes_part() -> None:
    found = roles(
        "Президент Кирилл Орлов встретился с канцлером Австрии Паулем Штадлером.",
        "В беседе также участвуют помощник президента Юрий Белов и пресс-секретарь "
        "президента Игорь Зимин.",
    )
    assert found.get("Игорь Зимин") == "participant"


def test_the_subject_of_a_meeting_verb_in_the_title_line_takes_part() -> None:
    found = roles(
        "По данным агентства, встреча прошла в закрытом режиме.",
        "Ранее стало известно, что Орлов проведет пресс-конференцию.",
        headline="Орлов проводит встречу с генсеком ООН",
    )
    assert found.get("Орлов") == "participant"


def test_no_yo_the_text_did_not_write() -> None:
    found = people("Министр встретился с президентом Мали Бакари Сетерой.")
    assert all("ё" not in name for name in found), found


def test_the_office_speaking_is_not_the_place() -> None:
    place, _ = ru.find_place(
        headline="В Кремле рассказали о переговорах президентов",
        subheadline=None,
        summary=None,
        body=["Лидеры обсудили двусторонние отношения."],
    )
    assert place is None


def test_an_earlier_visit_is_not_the_visit_of_the_report() -> None:
    place, _ = ru.find_place(
        headline=None,
        subheadline=None,
        summary=None,
        body=[
            "Переговоры президентов прошли в Самаре.",
            "Они обсудили отношения после визита президента в Китай.",
        ],
    )
    assert place == "Самара"


def test_a_spokesperson_reporting_on_the_delegations_does_not_take_part() -> None:
    found = roles(
        "Президент Кирилл Орлов проведет переговоры с президентом Чада Махаматом Деби.",
        "Сначала пройдут обсуждения в рамках делегаций, сообщил пресс-секретарь президента "
        "Игорь Зимин.",
    )
    assert found.get("Игорь Зимин") == "mentioned"

"""Genre cues of a person's part in an event (round 5), each checked on made-up releases
from sites the corpus has never seen: who a photo shows, a press secretary who briefs
reporters, "paid a courtesy call", an adviser's principal, a spouse beside the office
holder, the lead's own time in Hebrew and a quotation opened behind a prefix."""

from __future__ import annotations

from pressdesk.core.releases.lang import he
from pressdesk.core.releases.people import find_people


def en(*paragraphs: str) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.role, p.title) for p in find_people(list(paragraphs))}


def he_people(*paragraphs: str) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.role, p.title) for p in he.find_people(list(paragraphs))}


def test_the_people_a_photo_shows_take_part() -> None:
    found = en(
        "President Maria Lindqvist hosted a working lunch for the visiting delegation.",
        "Also pictured, from left, are chief of staff Jonas Berg and Ambassador Ola Strand.",
    )
    assert found["Jonas Berg"][0] == "participant"
    assert found["Ola Strand"][0] == "participant"
    found = en(
        "Governor Asha Rao on Monday received two envoys at the state guest house.",
        "Picture shows (from left to right) Ambassador Kofi Mensah, Consul Ines Duarte and "
        "Governor Asha Rao.",
    )
    assert found["Kofi Mensah"][0] == "participant"
    assert found["Ines Duarte"][0] == "participant"
    found = en(
        "The Speaker welcomed the visiting parliamentarians.",
        "(L-R) Senator Paul Girard, Mayor Lena Vogt and Speaker Omar Haddad.",
    )
    assert found["Paul Girard"][0] == found["Lena Vogt"][0] == "participant"


def test_a_photo_word_alone_does_not_make_a_participant() -> None:
    found = en(
        "Minister Carla Mendes opened the new terminal on Friday.",
        "The ceremony recalled the late founder Pedro Alves, who died in 1990.",
    )
    assert found["Pedro Alves"][0] == "mentioned"


def test_a_press_secretary_who_briefs_reporters_is_a_source() -> None:
    found = en(
        "Prime Minister Leila Haddad on Sunday paid a courtesy call on President Samir Aziz.",
        "They discussed various issues including her recent trip abroad during the meeting, "
        "the president's press secretary Karim Nabil told reporters afterwards.",
    )
    assert found["Karim Nabil"][0] == "mentioned"
    assert found["Samir Aziz"][0] == "participant"
    # named in an escort, a spokesman comes along
    found = en("The President was accompanied by his spokesman Tomas Riva and two aides.")
    assert found["Tomas Riva"][0] == "participant"


def test_the_subject_of_paid_a_courtesy_call_takes_part() -> None:
    found = en(
        "The new Minister of Trade Anil Perera received envoys at the ministry on Tuesday.",
        "Meanwhile the Ambassador of Chile to India, Ricardo Soto, has also paid a courtesy "
        "call on the Minister at the ministry.",
    )
    assert found["Ricardo Soto"][0] == "participant"


def test_an_advisers_principal_has_the_office_after_to() -> None:
    found = en(
        "The Chancellor met the delegation. Also present were Jane Doe, adviser to Foreign "
        "Minister Karl Berg, and Ambassador Tom Lee."
    )
    assert found["Jane Doe"][1] == "adviser to Foreign Minister Karl Berg"
    assert found["Karl Berg"] == ("mentioned", "Foreign Minister")
    # "of the ..." is one title: the envoy's own
    found = en(
        "The minister met Special Envoy of the Secretary-General for Syria Lars Ekman in Oslo."
    )
    assert found["Lars Ekman"] == (
        "participant",
        "Special Envoy of the Secretary-General for Syria",
    )
    found = en("The President received Senior Adviser to the Prime Minister Ana Silva.")
    assert found["Ana Silva"][1] == "Senior Adviser to the Prime Minister"


def test_a_titled_surname_is_the_office_holder_not_the_spouse() -> None:
    found = en("Prime Minister Novak and his wife Eva Novak welcomed the King at the airport.")
    assert found["Novak"] == ("participant", "Prime Minister")
    assert found["Eva Novak"] == ("participant", None)
    found = he_people(
        "ראש הממשלה מזרחי נפגש הערב עם השגריר.",
        "לצדו עמד מזרחי ורעייתו דנה מזרחי.",
    )
    assert found["מזרחי"] == ("participant", "ראש הממשלה")
    assert found["דנה מזרחי"][0] == "participant"


def test_a_spouse_is_one_person_with_a_surname_when_no_title_says_otherwise() -> None:
    found = en("Mr. David Levy and his wife Ruth Levy visited the school. Levy thanked them.")
    assert "Levy" not in found


def test_the_leads_own_time_is_not_another_time() -> None:
    found = he_people(
        "שר החוץ יוסף כהן סייר בשבוע שעבר בגליל יחד עם ראש המועצה דנה לוי ועם מנכ״ל "
        "המועצה אבי פרץ.",
        "בשבוע שעבר נפגש השר גם עם ראש העיר רון מזרחי.",
    )
    assert found["דנה לוי"][0] == "participant"
    assert found["אבי פרץ"][0] == "participant"
    assert found["רון מזרחי"][0] == "participant"
    # a time the lead does not name still makes a mention
    found = he_people(
        "שר החוץ יוסף כהן נפגש היום עם ראש המועצה דנה לוי.",
        "בשבוע שעבר נפגש השר עם ראש העיר רון מזרחי.",
    )
    assert found["דנה לוי"][0] == "participant"
    assert found["רון מזרחי"][0] == "mentioned"


def test_a_quotation_opened_behind_a_prefix_closes_again() -> None:
    from pressdesk.core.releases.lang.he_lexicon import opens_quote

    found = he_people(
        "לאחר מכן ביקר השר ב״בית הנוער״ בעיר, שם קיבל הסבר מראש המועצה דנה לוי.",
        'השר שוחח עם מנכ"ל המועצה אבי פרץ.',
    )
    assert found["דנה לוי"][0] == "participant"
    assert found["אבי פרץ"] == ("participant", 'מנכ"ל המועצה')
    assert opens_quote("ב״בית") and opens_quote('ל"הארץ')
    assert not opens_quote('מנכ"ל') and not opens_quote('ח"כית')
    assert not opens_quote('ש"ס')


def test_a_speaker_is_no_subject_of_what_was_said() -> None:
    found = en(
        "Foreign Minister Ana Ruiz arrived in Lima on Monday for talks.",
        "Earlier in the day, Deputy Foreign Minister Pavel Orlov said that Ruiz would pay a "
        "working visit to Quito in June.",
    )
    assert found["Pavel Orlov"][0] == "mentioned"
    assert found["Ana Ruiz"][0] == "participant"


def test_a_meeting_word_broken_by_a_line_hyphen_still_counts() -> None:
    found = en(
        "Minister Tarek Aziz arrived here on Tuesday for a two-day visit.",
        "He was warmly recei-ved at the airport by Minister Hana Saleh, Ambassador to Egypt "
        "Omar Nabil and senior officials.",
    )
    assert found["Omar Nabil"][0] == "participant"


def test_the_adjective_of_a_country_of_two_words_opens_the_title() -> None:
    found = en(
        "The minister met Sri Lankan President Kamal Perera and Costa Rican Foreign "
        "Minister Ana Mora in Geneva."
    )
    assert found["Kamal Perera"][1] == "Sri Lankan President"
    assert found["Ana Mora"][1] == "Costa Rican Foreign Minister"


def test_a_hebrew_source_of_a_statement_is_only_mentioned() -> None:
    found = he_people(
        "שר החוץ יוסף כהן החל היום את ביקורו בפריז. יועץ השר לתקשורת, דן לוי, אמר כי "
        '"הביקור חשוב".',
        "השר צפוי להיפגש עם סגן הנשיא הצרפתי, פייר מרטן.",
        "שרת התרבות מיכל אברהם:",
        '"זהו יום חשוב לשתי המדינות."',
    )
    assert found["יוסף כהן"][0] == "participant"
    assert found["דן לוי"][0] == "mentioned"
    assert found["מיכל אברהם"][0] == "mentioned"
    assert found["פייר מרטן"] == ("participant", "סגן הנשיא הצרפתי")
    # a speaker who also meets someone takes part
    found = he_people("שר החוץ יוסף כהן נפגש היום עם ראש העיר דנה לוי. כהן אמר כי הפגישה חשובה.")
    assert found["יוסף כהן"][0] == "participant"

"""Photo captions and credits as the genre prints them on the web, in English, Hebrew and
Russian: every text here is made up in the shape of a press release, none is copied from one."""

from __future__ import annotations

import pytest

from pressdesk.core.releases import parse_release_text
from pressdesk.core.releases.credits import file_name, photographer_first
from pressdesk.core.releases.notices import named_copyright
from pressdesk.core.releases.photos import caption_parts, credit_line, normalise_credit

EN_BODY = "Mayor Lena Hartmann met today with the visiting delegation of teachers from Graz in the city hall of Vienna, the mayor's office said."
HE_BODY = "ראש העירייה נפגשה היום עם משלחת של מורים מחיפה בבניין העירייה, כך נמסר מהלשכה."
RU_BODY = "Мэр города Елена Хартман встретилась сегодня с делегацией учителей из Граца в здании мэрии, сообщили в мэрии."
CASES = {
    "en_photo_appended": (
        f"Mayor meets teachers\n\nMayor Lena Hartmann greets the teachers in the garden. Photo: Dan Levi\n\n{EN_BODY}",
        [("Mayor Lena Hartmann greets the teachers in the garden.", "Dan Levi", None)],
    ),
    "en_photo_credit_appended": (
        f"Mayor meets teachers\n\nMayor Lena Hartmann greets the teachers in the garden. Photo credit: Dan Levi/GPO\n\n{EN_BODY}",
        [("Mayor Lena Hartmann greets the teachers in the garden.", "Dan Levi/GPO", None)],
    ),
    "en_paren_gpo": (
        f"Mayor meets teachers\n\nMayor Lena Hartmann greets the teachers (Photo: Dan Levi/GPO)\n\n{EN_BODY}",
        [("Mayor Lena Hartmann greets the teachers", "Dan Levi/GPO", None)],
    ),
    "en_photo_by_comma": (
        f"Mayor meets teachers\n\nMayor Lena Hartmann greets the teachers\nPhoto by Dan Levi, GPO\n\n{EN_BODY}",
        [("Mayor Lena Hartmann greets the teachers", "Dan Levi/GPO", None)],
    ),
    "en_copyright_name_year": (
        f"Mayor meets teachers\n\nMayor Lena Hartmann greets the teachers\n© Dan Levi 2016\n\n{EN_BODY}",
        [("Mayor Lena Hartmann greets the teachers", "Dan Levi", "Dan Levi 2016")],
    ),
    "en_credit_label": (
        f"Mayor meets teachers\n\nMayor Lena Hartmann greets the teachers\nCredit: Dan Levi/Reuters\n\n{EN_BODY}",
        [("Mayor Lena Hartmann greets the teachers", "Dan Levi/Reuters", None)],
    ),
    "en_credit_only_under_title": (
        f"Mayor meets teachers\nPhoto: Dan Levi\n\n{EN_BODY}",
        [(None, "Dan Levi", None)],
    ),
    "en_credit_above_caption": (
        f"Mayor meets teachers\n\n{EN_BODY}\n\nPhoto: Dan Levi/GPO\nMayor Lena Hartmann greets the teachers\n\nThe delegation will stay two days.",
        [("Mayor Lena Hartmann greets the teachers", "Dan Levi/GPO", None)],
    ),
    "en_two_photos": (
        f"Mayor meets teachers\n\nMayor Lena Hartmann greets the teachers\nPhoto: Dan Levi/GPO\n\n{EN_BODY}\n\nThe teachers visit the old school\nPhoto: Ruth Stein/AFP\n\nThe delegation will stay two days.",
        [
            ("Mayor Lena Hartmann greets the teachers", "Dan Levi/GPO", None),
            ("The teachers visit the old school", "Ruth Stein/AFP", None),
        ],
    ),
    "en_gallery_files": (
        f"Mayor meets teachers\n\nIMG_1234.jpg\nIMG-20140716-WA0084\nPhoto: Dan Levi\n\n{EN_BODY}",
        [(None, "Dan Levi", None)],
    ),
    "en_gallery_file_title": (f"IMG-20140716-WA0084\nMayor meets teachers\n\n{EN_BODY}", []),
    "en_photo_by_name_agency_paren": (
        f"Mayor meets teachers\n\nMayor Lena Hartmann greets the teachers (Photo by Dan Levi/Reuters)\n\n{EN_BODY}",
        [("Mayor Lena Hartmann greets the teachers", "Dan Levi/Reuters", None)],
    ),
    "en_copyright_word": (
        f"Mayor meets teachers\n\nMayor Lena Hartmann greets the teachers. Copyright Dan Levi\n\n{EN_BODY}",
        [("Mayor Lena Hartmann greets the teachers.", "Dan Levi", "Dan Levi")],
    ),
    "en_photographer_agency_getty": (
        f"Mayor meets teachers\n\nMayor Lena Hartmann greets the teachers\nDan Levi/Getty Images\n\n{EN_BODY}",
        [("Mayor Lena Hartmann greets the teachers", "Dan Levi/Getty Images", None)],
    ),
    "en_caption_below_credit": (
        f"Mayor meets teachers\n\n{EN_BODY}\n\n(Photo: GPO)\nMayor Lena Hartmann greets the teachers\n\nThe delegation will stay two days.",
        [("Mayor Lena Hartmann greets the teachers", "GPO", None)],
    ),
    "en_ap_photo": (
        f"Mayor meets teachers\n\nMayor Lena Hartmann greets the teachers. (AP Photo/Dan Levi)\n\n{EN_BODY}",
        [("Mayor Lena Hartmann greets the teachers.", "Dan Levi/AP", None)],
    ),
    "he_credit_comma": (
        f'ראש העירייה נפגשה עם מורים\n\nראש העירייה עם המורים בגן\nצילום: דן לוי, לע"מ\n\n{HE_BODY}',
        [("ראש העירייה עם המורים בגן", 'דן לוי/לע"מ', None)],
    ),
    "he_paren_credit": (
        f"ראש העירייה נפגשה עם מורים\n\nראש העירייה עם המורים בגן (צילום: דן לוי)\n\n{HE_BODY}",
        [("ראש העירייה עם המורים בגן", "דן לוי", None)],
    ),
    "he_kredit": (
        f"ראש העירייה נפגשה עם מורים\n\nראש העירייה עם המורים בגן\nקרדיט: דן לוי\n\n{HE_BODY}",
        [("ראש העירייה עם המורים בגן", "דן לוי", None)],
    ),
    "he_credit_only": (
        f'ראש העירייה נפגשה עם מורים\n(צילום: דן לוי/לע"מ)\n\n{HE_BODY}',
        [(None, 'דן לוי/לע"מ', None)],
    ),
    "he_slash_agency": (
        f"ראש העירייה נפגשה עם מורים\n\nראש העירייה עם המורים בגן. צילום: דן לוי/פלאש 90\n\n{HE_BODY}",
        [("ראש העירייה עם המורים בגן.", "דן לוי/פלאש 90", None)],
    ),
    "he_two_photos": (
        f'ראש העירייה נפגשה עם מורים\n\nראש העירייה עם המורים בגן\nצילום: דן לוי, לע"מ\n\n{HE_BODY}\n\nהמורים בבית הספר הישן\nצילום: רות שטיין\n\nהמשלחת תשהה בעיר יומיים.',
        [
            ("ראש העירייה עם המורים בגן", 'דן לוי/לע"מ', None),
            ("המורים בבית הספר הישן", "רות שטיין", None),
        ],
    ),
    "ru_photo": (
        f"Мэр встретилась с учителями\n\nЕлена Хартман и учителя в саду\nФото: Иван Петров\n\n{RU_BODY}",
        [("Елена Хартман и учителя в саду", "Иван Петров", None)],
    ),
    "ru_agencies": (
        f"Мэр встретилась с учителями\n\nЕлена Хартман и учителя в саду\nФото: ТАСС, РИА Новости\n\n{RU_BODY}",
        [("Елена Хартман и учителя в саду", "ТАСС, РИА Новости", None)],
    ),
    "ru_agency_before_label": (
        f"Мэр встретилась с учителями\n\nЕлена Хартман и учителя в саду\nРИА Новости, ТАСС Фото: Иван Петров\n\n{RU_BODY}",
        [("Елена Хартман и учителя в саду", "Иван Петров/РИА Новости, ТАСС", None)],
    ),
    "ru_press_service_genitive": (
        f"Мэр встретилась с учителями\n\nЕлена Хартман и учителя в саду\nФото пресс-службы мэрии\n\n{RU_BODY}",
        [("Елена Хартман и учителя в саду", "пресс-служба мэрии", None)],
    ),
    "ru_copyright": (
        f"Мэр встретилась с учителями\n\nЕлена Хартман и учителя в саду\n© Иван Петров\n\n{RU_BODY}",
        [("Елена Хартман и учителя в саду", "Иван Петров", "Иван Петров")],
    ),
    "ru_na_foto": (
        f"Мэр встретилась с учителями\n\nНа фото: Елена Хартман и учителя. Фото: Иван Петров/ТАСС\n\n{RU_BODY}",
        [("Елена Хартман и учителя", "Иван Петров/ТАСС", None)],
    ),
    "ru_photo_appended": (
        f"Мэр встретилась с учителями\n\nЕлена Хартман и учителя в саду. Фото: Иван Петров/ТАСС\n\n{RU_BODY}",
        [("Елена Хартман и учителя в саду.", "Иван Петров/ТАСС", None)],
    ),
    "en_caption_copyright_symbol": (
        f"Mayor meets teachers\n\nMayor Lena Hartmann greets the teachers © Dan Levi\n\n{EN_BODY}",
        [("Mayor Lena Hartmann greets the teachers", "Dan Levi", "Dan Levi")],
    ),
    "en_copyright_year_first": (
        f"Mayor meets teachers\n\nMayor Lena Hartmann greets the teachers\n© 2016 Dan Levi\n\n{EN_BODY}",
        [("Mayor Lena Hartmann greets the teachers", "Dan Levi", "2016 Dan Levi")],
    ),
    "en_footer_not_photo": (
        f"Mayor meets teachers\n\n{EN_BODY}\n\n© 2016 City of Vienna. All rights reserved.",
        [],
    ),
    "en_footer_not_photo2": (
        f"Mayor meets teachers\n\n{EN_BODY}\n\nCopyright © 2019 Office of the Mayor",
        [],
    ),
    "en_pictured": (
        f"Mayor meets teachers\n\nPictured: Mayor Lena Hartmann with the teachers\nPhoto: Dan Levi\n\n{EN_BODY}",
        [("Mayor Lena Hartmann with the teachers", "Dan Levi", None)],
    ),
    "en_courtesy": (
        f"Mayor meets teachers\n\nMayor Lena Hartmann greets the teachers\nPhoto courtesy of the Embassy of Austria\n\n{EN_BODY}",
        [("Mayor Lena Hartmann greets the teachers", "the Embassy of Austria", None)],
    ),
    "en_image_credit": (
        f"Mayor meets teachers\n\nMayor Lena Hartmann greets the teachers\nImage credit: Dan Levi\n\n{EN_BODY}",
        [("Mayor Lena Hartmann greets the teachers", "Dan Levi", None)],
    ),
    "en_agency_first": (
        f"Mayor meets teachers\n\nMayor Lena Hartmann greets the teachers\nPhoto: Reuters/Dan Levi\n\n{EN_BODY}",
        [("Mayor Lena Hartmann greets the teachers", "Dan Levi/Reuters", None)],
    ),
    "en_left_right": (
        f"Mayor meets teachers\n\nMayors Hartmann (left) and Stein (right)\nPhoto: GPO\n\n{EN_BODY}",
        [("Mayors Hartmann (left) and Stein (right)", "GPO", None)],
    ),
    "en_dsc_file": (
        f"Mayor meets teachers\n\nDSC_0042.JPG\n(Photo: Dan Levi/GPO)\n\n{EN_BODY}",
        [(None, "Dan Levi/GPO", None)],
    ),
    "he_backslash_unclosed": (
        f'ראש העירייה נפגשה עם מורים\n\nראש העירייה עם המורים בגן. (קרדיט: דן לוי \\ לע"מ\n\n{HE_BODY}',
        [("ראש העירייה עם המורים בגן.", 'דן לוי/לע"מ', None)],
    ),
    "he_spokes": (
        f"ראש העירייה נפגשה עם מורים\n\nראש העירייה עם המורים בגן\nצילום: דן לוי, דוברות הכנסת\n\n{HE_BODY}",
        [("ראש העירייה עם המורים בגן", "דן לוי/דוברות הכנסת", None)],
    ),
    "he_in_photo": (
        f"ראש העירייה נפגשה עם מורים\n\nבתמונה: ראש העירייה עם המורים בגן (צילום: דן לוי)\n\n{HE_BODY}",
        [("ראש העירייה עם המורים בגן", "דן לוי", None)],
    ),
    "ru_agencies_line_above": (
        f"Мэр встретилась с учителями\n\nРИА Новости, ТАСС\nФото: Иван Петров\n\n{RU_BODY}",
        [(None, "Иван Петров/РИА Новости, ТАСС", None)],
    ),
    "ru_name_press": (
        f"Мэр встретилась с учителями\n\nЕлена Хартман и учителя в саду\nФото: Иван Петров, пресс-служба мэрии\n\n{RU_BODY}",
        [("Елена Хартман и учителя в саду", "Иван Петров/пресс-служба мэрии", None)],
    ),
    "ru_agency_first": (
        f"Мэр встретилась с учителями\n\nЕлена Хартман и учителя в саду\nФото: ТАСС / Иван Петров\n\n{RU_BODY}",
        [("Елена Хартман и учителя в саду", "Иван Петров/ТАСС", None)],
    ),
    "ru_site": (
        f"Мэр встретилась с учителями\n\nЕлена Хартман и учителя в саду\nФото с сайта мэрии\n\n{RU_BODY}",
        [("Елена Хартман и учителя в саду", "сайт мэрии", None)],
    ),
    "ru_na_snimke": (
        f"Мэр встретилась с учителями\n\nНа снимке: Елена Хартман и учителя\nФото: Иван Петров\n\n{RU_BODY}",
        [("Елена Хартман и учителя", "Иван Петров", None)],
    ),
}

T = "Mayor meets teachers"
HT = "ראש העירייה נפגשה עם מורים"
RT = "Мэр встретилась с учителями"
C = "Mayor Lena Hartmann greets the teachers"
HC = "ראש העירייה עם המורים בגן"
RC = "Елена Хартман и учителя в саду"
CASES.update(
    {
        "en_pipe": (f"{T}\n\n{C} | Photo: Dan Levi\n\n{EN_BODY}", [(C, "Dan Levi", None)]),
        "en_spaced_slash": (
            f"{T}\n\n{C}\nPhoto: Dan Levi / GPO\n\n{EN_BODY}",
            [(C, "Dan Levi/GPO", None)],
        ),
        "en_photos_by_two": (
            f"{T}\n\n{C}\nPhotos by Dan Levi and Ruth Stein\n\n{EN_BODY}",
            [(C, "Dan Levi and Ruth Stein", None)],
        ),
        "en_credit_runin": (
            f"{T}\n\n{C}. Credit: Dan Levi\n\n{EN_BODY}",
            [(C + ".", "Dan Levi", None)],
        ),
        "en_getty": (
            f"{T}\n\n{C}. (Photo by Dan Levi/Getty Images)\n\n{EN_BODY}",
            [(C + ".", "Dan Levi/Getty Images", None)],
        ),
        "en_photo_copyright_sym": (
            f"{T}\n\n{C}\nPhoto: © Dan Levi\n\n{EN_BODY}",
            [(C, "Dan Levi", "Dan Levi")],
        ),
        "en_gallery_no_blanks": (
            f"{T}\n\n{EN_BODY}\n\n{C}\nPhoto: Dan Levi\nThe teachers visit the old school\nPhoto: Ruth Stein/AFP\n\nThe delegation will stay two days.",
            [(C, "Dan Levi", None), ("The teachers visit the old school", "Ruth Stein/AFP", None)],
        ),
        "en_caption_date_paren_gpo": (
            f"{T}\n\n{C} in Vienna, May 3, 2016. (Photo: GPO)\n\n{EN_BODY}",
            [(C + " in Vienna, May 3, 2016.", "GPO", None)],
        ),
        "en_credit_courtesy_label": (
            f"{T}\n\n{C}\nPhoto credit: Courtesy of the Embassy of Austria\n\n{EN_BODY}",
            [(C, "the Embassy of Austria", None)],
        ),
        "en_copyright_line": (
            f"{T}\n\n{C}\nCopyright: Dan Levi\n\n{EN_BODY}",
            [(C, "Dan Levi", "Dan Levi")],
        ),
        "en_image_runin": (
            f"{T}\n\n{C}. Image: Dan Levi/Reuters\n\n{EN_BODY}",
            [(C + ".", "Dan Levi/Reuters", None)],
        ),
        "he_title_credit": (f'{HT}\nצילום: לע"מ\n\n{HE_BODY}', [(None, 'לע"מ', None)]),
        "he_flash": (
            f"{HT}\n\n{HC} (צילום: דן לוי, פלאש 90)\n\n{HE_BODY}",
            [(HC, "דן לוי/פלאש 90", None)],
        ),
        "he_idf": (f'{HT}\n\n{HC}\nצילום: דובר צה"ל\n\n{HE_BODY}', [(HC, 'דובר צה"ל', None)]),
        "he_reuters": (f"{HT}\n\n{HC}. צילום: רויטרס\n\n{HE_BODY}", [(HC + ".", "רויטרס", None)]),
        "he_gallery": (
            f'{HT}\n\n{HE_BODY}\n\n{HC}\nצילום: דן לוי\nהמורים בבית הספר הישן\nצילום: רות שטיין/לע"מ\n\nהמשלחת תשהה בעיר יומיים.',
            [(HC, "דן לוי", None), ("המורים בבית הספר הישן", 'רות שטיין/לע"מ', None)],
        ),
        "he_kredit_tzilum_paren": (
            f"{HT}\n\n{HC} (קרדיט צילום: דן לוי)\n\n{HE_BODY}",
            [(HC, "דן לוי", None)],
        ),
        "ru_title_credit": (
            f"{RT}\nФото: Иван Петров/ТАСС\n\n{RU_BODY}",
            [(None, "Иван Петров/ТАСС", None)],
        ),
        "ru_instrumental": (
            f"{RT}\n\n{RC}\nФото предоставлено пресс-службой мэрии\n\n{RU_BODY}",
            [(RC, "пресс-служба мэрии", None)],
        ),
        "ru_paren_agency": (
            f"{RT}\n\n{RC}\nФото: Иван Петров (ТАСС)\n\n{RU_BODY}",
            [(RC, "Иван Петров/ТАСС", None)],
        ),
        "ru_site_domain": (
            f"{RT}\n\n{RC}\nФото: kremlin.ru\n\n{RU_BODY}",
            [(RC, "kremlin.ru", None)],
        ),
        "ru_ria_first": (
            f"{RT}\n\n{RC}\nФото: РИА Новости / Иван Петров\n\n{RU_BODY}",
            [(RC, "Иван Петров/РИА Новости", None)],
        ),
        "ru_press_nominative": (
            f"{RT}\n\n{RC}\nФото: пресс-служба мэрии Граца\n\n{RU_BODY}",
            [(RC, "пресс-служба мэрии Граца", None)],
        ),
        "ru_gallery": (
            f"{RT}\n\n{RU_BODY}\n\n{RC}\nФото: Иван Петров\nУчителя в старой школе\nФото: Анна Смирнова/РИА Новости\n\nДелегация пробудет в городе два дня.",
            [
                (RC, "Иван Петров", None),
                ("Учителя в старой школе", "Анна Смирнова/РИА Новости", None),
            ],
        ),
        "ru_copyright_agency": (
            f"{RT}\n\n{RC}\n© РИА Новости\n\n{RU_BODY}",
            [(RC, "РИА Новости", "РИА Новости")],
        ),
        "ru_label_copyright": (
            f"{RT}\n\n{RC}\nФото: © РИА Новости\n\n{RU_BODY}",
            [(RC, "РИА Новости", "РИА Новости")],
        ),
        "ru_initial": (
            f"{RT}\n\n{RC}. Фото: И. Петров\n\n{RU_BODY}",
            [(RC + ".", "И. Петров", None)],
        ),
    }
)

CASES.update(
    {
        "he_bare_slash": (f'{HT}\n\n{HC}\nדן לוי/לע"מ\n\n{HE_BODY}', [(HC, 'דן לוי/לע"מ', None)]),
        "he_bare_comma": (f'{HT}\n\n{HC}\nדן לוי, לע"מ\n\n{HE_BODY}', [(HC, 'דן לוי/לע"מ', None)]),
        "ru_bare_slash": (
            f"{RT}\n\n{RC}\nИван Петров/ТАСС\n\n{RU_BODY}",
            [(RC, "Иван Петров/ТАСС", None)],
        ),
        "en_bare_getty": (
            f"{T}\n\n{C}\nDan Levi/Getty Images\n\n{EN_BODY}",
            [(C, "Dan Levi/Getty Images", None)],
        ),
        "en_file_then_title": (f"IMG_1234.jpg\n{T}\n\n{EN_BODY}", []),
        "en_files_gallery": (
            f"{T}\n\n{EN_BODY}\n\nIMG_1234.jpg\nIMG_1235.jpg\nIMG_1236.jpg\n\nThe delegation will stay two days.",
            [],
        ),
        "he_credit_first_line_paren": (
            f"{HT}\n\n(צילום: דן לוי)\n{HC}\n\n{HE_BODY}",
            [(HC, "דן לוי", None)],
        ),
    }
)


@pytest.mark.parametrize("name", sorted(CASES))
def test_photo_forms_of_the_genre(name: str) -> None:
    text, expected = CASES[name]
    got = [(p.caption, p.credit, p.copyright) for p in parse_release_text(text).photos]
    assert got == expected


@pytest.mark.parametrize(
    "line",
    ["IMG_1234.jpg", "IMG-20140716-WA0084", "DSC_0042.JPG", "P1010123", "_MG_0931", "harbour.png"],
)
def test_camera_file_names(line: str) -> None:
    assert file_name(line)


@pytest.mark.parametrize("line", ["Mayor greets the teachers", "Photo: Dan Levi", "2016 in review"])
def test_other_lines_are_no_file_names(line: str) -> None:
    assert not file_name(line)


def test_a_site_notice_is_no_photographer() -> None:
    assert named_copyright("Dan Levi 2016") == "Dan Levi"
    assert named_copyright("2016 City of Vienna") is None
    assert named_copyright("2016 Dan Levi. All rights reserved") is None
    assert named_copyright("Dan Levi") is None  # no year: an ordinary notice, read elsewhere


def test_photographer_after_agency() -> None:
    assert photographer_first("AP Photo/Dan Levi") == "Dan Levi/AP"
    assert photographer_first("Reuters / Dan Levi") == "Dan Levi/Reuters"
    assert photographer_first("GPO/Flash90") is None  # two agencies, no photographer
    assert photographer_first("Israel Embassy, Athens") is None


@pytest.mark.parametrize(
    "text",
    [
        f"{T}\n\n{EN_BODY}\n\nContact us | Terms of use © Ministry of Culture",
        f"{T}\n\n{EN_BODY}\n\nThe forum on Copyright Reform\n\nThe delegation will stay two days.",
        f"{T}\n\n{EN_BODY}\n\nHe spoke on copyright law for artists and teachers.",
    ],
)
def test_notices_that_are_no_photo(text: str) -> None:
    assert parse_release_text(text).photos == ()


def test_a_dateline_under_a_lone_credit_is_no_caption() -> None:
    text = f"{T}\n\nPhoto: Dan Levi/GPO\nVienna, 3 May 2016\n\n{EN_BODY}"
    assert [(p.caption, p.credit) for p in parse_release_text(text).photos] == [
        (None, "Dan Levi/GPO")
    ]


@pytest.mark.parametrize(
    ("line", "credit"),
    list(
        {
            "(GPO photo by Dan Levi)": "Dan Levi/GPO",
            "GPO photo: Dan Levi": "Dan Levi/GPO",
            "Reuters photo": "Reuters",
            "AFP photo/Dan Levi": "Dan Levi/AFP",
            "Photo: Courtesy of GPO": "GPO",
            "Photo: Dan Levi / Global Look Press": "Dan Levi/Global Look Press",
            "צילומים: דן לוי": "דן לוי",
            "צילום: איי-פי": "איי-פי",
            "צילום: דן לוי, איי-פי": "דן לוי/איי-פי",
            "Фото из архива": "архив",
            "© РИА Новости / Иван Петров": "Иван Петров/РИА Новости",
            "Фото: EPA/ТАСС": "EPA/ТАСС",
            "Фото: Иван Петров / Коммерсантъ": "Иван Петров/Коммерсантъ",
            "Photo: Shutterstock": "Shutterstock",
            "PHOTO: DAN LEVI/GPO": "DAN LEVI/GPO",
            "Фото: Иван Петров/Известия": "Иван Петров/Известия",
            "File photo: Dan Levi/Reuters": "Dan Levi/Reuters",
            "Illustrative photo: Flash90": "Flash90",
            "Photo illustration: Dan Levi": "Dan Levi",
            "צילום אילוסטרציה: פלאש 90": "פלאש 90",
            'צילום ארכיון: דן לוי, לע"מ': 'דן לוי/לע"מ',
            "(צילום: פלאש 90, אילוסטרציה)": "פלאש 90",
            "Архивное фото: ТАСС": "ТАСС",
            "Иллюстративное фото: Иван Петров/ТАСС": "Иван Петров/ТАСС",
        }.items()
    ),
)
def test_credit_lines_of_the_genre(line: str, credit: str) -> None:
    parts = credit_line(line)
    assert parts is not None
    assert normalise_credit(parts.credit or parts.copyright) == credit


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Mayor greets the teachers. Illustrative photo: Flash90",
            "Mayor greets the teachers.",
            "Flash90",
        ),
        ("ראש העירייה עם המורים (צילום אילוסטרציה: פלאש 90)", "ראש העירייה עם המורים", "פלאש 90"),
    ],
)
def test_a_kind_of_photo_in_a_run_in_credit(line: str, caption: str, credit: str) -> None:
    parts = caption_parts(line)
    assert (parts.caption, parts.credit) == (caption, credit)


def test_a_bulleted_credit_line() -> None:
    text = f"{T}\n\n{C}\n• Photo: Dan Levi\n\n{EN_BODY}"
    assert [(p.caption, p.credit) for p in parse_release_text(text).photos] == [(C, "Dan Levi")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{T}\n\n{C}\nPhoto credit:\nDan Levi/GPO\n\n{EN_BODY}", [(C, "Dan Levi/GPO")]),
        (f"{HT}\n\n{HC}\nצילום:\nדן לוי\n\n{HE_BODY}", [(HC, "דן לוי")]),
        (f"{RT}\n\n{RC}\nФото:\nИван Петров/ТАСС\n\n{RU_BODY}", [(RC, "Иван Петров/ТАСС")]),
    ],
)
def test_a_label_alone_takes_the_credit_under_it(text: str, expected: list) -> None:
    assert [(p.caption, p.credit) for p in parse_release_text(text).photos] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"Skip to content\nHome News Events\n\n{T}\nPhoto: Dan Levi\n\n{EN_BODY}",
            [(None, "Dan Levi")],
        ),
        (f"דלג לתוכן\n\n{HT}\nצילום: דן לוי\n\n{HE_BODY}", [(None, "דן לוי")]),
    ],
)
def test_a_credit_under_the_title_after_page_furniture_has_no_caption(
    text: str, expected: list
) -> None:
    parsed = parse_release_text(text)
    assert [(p.caption, p.credit) for p in parsed.photos] == expected
    assert parsed.headline in (T, HT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{T}\n\n(Photo: Dan Levi) {C}\n\n{EN_BODY}", [(C, "Dan Levi")]),
        (f'{HT}\n\n(צילום: דן לוי, לע"מ) {HC}\n\n{HE_BODY}', [(HC, 'דן לוי/לע"מ')]),
        (f"{T}\n\n(Left to right) {C}\nPhoto: GPO\n\n{EN_BODY}", [(f"(Left to right) {C}", "GPO")]),
    ],
)
def test_a_credit_in_brackets_opening_the_caption(text: str, expected: list) -> None:
    assert [(p.caption, p.credit) for p in parse_release_text(text).photos] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{T}\n\n{C}\n3 / 12\nPhoto: Dan Levi\n\n{EN_BODY}", [(C, "Dan Levi")]),
        (f"{T}\n\n{C}\nIMG_0042.jpg\nPhoto: Dan Levi\n\n{EN_BODY}", [(C, "Dan Levi")]),
        (f"{HT}\n\n{HC}\nתמונה 3 מתוך 12\nצילום: דן לוי\n\n{HE_BODY}", [(HC, "דן לוי")]),
        (f"{RT}\n\nФото 3 из 12\nФото: Иван Петров\n\n{RU_BODY}", [(None, "Иван Петров")]),
    ],
)
def test_a_gallery_counter_or_file_name_is_no_caption(text: str, expected: list) -> None:
    parsed = parse_release_text(text)
    assert [(p.caption, p.credit) for p in parsed.photos] == expected
    assert not any(ch.isdigit() for ch in " ".join(parsed.body.split()[:3]))


@pytest.mark.parametrize(("line", "credit"), [("MFA photo", "MFA"), ("Reuters photos", "Reuters")])
def test_a_source_and_the_word_photo_is_a_credit_line(line: str, credit: str) -> None:
    parts = credit_line(line)
    assert parts is not None and parts.credit == credit and parts.caption is None


@pytest.mark.parametrize("line", ["Group photo", "Family photo", "The photo"])
def test_an_ordinary_word_before_photo_is_no_credit(line: str) -> None:
    assert credit_line(line) is None


def test_a_page_separator_after_a_bracketed_credit_is_dropped() -> None:
    text = f"Mayor meets teachers\n\nMayor Lena Hartmann greets the teachers (Photo: AFP) |\n\n{EN_BODY}"
    got = [(p.caption, p.credit) for p in parse_release_text(text).photos]
    assert got == [("Mayor Lena Hartmann greets the teachers", "AFP")]


def test_two_sentences_above_a_credit_line_are_prose_not_its_caption() -> None:
    text = (
        f"Mayor meets teachers\n\n{EN_BODY}\n\n"
        "In reply, the teachers thanked the mayor for the visit to their school. "
        "The invitation was accepted.\nPhoto: Dan Levi\n"
    )
    got = [(p.caption, p.credit) for p in parse_release_text(text).photos]
    assert got == [(None, "Dan Levi")]

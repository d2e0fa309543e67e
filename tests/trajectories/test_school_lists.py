"""Real lists of schools: both file formats, old NIS codes, campuses, levels, programme lists."""

import datetime

import pytest
from django.core.management import CommandError, call_command

from portal.models import ImportRecord, Municipality
from portal.uploads import max_upload_bytes
from qualifications.models import ProfessionalQualification
from tests.trajectories.school_lists import (
    COLUMNS,
    MERGED_INTO,
    merged_towns,
    official,
    school,
    spreadsheet,
)
from trajectories.models import Location, Offering, Provider, Route
from trajectories.services.schools import Programme, providers_import

pytestmark = pytest.mark.django_db

SOURCE_URL = "https://data-onderwijs.vlaanderen.be/onderwijsaanbod/"
CHECKED_ON = datetime.date(2026, 1, 15)
BABIES = "kinderbegeleider-babys-en-peuters"
SCHOOL_AGE = "kinderbegeleider-schoolgaande-kinderen"
SEARCH = "/opleidingen/"
QUALIFIED = ["--qualification", BABIES, "--title", "Kinderbegeleider"]


def run(data: bytes, **kwargs):
    kwargs.setdefault("dry_run", False)
    return providers_import(data=data, source_url=SOURCE_URL, checked_on=CHECKED_ON, **kwargs)


def programme(route="volwassenenonderwijs", title="Kinderbegeleider baby's en peuters", **kw):
    return Programme(
        route=Route.objects.get(slug=route),
        qualifications=tuple(ProfessionalQualification.objects.filter(slug=BABIES)),
        title=title,
        school_year=kw.get("school_year", "2026-2027"),
    )


def imported():
    return Provider.objects.filter(school_number__startswith="91")


def cvo(number: int, place: str, **values):
    return school(number, place, level="Volwassenenonderwijs", **values)


class TestBothFormats:
    @pytest.mark.parametrize("write", [official, spreadsheet])
    def test_rows_under_old_nis_codes_preview_without_errors(self, write):
        report = run(write(merged_towns()), dry_run=True)

        assert not report.has_errors, report.error_messages
        assert report.totals["nieuw"] == 6
        assert all("van voor de fusie" in row.note for row in report.rows)
        assert "niscode 71022 (Hasselt) is van voor de fusie" in report.rows[0].note

    @pytest.mark.parametrize("write", [official, spreadsheet])
    def test_old_nis_codes_land_in_the_merged_municipality(self, write):
        run(write(merged_towns()))

        for number, nis_code in zip(range(910001, 910007), MERGED_INTO.values(), strict=True):
            location = Location.objects.get(provider__school_number=str(number))
            assert location.municipality.nis_code == nis_code
            assert location.is_approximate is False

    @pytest.mark.parametrize("write", [official, spreadsheet])
    def test_importing_the_same_file_twice_changes_nothing(self, write):
        data = write(merged_towns())
        run(data)

        report = run(data)

        assert report.totals["nieuw"] == report.totals["gewijzigd"] == 0
        assert "6 scholen in het bestand: 0 nieuw, 0 gewijzigd, 6 ongewijzigd" in report.summary

    def test_a_spreadsheet_copy_of_an_imported_export_is_unchanged(self):
        run(official(merged_towns()))

        report = run(spreadsheet(merged_towns()))

        assert report.totals["ongewijzigd"] == 6, [r.changes for r in report.rows]

    def test_crlf_and_quoted_values_are_read_too(self):
        data = spreadsheet(merged_towns()).replace(b"\n", b"\r\n")

        assert run(data, dry_run=True).totals["nieuw"] == 6


class TestValuesAsTheyAre:
    def test_stray_quotes_double_spaces_and_single_space_for_empty(self):
        row = school(910100, "gent", naam='"Testschool  Gent"', telefoon=" ")
        row["kbo-nummer"] = '"KBO  0267.377.629"'

        run(official([row]))

        provider = Provider.objects.get(school_number="910100")
        assert provider.name == "Testschool Gent"
        assert provider.kbo_number == "0267.377.629"
        assert provider.phone == ""

    @pytest.mark.parametrize(("lx", "ly"), [("0", "0"), (" ", " "), ("", "")])
    def test_missing_lambert_coordinates_fall_back_on_the_municipality_centre(self, lx, ly):
        report = run(official([school(910101, "hasselt", lx=lx, ly=ly)]))

        location = Location.objects.get(provider__school_number="910101")
        hasselt = Municipality.objects.get(nis_code="71072")
        assert location.is_approximate is True
        assert (location.latitude, location.longitude) == (hasselt.latitude, hasselt.longitude)
        assert "centrum van de gemeente" in report.rows[0].note

    def test_unknown_nis_code_falls_back_on_the_postcode_with_a_note(self):
        report = run(official([school(910102, "aalst", niscode="41999")]))

        assert not report.has_errors
        assert "niscode 41999 kennen we niet: gemeente Aalst afgeleid uit postcode 9300" in (
            report.rows[0].note
        )
        location = Location.objects.get(provider__school_number="910102")
        assert location.municipality.nis_code == "41002"

    def test_a_school_with_three_campuses_is_one_provider_with_three_locations(self):
        rows = [
            school(910103, "gent", campus=1),
            school(910103, "gent", campus=2, straat="Tweede Straat"),
            school(910103, "aalst", campus=3),
        ]

        report = run(official(rows))

        assert report.totals["nieuw"] == 3
        provider = Provider.objects.get(school_number="910103")
        locations = provider.locations.order_by("campus_number")
        assert [loc.campus_number for loc in locations] == ["1", "2", "3"]
        assert [loc.name for loc in locations] == [
            "campus Gent",
            "campus Gent, Tweede Straat 2",
            "campus Aalst",
        ]
        assert locations[2].municipality.name_nl == "Aalst"

    def test_a_campus_that_moved_is_reported_field_by_field(self):
        run(official([school(910104, "gent", campus=1), school(910104, "gent", campus=2)]))

        report = run(
            official([school(910104, "gent", campus=1), school(910104, "aalst", campus=2)])
        )

        assert [row.action for row in report.rows] == ["ongewijzigd", "gewijzigd"]
        labels = {change.label: (change.old, change.new) for change in report.rows[1].changes}
        assert labels["postcode"] == ("9000", "9300")
        assert labels["gemeente"] == ("Gent", "Aalst")
        campus = Location.objects.get(provider__school_number="910104", campus_number="2")
        assert campus.postcode == "9300"

    def test_columns_in_another_order_with_unknown_ones_are_read(self):
        columns = ["onbekend", *sorted(COLUMNS)]
        report = run(spreadsheet([school(910105, "gent")], columns=columns), dry_run=True)

        assert not report.has_errors, report.error_messages
        assert report.totals["nieuw"] == 1


class TestLevels:
    def rows(self):
        return [
            school(910200, "gent"),
            cvo(910201, "gent"),
            school(910202, "gent", level="Gewoon Basisonderwijs"),
            school(910203, "gent", level="Gewoon Lager Onderwijs"),
            school(910204, "gent", level="Deeltijds Kunstonderwijs"),
            school(910205, "gent", level="Hoger Onderwijs"),
        ]

    def test_by_default_only_what_trains_kinderbegeleiders_comes_in(self):
        report = run(official(self.rows()))

        assert sorted(imported().values_list("school_number", flat=True)) == [
            "910200",
            "910201",
        ]
        assert report.skipped_levels == {
            "basisonderwijs": 2,
            "deeltijds kunstonderwijs": 1,
            "hoger onderwijs": 1,
        }
        assert "2 basisonderwijs, 1 deeltijds kunstonderwijs" in report.summary
        assert Provider.objects.get(school_number="910201").kind == Provider.Kind.CVO

    def test_a_dutch_language_school_in_wallonia_is_skipped_not_an_error(self):
        row = school(910206, "gent", postcode="7780", gemeente="Komen-Waasten", niscode="54010")

        report = run(official([row]), dry_run=True)

        assert not report.has_errors
        assert report.skipped_levels == {"buiten Vlaanderen en Brussel": 1}
        assert "postcode 7780 ligt buiten Vlaanderen en Brussel" in report.rows[0].note

    def test_staff_can_choose_other_levels(self):
        run(official(self.rows()), levels=("basis",))

        assert sorted(imported().values_list("school_number", flat=True)) == [
            "910202",
            "910203",
        ]


class TestProgrammeList:
    def test_a_cvo_list_creates_offerings_found_near_its_town(self, client):
        rows = [
            cvo(910300, "kortrijk", straat="Doorniksewijk", huisnummer="1"),
            cvo(910301, "gent"),
        ]

        report = run(official(rows), programme=programme())

        assert report.totals["nieuw"] == 2
        offering = Offering.objects.get(location__provider__school_number="910300")
        assert offering.is_imported
        assert offering.is_published
        assert offering.route.slug == "volwassenenonderwijs"
        assert list(offering.qualifications.values_list("slug", flat=True)) == [BABIES]
        response = client.get(
            SEARCH, {"plaats": "8500", "straal": "20", "traject": "volwassenenonderwijs"}
        )
        assert response.status_code == 200
        found = {row.pk: row for row in response.context["object_list"]}
        assert offering.pk in found
        assert found[offering.pk].distance_km < 2
        assert "Testschool Kortrijk 910300" in response.text
        page = client.get(offering.location.provider.get_absolute_url())
        assert "Doorniksewijk 1, 8500 Kortrijk" in page.text

    def test_reimporting_keeps_what_staff_added_by_hand(self):
        data = official([cvo(910310, "gent")])
        run(data, programme=programme())
        Offering.objects.filter(location__provider__school_number="910310").update(
            is_evening=True, start_note="september en februari", duration="1 jaar", notes="Info"
        )

        report = run(data, programme=programme())

        assert "0 nieuw, 0 gewijzigd, 1 ongewijzigd, 0 overgeslagen, 0 verdwenen" in report.summary
        offering = Offering.objects.get(location__provider__school_number="910310")
        assert (offering.is_evening, offering.start_note, offering.duration, offering.notes) == (
            True,
            "september en februari",
            "1 jaar",
            "Info",
        )

    def test_a_later_download_of_the_same_list_moves_the_check_date_of_the_offering(self):
        data = official([cvo(910315, "gent")])
        run(data, programme=programme())
        later = CHECKED_ON + datetime.timedelta(days=40)

        report = providers_import(
            data=data,
            source_url=SOURCE_URL,
            checked_on=later,
            dry_run=False,
            programme=programme(),
        )

        assert report.rechecked == 1
        offering = Offering.objects.get(location__provider__school_number="910315")
        assert offering.checked_on == later
        assert offering.location.provider.checked_on == later

    def test_next_years_list_ends_the_school_that_left_and_adds_the_new_one(self, client):
        first_year = [cvo(n, "gent") for n in range(910320, 910330)]
        run(official(first_year), programme=programme(school_year="2026-2027"))
        gone = Offering.objects.get(location__provider__school_number="910320")
        second_year = [*first_year[1:], cvo(910330, "gent")]

        preview = run(official(second_year), programme=programme(), dry_run=True)
        report = run(official(second_year), programme=programme())

        assert [e.school_number for e in preview.ended] == ["910320"]
        assert not preview.shrinks_too_much
        assert "1 nieuw, 0 gewijzigd, 9 ongewijzigd, 0 overgeslagen, 1 verdwenen" in report.summary
        gone.refresh_from_db()
        assert gone.ended_on is not None
        assert Offering.objects.filter(pk=gone.pk).exists()
        response = client.get(SEARCH, {"plaats": "Gent", "traject": "volwassenenonderwijs"})
        shown = {row.pk for row in response.context["object_list"]}
        assert gone.pk not in shown
        assert len(shown) == 10
        page = client.get(gone.location.provider.get_absolute_url())
        assert "Vorige schooljaren" in page.text
        assert "niet meer in de officiële lijst" in page.text

    def test_a_school_back_in_the_list_gets_its_offering_back(self):
        rows = [cvo(n, "gent") for n in range(910340, 910350)]
        run(official(rows), programme=programme())
        run(official(rows[1:]), programme=programme())

        report = run(official(rows), programme=programme())

        assert report.rows[0].action == "gewijzigd"
        assert (
            Offering.objects.filter(ended_on__isnull=True, title__startswith="Kind").count() >= 10
        )

    def test_a_list_that_ends_more_than_15_percent_needs_a_confirmation(self):
        rows = [cvo(n, "gent") for n in range(910360, 910370)]
        run(official(rows), programme=programme())

        refused = run(official(rows[:8]), programme=programme())

        assert refused.needs_confirmation
        assert not refused.is_written
        assert "2 van de 10 lopende aanbiedingen" in refused.shrink_warning
        assert Offering.objects.filter(ended_on__isnull=False).count() == 0
        confirmed = run(official(rows[:8]), programme=programme(), confirm_shrink=True)
        assert confirmed.is_written
        assert Offering.objects.filter(ended_on__isnull=False).count() == 2

    def test_another_programme_or_year_is_left_alone(self):
        run(official([cvo(910380, "gent")]), programme=programme())

        report = run(official([cvo(910381, "gent")]), programme=programme(school_year="2027-2028"))

        assert report.ended == []
        assert Offering.objects.get(location__provider__school_number="910380").ended_on is None


class TestBadFiles:
    @pytest.mark.parametrize(
        ("data", "expected"),
        [
            (b"<!DOCTYPE html><html><head><title>Onderwijsaanbod</title>", "webpagina (HTML)"),
            (b"PK\x03\x04" + b"\x00" * 40, "Excel- of ander gecomprimeerd bestand"),
            (b"", "Het bestand is leeg."),
            (official([]), "alleen een kopregel"),
            (spreadsheet([]), "alleen een kopregel"),
        ],
    )
    def test_unreadable_file_says_why_and_writes_nothing(self, data, expected):
        report = run(data)

        assert report.has_errors
        assert not report.is_written
        assert any(expected in message for message in report.file_errors), report.file_errors

    def test_file_over_the_size_limit_names_the_limit(self):
        data = official(merged_towns()) + b" " * max_upload_bytes()

        report = run(data)

        assert "de grens is 20 MB" in report.file_errors[0]

    @pytest.mark.parametrize(
        ("values", "expected"),
        [
            ({"postcode": "99999"}, 'postcode "99999" is geen postcode van 4 cijfers'),
            ({"lx": "900000", "ly": "900000"}, "ligt niet in België"),
            ({"niscode": "99999", "postcode": "9999"}, 'postcode "9999" zijn geen gemeente'),
        ],
    )
    def test_bad_row_writes_nothing(self, values, expected):
        rows = [*merged_towns(), school(910400, "gent", **values)]

        report = run(official(rows))

        assert any(expected in message for message in report.error_messages)
        assert "niets geïmporteerd" in report.summary
        assert not imported().exists()

    def test_the_same_campus_twice_with_different_data_is_an_error(self):
        rows = [school(910401, "gent"), school(910401, "gent", telefoon="09 999 99 99")]

        report = run(official(rows))

        assert report.error_messages == [
            "Regel 3 (schoolnummer 910401, vestigingsplaats 1): schoolnummer 910401 "
            "(vestigingsplaats 1) staat ook op regel 2, met andere gegevens: welke klopt?"
        ]
        assert not imported().exists()

    def test_the_same_campus_twice_with_the_same_data_is_skipped(self):
        report = run(official([school(910402, "gent"), school(910402, "gent")]))

        assert report.totals["overgeslagen"] == 1
        assert "met dezelfde gegevens" in report.rows[1].note


class TestCommand:
    def test_programme_list_from_the_command_line(self, tmp_path, capsys):
        path = tmp_path / "kinderbegeleider.csv"
        path.write_bytes(spreadsheet([cvo(910500, "gent"), cvo(910501, "aalst")]))
        args = [
            "import_schools",
            str(path),
            "--route",
            "volwassenenonderwijs",
            "--qualification",
            BABIES,
            "--qualification",
            SCHOOL_AGE,
            "--title",
            "Kinderbegeleider",
            "--school-year",
            "2026-2027",
        ]

        call_command(*args)
        call_command(*args)

        out = capsys.readouterr().out
        assert "2 scholen in het bestand: 2 nieuw, 0 gewijzigd" in out
        assert "2 scholen in het bestand: 0 nieuw, 0 gewijzigd, 2 ongewijzigd" in out
        offering = Offering.objects.get(location__provider__school_number="910500")
        assert set(offering.qualifications.values_list("slug", flat=True)) == {BABIES, SCHOOL_AGE}
        records = ImportRecord.objects.filter(file_name="kinderbegeleider.csv")
        assert records.count() == 2
        assert records.first().summary.startswith("'Kinderbegeleider' (Volwassenenonderwijs,")
        assert records.first().imported_by is None

    def test_shrinking_list_needs_confirm_shrink(self, tmp_path):
        rows = [cvo(n, "gent") for n in range(910510, 910515)]
        full, short = tmp_path / "vol.csv", tmp_path / "kort.csv"
        full.write_bytes(official(rows))
        short.write_bytes(official(rows[:3]))
        args = ["--route", "volwassenenonderwijs", "--qualification", BABIES, "--title", "KB"]
        args += ["--school-year", "2026-2027"]
        call_command("import_schools", str(full), *args)

        with pytest.raises(CommandError, match="--confirm-shrink"):
            call_command("import_schools", str(short), *args)
        assert not Offering.objects.filter(ended_on__isnull=False).exists()

        call_command("import_schools", str(short), *args, "--confirm-shrink")
        assert Offering.objects.filter(ended_on__isnull=False).count() == 2

    @pytest.mark.parametrize(
        ("extra", "expected"),
        [
            (["--route", "volwassenenonderwijs"], "--qualification, --title, --school-year"),
            (
                ["--route", "bestaat-niet", *QUALIFIED, "--school-year", "2026-2027"],
                "Traject 'bestaat-niet' bestaat niet",
            ),
            (
                ["--route", "volwassenenonderwijs", *QUALIFIED, "--school-year", "2026-2028"],
                "'2026-2028' is geen schooljaar",
            ),
        ],
    )
    def test_incomplete_programme_is_refused_in_dutch(self, tmp_path, extra, expected):
        path = tmp_path / "lijst.csv"
        path.write_bytes(official([cvo(910520, "gent")]))

        with pytest.raises(CommandError, match=expected):
            call_command("import_schools", str(path), *extra)

    def test_levels_option_chooses_other_levels(self, tmp_path):
        path = tmp_path / "lijst.csv"
        path.write_bytes(official([school(910530, "gent", level="Gewoon Basisonderwijs")]))

        call_command("import_schools", str(path), "--levels", "basis")

        assert imported().filter(school_number="910530").exists()

    def test_the_command_prints_each_change_field_by_field(self, tmp_path, capsys):
        path = tmp_path / "lijst.csv"
        path.write_bytes(official([school(910540, "gent")]))
        call_command("import_schools", str(path))
        path.write_bytes(official([school(910540, "aalst")]))

        call_command("import_schools", str(path), "--dry-run")

        out = capsys.readouterr().out
        assert "Regel 2 (schoolnummer 910540, vestigingsplaats 1): postcode: 9000 -> 9300" in out
        assert "gemeente: Gent -> Aalst" in out
        assert "1 school in het bestand: 0 nieuw, 1 gewijzigd" in out


def test_the_summary_counts_campuses_and_schools_apart():
    from trajectories.services.schools.report import Action, ImportReport, RowResult

    rows = [
        RowResult(line=2, school_number="910104", name="Campus Noord", campus_number="1"),
        RowResult(line=3, school_number="910104", name="Campus Zuid", campus_number="2"),
        RowResult(line=4, school_number="910500", name="Enige campus"),
    ]
    for row in rows:
        row.action = Action.NEW
    report = ImportReport(dry_run=True, rows=rows)
    assert report.summary.startswith("3 vestigingsplaatsen van 2 scholen in het bestand: 3 nieuw")

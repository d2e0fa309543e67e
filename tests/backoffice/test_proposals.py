"""An Aanbieder's change waits as a proposal; a Redacteur accepts it or sends it back."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.backoffice.conftest import offering_form
from trajectories.models import Proposal

pytestmark = pytest.mark.django_db


def change_url(obj):
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])


def next_september():
    today = timezone.localdate()
    return datetime.date(today.year + (today.month >= 9), 9, 14)


def propose_start(client, offering, starts_on):
    response = client.post(
        change_url(offering), offering_form(offering, starts_on=starts_on.isoformat())
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    return Proposal.objects.get(offering=offering, status=Proposal.Status.PENDING)


def public_page(client, offering):
    client.logout()
    return client.get(offering.location.provider.get_absolute_url()).content.decode()


def test_a_proposal_leaves_the_public_page_alone_until_a_redacteur_accepts_it(
    client, as_user, aanbieder, redacteur, own_offering
):
    starts_on = next_september()
    shown = f"{starts_on.day} september {starts_on.year}"
    proposal = propose_start(as_user(aanbieder), own_offering, starts_on)
    own_offering.refresh_from_db()
    assert own_offering.starts_on is None
    assert shown not in public_page(client, own_offering)

    # The dashboard shows the proposal beside what is live, field by field.
    reviewer = as_user(redacteur)
    html = reviewer.get("/admin/").content.decode()
    assert "Voorstellen van aanbieders (1)" in html
    assert (
        'Eerste startdatum</th><td data-label="Nu online">—</td><td data-label="Voorstel">' + shown
    ) in html
    response = reviewer.post(
        reverse("admin:trajectories_proposal_accept", args=[proposal.pk]), follow=True
    )
    assert "Voorstel aanvaard" in response.content.decode()

    own_offering.refresh_from_db()
    assert own_offering.starts_on == starts_on
    assert own_offering.provider_updated_on == timezone.localdate()
    html = public_page(client, own_offering)
    assert shown in html
    assert "bijgewerkt door de aanbieder op" in html
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.ACCEPTED
    assert proposal.handled_by == redacteur


def test_an_accepted_change_is_in_the_history_and_can_be_undone(
    as_user, aanbieder, redacteur, own_offering
):
    proposal = propose_start(as_user(aanbieder), own_offering, next_september())
    reviewer = as_user(redacteur)
    reviewer.post(reverse("admin:trajectories_proposal_accept", args=[proposal.pk]))
    record = own_offering.history.first()
    assert record.history_change_reason == "Voorstel van de aanbieder aanvaard"
    assert record.history_user == redacteur
    previous = record.prev_record
    url = reverse(
        "admin:trajectories_offering_simple_history", args=[own_offering.pk, previous.history_id]
    )
    form = reviewer.get(url)
    assert form.status_code == 200
    data = {**offering_form(previous.instance), "title": own_offering.title}
    data.update(
        slug=own_offering.slug,
        location=own_offering.location_id,
        route=own_offering.route_id,
        source_url=own_offering.source_url,
        source_name=own_offering.source_name,
        checked_on=own_offering.checked_on.isoformat(),
        school_year=own_offering.school_year,
    )
    reviewer.post(url, data)
    own_offering.refresh_from_db()
    assert own_offering.starts_on is None


def test_a_second_change_replaces_the_waiting_proposal(as_user, aanbieder, own_offering):
    client = as_user(aanbieder)
    propose_start(client, own_offering, next_september())
    # The form shows what waits, and says so.
    response = client.get(change_url(own_offering))
    assert response.context["adminform"].form.initial["starts_on"] == next_september()
    assert "wacht op nazicht" in response.content.decode()
    client.post(
        change_url(own_offering),
        offering_form(own_offering, starts_on=next_september().isoformat(), duration="Twee jaar"),
    )
    proposal = Proposal.objects.get(offering=own_offering)
    assert set(proposal.changes) == {"starts_on", "duration"}


def test_a_redacteur_sends_a_proposal_back_with_a_message(
    as_user, aanbieder, redacteur, own_offering
):
    proposal = propose_start(as_user(aanbieder), own_offering, next_september())
    reviewer = as_user(redacteur)
    url = reverse("admin:trajectories_proposal_return", args=[proposal.pk])
    response = reviewer.post(url, {"message": ""}, follow=True)
    assert "niet teruggestuurd" in response.content.decode()
    reviewer.post(url, {"message": "Klopt de datum? Jullie site zegt oktober."})
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.RETURNED
    own_offering.refresh_from_db()
    assert own_offering.starts_on is None
    html = as_user(aanbieder).get("/admin/").content.decode()
    assert "Jullie site zegt oktober." in html


def test_only_reviewers_accept(as_user, aanbieder, own_offering):
    client = as_user(aanbieder)
    proposal = propose_start(client, own_offering, next_september())
    assert (
        client.post(reverse("admin:trajectories_proposal_accept", args=[proposal.pk])).status_code
        == 403
    )
    own_offering.refresh_from_db()
    assert own_offering.starts_on is None


def test_a_contact_change_of_the_provider_is_a_proposal_too(
    client, as_user, aanbieder, hoofdredacteur, own_offering
):
    provider = own_offering.location.provider
    response = as_user(aanbieder).post(
        change_url(provider),
        {
            "website": "https://www.cvo-eigen.example/",
            "email": "info@cvo-eigen.example",
            "phone": "09 123 45 67",
        },
    )
    assert response.status_code == 302
    provider.refresh_from_db()
    assert provider.email == ""
    proposal = Proposal.objects.get(provider=provider, offering=None, location=None)
    assert set(proposal.changes) == {"website", "email"}
    as_user(hoofdredacteur).post(reverse("admin:trajectories_proposal_accept", args=[proposal.pk]))
    html = public_page(client, own_offering)
    assert "info@cvo-eigen.example" in html


def test_accepting_never_silently_undoes_what_staff_changed_since(
    as_user, aanbieder, redacteur, own_offering
):
    proposed = next_september()
    proposal = propose_start(as_user(aanbieder), own_offering, proposed)
    # While the proposal waits, staff set another start date directly, and a duration.
    staff_date = proposed + datetime.timedelta(days=14)
    own_offering.starts_on, own_offering.duration = staff_date, "2 jaar"
    own_offering.save()

    reviewer = as_user(redacteur)
    html = reviewer.get("/admin/").content.decode()
    assert "Online gewijzigd sinds het voorstel</strong> (toen: —)" in html
    assert 'name="overschrijven" value="ja"' in html
    record = reviewer.get(change_url(proposal)).content.decode()
    assert "Online gewijzigd sinds het voorstel (toen: —)" in record
    accept = reverse("admin:trajectories_proposal_accept", args=[proposal.pk])

    # Without the reviewer's word, nothing changes, and the dashboard says why.
    html = reviewer.post(accept, follow=True).content.decode()
    assert "niet aanvaard: eerste startdatum werd online gewijzigd sinds het voorstel" in html
    own_offering.refresh_from_db()
    assert own_offering.starts_on == staff_date
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.PENDING

    # With it, the proposal wins for what it proposed; staff's duration, not proposed, stays.
    reviewer.post(accept, {"overschrijven": "ja"})
    own_offering.refresh_from_db()
    assert (own_offering.starts_on, own_offering.duration) == (proposed, "2 jaar")
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.ACCEPTED
    record = reviewer.get(change_url(proposal)).content.decode()
    assert "gewijzigd sinds het voorstel" not in record


def test_a_change_elsewhere_in_the_row_needs_no_word_to_accept(
    as_user, aanbieder, redacteur, own_offering
):
    proposed = next_september()
    proposal = propose_start(as_user(aanbieder), own_offering, proposed)
    own_offering.duration = "2 jaar"
    own_offering.save()
    reviewer = as_user(redacteur)
    assert "gewijzigd sinds het voorstel" not in reviewer.get("/admin/").content.decode()
    reviewer.post(reverse("admin:trajectories_proposal_accept", args=[proposal.pk]))
    own_offering.refresh_from_db()
    assert (own_offering.starts_on, own_offering.duration) == (proposed, "2 jaar")


BAD_INPUT = [
    ({"ends_on": "2020-01-01", "starts_on": "2020-09-01"}, "ends_on", "vóór de eerste startdatum"),
    ({"starts_on": "2020-09-01"}, "starts_on", "voorbij schooljaar"),
    ({"notes": "x" * 5000}, "notes", "niet meer dan 2000 tekens"),
    ({"duration": "<script>alert(1)</script>"}, "duration", "geen HTML-code"),
]


@pytest.mark.parametrize(("changes", "field", "message"), BAD_INPUT)
def test_bad_input_gets_a_dutch_message_on_the_field_and_keeps_the_rest(
    as_user, aanbieder, own_offering, changes, field, message
):
    typed = {"start_note": "september en februari", **changes}
    if field == "ends_on":  # a start date that is fine on its own
        typed["starts_on"] = next_september().isoformat()
        typed["ends_on"] = (next_september() - datetime.timedelta(days=30)).isoformat()
    response = as_user(aanbieder).post(
        change_url(own_offering), offering_form(own_offering, **typed)
    )
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert message in " ".join(form.errors[field])
    html = response.content.decode()
    assert 'value="september en februari"' in html  # what else was typed is still there
    assert not Proposal.objects.exists()


@pytest.mark.parametrize("phone", ["12", "bel ons", "09 123 45 67 89 00 11", "+32 abc"])
def test_an_impossible_phone_number_gets_a_message(as_user, aanbieder, own_offering, phone):
    provider = own_offering.location.provider
    response = as_user(aanbieder).post(
        change_url(provider),
        {"website": "https://www.cvo-eigen.example/", "email": "", "phone": phone},
    )
    assert response.status_code == 200
    assert "geen telefoonnummer" in " ".join(response.context["adminform"].form.errors["phone"])
    assert 'value="https://www.cvo-eigen.example/"' in response.content.decode()


def test_the_review_list_costs_the_same_queries_however_many_proposals(
    as_user, aanbieder, redacteur, own_offering, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.trajectories.factories import LocationFactory, OfferingFactory

    client = as_user(aanbieder)
    propose_start(client, own_offering, next_september())
    reviewer = as_user(redacteur)
    with CaptureQueriesContext(connection) as before:
        reviewer.get("/admin/")
    queries = len(before)  # now: the next request empties the log
    provider = own_offering.location.provider
    for n in range(4):
        offering = OfferingFactory(location=LocationFactory(provider=provider), slug=f"meer-{n}")
        client = as_user(aanbieder)
        propose_start(client, offering, next_september())
    reviewer = as_user(redacteur)
    with django_assert_num_queries(queries):
        html = reviewer.get("/admin/").content.decode()
    assert "Voorstellen van aanbieders (5)" in html


def test_an_address_change_of_a_location_goes_live_when_accepted(
    client, as_user, aanbieder, redacteur, own_offering
):
    location = own_offering.location
    response = as_user(aanbieder).post(
        change_url(location),
        {
            "street": "Oeverstraat",
            "house_number": "12",
            "postcode": "9000",
            "municipality": location.municipality_id,
            "place_note": "",
        },
    )
    assert response.status_code == 302
    location.refresh_from_db()
    assert location.street == ""
    assert "Oeverstraat 12" not in public_page(client, own_offering)
    proposal = Proposal.objects.get(location=location)
    as_user(redacteur).post(reverse("admin:trajectories_proposal_accept", args=[proposal.pk]))
    html = public_page(client, own_offering)
    assert "Oeverstraat 12, 9000" in html
    assert "bijgewerkt door de aanbieder op" in html


def test_a_postcode_that_is_not_four_digits_gets_a_message(as_user, aanbieder, own_offering):
    location = own_offering.location
    response = as_user(aanbieder).post(
        change_url(location),
        {"street": "Oeverstraat", "house_number": "12", "postcode": "90A0", "place_note": ""},
    )
    assert response.status_code == 200
    assert "vier cijfers" in " ".join(response.context["adminform"].form.errors["postcode"])
    assert 'value="Oeverstraat"' in response.content.decode()


def test_save_and_continue_returns_to_the_form_with_the_proposal(as_user, aanbieder, own_offering):
    client = as_user(aanbieder)
    response = client.post(
        change_url(own_offering),
        {**offering_form(own_offering, duration="Twee jaar"), "_continue": "1"},
    )
    assert response.status_code == 302
    assert response["Location"] == change_url(own_offering)
    form = client.get(change_url(own_offering)).context["adminform"].form
    assert form.initial["duration"] == "Twee jaar"

"""Every public form is rendered by crispy-forms, with the project's accessible field template.

A control with an error says so (`aria-invalid`) and is described by its help text and its error
(`aria-describedby`, ids that exist on the page); a group of checkboxes or radio buttons is a
fieldset named by its legend and described the same way.
"""

import re

import pytest
from django.urls import reverse

from portal.caching import content_changed
from tests.trajectories.factories import LocationFactory, OfferingFactory, ProviderFactory

pytestmark = pytest.mark.django_db

PAGES = [
    "/opleidingen/?plaats=Gent&straal=7&lesmoment=avond",
    "/routeplanner/?leeftijd=4&plaats=Gent",
    "/premies/?lerenden=1000000000&maanden=-3",
    "/telt-dit-diploma/",
]


def described_ids(html: str) -> list[str]:
    return [i for value in re.findall(r'aria-describedby="([^"]*)"', html) for i in value.split()]


def assert_tied(html: str, page: str) -> None:
    """Every id that `aria-describedby` names is on the page: help and errors belong to a field."""
    for named in described_ids(html):
        assert f'id="{named}"' in html, (page, named)


@pytest.mark.parametrize("path", PAGES)
def test_each_public_form_is_rendered_by_the_projects_crispy_template(client, path):
    content_changed()  # nothing is in the cache yet: every field is rendered
    response = client.get(path)
    assert response.status_code == 200
    assert "bootstrap5/field.html" in [t.name for t in response.templates]
    html = response.content.decode()
    assert_tied(html, path)


def test_a_wrong_answer_is_tied_to_its_field(client):
    html = client.get("/opleidingen/?plaats=Gent&straal=7").content.decode()
    select = re.search(r'<select name="straal"[^>]*>', html).group(0)
    assert 'aria-invalid="true"' in select
    assert "id_straal_error" in select
    error = html[html.index('id="id_straal_error"') :]
    assert error[: error.index("</div>")].count("Kies een afstand van 5, 10, 20, 30 of 50 km.") == 1


def test_a_group_is_a_fieldset_its_legend_names(client):
    html = client.get("/opleidingen/?lesmoment=avond").content.decode()
    group = html[html.rindex("<fieldset", 0, html.index('name="lesmoment"')) :]
    group = group[: group.index("</fieldset>")]
    assert re.search(r"<legend[^>]*>Lesmoment</legend>", group)
    assert 'value="avond" id="id_lesmoment_1" checked' in group


def test_the_report_form_ties_its_errors_to_its_fields(client):
    provider = ProviderFactory(name="CVO Markup", slug="cvo-markup")
    offering = OfferingFactory(location=LocationFactory(provider=provider))
    url = reverse("trajectories:provider-report", args=[provider.slug])
    html = client.post(url, {"aanbod": str(offering.pk), "wat": ""}).content.decode()
    textarea = re.search(r'<textarea name="wat"[^>]*>', html).group(0)
    assert 'aria-invalid="true"' in textarea
    assert 'aria-describedby="melding-wat_helptext melding-wat_error"' in textarea
    assert 'rows="3"' in textarea
    assert 'maxlength="1000"' in textarea
    assert "Schrijf wat er niet klopt" in html[html.index('id="melding-wat_error"') :]
    contact = re.search(r'<input type="text" name="contact"[^>]*>', html).group(0)
    assert 'autocomplete="email"' in contact
    assert 'maxlength="200"' in contact
    assert_tied(html, url)


def test_a_cached_field_follows_its_widget():
    """Two fields alike in name, label and value but not in widget are rendered each its own way:
    the cache's key holds the widget's kind and attributes."""
    from django import forms

    from portal.caching import as_one_request
    from portal.templatetags.portal_tags import form_field

    class AskForm(forms.Form):
        plaats = forms.CharField(label="Plaats", required=False)

    with as_one_request():
        plain = form_field(AskForm({"plaats": "Gent"})["plaats"])
        hinted = AskForm({"plaats": "Gent"})
        hinted.fields["plaats"].widget.attrs["placeholder"] = "bv. 9000"
        with_hint = form_field(hinted["plaats"])
        long = AskForm({"plaats": "Gent"})
        long.fields["plaats"].widget = forms.Textarea()
        as_area = form_field(long["plaats"])

    assert 'placeholder="bv. 9000"' in with_hint
    assert "placeholder" not in plain
    assert "<textarea" in as_area
    assert "<textarea" not in plain

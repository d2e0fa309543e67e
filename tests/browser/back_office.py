"""Signing in to the back office in Chromium, as a person does: password, then the app's code."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from tests.portal.factories import UserFactory
from tests.second_factor import enrolled, fresh_code

PASSWORD = "een-lang-test-wachtwoord"


def account(name: str, group: str):
    """A back-office account in a role (a group the migrations made), its e-mail its name."""
    user = UserFactory(username=name, email=name, staff=True, password=PASSWORD)
    user.groups.add(Group.objects.get(name=group))
    return user


def log_in(page, site, username: str, password: str = PASSWORD) -> None:
    """Sign in as `username`, whose authenticator app (the test key) gives the code."""
    user = get_user_model().objects.get(username=username)
    enrolled(user)
    page.context.clear_cookies()
    page.goto(site + "/admin/login/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Aanmelden").click()
    page.get_by_label("Code uit je app").fill(fresh_code(user))
    page.get_by_role("button", name="Aanmelden", exact=True).click()

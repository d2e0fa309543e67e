from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from portal.services.second_factor import second_factor_reset


class Command(BaseCommand):
    help = (
        "Reset the second factor of a back-office account (a lost phone, no recovery codes "
        "left): its authenticator app and recovery codes are removed, its sessions stop working, "
        "and it sets up a new app at its next login. For operators only, like the same action "
        "in the user admin."
    )

    def add_arguments(self, parser):
        parser.add_argument("username", help="The account's username.")

    def handle(self, *args, username: str, **options):
        user = get_user_model()._default_manager.filter(username=username).first()
        if user is None:
            raise CommandError(f"Er is geen account met gebruikersnaam '{username}'.")
        removed = second_factor_reset(user=user)
        self.stdout.write(
            f"{user.get_username()}: {removed} apparaat/apparaten verwijderd. Bij de volgende "
            "aanmelding stelt deze account een nieuwe tweede stap in."
        )

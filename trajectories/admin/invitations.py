"""Staff invite a provider's contact from the provider's admin page, and withdraw access
(the page is portal.admin.invitations'; the accounts are trajectories.services.invitations')."""

from portal.admin.invitations import InvitationAdminMixin
from trajectories.services.invitations import provider_editor_invite, provider_editor_withdraw


class ProviderInvitationMixin(InvitationAdminMixin):
    invitation_permission = "trajectories.review_proposal"
    invitation_intro = (
        "Een medewerker van de aanbieder houdt zelf lesmomenten, startdata, duur, inschrijvingen "
        "en contact bij. Wat hij wijzigt, komt pas online als de redactie het aanvaardt."
    )

    def invitation_send(self, obj, *, email: str, base_url: str):
        return provider_editor_invite(provider=obj, email=email, base_url=base_url)

    def invitation_withdraw(self, obj, *, user) -> None:
        provider_editor_withdraw(provider=obj, user=user)

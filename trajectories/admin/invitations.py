"""Staff invite a provider's contact from the provider's admin page, and withdraw access."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from trajectories.forms import InvitationForm
from trajectories.services.invitations import provider_editor_invite, provider_editor_withdraw


class ProviderInvitationMixin:
    def get_urls(self):
        return [
            path(
                "<int:pk>/uitnodigen/",
                self.admin_site.admin_view(self.invite_view),
                name="trajectories_provider_invite",
            ),
            path(
                "<int:pk>/toegang-intrekken/<int:user_id>/",
                self.admin_site.admin_view(self.withdraw_view),
                name="trajectories_provider_withdraw",
            ),
            *super().get_urls(),
        ]

    def _check_invite_permission(self, request) -> None:
        user = request.user
        if not (
            user.has_perm("trajectories.review_proposal") and self.has_change_permission(request)
        ):
            raise PermissionDenied

    def invite_view(self, request, pk):
        self._check_invite_permission(request)
        provider = get_object_or_404(self.model, pk=pk)
        form = InvitationForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            email = form.cleaned_data["email"]
            try:
                provider_editor_invite(
                    provider=provider, email=email, base_url=request.build_absolute_uri("/")[:-1]
                )
            except ValidationError as error:
                form.add_error("email", error)
            else:
                messages.success(
                    request,
                    f"Uitnodiging verstuurd naar {email}. De link blijft geldig tot de "
                    "persoon een wachtwoord kiest, of tot hij verloopt.",
                )
                return redirect("admin:trajectories_provider_invite", pk=provider.pk)
        context = {
            **self.admin_site.each_context(request),
            "title": f"Medewerkers van {provider.name}",
            "opts": self.model._meta,
            "provider": provider,
            "form": form,
            "editors": provider.editors.order_by("email"),
            "change_url": reverse("admin:trajectories_provider_change", args=[provider.pk]),
        }
        return TemplateResponse(request, "admin/trajectories/provider/invite.html", context)

    def withdraw_view(self, request, pk, user_id):
        self._check_invite_permission(request)
        if request.method != "POST":
            return redirect("admin:trajectories_provider_invite", pk=pk)
        provider = get_object_or_404(self.model, pk=pk)
        user = get_object_or_404(get_user_model(), pk=user_id, edited_providers=provider)
        provider_editor_withdraw(provider=provider, user=user)
        messages.success(
            request, f"{user.email} kan het aanbod van {provider} niet meer bijhouden."
        )
        return redirect("admin:trajectories_provider_invite", pk=provider.pk)

"""Staff invite the contact of an organisation to keep its own rows, and withdraw access: one
admin page per organisation (`<pk>/uitnodigen/`), for a provider's Aanbieders and an employer's
Werkgevers alike.

A model admin mixes in `InvitationAdminMixin` and says who may invite (`invitation_permission`,
with the change permission of the model), what the person will keep (`invitation_intro`) and
how to invite and withdraw (its app's services). The URL names are the model's own:
`admin:<app>_<model>_invite` and `admin:<app>_<model>_withdraw`.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label="E-mailadres van de contactpersoon",
        max_length=254,
        help_text="Deze persoon krijgt een link om een wachtwoord te kiezen.",
    )


class InvitationAdminMixin:
    """The invitation page of a model admin. The admin defines, besides the two attributes:
    `invitation_send(obj, *, email, base_url)`, its app's service that makes or reuses the
    account, ties it to `obj` and mails the link (the account, or a ValidationError if the
    address is refused), and `invitation_withdraw(obj, *, user)`."""

    invitation_permission = ""  # "app.codename" of the staff who may invite
    invitation_intro = ""  # what an invited person keeps, and what staff review

    def invitation_editors(self, obj):
        return obj.editors.order_by("email")

    @admin.display(description="wie de gegevens bijhoudt")
    def editor_links(self, obj):
        """For the change form: who keeps the rows now, and the way to the invitation page."""
        if obj is None or obj.pk is None:
            return "Bewaar eerst, nodig dan iemand uit."
        editors = self.invitation_editors(obj)
        listed = (
            format_html(
                "<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((e.email,) for e in editors))
            )
            if editors
            else "Nog niemand."
        )
        return format_html(
            '{} <a class="button" href="{}">Uitnodigen of toegang intrekken</a>',
            listed,
            reverse(f"admin:{self._invitation_url_name('invite')}", args=[obj.pk]),
        )

    def _invitation_url_name(self, action: str) -> str:
        meta = self.model._meta
        return f"{meta.app_label}_{meta.model_name}_{action}"

    def get_urls(self):
        return [
            path(
                "<int:pk>/uitnodigen/",
                self.admin_site.admin_view(self.invite_view),
                name=self._invitation_url_name("invite"),
            ),
            path(
                "<int:pk>/toegang-intrekken/<int:user_id>/",
                self.admin_site.admin_view(self.withdraw_view),
                name=self._invitation_url_name("withdraw"),
            ),
            *super().get_urls(),
        ]

    def _invitation_object(self, request, pk):
        """The row, if this user may invite for it: the permission to invite, and the row's own
        admin's change permission on that row (its scope included)."""
        user = request.user
        if not user.has_perm(self.invitation_permission):
            raise PermissionDenied
        obj = get_object_or_404(self.get_queryset(request), pk=pk)
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        return obj

    def invite_view(self, request, pk):
        obj = self._invitation_object(request, pk)
        form = InvitationForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            email = form.cleaned_data["email"]
            try:
                user = self.invitation_send(
                    obj, email=email, base_url=request.build_absolute_uri("/")[:-1]
                )
            except ValidationError as error:
                form.add_error("email", error)
            else:
                messages.success(
                    request,
                    f"Uitnodiging verstuurd naar {user.email}. De link blijft geldig tot de "
                    "persoon een wachtwoord kiest, of tot hij verloopt.",
                )
                return redirect(f"admin:{self._invitation_url_name('invite')}", pk=obj.pk)
        meta = self.model._meta
        context = {
            **self.admin_site.each_context(request),
            "title": f"Medewerkers van {obj}",
            "opts": meta,
            "organisation": obj,
            "intro": self.invitation_intro,
            "form": form,
            "editors": self.invitation_editors(obj),
            "withdraw_url_name": f"admin:{self._invitation_url_name('withdraw')}",
            "change_url": reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[pk]),
            "changelist_url": reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist"),
        }
        return TemplateResponse(request, "admin/invite.html", context)

    def withdraw_view(self, request, pk, user_id):
        obj = self._invitation_object(request, pk)
        invite_url_name = f"admin:{self._invitation_url_name('invite')}"
        if request.method != "POST":
            return redirect(invite_url_name, pk=pk)
        user = get_object_or_404(self.invitation_editors(obj), pk=user_id)
        self.invitation_withdraw(obj, user=user)
        messages.success(request, f"{user.email} kan de gegevens van {obj} niet meer bijhouden.")
        return redirect(invite_url_name, pk=obj.pk)

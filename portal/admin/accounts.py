"""Accounts in the back office: who may manage whom (an operator manages operators; a
Hoofdredacteur the editorial roles), their second factor and their groups."""

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Q
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.models import (
    User,
)
from portal.services.second_factor import second_factor_reset

# The roles a Hoofdredacteur gives and takes (groups made by migrations 0004 and 0006).
EDITORIAL_ROLES = ("Redacteur", "Hoofdredacteur", "Aanbieder")

# The devices of the second factor are managed through the accounts (an operator's reset), never
# edited by hand: their admin would show the secret keys.
for _device in (TOTPDevice, StaticDevice):
    if admin.site.is_registered(_device):
        admin.site.unregister(_device)


def above_the_editorial_roles() -> Q:
    """Accounts with more than an editorial role: operators, another group, rights of their own."""
    return (
        Q(is_superuser=True)
        | Q(Exists(User.groups.through.objects.filter(user=OuterRef("pk")).exclude(
            group__name__in=EDITORIAL_ROLES)))
        | Q(Exists(User.user_permissions.through.objects.filter(user=OuterRef("pk"))))
    )  # fmt: skip


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    """Accounts. Only an operator (a superuser) manages operators and the rights of roles; a
    Hoofdredacteur manages the accounts of the three editorial roles and never sees one above
    them: not in the list, and 403 on its pages (password, e-mail, active, delete)."""

    list_display = [
        "username",
        "email",
        "first_name",
        "last_name",
        "organisation",
        "is_staff",
        "has_second_factor",
    ]
    list_filter = ["is_staff", "is_superuser", "is_active", "groups"]
    search_fields = ["username", "first_name", "last_name", "email", "organisation"]
    fieldsets = [
        *DjangoUserAdmin.fieldsets,
        ("Organisatie", {"fields": ["organisation"]}),
    ]
    actions = ["reset_second_factor"]

    def get_queryset(self, request):
        queryset = (
            super()
            .get_queryset(request)
            .annotate(
                second_factor=Exists(TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True))
            )
        )
        if not request.user.is_superuser:
            queryset = queryset.exclude(above_the_editorial_roles())
        return queryset

    def get_object(self, request, object_id, from_field=None):
        # Found whatever it is, so that an account above the editorial roles answers 403 (the
        # permission checks below), not the admin's "does not exist", which tells nothing.
        try:
            pk = self.model._meta.pk.to_python(object_id)
            return self.model._default_manager.get(pk=pk)
        except (self.model.DoesNotExist, ValidationError, ValueError):
            return None

    def manages(self, request, obj) -> bool:
        if obj is None or request.user.is_superuser:
            return True
        return not User.objects.filter(above_the_editorial_roles(), pk=obj.pk).exists()

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self.manages(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self.manages(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self.manages(request, obj)

    def has_reset_second_factor_permission(self, request) -> bool:
        return request.user.is_superuser

    def get_readonly_fields(self, request, obj=None):
        # A Hoofdredacteur manages accounts and their roles, but never makes an operator.
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            fields += ["is_superuser", "user_permissions", "last_login", "date_joined"]
        return fields

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "groups" and not request.user.is_superuser:
            kwargs["queryset"] = Group.objects.filter(name__in=EDITORIAL_ROLES)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description="tweede stap", boolean=True, ordering="second_factor")
    def has_second_factor(self, obj):
        return obj.second_factor

    @admin.action(
        description="Tweede stap opnieuw laten instellen (bv. telefoon kwijt)",
        permissions=["reset_second_factor"],
    )
    def reset_second_factor(self, request, queryset):
        """Only an operator: the person sets up a new app at the next login."""
        for user in queryset:
            second_factor_reset(user=user)
            self.message_user(
                request,
                f"{user.get_username()} stelt bij de volgende aanmelding een nieuwe tweede stap "
                "in.",
                messages.SUCCESS,
            )

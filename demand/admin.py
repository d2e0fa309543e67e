"""The demand in the back office: the overview for sector staff, and the rows read-only.

Staff see requests pooled, and each request without its e-mail address: nobody in the back
office needs it; only the daily notice uses it.
"""

import csv

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone

from demand.models import DIMENSIONS, TrainingRequest, UnansweredSearch
from demand.overview import GROUPINGS, MOMENT_LABELS, demand_facts, overview_build
from portal.spreadsheets import SpreadsheetDictWriter

MONTH_CHOICES = (3, 6, 12, 24)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Rows made by the public site and its commands: staff look, nobody edits by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(TrainingRequest)
class TrainingRequestAdmin(ReadOnlyAdmin):
    list_display = [
        "created_at",
        "municipality",
        "route",
        "qualification",
        "moments",
        "people",
        "asker",
        "is_counted",
        "ends_on",
    ]
    list_filter = ["asker", "route", "municipality__province", "created_at"]
    list_select_related = ["municipality", "route", "qualification"]
    search_fields = ["municipality__name_nl"]
    ordering = ["-created_at"]
    date_hierarchy = "created_at"
    # Never the e-mail address.
    fields = [
        "asker",
        "people",
        "route",
        "qualification",
        "moments",
        "municipality",
        "radius_km",
        "created_at",
        "confirmed_at",
        "withdrawn_at",
        "ends_on",
    ]

    @admin.display(description="telt mee", boolean=True)
    def is_counted(self, obj):
        return obj.is_running and not obj.awaits_confirmation

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("overzicht/", view(self.overview_view), name="demand-overview"),
            path("overzicht/export.csv", view(self.overview_csv), name="demand-overview-csv"),
            *super().get_urls(),
        ]

    def _asked(self, request):
        if not request.user.has_perm("demand.view_trainingrequest"):
            raise PermissionDenied
        by = request.GET.get("per", "provincie")
        by = by if by in GROUPINGS else "provincie"
        try:
            months = int(request.GET.get("maanden", 12))
        except ValueError:
            months = 12
        months = months if months in MONTH_CHOICES else 12
        return by, months

    def overview_view(self, request):
        """Requests and searches without an answer by region, route, lesson moment and month."""
        by, months = self._asked(request)
        overview = overview_build(today=timezone.localdate(), by=by, months=months)
        context = {
            **self.admin_site.each_context(request),
            "title": "Gevraagde opleidingen en zoekopdrachten zonder antwoord",
            "overview": overview,
            "columns": GROUPINGS[by],
            "by": by,
            "months": months,
            "month_choices": MONTH_CHOICES,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/demand/overview.html", context)

    def overview_csv(self, request):
        """Every fact of the overview's period, one row per region, route, qualification,
        lesson moment and month, for a spreadsheet."""
        by, months = self._asked(request)
        since = overview_build(today=timezone.localdate(), by=by, months=months).since
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="gevraagde-opleidingen.csv"'
        response.write("\ufeff")  # so a spreadsheet reads the accents right
        fields = [
            "maand",
            "provincie",
            "gemeente",
            "traject",
            "kwalificatie",
            "lesmoment",
            "aanvragen",
            "mensen",
            "zoekopdrachten zonder resultaat",
            "zoekopdrachten met weinig resultaten",
        ]
        writer = SpreadsheetDictWriter(
            response, fieldnames=fields, delimiter=";", quoting=csv.QUOTE_MINIMAL
        )
        writer.writeheader()
        for (province, municipality, route, qualification, moment, month), cell in sorted(
            demand_facts(since=since), key=lambda item: (item[0][5], item[0][:5])
        ):
            writer.writerow(
                dict(
                    zip(
                        fields,
                        [
                            month.strftime("%Y-%m"),
                            province,
                            municipality,
                            route,
                            qualification,
                            MOMENT_LABELS.get(moment, ""),
                            cell.requests,
                            cell.people,
                            cell.empty,
                            cell.thin,
                        ],
                        strict=True,
                    )
                )
            )
        return response


@admin.register(UnansweredSearch)
class UnansweredSearchAdmin(ReadOnlyAdmin):
    list_display = [*DIMENSIONS, "searches"]
    list_filter = ["source", "is_empty", "moment", "route_slug", "day"]
    search_fields = ["municipality_nis", "route_slug"]
    ordering = ["-day", "municipality_nis"]
    date_hierarchy = "day"

"""Back office for qualifications, study programmes and the timeline."""

from django.contrib import admin

from portal.admin import PublishableAdmin
from qualifications.models import (
    EducationQualification,
    Finality,
    ProfessionalQualification,
    QualifyingTitle,
    StudyProgramme,
    TimelineEvent,
)


@admin.register(ProfessionalQualification)
class ProfessionalQualificationAdmin(PublishableAdmin):
    list_display = ["name", "dossier_number", "level", "is_core", "status", "checked_on"]
    list_filter = ["is_core", "status"]
    search_fields = ["name", "summary"]
    ordering = ["-is_core", "position", "name"]
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = [
        (None, {"fields": ["name", "slug", "summary", "is_core", "position"]}),
        (
            "Officiële gegevens",
            {"fields": ["dossier_number", "level", "official_url", "uncertainty"]},
        ),
        PublishableAdmin.source_fieldset,
        PublishableAdmin.timestamps_fieldset,
    ]


@admin.register(EducationQualification)
class EducationQualificationAdmin(PublishableAdmin):
    list_display = ["code", "name", "status", "checked_on"]
    list_filter = ["status"]
    search_fields = ["code", "name"]
    ordering = ["code"]
    prepopulated_fields = {"slug": ["code"]}
    fieldsets = [
        (None, {"fields": ["code", "slug", "name", "description"]}),
        PublishableAdmin.source_fieldset,
        PublishableAdmin.timestamps_fieldset,
    ]


@admin.register(Finality)
class FinalityAdmin(PublishableAdmin):
    list_display = ["name", "structure", "successor", "education_qualification", "status"]
    list_filter = ["structure", "status"]
    list_select_related = ["successor", "education_qualification"]
    search_fields = ["name", "points"]
    ordering = ["position", "name"]
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = [
        (None, {"fields": ["name", "slug", "structure", "successor", "position"]}),
        ("Diploma", {"fields": ["diploma", "education_qualification"]}),
        ("Kenmerken", {"fields": ["points", "links"]}),
        PublishableAdmin.source_fieldset,
        PublishableAdmin.timestamps_fieldset,
    ]


@admin.register(StudyProgramme)
class StudyProgrammeAdmin(PublishableAdmin):
    list_display = ["name", "finality", "stage", "bk_count", "status", "checked_on"]
    list_filter = ["finality", "stage", "status"]
    list_select_related = ["finality"]
    search_fields = ["name", "note"]
    ordering = ["finality__position", "stage", "position"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["professional_qualifications"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "finality", "stage", "domain", "position"]}),
        ("Kwalificaties", {"fields": ["professional_qualifications", "note"]}),
        PublishableAdmin.source_fieldset,
        PublishableAdmin.timestamps_fieldset,
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("professional_qualifications")

    @admin.display(description="BK's")
    def bk_count(self, obj):
        return len(obj.professional_qualifications.all())


@admin.register(TimelineEvent)
class TimelineEventAdmin(PublishableAdmin):
    list_display = ["title", "kind", "happens_on", "precision", "status"]
    list_filter = ["kind", "status"]
    search_fields = ["title", "description"]
    ordering = ["happens_on"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "happens_on"
    fieldsets = [
        (
            None,
            {"fields": ["slug", "kind", "happens_on", "precision", "description", "uncertainty"]},
        ),
        (
            "Titel, in de tijd die past",
            {"fields": ["title_planned", "title_now", "title"]},
        ),
        PublishableAdmin.source_fieldset,
        PublishableAdmin.timestamps_fieldset,
    ]


@admin.register(QualifyingTitle)
class QualifyingTitleAdmin(PublishableAdmin):
    """The titles 'Telt dit diploma?' knows: each with the care it counts for and its source."""

    list_display = [
        "name",
        "origin",
        "qualifies_baby_toddler",
        "qualifies_school_age",
        "obtained_until",
        "status",
        "checked_on",
    ]
    list_filter = ["origin", "qualifies_baby_toddler", "qualifies_school_age", "status"]
    list_select_related = ["programme", "held_qualification"]
    search_fields = ["name", "note", "uncertainty"]
    ordering = ["origin", "position", "name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["programme"]
    fieldsets = [
        (
            None,
            {
                "description": "Zoals Kind en Gezin de titel aanvaardt. Staat de titel niet op "
                "de lijst van Kind en Gezin zelf, zeg dan bij 'wat onzeker is' waar hij vandaan "
                "komt.",
                "fields": ["name", "slug", "origin", "position", "note"],
            },
        ),
        (
            "Telt voor",
            {
                "fields": [
                    ("qualifies_baby_toddler", "qualifies_school_age"),
                    ("obtained_from", "obtained_until"),
                ]
            },
        ),
        (
            "De kortste weg als de titel (nog) niet telt",
            {"fields": ["held_qualification", "planner_diploma", "programme"]},
        ),
        ("Zekerheid", {"fields": ["uncertainty"]}),
        PublishableAdmin.source_fieldset,
        PublishableAdmin.timestamps_fieldset,
    ]

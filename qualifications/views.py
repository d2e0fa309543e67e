"""Public pages of qualifications: the BKs and their routes side by side, matrix, timeline."""

from dataclasses import dataclass

from django.db.models import Prefetch
from django.utils import timezone
from django.views.generic import DetailView, ListView, TemplateView

from portal.caching import cached_content
from portal.dates import State
from portal.models import Resource, TextBlock
from portal.views import DraftPreviewMixin
from qualifications.forms import DiplomaCheckForm
from qualifications.models import (
    EducationQualification,
    Finality,
    ProfessionalQualification,
    QualifyingTitle,
    StudyProgramme,
    TimelineEvent,
)
from qualifications.services import diploma_verdict


class QualificationListView(ListView):
    template_name = "qualifications/qualification_list.html"
    context_object_name = "qualifications"

    def get_queryset(self):
        return ProfessionalQualification.objects.published()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["texts"] = TextBlock.objects.by_slug("wat-is-een-beroepskwalificatie")
        context["education_qualifications"] = EducationQualification.objects.published()
        return context


class QualificationDetailView(DraftPreviewMixin, DetailView):
    """One BK, with every route to it side by side and the programmes that lead to it."""

    template_name = "qualifications/qualification_detail.html"
    context_object_name = "qualification"

    def get_queryset(self):
        return self.visible(ProfessionalQualification.objects.all())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        qualification = self.object
        # The routes to it, from trajectories' side of the link (qualifications never imports
        # trajectories: see "How it is built" in the README).
        context["route_links"] = qualification.route_links.published().with_admission_rules()
        context["programmes"] = (
            StudyProgramme.objects.published()
            .filter(professional_qualifications=qualification, finality__structure="nieuw")
            .select_related("finality")
        )
        return context


@dataclass
class MatrixRow:
    stage: str
    label: str
    old: list
    new: list

    @property
    def ends_with_diploma(self) -> bool:
        """The diploma row of the matrix follows the third grade."""
        return self.stage == StudyProgramme.Stage.GRADE_3


@dataclass
class MatrixTable:
    old: Finality
    new: Finality
    rows: list[MatrixRow]


def matrix_tables(finalities, programmes) -> list[MatrixTable]:
    """Old and new finalities side by side, grade by grade, as the webinar's two tables."""
    by_cell: dict[tuple[int, str], list] = {}
    for programme in programmes:
        by_cell.setdefault((programme.finality_id, programme.stage), []).append(programme)
    tables = []
    for old in finalities:
        new = old.successor
        if old.structure != Finality.Structure.OLD or new is None:
            continue
        rows = []
        for stage, label in StudyProgramme.Stage.choices:
            old_cell = by_cell.get((old.pk, stage), [])
            new_cell = by_cell.get((new.pk, stage), [])
            if old_cell or new_cell:
                rows.append(MatrixRow(stage=stage, label=label, old=old_cell, new=new_cell))
        tables.append(MatrixTable(old=old, new=new, rows=rows))
    return tables


class MatrixView(TemplateView):
    """The education matrix: the old programmes beside the new ones, with the BKs they give."""

    template_name = "qualifications/matrix.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        finalities = Finality.objects.published().select_related(
            "successor", "education_qualification", "successor__education_qualification"
        )
        programmes = StudyProgramme.objects.published().prefetch_related(
            Prefetch(
                "professional_qualifications",
                queryset=ProfessionalQualification.objects.published(),
            )
        )
        context["tables"] = matrix_tables(list(finalities), list(programmes))
        context["texts"] = TextBlock.objects.by_slug("onderwijsmatrix-uitleg")
        return context


@dataclass
class TimelineEntry:
    """One moment as a reader sees it today: its state and the title in the tense that fits."""

    event: TimelineEvent
    state: str
    title: str

    @property
    def is_past(self) -> bool:
        return self.state == State.PAST


def timeline_entries(events, *, today) -> tuple[list[TimelineEntry], list[TimelineEntry]]:
    """What comes next (now and planned, soonest first), and what is past (latest first)."""
    entries = [TimelineEntry(e, e.state_on(today), e.title_on(today)) for e in events]
    coming = [entry for entry in entries if not entry.is_past]
    past = [entry for entry in reversed(entries) if entry.is_past]
    return coming, past


class TimelineView(TemplateView):
    """'Wanneer komen de nieuwe kinderbegeleiders?': first what comes next, then what is past."""

    template_name = "qualifications/timeline.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        events = list(TimelineEvent.objects.published())
        coming, past = timeline_entries(events, today=today)
        context["coming"] = coming
        context["past"] = past
        context["inflow"] = [
            entry
            for entry in sorted(coming + past, key=lambda entry: entry.event.happens_on)
            if entry.event.kind == TimelineEvent.Kind.INFLOW
        ]
        context["today"] = today
        context["texts"] = TextBlock.objects.by_slug("stages-7de-jaar", "stage-bevraging")
        context["instruments"] = Resource.objects.published().filter(kind=Resource.Kind.INSTRUMENT)
        return context


class DiplomaCheckView(TemplateView):
    """/telt-dit-diploma/: does a diploma, certificate or attest already qualify, and if not,
    the shortest route, in the route planner with what is known filled in."""

    template_name = "qualifications/diploma_check.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        titles = cached_content(
            lambda: list(QualifyingTitle.objects.for_check()), "titles", shared_only=True
        )
        form = DiplomaCheckForm(self.request.GET or None, titles=titles)
        context["form"] = form
        context["titles"] = titles
        if form.is_bound:
            form.is_valid()  # a wrong date is shown as an error; the title still answers
            title = form.title()
            if title:
                obtained = (
                    form.cleaned_data.get("behaald") if "behaald" not in form.errors else None
                )
                verdict = diploma_verdict(title, obtained=obtained)
                core = {q.slug: q for q in ProfessionalQualification.objects.published().core()}
                context["title"] = title
                context["verdict"] = verdict
                context["missing"] = [core[slug] for slug in verdict.missing if slug in core]
            context["not_listed"] = form.not_listed
        return context

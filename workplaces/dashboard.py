"""What the back office's home page shows of the places (through `portal.panels`).

Staff who review: the employers waiting for their first publication or a new name or KBO number
(each beside what is live), from May the employers that did not confirm their places for the
next school year, and per province how many places there are against how many schools teach
there. A Werkgever: its own start page. Each list costs a fixed number of queries.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, Sum

from portal.dates import asks_next_school_year, next_school_year, school_year_of
from portal.models import Province
from workplaces.models import ContactMessage, Employer, EmployerReview, PlaceOffer, Status

LIMIT = 25


@dataclass
class ReviewItem:
    review: EmployerReview
    rows: list


@dataclass
class ProvinceCount:
    province: Province
    places: int
    schools: int


@dataclass
class StaffView:
    reviews: list[ReviewItem] = field(default_factory=list)
    unconfirmed: list[Employer] = field(default_factory=list)
    next_school_year: str = ""
    provinces: list[ProvinceCount] = field(default_factory=list)


def staff_view_build(*, today: datetime.date) -> StaffView:
    from trajectories.models import Offering
    from workplaces.admin import review_rows

    view = StaffView()
    pending = (
        EmployerReview.objects.filter(status=EmployerReview.Status.PENDING)
        .select_related("employer", "proposed_by")
        .annotate(offers=Count("employer__sites__offers"))
    )
    view.reviews = [ReviewItem(review, review_rows(review)) for review in pending[:LIMIT]]
    this_year = school_year_of(today)
    if asks_next_school_year(today):
        view.next_school_year = next_school_year(this_year)
        later = PlaceOffer.objects.filter(site__employer=OuterRef("pk"), school_year__gt=this_year)
        view.unconfirmed = list(
            Employer.objects.published()
            .filter(sites__offers__school_year=this_year)
            .exclude(Exists(later))
            .distinct()
            .order_by("name")[:LIMIT]
        )
    places = dict(
        PlaceOffer.objects.visible(today)
        .values("site__municipality__province")
        .annotate(n=Sum("places"))
        .values_list("site__municipality__province", "n")
    )
    schools = dict(
        Offering.objects.published()
        .current(today)
        .values("location__municipality__province")
        .annotate(n=Count("location__provider", distinct=True))
        .values_list("location__municipality__province", "n")
    )
    view.provinces = [
        ProvinceCount(province, places.get(province.pk, 0), schools.get(province.pk, 0))
        for province in Province.objects.order_by("name")
    ]
    return view


@dataclass
class EmployerStart:
    employers: list[Employer] = field(default_factory=list)
    reviews: list[EmployerReview] = field(default_factory=list)
    offers: list[PlaceOffer] = field(default_factory=list)
    expired: list[PlaceOffer] = field(default_factory=list)
    messages: list[ContactMessage] = field(default_factory=list)
    may_confirm: bool = False
    school_year: str = ""
    next_school_year: str = ""


def employer_start_build(*, user, today: datetime.date) -> EmployerStart:
    start = EmployerStart()
    start.employers = list(user.kept_employers.order_by("name"))
    start.reviews = list(
        EmployerReview.objects.filter(employer__editors=user).order_by("-updated_at")[:5]
    )
    offers = PlaceOffer.objects.filter(site__employer__editors=user).select_related(
        "site__employer", "route"
    )
    start.offers = list(offers[:100])
    start.expired = list(offers.recognition_expired(today))
    start.messages = list(
        ContactMessage.objects.filter(offer__site__employer__editors=user).select_related(
            "offer__site", "offer__route"
        )[:20]
    )
    start.may_confirm = asks_next_school_year(today)
    start.school_year = school_year_of(today)
    start.next_school_year = next_school_year(start.school_year)
    return start


def is_online(employer: Employer) -> bool:
    return employer.status == Status.PUBLISHED

"""/opleidingen/: the search of offerings near a place (its FilterSet is `trajectories.filters`,
its rows `trajectories.results`, what it says beside them `trajectories.refinements`)."""

import functools

from django_filters.views import FilterView

from portal import panels
from portal.sharing import qr_image_url, share_link
from trajectories.coverage import coverage_for
from trajectories.filters import OfferingFilter
from trajectories.models import (
    Offering,
)
from trajectories.refinements import (
    active_filter_chips,
    query_without,
    unplaced_matches,
    wider_searches,
)
from trajectories.results import FetchedPage, map_points, result_rows, with_search

# More pages than any search has (20,000 offerings make 1,000 pages of 20).
MAX_PAGE_NUMBER = 100_000


class OfferingSearchView(FilterView):
    """/opleidingen/: where a route is taught near a place. Every filter lives in the URL.

    One query finds the page and the number of results (a window count over the offerings that
    match, nearest first); each row's HTML comes from the cache (`result_rows`), so most searches
    render no offering anew.
    """

    filterset_class = OfferingFilter
    template_name = "trajectories/offering_filter.html"
    paginate_by = 20
    page_kwarg = "pagina"
    # Invalid values are reported on the form and left out; the other filters still apply.
    strict = False

    def get_queryset(self):
        return Offering.objects.published().current()

    def paginate_queryset(self, queryset, page_size):
        """Like ListView, but a bad page number shows a page and says why, instead of a 404."""
        raw = self.request.GET.get(self.page_kwarg, "1")
        self.page_message = ""
        try:
            number = int(raw)
        except ValueError:
            number = 1
            self.page_message = f"'{raw[:20]}' is geen paginanummer: je ziet de eerste pagina."
        if number < 1:
            self.page_message = "Pagina's beginnen bij 1: je ziet de eerste pagina."
            number = 1
        asked = number
        # Far past any last page; a larger number would make an offset the database cannot hold.
        number = min(number, MAX_PAGE_NUMBER)
        fetch = functools.partial(
            FetchedPage.fetch,
            queryset,
            size=page_size,
            with_distance=self.filterset.has_place,
            with_moments=self.filterset.asks_moments,
        )
        fetched = fetch(number=number)
        if fetched.is_past_the_end:
            # Rare (a link to a page that no longer exists): a second query for the last page.
            last = self.get_paginator(fetched, page_size).num_pages
            shown = str(asked) if len(str(asked)) <= 12 else f"{str(asked)[:12]}…"
            self.page_message = (
                f"Pagina {shown} bestaat niet: er zijn er {last}. Je ziet de laatste."
            )
            number = last
            fetched = fetch(number=number)
        self.unknown_moments = fetched.unknown_moments
        paginator = self.get_paginator(fetched, page_size)
        page = paginator.page(number)
        page.object_list = with_search(result_rows(page.object_list), self.request.GET)
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = self.filterset
        context["place"] = filterset.place
        context["chips"] = active_filter_chips(filterset)
        # The place we cannot find has its own message, with suggestions; the rest is listed.
        place_not_found = filterset.place is not None and not filterset.has_place
        context["other_errors"] = [
            (field.label, error)
            for field in filterset.form
            if not (field.name == "plaats" and place_not_found)
            for error in field.errors
        ]
        # Anything asked (even a place we cannot find) puts the answer first on a phone.
        context["has_search"] = any(
            key != self.page_kwarg and value for key, value in self.request.GET.items()
        )
        context["page_message"] = self.page_message
        context["unknown_moments"] = self.unknown_moments
        # The first and last page, and two on either side of this one (an ellipsis between).
        context["page_links"] = context["paginator"].get_elided_page_range(
            context["page_obj"].number, on_each_side=2, on_ends=1
        )
        context["share_url"] = share_link(self.request, filterset.form, context["page_obj"].number)
        context["qr_url"] = qr_image_url(context["share_url"])
        context["map_points"] = map_points(context["object_list"])
        data = filterset.form.cleaned_data if filterset.is_bound else {}
        context["coverage"] = coverage_for(data.get("traject") or [])
        if not context["paginator"].count and (filterset.place is None or filterset.has_place):
            context["alternatives"] = wider_searches(filterset, self.get_queryset())
        context["unplaced"] = unplaced_matches(filterset, self.get_queryset())
        if context["unplaced"]:
            context["unplaced_query"] = query_without(filterset.data, "plaats")
        context["panels"] = panels.render(
            "search", request=self.request, filterset=filterset, count=context["paginator"].count
        )
        return context

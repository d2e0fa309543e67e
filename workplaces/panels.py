"""What the places add to pages other apps own (see `portal.panels`): registered in
`WorkplacesConfig.ready()`, drawn from this app's own templates."""

from django.template.loader import render_to_string


def staff_dashboard(*, request, today, **facts) -> str:
    """A Werkgever's own start page, or the reviewers' part of the staff's dashboard."""
    from workplaces.admin import is_employer_editor
    from workplaces.dashboard import employer_start_build, staff_view_build

    user = request.user
    if is_employer_editor(user):
        start = employer_start_build(user=user, today=today)
        return render_to_string(
            "workplaces/admin/_employer_start.html", {"start": start, "today": today}, request
        )
    if user.has_perm("workplaces.review_employer"):
        view = staff_view_build(today=today)
        return render_to_string(
            "workplaces/admin/_staff_review.html", {"view": view, "today": today}, request
        )
    return ""


PANELS = [("staff_dashboard", staff_dashboard)]

"""The back office of trajectories, one module per feature (Django imports this package to
register its admins):

- `routes`: routes and what belongs to them (sections, rules, qualifications, care periods,
  allowance tiers), learning contracts, dual-learning requirements, support services.
- `providers`: providers, their locations and offerings.
- `imports`: the import of official lists of schools, on the provider admin.
- `invitations`: inviting a provider's contact, and withdrawing access.
- `reviews`: providers' proposals and readers' reports.
- `scope`: what an Aanbieder sees and changes (its own rows; every save a proposal).
- `dashboard`: what the back office's home page shows of all this.
"""

from trajectories.admin import providers, reviews, routes  # noqa: F401 (they register the admins)

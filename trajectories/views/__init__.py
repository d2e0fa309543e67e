"""The public pages of trajectories, one module per feature (their URLs: `trajectories.urls`):

- `routes`: the routes and each route's page, the learning contracts, dual learning with its
  self-check, support.
- `search`: `/opleidingen/`, the search of offerings near a place; `exports`: the same search
  as CSV and JSON.
- `providers`: a provider's page and the "Klopt er iets niet?" report sent from it.
- `planner`: `/routeplanner/`, the routes that fit a candidate and where they are taught.
"""

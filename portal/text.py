"""Formatting for Dutch readers in Belgium."""

from decimal import Decimal


def format_euro(amount) -> str:
    """€ 1.000 or € 612,50: a dot between thousands, a comma before cents, no ',00'."""
    value = Decimal(amount)
    text = f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.2f}"
    return "€ " + text.replace(",", " ").replace(".", ",").replace(" ", ".")

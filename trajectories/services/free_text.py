"""Free text in the search (`q`): which offerings hold every word typed.

An offering matches a word when its title holds it, or its location does: the provider's name,
the location's name, its municipality or its place note, in any case. Every word must match.

Asking the database that for every row means testing five columns of 20,000 joined rows, once
per word, with no index that helps for a short word like "12". But there are few titles (a few
dozen: the routes and their variants) and about 2,000 locations, so their texts are cached per
content version (portal.caching) and the words are looked up in memory. The database gets the
answer as plain `title` and `location_id` conditions that its indexes answer.
"""

from dataclasses import dataclass

from django.db.models import Q

from portal.caching import cached_content
from trajectories.models import Location, Offering


@dataclass(frozen=True)
class TextIndex:
    """The searchable texts: each distinct offering title, and each location's texts joined."""

    titles: dict[str, str]  # title -> title.casefold()
    locations: dict[int, str]  # location pk -> its texts, casefolded, one per line

    def condition(self, words: list[str]) -> Q:
        """Offerings whose title or location holds each of `words`.

        For every word, the titles and the locations that hold it. A title that holds some of
        the words needs the others from its location; a title that holds none needs them all.
        """
        words = list(dict.fromkeys(word.casefold() for word in words))
        if not words:
            return Q()
        places = {
            word: {pk for pk, text in self.locations.items() if word in text} for word in words
        }
        titles_by_words: dict[frozenset, list[str]] = {}
        for title, folded in self.titles.items():
            held = frozenset(word for word in words if word in folded)
            if held:
                titles_by_words.setdefault(held, []).append(title)

        condition = Q(location_id__in=sorted(set.intersection(*places.values())))
        for held, titles in titles_by_words.items():
            part = Q(title__in=sorted(titles))
            rest = [places[word] for word in words if word not in held]
            if rest:
                part &= Q(location_id__in=sorted(set.intersection(*rest)))
            condition |= part
        return condition


def text_index() -> TextIndex:
    return cached_content(_text_index, "free-text-index")


def _text_index() -> TextIndex:
    titles = Offering.objects.order_by().values_list("title", flat=True).distinct()
    locations = Location.objects.values_list(
        "pk", "provider__name", "name", "municipality__name_nl", "place_note"
    )
    return TextIndex(
        titles={title: title.casefold() for title in titles},
        locations={
            pk: "\n".join(text or "" for text in texts).casefold() for pk, *texts in locations
        },
    )

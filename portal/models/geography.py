"""Geography: provinces, municipalities after the 2025 mergers, the municipalities and NIS codes
of before, and postal localities, each with a point to measure distances from."""

from django.db import models

from portal.geo import normalize_place_name


class Region(models.TextChoices):
    FLEMISH = "vlaams-gewest", "Vlaams Gewest"
    BRUSSELS = "brussels-gewest", "Brussels Hoofdstedelijk Gewest"


class ProvinceQuerySet(models.QuerySet):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Province(models.Model):
    """A Flemish province, or the Brussels-Capital Region, which belongs to no province."""

    slug = models.SlugField("slug", max_length=40, unique=True)
    name = models.CharField("naam", max_length=60, unique=True)
    region = models.CharField("gewest", max_length=20, choices=Region)

    objects = ProvinceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = "provincie"
        verbose_name_plural = "provincies"

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)


class PointQuerySet(models.QuerySet):
    def near(self, point, km: float):
        """Rows within `km` of `point`, annotated with `distance_km`, nearest first."""
        from portal.geo import within_radius

        return within_radius(self, point, km).order_by("distance_km")


class MunicipalityQuerySet(PointQuerySet):
    def get_by_natural_key(self, nis_code):
        return self.get(nis_code=nis_code)


class Municipality(models.Model):
    """A municipality as it exists since the mergers of 1 January 2025."""

    nis_code = models.CharField("NIS-code", max_length=5, unique=True)
    name_nl = models.CharField("naam", max_length=80)
    name_fr = models.CharField("Franse naam", max_length=80, blank=True)
    slug = models.SlugField("slug", max_length=80, unique=True)
    province = models.ForeignKey(
        Province, on_delete=models.PROTECT, related_name="municipalities", verbose_name="provincie"
    )
    latitude = models.FloatField("breedtegraad")
    longitude = models.FloatField("lengtegraad")
    search_key = models.CharField(max_length=80, db_index=True, editable=False)
    search_key_fr = models.CharField(max_length=80, db_index=True, editable=False)

    objects = MunicipalityQuerySet.as_manager()

    class Meta:
        ordering = ["name_nl"]
        verbose_name = "gemeente"
        verbose_name_plural = "gemeenten"
        indexes = [models.Index(fields=["latitude", "longitude"], name="portal_muni_lat_lon")]

    def __str__(self):
        return self.name_nl

    def save(self, *args, **kwargs):
        self.search_keys_fill()
        super().save(*args, **kwargs)

    def search_keys_fill(self):
        """The names as a search compares them (a bulk write, which skips `save()`, calls it)."""
        self.search_key = normalize_place_name(self.name_nl)
        self.search_key_fr = normalize_place_name(self.name_fr)

    def natural_key(self):
        return (self.nis_code,)


class FormerMunicipality(models.Model):
    """A municipality that merged into another, so that its old name still finds the place."""

    name = models.CharField("naam", max_length=80, unique=True)
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        related_name="former_municipalities",
        verbose_name="opgegaan in",
    )
    merged_on = models.DateField("gefusioneerd op")
    search_key = models.CharField(max_length=80, db_index=True, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name = "voormalige gemeente"
        verbose_name_plural = "voormalige gemeenten"

    def __str__(self):
        return f"{self.name} (nu {self.municipality})"

    def save(self, *args, **kwargs):
        self.search_keys_fill()
        super().save(*args, **kwargs)

    def search_keys_fill(self):
        """The name as a search compares it (a bulk write, which skips `save()`, calls it)."""
        self.search_key = normalize_place_name(self.name)


class FormerNisCode(models.Model):
    """The NIS code a municipality had before a merger, so older official lists still place it.

    Lists of schools from before 1 January 2025 carry these codes (Hasselt 71022, Lokeren
    46014); each points to the municipality it is part of now, with the source that says so.
    """

    nis_code = models.CharField("oude NIS-code", max_length=5, unique=True)
    name = models.CharField("naam van de gemeente toen", max_length=80)
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        related_name="former_nis_codes",
        verbose_name="nu deel van",
    )
    merged_on = models.DateField("gefusioneerd op")
    source_url = models.URLField("bron", max_length=300)

    class Meta:
        ordering = ["nis_code"]
        verbose_name = "NIS-code van voor een fusie"
        verbose_name_plural = "NIS-codes van voor een fusie"

    def __str__(self):
        return f"{self.nis_code} {self.name} (nu {self.municipality})"


class PostalLocality(models.Model):
    """A postal locality (deelgemeente): one postcode can cover several of them."""

    postcode = models.CharField("postcode", max_length=4, db_index=True)
    name = models.CharField("naam", max_length=80)
    name_fr = models.CharField("Franse naam", max_length=80, blank=True)
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="localities",
        verbose_name="gemeente",
    )
    latitude = models.FloatField("breedtegraad")
    longitude = models.FloatField("lengtegraad")
    is_point_of_municipality = models.BooleanField(
        "ligging van de gemeente",
        default=False,
        help_text="Aan: geen eigen punt gevonden, de ligging is het centrum van de gemeente.",
    )
    search_key = models.CharField(max_length=80, db_index=True, editable=False)
    search_key_fr = models.CharField(max_length=80, db_index=True, editable=False)

    objects = PointQuerySet.as_manager()

    class Meta:
        ordering = ["postcode", "name"]
        verbose_name = "postale deelgemeente"
        verbose_name_plural = "postale deelgemeenten"
        constraints = [
            # A locality can straddle two municipalities (1804 Cargovil: Vilvoorde and Zemst).
            models.UniqueConstraint(
                fields=["postcode", "name", "municipality"],
                name="portal_postallocality_unique_postcode_name_municipality",
            ),
        ]
        indexes = [models.Index(fields=["latitude", "longitude"], name="portal_loc_lat_lon")]

    def __str__(self):
        return f"{self.postcode} {self.name}"

    def save(self, *args, **kwargs):
        self.search_keys_fill()
        super().save(*args, **kwargs)

    def search_keys_fill(self):
        """The names as a search compares them (a bulk write, which skips `save()`, calls it)."""
        self.search_key = normalize_place_name(self.name)
        self.search_key_fr = normalize_place_name(self.name_fr)

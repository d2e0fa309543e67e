"""Geography in the back office: provinces, municipalities, postal localities and the
municipalities and NIS codes of before the 2025 mergers (reference data)."""

from django.contrib import admin

from portal.models import (
    FormerMunicipality,
    FormerNisCode,
    Municipality,
    PostalLocality,
    Province,
)


@admin.register(Province)
class ProvinceAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "region"]
    list_filter = ["region"]
    search_fields = ["name"]
    ordering = ["name"]
    prepopulated_fields = {"slug": ["name"]}


class PostalLocalityInline(admin.TabularInline):
    model = PostalLocality
    fields = ["postcode", "name", "name_fr", "latitude", "longitude", "is_point_of_municipality"]
    extra = 0


class FormerMunicipalityInline(admin.TabularInline):
    model = FormerMunicipality
    fields = ["name", "merged_on"]
    extra = 0


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["name_nl", "name_fr", "nis_code", "province"]
    list_filter = ["province"]
    list_select_related = ["province"]
    search_fields = ["name_nl", "name_fr", "nis_code", "localities__postcode"]
    ordering = ["name_nl"]
    prepopulated_fields = {"slug": ["name_nl"]}
    inlines = [PostalLocalityInline, FormerMunicipalityInline]


@admin.register(PostalLocality)
class PostalLocalityAdmin(admin.ModelAdmin):
    list_display = ["postcode", "name", "municipality", "latitude", "longitude"]
    list_filter = ["municipality__province", "is_point_of_municipality"]
    list_select_related = ["municipality"]
    search_fields = ["postcode", "name", "name_fr", "municipality__name_nl"]
    ordering = ["postcode", "name"]
    autocomplete_fields = ["municipality"]


@admin.register(FormerMunicipality)
class FormerMunicipalityAdmin(admin.ModelAdmin):
    list_display = ["name", "municipality", "merged_on"]
    list_select_related = ["municipality"]
    search_fields = ["name", "municipality__name_nl"]
    ordering = ["name"]
    autocomplete_fields = ["municipality"]


@admin.register(FormerNisCode)
class FormerNisCodeAdmin(admin.ModelAdmin):
    list_display = ["nis_code", "name", "municipality", "merged_on"]
    list_select_related = ["municipality"]
    search_fields = ["nis_code", "name", "municipality__name_nl"]
    ordering = ["nis_code"]
    autocomplete_fields = ["municipality"]

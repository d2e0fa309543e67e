from django import forms


class DualSelfCheckForm(forms.Form):
    """The employer's self-check: one checkbox per requirement, answered in the URL (GET)."""

    voldaan = forms.MultipleChoiceField(
        label="Waar voldoe je al aan?",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": (
                "Een antwoord in deze link kennen we niet (meer): %(value)s. "
                "Vink hieronder opnieuw aan wat klopt."
            ),
        },
    )
    controle = forms.CharField(required=False, widget=forms.HiddenInput, initial="1")

    def __init__(self, *args, requirements, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["voldaan"].choices = [(r.slug, r.question) for r in requirements]

    @property
    def is_submitted(self) -> bool:
        return self.is_bound and self.data.get("controle") == "1"

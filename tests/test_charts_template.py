"""analysis.charts.template: one template for the project, its colours."""

from __future__ import annotations

import plotly.io as pio

from analysis import charts


def test_template_is_registered_once_for_the_project():
    assert charts.TEMPLATE_NAME in pio.templates
    template = pio.templates[charts.TEMPLATE_NAME]
    assert list(template.layout.colorway) == list(charts.PALETTE)
    assert "Liberation Sans" in template.layout.font.family
    charts.use_template()
    try:
        assert pio.templates.default == charts.TEMPLATE_NAME
    finally:
        pio.templates.default = "plotly"


def test_decision_types_have_their_own_colours():
    colours = [charts.DECISION_COLORS[k] for k in ("recommended", "referred", "none", "approved")]
    assert len(set(colours)) == len(colours)

# %% [markdown]
# # 04 · Sager, der går igen
#
# Hvert punkt har et journalnummer (fx `00.30.00-P00-7-23`): KLE-emnet, handlingsfacetten
# og sagens løbenummer og år. Når det samme journalnummer står på flere møder, er det den
# samme sag, der vender tilbage. Notebooken viser disse sagsforløb som en tidslinje og
# fordeler punkterne på KLE-hovedgrupper (politikområder) år for år.

# %%
from IPython.display import display

import analysis
from analysis import charts, metrics

# %% [markdown]
# ## Udvalg
#
# `FORUM` og `YEARS` afgrænser materialet (`None` = alt). `MIN_MEETINGS` er det mindste
# antal møder, en sag skal stå på for at komme med. De faste journalnumre (godkendelse af
# dagsorden, eventuelt) er altid udeladt.

# %% tags=["parameters"]
FORUM = None
YEARS = None
MIN_MEETINGS = 2

# %%
charts.setup_notebook()
t = metrics.select(analysis.load(), forum=FORUM, years=YEARS)
kilde = metrics.source_line(t, include_standing=False)
periode = (t["meetings"]["date"].min(), t["meetings"]["date"].max())
print(kilde)

# %% [markdown]
# ## Journalnumre på flere møder
#
# Én række pr. sag; prikkerne er møderne, farven beslutningen på mødet.

# %%
forloeb = metrics.case_threads(t, min_meetings=MIN_MEETINGS)
charts.case_timeline_chart(forloeb, kilde, date_range=periode).show()
display(
    metrics.to_danish(
        forloeb[["thread", "date", "title", "decision_label", "appearance", "n_meetings"]]
    )
)

# %% [markdown]
# ## KLE-emner, der går igen
#
# Nye sager om det samme emne får nye journalnumre (fx budgetprocessen hvert år). Grupperet
# på KLE-emnet i stedet for journalnummeret ses de emner, forummet vender tilbage til.

# %%
emner = metrics.case_threads(t, min_meetings=MIN_MEETINGS, by="kle_code")
charts.case_timeline_chart(
    emner,
    kilde,
    date_range=periode,
    rows=("KLE-emne", "KLE-emner"),
    title="KLE-emner, der går igen",
).show()

# %% [markdown]
# ## Politikområder over tid
#
# Punkter med KLE-journalnummer fordelt på KLE's hovedgrupper.

# %%
kle = metrics.kle_main_groups_by_year(t)
charts.kle_main_groups_chart(kle, kilde).show()
display(metrics.to_danish(kle[kle["n_items"] > 0]))

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
from analysis import charts, metrics, questions

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
alle = metrics.select(analysis.load(), forum=FORUM, years=YEARS)
t = questions.selection("04-case-timeline", alle)
print(questions.source("04-case-timeline", alle))

# %% [markdown]
# ## Journalnumre på flere møder
#
# Én række pr. sag; prikkerne er møderne, farven beslutningen på mødet.

# %%
forloeb = metrics.case_threads(t, min_meetings=MIN_MEETINGS)
questions.figure("04-case-timeline", alle, df=forloeb).show()
kolonner = ["thread", "thread_title", "date", "title", "decision_label", "appearance"]
display(metrics.to_danish(forloeb[[*kolonner, "n_meetings"]]))

# %% [markdown]
# ## KLE-emner, der går igen
#
# Nye sager om det samme emne får nye journalnumre (fx budgetprocessen hvert år). Grupperet
# på KLE-emnet i stedet for journalnummeret ses de emner, forummet vender tilbage til.

# %%
emner = metrics.case_threads(t, min_meetings=MIN_MEETINGS, by="kle_code")
questions.figure("04-kle-subject-timeline", alle, df=emner).show()

# %% [markdown]
# ## Politikområder over tid
#
# Punkter med KLE-journalnummer fordelt på KLE's hovedgrupper.

# %%
kle = questions.data("04-kle-main-groups", alle)
questions.figure("04-kle-main-groups", alle).show()
display(metrics.to_danish(kle[kle["n_items"] > 0]))

# %% [markdown]
# # 03 · Hvordan punkterne afgøres
#
# Hvilke typer beslutninger træffer forummet, inden for hvilke temaer, og følger
# beslutningen indstillingen? Notebooken viser også de punkter, der blev udsat, og om de
# kom igen, samt de opfølgningsopgaver, beslutningerne pålægger nogen.
#
# Beslutningstypen findes i punktets Beslutning (fx "godkendte", "drøftede", "tog … til
# efterretning"); betegnelserne står i `analysis.vocab.DECISION_TYPES`.

# %%
from IPython.display import display

import analysis
from analysis import charts, metrics, questions

# %% [markdown]
# ## Udvalg
#
# `FORUM` og `YEARS` afgrænser materialet (`None` = alt). De faste punkter er udeladt:
# godkendelsen af dagsordenen ville ellers fylde "Godkendt" op. Reglen står ét sted
# (`analysis.questions`), så tallene er de samme som i `minutes charts` og årsoversigten.

# %% tags=["parameters"]
FORUM = None
YEARS = None

# %%
charts.setup_notebook()
alle = metrics.select(analysis.load(), forum=FORUM, years=YEARS)
t = questions.selection("03-decisions-by-year", alle)
print(questions.source("03-decisions-by-year", alle))

# %% [markdown]
# ## Beslutningstyper over tid

# %%
questions.figure("03-decisions-by-year", alle).show()

# %% [markdown]
# ## Beslutningstyper pr. tema
#
# Antallet af punkter i hvert tema står i parentes; med få punkter er andelene usikre.

# %%
questions.figure("03-decisions-by-theme", alle).show()

# %% [markdown]
# ## Beslutningstyper pr. politikområde
#
# Det samme set efter fagområde: afgøres punkter om fx skole eller planlægning, eller
# bliver de drøftet og taget til efterretning? Tabellen samler typerne i afgjort, kun
# drøftet/orienteret og udsat.

# %%
questions.figure("03-decisions-by-policy-area", alle).show()
display(
    metrics.to_danish(
        metrics.decision_handling_by_policy_area(t)[
            ["area_label", "n_items", "decided_share", "talked_share", "postponed_share"]
        ]
    )
)

# %% [markdown]
# ## Beslutningstyper i hvert forum
#
# Rummer materialet mere end ét forum, står fora her side om side. De afgørende typer
# (godkendt, anbefalet, besluttet, videresendt, afvist) står først i hver søjle, så
# andelen, forummet afgjorde, kan aflæses fra venstre. Tabellen har tallene.

# %%
fora = metrics.forums_present(t)
if questions.applies("03-decisions-by-forum", alle):
    questions.figure("03-decisions-by-forum", alle).show()
    display(
        metrics.to_danish(
            metrics.forum_overview(t)[
                ["forum_label", "n_items", "n_deciding", "share_deciding", "share_talking"]
            ]
        )
    )
else:
    print(f"Materialet rummer ét forum ({metrics.join_da(fora)}): intet at sammenligne.")

# %% [markdown]
# ## Fulgte beslutningen indstillingen?
#
# "Fulgte" betyder, at beslutningen gjorde det, indstillingen bad om (fx godkendte,
# hvor der blev indstillet til godkendelse). "Kan ikke vurderes" dækker punkter uden
# indstilling eller uden beslutning.

# %%
fulgt = questions.data("03-recommendation-followed", alle)
questions.figure("03-recommendation-followed", alle).show()
display(metrics.to_danish(fulgt))

# %% [markdown]
# ## Udsatte punkter – kom de igen?
#
# Et udsat punkt regnes for at være kommet igen, når et senere møde har et punkt med
# samme journalnummer (ikke de faste numre) eller samme titel. Der ledes i alle år for
# forummet, ikke kun i de valgte.

# %%
udsat = metrics.postponed_items(alle)
print(f"{len(udsat)} udsatte punkter, heraf {int(udsat['came_back'].sum())} kommet igen")
display(metrics.to_danish(udsat.drop(columns=["item_id", "next_item_id"])))

# %% [markdown]
# ## Opfølgningsopgaver
#
# Sætninger i beslutningerne, der pålægger nogen en opgave ("Økonomi udarbejder …").

# %%
display(metrics.to_danish(metrics.follow_up_tasks(alle).drop(columns=["item_id"])))

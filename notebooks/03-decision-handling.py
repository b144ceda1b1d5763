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
from analysis import charts, metrics

# %% [markdown]
# ## Udvalg
#
# `FORUM` og `YEARS` afgrænser materialet (`None` = alt). De faste punkter er som
# standard udeladt: godkendelsen af dagsordenen ville ellers fylde "Godkendt" op.

# %% tags=["parameters"]
FORUM = None
YEARS = None
INCLUDE_STANDING = False

# %%
charts.setup_notebook()
alle = metrics.select(analysis.load(), forum=FORUM, years=YEARS)
t = metrics.select(alle, include_standing=INCLUDE_STANDING)
kilde = metrics.source_line(alle, include_standing=INCLUDE_STANDING)
print(kilde)

# %% [markdown]
# ## Beslutningstyper over tid

# %%
charts.decision_types_by_year_chart(metrics.decision_types_by_year(t), kilde).show()

# %% [markdown]
# ## Beslutningstyper pr. tema
#
# Antallet af punkter i hvert tema står i parentes; med få punkter er andelene usikre.

# %%
charts.decision_types_by_theme_chart(metrics.decision_types_by_theme(t), kilde).show()

# %% [markdown]
# ## Beslutningstyper i hvert forum
#
# Rummer materialet mere end ét forum, står fora her side om side. De afgørende typer
# (godkendt, anbefalet, besluttet, videresendt, afvist) står først i hver søjle, så
# andelen, forummet afgjorde, kan aflæses fra venstre. Tabellen har tallene.

# %%
fora = metrics.forums_present(t)
if len(fora) > 1:
    charts.decision_types_by_forum_chart(metrics.decision_types_by_forum(t), kilde).show()
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
fulgt = metrics.recommendation_followed_by_year(t)
charts.recommendation_followed_chart(fulgt, kilde).show()
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

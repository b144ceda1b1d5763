# %% [markdown]
# # 02 · Temaer over tid
#
# Hvad bruger forummet sin opmærksomhed på? Hvert punkt får temaer fra den kuraterede
# taksonomi (`src/analysis/data/themes.yaml`); det primære tema er det med højest score.
# Notebooken viser temaernes andel af punkterne og af mødetiden år for år, hvilke temaer
# der går igen fra møde til møde, og hvilke emner taksonomien ikke fanger.

# %%
from IPython.display import display

import analysis
from analysis import charts, metrics

# %% [markdown]
# ## Udvalg
#
# `FORUM` og `YEARS` afgrænser materialet (`None` = alt). De faste punkter (godkendelse
# af dagsorden, eventuelt) er som standard udeladt, fordi de står på hvert møde og ikke
# siger noget om, hvad forummet arbejder med; sæt `INCLUDE_STANDING = True` for at tage
# dem med.

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
# ## Temaernes andel af punkterne
#
# Hvert punkt tælles under sit primære tema. Punkter uden tema står som "Andet".

# %%
andele = metrics.theme_share_by_year(t)
charts.theme_share_chart(andele, kilde).show()

# %% [markdown]
# ## Temaernes andel af mødetiden
#
# Kun for år, hvor referaterne angiver tid pr. punkt. Er der kun ét sådant år, er
# figuren et øjebliksbillede, ikke en udvikling.

# %%
charts.theme_share_chart(andele, kilde, measure="minutes").show()

# %% [markdown]
# Tallene bag figurerne (antal punkter og minutter pr. tema og år):

# %%
display(
    metrics.to_danish(
        andele[andele["n_items"] > 0][
            ["year", "theme_label", "n_items", "item_share", "minutes", "minutes_share"]
        ]
    )
)

# %% [markdown]
# ## Temaer i hvert forum
#
# Rummer materialet mere end ét forum, viser figuren hvert temas andel af forummets
# punkter, fora side om side. Andelene regnes inden for hvert forum, så et forum med få
# punkter kan sammenlignes med et med mange; antallet af punkter står under navnet.

# %%
fora = metrics.forums_present(t)
if len(fora) > 1:
    charts.theme_share_by_forum_chart(metrics.theme_share_by_forum(t), kilde).show()
else:
    print(f"Materialet rummer ét forum ({metrics.join_da(fora)}): intet at sammenligne.")

# %% [markdown]
# ## Temaer, der går igen
#
# Hver celle er antallet af punkter på mødet med temaet. Her tæller alle et punkts temaer,
# ikke kun det primære, så et punkt om budgettet for en politik tæller under begge.

# %%
charts.theme_heatmap(metrics.theme_meeting_matrix(t), kilde).show()

# %% [markdown]
# ## Emner, som taksonomien ikke fanger
#
# Emnerne er fundet automatisk (NMF på ordenes grundform) i alle punkter, uanset tema.
# Et emne, der ikke deler ord med noget tema, er et bud på et tema, taksonomien mangler.
# Vægten er emnets andel af den samlede emnevægt i udvalget.

# %%
emner = metrics.topic_overview(alle)
charts.topics_chart(emner, metrics.source_line(alle)).show()
display(metrics.to_danish(emner[["topic", "top_terms", "covered_label", "missed", "weight"]]))

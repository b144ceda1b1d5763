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
from analysis import charts, metrics, questions

# %% [markdown]
# ## Udvalg
#
# `FORUM` og `YEARS` afgrænser materialet (`None` = alt). De faste punkter (godkendelse
# af dagsorden, eventuelt) er udeladt, fordi de står på hvert møde og ikke siger noget om,
# hvad forummet arbejder med. Reglen står ét sted (`analysis.questions`), så figurerne her
# har de samme tal som `minutes charts` og årsoversigten.

# %% tags=["parameters"]
FORUM = None
YEARS = None

# %%
charts.setup_notebook()
alle = metrics.select(analysis.load(), forum=FORUM, years=YEARS)
print(questions.source("02-theme-share-items", alle))

# %% [markdown]
# ## Temaernes andel af punkterne
#
# Hvert punkt tælles under sit primære tema. Punkter uden tema står som "Andet".

# %%
andele = questions.data("02-theme-share-items", alle)
questions.figure("02-theme-share-items", alle).show()

# %% [markdown]
# ## Temaernes andel af mødetiden
#
# Kun for år, hvor referaterne angiver tid pr. punkt. Er der kun ét sådant år, er
# figuren et øjebliksbillede, ikke en udvikling.

# %%
questions.figure("02-theme-share-minutes", alle).show()

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
# ## Politikområder
#
# Temaerne ovenfor følger forummets egne styringsredskaber (budget, politikker,
# målplaner …). Politikområdet siger, hvilket fagområde et punkt handler om (skole,
# ældre, planlægning, trafik …), med de samme områder for alle fora og kommuner
# (`src/analysis/data/policy_areas.yaml`; et KLE-journalnummer afgør området). Hver
# kolonne er et år; procenterne summerer til 100 inden for året, og n er årets punkter.

# %%
omraader = questions.data("02-policy-area-share", alle)
questions.figure("02-policy-area-share", alle).show()
display(
    metrics.to_danish(
        omraader[omraader["n_items"] > 0][["year", "area_label", "n_items", "item_share"]]
    )
)

# %% [markdown]
# ## Temaer i hvert forum
#
# Rummer materialet mere end ét forum, viser figuren hvert temas andel af forummets
# punkter, fora side om side. Andelene regnes inden for hvert forum, så et forum med få
# punkter kan sammenlignes med et med mange; antallet af punkter står under navnet.

# %%
fora = metrics.forums_present(alle)
if questions.applies("02-theme-share-by-forum", alle):
    questions.figure("02-theme-share-by-forum", alle).show()
else:
    print(f"Materialet rummer ét forum ({metrics.join_da(fora)}): intet at sammenligne.")

# %% [markdown]
# ## Temaer, der går igen
#
# Hver celle er antallet af punkter på mødet med temaet. Her tæller alle et punkts temaer,
# ikke kun det primære, så et punkt om budgettet for en politik tæller under begge.

# %%
questions.figure("02-theme-heatmap", alle).show()

# %% [markdown]
# ## Emner, som taksonomien ikke fanger
#
# Emnerne er fundet automatisk (NMF på ordenes grundform) i alle punkter, uanset tema.
# Et emne, der ikke deler ord med noget tema, er et bud på et tema, taksonomien mangler.
# Vægten er emnets andel af den samlede emnevægt i udvalget.

# %%
emner = questions.data("02-topics", alle)
questions.figure("02-topics", alle).show()
display(metrics.to_danish(emner[["topic", "top_terms", "covered_label", "missed", "weight"]]))

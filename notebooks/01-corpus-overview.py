# %% [markdown]
# # 01 · Overblik over materialet
#
# Hvad ligger der i data? Notebooken viser, hvor mange møder og punkter referaterne
# dækker, hvor lange møderne er (hvor referaterne angiver tid), hvilke afsnit punkterne
# har, og om alle referatfiler er læst uden problemer.
#
# Tabellerne bygges med `make all` (eller `.venv/bin/minutes build`) og læses med
# `analysis.load()`. Alle figurer kan gemmes i slide-størrelse med
# `analysis.export.save_figure(fig, "sti/navn")`.

# %%
from IPython.display import display

import analysis
from analysis import charts, metrics, questions

# %% [markdown]
# ## Udvalg
#
# Sæt `FORUM` til et forum (fx `"Chefforum"`) eller en liste af fora, og `YEARS` til et
# år eller en liste af år. `None` betyder alle.

# %% tags=["parameters"]
FORUM = None
YEARS = None

# %%
charts.setup_notebook()
t = metrics.select(analysis.load(), forum=FORUM, years=YEARS)
print(metrics.source(t))

# %% [markdown]
# ## Tabellerne
#
# Antal rækker i hver tabel i udvalget. Kolonnerne er beskrevet i `docs/tables.md`.

# %%
display(metrics.to_danish(metrics.table_counts(t)))

# %% [markdown]
# ## Møder pr. år

# %%
questions.figure("01-meetings-per-year", t).show()

# %% [markdown]
# ## Punkter og mødetid pr. møde
#
# Mødetiden er summen af den tid, referatet angiver pr. punkt ("(10 min.)"). Ældre
# referater angiver ingen tid; de står som "ingen tid angivet".

# %%
moeder = questions.data("01-items-per-meeting", t)
questions.figure("01-items-per-meeting", t).show()
questions.figure("01-minutes-per-meeting", t).show()
display(metrics.to_danish(moeder))

# %% [markdown]
# ## Fora side om side
#
# Rummer materialet referater fra mere end ét forum (fx Chefforum og Økonomiudvalget, eller
# byråd i flere kommuner), står de her ved siden af hinanden: møder og punkter pr. år og
# nøgletal pr. forum. "Afgjort" er punkter, der blev godkendt, besluttet, anbefalet,
# videresendt eller afvist; "kun drøftet/orienteret" er punkter, der blev drøftet eller
# taget til efterretning. Med ét forum er der intet at sammenligne.

# %%
fora = metrics.forums_present(t)
if questions.applies("01-forum-comparison", t):
    questions.figure("01-forum-comparison", t).show()
    display(metrics.to_danish(metrics.forum_overview(t)))
else:
    print(f"Materialet rummer ét forum ({metrics.join_da(fora)}): intet at sammenligne.")

# %% [markdown]
# ## Afsnit i punkterne
#
# Hvor stor en andel af punkterne har hvert afsnit? De faste afsnit (Anledning, Resumé,
# Sagsfremstilling, Indstilling, Beslutning, Bilag) står først, derefter andre
# overskrifter efter hyppighed.

# %%
questions.figure("01-sections", t).show()

# %% [markdown]
# ## Referatfilerne: status og dækning
#
# Hver rå fil ender som **OK**, **Advarsel** (læst, men noget var usædvanligt) eller
# **Afvist** (ikke læst; beskeden siger hvorfor). Dækningen er den andel af filens tekst,
# der er havnet i en tabel.

# %%
display(metrics.to_danish(metrics.manifest_status(t)))
questions.figure("01-file-coverage", t).show()

# %% [markdown]
# ## Møder, som referaterne nævner, men som mangler
#
# Referaterne nævner andre møder i forummet ("På Chefforum den 9. december 2021 …",
# "referatet fra mødet den …"). Står et sådant møde ikke i materialet, mangler dets
# referat: tallene ovenfor bygger så på færre møder, end forummet holdt.

# %%
mangler = metrics.missing_meetings(t)
print(f"{len(mangler)} nævnte møder mangler i materialet")
display(metrics.to_danish(mangler))

# %% [markdown]
# ## Advarsler fra indlæsningen
#
# Én række pr. advarsel eller afvisning. En tom tabel betyder, at alle filer blev læst
# uden bemærkninger.

# %%
advarsler = metrics.parse_warnings(t)
print(f"{len(advarsler)} advarsler")
display(metrics.to_danish(advarsler))

# %% [markdown]
# # 05 · Søg i punkterne
#
# Find punkter ud fra et ord eller en frase. Søgningen sammenligner ordenes grundform,
# så "budgettet" også finder "budget" og "budgetter", og "borgermødet" finder
# "Borgermøde". Resultatet viser dato, titel, beslutning og et uddrag med søgeordet
# fremhævet.

# %%
from IPython.display import HTML, display

import analysis
from analysis import metrics, search

# %% [markdown]
# ## Søgning
#
# Skriv søgeordet i `QUERY`. Ordet findes altid også som sidste led i et sammensat ord
# ("politik" finder "dagtilbudspolitikken", "budget" finder "anlægsbudgettet");
# `COMPOUNDS = True` finder det også som første led ("budget" finder så "Budgetproces").
# Forkortelser med store bogstaver (MED, ØU) søges, som de er skrevet, så "MED" ikke
# finder "med". `FORUM` og `YEARS` afgrænser som i de andre notebooks.

# %% tags=["parameters"]
QUERY = "budgettet"
COMPOUNDS = False
FORUM = None
YEARS = None

# %%
t = analysis.load()
fundet = search.find_items(t, QUERY, forum=FORUM, years=YEARS, compounds=COMPOUNDS)
print(f"{len(fundet)} punkter indeholder »{QUERY}«")
display(HTML(search.to_html(fundet)))

# %% [markdown]
# Som tabel, til videre arbejde (fx `fundet.to_excel(...)`):

# %%
display(metrics.to_danish(fundet.drop(columns=["item_id"])))

# %% [markdown]
# ## En frase
#
# Flere ord skal stå lige efter hinanden, hver i en hvilken som helst bøjning.

# %%
display(HTML(search.to_html(search.find_items(t, "borgermødet om budget", FORUM, YEARS))))

# %% [markdown]
# ## Sammensatte ord
#
# Samme ord med `compounds=True`: også punkter, hvor ordet kun står som første led i et
# sammensat ord (fx "Budgetproces").

# %%
bredt = search.find_items(t, "budget", FORUM, YEARS, compounds=True)
print(f"{len(bredt)} punkter")
display(HTML(search.to_html(bredt)))

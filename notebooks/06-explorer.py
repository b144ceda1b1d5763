# %% [markdown]
# # 06 · Udforsk referaterne
#
# Den samme udforsker som `minutes explore` (der åbner den i browseren): filtre på tværs
# af alle år og fora, klik på en søjle for at se punkterne bag den, et ord over tid og de
# gemte søgninger i `watchlist.yaml`. Tallene kommer fra de samme beregninger som de
# andre notebooks og årsoversigten.
#
# Her vises den i notebooken. Links til referatfilerne virker kun, når udforskeren køres
# med `minutes explore`, som også stiller filerne til rådighed.

# %%
from IPython.display import display

import analysis
from analysis import metrics
from analysis.explore import app, views

# %% [markdown]
# ## Indstillinger
#
# `WATCHLIST` peger på en anden fil med gemte søgninger; `None` bruger projektets
# `watchlist.yaml` (findes den ikke, er fanen tom).

# %% tags=["parameters"]
WATCHLIST = None

# %%
t = analysis.load()
print(metrics.source_line(t))
display(app.app(corpus=views.Corpus(t), watchlist_file=WATCHLIST))

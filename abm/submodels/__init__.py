"""The model's submodels, one module each (``docs/ODD.md`` section 7 maps them one to one).

Each takes arrays, agents and values and returns results; :meth:`abm.model.PowerMarketModel.step`
calls them in order.
"""

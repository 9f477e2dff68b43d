"""Pure economics of gridrush: protocol rules, finance, markets, grid and exogenous paths.

No Mesa, no I/O, no global state: every function takes its inputs as arguments and works
on numpy arrays, so it can be tested against hand-computed values and reused outside the
model.
"""

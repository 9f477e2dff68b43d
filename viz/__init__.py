"""Interactive visual session of gridrush (Solara, Mesa SolaraViz)."""

"""Views of a Reading: every table's schema and the one filter over a reading (``tables``), the
casualty ledger (``ledger``), the highlighted article (``render``), the figures (``plots`` over the
drawing layer ``chart``), the explorer's widgets (``widgets``), the briefing shared as one HTML page
(``briefing``), the switch that makes notebooks readable without JavaScript (``sharing``) and the
words they share (``wording``). They present what the analysis recorded and never parse: none can
reach spaCy."""

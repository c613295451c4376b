"""The analysis, the only part of the workbench that runs spaCy: ``pipeline.read`` parses an
Article (``nlp`` loads the model, ``token_rules`` and ``repairs`` run inside it) and turns the Doc
into plain records: named mentions grouped into actors (``entities``, ``descriptions``,
``actors``), attributed claims and their sources (``claims``, ``cues``, ``sources``), casualty
figures with their parties and claimants (``casualties``, ``harm``, ``quantities``, ``parties``),
and the sides of the story (``sides``). Word lists are data, in the ``lexicon`` modules. The Doc
is dropped once the records are made."""

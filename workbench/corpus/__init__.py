"""Many articles: reading files and folders in one process, in worker processes or on a Dask
cluster, with a cache of readings (``corpus``, ``cache``); the command line (``cli``); and scoring
readings against gold annotations (``evaluate``)."""

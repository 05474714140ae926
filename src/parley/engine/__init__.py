"""Running the pipeline over many articles: in-process or a process pool."""

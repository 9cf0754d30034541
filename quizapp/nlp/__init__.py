"""The language core: article text in, quiz items out. Knows nothing of Flask or the database."""

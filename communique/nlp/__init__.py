"""spaCy stage: load the English pipeline once per process and split documents into sentences."""

from communique.nlp.pipeline import DEFAULT_MODELS, get_nlp, parse_documents, sentences_of

__all__ = ["DEFAULT_MODELS", "get_nlp", "parse_documents", "sentences_of"]

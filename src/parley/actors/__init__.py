"""The actor knowledge base (packaged YAML files) and matching of mentions to actors."""

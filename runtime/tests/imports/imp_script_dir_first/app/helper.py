"""The helper next to the script: this one must be found."""
WHERE = "helper in app/"

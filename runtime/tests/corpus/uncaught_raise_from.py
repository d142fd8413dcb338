# uncaught exception raised `from` another: last stderr line is the final one
class ConfigError(Exception):
    pass


def load(text):
    settings = {}
    for line in text.splitlines():
        key, value = line.split("=")
        settings[key.strip()] = value.strip()
    return settings


def read_config(text):
    try:
        return load(text)
    except ValueError as e:
        raise ConfigError("bad config line") from e


print(read_config("a = 1\nb = 2"))
read_config("a = 1\nbroken line\n")

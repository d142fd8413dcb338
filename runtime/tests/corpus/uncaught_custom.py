# uncaught custom exception subclass with a message
class ValidationError(ValueError):
    pass


class SchemaError(ValidationError):
    def __init__(self, field, problem):
        super().__init__("field %r: %s" % (field, problem))
        self.field = field


def validate(record):
    for k in ("id", "name", "age"):
        if k not in record:
            raise SchemaError(k, "is required")
    if record["age"] < 0:
        raise SchemaError("age", "must be non-negative")
    return True


print(validate({"id": 1, "name": "a", "age": 3}))
try:
    validate({"id": 2})
except ValidationError as e:
    print("handled:", e, e.field)
validate({"id": 3, "name": "c", "age": -1})

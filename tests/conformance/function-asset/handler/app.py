import os


def handler(event, context):
    return {"endpoint": os.environ["DB_ENDPOINT"], "detail": event.get("detail-type")}

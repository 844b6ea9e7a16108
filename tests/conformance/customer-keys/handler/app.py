import os


def handler(event, context):
    return {"topic": os.environ["TOPIC_ARN"], "detail": event.get("detail-type")}

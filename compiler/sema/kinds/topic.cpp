#include "sema/kinds/kind_helpers.h"

namespace migc::sema {
using namespace kinds;

const KindSchema& topicSchema() {
  static const KindSchema schema = [] {
    static const KindSchema subscription = [] {
      KindSchema b{"subscription", "A subscriber of the topic.", {}, {}};
      required(b.field("protocol", types::oneOf({"email", "sqs", "lambda", "https", "sms"}), "How messages are delivered."));
      required(b.field("endpoint", types::string(), "Where: an address, queue ARN, function ARN or URL."));
      return b;
    }();
    KindSchema s{"topic", "An SNS topic for alarm and event notifications.", {}, {}};
    s.field("display_name", types::string(), "The name shown in e-mail notifications.");
    s.field("key", types::ref("key"), "The KMS key that encrypts messages at rest.");
    s.field("subscription", types::block(subscription, true), "A subscriber; repeat the block for several.");
    s.attribute("arn", types::string(), "The topic ARN.");
    s.attribute("name", types::string(), "The topic name.");
    return s;
  }();
  return schema;
}

}  // namespace migc::sema

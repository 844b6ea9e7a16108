#include "sema/kinds/kind_helpers.h"

namespace migc::sema {
using namespace kinds;

const KindSchema& sourceSchema() {
  static const KindSchema schema = [] {
    KindSchema s{"source", "The on-premises database being migrated (reached by DMS over VPN or Direct Connect).", {}, {}};
    required(s.field("engine", types::engine(), "Engine and version: postgres(\"15\"), mysql(\"8.0\"), mariadb(\"10.11\"), oracle(\"19\") or sqlserver(\"2019\")."));
    required(s.field("host", types::string(), "Host name or address of the source database."));
    FieldSchema& port = s.field("port", types::integer(), "Port (default: the engine's).");
    port.min = 1;
    port.max = 65535;
    required(s.field("database", types::string(), "Database (or Oracle service) name."));
    required(s.field("credentials", types::ref("secret"), "Secret with the replication user's name and password."));
    s.field("tls", types::oneOf({"none", "require", "verify_ca", "verify_full"}), "TLS mode for the DMS connection.")
        .default_value = enumValue("require");
    return s;
  }();
  return schema;
}

}  // namespace migc::sema

#pragma once

#include "workspace.h"

#include <QSslConfiguration>

namespace Wk {

// The TLS settings of a connection as Qt takes them: the system's CAs, or only those of
// tls.caFile when it names one that holds certificates, and no verification when asked for.
// caFileWithoutCertificates (optional) says a named ca_file held none.
QSslConfiguration sslConfigurationFor(const TlsConfig &tls,
                                      bool *caFileWithoutCertificates = nullptr);

} // namespace Wk

#include "tls.h"

#include <QSslCertificate>
#include <QSslSocket>

namespace Wk {

QSslConfiguration sslConfigurationFor(const TlsConfig &tls, bool *caFileWithoutCertificates)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    bool empty = false;
    if (!tls.caFile.isEmpty()) {
        const auto certs = QSslCertificate::fromPath(tls.caFile);
        if (certs.isEmpty())
            empty = true;
        else
            ssl.setCaCertificates(certs);
    }
    if (tls.insecureSkipVerify)
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (caFileWithoutCertificates)
        *caFileWithoutCertificates = empty;
    return ssl;
}

} // namespace Wk

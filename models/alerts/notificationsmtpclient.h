#pragma once

#include "notificationattempt.h"

#include "models/config/workspace.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace Wk {

// Hands one message to an SMTP relay: EHLO (HELO if refused), STARTTLS and EHLO again when
// asked for (or TLS from the start), AUTH PLAIN or LOGIN when a user is given (only over TLS),
// MAIL FROM, RCPT TO, DATA with dot-stuffing, QUIT. Replies 4xx are transient, 5xx permanent;
// a relay without STARTTLS when it is required, a certificate that does not verify, or
// rejected credentials are permanent. The I/O timeout counts real time from the last byte.
class NotificationSmtpClient final : public QObject
{
    Q_OBJECT
public:
    struct Message
    {
        QString host;
        quint16 port = 25;
        QString hello; // empty = the local host name
        QString from;
        QString to;
        QByteArray data; // the RFC 5322 message, headers and body
        qint64 timeoutMs = 30'000;
        enum class Security { Plain, StartTls, Tls };
        Security security = Security::Plain;
        TlsConfig tls;
        QString username; // empty: no AUTH
        QString password;
    };
    using Callback = std::function<void(const NotificationAttempt &)>;

    explicit NotificationSmtpClient(QObject *parent = nullptr);
    ~NotificationSmtpClient() override;

    // The callback runs exactly once, from the event loop.
    void send(const Message &message, Callback done);

    // CRLF line ends, a leading '.' doubled, and the closing "." line.
    static QByteArray dataSection(const QByteArray &message);
};

} // namespace Wk

#pragma once

#include "notificationattempt.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace Wk {

// Hands one message to an SMTP relay: EHLO (HELO if refused), MAIL FROM, RCPT TO, DATA with
// dot-stuffing, QUIT. Plain SMTP without authentication or STARTTLS: meant for a local MTA or
// a relay on a trusted network. Replies 4xx are transient, 5xx permanent; the I/O timeout
// counts real time from the last byte received.
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

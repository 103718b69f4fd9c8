#pragma once

#include <QByteArray>
#include <QString>

namespace Wk {

// What one delivery attempt over HTTP or SMTP came to. Transient failures (network errors,
// timeouts, HTTP 5xx and 429, SMTP 4xx) are worth retrying; permanent ones (other HTTP 4xx,
// SMTP 5xx, TLS errors) are not.
struct NotificationAttempt
{
    enum class Status { Ok, Transient, Permanent };

    Status status = Status::Permanent;
    int code = 0;          // the HTTP status or SMTP reply code, 0 when none came back
    QByteArray retryAfter; // HTTP Retry-After as received
    QString error;         // one line: "HTTP 500 Internal Server Error: busy"

    bool ok() const { return status == Status::Ok; }
};

} // namespace Wk

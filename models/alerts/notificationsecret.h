#pragma once

#include "models/core/result.h"

#include <QString>
#include <QStringList>

namespace Wk {

// A webhook URL, routing key or token. It comes from a file (read at each use, so a rotated
// file takes effect without a restart) or from an environment variable expanded when the
// configuration was read; never from plain configuration text. It is never logged: every
// message that could hold it goes through redact().
class NotificationSecret
{
public:
    NotificationSecret() = default;
    static NotificationSecret fromFile(const QString &path);
    static NotificationSecret fromEnvironment(const QString &variable, const QString &value);

    bool isSet() const { return !m_file.isEmpty() || !m_variable.isEmpty(); }
    QString filePath() const { return m_file; }
    QString variable() const { return m_variable; }
    // Where the secret comes from, safe to show: "file /etc/wk/slack-url" or "${SLACK_URL}".
    QString origin() const;

    // The secret now: the file's content without surrounding white space, or the value.
    Result<QString> read() const;

    // text with every form the secrets may take in a URL or a message (as written, percent
    // encoded, decoded, a URL's path and query) replaced by "<secret>".
    static QString redact(QString text, const QStringList &secrets);
    static QString placeholder() { return QStringLiteral("<secret>"); }

private:
    QString m_file;
    QString m_variable;
    QString m_value;
};

} // namespace Wk

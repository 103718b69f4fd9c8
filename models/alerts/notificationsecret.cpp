#include "notificationsecret.h"

#include <QCoreApplication>
#include <QFile>
#include <QUrl>

#include <algorithm>

namespace Wk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Wk::NotificationSecret", text);
}

// Short derived forms (a URL path of "/") would blank out ordinary text; the whole secret is
// always redacted whatever its length.
constexpr qsizetype MinDerivedLength = 8;

void addForms(QStringList &forms, const QString &secret)
{
    forms << secret;
    const auto derived = [&forms](const QString &s) {
        if (s.size() >= MinDerivedLength)
            forms << s;
    };
    derived(QString::fromUtf8(QUrl::toPercentEncoding(secret)));
    derived(QUrl::fromPercentEncoding(secret.toUtf8()));
    const QUrl url(secret, QUrl::StrictMode);
    if (url.isValid() && !url.scheme().isEmpty()) {
        derived(url.toString());
        derived(url.toDisplayString());
        derived(QString::fromUtf8(url.toEncoded()));
        derived(url.path());
        derived(url.path(QUrl::FullyEncoded));
        derived(url.query());
        derived(url.password());
    }
}

} // namespace

NotificationSecret NotificationSecret::fromFile(const QString &path)
{
    NotificationSecret s;
    s.m_file = path;
    return s;
}

NotificationSecret NotificationSecret::fromEnvironment(const QString &variable,
                                                       const QString &value)
{
    NotificationSecret s;
    s.m_variable = variable;
    s.m_value = value;
    return s;
}

QString NotificationSecret::origin() const
{
    if (!m_file.isEmpty())
        return tr("file %1").arg(m_file);
    if (!m_variable.isEmpty())
        return QStringLiteral("${%1}").arg(m_variable);
    return tr("nowhere");
}

Result<QString> NotificationSecret::read() const
{
    if (!m_file.isEmpty()) {
        QFile f(m_file);
        if (!f.open(QIODevice::ReadOnly))
            return Error(tr("cannot read the secret file %1: %2").arg(m_file, f.errorString()));
        const QString value = QString::fromUtf8(f.read(64 * 1024)).trimmed();
        if (value.isEmpty())
            return Error(tr("the secret file %1 is empty").arg(m_file));
        return value;
    }
    if (m_variable.isEmpty())
        return Error(tr("no secret is configured"));
    if (m_value.isEmpty())
        return Error(tr("the environment variable %1 is empty").arg(m_variable));
    return m_value;
}

QString NotificationSecret::redact(QString text, const QStringList &secrets)
{
    QStringList forms;
    for (const QString &s : secrets) {
        if (!s.isEmpty())
            addForms(forms, s);
    }
    // Longest first, so a URL is replaced whole before its path would be.
    std::sort(forms.begin(), forms.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    forms.removeDuplicates();
    for (const QString &f : std::as_const(forms))
        text.replace(f, placeholder());
    return text;
}

} // namespace Wk

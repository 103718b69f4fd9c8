#include "auditentry.h"

#include <QDateTime>

namespace Wk {

QString AuditEntry::csvField(const QString &value)
{
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') ||
                       value.contains(u'\r');
    if (!quote)
        return value;
    QString v = value;
    v.replace(u'"', QStringLiteral("\"\""));
    return u'"' + v + u'"';
}

QByteArray AuditEntry::toCsv(const QList<AuditEntry> &entries)
{
    QString out = QStringLiteral("time,actor,action,target,details,reason\r\n");
    for (const AuditEntry &e : entries) {
        const QStringList fields{
            QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODateWithMs),
            e.actor,
            e.action,
            e.target,
            e.details,
            e.reason};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        out += quoted.join(u',');
        out += QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace Wk

#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Wk {

// One line of the alerts audit log: who did what to which alert, silence or window, when and why.
struct AuditEntry
{
    // Actions as written in the log.
    static inline const QString Acknowledge = QStringLiteral("acknowledge");
    static inline const QString Unacknowledge = QStringLiteral("unacknowledge");
    static inline const QString AckEnded = QStringLiteral("ack-ended"); // resolved or expired
    static inline const QString SilenceCreate = QStringLiteral("silence-create");
    static inline const QString SilenceEdit = QStringLiteral("silence-edit");
    static inline const QString SilenceExpire = QStringLiteral("silence-expire");
    static inline const QString MaintenanceAdd = QStringLiteral("maintenance-add");
    static inline const QString MaintenanceEdit = QStringLiteral("maintenance-edit");
    static inline const QString MaintenanceRemove = QStringLiteral("maintenance-remove");

    qint64 id = 0; // database row, increasing
    qint64 atMs = 0;
    QString actor;
    QString action;
    QString target;  // alert fingerprint, silence id or maintenance window id
    QString details; // what, in words: the alert, the matchers, the times
    QString reason;  // why: the note or comment given

    // RFC 4180 CSV with a header line: time (ISO 8601, UTC), actor, action, target, details,
    // reason; CRLF line ends; fields with commas, quotes or line breaks quoted, quotes doubled.
    static QByteArray toCsv(const QList<AuditEntry> &entries);
    static QString csvField(const QString &value);
};

} // namespace Wk

Q_DECLARE_METATYPE(Wk::AuditEntry)

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Wk {

// One line of an incident's timeline: what happened, who did it and when. Entries are only
// ever appended; `text` is what a reader sees, `data` a stable machine value where one exists
// (the SLA that was breached, an alert's fingerprint, "detection>assessment" for a move).
struct TimelineEntry
{
    Q_DECLARE_TR_FUNCTIONS(Wk::TimelineEntry)
public:
    enum class Kind {
        Created,
        Note,
        StageChange,
        SeverityChange,
        Acknowledgement,
        AlertFired,
        AlertResolved,
        SlaBreach,
        CommanderChange,
        AssigneesChange,
        TitleChange,
        ImpactChange,
        Communication,
        ActionItem,
    };

    qint64 id = 0; // database id; 0 while the entry waits in the offline queue
    Kind kind = Kind::Note;
    QString who;
    qint64 atMs = 0;
    QString text;
    QString data;
    bool pending = false; // queued while the database is unreachable, not yet stored

    // "note", "stage", ...: stable keys stored in the database.
    static QString kindKey(Kind kind);
    static std::optional<Kind> parseKind(QStringView key);
    // "Note", "Stage change", ... (translated).
    static QString kindName(Kind kind);

    QJsonObject toJson() const;
    static TimelineEntry fromJson(const QJsonObject &object);

    bool operator==(const TimelineEntry &other) const = default;
};

} // namespace Wk

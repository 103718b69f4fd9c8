#pragma once

#include "models/core/result.h"
#include "models/metrics/labelmatcher.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QStringList>
#include <QTime>

#include <optional>

class QDate;
class QTimeZone;

namespace Wk {

// A planned period in which alerts are suppressed: one-off (start, end) or weekly (weekdays, a
// local start time, a duration, an IANA time zone). By default it suppresses every alert except
// severity=critical, as the guide asks (critical system failures are never suppressed); matchers
// narrow it further.
struct MaintenanceWindow
{
    Q_DECLARE_TR_FUNCTIONS(Wk::MaintenanceWindow)
public:
    enum class Kind { OneOff, Weekly };

    struct Occurrence
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
        bool contains(qint64 t) const { return startMs <= t && t < endMs; }
        friend bool operator==(const Occurrence &, const Occurrence &) = default;
    };

    struct Validation
    {
        QStringList errors;   // the window cannot be saved
        QStringList warnings; // it can, but departs from the guide
        bool ok() const { return errors.isEmpty(); }
    };

    // The guide: maintenance windows last 2 to 4 hours.
    static constexpr qint64 RecommendedMinMs = 2 * 3'600'000ll;
    static constexpr qint64 RecommendedMaxMs = 4 * 3'600'000ll;

    qint64 id = 0; // database row; 0 before it is saved
    QString name;
    Kind kind = Kind::OneOff;
    // One-off.
    qint64 startsAtMs = 0;
    qint64 endsAtMs = 0;
    // Weekly: bit (day - 1) for Qt::Monday (1) ... Qt::Sunday (7).
    int weekdays = 0;
    QTime startTime;
    qint64 durationMs = 0;
    QByteArray timeZone = "UTC"; // IANA id, e.g. "Europe/Berlin"
    // Narrowing; empty = every alert (critical ones only with suppressCritical).
    LabelMatchers matchers;
    bool suppressCritical = false;
    QString createdBy;
    QString comment;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    void setWeekday(Qt::DayOfWeek day, bool on = true);
    bool hasWeekday(Qt::DayOfWeek day) const;
    qint64 length() const { return kind == Kind::OneOff ? endsAtMs - startsAtMs : durationMs; }

    // The occurrence in force at t, if any.
    std::optional<Occurrence> occurrenceAt(qint64 t) const;
    // The occurrence in force at t, or else the next one to start; nothing when none is left.
    std::optional<Occurrence> nextOccurrence(qint64 t) const;
    bool isActiveAt(qint64 t) const { return occurrenceAt(t).has_value(); }
    // Whether the window covers an alert with these labels (severity rule and matchers).
    bool appliesTo(const Labels &labels) const;
    bool suppresses(const Labels &labels, qint64 t) const
    {
        return appliesTo(labels) && isActiveAt(t);
    }

    Validation validate() const;
    // "Tue, Thu 02:00 Europe/Berlin for 3h" or "2026-03-03 02:00 to 05:00 UTC".
    QString scheduleText() const;

    static QString kindName(Kind kind); // "once", "weekly"
    static std::optional<Kind> kindFromName(QStringView name);
    static QString weekdaysText(int weekdays); // "Mon, Tue"
    // "mon,tue" or "Mon Tue" or "weekdays" / "weekend" / "daily" to a bit mask; 0 on error.
    static int parseWeekdays(const QString &text);

private:
    // Start of the occurrence on a local date, DST gaps moved forward as a wall clock would.
    qint64 localStartMs(const QTimeZone &tz, const QDate &date) const;
};

} // namespace Wk

Q_DECLARE_METATYPE(Wk::MaintenanceWindow)

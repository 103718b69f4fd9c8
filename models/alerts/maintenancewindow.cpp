#include "maintenancewindow.h"

#include "models/core/duration.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace Wk {

namespace {

constexpr qint64 DayMs = 86'400'000;
constexpr qint64 WeekMs = 7 * DayMs;

const char *const DayNames[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

} // namespace

void MaintenanceWindow::setWeekday(Qt::DayOfWeek day, bool on)
{
    const int bit = 1 << (int(day) - 1);
    weekdays = on ? (weekdays | bit) : (weekdays & ~bit);
}

bool MaintenanceWindow::hasWeekday(Qt::DayOfWeek day) const
{
    return weekdays & (1 << (int(day) - 1));
}

qint64 MaintenanceWindow::localStartMs(const QTimeZone &tz, const QDate &date) const
{
    const QDateTime local(date, startTime, tz);
    if (local.isValid())
        return local.toMSecsSinceEpoch();
    // The start time falls in a spring-forward gap: read it with the offset in force before the
    // gap, so 02:30 on the night clocks jump from 02:00 to 03:00 starts at 03:30.
    const qint64 wallMs = QDateTime(date, startTime, Qt::UTC).toMSecsSinceEpoch();
    const int before = tz.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(wallMs - DayMs, Qt::UTC));
    return wallMs - qint64(before) * 1000;
}

std::optional<MaintenanceWindow::Occurrence> MaintenanceWindow::occurrenceAt(qint64 t) const
{
    const std::optional<Occurrence> next = nextOccurrence(t);
    if (next && next->contains(t))
        return next;
    return std::nullopt;
}

std::optional<MaintenanceWindow::Occurrence> MaintenanceWindow::nextOccurrence(qint64 t) const
{
    if (kind == Kind::OneOff) {
        if (endsAtMs <= startsAtMs || t >= endsAtMs)
            return std::nullopt;
        return Occurrence{startsAtMs, endsAtMs};
    }
    if (weekdays == 0 || durationMs <= 0 || !startTime.isValid())
        return std::nullopt;
    const QTimeZone tz(timeZone);
    if (!tz.isValid())
        return std::nullopt;
    // Occurrences last under a week, so one that covers t started at most 8 local days before;
    // one of the next 8 local days starts the next. Earlier starts end earlier (same duration).
    const QDate today = QDateTime::fromMSecsSinceEpoch(t, tz).date();
    for (QDate d = today.addDays(-8); d <= today.addDays(8); d = d.addDays(1)) {
        if (!hasWeekday(Qt::DayOfWeek(d.dayOfWeek())))
            continue;
        const qint64 start = localStartMs(tz, d);
        if (start + durationMs > t)
            return Occurrence{start, start + durationMs};
    }
    return std::nullopt;
}

bool MaintenanceWindow::appliesTo(const Labels &labels) const
{
    if (!suppressCritical && labels.value(u"severity") == QLatin1String("critical"))
        return false;
    return matchesAll(matchers, labels);
}

MaintenanceWindow::Validation MaintenanceWindow::validate() const
{
    Validation v;
    if (name.trimmed().isEmpty())
        v.errors << tr("a maintenance window needs a name");
    if (comment.trimmed().isEmpty())
        v.errors << tr("a maintenance window needs a comment: say what maintenance it covers "
                       "(the monitoring guide requires documentation for every suppression)");
    if (createdBy.trimmed().isEmpty())
        v.errors << tr("a maintenance window needs its creator's name");
    for (const LabelMatcher &m : matchers) {
        if (!m.isValid())
            v.errors << tr("matcher %1: %2").arg(m.toString(), m.error());
    }
    if (kind == Kind::OneOff) {
        if (endsAtMs <= startsAtMs)
            v.errors << tr("the window must end after it starts");
    } else {
        if (weekdays == 0)
            v.errors << tr("a weekly window needs at least one weekday");
        if (!startTime.isValid())
            v.errors << tr("a weekly window needs a start time");
        if (durationMs <= 0)
            v.errors << tr("a weekly window needs a duration");
        else if (durationMs >= WeekMs)
            v.errors << tr("a weekly window must be shorter than a week");
        if (!QTimeZone(timeZone).isValid())
            v.errors << tr("\"%1\" is not a known time zone (use an IANA name such as "
                           "Europe/Berlin)")
                            .arg(QString::fromUtf8(timeZone));
    }
    const qint64 len = length();
    if (len > 0 && (len < RecommendedMinMs || len > RecommendedMaxMs))
        v.warnings << tr("the window lasts %1; the monitoring guide plans maintenance windows of "
                         "2 to 4 hours")
                          .arg(formatDuration(len));
    if (suppressCritical)
        v.warnings << tr("this window also suppresses critical alerts; the monitoring guide "
                         "never suppresses critical system failures");
    return v;
}

QString MaintenanceWindow::scheduleText() const
{
    if (kind == Kind::OneOff) {
        const QDateTime s = QDateTime::fromMSecsSinceEpoch(startsAtMs, Qt::UTC);
        const QDateTime e = QDateTime::fromMSecsSinceEpoch(endsAtMs, Qt::UTC);
        const QString fmt = QStringLiteral("yyyy-MM-dd HH:mm");
        return tr("%1 to %2 UTC")
            .arg(s.toString(fmt),
                 e.date() == s.date() ? e.toString(QStringLiteral("HH:mm")) : e.toString(fmt));
    }
    return tr("%1 %2 %3 for %4")
        .arg(weekdaysText(weekdays), startTime.toString(QStringLiteral("HH:mm")),
             QString::fromUtf8(timeZone), formatDuration(durationMs));
}

QString MaintenanceWindow::kindName(Kind kind)
{
    return kind == Kind::OneOff ? QStringLiteral("once") : QStringLiteral("weekly");
}

std::optional<MaintenanceWindow::Kind> MaintenanceWindow::kindFromName(QStringView name)
{
    if (name == u"once")
        return Kind::OneOff;
    if (name == u"weekly")
        return Kind::Weekly;
    return std::nullopt;
}

QString MaintenanceWindow::weekdaysText(int weekdays)
{
    QStringList days;
    for (int i = 0; i < 7; ++i) {
        if (weekdays & (1 << i))
            days << QString::fromLatin1(DayNames[i]);
    }
    return days.join(QStringLiteral(", "));
}

int MaintenanceWindow::parseWeekdays(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"daily")
        return 0x7f;
    if (t == u"weekdays")
        return 0x1f;
    if (t == u"weekend")
        return 0x60;
    int mask = 0;
    const QStringList parts =
        t.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        int found = -1;
        for (int i = 0; i < 7; ++i) {
            if (p.left(3) == QString::fromLatin1(DayNames[i]).toLower() && p.size() >= 3)
                found = i;
        }
        if (found < 0)
            return 0;
        mask |= 1 << found;
    }
    return mask;
}

} // namespace Wk
